// compose(answers, { seed }): a first draft built from the writer's own answers, in the structure of the
// situation's model, with connective wording chosen by a seeded generator. Pure: no I/O.
//
// How it works: every sentence of the letter is a "piece" with a role, a priority and, when it holds
// one of the writer's answers, the field it came from. The coach reads the assembled letter; a piece
// of the writer's that carries a pitfall is set aside (and said so), never rewritten. Then, while the
// letter does not fit one handwritten A4 page at medium size, the least important piece is shortened
// at a sentence boundary or left out. Fillers (our own sentences) go first, so a sparse questionnaire
// still gives a letter that is not too short.
import { assertRegion, careFor } from '../coach/care.js'
import { check } from '../coach/check.js'
import type { Finding } from '../coach/finding.js'
import type { Care, Report } from '../coach/report.js'
import { estimatePages } from '../coach/stats.js'
import { segment } from '../coach/text/segment.js'
import { fnv1a } from '../common/fnv1a.js'
import {
  asInner,
  asSentence,
  asSentences,
  embeddable,
  type Phrase,
  phrase,
  startsWithAny,
  toPast,
} from './phrase.js'
import {
  type AnswerField,
  type Answers,
  type BoundaryField,
  type FieldError,
  formatFieldErrors,
  validateAnswers,
  type Want,
} from './questionnaire.js'
import { Random } from './random.js'
import {
  type ParagraphRole,
  type Situation,
  type SituationId,
  situationById,
  UNSENT_STRUCTURE,
} from './situations.js'
import { ideaById } from './solutions.js'
import { type Frames, SHARED, type Variants, WORDING } from './wording.js'

export interface ComposeOptions {
  /** Chooses among the wordings. Default: derived from the answers, so the same answers give the same letter. */
  seed?: number
  /** Where the writer is, as a two-letter country code: its helplines first if care is needed (coach/care.ts). */
  region?: string
}

export interface LetterParagraph {
  /** What the paragraph does (the role of its first sentence). */
  role: ParagraphRole
  /** Every role its sentences play, in order. */
  roles: ParagraphRole[]
  text: string
}

export interface LetterParts {
  salutation: string
  paragraphs: LetterParagraph[]
  /** The closing and the name, on two lines. */
  signature: string
}

/** One of the writer's answers the composer did not use, and why. */
export interface SetAside {
  field: string
  text: string
  reason: string
}

/** A sentence left out (or shortened) so the letter fits one page. */
export interface Trimmed {
  field?: string
  text: string
}

export interface Composed {
  situation: SituationId
  seed: number
  parts: LetterParts
  text: string
  /** The letter is for the writer alone: a boundary forbids contact, or the writer chose it. */
  unsent: boolean
  /** Why the letter is an unsent one, said plainly and kindly. */
  notice?: string
  /** What the composer adjusted, for the writer to know (a term of endearment left out, …). */
  notes: string[]
  setAside: SetAside[]
  trimmed: Trimmed[]
  /** Words of care when an answer speaks of not wanting to live. */
  care?: Care
  /** The coach's check of the letter (A4, medium hand). */
  report: Report
}

/** Thrown by compose when the answers do not validate; `errors` names each field. */
export class AnswersError extends Error {
  override readonly name = 'AnswersError'
  constructor(readonly errors: FieldError[]) {
    super(`invalid answers:\n${formatFieldErrors(errors)}`)
  }
}

interface Piece {
  role: ParagraphRole
  /** Lower is more important; 1 is never left out. */
  priority: number
  /** The answer it holds: `memories[1]`. */
  field?: string
  /** Renderings from the fullest to the shortest; the last may be our own fallback sentence. */
  renderings: string[]
  /** How many renderings at the end are our fallback (not the writer's words). */
  fallbacks: number
  /** The priority of the fallback: once the writer's words give way to it, it is as essential as ours. */
  fallbackPriority?: number
  level: number
  dropped: boolean
}

const GROUPS: readonly (readonly ParagraphRole[])[] = [
  ['opening'],
  ['looking-back', 'apology', 'hurt', 'questions', 'new-life'],
  ['meaning'],
  ['change', 'ask'],
  ['invitation', 'space'],
]

