import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyRecord, type ParseWarning, type ReportRecord } from '../../src/data/schema.ts'
import { MESSAGES, numberFormat, type Locale } from '../../src/i18n/index.ts'
import { englishWarning, parseWarningText } from '../../src/i18n/warnings.ts'
import { warning } from '../../src/parser/evidence.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { checkRecord } from '../../src/quality/checkRecord.ts'
import { conflictsOf } from '../../src/quality/conflicts.ts'
import { corpusRoot } from '../parser/corpusRoot.ts'

/**
 * The parser's and checkRecord's warnings are a code and its parameters; the words are the
 * catalogues'. Every code (and variant) they can emit needs a zh and an en wording, and the
 * wording chosen for a warning must be filled from its parameters: no `{placeholder}` left,
 * every parameter's value shown.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const LOCALES: ReadonlyArray<readonly [Locale, (typeof MESSAGES)[Locale]]> = [
  ['zh-CN', MESSAGES['zh-CN']],
  ['en', MESSAGES.en],
]

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'))
}
const SOURCES = [...sources('src/parser'), readFileSync(path.join(ROOT, 'src/quality/checkRecord.ts'), 'utf8')]

/** Every code passed to warn(…)/warning(…), found in the source. */
const EMITTED = new Set(SOURCES.flatMap((s) => [...s.matchAll(/\bwarn(?:ing)?\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1])))

/**
 * One warning of each shape the source emits (code, variant, parameter names), with values;
 * the corpus test below checks that the parser's real warnings have these shapes.
 */
const SAMPLES: ParseWarning[] = [
  warning('conflicting_values', { kept: '5', other: '8' }, { field: 'proactive_total' }),
  warning('implausible_value', { value: '-3' }, { field: 'penalties' }),
  warning('implausible_value', { value: '1e+23' }, { field: 'procurement_amount' }, 'amount'),
  warning('implausible_value', { written: '2.5件' }, { field: 'licensing' }),
  warning('implausible_value', { written: '2.5件' }),
  warning('amount_without_unit', { amount: 35 }, { field: 'procurement_amount' }),
  warning('table_split_ambiguous', { cells: '12 3456', splits: 2 }, { field: 'procurement_amount' }, 'procurement'),
  warning('table_split_ambiguous', { cells: '0 0 0 0 00 0 0 0 0' }, { field: 'reconsideration_total' }, 'appeals'),
  warning('table_split_ambiguous', { certain: 7, unsure: 2, rows: '行政许可 1234、行政处罚 56' }, {}, 'statistics'),
  warning('table_split_ambiguous', { certain: 5, unsure: 1, rows: '予以公开 123' }, { field: 'apps_total' }, 'applications'),
  warning('appeal_parts_mismatch', { part: '行政复议', sum: 3, total: 4 }, { field: 'reconsideration_total' }),
  warning('body_parse_error', { detail: 'RangeError: stack' }),
  warning('body_not_found'),
  warning('township_renamed', { name: '兴华乡', year: '2023', matched: '吉林省通化市梅河口市兴华镇' }, { field: 'township' }),
  warning('township_name_incomplete', { name: '口前', matched: '吉林省吉林市永吉县口前镇' }, { field: 'township' }),
  warning('county_renamed', { name: '某县', year: '2023', matched: '某省某市某区' }, { field: 'township' }),
  warning(
    'region_ambiguous',
    { name: '金塘镇', count: 4, candidates: '浙江省舟山市定海区金塘镇、湖北省咸宁市崇阳县金塘镇' },
    { field: 'township' },
  ),
  warning('township_not_in_gazetteer', { name: '某某乡', year: '2023', under: '腾冲市' }, { field: 'township' }),
  warning('township_not_in_gazetteer', { name: '某某乡', year: '2023' }, { field: 'township' }),
  warning('year_from_text', { year: '2019', count: 3 }, { field: 'year' }),
  warning('year_from_date', { year: '2020', date: '2021-01-15' }, { field: 'year' }),
  warning('channel_broad_word', { value: 12 }, { field: 'ch_web' }),
  warning('total_from_channel', { value: 342 }, { field: 'proactive_total' }),
]

function record(patch: Partial<ReportRecord>): ReportRecord {
  return { ...emptyRecord('r1', 'x.txt'), township: '某镇', level: 'township', year: 2020, template: '2019', ...patch }
}

/** Records that break every checkRecord rule (figures under 1,000: no digit grouping). */
const CHECKED: ParseWarning[] = [
  record({ proactive_total: 10, ch_web: 3, ch_wechat: 12 }),
  record({ template: 'pre-2019', proactive_total: 10, ch_web: 6, ch_bulletin: 9 }),
  record({ apps_new: 5, apps_carried_in: 2, apps_total: 4, apps_carried_out: 1 }),
  record({ apps_total: 9, apps_granted: 3, apps_partial: 1, apps_denied: 1, apps_unavailable: 0, apps_not_processed: 0, apps_other: 2 }),
  record({ apps_new: 12, apps_natural_person: 7, apps_legal_entity: 3 }),
  record({ staff_total: 6, staff_fulltime: 2, staff_parttime: 3 }),
  record({ reconsideration_total: 2, reconsideration_corrected: 3 }),
  record({ litigation_total: 1, litigation_corrected: 4 }),
  record({ year: null, township: null }),
].flatMap(checkRecord)

const shapeOf = (w: ParseWarning) =>
  `${w.code}${w.variant ? `:${w.variant}` : ''}(${Object.keys(w.params ?? {})
    .sort()
    .join(',')})${w.field ? '+field' : ''}`

