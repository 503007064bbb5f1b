import type { FactField } from '../../data/schema.ts'
import type { Collector } from '../collect.ts'
import { FROM_SENTENCE } from '../collect.ts'
import { NUMBER_SOURCE, parseNumber } from '../numbers.ts'

/**
 * Channel counts in prose: `在腾冲市门户网上发布284条`, `“微会仪公众号”发布信息138条`,
 * `通过公示公告栏等途径发布信息861条`, `其他平台上公开383条`. A count goes to the channel
 * named right before it, in the same clause. A count after a list of several channels
 * (`通过政府网站、微信公众号等公开350条`) belongs to none of them. A broad word such as
 * 网络 / 网上 is not a channel (LABELS.md: it is the sum of the named ones).
 */
const CHANNELS: Array<[FactField, string]> = [
  ['ch_web', '政府网站|门户网站|门户网|政府网|政务网|政务公开网|信息公开网|信息公开平台|信息公开专栏|公开专栏|网站'],
  ['ch_wechat', '微信公众号|微信公众平台|政务微信|微信号|公众号|微信'],
  ['ch_weibo', '政务微博|微博'],
  ['ch_bulletin', '政务公开栏|公示公告栏|信息公开栏|公开栏|宣传栏|公示栏|公告栏|信息栏|公示牌|公开牌|公告牌|宣传牌|宣传橱窗|公开橱窗|板报|黑板报|公示墙|公开墙'],
  ['ch_gazette', '政府公报|公报'],
  ['ch_other', '其他方式|其它方式|其他平台|其它平台|其他渠道|其它渠道|其他形式|其它形式|其他途径|其它途径'],
]

const KEYWORD = new RegExp(CHANNELS.map(([, words]) => `(${words})`).join('|'), 'g')
const COUNT = new RegExp(`(${NUMBER_SOURCE}(?:万(?!元))?)(余|多)?(条|篇|则|期|项|件|个)`, "g")
/** a clause that counts something other than items published */
const NOT_PUBLISHING = /回应|解读|舆情|访谈|留言|咨询|点击|访问|粉丝|关注|阅读|浏览|申请|建议|提案|占|%|比例/
const LIST_JOIN = /^[\s、，,和及与或以/“”"'《》]*$/
/** a 新闻网 / 文明网 is a media site, not the government's own */
const MEDIA_BEFORE = /(新闻|文明|日报|电视|广播)$/

function fieldOf(m: RegExpExecArray): FactField {
  for (let g = 1; g <= CHANNELS.length; g++) if (m[g] !== undefined) return CHANNELS[g - 1][0]
  return CHANNELS[0][0]
}

export function readChannelSentences(text: string, out: Collector): void {
  const hits: Array<{ field: FactField; start: number; end: number }> = []
  KEYWORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = KEYWORD.exec(text))) hits.push({ field: fieldOf(m), start: m.index, end: m.index + m[0].length })

  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]
    if (MEDIA_BEFORE.test(text.slice(Math.max(0, hit.start - 4), hit.start))) continue
    const prev = hits[i - 1]
    const next = hits[i + 1]
    // part of a list of channels: `政府网站、微信公众号` → the count is for the list
    const joined = (a: typeof hit, b: typeof hit) => a.field !== b.field && b.start - a.end <= 3 && LIST_JOIN.test(text.slice(a.end, b.start))
    if (next && joined(hit, next)) continue
    if (prev && joined(prev, hit)) {
      readListTotal(text, hit.end, out)
      continue
    }
    // the clause after the keyword, up to the next channel keyword or the end of the clause
    let stop = hit.end
    const limit = Math.min(text.length, hit.end + 30, next ? next.start : text.length)
    while (stop < limit && !/[。；;\n]/.test(text[stop])) stop++
    const clause = text.slice(hit.end, stop)
    COUNT.lastIndex = 0
    const c = COUNT.exec(clause)
    if (!c) continue
    const between = clause.slice(0, c.index)
    if (NOT_PUBLISHING.test(between) || /^\s*[%％]/.test(clause.slice(c.index + c[0].length))) continue
    if (/[，,]/.test(between) && between.length > 12) continue
    const start = hit.end + c.index
    out.add(hit.field, parseNumber(c[1]), start, start + c[1].length, FROM_SENTENCE)
  }
}

/**
 * `通过政府网站、政务微信等平台发布信息1,250条`: a count after a list of channels is the
 * total over them. It is a weak reading of proactive_total: an explicit `主动公开…N条` wins.
 */
function readListTotal(text: string, from: number, out: Collector): void {
  let stop = from
  const limit = Math.min(text.length, from + 24)
  while (stop < limit && !/[。；;\n]/.test(text[stop])) stop++
  const clause = text.slice(from, stop)
  COUNT.lastIndex = 0
  const c = COUNT.exec(clause)
  if (!c || c[3] === '件' || c[3] === '个') return
  const between = clause.slice(0, c.index)
  if (!/等/.test(between) || !/发布|公开/.test(between) || NOT_PUBLISHING.test(between)) return
  const start = from + c.index
  out.add('proactive_total', parseNumber(c[1]), start, start + c[1].length, FROM_SENTENCE / 2)
}
