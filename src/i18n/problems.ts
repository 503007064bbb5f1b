/**
 * The problems the decoder, the importer and the CSV checks describe (in English, as the CLI
 * prints them) in the page's language. Each producer's wording is matched here by a pattern
 * and rebuilt from its parts, so the file names, values and figures stay as they were; an
 * unknown wording is shown as it is. Pure; tests/i18n/problems.test.ts drives every producer.
 */
import type { Locale } from './index.ts'

type Rule = [RegExp, (...parts: string[]) => string]

/** What the binary kinds (decodeReportBytes MAGIC) are called in Chinese. */
const KINDS: Record<string, string> = {
  'PDF document': 'PDF 文档',
  'ZIP archive (.docx/.xlsx/.zip)': 'ZIP 压缩包（.docx/.xlsx/.zip）',
  'PNG image': 'PNG 图片',
  'JPEG image': 'JPEG 图片',
  'GIF image': 'GIF 图片',
  'OLE document (.doc/.xls)': 'OLE 文档（.doc/.xls）',
  'gzip archive': 'gzip 压缩包',
  'RAR archive': 'RAR 压缩包',
  '7z archive': '7z 压缩包',
  'ELF executable': '可执行程序',
  'RTF document': 'RTF 文档',
}

const ZH: Rule[] = [
  [/^empty file$/, () => '空文件'],
  [/^empty file \(only whitespace\)$/, () => '空文件（只有空白字符）'],
  [/^too large \((\d+) MB; the limit is (\d+) MB\)$/, (size, limit) => `文件过大（${size} MB，上限 ${limit} MB）`],
  [/^binary file \((.+)\), not a text report$/, (kind) => `二进制文件（${KINDS[kind] ?? kind}），不是文本报告`],
  [/^binary file \(contains NUL (?:characters|bytes)\)$/, () => '二进制文件（含 NUL 字节）'],
  [/^binary file \(control bytes\)$/, () => '二进制文件（含控制字符）'],
  [/^no text in the HTML$/, () => '网页中没有正文'],
  [/^unsupported file type (.+): import \.txt, \.html, \.htm, \.md or a reports\.csv$/, (ext) => `不支持的文件类型 ${ext === '(no extension)' ? '（无扩展名）' : ext}：可导入 .txt、.html、.htm、.md 或 reports.csv`],
  [/^not a reports\.csv exported by the dashboard \(no report_id column\)$/, () => '不是看板导出的 reports.csv（没有 report_id 列）'],
  [/^no report found: no year, body or figures recognised$/, () => '未识别出报告：找不到年度、报告主体或统计数字'],
  [/^parser failed: (.*)$/s, (why) => `解析出错：${why}`],
  [/^cannot read file: not found$/, () => '无法读取文件：该地址没有这个文件'],
  [/^cannot read file: (.*)$/s, (why) => `无法读取文件：${why}`],
  [/^no header row$/, () => '没有表头行'],
  [/^unknown column "(.*)"$/, (c) => `未知的列“${c}”`],
  [/^column "(.*)" appears twice$/, (c) => `列“${c}”出现两次`],
  [/^missing column "(.*)"$/, (c) => `缺少列“${c}”`],
  [/^malformed row: (\d+) cells, the header has (\d+)$/, (n, h) => `行格式错误：${n} 个单元格，表头有 ${h} 个`],
  [/^malformed row: Quoted field unterminated$/, () => '行格式错误：引号没有闭合'],
  [/^malformed row: Trailing quote on quoted field is malformed$/, () => '行格式错误：引号后多余字符'],
  [/^malformed row: (.*)$/s, (why) => `行格式错误：${why}`],
  [/^not a number: "(.*)"$/s, (v) => `不是数字：“${v}”`],
  [/^(report_id|source) is empty$/, (c) => `${c} 为空`],
  [/^unknown level "(.*)"$/, (v) => `未知的层级“${v}”`],
  [/^unknown template "(.*)"$/, (v) => `未知的模板“${v}”`],
  [/^end (\d+) is before start (\d+)$/, (end, start) => `结束位置 ${end} 在开始位置 ${start} 之前`],
]

/** `text` in `locale`: Chinese from the table, English as written. A `column: ` prefix is kept. */
export function problemText(text: string, locale: Locale): string {
  if (locale !== 'zh-CN') return text
  const prefixed = /^([a-z_]+): (.*)$/s.exec(text)
  const [prefix, body] = prefixed && !/^(parser failed|cannot read file|malformed row|not a number)$/.test(prefixed[1]) ? [`${prefixed[1]}：`, prefixed[2]] : ['', text]
  for (const [pattern, rebuild] of ZH) {
    const m = pattern.exec(body)
    if (m) return prefix + rebuild(...m.slice(1))
  }
  return text
}
