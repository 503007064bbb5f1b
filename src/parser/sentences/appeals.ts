import type { FactField } from '../../data/schema.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { clausesOf, type Reading } from './clauses.ts'
import type { CountToken } from './counts.ts'
import { APPLICATION_PHRASES, hasAny } from './phrases.ts'
import { IN_CLAUSE, NEGATION, NO_DIGIT, NUM, numberAt } from './patterns.ts'
import type { ViewSink } from './readingView.ts'

/**
 * Applications, reconsiderations and lawsuits in prose, as counts
 * (`收到受理政府信息公开申请0件`, `收到申请政府信息公开事项18件`, `被申请行政复议2件`) or as
 * statements of zero (`未收到政府信息公开申请`, `没有依申请公开政府信息办理事项`,
 * `没有因政府信息公开被…行政复议、被提起行政诉讼`). All read on the reading view
 * (readingView.ts), so a count broken over a line or a page still reads.
 */
const APPS_COUNT = new RegExp(
  `(?:收到|受理|接到|接收)${NO_DIGIT}{0,16}?(?:政府信息公开${NO_DIGIT}{0,10}?申请|信息公开申请|依申请公开(?:政府信息)?(?:申请)?|公开申请)${NO_DIGIT}{0,6}?${NUM}(?:件|份|条|个|起|宗)`,
  'dg',
)

/** `其中新收申请13件，上年结转2件` */
const APPS_NEW_SHORT = new RegExp(`新收${NO_DIGIT}{0,10}?申请${NO_DIGIT}{0,3}?${NUM}(?:件|份|条|个|起|宗)`, 'dg')
const APPS_CARRIED_IN = new RegExp(`上年(?:度)?结转${NO_DIGIT}{0,10}?${NUM}(?:件|份|条|个|起|宗)`, 'dg')
/** `收到政府信息公开申请数为零`: the number received given as zero in words */
const APPS_ZERO_AFTER = new RegExp(
  `(?:收到|受理|接到|接收)${NO_DIGIT}{0,16}?申请(?:数|数量|件数|总数)?(?:均为|为|是)(?:零|0)(?![\\d.])`,
  'dg',
)
/**
 * `申请情况统计表各项均为0`: a report that replaces the applications table by saying every
 * figure in it is zero; received and handled are then both zero.
 */
const TABLE_ALL_ZERO = new RegExp(
  `申请${NO_DIGIT}{0,16}?(?:统计表|统计数据|情况表)(?:中)?(?:各项|所有|全部)?(?:数据|指标|数值)?(?:均为|都为|全部为|全为|均是)(?:零|0)(?![\\d.])`,
  'dg',
)
const APP_UNITS = new Set(['件', '份', '条', '个', '起', '宗', '次'])

const APPEAL_WORD: Array<[FactField, string]> = [
  ['reconsideration_total', '行政复议'],
  // 行政诉讼, or 诉讼 alone where it follows 复议 in a list (`行政复议案、诉讼和申诉`): checked by isAppealWord
  ['litigation_total', '诉讼'],
]

/** The word at `at` is the appeal itself: 行政诉讼, or 诉讼 right after 复议 in a list. */
function isAppealWord(text: string, word: string, at: number): boolean {
  if (word !== '诉讼') return true
  return text.startsWith('行政', at - 2) || /复议[案件]?[、和及与或]$/.test(text.slice(Math.max(0, at - 5), at))
}
/** a clause that explains rights rather than reporting what happened */
const HYPOTHETICAL = /可以|可依法|可向|有权|认为|如果|若|如有|不服|告知|途径|渠道|制度/
/** a zero statement about fees or other matters, not about applications received */
const NOT_APPLICATIONS = /收费|费用|减免|复议|诉讼|咨询|举报|投诉/
const ZERO_APPS = new RegExp(`${NEGATION}(?:收到|受理|接到|接收|接受|发生|有)?(?:过|任何)?${IN_CLAUSE}{0,24}?(?:申请|依申请公开)`, 'g')

