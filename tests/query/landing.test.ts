/**
 * The landing view (query/landing.ts): the first row precomputed into landing.json. Written
 * from a synthetic reports.csv with known values, it must hold what those values add up to,
 * computed here by plain loops over the rows (not by the functions the view is built with);
 * and the page must only ever take it for the reports.csv it was made from.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseArgs } from '../../tools/synth/options.ts'
import { writeCsv } from '../../tools/synth/writeCsv.ts'
import { csvToRecords } from '../../src/data/csv.ts'
import type { ReportRecord } from '../../src/data/schema.ts'
import { writeLanding } from '../../src/cli/writeLanding.ts'
import { DEFAULT_STATE, parseQuery } from '../../src/query/queryState.ts'
import {
  LANDING_FILE,
  landingApplications,
  landingApplies,
  landingChannels,
  landingMismatches,
  landingProcurement,
  landingVolume,
  readLandingView,
  type LandingView,
} from '../../src/query/landing.ts'
import { CHANNELS } from '../../src/query/series/channels.ts'
import { amountWan } from '../../src/query/records.ts'
import { UNITLESS_LISTED } from '../../src/query/series/procurement.ts'
import { ROLLUP_TOP } from '../../src/query/rollup.ts'
import { fingerprint, HEAD_BYTES } from '../../src/data/fingerprint.ts'
import { TREND_CAP } from '../../src/query/series/trends.ts'

let dir: string
let rows: ReportRecord[]
let file: { bytes: number; head: string }
let view: LandingView

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'landing-'))
  // 600 real townships over 4 years: enough provinces for a rest bar, small enough to be quick
  await writeCsv(parseArgs(['--townships', '600', '--years', '4', '--seed', '7', '--csv', '--facts', 'none', '--out', dir]), dir, 'none')
  const written = writeLanding(dir, 0)
  expect(written.file).toBe(join(dir, LANDING_FILE))
  const text = readFileSync(join(dir, 'reports.csv'), 'utf8')
  rows = csvToRecords(text).rows
  // the page's fingerprint of the first 64 KiB, as it reads them from the response
  file = {
    bytes: statSync(join(dir, 'reports.csv')).size,
    head: fingerprint(readFileSync(join(dir, 'reports.csv')).subarray(0, HEAD_BYTES)),
  }
  view = readLandingView(JSON.parse(readFileSync(join(dir, LANDING_FILE), 'utf8')), file)!
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const sumOf = (values: (number | null)[]) => {
  const stated = values.filter((v): v is number => v !== null)
  return { sum: stated.length ? stated.reduce((a, b) => a + b, 0) : null, stated: stated.length }
}

describe('landing.json from a synthetic reports.csv', () => {
  it('is tied to its file by size and row count', () => {
    expect(view).not.toBeNull()
    expect(view.reports).toEqual({ ...file, rows: rows.length })
    expect(rows.length).toBe(2400)
  })

  it('holds the figures the rows add up to', () => {
    expect(view.kpis.reports).toBe(2400)
    expect(view.kpis.townships).toBe(new Set(rows.map((r) => `${r.county}/${r.township}`)).size)
    expect([view.kpis.yearMin, view.kpis.yearMax]).toEqual([2021, 2024])
    expect(view.kpis.proactive).toEqual(sumOf(rows.map((r) => r.proactive_total)))
    expect(view.kpis.applications).toEqual(sumOf(rows.map((r) => r.apps_new)))
    const appeals = rows.map((r) =>
      r.reconsideration_total === null && r.litigation_total === null ? null : (r.reconsideration_total ?? 0) + (r.litigation_total ?? 0),
    )
    expect(view.kpis.appeals).toEqual(sumOf(appeals))
  })

  it('ranks provinces by the volume of the busiest year, the rest in one bar', () => {
    expect(view.rollup?.level).toBe('province')
    const perYear = new Map<number, number>()
    for (const r of rows) perYear.set(r.year!, (perYear.get(r.year!) ?? 0) + 1)
    const busiest = [...perYear].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0]
    expect(view.volume.year).toBe(busiest)
    const byProvince = new Map<string, number>()
    for (const r of rows)
      if (r.year === busiest && r.proactive_total !== null)
        byProvince.set(r.province!, (byProvince.get(r.province!) ?? 0) + r.proactive_total)
    const ranked = [...byProvince.values()].sort((a, b) => b - a)
    const top = ranked.slice(0, ROLLUP_TOP)
    const items = view.volume.items
    expect(items.slice(0, ROLLUP_TOP).map((i) => i.value)).toEqual(top)
    if (ranked.length > ROLLUP_TOP + 1) {
      expect(view.rest.volume).toBe(ranked.length - ROLLUP_TOP)
      expect(items.at(-1)!.value).toBe(ranked.slice(ROLLUP_TOP).reduce((a, b) => a + b, 0))
    }
  })

  it('draws the trend at the level the bars sum by (not ten arbitrary townships), each point the sum of its reports', () => {
    const level = view.rollup!.level as 'province' | 'prefecture' | 'county'
    expect(view.trends.group).toBe(level)
    // the regions with the largest totals, at most TREND_CAP, the rest counted
    const totals = new Map<string, number>()
    for (const r of rows)
      if (r[level] !== null && r.proactive_total !== null) totals.set(r[level]!, (totals.get(r[level]!) ?? 0) + r.proactive_total)
    const lines = view.trends.lines
    expect(lines).toHaveLength(Math.min(TREND_CAP, totals.size))
    expect(view.trends.hidden).toBe(totals.size - lines.length)
    const smallestDrawn = Math.min(...lines.map((l) => totals.get(l.value)!))
    expect([...totals.values()].filter((v) => v > smallestDrawn).length).toBeLessThan(TREND_CAP)
    for (const line of lines) {
      const own = rows.filter((r) => r[level] === line.value)
      expect(line.data).toEqual(view.trends.years.map((y) => sumOf(own.filter((r) => r.year === y).map((r) => r.proactive_total)).sum))
    }
  })

  it('sums every channel, application and amount into the bars and the rest bar, and counts amounts without a unit', () => {
    // the bars of a roll-up, rest included, add up to the whole: nothing dropped, nothing twice
    const across = <T>(rows: readonly T[], value: (r: T) => number | null) => rows.reduce((a, r) => a + (value(r) ?? 0), 0)
    for (const c of CHANNELS) expect(across(view.channels.rows, (r) => r.values[c])).toBe(sumOf(rows.map((r) => r[c])).sum ?? 0)
    for (const f of ['apps_new', 'reconsideration_total', 'litigation_total'] as const) {
      expect(across(view.applications.rows, (r) => r.values[f])).toBe(sumOf(rows.map((r) => r[f])).sum ?? 0)
    }
    expect(across(view.procurement.rows, (r) => r.amountWan)).toBeCloseTo(sumOf(rows.map(amountWan)).sum ?? 0, 6)
    const unitless = rows.filter((r) => r.procurement_amount !== null && amountWan(r) === null)
    expect(view.procurement.unitlessTotal).toBe(unitless.length)
    expect(view.procurement.unitless.length).toBeLessThanOrEqual(UNITLESS_LISTED)
    expect(view.procurement.unitless.map((u) => u.reportId)).toEqual(
      unitless.slice(0, view.procurement.unitless.length).map((r) => r.report_id),
    )
  })
})

describe('reading landing.json', () => {
  it('refuses a view of another file, another format, or a file cut short', () => {
    const json = JSON.parse(JSON.stringify(view))
    expect(readLandingView(json, file)).toEqual(view)
    // served gzipped: no size to compare, the head alone ties it
    expect(readLandingView(json, { ...file, bytes: null })).toEqual(view)
    expect(readLandingView(json, { ...file, bytes: file.bytes + 1 })).toBeNull()
    expect(readLandingView(json, { ...file, head: fingerprint(new TextEncoder().encode('report_id,source_file\n')) })).toBeNull()
    expect(readLandingView(json, { bytes: null, head: '0000000000000000' })).toBeNull()
    expect(readLandingView({ ...json, format: 'kanban-landing/2' }, file)).toBeNull()
    expect(readLandingView({ ...json, reports: { bytes: file.bytes, rows: json.reports.rows } }, file)).toBeNull()
    expect(readLandingView({ ...json, trends: undefined }, file)).toBeNull()
    expect(readLandingView({ ...json, volume: { ...json.volume, items: 'x' } }, file)).toBeNull()
    expect(readLandingView(null, file)).toBeNull()
    expect(readLandingView([json], file)).toBeNull()
  })

  it('words the rest bar in the page language', () => {
    const worded = landingVolume(view, (n) => `Other ${n}`)
    const rest = worded.items.filter((i) => i.drill === '')
    expect(rest.map((i) => i.label)).toEqual(view.rest.volume === null ? [] : [`Other ${view.rest.volume}`])
    expect(view.volume.items.filter((i) => i.drill === '').every((i) => i.label === '')).toBe(true)
    for (const [series, n] of [
      [landingChannels(view, (k) => `Other ${k}`).rows, view.rest.channels],
      [landingApplications(view, (k) => `Other ${k}`).rows, view.rest.applications],
      [landingProcurement(view, (k) => `Other ${k}`).rows, view.rest.procurement],
    ] as const) {
      expect(series.filter((r) => r.drill === '').map((r) => r.label)).toEqual(n === null ? [] : [`Other ${n}`])
    }
  })

  it('applies to the unfiltered view with the default chart choices only', () => {
    expect(landingApplies(DEFAULT_STATE)).toBe(true)
    expect(landingApplies(parseQuery({ cm: 'shares', sort: 'year' }))).toBe(true) // panels below the first row
    for (const q of [
      { prov: '江苏省' },
      { y0: '2022' },
      { q: '镇' },
      { vm: 'year' },
      { vy: '2022' },
      { tm: 'apps_new' },
      { tg: 'county' },
      { tpl: '2021' },
    ]) {
      expect(landingApplies(parseQuery(q)), JSON.stringify(q)).toBe(false)
    }
  })

  it('names the figures a loaded file disagrees on', () => {
    expect(landingMismatches(view, view.kpis, view.reports.rows)).toEqual([])
    const other = { ...view.kpis, townships: view.kpis.townships + 1, proactive: { sum: 1, stated: 1 } }
    expect(landingMismatches(view, other, view.reports.rows + 1)).toEqual(['rows', 'townships', 'proactive'])
  })
})

describe('writeLanding', () => {
  it('writes nothing for a small reports.csv and removes a stale landing.json', () => {
    const small = mkdtempSync(join(tmpdir(), 'landing-small-'))
    try {
      writeFileSync(join(small, 'reports.csv'), readFileSync(join(dir, 'reports.csv')))
      writeFileSync(join(small, LANDING_FILE), '{"format":"old"}')
      expect(writeLanding(small).file).toBeNull() // far below LANDING_MIN_BYTES
      expect(existsSync(join(small, LANDING_FILE))).toBe(false)
    } finally {
      rmSync(small, { recursive: true, force: true })
    }
  })
})
