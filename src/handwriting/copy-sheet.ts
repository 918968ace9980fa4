// The copy sheet: the letter set in a clear book face (Literata) with the same line breaks as the
// handwritten layout, each printed line above a ruled writing line spaced for the chosen hand size, the
// handwritten page breaks marked, and a short re-read checklist from the method at the end.
import { HANDS } from './catalog.js'
import { type Face, facesOf } from './fonts.js'
import type { Layout, PageGeometry } from './layout.js'
import type { RenderOptions, ResolvedOptions } from './options.js'
import { openPdf, type PDFDoc, PT_PER_MM } from './pdf.js'

export type CopySheetOptions = Omit<RenderOptions, 'variation' | 'style' | 'ink' | 'seed'>

interface Prepared {
  options: ResolvedOptions
  geometry: PageGeometry
  layout: Layout
}

const TEXT = '#222222'
const SOFT = '#6b6b6b'
const RULE = '#8fa9cc'
/** Printed text size, pt, and the gap between it and the writing rule below, mm. */
const TEXT_PT = 10.5
const TEXT_TO_RULE_MM = 1.5

/** The items of the re-read checklist (the method's rules, in our words). */
export function checklist(layout: Layout): string[] {
  const fits = layout.fitsOnePage
    ? 'It fits on one page.'
    : `It takes ${layout.pages} pages: one page is the rule. Could ${layout.overflowWords} words go?`
  return [
    fits,
    'Every sentence is true: nothing exaggerated, no promise you could not keep.',
    'It offers something concrete you are ready to change or do.',
    'No pressure: no ultimatum, no guilt, no deadline.',
    'It leaves them free to answer, or not to.',
  ]
}

/** What the copy sheet prints, in order, in mm from the top of its page. Pure. */
export type SheetItem =
  | { kind: 'title' | 'note'; sheet: number; y: number; text: string }
  | {
      kind: 'line'
      sheet: number
      y: number
      ruleY: number
      x: number
      number: number
      text: string
      page: number
      row: number
    }
  | { kind: 'blank'; sheet: number; y: number; ruleY: number; page: number; row: number }
  | { kind: 'page-break'; sheet: number; y: number; text: string }
  | { kind: 'check-title'; sheet: number; y: number; text: string }
  | { kind: 'check'; sheet: number; y: number; text: string }

export function planCopySheet(p: Prepared): SheetItem[] {
  const g = p.geometry
  const items: SheetItem[] = []
  const top = g.margin.top
  const bottom = g.heightMm - g.margin.bottom
  const pairHeight = textHeightMm() + TEXT_TO_RULE_MM + g.lineSpacing
  let y = top
  let sheet = 0
  const ensure = (h: number) => {
    if (y + h > bottom) {
      sheet++
      y = top
    }
  }
  const hand = HANDS[p.options.hand]
  const pages = p.layout.pages
  items.push({ kind: 'title', sheet, y: y + 5, text: 'Copy sheet' })
  y += 11
  items.push({
    kind: 'note',
    sheet,
    y,
    text:
      `${hand.name} hand, ${p.options.size} size, on ${paperLabel(g)}: ${p.layout.lines.length} lines of writing, ` +
      `${pages === 1 ? 'one handwritten page' : `${pages} handwritten pages`} (a page holds ${g.linesPerPage}).`,
  })
  y += 5
  items.push({
    kind: 'note',
    sheet,
    y,
    text: 'Copy each printed line onto the ruled line below it, in your own hand, keeping the same line breaks.',
  })
  y += 6
  let lineNo = 0
  for (let page = 0; page < pages; page++) {
    const lines = p.layout.lines.filter((l) => l.page === page)
    const lastRow = lines.length ? Math.max(...lines.map((l) => l.row)) : -1
    if (page > 0) {
      ensure(pairHeight + 8)
      items.push({ kind: 'page-break', sheet, y, text: `Handwritten page ${page + 1} starts here` })
      y += 8
    }
    for (let row = 0; row <= lastRow; row++) {
      ensure(pairHeight)
      const line = lines.find((l) => l.row === row)
      const textY = y + textHeightMm()
      const ruleY = textY + TEXT_TO_RULE_MM + g.lineSpacing
      if (line) {
        lineNo++
        const text = line.words.map((w) => w.text).join(' ')
        items.push({
          kind: 'line',
          sheet,
          y: textY,
          ruleY,
          x: g.margin.left + line.x,
          number: lineNo,
          text,
          page,
          row,
        })
      } else {
        items.push({ kind: 'blank', sheet, y: textY, ruleY, page, row })
      }
      y = ruleY + 2.5
    }
  }
  const checks = checklist(p.layout)
  ensure(14 + checks.length * 7.5)
  y += 6
  items.push({ kind: 'check-title', sheet, y, text: 'Before you copy it out, read it once more:' })
  y += 7.5
  for (const text of checks) {
    items.push({ kind: 'check', sheet, y, text })
    y += 7.5
  }
  return items
}

