// The composer's routes: the situations, the questionnaire, a first draft from the answers, and a short
// text message. The composer is imported inside the handlers, on first use, so the server starts fast.
import { Hono } from 'hono'
import { z } from 'zod'
import { ApiError } from '../errors.js'
import { readJson } from '../json-request.js'
import { fixedJson, sendJson } from '../json-response.js'
import { letterText, regionField } from './check.js'

const load = () => import('../../compose/index.js')

const seed = z
  .int()
  .min(0)
  .max(2 ** 32 - 1)
// The answers' own schema (the composer's) validates inside compose/sms; here only their envelope.
const composeSchema = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  seed: seed.optional(),
  region: regionField,
})
const smsSchema = z
  .strictObject({
    answers: z.record(z.string(), z.unknown()).optional(),
    text: z.string().optional(),
    seed: seed.optional(),
    ask: z.enum(['letter', 'talk']).optional(),
  })
  .refine((b) => (b.answers === undefined) !== (b.text === undefined), {
    message: 'send either answers or the letter text, not both',
    path: ['answers'],
  })

/** The composer's field errors (`memories[1]`) as the API's dotted path (`answers.memories.1`). */
function answersError(errors: readonly { field: string; message: string }[]): ApiError {
  const first = errors[0]
  const field = `answers${first?.field ? `.${first.field.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '')}` : ''}`
  return new ApiError(
    400,
    'invalid',
    first ? `${field}: ${first.message}` : 'The answers are not valid.',
    field,
    { errors: errors.map((e) => ({ field: e.field, message: e.message })) },
  )
}

export function composeRoutes(): Hono {
  return new Hono()
    .get(
      '/situations',
      fixedJson(async () => {
        const { SITUATIONS, SOLUTION_IDEAS, CAUSES } = await load()
        return { situations: SITUATIONS, causes: CAUSES, solutionIdeas: SOLUTION_IDEAS }
      }),
    )
    .get(
      '/questionnaire',
      fixedJson(async () => {
        const { QUESTIONS, SECTIONS } = await load()
        // `when` is a function (asked only after some answers): JSON carries only that it has one.
        const questions = QUESTIONS.map(({ when, ...q }) => ({ ...q, conditional: when !== undefined }))
        return { sections: SECTIONS, questions }
      }),
    )
    .post('/compose', async (c) => {
      const body = await readJson(c, composeSchema)
      const { compose, AnswersError } = await load()
      try {
        return sendJson(c, compose(body.answers, { seed: body.seed, region: body.region }))
      } catch (error) {
        if (error instanceof AnswersError) throw answersError(error.errors)
        throw error
      }
    })
    .post('/sms', async (c) => {
      const body = await readJson(c, smsSchema)
      const { sms, AnswersError } = await load()
      const source = body.text !== undefined ? letterText(body.text) : body.answers
      try {
        return sendJson(c, sms(source, { seed: body.seed, ask: body.ask }))
      } catch (error) {
        if (error instanceof AnswersError) throw answersError(error.errors)
        throw error
      }
    })
}
