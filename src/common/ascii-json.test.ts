import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { asciiJson } from './ascii-json.js'

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/** Any code unit, lone surrogates included, and whole characters beyond U+FFFF. */
const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string())

describe('asciiJson', () => {
  it('writes <, >, &, U+2028, U+2029 and every character from U+007F up as \\u escapes', () => {
    expect(asciiJson(JSON.stringify('<a href="x">&</a>'))).toBe(
      '"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"',
    )
    expect(asciiJson(JSON.stringify('\u007f é ’ \u2028\u2029 \uffff'))).toBe(
      '"\\u007f \\u00e9 \\u2019 \\u2028\\u2029 \\uffff"',
    )
  })

  it('writes a character beyond U+FFFF as its two surrogates, two escapes', () => {
    expect(asciiJson(JSON.stringify('💔'))).toBe('"\\ud83d\\udc94"')
  })

  it('leaves JSON without any of these as it is, the same string', () => {
    const json = JSON.stringify({ a: [1, 'two', null], b: 'quotes " and \\ and \n', c: '~ {} []' })
    expect(asciiJson(json)).toBe(json)
  })

  it('gives printable ASCII that parses to the same value, for any text (property)', () => {
    fc.assert(
      fc.property(fc.array(anyText), fc.dictionary(anyText, anyText), (texts, record) => {
        const value = { texts, record }
        const json = asciiJson(JSON.stringify(value))
        expect(json).toMatch(PRINTABLE_ASCII)
        expect(JSON.parse(json)).toEqual(value)
      }),
      { numRuns: 300 },
    )
  })
})
