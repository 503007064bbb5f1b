/**
 * The content width of a component's root element in whole pixels, kept current by a
 * ResizeObserver: for option builders whose layout depends on the room (the trend chart's
 * year labels). Undefined until mounted, and where there is no ResizeObserver (tests).
 */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export function useContentWidth(target: Ref<{ $el?: unknown } | HTMLElement | null | undefined>): Ref<number | undefined> {
  const width = ref<number | undefined>()
  let observer: ResizeObserver | null = null
  const element = (): HTMLElement | null => {
    const t = target.value
    if (!t) return null
    if (t instanceof HTMLElement) return t
    return t.$el instanceof HTMLElement ? t.$el : null
  }
  onMounted(() => {
    const el = element()
    if (!el || typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0)
      if (w > 0 && w !== width.value) width.value = w
    })
    observer.observe(el)
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
