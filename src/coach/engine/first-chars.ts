// A source that opens on a positive lookbehind ("(?<=[.!?\n]\s{0,3})been") costs V8 that lookbehind, read
// backwards, at every position of the text: irregexp cannot tell from such a start which positions are
// worth trying. The same source behind a lookahead of the characters a match can start with
// ("(?=[bfi])(?:…)") finds the same matches, at the same places, and tries only those positions:
// 2–3× faster for those sources. Behind other starts the lookahead costs more than it saves (V8 already
// skips ahead on a literal start, better than one character tells it), so it is added only there.

/** Alternatives of a source, a sequence, or an atom: the characters a match can start with. */
interface First {
  /** Class bodies (`a`, `\s`, `a-z\u00aa`), one of which the first character matches; null: any character. */
  set: string[] | null
  /** Whether it can match the empty string (then what follows it can start the match too). */
  nullable: boolean
}

class Unsupported extends Error {}

const QUANTIFIER = /\{(\d+)(?:,\d*)?\}/y
const HEX4 = /[0-9a-fA-F]{4}/y
const HEX2 = /[0-9a-fA-F]{2}/y

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/** Reads a regex source (without the u or v flag) for the first characters of its matches. */
function firstOf(src: string): { first: First; lookbehindFirst: boolean } {
  let i = 0
  /** Whether the atom being read may be the first thing a match reads (all before it can be empty). */
  let atStart = true
  let lookbehindFirst = false

  const alternatives = (): First => {
    let set: string[] | null = []
    let nullable = false
    for (;;) {
      const r = sequence()
      if (r.set === null) set = null
      else if (set !== null) set.push(...r.set)
      nullable ||= r.nullable
      if (src[i] !== '|') return { set, nullable }
      i++
    }
  }

  const sequence = (): First => {
    const outer = atStart
    let set: string[] | null = []
    let nullable = true
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      atStart = outer && nullable
      const a = atom()
      const min = quantifier()
      if (nullable) {
        if (a.set === null) set = null
        else if (set !== null) set.push(...a.set)
        nullable = a.nullable || min === 0
      }
    }
    atStart = outer
    return { set, nullable }
  }

  /** The quantifier after an atom: its minimum, or -1 when there is none. */
  const quantifier = (): number => {
    const ch = src[i]
    let min = -1
    if (ch === '*' || ch === '?') min = 0
    else if (ch === '+') min = 1
    else if (ch === '{') {
      QUANTIFIER.lastIndex = i
      const m = QUANTIFIER.exec(src)
      if (!m) return -1
      min = Number(m[1])
      i += m[0].length - 1
    }
    if (min < 0) return -1
    i++
    if (src[i] === '?') i++
    return min
  }

  const EMPTY = (): First => ({ set: [], nullable: true })

  const atom = (): First => {
    const ch = src[i] as string
    if (ch === '(') {
      i++
      let zeroWidth = false
      if (src[i] === '?') {
        if (src.startsWith('?:', i)) i += 2
        else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
          i += 2
          zeroWidth = true
        } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
          if (atStart && src[i + 2] === '=') lookbehindFirst = true
          i += 3
          zeroWidth = true
        } else if (src.startsWith('?<', i)) {
          const close = src.indexOf('>', i)
          if (close < 0) throw new Unsupported()
          i = close + 1
        } else throw new Unsupported()
      }
      const inner = alternatives()
      if (src[i] !== ')') throw new Unsupported()
      i++
      // A lookaround reads without consuming: the match starts with what follows it.
      return zeroWidth ? EMPTY() : inner
    }
    if (ch === '[') {
      i++
      const negated = src[i] === '^'
      if (negated) i++
      const from = i
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1
      if (i >= src.length) throw new Unsupported()
      let body = src.slice(from, i)
      i++
      if (negated) return { set: null, nullable: false }
      // A leading or trailing "-" is literal here, and would make a range beside another body.
      if (body.startsWith('-')) body = `\\${body}`
      if (body.endsWith('-') && !body.endsWith('\\-')) body = `${body.slice(0, -1)}\\-`
      return { set: [body], nullable: false }
    }
    if (ch === '\\') {
      const n = src[i + 1] ?? ''
      const code = n.charCodeAt(0)
      if (n === 'b' || n === 'B') {
        i += 2
        return EMPTY()
      }
      if ('dDwWsStnrfv'.includes(n)) {
        i += 2
        return { set: [`\\${n}`], nullable: false }
      }
      if (n === 'u' || n === 'x') {
        const hex = n === 'u' ? HEX4 : HEX2
        hex.lastIndex = i + 2
        const m = hex.exec(src)
        if (!m) throw new Unsupported()
        const written = src.slice(i, i + 2 + m[0].length)
        i += written.length
        return { set: [written], nullable: false }
      }
      // Back references, \0, \c, \p and the like: not read here.
      if (isAlnum(code) || Number.isNaN(code)) throw new Unsupported()
      i += 2
      return { set: [`\\${n}`], nullable: false }
    }
    if (ch === '.') {
      i++
      return { set: null, nullable: false }
    }
    if (ch === '^' || ch === '$') {
      i++
      return EMPTY()
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === ')' || ch === '|') throw new Unsupported()
    i++
    const code = ch.charCodeAt(0)
    return { set: [isAlnum(code) || code > 127 ? ch : `\\${ch}`], nullable: false }
  }

  const first = alternatives()
  if (i !== src.length) throw new Unsupported()
  return { first, lookbehindFirst }
}

/**
 * The source to compile for `source` (run with the g or d flags, never u or v): behind a lookahead of the
 * characters its matches can start with when it opens on a positive lookbehind, else as it is. Where the
 * first characters cannot be told (a dot, a negated class, a back reference, an empty match), as it is.
 */
export function withFirstChars(source: string): string {
  if (!source.includes('(?<=')) return source
  try {
    const { first, lookbehindFirst } = firstOf(source)
    if (!lookbehindFirst || first.set === null || first.nullable || first.set.length === 0) return source
    return `(?=[${[...new Set(first.set)].join('')}])(?:${source})`
  } catch (e) {
    if (e instanceof Unsupported) return source
    throw e
  }
}
