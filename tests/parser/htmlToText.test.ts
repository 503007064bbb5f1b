import { describe, expect, it } from 'vitest'
import { htmlToText, looksLikeHtml } from '../../src/parser/htmlToText.ts'

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['  \n<html lang="zh-CN"><body>x', true],
    ['<?xml version="1.0"?>\n<!doctype html>', true],
    ['<div>一</div><p>二</p><p>三</p><br><span>四</span>', true],
    ['<table><tr><td>规章</td></tr></table>', true],
    ['收费标准<10元，大于>5元的按件计。', false],
    ['第二十条第(一)项 |\n信息内容 |\n', false],
    ['<b>加粗</b>只有一个标签', false],
    ['<!-- saved from url=(0040)http://www.example.gov.cn/ -->\n<html><body>x', true],
    ['<!-- a --><!-- b -->\n<!DOCTYPE html>', true],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected)
  })

  // issue 17 item 1: (<!--[\s\S]*?-->\s*)* backtracked exponentially, doubling per comment;
  // 30 comments took ~7 s, 34 hung the commands and the import worker
  it('answers in linear time after a run of comments that is not followed by a doctype', () => {
    const text = '<!-- a -->'.repeat(30) + '\n泉阳镇2018年政府信息公开年度报告\n主动公开政府信息12条。'
    const start = performance.now()
    expect(looksLikeHtml(text)).toBe(false)
    expect(looksLikeHtml('<!-- a -->'.repeat(30) + '<!DOCTYPE html><html>')).toBe(true)
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe('htmlToText', () => {
  it('turns block elements into lines and collapses HTML whitespace', () => {
    const html = '<div>一、总体\n   情况</div><p>第二段<br>换行</p><h2>三、标题</h2><ul><li>甲</li><li>乙</li></ul>'
    expect(htmlToText(html)).toBe('一、总体 情况\n第二段\n换行\n三、标题\n甲\n乙\n')
  })

  it('puts every table cell on its own line ending in " |", like the text corpus', () => {
    const html = `<table>
      <tr><th>信息内容</th><th>本年新<br>制作数量</th><th>对外公开总数量</th></tr>
      <tr><td>规章</td><td>0</td><td> 12 </td></tr>
    </table><p>之后</p>`
    expect(htmlToText(html)).toBe('信息内容 |\n本年新 制作数量 |\n对外公开总数量 |\n规章 |\n0 |\n12 |\n之后\n')
  })

  it('keeps an &nbsp; cell and an empty cell as empty cells so columns do not shift', () => {
    expect(htmlToText('<table><tr><td>行政许可</td><td>&nbsp;</td><td></td><td>3</td></tr></table>')).toBe('行政许可 |\n |\n |\n3 |\n')
  })

  it('decodes named and numeric entities', () => {
    expect(htmlToText('<p>A&amp;B &lt;条例&gt; &#20844;&#x5F00; &quot;x&quot;</p>')).toBe('A&B <条例> 公开 "x"\n')
  })

  it('drops scripts, styles and comments but keeps the page title', () => {
    const html = `<html><head><title>泉阳镇2018年报告</title><style>td{color:red}</style>
      <script>document.write("<td>99</td>")</script></head><body><!-- 注释 --><p>正文</p></body></html>`
    expect(htmlToText(html)).toBe('泉阳镇2018年报告\n正文\n')
  })

  it('emits cells of unclosed td tags, as old CMS pages write them', () => {
    expect(htmlToText('<table><tr><td>甲<td>1<tr><td>乙<td>2</table>')).toBe('甲 |\n1 |\n乙 |\n2 |\n')
  })

  it('keeps the outer cell of a nested table whole around the inner cells', () => {
    expect(htmlToText('<table><tr><td>外<table><tr><td>内</td></tr></table>尾</td></tr></table>')).toBe('外\n内 |\n尾 |\n')
  })

  it('keeps the line breaks inside <pre>', () => {
    expect(htmlToText('<pre>第一行\n  第二行</pre>')).toBe('第一行\n  第二行\n')
  })

  // issue 17 item 13: htmlparser2 keeps open elements with Array#unshift, so 1 MB of nested
  // <table><tr><td> took 5-6 s; past a depth no page uses, the reader starts afresh
  it('reads 1 MB of nested tables in linear time and keeps every cell', () => {
    const n = 60_000
    const html = '<table><tr><td>x'.repeat(n)
    const start = performance.now()
    const text = htmlToText(html)
    expect(performance.now() - start).toBeLessThan(1500)
    expect(text.match(/x/g)?.length).toBe(n)
    const deep = '<div>'.repeat(150_000) + '正文'
    const t0 = performance.now()
    expect(htmlToText(deep)).toBe('正文\n')
    expect(performance.now() - t0).toBeLessThan(1500)
  })

  it('returns an empty string for markup with no text', () => {
    expect(htmlToText('<html><head><script>x()</script></head><body> </body></html>')).toBe('')
  })
})
