import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checklist, planCopySheet } from './copy-sheet.js'
import { copySheet, prepare, render } from './index.js'

const LETTER_FR = readFileSync(new URL('./fixtures/letter-fr.txt', import.meta.url), 'utf8')
const LETTER_EN = readFileSync(new URL('./fixtures/letter-en.txt', import.meta.url), 'utf8')

describe('copy sheet', () => {
  it('prints the letter with the same line breaks as the handwritten page, at each size and paper', () => {
    for (const [size, paper] of [
      ['medium', 'a4'],
      ['small', 'letter'],
      ['large', 'a5'],
    ] as const) {
      const plan = planCopySheet(prepare(LETTER_FR, { size, paper }))
      const printed = plan.flatMap((it) => (it.kind === 'line' ? [it.text] : []))
      expect(printed).toEqual(render(LETTER_FR, { size, paper, seed: 9 }).layout.rows.map((r) => r.text))
    }
  })

  it('gives each printed line a ruled writing line spaced for the hand size, and keeps blank rows', () => {
    for (const [size, spacing] of [
      ['small', 7.5],
      ['large', 11],
    ] as const) {
      const plan = planCopySheet(prepare(LETTER_EN, { size }))
      for (const it of plan) if (it.kind === 'line') expect(it.ruleY - it.y).toBeCloseTo(spacing + 1.5, 5)
      expect(plan.some((it) => it.kind === 'blank')).toBe(true)
    }
  })

  it('stays on its sheets: nothing printed past the bottom margin', () => {
    const p = prepare(`${LETTER_EN}\n\n${LETTER_EN}`, { paper: 'a5' })
    for (const it of planCopySheet(p)) {
      const bottom = 'ruleY' in it ? it.ruleY : it.y
      expect(bottom).toBeLessThanOrEqual(p.geometry.heightMm - p.geometry.margin.bottom)
    }
  })

  it('marks where each handwritten page starts and says how many pages it will take', () => {
    const p = prepare(`${LETTER_EN}\n\n${LETTER_EN}`)
    const plan = planCopySheet(p)
    expect(plan.filter((it) => it.kind === 'page-break')).toHaveLength(p.layout.pages - 1)
    const note = (items: typeof plan) => items.flatMap((it) => (it.kind === 'note' ? [it.text] : []))[0]
    expect(note(plan)).toMatch(new RegExp(`${p.layout.pages} handwritten pages`))
    expect(note(planCopySheet(prepare('Dear Sam,\n\nShort.\n\nAlex')))).toMatch(/one handwritten page/)
  })

  it('ends with the method’s re-read checklist', () => {
    const one = prepare(LETTER_FR)
    const items = planCopySheet(one).filter((it) => it.kind === 'check')
    expect(items.map((it) => it.text)).toEqual(checklist(one.layout))
    expect(checklist(one.layout).join(' ')).toMatch(/one page.*true.*concrete.*pressure.*free to answer/s)
    const two = prepare(`${LETTER_EN}\n\n${LETTER_EN}`)
    expect(checklist(two.layout)[0]).toMatch(new RegExp(`${two.layout.overflowWords} words`))
  })

  it('is a PDF set in the book face, with every accent', async () => {
    const pdf = await copySheet(LETTER_FR)
    const s = pdf.toString('latin1')
    expect(s.startsWith('%PDF-')).toBe(true)
    expect(s).toMatch(/\/BaseFont \/[A-Z]{6}\+Literata/)
    // Both the Latin and the Latin Extended faces are embedded only if used; French needs the first.
    expect(s.match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(1)
  })
})
