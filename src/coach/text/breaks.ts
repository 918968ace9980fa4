// Where a clause ends without punctuation: texting style runs sentences together ("i know i messed up
// i shouldnt have said that i miss u"), and a finding's underline must not run on into the next one.
// The logic is here; the words it reads are the language's (lexicon/en/clause-breaks.ts).

import { wordCharAt } from './chars.js'

/** A language's words for reading clause breaks: lower case, apostrophes straight. */
export interface ClauseBreakWords {
  /** Subject pronouns and their contractions: always the start of a clause, never an object. */
  subjects: readonly string[]
  /** Subjects or objects ("you", "u"): a subject when one of `verbsAfterYou` follows. */
  you: readonly string[]
  verbsAfterYou: readonly string[]
  /** Object pronouns: a clause often ends on one ("i love u | i miss u"). */
  objects: readonly string[]
  /** Words that end a clause but never begin one that continues it. */
  clauseEnds: readonly string[]
  /** Particles that end a phrasal verb ("messed up"); a preposition would need an object. */
  particles: readonly string[]
  /** Words spelled as particles that are not one where they stand before it ("deep down"). */
  notParticles: readonly string[]
  /** Laughter and kisses: whatever follows starts afresh. */
  signOffs: readonly string[]
  /** Words after which a clause goes on: conjunctions and words that introduce a clause. */
  goesOn: readonly string[]
  /** After these, an object pronoun is followed by what is told ("told u i would"). */
  tells: readonly string[]
  /** Auxiliaries and copulas: "is it u" is a question or a cleft, not an end. */
  auxiliaries: readonly string[]
  /** Auxiliaries a clause may end on ("i really do"). */
  auxiliaryEnds: readonly string[]
  /** Words before an auxiliary that invert it with its subject ("neither do i"). */
  inverters: readonly string[]
  /** "for u" after a clause ends it; at the start, it is a fronted phrase. */
  prepositions: readonly string[]
  /** Words before an emoji that make it part of the clause ("i ❤️ u"). */
  beforeInlineEmoji: readonly string[]
  /** Words that open a clause leaning on the next one ("if u come back i'll…"). */
  subordinators: readonly string[]
  /** Before a fronted preposition: "thanks to u i…" opens the sentence. */
  beforeFronted: readonly string[]
  /** Verbs that make "i suppose", "i guess" closing a sentence a tag on it, not a new one. */
  tagVerbs: readonly string[]
  /** Verbs after the first person that start a sentence when what they take follows, with what they take. */
  mainVerbs: Readonly<Record<string, readonly string[]>>
  /** Words before "i know…" that do not end a clause (determiners, verbs that take a clause, nouns a relative clause follows). */
  notAnEnd: readonly string[]
  /** The first-person subject that "i know", "i guess" and the tags start with. */
  firstPerson: string
  /** The ending of a verb's progressive form, which a clause does not end on before "i know…". */
  progressiveEnding: string
  /** Where a run-on clause without punctuation is cut, around what matched (engine/run.ts). */
  runOnConjunctions: readonly string[]
  /** Words an underline cut short does not end on ("or I", "it must have"). */
  openEnds: readonly string[]
  /** Articles and possessives: an underline does not end on one, nor on a preposition before one. */
  determiners: readonly string[]
  /** Words that turn a sentence against what came before them: "but", "though" (coach/reproach.ts). */
  turns: readonly string[]
  /** Conjunctions that, before a subject, start a clause of their own ("i took it out on u | but u…"). */
  turnsBeforeClause: readonly string[]
}

/** Whether a clause ends without punctuation before the word that starts at `at`, reading [lo, hi). */
export type UnpunctuatedBreak = (text: string, at: number, lo: number, hi: number) => boolean

/** Where an underline ending at `to` ends once it no longer hangs on an open word, reading up to `hi`. */
export type ClosedEnd = (text: string, to: number, hi: number) => number

