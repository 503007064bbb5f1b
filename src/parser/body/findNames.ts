/**
 * Where a report names the body that wrote it: the title, an organisation line next to the
 * title, labelled fields (发布机构, 填报单位 …), the signature at the end, and phrases of the body
 * text (`结合乌图布拉格镇实际`). Each finder looks only at bounded windows or at specific regex
 * hits, so the whole pass is linear in the text.
 */
import { getGazetteer, shortBodyName, splitDivisionNames, townshipSuffix } from '../../gazetteer/index.ts'

export type NameSource = 'title' | 'heading' | 'filler' | 'signature' | 'publisher' | 'phrase' | 'mention'

/** A body name as written, with its span in the text. */
export interface NameHit {
  /** as written, `泉阳镇人民政府`, `腾冲市界头镇`, `金塘` */
  raw: string
  start: number
  end: number
  source: NameSource
}

export const HEAD = 800
export const TAIL = 400

const NAME_CHARS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff〇（）()·'
const NAME_RUN_END = new RegExp(`[${NAME_CHARS}]+$`)
const NAME_RUN_START = new RegExp(`^[${NAME_CHARS}]+`)

/** Years as written in titles: 2018年, 2018年度, 二〇一八年. */
const YEAR = /(?:19|20)\d{2}\s*年度?|[〇○零一二三四五六七八九]{4}\s*年度?/
/** Where the report's own words start after the body's name in a title. */
const TITLE_WORDS = /关于|(?:政府)?(?:信息|资讯)公开|政务公开|年度报告|工作报告|年度工作|工作年度|年报/

/** Words that end an organisation's name. */
const ORG_END = /(?:人民政府|办事处|政府|管委会|管理委员会|委员会|镇|乡|街道|苏木|县|区|市|旗|州|盟|省|局|委|办|厅|署|中心|所|站|院|处)$/
/** … a government's name. */
const GOV_END = /(?:人民政府|办事处|政府|管委会|管理委员会)$/

/**
 * A line or field value that names an organisation: a government, a township (`金塘镇`), a
 * division the gazetteer knows (`腾冲市`), or a department whose name starts with one
 * (`永吉县发改局`); not an office word or a table cell (`信息公开办`, `填报人`, `社区`).
 */
function orgName(raw: string): boolean {
  const short = shortBodyName(raw)
  if (!plausibleName(short)) return false
  if (GOV_END.test(raw) || townshipSuffix(short)) return true
  return ORG_END.test(raw) && splitDivisionNames(short).segments.length > 0
}

const GENERIC = new Set([
  '人民政府',
  '政府',
  '乡镇',
  '城镇',
  '集镇',
  '村镇',
  '街道',
  '乡镇人民政府',
  '镇政府',
  '乡政府',
  '县政府',
  '区政府',
  '市政府',
  '本镇',
  '我镇',
  '全镇',
  '该镇',
  '本乡',
  '我乡',
  '全乡',
  '该乡',
  '本街道',
  '我街道',
  '全街道',
  '各乡镇',
  '公开目录',
  '主题词',
  '标题',
  '名称',
  '年度',
  '本机关',
  '我局',
  '本局',
  '本单位',
  '我单位',
  '各级',
  '办公室',
  '政府办',
  '政府办公室',
  '委员会',
  '管委会',
  '办事处',
  '填报人',
  '负责人',
  '联系人',
  '审核人',
  '签发人',
  '社区',
  '小区',
  '园区',
  '景区',
  '辖区',
  '城区',
  '地区',
  '新区',
  '市区',
  '郊区',
])

/**
 * True when a short body name could be a real body (not `本镇`, `人民政府`, `公开目录` …).
 * A name the gazetteer knows is always plausible (全福街道, 各莫镇, 大平台乡).
 */
export function plausibleName(short: string): boolean {
  if (short.length < 2 || short.length > 30) return false
  if (GENERIC.has(short)) return false
  const g = getGazetteer()
  if (g.townshipsByName(short).length || g.uppersByName(short).length) return true
  if (/^[我本全该各此](?:乡镇|镇|乡|街道|县|区|市|旗|局|委|办|单位|机关|部门|级)/.test(short)) return false
  if (/^(?:中华人民共和国|国务院|条例|关于)/.test(short)) return false
  if (/网站|门户|平台|网$|专栏|目录/.test(short)) return false
  // prose, not a name: `本报告由XX镇政务公开办编制`
  if (/报告|[由的了是将]|按照|根据|现将/.test(short)) return false
  return true
}

interface Line {
  text: string
  start: number
}

function lines(text: string, from: number, to: number): Line[] {
  const out: Line[] = []
  let start = from
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      out.push({ text: text.slice(start, i), start })
      start = i + 1
    }
  }
  return out
}

function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length
  return { text: line.text.trim(), start: line.start + lead }
}

