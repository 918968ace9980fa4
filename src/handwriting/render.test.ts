import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PAPER_SPECS } from '../coach/paper.js'
import { estimatePages } from '../coach/stats.js'
import { segment } from '../coach/text/segment.js'
import { HAND_IDS, HANDS, type HandId, PANGRAMS } from './catalog.js'
import { facesOf } from './fonts.js'
import { hands, prepare, RenderOptionError, render } from './index.js'
import { baselineY } from './layout.js'
import { sameLinear } from './place.js'

const LETTER_EN = readFileSync(new URL('./fixtures/letter-en.txt', import.meta.url), 'utf8')
const LETTER_FR = readFileSync(new URL('./fixtures/letter-fr.txt', import.meta.url), 'utf8')
const SHORT =
  'Dear Sam,\n\nI am sorry for what I said. Could we talk, when you are ready?\n\nWith love,\nAlex'

/** Letters to draw from in property tests: words with repeated letters, accents and punctuation. */
const wordArb = fc.constantFrom(
  'aimer',
  'écouter',
  'ensemble',
  'Sunday',
  'letter',
  'sorry',
  'cœur',
  'à',
  'été',
  'toi,',
  'nous.',
  '« oui »',
  'l’été',
  'Ÿves',
)
const textArb = fc.array(wordArb, { minLength: 3, maxLength: 40 }).map((w) => w.join(' '))

describe('render: determinism and variation', () => {
  it('draws the same page for the same seed, and a different one for another seed', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 0, max: 2 ** 31 }), (text, seed) => {
        const a = render(text, { seed }).svg
        expect(render(text, { seed }).svg).toEqual(a)
        expect(render(text, { seed: seed + 1 }).svg).not.toEqual(a)
      }),
      { numRuns: 25 },
    )
  })

  it('at variation 0 draws the font as is: the seed changes nothing', () => {
    expect(render(SHORT, { seed: 1, variation: 0 }).svg).toEqual(render(SHORT, { seed: 2, variation: 0 }).svg)
  })

  it('never draws two successive occurrences of a glyph on a page identically', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom(...HAND_IDS),
        fc.constantFrom(0.3, 1, 2),
        (text, seed, hand, variation) => {
          const { pages } = prepare(text, { seed, hand, variation })
          for (const page of pages) {
            const last = new Map<string, (typeof page)[number]>()
            for (const g of page) {
              const key = `${g.face}:${g.glyph}`
              const prev = last.get(key)
              if (prev) expect(sameLinear(prev.m, g.m) && prev.variant === g.variant).toBe(false)
              if (prev) expect(sameLinear(prev.m, g.m)).toBe(false)
              last.set(key, g)
            }
          }
        },
      ),
      { numRuns: 40 },
    )
  })

  it('at variation 0 does draw repeated letters identically (so the law above is about the variation)', () => {
    const page = prepare('aaaa eeee', { variation: 0 }).pages[0] ?? []
    const as = page.filter((g) => g.chars === 'a')
    expect(as.length).toBeGreaterThan(1)
    const es = page.filter((g) => g.chars === 'e')
    expect(sameLinear(es[0]?.m ?? [0, 0, 0, 0, 0, 0], es[1]?.m ?? [1, 1, 1, 1, 1, 1])).toBe(true)
  })

  it('varies what a natural hand varies: glyph turn and size, baseline, word gaps, margin, ink', () => {
    const { pages, geometry } = prepare(LETTER_EN, { seed: 3 })
    const page = pages[0] ?? []
    const turns = page.map((g) => (Math.atan2(g.m[1], g.m[0]) * 180) / Math.PI)
    const sizes = page.map((g) => Math.hypot(g.m[2], g.m[3]))
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs)
    expect(spread(turns)).toBeGreaterThan(2)
    expect(spread(sizes) / (sizes[0] as number)).toBeGreaterThan(0.05)
    expect(new Set(page.map((g) => g.variant)).size).toBeGreaterThan(1)
    expect(new Set(page.map((g) => Math.round(g.weight * 5))).size).toBeGreaterThan(2)
    // The left margin drifts: first glyphs of the non-indented body lines do not line up.
    const firstX = lineStarts(prepare(LETTER_EN, { seed: 3 }))
    expect(firstX.length).toBeGreaterThan(5)
    expect(spread(firstX)).toBeGreaterThan(0.8)
    expect(Math.min(...firstX)).toBeGreaterThan(geometry.margin.left - 4)
    const flat = prepare(LETTER_EN, { seed: 3, variation: 0 })
    expect(spread(lineStarts(flat))).toBeLessThan(0.5)
    // Glyphs of one line do not sit on one straight, level baseline: heights wander along the line.
    const line = page.filter((g) => g.line === 3)
    const flatLine = (flat.pages[0] ?? []).filter((g) => g.line === 3)
    const rise = (gs: typeof page) => gs.map((g, i) => g.m[5] - (flatLine[i]?.m[5] ?? 0))
    expect(spread(rise(line))).toBeGreaterThan(0.3)
  })

  it('keeps every glyph on the paper, and each line clear of its neighbours', () => {
    for (const [variation, size] of [
      [1, 'large'],
      [2, 'large'],
      [2, 'small'],
    ] as const) {
      const { pages, geometry, layout } = prepare(LETTER_FR, { variation, seed: 11, paper: 'a5', size })
      for (const page of pages)
        for (const g of page) {
          const row = layout.lines[g.line]?.row ?? 0
          expect(Math.abs(g.m[5] - baselineY(geometry, row))).toBeLessThan(0.45 * geometry.lineSpacing)
          expect(g.m[4]).toBeGreaterThan(geometry.margin.left - 8)
          expect(g.m[4]).toBeLessThan(geometry.widthMm - geometry.margin.right + 6)
          expect(g.m[5]).toBeLessThan(geometry.heightMm)
        }
    }
  })
})

