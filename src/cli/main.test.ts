import { describe, expect, it } from 'vitest'
import { runCli } from './test-utils/run-cli.js'

describe('sincerely', () => {
  it.each([
    ['alone', ['compose']],
    ['with --help after it', ['compose', '--help']],
    ['with options after it', ['chek', '--format', 'json']],
  ])('refuses an unknown command %s with exit 2 and one line saying so', (_, args) => {
    const r = runCli(args)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`unknown command '${args[0]}'`))
    expect(r.stdout).toBe('')
  })

  it('still shows the main help for --help and for the help command', () => {
    for (const args of [['--help'], ['help'], ['help', 'check']]) {
      const r = runCli(args)
      expect(r.status).toBe(0)
      expect(r.stdout).toMatch(/Usage: sincerely/)
    }
  })
})
