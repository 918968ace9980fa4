// Line breaking and pagination on the real widths of the words, with no variation: the handwritten page
// and the copy sheet share these line breaks. Pure: widths come from a `measure` function.
import type { HandSize, Paper } from '../coach/paper.js'
import { HAND_SIZE_SPECS, PAPER_SPECS, pageCapacity } from '../coach/paper.js'
import { type Letter, type Role, wordsIn } from './text.js'

export interface PageGeometry {
  paper: Paper
  size: HandSize
  widthMm: number
  heightMm: number
  margin: { top: number; right: number; bottom: number; left: number }
  usableWidth: number
  lineSpacing: number
  linesPerPage: number
  /** First-line indent of a body paragraph. */
  indent: number
  /** Where the signature block starts, from the left margin. */
  signatureX: number
}

export function pageGeometry(paper: Paper, size: HandSize): PageGeometry {
  const p = PAPER_SPECS[paper]
  const h = HAND_SIZE_SPECS[size]
  const usableWidth = p.widthMm - p.marginMm.left - p.marginMm.right
  return {
    paper,
    size,
    widthMm: p.widthMm,
    heightMm: p.heightMm,
    margin: { ...p.marginMm },
    usableWidth,
    lineSpacing: h.lineSpacingMm,
    linesPerPage: pageCapacity(paper, size).linesPerPage,
    indent: h.charWidthMm * 3,
    signatureX: usableWidth * 0.52,
  }
}

/** Baseline of row `row` on a page, in mm from the top edge. */
export function baselineY(g: PageGeometry, row: number): number {
  return g.margin.top + (row + 0.78) * g.lineSpacing
}

export interface LaidWord {
  text: string
  /** Offset from the start of the line, in mm, with the nominal (unvaried) widths. */
  x: number
  width: number
}

export interface LaidLine {
  page: number
  /** Row on its page (0 = first ruled line). */
  row: number
  role: Role
  /** Start of the line from the left margin, in mm (indent, or the signature's offset). */
  x: number
  words: LaidWord[]
  /** Nominal width of the line's ink, in mm. */
  width: number
}

export interface Layout {
  lines: LaidLine[]
  pages: number
  fitsOnePage: boolean
  /** Words that spill past the first page (one page is the rule). */
  overflowWords: number
  wordCount: number
  linesPerPage: number
}

export interface Measure {
  /** Width of a word in mm. */
  word(text: string): number
  /** Width of the space between two words, in mm. */
  space: number
}

/** Greedy word wrap of each source line, then pagination: the salutation alone at the top left, a blank
 * row after it, paragraphs indented, a blank row before the signature block, which sits toward the right. */
export function layoutLetter(letter: Letter, g: PageGeometry, m: Measure): Layout {
  const rows: (Omit<LaidLine, 'page' | 'row'> | null)[] = []
  const sig = letter.lines.filter((l) => l.role === 'signature')
  letter.lines.forEach((src, i) => {
    const prev = letter.lines[i - 1]
    if (src.role === 'signature' && prev && prev.role !== 'signature') rows.push(null)
    const start =
      src.role === 'signature' ? g.signatureX : src.role === 'body' && src.paragraphStart ? g.indent : 0
    const wrapped = wrap(src.words, g.usableWidth, start, m)
    wrapped.forEach((words, k) => {
      const width = words.length
        ? (words[words.length - 1] as LaidWord).x + (words[words.length - 1] as LaidWord).width
        : 0
      let x = k === 0 ? start : 0
      if (src.role === 'signature') x = Math.max(0, Math.min(g.signatureX, g.usableWidth - width))
      rows.push({ role: src.role, x, words, width })
    })
    if (src.role === 'salutation') rows.push(null)
  })
  // Pagination. Blank rows never open a page; the signature block is not split from its closing.
  const lines: LaidLine[] = []
  let page = 0
  let row = 0
  const sigRows = rows.filter((r) => r?.role === 'signature').length
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    if (r === null || r === undefined) {
      if (row > 0) row++
      if (row >= g.linesPerPage) {
        page++
        row = 0
      }
      continue
    }
    const firstSig = r.role === 'signature' && rows[i - 1]?.role !== 'signature'
    if (row >= g.linesPerPage || (firstSig && row > 0 && row + sigRows > g.linesPerPage && sig.length > 0)) {
      page++
      row = 0
    }
    lines.push({ ...r, page, row })
    row++
  }
  const pages = lines.length ? (lines[lines.length - 1] as LaidLine).page + 1 : 1
  let overflowWords = 0
  for (const l of lines) if (l.page > 0) for (const w of l.words) overflowWords += wordsIn(w.text)
  return {
    lines,
    pages,
    fitsOnePage: pages === 1,
    overflowWords,
    wordCount: letter.wordCount,
    linesPerPage: g.linesPerPage,
  }
}

/** Fills lines of `width` mm (the first starting at `start`) with words; a word too long for a line is cut. */
function wrap(words: string[], width: number, start: number, m: Measure): LaidWord[][] {
  const out: LaidWord[][] = []
  let line: LaidWord[] = []
  let x = 0
  let avail = width - start
  const push = () => {
    out.push(line)
    line = []
    x = 0
    avail = width
  }
  for (const text of words) {
    const w = m.word(text)
    const at = line.length === 0 ? 0 : x + m.space
    if (at + w <= avail || line.length === 0) {
      if (w > avail && line.length === 0) {
        // A word longer than a line: cut it where it overflows, never drop a character.
        for (const piece of cut(text, avail, width, m)) {
          if (line.length) push()
          line.push({ text: piece, x: 0, width: m.word(piece) })
          x = m.word(piece)
        }
        continue
      }
      line.push({ text, x: at, width: w })
      x = at + w
    } else {
      push()
      line.push({ text, x: 0, width: w })
      x = w
    }
  }
  if (line.length || out.length === 0) out.push(line)
  return out
}

function cut(text: string, first: number, width: number, m: Measure): string[] {
  const chars = [...text]
  const pieces: string[] = []
  let avail = first
  let piece = ''
  for (const ch of chars) {
    if (piece !== '' && m.word(piece + ch) > avail) {
      pieces.push(piece)
      piece = ''
      avail = width
    }
    piece += ch
  }
  if (piece) pieces.push(piece)
  return pieces
}
