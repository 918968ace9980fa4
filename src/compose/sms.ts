// sms(answers | letterText): a short text message in the spirit of the letter. By default it asks, gently,
// whether the reader would be willing to receive a letter (or to talk), without pressure; and it
// counts SMS segments honestly. One character outside the GSM-7 alphabet (an "ê", a curly apostrophe,
// an emoji) switches the whole message to UCS-2, which cuts a segment from 160 characters to 70.
import { check } from '../coach/check.js'
import { fnv1a } from '../common/fnv1a.js'
import { AnswersError } from './compose.js'
import { type Answers, validateAnswers } from './questionnaire.js'
import { Random } from './random.js'
import type { SituationId } from './situations.js'

/** GSM 03.38 basic character set: one septet each (the escape code itself is not a character). */
const GSM_BASIC = new Set(
  [
    ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?',
    ...'¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
  ].map((c) => c),
)
/** GSM 03.38 extension table: an escape plus the character, two septets each. */
const GSM_EXTENSION = new Set([...'^{}\\[~]|€\f'])

export type SmsEncoding = 'GSM-7' | 'UCS-2'

export interface SmsCount {
  encoding: SmsEncoding
  /** Septets for GSM-7 (extension characters count 2), UTF-16 code units for UCS-2. */
  units: number
  segments: number
  /** Units one segment holds at this length: 160/153 (GSM-7) or 70/67 (UCS-2). */
  perSegment: number
  /** The characters that forced UCS-2, each once, in order of appearance. */
  nonGsm: string[]
  /** Characters from the GSM-7 extension table (each costs two). */
  extension: string[]
}

/** Counts the segments a text message takes, the way phones and carriers do. */
export function countSegments(text: string): SmsCount {
  const chars = [...text]
  const nonGsm: string[] = []
  const extension: string[] = []
  for (const c of chars) {
    if (GSM_BASIC.has(c)) continue
    if (GSM_EXTENSION.has(c)) {
      if (!extension.includes(c)) extension.push(c)
    } else if (!nonGsm.includes(c)) nonGsm.push(c)
  }
  if (nonGsm.length === 0) {
    const costs = chars.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1))
    const units = costs.reduce((x, y) => x + y, 0)
    if (units <= 160)
      return { encoding: 'GSM-7', units, segments: units === 0 ? 0 : 1, perSegment: 160, nonGsm, extension }
    // An escape and its character never straddle two segments.
    return { encoding: 'GSM-7', units, segments: pack(costs, 153), perSegment: 153, nonGsm, extension }
  }
  // UCS-2: count UTF-16 code units; a surrogate pair (most emoji) is two and is never split.
  const costs = chars.map((c) => c.length)
  const units = text.length
  if (units <= 70) return { encoding: 'UCS-2', units, segments: 1, perSegment: 70, nonGsm, extension }
  return { encoding: 'UCS-2', units, segments: pack(costs, 67), perSegment: 67, nonGsm, extension }
}

function pack(costs: readonly number[], capacity: number): number {
  let segments = 1
  let used = 0
  for (const c of costs) {
    if (used + c > capacity) {
      segments++
      used = 0
    }
    used += c
  }
  return segments
}

/** Plain GSM-7 stand-ins for common characters that would force UCS-2. */
const REPLACEMENTS: Record<string, string> = {
  '’': "'",
  '‘': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
  ê: 'e',
  ë: 'e',
  è: 'è',
  â: 'a',
  á: 'a',
  î: 'i',
  ï: 'i',
  í: 'i',
  ô: 'o',
  ó: 'o',
  û: 'u',
  ú: 'u',
  ç: 'c',
  œ: 'oe',
  '\u00a0': ' ',
}

export interface SmsResult extends SmsCount {
  /** The message; empty when no message should be sent (see notice). */
  text: string
  /** How to get to one segment, when it takes more. */
  advice: string[]
  /** Why there is no message (a boundary). */
  notice?: string
}

