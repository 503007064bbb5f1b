import { CHANNEL_COLUMNS, type FactField } from '../../data/schema.ts'
import { FROM_SENTENCE, type Collector } from '../collect.ts'
import type { CountToken } from './counts.ts'
import {
  CHANNEL_PHRASES,
  ITEM_NOUNS,
  ITEM_UNITS,
  LAST_YEAR,
  NARROWER_THAN_TOTAL,
  NOT_OWN_CHANNEL,
  NOT_PUBLISHING,
  PART_OF,
  PUBLISH_VERBS,
  TOTAL_MARKERS,
  alternation,
  hasAny,
  type ChannelField,
} from './phrases.ts'
import { quoteOf, spanOf, type ReadingView } from './readingView.ts'
import { clausesOf, type Reading, type Span } from './clauses.ts'

/**
 * The year's proactive disclosure in prose: the total (`全年主动公开政府信息166条`) and the
 * count of each channel (`其中在政府网站公开74条`), read clause by clause.
 *
 * A count belongs to the channel named in the words since the clause's previous count
 * (`政府网站公开10,000条、政务微博公开1,200条`), or in the clause before when that clause
 * only names the channel (`通过政府门户网站，主动公开信息138条`). Channels listed together
 * share one count, which is then nobody's but a total (`通过网站、微信等公开350条`), unless
 * the report says 分别 and gives one count each. A count with no channel is the total when
 * it is published output of the year (a publishing verb, and 主动公开 or a total word) and
 * not a part (`其中…`), a share (`…条，占62%`) or a narrower kind (`重点领域信息`).
 * When the report gives no total and exactly one channel count reads as the year's
 * disclosure (`通过门户网站主动公开政府信息46条`), that count is also the total, with the
 * warning `total_from_channel`.
 */
interface ChannelReading {
  field: FactField
  count: CountToken
  /** the full-stop sentence it was read in (see `period`) */
  sentence: number
  /** a broad word (`网上`) named the channel */
  weak: boolean
}

const CHANNEL_WORDS = CHANNEL_PHRASES.flatMap((c) => [
  ...c.names.map((w) => ({ w, field: c.field, weak: false })),
  ...(c.weak ?? []).map((w) => ({ w, field: c.field, weak: true })),
])
const FIELD_OF = new Map(CHANNEL_WORDS.map((c) => [c.w, c]))
const CHANNEL = new RegExp(alternation(CHANNEL_WORDS.map((c) => c.w)), 'g')
const ITEM_UNIT_SET = new Set<string>(ITEM_UNITS)
/** units a total or a channel count is given in (期 and 份 count issues of a board or paper) */
const TOTAL_UNITS = new Set(['条', '篇', '则', '件', '项'])
/** the items new this year: `其中2009年新增主动公开信息137条`, `本年新增…` */
const NEW_THIS_YEAR = /(?:(\d{4})年度?|本年度?|今年|当年)(?:新增|新公开)(?:主动公开)?(?:政府信息|信息)/
/** a clause that is only a total word before its figure: `共计91条`, `合计 120 条` */
const BARE_TOTAL = /^(?:共计|合计|总计|共|累计|总共)(?:为|达)?$/
/**
 * `通过电子显示屏等其他方式公开56条`, `通过其他方式(镇村公示栏、大喇叭、微信群)公开1,263条`:
 * channels named as examples of 其他方式 (before 等, or in brackets after it) are the other
 * channel's count, not a list sharing a total.
 */
const OTHER_AFTER_EXAMPLES = new RegExp(
  `(等|[(（])?(?:${alternation(CHANNEL_PHRASES.find((c) => c.field === 'ch_other')!.names)})([(（][^)）]*[)）])?([^，,、()（）]{0,12})$`,
)
const LIST_JOINERS = /^[、，,和及与或以及/“”"'《》()\s]*$/

interface ChannelHit {
  field: ChannelField
  weak: boolean
  start: number
  end: number
}

function channelsIn(text: string, from: number, to: number): ChannelHit[] {
  const hits: ChannelHit[] = []
  // on the slice, so a clause without channel words never scans the rest of the report
  const words = text.slice(from, to)
  CHANNEL.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CHANNEL.exec(words))) {
    const c = FIELD_OF.get(m[0])!
    hits.push({ field: c.field, weak: c.weak, start: from + m.index, end: from + m.index + m[0].length })
  }
  return hits
}

