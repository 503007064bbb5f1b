import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nodeFileSystem, type FileSystem } from '../../src/io/fileSystem.ts'
import { Staging } from '../../src/io/staging.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Every file under dir, relative, sorted (hidden temporaries included). */
function tree(root = dir): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort()
}

/**
 * Files and folders written through one Staging and committed together, as the data command
 * does with its outputs; on a failed write the temporaries go and the error is rethrown.
 */
async function writeAtomically(
  files: { path: string; data: string }[],
  folders: { path: string; files: { name: string; data: string }[] }[],
  fs: FileSystem,
): Promise<void> {
  const staging = new Staging(fs)
  try {
    for (const file of files) await (await staging.file(file.path)).append(file.data)
    for (const folder of folders) {
      const staged = await staging.folder(folder.path)
      for (const f of folder.files) await staged.write(f.name, f.data)
    }
  } catch (error) {
    await staging.abort()
    throw error
  }
  await staging.commit()
}

describe('Staging: files and folders replaced together or not at all', () => {
  it('writes files and replaces a folder whole, creating parents', async () => {
    mkdirSync(join(dir, 'pub/reports'), { recursive: true })
    writeFileSync(join(dir, 'pub/reports/stale.txt'), 'old')
    await writeAtomically(
      [{ path: join(dir, 'out/a.csv'), data: 'A' }],
      [{ path: join(dir, 'pub/reports'), files: [{ name: 'r1.txt', data: '一' }] }],
      nodeFileSystem,
    )
    expect(tree()).toEqual(['out/a.csv', 'pub/reports/r1.txt'])
    expect(readFileSync(join(dir, 'pub/reports/r1.txt'), 'utf8')).toBe('一')
  })

  it('leaves every old file as it was when one write fails, and removes its temporaries', async () => {
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out/a.csv'), 'old A')
    writeFileSync(join(dir, 'out/b.csv'), 'old B')
    let writes = 0
    const fs: FileSystem = {
      ...nodeFileSystem,
      writeFile: async (path, data) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' })
        return nodeFileSystem.writeFile(path, data)
      },
    }
    await expect(
      writeAtomically(
        [
          { path: join(dir, 'out/a.csv'), data: 'new A' },
          { path: join(dir, 'out/b.csv'), data: 'new B' },
        ],
        [],
        fs,
      ),
    ).rejects.toThrow(`${join(dir, 'out/b.csv')}: no space left on device`)
    expect(tree()).toEqual(['out/a.csv', 'out/b.csv'])
    expect(readFileSync(join(dir, 'out/a.csv'), 'utf8')).toBe('old A')
    expect(readFileSync(join(dir, 'out/b.csv'), 'utf8')).toBe('old B')
  })

  it('puts the old folder back when the new one cannot be moved in', async () => {
    mkdirSync(join(dir, 'reports'))
    writeFileSync(join(dir, 'reports/old.txt'), 'old')
    let failed = false
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        // the first move into place fails; moving the old folder back must still work
        if (to === join(dir, 'reports') && !failed) {
          failed = true
          throw Object.assign(new Error('no'), { code: 'EACCES' })
        }
        return nodeFileSystem.rename(from, to)
      },
    }
    await expect(writeAtomically([], [{ path: join(dir, 'reports'), files: [{ name: 'new.txt', data: 'new' }] }], fs)).rejects.toThrow(
      'permission denied',
    )
    expect(tree()).toEqual(['reports/old.txt'])
    expect(existsSync(join(dir, 'reports/new.txt'))).toBe(false)
  })

  it('replaces a pair of files together or not at all: a second file that cannot be replaced leaves both old (issue 17 item 11)', async () => {
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out/reports.csv'), 'old reports')
    writeFileSync(join(dir, 'out/facts.csv'), 'old facts')
    // facts.csv open in Excel on Windows: it cannot be renamed or replaced
    const locked = join(dir, 'out/facts.csv')
    const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (from === locked || to === locked) throw busy()
        return nodeFileSystem.rename(from, to)
      },
    }
    await expect(
      writeAtomically(
        [
          { path: join(dir, 'out/reports.csv'), data: 'new reports' },
          { path: locked, data: 'new facts' },
        ],
        [],
        fs,
      ),
    ).rejects.toThrow(`${locked}: in use by another program`)
    expect(tree()).toEqual(['out/facts.csv', 'out/reports.csv'])
    expect(readFileSync(join(dir, 'out/reports.csv'), 'utf8')).toBe('old reports')
    expect(readFileSync(locked, 'utf8')).toBe('old facts')
  })

  it('puts the old pair back when the new second file cannot be moved in', async () => {
    mkdirSync(join(dir, 'out'))
    writeFileSync(join(dir, 'out/reports.csv'), 'old reports')
    writeFileSync(join(dir, 'out/facts.csv'), 'old facts')
    const target = join(dir, 'out/facts.csv')
    let refused = false
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        // the new facts.csv cannot go in (the old one, moved aside, can come back)
        if (to === target && !refused) {
          refused = true
          throw Object.assign(new Error('EPERM'), { code: 'EPERM' })
        }
        return nodeFileSystem.rename(from, to)
      },
    }
    await expect(
      writeAtomically(
        [
          { path: join(dir, 'out/reports.csv'), data: 'new reports' },
          { path: target, data: 'new facts' },
        ],
        [],
        fs,
      ),
    ).rejects.toThrow(`${target}: permission denied`)
    expect(tree()).toEqual(['out/facts.csv', 'out/reports.csv'])
    expect(readFileSync(join(dir, 'out/reports.csv'), 'utf8')).toBe('old reports')
    expect(readFileSync(target, 'utf8')).toBe('old facts')
  })
})
