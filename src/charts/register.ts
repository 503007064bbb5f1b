/**
 * Registers only the ECharts parts the dashboard draws with (a stray `import 'echarts'` would
 * pull in the whole ~1 MB library). Both renderers: canvas on screen and for PNG, SVG for the
 * SVG export. AriaComponent is what writes the screen-reader description.
 */
import { use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  LineChart,
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
])
