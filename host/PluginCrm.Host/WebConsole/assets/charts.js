// Draws every chart the server rendered as <div data-chart="ECharts options">, on load and after htmx swaps a part.
(function () {
  function draw(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart]:not([data-drawn])').forEach(function (element) {
      echarts.init(element).setOption(JSON.parse(element.dataset.chart));
      element.setAttribute('data-drawn', '');
    });
  }
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
  window.addEventListener('resize', function () {
    document.querySelectorAll('[data-drawn]').forEach(function (element) { echarts.getInstanceByDom(element)?.resize(); });
  });
})();
