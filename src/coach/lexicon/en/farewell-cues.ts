// Cues of a farewell, for the `self-harm` rule's `cues-combined` pattern (sixteenth round, care16). Each cue alone is
// usually innocent ("this is the last letter", "look after the dog for me", "when I'm not around at weekends"); two of
// different kinds in one sentence rarely are ("This is the last thing I'll write, so please look after Biscuit for
// me"). Five kinds: finality (a last act), the writer's absence as a future fact, what is left behind and arranged,
// exhaustion with living itself, and a means or a place mentioned sideways. Each is a regex source for the
// case-insensitive shadow text (straight apostrophes), a bare alternation meant to sit inside `(?:…)`, bounded gaps
// only, and each alternative starts from a literal word the prefilter can require. The rule pairs them (see
// `farewellPairs`) and guards the pair with {@link NOT_AN_ORDINARY_GOODBYE}.

/** Up to this many characters between two cues of one sentence (commas and "and"/"so" included). */
const GAP = '[^.!?\\n]{0,80}?'

/** Where the lists below join their cues: each cue starts with a word boundary. */
const CUE = /\|(?=\\b)/

/** I'm / im / I am. */
const IM = "(?:i'?m|i\\s+am)"

/**
 * Finality, a last act: "this is the last thing I'll write", "one last time", "before I go" (not "before I go to
 * Canada"), "by the time you read this", "goodbye for good", "this is my goodbye", "after tonight", "I've made my peace".
 */
export const FINALITY = [
  String.raw`\bthis\s+is\s+(?:my|the)\s+(?:very\s+)?(?:last|final)\s+(?:thing|letter|message|note|time|words?|goodbye)\b`,
  String.raw`\bmy\s+(?:last|final)\s+(?:letter|message|note|words?)\s+to\s+(?:anyone|everyone|any\s*body|every\s*body)\b`,
  String.raw`\bone\s+(?:last|final)\s+time\b`,
  String.raw`\bbefore\s+i\s+go(?=\s*(?:[,;:…]|$)|\s+i\b)`,
  String.raw`\bby\s+the\s+time\s+(?:you|u|anyone|someone)\s+(?:read|reads|get|gets|see|sees|open|opens|find|finds)\s+(?:this|it|these)\b`,
  String.raw`\b(?:goodbye|bye|gone|leaving|go|going)\s+for\s+good\b`,
  String.raw`\b(?:say|said|saying)\s+(?:(?:thank\s+you|thanks|sorry|i\s+love\s+(?:you|them))\s+and\s+)goodbyes?\b`,
  String.raw`\b(?:this\s+is|it'?s|here'?s|saying|say|said|my|a|the)\s+(?:final\s+|last\s+|proper\s+|real\s+)?goodbyes?\b(?!\s+(?:party|drinks|do|dinner|card|lunch|hug|kiss|between\s+us|to\s+(?:you\s+and\s+)?us)\b|\s+to\s+(?:the|my|our|this)\s+(?:old\s+)?(?:flat|house|place|job|town|city|street|office|team|colleagues|neighbou?rs|area|school|village)\b)`,
  String.raw`\b(?:im|i'm|i\s+am)\s+(?:so\s+|just\s+)?done(?=\s*(?:[.!?,;…]|$))`,
  String.raw`\bsooner\s+than\s+(?:people|anyone|anybody|you|they|everyone)\s+(?:think|expect|know|realise|realize)\b`,
].join('|')

/** A decision made and settled: "I've made my peace" (not "…with how it ended"), "I'm ready." */
export const RESOLVED = [
  String.raw`\bmade\s+my\s+peace(?!\s+with)\b`,
  String.raw`\b${IM}\s+(?:finally\s+)?ready(?=\s*(?:[.!?,;…]|$))(?!\s*[,;:]\s*(?:ready|to|for)\b)`,
].join('|')

