// createApp({ store }): the whole HTTP API as a Hono app, with no port and no process state, so that
// tests call it with `app.request()`. Security middleware runs first, then each capability's routes,
// mounted here and only here (one module per capability in routes/).
import { readFileSync } from 'node:fs'
import { Hono, type MiddlewareHandler } from 'hono'
import type { DraftStore } from '../store/types.js'
import { refuseAnnouncedTooLarge } from './body.js'
import { ApiError, onError } from './errors.js'
import { checkRoutes } from './routes/check.js'
import { composeRoutes } from './routes/compose.js'
import { draftRoutes } from './routes/drafts.js'
import { handwritingRoutes } from './routes/handwriting.js'
import { healthRoutes } from './routes/health.js'
import { studioRoutes } from './routes/studio.js'
import { transferRoutes } from './routes/transfer.js'
import { allowedHosts, hostCheck, originCheck, securityHeaders } from './security.js'

export { MAX_BODY_BYTES, MAX_IMPORT_BYTES } from './body.js'

export const DEFAULT_HOST = '127.0.0.1'
export const DEFAULT_PORT = 4321

export interface AppOptions {
  store: DraftStore
  /** Host header values to accept. Default: the loopback names on port 4321. */
  hosts?: readonly string[]
  /** Where internal errors are logged (never to the client). Default: stderr. */
  log?: (line: string) => void
}

/** The capabilities this build serves, for `GET /api/health`. */
export const CAPABILITIES = ['check', 'drafts', 'export', 'compose', 'sms', 'render', 'copy-sheet'] as const

export function createApp(options: AppOptions): Hono {
  const hosts = options.hosts ?? allowedHosts(DEFAULT_HOST, DEFAULT_PORT)
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const app = new Hono()

  app.use(securityHeaders())
  app.use(hostCheck(hosts))
  app.use(originCheck(hosts))
  app.use(limitBodies())

  app.route('/', studioRoutes())
  app.route('/api', healthRoutes({ version: packageVersion(), capabilities: CAPABILITIES }))
  app.route('/api', checkRoutes())
  app.route('/api', composeRoutes())
  app.route('/api', handwritingRoutes())
  app.route('/api', draftRoutes(options.store))
  app.route('/api', transferRoutes(options.store))

  const methodsAt = allowedMethods(app)
  app.notFound((c) => {
    // An address that exists, asked with another method: 405 and the methods it takes.
    const allowed = methodsAt(c.req.path)
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '))
      throw new ApiError(
        405,
        'method-not-allowed',
        `${c.req.method} is not allowed at this address; it takes ${allowed.join(', ')}.`,
      )
    }
    throw new ApiError(404, 'not-found', 'There is nothing at this address.')
  })
  app.onError(onError(log))
  return app
}

/** The methods the app's routes take at a path (middleware, registered for every method, aside). */
function allowedMethods(app: Hono): (path: string) => string[] {
  let routes: { method: string; re: RegExp }[] | undefined
  return (path) => {
    routes ??= app.routes
      .filter((r) => r.method !== 'ALL' && !r.path.includes('*'))
      .map((r) => ({
        method: r.method,
        re: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}/?$`),
      }))
    return [...new Set(routes.filter((r) => r.re.test(path)).map((r) => r.method))].sort()
  }
}

/**
 * A body announced as too large is refused before anything else; one that grows past the limit while
 * it is read (chunked) is refused there (body.ts `readBodyText`).
 */
function limitBodies(): MiddlewareHandler {
  return async (c, next) => {
    refuseAnnouncedTooLarge(c)
    await next()
  }
}

let version: string | undefined
function packageVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version
  return version
}
