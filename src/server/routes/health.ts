// GET /api/health: cheap, for the studio to know the server is up and what it can do (and the ceiling
// the bench compares the other routes with).
import { Hono } from 'hono'
import { API_VERSION } from '../../coach/report.js'
import { fixedJson } from '../json-response.js'

export function healthRoutes(info: { version: string; capabilities: readonly string[] }): Hono {
  return new Hono().get(
    '/health',
    fixedJson(() => ({
      status: 'ok',
      name: 'sincerely',
      version: info.version,
      apiVersion: API_VERSION,
      capabilities: info.capabilities,
    })),
  )
}
