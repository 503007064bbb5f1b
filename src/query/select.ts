/**
 * Applies the filters to the records, and counts what each region option would hold, for the
 * cascading picker. Pure; the filters store calls it inside computed getters.
 */
import type { ReportRecord } from '../data/schema.ts'
import type { QueryState } from './queryState.ts'
import type { RegionIndex, TownshipEntry } from './regionIndex.ts'
import { compareZh, townshipKey } from './records.ts'
import { columnsOf, rememberSelection } from './indexColumns.ts'
import { yearSlots } from './yearSlots.ts'

type Filters = Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships' | 'yearFrom' | 'yearTo' | 'templates' | 'search'>
type Level = 'province' | 'prefecture' | 'county' | 'township'

const LEVELS: Level[] = ['province', 'prefecture', 'county', 'township']

/** Everything except the region: years, template and the free search. */
function matchesNonRegion(r: ReportRecord, f: Filters): boolean {
  if (f.yearFrom !== null && (r.year === null || r.year < f.yearFrom)) return false
  if (f.yearTo !== null && (r.year === null || r.year > f.yearTo)) return false
  if (f.templates.length && (r.template === null || !f.templates.includes(r.template))) return false
  if (f.search) {
    const needle = f.search.trim().toLowerCase()
    const hay = `${r.township ?? ''} ${r.county ?? ''}`.toLowerCase()
    if (needle && !hay.includes(needle)) return false
  }
  return true
}

/** Region levels above `level` (exclusive); used so each picker's counts ignore its own choice. */
function matchesRegion(r: ReportRecord, f: Filters, upTo: number): boolean {
  if (upTo > 0 && f.province && r.province !== f.province) return false
  if (upTo > 1 && f.prefecture && r.prefecture !== f.prefecture) return false
  if (upTo > 2 && f.county && r.county !== f.county) return false
  if (upTo > 3 && f.townships.length && !f.townships.includes(townshipKey(r))) return false
  return true
}

/**
 * The townships that can hold the answer, from the index: the chosen townships, or every
 * township of the deepest chosen region. Each region choice still applies per report below,
 * so a choice below the bucket's level (a county outside the chosen province) empties it.
 */
function candidateTownships(index: RegionIndex, f: Filters): readonly TownshipEntry[] {
  if (f.townships.length) return [...new Set(f.townships)].flatMap((k) => index.townshipByKey.get(k) ?? []).sort((a, b) => a.rank - b.rank)
  if (f.county) return index.townshipsIn.county.get(f.county) ?? []
  if (f.prefecture) return index.townshipsIn.prefecture.get(f.prefecture) ?? []
  if (f.province) return index.townshipsIn.province.get(f.province) ?? []
  return index.townships
}

/** Does the township as a whole pass the region choices (for uniform entries, all reports do)? */
function entryInRegion(t: TownshipEntry, f: Filters): boolean {
  if (f.province && t.province !== f.province) return false
  if (f.prefecture && t.prefecture !== f.prefecture) return false
  if (f.county && t.county !== f.county) return false
  return true
}

function filtersAnything(f: Filters): boolean {
  return !!(f.townships.length || f.province || f.prefecture || f.county || f.yearFrom !== null || f.yearTo !== null || f.templates.length || searchNeedle(f))
}

/** The search matches township and county names, which every report of a township shares. */
function searchNeedle(f: Filters): string {
  return f.search ? f.search.trim().toLowerCase() : ''
}

/**
 * Visits the positions of the reports that pass every filter, township by township, slicing
 * each township's year-ordered reports by the year range instead of testing every report.
 */
