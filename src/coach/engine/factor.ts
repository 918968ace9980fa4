// The regex sources of a language's rules repeat the same macro expansions (word boundaries, pronoun
// sets, time expressions) thousands of times: written out, they were 2.1 MB of the 3.5 MB the build
// wrote, and reading them was most of a one-shot check's start. So the build writes every group that
// recurs once, as a piece, and the sources refer to it by number; a source is expanded when its regex
// is first built, and a letter builds only the few it may match.
import { closingParens } from './prefilter.js'

/**
 * Marks a reference in a factored source: `~n~` stands for piece n (base 36), `~~` for a `~` of the
 * source itself. Printable ASCII that JSON writes as is, and rare in a regex.
 */
const MARK = '~'
/** A recurring group shorter than this costs more as a piece (its reference and entry) than inline. */
const MIN_PIECE = 12

/** The pieces of a language's sources, each expanded once, when a source that uses it is expanded. */
export class SourceTable {
  readonly #pieces: readonly string[]
  readonly #expanded: (string | undefined)[] = []

  constructor(pieces: readonly string[]) {
    this.#pieces = pieces
  }

  /** The source that `factored` was written from (`factorSources`). */
  expand(factored: string): string {
    if (!factored.includes(MARK)) return factored
    const parts = factored.split(MARK)
    let out = parts[0] as string
    for (let k = 1; k < parts.length; k += 2) {
      const ref = parts[k] as string
      out += (ref === '' ? MARK : this.#piece(Number.parseInt(ref, 36))) + parts[k + 1]
    }
    return out
  }

  #piece(n: number): string {
    this.#expanded[n] ??= this.expand(this.#pieces[n] as string)
    return this.#expanded[n]
  }
}

/** The groups of `source`, outermost first, as [start, end) pairs. */
function* groupsOf(source: string): Generator<[number, number]> {
  const close = closingParens(source)
  for (let k = 0; k < source.length; k++) if (close[k] !== -1) yield [k, (close[k] as number) + 1]
}

/**
 * Factors sources for `SourceTable`: every group (a balanced `(…)`) of at least MIN_PIECE characters
 * that recurs becomes a piece, itself written with the pieces inside it. A piece that ends up used
 * only once (say, a group that only ever occurs inside one larger piece) is written inline instead.
 * Pieces are numbered by use, so the most used have the shortest references.
 */
export function factorSources(sources: readonly string[]): {
  pieces: string[]
  factor: (source: string) => string
} {
  const occurrences = new Map<string, number>()
  for (const source of sources)
    for (const [start, end] of groupsOf(source))
      if (end - start >= MIN_PIECE) {
        const group = source.slice(start, end)
        occurrences.set(group, (occurrences.get(group) ?? 0) + 1)
      }
  const candidates = new Set([...occurrences].filter(([, n]) => n > 1).map(([group]) => group))

  /** `source` with the outermost candidate groups in it as references; a piece does not refer to itself. */
  const write = (source: string, id: (group: string) => number, piece = false): string => {
    let out = ''
    let last = 0
    for (const [start, end] of groupsOf(source)) {
      if (start < last) continue
      const group = source.slice(start, end)
      if ((piece && group === source) || !candidates.has(group)) continue
      out += `${escapeMarks(source.slice(last, start))}${MARK}${id(group).toString(36)}${MARK}`
      last = end
    }
    return out + escapeMarks(source.slice(last))
  }
  /** How often each candidate is referred to, from the sources and from the other candidates. */
  const uses = (): Map<string, number> => {
    const count = new Map([...candidates].map((group) => [group, 0]))
    const tally = (group: string) => {
      count.set(group, (count.get(group) as number) + 1)
      return 0
    }
    for (const source of sources) write(source, tally)
    for (const group of candidates) write(group, tally, true)
    return count
  }
  for (;;) {
    const rare = [...uses()].filter(([, n]) => n < 2)
    if (rare.length === 0) break
    for (const [group] of rare) candidates.delete(group)
  }
  const byUse = [...uses()].sort((a, b) => b[1] - a[1]).map(([group]) => group)
  const ids = new Map(byUse.map((group, i) => [group, i]))
  const id = (group: string) => ids.get(group) as number
  const written = new Map<string, string>()
  const factor = (source: string): string => {
    let out = written.get(source)
    if (out === undefined) {
      out = write(source, id)
      written.set(source, out)
    }
    return out
  }
  return { pieces: byUse.map((group) => write(group, id, true)), factor }
}

const escapeMarks = (text: string) => text.replaceAll(MARK, MARK + MARK)
