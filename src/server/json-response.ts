// JSON out. `<`, `>` and `&` are written as \u escapes: the parsed value is the same, but no byte
// sequence in a response can read as markup, whatever a letter contains and whatever sniffs it.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

const UNSAFE = /[<>&\u2028\u2029]/g
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/** The same class, to test for (`test` on the global one would move its lastIndex). */
const ANY_UNSAFE = new RegExp(UNSAFE.source)

export function safeJson(value: unknown): string {
  return escapeJson(JSON.stringify(value))
}

/** JSON text with `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes (the same parsed value). */
export function escapeJson(json: string): string {
  // Most answers hold none of these: a test is cheaper than a replace that finds nothing.
  return ANY_UNSAFE.test(json) ? json.replace(UNSAFE, (ch) => ESCAPES[ch] as string) : json
}

const JSON_TYPE = 'application/json; charset=utf-8'

export function sendJson(
  c: Context,
  value: unknown,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return sendJsonText(c, JSON.stringify(value), status, headers)
}

/** An answer already written as JSON (the coach's `checkJson`), escaped as `sendJson` escapes. */
export function sendJsonText(
  c: Context,
  json: string,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return c.body(escapeJson(json), status, { 'Content-Type': JSON_TYPE, ...headers })
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
    return c.body(body, 200, { 'Content-Type': JSON_TYPE })
  }
}
