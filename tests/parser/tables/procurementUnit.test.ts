import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/parser/parseReport.ts'

const head = '界头镇2019年政府信息公开工作年度报告\n一、总体情况\n'
const table = (cell: string) =>
  `二、主动公开政府信息情况\n第二十条第(九)项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t${cell}\n三、收到和处理政府信息公开申请情况\n`

describe('a 采购总金额 cell without a unit', () => {
  it('takes the unit a sentence states for the same amount', () => {
    const r = parseReport(head + '全年政府集中采购项目2个,采购总金额86.5万元。\n' + table('2\t86.5'), 'u1.txt').record
    expect(r).toMatchObject({ procurement_projects: 2, procurement_amount: 86.5, procurement_unit: '万元' })
  })

  it('stays without a unit when no sentence states that amount (another amount does not count)', () => {
    const none = parseReport(head + table('2\t86.5'), 'u2.txt')
    expect(none.record.procurement_unit).toBeNull()
    expect(none.warnings.map((w) => w.code)).toContain('amount_without_unit')
    expect(parseReport(head + '采购总金额90万元。\n' + table('2\t86.5'), 'u3.txt').record.procurement_unit).toBeNull()
  })
})

describe('a glued procurement cell (`3458.6万元`)', () => {
  const glued = '第二十条第(九)项信息内容采购项目数量采购总金额政府集中采购3458.6万元三、收到和处理政府信息公开申请情况\n'
  it('a sentence giving the project count settles the cut (3 | 458.6)', () => {
    const r = parseReport(head + '全年完成政府集中采购项目3个。\n' + glued, 'g1.txt').record
    expect(r).toMatchObject({ procurement_projects: 3, procurement_amount: 458.6, procurement_unit: '万元' })
  })

  it('without such a sentence both stay empty, with a warning', () => {
    const r = parseReport(head + glued, 'g2.txt')
    expect(r.record).toMatchObject({ procurement_projects: null, procurement_amount: null, procurement_unit: '万元' })
    expect(r.warnings.map((w) => w.code)).toContain('table_split_ambiguous')
  })
})
