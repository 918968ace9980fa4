// The contract: one set of letters through the library `check`, the built CLI
// (`sincerely check --format json`) and `POST /api/check` gives the very same object, field for field.
// (`npm test` builds dist/ first; the CLI half runs the built command as a user would.)
import { describe, expect, it } from 'vitest'
import { runCli } from '../cli/test-utils/run-cli.js'
import { check } from '../coach/check.js'
import type { CheckOptions } from '../coach/report.js'
import { errorOf, testApi } from './test-utils/client.js'

interface Case {
  name: string
  text: string
  options: Pick<CheckOptions, 'paper' | 'size' | 'handwritten' | 'region'>
}

const CASES: Case[] = [
  {
    name: 'a short apology',
    text: "Dear Sam,\n\nI'm sorry for the way I spoke to you that night.\n\nAlex\n",
    options: {},
  },
  {
    name: 'pressure and an ultimatum',
    text: 'You have to call me tonight. If you do not answer by Friday, I will never speak to you again.',
    options: { paper: 'letter' },
  },
  {
    name: 'a threat (do not send)',
    text: "You'll regret this, I'll tell everyone what you did.",
    options: { size: 'large' },
  },
  {
    name: 'gratitude and a memory, handwritten on A5',
    text:
      'Dear Jo,\n\nThank you for the three years we had. I remember the morning at the lake, ' +
      'when you laughed at my burnt pancakes.\n\nI hope you are well.\n\nM.',
    options: { paper: 'a5', size: 'small', handwritten: true },
  },
  {
    name: 'CRLF line endings, an emoji before a span, and HTML',
    text: 'Hi 💛\r\n\r\n<b>I am sorry</b> that I yelled. I miss you so much, I cannot live without you.\r\n',
    options: {},
  },
  {
    name: 'words of care',
    text: "I don't want to live anymore without you.",
    options: {},
  },
  {
    name: 'words of care, the writer in New Zealand',
    text: "I don't want to live anymore without you.",
    options: { region: 'nz' },
  },
]

function cliArgs(options: Case['options']): string[] {
  const args = ['check', '--format', 'json', '-']
  if (options.paper) args.push('--paper', options.paper)
  if (options.size) args.push('--size', options.size)
  if (options.handwritten) args.push('--handwritten')
  if (options.region) args.push('--region', options.region)
  return args
}

const api = testApi()

// Each case spawns the built CLI: allow for a loaded machine.
describe('check contract: library, CLI and HTTP give the same report', { timeout: 60_000 }, () => {
  it.each(CASES)('$name', async ({ text, options }) => {
    const library = check(text, options)
    const cli = runCli(cliArgs(options), { input: text })
    expect(cli.stderr).toBe('')
    expect([0, 1]).toContain(cli.status) // 1 when a finding reaches --fail-on
    const http = await api.post('/api/check', { text, ...options })
    expect(http.status).toBe(200)

    expect(JSON.parse(cli.stdout)).toEqual(library)
    expect(http.json).toEqual(library)
    // Not trivially equal: the cases differ from one another.
    expect(library.stats.characters).toBeGreaterThan(0)
  })

  it('the cases cover findings, strengths, a do-not-send verdict and care', () => {
    const reports = CASES.map((c) => check(c.text, c.options))
    expect(reports.some((r) => r.findings.some((f) => f.kind === 'pitfall'))).toBe(true)
    expect(reports.some((r) => r.findings.some((f) => f.kind === 'strength'))).toBe(true)
    expect(reports.some((r) => r.verdict.status === 'do-not-send')).toBe(true)
    expect(reports.some((r) => r.care)).toBe(true)
  })

  it('a byte-order mark is dropped by both the CLI and the API', async () => {
    const text = `\ufeff${CASES[0]?.text}`
    const cli = runCli(cliArgs({}), { input: text })
    const http = await api.post('/api/check', { text })
    expect(http.json).toEqual(JSON.parse(cli.stdout))
  })

  it.each([
    ['an empty letter', ''],
    ['a blank letter', ' \n\t\n'],
  ])('%s is refused by both: CLI exit 2, API 400', async (_, text) => {
    const cli = runCli(cliArgs({}), { input: text })
    expect(cli.status).toBe(2)
    expect(cli.stderr).toMatch(/empty/)
    const http = await api.post('/api/check', { text })
    expect(http.status).toBe(400)
    expect(errorOf(http)).toMatchObject({ code: 'invalid', field: 'text' })
    expect(errorOf(http).message).toMatch(/empty/)
  })
})
