// Rules per language: French (or any other) is added as one more folder of data.
import type { CompiledRule } from '../engine/define-rule.js'
import type { Language } from '../report.js'
import { rules as en } from './en/index.js'

export const RULES: Record<Language, readonly CompiledRule[]> = { en }
