/**
 * Files for the import e2e test and the import bench, made in Node at test time so the bytes
 * are exactly what each case needs: a GBK .txt from a corpus report (renamed to a township the
 * embedded dataset lacks), an HTML page, a text to paste, a binary file, N synthetic reports,
 * and a folder of reports mixed with files that are not reports.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderReport, synthReports } from '../../tools/synth/generate.ts'
import { encodeGbk } from '../io/encodings.ts'
import { ROOT } from './harness.ts'

export interface FilePayload {
  name: string
  mimeType: string
  buffer: Buffer
}

const CORPUS = path.join(ROOT, 'tests/fixtures/corpus/reports')

/** 一拉溪镇 2014 (embedded) as 口前镇, another town of 永吉县, in GBK: a new township for the dashboard. */
export function gbkReport(): FilePayload {
  const text = readFileSync(path.join(CORPUS, '002_yilaxi_2014.txt'), 'utf8').replaceAll('一拉溪镇', '口前镇')
  // the few characters GBK lacks (a stray non-breaking space, ㈠) become spaces, as a GBK export would lose them
  const gbkOnly = [...text]
    .map((ch) => {
      try {
        encodeGbk(ch)
        return ch
      } catch {
        return ' '
      }
    })
    .join('')
  return { name: 'kouqian_2014_gbk.txt', mimeType: 'text/plain', buffer: Buffer.from(encodeGbk(gbkOnly)) }
}

/** The synthetic reports of `n` townships for one year (seed 7), as plain texts. */
export function synthTexts(n: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = []
  for (const r of synthReports({ townships: n, years: 1, endYear: 2023, seed: 7 }))
    out.push({ name: r.file, text: renderReport(r, 7).text })
  return out
}

/** A saved web page: the second synthetic report (汪家铺镇, 沧县, 2023) as paragraphs. */
export function htmlReport(): FilePayload {
  const { text } = synthTexts(2)[1]
  const body = text
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>汪家铺镇2023年政府信息公开工作年度报告</title></head><body><nav>首页 | 政务公开</nav><article>${body}</article></body></html>`
  return { name: 'wangjiapu_2023.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') }
}

/** Text to paste: the first synthetic report (尔王庄镇, 宝坻区, 2023). */
export function pastedReport(): { name: string; text: string } {
  return { name: '尔王庄镇2023年报', text: synthTexts(1)[0].text }
}

/** A PNG saved as .txt: decodeReportBytes names it a binary file. */
export function brokenFile(): FilePayload {
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])
  return { name: 'broken.txt', mimeType: 'text/plain', buffer: bytes }
}

/** An embedded report again, unchanged: the same township and year as one already shown. */
export function duplicateReport(): FilePayload {
  return { name: '003_jintang_2018.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(CORPUS, '003_jintang_2018.txt')) }
}

/** A report as an HTML page: its lines as paragraphs, with site navigation around them. */
function asHtml(title: string, text: string): string {
  const body = text
    .split('\n')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n')
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>首页 | 政务公开</nav><article>${body}</article></body></html>`
}

/** A folder as a township office keeps it: three reports among files that are not reports. */
export interface ReportFolder {
  dir: string
  /** townships of the three reports in it */
  townships: string[]
  /** files a folder walk must leave out: not report types */
  ignored: string[]
  /** a report-typed file that cannot be read, listed with its reason (path inside the folder) */
  broken: string
}

/**
 * Writes a folder of reports under `parent`: synthetic reports 3–5 (seed 7) as a .txt, an
 * .htm in a subfolder and an .md, next to a .png, a .DS_Store, an .xlsx and a binary saved as
 * .txt. The name of the folder is `name`.
 */
export function writeReportFolder(parent: string, name = '2023年报'): ReportFolder {
  const dir = path.join(parent, name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, '街道'), { recursive: true })
  const reports = [...synthReports({ townships: 5, years: 1, endYear: 2023, seed: 7 })].slice(2)
  const [a, b, c] = reports.map((r) => ({ name: r.truth.township.name, text: renderReport(r, 7).text }))
  writeFileSync(path.join(dir, `${a.name}.txt`), a.text)
  writeFileSync(path.join(dir, '街道', `${b.name}.htm`), asHtml(`${b.name}2023年政府信息公开工作年度报告`, b.text))
  writeFileSync(path.join(dir, `${c.name}.md`), c.text)
  writeFileSync(path.join(dir, '照片.png'), brokenFile().buffer)
  writeFileSync(path.join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0, 0x10, 0]))
  writeFileSync(path.join(dir, '说明.xlsx'), Buffer.from('PK\u0003\u0004 not a report'))
  writeFileSync(path.join(dir, '扫描件.txt'), brokenFile().buffer)
  return { dir, townships: [a.name, b.name, c.name], ignored: ['照片.png', '.DS_Store', '说明.xlsx'], broken: `${name}/扫描件.txt` }
}
