// A contraction written as an alternative after a space never matches: `i (?:was|am|'m) the one` reads
// "i was the one" and "i am the one", but "i'm the one" has no space before its apostrophe, so the
// `'m` alternative waits for "i 'm". Rules were written this way in many places (about a hundred groups
// when this was found), each a wording its author meant and its examples never tried. Rather than ask
// every rule to spell it `i(?: (?:was|am)|'m)`, the source is rewritten so when it is compiled: the space
// (or `\s+`, ` +`) before such a group moves inside, onto the alternatives that need it.

/** An alternative that starts with a contraction: 'm, 's, 're, 've, 'd, 'll, with the apostrophe optional or not. */
const CONTRACTION = /^'\??(?:m|s|re|ve|d|ll)(?![a-z])/

/** Whitespace a source may put before a group: a space, a run of them, or `\s`, `\s+`. */
const BEFORE = [' +', '\\s+', '\\s', ' ']

/** Index of the `)` closing the group that opens at `open`, escapes and classes skipped; -1 if none. */
function groupEnd(src: string, open: number): number {
  let depth = 0
  let inClass = false
  for (let i = open; i < src.length; i++) {
    const ch = src[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return i
  }
  return -1
}

/** `body` split at its top-level `|`. */
function alternatives(body: string): string[] {
  const out: string[] = []
  let depth = 0
  let inClass = false
  let last = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      out.push(body.slice(last, i))
      last = i + 1
    }
  }
  out.push(body.slice(last))
  return out
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
      const end = groupEnd(source, i)
      const before =
        end === -1 ? undefined : BEFORE.find((w) => out.endsWith(w) && !escaped(out, out.length - w.length))
      // A quantified group (`x (?:a|'m)?y`) is left alone: there the space is required even when the group is absent.
      const quantified = end !== -1 && /^[?*+{]/.test(source.slice(end + 1, end + 2))
      if (end !== -1 && before !== undefined && !quantified) {
        const alts = alternatives(contractionsJoined(source.slice(i + 3, end)))
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
 * Contractions that texting writes without the apostrophe and that make no other word so: "im", "ive", "youre",
 * "dont". Not "ill", "id", "were", "its", "hell", "well", "shed", "wed", "cant" is kept (the noun is rare in a
 * letter).
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
/** A word that takes a contraction, written in the source right before its contraction or a group of them. */
const CONTRACTED_WORD =
  /(?<=^|[^\w'\\]|\\[bsW])(i|you|they|we|that|there|what|do|does|did|is|are|was|have|has|had|would|could|should|wo|ca)(?=n?'[a-z]|\(\?:)/g

/**
 * The source with the apostrophe made optional where texting drops it and no other word results (`BARE`): in a
 * contraction written whole ("i've" → "i'?ve", "don't" → "don'?t") and in a group of alternatives right after its
 * word (`i(?:'m| am)` → `i(?:'?m| am)`). "Ive had to explain…" and "dont go" are then read as "I've" and "don't".
 */
export function apostrophesOptional(source: string): string {
  let out = ''
  let last = 0
  for (const m of source.matchAll(CONTRACTED_WORD)) {
    const word = m[1] as string
    const at = (m.index as number) + word.length
    if (at < last || inClass(source, m.index as number)) continue
    const suffixes = BARE.get(word) ?? []
    const ok = (rest: string) => {
      const nt = rest.startsWith("n'") ? "n't" : null
      if (nt) return suffixes.includes('t') && /^n't(?![a-z])/.test(rest)
      const s = /^'([a-z]+)/.exec(rest)?.[1]
      return s !== undefined && suffixes.includes(s) && new RegExp(`^'${s}(?![a-z])`).test(rest)
    }
    if (source.startsWith('(?:', at)) {
      const end = groupEnd(source, at)
      if (end === -1) continue
      const alts = alternatives(source.slice(at + 3, end))
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

/** Whether position `at` of `source` is inside a character class. */
function inClass(source: string, at: number): boolean {
  let inside = false
  for (let i = 0; i < at; i++) {
    const ch = source[i]
    if (ch === '\\') i++
    else if (inside) inside = ch !== ']'
    else if (ch === '[') inside = true
  }
  return inside
}

/** How a rule's source reads contractions: joined to their word after a space, their apostrophe optional where texting drops it. */
export function contractionsRead(source: string): string {
  return apostrophesOptional(contractionsJoined(source))
}
