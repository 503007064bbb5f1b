import { describe, expect, it } from 'vitest'
import { renderReport, synthReports } from '../../tools/synth/generate.ts'
import { parseArgs } from '../../tools/synth/options.ts'
import type { AppRow } from '../../tools/synth/values.ts'

/** The generator's own promises: determinism, real divisions, consistent values, all formats. */
const OPTIONS = { townships: 30, years: 10, endYear: 2024, seed: 5 }
const reports = [...synthReports(OPTIONS)]

describe('synthetic corpus generator', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const again = [...synthReports(OPTIONS)]
    expect(again.map((r) => r.expected)).toEqual(reports.map((r) => r.expected))
    expect(renderReport(again[7], OPTIONS.seed).text).toBe(renderReport(reports[7], OPTIONS.seed).text)
    const other = [...synthReports({ ...OPTIONS, seed: 6 })]
    expect(other.map((r) => r.file)).not.toEqual(reports.map((r) => r.file))
  })

  it('draws distinct real townships with their region, Y years each ending at endYear', () => {
    const codes = new Set(reports.map((r) => r.truth.township.code))
    expect(codes.size).toBe(OPTIONS.townships)
    for (const r of reports) {
      expect(r.expected.adcode).toMatch(/^\d{9}000$/)
      expect(r.expected.province).toMatch(/省|市|自治区/)
      expect(r.expected.township).toMatch(/(镇|乡|街道|苏木)$/)
      expect(r.expected.year).toBeGreaterThanOrEqual(2015)
      expect(r.expected.year).toBeLessThanOrEqual(2024)
    }
  })

  it('picks the template by year: ≤2018 pre-2019, 2019–2020 the 2019 tables, ≥2021 the 2021 tables', () => {
    for (const r of reports) {
      const y = r.expected.year!
      expect(r.expected.template).toBe(y <= 2018 ? 'pre-2019' : y <= 2020 ? '2019' : '2021')
      const text = renderReport(r, OPTIONS.seed).text
      if (y >= 2021) expect(text).toMatch(/本年制发件数/)
      else if (y >= 2019) expect(text).toMatch(/采购项目数量/)
      else expect(text).not.toMatch(/第二十条/)
    }
  })

  it('keeps values consistent: application identity per column, outcomes add up, channels under the total', () => {
    const z = (r: AppRow) => r ?? [0, 0, 0, 0, 0, 0, 0]
    for (const { truth: t } of reports) {
      const total = t.proactive_total ?? Infinity
      for (const c of Object.values(t.channels)) if (c !== null) expect(c).toBeLessThanOrEqual(total)
      if (!t.apps) continue
      const a = t.apps
      const outcomes = [a.granted, a.partial, ...a.denied, ...a.unavailable, ...a.notProcessed, ...a.other]
      for (let col = 0; col < 7; col++) {
        expect(z(a.newRow)[col] + z(a.carriedIn)[col]).toBe(z(a.total)[col] + z(a.carriedOut)[col])
        expect(outcomes.reduce((s, r) => s + z(r)[col], 0)).toBe(z(a.total)[col])
      }
      for (const r of [a.newRow, a.carriedIn, a.total, ...outcomes]) {
        if (r) expect(r.slice(0, 6).reduce((s, c) => s + c, 0)).toBe(r[6])
      }
      if (t.appeals) for (const o of [0, 5, 10]) expect(t.appeals.slice(o, o + 4).reduce((s, c) => s + c, 0)).toBe(t.appeals[o + 4])
    }
  })

  it('states some values and leaves some unstated, so null and 0 are both exercised', () => {
    const values = reports.flatMap((r) => Object.values(r.expected))
    expect(values.filter((v) => v === null).length).toBeGreaterThan(100)
    expect(values.filter((v) => v === 0).length).toBeGreaterThan(100)
  })

  it('varies the layout: every table style and both file types appear', () => {
    const styles = new Set(reports.map((r) => r.truth.tableStyle))
    expect([...styles].sort()).toEqual(['html', 'label-blank-value', 'markdown', 'pdftotext', 'pipe-lines', 'tabs'])
    expect(reports.some((r) => r.file.endsWith('.html'))).toBe(true)
    const html = reports.find((r) => r.file.endsWith('.html'))!
    expect(renderReport(html, OPTIONS.seed).text).toMatch(/^<!DOCTYPE html>[\s\S]*<table/)
  })

  it('writes the title, county, signature and date the way reports do', () => {
    for (const r of reports.slice(0, 40)) {
      const text = renderReport(r, OPTIONS.seed).text
      expect(text).toContain(r.expected.township!)
      expect(text).toMatch(/政府信息公开(工作)?年度报告/)
      const [y] = r.expected.published!.split('-')
      expect(text).toMatch(
        new RegExp(
          `(${y}年\\d+月\\d+日|[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日)\\s*(</p>\\s*</div>[\\s\\S]*)?$`,
        ),
      )
    }
  })

  it('parses its command line', () => {
    expect(parseArgs(['--townships', '3', '--years', '2', '--out', 'x', '--seed', '9', '--csv'])).toMatchObject({
      townships: 3,
      years: 2,
      out: 'x',
      seed: 9,
      csv: true,
      endYear: 2024,
    })
    expect(() => parseArgs(['--townships', '3'])).toThrow(/required/)
    expect(() => parseArgs(['--townships', '0', '--years', '1', '--out', 'x'])).toThrow(/integer/)
  })

  it('leaves out the townships and township-years it is told to drop, and nothing else', () => {
    const whole = reports[0].truth.township.code
    const oneYear = reports[10].truth.township.code
    const dropped = [...synthReports({ ...OPTIONS, drop: [whole, `${oneYear}@2020`] })]
    expect(dropped).toHaveLength(reports.length - 10 - 1)
    expect(dropped.some((r) => r.truth.township.code === whole)).toBe(false)
    expect(dropped.filter((r) => r.truth.township.code === oneYear).map((r) => r.truth.year)).not.toContain(2020)
    expect(dropped.filter((r) => r.truth.township.code === oneYear)).toHaveLength(9)
    expect(parseArgs(['--townships', '3', '--years', '2', '--out', 'x', '--drop', `${whole},${oneYear}@2020`]).drop).toEqual([
      whole,
      `${oneYear}@2020`,
    ])
    expect(() => parseArgs(['--townships', '3', '--years', '2', '--out', 'x', '--drop', '12345'])).toThrow(/9-digit/)
  })
})
