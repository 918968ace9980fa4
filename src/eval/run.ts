// `npm run eval`: the coach's precision, recall and F1 per category on the labeled corpus in eval/.
// By default it scores the tuning set (eval/, eval/second/, eval/third/*, eval/fourth/*, eval/fifth/*, eval/sixth/*). Options: --holdout (the held-out set in
// eval/holdout/, never used to tune rules), --dir FOLDER (one corpus folder), --errors (list every
// miss), --only sentences|letters, --json, --no-model (the rules alone, without the sentence classifier).
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from '../coach/check.js'
import { PITFALL_IDS, STRENGTH_IDS } from '../coach/finding.js'
import { loadCorpora, setFolders } from './corpus.js'
import { type Counts, evaluate, prf, sum } from './score.js'

const TARGET_F1 = 0.85
const TARGET_PITFALL_PRECISION = 0.9

const args = new Set(process.argv.slice(2))
const onlyIndex = process.argv.indexOf('--only')
const only = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined
const root = fileURLToPath(new URL('../../eval/', import.meta.url))
const dirIndex = process.argv.indexOf('--dir')
const dirs =
  dirIndex > 0
    ? [resolve(process.argv[dirIndex + 1] ?? '.')]
    : setFolders(root, args.has('--holdout') ? 'holdout' : 'tuning')
// A folder that holds no corpus is a usage error: one line and exit 2, not a stack trace.
for (const dir of dirs)
  if (!existsSync(join(dir, 'sentences.en.jsonl'))) {
    console.error(`eval: ${dir} holds no corpus (sentences.en.jsonl not found)`)
    process.exit(2)
  }
const corpus = loadCorpora(dirs, root)
const texts =
  only === 'sentences'
    ? corpus.sentences
    : only === 'letters'
      ? corpus.letters
      : [...corpus.sentences, ...corpus.letters]
const categories = [...PITFALL_IDS, ...STRENGTH_IDS]
const model = !args.has('--no-model')
const { counts, misses } = evaluate(texts, (text) => check(text, { model }), categories)

const pct = (x: number) => x.toFixed(2)
const rows = categories.map((c) => {
  const k = counts.get(c) as Counts
  return {
    category: c,
    kind: (PITFALL_IDS as readonly string[]).includes(c) ? 'pitfall' : 'strength',
    ...k,
    ...prf(k),
  }
})
const pitfallTotal = sum(rows.filter((r) => r.kind === 'pitfall'))
const strengthTotal = sum(rows.filter((r) => r.kind === 'strength'))
const total = sum(rows)

if (args.has('--json')) {
  console.log(
    JSON.stringify(
      { rows, pitfalls: prf(pitfallTotal), strengths: prf(strengthTotal), overall: prf(total) },
      null,
      2,
    ),
  )
} else {
  const items = texts.reduce((n, t) => n + t.items.length, 0)
  console.log(
    `Coach evaluation${args.has('--holdout') ? ' (held-out set)' : ''}${model ? '' : ', rules alone'} (${dirs.map((d) => relative(root, d) || 'eval').join(', ')}) on ${corpus.sentences.length} sentences and ${corpus.letters.length} letters (${items} labeled spans)\n`,
  )
  console.log('| category | kind | support | TP | FP | FN | precision | recall | F1 | target |')
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const r of rows) {
    const ok = r.f1 >= TARGET_F1 && (r.kind === 'strength' || r.precision >= TARGET_PITFALL_PRECISION)
    console.log(
      `| ${r.category} | ${r.kind} | ${r.tp + r.fn} | ${r.tp} | ${r.fp} | ${r.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${ok ? '✓' : '✗'} |`,
    )
  }
  for (const [name, k] of [
    ['all pitfalls', pitfallTotal],
    ['all strengths', strengthTotal],
    ['overall (micro)', total],
  ] as const) {
    const m = prf(k)
    console.log(
      `| **${name}** | | ${k.tp + k.fn} | ${k.tp} | ${k.fp} | ${k.fn} | ${pct(m.precision)} | ${pct(m.recall)} | ${pct(m.f1)} | |`,
    )
  }
  const macro = rows.reduce((a, r) => a + r.f1, 0) / rows.length
  const below = rows.filter((r) => r.f1 < TARGET_F1).map((r) => r.category)
  console.log(
    `\nMacro F1 ${pct(macro)}. Targets: F1 ≥ ${TARGET_F1} per category, precision ≥ ${TARGET_PITFALL_PRECISION} on pitfalls.`,
  )
  console.log(
    below.length ? `Below the F1 target: ${below.join(', ')}.` : 'Every category meets the F1 target.',
  )
  if (args.has('--errors')) {
    console.log('\nMisses:')
    for (const m of misses)
      console.log(
        `${m.kind === 'false-positive' ? 'FP' : 'FN'} ${m.category.padEnd(16)} ${m.source}: ${m.text}`,
      )
  }
}
