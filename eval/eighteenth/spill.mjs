// An aggregate only (no text printed unless SHOW=1, which is for tuning sets): of the false positives in
// letters, how many come from a finding that starts in another labeled sentence and runs into this one.
//   npm run build && node eval/eighteenth/spill.mjs eleventh/fresh11,thirteenth/fresh13
const dist = new URL('../../dist/', import.meta.url)
const { check } = await import(new URL('coach/check.js', dist).href)
const { loadCorpora } = await import(new URL('eval/corpus.js', dist).href)
const root = new URL('../', import.meta.url).pathname
const shown = []
let fp = 0
let spill = 0
let spillModel = 0
let inside = 0
let insideModel = 0
for (const set of process.argv[2].split(',')) {
  const c = loadCorpora([root + set], root)
  for (const t of c.letters) {
    const fs = check(t.text).findings
    for (const item of t.items) {
      const over = fs.filter((f) => f.from < item.to && item.from < f.to)
      for (const cat of new Set(over.map((f) => f.ruleId))) {
        if (item.labels.includes(cat)) continue
        fp++
        const own = over.filter((f) => f.ruleId === cat)
        const starts = own.some((f) => f.from >= item.from && f.from < item.to)
        const model = own.every((f) => f.patternId.endsWith('/model'))
        if (!starts && process.env.SHOW)
          shown.push(
            `${cat} ${own.map((f) => f.patternId).join(',')}: ${own.map((f) => f.actual).join(' / ')}`,
          )
        if (starts) {
          inside++
          if (model) insideModel++
        } else {
          spill++
          if (model) spillModel++
        }
      }
    }
  }
}
for (const x of shown) console.log(x)
console.log(
  `letters' false positives ${fp}: the finding starts in that sentence ${inside} (classifier ${insideModel}); runs into it from another ${spill} (classifier ${spillModel})`,
)