/** Default ask when the writer did not say what they want. */
const DEFAULT_WANT: Record<SituationId, Want> = {
  'after-argument': 'try-again',
  'new-relationship': 'talk',
  'left-without-explanation': 'understand',
  'they-cheated': 'talk',
  'long-distance': 'talk',
  'drifting-apart': 'talk',
  'i-cheated': 'apologize',
  'long-silence': 'talk',
}

/** Boundaries in the order the notice speaks of them. */
const BOUNDARY_ORDER: readonly BoundaryField[] = [
  'protectiveOrder',
  'violenceOrFear',
  'askedNoContact',
  'blocked',
]

const BOUNDARY_FACT: Record<BoundaryField, string> = {
  protectiveOrder: 'there is a protective order between you',
  violenceOrFear: 'there was violence or fear in the relationship',
  askedNoContact: 'they asked you not to contact them',
  blocked: 'they have blocked you',
}

const PRONOUN_FORMS = {
  she: { they: 'she', them: 'her' },
  he: { they: 'he', them: 'him' },
  they: { they: 'they', them: 'them' },
} as const

/** "You destroyed …": the "they cheated" law says what it did to the writer instead. */
const ACCUSES_DESTROYING =
  /\b(?:you|u)\b[^.!?\n]{0,40}\b(?:destroy|ruin|wreck|shatter|broke|break|killed|kill)\w*/i

export function compose(input: unknown, options: ComposeOptions = {}): Composed {
  const v = validateAnswers(input)
  if (!v.ok) throw new AnswersError(v.errors)
  const answers = v.answers
  const seed = normalizeSeed(options.seed ?? fnv1a(JSON.stringify(answers)))
  assertRegion(options.region, 'compose')
  return new Composer(answers, seed, options.region).run()
}

function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError('compose: seed must be a finite number')
  return Math.trunc(seed) >>> 0
}

class Composer {
  private readonly rng: Random
  private readonly situation: Situation
  private readonly unsent: boolean
  private readonly boundaries: BoundaryField[]
  private readonly pieces: Piece[] = []
  private readonly notes: string[] = []
  private readonly setAside: SetAside[] = []
  private readonly trimmed: Trimmed[] = []
  private care: Care | undefined
  private readonly vars: Record<string, string>

  constructor(
    private readonly a: Answers,
    private readonly seed: number,
    private readonly region?: string,
  ) {
    this.rng = new Random(seed)
    this.situation = situationById(a.situation ?? 'after-argument')
    this.boundaries = BOUNDARY_ORDER.filter((f) => a[f] === true)
    this.unsent = this.boundaries.length > 0 || a.forMeOnly === true
    const pronouns = PRONOUN_FORMS[a.thirdPartyPronouns ?? 'they']
    this.vars = {
      name: a.readerName ?? '',
      third: a.thirdPartyName ?? '',
      they: pronouns.they,
      them: pronouns.them,
      endearment: a.endearment ?? '',
      Endearment: capitalize(a.endearment ?? ''),
    }
  }

  run(): Composed {
    if (!this.a.situation)
      this.notes.push('No situation was chosen, so this draft follows the "after an argument" model.')
    // The opening rotates with the seed, so two consecutive seeds never give the same letter.
    const salutation = this.salutation()
    this.build()
    const signature = this.signature()
    this.screen(salutation, signature)
    this.ensureInvitation(salutation, signature)
    this.fit(salutation, signature)
    const { text, parts } = this.render(salutation, signature)
    const report = check(text, { paper: 'a4', size: 'medium' })
    const written = this.pieces.filter((p) => p.field && !p.dropped).length
    if (written === 0)
      this.notes.push(
        'This draft uses only our wording, which reads like anyone’s letter. Answer a few questions (what you feel, a memory) to make it yours.',
      )
    const result: Composed = {
      situation: this.situation.id,
      seed: this.seed,
      parts,
      text,
      unsent: this.unsent,
      notes: this.notes,
      setAside: this.setAside,
      trimmed: this.trimmed,
      report,
    }
    const notice = this.notice()
    if (notice) result.notice = notice
    if (this.care) result.care = this.care
    return result
  }

