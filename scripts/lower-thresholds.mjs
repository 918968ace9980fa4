// Lowers the classifier's pitfall thresholds in src/coach/model/weights.en.ts by a shift chosen on writers
// the rules never saw (eval/eighteenth/README.md), never below what the tests that hold the model keep:
// no pitfall from the model on a pitfall rule's not-flagged examples, on the rules' rewrites, or on composed
// letters. Those texts are checked with the thresholds lowered by --floors-at (at least the shift); each
// model pitfall found on them sets a floor of its score + 0.25 (train-model.mjs's margin) for its
// category. A threshold becomes min(trained, max(trained − shift, floor)): never raised.
//
//   npm run build && node scripts/lower-thresholds.mjs --pitfalls 2 --floors-at 2.5 [--dry]
//
// The trained thresholds are kept in the note it writes above the weights, so it can be run again after
// the rules' examples change (a new not-flagged example may raise a floor): it always starts from them.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const argv = process.argv.slice(2)
const opt = (f) => (argv.includes(f) ? Number(argv[argv.indexOf(f) + 1]) : undefined)
const shift = opt('--pitfalls')
const floorsAt = opt('--floors-at') ?? shift
if (!(shift > 0) || !(floorsAt >= shift)) {
  console.error(
    'usage: node scripts/lower-thresholds.mjs --pitfalls <shift > 0> [--floors-at <≥ shift>] [--dry]',
  )
  process.exit(2)
}
const file = fileURLToPath(new URL('../src/coach/model/weights.en.ts', import.meta.url))
const source = readFileSync(file, 'utf8')
const MARK = 'pitfall thresholds lowered by scripts/lower-thresholds.mjs'
const NOTE = new RegExp(`^// The ${MARK} .*; trained: (\\[[^\\]]*\\])\\)\\.\\n`, 'm')
/** The thresholds as train-model.mjs wrote them: from the note if they were lowered before. */
const noted = NOTE.exec(source)

const dist = new URL('../dist/', import.meta.url)
const load = (p) => import(new URL(p, dist).href)
const { WEIGHTS_EN } = await load('coach/model/weights.en.js')
const current = [...WEIGHTS_EN.thresholds]
const trained = noted ? JSON.parse(noted[1]) : current
const { PITFALL_IDS } = await load('coach/finding.js')
const pitfall = WEIGHTS_EN.categories.map((c) => PITFALL_IDS.includes(c))
const scale = WEIGHTS_EN.scale
// The model is built on first use: the thresholds set here are the ones the texts are checked with.
WEIGHTS_EN.thresholds = trained.map((t, c) => (t === null || !pitfall[c] ? t : t - scale * floorsAt))
const { check } = await load('coach/check.js')
const { segment } = await load('coach/text/segment.js')
const { modelFor } = await load('coach/model/index.js')
const { fromModel } = await load('coach/model/findings.js')
const { RULE_SPECS } = await load('coach/rules/specs.js')
const { composedLetters, rewriteTexts } = await import('./model-texts.mjs')

const specs = RULE_SPECS.en
/** Each text, with the one category it must not get (a not-flagged example) or any pitfall (undefined). */
const texts = [
  ...specs.flatMap((r) =>
    r.kind === 'pitfall'
      ? r.examples.flatMap((e) => ('notFlagged' in e ? [{ text: e.notFlagged, only: r.id }] : []))
      : [],
  ),
  ...rewriteTexts(specs).map((text) => ({ text })),
  ...[...composedLetters(1500, 7), ...composedLetters(400, 8, true), ...composedLetters(1500, 1234)].flatMap(
    (letter) => [
      { text: letter.text },
      // A phrase of the writer's the coach found a pitfall in, set aside: with the model, it would be read.
      ...letter.setAside.filter((a) => a.reason.startsWith('the coach found')).map((a) => ({ text: a.text })),
    ],
  ),
]
const model = modelFor('en')
const floor = WEIGHTS_EN.categories.map(() => Number.NEGATIVE_INFINITY)
let found = 0
for (const { text, only } of texts)
  for (const f of check(text).findings) {
    if (!fromModel(f) || f.kind !== 'pitfall' || (only && f.ruleId !== only)) continue
    const s = segment(text, 'en').sentences.find((x) => x.from <= f.from && f.from < x.to)
    const c = WEIGHTS_EN.categories.indexOf(f.ruleId)
    floor[c] = Math.max(floor[c], model.scores(text.slice(s.from, s.to))[c] + 0.25)
    found++
  }
const lowered = trained.map((t, c) =>
  t === null || !pitfall[c]
    ? t
    : Math.min(t, Math.max(t - Math.round(scale * shift), Math.ceil(floor[c] * scale))),
)
console.error(
  `${texts.length} texts checked with pitfall thresholds lowered by ${floorsAt}: ${found} model pitfalls`,
)
for (let c = 0; c < trained.length; c++)
  if (lowered[c] !== trained[c])
    console.error(`  ${WEIGHTS_EN.categories[c].padEnd(16)} ${trained[c] / scale} → ${lowered[c] / scale}`)

const before = `"thresholds":${JSON.stringify(current)}`
if (!source.includes(before))
  throw new Error(`${file} does not hold the thresholds dist/ was built from: npm run build`)
const note = `// The ${MARK} (--pitfalls ${shift} --floors-at ${floorsAt}; eval/eighteenth/README.md; trained: ${JSON.stringify(trained)}).\n`
const out = (noted ? source.replace(NOTE, '') : source)
  .replace(before, `"thresholds":${JSON.stringify(lowered)}`)
  .replace(/\nimport type/, `\n${note}import type`)
if (argv.includes('--dry')) {
  console.error('dry run: nothing written; the thresholds on stdout')
  console.log(JSON.stringify(lowered))
} else {
  writeFileSync(file, out)
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'ignore' })
  console.error(`wrote ${file}`)
}
