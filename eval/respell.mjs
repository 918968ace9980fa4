// `node eval/respell.mjs [--show]` (after a build): respells every flagged example of every rule the ways
// writers spell the same words (contracted, expanded, texting without the apostrophe: "I am" / "I'm" /
// "Im", "do not" / "don't" / "dont") and counts the respellings on which the rule no longer finds its
// category. A measure of how far the rules read spellings their authors did not write; not a test,
// since some respellings change the register a rule keys on. See docs/measurements.md (28 November).
const dist = new URL('../dist/', import.meta.url)
const { RULE_SPECS } = await import(new URL('coach/rules/specs.js', dist).href)
const { check } = await import(new URL('coach/check.js', dist).href)

/** [long, short]: "do not" / "don't". The short form's apostrophe is dropped for the texting variant. */
const PAIRS = [
  ['I am', "I'm"],
  ['you are', "you're"],
  ['we are', "we're"],
  ['they are', "they're"],
  ['it is', "it's"],
  ['that is', "that's"],
  ['there is', "there's"],
  ['I have', "I've"],
  ['you have', "you've"],
  ['we have', "we've"],
  ['I would', "I'd"],
  ['you would', "you'd"],
  ['I will', "I'll"],
  ['you will', "you'll"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['cannot', "can't"],
  ['will not', "won't"],
  ['would not', "wouldn't"],
  ['could not', "couldn't"],
  ['is not', "isn't"],
  ['was not', "wasn't"],
  ['have not', "haven't"],
  ['should not', "shouldn't"],
  ['would have', "would've"],
  ['could have', "could've"],
  ['should have', "should've"],
]
/** Words after which "have" is a verb of its own, not an auxiliary that contracts ("I have to", "you have no idea"). */
const NO_CONTRACTION_BEFORE =
  /^(?:to|any|no|a|an|the|my|your|his|her|our|their|nothing|nobody|every|some|one|two|three)\b/i
/** Texting drops the apostrophe only where that leaves no other word ("ill", "id", "were", "its", "well", "hell"). */
const BARE = new Set([
  "I'm",
  "you're",
  "they're",
  "that's",
  "there's",
  "I've",
  "you've",
  "we've",
  "you'd",
  "you'll",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "won't",
  "wouldn't",
  "couldn't",
  "isn't",
  "wasn't",
  "haven't",
  "shouldn't",
])
const cased = (model, word) =>
  model[0] === model[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word

function respellings(text) {
  const out = new Set()
  for (const [long, short] of PAIRS) {
    const longRe = new RegExp(`\\b${long}\\b(?=\\s+(\\w+))?`, 'gi')
    const contracted = text.replace(longRe, (m, next) =>
      long.endsWith(' have') && next && NO_CONTRACTION_BEFORE.test(next) ? m : cased(m, short),
    )
    if (contracted !== text) out.add(contracted)
    const shortRe = new RegExp(`\\b${short.replace("'", "['’]")}(?![\\w'’])`, 'gi')
    if (shortRe.test(text)) {
      // "I'd" is "I had" before "been" or a past participle, "I would" before anything else; "you'd better" is "you had".
      const expanded = text.replace(shortRe, (m, at) => {
        const next = text.slice(at + m.length).match(/^\s+(\w+)/)?.[1] ?? ''
        const had =
          short.endsWith("'d") && /^(?:been|better|best|done|gone|had|seen|known|got|\w+ed)$/i.test(next)
        return cased(m, had ? long.replace('would', 'had') : long)
      })
      out.add(expanded)
      if (BARE.has(short)) out.add(text.replace(shortRe, (m) => m.replace(/['’]/, '')))
    }
  }
  out.delete(text)
  return [...out]
}

const show = process.argv.includes('--show')
let total = 0
const lost = new Map()
for (const spec of RULE_SPECS.en)
  for (const ex of spec.examples) {
    if (!ex.flagged) continue
    for (const v of respellings(ex.flagged.replace(/\[\[|\]\]/g, ''))) {
      total++
      if (!check(v, { model: false }).findings.some((f) => f.ruleId === spec.id))
        lost.set(spec.id, [...(lost.get(spec.id) ?? []), v])
    }
  }
const n = [...lost.values()].reduce((a, vs) => a + vs.length, 0)
console.log(
  `${total} respellings of the rules' flagged examples; the rule loses its category on ${n} (${((100 * n) / total).toFixed(1)}%)`,
)
console.log('| rule | lost |\n| --- | ---: |')
for (const [id, vs] of [...lost].sort((a, b) => b[1].length - a[1].length))
  console.log(`| ${id} | ${vs.length} |`)
if (show) for (const [id, vs] of lost) for (const v of vs) console.log(`${id}\t${v}`)
