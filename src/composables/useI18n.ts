/**
 * The interface language: Chinese by default, English on request, remembered in localStorage.
 * One module-level ref, so every component switches together.
 */
import { computed, ref, watchEffect } from 'vue'
import { MESSAGES, fill, formatNumber, joinSome, type Locale } from '../i18n/index.ts'

const STORAGE_KEY = 'kanban.locale'

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (saved === 'en' || saved === 'zh-CN') return saved
  } catch {
    // storage can be blocked (private mode); the default is fine
  }
  return 'zh-CN'
}

const locale = ref<Locale>(initialLocale())

watchEffect(() => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale.value
})

export function useI18n() {
  const t = computed(() => MESSAGES[locale.value])
  function setLocale(next: Locale): void {
    locale.value = next
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next)
    } catch {
      /* not persisted; still switched */
    }
  }
  /** a number in the current locale; null reads 未说明 / not stated */
  const n = (value: number | null, maxFraction = 2) => formatNumber(locale.value, value, t.value.table.notStated, maxFraction)
  /** names for a note, at most 20 */
  const some = (names: readonly string[]) => joinSome(names, 20, t.value.filters.andMore, t.value.app.listSep)
  return { locale, t, setLocale, fill, n, some }
}