/** x of the first glyph of each line that starts at the margin (not indented, not the signature). */
function lineStarts(p: ReturnType<typeof prepare>): number[] {
  const out: number[] = []
  p.layout.lines.forEach((line, i) => {
    if (line.page !== 0 || line.x !== 0 || line.role !== 'body') return
    const first = p.pages[0]?.find((g) => g.line === i)
    if (first) out.push(first.m[4])
  })
  return out
}

describe('render: layout', () => {
  it('puts the salutation at the top left and the signature toward the right', () => {
    const r = render(LETTER_EN)
    const rows = r.layout.rows
    expect(rows[0]).toMatchObject({ page: 0, row: 0, role: 'salutation', x: 0, text: 'Dear Sam,' })
    expect(rows[1]?.row).toBe(2) // a blank line after the salutation
    const sig = rows.filter((l) => l.role === 'signature')
    expect(sig.map((l) => l.text)).toEqual(['With love,', 'Alex'])
    const usable = 210 - 25 - 20
    for (const l of sig) expect(l.x).toBeGreaterThan(usable * 0.45)
    // In the drawing too: the signature's glyphs are right of the page's middle.
    const p = prepare(LETTER_EN)
    const lastPage = p.pages[p.pages.length - 1] ?? []
    const tail = lastPage.slice(-'Alex'.length)
    expect(tail.map((g) => g.chars).join('')).toBe('Alex')
    for (const g of tail) expect(g.m[4]).toBeGreaterThan(105)
    const head = (p.pages[0] ?? []).slice(0, 4)
    expect(head.map((g) => g.chars).join('')).toBe('Dear')
    expect(head[0]?.m[4]).toBeLessThan(p.geometry.margin.left + 4)
    expect(head[0]?.m[5]).toBeLessThan(p.geometry.margin.top + p.geometry.lineSpacing + 2)
  })

  it('indents paragraphs and never draws a line wider than the page allows', () => {
    const r = prepare(LETTER_EN)
    const body = r.layout.lines.filter((l) => l.role === 'body')
    expect(body.some((l) => l.x > 0)).toBe(true)
    for (const l of r.layout.lines) expect(l.x + l.width).toBeLessThanOrEqual(r.geometry.usableWidth + 1e-9)
  })

  it('reports whether it fits one page, and how many words overflow', () => {
    const short = render(SHORT).layout
    expect(short).toMatchObject({ pages: 1, fitsOnePage: true, overflowWords: 0 })
    const long = render(`${LETTER_EN}\n\n${LETTER_EN}`).layout
    expect(long.fitsOnePage).toBe(false)
    expect(long.pages).toBeGreaterThanOrEqual(2)
    const pastFirst = long.rows.filter((l) => l.page > 0)
    const words = pastFirst.reduce(
      (n, l) => n + l.text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
      0,
    )
    expect(long.overflowWords).toBe(words)
    for (let page = 0; page < long.pages; page++) {
      const rows = long.rows.filter((l) => l.page === page)
      expect(rows.length).toBeGreaterThan(0)
      expect(Math.max(...rows.map((l) => l.row))).toBeLessThan(long.linesPerPage)
    }
    expect(render(`${LETTER_EN}\n\n${LETTER_EN}`).svg).toHaveLength(long.pages)
  })

  it('agrees with the coach’s page estimate within 20% on a 250-word letter, A4, medium, in every hand', () => {
    const words = LETTER_EN.split(/\s+/).filter(Boolean).length
    expect(words).toBeGreaterThan(230)
    expect(words).toBeLessThan(290)
    const coach = estimatePages(LETTER_EN, segment(LETTER_EN, 'en'), 'a4', 'medium').lines
    for (const hand of HAND_IDS) {
      const lines = render(LETTER_EN, { hand, paper: 'a4', size: 'medium' }).layout.lines
      expect(Math.abs(lines - coach) / coach, `${hand}: ${lines} lines, coach ${coach}`).toBeLessThanOrEqual(
        0.2,
      )
    }
  })

  it('sizes the hand to the shared geometry: more lines when the hand is larger, fewer on wider paper', () => {
    const lines = (size: 'small' | 'medium' | 'large', paper: 'a4' | 'a5' | 'letter') =>
      render(LETTER_EN, { size, paper }).layout.lines
    expect(lines('small', 'a4')).toBeLessThan(lines('medium', 'a4'))
    expect(lines('medium', 'a4')).toBeLessThan(lines('large', 'a4'))
    expect(lines('medium', 'a5')).toBeGreaterThan(lines('medium', 'a4'))
    expect(PAPER_SPECS.letter.widthMm).toBeGreaterThan(PAPER_SPECS.a4.widthMm)
  })
})

