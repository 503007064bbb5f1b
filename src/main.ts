/** App wiring: Pinia, the router, the data load, and a small hook the e2e tests and bench use. */
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { getInstanceByDom } from 'echarts/core'
import App from './App.vue'
import { createAppRouter } from './router.ts'
import { useDatasetStore } from './stores/dataset.ts'
import { useImportsStore } from './stores/imports.ts'
import './styles/tokens.css'
import './styles/base.css'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()
app.use(pinia).use(router)

// `?worker=1` forces the module-worker CSV path even for small files, so e2e can check it works
// in the minified build (Papa's own worker does not, toolchain.md pitfall 13).
const forceWorker = new URLSearchParams(location.search).get('worker') === '1'
void useDatasetStore(pinia).load({
  baseUrl: `${import.meta.env.BASE_URL}data/`,
  workerThreshold: forceWorker ? 0 : undefined,
})
// reports imported on earlier visits, from IndexedDB, laid over the embedded dataset
void useImportsStore(pinia).restore()

declare global {
  interface Window {
    /** test hook: the ECharts instance of a panel (vue-echarts binds it to the inner .echarts-host) */
    __kanban?: { chart: (panel: string) => ReturnType<typeof getInstanceByDom> }
  }
}
window.__kanban = {
  chart: (panel) => getInstanceByDom(document.querySelector<HTMLElement>(`[data-panel="${panel}"] .echarts-host`)!),
}

void router.isReady().then(() => app.mount('#app'))
