// What keeps a server on 127.0.0.1 private although every web page the writer visits can send it
// requests: the Host check (DNS rebinding), the Origin and Fetch-Metadata checks (cross-site writes and
// reads), and response headers that let only this origin load anything.
import { networkInterfaces } from 'node:os'
import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error.js'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** For a generated SVG page: nothing may load or run; only the drawing's own inline styles apply. */
export const SVG_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/** Sets the security headers on every response, errors included; API answers are never cached. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next()
    // An answer made with these headers already (`securedResponse`) is left as it is: reading
    // `c.res.headers` would make @hono/node-server build a Headers object for it, and a Headers object
    // costs more to fill and to write than a record.
    if (SECURED.has(c.res)) return
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      // A route may set a stricter policy of its own (the SVG page: no script at all, its own styles).
      if (name === 'Content-Security-Policy' && c.res.headers.has(name)) continue
      c.res.headers.set(name, value)
    }
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store')
  }
}

const SECURED = new WeakSet<Response>()

/**
 * The headers `securityHeaders` gives a response, with its own (`own`, none of them a security
 * header): to make a response with every header at once (`securedResponse`). Names in lower case and
 * in their order, as @hono/node-server writes the Headers object the middleware fills, so the bytes
 * sent are the same either way. Made once per kind of answer, not per response.
 */
export function securedHeaders(
  own: Record<string, string>,
  { api }: { api: boolean },
): Record<string, string> {
  const all: Record<string, string> = {}
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) all[name.toLowerCase()] = value
  if (api) all['cache-control'] = 'no-store'
  for (const [name, value] of Object.entries(own)) all[name.toLowerCase()] = value
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * Marks a response made with `securedHeaders` (and nothing the route set with `c.header`, which only
 * Hono's own response helpers apply) as complete: the middleware leaves it as it is.
 */
export function securedResponse(response: Response): Response {
  SECURED.add(response)
  return response
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]'])
const WILDCARD = new Set(['0.0.0.0', '::', '[::]'])

/**
 * The Host header values that name this server: its own address and port, and when it listens on a
 * loopback or wildcard address, the loopback names too (and for a wildcard, each interface's address).
 * A name an attacker's DNS points at 127.0.0.1 is never among them: that is the rebinding defence.
 */
export function allowedHosts(host: string, port: number): string[] {
  const names = new Set<string>()
  const add = (h: string) => names.add(h.includes(':') && !h.startsWith('[') ? `[${h}]` : h)
  if (WILDCARD.has(host)) {
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) add(i.address)
  } else add(host)
  if (LOOPBACK.has(host) || WILDCARD.has(host)) for (const h of LOOPBACK) add(h)
  const hosts = [...names].map((h) => `${h}:${port}`.toLowerCase())
  if (port === 80) hosts.push(...[...names].map((h) => h.toLowerCase()))
  return hosts
}

/**
 * Refuses (403 forbidden-host) a request whose Host is not one of `hosts`. 403 rather than 421: 421
 * (Misdirected Request) is about HTTP/2 connection reuse; here the request is simply refused.
 */
export function hostCheck(hosts: readonly string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()))
  return async (c, next) => {
    // `app.request()` in tests builds a Request without a Host header: the URL's host stands for it.
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase()
    if (!allowed.has(host)) {
      throw new ApiError(403, 'forbidden-host', 'This server answers only to its own address.', undefined, {
        host,
      })
    }
    await next()
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Refuses (403 forbidden-origin) a state-changing request whose Origin is another site (or `null`,
 * as sandboxed frames and files send), and any API request a browser marks as cross-site or same-site
 * (another port on localhost is "same-site"). Requests without these headers come from programs such
 * as curl, not from a web page, and pass.
 */
export function originCheck(hosts: readonly string[]): MiddlewareHandler {
  const origins = new Set(hosts.map((h) => `http://${h.toLowerCase()}`))
  return async (c, next) => {
    const origin = c.req.header('origin')
    if (STATE_CHANGING.has(c.req.method) && origin !== undefined && !origins.has(origin.toLowerCase())) {
      throw new ApiError(403, 'forbidden-origin', 'Requests from other sites are refused.')
    }
    const site = c.req.header('sec-fetch-site')
    if (c.req.path.startsWith('/api/') && (site === 'cross-site' || site === 'same-site')) {
      throw new ApiError(403, 'forbidden-origin', 'Requests from other sites are refused.')
    }
    await next()
  }
}
