/**
 * Getters for the quality, compliance and compare panels, from the filtered records. Texts are
 * fetched on demand (reportTexts); results recompute as they arrive, so the panel fills in
 * rather than waiting for every file.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { enqueueDraw } from '../scheduler/drawQueue.ts'
import type { Fact, ReportRecord } from '../data/schema.ts'
import { rankTownships } from '../quality/ranking.ts'
import { recordsOf, type Selection } from '../query/select.ts'
import { useFiltersStore } from './filters.ts'
import { useReportsStore } from './reports.ts'
import { compareZh, townshipKey, townshipLabels } from '../query/records.ts'
import { useReportTextsStore } from './reportTexts.ts'
import { compareChoices, compareSeries, defaultPick } from '../query/series/compare.ts'
import { complianceResults, previousOf } from '../query/series/compliance.ts'
import { qualityView } from '../query/series/quality.ts'
import { consistencyFor } from '../query/consistency.ts'

/**
 * Compliance is a per-report reading for a supervisor's own townships, not a national scan:
 * past these sizes the panel checks the first reports in view and says so, and report texts
 * (内容雷同, sections) are only fetched for a selection small enough to read.
 */
export const COMPLIANCE_LIMIT = 2000
export const TEXT_LIMIT = 300

export const useQualityStore = defineStore('quality', () => {
  const reports = useReportsStore()
  const filters = useFiltersStore()
  const texts = useReportTextsStore()
  /**
   * The filters' selection, handed over a task after the charts' (composables/drawQueue.ts):
   * these panels sit below the charts, and computing them in the same task as every chart
   * held the page for ~0.2 s after an import of 1,000 reports. The bench's redraw time and
   * the e2e tests wait for the queue, so they still see these panels updated.
   */
  const selection = shallowRef(filters.selection)
  let handOver = false
  watch(
    () => filters.selection,
    () => {
      if (handOver) return
      handOver = true
      enqueueDraw(() => {
        handOver = false
        selection.value = filters.selection
      })
    },
  )
  const records = computed(() => recordsOf(selection.value))

  const factsByReport = computed(() => {
    const m = new Map<string, Fact[]>()
    for (const f of reports.facts) {
      const list = m.get(f.report_id)
      if (list) list.push(f)
      else m.set(f.report_id, [f])
    }
    return m
  })
  const factsOf = (id: string) => factsByReport.value.get(id) ?? []

  /**
   * A view of the whole dataset kept apart from the filtered one's (as panels.ts does): back
   * at the whole dataset, it is found computed instead of reading every report again.
   */
  function perView<T>(of: (sel: Selection) => T) {
    const whole = computed(() => of(filters.everything))
    const part = computed(() => of(selection.value))
    return computed(() => (selection.value === filters.everything ? whole.value : part.value))
  }
  const quality = perView((sel) => qualityView(sel, reports.factFor))
  const consistency = perView((sel) => {
    const rows = consistencyFor(sel)
    const label = townshipLabels(rows.map((row) => row.key))
    return rows.map((row) => ({ ...row, name: label(row.key) }))
  })

  /** A stricter local deadline for township reports ('MM-DD'); empty = 3月31日. */
  const townshipDeadline = ref('')
  /** the reports compliance checks: the first COMPLIANCE_LIMIT in view */
  const complianceRecords = computed(() =>
    records.value.length > COMPLIANCE_LIMIT ? records.value.slice(0, COMPLIANCE_LIMIT) : records.value,
  )
  /** how many reports in view were left unchecked (0 = all checked) */
  const complianceLeftOut = computed(() => records.value.length - complianceRecords.value.length)
  const compliance = computed(() => {
    void texts.texts // recompute when a text arrives
    // Past TEXT_LIMIT reports the text checks are off for every report, not only for those
    // whose text would have to be fetched: the panel says so, and reading the sections of a
    // thousand imported texts held the page for ~0.2 s after each import.
    const textOf = records.value.length > TEXT_LIMIT ? () => null : (r: ReportRecord) => texts.textOf(r)
    return complianceResults(complianceRecords.value, reports.data, textOf, factsOf, {
      townshipDeadline: townshipDeadline.value || undefined,
    })
  })
  const ranking = computed(() => {
    // same-name townships (城关镇 in several counties) are named with their county
    const label = townshipLabels(complianceRecords.value.map(townshipKey))
    return rankTownships(complianceRecords.value, compliance.value, townshipKey, compareZh, (r) => label(townshipKey(r)))
  })

  /** Fetches the texts compliance needs: the reports in view and each one's previous report. */
  function loadTexts(): Promise<void> {
    // the selection as it is now, not as last handed over: the panel calls this on a change
    const inView = filters.filtered
    if (inView.length > TEXT_LIMIT) return Promise.resolve()
    const need = new Map<string, ReportRecord>()
    for (const r of inView) {
      need.set(r.report_id, r)
      const prev = previousOf(reports.data, r)
      if (prev) need.set(prev.report_id, prev)
    }
    return texts.ensureAll([...need.values()])
  }

  /** townships picked for the compare panel; null = the default pick (none chosen yet) */
  const comparePicked = ref<string[] | null>(null)
  const choices = perView((sel) => compareChoices(sel))
  const compareKeys = computed(() => {
    const available = new Set(choices.value.map((c) => c.key))
    if (comparePicked.value !== null) return comparePicked.value.filter((k) => available.has(k))
    return defaultPick(
      choices.value,
      filters.state.townships.filter((k) => available.has(k)),
    )
  })
  const compare = computed(() => compareSeries(selection.value, compareKeys.value))

  return {
    quality,
    consistency,
    townshipDeadline,
    complianceRecords,
    compliance,
    complianceLeftOut,
    ranking,
    loadTexts,
    factsOf,
    comparePicked,
    choices,
    compareKeys,
    compare,
  }
})
