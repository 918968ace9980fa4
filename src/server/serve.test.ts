// `sincerely serve`, the built command, over real TCP: the printed address, PORT and --port, clean
// shutdown on SIGTERM and SIGINT (in-flight requests finish, the database is closed), and the checks
// that only a real socket shows (413 from Content-Length before the body arrives, a foreign Host).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../cli/test-utils/run-cli.js'
import { DB_FILE } from '../store/sqlite.js'
import { spawnServer } from './test-utils/spawn.js'

const dirs: string[] = []
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sincerely-serve-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

/** A raw HTTP request, to control exactly what is sent and when. */
function raw(
  url: string,
  init: { method: string; path: string; headers: Record<string, string> },
): { req: ReturnType<typeof request>; response: Promise<{ status: number; body: string }> } {
  const u = new URL(url)
  const req = request({
    host: u.hostname,
    port: u.port,
    method: init.method,
    path: init.path,
    headers: init.headers,
  })
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (d: string) => {
        body += d
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
  })
  return { req, response }
}

async function freePort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r))
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

describe('sincerely serve', { timeout: 60_000 }, () => {
  it('prints its address and data folder, and serves the API on 127.0.0.1', async () => {
    const dir = tempDir()
    const server = await spawnServer(dir)
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(server.stdout()).toContain(`drafts are kept in ${dir}`)
      const health = await fetch(`${server.url}/api/health`)
      expect(health.status).toBe(200)
      expect(existsSync(join(dir, DB_FILE))).toBe(true)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s lets an in-flight save finish, then closes the database and exits 0',
    async (signal) => {
      const dir = tempDir()
      const server = await spawnServer(dir)
      const body = JSON.stringify({ title: 'in flight', text: 'Dear Sam, this arrives slowly.' })
      const { req, response } = raw(server.url, {
        method: 'POST',
        path: '/api/drafts',
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      })
      req.write(body.slice(0, 10)) // the request is now in flight, its body half sent
      await new Promise((r) => setTimeout(r, 300))
      server.child.kill(signal)
      // Wait until the server says it is closing: only then send the rest of the body.
      for (let i = 0; i < 200 && !server.stdout().includes('closing'); i++)
        await new Promise((r) => setTimeout(r, 50))
      expect(server.stdout()).toContain(`${signal}: closing`)
      req.end(body.slice(10))
      const res = await response
      expect(res.status).toBe(201)
      expect(JSON.parse(res.body)).toMatchObject({ title: 'in flight', version: 1 })
      expect(await server.exited).toBe(0)
      expect(server.stdout()).toContain('closed')
      // A cleanly closed SQLite database checkpoints and removes its write-ahead log.
      expect(existsSync(join(dir, `${DB_FILE}-wal`))).toBe(false)

      const again = await spawnServer(dir)
      try {
        const list = (await (await fetch(`${again.url}/api/drafts`)).json()) as {
          drafts: { title: string }[]
        }
        expect(list.drafts.map((d) => d.title)).toEqual(['in flight'])
      } finally {
        again.child.kill('SIGTERM')
        await again.exited
      }
    },
  )

  it('takes its port from PORT, and --port over PORT', async () => {
    const [a, b] = [await freePort(), await freePort()]
    const fromEnv = await spawnServer(tempDir(), { args: [], env: { PORT: String(a) } })
    fromEnv.child.kill('SIGTERM')
    await fromEnv.exited
    expect(fromEnv.url).toBe(`http://127.0.0.1:${a}`)
    const fromFlag = await spawnServer(tempDir(), { args: ['--port', String(b)], env: { PORT: String(a) } })
    fromFlag.child.kill('SIGTERM')
    await fromFlag.exited
    expect(fromFlag.url).toBe(`http://127.0.0.1:${b}`)
  })

  it('refuses a bad port or a port in use with a one-line usage error (exit 2)', async () => {
    const bad = runCli(['serve', '--port', 'eighty'], { env: { SINCERELY_DATA: tempDir() } })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/--port .* must be a number/)
    const server = await spawnServer(tempDir())
    try {
      const port = new URL(server.url).port
      const busy = runCli(['serve', '--port', port], { env: { SINCERELY_DATA: tempDir() } })
      expect(busy.status).toBe(2)
      expect(busy.stderr).toBe(`sincerely: port ${port} is already in use; choose another with --port\n`)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  it('over a real socket: 413 from Content-Length before any body is sent, and 403 for a foreign Host', async () => {
    const server = await spawnServer(tempDir())
    try {
      const { req, response } = raw(server.url, {
        method: 'POST',
        path: '/api/check',
        headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
      })
      req.flushHeaders() // headers only: the 50 MB never come
      const res = await response
      expect(res.status).toBe(413)
      expect(JSON.parse(res.body).error.code).toBe('too-large')
      req.destroy()

      const rebound = raw(server.url, {
        method: 'GET',
        path: '/api/drafts',
        headers: { host: 'sincerely.attacker.example' },
      })
      rebound.req.end()
      const r = await rebound.response
      expect(r.status).toBe(403)
      expect(JSON.parse(r.body).error.code).toBe('forbidden-host')
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  it('over a real socket: a chunked body is read from the socket, and refused with 413 once past 1 MB', async () => {
    const server = await spawnServer(tempDir())
    try {
      // A letter sent in chunks, without Content-Length: read whole, checked.
      const ok = raw(server.url, {
        method: 'POST',
        path: '/api/check',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      })
      ok.req.write('{"text": "I am so sorry ')
      ok.req.write('for what I said."}')
      ok.req.end()
      const good = await ok.response
      expect(good.status).toBe(200)
      expect(JSON.parse(good.body).findings[0].ruleId).toBe('apology')

      // 2 MB in chunks: refused as soon as it passes 1 MB, and the server goes on serving.
      const big = raw(server.url, {
        method: 'POST',
        path: '/api/check',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      })
      big.req.on('error', () => {}) // the server may close the socket while we still write
      big.req.write('{"text": "')
      const chunk = 'a'.repeat(64 * 1024)
      for (let i = 0; i < 32; i++) big.req.write(chunk)
      big.req.end('"}')
      const refused = await big.response
      expect(refused.status).toBe(413)
      expect(JSON.parse(refused.body).error.code).toBe('too-large')

      const after = await fetch(`${server.url}/api/health`)
      expect(after.status).toBe(200)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })
})
