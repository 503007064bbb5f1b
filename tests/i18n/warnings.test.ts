import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { emptyRecord, type ReportRecord } from '../../src/data/schema.ts'
import { MESSAGES } from '../../src/i18n/index.ts'
import { describeWarning, hasWarningText, warningText } from '../../src/i18n/warnings.ts'
import { checkRecord } from '../../src/quality/checkRecord.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const zh = MESSAGES['zh-CN']
const en = MESSAGES.en

function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'))
}

/** Every code passed to warn(…)/warning(…) in the parser and the quality checks, found in the source. */
function emittedCodes(files: string[]): Set<string> {
  const codes = new Set<string>()
  for (const src of files) for (const m of src.matchAll(/\bwarn(?:ing)?\(\s*'([a-z0-9_]+)'/g)) codes.add(m[1])
  return codes
}

const PARSER_CODES = emittedCodes([...sourcesUnder('src/parser'), ...sourcesUnder('src/quality')])
const CHECK_CODES = emittedCodes([readFileSync(path.join(ROOT, 'src/quality/checkRecord.ts'), 'utf8')])

function record(patch: Partial<ReportRecord>): ReportRecord {
  return { ...emptyRecord('r1', 'x.txt'), township: '某镇', level: 'township', year: 2020, template: '2019', ...patch }
}

/** One record per checkRecord rule that breaks it (figures under 1,000: no digit grouping). */
const BROKEN: ReportRecord[] = [
  record({ proactive_total: 10, ch_web: 8, ch_wechat: 7 }),
  record({ proactive_total: 10, ch_web: 3, ch_wechat: 12 }),
  record({ template: 'pre-2019', proactive_total: 10, ch_web: 6, ch_bulletin: 9 }),
  record({ apps_new: 5, apps_carried_in: 2, apps_total: 4, apps_carried_out: 1 }),
  record({ apps_total: 9, apps_granted: 3, apps_partial: 1, apps_denied: 1, apps_unavailable: 0, apps_not_processed: 0, apps_other: 2 }),
  record({ apps_new: 12, apps_natural_person: 7, apps_legal_entity: 3 }),
  record({ staff_total: 6, staff_fulltime: 2, staff_parttime: 3 }),
  record({ reconsideration_total: 2, reconsideration_corrected: 3 }),
  record({ litigation_total: 1, litigation_corrected: 4 }),
  record({ year: null, township: null }),
]

/** Latin words in a Chinese sentence mean a part was left in English. */
const LATIN_WORD = /[A-Za-z]{2,}/

describe('warningText(detail, messages, locale)', () => {
  it('finds the codes by grep (the list below is what the parser and checkRecord emit)', () => {
    expect([...PARSER_CODES].sort()).toEqual(
      expect.arrayContaining([
        'amount_without_unit',
        'appeal_parts_mismatch',
        'body_not_found',
        'body_parse_error',
        'conflicting_values',
        'county_renamed',
        'region_ambiguous',
        'year_from_text',
        'table_split_ambiguous',
        'township_name_incomplete',
        'township_not_in_gazetteer',
        'township_renamed',
        'year_from_date',
        ...CHECK_CODES,
      ]),
    )
    expect(CHECK_CODES.size).toBeGreaterThanOrEqual(10)
  })

  it.each([...PARSER_CODES].sort())('has Chinese and English words for %s', (code) => {
    expect(hasWarningText(code, zh)).toBe(true)
    expect(hasWarningText(code, en)).toBe(true)
    // with no figures at all, some wording still fits: never a raw {placeholder} or the fallback
    const bare = { code, field: null, values: {} }
    for (const [m, locale] of [
      [zh, 'zh-CN'],
      [en, 'en'],
    ] as const) {
      const text = warningText(bare, m, locale)
      expect(text).not.toMatch(/[{}]/)
      expect(text).not.toBe(warningText({ code: 'no_such_code', field: null, values: {} }, m, locale).replace('no_such_code', code))
    }
    expect(warningText(bare, zh, 'zh-CN')).not.toMatch(LATIN_WORD)
  })

  it('has a record that breaks every checkRecord rule (add one when a rule is added)', () => {
    const triggered = new Set(BROKEN.flatMap((r) => checkRecord(r).map((w) => w.code)))
    expect([...triggered].sort()).toEqual([...CHECK_CODES].sort())
  })

  it.each(BROKEN.map((r, i) => [i, r] as const))(
    'writes checkRecord warning %i in Chinese with the same figures as its parameters',
    (_, r) => {
      const warnings = checkRecord(r)
      expect(warnings.length).toBeGreaterThan(0)
      for (const w of warnings) {
        const zhText = describeWarning(r, w.code, w.field ?? null, zh, 'zh-CN')
        const enText = describeWarning(r, w.code, w.field ?? null, en, 'en')
        expect(zhText).not.toMatch(LATIN_WORD)
        expect(zhText).toMatch(/[\u4e00-\u9fff]/)
        expect(enText).not.toMatch(/[{}]/)
        const figures = Object.values(w.params ?? {}).map(String)
        for (const figure of figures) {
          expect(zhText.match(/\d+/g)).toContain(figure)
          expect(enText.match(/\d+/g)).toContain(figure)
        }
      }
    },
  )

  it('names the channel over the total by its column name', () => {
    const r = record({ proactive_total: 10, ch_web: 3, ch_wechat: 12 })
    const w = checkRecord(r).find((x) => x.code === 'channel_over_total')!
    expect(describeWarning(r, w.code, w.field ?? null, zh, 'zh-CN')).toBe('政务微信公开 12 条，超过主动公开总数 10')
    expect(describeWarning(r, w.code, w.field ?? null, en, 'en')).toBe('WeChat: 12, more than the 10 disclosed in total')
    // a stored code has no field: the first channel over the total is named
    expect(describeWarning(r, 'channel_over_total', null, zh, 'zh-CN')).toBe('政务微信公开 12 条，超过主动公开总数 10')
  })

  it('says a pre-2019 channel sum is allowed, and writes large figures with grouping', () => {
    const r = record({ template: 'pre-2019', proactive_total: 1200, ch_web: 1000, ch_bulletin: 900 })
    expect(describeWarning(r, 'channel_sum_over_total', null, zh, 'zh-CN')).toBe(
      '各渠道公开数量之和为 1,900，超过主动公开总数 1,200（旧模板中同一信息可经多个渠道发布，属允许情形）',
    )
    expect(describeWarning({ ...r, template: '2021' }, 'channel_sum_over_total', null, en, 'en')).toBe(
      'channels add up to 1,900, more than the 1,200 disclosed in total',
    )
  })

  it('reads the parser-only codes from the record where it holds the figures', () => {
    const r = record({
      township: '口前镇',
      province: '吉林省',
      prefecture: '吉林市',
      county: '永吉县',
      year: 2020,
      published: '2021-01-15',
      procurement_amount: 35,
    })
    expect(describeWarning(r, 'year_from_date', null, zh, 'zh-CN')).toBe('报告未写明年度，按发布日期 2021-01-15 取前一年 2020 年')
    expect(describeWarning(r, 'amount_without_unit', null, zh, 'zh-CN')).toBe('采购总金额 35 未写明单位，按原文保留，未换算')
    expect(describeWarning(r, 'township_not_in_gazetteer', null, zh, 'zh-CN')).toBe('区划表中查无“口前镇”（吉林省 吉林市 永吉县）')
    expect(describeWarning({ ...r, province: null, prefecture: null, county: null }, 'township_not_in_gazetteer', null, zh, 'zh-CN')).toBe(
      '区划表中查无“口前镇”，所属地区未能确定',
    )
    // conflicting_values: the CSV keeps the code only, so no figures; with them, they are used
    expect(describeWarning(r, 'conflicting_values', null, zh, 'zh-CN')).toBe('报告中同一数值前后不一致')
    expect(warningText({ code: 'conflicting_values', field: 'apps_new', values: { kept: 4, other: 5 } }, zh, 'zh-CN')).toBe(
      '新收申请：报告先后写作 4 和 5，采用 4',
    )
  })

  it('shows a code it has no words for with the code, so it is noticed', () => {
    expect(describeWarning(record({}), 'year_from_published', null, zh, 'zh-CN')).toBe('未列出的检查项：year_from_published')
    expect(describeWarning(record({}), 'year_from_published', null, en, 'en')).toBe('check not listed: year_from_published')
  })
})
