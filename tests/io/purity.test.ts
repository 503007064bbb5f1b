import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Modules the browser shares with the CLI: they must not pull in Node, Vue or the DOM.
const PURE = [
  'src/parser/htmlToText.ts', 'src/parser/reportId.ts', 'src/data/csv.ts', 'src/io/decodeReportBytes.ts',
  'src/io/pdfLayout.ts', 'src/io/pdfText.ts', 'src/data/pageAt.ts',
  // the import worker reads documents with these (the .doc reader, wordDocNode.ts, is Node's)
  'src/io/readDocument.ts', 'src/io/savedPage.ts', 'src/io/wordText.ts',
]

describe('browser-safe modules', () => {
  it.each(PURE)('%s imports nothing from node:*, vue or the DOM', (path) => {
    const source = readFileSync(path, 'utf8')
    const imports = [...source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(imports.filter((m) => m.startsWith('node:') || m === 'vue' || m === 'pinia')).toEqual([])
    expect(source).not.toMatch(/\b(document|window|process)\./)
  })
})
