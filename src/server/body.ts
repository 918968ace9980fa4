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

const UTF8 = new TextDecoder() // not streaming: one decoder serves every request

/**
 * The body as text (UTF-8), refused with 413 as soon as it passes the route's limit (a body announced
 * as too large was refused already, by the app's middleware).
 */
export async function readBodyText(c: Context): Promise<string> {
  const limit = bodyLimitFor(c.req.path)
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
  const bytes = incoming ? await readNodeBody(incoming, limit) : await readWebBody(c.req.raw.body, limit)
  return UTF8.decode(bytes)
}

type Limit = { bytes: number; label: string }

/**
 * Node's request stream, read through its events: `for await` over it (an async iterator, a promise
 * per chunk) cost about as much as the coach's own check of a known letter under load.
 */
function readNodeBody(incoming: IncomingMessage, limit: Limit): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const done = (error?: Error) => {
      incoming.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onAborted)
      if (error) reject(error)
      else resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks))
    }
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength
      if (size > limit.bytes) {
        done(tooLarge(limit.label))
        incoming.resume() // the rest is discarded, not buffered
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => done()
    const onError = (error: Error) => done(error)
    const onAborted = () => done(new Error('the request was aborted'))
    incoming.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onAborted)
    if (incoming.readableEnded) done()
  })
}

/** A Web request's body (tests through `app.request()`), bounded the same way. */
async function readWebBody(body: ReadableStream<Uint8Array> | null, limit: Limit): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  // A Web ReadableStream is async-iterable in Node (the DOM types do not say so).
  if (body)
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength
      if (size > limit.bytes) throw tooLarge(limit.label)
      chunks.push(chunk)
    }
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks)
}
