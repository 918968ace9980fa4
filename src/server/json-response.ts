// JSON out, ASCII-safe: `<`, `>`, `&` and every character from U+007F up written as \u escapes
// (common/ascii-json.ts says why). The parsed value is the same, no byte sequence in a response can read
// as markup whatever a letter contains and whatever sniffs it, and Node sends a one-byte body fastest.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { asciiJson } from '../common/ascii-json.js'
import { securedHeaders, securedResponse } from './security.js'

/** `JSON.stringify(value)`, ASCII-safe. */
export function safeJson(value: unknown): string {
  return asciiJson(JSON.stringify(value))
}

const JSON_TYPE = 'application/json; charset=utf-8'

export function sendJson(
  c: Context,
  value: unknown,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return sendSafeJsonText(c, safeJson(value), status, headers)
}

/**
 * An answer already written as ASCII-safe JSON (`asciiJson`'s output, as the coach's `checkJson`
 * gives), sent as it is: it is not escaped again, so the caller must not pass any other text.
 */
export function sendSafeJsonText(
  c: Context,
  safeJsonText: string,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return c.body(safeJsonText, status, { 'Content-Type': JSON_TYPE, ...headers })
}

/** The headers of a JSON answer made whole here, for the API and for the other paths. */
const SECURED_JSON = {
  api: securedHeaders({ 'Content-Type': JSON_TYPE }, { api: true }),
  other: securedHeaders({ 'Content-Type': JSON_TYPE }, { api: false }),
}

/**
 * An answer already written as ASCII-safe JSON, sent as it is with status 200, its headers written
 * whole here: the security headers (security.ts `securedHeaders`, so the middleware has nothing to
 * add) and Content-Length, the text's length, as an ASCII-only text has one byte a character
 * (@hono/node-server would otherwise count its UTF-8 bytes). Only for a handler that sets no header
 * of its own with `c.header` (only Hono's own helpers, such as `sendSafeJsonText`, apply those):
 * the check and the fixed answers. Cheaper than `sendSafeJsonText` on every request.
 */
export function sendSecuredJson(c: Context, safeJsonText: string): Response {
  // Hono answers HEAD with a GET answer's headers and no body: this one's Content-Length would be
  // passed on, which the other answers to HEAD do not carry.
  if (c.req.method === 'HEAD') return sendSafeJsonText(c, safeJsonText)
  const headers = c.req.path.startsWith('/api/') ? SECURED_JSON.api : SECURED_JSON.other
  // The same name as @hono/node-server gives it when it adds the length itself.
  return securedResponse(
    new Response(safeJsonText, { headers: { ...headers, 'Content-Length': String(safeJsonText.length) } }),
  )
}

/**
 * A handler for an answer that never changes while the server runs (health, the questionnaire, the
 * situations, the hands): made and serialized once, on first use, then the same string every time.
 * Serializing 10 KB on every request cost those routes two thirds of their throughput (bench/server).
 */
export function fixedJson(make: () => unknown | Promise<unknown>): (c: Context) => Promise<Response> {
  let json: Promise<string> | undefined
  return async (c) => {
    json ??= Promise.resolve(make()).then(safeJson)
    // A failed first make is not kept: the next request tries again.
    const body = await json.catch((error: unknown) => {
      json = undefined
      throw error
    })
    return sendSecuredJson(c, body)
  }
}
