/**
 * A panel far from the viewport stops updating until it comes near again, as dashboards with
 * many panels do (Grafana renders a panel only when it scrolls into view). At 380,000 rows one
 * filter change redrew ten panels, five ECharts canvases painted in software and three long
 * tables, ~0.5 s on a 2-core machine with no GPU, although a 1440×900 window shows three of
 * them. Now only the panels within half a screen of the viewport redraw; the others keep their
 * last picture, and their effects (template, watchers, computeds read by the template) catch
 * up in one update when they come within that margin, before they are on screen.
 *
 * Mechanism: the component's effect scope is paused (Vue 3.5 `EffectScope.pause`), which holds
 * its render effect and watchers and replays each once on `resume`. Where there is no
 * IntersectionObserver, or it never reports (happy-dom in the component tests), nothing is
 * paused: a panel is live until an observer says it is far away.
 */
import { getCurrentInstance, getCurrentScope, onBeforeUnmount, onMounted } from 'vue'

/** how far outside the viewport a panel stays live: half a screen above and below */
export const LIVE_MARGIN = '50% 0px 50% 0px'

type Listener = (near: boolean) => void
const listeners = new Map<Element, Set<Listener>>()
let observer: IntersectionObserver | null = null

function sharedObserver(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) for (const listener of listeners.get(entry.target) ?? []) listener(entry.isIntersecting)
    },
    { rootMargin: LIVE_MARGIN },
  )
  return observer
}

/**
 * Calls `listener` with whether `el` is within LIVE_MARGIN of the viewport, on the shared
 * observer; returns the call that stops it. Null where there is no IntersectionObserver.
 */
export function observeNear(el: Element, listener: Listener): (() => void) | null {
  const io = sharedObserver()
  if (!io) return null
  let set = listeners.get(el)
  if (!set) listeners.set(el, (set = new Set()))
  set.add(listener)
  io.observe(el)
  return () => {
    const own = listeners.get(el)
    own?.delete(listener)
    if (!own?.size) {
      listeners.delete(el)
      observer?.unobserve(el)
    }
  }
}

/** Call in a panel's setup: its root element decides when it is near the viewport. */
export function usePauseOffscreen(): void {
  const instance = getCurrentInstance()
  // in setup, the active scope is the component's: its render effect and watchers
  const scope = getCurrentScope()
  if (!instance || !scope) return
  let stop: (() => void) | null = null
  const listener: Listener = (near) => (near ? scope.resume() : scope.pause())
  onMounted(() => {
    const el = instance.proxy?.$el as Node | null | undefined
    if (el instanceof Element) stop = observeNear(el, listener)
  })
  onBeforeUnmount(() => stop?.())
}
