/**
 * The last chart click that filtered the page, so the click-through bar can say what it
 * filtered to and take the reader to the table's rows (and from there to the evidence).
 * One module-level ref: any chart panel reports into it, one bar reads it.
 */
import { shallowRef } from 'vue'
import type { CrossFilterTarget } from '../stores/filters.ts'
import { keyLabel } from '../query/records.ts'

export interface ChartClick {
  target: CrossFilterTarget
  /** what was clicked, in words (a township's name, a region, a year) */
  label: string
  /** distinguishes two clicks on the same thing */
  seq: number
}

export const lastChartClick = shallowRef<ChartClick | null>(null)
let seq = 0

export function noteChartClick(target: CrossFilterTarget): void {
  const label = target.level === 'township' ? keyLabel(target.value) : target.value
  lastChartClick.value = { target, label, seq: ++seq }
}

export function clearChartClick(): void {
  lastChartClick.value = null
}
