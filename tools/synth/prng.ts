/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every synthetic value
 * comes from here, so one seed gives the same corpus on every machine and Node version.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number
  /** true with probability p */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** one of the items, each with its weight */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items) => {
      const total = items.reduce((s, [, w]) => s + w, 0)
      let r = next() * total
      for (const [item, w] of items) {
        r -= w
        if (r < 0) return item
      }
      return items[items.length - 1][0]
    },
  }
  return rng
}

/**
 * A seed for one report from the run's seed, its division code and year, so a report's values
 * do not depend on which other townships were drawn or on the output mode (texts or CSV).
 */
export function reportSeed(seed: number, code: string, year: number, stream: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0
  const mix = (c: number) => {
    h = Math.imul(h ^ c, 2654435761) >>> 0
    h = (h ^ (h >>> 13)) >>> 0
  }
  for (let i = 0; i < code.length; i++) mix(code.charCodeAt(i))
  mix(year)
  mix(stream)
  return h
}
