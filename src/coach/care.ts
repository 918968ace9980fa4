// What the coach says when a letter speaks of not wanting to live, and when it must not be sent.
import { matchingShadow } from './engine/run.js'
import type { Finding } from './finding.js'
import { FEAR_OF_READER, FEAR_OF_READER_GATE } from './lexicon/en/fear-of-reader.js'
import type { Care, Language, Verdict } from './report.js'
import { label } from './scores.js'

export const CARE_MESSAGE =
  "Some of what you wrote sounds like you may not want to go on living. That matters far more than this letter. You don't have to carry this alone: please talk to someone today — a person you trust, or one of the free, confidential lines below. If you are in danger right now, call your local emergency number."

/** When the writer says they were afraid of the reader (lexicon/en/fear-of-reader.ts): their safety before the letter. */
export const FEAR_CARE_MESSAGE =
  "You wrote that you were afraid of them. If that is so, your safety matters more than this letter, and more than getting back together: fear has no place in love, and you don't owe anyone a letter. Before you send anything, talk it through with someone you trust, or with one of the free, confidential lines below. If you are in danger right now, call your local emergency number."

/** Said after the words on not wanting to live, when the letter also speaks of fear of the reader. */
const FEAR_ALSO =
  'You also wrote that you were afraid of them: your safety comes first, and the lines below for anyone afraid of a partner or an ex can help with that too.'

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

/** Lines for anyone afraid of a partner or an ex, each national and free. */
const SAFETY_LINES = {
  usHotline: {
    name: 'National Domestic Violence Hotline',
    contact: 'call 1-800-799-7233 or text START to 88788, day and night',
  },
  ukHelpline: {
    name: 'National Domestic Abuse Helpline (Refuge)',
    contact: '0808 2000 247, free, day and night',
  },
  ukMen: { name: "Men's Advice Line", contact: '0808 801 0327, free' },
  france3919: { name: 'Violences Femmes Info', contact: '3919, free, day and night' },
  respectAu: { name: '1800RESPECT', contact: '1800 737 732, day and night' },
} satisfies Record<string, Line>

/** The first and the last entry of both lists: emergency services anywhere, and a directory of every country's lines. */
const EMERGENCY_ANYWHERE = {
  region: 'Anywhere',
  name: 'Local emergency services',
  contact: '112 in Europe, 911 in the US and Canada, 999 in the UK',
}
const DIRECTORY = {
  region: 'Elsewhere',
  name: 'Find a helpline',
  contact: 'findahelpline.com lists free lines by country',
}

/** Where to find help when the writer's country is not known: the lines of the countries most writers are in, then a directory. */
export const CARE_RESOURCES: Care['resources'] = [
  EMERGENCY_ANYWHERE,
  { region: 'United States', ...LINES.us988 },
  { region: 'United Kingdom and Ireland', ...LINES.samaritans },
  { region: 'France', ...LINES.france3114 },
  { region: 'Canada', ...LINES.ca988 },
  { region: 'Australia', ...LINES.lifelineAu },
  DIRECTORY,
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

/** Where to find help when the writer is afraid of the reader: emergency services first, then national lines. */
export const SAFETY_RESOURCES: Care['resources'] = [
  EMERGENCY_ANYWHERE,
  { region: 'United States', ...SAFETY_LINES.usHotline },
  { region: 'United Kingdom', ...SAFETY_LINES.ukHelpline },
  { region: 'United Kingdom', ...SAFETY_LINES.ukMen },
  { region: 'France', ...SAFETY_LINES.france3919 },
  { region: 'Australia', ...SAFETY_LINES.respectAu },
  DIRECTORY,
]

/** A two-letter country code, as the `region` option takes it (`gb` or `GB`). */
export const REGION_CODE = /^[A-Za-z]{2}$/

/** Refuses a `region` option that is not a two-letter code, for the library's entry points (`check`, `compose`). */
export function assertRegion(region: string | undefined, caller: string): void {
  if (region !== undefined && !REGION_CODE.test(region))
    throw new RangeError(`${caller}: region must be a two-letter country code, not "${region}"`)
}

/**
 * A list with the writer's own country first when it is known (its emergency number, then its own lines), then
 * the list without what was already said. A country guessed wrong (a British writer on a machine set to American
 * English) still finds their line further down.
 */
function countryFirst(
  general: Care['resources'],
  region: string | undefined,
  linesOf: (own: CountryCare) => readonly Line[],
): Care['resources'] {
  const own = region ? COUNTRY_CARE[region.toUpperCase()] : undefined
  if (!own) return general
  const first: Care['resources'] = [
    { region: own.country, name: 'Emergency services', contact: own.emergency },
    ...linesOf(own).map(({ name, contact }) => ({ region: own.country, name, contact })),
  ]
  return [
    ...first,
    ...general.filter((r) => r.region !== 'Anywhere' && !first.some((f) => f.name === r.name)),
  ]
}

/** Where to find help when the letter speaks of not wanting to live. */
export function careResources(region?: string): Care['resources'] {
  return countryFirst(CARE_RESOURCES, region, (own) => own.lines)
}

/** Where to find help when the writer is afraid of the reader: the country's own safety lines come first. */
export function safetyResources(region?: string): Care['resources'] {
  return countryFirst(SAFETY_RESOURCES, region, (own) =>
    SAFETY_RESOURCES.filter((r) => r.region === own.country),
  )
}

/** Each language's fear-of-the-reader source, and the words one of which any match holds; compiled on first use. */
const FEAR_SOURCES: Record<Language, { source: string; gate: string }> = {
  en: { source: FEAR_OF_READER, gate: FEAR_OF_READER_GATE },
}
const fearRegexes = new Map<Language, { re: RegExp; gate: RegExp }>()

/**
 * Whether a text (a line of the letter: letter.ts keeps the answer with the line) says the writer is or was
 * afraid of the reader, read as the rules read text (curly apostrophes straight: `matchingShadow`).
 */
export function speaksOfFear(text: string, language: Language = 'en'): boolean {
  let compiled = fearRegexes.get(language)
  if (!compiled) {
    const { source, gate } = FEAR_SOURCES[language]
    compiled = { re: new RegExp(source, 'i'), gate: new RegExp(gate, 'i') }
    fearRegexes.set(language, compiled)
  }
  return compiled.gate.test(text) && compiled.re.test(matchingShadow(text))
}

/**
 * Words of care: when the letter speaks of not wanting to live (a `self-harm` finding), and when the writer says
 * they are or were afraid of the reader (`afraid`: speaksOfFear). Both: the first message, then a word on safety,
 * and the safety lines after the others.
 */
export function careFor(findings: readonly Finding[], region?: string, afraid = false): Care | undefined {
  const selfHarm = findings.some((f) => f.ruleId === 'self-harm')
  if (selfHarm && afraid) {
    const resources = careResources(region)
    const more = safetyResources(region).filter((r) => !resources.some((o) => o.name === r.name))
    return { message: `${CARE_MESSAGE} ${FEAR_ALSO}`, resources: [...resources, ...more] }
  }
  if (selfHarm) return { message: CARE_MESSAGE, resources: careResources(region) }
  if (afraid) return { message: FEAR_CARE_MESSAGE, resources: safetyResources(region) }
  return undefined
}

export function verdictFor(findings: readonly Finding[], afraid = false): Verdict {
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
  if (afraid) {
    return {
      status: 'revise',
      message:
        'Before anything about this letter: you wrote that you were afraid of them. Your safety comes first, and you do not owe them this letter; talk it through with someone you trust before you send anything.',
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