  // ---------------------------------------------------------------- building

  private pick(variants: Variants): string {
    return this.rng.pick(variants)
  }

  private fill(template: string, extra: Record<string, string> = {}): string {
    return template.replace(/\{(\w+)\}/g, (all, key: string) => extra[key] ?? this.vars[key] ?? all)
  }

  private add(role: ParagraphRole, priority: number, text: string): void {
    this.pieces.push({
      role,
      priority,
      renderings: [this.fill(text)],
      fallbacks: 0,
      level: 0,
      dropped: false,
    })
  }

  /** One of the writer's answers in a frame chosen for its shape; `fallback` stands in if it must go. */
  private addAnswer(
    role: ParagraphRole,
    priority: number,
    field: string,
    answer: string,
    frames: Frames,
    opts: { past?: boolean; fallback?: string } = {},
  ): void {
    const renderings = this.frame(phrase(answer), frames, opts.past ?? false)
    const piece: Piece = { role, priority, field, renderings, fallbacks: 0, level: 0, dropped: false }
    if (opts.fallback) {
      renderings.push(this.fill(opts.fallback))
      piece.fallbacks = 1
      piece.fallbackPriority = 1
    }
    this.pieces.push(piece)
  }

  /** Renderings of a phrase, fullest first: a multi-sentence answer can lose its last sentences. */
  private frame(p: Phrase, frames: Frames, past: boolean): string[] {
    const adjust = (s: string) => (past ? toPast(s) : s)
    if (frames.selfFramed && startsWithAny(p.text, frames.selfFramed)) {
      this.rng.next() // keep the draws aligned whatever the shape
      return prefixes(p.sentences).map((ss) => asSentences(ss))
    }
    if (embeddable(p)) {
      const variants = frames[p.shape] ?? frames.fragment
      const template = this.pick(variants)
      const inner = asInner(adjust(p.text))
      return [this.fill(template, { x: inner, X: asSentence(adjust(p.text)) })]
    }
    const template = this.pick(frames.multi)
    return prefixes(p.sentences).map((ss) => this.fill(template, { X: asSentences(ss) }))
  }

