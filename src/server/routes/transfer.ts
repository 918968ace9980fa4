// GET /api/export: every draft with every version, as one JSON file. POST /api/import takes such a
// file back, validated whole before anything is written; importing it twice doubles nothing.
import { Hono } from 'hono'
import { exportFileSchema } from '../../store/schema.js'
import type { DraftStore } from '../../store/types.js'
import { readJson } from '../json-request.js'
import { sendJson } from '../json-response.js'

export function transferRoutes(store: DraftStore): Hono {
  return new Hono()
    .get('/export', async (c) => {
      const file = await store.export()
      const day = file.exportedAt.slice(0, 10)
      return sendJson(c, file, 200, {
        'Content-Disposition': `attachment; filename="sincerely-drafts-${day}.json"`,
      })
    })
    .post('/import', async (c) => sendJson(c, await store.import(await readJson(c, exportFileSchema))))
}
