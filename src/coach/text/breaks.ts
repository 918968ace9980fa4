// Where a clause ends without punctuation: texting style runs sentences together ("i know i messed up
// i shouldnt have said that i miss u"), and a finding's underline must not run on into the next one.

import { wordCharAt } from './segment.js'

/**
 * Words are read at most this long (UTF-16 units): a longer one is not a word a rule below names, and
 * the bound keeps each look constant-time on a 100 KB line without spaces.
 */
const MAX_WORD = 24

/** Subject pronouns and their contractions: always the start of a clause, never an object. */
const SUBJECT = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  'ive',
  "i'll",
  "i'd",
  'we',
  "we're",
  "we've",
  'weve',
  "we'll",
  "we'd",
  'they',
  "they're",
  'theyre',
  "they've",
  'theyve',
  "they'll",
  "they'd",
  'he',
  "he's",
  "he'll",
  "he'd",
  'she',
  "she's",
  "she'll",
  "she'd",
  "you're",
  'youre',
  "you've",
  'youve',
  "you'll",
  'youll',
  "you'd",
  "u're",
  "u've",
  "u'll",
  "u'd",
  "it's",
  "that's",
  'thats',
])

/** "you" and "u" are subjects or objects: a subject when a verb follows. */
const YOU = new Set(['you', 'u'])
const VERB_AFTER_YOU = new Set([
  'are',
  'r',
  'were',
  'was',
  'have',
  'had',
  'do',
  'did',
  'dont',
  "don't",
  'didnt',
  "didn't",
  'can',
  'cant',
  "can't",
  'could',
  'couldnt',
  "couldn't",
  'would',
  'wouldnt',
  "wouldn't",
  'will',
  'wont',
  "won't",
  'should',
  'shouldnt',
  "shouldn't",
  'must',
  'might',
  'know',
  'knew',
  'think',
  'thought',
  'never',
  'always',
  'just',
  'really',
  'probably',
  'still',
  'clearly',
  'obviously',
  'literally',
  'deserve',
  'deserved',
  'need',
  'owe',
  'said',
  'made',
  'left',
  'want',
  'wanted',
  'mean',
  'meant',
  'looked',
  'seemed',
  'told',
  'went',
  'gave',
  'kept',
])

/** Object pronouns: a clause often ends on one ("i love u | i miss u"). */
const OBJECT = new Set(['u', 'you', 'me', 'it', 'him', 'her', 'them', 'us'])

/** Words that end a clause but never begin one that continues it. */
const CLAUSE_END = new Set([
  'tbh',
  'tho',
  'though',
  'too',
  'again',
  'anymore',
  'already',
  'ever',
  'forever',
  'lol',
  'lmao',
  'lmfao',
  'haha',
  'hahaha',
  'xx',
  'xxx',
  'properly',
  'either',
  'lately',
  'tonight',
  'today',
  'yesterday',
  'tomorrow',
  'aswell',
])

/** Particles that end a phrasal verb ("messed up", "moved out"); a preposition would need an object. */
const PARTICLE = new Set(['up', 'out', 'off', 'away', 'back', 'down', 'over', 'around'])

/** Laughter and kisses: whatever follows starts afresh. */
const SIGN_OFF = new Set(['lol', 'lmao', 'lmfao', 'haha', 'hahaha', 'xx', 'xxx'])

/**
 * Words after which a clause goes on: conjunctions and words that introduce a clause ("and i think",
 * "so u know", "that i", "what i", "if u"); before a fronted phrase ("and tonight i", "but for u i"),
 * a clause has not ended either.
 */
const GOES_ON = new Set([
  'and',
  'but',
  'so',
  'or',
  'nor',
  'if',
  'when',
  'whenever',
  'because',
  'cause',
  'cuz',
  'coz',
  'cos',
  'bc',
  'since',
  'until',
  'till',
  'unless',
  'though',
  'tho',
  'although',
  'while',
  'whilst',
  'whereas',
  'whether',
  'that',
  'than',
  'as',
  'like',
  'what',
  'how',
  'why',
  'where',
  'wherever',
  'who',
  'whom',
  'which',
  'once',
  'then',
  'even',
  'just',
  'only',
  'before',
  'after',
  'plus',
  'also',
  'now',
  'right',
])

/** After these, an object pronoun is followed by what is told ("told u i would", "promise u we'll"). */
const TELLS = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'promise',
  'promised',
  'promising',
  'show',
  'showed',
  'shown',
  'remind',
  'reminded',
  'warn',
  'warned',
  'assure',
  'assured',
  'bet',
  'convince',
  'convinced',
  'teach',
  'taught',
  'ask',
  'asked',
  'text',
  'texted',
  'wrote',
  'let',
])