/**
 * The writer's absence as a future fact: "when I'm not around any more", "after I'm gone", "you won't have to deal with
 * me", "there won't be a me to…", "I won't be there to tell her", "I won't be able to any more", "when they find me".
 * Not for a while: "when I'm not around at weekends", "you won't have to deal with me at the school gate".
 */
export const ABSENCE = [
  String.raw`\b(?:when|after|once|if)\s+${IM}\s+(?:not\s+(?:around|here)|no\s+longer\s+(?:around|here)|gone)(?!(?:\s+any\s?more)?,?\s+(?:at|on|in|for|during|this|next|every|while|from|to|until|till|over|much|so\s+much|as\s+much|tomorrow|tonight|i\s+mean)\b)`,
  String.raw`\b(?:you|u|nobody|no\s*one|no-one|anyone|everyone|they|mum|dad)\s+(?:won'?t|wont|will\s+not|will\s+never|(?:will|'ll)\s+no\s+longer)\s+(?:have|need)\s+to\s+(?:deal\s+(?:with|w/?)|worry\s+about|put\s+up\s+with|carry|look\s+after|cope\s+with)\s+me\b(?!\s+(?:at|in|on|every|when|about|for\s+(?:the|a)|this|next)\b)`,
  String.raw`\b(?:nobody|no\s*one|no-one)\s+(?:has|needs?|will\s+(?:have|need))\s+to\s+(?:look\s+after|worry\s+about|deal\s+with|carry)\s+me\s+(?:again|any\s?more|ever\s+again)\b`,
  String.raw`\bthere\s+won'?t\s+be\s+(?:a\s+me|anything\s+(?:left\s+)?of\s+me|any\s+more\s+of\s+me|me)\b`,
  String.raw`\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:there|here|around)\s+to\s+(?:tell|see|watch|say|hold|hug|give|explain)\b(?![^.!?\n]{0,40}?\b(?:on|this|next|tomorrow|tonight|because|as|since|while|until|till|in\s+the|at\s+the|working|play|match|game|show|concert|recital|party|wedding|nativity|race|final)\b)`,
  String.raw`\bi\s+(?:won'?t|wont|will\s+not)\s+be\s+able\s+to\s+any\s?more\b`,
  String.raw`\b(?:not\s+going\s+to|won'?t|wont|will\s+not)\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+much\s+longer|any\s?more|any\s+longer)\b`,
  String.raw`\bi'?ll\s+be\s+gone\b`,
  String.raw`\bwhen\s+(?:they|someone|somebody)\s+finds?\s+me(?=\s*(?:[.!?,;…]|$)|\s+(?:please|don'?t|tell|make)\b)`,
  String.raw`\b(?:find|read|open)\s+(?:them|it|this|these)\s+after(?=\s*(?:[.!?,;…]|$))`,
  String.raw`\bwhen\s+(?:you|u)\s+hear(?=\s*(?:[.!?,;…]|$))|\bwhen\s+(?:you|u)\s+hear\s+(?:the\s+news|what\s+(?:happened|i'?ve\s+done))\b`,
  String.raw`\bwhen\s+the\s+time\s+comes\s+(?:this|next)\s+(?:week|weekend)\b`,
  String.raw`\b(?:this\s+time\s+)?${IM}\s+not\s+coming\s+back\b`,
  String.raw`\b(?:won'?t|will\s+not|wont)\s+be\s+in\s+(?:any\s+(?:more\s+)?)?pain\b`,
  String.raw`\bnobody\s+will\s+have\s+to\s+carry\s+me\b`,
  String.raw`\bi'?ll\s+(?:just\s+)?(?:go|slip\s+away|leave)\s+quietly\b`,
  String.raw`\b(?:keep|go\s+on|carry\s+on)\s+(?:turning|going|spinning)\s+(?:after(?:\s+me)?|without\s+me)(?=\s*(?:[.!?,;…]|$))`,
].join('|')

