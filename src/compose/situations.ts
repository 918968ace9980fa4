// The eight situations a writer can be in, each with the structure of its letter model. The first four
// are the method's models; the other four are the situations its solution examples point to.
// See ../../../shared/method.md: we keep each model's skeleton and drop what manipulates.

export const SITUATION_IDS = [
  'after-argument',
  'new-relationship',
  'left-without-explanation',
  'they-cheated',
  'long-distance',
  'drifting-apart',
  'i-cheated',
  'long-silence',
] as const
export type SituationId = (typeof SITUATION_IDS)[number]

/** What a paragraph does in the letter. */
export const PARAGRAPH_ROLES = [
  'opening',
  'looking-back',
  'apology',
  'hurt',
  'questions',
  'new-life',
  'meaning',
  'change',
  'ask',
  'invitation',
  'space',
] as const
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number]

/** The causes of a breakup the composer has solution ideas for. */
export const CAUSES = [
  'distance',
  'infidelity',
  'communication',
  'jealousy',
  'arguments',
  'time',
  'other',
] as const
export type Cause = (typeof CAUSES)[number]

export interface ModelStep {
  role: ParagraphRole
  /** What this part of the letter does, in a few words. */
  purpose: string
}

export interface Situation {
  id: SituationId
  title: string
  /** One line: who writes, and what the letter does. */
  line: string
  /** The writer has a part to own by the nature of the situation (so the letter apologizes). */
  writerHasPart: boolean
  /** The cause the situation implies when the writer does not name one. */
  defaultCause?: Cause
  /** The model's structure, in order, between the salutation and the signature. */
  structure: readonly ModelStep[]
  /** What the model stresses (and what our version drops). */
  stresses: string
}

const step = (role: ParagraphRole, purpose: string): ModelStep => ({ role, purpose })

const OPENING = step('opening', 'why I write, and what I feel now')
const MEANING = step('meaning', 'what you mean to me: a memory, what I admire, what I miss')
const INVITATION = step('invitation', 'a proposal to meet or talk, without pressure')
const SPACE = step('space', 'time to read and think; free to answer or not')

export const SITUATIONS: readonly Situation[] = [
  {
    id: 'after-argument',
    title: 'After an argument',
    line: 'You regret words or acts from a fight and want to apologize and ask for a second chance.',
    writerHasPart: true,
    defaultCause: 'arguments',
    structure: [
      OPENING,
      step('looking-back', 'the argument, as I see it now'),
      step('apology', 'an apology that owns the harm, with no justification'),
      MEANING,
      step('change', 'how I will be more attentive, understanding and respectful'),
      step('ask', 'a second chance, if you want one too'),
      INVITATION,
      SPACE,
    ],
    stresses: 'An apology that owns the harm without a "but"; a calm meeting without reproaches.',
  },
  {
    id: 'new-relationship',
    title: 'They are in a new relationship',
    line: 'They are with someone new; you miss them and want to say so while respecting their choice.',
    writerHasPart: false,
    structure: [
      OPENING,
      step('looking-back', 'what happened, as I see it now'),
      step('new-life', 'their new life, acknowledged and respected'),
      MEANING,
      step('ask', 'what I hope for, without asking them to choose'),
      INVITATION,
      SPACE,
    ],
    stresses:
      'Missing them and the shared history, while respecting their choice: no comparison with the new partner, no claim about what they feel.',
  },
  {
    id: 'left-without-explanation',
    title: 'They left without explanation',
    line: 'They left without saying why; you are hurt and want to understand, calmly.',
    writerHasPart: false,
    structure: [
      OPENING,
      step('looking-back', 'what happened, as I see it now'),
      step('hurt', 'the hurt, said in the first person'),
      step('questions', 'the questions, asked once and calmly'),
      MEANING,
      step('ask', 'a request for an honest talk'),
      INVITATION,
      SPACE,
    ],
    stresses: 'The hurt in the first person, questions asked once, a request for an honest talk.',
  },
  {
    id: 'they-cheated',
    title: 'They cheated',
    line: 'They were unfaithful; you want to say what it did to you and ask where they stand.',
    writerHasPart: false,
    defaultCause: 'infidelity',
    structure: [
      OPENING,
      step('looking-back', 'what happened, as I see it now'),
      step('hurt', 'what it did to me, not what you "destroyed"'),
      step('questions', 'whether you regret it and want to repair it'),
      MEANING,
      step('change', 'what repair would take'),
      step('ask', 'deciding together'),
      INVITATION,
      SPACE,
    ],
    stresses:
      'The pain and the questions, and deciding together; ours says what it did to the writer, never "you destroyed".',
  },
  {
    id: 'long-distance',
    title: 'Long distance',
    line: 'The distance wore you down; you want to say you still care and how you could make it work.',
    writerHasPart: false,
    defaultCause: 'distance',
    structure: [
      OPENING,
      step('looking-back', 'what the distance did to us, as I see it now'),
      MEANING,
      step('change', 'a concrete plan for the distance'),
      step('ask', 'what I hope for'),
      INVITATION,
      SPACE,
    ],
    stresses: 'Shared history and a concrete plan: moving, or visits on a schedule.',
  },
  {
    id: 'drifting-apart',
    title: 'Drifting apart',
    line: 'You slowly stopped talking; you want to say what went unsaid and how you could reconnect.',
    writerHasPart: false,
    defaultCause: 'communication',
    structure: [
      OPENING,
      step('looking-back', 'how we drifted, as I see it now'),
      MEANING,
      step('change', 'talking again: a weekly talk, things done together'),
      step('ask', 'what I hope for'),
      INVITATION,
      SPACE,
    ],
    stresses: 'What went unsaid, and concrete ways of talking and doing things together again.',
  },
  {
    id: 'i-cheated',
    title: 'I was the one who cheated',
    line: 'You were unfaithful; you want to apologize without excuses and show what you are changing.',
    writerHasPart: true,
    defaultCause: 'infidelity',
    structure: [
      OPENING,
      step('apology', 'an apology without excuses, owning the choice'),
      step('looking-back', 'what I understand now'),
      MEANING,
      step('change', 'working on myself, transparency, counseling if you wanted it'),
      step('ask', 'no demand for forgiveness'),
      INVITATION,
      SPACE,
    ],
    stresses: 'Full accountability without excuses, what you are changing, and no demand for forgiveness.',
  },
  {
    id: 'long-silence',
    title: 'After a long silence',
    line: 'A long time has passed; you want to reach out gently, accepting that both of you have changed.',
    writerHasPart: false,
    structure: [
      OPENING,
      step('looking-back', 'what I understand now, with time'),
      MEANING,
      step('ask', 'what I hope for, accepting that we have changed'),
      INVITATION,
      SPACE,
    ],
    stresses: 'Gentleness after time, accepting that both have changed, no expectations.',
  },
]

export function situationById(id: SituationId): Situation {
  const s = SITUATIONS.find((x) => x.id === id)
  if (!s) throw new RangeError(`unknown situation "${id}"`)
  return s
}

/**
 * The unsent letter, for every situation when a boundary forbids contact (or the writer chooses it):
 * written to them, kept by the writer. No invitation, no request, no proposal.
 */
export const UNSENT_STRUCTURE: readonly ModelStep[] = [
  step('opening', 'a letter I will not send, and what I feel now'),
  step('looking-back', 'what happened, as I see it now'),
  step('apology', 'my part, owned (when I had one)'),
  step('hurt', 'what it did to me'),
  step('questions', 'what I still wonder, without asking'),
  step('new-life', 'their life, respected'),
  MEANING,
  step('space', 'the boundary respected, and what I wish them or myself'),
]
