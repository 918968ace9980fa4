// Leading lookbehinds ("not after a negation", "at a word start") are tried by the regex engine at
// every position of the text, which made them the costliest part of the coach. A pattern is split
// into its top-level alternatives, and each one's leading lookbehinds are lifted out and checked only
// where the rest matched: the same matches, a fraction of the cost.

/**
 * Walks a regex source from `start`, calling `visit` on each character that is syntax: not escaped and
 * not inside a character class, with the group depth before it. `visit` returns true to stop.
 */
function walk(
  src: string,
  start: number,
  visit: (ch: string, i: number, depth: number) => boolean | undefined,
): void {
  let depth = 0
  let inClass = false
  for (let i = start; i < src.length; i++) {
    const ch = src[i] as string
    if (ch === '\\') {
      i++
      continue
    }
    if (inClass) {
      if (ch === ']') inClass = false
      continue
    }
    if (ch === '[') inClass = true
    else if (visit(ch, i, depth)) return
    if (ch === '(') depth++
    else if (ch === ')') depth--
  }
}

/** Index just past the group that opens at `start` (which must be `(`), or -1. */
export function groupEnd(src: string, start: number): number {
  let end = -1
  walk(src, start, (ch, i, depth) => {
    if (ch === ')' && depth === 1) end = i + 1
    return end !== -1
  })
  return end
}

/** Whether `src` has a `|` outside every group and class. */
function hasTopLevelAlternation(src: string): boolean {
  return topLevelAlternatives(src).length > 1
}

/** `src` split at its top-level `|`. */
export function topLevelAlternatives(src: string): string[] {
  const parts: string[] = []
  let last = 0
  walk(src, 0, (ch, i, depth) => {
    if (ch === '|' && depth === 0) {
      parts.push(src.slice(last, i))
      last = i + 1
    }
    return false
  })
  parts.push(src.slice(last))
  return parts
}

const LOOKBEHIND = /^\(\?<[!=]/
const QUANTIFIED = /[*+]|\{\d/

/**
 * Lookbehinds in front of a group of alternatives, `(?<!X)(?:A|B)`, made alternatives of their own,
 * `(?<!X)A` and `(?<!X)B`, so that each is split off and its lookbehind lifted as a guard: left in
 * front of the group, a lookbehind is tried at every position of the letter.
 */
function distributed(alternative: string, depth = 0): string[] {
  let i = 0
  while (LOOKBEHIND.test(alternative.slice(i))) {
    const end = groupEnd(alternative, i)
    if (end === -1) return [alternative]
    i = end
  }
  const rest = alternative.slice(i)
  if (i === 0 || depth > 4 || !rest.startsWith('(?:') || groupEnd(rest, 0) !== rest.length)
    return [alternative]
  const inner = topLevelAlternatives(rest.slice(3, -1))
  if (inner.length < 2) return [alternative]
  const heads = alternative.slice(0, i)
  return inner.flatMap((a) => distributed(heads + a, depth + 1))
}

/**
 * Splits a pattern source into its top-level alternatives, each with its leading lookbehind
 * assertions lifted off as guards (lookbehind sources, to be tested at the match start).
 */
export function splitPattern(source: string): { guards: string[]; rest: string }[] {
  return topLevelAlternatives(source)
    .flatMap(distributed)
    .map((alternative) => {
      const lifted = lift(alternative)
      // An alternative that is nothing but lookbehinds keeps them.
      return lifted.rest === '' ? { guards: [], rest: alternative } : lifted
    })
}

function lift(source: string): { guards: string[]; rest: string } {
  const guards: string[] = []
  let rest = source
  for (;;) {
    if (LOOKBEHIND.test(rest)) {
      const end = groupEnd(rest, 0)
      if (end === -1) break
      // A one-character lookbehind ("not after a letter") is cheap where it is; lifting it would
      // only turn every letter inside a word into a candidate to reject.
      if (!QUANTIFIED.test(rest.slice(0, end))) break
      guards.push(rest.slice(0, end))
      rest = rest.slice(end)
      continue
    }
    // A macro wraps its value in (?:…): unwrap a group that holds nothing but lookbehinds.
    if (rest.startsWith('(?:')) {
      const end = groupEnd(rest, 0)
      const inner = end === -1 ? '' : rest.slice(3, end - 1)
      if (inner && LOOKBEHIND.test(inner) && !hasTopLevelAlternation(inner)) {
        const lifted = lift(inner)
        if (lifted.rest === '') {
          guards.push(...lifted.guards)
          rest = rest.slice(end)
          continue
        }
      }
    }
    break
  }
  return { guards, rest }
}

/**
 * Whether a pattern has a lookahead that can see more than a few characters ("(?![^.!?]{0,100}…)"):
 * such a pattern is given the rest of the line as context, the others only their sentence.
 */
export function hasLongLookahead(source: string): boolean {
  for (let i = source.indexOf('(?'); i !== -1; i = source.indexOf('(?', i + 1)) {
    if (source[i - 1] === '\\') continue
    const kind = source.slice(i + 2, i + 3)
    if (kind !== '=' && kind !== '!') continue
    const end = groupEnd(source, i)
    if (end !== -1 && QUANTIFIED.test(source.slice(i, end))) return true
  }
  return false
}
