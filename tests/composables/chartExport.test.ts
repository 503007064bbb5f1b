/**
 * The exported SVG is a well-formed XML document: read back with a real XML parser
 * (@xmldom/xmldom, which reports every well-formedness error), not checked by its first bytes.
 * The e2e test loads the downloaded file into an <img> as well.
 */
import { describe, expect, it } from 'vitest'
import { DOMParser } from '@xmldom/xmldom'
import '../../src/charts/register.ts'
import { renderSvg } from '../../src/composables/useChartExport.ts'
import { DEFAULT_THEME } from '../../src/charts/theme.ts'
import { baseOption } from '../../src/charts/base.ts'
import { ctxFor } from '../charts/context.ts'

function parseXml(text: string): { errors: string[]; root: string | null } {
  const errors: string[] = []
  // xmldom 0.8 recovers from a broken attribute and calls it a warning: any report is a failure
  const doc = new DOMParser({ errorHandler: (level: string, message: string) => void errors.push(`${level}: ${message}`) }).parseFromString(
    text,
    'image/svg+xml',
  )
  return { errors, root: doc.documentElement?.nodeName ?? null }
}

describe('renderSvg', () => {
  it('writes well-formed XML with the CSS font stack (double-quoted family names) as the page has it', () => {
    const theme = { ...DEFAULT_THEME, fontFamily: '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif' }
    const option = {
      ...baseOption({ ...ctxFor('zh-CN'), theme }),
      xAxis: { type: 'value' as const },
      yAxis: { type: 'category' as const, data: ['城关镇（白河县）', '"引号" & <尖括号>'] },
      series: [{ type: 'bar' as const, data: [3, 5], label: { show: true } }],
    }
    const svg = renderSvg({
      option,
      title: '主动公开数量 & "总数"',
      filters: '筛选：全部数据',
      source: '数据来源：<测试>',
      theme,
      width: 800,
      height: 300,
    })
    const { errors, root } = parseXml(svg)
    expect(errors).toEqual([])
    expect(root).toBe('svg')
    expect(svg).toContain('城关镇（白河县）')
  })

  it('names a synthetic dataset in red in the image itself', () => {
    const option = {
      ...baseOption(ctxFor('zh-CN')),
      xAxis: { type: 'value' as const },
      yAxis: { type: 'category' as const, data: ['甲'] },
      series: [{ type: 'bar' as const, data: [3] }],
    }
    const svg = renderSvg({
      option,
      title: '主动公开数量',
      filters: '筛选：全部数据',
      source: '数据来源',
      synthetic: '合成数据，不是真实报告',
      theme: DEFAULT_THEME,
      width: 800,
      height: 300,
    })
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
    const texts = Array.from(doc.getElementsByTagName('text'))
    const notice = texts.find((t) => t.textContent === '合成数据，不是真实报告')
    expect(notice).toBeDefined()
    expect(notice!.getAttribute('fill')).toBe('#c00000')
    expect(notice!.getAttribute('style')).toContain('font-weight:bold')
  })
})
