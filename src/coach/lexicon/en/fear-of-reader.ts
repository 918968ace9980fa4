// The writer afraid of the reader: "I was scared of you when you drank", "you hit me", "I don't feel safe around
// you". The product's brief: where someone writes of fear, say so with care instead of polishing the letter. No
// category of the taxonomy is this (it is not the writer's pitfall), so it is not a finding: it makes the report's
// `care` speak of safety (care.ts), and keeps `feeling` from praising the sentence as an open heart.
//
// A regex source for lower-cased text (straight apostrophes), with bounded gaps only, plus the examples that hold
// it: fear of losing them, of what they will think, or for them is not this.

const YOU = '(?:you|u)'
/** What may follow "of you": not what they might do to the relationship ("afraid of you leaving" is fear of losing them). */
const AFTER_YOU = String.raw`(?=\s*(?:[.!?,;:…)\n]|$)|\s+(?:when|whenever|and|after|sometimes|at\s+times|by\s+the\s+end|towards\s+the\s+end|most\s+(?:days|nights|of\s+the\s+time)|every\s+\w+|because|cos|cause|now|then|too|back\s+then|for\s+(?:years|months|a\s+long\s+time)|in\s+the\s+end|still)\b)`
const FEAR_WORD = '(?:afraid|scared|frightened|terrified|petrified)'
/**
 * Each alternative opens on its word (a fear, a blow), and reads what comes before it with a lookbehind after it: a
 * regex that opens on a lookbehind or a word boundary is tried at every position of the letter (40 µs a letter),
 * one that opens on a word is not (care.ts runs this on every check).
 */
/** The fear word just read, not said no to: "I was never afraid of you", "I'm not scared of you". */
const FEAR = `${FEAR_WORD}(?<=\\b${FEAR_WORD})(?<!\\b(?:never|not|n't|nt|no\\s+longer|no\\s+more)\\s+(?:(?:been|be|really|even|once)\\s+)?${FEAR_WORD})`

/**
 * After a verb of a blow: its subject is the reader, and the blow is not one the writer would claim or a game's ("I'll
 * say you hit me", "in every game you beat me").
 */
const NOT_A_CLAIM = String.raw`(?<=\b${YOU}\s+(?:[a-z]+\s+)?[a-z]+)(?<!\b(?:say|said|claim|claimed|pretend|tell\s+(?:them|everyone|people|the\s+police))\s+(?:that\s+)?${YOU}\s+(?:[a-z]+\s+)?[a-z]+)(?<!\b(?:game|games|chess|cards|scrabble|tennis|squash|race|match|quiz|darts|pool)\b[^.!?\n]{0,40})`

