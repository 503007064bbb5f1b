import { defineConfig } from 'vitest/config'

// The built page (dist/, served by vite preview on 127.0.0.1) driven in Debian's Chromium via
// playwright-core. Node environment: the browser is remote-controlled, not simulated.
// scripts/test.sh runs `vite build` first; tests/e2e/harness.ts builds if dist/ is missing.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // one browser and one preview server for the whole file; files run one after another
    fileParallelism: false,
  },
})
