// Letters and digits, read one character at a time: words here (segment.ts), clause breaks (breaks.ts)
// and the classifier's tokenizer (model/features.ts) all read words with it.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const LETTER = /^\p{L}$/u

/**
 * The length (UTF-16 units) of the letter, or with `digits` the letter or digit, at k; 0 if there is
 * none (or k is past the end). ASCII by comparison; the rest (rare in a letter) by a Unicode regex on
 * the character. Word counting here and the classifier's tokenizer both read words with it.
 */
export function wordCharAt(text: string, k: number, digits = true): number {
  const c = text.charCodeAt(k)
  if (Number.isNaN(c)) return 0
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (digits && c >= 48 && c <= 57) ? 1 : 0
  if (c >= 0xdc00 && c <= 0xdfff) return 0 // the second half of a pair, read with the first
  const ch = String.fromCodePoint(text.codePointAt(k) as number)
  return (digits ? LETTER_OR_DIGIT : LETTER).test(ch) ? ch.length : 0
}
