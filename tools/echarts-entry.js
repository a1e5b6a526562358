// A custom ECharts build: only the chart types and components the dashboard uses, bundled from the
// npm package at build time by esbuild (see the Makefile's `echarts` target). Exposes the global
// `echarts` that the Rust side binds to, with `getInstanceByDom` for tests.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  TitleComponent,
  GraphicComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  TitleComponent,
  GraphicComponent,
  CanvasRenderer,
  SVGRenderer,
]);

window.echarts = echarts;
