/**
 * 适老化 mode: larger type and higher contrast, by a class on <html> that swaps the CSS tokens
 * (src/styles/tokens.css). Remembered across visits.
 */
import { ref, watchEffect } from 'vue'

const STORAGE_KEY = 'kanban.elder'

function initial(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

const elder = ref(initial())

watchEffect(() => {
  if (typeof document !== 'undefined') document.documentElement.classList.toggle('elder', elder.value)
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, elder.value ? '1' : '0')
  } catch {
    /* not persisted */
  }
})

export function useElderMode() {
  return { elder, toggle: () => (elder.value = !elder.value) }
}
