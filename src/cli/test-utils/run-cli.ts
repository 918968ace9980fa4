// Runs the BUILT command line (dist/cli/main.js), as a user would. `npm test` builds before testing.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const CLI = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url))

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): CliResult {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)')
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 30_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
