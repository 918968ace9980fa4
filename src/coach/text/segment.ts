// Splits a letter into paragraphs and sentences, keeping UTF-16 offsets into the text.
// Intl.Segmenter is superlinear on long text in Node 20, so it runs line by line.

export interface Span {
  from: number
  to: number
}

export interface Sentence extends Span {
  /** Index of the line (paragraph) it belongs to. */
  line: number
  /** Ends with a question mark. */
  question: boolean
}

export interface Segmented {
  /** Non-blank lines: in a letter every line break starts a new line of writing. */
  lines: Span[]
  sentences: Sentence[]
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Longest stretch handed to the segmenter at once; longer lines are cut at the last space. */
const MAX_CHUNK = 2000

export function segment(text: string): Segmented {
  const lines: Span[] = []
  const sentences: Sentence[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const trimmed = trimSpan(text, start, end)
    if (trimmed) {
      const line = lines.length
      lines.push(trimmed)
      for (let chunk = trimmed.from; chunk < trimmed.to; ) {
        let chunkEnd = Math.min(trimmed.to, chunk + MAX_CHUNK)
        if (chunkEnd < trimmed.to) {
          const space = text.lastIndexOf(' ', chunkEnd)
          if (space > chunk) chunkEnd = space
        }
        for (const s of sentenceSegmenter.segment(text.slice(chunk, chunkEnd))) {
          const span = trimSpan(text, chunk + s.index, chunk + s.index + s.segment.length)
          if (span) sentences.push({ ...span, line, question: endsWithQuestion(text, span) })
        }
        chunk = chunkEnd
      }
    }
    start = end + 1
  }
  return { lines, sentences }
}

function trimSpan(text: string, from: number, to: number): Span | undefined {
  while (from < to && isSpace(text.charCodeAt(from))) from++
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--
  return from < to ? { from, to } : undefined
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f
}

function endsWithQuestion(text: string, s: Span): boolean {
  // A question mark followed only by closing quotes, brackets or emoji still makes a question.
  for (let i = s.to - 1; i >= s.from; i--) {
    const ch = text[i] as string
    if (ch === '?') return true
    if (
      !/["'”’»)\]\p{Extended_Pictographic}\uFE0F\u200D]/u.test(ch) &&
      !/[\uDC00-\uDFFF\uD800-\uDBFF]/.test(ch)
    )
      return false
  }
  return false
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu

export function countWords(text: string): number {
  let n = 0
  WORD.lastIndex = 0
  while (WORD.exec(text)) n++
  return n
}

/** Spans of text between double quotes (straight, curly or guillemets) in a sentence: reported speech. */
export function quotedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = []
  let open = -1
  let closeChar = ''
  for (let i = from; i < to; i++) {
    const ch = text[i]
    if (open === -1) {
      if (ch === '"' || ch === '“' || ch === '«') {
        open = i
        closeChar = ch === '“' ? '”' : ch === '«' ? '»' : '"'
      }
    } else if (ch === closeChar) {
      spans.push({ from: open, to: i + 1 })
      open = -1
    }
  }
  return spans
}
