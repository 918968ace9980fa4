// A reference server for bench/server.bench.mjs, never part of the product: the app as `sincerely
// serve` builds it (createApp), with two bench-only routes in front that take a check request's cost
// apart under the same load, each behind the same security middleware and body reading:
//   POST /bench/read    reads and validates the check's body as POST /api/check does, then answers
//                       `{}`: the request without the coach and without the report;
//   POST /bench/report  the same, then answers a report made once, serialized on every request as
//                       POST /api/check does: the request and its answer, without the coach.
// It prints `listening on <url>` once it listens on a free port of 127.0.0.1.
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { check } from '../dist/coach/index.js'
import { createApp } from '../dist/server/app.js'
import { readJson } from '../dist/server/json-request.js'
import { sendJson } from '../dist/server/json-response.js'
import { checkRequestSchema, letterText } from '../dist/server/routes/check.js'
import { allowedHosts, hostCheck, originCheck, securityHeaders } from '../dist/server/security.js'
import { openSqliteStore } from '../dist/store/sqlite.js'

let handler
serve({ fetch: (req, env) => handler(req, env), port: 0, hostname: '127.0.0.1' }, (info) => {
  const hosts = allowedHosts('127.0.0.1', info.port)
  // Its own database, inside the bench's temporary folder (removed with it).
  const store = openSqliteStore({ dataDir: join(process.env.SINCERELY_DATA ?? '.', 'reference') })
  const app = createApp({ store, hosts })
  let report
  const bench = new Hono()
    .use(securityHeaders(), hostCheck(hosts), originCheck(hosts))
    .post('/bench/read', async (c) => {
      letterText((await readJson(c, checkRequestSchema)).text)
      return c.body('{}', 200, { 'Content-Type': 'application/json; charset=utf-8' })
    })
    .post('/bench/report', async (c) => {
      const text = letterText((await readJson(c, checkRequestSchema)).text)
      report ??= check(text)
      return sendJson(c, report)
    })
  handler = (req, env) => (new URL(req.url).pathname.startsWith('/bench/') ? bench : app).fetch(req, env)
  process.stdout.write(`listening on http://127.0.0.1:${info.port}\n`)
})
