// Scores a batch of `label<TAB>sentence` lines (labels comma-separated, or `none`) against a build of the coach:
// `node eval/nineteenth/score-bargains.mjs <dist folder> [file]`. A sentence is right when the coach's set of categories
// equals the labels; also counted per category (true and false positives, misses). `--show` lists every sentence.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = process.argv.slice(2)
const show = args.includes('--show')
const [dist, file = new URL('bargains-after.txt', import.meta.url).pathname] = args.filter(
  (a) => a !== '--show',
)
const { check } = await import(pathToFileURL(resolve(dist, 'coach/index.js')).href)
const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [label, text] = l.split('\t')
    return { labels: label === 'none' ? [] : label.split(','), text }
  })
let right = 0
const per = new Map()
const count = (id, key) => {
  const c = per.get(id) ?? { tp: 0, fp: 0, fn: 0 }
  c[key]++
  per.set(id, c)
}
for (const { labels, text } of rows) {
  const found = [...new Set(check(text).findings.map((f) => f.ruleId))]
  const ok = found.length === labels.length && labels.every((l) => found.includes(l))
  if (ok) right++
  for (const l of labels) count(l, found.includes(l) ? 'tp' : 'fn')
  for (const f of found) if (!labels.includes(f)) count(f, 'fp')
  if (show)
    console.log(
      `${ok ? 'ok  ' : 'MISS'} [${labels.join(',') || 'none'}] → [${found.join(',') || 'none'}] ${text}`,
    )
}
console.log(`${right}/${rows.length} sentences right (the coach's categories equal the labels)`)
for (const [id, c] of [...per].sort()) console.log(`${id}: TP ${c.tp}, FP ${c.fp}, FN ${c.fn}`)
