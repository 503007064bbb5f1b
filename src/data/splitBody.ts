/**
 * One download cut in two at a line near its middle, so two workers can parse reports.csv at
 * once (one core each; the page waits on the parse at national scale). Bytes are passed on
 * as they arrive: nothing is held here. The first part ends before the newline (and a '\r'
 * before it), the second starts after it, and the file's header line is handed out for the
 * second part to parse under. A cut inside a quoted cell is possible in principle; the first
 * part's parse says so (parseColumns' unterminatedQuote) and the caller parses the file whole.
 */
export interface SplitBody {
  header: Promise<string>
  first: ReadableStream<Uint8Array>
  second: ReadableStream<Uint8Array>
}

const NL = 0x0a
const CR = 0x0d

export function splitBody(body: ReadableStream<Uint8Array>, length: number): SplitBody {
  const half = Math.floor(length / 2)
  let first!: ReadableStreamDefaultController<Uint8Array>
  let second!: ReadableStreamDefaultController<Uint8Array>
  const firstStream = new ReadableStream<Uint8Array>({ start: (c) => void (first = c) })
  const secondStream = new ReadableStream<Uint8Array>({ start: (c) => void (second = c) })
  let resolveHeader!: (h: string) => void
  let rejectHeader!: (e: unknown) => void
  const header = new Promise<string>((resolve, reject) => ((resolveHeader = resolve), (rejectHeader = reject)))
  const headerBytes: Uint8Array[] = []
  let headerDone = false
  let seen = 0
  let cut = false

  const takeHeader = (chunk: Uint8Array) => {
    if (headerDone) return
    const nl = chunk.indexOf(NL)
    headerBytes.push(nl < 0 ? chunk : chunk.subarray(0, nl))
    if (nl < 0) return
    headerDone = true
    resolveHeader(new TextDecoder().decode(concatBytes(headerBytes)).replace(/\r$/, ''))
  }

  void (async () => {
    const reader = body.getReader()
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        takeHeader(value)
        if (cut) second.enqueue(value)
        else {
          // the first newline at or after the middle, in this chunk
          const from = Math.max(0, half - seen)
          const nl = from < value.length ? value.indexOf(NL, from) : -1
          if (nl < 0) first.enqueue(value)
          else {
            cut = true
            const end = nl > 0 && value[nl - 1] === CR ? nl - 1 : nl
            if (end > 0) first.enqueue(value.subarray(0, end))
            if (nl + 1 < value.length) second.enqueue(value.subarray(nl + 1))
          }
        }
        seen += value.length
      }
      if (!headerDone) resolveHeader(new TextDecoder().decode(concatBytes(headerBytes)).replace(/\r$/, ''))
      first.close()
      second.close()
    } catch (err) {
      rejectHeader(err)
      first.error(err)
      second.error(err)
    }
  })()
  return { header, first: firstStream, second: secondStream }
}

/** The parts as one array of bytes. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
