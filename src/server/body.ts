// Request bodies: bounded, and read straight from Node's request stream when there is one. Reading
// through the Web Request that @hono/node-server would otherwise build (a ReadableStream, an abort
// signal, a second stream to count bytes) cost more than the coach itself on a check request.
import type { IncomingMessage } from 'node:http'
import type { Context } from 'hono'
import { tooLarge } from './errors.js'

/** Request bodies above this are refused with 413, from Content-Length before any byte is read. */
export const MAX_BODY_BYTES = 1024 * 1024
/** An import file holds every version of every draft, so it gets more room. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024

export function bodyLimitFor(path: string): { bytes: number; label: string } {
  return path === '/api/import'
    ? { bytes: MAX_IMPORT_BYTES, label: '64 MB' }
    : { bytes: MAX_BODY_BYTES, label: '1 MB' }
}

/** Refuses a body announced as too large before reading any of it. */
export function refuseAnnouncedTooLarge(c: Context): void {
  const limit = bodyLimitFor(c.req.path)
  const length = c.req.header('content-length')
  if (length !== undefined && Number(length) > limit.bytes) throw tooLarge(limit.label)
}

/**
 * The body as text (UTF-8), refused with 413 as soon as it passes the route's limit (a body announced
 * as too large was refused already, by the app's middleware).
 */
export async function readBodyText(c: Context): Promise<string> {
  const limit = bodyLimitFor(c.req.path)
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  // A Web ReadableStream is async-iterable in Node (the DOM types do not say so).
  const source = (incoming ?? c.req.raw.body) as AsyncIterable<Uint8Array> | null
  const chunks: Uint8Array[] = []
  let size = 0
  if (source)
    for await (const chunk of source) {
      size += chunk.byteLength
      if (size > limit.bytes) {
        incoming?.resume() // the rest is discarded, not buffered
        throw tooLarge(limit.label)
      }
      chunks.push(chunk)
    }
  return new TextDecoder().decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))
}