function eachMatch(index: RegionIndex, f: Filters, regionUpTo: number, townships: readonly TownshipEntry[], visit: (t: TownshipEntry, position: number) => void): void {
  const records = index.records
  const needle = searchNeedle(f)
  const from = f.yearFrom ?? -Infinity
  const to = f.yearTo ?? Infinity
  const yearBound = f.yearFrom !== null || f.yearTo !== null
  const templates = f.templates.length ? f.templates : null
  for (const t of townships) {
    if (t.uniform && regionUpTo >= 3 && !entryInRegion(t, f)) continue
    const { positions, years } = t
    // the search is decided once for the whole township when it can be: 380,000 names built,
    // lower-cased and searched one report at a time held a national search for ~0.6 s
    const search = needle ? entrySearch(records, positions, needle) : true
    if (search === false) continue
    for (let j = 0; j < positions.length; j++) {
      if (yearBound) {
        const y = years[j]
        if (y !== y || y < from) continue // NaN: no year stated
        if (y > to) break // years ascend
      }
      const p = positions[j]
      const r = records[p]
      if (templates && (r.template === null || !templates.includes(r.template))) continue
      if (search === null && !searchHay(r).includes(needle)) continue
      if (!t.uniform && !matchesRegion(r, f, regionUpTo)) continue
      visit(t, p)
    }
  }
}

function searchHay(r: ReportRecord): string {
  return `${r.township ?? ''} ${r.county ?? ''}`.toLowerCase()
}

/**
 * Whether every report of a township entry matches the search, decided from its first report:
 * an entry's reports share its county and township names (its key, `county/township`), unless
 * one has no township name and its report id happens to read as another's township name; then
 * null, and its reports are searched one by one.
 */
function entrySearch(records: readonly ReportRecord[], positions: Int32Array, needle: string): boolean | null {
  if (!positions.length) return false
  const first = records[positions[0]]
  if (first.township === null && positions.length > 1) return null
  for (let j = 1; j < positions.length; j++) if (records[positions[j]].township === null) return null
  return searchHay(first).includes(needle)
}

export function filterRecords(records: readonly ReportRecord[], f: Filters, index: RegionIndex | null = null): ReportRecord[] {
  if (!index || index.records !== records) return records.filter((r) => matchesRegion(r, f, 4) && matchesNonRegion(r, f))
  if (!filtersAnything(f)) {
    // the first view of every load: the dataset itself, in its own order, instead of a copy
    // of 380,000 positions and records made through the index (callers never sort in place)
    rememberSelection(records, index, Int32Array.from({ length: records.length }, (_, i) => i))
    return records as ReportRecord[]
  }
  if (onlyYears(f)) {
    // a year range over the whole dataset: the years' positions, kept ascending per year
    const sorted = positionsInYears(index, f.yearFrom, f.yearTo)
    const out = new Array<ReportRecord>(sorted.length)
    for (let i = 0; i < sorted.length; i++) out[i] = records[sorted[i]]
    rememberSelection(out, index, sorted)
    return out
  }
  let hits = new Int32Array(1024)
  let n = 0
  eachMatch(index, f, 4, candidateTownships(index, f), (_, p) => {
    if (n === hits.length) {
      const grown = new Int32Array(hits.length * 2)
      grown.set(hits)
      hits = grown
    }
    hits[n++] = p
  })
  // back in the dataset's own order, so the answer is the same with or without the index
  const sorted = datasetOrder(hits, n, records.length)
  const out = new Array<ReportRecord>(n)
  for (let i = 0; i < n; i++) out[i] = records[sorted[i]]
  // the panels sum the selection from columns (scale/columnar.ts) instead of walking records
  rememberSelection(out, index, sorted)
  return out
}

function onlyYears(f: Filters): boolean {
  return !f.townships.length && !f.province && !f.prefecture && !f.county && !f.templates.length && !searchNeedle(f) && (f.yearFrom !== null || f.yearTo !== null)
}

/**
 * Each year's report positions, ascending (one scan of the year column, made on the first
 * year-only filter: 1.5 MB at 380,000 reports). Visiting 38,000 townships to pick one year's
 * report from each took ~9 ms a change.
 */
const positionsByYear = new WeakMap<RegionIndex, Map<number, Int32Array>>()

function yearPositions(index: RegionIndex): Map<number, Int32Array> {
  let byYear = positionsByYear.get(index)
  if (!byYear) {
    const year = columnsOf(index).year
    const counts = new Map<number, number>()
    for (let p = 0; p < year.length; p++) if (year[p] === year[p]) counts.set(year[p], (counts.get(year[p]) ?? 0) + 1)
    byYear = new Map([...counts].map(([y, n]) => [y, new Int32Array(n)]))
    const filled = new Map<number, number>()
    for (let p = 0; p < year.length; p++) {
      const y = year[p]
      if (y !== y) continue
      const at = filled.get(y) ?? 0
      byYear.get(y)![at] = p
      filled.set(y, at + 1)
    }
    positionsByYear.set(index, byYear)
  }
  return byYear
}

