import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REPORT_COLUMNS } from '../../src/data/schema.ts'
import { parseReport } from '../../src/parser/parseReport.ts'

/** Pieces of real reports, so random texts hit the parser's rules and not only its fast paths. */
const corpus = ['000_jietou_2018.txt', '001_wutubulage_2019.txt', '003_jintang_2018.txt'].map((f) =>
  readFileSync(join(import.meta.dirname, '../fixtures/corpus/reports', f), 'utf8'),
)
const fragments = corpus.flatMap((t) => t.split(/(?<=[\n。|])/)).filter((s) => s.length > 0)
const reportish = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(' |', '\n', '\t', '|', '0', '一', '(', '）', '第二十条第(九)项', '本年新收', '总计', '行政复议')), { maxLength: 120 }).map((parts) => parts.join(''))

describe('parseReport(text) on arbitrary input', () => {
  it('never throws and always returns a whole record', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const { record, facts } = parseReport(text, 'random.txt')
        for (const column of REPORT_COLUMNS) expect(column in record).toBe(true)
        for (const f of facts) {
          expect(f.start).toBeGreaterThanOrEqual(0)
          expect(f.end).toBeLessThanOrEqual(text.length)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('keeps every fact offset inside the text it was given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        for (const f of parseReport(text, 'g.txt').facts) expect(f.end).toBeLessThanOrEqual(text.length)
      }),
      { numRuns: 200 },
    )
  })

  it('takes time that grows linearly with the input (8× the text, well under 8×3 the time)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.constantFrom('', '\n', ' |\n'), (text, joiner) => {
        // large enough that timer and GC noise do not dominate the smaller run
        const small = Array(16).fill(text).join(joiner)
        const large = Array(128).fill(text).join(joiner)
        // CPU time of this process, not wall time: other test workers and other processes on
        // the machine do not count, so the ratio measures the parser, not the load.
        const time = (t: string) => {
          const runs: number[] = []
          for (let i = 0; i < 5; i++) {
            const before = process.cpuUsage()
            parseReport(t, 'big.txt')
            const used = process.cpuUsage(before)
            runs.push((used.user + used.system) / 1000)
          }
          return Math.min(...runs)
        }
        time(small)
        const ratio = time(large) / Math.max(time(small), 1)
        expect(ratio).toBeLessThan(24)
      }),
      { numRuns: 4 },
    )
  })

  it('parses a single 5 MB line (no line breaks) without quadratic scans', () => {
    const line = corpus[1].replace(/\n/g, ' ').repeat(Math.ceil(5_000_000 / corpus[1].length))
    const t0 = performance.now()
    const { record } = parseReport(line, 'one-line.txt')
    expect(record.source).toBe('one-line.txt')
    expect(performance.now() - t0).toBeLessThan(20_000)
  })
})
