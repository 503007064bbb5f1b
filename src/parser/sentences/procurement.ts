import { FROM_SENTENCE, FROM_TABLE, type Collector } from '../collect.ts'
import { ARABIC_NUMBER_SOURCE, parseNumber } from '../numbers.ts'
import { quoteOf, spanOf, type ReadingView } from './readingView.ts'

/**
 * The amount of government procurement stated in prose with its unit: `采购总金额86.5万元`,
 * `采购金额共计186350元`, `采购金额合计96.8万元`. The statistics table often gives the
 * amount as a bare number; a sentence that states the same amount with a unit says what the
 * unit is (LABELS.md: units are never guessed, so a sentence with another amount gives none).
 * With no table amount at all, the sentence's amount and unit are the report's.
 */
// only joining words between the noun and the figure: a flattened table row
// (`采购总金额政府集中采购39573802895.90元`) is the table's, not a sentence
const AMOUNT = new RegExp(
  `采购(?:项目)?(?:总)?(?:金额|资金|总额)(?:共计|合计|总计|累计|共|计|为|达到|达|约|是|[:：])*(${ARABIC_NUMBER_SOURCE})(万元|元)`,
  'dg',
)

export function readProcurementSentences(view: ReadingView, out: Collector): void {
  const text = view.text
  const tableAmounts = out.candidates.filter((c) => c.field === 'procurement_amount' && c.priority >= FROM_TABLE).map((c) => c.value)
  AMOUNT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = AMOUNT.exec(text))) {
    const value = parseNumber(m[1])
    if (value === null) continue
    const [start, end] = m.indices![1]!
    const unitEnd = m.indices![2]![1]
    const span = spanOf(view, start, unitEnd)
    const quote = quoteOf(view, out.text, start, end)
    if (tableAmounts.length && !tableAmounts.includes(value)) continue
    if (!tableAmounts.length) out.add('procurement_amount', value, span.start, spanOf(view, start, end).end, FROM_SENTENCE, quote)
    out.add('procurement_unit', m[2], span.start, span.end, FROM_SENTENCE, quote)
  }
}
