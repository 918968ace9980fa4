// The drafts store's interface: what the server needs from storage, and nothing about SQL, so that a
// hosted deployment can put PostgreSQL behind the same methods. Every method is async for that reason,
// even though the SQLite implementation answers synchronously.
import type { DraftContent } from './schema.js'

export type { DraftContent } from './schema.js'

/** A draft as the API returns it: its current content, its id and its current version. */
export interface Draft extends DraftContent {
  id: string
  /** The current version number; versions count from 1 and only grow. */
  version: number
  createdAt: string
  updatedAt: string
}

/** One line of the drafts list. */
export interface DraftSummary {
  id: string
  version: number
  title: string
  situation: string | null
  /** The first 140 characters of the letter, on one line. */
  excerpt: string
  createdAt: string
  updatedAt: string
}

export interface DraftVersion {
  version: number
  createdAt: string
  /** When this version was made by restoring an older one, that version's number. */
  restoredFrom: number | null
  content: DraftContent
}

/** A save: the fields to change (omitted fields keep their value) and the version the writer edited. */
export interface DraftUpdate {
  baseVersion: number
  changes: Partial<DraftContent>
}

/** What a save did: `changed` is false when the content was identical and no version was added. */
export interface SaveResult {
  draft: Draft
  changed: boolean
}

/** Counts from an import: drafts new to this store, drafts extended with newer versions, drafts that
 * were already here whole, and drafts whose history had diverged and were kept as a separate copy. */
export interface ImportResult {
  created: number
  updated: number
  unchanged: number
  copied: number
}

export interface DraftStore {
  list(): Promise<DraftSummary[]>
  get(id: string): Promise<Draft | undefined>
  create(content: Partial<DraftContent>): Promise<Draft>
  /** Throws NotFoundError, or ConflictError when `baseVersion` is not the current version. */
  update(id: string, update: DraftUpdate): Promise<SaveResult>
  /** Final: the draft and all its versions are gone. Returns false when there was no such draft. */
  delete(id: string): Promise<boolean>
  versions(id: string): Promise<DraftVersion[] | undefined>
  version(id: string, version: number): Promise<DraftVersion | undefined>
  /** Makes version `version` current again, as a new version. `baseVersion`, when given, guards it. */
  restore(id: string, version: number, baseVersion?: number): Promise<SaveResult>
  export(): Promise<ExportFile>
  /** Validates `file` as an ExportFile (throws a ZodError), then merges it in one transaction. */
  import(file: unknown): Promise<ImportResult>
  close(): Promise<void>
}

export const EXPORT_FORMAT = 'sincerely-drafts'
export const EXPORT_FORMAT_VERSION = 1

export interface ExportedDraft {
  id: string
  createdAt: string
  versions: DraftVersion[]
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT
  formatVersion: typeof EXPORT_FORMAT_VERSION
  exportedAt: string
  drafts: ExportedDraft[]
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError'
  constructor(readonly what: 'draft' | 'version') {
    super(what === 'draft' ? 'There is no draft with this id.' : 'This draft has no such version.')
  }
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError'
  constructor(
    readonly current: Draft,
    readonly baseVersion: number,
  ) {
    super(
      `This draft has changed since version ${baseVersion}: it is now at version ${current.version}. ` +
        'Reload it before saving, so that nothing is overwritten.',
    )
  }
}
