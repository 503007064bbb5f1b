import * as OpenCC from 'opencc-js/t2cn'

/**
 * Normalise report text for matching while keeping every character at its offset, so a
 * fact's start/end found in the normalised text also index the raw text:
 * - full-width ASCII (１２３，：（）) → half-width; ideographic space and NBSP → space;
 * - traditional characters → simplified (character by character, never phrase rewrites
 *   that would change the length).
 */
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

export function normalizeText(raw: string): string {
  let out = ''
  let changed = false
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0)
      changed = true
    } else if (code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 || code === 0x2009) {
      out += ' '
      changed = true
    } else if (code === 0xfeff) {
      out += ' ' // a BOM left inside the text: keep the offset, drop the mark
      changed = true
    } else {
      out += raw[i]
    }
  }
  const text = changed ? out : raw
  if (!hasTraditional(text)) return text
  const simplified = toSimplified(text)
  if (simplified.length === text.length) return mainlandTerms(simplified)
  // A conversion changed the length (a multi-character mapping): fall back to one
  // character at a time so offsets stay exact.
  let perChar = ''
  for (const ch of text) {
    const s = toSimplified(ch)
    perChar += s.length === ch.length ? s : ch
  }
  return mainlandTerms(perChar)
}

/** Terms that differ in traditional-script usage, mapped to the mainland words the rules match; same length. */
function mainlandTerms(text: string): string {
  return text.replace(/资讯/g, '信息').replace(/网路/g, '网络')
}

// Characters that occur in traditional-script reports and never in simplified ones; testing
// for them first skips the converter (the slow part) for the usual simplified report.
const TRADITIONAL_HINTS = /[據與為們開資訊報務會關於對請處議訟縣鎮鄉區員數條項網發來時廣導國]/

function hasTraditional(text: string): boolean {
  return TRADITIONAL_HINTS.test(text)
}
