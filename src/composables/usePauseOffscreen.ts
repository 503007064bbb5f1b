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
 *
 * Stale content is never shown: a paused panel whose view changed since it paused (the URL,
 * the loaded records) is marked `data-stale` and base.css hides its content behind a note, so
 * a full-page capture shows "updated when scrolled to", not the old selection's figures. Before
 * printing every paused panel resumes (bringUpToDate): its effects replay and the charts draw
 * in the same microtask checkpoint (drawQueue.ts), before the page is laid out for print.
 */
import { effectScope, getCurrentInstance, getCurrentScope, onBeforeUnmount, onMounted, watch, type EffectScope } from 'vue'
import { useRoute } from 'vue-router'
import { useReportsStore } from '../stores/reports.ts'
import { scaleMessages } from '../i18n/scale.ts'
import { useI18n } from './useI18n.ts'

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

/** Every mounted panel's resume, for bringUpToDate. */
const resumers = new Set<() => void>()

/**
 * Resumes every paused panel: they catch up in the Vue flush that follows (a microtask), and
 * their charts draw in the draw queue's first slice, also a microtask. Called before printing.
 */
export function bringUpToDate(): void {
  for (const resume of resumers) resume()
}

/** Call in a panel's setup: its root element decides when it is near the viewport. */
export function usePauseOffscreen(): void {
  const instance = getCurrentInstance()
  // in setup, the active scope is the component's: its render effect and watchers
  const scope = getCurrentScope()
  if (!instance || !scope) return
  let stop: (() => void) | null = null
  let el: Element | null = null
  let paused = false
  const { locale } = useI18n()
  // the attribute's value is the note base.css shows in place of the old content
  const setStale = (stale: boolean) =>
    stale ? el?.setAttribute('data-stale', scaleMessages(locale.value).stale) : el?.removeAttribute('data-stale')
  const resume = () => {
    if (!paused) return
    paused = false
    setStale(false)
    scope.resume()
  }
  const listener: Listener = (near) => {
    if (near) return resume()
    paused = true
    scope.pause()
  }
  // what the panel shows depends on: watched in a scope of its own, which pausing does not hold
  const watcher: EffectScope = effectScope(true)
  const route = instance.appContext.config.globalProperties.$router ? useRoute() : null
  const reports = useReportsStore()
  watcher.run(() =>
    watch([() => route?.fullPath, () => reports.records], () => {
      if (paused) setStale(true)
    }),
  )
  resumers.add(resume)
  onMounted(() => {
    const root = instance.proxy?.$el as Node | null | undefined
    if (root instanceof Element) {
      el = root
      stop = observeNear(root, listener)
    }
  })
  onBeforeUnmount(() => {
    stop?.()
    watcher.stop()
    resumers.delete(resume)
  })
}

if (typeof window !== 'undefined') window.addEventListener('beforeprint', bringUpToDate)
