// The six rules of the method, scored 0–100 from the findings and the letter as a whole. Each rule is
// data: a base, what each category adds or takes away (with a cap), and a line of advice when it is low.
import type { CategoryId, Finding, SixRuleId } from './finding.js'
import type { RuleScore, Stats } from './report.js'

interface Weight {
  /** Points per finding (negative for pitfalls). */
  each: number
  /** The most this category can move the score, in absolute value. */
  cap: number
}

interface RuleWeights {
  id: SixRuleId
  title: string
  /** Score of a letter with none of the categories below. */
  base: number
  weights: Partial<Record<CategoryId, Weight>>
  /** What to do when the score is low, for a rule whose advice is one piece. */
  advice?: string
  /**
   * The advice in parts, one for each category the rule weighs: the part of a category that raises the
   * score is given when the letter lacks it ("propose a coffee" is not said to a letter that already
   * invites them), the part of one that lowers it when the letter has it ("leave out the blame" only to
   * a letter that blames).
   */
  parts?: Partial<Record<CategoryId, string>>
  /** What a full score means, said when nothing raised or lowered it. */
  clean?: string
}

const SIX_RULES: RuleWeights[] = [
  {
    id: 'brief-sincere',
    title: 'Brief and sincere',
    base: 100,
    weights: {
      exaggeration: { each: -12, cap: 36 },
      pleading: { each: -15, cap: 45 },
      'mind-reading': { each: -15, cap: 45 },
      guilt: { each: -18, cap: 54 },
    },
    parts: {
      exaggeration: 'promise only what you can keep',
      pleading: 'ask once, without begging',
      'mind-reading': 'say what you feel rather than what they feel',
      guilt: 'leave out what your pain should cost them',
    },
    clean: 'At most one page, and nothing exaggerated, pleading or manipulative.',
  },
  {
    id: 'solutions',
    title: 'Propose solutions',
    base: 20,
    weights: { solution: { each: 40, cap: 55 }, accountability: { each: 20, cap: 25 } },
    parts: {
      accountability: 'name your part in what caused the breakup',
      solution: 'say one concrete change you have started',
    },
  },
  {
    id: 'handwritten',
    title: 'Handwritten',
    base: 0,
    weights: {},
    advice: 'copy it by hand with the copy sheet, or print the handwritten page',
  },
  {
    id: 'lucid',
    title: 'Lucid and respectful',
    base: 90,
    weights: {
      idealization: { each: -12, cap: 36 },
      'self-deprecation': { each: -12, cap: 36 },
      blame: { each: -12, cap: 36 },
      disparage: { each: -20, cap: 40 },
      pressure: { each: -18, cap: 54 },
      ultimatum: { each: -25, cap: 50 },
      persistence: { each: -60, cap: 90 },
      threat: { each: -80, cap: 90 },
      space: { each: 10, cap: 10 },
    },
    parts: {
      idealization: 'name what was good as it was, hard parts too',
      'self-deprecation': 'own your mistakes without putting yourself down',
      blame: 'say what it did to you rather than what they did wrong',
      disparage: 'leave their new partner and their choices out of it',
      pressure: 'drop the demands',
      ultimatum: 'drop the deadline and its condition',
      persistence: 'promise no contact they have not asked for',
      threat: 'take out whatever could frighten them',
      space: 'leave them free to answer or not',
    },
  },
  {
    id: 'seduction',
    title: 'Game of seduction',
    base: 15,
    weights: {
      memory: { each: 20, cap: 35 },
      compliment: { each: 20, cap: 25 },
      invitation: { each: 25, cap: 25 },
    },
    parts: {
      memory: 'recall a moment you shared',
      compliment: 'say what you admire in them',
      invitation: 'propose a coffee or a walk',
    },
  },
  {
    id: 'open-heart',
    title: 'Open your heart',
    base: 25,
    weights: {
      feeling: { each: 25, cap: 40 },
      apology: { each: 20, cap: 20 },
      gratitude: { each: 15, cap: 15 },
    },
    parts: {
      feeling: 'say in the first person what you feel now',
      apology: 'say sorry plainly for your part',
      gratitude: 'thank them for something real',
    },
  },
]

const LABEL: Partial<Record<CategoryId, [string, string]>> = {
  memory: ['a shared memory', 'shared memories'],
  compliment: ['a compliment', 'compliments'],
  invitation: ['an invitation', 'invitations'],
  feeling: ['a feeling', 'feelings'],
  apology: ['an apology', 'apologies'],
  gratitude: ['thanks', 'thanks'],
  solution: ['a concrete change', 'concrete changes'],
  accountability: ['owning your part', 'owning your part'],
  space: ['leaving them free', 'leaving them free'],
  exaggeration: ['an exaggeration', 'exaggerations'],
  pleading: ['pleading', 'pleading'],
  'mind-reading': ['telling them what they feel', 'telling them what they feel'],
  guilt: ['a guilt trip', 'guilt trips'],
  idealization: ['idealizing', 'idealizing'],
  'self-deprecation': ['putting yourself down', 'putting yourself down'],
  blame: ['blame', 'blame'],
  disparage: ['disparaging their choices', 'disparaging their choices'],
  pressure: ['pressure', 'pressure'],
  ultimatum: ['an ultimatum', 'ultimatums'],
  persistence: ['repeated or unwanted contact', 'repeated or unwanted contact'],
  threat: ['a threat', 'threats'],
}

/** Each rule's weights as entries, made once: the editor scores the letter on every keystroke. */
const WEIGHT_ENTRIES = new Map(
  SIX_RULES.map((rule) => [rule, Object.entries(rule.weights) as [CategoryId, Weight][]]),
)

