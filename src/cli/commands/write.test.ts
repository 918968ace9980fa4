import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compose } from '../../compose/compose.js'
import { CLI, type CliResult } from '../test-utils/run-cli.js'

/**
 * Runs the built CLI without blocking the test worker (spawnSync would starve vitest's RPC on a busy
 * machine). Standard input is an empty pipe: never a terminal.
 */
function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d
    })
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end()
  })
}

if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run `npm run build` (npm test does it)')

const dir = mkdtempSync(join(tmpdir(), 'sincerely-write-'))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const EXAMPLE = join(import.meta.dirname, '../../../examples/long-distance.json')
const UNSENT = join(import.meta.dirname, '../../../examples/unsent.json')

describe('sincerely write --answers', () => {
  it('prints the letter on stdout and the coach summary on stderr', async () => {
    const r = await runCli(['write', '--answers', EXAMPLE, '--seed', '3'])
    expect(r.status).toBe(0)
    const answers = JSON.parse(readFileSync(EXAMPLE, 'utf8'))
    expect(r.stdout).toBe(`${compose(answers, { seed: 3 }).text}\n`)
    expect(r.stderr).toMatch(/^Coach: no pitfall; strengths: /m)
    expect(r.stderr).toMatch(/handwritten lines on A4 at medium size \(one page\)/)
    expect(r.stderr).toMatch(/Seed 3:/)
  })

  it('gives the same letter for the same seed, and another wording for another seed', async () => {
    const a = (await runCli(['write', '--answers', EXAMPLE, '--seed', '7'])).stdout
    expect((await runCli(['write', '--answers', EXAMPLE, '--seed', '7'])).stdout).toBe(a)
    expect((await runCli(['write', '--answers', EXAMPLE, '--seed', '8'])).stdout).not.toBe(a)
  })

  it('gives the whole result as JSON, and writes to a file with -o', async () => {
    const r = await runCli(['write', '--answers', EXAMPLE, '--format', 'json'])
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.parts.paragraphs.length).toBeGreaterThan(2)
    expect(json.report.apiVersion).toBe(1)
    const out = join(dir, 'letter.txt')
    const o = await runCli(['write', '--answers', EXAMPLE, '-o', out, '--seed', '1'])
    expect(o.status).toBe(0)
    expect(o.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toMatch(/^Ben, my dear,|^Dear my dear,|^My dear,/)
  })

  it('shows the unsent letter and its notice for a boundary answer', async () => {
    const r = await runCli(['write', '--answers', UNSENT])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/^Unsent letter\. .*asked you not to contact them/m)
    expect(r.stdout).not.toMatch(/\?/)
  })

  it('names each invalid field on its own line and exits 2', async () => {
    const bad = file('bad.json', JSON.stringify({ situation: 'on-a-boat', memories: ['ok', 7], mood: 'x' }))
    const r = await runCli(['write', '--answers', bad])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines).toEqual([
      `sincerely: ${bad}: situation: must be one of: after-argument, new-relationship, left-without-explanation, they-cheated, long-distance, drifting-apart, i-cheated, long-silence`,
      `sincerely: ${bad}: memories[1]: must be text`,
      `sincerely: ${bad}: mood: is not a known field`,
    ])
  })

  it('says clearly when the file is not JSON, is missing or empty, and exits 2', async () => {
    const r = await runCli(['write', '--answers', file('broken.json', '{"situation": ')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/broken\.json: is not valid JSON \(/)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect((await runCli(['write', '--answers', join(dir, 'nope.json')])).stderr).toMatch(
      /nope\.json: no such file/,
    )
    expect((await runCli(['write', '--answers', file('empty.json', '')])).status).toBe(2)
    expect((await runCli(['write', '--answers', file('array.json', '[1]')])).stderr).toMatch(
      /answers must be a JSON object/,
    )
  })

  it('refuses a seed that is not a whole number', async () => {
    const r = await runCli(['write', '--answers', EXAMPLE, '--seed', 'abc'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/--seed: "abc" is not a whole number/)
  })
})

describe('sincerely write (the wizard) without a terminal', () => {
  it('refuses with a clear message that suggests --answers, exits 2, and prints no stack trace', async () => {
    const r = await runCli(['write'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(
      'sincerely: the questions need an interactive terminal; to compose without one, use: sincerely write --answers answers.json (see examples/)\n',
    )
  })

  it('refuses --format json or -o without --answers', async () => {
    const r = await runCli(['write', '--format', 'json'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/need --answers FILE/)
  })
})

describe('sincerely sms', () => {
  it('writes the message from answers with its segment count', async () => {
    const r = await runCli(['sms', '--answers', EXAMPLE, '--seed', '2'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^Ben, |^Hi Ben/)
    expect(r.stdout).toMatch(/\n1 segment, GSM-7, \d+ characters \(160 per segment\)\n$/)
  })

  it('reads a letter file, and gives JSON', async () => {
    const letter = file('letter.txt', "Dear Robin,\n\nI'm sorry for what I said.\n\nWith love,\nKai\n")
    const r = await runCli(['sms', letter, '--format', 'json'])
    expect(r.status).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.text).toMatch(/Robin/)
    expect(json.segments).toBe(1)
  })

  it('prints the notice instead of a message when a boundary forbids contact', async () => {
    const r = await runCli(['sms', '--answers', UNSENT])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^No message: your answers name a boundary/)
  })

  it('refuses a letter and --answers together', async () => {
    const r = await runCli(['sms', EXAMPLE, '--answers', EXAMPLE])
    expect(r.status).toBe(2)
  })
})

describe('sincerely situations', () => {
  it('lists the eight situations, one line each, and the solution ideas with --ideas', async () => {
    const r = await runCli(['situations'])
    expect(r.status).toBe(0)
    expect(r.stdout.trim().split('\n')).toHaveLength(8)
    expect(r.stdout).toMatch(/^i-cheated\s+I was the one who cheated: /m)
    const ideas = await runCli(['situations', '--ideas'])
    expect(ideas.stdout).toMatch(/distance\/visits\s+I'm ready to plan our visits/)
    const json = JSON.parse((await runCli(['situations', '--format', 'json'])).stdout)
    expect(json.situations).toHaveLength(8)
  })
})

describe('--help', () => {
  it.each(['write', 'sms', 'situations'])('%s --help shows usage and examples', async (cmd) => {
    const r = await runCli([cmd, '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`Usage: sincerely ${cmd}`))
    expect(r.stdout).toMatch(/Examples:\n {2}sincerely /)
  })
})
