/**
 * The briefing's content as a list of blocks (title, headings, paragraphs, tables, chart
 * images by key, quotes): the current view's KPIs, each chart with its notes, the compliance
 * ranking and findings with quotes, and the coverage table. Pure: writeBriefing.ts only lays
 * the blocks out with docx, and the page renders the chart images.
 */
import type { ReportRecord } from '../data/schema.ts'
import { fill, formatNumber, type Locale, type Messages } from '../i18n/index.ts'
import { coverageYearsText, type HandOnMessages } from '../i18n/handOn.ts'
import type { Kpis, StatedSum } from '../query/series/kpi.ts'
import type { TownshipRank } from '../quality/ranking.ts'
import type { ComplianceResult } from '../quality/complianceTypes.ts'
import { describeDeduction } from '../quality/describe.ts'
import type { CoverageView } from '../query/series/coverage.ts'
import { formatTime } from './workbookModel.ts'

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'note'; text: string }
  /** set in bold red: a synthetic dataset's notice */
  | { kind: 'alert'; text: string }
  | { kind: 'quote'; text: string }
  /** `numeric[i]`: column i right-aligned */
  | { kind: 'table'; header: string[]; rows: string[][]; numeric: boolean[] }
  /** a chart picture the page renders; `key` names it among BriefingInput.charts */
  | { kind: 'image'; key: string; alt: string; width: number; height: number }

export interface BriefingChart {
  /** the panel's name (volume, trends …) */
  key: string
  title: string
  /** the measures it shows: the notes say how many reports stated each */
  fields: readonly string[]
  width: number
  height: number
}

export interface BriefingInput {
  /** the place of the view (fileName.ts placeOf) */
  place: string
  filters: string
  dataset: string
  /** set for a synthetic dataset (useDatasetInfo): under the title in red, and on every page */
  synthetic?: string | null
  date: Date
  records: readonly ReportRecord[]
  kpis: Kpis
  /** the charts drawn for the view, in page order */
  charts: readonly BriefingChart[]
  /** report templates in view; more than one adds the not-comparable caveat */
  templates: readonly string[]
  /** reports whose procurement amount has no unit */
  unitless: number
  ranking: readonly TownshipRank[]
  compliance: ReadonlyMap<string, ComplianceResult>
  coverage: CoverageView | null
  t: Messages
  m: HandOnMessages['briefing']
  coverageMessages: HandOnMessages['coverage']
  locale: Locale
}

export interface BriefingModel {
  title: string
  blocks: Block[]
  /** the page-number label, `{n}` for the number */
  pageLabel: string
  /** a synthetic dataset's notice, repeated in red in every page's footer */
  alert?: string
}

/** Ranking rows and reports with findings in the briefing; the rest are counted. */
export const RANKING_ROWS = 20
export const FINDING_REPORTS = 10
export const COVERAGE_ROWS = 40
export const SILENT_NAMES = 100

