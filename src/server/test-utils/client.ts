// Calls a createApp() app in-process, as the studio would: from its own origin, with JSON.
import type { Hono } from 'hono'
import type { SqliteDraftStore } from '../../store/sqlite.js'
import { openSqliteStore } from '../../store/sqlite.js'
import { createApp } from '../app.js'

export const BASE = 'http://127.0.0.1:4321'

export interface Reply {
  status: number
  headers: Headers
  text: string
  // biome-ignore lint/suspicious/noExplicitAny: test convenience, asserted field by field
  json: any
}

export interface TestApi {
  app: Hono
  store: SqliteDraftStore
  logs: string[]
  request(
    method: string,
    path: string,
    init?: { json?: unknown; body?: BodyInit; headers?: Record<string, string> },
  ): Promise<Reply>
  get(path: string): Promise<Reply>
  post(path: string, json?: unknown): Promise<Reply>
  put(path: string, json: unknown): Promise<Reply>
  delete(path: string): Promise<Reply>
}

export function testApi(store: SqliteDraftStore = openSqliteStore({ file: ':memory:' })): TestApi {
  const logs: string[] = []
  const app = createApp({ store, log: (line) => logs.push(line) })
  const request: TestApi['request'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers }
    let body = init.body
    if (init.json !== undefined) {
      body = JSON.stringify(init.json)
      headers['content-type'] ??= 'application/json'
    }
    const res = await app.request(`${BASE}${path}`, { method, headers, body })
    const text = await res.text()
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    return { status: res.status, headers: res.headers, text, json }
  }
  return {
    app,
    store,
    logs,
    request,
    get: (path) => request('GET', path),
    post: (path, json) => request('POST', path, json === undefined ? {} : { json }),
    put: (path, json) => request('PUT', path, { json }),
    delete: (path) => request('DELETE', path),
  }
}

/** Asserts the one error shape and returns its `error` object. */
export function errorOf(reply: Reply): {
  code: string
  message: string
  field?: string
  [k: string]: unknown
} {
  const body = reply.json
  if (
    !body ||
    typeof body.error !== 'object' ||
    typeof body.error.code !== 'string' ||
    typeof body.error.message !== 'string'
  )
    throw new Error(`not the error shape: ${reply.status} ${reply.text.slice(0, 200)}`)
  if (!reply.headers.get('content-type')?.startsWith('application/json')) throw new Error('error is not JSON')
  if (/\s{2,}at |\.(ts|js):\d+|\bSELECT\b|\bINSERT\b|sqlite/i.test(reply.text))
    throw new Error(`internals leaked: ${reply.text}`)
  return body.error
}
