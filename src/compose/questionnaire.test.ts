import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Answers,
  AnswersSchema,
  BOUNDARY_FIELDS,
  NOT_FOR_UNSENT,
  progress,
  QUESTIONS,
  type Question,
  SECTIONS,
  validateAnswers,
} from './questionnaire.js'

const fieldsOf = (input: unknown) => {
  const v = validateAnswers(input)
  return v.ok ? [] : v.errors.map((e) => e.field)
}

describe('the questionnaire', () => {
  it('has one question per field of the schema, each with its text, reason and section', () => {
    const schemaFields = Object.keys(AnswersSchema.shape).sort()
    expect(QUESTIONS.map((q) => q.id).sort()).toEqual(schemaFields)
    for (const q of QUESTIONS) {
      expect(q.text.length, q.id).toBeGreaterThan(10)
      expect(q.why.length, q.id).toBeGreaterThan(20)
      expect(SECTIONS).toContain(q.section)
      if (q.type === 'choice' || q.type === 'multi-choice') expect(q.choices?.length, q.id).toBeGreaterThan(1)
    }
  })

  it('asks the situation first, then the boundaries, then the step back, then the material', () => {
    const order = QUESTIONS.map((q) => SECTIONS.indexOf(q.section))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(QUESTIONS[0]?.id).toBe('situation')
  })

  it('lets every field be skipped: an empty object, and blank strings, are valid', () => {
    expect(validateAnswers({}).ok).toBe(true)
    const blank = validateAnswers({ feelNow: '   ', readerName: '', situation: '' })
    expect(blank).toEqual({ ok: true, answers: {} })
  })

  it('trims answers and accepts "yes"/"no" for yes-no questions', () => {
    const v = validateAnswers({ feelNow: '  sad  ', blocked: 'no', askedNoContact: 'yes' })
    expect(v).toEqual({ ok: true, answers: { feelNow: 'sad', blocked: false, askedNoContact: true } })
  })

  it('names the field and the problem for each error', () => {
    const v = validateAnswers({ situation: 'on-a-boat', memories: ['fine', 3], feelNow: 'x'.repeat(601) })
    expect(v.ok).toBe(false)
    if (v.ok) return
    const byField = Object.fromEntries(v.errors.map((e) => [e.field, e.message]))
    expect(byField.situation).toMatch(/must be one of: after-argument/)
    expect(byField['memories[1]']).toBe('must be text')
    expect(byField.feelNow).toMatch(/too long.*600/)
  })

  it('reports unknown fields, suggesting the right spelling', () => {
    const v = validateAnswers({ feelnow: 'sad', mood: 'x' })
    expect(v.ok).toBe(false)
    if (v.ok) return
    expect(v.errors).toContainEqual({
      field: 'feelnow',
      message: 'is not a known field (did you mean "feelNow"?)',
    })
    expect(v.errors).toContainEqual({ field: 'mood', message: 'is not a known field' })
  })

  it('refuses a solution idea of another cause, and unknown ideas', () => {
    expect(
      fieldsOf({ cause: 'distance', solutionIdeas: ['distance/visits', 'infidelity/counseling'] }),
    ).toEqual(['solutionIdeas[1]'])
    expect(fieldsOf({ solutionIdeas: ['teleportation'] })).toEqual(['solutionIdeas[0]'])
  })

  it('needs the term of endearment when address is "endearment", and the proposal text for "other"', () => {
    expect(fieldsOf({ address: 'endearment' })).toEqual(['endearment'])
    expect(fieldsOf({ proposal: 'other' })).toEqual(['proposalOther'])
  })

  it('refuses control characters, too many list items, and a non-object', () => {
    expect(fieldsOf({ feelNow: 'sad\u0007' })).toEqual(['feelNow'])
    expect(fieldsOf({ memories: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['memories'])
    const v = validateAnswers([1, 2])
    expect(v.ok).toBe(false)
  })
})

/** An answer a writer could give to `q` from a random draw, or undefined for a skip. */
function answerFor(q: Question, draw: number): unknown {
  if (draw % 5 === 0) return undefined
  const values = (q.choices ?? []).map((c) => c.value)
  switch (q.type) {
    case 'choice':
      return values[draw % values.length]
    case 'multi-choice':
      return values.filter((_, i) => (draw >> i) & 1)
    case 'yes-no':
      return draw % 7 === 1 // now and then a boundary, which makes the letter an unsent one
    case 'list':
      return ['the walk along the canal']
    default:
      return 'I was not listening.'
  }
}

describe('progress through the questionnaire', () => {
  it('asks each question once, in order, only when it applies, and its total never grows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1 << 12), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
        (draws) => {
          const raw: Record<string, unknown> = {}
          const asked = new Set<string>()
          let answers: Answers = {}
          let total = Number.POSITIVE_INFINITY
          for (let i = 0; ; i++) {
            const p = progress(answers, asked)
            expect(p.total).toBeLessThanOrEqual(total)
            total = p.total
            if (!p.next) {
              expect(p.total).toBe(asked.size) // the last step shown was the last one asked
              break
            }
            expect(p.step).toBe(asked.size + 1)
            expect(p.step).toBeLessThanOrEqual(p.total)
            expect(asked.has(p.next.id)).toBe(false)
            expect(p.next.when?.(answers) ?? true).toBe(true)
            const unsent = BOUNDARY_FIELDS.some((f) => answers[f] === true)
            expect(unsent && NOT_FOR_UNSENT.has(p.next.id)).toBe(false)
            asked.add(p.next.id)
            const value = answerFor(p.next, draws[i] as number)
            if (value !== undefined) raw[p.next.id] = value
            const valid = validateAnswers(raw)
            if (valid.ok) answers = valid.answers
            else delete raw[p.next.id]
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('counts a question that may still be turned on, and drops it once it cannot', () => {
    const endearment = QUESTIONS.findIndex((q) => q.id === 'endearment')
    expect(endearment).toBeGreaterThan(0)
    const before = new Set(QUESTIONS.slice(0, endearment).map((q) => q.id))
    const start = progress({}, new Set())
    // Everything up to it asked, the address not an endearment: it no longer counts.
    const after = progress({}, before)
    expect(after.next?.id).not.toBe('endearment')
    expect(after.total).toBeLessThan(start.total)
    expect(progress({ address: 'endearment' } as Answers, before).next?.id).toBe('endearment')
  })
})
