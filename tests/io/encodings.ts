/**
 * Test helpers that make report bytes in the encodings townships use. Node's TextEncoder only
 * writes UTF-8, so GBK bytes come from a table built by decoding every GBK double-byte code
 * with Node's own TextDecoder('gbk'): no extra dependency, and the bytes are exactly what that
 * decoder reads back.
 */
let gbkTable: Map<string, [number, number]> | null = null

function table(): Map<string, [number, number]> {
  if (gbkTable) return gbkTable
  const decoder = new TextDecoder('gbk')
  gbkTable = new Map()
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail])
    }
  }
  return gbkTable
}

/** GBK bytes for text made of ASCII and GBK characters (throws on anything else). */
export function encodeGbk(text: string): Uint8Array {
  const t = table()
  const out: number[] = []
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code < 0x80) out.push(code)
    else {
      const pair = t.get(ch)
      if (!pair) throw new Error(`not in GBK: ${ch}`)
      out.push(pair[0], pair[1])
    }
  }
  return new Uint8Array(out)
}

/** UTF-16 bytes, little- or big-endian, with or without a BOM. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = text.length * 2
  const out = new Uint8Array(body + (bom ? 2 : 0))
  let at = 0
  if (bom) {
    out[0] = endian === 'le' ? 0xff : 0xfe
    out[1] = endian === 'le' ? 0xfe : 0xff
    at = 2
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i)
    out[at + (endian === 'le' ? 0 : 1)] = c & 0xff
    out[at + (endian === 'le' ? 1 : 0)] = c >> 8
  }
  return out
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
