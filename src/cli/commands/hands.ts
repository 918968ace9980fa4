// `sincerely hands`: the bundled handwriting, one line each, starting with the name `--hand` takes.
import { writeFileSync } from 'node:fs'
import { extname } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../errors.js'

interface HandsFlags {
  json?: boolean
  sample?: string
}

export function registerHands(program: Command): void {
  program
    .command('hands')
    .description(
      'List the handwriting you can render with (the first word of each line is what --hand takes).',
    )
    .option('--json', 'as JSON: id, name, description, license, attribution, sample')
    .option('--sample <file>', 'also draw each hand writing the sample line, as one PNG or SVG')
    .addHelpText(
      'after',
      `
Examples:
  sincerely hands
  sincerely hands --sample hands.png
  sincerely render letter.txt --hand kalam -o letter.pdf`,
    )
    .action(async (flags: HandsFlags) => {
      const { hands, handsSheet } = await import('../../handwriting/index.js')
      const list = hands()
      if (flags.sample !== undefined) {
        const ext = extname(flags.sample).toLowerCase()
        if (ext !== '.png' && ext !== '.svg')
          throw new UsageError(`--sample: give a .png or .svg file (got "${flags.sample}")`)
        const sheet = handsSheet()
        try {
          writeFileSync(flags.sample, ext === '.svg' ? sheet.svg : sheet.png())
        } catch (e) {
          throw new UsageError(
            `${flags.sample}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
          )
        }
      }
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`)
        return
      }
      const width = Math.max(...list.map((h) => h.id.length))
      for (const h of list) {
        process.stdout.write(`${h.id.padEnd(width)}  ${h.name}: ${h.description} (${h.license})\n`)
      }
    })
}
