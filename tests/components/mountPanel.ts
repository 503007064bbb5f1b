/**
 * Mounts a real panel with a real Pinia and a memory router, seeded from the fixture CSV.
 * happy-dom does no layout (toolchain.md pitfall 5), so element sizes are stubbed for ECharts.
 */
import { mount, flushPromises } from '@vue/test-utils'
import { nextTick, type Component } from 'vue'
import { INIT_OPTIONS_KEY } from 'vue-echarts'
import { useDatasetStore } from '../../src/stores/dataset.ts'
import { createTestApp, fixtureDataset } from '../fixtures/dashboard/load.ts'

let stubbed = false
export function stubLayout(width = 800, height = 400): void {
  if (stubbed) return
  stubbed = true
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height })
}

export async function mountPanel(component: Component, url = '/') {
  stubLayout()
  const { pinia, router } = await createTestApp(url)
  useDatasetStore(pinia).setData(fixtureDataset())
  // happy-dom's canvas has no 2D context, so charts render with the SVG renderer here
  const wrapper = mount(component, {
    global: { plugins: [pinia, router], provide: { [INIT_OPTIONS_KEY as symbol]: { renderer: 'svg' } } },
    attachTo: document.body,
  })
  await flushPromises()
  await nextTick()
  return { wrapper, router, pinia }
}

/** Waits until a router navigation started by a click has landed and the DOM updated. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flushPromises()
    await nextTick()
  }
}
