import { readFileSync } from 'node:fs'
import { docxToText } from './src/io/wordText.ts'
const b = new Uint8Array(readFileSync('tests/fixtures/word/city_office_2019.docx'))
await docxToText(b)
const s = performance.now()
for (let k = 0; k < 20; k++) await docxToText(b)
console.log('per file', ((performance.now() - s) / 20).toFixed(0), 'ms')
