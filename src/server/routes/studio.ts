// GET /: until the web studio exists, a small static page that says so and lists the API. Files come
// from assets/server/ (shipped with the package), read once; no inline script or style, so the CSP holds.
import { readFile } from 'node:fs/promises'
import { Hono } from 'hono'

const ASSETS = new URL('../../../assets/server/', import.meta.url)

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/studio.css': { file: 'studio.css', type: 'text/css; charset=utf-8' },
}

export function studioRoutes(): Hono {
  const cache = new Map<string, Promise<Buffer>>()
  const app = new Hono()
  for (const [path, { file, type }] of Object.entries(FILES)) {
    app.get(path, async (c) => {
      let bytes = cache.get(file)
      if (!bytes) {
        bytes = readFile(new URL(file, ASSETS))
        cache.set(file, bytes)
      }
      return c.body(new Uint8Array(await bytes), 200, { 'Content-Type': type })
    })
  }
  return app
}
