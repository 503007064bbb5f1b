/** The draw queue: order, slices of ~50 ms per task, a job ending its slice, and settling. */
import { describe, expect, it } from 'vitest'
import { drawsSettled, enqueueDraw } from '../../src/scheduler/drawQueue.ts'

function busy(ms: number): void {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('drawQueue', () => {
  it('runs jobs in order and settles once all have run', async () => {
    const ran: number[] = []
    for (let i = 0; i < 5; i++) enqueueDraw(() => void ran.push(i))
    expect(ran).toEqual([]) // never inside the caller's own code
    await drawsSettled()
    expect(ran).toEqual([0, 1, 2, 3, 4])
    await expect(drawsSettled()).resolves.toBeUndefined() // nothing queued: at once
  })

  // The first slice is a microtask of the queuing task: done once the caller's own microtasks
  // have run, so no frame is painted between an update and its charts. Later slices take tasks.
  it('runs the first slice in the task that queued it, and later slices in tasks of their own', async () => {
    const order: string[] = []
    enqueueDraw(() => {
      order.push('first')
      return true // ends the slice
    })
    enqueueDraw(() => void order.push('second'))
    await Promise.resolve()
    expect(order).toEqual(['first'])
    await drawsSettled()
    expect(order).toEqual(['first', 'second'])
  })

  // A microtask queued by one job has run before the next job only if that job is in a later task.
  it('gives long jobs a task each, so the page can answer in between', async () => {
    let flushed = false
    let seen: boolean | null = null
    enqueueDraw(() => {
      busy(40)
      queueMicrotask(() => (flushed = true))
    })
    enqueueDraw(() => void (seen = flushed)) // 40 ms + another 40 would pass the 50 ms slice
    await drawsSettled()
    expect(seen).toBe(true)
  })

  it('runs short jobs in one task, and a job returning true ends its slice', async () => {
    const flushed = { a: false, b: false }
    const seen: Record<string, boolean> = {}
    enqueueDraw(() => void queueMicrotask(() => (flushed.a = true)))
    enqueueDraw(() => {
      seen.b = flushed.a
      queueMicrotask(() => (flushed.b = true))
      return true
    })
    enqueueDraw(() => void (seen.c = flushed.b))
    await drawsSettled()
    expect(seen).toEqual({ b: false, c: true })
  })
})
