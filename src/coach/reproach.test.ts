import { describe, expect, it } from 'vitest'
import { check } from './check.js'
import type { CategoryId, Finding } from './finding.js'
import { readingFor } from './lexicon/index.js'
import {
  withoutFreedomTakenBack,
  withoutOwningTakenBack,
  withoutPraiseInDanger,
  withoutPraiseInReproach,
} from './reproach.js'

const en = readingFor('en')

const ids = (text: string) => check(text).findings.map((f) => f.ruleId)

/** A finding of `text` as the engine would give it, for the filters read alone. */
const findingIn =
  (text: string) =>
  (ruleId: CategoryId, kind: Finding['kind'], from: number, to: number): Finding => ({
    ruleId,
    patternId: `${ruleId}/test`,
    kind,
    severity: ruleId === 'persistence' ? 'danger' : kind === 'strength' ? 'info' : 'warning',
    from,
    to,
    actual: text.slice(from, to),
    message: '',
    suggestions: [],
    sixRule: 'lucid',
  })

describe('a strength said inside a reproach', () => {
  it('is not praised where blame or guilt is found on the same words', () => {
    // Sarcastic thanks and a treatment thrown back are neither thanks nor a concrete change.
    const antidepressants = ids("I'm on antidepressants now, so thanks for that.")
    expect(antidepressants).toEqual(expect.arrayContaining(['blame']))
    expect(antidepressants).not.toContain('gratitude')
    expect(antidepressants).not.toContain('solution')
    // A humiliation is not a compliment.
    const laughingStock = ids('You made me a laughing stock in front of everyone.')
    expect(laughingStock).toContain('blame')
    expect(laughingStock).not.toContain('compliment')
  })

  it('drops the memory of a scene told for their fault, and thanks followed by the harm thanked for', () => {
    // Once blame reads the verdict or the sarcasm, the memory and the thanks on the same words go (no rule of their own
    // needs to know the words of a grievance).
    const scene = ids('i keep going over that night at marcos and honestly i still think u overreacted a bit')
    expect(scene).toContain('blame')
    expect(scene).not.toContain('memory')
    const thanks = ids('Thank you for the best three years of my life, and for throwing them away.')
    expect(thanks).toContain('blame')
    expect(thanks).not.toContain('gratitude')
  })

  it('keeps an admission that stands before a "but", and feelings, though one span covers both', () => {
    // The engine's spans, as a texting run-on widens them: the blame's clause takes in the admission.
    const text = 'i was jealous of ur mates and i took it out on u but u could of at least said goodbye'
    const at = findingIn(text)
    const admission = at('accountability', 'strength', 0, 48)
    const feeling = at('feeling', 'strength', 0, text.length)
    const blame = at('blame', 'pitfall', 0, text.length)
    expect(withoutPraiseInReproach(text, [admission, feeling, blame], en.turn)).toEqual([
      admission,
      feeling,
      blame,
    ])
    // Without the "but", the same spans are one reproach: the admission goes, the feeling stays.
    const noTurn = text.replace(' but ', ' and ')
    const spans = [admission, feeling, blame].map((f) => ({ ...f, actual: noTurn.slice(f.from, f.to) }))
    expect(withoutPraiseInReproach(noTurn, spans, en.turn).map((f) => f.ruleId)).toEqual(['feeling', 'blame'])
  })

  it('leaves a letter without blame or guilt as the rules read it', () => {
    const text =
      "I'm sorry I shut you out. I've been seeing a counsellor since May, and thank you for your patience."
    const all = check(text).findings.filter((f) => f.kind === 'strength')
    expect(all.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['apology', 'solution', 'gratitude']))
  })
})

