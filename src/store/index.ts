// The drafts store's public face: the interface, its SQLite implementation, and where data lives.
export { defaultDataDir } from './paths.js'
export * from './schema.js'
export { DB_FILE, openSqliteStore, type SqliteStoreOptions } from './sqlite.js'
export * from './types.js'
