// The local server's public face: the app factory (testable without a port) and the edge that listens.
export { type AppOptions, createApp, DEFAULT_HOST, DEFAULT_PORT, MAX_BODY_BYTES } from './app.js'
export type { ErrorBody, ErrorCode } from './errors.js'
export { type RunningServer, type StartOptions, startServer } from './start.js'
