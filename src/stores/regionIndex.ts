/**
 * Indexes records by region and year once, when the dataset loads, so a filter change starts
 * from the townships of the chosen region and slices their years, instead of scanning every
 * record (380,000 at national scale). Also ranks township keys and names once with the
 * Chinese collator, so later sorts compare integers: collator compares are ~1 µs each, and
 * sorting 38,000 names per filter change took ~0.3 s.
 */
import type { ReportRecord } from '../data/schema.ts'
import { compareZh, setTownshipOrder, townshipKey } from './records.ts'

/** One township (or a report without township, which stands alone) and its reports. */
export interface TownshipEntry {
  key: string
  /** display name: the township, or the report id when the report names none */
  label: string
  province: string | null
  prefecture: string | null
  county: string | null
  /** positions in the indexed records array, ordered by year (null years first) */
  positions: Int32Array
  /** the year of each position (NaN when the report states none) */
  years: Float64Array
  /** position of `key` in pinyin order */
  rank: number
  /** rank of `label` in pinyin order among all labels (equal names share a rank) */
  labelRank: number
  /**
   * false when the key's reports disagree on province or prefecture (two same-named counties
   * with same-named townships share a key): then each report's region is checked on its own
   */
  uniform: boolean
}

export interface RegionIndex {
  byProvince: Map<string, ReportRecord[]>
  byPrefecture: Map<string, ReportRecord[]>
  byCounty: Map<string, ReportRecord[]>
  byTownship: Map<string, ReportRecord[]>
  byYear: Map<number, ReportRecord[]>
  /** every year present, ascending */
  years: number[]
  /** the records the positions point into */
  records: readonly ReportRecord[]
  /** every township, in pinyin order of its key */
  townships: TownshipEntry[]
  townshipByKey: Map<string, TownshipEntry>
  /** townships per region, each list in pinyin order of the key */
  townshipsIn: { province: Map<string, TownshipEntry[]>; prefecture: Map<string, TownshipEntry[]>; county: Map<string, TownshipEntry[]> }
  /** every township in pinyin order of its name, then of its key (the township picker's order) */
  byLabel: TownshipEntry[]
  /** the distinct names of each region level in pinyin order; an entry's region id points here */
  regionNames: Record<RegionLevelName, string[]>
  /** per township (by rank): its province, prefecture and county as ids into regionNames, -1 = none */
  regionIds: Record<RegionLevelName, Int32Array>
}

export type RegionLevelName = 'province' | 'prefecture' | 'county'
const REGION_LEVELS: readonly RegionLevelName[] = ['province', 'prefecture', 'county']

function push<K, V>(map: Map<K, V[]>, key: K | null, v: V): void {
  if (key === null) return
  const list = map.get(key)
  if (list) list.push(v)
  else map.set(key, [v])
}

