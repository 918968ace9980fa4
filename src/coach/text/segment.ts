// Splits a letter into paragraphs and sentences, keeping UTF-16 offsets into the text.

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

/**
 * Where a sentence may end: terminal punctuation, closing quotes or brackets, then a space. Written
 * by hand rather than with Intl.Segmenter, which costs more than all the rules together on a letter
 * (and is superlinear on long text in Node 20), and which never ends a sentence before a lower-case
 * word, as texting writes them ("that was unfair. i know").
 */
const BOUNDARY = /([.!?…]+)["'”’»)\]]*(?=\s+(\S?))/g

/** Words after which a full stop is not the end of a sentence. */
const ABBREVIATION =
  /(?:^|[\s("“‘])(?:mr|mrs|ms|mx|dr|st|prof|sr|jr|vs|etc|e\.g|i\.e|approx|dept|mt|no|ft|[a-z])$/i

/** "u", "x" and "k" written small are words in texting ("miss u. i miss our…"), not initials. */
const TEXTING_WORD = /(?:^|[\s("“‘])[uxk]$/

/** Splits one line into sentence spans (untrimmed; the caller trims). */
function sentenceSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = []
  const line = text.slice(from, to)
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const marks = m[1] as string
    const next = m[2] ?? ''
    if (!marks.includes('!') && !marks.includes('?')) {
      const before = line.slice(Math.max(0, m.index - 8), m.index)
      // "Dr. Lee", "e.g. this": not an end. "so... maybe": a pause, not an end.
      if (marks === '.' && ABBREVIATION.test(before) && !TEXTING_WORD.test(before)) continue
      if ((marks.length > 1 || marks === '…') && /\p{Ll}/u.test(next)) continue
    }
    const end = m.index + m[0].length
    spans.push({ from: from + start, to: from + end })
    start = end
  }
  if (start < line.length) spans.push({ from: from + start, to })
  return spans
}

/** The letter's non-blank lines, trimmed: `segment`'s lines, without reading their sentences. */
export function lineSpans(text: string): Span[] {
  const lines: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const trimmed = trimSpan(text, start, end)
    if (trimmed) lines.push(trimmed)
    start = end + 1
  }
  return lines
}

export function segment(text: string): Segmented {
  const lines = lineSpans(text)
  return { lines, sentences: sentencesOf(text, lines) }
}

/**
 * The sentences of the given lines (their indexes in `lines`, in order; all of them by default), as
 * `segment` reads them: a letter re-read after a keystroke needs only the lines it has not seen.
 */
export function sentencesOf(
  text: string,
  lines: readonly Span[],
  which: Iterable<number> = lines.keys(),
): Sentence[] {
  const sentences: Sentence[] = []
  for (const line of which) {
    const trimmed = lines[line] as Span
    for (const raw of sentenceSpans(text, trimmed.from, trimmed.to)) {
      const span = trimSpan(text, raw.from, raw.to)
      if (!span) continue
      const previous = sentences.at(-1)
      if (previous && previous.line === line && !HAS_WORD.test(text.slice(span.from, span.to))) {
        // An emoji or a lone "!!" after a sentence belongs to it.
        previous.to = span.to
        previous.question = endsWithQuestion(text, previous)
      } else sentences.push({ from: span.from, to: span.to, line, question: endsWithQuestion(text, span) })
    }
  }
  return sentences
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
  const from = Math.max(s.from, s.to - 24)
  // Most sentences hold no question mark near their end: skip the Unicode regex for them.
  let k = s.to - 1
  while (k >= from && text.charCodeAt(k) !== 63) k-- // '?'
  return k >= from && QUESTION_END.test(text.slice(from, s.to))
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const LETTER = /^\p{L}$/u

/**
 * The length (UTF-16 units) of the letter, or with `digits` the letter or digit, at k; 0 if there is
 * none (or k is past the end). ASCII by comparison; the rest (rare in a letter) by a Unicode regex on
 * the character. Word counting here and the classifier's tokenizer both read words with it.
 */
export function wordCharAt(text: string, k: number, digits = true): number {
  const c = text.charCodeAt(k)
  if (Number.isNaN(c)) return 0
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xdc00 && c <= 0xdfff) return 0 // the second half of a pair, read with the first
  const ch = String.fromCodePoint(text.codePointAt(k) as number)
  return (digits ? LETTER_OR_DIGIT : LETTER).test(ch) ? ch.length : 0
}

/**
 * Words: a run of letters and digits, then any number of apostrophe-and-letters parts ("don't",
 * "l’amour"); as the regex /[\p{L}\p{N}]+(?:['’]\p{L}+)*\/gu counts them, without running it.
 */
export function countWords(text: string): number {
  let n = 0
  // 0: outside a word; 1: in its letters and digits; 2: in a part after an apostrophe (letters only).
  let state = 0
  for (let k = 0; k < text.length; ) {
    const more = state === 0 ? 0 : wordCharAt(text, k, state === 1)
    if (more > 0) {
      k += more
      continue
    }
    const c = text.charCodeAt(k)
    if (state !== 0 && (c === 39 || c === 0x2019) && wordCharAt(text, k + 1, false) > 0) {
      state = 2
      k++
      continue
    }
    const start = wordCharAt(text, k)
    if (start > 0) {
      n++
      state = 1
      k += start
      continue
    }
    state = 0
    k++
  }
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
