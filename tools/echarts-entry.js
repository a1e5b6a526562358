// A custom ECharts build: only the chart types and components the dashboard draws with, bundled
// from the npm package at build time by esbuild (see the Makefile's `echarts` target). Exposes the
// global `echarts` that the Rust side binds to, with `getInstanceByDom` for tests.
//
// Deep imports, not the `echarts/charts` / `echarts/components` barrels, so nothing else comes
// along. What only a download needs (the SVG renderer, title and graphic text) is in
// echarts-export-entry.js, fetched when a reader asks for a PNG or an SVG.
import * as echarts from 'echarts/core';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as ScatterChart } from 'echarts/lib/chart/scatter/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
// The plain legend: the charts never ask for the scrolling one.
import { install as LegendPlainComponent } from 'echarts/lib/component/legend/installLegendPlain.js';
import { install as MarkAreaComponent } from 'echarts/lib/component/marker/installMarkArea.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';
// Decal patterns (the "Patterns" switch) are reached through aria.
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  CanvasRenderer,
]);

window.echarts = echarts;
