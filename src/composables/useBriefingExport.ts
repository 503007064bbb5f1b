/**
 * 导出简报: the current view as a .docx briefing. The briefing's model, the docx library, the
 * coverage computation (with the gazetteer) and the compliance checks load only when the
 * button is pressed (dynamic imports), so none of them is in the start-up JavaScript.
 */
import { CHANNEL_COLUMNS } from '../data/schema.ts'
import { computed, ref } from 'vue'
import type { EChartsOption } from 'echarts'
import { useReportsStore } from '../stores/reports.ts'
import { useFiltersStore } from '../stores/filters.ts'
import { useImportsStore } from '../stores/imports.ts'
import { usePanelsStore } from '../stores/panels.ts'
import { usePanelSeries } from './usePanelSeries.ts'
import { describeFilters } from '../i18n/describeFilters.ts'
import { handOnMessages } from '../i18n/handOn.ts'
import { exportFileName, placeOf } from '../export/fileName.ts'
import type { BriefingChart } from '../export/briefingModel.ts'
import { buildVolumeOption } from '../charts/volumeOption.ts'
import { buildTrendsOption } from '../charts/trendsOption.ts'
import { buildChannelsOption } from '../charts/channelsOption.ts'
import { buildApplicationsOption } from '../charts/applicationsOption.ts'
import { buildProcurementOption } from '../charts/procurementOption.ts'
import { barChartHeight } from '../charts/base.ts'
import { withTemplateMarkers } from '../charts/templateMarkers.ts'
import { TEMPLATE_YEARS } from '../query/series/change.ts'
import { useI18n } from './useI18n.ts'
import { useChartContext } from './useChartContext.ts'
import { datasetName } from './useWorkbookExport.ts'
import { downloadBlob } from './download.ts'
import { useDatasetInfo } from './useDatasetInfo.ts'

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** chart pictures are drawn this wide, then fit to the page's text width */
const CHART_WIDTH = 800

export function useBriefingExport() {
  const reports = useReportsStore()
  const filters = useFiltersStore()
  const imports = useImportsStore()
  const panels = usePanelsStore()
  const drawn = usePanelSeries()
  const ctx = useChartContext()
  const { t, locale, fill } = useI18n()
  const { synthetic } = useDatasetInfo()
  const m = computed(() => handOnMessages(locale.value))
  const busy = ref(false)

  /** The chart panels as drawn for this view: option, size and the measures they show. */
  function charts(): Array<BriefingChart & { option: EChartsOption }> {
    const c = ctx.value
    const volume = drawn.volume.value,
      channels = drawn.channels.value,
      applications = drawn.applications.value,
      procurement = drawn.procurement.value
    const font = c.theme.fontSize
    const p = t.value.panels
    const metric = filters.state.trendMetric === 'procurement_amount_wan' ? 'procurement_amount' : filters.state.trendMetric
    const out: Array<BriefingChart & { option: EChartsOption | null }> = [
      {
        key: 'volume',
        title: p.volume,
        fields: ['proactive_total'],
        width: CHART_WIDTH,
        height: volume.mode === 'year' ? 300 : barChartHeight(volume.items.length, font, 1.6),
        option: volume.items.length ? buildVolumeOption(volume, c) : null,
      },
      {
        key: 'trends',
        title: p.trends,
        fields: [metric],
        width: CHART_WIDTH,
        height: 340,
        option: panels.trends.lines.length
          ? withTemplateMarkers(
              buildTrendsOption(panels.trends, c, { width: CHART_WIDTH }),
              TEMPLATE_YEARS,
              (year) => fill(m.value.change.marker, { year }),
              c.theme.muted,
            )
          : null,
      },
      {
        key: 'channels',
        title: p.channels,
        fields: [...CHANNEL_COLUMNS],
        width: CHART_WIDTH,
        height: barChartHeight(channels.rows.length, font, 2.6) + 40,
        option: channels.rows.length ? buildChannelsOption(channels, filters.state.channelMode, c) : null,
      },
      {
        key: 'applications',
        title: p.applications,
        fields: ['apps_new', 'apps_granted', 'apps_partial', 'apps_denied', 'apps_total'],
        width: CHART_WIDTH,
        height: barChartHeight(applications.rows.length, font, 2.4) + 60,
        option: applications.rows.length ? buildApplicationsOption(applications, c) : null,
      },
      {
        key: 'procurement',
        title: p.procurement,
        fields: ['procurement_projects', 'procurement_amount', 'procurement_unit'],
        width: CHART_WIDTH,
        height: barChartHeight(procurement.rows.length, font, 2.6) + 40,
        option: procurement.rows.length ? buildProcurementOption(procurement, c) : null,
      },
    ]
    return out
      .filter((x): x is BriefingChart & { option: EChartsOption } => x.option !== null)
      .map((x) => ({ ...x, height: Math.min(900, x.height) }))
  }

  async function exportBriefing(): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      const [{ briefingModel }, { writeBriefing }, { coverageView, indexCoverage }, { useQualityStore }, { chartPng }] = await Promise.all([
        import('../export/briefingModel.ts'),
        import('../export/writeBriefing.ts'),
        import('../query/series/coverage.ts'),
        import('../stores/quality.ts'),
        import('./chartImages.ts'),
      ])
      const quality = useQualityStore()
      await quality.loadTexts()
      const records = filters.filtered
      const drawn = charts()
      const images = new Map<string, Uint8Array>()
      for (const chart of drawn)
        images.set(chart.key, await chartPng(chart.option, chart.width, chart.height, ctx.value.theme.exportBackground))
      const date = new Date()
      const model = briefingModel({
        place: placeOf(filters.state, t.value.filters.none),
        filters: describeFilters(filters.state, t.value),
        dataset: datasetName(m.value.workbook.embedded, m.value.workbook.imported, imports.hasChanges),
        synthetic: synthetic.value,
        date,
        records,
        kpis: panels.kpis,
        charts: drawn.map(({ option: _option, ...chart }) => chart),
        templates: panels.templates,
        unitless: panels.procurement.series.unitlessTotal ?? panels.procurement.series.unitless.length,
        ranking: quality.ranking,
        compliance: quality.compliance,
        coverage: coverageView(indexCoverage(reports.records), filters.state, records),
        t: t.value,
        m: m.value.briefing,
        coverageMessages: m.value.coverage,
        locale: locale.value,
      })
      const bytes = await writeBriefing(model, images)
      downloadBlob(
        new Blob([bytes as BlobPart], { type: DOCX_TYPE }),
        exportFileName(filters.state, records, m.value.briefing.fileWhat, 'docx'),
      )
    } finally {
      busy.value = false
    }
  }

  return { busy, exportBriefing }
}
