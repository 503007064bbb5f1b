/**
 * A time budget per file in the commands (issue 17 item 1): a file the parser never finishes
 * fails with one line, its worker is replaced, and the rest go on.
 */
import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { overBudgetReason, workerRunner } from '../../src/cli/parsePool.ts'
import { runEntry, tempDir } from './helpers.ts'

const STUCK_WORKER = new URL('./fixtures/stuckWorker.ts', import.meta.url).href

describe('the parse pool gives each file a time budget', () => {
  it('fails a stuck file with one line, replaces its worker and parses the rest of the batch, in order', async () => {
    const runner = workerRunner(1, { wantText: false }, 1500, STUCK_WORKER)
    try {
      const [first, second] = await Promise.all([runner.run(['a.txt', 'stuck.txt', 'b.txt']), runner.run(['c.txt', 'stuck-2.txt'])])
      expect(first).toEqual([
        expect.objectContaining({ ok: true, path: 'a.txt' }),
        { ok: false, path: 'stuck.txt', reason: overBudgetReason(1500) },
        expect.objectContaining({ ok: true, path: 'b.txt' }),
      ])
      expect(second).toEqual([
        expect.objectContaining({ ok: true, path: 'c.txt' }),
        { ok: false, path: 'stuck-2.txt', reason: overBudgetReason(1500) },
      ])
    } finally {
      await runner.close()
    }
  }, 30_000)

  it('parse returns on a file that once made the parser hang (34 HTML comments before a report), with the others printed', () => {
    const dir = tempDir('budget-')
    writeFileSync(join(dir, 'comments.txt'), '<!-- a -->'.repeat(34) + '\n泉阳镇2018年政府信息公开工作年度报告\n主动公开政府信息1149条。\n')
    writeFileSync(join(dir, 'plain.txt'), '泉阳镇2018年政府信息公开工作年度报告\n一、总体情况\n2018年主动公开政府信息1149条。\n')
    const r = runEntry('src/cli/parseCommand.ts', ['--format', 'csv', dir], { KANBAN_FILE_BUDGET_MS: '4000' })
    // either parsed (once htmlToText's doctype check is linear) or one line for it; never a hang
    expect(r.stdout).toContain('plain.txt')
    if (r.code === 1) expect(r.stderr).toBe(`${join(dir, 'comments.txt')}: ${overBudgetReason(4000)}\n`)
    else expect(r.code).toBe(0)
  }, 60_000)
})
