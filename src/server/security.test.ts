import { describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite.js'
import type { DraftStore } from '../store/types.js'
import { createApp, MAX_BODY_BYTES } from './app.js'
import { allowedHosts, CONTENT_SECURITY_POLICY } from './security.js'
import { BASE, errorOf, testApi } from './test-utils/client.js'

const api = testApi()
const json = { 'content-type': 'application/json' }

describe('Host check (DNS rebinding)', () => {
  it.each(['evil.example:4321', 'attacker.test', '127.0.0.1:4322', 'localhost', '127.0.0.2:4321'])(
    'refuses Host %s with 403 forbidden-host',
    async (host) => {
      const r = await api.request('GET', '/api/health', { headers: { host } })
      expect(r.status).toBe(403)
      expect(errorOf(r).code).toBe('forbidden-host')
    },
  )

  it('refuses before touching anything: a rebinding page cannot read or write drafts', async () => {
    await api.post('/api/drafts', { text: 'private' })
    const read = await api.request('GET', '/api/export', { headers: { host: 'evil.example:4321' } })
    expect(read.status).toBe(403)
    expect(read.text).not.toContain('private')
    const write = await api.request('POST', '/api/drafts', {
      json: { text: 'x' },
      headers: { host: 'evil.example:4321' },
    })
    expect(write.status).toBe(403)
  })

  it.each(['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'LOCALHOST:4321'])(
    'accepts its own address %s',
    async (host) => {
      expect((await api.request('GET', '/api/health', { headers: { host } })).status).toBe(200)
    },
  )

  it('derives the accepted names from the address and port it listens on', () => {
    expect(allowedHosts('127.0.0.1', 8080)).toEqual(['127.0.0.1:8080', 'localhost:8080', '[::1]:8080'])
    expect(allowedHosts('192.168.1.5', 4321)).toEqual(['192.168.1.5:4321'])
    expect(allowedHosts('::1', 80)).toEqual(expect.arrayContaining(['[::1]:80', '127.0.0.1:80', 'localhost']))
    expect(allowedHosts('0.0.0.0', 4321)).toEqual(
      expect.arrayContaining(['127.0.0.1:4321', 'localhost:4321']),
    )
  })
})

describe('Origin check (cross-site requests)', () => {
  it.each(['https://evil.example', 'http://localhost:3000', 'http://127.0.0.1:4321.evil.example', 'null'])(
    'refuses a state-changing request from Origin %s with 403',
    async (origin) => {
      for (const [method, path] of [
        ['POST', '/api/drafts'],
        ['POST', '/api/check'],
        ['POST', '/api/import'],
      ] as const) {
        const r = await api.request(method, path, { json: {}, headers: { origin } })
        expect(r.status).toBe(403)
        expect(errorOf(r).code).toBe('forbidden-origin')
      }
      const d = (await api.post('/api/drafts', {})).json
      expect(
        (
          await api.request('PUT', `/api/drafts/${d.id}`, {
            json: { baseVersion: 1, text: 'pwned' },
            headers: { origin },
          })
        ).status,
      ).toBe(403)
      expect((await api.request('DELETE', `/api/drafts/${d.id}`, { headers: { origin } })).status).toBe(403)
      expect((await api.get(`/api/drafts/${d.id}`)).json.text).toBe('')
    },
  )

  it('accepts its own origin, and programs that send none (curl)', async () => {
    for (const origin of [BASE, 'http://localhost:4321']) {
      expect((await api.request('POST', '/api/drafts', { json: {}, headers: { origin } })).status).toBe(201)
    }
    expect((await api.request('POST', '/api/drafts', { json: {} })).status).toBe(201)
  })

  it('refuses API reads a browser marks as cross-site or same-site, and allows its own and typed URLs', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const r = await api.request('GET', '/api/export', { headers: { 'sec-fetch-site': site } })
      expect(r.status).toBe(403)
      expect(errorOf(r).code).toBe('forbidden-origin')
    }
    for (const site of ['same-origin', 'none'])
      expect((await api.request('GET', '/api/export', { headers: { 'sec-fetch-site': site } })).status).toBe(
        200,
      )
  })
})

