/**
 * The part of the region index (regionIndex.ts) that only needs a report's region names and
 * year: townships grouped and ranked in pinyin order, their report positions by year, and the
 * region ids. Plain arrays and typed arrays, so a worker can build it from the columns it has
 * just parsed and post it (csv.worker.ts), while the page turns the same columns into records:
 * at 380,000 reports building it took ~0.8 s of the page's load on its main thread.
 * The page path (imports, small files) builds it from records through the same function.
 *
 * Pure module: no DOM, no Vue, no records.
 */
import { TEXT_FIELDS, type ReportColumns } from '../data/columns.ts'
import { NUMBER_COLUMNS } from '../data/schema.ts'

/** A report's fields the index reads, by position; strings as the records hold them. */
export interface RegionRows {
  length: number
  province(i: number): string | null
  prefecture(i: number): string | null
  county(i: number): string | null
  township(i: number): string | null
  reportId(i: number): string | null
  year(i: number): number | null
}

export type RegionLevelName = 'province' | 'prefecture' | 'county'
export const REGION_LEVELS: readonly RegionLevelName[] = ['province', 'prefecture', 'county']

export interface RegionIndexCore {
  /** every year present, ascending */
  years: number[]
  /** township keys (`county/township`), in pinyin order: a township's rank is its place here */
  keys: string[]
  /** per township: display name (the township, or the report id when the report names none) */
  labels: string[]
  /** per township: rank of its label among all labels in pinyin order (equal names share one) */
  labelRanks: Int32Array
  /** per township: its first report's province, prefecture, county */
  province: (string | null)[]
  prefecture: (string | null)[]
  county: (string | null)[]
  /** per township: 1 when all its reports share province, prefecture and county */
  uniform: Uint8Array
  /** township t's report positions are positions[starts[t] … starts[t + 1]), years ascending (none first) */
  starts: Int32Array
  positions: Int32Array
  /** the year at each entry of `positions` (NaN = none stated) */
  positionYears: Float64Array
  /** per level: the region names in pinyin order, and per township its id there (-1 = none) */
  regionNames: Record<RegionLevelName, string[]>
  regionIds: Record<RegionLevelName, Int32Array>
  /**
   * per level and region id: the townships with a report there, by rank (a non-uniform
   * township is listed under each region its reports name)
   */
  townshipsIn: Record<RegionLevelName, Int32Array[]>
}

/** The typed arrays of a core, for postMessage's transfer list. */
export function coreTransferables(core: RegionIndexCore): ArrayBuffer[] {
  const arrays = [
    core.labelRanks,
    core.uniform,
    core.starts,
    core.positions,
    core.positionYears,
    ...REGION_LEVELS.map((l) => core.regionIds[l]),
    ...REGION_LEVELS.flatMap((l) => core.townshipsIn[l]),
  ]
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}

