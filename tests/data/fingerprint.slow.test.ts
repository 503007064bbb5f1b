/**
 * The head fingerprint that ties landing.json to one reports.csv: the page takes it from the
 * response as the pieces arrive, the data command from the file; both must agree, whatever the
 * pieces' sizes.
 */
import { describe, expect, it } from 'vitest'
import { fingerprint, HEAD_BYTES, watchHead } from '../../src/data/fingerprint.ts'

function bytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24
  return out
}

function streamOf(data: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let at = 0
  let k = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= data.length) return controller.close()
      const size = sizes[k++ % sizes.length]
      controller.enqueue(data.slice(at, at + size))
      at += size
    },
  })
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

describe('fingerprint of a file head', () => {
  it('differs for another head, another length, and a change of one byte', () => {
    const a = bytes(HEAD_BYTES, 1)
    const b = a.slice()
    b[HEAD_BYTES - 1] ^= 1
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{16}$/)
    expect(fingerprint(a)).toBe(fingerprint(a.slice()))
    expect(fingerprint(b)).not.toBe(fingerprint(a))
    expect(fingerprint(a.subarray(0, 100))).not.toBe(fingerprint(a.subarray(0, 101)))
  })

  it('is taken from a body in pieces of any size, which pass through unchanged', async () => {
    const data = bytes(3 * HEAD_BYTES + 17, 2)
    for (const sizes of [[1000], [HEAD_BYTES], [7, 65_000, 90_000], [HEAD_BYTES + 1]]) {
      const heard: Array<[number, string | null]> = []
      const out = await readAll(watchHead(streamOf(data, sizes), (received, head) => heard.push([received, head])))
      expect(out).toEqual(data)
      const first = heard.findIndex(([, head]) => head !== null)
      expect(heard[first][1]).toBe(fingerprint(data.subarray(0, HEAD_BYTES)))
      expect(heard[first][0]).toBeGreaterThanOrEqual(HEAD_BYTES)
      if (first > 0) expect(heard[first - 1][0]).toBeLessThan(HEAD_BYTES)
      expect(heard.at(-1)![0]).toBe(data.length)
    }
  })

  it('of a body shorter than the head is the whole body, told at its end', async () => {
    const data = bytes(5000, 3)
    const heard: Array<[number, string | null]> = []
    await readAll(watchHead(streamOf(data, [1024]), (received, head) => heard.push([received, head])))
    expect(heard.slice(0, -1).every(([, head]) => head === null)).toBe(true)
    expect(heard.at(-1)).toEqual([5000, fingerprint(data)])
  })
})
