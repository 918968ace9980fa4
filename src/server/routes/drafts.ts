// Drafts and their versions. Every save that changes something adds a version; a save names the
// version it was based on, and a stale one gets 409 with the current draft (two tabs on one draft).
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { draftChangesSchema, draftContentShape, versionNumber } from '../../store/schema.js'
import { ConflictError, type DraftStore, NotFoundError, type SaveResult } from '../../store/types.js'
import { ApiError, invalid } from '../errors.js'
import { readJson } from '../json-request.js'
import { sendJson } from '../json-response.js'

const saveSchema = z
  .strictObject({ baseVersion: versionNumber, ...draftContentShape })
  .partial()
  .required({
    baseVersion: true,
  })
const restoreSchema = z.strictObject({ baseVersion: versionNumber.optional() })

export function draftRoutes(store: DraftStore): Hono {
  return new Hono()
    .get('/drafts', async (c) => sendJson(c, { drafts: await store.list() }))
    .post('/drafts', async (c) => {
      const draft = await store.create(await readJson(c, draftChangesSchema))
      return sendJson(c, draft, 201, { Location: `/api/drafts/${draft.id}` })
    })
    .get('/drafts/:id', async (c) => {
      const draft = await store.get(c.req.param('id'))
      if (!draft) throw notFound('draft')
      return sendJson(c, draft)
    })
    .put('/drafts/:id', async (c) => {
      const { baseVersion, ...changes } = await readJson(c, saveSchema)
      return saved(c, () => store.update(c.req.param('id'), { baseVersion, changes }))
    })
    .delete('/drafts/:id', async (c) => {
      if (!(await store.delete(c.req.param('id')))) throw notFound('draft')
      return c.body(null, 204)
    })
    .get('/drafts/:id/versions', async (c) => {
      const id = c.req.param('id')
      const versions = await store.versions(id)
      if (!versions) throw notFound('draft')
      return sendJson(c, {
        id,
        version: versions.length ? versions[versions.length - 1]?.version : 0,
        versions,
      })
    })
    .get('/drafts/:id/versions/:v', async (c) => {
      const id = c.req.param('id')
      const found = await store.version(id, versionParam(c))
      if (found) return sendJson(c, found)
      throw notFound((await store.get(id)) ? 'version' : 'draft')
    })
    .post('/drafts/:id/versions/:v/restore', async (c) => {
      const v = versionParam(c)
      const { baseVersion } = await readJson(c, restoreSchema, { optional: true })
      return saved(c, () => store.restore(c.req.param('id'), v, baseVersion))
    })
}

async function saved(c: Context, save: () => Promise<SaveResult>): Promise<Response> {
  try {
    const { draft } = await save()
    return sendJson(c, draft)
  } catch (error) {
    if (error instanceof NotFoundError) throw notFound(error.what)
    if (error instanceof ConflictError) {
      throw new ApiError(409, 'conflict', error.message, 'baseVersion', {
        currentVersion: error.current.version,
        current: error.current,
      })
    }
    throw error
  }
}

function versionParam(c: Context): number {
  const raw = c.req.param('v') ?? ''
  const parsed = versionNumber.safeParse(/^\d+$/.test(raw) ? Number(raw) : Number.NaN)
  if (!parsed.success) throw invalid(parsed.error, ['version'])
  return parsed.data
}

const notFound = (what: 'draft' | 'version') =>
  new ApiError(
    404,
    'not-found',
    what === 'draft' ? 'There is no draft with this id.' : 'This draft has no such version.',
  )
