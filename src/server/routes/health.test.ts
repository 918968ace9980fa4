import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../security.js'
import { testApi } from '../test-utils/client.js'

const api = testApi()

describe('GET /api/health', () => {
  it('says the server is up, with its version and capabilities', async () => {
    const r = await api.get('/api/health')
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ status: 'ok', name: 'sincerely', apiVersion: 1 })
    expect(r.json.version).toMatch(/^\d+\.\d+\.\d+/)
    expect(r.json.capabilities).toEqual([
      'check',
      'drafts',
      'export',
      'compose',
      'sms',
      'render',
      'copy-sheet',
    ])
  })
})

describe('GET / (until the studio exists)', () => {
  it('serves a static page that says the studio is coming and lists the API', async () => {
    const r = await api.get('/')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(r.text).toMatch(/studio/i)
    for (const route of [
      'POST /api/compose',
      'POST /api/render',
      'GET /api/hands',
      'POST /api/check',
      'GET /api/drafts',
      'PUT /api/drafts/:id',
      'GET /api/export',
      'POST /api/import',
    ])
      expect(r.text).toContain(route)
    expect(r.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('has nothing inline and nothing remote, so the CSP holds and nothing leaves the machine', async () => {
    const { text } = await api.get('/')
    expect(text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i)
    expect(text).not.toMatch(/(src|href)="(https?:)?\/\//i)
    const css = await api.get('/studio.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(css.text).not.toMatch(/@import|url\(/)
  })

  it('answers 404 in the error shape elsewhere', async () => {
    const r = await api.get('/studio/unknown')
    expect(r.status).toBe(404)
    expect(r.json.error.code).toBe('not-found')
  })
})
