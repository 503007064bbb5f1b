/**
 * The indexed filter and option counts must give exactly what the plain scan gives, on random
 * records with shuffled order, null years, shared township names, and a township key whose
 * reports sit in two provinces (the non-uniform case).
 */
import { describe, expect, it } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { recordsOf, regionOptions, select, selectAll, townshipCounts } from '../../src/query/select.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { readingOrder } from '../../src/query/indexColumns.ts'
import { DEFAULT_STATE, type QueryState } from '../../src/query/queryState.ts'
import { compareZh, townshipKey } from '../../src/query/records.ts'
import { scanFilter, scanRegionOptions } from './reference.ts'

function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
}

function makeRecords(): ReportRecord[] {
  const rand = prng(7)
  const out: ReportRecord[] = []
  const provinces = ['江苏省', '安徽省', '河南省']
  for (let t = 0; t < 120; t++) {
    const province = provinces[t % 3]
    const prefecture = `${province.slice(0, 2)}${['东', '西'][t % 2]}市`
    const county = `${prefecture.slice(0, 3)}${['城关', '新', '平安'][t % 3]}县`
    const township = ['城关镇', '太平镇', '金塘镇', '东城街道', '新集乡'][t % 5] + (t % 7)
    for (let y = 2018; y <= 2023; y++) {
      if (rand() < 0.15) continue
      const r = emptyRecord(`r${t}-${y}`, `s${t}-${y}.txt`)
      Object.assign(r, {
        province,
        prefecture,
        county,
        township,
        year: rand() < 0.03 ? null : y,
        template: y < 2019 ? 'pre-2019' : y < 2021 ? '2019' : '2021',
        proactive_total: Math.floor(rand() * 100),
      })
      out.push(r)
    }
  }
  // one key in two provinces: same county and township names
  const odd = emptyRecord('odd', 'odd.txt')
  Object.assign(odd, {
    province: '河南省',
    prefecture: '河南东市',
    county: out[0].county,
    township: out[0].township,
    year: 2020,
    template: '2019',
  })
  out.push(odd)
  // no township name, and a report id that reads as a neighbour's township name: the same
  // township key, but not the same search text (select.ts entrySearch)
  const nameless = emptyRecord(out[1].township!, 'nameless.txt')
  Object.assign(nameless, {
    province: out[1].province,
    prefecture: out[1].prefecture,
    county: out[1].county,
    township: null,
    year: 2021,
    template: '2021',
  })
  out.push(nameless)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const records = makeRecords()
const dataset = buildDataset(records)
const ids = (rs: readonly ReportRecord[]) => rs.map((r) => r.report_id)

const cases: Partial<QueryState>[] = [
  {},
  { province: '江苏省' },
  { province: '河南省', prefecture: '河南东市' },
  { prefecture: '安徽西市', yearFrom: 2020 },
  { county: records[0].county, yearFrom: 2019, yearTo: 2021 },
  { province: '江苏省', county: '安徽东城关县' },
  { townships: [townshipKey(records[0]), townshipKey(records[5]), townshipKey(records[0])], yearTo: 2020 },
  { templates: ['2019'], search: '城' },
  { search: '太平', yearFrom: 2022, yearTo: 2022 },
  { search: '镇' },
  { search: records.find((r) => r.source === 'nameless.txt')!.report_id },
  { search: 'nothing like it' },
  // years alone: the options count from running per-year counts (select.ts yearCountsOf)
  { yearFrom: 2021 },
  { yearTo: 2019 },
  { yearFrom: 2020, yearTo: 2020 },
  { province: '安徽省', yearFrom: 2019, yearTo: 2022 },
  { yearFrom: 2030 },
  { yearTo: 2000 },
  { yearFrom: 2022, yearTo: 2019 },
]

describe('select and regionOptions', () => {
  it.each(cases.map((c) => [JSON.stringify(c), c]))('match a plain scan of the records for %s', (_, patch) => {
    const f = { ...DEFAULT_STATE, ...(patch as Partial<QueryState>) }
    expect(ids(recordsOf(select(dataset, f)))).toEqual(ids(scanFilter(records, f)))
    const a = regionOptions(dataset, f, townshipCounts(dataset, f))
    const b = scanRegionOptions(records, f)
    expect(a.province).toEqual(b.province)
    expect(a.prefecture).toEqual(b.prefecture)
    expect(a.county).toEqual(b.county)
    // same-name townships may tie in pinyin order; compare as sets plus the name order
    expect(new Set(a.township.map((t) => JSON.stringify(t)))).toEqual(new Set(b.township.map((t) => JSON.stringify(t))))
    expect(a.township.map((t) => t.label).sort(compareZh)).toEqual(a.township.map((t) => t.label))
  })

  it('puts a selection in reading order from the index, as the collator orders township then year', () => {
    const sorted = readingOrder(selectAll(dataset))!
    const byCollator = [...records].sort((x, y) => compareZh(townshipKey(x), townshipKey(y)) || (x.year ?? 0) - (y.year ?? 0))
    expect(ids(sorted)).toEqual(ids(byCollator))
  })
})
