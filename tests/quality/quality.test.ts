import { describe, expect, it } from 'vitest'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { cellState, consistencyByTownship, warningsOf } from '../../src/quality/completeness.ts'
import { rankTownships } from '../../src/quality/ranking.ts'
import { describeDeduction, deductionsText } from '../../src/quality/describe.ts'
import { similarity, splitSentences } from '../../src/quality/similarity.ts'
import { findSections } from '../../src/quality/sections.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import type { ComplianceResult } from '../../src/quality/complianceTypes.ts'

const rec = (patch: Partial<ReportRecord>): ReportRecord => ({
  ...emptyRecord('r', 'r.txt'),
  township: '某镇',
  year: 2020,
  template: '2019',
  ...patch,
})

describe('cellState', () => {
  it('tells stated, not stated, warned and not applicable apart', () => {
    // a channel above the total warns both the channel and the total
    const r = rec({ proactive_total: 10, ch_web: 20, apps_total: 0, procurement_amount: null })
    const w = warningsOf(r)
    expect(cellState(r, 'ch_web', w)).toBe('warned')
    expect(cellState(r, 'proactive_total', w)).toBe('warned')
    expect(cellState(r, 'apps_total', w)).toBe('stated')
    expect(cellState(r, 'apps_new', w)).toBe('missing')
    expect(cellState(rec({ template: '2021' }), 'procurement_amount', [])).toBe('na')
  })

  it('maps stored warning codes to their field', () => {
    const r = rec({ procurement_amount: 5, warnings: 'amount_without_unit' })
    expect(cellState(r, 'procurement_amount', warningsOf(r))).toBe('warned')
  })
})

describe('consistencyByTownship', () => {
  it('counts checks held, broken and not checkable', () => {
    const a = rec({ report_id: 'a', township: '甲镇', apps_new: 1, apps_carried_in: 0, apps_total: 2, apps_carried_out: 0 })
    const [s] = consistencyByTownship([a], (r) => r.township!)
    expect(s).toMatchObject({ reports: 1, held: 0, broken: 1, unchecked: 4 })
    expect(s.codes).toEqual([{ code: 'apps_identity', count: 1 }])
  })

  it('lists townships with broken checks first, the rest in their order', () => {
    const ok = (id: string, t: string) =>
      rec({ report_id: id, township: t, apps_new: 1, apps_carried_in: 0, apps_total: 1, apps_carried_out: 0 })
    const bad = (id: string, t: string) =>
      rec({ report_id: id, township: t, apps_new: 1, apps_carried_in: 0, apps_total: 2, apps_carried_out: 0 })
    const rows = consistencyByTownship(
      [ok('a', '甲镇'), bad('b1', '乙镇'), ok('c', '丙镇'), bad('d1', '丁镇'), bad('d2', '丁镇')],
      (r) => r.township!,
    )
    expect(rows.map((s) => s.name)).toEqual(['丁镇', '乙镇', '甲镇', '丙镇'])
  })
})

describe('rankTownships', () => {
  it('ranks by the latest report’s score, ties sharing a rank', () => {
    const rs = [
      rec({ report_id: 'a1', township: '甲', year: 2019 }),
      rec({ report_id: 'a2', township: '甲', year: 2020 }),
      rec({ report_id: 'b', township: '乙', year: 2020 }),
      rec({ report_id: 'c', township: '丙', year: 2020 }),
    ]
    const score = (id: string, s: number): [string, ComplianceResult] => [
      id,
      { report_id: id, score: s, deductions: [], unchecked: [], similarity: null },
    ]
    const results = new Map([score('a1', 50), score('a2', 90), score('b', 90), score('c', 70)])
    const rows = rankTownships(
      rs,
      results,
      (r) => r.township!,
      (x, y) => x.localeCompare(y),
    )
    expect(rows.map((r) => [r.name, r.rank, r.latest, r.mean])).toEqual([
      ['乙', 1, 90, 90],
      ['甲', 1, 90, 70],
      ['丙', 3, 70, 70],
    ])
  })
})

describe('describeDeduction / deductionsText', () => {
  it('writes each point with its numbers and quote, in both languages', () => {
    const d = {
      rule: 'late' as const,
      points: 10,
      params: { published: '2021-04-02', deadline: '2021-03-31', days: 2, basis: 'new_government' },
      quote: '发布日期：2021-04-02',
    }
    expect(describeDeduction(d, MESSAGES['zh-CN'])).toBe(
      '逾期发布：2021-04-02 发布，期限 2021-03-31（新条例第四十九条，3月31日前），晚 2 天',
    )
    expect(describeDeduction(d, MESSAGES.en)).toContain('2 days late')
    expect(deductionsText('某镇 2020', 90, [d], MESSAGES['zh-CN'])).toBe(
      '某镇 2020 · 90 分\n1. 逾期发布：2021-04-02 发布，期限 2021-03-31（新条例第四十九条，3月31日前），晚 2 天（扣 10 分）\n   原文：「发布日期：2021-04-02」',
    )
  })

  it('has a message for every rule in both languages', async () => {
    const { RULE_POINTS } = await import('../../src/quality/complianceTypes.ts')
    for (const rule of Object.keys(RULE_POINTS)) {
      expect(MESSAGES['zh-CN'].compliance.rules[rule], rule).toBeTruthy()
      expect(MESSAGES.en.compliance.rules[rule], rule).toBeTruthy()
    }
  })
})

describe('similarity', () => {
  it('ignores whitespace and digits, and skips short sentences', () => {
    expect(splitSentences('无。\n一、总体情况\n2020年共公开信息 35 条，同比增长明显。')).toHaveLength(1)
    expect(similarity('2021年共公开信息 40 条，同比增长明显。', '2020年共公开信息35条，同比增长明显。').share).toBe(1)
  })
})

describe('findSections', () => {
  it('matches 2019 headings by number and keywords, and notes one numbered differently', () => {
    const found = findSections(
      '一、总体情况\n二、行政机关主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n五、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n六、其他需要报告的事项',
      '2019',
    )
    expect(found.map((f) => f.status)).toEqual(['present', 'present', 'present', 'misnumbered', 'missing', 'present'])
  })

  it('does not take the application table’s numbered rows for section headings', () => {
    const found = findSections('一、本年新收政府信息公开申请数量 |\n四、结转下年度继续办理 |', '2019')
    expect(found.every((f) => f.status === 'missing')).toBe(true)
  })
})