  private build(): void {
    const a = this.a
    const s = this.situation
    const w = WORDING[s.id]
    const F = SHARED.frames
    const unsent = this.unsent
    const hasPart = s.writerHasPart || a.myPart !== undefined || a.want === 'apologize'

    // Opening: why I write, and what I feel.
    const openings = unsent ? SHARED.unsent.opening : w.opening
    this.add('opening', 1, openings[this.seed % openings.length] as string)
    this.add('opening', 1, this.pick(w.feeling))
    if (a.feelNow) this.addAnswer('opening', 2.6, 'feelNow', a.feelNow, F.feelNow)
    this.add('opening', 5, this.pick(unsent ? SHARED.unsent.whyLetterFiller : SHARED.whyLetterFiller))

    // Looking back: what happened and why it ended, as I see it now.
    this.add('looking-back', 5, this.pick(w.lookingBackFiller))
    if (a.whatHappened) this.addAnswer('looking-back', 4, 'whatHappened', a.whatHappened, F.whatHappened)
    if (a.whyItEnded) this.addAnswer('looking-back', 3, 'whyItEnded', a.whyItEnded, F.whyItEnded)

    // My part: an apology that owns it, without excuses.
    if (hasPart) {
      const defaultApology = this.pick(w.apologyDefault ?? SHARED.apologyDefault)
      if (a.myPart) this.addAnswer('apology', 2.5, 'myPart', a.myPart, F.myPart, { fallback: defaultApology })
      else this.add('apology', 1, defaultApology)
      this.add('apology', 1, this.pick(w.accountability ?? SHARED.accountability))
      if (s.id === 'i-cheated' && a.thirdPartyName) this.add('apology', 3, this.pick(w.thirdParty ?? []))
    }

    // The situation's own parts.
    if (w.hurt) this.add('hurt', 1, this.pick(w.hurt))
    if (s.id === 'they-cheated' && a.thirdPartyName && w.thirdParty)
      this.add('hurt', 3, this.pick(w.thirdParty))
    if (w.questions) this.add('questions', 1, this.pick(unsent ? (w.wonder ?? w.questions) : w.questions))
    if (w.newLife) {
      this.add('new-life', 1, this.pick(w.newLife))
      if (a.thirdPartyName && w.thirdParty) this.add('new-life', 3, this.pick(w.thirdParty))
    }

    // What you mean to me: memories, what I admire, what I miss.
    const memories = a.memories ?? []
    const inCommon = a.inCommon ?? []
    memories.forEach((m, i) => {
      this.addAnswer('meaning', i === 0 ? 2 : 4, `memories[${i}]`, m, F.memory, { past: true })
    })
    if (a.admire) this.addAnswer('meaning', memories.length ? 2.2 : 2, 'admire', a.admire, F.admire)
    if (a.theirQualities)
      this.addAnswer(
        'meaning',
        a.admire || memories.length ? 4 : 2,
        'theirQualities',
        a.theirQualities,
        F.theirQualities,
      )
    inCommon.forEach((c, i) => {
      this.addAnswer('meaning', i === 0 ? 3 : 4, `inCommon[${i}]`, c, F.inCommon, { past: true })
    })
    if (a.miss) this.addAnswer('meaning', 3, 'miss', a.miss, F.miss, { past: true })
    this.add('meaning', 5, this.pick(w.meaningFiller))

    if (!unsent) {
      // What I am ready to do: the cause as I understand it, and concrete changes.
      if (w.changeIntro) this.add('change', 2.3, this.pick(w.changeIntro))
      if (a.cause && a.cause !== 'other') {
        const ack = SHARED.causeAck[a.cause]
        if (ack) this.add('change', 3, this.pick(ack))
      }
      const solutions: { field: string; text: string }[] = [
        ...(a.solutionIdeas ?? []).flatMap((id, i) => {
          const idea = ideaById(id)
          return idea ? [{ field: `solutionIdeas[${i}]`, text: idea.text }] : []
        }),
        ...(a.ownSolutions ?? []).map((text, i) => ({ field: `ownSolutions[${i}]`, text })),
      ]
      solutions.forEach((sol, i) => {
        this.addAnswer('change', i === 0 ? 2.1 : i === 1 ? 3 : 4, sol.field, sol.text, F.solution)
      })
      if (a.myQualities) this.addAnswer('change', 4, 'myQualities', a.myQualities, F.myQualities)

      // What I ask: what the writer really wants, said without pressure.
      const want = a.want ?? DEFAULT_WANT[s.id]
      const asks = w.ask?.[want] ?? SHARED.ask[want]
      this.add('ask', 2.4, this.pick(asks))
      if (w.askLine) this.add('ask', 1, this.pick(w.askLine))

      // A proposal to meet or talk, unless none is wanted.
      const proposal = a.proposal
      if (proposal !== 'none') {
        if (proposal === 'other' && a.proposalOther) {
          this.addAnswer('invitation', 3, 'proposalOther', a.proposalOther, SHARED.proposalFrames, {
            fallback: this.pick(SHARED.invitation.talk),
          })
        } else {
          const kind = proposal === 'coffee' || proposal === 'walk' || proposal === 'call' ? proposal : 'talk'
          this.add('invitation', 1, this.pick(SHARED.invitation[kind]))
        }
      }

      // Time and freedom.
      this.add('space', 1, this.pick(SHARED.space))
      this.add('space', 3, this.pick(SHARED.onlyLetter))
    } else {
      // An unsent letter proposes nothing: the writer's changes and proposal stay in their answers.
      const unused = [
        ...(a.ownSolutions ?? []).map((text, i) => ({ field: `ownSolutions[${i}]`, text })),
        ...(a.proposalOther ? [{ field: 'proposalOther', text: a.proposalOther }] : []),
      ]
      for (const u of unused)
        this.setAside.push({ ...u, reason: 'an unsent letter makes no proposal; keep it for yourself' })
      this.add('opening', 5, this.pick(SHARED.unsent.paperFiller))
      this.add('looking-back', 5, this.pick(SHARED.unsent.lookingFiller))
      this.add('space', 5, this.pick(SHARED.unsent.hopeFiller))
      this.add('space', 3, this.pick(SHARED.unsent.learned))
      if (a.myQualities) this.addAnswer('space', 4, 'myQualities', a.myQualities, F.myQualities)
      const boundary: BoundaryField | 'forMeOnly' = this.boundaries[0] ?? 'forMeOnly'
      this.add('space', 1, this.pick(SHARED.unsent.boundary[boundary]))
      const afterFear =
        this.boundaries.includes('violenceOrFear') || this.boundaries.includes('protectiveOrder')
      this.add('space', 1, this.pick(afterFear ? SHARED.unsent.wishAfterFear : SHARED.unsent.wish))
    }
  }

