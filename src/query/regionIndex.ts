/**
 * Indexes records by region and year once, when the dataset loads, so a filter change starts
 * from the townships of the chosen region and slices their years, instead of scanning every
 * record (380,000 at national scale). Also ranks township keys and names once with the
 * Chinese collator, so later sorts compare integers: collator compares are ~1 µs each, and
 * sorting 38,000 names per filter change took ~0.3 s.
 */
import type { ReportRecord } from '../data/schema.ts'
import { compareZh } from './records.ts'
import { buildRegionIndexCore, REGION_LEVELS, type RegionIndexCore, type RegionLevelName, type RegionRows } from './regionIndexCore.ts'

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

export type { RegionLevelName } from './regionIndexCore.ts'

/** The records' region and year fields, as the core builder reads them. */
export function recordRows(records: readonly ReportRecord[]): RegionRows {
  return {
    length: records.length,
    province: (i) => records[i].province,
    prefecture: (i) => records[i].prefecture,
    county: (i) => records[i].county,
    township: (i) => records[i].township,
    reportId: (i) => records[i].report_id,
    year: (i) => records[i].year,
  }
}

/**
 * The index of `records`, from `core` when the csv worker built one from the columns these
 * records came from (same rows, same order), else built here.
 */
export function buildRegionIndex(
  records: readonly ReportRecord[],
  core: RegionIndexCore = buildRegionIndexCore(recordRows(records), compareZh),
): RegionIndex {
  const index: RegionIndex = {
    years: core.years,
    records,
    townships: [],
    townshipByKey: new Map(),
    townshipsIn: { province: new Map(), prefecture: new Map(), county: new Map() },
    byLabel: [],
    regionNames: core.regionNames,
    regionIds: core.regionIds,
  }
  const { keys, starts } = core
  for (let t = 0; t < keys.length; t++) {
    // each entry's positions and years are views on the core's two shared arrays: 38,000
    // pairs of small typed arrays of their own cost ~0.2 s to allocate
    const entry: TownshipEntry = {
      key: keys[t],
      rank: t,
      label: core.labels[t],
      province: core.province[t],
      prefecture: core.prefecture[t],
      county: core.county[t],
      positions: core.positions.subarray(starts[t], starts[t + 1]),
      years: core.positionYears.subarray(starts[t], starts[t + 1]),
      labelRank: core.labelRanks[t],
      uniform: core.uniform[t] === 1,
    }
    index.townships.push(entry)
    index.townshipByKey.set(entry.key, entry)
  }
  for (const level of REGION_LEVELS) {
    const names = core.regionNames[level]
    for (let id = 0; id < names.length; id++)
      index.townshipsIn[level].set(
        names[id],
        Array.from(core.townshipsIn[level][id], (t) => index.townships[t]),
      )
  }
  index.byLabel = [...index.townships].sort((a, b) => a.labelRank - b.labelRank || a.rank - b.rank)
  return index
}
