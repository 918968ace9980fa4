import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { fixedJson, safeJson, sendJson, sendSafeJsonText, sendSecuredJson } from './json-response.js'
import { securityHeaders } from './security.js'

describe('safeJson', () => {
  it('writes <, >, & and every character from U+007F up as \\u escapes, and parses back to the same value', () => {
    const value = { text: '<script>alert("&")</script>\u2028 é’ 💔' }
    const json = safeJson(value)
    expect(json).toMatch(/^[\x20-\x7e]*$/)
    expect(JSON.parse(json)).toEqual(value)
  })

  it('is JSON.stringify itself when there is nothing to escape', () => {
    const value = { a: [1, 'two', null], b: 'quotes " and \\' }
    expect(safeJson(value)).toBe(JSON.stringify(value))
  })
})

describe('sendJson', () => {
  it('sends ASCII-safe JSON', async () => {
    const app = new Hono().get('/x', (c) => sendJson(c, { text: '<b>“curly”</b>' }, 201))
    const r = await app.request('/x')
    expect(r.status).toBe(201)
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await r.text()).toBe('{"text":"\\u003cb\\u003e\\u201ccurly\\u201d\\u003c/b\\u003e"}')
  })
})

describe('sendSecuredJson', () => {
  it('gives the headers the middleware gives an answer, and its length', async () => {
    const text = safeJson({ text: '<b>“curly”</b> é 💔' })
    const app = new Hono()
      .use(securityHeaders())
      .get('/api/made', (c) => sendSafeJsonText(c, text))
      .get('/api/whole', (c) => sendSecuredJson(c, text))
      .get('/page', (c) => sendSecuredJson(c, text))
    const made = await app.request('/api/made')
    const whole = await app.request('/api/whole')
    expect(await whole.text()).toBe(await made.text())
    const others = (r: Response) => {
      const all: [string, string][] = []
      r.headers.forEach((value, name) => {
        if (name !== 'content-length') all.push([name, value])
      })
      return all
    }
    expect(others(whole)).toEqual(others(made))
    expect(whole.headers.get('cache-control')).toBe('no-store')
    expect(whole.headers.get('content-length')).toBe(String(Buffer.byteLength(text)))
    const page = await app.request('/page')
    expect(page.headers.get('cache-control')).toBeNull()
    expect(page.headers.get('x-frame-options')).toBe('DENY')
  })
})

describe('fixedJson', () => {
  const appWith = (make: () => unknown) => new Hono().get('/x', fixedJson(make))

  it('makes the answer once and serves the same JSON every time', async () => {
    let made = 0
    const app = appWith(() => {
      made++
      return { n: made, html: '<b>é' }
    })
    const answers = await Promise.all([1, 2, 3].map(() => app.request('/x')))
    for (const r of answers) {
      expect(r.status).toBe(200)
      expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await r.text()).toBe('{"n":1,"html":"\\u003cb\\u003e\\u00e9"}')
    }
    expect(made).toBe(1)
  })

  it('tries again after a first make that failed, instead of keeping the failure', async () => {
    let calls = 0
    const app = appWith(async () => {
      calls++
      if (calls === 1) throw new Error('not loaded')
      return { ok: true }
    })
    expect((await app.request('/x')).status).toBe(500)
    const r = await app.request('/x')
    expect(r.status).toBe(200)
    expect(await r.json()).toEqual({ ok: true })
  })
})
