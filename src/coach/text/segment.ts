// Splits a letter into paragraphs and sentences, keeping UTF-16 offsets into the text. The words that
// decide where a sentence does not end ("Dr.", texting's "u.") are the language's (lexicon/).

import { readingFor } from '../lexicon/index.js'
import type { Language } from '../report.js'
import { wordCharAt } from './chars.js'
import type { SentenceEnds } from './sentence-ends.js'

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

/** Splits one line into sentence spans (untrimmed; the caller trims). */
function sentenceSpans(text: string, from: number, to: number, ends: SentenceEnds): Span[] {
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
      if (marks === '.' && ends.abbreviation.test(before) && !ends.textingWord.test(before)) continue
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

export function segment(text: string, language: Language): Segmented {
  const lines = lineSpans(text)
  return { lines, sentences: sentencesOf(text, lines, language) }
}

/**
 * The sentences of the given lines (their indexes in `lines`, in order; all of them by default), as
 * `segment` reads them: a letter re-read after a keystroke needs only the lines it has not seen.
 */
export function sentencesOf(
  text: string,
  lines: readonly Span[],
  language: Language,
  which: Iterable<number> = lines.keys(),
): Sentence[] {
  const { sentenceEnds: ends } = readingFor(language)
  const sentences: Sentence[] = []
  for (const line of which) {
    const trimmed = lines[line] as Span
    for (const raw of sentenceSpans(text, trimmed.from, trimmed.to, ends)) {
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
