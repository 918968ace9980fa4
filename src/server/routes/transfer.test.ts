import { beforeEach, describe, expect, it } from 'vitest'
import type { ExportedDraft, ExportFile } from '../../store/types.js'
import { errorOf, type TestApi, testApi } from '../test-utils/client.js'

let api: TestApi
beforeEach(() => {
  api = testApi()
})

async function seed() {
  const a = (await api.post('/api/drafts', { title: 'A', text: 'one', answers: { q: ['x', 'y'] } })).json
  await api.put(`/api/drafts/${a.id}`, { baseVersion: 1, text: 'two' })
  await api.post(`/api/drafts/${a.id}/versions/1/restore`)
  const b = (await api.post('/api/drafts', { title: 'B', paper: 'letter' })).json
  return { a, b }
}

describe('GET /api/export', () => {
  it('gives every draft with every version as one JSON file to download', async () => {
    const { a, b } = await seed()
    const r = await api.get('/api/export')
    expect(r.status).toBe(200)
    expect(r.headers.get('content-disposition')).toMatch(
      /^attachment; filename="sincerely-drafts-\d{4}-\d{2}-\d{2}\.json"$/,
    )
    expect(r.json).toMatchObject({ format: 'sincerely-drafts', formatVersion: 1 })
    const byId = Object.fromEntries(r.json.drafts.map((d: { id: string }) => [d.id, d]))
    expect(byId[a.id].versions.map((v: { content: { text: string } }) => v.content.text)).toEqual([
      'one',
      'two',
      'one',
    ])
    expect(byId[a.id].versions[2].restoredFrom).toBe(1)
    expect(byId[b.id].versions).toHaveLength(1)
  })
})

describe('POST /api/import', () => {
  it('takes an export back into an empty store, whole', async () => {
    await seed()
    const file = (await api.get('/api/export')).json
    const other = testApi()
    const r = await other.post('/api/import', file)
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ created: 2, updated: 0, unchanged: 0, copied: 0 })
    expect((await other.get('/api/export')).json.drafts).toEqual(file.drafts)
  })

  it('does not double drafts or versions when the same file comes back', async () => {
    await seed()
    const file = (await api.get('/api/export')).json
    expect((await api.post('/api/import', file)).json).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      copied: 0,
    })
    expect((await api.post('/api/import', file)).json).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
      copied: 0,
    })
    const after = (await api.get('/api/export')).json
    expect(after.drafts).toEqual(file.drafts)
    expect((await api.get('/api/drafts')).json.drafts).toHaveLength(2)
  })

  it.each([
    ['another format', (f: ExportFile) => ({ ...f, format: 'other' }), 'format'],
    ['a later format version', (f: ExportFile) => ({ ...f, formatVersion: 2 }), 'formatVersion'],
    ['a bad date', (f: ExportFile) => ({ ...f, exportedAt: 'yesterday' }), 'exportedAt'],
    ['a bad id', (f: ExportFile) => withDraft(f, (d) => ({ ...d, id: '../etc' })), 'drafts.0.id'],
    [
      'a gap in the versions',
      (f: ExportFile) => withDraft(f, (d, v) => ({ ...d, versions: [{ ...v, version: 2 }] })),
      'drafts.0.versions',
    ],
    [
      'a bad paper',
      (f: ExportFile) =>
        withDraft(f, (d, v) => ({ ...d, versions: [{ ...v, content: { ...v.content, paper: 'a0' } }] })),
      'drafts.0.versions.0.content.paper',
    ],
  ])('refuses a file with %s, naming the field, and writes nothing', async (_, spoil, field) => {
    await api.post('/api/drafts', { text: 'x' })
    const file = (await api.get('/api/export')).json
    const empty = testApi()
    const r = await empty.post('/api/import', spoil(file))
    expect(r.status).toBe(400)
    expect(errorOf(r)).toMatchObject({ code: 'invalid', field })
    expect((await empty.get('/api/drafts')).json.drafts).toEqual([])
  })

  it('requires JSON', async () => {
    const r = await api.request('POST', '/api/import', {
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    })
    expect(r.status).toBe(415)
    expect(errorOf(r).code).toBe('unsupported-media-type')
    expect(
      (
        await api.request('POST', '/api/import', {
          body: 'nope',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400)
  })
})

/** The file with its first draft replaced by `spoil(draft, firstVersion)`. */
function withDraft(
  f: ExportFile,
  spoil: (d: ExportedDraft, v: ExportedDraft['versions'][number]) => unknown,
): unknown {
  const d = f.drafts[0]
  const v = d?.versions[0]
  if (!d || !v) throw new Error('the export has no draft')
  return { ...f, drafts: [spoil(d, v)] }
}
