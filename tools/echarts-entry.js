// A custom ECharts build: only the chart types and components the dashboard draws with
// (tools/echarts-common.js), bundled from the npm package at build time by esbuild (see the
// Makefile's `echarts` target). Exposes the global `echarts` that the Rust side binds to, with
// `getInstanceByDom` for tests, and `__tfOption` (tools/tf-option.js), which readies the app's
// options. What only a download needs (the SVG renderer, title and graphic text) is in
// echarts-export-entry.js, fetched when a reader asks for a PNG or an SVG.
import * as echarts from 'echarts/core';
import { CHART_PARTS } from './echarts-common.js';
import { tfOption } from './tf-option.js';

echarts.use(CHART_PARTS);

window.echarts = echarts;
window.__tfOption = tfOption;
