import { beforeAll, describe, expect, it } from 'vitest'
import type { ReportRecord } from '../../../src/data/schema.ts'
import { getGazetteer, regionOf } from '../../../src/gazetteer/index.ts'
import { isDrawable } from '../../../tools/synth/townships.ts'
import { coverageView, indexCoverage, type CoverageIndex } from '../../../src/query/series/coverage.ts'
import { drawableTownshipsIn, nationalOptions, synthRecords } from '../../fixtures/synthRecords.ts'

const NO_FILTER = { province: null, prefecture: null, county: null, townships: [], yearFrom: null, yearTo: null }
const g = getGazetteer()

/**
 * A synthetic national set (every township the generator draws, 2023–2024) with a known list
 * left out: three whole townships of 杭州市 and one year of two more, one in 广东.
 */
const hangzhou = drawableTownshipsIn('3301')
const guangdong = drawableTownshipsIn('44')
const DROPPED_WHOLE = [hangzhou[0], hangzhou[1], hangzhou[40]]
const DROPPED_YEAR = [`${hangzhou[2]}@2024`, `${guangdong[10]}@2023`]
let records: ReportRecord[]
let index: CoverageIndex

beforeAll(() => {
  records = synthRecords(nationalOptions(2, [...DROPPED_WHOLE, ...DROPPED_YEAR]))
  index = indexCoverage(records)
}, 60_000)

/** `code@year` of every township-year the gazetteer has in `prefix` and the generator never draws. */
function undrawableIn(prefix: string, years: number[]): string[] {
  return g
    .list('township')
    .filter((d) => d.code.startsWith(prefix) && !isDrawable(d.name))
    .flatMap((d) => years.map((y) => `${d.code}@${y}`))
}

const pairs = (view: ReturnType<typeof coverageView>) => view.missing.flatMap((m) => m.years.map((y) => `${m.code}@${y}`)).sort()

describe('coverageView on a synthetic national set with townships left out', () => {
  it('lists exactly the dropped township-years of 浙江省 (plus the names the generator never draws)', () => {
    const view = coverageView(index, { ...NO_FILTER, province: '浙江省' }, records)
    const expected = [
      ...DROPPED_WHOLE.flatMap((c) => [`${c}@2023`, `${c}@2024`]),
      `${hangzhou[2]}@2024`,
      ...undrawableIn('33', [2023, 2024]),
    ].sort()
    expect(view.scope).toBe('region')
    expect(view.years).toEqual([2023, 2024])
    expect(pairs(view)).toEqual(expected)
    expect(view.townships).toBe(g.list('township').filter((d) => d.code.startsWith('33')).length)
    expect(view.expected).toBe(view.townships * 2)
    expect(view.missingReports).toBe(expected.length)
    // the three dropped whole are silent in both years; hangzhou[2] published in 2023
    const silent = view.missing.filter((m) => m.years.length === 2).map((m) => m.code)
    for (const c of DROPPED_WHOLE) expect(silent).toContain(c)
    expect(silent).not.toContain(hangzhou[2])
  })

  it('counts the gaps by county and year', () => {
    const d = g.byCode(hangzhou[0])!
    const county = regionOf(d).county
    const view = coverageView(index, { ...NO_FILTER, province: '浙江省', prefecture: '杭州市', county }, records)
    const inCounty = [...DROPPED_WHOLE, hangzhou[2]].filter((c) => c.startsWith(d.code.slice(0, 6)))
    expect(view.counties).toHaveLength(1)
    const row = view.counties[0]
    expect(row.county).toBe(county)
    const undrawable = undrawableIn(d.code.slice(0, 6), [2023])
    expect(row.missingByYear[0]).toBe(inCounty.filter((c) => DROPPED_WHOLE.includes(c)).length + undrawable.length)
    expect(row.missing).toBe(row.missingByYear[0] + row.missingByYear[1])
  })

  it('checks only the chosen years', () => {
    const view = coverageView(index, { ...NO_FILTER, province: '广东省', yearFrom: 2023, yearTo: 2023 }, records)
    const found = pairs(view).filter((p) => isDrawable(g.byCode(p.slice(0, 9))!.name))
    expect(found).toEqual([`${guangdong[10]}@2023`])
  })

  it('keeps reports that leave figures unstated apart from reports that are missing', () => {
    const county = regionOf(g.byCode(hangzhou[5])!)
    const present = records.filter((r) => r.adcode?.startsWith(hangzhou[5]))
    const blanked = present.map((r) => ({ ...r, proactive_total: null, apps_new: null }))
    const rest = records.filter((r) => !r.adcode?.startsWith(hangzhou[5]))
    const view = coverageView(
      indexCoverage([...rest, ...blanked]),
      { ...NO_FILTER, province: '浙江省', prefecture: '杭州市', county: county.county },
      blanked,
    )
    expect(view.missing.map((m) => m.code)).not.toContain(hangzhou[5])
    expect(view.reportsWithUnstated).toBe(2)
  })

  it('matches reports without an adcode by their region and township names', () => {
    const noCodes = records.map((r) => ({ ...r, adcode: null }))
    const view = coverageView(indexCoverage(noCodes), { ...NO_FILTER, province: '浙江省' }, noCodes)
    expect(
      view.missing
        .filter((m) => isDrawable(m.township))
        .map((m) => m.code)
        .sort(),
    ).toEqual([...DROPPED_WHOLE, hangzhou[2]].sort())
  })

  it('with no region chosen, looks at the counties the dataset has reports from', () => {
    const few = records.filter((r) => r.adcode?.startsWith('330106') || r.adcode?.startsWith('330108'))
    const view = coverageView(indexCoverage(few), NO_FILTER, few)
    expect(view.scope).toBe('dataset')
    expect(new Set(view.counties.map((c) => c.county))).toEqual(new Set(few.map((r) => r.county)))
  })
})