function positionsInYears(index: RegionIndex, from: number | null, to: number | null): Int32Array {
  const lists = [...yearPositions(index)].filter(([y]) => (from === null || y >= from) && (to === null || y <= to)).map(([, ps]) => ps)
  if (lists.length === 1) return lists[0].slice()
  const all = new Int32Array(lists.reduce((n, ps) => n + ps.length, 0))
  let n = 0
  for (const ps of lists) {
    all.set(ps, n)
    n += ps.length
  }
  return datasetOrder(all, n, index.records.length)
}

/**
 * The first `n` hits (distinct positions) ascending. Many hits (a national year: 38,000 of
 * 380,000) are marked in a byte per record and read back in one pass, ~5× faster than sorting.
 */
function datasetOrder(hits: Int32Array, n: number, total: number): Int32Array {
  if (n < total >>> 5) return hits.slice(0, n).sort()
  const marked = new Uint8Array(total)
  for (let i = 0; i < n; i++) marked[hits[i]] = 1
  const out = new Int32Array(n)
  for (let p = 0, at = 0; at < n; p++) if (marked[p]) out[at++] = p
  return out
}

export interface RegionOption {
  value: string
  label: string
  /** reports under this option with the other filters applied */
  count: number
}

export type RegionOptions = Record<Level, RegionOption[]> & {
  /**
   * how many township options there are; at national scale the township list itself (38,000
   * options nobody scrolls) is only built when something reads `township`
   */
  townshipCount: number
}

/**
 * Options for each picker level with report counts. A level's counts apply the levels above it
 * and the non-region filters, but not the level itself, so picking one county still shows how
 * many reports its siblings have.
 */
export function regionOptions(records: readonly ReportRecord[], f: Filters, index: RegionIndex | null = null): RegionOptions {
  if (index && index.records === records) return regionOptionsIndexed(index, f)
  const counts = LEVELS.map(() => new Map<string, { label: string; count: number }>())
  for (const r of records) {
    if (!matchesNonRegion(r, f)) continue
    const values: (string | null)[] = [r.province, r.prefecture, r.county, townshipKey(r)]
    LEVELS.forEach((_, i) => {
      const value = values[i]
      if (value === null || !matchesRegion(r, f, i)) return
      const label = i === 3 ? (r.township ?? r.report_id) : value
      const entry = counts[i].get(value)
      if (entry) entry.count++
      else counts[i].set(value, { label, count: 1 })
    })
  }
  const toList = (m: Map<string, { label: string; count: number }>) =>
    [...m].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => compareZh(a.label, b.label))
  const townships = toList(counts[3])
  // Same-name townships in different counties (金塘镇 ×4 nationally) get their county shown.
  const seen = new Map<string, number>()
  for (const t of townships) seen.set(t.label, (seen.get(t.label) ?? 0) + 1)
  for (const t of townships) if (seen.get(t.label)! > 1) t.label = `${t.label}（${t.value.split('/')[0]}）`
  return { province: toList(counts[0]), prefecture: toList(counts[1]), county: toList(counts[2]), township: townships, townshipCount: townships.length }
}

/**
 * regionOptions from the index: reports counted per township into an integer array (years
 * sliced, as in filterRecords), then summed per region id; names come out in the pinyin order
 * the index computed once. No string-keyed maps and no collator on a filter change: at 38,000
 * townships those cost ~0.1 s. Same answer as the scan (tests/query/regionIndex.test.ts).
 */
const uniformOf = new WeakMap<RegionIndex, TownshipEntry[]>()

/**
 * Reports per township under the non-region filters, for the last such filters per index: a
 * change of region (most changes) reuses it instead of counting 38,000 townships again.
 */
const perTownshipOf = new WeakMap<RegionIndex, { key: string; counts: Int32Array }>()

