// Turns the letter's text into what a writer puts on paper: a salutation, paragraphs of lines of words,
// and a signature block. Pure: no fonts, no geometry.

export type Role = 'salutation' | 'body' | 'signature'

/** A run of text the writer keeps on one line: a source line of the letter, split into words. */
export interface SourceLine {
  role: Role
  words: string[]
  /** First line of a paragraph (indented in the body). */
  paragraphStart: boolean
}

export interface Letter {
  lines: SourceLine[]
  /** Words in the whole letter. */
  wordCount: number
}

/** Spaces a writer leaves between words; the no-break ones glue (French « … », 10 h). */
const BREAKING_SPACE = /[ \t\u2000-\u200a\u205f\u3000]+/
/** Invisible or control characters that have no place on paper (tabs and newlines are kept). */
function isInvisible(cp: number): boolean {
  return (
    (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
    cp === 0x7f ||
    cp === 0xad ||
    (cp >= 0x200b && cp <= 0x200d) ||
    cp === 0x2060 ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  )
}
/** Tokens that must not start a line: they attach to the word before. */
const CLOSER = /^[.,;:!?…»›)\]}”’%]+$/u
/** Tokens that must not end a line: they attach to the word after. */
const OPENER = /^[«‹([{“‘]+$/u

/** NFC, Unix newlines, no control characters. */
export function normalizeText(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) if (!isInvisible(ch.codePointAt(0) as number)) out += ch
  return out.replace(/\r\n?/g, '\n').replace(/\u2028|\u2029/g, '\n')
}

export function splitWords(line: string): string[] {
  const raw = line.split(BREAKING_SPACE).filter((w) => w !== '')
  const words: string[] = []
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i] as string
    if (CLOSER.test(w) && words.length > 0) {
      // "mot !" typed with an ordinary space: keep the mark with its word, with a no-break space.
      words[words.length - 1] = `${words[words.length - 1]}\u00a0${w}`
    } else if (OPENER.test(w) && i + 1 < raw.length) {
      raw[i + 1] = `${w}\u00a0${raw[i + 1]}`
    } else {
      words.push(w)
    }
  }
  return words
}

const SENTENCE_END = /[.?!…:;]["'”’»)]*$/u

function isShort(words: string[], maxWords: number, maxChars: number): boolean {
  return words.length > 0 && words.length <= maxWords && words.join(' ').length <= maxChars
}

/** "Dear Sam," "Mon amour," "Salut Léa !" — a short first line that opens the letter. */
function looksLikeSalutation(words: string[]): boolean {
  if (!isShort(words, 7, 48)) return false
  const line = words.join(' ')
  return /[,:!]$/.test(line) || !/[.?…;]$/.test(line)
}

/** "Alex", "— Alex", "Ton Sam", "Love, Alex": a short last line that does not end a sentence. */
function looksLikeName(words: string[]): boolean {
  return isShort(words, 5, 40) && !SENTENCE_END.test(words.join(' '))
}

/** "With love," "Je t'embrasse," "Bisous": a short closing line just above the name. */
function looksLikeClosing(words: string[]): boolean {
  const line = words.join(' ')
  return isShort(words, 7, 48) && (/[,!]$/.test(line) || (words.length <= 4 && !SENTENCE_END.test(line)))
}

/** Parses the letter: paragraphs are separated by blank lines; a single newline is a forced line break. */
export function parseLetter(text: string): Letter {
  const paragraphs = normalizeText(text)
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map(splitWords)
        .filter((w) => w.length > 0),
    )
    .filter((p) => p.length > 0)

  const lines: SourceLine[] = []
  for (const p of paragraphs) {
    p.forEach((words, i) => {
      lines.push({ role: 'body', words, paragraphStart: i === 0 })
    })
  }
  const first = lines[0]
  if (first && lines.length > 1 && looksLikeSalutation(first.words)) {
    first.role = 'salutation'
    const next = lines[1]
    if (next) next.paragraphStart = true
  }
  // The signature: a name line at the very end, with up to two closing lines above it.
  const firstBody = lines.findIndex((l) => l.role === 'body')
  const last = lines.length - 1
  if (firstBody >= 0 && last > firstBody && looksLikeName((lines[last] as SourceLine).words)) {
    let start = last
    while (
      start - 1 > firstBody &&
      last - start < 2 &&
      looksLikeClosing((lines[start - 1] as SourceLine).words)
    ) {
      start--
    }
    for (let i = start; i <= last; i++) (lines[i] as SourceLine).role = 'signature'
  }
  const wordCount = lines.reduce((n, l) => n + l.words.reduce((m, w) => m + wordsIn(w), 0), 0)
  return { lines, wordCount }
}

/** How many words a token holds: its parts glued by no-break spaces that have a letter or digit. */
export function wordsIn(token: string): number {
  let n = 0
  for (const part of token.split(/[\u00a0\u202f]/)) if (/[\p{L}\p{N}]/u.test(part)) n++
  return n
}
