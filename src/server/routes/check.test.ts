import { describe, expect, it } from 'vitest'
import { check } from '../../coach/check.js'
import { withModelFinding } from '../../coach/test-utils/model.js'
import { errorOf, testApi } from '../test-utils/client.js'

const api = testApi()
const LETTER = "Dear Sam,\n\nI'm sorry for the way I spoke to you that night.\n\nAlex\n"

describe('POST /api/check', () => {
  it("gives the coach's report, the library's very object", async () => {
    const r = await api.post('/api/check', { text: LETTER })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(r.json).toEqual(check(LETTER))
    expect(r.json.findings.length).toBeGreaterThan(0)
  })

  it('answers a letter holding <script> and “curly quotes” in printable ASCII, with no raw <, the same report', async () => {
    const text =
      'Dear Sam,\n\nI’m sorry for the “jokes” I made <script>alert(1)</script> & for Étretat 💔.\n\nAlex\n'
    for (const _ of [1, 2]) {
      // the second time from the lines' kept JSON
      const r = await api.post('/api/check', { text })
      expect(r.status).toBe(200)
      expect(r.text).toMatch(/^[\x20-\x7e]*$/)
      expect(r.text).not.toContain('<')
      expect(r.text).toContain('\\u003cscript\\u003e')
      expect(r.json).toEqual(check(text))
      expect(r.json.findings.length).toBeGreaterThan(0)
    }
  })

  it('passes paper, size, handwritten and language on to the coach', async () => {
    const options = { paper: 'a5', size: 'large', handwritten: true, language: 'en' } as const
    const r = await api.post('/api/check', { text: LETTER, ...options })
    expect(r.json).toEqual(check(LETTER, options))
    expect(r.json.stats.estimate).toMatchObject({ paper: 'a5', size: 'large' })
    expect(r.json).not.toEqual(check(LETTER))
  })

  it('gives the rules alone when model is false', async () => {
    const text = withModelFinding()
    const r = await api.post('/api/check', { text, model: false })
    expect(r.json).toEqual(check(text, { model: false }))
    expect(r.json).not.toEqual(check(text))
  })

  it('normalizes line endings and drops a byte-order mark, as the CLI does', async () => {
    const r = await api.post('/api/check', { text: `\ufeff${LETTER.replace(/\n/g, '\r\n')}` })
    expect(r.json).toEqual(check(LETTER))
  })

  it.each([
    ['no text', {}, 'text', /required/],
    ['an empty letter', { text: '' }, 'text', /empty/],
    ['a blank letter', { text: ' \n\t ' }, 'text', /empty/],
    ['NUL characters', { text: 'a\u0000b' }, 'text', /NUL/],
    ['text that is not a string', { text: ['a'] }, 'text', /string/],
    ['an unknown paper', { text: 'hi', paper: 'a3' }, 'paper', /a4/],
    ['an unknown size', { text: 'hi', size: 'tiny' }, 'size', /medium/],
    ['an unknown language', { text: 'hi', language: 'fr' }, 'language', /en/],
    ['handwritten as a string', { text: 'hi', handwritten: 'yes' }, 'handwritten', /boolean/],
    ['an unknown field', { text: 'hi', fail: true }, 'fail', /not a field/],
    ['a region that is not a country code', { text: 'hi', region: 'GBR' }, 'region', /two-letter/],
  ])('refuses %s with 400 naming the field', async (_, json, field, message) => {
    const r = await api.post('/api/check', json)
    expect(r.status).toBe(400)
    const e = errorOf(r)
    expect(e).toMatchObject({ code: 'invalid', field })
    expect(e.message).toMatch(message)
  })

  it('refuses a body that is not JSON with 400 malformed-json', async () => {
    const r = await api.request('POST', '/api/check', {
      body: '{"text": "unfinished',
      headers: { 'content-type': 'application/json' },
    })
    expect(r.status).toBe(400)
    expect(errorOf(r)).toEqual({ code: 'malformed-json', message: 'The request body is not valid JSON.' })
  })

  it('refuses a request without a body', async () => {
    const r = await api.request('POST', '/api/check', { headers: { 'content-type': 'application/json' } })
    expect(r.status).toBe(400)
    expect(errorOf(r).code).toBe('malformed-json')
  })

  it('is POST only: another method gets 405 with the methods it takes', async () => {
    const r = await api.get('/api/check')
    expect(r.status).toBe(405)
    expect(r.headers.get('allow')).toBe('POST')
    expect(errorOf(r)).toEqual({
      code: 'method-not-allowed',
      message: 'GET is not allowed at this address; it takes POST.',
    })
  })

  it('answers 405 on any address with a route, 404 on one without', async () => {
    const patch = await api.request('PATCH', '/api/drafts/abc')
    expect(patch.status).toBe(405)
    expect(patch.headers.get('allow')).toBe('DELETE, GET, PUT')
    expect((await api.request('DELETE', '/api/drafts')).headers.get('allow')).toBe('GET, POST')
    const none = await api.get('/api/nothing-here')
    expect(none.status).toBe(404)
    expect(errorOf(none).code).toBe('not-found')
  })
})
