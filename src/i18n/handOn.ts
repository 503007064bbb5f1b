/**
 * The words of what a supervisor hands on: the coverage panel, the workbook and briefing
 * exports, the field glossary, change over time, links and saved views, in a catalogue of
 * their own beside zh-CN.ts / en.ts.
 */
import { fill, type Locale } from './index.ts'

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
    /** {year} */
    yearOne: string
  }
  workbook: {
    button: string
    busy: string
    csvZh: string
    /** {max} */
    tooMany: string
    fileWhat: string
    sheets: { records: string; facts: string; warnings: string; about: string }
    facts: { report: string; township: string; year: string; field: string; column: string; value: string; quote: string; offsets: string }
    warnings: { report: string; township: string; year: string; code: string; label: string; detail: string; field: string; quote: string }
    about: {
      key: string
      value: string
      dataset: string
      filters: string
      reports: string
      source: string
      exportedAt: string
      notStated: string
      notStatedText: string
      facts: string
      factsLazy: string
      glossary: string
      field: string
      name: string
      meaning: string
      t2019: string
      t2021: string
      old: string
    }
    embedded: string
    imported: string
  }
  change: {
    title: string
    metric: string
    group: string
    groups: Record<'township' | 'county' | 'prefecture' | 'province', string>
    name: string
    trend: string
    /** {year} */
    value: string
    abs: string
    pct: string
    /** {from} {to} */
    comparing: string
    crosses: string
    regionNote: string
    tooFew: string
    /** {year} */
    marker: string
    sortBy: string
  }
  clickThrough: {
    /** {label} {n} */
    filtered: string
    toTable: string
    undo: string
    close: string
  }
  views: {
    /** the bar of exports and links */
    bar: string
    print: string
    copyLink: string
    copied: string
    copyFailed: string
    button: string
    title: string
    name: string
    namePlaceholder: string
    save: string
    none: string
    open: string
    rename: string
    renameDone: string
    remove: string
    /** {name} */
    removeLabel: string
    otherData: string
    close: string
  }
  glossary: {
    /** {panel} */
    button: string
    title: string
    close: string
    note: string
  }
  briefing: {
    button: string
    busy: string
    fileWhat: string
    /** {place} */
    title: string
    dataset: string
    filters: string
    reports: string
    date: string
    kpis: string
    charts: string
    /** {n} {m} {field} */
    statedIn: string
    /** {m} {list} */
    statedEach: string
    /** {field} {n} */
    fieldCount: string
    unitless: string
    ranking: string
    /** {n} more */
    rankingMore: string
    findings: string
    noFindings: string
    coverage: string
    silent: string
    page: string
    source: string
  }
}

