/**
 * Our report columns (columns.ts) ↔ an Arrow IPC file. `npm run data` writes reports.arrow
 * beside a large reports.csv (runData.ts) and the page reads it instead of parsing the CSV
 * (loadDataset.ts; docs/measurements.md, "Arrow": usable columns at ~0.7× the plain CSV reader).
 * Two layouts of the counts (the data command writes 'i32'; 'f64' stays for the bench):
 *
 * - 'f64': each count a Float64 column with NaN for "not stated", no null bitmap: the reader
 *   takes the file's buffer as our Float64Array as it is (no copy, no loop);
 * - 'i32': each count whose values are all whole an Int32 column with Arrow nulls for "not
 *   stated" (half the bytes), the reader turning it into our Float64Array (NaN at the nulls);
 *   a column with a fraction (admin_fees_wan) stays Float64 with NaN.
 *
 * Text columns are Arrow dictionaries (Int32 indices, Utf8 values) whose index buffer holds our
 * codes as they are, -1 at the nulls (Arrow leaves the value under a null unspecified), so the
 * reader takes it without a loop; report_id and source, different on every row, are plain Utf8.
 *
 * Pure: no DOM, no node:*. The page imports this module dynamically (apache-arrow stays out of
 * the start-up JavaScript).
 */
import { Dictionary, Int32, Utf8, Table, makeData, makeVector, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow'
import { NUMBER_COLUMNS } from './schema.ts'
import { TEXT_FIELDS, UNIQUE, type ReportColumns } from './columns.ts'
import { parseColumns } from './parseColumns.ts'

export type CountLayout = 'f64' | 'i32'

/** Arrow's validity bitmap (bit set = value present, least significant bit first). */
function validity(length: number, present: (i: number) => boolean): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(((length + 63) >> 6) << 3)
  let nullCount = 0
  for (let i = 0; i < length; i++) {
    if (present(i)) nullBitmap[i >> 3] |= 1 << (i & 7)
    else nullCount++
  }
  return { nullBitmap, nullCount }
}

/** The columns as an Arrow IPC file (one record batch). */
export function columnsToArrow(columns: ReportColumns, layout: CountLayout): Uint8Array {
  const { length } = columns
  const vectors: Record<string, Vector> = {}
  NUMBER_COLUMNS.forEach((name, k) => {
    const values = columns.numbers[k]
    const whole = values.every((v) => Number.isNaN(v) || (Number.isInteger(v) && Math.abs(v) <= 0x7fffffff))
    if (layout === 'f64' || !whole) {
      vectors[name] = makeVector(values)
      return
    }
    const ints = new Int32Array(length)
    for (let i = 0; i < length; i++) if (!Number.isNaN(values[i])) ints[i] = values[i]
    const { nullBitmap, nullCount } = validity(length, (i) => !Number.isNaN(values[i]))
    vectors[name] = makeVector(
      makeData({ type: new Int32(), length, nullCount, nullBitmap: nullCount ? nullBitmap : undefined, data: ints }),
    )
  })
  TEXT_FIELDS.forEach((name, t) => {
    const codes = columns.codes[t]
    const dict = columns.dicts[t]
    if (UNIQUE.has(name)) {
      vectors[name] = vectorFromArray(
        Array.from(codes, (c) => (c < 0 ? null : dict[c])),
        new Utf8(),
      )
      return
    }
    const { nullBitmap, nullCount } = validity(length, (i) => codes[i] >= 0)
    vectors[name] = makeVector(
      makeData({
        type: new Dictionary(new Utf8(), new Int32()),
        length,
        nullCount,
        nullBitmap: nullCount ? nullBitmap : undefined,
        data: codes,
        dictionary: vectorFromArray(dict, new Utf8()),
      }),
    )
  })
  return tableToIPC(new Table(vectors), 'file')
}

const decoder = new TextDecoder()

