import { describe, expect, it } from 'vitest'
import { inOrder } from '../../src/cli/inOrder.ts'
import { planJobs } from '../../src/cli/runData.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('inOrder', () => {
  it('hands results over in index order however the tasks finish, with at most `ahead` running', async () => {
    let running = 0
    let most = 0
    const seen: number[] = []
    await inOrder(
      20,
      3,
      async (i) => {
        running++
        most = Math.max(most, running)
        await sleep((i * 7) % 5) // later tasks often finish first
        running--
        return i * 10
      },
      (result, i) => {
        expect(result).toBe(i * 10)
        seen.push(i)
      },
    )
    expect(seen).toEqual([...Array(20).keys()])
    expect(most).toBeLessThanOrEqual(3)
  })

  it('stops starting tasks after a failure and rethrows it once the started ones settled', async () => {
    const started: number[] = []
    let settled = 0
    const run = inOrder(
      50,
      4,
      async (i) => {
        started.push(i)
        await sleep(2)
        settled++
        if (i === 5) throw new Error('batch 5 failed')
        return i
      },
      () => {},
    )
    await expect(run).rejects.toThrow('batch 5 failed')
    expect(Math.max(...started)).toBeLessThan(10)
    expect(settled).toBe(started.length)
  })
})

describe('planJobs', () => {
  it('runs tiny folders and swapped parsers in-process, and batches so every parser gets several', () => {
    expect(planJobs(5, 8, false)).toEqual({ jobs: 1, batch: 1 })
    expect(planJobs(49, 2, false).jobs).toBe(1)
    expect(planJobs(500, 2, false)).toEqual({ jobs: 2, batch: 32 })
    expect(planJobs(100_000, 2, false)).toEqual({ jobs: 2, batch: 64 })
    expect(planJobs(100_000, 2, true).jobs).toBe(1)
  })

  it('caps --jobs at twice the cores and at the number of batches (--jobs 200 on 60 files)', () => {
    expect(planJobs(60, 200, false, 2).jobs).toBe(4)
    expect(planJobs(100_000, 200, false, 8).jobs).toBe(16)
    expect(planJobs(60, 200, false, 1000).jobs).toBeLessThanOrEqual(60)
    expect(planJobs(60, 3, false, 2).jobs).toBe(3)
  })
})
