// The ECharts that draws downloads (PNG and SVG, with the chart's title and source line written
// in): a second, self-contained build, fetched only when a reader asks for an image
// (src/charts/echart.rs), so the page's own echarts.js carries neither the SVG renderer nor the
// title and graphic components. It renders a copy of the on-screen chart's option off-screen.
// Exposed as `window.__echartsExport`.
import * as echarts from 'echarts/core';
import { CHART_PARTS } from './echarts-common.js';
import { install as TitleComponent } from 'echarts/lib/component/title/install.js';
import { install as GraphicComponent } from 'echarts/lib/component/graphic/install.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

echarts.use([...CHART_PARTS, TitleComponent, GraphicComponent, SVGRenderer]);

window.__echartsExport = echarts;
