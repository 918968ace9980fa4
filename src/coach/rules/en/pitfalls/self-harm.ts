// Statements of not wanting to live, direct ("I want to die") or indirect ("everyone would be better
// off without me"). The app answers with care and support resources, not a lint: no rewrite is offered.
// Idioms that say nothing about the writer's own life ("I'm dying to see you", "this job is killing
// me", "I could die of embarrassment") and "can't go on like this" about a habit are left alone. When
// the writer's own life is in question and it could be hyperbole ("I'd rather be dead than…"), it is
// flagged: the answer is care, and a missed case costs more than a false one.
import {
  CANT_OR_WORN,
  CLAUSE_END,
  DEATH_WORDS,
  DROP_PLACE,
  FIRST_PERSON,
  HOLDING_ON,
  INTENT,
  LEAP,
  MEANS,
  MEANS_HELD,
  MY_DEATH,
  NOT_ANOTHER,
  NOT_LIVING,
  NOT_MOVING,
  OTHER_MORTALS,
  SELF_KILLING_VERBS,
  THROW,
  VEHICLE,
  WATER,
} from '../../../lexicon/en/death.js'
import { farewellPairs } from '../../../lexicon/en/farewell-cues.js'
import { WILL_AS_PAPERWORK } from '../../../lexicon/en/logistics.js'
import { KIDS, MUM_OR_DAD } from '../../../lexicon/en/people.js'
import { defineRule, nextSentenceOpens, sentenceWith } from '../define.js'

/** "without", with its texting forms. */
const WITHOUT = '(?:without|w/o|w/out|witout|whithout)'
const ANYMORE = '(?:any ?more|any longer|no more|no longer)'
/** The clause ends here: punctuation, end of text, an emoji, or a joining word. */
const ENDS =
  "(?=\\s*(?:[.!?,;:…)\\n]|$|\\p{Extended_Pictographic}|(?:and|but|so|because|cause|cuz|bc|i|im|i'm|tbh|ngl|tho|lol|rn|fr)\\b))"
/** Adverbs that may sit between the subject and the verb. */
const ADV =
  '(?:\\s+(?:just|really|honestly|sometimes|often|still|kinda|kind of|actually|seriously|truly|only|literally|almost|genuinely|simply|do|did|even)){0,3}'
/** Who would be "better off": people around the writer (not "you", which usually means the relationship). */
const OTHERS =
  "(?:every(?:one|body|1)(?:\\s+else)?|the\\s+world|my\\s+(?:family|kids|children|friends|parents|mum|mom|dad|son|daughter|sister|brother|wife|husband|partner|flatmates?)|the\\s+(?:kids|children|girls|boys)|(?:mum|mom|mam|dad)(?=\\s)|they(?:'?d(?=\\s)|(?=\\s+(?:would|all)\\s))|all\\s+of\\s+(?:you|u|them)|people|(?:you|u)(?:'?d|\\s+would|'?ll|\\s+will)?\\s+all|y'?all)"
const IF_I_WERE_GONE =
  "if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:was|were|'?m|am)\\s+(?:gone|dead|not\\s+(?:here|around|alive)(?:\\s+any\\s?more)?)|if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:wasn'?t|weren'?t|wasnt|werent)\\s+(?:here|around|alive)(?:\\s+any\\s?more)?|if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:didn'?t|did\\s+not|didnt|never)\\s+(?:wake|woke)\\s+up(?!\\s+(?:early|in\\s+time|on\\s+time|until|till|before|for|at|with|next\\s+to)\\b)|if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:(?:wasn'?t|weren'?t|was\\s+not|were\\s+not)\\s+in\\s+the\\s+picture|(?:was|were|'?m)\\s+out\\s+of\\s+the\\s+picture)(?:\\s+any\\s?more)?|if\\s+i\\s+(?:just\\s+|quietly\\s+)?(?:(?:slipped|faded)\\s+away(?:\\s+quietly)?(?!\\s+(?:from|early|to|for|at|into|before|after|with|home|during|in)\\b)|disappeared|vanished|stopped\\s+(?:existing|breathing)|ceased\\s+to\\s+exist|died|left\\s+for\\s+good|was\\s+never\\s+born|had\\s+never\\s+been\\s+born|didn'?t\\s+exist)"
;('(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|job|flat|house|lease|contract|transfer|visa|flight|trip|travel(?:l?ing)?|posted|abroad|city|country|office|working|shifts?|rigs?|offshore|holiday|conference|deployed|deployment|tour)\\b)')
/** Where the wish not to have woken ends: the clause ends, or after an accident, in hospital, again ("I wish I'd never
 * woken up after the accident"); "…woken up so grumpy" is not it. */
const WAKE_END = String.raw`(?=\s*(?:[.!?,;:…]|$)|\s+(?:after|again|at\s+all|this\s+morning|today|from|in\s+(?:the\s+)?(?:hospital|a&e|icu|ward|ambulance|recovery)|there|ever|that\s+(?:day|night|morning))(?![\w]))`
/** Waking up late or early is not the wish: "I wish I hadn't woken up so late". */
const NOT_LATE = String.raw`(?!\s+(?:so\s+|too\s+|that\s+)?(?:late|early|in\s+time|on\s+time|at\s+\d|before|until|till|with|next\s+to|in\s+(?:a|the)\s+(?:bad|good|foul)\s+mood)(?![\w]))`
/**
 * The paperwork's own letter: one the reader will get from a solicitor, a bank or a court ("you'll get a letter from my
 * solicitor", "the solicitor's letter"), or one the reader is told not to be surprised or confused by ("so please don't
 * be surprised by the letter"), with nothing after it that makes it the writer's own ("the letter I've left", "…for you
 * to read", "…in the drawer"). See the will antipattern for why.
 */
const OFFICIAL_LETTER = String.raw`(?:(?<=\b(?:solicitor|lawyer|attorney|bank|court|council|probate|legal|formal|official|executor|insurer|pension)(?:'?s)?\s+)(?:notes?|letters?)|(?:notes?|letters?)(?=\s+(?:from|by|via|through)\s+(?:(?:my|the|their|his|her|a|our)\s+)?(?:solicitor|lawyer|attorney|bank|court|council|mediator|executor|probate|registry|insurer|pension|accountant)s?\b)|(?<=\b(?:surprised|confused|alarmed|worried|shocked|thrown|puzzled|panic)\s+(?:by|at|about|when\s+(?:you|u)\s+(?:get|see|receive))\s+(?:the|a|any)\s+(?:official\s+|formal\s+)?)(?:notes?|letters?))(?![^.!?\n]{0,40}?\b(?:i'?ve\s+(?:left|written)|i\s+(?:have\s+)?(?:left|wrote|written)|i'?ll\s+leave|for\s+(?:you|u|them|everyone|the\s+kids)\s+to\s+(?:read|find|open)|(?:in|on|under)\s+the\s+(?:drawer|table|desk|bed|pillow|kitchen|mantelpiece)|after\s+i'?m|when\s+i'?m\s+gone|goodbye)\b)`

/**
 * A will's sentence that turns into a farewell: "…and I won't be needing anything after this", "…for when I'm gone",
 * letters and notes left. A letter of the paperwork itself ({@link OFFICIAL_LETTER}) is no farewell.
 */
const WILL_FAREWELL = String.raw`\b(?:won'?t\s+(?:need|be\s+(?:needing|around|here))|not\s+(?:be\s+)?(?:needing|around\s+much)|(?:when|after|once)\s+i'?m\s+gone|for\s+when|goodbyes?|last\s+(?:letter|time|night|thing)|ready\s+(?:now|to\s+go)|in\s+order|(?!${OFFICIAL_LETTER})(?:notes?|letters?)|everyone\s+i\s+love|one\s+less\s+thing|nothing\s+left|no\s+(?:point|reason)|tidy|tidied)\b`
/** …would be better off, or would breathe easier, have one less thing to worry about, get a better life. */
const WOULD_BE_BETTER =
  "\\s+(?:(?:would|will|'?d|'?ll|wud|wd|wld)\\s+)?(?:(?:be|are|is|b)\\s+(?:so\\s+much\\s+|much\\s+|all\\s+|a\\s+lot\\s+|far\\s+)?(?:better(?:\\s+off)?|happier|easier|freer|lighter|calmer|more\\s+peaceful|relieved)|(?:all\\s+)?(?:breathe|sleep|live|rest)\\s+(?:so\\s+much\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?(?:easier|easy|better|freer|happier)|(?:all\\s+)?(?:have|get)\\s+(?:one\\s+less\\s+(?:thing|problem|worry|burden|mouth)(?:\\s+to\\s+(?:worry\\s+about|deal\\s+with|think\\s+about|feed))?|(?:an?\\s+)?(?:much\\s+|far\\s+|so\\s+much\\s+)?(?:better|easier|happier|calmer)\\s+(?:life|lives|chance\\s+in\\s+life)))\\s+"

/**
 * Fifteenth round (care15): the wish said flatly or sideways, in the wordings a blind set showed the rule missing. Each
 * alternative starts from a literal word the prefilter can require.
 */
const SAID_FLATLY = [
  // Others managing, or better, without the writer: "the girls would manage fine with just you, probably better";
  // "Mum would get over it in time"; "you'd hardly notice I was gone"; "nobody would have to worry about me any more".
  String.raw`{B}(?:the\s+(?:kids|children|girls|boys)|my\s+(?:kids|children|girls|boys|family|mum|mom|dad|parents|sister|brother)|mum|mom|mam|dad|they|everyone|everybody|you\s+and\s+the\s+(?:kids|children|girls|boys))\s+(?:would|'d|wud)\s+(?:all\s+)?(?:manage|cope|get\s+by|get\s+on|do|be\s+(?:fine|ok|okay|alright|all\s+right))(?:\s+(?:fine|ok|okay|just\s+fine|perfectly\s+well|well|\p{L}+ly))?\s+(?:with\s+just\s+(?:you|u)|on\s+(?:their|your)\s+own|without\s+me)\s*,?\s+(?:probably|maybe|perhaps|honestly|likely|even|if\s+not)?\s*better(?:\s+(?:off|even))?(?![\p{L}])`,
  String.raw`{B}(?:mum|mom|mam|dad|my\s+(?:mum|mom|dad|parents|family|sister|brother|kids|friends)|the\s+(?:kids|girls|boys)|they|everyone|everybody)\s+(?:would|'d|will|'ll)\s+(?:all\s+)?get\s+over\s+it\s+(?:in\s+time|eventually|soon\s+enough|quickly|fast|in\s+the\s+end)(?![^.!?\n]{0,60}?\b(?:if|when|once|always|comes?\s+round|came\s+round|about|wedding|engagement|news|baby|tattoo|party|job)\b)`,
  String.raw`{B}(?:hardly|barely|even|not|never|n't|nt)\s+(?:even\s+)?notice\s+(?:that\s+|if\s+|when\s+)?i(?:'?m|\s+am|\s+was|\s+were|'?d|\s+had)\s+(?:gone|not\s+(?:here|around|there)|missing)(?![^.!?\n]{0,30}?\b(?:for\s+(?:the|a)\s+(?:weekend|day|week|night|bit|while|month)|on\s+holiday|at\s+work|from\s+(?:the|work)|camping)\b)`,
  String.raw`{B}(?:nobody|no\s*one|no-one|noone|(?:you|u|they|mum|mom|dad|anyone|anybody|the\s+kids)\s+(?:won'?t|wont|wouldn'?t|wouldnt|will\s+not|would\s+not|will\s+never|'?ll\s+never|(?:would|'?d)\s+never))\s+(?:would\s+|'?d\s+|will\s+|'?ll\s+|ever\s+)?(?:have|need|got)\s+to\s+(?:worry|think|bother|deal)\s+(?:about|with|w/?)\s+me\s+(?:any\s?more|again|ever\s+again|for\s+(?:much|very)\s+long(?:er)?|much\s+longer|soon)(?![^.!?\n]{0,50}?\b(?:doing\s+(?:well|fine|better|ok|okay|great)|i'?m\s+(?:fine|ok|okay|good|well|sorted|better|safe)|got\s+(?:a|the)|new\s+(?:job|place|flat))\b)${NOT_MOVING}`,
  // Arrangements: who gets the dog "after"; letters for the kids "just in case"; insurance so they'll be alright; the
  // cat fed "if nobody hears from me".
  String.raw`{B}(?:sorted|worked|figured|arranged|decided|organised|organized)\s+(?:out\s+)?who(?:\s+(?:gets|'?ll\s+get|will\s+get|takes|'?ll\s+take|will\s+take|'?ll\s+have|will\s+have|has|should\s+(?:get|have|take))|'?s\s+(?:having|getting|taking)|\s+is\s+(?:having|getting|taking))\s+[^.!?\n]{1,40}?\b(?:after(?=\s*(?:[,.;!?…]|$))|afterwards|when\s+i'?m\s+(?:gone|not\s+here)|knows?\s+what\s+to\s+do|whatever\s+happens|for\s+after)`,
  String.raw`{B}(?:written|wrote|writing|left|recorded|made)\s+(?:some\s+|a\s+few\s+)?(?:letters?|notes?|cards?|videos?|messages?)\s+(?:for|to)\s+(?:the\s+(?:kids|girls|boys|children)|my\s+\p{L}+|each\s+of\s+\p{L}+|everyone|them)\b[^.!?\n]{0,40}?(?:,\s*|\s+)(?:just\s+)?in\s+case(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:life\s+insurance|life\s+cover|life\s+policy|death\s+in\s+service|insurance(?:\s+policy)?)\b[^.!?\n]{0,40}?\bso\s+(?:you|u|the\s+(?:kids|boys|girls|children)|you\s+and\s+the\s+\p{L}+|they|everyone|my\s+\p{L}+)\s+(?:will|'?ll|would|'?d|are\s+going\s+to)\s+(?:be\s+)?(?:all\s*right|alright|ok|okay|fine|sorted|looked\s+after|covered|provided\s+for|taken\s+care\s+of|never\s+(?:struggle|want))(?![^.!?\n]{0,60}?\b(?:if\s+(?:anything|something)|god\s+forbid|mortgage|sensible|responsible|in\s+case)\b)(?<![^.!?\n]{0,80}\b(?:if\s+(?:anything|something)|god\s+forbid|mortgage|sensible|responsible|in\s+case)\b[^.!?\n]{0,80})`,
  String.raw`{B}if\s+(?:nobody|no\s*one|no-one|noone)\s+(?:hears?|heard)\s+from\s+me${NOT_MOVING}(?![^.!?\n]{0,60}?\b(?:signal|reception|hik\w*|camping|highlands|trek\w*|climb\w*|mountains?|festival|sailing|boat|battery|wifi|off\s+grid)\b)`,
  // Farewells: the last thing written "to anyone"; goodbyes said to everyone.
  String.raw`{B}(?:last|final)\s+(?:thing|letter|message|note|words?|text)\s+i\b[^.!?\n]{0,30}?\b(?:to|for)\s+any(?:one|body|\s+one)(?![\p{L}])(?!\s+(?:about|else\s+about)\b)`,
  String.raw`{B}(?:saying|said|say|been\s+saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:everyone|everybody|people|all\s+(?:of\s+)?(?:my|the)\s+\p{L}+|the\s+people\s+i\s+love|my\s+(?:family|friends|mum|mom|dad|kids|sister|brother))(?![^.!?\n]{0,50}?\b(?:at\s+(?:work|the\s+(?:office|party|station|airport))|leaving|party|drinks|before\s+(?:i|we)\s+(?:go|leave|head|fly|move)|wedding|graduation|school)\b)${NOT_MOVING}`,
  // Tired of living, said flatly: "so tired of waking up every morning", "knackered of living", "most days I'd rather
  // not", "the point of the mornings", no plans past Friday.
  String.raw`{B}(?:tired|sick|weary|knackered|exhausted|done|fed\s+up|had\s+enough|'ve\s+had\s+enough)\s+(?:of|with)\s+(?:[^.!?\n]{1,25}?,\s*(?:and\s+)?(?:of\s+)?)?(?:waking\s+up|being\s+alive|living|existing|breathing|life|being\s+here)(?=\s+(?:every|each|most|some|any\s?more|tbh|honestly|ngl|not\s+gonna\s+lie|now|to\s+be\s+honest|and|but)\b|\s*(?:[.!?,;:…]|$)|\s*\p{Extended_Pictographic})${NOT_MOVING}`,
  String.raw`{B}(?:most|some|many|lots\s+of)\s+(?:days|mornings|nights)\b[^.!?\n]{0,15}?\b(?:i'?d|i\s+would|id)\s+(?:much\s+)?(?:rather|sooner)\s+not(?:\s+(?:be\s+here|be\s+around|wake\s+up|exist|be\s+alive))?${ENDS}`,
  String.raw`{B}(?:no|the|any|what'?s\s+the|whats\s+the)\s+point\s+(?:(?:of|in|to)\s+)?(?:the\s+)?(?:mornings?|getting\s+up|waking\s+up|(?:me\s+)?(?:being|staying)\s+(?:here|alive|around)|another\s+day|tomorrow|going\s+on|carrying\s+on|trying\s+any\s?more|me)(?:\s+any\s?more)?${ENDS}`,
  String.raw`{B}(?:stopped|stop|given\s+up|gave\s+up|quit|no\s+longer|not|don'?t|dont|do\s+not|haven'?t|havent|can'?t|cant)\s+(?:bother(?:ing)?\s+)?(?:making|make|made|booking|book)\s+(?:any\s+)?plans?\s+(?:past|beyond|further\s+than|after)\s+(?:this\s+|next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the\s+weekend|this\s+week|next\s+week|christmas|the\s+end\s+of\s+the\s+(?:week|month))(?![^.!?\n]{0,40}?\b(?:work|shift|rota|busy|mad|hectic|schedule|exams?|deadline|baby)\b)`,
  // Places and means told sideways: the bridge at night, the platform and the fast trains, tablets saved, the car in
  // the garage with the engine running, how many pills it would take.
  String.raw`{B}(?<!\b(?:we|us)\s+(?:\p{L}+\s+){0,2})(?:go|goes|going|gone|went|walk(?:ing|ed|s)?|driv(?:e|ing|en)|drove|head(?:ing|ed)?|been)\s+(?:up\s+|down\s+|out\s+|back\s+)?(?:to\s+)?the\s+(?:bridge|cliffs?|cliff\s+top|clifftop|viaduct|railway\s+(?:line|bridge)|tracks|quarry|multi-?storey|car\s+park\s+roof|rooftop|top\s+floor|weir|edge|pier|jetty|sea\s+wall|harbour\s+wall|breakwater)\b(?=[^.!?\n]{0,40}?\b(?:at\s+night|every\s+night|most\s+nights|late\s+at\s+night|in\s+the\s+middle\s+of\s+the\s+night|(?:and|to)\s+(?:just\s+)?(?:stand|standing|stood|sit|sitting|sat|stare|staring|look\s+down|looking\s+down))\b)(?![^.!?\n]{0,60}?\b(?:where\s+we|with\s+(?:you|u|the\s+(?:kids|dog)|friends|mates|my\s+\p{L}+)|our\s+first|first\s+kiss|fish(?:ing)?|the\s+dog|for\s+a\s+(?:walk|run|jog)|run(?:ning)?|jog(?:ging)?|photos?|photograph\w*|stars|sunset|sunrise|bats|birds?|painted|repainted|chips|ice\s+cream|arcade|swim\w*|crab\w*|kids|to\s+(?:see|watch|look\s+at|catch)|northern\s+lights|aurora|meteor\w*|moon)\b)(?![^.!?\n]{0,120}?\bknow\s+why\s+i\b)`,
  String.raw`{B}(?:stand|standing|stood|sit|sitting|sat|wait|waiting|waited)\s+(?:on|at|by|near)\s+(?:the\s+)?(?:station\s+)?(?:platform|tracks|level\s+crossing)\b[^.!?\n]{0,40}?\b(?:letting|watching|let|watched)\s+(?:the\s+)?(?:fast\s+|express\s+|non-?stop\s+|freight\s+)?trains?\s+(?:go|pass|rush|fly|speed|thunder|come)\b(?![^.!?\n]{0,50}?\b(?:full|packed|rammed|crowded|busy|strike|delay\w*|cancel\w*|wrong|late|rush\s+hour|commut\w*|get\s+on|squeeze|spotting)\b)`,
  String.raw`{B}(?:sav(?:e|ing|ed)|stockpil(?:e|ing|ed)|hoard(?:ing|ed)?|stash(?:ing|ed)?|squirrel(?:l?ing|l?ed)\s+away|put\s+aside|putting\s+aside|building\s+up|built\s+up)\s+(?:up\s+)?(?:all\s+)?(?:my|the|some|a\s+few\s+of\s+my|enough)\s+(?:\p{L}+\s+)?(?:tablets|pills|meds|medication|painkillers|paracetamol|antidepressants|insulin)(?![^.!?\n]{0,40}?\b(?:for\s+(?:the|my|our)\s+(?:trip|holiday|flight|travels?)|travel\w*|holiday|abroad|pharmacy|chemist|shortage|repeat)\b)`,
  String.raw`{B}(?:engine|motor)\s+(?:running|on|ticking\s+over)\b[^.!?\n]{0,40}?\b(?:garage|doors?\s+(?:shut|closed)|hose|pipe)\b|{B}garage\b[^.!?\n]{0,40}?\b(?:engine|motor)\s+(?:running|on)\b|{B}(?<!\b(?:we|us)\s+(?:\p{L}+\s+){0,2})(?:sat|sitting|sit)\s+in\s+the\s+car\s+in\s+the\s+(?:closed\s+|locked\s+)?garage\b(?![^.!?\n]{0,40}?\b(?:rain\w*|chips|radio|music|remember)\b)`,
  String.raw`{B}(?:look(?:ed|ing)?|googl(?:e|ed|ing)|search(?:ed|ing)|read(?:ing)?|research(?:ed|ing)|check(?:ed|ing)|work(?:ed|ing)\s+out)\s+(?:up\s+|online\s+)?how\s+(?:many|much)\s+(?:of\s+)?(?:my\s+|the\s+|these\s+|those\s+)?(?:\p{L}+\s+){0,2}?(?:pills|tablets|paracetamol|painkillers|meds|insulin|antidepressants|codeine|co-?codamol)\b[^.!?\n]{0,30}?\b(?:it\s+(?:would|will|'?d)\s+take|it\s+takes|(?:would|will|'?d)\s+(?:do\s+it|be\s+enough|kill)|is\s+(?:too\s+many|enough|fatal|lethal)|to\s+(?:die|not\s+wake|end\s+it|be\s+sure))`,
  // Disappearing for good: "go somewhere no one knows me and not come back", "walk off one night and never come back".
  String.raw`{B}somewhere\s+(?:no\s*one|nobody|no-one|noone)\s+knows\s+me\b[^.!?\n]{0,20}?\s(?:and|n|&)\s+(?:just\s+)?(?:not|never)\s+(?:come|coming)\s+back|{B}(?:walk|walking|drive|driving|swim|swimming|wander|wandering)\s+(?:off|out|away)\s+(?:one\s+(?:day|night)\s+)?(?:and|n|&)\s+(?:just\s+)?(?:not|never)\s+(?:come|coming)\s+back${NOT_MOVING}`,
  // Texting and non-native: "cant see me being here much longer", "I am not wanting to live", "living is too heavy".
  String.raw`{B}(?:can'?t|cant|cannot|don'?t|dont|do\s+not|couldn'?t)\s+see\s+(?:me|myself)\s+(?:being|staying|sticking)\s+(?:here|around|alive)\s+(?:much\s+longer|for\s+(?:much\s+)?long(?:er)?|any\s?more|past|beyond|by|til|till|until|next)${NOT_MOVING}`,
  String.raw`{B}(?:living|being\s+alive|staying\s+alive|existing)\s+(?:is|has\s+become|feels|'s|became|is\s+becoming)\s+(?:just\s+|simply\s+)?(?:too|so)\s+(?:heavy|painful|much|hard|unbearable)(?:\s+(?:now|for\s+me|to\s+bear))?${ENDS}|{B}life\s+(?:is|has\s+become|feels)\s+(?:just\s+)?too\s+(?:heavy|painful|unbearable|much\s+to\s+bear)${ENDS}`,
  String.raw`{B}(?:am|'m|m)\s+not\s+wanting\s+to\s+(?:live|be\s+alive|exist|go\s+on\s+living|continue\s+(?:living|my\s+life|this\s+life|to\s+live)|wake\s+up)(?![\p{L}])(?!\s+(?:in|at|with|there|here|near)\b)`,
  // "it gets better but I don't want to find out"; "if I just wasn't"; "I don't want to be alive for whatever comes next";
  // "wants to stop, all of it, for good"; "free of me soon"; not around to see a child start school.
  String.raw`{B}(?:get|gets|will\s+get|'ll\s+get|getting)\s+better\b[^.!?\n]{0,25}?\b(?:don'?t|dont|do\s+not)\s+(?:want|wanna)\s+to\s+(?:find\s+out|wait|stick\s+around|be\s+here\s+to\s+see)${ENDS}(?![^.!?\n]{0,40}?\b(?:booked|therapist|therapy|counsell?or|counsell?ing|doctor|gp|help|course|app)\b)`,
  String.raw`{B}if\s+i\s+(?:just\s+|simply\s+)?(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not|didn'?t\s+exist|did\s+not\s+exist|didnt\s+exist)(?=\s*(?:[.!?,;:…)\n]|$)|\s+(?:any\s?more|anywhere|at\s+all)\b)`,
  String.raw`{B}(?:don'?t|dont|do\s+not)\s+(?:really\s+|even\s+)?(?:want\s+to|wanna)\s+(?:be\s+alive|stay\s+alive|go\s+on\s+living|keep\s+living)(?![\p{L}])(?!\s+in\s+\d)(?![^.!?\n]{0,40}?\b(?:sun\s+(?:burns|dies|explodes)|ha|haha|lol|obviously|joking|kidding|when\s+i'?m\s+(?:old|ninety|a\s+hundred|\d+))\b)`,
  String.raw`{B}(?:want|wants|wanted|wanna|need|needs)\s+(?:it\s+(?:all\s+)?|everything\s+|all\s+of\s+it\s+)?to\s+(?:just\s+)?stop\s*,?\s+(?:(?:all\s+of\s+it|everything|it\s+all)\s*,?\s+)?(?:for\s+good|forever|for\s+ever|permanently)${ENDS}`,
  String.raw`{B}(?:free|rid)\s+of\s+me\s+(?:soon|before\s+long|very\s+soon|shortly)(?![^.!?\n]{0,50}?\b(?:sell|sold|sale|divorce|papers|signed|boxes|stuff|things|keys|lease|solicitor|custody|collect\w*|pick\s+up|letter|write|writing|message|contact|text)\b)${NOT_MOVING}`,
  String.raw`{B}(?:i\s+(?:won'?t|wont|will\s+not|might\s+not|may\s+not)|i'?m\s+not\s+going\s+to|(?:don'?t|dont)\s+think\s+i'?ll|dont\s+think\s+ill|doubt\s+i'?ll)\s+be\s+(?:around|here|alive)\s+(?:long\s+enough\s+)?to\s+(?:see|watch)\s+(?:\p{L}+\s+){1,3}?(?:start|grow\s+up|graduate|finish|turn\s+\p{L}+|get\s+married|walk|leave\s+school|born)\b${NOT_MOVING}`,
  // Care15's letters: "the lads would be fine without me"; "dont need them where im going"; "before it's too late for me
  // to return it".
  String.raw`{B}(?:the|my)\s+(?:lads|girls|boys|kids|family|friends|mates|parents|folks|lot)\s+(?:would|'d)\s+(?:all\s+)?be\s+(?:just\s+)?(?:fine|ok|okay|alright|grand)\s+without\s+me(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:won'?t|wont|don'?t|dont|will\s+not|do\s+not|not\s+going\s+to)\s+(?:need|be\s+needing)\s+(?:them|it|any\s+of\s+(?:it|them|this|that)|much|anything|those|these)\s+where\s+i'?m\s+going(?![^.!?\n]{0,40}?\b(?:hot|sunny|degrees|warm|cold|beach|coats?|jumpers?|summer|winter|climate|weather)\b)(?<![^.!?\n]{0,60}\b(?:mov(?:e|ing)|flight|fly(?:ing)?|emigrat\w*|relocat\w*|abroad|holiday|trip|hot|sunny|beach)\b[^.!?\n]{0,60})${NOT_MOVING}`,
  String.raw`{B}before\s+it(?:'?s|\s+is|\s+gets)\s+too\s+late\s+for\s+me(?=\s+to\s+(?:give|return|hand|say|tell|pass|send)\b|\s*(?:[.!?,;…]|$))`,
  // Care15's second recall sweep: "they'd barely miss me"; "i dont really see myself getting old"; eating stopped, "what does
  // it matter"; "it doesn't matter what happens to me now"; nothing to sort after; "if it all stopped tomorrow I wouldn't
  // mind"; "tell him his uncle loved him, in case"; "ready to go now, I've said what I needed to say"; "pointless me being
  // here"; "thought about how I'd do it"; "won't be a bother to any of you much longer".
  String.raw`{B}(?:they|the\s+(?:kids|children|girls|boys|lads)|nobody|no\s*one|no-one|anyone|everyone|everybody|my\s+(?:kids|family|friends))(?:\s+(?:would|will|wouldn'?t|won'?t)|'d|'ll)\s+(?:even\s+)?(?:barely|hardly|even|not\s+even|really|actually)?\s*miss\s+me(?:\s+(?:much|at\s+all|any\s?more|for\s+long))?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:really\s+)?see\s+(?:me|myself)\s+(?:getting|growing)\s+old(?:er)?${ENDS}`,
  String.raw`{B}stopped\s+eating(?:\s+(?:properly|much|at\s+all|anything))?(?=\s*[,;]|\s+and\b)[^.!?\n]{0,40}?\b(?:what\s+does\s+it\s+matter|what'?s\s+the\s+point|who\s+cares|doesn'?t\s+matter|no\s+point)|{B}(?:doesn'?t|does\s+not|dont)\s+(?:really\s+)?matter\s+(?:any\s?more\s+)?what\s+happens\s+to\s+me(?:\s+(?:now|any\s?more))?(?=\s*(?:[.!?…]|$))`,
  String.raw`{B}(?:won'?t|wont|will\s+not)\s+be\s+(?:anything|much)\s+(?:left\s+)?(?:for\s+(?:anyone|you|u|them)\s+)?to\s+(?:sort(?:\s+out)?|deal\s+with|clear\s+up)\s+after(?:wards)?(?=\s*(?:[.!?,;…]|$))|{B}nothing\s+(?:left\s+)?(?:for\s+(?:anyone|you|u|them)\s+)?to\s+(?:sort(?:\s+out)?|deal\s+with|clear\s+up)\s+after(?:wards)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}if\s+(?:it\s+all|everything|my\s+life|my\s+heart|i)\s+(?:just\s+)?(?:stopped|ended)(?:\s+tomorrow|\s+tonight)?\b[^.!?\n]{0,10}?\bi\s+(?:wouldn'?t|would\s+not|wouldnt)\s+(?:mind|care)`,
  String.raw`{B}(?:tell|let)\s+[^.!?\n]{1,40}?\bloved\s+(?:him|her|them|you)(?:\s+(?:so\s+much|very\s+much|always))?\s*,?\s*in\s+case\s+i\b(?![^.!?\n]{0,40}?\b(?:at\s+the|before\s+(?:the|i\s+(?:go|leave|fly))|wedding|party|funeral)\b)`,
  String.raw`{B}ready\s+to\s+go\s+now\b[^.!?\n]{0,20}?\b(?:said|written)\s+(?:what|all|everything)`,
  String.raw`{B}pointless\s+(?:me\s+)?(?:being|staying)\s+(?:here|alive|around)`,
  String.raw`{B}(?:thought|think|thinking)\s+about\s+how\s+i'?d\s+do\s+it(?!\s+(?:differently|better|again|if|with|for)\b)(?=\s*(?:[.!?,;…]|$)|\s+(?:more|a\s+lot|every|often|lately|so\s+many)\b)`,
  String.raw`{B}(?:won'?t|wont|will\s+not)\s+be\s+(?:a\s+)?(?:bother|burden|problem|trouble|nuisance|weight)\s+to\s+(?:any\s+of\s+)?(?:you|u|anyone|anybody|them|you\s+all|yous)\s+(?:much|for\s+much|any|for\s+very)\s+longer(?![^.!?\n]{0,50}?\b(?:cast|spare\s+room|out\s+of\s+your|by\s+\p{L}+day|boxes|week)\b)${NOT_MOVING}`,
  // Care15's third recall sweep: affairs settled "so everything is tidy"; calm "now that I've decided"; one's own eulogy;
  // not making it to the new year; looking at traffic "and think how quick it'd be"; codeine from three chemists; into
  // the water "and just stood there"; on a roof "and look down"; better off not having to worry about me; "whatever
  // happens, know it was nobody's fault"; nothing left "in this life"; "my time is finished"; the dog looked after "when I
  // can't any more"; another forty years of this unbearable; the tallest bridges looked up; everything dark and quiet
  // forever.
  String.raw`{B}(?:settled|paid\s+off|cleared|squared)\s+(?:up\s+)?(?:all\s+)?my\s+(?:debts|bills|tab|accounts|affairs)\b${NOT_MOVING}(?![^.!?\n]{0,60}?\b(?:landlord|lease|rent|tenancy)\b)[^.!?\n]{0,60}?\b(?:tidy|in\s+order|squared\s+away|nothing\s+left\s+(?:to|for))\b(?![^.!?\n]{0,40}?\b(?:finally|free|celebrat\w*|fresh\s+start|new\s+start|mortgage|deposit)\b)`,
  String.raw`{B}(?:feel|feeling|felt)\s+(?:so\s+|really\s+|very\s+|strangely\s+|oddly\s+|quite\s+)?(?:calm|peaceful|at\s+peace|light|lighter|relieved)\s+(?:now\s+)?(?:that|since)\s+i(?:'?ve|\s+have)\s+(?:finally\s+)?(?:decided|made\s+(?:my|the)\s+(?:decision|choice)|made\s+up\s+my\s+mind)(?=\s*(?:[.!?…]|$))`,
  String.raw`{B}(?:wrote|written|writing|planned|planning|chose|chosen|picked|choosing)\s+(?:my\s+own\s+eulogy|the\s+(?:songs?|music|hymns?|readings?)\s+for\s+my\s+funeral|my\s+funeral\s+(?:songs?|music|hymns?|readings?))(?![^.!?\n]{0,60}?\b(?:exercise|course|class|workshop|therapist|assignment|homework|ha|haha|lol|morbid)\b)`,
  String.raw`{B}if\s+i\s+(?:don'?t|dont|do\s+not)\s+make\s+it\s+(?:to|through|past|till|until)\s+(?:the\s+)?(?:new\s+year|christmas|spring|summer|winter|autumn|fall|next\s+(?:week|month|year)|my\s+birthday|the\s+weekend|tomorrow|[a-z]+day)(?=\s*(?:[.!?,;…]|$))`,
  String.raw`(?<=\b(?:bridge|footbridge|traffic|tracks|trains?|platform|edge|roof|cliffs?|water|river|sea|pills|tablets|road|lorr(?:y|ies)|motorway|carriageway|drop|ledge|balcony)\b[^.!?\n]{0,80})(?:think|thinking|thought|wonder|wondering|imagine|imagining)\s+(?:about\s+)?how\s+(?:quick|quickly|easy|easily|fast|simple|painless)\s+it(?:'?d|\s+would|\s+could)\s+be(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:tablets|pills|meds|codeine|co-?codamol|paracetamol|painkillers|sleeping\s+pills|diazepam|tramadol)\b[^.!?\n]{0,30}?\b(?:from|at)\s+(?:two|three|four|five|several|different|a\s+few|multiple|various)\s+(?:different\s+)?(?:chemists|pharmacies|drugstores|shops|supermarkets)\b`,
  String.raw`{B}(?<!\b(?:we|us)\s+(?:\p{L}+\s+){0,2})(?:walked|waded|went|swam)\s+(?:out\s+)?into\s+the\s+(?:water|sea|river|lake|waves|surf|loch)\b(?![^.!?\n]{0,60}?\b(?:charity|dip|swim\w*|numb|freezing|cold|new\s+year|boxing\s+day|christmas\s+day|wetsuit|paddl\w*|surf\w*)\b)[^.!?\n]{0,40}?\band\s+(?:just\s+)?(?:stood\s+there|kept\s+(?:going|walking)|didn'?t\s+(?:stop|want\s+to\s+(?:stop|come\s+back|turn\s+back)))(?![^.!?\n]{0,30}?\b(?:laugh\w*|together|with\s+(?:you|u|the|my)|screaming|squealing|splash\w*)\b)`,
  String.raw`{B}(?<!\b(?:we|us)\s+(?:\p{L}+\s+){0,2})(?:sit|sitting|sat|stand|standing|stood)\s+(?:on|at)\s+(?:the\s+)?(?:roof|rooftop|edge|ledge|top\s+floor)\s+of\s+(?![^.!?\n]{0,60}?\b(?:pool|bath(?:tub)?|bed|sofa|stage|pitch|court|field|kids|children|swim\w*)\b)[^.!?\n]{1,40}?\b(?:and\s+)?(?:look|looking|looked|stare|staring|stared|gaze|gazing)\s+(?:down|over\s+the\s+edge)(?![^.!?\n]{0,30}?\b(?:view|lights|city|sunset|stars|crowd|pool|fireworks)\b)`,
  String.raw`{B}better\s+off\s+not\s+having\s+to\s+(?:worry\s+about|deal\s+with|look\s+after|care\s+for|think\s+about|carry)\s+me(?=\s*(?:[.!?,;…]|$)|\s+(?:every|all\s+the\s+time|any\s?more|at\s+all)\b)`,
  String.raw`{B}whatever\s+happens,?\s+(?:please\s+)?(?:know|remember|understand)\b[^.!?\n]{0,30}?\bfault`,
  String.raw`{B}nothing\s+(?:left\s+)?for\s+me\b[^.!?\n]{0,20}?\b(?:in\s+this\s+(?:life|world)|on\s+this\s+earth)(?![\p{L}])`,
  String.raw`{B}my\s+time\s+(?:is|has)\s+(?:finished|over|up|done|come)(?:\s+now)?(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,50}?\b(?:meeting|shift|turn|game|parking|lunch|break|session|slot|ticket|contract|role|team|club|job|tenure|term)\b)${NOT_MOVING}`,
  String.raw`{B}(?:look\s+after|take\s+care\s+of|feed|walk|mind)\s+[^.!?\n]{1,30}?\b(?:when|once|after)\s+i\s+(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to)\s+(?:any\s?more|any\s+longer)(?![\p{L}])`,
  String.raw`{B}(?:another|more)\s+(?:\p{L}+\s+)?(?:years|decades|days|months|weeks)\s+of\s+(?:this|living\s+like\s+this|this\s+life|being\s+me|feeling\s+like\s+this)\s+(?:is|are|feels|would\s+be|seems)\s+(?:just\s+)?(?:unbearable|too\s+much|impossible|more\s+than\s+i\s+can)`,
  String.raw`{B}(?:googl\w+|look(?:ed|ing)\s+up|search(?:ed|ing)\s+(?:for\s+)?|research(?:ed|ing))\s+(?:the\s+)?(?:tallest|highest|nearest)\s+(?:bridges?|buildings?|cliffs?|car\s+parks?|multi-?storeys?)(?![^.!?\n]{0,50}?\b(?:photos?|visit|trip|holiday|kids|climb|tour|view)\b)`,
  String.raw`{B}(?:want|wish|need)\s+(?:it\s+all|everything|the\s+world|it)\s+to\s+(?:just\s+)?(?:go|be|stay|turn)\s+(?:dark|black|quiet|silent|still)(?:\s+and\s+(?:dark|quiet|silent|still))?\s+(?:forever|for\s+good|for\s+ever|permanently)`,
  // Care15's fourth recall sweep (texting, Australian, non-native, formal): going bush "one day and that'll be that"; no
  // future for myself; the soul wanting rest; steps taken so I won't be a burden; my final arrangements; peace made with
  // not being here; "don't be alarmed when you hear the news, it was my choice"; the future holds nothing for me; driving
  // fast and hoping something happens; the seatbelt not worn, what's the point; hoping for something terminal; more
  // tablets than I should; the rope still in the shed; over the railing on the bridge; done "with everything, with me";
  // the next life, ready to find out.
  String.raw`{B}i(?:'ll|\s+will)\s+(?:just\s+)?(?:go|walk|drive|head|wander|disappear)\b[^.!?\n]{0,30}?\b(?:one\s+(?:day|night)|some\s*day|soon)\b[^.!?\n]{0,20}?\b(?:and|then)\s+(?:that'?ll|that\s+will)\s+be\s+(?:that|it|the\s+end\s+of\s+(?:it|me))(?![\p{L}])`,
  String.raw`{B}(?:not\s+seeing|can'?t\s+see|cant\s+see|cannot\s+see|don'?t\s+see|dont\s+see|do\s+not\s+see|see\s+no)\s+(?:any\s+|a\s+)?future\s+(?:for\s+(?:myself|me)|ahead\s+of\s+me)(?=\s*(?:[.!?;…]|$)|\s*,?\s*only\b|\s+(?:any\s?more|now|at\s+all)\b|\s+without\s+(?:you|u)\b)${NOT_MOVING}`,
  String.raw`{B}my\s+(?:soul|spirit|heart)\s+(?:is\s+)?(?:\p{L}+\s+){0,5}?(?:wants?|needs?|longs?\s+for|yearns?\s+for|is\s+ready\s+for)\s+(?:to\s+)?(?:rest|eternal\s+rest|peace|to\s+go)(?:\s+now|\s+forever|\s+for\s+ever)?(?=\s*(?:[.!?,;…]|$))|{B}(?:i\s+(?:want|need|long\s+for|am\s+ready\s+for|'m\s+ready\s+for)|ready\s+for)\s+(?:my\s+)?(?:eternal|final|everlasting)\s+rest(?![\p{L}])`,
  String.raw`{B}(?:taken|taking|took)\s+steps\s+to\s+(?:ensure|make\s+sure)\s+(?:that\s+)?i\s+(?:won'?t|will\s+not|am\s+not|'m\s+not)(?:\s+be(?:\s+(?:a\s+burden|one|any\s?more))?)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:make|making|made|sort|sorting|sorted|put|putting|finali[sz]e|finali[sz]ing)\s+my\s+final\s+(?:arrangements|preparations|goodbyes?|plans)(?![^.!?\n]{0,40}?\b(?:for\s+(?:the|our|my)\s+(?:wedding|party|trip|move|holiday|house|course|exam|visa)|wedding|party)\b)${NOT_MOVING}`,
  String.raw`{B}(?:made|making|make)\s+(?:my\s+)?peace\s+with\s+(?:the\s+(?:idea|thought)\s+of\s+)?(?:not\s+being\s+(?:here|around|alive)(?=\s*(?:[.!?,;…]|$)|\s+any\s?more)|dying|leaving\s+this\s+(?:world|life))`,
  String.raw`{B}(?:don'?t|do\s+not|dont)\s+be\s+(?:alarmed|shocked|upset|sad|angry|surprised|frightened)\s+when\s+(?:you|u)\s+(?:hear|get|see)\s+the\s+news\b[^.!?\n]{0,40}?\b(?:my\s+(?:choice|decision)|i\s+chose|nobody'?s\s+fault|not\s+your\s+fault)`,
  String.raw`{B}(?:the\s+future|life|tomorrow|the\s+world)\s+holds\s+nothing\s+(?:more\s+)?for\s+me(?:\s+(?:now|any\s?more))?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`(?<=\b(?:driv\w*|drove|motorway|road|speed\w*|cross\w*|traffic|cycl\w*)\b[^.!?\n]{0,60})(?:and\s+)?(?:hope|hoping|wish|wishing|pray|praying)\s+(?:that\s+)?something\s+(?:happens|will\s+happen|would\s+happen|bad\s+happens)(?:\s+to\s+me)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:don'?t|dont|do\s+not|stopped|no\s+longer)\s+(?:bother(?:ing)?\s+)?(?:wear(?:ing)?|putting\s+on|using|doing\s+up)\s+(?:my|a)\s+(?:seat\s*belt|helmet)\b[^.!?\n]{0,30}?\b(?:point|care|matter)\b`,
  String.raw`{B}(?:hope|wish|pray)\s+(?:that\s+)?i\s+(?:get|catch|have|develop)\s+(?:something\s+)?(?:terminal|incurable|fatal)\b(?![^.!?\n]{0,30}?\b(?:lol|haha|joking|kidding)\b)`,
  String.raw`{B}(?:taking|took|take|been\s+taking)\s+(?:more|extra|double)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:\p{L}+\s+)?(?:tablets|pills|meds|medication|insulin|painkillers)\s+than\s+(?:i\s+should|i'?m\s+(?:meant|supposed)\s+to|prescribed)(?![^.!?\n]{0,40}?\b(?:after\s+the\s+(?:op|operation|surgery)|by\s+mistake|accident\w*|forgot|doctor\s+said)\b)`,
  String.raw`{B}(?:the|my)\s+rope(?:'s|\s+is)\s+still\s+(?:in|there|up|under|behind)\b`,
  String.raw`{B}(?<!\b(?:we|us)\s+(?:\p{L}+\s+){0,2})(?:climbed|stepped|got|went|sat)\s+(?:over|onto|on\s+to|up\s+on|on)\s+(?:the\s+)?(?:wrong\s+side\s+of\s+the\s+)?(?:railings?|barrier|ledge|parapet)\b[^.!?\n]{0,40}?\b(?:bridge|cliff|roof|balcony|car\s+park|flyover|viaduct|tracks|platform)\b(?![^.!?\n]{0,40}?\b(?:photo|selfie|view|dare)\b)`,
  String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:just\s+)?(?:so\s+)?done\s*,?\s+with\s+(?:everything\s*,?\s+with\s+)?(?:me|myself|life|living|being\s+alive|existing)(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:next|another|other)\s+life\b[^.!?\n]{0,40}?\b(?:i'?m\s+ready\s+to\s+(?:find\s+out|go|see)|won'?t\s+be\s+long\s+now)`,
].join('|')

/**
 * Twenty-second round (harm22): wordings a probe written from the guide found unread. Each family is anchored on its
 * literal words and bounded; the hard negatives it was written against are the notFlagged examples below.
 */
/** The ending meant as the writer's own life, not the relationship: "not us, me", "and I don't mean us, I mean me". */
const NOT_US_BUT_ME = String.raw`(?:and\s+)?(?:i\s+(?:don'?t|do\s+not)\s+mean\s+(?:us|with\s+(?:you|u))|not\s+(?:us|with\s+(?:you|u)|between\s+us|the\s+relationship))\s*[,.;:—–-]?\s*(?:i\s+mean\s+)?(?:me|myself|my\s+life)(?![\p{L}])`

/** Not being around, gone, disappearing, said of the writer: "I don't want to be around any more", "id be better off
 * gone", "when I'm not here anymore", "would anyone notice if I disappeared", "thinking of just disappearing", "check out
 * for good", "tell everyone I loved them", "ending things — not us, me", and the same told in the next sentence
 * ("I keep thinking about ending things. Not us, me."). */
const NOT_AROUND = [
  String.raw`{B}(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:really\s+|even\s+|honestly\s+|just\s+|think\s+i\s+)?(?:want|wanna|wish)\s+(?:to\s+)?be\s+around(?:\s+any\s?more|\s+any\s+longer|\s+much\s+longer)(?=\s*(?:[.!?,;…]|$)|\s+(?:tbh|honestly|ngl|to\s+be\s+honest|if\s+i'?m\s+honest)\b)${NOT_MOVING}`,
  String.raw`{B}(?:(?:i'?d|id|i\s+would|i'?ll|i\s+will)\s+(?:probably\s+|honestly\s+|just\s+|really\s+)?be|i'?m|im|i\s+am)\s+(?:so\s+much\s+|much\s+|far\s+|probably\s+|honestly\s+)?better\s+off\s+(?:gone|not\s+(?:being\s+)?(?:here|around|alive|existing))(?=\s*(?:[.!?,;…]|$)|\s+(?:tbh|honestly|anyway|really|now|and|so|any\s?more|for\s+good)\b)${NOT_MOVING}`,
  String.raw`{B}(?:after|once|when)\s+i(?:'?m|\s+am)\s+not\s+(?:here|alive)\s+(?:any\s?more|any\s+longer)(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,40}?\bi\s+mean\b)${NOT_MOVING}`,
  String.raw`{B}(?:(?:nobody|no\s*one|no-one|noone)\s+(?:would|'d|will)|(?:would|will)\s+(?:anyone|anybody|people|they)|(?:you|u|they)\s+(?:wouldn'?t|won'?t|wouldnt|wont))\s+(?:even\s+|really\s+|actually\s+)?(?:notice|care)\s+if\s+i\s+(?:just\s+)?(?:disappeared|vanished|was\s+gone|were\s+gone|wasn'?t\s+here|weren'?t\s+here)(?![^.!?\n]{0,40}?\b(?:for\s+(?:a|an|the)|week|weekend|day|night|month|holiday|trip|party|class|meeting|from\s+(?:work|the|class|school))\b)`,
  String.raw`{B}(?:think|thinks|thinking|thought)\s+(?:about|of)\s+(?:just\s+)?(?:disappearing|vanishing)(?:\s+(?:for\s+good|forever|for\s+ever|permanently)(?![\p{L}])|(?=\s*(?:[.!?…]|$)))${NOT_MOVING}`,
  String.raw`{B}(?:want|wanna|wanted|wish|tempted|thinking\s+(?:about|of))\s+(?:to\s+)?(?:just\s+)?check(?:ing)?\s+out\s+(?:for\s+good|permanently|forever|for\s+ever|of\s+(?:this\s+)?(?:life|world))(?![\p{L}])`,
  String.raw`{B}tell\s+(?:everyone|everybody|them\s+all|all\s+of\s+them|my\s+(?:family|friends|kids|children|boys|girls|mum|mom|mam|dad|parents|sister|brother)(?:\s+and\s+(?:my\s+)?\p{L}+)?)\s+(?:that\s+)?i\s+loved\s+(?:them|her|him|them\s+all|you\s+all|everyone)(?=\s*(?:[.!?,;…]|$)|\s+(?:so\s+much|very\s+much|all|always|and)\b)`,
  String.raw`{B}end(?:ing)?\s+(?:things|it(?:\s+all)?)\b[^.!?\n]{0,20}?[,;:—–-]\s*${NOT_US_BUT_ME}`,
  String.raw`{B}end(?:ing)?\s+(?:things|it(?:\s+all)?)\b(?=${nextSentenceOpens(NOT_US_BUT_ME, 20)})`,
  String.raw`{B}(?:you'?re|ur|you\s+are|u\s+r|u\s+are|you'?d|you\s+would|you'?ll|you\s+will|u'?d|u'?ll)\s+all\s+(?:be\s+)?(?:so\s+much\s+|much\s+|far\s+|probably\s+)?better\s+off\s+(?:without|w/o|w/out|witout)\s+me(?=\s*(?:[.!?,;…]|$)|\s+(?:tbh|honestly|anyway|really|and|so)\b)`,
  String.raw`{B}(?:without|w/o|w/out)\s+(?:you|u)\s*,?\s+i(?:'?ll|\s+will|'?d|\s+would|'?m\s+going\s+to|'?m\s+gonna|m\s+gonna|ll)\s+(?:just\s+)?end\s+it(?:\s+all)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:imma|ima|i'ma|i'mma)\s+(?:just\s+)?(?:end\s+it(?:\s+all)?|kill\s+myself|kms|off\s+myself|unalive\s+myself|top\s+myself)(?![\p{L}])(?!\s+with\b)`,
  String.raw`{B}(?:letter|note|card|message)s?\s+(?:for\s+(?:you|u|them|the\s+kids|my\s+\p{L}+)\s+)?to\s+(?:open|read)\s+after(?:wards)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:please\s+)?(?:don'?t|do\s+not|dont|never)\s+blame\s+(?:yourself|urself|yourselves)\s+for\s+(?:what(?:ever)?\s+happens(?:\s+(?:next|now|tonight))?|what\s+i'?m\s+(?:about|going)\s+to\s+do|what\s+comes\s+next)(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:remember|know|never\s+forget)\s+(?:that\s+)?i\s+loved\s+(?:you|u)\s*,?\s+(?:whatever|no\s+matter\s+what)\s+happens(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}my\s+affairs\s+are\s+(?:all\s+|now\s+)?(?:in\s+order|settled|sorted)(?=\s*(?:[.!?,;…]|$)|\s+now\b)(?![^.!?\n]{0,60}?\b(?:divorce|finally|move|moving|sale|solicitor|accountant|tax|mortgage|separation|house|flat|probate|paperwork)\b)`,
  String.raw`{B}(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|i\s+am\s+(?:going\s+to|gonna)|i\s+want\s+to|i\s+wanna)\s+(?:just\s+)?(?:drive|walk|go|head|swim|wander)\s+(?:out\s+)?(?:to\s+(?:the\s+)?(?:coast|sea|river|cliffs?|woods|lake|bridge|hills|moors)|(?:out\s+)?into\s+the\s+(?:sea|water|woods|hills))\b[^.!?\n]{0,20}?\s(?:and|&)\s+(?:just\s+)?(?:not|never)\s+come\s+back(?=\s*(?:[.!?…]|$))${NOT_MOVING}`,
  String.raw`{B}(?:i'?ve\s+been|i\s+have\s+been|i\s+was|i\s+keep)\s+(?:(?:sitting|standing)\s+(?:on|at|by)\s+the\s+(?:bridge|train\s+tracks|railway\s+tracks|tracks|railway\s+line|cliffs?|cliff\s+edge|edge|viaduct|multi-?storey\s+roof|car\s+park\s+roof)|(?:at|on)\s+the\s+(?:train\s+tracks|railway\s+tracks|tracks|railway\s+line|cliff\s+edge|edge\s+of\s+the\s+(?:bridge|cliff|roof|platform)))\s+(?:again|a\s+lot(?:\s+lately)?|every\s+night|most\s+nights|at\s+night|lately)(?=\s*(?:[.!?…]|$))`,
].join('|')

/** The end of the road for the writer, and no strength to go on: "I think I've reached the end of the road", "i cant do
 * this anymore im so tired of everything", "I haven't the strength to keep living", "Why bother staying alive?". */
const END_OF_ROAD = [
  String.raw`{B}(?:i'?ve|i\s+have|ive|i'?m|im|i\s+am)\s+(?:finally\s+|just\s+|really\s+|now\s+)?(?:reached|come\s+to|got\s+to|hit|at)\s+the\s+end\s+of\s+(?:the|my)\s+(?:road|line)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|for\s+me|i\s+think)\b)`,
  String.raw`{B}i\s+(?:just\s+|really\s+|honestly\s+|simply\s+)?(?:can'?t|cannot|cant|can\s+not)\s+(?:do|take|handle)\s+(?:this|it)\s+(?:any\s?more|any\s+longer|no\s+more)(?:\s*[,;:—–-]+\s*|\s+)(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|too\s+|really\s+)?(?:tired|exhausted|done|spent|empty|finished)(?:\s+of\s+(?:everything|it\s+all|all\s+of\s+it|living|life|being\s+alive))?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:haven'?t|havent|have\s+not|no\s+longer\s+have|(?:don'?t|dont|do\s+not)\s+have)\s+(?:got\s+)?(?:the|any)\s+(?:strength|energy|will)\s+(?:left\s+)?to\s+(?:keep\s+(?:living|going|fighting)|go\s+on(?:\s+living)?|carry\s+on(?:\s+living)?|stay\s+alive|live)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|any\s+longer|without|and|but)\b)`,
  String.raw`{B}why\s+(?:should\s+i\s+|would\s+i\s+|do\s+i\s+)?(?:even\s+|still\s+)?bother\s+(?:staying\s+alive|living|being\s+alive|existing|going\s+on|carrying\s+on|waking\s+up)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|at\s+all|now)\b)`,
  String.raw`{B}(?:stopped|quit|given\s+up|gave\s+up)\s+eating(?!\s+(?:meat|sugar|gluten|dairy|bread|carbs|junk|takeaways?|out|fish|pork|beef|chocolate|sweets|after|late|so\s+late|before|at|crisps|fast\s+food)\b)[^.!?\n]{0,30}?\b(?:why\s+(?:i\s+should|should\s+i|i'?d)\s+(?:even\s+)?bother|why\s+bother|(?:don'?t|dont|do\s+not)\s+see\s+the\s+point)`,
  String.raw`{B}(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+(?:a|any)\s+future\s+for\s+(?:myself|me)\s*,\s*(?:not\s+one|none|not\s+any)\b[^.!?\n]{0,30}?\b(?:want|worth|stay|bear)`,
  String.raw`{B}(?:i\s+)?(?:hate|loathe)\s+being\s+alive(?![\p{L}])(?!\s+(?:at|on|before|when|during|in\s+(?:the\s+)?(?:morning|mornings|winter|summer|heat))\b)(?![^.!?\n]{0,30}?\b(?:lol|haha|ha|mondays?|hangover)\b)|{B}being\s+alive\s+(?:hurts(?:\s+too\s+much)?|is\s+(?:just\s+)?(?:too\s+)?(?:painful|unbearable|torture|agony|too\s+much|too\s+hard))(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:want|wish|need)\s+(?:my\s+life\s+(?:to\s+be\s+)?over(?:\s+with)?|(?:it\s+all|everything)\s+(?:to\s+be\s+)?over)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|already|for\s+good)\b)(?!\s*,\s*(?:the|my|our|this|that|all\s+the)\b)|(?<=\bhate\s+(?:my\s+life|living|being\s+alive|everything)\b[^.!?\n]{0,30})(?:want|wish|need)\s+it\s+(?:to\s+be\s+)?over(?:\s+with)?(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:(?:don'?t|dont|do\s+not)\s+think\s+i(?:'?ll|\s+will|\s+can|\s+could)|i(?:'?m|\s+am|m)\s+not\s+(?:going\s+to|gonna)|i\s+(?:won'?t|wont|will\s+not))\s+make\s+it\s+(?:through|to|past|till|until)\s+(?:the\s+)?(?:winter|christmas|new\s+year|spring|summer|autumn|next\s+(?:week|month|year)|my\s+(?:next\s+)?birthday|another\s+(?:winter|year|christmas|week))(?=\s*(?:[.!?;…]|$))${NOT_MOVING}`,
  String.raw`{B}what\s+even\s+is\s+the\s+point(?:\s+(?:any\s?more|of\s+(?:anything|it\s+all|any\s+of\s+it|living|life|being\s+alive|being\s+here)))(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:don'?t|dont|do\s+not)\s+(?:really\s+|even\s+|honestly\s+)?care\s+if\s+i\s+(?:starve|die|don'?t\s+wake\s+up|never\s+wake\s+up|get\s+(?:hit|run\s+over)(?:\s+by\s+(?:a|the)\s+(?:bus|car|lorry|truck|train|tram))?(?=\s*(?:[.!?,;…]|$))|get\s+killed)(?![\p{L}])(?!\s+(?:trying|for)\b)(?![^.!?\n]{0,40}?\b(?:lol|haha|ha|joking|kidding|not\s+eating|eat\s+that|that\s+food|of\s+embarrassment)\b)`,
  String.raw`{B}(?:i\s+(?:won'?t|wont|will\s+not|refuse\s+to|am\s+not\s+going\s+to|'m\s+not\s+going\s+to)\s+(?:eat|eat\s+or\s+sleep|eat\s+anything|touch\s+food)|i(?:'?ll|\s+will|ll|'?m\s+(?:going\s+to|gonna)|\s+am\s+(?:going\s+to|gonna))\s+(?:stop|quit)\s+eating)\s+(?:until|till|til|unless)\s+(?:you|u)\s+(?:call|ring|phone|answer|reply|text|write|come\s+back|talk|speak|forgive|see\s+me|give\s+(?:me|us))\b|(?<=\bif\s+(?:you|u)\s+(?:don'?t|dont|do\s+not|won'?t|wont|never|leave|go)\b[^.!?\n]{0,40})i(?:'?ll|\s+will|ll)\s+(?:just\s+)?(?:stop|quit)\s+eating(?=\s*(?:[.!?,;…]|$))`,
  String.raw`{B}(?:see\s+no|(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+(?:a|any)|have\s+no|there'?s\s+no|there\s+is\s+no)\s+reason\s+(?:left\s+)?(?:for\s+me\s+)?to\s+(?:continue|go\s+on)(?=\s*(?:[.!?…]|$))`,
  String.raw`{B}(?:i'?d|i\s+would|i\s+should)\s+(?:like|love)\s+(?:it\s+all|it|everything)\s+to\s+(?:end|stop|be\s+over)(?=\s*(?:[.!?…]|$))`,
].join('|')

/** Hurting oneself, told as done, and the edge of a high place stood at: "I hurt myself again last night", "burning myself with cigarettes", a gun "I've
 * thought about using on myself". */
const SELF_INJURY = [
  String.raw`{B}i(?:'ve|\s+have)?\s+(?:hurt|harmed|cut|burnt|burned)\s+myself\s+again(?=\s*(?:[.!?,;…]|$)|\s+(?:last\s+night|yesterday|this\s+(?:week|morning)|tonight|the\s+way|like\s+i\s+used\s+to|on\s+purpose)\b)(?![^.!?\n]{0,40}?\b(?:gym|football|running|playing|fell|fall|falling|slipped|ankle|knee|back|wrist|shoulder|kitchen|oven|cooking|shaving|chopping|garden|training)\b)`,
  String.raw`{B}(?:burn(?:ing|t|ed|s)?)\s+myself\s+with\s+(?:cigarettes?|fags?|a\s+(?:lighter|cigarette|fag)|lighters?|matches)|{B}(?:stubb(?:ing|ed)|putting|put)\s+(?:my\s+)?(?:cigarettes?|fags?)\s+out\s+on\s+(?:myself|my\s+(?:arms?|skin|wrists?|legs?|hands?))`,
  String.raw`(?<=\b(?:gun|rifle|shotgun|pistol|revolver|firearm|knife|blade|razor)\b[^.!?\n]{0,80})(?:thought|think|thinking|tempted|wanted|want|wanna|planning|plan)\s+(?:about\s+|of\s+|to\s+)?(?:using|use|turning|turn|pointing|point)\s+it\s+(?:on|at)\s+myself(?![\p{L}])|{B}(?:us(?:e|ed|ing)|turn(?:ed|ing)?|point(?:ed|ing)?)\s+(?:the|my|a|his|dad'?s)\s+(?:gun|rifle|shotgun|pistol|revolver|knife|blade|razor)\s+(?:on|at)\s+myself(?![\p{L}])`,
  String.raw`(?<=\b(?:multi-?storey|car\s+park|bridge|cliffs?|clifftop|roof|rooftop|viaduct|tower\s+block|top\s+floor|balcony|quarry)\b[^.!?\n]{0,60})(?<!\b(?:we|us)\b[^.!?\n]{0,80})(?:stood|standing|sat|sitting)\s+(?:right\s+)?(?:at|on|by|near)\s+the\s+(?:very\s+)?edge\b(?![^.!?\n]{0,60}?\b(?:photos?|view|sunset|sunrise|fireworks|selfies?|stars|with\s+(?:you|u|the|my|friends))\b)(?=[^.!?\n]{0,40}?\b(?:for\s+(?:a\s+long\s+time|ages|an\s+hour|hours|a\s+while)|thinking|looking\s+down|alone|at\s+night|in\s+the\s+dark)\b)`,
  String.raw`{B}(?:i'?ve\s+been|i\s+have\s+been|i\s+keep|i'?m|im|i\s+am|started|start)\s+(?:hitting|punching|scratching|biting|bruising)\s+(?:myself|my\s+(?:arms?|legs?|wrists?|skin|thighs?))(?:\s+until\s+(?:it|they|i)\s+(?:bleeds?|bruise|bruises))?(?=\s*(?:[.!?,;…]|$)|\s+(?:again|until|till|every|on\s+purpose)\b)(?![^.!?\n]{0,40}?\b(?:eczema|itch\w*|rash|bites?|mosquito\w*|allerg\w*|hives|dry\s+skin|sunburn|sleep|dream\w*)\b)`,
].join('|')

/** Not safe with oneself: "I can't keep myself safe", "I'm not safe on my own right now", "I'm scared of what I'll do."
 * Not afraid of someone else ("I'm not safe alone, he keeps turning up"). */
const UNSAFE = [
  String.raw`{B}(?:can'?t|cannot|cant|can\s+not|don'?t\s+know\s+if\s+i\s+can|not\s+sure\s+(?:if\s+)?i\s+can)\s+keep\s+myself\s+safe(?![^.!?\n]{0,40}?\b(?:from|walking|at\s+night|on\s+the\s+(?:road|street)|cycling|online|he|she|they|him|her|them)\b)`,
  String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:not|no\s+longer)\s+safe\s+(?:on\s+my\s+own|alone|by\s+myself|with\s+myself|around\s+myself|to\s+be\s+left\s+alone)(?:\s+(?:right\s+now|tonight|at\s+the\s+moment|any\s?more))?(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,60}?\b(?:he|she|they|him|her|them|you|u|ex|stalk\w*|follow\w*|turn(?:s|ing)?\s+up|neighbou?r\w*|area|street)\b)`,
  String.raw`{B}(?:don'?t|dont|do\s+not|can'?t|cant)\s+trust\s+myself\s+(?:(?:right\s+now|tonight|at\s+the\s+moment|on\s+my\s+own|alone|by\s+myself)(?=\s*(?:[.!?…]|$))|not\s+to\s+(?:do\s+(?:something|anything)\s+drastic|hurt\s+myself|end\s+it|harm\s+myself))`,
  String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+|honestly\s+|a\s+bit\s+|getting\s+)?(?:scared|afraid|frightened|terrified)\s+(?:of\s+)?what\s+i(?:'?ll|\s+will|\s+might|\s+could|'?d|\s+would)\s+do(?:\s+(?:tonight|next|when\s+i'?m\s+alone|on\s+my\s+own))?(?=\s*(?:[.!?…]|$))`,
].join('|')

export default defineRule({
  id: 'self-harm',
  kind: 'pitfall',
  severity: 'danger',
  sixRule: 'lucid',
  title: 'Not wanting to live',
  summary: 'A statement of not wanting to live, said plainly or indirectly.',
  message:
    "This sounds like you may be in a lot of pain, maybe even thinking you don't want to live. That matters far more than any letter. You don't have to carry it alone: please reach out today to someone you trust, or to one of the free lines below. You deserve support.",
  // A rhetorical question ("What's the point of living?") says it as surely as a statement.
  questions: 'any',
  patterns: [
    {
      id: 'want-to-die',
      // "I want to die", "i wanna die", "I'm ready to die", "I wish I were dead", "I'd rather be dead".
      re: [
        `{B}(?:(?:i|part of me)${ADV}\\s+(?:wants?\\s+to|wanted\\s+to|wanna|deserve\\s+to|plan\\s+to|wish\\s+(?:i\\s+could|to))|{IM}${ADV}\\s+(?:ready|going|gonna|planning)(?:\\s+to)?)${ADV}\\s+(?:die|be dead|not be alive|stop (?:existing|living|breathing)|not exist|not wake up|never wake up|(?:go to )?sleep forever)(?!\\s+(?:for|of|from|laughing|in (?:your|ur) arms|happy|old|together|with (?:you|u)|next to|before|alone|a little|inside|on the (?:inside|spot)|than)\\b)(?![\\p{L}\\p{N}])`,
        "{B}i\\s+wish\\s+(?:that\\s+)?i(?:\\s+(?:was|were|had|would|could)|'?d)\\s+(?:just\\s+|simply\\s+)?(?:dead|never (?:been )?born|not (?:been )?born|not alive|not exist|gone (?:forever|for good))",
        "{B}i\\s+wish\\s+(?:that\\s+)?i\\s+(?:didn'?t|did not|didnt)\\s+exist",
        // "I wish I wasn't alive", "I wish I was in the ground", "I'd sooner be in my grave than…".
        `{B}i\\s+wish\\s+(?:that\\s+)?i\\s+(?:(?:wasn'?t|weren'?t|wasnt|werent|was\\s+not|were\\s+not)\\s+(?:alive|born|here(?=\\s+any\\s?more|\\s*(?:[.!?,;…]|$))|around(?=\\s+any\\s?more|\\s*(?:[.!?,;…]|$)))|(?:was|were|'?d\\s+been)\\s+(?:in\\s+(?:the|my|a)\\s+(?:ground|grave|coffin)|six\\s+feet\\s+under|dead\\s+and\\s+buried|with\\s+(?:my\\s+)?(?:mum|mom|dad|gran|nan|grandma|grandad|mother|father)\\s+(?:in\\s+heaven|up\\s+there)))`,
        "{B}(?:{ID}|{IM}|i'?d\\s+much|i\\s+would\\s+much|i'?d\\s+be|i\\s+would\\s+be|i'?ll\\s+be|i\\s+will\\s+be)\\s+(?:rather|sooner|better\\s+off)\\s+(?:be\\s+)?(?:in\\s+(?:the|my|a)\\s+(?:ground|grave|coffin|box)|six\\s+feet\\s+under|under\\s+the\\s+ground|dead\\s+and\\s+buried|pushing\\s+up\\s+daisies|in\\s+the\\s+cemetery)(?![\\p{L}])",
        "{B}(?:{ID}|{IM}|i'?d\\s+much|i\\s+would\\s+much|i'?d\\s+be|i\\s+would\\s+be|i'?ll\\s+be|i\\s+will\\s+be)\\s+(?:(?:so\\s+|much\\s+|far\\s+)?better\\s+off\\s+dead|sooner\\s+(?:be\\s+dead|die)(?![\\p{L}])(?!\\s+(?:of|from|laughing)\\b)|rather\\s+not\\s+(?:be\\s+alive|live|exist|wake\\s+up|be\\s+here\\s+(?:any\\s?more|at\\s+all))|(?:rather|better\\s+off)\\s+(?:be\\s+dead|dead|die)|(?:happier|better|more\\s+at\\s+peace|at\\s+peace)\\s+(?:dead|in\\s+(?:the|my)\\s+(?:ground|grave)))(?![\\p{L}])(?!\\s+(?:of|from|laughing)\\b)",
        "{B}(?:{I}\\s+(?:won'?t|wont|will\\s+not|can'?t|cant|cannot|could\\s+not|couldn'?t|don'?t\\s+think\\s+i\\s+(?:can|will|could|'?ll))|i\\s+(?:don'?t|dont|do\\s+not)\\s+know\\s+(?:if|whether|how)\\s+i(?:\\s+(?:can|will|could|am\\s+going\\s+to)|'?ll|'?m\\s+going\\s+to))\\s+survive\\s+(?:without|w/o|w/out|losing|this|another\\s+(?:day|night|week)|it(?=\\s*(?:[.!?,;…]|$)))(?![\\p{L}])(?!\\s+(?:winter|heat|flight|trip|job|course|week\\s+at|exam))",
        "{B}i\\s+(?:hope|pray|wish)(?:\\s+(?:every|each)\\s+(?:night|day|morning)|\\s+sometimes)?\\s+(?:that\\s+)?i\\s+(?:don'?t|dont|never|do not|won'?t|wont|will\\s+not|wouldn'?t|would\\s+not|didn'?t)\\s+wake\\s+up",
        // Death longed for: "Death would be a relief", "I'd welcome death", "if I died, at least it wouldn't hurt".
        "{B}(?:death|dying|being\\s+dead)\\s+(?:would|will|'?d|might|could)\\s+(?:be|feel\\s+like)\\s+(?:a\\s+|such\\s+a\\s+)?(?:relief|release|mercy|blessing|welcome|easier|better|kinder|peace)|{B}(?:welcome|long\\s+for|longing\\s+for|pray\\s+for|praying\\s+for|wish\\s+for|ready\\s+for)\\s+death(?![\\p{L}])",
        "{B}if\\s+i\\s+(?:die|died|was\\s+dead|were\\s+dead)\\b[^.!?\\n]{0,30}?\\b(?:at\\s+least|(?:won'?t|wouldn'?t|will\\s+not|would\\s+not)\\s+hurt|no\\s+more\\s+pain|(?:be|it'?d\\s+be|it\\s+would\\s+be)\\s+(?:over|free|at\\s+peace)|would\\s+(?:anyone|you|u|anybody)\\s+(?:care|notice|cry|even)|(?:don'?t|do\\s+not)\\s+think\\s+i'?d\\s+(?:mind|care)|(?:wouldn'?t|would\\s+not)\\s+(?:mind|care))",
        "{B}(?:i'?m|i\\s+am|im)\\s+(?:just\\s+|clearly\\s+|obviously\\s+)?not\\s+meant\\s+to\\s+be\\s+(?:here|alive|on\\s+this\\s+earth|in\\s+this\\s+world)(?=\\s*(?:[.!?,;…]|$)|\\s+any\\s?more)",
        '{B}(?:want|wanna|need)\\s+(?:out\\s+(?:for\\s+good|of\\s+(?:this\\s+)?life|of\\s+this\\s+world)|to\\s+(?:leave|get\\s+out\\s+of)\\s+this\\s+world)(?![\\p{L}])',
        "{B}(?:sleep|go\\s+to\\s+sleep|fall\\s+asleep|close\\s+my\\s+eyes)\\s+(?:and|n|&|an'?)\\s+(?:never|not)\\s+(?:wake\\s+up|open\\s+them\\s+again)",
        // Asleep "and that was that"; "I'd gladly not wake up"; "I wouldn't mind not waking up".
        String.raw`{WB}if\s+i\s+(?:just\s+|simply\s+)?(?:went|go|fell|fall|drifted|drift|dropped)\s+(?:off\s+)?(?:to\s+sleep|asleep|off)\b[^.!?\n]{0,20}?\s(?:and|n|&)\s+(?:that\s+was|that'?d\s+be|that\s+would\s+be|it\s+was)\s+(?:it|that|the\s+end)(?![\w])|{WB}(?:i'?d|i\s+would)\s+(?:happily|gladly|quite\s+happily|honestly|genuinely)\s+(?:not|never)\s+(?:wake\s+up|be\s+here|exist|be\s+alive)(?![\w])|{WB}(?:wouldn'?t|would\s+not|don'?t|do\s+not|dont)\s+(?:even\s+)?mind\s+(?:if\s+i\s+(?:didn'?t|did\s+not|never)\s+wake\s+up|not\s+waking\s+up|never\s+waking\s+up|dying(?!\s+(?:my|your|our|it|the|her|his)\b))`,
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:know|think)\\s+(?:if|whether|that)?\\s*i'?ll\\s+(?:still\\s+)?be\\s+(?:alive\\s+(?:next|by|much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|in\\s+a\\s+(?:week|month|year)|tomorrow|at\\s+christmas|(?=\\s*[.!?,;…]|$))|(?:here|around)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?))",
        // Broad: a wish or a plan of the writer's, then within a few words any way of not living (lexicon NOT_LIVING): "I'd
        // like to just stop existing", "i hope i fade out one of these nights", "part of me wants to go home to God".
        String.raw`{B}(?:i|part\s+of\s+me)(?:'?d|\s+would|'?ll|\s+will)?(?:\s+(?:just|really|honestly|sometimes|often|almost|kind\s+of|kinda|secretly|still|only|truly|genuinely|quietly|half|even|do|did|would|'d|so|simply)){0,3}\s+(?:want(?:s|ed)?|wanna|wish(?:ed)?|hope[ds]?|pray(?:ed)?|long(?:ed)?|plan(?:ned)?|intend(?:ed)?|need|decided|rather|prefer|like|dream|daydream|fantasi[sz]e|feel\s+like|(?:am|'m|m)\s+(?:ready|going|planning|tempted|about)|gonna|ready)\b[^.!?\n]{0,40}?(?<![\w'])${NOT_LIVING}`,
        String.raw`{B}(?:fall|go|drift|drop)\s+(?:off\s+)?(?:to\s+sleep|asleep)\s+(?:and|n|&)\s+(?:just\s+)?(?:stay\s+(?:that\s+way|asleep|there|under|gone)|(?:not|never)\s+(?:come\s+back|wake\s+up|wake\s+again))(?![\w])(?!\s+(?:until|till)\b)`,
        String.raw`{B}(?:sleep|asleep)\b[^.!?\n]{0,30}?\s(?:and|n|&)\s+(?:just\s+)?(?:not|never)\s+(?:to\s+)?(?:come\s+back|wake(?:\s+up)?|open\s+my\s+eyes(?:\s+again)?)(?![\w])(?!\s+(?:until|till|til|before|early)\b)`,
        String.raw`{B}(?:disappointed|sorry|annoyed|angry|upset|gutted|sad)\s+(?:that\s+|to\s+find\s+)?i(?:'?m|\s+am|\s+was)\s+still\s+(?:here|alive|breathing)(?![\w])|{B}(?:disappointed|annoyed|angry|gutted)\s+(?:that\s+)?i\s+(?:woke\s+up|survived|didn'?t\s+die)(?![\w])`,
        String.raw`{B}(?:welcome|wouldn'?t\s+mind|would\s+not\s+mind|long\s+for|longing\s+for|pray\s+for|hope\s+for)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:crash(?!\s+(?:course|pad|diet|landing))|accident|heart\s+attack|stroke|illness|bullet|disease|plane\s+crash|end)(?![\p{L}])(?!\s+(?:of|to)\b)`,
        String.raw`{B}(?:(?:i'?m|im|i\s+am)\s+)?(?:just\s+|so\s+|more\s+than\s+)?ready\s+to\s+(?:go|dip|leave|check\s+out)\s+(?:permanently|for\s+good|forever|for\s+ever|home\s+to)|{B}(?:good\s+innings|lived\s+(?:my|a\s+(?:full|long))\s+life|had\s+(?:more\s+than\s+)?enough|done\s+(?:fr|for\s+real)|so\s+tired|too\s+tired|made\s+(?:my\s+)?peace\s+with\s+(?:it|everything|things|it\s+all|dying|death))\b[^.!?\n]{0,40}?\bready\s+to\s+go(?=\s*(?:[.!?,;…]|$)|\s+now\b)`,
        String.raw`{B}(?:wouldn'?t|would\s+not|won'?t|will\s+not)\s+(?:be\s+)?(?:mind|upset|sad|sorry|bothered|care)\s+if\s+(?:i\s+(?:got|was|were|get)\s+(?:hit|run\s+over|killed|knocked\s+down)|(?:a|the)\s+\w+\s+(?:hit|killed)\s+me|i\s+(?:died|didn'?t\s+wake))`,
        String.raw`{B}(?:pray|hope|wish)\w*\s+(?:(?:that\s+)?i\s+(?:don'?t|won'?t|never|do\s+not|will\s+not)|not\s+to|never\s+to)\s+(?:see|live\s+to\s+see|make\s+it\s+to|reach)\s+(?:the\s+)?(?:morning|tomorrow|another\s+(?:day|dawn|morning|year|birthday|christmas)|dawn|next\s+(?:year|christmas|birthday|morning))`,
        String.raw`{B}(?:i\s+am|i'?m|im)\s+(?:really\s+|just\s+)?not\s+wanting\s+to\s+(?:live|be\s+alive|exist|go\s+on|be\s+here|wake\s+up)(?=\s*(?:[.!?,;…]|$)|\s+(?:since|any\s?more|without|now)\b)`,
        String.raw`{B}(?:hope|wish|pray)\w*\b[^.!?\n]{0,30}?\b(?:goes|went|go|crash\w*)\s+down\s+with\s+me\s+(?:on|in)\s+(?:it|board)`,
        String.raw`{B}(?:death|dying|being\s+dead|not\s+being\s+here|not\s+existing)\s+(?:sounds|seems|feels|looks|would\s+be|would\s+feel|is\s+starting\s+to\s+(?:sound|look|feel))\s+(?:like\s+)?(?:a\s+|an\s+|such\s+a\s+|so\s+|really\s+|quite\s+|pretty\s+)?(?:holiday|relief|rest|release|mercy|blessing|escape|gift|peaceful|nice|good|better|easier|kind|kinder|welcome|lovely|tempting|inviting|appealing|attractive|comforting)(?![\w])`,
        String.raw`{B}(?:think\w*|thought|dream\w*|fantasi[sz]\w*)\s+(?:about|abt|bout|of)\s+(?:just\s+)?(?:not\s+being\s+(?:here|alive|around)|not\s+existing|not\s+waking\s+up|being\s+dead)(?![\w])(?!\s+(?:for|at|when|on|in|during|while|with)\b)${NOT_MOVING}`,
        String.raw`{B}(?:only|one)\s+way\s+(?:this|it|the\s+pain|everything|all\s+this)\s+(?:stops|ends|will\s+(?:stop|end)|is\s+going\s+to\s+(?:stop|end))\s+is\s+(?:if\s+)?(?:i|me)\s+(?:stop|die|end\s+it|disappear|am\s+gone|'m\s+gone|am\s+dead|'m\s+dead)(?![\w])`,
        String.raw`{B}(?:(?:don'?t|do\s+not|dont|no\s+longer)\s+(?:wish|want|plan|intend|expect)\s+to\s+(?:see|reach|make\s+it\s+to|live\s+to\s+(?:see\s+)?))\s*(?:\d{2}|thirty|forty|fifty|sixty|seventy|eighty|old\s+age|next\s+(?:year|christmas|spring|summer|winter)|another\s+(?:year|birthday|christmas|winter|summer))(?![\w])(?!\s+(?:like|with|without|alone|in|here|there|as)\b)`,
        String.raw`{B}(?:sleep|asleep)\b[^.!?\n]{0,20}?\s(?:and|n)\s+(?:hopefully|with\s+(?:any\s+)?luck|please\s+god|god\s+willing)\s+(?:that'?s|that\s+will\s+be|that'?ll\s+be|it'?s|it\s+will\s+be)\s+(?:it|that|the\s+end)(?![\w])`,
      ].join('|'),
    },
    {
      id: 'not-go-on',
      // "I can't go on living without you", "i cant go on w/o u", "I don't want to live anymore".
      re: [
        `(?<!\\b(?:you|u|he|she|they|we|who|people|someone|somebody|nobody|no\\s+one|this|that|it|things|which|us|our\\s+\\p{L}+)\\s+(?:(?!i\\s)\\p{L}+\\s+)?){B}(?:{CANT}|cnt|(?:{DONT}|do not|dont)${ADV}\\s+(?:want\\s+to|wanna|wish\\s+to|feel\\s+like|know\\s+how\\s+to|see\\s+how\\s+i\\s+can|think\\s+i\\s+can|think\\s+i\\s+could|think\\s+i(?:'?ll|\\s+will)\\s+be\\s+able\\s+to)|not\\s+sure\\s+(?:if\\s+|that\\s+|whether\\s+)?i\\s+(?:can|(?:still\\s+)?(?:want|wanna)(?:\\s+to)?)|(?:don'?t|dont|do\\s+not)\\s+know\\s+(?:if|whether)\\s+i\\s+(?:still\\s+)?(?:want|wanna)(?:\\s+to)?|(?:will\\s+not|won'?t|wont)\\s+be\\s+able\\s+to|(?:(?:don'?t|dont|do not)\\s+know|idk|dunno|not\\s+sure)\\s+how\\s+(?:much\\s+)?long(?:er)?\\s+i\\s+can)\\s+(?:(?:go|carry|keep)\\s+on\\s+living|keep\\s+living|stay\\s+alive|be\\s+alive|live|exist|go\\s+on|carry\\s+on|keep\\s+going|wake\\s+up|(?<=how\\s+(?:much\\s+)?long(?:er)?\\s+i\\s+can\\s+)(?:do\\s+this|take\\s+(?:this|it)|hold\\s+on|cope|last|bear\\s+(?:this|it))|be\\s+here(?=\\s+${ANYMORE}))(?:\\s+${ANYMORE}|\\s+(?:like\\s+this\\s+)?${WITHOUT}\\s+(?:you|u|ya|her|him)|\\s+in\\s+(?:a|this|the)\\s+world(?:\\s+${WITHOUT}\\s+(?:you|u)|\\s+${ANYMORE}|${ENDS})|\\s+(?:one\\s+more|another)\\s+(?:day|night|week)|\\s+(?:for\\s+)?(?:much|any|a\\s+lot)\\s+longer|(?<=wake\\s+up)\\s+(?:tomorrow|tmrw|tmr|tmoz|tomoz|2moro|2morrow|in\\s+the\\s+morning|ever\\s+again|again(?=\\s*(?:[.!?,;…]|$)))|${ENDS})`,
        // Broad: the writer worn out or unable to hold on to life itself (lexicon CANT_OR_WORN, HOLDING_ON): "I'm too worn out
        // to keep going", "I don't think I can keep fighting much longer". Weak objects (do this, face it, breathe, fight)
        // only with "any more" or "much longer"; the strong ones (hold on, keep going, stay alive, live) also at a clause end.
        String.raw`{B}(?:i|i'?m|im|i\s+am)\b[^.!?\n]{0,25}?${CANT_OR_WORN}\s+(?:keep(?:ing)?\s+|go\s+on\s+|carry\s+on\s+)?(?:${HOLDING_ON}(?:\s+${ANYMORE}|\s+(?:much|for\s+much|a\s+lot|any)\s+(?:longer|more)|\s+for\s+long|\s+another\s+(?:day|night|week))|(?:hold(?:ing)?\s+on|hang(?:ing)?\s+on|keep\s+going|stay(?:ing)?\s+alive|be(?:ing)?\s+alive|liv(?:e|ing)|exist(?:ing)?|fight(?:ing)?\s+to\s+(?:stay\s+alive|live|survive))${ENDS})`,
      ].join('|'),
    },
    {
      id: 'no-point-living',
      // "I don't see the point of living anymore", "nothing left to live for", "life isn't worth living".
      re: [
        `{B}(?:no|any|(?:what'?s|whats|what\\s+is|what\\s+was|see\\s+no|(?:don'?t|dont|do\\s+not|can'?t|cant|cannot|longer|never|fail\\s+to|failing\\s+to)\\s+see)\\s+(?:the|a|any)|lost\\s+(?:the|my|all)|without\\s+(?:a|any)|no\\s+more|no\\s+longer\\s+(?:a|any)|very\\s+little|(?:running|run|ran)\\s+out\\s+of)\\s+(?:point|reasons?|will|desire|wish)\\s+(?:in\\s+|of\\s+|to\\s+|for\\s+me\\s+to\\s+)?(?:(?:continue|keep|go\\s+on|carry\\s+on|continuing|carrying\\s+on|going\\s+on)\\s+(?:to\\s+live|living)(?![\\p{L}])|(?:me|my)\\s+(?:even\\s+|still\\s+|just\\s+)?(?:being|staying)\\s+(?:here|alive|around)|(?:continue|go\\s+on|carry\\s+on|get\\s+on)\\s+with\\s+(?:my\\s+)?life(?!\\s+(?:in|at|here|there|as|without\\s+(?:a|the))\\b)|me(?=\\s*[.!?,;…]|$)|(?:being|staying|be|stay)\\s+alive|living(?!\\s+(?:in|with|like|at|on|together|apart|here|there|a|an|the|this|that|such|simply|alone|by|as|off|up|abroad|for\\s+(?:the|them|others))\\b)|live(?=\\s*[.!?,;…]|$|\\s+(?:${ANYMORE}|${WITHOUT}|for|and|but|now|left)\\b)|going\\s+on(?!\\s+(?:with|about|like|at|to)\\b)|go\\s+on${ENDS}|carrying\\s+on${ENDS}|waking\\s+up|wake\\s+up(?!\\s+early)|existing|keep\\s+(?:living|going${ENDS}))`,
        '{B}nothing\\s+(?:left\\s+)?(?:to|worth)\\s+live\\s+for',
        "{B}why\\s+(?:am\\s+i|i'?m|im|i\\s+am|should\\s+i|i\\s+should)\\s+(?:even\\s+|still\\s+)*(?:alive|keep\\s+living|stay\\s+alive|go\\s+on\\s+living|bother\\s+living)",
        '{B}nothing\\s+(?:left\\s+)?worth\\s+living\\s+for',
        "{B}(?:not|isn'?t|isnt|ain'?t|aint|no\\s+longer|never)\\s+(?:even\\s+|really\\s+)?worth\\s+living(?!\\s+in\\b)",
        // Life weighed and found not worth it: "Life's not worth the effort any more", "I wonder whether my life is worth
        // going on with", "I'm running out of reasons to keep going".
        String.raw`{WB}(?:life|living|my\s+life)(?:'s|\s+is|\s+feels|\s+seems|\s+has\s+become)?\s+(?:just\s+|really\s+|honestly\s+|simply\s+)?(?:not|isn'?t|isnt|no\s+longer|never)\s+worth\s+(?:it|the\s+(?:bother|effort|hassle|trouble|fight|struggle|pain)|continuing|carrying\s+on|going\s+on\s+with)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|any\s+longer|now|for\s+me|to\s+me|without|w/o|at\s+all)\b)|{WB}(?:whether|if)\s+(?:my\s+)?life\s+(?:is|was|'s)\s+(?:still\s+|even\s+|really\s+)?worth\s+(?:living|continuing|carrying\s+on|going\s+on\s+with|the\s+(?:bother|effort|trouble|fight))`,
        String.raw`{WB}(?:running|run|ran)\s+out\s+of\s+reasons\s+(?:to(?=\s*(?:[.!?,;…]|$))|to\s+(?:live(?!\s+(?:in|here|there|with)\b)|stay\s+alive|stay(?=\s*(?:[.!?,;…]|$))|keep\s+going|go\s+on|carry\s+on|get\s+up|wake\s+up|be\s+here|stick\s+around|hold\s+on)|not\s+to\s+(?:die|end\s+it|give\s+up))`,
        // No point without the reader, said and left there: "Without you there is no point.", "theres no point without u",
        // "Without you, what's the point?" (lead review, thirteenth round); not "no point going to the party without you".
        String.raw`{B}without\s+(?:you|u|ya)\s*,?\s+(?:(?:there'?s|there\s+is|theres)\s+no\s+point|what'?s\s+the\s+point|what\s+is\s+the\s+point)(?=\s*(?:[.!?…]|$)|\s+(?:any\s?more|now|at\s+all|anymore)\s*(?:[.!?…]|$))|{B}(?:there'?s|there\s+is|theres)\s+no\s+point\s+without\s+(?:you|u|ya)(?=\s*(?:[.!?…]|$))`,
        // Broad: no point, reason or sense in any of it; not deserving to live; not caring whether I live; life a weight I
        // can't carry; given up on living; wanting it all to stop.
        String.raw`{B}(?:no|isn'?t\s+any|not\s+any)\s+(?:point|reason|sense)\s+(?:to|in|of)\s+(?:any\s+of\s+(?:it|this)|anything|it\s+all|life|living|existing|me\s+being\s+(?:here|alive|around)|being\s+(?:here|alive)|waking\s+up|getting\s+up)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|without|now|at\s+all|for\s+me)\b)`,
        String.raw`{B}(?:i\s+)?(?:don'?t|dont|do\s+not|no\s+longer|never)\s+deserve(?:d)?\s+to\s+(?:live|be\s+(?:alive|here|born)|exist|breathe|wake\s+up)(?![\p{L}])(?!\s+(?:with|in|like|here\s+with)\b)`,
        String.raw`{B}(?:don'?t|dont|do\s+not|no\s+longer|stopped\s+caring|idc|idgaf)\s+(?:really\s+|even\s+|much\s+|greatly\s+)?(?:care\s+)?(?:what\s+happens\s+to\s+me|whether\s+i\s+(?:live|wake(?:\s+up)?|make\s+it|survive)|if\s+i\s+(?:live|wake(?:\s+up)?|make\s+it|survive))(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|at\s+all|or|tomorrow|again|in\s+the\s+morning)\b)`,
        String.raw`{B}(?:life|living|being\s+alive|existing|my\s+life)\s+(?:is|'s|feels\s+like|has\s+become)\s+(?:just\s+)?(?:a|such\s+a)\s+(?:weight|burden|load|punishment|sentence|prison)\b[^.!?\n]{0,30}?\b(?:can'?t|cannot|no\s+longer|don'?t\s+want\s+to)\s+(?:carry|bear|hold|serve)`,
        String.raw`{B}(?:given|gave|giving)\s+up\s+on\s+(?:life|living|being\s+alive|everything|staying\s+alive)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|any\s?more|completely)\b)`,
        String.raw`{B}(?:wish|want|need)\s+(?:it\s+all|everything|life|the\s+world|my\s+heart|my\s+life)\s+(?:would|to)\s+(?:just\s+)?(?:end|stop|be\s+over)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:heart|soul)\s+(?:just\s+|really\s+)?(?:isn'?t|is\s+not|'s\s+not|is\s+no\s+longer)\s+in\s+(?:living|life|being\s+alive|staying\s+alive)(?![\w])`,
        String.raw`{B}(?:life|living|it|everything|existing)\s+(?:hurts|is|'s|feels)\s+(?:just\s+|far\s+|way\s+)?too\s+(?:much|hard|heavy|painful)\s+to\s+(?:keep\s+)?(?:live|living|go\s+on|carry\s+on|keep\s+going|stay\s+alive|bear)(?:\s+it)?(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|for\s+me)\b)`,
        String.raw`{B}(?:tired|sick|fed\s+up|weary)\s+(?:of|with)\s+(?:breathing|being\s+here|still\s+being\s+here|waking\s+up\s+at\s+all)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|honestly|tbh)\b)`,
        String.raw`{B}(?:don'?t|dont|do\s+not|can'?t|cant|cannot|no\s+longer)\s+see\s+(?:a|any)\s+(?:tomorrow|next\s+year|future)\s+for\s+me(?=\s*(?:[.!?,;…]|$))|{B}(?:running|run|ran)\s+out\s+of\s+reasons\s+not\s+to(?=\s*(?:[.!?,;…]|$))|{B}(?:just\s+)?waiting\s+(?:for\s+(?:it(?:\s+all)?|everything|my\s+heart|my\s+life)\s+)?to\s+(?:stop|end|be\s+over)(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,40}?\b(?:divorce|paperwork|sale|court|case|exams?|mov(?:e|ing)|i\s+mean|renovation|works|hearing|trial|surgery|op|storm|rain|winter|shift)\b)`,
        String.raw`{B}(?:no|any|lost\s+(?:the|my|all))\s+(?:desire|wish|will|reason|point|want)\s+to\s+(?:continue|go\s+on\s+with|carry\s+on\s+with|prolong)\s+(?:this|my)\s+(?:existence|life|living)(?![\w])(?!\s+(?:in|at|here|there|as|with|without)\b)`,
        String.raw`{B}nothing\s+(?:left\s+)?(?:but|except|other\s+than)\s+(?:to\s+)?(?:end\s+it|die|ending\s+it)(?=\s*(?:[.!?,;…]|$))|{B}my\s+life\s+(?:is|'s|feels)\s+(?:finished|over|done)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|any\s?way)\b)`,
        String.raw`{B}(?:can'?t|cannot|cant|don'?t|dont)\s+see\s+myself\s+(?:getting|making\s+it|lasting|surviving)\s+through\s+another\s+(?:winter|year|christmas|month|week|night)(?![\w])`,
        String.raw`{B}no\s+(?:light|hope|life|tomorrow)\s+(?:left\s+)?for\s+me(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|only|just)\b)|{B}out\s+of\s+(?:fight|strength\s+to\s+(?:live|go\s+on|keep\s+going)|reasons\s+to\s+(?:live|stay)|will\s+to\s+live)${CLAUSE_END}`,
        String.raw`{B}(?:life|living|existing|being\s+alive)\s+(?:is|'s|feels|has\s+become)\s+(?:just\s+|simply\s+)?(?:too|so)\s+(?:exhausting|hard|much|painful|heavy|tiring|unbearable)${CLAUSE_END}`,
        // Eleventh round: "Being alive is just too much effort now", "staying alive takes too much out of me"; "no way out
        // except one".
        String.raw`{B}(?:existing|being\s+alive|staying\s+alive|being\s+here)\s+(?:is|'s|feels|has\s+become|takes)\s+(?:just\s+|simply\s+|honestly\s+)?(?:too\s+much|so\s+much)\s+(?:effort|work|energy|out\s+of\s+me)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|any\s?more|these\s+days|for\s+me)\b)|{B}(?:no|only\s+one)\s+(?:other\s+)?way\s+out\s+(?:except|but|apart\s+from|other\s+than|left)(?:\s+(?:one|the\s+one|that\s+one))?(?=\s*(?:[.!?,;…]|$))`,
      ].join('|'),
    },
    {
      id: 'better-off-without-me',
      // "everyone would be better off without me", "you'd be better off if I were dead".
      re: [
        `{B}${OTHERS}${WOULD_BE_BETTER}(?:${WITHOUT}\\s+me|${IF_I_WERE_GONE}|(?:once|when|after)\\s+i(?:'?m|\\s+am)\\s+(?:gone(?!\\s+(?:to|for|on|from|abroad|away|out|back|home|off)\\b)|dead))`,
        `{B}(?:it|things|life)\\s+(?:would|will|'?d|'?ll)\\s+be\\s+(?:so\\s+much\\s+|much\\s+|a\\s+lot\\s+)?(?:easier|better|simpler|lighter|kinder)\\s+for\\s+${OTHERS}\\s+(?:${WITHOUT}\\s+me|${IF_I_WERE_GONE})`,
        // Without "for everyone", only the forms that say death: "It would be easier if I just didn't wake up".
        "{B}(?:it|things|life|everything)\\s+(?:would|will|'?d|'?ll|might)\\s+be\\s+(?:so\\s+much\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?(?:easier|better|simpler|lighter|kinder|best)(?:\\s+for\\s+\\p{L}+)?\\s+if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:(?:was|were|'?m)\\s+(?:dead|gone(?!\\s+(?:to|for|on|from|abroad|away))|not\\s+alive|never\\s+born)|(?:didn'?t|did\\s+not|didnt|never)\\s+(?:wake|woke)\\s+up|died|didn'?t\\s+exist|wasn'?t\\s+(?:alive|here\\s+any\\s?more|around\\s+any\\s?more))(?![\\p{L}])",
        "{B}if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:didn'?t|did\\s+not|didnt|never|wouldn'?t)\\s+wake\\s+up(?:\\s+(?:tomorrow|one\\s+(?:day|morning)|again|ever\\s+again))?(?=\\s*(?:[.!?,;…]|$)|\\s+(?:would|no\\s*one|nobody|who|you|u|it|things|everyone)\\b)",
        "{B}(?:the\\s+world|this\\s+world|everyone'?s\\s+lives?|everybody'?s\\s+lives?)\\s+(?:would|will|'?d|'?ll)\\s+be\\s+(?:a\\s+)?(?:so\\s+much\\s+|much\\s+|far\\s+|a\\s+lot\\s+)?(?:better|happier|easier|brighter|lighter)(?:\\s+place)?\\s+without\\s+me",
        `{B}(?:no\\s*one|nobody|no\\s+one\\s+else)\\s+(?:would|will|'?d)\\s+(?:even\\s+|really\\s+)?(?:notice|care|miss\\s+me|mind)\\s+(?:if\\s+i\\s+(?:died|was\\s+dead|were\\s+dead|killed\\s+myself|didn'?t\\s+wake\\s+up|was\\s+gone\\s+for\\s+good))`,
        `{B}(?:no\\s*one|nobody|no\\s+one\\s+else)\\s+(?:would|will|'?d)\\s+(?:even\\s+|really\\s+)?(?:notice|care|miss\\s+me|mind)\\s+(?:${IF_I_WERE_GONE})`,
        `{B}(?:${OTHERS}|you|u|ya)(?:'?d|'?ll)?${WOULD_BE_BETTER}(?:if\\s+i\\s+(?:was|were|'?m|am)\\s+(?:dead|not\\s+alive|never\\s+born)|if\\s+i\\s+(?:died|was\\s+never\\s+born|had\\s+never\\s+been\\s+born|didn'?t\\s+exist|killed\\s+myself)|if\\s+i\\s+(?:just\\s+|simply\\s+|quietly\\s+)?(?:disappeared|vanished|was\\s+gone|went\\s+away)\\s+(?:for\\s+good|forever|for\\s+ever|permanently|and\\s+never\\s+came\\s+back)(?![\\p{L}]))`,
        // Broad: simpler for others if I vanished; no room for me in this world; nobody needing to worry about me after a
        // date.
        String.raw`{B}(?:easier|simpler|kinder|better|best|quieter)\s+(?:for\s+(?:everyone|everybody|all|them|you|u|my\s+\w+)\s+)?(?:if\s+i\s+(?:just\s+|simply\s+|quietly\s+)?(?:disappeared|vanished|let\s+go|gave\s+up|stopped\s+(?:breathing|existing)|(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+(?:here|around|alive)|(?:was|were)\s+(?:gone|dead)|went\s+away\s+for\s+good)|to\s+(?:just\s+)?(?:disappear|vanish|let\s+go|give\s+up|not\s+be\s+here|not\s+exist|stop\s+(?:breathing|existing)|end\s+it|fade\s+away))(?![\p{L}])(?!\s+(?:of|on|from|with)\b)`,
        String.raw`{B}(?:(?:this|the)\s+world\s+(?:has|holds|'s\s+got|has\s+got)\s+no\s+(?:room|place|space|use|need)\s+for\s+(?:me|someone\s+like\s+me|people\s+like\s+me)|no\s+(?:room|place|space)\s+(?:left\s+)?for\s+(?:me|someone\s+like\s+me)\s+(?:in|on)\s+(?:this|the)\s+(?:world|earth|planet)|stop\s+taking\s+up\s+(?:space|room|air|oxygen))`,
        String.raw`{B}(?:no\s*one|nobody|you|u|they|everyone|everybody|people|my\s+\w+)\s+(?:will|'?ll|won'?t|wont|will\s+not|will\s+never|won'?t\s+ever)\s+(?:(?:ever\s+)?have|need)\s+to\s+(?:worry|think|bother|deal|put\s+up|care)\s+(?:about|with)\s+me\s+(?:again\s+)?(?:after|from|beyond|past|by)\s+(?:this\s+|next\s+|the\s+)?(?:weekend|week|month|tonight|today|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|christmas|new\s+year|summer|winter|spring|autumn)(?![\p{L}])`,
        String.raw`{B}${OTHERS}\b[^.!?\n]{0,40}?(?:${IF_I_WERE_GONE})(?![\w])(?!\s+(?:for\s+(?:a|the|an|one|two|three)|on\s+(?:holiday|a\s+trip)|to|abroad|away)\b)${NOT_MOVING}`,
        String.raw`{B}out\s+of\s+(?:everyone'?s|everybody'?s|people'?s|the\s+world'?s|my\s+family'?s)\s+(?:hair|way|lives?)\s+(?:for\s+good|forever|for\s+ever|soon|permanently)(?![\w])`,
        String.raw`{B}${OTHERS}${WOULD_BE_BETTER}without\s+(?:having\s+to\s+)?(?:look\s+after|care\s+for|deal\s+with|worry\s+about|support|carry|put\s+up\s+with)\s+me(?![\w])`,
        // The writer's own absence or death supposed, on its own: "If I wasn't here anymore, would you even care?", "if I
        // was gone". Broad on purpose (the guide: when the writer's own life is in question, answer with care), but only
        // "gone", "dead" or "not here any more": not "if I'm not here on Saturday", a trip, a move or a posting. (Until 27
        // November this reach came by accident, from the list spliced ungrouped into "nobody would notice …", which
        // matched its alternatives anywhere.) Last, so that the longer readings above claim their span first.
        String.raw`{B}if\s+i\s+(?:just\s+|simply\s+|ever\s+)?(?:(?:was|were|'?m|am)\s+(?:gone|dead)(?!\s+(?:for\s+(?:a|the|an|one|two|three)|on|to|abroad|away|by|before|when|at|in|out|from|off)\b)|(?:wasn'?t|weren'?t|wasnt|werent|was\s+not|were\s+not|'?m\s+not|am\s+not)\s+(?:here|around|alive)\s+any\s?more|(?:disappeared|vanished)(?=[^.!?\n]{0,20}?\b(?:no\s*one|nobody|would\s+(?:you|u|anyone|anybody)|who\s+would)\b))(?![\w])${NOT_MOVING}`,
      ].join('|'),
    },
    {
      id: 'not-here-long',
      // Said indirectly, as time running out or things set in order: "in case I'm not around much longer",
      // "she'll need someone after I'm gone", "I've put my affairs in order", "I stood on the bridge last night".
      re: [
        `{B}in\\s+case\\s+i(?:'?m|\\s+am)?\\s+(?:not\\s+(?:around|here|alive)|gone|no\\s+longer\\s+(?:around|here|alive))(?:\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|any\\s?more|soon|tomorrow)|(?=\\s*(?:[.!?,;…]|$)))`,
        `{B}(?:i'?m\\s+not|i\\s+am\\s+not|im\\s+not|i\\s+(?:won'?t|wont|will\\s+not|might\\s+not|may\\s+not)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+going\\s+to|(?:don'?t|dont|do\\s+not)\\s+think\\s+i(?:'?ll|\\s+will))\\s+(?:still\\s+)?(?:be\\s+)?(?:still\\s+)?(?:around|here|alive)\\s+(?:(?:to\\s+\\p{L}+\\s+(?:you|u|anyone|anybody|everyone|people)\\s+)?(?:for\\s+)?much\\s+longer|(?:by|at|for|to\\s+see)\\s+(?:spring|summer|autumn|fall|winter|christmas|easter|new\\s+year|my\\s+(?:next\\s+)?birthday|the\\s+(?:spring|summer|new\\s+year|end\\s+of\\s+the\\s+(?:year|month|week))|next\\s+(?:year|month|week|spring|summer|christmas)))${NOT_MOVING}`,
        "{B}(?:after|once|when)\\s+i(?:'?m|\\s+am)\\s+(?:gone(?!\\s+(?:to|for|on|from|abroad|away|out|back|travelling|home|off)\\b)(?![^.!?\\n]{0,30}?\\b(?:trip|holiday|travel|abroad|away|week|weekend|month|summer)\\b)|dead|no\\s+longer\\s+(?:here|around|alive))",
        `{B}soon\\s+(?:you|u|nobody|no\\s*one|everyone|everybody|no\\s+one)\\s+(?:(?:won'?t|wont|will\\s+not|will\\s+never)\\s+(?:have|need)|(?:will\\s+)?(?:never\\s+)?(?:have|need)|won'?t)\\s+(?:to\\s+)?(?:worry\\s+about|deal\\s+with|put\\s+up\\s+with|think\\s+about|bother\\s+with)\\s+me(?:\\s+(?:again|at\\s+all|any\\s?more|ever\\s+again))?(?![\\p{L}])${NOT_MOVING}`,
        '{B}(?:put|putting|puts|get|getting|got|sort(?:ed|ing)?(?:\\s+out)?)\\s+(?:all\\s+)?my\\s+affairs\\s+in\\s+order(?![^.!?\\n]{0,40}?\\b(?:divorce|accountant|solicitor|tax|finances|mortgage|paperwork|sale|separation|probate)\\b)|{B}(?:made|making|written|wrote|writing|updated|updating|sorted(?:\\s+out)?|sorting(?:\\s+out)?|changed|finished)\\s+my\\s+will(?![\\p{L}])(?![^.!?\\n]{0,60}?\\b(?:pension|life\\s+insurance|turning\\s+(?:forty|fifty|sixty|seventy|40|50|60|70)|retire\\w*|grown-?up\\s+of\\s+me)\\b)(?<!{B}(?:my\\s+(?:pension|mortgage)|life\\s+insurance)\\s+and\\s+(?:made|making|written|wrote|writing|updated|updating|sorted(?:\\s+out)?|sorting(?:\\s+out)?|changed|finished)\\s+my\\s+will)|{B}said\\s+my\\s+(?:last|final)\\s+goodbyes?',
        "{B}(?:give|gave|given|giving)\\s+(?:away\\s+)?my\\s+(?:dog|cat|pets?|things|stuff|belongings|possessions|records|books|guitar|plants|car)\\s+(?:away|to)\\b[^.!?\\n]{0,60}?\\b(?:(?:after|once|when)\\s+i'?m\\s+gone|(?:need|have)\\s+someone|won'?t\\s+need|won'?t\\s+be\\s+(?:here|around)|whatever\\s+happens(?!\\s+(?:with|to\\s+(?:the|us|it|them)|at|between|next)\\b)|if\\s+anything\\s+happens\\s+to\\s+me(?=\\s*(?:[.!?,;…]|$)))",
        // Eleventh round: "I'm not going to be a burden to anyone for much longer" (not a knee healing, a loan paid back).
        String.raw`{B}(?:i'?m|im|i\s+am)\s+not\s+(?:going\s+to|gonna)\s+be\s+(?:a\s+)?(?:burden|problem|bother|weight|trouble)\s+(?:to|for|on)\s+(?:anyone|anybody|you|u|everyone|everybody|my\s+family|people)\s+(?:much\s+longer|for\s+much\s+longer|for\s+long|soon|any\s?more|any\s+longer)(?![\p{L}])(?![^.!?\n]{0,50}?\b(?:physio|recover\w*|heal\w*|cast|crutches|operation|surgery|back\s+on\s+my\s+feet|walking|pay(?:ing)?\s+(?:you|u|it)\s+back|loan|rent|money|sofa)\b)${NOT_MOVING}`,
        // Things given away or cleared "so nobody will have to deal with my mess afterwards" (not a move, keys handed back, a
        // house sold).
        String.raw`(?<=\b(?:given|gave|giving|cleared|clearing|sorted|sorting|tidied|tidying|boxed|labell?ed|thrown|threw|binned|emptied)\b[^.!?\n]{0,100})(?<!\b(?:mov(?:e|ed|ing)|keys|landlord|lease|deposit|tenancy|sold|sale|downsiz\w*|new\s+(?:flat|house|place|job))\b[^.!?\n]{0,120})(?:so\s+(?:that\s+)?)?(?:nobody|no\s*one|no\s+one|(?:my|the)\s+(?:family|kids|children|mum|mom|dad|parents|sister|brother)|you|u|they|anyone)\s+(?:will|'ll|would|'d|won'?t|wont|doesn'?t|don'?t)\s+(?:have|need)\s+to\s+(?:deal\s+with|sort(?:\s+out)?|clear(?:\s+(?:out|up))?|tidy(?:\s+up)?|go\s+through|sort\s+through|clean\s+up)\s+(?:my|any\s+of\s+my|all\s+(?:of\s+)?my)\s+(?:\p{L}+\s+)?(?:mess|things|stuff|belongings|affairs|clutter|junk|rubbish)\s+(?:afterwards|after(?=\s*(?:[.!?,;…]|$))|when\s+i'?m\s+gone|once\s+i'?m\s+gone|after\s+i'?m\s+gone)`,
        "{B}(?:(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight|trouble)\\s+(?:to|for|on|round|around)\\s+(?:anyone|anybody|you|u|everyone|everybody|my\\s+family)(?:'?s\\s+necks?)?\\s+(?:much\\s+longer|for\\s+much\\s+longer|soon)|soon\\s+i\\s+(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight|trouble))(?![\\p{L}])",
        "{B}i(?:'ve|\\s+have|ve)?\\s+(?:got\\s+|have\\s+)?(?:the|my|all\\s+the|all\\s+my|enough)\\s+(?:pills|tablets|rope)\\s+(?:ready|here|saved|lined\\s+up|counted)|{B}enough\\s+(?:pills|tablets|paracetamol|sleeping\\s+pills)\\s+to\\s+(?:do\\s+it|end|not\\s+wake|never\\s+wake|kill)",
        "{B}i\\s+(?:stood|stand|was\\s+standing|'ve\\s+stood|have\\s+stood|went\\s+and\\s+stood|found\\s+myself(?:\\s+standing)?|ended\\s+up(?:\\s+standing)?)\\s+(?:on|at|by)\\s+(?:the\\s+)?(?:(?:very\\s+)?edge\\s+of\\s+(?:the|a|that)\\s+(?:platform|bridge|roof|cliff|building|tracks|car\\s+park|river|quay|pier|balcony)|(?:the|a|that)\\s+(?:bridge|ledge|roof|rooftop|cliff|cliff\\s+edge|cliffs|tracks|railway\\s+line|top\\s+of\\s+the\\s+car\\s+park))(?![^.!?\\n]{0,60}?\\b(?:where\\s+we\\s+(?:kissed|met|got\\s+engaged|used\\s+to|had)|(?:thought|thinking)\\s+(?:about|of)\\s+(?:you|u|us)(?=\\s*(?:[.!?,;…]|$)))\\b)(?=[^.!?\\n]{0,60}?\\b(?:last\\s+night|again|alone|for\\s+(?:a\\s+long\\s+time|an\\s+hour|hours|ages|a\\s+while)|thought|think|thinking|wondered|wondering|looking\\s+down|looked\\s+down|at\\s+(?:night|midnight|dawn|\\d)|nearly|almost|stepping|step|jump|jumping)\\b)",
        '{B}(?:think|thinking|thought)\\s+(?:about\\s+|of\\s+)?(?:not\\s+stepping\\s+back|stepping\\s+(?:off|out\\s+in\\s+front|in\\s+front|forward\\s+off)|just\\s+stepping\\s+(?:off|forward|out)|letting\\s+go\\s+of\\s+the\\s+(?:railing|rail|edge|ledge))',
        // My funeral, a last night, a note, a goodbye they don't know is one.
        '{B}(?:imagin(?:e|ed|ing)|pictur(?:e|ed|ing)|plan(?:ned|ning)?|think(?:ing)?\\s+about|dream(?:ing|t|ed)?\\s+(?:of|about))\\s+my\\s+(?:own\\s+)?funeral|{B}(?:come|go|be|show\\s+up|cry|turn\\s+up)\\s+(?:to|at)\\s+my\\s+funeral',
        "{B}(?:tonight|today|this)\\s+(?:is|will\\s+be)\\s+my\\s+(?:last|final)\\s+(?:night|day)(?=\\s*(?:[.!,;…]|$)|\\s+(?:on\\s+(?:this\\s+)?earth|alive|here|in\\s+this\\s+world)\\b)|{B}(?:last|final)\\s+(?:letter|message|thing|words)\\s+i(?:'ll|\\s+will)?\\s+ever\\s+(?:write|send|say)\\s+(?:to\\s+)?(?:anyone|anybody)",
        "{B}(?:doesn'?t|don'?t|didn'?t|won'?t|does\\s+not|do\\s+not)\\s+know\\s+(?:it'?s|it\\s+(?:is|was)|that\\s+it\\s+(?:is|was))\\s+(?:a\\s+|my\\s+|the\\s+)?(?:goodbye|last\\s+time|final\\s+goodbye)",
        '{B}(?:written|wrote|writing|left|leaving)\\s+(?:my\\s+(?:final\\s+|last\\s+)?note(?=\\s*(?:[.!,;…]|$)|\\s+(?:for|to)\\s+)|(?:a|the)\\s+(?:final|last|goodbye)\\s+note|a\\s+note\\s+(?:for|to)\\s+(?:my\\s+(?:family|kids|children|mum|mom|parents)|everyone))',
        "{B}(?:won'?t|will\\s+not|wont)\\s+(?:have\\s+to\\s+)?(?:deal\\s+with|put\\s+up\\s+with|worry\\s+about|see|hear\\s+from|bother\\s+with|think\\s+about|look\\s+after)\\s+me\\s+(?:for\\s+)?much\\s+longer",
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:really\\s+|even\\s+)?care\\s+(?:if|whether)\\s+i\\s+(?:live|wake\\s+up)\\s+or\\s+(?:die|not)",
        '{B}make\\s+(?:the|this|all\\s+the|all\\s+this|my)\\s+pain\\s+(?:stop|end|go\\s+away)\\b[^.!?\\n]{0,20}?\\b(?:one\\s+way\\s+or\\s+(?:another|the\\s+other)|for\\s+good|forever|permanently|whatever\\s+it\\s+takes)',
        "{B}the\\s+world\\s+(?:doesn'?t|does\\s+not|won'?t|wouldn'?t|will\\s+not)\\s+(?:need|want|miss)\\s+me(?![\\p{L}])|{B}(?:nobody|no\\s*one|no\\s+one)\\s+(?:needs|wants)\\s+me(?:\\s+(?:here|around|alive))?(?:\\s+any\\s?more)?(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:life|my\\s+life|everything)\\s+(?:is|feels|seems|has\\s+become)\\s+(?:so\\s+|completely\\s+|totally\\s+|just\\s+)?(?:pointless|meaningless|not\\s+worth\\s+(?:it|living))(?=\\s*(?:[.!,;…]|$)|\\s+(?:without|w/o|any\\s?more|now)\\b)',
        `{B}${OTHERS}\\s+(?:would|'?d|will|'?ll)\\s+(?:cope|do|manage|get\\s+on|live)\\s+(?:so\\s+much\\s+|much\\s+|far\\s+|a\\s+lot\\s+)?better\\s+(?:${WITHOUT}\\s+me|if\\s+i\\s+(?:was|were)\\s+(?:gone|dead))`,
        // Attempts: "I tried to end it in March", "I took a handful of pills".
        "{B}(?:tried|attempted|try|trying)\\s+to\\s+(?:end\\s+(?:it(?!\\s+with)|my\\s+life|everything)|kill\\s+myself|take\\s+my\\s+(?:own\\s+)?life)|{B}(?:took|take|taking|swallowed)\\s+(?:a\\s+(?:handful|load|bunch|fistful)\\s+of|(?:a|the)\\s+(?:whole|full|entire)\\s+(?:box|bottle|packet|pack|strip|jar|tub|sheet)\\s+of|(?:two|three|four|five|several)\\s+(?:boxes|bottles|packets|packs|strips)\\s+of|all\\s+(?:my|the|of\\s+my)|too\\s+many|an\\s+overdose\\s+of)\\s+(?:\\p{L}+\\s+){0,2}?(?:pills|tablets|paracetamol|painkillers)(?![^.!?\\n]{0,30}?\\b(?:back|prescribed|headache|migraine|doctor|tooth)\\b)|{B}(?:took\\s+an\\s+overdose|overdosed|od'd|o\\.d\\.'?d)(?![\\p{L}])",
        // "There's no future for me without you, so I don't want one".
        "{B}(?:there'?s|there\\s+is|i\\s+(?:have|see))\\s+no\\s+future\\s+(?:left\\s+)?for\\s+me(?!\\s+(?:here|in|at|with|as|there)\\b)|{B}i\\s+(?:don'?t|dont|do\\s+not)\\s+want\\s+(?:a|any)\\s+future(?=\\s*(?:[.!?,;…]|$)|\\s+(?:without\\s+(?:you|u)|any\\s?more|at\\s+all)\\b)",
        // Broad: not around to see what comes, not planning to be, "if I'm still here next spring", "I'll be gone by…", my last
        // Christmas, what is left to the children "whatever happens to me", who gets my things.
        // Not another's absence: "Shame you won't be around to see it" is a jab at the reader who left (lead review).
        String.raw`{B}(?<!\b(?:you|u|ya|ye|he|she|they|we|it|who)\s+)(?:i\s+)?(?:won'?t|wont|will\s+not|am\s+not\s+going\s+to|'m\s+not\s+going\s+to)\s+be\s+(?:around|here|alive)\s+(?:to|for)\s+(?:walk|feed|look\s+after|watch|raise|take\s+care\s+of|help\s+(?:her|him|them)|hold|meet|give|enjoy|celebrate|see|her|him|them)(?![\p{L}])(?![^.!?\n]{0,50}?\b(?:away|weekend|week|month|hospital|surgery|operation|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tomorrow|tonight)\b)${NOT_MOVING}`,
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+(?:plan|intend|expect)\s+(?:on|to)\s+(?:be(?:ing)?|stick(?:ing)?)\s+(?:around|here|alive)(?=\s*(?:[.!?,;…]|$)|\s+(?:much|for|long|by|next|after|past)\b)${NOT_MOVING}`,
        String.raw`{B}if\s+i(?:'?m|\s+am)\s+still\s+(?:alive\s+(?:next|by|in|at|this|come)\b|(?:here|around)\s+(?:next|by|in|at|this|come)\b(?=[^.!?\n]{0,50}?\b(?:miracle|surprised|shock|lucky|doubt|amazed)\b))${NOT_MOVING}|{B}i(?:'ll|\s+will|'d|\s+would)\s+(?:already\s+)?be\s+(?:long\s+)?gone\s+(?:soon|by|before|in\s+a|for\s+good|forever)\b${NOT_MOVING}`,
        String.raw`{B}(?:this|it)\s+(?:will\s+be|is|'s|might\s+be)\s+my\s+(?:last|final)\s+(?:birthday|christmas|summer|winter|spring|autumn|new\s+year|easter)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:whatever\s+happens\s+to\s+me|if\s+anything\s+(?:happens|should\s+happen|were\s+to\s+happen)\s+to\s+me)\b[^.!?\n]{0,60}?\b(?:insurance|kids|children|boys|girls|dog|cat|mortgage|savings|pension|looked\s+after|taken\s+care\s+of|provided\s+for)\b|{B}(?:insurance|kids|children|mortgage|savings|pension)\b[^.!?\n]{0,60}?\bwhatever\s+happens\s+to\s+me\b|{B}(?:life\s+)?insurance\b[^.!?\n]{0,60}?\b(?:kids|children|boys|girls|family|mum|mam|mom|wife|husband|son|daughter)\b[^.!?\n]{0,30}?\b(?:will\s+be|'ll\s+be)\s+(?:alright|all\s+right|ok|okay|fine|provided\s+for|looked\s+after|taken\s+care\s+of|set|covered)`,
        String.raw`{B}(?:written|wrote|writing|made|making|left|leaving|drawn|drew|put)\s+(?:down\s+|up\s+|out\s+)?(?:a\s+list\s+of\s+|instructions\s+(?:for|about)\s+)?(?:who|which\s+(?:\w+\s+)?(?:friend|one|person|of\s+(?:my|the)\s+\w+))\s+(?:gets|should\s+get|will\s+get|can\s+have|is\s+to\s+(?:get|have)|takes|inherits|should\s+have)\s+my\s+\w+`,
      ].join('|'),
    },
    {
      id: 'farewell',
      // Said sideways, as hopelessness with no way out, things handed on, a goodbye or the means:
      // "what's the point of anything anymore", "I've been giving my things away", "tell my mum I'm sorry",
      // "I keep thinking about the bridge", "the car in the garage with the engine running".
      re: [
        // Two farewell acts told together: a thing given away and letters written to the family ("I've given my guitar to
        // my brother and written letters to my mum").
        String.raw`{B}(?:giv(?:e|en|ing)|gave)\s+(?:away\s+)?(?:my\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+(?:away\s+)?(?:to\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+)?(?:and|,)\s+(?:i(?:'ve|\s+have)\s+)?(?:also\s+)?(?:written|wrote|writing|left)\s+(?:(?:goodbye|farewell|last)\s+)?(?:letters?|notes?|cards?)\s+(?:to|for)\s+(?:my|everyone|each|all)(?![\p{L}])`,
        `{B}(?:what'?s|whats|what\\s+is|wats)\\s+(?:even\\s+)?the\\s+point\\s+(?:(?:of|in)\\s+(?:anything|any\\s+of\\s+it|it\\s+all|life|getting\\s+up|getting\\s+out\\s+of\\s+bed|trying\\s+any\\s?more|anything\\s+any\\s?more)(?![\\p{L}])|(?:any\\s?more|now)(?=\\s*(?:[.!?,;…]|$)))|{B}(?:there'?s|there\\s+is|i\\s+see|i\\s+(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see)\\s+(?:no|the|any)\\s+point\\s+(?:of|in)\\s+(?:anything|any\\s+of\\s+it|it\\s+all|getting\\s+up|getting\\s+out\\s+of\\s+bed)(?:\\s+any\\s?more)?(?=\\s*(?:[.!?,;…]|$))`,
        `(?<!\\b(?:mov(?:e|ed|ing)|emigrat\\w*|relocat\\w*|abroad|downsiz\\w*)\\b[^.!?\\n]{0,80}){B}(?:giv(?:e|en|ing)|gave)\\s+(?:away\\s+)?(?:all\\s+|most\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions|records|books|clothes|guitars?|plants|jewellery|jewelry|tools|bikes?|paintings|vinyl|cds)\\s+away(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|charity|declutter(?:ing)?|clear(?:ing)?\\s+out|minimalis[mt]|flat|house|abroad|downsiz(?:e|ing)|knee|back|hip|injur\\p{L}*|arthritis|doctor|outgrown|too\\s+small|upgrad\\p{L}*|new\\s+one)\\b)|{B}(?:been|started|start|am|i'?m|im)\\s+giving\\s+away\\s+(?:all\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions)(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|charity|declutter(?:ing)?|clear(?:ing)?\\s+out|minimalis[mt]|flat|house|abroad|downsiz(?:e|ing)|knee|back|hip|injur\\p{L}*|arthritis|doctor|outgrown|too\\s+small|upgrad\\p{L}*|new\\s+one)\\b)`,
        "{B}(?:keep|kept|can'?t\\s+stop|cant\\s+stop|been|started|i\\s+(?:often|always))\\s+(?:thinking|think|thought)\\s+(?:about|of)\\s+(?:the|that|those|my)\\s+(?:bridge|pills|tablets|rope|tracks|railway\\s+line|train\\s+tracks|ledge|cliffs?|river|motorway\\s+bridge|roof|car\\s+park\\s+roof|drop|sleeping\\s+pills)(?![\\p{L}])(?!\\s+(?:where|when|we|our|in\\s+(?:paris|prague|rome|venice|the\\s+(?:rain|snow|summer|sun))|you|that\\s+we|trip|walk|walks|path|view|near\\s+(?:your|our)|at\\s+(?:sunset|sunrise|dawn)|from\\s+our|at\\s+[A-Z]?\\p{L}+,?\\s+(?:the\\s+(?:day|night|time|weekend|summer)\\s+(?:we|you|u)|when\\s+we|where\\s+we))\\b)(?![^.!?\\n]{0,40}?\\b(?:forgot|forget|prescription|pharmacy|chemist|pick\\s+up|collect|for\\s+(?:mum|mom|dad|nan|gran|the\\s+(?:dog|cat)))\\b)",
        '{B}(?:in|into)\\s+(?:the|my)\\s+(?:locked\\s+|closed\\s+|shut\\s+)?garage\\s+with\\s+the\\s+(?:engine|motor)\\s+(?:running|on)|{B}(?:engine|motor)\\s+running\\s+in\\s+the\\s+(?:locked\\s+|closed\\s+|shut\\s+)?garage|{B}hose(?:pipe)?\\s+(?:to|from|on|in|into|onto)\\s+the\\s+exhaust',
        `{B}(?:please\\s+)?tell\\s+my\\s+(?:${MUM_OR_DAD}|parents|${KIDS}|family|sister|brother|little\\s+\\p{L}+)\\s+(?:that\\s+)?(?:i'?m\\s+sorry|i\\s+am\\s+sorry|im\\s+sorry|i\\s+love\\s+(?:her|him|them)|i\\s+loved\\s+(?:her|him|them)|it\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not)\\s+(?:her|his|their)\\s+fault|i\\s+did\\s+my\\s+best|i\\s+tried)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|so\\s+much|for\\s+everything|very\\s+much)\\b)`,
        "{B}(?:(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see\\s+(?:a|any|another)|there'?s\\s+no|there\\s+is\\s+no|i\\s+see\\s+no|there'?s\\s+only\\s+one|there\\s+is\\s+only\\s+one)\\s+way\\s+out(?:\\s+(?:of\\s+(?:this|it|here)|for\\s+me))?(?:\\s+(?:any\\s?more|any\\s+longer|left|now|at\\s+all))?(?=\\s*(?:[.!?,;…]|$))",
        "{B}by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find|see)\\s+(?:this|my\\s+letter|it),?\\s+(?:it\\s+(?:won'?t|will\\s+not|wont)\\s+matter(?:\\s+any\\s?more)?|it(?:'ll|\\s+will|ll)\\s+(?:all\\s+)?be\\s+(?:over|too\\s+late|done)|i(?:'ll|\\s+will|ll|'d|\\s+would)\\s+(?:already\\s+)?be\\s+(?:free|somewhere\\s+better|in\\s+a\\s+better\\s+place|with\\s+my\\s+\\p{L}+|at\\s+rest|out\\s+of\\s+(?:pain|your\\s+life\\s+for\\s+good)|past\\s+caring))(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:just\\s+|so\\s+|completely\\s+|totally\\s+|really\\s+)?done\\s+with\\s+(?:everything|it\\s+all|all\\s+of\\s+it|this\\s+world|this\\s+life|being\\s+here)(?=\\s*(?:[.!?…]|$)|\\s+(?:any\\s?more|now|for\\s+good)\\b)",
        '{B}(?:no|any|not\\s+a\\s+single)\\s+reason\\s+(?:left\\s+)?(?:for\\s+me\\s+)?to\\s+(?:stay|be|remain|keep\\s+going|carry\\s+on|go\\s+on|get\\s+up|wake\\s+up)\\s+(?:alive|around(?=\\s*(?:[.!?,;…]|$)|\\s+(?:any\\s?more|now)\\b)|on\\s+this\\s+(?:earth|planet)|in\\s+this\\s+world|here(?=\\s+(?:any\\s?more|now)\\s*(?:[.!?…]|$))|any\\s?more(?=\\s*(?:[.!?,;…]|$))|in\\s+the\\s+morning)',
        '{B}(?:written|wrote|writing|write)\\s+(?:a\\s+)?(?:(?:last|final|goodbye)\\s+)?(?:letters?|notes?|cards?)\\s+to\\s+(?:everyone|everybody|all\\s+(?:the\\s+)?(?:people|those))\\s+i\\s+(?:love|loved|care\\s+about|cared\\s+about)',
        "{B}if\\s+(?:i'?m|i\\s+am|im|i\\s+(?:was|were))\\s+(?:ever\\s+)?(?:gone|not\\s+(?:here|around)|no\\s+longer\\s+(?:here|around))(?:\\s+(?:one\\s+day|soon|tomorrow))?,?\\s+(?:please\\s+)?(?:look\\s+after|take\\s+care\\s+of|feed|keep|tell\\s+my|give\\s+my|remember|don'?t\\s+(?:blame|feel|be\\s+sad))",
        // Eleventh round: a date given and a farewell after it: "If I'm not here next week, please know I loved you".
        String.raw`{B}if\s+(?:i'?m|i\s+am|im)\s+(?:not\s+(?:here|around)|no\s+longer\s+(?:here|around)|gone)\s+(?:by\s+|next\s+|this\s+time\s+next\s+)?(?:week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday|christmas|the\s+weekend|tomorrow|tonight|the\s+time\s+(?:you|u)\s+(?:read|get)\s+this)\s*,?\s+(?:please\s+)?(?:(?:just\s+)?know\s+(?:that\s+)?i|remember\s+(?:that\s+)?i|i\s+want\s+(?:you|u)\s+to\s+know|it\s+(?:was|is)n'?t\s+(?:your|ur)\s+fault|don'?t\s+blame)(?![^.!?\n]{0,40}?\b(?:holiday|trip|away|abroad|travel\w*|mum'?s|parents'?|hospital\s+for|conference|work|shift)\b)${NOT_MOVING}`,
        "{B}(?:wonder|wondered|wondering|ask\\s+myself|asked\\s+myself|asking\\s+myself)\\s+(?:if|whether)\\s+(?:anyone|anybody|you|u|people|(?:my\\s+)?(?:family|friends))\\s+(?:would|will)\\s+(?:even\\s+|really\\s+|actually\\s+|ever\\s+)?(?:notice|care|miss\\s+me|cry|come\\s+to\\s+my\\s+funeral)\\s+(?:if\\s+i\\s+(?:was|were|'?m)\\s+(?:gone|dead|not\\s+(?:here|around))|if\\s+i\\s+(?:died|disappeared|didn'?t\\s+wake\\s+up|wasn'?t\\s+here))",
        "{B}(?:sorry|forgive\\s+me)\\s+for\\s+what\\s+i(?:'m|\\s+am|m)\\s+(?:about|going)\\s+to\\s+do|{B}(?:sorry|forgive\\s+me)\\s+for\\s+what\\s+i(?:'ll|\\s+will|\\s+have\\s+to)\\s+do(?=\\s*(?:[.!,;…]|$))",
        `{B}(?:i\\s+(?:won'?t|wont|will\\s+not)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+going\\s+to|im\\s+not\\s+(?:going\\s+to|gonna))\\s+be\\s+(?:here|around|alive)\\s+to\\s+see\\s+(?:it|that|this|you|the\\s+(?:spring|summer|new\\s+year|kids|end))(?![\\p{L}])${NOT_MOVING}|{B}(?:can'?t|cant|cannot|don'?t|dont)\\s+see\\s+myself\\s+(?:still\\s+)?(?:being\\s+)?(?:here|around|alive)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|next\\s+(?:year|month|week|christmas)|by\\s+(?:the\\s+)?(?:christmas|spring|summer|autumn|winter|new\\s+year|end\\s+of\\s+the\\s+(?:year|month))|at\\s+christmas|in\\s+a\\s+(?:year|month|few\\s+(?:weeks|months)))${NOT_MOVING}`,
        '{B}(?:thought|thinking|think)\\s+(?:about|of)\\s+ending\\s+it(?:\\s+all)?\\s+(?:more\\s+times\\s+than\\s+i\\s+(?:can|could|care\\s+to)\\s+(?:count|say|admit)|(?:every|each)\\s+(?:single\\s+)?(?:day|night)|most\\s+(?:days|nights)|(?:a\\s+lot\\s+)?lately|(?:so\\s+)?(?:often|much)\\s+(?:lately|recently))(?![\\p{L}])|{B}made\\s+(?:my\\s+)?peace\\s+with\\s+(?:dying|death|god|the\\s+world|leaving\\s+this\\s+world|not\\s+being\\s+here)(?![\\p{L}])',
        '{B}(?:sleep|go\\s+to\\s+sleep|fall\\s+asleep|drift\\s+off|close\\s+my\\s+eyes)\\s+and\\s+(?:just\\s+)?(?:never|not)\\s+(?:come\\s+back|wake\\s+again|open\\s+them\\s+again|have\\s+to\\s+wake\\s+up)(?![\\p{L}])',
        "{B}(?:(?:don'?t|dont|do\\s+not)\\s+think\\s+i\\s+(?:can|could|'?ll|will)|not\\s+sure\\s+(?:if\\s+)?i\\s+(?:can|'?ll|will)|(?:can'?t|cant|cannot)|i\\s+(?:won'?t|wont))\\s+(?:get|make\\s+it)\\s+through\\s+(?:tonight|the\\s+night|another\\s+night|this\\s+night|the\\s+weekend|another\\s+day|another\\s+week)(?![^.!?\\n]{0,40}?\\b(?:shift|exam|work|deadline|essay|flight|party|wedding|coffee|a\\s+drink|painkillers|match|game)\\b)",
        // Found afterwards: a letter put "where she'll find it after", "so nobody I love has to find me".
        String.raw`(?<=\b(?:letters?|notes?|envelopes?|cards?)\b[^.!?\n]{0,60})(?:where|so\s+(?:that\s+)?)\s*(?:she|he|they|someone|somebody|my\s+[a-z]+)(?:'ll|\s+will|\s+would|'d|\s+can)\s+find\s+(?:it|them)\s+(?:after(?:wards)?|when\s+i'?m\s+gone|later\s+on)(?=\s*(?:[.!?,;…]|$))|{WB}(?:nobody|no\s*one|no\s+one|none\s+of\s+(?:them|you)|(?:my|the)\s+(?:kids|children|mum|mom|dad|parents|flatmate|family|sister|brother|son|daughter))(?:\s+i\s+love)?\s+(?:has|have|needs?|will\s+have|would\s+have|is|are)\s+to\s+(?:be\s+the\s+(?:one|ones)\s+(?:to|who)\s+)?finds?\s+me(?![\w])(?!\s+(?:crying|like\s+(?:this|that)|in\s+(?:this|that|such)\s+(?:state|mess)|drunk|asleep)\b)|{WB}(?:don'?t|dont|do\s+not)\s+want\s+(?:my|the|our)\s+[a-z]+\s+to\s+(?:be\s+the\s+(?:one|ones)\s+(?:who|to)\s+)?finds?\s+me(?![\w])(?!\s+(?:crying|like\s+(?:this|that)|in\s+(?:this|that|such)\s+(?:state|mess)|drunk|asleep)\b)`,
        String.raw`(?<=\b(?:gave|given|giving|give|left|leaving|handed)\b[^.!?\n]{0,60}?)(?:they'?re|it'?s|they\s+are|it\s+is|that'?s|those\s+are)\s+(?:of\s+)?no\s+(?:use|good)\s+to\s+me\s+(?:now|any\s?more|where\s+i'?m\s+going)(?!\s+that\b)(?![^.!?\n]{0,40}?\b(?:mov(?:e|ed|ing)|new\s+one|upgrad\w*|knee|back|flat|house)\b)`,
        String.raw`{WB}(?:bought|buying|got|picked\s+up|collected|ordered)\s+(?:another|a\s+second|a\s+third|two|three|four|several|extra|more|a\s+few|a\s+couple\s+of)\s+(?:more\s+)?(?:packets?|boxes|box|bottles?|strips?|packs?)\s+of\s+(?:paracetamol|pills|tablets|painkillers|sleeping\s+(?:pills|tablets)|aspirin|ibuprofen|co-?codamol|codeine)\b[^.!?\n]{0,30}?(?:just\s+in\s+case(?=\s*(?:[.!?,;…]|$)|\s+i\b)|in\s+case\s+i\s+(?:decide|need\s+them|go\s+through|do\s+it)|for\s+when\s+i|so\s+(?:that\s+)?i\s+(?:have|'ve\s+got)\s+enough|(?:that'?s|that\s+should\s+be|should\s+be)\s+enough)`,
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:know|picked|chose|chosen|found)\s+(?:exactly\s+|already\s+)?(?:which|the)\s+(?:bridge|cliff|building|roof|rooftop|car\s+park|multi-?stor(?:e)?y|train|tracks|spot|place|tree|ledge|viaduct|overpass|crossing)(?=\s*(?:[.!?,;…]|$)|\s+(?:and\s+(?:i'?ve|i\s+have|i\s+went|i\s+drove|i'?ve\s+been)|i'?d\s+(?:use|go|jump)|i\s+would\s+(?:use|go|jump)|to\s+use|already)\b)|{WB}(?:looked|looking|look|googled|googling|checked|checking|searched)\s+up\s+how\s+(?:high|tall|far\s+down|far\s+the\s+drop|long\s+the\s+drop)\s+(?:the|that|this|a)\s+(?:[a-z]+\s+){0,3}?(?:bridge|multi-?stor(?:e)?y|car\s+park|cliffs?|viaduct|roof|rooftop|balcony|drop|overpass|flats|tower\s+block)(?![\w])`,
        String.raw`{WB}(?:(?:please\s+)?(?:don'?t|do\s+not|dont)\s+(?:feel\s+(?:bad|guilty|responsible)|blame\s+yourself)\s+when\s+(?:you|u)\s+(?:hear|get|find\s+out|read)\s+(?:the\s+news(?!\s+(?:that|about|of|from)\b)|what\s+(?:happened|i(?:'ve|\s+have)?\s+(?:done|did)))|when\s+(?:you|u)\s+(?:hear|get)\s+the\s+news(?!\s+(?:that|about|of|from)\b)\b[^.!?\n]{0,40}?\b(?:(?:not|isn'?t|wasn'?t|never|was\s+never|is\s+never)\s+(?:your|ur)\s+fault|(?:don'?t|do\s+not)\s+(?:blame\s+yourself|feel\s+(?:bad|guilty))))`,
        String.raw`{WB}(?:it|things|life)\s+(?:gets?|will\s+get|'ll\s+get|is\s+going\s+to\s+get)\s+better\b[^.!?\n]{0,40}?\b(?:don'?t|dont|do\s+not|won'?t|wont|not\s+going\s+to|can'?t)\s+(?:want\s+to\s+|wanna\s+|plan\s+to\s+|intend\s+to\s+)?(?:stick|hang|stay|be)\s+(?:around|here|alive)(?![\w])`,
        String.raw`{WB}(?:(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+myself|(?:don'?t|dont|do\s+not)\s+(?:expect|plan|intend|want)\s+to)\s+(?:getting|growing|get|grow|living\s+to\s+(?:be\s+)?|making\s+it\s+to|make\s+it\s+to|reaching|reach)\s*(?:old|older|old\s+age|thirty|forty|fifty|sixty|\d+)(?!\s+(?:with|together|next\s+to|beside|alongside|without|in|here|there)\b)(?=\s*(?:[.!?,;…]|$)|\s+(?:and|any\s?more|now|at\s+all|honestly|tbh)\b)`,
        "{B}how\\s+many\\s+(?:of\\s+(?:my|the|these|those)\\s+)?(?:pills|tablets|paracetamol|painkillers|sleeping\\s+pills|meds)\\s+(?:it\\s+)?(?:would|it'?d|will|does\\s+it|do\\s+you\\s+need\\s+to)\\s+take",
        "{B}if\\s+(?:anything|something)\\s+(?:happens|should\\s+happen|were\\s+to\\s+happen|ever\\s+happens)(?:\\s+to\\s+me)?,?\\s+(?:please\\s+|just\\s+)?(?:know\\s+(?:it|that)|tell\\s+(?:the|my|our)\\s+\\p{L}+\\s+(?:that\\s+)?i|remember\\s+(?:that\\s+)?i|don'?t\\s+blame|look\\s+after\\s+(?:the|my|our)|take\\s+care\\s+of\\s+(?:the|my|our)|it\\s+(?:was|is)\\s+(?:because|not\\s+your))|{B}tell\\s+(?:the|my|our)\\s+(?:kids|children|girls|boys|daughters?|sons?|family|parents)\\s+(?:that\\s+)?i\\s+(?:loved|did\\s+love|always\\s+loved)\\s+(?:them|him|her)(?![\\p{L}])",
        '{B}done\\b[^.!?\\n]{0,40}?\\bwith\\s+(?:everything|it\\s+all|all\\s+of\\s+it|life),?\\s+not\\s+just\\s+(?:us|you|u|this|the\\s+relationship|with\\s+(?:us|you))(?![\\p{L}])',
        "{B}how\\s+(?:peaceful|easy|nice|good|simple|quiet|restful|lovely)\\s+it(?:\\s+would|'?d|\\s+might)\\s+be\\s+to\\s+(?:just\\s+)?(?:not|never)\\s+(?:wake\\s+up|be\\s+here|exist|feel\\s+anything)|{B}(?:think|thinking|thought|wonder|wondering)\\s+(?:about\\s+)?how\\s+(?:easy|simple|quick|peaceful)\\s+it\\s+(?:would|'?d)\\s+be(?=\\s*(?:[.!?…]|$)|\\s+to\\s+(?:just\\s+)?(?:step|jump|let\\s+go|fall|lean|drive\\s+off|end\\s+it|disappear|not\\s+wake|never\\s+wake))",
        '{B}(?:written|wrote|left|leaving|writing)\\s+(?:a\\s+)?(?:letters?|notes?|cards?)\\s+(?:for|to)\\s+(?:my|the|each\\s+of\\s+my)\\s+(?:\\p{L}+\\s+)?(?:kids|children|daughters?|sons?|girls|boys|family|parents|mum|mom|dad|sister|brother|wife|husband)\\b[^.!?\\n]{0,20}?\\b(?:just\\s+in\\s+case|in\\s+case)(?=\\s*(?:[.!,;…]|$))',
        `{B}(?:(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+needing|(?:don'?t|dont|do\\s+not)\\s+(?:suppose|think|imagine|expect)\\s+i'?ll\\s+be\\s+needing|(?:won'?t|wont|will\\s+not)\\s+need)\\s+(?:them|it|any\\s+of\\s+(?:it|them|this)|my\\s+\\p{L}+|anything|those)(?:\\s+(?:where\\s+i(?:'?m|\\s+am)\\s+going|now|any\\s?more|any\\s+longer|much\\s+longer|after\\s+this|soon))?(?=\\s*(?:[.!,;…]|$))(?<=(?:be\\s+needing|where\\s+i(?:'?m|\\s+am)\\s+going)[^.!?\\n]{0,40})${NOT_MOVING}`,
        '{B}(?:went|go|drove|walked|climbed)\\s+(?:up\\s+)?(?:to\\s+)?(?:the\\s+)?top\\s+(?:floor\\s+)?of\\s+(?:the|a)\\s+(?:\\p{L}+\\s+)?(?:car\\s+park|multi-storey|building|tower|bridge|cliffs?)\\b[^.!?\\n]{0,40}?\\b(?:stood\\s+there|looked\\s+down|sat\\s+on\\s+the\\s+(?:edge|wall|ledge))',
        "{B}(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:your|ur|anyone'?s|anybody'?s|everyone'?s)\\s+(?:problem|burden|worry|concern|bother)\\s+(?:for\\s+)?(?:much\\s+longer|for\\s+long|soon)(?![\\p{L}])",
        `{B}(?:nothing|no\\s*one|nobody|nothing\\s+left)\\s+(?:really\\s+)?(?:keeping|holding|to\\s+keep|to\\s+hold)\\s+me\\s+(?:here|alive|going|around|on\\s+this\\s+earth)(?![\\p{L}])${NOT_MOVING}`,
        "{B}(?:it|things|life|everything)\\s+(?:would|will|'?d|'?ll|might)\\s+be\\s+(?:so\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?more\\s+(?:simple|easy|good|peaceful)\\s+for\\s+(?:every(?:one|body|1)|all|my\\s+\\p{L}+|the\\s+family|you|u)\\s+if\\s+i\\s+(?:was|were|'?m|am)\\s+(?:not\\s+(?:here|around|alive)|gone|dead)",
        "{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight)\\s+(?:to|for|on)\\s+(?:anyone|anybody|everyone|everybody)\\s+(?:any\\s?more|any\\s+longer|ever\\s+again)(?![\\p{L}])",
        `(?<=\\b(?:make\\s+sure|look\\s+after|look\\s+in\\s+on|check\\s+(?:in\\s+)?on|take\\s+care\\s+of|goes\\s+to|go\\s+to|have|keep|give|gets?|feed)\\b[^.!?\\n]{0,50})(?:when|once|after)\\s+i(?:'?m|\\s+am)\\s+(?:not\\s+(?:here|around)|gone)(?:\\s+any\\s?more)?(?=\\s*(?:[.!,;…]|$))${NOT_MOVING}`,
        "{B}(?:researching|researched|looked\\s+up|looking\\s+up|googled|googling|searched|searching|read\\s+up\\s+on|reading\\s+up\\s+on|worked\\s+out|working\\s+out|figured\\s+out|counting|counted)\\s+how\\s+(?:much|many)\\b[^.!?\\n]{0,25}?\\bit\\s+(?:would|'?d|will)\\s+take(?=\\s*(?:[.!,;…]|$)|\\s+(?:last\\s+night|yesterday|tonight)\\b)",
        "{B}(?:everything|the\\s+world|this\\s+world|everyone'?s\\s+lives?|everybody'?s\\s+lives?|the\\s+family|my\\s+family|the\\s+house)\\s+(?:would|will|'?d|'?ll|might)\\s+be\\s+(?:so\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?(?:quieter|better|easier|simpler|lighter|calmer|happier|more\\s+peaceful)\\s+without\\s+me(?![\\p{L}])",
        '{B}(?:wrote|written|writing|said|saying|made)\\s+(?:all\\s+)?my\\s+goodbyes(?![\\p{L}])(?![^.!?\\n]{0,40}?\\b(?:team|job|work|office|colleagues|class|school|flat|city|town|house|before\\s+(?:i|the)\\s+(?:left|move|moved|flight)|leaving\\s+do)\\b)',
        "{B}(?:keep|kept|been|can'?t\\s+stop|cant\\s+stop|started)\\s+(?:looking\\s+at|staring\\s+at|thinking\\s+about|counting|holding)\\s+(?:the|my|those|all\\s+the|all\\s+my)\\s+(?:pills|tablets|rope|knife|knives|razors?|blades|gun|meds|sleeping\\s+pills|painkillers)(?![\\p{L}])(?![^.!?\\n]{0,40}?\\b(?:forgot|forget|prescription|pharmacy|chemist|pick\\s+up|collect|for\\s+(?:mum|mom|dad|nan|gran|the\\s+(?:dog|cat)))\\b)",
        "{B}(?:no\\s*one|nobody|no\\s+one)\\s+(?:would|will|'?d)\\s+(?:even\\s+|really\\s+)?miss\\s+me(?=\\s*(?:[.!,;…]|$)|\\s+(?:any\\s?way|anyway|really|at\\s+all|if)\\b)",
        '{B}(?:walk(?:ing)?|swim(?:ming)?|driv(?:e|ing)|go(?:ing)?|wander(?:ing)?)\\s+(?:(?:out\\s+|off\\s+)?into|out\\s+to)\\s+(?:the|a)\\s+(?:sea|ocean|river|lake|water|waves|woods|forest|hills|snow)\\s+and\\s+(?:just\\s+)?(?:not|never)\\s+(?:coming|come)\\s+(?:back|out)(?![\\p{L}])',
        "{B}(?:said|say|saying)\\s+goodbye\\s+to\\s+(?:my|the|everyone|everybody)(?:\\s+\\p{L}+)?\\b[^.!?\\n]{0,30}?\\b(?:(?:s?he|they)\\s+(?:doesn'?t|don'?t|didn'?t)\\s+(?:know|realise|realize)(?:\\s+it)?(?=\\s*(?:[.!,;…]|$))|without\\s+(?:telling|(?:her|him|them)\\s+knowing)|for\\s+the\\s+(?:last|final)\\s+time)",
        '{B}waking\\s+up\\s+(?:every\\s+(?:day|morning)\\s+|each\\s+(?:day|morning)\\s+)?(?:is|feels\\s+like)\\s+(?:pure\\s+)?(?:torture|agony|a\\s+punishment|unbearable|hell)(?=\\s*(?:[.!,;…]|$))',
        "{B}(?:a|the)\\s+rope\\s+(?:in|under|on|behind|up\\s+in)\\s+(?:the|my)\\s+\\p{L}+\\b[^.!?\\n]{0,20}?\\b(?:i\\s+(?:think|keep\\s+thinking|look|keep\\s+looking)|i'?ve\\s+been\\s+(?:thinking|looking))",
        "{B}(?:this|the)\\s+world\\s+(?:isn'?t|is\\s+not|was\\s+never|wasn'?t|isnt)\\s+(?:meant\\s+|made\\s+)?for\\s+(?:me|people\\s+like\\s+me)(?![\\p{L}])|{B}i\\s+(?:don'?t|dont|do\\s+not|no\\s+longer)\\s+belong\\s+(?:in\\s+this\\s+world|on\\s+this\\s+earth|here\\s+any\\s?more|anywhere\\s+any\\s?more)",
        '{B}(?:to|could|would|just|wish\\s+i\\s+could)\\s+(?:just\\s+|simply\\s+)?(?:stop\\s+existing|cease\\s+to\\s+exist|not\\s+exist(?:\\s+any\\s?more)?)(?![\\p{L}])',
        "{B}(?:my\\s+(?:kids|children|family|parents|son|daughter|boys|girls)|the\\s+(?:kids|children)|everyone|everybody|they|people)\\s+(?:are|'re|would\\s+be|'d\\s+be|will\\s+be)\\s+better\\s+off\\b[^.!?\\n]{0,30}?\\bwithout\\s+me\\s+(?:around|here|alive|in\\s+(?:their|the)\\s+li(?:fe|ves))",
        "{B}(?:got|have|'ve\\s+got)\\s+it\\s+all\\s+(?:planned|worked\\s+out|sorted)\\b[^.!?\\n]{0,20}?\\b(?:don'?t|do\\s+not|dont)\\s+worry\\s+about\\s+me",
        "{B}(?:not\\s+(?:going\\s+to|gonna)|won'?t|wont|will\\s+not|(?:don'?t|dont)\\s+think\\s+i'?ll)\\s+make\\s+it\\s+(?:to|until|till|through)\\s+(?:my\\s+(?:next\\s+)?birthday|christmas|the\\s+(?:new\\s+year|end\\s+of\\s+the\\s+(?:year|month|week)|summer|spring)|next\\s+(?:year|month|christmas|spring|summer))(?![\\p{L}])(?!\\s+(?:party|dinner|drinks|meal|do|celebration|lunch)\\b)(?![^.!?\\n]{0,40}?\\b(?:flight|train|in\\s+time|on\\s+time|work|shift|busy|trip|abroad)\\b)",
        "{B}(?:went|go|fell|fall|drifted\\s+off|drift\\s+off)\\s+(?:to\\s+sleep\\s+)?and\\s+(?:just\\s+)?(?:didn'?t|did\\s+not|never|don'?t|wouldn'?t)\\s+wake\\s+up(?![\\p{L}])(?!\\s+(?:until|till|in\\s+time|on\\s+time|early)\\b)",
        "{B}(?:(?:don'?t|do\\s+not|dont)\\s+have|no\\s+longer\\s+have|(?:haven'?t|have\\s+not|havent)\\s+got)\\s+(?:the\\s+|any\\s+)?(?:strength|energy|will|fight)\\s+(?:left\\s+)?(?:in\\s+me\\s+)?(?:to\\s+(?:keep\\s+(?:fighting|going|living|trying)|go\\s+on|carry\\s+on|live|get\\s+up|stay\\s+alive)(?!\\s+for\\b)(?:\\s+any\\s?more|\\s+any\\s+longer)?)?(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:stopped|stop|stopping)\\s+seeing\\s+(?:the|any)\\s+point\\s+(?:of|in)\\s+(?:getting\\s+up|waking\\s+up|living|anything|going\\s+on|carrying\\s+on|life|being\\s+here)',
        // Death no longer feared (thirteenth round, danger13: "Dying doesn't seem so bad anymore"); not death as part of life.
        String.raw`(?:{B}(?:(?:i'?m|im|i\s+am)\s+)?(?:not|no\s+longer)\s+(?:scared|afraid|frightened)\s+(?:of|to)\s+(?:dying|die|death)(?![\p{L}])|{B}(?:dying|death)\s+(?:(?:doesn'?t|does\s+not|no\s+longer|don'?t)\s+(?:scare|frighten)s?\s+me|(?:doesn'?t|does\s+not|dont|don'?t)\s+(?:seem|sound|feel|look)\s+(?:so|that|as|too|very|all\s+that)\s+(?:bad|scary|frightening|terrible|awful)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|these\s+days|at\s+all|honestly|tbh)\b)))(?![^.!?\n]{0,60}?\b(?:part\s+of\s+life|natural|faith|heaven|god|hospice|nursing)\b)`,
        String.raw`{WB}(?:wish|wishes|wishing|wished|hope|hopes|hoping|hoped|pray|prays|praying|prayed)\s+(?:that\s+|sometimes\s+|every\s+(?:day|night)\s+)?(?:a|the|some|an|that)\s+(?:[a-z]+\s+){0,2}?(?:bus|car|lorry|truck|train|van|tram|taxi|driver|illness|disease|cancer|heart\s+attack|stroke|accident|crash|plane|virus|tumou?r|infection|fever|covid)\s+(?:would|will|had|'d|might|could|to|just)?\s*(?:just\s+|finally\s+|simply\s+)?(?:hit|hits|kill|kills|killed|take|takes|taken|took|run\s+me\s+over|runs\s+me\s+over|finish|finishes|finished|get|gets|got|end|ends|ended|claim|claimed|carry)\s+(?:me(?![\w])(?!\s+(?:to|home|back|there|up|down|for\s+(?:a|dinner|lunch|drinks?|coffee))\b)|me\s+off(?![\w]))|{WB}(?:wish|wishing|hope|hoping|pray|praying)\s+(?:that\s+)?i(?:'d|\s+would|\s+could|'ll|\s+will)?\s+(?:just\s+)?(?:get|got|be|was|were)\s+(?:hit|run\s+over|killed|struck|knocked\s+down)\s+by\s+(?:a|the|some)\s+(?:[a-z]+\s+)?(?:bus|car|lorry|truck|train|van|tram|taxi|driver)(?![\w])|{WB}(?:wish|wishing|hope|hoping|pray|praying|prayed)\s+(?:that\s+)?my\s+heart\s+(?:would\s+|will\s+|'d\s+|might\s+|to\s+)?(?:just\s+|finally\s+|simply\s+)?(?:stops?|stopped|give\s+(?:up|out)|gives\s+(?:up|out)|gave\s+(?:up|out))(?:\s+beating)?(?=\s*(?:[.!?,;…]|$)|\s+(?:on\s+its\s+own|in\s+my\s+sleep|one\s+night|tonight|for\s+good|and|beating|altogether)\b)`,
        '{B}(?:left|written|wrote|made)\\s+(?:clear\\s+|written\\s+|detailed\\s+)?instructions\\s+(?:for|about)\\s+(?:the|my)\\s+\\p{L}+(?![^.!?\\n]{0,60}?\\b(?:away|holiday|trip|weekend|while\\s+i|until\\s+i|travel)\\b)',
        "{B}if\\s+(?:you|u)\\s+(?:don'?t|dont|never|do\\s+not)\\s+hear\\s+from\\s+me\\s+again\\b[^.!?\\n]{0,30}?\\b(?:know\\s+(?:that\\s+)?(?:i|it)|remember\\s+(?:that\\s+)?i|it\\s+(?:wasn'?t|isn'?t|was\\s+not|is\\s+not)\\s+(?:your|ur)\\s+fault|not\\s+your\\s+fault|i\\s+(?:love|loved))",
        '{B}(?:stop|stopped|stopping)\\s+being\\s+a\\s+(?:burden|weight|problem|drain)\\s+(?:to|on|for)\\s+(?:everyone|everybody|anyone|the\\s+world|my\\s+family|people)(?![\\p{L}])',
        '{B}my\\s+(?:last|final)\\s+(?:letter|message|words|note)\\s+to\\s+(?:anyone|anybody|everyone|the\\s+world)(?![\\p{L}])',
        '{B}(?:keep|carry|carrying|have|keeping)\\s+(?:the|my|those|some)\\s+(?:pills|tablets|sleeping\\s+pills|painkillers|rope|razors?|blades?)\\b[^.!?\\n]{0,40}?\\b(?:just\\s+in\\s+case|in\\s+case)(?=\\s*(?:[.!,;…]|$))',
        '{B}(?:no|not\\s+a|not\\s+one)\\s+(?:version\\s+of\\s+(?:the\\s+|my\\s+)?future|future)\\s+(?:that\\s+)?i\\s+(?:want|wanna|care)\\s+(?:to\\s+be\\s+in|to\\s+see|to\\s+live\\s+in|to\\s+be\\s+part\\s+of)',
        "{B}(?:welcome|wouldn'?t\\s+mind|would\\s+not\\s+mind|look\\s+forward\\s+to|long\\s+for|longing\\s+for)\\s+(?:just\\s+)?(?:not\\s+waking\\s+up|never\\s+waking\\s+up|not\\s+being\\s+here)",
        "{B}(?:(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see\\s+myself\\s+(?:getting|growing)\\s+old|(?:not|never|(?:don'?t|dont|do\\s+not)\\s+think\\s+i'?m)\\s+meant\\s+to\\s+(?:grow|get)\\s+old|(?:won'?t|will\\s+not|wont)\\s+(?:get|grow)\\s+old)(?![\\p{L}])(?!\\s+(?:with|alongside|next\\s+to|together|in\\s+this|here)\\b)",
        '{B}(?:make\\s+sure|tell|let)\\s+(?:the|my|our)\\s+(?:kids|children|girls|boys|daughters?|sons?|family|parents)\\s+(?:know\\s+)?(?:that\\s+)?i\\s+(?:loved|did\\s+love|always\\s+loved)\\s+(?:them|him|her)(?![\\p{L}])',
        '{B}(?:bought|buying|got|getting|stocked\\s+up\\s+on|collected|saved)\\s+(?:more|extra|enough|lots\\s+of|loads\\s+of|a\\s+lot\\s+of|(?:a\\s+few|several|two|three|four|five)\\s+(?:more\\s+)?(?:boxes|packs|packets|bottles)\\s+of)\\s+(?:\\p{L}+\\s+)?(?:paracetamol|pills|tablets|painkillers|sleeping\\s+pills|aspirin|ibuprofen|co-codamol)\\b[^.!?\\n]{0,15}?(?:than\\s+i\\s+(?:need|should|could\\s+ever\\s+need)|enough\\s+to|just\\s+in\\s+case)',
        '{B}(?:go\\s+to\\s+|fall\\s+)?sleep\\s+(?:for\\s+good|for\\s+ever|forever)(?![\\p{L}])',
        '{B}(?:saying|said|say)\\s+goodbye\\s+to\\s+(?:people|everyone|everybody|friends|my\\s+\\p{L}+)\\s+without\\s+(?:them|him|her|anyone|anybody)\\s+(?:knowing|realising|realizing|noticing)',
        "{B}(?:won'?t|will\\s+not|wont)\\s+have\\s+to\\s+(?:see|deal\\s+with|worry\\s+about|put\\s+up\\s+with|hear\\s+from)\\s+me\\s+(?:around\\s+)?(?:any\\s?more|again)\\b[^.!?\\n]{0,10}?(?:i'?ve|i\\s+have)\\s+made\\s+sure\\s+of\\s+(?:that|it)(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:drive|drove|driving)\\s+(?:too\\s+fast|recklessly|without\\s+(?:a\\s+)?seat\\s*belt)\\s+(?:on\\s+purpose|deliberately)|{B}on\\s+purpose\\s+and\\s+hope(?=\\s*(?:[.!,;…]|$))',
        '{B}(?:spot|place|edge|bridge|ledge)\\s+(?:on|at|by|near)\\s+the\\s+(?:cliffs?|bridge|tracks|river|roof|edge|railway)\\s+(?:that\\s+)?i\\s+(?:keep|kept)\\s+(?:going|coming|walking|driving)\\s+back\\s+to',
        '{B}only\\s+(?:a|one)\\s+way\\s+out(?=\\s*(?:[.!,;…]|$))',
        "{B}(?:doesn'?t|does\\s+not|don'?t)\\s+(?:really\\s+)?matter\\s+(?:what\\s+happens\\s+to\\s+me|if\\s+i\\s+(?:live|die|wake\\s+up|survive|make\\s+it))(?:\\s+any\\s?more)?(?=\\s*(?:[.!…]|$)|\\s+any\\s?more)",
        "{B}(?:i'?m|im|i\\s+am)\\s+ready\\s+to\\s+go\\b[^.!?\\n]{0,10}?(?:i'?ve\\s+been\\s+ready|i\\s+have\\s+been\\s+ready)",
        '{B}(?:looking\\s+up|looked\\s+up|googl\\p{L}*|search\\p{L}*|research\\p{L}*|read\\p{L}*\\s+up\\s+on)\\s+how\\s+(?:long|much|many)\\b[^.!?\\n]{0,30}?\\b(?:pills|tablets|paracetamol|overdose|rope|drown|drowning|bleed|the\\s+fall|to\\s+die)(?![\\p{L}])',
        "{B}(?:don'?t|do\\s+not|dont)\\s+be\\s+(?:angry|mad|upset|sad|cross)\\s+(?:with|at)\\s+me\\s+for\\s+what\\s+(?:happens|i\\s+do|i'?m\\s+(?:about|going)\\s+to\\s+do)(?:\\s+next)?(?![\\p{L}])",
        `{B}(?:won'?t|will\\s+not|wont)\\s+be\\s+(?:here|around)\\s+to\\s+(?:bother|annoy|trouble|burden|upset|worry)\\s+(?:you|u|anyone|anybody)(?![\\p{L}])${NOT_MOVING}`,
        "(?<=\\balone\\b[^.!?\\n]{0,40})(?:i\\s+)?(?:don'?t|do\\s+not|dont)\\s+(?:plan|intend|expect)\\s+(?:on\\s+|to\\s+)?(?:coming|come)\\s+back(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:gave|given|giving|rehomed|re-homed|found\\s+a\\s+(?:new\\s+)?home\\s+for)\\s+(?:away\\s+)?(?:the|my)\\s+(?:cat|dog|pets?|bird|rabbit|kitten|puppy)\\b[^.!?\\n]{0,60}?\\b(?:better\\s+than\\s+i\\s+(?:could|can|ever\\s+could)|(?:won'?t|wont)\\s+be\\s+(?:able|here|around)|when\\s+i'?m\\s+(?:gone|not\\s+here))",
        '{B}nothing\\s+(?:left\\s+)?(?:here\\s+)?for\\s+me\\s+any\\s?more\\b[^.!?\\n]{0,5}?,?\\s*(?:not\\s+(?:you|u|anything|anyone|even)|nothing\\s+and\\s+no\\s*one)',
        "{B}tell\\s+(?:everyone|everybody|them\\s+all)\\s+(?:that\\s+)?i'?m\\s+sorry(?=\\s*(?:[.!,;…]|$))",
        '{B}let(?:ting)?\\s+go\\s+of\\s+the\\s+(?:railing|rail|ledge|steering\\s+wheel)(?![\\p{L}])',
        '{B}i\\s+know\\s+how\\s+to\\s+make\\s+(?:it|the\\s+pain|this|all\\s+of\\s+this|everything)\\s+stop(?:\\s+for\\s+good)?(?=\\s*(?:[.!…]|$))',
        '{B}how\\s+much\\s+(?:more|longer)\\b[^.!?\\n]{0,30}?\\bbefore\\s+i\\s+(?:do\\s+something|snap|break|end\\s+it|do\\s+it)(?![\\p{L}])',
        '{B}(?:letter|note|statement)\\s+(?:for|to)\\s+the\\s+coroner(?![\\p{L}])',
        "^\\s*(?:please\\s+)?(?:don'?t|do\\s+not|dont)\\s+(?:come\\s+)?(?:look|looking|try\\s+to\\s+find|search)\\s+for\\s+me(?=\\s*(?:[.!…]|$))",
        "{B}my\\s+will\\s+(?:is|'s)\\s+(?:on|in|with|under)\\s+(?:the|my)\\s+\\p{L}+",
        "{B}if\\s+i\\s+(?:don'?t|do\\s+not|dont|never)\\s+wake\\s+up\\s+(?:tomorrow|tmrw|again|in\\s+the\\s+morning)\\b[^.!?\\n]{0,10}?,?\\s*(?:i\\s+want\\s+(?:you|u)\\s+to\\s+know|know\\s+that|please|tell)",
        `{B}(?:take\\s+care\\s+of|look\\s+after|water|feed)\\s+(?:my|the)\\s+\\p{L}+\\b[^.!?\\n]{0,10}?,?\\s*i\\s+(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:able\\s+to\\s+any\\s?more|here|around)(?=\\s*(?:[.!,;…]|$))${NOT_MOVING}`,
        '{B}(?:how|what)\\s+i\\s+want\\s+my\\s+funeral|{B}my\\s+funeral\\s+(?:to\\s+be|plans|songs?|music|wishes)(?![\\p{L}])',
        "{B}(?:can'?t|cannot|cant|(?:don'?t|dont)\\s+think\\s+i\\s+can)\\s+face\\s+another\\s+(?:christmas|birthday|year|winter|day|night|week)(?=\\s*(?:[.!,;…]|$)|\\s+(?:alone|like\\s+this)\\b)",
        '{B}(?:want|need|wish)\\s+(?:the|this|all\\s+the|all\\s+this)\\s+(?:noise|voices|thoughts|pain|hurt)\\s+(?:in\\s+my\\s+head\\s+)?to\\s+(?:stop|end|go\\s+away)\\s+(?:for\\s+good|forever|permanently)',
        "{B}(?:hope|hopes|hoping|wish)\\s+(?:that\\s+)?i\\s+(?:don'?t|do\\s+not|won'?t)\\s+(?:make\\s+it\\s+through|survive|come\\s+(?:out\\s+of|through))\\s+(?:the|my|this)\\s+(?:operation|surgery|night|winter|treatment)",
        "{B}(?:have|got|'ve\\s+got)\\s+(?:the\\s+whole\\s+thing|it\\s+all|everything)\\s+planned(?:\\s+out)?\\s+for\\s+(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|the\\s+weekend)(?=\\s*(?:[.!,;…]|$))",
        `{B}(?:going\\s+to|gonna|will|'ll|want\\s+to|ready\\s+to)\\s+(?:be\\s+with|join)\\s+my\\s+(?:late\\s+)?(?:${MUM_OR_DAD}|gran|nan|grandma|grandad|brother|sister|son|daughter|wife|husband)\\s+(?:soon|again\\s+soon|in\\s+heaven|up\\s+there)(?=\\s*(?:[.!,;…]|$))`,
        // Preparations and means said sideways: "my family would manage perfectly well without me", "I don't plan on
        // seeing another winter", "the bottle of pills and I have been staring at each other", "I won't be here to read
        // it", "a future I won't have", "I wouldn't mind if it all ended", "when they find me", "going where no one can
        // follow", "I don't see myself making it to 30", "done w life", "standing at the edge … working up the nerve".
        String.raw`{WB}${OTHERS}\s+(?:would|'?d|will|'?ll)\s+(?:cope|manage|get\s+(?:on|along|by)|be)\s+(?:perfectly\s+|just\s+|absolutely\s+|quite\s+|totally\s+)?(?:fine|well|ok|okay|alright|all\s+right)\s+without\s+me(?!\s+(?:for|while|at|on|this|next|until|till|when|there|tonight|today|tomorrow)\b)`,
        String.raw`{WB}(?:don'?t|dont|do\s+not)\s+(?:plan|intend|expect)\s+(?:on\s+|to\s+)(?:seeing|see|being\s+(?:here|around)\s+for)\s+(?:another|next|one\s+more)\s+(?:winter|summer|spring|autumn|christmas|birthday|year|new\s+year)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:bottle|packet|box|pot|tub|strip)s?\s+of\s+(?:[a-z]+\s+)?(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills)\b[^.!?\n]{0,40}?\b(?:staring|stare|looking\s+at|all\s+night|in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand)`,
        String.raw`(?<!\b(?:mov[a-z]*|away|abroad|holiday|travel[a-z]*|trip|flight)\b[^.!?\n]{0,60})(?<!\b(?:you|u|ya|ye|he|she|they|we|it|who)\s+){WB}(?:won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:any\s?more\s+)?to\s+(?:read|see|get|receive|hear|open)\s+(?:it|this|your|ur|the\s+(?:reply|answer|letter))(?![^.!?\n]{0,50}?\b(?:holiday|away|abroad|trip|travel[a-z]*|mov(?:e|ed|ing)|week|month|until|till|back|flat|address|post)\b)`,
        String.raw`{WB}(?:a|the|any)\s+future\s+(?:that\s+)?i(?:\s+(?:won'?t|wont|will\s+not|am\s+not\s+going\s+to|(?:don'?t|dont|do\s+not)\s+plan\s+to)|'?m\s+not\s+going\s+to)\s+(?:have|see|be\s+(?:in|around\s+for|part\s+of)|live\s+to\s+see)(?![\w])(?!\s+(?:with|together)\b)`,
        String.raw`{WB}(?:wouldn'?t|would\s+not|won'?t|wont|will\s+not)\s+mind\s+if\s+(?:(?:my\s+life|life|it\s+all|everything)\s+(?:just\s+)?(?:ended|stopped|was\s+over|were\s+over|ends|stops)|i\s+(?:died|didn'?t\s+wake\s+up|never\s+woke\s+up|(?:was|were)\s+(?:dead|gone\s+for\s+good))|(?<=\blife\b[^.!?\n]{0,60}?)it\s+(?:all\s+)?(?:ended|stopped|was\s+over)\s+(?:tomorrow|tonight|today|now|soon))`,
        String.raw`{WB}(?:i'?m|im|i\s+am)\s+checking\s+out\b[^.!?\n]{0,20}?\b(?:for\s+real|for\s+good|permanently|of\s+(?:life|this\s+world))(?![\w])`,
        String.raw`{WB}(?:when|once|after|if)\s+(?:they|someone|somebody|the\s+police|(?:my|the)\s+(?:[a-z]+\s+)?(?:mum|mom|dad|parents|sister|brother|flatmate|neighbours?|landlord|family))\s+(?:find|finds|found|discover|discovers)\s+me(?:\s+(?:here|like\s+this|in\s+the\s+[a-z]+))?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:going|go|gone|off)\s+(?:somewhere|to\s+a\s+place|where)\s+(?:where\s+)?(?:no\s*one|nobody|no\s+one|you|u)\s+(?:can(?:'?t|not)?|could|will|won'?t)\s+(?:follow|find|reach|hurt)(?:\s+me)?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+myself\s+(?:making\s+it|living|lasting|getting|surviving)\s+(?:to|past|until|till|beyond|through)\s+(?:\d{2}|twenty[a-z]*|thirty|forty|fifty|sixty|next\s+(?:year|christmas|summer|spring)|christmas|(?:the\s+)?new\s+year|(?:the\s+)?(?:spring|summer|autumn|winter)|the\s+end\s+of\s+the\s+(?:year|month)|my\s+(?:next\s+|[a-z]+\s+)?birthday)(?![\w])(?!\s+(?:party|parties|do|dinner|lunch|drinks|celebrations?|day|eve|break|holidays?|sales?|term|exams?|deadline)\b)${NOT_MOVING}`,
        String.raw`{WB}(?:i'?m|im|i\s+am)\s+(?:so\s+|just\s+|completely\s+|totally\s+|really\s+|properly\s+)?(?:done|finished|through)\s+(?:with|w/?|wiv)\s+(?:life|living|this\s+life|this\s+world|existing|being\s+alive)(?!\s+(?:in|as|at|on|of|like|without|here)\b)(?![\w])`,
        String.raw`{WB}(?:i'?ve|i\s+have|i'?d|been)\s+(?:been\s+)?(?:standing|stood|sitting|sat)\s+(?:on|at|by)\s+(?:the\s+)?(?:(?:very\s+)?edge\s+of\s+(?:the|a|that)\s+)?(?:platform|bridge|roof|cliffs?|building|tracks|ledge|rooftop|railway\s+line)\b[^.!?\n]{0,60}?\b(?:working\s+up\s+(?:the\s+)?(?:nerve|courage)|(?:finding|find|found|get|got|getting)\s+(?:the\s+)?(?:nerve|courage)|looking\s+down)`,
        String.raw`{WB}burden\b[^.!?\n]{0,40}?\bsoon\s+i\s+(?:won'?t|wont|will\s+not)\s+be(?:\s+any\s?more)?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:bought|buying|got|ordered|have)\s+(?:a|some|the)\s+(?:length\s+of\s+)?rope\b[^.!?\n]{0,40}?\b(?:(?:haven'?t|have\s+not|not)\s+told\s+(?:anyone|anybody|a\s+soul)|no\s*one\s+knows|nobody\s+knows|don'?t\s+ask)`,
        // Second round: letters "for after", a bequest "won't be using it", "had enough of this world", eyes closed "for
        // the last time", the river watched from the bridge, "leave this life", "wish it had taken me instead", a blade
        // kept in a wallet, out of the picture as a burden, asleep in the snow, "the tablets would be enough".
        String.raw`{WB}(?:letters|notes|cards|instructions)\b[^.!?\n]{0,50}?\bfor\s+after(?=\s*(?:[.!,;…]|$))|{WB}(?:writing|wrote|written)\s+(?:[a-z]+\s+)?(?:letters|notes)\s+(?:to|for)\s+(?:everyone|everybody|all\s+of\s+(?:you|them))(?![^.!?\n]{0,40}?\b(?:christmas|wedding|thank|invit[a-z]*|birthday|party|news|team|office|work|colleagues|staff|class|left|leaving|retir\w*)\b)(?!\s+(?:i'?ve\s+|i\s+have\s+)?(?:hurt|wronged|let\s+down)\b)(?![^.!?\n]{0,80}?\b(?:counsell?or|therapist|sponsor|amends|apolog\w*|step\s+(?:nine|9))\b)`,
        String.raw`(?<=\b(?:can|could|should|may)\s+have\s+my\s+[a-z]+\b[^.!?\n]{0,40})(?:i\s+)?(?:won'?t|wont|will\s+not)\s+be\s+(?:needing|using|wanting)\s+(?:it|them|any\s+of\s+(?:it|them))(?![\w])${NOT_MOVING}`,
        String.raw`{WB}(?:had|have\s+had|'ve\s+had|ve\s+had)\s+(?:more\s+than\s+)?enough\s+of\s+(?:this\s+(?:world|life|earth)|life|living|being\s+alive|existing)(?![\w])(?!\s+(?:in|as|at|of|with|here)\b)|{WB}(?:sick|tired|weary)\s+of\s+(?:this\s+world|being\s+alive|existing)(?![\w])`,
        String.raw`{WB}(?:close\s+my\s+eyes|go\s+to\s+sleep|fall\s+asleep|breathe|say\s+goodnight)\s+for\s+(?:the\s+)?(?:last|final)\s+time|{WB}close\s+my\s+eyes\s+(?:forever|for\s+good)(?![\w])`,
        String.raw`{WB}i\s+(?:[a-z]+\s+)?(?:looked|stared|gazed|was\s+looking|was\s+staring|keep\s+looking|keep\s+staring)\s+(?:down\s+)?(?:at|into)\s+(?:the\s+)?(?:river|water|sea|drop|tracks|traffic)\s+(?:from|off)\s+(?:the|a|that)\s+(?:bridge|roof|ledge|cliffs?|car\s+park|balcony|platform|pier)\b[^.!?\n]{0,60}?\b(?:for\s+(?:a\s+long\s+time|ages|hours|an\s+hour)|alone|so\s+calm|so\s+peaceful|inviting|how\s+(?:easy|quick)|tonight|last\s+night|at\s+\d|at\s+(?:night|midnight))(?![^.!?\n]{0,60}?\b(?:felt|feel|feeling)\s+(?:so\s+much\s+|much\s+|a\s+bit\s+|a\s+lot\s+|a\s+little\s+)?(?:calmer|better|happier|hopeful|grateful|lighter)\b)`,
        String.raw`{WB}i\s+(?:[a-z]+\s+){0,3}?(?:leave|exit|quit|depart)\s+this\s+(?:life|world|earth)(?![\w])(?!\s+(?:of|behind)\b)`,
        String.raw`{WB}(?:wish|wished|wishing)\s+(?:that\s+)?(?:it\s+(?:had\s+been|was|were)\s+me|(?:the\s+)?(?:[a-z]+\s+){0,2}(?:had|would\s+have)\s+taken\s+me)(?:\s+instead(?:\s+of\s+[a-z]+)?)?(?=\s*(?:[.!,;…]|$)|\s+instead)`,
        String.raw`{WB}(?:keep|keeping|carry|carrying|have|hide|hiding|hid)\s+(?:a|the|my|some)\s+(?:razor(?:\s+blades?)?|blades?|rope|noose)\s+(?:in|under|inside|on)\s+my\s+(?:wallet|purse|pocket|bag|drawer|pillow|bedside\s+table|bedside|car|sock|shoe|room)(?![\w])`,
        String.raw`(?<=\b(?:burden|better\s+off|without\s+me|no\s+use|useless|in\s+the\s+way)\b[^.!?\n]{0,60})(?:take|taking|took)\s+myself\s+out\s+of\s+(?:the\s+picture|the\s+equation|this\s+world|everyone'?s\s+(?:way|lives?)|the\s+way)(?![\w])`,
        String.raw`{WB}(?:fall\s+asleep|lie\s+down|go\s+to\s+sleep)\s+(?:in|into)\s+(?:the\s+)?(?:snow|sea|river|water|cold)\b[^.!?\n]{0,40}?\b(?:stay\s+there|never\s+(?:get|wake)\s+up|not\s+(?:get|wake)\s+up|forever|for\s+good)`,
        String.raw`{WB}(?:pills|tablets|paracetamol|painkillers|meds|sleeping\s+pills)\b[^.!?\n]{0,40}?\b(?:would|will|'d|might|should)\s+be\s+enough(?=\s*(?:[.!,;…]|$)|\s+(?:now|if|to\s+(?:do\s+it|end|not\s+wake|never\s+wake|kill|finish))\b)`,
        // Third round: medication stopped "no sense in prolonging things", a pet to feed "if I don't answer", looking
        // forward to the dark, life insurance and where the papers are, sitting with a razor, "won't be troubling anyone
        // much longer", "if this is life then I'm out", "time to go and rest with my mother".
        String.raw`{WB}(?:stopped|stopping|quit|quitting|not\s+taking)\s+(?:taking\s+)?my\s+(?:[a-z]+\s+){0,2}?(?:tablets|pills|meds|medication|medicine|insulin|inhaler)\b[^.!?\n]{0,50}?\b(?:no\s+(?:sense|point)|(?:much|any)\s+(?:sense|point)|what'?s\s+the\s+point|prolong[a-z]*|why\s+bother|won'?t\s+need)`,
        String.raw`{WB}(?:feed|feeds|look\s+after|looks\s+after|take\s+care\s+of|check\s+on)\s+(?:my\s+|the\s+)?[a-z]+\b[^.!?\n]{0,30}?\bif\s+i\s+(?:don'?t|do\s+not|stop)\s+(?:answer|answering|pick\s+up|reply|replying|respond)(?![^.!?\n]{0,40}?\b(?:hospital|work|shift|holiday|away|flight|signal|abroad|conference)\b)`,
        String.raw`{WB}(?:looking\s+forward\s+to|longing\s+for|long\s+for)\s+the\s+(?:dark|darkness|end|long\s+sleep|final\s+sleep|big\s+sleep)(?=\s*(?:[.!,;…]|$))|(?<=\b(?:dark|darkness|death|dying|the\s+end)\b[^.!?\n]{0,40})(?:kind\s+of\s+|sort\s+of\s+|almost\s+|actually\s+)?looking\s+forward\s+to\s+it(?![\w])`,
        String.raw`{WB}(?:updated|checked|sorted|increased|took\s+out)\s+(?:my\s+)?life\s+insurance\b[^.!?\n]{0,60}?\b(?:told|showed|let)\s+(?:the\s+kids|my\s+[a-z]+|them|everyone)|{WB}told\s+(?:the\s+kids|my\s+(?:kids|children|sister|brother|son|daughter|mum|mom|parents))\s+where\s+(?:the|my|all\s+the)\s+(?:papers|documents|will|policies|insurance\s+papers)\s+(?:are|is)(?![\w])`,
        String.raw`{WB}(?:sit|sat|sitting)\b[^.!?\n]{0,40}?\bwith\s+(?:a|the|my|dad'?s|mum'?s|[a-z]+'s)\s+(?:old\s+)?(?:razor|blade|knife|pills|rope)\b[^.!?\n]{0,30}?\b(?:think|thinking|staring|looking|for\s+(?:hours|ages|a\s+long\s+time))`,
        String.raw`{WB}(?:won'?t|will\s+not|wont|shan'?t|shall\s+not)\s+be\s+(?:troubling|bothering|burdening|worrying)\s+(?:anyone|anybody|you|u|everyone|people)\s+(?:much\s+longer|for\s+(?:much\s+)?long(?:er)?|any\s?more|soon)(?![\w])${NOT_MOVING}`,
        String.raw`(?<=\blife\b[^.!?\n]{0,40})(?:then\s+)?(?:i'?m|im|i\s+am)\s+out(?=\s*(?:[.!,…]|$))`,
        String.raw`{WB}(?:time|ready|want|going)\s+(?:for\s+me\s+)?to\s+(?:go\s+and\s+)?(?:rest|lie)\s+with\s+my\s+(?:late\s+)?(?:${MUM_OR_DAD}|gran|nan|grandma|grandad|husband|wife|son|daughter|parents)(?![\w])`,
        // Places known for it, with lingering: "I drove out to Beachy Head on Sunday and sat in the car for three hours".
        String.raw`{WB}(?:beachy\s+head|the\s+golden\s+gate(?:\s+bridge)?|the\s+humber\s+bridge|the\s+clifton\s+suspension\s+bridge|the\s+gap\s+in\s+sydney|the\s+gap(?=[^.!?\n]{0,40}?\bwatsons\s+bay))\b[^.!?\n]{0,60}?\b(?:sat|stood|sitting|standing|for\s+(?:hours|ages|a\s+long\s+time|an\s+hour|(?:two|three|four)\s+hours)|alone|thinking\s+about|looking\s+down|at\s+night)(?![\w])`,
        // Fourth round: passwords left "he'll need them soon", "if I didn't have the dog I'd have done it already", "how
        // quick the drop is", "don't let the boys see me if it happens", God not blaming "for going early", vodka and a
        // strip of co-codamol, "tired of waking up".
        String.raw`{WB}(?:written|wrote|left|leaving|given|gave)\s+(?:down\s+)?(?:all\s+)?(?:my\s+|the\s+)?passwords\b[^.!?\n]{0,60}?\b(?:need\s+them\s+soon|for\s+after|when\s+i'?m\s+gone|just\s+in\s+case)`,
        String.raw`{WB}(?:if\s+(?:it\s+)?(?:wasn'?t|weren'?t|was\s+not|were\s+not)\s+for|if\s+i\s+(?:didn'?t|did\s+not|didnt)\s+have|without)\s+(?:the|my)\s+[a-z]+(?:\s+[a-z]+)?,?\s+i'?d\s+(?:have\s+(?:done\s+it|ended\s+it|gone)|be\s+(?:gone|dead)|not\s+be\s+(?:here|alive|around))(?=\s*(?:[.!,;…]|$)|\s+(?:already|by\s+now|long\s+ago|years\s+ago)\b)`,
        String.raw`{WB}how\s+(?:quick|fast|far|high|easy)\s+the\s+(?:drop|fall)\s+(?:is|would\s+be|was|looks)(?![\w])`,
        String.raw`{WB}(?:don'?t|do\s+not|dont)\s+let\s+(?:the|my)\s+(?:kids|boys|girls|children|son|daughter|family|mum|mom)\s+(?:see|find)\s+me(?=\s+(?:if|when|first|after)\b)`,
        String.raw`{WB}(?:god|the\s+lord|jesus|allah|he)\s+(?:would|will|'d|could)\s+(?:forgive|blame|understand|judge)\s+me\s+for\s+(?:going|leaving|ending\s+it|giving\s+up|coming\s+home)\s+(?:early|soon|now|before\s+my\s+time)`,
        String.raw`{WB}(?:bottle|litre)\s+of\s+(?:vodka|whisky|whiskey|gin|wine|rum)\s+and\s+(?:a\s+)?(?:full\s+)?(?:strip|packet|box|bottle|pack)s?\s+of\s+(?:[a-z]+\s+)?(?:pills|tablets|paracetamol|co-codamol|codeine|painkillers|sleeping\s+pills|diazepam|valium)`,
        String.raw`{WB}(?:tired|sick|weary)\s+of\s+waking\s+up(?=\s*(?:[.!,;…]|$))|{WB}waking\s+up\s+(?:every\s+(?:single\s+)?(?:day|morning)\s+)?(?:is|feels\s+like)\s+(?:a|such\s+a)\s+disappointment`,
        String.raw`(?<=\b(?:chemists?|pharmac[a-z]*|paracetamol|pills|tablets|painkillers)\b[^.!?\n]{0,80}){WB}(?:ask|asks|asked|wonder|notice|question)\s+why\s+i\s+(?:needed|need|wanted|was\s+buying|bought)\s+so\s+(?:many|much)(?![\w])`,
        // Broad farewells: sorry I couldn't hold on or stay strong; don't come looking; don't cry for me when I'm gone.
        String.raw`{B}sorry\s+(?:that\s+)?i\s+(?:couldn'?t|could\s+not|wasn'?t\s+able\s+to|can'?t)\s+(?:hold\s+on|hang\s+on|stay\s+(?:alive|around|strong|longer)|keep\s+(?:going|fighting)|stick\s+around|fight\s+(?:it|this|on|harder|any\s+longer)|last|be\s+(?:strong|stronger|braver)\s+(?:enough\s+)?(?:for|to\s+stay))(?=\s*(?:[.!?,;…]|$)|\s+(?:for|any|longer|much))`,
        String.raw`{B}(?:don'?t|do\s+not|dont)\s+(?:go\s+|come\s+)?(?:look(?:ing)?|search(?:ing)?|try\s+to\s+find)\s+for\s+me\b[^.!?\n]{0,40}?\b(?:peace|gone|better|rest|over|want(?:ed)?|free|sorry)\b|{B}(?:if|when|once)\s+i\s+(?:disappear|vanish|go\s+missing|am\s+gone|'m\s+gone)\b[^.!?\n]{0,40}?\b(?:don'?t|do\s+not|dont)\s+(?:go\s+|come\s+)?(?:look(?:ing)?|search(?:ing)?|try\s+to\s+find|be\s+sad|cry|grieve|mourn|blame\s+yourself)`,
        String.raw`{B}(?:don'?t|do\s+not|dont)\s+(?:be\s+sad|cry|grieve|mourn|feel\s+(?:bad|guilty)|blame\s+yourself)\s+(?:for\s+me\s+)?(?:when|once|after)\s+i(?:'?m|\s+am)\s+(?:gone|dead)`,
        String.raw`{B}(?:saying|said|say)\s+(?:my\s+)?goodbyes?\s+to\s+(?:people|everyone|everybody|everything|friends|my\s+\w+)\s+(?:in\s+my\s+head|quietly|silently|one\s+by\s+one|in\s+my\s+own\s+way)(?![\w])`,
        String.raw`{B}forgive\s+me\s+for\s+(?:leaving|going|doing\s+this)\s+(?:like\s+this|this\s+way)\b[^.!?\n]{0,40}?\b(?:love\s+(?:you|u)\s+all|all\s+of\s+you|everyone|everybody)`,
        String.raw`{B}(?:so|that)\s+(?:someone|somebody|you|u|everyone|people|they|my\s+\w+)\s+(?:knows?|will\s+know|understands?|will\s+understand)\s+why\b[^.!?\n]{0,20}?(?:afterwards|after(?=\s*(?:[.!?,;…]|$))|when\s+i'?m\s+gone|once\s+i'?m\s+gone)`,
        String.raw`{B}(?:made|making|sorted|finished)\s+(?:all\s+)?(?:my|the\s+final|my\s+final|my\s+last)\s+arrangements(?=\s*(?:[.!?,;…]|$)|\s+(?:and|now)\b)|{B}(?:knows?|told\s+\w+|shown\s+\w+)\s+where\s+(?:the|my|all\s+the|all\s+my)\s+(?:papers|documents|will|policies|insurance(?:\s+papers)?|passwords|bank\s+details)\s+(?:are|is)(?![\w])${NOT_MOVING}`,
        String.raw`{B}(?:so|that)\s+(?:nobody|no\s*one|no-one|none\s+of\s+(?:you|them)|my\s+\w+)\s+(?:is|are|gets?|will\s+be|has\s+to\s+be)\s+left\s+with\s+(?:a|the|any|my)\s+(?:mess|bills?|debts?|problems?|anything)(?![\w])${NOT_MOVING}`,
        String.raw`(?<!\b(?:coffee|caffeine|tea|chocolate|biscuits|cake|sugar|music|podcasts?|netflix|telly|tv|work|the\s+gym|gym|running|the\s+dog)\s+(?:is|are|'s|has\s+been|have\s+been)\s+(?:the\s+|my\s+)?){B}(?:only\s+(?:thing|reason|one|ones)|all\s+that'?s)\s+(?:stopping|keeping|holding)\s+me\s+(?:back\s+)?(?:(?:here|alive|going(?!\s+(?:this|that)\s+(?:week|month|term|semester|shift|winter|summer)|\s+(?:at|through)\s+(?:work|the\s+(?:day|week|exams?|shift|job|winter|course))|\s+(?:today|tonight|until|till))|around)(?![\w])|is\s+(?:the\s+thought\s+of|my\s+(?:kids|children|mum|mam|mom|dad|dog|cat|daughter|son|gran|nan|sister|brother)|the\s+(?:kids|dog|cat|boys|girls)|knowing))|{B}(?:the\s+thought\s+of|imagin\w+|pictur\w+)\s+(?:\w+\s+){0,2}?(?:finding|walking\s+in\s+on)\s+me(?![\w])(?!\s+(?:like\s+this|crying|drunk|here|asleep|in\s+(?:bed|tears))\b)`,
        String.raw`{B}(?:look\s+after|keep\s+an\s+eye\s+on|take\s+care\s+of|check\s+on|be\s+there\s+for)\s+(?:my\s+|our\s+|the\s+)?(?!(?:yourself|urself|yourselves|each\s+other|you|u|him|her|them)\b)\w+\s+after${CLAUSE_END}|{B}how\s+long\s+(?:it\s+)?(?:would|'d|will|might)\s+(?:take|it\s+take)\s+(?:for\s+)?(?:someone|anyone|anybody|people|them|my\s+\w+)\s+to\s+(?:find|notice|miss)\s+me(?![\w])`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:left|am\s+leaving|'m\s+leaving)\s+(?:everything|it\s+all|all\s+my\s+\w+|my\s+\w+)\s+to\s+(?:my|the)\s+\w+\s+in\s+(?:my|the)\s+will(?![\w])|{B}(?:goodbye|farewell|suicide)\s+notes?(?![\w])${NOT_MOVING}`,
      ].join('|'),
    },
    {
      id: 'end-my-life',
      // "I'll kill myself", "I've thought about ending it all", "I want to disappear for good".
      re: [
        '{B}kill(?:ing|ed)?\\s+my\\s?self',
        '{B}end(?:ing|ed)?\\s+(?:my\\s+(?:own\\s+)?life|it\\s+all|everything\\s+for\\s+good|my\\s+existence)',
        '{B}tak(?:e|ing)\\s+my\\s+(?:own\\s+)?life',
        '{B}suicid(?:e|al)(?!\\s+squad)',
        '{B}(?:look(?:ing|ed)?\\s+up|googl(?:e|ed|ing)|search(?:ed|ing)?(?:\\s+for)?|research(?:ed|ing)?|read(?:ing)?\\s+about)\\s+(?:ways|how|the\\s+best\\s+way)\\s+to\\s+(?:end\\s+it|die|kill\\s+myself|do\\s+it|end\\s+my\\s+life|not\\s+wake\\s+up)',
        "{B}if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|leave|go|marry|choose|stay\\s+with)\\b[^.!?\\n]{0,40}?\\b(?:i'?ll|i\\s+will|ill|i'?m\\s+going\\s+to)\\s+end\\s+it(?:\\s+all)?(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:can'?t|cant|cannot)\\s+do\\s+(?:this\\s+)?life(?:\\s+any\\s?more)?(?![\\p{L}])",
        '{B}want\\s+(?:the|this|all\\s+(?:the|this))\\s+pain\\s+to\\s+(?:stop|end)\\s+(?:forever|for\\s+good|permanently)',
        "{B}(?:thought|thinking|think|planned|planning|worked\\s+out|figured\\s+out)\\s+(?:about\\s+)?how\\s+(?:i'?d|i\\s+would|i\\s+could|i'?ll|i\\s+will|to)\\s+do\\s+it(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:thought|thinking|think|dream(?:ing|t|ed)?)\\s+(?:about|of)\\s+(?:jumping|overdosing|taking\\s+(?:all\\s+)?(?:the|my|those)\\s+(?:pills|tablets)|not\\s+waking\\s+up|dying)(?![\\p{L}])(?!\\s+(?:my|your|our)\\s+hair\\b)',
        '{B}(?:my\\s+(?:final\\s+|last\\s+)?goodbye|goodbye),?\\s+(?:to\\s+(?:you\\s+and\\s+)?(?:to\\s+)?)?(?:everything|everyone|the\\s+world|this\\s+world|life)(?![\\p{L}])(?!\\s+(?:we|you|u|about\\s+us|of\\s+us|from\\s+us|in\\s+(?:the|that|our)\\s+(?:flat|house|place))\\b)',
        '{B}self[- ]?harm(?:ing|ed)?',
        '{B}(?:kms|kys\\s+myself|unaliv(?:e|ing|ed)\\s+my\\s?self|off(?:ing)?\\s+my\\s?self)(?![\\p{L}])',
        // Thinking about it: "I've thought about ending it", "I keep thinking about ending it".
        '{B}(?:feel|felt|feeling)\\s+like\\s+(?:just\\s+)?ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))',
        "{B}(?:i'?ve|i\\s+have|been|keep|kept|started|start|can'?t\\s+stop)\\s+(?:\\p{L}+\\s+)?(?:thought|thinking|think)\\s+(?:about|of)\\s+ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))",
        // Means: pills saved up, a way out that is death, the method.
        '{B}(?:sav(?:e|ed|ing)\\s+up|hoard(?:ed|ing)?|stockpil(?:e|ed|ing)|collect(?:ed|ing)|stock(?:ed|ing)\\s+up\\s+on)\\s+(?:all\\s+)?(?:my\\s+|the\\s+|some\\s+)?(?:pills|tablets|meds|medication|painkillers|sleeping\\s+(?:pills|tablets)|paracetamol)',
        '{B}(?:only|one|no\\s+other|the)\\s+way\\s+out\\s+(?:is|would\\s+be|left\\s+is|i\\s+can\\s+see\\s+is)\\s+(?:to\\s+)?(?:die|death|dying|ending\\s+it|end\\s+it)|{B}(?:no|any|a)\\s+way\\s+out\\s+(?:except|but|other\\s+than|apart\\s+from)\\s+(?:ending\\s+it|to\\s+end\\s+it|dying|death|to\\s+die)',
        '{B}(?:want|wanna|going|gonna|thinking|thought|think|dream(?:ing|t|ed)?|tempted|planning|plan)(?:\\s+(?:to|about|of))?\\s+(?:just\\s+)?(?:jump(?:ing)?\\s+(?:off|from|in\\s+front\\s+of)\\s+(?:a|the|my|that)\\s+(?:bridge|building|roof|train|balcony|tower|overpass|car)|throw(?:ing)?\\s+myself\\s+(?:off|under|in\\s+front\\s+of)|overdos(?:e|ing)|driv(?:e|ing)\\s+(?:my\\s+car\\s+)?(?:off\\s+(?:a|the)\\s+(?:road|bridge|cliff)|into\\s+(?:a|the)\\s+(?:wall|tree|river|sea)))',
        '{B}(?:wr(?:ote|itten|iting)|left|leaving|leave)\\s+(?:(?:to\\s+)?(?:everyone|everybody|all\\s+of\\s+(?:you|them)|the\\s+kids|my\\s+(?:family|kids|children|parents|mum|mom|dad|friends|sister|brother))\\s+)?(?:my\\s+|the\\s+|a\\s+few\\s+|some\\s+)?(?:goodbye|farewell|suicide)\\s+(?:letters|notes)|{B}(?:goodbye|farewell)\\s+(?:letters?|notes?)\\s+(?:to|for)\\s+(?:everyone|my\\s+(?:family|kids|children|parents|mum|mom|dad|friends|sister|brother))|{B}suicide\\s+note',
        "{B}by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find)\\s+(?:this|my\\s+letter|it),?\\s+i(?:'ll|\\s+will|'d|\\s+would|ll)\\s+(?:already\\s+)?(?:be\\s+(?:gone|dead|at\\s+peace)|have\\s+(?:gone|left\\s+this\\s+world|done\\s+it))(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:start(?:ed)?|been|keep|kept|back\\s+to)\\s+cutting(?:\\s+myself|\\s+again(?=\\s*(?:[.!,;…]|$)))',
        `{B}(?:want|wish|need)\\s+(?:it\\s+all|it(?=\\s+to\\s+(?:just\\s+)?(?:end|be\\s+over|stop)\\s*(?:[.!?…]|$))|everything|all\\s+of\\s+(?:it|this)|my\\s+life)\\s+to\\s+(?:just\\s+)?(?:end|be\\s+over|stop)${ENDS}`,
        "{B}(?:want|wanna|going|gonna|tempted|thinking|thought|urges?|feel\\s+like|started|been|keep|afraid|scared)(?:\\s+(?:to|about|of|that|i'?ll|i\\s+will|i\\s+might))?\\s+(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?)\\s+my\\s?self",
        '{B}(?:disappear|vanish)(?:ing)?\\s+(?:forever|for\\s+good|for\\s+ever|permanently|from\\s+(?:this|the)\\s+(?:world|earth|planet)|and\\s+never\\s+(?:come|coming)\\s+back)',
        `{B}(?:want|wanna|wanted|wish\\s+i\\s+could)\\s+(?:to\\s+)?(?:just\\s+)?disappear${ENDS}`,
        "{B}giv(?:e|ing|en)\\s+(?:all\\s+|most\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions)\\s+away(?=[^.!?\\n]{0,40}?\\b(?:won'?t|wont|will\\s+not|don'?t|dont)\\s+need)",
        "{B}(?:won'?t|wont|will\\s+not)\\s+need\\s+(?:them|it|my\\s+things|anything|any\\s+of\\s+it)\\s+(?:any\\s?more|any\\s+longer|where\\s+i(?:'?m|\\s+am)\\s+going|much\\s+longer|soon)",
        "{B}(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:here|around|alive)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find)\\s+(?:this|my\\s+letter|it))",
        `{B}tired\\s+of\\s+(?:living|being\\s+alive|existing|(?:this\\s+|my\\s+)?life${ENDS})`,
        `{B}done\\s+with\\s+(?:living|(?:this\\s+|my\\s+)?life${ENDS}|being\\s+alive)`,
        `{B}(?:my\\s+)?life\\s+(?:has|holds)\\s+no\\s+(?:meaning|point|purpose|value)(?:\\s+(?:${ANYMORE}|${WITHOUT}\\s+(?:you|u)))?${ENDS}`,
        // Ending "it" with nothing after it: "honestly I'm ready to end it", "i just wanna end it tbh" (not "end it with
        // Jo", not "I wanted to end it months before you did": the tense and what follows decide).
        String.raw`(?<!\b(?:decided|made\s+up\s+my\s+mind)\b[^.!?\n]{0,40}){WB}(?:i\s+)?(?:just\s+|really\s+|honestly\s+|only\s+)?(?:want|wanna|need|going|gonna|ready|about|planning|tempted)\s+(?:to\s+)?end\s+it(?:\s+(?:all|now|tonight|today|soon|for\s+good|here))?(?=\s*(?:[.!?,;:…)\n]|$|\p{Extended_Pictographic}|(?:tbh|ngl|tho|lol|honestly|rn|fr|idk)\b))`,
        // An attempt named as a thing: "after my overdose", "my suicide attempt"; methods read up on at night.
        String.raw`{WB}(?:my|an|the)\s+(?:last\s+|first\s+|second\s+|third\s+)?(?:overdose|suicide\s+attempt|attempt\s+on\s+my\s+(?:own\s+)?life)(?![\w])|{WB}(?:researching|researched|reading|read|looking|looked|googl[a-z]*|searching|searched)\s+(?:up\s+)?(?:about\s+|up\s+|on\s+|for\s+)?(?:different\s+|suicide\s+)?methods(?=\s*(?:[.!?,;…]|$)|\s+(?:online|again|at\s+night|at\s+\d|all\s+night|late|on\s+(?:my\s+phone|the\s+internet|forums))\b)`,
        // Decided: "I've made up my mind, I'm going to end it".
        "{B}(?:decided|made\\s+up\\s+my\\s+mind|i'?m\\s+ready|i\\s+am\\s+ready)\\b[^.!?\\n]{0,30}?\\b(?:to|i'?m\\s+going\\s+to|i\\s+am\\s+going\\s+to|i'?ll|i\\s+will)\\s+end\\s+it(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:thoughts|thinking|thought|think|dreams?)\\s+(?:about|of)\\s+(?:(?:just|simply)\\s+)?(?:not\\s+being\\s+(?:here|alive|around)(?:\\s+any\\s?more)?(?=\\s*(?:[.!?,;…]|$))|no\\s+longer\\s+being\\s+(?:here|alive)|death|ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))|suicide)',
        // Means, plans and their euphemisms: "I will end myself", "decided to finish my life", "swallowing everything in
        // the medicine cabinet", "stockpiled my tablets", "so I don't wake up", "driving into the barrier", "painless ways",
        // "waiting to die", "the Lord takes me in my sleep", "ready to go home to Him", "cutting again".
        String.raw`{WB}(?:end|finish|take)\s+myself(?![\w])|{WB}(?:finish|finishing|finished)\s+my\s+(?:own\s+)?life(?![a-z'])|{WB}unalive(?![\w])`,
        String.raw`{WB}swallow(?:ing|ed|s)?\s+(?:everything|all|the\s+lot|whatever(?:'s|\s+is)?)\s+(?:in|from)\s+(?:the|my)\s+(?:medicine|bathroom|first[- ]aid)\s+(?:cabinet|cupboard|box|drawer)|{WB}swallow(?:ing|ed|s)?\s+(?:all\s+(?:of\s+)?(?:my|the|those|these)\s+(?:[a-z]+\s+)?(?:pills|tablets|meds)|the\s+(?:whole|entire)\s+(?:bottle|packet|box|lot)|a\s+(?:whole\s+)?(?:bottle|packet|box|handful)\s+of)`,
        String.raw`{WB}(?:stockpil[a-z]*|hoard(?:ed|ing)|squirrel(?:l?ed|l?ing)\s+away)\s+(?:[a-z]+\s+){0,3}?(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping\s+pills)(?![\w])`,
        String.raw`{WB}(?:make\s+sure|so\s+(?:that\s+)?)\s*i\s+(?:don'?t|dont|do\s+not|won'?t|wont|will\s+not|never)\s+wake\s+up(?=\s*(?:[.!,;…]|$)|\s+(?:again|ever\s+again|this\s+time)\b)`,
        String.raw`{WB}(?:thought|thinking|think|imagin[a-z]*|tempted)\s+(?:about|of|to)\s+(?:just\s+)?(?:driv(?:e|ing)|steer(?:ing)?|swerv(?:e|ing)|crash(?:ing)?)\s+(?:the\s+car\s+|straight\s+)?(?:into|off|under|in\s+front\s+of)\s+(?:a|the|an)\s+(?:[a-z]+\s+)?(?:barrier|wall|tree|bridge|lorry|truck|river|cliff|bus|train|oncoming\s+[a-z]+|central\s+reservation|pillar|sea)`,
        String.raw`{WB}(?:researching|researched|looking\s+up|looked\s+up|googl[a-z]*|reading\s+(?:up\s+)?(?:about|on)|read\s+(?:up\s+)?(?:about|on))\s+(?:painless|quick|quickest|easiest|easy|peaceful|surest)\s+(?:ways|methods)(?![\w])|{WB}(?:painless|quickest|easiest|peaceful|surest)\s+(?:ways?|methods?)\s+to\s+(?:die|end\s+it|do\s+it|not\s+wake|go(?=\s*(?:[.!,;…]|$)))`,
        String.raw`{WB}(?:just\s+)?waiting\s+(?:to\s+die|for\s+death|for\s+(?:it\s+all|everything|my\s+life)\s+to\s+end|for\s+the\s+end(?!\s+of))(?![\w])`,
        String.raw`{WB}(?:pray|prays|praying|prayed|hope|hoping|wish|ask|asking|beg|begging)\s+(?:[a-z]+\s+){0,3}?(?:that\s+)?(?:the\s+(?:good\s+)?lord|god|jesus|allah|death)\s+(?:will\s+|would\s+|might\s+|to\s+)?(?:takes?|took|calls?|called|brings?)\s+me\s+(?:home|in\s+my\s+sleep|away|soon|tonight|now|to\s+(?:him|heaven))|{WB}(?:god|the\s+lord|jesus|allah)\s+(?:would\s+|will\s+|could\s+)?(?:called|calls|took|takes)\s+me\s+(?:home|in\s+my\s+sleep|tonight|now)(?![\w])`,
        String.raw`{WB}(?:ready|time|want|wanna|longing|long|prepared)\s+(?:for\s+me\s+)?to\s+(?:go\s+home\s+to\s+(?:my\s+maker|god|the\s+lord|jesus|allah|heaven)|meet\s+my\s+maker|be\s+with\s+(?:god|the\s+lord|jesus|allah)|go\s+to\s+heaven)|(?<=\b(?:god|lord|jesus|allah)\b[^.!?\n]{0,40}?)(?:ready|time|want|wanna)\s+(?:for\s+me\s+)?to\s+go\s+home(?:\s+to\s+him)?(?![\w])`,
        String.raw`{WB}(?:plan[a-z]*|decid[a-z]*|ready|want|wanna|going|gonna|how|time\s+for\s+me)\s+(?:how\s+)?to\s+(?:leave|exit|depart|quit|check\s+out\s+of)\s+(?:this\s+(?:world|life|earth)|life)(?![\w])(?!\s+(?:of|behind|in|as)\b)`,
        String.raw`{WB}(?:been|started|start|i'?m|im|i\s+am|keep|kept|was)\s+(?:cutting|harming|burning)(?:\s+myself)?\s+again(?![\w])|{WB}(?:cut|cutting|cuts)\b[^.!?\n]{0,30}?\bdeeper\s+than\s+i\s+(?:meant|wanted|intended|planned)|{WB}(?:cut|cutting|slit|slitting|cuts\s+on)\s+my\s+(?:wrists?|arms?|thighs?|legs)(?![\w])|{WB}(?:hurt|hurting|harm|harming|burn|burning)\s+myself\s+(?:again\s+)?(?:on\s+purpose|deliberately)`,
        // Thoughts of hurting oneself, and a question about them not answered no: "Sometimes I think about hurting
        // myself", "My counsellor asked if I wanted to hurt myself and I said yes" (a "no" is an antipattern below).
        String.raw`(?<!{WB}(?:not|never|n'?t|dont|wont)\s+(?:ever\s+)?){WB}(?:think|thinking|thought|thoughts|dreams?|dreaming|fantasi[sz]e|fantasi[sz]ing)\s+(?:about|of)\s+(?:hurting|harming|killing|cutting|burning)\s+myself(?![\w])|{WB}(?:asked|asks|asking)\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:wanted|want|was\s+going|had\s+(?:ever\s+)?(?:wanted|thought\s+about)|(?:ever\s+)?thought\s+about|felt\s+like)\s+(?:to\s+)?(?:hurt|hurting|harm|harming|kill|killing)\s+myself(?![\w])`,
        // Broad: any killing verb done to myself (lexicon SELF_KILLING_VERBS; idioms are antipatterns), thrown off or under
        // something, what I might do to myself, moving into a drop, a vehicle or water with a wish or a plan, water walked
        // into with no coming back, means held back or counted (MEANS, MEANS_HELD), a place that would solve everything, a
        // blade to my wrist, a day picked, the cliffs tonight, found in time, ending up in the canal, my time on this earth.
        String.raw`{B}${SELF_KILLING_VERBS}\s+my\s?self(?![\p{L}])`,
        String.raw`{B}${THROW}\s+my\s?self\s+(?:off|under|from|in\s+front\s+of|out\s+of\s+(?:a|the|my)\s+window|(?:in)?to\s+(?:the\s+)?(?:${WATER}|traffic|path\s+of))`,
        String.raw`{B}(?:what\s+i(?:'?ll|'?d|\s+(?:might|could|would|will|may|am\s+going\s+to|'m\s+going\s+to))|(?:might|could|will|'ll|going\s+to|gonna)\s+(?:end\s+up\s+)?(?:do(?:ing)?|try(?:ing)?))\s+(?:end\s+up\s+)?(?:do(?:ing)?\s+)?(?:to\s+myself|something\s+(?:stupid|drastic|silly|terrible|final|permanent|to\s+myself))`,
        String.raw`{B}i\b[^.!?\n]{0,40}?${INTENT}[^.!?\n]{0,30}?${LEAP}\s+(?:out\s+|straight\s+|right\s+)?(?:off|in\s+front\s+of|under|into|onto|down\s+on|from|over)\s+(?:a|the|that|an|my|this|some)\s+(?:[a-z]+\s+){0,2}?(?:${DROP_PLACE}|${VEHICLE}|${WATER}|wall|tree|barrier|edge)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:again|summer|swim|swimming|paddle|holiday|like\s+we|with\s+(?:you|u|the\s+kids|friends)|for\s+fun|dip|together|race|bungee|parachute|harness|on\s+my\s+phone|not\s+looking|wasn'?t\s+looking|by\s+accident|accidentally|distracted|daydreaming|lol|haha)\b)`,
        String.raw`{B}${LEAP}\s+(?:out\s+)?(?:in|into|off)\s+(?:the|a)\s+(?:[a-z]+\s+){0,2}?(?:${WATER}|woods|snow|hills|dark|night|traffic)\b[^.!?\n]{0,40}?\b(?:(?:and|n|&)\s+(?:just\s+)?(?:keep\s+(?:walking|going|swimming|driving)|stay\s+there|let\s+(?:it|the\s+\w+)\s+take\s+me)|(?:not|n't|never)\s+(?:\w+\s+){0,3}?(?:swim|come|walk|get|make\s+it)\s+(?:back|out))`,
        String.raw`{B}(?:my\s+|the\s+|those\s+|some\s+|a\s+)?(?:[a-z']+\s+){0,2}?${MEANS}\b[^.!?\n]{0,50}?\b${MEANS_HELD}|{B}(?:count(?:ing|ed)?|hoard\w*|stockpil\w*|sav(?:ed|ing)\s+up|stash\w*|(?:look|looking|looked|stare|staring|stared)\s+at)\s+(?:my|the|those|all\s+the|all\s+my)\s+(?:[a-z']+\s+){0,2}?${MEANS}(?![\p{L}])`,
        String.raw`{B}(?:the|that|a)\s+(?:[a-z']+\s+){0,2}?(?:${DROP_PLACE}|tracks|railway\s+line|level\s+crossing|motorway|${WATER})\b[^.!?\n]{0,50}?\b(?:would|could|might|will)\s+(?:solve|fix|end|stop|sort)\s+(?:everything|it\s+all|all\s+of\s+(?:it|this)|the\s+(?:pain|problem|noise))|{B}(?:the|that)\s+(?:[a-z']+\s+){0,2}?(?:${DROP_PLACE}|tracks|railway\s+line|${WATER})\b[^.!?\n]{0,30}?\b(?:keeps?|kept)\s+calling\s+(?:to\s+)?me`,
        String.raw`{B}(?:knife|blade|razor|glass|scissors)\s+(?:to|against|on|across|into)\s+my\s+(?:wrists?|throat|arms?|neck|skin|thighs?|chest)(?![\p{L}])`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:already\s+)?(?:picked|chosen|set|decided\s+on)\s+(?:a|the)\s+(?:date|day|night)(?=\s*(?:[.!?,;…]|$))|{B}(?:plan|planned|planning|worked\s+out|working\s+out|figured\s+out)\s+(?:how|when|where)\s+(?:to|i'?ll|i'?d|i\s+would|i\s+will)\s+(?:go|do\s+it|die|end\s+it)(?=\s*(?:[.!?,;…]|$)|\s+(?:out|tbh|ngl|and|but|just)\b)`,
        String.raw`{B}i\b[^.!?\n]{0,30}?(?:go|going|went|head|heading|drive|driving|drove|walk|walking|walked)\s+(?:up\s+|down\s+|out\s+)?to\s+the\s+(?:bridge|cliffs?|tracks|roof|rooftop|top\s+floor|ledge|viaduct|railway|edge)\s+(?:tonight|later|again|alone|one\s+last\s+time|for\s+the\s+last\s+time|at\s+night|every\s+night|most\s+nights)(?![^.!?\n]{0,40}?\b(?:we|us|together|photos?|pictures?|sunset|sunrise|view|walk\s+the\s+dog|run|running|jog)\b)`,
        String.raw`{B}(?:got|came|reached|found)\s+(?:to\s+)?me\s+in\s+time|{B}pump(?:ed|ing)?\s+my\s+stomach|{B}(?:last|first|second|next)\s+time\s+i\s+tried(?=\s*(?:[.!?,;…]|$))|{B}(?:survived|after)\s+my\s+(?:last\s+|first\s+)?attempt`,
        String.raw`{B}(?:i'?ll|i\s+will|i'?m\s+going\s+to|i'?m\s+gonna|i\s+might|i\s+could)\s+(?:just\s+)?end\s+up\s+(?:dead|in\s+(?:the|a)\s+(?:river|ground|grave|box|morgue|coffin|canal|sea))(?![\p{L}])`,
        String.raw`{B}(?:end|ending|finish|finishing|close|closing)\s+(?:my|this)\s+(?:journey|days|time|story|stay|chapter|existence|life)\s+(?:in|on)\s+(?:this|the)\s+(?:world|earth|life|planet)|{B}my\s+(?:time|days|journey)\s+(?:in|on)\s+(?:this|the)\s+(?:world|earth|planet)\s+(?:is|are|will\s+be)\s+(?:over|done|ending|almost\s+over|nearly\s+over|coming\s+to\s+an\s+end|numbered)`,
        String.raw`{B}(?:take|taking|took|swallow\w*)\s+(?:every|each|all\s+(?:the|my|of\s+(?:the|my)))\s+(?:\w+\s+)?(?:pills?|tablets?|meds|medication|medicines?)\s+(?:in|i)\b|{B}(?:collect\w*|saving|saved|kept|keeping|hoard\w*)\s+(?:up\s+)?my\s+(?:prescriptions?|meds|medication|tablets|pills)\b[^.!?\n]{0,40}?\bwithout\s+taking|{B}(?:held|holding|hold)\s+(?:the|my|all\s+the|a\s+handful\s+of)\s+(?:\w+\s+)?(?:pills|tablets|razor|blade|knife|rope)\s+in\s+my\s+hands?|{B}(?:look(?:ed|ing)?|star(?:e|ed|ing))\s+at\s+the\s+gas\s+(?:oven|hob|cooker)`,
        String.raw`{B}how\s+(?:easy|simple|quick|peaceful|nice)\s+it\s+(?:would|'d|might)\s+be\s+to\s+(?:just\s+)?(?:slide|slip|sink|step|jump|fall|lean|swerve|let\s+go|disappear|drift|go\s+under|go\s+over|drive\s+off|stop\s+breathing)(?![\w])`,
        String.raw`{B}(?:edge|end)\s+of\s+the\s+(?:platform|bridge|roof|cliff|ledge|balcony|tracks)\b[^.!?\n]{0,40}?\b(?:lean(?:ed|t|ing)?|sway(?:ed|ing)?|inch(?:ed|ing)?|tip(?:ped|ping)?|rock(?:ed|ing)|let\s+go|step(?:ped)?\s+(?:off|forward))(?![\w])`,
        String.raw`{B}if\s+i\s+(?:just\s+)?(?:step(?:ped)?|jump(?:ed)?|let\s+go|swerved?|lean(?:ed|t)?|fell|drove|walked\s+out)\b[^.!?\n]{0,50}?\b(?:(?:it'?d|it\s+would|everything\s+would)\s+all\s+be\s+over|be\s+over\s+in\s+(?:a\s+)?seconds?|no\s+more\s+(?:pain|hurt))`,
        String.raw`{B}my\s+(?:exit|way\s+out|end)\s+(?:is|'s)\s+(?:all\s+)?(?:planned|sorted|arranged|ready|set|decided)(?=\s*(?:[.!?,;…]|$)|\s+(?:and|i|now)\b)|{B}(?:put|bring|putting|bringing)\s+an\s+end\s+to\s+(?:my|this|all\s+this|all\s+the)\s+(?:suffering|pain|misery|life|existence|torment|agony)(?![\w])`,
        String.raw`{B}(?:woods|forest|hills|moors|cliffs?|bridge|sea|river|lake|tracks|mountains?|loch)\b[^.!?\n]{0,60}?\bi\s+(?:won'?t|will\s+not|am\s+not|'m\s+not)\s+(?:be\s+)?(?:coming|going)\s+(?:home|back)(?=\s*(?:[.!?,;…]|$)|\s+(?:again|ever|this\s+time)\b)`,
        String.raw`{B}how\s+(?:much|many)\s+(?:of\s+(?:my|the)\s+)?(?:\w+\s+)?${MEANS}\s+(?:is|are|would\s+be|it\s+takes|it\s+would\s+take)\s+(?:too\s+(?:much|many)|lethal|fatal|enough)|{B}(?:thought|thinking|think)\s+(?:about|of)\s+(?:the|that|my|a)\s+(?:rope(?!\s+swing)|noose|razor\s+blades?|gun)(?![\w])`,
        String.raw`{B}end\s+(?:my|this|all\s+(?:this|my))\s+(?:suffering|sufferings|misery|torment|agony)(?![\w])|{B}stop\s+myself\s+(?:from\s+)?(?:jumping|stepping|leaning|walking\s+into|throwing|driving\s+into|swerving|letting\s+go)|{B}(?:bridge|platform|edge|ledge|tracks|roof|cliffs?|balcony|train|traffic)\b[^.!?\n]{0,40}?\b(?:have\s+to|had\s+to|need\s+to|try\s+to|can\s+barely|could\s+barely)\s+stop\s+myself(?![\w])`,
        String.raw`{B}(?:(?:i'?m|im|i\s+am)\s+(?:just\s+|so\s+)?ready\s+to\s+stop${CLAUSE_END})(?<=(?:living|life|alive|existing|breathing|exhausting|tired|exhausted)\b[^.!?\n]{0,60})`,
        // Eleventh round (danger11's probe). The method decided without naming it: "I've already decided how I'm going to do
        // it, I just wanted you to know none of it is your fault" (not a move, a job or a trip: NOT_MOVING).
        String.raw`{B}(?:decided|decide|know|knew|chosen|chose|planned|worked\s+out|figured\s+out)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna)\s+(?:do\s+it|go|end\s+it)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|tbh|ngl|and|but|just)\b)${NOT_MOVING}`,
        // Letting go where one could fall: "Many nights I go to the bridge over the river and I think it would be simple
        // to let go of everything" (not a jump into the pool, a swim, a bungee).
        String.raw`(?<=\b(?:bridge|edge|ledge|platform|cliffs?|rooftop|roof|railings?|balcony|tracks|parapet|viaduct|overpass)\b[^.!?\n]{0,80})(?:it\s+would\s+be|it'?d\s+be|how)\s+(?:so\s+|very\s+|really\s+)?(?:simple|easy|easier|tempting|peaceful)\s+(?:it\s+would\s+be\s+|it'?d\s+be\s+)?to\s+(?:just\s+)?(?:let\s+go(?:\s+of\s+(?:everything|it\s+all))?|step\s+(?:off|forward|out|over)|jump|lean\s+(?:over|forward|out)|fall|slip|go\s+over)(?![\p{L}])(?!\s+(?:in|into|with)\b)(?![^.!?\n]{0,40}?\b(?:pool|swim\w*|paddl\w*|bungee|dive|diving|harness|rope|zip\s*line)\b)`,
        // Fourteenth round (care14): walking on into the sea, said as easy or tempting or kept on ("It would be so easy to
        // just keep walking into the sea at Brighton"), or not coming back out; not a swim with the kids or a charity dip.
        String.raw`{WB}(?:(?:easy|simple|tempting|peaceful|easier)\s+(?:it\s+would\s+be\s+|it'?d\s+be\s+)?to\s+(?:just\s+)?(?:keep\s+)?|(?:just\s+)?(?:keep|kept|keeps)\s+|(?:thought|thinking|think|dream\w*)\s+(?:about|of)\s+(?:just\s+)?(?:keep\s+)?)(?:walking|wading|walk|wade|swimming|swim)\s+(?:out\s+)?into\s+(?:the\s+)?(?:sea|ocean|river|lake|water|waves|loch|tide)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:like\s+we|with\s+(?:you|u|the\s+kids|the\s+dog)|together|wetsuit|race|club|dip|paddl\w*|for\s+charity|to\s+cool|warm)\b)|{WB}(?:walk\w*|wad\w*|swim\w*|swam)\s+(?:out\s+)?into\s+(?:the\s+)?(?:sea|ocean|river|lake|water|waves|loch)\s+(?:and|n|&)\s+(?:just\s+)?(?:not|never)\s+(?:come|coming|turn\w*|swim\w*)\s+back(?![\p{L}])`,
        // Fourteenth round (care14, second sweep): a letter left "you'll know when to give it"; everyone fine "with me out of
        // the way"; bank details "you'll need them soon"; how easy to miss the bend; "if I'm not here next year, please look
        // after Biscuit"; "don't be sad when you hear"; "soon none of this will matter to me".
        String.raw`{WB}(?:left|written|wrote|leaving|put)\s+(?:a\s+|my\s+)?(?:letters?|notes?|cards?)\s+(?:for|to)\s+(?:\p{L}+\s+){0,3}?(?:in|on|under)\s+(?:the|my)\s+\p{L}+\b[^.!?\n]{0,40}?\b(?:(?:you'?ll|u'?ll|you\s+will)\s+know\s+when(?:\s+to\s+(?:give|open|read|pass\s+on|hand\s+over|post)\s+(?:it|them)(?:\s+to\s+(?:her|him|them))?)?(?=\s*(?:[.!,;…]|$))|when\s+the\s+time\s+comes|(?:when|once|after)\s+i'?m\s+gone)(?![\p{L}])`,
        String.raw`{B}${OTHERS}\s+(?:would|will|'?d|'?ll)\s+be\s+(?:fine|okay|ok|better|happier|alright|all\s+right|better\s+off)\b[^.!?\n]{0,30}?\bwith\s+me\s+(?:out\s+of\s+the\s+(?:way|picture)|gone|not\s+(?:here|around))(?![\p{L}])(?!\s+(?:on|for|this|next|at|until|till|while|over|during|in\s+the|tonight|today|tomorrow)\b)${NOT_MOVING}`,
        String.raw`{WB}(?:my\s+)?(?:bank\s+details|passwords?|pin\s+numbers?|pins|will|insurance\s+(?:papers|documents|policy|details)|life\s+insurance|deeds|papers|funeral\s+(?:plan|wishes))\s+(?:are|is)\s+(?:all\s+)?in\s+(?:the|my)\s+[^.!?\n]{0,30}?\b(?:you'?ll|u'?ll|you\s+will|u\s+will|you'?re\s+going\s+to|ur\s+gonna)\s+need\s+(?:them|it)\s+(?:soon|one\s+day\s+soon|before\s+long)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:easy|tempting|simple|easier)\s+(?:it\s+would\s+be\s+|it'?d\s+be\s+)?to\s+(?:just\s+)?(?:miss\s+the\s+(?:bend|corner|curve)(?![^.!?\n]{0,30}?\b(?:signs?|sat\s*nav|directions|dark|cottage|exit|postcode|fog|ice)\b)|not\s+(?:brake|turn\s+the\s+wheel|take\s+the\s+bend)|(?:drive|steer|swerve)\s+(?:off\s+the\s+road|into\s+(?:a|the)\s+(?:tree|wall|river|oncoming|lorry|truck|bridge))|keep\s+going\s+(?:off|over)\s+the\s+(?:edge|cliff))(?![\p{L}])`,
        String.raw`{WB}if\s+i(?:'?m|\s+am)\s+not\s+(?:here|around|alive)\s+(?:next\s+(?:year|christmas|spring|summer|autumn|winter|birthday)|by\s+(?:christmas|spring|summer|next\s+year|the\s+new\s+year)|any\s?more|at\s+christmas|come\s+(?:christmas|spring|summer))\s*,?\s+(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:look\s+after|take\s+care\s+of|make\s+sure|tell|give|feed|walk|keep|mind)\b${NOT_MOVING}`,
        String.raw`{WB}(?:don'?t|do\s+not|dont|try\s+not\s+to|please\s+don'?t)\s+(?:be\s+(?:too\s+|so\s+)?(?:sad|upset|hard\s+on\s+yourself)|cry|blame\s+yourself|feel\s+guilty)\s+when\s+(?:you|u)\s+(?:hear|get\s+the\s+(?:call|news))(?=\s*(?:[.!,;…]|$))`,
        // "I won't be a problem much longer, I promise" (not a stay on someone's sofa or a move); "I can't see a future with me
        // in it"; "it won't matter soon anyway".
        String.raw`{WB}(?:won'?t|wont|will\s+not|shan'?t)\s+be\s+(?:a\s+|your\s+|ur\s+|anyone'?s\s+)?(?:burden|problem|bother|weight|nuisance|worry)\s+(?:for\s+)?(?:much\s+longer|for\s+long|long\s+now)(?=\s*(?:[.!,;…]|$))(?![^.!?\n]{0,50}?\b(?:stay\w*|sofa|couch|spare\s+room|builders?|finish\w*|paperwork|deposit|rent|loan|money|cast|crutches|physio|recover\w*|heal\w*)\b)${NOT_MOVING}`,
        String.raw`{WB}(?:can'?t|cannot|can\s+not|don'?t|do\s+not|dont)\s+(?:see|imagine|picture)\s+(?:a|any)\s+(?:future|world|life|tomorrow)\s+(?:with|that\s+has)\s+me\s+in\s+it(?=\s*(?:[.!,;…]|$)|\s+(?:any\s?more|now|at\s+all)\b)`,
        String.raw`{WB}(?:it|none\s+of\s+(?:this|it)|nothing)\s+(?:won'?t|will\s+not|wont)\s+matter\s+(?:soon|for\s+much\s+longer|much\s+longer)\s+anyway(?=\s*(?:[.!…]|$))`,
        // "If something happened to me, would you even come?"; the cat's food left "for whoever comes"; sleep "and not deal
        // with any of it ever again".
        String.raw`{WB}if\s+(?:something|anything)\s+(?:happened|were\s+to\s+happen|happens|was\s+to\s+happen)\s+to\s+me\b[^.!?\n]{0,20}?\b(?:would|will)\s+(?:you|u|anyone|anybody)\s+(?:even\s+)?(?:come|care|notice|cry|miss\s+me|know)(?=\s*(?:[?.!]|$))`,
        String.raw`{WB}for\s+whoever\s+(?:comes|finds|gets\s+here|turns\s+up|comes\s+(?:round|in|after))\b(?![^.!?\n]{0,40}?\b(?:to\s+(?:feed|fix|repair|read|collect|deliver|clean|service|check|look\s+at|do|pick\s+up|sort)|while\s+i'?m|away|holiday|trip|house-?sit\w*|pet-?sit\w*|cat-?sit\w*|boiler|plumber|electrician|meter|parcel|delivery)\b)${NOT_MOVING}`,
        String.raw`{WB}(?:go\s+to\s+)?sleep\s+(?:and|n|&)\s+(?:just\s+)?(?:not|never)\s+(?:have\s+to\s+)?(?:deal\s+with|face|feel|think\s+about|wake\s+up\s+to)\s+(?:any\s+of\s+)?(?:it|this|anything|any\s+of\s+this)\s+(?:ever\s+)?again(?![\p{L}])`,
        String.raw`{WB}soon\s+(?:none\s+of\s+(?:this|it)|nothing|it\s+all|it)\s+(?:will|'ll|is\s+going\s+to|won'?t)\s+(?:not\s+)?matter\s+(?:to\s+me|any\s?more|anymore)(?![\p{L}])`,
        // Not wanting to continue one's life: "I do not want to continue my life", "My life without you has no more meaning
        // and I do not want to continue it" (not a life coach's course).
        String.raw`{B}(?:don'?t|dont|do\s+not|no\s+longer|not)\s+(?:really\s+)?(?:want|wish|wanna|wanting)\s+(?:to\s+)?continue\s+(?:my\s+(?:own\s+)?life|living|this\s+life|to\s+live|my\s+existence|existing)(?![\p{L}])|(?<=\b(?:my|this)\s+life(?!\s+(?:coach|insurance|drawing|class|story|admin|plan))\b[^.!?\n]{0,60})(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:really\s+)?(?:want|wish)\s+to\s+continue\s+(?:it|this)(?=\s*(?:[.!?,;…]|$))`,
        // Ending things, and not the relationship: "I think about ending things for good, and I don't mean us". God asked not
        // to let me wake: "Every night I ask God not to let me wake up", "I pray he leaves my eyes closed".
        String.raw`{B}(?:end|ending|ended|finish|finishing)\s+(?:things|it(?:\s+all)?|everything)(?:\s+(?:for\s+good|properly|for\s+real|once\s+and\s+for\s+all|permanently|myself))?\s*,?\s+(?:and\s+)?(?:i\s+)?(?:don'?t|do\s+not|dont)\s+mean\s+(?:us|with\s+(?:you|u|us)|the\s+relationship|between\s+us|our\s+relationship|you\s+and\s+me)(?![\p{L}])`,
        String.raw`{B}(?:ask|asking|asked|pray|praying|prayed|beg|begging|begged)\s+(?:god|the\s+(?:good\s+)?lord|jesus|allah|the\s+universe|him)\s+(?:every\s+night\s+)?(?:not\s+to\s+let\s+me\s+wake(?:\s+up)?|to\s+(?:take\s+me(?:\s+(?:home|away|in\s+my\s+sleep|tonight|now))?(?=\s*(?:[.!?,;…]|$)|\s+(?:home|away|tonight|now)\b)|let\s+me\s+(?:die|go\s+to\s+sleep\s+forever|not\s+wake(?:\s+up)?)|leave\s+(?:them|my\s+eyes)\s+closed))`,
        // Third family batch (danger11's workbench: non-native, texting, crisis statements). No strength or sense left to
        // live ("I have no more strength to live", "For me there is no sense to live without you"; not "no sense to live in
        // London"); better if I am not in this world; not seeing myself in the future at all; "me included"; a relief not
        // to wake; making it stop permanently; doing everyone a favour by not being here; scared of what I might do
        // tonight, not trusting myself alone; how nice it would be to stop; dark thoughts again, thoughts of ending it back;
        // no promise to still be here; "tomorrow it will all be over, I've decided"; life insurance that pays out even for
        // this; the pet's home if anything happens to me (not an operation); the last letter I'll ever write (not "to you");
        // waking up disappointed that I did; done with being here; "wish i could just not wake up" without its "I".
        String.raw`{B}(?:i\s+)?(?:have|'ve\s+got|got|there'?s|there\s+is)\s+no\s+(?:more\s+)?(?:strength|energy|will|fight|force|power)\s+(?:left\s+)?(?:in\s+me\s+)?(?:for\s+me\s+)?to\s+(?:live|go\s+on|carry\s+on|keep\s+going|keep\s+living|stay\s+alive|continue|exist|wake\s+up)(?![\p{L}])(?!\s+(?:in|at|with|here|there|near|like|on)\b)`,
        String.raw`{B}(?:no|not\s+any|isn'?t\s+any)\s+(?:more\s+)?(?:sense|meaning|purpose)\s+(?:for\s+me\s+)?(?:to|in|of)\s+(?:live|living|go\s+on|stay\s+alive|exist|existing|wake\s+up|be\s+alive|continue)(?![\p{L}])(?!\s+(?:in|at|with|here|there|near|like|together|on|alone)\b)`,
        String.raw`{B}(?:better|best|easier)\s+(?:for\s+\p{L}+\s+)?(?:if|that)\s+i\s+(?:am|'m|was|were|be)\s+(?:not|no\s+longer)\s+(?:in\s+this\s+world|on\s+this\s+earth|alive|here\s+any\s?more|around\s+any\s?more)(?![\p{L}])|{B}(?:i'?m|i\s+am|im)\s+not\s+in\s+this\s+world\s+any\s?more(?![\p{L}])`,
        String.raw`{B}(?:don'?t|dont|can'?t|cant|cannot|do\s+not)\s+see\s+myself\s+(?:in\s+(?:the|any)\s+future|having\s+(?:a|any)\s+future|growing\s+old|getting\s+old)(?:\s+at\s+all)?(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:not\s+worth\s+it|pointless|no\s+point)\b[^.!?\n]{0,40}?\b(?:me\s+included|including\s+me|myself\s+included|me\s+most\s+of\s+all)(?![\p{L}])(?![^.!?\n]{0,10}?\b(?:ha|haha|lol|lmao|jk)\b)`,
        String.raw`{B}(?:relief|mercy|blessing|kindness|release|peaceful|nice|easier)\s+(?:to\s+)?(?:not|never)\s+(?:to\s+)?(?:wake\s+up|be\s+here|exist|be\s+alive|have\s+to\s+wake\s+up)(?![\p{L}])(?!\s+(?:early|at|for|until|till|on)\b)`,
        String.raw`{B}(?:make|making)\s+(?:it|everything|the\s+pain|this|it\s+all)\s+(?:all\s+)?stop\s+(?:permanently|for\s+good|forever|for\s+ever|once\s+and\s+for\s+all)(?![\p{L}])`,
        String.raw`{B}doing\s+(?:everyone|everybody|you|u|the\s+world|my\s+family|them|all\s+of\s+(?:you|them))\s+a\s+favou?r\s+(?:by\s+)?(?:not\s+being\s+(?:here|around|alive)|disappearing\s+for\s+good|dying|ending\s+it|not\s+waking\s+up)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|at\s+all|for\s+good)\b)`,
        String.raw`{B}(?:scared|afraid|frightened|terrified)\s+(?:of\s+)?what\s+i\s+(?:might|could|would|will|'ll|may)\s+do(?:\s+to\s+myself|\s+(?:tonight|right\s+now|now|this\s+weekend|when\s+i'?m\s+(?:alone|on\s+my\s+own)|on\s+my\s+own|alone)(?=\s*(?:[.!?,;…]|$)))|{B}(?:don'?t|dont|do\s+not|can'?t|cant)\s+trust\s+myself\s+(?:to\s+be\s+(?:alone|on\s+my\s+own)|alone|on\s+my\s+own|tonight|with\s+(?:the|my)\s+(?:pills|tablets|meds|car|knife|knives))(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:cake|biscuits|chocolate|wine\s+rack|credit\s+card|shopping|phone\s+near|ex|text\s+(?:you|u|him|her))\b)`,
        String.raw`{B}how\s+(?:nice|good|peaceful|easy|lovely|restful)\s+it\s+(?:would|'d|might)\s+be\s+to\s+(?:just\s+)?(?:stop(?=\s*(?:[.!?,;…]|$))|stop\s+(?:everything|it\s+all|breathing|feeling|existing))`,
        String.raw`(?<!\b(?:whether|if)\s+(?:i\s+)?(?:was\s+|were\s+|am\s+|'m\s+|had\s+|have\s+|'d\s+|'ve\s+)?(?:ever\s+)?(?:been\s+)?)(?<!\b(?:whether|if)\s+i'?(?:d|m|ve)\s+(?:ever\s+)?(?:been\s+)?){B}(?:having|had|have|got|get|getting|been\s+having)\s+(?:the\s+)?(?:really\s+|very\s+)?(?:dark|suicidal)\s+thoughts(?:\s+again|\s+back)?(?![\p{L}])(?!\s+(?:about|of)\s+(?:you|u|him|her|them|us|what|whether|if|how|my\s+(?:job|work|career|future|exams?|course|degree)|the\s+(?:future|two\s+of\s+you|job|money|house))\b)(?![^.!?\n]{0,60}?\b(?:i'?m\s+not|i\s+am\s+not|worked\s+through|got\s+through|gone\s+now|behind\s+me|last\s+year|years\s+ago|in\s+the\s+past|not\s+any\s?more|no\s+longer|are\s+gone|have\s+gone|(?:have|'ve)\s+passed|(?:i'?m|i\s+am)\s+(?:through|past|over)\s+(?:the\s+worst|it|them)|(?:much\s+)?better\s+now|(?:saw|see|seeing|been\s+seeing)\s+(?:a|my|the)\s+(?:counsell?or|therapist|gp|doctor)|got\s+(?:some\s+)?help|getting\s+help)\b)|{B}(?:the\s+)?(?:dark\s+)?thoughts?\s+(?:of|about)\s+(?:ending\s+(?:it|it\s+all|my\s+life|things)|dying|not\s+being\s+here|killing\s+myself|suicide|not\s+waking\s+up|hurting\s+myself)\s+(?:are|is|have\s+been|has\s+been|keep|kept)\s+(?:back|coming\s+back|getting\s+(?:louder|worse|stronger)|there)(?![\p{L}])`,
        String.raw`{B}(?:can'?t|cannot|cant|won'?t)\s+promise\s+(?:you\s+)?(?:that\s+)?i'?ll\s+(?:still\s+)?be\s+(?:here|around|alive)(?![\p{L}])${NOT_MOVING}`,
        String.raw`{B}(?:tomorrow|tonight|soon|by\s+(?:friday|saturday|sunday|monday|tomorrow|the\s+weekend))\s*,?\s+(?:it|everything|this|all\s+this)\s+(?:will|'ll)\s+(?:all\s+)?be\s+over(?=[^.!?\n]{0,30}?\b(?:i'?ve\s+decided|i\s+have\s+decided|for\s+good|for\s+me|i\s+promise|one\s+way\s+or\s+another|for\s+ever|forever)\b)`,
        String.raw`{B}life\s+insurance\b[^.!?\n]{0,40}?\b(?:pays?\s+out|covers?)\s+(?:even\s+)?(?:for\s+)?(?:suicide|this(?=\s*(?:[.!?,;…]|$)))(?![\p{L}])`,
        String.raw`{B}(?:look\s+after|take\s+care\s+of|make\s+sure\s+\p{L}+\s+(?:goes|gets|is|has))\b[^.!?\n]{0,40}?\bif\s+(?:anything|something)\s+(?:happens|should\s+happen|were\s+to\s+happen)\s+to\s+me(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,40}?\b(?:op|operation|surgery|hospital|trip|flight|abroad|away|climb|expedition|deployment|tour)\b)${NOT_MOVING}`,
        String.raw`{B}(?:the\s+)?last\s+(?:letter|note|thing)\s+i(?:'ll|\s+will)\s+ever\s+(?:write|send)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}wake\s+up\s+(?:every\s+(?:day|morning)\s+)?(?:disappointed|sad|angry|gutted|sorry|upset)\s+(?:that\s+)?i\s+(?:did|still\s+(?:am|do)|woke\s+up|am\s+still\s+(?:here|alive))(?![\p{L}])`,
        String.raw`(?<=\b(?:done|finished)\b[^\n]{0,40})\bwith\s+being\s+(?:here|alive)(?=\s*(?:[.!?,;…]|$))${NOT_MOVING}|{B}(?:done|finished)\s+with\s+(?:being\s+(?:here|alive)|living|existing|breathing)(?=\s*(?:[.!?,;…]|$))${NOT_MOVING}`,
        String.raw`{B}wish\s+i\s+could\s+(?:just\s+|simply\s+)?(?:not\s+wake\s+up|die|disappear\s+for\s+good|stop\s+existing|not\s+exist|sleep\s+forever|not\s+be\s+here)(?![\p{L}])(?!\s+(?:until|till|early|for\s+a\s+(?:bit|while|week|day))\b)`,
        String.raw`{B}i\s+(?:stood|was\s+standing|sat|was\s+sitting)\s+(?:on|at|by)\s+(?:the|my|a)\s+(?:balcony|window\s*sill|windowsill|edge\s+of\s+the\s+(?:bath|platform|roof|balcony))\b(?=[^.!?\n]{0,60}?\b(?:thought\s+about\s+(?:it|jumping|stepping|letting\s+go|how\s+easy)|looking\s+down|looked\s+down|nearly|almost|stepping|jump|jumping|lean\w*\s+over|razor|blade|pills)\b)`,
        // Not knowing how much longer I can keep doing this (not a job, shifts, a course: NOT_MOVING).
        String.raw`{B}(?:(?:don'?t|dont|do\s+not)\s+know|idk|dunno|not\s+sure)\s+how\s+(?:much\s+)?long(?:er)?\s+i\s+can\s+keep\s+(?:doing\s+this|going(?:\s+on)?(?:\s+like\s+this)?|this\s+up)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|tbh|honestly|to\s+be\s+honest)\b)${NOT_MOVING}(?![^.!?\n]{0,50}?\b(?:nights?|commute|course|degree|diet|training|exams?|pace|hours|overtime|rent)\b)`,
        // Older and formal registers (danger11's workbench): no appetite or will left for life ("I find I no longer have
        // much appetite for life", "I've rather lost the will to carry on"; not "for life in London"); lived long enough;
        // asleep "and be done with it all"; the Lord taking me, "sooner would suit me"; the end welcome if it came soon;
        // little reason to carry on; the heart attack that should have "finished the job"; not eating and not intending
        // to start; planning my exit (not from a job).
        String.raw`{B}(?:no\s+(?:longer\s+)?(?:have\s+)?(?:much\s+|any\s+)?|(?:lost|losing)\s+(?:my|all|the|much\s+of\s+my|all\s+my)\s+)(?:appetite|will|desire|wish|stomach)\s+(?:for|to)\s+(?:life|living|go\s+on|carry\s+on|live|keep\s+going|be\s+alive)(?![\p{L}])(?!\s+(?:in|here|there|with|abroad|as|like|the|holiday|holidays|a|an|that|this|dates?|trips?|tour|about|at|to|stage|air|strike|leave|record)\b)(?![^.!?\n]{0,30}?\b(?:job|city|london|course|band|project|diet)\b)`,
        String.raw`{B}(?:i'?ve|i\s+have)\s+lived\s+(?:quite\s+)?(?:long\s+enough|enough|too\s+long)(?:\s*,?\s+i\s+think)?(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:sleep|go\s+to\s+sleep|fall\s+asleep|close\s+my\s+eyes)\s+and\s+be\s+done\s+with\s+(?:it\s+all|everything|it|this\s+life)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:god|the\s+(?:good\s+)?lord|jesus|allah|he)\s+(?:can|may|could)\s+take\s+me\s+(?:whenever|any\s+time|now|tonight|today)\b[^.!?\n]{0,40}?\b(?:sooner|the\s+better|suit\s+me|welcome|gladly|happily)\b|{B}(?:ready\s+for\s+the\s+end|(?:wouldn'?t|would\s+not)\s+mind)\b[^.!?\n]{0,40}?\bif\s+it\s+came\s+(?:soon|sooner|tomorrow|tonight|now)(?![\p{L}])`,
        String.raw`{B}(?:little|no|not\s+much|hardly\s+any)\s+(?:reason|point)\s+(?:left\s+)?(?:for\s+me\s+)?to\s+(?:carry\s+on|go\s+on|keep\s+going|live|stay\s+alive)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|any\s?more|without|since|now\s+that)\b)`,
        String.raw`{B}(?:wish|wished|wishing)\s+(?:that\s+)?(?:the|that|my)\s+(?:heart\s+attack|stroke|crash|accident|overdose|fall|illness|cancer|pills|tablets|infection|fever)\s+(?:had|would\s+have|'d)\s+(?:finished|done)\s+(?:the\s+job|me\s+(?:off|in)|it)(?![\p{L}])`,
        String.raw`{B}stopped\s+eating\b[^.!?\n]{0,40}?\b(?:don'?t|do\s+not|dont)\s+(?:intend|plan|want|mean)\s+to\s+start(?:\s+again)?(?![\p{L}])`,
        String.raw`{B}(?:planning|planned|plan|arranging|arranged|worked\s+out)\s+my\s+(?:exit|way\s+out|departure)(?=\s*(?:[.!?,;…]|$))${NOT_MOVING}`,
        // Letters written for family "just so they have something if anything happens" (a farewell, from danger11's letter
        // reading; the writer's own letters, not a solicitor's).
        String.raw`{B}(?![^.!?\n]{0,120}?\b(?:op|operation|surgery|trip|flight|abroad|expedition|deployment|tour)\b)(?:written|wrote|left|writing|leaving)\s+(?:a\s+)?(?:letters?|notes?|cards?)\s+(?:for|to)\s+(?:my|the|each\s+of\s+my|everyone|everybody)\b[^.!?\n]{0,80}?\b(?:if\s+anything\s+(?:happens|should\s+happen|were\s+to\s+happen)(?:\s+to\s+me)?|just\s+in\s+case|in\s+case\s+(?:anything|something)\s+happens|for\s+afterwards)(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,40}?\b(?:op|operation|surgery|trip|flight|abroad|expedition|deployment)\b)`,
        // Farewells (danger11's workbench): "By the time this reaches you it'll be done" (not a sale or a move); "Tell Mum I'm
        // sorry and that it wasn't her fault"; the door left unlocked "so nobody has to break it"; "Who would even notice if I
        // just stopped?".
        String.raw`{B}by\s+the\s+time\s+(?:(?:you|u)\s+(?:read|get|receive|open|see)\s+this|this\s+(?:reaches|gets\s+to|finds)\s+(?:you|u))\s*,?\s+(?:it'?ll|it\s+will)\s+(?:all\s+)?be\s+(?:done|over|too\s+late)(?=\s*(?:[.!…]|$))${NOT_MOVING}`,
        String.raw`{B}tell\s+(?:mum|mom|mam|dad|my\s+(?:mum|mom|mam|dad|parents|family|kids|children|sister|brother))\s+(?:that\s+)?i'?m\s+sorry\b[^.!?\n]{0,30}?\b(?:(?:it\s+)?(?:wasn'?t|isn'?t|was\s+not|is\s+not)\s+(?:her|his|their)\s+fault|i\s+loved?\s+(?:her|him|them)(?:\s+very\s+much|\s+so\s+much)?(?=\s*(?:[.!…]|$)))`,
        String.raw`{B}(?:left|leaving|leave|unlocked)\s+the\s+(?:front\s+|back\s+)?door\s+(?:unlocked\s+)?so\s+(?:that\s+)?(?:nobody|no\s*one|they|whoever|the\s+police|people|(?:my|the)\s+\p{L}+)\s+(?:has|have|won'?t\s+have|doesn'?t\s+have|don'?t\s+have|will\s+not\s+have)\s+to\s+(?:break|kick|force)(?![\p{L}])`,
        String.raw`{B}(?:who|would\s+anyone|would\s+anybody|nobody|no\s*one)\s+(?:would\s+)?(?:even\s+|really\s+)?(?:notice|care|miss\s+me)\s+if\s+i\s+(?:just\s+|simply\s+)?stopped(?=\s*(?:[.!?…]|$))`,
        // Not wanting to be alive in a world where…: "I don't want to be alive in a world where you hate me", "i dont want to
        // live in a world where u hate me".
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+(?:really\s+|even\s+)?(?:want\s+to|wanna)\s+(?:be\s+alive|exist|stay\s+alive|keep\s+living|go\s+on\s+living|be\s+here)\s+in\s+(?:a|this|the)\s+world\s+(?:where|in\s+which|that)\b|{B}(?:don'?t|dont|do\s+not)\s+(?:really\s+|even\s+)?(?:want\s+to|wanna)\s+live\s+in\s+(?:a|this|the)\s+world\s+(?:where|in\s+which)\s+(?:you|u|we)\b`,
      ].join('|'),
    },
    {
      id: 'death-in-first-person',
      // The broadest cue: a word of death (lexicon DEATH_WORDS: die, dead, death, suicide, funeral, grave, overdose…) after
      // the writer ("I", "me", "myself") with no other person in between (NOT_ANOTHER), or "my own death" (MY_DEATH): "my
      // funeral would be small", "I keep picturing me dead"; not "my nan used to say death is a journey". The idioms, other people's deaths and pets, phones and plants are antipatterns below. The
      // clause is underlined, not the sentence: a 'sentence' span trims the whole sentence for every match, which a long
      // unpunctuated text makes quadratic (engine/run.ts widen → trimmedSpan).
      // Twenty-first round (the lead): texting's "ill" for "I'll", only straight before the death ("ill die without u",
      // "ill be dead by then"): "ill" alone is being unwell.
      re: `${FIRST_PERSON}${NOT_ANOTHER}{0,50}?${DEATH_WORDS}|${MY_DEATH}|{WB}ill\\s+(?:just\\s+|prob(?:ably)?\\s+|literally\\s+|actually\\s+)?(?:die|be\\s+dead)(?![\\p{L}\\p{N}])`,
    },
    {
      id: 'said-sideways',
      // The wish said about a past waking or surviving: "I wish I'd never woken up after the accident", "I wish I
      // hadn't pulled through". Not wanting to go on, softened: "I have not much wanted to go on", "I haven't really
      // wanted to live since March". Doubt about still being here at a date: "I don't know if I'll still be here in the
      // spring" (not moving: NOT_MOVING). No point in anything: "there's no point to any of it without you". The world
      // going on without the writer: "The world would keep turning fine without me in it", "everyone would be fine
      // without me".
      re: [
        // Lead review (seventeenth round): the wish said after the waking, its verb left out: "Every morning I wake and
        // wish I had not", "i wake up n wish i didnt" (not "…wish I hadn't eaten so much").
        String.raw`{WB}(?:wake|woke|waking)(?:\s+up)?\s+(?:and|n|&)\s+(?:just\s+)?(?:i\s+)?wish\s+(?:that\s+)?i\s+(?:hadn'?t|had\s+not|hadnt|didn'?t|did\s+not|didnt|had\s+never|never\s+had|never\s+did)(?=\s*(?:[.!?,;:…]|$))`,
        String.raw`{WB}i\s+wish\s+(?:that\s+)?i(?:'?d|\s+had)\s+(?:just\s+|simply\s+)?(?:never|not)\s+(?:woken|woke|wake|waked)\s+up${NOT_LATE}${WAKE_END}|{WB}i\s+wish\s+(?:that\s+)?i\s+(?:just\s+|simply\s+)?(?:hadn'?t|had\s+not|hadnt|didn'?t|did\s+not|didnt)\s+(?:woken\s+up|woke\s+up|wake\s+up|survived|survive|pulled\s+through|pull\s+through|come\s+round|come\s+to)(?![\w])${NOT_LATE}${WAKE_END}`,
        String.raw`{WB}i(?:'?ve|\s+have|'?d|\s+had)?\s+(?:not|haven'?t|havent|hadn'?t|hadnt)\s+(?:much\s+|really\s+|always\s+|very\s+much\s+|often\s+|particularly\s+|truly\s+)?wanted\s+to\s+(?:go\s+on|carry\s+on|be\s+alive|stay\s+alive|be\s+here|live|wake\s+up|keep\s+going)(?=\s*(?:[.!?,;:…]|$)|\s+(?:any\s?more|any\s+longer|without|living|some\s+days|most\s+days|these\s+days|at\s+all|since|for\s+(?:a\s+while|weeks|months|some\s+time))\b)`,
        String.raw`{WB}(?:i\s+)?(?:don'?t|dont|do\s+not)\s+know\s+(?:if|whether)\s+i(?:'?ll|\s+will|\s+would|'?d)\s+(?:still\s+)?be\s+(?:here|around|alive)\s+(?:in|by|at|for|come|next|this)\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|christmas|easter|new\s+year|my\s+(?:next\s+)?birthday|next\s+[a-z]+|a\s+(?:week|month|year)(?:'s\s+time)?|the\s+end\s+of)${NOT_MOVING}`,
        // Twentieth round (the lead's review): the reader as the only thing keeping the writer alive ("ur the only reason im
        // still here", which space praised as "I'm still here"); not "still here in Leeds", not "keeping me going" (coffee).
        String.raw`{WB}(?:(?:you'?re|you\s+are|ur|u\s+r|youre|you\s+were|u\s+were|you'?ve\s+been)\s+(?:the\s+)?(?:only\s+)?|(?:the\s+)?only\s+)(?:reason|thing|person|one)\s+(?:that\s+|why\s+)?(?:i'?m|im|i\s+am)\s+still\s+(?:here|alive|breathing|around)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|today|at\s+all|any\s?more|tbh|honestly|some\s+days|most\s+days|these\s+days)\b)|{WB}(?:the\s+)?only\s+(?:thing|person|one)\s+(?:that\s+)?(?:keeps|is\s+keeping|'s\s+keeping|kept)\s+me\s+(?:alive|here|breathing)(?![\p{L}])`,
        String.raw`{WB}(?:there'?s|there\s+is|theres|i\s+see|i\s+can'?t\s+see|i\s+cant\s+see|i\s+(?:don'?t|dont|do\s+not)\s+see)\s+(?:no|any|the)\s+point\s+(?:to|in|of)\s+(?:any\s+of\s+(?:it|this)|anything)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|without\s+(?:you|u)|now|at\s+all)\b)`,
        // Twenty-first round (the lead): the same said of "nothing": "Nothing has any point any more without you".
        String.raw`{WB}nothing\s+(?:has|had|seems\s+to\s+have|holds)\s+(?:any|a)\s+(?:point|meaning|purpose)(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|without\s+(?:you|u)|now|at\s+all|since\s+(?:you|u))\b)`,
        String.raw`{WB}(?:the\s+world|everyone|everybody|life|things)\s+(?:would|will|'?d|'?ll)\s+(?:just\s+)?(?:keep\s+(?:on\s+)?(?:turning|spinning|going)|go\s+on|carry\s+on|be\s+(?:just\s+)?(?:fine|okay|ok|alright))(?:\s+(?:just\s+)?fine)?\s+without\s+me(?:\s+in\s+it|\s+around|\s+here)?(?=\s*(?:[.!?,;…]|$)|\s+(?:in\s+it|maybe|probably|any\s?more|anyway)\b)`,
        String.raw`{WB}(?:if\s+i|i\s+(?:could|might|should|want\s+to|wanna|think\s+about|thought\s+about|keep\s+thinking\s+about|dream\s+about))\s+(?:just\s+)?(?:driv(?:e|ing)|drove|walk(?:ing|ed)?|swim(?:ming)?|swam|wad(?:e|ing)|wade)\s+(?:my\s+car\s+|the\s+car\s+)?(?:out\s+)?(?:into|off)\s+the\s+(?:sea|river|lake|canal|ocean|water|loch|estuary|cliff|pier|harbour|harbor)(?![\w])(?![^.!?\n]{0,40}?\b(?:with\s+(?:you|u)|together|hand\s+in\s+hand|our\s+first|on\s+our|that\s+(?:day|summer|night)|when\s+we)\b)`,
        String.raw`(?<=\b(?:pills|tablets|paracetamol|painkillers|sleeping\s+pills|meds)\b[^.!?\n]{0,60})(?:i\s+)?(?:count|counting|counted|line|lining|lined|stare\s+at|staring\s+at|hold|holding|tip\s+out|tipping\s+out)\s+(?:up\s+)?them(?:\s+(?:up|out))?(?![\w])`,
        String.raw`{WB}(?:want|wish|need)\s+(?:it\s+all|everything|all\s+of\s+(?:it|this)|my\s+life|it|the\s+pain|this\s+pain|the\s+hurt|this\s+hurt|the\s+hurting|the\s+hurting)\s+to\s+(?:just\s+)?(?:end|stop|be\s+over)\s*,?\s+(?:for\s+good|forever|for\s+ever|permanently)(?![\w])`,
        // Twenty-first round (the lead's review): things given away "since I won't need them" ("I gave away my guitar and
        // my records this week, I won't need them"); not a move, a clear-out for the flat or the charity shop's run.
        String.raw`{WB}(?:gave|given|giving|give)\s+away\s+(?:all\s+)?(?:my|most\s+of\s+my|the\s+rest\s+of\s+my)\s+[^.!?\n]{1,60}?(?:,|;|—|-|\s+(?:as|since|because|cos|cause|coz))\s*i\s+(?:won'?t|wont|will\s+not)\s+(?:be\s+)?(?:need(?:ing)?|use|using|want(?:ing)?)\s+(?:them|it|those|any\s+of\s+(?:it|them))(?:\s+(?:any\s?more|any\s+longer|now|soon|again|where\s+i'?m\s+going))?(?=\s*(?:[.!…]|$))(?<!(?:mov(?:e|ing)|flat|downsiz\w*|emigrat\w*|abroad|australia|new\s+place|smaller)[^\n]{0,120})`,
        // Twelfth round (danger12's probe and letters): the wish said formally ("I have no wish to continue in this life",
        // "I've no desire to go on living"; not "no wish to live in London", not "…to go on like this", a habit); not worth
        // being alive; "ive thought about ending it a few times this month" (present perfect or progressive only, and not
        // "ending it with Sam": a past "I thought about ending it" may be the relationship); the world lighter without me
        // with an adverb between; "by the time you read this" and too late for me or gone (not a move); a vehicle stepped in
        // front of or a wheel not turned; a bridge, a river or an edge looked at and "I think about it"; going to the cliffs
        // "and that will be the end of it"; savings set so someone gets them.
        String.raw`{B}(?:i\s+have|i'?ve(?:\s+got)?|ive|i\s+feel|i\s+(?:have\s+)?(?:lost|no\s+longer\s+have))\s+(?:no|little|not\s+much|the\s+least|any)\s+(?:wish|desire|will|reason|want|interest|strength)\s+(?:left\s+)?(?:any\s?more\s+)?to\s+(?:live|be\s+alive|stay\s+alive|exist|keep\s+living|go\s+on|carry\s+on|continue)(?:\s+(?:living|existing|in\s+this\s+(?:life|world)|on\s+this\s+earth|(?:${WITHOUT})\s+(?:you|u|her|him)|any\s?more|any\s+longer)){0,2}${ENDS}`,
        String.raw`{B}(?:it'?s|its|it\s+is|life'?s|life\s+is)\s+(?:just\s+|honestly\s+|really\s+)?not\s+worth\s+(?:being\s+alive|staying\s+alive|living|existing|waking\s+up)(?![\p{L}])(?!\s+(?:in|with|near|next\s+to)\s+(?:a|the|this|that)\s)`,
        String.raw`{B}(?:ngl\s+|honestly\s+|tbh\s+)?(?:i'?ve|ive|i\s+have|i'?m|im|i\s+am)\s+(?:been\s+)?(?:(?:really|seriously|actually|even)\s+)?(?:thought|thinking|considered|considering)\s+(?:about\s+|of\s+)?ending\s+it(?:\s+all)?(?!\s+(?:with|between|for\s+us|for\s+good\s+with)\b)(?=\s*(?:[.!?,;:…]|$)|\s+(?:a\s+(?:few|couple\s+of)\s+times|more\s+than\s+once|once\s+or\s+twice|(?:so\s+)?many\s+times|again|lately|recently|this\s+(?:week|month|year|winter|summer)|tbh|ngl|honestly|sometimes|every\s+\p{L}+|and|but)\b)`,
        String.raw`{B}(?:the\s+world|this\s+world|everyone'?s\s+lives?|everybody'?s\s+lives?)\s+(?:would|will|'?d|'?ll)\s+(?:honestly|really|probably|genuinely|definitely|just|actually|surely|be\s+honest)\s+be\s+(?:a\s+)?(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?(?:better|happier|easier|brighter|lighter|calmer)(?:\s+place)?\s+without\s+me`,
        String.raw`{B}by\s+the\s+time\s+(?:(?:you|u)\s+(?:read|get|receive|open|see|find)\s+(?:this|it)|this\s+(?:reaches|gets\s+to|finds)\s+(?:you|u))\s*,?\s+(?:it\s+)?(?:might|may|could|will|'ll|would)?\s*(?:already\s+)?(?:be\s+too\s+late\s+for\s+me|i(?:'?ll|\s+will|\s+might|\s+may)\s+(?:already\s+)?(?:be\s+gone|be\s+dead|not\s+be\s+(?:here|around|alive))(?=\s*(?:[.!?,;…]|$))|i\s+(?:won'?t|will\s+not|might\s+not|may\s+not)\s+be\s+(?:here|around|alive)(?=\s*(?:[.!?,;…]|$)|\s+any\s?more))${NOT_MOVING}`,
        String.raw`{B}i\s+(?:\p{L}+\s+){0,3}?(?:step(?:ped|ping)?|walk(?:ed|ing)?|jump(?:ed|ing)?)\s+(?:out\s+)?(?:off\s+the\s+(?:kerb|curb|pavement|platform)\s+)?(?:in\s+front\s+of|under)\s+(?:a|an|the|some)\s+(?:oncoming\s+|passing\s+|moving\s+|speeding\s+)?${VEHICLE}(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:not\s+looking|by\s+accident|accidentally|distracted|on\s+my\s+phone|didn'?t\s+see|wasn'?t\s+looking|lol|haha)\b)`,
        String.raw`{B}(?:(?:think|thought|thinking|imagine|imagining|picture|tempted|about|of|wish|want(?:ed)?)\s+(?:about\s+|of\s+)?(?:just\s+)?)not\s+turn(?:ing)?\s+the\s+(?:steering\s+)?wheel(?![\p{L}])|{B}(?:think|thought|thinking|tempted|urge|imagine|imagining|picture|could|want(?:ed)?\s+to|easy\s+to)\s+(?:about\s+|of\s+)?(?:just\s+)?(?:driv(?:e|ing)|steer(?:ing)?|swerv(?:e|ing)|crash(?:ing)?)\s+(?:the\s+car\s+|my\s+car\s+|it\s+)?(?:straight\s+)?(?:into|off|under)\s+(?:a|an|the)\s+(?:oncoming\s+)?(?:wall|tree|bridge|cliff|river|sea|lorry|truck|bus|traffic|barrier|verge|pillar|lamppost|lamp\s*post|road)(?![\p{L}])`,
        String.raw`{B}(?:look|looking|looked|stare|staring|stared|stand|standing|stood)\s+(?:down\s+)?(?:at|into|over|on|from|off)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:${WATER}|${DROP_PLACE}|edge|tracks)(?![\p{L}])[^.!?\n]{0,60}?\b(?:and\s+)?(?:i\s+)?(?:think|thinking|thought)\s+(?:about\s+)?(?:it|jumping|going\s+in|how\s+easy|stepping\s+(?:off|out)|falling|letting\s+go)(?=\s*(?:[.!?,;…]|$)|\s+(?:a\s+lot|every|each|more|again|sometimes|too)\b)`,
        String.raw`(?<=\b(?:${DROP_PLACE}|${WATER}|tracks|platform|edge)\b[^.!?\n]{0,60})(?:and\s+)?(?:that(?:'ll|\s+will|\s+is\s+going\s+to|'s\s+going\s+to)\s+be\s+(?:the\s+)?end\s+of\s+(?:it|me|everything)|(?:it'?ll|it\s+will)\s+all\s+be\s+over)(?![\p{L}])`,
        String.raw`{B}(?:sorted|arranged|organised|organized|set\s+up)\s+(?:out\s+)?my\s+(?:savings|money|bank\s+accounts?|accounts|affairs|pension|life\s+insurance|passwords)\s+so\s+(?:that\s+)?(?!(?:you|u|we)\b)(?:my\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:gets?|will\s+get|has|have|will\s+have|can\s+(?:have|access|get))(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:half|share|deposit|sale|sell|divorce|settlement|split)\b)${NOT_MOVING}`,
        // Twelfth round (danger12's workbench): self-injury said plainly ("I cut myself again last night"); not shaving, a
        // knife in the kitchen, a slice of cake or some slack.
        String.raw`{B}i(?:'ve|\s+have|'m|\s+am)?\s+(?:been\s+|started\s+|gone\s+back\s+to\s+)?(?:cut|cutting|burn(?:ed|t|ing)|harm(?:ed|ing)|scratch(?:ed|ing)\s+at)\s+myself(?![^.!?\n]{0,40}?\b(?:shaving|on\s+(?:a|the|some|my)|with\s+(?:a|the|my)\s+(?:bread|kitchen|potato|veg)|cooking|chopping|slice|piece|off|short|loose|slack|a\s+break|peeling|opening|sunbed|iron|oven|hob|kettle|pan|tray)\b)(?=[^.!?\n]{0,40}?\b(?:again|on\s+purpose|deliberately|last\s+night|every\s+night|lately|more|since|when)\b|\s*(?:[.!?,;…]|$))`,
        // Twelfth round (danger12's letters): nights when the writer did not want to wake up or be here ("Since you left there
        // were nights I didn't want to wake up"), unless what follows in the paragraph says it is over or cared for ("…, I
        // tell you honestly. But this is finished now. I talk with a counsellor every week and I am much better").
        String.raw`{B}(?:(?:there\s+(?:were|have\s+been)\s+)?(?:some\s+|many\s+|a\s+lot\s+of\s+|most\s+)?(?:nights|days|mornings|times|weeks)\s+(?:when\s+|where\s+)?i\s+(?:didn'?t|did\s+not|didnt|haven'?t|have\s+not|havent)\s+(?:really\s+|even\s+)?(?:want(?:ed)?|wanna)\s+to\s+(?:wake\s+up|be\s+here|be\s+alive|live|go\s+on|exist|keep\s+going)(?![\p{L}])${NOT_LATE})(?![^\n]{0,200}?\b(?:finished\s+now|over\s+now|behind\s+me|past\s+now|(?:much|a\s+lot|so\s+much|far)\s+better|i'?m\s+(?:safe|better|okay\s+now|ok\s+now|fine\s+now)|i\s+am\s+(?:safe|better|okay\s+now|fine\s+now)|got\s+help|getting\s+help|counsell?or|counsell?ing|therapist|therapy|my\s+(?:doctor|gp))\b)`,
        // Twelfth round (danger12's workbench): no reason to stick around (at the clause's end or "now"); not around to write
        // another letter or to see the spring; going away from this life (non-native); the platform edge and the trains let
        // go past.
        String.raw`{B}(?:no|any|what'?s\s+the|(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+(?:the|a|any)|not\s+much\s+(?:of\s+a\s+)?)\s+(?:reason|point)\s+(?:left\s+)?(?:to|in|of|for\s+me\s+to)\s+(?:stick(?:ing)?\s+around|stay(?:ing)?\s+around|hang(?:ing)?\s+around|stick(?:ing)?\s+about|be(?:ing)?\s+around|keep(?:ing)?\s+going|get(?:ting)?\s+up\s+in\s+the\s+mornings?)(?=\s*(?:[.!?,;…]|$)|\s+(?:now|any\s?more|any\s+longer|without\s+(?:you|u)|tbh|honestly|for\s+anyone)\b)${NOT_MOVING}`,
        String.raw`{B}(?:won'?t|will\s+not|wont|might\s+not|may\s+not)\s+be\s+(?:around|here|alive)\s+(?:much\s+longer\s+)?to\s+(?:(?:write|send)\s+(?:another|again|any\s?more|more)|see\s+(?:the\s+)?(?:spring|summer|autumn|winter|christmas|new\s+year|them\s+grow\s+up|(?:your|ur)\s+reply))(?![\p{L}])${NOT_MOVING}`,
        String.raw`{B}(?:go|going|went|leave|leaving)\s+(?:away\s+)?from\s+this\s+(?:life|world|earth)(?![\p{L}])`,
        String.raw`{B}(?:standing|stood|stand|sitting|sat)\s+(?:at|on|by)\s+(?:the\s+)?(?:very\s+)?edge\s+of\s+(?:the|a)\s+(?:platform|tracks)\b[^.!?\n]{0,40}?\b(?:letting\s+(?:the\s+)?(?:trains?|expresses)\s+(?:go|pass|rush|fly)|watching\s+(?:the\s+)?(?:fast\s+)?trains|closer\s+each\s+time)(?![^.!?\n]{0,40}?\bwith\s+(?!(?:no\s*one|nobody|tears)\b)\p{L}+)`,
        // Twelfth round (danger12's letters): "I don't think I want to be here much longer" (read by the sentence model only
        // until now); not a place, a job or a party (NOT_MOVING, and "at"/"for"/"with" after).
        String.raw`{B}(?:i\s+)?(?:don'?t|dont|do\s+not)\s+(?:really\s+)?think\s+i\s+(?:want\s+to|wanna)\s+(?:be\s+(?:here|around|alive)|go\s+on|keep\s+(?:going|living)|live)(?:\s+(?:much\s+longer|any\s?more|any\s+longer|for\s+much\s+longer))?${ENDS}${NOT_MOVING}`,
        // Thirteenth round (danger13): no reason to live said as a non-native writer would ("I am not finding any reason to live
        // since you went") or with "can't find"; not a reason to live somewhere or to keep going to the gym.
        String.raw`{B}(?:(?:am|'m|m|is|was)\s+not\s+(?:finding|getting|seeing|having)|(?:can'?t|cannot|cant|couldn'?t|unable\s+to)\s+find)\s+(?:a|any|one|the)\s+(?:single\s+)?(?:reason|point|purpose|will|meaning)\s+(?:to|for|of|in)\s+(?:live|living|go\s+on|going\s+on|keep\s+going|stay\s+alive|be\s+alive|carry\s+on|continue)(?![\w])(?!\s+(?:in|here|there|with|at|on|like|together|to|abroad|apart)\b)${NOT_MOVING}`,
        // Formal: "I no longer see any purpose in my continued existence".
        String.raw`{B}(?:no|any|lost\s+(?:the|all|any))\s+(?:purpose|point|meaning|reason|sense|value)\s+(?:in|to|of|for)\s+(?:my\s+continued\s+existence|continuing\s+(?:to\s+live|to\s+exist)|my\s+existence(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|now|without|since)\b))(?![\w])`,
        // At the water or an edge, not knowing why one comes back: "I go down to the pier at Salthill and stand at the end for
        // a long time and I don't really know why I come back" (not "why I came back to Dublin").
        String.raw`(?<=\b(?:pier|jetty|bridge|cliffs?|edge|ledge|roof|rooftop|platform|tracks|river|water|sea|harbour|harbor|quay|car\s+park|balcony|railway)\b[^.!?\n]{0,120})(?:i\s+)?(?:don'?t|dont|do\s+not|never)\s+(?:really\s+|quite\s+|even\s+)?know\s+why\s+i\s+(?:(?:always|still|even|ever|keep)\s+)?(?:come|came|coming|walk|walked|step|stepped|go|went|turn|turned)\s+(?:back|home|away)(?=\s*(?:[.!?,;…]|$)|\s+(?:each|every|at\s+all|again|in\s+the\s+end|though|tbh|honestly)\b)`,
        // Thirteenth round (danger13, second set): reading up how long it takes to drown; all my pills thought about;
        // medicine stopped on purpose; "soon I won't be anyone's problem"; too much, "I just want out"; at peace with "my
        // decision", a pet left in someone's care.
        String.raw`{B}(?:reading|read|researching|researched|looking|looked|googling|googled|searching|searched|watching|watched)\s+(?:up\s+|into\s+|videos\s+(?:on|about)\s+)?(?:about\s+)?(?:how\s+(?:long|much|many)\s+(?:\p{L}+\s+){0,3}?it\s+takes\s+to\s+(?:drown|die|bleed\s+out|overdose|suffocate|hang|lose\s+consciousness|pass\s+out\s+and\s+die)|how\s+to\s+(?:drown|overdose|hang\s+(?:myself|yourself)|kill\s+(?:myself|yourself)|end\s+it(?:\s+all)?|die\s+(?:painlessly|quickly|in\s+(?:my|your)\s+sleep)))(?![\w])`,
        String.raw`{B}(?:think\w*\s+(?:about|of)|thought\s+(?:about|of)|tempted\s+to|want\s+to|wanna|going\s+to|gonna|could\s+(?:just|easily)|might\s+just|dream\w*\s+(?:about|of))\s+(?:swallow(?:ing)?|tak(?:e|ing)|down(?:ing)?|necking|neck)\s+(?:all|the\s+whole\s+(?:box|bottle|packet|pack|strip|lot)\s+of|every\s+(?:one|last\s+one)\s+of|a\s+whole\s+(?:box|bottle|packet|pack)\s+of)\s+(?:of\s+)?(?:my|the|these|those)\s+(?:\p{L}+\s+)?(?:pills|tablets|meds|medication|antidepressants|sleeping\s+pills|painkillers|insulin)(?:\s+at\s+once|\s+in\s+one\s+go)?(?![\w])`,
        String.raw`{B}(?:(?:skipping|skipped|stopped\s+taking|not\s+taking|quit\s+taking|binned|flushed|stopped\s+using|not\s+using)\s+(?:my\s+)?(?:\p{L}+\s+)?(?:insulin|meds|medication|medicine|tablets|pills|antidepressants|inhaler|dialysis|treatment|chemo)|(?:stopped|quit|not)\s+(?:eating|drinking\s+water)(?:\s+(?:properly|at\s+all|much))?|(?:stopped|quit|not)\s+going\s+to\s+(?:my\s+|the\s+)?(?:appointments|therapy|therapist|counsell?ing|counsell?or|doctor|gp|dialysis|chemo|treatment|sessions|clinic))\b[^.!?\n]{0,40}?\b(?:on\s+purpose|deliberately|(?:don'?t|dont|do\s+not)\s+(?:really\s+|even\s+)?care\s+(?:what\s+happens|if\s+i|where\s+(?:it|this)\s+(?:ends|leads|goes))|what'?s\s+the\s+point|no\s+point|let\s+(?:it|nature)\s+(?:happen|take)|whatever\s+happens)`,
        String.raw`{B}(?:soon|shortly|before\s+long)\s+i\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:anyone'?s|anybody'?s|your|ur|everyone'?s|a|any)\s+(?:problem|burden|worry|responsibility|bother|trouble)(?![\w])${NOT_MOVING}|{B}i\s+(?:won'?t|wont|will\s+not)\s+be\s+(?:anyone'?s|anybody'?s|everyone'?s)\s+(?:problem|burden|worry)\s+(?:much\s+longer|for\s+(?:much\s+)?long|soon)(?![\w])${NOT_MOVING}`,
        String.raw`{B}(?:(?:all|it|everything|this|life)(?:'s|\s+is)?\s+(?:just\s+)?(?:all\s+)?too\s+much|can'?t\s+(?:cope|take\s+(?:it|this|any\s?more)))\b[^.!?\n]{0,30}?\b(?:i\s+)?(?:just\s+)?(?:want|wanna|need)\s+out(?=\s*(?:[.!?,;…]|$)|\s+(?:now|for\s+good|forever|of\s+(?:it\s+all|everything)))`,
        String.raw`{B}(?:at\s+peace|made\s+(?:my\s+)?peace|comfortable|settled)\s+with\s+(?:my|the|this)\s+decision(?!\s+to\b)\b[^.!?\n]{0,50}?\b(?:look\s+after|take\s+care\s+of|care\s+for|mind|feed|walk)\s+(?:\p{L}+\s+){1,2}?for\s+me(?![\w])${NOT_MOVING}`,
        // Thirteenth round (danger13, set 2): a rope bought "I don't know why" (not for a swing); sleeping with the tablets
        // beside me; not coming home from a run, by the cliff path; going quietly "so nobody has to see"; rewriting my note;
        // not seeing another Christmas "and that's a relief"; where my ashes go.
        String.raw`{B}(?:bought|got|ordered|buying|purchased)\s+(?:a|some|the|myself\s+a)\s+(?:length\s+of\s+)?(?:rope|hose\s*pipe)(?![\w])(?!\s+(?:for|to)\b)(?![^.!?\n]{0,60}?\b(?:swing|climb\w*|boat|sail\w*|garden|tent|camping|washing|tow\w*|dog|tug|skipping|hammock|kids?|gym|plants?|car\s+wash|hanging\s+baskets?|allotment|pond|van)\b)`,
        String.raw`{B}(?:sleep(?:ing)?|lying|lie|sit(?:ting)?|sat)\s+with\s+(?:the|my|all\s+(?:the|my))\s+(?:\p{L}+\s+)?(?:tablets|pills|paracetamol|rope|razor|blade|knife)s?\s+(?:next\s+to|beside|by|under|in\s+my\s+hand)(?![\w])`,
        String.raw`{B}(?:think|thinking|thought)\s+(?:about\s+)?(?:just\s+)?not\s+(?:coming|going|getting)\s+(?:home|back)\b(?=[^.!?\n]{0,60}?\b(?:cliff|cliffs|edge|sea|river|water|bridge|tracks|motorway|drop|quarry|ledge)\b)`,
        String.raw`{B}(?:go|leave|slip\s+away|disappear|do\s+it)\s+quietly\s+so\s+(?:that\s+)?(?:nobody|no\s*one|no\s+one|the\s+kids|you|u|my\s+\p{L}+)\s+(?:has|have|will\s+have|needs?|'ll\s+have)\s+to\s+(?:see|find|watch|deal\s+with)(?![\w])`,
        String.raw`{B}(?:writing\s+and\s+re-?writing|re-?writing|redrafting|re-?drafting|drafting|drafted|finished|finishing)\s+my\s+(?:final\s+|last\s+|goodbye\s+)?note(?=\s*(?:[.!?,;…]|$)|\s+(?:again|for|to)\b)`,
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+(?:really\s+)?think\s+i(?:'?ll|\s+will)\s+(?:see|make\s+it\s+to|live\s+to\s+see)\s+another\s+(?:christmas|birthday|year|summer|spring|winter|autumn)(?=\s*(?:[.!?,;…]|$)|\s+(?:and|honestly|tbh|anyway)\b)${NOT_MOVING}`,
        String.raw`(?<!\b(?:when\s+i'?m\s+(?:old|ninety|a\s+hundred|gone\s+one\s+day)|one\s+day|someday|some\s+day)\b[^.!?\n]{0,30}){B}(?:i'?d\s+like|i\s+would\s+like|i\s+want|i\s+wish\s+for|please\s+(?:have|get))\s+my\s+ashes\s+(?:to\s+be\s+)?(?:scattered|spread|thrown|sprinkled|taken|put)\b(?![^.!?\n]{0,60}?\b(?:when\s+i'?m\s+(?:old|ninety|a\s+hundred)|one\s+day|someday|some\s+day|in\s+my\s+will|years?\s+from\s+now|joke|lol|haha)\b)`,
        // Thirteenth round (danger13, set 3): visiting the bridge again, most evenings; pills saved; planning to end things
        // "and it's not your fault"; life without colour, "I want to stop".
        String.raw`{B}(?:visiting|visited|going\s+(?:up\s+|down\s+|back\s+)?to|walking\s+(?:up\s+|down\s+)?to|been\s+(?:up\s+|down\s+|back\s+)?to|went\s+(?:up\s+|down\s+|back\s+)?to)\s+(?:the|that)\s+(?:bridge|cliffs?|cliff\s+edge|viaduct|multi-?storey|car\s+park\s+roof|roof|rooftop|tracks|railway\s+line|quarry|weir|pier)(?=\s+again\b|\s*,?\s+(?:most|every|some)\s+(?:evenings?|nights?|days?)\b)(?![^.!?\n]{0,60}?\b(?:where\s+we|with\s+(?:the\s+)?(?:kids|dog|friends|mum|dad|girls|boys)|for\s+(?:a\s+)?(?:photos?|walk|picnic|run|the\s+view|sunset|work)|training|fishing)\b)`,
        String.raw`{B}(?:saving|saved|stockpil\w*|hoarding|hoarded|stashing|stashed|squirrel\w*)\s+(?:up\s+)?(?:my|the|all\s+my|all\s+the)\s+(?:\p{L}+\s+)?(?:pills|tablets|meds|medication|painkillers|sleeping\s+pills|antidepressants|paracetamol)(?![\w])(?![^.!?\n]{0,40}?\b(?:for\s+(?:the\s+)?(?:trip|holiday|flight|travel|journey)|recycl\w*|pharmacy|return\w*)\b)`,
        String.raw`{B}(?:planning|plan|going|decided|ready|about)\s+to\s+end\s+(?:things|it|it\s+all|everything)(?!\s+with\b)\b[^.!?\n]{0,70}?\b(?:not\s+(?:your|ur)\s+fault|(?:don'?t|do\s+not)\s+blame\s+(?:yourself|urself)|forgive\s+me|goodbye|look\s+after\s+(?:yourself|urself|the|my|mum|mam|mom))`,
        String.raw`{B}(?:life|everything|it\s+all|the\s+world)\b[^.!?\n]{0,40}?\bi\s+(?:just\s+)?(?:want|wanna|need)\s+(?:to\s+stop|it\s+(?:all\s+)?to\s+stop|to\s+switch\s+off)(?=\s*(?:[.!?,;…]|$))`,
        // Thirteenth round (danger13, set 4): everything cancelled "so there's nothing left to sort"; "by the time this reaches
        // you I'll be at peace"; no way out "that doesn't end with me gone"; holding the blade for ages; crashing the car on
        // purpose.
        String.raw`(?<!\b(?:lease|flat|house|tenancy|mov(?:e|ed|ing)|joint\s+account|divorce|broadband|wedding|venue)\b[^.!?\n]{0,80}){B}(?:i'?ve\s+|i\s+have\s+|ive\s+)?(?:cancell?ed|closed|paid\s+off|settled|sorted)\b(?![^.!?\n]{0,80}?\b(?:lease|flat|tenancy|broadband|joint\s+account|wedding|venue|mortgage|bills\s+for\s+the\s+house)\b)[^.!?\n]{0,80}?\b(?:nothing|no\s*one|nobody)\s+(?:(?:is\s+)?left\s+(?:to\s+(?:sort|deal\s+with|tidy)|with\s+(?:a\s+)?(?:mess|anything))|(?:will\s+)?(?:have|need)s?\s+to\s+sort(?:\s+(?:anything|it))?)(?=\s*(?:[.!?,;…]|$)|\s+(?:out|afterwards|after\s+me)\b)${NOT_MOVING}`,
        String.raw`{B}by\s+the\s+time\s+(?:(?:you|u)\s+(?:read|get|receive|open|see)\s+this|this\s+(?:reaches|gets\s+to|finds)\s+(?:you|u))\b[^.!?\n]{0,20}?\bi(?:'ll|\s+will|ll)\s+(?:already\s+)?(?:be\s+)?(?:at\s+peace|at\s+rest|free\s+of\s+(?:it\s+all|everything|the\s+pain)|somewhere\s+better|with\s+(?:mum|mam|mom|dad|gran|nan|grandad|god))(?![\w])(?!\s+with\b)${NOT_MOVING}`,
        String.raw`{B}(?:no|(?:can'?t|cannot|cant|don'?t|dont|do\s+not)\s+see\s+a(?:ny)?)\s+way\s+out\b[^.!?\n]{0,40}?\b(?:ends?\s+with\s+me\s+(?:gone|dead|not\s+here|in\s+the\s+ground)|without\s+me\s+(?:dying|going|ending\s+it))(?![\w])`,
        String.raw`{B}(?:holding|held|hold|staring\s+at|stared\s+at|sit(?:ting)?\s+with|sat\s+with)\s+(?:the|a|my)\s+(?:blade|razor|rope|pills|tablets|knife(?=[^.!?\n]{0,30}?\bnights?\b))\s+(?:for\s+(?:ages|hours|a\s+long\s+time|a\s+while|so\s+long)|again|most\s+nights|some\s+nights|every\s+night)(?![\w])`,
        String.raw`{B}(?:crash(?:ing)?|crashed|wreck(?:ing|ed)?|smash(?:ing|ed)?|driv(?:e|ing)|drove|swerv(?:e|ing|ed)|steer(?:ing|ed)?)\s+(?:the|my)\s+car\b[^.!?\n]{0,30}?\b(?:on\s+purpose|deliberately)(?![^.!?\n]{0,40}?\b(?:insurance|claim|bollard\s+to|lol|haha)\b)`,
        // Thirteenth round (danger13, set 5): the train tracks looked at for a long time; "what is the use of my life now";
        // wasting away "and nobody will notice".
        String.raw`{B}(?:look(?:ed|ing)?|star(?:ed|ing|e)|gaz(?:ed|ing|e))\s+(?:at|down\s+at|over\s+at|into)\s+(?:the\s+)?(?:train\s+tracks|railway\s+(?:line|tracks)|tracks|drop|water\s+below|river\s+below|edge|ledge)\s+(?:for\s+(?:a\s+long\s+time|ages|hours|a\s+while|so\s+long|too\s+long)|again|every\s+night|most\s+nights)(?![\w])`,
        String.raw`{B}(?:what\s+is|what'?s|whats|there'?s\s+no|there\s+is\s+no|i\s+see\s+no)\s+(?:the\s+)?use\s+(?:of|in)\s+(?:my\s+life|living|me\s+living|being\s+alive|my\s+existence|me\s+being\s+(?:here|alive)|going\s+on)(?![\w])(?!\s+(?:in|here|there|with|like)\b)`,
        String.raw`{B}(?:waste|wither|fade|starve|rot)\s+away\b[^.!?\n]{0,30}?\b(?:nobody|no\s*one|no\s+one)\s+(?:will|would|'d|'?ll)\s+(?:even\s+)?(?:notice|care|miss\s+me|mind)(?![\w])`,
        // Thirteenth round (danger13, set 8): how high the multi-storey is; "please don't let Mum find me"; "not a cry for
        // help, I've made up my mind"; started to plan how; life without you "isn't something I'm willing to do"; a letter
        // "for after"; working out the easiest way; still hoping not to wake up.
        String.raw`{B}(?:wonder\w*|think\w*\s+about|work\w*\s+out|googl\w*|look\w*\s+up|check\w*)\s+how\s+(?:high|tall|far\s+down|deep|long\s+the\s+drop)\s+(?:the\s+)?(?:multi-?storey|bridge|cliffs?|car\s+park|building|roof|balcony|viaduct|drop|tower|flats|quarry|river|water)\b(?![^.!?\n]{0,40}?\b(?:rent|price|fee|charge|ticket|lift)\b)`,
        String.raw`{B}(?:don'?t|do\s+not|dont)\s+let\s+(?:mum|mam|mom|dad|the\s+kids|my\s+\p{L}+|her|him|them|anyone|(?:your|ur)\s+\p{L}+)\s+(?:be\s+the\s+one\s+(?:to|who)\s+)?finds?\s+me(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}not\s+a\s+cry\s+for\s+help\b[^.!?\n]{0,30}?\b(?:made\s+up\s+my\s+mind|decided|my\s+mind\s+is\s+made\s+up)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:started|begun|began|beginning)\s+to\s+plan\s+how(?=\s*(?:[.!?,;…]|$))|{B}plan(?:ning|ned)?\s+how\s+(?:i'?d|i\s+would|i'?ll|i\s+will|to)\s+(?:do\s+it|end\s+it|go)(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:life|living|a\s+life|going\s+on)\s+without\s+(?:you|u)\s+(?:isn'?t|is\s+not|is\s+n't|'s\s+not)\s+(?:something|anything)\s+i(?:'m|\s+am)\s+(?:willing|prepared|able|going)\s+to\s+(?:do|face|live|accept|try)(?![\w])`,
        String.raw`{B}(?:letters?|notes?|envelopes?|instructions)\b[^.!?\n]{0,40}?\bfor\s+after(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{B}(?:working\s+out|figuring\s+out|thinking\s+about|researching|planning)\s+the\s+(?:easiest|quickest|least\s+painful|most\s+painless|surest|simplest)\s+way(?=\s*(?:[.!?,;…]|$)|\s+(?:to\s+(?:go|do\s+it|end\s+it|die)|out)\b)`,
        String.raw`{B}(?:keep\s+|still\s+|always\s+)?(?:hoping|praying|wishing)\s+(?:that\s+)?i\s+(?:just\s+)?(?:don'?t|dont|won'?t|wont|never|do\s+not|will\s+not)\s+wake\s+up(?![\w])`,
        // Thirteenth round (danger13's letters): things handed over, "told him i wouldnt need them" (not with a reason: a new
        // one, a car now, a move).
        String.raw`{B}(?:gave|given|giving|handed|passed)\s+(?:(?:him|her|them|\p{L}+)\s+)?my\b[^.!?\n]{0,50}?\b(?:told|telling|said|saying)\s+(?:him|her|them|\p{L}+)\s+(?:that\s+)?i\s+(?:wouldn'?t|wouldnt|won'?t|wont|will\s+not|would\s+not)\s+(?:need|be\s+needing)\s+(?:them|it|any\s+of\s+(?:it|them))(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|again|where\s+i'?m\s+going)\b)(?![^.!?\n]{0,40}?\b(?:now\s+(?:that\s+)?i|since|because|as\s+i|got\s+a|new\s+one|upgrad\w*)\b)${NOT_MOVING}`,
        // Thirteenth round (danger13, set 11): "Being gone would be easier than this" (not a month in Peru); "Nothing matters
        // now, I've made my choice".
        String.raw`{B}(?:being\s+gone|being\s+dead|not\s+being\s+here|not\s+existing|dying)\s+(?:would|'d|might|will)\s+be\s+(?:so\s+much\s+|much\s+|far\s+|a\s+lot\s+)?(?:easier|better|kinder|simpler|a\s+relief)(?:\s+than\s+(?:this|living|going\s+on|all\s+this|carrying\s+on))?(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,40}?\b(?:holiday|trip|abroad|month|week|summer|work|office)\b)`,
        String.raw`{B}(?:nothing\s+matters(?:\s+any\s?more)?|none\s+of\s+it\s+matters|it\s+doesn'?t\s+matter)(?:\s+now)?\b[^.!?\n]{0,30}?\b(?:made\s+my\s+(?:choice|decision|peace)|decided|my\s+mind\s+is\s+made\s+up)(?=\s*(?:[.!?,;…]|$))`,
      ].join('|'),
    },
    {
      id: 'plain-signs',
      // Lead review (fourteenth): the signs said plainly, with nothing to read them otherwise: prized things given
      // away with no reason after ("I've given away my guitar and my books."), a pet or a child entrusted "if
      // something happens to me" (not before an operation or a flight), "I can't do this anymore, any of it".
      re: [
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:already\s+|just\s+)?(?:given|gave)\s+away\s+(?:my|all\s+my)\s+\p{L}+(?:(?:,\s*|\s+and\s+)(?:my\s+|all\s+my\s+)?\p{L}+){0,3}(?=\s*(?:[.!…]|$))`,
        String.raw`{B}if\s+(?:something|anything)\s+(?:happens|should\s+happen|were\s+to\s+happen|ever\s+happens)\s+to\s+me,?\s+(?:please\s+)?(?:look\s+after|take\s+care\s+of|take|have|keep|give)\b(?![^.!?\n]{0,80}?\b(?:operation|surgery|op|flight|trip|travel\w*|abroad|deploy\w*|tour|hospital|procedure|climb|expedition|holiday)\b)(?<![^.!?\n]{0,80}\b(?:operation|surgery|flight|trip|abroad|deploy\w*|tour|hospital|procedure|climb|expedition|holiday)\b[^.!?\n]{0,80})`,
        String.raw`{B}i\s+(?:can'?t|cannot|cant)\s+do\s+(?:this|it)\s+any\s?more,?\s+(?:any\s+of\s+it|all\s+of\s+it|none\s+of\s+it|not\s+any\s+of\s+it|any\s+of\s+this|life|living)(?=\s*(?:[.!,;…]|$))`,
      ].join('|'),
    },
    {
      id: 'said-flatly',
      // Fifteenth round (care15): see SAID_FLATLY above.
      re: SAID_FLATLY,
    },
    {
      id: 'cues-combined',
      // Sixteenth round (care16): two cues of different kinds in one sentence, each innocent alone: finality, the
      // writer's absence as a future fact, what is left behind and arranged, exhaustion with living, a means or a place
      // ("This is the last thing I'll write, so please look after Biscuit for me"; "When I'm not around any more, make
      // sure Mum gets the photo albums"). Lexicon `farewell-cues.ts`; not with a journey, a move, a relative's death or
      // recovery in the sentence.
      re: farewellPairs(),
    },
    {
      id: 'not-around',
      // Twenty-second round (harm22): see NOT_AROUND above.
      re: NOT_AROUND,
    },
    {
      id: 'end-of-road',
      // Twenty-second round (harm22): see END_OF_ROAD above.
      re: END_OF_ROAD,
    },
    {
      id: 'self-injury',
      // Twenty-second round (harm22): see SELF_INJURY above.
      re: SELF_INJURY,
    },
    {
      id: 'unsafe',
      // Twenty-second round (harm22): see UNSAFE above.
      re: UNSAFE,
    },
  ],
  antipatterns: [
    // Twenty-second round (the lead, from harm22's after batch): idioms of effort, tiredness and distaste, not danger:
    // "killing myself at the gym", "tired of existing on four hours of sleep", "I'd rather die than go to another one of
    // Dave's barbecues". Not when the reader, the two of them or being alone is in it ("…rather be dead than watch you
    // marry him", "…than spend another Christmas without you", "…than go on like this", all labeled self-harm).
    String.raw`\bkill(?:ing|ed)?\s+my\s?self\s+(?:at\s+(?:the\s+)?(?:gym|work|the\s+office|training|practice|uni|college|school)|(?:over|with)\s+(?:work|revision|exams?|overtime|deadlines|this\s+(?:project|job|course))|(?:laughing|to\s+(?:get|finish|make|pay|save|keep\s+up)))\b|\b(?:sick|tired|weary)\s+of\s+existing\s+on\b|\brather\s+(?:die|be\s+dead)\s+than\s+(?:go|sit|eat|attend|wear|sing|dance|drive|listen|read|work)\b(?![^.!?\n]{0,60}?\b(?:you|u|ur|your|without|alone|him|her|them|us|we|again|anymore|any\s+more|like\s+this)\b)`,
    // Twenty-second round (harm22): someone else's overdose told as theirs ("My brother took an overdose two years ago,
    // so I know how scary this is"); waking up in another year or next to the reader is longing, not the wish not to wake
    // ("Sometimes I wish I could go back to sleep and wake up in 2019, with you").
    String.raw`\b(?:he|she|they|(?:my|his|her|their|our|your|ur)\s+(?:\p{L}+\s+)?(?:dad|father|mum|mom|mother|gran|grandad|nan|son|daughter|brother|sister|friend|mate|husband|wife|partner|cousin|uncle|aunt|auntie|flatmate|colleague))\s+(?:once\s+|also\s+|had\s+)?(?:took|taken)\s+an\s+overdose\b|\b(?:he|she|they|(?:my|his|her|their|our|your|ur)\s+(?:\p{L}+\s+)?(?:dad|father|mum|mom|mother|son|daughter|brother|sister|friend|mate|cousin))\s+(?:once\s+|nearly\s+)?overdosed\b`,
    // Ending the relationship, said so in the sentence: "If you don't want this, I'll end it, and we can both move on".
    // Not with pain, tonight, myself or a goodbye after it.
    String.raw`\bend\s+it\b(?=[^.!?\n]{0,40}?\b(?:we\s+can\s+both|both\s+(?:of\s+us\s+)?(?:move\s+on|be\s+free)|between\s+us|for\s+both\s+of\s+us|the\s+relationship)\b)(?![^.!?\n]{0,60}?\b(?:pain|tonight|myself|my\s+life|forever|goodbye|for\s+good)\b)`,
    // "I'll die trying", "I don't care if I die trying": determination, not a wish.
    String.raw`\b(?:die|died|dying)\s+trying\b`,
    String.raw`\bwake\s+up\s+(?:back\s+)?(?:in\s+(?:(?:19|20)\d\d|the\s+past|our\s+old\s+\p{L}+)|next\s+to\s+(?:you|u)|(?:and|to)\s+find\s+(?:you|u)|with\s+(?:you|u))\b`,
    // Growing old somewhere, or with someone ("I don't see myself getting old in London").
    String.raw`\bsee\s+(?:me|myself)\s+(?:getting|growing)\s+old\s+(?:in|at|with|together|by\s+the|anywhere)\b`,
    String.raw`\b(?:won'?t|wont|will\s+not)\s+be\s+(?:a\s+)?(?:bother|burden|problem|trouble|nuisance)\b[^.!?\n]{0,30}?\bmuch\s+longer\b(?=[^.!?\n]{0,60}?\b(?:spare\s+room|sofa|couch|cast|boxes|out\s+of\s+(?:the|your|ur)|by\s+\p{L}+day|lease|keys)\b)`,
    // Care15's false-alarm sweep: being here no longer because of the landlord; tablets saved in a weekly organiser.
    String.raw`\bbeing\s+here\s+much\s+longer\b(?=[^.!?\n]{0,60}?\b(?:landlord|selling|lease|rent|tenancy|evict\w*|notice)\b)|\bsav(?:e|ing|ed)\s+my\s+(?:tablets|pills|meds)\s+in\s+(?:the|a|my)\s+(?:weekly\s+)?(?:organiser|organizer|dosette|pill\s*box|box)\b`,
    // Things not needed "where I'm going" because of the move or the weather (the farewell reading would take them).
    sentenceWith(
      String.raw`\b(?:mov(?:e|ed|ing)\s+to|flight|fly(?:ing)?\s+(?:to|out)|emigrat\w*|relocat\w*|abroad|holiday|hot|sunny|beach|degrees|coats?|jumpers?)\b(?=[^\n]{0,120}?\bwhere\s+i'?m\s+going\b)|\bwhere\s+i'?m\s+going\b(?=[^\n]{0,80}?\b(?:hot|sunny|beach|degrees|coats?|jumpers?|summer|climate|weather|flight|move)\b)`,
    ),
    // Fifteenth round (care15): life insurance taken out as sense ("…when we bought the house so the kids will be looked
    // after if anything happens"); goodbyes said at work before a move.
    String.raw`\b(?:life\s+insurance|life\s+cover)\b[^.!?\n]{0,80}?\b(?:when\s+we\s+(?:bought|got|moved)|mortgage|if\s+(?:anything|something)\s+(?:happens|should\s+happen|ever\s+happens)|god\s+forbid|just\s+in\s+case|sensible|responsible)\b`,
    String.raw`\bgoodbyes?\s+to\s+(?:everyone|everybody|people|my\s+\p{L}+)\b(?=[^.!?\n]{0,50}?\b(?:at\s+(?:work|the\s+office|school|uni)|leaving\s+do|before\s+(?:i|we)\s+(?:move|fly|leave\s+for|emigrate|relocate|head\s+(?:off|out|back))|mov(?:e|ing)\s+to)\b)`,
    // Thirteenth round (danger13's letters): a will made as prudence said so: "I've sorted my will and the insurance like
    // everyone my age should", "…at my age, sensible".
    String.raw`\b(?:made|making|written|wrote|writing|updated|updating|sorted(?:\s+out)?|sorting(?:\s+out)?|done|did)\s+(?:my|a|our)\s+(?:new\s+)?wills?\b[^.!?\n]{0,50}?\b(?:like\s+(?:everyone|everybody|every\s+adult|any\s+sensible\s+(?:person|adult))|(?:at|for)\s+my\s+age|my\s+age\s+should|sensible|responsible|grown-?up|adulting)\b(?![^.!?\n]{0,80}?${WILL_FAREWELL})`,
    // Thirteenth round (danger13): waking up with a hangover is not the wish ("I hope i dont wake up tmrw with a hangover
    // lol"); a dose for a migraine looked up is not the means.
    String.raw`\bwake\s+up\s+(?:\p{L}+\s+){0,2}?(?:with|to)\s+(?:a|the|another|any)\s+(?:\p{L}+\s+)?(?:hangover|headache|cold|sore\s+\p{L}+|stiff\s+\p{L}+|rash|spots?|zits?|bad\s+back|cramp)\b|\bhung\s*over\b`,
    String.raw`\bhow\s+(?:many|much)\s+(?:\p{L}+\s+)?(?:paracetamol|ibuprofen|pills|tablets|painkillers|aspirin|codeine)\b[^.!?\n]{0,40}?\b(?:for\s+(?:a|my|the|her|his)\s+(?:migraine|headache|toothache|tooth|back|period|cramps?|cold|flu|fever|hangover|knee|kid|child|daughter|son)|per\s+day|a\s+day|the\s+dose|dosage)\b`,
    // Thirteenth round (danger13's false-alarm sweep): gone before they are back from a trip, the keys left; where the will
    // is "if anything happens to me on the climb", said as sense; not giving up on life.
    String.raw`\bbe\s+(?:long\s+)?gone\s+(?:by|before)\b[^.!?\n]{0,50}?\b(?:(?:get|come|are)\s+back\s+from|return\s+from|keys|flat|house|moving|flight|train|shift)\b`,
    String.raw`\b(?:knows?|told\s+\w+|shown\s+\w+)\s+where\s+(?:the|my)\s+(?:will|papers|documents)\s+(?:is|are)\b[^.!?\n]{0,40}?\b(?:sensible|just\s+in\s+case|responsible|practical|routine)\b|\bif\s+anything\s+(?:happens|should\s+happen)\s+to\s+me\s+(?:on|during|in)\s+(?:the|my|this)\s+(?:climb|trek|trip|flight|op|operation|surgery|expedition|deployment|tour|dive|race|marathon|ride|crossing)\b`,
    String.raw`\bnot\s+giv(?:ing|e)\s+up\s+on\s+(?:life|living|myself|everything)\b|\b(?:never|won'?t|will\s+not|not\s+going\s+to|'m\s+not)\s+giv(?:e|ing)\s+up\s+on\s+(?:life|living)\b`,
    // Letters or affairs put in order before an operation or a journey, "in case anything happens": prudence, not a
    // goodbye ("I've written letters to my parents and my brother before the operation, just so they have something if
    // anything happens"). The sentence classifier read it as self-harm; this holds against it too.
    String.raw`\b(?:before|ahead\s+of)\s+(?:the|my|this|next\s+week'?s)\s+(?:operation|surgery|op|procedure|transplant|treatment|biopsy|deployment|tour|posting|flight|trip|climb|expedition)\b[^.!?\n]{0,80}?\b(?:if|in\s+case)\s+(?:anything|something)\s+(?:happens|happened|goes\s+wrong|went\s+wrong|were\s+to\s+happen)\b`,
    // Somewhere the writer will not stay: the job, the town, "I'll be in Australia by then" ("I don't think I want to be
    // here much longer, this job is grinding me down").
    String.raw`\b(?:be\s+here|stay\s+here|stick\s+around|be\s+around)\b[^.!?\n]{0,20}?[,;—–-]\s*(?:this|the|my)\s+(?:job|work|place|town|city|flat|company|office|house|country|firm|team|school|course)\b`,
    // (The whole sentence: the move may come after what it explains.)
    sentenceWith(
      String.raw`\b(?:i'?ll|i\s+will)\s+be\s+(?:in|living\s+in|over\s+in|off\s+in|working\s+in|based\s+in|settled\s+in)\s+(?!(?:a\s+better\s+place|heaven|peace|the\s+(?:ground|grave|sea|river|water|next\s+life))\b)[^.!?\n]{2,30}?\s+by\s+(?:then|the\s+(?:spring|summer|autumn|fall|winter)|next\s+(?:year|month|spring|summer))\b`,
    ),
    // A funeral plan or cover as paperwork, said lightly: "My funeral plan through work came through, morbid but sensible".
    String.raw`\bmy\s+(?:own\s+)?funeral\s+(?:plan|cover|insurance|policy)\b(?=[^.!?\n]{0,50}?\b(?:through|from|via)\s+(?:work|the\s+bank|my\s+(?:employer|job|union|pension))\b|[^.!?\n]{0,50}?\b(?:morbid|sensible|ha|haha|lol|admin)\b)`,
    // Cutting oneself some slack, off, short or a slice (the self-injury readings would take them).
    String.raw`\bcut(?:ting|s)?\s+(?:my|your|him|her)\s?self\s+(?:some\s+|a\s+(?:bit\s+of\s+|little\s+)?|more\s+)?slack\b|\bcut(?:ting|s)?\s+myself\s+(?:off|out|short|loose|free|a\s+(?:slice|piece|deal|break|fringe))\b`,
    // Twelfth round (danger12): the wish told as past and closed in the same sentence by recovery ("There was a time after
    // you left when I thought about ending it, but that's behind me now and I'm in therapy", "Last winter I didn't want
    // to be here, and I'm so glad I got help"). Only with a word that puts it in the past and one that says it is over or
    // being cared for, and nothing that brings it back ("again", "still", "lately", "tonight", "some days", "creeping").
    String.raw`^(?=[^\n]*?\b(?:there\s+was\s+a\s+(?:time|period|point|stage|while)|last\s+(?:year|spring|summer|autumn|fall|winter|month)|(?:back|early|earlier)\s+(?:then|in\s+\p{L}+|this\s+year)|at\s+(?:one|the\s+worst|my\s+lowest)\s+point|for\s+a\s+(?:while|time|bit)\s+(?:after|there|in)|in\s+the\s+(?:weeks|months)\s+after|in\s+(?:19|20)\d\d|(?:\p{L}+|\d+)\s+years?\s+ago|when\s+i\s+was\s+(?:younger|a\s+teen(?:ager)?|at\s+(?:uni|school|college)|\d+|\p{L}+teen|twenty|thirty|forty|fifty)|as\s+a\s+teen(?:ager)?|at\s+uni)\b)(?=[^\n]*?\b(?:(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:all\s+)?behind\s+me|i'?m\s+(?:safe|safe\s+now|doing\s+(?:much\s+|a\s+lot\s+)?better|in\s+a\s+(?:much\s+)?better\s+place|okay\s+now|ok\s+now|fine\s+now)|i\s+am\s+(?:safe|doing\s+(?:much\s+)?better|in\s+a\s+better\s+place)|(?:i\s+)?got\s+(?:help|through\s+it|support)|i'?m\s+(?:getting|in)\s+(?:help|therapy|treatment|counselling|counseling)|i\s+am\s+(?:getting|in)\s+(?:help|therapy|treatment)|i'?ve\s+been\s+(?:seeing|getting)\s+(?:a\s+)?(?:counsell?or|therapist|help|support)|(?:grateful|glad|thankful|lucky)\s+to\s+be\s+(?:alive|here|well|better|through\s+it)|i'?m\s+(?:well|much\s+better|stable|steadier|stronger|on\s+the\s+mend)\s+now)\b)(?![^\n]*?\b(?:again|still|lately|recently|tonight|these\s+days|some\s+days|at\s+the\s+moment|creeping|coming\s+back|any\s?more|but\s+(?:now|lately|recently|it'?s\s+back))\b)[^\n]*`,
    // Fourteenth round (care14's false-alarm sweep): laughing till one "thought I'd die", crawling into a hole and dying of
    // shame, "nearly killed myself" on the stairs or carrying a desk, a friend lost to suicide, an overdose as a small
    // child, and a dark joke about a song or a meeting the writer marks as one ("…joking", "ha"). The joke is only a joke
    // when the condition is a trifle heard or sat through again and the sentence says it is a joke.
    String.raw`\b(?:laugh\w*|giggl\w*|howl\w*|cackl\w*|cr(?:y|ied)\s+laughing|in\s+stitches)\b[^.!?\n]{0,30}?\b(?:thought|felt\s+like|swear)\s+i(?:'?d|\s+would|\s+was\s+(?:going\s+to|gonna))\s+(?:actually\s+|literally\s+)?die\b`,
    sentenceWith(
      String.raw`\bcrawl\s+(?:into|in|under)\s+(?:a|the)\s+(?:hole|rock|floor|ground)\s+(?:and|n|&)\s+die\b(?=[^\n]{0,80}?\b(?:mortif\w*|embarrass\w*|cring\w*|ashamed|red[- ]faced|awkward|blush\w*|when\s+(?:your|ur|my|the|she|he|they|you)\b|when\s+i\s+(?:saw|heard|realised|realized|noticed|read)\b))|\b(?:mortif\w*|embarrass\w*|cring\w*|ashamed|red[- ]faced|awkward|blush\w*)\b[^\n]{0,80}?\bcrawl\s+(?:into|in|under)\s+(?:a|the)\s+(?:hole|rock|floor|ground)\s+(?:and|n|&)\s+die\b`,
    ),
    String.raw`\b(?:nearly|almost|practically|basically|literally|could\s+have|could'?ve)\s+kill(?:ed)?\s+my\s?self\s+(?:on\s+(?:the|those|that|your|ur|my)\s+(?:stairs|steps|ice|ladder|bike|scooter|skateboard|rug|cable|lego|toys?|trampoline|slide|treadmill|wet\s+floor|kerb)|tripping|falling|slipping|carrying|lifting|moving|getting\s+(?:the|your|that|my)|trying\s+to\s+(?:carry|lift|move|get|reach|fix|climb|open)|running\s+for|at\s+the\s+gym|in\s+the\s+(?:gym|garden|kitchen|shower|bath))\b`,
    String.raw`\b(?:lost|losing|lose)\s+(?:a|my|our|his|her|their|two|three|an?\s+old)\s+(?:[\p{L}-]+\s+){0,2}?to\s+suicide\b|\b(?:[\p{L}]+'s|(?:my|his|her|their|our|your|ur)\s+(?:[\p{L}]+\s+)?(?:friend|mate|brother|sister|cousin|uncle|aunt|auntie|dad|father|mum|mom|mother|son|daughter|colleague|neighbou?r|classmate|teacher|partner))\s+suicide\b`,
    String.raw`\b(?:overdose\w*|od'?d)\b[^.!?\n]{0,50}?\b(?:as\s+a\s+(?:kid|child|baby|toddler|little\s+\p{L}+)|when\s+i\s+was\s+(?:little|small|tiny|a\s+(?:kid|child|toddler|baby)|(?:two|three|four|five|six|seven|[2-7])\b))|\b(?:as\s+a\s+(?:kid|child|toddler)|when\s+i\s+was\s+(?:little|small|tiny|a\s+(?:kid|toddler)))\b[^.!?\n]{0,40}?\boverdose\w*`,
    sentenceWith(
      String.raw`\bif\s+i\s+(?:have\s+to\s+)?(?:hear|see|sit\s+through|watch|listen\s+to|eat|sing|play|read|attend)\b[^.!?\n]{0,40}?\b(?:one\s+more\s+time|once\s+more|again|another\s+(?:\p{L}+\s+)?(?:time|one|song|meeting|episode|round|minute))\b(?=[^\n]{0,80}?(?:\b(?:joking|kidding|jk|only\s+joking|just\s+joking|ha|haha|lol|lmao)\b|😂|🙃|😅))`,
    ),
    // My death supposed in jest, with a wish for the kids: "If I ever get hit by a bus, make sure the kids know I loved
    // them, ha, morbid I know". Only with the joke or the touch-wood said in the sentence.
    sentenceWith(
      String.raw`\bif\s+(?:i\s+(?:ever\s+)?(?:get|got|was|were)\s+hit\s+by\s+a\s+(?:bus|car|lorry|truck|tram)|i\s+(?:ever\s+)?(?:drop|dropped)\s+dead|i\s+(?:ever\s+)?kick(?:ed)?\s+the\s+bucket|anything\s+(?:ever\s+)?(?:happens|happened)\s+to\s+me)\b(?=[^\n]{0,120}?(?:\b(?:morbid|touch\s+wood|knock\s+on\s+wood|god\s+forbid|ha|haha|lol|just\s+in\s+case|not\s+planning\s+on\s+it)\b|😂|🙃|😅))`,
    ),
    // Someone else's overdose ("After the overdose scare with Dad's tablets, we keep them locked away"); self-harm told as
    // history ("I used to self-harm as a teenager, and I told you because I trusted you"), unless it is back.
    String.raw`\boverdose\s+(?:scare\s+)?(?:with|of|on)\s+(?:\p{L}+'s|(?:my|his|her|your|ur|our|their)\s+(?:\p{L}+\s+)?(?:dad|mum|mom|gran|grandad|nan|son|daughter|brother|sister|dog|cat|friend|mate|husband|wife|partner)'?s?)\s|\b(?:\p{L}+'s|(?:my|his|her|their|our|your|ur)\s+(?:\p{L}+\s+)?(?:dad|mum|mom|gran|grandad|nan|son|daughter|brother|sister|friend|mate|husband|wife|partner|cousin|uncle|aunt|dog|cat)'s)\s+(?:accidental\s+)?overdose\b`,
    String.raw`\b(?:used\s+to|did)\s+(?:self-?harm|cut\s+myself|hurt\s+myself)\s+(?:as\s+a\s+(?:teen(?:ager)?|kid|child|student)|when\s+i\s+was\s+(?:younger|a\s+teen(?:ager)?|at\s+school|\d+|in\s+(?:school|my\s+teens))|in\s+my\s+teens|at\s+(?:school|uni)|years\s+ago)\b(?!\s*,?\s*(?:and|but)\s+(?:i\s+)?still\s+do\b)(?![^\n]{0,120}?\b(?:again|lately|recently|these\s+days|at\s+the\s+moment|urges?|relaps\w*|since\s+you\s+left|back\s+to\s+it|started\s+up)\b)`,
    // Devotion, not intent: "I'd jump off a cliff for you, you know that" (as "I'd walk through fire for you").
    String.raw`\b(?:i'?d|i\s+would)\s+(?:happily\s+|gladly\s+|still\s+|even\s+)?(?:jump|leap|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the)\s+(?:cliff|bridge|train|bus|building|plane)\s+for\s+(?:you|u|her|him|them|the\s+kids|my\s+kids|any\s+of\s+(?:you|them))\b`,
    // The broad cues' idioms: dying to know, die of embarrassment, died laughing, "nearly died when your mum…", part of me
    // died, dead tired / set / weight, "i'm dead lol", the death of me, to die for, die for a coffee, scared to death.
    String.raw`\bdying\s+(?:to|for)\b|\b(?:die[ds]?|dying)\s+(?:of|from)\s+(?:embarrassment|shame|laughter|laughing|boredom|happiness|joy|excitement|curiosity|jealousy|cringe|the\s+heat|heat|hunger|thirst|fright|envy|pride|anticipation|suspense|cuteness|missing\s+(?:you|u|home|them|him|her|the\s+kids|my\s+\p{L}+))\b|\b(?:died|die|dying|dead)\s+(?:laughing|inside|of\s+laughter|with\s+laughter)\b`,
    String.raw`\b(?:nearly|almost|literally|could(?:'ve|\s+have)|just|totally|practically|basically)\s+died\b(?!\s+(?:from|of\s+(?:an?\s+)?overdose|after\s+i\s+(?:took|tried|jumped|swallowed)))|\bpart\s+of\s+me\s+(?:died|is\s+dead|feels\s+dead)\b|\b(?:felt|feel|feeling|am|i'm|im)\s+(?:so\s+)?dead\s+inside\b|\b(?:feel|feels|felt|feeling|look|looks|looked|looking)\s+like\s+death(?:\s+warmed\s+(?:up|over))?\b(?!\s+(?:is|was|would|might|could|will|'s)\b)`,
    String.raw`\bdead\s+(?:tired|set|weight|serious|wrong|right|end|curious|keen|chuffed|proud|excited|jealous|nervous|pleased|impressed|bored|busy|lucky|interested|cute|nice|posh|brilliant|handy|popular|expensive|cheap|on\s+time|on\s+my\s+feet|beat|heat|ringer|loss|certain|sure|easy|quiet|funny|good|straight|centre|center|to\s+me|to\s+the\s+world|battery|phone|silence|of\s+night|of\s+winter)\b|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|literally\s+|actually\s+|totally\s+|absolutely\s+|completely\s+)?dead(?=\s*(?:lol|lmao|haha|💀|😂))|\b(?:lol|lmao|lmfao|haha)\b[^.!?\n]{0,20}\bdead\b|"\s*dead\s*"`,
    // Other people's deaths and funerals, a pet, a plant, a phone: "the funeral", "my dad's funeral", "when your gran died".
    String.raw`\b(?:the|a|at\s+the|for\s+the|to\s+the|after\s+the|since\s+the)\s+(?:funeral|wake|death\s+of)\b|\b(?:[a-z]+'s|(?:my|your|ur|his|her|their|our)\s+(?:[a-z]+\s+)?${OTHER_MORTALS}(?:'s)?)\s+(?:own\s+)?(?:funeral|grave|death|coffin|dying|deathbed)\b`,
    String.raw`\b(?:(?:my|your|ur|his|her|their|our|the)\s+(?:[a-z]+\s+)?${OTHER_MORTALS}|mum|mam|dad|da|ma|nan|gran|granny|grandma|grandad|[a-z]+'s\s+[a-z]+)\s+(?:had\s+|has\s+|just\s+|sadly\s+|finally\s+)?(?:died|dies|dying|passed|was\s+dying|is\s+dying|is\s+dead|was\s+dead)\b|\b(?:plants?|flowers|tree|cat|dog|pet|fish|goldfish|hamster|rabbit|phone|battery|laptop|car|engine|van)\b(?:(?![\p{L}']i(?![\p{L}']))[^.!?\n]){0,30}?\b(?:died|dead|dying)\b`,
    String.raw`\b(?:swear|sworn|swore)\s+(?:it\s+)?on\s+my\s+(?:[a-z]+'s\s+)?grave\b|\bturn(?:ing|s)?\s+in\s+(?:his|her|their|my)\s+grave\b|\bthe\s+death\s+of\s+me\b|\bto\s+die\s+for\b|\bdie\s+for\s+(?:you|u|ya|a|an|some|one|the|that|this|those|these|her|him|them|ur|your|yer|ye|his|their|our|another|more|seconds|any|just\s+(?:one|a)|a\s+bite|a\s+taste|a\s+sip|half|anything\s+(?:sweet|cold|hot)|my\s+(?:kids|children|family))\b|\bscared\s+to\s+death\b|\b(?:bored|sick|worried|frightened|tickled|loved|done)\s+to\s+death\b|\bover\s+my\s+dead\s+body\b|\bdied\s+(?:down|away|out)\b|\bdying\s+(?:my|your|ur|her|his|their|our|the)\s+(?:hair|roots|beard|clothes|shirt|jeans|eyebrows)\b|\bdeath\s+(?:metal|row|star|trap|toll|valley|eater|grip)\b|\b(?:till|until)\s+death\s+do\s+us\s+part\b`,
    // The broad self-killing verbs' idioms: drowning myself in work, shot myself in the foot, topping myself up, finishing
    // myself off with pudding; and "not going to hang/drown myself".
    String.raw`\bdrown\w*\s+my\s?self\s+in\s+(?!(?:the\s+)?(?:river|sea|lake|canal|bath|water|ocean|reservoir|loch)\b)|\bshot\s+my\s?self\s+in\s+the\s+foot\b|\b(?:starv|poison)\w*\s+my\s?self\s+(?:with|on)\s+(?:junk|fast\s+food|takeaways?|crisps|sugar)\b|\bend(?:ed|ing)?\s+myself\s+(?:up|out)\b|\bfinish(?:ed|ing)?\s+myself\s+off\s+with\b|\btop(?:ped|ping)?\s+myself\s+up\b|\b(?:not|never|n'?t|wont|dont)\s+(?:going\s+to\s+|gonna\s+|ever\s+)?(?:\w+\s+)?(?:hang|drown|shoot|end|do\s+anything\s+to)\s+my\s?self\b`,
    // Endings of other things, idioms and shared swims: "I ended it all with Mark last month, the friendship I mean", "I've
    // decided to end it, the lease I mean", "Life isn't worth living without a decent cup of tea, my dad used to say",
    // "jumping ship to a new team", "jumping into the sea at Brighton like we did on your birthday".
    String.raw`\bend(?:ed|ing|s)?\s+it\s+all\s+with\s+(?!(?:a|the|some|my|those|these)\s+(?:[a-z]+\s+)?(?:pills|tablets|rope|gun|knife|blade|bottle|jump|overdose|car)\b)[a-z]+|\bend(?:ed|ing|s)?\s+it(?:\s+all)?(?:\s+[a-z]+){0,4}?,?\s+(?:the|my|our)\s+[a-z]+(?:\s+[a-z]+)?,?\s+i\s+mean\b|\bworth\s+living\s+without\s+(?:a|an|some|good|decent|proper)\s+(?:(?:decent|good|proper|hot|strong)\s+)?(?:cup\s+of\s+tea|tea|coffee|cuppa|brew|music|chocolate|cheese|wine|books|dogs?|cats?|football|sunshine|garden|biscuits?)\b|\bjump(?:ing|ed|s)?\s+ship\b|\bjump(?:ing|ed|s)?\s+(?:into|in|off)\s+(?:the\s+)?(?:sea|river|lake|pool|water|waves|harbour\s+wall|pier)\b[^.!?\n]{0,40}?\b(?:like\s+we\s+did|with\s+(?:you|u)|together|when\s+we|on\s+(?:your|my|our)\s+birthday|that\s+(?:day|summer|weekend))`,
    // Hibernation, binges, a trip, an early shift, a lost ritual: "I want to sleep and not wake up until spring, ha", "I
    // overdosed on Netflix this weekend", "When I'm gone, to Australia I mean", "I'm sick of being up at 5am for the
    // early shift", "Everything feels pointless without our Sunday walks, but I'm finding new ones".
    String.raw`\bnot\s+wake\s+up\s+(?:until|till|til)\s+(?:(?:the\s+)?(?:spring|summer|autumn|fall|winter|weekend|holidays|christmas|new\s+year|easter|payday|exams?\s+are\s+over|heatwave\s+is\s+over)|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)|(?:january|february|march|april|may|june|july|august|september|october|november|december)|it'?s\s+(?:warm|sunny|spring|summer))\b|\boverdos(?:e|ed|ing)\s+on\s+(?:netflix|tv|telly|box\s*sets|chocolate|sugar|caffeine|coffee|crisps|cake|sweets|carbs|pizza|reality\s+tv|podcasts|nostalgia|christmas\s+films|romcoms|true\s+crime)\b|\b(?:when|after|once)\s+i'?m\s+gone,?\s+(?:to|off\s+to|away\s+to)\s+[a-z]+|\b(?:sick|tired)\s+of\s+being\s+(?:awake|up)\s+at\s+(?:\d|five|six|four|dawn)|\b(?:pointless|meaningless)\s+without\s+(?:our|my|the)\s+[a-z]+[^.!?\n]{0,30}?\bbut\s+i'?m\s+(?:finding|making|starting|learning|getting)\b`,
    // Existing in a state, not existing at all: "I want to stop existing in this grey in-between and actually decide".
    String.raw`\bstop\s+(?:just\s+)?existing\s+in\s+(?:this|that|the|a|an|such|limbo)\b(?!\s+(?:world|life|body|earth|planet|universe|skin)\b)`,
    // Death accepted in a prayer, not wished: "If God calls me home tomorrow, I'll go knowing I loved you well".
    String.raw`\bif\s+(?:god|the\s+(?:good\s+)?lord|jesus|allah)\s+(?:calls|takes|called|took)\s+me\b[^.!?\n]{0,30}?\b(?:i'?ll|i\s+will|i'?d|i\s+would)\s+go\s+(?:knowing|happy|content|grateful|gladly\s+knowing)\b`,
    // A will made or changed for the paperwork of a life, not as a farewell: "I've sorted out my will with the solicitor
    // because of the house sale", "since the divorce came through I had to redo my will" (lexicon WILL_AS_PAPERWORK: a sale
    // or purchase, a divorce or split, a mortgage, probate, a professional's advice, a name to take off). Estate logistics
    // with no wish to die is not self-harm. The care stays when the same sentence says a farewell ("…and I won't be
    // needing anything after this", "…for when I'm gone", "…one less thing for anyone"), and when no such reason is given:
    // "I've made my will this week" alone is still read as setting things in order.
    // A letter beside such a will was read as a farewell note, so "I've changed my will because of the divorce, so please
    // don't be surprised by the letter" kept the care. Decided: the letter a reader is told to expect about a will changed
    // for a divorce is the solicitor's notice (an ex taken off as beneficiary or executor), and nothing in the sentence
    // puts the writer's own life in question: no wish, no ending, no farewell, the reason is named. So a letter from a
    // solicitor, bank or court, a solicitor's or official letter, or one the reader is told not to be surprised or
    // confused by is paperwork (OFFICIAL_LETTER). The care stays whenever the letter is the writer's own ("the letter I've
    // left", "a letter for you to read", "…in the drawer", "letters for the kids"), a last or goodbye letter, a note, or
    // any other farewell word is in the sentence, and whenever no paperwork reason is given: the guide keeps the care
    // when the writer's life is in doubt, and here it is not in doubt only because the sentence names the paperwork.
    String.raw`\b(?:made|making|written|wrote|writing|updated|updating|sorted(?:\s+out)?|sorting(?:\s+out)?|changed|changing|finished|redid|redone|redo|rewrote|rewritten|rewrite|done|did|doing)\s+(?:my|a|our)\s+(?:new\s+)?wills?\b[^.!?\n]{0,60}?${WILL_AS_PAPERWORK}(?![^.!?\n]{0,80}?${WILL_FAREWELL})|\b${WILL_AS_PAPERWORK}[^.!?\n]{0,50}?\b(?:made|make|written|write|wrote|updated|update|sorted(?:\s+out)?|sort(?:\s+out)?|changed|change|redid|redone|redo|rewrote|rewritten|rewrite)\s+(?:my|a|our)\s+(?:new\s+)?wills?\b(?![^.!?\n]{0,80}?${WILL_FAREWELL})`,
    // My death supposed, to say who would have the pet or the house: "If I died tomorrow, the cat would go to my sister", "if
    // I got hit by a bus, Mum would have the dog". A plain arrangement, no wish. Not with "at least", "finally", relief, or
    // nobody noticing ("If I died tomorrow, at least the cat would go to someone kinder" keeps the care), not "tonight".
    String.raw`\bif\s+i\s+(?:died|were\s+to\s+die|was\s+to\s+die|should\s+die|ever\s+died|dropped\s+dead|(?:got|was|ever\s+got)\s+hit\s+by\s+a\s+(?:bus|car|lorry|truck))(?:\s+(?:tomorrow|suddenly|unexpectedly|first|before\s+(?:you|u|them|him|her|my\s+[a-z]+)|in\s+an\s+accident|one\s+day|someday))?\s*,?\s+(?:then\s+)?(?!(?:at\s+least|at\s+last|finally|maybe|perhaps|honestly|nobody|no\s*one|everyone|everybody|you|u|they|it|things|life)\b)(?:[\p{L}']+\s+){1,3}?(?:would|'d|will|'ll|should|is\s+to|are\s+to|goes|go)\s+(?:go\s+to|be\s+left\s+to|pass\s+to|get|have|take|inherit|look\s+after|be\s+looked\s+after\s+by)\b(?![^.!?\n]{0,60}?\b(?:at\s+least|relief|better\s+off|deserves?|miss|notice|care|peace|free|finally|glad|happy|won'?t\s+need|anyway|kinder|better)\b)`,
    // Who gets my things for a while, not for good: "I've made a list of who gets my plants while I'm in Spain for the
    // summer".
    String.raw`\b(?:who|which\s+(?:[a-z]+\s+)?(?:friend|one|person|of\s+(?:my|the)\s+[a-z]+))\s+(?:gets|should\s+get|will\s+get|can\s+have|is\s+to\s+(?:get|have)|takes|should\s+have)\s+my\s+[a-z]+\b[^.!?\n]{0,50}?\b(?:while\s+i'?m\s+(?:away|abroad|in|at|on|off|travell?ing|working)|while\s+i\s+am\s+(?:away|abroad|in|at|on)|for\s+the\s+(?:summer|holidays?|trip|month|week|weekend|fortnight|winter)|on\s+holiday|(?:till|until|when)\s+i'?m\s+back|(?:house|plant|cat|dog)-?sit\w*)\b`,
    // A will made as paperwork long overdue: "I've made my will, something I should have done years ago".
    String.raw`\bmade\s+(?:my|a)\s+will\b[^.!?\n]{0,40}?\b(?:should|ought\s+to)\s+have\s+(?:done|made)\s+(?:it\s+|that\s+|one\s+)?(?:years|ages|long)\s+ago\b`,
    // A doctor's or a friend's question answered no: "My therapist asked whether I'd ever thought about hurting myself,
    // and I could honestly tell her no", "When the nurse asked if I was suicidal, I told her no, just very sad". Not when
    // the no is taken back ("…and I said no, but that wasn't true").
    String.raw`\b(?:asked|asks|asking)\s+(?:me\s+)?(?:whether|if)\b[^.!?\n]{0,80}?(?:,\s*|\s+)(?:and\s+)?(?:(?:i|the\s+answer)\s+)?(?:(?:could|can)\s+)?(?:honestly\s+|truthfully\s+|truly\s+)?(?:said|say|told\s+(?:her|him|them)|tell\s+(?:her|him|them)|answered|replied|is|was)\s+(?:(?:honestly|truthfully|truly|a\s+(?:firm|clear|simple))\s+)?no\b(?![^.!?\n]{0,40}?\b(?:lie|lied|lying|not\s+true|wasn'?t\s+true|isn'?t\s+true|truth\s+is|sometimes|some\s+(?:days|nights)|but)\b)`,
    // Learning to live without them: "I don't know how to live without you yet, but I'm learning".
    '\\b(?:live|go\\s+on|cope|be)\\s+without\\s+(?:you|u)\\s+yet\\b',
    // "I'd rather die than eat mushrooms": a joke about a chore or a taste.
    '\\b(?:rather|sooner)\\s+(?:die|be\\s+dead)\\s+than\\s+(?:eat|drink|wear|sing|dance|listen\\s+to|sit\\s+through|watch\\s+(?:another|that|the)|go\\s+(?:back\\s+to\\s+)?(?:to\\s+)?(?:work|school|the\\s+gym|ikea|(?:that|the|my\\s+old)\\s+(?:pub|party|gym|office|call\\s+cent(?:re|er)|warehouse|job|agency|kitchen|shop))|do\\s+(?:my\\s+)?(?:taxes|homework|the\\s+dishes)|go\\s+through\\s+another\\s+(?:ikea|flat-?pack|wedding|office\\s+party|team\\s+building|quiz|karaoke|camping)|(?:assemble|build|put\\s+together)\\s+(?:another|an?)\\s+(?:ikea|flat-?pack|wardrobe|bookcase|bed)|sit\\s+in\\s+(?:traffic|another\\s+meeting))\\b',
    // Reassurance and idioms: not a statement of not wanting to live.
    "\\b(?:not|never|n'?t|wont|dont)\\s+(?:going\\s+to\\s+|gonna\\s+|ever\\s+)?(?:kill|hurt|harm)\\s+my\\s?self\\b",
    '\\bnot\\s+suicidal\\b',
    '\\b(?:career|social|political|commercial|financial)\\s+suicide\\b',
    '\\bkill(?:ing|ed)?\\s+my\\s?self\\s+(?:laughing|with\\s+laughter|trying|working)\\b',
    // "I could kill myself for forgetting": annoyance, not intent.
    '\\bcould\\s+(?:\\w+\\s+)?kill\\s+my\\s?self\\s+for\\b',
    '\\b(?:tired\\s+of|done\\s+with)\\s+(?:living|life)\\s+(?:in|with|like|at|on|out\\s+of|of|as)\\b',
    // "I'm so tired of existing in this tiny flat": a place or a situation, not existing at all (not "in this world").
    String.raw`\b(?:tired|sick|fed\s+up)\s+of\s+(?:just\s+)?existing\s+in\s+(?:this|that|the|a|my)\s+(?:\p{L}+\s+){0,2}?(?:flat|house|room|bedsit|town|city|village|job|office|limbo|marriage|routine|suburb)\b`,
  ],
  examples: [
    // Sixteenth round (care16): two cues of different kinds in one sentence (`cues-combined`), and the ordinary goodbyes,
    // break-up arrangements, journeys, a relative's death and recovery it leaves alone.
    {
      flagged: "[[u wont have to deal w me after this, the cat's going to my sister]]",
      pattern: 'cues-combined',
    },
    { flagged: "[[I don't have it in me to keep going, kiss the boys for me]].", pattern: 'cues-combined' },
    { flagged: '[[i cant do another morning like this, tell mum i love her]]', pattern: 'cues-combined' },
    {
      flagged: "[[By the time anyone finds this, I'll have made sure nobody has to look after me again]].",
      pattern: 'cues-combined',
    },
    {
      flagged: "[[I'm exhausted by life itself, so please see that Toby gets my records]].",
      pattern: 'cues-combined',
    },
    { notFlagged: "I've given away my old clothes and my phone is cancelled, fresh start in the new year." },
    {
      notFlagged:
        "Nothing will ever change for me, I'll always love you, so please see that the kids get my letters.",
    },
    { notFlagged: "I can't do another day like yesterday, so make sure you pick Ellie up on time." },
    {
      notFlagged: "I gave away all my books to the charity shop and the dog is going to Mum's for the week.",
    },
    {
      notFlagged:
        "You won't have to deal with me after this, the lawyers will handle it and the cat's going to my sister.",
    },
    { notFlagged: "This is my goodbye, tell Ethan I'm sorry." },
    { notFlagged: "I've written to my mum and this is my last letter to you." },
    { notFlagged: "Before I go, I've left a note for the kids on the fridge." },
    { notFlagged: "I'm ready, I've written my sister a letter explaining everything." },
    { notFlagged: "I've made my peace, this is my goodbye to you and to us." },
    {
      notFlagged:
        "I'm tired of it all, the lawyers and the rows, so make sure the kids know we both love them.",
    },
    { notFlagged: "Nothing's going to change my mind, so make sure Lucy gets her things back by Friday." },
    {
      notFlagged:
        "I can't face another Christmas like last year, so let's make sure the kids have a calm one.",
    },
    {
      notFlagged:
        "You won't have to deal with me any more, I've found a new place and the keys are with the agent.",
    },
    { notFlagged: "When I'm not here any more, on Tuesdays I mean, make sure Max gets his tea." },
    { notFlagged: "My debts are paid off and I'm ready, ready to start again." },
    {
      notFlagged:
        "I won't be there to see her in the play, I'm working that night, please tell her I'm sorry.",
    },
    {
      flagged: '[[I have written to my cousin too, and to my old coach, to say thanks and goodbye]].',
      pattern: 'cues-combined',
    },
    { flagged: "[[I've already given the rabbit to Marie and cancelled my gym]].", pattern: 'cues-combined' },
    {
      flagged: "[[When I'm not around any more, make sure my sister gets Gran's ring]].",
      pattern: 'cues-combined',
    },
    { flagged: "[[Nothing's going to change, so tell Jamie I'm sorry]].", pattern: 'cues-combined' },
    { flagged: "[[I've saved up enough of the pills, this is my goodbye]].", pattern: 'cues-combined' },
    { flagged: '[[My debts are all paid and the dog has a new home with Sue]].', pattern: 'cues-combined' },
    { flagged: "[[There won't be a me to argue with soon]].", pattern: 'cues-combined' },
    { flagged: '[[i cant keep doing days like this, make sure the cat gets fed]]', pattern: 'cues-combined' },
    { flagged: '[[This is my last letter, so please look after Biscuit for me]].', pattern: 'cues-combined' },
    {
      flagged: "[[The spare key is under the pot, and when I'm not here any more the flat goes to Ella]].",
      pattern: 'cues-combined',
    },
    {
      flagged: "[[No more mornings for me, I've arranged everything with the solicitor]].",
      pattern: 'cues-combined',
    },
    { flagged: "[[Give Leo a hug from me, I won't be able to any more]].", pattern: 'cues-combined' },
    { flagged: "[[I'll go quietly, and nobody needs to make a fuss]].", pattern: 'cues-combined' },
    { notFlagged: 'Goodbye, and look after yourself.' },
    { notFlagged: "This is the last you'll hear from me, I promise to leave you in peace." },
    { notFlagged: "I'll be gone by the time you read this, flight's at six." },
    { notFlagged: 'Give my love to your mum.' },
    { notFlagged: "I was in a dark place last spring and I got help, and now I'm doing better." },
    { notFlagged: "We wrote our wills after we sold the house, so that's sorted." },
    { notFlagged: "My dad's funeral is on Friday, and I've written to my aunt about the flowers." },
    {
      notFlagged: "This is the last letter I'll write, please make sure the kids get their presents from me.",
    },
    { notFlagged: 'This is goodbye, and please look after the dog we shared.' },
    { notFlagged: 'Before I go, thank you for the years, and give Bella a cuddle from me.' },
    { notFlagged: "After Friday I won't be at the house any more, the keys are under the mat." },
    { notFlagged: 'Nothing is going to change between us, so this is my goodbye.' },
    { notFlagged: "I'm ready, I've said my goodbyes to the old flat." },
    { notFlagged: "My will is done now that we've separated, and the debts are paid." },
    { notFlagged: "When I'm not around at weekends, make sure the dog gets walked." },
    { notFlagged: 'Goodbye for good, and please give the kids a hug from me at the weekend.' },
    { notFlagged: "I'm moving to Perth in May, so before I go, I've written to my cousins there." },
    { notFlagged: "I'm done, you can have the flat and everything in it." },
    // Lead review (fourteenth): the signs said plainly.
    { flagged: "[[I've given away my guitar and my books]].", pattern: 'plain-signs' },
    { flagged: '[[If something happens to me, please look after Biscuit]].', pattern: 'plain-signs' },
    { flagged: "[[I can't do this anymore, any of it]].", pattern: 'plain-signs' },
    { notFlagged: "I've given away my old sofa to the neighbours, it didn't fit the new flat." },
    { notFlagged: 'If anything happens to me during the operation, please look after Biscuit.' },
    { notFlagged: "I can't do this anymore, the arguing, the silences, us." },
    // Lead review (fourteenth): a will made as life's paperwork, with the pension or at a round birthday.
    { notFlagged: "I've sorted my will and my pension, which is what turning fifty does to you." },
    { notFlagged: 'I finally sorted out my pension and made my will, very grown-up of me.' },
    { notFlagged: "I don't think I want to be here much longer, this job is grinding me down." },
    { notFlagged: "I won't be around to see the spring bulbs come up, I'll be in Australia by then." },
    // Lead review (thirteenth round): the reader's absence, said as a jab, is not the writer's.
    { notFlagged: "I've never felt better. Shame you won't be around to see it." },
    { notFlagged: 'u wont be around to see the kids grow up if u keep this up' },
    {
      flagged: "[[I won't be around much longer]], I'll be in a better place by then.",
      pattern: 'not-here-long',
    },
    // Eleventh round (danger11): the method decided, letting go at a bridge, not wanting to continue one's life, not
    // wanting to be alive in a world where…, not being around by the summer, not a burden for much longer, things cleared
    // so nobody deals with the mess afterwards; and their near misses (a transfer, a pool, a life coach, a lease, a move, a
    // sofa, a knee, "dead chuffed", the call centre, a tiny flat).
    {
      flagged:
        "[[I've already decided how I'm going to do it]], I just wanted you to know none of it is your fault.",
      pattern: 'end-my-life',
    },
    { notFlagged: "I've decided how I'm going to do it, I'll tell my boss about the transfer on Monday." },
    {
      flagged:
        'Many nights I go to the bridge over the river and [[I think it would be simple to let go of everything]].',
      pattern: 'end-my-life',
    },
    { notFlagged: "At the edge of the pool I thought it'd be easy to jump in with the kids." },
    {
      flagged: '[[My life without you has no more meaning and I do not want to continue it]].',
      pattern: 'end-my-life',
    },
    { notFlagged: "My life coach says I should finish the course but I don't want to continue it." },
    { flagged: "[[I don't want to be alive in a world where you hate me]].", pattern: 'end-my-life' },
    { notFlagged: "I don't want to live in a world where people are cruel to each other." },
    { flagged: "[[I can't see myself still being around by the summer]].", pattern: 'farewell' },
    { notFlagged: "I can't see myself still being around by the summer, the contract ends in June." },
    { flagged: "[[I'm not going to be a burden to anyone for much longer]].", pattern: 'not-here-long' },
    {
      notFlagged:
        "I'm not going to be a burden to anyone for much longer, the physio says I'll be walking by May.",
    },
    {
      flagged:
        "I've given the bike to my nephew and cleared out the spare room, [[so nobody will have to deal with my mess afterwards]].",
      pattern: 'not-here-long',
    },
    {
      notFlagged:
        'I cleared out the spare room before the move so nobody will have to deal with my mess afterwards.',
    },
    { notFlagged: "I've given the old sofa to my cousin so you don't have to deal with it later." },
    { notFlagged: "I'm dead curious how the Berlin move went." },
    { notFlagged: "I'd rather die than go back to that call centre, ha." },
    { notFlagged: "I'm so tired of existing in this tiny flat with no garden." },
    { flagged: "[[I can't keep fighting to stay alive for much longer]].", pattern: 'not-go-on' },
    { notFlagged: "I can't keep fighting with you about money, it's exhausting." },
    { flagged: "[[honestly i'm not gonna be around for much longer]]", pattern: 'not-here-long' },
    { notFlagged: "i'm not gonna be around for much longer, moving to glasgow in may" },
    { flagged: "[[I think about ending things for good, and I don't mean us]].", pattern: 'end-my-life' },
    { notFlagged: "I ended things with Jake last month, and I don't mean us, I mean the band." },
    { flagged: '[[Every night I ask God not to let me wake up]].', pattern: 'end-my-life' },
    { notFlagged: 'I pray to God to take me to Lourdes one day.' },
    { flagged: "[[If I'm not here next week, please know I loved you]].", pattern: 'farewell' },
    { notFlagged: "If I'm not here by Christmas, please know I'm on the rig and I'll ring when I can." },
    { flagged: '[[Being alive is just too much effort now]].', pattern: 'no-point-living' },
    { notFlagged: 'Staying alive in that job took too much out of me.' },
    { flagged: "[[I've made my peace with it and I'm ready to go]].", pattern: 'want-to-die' },
    { notFlagged: "I've made my peace with it and I'm ready to go to the interview." },
    { flagged: '[[I have no more strength to live]].', pattern: 'end-my-life' },
    { notFlagged: 'I have no more strength to live in London, the rent is killing me.' },
    { flagged: '[[For me there is no sense to live without you]].', pattern: 'end-my-life' },
    { notFlagged: "There's no sense to live together if we never talk." },
    { flagged: '[[I think it is better if I am not in this world anymore]].', pattern: 'end-my-life' },
    { notFlagged: "I think it's better if I'm not in the group chat anymore." },
    { flagged: "[[I don't see myself in the future at all]].", pattern: 'end-my-life' },
    { notFlagged: "I don't see myself in the future with anyone else." },
    { flagged: '[[its not worth it anymore, none of it, me included]]', pattern: 'end-my-life' },
    { notFlagged: 'The film was pointless, and the popcorn was worthless, me included, ha.' },
    { flagged: '[[It would be a relief not to wake up]].', pattern: 'end-my-life' },
    { notFlagged: 'It would be nice not to wake up at 5am for once.' },
    { flagged: '[[I have been thinking of ways to make it stop permanently]].', pattern: 'end-my-life' },
    { notFlagged: "I want to make the noise stop for good, so I've bought earplugs." },
    { flagged: "[[I'd be doing everyone a favour by not being here]].", pattern: 'end-my-life' },
    { flagged: "[[I'm scared of what I might do tonight]].", pattern: 'end-my-life' },
    { notFlagged: "I'm scared of what I might do if I see him with her." },
    // Twentieth round (the lead's review): "of anything" read as "in anything" and "to anything" were.
    { flagged: "[[I don't see the point of anything without you]].", pattern: 'said-sideways' },
    { flagged: "[[You're the only reason I'm still here]].", pattern: 'said-sideways' },
    { flagged: '[[i wrote everyone goodbye letters last night]]', pattern: 'end-my-life' },
    { notFlagged: 'I wrote everyone thank-you notes after the wedding.' },
    { flagged: '[[ur the only reason im still here]]', pattern: 'said-sideways' },
    {
      flagged: 'Honestly, [[the only thing that keeps me alive is the hope of seeing you]].',
      pattern: 'said-sideways',
    },
    { notFlagged: "The only reason I'm still here in Leeds is the job." },
    { notFlagged: 'Coffee is the only thing keeping me going this week.' },
    { flagged: "[[I don't trust myself to be alone right now]].", pattern: 'end-my-life' },
    { notFlagged: "I don't trust myself to be alone with your mum's cake." },
    { flagged: '[[I keep thinking how nice it would be to stop]].', pattern: 'end-my-life' },
    { notFlagged: 'How nice it would be to stop and have a coffee together.' },
    { flagged: "[[I've been having dark thoughts again]], the really dark ones.", pattern: 'end-my-life' },
    { notFlagged: "I've been having dark thoughts about the two of you, and I'm ashamed of it." },
    { notFlagged: "The nurse checked whether I was having dark thoughts, and I'm honestly not." },
    {
      notFlagged: "I had dark thoughts the winter after Dad died, and we've worked through them in therapy.",
    },
    {
      notFlagged:
        "I had dark thoughts for a while, but I saw a counsellor and I'm through the worst of it now.",
    },
    { notFlagged: "Honestly I've been having dark thoughts about whether I'm any good at my job." },
    {
      flagged: "[[Honestly I don't know how much longer I can keep doing this]], any of it.",
      pattern: 'end-my-life',
    },
    { notFlagged: "I don't know how much longer I can keep doing this, the night shifts are killing me." },
    { flagged: '[[I find I no longer have much appetite for life]].', pattern: 'end-my-life' },
    { notFlagged: "I've lost my appetite for life in London, so I'm moving back to Cork." },
    { flagged: "[[I've rather lost the will to carry on]], if I'm honest.", pattern: 'end-my-life' },
    { flagged: '[[I have lived long enough, I think]].', pattern: 'end-my-life' },
    { notFlagged: 'I have lived long enough in this town to know everyone at the market.' },
    {
      flagged: '[[I should very much like to go to sleep and be done with it all]].',
      pattern: 'end-my-life',
    },
    {
      flagged: '[[The Lord can take me whenever He likes, and sooner would suit me]].',
      pattern: 'end-my-life',
    },
    {
      notFlagged:
        'The Lord can take me whenever He likes, but I hope He waits till the grandchildren are grown.',
    },
    { flagged: "[[There seems little reason to carry on now that you've gone]].", pattern: 'end-my-life' },
    {
      notFlagged:
        "There seems little reason to carry on with the allotment now that you've gone, so I've given it up.",
    },
    { flagged: "[[I shan't be troubling anyone for much longer]].", pattern: 'farewell' },
    { flagged: "[[I don't much care whether I wake up tomorrow]].", pattern: 'no-point-living' },
    { flagged: '[[Some mornings I wish the heart attack had finished the job]].', pattern: 'end-my-life' },
    {
      flagged: "[[I stopped eating properly weeks ago and I don't intend to start]].",
      pattern: 'end-my-life',
    },
    { flagged: "[[I'm planning my exit]].", pattern: 'end-my-life' },
    { notFlagged: "I'm planning my exit from the firm, I've had an offer from a smaller practice." },
    { notFlagged: "I'm scared of what I might do tonight with the hair dye, wish me luck." },
    { notFlagged: "I'd be doing everyone a favour by not being here for the karaoke, I'm tone deaf." },
    { flagged: "[[By the time this reaches you it'll be done]].", pattern: 'end-my-life' },
    { notFlagged: "By the time this reaches you it'll be done, the sale went through on Friday." },
    { flagged: "[[Tell Mum I'm sorry and that it wasn't her fault]].", pattern: 'end-my-life' },
    { flagged: "[[I've left the door unlocked so nobody has to break it]].", pattern: 'end-my-life' },
    { notFlagged: "I've left the back door unlocked for the plumber, he's coming at nine." },
    { flagged: '[[Who would even notice if I just stopped]]?', pattern: 'end-my-life' },
    { notFlagged: 'Who would even notice if I just stopped going to the gym?' },
    // Lead review (seventeenth round).
    {
      flagged: 'I have not told my family. [[Every morning I wake and wish I had not]].',
      pattern: 'said-sideways',
    },
    { flagged: '[[most days i wake up n wish i didnt]]', pattern: 'said-sideways' },
    { notFlagged: "Every morning I wake up and wish I hadn't stayed up so late texting." },
    { flagged: "Honestly, [[I can't see the point in any of it without you]].", pattern: 'said-sideways' },
    {
      flagged:
        "I've [[written letters to my parents and to my brother, just so they have something if anything happens]].",
      pattern: 'end-my-life',
    },
    {
      notFlagged:
        "I've written letters to my parents and my brother before the operation, just so they have something if anything happens.",
    },
    { flagged: '[[The thoughts about ending it are back]].', pattern: 'end-my-life' },
    {
      flagged: "[[I can't promise I'll still be here next time you hear about me]].",
      pattern: 'end-my-life',
    },
    { notFlagged: "I can't promise I'll still be here when you get back, the lease ends in June." },
    { flagged: "[[Tomorrow it will all be over]], I've decided.", pattern: 'end-my-life' },
    { notFlagged: 'Tomorrow it will all be over, the exams I mean, thank God.' },
    { notFlagged: 'The life insurance covers this kind of accident, the broker said.' },
    {
      flagged: '[[Please make sure Milo goes to a good home if anything happens to me]].',
      pattern: 'end-my-life',
    },
    { notFlagged: 'Please look after Milo if anything happens to me during the operation.' },
    { flagged: "[[This is the last letter I'll ever write]].", pattern: 'end-my-life' },
    { notFlagged: "This is the last letter I'll ever write to you." },
    { flagged: '[[Every day I wake up disappointed that I did]].', pattern: 'end-my-life' },
    { notFlagged: "I'm done with being here, this city has nothing for me, I'm moving to Leeds." },
    { flagged: '[[wish i could just not wake up tmrw]]', pattern: 'end-my-life' },
    { notFlagged: 'I wish I could just not wake up until spring.' },
    { notFlagged: 'I stood on the balcony last night and thought about how much I miss you.' },
    {
      flagged: '[[The pills are in the drawer and I think about them every night]].',
      pattern: 'end-my-life',
    },
    {
      notFlagged:
        'The pills are in the drawer and I think about them every night when I forget to take them.',
    },
    { flagged: "[[I've given my guitar to my brother and written letters to my mum]].", pattern: 'farewell' },
    {
      notFlagged: 'I gave the old sofa to my cousin and wrote a thank-you card to your mum for the curtains.',
    },
    { flagged: '[[If I was gone]], would anyone even notice?', pattern: 'better-off-without-me' },
    { flagged: '[[if i just vanished nobody would come looking]]', pattern: 'better-off-without-me' },
    { notFlagged: 'If I disappeared for a week to the cottage, nobody at work would notice.' },
    { notFlagged: "If I wasn't around next month, it's because the new job starts in Leeds." },
    // Ninth round (false alarms reported by reviewers, and their families; eval/ninth/danger-precision scored them, these are
    // new wordings). Decided case by case, keeping the header's stance: the writer's own life is read whenever it is in
    // question. Not self-harm: a will made or changed for a sale, a divorce, a mortgage or on a professional's advice, with
    // nothing else said; "if I died" supposed to say who would have the dog or the house; who gets my things while I'm
    // away. Still self-harm: the same will with a farewell or a "when I'm gone" beside it, a will with no reason given, "at
    // least" someone kinder would have the dog, "tonight", who gets my things "while I'm gone", nobody missing me.
    { notFlagged: "I've redone my will since the divorce came through, the solicitor insisted." },
    { notFlagged: 'Because of the flat sale I had to rewrite my will, which took all of a Tuesday.' },
    { notFlagged: 'I updated my will after we bought the flat, so your name needs taking off it now.' },
    { notFlagged: 'If I died tomorrow, the dog would go to my brother, we agreed that ages ago.' },
    { notFlagged: 'If I ever got hit by a bus, my nephew would have the guitar, it is all written down.' },
    { notFlagged: "I've made a list of who gets my spare keys while I'm away in June." },
    {
      flagged: "[[I've made my will because of the house sale]], so it's all in order now.",
      pattern: 'not-here-long',
    },
    {
      flagged: "[[I've changed my will and said what I needed to say to everyone]].",
      pattern: 'not-here-long',
    },
    {
      flagged: '[[If I died tomorrow, at least the dog would go to someone kinder]].',
      pattern: 'want-to-die',
    },
    { flagged: '[[If I died tonight]], Mum would get the dog.', pattern: 'death-in-first-person' },
    { flagged: "[[I've made a list of who gets my things while I'm gone]].", pattern: 'not-here-long' },
    // The paperwork's own letter (OFFICIAL_LETTER): a will changed for a divorce and the solicitor's letter about it.
    {
      notFlagged: "I've changed my will because of the divorce, so please don't be surprised by the letter.",
    },
    { notFlagged: "I've updated my will after the divorce; you'll get a letter from my solicitor about it." },
    { notFlagged: 'changed my will cos of the divorce so dont panic at the letter from the solicitors x' },
    {
      notFlagged:
        'We redid our wills after the house sale, so please ignore the official letter from the bank.',
    },
    {
      flagged:
        "[[I've changed my will because of the divorce]], so don't be surprised by the letter I've left in the drawer.",
      pattern: 'not-here-long',
    },
    {
      flagged: "[[I've changed my will because of the divorce and left letters for the kids]].",
      pattern: 'not-here-long',
    },
    {
      flagged: "[[I've changed my will]], so please don't be surprised by the letter.",
      pattern: 'not-here-long',
    },
    // Broad cues, second batch: death as relief, not being here tomorrow, the only way it stops, an age not wished for,
    // someone to find me, means on my mind, no light left, out of fight, a will, a goodbye note, better without caring for me.
    { flagged: "[[I've been thinking the only way this stops is if I stop]].", pattern: 'want-to-die' },
    { flagged: '[[Honestly death sounds like a holiday right now]].', pattern: 'want-to-die' },
    { flagged: '[[i keep thinking abt just not being here tmrw]]', pattern: 'want-to-die' },
    {
      flagged: "[[I've asked my brother to keep an eye on Mum after]], he knows what I mean.",
      pattern: 'farewell',
    },
    { flagged: '[[The knife drawer has been on my mind all week]].', pattern: 'end-my-life' },
    { flagged: '[[I wonder how long it would take someone to find me]].', pattern: 'farewell' },
    { flagged: '[[I am praying for the strength to end my sufferings]].', pattern: 'end-my-life' },
    { flagged: '[[I do not wish to see fifty]], I have decided.', pattern: 'want-to-die' },
    { flagged: '[[Every time I cross the bridge I have to stop myself]].', pattern: 'end-my-life' },
    { flagged: '[[There is no light left for me]], only dark.', pattern: 'no-point-living' },
    {
      flagged: '[[I have left everything to my sister in the will]] I made on Tuesday.',
      pattern: 'farewell',
    },
    {
      flagged: '[[my mum would be better without having to look after me]]',
      pattern: 'better-off-without-me',
    },
    { flagged: "[[I'm going to go to sleep and hopefully that's it]].", pattern: 'want-to-die' },
    { flagged: '[[I keep planning my goodbye note in the shower]].', pattern: 'farewell' },
    { flagged: 'The car, [[a hose and the garage would do it]].', pattern: 'end-my-life' },
    { flagged: "[[I'm almost out of fight]].", pattern: 'no-point-living' },
    { notFlagged: "Life is so hard without you, but I'm getting there." },
    { notFlagged: "Living in London is too expensive, so I've moved back to Leeds." },
    { notFlagged: "I'm out of fight when it comes to arguing with your mother." },
    { notFlagged: "I think about not being here for Christmas, it's the first one apart." },
    { notFlagged: 'Death sounds like a great name for a band, honestly.' },
    { notFlagged: 'The knife you gave me is still on my mind, I never returned it.' },
    { notFlagged: "I'm ready to stop arguing and just listen." },
    { notFlagged: "I don't want to see another Christmas like the last one." },
    { notFlagged: 'I have left everything to my sister in the flat, the keys are with her.' },
    { notFlagged: 'Every time I cross the bridge I think of our first date.' },
    { notFlagged: 'I tried to stop myself from texting you at 2am.' },
    { notFlagged: "I've been dying to tell you about my new job." },
    { notFlagged: 'I wish I could disappear into a good book this weekend.' },
    { notFlagged: 'I went to the top of the car park to see the fireworks.' },
    { notFlagged: "My grandad's pills are all over the kitchen table and it drives Mum mad." },
    { notFlagged: "I can't keep going back and forth like this, so this is my last letter." },
    { notFlagged: "I'm done with everything we argued about, I want peace." },
    { notFlagged: "I'd rather be alone than be treated like that again." },
    { notFlagged: 'If you ever need anything after the move, just ask.' },
    { notFlagged: "When my time comes I hope I'm as brave as Gran was, but that's a long way off." },
    { notFlagged: 'My nan used to say death is just another journey, and I think of her often.' },
    { notFlagged: 'I want the fighting to end, for both of us, me included.' },
    { notFlagged: 'Look after yourself after.' },
    // Broad cues (lexicon/en/death.ts), each in new words: a wish or plan then any way of not living, worn out holding on,
    // killing verbs done to myself, means held back or counted, places and water with no coming back, farewells and
    // arrangements, hopelessness about living itself, and a death word with the writer and no one else in between; the
    // not-flagged ones are the idioms, other people's deaths, moving, trips and logistics the broad cues must leave alone.
    { flagged: "[[I think I'd like to just stop existing]], for good this time.", pattern: 'want-to-die' },
    { flagged: '[[Some nights I want to fall asleep and stay that way]].', pattern: 'want-to-die' },
    { flagged: '[[i hope i just fade out one of these nights]]', pattern: 'want-to-die' },
    { flagged: "[[I'm going to throw myself off the multistorey on Friday]].", pattern: 'end-my-life' },
    {
      flagged: '[[I half want to swerve into the barrier on the ring road every morning]].',
      pattern: 'end-my-life',
    },
    {
      flagged: "[[If I walked into the loch tonight I don't think I'd swim back]].",
      pattern: 'said-sideways',
    },
    { flagged: '[[I might do something drastic to myself this weekend]].', pattern: 'end-my-life' },
    { flagged: "[[I've no strength left to keep fighting any longer]].", pattern: 'not-go-on' },
    { flagged: "[[I don't think I can keep fighting much longer]].", pattern: 'not-go-on' },
    { flagged: "[[I'm so sorry I couldn't stick around for you both]].", pattern: 'farewell' },
    { flagged: "[[Don't search for me, I'll be at rest by then]].", pattern: 'farewell' },
    { flagged: "[[Don't grieve for me once I'm dead]], it was my choice.", pattern: 'not-here-long' },
    { flagged: "[[There's no place left for me on this earth]].", pattern: 'better-off-without-me' },
    {
      flagged: "[[I'd like to finish my time on this earth quietly]], before winter.",
      pattern: 'end-my-life',
    },
    { flagged: "[[My flatmates won't have to deal with me past Sunday]].", pattern: 'better-off-without-me' },
    {
      flagged: "[[I won't be here to watch Ellie start school]], and that's all right.",
      pattern: 'not-here-long',
    },
    {
      flagged: "[[If anything happens to me, my pension goes to the girls and they'll be looked after]].",
      pattern: 'not-here-long',
    },
    { flagged: "[[I've made a list of who should have my guitars]].", pattern: 'not-here-long' },
    {
      flagged: "[[There's codeine in a sock at the back of my drawer, just in case]].",
      pattern: 'end-my-life',
    },
    {
      flagged: '[[Last night I lined the pills up on the table and counted them twice]].',
      pattern: 'end-my-life',
    },
    { flagged: '[[That railway line behind the estate keeps calling to me]].', pattern: 'end-my-life' },
    { flagged: "[[They pumped my stomach in June]], and I still wish they hadn't.", pattern: 'end-my-life' },
    { flagged: "[[Living has become a prison I don't want to serve out]].", pattern: 'no-point-living' },
    { flagged: "[[It'd be simpler for everyone if I just vanished]].", pattern: 'better-off-without-me' },
    { flagged: "[[I'll end up in the canal one of these nights]].", pattern: 'end-my-life' },
    { flagged: '[[I pressed the blade to my wrist last night and stopped]].', pattern: 'end-my-life' },
    { flagged: "[[I don't deserve to be alive after what I did]].", pattern: 'no-point-living' },
    { flagged: '[[I want it all to stop]], my heart included.', pattern: 'no-point-living' },
    { flagged: "[[I don't plan on being around by Easter]].", pattern: 'not-here-long' },
    { flagged: "[[If I'm still here next spring it'll be a miracle]].", pattern: 'not-here-long' },
    { flagged: "[[I've given up on living]], honestly.", pattern: 'no-point-living' },
    { flagged: "[[I've already chosen the night]].", pattern: 'end-my-life' },
    { flagged: "[[I'm driving up to the cliffs tonight]], alone.", pattern: 'end-my-life' },
    { flagged: "[[I don't care what happens to me anymore]].", pattern: 'no-point-living' },
    { flagged: '[[This will be my last Christmas]].', pattern: 'not-here-long' },
    { flagged: '[[I keep wishing my death would come sooner]].', pattern: 'death-in-first-person' },
    // Twenty-first round (the lead): texting's "ill" for "I'll" before the death; "nothing has any point" without them;
    // feeling or looking like death is being unwell.
    { flagged: '[[ill die without u]]', pattern: 'death-in-first-person' },
    {
      flagged: "[[I gave away my guitar and my records this week, I won't need them]].",
      pattern: 'said-sideways',
    },
    { flagged: '[[I just want the pain to stop, for good]].', pattern: 'said-sideways' },
    { notFlagged: "I gave away my winter coats before the move to Lisbon, I won't need them there." },
    { notFlagged: 'I just want the pain in my knee to stop before the marathon.' },
    { flagged: '[[honestly ill prob be dead by the time u read this]]', pattern: 'death-in-first-person' },
    { flagged: '[[Nothing has any point any more without you]].', pattern: 'said-sideways' },
    { flagged: 'Since you left, [[nothing seems to have any meaning]].', pattern: 'said-sideways' },
    { notFlagged: 'ill all week, sorry i missed ur call' },
    { notFlagged: "I've been ill and I feel like death warmed up, so forgive the handwriting." },
    { notFlagged: 'Nothing has any point in arguing about the sofa now.' },
    { notFlagged: 'Nothing has a point until you sand it, Dad used to say about pencils.' },
    { flagged: "[[I've thought of hanging myself from the loft hatch]].", pattern: 'end-my-life' },
    {
      flagged: '[[Sometimes I lie in the bath and think how easy it would be to slide under]].',
      pattern: 'end-my-life',
    },
    {
      flagged: 'Im so tired man, [[i just wanna sleep for a really long time and not come back]]',
      pattern: 'want-to-die',
    },
    {
      flagged: '[[I looked at the gas oven last night for longer than I should have]].',
      pattern: 'end-my-life',
    },
    { flagged: "[[My heart just isn't in living anymore]].", pattern: 'no-point-living' },
    {
      flagged: "[[I've made sure the rent is paid up to March so nobody is left with a mess]].",
      pattern: 'farewell',
    },
    { flagged: "[[I'm writing this so someone knows why, afterwards]].", pattern: 'farewell' },
    {
      flagged: '[[I have been collecting my prescription for weeks without taking it]].',
      pattern: 'end-my-life',
    },
    { flagged: '[[Tonight I plan to take every pill in the house]].', pattern: 'end-my-life' },
    { flagged: "[[I'd welcome a car crash at this point]].", pattern: 'want-to-die' },
    { flagged: '[[My exit is planned]], I just need to find the courage.', pattern: 'end-my-life' },
    {
      flagged: "Don't worry, [[soon I'll be out of everyone's hair for good]].",
      pattern: 'better-off-without-me',
    },
    {
      flagged: "[[The voices keep telling me to do it and I'm running out of reasons not to]].",
      pattern: 'no-point-living',
    },
    { flagged: '[[Please forgive me for leaving like this, I love you all]].', pattern: 'farewell' },
    {
      flagged: "[[I'm going to the woods with the dog's lead and I won't be coming home]].",
      pattern: 'end-my-life',
    },
    { flagged: '[[Yesterday I stood at the edge of the platform and leaned]].', pattern: 'end-my-life' },
    { flagged: "[[I don't see a tomorrow for me]].", pattern: 'no-point-living' },
    { flagged: '[[I keep thinking everyone would cope if I was gone]].', pattern: 'better-off-without-me' },
    { flagged: '[[Life hurts too much to keep living it]].', pattern: 'no-point-living' },
    { flagged: "[[I'm fed up of breathing]], honestly.", pattern: 'no-point-living' },
    {
      flagged: "[[If I just stepped off the kerb at the right moment it'd all be over]].",
      pattern: 'end-my-life',
    },
    { flagged: "[[I'm going to put an end to my suffering this weekend]].", pattern: 'end-my-life' },
    { flagged: '[[I held the pills in my hand for an hour]].', pattern: 'end-my-life' },
    { flagged: "[[Each morning I'm disappointed I'm still breathing]].", pattern: 'want-to-die' },
    { flagged: '[[The only thing stopping me is the thought of Mum finding me]].', pattern: 'farewell' },
    { flagged: 'im done fr, [[ready to dip permanently]]', pattern: 'want-to-die' },
    { flagged: '[[honestly would not be upset if i got hit by a car tomorrow]]', pattern: 'want-to-die' },
    { flagged: '[[I keep googling how much insulin is too much]].', pattern: 'end-my-life' },
    { flagged: '[[Every night I pray not to see the morning]].', pattern: 'want-to-die' },
    { flagged: '[[I have no desire to continue this existence]].', pattern: 'no-point-living' },
    {
      flagged: "[[I'd be lying if I said I hadn't thought about the rope in the garage]].",
      pattern: 'end-my-life',
    },
    { flagged: '[[I am not wanting to live since you went]].', pattern: 'want-to-die' },
    { flagged: '[[Sometimes I hope the plane goes down with me on it]].', pattern: 'want-to-die' },
    {
      flagged: "[[I can't see myself getting through another winter like this]].",
      pattern: 'no-point-living',
    },
    { flagged: "[[I've started saying goodbye to people in my head]].", pattern: 'farewell' },
    { flagged: '[[Nobody would even come to my funeral]].', pattern: 'not-here-long' },
    { notFlagged: "My uncle died last winter and I still haven't cleared his shed." },
    { notFlagged: "I went to my cousin's funeral on Saturday and thought of you." },
    { notFlagged: "I'd die for one more of those lemon tarts from the market." },
    { notFlagged: 'I was scared to death when the plane dropped over Dublin.' },
    { notFlagged: 'I nearly died when your brother turned up at my door.' },
    { notFlagged: 'The phone died as I was about to call you.' },
    { notFlagged: "I drowned myself in work after you left, which didn't help." },
    { notFlagged: 'I really shot myself in the foot with that message.' },
    { notFlagged: "I won't be around to help you move on Saturday, I'm away." },
    { notFlagged: "I can't do this tonight, I'm sorry, the babysitter cancelled." },
    { notFlagged: "I'm tired of fighting with you over the money." },
    { notFlagged: "I won't be around to see the new flat, I'm moving to Bristol." },
    { notFlagged: "I'm sorry I couldn't make it to your birthday." },
    { notFlagged: "I don't want to end it on a bad note, so thank you." },
    { notFlagged: "I'd love to disappear to Cornwall for a week with a book." },
    { notFlagged: 'Our plant is dead, I forgot to water it while I was away.' },
    { notFlagged: 'I want to jump into the sea at Brighton again this summer.' },
    { notFlagged: 'I keep my tablets in the kitchen drawer so I remember to take them.' },
    { notFlagged: "I've written down who gets the sofa and who gets the telly, to keep it fair." },
    { notFlagged: "Don't come looking for me at the pub tonight, I'm staying in." },
    { notFlagged: "If I'm still here next year I'll have paid off the loan." },
    { notFlagged: 'This will be my last Christmas in the old house, which feels strange.' },
    { notFlagged: "I've picked a date for the move." },
    { notFlagged: "I'll probably end up in the river pub with the lads on Friday." },
    { notFlagged: 'It would be easier for everyone if I just left the group chat.' },
    { notFlagged: 'I felt so alive on that trip to Lisbon with you.' },
    { notFlagged: 'I gave up on the diet, obviously.' },
    { notFlagged: "I'm so done with this heatwave, I can't breathe." },
    { notFlagged: 'My death metal phase was a lot, I admit.' },
    { notFlagged: "I'd rather die than go back to that gym." },
    { notFlagged: "When I'm gone to Canada, look after the plants for me." },
    { notFlagged: "I'm safe now and I'm not going to hurt myself, I promise." },
    { notFlagged: "I'm killing myself laughing at your sister's new video." },
    { notFlagged: "I'm dying to see the pictures from your cousin's wedding in Kerala." },
    { notFlagged: 'I nearly died when the bill came, but it was worth it.' },
    { notFlagged: "My nan's funeral is on Thursday, and I'll be thinking of you." },
    { notFlagged: "I'm dead tired after the move, so forgive the scrawl." },
    { notFlagged: "I'd love to see the kids grow up in a calmer house than ours was." },
    { notFlagged: "I'm ready to go back to work after the holidays." },
    { notFlagged: "I've made my arrangements for the flight, so I'll be in Lagos on the ninth." },
    { notFlagged: "I wouldn't mind a crash course in cooking, if you're still teaching." },
    { notFlagged: 'The only thing stopping me from moving is the lease.' },
    { notFlagged: 'I finally gave up on the diet, and honestly I feel fine.' },
    // Eighth round (eval/eighth/danger-probe, families only, new wording): a death wished from outside, asleep "and that
    // was that", relief for others said with other verbs, life weighed as not worth it, reasons running out, "end it" with
    // nothing after it, an overdose named, methods read up on, letters left to be found, things of no use now, means
    // bought, a place chosen, the news to come, "it gets better" not waited for, not seeing oneself at forty.
    { flagged: '[[I half hope the infection gets me this time]].', pattern: 'farewell' },
    {
      flagged: '[[Part of me hopes a lorry takes me out on the motorway one of these nights]].',
      pattern: 'farewell',
    },
    { flagged: '[[I pray my heart gives out in my sleep]].', pattern: 'farewell' },
    { notFlagged: 'I hope the new guy takes me out for dinner.' },
    { notFlagged: 'I hope my heart stops racing before the interview.' },
    { notFlagged: 'I wish the train would take me back to Edinburgh.' },
    { flagged: '[[If I drifted off on the sofa and that was that]], so be it.', pattern: 'want-to-die' },
    { notFlagged: 'I fell asleep on the sofa and that was it for the evening.' },
    { flagged: "[[I wouldn't mind not waking up at all]].", pattern: 'want-to-die' },
    { notFlagged: "I wouldn't mind dying my hair red like yours." },
    {
      flagged: '[[My brother would sleep easier without me to look after]].',
      pattern: 'better-off-without-me',
    },
    { flagged: '[[Mum would have one less mouth to feed without me]].', pattern: 'better-off-without-me' },
    {
      flagged: '[[Honestly my son would have an easier life without me]].',
      pattern: 'better-off-without-me',
    },
    { notFlagged: 'The kids would have a better time at the fair without me.' },
    { notFlagged: "They'd all be happier when I'm gone to Spain for the summer." },
    { notFlagged: 'Dad would be better off with a quieter Christmas.' },
    { flagged: "[[There's very little reason to get on with my life]].", pattern: 'no-point-living' },
    { flagged: "[[Living just isn't worth the struggle now]].", pattern: 'no-point-living' },
    { flagged: '[[Some days I ask myself if life is worth the fight]].', pattern: 'no-point-living' },
    { flagged: "[[I'm running out of reasons to get up in the morning]].", pattern: 'no-point-living' },
    { flagged: '[[What is the point in my still being alive]]?', pattern: 'no-point-living' },
    { notFlagged: "I've lost the will to carry on with my life in Manchester." },
    { notFlagged: "Life's not worth the hassle of holding grudges." },
    { notFlagged: "I'm running out of reasons to stay in London." },
    { flagged: '[[im about to end it ngl]]', pattern: 'end-my-life' },
    { notFlagged: "I'm ready to end it, the tenancy I mean." },
    { notFlagged: 'I wanted to end it months before you did.' },
    { flagged: '[[The nurses were kind to me after the overdose]].', pattern: 'end-my-life' },
    { notFlagged: 'The doctor changed my dose last month.' },
    { flagged: '[[I keep searching for methods at night instead of sleeping]].', pattern: 'end-my-life' },
    { notFlagged: "I've been reading about methods of teaching kids to read." },
    {
      flagged: "The envelopes for the boys are in my desk, [[so they'll find them afterwards]].",
      pattern: 'farewell',
    },
    { notFlagged: "I left a note for the plumber where he'll find it after lunch." },
    { flagged: "[[I don't want my mum to be the one who finds me]].", pattern: 'farewell' },
    { notFlagged: "I don't want my mum to find me crying again." },
    { flagged: "I've handed my tools on to Dev; [[they're no good to me any more]].", pattern: 'farewell' },
    { notFlagged: "I gave Priya my old phone, it's no use to me now that I have a new one." },
    {
      flagged: '[[I bought two more boxes of sleeping tablets, that should be enough]].',
      pattern: 'farewell',
    },
    { notFlagged: "I bought another packet of paracetamol for Dad's back." },
    { flagged: "[[I've picked the spot already]].", pattern: 'farewell' },
    { notFlagged: 'I know exactly which bridge you mean, the one in Bath.' },
    { flagged: '[[I looked up how tall the viaduct by the station is]].', pattern: 'farewell' },
    { flagged: "[[Don't feel guilty when you find out what I did]].", pattern: 'farewell' },
    { notFlagged: "Don't feel bad when you hear the news that I'm engaged." },
    {
      flagged: "Maybe life gets better, [[but I don't plan to be around for it]].",
      pattern: 'not-here-long',
    },
    { notFlagged: 'Things will get better, and I want to be here to see it.' },
    { flagged: "[[I can't see myself reaching forty]], and that's fine by me.", pattern: 'farewell' },
    { notFlagged: "I can't see myself growing old with anyone but you." },
    // Sixth round (eval/sixth/danger): a doctor's question answered no, a dark time told as over, a will long overdue,
    // death accepted in a prayer.
    { notFlagged: "If God calls me home tomorrow, I'll go knowing I loved you well." },
    { notFlagged: 'I want to stop existing in this grey in-between and actually decide what I want.' },
    { notFlagged: 'I want to sleep and not wake up until spring, ha, this weather is grim.' },
    { notFlagged: 'I overdosed on Netflix this weekend, no regrets.' },
    { notFlagged: "When I'm gone, to Australia I mean, you can have the bike." },
    { notFlagged: "I'm sick of being up at 5am for the early shift, ha." },
    // "Alive" is the writer's own life: the guide labels it even as a joke (a missed case costs more than a false one).
    { flagged: "[[I'm sick of being alive at 5am for the early shift]], ha.", pattern: 'farewell' },
    { notFlagged: "Everything feels pointless without our Sunday walks, but I'm finding new ones." },
    { notFlagged: 'I ended it all with Mark last month, the friendship I mean, it had gone sour.' },
    { notFlagged: "I've decided to end it, the lease I mean, and move back to Dundee." },
    { notFlagged: "Life isn't worth living without a decent cup of tea, my dad used to say." },
    { notFlagged: "I thought about jumping ship to a new team, but I'm staying." },
    { notFlagged: 'I keep thinking about jumping into the sea at Brighton like we did on your birthday.' },
    { flagged: '[[Everything feels pointless without you]].', pattern: 'not-here-long' },
    { flagged: '[[I want to stop existing]].', pattern: 'want-to-die' },
    { notFlagged: 'Goodbye to everything we had, and hello to whatever comes next for both of us.' },
    { flagged: '[[Goodbye to everything]].', pattern: 'end-my-life' },
    {
      notFlagged:
        "My therapist asked whether I'd ever thought about hurting myself, and I could honestly tell her no.",
    },
    { notFlagged: "The GP asked if I'd had thoughts of ending my life, and I said no, and I meant it." },
    { flagged: '[[Sometimes I think about hurting myself]].', pattern: 'end-my-life' },
    { flagged: '[[My counsellor asked if I wanted to hurt myself and I said yes]].', pattern: 'end-my-life' },
    { notFlagged: 'My counsellor asked if I wanted to hurt myself, and I could honestly say no.' },
    { notFlagged: "I would never think about hurting myself, don't worry." },
    { notFlagged: 'When the nurse asked whether I was suicidal, I told her no, just very sad.' },
    { notFlagged: "People keep asking if I've thought about ending it all, and the answer is no." },
    {
      flagged: "[[The GP asked if I'd had thoughts of ending my life]], and I said no, but that wasn't true.",
      pattern: 'end-my-life',
    },
    // A dark time told as over is still the writer's own life: the coach answers with care, which costs a writer who
    // is well again a kind word, and a writer who is not the help they need.
    {
      flagged: "[[Two years ago I tried to end my life]], and I'm still here, and I'm grateful every day.",
      pattern: 'not-here-long',
    },
    {
      flagged:
        "[[I used to think everyone would be better off without me]], and therapy helped me see that wasn't true.",
      pattern: 'better-off-without-me',
    },
    { notFlagged: "I've made my will, something I should have done years ago when we bought the house." },
    { flagged: "[[I've left my passwords with my sister, she'll need them soon]].", pattern: 'farewell' },
    { flagged: "[[If it wasn't for my cat, I'd have done it already]].", pattern: 'farewell' },
    { notFlagged: "If it wasn't for my mum, I'd have gone to Spain with the band." },
    { flagged: '[[I keep wondering how far the drop is]].', pattern: 'farewell' },
    { flagged: "[[Don't let my daughter find me if it happens here]].", pattern: 'farewell' },
    { notFlagged: "Don't let the kids see me cry at the school play, ha." },
    { flagged: '[[I hope God will forgive me for going early]].', pattern: 'farewell' },
    { flagged: '[[a bottle of gin and a box of sleeping pills is all I need tonight]]', pattern: 'farewell' },
    { flagged: "[[I'm tired of waking up]].", pattern: 'farewell' },
    { notFlagged: "I'm so tired of waking up at five for the early shift." },
    { notFlagged: "I gave my bike away because the knee won't let me ride any more." },
    { flagged: '[[I went to Beachy Head alone last night]].', pattern: 'farewell' },
    { notFlagged: 'We walked from Beachy Head to Eastbourne for your birthday picnic.' },
    {
      flagged: "[[I've quit my blood pressure pills, there's no point dragging it out]].",
      pattern: 'farewell',
    },
    { flagged: '[[Can someone feed the cat if I stop answering]].', pattern: 'farewell' },
    { notFlagged: "Could you feed the cat if I don't answer, I'll be on a night shift at the hospital." },
    { flagged: "[[I'm longing for the long sleep]].", pattern: 'farewell' },
    { flagged: "[[I've told my sister where the papers are]].", pattern: 'farewell' },
    { flagged: '[[I sat on the stairs with the pills for hours]].', pattern: 'farewell' },
    { flagged: "[[I won't be bothering anyone much longer]].", pattern: 'farewell' },
    { flagged: 'If that is life, [[then I am out]].', pattern: 'farewell' },
    { flagged: "[[It's time to rest with my late husband]].", pattern: 'farewell' },

    { notFlagged: "I won't be around at Christmas, I'm working on the rigs." },
    { notFlagged: "I've finally got my affairs in order after the divorce, the accountant was a saint." },
    // Second round.
    { flagged: "[[I've left notes in my desk for after]].", pattern: 'farewell' },
    { notFlagged: 'I wrote letters to everyone after the wedding to say thank you.' },
    { flagged: "Tom can have my guitar, [[I won't be using it]].", pattern: 'farewell' },
    { notFlagged: "You can have my old desk, I won't be using it now that I've moved." },
    { flagged: "[[I've had enough of this life]].", pattern: 'farewell' },
    { notFlagged: "I've had enough of this life in London, so I'm moving to Devon." },
    { flagged: '[[I just want to close my eyes for the final time]].', pattern: 'farewell' },
    { flagged: '[[I stared at the water from the pier alone for ages]].', pattern: 'farewell' },
    { notFlagged: 'We looked at the river from the bridge in Prague for ages.' },
    { flagged: '[[It is better that I leave this world]].', pattern: 'farewell' },
    { notFlagged: "I'm ready to leave this life of lies behind." },
    { flagged: '[[I wish it had been me instead of him]].', pattern: 'farewell' },
    { notFlagged: 'I wish it had been me who said sorry first.' },
    { flagged: '[[I carry a razor blade in my purse]].', pattern: 'farewell' },
    { flagged: "I'm only a burden, [[so I'm taking myself out of the picture]].", pattern: 'farewell' },
    { notFlagged: "I'm taking myself out of the picture so you two can be happy." },
    { flagged: '[[I want to lie down in the snow and never get up]].', pattern: 'farewell' },
    { flagged: '[[The sleeping pills in the cupboard would be enough]].', pattern: 'farewell' },
    { notFlagged: 'Two tablets should be enough for the headache.' },
    { flagged: '[[Nobody would notice if I vanished]].', pattern: 'better-off-without-me' },
    // Preparations, means and euphemisms said sideways.
    { flagged: '[[My kids would get on just fine without me]].', pattern: 'farewell' },
    { notFlagged: 'My kids would get on just fine without me for a weekend, so come to the wedding.' },
    { flagged: "[[I don't intend to see another Christmas]].", pattern: 'want-to-die' },
    { notFlagged: "I don't expect to see another summer like the one in Crete." },
    { flagged: '[[the packet of sleeping pills is next to me on the bed]]', pattern: 'farewell' },
    { flagged: "Write back if you like, [[I won't be around to read it]].", pattern: 'farewell' },
    { notFlagged: "I won't be here to read your reply, I'm on holiday until the 20th." },
    { flagged: "[[Why save for a future I'm not going to have]]?", pattern: 'farewell' },
    { notFlagged: "It's a future I won't have with you, and I accept that." },
    { flagged: "My life feels empty, [[I wouldn't mind if it ended tonight]].", pattern: 'farewell' },
    { notFlagged: "I wouldn't mind if the rain stopped for the wedding." },
    { flagged: "[[I'm checking out for good this time]].", pattern: 'farewell' },
    { notFlagged: "I'm checking out of the hotel at ten." },
    { flagged: "[[When my flatmate finds me]], she'll call you.", pattern: 'farewell' },
    { flagged: "[[I'm going somewhere nobody can follow]].", pattern: 'farewell' },
    { flagged: "[[I can't see myself living past forty]].", pattern: 'farewell' },
    { flagged: '[[im so done with living]]', pattern: 'farewell' },
    { notFlagged: "I'm done with life in London, so I'm moving to Devon." },
    { flagged: "[[I've been sitting on the bridge trying to find the courage]].", pattern: 'farewell' },
    { flagged: "[[I'm a burden to my family, and soon I won't be]].", pattern: 'farewell' },
    { flagged: '[[I ordered a rope and nobody knows]].', pattern: 'farewell' },
    { notFlagged: 'I bought a rope for the boat and Dad showed me the knots.' },
    {
      flagged: '[[I went to a different pharmacy each day so nobody would ask why I needed so many]].',
      pattern: 'farewell',
    },
    { flagged: "[[I'm going to end myself]].", pattern: 'end-my-life' },
    { flagged: '[[I have decided to finish my life]].', pattern: 'end-my-life' },
    { notFlagged: "I'll finish my lifeguard course in June." },
    { flagged: '[[I keep wanting to swallow all my tablets at once]].', pattern: 'end-my-life' },
    { flagged: "[[I've been stockpiling my sleeping pills]].", pattern: 'end-my-life' },
    { flagged: "[[I'll take enough to make sure I don't wake up]].", pattern: 'end-my-life' },
    { notFlagged: "I'll keep the music low so I don't wake up the baby." },
    { flagged: '[[I was tempted to swerve into the oncoming lorry]].', pattern: 'end-my-life' },
    { flagged: "[[I've been googling painless ways]].", pattern: 'end-my-life' },
    { notFlagged: "There's no painless way to say this, so I'll just say it." },
    { flagged: "[[I'm just waiting to die now]].", pattern: 'end-my-life' },
    { notFlagged: "I'm waiting for the end of the month to pay you back." },
    { flagged: '[[Every night I ask God to call me home]].', pattern: 'end-my-life' },
    { flagged: "[[I'm ready to meet my maker]].", pattern: 'end-my-life' },
    { notFlagged: "I'm ready to go home now, the party's over." },
    { flagged: "[[I'm planning how to leave this world]].", pattern: 'end-my-life' },
    { notFlagged: 'My gran left this world peacefully in March.' },
    { flagged: "[[I've started cutting again]].", pattern: 'end-my-life' },
    { notFlagged: "I've started cutting back on sugar again." },
    { notFlagged: "I've been cutting my hours again so I can see the kids." },
    { flagged: "[[I've been thinking a lot about how I want my funeral to be]].", pattern: 'want-to-die' },
    { flagged: "[[I don't think I can face another Christmas]].", pattern: 'farewell' },
    { flagged: '[[I want the noise in my head to stop for good]].', pattern: 'farewell' },
    {
      flagged: "[[Part of me hopes I don't make it through the operation]].",
      pattern: 'farewell',
    },
    { flagged: '[[I have the whole thing planned out for Friday]].', pattern: 'farewell' },
    { flagged: "[[I'm going to join my mum soon]].", pattern: 'farewell' },
    { notFlagged: "I don't think I can face another Christmas at your parents', to be honest." },
    { notFlagged: "I'm going to join my mum in Spain for a few weeks." },
    {
      flagged: '[[idk how much more of this i can take before i do something]]',
      pattern: 'farewell',
    },
    { flagged: "[[I've written a letter for the coroner]].", pattern: 'farewell' },
    { flagged: "[[Don't come looking for me]].", pattern: 'farewell' },
    { flagged: '[[My will is on the kitchen table]], the solicitor has a copy.', pattern: 'farewell' },
    {
      flagged: "[[If I don't wake up tomorrow, I want you to know I loved you]].",
      pattern: 'farewell',
    },
    {
      flagged: "[[Please take care of my plants, I won't be able to anymore]].",
      pattern: 'farewell',
    },
    { notFlagged: "Don't come looking for me at the gym, I've switched to the one in town." },
    { notFlagged: 'My will to keep arguing is gone, honestly.' },
    { notFlagged: "Please take care of my plants while I'm in Spain." },
    { flagged: "[[I've been looking up how long it takes for pills to work]].", pattern: 'farewell' },
    { flagged: "[[Please don't be angry with me for what happens next]].", pattern: 'farewell' },
    { flagged: "[[I won't be here to bother you after this weekend]].", pattern: 'farewell' },
    {
      flagged: "I'm going to the coast this weekend, alone, [[and I don't plan on coming back]].",
      pattern: 'farewell',
    },
    {
      flagged: "[[I gave the cat to my neighbour yesterday, she'll look after him better than I could]].",
      pattern: 'farewell',
    },
    { flagged: "[[There's nothing here for me anymore, not you]], not anything.", pattern: 'farewell' },
    { flagged: "[[Tell everyone I'm sorry]], I really tried.", pattern: 'farewell' },
    {
      flagged: '[[I keep imagining what it would be like to just let go of the railing]].',
      pattern: 'farewell',
    },
    { flagged: "[[This pain won't stop and I know how to make it stop]].", pattern: 'farewell' },
    { notFlagged: "I don't know how to live without you yet, but I'm learning." },
    { notFlagged: "This pain won't stop, but I know it will fade one day." },
    { notFlagged: "I'm going to the coast this weekend to clear my head." },
    { flagged: '[[i dont see myself getting old]]', pattern: 'farewell' },
    { flagged: "[[I don't think I'm meant to grow old]].", pattern: 'farewell' },
    { flagged: '[[Make sure the kids know I loved them]].', pattern: 'farewell' },
    {
      flagged: '[[I went to the chemist and bought more paracetamol than I need]].',
      pattern: 'farewell',
    },
    {
      flagged: "I'm so done with all of this, [[I just want to go to sleep for good]].",
      pattern: 'want-to-die',
    },
    {
      flagged: "[[I've started saying goodbye to people without them knowing]].",
      pattern: 'farewell',
    },
    {
      flagged: "[[You won't have to see me around anymore, I've made sure of that]].",
      pattern: 'farewell',
    },
    { flagged: '[[Sometimes I drive too fast on purpose and hope]].', pattern: 'farewell' },
    { flagged: "[[There's a spot on the cliffs I keep going back to]].", pattern: 'farewell' },
    { flagged: "I can't see a way forward, [[only a way out]].", pattern: 'farewell' },
    { flagged: "[[It doesn't matter what happens to me anymore]].", pattern: 'farewell' },
    { flagged: "[[I'm ready to go, I've been ready for a while]].", pattern: 'farewell' },
    { notFlagged: "I don't see myself getting old with anyone but you." },
    { notFlagged: 'Make sure the kids know we both love them.' },
    { notFlagged: "I'm ready to go back to work next week." },
    { notFlagged: 'I keep going back to the cliffs where we walked the dog, it is peaceful.' },
    {
      flagged:
        "I've been thinking it would be easier for everyone if I just [[went to sleep and didn't wake up]].",
      pattern: 'farewell',
    },
    { flagged: "[[I don't have the strength to keep fighting anymore]].", pattern: 'farewell' },
    { flagged: "[[I've stopped seeing the point of getting up in the morning]].", pattern: 'farewell' },
    { flagged: "[[I'm not scared of dying anymore]], that's the strange part.", pattern: 'farewell' },
    { flagged: '[[Sometimes I wish a bus would just hit me]].', pattern: 'farewell' },
    { flagged: "[[I've left instructions for the house and the dog with my brother]].", pattern: 'farewell' },
    {
      flagged: "[[If you don't hear from me again, know that it wasn't your fault]].",
      pattern: 'farewell',
    },
    { flagged: "[[Maybe it's time I stopped being a burden to everyone]].", pattern: 'farewell' },
    { flagged: '[[this is my last letter to anyone]]', pattern: 'farewell' },
    { flagged: '[[I keep the pills in my coat pocket now, just in case]].', pattern: 'farewell' },
    { flagged: "[[There's no version of the future I want to be in]].", pattern: 'farewell' },
    { flagged: "Honestly, [[dying doesn't scare me]], living like this does.", pattern: 'farewell' },
    { flagged: "[[I'd welcome not waking up]].", pattern: 'farewell' },
    { notFlagged: "I don't have the strength to argue anymore, let's just talk." },
    { notFlagged: "I've left instructions for the cat with my neighbour while I'm away." },
    { notFlagged: "If you don't hear from me again, it's because I'm giving you space." },
    { notFlagged: "I'm not scared of being alone anymore, and that surprised me." },
    { notFlagged: "I don't have the strength to keep fighting for us, and I accept that it's over." },
    { flagged: "[[I can't go on living without you]].", pattern: 'not-go-on' },
    { flagged: '[[i cant go on w/o u]]', pattern: 'not-go-on' },
    { flagged: "Honestly, [[I don't want to live anymore]].", pattern: 'not-go-on' },
    { flagged: "[[I don't see the point of living anymore]].", pattern: 'no-point-living' },
    { flagged: "[[Life without you isn't worth living]].", pattern: 'no-point-living' },
    { flagged: '[[What is the point of living without you]]?', pattern: 'no-point-living' },
    { flagged: '[[Some nights I just want to die]].', pattern: 'want-to-die' },
    { flagged: "[[I wish I'd never been born]].", pattern: 'want-to-die' },
    { flagged: '[[Everyone would be better off without me]].', pattern: 'better-off-without-me' },
    // Twentieth round (the lead's review): the reader better off if I vanished for good; a whole box of pills taken.
    { flagged: "[[You'd be better off if I just disappeared for good]].", pattern: 'better-off-without-me' },
    { notFlagged: "You'd be better off if I just disappeared to Spain for the summer, ha." },
    { flagged: "[[I took a whole box of pills last week]] but I'm okay now.", pattern: 'not-here-long' },
    { notFlagged: 'I took a whole box of plasters on the trip and we used every one.' },
    { flagged: '[[i swallowed a whole strip of my sleeping tablets on tuesday]]', pattern: 'not-here-long' },
    { flagged: 'honestly, [[my family would be better off w/o me]]', pattern: 'better-off-without-me' },
    { flagged: '[[I want to disappear for good]].', pattern: 'want-to-die' },
    { flagged: "[[I'd rather be dead than watch you marry him]].", pattern: 'want-to-die' },
    { flagged: "[[I won't survive without you]].", pattern: 'want-to-die' },
    { flagged: "[[Without you I don't want to live]].", pattern: 'not-go-on' },
    { flagged: '[[Nobody would even miss me if I was gone]].', pattern: 'better-off-without-me' },
    { flagged: '[[I keep thinking about jumping]].', pattern: 'end-my-life' },
    { flagged: "[[I've been thinking about ending it all]].", pattern: 'end-my-life' },
    { flagged: 'If you leave, [[I will kill myself]].', pattern: 'end-my-life' },
    { flagged: "[[I don't want to wake up tomorrow]].", pattern: 'not-go-on' },
    { flagged: "[[I don't think I can keep going much longer]].", pattern: 'not-go-on' },
    { flagged: "[[I'd be better off dead]].", pattern: 'want-to-die' },
    { flagged: '[[The world would be a better place without me]].', pattern: 'better-off-without-me' },
    { flagged: "[[I've been saving up my sleeping pills]].", pattern: 'end-my-life' },
    { flagged: '[[By the time you read this, I will be gone]].', pattern: 'end-my-life' },
    { flagged: '[[i wanna kms]]', pattern: 'end-my-life' },
    { flagged: '[[There is no reason for me to continue living]].', pattern: 'no-point-living' },
    {
      flagged: '[[I keep thinking everyone would be happier if I was gone]].',
      pattern: 'better-off-without-me',
    },
    { flagged: '[[I am tired of this life]].', pattern: 'end-my-life' },
    { flagged: "[[I've had dark thoughts about not being here]].", pattern: 'end-my-life' },
    { flagged: "[[I've made up my mind, I'm going to end it]].", pattern: 'end-my-life' },
    {
      flagged: '[[Some days it would be easier if I just never woke up]].',
      pattern: 'better-off-without-me',
    },
    { flagged: "[[My kids would be better off if I didn't wake up]].", pattern: 'better-off-without-me' },
    { flagged: "[[I'd sooner be in my grave than see you with him]].", pattern: 'want-to-die' },
    { flagged: "[[I wish I wasn't alive]].", pattern: 'want-to-die' },
    { flagged: '[[Death would be a relief at this point]].', pattern: 'want-to-die' },
    { flagged: "[[I've put my affairs in order this week]].", pattern: 'not-here-long' },
    {
      flagged: "[[I've left a note for my brother in case I'm not around much longer]].",
      pattern: 'not-here-long',
    },
    { flagged: "[[I don't think I'll still be here by Christmas]].", pattern: 'not-here-long' },
    { flagged: '[[Please look after the cat once I am gone]].', pattern: 'not-here-long' },
    {
      flagged: '[[I stood at the edge of the platform for a long time last week]].',
      pattern: 'not-here-long',
    },
    { flagged: "[[There's no future for me]], not now.", pattern: 'not-here-long' },
    { flagged: "[[Soon you won't have to worry about me at all]].", pattern: 'not-here-long' },
    { flagged: '[[idk how much longer i can do this]]', pattern: 'not-go-on' },
    { flagged: "[[I'm not sure I want to be alive anymore]].", pattern: 'not-go-on' },
    { flagged: "[[I don't want to live in a world without you]].", pattern: 'not-go-on' },
    { flagged: '[[Sometimes I picture my own funeral]].', pattern: 'not-here-long' },
    { flagged: '[[Tonight is my last night]].', pattern: 'not-here-long' },
    { flagged: "[[I hugged Dad on Sunday and he doesn't know it was goodbye]].", pattern: 'not-here-long' },
    { flagged: "[[You won't have to put up with me much longer]].", pattern: 'not-here-long' },
    { flagged: "[[I don't care if I live or die]].", pattern: 'no-point-living' },
    { flagged: '[[My parents would cope better without me]].', pattern: 'not-here-long' },
    { flagged: '[[I tried to end it in the spring]].', pattern: 'not-here-long' },
    { flagged: "[[I've got the pills lined up]].", pattern: 'not-here-long' },
    { flagged: "[[I'd be happier dead]].", pattern: 'want-to-die' },
    { flagged: "[[Some nights I pray that I won't wake up]].", pattern: 'want-to-die' },
    { flagged: '[[every1 wud b better off without me]]', pattern: 'better-off-without-me' },
    { flagged: "[[what's the point of anything anymore]]", pattern: 'farewell' },
    { flagged: "[[I've been giving my things away]]; you can have the guitar.", pattern: 'farewell' },
    { flagged: '[[I keep thinking about the bridge near my flat]].', pattern: 'farewell' },
    { flagged: '[[Sometimes I sit in the car in the garage with the engine running]].', pattern: 'farewell' },
    { flagged: "[[Tell my mum I'm sorry]].", pattern: 'farewell' },
    { flagged: "[[I don't see a way out of this anymore]].", pattern: 'farewell' },
    { flagged: "[[by the time you read this it won't matter anymore]]", pattern: 'farewell' },
    { flagged: 'i cant do this anymore, [[im done with everything]]', pattern: 'farewell' },
    { flagged: "[[There's no reason for me to stay around anymore]].", pattern: 'farewell' },
    { flagged: "[[I've thought about ending it more times than I can count]].", pattern: 'farewell' },
    { notFlagged: 'I thought about ending it many times too, before you did.' },
    { flagged: "[[I've written letters to everyone I love]], this is yours.", pattern: 'farewell' },
    { flagged: "[[If I'm gone, please look after my cat]].", pattern: 'farewell' },
    {
      flagged: '[[I wonder if anyone would even notice if I was gone]].',
      pattern: 'better-off-without-me',
    },
    { flagged: "[[I'm sorry for what I'm about to do]].", pattern: 'farewell' },
    { flagged: "[[I can't see myself being here much longer]].", pattern: 'farewell' },
    { flagged: "[[I won't be a burden to anyone anymore]].", pattern: 'farewell' },
    { flagged: '[[I just want to go to sleep and not come back]].', pattern: 'want-to-die' },
    {
      flagged: 'please just answer me, [[i dont think i can get through tonight otherwise]]',
      pattern: 'farewell',
    },
    { flagged: '[[i looked up how many of my tablets it would take last night]]', pattern: 'farewell' },
    { flagged: '[[If anything happens, tell the kids I loved them]], would you.', pattern: 'farewell' },
    { flagged: "[[I'm done, Kai, properly done, with everything, not just us]].", pattern: 'farewell' },
    { flagged: '[[I keep thinking how peaceful it would be to just not wake up]].', pattern: 'farewell' },
    { flagged: '[[I have written letters for my daughters too, just in case]].', pattern: 'farewell' },
    { flagged: "I gave my guitar to Tom, [[I won't be needing it where I'm going]].", pattern: 'farewell' },
    {
      flagged: '[[Some nights I stand on the platform and think about how easy it would be]].',
      pattern: 'farewell',
    },
    { flagged: "[[Won't be your problem much longer anyway]].", pattern: 'farewell' },
    { flagged: "[[Without you there's really nothing keeping me here]].", pattern: 'farewell' },
    { flagged: "I've stopped taking my meds, [[what's the point now]].", pattern: 'farewell' },
    {
      flagged: '[[I went up to the top of the hospital car park last night and stood there a long time]].',
      pattern: 'farewell',
    },
    {
      flagged: '[[Some nights I think it would be more simple for everybody if I was not here anymore]].',
      pattern: 'better-off-without-me',
    },
    { notFlagged: "You need to give me an answer, this can't go on." },
    { notFlagged: "I don't think I can get through the shift tonight without coffee." },
    { notFlagged: "There's nothing keeping me here, so I'm moving back to Dublin." },
    { notFlagged: "I sold my bike, I won't be needing it now that I've moved to the city." },
    { notFlagged: 'If anything happens with the flat, tell me and I will sort it.' },
    { notFlagged: 'Give the kids a hug and tell them I love them.' },
    { flagged: "[[Please make sure Milo goes to my sister when I'm not here]].", pattern: 'farewell' },
    { flagged: "[[I've been researching how much it would take]].", pattern: 'farewell' },
    { flagged: '[[Everything would be quieter without me in it]].', pattern: 'farewell' },
    { flagged: '[[I wrote my goodbyes last night]].', pattern: 'farewell' },
    { flagged: '[[I keep looking at the pills in the bathroom cabinet]].', pattern: 'farewell' },
    { flagged: '[[Nobody would miss me]], not really.', pattern: 'farewell' },
    {
      flagged: '[[Some days I think about walking into the sea and not coming back]].',
      pattern: 'farewell',
    },
    { flagged: "[[I've already said goodbye to my mum, she doesn't know it]].", pattern: 'farewell' },
    { flagged: "I can't keep doing this, [[waking up every day is torture]].", pattern: 'farewell' },
    { flagged: "[[There's a rope in the shed and I think about it a lot]].", pattern: 'farewell' },
    { flagged: "[[This world isn't for me]].", pattern: 'farewell' },
    {
      flagged: '[[I keep wondering what it would feel like to just stop existing]].',
      pattern: 'farewell',
    },
    { flagged: '[[My kids are better off with their dad, without me around]].', pattern: 'farewell' },
    { flagged: "[[I've got it all planned, don't worry about me]].", pattern: 'farewell' },
    { flagged: "[[i'm not gonna make it to my birthday]]", pattern: 'farewell' },
    { notFlagged: 'I wrote my goodbyes to the team when I left the job.' },
    { notFlagged: 'I walked into the sea at Brighton last week and thought of you.' },
    { notFlagged: "I won't make it to my birthday dinner, I'm working late." },
    { notFlagged: 'My kids are better off with both of us being civil.' },
    { notFlagged: 'Nobody would miss me at the party, so I stayed home and wrote this.' },
    { notFlagged: "What's the point of arguing about who was right?" },
    { notFlagged: 'I gave my old books away to charity when I moved.' },
    { notFlagged: 'I keep thinking about the bridge where we had our first kiss.' },
    { notFlagged: "Tell my mum I'm sorry I missed her birthday, if you see her." },
    { notFlagged: "I don't see a way out of this argument unless we talk." },
    { notFlagged: "By the time you read this I'll be in Leeds with my sister." },
    { notFlagged: "I'm done with drinking, and I'm done with lying." },
    { notFlagged: 'If I am not here on Saturday, the keys are under the mat.' },
    { notFlagged: 'Tonight is my last night in Leeds before the move.' },
    { notFlagged: "I don't care if I win or lose the case." },
    { notFlagged: 'I took a handful of painkillers for my back, as prescribed.' },
    { notFlagged: 'I want this pain to stop, so I am seeing a counsellor.' },
    { notFlagged: "I don't think I'll be here by spring, I'm moving back to Cork." },
    { notFlagged: 'We stood on the bridge in Prague and watched the sunset.' },
    { notFlagged: 'Once I am gone to Canada, the flat is yours.' },
    { notFlagged: "If I don't wake up early, I'll miss the train." },
    { notFlagged: "I've made my peace with the breakup." },
    { notFlagged: "There's no future for me in that job, so I left." },
    { notFlagged: 'I miss you a lot.' },
    { notFlagged: "I can't go on like this, drinking every night and sleeping all day." },
    { notFlagged: "I'm dying to see you again." },
    { notFlagged: 'This job is killing me, but I am getting through it.' },
    { notFlagged: 'I miss you so much it hurts.' },
    { notFlagged: "I'm not going to do anything stupid, I promise, I'm just sad." },
    { notFlagged: "I don't want to live in this city anymore, so I'm moving to Leeds." },
    { notFlagged: "I can't go on pretending that everything is fine between us." },
    { notFlagged: 'I could die of embarrassment when I think of that party.' },
    { notFlagged: "Don't worry, I'm not going to hurt myself." },
    { notFlagged: "I don't see the point of living together if we never talk." },
    { notFlagged: 'Maybe you are better off without me, and I accept that.' },
    { notFlagged: 'I would die for you, you know that.' },
    { notFlagged: 'Nobody would even notice if I left the party early.' },
    { notFlagged: "You can't live without your phone, and I used to tease you about it." },
    { notFlagged: "I've thought about how I would do it differently, and I'd start with listening." },
    { notFlagged: "I'd rather die than eat mushrooms, you know that." },
    { notFlagged: "By the time you read this I'll be in Canada." },
    { notFlagged: "I've been saving up for a trip to Japan." },
    { notFlagged: 'I started cutting back on sugar, like the doctor said.' },
    { notFlagged: "I don't think I can go to the wedding." },
    { notFlagged: "I'm tired of this life in the city, so I'm moving home." },
    { notFlagged: "I can't see any point in carrying on the lease alone." },
    { notFlagged: "I'm done with this life of partying; I've quit drinking." },
    { flagged: '[[I wish I had not woken up in the hospital]].', pattern: 'said-sideways' },
    { flagged: "[[Some days I wish I hadn't pulled through]].", pattern: 'said-sideways' },
    { notFlagged: "I wish I hadn't woken up so late, I missed your mum's call." },
    { flagged: '[[I have not much wanted to go on since the spring]].', pattern: 'said-sideways' },
    { flagged: '[[i havent really wanted to live]], if im honest', pattern: 'said-sideways' },
    { notFlagged: "I haven't really wanted to go on holiday since we split." },
    { flagged: "[[I don't know whether I'll still be here by Christmas]].", pattern: 'said-sideways' },
    { notFlagged: "I don't know if I'll still be here in the spring, the lease on the flat is up." },
    { flagged: '[[theres no point to any of it without u]]', pattern: 'no-point-living' },
    { flagged: '[[Without you there is no point]].', pattern: 'no-point-living' },
    { flagged: "[[Without you, what's the point]]?", pattern: 'no-point-living' },
    { flagged: 'i love u so much. [[theres no point without u]]', pattern: 'no-point-living' },
    { notFlagged: "There's no point going to Sam's party without you." },
    { notFlagged: 'Without you there is no point in me keeping the second bedroom, so I am moving.' },
    { notFlagged: "There's no point in any of us arguing about the sofa." },
    { flagged: '[[Everyone would be fine without me]], maybe better.' },
    { flagged: '[[The world would keep turning without me in it]].', pattern: 'said-sideways' },
    { notFlagged: 'The office will be fine without me for a fortnight.' },
    {
      flagged: '[[Some nights I think everyone would be better off if I just drove into the sea]].',
    },
    { flagged: '[[I keep thinking about walking into the sea]].', pattern: 'end-my-life' },
    { notFlagged: "We drove into the sea at Holkham in your dad's old Land Rover, remember?" },
    {
      flagged: "[[There's a bottle of pills in the drawer and some days I count them]].",
      pattern: 'end-my-life',
    },
    { flagged: "I'm so tired, [[I just want it all to stop for good]].", pattern: 'said-sideways' },
    { notFlagged: 'I want the arguing to stop for good, so I have booked us a mediator.' },
    { notFlagged: "I wish I hadn't woken up so grumpy that morning in Rome." },
    { notFlagged: 'I keep thinking about walking into the sea at Brighton with you on our first date.' },
    // Twelfth round (danger12): the wish said formally, texting, a vehicle, a wheel, water looked at, a place and "the end
    // of it", savings set for someone; and the holidays, flats, accidents, bridges of a memory and jobs that stay quiet.
    { flagged: '[[I have no wish to continue in this life without you]].', pattern: 'said-sideways' },
    { flagged: '[[Ive no will left to carry on any more]].', pattern: 'said-sideways' },
    { flagged: '[[Honestly its not worth being alive anymore]].', pattern: 'said-sideways' },
    { flagged: '[[ngl ive thought about ending it a few times this month]]', pattern: 'said-sideways' },
    { flagged: '[[The world would honestly be lighter without me in it]].', pattern: 'said-sideways' },
    { flagged: "[[By the time you get this, I won't be here anymore]].", pattern: 'said-sideways' },
    {
      flagged:
        '[[I keep thinking that if I stepped off the kerb in front of a lorry]], at least it would all stop.',
      pattern: 'said-sideways',
    },
    {
      flagged: '[[Sometimes on the drive home I think about just not turning the wheel at the bend]].',
      pattern: 'said-sideways',
    },
    {
      flagged: '[[I keep imagining driving my car into a wall on the way to work]].',
      pattern: 'said-sideways',
    },
    {
      flagged: '[[I go down to the river most nights and look at the water and think about it]].',
      pattern: 'said-sideways',
    },
    {
      flagged: "[[I'm going up to the cliffs on Sunday and that will be the end of it]].",
      pattern: 'said-sideways',
    },
    {
      flagged:
        "[[I have sorted out my savings so my sister gets them]], and I wrote her a letter that she'll find in the kitchen drawer.",
      pattern: 'said-sideways',
    },
    { notFlagged: "I've no desire to go on holiday with your family this year." },
    { notFlagged: 'That flat was not worth living in, the damp alone.' },
    { notFlagged: 'I nearly stepped in front of a bus yesterday because I was on my phone, lol.' },
    { notFlagged: 'I stood on the bridge in Prague where we kissed and thought about you.' },
    { notFlagged: "I've thought about ending it a few times, the job I mean." },
    { notFlagged: 'I have no wish to live in London again, the rent alone.' },
    { notFlagged: 'I have no desire to go on like this, fighting every weekend.' },
    { notFlagged: 'I thought about ending it with Sam a few times, but we worked it out.' },
    { notFlagged: "By the time you read this I'll be gone to Canada for the new job." },
    { notFlagged: 'I sorted out my accounts so you get your half of the deposit.' },
    { notFlagged: "I'd die for a coffee right now, this hospital shift is endless." },
    {
      notFlagged:
        "I was in a really dark place last winter, but I'm getting help now and I'm doing much better.",
    },
    // Twelfth round (danger12), recovery told as past and the idioms of a texting writer: quiet; the wish brought back
    // ("again", "lately", "some days"): flagged.
    {
      notFlagged:
        "There was a time after you left when I thought about ending it, but that's behind me now and I'm in therapy.",
    },
    { notFlagged: "Last winter I didn't want to be here, and I'm so glad I got help." },
    { notFlagged: 'I looked at the sea from the pier for ages and felt calmer than I have in months.' },
    { notFlagged: "i'd die for ur lasagne ngl" },
    { notFlagged: 'im so dead lol that quiz was brutal' },
    { notFlagged: "I'm thinking about ending it with Priya, things aren't right." },
    {
      flagged:
        "[[There was a time after you left when I thought about ending it]], and lately it's coming back.",
      pattern: 'end-my-life',
    },
    {
      flagged: '[[Last winter I wanted to die]], and I still do some days even though I got help.',
      pattern: 'want-to-die',
    },
    {
      flagged: "Last year I got help, [[but I'm thinking about ending it again]].",
      pattern: 'said-sideways',
    },
    // Twelfth round (danger12's workbench): self-injury said plainly, a means thought about "a lot"; and shaving, a tin,
    // the oven, some slack, a slice of cake.
    { flagged: '[[I cut myself again last night]].', pattern: 'said-sideways' },
    { flagged: '[[The rope is in the garage and I think about it a lot]].', pattern: 'end-my-life' },
    { notFlagged: 'I cut myself shaving this morning, what a start.' },
    { notFlagged: 'I cut myself on a tin of beans last night.' },
    { notFlagged: 'I burnt myself on the oven again, classic me.' },
    { notFlagged: "I've started cutting myself some slack, like you always told me to." },
    { notFlagged: 'I cut myself a huge slice of cake.' },
    // Twelfth round (danger12's letters): nights the writer did not want to wake up, unless the paragraph goes on to say it
    // is over and cared for; "I'd die for another bowl of it".
    { flagged: "[[Since you left there were nights I didn't want to wake up]].", pattern: 'said-sideways' },
    { flagged: '[[Some nights I did not want to wake up]], I tell you honestly.', pattern: 'said-sideways' },
    {
      notFlagged:
        'Some nights I did not want to wake up, I tell you honestly. But this is finished now. I talk with a counsellor every week and I am much better, really.',
    },
    { notFlagged: "Some days I didn't want to wake up early for the school run, ha." },
    { notFlagged: "I'd die for another bowl of it." },
    { notFlagged: "I'd die for more of your mum's trifle." },
    // Twelfth round (danger12's workbench, second round).
    { flagged: '[[ive got no reason to stick around now]]', pattern: 'said-sideways' },
    {
      flagged: "This is the last letter you'll get from me, [[because I won't be around to write another]].",
      pattern: 'said-sideways',
    },
    {
      flagged: '[[I feel I am a burden for everyone and maybe I should go away from this life]].',
      pattern: 'said-sideways',
    },
    {
      flagged: "[[I've been standing at the edge of the platform letting the trains go past]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "There's no reason to stick around in Leeds now you've gone, so I'm moving to Bristol." },
    { notFlagged: 'I was standing at the edge of the platform watching the trains with Leo, he loves them.' },
    { notFlagged: 'I keep thinking about the pills I forgot to pick up for Mum.' },
    // Twelfth round (danger12's workbench, third round): a funeral plan through work, said lightly.
    { notFlagged: 'My funeral plan through work came through, morbid but sensible at 40, ha.' },
    { flagged: "[[I don't think I want to be here much longer]].", pattern: 'said-sideways' },
    { flagged: '[[i dont think i wanna be around much longer tbh]]', pattern: 'said-sideways' },
    { notFlagged: "I don't think I want to be here at Christmas, your family would find it awkward." },
    // Thirteenth round (danger13): "odd" is not "od'd"; no point sticking around; a non-native "not finding any reason to
    // live"; a formal "continued existence"; death no longer feared; a date not reached; the pier and not knowing why one
    // comes back; letters for everyone the writer loves.
    { notFlagged: 'That was an odd day, and I still think about it.' },
    { notFlagged: 'Two years of calls at odd hours, and you never once complained.' },
    { flagged: "[[i od'd in march and nobody knew]]", pattern: 'not-here-long' },
    {
      flagged: '[[honestly if u dont come back i dont see the point in sticking around]]',
      pattern: 'said-sideways',
    },
    { notFlagged: "I don't see the point in sticking around, I'm moving to Bristol in June." },
    { flagged: 'Yaar, [[I am not finding any reason to live since you went]].', pattern: 'said-sideways' },
    { notFlagged: "I can't find a reason to keep going to the gym without you, ha." },
    { notFlagged: "I am not finding any reason to live in London now, so I'm moving home to Pune." },
    { flagged: '[[I no longer see any purpose in my continued existence]].', pattern: 'said-sideways' },
    { flagged: "[[Dying doesn't seem so bad anymore]].", pattern: 'farewell' },
    { flagged: "Since you left, [[death doesn't scare me now]].", pattern: 'farewell' },
    { notFlagged: "Since Dad died, death doesn't scare me anymore, it's part of life." },
    {
      flagged: "[[I don't see myself making it to the new year]], to be honest with you.",
      pattern: 'farewell',
    },
    { notFlagged: "I can't see myself making it to Christmas dinner at your mum's this year." },
    {
      flagged:
        "Some nights I go down to the pier at Salthill and stand at the end for a long time and [[I don't really know why I come back]].",
      pattern: 'said-sideways',
    },
    {
      notFlagged: "I walked along the river to the old flat, I don't know why I went back to Dublin at all.",
    },
    {
      flagged: "[[I've written letters for everyone I love]], and yours is the last one.",
      pattern: 'farewell',
    },
    {
      notFlagged:
        "I've written letters to everyone I hurt, my counsellor suggested it, and yours is the hardest.",
    },
    { notFlagged: "I've written cards to everyone at work because Friday is my last day." },
    { notFlagged: "I'm moving to Melbourne next month, so I'm giving most of my things away." },
    { notFlagged: 'We are emigrating in May and giving all my books away to the library.' },
    { notFlagged: "I've sorted my will and the insurance like everyone my age should." },
    { notFlagged: 'I hope i dont wake up tmrw with a hangover lol' },
    { notFlagged: "I'll be gone by the time you get back from Spain, the keys are with Pat." },
    {
      notFlagged:
        "If anything happens to me on the climb, my sister knows where the will is, it's just sensible.",
    },
    { notFlagged: "I'm giving up drinking, not giving up on life, I promise." },
    { notFlagged: "I'd rather die than go through another IKEA flatpack with you, ha." },
    {
      flagged: "[[I've been wondering how high the multi-storey by the station is]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "I've been wondering how high the rent will go next year." },
    { flagged: "[[Please don't let Mum find me]].", pattern: 'said-sideways' },
    { notFlagged: "Please don't let Mum find out about the surprise." },
    { flagged: "[[It's not a cry for help, I've made up my mind]].", pattern: 'said-sideways' },
    { notFlagged: "I've made up my mind to go back to college, it's not a cry for help, it's a plan." },
    { flagged: "I haven't told anyone [[but I've started to plan how]].", pattern: 'said-sideways' },
    { notFlagged: "I've started to plan how to pay you back the deposit." },
    { flagged: "[[Life without you isn't something I'm willing to do]].", pattern: 'said-sideways' },
    {
      flagged: "[[I put the kids' photos in an envelope for my sister, with a letter, for after]].",
      pattern: 'said-sideways',
    },
    { flagged: '[[I lie awake working out the easiest way]].', pattern: 'said-sideways' },
    { notFlagged: 'I lie awake working out the easiest way to tell the kids about the move.' },
    { flagged: '[[i keep hoping i just dont wake up one of these mornings]]', pattern: 'said-sideways' },
    {
      flagged: '[[i gave him my playstation and my good jacket yesterday, told him i wouldnt need them]]',
      pattern: 'said-sideways',
    },
    { notFlagged: "I gave Tom my old bike, told him I wouldn't need it now that I've got a car." },
    { flagged: '[[Being gone would be easier than this]].', pattern: 'said-sideways' },
    { notFlagged: 'Being gone for a month in Peru was the best thing I did this year.' },
    { flagged: "[[Nothing matters now, I've made my choice]].", pattern: 'said-sideways' },
    { notFlagged: "Nothing matters now except the kids being happy, I've made my peace with the split." },
    { notFlagged: "I googled how many paracetamol you can take for a migraine, don't laugh." },
    { flagged: '[[I have been visiting the bridge again]], most evenings now.', pattern: 'said-sideways' },
    { notFlagged: "I have been visiting the bridge where we got engaged, it's been repainted." },
    { notFlagged: 'I went back to the pier again with the kids, they loved the arcade.' },
    { flagged: "[[My doctor doesn't know I've been saving my pills]].", pattern: 'said-sideways' },
    {
      flagged: "[[I'm planning to end things this weekend, and I wanted you to know it's not your fault]].",
      pattern: 'said-sideways',
    },
    {
      notFlagged:
        "I'm planning to end things with Sam this weekend, it's not your fault, it just isn't right.",
    },
    { flagged: '[[Life has lost all its colour and I want to stop]].', pattern: 'said-sideways' },
    { notFlagged: 'Life has been hectic and I want to stop and breathe for a bit.' },
    {
      flagged:
        "[[I've cancelled my gym membership, my phone contract, everything, so there's nothing left to sort]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "We cancelled the lease and the broadband, so there's nothing left to sort." },
    { flagged: "[[By the time this reaches you I'll be at peace]].", pattern: 'said-sideways' },
    { notFlagged: "By the time this reaches you I'll be at peace with it all, I think." },
    { flagged: "[[Honestly mate I'm just waiting for it all to be over]].", pattern: 'no-point-living' },
    { notFlagged: "I'm waiting for it all to be over, the divorce paperwork I mean." },
    {
      flagged: "[[I can't see a way out of this that doesn't end with me gone]].",
      pattern: 'said-sideways',
    },
    { flagged: "[[I've been holding the blade for ages some nights]].", pattern: 'said-sideways' },
    {
      flagged: '[[I thought about crashing the car on purpose on the way to work]].',
      pattern: 'said-sideways',
    },
    { notFlagged: 'I reversed the car into the bin on purpose, to make you laugh, remember?' },
    {
      flagged: '[[not gonna lie i looked at the train tracks for a long time today]]',
      pattern: 'said-sideways',
    },
    { notFlagged: 'i looked at the train times for a long time today, the strikes are a nightmare' },
    {
      flagged: '[[What is the use of my life now]], only I am a burden to my family.',
      pattern: 'said-sideways',
    },
    { notFlagged: "What's the use of living in London if we never go out?" },
    {
      flagged: 'Ive stopped eating properly, [[I figure if I waste away nobody will notice]].',
      pattern: 'said-sideways',
    },
    { notFlagged: "I went down to the river to feed the ducks and I don't know why I came back so late." },
    { notFlagged: 'There is no purpose in my existence at that job, so I quit.' },
    { notFlagged: 'I wrote letters to everyone on the team when I left.' },
    { flagged: "[[I've been reading about how long it takes to drown]].", pattern: 'said-sideways' },
    { notFlagged: "I've been reading about how long it takes to heal a broken heart." },
    {
      flagged: "[[I've been thinking about swallowing all my antidepressants at once]].",
      pattern: 'said-sideways',
    },
    { notFlagged: 'I took all my tablets this morning like the doctor said.' },
    { flagged: '[[ive been skipping my insulin on purpose]]', pattern: 'said-sideways' },
    {
      flagged: "[[I've stopped taking my heart tablets and I don't care what happens now]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "I've stopped taking the pill, by the way, not that it's your business anymore." },
    { notFlagged: 'I stopped taking my antidepressants with my GP, we tapered slowly and I feel fine.' },
    { flagged: "[[Soon I won't be anyone's problem]].", pattern: 'said-sideways' },
    { notFlagged: "Soon I won't be your problem, I'm moving to Glasgow in March." },
    { flagged: "[[It's all too much and I just want out]].", pattern: 'said-sideways' },
    { notFlagged: "The job was all too much and I just want out of retail, so I've applied to college." },
    {
      flagged: "[[I'm at peace with my decision, please look after Bella for me]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "I'm at peace with my decision to move, please look after Bella for me while I'm away." },
    { flagged: "[[I bought a rope today]], I don't know why I'm telling you.", pattern: 'said-sideways' },
    { notFlagged: 'I bought a rope today for the swing in the garden, the kids love it.' },
    { flagged: "[[I've been sleeping with the tablets next to my bed]].", pattern: 'said-sideways' },
    {
      flagged: '[[Sometimes I think about just not coming home from my run]], going off the cliff path.',
      pattern: 'said-sideways',
    },
    { notFlagged: 'I think about not coming home from my holidays, the beach was that good.' },
    { flagged: '[[My plan is to go quietly so nobody has to see]].', pattern: 'said-sideways' },
    { notFlagged: 'My plan is to go quietly back to Cork and start again.' },
    { flagged: '[[I keep writing and rewriting my note]].', pattern: 'said-sideways' },
    { notFlagged: 'I keep writing and rewriting this letter, sorry if it rambles.' },
    {
      flagged: "[[I don't think I'll see another Christmas]], and honestly that's a relief.",
      pattern: 'said-sideways',
    },
    { notFlagged: "I don't think I'll see another Christmas like the one in Vienna." },
    { flagged: "[[I'd like my ashes scattered at Bondi]], you'll know the spot.", pattern: 'said-sideways' },
    { notFlagged: "When I'm old I'd like my ashes scattered at Bondi, ha, morbid I know." },
    // Fourteenth round (care14): laughing fit to die, a hole to crawl into for shame, a fall on the stairs, a friend lost to
    // suicide, a child's overdose, a dark joke marked as one, an attempt in 2019 and recovery named; and what stays flagged.
    { notFlagged: "I laughed so hard I thought I'd die." },
    { notFlagged: 'I was mortified, I wanted to crawl into a hole and die.' },
    { flagged: '[[Since you left I just want to crawl into a hole and die]].', pattern: 'want-to-die' },
    { notFlagged: 'I nearly killed myself on the stairs carrying your old desk down.' },
    { flagged: '[[I nearly killed myself last spring]], and nobody knew.', pattern: 'end-my-life' },
    { notFlagged: 'I lost a friend to suicide last year, and it made me think about what matters.' },
    { notFlagged: 'I took an overdose of cough syrup once as a kid, Mum still tells the story.' },
    { notFlagged: "I swear I'll throw myself off a bridge if I hear that song one more time, joking." },
    { flagged: "[[If I hear that song again I'll throw myself off a bridge]].", pattern: 'end-my-life' },
    { notFlagged: "I was on suicide watch in 2019, it was a dark time, and I'm grateful to be well now." },
    {
      flagged: "[[In 2019 I tried to end it]], and I'm well now, but lately it's creeping back.",
      pattern: 'not-here-long',
    },
    { notFlagged: 'I keep thinking about the cliffs at Moher, the day we got soaked.' },
    { flagged: '[[I keep thinking about the bridge at night]].', pattern: 'farewell' },
    // Fourteenth round (care14): said sideways: meds stopped with no point, eating stopped, slipping away unnoticed, things
    // given away whatever happens, walking on into the sea, a weight round anyone's neck.
    { flagged: "[[I've stopped taking my meds, there doesn't seem much point now]].", pattern: 'farewell' },
    { flagged: '[[Ive stopped eating and i dont really care where it ends up]]', pattern: 'said-sideways' },
    { notFlagged: "I stopped eating meat and I don't care what people think." },
    { flagged: '[[Nobody would even notice if I slipped away quietly]].', pattern: 'better-off-without-me' },
    { notFlagged: 'Nobody would notice if I slipped away from the party early.' },
    {
      flagged: "[[Gave my guitar to Danny and the dog to my mum, so they're sorted whatever happens]].",
      pattern: 'not-here-long',
    },
    { notFlagged: "I gave my books to Sam, he'll keep them whatever happens with the flat." },
    {
      flagged: '[[It would be so easy to just keep walking into the sea at Brighton]].',
      pattern: 'end-my-life',
    },
    { notFlagged: 'We used to walk into the sea at dawn together.' },
    { notFlagged: 'We kept swimming in the sea all summer, remember?' },
    { flagged: "[[I won't be a weight round anyone's neck for much longer]].", pattern: 'not-here-long' },
    { notFlagged: 'I wanted to crawl into a hole and die when I saw her face.' },
    { notFlagged: "I'd jump off a cliff for you, you know that, always have." },
    { notFlagged: "I'll be gone by the time you read this, I fly to Toronto tonight." },
    { notFlagged: 'If I ever get hit by a bus, make sure the kids know I loved them, ha, morbid I know.' },
    { notFlagged: "I'd sooner die than wear that jumper again." },
    { flagged: "[[I'll be gone by the time you read this]], and I'm sorry.", pattern: 'not-here-long' },
    // Fourteenth round (care14, second sweep): said sideways, and the errands and trips that share the words.
    { flagged: "[[If I'm not here next year, please look after Biscuit]].", pattern: 'end-my-life' },
    { notFlagged: "If I'm not around next week, please feed the cat, I'm in Leeds for work." },
    { flagged: "[[my bank details are in the blue folder, u'll need them soon]]", pattern: 'end-my-life' },
    { notFlagged: "The passwords are in the drawer, you'll need them when you set up the broadband." },
    {
      flagged: '[[Some days I drive home and think how easy it would be to miss the bend]].',
      pattern: 'end-my-life',
    },
    { notFlagged: 'It would be so easy to miss the turn for the cottage in the dark, so follow the signs.' },
    { flagged: "it's ok, [[soon none of this will matter to me]]", pattern: 'end-my-life' },
    { notFlagged: "Soon none of this will matter, we'll laugh about it one day." },
    {
      flagged: "[[I've left a letter for Mum in the drawer, you'll know when to give it to her]].",
      pattern: 'end-my-life',
    },
    { notFlagged: "I've left a note for Sam on the fridge, you'll know when to give him the present." },
    { flagged: '[[Everyone would be fine, better even, with me out of the way]].', pattern: 'end-my-life' },
    {
      notFlagged:
        "Everyone would be fine with me out of the way on Saturday, so I'll take the kids to Mum's.",
    },
    {
      flagged: "[[Don't be sad when you hear]], it was always going to end this way.",
      pattern: 'end-my-life',
    },
    { notFlagged: "Don't be upset when you hear about the engagement." },
    { flagged: "[[I've stopped going to my appointments, what's the point]].", pattern: 'said-sideways' },
    { notFlagged: "I stopped going to therapy in May, I'd finished my sessions and feel good." },
    { notFlagged: "I'm dying of missing you some evenings, but it passes." },
    { notFlagged: "After the overdose scare with Dad's tablets, we keep them locked away now." },
    {
      notFlagged: 'I used to self-harm as a teenager, and I told you because I trusted you, and I still do.',
    },
    {
      flagged: "[[I used to self-harm as a teenager]], and since you left I've started again.",
      pattern: 'end-my-life',
    },
    // Fourteenth round (care14, third recall sweep).
    { flagged: "[[I won't be a problem much longer]], I promise.", pattern: 'end-my-life' },
    { notFlagged: "I won't be a problem much longer, I'm out of your spare room by Sunday." },
    { notFlagged: "I won't be a bother much longer, the cast comes off next week." },
    { flagged: "[[I can't see a future with me in it]].", pattern: 'end-my-life' },
    { notFlagged: "I can't see a future with me in it at that company, so I'm leaving." },
    { flagged: "[[It won't matter soon anyway]].", pattern: 'end-my-life' },
    { notFlagged: "It won't matter soon anyway, the sale goes through Friday." },
    // Fourteenth round (care14, fourth sweep).
    { flagged: '[[If something happened to me, would you even come]]?', pattern: 'end-my-life' },
    { notFlagged: 'If something happened to me, would you come to the hospital with Mum?' },
    {
      flagged: "[[I've put the cat's food and the vet details on the fridge for whoever comes]].",
      pattern: 'end-my-life',
    },
    { notFlagged: "I've left the keys for whoever comes to fix the boiler." },
    {
      flagged: '[[I just want to go to sleep and not deal with any of it ever again]].',
      pattern: 'end-my-life',
    },
    { notFlagged: 'Everyone would be relieved if we just sold the house.' },
    // Fifteenth round (care15): said flatly or sideways (SAID_FLATLY), each with the everyday sentence that shares its words.
    { flagged: '[[The boys would cope fine on their own, better even]].', pattern: 'said-flatly' },
    { notFlagged: 'The boys would cope fine on their own for a weekend, they are fifteen now.' },
    { flagged: '[[Dad would get over it in time]], they all would.', pattern: 'said-flatly' },
    { notFlagged: 'Dad would get over it eventually if we told him about the engagement.' },
    { flagged: "[[You'd barely notice I was gone]].", pattern: 'said-flatly' },
    { notFlagged: "You'd barely notice I was gone for the weekend, you never did." },
    { flagged: '[[Nobody would need to worry about me ever again]].', pattern: 'said-flatly' },
    { notFlagged: "You won't have to worry about me any more, I'm doing well now." },
    { flagged: "[[I've arranged who takes the cat after]], it's all written down.", pattern: 'said-flatly' },
    { notFlagged: 'We sorted out who gets the car when we split, it was fair.' },
    { flagged: '[[I recorded videos for my daughters, just in case]].', pattern: 'said-flatly' },
    {
      flagged: '[[My life insurance is paid up, so you and the boys will be alright]].',
      pattern: 'not-here-long',
    },
    {
      notFlagged:
        'I upped my life insurance when we bought the house so the kids will be looked after if anything happens.',
    },
    { flagged: '[[Please feed Luna if nobody hears from me]].', pattern: 'said-flatly' },
    { notFlagged: "If you don't hear from me by Friday, I'm stuck in Berlin." },
    { flagged: "[[These are the last words I'll write to anyone]].", pattern: 'said-flatly' },
    { notFlagged: "This is the last letter I'll write to anyone about the divorce." },
    { flagged: "[[I've been saying goodbye to my friends one by one]].", pattern: 'farewell' },
    { notFlagged: "I've been saying goodbye to everyone at work before I move to Leeds." },
    { flagged: '[[honestly sick of waking up]]', pattern: 'farewell' },
    { notFlagged: "I'm tired of living in this flat, the damp is awful." },
    { notFlagged: "I'm so tired of waking up to the neighbours' drilling at seven." },
    { flagged: "[[Some mornings I'd rather not wake up]].", pattern: 'want-to-die' },
    { notFlagged: "Some days I'd rather not go in to work, if I'm honest." },
    { flagged: '[[whats the point of getting up]]', pattern: 'farewell' },
    { flagged: "[[I don't see the point of the mornings any more]].", pattern: 'said-flatly' },
    { notFlagged: "There's no point getting up early on Sundays now the market's closed." },
    { flagged: "[[I can't make plans beyond next week any more]].", pattern: 'said-flatly' },
    { notFlagged: "I've stopped making plans past Friday, work's been mad with the audit." },
    {
      flagged: "[[I've been driving out to the viaduct late at night and sitting in the car]].",
      pattern: 'said-flatly',
    },
    { notFlagged: 'We used to go up to the cliffs at night to watch the stars.' },
    { notFlagged: 'I went back to the cliffs at Étretat in October, alone this time, and it was peaceful.' },
    { flagged: '[[I waited on the platform letting the express trains go past]].', pattern: 'said-flatly' },
    { notFlagged: 'I waited on the platform letting the trains go past, they were all packed.' },
    { flagged: '[[Ive been stockpiling my painkillers]].', pattern: 'end-my-life' },
    { notFlagged: "I'm saving my tablets for the trip to Spain, the chemist there is shut." },
    {
      flagged: '[[Last night I sat in the car in the garage with the engine running]].',
      pattern: 'farewell',
    },
    { notFlagged: 'I left the engine running in the drive to defrost the windscreen.' },
    { flagged: '[[I googled how much paracetamol it would take]].', pattern: 'farewell' },
    { flagged: '[[I just want to drive off one night and never come back]].', pattern: 'said-flatly' },
    {
      flagged: "[[I'll just go somewhere nobody knows me and not come back]].",
      pattern: 'said-flatly',
    },
    { notFlagged: 'I want to move to Thailand and never come back, ha.' },
    { flagged: '[[I dont see myself being around much longer]]', pattern: 'farewell' },
    { notFlagged: "I can't see myself being here much longer, the job in Leeds starts in May." },
    { flagged: '[[Being alive is so heavy now]].', pattern: 'said-flatly' },
    { notFlagged: 'Living in London is too expensive for us now.' },
    { flagged: '[[I am not wanting to live any more]].', pattern: 'want-to-die' },
    { notFlagged: 'I am not wanting to live in that flat again, it has too many memories.' },
    { flagged: "[[People say it gets better but I don't want to wait]].", pattern: 'said-flatly' },
    { notFlagged: 'People say it gets better with time, and I believe them.' },
    { flagged: "[[It would all be simpler if I wasn't]].", pattern: 'said-flatly' },
    { flagged: "[[I don't want to stay alive for this]].", pattern: 'said-flatly' },
    { flagged: '[[I need it all to stop]], for good.', pattern: 'no-point-living' },
    { notFlagged: 'I want to stop drinking for good, and I have started.' },
    { flagged: "[[You'll be rid of me soon]].", pattern: 'said-flatly' },
    { notFlagged: "You'll be rid of me soon, the divorce papers are signed." },
    { notFlagged: "You'll be free of me soon, this is the last letter I'll write." },
    { flagged: "[[I won't be here to see the twins grow up]].", pattern: 'not-here-long' },
    { notFlagged: "I won't be here to see the twins start school, I'm on the rig till March." },
    { flagged: "[[i'm knackered of all of it, of waking up and doing it again]]", pattern: 'said-flatly' },
    { notFlagged: "I'm tired of the commute, of waking up at five and sitting on the M6." },
    { flagged: "[[I've sorted out who's having Mittens after]], Pat knows.", pattern: 'said-flatly' },
    { flagged: '[[I walk down to the pier most nights and stand at the end]].', pattern: 'said-flatly' },
    { notFlagged: 'We walk down to the pier most nights and get chips with the kids.' },
    {
      flagged: '[[Every day I think my family would manage nicely without me, maybe better]].',
      pattern: 'said-flatly',
    },
    { flagged: "[[The lads would be fine without me]], they've their own lives.", pattern: 'said-flatly' },
    { notFlagged: 'The lads would be fine without me for the stag, I have to work.' },
    { flagged: 'gave jamie my decks yesterday, [[dont need them where im going]]', pattern: 'said-flatly' },
    { notFlagged: "I'm moving to Darwin, so I won't need my coats where I'm going." },
    {
      flagged: '[[Please take the chain back before it is too late for me to return it]].',
      pattern: 'said-flatly',
    },
    { notFlagged: "It's too late for me to change courses this year, so I'll finish the degree." },
    { notFlagged: 'Mum would get over it eventually, she always comes round about weddings.' },
    { notFlagged: 'We went up to the cliffs at night to see the Northern Lights, do you remember?' },
    { notFlagged: "Everyone says it gets better but I don't want to wait, so I've booked a therapist." },
    { notFlagged: "I don't want to be alive when the sun burns out, ha, obviously." },
    { notFlagged: 'We used to sit in the car in the garage when it rained and eat chips, remember?' },
    { notFlagged: "I can't see myself being here much longer, the landlord's selling up." },
    { notFlagged: "I've been saving my tablets in the organiser so I don't forget a dose." },
    // Care15's second recall sweep, and the near sentences.
    {
      flagged: "Honestly my sister would do better with the kids, [[they'd barely miss me]].",
      pattern: 'said-flatly',
    },
    { notFlagged: "You'd hardly miss me at the party, there'll be two hundred people." },
    { flagged: '[[i dont really see myself getting old tbh]]', pattern: 'said-flatly' },
    { notFlagged: "I can't see myself getting old with anyone but you, and that scares me." },
    {
      flagged: "[[I've stopped answering the door and I've stopped eating, what does it matter]].",
      pattern: 'said-flatly',
    },
    { flagged: "[[It doesn't matter what happens to me now]].", pattern: 'said-flatly' },
    { notFlagged: "It doesn't matter what happens to me at the tribunal, I'll be fine either way." },
    {
      flagged: "I've given notice on the flat, [[there won't be anything to sort after]].",
      pattern: 'said-flatly',
    },
    { flagged: "[[If it all stopped tomorrow I wouldn't mind]], honestly.", pattern: 'said-flatly' },
    {
      flagged: '[[Please tell my nephew his uncle loved him, in case I never get the chance]].',
      pattern: 'said-flatly',
    },
    { flagged: "[[I'm ready to go now, I've said what I needed to say]].", pattern: 'said-flatly' },
    { notFlagged: "I'm ready to go now, the taxi's outside." },
    { flagged: '[[Its pointless me being here]], nobody would notice.', pattern: 'said-flatly' },
    { flagged: "[[I've thought about how I'd do it more times than I can count]].", pattern: 'said-flatly' },
    { notFlagged: "I've thought about how I'd do it differently, the wedding speech I mean." },
    { flagged: '[[i wont be a bother to any of u much longer]]', pattern: 'said-flatly' },
    { notFlagged: "I won't be a bother to you much longer, I'm out of the spare room by Sunday." },
    // Care15's third recall sweep.
    { flagged: '[[ive had enough of being here]], properly had enough', pattern: 'said-flatly' },
    {
      flagged: '[[I have settled my debts and returned the library books, so everything is tidy now]].',
      pattern: 'said-flatly',
    },
    { notFlagged: "I've finally paid off my debts, so everything is in order and I feel free." },
    { flagged: "It's strange, [[I feel calm now that I've decided]].", pattern: 'said-flatly' },
    { notFlagged: "I feel calm now that I've decided to take the job in Cardiff." },
    {
      flagged: '[[I wrote my own eulogy last night]], it was shorter than I thought.',
      pattern: 'said-flatly',
    },
    { notFlagged: 'I wrote my own eulogy as an exercise on the grief course, it helped.' },
    {
      flagged: "[[If I don't make it to the new year]], the presents are in the loft.",
      pattern: 'said-flatly',
    },
    { notFlagged: "If I don't make it to the new year party, save me a slice of cake." },
    {
      flagged: "[[I look at the traffic from the footbridge and think how quick it'd be]].",
      pattern: 'farewell',
    },
    { notFlagged: "I think how quick it'd be to get there by train now they've opened the line." },
    {
      flagged: "[[I've been collecting the codeine from three different chemists]].",
      pattern: 'said-flatly',
    },
    {
      flagged: '[[Last week I walked out into the water at Bondi up to my chest and just stood there]].',
      pattern: 'said-flatly',
    },
    { notFlagged: 'We walked out into the sea at Bondi and just stood there laughing in the waves.' },
    {
      flagged: '[[I sit on the roof of the car park at work on my lunch and look down]].',
      pattern: 'said-flatly',
    },
    { notFlagged: 'We sat on the roof of the hotel and looked down at the city lights.' },
    {
      flagged: '[[Mum would be better off not having to worry about me every day]].',
      pattern: 'said-flatly',
    },
    {
      flagged: "[[Whatever happens, know it was nobody's fault]], least of all yours.",
      pattern: 'said-flatly',
    },
    { flagged: "[[There's nothing left for me here, not in this life]].", pattern: 'said-flatly' },
    { notFlagged: "There's nothing left for me in this town, so I'm moving to Bristol." },
    { flagged: '[[I am feeling that my time is finished now]].', pattern: 'said-flatly' },
    { notFlagged: 'My time is up, the meeting starts in five minutes.' },
    {
      flagged: "[[Please look after yourself, and look after Max when I can't any more]].",
      pattern: 'said-flatly',
    },
    { flagged: '[[The thought of another forty years of this is unbearable]].', pattern: 'said-flatly' },
    { flagged: '[[I googled the tallest bridges near here]], just to see.', pattern: 'said-flatly' },
    { notFlagged: 'I googled the tallest bridges near here for the kids, they want photos.' },
    { flagged: '[[i just want everything to go dark and quiet forever]]', pattern: 'said-flatly' },
    { notFlagged: "I settled my bills before the move, so everything's in order with the landlord." },
    {
      notFlagged:
        'I walked into the sea at Brighton in January for charity and kept going till my knees went numb.',
    },
    { notFlagged: 'I sat on the edge of the pool and looked down at the kids learning to swim.' },
    { notFlagged: "I don't see myself getting old in London, we always said the coast." },
    { notFlagged: "I've stopped eating sugar and honestly who cares if the cake's gone." },
    { notFlagged: "Tell your gran I loved her scones, in case I don't see her at the wedding." },
    { notFlagged: "I'm ready to go now, I've done all my packing." },
    {
      notFlagged:
        'Please make sure the cat gets fed if nobody hears from me by Sunday, the signal in the Highlands is rubbish.',
    },
    { notFlagged: "Some days I'd rather not get up, it's the winter dark, but I manage." },
    // Care15's fourth recall sweep (texting, Australian, non-native, formal), and the near sentences.
    { flagged: "it's fine, [[u won't have to deal w me much longer]]", pattern: 'said-flatly' },
    { flagged: "[[Reckon I'll just go bush one day and that'll be that]].", pattern: 'said-flatly' },
    { notFlagged: "I'll just go to the shop and that'll be that, dinner sorted." },
    {
      flagged: '[[Without you I am not seeing any future for myself]], only darkness.',
      pattern: 'said-flatly',
    },
    { notFlagged: "I don't see any future for me at this company, so I've applied elsewhere." },
    { flagged: '[[my soul is very tired now and wants rest]].', pattern: 'said-flatly' },
    { notFlagged: 'Nan has gone to her eternal rest, and I know you loved her.' },
    {
      flagged: "I no longer wish to be a burden on anyone, [[and I have taken steps to ensure I won't be]].",
      pattern: 'said-flatly',
    },
    { flagged: '[[It is my intention to make my final arrangements this week]].', pattern: 'said-flatly' },
    { notFlagged: "I'm making my final arrangements for the wedding this week, the florist is booked." },
    { flagged: '[[I have made peace with the idea of not being here]].', pattern: 'said-flatly' },
    { notFlagged: 'I have made peace with the idea of not being here for Christmas this year.' },
    {
      flagged: '[[Please do not be alarmed when you hear the news, it was my choice]].',
      pattern: 'said-flatly',
    },
    { notFlagged: "Don't be shocked when you hear the news, I'm moving to Perth." },
    { flagged: '[[The future holds nothing for me now]], and I am content.', pattern: 'said-flatly' },
    {
      flagged: '[[Sometimes I drive really fast on the motorway and hope something happens]].',
      pattern: 'said-flatly',
    },
    { notFlagged: 'I keep driving past the site and hope something happens with the planning soon.' },
    { flagged: "[[I don't wear my seatbelt any more, what's the point]].", pattern: 'said-flatly' },
    { flagged: '[[I hope I get something terminal]], honestly.', pattern: 'said-flatly' },
    {
      flagged: "[[I've been taking more of my tablets than I should]], to see what happens.",
      pattern: 'said-flatly',
    },
    { notFlagged: 'I took more of my painkillers than I should after the op, the doctor said it was fine.' },
    { flagged: "[[The rope's still in the shed]].", pattern: 'said-flatly' },
    { notFlagged: 'The rope swing is still in the tree, the kids love it.' },
    {
      flagged: '[[I climbed over the railing on the bridge last week but came back]].',
      pattern: 'said-flatly',
    },
    { notFlagged: 'We climbed over the railing on the bridge to take a photo, so daft.' },
    { flagged: "[[I'm just so done, with everything, with me]].", pattern: 'said-flatly' },
    { notFlagged: "I'm so done with living in London, the rent is criminal." },
    {
      flagged: "[[Maybe in the next life we'll get it right, I'm ready to find out]].",
      pattern: 'said-flatly',
    },
    { notFlagged: "Maybe in the next life we'll get it right, ha." },
    // Twenty-second round (harm22): the families of NOT_AROUND, END_OF_ROAD, SELF_INJURY and UNSAFE, and the hard
    // negatives each was written against.
    { flagged: "[[I don't really want to be around any more]], if I'm honest.", pattern: 'not-around' },
    { notFlagged: "I don't want to be around when he moves his things in, so I'll stay at Jo's." },
    { notFlagged: "I don't want to be around people much at the moment." },
    { flagged: '[[id be better off gone tbh]]', pattern: 'not-around' },
    { notFlagged: "I'd be better off gone from that job by the summer, honestly." },
    { notFlagged: "I'm better off not being around that crowd." },
    { flagged: '[[imma just end it fr]]', pattern: 'not-around' },
    { flagged: "[[I've written you a letter to open after]].", pattern: 'not-around' },
    { notFlagged: "I've written you a card to open after the exam, good luck." },
    { flagged: "[[Please don't blame yourself for what happens]].", pattern: 'not-around' },
    { flagged: '[[Remember I loved you, whatever happens]].', pattern: 'not-around' },
    { flagged: '[[My affairs are in order]].', pattern: 'not-around' },
    { notFlagged: 'My affairs are in order for the move, the solicitor has everything.' },
    { flagged: "[[I'm going to drive to the coast tonight and not come back]].", pattern: 'not-around' },
    { notFlagged: "I'm going to drive to the coast tonight and not come back until Sunday." },
    { flagged: "[[I've been sitting on the bridge a lot lately]].", pattern: 'not-around' },
    { notFlagged: "I've been going to the bridge a lot lately to photograph the herons." },
    { notFlagged: "I've been going to the cliffs a lot lately, the walking is good for me." },
    { notFlagged: 'My affairs are in order, finally, after the divorce.' },
    { flagged: '[[I see no reason to continue]].', pattern: 'end-of-road' },
    { notFlagged: 'I see no reason to continue this argument by letter.' },
    { flagged: '[[I should like it all to end]].', pattern: 'end-of-road' },
    { notFlagged: "I'd like it to end on good terms between us." },
    { flagged: "[[I've been hitting myself again]].", pattern: 'self-injury' },
    { flagged: '[[I keep scratching my arms until they bleed]].', pattern: 'self-injury' },
    { notFlagged: 'I keep scratching my arms until they bleed, the eczema is back with the cold.' },
    { notFlagged: "If you don't want this, I'll end it, and we can both move on." },
    { notFlagged: "You're better off without me, and I mean that kindly: he seems good for you." },
    { flagged: "Maybe then you'll be sorry, [[when I'm not here anymore]].", pattern: 'not-around' },
    { flagged: '[[Would anyone even notice if I disappeared]]?', pattern: 'not-around' },
    { notFlagged: 'Nobody at work would notice if I disappeared for a week, which tells you everything.' },
    { flagged: "[[I'm thinking of just disappearing]].", pattern: 'not-around' },
    { notFlagged: "I'm thinking of disappearing off social media for a bit." },
    { flagged: '[[Sometimes I just want to check out for good]].', pattern: 'not-around' },
    { notFlagged: 'I want to check out that new bakery on your road some time.' },
    { flagged: '[[Tell everyone I loved them]].', pattern: 'not-around' },
    { notFlagged: 'Tell everyone I loved the wedding, it was a beautiful day.' },
    { flagged: "[[I've been thinking about ending things — not us, me]].", pattern: 'not-around' },
    { flagged: '[[I keep thinking about ending things]]. Not us, me.', pattern: 'not-around' },
    { notFlagged: 'I keep thinking about ending things. Not us, the band.' },
    { notFlagged: "I've been thinking about ending things with Mark, if you were wondering." },
    { flagged: "[[I think I've reached the end of the road]].", pattern: 'end-of-road' },
    { notFlagged: "I think we've reached the end of the road, and that's alright." },
    { notFlagged: "I've reached the end of the road with this job, so I've handed in my notice." },
    { flagged: '[[i cant do this anymore im so tired of everything]]', pattern: 'end-of-road' },
    { notFlagged: "I can't do this job anymore, so I've handed in my notice." },
    { notFlagged: "I can't do this anymore, I'm so tired of fighting with you about money." },
    {
      flagged: "[[I haven't the strength to keep living]], and I'm not sure I want to find it.",
      pattern: 'end-of-road',
    },
    { flagged: '[[ur all better off without me]]', pattern: 'not-around' },
    { notFlagged: "You're all better off without me on the team this season, my knee is done." },
    { flagged: "[[Without you, I'll end it]].", pattern: 'not-around' },
    { flagged: '[[I hate being alive]].', pattern: 'end-of-road' },
    { notFlagged: 'I hate being alive at six on a Monday morning, ha.' },
    { flagged: '[[I hate my life and I want it over]].', pattern: 'end-of-road' },
    { notFlagged: 'I want the divorce paperwork over with, then we can both move on.' },
    { notFlagged: 'I want it all over with, the court date and the lawyers.' },
    { notFlagged: "I don't care if I get hit by a snowball, I'm going sledging." },
    { flagged: "[[I won't eat until you call me back]].", pattern: 'end-of-road' },
    { flagged: "[[If you don't come back I'll stop eating]].", pattern: 'end-of-road' },
    { notFlagged: "I won't eat until you get home, I'll keep your plate warm like always." },
    { flagged: "[[I don't think I'll make it through the winter]].", pattern: 'end-of-road' },
    { notFlagged: "I don't think I'll make it to Christmas dinner at your mum's this year." },
    { flagged: '[[what even is the point anymore]]', pattern: 'end-of-road' },
    { notFlagged: 'What even is the point of a group chat nobody reads?' },
    { flagged: '[[i havent eaten in days and honestly i dont care if i starve]]', pattern: 'end-of-road' },
    { notFlagged: "I don't care if I die trying, I'm finishing that marathon." },
    { notFlagged: "I haven't the energy to keep going to the gym after work." },
    { flagged: '[[Why should I even bother staying alive]]?', pattern: 'end-of-road' },
    { notFlagged: 'Why bother living in London when the rent is this high?' },
    { flagged: "[[I've stopped eating, I don't see why I should bother any more]].", pattern: 'end-of-road' },
    { notFlagged: "I've stopped eating meat, I don't see why I should bother with it." },
    { flagged: "[[I don't see a future for myself, not one I'd want to stay for]].", pattern: 'end-of-road' },
    { flagged: '[[I hurt myself again last night]], the way I used to.', pattern: 'self-injury' },
    { notFlagged: 'I hurt myself again at football, the same ankle as last year.' },
    { flagged: "[[I've been burning myself with cigarettes]], I know it's stupid.", pattern: 'self-injury' },
    { notFlagged: 'I burnt myself on the oven again, typical me.' },
    {
      flagged:
        '[[Last night I went up to the top of the multi-storey and stood at the edge for a long time]].',
      pattern: 'self-injury',
    },
    {
      notFlagged:
        'We went up to the top of the multi-storey and stood at the edge for ages watching the fireworks.',
    },
    { flagged: "[[Some mornings I wish I just hadn't woken up at all]].", pattern: 'said-sideways' },
    {
      flagged: "[[I bought a gun last month and I've thought about using it on myself]].",
      pattern: 'self-injury',
    },
    { notFlagged: 'I bought the new hair dye you liked and thought about using it on myself first.' },
    { flagged: "[[I can't keep myself safe at the moment]].", pattern: 'unsafe' },
    { notFlagged: "I can't keep myself safe from him when he turns up drunk." },
    { flagged: "[[I'm not safe on my own right now]].", pattern: 'unsafe' },
    { notFlagged: "I'm not safe on my own right now, he keeps turning up at the flat." },
    { flagged: "[[I don't trust myself right now]].", pattern: 'unsafe' },
    { notFlagged: "I don't trust myself not to text you when I've had a drink." },
    { flagged: "[[I'm scared of what I'll do]].", pattern: 'unsafe' },
    { notFlagged: "I'm scared of what I'll do with all this free time, honestly." },
    // The hard negatives of the antipatterns: another's overdose, a longing to wake up in the past, an attempt told as
    // history closed by recovery.
    { notFlagged: 'My brother took an overdose two years ago, so I know how scary this all is.' },
    { notFlagged: 'Sometimes I wish I could go back to sleep and wake up in 2019, with you.' },
    {
      notFlagged:
        "When I was nineteen I tried to take my own life; I'm telling you so you know me, because I'm safe and well now.",
    },
    { notFlagged: "I've been killing myself at the gym since January." },
    { notFlagged: "I'm so tired of existing on four hours of sleep." },
    { notFlagged: "I'd rather die than go to another one of Dave's barbecues, ha." },
    { flagged: "[[I'd rather die than go on like this]].", pattern: 'want-to-die' },
  ],
})
