/**
 * Stable report ids: two independent 32-bit multiplicative hashes (cyrb53-style mixing) over
 * the UTF-16 code units of `source`, a NUL, then `text`, written as 16 lowercase hex digits.
 * Same file name and same text → same id on every run and on every machine; change either
 * and the id changes. Code units rather than UTF-8 bytes: no encoding pass, and Math.imul
 * keeps it in 32-bit integers, so hashing costs little next to parsing.
 */
export function reportId(source: string, text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  const step = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 2654435761)
      h2 = Math.imul(h2 ^ c, 1597334677)
    }
  }
  step(source)
  step('\0')
  step(text)
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}
