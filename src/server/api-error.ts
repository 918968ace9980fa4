// The error a handler throws, and the shape it becomes (errors.ts turns it into a response). Its own
// module, importing nothing at run time: security.ts throws it and json-response.ts, which errors.ts uses, reads
// security.ts, so a class kept in errors.ts made the three modules import each other.
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export type ErrorCode =
  | 'invalid'
  | 'malformed-json'
  | 'forbidden-host'
  | 'forbidden-origin'
  | 'not-found'
  | 'method-not-allowed'
  | 'conflict'
  | 'too-large'
  | 'unsupported-media-type'
  | 'internal'

export interface ErrorBody {
  error: {
    code: ErrorCode
    message: string
    /** The request field at fault, as a dotted path (`answers.q1`, `versions.0.content.text`). */
    field?: string
    /** Anything else the client needs to recover, e.g. the current draft on a conflict. */
    [extra: string]: unknown
  }
}

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}
