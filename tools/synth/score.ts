import type { ReportRecord } from '../../src/data/schema.ts'
import { COMPARED_COLUMNS, type Expected } from './expected.ts'

/**
 * Field-by-field agreement between the known values of synthetic reports and what the parser
 * returned: per-field accuracy and every disagreement, so a miss can be traced to its text.
 * null must match null (unstated) and 0 must match 0 (stated zero).
 */
export interface Miss {
  file: string
  field: keyof Expected
  expected: unknown
  got: unknown
}

export interface FieldScore {
  field: keyof Expected
  right: number
  total: number
  accuracy: number
}

export class Scorer {
  readonly misses: Miss[] = []
  private readonly right = new Map<keyof Expected, number>()
  private total = 0

  add(file: string, expected: Expected, got: ReportRecord): void {
    this.total++
    for (const field of COMPARED_COLUMNS) {
      const e = expected[field] ?? null
      const g = (got as unknown as Record<string, unknown>)[field] ?? null
      if (e === g) this.right.set(field, (this.right.get(field) ?? 0) + 1)
      else this.misses.push({ file, field, expected: e, got: g })
    }
  }

  fields(): FieldScore[] {
    return COMPARED_COLUMNS.map((field) => {
      const right = this.right.get(field) ?? 0
      return { field, right, total: this.total, accuracy: this.total ? right / this.total : 1 }
    })
  }

  /** One line per field, worst first: `apps_denied  312/320  97.5%`. */
  table(): string {
    return this.fields()
      .sort((a, b) => a.accuracy - b.accuracy)
      .map((s) => `${s.field.padEnd(26)} ${String(s.right).padStart(5)}/${s.total}  ${(s.accuracy * 100).toFixed(1)}%`)
      .join('\n')
  }
}