export function briefingModel(input: BriefingInput): BriefingModel {
  const { t, m, locale } = input
  const num = (v: number | null) => formatNumber(locale, v, t.table.notStated)
  const title = fill(m.title, { place: input.place })
  const blocks: Block[] = [{ kind: 'title', text: title }]
  if (input.synthetic) blocks.push({ kind: 'alert', text: input.synthetic })
  blocks.push({
    kind: 'table',
    header: [m.filters, input.filters],
    rows: [
      [m.dataset, input.synthetic ? `${input.dataset} (${input.synthetic})` : input.dataset],
      [m.reports, num(input.records.length)],
      [m.date, formatTime(input.date).slice(0, 10)],
    ],
    numeric: [false, false],
  })

  // 一、总体情况: the KPI cards, each sum with how many reports stated it
  const k = input.kpis
  const stated = (s: StatedSum) => fill(t.kpi.statedIn, { n: num(s.stated), m: num(k.reports) })
  const years = k.yearMin === null ? '—' : k.yearMin === k.yearMax ? String(k.yearMin) : `${k.yearMin}–${k.yearMax}`
  blocks.push({ kind: 'heading', text: m.kpis })
  blocks.push({
    kind: 'table',
    header: ['', '', ''],
    rows: [
      [t.kpi.reports, num(k.reports), ''],
      [t.kpi.townships, num(k.townships), ''],
      [t.kpi.years, years, k.yearCount ? fill(t.kpi.yearCount, { n: k.yearCount }) : ''],
      [t.kpi.proactive, num(k.proactive.sum), stated(k.proactive)],
      [t.kpi.applications, num(k.applications.sum), stated(k.applications)],
      [t.kpi.appeals, num(k.appeals.sum), stated(k.appeals)],
    ],
    numeric: [false, true, false],
  })

  // 二、主要数据: each chart and its notes
  blocks.push({ kind: 'heading', text: m.charts })
  const mixed =
    input.templates.length > 1
      ? fill(t.trends.mixedTemplates, { list: input.templates.map((x) => t.templates[x] ?? x).join(t.app.listSep) })
      : null
  for (const chart of input.charts) {
    blocks.push({ kind: 'subheading', text: chart.title })
    blocks.push({ kind: 'image', key: chart.key, alt: chart.title, width: chart.width, height: chart.height })
    // one line per chart: how many reports stated each of its measures
    const counts = chart.fields.map((field) => {
      const n = input.records.reduce((c, r) => c + ((r as Record<string, unknown>)[field] !== null ? 1 : 0), 0)
      return chart.fields.length === 1
        ? `“${t.columns[field] ?? field}”`
        : fill(m.fieldCount, { field: t.columns[field] ?? field, n: num(n) })
    })
    if (chart.fields.length === 1) {
      const n = input.records.reduce((c, r) => c + ((r as Record<string, unknown>)[chart.fields[0]] !== null ? 1 : 0), 0)
      blocks.push({ kind: 'note', text: fill(m.statedIn, { n: num(n), m: num(input.records.length), field: counts[0] }) })
    } else if (chart.fields.length)
      blocks.push({ kind: 'note', text: fill(m.statedEach, { m: num(input.records.length), list: counts.join(t.app.listSep) }) })
    if (chart.key === 'procurement' && input.unitless) blocks.push({ kind: 'note', text: fill(m.unitless, { n: num(input.unitless) }) })
    if (mixed && chart.key === 'trends') blocks.push({ kind: 'note', text: mixed })
  }

  // 三、合规排名
  blocks.push({ kind: 'heading', text: m.ranking })
  const c = t.compliance
  blocks.push({
    kind: 'table',
    header: [c.rank, c.township, c.latest, c.mean, c.reports],
    rows: input.ranking
      .slice(0, RANKING_ROWS)
      .map((r) => [
        r.rank === null ? '—' : String(r.rank),
        `${r.name}${r.latestYear ? `（${r.latestYear}）` : ''}`,
        r.latest === null ? c.notComputed : String(r.latest),
        r.mean === null ? '—' : String(r.mean),
        String(r.reports),
      ]),
    numeric: [true, false, true, true, true],
  })
  if (input.ranking.length > RANKING_ROWS)
    blocks.push({ kind: 'note', text: fill(m.rankingMore, { n: input.ranking.length - RANKING_ROWS }) })

  // 四、发现的问题: the lowest-scoring townships' latest reports, each point with its quote
  blocks.push({ kind: 'heading', text: m.findings })
  // only scored reports: one whose text could not be read has no score to be worst by
  const worst = input.ranking
    .filter((r): r is typeof r & { latest: number; rank: number } => r.latest !== null && r.rank !== null)
    .sort((a, b) => a.latest - b.latest || a.rank - b.rank)
    .filter((r) => (input.compliance.get(r.latestId)?.deductions.length ?? 0) > 0)
  if (!worst.length) blocks.push({ kind: 'paragraph', text: m.noFindings })
  for (const r of worst.slice(0, FINDING_REPORTS)) {
    const result = input.compliance.get(r.latestId)!
    blocks.push({
      kind: 'subheading',
      text: `${r.name} ${r.latestYear ?? ''} · ${result.score === null ? c.notComputed : fill(c.score, { score: result.score })}`,
    })
    result.deductions.forEach((d, i) => {
      blocks.push({ kind: 'paragraph', text: `${i + 1}. ${describeDeduction(d, t)}（${fill(c.points, { n: d.points })}）` })
      if (d.quote) blocks.push({ kind: 'quote', text: `${c.quoteLabel}「${d.quote}」` })
    })
  }

  // 五、未发布年报的乡镇
  const cov = input.coverage
  if (cov && cov.years.length) {
    const cm = input.coverageMessages
    blocks.push({ kind: 'heading', text: m.coverage })
    const span = coverageYearsText(cm, cov.years)
    blocks.push({
      kind: 'paragraph',
      text: fill(cm.summary, {
        townships: num(cov.townships),
        years: span,
        expected: num(cov.expected),
        missing: num(cov.missingReports),
        silent: num(cov.silentTownships),
      }),
    })
    if (cov.scope === 'dataset') blocks.push({ kind: 'note', text: cm.scopeDataset })
    const counties = cov.counties.filter((x) => x.missing > 0)
    if (counties.length) {
      blocks.push({
        kind: 'table',
        header: [cm.county, cm.townships, ...cov.years.map(String), cm.total],
        rows: counties
          .slice(0, COVERAGE_ROWS)
          .map((x) => [x.county ?? x.prefecture ?? '—', num(x.townships), ...x.missingByYear.map(num), num(x.missing)]),
        numeric: [false, true, ...cov.years.map(() => true), true],
      })
      if (counties.length > COVERAGE_ROWS)
        blocks.push({ kind: 'note', text: fill(t.app.rowsHidden, { n: num(counties.length - COVERAGE_ROWS) }) })
    } else blocks.push({ kind: 'note', text: cm.none })
    const silent = cov.missing.filter((x) => x.years.length === cov.years.length)
    if (silent.length) {
      const names = silent
        .slice(0, SILENT_NAMES)
        .map((x) => x.township)
        .join(t.app.listSep)
      const more = silent.length > SILENT_NAMES ? ` ${fill(cm.more, { n: silent.length - SILENT_NAMES })}` : ''
      blocks.push({ kind: 'paragraph', text: `${m.silent}：${names}${more}` })
    }
    blocks.push({ kind: 'note', text: fill(cm.unstated, { reports: num(cov.reports), unstated: num(cov.reportsWithUnstated) }) })
  }

  blocks.push({ kind: 'note', text: m.source })
  return { title, blocks, pageLabel: m.page, ...(input.synthetic ? { alert: input.synthetic } : {}) }
}
