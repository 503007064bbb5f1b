/**
 * Where a report's full text comes from, and what is accepted as one: the dataset's own
 * folder (a `?data=` set's texts, never the embedded set's), and only a text: a host with a
 * single-page fallback answers a missing file with the app's index.html, which is 原文不可用.
 */
import { describe, expect, it } from 'vitest'
import { looksLikeHtmlPage, readTextResponse, TEXT_UNAVAILABLE, useReportTextsStore } from '../../src/stores/reportTexts.ts'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { createTestApp } from '../fixtures/dashboard/load.ts'

const INDEX_HTML =
  '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开年报看板</title></head><body><div id="app"></div></body></html>'

describe('readTextResponse', () => {
  it('accepts a plain text, UTF-8 decoded', async () => {
    const res = new Response('一、总体情况\n本年度主动公开政府信息 1149 条。', { headers: { 'content-type': 'text/plain' } })
    await expect(readTextResponse(res)).resolves.toContain('1149 条')
  })

  it('refuses the app’s own index.html answered with 200 for a missing .txt', async () => {
    await expect(readTextResponse(new Response(INDEX_HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } }))).rejects.toThrow(
      TEXT_UNAVAILABLE,
    )
    // the same page served as text/plain (or with no type at all) is still not a report
    await expect(readTextResponse(new Response(INDEX_HTML, { headers: { 'content-type': 'text/plain' } }))).rejects.toThrow(
      TEXT_UNAVAILABLE,
    )
    await expect(readTextResponse(new Response('', { status: 404 }))).rejects.toThrow(TEXT_UNAVAILABLE)
    await expect(readTextResponse(new Response('', { status: 500 }))).rejects.toThrow('HTTP 500')
  })

  it('tells an HTML page from a report that mentions html', () => {
    expect(looksLikeHtmlPage('  <!DOCTYPE html><html>')).toBe(true)
    expect(looksLikeHtmlPage('<html lang="zh">')).toBe(true)
    expect(looksLikeHtmlPage('本报告全文见 <html> 页面。')).toBe(false)
  })
})

describe('useReportTextsStore', () => {
  it('reads a ?data= dataset’s texts from that folder, not from the embedded data/reports/', async () => {
    await createTestApp('/')
    const dataset = useDatasetStore()
    const texts = useReportTextsStore()
    expect(texts.urlFor('a.txt')).toBe('/data/reports/a.txt')
    const asked: string[] = []
    dataset.setData({ records: [], facts: [], errors: [] })
    void dataset.load({ baseUrl: 'http://127.0.0.1:9/other/', fetchText: () => new Promise(() => {}) })
    texts.setFetcher(async (url) => {
      asked.push(url)
      return '一、总体情况 2222'
    })
    await texts.ensure({ report_id: 'r1', source: '某镇 2021.html' })
    expect(asked).toEqual([`http://127.0.0.1:9/other/reports/${encodeURIComponent('某镇 2021.html.txt')}`])
    expect(texts.textOf({ report_id: 'r1' })).toBe('一、总体情况 2222')
  })

  it('keeps an HTML page out even from a fetcher that returned it', async () => {
    await createTestApp('/')
    const texts = useReportTextsStore()
    texts.setFetcher(async () => INDEX_HTML)
    await texts.ensure({ report_id: 'r2', source: 'x.txt' })
    expect(texts.textOf({ report_id: 'r2' })).toBeNull()
    expect(texts.errors.get('r2')).toBe(TEXT_UNAVAILABLE)
  })
})
