// Build step: draws every embed's picture (src/prerender/charts.rs). The Rust build step wrote
// dist/pre/plan.json — per chart, language and theme, the card and the app's own option for each
// layout width; here ECharts' server-side renderer draws each option as SVG (the same ECharts, the
// same formatters as the page: tools/tf-option.js) into the card's chart box, and writes the
// fragment that boot.js shows before the app has run.
//
//   node tools/static-charts.mjs dist
import fs from 'node:fs';
import path from 'node:path';
import * as echarts from 'echarts';
import { tfOption } from './tf-option.js';

const dist = process.argv[2] || 'dist';
const planFile = path.join(dist, 'pre', 'plan.json');
const plan = JSON.parse(fs.readFileSync(planFile, 'utf8'));
const started = Date.now();
let bytes = 0;
let drawn = 0;
for (const item of plan) {
  let html = item.html;
  for (const d of item.drawings) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: d.width, height: d.height });
    const option = tfOption(d.option, chart);
    option.animation = false;
    chart.setOption(option);
    // Decorative: the chart box around it carries the chart's description (role="img", aria-label).
    const svg = chart.renderToSVGString().replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
    chart.dispose();
    if (html.split(d.mark).length !== 2) throw new Error(`${item.file}: no single ${d.mark} in the card`);
    html = html.replace(d.mark, () => svg);
    drawn++;
  }
  fs.mkdirSync(path.dirname(path.join(dist, item.file)), { recursive: true });
  fs.writeFileSync(path.join(dist, item.file), html);
  bytes += html.length;
}
fs.rmSync(planFile);
console.log(`static-charts: ${plan.length} fragments, ${drawn} drawings, in ${dist}/pre (${Math.round(bytes / 1024)} KB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
