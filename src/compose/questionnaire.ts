// The questionnaire: one typed schema for the answers (used by the CLI now and the web studio later),
// and each question's text, the reason it is asked, its type and its section. Every field can be
// skipped; validation reports field-level errors that name the field and the problem.
import { z } from 'zod'
import { CAUSES, SITUATION_IDS } from './situations.js'
import { ideaById, SOLUTION_IDEAS } from './solutions.js'

export const SECTIONS = ['situation', 'boundaries', 'step-back', 'material'] as const
export type Section = (typeof SECTIONS)[number]

export const WANTS = ['try-again', 'talk', 'apologize', 'understand', 'closure', 'friendship'] as const
export type Want = (typeof WANTS)[number]

export const ADDRESSES = ['first-name', 'endearment', 'none'] as const
export const PRONOUNS = ['she', 'he', 'they'] as const
export type Pronoun = (typeof PRONOUNS)[number]
export const PROPOSALS = ['coffee', 'walk', 'call', 'other', 'none'] as const
export type Proposal = (typeof PROPOSALS)[number]

/** Longest answer to a step-back question: a few sentences. The letter itself is one page. */
export const MAX_TEXT = 600
/** Longest short answer: a name, a closing. */
export const MAX_SHORT = 60
/** Longest item of a list (a memory, a plan). */
export const MAX_ITEM = 300
export const MAX_ITEMS = 5

// Blank answers count as skipped: a writer who clears a field has not answered it.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
// Control characters other than newline and tab have no place in a letter (and can hide things).
const hasControl = (s: string) =>
  [...s].some((ch) => {
    const c = ch.charCodeAt(0)
    return (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127
  })

const text = (max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'must be text' })
      .max(max, { error: `is too long: keep it under ${max} characters` })
      .refine((s) => !hasControl(s), { error: 'contains control characters' })
      .transform((s) => s.trim())
      .optional(),
  )

const list = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z
    .array(text(MAX_ITEM), { error: 'must be a list of texts' })
    .max(MAX_ITEMS, { error: `has too many items: keep at most ${MAX_ITEMS}` })
    .transform((items) => items.filter((i): i is string => i !== undefined))
    .optional(),
)

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values, { error: `must be one of: ${values.join(', ')}` }).optional())

const yesNo = z.preprocess(
  (v) => (v === 'yes' ? true : v === 'no' ? false : v),
  z.boolean({ error: 'must be true or false (or "yes"/"no")' }).optional(),
)

export const AnswersSchema = z
  .strictObject(
    {
      situation: choice(SITUATION_IDS),
      forMeOnly: yesNo,
      askedNoContact: yesNo,
      blocked: yesNo,
      protectiveOrder: yesNo,
      violenceOrFear: yesNo,
      whatHappened: text(MAX_TEXT),
      whyItEnded: text(MAX_TEXT),
      myPart: text(MAX_TEXT),
      myQualities: text(MAX_TEXT),
      theirQualities: text(MAX_TEXT),
      feelNow: text(MAX_TEXT),
      want: choice(WANTS),
      readerName: text(MAX_SHORT),
      address: choice(ADDRESSES),
      endearment: text(MAX_SHORT),
      signature: text(MAX_SHORT),
      closing: text(MAX_SHORT),
      thirdPartyName: text(MAX_SHORT),
      thirdPartyPronouns: choice(PRONOUNS),
      memories: list,
      inCommon: list,
      admire: text(MAX_ITEM),
      miss: text(MAX_ITEM),
      cause: choice(CAUSES),
      solutionIdeas: z.preprocess(
        (v) => (typeof v === 'string' ? [v] : v),
        z
          .array(
            z
              .string({ error: 'must be the id of a solution idea' })
              .refine((id) => ideaById(id) !== undefined, {
                error: (issue) =>
                  `"${String(issue.input)}" is not a solution idea (see sincerely situations --ideas)`,
              }),
            { error: 'must be a list of solution idea ids' },
          )
          .max(MAX_ITEMS, { error: `has too many items: keep at most ${MAX_ITEMS}` })
          .optional(),
      ),
      ownSolutions: list,
      proposal: choice(PROPOSALS),
      proposalOther: text(MAX_ITEM),
    },
    { error: (issue) => (issue.code === 'invalid_type' ? 'answers must be a JSON object' : undefined) },
  )
  .superRefine((a, ctx) => {
    if (a.solutionIdeas && a.cause && a.cause !== 'other') {
      a.solutionIdeas.forEach((id, i) => {
        const found = ideaById(id)
        if (found && found.cause !== a.cause)
          ctx.addIssue({
            code: 'custom',
            path: ['solutionIdeas', i],
            message: `"${id}" is an idea for ${found.cause}, but cause is ${a.cause}`,
          })
      })
    }
    if (a.address === 'endearment' && !a.endearment)
      ctx.addIssue({
        code: 'custom',
        path: ['endearment'],
        message: 'is needed when address is "endearment"',
      })
    if (a.proposal === 'other' && !a.proposalOther)
      ctx.addIssue({ code: 'custom', path: ['proposalOther'], message: 'is needed when proposal is "other"' })
  })

