/**
 * The region index core a worker builds from its columns must be the one the page would build
 * from the records made of those columns: same townships, ranks, positions, region ids.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { columnsToRecords } from '../../src/data/columns.ts'
import { recordsToCsv } from '../../src/data/csv.ts'
import { parseColumns } from '../../src/data/parseColumns.ts'
import { buildRegionIndexCore, columnRows, regionColumnsOf } from '../../src/query/regionIndexCore.ts'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { buildRegionIndex, recordRows } from '../../src/query/regionIndex.ts'
import { compareZh } from '../../src/query/records.ts'

function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
}

/** Shuffled years, reports with no township or no year, same-named townships, one key in two provinces. */
function messyRecords(): ReportRecord[] {
  const rand = prng(11)
  const out: ReportRecord[] = []
  for (let t = 0; t < 60; t++) {
    const province = ['江苏省', '重庆市', '西藏自治区'][t % 3]
    const county = `${['城关', '长安', '沈河'][t % 3]}${t % 4}县`
    for (let y = 2016; y <= 2023; y++) {
      if (rand() < 0.2) continue
      const r = emptyRecord(`r${t}-${y}`, `s${t}-${y}.txt`)
      Object.assign(r, {
        province,
        prefecture: `${province.slice(0, 2)}市`,
        county,
        township: rand() < 0.05 ? null : ['重庆路街道', '金塘镇', '长安镇'][t % 3],
        year: rand() < 0.05 ? null : y,
      })
      out.push(r)
    }
  }
  const odd = emptyRecord('odd', 'odd.txt')
  Object.assign(odd, { province: '河南省', prefecture: '郑州市', county: out[0].county, township: out[0].township, year: 2020 })
  out.push(odd)
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

function bothWays(csv: string) {
  const { columns } = parseColumns(csv)
  const records = columnsToRecords(columns)
  return {
    records,
    fromRecords: buildRegionIndexCore(recordRows(records), compareZh),
    fromColumns: buildRegionIndexCore(columnRows(regionColumnsOf(columns)), compareZh),
  }
}

describe('region index core from columns', () => {
  it('equals the core from records on the embedded dataset', () => {
    const { fromRecords, fromColumns } = bothWays(readFileSync(path.resolve(__dirname, '../../data/reports.csv'), 'utf8'))
    expect(fromColumns).toEqual(fromRecords)
    expect(fromRecords.keys.length).toBe(5)
  })

  it('equals the core from records on shuffled, gappy, non-uniform rows', () => {
    const { fromRecords, fromColumns } = bothWays(recordsToCsv(messyRecords()))
    expect(fromColumns).toEqual(fromRecords)
    // the non-uniform key and a report with no township are there
    expect(fromRecords.uniform.includes(0)).toBe(true)
    expect(fromRecords.keys.some((k) => /\/r\d+-\d+$/.test(k))).toBe(true)
  })

  it('gives the same index whether handed over (worker) or built from the records', () => {
    const { records, fromColumns } = bothWays(recordsToCsv(messyRecords()))
    const built = buildRegionIndex(records)
    const copy = records.slice()
    const handed = buildRegionIndex(copy, fromColumns)
    const shape = (ix: typeof built) => ({
      townships: ix.townships.map((t) => ({ ...t, positions: [...t.positions], years: [...t.years] })),
      byLabel: ix.byLabel.map((t) => t.key),
      townshipsIn: Object.fromEntries(
        Object.entries(ix.townshipsIn).map(([level, m]) => [level, [...m].map(([name, list]) => [name, list.map((t) => t.key)])]),
      ),
      regionNames: ix.regionNames,
      regionIds: ix.regionIds,
      years: ix.years,
    })
    expect(shape(handed)).toEqual(shape(built))
  })
})
