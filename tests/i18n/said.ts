/**
 * Tests read a problem (a code and its parameters) as the commands print it: the English
 * wording built from the catalogue (src/i18n/problems.ts), so an assertion names what a person
 * reads and still fails when the code, a parameter or the wording changes.
 */
import type { Problem } from '../../src/data/problem.ts'
import { englishProblem } from '../../src/i18n/problems.ts'

/** A result with its `reason` (a Problem) replaced by the English line. */
export function said<T>(result: T): T {
  if (typeof result !== 'object' || result === null || !('reason' in result)) return result
  const reason = (result as { reason: unknown }).reason
  return typeof reason === 'object' && reason !== null ? { ...result, reason: englishProblem(reason as Problem) } : result
}

/** The English line of a problem, or '' for none. */
export function english(p: Problem | null | undefined): string {
  return p ? englishProblem(p) : ''
}