const FEAR_OF_READER_PARTS = [
  // "I was scared of you", "i'm terrified of u when ur drunk".
  String.raw`${FEAR}\s+of\s+${YOU}${AFTER_YOU}`,
  // "I was scared of what you'd do", "afraid of what you might do to me".
  String.raw`${FEAR}\s+(?:of\s+)?what\s+${YOU}(?:'d|'ll|\s+would|\s+will|\s+might|\s+could)\s+do(?!\s+(?:with(?:out)?|next|for\s+work|about|now|if\s+i\s+(?:left|didn'?t))\b)`,
  // "you scared me" (not "you scared me half to death with that mask", nor "you scared me when you didn't come home",
  // worry for them), "you frighten me".
  String.raw`(?:scared?|frighten(?:ed)?|terrif(?:ied|y)|intimidat(?:ed|e))(?<=\b${YOU}\s+(?:(?:really|genuinely|honestly|sometimes|often)\s+)?[a-z]+)\s+me(?=\s*(?:[.!?,;:…)\n]|$)|\s+(?:sometimes|at\s+times|so\s+much|a\s+lot|more\s+than|the\s+way|with\s+(?:your|ur)\s+(?:temper|anger|shouting|rages?))\b)(?![^.!?\n]{0,30}?\b(?:mask|costume|prank|joke|jumped\s+out|film|movie|haha|lol)\b)`,
  // "I'm scared you'll hurt me again", "frightened you'll turn up at my work" (not "scared you'll hurt yourself",
  // worry for them, nor "afraid you'll find someone else").
  String.raw`${FEAR}\s+(?:that\s+)?${YOU}(?:'d|'ll|\s+would|\s+will|\s+might|\s+could|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:(?:just|actually|really)\s+)?(?:hurt\s+(?:me|the\s+kids|the\s+children|my)|harm\s+(?:me|the\s+kids|the\s+children|my)|hit\s+me|kill\s+me|come\s+after\s+me|follow\s+me|track\s+me|turn\s+up|show\s+up|find\s+(?:me|where\s+i|out\s+where\s+i|my\s+new)|take\s+the\s+(?:kids|children))\b`,
  // "scared to come home", "afraid to say no to you".
  String.raw`${FEAR}\s+to\s+(?:come\s+home|go\s+home|say\s+no|disagree|argue|speak\s+up|tell\s+${YOU}\s+no)\b`,
  // The writer walking on eggshells, not the reader made to ("I made you feel you were walking on eggshells").
  String.raw`egg\s*shells(?<=\bi(?:'?ve|\s+have|\s+was|'m|\s+am|\s+felt\s+like\s+i\s+was|\s+spent(?:\s+\w+){0,3}?|\s+kept|\s+had\s+to\s+keep)?\s+(?:(?:always|constantly|just)\s+)?walk(?:ing|ed)?\s+on\s+egg\s*shells)`,
  // Violence named: "you hit me", "you shoved me against the wall". Not a game ("you always beat me at chess"), a blow
  // the writer would claim ("I'll say you hit me"), nor "you pushed me" alone (to do better, too far): a push, a shove,
  // a grab or a shake needs where it sent them.
  String.raw`(?:hit|slapped|punched|kicked|choked|strangled|beat|beaten)${NOT_A_CLAIM}\s+me(?![^.!?\n]{0,20}?\b(?:with\s+(?:the\s+)?(?:news|truth|that|it|a\s+(?:question|bill|request))|up\s+for|back\s+in\s+the\s+game|in\s+(?:tennis|squash|the\s+game)|at\s+\w+)\b)(?=\s*(?:[.!?,;:…)\n]|$)|\s+(?:when|that|in|on|against|into|down|once|twice|again|hard|and|so|because|in\s+front)\b)`,
  String.raw`(?:shoved|pushed|grabbed|shook)${NOT_A_CLAIM}\s+me\s+(?:down|over|against|into|out\s+of|off|hard|across|so\s+hard|by\s+the\s+(?:arm|arms|throat|neck|hair|wrist|shoulders?))\b`,
  // Safety named: "I don't feel safe around you", "I feared for my life".
  String.raw`safe(?<=\b(?:don'?t|dont|didn'?t|didnt|never|do\s+not|did\s+not)\s+(?:feel|felt)\s+safe)\s+(?:around|with|near)\s+${YOU}\b`,
  String.raw`fear(?:ed)?\s+for\s+my\s+(?:life|safety)\b`,
]
export const FEAR_OF_READER = FEAR_OF_READER_PARTS.join('|')

/**
 * A word every match of FEAR_OF_READER holds, tested first: a line without one (most lines) costs ~1 µs per
 * thousand characters, not the ~20 µs the full source takes on a letter (care.ts).
 */
export const FEAR_OF_READER_GATE =
  'afraid|scare|frighten|terrif|petrified|intimidat|eggshell|safe|fear|hit|slapped|punched|kicked|choked|strangled|shoved|pushed|grabbed|shook|beat'

/** Said of the reader with fear: the lexicon's flagged and not-flagged examples (care.test.ts runs them). */
export const FEAR_OF_READER_EXAMPLES = {
  flagged: [
    "I'm afraid of you when you drink.",
    'I was scared of you by the end.',
    'i was terrified of u most nights',
    "I was always scared of what you'd do if I came home late.",
    'You scared me sometimes, the way you shouted.',
    'I was scared to come home most nights.',
    'I spent two years walking on eggshells around you.',
    'You hit me in front of the kids.',
    "You shoved me against the wall, and I know you're sorry.",
    "I still don't feel safe around you.",
    'There were nights I feared for my life.',
    'I was too afraid to say no to you.',
    "I'm scared you'll hurt me again.",
    "I'm frightened you'll turn up at my work.",
    "I'm terrified you'll find where I live now.",
  ],
  notFlagged: [
    "I'm afraid of losing you.",
    "I'm scared of what you'll think when you read this.",
    "I'm scared of you leaving for good.",
    "I was afraid of what you'd do without me, so I stayed.",
    'You scared me half to death with that mask at Halloween.',
    'You hit me with the news at the worst time.',
    'I was scared for you when you were in hospital.',
    "I'm afraid I let you down.",
    'I feel safe with you, I always did.',
    "I'm scared of spiders, you know that.",
    'I was never afraid of you, not once.',
    "I'm not scared of you.",
    "You scared me when you didn't come home that night.",
    'You hurt me when you left.',
    "I made you feel like you were walking on eggshells, and I'm sorry.",
    'You pushed me to be better.',
    'You beat me at chess every Sunday.',
    "I'm useless at this game, you always beat me.",
    "If you go to the police I'll say you hit me.",
    'My temper did not help, but you pushed me.',
    "I'm scared you'll hurt yourself if you keep drinking like that.",
    "I'm afraid you'll find someone else.",
    "I was scared you'd leave.",
  ],
}
