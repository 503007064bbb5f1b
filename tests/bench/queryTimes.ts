/**
 * `tsx tests/bench/queryTimes.ts [dir]`: the query functions alone (no Vue, no charts) over the
 * 380,000-row synthetic reports.csv, per kind of filter change: where a change's time goes
 * before any drawing. Node, one core.
 */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseColumns } from '../../src/data/parseColumns.ts'
import { columnsToRecords } from '../../src/data/columns.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { DEFAULT_STATE, type QueryState } from '../../src/query/queryState.ts'
import { regionOptions, select, townshipCounts } from '../../src/query/select.ts'
import { chooseRollup } from '../../src/query/rollup.ts'
import { computeKpis } from '../../src/query/series/kpi.ts'
import { applicationsFor, channelsFor, procurementFor, templatesIn, volumeFor } from '../../src/query/chartSeries.ts'
import { trendLevel, trendSeries } from '../../src/query/series/trends.ts'
import { sortedRows } from '../../src/query/series/table.ts'
import { preparationSteps } from '../../src/query/prepare.ts'

const dir = process.argv[2] ?? path.join(tmpdir(), 'zwgk-bench-csv-38000x10-seed1')
const { columns } = parseColumns(readFileSync(path.join(dir, 'reports.csv'), 'utf8'))
const dataset = buildDataset(columnsToRecords(columns), { numbers: columns.numbers })
for (const step of preparationSteps(dataset)) step()
const provinces = dataset.index.regionNames.province
const years = dataset.index.years
const rest = (n: number) => `其他 ${n}`
const times = new Map<string, number[]>()
const time = <T>(name: string, work: () => T): T => {
  const t = performance.now()
  const out = work()
  const list = times.get(name) ?? []
  list.push(performance.now() - t)
  times.set(name, list)
  return out
}
for (let i = 0; i < 60; i++) {
  const prov = provinces[i % provinces.length]
  const y = years[i % years.length]
  const patch: Partial<QueryState> =
    i % 4 === 0
      ? { province: prov }
      : i % 4 === 1
        ? { province: prov, yearFrom: years[0], yearTo: y }
        : i % 4 === 2
          ? { yearFrom: y, yearTo: y }
          : {}
  const state = { ...DEFAULT_STATE, ...patch }
  const sel = time('select', () => select(dataset, state))
  time('regionOptions', () => regionOptions(dataset, state, townshipCounts(dataset, state)))
  const rollup = time('chooseRollup', () => chooseRollup(sel, state))
  time('kpis', () => computeKpis(sel))
  time('volume', () => volumeFor(sel, state, rollup, rest))
  time('channels', () => channelsFor(sel, rollup, rest))
  time('applications', () => applicationsFor(sel, rollup, rest))
  time('procurement', () => procurementFor(sel, rollup, rest))
  time('trends', () => trendSeries(sel, state.trendMetric, trendLevel(state, rollup), state.townships))
  time('templates', () => templatesIn(sel))
  time('table order', () => sortedRows(sel, state))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
let total = 0
for (const [name, xs] of times) {
  total += median(xs)
  console.log(`${name}: median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`)
}
console.log(`sum of medians: ${total.toFixed(1)} ms`)
