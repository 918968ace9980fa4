// A letter on which the classifier behind the rules adds a finding, for the tests of the switches
// that turn it off (the CLI's --no-model, the API's model: false). Picked from plain sentences the
// rules leave without a category, so it does not depend on one set of trained weights.
import { check } from '../check.js'
import { fromModel } from '../model/index.js'

const CANDIDATES = [
  'I know I let things slide with the money.',
  'These days I feel grateful and sad at the same time.',
  'I should have stood up for you when my brother said that.',
  'Sunday mornings at the market with you were the best part of my week.',
  'I have been seeing someone about my temper since the spring.',
  'You were always the one who kept us going.',
]

export function withModelFinding(): string {
  const text = CANDIDATES.join(' ')
  if (!check(text).findings.some(fromModel))
    throw new Error('none of the candidate sentences gets a finding from the model: add one')
  return text
}
