/**
 * The quality panel's consistency summary per township (as quality/completeness.ts
 * consistencyByTownship words it) from a selection's columns: townships grouped by their
 * integer id, and each report's check counts packed per dataset position into one typed array
 * kept on the dataset, so a second selection reuses what the first counted.
 */
import { addReport, CONSISTENCY_RULES, reportChecks, type ConsistencySummary } from '../quality/completeness.ts'
import type { Dataset } from './dataset.ts'
import type { Selection } from './select.ts'
import { warningsAt } from './warnings.ts'

/** unchecked, broken and held counts, 5 bits each; all ones = not counted yet */
const BITS = 5
const MASK = (1 << BITS) - 1
const NOT_COUNTED = 0xffff
const NO_CODES: readonly string[] = []
if (CONSISTENCY_RULES > MASK) throw new Error('more consistency rules than a packed count holds')

interface Counted {
  packed: Uint16Array
  /** warning codes of the positions that have any */
  codes: Map<number, readonly string[]>
}

function countedFor(dataset: Dataset): Counted {
  return (dataset.derived.checks ??= { packed: new Uint16Array(dataset.records.length).fill(NOT_COUNTED), codes: new Map() })
}

/** Counts a report's checks into its position's slot (its warnings are kept on the way, warnings.ts). */
function count(dataset: Dataset, counted: Counted, p: number): number {
  const c = reportChecks(dataset.records[p], warningsAt(dataset, p))
  if (c.codes.length) counted.codes.set(p, c.codes)
  return (counted.packed[p] = c.unchecked | (c.broken << BITS) | (c.held << (2 * BITS)))
}

/**
 * Steps that count every report's checks ahead of time, CHUNK reports each (~5 ms), for the idle time
 * after a large load (prepare.ts): the first scroll to the quality panel at the national
 * view then finds them counted instead of running checkRecord over 380,000 reports.
 */
const CHUNK = 5_000
export function checkPreparation(dataset: Dataset): Array<() => void> {
  const { records } = dataset
  const steps: Array<() => void> = []
  for (let from = 0; from < records.length; from += CHUNK) {
    const to = Math.min(records.length, from + CHUNK)
    steps.push(() => {
      const counted = countedFor(dataset)
      for (let p = from; p < to; p++) if (counted.packed[p] === NOT_COUNTED) count(dataset, counted, p)
    })
  }
  return steps
}

/** Per township of the selection: its reports' checks summed; most broken first, else in the selection's order. */
export function consistencyFor(sel: Selection): ConsistencySummary[] {
  const { index, columns, positions, dataset } = sel
  const { records } = dataset
  const counted = countedFor(dataset)
  const slotOf = new Int32Array(index.townships.length).fill(-1)
  const summaries: ConsistencySummary[] = []
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]
    let packed = counted.packed[p]
    if (packed === NOT_COUNTED) packed = count(dataset, counted, p)
    const id = columns.township[p]
    let s: ConsistencySummary
    if (slotOf[id] < 0) {
      slotOf[id] = summaries.length
      const r = records[p]
      summaries.push(
        (s = { key: index.townships[id].key, name: r.township ?? r.report_id, reports: 0, held: 0, broken: 0, unchecked: 0, codes: [] }),
      )
    } else s = summaries[slotOf[id]]
    addReport(s, {
      unchecked: packed & MASK,
      broken: (packed >> BITS) & MASK,
      held: (packed >> (2 * BITS)) & MASK,
      codes: counted.codes.get(p) ?? NO_CODES,
    })
  }
  // as consistencyByTownship: most broken first, the rest in the order they came (stable sort)
  return summaries.sort((a, b) => b.broken - a.broken)
}
