// A rule file's one call: `defineRule({...})` gives the spec back as it is, typed (as Vite's
// `defineConfig` does). Compiling is the registry's job (index.ts): from the sources in tests, or
// not at all in a build, which loads the rules compiled ahead of time instead of these files.
import type { RuleSpec } from '../../engine/define-rule.js'

export function defineRule(spec: RuleSpec): RuleSpec {
  return spec
}
