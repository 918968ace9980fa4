// The schema, as numbered migrations applied in order when the store opens. `PRAGMA user_version`
// records the last one applied; each runs in its own transaction with the version bump, so a crash
// mid-migration leaves the database at the previous version, never half-migrated.
// Never edit a migration that has shipped: add the next number.
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { canonicalJson, EMPTY_DRAFT } from './schema.js'

export interface Migration {
  version: number
  name: string
  up(db: Database.Database): void
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'drafts and their versions',
    up(db) {
      db.exec(`
        CREATE TABLE drafts (
          id TEXT PRIMARY KEY,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          current_version INTEGER NOT NULL
        );
        CREATE TABLE versions (
          draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
          version INTEGER NOT NULL,
          created_at TEXT NOT NULL,
          content TEXT NOT NULL,
          PRIMARY KEY (draft_id, version)
        ) WITHOUT ROWID;
      `)
    },
  },
  {
    version: 2,
    name: 'restored-from, content hashes, complete contents, list order',
    up(db) {
      db.exec(`
        ALTER TABLE versions ADD COLUMN restored_from INTEGER;
        ALTER TABLE versions ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
        CREATE INDEX drafts_by_update ON drafts (updated_at DESC);
      `)
      // Version 1 stored whatever fields a draft had then; fill in the ones added since (title, hand,
      // paper, size…) so every stored content has the full shape, and hash it so identical saves and
      // imported duplicates are found without parsing.
      const rows = db.prepare('SELECT draft_id, version, content FROM versions').all() as {
        draft_id: string
        version: number
        content: string
      }[]
      const write = db.prepare(
        'UPDATE versions SET content = ?, content_hash = ? WHERE draft_id = ? AND version = ?',
      )
      for (const row of rows) {
        const content = { ...EMPTY_DRAFT, ...(JSON.parse(row.content) as object) }
        write.run(JSON.stringify(content), contentHash(content), row.draft_id, row.version)
      }
    },
  },
]

export const SCHEMA_VERSION = MIGRATIONS.length

export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex')
}

/** Brings `db` up to SCHEMA_VERSION; returns the versions it applied. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = db.pragma('user_version', { simple: true }) as number
  const latest = migrations.length
  if (current > latest) {
    throw new Error(
      `the drafts database is at schema version ${current}, newer than this sincerely knows (${latest}); ` +
        'update sincerely to open it',
    )
  }
  const applied: number[] = []
  for (const m of migrations.slice(current)) {
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }).immediate()
    applied.push(m.version)
  }
  return applied
}
