import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI } from '../test-utils/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'sincerely-hands-'))
const path = (name: string) => join(dir, name)
const letter = path('letter.txt')
writeFileSync(letter, 'Dear Sam,\n\nÀ bientôt, j’espère — « peut-être ».\n\nAlex\n')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Runs the built CLI without blocking the test worker (a busy machine makes each start slow). */
function run(
  args: string[],
  input: string | Buffer = '',
): Promise<{ status: number | null; stdout: Buffer; stderr: string }> {
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
async function runCli(args: string[], options: { input?: string } = {}) {
  const r = await run(args, options.input ?? '')
  return { ...r, stdout: r.stdout.toString('utf8') }
}

describe('sincerely hands', { timeout: 60_000 }, () => {
  it('prints one line per hand, starting with the name --hand takes', async () => {
    const r = await runCli(['hands'])
    expect(r.status).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(4)
    for (const line of lines) {
      const id = line.split(/\s+/)[0] as string
      expect(line).toMatch(/\((OFL-1\.1|Apache-2\.0)\)$/)
      const one = await runCli(['render', letter, '--hand', id, '--format', 'svg', '-q'])
      expect(one.status, id).toBe(0)
    }
  })

  it('gives JSON and draws the sample line of every hand', async () => {
    const json = JSON.parse((await runCli(['hands', '--json'])).stdout) as { id: string; sample: string }[]
    expect(json[0]?.sample.length).toBeGreaterThan(10)
    const out = path('hands.png')
    const r = await runCli(['hands', '--sample', out])
    expect(r.status).toBe(0)
    expect(readFileSync(out).subarray(0, 8)).toEqual(PNG_SIGNATURE)
    expect((await runCli(['hands', '--sample', path('hands.gif')])).status).toBe(2)
  })
})
