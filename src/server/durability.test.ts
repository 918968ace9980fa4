// Durability: the real server, saving drafts as fast as four writers can, killed with SIGKILL
// mid-stream. After a restart, every save it acknowledged with a 2xx must be there, exactly.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { DB_FILE } from '../store/sqlite.js'
import { spawnServer } from './test-utils/spawn.js'

const dir = mkdtempSync(join(tmpdir(), 'sincerely-durability-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Ack {
  id: string
  version: number
  text: string
}

const WRITERS = 4
const SAVES_BEFORE_KILL = 120 // acknowledged saves, in all, before the kill
const MAX_ATTEMPTS_PER_WRITER = 400 // bounds the loop even if the kill were late

async function send(url: string, method: string, body: unknown): Promise<Response> {
  return fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

describe('durability', () => {
  it('keeps every acknowledged save through a SIGKILL mid-stream', { timeout: 120_000 }, async () => {
    const server = await spawnServer(dir)
    const acks: Ack[] = []
    let killed = false

    const writer = async (w: number) => {
      const created = await send(`${server.url}/api/drafts`, 'POST', {
        title: `writer ${w}`,
        text: `w${w} v1`,
      })
      expect(created.status).toBe(201)
      const draft = (await created.json()) as { id: string; version: number }
      acks.push({ id: draft.id, version: 1, text: `w${w} v1` })
      let version = 1
      for (let i = 2; i <= MAX_ATTEMPTS_PER_WRITER; i++) {
        const text = `w${w} v${i} ${'x'.repeat(i * 37)}`
        try {
          const r = await send(`${server.url}/api/drafts/${draft.id}`, 'PUT', { baseVersion: version, text })
          if (r.status !== 200) throw new Error(`save answered ${r.status}: ${await r.text()}`)
          const saved = (await r.json()) as { version: number }
          version = saved.version
          acks.push({ id: draft.id, version, text })
        } catch (error) {
          if (!killed) throw error
          return // cut off by the kill: never acknowledged, so nothing is owed
        }
        if (acks.length >= SAVES_BEFORE_KILL && !killed) {
          // Kill while the other writers' requests are in flight.
          killed = true
          server.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
    expect(killed).toBe(true)
    expect(await server.exited).toBe('SIGKILL')
    expect(acks.length).toBeGreaterThanOrEqual(SAVES_BEFORE_KILL)

    const again = await spawnServer(dir)
    try {
      for (const ack of acks) {
        const r = await fetch(`${again.url}/api/drafts/${ack.id}/versions/${ack.version}`)
        expect(r.status, `${ack.id} v${ack.version}`).toBe(200)
        const v = (await r.json()) as { content: { text: string } }
        expect(v.content.text).toBe(ack.text)
      }
      // Each draft's current version is at least its last acknowledged one, and the versions are whole.
      const list = (await (await fetch(`${again.url}/api/drafts`)).json()) as {
        drafts: { id: string; version: number }[]
      }
      expect(list.drafts).toHaveLength(WRITERS)
      for (const d of list.drafts) {
        const last = Math.max(...acks.filter((a) => a.id === d.id).map((a) => a.version))
        expect(d.version).toBeGreaterThanOrEqual(last)
        expect(d.version).toBeLessThanOrEqual(last + 1) // at most the one in flight when killed
        const versions = (await (await fetch(`${again.url}/api/drafts/${d.id}/versions`)).json()) as {
          versions: { version: number }[]
        }
        expect(versions.versions.map((v) => v.version)).toEqual(
          Array.from({ length: d.version }, (_, i) => i + 1),
        )
      }
    } finally {
      again.child.kill('SIGTERM')
      expect(await again.exited).toBe(0)
    }
    const db = new Database(join(dir, DB_FILE), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })
})
