/**
 * The words of what a supervisor hands on (issue 16): the coverage panel, the workbook and
 * briefing exports, the field glossary, change over time, links and saved views. Kept apart
 * from zh-CN.ts / en.ts so this work and the other panels' work do not edit the same message
 * file at once; merge them in when both have landed.
 */
import type { Locale } from './index.ts'

export interface HandOnMessages {
  coverage: {
    title: string
    /** {townships} {years} {expected} {missing} {silent} */
    summary: string
    scopeDataset: string
    none: string
    byCounty: string
    county: string
    townships: string
    total: string
    list: string
    township: string
    years: string
    allYears: string
    /** {n} more */
    more: string
    /** {reports} {unstated} */
    unstated: string
    noYears: string
    /** {from} {to} {n} */
    yearSpan: string
  }
}

const ZH: HandOnMessages = {
  coverage: {
    title: '未发布年报的乡镇',
    summary: '所选范围按区划表有 {townships} 个乡镇，{years}，应有 {expected} 份年报，缺 {missing} 份；其中 {silent} 个乡镇在所选年份一份也没有。',
    scopeDataset: '未选地区：只看数据集中有报告的县区。',
    none: '所选范围内每个乡镇每年都有年报。',
    byCounty: '按县区、年度统计缺少的年报',
    county: '县区',
    townships: '乡镇数',
    total: '合计缺',
    list: '缺少年报的乡镇',
    township: '乡镇',
    years: '缺少年度',
    allYears: '所选年份全缺',
    more: '另有 {n} 个乡镇未列出',
    unstated: '另：已发布的 {reports} 份年报中，有 {unstated} 份未说明部分关键数字。这是“未说明”，不是“未发布”，见数据质量面板。',
    noYears: '数据集中没有年度，无法统计。',
    yearSpan: '{from}—{to} 年共 {n} 年',
  },
}

const EN: HandOnMessages = {
  coverage: {
    title: 'Townships with no report',
    summary: 'The gazetteer lists {townships} townships in the selection; over {years}, {expected} reports were due and {missing} are missing; {silent} townships published none in the years chosen.',
    scopeDataset: 'No region chosen: only the counties the dataset has reports from.',
    none: 'Every township in the selection has a report for every year.',
    byCounty: 'Missing reports by county and year',
    county: 'County',
    townships: 'Townships',
    total: 'Missing',
    list: 'Townships missing reports',
    township: 'Township',
    years: 'Years missing',
    allYears: 'none in the years chosen',
    more: '{n} more townships not listed',
    unstated: 'Separately: of the {reports} reports published, {unstated} leave some key figures unstated. That is “not stated”, not “not published”: see the data quality panel.',
    noYears: 'The dataset has no years to check.',
    yearSpan: '{from}–{to} ({n} years)',
  },
}

export function handOnMessages(locale: Locale): HandOnMessages {
  return locale === 'en' ? EN : ZH
}
