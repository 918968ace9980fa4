import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apostrophesOptional, contractionsJoined } from './contractions.js'

const matches = (source: string, text: string) => new RegExp(source).test(text)

describe('contractionsJoined', () => {
  it("lets a contraction after a space match as written ('i'm', not 'i 'm')", () => {
    const src = contractionsJoined("\\bi (?:was|am|'m) the one")
    expect(matches(src, "i'm the one")).toBe(true)
    expect(matches(src, 'i was the one')).toBe(true)
    expect(matches(src, 'i am the one')).toBe(true)
    expect(matches(src, "i 'm the one")).toBe(false)
  })

  it('reads the spacings rules use: a space, a run of spaces, \\s and \\s+', () => {
    for (const ws of [' ', ' +', '\\s', '\\s+']) {
      const src = contractionsJoined(`could${ws}(?:have|'ve) known`)
      expect(matches(src, "could've known"), ws).toBe(true)
      expect(matches(src, 'could have known'), ws).toBe(true)
    }
  })

  it("joins an optional apostrophe only where it is written ('we're'), never making 'were' of 'we' and 're'", () => {
    const src = contractionsJoined("\\bwe\\s+(?:was|'?re) perfect")
    for (const t of ["we're perfect", 'we re perfect', 'we was perfect'])
      expect(matches(src, t), t).toBe(true)
    expect(matches(src, 'the scones were perfect')).toBe(false)
  })

  it('rewrites nested groups and leaves other groups as they are', () => {
    expect(contractionsJoined("a (?:b (?:c|'ll)|d)")).toBe("a (?:b(?: (?:c)|'ll)|d)")
    expect(contractionsJoined('a (?:b|c) d')).toBe('a (?:b|c) d')
    expect(contractionsJoined("said (?:'no'|no)")).toBe("said (?:'no'|no)")
  })

  it('leaves a quantified group alone, where the space is needed without it', () => {
    expect(contractionsJoined("x (?:a|'m)?y")).toBe("x (?:a|'m)?y")
  })

  it('leaves escapes and classes alone', () => {
    expect(contractionsJoined("\\ (?:a|'m)")).toBe("\\ (?:a|'m)")
    expect(contractionsJoined("[ (?:]'m")).toBe("[ (?:]'m")
  })

  it('never loses a match the source had (property)', () => {
    const word = fc.constantFrom('i', 'you', 'we', 'was', 'am', 'are', 'have')
    const contraction = fc.constantFrom("'m", "'re", "'ve", "'s", "'d", "'ll", "'?re")
    fc.assert(
      fc.property(
        word,
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(contraction, { maxLength: 2 }),
        (head, words, cs) => {
          const source = `${head} (?:${[...words, ...cs].join('|')})\\b`
          const rewritten = contractionsJoined(source)
          for (const w of words) {
            const text = `${head} ${w}`
            expect(matches(rewritten, text)).toBe(matches(source, text))
          }
          for (const c of cs) {
            expect(matches(rewritten, `${head}${c.replace('?', '')}`)).toBe(true)
            if (c.startsWith("'?")) expect(matches(rewritten, `${head} ${c.slice(2)}`)).toBe(true)
          }
        },
      ),
    )
  })
})

describe('apostrophesOptional', () => {
  it("reads texting's 'Ive', 'dont', 'youre' where the source wrote the apostrophe", () => {
    const src = apostrophesOptional("\\bi've had to|\\bdon't go|you(?:'re| are) right")
    for (const t of ["i've had to", 'ive had to', 'dont go', "don't go", 'youre right', 'you are right'])
      expect(matches(src, t), t).toBe(true)
  })

  it('leaves the contractions that would make another word ("ill", "id", "were", "its")', () => {
    expect(apostrophesOptional("\\bi'll|\\bi'd|we're|it's")).toBe("\\bi'll|\\bi'd|we're|it's")
  })

  it('leaves an apostrophe already optional, a class, and words inside other words', () => {
    expect(apostrophesOptional("i'?ve")).toBe("i'?ve")
    expect(apostrophesOptional("[i've]")).toBe("[i've]")
    expect(apostrophesOptional("hi've")).toBe("hi've")
  })

  it('never loses a match (property)', () => {
    const piece = fc.constantFrom(
      "i've",
      "don't",
      "you(?:'re| are)",
      "that's",
      'i am',
      'do not',
      "can't",
      ' ',
      'x',
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 20 }),
        (pieces, text) => {
          const source = pieces.join('')
          const t = text + source.replace(/\(\?:'re\| are\)/, "'re")
          if (matches(source, t)) expect(matches(apostrophesOptional(source), t)).toBe(true)
        },
      ),
    )
  })
})
