// `sincerely serve`: the local server (API, and the studio once it exists) on 127.0.0.1:4321.
// Ctrl-C or SIGTERM closes it cleanly: in-flight requests finish, then the database is closed.
import { type Command, Option } from 'commander'
import { UsageError } from '../errors.js'

interface ServeFlags {
  port?: string
  host: string
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the local server: the JSON API over the coach and your drafts, on this machine only.')
    .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks a free one)').env('PORT'))
    .addOption(new Option('--host <host>', 'address to listen on').default('127.0.0.1'))
    .addHelpText(
      'after',
      `
Drafts are kept in $SINCERELY_DATA, else $XDG_DATA_HOME/sincerely, else ~/.local/share/sincerely.
The default port is 4321 (or $PORT). Listening on anything but a loopback address makes your drafts
reachable from other machines on the network: the server has no login.

Examples:
  sincerely serve
  sincerely serve --port 8080
  PORT=8080 npm start`,
    )
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port)
      const { startServer } = await import('../../server/start.js')
      let server: Awaited<ReturnType<typeof startServer>>
      try {
        server = await startServer({ port, host: flags.host })
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EADDRINUSE')
          throw new UsageError(`port ${port} is already in use; choose another with --port`)
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new UsageError(`cannot listen on ${flags.host}: no such address on this machine`)
        if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${port}`)
        throw error
      }
      if (!isLoopback(flags.host))
        process.stderr.write(
          `sincerely: warning: listening on ${flags.host}; other machines can reach your drafts\n`,
        )
      process.stdout.write(
        `sincerely is listening on ${server.url}\ndrafts are kept in ${server.dataDir}\npress Ctrl-C to stop\n`,
      )

      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.stdout.write(`\n${signal}: closing (letting requests in progress finish)…\n`)
          // A second signal means "now": the database is safe anyway (every save is one transaction).
          process.once(signal, () => process.exit(130))
          server.close().then(resolve, (error: unknown) => {
            process.stderr.write(`sincerely: error while closing: ${(error as Error).message}\n`)
            process.exitCode = 70
            resolve()
          })
        }
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      process.stdout.write('closed\n')
    })
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4321
  if (!/^\d+$/.test(raw) || Number(raw) > 65535)
    throw new UsageError(`--port (or PORT) must be a number from 0 to 65535, not "${raw}"`)
  return Number(raw)
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.')
}
