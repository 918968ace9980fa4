// `sincerely sms [--answers FILE | FILE]`: a short text message that asks, gently, whether they would
// like to receive your letter (or to talk), with an honest SMS segment count.
import { type Command, Option } from 'commander'
import { UsageError } from '../errors.js'
import { readLetter } from '../input.js'
import { parseSeed, readAnswers } from './write.js'

interface SmsFlags {
  answers?: string
  seed?: string
  ask: 'letter' | 'talk'
  format: 'text' | 'json'
}

export function registerSms(program: Command): void {
  program
    .command('sms')
    .description(
      'Write a short text message that asks, without pressure, whether they would like your letter (or to talk), and count its SMS segments.',
    )
    .argument('[letter]', 'your letter, a UTF-8 text file (- for stdin); or use --answers')
    .option('-a, --answers <file>', 'the answers file of `sincerely write`, instead of a letter')
    .option('--seed <n>', 'choose another wording (a whole number)')
    .addOption(
      new Option('--ask <what>', 'what the message asks for').choices(['letter', 'talk']).default('letter'),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
A message takes one segment up to 160 characters of the GSM-7 alphabet. One character outside it
(an "ê", a curly apostrophe, an emoji) sends the whole message as UCS-2: 70 characters per segment.

Examples:
  sincerely sms letter.txt
  sincerely sms --answers answers.json --ask talk
  sincerely sms --answers examples/long-distance.json --format json`,
    )
    .action(async (file: string | undefined, flags: SmsFlags) => {
      if (file && flags.answers) throw new UsageError('give either a letter file or --answers, not both')
      const seed = flags.seed === undefined ? undefined : parseSeed(flags.seed)
      const { sms } = await import('../../compose/index.js')
      const source = flags.answers ? await readAnswers(flags.answers) : readLetter(file)
      const result = sms(source, { ask: flags.ask, ...(seed === undefined ? {} : { seed }) })
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
        return
      }
      if (result.notice) {
        process.stdout.write(`${result.notice}\n`)
        return
      }
      const count = `${result.segments} segment${result.segments === 1 ? '' : 's'}, ${result.encoding}, ${result.units} ${result.encoding === 'GSM-7' ? 'characters' : 'UTF-16 units'} (${result.perSegment} per segment)`
      let out = `${result.text}\n\n${count}\n`
      for (const a of result.advice) out += `- ${a}\n`
      process.stdout.write(out)
    })
}
