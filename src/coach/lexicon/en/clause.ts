// Where a clause ends, for rules that underline "the rest of the clause" after what they read
// (pleading, pressure). Regex sources that use the macros of `macros.ts` ({WB}, {WE}).

/**
 * A clause ends at punctuation or, in unpunctuated texting, where a new sentence visibly starts:
 * "i"/"im"/"ok"… after a word that does not join it to what came before ("…call me tonight i need
 * to hear ur voice", but not "…if i", "…because im").
 */
export const CLAUSE_BOUND = String.raw`\s*(?:[.!?\n,;…]|$)|(?<!{WB}(?:if|when|that|as|than|because|and|but|or|what|where|how|why|before|after|until|unless|since|like|cause|coz|cuz|bc|so|which|who|whatever|whenever|wish|hope|know|think|said|say))\s+(?:i|im|i'?m|i'?ll|ill|i'?ve|ive|i'?d|ok|okay|so|but){WE}`

/** The rest of the clause, up to 80 characters (possibly nothing), up to a {@link CLAUSE_BOUND}. */
export const CLAUSE_TAIL = String.raw`(?:(?=${CLAUSE_BOUND})|[^.!?\n,;…]{1,80}?(?=${CLAUSE_BOUND})|)`
