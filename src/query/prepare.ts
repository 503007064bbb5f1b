/**
 * After a large load, the index structures the first filter changes would build on the spot,
 * built in idle time instead: region ids per report for each level, the year positions and
 * running counts select.ts uses, the procurement amounts in 万元; then every report's
 * consistency checks and warnings, which the quality panel's first mount needs. At 380,000 reports the
 * first change after a load took 2-3× as long as later ones of the same kind (~0.3 s against
 * ~0.11 s), ~80 ms of it building these. The steps are small (5-30 ms) and run only while the
 * page is idle, as many as an idle period has room for, so none of them holds a click up long.
 */
import type { Dataset } from './dataset.ts'
import { filterPreparation } from './select.ts'
import { checkPreparation } from './consistency.ts'

export function preparationSteps(dataset: Dataset): Array<() => void> {
  const { columns } = dataset
  return [
    ...filterPreparation(dataset),
    () => columns.region('province'),
    () => columns.region('prefecture'),
    () => columns.region('county'),
    () => columns.number('procurement_amount_wan'),
    () => columns.template(),
    // last, and 5,000 reports a step: the quality panel's checks and warnings (consistency.ts)
    ...checkPreparation(dataset),
  ]
}

/**
 * Runs the steps in idle time, as many per idle period as it has room for (one at least);
 * `stillWanted` false (another load began) stops them.
 */
export function runWhenIdle(steps: Array<() => void>, stillWanted: () => boolean): void {
  type Deadline = { timeRemaining: () => number }
  const later: (run: (deadline: Deadline) => void) => void =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 2000 })
      : (run) => setTimeout(() => run({ timeRemaining: () => 0 }), 50)
  let at = 0
  const next = () => {
    if (at >= steps.length || !stillWanted()) return
    later((deadline) => {
      do {
        if (!stillWanted()) return
        steps[at++]()
      } while (at < steps.length && deadline.timeRemaining() > 8)
      next()
    })
  }
  next()
}
