// POST /api/check: the coach's report on a letter, the very object `check()` and
// `sincerely check --format json` give (the contract test holds all three to it).
import { Hono } from 'hono'
import { z } from 'zod'
import { REGION_CODE } from '../../coach/care.js'
import { checkJson } from '../../coach/check.js'
import { HAND_SIZES, PAPERS } from '../../coach/paper.js'
import { LANGUAGES } from '../../coach/report.js'
import { ApiError } from '../errors.js'
import { readJson } from '../json-request.js'
import { sendSecuredJson } from '../json-response.js'

/** Where the writer is, a two-letter country code: its helplines come first when care is needed. */
export const regionField = z
  .string()
  .regex(REGION_CODE, 'expected a two-letter country code, such as GB or US')
  .optional()

export const checkRequestSchema = z.strictObject({
  text: z.string(),
  language: z.enum(LANGUAGES as readonly ['en']).optional(),
  paper: z.enum(PAPERS).optional(),
  size: z.enum(HAND_SIZES).optional(),
  handwritten: z.boolean().optional(),
  region: regionField,
  /** false: the rules alone, without the sentence classifier behind them. */
  model: z.boolean().optional(),
})

/** The same refusals as the CLI's `decodeLetter`, for text that arrives as a JSON string. */
export function letterText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  if (text.includes('\u0000'))
    throw new ApiError(400, 'invalid', 'text: contains NUL characters; a letter is plain text', 'text')
  if (text.trim() === '') throw new ApiError(400, 'invalid', 'text: the letter is empty', 'text')
  return text
}

export function checkRoutes(): Hono {
  return new Hono().post('/check', async (c) => {
    const body = await readJson(c, checkRequestSchema)
    // The report's JSON as the coach writes it, ASCII-safe, each known line's findings serialized and
    // escaped once (letter.ts): sent as it is.
    const json = checkJson(letterText(body.text), {
      language: body.language,
      paper: body.paper,
      size: body.size,
      handwritten: body.handwritten ?? false,
      model: body.model,
      region: body.region,
    })
    return sendSecuredJson(c, json)
  })
}