export interface SmsOptions {
  seed?: number
  /** What the message asks: whether they would receive a letter (default), or talk. */
  ask?: 'letter' | 'talk'
}

const HOOKS: Record<'apology' | SituationId | 'default' | 'short', readonly string[]> = {
  apology: [
    "I've written you a letter, to apologize properly.",
    'I wrote you a letter to say sorry properly.',
  ],
  'new-relationship': [
    "I've written you a letter, with respect for your new life.",
    'I wrote you a short letter, with respect for where you are now.',
  ],
  'left-without-explanation': [
    "I've written you a letter about us.",
    'I wrote you a letter, calmly, about how things ended.',
  ],
  'they-cheated': ["I've written you a letter about what happened.", 'I wrote you a calm letter about us.'],
  'long-silence': [
    "It's been a long time. I've written you a letter.",
    'After all this time, I wrote you a letter.',
  ],
  'after-argument': [
    "I've written you a letter about our argument.",
    'I wrote you a letter about that night.',
  ],
  'i-cheated': [
    "I've written you a letter, to apologize properly.",
    'I wrote you a letter to own what I did.',
  ],
  'long-distance': ["I've written you a letter about us.", 'I wrote you a letter, the old way.'],
  'drifting-apart': [
    "I've written you a letter about us.",
    'I wrote you a letter, since we stopped talking.',
  ],
  default: ["I've written you a letter.", 'I wrote you a letter.'],
  short: ['I wrote you a letter.'],
}

const ASKS = {
  letter: [
    'Would you be open to receiving it?',
    'Would you like me to send it?',
    'May I send it to you?',
    'May I send it?',
  ],
  talk: [
    'Would you be open to talking sometime?',
    'Would you like to talk one of these days?',
    'Could we talk sometime, if you like?',
  ],
}

const NO_PRESSURE = [
  "No pressure, and no need to reply if you'd rather not.",
  "If not, I understand, and I won't insist.",
  'Whatever you decide is fine.',
  'No pressure at all.',
  'No pressure.',
]

/**
 * A short text message that asks, gently, whether the reader would like a letter (or to talk).
 * Takes the questionnaire's answers, or the letter's text. With a boundary, no message: a notice says why.
 */
export function sms(source: unknown, options: SmsOptions = {}): SmsResult {
  const ask = options.ask ?? 'letter'
  let name: string | undefined
  let signature: string | undefined
  let hooks: readonly string[]
  let seedFrom: string
  if (typeof source === 'string') {
    const text = source.replace(/\r\n?/g, '\n').trim()
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    name = nameFromSalutation(lines[0] ?? '')
    signature = lines.length > 2 ? signatureFromEnd(lines.at(-1) ?? '') : undefined
    const apologizes = check(text, { only: ['apology'] }).findings.length > 0
    hooks = apologizes ? HOOKS.apology : HOOKS.default
    seedFrom = text
  } else {
    const v = validateAnswers(source)
    if (!v.ok) throw new AnswersError(v.errors)
    const a: Answers = v.answers
    const boundary = a.askedNoContact || a.blocked || a.protectiveOrder || a.violenceOrFear
    if (boundary) {
      return {
        ...countSegments(''),
        text: '',
        advice: [],
        notice:
          'No message: your answers name a boundary (no contact, blocked, a protective order, or fear). A text would cross it. The unsent letter (sincerely write) is for you alone.',
      }
    }
    if (a.forMeOnly) {
      return {
        ...countSegments(''),
        text: '',
        advice: [],
        notice:
          'No message: you chose to write this letter for yourself. Reread it in a few days, in daylight, before deciding anything.',
      }
    }
    name = a.readerName
    signature = a.signature
    hooks = a.situation ? HOOKS[a.situation] : a.myPart ? HOOKS.apology : HOOKS.default
    seedFrom = JSON.stringify(a)
  }
  const rng = new Random(options.seed ?? fnv1a(seedFrom))
  const greetings = [
    name && signature ? `Hi ${name}, it's ${signature}.` : undefined,
    name ? `Hi ${name},` : 'Hi,',
    name ? `${name},` : undefined,
  ].filter((g): g is string => g !== undefined)

  const combine = (hs: readonly string[]) => {
    const out: string[] = []
    for (const g of greetings)
      for (const h of hs)
        for (const q of ASKS[ask]) for (const p of NO_PRESSURE) out.push(`${g} ${h} ${q} ${p}`)
    return out
  }
  // A seeded order, the situation's own wording first, then the plainest; the first that fits one
  // segment wins; if none does, the shortest.
  const order = [...shuffle(combine(hooks), rng), ...shuffle(combine(HOOKS.short), rng)]
  const fits = order.find((c) => countSegments(c).segments <= 1)
  const text = fits ?? [...order].sort((x, y) => countSegments(x).units - countSegments(y).units)[0] ?? ''
  const count = countSegments(text)
  return { ...count, text, advice: adviceFor(text, count) }
}

