// A strength said inside a reproach is not praised. "I'm on antidepressants now, so thanks for that" is
// neither a concrete change nor thanks; "You made me a laughing stock in front of everyone" is no
// compliment; "I spent our savings on lawyers because of you" owns nothing; "i spent my whole savings on
// that trip to bali for ur birthday" is an account kept, not a memory shared. Phrase rules read the words
// these sentences borrow, so where blame or guilt is found on the same words, the strengths such words
// imitate are dropped. Feelings and apologies are kept: a feeling named inside a grievance is still the
// writer's own, and the labeled corpora give both beside blame and guilt (18 times in the tuning set, where
// the five dropped here never are).
import type { CategoryId, Finding } from './finding.js'

/** What makes a sentence a reproach. */
const REPROACHES: ReadonlySet<CategoryId> = new Set<CategoryId>(['blame', 'guilt'])

/** The strengths a reproach borrows the words of, and that are not read in one. */
const BORROWED: ReadonlySet<CategoryId> = new Set<CategoryId>([
  'solution',
  'compliment',
  'gratitude',
  'accountability',
  'memory',
])

/**
 * The findings a letter is shown with: the rules' and the classifier's, without the praise the four readings below
 * take back. One entry point, so the order they run in is written once.
 */
export function withoutFalsePraise(text: string, findings: Finding[], turn: RegExp): Finding[] {
  return withoutPraiseInDanger(
    withoutFreedomTakenBack(
      text,
      withoutOwningTakenBack(text, withoutPraiseInReproach(text, findings, turn), turn),
      turn,
    ),
  )
}

/** The turn that opens `after` (nothing but spaces and punctuation before it), or null: ", but you…". */
function openingTurn(after: string, turn: RegExp): RegExpExecArray | null {
  const at = turn.exec(after)
  return at !== null && /^[\s\p{P}]*$/u.test(after.slice(0, at.index)) ? at : null
}

/**
 * The end of a strength's sentence and the space before the next one on the same line: a few words of its own sentence
 * left (at most 25 UTF-16 units), its closing marks (captured), then spaces or tabs. A paragraph break ends the answer:
 * the next paragraph is read on its own.
 */
