import table from '../gazetteer/divisions.json'
import { getGazetteer, regionOf } from '../gazetteer/index.ts'
import type { Rng } from './prng.ts'

/** A real township from the gazetteer, with the names a report and the dataset use. */
export interface Township {
  /** 9-digit division code */
  code: string
  /** 12-digit adcode, as in reports.csv */
  adcode: string
  /** official name, which is also the short form (only plain 镇/乡/街道/苏木 names are drawn) */
  name: string
  county: string | null
  prefecture: string | null
  province: string | null
}

/** The name kinds a township report titles itself with, without brackets or 办事处 to strip. */
const PLAIN = /^[\u4e00-\u9fff]{1,12}(?:镇|乡|街道|苏木)$/

let pool: Array<{ code: string; name: string }> | null = null

/**
 * Every township row of the generated table, decoded from its compact form (9-digit code at
 * each new county, 3-digit suffix after). Read here rather than through getGazetteer(), which
 * indexes by name and code but does not list. Names with brackets, 办事处, 农场 … are left out:
 * they would make the expected short name a judgement call rather than a known value.
 */
function townshipPool(): Array<{ code: string; name: string }> {
  if (pool) return pool
  pool = []
  let county = ''
  for (const row of table.townships.split('|')) {
    let code: string
    let name: string
    if (row.length > 9 && /^\d{9}/.test(row)) {
      code = row.slice(0, 9)
      name = row.slice(9)
      county = code.slice(0, 6)
    } else {
      code = county + row.slice(0, 3)
      name = row.slice(3)
    }
    if (PLAIN.test(name)) pool.push({ code, name })
  }
  return pool
}

/** How many townships can be drawn. */
export function townshipCount(): number {
  return townshipPool().length
}

/** `n` distinct townships, chosen by the seeded generator (a partial Fisher–Yates shuffle). */
export function pickTownships(n: number, rng: Rng): Township[] {
  const all = townshipPool()
  if (n > all.length) throw new Error(`--townships ${n}: the gazetteer has ${all.length} plain township names`)
  const index = Array.from({ length: all.length }, (_, i) => i)
  const g = getGazetteer()
  const out: Township[] = []
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng.next() * (all.length - i))
    ;[index[i], index[j]] = [index[j], index[i]]
    const row = all[index[i]]
    const d = g.byCode(row.code) ?? { code: row.code, name: row.name, level: 'township' as const }
    const region = regionOf(d)
    out.push({
      code: row.code,
      adcode: region.adcode,
      name: row.name,
      county: region.county,
      prefecture: region.prefecture,
      province: region.province,
    })
  }
  return out
}
