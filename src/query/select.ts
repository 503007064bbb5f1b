/**
 * The filters applied to a dataset: `select` gives the Selection every panel series takes (the
 * positions of the reports that pass, ascending, = the file's order), and `regionOptions`
 * counts what each option of the cascading region picker would hold. Both start from the
 * region index: the townships of the chosen region, their years sliced by the range.
 * Pure; the stores call these inside computed getters, which is where results are kept.
 */
import { TEMPLATES, type ReportRecord } from '../data/schema.ts'
import { DEFAULT_STATE, type QueryState } from './queryState.ts'
import type { RegionIndex, TownshipEntry } from './regionIndex.ts'
import type { IndexColumns } from './indexColumns.ts'
import type { Dataset } from './dataset.ts'
import { townshipKey } from './records.ts'
import { yearSlots } from './yearSlots.ts'

export type Filters = Pick<QueryState, 'province' | 'prefecture' | 'county' | 'townships' | 'yearFrom' | 'yearTo' | 'templates' | 'search'>

/** The reports that pass a dataset's filters, and what a panel needs to say what it covers. */
export interface Selection {
  dataset: Dataset
  /** = dataset.index */
  index: RegionIndex
  /** = dataset.columns */
  columns: IndexColumns
  /** positions into dataset.records, ascending */
  positions: Int32Array
  /** the filters it answers */
  filters: Filters
}
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

/** Whether `f` narrows anything: false for the whole dataset. */
export function filtersAnything(f: Filters): boolean {
  return !!(
    f.townships.length ||
    f.province ||
    f.prefecture ||
    f.county ||
    f.yearFrom !== null ||
    f.yearTo !== null ||
    f.templates.length ||
    searchNeedle(f)
  )
}

/** The search matches township and county names, which every report of a township shares. */
function searchNeedle(f: Filters): string {
  return f.search ? f.search.trim().toLowerCase() : ''
}

/**
 * Visits the positions of the reports that pass every filter, township by township, slicing
 * each township's year-ordered reports by the year range instead of testing every report.
 */
function eachMatch(
  dataset: Dataset,
  f: Filters,
  regionUpTo: number,
  townships: readonly TownshipEntry[],
  visit: (t: TownshipEntry, position: number) => void,
): void {
  const { records } = dataset
  const needle = searchNeedle(f)
  const hays = needle ? searchHays(dataset) : null
  const from = f.yearFrom ?? -Infinity
  const to = f.yearTo ?? Infinity
  const yearBound = f.yearFrom !== null || f.yearTo !== null
  let template: Int8Array | null = null
  let allowed: Uint8Array | null = null
  if (f.templates.length) {
    template = dataset.columns.template()
    allowed = new Uint8Array(TEMPLATES.length)
    for (const t of f.templates) if (TEMPLATES.includes(t)) allowed[TEMPLATES.indexOf(t)] = 1
  }
  for (const t of townships) {
    if (t.uniform && regionUpTo >= 3 && !entryInRegion(t, f)) continue
    const { positions, years } = t
    // the search is decided once for the whole township when it can be (searchHays)
    const hay = hays ? hays[t.rank] : ''
    const search = !hays ? true : hay === null ? null : hay.includes(needle)
    if (search === false) continue
    for (let j = 0; j < positions.length; j++) {
      if (yearBound) {
        const y = years[j]
        if (y !== y || y < from) continue // NaN: no year stated
        if (y > to) break // years ascend
      }
      const p = positions[j]
      if (template && (template[p] < 0 || !allowed![template[p]])) continue
      if (search === null && !searchHay(records[p]).includes(needle)) continue
      if (!t.uniform && !matchesRegion(records[p], f, regionUpTo)) continue
      visit(t, p)
    }
  }
}

function searchHay(r: ReportRecord): string {
  return `${r.township ?? ''} ${r.county ?? ''}`.toLowerCase()
}

/**
 * Per township (by rank), the lower-cased text the search matches, shared by all its reports,
 * made on the first search and kept on the dataset: a national search built and lower-cased
 * 380,000 names one report at a time (~0.6 s), then 38,000 a search. Null when the reports may
 * differ: an entry's reports share its county and township names (its key,
 * `county/township`), unless one has no township name and its report id happens to read as
 * another's township name; such reports are searched one by one.
 */
