import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// The dashboard is served from the repository root; data/ is copied into the build as the
// embedded default dataset (see publicDir), so `vite build` needs no extra step.
export default defineConfig({
  plugins: [vue()],
  publicDir: 'public',
  // Module workers (both are started with type: 'module'), so a worker's import() stays a
  // chunk of its own: the import worker loads mammoth or Readability + linkedom only when a
  // .docx or a saved page arrives, instead of carrying them inlined in an iife.
  worker: { format: 'es' },
  build: {
    // pdfjs's worker module (1.2 MB, 0.4 MB gzip) is one chunk, loaded only when a PDF is
    // imported; everything the page loads at start-up stays well under this
    chunkSizeWarningLimit: 1300,
    rolldownOptions: {
      output: {
        // Libraries in their own chunks (toolchain.md §2): they change less often than the app,
        // so a new build leaves them cached, and the parser libraries that only the import
        // worker and lazily loaded panels use stay out of the start-up download.
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/ },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|pinia|vue-echarts|vue-router)[\\/]/ },
            { name: 'papaparse', test: /node_modules[\\/]papaparse[\\/]/ },
            // the report parser's libraries (Chinese numerals, HTML, traditional → simplified):
            // only importing a report needs them
            {
              name: 'parser-libs',
              test: /node_modules[\\/](nzh|htmlparser2|entities|domhandler|domutils|domelementtype|dom-serializer|opencc-js)[\\/]/,
            },
          ],
        },
      },
    },
  },
})
