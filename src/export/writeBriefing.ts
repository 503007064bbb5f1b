/**
 * Lays the briefing model out as a .docx with the docx library: A4, 公文-like margins, body in
 * 仿宋 and headings in 黑体 (the East Asian font of each run; Latin text in Times New Roman /
 * Arial), page numbers in the footer. Loaded only when a briefing is asked for
 * (useBriefingExport.ts).
 *
 * Fonts: Word and WPS have 仿宋 and 黑体; where they are missing (LibreOffice on Linux) the
 * reader substitutes its own CJK font, so the named fallbacks are the East Asian names
 * (仿宋 → FangSong/STFangsong, 黑体 → SimHei/STHeiti) that every Chinese system maps.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { Block, BriefingModel } from './briefingModel.ts'

/** 仿宋 for the body, 黑体 for headings; Latin letters and digits in the usual pairs. */
export const BODY_FONT = { eastAsia: '仿宋', ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' }
export const HEADING_FONT = { eastAsia: '黑体', ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial' }

/** A4 in twips, margins of the 公文 layout (GB/T 9704: top 37 mm, bottom 35, left 28, right 26). */
const A4 = { width: 11906, height: 16838 }
const MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 }
/** text width in pixels at 96 dpi, for the chart images */
export const TEXT_WIDTH_PX = Math.floor(((A4.width - MARGIN.left - MARGIN.right) / 1440) * 96)

/** Half-points: 三号 16 pt body is the 公文 size; a briefing on screen reads better a step down. */
const SIZE = { title: 40, heading: 32, subheading: 28, body: 28, note: 22, table: 22 }

/** the red a synthetic dataset is named in (base.css .synthetic, exportOption.ts) */
export const ALERT_COLOR = 'C00000'

const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' }
const borders = { top: border, bottom: border, left: border, right: border }

function cell(text: string, opts: { bold?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: opts.bold, size: SIZE.table, font: opts.bold ? HEADING_FONT : BODY_FONT })],
      }),
    ],
  })
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const hasHeader = block.header.some((h) => h !== '')
  const rows = [
    ...(hasHeader ? [new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, { bold: true })) })] : []),
    ...block.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { right: block.numeric[i] })) })),
  ]
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })
}

function blockToDocx(block: Block, images: ReadonlyMap<string, Uint8Array>): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: [new TextRun({ text: block.text, size: SIZE.title, font: HEADING_FONT })],
        }),
      ]
    case 'heading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          keepNext: true,
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: block.text, size: SIZE.heading, font: HEADING_FONT, color: '000000' })],
        }),
      ]
    case 'subheading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          spacing: { before: 160, after: 80 },
          children: [new TextRun({ text: block.text, size: SIZE.subheading, font: HEADING_FONT, color: '000000' })],
        }),
      ]
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: block.text, size: SIZE.body, font: BODY_FONT })] })]
    case 'note':
      return [
        new Paragraph({
          spacing: { after: 60 },
          children: [new TextRun({ text: block.text, size: SIZE.note, font: BODY_FONT, color: '444444' })],
        }),
      ]
    case 'alert':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new TextRun({ text: block.text, bold: true, size: SIZE.heading, font: HEADING_FONT, color: ALERT_COLOR })],
        }),
      ]
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 480 },
          spacing: { after: 80 },
          children: [new TextRun({ text: block.text, size: SIZE.note, font: BODY_FONT, italics: false, color: '333333' })],
        }),
      ]
    case 'table':
      return [table(block), new Paragraph({ children: [] })]
    case 'image': {
      const data = images.get(block.key)
      if (!data) return []
      const scale = Math.min(1, TEXT_WIDTH_PX / block.width)
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data,
              transformation: { width: Math.round(block.width * scale), height: Math.round(block.height * scale) },
              altText: { name: block.key, title: block.alt, description: block.alt },
            }),
          ],
        }),
      ]
    }
  }
}

export async function writeBriefing(model: BriefingModel, images: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const [before, after] = model.pageLabel.split('{n}')
  const doc = new Document({
    creator: '政务公开年报看板',
    title: model.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN, pageNumbers: { start: 1 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  ...(model.alert
                    ? [new TextRun({ text: `${model.alert}  `, bold: true, size: SIZE.note, font: BODY_FONT, color: ALERT_COLOR })]
                    : []),
                  new TextRun({ children: [before ?? '', PageNumber.CURRENT, after ?? ''], size: SIZE.note, font: BODY_FONT }),
                ],
              }),
            ],
          }),
        },
        children: model.blocks.flatMap((b) => blockToDocx(b, images)),
      },
    ],
  })
  const blob = await Packer.toArrayBuffer(doc)
  return new Uint8Array(blob)
}
