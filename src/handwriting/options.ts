// Render options: their defaults, and clear errors for values that are not offered.
import { HAND_SIZES, type HandSize, PAPERS, type Paper } from '../coach/paper.js'
import { DEFAULT_HAND, HAND_IDS, type HandId } from './catalog.js'
import { seedFrom } from './random.js'
import { INKS, type Ink, PAPER_STYLES, type PaperStyle } from './svg.js'

export interface RenderOptions {
  /** A bundled hand (see `hands()`); default caveat. */
  hand?: HandId | string
  /** small, medium (default) or large. */
  size?: HandSize | string
  /** a4 (default), letter or a5. */
  paper?: Paper | string
  /** plain (default), lined or cream. */
  style?: PaperStyle | string
  /** blue (default), black or violet. */
  ink?: Ink | string
  /** Any number or string; the same seed gives the same page. Default 1. */
  seed?: number | string
  /** 0 = the font as is, 1 = natural (default), 2 = hurried; anything between works. */
  variation?: number
}

export interface ResolvedOptions {
  hand: HandId
  size: HandSize
  paper: Paper
  style: PaperStyle
  ink: Ink
  seed: number
  variation: number
}

/** A render option the caller can fix (an unknown hand, an empty letter…). */
export class RenderOptionError extends Error {
  override readonly name = 'RenderOptionError'
}

function pick<T extends string>(
  what: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback
  const v = String(value).trim().toLowerCase()
  const aliases: Record<string, string> = { 'us-letter': 'letter', usletter: 'letter', purple: 'violet' }
  const found = allowed.find((a) => a === (aliases[v] ?? v))
  if (!found) throw new RenderOptionError(`unknown ${what} "${value}" (choose ${allowed.join(', ')})`)
  return found
}

export function resolveOptions(o: RenderOptions = {}): ResolvedOptions {
  const variation = o.variation ?? 1
  if (typeof variation !== 'number' || !Number.isFinite(variation) || variation < 0 || variation > 2) {
    throw new RenderOptionError(`variation must be a number from 0 to 2 (got ${String(o.variation)})`)
  }
  return {
    hand: pick('hand', o.hand, HAND_IDS, DEFAULT_HAND),
    size: pick('size', o.size, HAND_SIZES, 'medium'),
    paper: pick('paper', o.paper, PAPERS, 'a4'),
    style: pick('paper style', o.style, PAPER_STYLES, 'plain'),
    ink: pick('ink', o.ink, INKS, 'blue'),
    seed: seedFrom(o.seed),
    variation,
  }
}
