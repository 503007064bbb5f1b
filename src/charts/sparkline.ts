/**
 * A sparkline as SVG geometry: one polyline per run of stated years (an unstated year breaks
 * the line rather than dropping it to 0), dots for lone points, and x positions of the template
 * years, so the change table can mark where figures stop being comparable. Pure.
 */
export interface Sparkline {
  /** `points` attribute values, one per unbroken run of two or more years */
  lines: string[]
  /** lone stated years between unstated ones */
  dots: Array<{ x: number; y: number }>
  /** x of each marker year that falls inside the years */
  markers: Array<{ year: number; x: number }>
}

export function sparkline(
  years: readonly number[],
  values: readonly (number | null)[],
  markerYears: readonly number[],
  width = 96,
  height = 24,
  pad = 2,
): Sparkline {
  const stated = values.filter((v): v is number => v !== null)
  const min = stated.length ? Math.min(...stated) : 0
  const max = stated.length ? Math.max(...stated) : 0
  const span = max - min || 1
  const step = years.length > 1 ? (width - 2 * pad) / (years.length - 1) : 0
  const x = (i: number) => Math.round((pad + i * step) * 10) / 10
  const y = (v: number) => Math.round((height - pad - ((v - min) / span) * (height - 2 * pad)) * 10) / 10
  const lines: string[] = []
  const dots: Array<{ x: number; y: number }> = []
  let run: string[] = []
  let runStart = 0
  const close = (end: number) => {
    if (run.length > 1) lines.push(run.join(' '))
    else if (run.length === 1) dots.push({ x: x(runStart), y: y(values[runStart]!) })
    run = []
    void end
  }
  values.forEach((v, i) => {
    if (v === null) return close(i)
    if (!run.length) runStart = i
    run.push(`${x(i)},${y(v)}`)
  })
  close(values.length)
  // a marker sits halfway between the year before the switch and the switch year
  const markers = markerYears.flatMap((year) => {
    const i = years.indexOf(year)
    return i > 0 ? [{ year, x: Math.round(((x(i - 1) + x(i)) / 2) * 10) / 10 }] : []
  })
  return { lines, dots, markers }
}
