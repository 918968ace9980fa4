// Validates a labeled evaluation corpus and prints the counts per category:
// `node eval/check.mjs` for eval/, `node eval/check.mjs eval/holdout` for the held-out set.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = process.argv[2] ?? dirname(fileURLToPath(import.meta.url))

/** The 22 ids of shared/coach-taxonomy.md, pitfalls then strengths, in its order. */
const IDS = [
  'ultimatum',
  'pressure',
  'guilt',
  'blame',
  'mind-reading',
  'disparage',
  'pleading',
  'self-deprecation',
  'idealization',
  'exaggeration',
  'threat',
  'persistence',
  'self-harm',
  'apology',
  'accountability',
  'solution',
  'invitation',
  'space',
  'memory',
  'compliment',
  'feeling',
  'gratitude',
]
const SITUATIONS = [
  'after-argument',
  'new-relationship',
  'left-without-explanation',
  'they-cheated',
  'long-distance',
  'drifting-apart',
  'i-cheated',
  'long-silence',
]

const errors = []
const fail = (where, what) => errors.push(`${where}: ${what}`)

function checkLabels(where, labels) {
  if (!Array.isArray(labels)) {
    fail(where, 'labels is not an array')
    return
  }
  for (const l of labels) if (!IDS.includes(l)) fail(where, `unknown category "${l}"`)
  if (new Set(labels).size !== labels.length) fail(where, 'duplicate label')
}

const zero = () => Object.fromEntries(IDS.map((id) => [id, 0]))

// sentences.en.jsonl
const sentenceCounts = zero()
const lines = readFileSync(join(here, 'sentences.en.jsonl'), 'utf8').split('\n').filter(Boolean)
const texts = new Set()
lines.forEach((line, i) => {
  const where = `sentences.en.jsonl:${i + 1}`
  let o
  try {
    o = JSON.parse(line)
  } catch (e) {
    fail(where, `does not parse (${e.message})`)
    return
  }
  if (typeof o.text !== 'string' || !o.text.trim()) fail(where, 'empty text')
  if (texts.has(o.text)) fail(where, 'duplicate text')
  texts.add(o.text)
  checkLabels(where, o.labels)
  for (const l of o.labels ?? []) sentenceCounts[l] = (sentenceCounts[l] ?? 0) + 1
})

// near-misses.en.jsonl: which categories each hard negative is a near miss for
const nearCounts = zero()
const near = readFileSync(join(here, 'near-misses.en.jsonl'), 'utf8').split('\n').filter(Boolean)
near.forEach((line, i) => {
  const where = `near-misses.en.jsonl:${i + 1}`
  const n = JSON.parse(line)
  const s = JSON.parse(lines[n.line - 1] ?? 'null')
  if (!s || s.text !== n.text) {
    fail(where, `line ${n.line} does not hold this text`)
    return
  }
  checkLabels(where, n.near)
  for (const l of n.near) {
    if (s.labels.includes(l)) fail(where, `"${l}" is both a label and a near miss`)
    nearCounts[l]++
  }
})

// letters/*.json
const letterCounts = zero()
const letters = readdirSync(join(here, 'letters')).filter((f) => f.endsWith('.json'))
const rows = []
for (const file of letters) {
  const where = `letters/${file}`
  const letter = JSON.parse(readFileSync(join(here, 'letters', file), 'utf8'))
  if (`${letter.id}.json` !== file) fail(where, 'id does not match the file name')
  if (!SITUATIONS.includes(letter.situation)) fail(where, `unknown situation "${letter.situation}"`)
  if (typeof letter.style !== 'string') fail(where, 'no style')
  const text = letter.paragraphs.map((p) => p.map((s) => s.text).join(' ')).join('\n\n')
  const words = text.split(/\s+/).filter(Boolean).length
  if (words < 150 || words > 400) fail(where, `${words} words, expected 150-400`)
  const first = letter.paragraphs[0]
  const last = letter.paragraphs.at(-1)
  if (first.length !== 1 || first[0].labels.length) fail(where, 'first paragraph is not a bare salutation')
  if (last.some((s) => s.labels.length)) fail(where, 'last paragraph is not a bare signature')
  for (const [p, para] of letter.paragraphs.entries()) {
    for (const [s, sentence] of para.entries()) {
      checkLabels(`${where} ¶${p + 1}.${s + 1}`, sentence.labels)
      for (const l of sentence.labels) letterCounts[l]++
    }
  }
  rows.push({ file, situation: letter.situation, style: letter.style, words })
}

if (errors.length) {
  console.error(errors.join('\n'))
  process.exit(1)
}

const empty = lines.map((l) => JSON.parse(l)).filter((o) => o.labels.length === 0).length
console.log(
  `${lines.length} sentences (${empty} with no label), ${near.length} near misses, ${letters.length} letters`,
)
console.log('\n| category | sentences | near misses | letters |\n|---|---:|---:|---:|')
for (const id of IDS) {
  console.log(`| \`${id}\` | ${sentenceCounts[id]} | ${nearCounts[id]} | ${letterCounts[id]} |`)
}
console.log('\n| letter | situation | style | words |\n|---|---|---|---:|')
for (const r of rows) console.log(`| ${r.file} | ${r.situation} | ${r.style} | ${r.words} |`)