/** Auxiliaries and copulas: "is it u", "was it me i" are questions or clefts, not an end. */
const AUX = new Set([
  'is',
  'was',
  'are',
  'were',
  'am',
  'be',
  'been',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'isnt',
  "isn't",
  'wasnt',
  "wasn't",
])

/** Auxiliaries a clause may end on ("i really do", "i said i would"); not the copula, which takes a clause ("the thing is i…"). */
const AUX_END = new Set(['do', 'did', 'does', 'can', 'could', 'will', 'would', 'should'])

/** Words before an auxiliary that inverts it with its subject ("neither do i", "never have i"). */
const INVERTS = new Set(['neither', 'never', 'rarely', 'seldom', 'hardly', 'little', 'not', 'nowhere'])

/** Prepositions: "for u" after a clause ends it, "for u" at the start is a fronted phrase. */
const PREPOSITION = new Set([
  'for',
  'with',
  'without',
  'to',
  'about',
  'of',
  'on',
  'at',
  'from',
  'by',
  'in',
  'into',
  'near',
  'unlike',
  'except',
  'besides',
  'beside',
  'around',
  'against',
  'between',
  'among',
  'through',
  'towards',
  'toward',
  'behind',
])

/** Words before an emoji that make it part of the clause ("i ❤️ u", "my 🌍"). */
const BEFORE_INLINE_EMOJI = new Set([
  'i',
  'u',
  'you',
  'we',
  'they',
  'he',
  'she',
  'my',
  'your',
  'ur',
  'our',
  'the',
  'a',
  'an',
  'so',
  'and',
  'or',
])

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
function startsClause(text: string, w: Word, hi: number): boolean {
  if (SUBJECT.has(w.text)) return true
  if (!YOU.has(w.text)) return false
  const verb = nextWord(text, w.to, hi)
  return verb !== undefined && VERB_AFTER_YOU.has(verb.text)
}

const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+$/u

/**
 * Words that open a clause leaning on the next one ("if u come back i'll…", "since u blocked me i've…"):
 * the next clause starts without a comma, not a sentence, and is left whole.
 */
const SUBORDINATOR = new Set([
  'if',
  'when',
  'whenever',
  'since',
  'once',
  'because',
  'cause',
  'cuz',
  'coz',
  'cos',
  'unless',
  'until',
  'till',
  'while',
  'whilst',
  'although',
  'though',
  'after',
  'before',
])
/** How many words back a subordinator is looked for. */
const SUBORDINATE_WORDS = 10

/** Before a fronted preposition: "thanks to u i…", "because of u i…" open the sentence. */
const BEFORE_FRONTED = new Set(['thanks', 'due', 'according', 'next', 'apart', 'instead', 'because'])

/** "I suppose", "I guess" closing a sentence are a tag on it, not a new one. */
const TAG_VERB = new Set(['suppose', 'guess', 'think', 'know', 'reckon', 'mean', 'swear', 'promise', 'hope'])

/**
 * Verbs after "i" that, after any other word, start a sentence of their own when what they take follows
 * them ("the car | i know i…", "my head | i guess some…", "at least | i miss u"), where a relative
 * clause ("the car i bought", "a picture i keep") has a verb that lacks it. Each verb with the words
 * that may follow it.
 */
const THAT_CLAUSE = [
  'i',
  'u',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'its',
  "it's",
  'that',
  'this',
  'some',
  'ur',
  'your',
  'my',
]
const MAIN_VERB = new Map<string, ReadonlySet<string>>([
  ...['know', 'guess', 'think', 'mean', 'hope', 'swear', 'wish', 'reckon'].map(
    (v) => [v, new Set(THAT_CLAUSE)] as const,
  ),
  [
    'miss',
    new Set([
      'u',
      'you',
      'ur',
      'your',
      'our',
      'it',
      'him',
      'her',
      'them',
      'us',
      'my',
      'that',
      'this',
      'those',
    ]),
  ],
  [
    'keep',
    new Set([
      'going',
      'thinking',
      'trying',
      'wondering',
      'waiting',
      'looking',
      'checking',
      'scrolling',
      'reading',
    ]),
  ],
  ['felt', new Set(['like', 'so', 'sick', 'awful', 'terrible', 'horrible', 'guilty', 'alone', 'lost'])],
])

