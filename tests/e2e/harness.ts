/**
 * Shared e2e plumbing: make sure dist/ exists, serve it with Vite's preview server on
 * 127.0.0.1, and launch Debian's Chromium through playwright-core (no browser download).
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { build, preview, type PreviewServer } from 'vite'
import { chromium, type Browser, type Page } from 'playwright-core'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/**
 * The build under test. `E2E_DIST` points a run at another folder (a profiling build, or a
 * second worktree's build) so two people measuring at once do not test each other's dist/.
 */
export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(ROOT, 'dist')

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** scripts/test.sh builds before e2e; building here too keeps a lone e2e run working. */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(path.join(DIST, 'index.html'))) return
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: DIST } })
}

export async function startPreview(): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: DIST },
    // port 0: the OS picks a free port, so parallel runs and a developer's preview don't clash
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : 4173
  return { server, url: `http://127.0.0.1:${port}/` }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

export async function closePreview(server: PreviewServer): Promise<void> {
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
}

/** The preview server and a browser for one test file, and how to close both. */
export async function startSession(): Promise<{ baseUrl: string; browser: Browser; close: () => Promise<void> }> {
  await ensureBuilt()
  const { server, url } = await startPreview()
  const browser = await launchChromium()
  return {
    baseUrl: url,
    browser,
    close: async () => {
      await browser.close()
      await closePreview(server)
    },
  }
}

/** Console errors and uncaught page errors, collected for a final "no errors" check. */
export function watchErrors(page: Page, into: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(m.text())
  })
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`))
  return into
}