const ZH: HandOnMessages = {
  coverage: {
    title: '未发布年报的乡镇',
    summary:
      '所选范围按区划表有 {townships} 个乡镇，{years}，应有 {expected} 份年报，缺 {missing} 份；其中 {silent} 个乡镇在所选年份一份也没有。',
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
    yearOne: '{year} 年',
  },
  workbook: {
    button: '导出 Excel',
    busy: '正在生成 Excel…',
    csvZh: '导出 CSV（中文表头）',
    tooMany: 'Excel 只导出 {max} 份以内的报告：请缩小筛选范围，或导出 CSV。',
    fileWhat: '政务公开年报',
    sheets: { records: '年报记录', facts: '数值出处', warnings: '需核对', about: '说明' },
    facts: {
      report: '报告编号',
      township: '乡镇',
      year: '年度',
      field: '字段',
      column: '字段代码',
      value: '数值',
      quote: '原文摘录',
      offsets: '原文位置',
    },
    warnings: {
      report: '报告编号',
      township: '乡镇',
      year: '年度',
      code: '代码',
      label: '问题',
      detail: '说明',
      field: '字段',
      quote: '原文摘录',
    },
    about: {
      key: '项目',
      value: '内容',
      dataset: '数据集',
      filters: '筛选条件',
      reports: '报告份数',
      source: '来源',
      exportedAt: '导出时间',
      notStated: '“未说明”',
      notStatedText: '“未说明”表示报告没有写这个数字，不等于 0；写明为 0 的才填 0。数字单元格均为数值，可直接计算。',
      facts: '数值出处',
      factsLazy: '数据集较大，原文摘录只在查看出处时按报告读取：本表只含已读取的报告。',
      glossary: '字段说明',
      field: '字段代码',
      name: '名称',
      meaning: '含义',
      t2019: '2019年格式（2019—2020年度）',
      t2021: '2021年格式（2021年度起）',
      old: '2019年以前（统计表或正文）',
    },
    embedded: '内置数据集',
    imported: '（含本浏览器导入的报告）',
  },
  change: {
    title: '同比变化',
    metric: '指标',
    group: '对象',
    groups: { township: '乡镇', county: '县区', prefecture: '地市', province: '省' },
    name: '名称',
    trend: '各年走势',
    value: '{year}年',
    abs: '增减',
    pct: '增减幅度',
    comparing: '比较 {from} 年与 {to} 年。',
    crosses: '这两年之间报告模板变了（2019、2021年起启用新格式），统计口径不同，增减只作参考。',
    regionNote: '地区的增减只计两年都载明该指标的乡镇；未载明不计为 0。',
    tooFew: '所选范围不足两个年度，无法计算同比。',
    marker: '{year}年起新模板',
    sortBy: '按{column}排序',
  },
  clickThrough: {
    filtered: '已按“{label}”筛选：{n} 份报告。',
    toTable: '查看这些报告的明细和出处',
    undo: '撤销',
    close: '关闭',
  },
  views: {
    bar: '导出与分享',
    print: '打印 / 存为 PDF',
    copyLink: '复制链接',
    copied: '已复制链接',
    copyFailed: '浏览器不允许复制，请手动复制下面的链接：',
    button: '我的视图',
    title: '保存的视图（只存在本浏览器）',
    name: '视图名称',
    namePlaceholder: '例如：泉阳镇 2016—2019',
    save: '保存当前视图',
    none: '还没有保存的视图。',
    open: '打开',
    rename: '重命名',
    renameDone: '确定',
    remove: '删除',
    removeLabel: '删除视图“{name}”',
    otherData: '另一数据集',
    close: '关闭',
  },
  glossary: {
    button: '{panel}的字段说明',
    title: '字段说明：含义与出处',
    close: '关闭',
    note: '“—”表示该格式没有这一栏，数字只能从正文中读出；报告没有写的记为“未说明”，不计为 0。',
  },
  briefing: {
    button: '导出简报（Word）',
    busy: '正在生成简报…',
    fileWhat: '政务公开年报简报',
    title: '{place}政府信息公开工作年度报告情况简报',
    dataset: '数据集',
    filters: '筛选条件',
    reports: '报告份数',
    date: '生成日期',
    kpis: '一、总体情况',
    charts: '二、主要数据',
    statedIn: '{m} 份报告中 {n} 份载明{field}。',
    statedEach: '{m} 份报告中载明各项的份数：{list}。',
    fieldCount: '{field} {n} 份',
    unitless: '{n} 份报告的采购金额未写单位，未计入万元合计。',
    ranking: '三、报告合规排名',
    rankingMore: '另有 {n} 个乡镇未列出，见看板。',
    findings: '四、发现的问题',
    noFindings: '所选报告未发现扣分问题。',
    coverage: '五、未发布年报的乡镇',
    silent: '所选年份一份也没有的乡镇',
    page: '第 {n} 页',
    source: '数据来源：各乡镇政府信息公开工作年度报告；本简报由政务公开年报看板生成，数字均可在看板中查到原文出处。',
  },
}

