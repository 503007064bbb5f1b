import { chineseNumber } from './numerals.ts'
import type { Rng } from './prng.ts'
import type { Truth } from './values.ts'

/**
 * Sentence families of report prose, several wordings each, taken from real reports
 * (shared/corpus/reports, templates.md). Every sentence states exactly the known value it is
 * given, and no other number, so a parser disagreement is the parser's or a real ambiguity.
 */

/** 全镇 / 全乡 / 全街道, 我镇 / 我乡 … */
export function bodyWords(name: string): { all: string; we: string } {
  const kind = name.endsWith('街道') ? '街道' : name.endsWith('苏木') ? '苏木' : name.slice(-1)
  return { all: `全${kind}`, we: `我${kind}` }
}

/** A count as written: digits mostly, Chinese numerals sometimes (small numbers only). */
function num(rng: Rng, n: number, cn = 0.15): string {
  return n > 0 && n < 10000 && rng.chance(cn) ? chineseNumber(n) : String(n)
}

export function totalSentence(rng: Rng, t: Truth, total: number): string {
  const { all, we } = bodyWords(t.township.name)
  const n = num(rng, total)
  return rng.pick([
    `${t.year}年，${all}主动公开政府信息${n}条`,
    `全年累计公开政府信息${n}条`,
    `截至${t.year}年12月底，累计主动公开政府信息${n}条`,
    `本年度${we}共主动公开各类政府信息${n}条`,
    `全年共发布政府信息${n}条`,
    `${t.year}年度，${we}通过各类渠道主动公开信息${n}条`,
    `${we}全年主动公开政府信息${n}条`,
  ])
}

type ChannelKey = 'web' | 'wechat' | 'weibo' | 'bulletin' | 'other'

/** One channel's count as a clause (`通过门户网站发布信息31条`). */
export function channelClause(rng: Rng, t: Truth, key: ChannelKey, count: number): string {
  const n = num(rng, count, 0.08)
  const county = t.township.county ?? t.township.prefecture ?? ''
  const stem = t.township.name.replace(/(镇|乡|街道|苏木)$/, '')
  switch (key) {
    case 'web':
      return rng.pick([
        `通过${county}人民政府门户网站发布信息${n}条`,
        `在政府网站公开${n}条`,
        `在政府信息公开专栏发布${n}条`,
        `门户网站公开${n}条`,
        `通过“${county}政务网”公开政府信息${n}条`,
      ])
    case 'wechat':
      return rng.pick([
        `“${stem}发布”微信公众号发布${n}条`,
        `通过政务微信推送${n}条`,
        `微信公众号公开${n}条`,
        `在“微${stem}”公众号发布信息${n}条`,
      ])
    case 'weibo':
      return rng.pick([`政务微博发布${n}条`, `通过政务微博公开${n}条`, `在微博发布信息${n}条`])
    case 'bulletin':
      return rng.pick([
        `通过政务公开栏张贴公开${n}条`,
        `在村（社区）公示栏公布${n}条`,
        `通过公开栏公布信息${n}条`,
        `利用宣传栏发布${n}条`,
        `通过公开栏、宣传栏等方式公布${n}条`,
      ])
    case 'other':
      return rng.pick([`通过其他方式公开${n}条`, `其他平台上公开${n}条`, `通过其他渠道发布${n}条`])
  }
}

/** The channel clauses of a report, in a shuffled order, joined as one sentence tail. */
export function channelSentence(rng: Rng, t: Truth): string | null {
  const keys: ChannelKey[] = ['web', 'wechat', 'weibo', 'bulletin', 'other']
  const clauses: string[] = []
  for (const key of keys) {
    const count = t.channels[key]
    if (count !== null) clauses.push(channelClause(rng, t, key, count))
  }
  if (clauses.length === 0) return null
  // 其他 last, as reports write it; the others in the report's own order
  const other = t.channels.other !== null ? clauses.pop()! : null
  for (let i = clauses.length - 1; i > 0; i--) {
    const j = rng.int(0, i)
    ;[clauses[i], clauses[j]] = [clauses[j], clauses[i]]
  }
  if (other) clauses.push(other)
  return clauses.join(rng.pick(['，', '；', '，']))
}

