// Where a full stop does not end a sentence ("Dr. Lee", "e.g. this"), read from a language's words.

/** A language's words that decide where a full stop does not end a sentence. */
export interface SentenceEndWords {
  /** Abbreviations written with a full stop ("dr", "e.g"), lower case; any single letter is one too. */
  abbreviations: readonly string[]
  /** Single letters that are words in texting ("miss u. i miss our…"), not initials, when written small. */
  textingLetters: readonly string[]
}

/** What `sentenceSpans` tests the eight characters before a full stop with. */
export interface SentenceEnds {
  abbreviation: RegExp
  textingWord: RegExp
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function sentenceEnds(words: SentenceEndWords): SentenceEnds {
  const before = String.raw`(?:^|[\s("“‘])`
  return {
    abbreviation: new RegExp(
      `${before}(?:${[...words.abbreviations.map(escapeRegExp), '[a-z]'].join('|')})$`,
      'i',
    ),
    textingWord: new RegExp(`${before}(?:${words.textingLetters.map(escapeRegExp).join('|')})$`),
  }
}