describe('render: text and coverage', () => {
  it('draws the English and French pangrams in every hand, in the hand’s own faces', () => {
    for (const hand of HAND_IDS) {
      for (const text of Object.values(PANGRAMS)) {
        const r = prepare(text, { hand })
        expect(r.report.fallbacks, hand).toEqual([])
        const own = new Set(facesOf(hand).map((f) => f.index))
        for (const page of r.pages) for (const g of page) expect(own.has(g.face)).toBe(true)
      }
    }
  })

  it('draws every character it is given: none dropped, none swapped', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...HAND_IDS), (text, hand) => {
        const drawn = prepare(text, { hand })
          .pages.flat()
          .map((g) => g.chars)
          .join('')
        expect(drawn).toBe(text.normalize('NFC').replace(/[\s\u00a0]/g, ''))
      }),
      { numRuns: 30 },
    )
  })

  it('normalises to NFC: a decomposed letter draws the same as a composed one', () => {
    const composed = render('Il était une fois, à côté.', { seed: 5 }).svg
    expect(render('Il e\u0301tait une fois, a\u0300 co\u0302te\u0301.', { seed: 5 }).svg).toEqual(composed)
  })

  it('draws a character the hand lacks with another face, visibly, and reports it', () => {
    // Find a character one hand has and another lacks, from the fonts themselves.
    let found: { lacking: HandId; char: string } | undefined
    for (const lacking of HAND_IDS) {
      for (const other of HAND_IDS) {
        if (other === lacking) continue
        const cp = facesOf(other)
          .flatMap((f) => f.font.characterSet)
          .find(
            (c) =>
              c > 0x100 &&
              /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(c)) &&
              !facesOf(lacking).some((f) => f.font.hasGlyphForCodePoint(c)),
          )
        if (cp && !found) found = { lacking, char: String.fromCodePoint(cp) }
      }
    }
    expect(found).toBeDefined()
    const { lacking, char } = found as { lacking: HandId; char: string }
    const r = prepare(`Dear Sam, ${char} here`, { hand: lacking })
    const fallback = r.report.fallbacks.find((f) => f.char === char)
    expect(fallback).toMatchObject({ count: 1 })
    expect(fallback?.drawnWith).not.toBe(lacking)
    expect(fallback?.drawnWith).not.toBeNull()
    const glyph = r.pages.flat().find((g) => g.chars === char)
    expect(glyph).toBeDefined()
    expect(facesOf(lacking).map((f) => f.index)).not.toContain(glyph?.face)
  })

  it('draws a character no bundled face has as a visible box, and reports it', () => {
    const r = prepare('Je t’aime 日 toujours', {})
    expect(r.report.fallbacks).toEqual([{ char: '日', codePoint: 'U+65E5', drawnWith: null, count: 1 }])
    expect(r.pages.flat().find((g) => g.chars === '日')?.glyph).toBe(-1)
    expect(render('Je t’aime 日 toujours').svg[0]).toContain('gxv')
  })
})