/**
 * Words before "i know…" that do not end a clause: determiners, pronouns, adverbs, verbs and adjectives
 * that take a clause ("i know i", "so glad i"), and nouns a relative clause follows ("the way i…",
 * "everything i…", "the day i…").
 */
const NOT_AN_END = new Set([
  // determiners, pronouns, possessives
  'the',
  'a',
  'an',
  'my',
  'your',
  'ur',
  'our',
  'his',
  'their',
  'this',
  'these',
  'those',
  'every',
  'each',
  'any',
  'no',
  'some',
  'all',
  'i',
  'we',
  'they',
  'he',
  'she',
  // adverbs
  'so',
  'really',
  'maybe',
  'probably',
  'actually',
  'honestly',
  'still',
  'never',
  'always',
  'here',
  'there',
  'well',
  'much',
  'more',
  'most',
  'least',
  'first',
  'last',
  'yeah',
  'yes',
  'ok',
  'okay',
  'oh',
  'god',
  'ngl',
  'sometimes',
  'anyway',
  'anyways',
  // verbs and adjectives that take a clause
  'know',
  'knew',
  'think',
  'thought',
  'guess',
  'hope',
  'wish',
  'mean',
  'meant',
  'feel',
  'felt',
  'said',
  'say',
  'swear',
  'believe',
  'realise',
  'realised',
  'realize',
  'realized',
  'admit',
  'suppose',
  'reckon',
  'remember',
  'forget',
  'forgot',
  'understand',
  'sure',
  'glad',
  'sorry',
  'afraid',
  'scared',
  'worried',
  'proud',
  'happy',
  'hoping',
  'thinking',
  'seems',
  'means',
  'is',
  'was',
  'be',
  'been',
  'am',
  'are',
  'were',
  'do',
  'did',
  'does',
  // nouns a relative clause follows
  'way',
  'thing',
  'things',
  'stuff',
  'everything',
  'anything',
  'something',
  'nothing',
  'one',
  'ones',
  'time',
  'times',
  'day',
  'days',
  'night',
  'nights',
  'moment',
  'reason',
  'person',
  'people',
  'place',
  'kind',
  'sort',
  'bit',
  'part',
  'minute',
  'second',
  'year',
  'week',
  'month',
  'morning',
  'evening',
  'summer',
  'winter',
  'girl',
  'guy',
  'man',
  'woman',
  'friend',
  'life',
  'world',
  'words',
  'truth',
  'fact',
  'point',
  'problem',
  'idea',
  'feeling',
  'chance',
  'hope',
])

/**
 * Whether a clause ends without punctuation before the word that starts at `at`, reading only
 * [lo, hi) (the sentence). Conservative: a false break cuts an underline short, so it answers yes only
 * for a subject pronoun (or "u"/"you" with a verb) after a word a clause ends on (an object pronoun,
 * "tbh", "again", a particle such as "messed up"), or for "i know", "i guess", "i miss u"… after a
 * noun no relative clause hangs on; never after a conjunction, a verb that takes a clause ("told u i
 * would"), a phrase that opens the sentence ("for u i would…") or within a clause opened by "if",
 * "when", "since"… ("if u come back i'll…"). Also for any word after "lol", "haha" or "xx", and after
 * an emoji between words unless it stands for a word ("i ❤️ u"). Constant time: it reads at most
 * SUBORDINATE_WORDS words back and three on, each at most MAX_WORD long.
 */
export function unpunctuatedBreak(text: string, at: number, lo: number, hi: number): boolean {
  if (at <= lo || at >= hi || !isBlank(text.charCodeAt(at - 1)) || !mayBreak(text, at, lo)) return false
  const next = wordAt(text, at, hi)
  if (!next) return false
  const subject = startsClause(text, next, hi)
  if (!subject && !afterSignOff(text, at, lo)) return false
  const before = previousWord(text, at, lo)
  if (!before) return emojiBreak(text, at, lo)
  if (SIGN_OFF.has(before.text)) return previousWord(text, before.from, lo) !== undefined
  if (!subject || isTag(text, next, hi)) return false
  const w1 = before.text
  const w0 = previousWord(text, before.from, lo)
  // Nothing before it on the line: "u i…", "tonight i…" open the sentence.
  if (!w0 || GOES_ON.has(w0.text) || opensSubordinate(text, w0, lo)) return false
  if (OBJECT.has(w1)) {
    if (TELLS.has(w0.text) || AUX.has(w0.text)) return false
    if (PREPOSITION.has(w0.text)) {
      // "for u i would…" opening a sentence or after a conjunction is a fronted phrase.
      const w00 = previousWord(text, w0.from, lo)
      return w00 !== undefined && !GOES_ON.has(w00.text) && !BEFORE_FRONTED.has(w00.text)
    }
    return true
  }
  if (CLAUSE_END.has(w1)) return !PREPOSITION.has(w0.text) && !AUX.has(w0.text)
  // "i really do | i miss…", not the inversions "so do i", "never have i", "why do i".
  if (AUX_END.has(w1)) return !INVERTS.has(w0.text) && !TELLS.has(w0.text) && !AUX.has(w0.text)
  // "deep down": an adverb, not a particle.
  if (PARTICLE.has(w1)) return !PREPOSITION.has(w0.text) && !AUX.has(w0.text) && w0.text !== 'deep'
  return nounEnd(text, before, next, lo, hi)
}

