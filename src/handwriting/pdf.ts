// The handwritten pages as a vector PDF with pdfkit (imported here on first use; it takes ~0.25 s to load).
// Each glyph outline used is written once as a form XObject; every glyph on the page is then a transform
// and a `Do`, so the file stays small and sharp at any zoom.
import type { PageGeometry } from './layout.js'
import type { PlacedGlyph } from './place.js'
import {
  inkShade,
  type Look,
  MARGIN_RULE_COLOR,
  PAPER_COLORS,
  RULE_COLOR,
  rulePositions,
  strokeUnits,
  weightLevel,
} from './svg.js'

export const PT_PER_MM = 72 / 25.4

export interface PdfOutlines {
  pathId(face: number, glyph: number, variant: number): string
  pdfOps(face: number, glyph: number, variant: number): string
}

/** An open document (pdfkit's typings name the constructor and the instance alike). */
export type PDFDoc = PDFKit.PDFDocument
type PDFRef = PDFKit.PDFKitReference

async function loadPdfKit(): Promise<PDFKit.PDFDocument> {
  const mod = await import('pdfkit')
  return mod.default
}

/**
 * A new document the size of the page, pages added by the caller, and the promise of its bytes once
 * it ends. pdfkit is imported here, on first use (it takes a quarter of a second to load).
 */
export async function openPdf(
  g: { widthMm: number; heightMm: number },
  title: string,
): Promise<{ doc: PDFDoc; bytes: Promise<Buffer> }> {
  const PDFDocument = await loadPdfKit()
  const doc = new PDFDocument({
    size: [g.widthMm * PT_PER_MM, g.heightMm * PT_PER_MM],
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Creator: 'sincerely' },
  })
  return { doc, bytes: collect(doc) }
}

/** Collects a document's bytes. */
function collect(doc: PDFDoc): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

const f6 = (x: number) => Math.round(x * 1e6) / 1e6
const f3 = (x: number) => Math.round(x * 1e3) / 1e3

/** Draws the sheet (colour, rules) in mm coordinates; the caller has scaled the page to mm. */
export function drawPaper(doc: PDFDoc, g: PageGeometry, look: Pick<Look, 'style'>): void {
  if (look.style !== 'plain') doc.rect(0, 0, g.widthMm, g.heightMm).fill(PAPER_COLORS[look.style])
  if (look.style === 'lined') {
    doc.lineWidth(0.22)
    for (const y of rulePositions(g)) doc.moveTo(0, y).lineTo(g.widthMm, y)
    doc.stroke(RULE_COLOR)
    doc.lineWidth(0.3)
    doc
      .moveTo(g.margin.left - 6, 0)
      .lineTo(g.margin.left - 6, g.heightMm)
      .stroke(MARGIN_RULE_COLOR)
  }
}

export async function handwrittenPdf(
  pages: PlacedGlyph[][],
  g: PageGeometry,
  look: Look,
  outlines: PdfOutlines,
): Promise<Buffer> {
  const { doc, bytes } = await openPdf(g, 'A letter')
  const stroked = look.variation > 0
  const forms = new Map<string, PDFRef>()
  const form = (p: PlacedGlyph): [string, PDFRef] => {
    const id = outlines.pathId(p.face, p.glyph, p.variant)
    const known = forms.get(id)
    if (known) return [id, known]
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [-3000, -3000, 6000, 6000], Resources: {} })
    ref.end(`${outlines.pdfOps(p.face, p.glyph, p.variant)}\n${stroked ? 'B' : 'f'}`)
    forms.set(id, ref)
    return [id, ref]
  }
  const paper = PAPER_COLORS[look.style]
  for (const glyphs of pages) {
    doc.addPage()
    doc.save()
    doc.transform(PT_PER_MM, 0, 0, PT_PER_MM, 0, 0)
    drawPaper(doc, g, look)
    doc.lineJoin('round')
    let level = -1
    const xobjects = doc.page.xobjects as Record<string, PDFRef>
    for (const p of glyphs) {
      const l = weightLevel(p.weight)
      if (l !== level) {
        level = l
        const c = inkShade(look.ink, paper, l, look.variation)
        doc.fillColor(c).strokeColor(c)
        if (stroked) doc.addContent(`${f3(strokeUnits(l, look.variation))} w`)
      }
      const [id, ref] = form(p)
      xobjects[id] = ref
      const m = p.m
      doc.addContent(
        `q ${f6(m[0])} ${f6(m[1])} ${f6(m[2])} ${f6(m[3])} ${f3(m[4])} ${f3(m[5])} cm /${id} Do Q`,
      )
    }
    doc.restore()
  }
  doc.end()
  return bytes
}
