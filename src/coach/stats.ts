// Length figures for a letter, and how many handwritten pages it will take.
import { type HandSize, type Paper, pageCapacity } from './paper.js'
import type { PageEstimate, Stats } from './report.js'
import type { Segmented, Span } from './text/segment.js'

/**
 * Estimates handwritten pages. Assumptions (see paper.ts for the geometry): each line of the letter
 * (salutation, paragraph, signature) starts a new handwritten line and fills
 * ceil(characters / charsPerLine) lines; a paragraph break costs half a line of space.
 */
export function estimatePages(
  text: string,
  seg: Pick<Segmented, 'lines'>,
  paper: Paper,
  size: HandSize,
): PageEstimate {
  const { linesPerPage, charsPerLine } = pageCapacity(paper, size)
  let lines = 0
  for (const l of seg.lines) lines += Math.ceil((l.to - l.from) / charsPerLine)
  // Blank lines between paragraphs: half a line each (writers leave a small gap or indent).
  const gaps = (text.match(/\n[ \t]*\n\s*(?=\S)/g) ?? []).length
  lines += Math.ceil(gaps / 2)
  const pages = Math.round((lines / linesPerPage) * 10) / 10
  return { paper, size, pages, lines, linesPerPage, charsPerLine, fitsOnePage: lines <= linesPerPage }
}

/** What the statistics count, as the reading of a letter (letter.ts) has them. */
export interface Counted {
  /** The letter's non-blank lines. */
  lines: Span[]
  sentences: number
  /** `countWords` of the letter. */
  words: number
}

export function computeStats(text: string, counted: Counted, paper: Paper, size: HandSize): Stats {
  return {
    characters: text.length,
    words: counted.words,
    sentences: counted.sentences,
    paragraphs: counted.lines.length,
    estimate: estimatePages(text, counted, paper, size),
  }
}