/**
 * What is left behind and arranged, said as the writer's own farewell: "look after Biscuit / my mum for me", "I've
 * written to my sister", "letters for each of the boys", "my passwords are…", "tell Dad I'm sorry", "I've told Ruth where
 * the spare key is", everything arranged, "so nobody has to sort it", "so Mum gets the insurance", "don't let Mum see".
 * These pair with any other kind.
 */
export const LEFT_BEHIND = [
  String.raw`\b(?:look\s+after|take\s+care\s+of|keep\s+an\s+eye\s+on|be\s+there\s+for)\s+(?!(?:your|ur)\s?self\b)(?:[\p{L}']+\s+){1,3}?for\s+me\b(?!\s+(?:at|on|this|next|tonight|tomorrow|when|while|every|until|till|for)\b)`,
  String.raw`\bmy\s+(?:passwords?|pin\s+numbers?)\b(?!\s+(?:for|to)\s+(?:the\s+)?(?:netflix|spotify|disney|amazon|prime|wi-?fi|router|streaming))`,
  String.raw`\bwhere\s+the\s+(?:spare\s+)?key\s+is\b|\b(?:left|given)\s+the\s+(?:spare\s+)?key\s+with\b|\b(?:i'?ve|i\s+have)\s+told\s+\p{L}+\s+where\s+(?:the|my)\b`,
  String.raw`\btell\s+(?:everyone|everybody|them\s+all|all\s+of\s+them)\s+(?:that\s+)?(?:i'?m\s+sorry|i\s+said\s+sorry|i\s+lov(?:e|ed)\s+(?:them|you\s+all)|i\s+said\s+goodbye)\b`,
  String.raw`\bso\s+(?:nobody|no\s*one|no-one|you)\s+(?:has|have|will\s+have|won'?t\s+have|'ll\s+have)\s+to\s+sort\b`,
  String.raw`\b(?:i'?ve|i\s+have)\s+(?:put|left|given)\s+(?:the|my)\s+(?:[\p{L}']+\s+){0,2}?(?:papers|documents)\s+with\b`,
  String.raw`\b(?:mum|mom|mam|dad|the\s+kids|my\s+\p{L}+|you|u)\s+(?:gets?|will\s+get|'?ll\s+get|would\s+get|'d\s+get)\s+the\s+(?:insurance|life\s+insurance|payout|pay-?out|policy)\b`,
  String.raw`\b(?:nobody|no\s*one|no-one)\s+needs?\s+to\s+(?:make\s+a\s+fuss|worry|be\s+sad|cry|come)\b`,
  String.raw`\bmy\s+(?:life\s+)?insurance\s+(?:should|will|would)\s+cover\b`,
  String.raw`\b(?:don'?t|do\s+not)\s+let\s+(?:mum|mom|dad|the\s+kids|my\s+\p{L}+)\s+see\b`,
].join('|')

/**
 * What is left behind, as an ordinary break-up could say it too: "make sure the kids get their presents", "look after
 * the dog", "the ring is in the drawer", "give Max a hug from me", "kiss the kids for me", "you can have the flat and
 * everything in it", "none of this was your fault". These pair only with the writer's absence, exhaustion with living, a
 * means or affairs put in order, never with a mere last letter or goodbye.
 */
