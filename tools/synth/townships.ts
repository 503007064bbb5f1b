import { getGazetteer, regionOf } from '../../src/gazetteer/index.ts'
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

/** Whether the generator can draw a township of this name (the others never appear in a synthetic set). */
export function isDrawable(name: string): boolean {
  return PLAIN.test(name)
}

let pool: Array<{ code: string; name: string }> | null = null

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/**
 * Every township of the gazetteer, in code order. The gazetteer indexes by code and name but
 * does not list, and its compact table format is its own business, so the codes are probed
 * through byCode (province 11–65, 01–99 prefectures, 00–99 counties (00: 东莞-style towns under a city), 001–999 townships): about three
 * million map lookups, a few hundred ms, once. Names with brackets, 办事处, 农场 … are left
 * out: they would make the expected short name a judgement call rather than a known value.
 */
function townshipPool(): Array<{ code: string; name: string }> {
  if (pool) return pool
  const g = getGazetteer()
  pool = []
  for (let p = 11; p <= 99; p++) {
    const province = String(p)
    if (!g.byCode(province)) continue
    for (let c = 1; c <= 99; c++) {
      const city = province + pad(c, 2)
      if (!g.byCode(city)) continue
      for (let k = 0; k <= 99; k++) {
        const county = city + pad(k, 2)
        if (!g.byCode(county)) continue
        for (let t = 1; t <= 999; t++) {
          const d = g.byCode(county + pad(t, 3))
          if (d && PLAIN.test(d.name)) pool.push({ code: d.code, name: d.name })
        }
      }
    }
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
    const region = regionOf(g.byCode(row.code)!)
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
