/**
 * The commands read the formats users collect: Word (.docx, .doc) and whole pages saved from a
 * browser (.html, and .mhtml as one file), found by the folder walk; each bad one gets one `<path>: <reason>` line and the
 * rest go on, through `parse` and `data` alike.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { csvToRecords } from '../../src/data/csv.ts'
import { runParse } from '../../src/cli/runParse.ts'
import { textToArticleHtml, wrapInSiteChrome } from '../fixtures/pages/sitePage.ts'
import { ROOT, captureIO, runEntry, tempDir } from './helpers.ts'

const WORD = join(ROOT, 'tests/fixtures/word')
const quanyang = readFileSync(join(ROOT, 'tests/fixtures/corpus/reports/004_quanyang_2018.txt'), 'utf8')

let dir: string
let reports: string
beforeAll(() => {
  dir = tempDir('documents-')
  reports = join(dir, 'reports')
  mkdirSync(join(reports, 'word'), { recursive: true })
  copyFileSync(join(WORD, 'wutubulage_2019.docx'), join(reports, 'word/乌图布拉格镇2019.docx'))
  copyFileSync(join(WORD, 'city_office_2019.doc'), join(reports, 'word/市政府办公厅2019.doc'))
  copyFileSync(join(ROOT, 'tests/fixtures/pages/quanyang_2018.mhtml'), join(reports, 'word/泉阳镇单个文件.mhtml'))
  writeFileSync(join(reports, '泉阳镇2018年报.html'), wrapInSiteChrome('泉阳镇2018年政府信息公开年度报告', textToArticleHtml(quanyang)))
  // bad inputs, one of each kind
  writeFileSync(join(reports, 'not-a-zip.docx'), '这其实是一段文字，不是 Word 文件。')
  writeFileSync(
    join(reports, 'site-index.html'),
    wrapInSiteChrome('首页', '<ul><li><a href="/1">通知公告</a></li><li><a href="/2">政策解读</a></li></ul>'),
  )
  // a .doc that is a web page (Word's "save as web page", served as .doc): read, with a note
  writeFileSync(
    join(reports, '泉阳镇网页.doc'),
    `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"></head><body>${textToArticleHtml(quanyang)}</body></html>`,
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('parse and data on Word files and saved pages', () => {
  it('parse reads .docx, .doc and a saved page from a folder; one line per bad file; exit 1', async () => {
    const io = captureIO()
    expect(await runParse({ format: 'json', inputs: [reports] }, io)).toBe(1)
    const rows = JSON.parse(io.out()) as Record<string, string | number | null>[]
    const bySource = new Map(rows.map((r) => [r.source, r]))
    expect([...bySource.keys()].sort()).toEqual(
      ['乌图布拉格镇2019.docx', '市政府办公厅2019.doc', '泉阳镇2018年报.html', '泉阳镇网页.doc', '泉阳镇单个文件.mhtml'].sort(),
    )
    expect(bySource.get('泉阳镇单个文件.mhtml')).toMatchObject({ township: '泉阳镇', year: 2018 })
    expect(bySource.get('乌图布拉格镇2019.docx')).toMatchObject({ township: '乌图布拉格镇', year: 2019 })
    expect(bySource.get('市政府办公厅2019.doc')).toMatchObject({ year: 2019, apps_new: 124 })
    expect(bySource.get('泉阳镇2018年报.html')).toMatchObject({ township: '泉阳镇', year: 2018 })
    expect(bySource.get('泉阳镇网页.doc')).toMatchObject({ township: '泉阳镇', year: 2018 })
    expect(String(bySource.get('泉阳镇网页.doc')?.warnings)).toContain('input_doc_not_word')
    expect(io.err().trimEnd().split('\n').sort()).toEqual([
      `${join(reports, 'not-a-zip.docx')}: not a .docx file: not a ZIP archive (damaged, or another format renamed)`,
      `${join(reports, 'site-index.html')}: no report in this web page: no year, body or figures recognised`,
    ])
  })

  it('data builds the same rows, keeps each decoded text, and names the same two bad files', () => {
    const out = join(dir, 'out')
    const r = runEntry('src/cli/dataCommand.ts', ['--in', reports, '--out', out, '--public', join(dir, 'public')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('not-a-zip.docx: not a .docx file')
    expect(r.stderr).toContain('site-index.html: no report in this web page')
    const { rows, errors } = csvToRecords(readFileSync(join(out, 'reports.csv'), 'utf8'))
    expect(errors).toEqual([])
    expect(rows.map((row) => row.source).sort()).toEqual(
      ['乌图布拉格镇2019.docx', '市政府办公厅2019.doc', '泉阳镇2018年报.html', '泉阳镇网页.doc', '泉阳镇单个文件.mhtml'].sort(),
    )
    const kept = readFileSync(join(dir, 'public/reports/乌图布拉格镇2019.docx.txt'), 'utf8')
    expect(kept).toContain('乌图布拉格镇')
  })
})
