/**
 * LazyPanel: a large dataset's row panel mounts the first time the shared observer says its
 * placeholder is near the viewport, and stays; a small dataset's mounts at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import LazyPanel from '../../src/components/LazyPanel.vue'

type Callback = (entries: Array<{ target: Element; isIntersecting: boolean }>) => void
let report: Callback = () => {}
const observed: Element[] = []
const real = globalThis.IntersectionObserver

beforeAll(() => {
  // happy-dom's observer never reports: this one reports when the test says so
  globalThis.IntersectionObserver = class {
    constructor(callback: Callback) {
      report = callback
    }
    observe(el: Element) {
      observed.push(el)
    }
    unobserve(el: Element) {
      observed.splice(observed.indexOf(el), 1)
    }
    disconnect() {}
  } as unknown as typeof IntersectionObserver
})
afterAll(() => {
  globalThis.IntersectionObserver = real
})

const Heavy = defineComponent({ render: () => h('section', { 'data-panel': 'quality', 'data-heavy': '' }, 'computed') })

function mountLazy(lazy: boolean) {
  return mount(LazyPanel, { props: { name: 'quality', lazy }, slots: { default: () => h(Heavy) } })
}

describe('LazyPanel', () => {
  it('holds the place of a large dataset’s panel until it comes near, then mounts it for good', async () => {
    const wrapper = mountLazy(true)
    await nextTick()
    expect(wrapper.find('[data-heavy]').exists()).toBe(false)
    const placeholder = wrapper.get('[data-panel="quality"]').element
    expect(placeholder.getAttribute('aria-busy')).toBe('true')
    expect(observed).toContain(placeholder)

    report([{ target: placeholder, isIntersecting: false }])
    await nextTick()
    expect(wrapper.find('[data-heavy]').exists()).toBe(false)

    report([{ target: placeholder, isIntersecting: true }])
    await nextTick()
    expect(wrapper.find('[data-heavy]').exists()).toBe(true)
    expect(observed).not.toContain(placeholder) // no longer watched: it stays mounted
  })

  it('mounts a small dataset’s panel at once', () => {
    const wrapper = mountLazy(false)
    expect(wrapper.find('[data-heavy]').exists()).toBe(true)
  })
})
