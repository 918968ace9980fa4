import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The machines are shared and have two cores: generous limits, and no test asserts a duration.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
