import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compose } from './compose.js'
import { validateAnswers } from './questionnaire.js'
import { SITUATION_IDS } from './situations.js'
import { brokenLaws } from './test-utils/laws.js'

const dir = join(import.meta.dirname, '../../examples')
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))

describe('the example answers files', () => {
  it('has one per situation, and the unsent one', () => {
    expect(files.sort()).toEqual([...SITUATION_IDS.map((s) => `${s}.json`), 'unsent.json'].sort())
  })

  for (const file of files) {
    it(`${file}: valid answers, composed into a letter that keeps every law`, () => {
      const v = validateAnswers(JSON.parse(readFileSync(join(dir, file), 'utf8')))
      if (!v.ok) throw new Error(JSON.stringify(v.errors))
      for (const seed of [1, 2, 3]) {
        const letter = compose(v.answers, { seed })
        expect(brokenLaws(v.answers, letter), `${file} seed ${seed}`).toEqual([])
        expect(letter.setAside, `${file} seed ${seed}`).toEqual([])
        if (file !== 'unsent.json') expect(letter.situation).toBe(file.replace('.json', ''))
      }
    })
  }

  it('unsent.json: a boundary answer gives the unsent letter, with a plain notice', () => {
    const v = validateAnswers(JSON.parse(readFileSync(join(dir, 'unsent.json'), 'utf8')))
    if (!v.ok) throw new Error('invalid')
    const letter = compose(v.answers, { seed: 1 })
    expect(letter.unsent).toBe(true)
    expect(letter.notice).toMatch(/they asked you not to contact them/)
    expect(letter.notice).toMatch(/no invitation, no request and no proposal/)
  })
})