export function readApplicationSentences(reading: Reading, out: ViewSink): void {
  const text = reading.text
  APPS_COUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = APPS_COUNT.exec(text))) {
    if (/咨询|其中|复议|诉讼/.test(m[0].slice(0, m[0].length - m[1].length))) continue
    const n = numberAt(m, 1)
    out.add('apps_new', n.value, n.start, n.end, FROM_SENTENCE)
  }
  for (const [field, pattern] of [
    ['apps_new', APPS_NEW_SHORT],
    ['apps_carried_in', APPS_CARRIED_IN],
  ] as const) {
    pattern.lastIndex = 0
    while ((m = pattern.exec(text))) {
      const n = numberAt(m, 1)
      out.add(field, n.value, n.start, n.end, FROM_SENTENCE)
    }
  }
  APPS_ZERO_AFTER.lastIndex = 0
  while ((m = APPS_ZERO_AFTER.exec(text))) {
    if (/咨询|复议|诉讼|其中/.test(m[0])) continue
    out.add('apps_new', 0, m.index, m.index + m[0].length, FROM_SENTENCE)
  }
  TABLE_ALL_ZERO.lastIndex = 0
  while ((m = TABLE_ALL_ZERO.exec(text))) {
    out.add('apps_new', 0, m.index, m.index + m[0].length, FROM_SENTENCE)
    out.add('apps_total', 0, m.index, m.index + m[0].length, FROM_SENTENCE)
  }
  readApplicationClauses(reading, out)
}

/**
 * Clause by clause: a count after a verb of receiving and a word for applications is the
 * number received (`依申请公开共受理2件`, `收到申请政府信息公开事项18件`); after a verb of
 * answering with a total word, the number handled (`答复总数21条`, `在已经答复的1件申请中`);
 * a negation before the applications is zero (`没有接到…公开政府信息的申请`).
 */
function readApplicationClauses(reading: Reading, out: ViewSink): void {
  const text = reading.text
  const counts = reading.counts.filter((c) => APP_UNITS.has(c.unit))
  let next = 0
  // the next 申请 and 公开 at or after a position, found once and reused (no rescans)
  let apply = -1
  let open = -1
  let receivedAt = -1
  for (const sentence of reading.sentences) {
    // a count received in the sentence before, unless a new paragraph began since
    // (`收到申请47件，其中…。已办结45件`)
    const receivedBefore = receivedAt >= 0 && sentence.start - receivedAt < 200 && !text.slice(receivedAt, sentence.start).includes('\n')
    if (!receivedBefore) {
      receivedAt = -1
      if (apply < sentence.start) apply = text.indexOf('申请', sentence.start)
      if (apply < 0) break
      if (apply >= sentence.end) continue
      // disclosure applications, not 政务服务 applications: 公开 in the sentence or just before
      const from = Math.max(0, sentence.start - 80)
      if (open < from) open = text.indexOf('公开', from)
      if (open < 0 || open >= sentence.end) continue
    }
    while (next < counts.length && counts[next].start < sentence.start) next++
    let receivedInSentence = false
    for (const clause of clausesOf(text, sentence)) {
      const clauseWords = text.slice(clause.start, clause.end)
      if (HYPOTHETICAL.test(clauseWords)) continue
      let segStart = clause.start
      for (let i = next; i < counts.length && counts[i].start < sentence.end; i++) {
        const c = counts[i]
        if (c.start < clause.start || c.start >= clause.end) continue
        const before = text.slice(segStart, c.start)
        const after = text.slice(c.unitEnd, clause.end)
        segStart = c.unitEnd
        if (hasAny(before, APPLICATION_PHRASES.excluded) || /^[^，,]{0,3}(?:占|%)/.test(after)) continue
        const subject = hasAny(before, APPLICATION_PHRASES.subject) || /^(?:的)?(?:政府信息公开|信息公开)?申请/.test(after)
        // `收到政府信息公开申请3件，办结3件`: the number handled of the applications just counted
        // (`全年办结8件`, `已办结45件` in the next sentence of the same paragraph)
        if (
          !subject &&
          (receivedInSentence || receivedBefore) &&
          /^(?:全年|本年度?|年内|共|累计)?(?:已|均已|全部|共)?(?:办结|答复|办理完毕)$/.test(before)
        ) {
          add(out, 'apps_total', c)
          continue
        }
        if (!subject) continue
        const handled = hasAny(before, APPLICATION_PHRASES.handled)
        // `本年度依申请公开政府信息0件`: the clause is the applications, no verb needed
        const received = hasAny(before, APPLICATION_PHRASES.received) || /^[^，,]{0,12}依申请公开(?:政府信息|信息)?$/.test(before)
        if (handled && /总|共|全部|已|全年|本年|累计/.test(before)) add(out, 'apps_total', c)
        else if (received && !handled) {
          add(out, 'apps_new', c)
          receivedInSentence = true
          receivedAt = c.unitEnd
        }
      }
      ZERO_APPS.lastIndex = 0
      let z: RegExpExecArray | null
      while ((z = ZERO_APPS.exec(clauseWords))) {
        if (NOT_APPLICATIONS.test(clauseWords) || !/公开/.test(clauseWords)) continue
        out.add('apps_new', 0, clause.start + z.index, clause.start + z.index + z[0].length, FROM_SENTENCE)
      }
    }
  }
}