  private salutation(): string {
    const a = this.a
    let address = a.address ?? (a.readerName ? 'first-name' : 'none')
    if (address === 'first-name' && !a.readerName) address = 'none'
    if (address === 'endearment' && this.situation.id === 'new-relationship' && !this.unsent) {
      this.notes.push(
        `The letter opens with ${a.readerName ? 'their name' : 'a plain greeting'} rather than "${a.endearment}": they are with someone new, and a term of endearment can read as not respecting that.`,
      )
      address = a.readerName ? 'first-name' : 'none'
    }
    const variants = SHARED.salutation[address]
    // The third endearment form needs a name.
    const usable = address === 'endearment' && !a.readerName ? variants.slice(0, 2) : variants
    const template = this.pick(usable)
    const filled =
      address === 'endearment' && template === '{Endearment}, hello,' && a.readerName
        ? `${a.readerName}, ${a.endearment},`
        : this.fill(template)
    return filled
  }

  private signature(): string {
    const a = this.a
    const closings = this.unsent ? SHARED.unsent.closing : WORDING[this.situation.id].closing
    const picked = this.pick(closings)
    const closing = a.closing ? a.closing.replace(/[,.;:!]+$/u, '') : picked
    return a.signature ? `${closing},\n${a.signature}` : `${closing}.`
  }

  // ---------------------------------------------------------------- coach and page

  /** Sets aside the writer's phrases the coach finds a pitfall in (never rewrites them). */
  private screen(salutation: string, signature: string): void {
    if (this.situation.id === 'they-cheated') {
      for (const p of this.pieces) {
        if (!p.field || p.dropped) continue
        const text = this.current(p)
        if (ACCUSES_DESTROYING.test(text) && p.level < p.renderings.length - p.fallbacks)
          this.putAside(
            p,
            'it says what they did to the relationship; this letter says what it did to you. Try "When I found out, I felt …".',
          )
      }
    }
    for (let round = 0; round < 20; round++) {
      const { text, spans } = this.render(salutation, signature)
      const findings = check(text).findings.filter((f) => f.kind === 'pitfall')
      let changed = false
      for (const f of findings) {
        for (const { piece, from, to } of spans) {
          if (!piece.field || piece.dropped || f.to <= from || f.from >= to) continue
          if (piece.level >= piece.renderings.length - piece.fallbacks) continue
          if (f.ruleId === 'self-harm') this.care = careFor([f], this.region)
          this.putAside(piece, `the coach found ${describe(f)}: ${f.message}`)
          changed = true
        }
      }
      if (!changed) return
    }
  }

  /**
   * The writer's own proposal may not read as one (or may have been set aside): then the letter adds a
   * plain offer to talk, so that the door is still open.
   */
  private ensureInvitation(salutation: string, signature: string): void {
    if (this.unsent || this.a.proposal === 'none') return
    const { text } = this.render(salutation, signature)
    if (check(text, { only: ['invitation'] }).findings.length > 0) return
    this.add('invitation', 1, this.pick(SHARED.invitation.talk))
  }

  private putAside(p: Piece, reason: string): void {
    const text = p.renderings[p.level] ?? ''
    this.setAside.push({ field: p.field ?? '', text, reason })
    if (p.fallbacks > 0) this.toFallback(p)
    else p.dropped = true
  }

