// The sentence classifier's features: lower-cased words (texting spellings mapped to the usual ones),
// words after a negation marked as negated until the next punctuation, word pairs, and a few cues
// (who the sentence is about, a question). Pure: the same code runs in the browser and in training.
import { wordCharAt } from '../text/chars.js'

/** A language's words for the classifier's features. */
export interface FeatureWords {
  /** Texting and contracted spellings, read as the usual word ("u" as "you", "dont" as "don't"). */
  spellings: Readonly<Record<string, string>>
  /** Words after which the next words are negated until punctuation ("not", "never"). */
  negators: readonly string[]
  /** The ending of a negated verb ("don't"), also a negator. */
  negationEnding: string
  /** Words of the first and second person: who the sentence is about. */
  firstPerson: readonly string[]
  secondPerson: readonly string[]
}

/** A language's feature words, as sets for the scanner. */
export interface FeatureReader {
  spellings: ReadonlyMap<string, string>
  negators: ReadonlySet<string>
  negationEnding: string
  first: ReadonlySet<string>
  second: ReadonlySet<string>
  /** The same three sets as bits of one number per word (FIRST, SECOND, NEGATOR): one lookup a word. */
  roles: ReadonlyMap<string, number>
}

const FIRST = 1
const SECOND = 2
const NEGATOR = 4

export function featureReader(words: FeatureWords): FeatureReader {
  return {
    spellings: new Map(Object.entries(words.spellings)),
    negators: new Set(words.negators),
    negationEnding: words.negationEnding,
    first: new Set(words.firstPerson),
    second: new Set(words.secondPerson),
    roles: rolesOf(words),
  }
}

function rolesOf(words: FeatureWords): Map<string, number> {
  const roles = new Map<string, number>()
  const add = (list: readonly string[], role: number) => {
    for (const w of list) roles.set(w, (roles.get(w) ?? 0) | role)
  }
  add(words.firstPerson, FIRST)
  add(words.secondPerson, SECOND)
  add(words.negators, NEGATOR)
  return roles
}

/** A word as the features read it: texting and contracted spellings as the usual word. */
export function usualSpelling(reader: FeatureReader, w: string): string {
  return reader.spellings.get(w) ?? w
}

/**
 * A word (letters, digits, inner apostrophes) or a punctuation mark that ends a negation's reach: what
 * `tokenize` reads, as this regex would read it. The scanner below gives the same tokens without
 * running it (a Unicode regex cost a third of the model's time); model.test.ts holds the two equal.
 */
export const TOKEN = /_quote_|[\p{L}\p{N}]+(?:'[\p{L}]+)*|[.,;:!?()—–…]|\s-\s/gu
const DOUBLE_QUOTED = /["“«][^"“”«»]*["”»]/g

/** The words of a sentence: lower-cased, apostrophes straight, quoted speech replaced by one word. */
export function tokenize(sentence: string, reader: FeatureReader): string[] {
  let text = sentence.toLowerCase()
  if (CURLY.test(text)) text = text.replace(CURLY_ALL, "'")
  if (QUOTE_MARK.test(text)) text = text.replace(DOUBLE_QUOTED, ' _quote_ ')
  const out: string[] = []
  const { spellings } = reader
  const end = text.length
  for (let i = 0; i < end; ) {
    const c = text.charCodeAt(i)
    if (c === 95 /* _ */ && text.startsWith('_quote_', i)) {
      out.push(spellings.get('_quote_') ?? '_quote_')
      i += 7
      continue
    }
    let n = wordCharAt(text, i, true)
    if (n > 0) {
      // [\p{L}\p{N}]+, then any number of ' and [\p{L}]+; whether it is all ASCII digits (a number) on the way.
      const start = i
      let digits = true
      while (n > 0) {
        if (digits) {
          const d = text.charCodeAt(i)
          digits = n === 1 && d >= 48 && d <= 57
        }
        i += n
        n = wordCharAt(text, i, true)
      }
      // An apostrophe joins the letters after it (don't, l'amour), never digits.
      while (text.charCodeAt(i) === 39 && wordCharAt(text, i + 1, false) > 0) {
        digits = false
        i += 1
        for (n = wordCharAt(text, i, false); n > 0; n = wordCharAt(text, i, false)) i += n
      }
      const w = digits ? '_num_' : text.slice(start, i)
      out.push(spellings.get(w) ?? w)
      continue
    }
    if (PUNCT_CODES.has(c)) {
      const p = text[i] as string
      out.push(spellings.get(p) ?? p)
      i++
      continue
    }
    if (text.charCodeAt(i + 1) === 45 /* - */ && isSpace(c) && isSpace(text.charCodeAt(i + 2))) {
      out.push(spellings.get('—') ?? '—') // a spaced hyphen is a dash
      i += 3
      continue
    }
    i++
  }
  return out
}

const SPACE = /^\s$/u

function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true
  return c > 127 && !Number.isNaN(c) && SPACE.test(String.fromCharCode(c))
}

const CURLY = /[‘’ʼ`´]/
const CURLY_ALL = /[‘’ʼ`´]/g
const QUOTE_MARK = /["“«]/
const PUNCT = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '—', '–', '…'])
const PUNCT_CODES = new Set([...PUNCT].map((p) => p.charCodeAt(0)))

/** Receives a sentence's features: single ones, and word pairs (as "previous word"). */
export interface FeatureSink {
  one(feature: string): void
  pair(previous: string, word: string): void
}

/**
 * Visits the sentence's features in order (a feature may come more than once): the one definition of
 * them, which `features` spells out for training and the model looks up without building the pairs.
 * `prefixes`: also the first five letters of longer words, which carry a stem across its forms
 * (sacrifice, sacrificed).
 */
export function visitFeatures(
  sentence: string,
  reader: FeatureReader,
  prefixes: boolean,
  sink: FeatureSink,
): void {
  const words = tokenize(sentence, reader)
  let negated = false
  let previous = '<s>'
  let first = 0
  let second = 0
  for (const w of words) {
    if (w.length === 1 && PUNCT.has(w)) {
      negated = false
      if (w === '?') sink.one('_question_')
      previous = w === ',' ? ',' : '<p>'
      continue
    }
    const role = reader.roles.get(w) ?? 0
    if ((role & FIRST) !== 0) first++
    if ((role & SECOND) !== 0) second++
    sink.one(negated ? `!${w}` : w)
    sink.pair(previous, w)
    if (prefixes && w.length > 6) sink.one(`${w.slice(0, 5)}~`)
    if ((role & NEGATOR) !== 0 || w.endsWith(reader.negationEnding)) negated = true
    previous = w
  }
  if (first > 0) sink.one(second > 0 ? '_i_you_' : '_i_')
  else if (second > 0) sink.one('_you_')
}

/** The sentence's features, each once, a pair written "previous word". */
export function features(sentence: string, reader: FeatureReader, prefixes = false): string[] {
  const out = new Set<string>()
  visitFeatures(sentence, reader, prefixes, {
    one: (f) => out.add(f),
    pair: (previous, w) => out.add(`${previous} ${w}`),
  })
  return [...out]
}
