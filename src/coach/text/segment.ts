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

const HAS_WORD = /[\p{L}\p{N}]/u

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
          if (!span) continue
          const previous = sentences.at(-1)
          if (previous && previous.line === line && !HAS_WORD.test(text.slice(span.from, span.to))) {
            // An emoji or a lone "!!" after a sentence belongs to it.
            previous.to = span.to
            previous.question = endsWithQuestion(text, previous)
          } else sentences.push({ ...span, line, question: endsWithQuestion(text, span) })
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

/** A question mark followed only by closing quotes, brackets or emoji still makes a question. */
const QUESTION_END = /\?(?:[\s"'”’»)\]]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)*$/u

function endsWithQuestion(text: string, s: Span): boolean {
  return QUESTION_END.test(text.slice(Math.max(s.from, s.to - 24), s.to))
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
