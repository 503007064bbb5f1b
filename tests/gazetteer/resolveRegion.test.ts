import { describe, expect, it } from 'vitest'
import { lookupTownship, parentWords, regionOf, resolveRegion, scanNames } from '../../src/gazetteer/index.ts'

const jintang = () => lookupTownship('金塘镇').matches
const quanyang = () => lookupTownship('泉阳镇').matches

describe('resolveRegion', () => {
  it('one candidate: unique, with the parents the text names', () => {
    const text = '发布机构 腾冲市界头镇\n界头镇2018年度政府信息公开年度报告'
    const r = resolveRegion(lookupTownship('界头镇').matches, text)
    expect(r.by).toBe('unique')
    expect(r.clues.map((c) => c.text)).toContain('腾冲市')
  })

  it('no candidates: none', () => {
    expect(resolveRegion([], 'text')).toMatchObject({ by: 'none', chosen: null })
  })

  it('a prefecture short form picks 定海区 among four 金塘镇', () => {
    const r = resolveRegion(jintang(), '2018年,金塘镇并入舟山新区社会公共服务平台。', { blockers: ['金塘镇'] })
    expect(r.by).toBe('clue')
    expect(regionOf(r.chosen!).county).toBe('定海区')
  })

  it('county names outweigh province names', () => {
    // 浙江省 is mentioned, but so is 崇阳县
    const r = resolveRegion(jintang(), '学习浙江省经验,崇阳县金塘镇认真落实。')
    expect(regionOf(r.chosen!).county).toBe('崇阳县')
  })

  it('longest match first: 吉林省 is not read as 吉林 (吉林市)', () => {
    // both 泉阳镇 are outside 吉林市, so this only checks that the scan consumes 吉林省 whole
    const hits = scanNames(
      '吉林省吉林市',
      new Map([
        ['吉林省', 1],
        ['吉林', 2],
        ['吉林市', 3],
      ]),
      [[0, 6]],
    )
    expect(hits.map((h) => h.name)).toEqual(['吉林省', '吉林市'])
  })

  it('no clue: ambiguous, all candidates remain', () => {
    const r = resolveRegion(jintang(), '金塘镇认真落实条例。')
    expect(r.by).toBe('ambiguous')
    expect(r.remaining).toHaveLength(4)
  })

  it('县政府 picks the 县 candidate; 区委 the 区 one; otherwise still ambiguous', () => {
    const county = resolveRegion(quanyang(), '泉阳镇认真贯彻落实县政府关于政务公开的规定')
    expect(county.by).toBe('parent_word')
    expect(regionOf(county.chosen!).county).toBe('抚松县')
    expect(county.hint).toMatchObject({ word: '县政府', kind: '县' })

    const district = resolveRegion(jintang(), '金塘镇在区委区政府领导下')
    // 定海区 and 茂南区 are both 区: narrowed to two, still ambiguous
    expect(district.by).toBe('ambiguous')
    expect(district.remaining.map((d) => regionOf(d).county).sort()).toEqual(['定海区', '茂南区'])

    expect(resolveRegion(quanyang(), '根据县级以上人民政府的规定').by).toBe('ambiguous')
  })

  it('the end of a division name is not a parent word (安康市政务公开, 永吉县政府)', () => {
    const words = parentWords('按照安康市政务公开要点和永吉县政府要求')
    expect(words.size).toBe(0)
    expect(parentWords('按照县政府要求').get('县')?.count).toBe(1)
  })

  it('parent words are not read inside 自治区 / 社区', () => {
    const words = parentWords('新疆维吾尔自治区人民政府办公厅;社区政务公开;全县;县委')
    expect(words.get('区')).toBeUndefined()
    expect(words.get('县')?.count).toBe(2)
  })

  it('parent words apply to townships by default and can be turned off', () => {
    expect(resolveRegion(quanyang(), '在县委领导下').by).toBe('parent_word')
    expect(resolveRegion(quanyang(), '在县委领导下', { parentWords: false }).by).toBe('ambiguous')
    // 县 candidates among four 金塘镇: 崇阳县 and 巧家县 remain
    expect(resolveRegion(jintang(), '在县委领导下').remaining).toHaveLength(2)
  })
})