describe('a strength said inside a danger', () => {
  it('is not praised, whatever its kind', () => {
    // Read alone, "Every morning I …" is a new routine (solution); inside the wish not to have woken it is not.
    const wish = check('I have not told my family. Every morning I wake and wish I had not.').findings
    expect(wish.map((f) => f.ruleId)).toContain('self-harm')
    expect(wish.filter((f) => f.kind === 'strength')).toEqual([])
    // "I'm still here" reads as a door left open (space) until self-harm reads the whole line.
    const stillHere = check("You're the only reason I'm still here.").findings
    expect(stillHere.map((f) => f.ruleId)).toEqual(['self-harm'])
  })

  it('keeps the strengths beside it, and a letter without danger as it is', () => {
    const text = 'I am sorry for how I spoke. I will keep writing every day until you answer.'
    const at = findingIn(text)
    const apology = at('apology', 'strength', 0, 26)
    const persistence = at('persistence', 'pitfall', 28, text.length - 1)
    const inside = at('feeling', 'strength', 28, 50)
    expect(withoutPraiseInDanger([apology, persistence, inside])).toEqual([apology, persistence])
    const calm = [apology, at('pressure', 'pitfall', 28, text.length - 1), inside]
    expect(withoutPraiseInDanger(calm)).toBe(calm)
  })
})

describe('an admission taken back by the blame after it', () => {
  it('is not praised as owning when "but" hands the fault back in the same sentence', () => {
    // The guide: an apology followed by "but you…" is apology and blame, not accountability.
    const needling = ids("Fine, I raised my voice, but you'd been needling me all evening.")
    expect(needling).toContain('blame')
    expect(needling).not.toContain('accountability')
    const share = ids("I'll own my share, but let's be honest, you checked out long before I did.")
    expect(share).toContain('blame')
    expect(share).not.toContain('accountability')
  })

  it('keeps the apology, and an admission that no blame follows', () => {
    const phone = ids("I'm sorry I said it, but you'd been on your phone all night.")
    expect(phone).toEqual(expect.arrayContaining(['apology', 'blame']))
    expect(ids('I raised my voice, and that was wrong of me.')).toContain('accountability')
  })

  it("reads the turn with the language's turn words, and only where it opens what follows", () => {
    const text = 'I raised my voice, however you had been needling me all evening.'
    const at = findingIn(text)
    const owning = at('accountability', 'strength', 0, 17)
    const blame = at('blame', 'pitfall', 19, text.length - 1)
    expect(withoutOwningTakenBack(text, [owning, blame], en.turn)).toEqual([blame])
    // A turn later on, after other words, does not hand this fault back.
    const later = 'I raised my voice and you cried, but you had been needling me all evening.'
    const at2 = findingIn(later)
    const kept = [at2('accountability', 'strength', 0, 17), at2('blame', 'pitfall', 33, later.length - 1)]
    expect(withoutOwningTakenBack(later, kept, en.turn)).toBe(kept)
  })

  it('does not let a "but" that opens both keep the borrowed strength', () => {
    const hardly = ids('But I was hardly the only one who stopped trying.')
    expect(hardly).toContain('blame')
    expect(hardly).not.toContain('accountability')
  })
})

