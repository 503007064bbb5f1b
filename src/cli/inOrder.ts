/**
 * Run `count` tasks with up to `ahead` of them started at once, and hand their results to
 * `use` strictly in index order. Workers finish batches out of order; the output must not, and
 * memory must not grow with the input: at most `ahead` results wait here at any time.
 *
 * If `use` or a task throws, no new task starts and the error is rethrown once the tasks
 * already started have settled (so nothing is left running behind the caller's back).
 */
export async function inOrder<T>(
  count: number,
  ahead: number,
  start: (index: number) => Promise<T>,
  use: (result: T, index: number) => Promise<void> | void,
): Promise<void> {
  const pending = new Map<number, Promise<T>>()
  let next = 0
  let done = 0
  const launch = () => {
    for (; next < count && next < done + Math.max(1, ahead); next++) {
      const task = start(next)
      task.catch(() => {}) // awaited below, in order; this only keeps an early rejection from going unhandled
      pending.set(next, task)
    }
  }
  try {
    launch()
    while (done < count) {
      const result = await pending.get(done)!
      pending.delete(done) // let the result go once used
      await use(result, done)
      done++
      launch()
    }
  } catch (error) {
    await Promise.allSettled(pending.values())
    throw error
  }
}
