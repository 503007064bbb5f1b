/** App wiring: Pinia, the router, the data load, and a small hook the e2e tests and bench use. */
import { createApp, nextTick } from 'vue'
import { createPinia } from 'pinia'
import { getInstanceByDom } from 'echarts/core'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { useDatasetStore } from './stores/dataset.ts'
import { useImportsStore } from './stores/imports.ts'
import { drawsSettled } from './scheduler/drawQueue.ts'
import { dataAddress } from './data/dataAddress.ts'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router)

// `?worker=1` forces the module-worker CSV path that large files get (the worker parses
// reports.csv as the page pushes its bytes, and builds the region index core) even for small
// files, so e2e can check it works in the minified build (Papa's own worker does not,
// toolchain.md pitfall 13).
const forceWorker = new URLSearchParams(location.search).get('worker')
const address = dataAddress(new URLSearchParams(location.search).get('data'), location, `${import.meta.env.BASE_URL}data/`)
void useDatasetStore(pinia).load({
  baseUrl: address.baseUrl,
  refused: address.refused,
  workerThreshold: forceWorker ? 0 : undefined,
})
// reports imported on earlier visits, from IndexedDB, laid over the embedded dataset
void useImportsStore(pinia).restore()

declare global {
  interface Window {
    /** test hook: the ECharts instance of a panel (vue-echarts binds it to the inner .echarts-host) */
    __kanban?: {
      chart: (panel: string) => ReturnType<typeof getInstanceByDom>
      /** bench hook: apply a URL query, resolve with the ms until the first frame after Vue redrew */
      redraw?: (query: Record<string, string | string[]>) => Promise<number>
      /** resolves when every queued chart draw has run */
      settled?: () => Promise<void>
      /** test hook: the loaded records as plain objects (every field, in column order), to compare two load paths */
      records?: () => Record<string, unknown>[]
    }
  }
}
window.__kanban = {
  chart: (panel) => getInstanceByDom(document.querySelector<HTMLElement>(`[data-panel="${panel}"] .echarts-host`)!),
  // ECharts paints inside setOption (lazyUpdate off), so once Vue's update flush is done, the
  // queued chart draws have run and the next frame starts, every canvas holds the new picture.
  redraw: async (query) => {
    const started = performance.now()
    await router.push({ query })
    await nextTick()
    await drawsSettled() // each chart draws in a task of its own (drawQueue.ts): wait for all
    await new Promise((resolve) => requestAnimationFrame(resolve))
    return performance.now() - started
  },
  settled: drawsSettled,
  records: () =>
    useDatasetStore(pinia).records.map((r) => {
      const plain: Record<string, unknown> = {}
      for (const k in r) plain[k] = r[k as keyof typeof r]
      return plain
    }),
}

void router.isReady().then(() => app.mount('#app'))
