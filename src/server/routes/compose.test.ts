import { describe, expect, it } from 'vitest'
import { compose, QUESTIONS, SITUATIONS, SOLUTION_IDEAS, sms } from '../../compose/index.js'
import { errorOf, testApi } from '../test-utils/client.js'

const api = testApi()

const ANSWERS = {
  situation: 'after-argument',
  whatHappened: 'At the wedding I got jealous and in the car home I said you were embarrassing me.',
  myPart: "I raised my voice in the car and said things I didn't mean",
  feelNow: 'ashamed of that night',
  want: 'talk',
  readerName: 'Tom',
  signature: 'Maya',
  memories: ['the night we walked along the canals until sunrise'],
  cause: 'jealousy',
  solutionIdeas: ['jealousy/counselor'],
  proposal: 'coffee',
}

describe('GET /api/situations', () => {
  it('lists the situations, the causes and the solution ideas', async () => {
    const r = await api.get('/api/situations')
    expect(r.status).toBe(200)
    expect(r.json.situations).toEqual(JSON.parse(JSON.stringify(SITUATIONS)))
    expect(r.json.solutionIdeas).toEqual(SOLUTION_IDEAS)
    expect(r.json.causes).toContain('jealousy')
  })
})

describe('GET /api/questionnaire', () => {
  it('gives every question with its section, its reason and whether it depends on earlier answers', async () => {
    const r = await api.get('/api/questionnaire')
    expect(r.status).toBe(200)
    expect(r.json.sections).toContain('boundaries')
    expect(r.json.questions.map((q: { id: string }) => q.id)).toEqual(QUESTIONS.map((q) => q.id))
    for (const q of r.json.questions) {
      expect(q).toMatchObject({ id: expect.any(String), text: expect.any(String), why: expect.any(String) })
      expect(typeof q.conditional).toBe('boolean')
    }
    expect(r.json.questions.filter((q: { conditional: boolean }) => q.conditional)).toHaveLength(
      QUESTIONS.filter((q) => q.when).length,
    )
  })
})

describe('POST /api/compose', () => {
  it("gives the composer's draft, the library's very object", async () => {
    const r = await api.post('/api/compose', { answers: ANSWERS, seed: 7 })
    expect(r.status).toBe(200)
    expect(r.json).toEqual(JSON.parse(JSON.stringify(compose(ANSWERS, { seed: 7 }))))
    expect(r.json.text).toContain('Tom')
    expect(r.json.report.apiVersion).toBe(1)
  })

  it('gives the same letter for the same answers without a seed, and another for another seed', async () => {
    const a = await api.post('/api/compose', { answers: ANSWERS })
    const b = await api.post('/api/compose', { answers: ANSWERS })
    expect(a.json.text).toBe(b.json.text)
    expect(a.json).toEqual(JSON.parse(JSON.stringify(compose(ANSWERS))))
  })

  it('refuses invalid answers with 400, naming the first field and listing every error', async () => {
    const r = await api.post('/api/compose', { answers: { situation: 'on-the-moon', memories: ['ok', 5] } })
    expect(r.status).toBe(400)
    const e = errorOf(r)
    expect(e).toMatchObject({ code: 'invalid', field: 'answers.situation' })
    expect(e.message).toMatch(/must be one of/)
    expect(e.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'situation' }),
        expect.objectContaining({ field: 'memories[1]' }),
      ]),
    )
  })

  it.each([
    [{}, 'answers'],
    [{ answers: [] }, 'answers'],
    [{ answers: {}, seed: -1 }, 'seed'],
    [{ answers: {}, seed: 1.5 }, 'seed'],
    [{ answers: {}, extra: 1 }, 'extra'],
    [{ answers: {}, region: 'United Kingdom' }, 'region'],
  ])('refuses the envelope %j with 400 on %s', async (json, field) => {
    expect(errorOf(await api.post('/api/compose', json))).toMatchObject({ code: 'invalid', field })
  })
})

describe('POST /api/sms', () => {
  it('writes a message from the answers, as the library does', async () => {
    const r = await api.post('/api/sms', { answers: ANSWERS, seed: 3, ask: 'talk' })
    expect(r.status).toBe(200)
    expect(r.json).toEqual(sms(ANSWERS, { seed: 3, ask: 'talk' }))
    expect(r.json.segments).toBe(1)
  })

  it('writes a message from the letter text', async () => {
    const text = "Dear Tom,\n\nI'm sorry for the way I spoke to you.\n\nMaya"
    const r = await api.post('/api/sms', { text })
    expect(r.json).toEqual(sms(text))
    expect(r.json.text).toContain('Tom')
  })

  it('sends no message across a boundary, and says why', async () => {
    const r = await api.post('/api/sms', { answers: { ...ANSWERS, blocked: true } })
    expect(r.status).toBe(200)
    expect(r.json.text).toBe('')
    expect(r.json.notice).toMatch(/boundary/)
  })

  it.each([
    [{}, 'answers', /either answers or the letter text/],
    [{ answers: {}, text: 'hi' }, 'answers', /not both/],
    [{ text: '   ' }, 'text', /empty/],
    [{ text: 'hi', ask: 'beg' }, 'ask', /letter/],
    [{ answers: { blocked: 'maybe' } }, 'answers.blocked', /true or false/],
  ])('refuses %j with 400 on %s', async (json, field, message) => {
    const e = errorOf(await api.post('/api/sms', json))
    expect(e).toMatchObject({ code: 'invalid', field })
    expect(e.message).toMatch(message)
  })
})
