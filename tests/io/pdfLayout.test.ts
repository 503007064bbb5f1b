/**
 * Line and table reconstruction from text positions, on small inputs written for the test:
 * what pdfjs hands over for a paragraph, a wrapped sentence, a table row, a row whose label
 * wrapped around its values, and the page of an offset.
 */
import { describe, expect, it } from 'vitest'
import { joinPages, layoutPage, type PositionedText } from '../../src/io/pdfLayout.ts'
import { pageAt } from '../../src/data/pageAt.ts'

/** A piece of text at (x, y) in a 16 pt font: CJK glyphs 16 wide, digits and Latin 8. */
function at(x: number, y: number, str: string, size = 16): PositionedText {
  const width = [...str].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? size : size / 2), 0)
  return { str, x, y, width, size }
}

/** Where index i of a line sits on a monospaced screen: CJK characters take two columns. */
function column(line: string, i: number): number {
  return [...line.slice(0, i)].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
}

describe('layoutPage', () => {
  it('puts pieces that share a baseline on one line in x order, whatever order they come in', () => {
    const text = layoutPage([at(107.5, 700, '年，我区'), at(72, 700.2, '2023'), at(104, 700, ' '), at(72, 650, '第二行')])
    expect(text.split('\n')).toEqual(['2023 年，我区', '', '第二行'])
  })

  it('keeps one space for a small gap (2023 年) and none between touching pieces', () => {
    expect(layoutPage([at(72, 700, '2023'), at(107.5, 700, '年'), at(123.5, 700, '共'), at(139.5, 700, '21'), at(158, 700, '件')])).toBe(
      '2023 年共21 件',
    )
  })

  it('reads spaced-out Chinese (one piece per character, gaps under a character) without spaces', () => {
    const chars = [...'主动公开政府信息'].map((c, i) => at(72 + i * 20, 700, c))
    expect(layoutPage([...chars, at(72 + 8 * 20 + 4, 700, '120'), at(72 + 8 * 20 + 32, 700, '条')])).toBe('主动公开政府信息 120 条')
  })

  it('joins a sentence wrapped at the right margin, but not a line that ends short or a heading', () => {
    const lines = [
      at(108, 700, '（一）主动公开情况。我区在政'), // runs to the margin (x 108 + 14×16 = 332)
      at(72, 673, '府网站平台主动公开政府信息公'),
      at(296, 673, ' '),
      at(300, 673, '1136'), // and so does this one: 300 + 32 = 332
      at(72, 646, '条。'),
      at(104, 619, '（二）依申请公开情况。'), // a new paragraph, indented
      at(72, 592, '一、总体情况'),
    ]
    expect(layoutPage(lines).split('\n')).toEqual([
      '     （一）主动公开情况。我区在政府网站平台主动公开政府信息公 1136条。',
      '    （二）依申请公开情况。',
      '一、总体情况',
    ])
  })

  it('lays a table row out as cells apart by runs of spaces, columns kept from row to row', () => {
    const rows = [
      at(72, 700, '信息内容', 12),
      at(250, 700, '本年制发件数', 12),
      at(350, 700, '本年废止件数', 12),
      at(450, 700, '现行有效件数', 12),
      at(72, 670, '规章'),
      at(290, 670, '0'),
      at(390, 670, '0'),
      at(490, 670, '0'),
      at(72, 640, '行政规范性文件'),
      at(290, 640, '0'),
      at(390, 640, '5'),
      at(490, 640, '5'),
    ]
    const lines = layoutPage(rows)
      .split('\n')
      .filter((l) => l.trim())
    expect(lines.map((l) => l.trim().split(/\s{2,}/))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '0', '5', '5'],
    ])
    // the values of a column start at the same place on every row
    expect(column(lines[1], lines[1].indexOf('0'))).toBe(column(lines[2], lines[2].indexOf('0')))
    expect(column(lines[1], lines[1].lastIndexOf('0'))).toBe(column(lines[2], lines[2].lastIndexOf('5')))
  })

  it('puts a row back together when its label wrapped around its values', () => {
    const text = layoutPage([
      at(100, 500, '（二）部分公开（区分处理的，只计这一情形，不', 9),
      at(322, 495, '4', 14),
      at(352, 495, '0', 14),
      at(495, 495, '4', 14),
      at(100, 489, '计其他情形）', 9),
      at(100, 470, '（三）不予公开', 9),
      at(322, 470, '2', 14),
    ])
    const lines = text.split('\n').filter((l) => l.trim())
    expect(lines[0].trim().split(/\s{2,}/)).toEqual(['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '4'])
    expect(lines[1].trim().split(/\s{2,}/)).toEqual(['（三）不予公开', '2'])
  })

  it('reads bold faked by overprinting (the same text twice, a hair apart) once', () => {
    const page = layoutPage([at(200, 760, '洪泽区人民政府', 22), at(200.5, 760.3, '洪泽区人民政府', 22), at(72, 700, '正文')])
    expect(page.split('\n').map((l) => l.trim())).toEqual(['洪泽区人民政府', '', '正文'])
    // the same word twice in a row, a word apart, stays twice
    expect(layoutPage([at(72, 700, '公开'), at(104, 700, '公开')])).toBe('公开公开')
  })

  it('leaves a page with no text empty', () => {
    expect(layoutPage([])).toBe('')
    expect(layoutPage([at(72, 700, '   ')])).toBe('')
  })
})

describe('pages', () => {
  it('ends every page with a form feed, and pageAt counts them before an offset', () => {
    const text = joinPages(['第一页', '第二页', '', '第四页'])
    expect(text).toBe('第一页\n\f第二页\n\f\n\f第四页\n\f')
    expect(pageAt(text, text.indexOf('第一页'))).toBe(1)
    expect(pageAt(text, text.indexOf('第二页'))).toBe(2)
    expect(pageAt(text, text.indexOf('第四页'))).toBe(4)
    expect(pageAt('no form feeds', 5)).toBe(1)
  })
})
