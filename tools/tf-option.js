// A chart option as the app's builders write it (src/charts, `finish`), made ready for ECharts: its
// value axis' label table (`tfLabels`, keyed by the value as JavaScript writes it) and its tooltips
// (`tfTips`, one per category, HTML the builders escaped) become formatters; tooltips stay inside
// the chart and wrap (phones). The one place this is done: the page's ECharts build exposes it as
// `window.__tfOption` for the app (src/web/echarts/bridge.rs) and boot.js, and the build's
// tools/static-charts.mjs draws every embed's picture through it. With the `chart` that will draw
// it, a story reading's label is placed clear of the data (tools/readings.js), and with patterns
// on, the card's legend swatches carry them too (tools/swatches.js).
import { placeReadings } from './readings.js';
import { swatchesFollow } from './swatches.js';

export function tfOption(text, chart) {
  const option = JSON.parse(text);
  placeReadings(option, chart);
  swatchesFollow(option, chart);
  const tips = option.tfTips;
  delete option.tfTips;
  if (option.tooltip) {
    option.tooltip.confine = true;
    // ECharts keeps a tooltip on one line: on a phone its values ran off the chart.
    option.tooltip.extraCssText = 'white-space:normal;overflow-wrap:anywhere;max-width:min(360px,calc(100vw - 32px))';
    if (tips && tips.length) {
      option.tooltip.formatter = (p) => tips[(Array.isArray(p) ? p[0] : p).dataIndex] || '';
    }
  }
  for (const key of ['xAxis', 'yAxis']) {
    for (const axis of [].concat(option[key] || [])) {
      const labels = axis.tfLabels;
      if (!labels) continue;
      delete axis.tfLabels;
      axis.axisLabel = axis.axisLabel || {};
      axis.axisLabel.formatter = (v) => {
        const s = labels[String(v)];
        return s === undefined ? String(v) : s;
      };
    }
  }
  return option;
}
