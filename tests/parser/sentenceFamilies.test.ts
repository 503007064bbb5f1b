import { describe, expect, it } from 'vitest'
import type { ReportRecord } from '../../src/data/schema.ts'
import { parseReport } from '../../src/parser/parseReport.ts'
import { findCounts } from '../../src/parser/sentences/counts.ts'
import { CHANNEL_PHRASES } from '../../src/parser/sentences/phrases.ts'
import { readingView, spanOf } from '../../src/parser/sentences/readingView.ts'

/**
 * One family of wordings per block, with sentences written for the test in the ways
 * township reports write them (beyond the corpora): channel names, totals before and after
 * the channel list, 其中 splits, 分别, zero in words, staff, and counts that must not leak.
 */
const TITLE = '某某镇2021年政府信息公开工作年度报告\n'
const parse = (body: string) => parseReport(TITLE + body, 'family.txt')
const rec = (body: string) => parse(body).record
const codes = (body: string) => parse(body).warnings.map((w) => w.code)
type Field = keyof ReportRecord

describe('readingView: lines a PDF or a page wrap broke', () => {
  it('joins a wrapped line and drops spaces between digits and units', () => {
    const text =
      '   （一）主动公开情况。主要通过政府门户网站主动公开政府\n文件、项目审批、通知公告等各类政府信息。2023 年，我区在政\n府网站平台主动公开政府信息 1136 条。\n'
    const view = readingView(text)
    expect(view.text).toContain('我区在政府网站平台主动公开政府信息1136条')
    const at = view.text.indexOf('1136')
    const span = spanOf(view, at, at + 4)
    expect(text.slice(span.start, span.end)).toBe('1136')
  })
  it('drops page numbers and the blank lines around them inside a sentence', () => {
    const lines = [
      '严格执行“分级审核、先审后发”程序，落实“三审三校”制度，严格把关并且做到',
      '',
      '                 - 1 -',
      '\f全面公开，全年在政府网站主动公开政府信息二百条。',
    ]
    const view = readingView(lines.join('\n'))
    expect(view.text).toContain('做到全面公开')
    expect(view.text).not.toContain('-1-')
  })
  it('drops a running header repeated atop each page', () => {
    const page = (n: number, body: string) => `\f某某区人民政府2023年政府信息公开工作年度报告\n${body}\n\n                 - ${n} -\n`
    const text =
      page(1, '一二三四五六七八九十一二三四五六七八九十全年在政府网站主动公开政') +
      page(2, '府信息1136条。一二三四五六七八九十一二三四五六七八九十')
    const view = readingView(text)
    expect(view.text).toContain('主动公开政府信息1136条')
    expect(rec(text.replace(/^\f/, '')).ch_web).toBe(1136)
  })
  it('drops a running header seen once beside the only page break, named unlike the title', () => {
    const text =
      '    2013 年，全县累计主动公开政府信息 8,652 条。其中，通过政府门户网\n\n                 - 1 -\n                   某某县 2013 年政府信息公开工作年度报告\n站公开 5,210 条，通过政务微博发布 1,468 条。\n'
    expect(readingView(text).text).toContain('政府门户网站公开5,210条')
    expect(rec(text).ch_web).toBe(5210)
  })
  it('keeps a line beside a page break that is a sentence, not a name', () => {
    expect(readingView('一二三四五六七八九十一二三四五六七八九十\n- 1 -\n关于印发年度报告的通知，政务公开工作报告\n').text).toContain(
      '通知',
    )
  })
  it.each(['- 2 -', '-3-', '第 4 页', '第4页 共12页', '5/12', '— 6 —'])('treats %s as a page number', (page) => {
    expect(readingView(`一二三四五六七八九十一二三四五\n${page}\n后文`).text).toBe('一二三四五六七八九十一二三四五后文')
  })
  it('keeps a title and a heading off the paragraph under them', () => {
    expect(readingView('某某镇2021年政府信息公开工作年度报告\n通过政府网站公开信息5条。').text).toContain('报告\n通过')
    expect(readingView('二、主动公开政府信息情况\n全年主动公开政府信息12条。').text).toContain('情况\n全年')
  })
  it('keeps separate figures apart and reads CRLF and NBSP', () => {
    expect(readingView('0 1 1 0 2').text).toBe('0 1 1 0 2')
    expect(rec('全年主动公开政府信息\u00a0120\u00a0条。\r\n').proactive_total).toBe(120)
  })
})