describe('request bodies', () => {
  it('refuses a body over 1 MB with 413, from its Content-Length, before reading it', async () => {
    let pulled = 0
    const body = new ReadableStream({
      pull(controller) {
        pulled++
        controller.enqueue(new Uint8Array(64 * 1024))
      },
    })
    const res = await api.app.request(`${BASE}/api/check`, {
      method: 'POST',
      headers: { ...json, 'content-length': String(MAX_BODY_BYTES + 1) },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect((await res.json()).error.code).toBe('too-large')
    expect(pulled).toBeLessThanOrEqual(1) // the stream's first pull is eager; nothing more was read
  })

  it('refuses a chunked body as soon as it passes 1 MB, without reading the rest', async () => {
    let sent = 0
    const body = new ReadableStream({
      pull(controller) {
        sent += 256 * 1024
        controller.enqueue(new Uint8Array(256 * 1024).fill(32))
        if (sent > 50 * MAX_BODY_BYTES) controller.close()
      },
    })
    const res = await api.app.request(`${BASE}/api/drafts`, {
      method: 'POST',
      headers: json,
      body,
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
    expect(sent).toBeLessThan(2 * MAX_BODY_BYTES)
  })

  it('accepts a letter just under the limit', async () => {
    const text = `Dear Sam, ${'a'.repeat(400_000)}`
    expect((await api.post('/api/drafts', { text })).status).toBe(201)
  })

  it.each([
    [undefined, 'no content type'],
    ['text/plain', 'text/plain'],
    ['application/x-www-form-urlencoded', 'a form'],
    ['multipart/form-data; boundary=x', 'multipart'],
    ['application/json; charset=latin1', 'JSON in latin1'],
    ['application/jsonp', 'a look-alike'],
  ])('refuses %s (%s) with 415', async (type, _label) => {
    const headers: Record<string, string> = type ? { 'content-type': type } : {}
    const r = await api.request('POST', '/api/check', { body: '{"text":"hi"}', headers })
    expect(r.status).toBe(415)
    expect(errorOf(r).code).toBe('unsupported-media-type')
  })

  it('accepts application/json with a utf-8 charset, in any case', async () => {
    const r = await api.request('POST', '/api/check', {
      body: '{"text":"hi"}',
      headers: { 'content-type': 'Application/JSON; charset="UTF-8"' },
    })
    expect(r.status).toBe(200)
  })
})

describe('response headers', () => {
  it.each(['/api/health', '/', '/api/nope'])(
    '%s carries the CSP, nosniff, no-referrer and frame-ancestors',
    async (path) => {
      const r = await api.get(path)
      expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
      expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'")
      expect(r.headers.get('x-content-type-options')).toBe('nosniff')
      expect(r.headers.get('referrer-policy')).toBe('no-referrer')
      expect(r.headers.get('x-frame-options')).toBe('DENY')
    },
  )

  it('on refusals too, and API answers are never cached', async () => {
    const r = await api.request('GET', '/api/drafts', { headers: { host: 'evil.example' } })
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect((await api.get('/api/drafts')).headers.get('cache-control')).toBe('no-store')
  })
})

describe('a letter with HTML or script in it', () => {
  const evil = `Dear Sam,</title><script>alert('x')</script><img src=x onerror="fetch('//evil')"> & more\u2028`

  it('is stored and returned as JSON data, byte-for-byte the same after parsing, never as markup', async () => {
    const created = await api.post('/api/drafts', { title: '<b>hi</b>', text: evil })
    expect(created.status).toBe(201)
    const saved = [created, await api.get(`/api/drafts/${created.json.id}`), await api.get('/api/export')]
    for (const r of [...saved, await api.post('/api/check', { text: evil })]) {
      expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(r.text).not.toMatch(/[<>]/)
    }
    for (const r of saved) expect(r.text).toContain('\\u003cscript\\u003e')
    // A finding that underlines the markup carries it escaped too.
    const apology = "I'm sorry for the <script> I wrote & everything after it."
    const checked = await api.post('/api/check', { text: apology })
    expect(checked.text).not.toMatch(/[<>&]/)
    expect(checked.json.findings.map((f: { actual: string }) => f.actual)).toContain(apology.slice(0, -1))
    const again = (await api.get(`/api/drafts/${created.json.id}`)).json
    expect(again.text).toBe(evil)
    expect(again.title).toBe('<b>hi</b>')
  })

  it('is echoed in error messages only as JSON, never as markup', async () => {
    const r = await api.request('POST', '/api/check', {
      body: '{"text":"hi"}',
      headers: { 'content-type': '<script>' },
    })
    expect(r.status).toBe(415)
    expect(r.text).not.toMatch(/[<>]/)
    expect(errorOf(r).message).toContain('<script>')
  })
})

describe('internal errors', () => {
  it('answer 500 in the error shape, without stack or SQL, and are logged locally', async () => {
    const store = openSqliteStore({ file: ':memory:' })
    const broken: DraftStore = Object.assign(Object.create(store), {
      list: async () => {
        store.db.prepare('SELECT * FROM no_such_table').all()
        return []
      },
    })
    const logs: string[] = []
    const app = createApp({ store: broken, log: (l) => logs.push(l) })
    const res = await app.request(`${BASE}/api/drafts`)
    const text = await res.text()
    expect(res.status).toBe(500)
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'internal',
        message: 'Something went wrong on our side. Your saved drafts are untouched.',
      },
    })
    expect(text).not.toMatch(/no_such_table|SELECT|sqlite|at /i)
    expect(logs.join('\n')).toContain('no_such_table')
  })
})