/** A language's clause-break words as sets, and what they let the scanner rule out at a glance. */
interface BreakSets {
  openEnd: ReadonlySet<string>
  determiner: ReadonlySet<string>
  subject: ReadonlySet<string>
  you: ReadonlySet<string>
  verbAfterYou: ReadonlySet<string>
  object: ReadonlySet<string>
  clauseEnd: ReadonlySet<string>
  particle: ReadonlySet<string>
  notParticle: ReadonlySet<string>
  signOff: ReadonlySet<string>
  goesOn: ReadonlySet<string>
  tells: ReadonlySet<string>
  aux: ReadonlySet<string>
  auxEnd: ReadonlySet<string>
  inverts: ReadonlySet<string>
  preposition: ReadonlySet<string>
  beforeInlineEmoji: ReadonlySet<string>
  subordinator: ReadonlySet<string>
  beforeFronted: ReadonlySet<string>
  tagVerb: ReadonlySet<string>
  mainVerb: ReadonlyMap<string, ReadonlySet<string>>
  notAnEnd: ReadonlySet<string>
  firstPerson: string
  progressiveEnding: string
  turnBeforeClause: ReadonlySet<string>
  /** Lower-cased first letters of the words a break may come before (subjects, "you", turns). */
  starts: ReadonlySet<number>
  /** Lower-cased last letters of the sign-offs. */
  signOffEnds: ReadonlySet<number>
  /**
   * The subjects, "you" words and turns that are plain ASCII letters, at most PLAIN_WORD long, as
   * numbers (`plainKey`): a word the break test would read is known not to be one of them without
   * being made a string.
   */
  plainStarts: ReadonlySet<number>
}

/** Each language's sets, built once: the break test and the closed end read the same ones. */
const SETS = new WeakMap<ClauseBreakWords, BreakSets>()

function setsOf(w: ClauseBreakWords): BreakSets {
  let sets = SETS.get(w)
  if (!sets) {
    sets = buildSets(w)
    SETS.set(w, sets)
  }
  return sets
}

function buildSets(w: ClauseBreakWords): BreakSets {
  const letterCodes = (words: readonly string[], at: (word: string) => string) =>
    new Set(words.map((word) => at(word).toLowerCase().charCodeAt(0)))
  return {
    openEnd: new Set([...w.openEnds, ...w.determiners]),
    determiner: new Set(w.determiners),
    subject: new Set(w.subjects),
    you: new Set(w.you),
    verbAfterYou: new Set(w.verbsAfterYou),
    object: new Set(w.objects),
    clauseEnd: new Set(w.clauseEnds),
    particle: new Set(w.particles),
    notParticle: new Set(w.notParticles),
    signOff: new Set(w.signOffs),
    goesOn: new Set(w.goesOn),
    tells: new Set(w.tells),
    aux: new Set(w.auxiliaries),
    auxEnd: new Set(w.auxiliaryEnds),
    inverts: new Set(w.inverters),
    preposition: new Set(w.prepositions),
    beforeInlineEmoji: new Set(w.beforeInlineEmoji),
    subordinator: new Set(w.subordinators),
    beforeFronted: new Set(w.beforeFronted),
    tagVerb: new Set(w.tagVerbs),
    mainVerb: new Map(Object.entries(w.mainVerbs).map(([verb, takes]) => [verb, new Set(takes)])),
    notAnEnd: new Set(w.notAnEnd),
    firstPerson: w.firstPerson,
    progressiveEnding: w.progressiveEnding,
    turnBeforeClause: new Set(w.turnsBeforeClause),
    starts: letterCodes([...w.subjects, ...w.you, ...w.turnsBeforeClause], (word) => word.charAt(0)),
    signOffEnds: letterCodes(w.signOffs, (word) => word.charAt(word.length - 1)),
    plainStarts: plainKeys([...w.subjects, ...w.you, ...w.turnsBeforeClause]),
  }
}

/** Longest plain word `plainKey` reads: 27^6 stays a small integer. */
const PLAIN_WORD = 6

function plainKeys(words: readonly string[]): Set<number> {
  const keys = new Set<number>()
  for (const word of words) {
    const lower = word.toLowerCase()
    const end = plainWordEnd(lower, 0, lower.length)
    if (end === lower.length) keys.add(plainKey(lower, 0, end))
  }
  return keys
}

/**
 * Where the word at k ends when it is ASCII letters only, at most PLAIN_WORD of them, and nothing
 * `wordAt` would read on follows it within [k, hi) (a letter, a digit, an apostrophe, a character past
 * ASCII); -1 otherwise. Such a word, lower-cased, is its letters with 0x20 set.
 */