/** Answers after validation: every field optional, strings trimmed, blanks removed. */
export type Answers = z.output<typeof AnswersSchema>
/** What a writer (or a file) may give: the same fields, before trimming. */
export type AnswersInput = z.input<typeof AnswersSchema>
export type AnswerField = keyof Answers

export interface FieldError {
  /** The field, with an index for list items: `memories[1]`. Empty for the whole object. */
  field: string
  message: string
}

export type Validation = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] }

/** Validates raw answers (parsed JSON, or the wizard's) and names each field that is wrong. */
export function validateAnswers(input: unknown): Validation {
  const r = AnswersSchema.safeParse(input)
  if (r.success) return { ok: true, answers: r.data }
  const errors: FieldError[] = []
  for (const issue of r.error.issues) {
    const path = issue.path
      .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
      .join('')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ field: path ? `${path}.${key}` : key, message: unknownFieldMessage(key) })
      continue
    }
    errors.push({ field: path, message: issue.message })
  }
  return { ok: false, errors }
}

/** One line per error, `field: problem`. */
export function formatFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('\n')
}

function unknownFieldMessage(key: string): string {
  const near = QUESTIONS.map((q) => q.id).find((id) => id.toLowerCase() === key.toLowerCase())
  return near ? `is not a known field (did you mean "${near}"?)` : 'is not a known field'
}

export type QuestionType = 'choice' | 'yes-no' | 'text' | 'long-text' | 'list' | 'multi-choice'

export interface Question {
  id: AnswerField
  section: Section
  /** The question, addressed to the writer. */
  text: string
  /** Why we ask it: shown beside the question. */
  why: string
  type: QuestionType
  choices?: readonly { value: string; label: string }[]
  /** An example answer, shown as a placeholder. */
  example?: string
  /** Asked only when this returns true for the answers so far. */
  when?: (a: Answers) => boolean
}

const labels = <T extends string>(values: readonly T[], label: Record<T, string>) =>
  values.map((value) => ({ value, label: label[value] }))

