// `sincerely write`: the questionnaire as a wizard in the terminal, or `--answers FILE` without one; then
// the composer's first draft, the coach's summary of it, and (in the wizard) answers.json and letter.txt
// saved where the writer chooses. The composer itself is pure; all I/O is here.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { type Command, Option } from 'commander'
import { resourceLine } from '../../coach/adapters/terminal.js'
import type { Answers, Composed, Question } from '../../compose/index.js'
import { UsageError } from '../errors.js'
import { readLetter } from '../input.js'
import { regionOption } from '../region.js'

interface WriteFlags {
  answers?: string
  seed?: string
  format: 'text' | 'json'
  output?: string
  region?: string
}

export function registerWrite(program: Command): void {
  program
    .command('write')
    .description(
      'Answer a few questions (or give an answers file) and get a first draft of your letter, in your own words, with the coach’s summary.',
    )
    .option(
      '-a, --answers <file>',
      'compose from an answers file (JSON) instead of the interactive questions',
    )
    .option('--seed <n>', 'choose another wording of the connecting sentences (a whole number)')
    .addOption(regionOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --output <file>', 'write the letter (or the JSON) to this file instead of standard output')
    .addHelpText(
      'after',
      `
Without --answers, sincerely asks its questions in the terminal (it needs one), then shows the letter
and saves answers.json and letter.txt in the folder you choose. Every question can be skipped.
If they asked you not to contact them, blocked you, or there is a protective order or fear, the
letter is an unsent one, for you alone.

Exit status: 0 on success, 2 for bad answers or a usage error, 130 when you stop the wizard.

Examples:
  sincerely write
  sincerely write --answers examples/after-argument.json
  sincerely write --answers answers.json --seed 7 -o letter.txt
  sincerely write --answers answers.json --format json | jq .report.scores
  sincerely situations          # the situation ids for answers.json`,
    )
    .action(async (flags: WriteFlags) => {
      const seed = flags.seed === undefined ? undefined : parseSeed(flags.seed)
      if (flags.answers) {
        const answers = await readAnswers(flags.answers)
        const { compose } = await import('../../compose/index.js')
        const letter = compose(answers, { seed, region: flags.region })
        output(letter, flags)
        return
      }
      if (flags.output || flags.format === 'json')
        throw new UsageError(
          '--output and --format json need --answers FILE (the wizard saves its own files)',
        )
      if (!process.stdin.isTTY || !process.stdout.isTTY)
        throw new UsageError(
          'the questions need an interactive terminal; to compose without one, use: sincerely write --answers answers.json (see examples/)',
        )
      await wizard(seed, flags.region)
    })
}

export function parseSeed(raw: string): number {
  if (!/^\d{1,10}$/.test(raw.trim()) || Number(raw) > 0xffffffff)
    throw new UsageError(`--seed: "${raw}" is not a whole number between 0 and 4294967295`)
  return Number(raw)
}

/** Reads and validates an answers file; every invalid field gets its own line, exit 2. */
export async function readAnswers(file: string): Promise<Answers> {
  const raw = readLetter(file, 'answers file')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (e) {
    throw new UsageError(`${file}: is not valid JSON (${(e as Error).message})`)
  }
  const { validateAnswers } = await import('../../compose/index.js')
  const v = validateAnswers(json)
  if (!v.ok)
    throw new UsageError(
      v.errors.map((e) => `${file}: ${e.field ? `${e.field}: ` : ''}${e.message}`).join('\nsincerely: '),
    )
  return v.answers
}

function output(letter: Composed, flags: WriteFlags): void {
  const body = flags.format === 'json' ? `${JSON.stringify(letter, null, 2)}\n` : `${letter.text}\n`
  if (flags.output) {
    try {
      writeFileSync(flags.output, body)
    } catch (e) {
      throw new UsageError(
        `${flags.output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      )
    }
  } else process.stdout.write(body)
  if (flags.format === 'text') {
    // The letter is the output; what the writer should know about it goes beside it, on stderr.
    process.stderr.write(`\n${summary(letter)}`)
    if (flags.output) process.stderr.write(`Saved the letter to ${flags.output}.\n`)
  }
}

/** The coach's summary and the composer's notes, in a few lines. */
export function summary(letter: Composed, { withNotice = true } = {}): string {
  const r = letter.report
  const lines: string[] = []
  if (letter.notice && withNotice) lines.push(`Unsent letter. ${letter.notice}`)
  if (letter.care)
    lines.push(letter.care.message, ...letter.care.resources.map((c) => `  ${resourceLine(c)}`))
  const strengths = [...new Set(r.findings.filter((f) => f.kind === 'strength').map((f) => f.ruleId))]
  const pitfalls = r.findings.filter((f) => f.kind === 'pitfall')
  const e = r.stats.estimate
  lines.push(
    `Coach: ${pitfalls.length === 0 ? 'no pitfall' : `${pitfalls.length} pitfall${pitfalls.length === 1 ? '' : 's'} (${[...new Set(pitfalls.map((f) => f.ruleId))].join(', ')})`}; strengths: ${strengths.join(', ') || 'none found'}.`,
    `Length: ${r.stats.words} words, ${e.lines} of ${e.linesPerPage} handwritten lines on ${e.paper.toUpperCase()} at ${e.size} size${e.fitsOnePage ? ' (one page)' : ''}.`,
    `Scores: ${r.scores.map((s) => `${s.title} ${s.score}`).join(' · ')}`,
  )
  for (const n of letter.notes) lines.push(`Note: ${n}`)
  for (const s of letter.setAside) lines.push(`Set aside (${s.field}): "${s.text}" — ${s.reason}`)
  for (const t of letter.trimmed)
    lines.push(`Left out to fit one page${t.field ? ` (${t.field})` : ''}: "${t.text}"`)
  lines.push(`Seed ${letter.seed}: use --seed with another number for other wording.`)
  return `${lines.join('\n')}\n`
}

// ---------------------------------------------------------------- the wizard

class Cancelled extends Error {}

const SKIP = '__skip__'
const dim = (s: string) => `\x1b[2m${s}\x1b[22m`

async function wizard(seed: number | undefined, region: string | undefined): Promise<void> {
  const p = await import('@clack/prompts')
  const c = await import('../../compose/index.js')
  try {
    p.intro('sincerely · a letter, from a step back')
    p.note(
      [
        'A few questions first: your situation, then a step back (what happened, what you feel,',
        'what you want), then the details that make a letter yours. Each one says why it is asked.',
        'Every question can be skipped: leave it empty, or choose Skip. Ctrl-C stops at any time.',
        'Everything stays on this machine.',
      ].join('\n'),
      'Before we start',
    )
    const answers: Record<string, unknown> = {}
    const asked = new Set<string>()
    let boundaryNoted = false
    for (;;) {
      const current = c.validateAnswers(answers)
      const a: Answers = current.ok ? current.answers : {}
      const unsent = c.BOUNDARY_FIELDS.some((f) => a[f] === true)
      if (unsent && !boundaryNoted) {
        boundaryNoted = true
        p.log.warn(
          'Thank you for telling us. We will write an unsent letter: for you alone, to put your feelings into words, with no invitation or request. It will not be a way around their boundary.',
        )
      }
      const { next, step, total } = c.progress(a, asked)
      if (!next) break
      asked.add(next.id)
      const value = await ask(p, c, next, `Step ${step} of ${total}`, a)
      if (value !== undefined) answers[next.id] = value
    }
    const valid = c.validateAnswers(answers)
    if (!valid.ok) throw new Error(c.formatFieldErrors(valid.errors))
    let s = seed ?? c.compose(valid.answers).seed
    for (;;) {
      const letter = c.compose(valid.answers, { seed: s, region })
      if (letter.notice) p.note(letter.notice, 'An unsent letter')
      p.log.message(wrap(letter.text, Math.max(40, (process.stdout.columns ?? 80) - 6)))
      p.note(summary(letter, { withNotice: false }).trimEnd(), 'The coach')
      const choice = await p.select({
        message: 'What now?',
        options: [
          { value: 'save', label: 'Save it (answers.json and letter.txt)' },
          { value: 'again', label: 'Another wording of the connecting sentences' },
          { value: 'quit', label: 'Quit without saving' },
        ],
      })
      if (p.isCancel(choice)) throw new Cancelled()
      if (choice === 'again') {
        s = (s + 1) >>> 0
        continue
      }
      if (choice === 'quit') {
        p.outro('Nothing was saved. Take care of yourself.')
        return
      }
      const dir = await p.text({
        message: 'Which folder should I save answers.json and letter.txt in?',
        placeholder: '. (this folder)',
        defaultValue: '.',
        validate: (v) => {
          const d = resolve(v || '.')
          if (existsSync(d) && !statSync(d).isDirectory()) return `${v} is a file, not a folder`
          return undefined
        },
      })
      if (p.isCancel(dir)) throw new Cancelled()
      const folder = resolve(dir || '.')
      const files = [join(folder, 'answers.json'), join(folder, 'letter.txt')]
      if (files.some((f) => existsSync(f))) {
        const overwrite = await p.confirm({
          message: `answers.json or letter.txt already exists in ${folder}. Replace them?`,
          initialValue: false,
        })
        if (p.isCancel(overwrite)) throw new Cancelled()
        if (!overwrite) continue
      }
      mkdirSync(folder, { recursive: true })
      writeFileSync(files[0] as string, `${JSON.stringify(valid.answers, null, 2)}\n`)
      writeFileSync(files[1] as string, `${letter.text}\n`)
      p.outro(
        `Saved ${files.join(' and ')}. Now make it yours: edit it, run \`sincerely check ${files[1]}\`, and copy it by hand.${letter.unsent ? ' Keep it for yourself.' : ''}`,
      )
      return
    }
  } catch (e) {
    if (e instanceof Cancelled) {
      p.cancel('Stopped. Nothing was saved.')
      process.exitCode = 130
      return
    }
    throw e
  }
}

/** Wraps each line at spaces for display (the saved letter keeps one line per paragraph). */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = []
      let current = ''
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current)
          current = word
        } else current = current ? `${current} ${word}` : word
      }
      out.push(current)
      return out.join('\n')
    })
    .join('\n')
}

