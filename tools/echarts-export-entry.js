// The ECharts that draws downloads (PNG and SVG, with the chart's title and source line written
// in): a second, self-contained build, fetched only when a reader asks for an image
// (src/charts/echart.rs), so the page's own echarts.js carries neither the SVG renderer nor the
// title and graphic components. It renders a copy of the on-screen chart's option off-screen.
// Exposed as `window.__echartsExport`.
import * as echarts from 'echarts/core';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as ScatterChart } from 'echarts/lib/chart/scatter/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js';
import { install as LegendPlainComponent } from 'echarts/lib/component/legend/installLegendPlain.js';
import { install as MarkAreaComponent } from 'echarts/lib/component/marker/installMarkArea.js';
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js';
import { install as AriaComponent } from 'echarts/lib/component/aria/install.js';
import { install as TitleComponent } from 'echarts/lib/component/title/install.js';
import { install as GraphicComponent } from 'echarts/lib/component/graphic/install.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

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
  TitleComponent,
  GraphicComponent,
  CanvasRenderer,
  SVGRenderer,
]);

window.__echartsExport = echarts;
