// The chart types and components every chart of the dashboard is drawn with: one list for both
// ECharts builds (the page's, tools/echarts-entry.js, and the download build,
// tools/echarts-export-entry.js), so a download draws exactly what the page draws. Deep imports,
// not the `echarts/charts` / `echarts/components` barrels, so nothing else comes along.
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
// A story reading's label moved clear of the data, with its line back to the point
// (tools/readings.js).
import { installLabelLayout as LabelLayout } from 'echarts/lib/label/installLabelLayout.js';
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js';

export const CHART_PARTS = [
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  MarkAreaComponent,
  MarkLineComponent,
  AriaComponent,
  LabelLayout,
  CanvasRenderer,
];
