import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliAsync as runCli } from '../test-utils/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'sincerely-hands-'))
const path = (name: string) => join(dir, name)
const letter = path('letter.txt')
writeFileSync(letter, 'Dear Sam,\n\nÀ bientôt, j’espère — « peut-être ».\n\nAlex\n')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

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
