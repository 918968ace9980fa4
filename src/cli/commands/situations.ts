// `sincerely situations`: the eight situations the composer knows, one line each (and, with --ideas,
// the solution ideas per cause that an answers file can name).
import { type Command, Option } from 'commander'

interface SituationsFlags {
  format: 'text' | 'json'
  ideas?: boolean
}

export function registerSituations(program: Command): void {
  program
    .command('situations')
    .description(
      'List the situations `sincerely write` knows, one line each, with the id to use in answers.json.',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--ideas', 'also list the solution ideas per cause (ids for "solutionIdeas")')
    .addHelpText(
      'after',
      `
Examples:
  sincerely situations
  sincerely situations --ideas
  sincerely situations --format json | jq '.situations[].id'`,
    )
    .action(async (flags: SituationsFlags) => {
      const { SITUATIONS, SOLUTION_IDEAS, CAUSES } = await import('../../compose/index.js')
      if (flags.format === 'json') {
        const out: Record<string, unknown> = { situations: SITUATIONS }
        if (flags.ideas) out.solutionIdeas = SOLUTION_IDEAS
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
        return
      }
      const width = Math.max(...SITUATIONS.map((s) => s.id.length))
      const lines = SITUATIONS.map((s) => `${s.id.padEnd(width)}  ${s.title}: ${s.line}`)
      let out = `${lines.join('\n')}\n`
      if (flags.ideas) {
        out += '\nSolution ideas per cause (for "solutionIdeas" in answers.json):\n'
        for (const cause of CAUSES) {
          const ideas = SOLUTION_IDEAS.filter((i) => i.cause === cause)
          if (ideas.length === 0) continue
          out += `\n${cause}\n`
          for (const i of ideas) out += `  ${i.id.padEnd(26)} I'm ready to ${i.text}.\n`
        }
      }
      process.stdout.write(out)
    })
}
