/**
 * Stable report ids: FNV-1a 64-bit over the UTF-8 bytes of `source`, a NUL, then `text`,
 * written as 16 lowercase hex digits. Same file name and same text → same id on every run
 * and on every machine; change either and the id changes.
 *
 * Pure module (TextEncoder is global in Node and browsers). The 64-bit product is done in two
 * 32-bit halves so a 50 MB report hashes in well under a second without BigInt.
 */
const encoder = new TextEncoder()

export function reportId(source: string, text: string): string {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  const step = (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      lo ^= bytes[i]
      // h * 0x100000001b3 = h * 0x1b3 + (h << 40), mod 2^64
      const p = (lo >>> 0) * 0x1b3
      const carry = Math.floor(p / 0x100000000)
      hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0
      lo = p >>> 0
    }
  }
  step(encoder.encode(source))
  step(new Uint8Array([0]))
  step(encoder.encode(text))
  return hi.toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}
