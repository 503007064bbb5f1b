/**
 * The six sections a report must have (templates.md (a): 2019 and 2021 keep the same six
 * headings; old 条例 art. 32 lists six contents too). Real reports vary the wording, so a heading
 * is matched by its number plus keywords, never by the exact string.
 */
import type { Template } from '../data/schema.ts'
import type { Span } from './complianceTypes.ts'

export interface SectionSpec {
  /** the official heading, shown to the reader */
  label: string
  /** 一 … 六; null when the old format fixed no numbering */
  number: string | null
  keywords: RegExp
}

const NEW_FORMAT: SectionSpec[] = [
  { label: '一、总体情况', number: '一', keywords: /总体|概述|总\s*体情况|基本情况/ },
  { label: '二、主动公开政府信息情况', number: '二', keywords: /主动公开/ },
  { label: '三、收到和处理政府信息公开申请情况', number: '三', keywords: /申请/ },
  { label: '四、政府信息公开行政复议、行政诉讼情况', number: '四', keywords: /复议|诉讼/ },
  { label: '五、存在的主要问题及改进情况', number: '五', keywords: /问题|不足|改进/ },
  { label: '六、其他需要报告的事项', number: '六', keywords: /其他|其它/ },
]

/** Old 条例 art. 32: the contents, in no fixed numbering. */
const OLD_FORMAT: SectionSpec[] = [
  { label: '主动公开政府信息情况', number: null, keywords: /主动公开/ },
  { label: '依申请公开政府信息情况', number: null, keywords: /依申请|申请公开|收到申请/ },
  { label: '收费及减免情况', number: null, keywords: /收费|减免|收取[^\n]{0,6}费用/ },
  { label: '行政复议、行政诉讼情况', number: null, keywords: /复议|诉讼/ },
  { label: '存在的主要问题及改进情况', number: null, keywords: /问题|不足|改进/ },
  { label: '其他需要报告的事项', number: null, keywords: /其他|其它/ },
]

export function sectionSpecs(template: Template | null): SectionSpec[] {
  return template === '2019' || template === '2021' ? NEW_FORMAT : OLD_FORMAT
}

/** 一、… / 一. … at the start of a line: a top-level heading. */
const TOP = /^[\s\u3000]*([一二三四五六七八九十]{1,3})[\s\u3000]*[、.．,，]/
/** （一）… / ㈠ …: a sub-heading, which old-format reports often use for the topics. */
const SUB = /^[\s\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[\u3220-\u3229])/

export interface Heading extends Span {
  number: string | null
  top: boolean
  /** the heading words (the first 40 characters after the number) */
  words: string
}

/**
 * Heading-like lines. Table rows (flattened cells end in ' |', and the application table's rows
 * are numbered 一、… 四、 too) are left out.
 */
export function findHeadings(text: string): Heading[] {
  const out: Heading[] = []
  let start = 0
  for (const line of text.split('\n')) {
    const end = start + line.length
    const trimmed = line.trim()
    if (trimmed && !trimmed.endsWith('|') && !/数量|结转/.test(trimmed.slice(0, 30))) {
      const top = TOP.exec(line)
      const sub = top ? null : SUB.exec(line)
      const m = top ?? sub
      if (m)
        out.push({
          quote: trimmed.slice(0, 120),
          start: start + line.indexOf(trimmed),
          end,
          number: top ? top[1] : null,
          top: !!top,
          words: line.slice(m[0].length, m[0].length + 40),
        })
    }
    start = end + 1
  }
  return out
}

export type SectionStatus = 'present' | 'misnumbered' | 'prose' | 'missing'

export interface SectionFinding {
  spec: SectionSpec
  status: SectionStatus
  /** the heading (or the prose sentence) found */
  at: Span | null
}

export function findSections(text: string, template: Template | null): SectionFinding[] {
  const headings = findHeadings(text)
  const isNew = template === '2019' || template === '2021'
  return sectionSpecs(template).map((spec) => {
    if (isNew) {
      const exact = headings.find((h) => h.top && h.number === spec.number && spec.keywords.test(h.words))
      if (exact) return { spec, status: 'present', at: exact }
      const other = headings.find((h) => h.top && spec.keywords.test(h.words))
      return other ? { spec, status: 'misnumbered', at: other } : { spec, status: 'missing', at: null }
    }
    const heading = headings.find((h) => spec.keywords.test(h.words))
    if (heading) return { spec, status: 'present', at: heading }
    const prose = proseMention(text, spec.keywords)
    return prose ? { spec, status: 'prose', at: prose } : { spec, status: 'missing', at: null }
  })
}

/** The first sentence that mentions the topic. */
function proseMention(text: string, keywords: RegExp): Span | null {
  const m = new RegExp(keywords.source, 'g').exec(text)
  if (!m) return null
  const isEnd = (c: string) => '。；;！？\n'.includes(c)
  let from = m.index
  while (from > 0 && !isEnd(text[from - 1]) && m.index - from < 160) from--
  let to = m.index
  while (to < text.length && !isEnd(text[to]) && to - m.index < 160) to++
  return { quote: text.slice(from, to).replace(/\s+/g, ' ').trim(), start: from, end: to }
}