  /** Shortens or leaves out the least important pieces until the letter fits one A4 page (medium). */
  private fit(salutation: string, signature: string): void {
    for (;;) {
      const { text } = this.render(salutation, signature)
      if (fitsOnePage(text)) return
      const candidates = this.pieces
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => !p.dropped && p.priority > 1)
        .sort((x, y) => y.p.priority - x.p.priority || y.i - x.i)
      const next = candidates[0]
      if (!next) return // only essentials left: nothing more can go
      const p = next.p
      const before = this.current(p)
      const wasWriters = p.field !== undefined && p.level < p.renderings.length - p.fallbacks
      if (p.level < p.renderings.length - 1) {
        p.level++
        if (p.level === p.renderings.length - p.fallbacks) this.toFallback(p)
      } else p.dropped = true
      if (wasWriters) this.trimmed.push({ field: p.field as string, text: before })
    }
  }

  private toFallback(p: Piece): void {
    p.level = p.renderings.length - 1
    if (p.fallbackPriority !== undefined) p.priority = p.fallbackPriority
  }

  private current(p: Piece): string {
    return p.renderings[p.level] ?? ''
  }

  private render(
    salutation: string,
    signature: string,
  ): { text: string; parts: LetterParts; spans: { piece: Piece; from: number; to: number }[] } {
    const order = (this.unsent ? UNSENT_STRUCTURE : this.situation.structure).map((st) => st.role)
    const rank = (r: ParagraphRole) => {
      const i = order.indexOf(r)
      return i === -1 ? order.length : i
    }
    const paragraphs: LetterParagraph[] = []
    const spans: { piece: Piece; from: number; to: number }[] = []
    let text = salutation
    for (const group of GROUPS) {
      const members = this.pieces
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => !p.dropped && group.includes(p.role))
        .sort((x, y) => rank(x.p.role) - rank(y.p.role) || x.i - y.i)
      if (members.length === 0) continue
      text += '\n\n'
      const start = text.length
      const roles: ParagraphRole[] = []
      members.forEach(({ p }, k) => {
        if (k > 0) text += ' '
        const from = text.length
        text += this.current(p)
        spans.push({ piece: p, from, to: text.length })
        if (!roles.includes(p.role)) roles.push(p.role)
      })
      paragraphs.push({ role: roles[0] as ParagraphRole, roles, text: text.slice(start) })
    }
    text += `\n\n${signature}`
    return { text, parts: { salutation, paragraphs, signature }, spans }
  }

  private notice(): string | undefined {
    if (!this.unsent) return undefined
    if (this.boundaries.length === 0)
      return 'You chose to write this letter for yourself. It has no invitation, request or proposal: it is a place to put your feelings into words. Reread it in a few days, in daylight, before deciding anything.'
    const facts = this.boundaries.map((b) => BOUNDARY_FACT[b])
    let notice = `This is an unsent letter, written for you alone: you told us that ${list(facts)}. That is a boundary, and a letter must never be a way around it; sending it could hurt them, and you. So this draft has no invitation, no request and no proposal. Writing it can still help: put it in words, keep it, and reread it in a week.`
    if (this.boundaries.includes('protectiveOrder'))
      notice += ' Sending it, even through someone else, could break the order.'
    if (this.boundaries.includes('violenceOrFear'))
      notice +=
        ' If you are afraid, or someone is hurting you, please reach out to a local support service, or call your emergency number if you are in danger.'
    return notice
  }
}

/** Whether a letter fits one handwritten page on A4 at medium size: the composer's page law. */
export function fitsOnePage(text: string): boolean {
  return estimatePages(text, segment(text, 'en'), 'a4', 'medium').fitsOnePage
}

function prefixes(sentences: readonly string[]): string[][] {
  const out: string[][] = []
  for (let k = sentences.length; k >= 1; k--) out.push(sentences.slice(0, k))
  return out
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function describe(f: Finding): string {
  return `${f.ruleId.replace('-', ' ')} in "${f.actual}"`
}

export type { AnswerField }
