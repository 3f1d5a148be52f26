// Draws every chart of the page with Apache ECharts: a <div data-chart> holds its options as JSON, written by the
// server beside the table with the same figures. Runs on load and again when htmx swaps in new figures.
(function () {
  'use strict';

  // Someone who asked their system for less motion gets the charts drawn at once, without ECharts' growing bars and lines.
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function draw(root) {
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      var chart = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'canvas' });
      var options = JSON.parse(element.getAttribute('data-chart'));
      if (still) options.animation = false;
      chart.setOption(options, true);
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
