// `npm run bench`: runs every bench/*.bench.mjs in turn (each in its own process, so one's warm-up,
// heap and JIT state do not colour another's figures). Each prints its own table with ratios against
// a baseline measured in the same run.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  process.stdout.write(`\n## ${file.replace('.bench.mjs', '')}\n\n`)
  const r = spawnSync(process.execPath, ['--expose-gc', `${dir}${file}`], { stdio: 'inherit' })
  if (r.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