function searchHays(dataset: Dataset): (string | null)[] {
  let hays = dataset.derived.searchHays
  if (!hays) {
    const { records, index } = dataset
    hays = index.townships.map(({ positions }) => {
      const first = records[positions[0]]
      if (positions.length > 1) for (let j = 0; j < positions.length; j++) if (records[positions[j]].township === null) return null
      return searchHay(first)
    })
    dataset.derived.searchHays = hays
  }
  return hays
}

export function select(dataset: Dataset, f: Filters): Selection {
  return { dataset, index: dataset.index, columns: dataset.columns, positions: matching(dataset, f), filters: f }
}

/** Every report of the dataset. */
export function selectAll(dataset: Dataset): Selection {
  return select(dataset, DEFAULT_STATE)
}

/** The positions passing `f`, ascending: everything, a year range's positions, or the index walked. */
function matching(dataset: Dataset, f: Filters): Int32Array {
  const { index } = dataset
  const total = dataset.records.length
  if (!filtersAnything(f)) {
    const all = new Int32Array(total)
    for (let i = 0; i < total; i++) all[i] = i
    return all
  }
  if (onlyYears(f)) return positionsInYears(dataset, f.yearFrom, f.yearTo)
  let hits = new Int32Array(1024)
  let n = 0
  eachMatch(dataset, f, 4, candidateTownships(index, f), (_, p) => {
    if (n === hits.length) {
      const grown = new Int32Array(hits.length * 2)
      grown.set(hits)
      hits = grown
    }
    hits[n++] = p
  })
  return datasetOrder(hits, n, total)
}

/**
 * The selection's records, in its order (the table, the evidence and the per-report panels read
 * these). The dataset's own array when nothing is filtered out: never sort it in place.
 */
export function recordsOf(sel: Selection): ReportRecord[] {
  const { records } = sel.dataset
  if (sel.positions.length === records.length) return records as ReportRecord[]
  const out = new Array<ReportRecord>(sel.positions.length)
  for (let i = 0; i < out.length; i++) out[i] = records[sel.positions[i]]
  return out
}

function onlyYears(f: Filters): boolean {
  return (
    !f.townships.length &&
    !f.province &&
    !f.prefecture &&
    !f.county &&
    !f.templates.length &&
    !searchNeedle(f) &&
    (f.yearFrom !== null || f.yearTo !== null)
  )
}

/**
 * Each year's report positions, ascending (one scan of the year column, made on the first
 * year-only filter and kept on the dataset: 1.5 MB at 380,000 reports). Visiting 38,000
 * townships to pick one year's report from each took ~9 ms a change.
 */
function yearPositions(dataset: Dataset): Map<number, Int32Array> {
  let byYear = dataset.derived.yearPositions
  if (!byYear) {
    const year = dataset.columns.year
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
    dataset.derived.yearPositions = byYear
  }
  return byYear
}