describe('render: outputs', () => {
  it('writes well-formed SVG with outlines defined once and used per glyph', () => {
    const svg = render(LETTER_EN).svg[0] as string
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm"')).toBe(true)
    expect(svg).not.toMatch(/NaN|undefined|Infinity/)
    const uses = svg.match(/<use /g)?.length ?? 0
    const defs = svg.match(/<path id=/g)?.length ?? 0
    expect(uses).toBeGreaterThan(800)
    expect(defs).toBeLessThan(uses / 3)
    for (const [, id] of svg.matchAll(/href="#([^"]+)"/g)) expect(svg).toContain(`id="${id}"`)
    expect(svg.length).toBeLessThan(400_000)
  })

  it('draws each paper style and ink', () => {
    const lined = render(SHORT, { style: 'lined', ink: 'black' }).svg[0] as string
    expect(lined).toMatch(/stroke="#a9c0de"/)
    expect(lined).toContain('#1f1e24')
    const cream = render(SHORT, { style: 'cream', ink: 'violet' }).svg[0] as string
    expect(cream).toContain('#f7f0df')
    expect(cream).toContain('#3a1d5c')
  })

  it('rasterises a page to PNG at the asked resolution', () => {
    const png = render(SHORT).png(0, { dpi: 72 })
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.readUInt32BE(16)).toBe(Math.round((210 / 25.4) * 72))
    expect(() => render(SHORT).png(3)).toThrow(RenderOptionError)
  })

  it('writes a vector PDF: one page per page, glyphs as form XObjects, no text', async () => {
    const r = render(`${LETTER_EN}\n\n${LETTER_EN}`)
    const pdf = await r.pdf()
    const s = pdf.toString('latin1')
    expect(s.startsWith('%PDF-')).toBe(true)
    expect(s.match(/\/Type \/Page\b/g)?.length).toBe(r.layout.pages)
    expect(s).toMatch(/\/Subtype \/Form/)
    expect(s).not.toMatch(/\/Font\b/)
  })
})

describe('options', () => {
  it('refuses what is not offered, with a clear message', () => {
    expect(() => render(SHORT, { hand: 'comic-sans' })).toThrow(/unknown hand "comic-sans" \(choose caveat, /)
    expect(() => render(SHORT, { paper: 'a3' })).toThrow(/unknown paper "a3"/)
    expect(() => render(SHORT, { size: 'huge' })).toThrow(/unknown size/)
    expect(() => render(SHORT, { style: 'dotted' })).toThrow(/unknown paper style/)
    expect(() => render(SHORT, { ink: 'red' })).toThrow(/unknown ink/)
    expect(() => render(SHORT, { variation: 3 })).toThrow(/variation must be/)
    expect(() => render(' \n\u200b\n ')).toThrow(/empty/)
  })

  it('lists at least four hands, each OFL or Apache, with a sample line', () => {
    const list = hands()
    expect(list.length).toBeGreaterThanOrEqual(4)
    expect(new Set(list.map((h) => h.id)).size).toBe(list.length)
    for (const h of list) {
      expect(['OFL-1.1', 'Apache-2.0']).toContain(h.license)
      expect(h.sample.length).toBeGreaterThan(20)
      expect(HANDS[h.id].name).toBe(h.name)
    }
  })
})
