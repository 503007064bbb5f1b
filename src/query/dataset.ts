/**
 * The dataset every query runs on: its records (in file order), the region/year index and the
 * columns of its numbers and region ids. Built the same way for the embedded set, an imported
 * one and a national one; a large file's load hands over what its worker already made (the
 * number columns and the index core), so nothing is read twice.
 *
 * The structures a filter change needs on first use (year positions, running year counts, the
 * consistency checks) are kept on the dataset itself (`derived`), made by the function that
 * needs them: a reader sees where they live, and they go when the dataset goes.
 *
 * Pure: no Vue, no DOM.
 */
import type { ReportRecord } from '../data/schema.ts'
import { buildIndexColumns, type IndexColumns } from './indexColumns.ts'
import { buildRegionIndex, type RegionIndex } from './regionIndex.ts'
import type { RegionIndexCore } from './regionIndexCore.ts'

/** What a load made besides the records: the worker's number columns and region index core. */
export interface LoadedParts {
  /** one per NUMBER_COLUMNS entry, NaN = not stated, row for row with the records */
  numbers?: Float64Array[]
  /** the region index core built from the same rows (regionIndexCore.ts) */
  core?: RegionIndexCore
}

export interface Dataset {
  /** every report, in the file's order; a position is an index into this array */
  records: readonly ReportRecord[]
  index: RegionIndex
  columns: IndexColumns
  /** built on first need by select.ts and consistency.ts, kept for the dataset's lifetime */
  derived: Derived
}

export interface Derived {
  /** each year's positions, ascending (select.ts) */
  yearPositions?: Map<number, Int32Array>
  /** per township, its reports up to each year (select.ts); null: too many distinct years */
  yearCounts?: { years: readonly number[]; upTo: Int32Array[] } | null
  /** per township, the text the search matches, null when its reports may differ (select.ts) */
  searchHays?: (string | null)[]
  /** the township entries whose reports share one region (select.ts) */
  uniform?: import('./regionIndex.ts').TownshipEntry[]
  /** each report's consistency check counts, packed (consistency.ts) */
  checks?: { packed: Uint16Array; codes: Map<number, readonly string[]> }
  /** whether each report has warnings, and those it has (warnings.ts) */
  warnings?: { state: Uint8Array; some: Map<number, readonly import('../quality/completeness.ts').FieldWarning[]> }
}

export function buildDataset(records: readonly ReportRecord[], parts: LoadedParts = {}): Dataset {
  const index = buildRegionIndex(records, parts.core)
  return { records, index, columns: buildIndexColumns(index, parts.numbers), derived: {} }
}