describe('findCounts: number and measure word', () => {
  it.each([
    ['公开信息92余条', 92, '条'],
    ['发布 1,250 条', 1250, '条'],
    ['共一千一百四十九条', 1149, '条'],
    ['发布1.2万条', 12000, '条'],
    ['收到申请两件', 2, '件'],
    ['配备工作人员3名', 3, '名'],
  ])('%s → %s %s', (text, value, unit) => {
    const [c] = findCounts(readingView(text).text)
    expect([c.value, c.unit]).toEqual([value, unit])
  })
  it('does not take a year, an ordinal or an idiom for a count', () => {
    expect(findCounts('2021年第3条一条流程到底').map((c) => c.value)).toEqual([])
  })
  it.each(['-3条', '12.5条', '100000000000000000000000条', '1e5条'])('marks %s implausible', (text) => {
    const [c] = findCounts(text)
    expect(c.implausible).toBe(true)
    expect(c.value).toBeNull()
  })
  it('lets an amount of money be decimal, as written with its unit', () => {
    const [c] = findCounts('共计38.5万元')
    expect([c.value, c.unit, c.implausible]).toEqual([38.5, '万元', false])
  })
})

describe('channel names (phrases.ts), each after 通过 … 发布信息N条', () => {
  const cases: Array<[string, Field]> = [
    ['政府门户网站', 'ch_web'],
    ['镇政府网站', 'ch_web'],
    ['政务网', 'ch_web'],
    ['政务公开网', 'ch_web'],
    ['信息公开专栏', 'ch_web'],
    ['政府信息公开平台', 'ch_web'],
    ['区政府门户网', 'ch_web'],
    ['部门网站', 'ch_web'],
    ['政务微信', 'ch_wechat'],
    ['微信公众号', 'ch_wechat'],
    ['“某某发布”微信公众号', 'ch_wechat'],
    ['微信平台', 'ch_wechat'],
    ['微信公众平台', 'ch_wechat'],
    ['政务微博', 'ch_weibo'],
    ['官方微博', 'ch_weibo'],
    ['新浪微博', 'ch_weibo'],
    ['村务公开栏', 'ch_bulletin'],
    ['政务公开栏', 'ch_bulletin'],
    ['宣传栏', 'ch_bulletin'],
    ['公示栏', 'ch_bulletin'],
    ['公告栏', 'ch_bulletin'],
    ['电子显示屏', 'ch_bulletin'],
    ['黑板报', 'ch_bulletin'],
    ['政务公开揭示板', 'ch_bulletin'],
    ['政府公报', 'ch_gazette'],
    ['其他方式', 'ch_other'],
    ['其它渠道', 'ch_other'],
    ['其他平台', 'ch_other'],
  ]
  it.each(cases)('%s → %s', (name, field) => {
    const r = rec(`本年度通过${name}发布信息37条。`)
    expect(r[field]).toBe(37)
    for (const other of ['ch_web', 'ch_wechat', 'ch_weibo', 'ch_bulletin', 'ch_gazette', 'ch_other'] as const)
      if (other !== field) expect(r[other], other).toBeNull()
  })
  it('reads a site column (公开栏目) as the website, not a notice board', () => {
    const r = rec('在政府网站信息公开栏目发布信息45条。')
    expect([r.ch_web, r.ch_bulletin]).toEqual([45, null])
  })
  it('lists every channel field once in phrases.ts', () => {
    expect(CHANNEL_PHRASES.map((c) => c.field).sort()).toEqual(['ch_bulletin', 'ch_gazette', 'ch_other', 'ch_web', 'ch_wechat', 'ch_weibo'])
  })
})

describe('totals: 累计 / 全年 / 共 / 本年度 主动公开', () => {
  it.each([
    ['全年主动公开政府信息166条。', 166],
    ['2021年，全镇累计主动公开政府信息1,149条。', 1149],
    ['本年度共公开政府信息350条。', 350],
    ['共主动公开政府信息(公文平台发文)113条。', 113],
    ['我镇信息主动公开292条。其中政务信息229条，财务信息57条。', 292],
    ['公开了机构职能、领导信息等相关信息，累计发布了111条信息。', 111],
    ['截至2021年12月31日，累计主动公开政府信息二百三十五条。', 235],
    ['2021年度共计公开各类信息236条，其中政府网站发布工作动态27条。', 236],
    ['全年政府信息公开总量156条。', 156],
    ['本年度政府信息公开工作有序推进，全年累计公开86条。', 86],
    ['今年我镇主动公开信息共计78条。', 78],
  ])('%s → %s', (body, total) => expect(rec(body).proactive_total).toBe(total))
  it.each([
    '本年度共公开重点领域信息284条。',
    '全年共发布政策解读类信息16条。',
    '其中主动公开规范性文件3件。',
    '县直各单位主动公开政府信息2475条，占62.2%。',
    '召开政务公开专题会议3次，组织培训2次，培训人员45人次。',
    '开设政务微信公众号2个，粉丝3000人。',
    '全年累计公开采购项目12项。',
    '累计公开招聘信息5条。',
  ])('no total in %s', (body) => expect(rec(body).proactive_total).toBeNull())
  it('reads a label and its figure split by a colon', () => {
    expect(rec('2018年主动公开政府信息数：160条。').proactive_total).toBe(160)
    const r = rec('政府网站公开信息：12条；其他方式公开信息：83条。')
    expect([r.ch_web, r.ch_other]).toEqual([12, 83])
  })
  it('reads the part after 其中 as the total when the whole before it was not disclosure', () => {
    expect(rec('2021年制作、获取政府信息总数3978条，其中主动公开政府信息2026条，不予公开信息数1854条。').proactive_total).toBe(2026)
  })
  it('reads 公开各类政府信息N条 without a total word as the total', () => {
    const r = rec('2015年，我镇公开各类政府信息120条，其中通过政府网站公开80条。')
    expect([r.proactive_total, r.ch_web]).toEqual([120, 80])
  })
  it('prefers a total said with 主动公开 over a bare count of information', () => {
    expect(rec('2021年全区共主动公开政府信息14571条。设立规划专栏，本年度公开信息77条。').proactive_total).toBe(14571)
  })
})

