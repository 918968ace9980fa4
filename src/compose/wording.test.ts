import { describe, expect, it } from 'vitest'
import { check } from '../coach/check.js'
import { SITUATION_IDS } from './situations.js'
import { SOLUTION_IDEAS } from './solutions.js'
import { type Frames, SHARED, type SituationWording, WORDING } from './wording.js'

/** Every list of wordings, with a name, found anywhere in a table. */
function variantLists(table: unknown, path: string, out: [string, readonly string[]][] = []) {
  if (Array.isArray(table)) {
    if (table.every((x) => typeof x === 'string')) out.push([path, table])
  } else if (table && typeof table === 'object')
    for (const [k, v] of Object.entries(table)) variantLists(v, `${path}.${k}`, out)
  return out
}

const fill = (s: string) =>
  s
    .replace(/\{x\}/g, 'our walk by the river')
    .replace(/\{X\}/g, 'We walked by the river.')
    .replace(/\{(name|third)\}/g, 'Sam')
    .replace(/\{they\}/g, 'she')
    .replace(/\{them\}/g, 'her')
    .replace(/\{[Ee]ndearment\}/g, 'my love')

const ids = (text: string) => check(text).findings.map((f) => f.ruleId)

describe('the wording', () => {
  it('has at least 3 wordings for every connective part of every situation', () => {
    for (const id of SITUATION_IDS) {
      for (const [path, list] of variantLists(WORDING[id], id))
        expect(list.length, path).toBeGreaterThanOrEqual(3)
    }
    for (const [path, list] of variantLists(SHARED, 'shared')) {
      if (path.endsWith('.selfFramed')) continue // prefixes, not wordings
      expect(list.length, path).toBeGreaterThanOrEqual(3)
      expect(new Set(list).size, `${path}: distinct`).toBe(list.length)
    }
  })

  it('has no sentence of ours that the coach finds a pitfall in', () => {
    const all = [...variantLists(SHARED, 'shared'), ...variantLists(WORDING, 'situations')]
    for (const [path, list] of all) {
      if (path.endsWith('.selfFramed')) continue
      for (const s of list) {
        const pitfalls = check(fill(s)).findings.filter((f) => f.kind === 'pitfall')
        expect(
          pitfalls.map((f) => `${f.ruleId}: ${f.actual}`),
          `${path}: ${s}`,
        ).toEqual([])
      }
    }
  })

  const carries: [string, string, (w: SituationWording) => readonly string[] | undefined][] = [
    ['feeling', 'feeling', (w) => w.feeling],
    ['apology', 'apologyDefault', (w) => w.apologyDefault],
    ['accountability', 'accountability', (w) => w.accountability],
    ['space', 'newLife', (w) => w.newLife],
    ['solution', 'changeIntro', (w) => w.changeIntro],
  ]
  it.each(SITUATION_IDS)('%s: each connective wording carries the strength it is there for', (id) => {
    for (const [strength, part, get] of carries) {
      for (const s of get(WORDING[id]) ?? []) expect(ids(s), `${id}.${part}: ${s}`).toContain(strength)
    }
  })

  it('each shared wording carries its strength: invitation, space, apology, accountability', () => {
    for (const list of Object.values(SHARED.invitation))
      for (const s of list) expect(ids(s), s).toContain('invitation')
    for (const s of [...SHARED.space, ...SHARED.onlyLetter]) expect(ids(s), s).toContain('space')
    for (const list of Object.values(SHARED.unsent.boundary))
      for (const s of list) expect(ids(s), s).toContain('space')
    for (const s of SHARED.apologyDefault) expect(ids(s), s).toContain('apology')
    for (const s of SHARED.accountability) expect(ids(s), s).toContain('accountability')
  })

  it('the space sentence does not take back the invitation before it', () => {
    for (const inv of SHARED.invitation.coffee)
      for (const sp of SHARED.space) expect(ids(`${inv} ${sp}`), `${inv} ${sp}`).toContain('invitation')
  })

  it('every solution idea, in every frame, reads as a concrete solution to the coach', () => {
    const frames: Frames = SHARED.frames.solution
    for (const idea of SOLUTION_IDEAS)
      for (const f of frames.verb ?? []) {
        const s = f.replace('{x}', idea.text)
        expect(ids(s), s).toContain('solution')
      }
  })
})