function positionsInYears(dataset: Dataset, from: number | null, to: number | null): Int32Array {
  const lists = [...yearPositions(dataset)].filter(([y]) => (from === null || y >= from) && (to === null || y <= to)).map(([, ps]) => ps)
  if (lists.length === 1) return lists[0].slice()
  const all = new Int32Array(lists.reduce((n, ps) => n + ps.length, 0))
  let n = 0
  for (const ps of lists) {
    all.set(ps, n)
    n += ps.length
  }
  return datasetOrder(all, n, dataset.records.length)
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
 * many reports its siblings have. Reports are counted per township (`perTownship`, from
 * townshipCounts: a change of region, most changes, keeps it), then summed per region id;
 * names come out in the pinyin order the index computed once. No string-keyed maps and no
 * collator on a filter change: at 38,000 townships those cost ~0.1 s.
 */
export function regionOptions(dataset: Dataset, f: Filters, perTownship: Int32Array = townshipCounts(dataset, f)): RegionOptions {
  return regionOptionsIndexed(dataset, f, perTownship)
}

/**
 * Reports per township (by rank) under the non-region filters: the years, templates and
 * search. It depends on nothing else, so the store keeps it across region changes.
 */
export function townshipCounts(dataset: Dataset, f: Pick<Filters, 'yearFrom' | 'yearTo' | 'templates' | 'search'>): Int32Array {
  const { index } = dataset
  const uniform = uniformTownships(dataset)
  const perTownship = new Int32Array(index.townships.length)
  const cumulative = f.yearFrom === null && f.yearTo === null ? null : yearCountsOf(dataset)
  const needle = f.search ? f.search.trim().toLowerCase() : ''
  if (!f.templates.length && !needle && cumulative) {
    // only years narrow the count: one subtraction per township from the running counts
    const { years, upTo } = cumulative
    const lo = f.yearFrom === null ? 0 : firstAtLeast(years, f.yearFrom)
    const hi = (f.yearTo === null ? years.length : firstAtLeast(years, f.yearTo + 1)) - 1
    if (hi >= lo) {
      const top = upTo[hi],
        below = lo > 0 ? upTo[lo - 1] : null
      for (const t of uniform) perTownship[t.rank] = below ? top[t.rank] - below[t.rank] : top[t.rank]
    }
  } else if (!f.templates.length && !needle) {
    // no year range, or too many distinct years to keep running counts: two binary searches each
    for (const t of uniform) perTownship[t.rank] = countInYears(t.years, f.yearFrom, f.yearTo)
  } else
    eachMatch(dataset, { ...f, province: null, prefecture: null, county: null, townships: [] }, 0, uniform, (t) => perTownship[t.rank]++)
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

function yearCountsOf(dataset: Dataset): { years: readonly number[]; upTo: Int32Array[] } | null {
  if (dataset.derived.yearCounts !== undefined) return dataset.derived.yearCounts
  const { index } = dataset
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
  return (dataset.derived.yearCounts = made)
}

/** The first place in ascending `years` holding a year ≥ `bound` (years.length if none). */
function firstAtLeast(years: readonly number[], bound: number): number {
  let lo = 0,
    hi = years.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (years[mid] < bound) lo = mid + 1
    else hi = mid
  }
  return lo
}

function uniformTownships(dataset: Dataset): TownshipEntry[] {
  return (dataset.derived.uniform ??= dataset.index.townships.filter((t) => t.uniform))
}

/**
 * The structures filter changes build on first need (year positions, running year counts, the
 * uniform townships, the search texts), one step each, for the page to run in idle time after a load: built on
 * the spot they made the first changes slower than the rest (prepare.ts).
 */
export function filterPreparation(dataset: Dataset): Array<() => void> {
  return [() => yearPositions(dataset), () => yearCountsOf(dataset), () => uniformTownships(dataset), () => searchHays(dataset)]
}

function regionOptionsIndexed(dataset: Dataset, f: Filters, perTownship: Int32Array): RegionOptions {
  const { index } = dataset
  const { regionNames, regionIds } = index
  const ids = (name: string | null, level: 'province' | 'prefecture' | 'county') => (name === null ? -2 : regionNames[level].indexOf(name))
  const chosen = { province: ids(f.province, 'province'), prefecture: ids(f.prefecture, 'prefecture'), county: ids(f.county, 'county') }
  const counts = {
    province: new Int32Array(regionNames.province.length),
    prefecture: new Int32Array(regionNames.prefecture.length),
    county: new Int32Array(regionNames.county.length),
  }
  const townshipCounts = new Int32Array(index.townships.length)
  for (let k = 0; k < perTownship.length; k++) {
    const n = perTownship[k]
    if (!n) continue
    const p = regionIds.province[k],
      pf = regionIds.prefecture[k],
      c = regionIds.county[k]
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
      for (let i = 0; i < 3; i++)
        if (values[i] !== null && matchesRegion(r, f, i)) extra[i].set(values[i]!, (extra[i].get(values[i]!) ?? 0) + 1)
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
  const options = {
    province: list('province', 0),
    prefecture: list('prefecture', 1),
    county: list('county', 2),
    townshipCount,
  } as RegionOptions
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
    let lo = first,
      hi = years.length
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
