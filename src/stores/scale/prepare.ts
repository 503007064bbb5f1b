/**
 * After a large load, the index structures the first filter changes would build on the spot,
 * built in idle time instead: region ids per report for each level, the year positions and
 * running counts filterRecords uses, the procurement amounts in 万元. At 380,000 reports the
 * first change after a load took 2-3× as long as later ones of the same kind (~0.3 s against
 * ~0.11 s), ~80 ms of it building these. Each step is one idle callback (5-30 ms), so none of
 * them holds the page when someone clicks.
 */
import type { RegionIndex } from '../regionIndex.ts'
import { filterPreparation } from '../filterRecords.ts'
import { columnsOf } from './columns.ts'

export function preparationSteps(index: RegionIndex): Array<() => void> {
  const columns = () => columnsOf(index)
  return [
    columns,
    ...filterPreparation(index),
    () => columns().region('province'),
    () => columns().region('prefecture'),
    () => columns().region('county'),
    () => columns().number('procurement_amount_wan'),
  ]
}

/** Runs the steps one per idle period; `stillWanted` false (another load began) stops them. */
export function runWhenIdle(steps: Array<() => void>, stillWanted: () => boolean): void {
  const later: (run: () => void) => void =
    typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 2000 }) : (run) => setTimeout(run, 50)
  const next = (at: number) => {
    if (at >= steps.length || !stillWanted()) return
    later(() => {
      if (!stillWanted()) return
      steps[at]()
      next(at + 1)
    })
  }
  next(0)
}
