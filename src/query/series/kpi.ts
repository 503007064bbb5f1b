/** The overview figures. Counts are sums of what reports state; `stated` says how many did. */
import type { Selection } from '../select.ts'

export interface StatedSum {
  sum: number | null
  stated: number
}

export interface Kpis {
  reports: number
  townships: number
  yearMin: number | null
  yearMax: number | null
  /** distinct years present */
  yearCount: number
  proactive: StatedSum
  applications: StatedSum
  /** reconsiderations plus lawsuits about disclosure */
  appeals: StatedSum
}

/** The overview figures of a selection, from its columns. */
export function computeKpis(sel: Selection): Kpis {
  const { positions, columns } = sel
  const year = columns.year
  const township = columns.township
  const proactive = columns.number('proactive_total')
  const apps = columns.number('apps_new')
  const reconsideration = columns.number('reconsideration_total')
  const litigation = columns.number('litigation_total')
  const seen = new Uint8Array(sel.index.townships.length)
  const years = new Set<number>()
  let townships = 0
  const sums = { proactive: [0, 0], applications: [0, 0], appeals: [0, 0] }
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]
    if (!seen[township[p]]) {
      seen[township[p]] = 1
      townships++
    }
    if (year[p] === year[p]) years.add(year[p])
    if (proactive[p] === proactive[p]) {
      sums.proactive[0] += proactive[p]
      sums.proactive[1]++
    }
    if (apps[p] === apps[p]) {
      sums.applications[0] += apps[p]
      sums.applications[1]++
    }
    const rc = reconsideration[p],
      lt = litigation[p]
    if (rc === rc || lt === lt) {
      sums.appeals[0] += (rc === rc ? rc : 0) + (lt === lt ? lt : 0)
      sums.appeals[1]++
    }
  }
  const sorted = [...years].sort((a, b) => a - b)
  const stated = ([sum, n]: number[]) => ({ sum: n ? sum : null, stated: n })
  return {
    reports: positions.length,
    townships,
    yearMin: sorted[0] ?? null,
    yearMax: sorted.at(-1) ?? null,
    yearCount: sorted.length,
    proactive: stated(sums.proactive),
    applications: stated(sums.applications),
    appeals: stated(sums.appeals),
  }
}
