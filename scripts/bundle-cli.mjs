// Bundles the command line over dist/cli/main.js, right after tsc and compile-rules: its commands,
// commander and the coach that `sincerely check` loads become three files instead of fifty modules.
// Node resolves, reads, compiles and links each module of a start on its own, and commander's CommonJS
// is parsed once more for its exports: for a one-shot check that cost about as much as its letter.
// What the other commands load when they run (the composer, the handwriting, the server, whose code
// finds its assets from its own place in dist/) stays where tsc wrote it, imported as before.
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const dir = fileURLToPath(new URL('../dist/cli/', import.meta.url))
const entry = `${dir}main.js`
const MARK = '// Bundled by scripts/bundle-cli.mjs'
if (readFileSync(entry, 'utf8').includes(MARK))
  throw new Error(`${entry} is bundled already: run the whole build (npm run build)`)

/** The modules a check loads with its command: bundled, as are the static imports of any module. */
const CHECK = [`${dir}../coach/check.js`, `${dir}../coach/adapters/terminal.js`].map((f) =>
  fileURLToPath(new URL(`file://${f}`)),
)

/**
 * The rules compiled ahead of time, read from the form written for the command line, whose sources
 * are a comment that only that module's own text keeps (scripts/compile-rules.mjs): kept out of the
 * bundle, as a bundler drops comments.
 */
const COMPILED_RULES = /[/\\]coach[/\\]rules[/\\][^/\\]+[/\\]compiled\.js$/

// Every other dynamic import is kept, and those modules: a relative one rewritten from the bundle's
// place (the bundle and its chunks are all written to dist/cli/), a package's as it is.
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
      const file = dynamic ? resolved.path : resolved.path.replace(/\.js$/, '.cli.js')
      const path = relative(dir, file).split(sep).join('/')
      return { path: path.startsWith('.') ? path : `./${path}`, external: true }
    })
  },
}

const result = await build({
  entryPoints: [entry],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: dir,
  chunkNames: 'main-[hash]',
  write: false,
  // Plain ASCII, as the compiled rules are: Node decodes an ASCII module on its fast path.
  charset: 'ascii',
  legalComments: 'none',
  // commander is CommonJS: its require() of Node's modules needs a require in an ES module.
  banner: {
    js: `${MARK}: edit src/cli/, not this.\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);`,
  },
  plugins: [keepOut],
  logLevel: 'warning',
})

// Chunks of an earlier build would stay beside the new ones.
for (const f of readdirSync(dir)) if (/^main-[A-Z0-9]+\.js$/.test(f)) rmSync(`${dir}${f}`)
for (const out of result.outputFiles) {
  if (dirname(out.path) !== dir.replace(/\/$/, '')) throw new Error(`unexpected output ${out.path}`)
  writeFileSync(out.path, out.contents)
}
chmodSync(entry, 0o755)
