// Negation words shared by the negation guards of `macros.ts` and by rules with a guard of their own.
// Alternations without a group.

/** Negating words written out: "not", "never", "no longer", "no", "nobody", "nothing". */
export const NEGATION_WORDS = 'not|never|no longer|no|nobody|nothing'

/** Contracted negations typed without their apostrophe ("dont", "wasnt"). */
export const TEXTING_NEGATIONS = 'dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt'

/**
 * What a negation word reaches, as the gap after it (up to `window` characters, inside one clause): the negation guards
 * of `macros.ts` and memory's read a word as negated when one of the words above stands this gap before it. The gap does
 * not cross a coordinating conjunction that opens a new clause ("Your family never accepted me and you never said a
 * word": the first "never" is over at "and"), unless the negation governs a verb of saying or thinking whose complement
 * runs on ("I'm not saying you lied and you cheated", "I don't think you and I…"), or of blaming ("I don't blame you and
 * her").
 */
export const negationScope = (window: number): string =>
  String.raw`(?:[^,.;:!?\n]{0,12}?\b(?:say|says|said|saying|think|thinks|thought|thinking|mean|meant|claim|claimed|claiming|suggest|suggested|suggesting|believe|believed|blame|blamed|blaming|pretend|pretending|accuse|accused|accusing)\b[^,.;:!?\n]{0,${window}}|(?:(?!\s(?:and|but|yet|so|whereas|while)\s)[^,.;:!?\n]){0,${window}})`

/** {@link negationScope} of 30 characters, the reach of NOT_NEGATED and NOT_NEGATED_WORD. */
export const NEGATION_SCOPE = negationScope(30)
