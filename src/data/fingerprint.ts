/**
 * A file's fingerprint from its first bytes, to tie a file made from reports.csv (landing.json)
 * to that very file before the rest of it has arrived. Served gzipped, reports.csv has no usable
 * Content-Length, so its size cannot say which file it is until the end; its first 64 KiB can.
 * Two 32-bit FNV-1a hashes with different offsets: no security, only "the same file".
 * crypto.subtle would do, but it exists only in secure contexts, and intranet dashboards are
 * often served over plain http.
 */
export const HEAD_BYTES = 64 * 1024

export function fingerprint(head: Uint8Array): string {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ head.length
  for (let i = 0; i < head.length; i++) {
    a = Math.imul(a ^ head[i], 0x01000193)
    b = Math.imul(b ^ head[i], 0x5bd1e995)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/**
 * Passes a body through unchanged, collecting its first HEAD_BYTES: `seen` hears the bytes read
 * so far after every piece, with the fingerprint once the head is complete (or the body ended
 * sooner), null before.
 */
export function watchHead(body: ReadableStream<Uint8Array>, seen: (received: number, head: string | null) => void): ReadableStream<Uint8Array> {
  const head = new Uint8Array(HEAD_BYTES)
  let received = 0
  let printed: string | null = null
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) {
        if (printed === null) seen(received, (printed = fingerprint(head.subarray(0, received))))
        controller.close()
        return
      }
      if (received < HEAD_BYTES) head.set(value.subarray(0, HEAD_BYTES - received), received)
      received += value.byteLength
      if (printed === null && received >= HEAD_BYTES) printed = fingerprint(head)
      seen(received, printed)
      controller.enqueue(value)
    },
    cancel(reason) {
      return reader.cancel(reason)
    },
  })
}
