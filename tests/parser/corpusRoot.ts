import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** shared/<name> beside the repository when it has gold labels, else the copy in tests/fixtures/<name> (a clone without shared/). */
export function corpusRoot(name: string): { root: string; shared: boolean } {
  const shared = join(import.meta.dirname, '../../../shared', name)
  try {
    readdirSync(join(shared, 'gold'))
    return { root: shared, shared: true }
  } catch {
    return { root: join(import.meta.dirname, '../fixtures', name), shared: false }
  }
}
