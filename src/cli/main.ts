#!/usr/bin/env node
// The `sincerely` command. Each subcommand lives in commands/<name>.ts and loads its heavy modules
// only when it runs, so that `sincerely check` starts in about the time of `node -e 0`.
import { Command, CommanderError } from 'commander'
import { registerCheck } from './commands/check.js'
import { registerHands } from './commands/hands.js'
import { registerRender } from './commands/render.js'
import { registerServe } from './commands/serve.js'
import { registerSituations } from './commands/situations.js'
import { registerSms } from './commands/sms.js'
import { registerWrite } from './commands/write.js'
import { UsageError } from './errors.js'

const program = new Command()
  .name('sincerely')
  .description(
    'Write a sincere letter to your ex, and check it before you send it. Everything stays on this machine.',
  )
  .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) })

registerCheck(program)
registerRender(program)
registerHands(program)
registerServe(program)
registerWrite(program)
registerSms(program)
registerSituations(program)

for (const command of program.commands) command.exitOverride()

// An unknown command is a usage error even with --help after it: commander would read "sincerely compose --help" as
// a request for the main help and exit 0, which tells a script nothing went wrong.
const unknown = unknownCommand(process.argv.slice(2))
if (unknown) {
  process.stderr.write(`error: unknown command '${unknown}'\n(run with --help for usage)\n`)
  process.exitCode = 2
} else {
  // Not awaited at the top level: the build bundles this file as CommonJS (scripts/bundle-cli.mjs).
  program.parseAsync(process.argv).catch((error: unknown) => {
    process.exitCode = exitCodeFor(error)
  })
}

/** The first word of the command line when it names no command ("help" is commander's own). */
function unknownCommand(args: string[]): string | undefined {
  const first = args[0]
  if (first === undefined || first.startsWith('-') || first === 'help') return undefined
  const known = program.commands.some((c) => c.name() === first || c.aliases().includes(first))
  return known ? undefined : first
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every other commander error is a usage error.
    return error.exitCode === 0 ? 0 : 2
  }
  if (error instanceof UsageError) {
    process.stderr.write(`sincerely: ${error.message}\n`)
    return error.exitCode
  }
  // A bug: say so in one line, never a stack trace (SINCERELY_DEBUG=1 shows it).
  if (process.env.SINCERELY_DEBUG) console.error(error)
  process.stderr.write(`sincerely: unexpected error: ${(error as Error)?.message ?? String(error)}\n`)
  return 70
}
