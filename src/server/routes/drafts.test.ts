import { beforeEach, describe, expect, it } from 'vitest'
import { errorOf, type TestApi, testApi } from '../test-utils/client.js'

let api: TestApi
beforeEach(() => {
  api = testApi()
})

async function newDraft(json: unknown = { title: 'To Sam', text: 'Dear Sam,' }) {
  const r = await api.post('/api/drafts', json)
  expect(r.status).toBe(201)
  return r.json
}

describe('POST /api/drafts', () => {
  it('creates a draft at version 1 and says where it lives', async () => {
    const r = await api.post('/api/drafts', {
      title: 'To Sam',
      situation: 'they-left',
      answers: { regret: 'the way I spoke', scale: 3 },
      text: 'Dear Sam,',
      hand: 'caveat',
      paper: 'a5',
      size: 'small',
    })
    expect(r.status).toBe(201)
    expect(r.json).toMatchObject({
      version: 1,
      title: 'To Sam',
      situation: 'they-left',
      paper: 'a5',
      hand: 'caveat',
    })
    expect(r.json.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.headers.get('location')).toBe(`/api/drafts/${r.json.id}`)
    expect(r.json.createdAt).toBe(r.json.updatedAt)
  })

  it('starts from an empty draft when the body is {}', async () => {
    const d = await newDraft({})
    expect(d).toMatchObject({
      title: '',
      text: '',
      situation: null,
      answers: {},
      hand: null,
      paper: null,
      size: null,
    })
  })

  it.each([
    [{ paper: 'a3' }, 'paper'],
    [{ size: 'huge' }, 'size'],
    [{ text: 42 }, 'text'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ answers: [] }, 'answers'],
    [{ situation: '' }, 'situation'],
    [{ colour: 'blue' }, 'colour'],
    [{ id: 'mine' }, 'id'],
  ])('refuses %j with 400 naming the field', async (json, field) => {
    const e = errorOf(await api.post('/api/drafts', json))
    expect(e).toMatchObject({ code: 'invalid', field })
  })

  it('refuses a body that is not a JSON object', async () => {
    expect(errorOf(await api.post('/api/drafts', [1, 2])).code).toBe('invalid')
    expect(errorOf(await api.post('/api/drafts', null)).code).toBe('invalid')
  })
})

describe('GET /api/drafts and /api/drafts/:id', () => {
  it('lists drafts with their id, version and an excerpt, the latest change first', async () => {
    const a = await newDraft({ title: 'A', text: 'first\nletter' })
    const b = await newDraft({ title: 'B' })
    await api.put(`/api/drafts/${a.id}`, { baseVersion: 1, text: 'first\nletter, again' })
    const r = await api.get('/api/drafts')
    expect(r.status).toBe(200)
    expect(r.json.drafts.map((d: { id: string }) => d.id)).toEqual([a.id, b.id])
    expect(r.json.drafts[0]).toMatchObject({ title: 'A', version: 2, excerpt: 'first letter, again' })
  })

  it('gives an empty list on a new store', async () => {
    expect((await api.get('/api/drafts')).json).toEqual({ drafts: [] })
  })

  it('returns one draft, or 404 in the error shape', async () => {
    const d = await newDraft()
    expect((await api.get(`/api/drafts/${d.id}`)).json).toEqual(d)
    const r = await api.get('/api/drafts/no-such-draft')
    expect(r.status).toBe(404)
    expect(errorOf(r).code).toBe('not-found')
  })
})

describe('PUT /api/drafts/:id', () => {
  it('saves the fields sent, keeps the others, and adds a version', async () => {
    const d = await newDraft()
    const r = await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'Dear Sam, I am sorry.' })
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ id: d.id, version: 2, title: 'To Sam', text: 'Dear Sam, I am sorry.' })
    const versions = (await api.get(`/api/drafts/${d.id}/versions`)).json
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1, 2])
  })

  it('adds no version for an identical save', async () => {
    const d = await newDraft()
    const r = await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, title: 'To Sam', text: 'Dear Sam,' })
    expect(r.status).toBe(200)
    expect(r.json).toEqual(d)
    expect((await api.get(`/api/drafts/${d.id}/versions`)).json.versions).toHaveLength(1)
  })

  it('refuses a stale save with 409, the current version and the current draft, and overwrites nothing', async () => {
    const d = await newDraft()
    const tabA = await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'from tab A' })
    expect(tabA.json.version).toBe(2)
    const tabB = await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'from tab B' })
    expect(tabB.status).toBe(409)
    const e = errorOf(tabB)
    expect(e).toMatchObject({ code: 'conflict', field: 'baseVersion', currentVersion: 2 })
    expect(e.current).toEqual(tabA.json)
    expect((await api.get(`/api/drafts/${d.id}`)).json.text).toBe('from tab A')
    // Tab B reloads and saves on top of version 2: accepted.
    expect((await api.put(`/api/drafts/${d.id}`, { baseVersion: 2, text: 'from tab B' })).json.version).toBe(
      3,
    )
  })

  it('requires baseVersion', async () => {
    const d = await newDraft()
    const e = errorOf(await api.put(`/api/drafts/${d.id}`, { text: 'x' }))
    expect(e).toMatchObject({ code: 'invalid', field: 'baseVersion' })
    expect(e.message).toMatch(/required/)
    expect(errorOf(await api.put(`/api/drafts/${d.id}`, { baseVersion: 0 })).field).toBe('baseVersion')
    expect(errorOf(await api.put(`/api/drafts/${d.id}`, { baseVersion: 1.5 })).field).toBe('baseVersion')
  })

  it('gives 404 for a draft that does not exist', async () => {
    const r = await api.put('/api/drafts/nope', { baseVersion: 1, text: 'x' })
    expect(r.status).toBe(404)
    expect(errorOf(r).code).toBe('not-found')
  })
})