export async function buildCopySheet(p: Prepared, _options: CopySheetOptions = {}): Promise<Buffer> {
  const g = p.geometry
  const { doc, bytes } = await openPdf(g, 'Copy sheet')
  const faces = facesOf('book')
  faces.forEach((f, i) => {
    doc.registerFont(`book${i}`, f.bytes)
  })
  const mm = (x: number) => x * PT_PER_MM
  const left = g.margin.left
  const rule = (y: number) => {
    doc
      .moveTo(mm(left), mm(y))
      .lineTo(mm(g.widthMm - g.margin.right), mm(y))
      .lineWidth(0.5)
      .stroke(RULE)
  }
  let sheet = -1
  for (const it of planCopySheet(p)) {
    while (sheet < it.sheet) {
      doc.addPage()
      sheet++
    }
    switch (it.kind) {
      case 'title':
        write(doc, faces, it.text, mm(left), mm(it.y), 15, TEXT)
        break
      case 'note':
        write(doc, faces, it.text, mm(left), mm(it.y), 9, SOFT)
        break
      case 'line':
        write(doc, faces, String(it.number), mm(left - 9), mm(it.y), 7, SOFT)
        write(doc, faces, it.text, mm(it.x), mm(it.y), TEXT_PT, TEXT)
        rule(it.ruleY)
        break
      case 'blank':
        write(doc, faces, '(leave this line blank)', mm(left), mm(it.y), 8, SOFT)
        rule(it.ruleY)
        break
      case 'page-break':
        divider(doc, faces, g, it.y, it.text)
        break
      case 'check-title':
        write(doc, faces, it.text, mm(left), mm(it.y), 11, TEXT)
        break
      case 'check':
        doc
          .rect(mm(left), mm(it.y - 3.2), mm(3.4), mm(3.4))
          .lineWidth(0.7)
          .stroke(TEXT)
        write(doc, faces, it.text, mm(left + 6), mm(it.y), 10, TEXT)
        break
    }
  }
  doc.end()
  return bytes
}

function paperLabel(g: PageGeometry): string {
  return g.paper === 'a4' ? 'A4' : g.paper === 'a5' ? 'A5' : 'US Letter'
}

/** Height of a printed line above its baseline, mm. */
function textHeightMm(): number {
  return (TEXT_PT / PT_PER_MM) * 1.0
}

function divider(doc: PDFDoc, faces: Face[], g: PageGeometry, y: number, label: string): void {
  const mm = (x: number) => x * PT_PER_MM
  doc
    .moveTo(mm(g.margin.left), mm(y + 3))
    .lineTo(mm(g.widthMm - g.margin.right), mm(y + 3))
    .dash(3, { space: 3 })
    .lineWidth(0.6)
    .stroke(SOFT)
    .undash()
  write(doc, faces, label, mm(g.margin.left), mm(y + 7), 8.5, SOFT)
}

/**
 * Writes `text` with its baseline at (x, y) points, splitting it into runs by the book face that has each
 * character (Latin, then Latin Extended), so no accent is lost.
 */
export function write(
  doc: PDFDoc,
  faces: Face[],
  text: string,
  x: number,
  y: number,
  size: number,
  color: string,
): void {
  let cx = x
  for (const [face, run] of runs(faces, text)) {
    doc.font(`book${face}`).fontSize(size).fillColor(color)
    doc.text(run, cx, y, { lineBreak: false, baseline: 'alphabetic' })
    cx += doc.widthOfString(run)
  }
}

function runs(faces: Face[], text: string): [number, string][] {
  const out: [number, string][] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    let i = faces.findIndex((f) => f.font.hasGlyphForCodePoint(cp))
    if (i < 0 || cp === 0x20 || cp === 0xa0) i = out.length ? (out[out.length - 1] as [number, string])[0] : 0
    const last = out[out.length - 1]
    if (last && last[0] === i) last[1] += ch
    else out.push([i, ch])
  }
  return out
}
