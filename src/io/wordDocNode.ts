/**
 * The Word 97–2003 reader for the commands: word-extractor, which uses Node's Buffer and
 * streams (so not the browser). Loaded with import() only when a .doc arrives.
 */
import type { DocReader } from './wordText.ts'

export const readWordDoc: DocReader = async (bytes) => {
  const { default: WordExtractor } = await import('word-extractor')
  const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  return document.getBody()
}
