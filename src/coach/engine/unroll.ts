// The one-shot command line compiles each regex a letter needs, with V8's regex optimizations off
// (src/cli/commands/check.ts): they cost more to compile than a single run gains. But that also turns
// off V8's unrolling of small quantifiers, so every `x+` and `x?` (some 3,000 and 2,600 of them in the
// sources a 150-word letter runs) becomes a loop with a counter register, whose bookkeeping is the
// costliest part of compiling. So the build writes them the way V8 unrolls them when it optimizes:
// `x+` as `xx*` (x one character, class or escape) and `x?` as `(?:x|)` (lazy: `(?:|x)`). The same
// matches, tried in the same order; with the optimizations on, V8 builds the same graph from either.
// A quantified atom holding a capture, anything inside a lookbehind (read backwards) and any other
// quantifier are left as they are.

class Unsupported extends Error {}

const QUANTIFIER = /[*+?]\??|\{\d+(?:,\d*)?\}\??/y
const HEX4 = /[0-9a-fA-F]{4}/y
const HEX2 = /[0-9a-fA-F]{2}/y

/** An atom as read: its text, and what unrolling needs to know of it. */
interface Atom {
  text: string
  /** One character, class or character escape: `x+` may become `xx*`. */
  single: boolean
  /** A non-capturing group `(?:…)` holding no capture: its alternatives, unrolled. */
  inner?: string
  /** Holds a capturing group, or is an assertion: left alone. */
  keep: boolean
}

/**
 * `source` with `x+` written `xx*` and `x?` written `(?:x|)` wherever that matches the same (see above);
 * the source unchanged when it holds anything this reader does not know.
 */
export function unrolled(source: string): string {
  try {
    const r = new Reader(source)
    const out = r.alternatives(false)
    if (r.i !== source.length) throw new Unsupported()
    return out
  } catch (e) {
    if (e instanceof Unsupported) return source
    throw e
  }
}

class Reader {
  i = 0
  /** Whether a capturing group was read since this was last reset. */
  captured = false

  constructor(readonly src: string) {}

  alternatives(behind: boolean): string {
    let out = this.sequence(behind)
    while (this.src[this.i] === '|') {
      this.i++
      out += `|${this.sequence(behind)}`
    }
    return out
  }

  sequence(behind: boolean): string {
    const { src } = this
    let out = ''
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      const outer = this.captured
      this.captured = false
      const atom = this.atom(behind)
      const keep = atom.keep || this.captured
      this.captured ||= outer
      QUANTIFIER.lastIndex = this.i
      const q = QUANTIFIER.exec(src)?.[0] ?? ''
      this.i += q.length
      if (behind || keep || q === '') out += atom.text + q
      else if ((q === '+' || q === '+?') && atom.single) out += `${atom.text}${atom.text}*${q.slice(1)}`
      else if (q === '?' || q === '??') {
        const body = atom.inner ?? atom.text
        out += q === '?' ? `(?:${body}|)` : `(?:|${body})`
      } else out += atom.text + q
    }
    return out
  }

  atom(behind: boolean): Atom {
    const { src } = this
    const ch = src[this.i] as string
    const start = this.i
    if (ch === '(') {
      let head: string
      let capture = false
      let lookbehind = false
      if (src[this.i + 1] !== '?') {
        head = '('
        capture = true
      } else if (
        src.startsWith('(?:', this.i) ||
        src.startsWith('(?=', this.i) ||
        src.startsWith('(?!', this.i)
      )
        head = src.slice(this.i, this.i + 3)
      else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
        head = src.slice(this.i, this.i + 4)
        lookbehind = true
      } else if (src.startsWith('(?<', this.i)) {
        const close = src.indexOf('>', this.i)
        if (close < 0) throw new Unsupported()
        head = src.slice(this.i, close + 1)
        capture = true
      } else throw new Unsupported()
      this.i += head.length
      const inner = this.alternatives(behind || lookbehind)
      if (src[this.i] !== ')') throw new Unsupported()
      this.i++
      if (capture) this.captured = true
      const text = `${head}${inner})`
      // A lookaround is an assertion: quantified, it is left as written.
      if (head !== '(?:' || capture) return { text, single: false, keep: head !== '(?:' }
      return { text, single: false, inner, keep: false }
    }
    if (ch === '[') {
      this.i++
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1
      if (this.i >= src.length) throw new Unsupported()
      this.i++
      return { text: src.slice(start, this.i), single: true, keep: false }
    }
    if (ch === '\\') {
      const n = src[this.i + 1] ?? ''
      if (n === 'b' || n === 'B') {
        this.i += 2
        return { text: src.slice(start, this.i), single: false, keep: true }
      }
      if (n === 'u' || n === 'x') {
        const hex = n === 'u' ? HEX4 : HEX2
        hex.lastIndex = this.i + 2
        const m = hex.exec(src)
        if (!m) throw new Unsupported()
        this.i += 2 + m[0].length
        return { text: src.slice(start, this.i), single: true, keep: false }
      }
      // Back references, \0, \c, \k, \p: not read here.
      if (/[0-9ckpPu]/.test(n) || n === '') throw new Unsupported()
      this.i += 2
      return { text: src.slice(start, this.i), single: true, keep: false }
    }
    if (ch === '^' || ch === '$') {
      this.i++
      return { text: ch, single: false, keep: true }
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '}' || ch === ']')
      throw new Unsupported()
    this.i++
    return { text: ch, single: true, keep: false }
  }
}
