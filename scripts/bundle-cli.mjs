// Bundles the command line into dist/cli/main.js, right after tsc and compile-rules: its commands,
// commander and the coach that `sincerely check` loads become one CommonJS file instead of fifty ES
// modules. Node resolves, reads, compiles and links each module of a start on its own (commander's
// CommonJS parsed once more for its exports), and an ES module entry costs its loader's start too:
// for a one-shot check that cost about as much as its letter. What the other commands load when they
// run (the composer, the handwriting, the server, whose code finds its assets from its own place in
// dist/) stays where tsc wrote it, imported as before.
import { spawnSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dir = fileURLToPath(new URL('../dist/cli/', import.meta.url))
const entry = `${dir}main.js`
/** The bundle; main.js becomes the start that runs it (scripts/cli-start.cjs). */
const bundled = `${dir}bundle.cjs`
const MARK = '// Bundled by scripts/bundle-cli.mjs'
const start = readFileSync(entry, 'utf8')
if (start.includes(MARK) || start.includes('Written by scripts/bundle-cli.mjs'))
  throw new Error(`${entry} is bundled already: run the whole build (npm run build)`)

/** The modules a check loads with its command: bundled, as are the static imports of any module. */
const CHECK = ['../coach/check.js', '../coach/adapters/terminal.js'].map((f) =>
  fileURLToPath(new URL(f, `file://${dir}`)),
)

/**
 * The rules compiled ahead of time, read from the form written for the command line (CommonJS, its
 * sources a comment that only that module's own text keeps, scripts/compile-rules.mjs): kept out of
 * the bundle, as a bundler drops comments.
 */
const COMPILED_RULES = /[/\\]coach[/\\]rules[/\\][^/\\]+[/\\]compiled\.js$/

// Every other dynamic import is kept, as an import of tsc's output, and the compiled rules: a relative
// path rewritten from the bundle's place, a package's as it is.
const keepOut = {
  name: 'keep-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined
      const dynamic = args.kind === 'dynamic-import'
      if (!args.path.startsWith('.')) return dynamic ? { path: args.path, external: true } : undefined
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      })
      if (dynamic ? CHECK.includes(resolved.path) : !COMPILED_RULES.test(resolved.path)) return resolved
      const file = dynamic ? resolved.path : resolved.path.replace(/\.js$/, '.cli.cjs')
      const path = relative(dir, file).split(sep).join('/')
      return { path: path.startsWith('.') ? path : `./${path}`, external: true }
    })
  },
}

/**
 * commander requires node:child_process at its start, for subcommands that are programs of their own,
 * which this command has none of: loading it (and node:net, node:stream… behind it) cost a one-shot
 * check some 3 ms of CPU. So commander gets it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[/\\]commander[/\\]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: `let loaded
module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] })`,
      loader: 'js',
    }))
  },
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  write: false,
  outfile: bundled,
  // Plain ASCII, as the compiled rules are: Node decodes an ASCII source on its fast path.
  charset: 'ascii',
  legalComments: 'none',
  banner: { js: `${MARK}: edit src/cli/, not this.` },
  plugins: [lazyChildProcess, keepOut],
  logLevel: 'warning',
})
const [bundle] = result.outputFiles
if (result.outputFiles.length !== 1 || bundle.path !== bundled) throw new Error('expected one bundle')

// tsc's ES modules of the command line are in the bundle; in a CommonJS folder they would not load.
// So the folder keeps the bundle and its types alone: whatever else tsc wrote there (a module added to
// src/cli/ later included), and chunks of an earlier build's bundle, go.
const KEEP = new Set(['main.d.ts'])
for (const f of readdirSync(dir)) if (!KEEP.has(f)) rmSync(`${dir}${f}`, { recursive: true, force: true })
// Without the entry's #! line: the start runs the bundle inside a function, where it is not allowed.
writeFileSync(bundle.path, bundle.text.replace(/^#!.*\n/, ''))
writeFileSync(entry, readFileSync(new URL('./cli-start.cjs', import.meta.url)))
// The package is ES modules: this folder, which holds the bundle alone, is CommonJS.
writeFileSync(`${dir}package.json`, '{ "type": "commonjs" }\n')
chmodSync(entry, 0o755)

// The code caches a one-shot check starts from (scripts/cli-start.cjs): a sample letter checked once, its
// functions compiled as a check compiles them, and the caches written as the process ends. Older caches of
// the compiled rules go first (this folder's went with the rest above). Without them the command works
// the same, only slower to start, so a failure here is reported and not fatal.
const rulesDir = fileURLToPath(new URL('../dist/coach/rules/', import.meta.url))
for (const language of readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const f of readdirSync(`${rulesDir}${language.name}`))
    if (f.endsWith('.v8cache')) rmSync(`${rulesDir}${language.name}/${f}`)
// The README's sample letter, with a pitfall and a strength added so that their reporting is compiled too.
const sample = `${readFileSync(new URL('../bench/fixtures/letter-150.txt', import.meta.url), 'utf8')}
P.S. You never listened to me, and if you don't answer by Friday, we're done. I remember our walk in Bruges.`
const warm = spawnSync(process.execPath, [entry, 'check', '-'], {
  env: { ...process.env, SINCERELY_CODE_CACHE: 'write' },
  input: sample,
  stdio: ['pipe', 'ignore', 'pipe'],
})
const written = readdirSync(dir).filter((f) => f.endsWith('.v8cache'))
if (warm.status === null || warm.status > 1 || written.length === 0)
  console.error(`bundle-cli: no code cache written (${warm.stderr}): sincerely check starts slower`)
