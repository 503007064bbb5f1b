import type { Collector } from '../collect.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { NO_DIGIT, NUM, numberAt } from './patterns.ts'

/**
 * The year's total proactively disclosed: `全镇主动公开政府信息1149条`,
 * `累计主动公开政府信息350条`, `全年共发布政府信息2,340条`.
 */
const PATTERNS = [
  new RegExp(`主动公开${NO_DIGIT}{0,10}?信息${NO_DIGIT}{0,8}?${NUM}(?:条|件|篇|则|项)`, 'dg'),
  new RegExp(`(?:全年|累计|共计|合计|总计|共)${NO_DIGIT}{0,6}?(?:公开|发布)${NO_DIGIT}{0,8}?信息${NO_DIGIT}{0,6}?${NUM}(?:条|件|篇|则)`, 'dg'),
]
/** the count is of something narrower than all information disclosed */
const NARROWER = /重点|领域|解读|回应|规范性文件|申请|其中|(?<!各)类信息|栏|微信|微博|网站|门户|公众号|平台/

export function readProactiveSentences(text: string, out: Collector): void {
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.exec(text))) {
      if (NARROWER.test(m[0].slice(0, m[0].length - m[1].length))) continue
      // `其中…` just before means a part of the total, not the total
      if (/其中[^。；;]{0,6}$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
      const n = numberAt(m, 1)
      out.add('proactive_total', n.value, n.start, n.end, FROM_SENTENCE)
    }
  }
}