describe('freedom given and taken back in one breath', () => {
  it('is not praised as space where a demand goes on from it with a turn', () => {
    const noRush = ids('No rush, but I really do need to hear from you.')
    expect(noRush).toContain('pressure')
    expect(noRush).not.toContain('space')
  })

  it('keeps the space beside a demand, and a trailing softening after one', () => {
    // The tuning set labels this "no pressure tho lol" space, after an ultimatum in the same run-on.
    const runOn = ids(
      'if i dont hear back before results day im taking that as a no and deleting everything no pressure tho lol',
    )
    expect(runOn).toEqual(expect.arrayContaining(['ultimatum', 'space']))
    expect(ids("If you ever want to grab a coffee, I'm around, but no pressure at all.")).toContain('space')
  })

  it('is not praised where a demand or a reproach follows it a few words on, in its sentence', () => {
    const takenBack = [
      "You can take all the time you want, it won't change what you did.",
      "I'll respect your decision, I just think you owe the kids an explanation.",
      "The ball's in your court, so don't take forever.",
    ]
    for (const text of takenBack) expect(ids(text), text).not.toContain('space')
    // In another sentence, the freedom stands.
    expect(ids('Take all the time you need. You owe me an apology, though.')).toContain('space')
  })

  it('drops only a space held inside the demand, not one overlapping it', () => {
    const text = 'No rush, but I need to know where we stand.'
    const at = findingIn(text)
    const space = at('space', 'strength', 0, 7)
    const inside = [space, at('pressure', 'pitfall', 0, text.length - 1)]
    expect(withoutFreedomTakenBack(text, inside, en.turn)).toHaveLength(1)
    const overlapping = [space, at('pressure', 'pitfall', 4, text.length - 1)]
    expect(withoutFreedomTakenBack(text, overlapping, en.turn)).toBe(overlapping)
  })
})

describe('a space followed by a demand', () => {
  it('is dropped within a few words of the same sentence, not farther, not across a full stop', () => {
    const text = 'Take your time, you owe me. Take your time. You owe me.'
    const at = findingIn(text)
    const space = at('space', 'strength', 0, 14)
    const near = [space, at('pressure', 'pitfall', 16, 26)]
    expect(withoutFreedomTakenBack(text, near, en.turn)).toHaveLength(1)
    const laterSentence = [at('space', 'strength', 28, 42), at('pressure', 'pitfall', 44, 54)]
    expect(withoutFreedomTakenBack(text, laterSentence, en.turn)).toBe(laterSentence)
    const far = `Take your time${' and'.repeat(10)} you owe me.`
    const atFar = findingIn(far)
    const distant = [
      atFar('space', 'strength', 0, 14),
      atFar('pressure', 'pitfall', far.length - 11, far.length - 1),
    ]
    expect(withoutFreedomTakenBack(far, distant, en.turn)).toBe(distant)
  })
})

describe('a strength answered by the next sentence', () => {
  it('is not praised as space or owning when the next sentence opens on a turn into a demand or blame', () => {
    const takenBack = [
      'I respect your decision. But you owe me an explanation.',
      "Take your time. But if you're not back by Christmas, we're done.",
      "I won't push you. But you were the one who walked out, remember.",
    ]
    for (const text of takenBack) expect(ids(text), text).not.toContain('space')
    const share = ids('I own my part in it. But you checked out long before I did.')
    expect(share).toContain('blame')
    expect(share).not.toContain('accountability')
  })

  it('keeps it when the turn opens something else, comes later, or starts a new paragraph', () => {
    expect(ids('I respect your choice. But I miss you every day.')).toContain('space')
    expect(ids('Take all the time you need. You owe me an apology, though.')).toContain('space')
    const text = 'I respect your decision.\nBut you owe me an explanation.'
    const at = findingIn(text)
    const apart = [at('space', 'strength', 0, 23), at('pressure', 'pitfall', 25, text.length - 1)]
    expect(withoutFreedomTakenBack(text, apart, en.turn)).toBe(apart)
    // The strength's own sentence may go on a few words before it ends, not a clause more.
    const long = `I respect your decision${', and I understand it completely and fully'} . But you owe me an explanation.`
    const atLong = findingIn(long)
    const far = [
      atLong('space', 'strength', 0, 23),
      atLong('pressure', 'pitfall', long.indexOf('But'), long.length - 1),
    ]
    expect(withoutFreedomTakenBack(long, far, en.turn)).toBe(far)
  })

  it('drops a memory asked as a question and answered at once with a charge', () => {
    const paris = ids('Remember Paris? You spent the whole trip texting him.')
    expect(paris).toContain('blame')
    expect(paris).not.toContain('memory')
    expect(ids('Remember our first flat? You made it feel like home.')).toContain('memory')
  })
})
