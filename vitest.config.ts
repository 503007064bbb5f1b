import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Test environment is chosen by file name:
//   tests/**/*.test.ts       pure code, in Node
//   tests/**/*.slow.test.ts  the same, but slow (commands run as processes, whole corpora,
//                            property and fuzz runs): project `slow`, left out by
//                            `npm run test:quick`; `npm test` runs it
//   tests/**/*.dom.test.ts   mounted Vue components, in happy-dom
//   tests/e2e/**             the built page in headless Chromium (vitest.e2e.config.ts)
const node = { environment: 'node' as const, testTimeout: 60_000 }

export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          ...node,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts', 'tests/**/*.slow.test.ts', 'tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          ...node,
          include: ['tests/**/*.slow.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.dom.test.ts'],
          setupFiles: ['tests/setup/teleportInline.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
})