function countsPerTownship(index: RegionIndex, f: Filters, uniform: readonly TownshipEntry[]): Int32Array {
  const key = JSON.stringify([f.yearFrom, f.yearTo, f.templates, searchNeedle(f)])
  const cached = perTownshipOf.get(index)
  if (cached?.key === key) return cached.counts
  const perTownship = new Int32Array(index.townships.length)
  const cumulative = f.yearFrom === null && f.yearTo === null ? null : yearCountsOf(index)
  if (!f.templates.length && !searchNeedle(f) && cumulative) {
    // only years narrow the count: one subtraction per township from the running counts
    const { years, upTo } = cumulative
    const lo = f.yearFrom === null ? 0 : firstAtLeast(years, f.yearFrom)
    const hi = (f.yearTo === null ? years.length : firstAtLeast(years, f.yearTo + 1)) - 1
    if (hi >= lo) {
      const top = upTo[hi], below = lo > 0 ? upTo[lo - 1] : null
      for (const t of uniform) perTownship[t.rank] = below ? top[t.rank] - below[t.rank] : top[t.rank]
    }
  } else if (!f.templates.length && !searchNeedle(f)) {
    // no year range, or too many distinct years to keep running counts: two binary searches each
    for (const t of uniform) perTownship[t.rank] = countInYears(t.years, f.yearFrom, f.yearTo)
  } else eachMatch(index, { ...f, province: null, prefecture: null, county: null, townships: [] }, 0, uniform, (t) => perTownship[t.rank]++)
  perTownshipOf.set(index, { key, counts: perTownship })
  return perTownship
}

/**
 * Per township, how many of its reports have a year up to each of the index's years, as one
 * array per year (38,000 townships × 10 years: 1.5 MB). A year range's count per township is
 * then a subtraction: counting each township's years by binary search took ~20 ms a change
 * at national scale. Made on the first change with a year range; null beyond MAX_RUNNING_YEARS
 * distinct years, where the memory would outgrow the gain.
 */
const MAX_RUNNING_YEARS = 64
const yearCounts = new WeakMap<RegionIndex, { years: readonly number[]; upTo: Int32Array[] } | null>()

function yearCountsOf(index: RegionIndex): { years: readonly number[]; upTo: Int32Array[] } | null {
  if (yearCounts.has(index)) return yearCounts.get(index)!
  const years = index.years
  const place = years.length <= MAX_RUNNING_YEARS ? yearSlots(years) : null
  let made: { years: readonly number[]; upTo: Int32Array[] } | null = null
  if (place) {
    const { first, slots } = place
    const upTo = years.map(() => new Int32Array(index.townships.length))
    for (const t of index.townships) for (const y of t.years) if (y === y) upTo[slots[y - first]][t.rank]++
    for (let i = 1; i < upTo.length; i++) for (let k = 0; k < upTo[i].length; k++) upTo[i][k] += upTo[i - 1][k]
    made = { years, upTo }
  }
  yearCounts.set(index, made)
  return made
}

/** The first place in ascending `years` holding a year ≥ `bound` (years.length if none). */
function firstAtLeast(years: readonly number[], bound: number): number {
  let lo = 0, hi = years.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (years[mid] < bound) lo = mid + 1
    else hi = mid
  }
  return lo
}

function uniformTownships(index: RegionIndex): TownshipEntry[] {
  let uniform = uniformOf.get(index)
  if (!uniform) uniformOf.set(index, (uniform = index.townships.filter((t) => t.uniform)))
  return uniform
}

/**
 * The structures filter changes build on first need (year positions, running year counts, the
 * uniform townships), one step each, for the page to run in idle time after a load: built on
 * the spot they made the first changes slower than the rest (scale/prepare.ts).
 */
export function filterPreparation(index: RegionIndex): Array<() => void> {
  return [() => yearPositions(index), () => yearCountsOf(index), () => uniformTownships(index)]
}

