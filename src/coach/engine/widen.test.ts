import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { widen } from './run.js'

/**
 * widen() as it was before it looked only CLAUSE_WINDOW characters either way: walk to the clause's
 * edges however far, then cut a long clause at its conjunctions. The reference for the bounded one.
 */
function unbounded(text: string, from: number, to: number): [number, number] {
  const isBreak = (i: number) => {
    const ch = text[i] as string
    if (',;:—–()…'.includes(ch))
      return !(ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))
    return ch === '-' && text[i - 1] === ' ' && text[i + 1] === ' '
  }
  let a = from
  let b = to
  while (a > 0 && !isBreak(a - 1)) a--
  while (b < text.length && !isBreak(b)) b++
  if (b - a > 90) {
    const clause = text.slice(a, b)
    let left = a
    let right = b
    for (const m of clause.matchAll(
      /\s(?:and|but|so|because|cause|cuz|coz|though|although|while|whereas|then|plus|or|since)\s/giu,
    )) {
      const start = a + m.index
      const end = start + m[0].length
      if (end <= from) left = end - 1
      else if (start >= to && right === b) right = start
    }
    ;[a, b] = [left, right]
    if (b - a > 45) [a, b] = [from, to]
  }
  let slice = text.slice(a, b)
  const lead = /^[^\p{L}\p{N}"“‘'«(]+/u.exec(slice)
  if (lead) {
    a += lead[0].length
    slice = slice.slice(lead[0].length)
  }
  const trail = /[^\p{L}\p{N}"”’'»)]+$/u.exec(slice)
  if (trail && a + slice.length - trail[0].length > a) b = a + slice.length - trail[0].length
  return [a, b]
}

const word = fc.constantFrom(
  'you',
  'ruined',
  'everything',
  'and',
  'but',
  'so',
  'i',
  'love',
  'we',
  'walked',
  'then',
  '1,000',
)
const gap = fc.constantFrom(' ', ' ', ' ', ', ', ' - ', '; ', ' (', ') ')

describe('widening a match to its clause', () => {
  it('gives the span the unbounded walk gives, on run-ons of any length (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 160 }),
        fc.nat(),
        fc.nat(40),
        (parts, at, length) => {
          const text = parts.map(([w, g]) => w + g).join('')
          const from = at % text.length
          const to = Math.min(text.length, from + 1 + length)
          const span = widen(text, { from: 0, to: text.length }, from, to, 'clause')
          expect([span.from, span.to]).toEqual(unbounded(text, from, to))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