/** First letters of the words a break may come before (SUBJECT, YOU). */
const STARTS = new Set([...'iwthsyu'].map((c) => c.charCodeAt(0)))
/** Last letters of SIGN_OFF words. */
const SIGN_OFF_ENDS = new Set([...'laox'].map((c) => c.charCodeAt(0)))

/**
 * A look at two characters that rules out most word starts before reading any word: the next word must
 * start as a subject does, or the one before end as a sign-off does, or an emoji come before.
 */
function mayBreak(text: string, at: number, lo: number): boolean {
  return STARTS.has(text.charCodeAt(at) | 0x20) || afterSignOff(text, at, lo)
}

/** Whether the blanks before `at` follow an emoji or what may end a sign-off ("lol", "xx"). */
function afterSignOff(text: string, at: number, lo: number): boolean {
  let j = at - 1
  while (j > lo && at - j < 4 && isBlank(text.charCodeAt(j - 1))) j--
  const c = text.charCodeAt(j - 1)
  return c > 127 || SIGN_OFF_ENDS.has(c | 0x20)
}

/** "i know", "i guess", "i miss u"… after a noun that ends a clause ("the car | i know i was…"). */
function nounEnd(text: string, w1: Word, next: Word, lo: number, hi: number): boolean {
  if (next.text !== 'i' || NOT_AN_END.has(w1.text) || GOES_ON.has(w1.text) || PREPOSITION.has(w1.text))
    return false
  if (AUX.has(w1.text) || TELLS.has(w1.text) || SUBORDINATOR.has(w1.text)) return false
  // A lower-case word, not a verb's -ing form ("i'm saying i miss u"); a name may be an object.
  if (!/^[a-z]+$/.test(text.slice(w1.from, w1.to)) || w1.text.endsWith('ing')) return false
  // At least four words in the clause, after its conjunction: "(and) by the end I think…" opens one.
  let w: Word | undefined = w1
  for (let n = 0; n < 3; n++) {
    w = previousWord(text, w.from, lo)
    if (!w || GOES_ON.has(w.text)) return false
  }
  const verb = nextWord(text, next.to, hi)
  const takes = verb && MAIN_VERB.get(verb.text)
  if (!verb || !takes) return false
  const object = nextWord(text, verb.to, hi)
  return object !== undefined && takes.has(object.text)
}

/** "I suppose" or "I guess" closing the sentence ("…by both of us I suppose."). */
function isTag(text: string, next: Word, hi: number): boolean {
  if (next.text !== 'i') return false
  const verb = nextWord(text, next.to, hi)
  if (!verb || !TAG_VERB.has(verb.text)) return false
  let k = verb.to
  while (k < hi && isBlank(text.charCodeAt(k))) k++
  return k >= hi || wordCharAt(text, k) === 0
}

/** Whether "if", "when", "since"… stands among the few words before `w0` (or is it), with no punctuation between. */
function opensSubordinate(text: string, w0: Word, lo: number): boolean {
  let w: Word | undefined = w0
  for (let n = 0; w && n < SUBORDINATE_WORDS; n++) {
    if (SUBORDINATOR.has(w.text)) return true
    w = previousWord(text, w.from, lo)
  }
  return false
}

/** An emoji between two words, as in "had so much fun 😂 we should do it again". */
function emojiBreak(text: string, at: number, lo: number): boolean {
  let j = at
  while (j > lo && at - j < 4 && isBlank(text.charCodeAt(j - 1))) j--
  let k = j
  while (k > lo && j - k < 16 && !isBlank(text.charCodeAt(k - 1))) k--
  if (k === j || !EMOJI.test(text.slice(k, j))) return false
  const w1 = previousWord(text, k, lo)
  return w1 !== undefined && !BEFORE_INLINE_EMOJI.has(w1.text)
}