describe('DELETE /api/drafts/:id', () => {
  it('deletes the draft and its versions for good, then 404s', async () => {
    const d = await newDraft()
    const r = await api.delete(`/api/drafts/${d.id}`)
    expect(r.status).toBe(204)
    expect(r.text).toBe('')
    expect((await api.get(`/api/drafts/${d.id}`)).status).toBe(404)
    expect((await api.get(`/api/drafts/${d.id}/versions`)).status).toBe(404)
    expect(errorOf(await api.delete(`/api/drafts/${d.id}`)).code).toBe('not-found')
  })

  it('deletes only the draft named', async () => {
    const a = await newDraft()
    const b = await newDraft()
    await api.delete(`/api/drafts/${a.id}`)
    expect((await api.get('/api/drafts')).json.drafts.map((d: { id: string }) => d.id)).toEqual([b.id])
  })
})

describe('versions and restore', () => {
  it('lists every version with its content, and gives one by number', async () => {
    const d = await newDraft({ text: 'one' })
    await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'two' })
    const r = await api.get(`/api/drafts/${d.id}/versions`)
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ id: d.id, version: 2 })
    expect(r.json.versions.map((v: { content: { text: string } }) => v.content.text)).toEqual(['one', 'two'])
    const one = await api.get(`/api/drafts/${d.id}/versions/1`)
    expect(one.json).toMatchObject({ version: 1, restoredFrom: null, content: { text: 'one' } })
  })

  it('404s an unknown version or draft, and 400s a version that is not a number', async () => {
    const d = await newDraft()
    expect(errorOf(await api.get(`/api/drafts/${d.id}/versions/7`)).message).toMatch(/no such version/)
    expect(errorOf(await api.get('/api/drafts/nope/versions/1')).message).toMatch(/no draft/)
    expect(errorOf(await api.get(`/api/drafts/${d.id}/versions/abc`))).toMatchObject({
      code: 'invalid',
      field: 'version',
    })
    expect(errorOf(await api.get(`/api/drafts/${d.id}/versions/0`))).toMatchObject({
      code: 'invalid',
      field: 'version',
    })
    expect((await api.get(`/api/drafts/${d.id}/versions/1.0`)).status).toBe(400)
  })

  it('restores an old version as a new version, with or without a body', async () => {
    const d = await newDraft({ text: 'one' })
    await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'two' })
    const r = await api.request('POST', `/api/drafts/${d.id}/versions/1/restore`)
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({ id: d.id, version: 3, text: 'one' })
    const three = (await api.get(`/api/drafts/${d.id}/versions/3`)).json
    expect(three).toMatchObject({ restoredFrom: 1, content: { text: 'one' } })

    const again = await api.post(`/api/drafts/${d.id}/versions/2/restore`, { baseVersion: 3 })
    expect(again.json).toMatchObject({ version: 4, text: 'two' })
  })

  it('refuses a restore based on a stale version with 409', async () => {
    const d = await newDraft({ text: 'one' })
    await api.put(`/api/drafts/${d.id}`, { baseVersion: 1, text: 'two' })
    const r = await api.post(`/api/drafts/${d.id}/versions/1/restore`, { baseVersion: 1 })
    expect(r.status).toBe(409)
    expect(errorOf(r)).toMatchObject({ code: 'conflict', currentVersion: 2 })
  })

  it('404s restoring a version or draft that does not exist, and checks the body it is given', async () => {
    const d = await newDraft()
    expect((await api.post(`/api/drafts/${d.id}/versions/5/restore`)).status).toBe(404)
    expect((await api.post('/api/drafts/nope/versions/1/restore')).status).toBe(404)
    expect(
      errorOf(await api.post(`/api/drafts/${d.id}/versions/1/restore`, { baseVersion: 'x' })).field,
    ).toBe('baseVersion')
    const wrongType = await api.request('POST', `/api/drafts/${d.id}/versions/1/restore`, {
      body: 'baseVersion=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(wrongType.status).toBe(415)
  })
})
