import { FROM_SENTENCE } from '../collect.ts'
import type { ViewSink } from './readingView.ts'
import { NO_DIGIT, NUM, numberAt } from './patterns.ts'

/**
 * Policy interpretations published (政策解读): `全年发布政策解读12篇`,
 * `开展政策解读3次`, `发布政策解读材料5篇`, `政策解读稿件发布数 3` (the table row is read
 * by the statistics table). Responses to public concerns (回应…热点 / 舆情) likewise.
 */
const INTERPRETATIONS = new RegExp(
  `(?:发布|开展|制作|推出|撰写|刊发|公开)${NO_DIGIT}{0,8}?政策解读(?:类信息|材料|稿件|文章|信息)?${NO_DIGIT}{0,4}?${NUM}(?:篇|次|条|期|件|份)`,
  'dg',
)
const INTERPRETATIONS_AFTER = new RegExp(`政策解读(?:类信息|材料|稿件|文章|信息)?${NO_DIGIT}{0,4}?${NUM}(?:篇|条|期|份)`, 'dg')
const RESPONSES = new RegExp(`回应${NO_DIGIT}{0,10}?(?:热点|关切|舆情|关注)${NO_DIGIT}{0,8}?${NUM}(?:次|个|件|条|起)`, 'dg')

export function readInterpretationSentences(text: string, out: ViewSink): void {
  for (const pattern of [INTERPRETATIONS, INTERPRETATIONS_AFTER]) {
    pattern.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = pattern.exec(text))) {
      // `工作文件类(包括规范性文件、政策解读等)信息10条` counts a wider kind
      if (/微博|微信|回应|等|[)）]/.test(m[0])) continue
      const n = numberAt(m, 1)
      out.add('interpretations', n.value, n.start, n.end, FROM_SENTENCE)
    }
  }
  RESPONSES.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = RESPONSES.exec(text))) {
    if (/率|%/.test(m[0])) continue
    const n = numberAt(m, 1)
    out.add('responses', n.value, n.start, n.end, FROM_SENTENCE)
  }
}
