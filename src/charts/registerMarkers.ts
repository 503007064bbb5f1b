/** The one ECharts part the template markers add to register.ts's set (templateMarkers.ts). */
import { use } from 'echarts/core'
import { MarkLineComponent } from 'echarts/components'

use([MarkLineComponent])
