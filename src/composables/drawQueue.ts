/**
 * Chart redraws spread over short tasks. A filter change or an import used to redraw every
 * chart panel inside one task (each setOption paints its canvas: 20–50 ms per chart on a
 * 2-core machine with no GPU), so the page could not answer a click for a third of a second
 * or more. Queued here, charts draw in tasks that take no new job after ~50 ms (a
 * MessageChannel message, which runs before timers and is not throttled like setTimeout), in
 * the order the panels asked, the newest option each time. `drawsSettled` resolves once the
 * queue is empty: the bench's redraw timing and the tests wait on it, so "every panel
 * redrawn" still means every panel.
 */
/** A draw; returning true ends the task's slice (its work happens in the Vue flush after it). */
type DrawJob = () => boolean | void
const queue: DrawJob[] = []
const waiting: Array<() => void> = []
let scheduled = false
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel()

function schedule(): void {
  if (scheduled) return
  scheduled = true
  if (channel) channel.port2.postMessage(null)
  else setTimeout(pump, 0)
}

/**
 * Jobs run until a task has used this long, then the rest wait for the next task: one chart
 * per task cost a frame's style, layout and paint between every two charts, so a redraw took
 * longer than it needed to; a 50 ms slice still leaves the page free to answer a click.
 */
const SLICE_MS = 50

function pump(): void {
  scheduled = false
  const started = performance.now()
  try {
    let last = 0
    // another job only if one as long as the last still fits in the slice
    while (queue.length && performance.now() - started + last < SLICE_MS) {
      const before = performance.now()
      if (queue.shift()!()) break
      last = performance.now() - before
    }
  } finally {
    if (queue.length) schedule()
    else for (const resolve of waiting.splice(0)) resolve()
  }
}

if (channel) channel.port1.onmessage = pump

/** Runs `job` in a task of its own, after the jobs queued before it. */
export function enqueueDraw(job: DrawJob): void {
  queue.push(job)
  schedule()
}

/** Resolves when every queued draw has run. */
export function drawsSettled(): Promise<void> {
  if (!queue.length && !scheduled) return Promise.resolve()
  return new Promise((resolve) => waiting.push(resolve))
}