export const QUESTIONS: readonly Question[] = [
  {
    id: 'situation',
    section: 'situation',
    text: 'Which of these is closest to your situation?',
    why: 'Each situation has its own letter model: what to stress, and what to leave out.',
    type: 'choice',
    choices: labels(SITUATION_IDS, {
      'after-argument': 'After an argument',
      'new-relationship': 'They are in a new relationship',
      'left-without-explanation': 'They left without explanation',
      'they-cheated': 'They cheated',
      'long-distance': 'Long distance',
      'drifting-apart': 'Drifting apart, we stopped talking',
      'i-cheated': 'I was the one who cheated',
      'long-silence': 'After a long silence',
    }),
  },
  {
    id: 'askedNoContact',
    section: 'boundaries',
    text: 'Have they asked you not to contact them?',
    why: 'A request for no contact is a boundary. If there is one, we help you write a letter for yourself, never a way around it.',
    type: 'yes-no',
  },
  {
    id: 'blocked',
    section: 'boundaries',
    text: 'Have they blocked you anywhere (phone, social media, email)?',
    why: 'Blocking says "not now" as clearly as words do; a letter should not go around it.',
    type: 'yes-no',
  },
  {
    id: 'protectiveOrder',
    section: 'boundaries',
    text: 'Is there a protective or restraining order between you?',
    why: 'Any contact would break it. We will still help you put your feelings into words, for you alone.',
    type: 'yes-no',
  },
  {
    id: 'violenceOrFear',
    section: 'boundaries',
    text: 'Was there violence, or fear, in the relationship (on either side)?',
    why: 'When there was fear, contact can do harm whoever felt it. Writing for yourself can still help.',
    type: 'yes-no',
  },
  {
    id: 'forMeOnly',
    section: 'boundaries',
    text: 'Would you rather write a letter only for yourself, one you will not send?',
    why: 'Writing without sending is a good first step; you can decide later, in daylight.',
    type: 'yes-no',
  },
  {
    id: 'whatHappened',
    section: 'step-back',
    text: 'What happened, in your own words?',
    why: 'Putting it in words yourself is the start of stepping back; the letter will use your words.',
    type: 'long-text',
    example: 'We argued about my new job and I said things I regret.',
  },
  {
    id: 'whyItEnded',
    section: 'step-back',
    text: 'Why did it end, as you see it now?',
    why: 'Showing that you understand why it ended is what makes any change you offer believable.',
    type: 'long-text',
    example: 'I stopped listening and we stopped making time for each other',
  },
  {
    id: 'myPart',
    section: 'step-back',
    text: 'What was your own part in it?',
    why: 'Owning your part, without excuses, is the heart of an apology. Skip it if you had none.',
    type: 'long-text',
    example: 'I was cold and I let my jealousy speak',
  },
  {
    id: 'myQualities',
    section: 'step-back',
    text: 'What good do you bring to a relationship?',
    why: 'A lucid letter sees qualities and faults on both sides; it keeps you from putting yourself down.',
    type: 'long-text',
    example: 'I am loyal and I make people laugh',
  },
  {
    id: 'theirQualities',
    section: 'step-back',
    text: 'What are their qualities, as you see them?',
    why: 'Seeing them as they are, not as perfect, keeps the letter honest.',
    type: 'long-text',
    example: 'patient, curious, generous with their friends',
  },
  {
    id: 'feelNow',
    section: 'step-back',
    text: 'What do you feel now?',
    why: 'Saying your feelings in the first person opens your heart without putting anything on them.',
    type: 'long-text',
    example: 'sad, a bit lost, and grateful for what we had',
  },
  {
    id: 'want',
    section: 'step-back',
    text: 'What do you really want from this letter?',
    why: 'Knowing what you want keeps the letter honest, and shapes what it asks (or does not ask).',
    type: 'choice',
    choices: labels(WANTS, {
      'try-again': 'To try again, if they want to',
      talk: 'To talk',
      apologize: 'To apologize, nothing more',
      understand: 'To understand what happened',
      closure: 'To close things kindly',
      friendship: 'To find a way to be friends',
    }),
  },
  {
    id: 'readerName',
    section: 'material',
    text: 'What is their first name?',
    why: 'For the salutation: a letter that names its reader is a letter to them, not a template.',
    type: 'text',
    example: 'Sam',
  },
  {
    id: 'address',
    section: 'material',
    text: 'How do you want to address them?',
    why: 'A term of endearment can be warm, or too much; you know which.',
    type: 'choice',
    choices: labels(ADDRESSES, {
      'first-name': 'By their first name',
      endearment: 'With a term of endearment',
      none: 'No name',
    }),
  },
  {
    id: 'endearment',
    section: 'material',
    text: 'Which term of endearment?',
    why: 'Use the one you really used together, or none.',
    type: 'text',
    example: 'my love',
    when: (a) => a.address === 'endearment',
  },
  {
    id: 'signature',
    section: 'material',
    text: 'How do you sign?',
    why: 'Your name, or the name they called you: the signature is the last thing they read.',
    type: 'text',
    example: 'Alex',
  },
  {
    id: 'closing',
    section: 'material',
    text: 'A closing word before your name? (leave empty and we will choose one)',
    why: 'A warm closing, in your own words if you have them.',
    type: 'text',
    example: 'With love',
  },
  {
    id: 'thirdPartyName',
    section: 'material',
    text: 'Is there a third person to mention (a new partner, the person someone cheated with)? Their name:',
    why: 'Only to name them with respect when the letter must, never to compare or judge.',
    type: 'text',
    when: (a) =>
      a.situation === 'new-relationship' || a.situation === 'they-cheated' || a.situation === 'i-cheated',
  },
  {
    id: 'thirdPartyPronouns',
    section: 'material',
    text: 'Their pronouns?',
    why: 'So the letter speaks of them correctly.',
    type: 'choice',
    choices: labels(PRONOUNS, { she: 'she/her', he: 'he/him', they: 'they/them' }),
    when: (a) => a.thirdPartyName !== undefined,
  },
  {
    id: 'memories',
    section: 'material',
    text: 'A specific memory you shared (one per line, up to five)',
    why: 'A real moment, with a place and a detail, is what makes a letter yours and not a template.',
    type: 'list',
    example: 'our walk along the cliffs at Étretat in the rain',
  },
  {
    id: 'inCommon',
    section: 'material',
    text: 'Things you have in common, or plans you made together (one per line)',
    why: 'Shared ground and shared plans remind them of what you built, without idealizing it.',
    type: 'list',
    example: 'the trip to Porto we kept postponing',
  },
  {
    id: 'admire',
    section: 'material',
    text: 'What do you admire in them?',
    why: 'A sincere, specific compliment says you see them; "you are perfect" says you do not.',
    type: 'text',
    example: 'how patient you are with your little brother',
  },
  {
    id: 'miss',
    section: 'material',
    text: 'What do you miss?',
    why: 'Saying what you miss is warm and true; it asks nothing of them.',
    type: 'text',
    example: 'our Sunday breakfasts',
  },
  {
    id: 'cause',
    section: 'material',
    text: 'What caused the breakup, mostly?',
    why: 'Naming the cause lets the letter offer a concrete change instead of a vague promise.',
    type: 'choice',
    choices: labels(CAUSES, {
      distance: 'Distance',
      infidelity: 'Infidelity',
      communication: 'Lack of communication',
      jealousy: 'Jealousy',
      arguments: 'Arguments, anger',
      time: 'No time for each other',
      other: 'Something else',
    }),
  },
  {
    id: 'solutionIdeas',
    section: 'material',
    text: 'Which of these changes could you really make?',
    why: 'The method asks for concrete, workable solutions. Choose only what you will really do.',
    type: 'multi-choice',
    choices: SOLUTION_IDEAS.map((i) => ({ value: i.id, label: i.label })),
    when: (a) => a.cause !== undefined && a.cause !== 'other',
  },
  {
    id: 'ownSolutions',
    section: 'material',
    text: 'A change of your own, in your words (one per line)',
    why: 'Your own concrete change is more believable than any idea of ours.',
    type: 'list',
    example: "I've started seeing a counselor about my anger",
  },
  {
    id: 'proposal',
    section: 'material',
    text: 'What would you propose?',
    why: 'A small, easy proposal opens a door without forcing it. "Nothing" is a fine answer.',
    type: 'choice',
    choices: labels(PROPOSALS, {
      coffee: 'A coffee',
      walk: 'A walk',
      call: 'A call',
      other: 'Something else',
      none: 'Nothing, just the letter',
    }),
  },
  {
    id: 'proposalOther',
    section: 'material',
    text: 'What would you propose, in your words?',
    why: 'Something small and easy to say yes or no to.',
    type: 'text',
    example: 'meet at the market on a Saturday morning',
    when: (a) => a.proposal === 'other',
  },
]

