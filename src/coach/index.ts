// The coach's public surface: pure, no I/O, the same in Node and in the browser.

export { CARE_RESOURCES } from './care.js'
export { categories, check, checkJson } from './check.js'
export * from './finding.js'
export { locator, normalizeNewlines, type Point } from './location.js'
export * from './paper.js'
export * from './report.js'
export { estimatePages } from './stats.js'
