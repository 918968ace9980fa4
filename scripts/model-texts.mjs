// Texts the classifier must stay silent on, shared by the scripts that set its thresholds
// (train-model.mjs, lower-thresholds.mjs): letters composed from the composer's example answers, and the
// rules' suggested rewrites applied to their examples. Reads the build in dist/.
import { readdirSync, readFileSync } from 'node:fs'

const dist = new URL('../dist/', import.meta.url)
const load = (p) => import(new URL(p, dist).href)
const { check } = await load('coach/check.js')
const { mulberry32 } = await load('common/mulberry32.js')
const { parseMarked } = await load('coach/engine/marked.js')
const { compose } = await load('compose/compose.js')
const { validateAnswers } = await load('compose/questionnaire.js')

/** The composer's example answers, one file per situation and one unsent letter. */
const EXAMPLES_DIR = new URL('../examples/', import.meta.url)
const EXAMPLE_ANSWERS = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, EXAMPLES_DIR), 'utf8')))

/**
 * Letters composed from the composer's own example answers (examples/*.json), some fields left out at
 * random, with random seeds: no pitfall may be found in them (the composer promises it), nor in the
 * writer's phrases it sets aside (`setAside`: the composer puts aside what the coach finds a pitfall in).
 * Never the property tests' answer pools, so that those tests still measure letters the model has not
 * seen. `unsentOnly`: letters the writer keeps (forMeOnly), which hold no invitation.
 */
export function composedLetters(n, seed, unsentOnly = false) {
  const rand = mulberry32(seed)
  const pick = (xs) => xs[Math.floor(rand() * xs.length)]
  const out = []
  for (let i = 0; i < n; i++) {
    const a = { ...pick(EXAMPLE_ANSWERS) }
    for (const k of Object.keys(a)) if (k !== 'situation' && rand() < 0.25) delete a[k]
    if (unsentOnly) a.forMeOnly = true
    const v = validateAnswers(a)
    if (!v.ok) continue
    out.push(compose(v.answers, { seed: Math.floor(rand() * 0xfffffffe) }))
  }
  return out
}

/** Texts no pitfall may be found in: the rules' suggested rewrites applied to their flagged examples. */
export function rewriteTexts(specs) {
  const out = []
  for (const r of specs)
    for (const e of r.examples) {
      if (!('flagged' in e)) continue
      const { text, from, to } = parseMarked(e.flagged)
      const f = check(text, { only: [r.id], model: false }).findings[0]
      if (!f) continue
      for (const s of f.suggestions) out.push(text.slice(0, from) + s.text + text.slice(to))
    }
  return out
}
