// `sincerely render [FILE|-]`: the letter as a handwritten page (PDF, SVG or PNG), or its copy sheet.
// The renderer (fontkit, pdfkit, resvg) is loaded inside the action, so other commands start fast.
import { accessSync, constants, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../errors.js'
import { readLetter } from '../input.js'

const FORMATS = ['pdf', 'svg', 'png'] as const
type Format = (typeof FORMATS)[number]

interface RenderFlags {
  format?: string
  output?: string
  hand?: string
  size?: string
  paper?: string
  style?: string
  ink?: string
  seed?: string
  variation?: string
  page?: string
  dpi?: string
  copySheet?: boolean
  quiet?: boolean
}

export function registerRender(program: Command): void {
  program
    .command('render')
    .description(
      'Write the letter out as a handwritten page (PDF, SVG or PNG), or print a copy sheet to write it by hand.',
    )
    .argument('[file]', 'the letter, a UTF-8 text file; - or nothing reads standard input')
    .option('-f, --format <format>', 'pdf, svg or png (default: from the -o extension, else svg)')
    .option('-o, --output <file>', 'where to write; needed for pdf and png unless standard output is a pipe')
    .option('--hand <name>', 'handwriting, see `sincerely hands` (default caveat)')
    .option('--size <size>', 'small, medium or large (default medium)')
    .option('--paper <paper>', 'a4, letter or a5 (default a4)')
    .option('--style <style>', 'paper style: plain, lined or cream (default plain)')
    .option('--ink <ink>', 'blue, black or violet (default blue)')
    .option('--seed <n>', 'the same seed draws the same page (default 1)')
    .option('--variation <v>', '0 = the font as is, 1 = natural (default), 2 = hurried')
    .option('--page <n>', 'only this page (SVG and PNG write one file per page otherwise)')
    .option('--dpi <n>', 'PNG resolution (default 150)')
    .option(
      '--copy-sheet',
      'a PDF with the letter line by line above ruled lines, to copy it out in your own hand',
    )
    .option('-q, --quiet', 'no summary on standard error')
    .addHelpText(
      'after',
      `
The summary (lines, pages, words past the first page, characters drawn by another hand) goes to standard
error. Exit status: 0 on success, 2 for a usage or input error.

Examples:
  sincerely render letter.txt -o letter.pdf
  sincerely render letter.txt -o page.png --hand kalam --style lined --ink black --seed 7
  sincerely render letter.txt --paper letter --size small --format svg > page.svg
  sincerely render letter.txt --copy-sheet -o copy-sheet.pdf`,
    )
    .action(async (file: string | undefined, flags: RenderFlags) => {
      const toStdout = flags.output === undefined || flags.output === '-'
      if (!toStdout) checkWritable(flags.output as string)
      const format = formatOf(flags)
      if (flags.copySheet && format !== 'pdf')
        throw new UsageError('the copy sheet is a PDF: use --format pdf or -o FILE.pdf')
      if (toStdout && format !== 'svg' && process.stdout.isTTY) {
        throw new UsageError(`${format.toUpperCase()} is binary: give -o FILE (or pipe the output)`)
      }
      const variation = flags.variation === undefined ? undefined : Number(flags.variation)
      if (variation !== undefined && (!Number.isFinite(variation) || variation < 0 || variation > 2)) {
        throw new UsageError(`--variation must be a number from 0 to 2 (got "${flags.variation}")`)
      }
      const page = positiveInt('--page', flags.page)
      const dpi = positiveInt('--dpi', flags.dpi)
      if (dpi !== undefined && (dpi < 30 || dpi > 1200))
        throw new UsageError('--dpi must be between 30 and 1200')
      const text = readLetter(file)

      const hw = await import('../../handwriting/index.js')
      const options = {
        hand: flags.hand,
        size: flags.size,
        paper: flags.paper,
        style: flags.style,
        ink: flags.ink,
        seed:
          flags.seed === undefined ? undefined : /^\d+$/.test(flags.seed) ? Number(flags.seed) : flags.seed,
        variation,
      }
      try {
        if (flags.copySheet) {
          const prepared = hw.prepare(text, options)
          const pdf = await hw.copySheet(text, options)
          emit(flags.output, toStdout, pdf)
          if (!flags.quiet) summary(prepared.report, toStdout ? 'the copy sheet' : (flags.output as string))
          return
        }
        const r = hw.render(text, options)
        if (page !== undefined && page > r.layout.pages) {
          throw new UsageError(
            `--page ${page}: the letter has ${r.layout.pages} page${r.layout.pages > 1 ? 's' : ''}`,
          )
        }
        const written: string[] = []
        if (format === 'pdf') {
          emit(flags.output, toStdout, await r.pdf())
          written.push(toStdout ? 'standard output' : (flags.output as string))
        } else {
          const pages = page !== undefined ? [page - 1] : r.svg.map((_, i) => i)
          if (toStdout && pages.length > 1) {
            throw new UsageError(
              `the letter has ${pages.length} pages: give -o FILE (one file per page) or --page N`,
            )
          }
          for (const i of pages) {
            const out = toStdout ? undefined : pageFile(flags.output as string, i, pages.length > 1)
            const data =
              format === 'svg' ? Buffer.from(r.svg[i] as string, 'utf8') : r.png(i, { dpi: dpi ?? 150 })
            emit(out, toStdout, data)
            written.push(out ?? 'standard output')
          }
        }
        if (!flags.quiet) summary(r.layout, written.join(', '))
      } catch (e) {
        if (e instanceof hw.RenderOptionError) throw new UsageError(e.message)
        throw e
      }
    })
}

function formatOf(flags: RenderFlags): Format {
  if (flags.format !== undefined) {
    const f = flags.format.toLowerCase()
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(`unknown format "${flags.format}" (choose pdf, svg, png)`)
    return f as Format
  }
  const ext = flags.output ? extname(flags.output).slice(1).toLowerCase() : ''
  if ((FORMATS as readonly string[]).includes(ext)) return ext as Format
  if (flags.copySheet) return 'pdf'
  if (flags.output && flags.output !== '-') {
    throw new UsageError(`cannot tell the format of "${flags.output}": use --format pdf, svg or png`)
  }
  return 'svg'
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} must be a whole number from 1 (got "${value}")`)
  return Number(value)
}

function checkWritable(path: string): void {
  const full = resolve(path)
  let stat: ReturnType<typeof statSync> | undefined
  try {
    stat = statSync(full)
  } catch {
    stat = undefined
  }
  if (stat?.isDirectory()) throw new UsageError(`${path}: is a directory; give a file name`)
  const target = stat ? full : dirname(full)
  try {
    if (!stat && !statSync(target).isDirectory()) throw new Error('not a directory')
    accessSync(target, constants.W_OK)
  } catch {
    throw new UsageError(
      `${path}: cannot be written (${stat ? 'no permission' : 'no such directory, or no permission'})`,
    )
  }
}

/** `letter.png` → `letter.png`, `letter-2.png`, … when there are several pages. */
function pageFile(out: string, i: number, several: boolean): string {
  if (!several || i === 0) return out
  const ext = extname(out)
  return `${out.slice(0, out.length - ext.length)}-${i + 1}${ext}`
}

function emit(out: string | undefined, toStdout: boolean, data: Buffer): void {
  if (toStdout || out === undefined) {
    process.stdout.write(data)
    return
  }
  try {
    writeFileSync(out, data)
  } catch (e) {
    throw new UsageError(`${out}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
  }
}

interface Summary {
  lines: number
  pages: number
  fitsOnePage: boolean
  overflowWords: number
  linesPerPage: number
  fallbacks: { char: string; codePoint: string; drawnWith: string | null; count: number }[]
}

function summary(l: Summary, where: string): void {
  const fit = l.fitsOnePage
    ? `fits on one page (${l.lines} of ${l.linesPerPage} lines)`
    : `takes ${l.pages} pages: ${l.overflowWords} word${l.overflowWords === 1 ? '' : 's'} past the first page (one page is the rule)`
  process.stderr.write(`${where}: ${fit}\n`)
  for (const f of l.fallbacks) {
    const by = f.drawnWith ? `drawn in ${f.drawnWith}` : 'no bundled hand has it: drawn as a box'
    process.stderr.write(`note: "${f.char}" (${f.codePoint}) is not in this hand; ${by} (${f.count}×)\n`)
  }
}
