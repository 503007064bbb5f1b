import * as OpenCC from 'opencc-js/t2cn'

/**
 * Normalise report text for matching while keeping every character at its offset, so a
 * fact's start/end found in the normalised text also index the raw text:
 * - full-width ASCII (１２３，：（）) → half-width; ideographic space, NBSP, a stray BOM → space;
 * - traditional characters → simplified, character by character (never phrase rewrites that
 *   would change the length), and a few traditional-usage terms to mainland words.
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

const WIDE_OR_SPACE = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\ufeff]/g

function narrow(ch: string): string {
  const code = ch.charCodeAt(0)
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' '
}

export function normalizeText(raw: string): string {
  const text = raw.replace(WIDE_OR_SPACE, narrow)
  if (!hasTraditional(text)) return text
  const simplified = toSimplified(text)
  if (simplified.length === text.length) return mainlandTerms(simplified)
  // A conversion changed the length (a multi-character mapping): one character at a time.
  let perChar = ''
  for (const ch of text) {
    const s = toSimplified(ch)
    perChar += s.length === ch.length ? s : ch
  }
  return mainlandTerms(perChar)
}

/** Terms that differ in traditional-script usage, mapped to the words the rules match; same length. */
function mainlandTerms(text: string): string {
  return text.replace(/资讯/g, '信息').replace(/网路/g, '网络')
}

let traditional: Uint8Array | null = null

/**
 * A table of the CJK characters the converter changes, built once from the converter
 * itself, so the usual simplified report is checked with one pass of array look-ups.
 */
function traditionalTable(): Uint8Array {
  if (traditional) return traditional
  const table = new Uint8Array(0x10000)
  let all = ''
  for (let c = 0x4e00; c <= 0x9fff; c++) all += String.fromCharCode(c)
  const converted = toSimplified(all)
  if (converted.length === all.length) {
    for (let i = 0; i < all.length; i++) if (converted.charCodeAt(i) !== all.charCodeAt(i)) table[0x4e00 + i] = 1
  } else {
    for (let i = 0; i < all.length; i++) if (toSimplified(all[i]) !== all[i]) table[0x4e00 + i] = 1
  }
  traditional = table
  return table
}

function hasTraditional(text: string): boolean {
  const table = traditionalTable()
  let hits = 0
  for (let i = 0; i < text.length; i++) {
    // a few stray characters (names, 乾 in 乾坤) do not make a traditional-script report
    if (table[text.charCodeAt(i)] === 1 && ++hits >= 3) return true
  }
  return false
}
