/**
 * Every series query/ computes from a selection's columns must equal the same series worked out
 * record by record (tests/query/oracle/: the record path the page had before query/). Random records with nulls everywhere, three procurement units, shared
 * township names, null years and a township key whose reports sit in two provinces.
 */
import { describe, expect, it } from 'vitest'
import { emptyRecord, NUMBER_COLUMNS, type ReportRecord } from '../../src/data/schema.ts'
import { recordsOf, select, selectAll, type Selection } from '../../src/query/select.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { DEFAULT_STATE, type QueryState } from '../../src/query/queryState.ts'
import {
  applicationRollup,
  channelRollup,
  chooseRollup,
  procurementRollup,
  volumeRollup,
  type RollupLevel,
} from '../../src/query/rollup.ts'
import { computeKpis } from '../../src/query/series/kpi.ts'
import { trendSeries } from '../../src/query/series/trends.ts'
import { compareChoices, compareSeries } from '../../src/query/series/compare.ts'
import { qualityView } from '../../src/query/series/quality.ts'
import { sortedRows, tableView } from '../../src/query/series/table.ts'
import { consistencyByTownship, warningsOf } from '../../src/quality/completeness.ts'
import { checkPreparation, consistencyFor } from '../../src/query/consistency.ts'
import { townshipKey } from '../../src/query/records.ts'
import { recordsToCsv } from '../../src/data/csv.ts'
import { columnsToRecords } from '../../src/data/columns.ts'
import { warningsAt } from '../../src/query/warnings.ts'
import { parseColumns } from '../../src/data/parseColumns.ts'
import * as oracle from './oracle/all.ts'

function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
}

function makeRecords(): ReportRecord[] {
  const rand = prng(11)
  const maybe = (n: number) => (rand() < 0.2 ? null : Math.floor(rand() * n))
  const out: ReportRecord[] = []
  const provinces = ['江苏省', '安徽省', '河南省', '浙江省']
  for (let t = 0; t < 160; t++) {
    const province = provinces[t % 4]
    const prefecture = `${province.slice(0, 2)}${['东', '西', '南'][t % 3]}市`
    const county = `${prefecture.slice(0, 3)}${['城关', '新', '平安', '长乐'][t % 4]}县`
    const township = ['城关镇', '太平镇', '金塘镇', '东城街道', '新集乡', null][t % 6]
    for (let y = 2016; y <= 2023; y++) {
      if (rand() < 0.2) continue
      const r = emptyRecord(`r${t}-${y}`, `s${t}-${y}.txt`)
      Object.assign(r, {
        province: rand() < 0.02 ? null : province,
        prefecture,
        county,
        township,
        year: rand() < 0.03 ? null : y,
        template: y < 2019 ? 'pre-2019' : y < 2021 ? '2019' : '2021',
        proactive_total: maybe(500),
        ch_web: maybe(100),
        ch_wechat: maybe(50),
        ch_weibo: maybe(20),
        ch_bulletin: maybe(30),
        ch_gazette: maybe(5),
        ch_other: maybe(5),
        apps_new: maybe(20),
        apps_granted: maybe(10),
        apps_partial: maybe(3),
        apps_denied: maybe(3),
        apps_unavailable: maybe(3),
        apps_not_processed: maybe(2),
        apps_other: maybe(2),
        apps_carried_in: maybe(3),
        apps_total: maybe(25),
        apps_carried_out: maybe(3),
        reconsideration_total: maybe(3),
        litigation_total: maybe(2),
        procurement_projects: maybe(12),
        procurement_amount: maybe(900),
        procurement_unit: [null, '万元', '元'][Math.floor(rand() * 3)],
        warnings: rand() < 0.1 ? 'amount_without_unit' : '',
      })
      out.push(r)
    }
  }
  const odd = emptyRecord('odd', 'odd.txt')
  Object.assign(odd, {
    province: '浙江省',
    prefecture: out[0].prefecture,
    county: out[0].county,
    township: out[0].township,
    year: 2020,
    template: '2019',
    proactive_total: 7,
  })
  out.push(odd)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** Rounds every number to 9 decimals: sums of 元/10000 added in another order differ in the last bit. */
function norm(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v)))
}

const records = makeRecords()
const dataset = buildDataset(records)
const rest = (n: number) => `其他 ${n} 个`

const cases: Partial<QueryState>[] = [
  {},
  { province: '江苏省' },
  { province: '安徽省', yearFrom: 2019, yearTo: 2021 },
  { yearFrom: 2020, yearTo: 2020 },
  { prefecture: '河南东市' },
  { templates: ['2021'], search: '镇' },
]

