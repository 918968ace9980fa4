// The strength rules, in the taxonomy's order.
import type { RuleSpec } from '../../../engine/define-rule.js'
import accountability from './accountability.js'
import apology from './apology.js'
import compliment from './compliment.js'
import feeling from './feeling.js'
import gratitude from './gratitude.js'
import invitation from './invitation.js'
import memory from './memory.js'
import solution from './solution.js'
import space from './space.js'

export const strengths: RuleSpec[] = [
  apology,
  accountability,
  solution,
  invitation,
  space,
  memory,
  compliment,
  feeling,
  gratitude,
]
