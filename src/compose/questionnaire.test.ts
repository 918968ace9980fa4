import { describe, expect, it } from 'vitest'
import { AnswersSchema, QUESTIONS, SECTIONS, validateAnswers } from './questionnaire.js'

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
