import nzh from 'nzh'

/** Numbers as Chinese reports write them in prose: `一百二十三`, and `二〇二二` for years. */
export function chineseNumber(n: number): string {
  if (n === 0) return '零'
  return nzh.cn.encodeS(n)
}

const DIGITS = '〇一二三四五六七八九'

/** `2022` → `二〇二二` (years are read digit by digit). */
export function chineseYear(year: number): string {
  return [...String(year)].map((d) => DIGITS[Number(d)]).join('')
}

/** Month or day in words: `1` → `一`, `20` → `二十`. */
export function chineseSmall(n: number): string {
  return nzh.cn.encodeS(n)
}
