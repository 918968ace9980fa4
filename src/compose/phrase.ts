// The writer's own phrases, lightly adjusted so they sit in a sentence: capitalization, the pronoun "I",
// end punctuation, and the tense of a shared memory. Their words are never replaced: "you" stays
// "you", "I" stays "I", and nothing is reworded.

import { segment } from '../coach/text/segment.js'

/** How an answer reads, which decides the frame it is set in. */
export type Shape =
  /** A full clause with its own subject ("I was cold", "we drifted"). */
  | 'clause'
  /** Starts with a verb in -ing ("being jealous"). */
  | 'gerund'
  /** Starts with a bare verb ("see a counselor"). */
  | 'verb'
  /** A noun or adjective phrase ("my jealousy", "sad and a bit lost"). */
  | 'fragment'

export interface Phrase {
  /** The answer, tidied: whitespace collapsed, "i" → "I". */
  text: string
  /** Its sentences, in order (tidied, trimmed). */
  sentences: string[]
  shape: Shape
}

const SUBJECTS = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'im',
  'ive',
  'we',
  "we're",
  "we've",
  "we'd",
  'you',
  "you're",
  "you've",
  'it',
  "it's",
  'there',
  "there's",
  'they',
  "they're",
  'he',
  'she',
  'that',
  'this',
  'everything',
  'nothing',
  'our',
  'my',
])

/** Words that begin a clause only when a verb follows: "my job took over" vs "my jealousy". */
const POSSESSIVE_STARTS = new Set(['our', 'my', 'that', 'this', 'everything', 'nothing'])

const COMMON_VERBS = new Set([
  'be',
  'book',
  'call',
  'come',
  'do',
  'find',
  'get',
  'give',
  'go',
  'have',
  'join',
  'keep',
  'learn',
  'leave',
  'listen',
  'look',
  'make',
  'meet',
  'move',
  'plan',
  'put',
  'read',
  'see',
  'set',
  'share',
  'spend',
  'start',
  'stop',
  'take',
  'talk',
  'tell',
  'try',
  'visit',
  'walk',
  'work',
  'write',
])

/** Words that begin with a capital only because they begin the answer. */
const LOWERABLE = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'we',
  "we're",
  "we've",
  "we'd",
  'you',
  "you're",
  "you've",
  'it',
  "it's",
  'there',
  "there's",
  'they',
  "they're",
  'he',
  'she',
  'that',
  'this',
  'these',
  'those',
  'when',
  'how',
  'being',
  'not',
  'all',
  'every',
  'each',
  'some',
  'sad',
  'so',
  'very',
  'still',
  'mostly',
  'everything',
  'nothing',
  'lost',
  'lonely',
  'tired',
  'grateful',
  'at',
  'in',
  'on',
  'after',
  'before',
  'during',
  'since',
  'for',
  'with',
  'from',
  'one',
  'two',
  'three',
  'last',
  'then',
  'once',
  'until',
  'because',
  'ever',
  'by',
])

