// A contraction written as an alternative after a space never matches: `i (?:was|am|'m) the one` reads
// "i was the one" and "i am the one", but "i'm the one" has no space before its apostrophe, so the
// `'m` alternative waits for "i 'm". Rules were written this way in many places (some 360 when this was
// found, 28 November), each a wording its author meant and its examples never tried. Rather than ask
// every rule to spell it `i(?: (?:was|am)|'m)`, the source is rewritten so when it is compiled: the space
// (or `\s+`, ` +`) before such a group moves inside, onto the alternatives that need it.

import { groupEnd, topLevelAlternatives } from './guards.js'

/** An alternative that starts with a contraction: 'm, 's, 're, 've, 'd, 'll, with the apostrophe optional or not. */
const CONTRACTION = /^'\??(?:m|s|re|ve|d|ll)(?![a-z])/

/** Whitespace a source may put before a group: a space, a run of them, or `\s`, `\s+`. */
const BEFORE = [' +', '\\s+', '\\s', ' ']

/** Index of the `)` closing the group that opens at `open`, or -1 (guards.ts `groupEnd` gives the index past it). */
const closeOf = (src: string, open: number): number => {
  const past = groupEnd(src, open)
  return past === -1 ? -1 : past - 1
}

/** Whether the character at `i` is escaped (preceded by an odd number of backslashes). */
function escaped(src: string, i: number): boolean {
  let n = 0
  for (let k = i - 1; k >= 0 && src[k] === '\\'; k--) n++
  return n % 2 === 1
}

/**
 * The source with every group that follows whitespace and holds a contraction among its alternatives
 * rewritten so that the whitespace is required only before the others: `x (?:a|'m)` becomes
 * `x(?: (?:a)|'m)`. Matches of the other alternatives are unchanged; the contractions now match as
 * written ("i'm"). Nested groups are rewritten too.
 */
export function contractionsJoined(source: string): string {
  let out = ''
  let i = 0
  let inClass = false
  while (i < source.length) {
    const ch = source[i] as string
    if (ch === '\\') {
      out += source.slice(i, i + 2)
      i += 2
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      out += ch
      i++
      continue
    }
    if (ch === '[') {
      inClass = true
      out += ch
      i++
      continue
    }
    if (source.startsWith('(?:', i)) {
      const end = closeOf(source, i)
      const before =
        end === -1 ? undefined : BEFORE.find((w) => out.endsWith(w) && !escaped(out, out.length - w.length))
      // A quantified group (`x (?:a|'m)?y`) is left alone: there the space is required even when the group is absent.
      const quantified = end !== -1 && /^[?*+{]/.test(source.slice(end + 1, end + 2))
      if (end !== -1 && before !== undefined && !quantified) {
        const alts = topLevelAlternatives(contractionsJoined(source.slice(i + 3, end)))
        const joined = alts.filter((a) => CONTRACTION.test(a)).map((a) => a.replace("'?", "'"))
        if (joined.length > 0) {
          // An optional apostrophe ("we\\s+'?re") keeps its spaced form ("we re") as it was; joined, only with the
          // apostrophe ("we're"): without it, "we" and "re" would make "were".
          const spaced = alts.flatMap((a) =>
            !CONTRACTION.test(a) ? [a] : a.startsWith("'?") ? [a.slice(2)] : [],
          )
          out = out.slice(0, out.length - before.length)
          out += `(?:${spaced.length > 0 ? `${before}(?:${spaced.join('|')})|` : ''}${joined.join('|')})`
          i = end + 1
          continue
        }
      }
    }
    out += ch
    i++
  }
  return out
}

/**
 * For each word, the contractions texting writes without the apostrophe where no other word results: "im", "ive",
 * "youre", "dont", "cant" (the noun is rare in a letter). Not "ill", "id", "were", "its", "hell", "well", "shed", "wed".
 */
const BARE = new Map<string, readonly string[]>([
  ['i', ['m', 've']],
  ['you', ['re', 've', 'll', 'd']],
  ['they', ['re', 've']],
  ['we', ['ve']],
  ['that', ['s']],
  ['there', ['s']],
  ['what', ['s']],
  ...[
    'do',
    'does',
    'did',
    'is',
    'are',
    'was',
    'have',
    'has',
    'had',
    'would',
    'could',
    'should',
    'wo',
    'ca',
  ].map((w) => [w, ['t']] as [string, readonly string[]]),
])
/** A word of `BARE`, written in the source right before its contraction or a group of them. */
const CONTRACTED_WORD = new RegExp(
  `(?<=^|[^\\w'\\\\]|\\\\[bsW])(${[...BARE.keys()].join('|')})(?=n?'[a-z]|\\(\\?:)`,
  'g',
)
/** A contraction as written after its word: "n't", or an apostrophe and its letters ("'ve"). */
const CONTRACTION_WRITTEN = /^(?:n't|'([a-z]+))(?![a-z])/

/**
 * The source with the apostrophe made optional where texting drops it and no other word results (`BARE`): in a
 * contraction written whole ("i've" → "i'?ve", "don't" → "don'?t") and in a group of alternatives right after its
 * word (`i(?:'m| am)` → `i(?:'?m| am)`). "Ive had to explain…" and "dont go" are then read as "I've" and "don't".
 */
export function apostrophesOptional(source: string): string {
  const inside = classMask(source)
  let out = ''
  let last = 0
  for (const m of source.matchAll(CONTRACTED_WORD)) {
    const word = m[1] as string
    const at = (m.index as number) + word.length
    if (at < last || inside[m.index as number]) continue
    const suffixes = BARE.get(word) ?? []
    const ok = (rest: string) => {
      const c = CONTRACTION_WRITTEN.exec(rest)
      return c !== null && suffixes.includes(c[1] ?? 't')
    }
    if (source.startsWith('(?:', at)) {
      const end = closeOf(source, at)
      if (end === -1) continue
      const alts = topLevelAlternatives(source.slice(at + 3, end))
      if (!alts.some(ok)) continue
      out += `${source.slice(last, at)}(?:${alts.map((a) => (ok(a) ? a.replace("'", "'?") : a)).join('|')})`
      last = end + 1
    } else if (ok(source.slice(at))) {
      // "'ve" or "n't": the apostrophe is the first or second character.
      const apostrophe = source.indexOf("'", at)
      out += `${source.slice(last, apostrophe)}'?`
      last = apostrophe + 1
    }
  }
  return out + source.slice(last)
}

/** For each position of `source`, 1 inside a character class. */
function classMask(source: string): Uint8Array {
  const inside = new Uint8Array(source.length)
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]
    if (ch === '\\') {
      inside[i] = inside[i + 1] = inClass ? 1 : 0
      i++
    } else if (inClass) {
      inside[i] = 1
      inClass = ch !== ']'
    } else if (ch === '[') {
      inside[i] = 1
      inClass = true
    }
  }
  return inside
}

/** How a rule's source reads contractions: joined to their word after a space, their apostrophe optional where texting drops it. */
export function contractionsRead(source: string): string {
  return apostrophesOptional(contractionsJoined(source))
}
