#!/usr/bin/env node
// Written by scripts/bundle-cli.mjs as dist/cli/main.js: the `sincerely` command's start. The command
// itself is dist/cli/bundle.cjs. A one-shot `sincerely check` runs the bundle and the compiled rules
// from V8 code caches the build wrote beside them (`npm run build` checks a sample letter once with
// SINCERELY_CODE_CACHE=write), so it does not parse and compile some 4 MB of JavaScript on every start.
// Any other command requires the bundle as usual: a long-running server gains nothing from it.
'use strict'
if (process.argv[2] === 'check') checkFromCodeCache()
else require('./bundle.cjs')

function checkFromCodeCache() {
  const { isAscii } = require('node:buffer')
  const { readFileSync, statSync, writeFileSync } = require('node:fs')
  const { createRequire, Module, wrap } = require('node:module')
  const { dirname } = require('node:path')
  const { setFlagsFromString } = require('node:v8')
  const { Script } = require('node:vm')

  // The flags the check command sets (src/cli/commands/check.ts), set before anything is compiled: V8 only
  // takes a code cache made under the flags it runs with.
  setFlagsFromString('--no-regexp-tier-up')
  setFlagsFromString('--no-regexp-optimization')
  // SINCERELY_CODE_CACHE=write: write the caches as the process ends (the build does); =report: say on
  // standard error, for each file, whether its cache was used (a test asks).
  const mode = process.env.SINCERELY_CODE_CACHE
  const writing = mode === 'write'

  /**
   * Runs a CommonJS file as `require` would, compiled from its code cache when one was written for this
   * very file (its size and modification time are in the cache's name; V8 itself refuses a cache of
   * another V8 version or other flags, and then compiles the source as usual).
   */
  function run(file) {
    // The compiled rules are written in ASCII (scripts/compile-rules.mjs), which latin1 decodes faster
    // than utf8 does, to the same string.
    const bytes = readFileSync(file)
    const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')
    const { size, mtimeMs } = statSync(file)
    const cacheFile = `${file}.${size}-${Math.trunc(mtimeMs)}.v8cache`
    let cachedData
    if (!writing)
      try {
        cachedData = readFileSync(cacheFile)
      } catch {}
    const script = new Script(wrap(source), { filename: file, cachedData })
    if (mode === 'report') {
      const how = !cachedData ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'
      process.once('exit', () => process.stderr.write(`code cache ${how}: ${file}\n`))
    }
    if (writing)
      process.once('exit', () => {
        try {
          writeFileSync(cacheFile, script.createCachedData())
        } catch {}
      })
    const module = new Module(file, null)
    module.filename = file
    const plain = createRequire(file)
    // The compiled rules are CommonJS kept out of the bundle: they come from their cache too.
    const local = Object.assign((id) => (id.endsWith('.cli.cjs') ? run(plain.resolve(id)) : plain(id)), plain)
    script.runInThisContext()(module.exports, local, module, file, dirname(file))
    return module.exports
  }

  run(`${__dirname}/bundle.cjs`)
}
