import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

it('is importable as `sincerely` from the project root (package exports, built JavaScript)', () => {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import('sincerely').then(m => console.log(JSON.stringify(m.check('I am sorry.'))))",
    ],
    { cwd: root, encoding: 'utf8' },
  )
  expect(r.stderr).toBe('')
  const report = JSON.parse(r.stdout)
  expect(report.findings[0].ruleId).toBe('apology')
})
