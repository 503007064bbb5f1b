import type { Collector } from '../collect.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { NO_DIGIT, NUM, numberAt } from './patterns.ts'

/**
 * People working on disclosure: `从事政府信息公开工作人员7人`, `专职人员2名，兼职人员5名`.
 * Where only 专职 and 兼职 are given, staff_total is their sum (LABELS.md).
 */
const TOTAL = new RegExp(`(?:从事|负责|配备|配齐|共有|现有)${NO_DIGIT}{0,6}?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:的)?(?:工作)?人员${NO_DIGIT}{0,4}?${NUM}(?:名|人|个)`, 'dg')
const FULL = new RegExp(`专职(?:工作)?(?:人员)?${NO_DIGIT}{0,3}?${NUM}(?:名|人)`, 'dg')
/** 专职/兼职 counts only count when the sentence is about disclosure work */
const DISCLOSURE = /政府信息公开|政务公开|信息公开/
const PART = new RegExp(`兼职(?:工作)?(?:人员)?${NO_DIGIT}{0,3}?${NUM}(?:名|人)`, 'dg')

export function readStaffSentences(text: string, out: Collector): void {
  let m: RegExpExecArray | null
  TOTAL.lastIndex = 0
  while ((m = TOTAL.exec(text))) {
    const n = numberAt(m, 1)
    out.add('staff_total', n.value, n.start, n.end, FROM_SENTENCE)
  }
  FULL.lastIndex = 0
  let full: RegExpExecArray | null
  while ((full = FULL.exec(text)) && !DISCLOSURE.test(text.slice(Math.max(0, full.index - 40), full.index + 60)));
  if (full) {
    const n = numberAt(full, 1)
    out.add('staff_fulltime', n.value, n.start, n.end, FROM_SENTENCE)
    PART.lastIndex = full.index
    const part = PART.exec(text)
    if (part && part.index - full.index < 60) {
      const p = numberAt(part, 1)
      out.add('staff_parttime', p.value, p.start, p.end, FROM_SENTENCE)
    }
  }
}