/** The sentence, and every parameter's value as the locale writes it. */
function rendered(w: ParseWarning, locale: Locale): { text: string; shown: string[] } {
  const m = MESSAGES[locale]
  const shown = Object.values(w.params ?? {}).map((v) => (typeof v === 'number' ? numberFormat(locale).format(v) : v))
  return { text: parseWarningText(w, m, locale), shown }
}

function expectFilled(w: ParseWarning): void {
  for (const [locale, m] of LOCALES) {
    const { text, shown } = rendered(w, locale)
    expect(text, `${shapeOf(w)} in ${locale}`).not.toMatch(/[{}]/)
    expect(text).not.toContain(m.warningUnknown.replace('{code}', ''))
    for (const value of shown) expect(text, `${shapeOf(w)} in ${locale} shows ${value}`).toContain(value)
  }
}

describe('parser and checkRecord warnings: code + parameters, words from the catalogues', () => {
  it('has a sample for every code the source emits (add one when a code is added)', () => {
    expect(EMITTED.size).toBeGreaterThanOrEqual(25)
    expect([...new Set([...SAMPLES, ...CHECKED].map((w) => w.code))].sort()).toEqual([...EMITTED].sort())
  })

  it.each([...EMITTED].sort())('has zh and en wordings for %s', (code) => {
    for (const [, m] of LOCALES) expect(m.warningText[code]?.length, code).toBeGreaterThan(0)
  })

  it('has zh and en wordings for every variant the source emits', () => {
    const variants = [...SAMPLES, ...CHECKED].filter((w) => w.variant).map((w) => `${w.code}:${w.variant}`)
    expect(variants.length).toBeGreaterThanOrEqual(5)
    for (const key of variants) for (const [, m] of LOCALES) expect(m.warningText[key]?.length, key).toBeGreaterThan(0)
  })

  it.each(SAMPLES.map((w) => [shapeOf(w), w] as const))('fills every placeholder of %s from its parameters, in zh and en', (_, w) => {
    expectFilled(w)
  })

  it.each(CHECKED.map((w) => [shapeOf(w), w] as const))(
    'fills every placeholder of checkRecord %s from its parameters, in zh and en',
    (_, w) => {
      expectFilled(w)
    },
  )

  it("gives the corpus reports' real warnings the sample shapes, each filled in zh and en", () => {
    const known = new Set([...SAMPLES, ...CHECKED].map(shapeOf))
    const seen = new Set<string>()
    for (const name of ['dev-corpus', 'corpus']) {
      const dir = path.join(corpusRoot(name).root, 'reports')
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
        for (const w of parseReport(readFileSync(path.join(dir, file), 'utf8'), file).warnings) {
          seen.add(w.code)
          expect(known, `${file}: ${shapeOf(w)}`).toContain(shapeOf(w))
          expectFilled(w)
        }
      }
    }
    expect(seen.size).toBeGreaterThan(3)
  })
})

describe('a conflict warning names both values', () => {
  const text = '某某镇2020年政府信息公开工作年度报告\n2020年，本镇主动公开政府信息120条。\n全年主动公开政府信息135条。\n'
  const w = parseReport(text, 'x.txt').warnings.find((x) => x.code === 'conflicting_values')

  it('the parser gives the kept and the other value as parameters, not a sentence', () => {
    expect(w).toMatchObject({ code: 'conflicting_values', field: 'proactive_total', params: { kept: '120', other: '135' } })
    expect(w).not.toHaveProperty('message')
  })

  it('in Chinese and in English, with both values', () => {
    expect(parseWarningText(w!, MESSAGES['zh-CN'], 'zh-CN')).toBe('主动公开总数：报告先后写作 120 和 135，采用 120')
    expect(englishWarning(w!)).toBe('Proactive total: the report states 120 and also 135; 120 was kept')
  })

  it('the page reads the two values from the parameters (quality/conflicts.ts)', () => {
    expect(conflictsOf([w!])).toEqual([
      {
        field: 'proactive_total',
        kept: '120',
        other: '135',
        otherQuote: w!.quote ?? null,
        otherStart: w!.start ?? null,
        otherEnd: w!.end ?? null,
      },
    ])
  })

  it('a value as written is not regrouped; a figure is, in the locale', () => {
    const big = warning('conflicting_values', { kept: '1149', other: '1194' }, { field: 'proactive_total' })
    expect(englishWarning(big)).toBe('Proactive total: the report states 1149 and also 1194; 1149 was kept')
    const sum = checkRecord(record({ proactive_total: 1200, ch_web: 1000, ch_bulletin: 900 })).find(
      (x) => x.code === 'channel_sum_over_total',
    )!
    expect(sum.params).toEqual({ sum: 1900, total: 1200 })
    expect(parseWarningText(sum, MESSAGES['zh-CN'], 'zh-CN')).toBe('各渠道公开数量之和为 1,900，超过主动公开总数 1,200')
    expect(englishWarning(sum)).toBe('channels add up to 1,900, more than the 1,200 disclosed in total')
  })

  it('the pre-2019 variant says the sum is allowed', () => {
    const w = checkRecord(record({ template: 'pre-2019', proactive_total: 10, ch_web: 6, ch_bulletin: 9 }))[0]
    expect(w).toMatchObject({ code: 'channel_sum_over_total', variant: 'pre2019', params: { sum: 15, total: 10 } })
    expect(englishWarning(w)).toContain('allowed under the old template')
  })
})