const SENTENCE_TURNED_OVER = /^[^.!?\n]{0,25}([.!?\u2026]+)["'\u201d\u2019)]*[ \t]+/u

/**
 * Where the sentence after `x`'s starts, on the same line, and the marks that closed `x`'s; null when `x`'s sentence goes
 * on for more than a few words or the line ends. Read by the answers below: a turn that opens the next sentence, and a
 * question answered by it.
 */
function nextSentence(text: string, x: Finding): { from: number; marks: string } | null {
  const end = SENTENCE_TURNED_OVER.exec(text.slice(x.to, x.to + 80))
  return end === null ? null : { from: x.to + end[0].length, marks: end[1] as string }
}

/**
 * Whether `finding` is in the sentence after `x`'s, and that sentence opens with a turn: "I respect your decision. But
 * you owe me an explanation."; "You don't have to reply. But if you don't, I'll assume you never cared."
 */
function nextSentenceTurns(text: string, x: Finding, finding: Finding, turn: RegExp): boolean {
  const next = finding.from >= x.to ? nextSentence(text, x) : null
  if (next === null || next.from > finding.from + 1 || /[.!?\n]/u.test(text.slice(next.from, finding.from)))
    return false
  return turn.exec(text.slice(next.from, finding.to))?.index === 0
}

/** `findings` without those `dropped` says, or `findings` itself when it drops none (callers compare by identity). */
function without(findings: Finding[], dropped: (f: Finding) => boolean): Finding[] {
  return findings.some(dropped) ? findings.filter((f) => !dropped(f)) : findings
}

/**
 * The findings without the borrowed strengths that overlap a blame or guilt finding with no turn in the
 * words they cover together: the same words, read as a reproach ("I'm on antidepressants now, so thanks for
 * that"; "You made me a laughing stock"). A turn keeps the strength: in "i was jealous of ur mates and i took
 * it out on u but u could of at least said goodbye" the admission stands before the "but" that starts the
 * reproach, though one widened span may cover both. Overlap, not the same sentence: a texting paragraph without full stops is
 * one sentence to the segmenter. A memory asked as a question is dropped too when a reproach answers it at the start of
 * the next sentence: "Remember Paris? You spent the whole trip texting him." recalls the trip to charge it. `findings`
 * in the letter's order; returned itself when nothing is dropped.
 */
export function withoutPraiseInReproach(text: string, findings: Finding[], turn: RegExp): Finding[] {
  const reproaches = findings.filter((f) => REPROACHES.has(f.ruleId))
  if (reproaches.length === 0) return findings
  const inReproach = (x: Finding) =>
    BORROWED.has(x.ruleId) &&
    reproaches.some(
      (r) =>
        r.from < x.to &&
        x.from < r.to &&
        // The first word is left out: a turn that opens both ("But I was hardly the only one who stopped trying")
        // separates neither from the other.
        !turn.test(text.slice(Math.min(r.from, x.from), Math.max(r.to, x.to)).replace(/^\s*\S+/u, '')),
    )
  // A memory asked as a question, and a reproach opening the next sentence: "Remember Paris? |You spent…".
  const remindedFor = (x: Finding) => {
    if (x.ruleId !== 'memory') return false
    const next = nextSentence(text, x)
    return next !== null && next.marks.endsWith('?') && reproaches.some((r) => r.from === next.from)
  }
  return without(findings, (x) => inReproach(x) || remindedFor(x))
}

/**
 * The findings without an admission that a blame finding takes back in the same sentence: "Fine, I raised my voice,
 * but you'd been needling me all evening"; "I'll own my share, but let's be honest, you checked out long before I did";
 * or at the start of the next, on a turn: "I own my part in it. But you checked out long before I did."
 * The guide labels an apology followed by "but you…" apology and blame, not accountability: the turn (the language's
 * `turn` words, as for a reproach above) hands the fault back. The apology itself is kept (it is still said); only the
 * owning goes. `findings` in the letter's order; returned itself when nothing is dropped.
 */
export function withoutOwningTakenBack(text: string, findings: Finding[], turn: RegExp): Finding[] {
  const blames = findings.filter((f) => f.ruleId === 'blame')
  if (blames.length === 0) return findings
  const takenBack = (x: Finding) =>
    x.ruleId === 'accountability' &&
    blames.some((b) => {
      if (nextSentenceTurns(text, x, b, turn)) return true
      if (b.from < x.to || b.from - x.to > 60) return false
      // What follows the admission, up to the blame's end: in the same sentence, and opening on a turn.
      return !/[.!?\n]/.test(text.slice(x.to, b.from)) && openingTurn(text.slice(x.to, b.to), turn) !== null
    })
  return without(findings, takenBack)
}

/** What holds the freedom a letter gives inside its own words and takes it back: a demand. */
const DEMANDS: ReadonlySet<CategoryId> = new Set<CategoryId>(['pressure', 'ultimatum'])

/** What takes back the freedom a letter gives when it follows it: a demand, or a reproach. */
const TAKERS: ReadonlySet<CategoryId> = new Set<CategoryId>([...DEMANDS, ...REPROACHES])

/** How far after the freedom, within its sentence, a demand or reproach still takes it back (UTF-16 units). */
const TAKEN_BACK_WITHIN = 25

/**
 * The findings without the space that is taken back in the same breath: held inside a pressure or ultimatum finding
 * that goes on from it with a turn ("No rush, but I really do need to hear from you"), or followed in its sentence,
 * a few words on, by a demand or a reproach ("You can take all the time you want, it won't change what you did", "I'll
 * respect your decision, I just think you owe the kids an explanation", "The ball's in your court, so don't take
 * forever"), or answered by the next sentence opening on a turn ("I respect your decision. But you owe me an
 * explanation."). The demand is what the reader hears. Not a space with a demand later in another sentence ("Take all
 * the time you need. You owe me an apology, though.") or far along a run-on, and not a softening after the demand: a texting run-on whose ultimatum ends on "no pressure tho lol" is
 * labeled space in the tuning set, a softening the reader also reads (its "tho" opens no demand). `findings` in the
 * letter's order; returned itself when nothing is dropped.
 */
export function withoutFreedomTakenBack(text: string, findings: Finding[], turn: RegExp): Finding[] {
  const takers = findings.filter((f) => TAKERS.has(f.ruleId))
  if (takers.length === 0) return findings
  const heldInside = (x: Finding, d: Finding) => {
    if (!DEMANDS.has(d.ruleId) || d.from > x.from || x.to > d.to) return false
    const after = text.slice(x.to, d.to)
    const at = openingTurn(after, turn)
    // The turn opens the demand's own words: "…, but I need to know", not a trailing "tho lol".
    return at !== null && /\p{L}+[^\p{L}]+\p{L}+[^\p{L}]+\p{L}+/u.test(after.slice(at.index + at[0].length))
  }
  const followedBy = (x: Finding, d: Finding) =>
    d.from >= x.to && d.from - x.to <= TAKEN_BACK_WITHIN && !/[.!?\n]/u.test(text.slice(x.to, d.from))
  const takenBack = (x: Finding) =>
    x.ruleId === 'space' &&
    takers.some((d) => heldInside(x, d) || followedBy(x, d) || nextSentenceTurns(text, x, d, turn))
  return without(findings, takenBack)
}

/**
 * The findings without any strength that overlaps a danger finding (threat, persistence, self-harm). The product
 * answers those with care or a "do not send", not by polishing the letter: "Every morning I wake and wish I had not" is
 * no new routine, the thanks of a farewell note are not gratitude to score, and "I've still got your spare key" is no
 * shared memory. Unlike a reproach, no turn keeps the strength, and every kind goes. `findings` in the letter's order;
 * returned itself when nothing is dropped.
 */
export function withoutPraiseInDanger(findings: Finding[]): Finding[] {
  const dangers = findings.filter((f) => f.severity === 'danger')
  if (dangers.length === 0) return findings
  const inDanger = (x: Finding) =>
    x.kind === 'strength' && dangers.some((d) => d.from < x.to && x.from < d.to)
  return without(findings, inDanger)
}
