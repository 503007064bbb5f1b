import type { ChannelColumn } from '../../data/schema.ts'

/**
 * The words the sentence readers look for, per field, as data: what names a field and what
 * rules a clause out. Each entry is a family of ways reports write the same thing; the
 * readers (disclosure.ts, appeals.ts, staff.ts) decide clause shapes, never these lists.
 * Add a wording here, with a unit test in tests/parser/phrases.test.ts, rather than a rule
 * in a reader. Words are plain text (no regular-expression syntax); longer words win over
 * shorter ones, so `政务公开栏` (a board) beats `政务公开网` and `公开栏` is not read inside
 * `信息公开栏目`.
 */

export type ChannelField = ChannelColumn

export interface ChannelPhrases {
  field: ChannelField
  /** words that name the channel itself */
  names: readonly string[]
  /**
   * broad words a report may use for the same channel (`网上`); a count after one only
   * counts when no count after a proper name of the channel exists (LABELS.md: `在网络上
   * 公布766条` is not the website's count when `门户网上发布284条` is also given)
   */
  weak?: readonly string[]
}

export const CHANNEL_PHRASES: readonly ChannelPhrases[] = [
  {
    field: 'ch_web',
    names: [
      // the government's own site under its many names
      '政府门户网站',
      '政府网站',
      '政府在线',
      '公众信息网',
      '政府信息网',
      '信息网',
      '门户网站',
      '政府门户网',
      '门户网',
      '政务网站',
      '政务服务网',
      '政府网',
      '政务网',
      '政务公开网',
      '信息公开网',
      '部门网站',
      '官方网站',
      '官网',
      '网站',
      // the disclosure section of a site (`公开栏目` is a site's column, not a board: 公开栏)
      '信息公开栏目',
      '政务公开栏目',
      '公开栏目',
      '信息公开平台',
      '政府信息公开平台',
      '信息公开专栏',
      '政府信息公开专栏',
      '信息公开网站',
      '公开专栏',
      '政务公开专栏',
      '政务公开平台',
      '信息公开系统',
      // an address written out instead of a name
      'http://',
      'https://',
      'www.',
    ],
    weak: ['网上公开', '网上发布', '网上公布', '在网上', '网络上', '互联网上', '在网络', '通过网络', '通过互联网'],
  },
  {
    field: 'ch_wechat',
    // the WeChat account under its names; 微信群 is a chat group, not a publishing channel
    names: ['政务微信', '微信公众号', '微信公众平台', '微信平台', '微信号', '公众号', '微信'],
  },
  {
    field: 'ch_weibo',
    names: ['政务微博', '官方微博', '微博'],
  },
  {
    field: 'ch_bulletin',
    // boards, walls and screens in public places; LABELS.md puts broadcast lumped with them here
    names: [
      '政务公开栏',
      '村务公开栏',
      '公示公告栏',
      '信息公开栏',
      '公开栏',
      '宣传栏',
      '公示栏',
      '公告栏',
      '信息栏',
      '橱窗',
      '宣传橱窗',
      '公示牌',
      '公开牌',
      '公告牌',
      '宣传牌',
      '揭示板',
      '公示板',
      '公告板',
      '宣传板',
      '黑板报',
      '板报',
      '墙报',
      '公示墙',
      '公开墙',
      '电子显示屏',
      '电子屏',
      '显示屏',
      'LED屏',
      '电子大屏',
    ],
  },
  {
    field: 'ch_gazette',
    names: ['政府公报'],
  },
  {
    field: 'ch_other',
    // only what the report itself calls other
    names: [
      '其他方式',
      '其它方式',
      '其他平台',
      '其它平台',
      '其他渠道',
      '其它渠道',
      '其他形式',
      '其它形式',
      '其他途径',
      '其它途径',
      '其他载体',
      '其它载体',
    ],
  },
]

/**
 * Words that make a channel word not the government's own channel: a news site, a paper,
 * TV (`在《某某新闻网》微信公众平台发表信息24条`), a chat group, a column of a site.
 */
export const NOT_OWN_CHANNEL = [
  '新闻网',
  '文明网',
  '日报',
  '晚报',
  '报社',
  '电视台',
  '电视',
  '广播电台',
  '报刊',
  '杂志',
  '微信群',
  'QQ群',
  '网站群',
  '网络问政',
  '网上办',
  '网上申请',
  '网络申请',
  '网站栏目',
  '访问量',
  '点击量',
]

/**
 * Village affairs (村务公开): what village committees publish is not the government's
 * information (`各村共公开村务、财务信息二百余项`), though a village board may carry it
 * (`村务公开栏` alone names a channel, so it is not in this list).
 */
export const VILLAGE_AFFAIRS = ['村务信息', '村务事项', '村务内容', '村务、', '村务和', '村级财务', '财务信息', '居务信息', '党务信息']

/**
 * Words that make a count in a clause something other than items published: replies,
 * meetings, visits, followers, applications, shares. Checked in the words between the
 * previous count and this one.
 */
