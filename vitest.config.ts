import { defineConfig, type Plugin } from 'vitest/config'

/**
 * A language's rule registry reads its rules compiled ahead of time (src/coach/rules/<language>/
 * compiled.ts), a placeholder whose data the build writes into dist/ (scripts/compile-rules.mjs). Tests
 * run the sources without a build: to them, the placeholder holds the same data compiled from the
 * specs at load, through JSON as the build writes it, so that they run the registry as it is built.
 */
const COMPILED = /[/\\]src[/\\]coach[/\\]rules[/\\]([^/\\]+)[/\\]compiled\.ts$/
const compiledFromSpecs: Plugin = {
  name: 'rules-compiled-from-specs',
  load(id) {
    const language = COMPILED.exec(id)?.[1]
    if (language === undefined) return null
    return [
      "import { compiledFromSpecs } from '../from-specs.js'",
      `export const COMPILED = JSON.parse(JSON.stringify(compiledFromSpecs(${JSON.stringify(language)})))`,
    ].join('\n')
  },
}

export default defineConfig({
  plugins: [compiledFromSpecs],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The machines are shared and have two cores: generous limits, and no test asserts a duration.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
