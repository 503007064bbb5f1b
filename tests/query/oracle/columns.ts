/** The oracle's stand-in for the old column view: no array is a selection, so every series takes its record path. */
export type Selection = never
export type ColumnField = import('../../../src/query/indexColumns.ts').ColumnField
export function selectionOf(_records: readonly unknown[]): null {
  return null
}
export function readingOrder(_sel: unknown): null {
  return null
}
export function readingRanks(_sel: unknown): null {
  return null
}
