import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseReport } from '../../src/parser/parseReport.ts'

const shape = (name: string) => parseReport(readFileSync(join(import.meta.dirname, '../fixtures/shapes', name), 'utf8'), name)

describe('parseReport on a 2021-format county report from pdftotext', () => {
  const { record, warnings } = shape('county_2021_pdftotext.txt')
  it('reads year, template and the prose totals with thousands separators', () => {
    expect(record.year).toBe(2023)
    expect(record.template).toBe('2021')
    expect(record.proactive_total).toBe(4512)
    expect([record.ch_web, record.ch_wechat, record.ch_weibo, record.ch_bulletin]).toEqual([3200, 1020, 292, 1200])
  })
  it('reads the 第二十条 tables with the 2021 columns', () => {
    expect([record.rules_made, record.normative_made, record.normative_valid]).toEqual([0, 5, 36])
    expect([record.licensing, record.penalties, record.coercion]).toEqual([12530, 1021, 35])
    expect(record.admin_fees_wan).toBe(2516.37)
    expect(record.procurement_projects).toBeNull()
  })
  it('reads the application table with wrapped labels and groups summed', () => {
    expect(record.apps_new).toBe(21)
    expect(record.apps_natural_person).toBe(19)
    expect(record.apps_legal_entity).toBe(2)
    expect(record.apps_partial).toBe(4)
    expect(record.apps_denied).toBe(3)
    expect(record.apps_unavailable).toBe(13)
    expect(record.apps_not_processed).toBe(1)
    expect(record.apps_other).toBe(0)
    expect(record.apps_total).toBe(21)
    expect(record.apps_carried_out).toBe(0)
  })
  it('reads the 15 appeal numbers by position under scrambled headers', () => {
    expect(record.reconsideration_total).toBe(2)
    expect(record.reconsideration_corrected).toBe(1)
    expect(record.litigation_total).toBe(4)
    expect(record.litigation_corrected).toBe(1)
  })
  it('flags the outcome sum that does not match the total', () => {
    // 0+4+3+13+1+0 = 21: consistent, so no warning
    expect(warnings.map((w) => w.code)).not.toContain('apps_outcomes_sum')
    expect(record.published).toBe('2024-01-20')
  })
})

describe('parseReport on a 2019-format report with markdown tables', () => {
  const { record, facts, warnings } = shape('town_2019_markdown.md')
  it('reads the totals and channels from prose', () => {
    expect(record.year).toBe(2020)
    expect(record.template).toBe('2019')
    expect(record.proactive_total).toBe(217)
    expect(record.ch_web).toBe(125)
    expect(record.ch_wechat).toBe(92)
    expect(record.staff_total).toBe(5)
  })
  it('takes the procurement unit from the cell', () => {
    expect(record.procurement_projects).toBe(3)
    expect(record.procurement_amount).toBe(251000)
    expect(record.procurement_unit).toBe('元')
    expect(warnings.map((w) => w.code)).not.toContain('amount_without_unit')
  })
  it('reads markdown rows', () => {
    expect([record.normative_made, record.normative_valid]).toEqual([1, 4])
    expect([record.apps_new, record.apps_granted, record.apps_other, record.apps_total]).toEqual([2, 1, 1, 2])
    expect(record.reconsideration_total).toBe(0)
    expect(facts.find((f) => f.field === 'apps_total')?.quote).toContain('总计')
  })
})

describe('parseReport on a tab-separated table with Chinese numerals', () => {
  const { record } = shape('town_2019_tabs.txt')
  it('reads a year written in Chinese numerals and a total in words', () => {
    expect(record.year).toBe(2020)
    expect(record.proactive_total).toBe(560)
  })
  it('takes the unit from the column header and leaves empty cells unstated', () => {
    expect(record.procurement_amount).toBe(38.5)
    expect(record.procurement_unit).toBe('万元')
    expect(record.apps_new).toBeNull()
    expect(record.apps_total).toBe(0)
  })
})

describe('parseReport on an HTML page with the 2019 tables (rowspans, &nbsp; cells)', () => {
  const { record, warnings } = shape('city_office_2019.html')
  it('reduces the page to text and reads the prose', () => {
    expect(record.year).toBe(2019)
    expect(record.template).toBe('2019')
    expect(record.published).toBe('2020-03-20')
    expect(record.proactive_total).toBe(1036)
    expect(record.ch_weibo).toBe(461)
  })
  it('reads the tables cell by cell, with the unit written in the cell', () => {
    expect([record.rules_made, record.normative_made, record.normative_valid]).toEqual([12, 30, 1021])
    expect([record.procurement_projects, record.procurement_amount, record.procurement_unit]).toEqual([6, 251000, '元'])
    expect([record.apps_new, record.apps_natural_person, record.apps_legal_entity, record.apps_carried_in]).toEqual([124, 120, 4, 5])
    expect([
      record.apps_granted,
      record.apps_partial,
      record.apps_denied,
      record.apps_unavailable,
      record.apps_not_processed,
      record.apps_other,
    ]).toEqual([41, 10, 6, 58, 8, 1])
    expect([record.apps_total, record.apps_carried_out]).toEqual([123, 6])
    expect([record.reconsideration_total, record.reconsideration_corrected, record.litigation_total, record.litigation_corrected]).toEqual([
      5, 1, 4, 0,
    ])
  })
  it('flags the identity the report breaks (124 + 5 ≠ 123 + 6 is false: it holds) and the outcome sum', () => {
    const codes = warnings.map((w) => w.code)
    expect(codes).not.toContain('apps_identity')
    expect(codes).toContain('apps_outcomes_sum') // 41+10+6+58+8+1 = 124 ≠ 123
  })
})
