/**
 * A dataset's reports seen as columns, for the panels: each position has integer ids (its
 * township's rank in the region index, its province, prefecture and county as ids into the
 * index's sorted names) and each number field is a Float64Array (NaN = not stated). Summing a
 * selection over these instead of walking record objects through string-keyed maps is what
 * keeps a filter change at 380,000 reports short. Built once per dataset (dataset.ts); a
 * region level or number field on its first use.
 *
 * Pure: no Vue. Records are never changed after loading, so columns built once stay true.
 */
import { NUMBER_COLUMNS, TEMPLATES, type NumberColumn, type ReportRecord } from '../data/schema.ts'
import type { RegionIndex, RegionLevelName } from './regionIndex.ts'
import { amountWan } from './records.ts'
import type { Selection } from './select.ts'

/** A number field, or the procurement amount in 万元 (records.ts amountWan). */
export type ColumnField = NumberColumn | 'procurement_amount_wan'

export interface IndexColumns {
  /** position → rank of its township entry in index.townships */
  township: Int32Array
  /** position → year, NaN when not stated */
  year: Float64Array
  /** position → id of the record's own region name in index.regionNames[level], -1 = none */
  region(level: RegionLevelName): Int32Array
  /** position → value, NaN when not stated */
  number(field: ColumnField): Float64Array
  /** position → index of its template in TEMPLATES, -1 = none */
  template(): Int8Array
}

/**
 * The columns of an index's records; `loaded` (one per NUMBER_COLUMNS entry, row for row)
 * when the load already has them, else read from the records on first use.
 */
export function buildIndexColumns(index: RegionIndex, loaded?: Float64Array[]): IndexColumns {
  const { records } = index
  const n = records.length
  const township = new Int32Array(n)
  for (const t of index.townships) for (const p of t.positions) township[p] = t.rank
  const fromLoad = (field: NumberColumn) => (loaded ? loaded[NUMBER_COLUMNS.indexOf(field)] : null)
  const year = fromLoad('year') ?? numbers(records, (r) => r.year)
  const regions = new Map<RegionLevelName, Int32Array>()
  const fields = new Map<ColumnField, Float64Array>()
  let templates: Int8Array | null = null
  return {
    township,
    year,
    region(level) {
      let ids = regions.get(level)
      if (!ids) {
        // a uniform township's reports all carry its region id (the index has it per
        // township); only the rare mixed one is read report by report, by name
        const perTownship = index.regionIds[level]
        let id: Map<string, number> | null = null
        ids = new Int32Array(n)
        for (const t of index.townships) {
          if (t.uniform) {
            const v = perTownship[t.rank]
            for (const p of t.positions) ids[p] = v
            continue
          }
          id ??= new Map(index.regionNames[level].map((name, i) => [name, i]))
          for (const p of t.positions) {
            const name = records[p][level]
            ids[p] = name === null ? -1 : (id.get(name) ?? -1)
          }
        }
        regions.set(level, ids)
      }
      return ids
    },
    number(field) {
      let values = fields.get(field)
      if (!values)
        fields.set(
          field,
          (values =
            field === 'procurement_amount_wan' ? numbers(records, amountWan) : (fromLoad(field) ?? numbers(records, (r) => r[field]))),
        )
      return values
    },
    template() {
      if (!templates) {
        templates = new Int8Array(n)
        const at = new Map<string | null, number>(TEMPLATES.map((t, i) => [t, i]))
        for (let p = 0; p < n; p++) templates[p] = at.get(records[p].template) ?? -1
      }
      return templates
    },
  }
}

function numbers(records: readonly ReportRecord[], get: (r: ReportRecord) => number | null): Float64Array {
  const out = new Float64Array(records.length)
  for (let p = 0; p < records.length; p++) {
    const v = get(records[p])
    out[p] = v === null ? Number.NaN : v
  }
  return out
}

/**
 * The selection's places (indexes into its positions) in reading order (township pinyin rank,
 * then year, then position), as byTownshipThenYear orders records, from the integer
 * columns: one packed float per record, sorted natively. Null past 2^20 reports or townships,
 * or for a year the packing cannot hold.
 */
function readingPlaces(sel: Selection): Int32Array | null {
  const { positions, columns, index } = sel
  const n = positions.length
  if (n >= 2 ** 20 || index.townships.length >= 2 ** 20) return null
  const packed = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const p = positions[i]
    const y = columns.year[p]
    const year = y === y ? y : 0
    if (year < 0 || year >= 2 ** 12 || !Number.isInteger(year)) return null
    packed[i] = (columns.township[p] * 2 ** 12 + year) * 2 ** 20 + i
  }
  packed.sort()
  const places = new Int32Array(n)
  for (let k = 0; k < n; k++) places[k] = packed[k] % 2 ** 20
  return places
}

/** The selection's positions in reading order (readingPlaces). */
export function readingPositions(sel: Selection): Int32Array | null {
  const places = readingPlaces(sel)
  if (!places) return null
  const out = new Int32Array(places.length)
  for (let k = 0; k < places.length; k++) out[k] = sel.positions[places[k]]
  return out
}

/** The selection's records in reading order (readingPlaces). */
export function readingOrder(sel: Selection): ReportRecord[] | null {
  const positions = readingPositions(sel)
  if (!positions) return null
  const out = new Array<ReportRecord>(positions.length)
  for (let k = 0; k < positions.length; k++) out[k] = sel.dataset.records[positions[k]]
  return out
}

/** Each selected record's rank in reading order (readingPlaces), by its place in the selection. */
export function readingRanks(sel: Selection): Int32Array | null {
  const places = readingPlaces(sel)
  if (!places) return null
  const ranks = new Int32Array(places.length)
  for (let k = 0; k < places.length; k++) ranks[places[k]] = k
  return ranks
}
