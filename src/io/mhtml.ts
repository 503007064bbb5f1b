/**
 * A page saved as one file (.mhtml/.mht: "网页，单个文件" in Chromium, IE and Word) → the bytes
 * of its HTML part, decoded from quoted-printable or base64, for decodeReportBytes and
 * savedPage.ts. MHTML is a MIME multipart message: the page is the first text/html part; the
 * others are its images and style sheets, which the report does not need. Pure.
 */

/** Bytes as a string of one char per byte (MIME structure is ASCII). */
function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192))
  return s
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff
  return out
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '')
  return bytesOf(joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
}

function decodeBase64(body: string): Uint8Array {
  return bytesOf(atob(body.replace(/[^A-Za-z0-9+/=]/g, '')))
}

/** Header block → lower-case name → value (folded lines joined). */
function headers(block: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return map
}

/** Splits a MIME entity at its first empty line. */
function splitEntity(entity: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(entity)
  return m ? [entity.slice(0, m.index), entity.slice(m.index + m[0].length)] : [entity, '']
}

/** True when the bytes start like a MIME message (an MHTML file whatever its name). */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096))
  return /^(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*)*?content-type:\s*multipart\/related/im.test(head) && /^mime-version:/im.test(head)
}

/** The HTML part's bytes (charset left to decodeReportBytes), or null when there is none. */
export function htmlFromMhtml(bytes: Uint8Array): Uint8Array | null {
  const text = latin1(bytes)
  const [head, rest] = splitEntity(text)
  const type = headers(head).get('content-type') ?? ''
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(type)?.[1]
  const parts = boundary ? rest.split(`--${boundary}`).slice(1) : [text]
  for (const part of parts) {
    if (part.startsWith('--')) break // the closing delimiter
    const [partHead, body] = splitEntity(part.replace(/^\r?\n/, ''))
    const h = headers(partHead)
    if (!/^text\/html/i.test(h.get('content-type') ?? '')) continue
    const encoding = (h.get('content-transfer-encoding') ?? '').toLowerCase()
    const trimmed = body.replace(/\r?\n$/, '')
    if (encoding === 'quoted-printable') return decodeQuotedPrintable(trimmed)
    if (encoding === 'base64') return decodeBase64(trimmed)
    return bytesOf(trimmed)
  }
  return null
}
