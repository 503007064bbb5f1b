import type { CsvError } from '../data/csv.ts'
import type { ImportFailure } from './types.ts'

/**
 * CSV row problems as failures a person can find: `reports.csv:4` (editor line numbers).
 * Its own module so the store does not pull the parser into the start-up bundle.
 */
export function csvFailures(name: string, errors: readonly CsvError[]): ImportFailure[] {
  return errors.map(({ row, column, ...reason }) => ({ name: `${name}:${row + 1}`, column, reason }))
}
