const compiled = new Map<string, RegExp>()

/**
 * A label pattern that tolerates the line breaks and spaces PDF and web extraction put
 * inside table labels (`要求行政机关确认或重新出具已\n获取信息`). Compiled once per label.
 */
export function loose(label: string, flags = 'g'): RegExp {
  const key = flags + ':' + label
  const cached = compiled.get(key)
  if (cached) return cached
  const escaped = [...label].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(escaped.join('\\s*'), flags)
  compiled.set(key, pattern)
  return pattern
}

/**
 * First match of `pattern` in text[from, to), or null. The search stops at `to`: a pattern
 * run from `from` over the whole text would scan to the end for every block that lacks the
 * label, which makes a text of many small blocks quadratic.
 */
export function findFrom(text: string, pattern: RegExp, from: number, to = text.length): RegExpExecArray | null {
  const end = Math.min(to, text.length)
  if (from >= end) return null
  const whole = end === text.length
  const source = whole ? text : text.slice(0, end)
  pattern.lastIndex = from
  const m = pattern.exec(source)
  if (!m || m.index >= end) return null
  return m
}
