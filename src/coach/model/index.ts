// The sentence classifier behind the rules: loaded from its generated weights on first use.
import type { CompiledRule } from '../engine/define-rule.js'
import { compareFindings, type Finding } from '../finding.js'
import { readingFor } from '../lexicon/index.js'
import type { Language } from '../report.js'
import type { Segmented } from '../text/segment.js'
import { modelFindings } from './findings.js'
import { loadModel, type Model, type ModelData } from './model.js'
import { WEIGHTS_EN } from './weights.en.js'

export { type FeatureReader, type FeatureWords, featureReader, features, tokenize } from './features.js'
export { frameLines, fromModel, MODEL_PATTERN, modelFindings } from './findings.js'
export { loadModel, type Model, type ModelData } from './model.js'

const WEIGHTS: Record<Language, ModelData> = { en: WEIGHTS_EN }
const models: Partial<Record<Language, Model>> = {}

/** The language's model, parsed from its weights on first use (a few milliseconds, once). */
export function modelFor(language: Language): Model {
  let m = models[language]
  if (!m) {
    m = loadModel(WEIGHTS[language], readingFor(language).features)
    models[language] = m
  }
  return m
}

/** The rules' findings with the model's added to them, in the report's order. */
export function withModelFindings(
  text: string,
  seg: Segmented,
  rules: readonly CompiledRule[],
  ruleFindings: Finding[],
  language: Language,
  memo = true,
): Finding[] {
  const added = modelFindings(
    text,
    seg,
    rules,
    ruleFindings,
    modelFor(language),
    readingFor(language).unpunctuatedBreak,
    memo,
  )
  return added.length ? [...ruleFindings, ...added].sort(compareFindings) : ruleFindings
}
