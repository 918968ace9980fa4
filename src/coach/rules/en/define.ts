// A rule file's one call: `defineRule({...})` gives the spec back as it is, typed (as Vite's
// `defineConfig` does). Compiling is rules/from-specs.ts's: once in the build, which writes the rules
// as data that the coach loads instead of these files, and at load in tests.
import type { RuleSpec } from '../../engine/define-rule.js'

export function defineRule(spec: RuleSpec): RuleSpec {
  return spec
}
