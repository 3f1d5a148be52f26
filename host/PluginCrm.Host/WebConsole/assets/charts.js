// Draws every chart of the page with Apache ECharts: a <div data-chart> holds its options as JSON, written by the
// server beside the table with the same figures. Runs on load and again when htmx swaps in new figures.
(function () {
  'use strict';

  function draw(root) {
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(JSON.parse(element.getAttribute('data-chart')), true);
    });
  }

  // The charts about to be replaced let go of their canvas and listeners first.
  function release(root) {
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) chart.dispose();
    });
  }

  function resize() {
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element);
      if (chart) chart.resize();
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:beforeSwap', function (event) { release(event.detail.target); });
  document.addEventListener('htmx:afterSettle', function () { draw(document); });
  window.addEventListener('resize', resize);
})();
