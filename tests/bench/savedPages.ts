/**
 * `npx tsx tests/bench/savedPages.ts`: how well a whole saved government page is reduced to its
 * report, measured by the gold scorer. Each report of the development and seed corpora is
 * scored four ways: its plain text; its article alone as HTML; the article wrapped in site
 * chrome (tests/fixtures/pages/sitePage.ts) and reduced by a candidate reduction. A reduction
 * that serves is one whose wrapped score equals the article's.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { finishResult, recordToRow } from '../../src/cli/parseFiles.ts'
import { decodeReportBytes } from '../../src/io/decodeReportBytes.ts'
import { loadPageLibraries, reportFromSavedPage } from '../../src/io/savedPage.ts'
import { htmlToText } from '../../src/parser/htmlToText.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { textToArticleHtml, wrapInSiteChrome } from '../fixtures/pages/sitePage.ts'

const CORPORA = [
  { name: 'dev-corpus', reports: '../shared/dev-corpus/reports', gold: '../shared/dev-corpus/gold' },
  { name: 'seed corpus', reports: '../shared/corpus/reports', gold: '../shared/corpus/gold' },
]

/** The page title a site would give: the text's own title line if it has one, else a generic one. */
function titleOf(text: string): string {
  const first =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ''
  return first.length <= 40 && /报告/.test(first) ? first : '政府信息公开工作年度报告'
}

const utf8 = (s: string) => new TextEncoder().encode(s)
const decodeHtml = (html: string) => {
  const d = decodeReportBytes(utf8(html), 'page.html')
  return d.ok ? d.text : ''
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html)
  const article = new Readability(document as unknown as Document).parse()
  if (!article?.content) return ''
  return `${article.title ?? ''}\n${htmlToText(article.content)}`
}

const VARIANTS: Record<string, (text: string) => string> = {
  'plain text': (text) => text,
  'article HTML, no chrome': (text) => decodeHtml(textToArticleHtml(text)),
  'article alone as a page, Readability': (text) =>
    readabilityText(`<!DOCTYPE html><html><head><title>${titleOf(text)}</title></head><body>${textToArticleHtml(text)}</body></html>`),
  'saved page, htmlToText alone (before)': (text) => decodeHtml(wrapInSiteChrome(titleOf(text), textToArticleHtml(text))),
  'saved page, Readability over linkedom': (text) => readabilityText(wrapInSiteChrome(titleOf(text), textToArticleHtml(text))),
  'saved page, savedPage.ts (chosen)': (text) => reportFromSavedPage(wrapInSiteChrome(titleOf(text), textToArticleHtml(text)), libraries),
}

const libraries = await loadPageLibraries()
const dir = mkdtempSync(join(tmpdir(), 'saved-pages-'))
for (const corpus of CORPORA) {
  const files = readdirSync(corpus.reports)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
  const texts = files.map((f) => {
    const d = decodeReportBytes(readFileSync(join(corpus.reports, f)), f)
    return { source: f, text: d.ok ? d.text : '' }
  })
  console.log(`\n${corpus.name} (${files.length} reports)`)
  for (const [variant, reduce] of Object.entries(VARIANTS)) {
    const start = performance.now()
    const rows = texts.map(({ source, text }) => {
      const reduced = reduce(text)
      return recordToRow(finishResult(parseReport(reduced, source), source, reduced).record)
    })
    const ms = (performance.now() - start) / texts.length
    const out = join(dir, 'out.json')
    writeFileSync(out, JSON.stringify(rows))
    const scored = spawnSync('node', ['../shared/tools/score-parser.mjs', '--gold', corpus.gold, '--output', out], {
      encoding: 'utf8',
    }).stdout
    const stated = /stated values right: (.*)/.exec(scored)?.[1] ?? '?'
    const unstated = /unstated values left empty: (.*)/.exec(scored)?.[1] ?? '?'
    console.log(
      `  ${variant.padEnd(42)} stated right ${stated.padEnd(18)} unstated empty ${unstated.padEnd(18)} ${ms.toFixed(1)} ms/report`,
    )
  }
}