/** The title line(s) in the head: a short line saying 报告 and 公开 (or 年报). */
export function findTitles(text: string): Array<{ line: Line; name: NameHit | null }> {
  const out: Array<{ line: Line; name: NameHit | null }> = []
  const head = lines(text, 0, Math.min(text.length, HEAD))
  for (let i = 0; i < head.length; i++) {
    const line = trimmed(head[i])
    if (line.text.length < 6 || line.text.length > 80) continue
    let words = line.text
    if (!/报告|年报/.test(words)) {
      // a title broken over two lines: `界头镇2018年度政府信息公开工作` + `年度报告`
      const next = head.slice(i + 1, i + 4).find((l) => l.text.trim())
      if (!next || !/^\s*\S{0,8}(?:报告|年报)\s*$/.test(next.text)) continue
      words += next.text.trim()
    }
    if (!/报告|年报/.test(words) || !/公开|年报/.test(words)) continue
    // prose (`…结合XX镇实际,现将2019年政府信息公开报告如下:`) is not a title
    if (/[,，。；;！!？?]|如下/.test(line.text)) continue
    const year = YEAR.exec(line.text)
    // a page header such as `公开目录 政府信息公开报告 发布日期` is not a title
    if (!year && /\s/.test(line.text)) continue
    out.push({ line, name: titleName(line, year) })
    if (out.length >= 3) break
  }
  return out
}

function titleName(line: Line, year: RegExpExecArray | null): NameHit | null {
  const s = line.text
  const words = TITLE_WORDS.exec(s)
  const leading = year !== null && year.index <= 2
  const yearEnd = year ? year.index + year[0].length : 0
  // the name ends where the year or the report's own words begin, whichever is first after the
  // leading year (`2018年XX镇人民政府政府信息公开…`), and starts after that leading year
  const cuts = [year && !leading ? year.index : undefined, words && (!leading || words.index >= yearEnd) ? words.index : undefined].filter(
    (n): n is number => n !== undefined && n > 0,
  )
  if (cuts.length) {
    const cut = Math.min(...cuts)
    const from = leading && yearEnd <= cut ? yearEnd : 0
    const before = s.slice(from, cut).replace(/\s+$/, '') // `界头镇 2018年度…`
    const run = NAME_RUN_END.exec(before)
    if (run) {
      const raw = stripLabel(run[0])
      const start = line.start + from + before.length - raw.length
      if (plausibleName(shortBodyName(raw))) return { raw, start, end: start + raw.length, source: 'title' }
    }
  }
  // `2018年泉阳镇人民政府政府信息公开年度报告`: the name follows the year
  if (year && year.index <= 2) {
    const after = year.index + year[0].length
    const rest = s.slice(after)
    const stop = TITLE_WORDS.exec(rest)
    const lead = rest.length - rest.trimStart().length
    const run = NAME_RUN_START.exec((stop ? rest.slice(0, stop.index) : rest).slice(lead))
    if (run && plausibleName(shortBodyName(run[0]))) {
      const start = line.start + after + lead
      return { raw: run[0], start, end: start + run[0].length, source: 'title' }
    }
  }
  return null
}

/** Words glued before the name in a title: `标题`, `关于` (`关于XX镇2018年…的报告`). */
function stripLabel(raw: string): string {
  return raw.replace(/^(?:标题|题目|名称)/, '').replace(/^关于/, '')
}

const ORG_LINE = new RegExp(`^[${NAME_CHARS}]{2,30}$`)

function orgLine(line: Line): NameHit | null {
  const t = trimmed(line)
  if (t.text.length < 2 || t.text.length > 60) return null
  // `泉阳镇人民政府 2019年2月28日` → the name before the date
  const m = /^(\S{2,30}?)\s*(?:(?:19|20)\d{2}\s*年.*|(?:19|20)\d{2}[-.\s]\d{1,2}[-.\s]\d{1,2}.*)?$/.exec(t.text)
  const name = m ? m[1] : t.text
  if (!ORG_LINE.test(name) || !orgName(name)) return null
  return { raw: name, start: t.start, end: t.start + name.length, source: 'heading' }
}

/** Organisation-only lines just before or after the title (`泉阳镇人民政府\n\n2018年…报告`). */
export function findHeadings(text: string, title: Line | null): NameHit[] {
  const head = lines(text, 0, Math.min(text.length, HEAD)).filter((l) => l.text.trim())
  const out: NameHit[] = []
  const at = title ? head.findIndex((l) => l.start + l.text.length >= title.start && l.start <= title.start) : -1
  const picks = at >= 0 ? [at - 1, at - 2, at + 1, at + 2] : [0, 1, 2, 3]
  for (const i of picks) {
    const line = head[i]
    if (!line) continue
    const hit = orgLine(line)
    if (hit) out.push(hit)
  }
  return out
}

/** The last organisation line in the tail, usually above the date (`界头镇人民政府\n\n2018 1 11`). */
export function findSignature(text: string): NameHit | null {
  const from = Math.max(0, text.length - TAIL)
  const tail = lines(text, from, text.length).filter((l) => l.text.trim())
  for (let i = tail.length - 1; i >= 0 && i >= tail.length - 6; i--) {
    const hit = orgLine(tail[i])
    if (hit) return { ...hit, source: 'signature' }
  }
  // attachments after the signature (附件: 统计表 …): an organisation line followed by a date
  const wide = lines(text, Math.max(0, text.length - SIGNED_TAIL), text.length).filter((l) => l.text.trim())
  for (let i = wide.length - 2; i >= 0; i--) {
    if (wide[i].text.length > 60 || !DATE_LINE.test(wide[i + 1].text)) continue
    const hit = orgLine(wide[i])
    if (hit) return { ...hit, source: 'signature' }
  }
  return null
}

