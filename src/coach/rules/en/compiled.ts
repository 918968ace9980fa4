// The English rules compiled ahead of time (engine/ahead.ts). This file is a placeholder: the build
// replaces its output in dist/ with the data (scripts/compile-rules.mjs). Running from the sources,
// as the tests do, every rule is compiled at load instead.
import type { AheadOfTime } from '../../engine/ahead.js'

export const COMPILED: AheadOfTime | undefined = undefined
