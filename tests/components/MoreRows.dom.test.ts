import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import MoreRows from '../../src/components/MoreRows.vue'
import { useRowCap } from '../../src/composables/useRowCap.ts'

/** A list of `n` rows drawn through useRowCap and MoreRows, as the quality and compliance panels do. */
function harness(n: number, page: number) {
  const list = ref(Array.from({ length: n }, (_, i) => i))
  const Host = defineComponent({
    setup() {
      const rows = useRowCap(list, page)
      return () =>
        h('div', [
          h(
            'ul',
            rows.shown.value.map((i) => h('li', { key: i }, String(i))),
          ),
          h(MoreRows, { hidden: rows.hidden.value, page, onMore: rows.showMore }),
        ])
    },
  })
  return { wrapper: mount(Host), list }
}

describe('useRowCap + MoreRows', () => {
  it('draws one page, says how many rows are left and adds a page per click', async () => {
    const { wrapper } = harness(120, 50)
    expect(wrapper.findAll('li')).toHaveLength(50)
    expect(wrapper.get('[data-more-rows]').text()).toContain('另有 70 行未显示')
    await wrapper.get('[data-action="show-more"]').trigger('click')
    expect(wrapper.findAll('li')).toHaveLength(100)
    await wrapper.get('[data-action="show-more"]').trigger('click')
    expect(wrapper.findAll('li')).toHaveLength(120)
    expect(wrapper.find('[data-more-rows]').exists()).toBe(false)
  })

  it('starts from the first page again when the list changes (a filter change)', async () => {
    const { wrapper, list } = harness(120, 50)
    await wrapper.get('[data-action="show-more"]').trigger('click')
    expect(wrapper.findAll('li')).toHaveLength(100)
    list.value = Array.from({ length: 80 }, (_, i) => i)
    await nextTick()
    await nextTick()
    expect(wrapper.findAll('li')).toHaveLength(50)
    expect(wrapper.get('[data-more-rows]').text()).toContain('30')
  })

  it('draws short lists whole, with no "more" line', () => {
    const { wrapper } = harness(12, 50)
    expect(wrapper.findAll('li')).toHaveLength(12)
    expect(wrapper.find('[data-more-rows]').exists()).toBe(false)
  })
})
