import { flattenTable, type Table } from './flatten.ts'
import { chineseSmall, chineseYear } from './numerals.ts'
import type { Rng } from './prng.ts'
import {
  appealsZeroSentence,
  appsCountSentence,
  appsZeroSentence,
  bodyWords,
  channelSentence,
  filler,
  interpretationsSentence,
  problems,
  staffSentence,
  totalSentence,
} from './prose.ts'
import { appealsTable, applicationTable, disclosureTables, fullWidth, halfWidth, statisticsTable, type Paren } from './tables.ts'
import type { Truth } from './values.ts'

/**
 * One report as a sequence of blocks (lines of prose, tables), rendered either as plain text
 * with the tables flattened the report's way, or as an HTML page. The title names the body
 * (`XX镇2021年政府信息公开工作年度报告`), the intro names its county (`根据XX县…`), and the
 * report ends with a signature and date on their own lines.
 */
type Block = { kind: 'line'; text: string } | { kind: 'table'; table: Table }

export interface Rendered {
  text: string
  ext: 'txt' | 'html'
}

const line = (text: string): Block => ({ kind: 'line', text })

function orgName(t: Truth): string {
  const name = t.township.name
  return name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`
}

function titleBlocks(rng: Rng, t: Truth): Block[] {
  const name = t.township.name
  const county = t.township.county ?? ''
  const y = t.year
  const form = rng.weighted([
    ['plain', 5],
    ['county', 2],
    ['org', 2],
    ['org-line', 2],
    ['cn-year', 1],
  ] as const)
  switch (form) {
    case 'plain':
      return [line(`${name}${y}年${rng.pick(['政府信息公开工作年度报告', '度政府信息公开工作年度报告', '度政府信息公开年度报告'])}`)]
    case 'county':
      return [line(`${county}${name}${y}年政府信息公开工作年度报告`)]
    case 'org':
      return [line(`${orgName(t)}${y}年度政府信息公开工作年度报告`)]
    case 'org-line':
      return [line(orgName(t)), line(''), line(`${y}年政府信息公开工作年度报告`)]
    case 'cn-year':
      return [line(`${name}${chineseYear(y)}年政府信息公开工作年度报告`)]
  }
}

function intro(rng: Rng, t: Truth): string {
  const name = t.township.name
  const { we } = bodyWords(name)
  const county = t.township.county ?? t.township.prefecture ?? ''
  const where = rng.chance(0.4) && t.township.prefecture && t.township.prefecture !== county ? `${t.township.prefecture}${county}` : county
  const basis =
    t.template === '2019'
      ? '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）'
      : t.template === '2021'
        ? '《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）'
        : '《中华人民共和国政府信息公开条例》'
  const period = rng.chance(0.5) ? `本报告所列数据的统计期限自${t.year}年1月1日起至${t.year}年12月31日止。` : ''
  return rng.pick([
    `根据${basis}和${where}人民政府办公室关于做好政府信息公开工作年度报告的要求，结合${name}实际，现将${we}${t.year}年政府信息公开工作情况报告如下。${period}`,
    `根据${where}政务公开工作要求，按照${basis}的规定，编制本报告。${period}`,
    `本报告依据${basis}和${where}有关要求，由${orgName(t)}编制。${period}`,
  ])
}

function signature(rng: Rng, t: Truth): Block[] {
  const [y, m, d] = t.published.split('-').map(Number)
  const date = rng.chance(0.15) ? `${chineseYear(y)}年${chineseSmall(m)}月${chineseSmall(d)}日` : `${y}年${m}月${d}日`
  return [line(''), line(rng.chance(0.8) ? orgName(t) : t.township.name), line(date)]
}

/** 一、总体情况 / 二、主动公开…: the total and channel sentences, as the report states them. */
function proactiveLines(rng: Rng, t: Truth): Block[] {
  const channels = channelSentence(rng, t)
  const out: Block[] = []
  if (t.proactive_total !== null) {
    const total = totalSentence(rng, t, t.proactive_total)
    out.push(line(channels ? `${total}，其中${channels}。` : `${total}。`))
  } else if (channels) {
    out.push(line(`${rng.pick(['本年度', `${t.year}年，`])}${channels}。`))
  }
  return out
}

function newFormat(rng: Rng, t: Truth, p: Paren): Block[] {
  const out: Block[] = []
  out.push(line(p('一、总体情况')))
  for (const f of filler(rng, rng.int(1, 3))) out.push(line(f))
  out.push(...proactiveLines(rng, t))
  if (t.interpretations !== null) out.push(line(interpretationsSentence(rng, t.interpretations)))
  const staff = staffSentence(rng, t)
  if (staff) out.push(line(staff))
  out.push(line(p('二、主动公开政府信息情况')))
  for (const d of disclosureTables(t, p, rng)) {
    out.push({ kind: 'table', table: { header: [[d.heading], ...d.table.header], rows: d.table.rows } })
  }
  out.push(line(p('三、收到和处理政府信息公开申请情况')))
  if (t.appsZeroSentence) out.push(line(appsZeroSentence(rng, t)))
  else if (t.appsCountSentence) out.push(line(appsCountSentence(rng, t, t.apps!.newRow![6])))
  out.push({ kind: 'table', table: applicationTable(t, p) })
  out.push(line(p('四、政府信息公开行政复议、行政诉讼情况')))
  if (t.appealsZeroSentence) out.push(line(appealsZeroSentence(rng, t)))
  out.push({ kind: 'table', table: appealsTable(t) })
  out.push(line(p('五、存在的主要问题及改进情况')))
  for (const s of problems(rng)) out.push(line(s))
  out.push(line(p('六、其他需要报告的事项')))
  out.push(line(rng.pick(['无其他需要报告的事项。', '本年度无其他需要报告的事项。'])))
  return out
}

function preFormat(rng: Rng, t: Truth, p: Paren): Block[] {
  const out: Block[] = []
  out.push(line(p('一、概述')))
  for (const f of filler(rng, rng.int(1, 3))) out.push(line(f))
  if (!t.statisticsTable) {
    const staff = staffSentence(rng, t)
    if (staff) out.push(line(staff))
  }
  out.push(line(p('二、主动公开政府信息情况')))
  if (!t.statisticsTable) out.push(...proactiveLines(rng, t))
  else if (t.proactive_total !== null) out.push(line(`${totalSentence(rng, t, t.proactive_total)}。`))
  if (!t.statisticsTable) {
    out.push(line(p('三、依申请公开政府信息情况')))
    if (t.appsZeroSentence) out.push(line(appsZeroSentence(rng, t)))
    else if (t.appsCountSentence) out.push(line(appsCountSentence(rng, t, t.appsNewPre!)))
    else out.push(line('依申请公开工作按照规定程序办理。'))
    out.push(line(p('四、行政复议、行政诉讼情况')))
    if (t.appealsZeroSentence) out.push(line(appealsZeroSentence(rng, t)))
  }
  out.push(line(p('五、存在的主要问题和改进措施')))
  for (const s of problems(rng)) out.push(line(s))
  if (t.statisticsTable) {
    out.push(line(''), line('政府信息公开情况统计表'), line(p(`(${t.year}年度)`)), line(p(`填报单位(盖章):${t.township.name}`)))
    out.push({ kind: 'table', table: statisticsTable(t, p, t.tableStyle !== 'label-blank-value' || rng.chance(0.3)) })
  }
  return out
}

export function composeReport(rng: Rng, t: Truth): Rendered {
  const p = rng.chance(0.6) ? fullWidth : halfWidth
  const blocks: Block[] = []
  if (rng.chance(0.3)) blocks.push(line(`发布日期：${t.published}`), line(''))
  blocks.push(...titleBlocks(rng, t))
  blocks.push(line(intro(rng, t)))
  blocks.push(...(t.template === 'pre-2019' ? preFormat(rng, t, p) : newFormat(rng, t, p)))
  blocks.push(...signature(rng, t))
  return t.tableStyle === 'html' ? { text: toHtml(blocks, t, rng), ext: 'html' } : { text: toText(blocks, t, rng), ext: 'txt' }
}

function toText(blocks: Block[], t: Truth, rng: Rng): string {
  // some pages leave a blank line between paragraphs, some do not
  const gap = rng.chance(0.4) ? '\n\n' : '\n'
  const parts = blocks.map((b) => (b.kind === 'line' ? b.text : flattenTable(b.table, t.tableStyle, rng)))
  return parts.join(gap).replace(/\n{3,}/g, '\n\n') + '\n'
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function toHtml(blocks: Block[], t: Truth, rng: Rng): string {
  const title = blocks.find((b) => b.kind === 'line' && /年度?报告/.test(b.text)) as { text: string } | undefined
  const body = blocks
    .map((b) => (b.kind === 'line' ? (b.text ? `<p>${esc(b.text)}</p>` : '') : flattenTable(b.table, 'html', rng)))
    .filter(Boolean)
    .join('\n')
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${esc(title?.text ?? '')}</title>\n</head>\n<body>\n<div class="article">\n${body}\n</div>\n</body>\n</html>\n`
}
