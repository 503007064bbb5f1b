import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/parseReport.ts'
import type { Expected } from '../../tools/synth/expected.ts'
import { Scorer } from '../../tools/synth/score.ts'
import { writeCorpus } from '../../tools/synth/writeCorpus.ts'

/**
 * The generator's known values come back through the parser (issue 5: "parsing it is also a
 * correctness test"). 40 townships × 8 years (2017–2024) covers all three formats and every
 * table layout. Each field must agree on at least 99% of reports.
 */
const OPTIONS = { townships: 40, years: 8, endYear: 2024, seed: 1 }
// Every parser miss the generator found has been fixed (tests/parser/phrases.test.ts names each
// one); a field that drops below 99% is a regression.
const DEFAULT_THRESHOLD = 0.99
const KNOWN_PARSER_MISSES: Partial<Record<keyof Expected, { threshold: number; why: string }>> = {}

let dir = ''
let scorer: Scorer

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'synth-roundtrip-'))
  await writeCorpus(OPTIONS, dir)
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>
  scorer = new Scorer()
  for (const [file, values] of Object.entries(expected)) {
    const { record } = parseReport(readFileSync(join(dir, file), 'utf8'), file)
    scorer.add(file, values, record)
  }
  console.log(
    `synthetic round trip, ${OPTIONS.townships} townships × ${OPTIONS.years} years, per-field accuracy (worst first):\n${scorer.table()}`,
  )
  const shown = new Map<string, number>()
  const lines: string[] = []
  for (const m of scorer.misses) {
    const n = shown.get(m.field) ?? 0
    shown.set(m.field, n + 1)
    if (n < 3) lines.push(`${m.field}: ${m.file} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`)
  }
  if (lines.length) console.log(`parser misses (first 3 per field):\n${lines.join('\n')}`)
}, 120_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('synthetic corpus parses back to its known values', () => {
  it('writes one file per township-year and expected.json', () => {
    const files = readdirSync(dir).filter((f) => f.startsWith('synthetic_'))
    expect(files).toHaveLength(OPTIONS.townships * OPTIONS.years)
    for (const f of files) expect(f).toMatch(/^synthetic_\d{12}_20\d\d\.(txt|html)$/)
  })

  it('every field agrees on at least its threshold of reports', () => {
    const failing: string[] = []
    for (const s of scorer.fields()) {
      const threshold = KNOWN_PARSER_MISSES[s.field]?.threshold ?? DEFAULT_THRESHOLD
      if (s.accuracy < threshold) failing.push(`${s.field} ${(s.accuracy * 100).toFixed(1)}% < ${threshold * 100}%`)
    }
    expect(failing).toEqual([])
  })

  it('names, region, year and template come back on every report', () => {
    const byField = new Map(scorer.fields().map((s) => [s.field, s.accuracy]))
    for (const field of ['township', 'level', 'county', 'prefecture', 'province', 'adcode', 'year', 'template', 'published'] as const) {
      expect(byField.get(field), field).toBe(1)
    }
  })
})
