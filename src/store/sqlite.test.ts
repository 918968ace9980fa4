import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportFileSchema } from './schema.js'
import { DB_FILE, openSqliteStore, type SqliteDraftStore } from './sqlite.js'
import { ConflictError, NotFoundError } from './types.js'

let dir: string
let store: SqliteDraftStore
let clock: number
const tick = () => {
  clock += 1000
  return new Date(clock)
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sincerely-store-'))
  clock = Date.parse('2026-01-01T10:00:00Z')
  store = openSqliteStore({ dataDir: dir, now: tick })
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('SQLite drafts store', () => {
  it('opens in WAL mode with fsync on commit, foreign keys on, and a private file', () => {
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(statSync(join(dir, DB_FILE)).mode & 0o777).toBe(0o600)
  })

  it('creates a draft at version 1 with defaults for what was not given', async () => {
    const draft = await store.create({ text: 'Dear Sam,', paper: 'a5' })
    expect(draft).toMatchObject({
      version: 1,
      text: 'Dear Sam,',
      paper: 'a5',
      title: '',
      situation: null,
      answers: {},
      hand: null,
      size: null,
    })
    expect(await store.get(draft.id)).toEqual(draft)
    expect(await store.versions(draft.id)).toHaveLength(1)
  })

  it('adds a version for each save that changes something, keeping omitted fields', async () => {
    const d = await store.create({ title: 'To Sam', text: 'one' })
    const r = await store.update(d.id, { baseVersion: 1, changes: { text: 'two' } })
    expect(r.changed).toBe(true)
    expect(r.draft).toMatchObject({ version: 2, text: 'two', title: 'To Sam' })
    expect(r.draft.updatedAt > d.updatedAt).toBe(true)
    expect(r.draft.createdAt).toBe(d.createdAt)
    expect((await store.versions(d.id))?.map((v) => v.content.text)).toEqual(['one', 'two'])
  })

  it('does not add a version for an identical save, whatever its base', async () => {
    const d = await store.create({ text: 'same', answers: { a: 1, b: [1, 2] } })
    const r = await store.update(d.id, {
      baseVersion: 1,
      changes: { text: 'same', answers: { b: [1, 2], a: 1 } },
    })
    expect(r).toEqual({ draft: d, changed: false })
    await store.update(d.id, { baseVersion: 1, changes: { text: 'new' } })
    // A retried save whose answer was lost: based on 1, identical to the current version 2.
    const retry = await store.update(d.id, { baseVersion: 1, changes: { text: 'new' } })
    expect(retry.changed).toBe(false)
    expect(retry.draft.version).toBe(2)
    expect(await store.versions(d.id)).toHaveLength(2)
  })

  it('refuses a stale save with the current draft, and writes nothing', async () => {
    const d = await store.create({ text: 'v1' })
    await store.update(d.id, { baseVersion: 1, changes: { text: 'tab A' } })
    const stale = store.update(d.id, { baseVersion: 1, changes: { text: 'tab B' } })
    await expect(stale).rejects.toBeInstanceOf(ConflictError)
    const error = (await stale.catch((e) => e)) as ConflictError
    expect(error.current).toMatchObject({ version: 2, text: 'tab A' })
    expect((await store.get(d.id))?.text).toBe('tab A')
    expect(await store.versions(d.id)).toHaveLength(2)
  })

  it('restores an old version as a new version that says where it came from', async () => {
    const d = await store.create({ text: 'first' })
    await store.update(d.id, { baseVersion: 1, changes: { text: 'second' } })
    const r = await store.restore(d.id, 1)
    expect(r.changed).toBe(true)
    expect(r.draft).toMatchObject({ version: 3, text: 'first' })
    const versions = await store.versions(d.id)
    expect(versions?.map((v) => [v.version, v.restoredFrom, v.content.text])).toEqual([
      [1, null, 'first'],
      [2, null, 'second'],
      [3, 1, 'first'],
    ])
    // Restoring what is already current changes nothing.
    expect((await store.restore(d.id, 3)).changed).toBe(false)
    // A stale base is refused like a save.
    await expect(store.restore(d.id, 2, 1)).rejects.toBeInstanceOf(ConflictError)
  })

  it('says which is missing: the draft or the version', async () => {
    const d = await store.create({})
    await expect(store.update('nope', { baseVersion: 1, changes: {} })).rejects.toMatchObject({
      what: 'draft',
    })
    await expect(store.restore(d.id, 9)).rejects.toMatchObject({ what: 'version' })
    await expect(store.restore('nope', 1)).rejects.toBeInstanceOf(NotFoundError)
    expect(await store.versions('nope')).toBeUndefined()
    expect(await store.version(d.id, 2)).toBeUndefined()
    expect(await store.get('nope')).toBeUndefined()
  })

  it('deletes a draft and all its versions for good', async () => {
    const d = await store.create({ text: 'gone' })
    await store.update(d.id, { baseVersion: 1, changes: { text: 'gone too' } })
    expect(await store.delete(d.id)).toBe(true)
    expect(await store.get(d.id)).toBeUndefined()
    expect(store.db.prepare('SELECT count(*) AS n FROM versions').get()).toEqual({ n: 0 })
    expect(await store.delete(d.id)).toBe(false)
  })

  it('lists drafts, most recently changed first, with a one-line excerpt', async () => {
    const a = await store.create({ title: 'A', text: 'Dear\n\nSam,   I' })
    const b = await store.create({ title: 'B' })
    await store.update(a.id, { baseVersion: 1, changes: { text: 'Dear\n\nSam,   I am' } })
    const list = await store.list()
    expect(list.map((d) => d.id)).toEqual([a.id, b.id])
    expect(list[0]).toMatchObject({ title: 'A', version: 2, excerpt: 'Dear Sam, I am' })
  })
})

describe('export and import', () => {
  it('exports a file the import schema accepts, and importing it into an empty store copies it whole', async () => {
    const d = await store.create({ title: 'T', text: 'one', answers: { q1: 'yes' } })
    await store.update(d.id, { baseVersion: 1, changes: { text: 'two' } })
    await store.restore(d.id, 1)
    const file = await store.export()
    expect(exportFileSchema.parse(file)).toEqual(file)

    const other = openSqliteStore({ file: join(dir, 'other.db') })
    try {
      expect(await other.import(file)).toEqual({ created: 1, updated: 0, unchanged: 0, copied: 0 })
      expect(await other.get(d.id)).toEqual(await store.get(d.id))
      expect(await other.versions(d.id)).toEqual(await store.versions(d.id))
      // Exporting the copy gives the same drafts back.
      expect((await other.export()).drafts).toEqual(file.drafts)
    } finally {
      await other.close()
    }
  })

  it('does not double anything when the same file is imported again', async () => {
    await store.create({ text: 'a' })
    const file = await store.export()
    expect(await store.import(file)).toEqual({ created: 0, updated: 0, unchanged: 1, copied: 0 })
    expect(await store.import(file)).toEqual({ created: 0, updated: 0, unchanged: 1, copied: 0 })
    expect(await store.list()).toHaveLength(1)
    expect(store.db.prepare('SELECT count(*) AS n FROM versions').get()).toEqual({ n: 1 })
  })

  it('appends the newer versions of a draft it holds an older part of', async () => {
    const d = await store.create({ text: 'a' })
    const old = await store.export()
    await store.update(d.id, { baseVersion: 1, changes: { text: 'b' } })
    const newer = await store.export()

    const other = openSqliteStore({ file: join(dir, 'other.db') })
    try {
      await other.import(old)
      expect(await other.import(newer)).toEqual({ created: 0, updated: 1, unchanged: 0, copied: 0 })
      expect((await other.get(d.id))?.version).toBe(2)
      // And the older file changes nothing now.
      expect(await other.import(old)).toEqual({ created: 0, updated: 0, unchanged: 1, copied: 0 })
    } finally {
      await other.close()
    }
  })

  it('keeps a history that went another way as a copy, once', async () => {
    const d = await store.create({ text: 'a' })
    const file = await store.export()
    await store.update(d.id, { baseVersion: 1, changes: { text: 'here' } })
    const elsewhere = structuredClone(file)
    const [exported] = elsewhere.drafts
    const [v1] = exported?.versions ?? []
    if (!exported || !v1) throw new Error('the export lost the draft')
    exported.versions.push({ ...v1, version: 2, content: { ...v1.content, text: 'there' } })
    await store.update(d.id, { baseVersion: 2, changes: { text: 'here again' } })

    expect(await store.import(elsewhere)).toEqual({ created: 0, updated: 0, unchanged: 0, copied: 1 })
    expect(await store.import(elsewhere)).toEqual({ created: 0, updated: 0, unchanged: 1, copied: 0 })
    const list = await store.list()
    expect(list).toHaveLength(2)
    expect((await store.get(d.id))?.text).toBe('here again')
    const copy = list.find((x) => x.id !== d.id)
    expect(copy?.id).toMatch(new RegExp(`^${d.id}-copy-[0-9a-f]{12}$`))
    expect((await store.get(copy?.id ?? ''))?.text).toBe('there')
  })

  it('refuses an invalid file before writing anything', async () => {
    const bad = {
      format: 'sincerely-drafts',
      formatVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      drafts: [{ id: 'x', createdAt: '2026-01-01T00:00:00.000Z', versions: [] }],
    }
    await expect(store.import(bad)).rejects.toThrow(/at least one version/)
    await expect(store.import({ format: 'something-else' })).rejects.toThrow()
    expect(await store.list()).toEqual([])
  })

  it('imports all or nothing when a write fails halfway', async () => {
    const draft = (id: string) => ({
      id,
      createdAt: '2026-01-01T00:00:00.000Z',
      versions: [
        {
          version: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          restoredFrom: null,
          content: { title: '', situation: null, answers: {}, text: id, hand: null, paper: null, size: null },
        },
      ],
    })
    const file = { ...(await store.export()), drafts: [draft('first'), draft('boom')] }
    store.db.exec(
      `CREATE TRIGGER fail BEFORE INSERT ON drafts WHEN NEW.id = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END`,
    )
    await expect(store.import(file)).rejects.toThrow(/disk full/)
    expect(await store.get('first')).toBeUndefined()
  })
})
