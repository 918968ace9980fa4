// JSON in: the media type (415), the syntax (400 malformed-json), then the zod schema (400 invalid,
// naming the field). The body limit has already bounded what is read.
import type { Context } from 'hono'
import type { z } from 'zod'
import { readBodyText } from './body.js'
import { ApiError, invalid } from './errors.js'

/** True when the request carries a body (a length above zero, or a chunked one). */
export function hasBody(c: Context): boolean {
  const length = c.req.header('content-length')
  if (length !== undefined) return Number(length) > 0
  return c.req.header('transfer-encoding') !== undefined
}

export function requireJsonType(c: Context): void {
  const type = c.req.header('content-type')
  // What clients send, taken as it is: the parsing below cost a check request 2.5 K instructions, and
  // up to 30 K while V8 runs it unoptimized.
  if (type === 'application/json' || type === 'application/json; charset=utf-8') return
  const [media, ...params] = (type ?? '').split(';').map((s) => s.trim().toLowerCase())
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '')
  if (media !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
    throw new ApiError(
      415,
      'unsupported-media-type',
      type
        ? `This route takes JSON: send Content-Type: application/json, not ${type}.`
        : 'This route takes JSON: send Content-Type: application/json.',
    )
  }
}

/** Reads and validates the JSON body. `optional`: a request without a body reads as `{}`. */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  { optional = false } = {},
): Promise<z.output<S>> {
  let value: unknown = {}
  if (!optional || hasBody(c) || c.req.header('content-type')) {
    requireJsonType(c)
    const text = await readBodyText(c)
    if (optional && text === '') value = {}
    else {
      try {
        value = JSON.parse(text)
      } catch {
        throw new ApiError(400, 'malformed-json', 'The request body is not valid JSON.')
      }
    }
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw invalid(parsed.error)
  return parsed.data
}