export const NOT_PUBLISHING = [
  // responses and interpretations are fields of their own
  '回应',
  '解读',
  '回复',
  '答复',
  '答疑',
  '舆情',
  '访谈',
  '诉求',
  '留言',
  '咨询',
  '投诉',
  '信访',
  '建议',
  '提案',
  '热线',
  // audience figures
  '点击',
  '访问',
  '浏览',
  '阅读',
  '粉丝',
  '关注',
  '订阅',
  '用户',
  // other work counted in the same paragraphs
  '申请',
  '会议',
  '培训',
  '人次',
  '考核',
  '检查',
  '督查',
  '巡查',
  '整改',
  '问题',
  '案件',
  '审批',
  '许可',
  '处罚',
  '决定',
  '账号',
  // shares of a total
  '占',
  '比例',
  '%',
  '率',
  ...VILLAGE_AFFAIRS,
]

/**
 * Words that put a count in another year: last year's output (`去年同期主动公开信息为248条`)
 * or the change against it (`比上年增加120条`). Checked in the clause's words before the count.
 */
export const LAST_YEAR = ['去年', '上年', '上一年', '前一年', '同期', '上年度', '上一年度', '同比', '较上年', '比上年']

/** Words after which a count is a part of the one before it (`主动公开166条，其中网站74条`). */
export const PART_OF = ['其中', '包括', '主要有', '主要是', '分别为', '含']

/** A clause naming the whole year's output: these make a count a total (with a publishing verb). */
export const TOTAL_MARKERS = [
  '全年',
  '累计',
  '共计',
  '合计',
  '总计',
  '总数',
  '共',
  '全镇',
  '全乡',
  '全街道',
  '全区',
  '全县',
  '全市',
  '全委',
  '全局',
  '本年度',
  '本年',
  '年度内',
  '今年以来',
  '年内',
  '当年',
  '截至',
  '截止',
]

/** Verbs of publishing. */
export const PUBLISH_VERBS = [
  '主动公开',
  '公开',
  '发布',
  '公布',
  '公示',
  '推送',
  '编发',
  '上传',
  '刊发',
  '刊登',
  '更新',
  '发送',
  '发表',
  '上报',
  '录入',
  '推出',
]

/** What is published: a count of these after a publishing verb is a count of items. */
export const ITEM_NOUNS = ['政府信息', '政务信息', '各类信息', '信息', '政务', '动态', '文件', '内容', '条目', '稿件', '文章']

/**
 * A count of part of the output, never the year's total: a sector, a kind, a document type
 * (`共公开重点领域信息284条`, `共发布政策解读类信息16条`, `规范性文件5件`).
 */
export const NARROWER_THAN_TOTAL = [
  ...VILLAGE_AFFAIRS,
  '重点',
  '领域',
  '解读',
  '回应',
  '规范性文件',
  '申请',
  '栏目',
  '专题',
  '预决算',
  '财政',
  '人事',
  '工作动态',
  '原创',
  '转发',
  '评论',
  '短视频',
  '视频',
  '采购',
  '招标',
  '招聘',
  '项目',
]

/** Measure words of items published. 个 counts accounts or columns, 次 occasions: neither. */
export const ITEM_UNITS = ['条', '篇', '则', '件', '项', '期', '份']

/** Applications for disclosure (依申请公开). */
export const APPLICATION_PHRASES = {
  /** what makes a clause about disclosure applications */
  subject: [
    '政府信息公开申请',
    '信息公开申请',
    '公开申请',
    '依申请公开',
    '申请公开',
    '申请政府信息公开',
    '公开政府信息的申请',
    '的申请',
    '申请',
  ],
  /** receiving them */
  received: ['收到', '受理', '接到', '接收', '接受', '新收'],
  /** answering them: a count after these (with a total word) is apps_total */
  handled: ['答复总数', '办结', '答复', '处理完毕', '办理完毕', '办理完成'],
  /** parts or other figures, never the number received */
  excluded: [
    '咨询',
    '复议',
    '诉讼',
    '结转',
    '当面',
    '信函',
    '传真',
    '网络申请',
    '网上申请',
    '电子邮件',
    '同意',
    '部分公开',
    '不予',
    '不属于',
    '无法提供',
    '不存在',
    '告知',
    '占',
    '率',
    '%',
    '其中',
    '举报',
    '投诉',
    '信访',
  ],
} as const

/** Staff working on disclosure. */
export const STAFF_PHRASES = {
  /** words for the people (`工作人员`, `专人`) */
  people: ['工作人员', '人员', '专人', '专职', '兼职', '信息员', '负责此项工作', '负责该项工作', '专门负责', '负责'],
  /** the sentence (or the 100 characters before it) must be about disclosure work: naming it, or
   * the paragraph on what was published (`主动公开政府信息594条。街道配备专职工作人员1名`) */
  about: ['政府信息公开', '政务公开', '信息公开', '此项工作', '该项工作', '公开工作', '主动公开', '公开政府信息'],
  /** counts of other people */
  excluded: ['培训', '人次', '参加', '参训', '接待', '群众', '咨询', '申请', '干部职工', '领导小组成员', '考核'],
} as const

/** A regular-expression alternation of plain words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')
}

const compiled = new WeakMap<readonly string[], RegExp>()

/** True when `text` contains any of `words` (one compiled alternation per list). */
export function hasAny(text: string, words: readonly string[]): boolean {
  let re = compiled.get(words)
  if (!re) {
    re = new RegExp(alternation(words))
    compiled.set(words, re)
  }
  return re.test(text)
}