export const LEFT_WITH = [
  String.raw`\b(?:look\s+after|take\s+care\s+of)\s+(?:my|our|the)\s+(?:mum|mom|mam|dad|parents|kids|children|girls|boys|dog|cat|sister|brother|garden|family)\b`,
  String.raw`\b(?<!\b(?:let'?s|we|we'?ll|we\s+(?:should|must|can|need\s+to))\s+)(?:make\s+sure|see\s+(?:to\s+it\s+)?that)\s+(?:that\s+)?(?:[\p{L}']+\s+){1,3}?(?:gets?|has|have|knows?|goes\s+to|is\s+fed|gets\s+fed)\b`,
  String.raw`\b(?:the|my)\s+(?:ring|keys?|spare\s+key|will|papers|documents|deeds)\s+(?:is|are)\s+(?:in|under|on|with|behind)\b`,
  String.raw`\b(?:give|send)\s+(?:[\p{L}']+\s+){1,2}?(?:a\s+)?(?:hug|kiss|cuddle)\s+from\s+me\b|\bkiss\s+(?:the\s+(?:kids|girls|boys)|\p{L}+)\s+for\s+me\b`,
  String.raw`\b(?:given|gave)\s+(?:the|my)\s+(?:cat|dog|rabbit|guitar|ring|records|bike)\s+to\b|\b(?:the|my)\s+(?:dog|cat)(?:'s|\s+is)?\s+go(?:es|ing)\s+to\b(?![^.!?\n]{0,30}?\bfor\s+(?:the|a)\s+(?:week|weekend|day|night|fortnight|month|summer|holidays?)\b)`,
  String.raw`\b(?:you|u)\s+can\s+have\s+(?:the|my)\s+(?:flat|house|car)\s+and\s+everything\b`,
  String.raw`\b(?:i'?ve|i\s+have)\s+(?:already\s+)?(?:written|wrote|left|put)\s+(?:(?:my\s+)?[\p{L}']+\s+)?(?:a\s+)?(?:letters?|notes?)\b`,
  String.raw`\b(?:i'?ve|i\s+have)\s+(?:already\s+)?written\s+to\s+my\b`,
  String.raw`\b(?:letters?|notes?)\s+for\s+(?:each\s+of\s+)?(?:the|my)\b`,
  String.raw`\b(?:sorted|arranged|organised|organized|settled)\s+(?:out\s+)?(?:everything|it\s+all|all\s+of\s+it|my\s+affairs|my\s+debts)\b`,
  String.raw`\btell\s+(?:my\s+)?(?:\p{L}+|everyone|everybody|them|him|her)\s+(?:that\s+)?(?:i'?m\s+sorry|i\s+said\s+sorry|i\s+lov(?:e|ed)\s+(?:him|her|them)|i\s+said\s+goodbye)\b(?!\s+(?:for|about|i\s+(?:missed|forgot|couldn'?t|didn'?t)|that\s+i)\b)`,
  String.raw`\bmy\s+bank\s+details\b`,
  String.raw`\bnone\s+of\s+this\s+(?:was|is)\s+(?:your|ur)\s+fault\b|\b(?:don'?t|do\s+not)\s+blame\s+(?:your|ur)self\b`,
].join('|')

/**
 * Exhaustion or hopelessness about living itself: "I'm tired of waking up" (not "…at five for this job"), "I can't
 * keep doing days like this", "nothing's going to change", "there's no version of this that gets better", "I can't face
 * another year of this", "not strong enough to keep going", "no more mornings for me", "I'm done".
 */
