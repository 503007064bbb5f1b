/**
 * Name forms of divisions and reporting bodies. Pure string functions, browser-safe.
 */

/** Suffixes of township-level units, longest first (民族乡 before 乡). */
export const TOWNSHIP_SUFFIXES = ['民族乡', '民族镇', '街道', '苏木', '镇', '乡'] as const

/** Words a report appends to a body's name that are not part of the division's name. */
// (人民政府办公室 / 办公厅 stay: the office is a department with reports of its own)
const BODY_TAILS = ['人民政府', '街道办事处', '办事处', '管理委员会', '党工委管委会', '管委会', '党委', '政府']

/** A division name's last character: what a dangling `人民` (of 人民政府) may follow. */
const DIVISION_END = /(?:镇|乡|街道|苏木|县|区|市|旗|州|盟|省)$/

/**
 * The short form of a reporting body's name, as the dataset stores it:
 * `泉阳镇人民政府` → `泉阳镇`, `XX街道办事处` → `XX街道`, `XX镇党委` → `XX镇`, `洪泽区人民政府` → `洪泽区`,
 * `XX开发区管委会` → `XX开发区`, `XX镇人民` (a title cut before 政府信息公开) → `XX镇`.
 * A name that is nothing but a tail (`人民政府`) is returned unchanged.
 */
export function shortBodyName(name: string): string {
  let s = name.trim()
  for (let changed = true; changed;) {
    changed = false
    for (const tail of BODY_TAILS) {
      if (s.length > tail.length && s.endsWith(tail)) {
        const rest = s.slice(0, -tail.length)
        if (tail === '政府' && rest.endsWith('人民')) continue // never split 人民政府 itself
        // XX街道办事处 → XX街道 (keep 街道); XX办事处 → XX (a bare 办事处 unit keeps its stem)
        s = tail === '街道办事处' ? rest + '街道' : rest
        changed = true
        break
      }
    }
    // `张义镇人民政府信息公开…` cut before 政府信息公开 leaves `张义镇人民`
    if (s.length > 3 && s.endsWith('人民') && DIVISION_END.test(s.slice(0, -2))) {
      s = s.slice(0, -2)
      changed = true
    }
  }
  return s
}

/** The township suffix of a name (`镇`, `乡`, `街道`, `苏木`, `民族乡`, `民族镇`), or ''. */
export function townshipSuffix(name: string): string {
  for (const suffix of TOWNSHIP_SUFFIXES) if (name.length > suffix.length && name.endsWith(suffix)) return suffix
  return ''
}

/**
 * The stem a township keeps through renames (撤乡设镇, 撤镇设街道): `泉阳镇` → `泉阳`,
 * `XX街道` → `XX`, `XX民族乡` → `XX`, `XX办事处` → `XX`. Names without a township suffix are
 * returned unchanged.
 */
export function townshipStem(name: string): string {
  let s = name
  if (s.length > 3 && s.endsWith('办事处')) s = s.slice(0, -3)
  const suffix = townshipSuffix(s)
  return suffix ? s.slice(0, -suffix.length) : s
}

// The 55 minority peoples, as they appear inside autonomous-division names.
const PEOPLES = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
].sort((a, b) => b.length - a.length)

const UPPER_SUFFIXES = [
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '特别行政区',
  '林区',
  '特区',
  '地区',
  '省',
  '市',
  '县',
  '区',
  '州',
  '盟',
  '旗',
]

// Short forms that are everyday words more often than place names: never used as clues.
const SHORT_STOPLIST = new Set([
  '新华',
  '和平',
  '城关',
  '城中',
  '市中',
  '城东',
  '城西',
  '城南',
  '城北',
  '城厢',
  '东方',
  '向阳',
  '长安',
  '青山',
  '光明',
  '平安',
  '民主',
  '团结',
  '胜利',
  '红旗',
  '前进',
  '新城',
  '新区',
  '高新',
  '开发',
  '中心',
  '东城',
  '西城',
  '南城',
  '北城',
  '矿区',
  '郊区',
  '城区',
  '永安',
  '兴安',
  '宝山',
  '金山',
  '江南',
  '江北',
  '河东',
  '河西',
  '山东',
  '山西',
  '海南',
  '湖南',
  '湖北',
  '河南',
  '河北',
  '广东',
  '广西',
  '安全',
  '中原',
  '南山',
  '北山',
  '东山',
  '西山',
  '白云',
  '普陀',
  '鼓楼',
  '铁西',
  '铁东',
  '文化',
  '太平',
  '和田',
  '建设',
  '新兴',
  '全州',
  '公安',
  '通道',
  '大方',
  '安宁',
  '江口',
])
// (Province short forms such as 山东 or 河南 are always kept: the stoplist applies below that level.)

/**
 * Short forms under which a county-, prefecture- or province-level division is mentioned:
 * `腾冲市` → `腾冲`, `舟山市` → `舟山`, `博尔塔拉蒙古自治州` → `博尔塔拉`, `新疆维吾尔自治区` → `新疆`,
 * `长阳土家族自治县` → `长阳`, `大兴安岭地区` → `大兴安岭`. Short forms of one character and
 * everyday words (`新华`, `城关` …) are left out.
 */
export function upperShortNames(name: string, level: 'province' | 'prefecture' | 'county'): string[] {
  let s = name
  for (const suffix of UPPER_SUFFIXES) {
    if (s.length > suffix.length && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length)
      break
    }
  }
  // strip peoples from the end: 土家族苗族 → '', 蒙古 (博尔塔拉蒙古) → 博尔塔拉
  for (let changed = true; changed;) {
    changed = false
    if (s.endsWith('各族')) {
      s = s.slice(0, -2)
      changed = true
      continue
    }
    for (const p of PEOPLES) {
      if (s.length > p.length + 1 && s.endsWith(p + '族')) {
        s = s.slice(0, -(p.length + 1))
        changed = true
        break
      }
      if (p.length >= 2 && s.length > p.length && s.endsWith(p)) {
        s = s.slice(0, -p.length)
        changed = true
        break
      }
    }
  }
  if (s === name || s.length < 2) return []
  if (level !== 'province' && SHORT_STOPLIST.has(s)) return []
  return [s]
}

/**
 * Everyday written forms of an autonomous division's name: its short form plus the generic
 * character of its kind (`湘西土家族苗族自治州` → `湘西州`, `延边朝鲜族自治州` → `延边州`,
 * `长阳土家族自治县` → `长阳县`, `鄂伦春自治旗` → `鄂伦春旗`). These are written before a county's
 * or township's name (`湘西州凤凰县沱江镇`) like an official name; the stoplist still applies.
 */
export function autonomousWrittenNames(name: string, level: 'province' | 'prefecture' | 'county'): string[] {
  const kind = /自治(州|县|旗)$/.exec(name)
  if (!kind || level === 'province') return []
  return upperShortNames(name, level).map((s) => s + kind[1])
}

/** The generic last character of a county-level name: 县 (also 自治县), 旗, 区 (also 林区, 特区), 市. */
export function countyKind(name: string): '县' | '旗' | '区' | '市' | '' {
  const last = name.slice(-1)
  return last === '县' || last === '旗' || last === '区' || last === '市' ? last : ''
}
