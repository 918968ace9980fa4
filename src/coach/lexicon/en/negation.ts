// Negation words shared by the negation guards of `macros.ts` and by rules with a guard of their own.
// Alternations without a group.

/** Negating words written out: "not", "never", "no longer", "no", "nobody", "nothing". */
export const NEGATION_WORDS = 'not|never|no longer|no|nobody|nothing'

/** Contracted negations typed without their apostrophe ("dont", "wasnt"). */
export const TEXTING_NEGATIONS = 'dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt'
