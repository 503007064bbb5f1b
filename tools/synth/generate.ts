import { composeReport, type Rendered } from './compose.ts'
import { expectedRecord, type Expected } from './expected.ts'
import { mulberry32, reportSeed } from './prng.ts'
import { pickTownships, type Township } from './townships.ts'
import { makeTruth, type Truth } from './values.ts'

/**
 * The corpus as a lazy sequence: N townships drawn from the seed, Y consecutive years each.
 * One report at a time, so memory stays flat however large N × Y is.
 */
export interface SynthOptions {
  townships: number
  years: number
  /** last year covered (default 2024) */
  endYear: number
  seed: number
  /**
   * Left out on purpose, to test what notices a missing report (the coverage panel): 9-digit
   * township codes (every year of that township) or `code@year` (that one year).
   */
  drop?: readonly string[]
}

export interface SynthReport {
  /** `synthetic_<adcode>_<year>.txt` (or .html) */
  file: string
  truth: Truth
  expected: Expected
}

/** Streams 0 and 1 of a report's seed: values, then wording and layout. */
const VALUES = 0
const WORDING = 1

export function* synthReports(options: SynthOptions): Generator<SynthReport> {
  const townships: Township[] = pickTownships(options.townships, mulberry32(options.seed))
  const first = options.endYear - options.years + 1
  const drop = new Set(options.drop ?? [])
  for (const township of townships) {
    if (drop.has(township.code)) continue
    for (let year = first; year <= options.endYear; year++) {
      if (drop.has(`${township.code}@${year}`)) continue
      const truth = makeTruth(mulberry32(reportSeed(options.seed, township.code, year, VALUES)), township, year)
      const ext = truth.tableStyle === 'html' ? 'html' : 'txt'
      yield { file: `synthetic_${township.adcode}_${year}.${ext}`, truth, expected: expectedRecord(truth) }
    }
  }
}

/** The report's text, from its own wording stream (independent of the values stream). */
export function renderReport(report: SynthReport, seed: number): Rendered {
  const t = report.truth
  return composeReport(mulberry32(reportSeed(seed, t.township.code, t.year, WORDING)), t)
}
