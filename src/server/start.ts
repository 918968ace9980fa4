// startServer({ port, host, dataDir }): the edge. Opens the drafts store, listens, and returns a
// close() that stops accepting connections, lets in-flight requests finish, then closes the database.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { defaultDataDir } from '../store/paths.js'
import { openSqliteStore } from '../store/sqlite.js'
import type { DraftStore } from '../store/types.js'
import { createApp, DEFAULT_HOST, DEFAULT_PORT } from './app.js'
import { allowedHosts } from './security.js'

export interface StartOptions {
  /** 0 picks a free port. Default 4321. */
  port?: number
  /** Default 127.0.0.1: only this machine can connect. */
  host?: string
  /** Where the drafts database lives. Default: SINCERELY_DATA, XDG_DATA_HOME or ~/.local/share. */
  dataDir?: string
  /** A store to use instead of opening one in dataDir (it is closed with the server). */
  store?: DraftStore
  log?: (line: string) => void
  /** How long close() waits for in-flight requests before cutting connections. Default 10 s. */
  closeTimeoutMs?: number
}

export interface RunningServer {
  /** `http://127.0.0.1:4321`: the address to open. */
  url: string
  host: string
  port: number
  /** Where the database is, or undefined when a store was given. */
  dataDir: string | undefined
  close(): Promise<void>
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST
  const dataDir = options.store ? undefined : (options.dataDir ?? defaultDataDir())
  const store = options.store ?? openSqliteStore({ dataDir })
  // The Host check needs the port, which is known only once listening (port 0): bind the app then.
  let app: ReturnType<typeof createApp> | undefined
  let server: Server
  let port: number
  try {
    ;({ server, port } = await listen(options.port ?? DEFAULT_PORT, host, (req, env) => {
      if (!app) throw new Error('not listening yet')
      return app.fetch(req, env)
    }))
  } catch (error) {
    await store.close()
    throw error
  }
  app = createApp({ store, hosts: allowedHosts(host, port), log: options.log })

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      const idle = setInterval(() => server.closeIdleConnections(), 50)
      const force = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 10_000)
      force.unref()
      server.close(() => {
        clearInterval(idle)
        clearTimeout(force)
        resolve()
      })
      server.closeIdleConnections()
    }).then(() => store.close())
    return closing
  }
  const shown = host.includes(':') ? `[${host}]` : host
  return { url: `http://${shown}:${port}`, host, port, dataDir, close }
}

function listen(
  port: number,
  hostname: string,
  fetch: Parameters<typeof serve>[0]['fetch'],
): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }) as Server
    server.once('error', reject)
    server.once('listening', () => {
      server.off('error', reject)
      resolve({ server, port: (server.address() as AddressInfo).port })
    })
  })
}
