// The pitfall rules, in the taxonomy's order.
import type { RuleSpec } from '../../../engine/define-rule.js'
import blame from './blame.js'
import disparage from './disparage.js'
import exaggeration from './exaggeration.js'
import guilt from './guilt.js'
import idealization from './idealization.js'
import mindReading from './mind-reading.js'
import persistence from './persistence.js'
import pleading from './pleading.js'
import pressure from './pressure.js'
import selfDeprecation from './self-deprecation.js'
import selfHarm from './self-harm.js'
import threat from './threat.js'
import ultimatum from './ultimatum.js'

export const pitfalls: RuleSpec[] = [
  ultimatum,
  pressure,
  guilt,
  blame,
  mindReading,
  disparage,
  pleading,
  selfDeprecation,
  idealization,
  exaggeration,
  threat,
  persistence,
  selfHarm,
]
