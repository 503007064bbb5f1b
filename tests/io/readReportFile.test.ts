import { said } from '../i18n/said.ts'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem, type FileSystem } from '../../src/io/fileSystem.ts'
import { collectReportFiles, readReportFile } from '../../src/io/readReportFile.ts'
import { encodeGbk } from './encodings.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'read-report-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const fsError = (code: string) => Object.assign(new Error(`${code}: failed`), { code })

describe('readReportFile', () => {
  it('reads a GBK file and names the source by its file name', async () => {
    const path = join(dir, '泉阳镇2018.txt')
    writeFileSync(path, encodeGbk('泉阳镇2018年政府信息公开工作年度报告\n'))
    expect(await readReportFile(path)).toEqual({
      ok: true,
      path,
      source: '泉阳镇2018.txt',
      text: '泉阳镇2018年政府信息公开工作年度报告\n',
      encoding: 'gb18030',
      html: false,
      notes: [],
    })
  })

  it('gives a reason for a missing file, a folder and an empty file', async () => {
    writeFileSync(join(dir, 'empty.txt'), '')
    expect(said(await readReportFile(join(dir, 'nope.txt')))).toMatchObject({ ok: false, reason: 'no such file or directory' })
    expect(said(await readReportFile(dir))).toMatchObject({ ok: false, reason: 'is a directory' })
    expect(said(await readReportFile(join(dir, 'empty.txt')))).toMatchObject({ ok: false, reason: 'empty file' })
  })

  it('refuses devices instead of reading them forever', async () => {
    expect(said(await readReportFile('/dev/zero'))).toEqual({ ok: false, path: '/dev/zero', reason: 'not a regular file' })
  })

  it('reports a permission error (stubbed: root can read anything)', async () => {
    const fs: FileSystem = { ...nodeFileSystem, readFile: async () => Promise.reject(fsError('EACCES')) }
    writeFileSync(join(dir, 'locked.txt'), 'x')
    expect(said(await readReportFile(join(dir, 'locked.txt'), fs))).toMatchObject({ ok: false, reason: 'permission denied' })
  })

  it('refuses a file over the size limit before reading it', async () => {
    const fs: FileSystem = {
      ...nodeFileSystem,
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 300 * 1048576 }),
      readFile: async () => {
        throw new Error('must not read')
      },
    }
    expect(said(await readReportFile('huge.txt', fs))).toMatchObject({ ok: false, reason: 'too large (300 MB; the limit is 256 MB)' })
  })
})

describe('collectReportFiles', () => {
  it('walks folders recursively for report files, sorted, skipping hidden entries and other endings', async () => {
    mkdirSync(join(dir, 'b/sub'), { recursive: true })
    mkdirSync(join(dir, '.git'))
    for (const f of [
      'b/2.txt',
      'b/1.HTML',
      'b/sub/0.md',
      'a.htm',
      'b/report.PDF',
      '.hidden.txt',
      '.git/x.txt',
      'b/notes.xlsx',
      'b/c.docx',
      'b/d.DOC',
      'b/skip.png',
    ]) {
      writeFileSync(join(dir, f), 'x')
    }
    const { files, failures } = await collectReportFiles([dir])
    expect(files).toEqual(['a.htm', 'b/1.HTML', 'b/2.txt', 'b/c.docx', 'b/d.DOC', 'b/report.PDF', 'b/sub/0.md'].map((f) => join(dir, f)))
    expect(failures).toEqual([])
  })

  it('keeps the order of the arguments, takes named files whatever their ending, and lists each file once', async () => {
    writeFileSync(join(dir, 'z.txt'), 'x')
    writeFileSync(join(dir, 'report.png'), 'x')
    const { files } = await collectReportFiles([join(dir, 'z.txt'), join(dir, 'report.png'), dir])
    expect(files).toEqual([join(dir, 'z.txt'), join(dir, 'report.png')])
  })

  it('follows symbolic links to files but not to folders', async () => {
    mkdirSync(join(dir, 'in'))
    writeFileSync(join(dir, 'real.txt'), 'x')
    symlinkSync(join(dir, 'real.txt'), join(dir, 'in/link.txt'))
    symlinkSync(dir, join(dir, 'in/loop'))
    expect((await collectReportFiles([join(dir, 'in')])).files).toEqual([join(dir, 'in/link.txt')])
  })

  it('reports a missing input and a folder with no reports, and goes on', async () => {
    mkdirSync(join(dir, 'empty'))
    writeFileSync(join(dir, 'ok.txt'), 'x')
    const result = await collectReportFiles([join(dir, 'missing'), join(dir, 'empty'), join(dir, 'ok.txt')])
    expect(result.files).toEqual([join(dir, 'ok.txt')])
    expect(result.failures.map(said)).toEqual([
      { path: join(dir, 'missing'), reason: 'no such file or directory' },
      { path: join(dir, 'empty'), reason: 'no report files (.txt, .htm, .html, .md, .pdf, .docx, .doc, .mhtml, .mht) in this folder' },
    ])
  })
})
