/**
 * A year's place among the dataset's years (ascending, whole numbers) by offset from the first:
 * one array read instead of a Map lookup per report. Null when a year is fractional or the span
 * is absurd (a malformed file), where callers fall back to searching.
 */
export function yearSlots(years: readonly number[]): { first: number; slots: Int32Array } | null {
  if (!years.length || !years.every(Number.isInteger) || years[years.length - 1] - years[0] > 10_000) return null
  const first = years[0]
  const slots = new Int32Array(years[years.length - 1] - first + 1).fill(-1)
  years.forEach((y, i) => (slots[y - first] = i))
  return { first, slots }
}
