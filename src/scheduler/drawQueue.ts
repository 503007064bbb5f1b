/**
 * Chart redraws spread over short tasks. A filter change or an import used to redraw every
 * chart panel inside one task (each setOption paints its canvas: 20–50 ms per chart on a
 * 2-core machine with no GPU), so the page could not answer a click for a third of a second
 * or more. Queued here, charts draw in slices that take no new job after ~50 ms: the first
 * right after the code that queued them, the rest in tasks of their own (a MessageChannel
 * message, which runs before timers and is not throttled like setTimeout), in
 * the order the panels asked, the newest option each time. `drawsSettled` resolves once the
 * queue is empty: the bench's redraw timing and the tests wait on it, so "every panel
 * redrawn" still means every panel.
 */
/** A draw; returning true ends the task's slice (its work happens in the Vue flush after it). */
type DrawJob = () => boolean | void
const queue: DrawJob[] = []
const waiting: Array<() => void> = []
let scheduled = false
/** whether the next slice is the first since the queue was last empty (see schedule) */
let idle = true
const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel()

/**
 * The first slice after the queue was empty runs in the task that queued it, once the caller's
 * code (a Vue update) is done: the browser cannot paint between the update and the charts, so
 * the new figures and the new charts appear in the same frame. Drawing them a task later cost a
 * frame of its own (style, layout, paint and a ~10 ms commit on a 2-core machine with no GPU)
 * and showed the new figures beside the old charts for that frame. Later slices take a task each.
 */
function schedule(): void {
  if (scheduled) return
  scheduled = true
  if (idle) {
    idle = false
    queueMicrotask(pump)
  } else if (channel) channel.port2.postMessage(null)
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
    else {
      idle = true
      for (const resolve of waiting.splice(0)) resolve()
    }
  }
}

if (channel) channel.port1.onmessage = pump

/** Runs `job` after the caller's code and the jobs queued before it (see schedule for which task). */
export function enqueueDraw(job: DrawJob): void {
  queue.push(job)
  schedule()
}

/** Resolves when every queued draw has run. */
export function drawsSettled(): Promise<void> {
  if (!queue.length && !scheduled) return Promise.resolve()
  return new Promise((resolve) => waiting.push(resolve))
}
