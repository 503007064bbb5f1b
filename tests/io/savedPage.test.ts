import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { isWholePage, loadPageLibraries, reportFromSavedPage, type PageLibraries } from '../../src/io/savedPage.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import type { ReportRecord } from '../../src/data/schema.ts'
import { textToArticleHtml, wrapInSiteChrome } from '../fixtures/pages/sitePage.ts'

const seed = (name: string) => readFileSync(`tests/fixtures/corpus/reports/${name}`, 'utf8')
const cityOffice = readFileSync('tests/fixtures/shapes/city_office_2019.html', 'utf8')

function values(record: ReportRecord): Record<string, unknown> {
  const { report_id: _id, source: _source, warnings: _warnings, ...rest } = record
  return rest
}

let libraries: PageLibraries
beforeAll(async () => {
  libraries = await loadPageLibraries()
})

describe('reportFromSavedPage (Readability over linkedom)', () => {
  it.each(['001_wutubulage_2019.txt', '003_jintang_2018.txt', '004_quanyang_2018.txt'])(
    'reduces %s wrapped in a whole government page to the same record as its plain text',
    (name) => {
      const text = seed(name)
      // a generic page title: the page adds nothing the text does not say
      const page = wrapInSiteChrome('政府信息公开工作年度报告', textToArticleHtml(text))
      const reduced = reportFromSavedPage(page, libraries)
      expect(values(parseReport(reduced, name).record)).toEqual(values(parseReport(text, name).record))
    },
  )

  it('drops the menus, breadcrumbs, 字体/分享 line, related links and footer', () => {
    const page = wrapInSiteChrome('乌图布拉格镇2019年政府信息公开工作年度报告', textToArticleHtml(seed('001_wutubulage_2019.txt')))
    const reduced = reportFromSavedPage(page, libraries)
    for (const chrome of [
      '当前位置',
      '分享到',
      '字体',
      '主办单位',
      '网站标识码',
      'ICP备',
      '相关链接',
      '上一篇',
      '城关镇',
      '新华镇',
      '政务服务',
      '访问量',
    ]) {
      expect(reduced, chrome).not.toContain(chrome)
    }
    // the title stays, without the site's name after it
    expect(reduced.split('\n')[0]).toBe('乌图布拉格镇2019年政府信息公开工作年度报告')
  })

  it('lets neither the footer’s 主办 county nor the chrome’s dates become the body or year', () => {
    const page = wrapInSiteChrome('政府信息公开工作年度报告', textToArticleHtml(seed('004_quanyang_2018.txt')))
    const record = parseReport(reportFromSavedPage(page, libraries), 'p.html').record
    expect(record.township).toBe('泉阳镇')
    expect(record.year).toBe(2018)
    expect(record.published ?? '').not.toMatch(/^2025/)
  })

  it('keeps real table rows as ` |` cells', () => {
    const page = wrapInSiteChrome('上海市人民政府办公厅2019年政府信息公开工作年度报告', /<body>([\s\S]*)<\/body>/.exec(cityOffice)![1])
    const reduced = reportFromSavedPage(page, libraries)
    expect(reduced).toContain('规章 |\n12 |\n12 |\n248 |\n')
    expect(parseReport(reduced, 'p.html').record.apps_new).toBe(124)
  })

  it('reads a bare report page (no chrome) whole, and a fragment through htmlToText', () => {
    const record = parseReport(reportFromSavedPage(cityOffice, libraries), 'c.html').record
    expect(record.apps_new).toBe(124)
    expect(isWholePage('<table><tr><td>规章</td><td>3</td></tr></table>')).toBe(false)
    expect(reportFromSavedPage('<table><tr><td>规章</td><td>3</td></tr></table>', libraries)).toBe('规章 |\n3 |\n')
  })

  // Readability rescoring deep trees: 500 nested tables took 24 s, 1,000 nested divs 35 s
  it('reads a deeply nested or huge page whole (htmlToText), in time', () => {
    const start = performance.now()
    expect(reportFromSavedPage('<html><body>' + '<div>'.repeat(1000) + '正文</body></html>', libraries)).toBe('正文\n')
    const tables = reportFromSavedPage('<html><body>' + '<table><tr><td>x'.repeat(20_000) + '</body></html>', libraries)
    expect(tables.match(/x/g)?.length).toBe(20_000)
    expect(performance.now() - start).toBeLessThan(8000)
  })
})
