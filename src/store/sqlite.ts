// The drafts store on SQLite (better-sqlite3): one file in the data folder, WAL mode, fsync on every
// commit, migrations at open, every save in one IMMEDIATE transaction.
import { randomUUID } from 'node:crypto'
import { chmodSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { contentHash, migrate } from './migrations.js'
import { type DraftContent, EMPTY_DRAFT, exportFileSchema } from './schema.js'
import {
  ConflictError,
  type Draft,
  type DraftStore,
  type DraftSummary,
  type DraftUpdate,
  type DraftVersion,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportedDraft,
  type ExportFile,
  type ImportResult,
  NotFoundError,
  type SaveResult,
} from './types.js'

export const DB_FILE = 'sincerely.db'

export interface SqliteStoreOptions {
  /** The folder for `sincerely.db`; created (mode 700) when missing. */
  dataDir?: string
  /** A database file path instead of `dataDir` (tests). */
  file?: string
  /** The clock, for tests. */
  now?: () => Date
}

interface CurrentRow {
  id: string
  created_at: string
  updated_at: string
  current_version: number
  content: string
  content_hash: string
}

interface VersionRow {
  version: number
  created_at: string
  restored_from: number | null
  content: string
  content_hash: string
}

/** Opens (creating and migrating as needed) the drafts database. */
export function openSqliteStore(options: SqliteStoreOptions = {}): SqliteDraftStore {
  let file = options.file
  if (!file) {
    if (!options.dataDir) throw new Error('openSqliteStore: give dataDir or file')
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
    file = join(options.dataDir, DB_FILE)
  }
  const db = new Database(file)
  try {
    if (file !== ':memory:') chmodSync(file, 0o600) // letters are private; -wal and -shm inherit this
    db.pragma('journal_mode = WAL')
    // FULL: a save acknowledged to the writer survives a crash of the process and of the machine.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db)
  } catch (error) {
    db.close()
    throw error
  }
  return new SqliteDraftStore(db, options.now ?? (() => new Date()))
}

export class SqliteDraftStore implements DraftStore {
  private readonly q
  private closed = false

  constructor(
    readonly db: Database.Database,
    private readonly now: () => Date,
  ) {
    const current = `SELECT d.id, d.created_at, d.updated_at, d.current_version, v.content, v.content_hash
      FROM drafts d JOIN versions v ON v.draft_id = d.id AND v.version = d.current_version`
    this.q = {
      list: db.prepare<[], CurrentRow>(`${current} ORDER BY d.updated_at DESC, d.id`),
      get: db.prepare<[string], CurrentRow>(`${current} WHERE d.id = ?`),
      insertDraft: db.prepare<[string, string, string, number]>(
        'INSERT INTO drafts (id, created_at, updated_at, current_version) VALUES (?, ?, ?, ?)',
      ),
      setCurrent: db.prepare<[string, number, string]>(
        'UPDATE drafts SET updated_at = ?, current_version = ? WHERE id = ?',
      ),
      insertVersion: db.prepare<[string, number, string, number | null, string, string]>(
        `INSERT INTO versions (draft_id, version, created_at, restored_from, content, content_hash)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      versions: db.prepare<[string], VersionRow>(
        `SELECT version, created_at, restored_from, content, content_hash
         FROM versions WHERE draft_id = ? ORDER BY version`,
      ),
      version: db.prepare<[string, number], VersionRow>(
        `SELECT version, created_at, restored_from, content, content_hash
         FROM versions WHERE draft_id = ? AND version = ?`,
      ),
      exists: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM drafts WHERE id = ?'),
      delete: db.prepare<[string]>('DELETE FROM drafts WHERE id = ?'),
      allIds: db.prepare<[], { id: string; created_at: string }>(
        'SELECT id, created_at FROM drafts ORDER BY created_at, id',
      ),
    }
  }

  async list(): Promise<DraftSummary[]> {
    return this.q.list.all().map((row) => {
      const content = JSON.parse(row.content) as DraftContent
      return {
        id: row.id,
        version: row.current_version,
        title: content.title,
        situation: content.situation,
        excerpt: content.text.replace(/\s+/g, ' ').trim().slice(0, 140),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      }
    })
  }

  async get(id: string): Promise<Draft | undefined> {
    const row = this.q.get.get(id)
    return row && toDraft(row)
  }

  async create(changes: Partial<DraftContent>): Promise<Draft> {
    const content: DraftContent = { ...EMPTY_DRAFT, ...changes }
    const id = randomUUID()
    const at = this.now().toISOString()
    this.db
      .transaction(() => {
        this.q.insertDraft.run(id, at, at, 1)
        this.q.insertVersion.run(id, 1, at, null, JSON.stringify(content), contentHash(content))
      })
      .immediate()
    return { id, version: 1, ...content, createdAt: at, updatedAt: at }
  }

  async update(id: string, { baseVersion, changes }: DraftUpdate): Promise<SaveResult> {
    return this.db
      .transaction(() => {
        const row = this.q.get.get(id)
        if (!row) throw new NotFoundError('draft')
        const next: DraftContent = { ...(JSON.parse(row.content) as DraftContent), ...changes }
        return this.save(row, next, baseVersion, null)
      })
      .immediate()
  }

  async restore(id: string, version: number, baseVersion?: number): Promise<SaveResult> {
    return this.db
      .transaction(() => {
        const row = this.q.get.get(id)
        if (!row) throw new NotFoundError('draft')
        const target = this.q.version.get(id, version)
        if (!target) throw new NotFoundError('version')
        return this.save(row, JSON.parse(target.content) as DraftContent, baseVersion, version)
      })
      .immediate()
  }

  /** Inside a transaction: adds `next` as a new version unless it is identical to the current one.
   * An identical save succeeds whatever its base (retrying a save whose answer was lost is safe);
   * a different one must be based on the current version. */
  private save(
    row: CurrentRow,
    next: DraftContent,
    baseVersion: number | undefined,
    restoredFrom: number | null,
  ): SaveResult {
    const hash = contentHash(next)
    if (hash === row.content_hash) return { draft: toDraft(row), changed: false }
    if (baseVersion !== undefined && baseVersion !== row.current_version)
      throw new ConflictError(toDraft(row), baseVersion)
    const version = row.current_version + 1
    const at = this.now().toISOString()
    this.q.insertVersion.run(row.id, version, at, restoredFrom, JSON.stringify(next), hash)
    this.q.setCurrent.run(at, version, row.id)
    return {
      draft: { id: row.id, version, ...next, createdAt: row.created_at, updatedAt: at },
      changed: true,
    }
  }

  async delete(id: string): Promise<boolean> {
    return this.q.delete.run(id).changes > 0
  }

  async versions(id: string): Promise<DraftVersion[] | undefined> {
    if (!this.q.exists.get(id)) return undefined
    return this.q.versions.all(id).map(toVersion)
  }

  async version(id: string, version: number): Promise<DraftVersion | undefined> {
    const row = this.q.version.get(id, version)
    return row && toVersion(row)
  }

  async export(): Promise<ExportFile> {
    const read = this.db.transaction(() =>
      this.q.allIds.all().map(
        (d): ExportedDraft => ({
          id: d.id,
          createdAt: d.created_at,
          versions: this.q.versions.all(d.id).map(toVersion),
        }),
      ),
    )
    return {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: this.now().toISOString(),
      drafts: read(),
    }
  }

  /**
   * Takes back an export, all or nothing. For each draft: new here, it is added with its id and
   * history; already here with the same history (or a shorter one), nothing changes; here with an
   * older part of the same history, the newer versions are appended; here with a history that went
   * another way, it is added beside it as a copy, whose id is derived from the imported history so
   * that importing the same file again does not copy it twice. The file is validated first.
   */
  async import(input: unknown): Promise<ImportResult> {
    const file = exportFileSchema.parse(input) // throws a ZodError naming the first bad field
    const result: ImportResult = { created: 0, updated: 0, unchanged: 0, copied: 0 }
    this.db
      .transaction(() => {
        for (const draft of file.drafts) {
          const hashes = draft.versions.map((v) => contentHash(v.content))
          const outcome = this.merge(draft.id, draft, hashes)
          if (outcome !== 'diverged') {
            result[outcome]++
            continue
          }
          const copyId = `${draft.id.slice(0, 40)}-copy-${contentHash(hashes).slice(0, 12)}`
          const again = this.merge(copyId, draft, hashes)
          if (again === 'created') result.copied++
          else if (again === 'updated') result.updated++
          else result.unchanged++
        }
      })
      .immediate()
    return result
  }

  private merge(
    id: string,
    draft: ExportedDraft,
    hashes: string[],
  ): 'created' | 'updated' | 'unchanged' | 'diverged' {
    const local = this.q.versions.all(id)
    const shared = Math.min(local.length, draft.versions.length)
    for (let i = 0; i < shared; i++) if (local[i]?.content_hash !== hashes[i]) return 'diverged'
    if (draft.versions.length <= local.length) return 'unchanged'
    if (local.length === 0) this.q.insertDraft.run(id, draft.createdAt, draft.createdAt, 0)
    for (let i = local.length; i < draft.versions.length; i++) {
      const v = draft.versions[i] as DraftVersion
      this.q.insertVersion.run(
        id,
        v.version,
        v.createdAt,
        v.restoredFrom,
        JSON.stringify(v.content),
        hashes[i] as string,
      )
    }
    const last = draft.versions[draft.versions.length - 1] as DraftVersion
    this.q.setCurrent.run(last.createdAt, last.version, id)
    return local.length === 0 ? 'created' : 'updated'
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }
}

function toDraft(row: CurrentRow): Draft {
  return {
    id: row.id,
    version: row.current_version,
    ...(JSON.parse(row.content) as DraftContent),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toVersion(row: VersionRow): DraftVersion {
  return {
    version: row.version,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
    content: JSON.parse(row.content) as DraftContent,
  }
}
