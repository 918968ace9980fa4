// Rule patterns are written with Unicode property escapes (\p{L}), which need the `u` flag; with `iu`,
// V8 spends about a second compiling the rules' regexes. Letters in a letter to an ex are Latin,
// Greek or Cyrillic, so the escapes are rewritten as explicit ranges and the patterns compiled with
// `i` alone: the same matches on such text, at a fraction of the compile cost.

const LETTER =
  'a-zA-Z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1FFF'
const NUMBER = '0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE'
const PICTOGRAPH = '(?:[\\u2190-\\u21FF\\u2300-\\u27BF\\u2B00-\\u2BFF]|[\\uD83C-\\uD83E][\\uDC00-\\uDFFF])'

const PROPERTY = /\\([pP])\{([A-Za-z_]+)\}/y

const IN_CLASS: Record<string, string> = { L: LETTER, N: NUMBER }

/** Rewrites \p{L}, \p{N} and \p{Extended_Pictographic} so the source compiles without the `u` flag. */
export function withoutUnicodeEscapes(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string
    if (ch === '\\') {
      PROPERTY.lastIndex = i
      const m = PROPERTY.exec(source)
      if (m) {
        const [all, p, name] = m as unknown as [string, string, string]
        const range = IN_CLASS[name]
        if (p === 'P' || (!range && name !== 'Extended_Pictographic') || (inClass && !range)) {
          throw new Error(`unsupported escape ${all}`)
        }
        out += inClass ? range : range ? `[${range}]` : PICTOGRAPH
        i += all.length - 1
        continue
      }
      if (source[i + 1] === 'u' && source[i + 2] === '{') throw new Error('unsupported escape \\u{…}')
      out += ch + (source[i + 1] ?? '')
      i++
      continue
    }
    if (inClass && ch === ']') inClass = false
    else if (!inClass && ch === '[') inClass = true
    out += ch
  }
  return out
}
