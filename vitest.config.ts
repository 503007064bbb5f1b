import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Test environment is chosen by file name:
//   tests/**/*.test.ts      pure code, in Node
//   tests/**/*.dom.test.ts  mounted Vue components, in happy-dom
//   tests/e2e/**            the built page in headless Chromium (vitest.e2e.config.ts)
export default defineConfig({
  plugins: [vue()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.dom.test.ts', 'tests/e2e/**', 'node_modules/**'],
          testTimeout: 60_000,
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