function nameFromSalutation(line: string): string | undefined {
  const m = line.match(/^(?:dear|hi|hello|hey)?\s*([^,!.\n]{1,40})[,!]?\s*$/iu)
  const candidate = m?.[1]?.trim()
  if (!candidate || /^(?:dear|hi|hello|hey|you)$/i.test(candidate)) return undefined
  return candidate
}

function signatureFromEnd(line: string): string | undefined {
  const t = line.replace(/^[-—–]\s*/u, '').trim()
  return t.length > 0 && t.length <= 40 && !/[.!?,]$/.test(t) ? t : undefined
}

function shuffle<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.index(i + 1)
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

/** What would bring the message to one segment. */
export function adviceFor(text: string, count: SmsCount = countSegments(text)): string[] {
  if (count.segments <= 1) {
    if (count.encoding === 'GSM-7' || count.segments === 0) return []
    const swaps = count.nonGsm.map((c) =>
      REPLACEMENTS[c] && REPLACEMENTS[c] !== c ? `"${c}" → "${REPLACEMENTS[c]}"` : `"${c}"`,
    )
    return [
      `It fits one segment, but ${swaps.join(', ')} ${count.nonGsm.length === 1 ? 'is' : 'are'} outside the GSM-7 alphabet, so it is sent as UCS-2 and limited to 70 characters; without ${count.nonGsm.length === 1 ? 'it' : 'them'}, a longer message would still fit in 160.`,
    ]
  }
  const advice: string[] = []
  if (count.encoding === 'UCS-2') {
    const swaps = count.nonGsm
      .map((c) =>
        REPLACEMENTS[c] && REPLACEMENTS[c] !== c ? `"${c}" → "${REPLACEMENTS[c]}"` : `"${c}" (remove it)`,
      )
      .join(', ')
    const plain = [...text].map((c) => (count.nonGsm.includes(c) ? (REPLACEMENTS[c] ?? '') : c)).join('')
    const after = countSegments(plain)
    advice.push(
      `${count.nonGsm.length === 1 ? 'One character is' : 'Some characters are'} outside the GSM-7 alphabet, so the message is sent as UCS-2 (70 characters per segment instead of 160): ${swaps}. Without ${count.nonGsm.length === 1 ? 'it' : 'them'} it would take ${after.segments} segment${after.segments === 1 ? '' : 's'}.`,
    )
    if (after.segments > 1)
      advice.push(`Then shorten it by ${after.units - 160} characters to fit one segment.`)
  } else {
    advice.push(`Shorten it by ${count.units - 160} characters to fit one segment of 160.`)
    if (count.extension.length)
      advice.push(
        `${count.extension.map((c) => `"${c}"`).join(', ')} count${count.extension.length === 1 ? 's' : ''} as two characters each.`,
      )
  }
  return advice
}
