import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { IN_CLAUSE, NEGATION, NO_DIGIT, NUM, numberAt } from './patterns.ts'

/**
 * Applications, reconsiderations and lawsuits in prose, as counts
 * (`收到受理政府信息公开申请0件`, `被申请行政复议2件`) or as statements of zero
 * (`未收到政府信息公开申请`, `没有因政府信息公开被…行政复议、被提起行政诉讼`).
 */
const APPS_COUNT = new RegExp(`(?:收到|受理|接到|接收)${NO_DIGIT}{0,16}?(?:政府信息公开${NO_DIGIT}{0,10}?申请|信息公开申请|依申请公开(?:政府信息)?(?:申请)?|公开申请)${NO_DIGIT}{0,6}?${NUM}(?:件|份|条|个|起|宗)`, 'dg')
const APPS_ZERO = new RegExp(`${NEGATION}(?:收到|受理|接到|接收|发生|有)(?:过|任何)?${IN_CLAUSE}{0,20}?(?:政府信息公开申请|信息公开申请|依申请公开|公开申请)`, 'dg')

/** `其中新收申请13件，上年结转2件` */
const APPS_NEW_SHORT = new RegExp(`新收${NO_DIGIT}{0,10}?申请${NO_DIGIT}{0,3}?${NUM}(?:件|份|条|个)`, 'dg')
const APPS_CARRIED_IN = new RegExp(`上年(?:度)?结转${NO_DIGIT}{0,10}?${NUM}(?:件|份|条|个)`, 'dg')

const APPEAL_WORD: Array<[FactField, string]> = [
  ['reconsideration_total', '行政复议'],
  ['litigation_total', '行政诉讼'],
]
/** a clause that explains rights rather than reporting what happened */
const HYPOTHETICAL = /可以|可依法|可向|有权|认为|如果|若|如有|不服|告知|途径|渠道|制度/

export function readApplicationSentences(text: string, out: Collector): void {
  APPS_COUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = APPS_COUNT.exec(text))) {
    if (/咨询|其中/.test(m[0].slice(0, m[0].length - m[1].length))) continue
    const n = numberAt(m, 1)
    out.add('apps_new', n.value, n.start, n.end, FROM_SENTENCE)
  }
  for (const [field, pattern] of [['apps_new', APPS_NEW_SHORT], ['apps_carried_in', APPS_CARRIED_IN]] as const) {
    pattern.lastIndex = 0
    while ((m = pattern.exec(text))) {
      const n = numberAt(m, 1)
      out.add(field, n.value, n.start, n.end, FROM_SENTENCE)
    }
  }
  APPS_ZERO.lastIndex = 0
  while ((m = APPS_ZERO.exec(text))) {
    if (HYPOTHETICAL.test(m[0])) continue
    out.add('apps_new', 0, m.index, m.index + m[0].length, FROM_SENTENCE)
  }
}

export function readAppealSentences(text: string, out: Collector): void {
  for (const [field, word] of APPEAL_WORD) {
    const count = new RegExp(`(?:被|引起|发生|涉及)?${word}${NO_DIGIT}{0,10}?${NUM}(?:件|起|次|宗|例)`, 'dg')
    const zero = new RegExp(`${NEGATION}${IN_CLAUSE}{0,36}?${word}`, 'dg')
    const zeroAfter = new RegExp(`${word}${IN_CLAUSE}{0,16}?(?:均为|为|是)\\s*(?:0|零)(?:件|起|次)?`, 'dg')
    let m: RegExpExecArray | null
    count.lastIndex = 0
    while ((m = count.exec(text))) {
      if (HYPOTHETICAL.test(m[0]) || /数量|情况/.test(m[0])) continue
      if (!/政府信息公开|信息公开|依申请/.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10))) continue
      const n = numberAt(m, 1)
      out.add(field, n.value, n.start, n.end, FROM_SENTENCE)
    }
    for (const pattern of [zero, zeroAfter]) {
      pattern.lastIndex = 0
      while ((m = pattern.exec(text))) {
        if (HYPOTHETICAL.test(m[0])) continue
        // keep to statements about disclosure, not about the office's work in general
        // (a heading such as 四、政府信息公开行政复议、行政诉讼情况 may stand a few lines before)
        const around = text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 20)
        if (!/政府信息公开|信息公开|政务公开|依申请/.test(around)) continue
        out.add(field, 0, m.index, m.index + m[0].length, FROM_SENTENCE)
      }
    }
  }
}
