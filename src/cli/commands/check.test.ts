import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check } from '../../coach/check.js'
import { withModelFinding } from '../../coach/test-utils/model.js'
import { CLI, runCli } from '../test-utils/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'sincerely-check-'))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const LETTER = "Dear Sam,\n\nI'm sorry for the way I spoke to you that night.\n\nAlex\n"

describe('sincerely check', () => {
  it('prints findings with line:col, the marked excerpt, the six scores and the page estimate', () => {
    const r = runCli(['check', file('letter.txt', LETTER)])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('apology  3:1')
    expect(r.stdout).toContain("»I'm sorry for the way I spoke to you that night«")
    expect(r.stdout).toMatch(/Brief and sincere\s+[█░]{10}\s+\d+/)
    expect(r.stdout).toMatch(/handwritten page/)
  })

  it('gives the library report as JSON', () => {
    const r = runCli(['check', '--format', 'json', '-'], { input: LETTER })
    expect(r.status).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(check(LETTER))
  })

  it("starts from the build's code caches, and gives the same report as without them", () => {
    const text = `${LETTER}\nYou never listened to me, and if you don't answer by Friday, we're done.\n`
    const cached = runCli(['check', '--format', 'json', '-'], {
      input: text,
      env: { SINCERELY_CODE_CACHE: 'report' },
    })
    expect(cached.stderr).toMatch(/^code cache used: .*[/\\]dist[/\\]cli[/\\]bundle\.cjs$/m)
    expect(cached.stderr).toMatch(/^code cache used: .*[/\\]compiled\.cli\.cjs$/m)
    // The bundle run as a plain CommonJS file: no cache at all.
    const plain = spawnSync(
      process.execPath,
      [join(dirname(CLI), 'bundle.cjs'), 'check', '--format', 'json', '-'],
      {
        input: text,
        encoding: 'utf8',
      },
    )
    expect(cached.status).toBe(plain.status)
    expect(cached.stdout).toBe(plain.stdout)
    expect(JSON.parse(cached.stdout)).toEqual(check(text))
  })

  it("marks the classifier's findings as read from the whole sentence, and shows none with --no-model", () => {
    const text = withModelFinding()
    const marker = 'read by the classifier'
    expect(runCli(['check', '-'], { input: text }).stdout).toContain(marker)
    expect(runCli(['check', '--no-model', '-'], { input: text }).stdout).not.toContain(marker)
  })

  it('gives the rules alone with --no-model', () => {
    const text = withModelFinding()
    const r = runCli(['check', '--format', 'json', '--no-model', '-'], { input: text })
    expect(JSON.parse(r.stdout)).toEqual(check(text, { model: false }))
    expect(JSON.parse(runCli(['check', '--format', 'json', '-'], { input: text }).stdout)).toEqual(
      check(text),
    )
  })

  it('exits 1 when a finding reaches --fail-on, 0 otherwise', () => {
    const pressure = file('pressure.txt', 'You have to call me tonight.')
    expect(check('You have to call me tonight.').findings.map((f) => f.severity)).toEqual(['warning'])
    expect(runCli(['check', pressure]).status).toBe(0)
    expect(runCli(['check', pressure, '--fail-on', 'warning']).status).toBe(1)
    const threat = file('threat.txt', "You'll regret this, I'll tell everyone what you did.")
    expect(runCli(['check', threat]).status).toBe(1)
    expect(runCli(['check', file('letter.txt', LETTER), '--fail-on', 'warning']).status).toBe(0)
  })

  it.each([
    ['a missing file', ['check', join(dir, 'nope.txt')], /no such file/],
    ['a directory', ['check', dir], /is a directory/],
    ['an empty file', ['check', file('empty.txt', '')], /is empty/],
    ['whitespace only', ['check', file('blank.txt', '  \n\t\n')], /is empty/],
    ['a binary file', ['check', file('bin.dat', Buffer.from([0x49, 0x00, 0x01, 0x02]))], /binary/],
    [
      'invalid UTF-8',
      ['check', file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]))],
      /UTF-8/,
    ],
    ['over 1 MB', ['check', file('huge.txt', 'a'.repeat(1024 * 1024 + 1))], /1 MB/],
    ['an unknown option', ['check', '--colour'], /unknown option/],
    ['a bad --format', ['check', '--format', 'xml', '-'], /format/],
    ['a --region that is not a country code', ['check', '--region', 'UK1', '-'], /two-letter country code/],
  ])('refuses %s with one line on stderr and exit 2', (_, args, message) => {
    const r = runCli(args as string[], { input: 'I am sorry.' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /) // never a stack trace
  })

  it('has help', () => {
    const r = runCli(['check', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('--fail-on')
  })
})