/** The questions whose answer draws a boundary: any "yes" makes the letter an unsent one. */
export const BOUNDARY_FIELDS = ['askedNoContact', 'blocked', 'protectiveOrder', 'violenceOrFear'] as const
export type BoundaryField = (typeof BOUNDARY_FIELDS)[number]

/** Questions that make no sense once the letter is an unsent one (no request, no proposal). */
export const NOT_FOR_UNSENT: ReadonlySet<AnswerField> = new Set<AnswerField>([
  'forMeOnly',
  'cause',
  'solutionIdeas',
  'ownSolutions',
  'proposal',
  'proposalOther',
])

/** Where a writer is in the questionnaire: the next question, and "step of total" to show. */
export interface Progress {
  next: Question | undefined
  /** The next question's number: one more than the questions asked so far. */
  step: number
  /** The questions asked, plus those still to come or that may still come. It never grows. */
  total: number
}

/**
 * The path through QUESTIONS for the answers so far and the questions already asked (answered or
 * skipped). A question whose condition is false still counts as to come while a question before it is
 * open, since that answer may turn it on: so the total can only shrink as the writer goes, never grow
 * mid-way (a question's condition reads answers to questions before it).
 */
export function progress(answers: Answers, asked: ReadonlySet<string>): Progress {
  const unsent = BOUNDARY_FIELDS.some((f) => answers[f] === true)
  let next: Question | undefined
  let open = 0
  let openBefore = false
  for (const q of QUESTIONS) {
    if (asked.has(q.id) || (unsent && NOT_FOR_UNSENT.has(q.id))) continue
    const applies = !q.when || q.when(answers)
    if (applies) next ??= q
    if (applies || openBefore) {
      open++
      openBefore = true
    }
  }
  return { next, step: asked.size + 1, total: asked.size + open }
}
