import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NUMBER_COLUMNS, REPORT_COLUMNS } from '../../src/data/schema.ts'
import { parseReport } from '../../src/parser/parseReport.ts'

/** Pieces of real reports, so random texts hit the parser's rules and not only its fast paths. */
const corpus = ['000_jietou_2018.txt', '001_wutubulage_2019.txt', '003_jintang_2018.txt'].map((f) =>
  readFileSync(join(import.meta.dirname, '../fixtures/corpus/reports', f), 'utf8'),
)
const fragments = corpus.flatMap((t) => t.split(/(?<=[\n。|])/)).filter((s) => s.length > 0)
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...fragments),
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(' |', '\n', '\t', '|', '0', '一', '(', '）', '第二十条第(九)项', '本年新收', '总计', '行政复议'),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''))

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

  it('gives every count as a non-negative whole number or null, whatever numbers the text holds (issue 17)', () => {
    const absurd = fc.constantFrom(
      '-3',
      '2.5',
      '12.5',
      '1e5',
      '1E+30',
      '100000000000000000000000',
      '9007199254740993',
      '0.1',
      '-0',
      '1,000,000,000,000,000,000',
    )
    const unit = fc.constantFrom('条', '件', '名', '人', '篇', '个', '')
    const lead = fc.constantFrom(
      '全年主动公开政府信息',
      '通过政府网站发布信息',
      '收到政府信息公开申请',
      '配备工作人员',
      '行政复议',
      '本年新收政府信息公开申请数量 |\n',
      '政府集中采购 | ',
      '',
    )
    const piece = fc.tuple(lead, absurd, unit).map(([l, n, u]) => `${l}${n}${u}。`)
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.array(piece, { minLength: 1, maxLength: 6 }), fc.nat(), (text, pieces, at) => {
        const cut = at % (text.length + 1)
        const { record } = parseReport(text.slice(0, cut) + pieces.join('\n') + text.slice(cut), 'absurd.txt')
        for (const column of NUMBER_COLUMNS) {
          const v = record[column]
          if (v === null || column === 'year') continue
          expect(Number.isFinite(v) && v >= 0, `${column} = ${v}`).toBe(true)
          if (!['procurement_amount', 'admin_fees_wan', 'fees_wan'].includes(column))
            expect(Number.isSafeInteger(v), `${column} = ${v}`).toBe(true)
        }
      }),
      { numRuns: 150 },
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