/** Collapses whitespace, straightens nothing, and writes the pronoun "I" as a capital. */
export function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[^\p{L}\p{N}'’])i(?=(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}]))/gu, '$1I')
    .replace(/(^|[^\p{L}\p{N}])im(?![\p{L}\p{N}'’])/gu, "$1I'm")
}

/** The sentences of an answer, split as the coach splits a letter (one splitter for the whole project). */
export function splitSentences(s: string): string[] {
  return segment(s, 'en').sentences.map((x) => s.slice(x.from, x.to))
}

function firstWord(s: string): string {
  return (s.match(/^[\p{L}'’]+/u)?.[0] ?? '').toLowerCase().replace(/’/g, "'")
}

const NOT_GERUND = new Set([
  'during',
  'nothing',
  'something',
  'anything',
  'everything',
  'morning',
  'evening',
  'spring',
  'thing',
  'wedding',
  'building',
  'string',
  'ceiling',
  'darling',
  'according',
])
const ADVERBIAL_START = new Set([
  'at',
  'in',
  'on',
  'after',
  'before',
  'during',
  'since',
  'for',
  'from',
  'with',
  'one',
  'two',
  'three',
  'four',
  'five',
  'last',
  'then',
  'once',
  'until',
  'because',
  'every',
  'each',
  'yesterday',
  'lately',
  'sometimes',
  'back',
  'over',
  'by',
  'so',
  'but',
  'and',
])
const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'his', 'her', 'their', 'these', 'those'])
/** Noun clauses: "how you stay calm", "when we …": they read as a noun after "I admire", "I remember". */
const NOUN_CLAUSE = new Set(['how', 'what', 'when', 'where', 'why', 'who', 'whenever'])
const PRONOUN = /^(?:i|we|you|he|she|they|it)$/
/** A subject pronoun followed by a word, anywhere: "In January I found …", "Two years, and we spoke …". */
const SUBJECT_THEN_WORD = /(?:^|[\s,;])(?:I|we|you|he|she|they)\s+(?!and\b|or\b|both\b|too\b)\p{L}+/u

function words(s: string): string[] {
  return (
    s
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}']+/gu) ?? []
  )
}

/** "the visits got rarer" is a clause; "the night we missed the train" is a noun phrase. */
function determinerClause(s: string): boolean {
  const ws = words(s).slice(1, 4)
  for (const w of ws) {
    if (PRONOUN.test(w)) return false
    if (CLAUSE_VERB_WORD.test(w)) return true
  }
  return false
}

const CLAUSE_VERB_WORD =
  /^(?:was|were|is|are|had|has|got|became|took|made|fell|kept|grew|went|came|stopped|started|ended|changed|felt|seemed|left|broke|turned)$/

export function shapeOf(s: string): Shape {
  const w = firstWord(s)
  if (SUBJECTS.has(w)) {
    if (!POSSESSIVE_STARTS.has(w) || determinerClause(s)) return 'clause'
    return 'fragment'
  }
  if (DETERMINERS.has(w)) return determinerClause(s) ? 'clause' : 'fragment'
  if (NOUN_CLAUSE.has(w)) return 'fragment'
  if (/^[\p{L}]+ing$/u.test(w) && w.length > 4 && !NOT_GERUND.has(w)) return 'gerund'
  if (COMMON_VERBS.has(w)) return 'verb'
  // An adverbial first ("At the wedding I got jealous", "One Tuesday your things were gone"). An answer
  // that starts with an adjective ("ashamed, and sad that it ended") stays a fragment: "I feel …".
  if (ADVERBIAL_START.has(w) && (SUBJECT_THEN_WORD.test(s) || words(s).some((x) => CLAUSE_VERB_WORD.test(x))))
    return 'clause'
  return 'fragment'
}

export function phrase(answer: string): Phrase {
  const text = tidy(answer)
  const sentences = splitSentences(text)
  return { text, sentences, shape: shapeOf(text) }
}

/** As a sentence of its own: a capital first letter and end punctuation. */
export function asSentence(s: string): string {
  let t = s
    .trim()
    .replace(/[,;:\-–—]+$/u, '')
    .trim()
  t = t.charAt(0).toUpperCase() + t.slice(1)
  if (!/[.!?…]["'”’)]*$/u.test(t)) t += '.'
  return t
}

/** Sentences joined, each with a capital and end punctuation. */
export function asSentences(sentences: readonly string[]): string {
  return sentences.map(asSentence).join(' ')
}

/** Inside a sentence: no end punctuation, and a lowercase first letter unless it is "I" or a name. */
export function asInner(s: string): string {
  let t = s
    .trim()
    .replace(/[.!…,;:]+$/u, '')
    .trim()
  const w = firstWord(t)
  if (LOWERABLE.has(w) && /^\p{Lu}/u.test(t) && !/^\p{Lu}{2}/u.test(t))
    t = t.charAt(0).toLowerCase() + t.slice(1)
  return t
}

/** A single sentence that ends like a statement: safe to embed in a frame. */
export function embeddable(p: Phrase): boolean {
  return p.sentences.length === 1 && !/[?]["'”’)]*$/u.test(p.text)
}

const PAST: Record<string, string> = {
  go: 'went',
  walk: 'walked',
  dance: 'danced',
  cook: 'cooked',
  have: 'had',
  take: 'took',
  get: 'got',
  spend: 'spent',
  watch: 'watched',
  drive: 'drove',
  make: 'made',
  sit: 'sat',
  swim: 'swam',
  read: 'read',
  laugh: 'laughed',
  talk: 'talked',
  stay: 'stayed',
  run: 'ran',
  eat: 'ate',
  sing: 'sang',
  play: 'played',
  meet: 'met',
  see: 'saw',
  find: 'found',
  are: 'were',
  am: 'was',
  is: 'was',
  fall: 'fell',
  climb: 'climbed',
  camp: 'camped',
  travel: 'travelled',
  paint: 'painted',
  build: 'built',
}

/**
 * A memory told in the present ("we go to the market on Sundays") put in the past so that it reads
 * after "I remember when …"; a memory already in the past is left alone.
 */
export function toPast(clause: string): string {
  return clause.replace(
    /^((?:we|I|you and I)\s+(?:(?:\p{L}+ly|often|always|sometimes|usually)\s+)?)(\p{L}+)\b/iu,
    (all, head: string, verb: string) => {
      const past = PAST[verb.toLowerCase()]
      return past ? `${head}${past}` : all
    },
  )
}

/** Whether an answer already says what a frame would add ("I miss …" needs no "I miss"). */
export function startsWithAny(s: string, starts: readonly string[]): boolean {
  const t = s.toLowerCase().replace(/’/g, "'")
  return starts.some((x) => t.startsWith(x))
}