type Prompts = typeof import('@clack/prompts')
type ComposeLib = typeof import('../../compose/index.js')

async function ask(p: Prompts, c: ComposeLib, q: Question, progress: string, a: Answers): Promise<unknown> {
  const message = `${dim(progress)}  ${q.text}\n${dim(`Why: ${q.why}`)}`
  const done = <T>(v: T): Exclude<T, symbol> => {
    if (p.isCancel(v)) throw new Cancelled()
    return v as Exclude<T, symbol>
  }
  switch (q.type) {
    case 'choice': {
      const v = done(
        await p.select({
          message,
          options: [...(q.choices ?? []), { value: SKIP, label: 'Skip' }],
        }),
      )
      return v === SKIP ? undefined : v
    }
    case 'yes-no': {
      const v = done(
        await p.select({
          message,
          options: [
            { value: 'no', label: 'No' },
            { value: 'yes', label: 'Yes' },
            { value: SKIP, label: 'Skip' },
          ],
        }),
      )
      return v === SKIP ? undefined : v === 'yes'
    }
    case 'multi-choice': {
      const cause = a.cause
      const ideas = c.SOLUTION_IDEAS.filter((i) => i.cause === cause).map((i) => ({
        value: i.id,
        label: i.label,
        hint: `I'm ready to ${i.text}`,
      }))
      if (ideas.length === 0) return undefined
      const v = done(
        await p.multiselect({
          message: `${message}\n${dim('Space to choose, Enter to go on.')}`,
          options: ideas,
          required: false,
        }),
      )
      return v.length ? v : undefined
    }
    case 'list': {
      const items: string[] = []
      for (let i = 0; i < 5; i++) {
        const v = done(
          await p.text({
            message: i === 0 ? message : `${q.text} ${dim(`(another one, or leave empty to go on)`)}`,
            placeholder: i === 0 && q.example ? `e.g. ${q.example}` : '',
            validate: (s) => (s && s.length > 300 ? 'Keep it under 300 characters' : undefined),
          }),
        )
        if (!v?.trim()) break
        items.push(v.trim())
      }
      return items.length ? items : undefined
    }
    default: {
      const max =
        q.type === 'long-text'
          ? 600
          : q.id === 'admire' || q.id === 'miss' || q.id === 'proposalOther'
            ? 300
            : 60
      const v = done(
        await p.text({
          message,
          placeholder: q.example ? `e.g. ${q.example}` : '',
          validate: (s) => (s && s.length > max ? `Keep it under ${max} characters` : undefined),
        }),
      )
      return v?.trim() ? v.trim() : undefined
    }
  }
}
