// Each language's words for reading a letter (where sentences and clauses end without a full stop), and
// what the text/ logic builds from them, once, on first use. French is added as one more entry of data,
// as its rules are one more folder (rules/index.ts).

import { type FeatureReader, type FeatureWords, featureReader } from '../model/features.js'
import type { Language } from '../report.js'
import {
  type ClauseBreakWords,
  type ClosedEnd,
  clauseBreaks,
  closedEnds,
  type UnpunctuatedBreak,
} from '../text/breaks.js'
import { type SentenceEnds, type SentenceEndWords, sentenceEnds } from '../text/sentence-ends.js'
import { clauseBreakWords } from './en/clause-breaks.js'
import { sentenceEndWords } from './en/sentence-ends.js'
import { featureWords } from './en/spelling.js'

export interface ReadingWords {
  clauseBreaks: ClauseBreakWords
  sentenceEnds: SentenceEndWords
  /** The sentence classifier's: texting spellings, negators, persons (model/features.ts). */
  features: FeatureWords
}

const WORDS: Record<Language, ReadingWords> = {
  en: { clauseBreaks: clauseBreakWords, sentenceEnds: sentenceEndWords, features: featureWords },
}

/** A language's reading, compiled from its words. */
export interface Reading {
  /** Whether a clause ends without punctuation before a word (text/breaks.ts). */
  unpunctuatedBreak: UnpunctuatedBreak
  /** A conjunction, with a blank either side, where a run-on clause is cut (engine/run.ts). */
  runOnConjunction: RegExp
  /** Where an underline cut short ends once it no longer hangs on "to", "the", "or I" (text/breaks.ts). */
  closedEnd: ClosedEnd
  /** A word that turns the sentence against what came before it ("but", "though"): coach/reproach.ts. */
  turn: RegExp
  sentenceEnds: SentenceEnds
  features: FeatureReader
}

const readings: Partial<Record<Language, Reading>> = {}

export function readingFor(language: Language): Reading {
  let reading = readings[language]
  if (!reading) {
    const words = WORDS[language]
    reading = {
      unpunctuatedBreak: clauseBreaks(words.clauseBreaks),
      runOnConjunction: new RegExp(
        String.raw`\s(?:${words.clauseBreaks.runOnConjunctions.join('|')})\s`,
        'giu',
      ),
      closedEnd: closedEnds(words.clauseBreaks),
      turn: new RegExp(String.raw`(?<![\p{L}'])(?:${words.clauseBreaks.turns.join('|')})(?![\p{L}'])`, 'iu'),
      sentenceEnds: sentenceEnds(words.sentenceEnds),
      features: featureReader(words.features),
    }
    readings[language] = reading
  }
  return reading
}
