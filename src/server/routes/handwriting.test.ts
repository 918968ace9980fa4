import { describe, expect, it } from 'vitest'
import { hands, render } from '../../handwriting/index.js'
import { SVG_CONTENT_SECURITY_POLICY } from '../security.js'
import { errorOf, testApi } from '../test-utils/client.js'
import { formatFor } from './handwriting.js'

const api = testApi()
const LETTER = "Dear Sam,\n\nI'm sorry for the way I spoke to you that night.\n\nAlex"

async function binary(json: unknown, headers: Record<string, string> = {}) {
  const res = await api.app.request('http://127.0.0.1:4321/api/render', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(json),
  })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

describe('GET /api/hands', () => {
  it('lists the bundled hands', async () => {
    const r = await api.get('/api/hands')
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ hands: hands() })
    expect(r.json.hands.length).toBeGreaterThan(1)
  })
})

describe('POST /api/render', { timeout: 60_000 }, () => {
  it('draws the page as SVG by default, the library drawing, with the page count in a header', async () => {
    const r = await api.post('/api/render', { text: LETTER, hand: 'kalam', seed: 4 })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(r.headers.get('x-sincerely-pages')).toBe('1')
    expect(r.headers.get('x-sincerely-fits-one-page')).toBe('true')
    expect(r.text).toBe(render(LETTER, { hand: 'kalam', seed: 4 }).svg[0])
  })

  it('gives PDF or PNG by the format field or the Accept header', async () => {
    const pdf = await binary({ text: LETTER, format: 'pdf' })
    expect(pdf.res.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const png = await binary({ text: LETTER, dpi: 40 }, { accept: 'image/png' })
    expect(png.res.headers.get('content-type')).toBe('image/png')
    expect([...png.bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  })

  it('gives the layout and the SVG pages as JSON when asked', async () => {
    const r = await api.post('/api/render', { text: LETTER, format: 'json', paper: 'a5' })
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(r.json.options).toMatchObject({ paper: 'a5' })
    expect(r.json.layout).toMatchObject({ pages: 1, fitsOnePage: true })
    expect(r.json.svg).toHaveLength(1)
  })

  it('reads Accept by preference, and falls back to SVG', () => {
    expect(formatFor(undefined, 'application/pdf')).toBe('pdf')
    expect(formatFor(undefined, 'image/png;q=0.5, application/pdf;q=0.9')).toBe('pdf')
    expect(formatFor(undefined, 'image/png, application/pdf;q=0')).toBe('png')
    expect(formatFor(undefined, 'application/json')).toBe('json')
    expect(formatFor(undefined, '*/*')).toBe('svg')
    expect(formatFor(undefined, undefined)).toBe('svg')
    expect(formatFor('png', 'application/pdf')).toBe('png')
  })

  it('draws a letter with HTML in it as pen strokes: no script reaches the SVG, and its CSP allows none', async () => {
    const r = await api.post('/api/render', {
      text: 'Dear Sam, <script>alert(1)</script> <img src=x onerror=alert(1)>',
    })
    expect(r.status).toBe(200)
    expect(r.text).not.toMatch(/<script|onerror|<img/i)
    expect(r.headers.get('content-security-policy')).toBe(SVG_CONTENT_SECURITY_POLICY)
    expect(SVG_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|'self'/)
    expect(r.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    [{ text: LETTER, hand: 'comic-sans' }, 'hand', /unknown hand/],
    [{ text: LETTER, paper: 'a0' }, 'paper', /unknown paper/],
    [{ text: LETTER, style: 'glitter' }, 'style', /paper style/],
    [{ text: LETTER, ink: 'gold' }, 'ink', /unknown ink/],
    [{ text: LETTER, size: 'xl' }, 'size', /unknown size/],
    [{ text: LETTER, variation: 3 }, 'variation', /2/],
    [{ text: LETTER, format: 'gif' }, 'format', /svg/],
    [{ text: LETTER, page: 2 }, 'page', /1 page/],
    [{ text: LETTER, dpi: 5000 }, 'dpi', /1200/],
    [{ text: '' }, 'text', /empty/],
    [{}, 'text', /required/],
  ])('refuses %j with 400 on %s', async (json, field, message) => {
    const r = await api.post('/api/render', json)
    expect(r.status).toBe(400)
    const e = errorOf(r)
    expect(e).toMatchObject({ code: 'invalid', field })
    expect(e.message).toMatch(message)
  })
})

describe('POST /api/copy-sheet', { timeout: 60_000 }, () => {
  it('gives the copy sheet as a PDF', async () => {
    const res = await api.app.request('http://127.0.0.1:4321/api/copy-sheet', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: LETTER, paper: 'letter' }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it.each([
    [{ text: LETTER, hand: 'nope' }, 'hand'],
    [{ text: ' ' }, 'text'],
    [{ text: LETTER, ink: 'blue' }, 'ink'], // the copy sheet is printed, not inked
  ])('refuses %j with 400 on %s', async (json, field) => {
    expect(errorOf(await api.post('/api/copy-sheet', json))).toMatchObject({ code: 'invalid', field })
  })

  it('requires JSON', async () => {
    const r = await api.request('POST', '/api/copy-sheet', {
      body: 'text=hi',
      headers: { 'content-type': 'text/plain' },
    })
    expect(r.status).toBe(415)
  })
})
