/**
 * The index parts built in idle time after a large load: one step per idle callback, in order,
 * stopping when another load has begun; and building them first changes no answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { recordsOf, regionOptions, select } from '../../src/query/select.ts'
import { DEFAULT_STATE } from '../../src/query/queryState.ts'
import { buildDataset } from '../../src/query/dataset.ts'
import { preparationSteps, runWhenIdle } from '../../src/query/prepare.ts'

function records(): ReportRecord[] {
  const out: ReportRecord[] = []
  for (let t = 0; t < 40; t++)
    for (let y = 2018; y <= 2022; y++) {
      const r = emptyRecord(`r${t}-${y}`, `r${t}-${y}.txt`)
      Object.assign(r, {
        province: ['江苏省', '安徽省'][t % 2],
        prefecture: `市${t % 4}`,
        county: `县${t % 8}`,
        township: `镇${t}`,
        year: t % 9 === 0 && y === 2020 ? null : y,
        proactive_total: t + y,
        procurement_amount: t * 100,
        procurement_unit: t % 2 ? '元' : '万元',
      })
      out.push(r)
    }
  return out
}

describe('idle preparation after a load', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('runs steps while an idle period has room, in order, and stops when the load is no longer wanted', () => {
    const idle: Array<(deadline: { timeRemaining: () => number }) => void> = []
    vi.stubGlobal('requestIdleCallback', (run: (deadline: { timeRemaining: () => number }) => void) => idle.push(run))
    const ran: number[] = []
    let wanted = true
    runWhenIdle(
      [0, 1, 2, 3, 4].map((i) => () => ran.push(i)),
      () => wanted,
    )
    // a short idle period: one step; a long one: steps until it runs short (here, two more)
    idle.shift()!({ timeRemaining: () => 0 })
    expect(ran).toEqual([0])
    let left = 20
    idle.shift()!({ timeRemaining: () => (left -= 10) })
    expect(ran).toEqual([0, 1, 2])
    wanted = false
    idle.shift()!({ timeRemaining: () => 50 })
    expect(ran).toEqual([0, 1, 2])
    expect(idle).toHaveLength(0)
  })

  it('changes no filter answer', () => {
    const rs = records()
    const fresh = buildDataset(rs)
    const prepared = buildDataset(rs)
    for (const step of preparationSteps(prepared)) step()
    expect(prepared.derived.yearPositions).toBeDefined()
    expect(prepared.derived.checks).toBeDefined()
    for (const patch of [{ yearFrom: 2020 }, { yearFrom: 2019, yearTo: 2021 }, { province: '安徽省', yearTo: 2019 }, {}]) {
      const f = { ...DEFAULT_STATE, ...patch }
      expect(recordsOf(select(prepared, f)).map((r) => r.report_id)).toEqual(recordsOf(select(fresh, f)).map((r) => r.report_id))
      expect(JSON.stringify(regionOptions(prepared, f))).toEqual(JSON.stringify(regionOptions(fresh, f)))
    }
  })
})