/** The distinct channel fields named in hits, strong names first. */
function fieldsOf(hits: ChannelHit[]): { fields: ChannelField[]; weak: boolean } {
  const strong = [...new Set(hits.filter((h) => !h.weak).map((h) => h.field))]
  if (strong.length) return { fields: strong, weak: false }
  return { fields: [...new Set(hits.map((h) => h.field))], weak: true }
}

export function readDisclosureSentences(view: ReadingView, reading: Reading, out: Collector, year: number | null = null): void {
  const text = view.text
  const channel: ChannelReading[] = []
  /** totals said with 主动公开, and totals said otherwise (`累计发布了111条信息`) */
  const totals: CountToken[] = []
  const plainTotals: CountToken[] = []
  const listTotals: CountToken[] = []
  /** the year's new items beside a running total since the first report */
  const newThisYear: CountToken[] = []
  /** channel counts that read as the year's disclosure (主动公开 / 政府信息) */
  const channelTotals: CountToken[] = []
  /** the full-stop sentence (`period`) each channel-total candidate was read in */
  const periodOf = new Map<CountToken, number>()
  const sentenceOf = (c: CountToken) => periodOf.get(c)

  // `公开栏公示…等信息140余次`: a notice board counts postings in 次; read like items when
  // 信息 is what is counted and posting (公示, 张贴) the verb, not updates or meetings
  const all = reading.counts.filter(
    (c) =>
      ITEM_UNIT_SET.has(c.unit) ||
      (c.unit === '次' &&
        /信息(?:共|达)?$/.test(text.slice(Math.max(0, c.start - 4), c.start)) &&
        /公示|张贴/.test(text.slice(Math.max(0, c.start - 30), c.start))),
  )
  let next = 0
  let partScope = false
  /** which full-stop sentence we are in: ；-separated items belong to the same one */
  let period = 0
  /** the channel of the count a 其中 list splits, if any: its parts are not more of it */
  let parentField: ChannelField | null = null
  let sawOwnYear = false
  for (const sentence of reading.sentences) {
    // `2012年全县主动公开信息7,317条。` in the 2013 report: an earlier year's output
    // (only once a sentence has opened with the report's own year, with counts or not
    // (`2020年,豫海镇严格落实…要求。`): a title's year may be off)
    const opening = /^[（(]?(\d{4}) ?年/.exec(text.slice(sentence.start, sentence.start + 8))
    if (opening && Number(opening[1]) === year) sawOwnYear = true
    while (next < all.length && all[next].start < sentence.start) next++
    if (next >= all.length) break
    if (all[next].start >= sentence.end) continue
    const counts: CountToken[] = []
    for (let i = next; i < all.length && all[i].start < sentence.end; i++) counts.push(all[i])
    const clauses = clausesOf(text, sentence)
    // 其中 runs on over ；-separated items (`其中：A 9条；B 7条；…`) until a full stop
    const afterSemicolon = /[；;]/.test(text[sentence.start - 1] ?? '')
    if (!afterSemicolon) {
      partScope = false
      parentField = null
      period++
    }
    const earlierYear = sawOwnYear && opening !== null && Number(opening[1]) < year!
    let lastField: ChannelField | null = null
    let prevEnd = sentence.start
    let prevPublishing = true
    for (let ci = 0; ci < clauses.length; ci++) {
      const clause = clauses[ci]
      const inClause = counts.filter((c) => c.start >= clause.start && c.start < clause.end)
      if (inClause.length === 0) continue
      const respective = respectiveFields(text, clause, inClause)
      let segStart = clause.start
      // `主动公开政府信息数：160条`: a label in the clause before, the figure alone after it
      if (
        ci > 0 &&
        !/[\u4e00-\u9fff]/.test(text.slice(clause.start, inClause[0].start)) &&
        !counts.some((c) => c.start >= clauses[ci - 1].start && c.start < clauses[ci - 1].end)
      )
        segStart = clauses[ci - 1].start
      for (let k = 0; k < inClause.length; k++) {
        const count = inClause[k]
        // the words since the clause's previous count, and since the sentence's previous count
        const segment = text.slice(segStart, count.start)
        const since = text.slice(prevEnd, count.start)
        if (!partScope && hasAny(since, PART_OF) && (prevPublishing || prevEnd === sentence.start)) {
          partScope = true
          parentField = lastField
        }
        const after = text.slice(count.unitEnd, Math.min(sentence.end, count.unitEnd + 8))
        segStart = count.unitEnd
        prevEnd = count.unitEnd
        const publishing = hasAny(segment, PUBLISH_VERBS) || /^[^，,。；;]{0,4}?(?:信息|政务|稿件|文章)/.test(after)
        prevPublishing = publishing
        const yearly = !partScope && TOTAL_UNITS.has(count.unit) && /主动公开/.test(segment)
        // last year's figures (`去年同期主动公开信息为248条`) and changes against them
        if (earlierYear || hasAny(segment, LAST_YEAR)) continue
        // `截至2009年底累计主动公开信息412条，其中2009年新增主动公开信息137条`: the running
        // total since the first report is not the year's; the part new this year is
        const ownNew = NEW_THIS_YEAR.exec(segment)
        if (
          ownNew &&
          TOTAL_UNITS.has(count.unit) &&
          (!ownNew[1] || Number(ownNew[1]) === year) &&
          /累计/.test(text.slice(sentence.start, count.start)) &&
          !hasAny(segment, NARROWER_THAN_TOTAL)
        ) {
          warnIfImplausible(view, out, count)
          if (count.value !== null) newThisYear.push(count)
          continue
        }
        const examples = OTHER_AFTER_EXAMPLES.exec(segment)
        if (
          examples &&
          (examples[1] === '等' || examples[2]) &&
          !hasAny(examples[3], NOT_PUBLISHING) &&
          !partScopeOf(parentField, partScope)
        ) {
          warnIfImplausible(view, out, count)
          lastField = 'ch_other'
          if (count.value !== null) channel.push({ field: 'ch_other', count, weak: false, sentence: period })
          continue
        }
        if (hasAny(segment, NOT_PUBLISHING) || hasAny(segment, NOT_OWN_CHANNEL)) {
          // a disclosure count through channels not the government's own still means the
          // report split its output: no single channel count is then the whole of it
          if (yearly) {
            channelTotals.push(count)
            periodOf.set(count, period)
          }
          continue
        }

        lastField = null
        let hits = channelsIn(text, count.start - segment.length, count.start)
        if (hits.length === 0 && k === 0 && ci > 0) hits = namedBefore(text, clauses[ci - 1], counts)
        const { fields, weak } = fieldsOf(hits)
        if (respective) {
          warnIfImplausible(view, out, count)
          if (count.value !== null) channel.push({ field: respective[k], count, weak: false, sentence: period })
          continue
        }
        if (fields.length === 1) {
          warnIfImplausible(view, out, count)
          if (count.value === null) continue
          // `微博120条，其中原创微博11条`: a part of the same channel's count
          if (partScope && fields[0] === parentField) continue
          lastField = fields[0]
          channel.push({ field: fields[0], count, weak, sentence: period })
          // the words after the channel's name (`政府信息公开平台` itself says nothing of the year)
          const lastHit = hits[hits.length - 1]
          const context = text.slice(
            lastHit.end <= count.start && lastHit.end >= count.start - segment.length ? lastHit.end : count.start - segment.length,
            count.start,
          )
          if (
            !partScope &&
            !weak &&
            TOTAL_UNITS.has(count.unit) &&
            /主动公开|政府信息/.test(context) &&
            !hasAny(segment, NARROWER_THAN_TOTAL)
          ) {
            channelTotals.push(count)
            periodOf.set(count, period)
          }
          continue
        }
        if (!TOTAL_UNITS.has(count.unit) || partScope || /^[，,]?所?占/.test(after)) continue
        if (fields.length > 1) {
          // a count shared by channels listed together is their total
          if (/等/.test(segment) && publishing && !hasAny(segment, NARROWER_THAN_TOTAL)) {
            warnIfImplausible(view, out, count)
            if (count.value !== null) listTotals.push(count)
          }
          continue
        }
        // `(不同渠道和方式公开相同信息计1条)`: a figure inside brackets explains, it does not count
        const open = (segment.match(/[(（]/g) ?? []).length - (segment.match(/[)）]/g) ?? []).length
        if (open > 0) continue
        // `网站公开信息37条，公开栏公开信息54条，共计91条`: a bare total word closing a
        // sentence that counted channels is their sum, the year's total
        if (BARE_TOTAL.test(segment) && channel.some((r) => r.sentence === period && TOTAL_UNITS.has(r.count.unit))) {
          warnIfImplausible(view, out, count)
          if (count.value !== null) plainTotals.push(count)
          continue
        }
        if (isTotal(since, segment, after, text.slice(sentence.start, count.start))) {
          // without 主动公开, a list of kinds (`网上信息、安全提示等1000余条`) is a part, not the total
          if (!yearly && /等/.test(segment)) continue
          warnIfImplausible(view, out, count)
          if (count.value !== null) (yearly ? totals : plainTotals).push(count)
        }
      }
    }
  }

  for (const t of [...totals, ...plainTotals]) {
    const all = allThrough(text, t)
    // a count the report gives for the channel itself wins
    if (all && !channel.some((r) => r.field === all)) channel.push({ field: all, count: t, weak: false, sentence: -1 })
  }
  for (const field of CHANNEL_COLUMNS) {
    const mine = channel.filter((r) => r.field === field)
    const strong = mine.filter((r) => !r.weak)
    for (const r of strong.length ? strong : mine) add(view, out, field, r.count, FROM_SENTENCE)
    if (!strong.length && mine.length) {
      const span = spanOf(view, mine[0].count.start, mine[0].count.end)
      out.warn('channel_broad_word', valueParam(mine[0].count.value), { field, ...span })
    }
  }
  if (newThisYear.length) for (const t of newThisYear) add(view, out, 'proactive_total', t, FROM_SENTENCE)
  else if (totals.length) for (const t of totals) add(view, out, 'proactive_total', t, FROM_SENTENCE)
  else if (plainTotals.length) for (const t of plainTotals) add(view, out, 'proactive_total', t, FROM_SENTENCE)
  else if (listTotals.length) for (const t of listTotals) add(view, out, 'proactive_total', t, FROM_SENTENCE / 2)
  else if (
    channelTotals.length === 1 &&
    !channel.some((r) => r.count !== channelTotals[0] && r.sentence === sentenceOf(channelTotals[0]))
  ) {
    // …and no other channel is counted beside it (`网站342条，微信516条，微博88条` has no total)
    const t = channelTotals[0]
    add(view, out, 'proactive_total', t, FROM_SENTENCE / 2)
    const span = spanOf(view, t.start, t.end)
    out.warn('total_from_channel', valueParam(t.value), { field: 'proactive_total', ...span })
  }
}

/**
 * The year's total: a publishing verb with 主动公开 or a total word, items as the thing
 * counted, and nothing narrower than all information (`重点领域信息`, `政策解读`).
 */
function isTotal(since: string, segment: string, after: string, sentenceBefore: string): boolean {
  // the verb and the kind of thing counted are the clause's own; a total word may stand
  // earlier in the sentence (`截至12月底，累计主动公开…`)
  // 信息公开 / 政务公开 are the names of the work, not the act (`政府信息公开指南1条`)
  // (but `政府信息公开总量156条` is the total disclosed)
  if (!hasAny(segment.replace(/(?:信息|政务|依申请)公开(?!总量|总数|数量)/g, ''), PUBLISH_VERBS)) return false
  if (hasAny(segment, NARROWER_THAN_TOTAL)) return false
  // `…类信息` is a kind of information, `各类信息` all of it
  if (/(?<!各)类(?:信息|政务)/.test(segment)) return false
  const nounAfter = /^(?:的)?(?:政府信息|政务信息|各类信息|信息|政务)/.test(after)
  // the thing counted named in the clause, after the figure, or earlier in the sentence
  // (`全年公开政府信息工作有序，累计公开86条`, `在政务网公开政府信息41条，…，全年累计公开135条`)
  if (
    !hasAny(segment, ITEM_NOUNS) &&
    !nounAfter &&
    !/主动公开/.test(segment) &&
    !/信息/.test(since) &&
    !(hasAny(since, TOTAL_MARKERS) && /信息/.test(sentenceBefore))
  )
    return false
  if (nounAfter && hasAny(after.slice(0, 8), NARROWER_THAN_TOTAL)) return false
  // `公开各类政府信息120条` names all the government's information, with or without a total word
  return /主动公开/.test(segment) || hasAny(since, TOTAL_MARKERS) || /政府信息|各类信息|政务信息/.test(segment)
}

/**
 * `通过官方微博、微信公众号分别发布各类信息92条、306条`: channels listed before the first
 * count and as many counts joined only by 、 → one count each, in order.
 */
function respectiveFields(text: string, clause: Span, counts: CountToken[]): ChannelField[] | null {
  if (counts.length < 2) return null
  const { fields, weak } = fieldsOf(channelsIn(text, clause.start, counts[0].start))
  if (weak || fields.length !== counts.length) return null
  // the counts follow one another joined only by 、/和 (`10条、20条、30条`): one each, in order,
  // said with 分别 or not
  for (let i = 1; i < counts.length; i++) if (!LIST_JOINERS.test(text.slice(counts[i - 1].unitEnd, counts[i].start))) return null
  return fields
}

/** `共主动公开政府信息43条，全部在区政府信息公开网站公开`: the whole total went through one channel */
const ALL_THROUGH =
  /^[，,]?(?:且|并)?(?:全部|均|全都|都|全数)(?:已)?(?:在|通过|于|经|依托|利用)([^，,。；;]{1,30}?)(?:上|中|内)?(?:予以|进行)?(?:公开|发布|公布|刊发|刊登)(?=[，,。；;\n]|$)/

function allThrough(text: string, total: CountToken): ChannelField | null {
  const m = ALL_THROUGH.exec(text.slice(total.unitEnd, total.unitEnd + 48))
  if (!m || hasAny(m[1], NOT_OWN_CHANNEL)) return null
  const from = total.unitEnd + m.index + m[0].indexOf(m[1])
  const { fields, weak } = fieldsOf(channelsIn(text, from, from + m[1].length))
  return fields.length === 1 && !weak ? fields[0] : null
}

/**
 * The clause before, when it names one channel and counts nothing: `通过政府门户网站，`
 * / `在政务公开栏上，` then the count in the next clause.
 */
function namedBefore(text: string, clause: Span, counts: CountToken[]): ChannelHit[] {
  if (counts.some((c) => c.start >= clause.start && c.start < clause.end)) return []
  const words = text.slice(clause.start, clause.end)
  if (!/^(?:[^，,]{0,12}?)(?:通过|在|利用|依托|借助|运用|经)/.test(words)) return []
  if (hasAny(words, NOT_OWN_CHANNEL)) return []
  const hits = channelsIn(text, clause.start, clause.end)
  // the clause must end with the channel (`在政务公开栏上`), not go on to do something else
  // there (`在网站显眼位置设立专栏`)
  if (hits.length === 0 || !/^[站上中里内等方式平台渠道载体形式()（）“”"]{0,6}$/.test(text.slice(hits[hits.length - 1].end, clause.end)))
    return []
  return hits
}

/** a part of the other channel's count (`其他方式120条，其中…`) is no new channel count */
function partScopeOf(parentField: ChannelField | null, partScope: boolean): boolean {
  return partScope && parentField === 'ch_other'
}

function add(view: ReadingView, out: Collector, field: FactField, count: CountToken, priority: number): void {
  const span = spanOf(view, count.start, count.end)
  out.add(field, count.value, span.start, span.end, priority, quoteOf(view, out.text, count.start, count.end))
}

/** A count as a warning's `value` parameter; none when the count holds no value. */
function valueParam(value: number | null): { value: number } | undefined {
  return value === null ? undefined : { value }
}

export function warnIfImplausible(view: ReadingView, out: Collector, count: CountToken, field?: FactField): void {
  if (!count.implausible) return
  const span = spanOf(view, count.start, count.unitEnd)
  const quote = out.text.slice(span.start, span.end)
  out.warn('implausible_value', { written: quote }, { ...(field ? { field } : {}), ...span, quote })
}