export function buildRegionIndex(records: readonly ReportRecord[]): RegionIndex {
  const index = {
    years: [] as number[],
    records,
    townships: [],
    townshipByKey: new Map(),
    townshipsIn: { province: new Map(), prefecture: new Map(), county: new Map() },
    byLabel: [],
    regionNames: { province: [], prefecture: [], county: [] },
    regionIds: { province: new Int32Array(0), prefecture: new Int32Array(0), county: new Int32Array(0) },
  } as Omit<RegionIndex, 'byProvince' | 'byPrefecture' | 'byCounty' | 'byTownship' | 'byYear'> as RegionIndex
  // The record lists per region and year are built on first use only: the filters work from
  // the township entries, and at 380,000 records these maps cost ~0.3 s at load.
  const lazy = <K,>(name: keyof RegionIndex, keyOf: (r: ReportRecord) => K | null) => {
    let map: Map<K, ReportRecord[]> | null = null
    Object.defineProperty(index, name, {
      enumerable: true,
      get: () => {
        if (!map) {
          map = new Map()
          for (const r of records) push(map, keyOf(r), r)
        }
        return map
      },
    })
  }
  lazy('byProvince', (r) => r.province)
  lazy('byPrefecture', (r) => r.prefecture)
  lazy('byCounty', (r) => r.county)
  lazy('byTownship', townshipKey)
  lazy('byYear', (r) => r.year)
  // Positions per township key, grouped county → township name without building the key
  // string per report: at 380,000 reports the string and its hash were most of the index's
  // cost. The key (records.ts townshipKey) is made once per township.
  const byCounty = new Map<string, Map<string, number[]>>()
  const years = new Set<number>()
  for (let i = 0; i < records.length; i++) {
    const r = records[i]
    if (r.year !== null) years.add(r.year)
    const county = r.county ?? ''
    let towns = byCounty.get(county)
    if (!towns) byCounty.set(county, (towns = new Map()))
    push(towns, r.township ?? r.report_id, i)
  }
  index.years = [...years].sort((a, b) => a - b)
  const positions = new Map<string, number[]>()
  for (const [county, towns] of byCounty) for (const [town, pos] of towns) positions.set(`${county}/${town}`, pos)

  // Sort the distinct keys and names once with the collator; everything after compares ranks.
  const keys = [...positions.keys()].sort(compareZh)
  const keyRank = new Map(keys.map((k, i) => [k, i]))
  const labels = new Map<string, number>()
  for (const k of keys) labels.set(labelOf(records[positions.get(k)![0]]), 0)
  ;[...labels.keys()].sort(compareZh).forEach((l, i) => labels.set(l, i))
  setTownshipOrder(keyRank, new Map(keys.map((k) => [k, labels.get(labelOf(records[positions.get(k)![0]]))!])))

  for (const key of keys) {
    const pos = positions.get(key)!
    if (!yearsAscend(records, pos)) pos.sort((a, b) => (records[a].year ?? -Infinity) - (records[b].year ?? -Infinity) || a - b)
    const first = records[pos[0]]
    const label = labelOf(first)
    const ys = new Float64Array(pos.length)
    let uniform = true
    for (let j = 0; j < pos.length; j++) {
      const r = records[pos[j]]
      ys[j] = r.year ?? Number.NaN
      if (r.province !== first.province || r.prefecture !== first.prefecture || r.county !== first.county) uniform = false
    }
    const entry: TownshipEntry = {
      key,
      rank: index.townships.length,
      label,
      province: first.province,
      prefecture: first.prefecture,
      county: first.county,
      positions: Int32Array.from(pos),
      years: ys,
      labelRank: labels.get(label)!,
      uniform,
    }
    index.townships.push(entry)
    index.townshipByKey.set(key, entry)
    for (const level of REGION_LEVELS) {
      const values = entry.uniform ? [first[level]] : new Set(pos.map((p) => records[p][level]))
      for (const v of values) push(index.townshipsIn[level], v, entry)
    }
  }
  index.byLabel = [...index.townships].sort((a, b) => a.labelRank - b.labelRank || a.rank - b.rank)
  for (const level of REGION_LEVELS) {
    const names = [...index.townshipsIn[level].keys()].sort(compareZh)
    const id = new Map(names.map((n, i) => [n, i]))
    index.regionNames[level] = names
    index.regionIds[level] = Int32Array.from(index.townships, (t) => (t[level] === null ? -1 : id.get(t[level]!)!))
  }
  return index
}

/** Already in the order the index keeps (year, null first; then position)? Files usually are. */
function yearsAscend(records: readonly ReportRecord[], pos: readonly number[]): boolean {
  for (let j = 1; j < pos.length; j++) {
    const a = records[pos[j - 1]].year ?? -Infinity, b = records[pos[j]].year ?? -Infinity
    if (a > b || (a === b && pos[j - 1] > pos[j])) return false
  }
  return true
}

function labelOf(r: ReportRecord): string {
  return r.township ?? r.report_id
}