/**
 * A Utf8 column's strings: its value bytes decoded at once and cut at the offsets, which is
 * ~5× faster than apache-arrow's toArray() (a TextDecoder call per value) on 380,000 ids.
 * The offsets count bytes; a string's UTF-16 length differs from its bytes only where they are
 * not ASCII, so those are counted (a 4-byte sequence is two UTF-16 units).
 */
export function utf8Strings(data: {
  length: number
  valueOffsets: Int32Array
  values: Uint8Array
  nullCount: number
  nullBitmap?: Uint8Array
}): (string | null)[] {
  const { length, valueOffsets: offsets, values: bytes } = data
  const start = offsets[0]
  const end = offsets[length]
  const text = decoder.decode(bytes.subarray(start, end))
  const ascii = text.length === end - start
  const out = new Array<string | null>(length)
  const bitmap = data.nullCount ? data.nullBitmap : undefined
  let from = 0
  for (let i = 0; i < length; i++) {
    let to = from
    if (ascii) to += offsets[i + 1] - offsets[i]
    else for (let b = offsets[i]; b < offsets[i + 1]; b++) to += (bytes[b] & 0xc0) === 0x80 ? 0 : bytes[b] >= 0xf0 ? 2 : 1
    out[i] = bitmap && !((bitmap[i >> 3] >> (i & 7)) & 1) ? null : text.slice(from, to)
    from = to
  }
  return out
}

/** The one chunk of a column (the files have one record batch). */
function only(table: Table, name: string) {
  const column = table.getChild(name)
  if (!column) throw new Error(`no column ${name}`)
  if (column.data.length !== 1) throw new Error(`${name}: ${column.data.length} chunks, expected 1`)
  return column.data[0]
}

/**
 * An Arrow IPC file → our columns, in the shape the page uses today: typed arrays are views of
 * the file's bytes where the layout allows it, the dictionaries JS strings.
 */
export function arrowToColumns(bytes: Uint8Array): ReportColumns {
  return tableToColumns(tableFromIPC(bytes))
}

/** A table read by apache-arrow (its arrays views of the file, nothing decoded) → our columns. */
export function tableToColumns(table: Table): ReportColumns {
  const length = table.numRows
  const numbers = NUMBER_COLUMNS.map((name) => {
    const data = only(table, name)
    if (data.values instanceof Float64Array) return data.values.length === length ? data.values : data.values.subarray(0, length)
    const ints = data.values as Int32Array
    const out = new Float64Array(length)
    const bitmap = data.nullBitmap
    if (!data.nullCount || !bitmap) {
      out.set(ints.subarray(0, length))
      return out
    }
    for (let i = 0; i < length; i++) out[i] = (bitmap[i >> 3] >> (i & 7)) & 1 ? ints[i] : NaN
    return out
  })
  const codes: Int32Array[] = []
  const dicts: string[][] = []
  for (const name of TEXT_FIELDS) {
    const data = only(table, name)
    if (UNIQUE.has(name)) {
      // our "dictionary" of a unique column is its values in row order, the code the row
      const values = utf8Strings(data)
      const rows = new Int32Array(length)
      for (let i = 0; i < length; i++) rows[i] = values[i] === null ? -1 : i
      codes.push(rows)
      dicts.push(values.map((v) => v ?? ''))
      continue
    }
    codes.push((data.values as Int32Array).subarray(0, length))
    dicts.push(utf8Strings(data.dictionary!.data[0]) as string[])
  }
  return { length, numbers, codes, dicts }
}

/**
 * reports.arrow for a reports.csv text: its rows read as the page reads them (parseColumns,
 * schema.ts's checks), so the file holds exactly the columns the CSV path makes. Null when any
 * row is refused: the page then reads the CSV and shows those problems, as it would without Arrow.
 */
export function reportsArrow(csv: string): Uint8Array | null {
  const { columns, errors } = parseColumns(csv)
  return errors.length || columns.length === 0 ? null : columnsToArrow(columns, 'i32')
}