describe('series from a selection equal series worked out record by record', () => {
  it.each(cases.map((c) => [JSON.stringify(c), c]))('%s', (_, patch) => {
    const f = { ...DEFAULT_STATE, ...(patch as Partial<QueryState>) }
    const sel = select(dataset, f)
    const slow = [...recordsOf(sel)]
    expect(slow.length).toBeGreaterThan(20)

    expect(computeKpis(sel)).toEqual(oracle.computeKpis(slow))
    expect(chooseRollup(sel, f)).toEqual(oracle.chooseRollup(slow, f))
    for (const level of ['province', 'prefecture', 'county', 'township'] as RollupLevel[]) {
      const rollup = { level, townships: 99 }
      expect(norm(volumeRollup(sel, rollup, null, rest))).toEqual(norm(oracle.volumeRollup(slow, rollup, null, rest)))
      expect(norm(volumeRollup(sel, rollup, 2018, rest))).toEqual(norm(oracle.volumeRollup(slow, rollup, 2018, rest)))
      expect(norm(channelRollup(sel, rollup, rest))).toEqual(norm(oracle.channelRollup(slow, rollup, rest)))
      expect(norm(applicationRollup(sel, rollup, rest))).toEqual(norm(oracle.applicationRollup(slow, rollup, rest)))
      expect(norm(procurementRollup(sel, rollup, rest))).toEqual(norm(oracle.procurementRollup(slow, rollup, rest)))
    }
    for (const group of ['township', 'county', 'prefecture', 'province'] as const) {
      for (const metric of ['proactive_total', 'procurement_amount_wan', 'apps_new'] as const) {
        expect(norm(trendSeries(sel, metric, group))).toEqual(norm(oracle.trendSeries(slow, metric, group)))
      }
    }
    const picked = [townshipKey(slow[0]), townshipKey(slow[slow.length - 1]), 'nowhere/镇']
    expect(trendSeries(sel, 'proactive_total', 'township', picked)).toEqual(oracle.trendSeries(slow, 'proactive_total', 'township', picked))
    expect(compareChoices(sel)).toEqual(oracle.compareChoices(slow))
    expect(compareSeries(sel, picked)).toEqual(oracle.compareSeries(slow, picked))
    const quality = (v: ReturnType<typeof qualityView>) => ({
      ...v,
      rows: v.rows.map((r) => [r.record.report_id, r.cells]),
      warnings: v.warnings.map((w) => [w.record.report_id, w.code]),
    })
    expect(quality(qualityView(sel, () => null))).toEqual(quality(oracle.qualityView(slow, () => null)))
    const table = (state: { sort: string | null; sortDir: 'asc' | 'desc'; columns: null; page: number }) =>
      tableView(sortedRows(sel, state), state).rows.map((r) => r.report_id)
    for (const page of [1, 2]) {
      const state = { sort: null, sortDir: 'desc' as const, columns: null, page }
      expect(table(state)).toEqual(oracle.tableView(slow, state).rows.map((r: ReportRecord) => r.report_id))
    }
    // sorted by a column: keys and reading ranks (table.ts sortedByKeys) against the comparator,
    // every page, numbers and texts with unstated values and ties
    for (const sort of [
      'proactive_total',
      'procurement_amount',
      'apps_new',
      'year',
      'township',
      'county',
      'province',
      'procurement_unit',
      'warnings',
      'template',
    ])
      for (const sortDir of ['asc', 'desc'] as const) {
        const pages = oracle.tableView(slow, { sort, sortDir, columns: null, page: 1 }).pages
        for (let page = 1; page <= pages; page++) {
          const state = { sort, sortDir, columns: null, page }
          expect(table(state)).toEqual(oracle.tableView(slow, state).rows.map((r: ReportRecord) => r.report_id))
        }
      }
    const consistency = consistencyByTownship(slow, townshipKey)
    expect(consistency.some((s) => s.broken > 0) && consistency.some((s) => s.codes.length > 0)).toBe(true)
    expect(consistencyFor(sel)).toEqual(consistency)
    // again, from the counts the first call packed per position
    expect(consistencyFor(sel)).toEqual(consistency)
  })
})

describe('columns reused from the load', () => {
  it('gives the same series when the numbers come from the worker’s columns', () => {
    const { columns } = parseColumns(recordsToCsv(records))
    const loaded = columnsToRecords(columns)
    const loadedSet = buildDataset(loaded, { numbers: columns.numbers })
    expect(loadedSet.columns.number('apps_new')).toBe(columns.numbers[NUMBER_COLUMNS.indexOf('apps_new')])
    for (const patch of cases) {
      const f = { ...DEFAULT_STATE, ...patch }
      const sel: Selection = select(loadedSet, f)
      const slow = [...recordsOf(select(dataset, f))]
      const rollup = { level: 'prefecture' as RollupLevel, townships: 99 }
      expect(computeKpis(sel)).toEqual(oracle.computeKpis(slow))
      expect(norm(channelRollup(sel, rollup, rest))).toEqual(norm(oracle.channelRollup(slow, rollup, rest)))
      expect(norm(procurementRollup(sel, rollup, rest))).toEqual(norm(oracle.procurementRollup(slow, rollup, rest)))
      expect(norm(trendSeries(sel, 'apps_new', 'county'))).toEqual(norm(oracle.trendSeries(slow, 'apps_new', 'county')))
    }
  })

  it('keeps each loaded record’s warnings per position of its dataset, the same as the plain record’s', () => {
    const loaded = columnsToRecords(parseColumns(recordsToCsv(records)).columns)
    const plain = records.map((r) => warningsOf(r))
    expect(plain.filter((ws) => ws.length).length).toBeGreaterThan(20)
    const loadedSet = buildDataset(loaded)
    for (let round = 0; round < 2; round++) expect(loaded.map((_, p) => warningsAt(loadedSet, p))).toEqual(plain)
    expect(loadedSet.derived.warnings?.state.every((s) => s === 1 || s === 2)).toBe(true)
    expect(consistencyFor(selectAll(buildDataset(loaded)))).toEqual(consistencyByTownship(records, townshipKey))
    // counted ahead in idle-time steps (prepare.ts), then summarised: the same
    const again = buildDataset(columnsToRecords(parseColumns(recordsToCsv(records)).columns))
    const steps = checkPreparation(again)
    expect(steps.length).toBe(1)
    for (const step of steps) step()
    const jiangsu = { ...DEFAULT_STATE, province: '江苏省' }
    expect(consistencyFor(select(again, jiangsu))).toEqual(consistencyByTownship(recordsOf(select(dataset, jiangsu)), townshipKey))
    expect(consistencyFor(selectAll(again))).toEqual(consistencyByTownship(records, townshipKey))
  })
})
