// What the coach says when a letter speaks of not wanting to live, and when it must not be sent.
import type { Finding } from './finding.js'
import type { Care, Verdict } from './report.js'
import { label } from './scores.js'

export const CARE_MESSAGE =
  "Some of what you wrote sounds like you may not want to go on living. That matters far more than this letter. You don't have to carry this alone: please talk to someone today — a person you trust, or one of the free, confidential lines below. If you are in danger right now, call your local emergency number."

/** A free line, written once: the general list and the countries' own lists both name it. */
interface Line {
  name: string
  contact: string
}

const LINES = {
  us988: { name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  ca988: { name: '9-8-8 Suicide Crisis Helpline', contact: 'call or text 988' },
  samaritans: { name: 'Samaritans', contact: '116 123, free, day and night' },
  france3114: { name: 'Numéro national de prévention du suicide', contact: '3114, free, day and night' },
  lifelineAu: { name: 'Lifeline', contact: '13 11 14' },
  needToTalk: { name: 'Need to talk?', contact: 'call or text 1737, free, day and night' },
  telefonSeelsorge: {
    name: 'TelefonSeelsorge',
    contact: '0800 111 0 111 or 0800 111 0 222, free, day and night',
  },
  linea024: { name: 'Línea 024 de atención a la conducta suicida', contact: '024, free, day and night' },
  zelfmoordpreventie: {
    name: '113 Zelfmoordpreventie',
    contact: '113 or 0800-0113, free, or chat at 113.nl',
  },
  cvv: { name: 'CVV (Centro de Valorização da Vida)', contact: '188, free, day and night' },
  teleManas: { name: 'Tele MANAS', contact: '14416 or 1-800-891-4416, free, day and night' },
} satisfies Record<string, Line>

/** Where to find help when the writer's country is not known: the lines of the countries most writers are in, then a directory. */
export const CARE_RESOURCES: Care['resources'] = [
  {
    region: 'Anywhere',
    name: 'Local emergency services',
    contact: '112 in Europe, 911 in the US and Canada, 999 in the UK',
  },
  { region: 'United States', ...LINES.us988 },
  { region: 'United Kingdom and Ireland', ...LINES.samaritans },
  { region: 'France', ...LINES.france3114 },
  { region: 'Canada', ...LINES.ca988 },
  { region: 'Australia', ...LINES.lifelineAu },
  { region: 'Elsewhere', name: 'Find a helpline', contact: 'findahelpline.com lists free lines by country' },
]

interface CountryCare {
  country: string
  /** The number to call when a life is in danger now. */
  emergency: string
  /** Free lines for someone thinking of suicide, or for anyone in distress. */
  lines: Line[]
}

/**
 * Each country's own lines, by ISO 3166-1 alpha-2 code, for a writer who says where they are (the
 * `region` option). Only national lines, each checked against its operator's pages or national news of it
 * (November 2026); a country not listed gets the list above, which ends with a directory of every country.
 */
const COUNTRY_CARE: Record<string, CountryCare> = {
  US: { country: 'United States', emergency: '911', lines: [LINES.us988] },
  CA: { country: 'Canada', emergency: '911', lines: [LINES.ca988] },
  GB: { country: 'United Kingdom', emergency: '999 or 112', lines: [LINES.samaritans] },
  IE: { country: 'Ireland', emergency: '112 or 999', lines: [LINES.samaritans] },
  FR: { country: 'France', emergency: '112, or 15 for the SAMU', lines: [LINES.france3114] },
  AU: { country: 'Australia', emergency: '000', lines: [LINES.lifelineAu] },
  NZ: { country: 'New Zealand', emergency: '111', lines: [LINES.needToTalk] },
  DE: { country: 'Germany', emergency: '112', lines: [LINES.telefonSeelsorge] },
  ES: { country: 'Spain', emergency: '112', lines: [LINES.linea024] },
  NL: { country: 'Netherlands', emergency: '112', lines: [LINES.zelfmoordpreventie] },
  BR: { country: 'Brazil', emergency: '192 (SAMU)', lines: [LINES.cvv] },
  IN: { country: 'India', emergency: '112', lines: [LINES.teleManas] },
}

/** A two-letter country code, as the `region` option takes it (`gb` or `GB`). */
export const REGION_CODE = /^[A-Za-z]{2}$/

/** Refuses a `region` option that is not a two-letter code, for the library's entry points (`check`, `compose`). */
export function assertRegion(region: string | undefined, caller: string): void {
  if (region !== undefined && !REGION_CODE.test(region))
    throw new RangeError(`${caller}: region must be a two-letter country code, not "${region}"`)
}

/**
 * Where to find help: the writer's own country first when it is known (its emergency number, then its
 * lines), then the general list without what was already said. A country guessed wrong (a British
 * writer on a machine set to American English) still finds their line further down.
 */
export function careResources(region?: string): Care['resources'] {
  const own = region ? COUNTRY_CARE[region.toUpperCase()] : undefined
  if (!own) return CARE_RESOURCES
  const first: Care['resources'] = [
    { region: own.country, name: 'Emergency services', contact: own.emergency },
    ...own.lines.map((line) => ({ region: own.country, ...line })),
  ]
  return [
    ...first,
    ...CARE_RESOURCES.filter(
      (r) => r.region !== 'Anywhere' && !own.lines.some((line) => line.name === r.name),
    ),
  ]
}

export function careFor(findings: readonly Finding[], region?: string): Care | undefined {
  return findings.some((f) => f.ruleId === 'self-harm')
    ? { message: CARE_MESSAGE, resources: careResources(region) }
    : undefined
}

export function verdictFor(findings: readonly Finding[]): Verdict {
  const danger = findings.filter((f) => f.severity === 'danger' && f.ruleId !== 'self-harm')
  if (danger.length > 0) {
    const what = [...new Set(danger.map((f) => label(f.ruleId, 1)))]
    return {
      status: 'do-not-send',
      message: `Do not send this as it is: it contains ${what.join(' and ')}. Whatever you feel, this would frighten the reader and may be harassment. Take time away from it, and talk to someone you trust.`,
    }
  }
  if (findings.some((f) => f.ruleId === 'self-harm')) {
    return {
      status: 'revise',
      // Said without "below" or "above": the CLI prints the support first, the API beside the verdict.
      message:
        'Before anything about this letter: please look after yourself, and talk to someone today: a person you trust, or one of the free lines of support.',
    }
  }
  const pitfalls = findings.filter((f) => f.kind === 'pitfall').length
  if (pitfalls > 0) {
    return {
      status: 'revise',
      message: `${pitfalls} ${pitfalls === 1 ? 'passage' : 'passages'} could hurt the letter: revise ${pitfalls === 1 ? 'it' : 'them'} before you send it.`,
    }
  }
  return {
    status: 'ready',
    // Not "nothing will hurt": the coach reads wordings, and misses about half of what is said sideways
    // (sarcasm, a grievance inside a kind sentence) on letters it was not tuned on (docs/measurements.md).
    message:
      'The coach found nothing here that would hurt the letter. It reads wordings, not intent: read it once more aloud, as they would, before you send it.',
  }
}
