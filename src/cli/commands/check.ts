// `sincerely check [FILE|-]`: the coach on a letter, as text or JSON.
import { setFlagsFromString } from 'node:v8'
import { type Command, Option } from 'commander'
import { normalizeNewlines } from '../../coach/location.js'
import { PAPERS } from '../../coach/paper.js'
import { readLetter } from '../input.js'
import { regionOption } from '../region.js'

interface CheckFlags {
  format: 'text' | 'json'
  failOn: 'warning' | 'danger'
  paper: (typeof PAPERS)[number]
  size: 'small' | 'medium' | 'large'
  handwritten?: boolean
  color?: boolean
  model?: boolean
  region?: string
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Read a letter and show its pitfalls and strengths, span by span, and the six rules scores.')
    .argument('[file]', 'the letter, a UTF-8 text file; - or nothing reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding reaches this severity')
        .choices(['warning', 'danger'])
        .default('danger'),
    )
    .addOption(
      new Option('--paper <paper>', 'paper for the page estimate').choices([...PAPERS]).default('a4'),
    )
    .addOption(
      new Option('--size <size>', 'handwriting size for the page estimate')
        .choices(['small', 'medium', 'large'])
        .default('medium'),
    )
    .option(
      '--handwritten',
      'you will copy it by hand or print it handwritten (raises the handwritten score)',
    )
    .addOption(regionOption())
    .option('--no-color', 'plain text even on a terminal')
    .option('--no-model', 'the rules alone: no finding from the sentence classifier behind them')
    .addHelpText(
      'after',
      `
Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 for a usage or input error.

Examples:
  sincerely check letter.txt
  sincerely check letter.txt --format json > report.json
  pbpaste | sincerely check - --fail-on warning`,
    )
    .action(async (file: string | undefined, flags: CheckFlags) => {
      const text = normalizeNewlines(readLetter(file))
      // One letter, one run: compile each regex straight to machine code rather than interpret it
      // first and compile it again once warm (V8's tier-up), which costs a one-shot check ~35% more.
      // And without the optimizations that make a regex run faster for longer to compile (quick
      // checks, Boyer-Moore lookahead): a check compiles some 150 regexes of 260 K characters and runs
      // each on a sentence or two, and compiling them costs a third less. (The command's start,
      // scripts/cli-start.cjs, sets both before compiling anything, for its code caches; here they hold
      // when the bundle runs without it.)
      setFlagsFromString('--no-regexp-tier-up')
      setFlagsFromString('--no-regexp-optimization')
      // The rules load only when a letter is checked, not for --help or another command.
      const [{ check }, { formatReport }] = await Promise.all([
        import('../../coach/check.js'),
        import('../../coach/adapters/terminal.js'),
      ])
      const report = check(text, {
        paper: flags.paper,
        size: flags.size,
        handwritten: flags.handwritten ?? false,
        model: flags.model !== false,
        region: flags.region,
      })
      if (flags.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      else {
        const color = flags.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR
        process.stdout.write(formatReport(text, report, { color, width: process.stdout.columns ?? 100 }))
      }
      const failing = report.findings.some((f) =>
        flags.failOn === 'warning'
          ? f.severity === 'warning' || f.severity === 'danger'
          : f.severity === 'danger',
      )
      if (failing) process.exitCode = 1
    })
}
