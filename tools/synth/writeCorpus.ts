import { once } from 'node:events'
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs'
import { join } from 'node:path'
import { renderReport, synthReports, type SynthOptions } from './generate.ts'

/**
 * Texts mode: one report file per township-year in `dir`, and `dir/expected.json`, an object
 * keyed by file name holding each report's known values. Written as it goes (one report in
 * memory at a time; the JSON is streamed entry by entry).
 */
export async function writeCorpus(options: SynthOptions, dir: string): Promise<{ files: number }> {
  mkdirSync(dir, { recursive: true })
  const json = createWriteStream(join(dir, 'expected.json'), { encoding: 'utf8' })
  await write(json, '{\n')
  let files = 0
  for (const report of synthReports(options)) {
    const rendered = renderReport(report, options.seed)
    writeFileSync(join(dir, report.file), rendered.text)
    await write(json, `${files ? ',\n' : ''}${JSON.stringify(report.file)}: ${JSON.stringify(report.expected)}`)
    files++
  }
  await write(json, '\n}\n')
  json.end()
  await once(json, 'finish')
  return { files }
}

/** Write and wait when the stream's buffer is full, so output never piles up in memory. */
export async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}