export function buildRegionIndexCore(rows: RegionRows, compare: (a: string, b: string) => number): RegionIndexCore {
  const n = rows.length
  // Positions per township key, grouped county → township name without building the key
  // string per report (at 380,000 reports the string and its hash were most of the cost).
  const byCounty = new Map<string, Map<string, number[]>>()
  const yearSet = new Set<number>()
  for (let i = 0; i < n; i++) {
    const year = rows.year(i)
    if (year !== null) yearSet.add(year)
    const county = rows.county(i) ?? ''
    let towns = byCounty.get(county)
    if (!towns) byCounty.set(county, (towns = new Map()))
    const town = rows.township(i) ?? rows.reportId(i) ?? ''
    const list = towns.get(town)
    if (list) list.push(i)
    else towns.set(town, [i])
  }
  const grouped = new Map<string, { town: string; pos: number[] }>()
  for (const [county, towns] of byCounty) for (const [town, pos] of towns) grouped.set(`${county}/${town}`, { town, pos })

  // Sort the distinct keys and names once with the collator; everything after compares ranks.
  const keys = [...grouped.keys()].sort(compare)
  const T = keys.length
  const labels: string[] = new Array(T)
  const labelRank = new Map<string, number>()
  for (let t = 0; t < T; t++) {
    const first = grouped.get(keys[t])!.pos[0]
    labels[t] = rows.township(first) ?? rows.reportId(first) ?? ''
    labelRank.set(labels[t], 0)
  }
  const sortedLabels = [...labelRank.keys()].sort(compare)
  for (let i = 0; i < sortedLabels.length; i++) labelRank.set(sortedLabels[i], i)

  const yearOf = (i: number) => rows.year(i) ?? -Infinity
  const starts = new Int32Array(T + 1)
  const positions = new Int32Array(n)
  const positionYears = new Float64Array(n)
  const labelRanks = new Int32Array(T)
  const uniform = new Uint8Array(T)
  const province: (string | null)[] = new Array(T)
  const prefecture: (string | null)[] = new Array(T)
  const county: (string | null)[] = new Array(T)
  let at = 0
  for (let t = 0; t < T; t++) {
    const pos = grouped.get(keys[t])!.pos
    if (!yearsAscend(pos, yearOf)) pos.sort((a, b) => yearOf(a) - yearOf(b) || a - b)
    const first = pos[0]
    const p0 = rows.province(first),
      f0 = rows.prefecture(first),
      c0 = rows.county(first)
    let same = 1
    starts[t] = at
    for (let j = 0; j < pos.length; j++) {
      const i = pos[j]
      positions[at] = i
      positionYears[at++] = rows.year(i) ?? Number.NaN
      if (same && (rows.province(i) !== p0 || rows.prefecture(i) !== f0 || rows.county(i) !== c0)) same = 0
    }
    province[t] = p0
    prefecture[t] = f0
    county[t] = c0
    uniform[t] = same
    labelRanks[t] = labelRank.get(labels[t])!
  }
  starts[T] = at

  // Region names per level (in pinyin order), each township's id, and the townships per region.
  const regionNames = {} as Record<RegionLevelName, string[]>
  const regionIds = {} as Record<RegionLevelName, Int32Array>
  const townshipsIn = {} as Record<RegionLevelName, Int32Array[]>
  for (const level of REGION_LEVELS) {
    const valueOf = level === 'province' ? rows.province : level === 'prefecture' ? rows.prefecture : rows.county
    const firstValues = level === 'province' ? province : level === 'prefecture' ? prefecture : county
    const members = new Map<string, number[]>()
    const add = (name: string | null, t: number) => {
      if (name === null) return
      const list = members.get(name)
      if (list) list.push(t)
      else members.set(name, [t])
    }
    for (let t = 0; t < T; t++) {
      if (uniform[t]) add(firstValues[t], t)
      else {
        const seen = new Set<string | null>()
        for (let k = starts[t]; k < starts[t + 1]; k++) seen.add(valueOf.call(rows, positions[k]))
        for (const v of seen) add(v, t)
      }
    }
    const names = [...members.keys()].sort(compare)
    const id = new Map(names.map((name, i) => [name, i]))
    regionNames[level] = names
    regionIds[level] = Int32Array.from(firstValues, (v) => (v === null ? -1 : id.get(v)!))
    townshipsIn[level] = names.map((name) => Int32Array.from(members.get(name)!))
  }
  return {
    years: [...yearSet].sort((a, b) => a - b),
    keys,
    labels,
    labelRanks,
    province,
    prefecture,
    county,
    uniform,
    starts,
    positions,
    positionYears,
    regionNames,
    regionIds,
    townshipsIn,
  }
}

/** Already in the order the index keeps (year, none first; then position)? Files usually are. */
function yearsAscend(pos: readonly number[], yearOf: (i: number) => number): boolean {
  for (let j = 1; j < pos.length; j++) {
    const a = yearOf(pos[j - 1]),
      b = yearOf(pos[j])
    if (a > b || (a === b && pos[j - 1] > pos[j])) return false
  }
  return true
}

/**
 * The region fields of parsed columns (columns.ts), copied out of them: the worker keeps these
 * to build the core after it has transferred the columns themselves to the page.
 */
export interface RegionColumns {
  length: number
  codes: Record<'province' | 'prefecture' | 'county' | 'township' | 'report_id', Int32Array>
  dicts: Record<'province' | 'prefecture' | 'county' | 'township' | 'report_id', string[]>
  year: Float64Array
}

/** The same strings records get from these columns (columnsToRecords), by position. */
export function columnRows(c: RegionColumns): RegionRows {
  const text = (field: keyof RegionColumns['codes']) => {
    const codes = c.codes[field],
      dict = c.dicts[field]
    return (i: number) => {
      const k = codes[i]
      return k < 0 ? null : dict[k]
    }
  }
  return {
    length: c.length,
    province: text('province'),
    prefecture: text('prefecture'),
    county: text('county'),
    township: text('township'),
    reportId: text('report_id'),
    year: (i) => {
      const y = c.year[i]
      return y === y ? y : null
    },
  }
}

const REGION_TEXT = ['province', 'prefecture', 'county', 'township', 'report_id'] as const

/** Copies of the region columns, so `columns` itself can be transferred away. */
export function regionColumnsOf(columns: ReportColumns): RegionColumns {
  const codes = {} as RegionColumns['codes']
  const dicts = {} as RegionColumns['dicts']
  for (const field of REGION_TEXT) {
    const k = TEXT_FIELDS.indexOf(field)
    codes[field] = columns.codes[k].slice()
    dicts[field] = columns.dicts[k]
  }
  return { length: columns.length, codes, dicts, year: columns.numbers[(NUMBER_COLUMNS as readonly string[]).indexOf('year')].slice() }
}
