// Reads the labeled evaluation corpus (eval/ at the project root): sentences and whole letters.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface LabeledSentence {
  text: string
  labels: string[]
}

export interface LabeledLetter {
  id: string
  situation?: string
  style?: string
  paragraphs: LabeledSentence[][]
}

/** One unit of evaluation: a labeled span of a text that the coach reads whole. */
export interface EvalItem {
  source: string
  from: number
  to: number
  labels: string[]
}

export interface EvalText {
  source: string
  text: string
  items: EvalItem[]
}

export interface Corpus {
  sentences: EvalText[]
  letters: EvalText[]
}

/**
 * The folders of an evaluation set under eval/: `tuning` is what the rules were written against
 * (eval/, eval/second/ and every corpus under eval/third/, eval/fourth/, eval/fifth/ and eval/sixth/); `holdout` is every
 * folder under eval/holdout/ that holds a corpus, never used to tune, scored only to report.
 */
export function setFolders(root: string, set: 'tuning' | 'holdout'): string[] {
  if (set === 'tuning')
    return [
      root,
      join(root, 'second'),
      ...corpusFolders(join(root, 'third')),
      ...corpusFolders(join(root, 'fourth')),
      ...corpusFolders(join(root, 'fifth')),
      ...corpusFolders(join(root, 'sixth')),
    ]
  return corpusFolders(join(root, 'holdout'))
}

/** `base` itself when it holds a corpus, else its subfolders that do (none when it is missing). */
function corpusFolders(base: string): string[] {
  if (!existsSync(base)) return []
  if (existsSync(join(base, 'sentences.en.jsonl'))) return [base]
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'sentences.en.jsonl')))
    .map((d) => join(base, d.name))
    .sort()
}

/** Several corpus folders read as one; sources are prefixed with the folder's name when there are several. */
export function loadCorpora(dirs: readonly string[], root: string): Corpus {
  const out: Corpus = { sentences: [], letters: [] }
  for (const dir of dirs) {
    const c = loadCorpus(dir)
    const prefix = dirs.length > 1 ? `${relative(root, dir) || '.'}/` : ''
    const tag = (t: EvalText): EvalText =>
      prefix
        ? {
            ...t,
            source: prefix + t.source,
            items: t.items.map((i) => ({ ...i, source: prefix + i.source })),
          }
        : t
    out.sentences.push(...c.sentences.map(tag))
    out.letters.push(...c.letters.map(tag))
  }
  return out
}

export function loadCorpus(dir: string): Corpus {
  const sentences = readFileSync(join(dir, 'sentences.en.jsonl'), 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]): EvalText => {
      const s = JSON.parse(line) as LabeledSentence
      const source = `sentences.en.jsonl:${i + 1}`
      return { source, text: s.text, items: [{ source, from: 0, to: s.text.length, labels: s.labels }] }
    })
  // Letters are optional: a probe or an after batch may hold sentences only.
  const lettersDir = join(dir, 'letters')
  const letters = (existsSync(lettersDir) ? readdirSync(lettersDir) : [])
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => letterText(JSON.parse(readFileSync(join(dir, 'letters', f), 'utf8')) as LabeledLetter, f))
  return { sentences, letters }
}

/** Joins a letter's paragraphs with blank lines and its sentences with a space, keeping each span. */
export function letterText(letter: LabeledLetter, file: string): EvalText {
  let text = ''
  const items: EvalItem[] = []
  letter.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n'
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' '
      items.push({
        source: `${file} ¶${p + 1}.${s + 1}`,
        from: text.length,
        to: text.length + sentence.text.length,
        labels: sentence.labels,
      })
      text += sentence.text
    })
  })
  return { source: file, text, items }
}