function plainWordEnd(text: string, k: number, hi: number): number {
  let j = k
  while (j < hi) {
    const c = text.charCodeAt(j) | 0x20
    if (c < 97 || c > 122) break
    if (++j - k > PLAIN_WORD) return -1
  }
  if (j === k) return -1
  if (j < hi) {
    const c = text.charCodeAt(j)
    if (c > 127 || c === 39 || (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) return -1
  }
  return j
}

/** A plain word's letters, lower-cased, as a number: one per word, for words of at most PLAIN_WORD letters. */
function plainKey(text: string, k: number, end: number): number {
  let key = 0
  for (let j = k; j < end; j++) key = key * 27 + ((text.charCodeAt(j) | 0x20) - 96)
  return key
}

/**
 * Words are read at most this long (UTF-16 units): a longer one is not a word the lists name, and
 * the bound keeps each look constant-time on a 100 KB line without spaces.
 */
const MAX_WORD = 24

interface Word {
  from: number
  to: number
  /** Lower-cased, apostrophes straight. */
  text: string
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019
}

function lowerWord(text: string, from: number, to: number): string {
  const w = text.slice(from, to).toLowerCase()
  return w.includes('’') ? w.replaceAll('’', "'") : w
}

/** The word starting at k (letters, digits, inner apostrophes), within [k, hi); undefined if none. */
function wordAt(text: string, k: number, hi: number): Word | undefined {
  let j = k
  while (j < hi && j - k <= MAX_WORD) {
    const n = wordCharAt(text, j)
    if (n > 0) j += n
    else if (j > k && isApostrophe(text.charCodeAt(j)) && wordCharAt(text, j + 1) > 0) j++
    else break
  }
  if (j === k || j - k > MAX_WORD) return undefined
  return { from: k, to: j, text: lowerWord(text, k, j) }
}

/** The word after the blanks at k, within [k, hi). */
function nextWord(text: string, k: number, hi: number): Word | undefined {
  let j = k
  while (j < hi && j - k < 4 && isBlank(text.charCodeAt(j))) j++
  return j > k ? wordAt(text, j, hi) : undefined
}

/**
 * The word that ends just before the blanks ending at `end` (exclusive), within [lo, end); undefined
 * when something else (punctuation, an emoji) comes first or the word is longer than MAX_WORD.
 */
function previousWord(text: string, end: number, lo: number): Word | undefined {
  let j = end
  while (j > lo && end - j < 4 && isBlank(text.charCodeAt(j - 1))) j--
  if (j === end) return undefined
  return wordEndingAt(text, j, lo)
}

function wordEndingAt(text: string, to: number, lo: number): Word | undefined {
  let k = to
  while (k > lo && to - k <= MAX_WORD) {
    const c = text.charCodeAt(k - 1)
    if (c >= 0xdc00 && c <= 0xdfff) {
      // A letter outside the BMP (rare): read the pair.
      if (k - 2 >= lo && wordCharAt(text, k - 2) === 2) k -= 2
      else break
    } else if (wordCharAt(text, k - 1) === 1) k--
    else if (isApostrophe(c) && k - 1 > lo && k < to && wordCharAt(text, k - 2) > 0) k--
    else break
  }
  if (k === to || to - k > MAX_WORD) return undefined
  return { from: k, to, text: lowerWord(text, k, to) }
}

/** Whether the word, or "you"/"u" with a verb after it, starts a clause. */
function startsClause(s: BreakSets, text: string, w: Word, hi: number): boolean {
  if (s.subject.has(w.text)) return true
  if (!s.you.has(w.text)) return false
  const verb = nextWord(text, w.to, hi)
  return verb !== undefined && s.verbAfterYou.has(verb.text)
}

const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+$/u

/** How many words back a subordinator is looked for. */
const SUBORDINATE_WORDS = 10

/**
 * The test for a clause break without punctuation, reading the language's words: whether a clause
 * ends before the word that starts at `at`, reading only [lo, hi) (the sentence). Conservative: a false
 * break cuts an underline short, so it answers yes only for a subject pronoun (or "u"/"you" with a verb)
 * after a word a clause ends on (an object pronoun, "tbh", "again", a particle such as "messed up"), or
 * for "i know", "i guess", "i miss u"… after a noun no relative clause hangs on; never after a
 * conjunction, a verb that takes a clause ("told u i would"), a phrase that opens the sentence ("for u i
 * would…") or within a clause opened by "if", "when", "since"… ("if u come back i'll…"). Also for any
 * word after "lol", "haha" or "xx", and after an emoji between words unless it stands for a word ("i ❤️
 * u"). Constant time: it reads at most SUBORDINATE_WORDS words back and three on, each at most MAX_WORD
 * long.
 */
export function clauseBreaks(words: ClauseBreakWords): UnpunctuatedBreak {
  const s = setsOf(words)
  return (text, at, lo, hi) => unpunctuatedBreak(s, text, at, lo, hi)
}

function unpunctuatedBreak(s: BreakSets, text: string, at: number, lo: number, hi: number): boolean {
  if (at <= lo || at >= hi || !isBlank(text.charCodeAt(at - 1)) || !mayBreak(s, text, at, lo)) return false
  // Most words read here start no clause: a plain one that is no subject, "you" or turn is told by its
  // letters, before any string is made. It breaks only after a sign-off or an emoji, as below.
  const plainEnd = plainWordEnd(text, at, hi)
  if (plainEnd > 0 && !s.plainStarts.has(plainKey(text, at, plainEnd)) && !afterSignOff(s, text, at, lo))
    return false
  const next = wordAt(text, at, hi)
  if (!next) return false
  if (s.turnBeforeClause.has(next.text)) return turnBreak(s, text, at, next, lo, hi)
  const subject = startsClause(s, text, next, hi)
  if (!subject && !afterSignOff(s, text, at, lo)) return false
  const before = previousWord(text, at, lo)
  if (!before) return emojiBreak(s, text, at, lo)
  if (s.signOff.has(before.text)) return previousWord(text, before.from, lo) !== undefined
  if (!subject || isTag(s, text, next, hi)) return false
  const w1 = before.text
  const w0 = previousWord(text, before.from, lo)
  // Nothing before it on the line: "u i…", "tonight i…" open the sentence.
  if (!w0 || s.goesOn.has(w0.text) || opensSubordinate(s, text, w0, lo)) return false
  if (s.object.has(w1)) {
    if (s.tells.has(w0.text) || s.aux.has(w0.text)) return false
    if (s.preposition.has(w0.text)) {
      // "for u i would…" opening a sentence or after a conjunction is a fronted phrase.
      const w00 = previousWord(text, w0.from, lo)
      return w00 !== undefined && !s.goesOn.has(w00.text) && !s.beforeFronted.has(w00.text)
    }
    return true
  }
  if (s.clauseEnd.has(w1)) return !s.preposition.has(w0.text) && !s.aux.has(w0.text)
  // "i really do | i miss…", not the inversions "so do i", "never have i", "why do i".
  if (s.auxEnd.has(w1)) return !s.inverts.has(w0.text) && !s.tells.has(w0.text) && !s.aux.has(w0.text)
  // "deep down": an adverb, not a particle.
  if (s.particle.has(w1))
    return !s.preposition.has(w0.text) && !s.aux.has(w0.text) && !s.notParticle.has(w0.text)
  return nounEnd(s, text, before, next, lo, hi)
}

/**
 * "but" with a subject after it, after a word a clause may end on: "i took it out on u | but u could of
 * said goodbye". Not after a conjunction or a word that opens a clause ("and but", "so but"), nor at the
 * sentence's start.
 */
function turnBreak(s: BreakSets, text: string, at: number, turn: Word, lo: number, hi: number): boolean {
  const subject = nextWord(text, turn.to, hi)
  if (!subject || !startsClause(s, text, subject, hi)) return false
  const before = previousWord(text, at, lo)
  return (
    before !== undefined && !s.goesOn.has(before.text) && !s.aux.has(before.text) && !s.tells.has(before.text)
  )
}

/**
 * A look at two characters that rules out most word starts before reading any word: the next word must
 * start as a subject does, or the one before end as a sign-off does, or an emoji come before.
 */
function mayBreak(s: BreakSets, text: string, at: number, lo: number): boolean {
  return s.starts.has(text.charCodeAt(at) | 0x20) || afterSignOff(s, text, at, lo)
}

/** Whether the blanks before `at` follow an emoji or what may end a sign-off ("lol", "xx"). */
function afterSignOff(s: BreakSets, text: string, at: number, lo: number): boolean {
  let j = at - 1
  while (j > lo && at - j < 4 && isBlank(text.charCodeAt(j - 1))) j--
  const c = text.charCodeAt(j - 1)
  return c > 127 || s.signOffEnds.has(c | 0x20)
}

/** "i know", "i guess", "i miss u"… after a noun that ends a clause ("the car | i know i was…"). */
function nounEnd(s: BreakSets, text: string, w1: Word, next: Word, lo: number, hi: number): boolean {
  if (next.text !== s.firstPerson || s.notAnEnd.has(w1.text) || s.goesOn.has(w1.text)) return false
  if (s.preposition.has(w1.text) || s.aux.has(w1.text) || s.tells.has(w1.text)) return false
  if (s.subordinator.has(w1.text)) return false
  // A lower-case word, not a verb's progressive form ("i'm saying i miss u"); a name may be an object.
  if (!LOWER_CASE_WORD.test(text.slice(w1.from, w1.to)) || w1.text.endsWith(s.progressiveEnding)) return false
  // At least four words in the clause, after its conjunction: "(and) by the end I think…" opens one.
  let w: Word | undefined = w1
  for (let n = 0; n < 3; n++) {
    w = previousWord(text, w.from, lo)
    if (!w || s.goesOn.has(w.text)) return false
  }
  const verb = nextWord(text, next.to, hi)
  const takes = verb && s.mainVerb.get(verb.text)
  if (!verb || !takes) return false
  const object = nextWord(text, verb.to, hi)
  return object !== undefined && takes.has(object.text)
}

/** A word written all in lower case (a name, capitalised, may be an object: "I told Sam I…"). */
const LOWER_CASE_WORD = /^\p{Ll}+$/u

/** "I suppose" or "I guess" closing the sentence ("…by both of us I suppose."). */
function isTag(s: BreakSets, text: string, next: Word, hi: number): boolean {
  if (next.text !== s.firstPerson) return false
  const verb = nextWord(text, next.to, hi)
  if (!verb || !s.tagVerb.has(verb.text)) return false
  let k = verb.to
  while (k < hi && isBlank(text.charCodeAt(k))) k++
  return k >= hi || wordCharAt(text, k) === 0
}

/** Whether "if", "when", "since"… stands among the few words before `w0` (or is it), with no punctuation between. */
function opensSubordinate(s: BreakSets, text: string, w0: Word, lo: number): boolean {
  let w: Word | undefined = w0
  for (let n = 0; w && n < SUBORDINATE_WORDS; n++) {
    if (s.subordinator.has(w.text)) return true
    w = previousWord(text, w.from, lo)
  }
  return false
}

/** An emoji between two words, as in "had so much fun 😂 we should do it again". */
function emojiBreak(s: BreakSets, text: string, at: number, lo: number): boolean {
  let j = at
  while (j > lo && at - j < 4 && isBlank(text.charCodeAt(j - 1))) j--
  let k = j
  while (k > lo && j - k < 16 && !isBlank(text.charCodeAt(k - 1))) k--
  if (k === j || !EMOJI.test(text.slice(k, j))) return false
  const w1 = previousWord(text, k, lo)
  return w1 !== undefined && !s.beforeInlineEmoji.has(w1.text)
}

/** How many words an underline left hanging is carried on, at most: a word, then a name's next words. */
const CLOSING_WORDS = 4

/**
 * The end of an underline that a pattern's match cut short (engine/run.ts, a clause too long to
 * underline whole): carried past an open last word ("or I" → "or I tell"), past a preposition before a
 * determiner or a name ("our trip to" → "our trip to Kyoto"; not "put the kettle on | and…", where it is
 * a particle), and through the rest of a name it reached ("the Beara Peninsula"); never past
 * punctuation or `hi`, at most CLOSING_WORDS words. An end that does not hang is kept.
 */
export function closedEnds(words: ClauseBreakWords): ClosedEnd {
  const s = setsOf(words)
  return (text, to, hi) => {
    let end = to
    let last = wordEndingAt(text, end, Math.max(0, end - MAX_WORD - 1))
    let name = false
    for (let n = 0; last && n < CLOSING_WORDS; n++) {
      const next = nextWord(text, end, hi)
      if (!next) break
      const capital = NAME_START.test(text.charAt(next.from)) && next.text !== s.firstPerson
      const open =
        s.openEnd.has(last.text) ||
        (s.preposition.has(last.text) && (capital || s.determiner.has(next.text))) ||
        (name && capital)
      if (!open) break
      name = capital
      end = next.to
      last = next
    }
    return end
  }
}

/** The first letter of a name, mid-sentence. */
const NAME_START = /\p{Lu}/u
