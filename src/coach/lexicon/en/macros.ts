// English building blocks for rule patterns. Patterns run on a shadow of the text where curly
// apostrophes and quotes are straight, case-insensitively; texting spellings ("u", "im", "dont") count.

import { NEGATION_SCOPE, NEGATION_WORDS, negationScope, TEXTING_NEGATIONS } from './negation.js'
import { WEEKDAYS } from './time.js'

export const en = {
  /** The reader. */
  YOU: 'you|u|ya|thee',
  YOUR: 'your|ur|yours',
  /** "you're" and its texting forms. */
  YOURE: "you'?re|ur|you are|u are|u'?re",
  /** The writer, as subject, with contractions. */
  I: 'i',
  IM: "i'?m|i am|im",
  IVE: "i'?ve|i have",
  ILL: "i'?ll|i will|i shall",
  ID: "i'?d|i would",
  /** Negations, including texting forms without an apostrophe. */
  NOT: "not|never|n'?t|no longer|no",
  DONT: "don'?t|do not|dont",
  CANT: "can'?t|cannot|can not|cant",
  WONT: "won'?t|will not|wont",
  /** A word (letters, apostrophes, hyphens). */
  W: "[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*",
  /** A bounded gap inside one sentence: never crosses sentence punctuation or a line break. */
  GAP: '[^.!?\\n]{0,60}?',
  LONGGAP: '[^.!?\\n]{0,120}?',
  /** Up to three words. */
  FEW: "(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*){0,3}",
  /** A word boundary that also works before and after accented letters. */
  B: "(?<![\\p{L}\\p{N}'])",
  E: '(?![\\p{L}\\p{N}])',
  /**
   * Preceded by a negation a few words earlier in the same clause ("I won't ever pressure"); the clause ends at "and"
   * + a new clause as in NOT_NEGATED (negation.ts `negationScope`). No rule uses it at present.
   */
  NEGATED: `(?<=(?:\\b(?:${NEGATION_WORDS})|n'?t)\\b${negationScope(25)})`,
  NOT_NEGATED: `(?<!(?:\\b(?:${NEGATION_WORDS}|without|${TEXTING_NEGATIONS})|n't)\\b${NEGATION_SCOPE})`,
  /**
   * Like NOT_NEGATED, with more texting negations (havent, aint…). Both need the apostrophe of "n't":
   * without it, the end of "important", "went" or "want" read as a negation.
   */
  NOT_NEGATED_WORD: `(?<!(?:\\b(?:${NEGATION_WORDS}|without|cannot|${TEXTING_NEGATIONS}|havent|hasnt|hadnt|aint|mustnt|neednt)|n't)\\b${NEGATION_SCOPE})`,
  /** ASCII word boundaries, for patterns about English words only (cheaper than {B}/{E}). */
  WB: "(?<![\\w'])",
  WE: '(?!\\w)',
  /** Days and moments used as deadlines. */
  DEADLINE: `tonight|tomorrow(?: night| morning)?|today|(?:this|next|by) (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|${WEEKDAYS}|the end of (?:the )?(?:week|month|day)|midnight|\\d{1,2}(?::\\d\\d)? ?(?:am|pm|o'?clock)|(?:the )?(?:\\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|tenth|twentieth)(?: of \\w+)?`,
  /** Ways of saying "the person you're with now". */
  NEW_PARTNER:
    '(?:(?:your|ur) )?(?:new )?(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fianc[ée]e?)|(?:that|this) (?:guy|girl|man|woman|person|loser|idiot|clown)|he|she|they|him|her|them',
  /** Intensifiers that often turn a feeling into hyperbole. */
  ALWAYS: 'always|never|forever|every single|everything|nothing|no one|nobody|anyone|everyone',
} as const satisfies Record<string, string>
