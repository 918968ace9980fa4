// Reads the labeled evaluation corpus (eval/ at the project root): sentences and whole letters.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

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

export function loadCorpus(dir: string): { sentences: EvalText[]; letters: EvalText[] } {
  const sentences = readFileSync(join(dir, 'sentences.en.jsonl'), 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]): EvalText => {
      const s = JSON.parse(line) as LabeledSentence
      const source = `sentences.en.jsonl:${i + 1}`
      return { source, text: s.text, items: [{ source, from: 0, to: s.text.length, labels: s.labels }] }
    })
  const letters = readdirSync(join(dir, 'letters'))
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
