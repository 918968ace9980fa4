// One error shape for every failure: `{ "error": { "code", "message", "field"? } }`. Handlers throw
// ApiError; the app's one onError turns it (or anything else) into that shape. Nothing else writes an
// error body, and nothing internal (stack, SQL, paths) ever reaches one.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { z } from 'zod'
import { ApiError, type ErrorBody } from './api-error.js'
import { sendJson } from './json-response.js'

export { ApiError, type ErrorBody, type ErrorCode } from './api-error.js'

/** A 400 naming the first field zod found at fault. */
export function invalid(error: z.ZodError, prefix: string[] = []): ApiError {
  const issue = error.issues[0]
  if (!issue) return new ApiError(400, 'invalid', 'The request is not valid.')
  let path = [...prefix, ...issue.path.map(String)]
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path = [...path, issue.keys[0]]
  const field = path.join('.')
  const message =
    issue.code === 'unrecognized_keys'
      ? `${field} is not a field this API knows`
      : issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
        ? `${field} is required`
        : `${field ? `${field}: ` : ''}${issue.message}`
  return new ApiError(400, 'invalid', message, field || undefined)
}

export function errorResponse(c: Context, error: ApiError): Response {
  const body: ErrorBody = { error: { code: error.code, message: error.message } }
  if (error.field) body.error.field = error.field
  Object.assign(body.error, error.extra)
  return sendJson(c, body, error.status)
}

/** The app's onError: every failure leaves through here. */
export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) return errorResponse(c, err)
    if (err instanceof HTTPException && err.status === 413) return errorResponse(c, tooLarge())
    if (err instanceof HTTPException && err.status < 500)
      return errorResponse(c, new ApiError(err.status, 'invalid', 'The request is not valid.'))
    // A bug or a broken disk: log it here, on the writer's own terminal, and say little over HTTP.
    log(`sincerely: internal error on ${c.req.method} ${c.req.path}: ${err.name}: ${err.message}`)
    if (process.env.SINCERELY_DEBUG && err.stack) log(err.stack)
    return errorResponse(
      c,
      new ApiError(500, 'internal', 'Something went wrong on our side. Your saved drafts are untouched.'),
    )
  }
}

export const tooLarge = (limit = '1 MB') =>
  new ApiError(413, 'too-large', `The request body is over the ${limit} limit.`)
