// Paper and handwriting-size geometry, shared by the coach's page estimate and the handwriting renderer,
// so that "fits one page" means the same thing everywhere.

export const PAPERS = ['a4', 'letter', 'a5'] as const
export type Paper = (typeof PAPERS)[number]

export const HAND_SIZES = ['small', 'medium', 'large'] as const
export type HandSize = (typeof HAND_SIZES)[number]

export interface PaperSpec {
  label: string
  /** Page size in millimetres. */
  widthMm: number
  heightMm: number
  /** Margins in millimetres: a handwritten letter keeps generous ones. */
  marginMm: { top: number; right: number; bottom: number; left: number }
}

export const PAPER_SPECS: Record<Paper, PaperSpec> = {
  a4: { label: 'A4', widthMm: 210, heightMm: 297, marginMm: { top: 25, right: 20, bottom: 22, left: 25 } },
  letter: {
    label: 'US Letter',
    widthMm: 215.9,
    heightMm: 279.4,
    marginMm: { top: 25, right: 20, bottom: 22, left: 25 },
  },
  a5: { label: 'A5', widthMm: 148, heightMm: 210, marginMm: { top: 18, right: 14, bottom: 16, left: 18 } },
}

export interface HandSizeSpec {
  /** Distance between two handwritten lines (the ruling of a notebook is 8–9 mm). */
  lineSpacingMm: number
  /**
   * Average advance of one character, spaces and punctuation included. Measured on ordinary
   * adult cursive: about 10 words of 5.5 characters on a 160 mm line at medium size.
   */
  charWidthMm: number
}

export const HAND_SIZE_SPECS: Record<HandSize, HandSizeSpec> = {
  small: { lineSpacingMm: 7.5, charWidthMm: 2.4 },
  medium: { lineSpacingMm: 9, charWidthMm: 2.85 },
  large: { lineSpacingMm: 11, charWidthMm: 3.5 },
}

/** How a page is used: lines available and characters per line for a paper and hand size. */
export function pageCapacity(paper: Paper, size: HandSize): { linesPerPage: number; charsPerLine: number } {
  const p = PAPER_SPECS[paper]
  const h = HAND_SIZE_SPECS[size]
  const usableWidth = p.widthMm - p.marginMm.left - p.marginMm.right
  const usableHeight = p.heightMm - p.marginMm.top - p.marginMm.bottom
  return {
    linesPerPage: Math.floor(usableHeight / h.lineSpacingMm),
    charsPerLine: Math.floor(usableWidth / h.charWidthMm),
  }
}
