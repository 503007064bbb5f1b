/**
 * One report's facts by range requests (issue 14.11: at national scale the evidence took
 * 9.4 s, the whole facts.csv read and indexed first). Over an in-memory facts.csv: the same
 * facts as reading the file whole, in a handful of reads of PROBE_BYTES; anything that does
 * not fit answers null so the caller reads the whole file.
 */
import { describe, expect, it } from 'vitest'
import { csvToFacts, factsToCsv } from '../../src/data/csv.ts'
import { factsByRange, fetchRange, PROBE_BYTES, rangeFirst, type RangeRead } from '../../src/data/factsByRange.ts'
import type { Fact, FactField } from '../../src/data/schema.ts'

/** `n` reports of 6–12 facts each; every 7th report has none, every 5th a quote with a line break and a quote mark. */
function dataset(n: number): { ids: string[]; facts: Fact[]; csv: Uint8Array } {
  const ids: string[] = []
  const facts: Fact[] = []
  for (let i = 0; i < n; i++) {
    const id = `r${String(i).padStart(6, '0')}`
    ids.push(id)
    if (i % 7 === 3) continue
    const fields: FactField[] = ['township', 'year', 'proactive_total', 'ch_web', 'ch_wechat', 'apps_new', 'apps_granted', 'apps_total', 'staff_total', 'meetings', 'trainings', 'complaints']
    for (const [k, field] of fields.slice(0, 6 + (i % 7)).entries()) {
      const quote = i % 5 === 0 && k === 2 ? `全年主动公开“政府信息”${i}条，\n其中网站${k}条` : `第${k}句：主动公开政府信息${i * 10 + k}条`
      facts.push({ report_id: id, field, value: String(i + k), start: k * 40, end: k * 40 + 12, quote })
    }
  }
  return { ids, facts, csv: new TextEncoder().encode(factsToCsv(facts)) }
}

function memoryRead(bytes: Uint8Array, reads: { n: number }): RangeRead {
  return async (start, end) => {
    reads.n++
    return { bytes: bytes.slice(start, end), total: bytes.byteLength }
  }
}

describe('factsByRange', () => {
  const { ids, facts, csv } = dataset(20_000)
  const positions = new Map(ids.map((id, i) => [id, i]))
  const whole = csvToFacts(new TextDecoder().decode(csv)).rows

  it('finds a report’s facts, the same as reading the file whole, in a few reads', async () => {
    expect(csv.byteLength).toBeGreaterThan(100 * PROBE_BYTES)
    for (const i of [0, 1, 3, 5, 9_999, 10_000, 15_555, 19_998, 19_999]) {
      const reads = { n: 0 }
      const got = await factsByRange(memoryRead(csv, reads), ids[i], i, (id) => positions.get(id), csv.byteLength)
      expect(got, ids[i]).toEqual(whole.filter((f) => f.report_id === ids[i]))
      expect(reads.n).toBeLessThanOrEqual(Math.ceil(Math.log2(csv.byteLength / PROBE_BYTES)) + 4)
    }
    // a report with no facts: none, not the neighbours'
    expect(await factsByRange(memoryRead(csv, { n: 0 }), ids[3], 3, (id) => positions.get(id))).toEqual([])
    expect(facts.some((f) => f.quote.includes('\n'))).toBe(true)
  })

  it('answers null where it cannot work: another size than the manifest’s, rows out of order, no ranges', async () => {
    expect(await factsByRange(memoryRead(csv, { n: 0 }), ids[10], 10, (id) => positions.get(id), csv.byteLength + 1)).toBeNull()
    // positions that do not follow the file's order
    const shuffled = new Map(ids.map((id, i) => [id, (i * 7919) % ids.length]))
    const at = shuffled.get(ids[12_345])!
    const result = await factsByRange(memoryRead(csv, { n: 0 }), ids[12_345], at, (id) => shuffled.get(id))
    expect(result === null || result.every((f) => f.report_id === ids[12_345])).toBe(true)
    expect(await factsByRange(async () => null, ids[1], 1, (id) => positions.get(id))).toBeNull()
  })

  it('over fetch: a 206 with Content-Range is read; a 200 (no range support) is null and cancelled', async () => {
    const ranged = (async (_url: string, init?: RequestInit) => {
      const [, a, b] = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range')!)!
      return new Response(csv.slice(Number(a), Number(b) + 1), { status: 206, headers: { 'Content-Range': `bytes ${a}-${b}/${csv.byteLength}` } })
    }) as typeof fetch
    expect(await factsByRange(fetchRange('/d/facts.csv', ranged), ids[42], 42, (id) => positions.get(id))).toEqual(whole.filter((f) => f.report_id === ids[42]))
    let cancelled = false
    const plain = (async () => new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(10)), cancel: () => void (cancelled = true) }), { status: 200 })) as unknown as typeof fetch
    expect(await fetchRange('/d/facts.csv', plain)(0, 100)).toBeNull()
    expect(cancelled).toBe(true)
  })

  it('rangeFirst: reads by range, and from the first failure on reads the whole file', async () => {
    let wholeReads = 0
    const wholeSource = () => ({ ready: Promise.resolve([]), factsFor: async (id: string) => (wholeReads++, whole.filter((f) => f.report_id === id)) })
    const records = ids.map((report_id) => ({ report_id }))
    const ok = rangeFirst(memoryRead(csv, { n: 0 }), records, wholeSource)
    expect(await ok.factsFor(ids[7])).toEqual(whole.filter((f) => f.report_id === ids[7]))
    expect(wholeReads).toBe(0)
    const broken = rangeFirst(async () => null, records, wholeSource)
    expect(await broken.factsFor(ids[7])).toEqual(whole.filter((f) => f.report_id === ids[7]))
    expect(wholeReads).toBe(1)
  })
})