function add(out: ViewSink, field: FactField, c: CountToken): void {
  out.add(field, c.value, c.start, c.end, FROM_SENTENCE)
}

export function readAppealSentences(text: string, out: ViewSink): void {
  for (const [field, word] of APPEAL_WORD) {
    const count = new RegExp(`${word}${NO_DIGIT}{0,10}?${NUM}(?:件|起|次|宗|例)`, 'dg')
    const zero = new RegExp(`${NEGATION}${IN_CLAUSE}{0,36}?${word}`, 'dg')
    const zeroAfter = new RegExp(`${word}${IN_CLAUSE}{0,16}?(?:均为|为|是)\\s*(?:0|零)(?:件|起|次)?`, 'dg')
    let m: RegExpExecArray | null
    count.lastIndex = 0
    while ((m = count.exec(text))) {
      if (!isAppealWord(text, word, m.index)) continue
      if (HYPOTHETICAL.test(m[0]) || /数量|情况/.test(m[0])) continue
      // disclosure named near the count, or earlier in its paragraph (`因政府信息公开申请引起的
      // 行政复议4件，其中…；引起的行政诉讼2件`); not a case said to have nothing to do with it
      const sentenceStart = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('。', m.index)) + 1
      const near = text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10)
      const own = text.slice(Math.max(0, sentenceStart, m.index - 120), m.index + m[0].length + 16)
      if (!/政府信息公开|信息公开|依申请/.test(near) && !/政府信息公开|信息公开|依申请/.test(own)) continue
      if (/(?:不涉及|无关|不属于)(?:政府)?信息公开/.test(own)) continue
      const n = numberAt(m, 1)
      out.add(field, n.value, n.start, n.end, FROM_SENTENCE)
    }
    for (const pattern of [zero, zeroAfter]) {
      pattern.lastIndex = 0
      while ((m = pattern.exec(text))) {
        const wordAt = pattern === zero ? m.index + m[0].length - word.length : m.index
        if (!isAppealWord(text, word, wordAt)) continue
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

/** a heading line: 一、 / (一) / 1. then a few words, no full stop */
const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])?[^。；;，,\d]{2,40}$/
/** the whole of a section's text saying nothing happened: `无。`, `本年度无此类情况。` */
const NONE =
  /^(?:本年度|本年|全年|今年|年内|\d{4}年度?)?[,，]?(?:我[镇乡街道区县局委办]{1,2})?(?:无|没有|未发生|均无|暂无|没有发生|未收到)(?:此类|相关|任何)?(?:情况|事项|案件|申请)?$/

/**
 * A section whose whole text is "none": `五、因政府信息公开申请行政复议、提起行政诉讼的情况`
 * then `无。` reads as zero for what the heading names (复议, 诉讼, 依申请公开).
 */
export function readNoneUnderHeadings(reading: Reading, out: ViewSink): void {
  const { text, sentences } = reading
  for (const sentence of sentences) {
    // `行政复议、行政诉讼情况：无` on one line
    if (sentence.end - sentence.start > 48) continue
    const words = text.slice(sentence.start, sentence.end)
    const colon = words.search(/[:：]/)
    if (colon < 0 || !NONE.test(words.slice(colon + 1))) continue
    zeroFor(words.slice(0, colon), sentence.start + colon + 1, sentence.end, out)
  }
  for (let i = 0; i + 1 < sentences.length; i++) {
    const next = sentences[i + 1]
    // cheap test first: the sentence after a heading is a few characters long
    if (next.end - next.start > 16) continue
    const words = text.slice(next.start, next.end)
    if (!NONE.test(words)) continue
    const head = sentences[i]
    if (text[head.end] !== '\n') continue
    const heading = text.slice(head.start, head.end)
    if (!HEADING.test(heading)) continue
    zeroFor(heading, next.start, next.end, out)
  }
}

/** Zero for what a heading or label names: 复议, 诉讼, applications (not their fees). */
function zeroFor(label: string, start: number, end: number, out: ViewSink): void {
  if (HYPOTHETICAL.test(label)) return
  if (/复议/.test(label)) out.add('reconsideration_total', 0, start, end, FROM_SENTENCE)
  if (/诉讼/.test(label)) out.add('litigation_total', 0, start, end, FROM_SENTENCE)
  if (/依申请公开|公开申请/.test(label) && !/复议|诉讼|收费|费用|减免/.test(label)) out.add('apps_new', 0, start, end, FROM_SENTENCE)
}
