import { describe, expect, it } from 'vitest'
import { progressOutput } from '../../src/cli/processIO.ts'
import { CLEAR_LINE, Progress, progressLine } from '../../src/cli/progress.ts'

describe('progressLine', () => {
  it('says files done of total, the rate and the current file, cut to the terminal width', () => {
    expect(progressLine(1234, 100000, 456.4, 'in/a.txt', 80)).toBe('1,234 / 100,000 files · 456 files/s · in/a.txt')
    const line = progressLine(1, 2, 3, '/a/very/long/path/to/some/report/file/name.txt', 40)
    expect(line.length).toBe(39)
    expect(line.endsWith('…name.txt') || line.endsWith('name.txt')).toBe(true)
  })
})

describe('Progress', () => {
  it('rewrites one line at most every 100 ms, always shows the end, and clears before other lines', () => {
    let t = 0
    let out = ''
    const p = new Progress({ write: (s) => void (out += s), columns: 80 }, 10, () => t)
    p.update(1, 'a')
    t = 50
    p.update(2, 'b') // too soon: skipped
    t = 150
    p.update(3, 'c')
    let err = ''
    p.print((s) => void (err += s), 'x: bad\n')
    t = 160
    p.update(10, 'j') // last one always drawn
    p.clear()
    expect(
      out
        .split(CLEAR_LINE)
        .filter(Boolean)
        .map((l) => l.split(' ')[0]),
    ).toEqual(['1', '3', '10'])
    expect(out.match(new RegExp(CLEAR_LINE.replace('[', '\\['), 'g'))).toHaveLength(5)
    expect(err).toBe('x: bad\n')
    expect(out).not.toContain('\n')
  })

  it('does nothing without a terminal', () => {
    const p = new Progress(undefined, 3)
    p.update(3, 'a')
    let err = ''
    p.print((s) => void (err += s), 'x\n')
    expect(err).toBe('x\n')
  })

  it('is offered only for a TTY stream', () => {
    expect(progressOutput({ isTTY: false, write: () => true })).toBeUndefined()
    expect(progressOutput({ write: () => true })).toBeUndefined()
    expect(progressOutput({ isTTY: true, columns: 100, write: () => true })?.columns).toBe(100)
  })
})