export const WEARY = [
  String.raw`\b(?:tired|sick|weary)\s+of\s+(?:waking\s+up|being\s+alive|being\s+here|living|existing)(?!\s+(?:at|to|in|with|early|for|like|on|so|being|about|you|that|between|here)\b)`,
  String.raw`\bcan'?t\s+keep\s+doing\s+(?:days|life|mornings)\b|\bcan'?t\s+keep\s+doing\s+this\s*,?\s+(?:living|life|being\s+alive|existing)\b`,
  String.raw`\bnothing(?:'s|\s+is)\s+(?:ever\s+)?going\s+to\s+(?:change|get\s+better)(?=\s*(?:[.!?,;…]|$)|\s+(?:so|and|now|ever|anyway|any\s+time\s+soon)\b)`,
  String.raw`\bno\s+version\s+of\s+this\s+(?:that\s+)?(?:gets|where|that'?s)\b`,
  String.raw`\b(?:it|things|this|life)\s+(?:won'?t|wont|will\s+never|is\s+never\s+going\s+to|never)\s+gets?\s+better\b`,
  String.raw`\b(?:can'?t|cant|cannot)\s+(?:face|do|take|survive)\s+another\s+(?:day|year|week|morning|night|winter|christmas|birthday)\b(?!\s+(?:like\s+(?:last|that|the|those|this\s+one|it)|of\s+(?:that|those|these|the)|with|at|in|on|shift|here)\b)`,
  String.raw`\b(?:not\s+strong\s+enough|(?:don'?t|do\s+not|dont)\s+have\s+(?:it\s+in\s+me|the\s+strength|any\s+strength\s+left))\s+to\s+(?:keep\s+going|carry\s+on|go\s+on|keep\s+living|live)\b`,
  String.raw`\b(?:exhausted|worn\s+out|drained|tired|sick)\s+(?:by|of|with)\s+(?:life|living|being\s+alive)\s+itself\b`,
  String.raw`\b(?:don'?t|do\s+not|can'?t)\s+see\s+(?:the\s+|any\s+)?point\s+in\s+(?:tomorrow|going\s+on|carrying\s+on|any\s+of\s+it|anything)\b`,
  String.raw`\bno\s+more\s+mornings\b`,
  String.raw`\bdone\s+with\s+(?:living|life|being\s+alive|existing)\b`,
  String.raw`\bwish\s+i\s+(?:hadn'?t|had\s+not|didn'?t|did\s+not)\s+(?:wok(?:en|e)|wake)\s+up\b`,
].join('|')

/**
 * Affairs put in order: the will made or done, debts paid, the pet's new home, the phone cancelled: "My will is done,
 * my debts are paid and my cat has a new home". Two of these in one sentence are a pair too.
 */
export const SETTLED = [
  String.raw`\bmy\s+will\s+is\s+(?:done|sorted|written|made|signed|in\s+order)\b|\b(?:made|written|sorted(?:\s+out)?|done|signed)\s+(?:my|the)\s+will\b`,
  String.raw`\b(?:my\s+)?debts\s+(?:are\s+)?(?:all\s+)?(?:paid|settled|cleared)\b|\bpaid\s+off\s+(?:the|my)\s+(?:card|cards|debts?|loan|overdraft)\b`,
  String.raw`\b(?:my|the)\s+(?:cat|dog|rabbit|budgie|hamster)\s+(?:has|have|'s\s+got)\s+(?:a\s+)?new\s+home\b`,
  String.raw`\b(?:cancelled|canceled)\s+my\s+(?:phone|contract|gym|subscriptions?|direct\s+debits?)\b`,
  String.raw`\bmy\s+affairs\s+(?:are\s+)?in\s+order\b`,
  String.raw`\b(?:given|gave)\s+away\s+(?:my|all\s+my)\b(?![^.!?\n]{0,40}?\b(?:charity|shop|ebay|vinted|clothes|declutter\w*|sold|selling)\b)`,
  String.raw`\bmy\s+(?:phone|contract|gym|subscriptions?)\s+(?:is|are|'s)\s+(?:cancelled|canceled)\b`,
].join('|')

/** A means or a place, mentioned sideways: "I've been to the bridge twice", "I keep thinking about the train line", "saved enough of the tablets". */
export const MEANS_SIDEWAYS = [
  String.raw`\bmake\s+it\s+look\s+like\s+an\s+accident\b`,
  String.raw`\b(?:been\s+(?:to|down\s+to|up\s+to|back\s+to)|keep\s+(?:thinking\s+about|going\s+(?:back\s+)?to)|(?:saved|kept|stockpiled|collected|got)\s+(?:up\s+)?(?:enough\s+(?:of\s+)?)?)\s*(?:the\s+|my\s+)?(?:[\p{L}]+\s+)?(?:bridge|train\s+line|railway(?:\s+line)?|tracks|cliffs?|tablets|pills|rope|platform|river|pier)\b`,
].join('|')