const SIGNED_TAIL = 3000
/** A date on its own line: 2019年2月28日, 2019-02-28, `2018 1 11` (年月日 lost), 二〇一九年二月. */
const DATE_LINE =
  /^\s*(?:(?:19|20)\d{2}\s*[年.\-/\s]\s*\d{1,2}\s*(?:[月.\-/\s]\s*\d{1,2}\s*日?)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)\s*$/

const LABEL =
  /(发布机构|发文机关|发布单位|发文单位|公开主体|主办单位|公开单位|填报单位|报送单位|编制单位|报告单位|信息来源)\s*[(（]?\s*(?:盖章|公章|签章)?\s*[)）]?\s*[:：]?\s*([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff〇（）()]{2,30})/g

/** Labelled fields anywhere in the text: `发布机构 腾冲市界头镇`, `填报单位(盖章):金塘镇`. */
export function findLabels(text: string): NameHit[] {
  const out: NameHit[] = []
  LABEL.lastIndex = 0
  for (let m = LABEL.exec(text); m && out.length < 6; m = LABEL.exec(text)) {
    let raw = m[2]
    // `发布机构 腾冲市界头镇公开目录` can't happen (whitespace ends the run), but a label glued to
    // the next label can: cut at the next label word
    const glued = /(公开目录|发布日期|索引号|文号|主题词|生成日期)/.exec(raw)
    if (glued) raw = raw.slice(0, glued.index)
    if (!orgName(raw)) continue
    const start = m.index + m[0].length - m[2].length
    const source: NameSource = /填报|报送|编制|报告单位/.test(m[1]) ? 'filler' : 'publisher'
    out.push({ raw, start, end: start + raw.length, source })
  }
  return out
}

/** `结合乌图布拉格镇实际`, `XX镇人民政府认真贯彻…` in the head. */
export function findPhrases(text: string): NameHit[] {
  const head = text.slice(0, Math.min(text.length, HEAD))
  const out: NameHit[] = []
  const re = /结合([\u3400-\u4dbf\u4e00-\u9fff〇]{2,20}?)(?:的)?(?:工作)?(?:实际|实情)/g
  for (let m = re.exec(head); m && out.length < 3; m = re.exec(head)) {
    const raw = m[1]
    if (!ORG_END.test(raw) || !plausibleName(shortBodyName(raw))) continue
    const start = m.index + 2
    out.push({ raw, start, end: start + raw.length, source: 'phrase' })
  }
  return out
}

/**
 * Township names the gazetteer knows, as they occur in the head (`2019年度,乌图布拉格镇按照…`):
 * at each 镇/乡/街道/苏木 take the longest known name ending there. Most frequent first.
 * Nothing in the head: the whole text (`2014年,南薰乡未收取…` in section 六), and there a name
 * renamed since (南薰乡, now 南薰镇) by its stem when it stands after a boundary.
 */
export function findMentions(text: string): NameHit[] {
  const head = mentionsIn(text, Math.min(text.length, HEAD), false)
  if (head.length) return head
  const limit = Math.min(text.length, MENTION_LIMIT)
  const exact = mentionsIn(text, limit, false)
  return exact.length ? exact : mentionsIn(text, limit, true)
}

const MENTION_LIMIT = 30_000
/** what may stand before a township name found by its stem alone: not a character of a longer word */
const STEM_BOUNDARY = /[^\u3400-\u4dbf\u4e00-\u9fff〇]|[年在对由为是经据]/

function mentionsIn(text: string, end: number, byStem: boolean): NameHit[] {
  const g = getGazetteer()
  const counts = new Map<string, { hit: NameHit; count: number }>()
  const max = Math.min(g.maxNameLength, 16)
  for (let i = 0; i < end; i++) {
    const c = text[i]
    let e: number
    if (c === '镇' || c === '乡') e = i + 1
    else if ((c === '街' && text[i + 1] === '道') || (c === '苏' && text[i + 1] === '木')) e = i + 2
    else continue
    for (let n = Math.min(byStem ? e - i + 3 : max, e); n >= 3; n--) {
      const raw = text.slice(e - n, e)
      if (!/^[\u3400-\u4dbf\u4e00-\u9fff〇]+$/.test(raw) || !plausibleName(raw)) continue
      if (byStem) {
        const stem = raw.slice(0, raw.length - (e - i))
        if (stem.length < 2 || !STEM_BOUNDARY.test(text[e - n - 1] ?? ' ') || !g.townshipsByStem(stem).length) continue
      } else if (!g.townshipsByName(raw).length) continue
      const seen = counts.get(raw)
      if (seen) seen.count++
      else counts.set(raw, { hit: { raw, start: e - n, end: e, source: 'mention' }, count: 1 })
      break
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.hit.start - b.hit.start).map((x) => x.hit)
}
