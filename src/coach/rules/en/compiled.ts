// The English rules compiled ahead of time (engine/ahead.ts), which the registry (index.ts) reads.
// This file is a placeholder for data compiled from the rules' specs (rules/from-specs.ts): the build
// writes the data over its output in dist/ (scripts/compile-rules.mjs), and tests, which run the
// sources without a build, are given the same data, compiled at load, in its place (vitest.config.ts).
import type { AheadOfTime } from '../../engine/ahead.js'

export const COMPILED: AheadOfTime = notCompiled()

function notCompiled(): never {
  throw new Error('The rules are not compiled: run `npm run build`, which writes them in dist/.')
}
