import chartsCss from 'charts.css/dist/charts.min.css?raw';

// Charts.css (issue 15, README "Team page"), bundled from node_modules: no remote stylesheet, no script. It is put
// in as text rather than imported as a stylesheet because its file holds an @property rule without an
// initial-value (`--color`), which the spec makes invalid and browsers skip, but which the build's CSS minifier
// (lightningcss) refuses, failing the build. Prepended to <head>, so the page's own styles (entrypoints/team/
// style.css) come later and size the charts. Extension pages' CSP restricts scripts, not stylesheets.

export function installChartsCss(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.library = 'charts.css';
  style.textContent = chartsCss;
  doc.head.prepend(style);
}
