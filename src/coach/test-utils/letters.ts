// Random letters for property tests: the rules' own example sentences (flagged and not), and the sentences that
// say the writer was afraid of the reader (care.ts reads them line by line), joined in random ways,
// sometimes opened and signed as letters are (lines the classifier treats as a frame).
import fc from 'fast-check'
import { parseMarked } from '../engine/marked.js'
import { FEAR_OF_READER_EXAMPLES } from '../lexicon/en/fear-of-reader.js'
import { RULE_SPECS } from '../rules/specs.js'

export const exampleSentences: string[] = [
  ...new Set([
    ...RULE_SPECS.en.flatMap((r) =>
      r.examples.map((e) => ('flagged' in e ? parseMarked(e.flagged).text : e.notFlagged)),
    ),
    ...FEAR_OF_READER_EXAMPLES.flagged,
  ]),
]

export const letters: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', 'Dear Sam,\n\n', 'Sam,\n', 'Hi\n'),
    fc.array(fc.constantFrom(...exampleSentences), { minLength: 1, maxLength: 10 }),
    fc.array(fc.constantFrom(' ', '\n', '\n\n', ' \n  ', ', '), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('', '\n\nLove,\nAlex', '\nAlex', '\n\nTake care.'),
  )
  .map(
    ([open, picked, joins, close]) => open + picked.map((s, i) => s + (joins[i] as string)).join('') + close,
  )

/** Edits as an editor sends them: a position (modulo the text's length) and what is typed there. */
export const edits: fc.Arbitrary<[number, string][]> = fc.array(
  fc.tuple(fc.nat(), fc.constantFrom('a', ' ', '.', ',', '\n', '\n\n', 'x', "'", '<', '"', '\\')),
  { minLength: 1, maxLength: 10 },
)

export function applyEdit(text: string, [at, typed]: [number, string]): string {
  const i = at % (text.length + 1)
  return text.slice(0, i) + typed + text.slice(i)
}
