// JSON out, ASCII-safe: `<`, `>`, `&` and every character from U+007F up written as \u escapes
// (common/ascii-json.ts says why). The parsed value is the same, no byte sequence in a response can read
// as markup whatever a letter contains and whatever sniffs it, and Node sends a one-byte body fastest.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { asciiJson } from '../common/ascii-json.js'

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
    return sendSafeJsonText(c, body)
  }
}
