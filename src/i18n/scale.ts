/**
 * The words of the national-scale view (roll-up notes, the rest bar), in both languages, in a
 * catalogue of their own beside zh-CN.ts / en.ts.
 */
import type { Locale } from './index.ts'

export interface ScaleMessages {
  /** the bar that sums every group beyond the top N */
  rest: string
  levels: Record<'province' | 'prefecture' | 'county' | 'township', string>
  /** note under a rolled-up chart */
  rolledUp: string
  drill: string
  /** status line while the charts show the landing view and the rows load */
  landingLoading: string
  /** a large dataset's row panel before it is first scrolled near (LazyPanel.vue) */
  preparing: string
  /** over a panel paused off screen whose filters changed: its old figures are hidden */
  stale: string
}

const ZH: ScaleMessages = {
  rest: '其他 {n} 个',
  levels: { province: '省', prefecture: '市', county: '县（区）', township: '乡镇' },
  rolledUp: '所选范围有 {townships} 个乡镇，图中按{level}汇总（合计各报告所述数值）：前 {n} 个{level}，其余合为“其他”。',
  drill: '点击条形可下钻到该地区。',
  preparing: '滚动到此处时计算…',
  stale: '筛选已改变，滚动到此处时更新…',
  landingLoading: '概览已就绪，明细加载中（共 {n} 份报告）。加载完成后即可筛选、下钻，查看明细表和出处。',
}

const EN: ScaleMessages = {
  rest: 'Other {n}',
  levels: { province: 'province', prefecture: 'prefecture', county: 'county', township: 'township' },
  rolledUp: 'The selection holds {townships} townships, so the chart sums reports by {level}: the top {n}, the rest as “Other”.',
  drill: 'Click a bar to drill down into that region.',
  preparing: 'Computed when scrolled to…',
  stale: 'Filters changed: updated when scrolled to…',
  landingLoading: 'Overview ready, details loading ({n} reports). Once loaded, filters, drill-down, the table and sources work.',
}

export function scaleMessages(locale: Locale): ScaleMessages {
  return locale === 'en' ? EN : ZH
}
