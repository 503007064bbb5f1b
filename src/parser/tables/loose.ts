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

/** First match of `pattern` in text[from, to), or null. */
export function findFrom(text: string, pattern: RegExp, from: number, to = text.length): RegExpExecArray | null {
  pattern.lastIndex = from
  const m = pattern.exec(text)
  if (!m || m.index >= to) return null
  return m
}