/** A category named for the writer, one or `n` of it ("a threat", "2 apologies"): the scores and the verdict say it so. */
export function label(id: CategoryId, n: number): string {
  const [one, many] = LABEL[id] ?? [id, id]
  if (n === 1) return one
  return one === many ? many : `${n} ${many}`
}

/** Each rule's advice parts, each with whether its category raises the score, made once as the weights are. */
const PARTS = new Map(
  SIX_RULES.map((rule) => [
    rule,
    (Object.entries(rule.parts ?? {}) as [CategoryId, string][]).map(([id, part]) => ({
      id,
      part,
      raises: (rule.weights[id]?.each ?? 0) > 0,
    })),
  ]),
)

/**
 * The rule's advice: the parts that apply to the letter (a raising category it lacks, a lowering one it
 * has), then `more` (what the length calls for), or its one piece. `unsafe`: a letter with a danger
 * finding (self-harm, a threat, a "no" overridden), or whose writer says they were afraid of the reader, is
 * given only what to take out; suggesting a coffee or a
 * memory to it would contradict the care and the verdict said above the scores. Empty when nothing applies.
 */
function adviceFor(
  rule: RuleWeights,
  counts: ReadonlyMap<CategoryId, number>,
  more: string[] = [],
  unsafe = false,
): string {
  if (!rule.parts) return unsafe ? '' : (rule.advice ?? '')
  const applies = ({ id, raises }: { id: CategoryId; raises: boolean }) =>
    counts.has(id) ? !raises : raises && !unsafe
  const given = (PARTS.get(rule) ?? []).filter(applies).map((p) => p.part)
  return list(unsafe ? given : [...given, ...more])
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

const clamp = (x: number) => Math.max(0, Math.min(100, Math.round(x)))

export interface ScoreInput {
  findings: readonly Finding[]
  stats: Stats
  handwritten: boolean
  /** The writer says they were afraid of the reader (care.ts): no coffee, memory or compliment is suggested then. */
  afraid?: boolean
}

export function scoreLetter({ findings, stats, handwritten, afraid = false }: ScoreInput): RuleScore[] {
  const counts = new Map<CategoryId, number>()
  for (const f of findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1)
  const unsafe = afraid || findings.some((f) => f.severity === 'danger')
  return SIX_RULES.map((rule) => {
    let score = rule.base
    const raised: string[] = []
    const lowered: string[] = []
    for (const [id, w] of WEIGHT_ENTRIES.get(rule) ?? []) {
      const n = counts.get(id) ?? 0
      if (n === 0) continue
      const delta = Math.sign(w.each) * Math.min(w.cap, Math.abs(w.each) * n)
      score += delta
      ;(delta > 0 ? raised : lowered).push(label(id, n))
    }
    if (rule.id === 'handwritten') {
      score = handwritten ? 100 : 40
      return {
        id: rule.id,
        title: rule.title,
        score,
        explanation: handwritten
          ? 'Raised: you chose a handwritten letter, which shows time and care.'
          : unsafe
            ? 'Not handwritten. Its form can wait: what is said above comes first.'
            : `Not handwritten yet: ${adviceFor(rule, counts)}; a letter by hand cannot be a copy-paste.`,
      }
    }
    const more: string[] = []
    if (rule.id === 'brief-sincere') {
      const length = lengthEffect(stats)
      score += length.delta
      if (length.delta < 0) {
        lowered.push(length.reason)
        more.push(length.advice)
      }
    }
    const final = clamp(score)
    const parts: string[] = []
    if (raised.length) parts.push(`raised by ${list(raised)}`)
    if (lowered.length) parts.push(`lowered by ${list(lowered)}`)
    let explanation = parts.length
      ? `${capitalize(parts.join('; '))}.`
      : (final === 100 && rule.clean) || 'Nothing in the letter raises or lowers it yet.'
    // Advice whenever there is room to grow and the findings alone do not say how.
    if (final < 70 || (final < 100 && raised.length === 0)) {
      const advice = adviceFor(rule, counts, more, unsafe)
      if (advice) explanation += ` To improve: ${advice}.`
    }
    return { id: rule.id, title: rule.title, score: final, explanation }
  })
}

/**
 * One page is the rule; a few lines reads as superficial. Past the page the score falls with how far
 * past it the letter runs: a line or two over asks for one sentence cut, half a page over for a shorter
 * letter, so the fall is graded rather than a cliff at the page's last line.
 */
function lengthEffect(stats: Stats): { delta: number; reason: string; advice: string } {
  const { pages, lines, linesPerPage, fitsOnePage } = stats.estimate
  if (!fitsOnePage) {
    const over = lines - linesPerPage
    return {
      delta: -Math.min(60, 8 + Math.round((over / linesPerPage) * 80)),
      reason:
        pages < 1.5
          ? `${over === 1 ? 'a line' : `${over} lines`} past the one handwritten page (${lines} of ${linesPerPage})`
          : `a length of about ${pages} handwritten pages`,
      advice:
        pages < 1.5 ? 'cut a sentence or two to keep to one page' : 'keep to what matters most, on one page',
    }
  }
  const SHORT = 'say a little more of what you feel and what you have understood'
  if (stats.words < 40)
    return { delta: -55, reason: `only ${stats.words} words, which can look superficial`, advice: SHORT }
  if (stats.words < 80)
    return { delta: -30, reason: `only ${stats.words} words, which can look superficial`, advice: SHORT }
  if (stats.words < 110)
    return { delta: -10, reason: `${stats.words} words, on the short side`, advice: SHORT }
  return { delta: 0, reason: '', advice: '' }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
