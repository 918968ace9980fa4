// Runs the BUILT command line (dist/cli/main.js), as a user would. `npm test` builds before testing.
import { spawn, spawnSync } from 'node:child_process'
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
  // A child killed (the timeout on a loaded machine) or never started says so, rather than leaving a
  // test to fail on an empty output ("Unexpected end of JSON input", seen once in a full run).
  if (r.error || r.signal)
    throw new Error(
      `sincerely ${args.join(' ')}: ${r.error?.message ?? `killed by ${r.signal}`}; stderr: ${r.stderr || '(none)'}`,
    )
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/**
 * The same without blocking the test worker (a busy machine makes each start slow): standard output
 * as bytes, for PDF and PNG.
 */
export function runCliBytes(
  args: string[],
  input: string | Buffer = '',
): Promise<{ status: number | null; stdout: Buffer; stderr: string }> {
  if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
    )
    child.stdin.end(input)
  })
}

/** The same, with standard output as text. */
export async function runCliAsync(args: string[], options: { input?: string } = {}): Promise<CliResult> {
  const r = await runCliBytes(args, options.input ?? '')
  return { ...r, stdout: r.stdout.toString('utf8') }
}
