import type { FactField } from '../../data/schema.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { clausesOf, type Reading } from './clauses.ts'
import { STAFF_PHRASES, hasAny } from './phrases.ts'
import { NO_DIGIT, NUM, numberAt } from './patterns.ts'
import type { ViewSink } from './readingView.ts'

/**
 * People working on disclosure: `从事政府信息公开工作人员7人`, `专职人员2名，兼职人员5名`,
 * `配备了党政办1名兼职工作人员`, `由1人专门负责此项工作`, `安排工作人员3名`.
 * Where only 专职 and 兼职 are given, staff_total is their sum (LABELS.md, parseReport.ts);
 * where the report names one kind only (`配备专职1名`), that is all the staff it states.
 */
const TOTAL = new RegExp(
  `(?:从事|负责|配备|配齐|共有|现有)${NO_DIGIT}{0,6}?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:的)?(?:工作)?人员${NO_DIGIT}{0,4}?${NUM}(?:名|人|个)`,
  'dg',
)
const FULL = new RegExp(`专职(?:工作)?(?:人员)?${NO_DIGIT}{0,3}?${NUM}(?:名|人)`, 'dg')
/** 专职/兼职 counts only count when the sentence is about disclosure work */
const DISCLOSURE = /政府信息公开|政务公开|信息公开/
const PART = new RegExp(`兼职(?:工作)?(?:人员)?${NO_DIGIT}{0,3}?${NUM}(?:名|人)`, 'dg')
/** `专兼职`, `专(兼)职`: both kinds together, i.e. the total */
const BOTH_KINDS = /专[(（]?兼[)）]?职/g
/** the body of disclosure staff named right before its count: `政务公开工作专班3人` */
const TEAM = new RegExp(`(?:政府信息公开|政务公开|信息公开)工作(?:专班|小组成员|人员)${NUM}(?:名|人)`, 'dg')
const PEOPLE_UNITS = new Set(['名', '人', '位'])
/** verbs that give a body its staff */
const STAFFING = /配备|安排|配齐|落实|明确|指定|确定|设有|设立|共有|现有|有|由/

export function readStaffSentences(reading: Reading, out: ViewSink): void {
  const text = reading.text
  let m: RegExpExecArray | null
  TOTAL.lastIndex = 0
  while ((m = TOTAL.exec(text))) {
    // `配备专职信息公开工作人员1名、兼职人员2名`: one kind, not the total
    if (/专职|兼职/.test(m[0].replace(BOTH_KINDS, ''))) continue
    const n = numberAt(m, 1)
    out.add('staff_total', n.value, n.start, n.end, FROM_SENTENCE)
  }
  FULL.lastIndex = 0
  let full: RegExpExecArray | null
  // `1名专职、2名兼职`: a count after a list mark belongs to the next kind, not to 专职
  while (
    (full = FULL.exec(text)) &&
    (!DISCLOSURE.test(text.slice(Math.max(0, full.index - 40), full.index + 60)) || /[、，,]/.test(full[0]))
  );
  if (full) {
    const n = numberAt(full, 1)
    out.add('staff_fulltime', n.value, n.start, n.end, FROM_SENTENCE)
    PART.lastIndex = full.index
    const part = PART.exec(text)
    if (part && part.index - full.index < 60 && !/[、，,]/.test(part[0])) {
      const p = numberAt(part, 1)
      out.add('staff_parttime', p.value, p.start, p.end, FROM_SENTENCE)
    }
  }
  TEAM.lastIndex = 0
  while ((m = TEAM.exec(text))) {
    if (/专职|兼职/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue
    const n = numberAt(m, 1)
    out.add('staff_total', n.value, n.start, n.end, FROM_SENTENCE)
  }
  readStaffClauses(reading, out)
}

/**
 * A count of people in a clause that gives the disclosure work its staff: a staffing verb
 * before, a word for the people before or after, disclosure work named nearby, and nothing
 * that makes them trainees, visitors or the public.
 */
function readStaffClauses(reading: Reading, out: ViewSink): void {
  const text = reading.text
  const counts = reading.counts.filter((c) => PEOPLE_UNITS.has(c.unit) && c.value !== null && c.value <= 200)
  if (counts.length === 0) return
  let next = 0
  for (const sentence of reading.sentences) {
    while (next < counts.length && counts[next].start < sentence.start) next++
    if (next >= counts.length) break
    if (counts[next].start >= sentence.end) continue
    const near = text.slice(Math.max(0, sentence.start - 100), Math.min(text.length, sentence.end + 40))
    if (!hasAny(near, STAFF_PHRASES.about)) continue
    const sentenceWords = text.slice(sentence.start, sentence.end)
    const kinds = sentenceWords.replace(BOTH_KINDS, '')
    const both = /专职/.test(kinds) && /兼职/.test(kinds)
    for (const clause of clausesOf(text, sentence)) {
      const clauseWords = text.slice(clause.start, clause.end)
      if (hasAny(clauseWords, STAFF_PHRASES.excluded)) continue
      let segStart = clause.start
      const inClause = counts.slice(next).filter((c) => c.start >= clause.start && c.start < clause.end)
      for (let k = 0; k < inClause.length; k++) {
        const c = inClause[k]
        const before = text.slice(segStart, c.start).replace(BOTH_KINDS, '专兼人员')
        // what follows, up to the next count: `1名兼职工作人员`, not the next count's words
        const after = text.slice(c.unitEnd, k + 1 < inClause.length ? inClause[k + 1].start : clause.end).replace(BOTH_KINDS, '专兼人员')
        segStart = c.unitEnd
        // `1名专职、2名兼职信息公开工作人员`: the people word may come after the next count
        const rest = text.slice(c.unitEnd, clause.end)
        const people =
          hasAny(before, STAFF_PHRASES.people) ||
          hasAny(after.slice(0, 12), STAFF_PHRASES.people) ||
          (/^[专兼]职/.test(after) && hasAny(rest.slice(0, 24), STAFF_PHRASES.people))
        if (!people) continue
        if (!STAFFING.test(text.slice(clause.start, c.start)) && !/专职|兼职|专兼/.test(before)) continue
        // the kind named right after the count (`1名专职`, `3名(均为兼职)`), else nearest before;
        // a bracket after a total that lists its parts (`2名(专职1名、兼职1名)`) names no kind of it
        const next = /^(?:[(（]?(?:均为|均系|都是|全部为|全为|为|系)?)(专职|兼职)/.exec(after)
        const listsParts = /^[(（][^)）]*?[\d一二两三四五六七八九十壹贰叁]/.test(rest)
        const named = next && !listsParts ? next[1] : /.*(专职|兼职)/.exec(before)?.[1]
        const field: FactField = named === '专职' ? 'staff_fulltime' : named === '兼职' ? 'staff_parttime' : 'staff_total'
        out.add(field, c.value, c.start, c.end, FROM_SENTENCE)
        // one kind named alone is all the staff the report states
        // (not a part of a total given before it: `共有…人员312名，其中专职人员47名`)
        if (field !== 'staff_total' && !both && !/其中/.test(text.slice(sentence.start, c.start)))
          out.add('staff_total', c.value, c.start, c.end, FROM_SENTENCE)
      }
    }
  }
}
