import { describe, expect, it } from 'vitest'
import { locator, normalizeNewlines } from './location.js'

describe('location', () => {
  it('normalizes CRLF and CR to LF', () => {
    expect(normalizeNewlines('a\r\nb\rc\n')).toBe('a\nb\nc\n')
    expect(normalizeNewlines('\r\r\n\n\r')).toBe('\n\n\n\n')
  })

  it('gives text without a carriage return back as it is', () => {
    const text = 'a\nb\u2028c\n\n'
    expect(normalizeNewlines(text)).toBe(text)
  })

  it('turns offsets into 1-based lines and UTF-16 columns', () => {
    const loc = locator('ab\n💔c\n\nd')
    expect(loc.toPoint(0)).toEqual({ line: 1, column: 1, offset: 0 })
    expect(loc.toPoint(5)).toEqual({ line: 2, column: 3, offset: 5 })
    expect(loc.toPoint(8)).toEqual({ line: 4, column: 1, offset: 8 })
  })
})
