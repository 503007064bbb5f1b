/**
 * LazyPanel: a large dataset's row panel mounts the first time the shared observer says its
 * placeholder is near the viewport, and stays; a small dataset's mounts at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import LazyPanel from '../../src/components/LazyPanel.vue'
import { drawsSettled } from '../../src/scheduler/drawQueue.ts'

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
    // the mount is queued as a task of its own (drawQueue.ts)
    await drawsSettled()
    await nextTick()
    expect(wrapper.find('[data-heavy]').exists()).toBe(true)
    expect(observed).not.toContain(placeholder) // no longer watched: it stays mounted
  })

  it('mounts panels that come near together one task at a time, in order', async () => {
    const seen: string[] = []
    const panel = (name: string) =>
      defineComponent({
        // what is mounted when this one's mount is done: a panel mounting in the same flush would show
        mounted: () => seen.push(`${name}:${document.querySelectorAll('[data-heavy]').length}`),
        render: () => h('section', { 'data-heavy': name }, name),
      })
    const a = mount(LazyPanel, {
      props: { name: 'table', lazy: true },
      slots: { default: () => h(panel('table')) },
      attachTo: document.body,
    })
    const b = mount(LazyPanel, {
      props: { name: 'quality', lazy: true },
      slots: { default: () => h(panel('quality')) },
      attachTo: document.body,
    })
    await nextTick()
    report([a.element, b.element].map((target) => ({ target, isIntersecting: true })))
    await nextTick()
    expect(seen).toEqual([]) // queued, not mounted in the observer's callback
    await drawsSettled()
    await nextTick()
    expect(seen).toEqual(['table:1', 'quality:2'])
    a.unmount()
    b.unmount()
  })

  it('mounts a small dataset’s panel at once', () => {
    const wrapper = mountLazy(false)
    expect(wrapper.find('[data-heavy]').exists()).toBe(true)
  })
})
