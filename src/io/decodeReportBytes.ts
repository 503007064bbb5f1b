import { problem, type Problem } from '../data/problem.ts'
import { htmlToText, looksLikeHtml } from '../parser/htmlToText.ts'

/**
 * Raw report bytes → report text, or a clear reason why not.
 *
 * Reports arrive as saved web pages and exported text in whatever encoding the township's
 * system used: UTF-8 with or without a BOM, UTF-16 from Windows tools, GBK/GB18030 from older
 * Chinese systems. Order matters: strict UTF-8 first (GB18030 "decodes" almost any bytes into
 * plausible CJK, so it may only win when UTF-8 clearly fails), then GB18030 checked for CJK.
 *
 * Pure (TextDecoder is global in Node and browsers), so a page could reuse it for dropped files.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type Decoded =
  | {
      ok: true
      text: string
      encoding: Encoding
      /** true when the text came from HTML through htmlToText */
      html: boolean
      /** warning codes about the input itself (truncated, replaced bytes) */
      notes: string[]
    }
  | { ok: false; reason: Problem }

/** Inputs beyond this are refused before decoding (V8 strings stop near 512 M characters). */
export const MAX_BYTES = 256 * 1024 * 1024

/** `too large (N MB; the limit is L MB)`, for every reader that caps a file's size. */
export function tooLarge(bytes: number, limit: number): Problem {
  return problem('too_large', { size: Math.round(bytes / 1048576), limit: limit / 1048576 })
}

/** Binary kinds by their first bytes; the catalogues name each kind (`problemKinds`). */
const MAGIC: [string, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf: text, but markup the parser cannot read
]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b)
}

/** Share of characters that can occur in a Chinese report (CJK, ASCII, common punctuation). */
export function plausibleShare(text: string): number {
  const n = Math.min(text.length, 200_000)
  if (n === 0) return 0
  let good = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2460 && c <= 0x24ff) || // ①⑴⒈
      (c >= 0x3200 && c <= 0x32ff) || // ㈠
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xb0 ||
      c === 0xfeff ||
      c === 0x25cb ||
      c === 0x25a1
    )
      good++
  }
  return good / n
}

function cjkCount(text: string, limit = 200_000): number {
  let k = 0
  const n = Math.min(text.length, limit)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) k++
  }
  return k
}

function nonAscii(text: string): number {
  let k = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) k++
  return k
}

function countByte(bytes: Uint8Array, value: number): number {
  let k = 0
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === value) k++
  return k
}

/**
 * NUL characters replaced (by U+FFFD, one for one, so offsets hold) with a warning before a
 * text counts as binary: a report saved by a broken tool carries a stray one or two, and
 * rejecting its whole record for them lost the report.
 */
const MAX_NULS = 8
/** ... and at most one per this many bytes: 4 NULs in 9 bytes is binary whatever else it holds. */
const NUL_SPACING = 200

function fewNuls(nuls: number, length: number): boolean {
  return nuls <= MAX_NULS && nuls * NUL_SPACING <= length
}

/**
 * Windows (CRLF) and old-Mac (CR) line ends become LF, at the decoder, so every reader (parser,
 * the evidence offsets, the text shown) sees one text: with CRLF the patterns that stop at a
 * line end missed `published` in most synthetic reports, and a CR-only file lost counts.
 */
export function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n')
}

function countChar(text: string, code: number): number {
  let k = 0
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) k++
  return k
}

/** Which byte lane of a BOM-less UTF-16 text holds the NULs of its ASCII characters, if any. */
function utf16ByNuls(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 65536) & ~1
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  if (pairs === 0 || even + odd < pairs * 0.02) return null
  if (odd >= (even + odd) * 0.9) return 'utf-16le' // 'A' = 41 00
  if (even >= (even + odd) * 0.9) return 'utf-16be' // 'A' = 00 41
  return null
}

/** Bytes of a UTF-8 sequence cut off at the very end (0 when the end is complete). */
function cutUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]
    if ((b & 0xc0) === 0x80) continue // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > back ? back : 0
  }
  return 0
}