export function appsZeroSentence(rng: Rng, t: Truth): string {
  const { we } = bodyWords(t.township.name)
  return rng.pick([
    `本年度${we}未收到政府信息公开申请。`,
    `${t.year}年，${we}没有收到公民、法人或其他组织提出的政府信息公开申请。`,
    `全年未收到依申请公开政府信息的申请。`,
    `${t.year}年度未接到政府信息公开申请。`,
  ])
}

export function appsCountSentence(rng: Rng, t: Truth, n: number): string {
  const { we } = bodyWords(t.township.name)
  const c = num(rng, n, 0.3)
  return rng.pick([
    `${t.year}年，${we}共收到政府信息公开申请${c}件。`,
    `全年受理政府信息公开申请${c}件，均已按时答复。`,
    `本年度${we}共接到依申请公开政府信息${c}件。`,
  ])
}

export function appealsZeroSentence(rng: Rng, t: Truth): string {
  const { we } = bodyWords(t.township.name)
  return rng.pick([
    `${t.year}年，${we}没有发生因政府信息公开引起的行政复议和行政诉讼。`,
    `本年度未发生政府信息公开行政复议、行政诉讼案件。`,
    `${we}未有因政府信息公开被申请行政复议或提起行政诉讼的情况。`,
    `全年无因政府信息公开工作被申请行政复议、提起行政诉讼的情况。`,
  ])
}

/** Staff in prose; the form (total / total and split / split only) was chosen in values.ts. */
export function staffSentence(rng: Rng, t: Truth): string | null {
  const total = t.staff_total
  const full = t.staff_fulltime
  const part = t.staff_parttime
  if (t.staffForm === 'none' || total === null) return null
  if (t.staffForm === 'total') {
    return rng.pick([
      `${bodyWords(t.township.name).we}配备政府信息公开工作人员${num(rng, total)}名。`,
      `现有从事政府信息公开工作人员${num(rng, total)}人。`,
    ])
  }
  if (t.staffForm === 'total-split') {
    return rng.pick([
      `从事政府信息公开工作人员${total}人，其中专职${full}人、兼职${part}人。`,
      `配备政府信息公开工作人员${total}名，其中专职人员${full}名，兼职人员${part}名。`,
    ])
  }
  return rng.pick([
    `明确专职人员${full}名、兼职人员${part}名负责政府信息公开工作。`,
    `政府信息公开工作由专职人员${full}名和兼职人员${part}名承担。`,
  ])
}

export function interpretationsSentence(rng: Rng, n: number): string {
  return rng.pick([`全年发布政策解读${n}篇。`, `围绕重要政策开展政策解读${n}次。`, `发布政策解读材料${n}篇，便于群众理解政策。`])
}

/** Paragraphs with no numbers in them: what surrounds the figures in a real report. */
const FILLER = [
  '成立了由主要领导任组长、分管领导任副组长的政务公开工作领导小组，领导小组办公室设在党政办，负责日常工作的组织协调。',
  '坚持以公开为常态、不公开为例外，及时公开群众关注的惠民政策、财政资金、项目建设等信息，保障人民群众的知情权、参与权和监督权。',
  '严格落实信息发布审核制度，做到先审后发、应公开尽公开，确保公开信息准确、规范、及时。',
  '围绕乡村振兴、民生保障等重点工作，加大重点领域信息公开力度，主动回应社会关切。',
  '认真梳理公开事项，完善政府信息公开指南和目录，规范依申请公开工作流程。',
  '把政务公开工作纳入年度目标考核，定期开展自查，发现问题及时整改。',
]
const PROBLEMS = [
  '存在的主要问题：一是公开内容不够全面，部分信息更新不够及时；二是工作人员业务水平有待提高。',
  '下一步，将进一步健全工作机制，加强业务培训，提升信息发布质量，不断拓展公开渠道。',
  '工作中仍存在信息公开形式较为单一、政策解读不够深入等不足，今后将着力加以改进。',
]

export function filler(rng: Rng, count: number): string[] {
  const pool = [...FILLER]
  const out: string[] = []
  for (let i = 0; i < count && pool.length; i++) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0])
  return out
}

export function problems(rng: Rng): string[] {
  return rng.chance(0.5) ? [PROBLEMS[0], PROBLEMS[1]] : [rng.pick(PROBLEMS)]
}
