import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The dashboard is served from the repository root; data/ is copied into the build as the
// embedded default dataset (see publicDir), so `vite build` needs no extra step.
export default defineConfig({
  plugins: [vue()],
  publicDir: 'public',
  build: {
    chunkSizeWarningLimit: 800,
  },
})
