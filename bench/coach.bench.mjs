// The coach: `check` on letters of about 150, 300, 1,000 and 10,000 words, median and p95 per call,
// with alex and write-good on the same texts in the same run as reference points; and the one-shot
// CLI against `node -e 0`. The table's `check` runs with `memo: false`, every sentence matched afresh
// (the coach's full cost, what the targets are about); a second table shows the editor's case, the
// letter re-checked after one keystroke, when the findings of unchanged sentences are reused.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { text as alex } from 'alex'
import writeGood from 'write-good'
import { lowerSameLength, mayMatchMask, TrigramTable } from '../dist/coach/engine/prefilter.js'
import { matchingShadow } from '../dist/coach/engine/run.js'
import { check } from '../dist/coach/index.js'
import { RULES } from '../dist/coach/rules/index.js'
import { segment } from '../dist/coach/text/segment.js'
import { median, ms, percentile, ratio, sample, table } from './util.mjs'

const base = readFileSync(new URL('./fixtures/letter-150.txt', import.meta.url), 'utf8')
const body = base.split('\n\n').slice(1, -1).join('\n\n')
const words = (t) => t.split(/\s+/).filter(Boolean).length

/** A letter of about n words: the sample letter's paragraphs repeated, cut at a paragraph end near n. */
function letterOf(n) {
  const paragraphs = body.split('\n\n')
  const parts = []
  for (let i = 0; words(parts.join(' ')) < n - 25; i++) parts.push(paragraphs[i % paragraphs.length])
  return `Dear Sam,\n\n${parts.join('\n\n')}\n\nWith love,\nAlex`
}

const sizes = [150, 300, 1000, 10000]
const rows = []
const perWord = []
for (const n of sizes) {
  const text = letterOf(n)
  const runs = n >= 10000 ? 30 : 300
  const c = sample(() => check(text, { memo: false }), { runs })
  const opts = { runs: n >= 10000 ? 5 : 30, warmup: 3 }
  const wg = sample(() => writeGood(text), opts)
  const al = sample(() => alex(text), { runs: n >= 10000 ? 3 : 15, warmup: 2 })
  perWord.push(median(c) / words(text))
  rows.push([
    `${words(text)} words`,
    ms(median(c)),
    ms(percentile(c, 95)),
    ms(median(wg)),
    ms(median(al)),
    ratio(median(wg) / median(c)),
    ratio(median(al) / median(c)),
  ])
}
table(
  ['letter', 'check p50', 'check p95', 'write-good p50', 'alex p50', 'write-good / check', 'alex / check'],
  rows,
)
console.log(
  `\nCost per word (µs): ${perWord.map((x) => (x * 1000).toFixed(2)).join(', ')} — linear when these stay close.`,
)
console.log('Targets: 300 words under 1 ms median; ≥ 5× faster than write-good and ≥ 20× faster than alex.')

// The editor's case: the same letters re-checked after one keystroke in one sentence (a sentence never
// seen before each time), beside the cold check.
const typingRows = []
for (const n of [300, 1000]) {
  const text = letterOf(n)
  const at = text.indexOf('.', text.length >> 1)
  let k = 0
  const typed = () => `${text.slice(0, at)} and I mean it ${++k}${text.slice(at)}`
  const cold = sample(() => check(typed(), { memo: false }), { runs: 300 })
  const warm = sample(() => check(typed()), { runs: 300 })
  typingRows.push([
    `${words(text)} words`,
    ms(median(cold)),
    ms(median(warm)),
    ratio(median(cold) / median(warm)),
  ])
}
console.log('')
table(
  ['letter, one keystroke later', 'check afresh p50', 'check, unchanged sentences reused p50', 'speed-up'],
  typingRows,
)

// The costliest patterns on the 1,000-word letter: for rule authors, where a new pattern shows up first
// when it backtracks (each pattern's regex timed alone on the sentences its prefilter lets through).
{
  const text = letterOf(1000)
  const seg = segment(text, 'en')
  const shadow = matchingShadow(text)
  const lower = lowerSameLength(shadow)
  const costs = []
  for (let first = 0; first < seg.sentences.length; first += 32) {
    const group = seg.sentences.slice(first, first + 32)
    const table = new TrigramTable()
    table.fill(lower, group)
    const all = group.length === 32 ? -1 : (1 << group.length) - 1
    for (const pattern of RULES.en.flatMap((r) => r.patterns)) {
      const slices = []
      let mask = mayMatchMask(pattern.flatRequirement, table.masks, all)
      for (let i = 0; mask !== 0; i++, mask >>>= 1) {
        if ((mask & 1) === 0) continue
        const s = group[i]
        const end = Math.min(seg.lines[s.line].to, s.to + (pattern.wideContext ? 200 : 3))
        slices.push((pattern.caseSensitive ? shadow : lower).slice(s.from, end))
      }
      if (slices.length === 0) continue
      const re = pattern.re
      const run = () => {
        for (const slice of slices) {
          re.lastIndex = 0
          while (re.exec(slice) !== null) {}
        }
      }
      const t = sample(run, { runs: 30, warmup: 3 })
      costs.push([pattern.fullId, slices.length, median(t)])
    }
  }
  const byPattern = new Map()
  for (const [id, n, t] of costs) {
    const c = byPattern.get(id) ?? [0, 0]
    byPattern.set(id, [c[0] + n, c[1] + t])
  }
  const top = [...byPattern].sort((a, b) => b[1][1] - a[1][1]).slice(0, 8)
  console.log('')
  table(
    ['costliest patterns, 989-word letter', 'sentences run', 'time'],
    top.map(([id, [n, t]]) => [id, n, ms(t)]),
  )
}

// Adversarial input: 100 KB run-ons without punctuation, one sentence with thousands of matches. The
// check must stay linear there too (widening a match to its clause looks only so far).
{
  const units = ['you ruined everything ', 'i know you still love me ', 'you only went because ', 'sorry ']
  table(
    ['100 KB run-on', 'findings', 'check p50'],
    units.map((unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length))
      const t = sample(() => check(text, { memo: false }), { runs: 5, warmup: 1 })
      return [JSON.stringify(unit.trim()), check(text).findings.length, ms(median(t))]
    }),
  )
  console.log('')
}

// The one-shot CLI against a bare Node start, in the same run.
const dir = mkdtempSync(join(tmpdir(), 'sincerely-bench-'))
const file = join(dir, 'letter.txt')
writeFileSync(file, letterOf(300))
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const wall = (args) => {
  const times = []
  for (let i = 0; i < 12; i++) {
    const t = process.hrtime.bigint()
    spawnSync(process.execPath, args, { stdio: 'ignore' })
    times.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return times.sort((a, b) => a - b)
}
const bare = wall(['-e', '0'])
const one = wall([cli, 'check', file])
console.log('')
table(
  ['command', 'wall p50', 'ratio'],
  [
    ['node -e 0', ms(median(bare)), ratio(1)],
    ['sincerely check letter.txt', ms(median(one)), ratio(median(one) / median(bare))],
  ],
)
console.log('Target: the one-shot check under 2× the wall time of `node -e 0`.')