function tryDecode(encoding: Encoding, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

/** Control characters other than tab, newline, carriage return, form feed and vertical tab. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536)
  if (n === 0) return 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) || c === 0x7f) bad++
  }
  return bad / n
}

function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding; notes: string[] } | Problem {
  // 1. byte order marks
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3)
    const cut = cutUtf8Tail(body)
    const strict = tryDecode('utf-8', body.subarray(0, body.length - cut), true)
    if (strict !== null) return { text: strict, encoding: 'utf-8', notes: cut ? ['input_truncated_utf8'] : [] }
    return { text: tryDecode('utf-8', body, false) ?? '', encoding: 'utf-8', notes: ['input_invalid_utf8_replaced'] }
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: Encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    const notes = bytes.length % 2 ? ['input_truncated_utf16'] : []
    const text = tryDecode(encoding, bytes.subarray(2, bytes.length - (bytes.length % 2)), false) ?? ''
    return { text, encoding, notes }
  }
  // 2. UTF-16 without a BOM, recognised by the NUL bytes of its ASCII characters
  const lane = utf16ByNuls(bytes)
  if (lane) {
    const text = tryDecode(lane, bytes.subarray(0, bytes.length & ~1), false) ?? ''
    if (plausibleShare(text) >= 0.95) return { text, encoding: lane, notes: bytes.length % 2 ? ['input_truncated_utf16'] : [] }
  }
  if (bytes.includes(0)) {
    const utf16 = bomlessUtf16(bytes)
    if (utf16) return utf16
    // a few stray NULs in an otherwise good text are replaced (decodeReportBytes), not fatal
    if (!fewNuls(countByte(bytes, 0), bytes.length)) return problem('binary_nul')
  }
  // 3. strict UTF-8, forgiving only a sequence cut off at the very end
  const cut = cutUtf8Tail(bytes)
  const strict = tryDecode('utf-8', bytes.subarray(0, bytes.length - cut), true)
  if (strict !== null) return { text: strict, encoding: 'utf-8', notes: cut ? ['input_truncated_utf8'] : [] }
  // 4. UTF-8 with a few damaged bytes, or a legacy Chinese encoding?
  // Damaged UTF-8 still has many valid multi-byte characters around each bad byte; GBK
  // text read as UTF-8 has almost none, however little Chinese it holds.
  const lossy = tryDecode('utf-8', bytes, false) ?? ''
  const replaced = countChar(lossy, 0xfffd)
  if (nonAscii(lossy) - replaced >= replaced * 20) {
    return { text: lossy, encoding: 'utf-8', notes: ['input_invalid_utf8_replaced'] }
  }
  const gb = tryDecode('gb18030', bytes, false)
  if (gb !== null && cjkCount(gb) > 0 && plausibleShare(gb) >= 0.95) {
    return { text: gb, encoding: 'gb18030', notes: [] }
  }
  return bomlessUtf16(bytes) ?? problem('unknown_encoding')
}

/** BOM-less UTF-16 of almost pure CJK text has few or no NULs; take it only when it reads as Chinese. */
function bomlessUtf16(bytes: Uint8Array): { text: string; encoding: Encoding; notes: string[] } | null {
  if (bytes.length % 2) return null
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = tryDecode(encoding, bytes, true)
    if (text !== null && cjkCount(text) > Math.min(text.length, 200_000) * 0.3 && plausibleShare(text) >= 0.98) {
      return { text, encoding, notes: [] }
    }
  }
  return null
}

/**
 * Decode one report file. `name` decides nothing but HTML on its own: a .htm/.html name, or
 * text that looks like HTML, goes through `reduceHtml` (htmlToText; for a whole saved page,
 * src/io/savedPage.ts via readDocument.ts).
 */
export function decodeReportBytes(bytes: Uint8Array, name = '', reduceHtml: (html: string) => string = htmlToText): Decoded {
  if (bytes.length === 0) return { ok: false, reason: problem('empty_file') }
  if (bytes.length > MAX_BYTES) return { ok: false, reason: tooLarge(bytes.length, MAX_BYTES) }
  for (const [kind, magic] of MAGIC) {
    if (startsWith(bytes, magic)) return { ok: false, reason: problem('binary_kind', { kind }) }
  }
  const decoded = decodeText(bytes)
  if (!('text' in decoded)) return { ok: false, reason: decoded }
  let { text } = decoded
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const notes = [...decoded.notes]
  if (text.includes('\u0000')) {
    if (!fewNuls(countChar(text, 0), text.length)) return { ok: false, reason: problem('binary_nul') }
    text = text.replaceAll('\u0000', '\uFFFD')
    notes.push('input_nul_replaced')
  }
  if (controlShare(text) > 0.01) return { ok: false, reason: problem('binary_control') }
  text = normalizeLineEnds(text)
  const html = /\.html?$/i.test(name) || looksLikeHtml(text)
  if (html) text = reduceHtml(text)
  if (text.trim() === '') return { ok: false, reason: problem(html ? 'no_html_text' : 'empty_whitespace') }
  return { ok: true, text, encoding: decoded.encoding, html, notes }
}
