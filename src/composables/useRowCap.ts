/**
 * A long list drawn a page at a time. At national scale the quality panel's consistency table
 * had one row per township (38,000 rows, ~270,000 DOM nodes): mounting and re-patching it made
 * every filter change take seconds. The first `cap` rows are drawn, "show more" adds a page,
 * and a new list (a filter change) starts again from the first page.
 */
import { computed, ref, watch, type Ref } from 'vue'

export function useRowCap<T>(list: Ref<readonly T[]>, cap: number) {
  const limit = ref(cap)
  watch(list, () => (limit.value = cap))
  const shown = computed(() => (list.value.length > limit.value ? list.value.slice(0, limit.value) : list.value))
  const hidden = computed(() => list.value.length - shown.value.length)
  const showMore = () => (limit.value += cap)
  return { shown, hidden, showMore }
}
