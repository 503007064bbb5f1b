import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBody } from '../../../src/parser/body/parseBody.ts'
import { normalizeText } from '../../../src/parser/normalizeText.ts'

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus')
const goldFiles = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json'))

type GoldValue = string | number | null | { any: Array<string | number | null> }

function matches(gold: GoldValue | undefined, actual: unknown): boolean {
  if (gold && typeof gold === 'object' && 'any' in gold) return gold.any.includes(actual as string)
  return (gold ?? null) === actual
}

describe('parseBody against the gold labels', () => {
  it('has gold files to check', () => {
    expect(goldFiles.length).toBeGreaterThanOrEqual(5)
  })

  for (const file of goldFiles) {
    it(file, () => {
      const gold = JSON.parse(readFileSync(join(corpus, 'gold', file), 'utf8')) as {
        file: string
        fields: Record<string, GoldValue>
      }
      const raw = readFileSync(join(corpus, 'reports', gold.file), 'utf8')
      const text = normalizeText(raw)
      const { values, warnings } = parseBody(text)
      const got = Object.fromEntries(values.map((v) => [v.field, v.value]))
      for (const field of ['township', 'county', 'prefecture', 'province'] as const) {
        if (!(field in gold.fields)) continue
        expect(matches(gold.fields[field], got[field] ?? null), `${field}: got ${String(got[field])}`).toBe(true)
      }
      expect(got.level).toBe('township')
      expect(String(got.adcode)).toMatch(/^\d{12}$/)
      expect(warnings.map((w) => w.code)).not.toContain('township_ambiguous')
      // evidence points into the raw text
      for (const v of values) {
        expect(v.start).toBeGreaterThanOrEqual(0)
        expect(v.end).toBeGreaterThan(v.start)
        expect(v.end).toBeLessThanOrEqual(raw.length)
        expect(v.quote).toContain(raw.slice(v.start, v.end).replace(/\s+/g, ' ').trim())
      }
    })
  }
})
