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
  [/^unsupported file type (.+): import (.+) or a reports\.csv$/, (ext, list) => `不支持的文件类型 ${ext === '(no extension)' ? '（无扩展名）' : ext}：可导入 ${list.split(', ').join('、')} 或 reports.csv`],
  [/^Word 97-2003 \.doc is read by the commands only \(npm run parse \/ data\): save it as \.docx to import it here$/, () => '旧版 .doc 文件（97-2003 格式）只能由命令行工具读取：请另存为 .docx 后再导入'],
  [/^not a \.docx file: not a ZIP archive \(damaged, or another format renamed\)$/, () => '不是 .docx 文件：不是 ZIP 压缩包（文件损坏，或是改了扩展名的其他格式）'],
  // the library's own words (English) stay in the CLI line only
  [/^damaged \.(docx?), cannot be read \((.*)\)$/s, (ext) => `.${ext} 文件损坏，无法读取`],
  [/^no text in the Word document$/, () => '文档中没有文字'],
  [/^no web page in this \.mhtml file \(no text\/html part\)$/, () => '这个 .mhtml 文件中没有网页部分'],
  [/^no report in this web page: no year, body or figures recognised$/, () => '网页中没有报告：找不到年度、报告主体或统计数字'],
  [/^not a reports\.csv exported by the dashboard \(no report_id column\)$/, () => '不是看板导出的 reports.csv（没有 report_id 列）'],
  [/^encrypted PDF \(password required\): .*$/, () => '加密的 PDF（需要密码）：请另存为不加密的文件后再导入'],
  [/^corrupt or truncated PDF \(.*\)$/s, () => 'PDF 文件损坏或不完整'],
  [/^unreadable PDF \((.*)\)$/s, (why) => `无法读取的 PDF（${why}）`],
  [/^PDF has (\d+) pages \(the limit is (\d+)\): not read$/, (n, limit) => `PDF 共 ${n} 页（上限 ${limit} 页），未读取`],
  [/^no text layer \((\d+) pages? of images only, a scan\?\): OCR needed before it can be read$/, (n) => `没有文字层（${n} 页只有图片，可能是扫描件）：需先用 OCR 识别文字才能读取`],
  [/^cannot read the PDF here: (.*)$/s, (why) => `此处无法读取 PDF：${why}`],
  [/^no report found: no year, body or figures recognised$/, () => '未识别出报告：找不到年度、报告主体或统计数字'],
  [/^took longer than (\S+) (m?s) to (read|parse); skipped$/, (n, unit, verb) => `${verb === 'read' ? '读取' : '解析'}超过 ${n} ${unit === 'ms' ? '毫秒' : '秒'}，已跳过`],
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
  [/^address refused \(only a folder on this site can be loaded\); the embedded data is shown instead$/, () => '地址未采用（只能载入本站的文件夹），现显示内置数据'],
  [/^same report_id as (.*) \("(.*)"\); left out$/s, (first, id) => `与 ${first} 的 report_id（“${id}”）相同，未导入`],
  [/^not a number: "(.*)"$/s, (v) => `不是数字：“${v}”`],
  [/^not a whole number ≥ 0: "(.*)"$/s, (v) => `不是非负整数：“${v}”`],
  [/^not a number ≥ 0: "(.*)"$/s, (v) => `不是非负数：“${v}”`],
  [/^too large: "(.*)"$/s, (v) => `数值过大：“${v}”`],
  [/^year out of range \((\d+)–(\d+)\): "(.*)"$/s, (min, max, v) => `年份超出范围（${min}–${max}）：“${v}”`],
  [/^duplicate report_id "(.*)" \(first on line (\d+)\)$/s, (id, line) => `report_id“${id}”重复（首次出现在第 ${line} 行），此行未载入`],
  [/^cell too long \((\d+) characters; the limit is (\d+)\)$/, (n, max) => `单元格过长（${n} 个字符，上限 ${max}），此行未载入`],
  [/^row too long \((\d+) characters; the limit is (\d+)\)$/, (n, max) => `行过长（${n} 个字符，上限 ${max}），此行未载入`],
  [/^not a CSV file: an HTML page \(is the folder right\?\)$/, () => '不是表格文件（.csv），而是一个网页（文件夹地址是否正确？）'],
  [/^file refused: no (.+) column$/, (cols) => `整个文件未载入：缺少${cols.split(' or ').map((c) => `“${c}”`).join('或')}列`],
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