const EN: HandOnMessages = {
  coverage: {
    title: 'Townships with no report',
    summary:
      'The gazetteer lists {townships} townships in the selection; over {years}, {expected} reports were due and {missing} are missing; {silent} townships published none in the years chosen.',
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
    unstated:
      'Separately: of the {reports} reports published, {unstated} leave some key figures unstated. That is “not stated”, not “not published”: see the data quality panel.',
    noYears: 'The dataset has no years to check.',
    yearSpan: '{from}–{to} ({n} years)',
    yearOne: '{year}',
  },
  workbook: {
    button: 'Export Excel',
    busy: 'Writing Excel…',
    csvZh: 'Export CSV (Chinese headers)',
    tooMany: 'Excel exports at most {max} reports: narrow the filters, or export CSV.',
    fileWhat: 'disclosure-reports',
    sheets: { records: 'Reports', facts: 'Sources', warnings: 'To check', about: 'About' },
    facts: {
      report: 'Report',
      township: 'Township',
      year: 'Year',
      field: 'Field',
      column: 'Column',
      value: 'Value',
      quote: 'Quote',
      offsets: 'Position in text',
    },
    warnings: {
      report: 'Report',
      township: 'Township',
      year: 'Year',
      code: 'Code',
      label: 'Problem',
      detail: 'Detail',
      field: 'Field',
      quote: 'Quote',
    },
    about: {
      key: 'Item',
      value: 'Value',
      dataset: 'Dataset',
      filters: 'Filters',
      reports: 'Reports',
      source: 'Source',
      exportedAt: 'Exported',
      notStated: '“not stated”',
      notStatedText:
        '“not stated” means the report does not give this figure; it is not 0. Only figures stated as zero are 0. Number cells are numbers.',
      facts: 'Sources',
      factsLazy:
        'A large dataset reads quotes one report at a time when evidence is opened: this sheet holds only the reports read so far.',
      glossary: 'Field glossary',
      field: 'Column',
      name: 'Name',
      meaning: 'Meaning',
      t2019: '2019 format (years 2019–2020)',
      t2021: '2021 format (from 2021)',
      old: 'Before 2019 (statistics table or prose)',
    },
    embedded: 'embedded dataset',
    imported: ' (with reports imported in this browser)',
  },
  change: {
    title: 'Year-on-year change',
    metric: 'Measure',
    group: 'By',
    groups: { township: 'township', county: 'county', prefecture: 'prefecture', province: 'province' },
    name: 'Name',
    trend: 'Over the years',
    value: '{year}',
    abs: 'Change',
    pct: 'Change %',
    comparing: 'Comparing {from} with {to}.',
    crosses:
      'The report template changed between these years (new formats from 2019 and 2021): the tables count different things, so read the change with care.',
    regionNote: 'A region’s change counts only townships stating the measure in both years; not stated is never 0.',
    tooFew: 'The selection has fewer than two years: no change to show.',
    marker: 'new template from {year}',
    sortBy: 'Sort by {column}',
  },
  clickThrough: {
    filtered: 'Filtered to “{label}”: {n} reports.',
    toTable: 'See these reports and their sources',
    undo: 'Undo',
    close: 'Close',
  },
  views: {
    bar: 'Export and share',
    print: 'Print / save as PDF',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'The browser does not allow copying; copy the link below by hand:',
    button: 'My views',
    title: 'Saved views (kept in this browser only)',
    name: 'View name',
    namePlaceholder: 'e.g. 泉阳镇 2016–2019',
    save: 'Save this view',
    none: 'No saved views yet.',
    open: 'Open',
    rename: 'Rename',
    renameDone: 'Done',
    remove: 'Delete',
    removeLabel: 'Delete view “{name}”',
    otherData: 'other dataset',
    close: 'Close',
  },
  glossary: {
    button: 'Field glossary for {panel}',
    title: 'Field glossary: meaning and source',
    close: 'Close',
    note: '“—”: that format has no such row, so the figure can only come from prose; a figure a report does not give is “not stated”, never 0.',
  },
  briefing: {
    button: 'Export briefing (Word)',
    busy: 'Writing briefing…',
    fileWhat: 'disclosure-briefing',
    title: 'Briefing on the disclosure annual reports: {place}',
    dataset: 'Dataset',
    filters: 'Filters',
    reports: 'Reports',
    date: 'Date',
    kpis: '1. Overview',
    charts: '2. Main figures',
    statedIn: '{n} of {m} reports state {field}.',
    statedEach: 'Of {m} reports, how many state each: {list}.',
    fieldCount: '{field} {n}',
    unitless: '{n} reports give the procurement amount without a unit; they are left out of the 10k-yuan total.',
    ranking: '3. Compliance ranking',
    rankingMore: '{n} more townships not listed; see the dashboard.',
    findings: '4. Findings',
    noFindings: 'No deductions in the reports in view.',
    coverage: '5. Townships with no report',
    silent: 'Townships with no report in any year chosen',
    page: 'Page {n}',
    source:
      'Source: the townships’ disclosure annual reports; made with the 政务公开年报看板 dashboard, where every figure links to its source text.',
  },
}

/** The coverage years in words: `2016—2019 年共 4 年`, or `2018 年` for one. */
export function coverageYearsText(m: HandOnMessages['coverage'], years: readonly number[]): string {
  if (!years.length) return ''
  if (years.length === 1) return fill(m.yearOne, { year: years[0] })
  return fill(m.yearSpan, { from: years[0], to: years[years.length - 1], n: years.length })
}

export function handOnMessages(locale: Locale): HandOnMessages {
  return locale === 'en' ? EN : ZH
}
