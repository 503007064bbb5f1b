import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/parseReport.ts'
import { corpusRoot } from './corpusRoot.ts'

/**
 * Every gold file in the shared corpus (and the copy in tests/fixtures) is asserted field by
 * field, so a report added there is tested at once. `{"any": [a, b]}` accepts either.
 */
const { root } = corpusRoot('corpus')

type Expected = number | string | null | { any: Array<number | string | null> }

function matches(expected: Expected, actual: unknown): boolean {
  if (expected !== null && typeof expected === 'object') return expected.any.some((e) => matches(e, actual))
  if (expected === null) return actual === null || actual === undefined || actual === ''
  if (typeof expected === 'number') return actual === expected
  return String(actual).replace(/人民政府$/, '') === String(expected).replace(/人民政府$/, '')
}

const goldFiles = readdirSync(join(root, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .sort()

describe('parseReport(text) against the gold labels', () => {
  it('finds gold files to test', () => expect(goldFiles.length).toBeGreaterThan(0))
  for (const name of goldFiles) {
    const gold = JSON.parse(readFileSync(join(root, 'gold', name), 'utf8')) as { file: string; fields: Record<string, Expected> }
    describe(gold.file, () => {
      const text = readFileSync(join(root, 'reports', gold.file), 'utf8')
      const { record, facts } = parseReport(text, gold.file)
      for (const [field, expected] of Object.entries(gold.fields)) {
        it(`${field} is ${JSON.stringify(expected)}`, () => {
          const actual = (record as Record<string, unknown>)[field]
          expect(matches(expected, actual), `got ${JSON.stringify(actual)}`).toBe(true)
        })
      }
      it('has a fact with a quote from the text for every stated number', () => {
        for (const [field, value] of Object.entries(record)) {
          if (typeof value !== 'number') continue
          const fact = facts.find((f) => f.field === field)
          expect(fact, field).toBeDefined()
          expect(fact!.quote.length).toBeGreaterThan(0)
          expect(fact!.start).toBeLessThanOrEqual(fact!.end)
        }
      })
    })
  }
})