function regionOptionsIndexed(index: RegionIndex, f: Filters): RegionOptions {
  const uniform = uniformTownships(index)
  const perTownship = countsPerTownship(index, f, uniform)
  const { regionNames, regionIds } = index
  const ids = (name: string | null, level: 'province' | 'prefecture' | 'county') => (name === null ? -2 : regionNames[level].indexOf(name))
  const chosen = { province: ids(f.province, 'province'), prefecture: ids(f.prefecture, 'prefecture'), county: ids(f.county, 'county') }
  const counts = { province: new Int32Array(regionNames.province.length), prefecture: new Int32Array(regionNames.prefecture.length), county: new Int32Array(regionNames.county.length) }
  const townshipCounts = new Int32Array(index.townships.length)
  for (let k = 0; k < perTownship.length; k++) {
    const n = perTownship[k]
    if (!n) continue
    const p = regionIds.province[k], pf = regionIds.prefecture[k], c = regionIds.county[k]
    if (p >= 0) counts.province[p] += n // a level's counts ignore its own choice
    const inProvince = chosen.province === -2 || p === chosen.province
    if (inProvince && pf >= 0) counts.prefecture[pf] += n
    const inPrefecture = chosen.prefecture === -2 || pf === chosen.prefecture
    if (inProvince && inPrefecture && c >= 0) counts.county[c] += n
    if (inProvince && inPrefecture && (chosen.county === -2 || c === chosen.county)) townshipCounts[k] += n
  }
  // the rare township key whose reports lie in different regions: counted report by report
  const extra = LEVELS.slice(0, 3).map(() => new Map<string, number>())
  for (const t of index.townships) {
    if (t.uniform) continue
    for (const p of t.positions) {
      const r = index.records[p]
      if (!matchesNonRegion(r, f)) continue
      const values = [r.province, r.prefecture, r.county]
      for (let i = 0; i < 3; i++) if (values[i] !== null && matchesRegion(r, f, i)) extra[i].set(values[i]!, (extra[i].get(values[i]!) ?? 0) + 1)
      if (matchesRegion(r, f, 3)) townshipCounts[t.rank]++
    }
  }
  const list = (level: 'province' | 'prefecture' | 'county', i: number): RegionOption[] => {
    const out: RegionOption[] = []
    regionNames[level].forEach((name, id) => {
      const count = counts[level][id] + (extra[i].get(name) ?? 0)
      if (count) out.push({ value: name, label: name, count })
    })
    return out
  }
  let townshipCount = 0
  for (let k = 0; k < townshipCounts.length; k++) if (townshipCounts[k]) townshipCount++
  let townships: RegionOption[] | null = null
  const options = { province: list('province', 0), prefecture: list('prefecture', 1), county: list('county', 2), townshipCount } as RegionOptions
  Object.defineProperty(options, 'township', {
    enumerable: true,
    get: () => (townships ??= townshipList(index, townshipCounts)),
  })
  return options
}

/** The township options in name order, same-name townships with their county added. */
function townshipList(index: RegionIndex, townshipCounts: Int32Array): RegionOption[] {
  const townships: RegionOption[] = []
  const labelUses = new Int32Array(index.byLabel.length ? index.byLabel[index.byLabel.length - 1].labelRank + 1 : 0)
  for (const t of index.byLabel) {
    const count = townshipCounts[t.rank]
    if (!count) continue
    townships.push({ value: t.key, label: t.label, count })
    labelUses[t.labelRank]++
  }
  // Same-name townships in different counties (金塘镇 ×4 nationally) get their county shown.
  if (townships.length) {
    const rankOf = index.townshipByKey
    for (const o of townships) if (labelUses[rankOf.get(o.value)!.labelRank] > 1) o.label = `${o.label}（${o.value.split('/')[0]}）`
  }
  return townships
}

/**
 * How many of a township's reports fall in the year range, as eachMatch counts them: all of
 * them with no range, else those with a year inside it. `years` ascends, NaN (no year) first.
 */
export function countInYears(years: Float64Array, from: number | null, to: number | null): number {
  if (from === null && to === null) return years.length
  let first = 0
  while (first < years.length && years[first] !== years[first]) first++
  const lower = (bound: number, inclusive: boolean) => {
    let lo = first, hi = years.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (inclusive ? years[mid] < bound : years[mid] <= bound) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const start = from === null ? first : lower(from, true)
  const end = to === null ? years.length : lower(to, false)
  return Math.max(0, end - start)
}
