import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { contentHash, MIGRATIONS, migrate, SCHEMA_VERSION } from './migrations.js'
import { EMPTY_DRAFT } from './schema.js'
import { DB_FILE, openSqliteStore } from './sqlite.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sincerely-migrate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const tables = (db: Database.Database) =>
  db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((r) => (r as { name: string }).name)

describe('migrations', () => {
  it('are numbered 1, 2, 3… with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length)
  })

  it('build the whole schema on an empty database, and do nothing the second time', () => {
    const db = new Database(join(dir, 'empty.db'))
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version))
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(tables(db)).toEqual(['drafts', 'drafts_by_update', 'versions'])
    expect(migrate(db)).toEqual([])
    db.close()
  })

  it('bring a version 1 database, written by hand, up to date with its drafts intact', async () => {
    // The schema and data as sincerely's first release wrote them: no restored_from, no hashes, and
    // contents without the fields added later.
    const v1 = new Database(join(dir, DB_FILE))
    v1.exec(`
      CREATE TABLE drafts (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        current_version INTEGER NOT NULL);
      CREATE TABLE versions (draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        version INTEGER NOT NULL, created_at TEXT NOT NULL, content TEXT NOT NULL,
        PRIMARY KEY (draft_id, version)) WITHOUT ROWID;
      INSERT INTO drafts VALUES ('old', '2025-05-01T09:00:00.000Z', '2025-05-02T09:00:00.000Z', 2);
      INSERT INTO versions VALUES ('old', 1, '2025-05-01T09:00:00.000Z', '{"text":"Dear Sam,","situation":"they-left"}');
      INSERT INTO versions VALUES ('old', 2, '2025-05-02T09:00:00.000Z', '{"text":"Dear Sam, I am sorry.","situation":"they-left","answers":{"q":"a"}}');
      PRAGMA user_version = 1;
    `)
    v1.close()

    const store = openSqliteStore({ dataDir: dir })
    try {
      expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
      const draft = await store.get('old')
      expect(draft).toEqual({
        ...EMPTY_DRAFT,
        id: 'old',
        version: 2,
        text: 'Dear Sam, I am sorry.',
        situation: 'they-left',
        answers: { q: 'a' },
        createdAt: '2025-05-01T09:00:00.000Z',
        updatedAt: '2025-05-02T09:00:00.000Z',
      })
      const versions = await store.versions('old')
      expect(versions?.map((v) => [v.version, v.restoredFrom, v.content.text])).toEqual([
        [1, null, 'Dear Sam,'],
        [2, null, 'Dear Sam, I am sorry.'],
      ])
      const hashes = store.db.prepare('SELECT content_hash FROM versions ORDER BY version').all()
      expect(hashes).toEqual(versions?.map((v) => ({ content_hash: contentHash(v.content) })))
      // The backfilled hash makes an identical save a no-op, and the draft goes on growing.
      expect(
        (await store.update('old', { baseVersion: 2, changes: { text: 'Dear Sam, I am sorry.' } })).changed,
      ).toBe(false)
      expect((await store.restore('old', 1)).draft.version).toBe(3)
    } finally {
      await store.close()
    }
  })

  it('leave the database at the last good version when a migration fails', () => {
    const db = new Database(join(dir, 'fail.db'))
    const broken = [
      MIGRATIONS[0] as (typeof MIGRATIONS)[number],
      {
        version: 2,
        name: 'fails halfway',
        up(d: Database.Database) {
          d.exec('CREATE TABLE half (x)')
          throw new Error('boom')
        },
      },
    ]
    expect(() => migrate(db, broken)).toThrow('boom')
    expect(db.pragma('user_version', { simple: true })).toBe(1)
    expect(tables(db)).toEqual(['drafts', 'versions'])
    db.close()
  })

  it('refuse a database written by a newer sincerely', () => {
    const file = join(dir, DB_FILE)
    const db = new Database(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(() => openSqliteStore({ dataDir: dir })).toThrow(/newer than this sincerely knows/)
  })
})
