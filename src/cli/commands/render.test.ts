import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLI, runCliBytes as run, runCliAsync as runCli } from '../test-utils/run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'sincerely-render-'))
const path = (name: string) => join(dir, name)
const file = (name: string, content: string | Buffer) => {
  writeFileSync(path(name), content)
  return path(name)
}

const LETTER =
  "Dear Sam,\n\nI'm sorry for the way I spoke to you that night. Could we talk, when you are ready?\n\nWith love,\nAlex\n"
const letter = file('letter.txt', LETTER)
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

// Each case starts the built CLI (a fresh Node process): allow for a busy machine.
describe('sincerely render', { timeout: 60_000 }, () => {
  it('writes a PDF, reports the fit on stderr, exit 0', async () => {
    const out = path('letter.pdf')
    const r = await runCli(['render', letter, '-o', out])
    expect(r.status).toBe(0)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    expect(r.stderr).toMatch(/fits on one page \(\d+ of 27 lines\)/)
    expect(r.stdout).toBe('')
  })

  it('writes a PNG with the options applied (format from the extension)', async () => {
    const out = path('page.png')
    const r = await runCli([
      'render',
      letter,
      '-o',
      out,
      '--hand',
      'kalam',
      '--style',
      'lined',
      '--ink',
      'black',
      '--seed',
      '7',
      '--dpi',
      '60',
    ])
    expect(r.status).toBe(0)
    const png = readFileSync(out)
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
    expect(png.readUInt32BE(16)).toBe(Math.round((210 / 25.4) * 60))
  })

  it('writes SVG to standard output, deterministic for a seed', async () => {
    const a = await runCli([
      'render',
      letter,
      '--format',
      'svg',
      '--seed',
      '3',
      '--paper',
      'letter',
      '--size',
      'small',
      '-q',
    ])
    expect(a.status).toBe(0)
    expect(
      a.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="215.9mm" height="279.4mm"'),
    ).toBe(true)
    expect(a.stdout.endsWith('</svg>')).toBe(true)
    expect(a.stderr).toBe('')
    expect(
      (
        await runCli([
          'render',
          letter,
          '--format',
          'svg',
          '--seed',
          '3',
          '--paper',
          'letter',
          '--size',
          'small',
          '-q',
        ])
      ).stdout,
    ).toBe(a.stdout)
    expect(
      (
        await runCli([
          'render',
          letter,
          '--format',
          'svg',
          '--seed',
          '4',
          '--paper',
          'letter',
          '--size',
          'small',
        ])
      ).stdout,
    ).not.toBe(a.stdout)
  })

  it('reads standard input and pipes binary output when stdout is not a terminal', async () => {
    const r = await run(['render', '-', '--format', 'pdf'], LETTER)
    expect(r.status).toBe(0)
    expect(r.stdout.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('writes one file per page when the letter overflows, and says by how many words', async () => {
    const long = file(
      'long.txt',
      `Dear Sam,\n\n${'I am sorry and I would like us to talk again, calmly. '.repeat(30)}\n\nAlex`,
    )
    const out = path('long.svg')
    const r = await runCli(['render', long, '-o', out])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/takes 2 pages: \d+ words past the first page/)
    expect(existsSync(out)).toBe(true)
    expect(existsSync(path('long-2.svg'))).toBe(true)
    const page2 = await runCli(['render', long, '--format', 'svg', '--page', '2', '-q'])
    expect(page2.status).toBe(0)
    expect(page2.stdout).toBe(readFileSync(path('long-2.svg'), 'utf8'))
  })

  it('prints a copy sheet PDF', async () => {
    const out = path('copy.pdf')
    const r = await runCli(['render', letter, '--copy-sheet', '-o', out])
    expect(r.status).toBe(0)
    const pdf = readFileSync(out).toString('latin1')
    expect(pdf.startsWith('%PDF-')).toBe(true)
    expect(pdf).toMatch(/Literata/)
  })

  it('reports characters the hand lacks', async () => {
    const r = await runCli(['render', file('cjk.txt', 'Je t’aime 日 toujours'), '-o', path('cjk.pdf')])
    expect(r.status).toBe(0)
    expect(r.stderr).toMatch(/"日" \(U\+65E5\) is not in this hand; no bundled hand has it: drawn as a box/)
  })

  it.each([
    [['--hand', 'comic-sans'], /unknown hand "comic-sans" \(choose caveat, kalam/],
    [['--paper', 'a3'], /unknown paper "a3" \(choose a4, letter, a5\)/],
    [['--size', 'huge'], /unknown size "huge"/],
    [['--style', 'dotted'], /unknown paper style "dotted"/],
    [['--ink', 'red'], /unknown ink "red"/],
    [['--format', 'gif'], /unknown format "gif"/],
    [['--variation', '5'], /--variation must be a number from 0 to 2/],
    [['--page', '0'], /--page must be a whole number/],
    [['--page', '4'], /--page 4: the letter has 1 page/],
    [['--dpi', '5000'], /--dpi must be between 30 and 1200/],
    [['--copy-sheet', '--format', 'png'], /the copy sheet is a PDF/],
    [['-o', 'letter.docx'], /cannot tell the format of "letter.docx"/],
  ])('refuses %j with one clear line and exit 2', async (args, message) => {
    const r = await runCli(['render', letter, ...args])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr).not.toMatch(/\n\s+at /)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('refuses an empty letter, a missing file, an over-1 MB file and an unwritable output', async () => {
    const empty = await runCli(['render', file('empty.txt', '  \n\n')])
    expect(empty.status).toBe(2)
    expect(empty.stderr).toMatch(/is empty/)
    const invisible = await runCli(['render', file('invisible.txt', '\u200b\u200b\n')])
    expect(invisible.status).toBe(2)
    expect(invisible.stderr).toMatch(/empty/)
    expect((await runCli(['render', path('nope.txt')])).stderr).toMatch(/no such file/)
    const big = await runCli(['render', file('big.txt', 'a'.repeat(1024 * 1024 + 10)), '-o', path('big.pdf')])
    expect(big.status).toBe(2)
    expect(big.stderr).toMatch(/over the 1 MB limit/)
    const missingDir = await runCli(['render', letter, '-o', path('no/such/dir/out.pdf')])
    expect(missingDir.status).toBe(2)
    expect(missingDir.stderr).toMatch(/cannot be written/)
    const ro = path('readonly')
    mkdirSync(ro)
    chmodSync(ro, 0o500)
    const denied = await runCli(['render', letter, '-o', join(ro, 'out.pdf')])
    // root can write anywhere; everyone else is refused.
    if (process.getuid?.() !== 0) {
      expect(denied.status).toBe(2)
      expect(denied.stderr).toMatch(/cannot be written/)
    }
    const isDir = await runCli(['render', letter, '-o', dir])
    expect(isDir.status).toBe(2)
    expect(isDir.stderr).toMatch(/is a directory/)
  })

  // `script` (util-linux) gives the command a terminal as standard output.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript)('refuses to write PDF or PNG to a terminal without -o', async () => {
    for (const format of ['pdf', 'png']) {
      const r = spawnSync(
        'script',
        ['-qec', `"${process.execPath}" "${CLI}" render "${letter}" --format ${format}`, '/dev/null'],
        {
          encoding: 'utf8',
        },
      )
      expect(r.status).toBe(2)
      expect(r.stdout).toContain(`${format.toUpperCase()} is binary: give -o FILE`)
    }
  })

  it('has help with examples', async () => {
    const r = await runCli(['render', '--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Examples:\n\s+sincerely render letter.txt -o letter.pdf/)
    expect(r.stdout).toMatch(/--copy-sheet/)
  })
})
