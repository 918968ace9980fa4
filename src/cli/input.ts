// Reads a letter from a file or stdin and refuses, with one clear line, what is not a letter.
import { readFileSync, statSync } from 'node:fs'
import { UsageError } from './errors.js'

/** The largest letter we accept: a letter is a page; a megabyte is a mistake (or an attack). */
export const MAX_INPUT_BYTES = 1024 * 1024

/** Reads `source` (a path, or `-`/undefined for stdin) and returns the text, or throws a UsageError. */
export function readLetter(source: string | undefined, what = 'letter'): string {
  const fromStdin = source === undefined || source === '-'
  let bytes: Buffer
  if (fromStdin) {
    if (process.stdin.isTTY)
      throw new UsageError(`no ${what} given: pass a file, or pipe the text in (use - for stdin)`)
    try {
      bytes = readFileSync(0)
    } catch {
      throw new UsageError(`could not read the ${what} from standard input`)
    }
  } else {
    let stat: ReturnType<typeof statSync>
    try {
      stat = statSync(source)
    } catch {
      throw new UsageError(`${source}: no such file`)
    }
    if (stat.isDirectory()) throw new UsageError(`${source}: is a directory, not a ${what} file`)
    if (stat.size > MAX_INPUT_BYTES)
      throw new UsageError(`${source}: ${formatSize(stat.size)} is over the 1 MB limit`)
    try {
      bytes = readFileSync(source)
    } catch (e) {
      throw new UsageError(`${source}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`)
    }
  }
  return decodeLetter(bytes, fromStdin ? 'standard input' : source)
}

/** Validates raw bytes as a text letter: size, NUL bytes, UTF-8, not blank. */
export function decodeLetter(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_INPUT_BYTES)
    throw new UsageError(`${name}: ${formatSize(bytes.length)} is over the 1 MB limit`)
  if (bytes.includes(0))
    throw new UsageError(`${name}: looks like a binary file (it contains NUL bytes), not text`)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UsageError(`${name}: is not valid UTF-8 text; save it as UTF-8 and try again`)
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new UsageError(`${name}: is empty`)
  return text
}

function formatSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
