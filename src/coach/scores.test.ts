import { describe, expect, it } from 'vitest'
import { check } from './check.js'
import type { Report } from './report.js'

const score = (r: Report, id: string) => r.scores.find((s) => s.id === id) ?? { score: -1, explanation: '' }

const GOOD = `Dear Sam,

I've been thinking about us since October, and I wanted to write rather than text. I'm sorry for the way I spoke to you that night in the kitchen. I know my jealousy pushed you away, and I've started seeing a counselor about it every Tuesday.

I still think of our walk along the cliffs in Étretat, and the terrible crêpes we laughed about for weeks. I've always admired how patient you are with your sister. I feel sad and a bit lost since you left, and I'm grateful for the three years we shared.

Would you like to have a coffee one of these days? Take all the time you need; I'll respect your answer, whatever it is.

With love,
Alex`

const PUSHY = `Sam,

You have to call me tonight. If you don't answer by Sunday, I'll move on for good. I know deep down you still love me. After everything I sacrificed for you, this is how you repay me.

Alex`

describe('the six rules', () => {
  it('scores a letter that follows the method high, and says what raised each rule', () => {
    const r = check(GOOD)
    expect(score(r, 'lucid').score).toBeGreaterThanOrEqual(90)
    expect(score(r, 'seduction').score).toBeGreaterThanOrEqual(80)
    expect(score(r, 'open-heart').score).toBeGreaterThanOrEqual(80)
    expect(score(r, 'solutions').score).toBeGreaterThanOrEqual(70)
    expect(score(r, 'seduction').explanation).toMatch(/memor|compliment|invitation/)
    expect(r.verdict.status).toBe('ready')
  })

  it('lowers lucid and brief-sincere for pressure, an ultimatum, mind-reading and guilt, and names them', () => {
    const r = check(PUSHY)
    expect(score(r, 'lucid').score).toBeLessThan(60)
    expect(score(r, 'lucid').explanation).toMatch(/pressure/)
    expect(score(r, 'lucid').explanation).toMatch(/ultimatum/)
    expect(score(r, 'brief-sincere').score).toBeLessThan(60)
    expect(score(r, 'brief-sincere').explanation).toMatch(/what they feel|guilt/)
    expect(r.verdict.status).toBe('revise')
  })

  it('advises only what the letter lacks: no coffee proposed to a letter that already invites them', () => {
    const r = check(
      "Dear Sam,\n\nI still think of our walk along the cliffs in Étretat. If you'd like a coffee one day, I'd love that.\n\nAlex",
    )
    const seduction = score(r, 'seduction')
    expect(seduction.explanation).toMatch(/Raised by a shared memory and an invitation/)
    expect(seduction.explanation).toMatch(/To improve: say what you admire in them\.$/)
    expect(seduction.explanation).not.toMatch(/coffee|recall a moment/)
    // Nothing of open-heart's in it: its whole advice, each part once.
    expect(score(r, 'open-heart').explanation).toMatch(
      /To improve: say in the first person what you feel now, say sorry plainly for your part and thank them for something real\.$/,
    )
  })

  it('advises on what lowered a rule: no "leave them free" to a letter that does, and the blame named', () => {
    const r = check(
      "Dear Sam,\n\nYou ruined everything we built. We were the perfect couple, everyone envied us. I'm sorry for my part. If you'd like a coffee one day, I'd love that, and if not, I understand.\n\nAlex",
    )
    const lucid = score(r, 'lucid')
    expect(lucid.explanation).toMatch(/lowered by idealizing and blame/)
    expect(lucid.explanation).toMatch(
      /To improve: name what was good as it was, hard parts too and say what it did to you rather than what they did wrong\.$/,
    )
    expect(lucid.explanation).not.toMatch(/leave them free to answer|demands|deadline/)
  })

  it('tells a letter too short to say more, and one too long to keep to a page, not the other way round', () => {
    const short = score(check("Dear Sam,\n\nI'm sorry. I miss you.\n\nAlex"), 'brief-sincere')
    expect(short.explanation).toMatch(/only \d+ words/)
    expect(short.explanation).toMatch(
      /To improve: say a little more of what you feel and what you have understood\.$/,
    )
    expect(short.explanation).not.toMatch(/one page/)
    const long = score(
      check(`Dear Sam,\n\n${'I walked by the river today and the light was soft. '.repeat(60)}\n\nAlex`),
      'brief-sincere',
    )
    expect(long.explanation).toMatch(
      /To improve: (?:cut a sentence or two to keep to one page|keep to what matters most, on one page)\.$/,
    )
  })

  it('tells a letter that should not be sent only what to take out: no coffee, memory or copy sheet', () => {
    const r = check(
      "Sara,\n\nI know you asked me not to text you anymore, but I can't let it end like this. Please just call me. I'll be outside your work on Friday anyway.\n\nRob",
    )
    expect(r.verdict.status).toBe('do-not-send')
    const all = r.scores.map((s) => s.explanation).join(' ')
    expect(all).not.toMatch(/coffee|recall a moment|admire|copy sheet|thank them/)
    expect(score(r, 'lucid').explanation).toMatch(
      /To improve: drop the demands and promise no contact they have not asked for\.$/,
    )
    expect(score(r, 'seduction').explanation).toBe('Nothing in the letter raises or lowers it yet.')
    expect(score(r, 'handwritten').explanation).toMatch(/what is said above comes first/)
  })

  it('says plainly not to send a threat', () => {
    const r = check("Dear Sam,\n\nYou'll regret this, I'll tell everyone what you did.\n\nAlex")
    expect(r.verdict.status).toBe('do-not-send')
    expect(r.verdict.message).toMatch(/Do not send this as it is/)
    expect(score(r, 'lucid').score).toBeLessThan(20)
  })

  it('answers a statement of not wanting to live with care and helplines, not with a lint', () => {
    const r = check("Dear Sam,\n\nI can't go on living without you.\n\nAlex")
    expect(r.care?.message).toMatch(/talk to someone/)
    const contacts = r.care?.resources.map((c) => c.contact).join(' ') ?? ''
    expect(contacts).toMatch(/988/)
    expect(contacts).toMatch(/116 123/)
    expect(contacts).toMatch(/3114/)
    const selfHarm = r.findings.filter((f) => f.ruleId === 'self-harm')
    expect(selfHarm.length).toBeGreaterThan(0)
    for (const f of selfHarm) expect(f.suggestions).toEqual([])
  })

  it('lowers brief-sincere by how far a letter runs past the page, and says it in lines', () => {
    // One short line of the letter is one handwritten line (stats.ts); neutral lines, no finding.
    const letter = (n: number) =>
      Array.from({ length: n }, (_, i) => `The bus left at ${i + 1} past seven.`).join('\n')
    const { linesPerPage } = check(letter(1)).stats.estimate
    const justOver = check(letter(linesPerPage + 1))
    const halfOver = check(letter(linesPerPage + Math.round(linesPerPage / 2)))
    const fits = check(letter(linesPerPage))
    expect(fits.stats.estimate.fitsOnePage).toBe(true)
    expect(score(fits, 'brief-sincere').score).toBe(100)
    expect(justOver.stats.estimate.lines).toBe(linesPerPage + 1)
    const one = score(justOver, 'brief-sincere')
    expect(one.score).toBeGreaterThanOrEqual(85)
    expect(one.score).toBeLessThan(100)
    expect(one.explanation).toContain(
      `a line past the one handwritten page (${linesPerPage + 1} of ${linesPerPage})`,
    )
    expect(score(halfOver, 'brief-sincere').score).toBeLessThan(60)
    for (const r of [justOver, halfOver])
      expect(score(r, 'brief-sincere').explanation).not.toMatch(/\b1 handwritten pages/)
  })

  it('keeps every score in 0–100 with a one-line explanation', () => {
    for (const text of [GOOD, PUSHY, 'I miss you.', 'x']) {
      for (const s of check(text).scores) {
        expect(s.score).toBeGreaterThanOrEqual(0)
        expect(s.score).toBeLessThanOrEqual(100)
        expect(s.explanation).not.toMatch(/\n/)
        expect(s.explanation.length).toBeGreaterThan(10)
      }
    }
  })
})
