/**
 * A report's warnings (quality/completeness.ts warningsOf), kept per position of its dataset
 * (dataset.derived): the quality view and the consistency summary ask for every report's on
 * each change, and at 380,000 reports checking them all again took most of a second. Most
 * reports have none, one byte each says so.
 */
import { warningsOf, type FieldWarning } from '../quality/completeness.ts'
import type { Dataset } from './dataset.ts'

const NOT_CHECKED = 0
const NO_WARNINGS = 1
const SOME_WARNINGS = 2
const NONE: readonly FieldWarning[] = Object.freeze([])

export function warningsAt(dataset: Dataset, p: number): readonly FieldWarning[] {
  const kept = (dataset.derived.warnings ??= { state: new Uint8Array(dataset.records.length), some: new Map() })
  const state = kept.state[p]
  if (state === NO_WARNINGS) return NONE
  if (state === SOME_WARNINGS) return kept.some.get(p)!
  if (state !== NOT_CHECKED) throw new Error(`unknown warning state ${state}`)
  const ws = warningsOf(dataset.records[p])
  kept.state[p] = ws.length ? SOME_WARNINGS : NO_WARNINGS
  if (ws.length) kept.some.set(p, ws)
  return ws.length ? ws : NONE
}
