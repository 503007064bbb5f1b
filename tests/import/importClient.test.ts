/**
 * The import's time budget per file (issue 17 item 1): a file the worker never finishes fails
 * with one line, the worker is replaced, and the rest go on. The Worker here is a stand-in that
 * speaks import.worker.ts's messages and never answers for a file named hang*.
 */
import { MESSAGES } from '../../src/i18n/index.ts'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileBudgetMs, overBudgetReason, runImport } from '../../src/import/importClient.ts'
import { parseImportFile } from '../../src/import/parseImportFile.ts'
import { problemText } from '../../src/i18n/problems.ts'
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../src/workers/importMessages.ts'

const report = readFileSync('tests/fixtures/corpus/reports/003_jintang_2018.txt', 'utf8')
const live: StandInWorker[] = []

class StandInWorker {
  onmessage: ((event: MessageEvent<ImportWorkerResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  terminated = false
  private total = 0
  private done = 0
  private queue: Promise<void> = Promise.resolve()
  constructor() {
    live.push(this)
  }
  postMessage(message: ImportWorkerRequest): void {
    if (message.type === 'start') {
      this.total = message.total
      return
    }
    for (const { name, blob } of message.files) {
      this.queue = this.queue.then(async () => {
        if (this.terminated) return
        this.send({ type: 'file', index: this.done })
        if (name.startsWith('hang')) return new Promise<void>(() => {}) // never ends, like a backtracking regex
        const item = await parseImportFile(name, new Uint8Array(await blob.arrayBuffer()))
        this.done++
        this.send({ type: 'batch', items: [item], done: this.done, total: this.total, current: name })
      })
    }
  }
  terminate(): void {
    this.terminated = true
  }
  private send(data: ImportWorkerResponse): void {
    if (!this.terminated) setTimeout(() => this.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>))
  }
}

const input = (name: string, text: string) => ({ name, blob: new Blob([text]) })
const g = globalThis as { Worker?: unknown; __kanbanImportBudgetMs?: number }

afterEach(() => {
  delete g.Worker
  delete g.__kanbanImportBudgetMs
  live.length = 0
})

describe('runImport with a time budget per file (issue 17 item 1)', () => {
  it('fails a file past its budget with one line, stops its worker, and reads the rest', async () => {
    parseImportFile('warm-up.txt', new TextEncoder().encode(report)) // loads the gazetteer: not part of any file's time
    g.Worker = StandInWorker
    g.__kanbanImportBudgetMs = 1000
    const progress: number[] = []
    const items = await runImport(
      [input('a.txt', report), input('hang.txt', '<!-- a -->'), input('b.txt', report.replace('金塘', '银塘'))],
      (p) => progress.push(p.done),
    )
    expect(items.map((i) => [i.name, i.kind])).toEqual([
      ['a.txt', 'report'],
      ['hang.txt', 'failed'],
      ['b.txt', 'report'],
    ])
    expect(items[1]).toEqual({ kind: 'failed', name: 'hang.txt', reason: overBudgetReason(1000) })
    expect(live).toHaveLength(2)
    expect(live.every((w) => w.terminated)).toBe(true)
    expect(progress.at(-1)).toBe(3)
    expect(problemText(overBudgetReason(1000), MESSAGES['zh-CN'])).toBe('读取超过 1 秒，已跳过')
    expect(problemText(overBudgetReason(1000), MESSAGES.en)).toBe('took longer than 1 s to read; skipped')
  })

  it('gives a file 15 s plus 1 s per MB', () => {
    expect(fileBudgetMs(0)).toBe(15_000)
    expect(fileBudgetMs(200_000_000)).toBe(215_000)
  })
})
