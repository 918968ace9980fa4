// English words after which a full stop does not end a sentence (text/sentence-ends.ts reads them).
import type { SentenceEndWords } from '../../text/sentence-ends.js'

export const sentenceEndWords: SentenceEndWords = {
  abbreviations: [
    'mr',
    'mrs',
    'ms',
    'mx',
    'dr',
    'st',
    'prof',
    'sr',
    'jr',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'approx',
    'dept',
    'mt',
    'no',
    'ft',
  ],
  /** "u", "x" and "k": "miss u. i miss our…", "love u. x". */
  textingLetters: ['u', 'x', 'k'],
}