describe('其中 splits and totals after the channel list', () => {
  it('reads channels after the total', () => {
    const r = rec('主动公开166条，其中在政府网站公开74条，在微信公众号公开60条，通过公开栏公开32条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([166, 74, 60, 32])
  })
  it('reads channels in one clause joined by 、', () => {
    const r = rec('本年度共发布信息456条，其中门户网站发布210条、微信公众号发布180条、其他平台发布66条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat, r.ch_other]).toEqual([456, 210, 180, 66])
  })
  it('reads a total after a list of channels as the total of none of them', () => {
    const r = rec('今年以来，我镇通过镇政府网站、“某某镇发布”微信公众号、村务公开栏等载体主动公开政府信息共计620条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([620, null, null, null])
  })
  it('reads a channel named in the clause before the count', () => {
    const r = rec('通过政府门户网站，主动公开信息138条。利用政务微信，推送信息18条。')
    expect([r.ch_web, r.ch_wechat]).toEqual([138, 18])
  })
  it('does not carry a channel from a clause that does something else there', () => {
    expect(rec('在网站显眼位置设立专栏，发布政策文件20件。').ch_web).toBeNull()
  })
  it('reads 分别 with one count per channel, in order', () => {
    const r = rec('通过官方微博“某某发布”、微信公众号“某某之窗”分别发布各类信息92条、306条。')
    expect([r.ch_weibo, r.ch_wechat]).toEqual([92, 306])
  })
  it('reads one count per listed channel, in order, without 分别 too', () => {
    const r = rec('通过政府网站、微信公众号、公开栏公开信息10条、20条、30条。')
    expect([r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([10, 20, 30])
  })
  it('takes the only channel count as the total when none is stated, with a warning', () => {
    const body = '2021年，我镇通过政府门户网站主动公开政府信息46条。'
    expect([rec(body).proactive_total, rec(body).ch_web]).toEqual([46, 46])
    expect(codes(body)).toContain('total_from_channel')
  })
  it('takes no channel count as the total when other channels are counted beside it', () => {
    const r = rec('全年通过区政府门户网站主动公开政府信息342条，通过微信公众号发布信息516条，通过政务微博发布信息88条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat, r.ch_weibo]).toEqual([null, 342, 516, 88])
  })
  it('quotes a sentence a PDF broke over lines whole, from the report text', () => {
    const text = `${TITLE}   2020 年，某某街道认真贯彻落实上级部署，全年共收到政府信\n息公开申请 3 件，均已按期答复。\n`
    const fact = parseReport(text, 'q.txt').facts.find((f) => f.field === 'apps_new')!
    expect(fact.quote).toContain('全年共收到政府信息公开申请 3 件')
    expect(text.slice(fact.start, fact.end)).toBe('3')
  })
  it('takes no channel count as the total when the other channels follow after ；', () => {
    const r = rec('本年度通过“某某县政务网”公开政府信息二十九条；通过政务微信推送三十一条；在村（社区）公示栏公布17条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([null, 29, 31, 17])
  })
  it('does not read a counting rule in brackets as a figure', () => {
    expect(rec('（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\n').proactive_total).toBeNull()
  })
  it('takes no channel count as the total when the report splits its output', () => {
    const r = rec('本年度通过门户网站主动公开政府信息43条，通过报刊、电视、政务微信等媒体主动公开政府信息285条。')
    expect(r.proactive_total).toBeNull()
    expect(r.ch_web).toBe(43)
  })
  it('keeps 其中 over ；-separated items, and 信息公开 is a name there, not a verb', () => {
    const { record, warnings } = parse('全年共审核发布各类公开政府信息249条，其中：行政公文9条；政府信息公开指南1条；政府网站信息185条。')
    expect(record.proactive_total).toBe(249)
    expect(warnings.map((w) => w.code)).not.toContain('conflicting_values')
  })
  it('does not take a part of a channel count (其中原创) for more of that channel', () => {
    const { record, warnings } = parse('官方微博共累计发布微博120条，其中发布原创微博11条，转发微博109条。')
    expect(record.ch_weibo).toBe(120)
    expect(warnings.map((w) => w.code)).not.toContain('conflicting_values')
  })
  it('does not take a list of kinds without 主动公开 for the total', () => {
    expect(rec('全年共公布政府信息2602条。做强品牌栏目，全年累计公布网上信息、安全提示等1000余条。').proactive_total).toBe(2602)
    expect(codes('全年共公布政府信息2602条。做强品牌栏目，全年累计公布网上信息、安全提示等1000余条。')).not.toContain('conflicting_values')
  })
  it('gives Weibo its own posts, not the reposts after them', () => {
    expect(rec('通过“某某发布”微博发布信息320条，转发信息1200条。').ch_weibo).toBe(320)
  })
})

describe('counts that must not leak into channels', () => {
  it.each([
    '政府网站访问量达12万人次。',
    '微信公众号关注人数达3000人。',
    '在政府网站回应公众关切12次。',
    '通过政府网站收到政府信息公开申请5件。',
    '在《某某新闻网》发表文章112篇，在某某日报刊登稿件30篇。',
    '通过微信群、QQ群转发通知50条。',
    '在政府网站开设专题栏目8个。',
    '网络问政182件。',
  ])('%s', (body) => {
    const r = rec(body)
    for (const f of ['ch_web', 'ch_wechat', 'ch_weibo', 'ch_bulletin', 'ch_other', 'proactive_total'] as const) expect(r[f], f).toBeNull()
  })
})

describe('applications: counts and zero in words', () => {
  it.each([
    ['全年共收到政府信息公开申请3件，均已按时答复。', 3],
    ['收到申请政府信息公开事项18件，已进行行政答复。', 18],
    ['2019年依申请公开共受理2件，按时办结。', 2],
    ['本年度我乡新收政府信息公开申请0起，上年结转0起。', 0],
    ['2023 年全区受理政府信息公开申请 21 件，\n均在法定期限答复。', 21],
    ['我镇政府未收到信息公开的申请。', 0],
    ['2014年，我镇没有依申请公开政府信息办理事项。', 0],
    ['2010年度我镇没有接到群众主动要求公开政府信息的申请。', 0],
    ['2019年度未收到公民、法人或其他组织的政府信息公开申请。', 0],
  ])('%s → %s', (body, value) => expect(rec(body).apps_new).toBe(value))
  it.each([
    '全年受理群众咨询25人次。',
    '未收到有关政府信息公开行政复议申请。',
    '未发生依申请公开政府信息收费、减免情况。',
    '公民可以通过网站提交政府信息公开申请。',
    '政务服务中心受理办件3000件。',
  ])('no applications in %s', (body) => expect(rec(body).apps_new).toBeNull())
  it('reads 依申请公开政府信息N件 as the applications', () => expect(rec('本年度我镇依申请公开政府信息0件。').apps_new).toBe(0))
  it('reads 办结N件 after the applications received in the same sentence', () => {
    const r = rec('全年共收到政府信息公开申请3件，办结3件。')
    expect([r.apps_new, r.apps_total]).toEqual([3, 3])
  })
  it('reads the number answered as apps_total', () => {
    expect(rec('对依申请公开的答复总数21条，其中同意公开17条。').apps_total).toBe(21)
    expect(rec('我镇共受理信息公开申请1件。\n在已经答复的1件申请中，同意公开1件。').apps_total).toBe(1)
  })
})

describe('reconsideration and litigation in words', () => {
  it.each([
    ['2022年我镇未发生因政府信息公开申请引起的行政复议和行政诉讼案件。', [0, 0]],
    ['我镇2014年度未发生针对本单位有关政府信息公开事务的行政复议案、诉讼和申述的情况。', [0, 0]],
    ['本年度因政府信息公开被申请行政复议1件，被提起行政诉讼0件。', [1, 0]],
    ['本年度我乡收到政府信息公开行政复议0起，行政诉讼0起。', [0, 0]],
  ])('%s → %j', (body, values) => {
    const r = rec(body)
    expect([r.reconsideration_total, r.litigation_total]).toEqual(values)
  })
})

describe('a section that says only 无', () => {
  it('reads 无 under a 复议/诉讼 heading as zero for both', () => {
    const r = rec('五、因政府信息公开申请行政复议、提起行政诉讼的情况\n无。\n六、其他需要报告的事项\n')
    expect([r.reconsideration_total, r.litigation_total]).toEqual([0, 0])
  })
  it('reads 本年度无 under an application heading as zero applications', () => {
    expect(rec('四、依申请公开情况\n本年度无。\n').apps_new).toBe(0)
  })
  it('reads a label ending in ：无 the same way', () => {
    const r = rec('行政复议、行政诉讼情况：无。\n依申请公开情况：无\n政府信息公开收费情况：无。\n')
    expect([r.reconsideration_total, r.litigation_total, r.apps_new]).toEqual([0, 0, 0])
  })
  it('reads nothing from 无 under other headings', () => {
    const r = rec('三、政府信息公开收费及减免情况\n无。\n四、存在的主要问题\n无。\n')
    for (const f of ['apps_new', 'reconsideration_total', 'litigation_total'] as const) expect(r[f], f).toBeNull()
  })
})

describe('staff working on disclosure', () => {
  it.each([
    ['我镇配备政务公开工作人员2名，其中专职1名，兼职1名。', [2, 1, 1]],
    ['我镇有专职信息公开工作人员1名、兼职工作人员3名。', [4, 1, 3]],
    ['为顺利开展信息公开工作，我镇专门配备了党政办1名兼职工作人员负责操作。', [1, null, 1]],
    ['由1人专门负责此项工作，切实保证了政府信息公开工作的顺利开展。', [1, null, null]],
    ['成立领导小组，办公室设在党政办，安排工作人员3名，承担信息公开的审核、发布工作。', [3, null, null]],
    ['政务公开领导小组下设办公室，配备专职1名，具体负责政务公开工作。', [1, 1, null]],
  ])('%s → %j', (body, values) => {
    const r = rec(body)
    expect([r.staff_total, r.staff_fulltime, r.staff_parttime]).toEqual(values)
  })
  it.each([
    '组织全镇干部职工60人参加政务公开培训。',
    '全年接待群众咨询30人，政务公开工作有序。',
    '乡成立了政府信息公开工作领导小组，配备了专职人员。',
  ])('no staff in %s', (body) => {
    expect(rec(body).staff_total).toBeNull()
  })
})

describe('implausible counts (issue 17 item 6)', () => {
  it.each([
    ['政务微博发布信息-3条。', 'ch_weibo'],
    ['政府网站发布信息12.5条。', 'ch_web'],
    ['全年主动公开政府信息100000000000000000000000条。', 'proactive_total'],
    ['全年主动公开政府信息1e5条。', 'proactive_total'],
  ] as Array<[string, Field]>)('%s is left empty with implausible_value', (body, field) => {
    const { record, warnings } = parse(body)
    expect(record[field]).toBeNull()
    const w = warnings.find((x) => x.code === 'implausible_value')
    expect(w).toBeDefined()
    expect(w!.quote).toBeTruthy()
  })
  it('refuses an impossible count from a table cell too', () => {
    const text =
      '某某镇2020年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t0\n规范性文件\t2.5\t1\t3\n'
    const { record, warnings } = parseReport(text, 'x.txt')
    expect(record.normative_made).toBeNull()
    expect(warnings.map((w) => w.code)).toContain('implausible_value')
  })
})

describe('staff: kinds after the count, both kinds at once, numerals', () => {
  it.each([
    ['确定1名专职、2名兼职信息公开工作人员，负责全镇政府信息公开日常工作。', [3, 1, 2]],
    ['党政办配备专职信息公开工作人员1名、兼职人员2名，负责政府信息公开。', [3, 1, 2]],
    ['镇党政办有信息公开工作人员2名（专职1名、兼职1名）。', [2, 1, 1]],
    ['党政办负责政府信息公开工作，配备工作人员3名（均为兼职）。', [3, null, 3]],
    ['党政办配备专(兼)职工作人员3名，负责政府信息公开工作。', [3, null, null]],
    ['信息公开工作由党政办负责，专兼职共4人。', [4, null, null]],
    ['党政办配备兼职信息公开工作人员二名。', [2, null, 2]],
    ['镇党政办公室为政府信息公开工作机构，配备兼职工作人员叁名。', [3, null, 3]],
    ['镇党政办负责政务公开日常工作，共有工作人员贰名。', [2, null, null]],
    ['党政办负责信息公开工作，配备工作人员两名。', [2, null, null]],
    ['信息公开工作由党政办承办，安排专职人员一名。', [1, 1, null]],
    ['镇政务公开工作专班3人，负责日常公开。', [3, null, null]],
    ['全年主动公开政府信息594条。街道配备专职工作人员1名、兼职工作人员3名。', [4, 1, 3]],
  ])('%s → %j', (body, values) => {
    const r = rec(body)
    expect([r.staff_total, r.staff_fulltime, r.staff_parttime]).toEqual(values)
  })
  it.each(['全年召开政务公开工作会议3次，培训干部60人次，接待来信来访12人。', '明确一名副镇长分管政务公开工作。'])(
    'no staff in %s',
    (body) => {
      expect(rec(body).staff_total).toBeNull()
    },
  )
})

describe('financial numerals (大写) and thousands separators', () => {
  it.each([
    ['叁名', 3],
    ['贰拾条', 20],
    ['壹佰零伍件', 105],
  ])('findCounts reads %s', (text, value) => {
    expect(findCounts(text)[0]?.value).toBe(value)
  })
  it('reads 二百一十七条 and 1,208 条 as channel counts', () => {
    const r = rec('街道共主动公开政府信息六百二十三条。其中，通过区政府公众信息网街道专栏公开二百一十七条，通过微信公众号发布1,208 条。')
    expect([r.proactive_total, r.ch_web, r.ch_wechat]).toEqual([623, 217, 1208])
  })
})

describe('the other channel named with examples', () => {
  it.each([
    ['全年共主动公开政府信息326条，其中通过政府网站公开158条，通过电子显示屏等其他方式公开56条。', 56],
    ['通过门户网站主动公开政府信息89条，通过其他方式（镇村公示栏、大喇叭、微信群）公开信息1,263条。', 1263],
    ['在门户网站主动公开政府信息128条，通过政务新媒体矩阵、社区公示栏等其他渠道公开信息55条。', 55],
  ])('%s → ch_other %i', (body, value) => {
    const r = rec(body)
    expect(r.ch_other).toBe(value)
    expect(r.ch_bulletin).toBeNull()
  })
  it('a list sharing a count without 其他 stays a total, not a channel', () => {
    const r = rec('通过网站、微信等公开信息350条。')
    expect([r.ch_web, r.ch_wechat, r.ch_other]).toEqual([null, null, null])
  })
  it('the only-channel total is not taken when the other channel is counted beside it', () => {
    expect(rec('在门户网站主动公开政府信息128条，通过新媒体、公示栏等其他渠道公开信息55条。').proactive_total).not.toBe(55)
  })
})

describe('a total after the channel list, with last year in brackets', () => {
  it('takes this year and not the bracketed figure', () => {
    const r = rec('我镇在政务网公开政府信息41条，在政务公开栏公开政府信息94条，全年累计公开135条（2009年为102条）。')
    expect([r.proactive_total, r.ch_web, r.ch_bulletin]).toEqual([135, 41, 94])
  })
  it('leaves a bare 累计 count in a sentence not about information alone', () => {
    expect(rec('全年累计接待来访群众135人。').proactive_total).toBeNull()
  })
})

describe('applications: handled in prose, zero after the count word, the table said to be zero', () => {
  it.each([
    ['本年度新收政府信息公开申请7件，上年结转1件，全年办结8件。', [7, 8]],
    ['全县共收到政府信息公开申请47件，其中当面申请29件、网络申请15件、信函申请3件。已办结45件，其余2件转入下年办理。', [47, 45]],
    ['全镇共接到公民申请公开政府信息一件，已当场予以答复。', [1, null]],
    ['本年度我镇收到政府信息公开申请数为零。', [0, null]],
    ['三、收到和处理政府信息公开申请情况\n本年度未收到政府信息公开申请，申请情况统计表各项均为0。', [0, 0]],
  ])('%s → [apps_new, apps_total] %j', (body, values) => {
    const r = rec(body)
    expect([r.apps_new, r.apps_total]).toEqual(values)
  })
  it.each([
    '全年收到政府信息公开申请3件。\n全年共召开会议5次，已办结群众来信20件。',
    '全年收到政府信息公开申请3件。已办结12345热线工单20件。',
    '全年收到政府信息公开申请3件。\n已办结村务事项20件。',
  ])('no apps_total in %s', (body) => {
    const r = rec(body)
    expect(r.apps_new).toBe(3)
    expect(r.apps_total).toBeNull()
  })
  it('a lone 一件 as an article is no count', () => {
    expect(rec('依申请公开工作是一件大事。').apps_new).toBeNull()
  })
})

describe('procurement amount and unit stated in prose', () => {
  const table = (amount: string) => `第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t2\t${amount}\n`
  it('takes the unit from a sentence stating the amount the table gives bare', () => {
    const r = rec(`全年政府集中采购项目2个，采购总金额86.5万元。\n${table('86.5')}`)
    expect([r.procurement_amount, r.procurement_unit]).toEqual([86.5, '万元'])
  })
  it('takes no unit from a sentence stating another amount', () => {
    const r = rec(`去年采购金额为12万元。\n${table('86.5')}`)
    expect([r.procurement_amount, r.procurement_unit]).toEqual([86.5, null])
  })
  it('reads amount and unit from prose alone', () => {
    const r = rec('全年共开展政府集中采购2次，采购金额合计96.8万元。')
    expect([r.procurement_amount, r.procurement_unit]).toEqual([96.8, '万元'])
    expect(rec('采购金额共计186350元。').procurement_unit).toBe('元')
  })
  it('does not read a flattened table row as a sentence', () => {
    expect(rec('信息内容采购项目数量采购总金额政府集中采购39573802895.90元').procurement_amount).not.toBe(39573802895.9)
  })
})

describe('the whole total through one channel', () => {
  it.each([
    ['我镇共主动公开政府信息43条，全部在区政府信息公开网站公开。', 'ch_web', 43],
    ['全年共主动公开政府信息43条，均通过镇政务公开栏发布。', 'ch_bulletin', 43],
    ['全年共主动公开政府信息43条，全部在镇政府网站公开，其中网站发布30条。', 'ch_web', 30],
  ] as Array<[string, Field, number]>)('%s → %s %i', (body, field, value) => {
    expect(rec(body)[field]).toBe(value)
  })
  it.each([
    '全年共主动公开政府信息43条，均通过政府网站、公开栏发布。',
    '全年共主动公开政府信息43条，均在微信群发布。',
    '全年共主动公开政府信息43条，全部在网站公开栏目上线运行后整理。',
  ])('no channel count in %s', (body) => {
    const r = rec(body)
    expect([r.ch_web, r.ch_wechat, r.ch_bulletin]).toEqual([null, null, null])
  })
})

describe("last year's figures and parts of a staff total do not leak", () => {
  it.each([
    ['全年主动公开政府信息312条。去年同期主动公开信息为248条。', 312],
    ['2013年，全县累计主动公开政府信息8,652条。\n2012年全县主动公开信息7,317条。', 8652],
    ['2013年，全县主动公开政府信息865条，比上年增加120条。', 865],
  ])('%s → proactive_total %i with no conflict', (body, value) => {
    const text = '某某县2013年政府信息公开工作年度报告\n' + body
    const { record, warnings } = parseReport(text, 'y.txt')
    expect(record.proactive_total).toBe(value)
    expect(warnings.map((w) => w.code)).not.toContain('conflicting_values')
  })
  it('a report of the year itself still reads a sentence opening with its year', () => {
    expect(parseReport('某某县2013年政府信息公开工作年度报告\n2013年全县主动公开信息7,317条。', 'y.txt').record.proactive_total).toBe(7317)
  })
  it('a part after 其中 is not the staff total', () => {
    const r = rec('全区共有政府信息公开工作人员312名，其中专职人员47名。')
    expect([r.staff_total, r.staff_fulltime]).toEqual([312, 47])
    expect(codes('全区共有政府信息公开工作人员312名，其中专职人员47名。')).not.toContain('conflicting_values')
  })
  it('1名专职、2名兼职 gives no second 专职 count', () => {
    expect(codes('确定1名专职、2名兼职信息公开工作人员，负责政府信息公开工作。')).not.toContain('conflicting_values')
  })
})

describe('more counts that must not leak: village affairs, hotline orders, letters and visits', () => {
  it.each([
    '各村共公开村务、财务信息二百余项。',
    '各村通过村务公开栏公开村务信息560条。',
    '全镇32个行政村共公开村务事项1460项。',
    '全年办理12345热线工单1,208件，办结率100%。',
    '全年受理群众来信来访341件，均按规定办理。',
    '全年召开政务公开工作会议3次，培训干部60人次。',
  ])('%s leaks into no total, channel or application', (body) => {
    const r = rec(body)
    expect([r.proactive_total, r.ch_web, r.ch_bulletin, r.ch_other, r.apps_new, r.apps_total, r.staff_total]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
  it('a village board carrying government information still counts', () => {
    expect(rec('在镇政务公开栏和各村村务公开栏公开政府信息94条。').ch_bulletin).toBe(94)
  })
  it('a hotline order handled after applications is not the applications handled', () => {
    const r = rec('全年共收到政府信息公开申请5件，已办结4件。全年受理12345工单办结200件。')
    expect([r.apps_new, r.apps_total]).toEqual([5, 4])
  })
  it('reads 全年办结申请8件 as the applications handled', () => {
    expect(rec('全年收到政府信息公开申请8件，全年办结申请8件。').apps_total).toBe(8)
  })
})

describe('a space as thousands separator before a measure word', () => {
  it.each([
    ['在门户网站发布信息1 583条。', 'ch_web', 1583],
    ['微信公众号发布信息1 152 篇。', 'ch_wechat', 1152],
    ['全年主动公开政府信息2 345 678条。', 'proactive_total', 2345678],
  ] as const)('%s → %s %d', (body, field, value) => {
    expect(rec(body)[field as Field]).toBe(value)
  })
  it('keeps table cells (two spaces or more) and a row of single figures apart', () => {
    expect(readingView('0 1 583条').text).toBe('0 1 583条')
    expect(rec('在门户网站发布信息12  583条。').ch_web).toBe(583)
    expect(readingView('信息1 5830条').text).toBe('信息1 5830条')
  })
  it('quotes the published text with its space', () => {
    const text = '在门户网站发布信息1 583条。'
    const view = readingView(text)
    const at = view.text.indexOf('1583')
    expect(at).toBeGreaterThan(0)
    const span = spanOf(view, at, at + 4)
    expect(text.slice(span.start, span.end)).toBe('1 583')
  })
})

describe('litigation after the reconsideration clause, a bare total closing the channel list', () => {
  it('reads 引起的行政诉讼 2 件 when disclosure is named earlier in the sentence', () => {
    const r = rec(
      '三、因政府信息公开申请提起行政复议、行政诉讼情况\n2016 年，因政府信息公开申请引起的行政复议 4 件，其中维持具体行政行为 3 件、被依法纠错 1 件；引起的行政诉讼 2 件，均维持具体行政行为。\n',
    )
    expect([r.reconsideration_total, r.litigation_total]).toEqual([4, 2])
  })
  it('reads no lawsuit said to have nothing to do with disclosure', () => {
    const r = rec(
      '四、因政府信息公开申请提起行政复议、行政诉讼情况\n本年度我镇没有发生因政府信息公开引起的行政复议。截至目前,我镇因土地确权纠纷被提起行政诉讼2起,均不涉及政府信息公开。\n',
    )
    expect(r.litigation_total).toBeNull()
  })
  it('reads no lawsuit from another sentence that names disclosure far before', () => {
    expect(
      rec(
        '全镇加强政府信息公开工作。本年度镇党委政府坚持依法行政，全面推进法治政府建设，化解各类矛盾纠纷，我镇因征地纠纷被提起行政诉讼3起。\n',
      ).litigation_total,
    ).toBeNull()
  })
  it('reads 共计91条 after channel counts as the total', () => {
    const r = rec('全年在市人民政府网站公开信息37条，利用各村政务公开栏公开信息54条，共计91条。')
    expect([r.proactive_total, r.ch_web, r.ch_bulletin]).toEqual([91, 37, 54])
  })
  it('reads no total from 共计 without channel counts before it', () => {
    expect(rec('全年召开会议5次，共计12条意见。').proactive_total).toBeNull()
  })
})

describe('a 复议/诉讼 section that says nothing happened', () => {
  it.each(['2013年,我镇未发生此类情况。', '无此类情况。', '未发生此类情况。', '本年度无此类情况。'])('%s → 0 and 0', (line) => {
    const r = rec(`五、因政府信息公开申请提起行政复议、行政诉讼情况\n${line}\n六、存在的主要问题\n`)
    expect([r.reconsideration_total, r.litigation_total]).toEqual([0, 0])
  })
  it('reads nothing from 未发生此类情况 under a fees heading', () => {
    const r = rec('三、政府信息公开收费及减免情况\n2013年,我镇未发生此类情况。\n')
    expect([r.reconsideration_total, r.litigation_total]).toEqual([null, null])
  })
})

describe("last year's total after a sentence that opened with the report's year but counted nothing", () => {
  it('reads 2019年…512条 in the 2020 report as last year, the 共计 as the total', () => {
    const body =
      '2020年,我镇严格落实政务公开各项要求。在县人民政府门户网站公开信息89条,在微信公众号发布信息174条,共计263条。2019年我镇主动公开信息512条。'
    const r = parseReport('某某镇2020年政府信息公开工作年度报告\n' + body, 'family.txt').record
    expect(r.proactive_total).toBe(263)
  })
})

describe('a running total since the first report, with the part new this year', () => {
  it.each([
    ['截至2021年12月31日，我镇累计主动公开政府信息412条，其中2021年新增主动公开信息137条。', 137],
    ['截至目前，我镇累计主动公开政府信息1200条，其中本年新增信息96条。', 96],
  ])('%s → %d', (body, value) => {
    expect(rec(body).proactive_total).toBe(value)
  })
  it('keeps the total when the part is not new this year or there is no running total', () => {
    expect(rec('全年主动公开政府信息412条，其中本年新增信息137条。').proactive_total).toBe(412)
    expect(rec('截至2021年12月31日，我镇累计主动公开政府信息412条，其中2020年新增主动公开信息137条。').proactive_total).toBe(412)
  })
})

describe('a notice board counting postings in 次', () => {
  it('reads 公示…等信息140余次 on a 公开栏 as the bulletin channel', () => {
    const r = rec('全年在县政府门户网站公开信息65条；在乡政务公开栏公示低保、危房改造等信息140余次。')
    expect([r.ch_web, r.ch_bulletin]).toEqual([65, 140])
  })
  it.each(['全年在政府网站更新信息3次。', '全年召开政务公开会议3次。', '在公开栏公示信息，全年开会5次。'])(
    'reads no channel from %s',
    (body) => {
      const r = rec(body)
      expect([r.ch_web, r.ch_bulletin, r.proactive_total]).toEqual([null, null, null])
    },
  )
})