/** Strong enough alone: "there won't be a me to argue with", "there won't be any more of me", goodbye letters. */
export const ALONE = [
  String.raw`\bthere\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:a\s+me|any\s+more\s+of\s+me|anything\s+left\s+of\s+me)\b`,
  // Letters written round the writer's own people to say goodbye: "I have written to my brother too, and to my old
  // teacher, to say thank you and goodbye" (not to the reader's people: "I've written to your mum to say goodbye").
  String.raw`\b(?:i'?ve|i\s+have)\s+(?:already\s+|also\s+)?written\s+to\s+(?!(?:your|ur)\b)[^.!?\n]{0,60}?\bto\s+say\s+(?:(?:thank\s+you|thanks|sorry)\s+and\s+)?goodbye\b`,
].join('|')

/**
 * Not a farewell of the writer's life: a journey or a move, a relative's death, recovery, a work trip. Read backwards
 * from the end of the pair (up to 160 characters, so the whole pair and what comes before) and forwards (80).
 */
const ORDINARY = String.raw`\b(?:flight|flights|fly|flying|flew|plane|airport|trip|holiday|travel\w*|abroad|moving|move\s+to|moved|emigrat\w*|relocat\w*|posting|deploy\w*|away\s+(?:for|this|next|until|till)|funeral|passed\s+away|died|got\s+help|getting\s+help|therapy|therapist|counsell?(?:ing|or)|doing\s+(?:much\s+)?better|better\s+now|sold\s+the|selling\s+the|house\s+sale|new\s+job|visa|on\s+top\s+of\s+things|fresh\s+start|new\s+start|start(?:ing)?\s+(?:again|over)|lawyers?|mediat\w*|court|new\s+(?:place|flat|house|city|town)|estate\s+agent|landlord|lease|tenancy|i'?m\s+working|on\s+(?:nights|shift|call)|night\s+shift|work\s+trip|separat\w*|divorc\w*|split\s+up|break-?up|moved\s+out|moving\s+out|settled)\b`
export const NOT_AN_ORDINARY_GOODBYE = `(?<!${ORDINARY}[^.!?\\n]{0,160})(?![^.!?\\n]{0,80}?${ORDINARY})`

/**
 * Two cues of different kinds in one sentence, either order, up to {@link GAP} apart (two of the affairs put in order
 * count too), guarded by {@link NOT_AN_ORDINARY_GOODBYE}. One alternative per kind the pair starts from.
 */
export function farewellPairs(): string {
  const kinds: Record<string, string> = {
    F: FINALITY,
    A: ABSENCE,
    Ls: LEFT_BEHIND,
    Lw: LEFT_WITH,
    W: WEARY,
    M: MEANS_SIDEWAYS,
    S: SETTLED,
    R: RESOLVED,
  }
  /** Which kinds each kind pairs with (the table is symmetric). */
  const partners: Record<string, string[]> = {
    F: ['A', 'Ls', 'W', 'M', 'S'],
    A: ['F', 'Ls', 'Lw', 'W', 'M', 'S', 'R'],
    Ls: ['F', 'A', 'W', 'M', 'S', 'R'],
    Lw: ['A', 'W', 'M', 'S'],
    W: ['F', 'A', 'Ls', 'Lw', 'M', 'S', 'R'],
    M: ['F', 'A', 'Ls', 'Lw', 'W', 'S', 'R'],
    S: ['F', 'A', 'Ls', 'Lw', 'W', 'M', 'S', 'R'],
    R: ['A', 'Ls', 'W', 'M', 'S', 'R'],
  }
  // Top-level alternatives, one per cue the pair starts from: the engine splits them, and the prefilter runs each only
  // on a sentence that has that cue's own words (a whole kind as one alternative let most sentences through).
  const pairs = Object.keys(kinds).flatMap((k) => {
    const rest = `(?:${(partners[k] ?? []).map((o) => kinds[o]).join('|')})${NOT_AN_ORDINARY_GOODBYE}`
    return (kinds[k] as string).split(CUE).map((cue) => `${cue}${GAP}${rest}`)
  })
  return [...pairs, `(?:${ALONE})${NOT_AN_ORDINARY_GOODBYE}`].join('|')
}
