// Building blocks of a threat, for the `threat` rule: who acts (the writer, or a condition set on the reader),
// what is done to the reader (harm to them or to what they hold dear), what is shown and to whom (exposure), and
// the reader's people. Each is a regex source written for the lower-cased shadow text (straight apostrophes), an
// alternation inside `(?:…)`, with bounded gaps only. The rule adds the frames and the antipatterns (negated or
// disowned threats, discretion, reported speech, logistics, jokes, the writer's own fears); these lists only say
// what a word means.
import { PARTNER_INFORMAL, PARTNER_TITLES } from './people.js'

/** People by gender, one or many: "guy", "girls", "men", "women". */
const MAN_OR_WOMAN_PLURAL = 'man|men|woman|women|guys?|girls?'

/** Not directly after a letter, digit or apostrophe. */
const B = "(?<![\\p{L}\\p{N}'])"
/** Not directly before a letter, digit or apostrophe. */
const E = "(?![\\p{L}\\p{N}'])"

/** The writer announcing what they will (or could) do: "I'll", "im gonna", "I could", "I swear I'll". */
export const I_WILL =
  "(?:i'?ll|i\\s+will|ill|i\\s+shall|i'?m+a|imma|ima|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna)|i\\s+am\\s+(?:going\\s+to|gonna)|i\\s+(?:could|can|might|swear\\s+i'?ll|promise\\s+(?:you\\s+)?i'?ll)|i\\s+won'?t\\s+hesitate\\s+to)(?:\\s+(?:just|really|personally|definitely|make\\s+sure\\s+to|happily|gladly|also|even|then|simply))?"

/**
 * The writer as the agent, broadly: I_WILL; a bare "I" on the hinge of a condition set on the reader ("…or I
 * post", "…before I tell", "…and I send", "unless…, then I ring"); the writer's power said as ease or readiness
 * ("it would be easy for me to", "I'm ready to", "I'm this close to"). Followed by a verb in its base form.
 */
export const WRITER_ACTS = `(?:(?:i'?ll|i\\s+will|ill|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna))\\s+make\\s+it\\s+my\\s+(?:life'?s\\s+|one\\s+|only\\s+|personal\\s+)?(?:mission|goal|purpose|job|business|aim|priority|work)\\s+to|${I_WILL}|(?<=${B}(?:or|else|otherwise|before|then|till|til|until|and|so)\\s+)i|(?:easy|simple)\\s+(?:enough\\s+)?for\\s+me\\s+to|(?:i'?m|i\\s+am|im)\\s+(?:ready|prepared|willing|tempted|this\\s+close|so\\s+close|very\\s+close)\\s+to)(?:\\s+(?:just|really|personally|definitely|happily|gladly|also|even|then|simply|quietly))?`

/** The writer, now or soon, with an -ing verb: "I'm reporting", "I'll be telling". */
export const WRITER_DOING =
  "(?:i'?m|i\\s+am|im|(?:i'?ll|i\\s+will|ill)\\s+be)(?:\\s+(?:now|already|personally|definitely|seriously))?"

/**
 * Harm done to someone, as a verb needing its object after it (base and -ing forms): ruin, destroy, wreck, end,
 * bury, expose, report, sue, disgrace, shame, humiliate, blackmail, take down, hunt down, come after, get back at.
 */
export const HARM_ACTS = String.raw`(?:ruin(?:ing)?|destroy(?:ing)?|wreck(?:ing)?|finish(?:ing)?|bur(?:y|ying)|crush(?:ing)?|end(?:ing)?|expos(?:e|ing)|su(?:e|ing)|disgrac(?:e|ing)|sham(?:e|ing)|humiliat(?:e|ing)|blackmail(?:ing)?|bankrupt(?:ing)?|report(?:ing)?|break(?:ing)?|(?:take|taking|bring|bringing|drag|dragging|tear|tearing|hunt|hunting|track|tracking)\s+down|(?:come|coming|go|going)\s+after|get(?:ting)?\s+(?:back\s+at|even\s+with)|mak(?:e|ing)\s+an\s+example\s+of|settl(?:e|ing)\s+(?:the\s+)?score\s+with)`

/** What a reader (or their partner) holds dear, as harmed: life, career, job, name, marriage, visa, custody… */
export const STAKES = String.raw`(?:life|lives|career|job|jobs|reputation|good\s+name|name|marriage|relationship|business|family|future|world|wedding|engagement|credit|visa|custody|happiness|standing|licen[cs]e|practice|position|promotion|company|new\s+life|image|livelihood)`

/** "your career", "his precious reputation", "her whole life": the reader's or their partner's stakes. */
export const THEIR_STAKES = `${B}(?:your|ur|his|her|their)\\s+(?:(?:new|little|precious|whole|perfect|good|entire|so-called|shiny|happy|cosy|cozy|squeaky[- ]clean)\\s+){0,2}${STAKES}${E}(?!\\s+(?:application|form|cv|interview|search|hunt|advert|ad|listing|offer|paperwork|photos?|pictures?|album|plans?|insurance|certificate|documents?|renewal))`

/** The reader as the one harmed: "you", not "you've" nor "you finish at six" (a clause, not an object). */
export const YOU_AS_OBJECT = `${B}(?:you|u)${E}(?!\\s+(?:a|an|the|some|finish\\w*|get|gets|leave|leaves|are|were|have|had|do|did|go|come|arrive|wake|know|want|need|like|think|feel|said|say|decide|can|could|will|would|should)${E})`

/** The reader's partner (or another third person) as the one harmed, for the harms that cannot be innocent: "him", "her". */
export const THEM_AS_OBJECT = `${B}(?:him|her)${E}(?!\\s+(?:a|an|the|some|to\\s+the\\s+(?:station|airport|shops))${E})`

/** Harms that say retaliation whoever undergoes them (not "break", "end", "finish", "report"). */
export const HARM_TO_ANYONE = String.raw`(?:ruin(?:ing)?|destroy(?:ing)?|bur(?:y|ying)|expos(?:e|ing)|disgrac(?:e|ing)|humiliat(?:e|ing)|blackmail(?:ing)?|(?:take|taking|bring|bringing|hunt|hunting|track|tracking)\s+down|(?:come|coming)\s+after|get(?:ting)?\s+(?:back\s+at|even\s+with))`

/** What the writer would take from them: "everything you own", "every penny you have", "the house and the kids from you". */
export const TAKE_FROM_YOU = String.raw`tak(?:e|ing)\s+(?:everything|every\s+(?:penny|cent|last\s+\p{L}+)|it\s+all|all\s+of\s+it|the\s+(?:house|kids|children|lot)|half\s+of\s+everything|what'?s\s+(?:left|yours))\s+(?:(?:you|u)(?:\s+(?:have|own|love|care\s+about|hold\s+dear|worked\s+for)|'ve\s+got|\s+have\s+got)|from\s+(?:you|u|him|her))(?![\p{L}'])`

/** Knowing where they are, or will be: "I know your new postcode", "I've got his shift rota". */
export const WHEREABOUTS = String.raw`(?:(?:new\s+)?(?:address|postcode|post\s+code|zip\s+code|route\s+(?:home|to\s+work)|rota|schedule|timetable|shift\s+pattern|number\s+plate|reg|car\s+reg|gym\s+times|running\s+route))`

/** Telling or showing, in base and -ing forms: tell, show, send, post, share, leak, forward, let slip, report… */
export const DISCLOSE = String.raw`(?:tell(?:ing)?|show(?:ing)?|send(?:ing)?|post(?:ing)?|shar(?:e|ing)|leak(?:ing)?|forward(?:ing)?|publish(?:ing)?|upload(?:ing)?|reveal(?:ing)?|expos(?:e|ing)|spread(?:ing)?|let(?:ting)?\s+slip|mention(?:ing)?|pass(?:ing)?\s+on|air(?:ing)?|broadcast(?:ing)?|email(?:ing)?|e-mail(?:ing)?|text(?:ing)?|message|messaging|dm|dming|inform(?:ing)?|report(?:ing)?|writ(?:e|ing)\s+to|complain(?:ing)?\s+to|(?:lodg|fil)(?:e|ing)\s+a\s+complaint\s+with|contact(?:ing)?|call(?:ing)?|ring(?:ing)?|go(?:ing)?\s+to|put(?:ting)?|stick(?:ing)?|plaster(?:ing)?)`

/** Where exposure happens: online, the internet, the platforms, a group chat. */
export const PLATFORMS = String.raw`(?:online|the\s+internet|the\s+web|social\s+media|facebook|fb|instagram|insta|ig|twitter|tiktok|snapchat|snap|whatsapp|linkedin|reddit|youtube|onlyfans|(?:the|your|ur|our)\s+(?:\p{L}+\s+)?(?:group\s*chat|whatsapp\s+group|family\s+chat))`

/** The reader's people, their work, their community, the authorities and the public: those they would not want told. */
export const REACH_PEOPLE = `(?:every(?:one|body|1)|the\\s+(?:whole\\s+)?world|the\\s+whole\\s+\\p{L}+|all\\s+(?:your|ur|our|his|her)\\s+(?:friends|family|colleagues|coworkers|followers|mates)|(?:your|ur|his|her)\\s+(?:new\\s+)?(?:boss|bosses|manager|employer|work|workplace|office|job|colleagues|coworkers|co-workers|team|hr|company|firm|school|uni|college|church|pastor|priest|vicar|imam|rabbi|elders|congregation|mosque|temple|family|parents|mum|mom|dad|mother|father|sister|brother|cousins?|aunt|auntie|uncle|nan|gran|grandparents|kids|children|in-laws|${PARTNER_TITLES}|${PARTNER_INFORMAL}|partner|bf|gf|fianc[ée]e?|friends|mates|neighbours|neighbors|followers|landlord|landlady|regulator|union)|him|her|them|the\\s+(?:police|cops|court|judge|press|papers|newspapers|school|church|council|home\\s+office|tax\\s*(?:man|office)|dwp|irs)|immigration|hmrc|social\\s+services)${E}(?!')`

/** Media that is plainly harmless, just before the noun: "the wedding photos", "holiday pics". */
const INNOCENT_BEFORE = String.raw`(?<!\b(?:wedding|holiday|baby|garden|school|graduation|christening|birthday|christmas|party|trip|dog|cat|puppy|kids'?|family|team|class|work|old|group|funny|wrong|last|new)\s+)`

/** Media that is plainly harmless, or asked for, just after the noun: "the photos of the garden", "the pics she asked for". */
const INNOCENT_AFTER = String.raw`(?!\s+(?:(?:of|from)\s+(?:the|our|my|your|ur|his|her|their)\s+(?:new\s+|old\s+)?(?:garden|baby|dog|cat|puppy|kitten|kids|children|kitchen|allotment|renovation|cake|graduation|wedding|christening|party|birthday|holiday|trip|concert|gig|house|flat|match)|(?:she|he|they|you|u|we)\s+(?:asked|wanted|requested|took|liked|loved|left)|back)\b|\s*[:,—–-]?\s*(?:that\s+)?(?:i|it\s+was\s+(?:me|my|all\s+me))\b|\s+about\s+(?:me|myself|what\s+i|my|how\s+i)\b)`

/** Those told, or the place it is put: REACH_PEOPLE or a platform ("online", "on insta", "the family group chat"). */
export const REACH = `(?:${REACH_PEOPLE}|(?:on\\s+|onto\\s+|all\\s+over\\s+)?${PLATFORMS}${E})`

/**
 * What is exposed: their messages, pictures and recordings, their secrets, what they did, the truth about them,
 * the whole story. "everything" only at the end of a clause or about them ("I'll tell your mum everything").
 */
export const EXPOSED = String.raw`(?:(?:(?:all\s+(?:of\s+)?|every\s+|each\s+)?(?:the|those|these|that|this|your|ur|our|his|her)\s+|all\s+(?:of\s+)?|every\s+)(?:\p{L}+\s+){0,2}?${INNOCENT_BEFORE}(?:photos?|photographs?|pictures?|pics?|videos?|vids?|messages?|texts?|screenshots?|screen\s*grabs?|recordings?|voice\s*notes?|nudes|emails?|chats?|dms|diary|diaries|letters|tapes?|footage|secrets?|story|truth|evidence|receipts|bank\s+statements)(?![\p{L}'])${INNOCENT_AFTER}|(?:everything|it\s+all|all\s+of\s+it|the\s+lot)(?=\s*(?:[.!?,;:…]|$)|\s+(?:about\s+(?:you|u|us|him|her)|(?:you|u)\s+(?:did|said|sent|told|wrote)|i\s+(?:know|have|'ve\s+got|saw|found)|online|tonight|tomorrow|to|on)\b)|about\s+(?:us|you|u|you\s+and\s+me|what|how|where|why|who|(?:your|ur|his|her|the|that|our)\s+(?:\p{L}+\s+)?(?:conduct|behaviou?r|affair|affairs|lies|lying|drinking|drug\w*|gambling|debts?|cheating|past|secrets?|treatment|abuse|temper|fling|little\s+\p{L}+))(?![\p{L}'])|(?:exactly|precisely)\s+(?:what|who|how|why|where)|what\s+(?:you|u)\s+(?:did|done|'?ve\s+done|have\s+done|really|are|said|wrote|sent|get\s+up\s+to|got\s+up\s+to)(?!\s+(?:for|to\s+help|with\s+(?:the|my|our))\b)|who\s+(?:you|u)\s+(?:really|were|are)|where\s+(?:you|u)\s+(?:really|were|was|went|spent)|why\s+(?:you|u)\s+(?:really|left|lied|cheated))`

/** Private media, plainly theirs or shown as leverage: "your pics", "those videos", "his texts" (not "the photos"). */
export const PRIVATE_MEDIA = String.raw`(?:(?:all\s+(?:of\s+)?)?(?:your|ur|his|her|those|these)\s+(?:\p{L}+\s+){0,2}?(?:photos?|photographs?|pictures?|pics?|videos?|vids?|messages|texts|screenshots|recordings|voice\s*notes|nudes|emails|chats|dms|diary|diaries|letters|secrets?)|(?:the|our|that|this|a)\s+(?:(?:private|intimate|naked|nude|sexy|dirty)\s+)(?:\p{L}+\s+)?(?:photos?|pictures?|pics?|videos?|vids?|messages|texts|recordings)|(?:the|our|that|this)\s+sex\s+tape|(?:the|our)\s+(?:whole\s+)?(?:story|truth)|everything|it\s+all|all\s+of\s+it)(?![\p{L}'])`

/** A thing that can be leaked, as the subject of a sentence: "the video", "those pics", "your little secret". */
export const LEAKABLE = String.raw`(?:photos?|photographs?|pictures?|pics?|videos?|vids?|screenshots?|recordings?|voice\s*notes?|nudes|messages|texts|emails|chats|dms|diary|diaries|tapes?|footage|secrets?|story|truth|evidence|sex\s+tape)`

/** The writer's one act as all it takes: "one word from me", "a single email from me", "one click". */
export const ONE_FROM_ME = String.raw`(?:one|a\s+single|just\s+one|one\s+little|a\s+quick)\s+(?:word|call|phone\s+call|email|e-mail|text|message|click|post|letter|tweet|phone\s+call|visit)\s+(?:from|by)\s+me`

/** What is over for them: finished, over, done, ruined, gone, sacked, deported. */
export const UNDONE = String.raw`(?:finished|over|done|ruined|gone|history|toast|dead\s+in\s+the\s+water|in\s+pieces|sacked|fired|deported|struck\s+off|on\s+the\s+street|out\s+of\s+(?:a\s+)?(?:job|work|a\s+home))`

/**
 * A kind wish for them where they now are: the new place "treats you well", the team "is being nice to u", the flat
 * "feels like home", the hours "easier on you", good luck with the first week. Not "sleep well" nor "enjoy it while it
 * lasts" (said sideways, those are menace). After "I know where you work now…", it says gladness, not surveillance.
 */
export const KIND_WISH = String.raw`(?:treat(?:s|ing)?\s+(?:you|u|him|her|them)\s+(?:well|kindly|right|nicely|better)|(?:nice|kind|good|lovely|friendly|gentle|decent)\s+to\s+(?:you|u|him|her|them)|suit(?:s|ing)?\s+(?:you|u|him|her|them)|feels?\s+like\s+(?:home|a\s+home)|(?:going|working\s+out|goes|went)\s+well|settl(?:ed|ing)(?:\s+in)?|(?:happy|thriving|doing\s+well|loving\s+it)|(?:kinder|friendlier|warmer|easier|quieter|nicer|better|bigger|brighter|shorter|calmer|happier)\s+(?:than|on|to|for)|doing\s+(?:you|u|him|her|them)\s+(?:good|the\s+world\s+of\s+good)|how\s+lucky|everything\s+(?:you|u|he|she|they)\s+(?:wanted|hoped)|(?:the|a)\s+(?:job|role|post|position|place|course|flat|house|city|team|life)\s+(?:you|u|he|she|they)\s+(?:always\s+|really\s+|had\s+always\s+)?(?:wanted|hoped\s+for|dreamed\s+of|dreamt\s+of|deserved?|were\s+after)|good\s+luck|best\s+of\s+luck|all\s+the\s+best|congrat\w*|proud\s+of)`

/**
 * Words that make "watch your back" literal care for a body: icy steps, lifting boxes, a ladder, the sofa, a kayak, a
 * puppy that pulls, digging, shoveling snow, the physio. Not "at night", "in the dark", "walking home" (see the rule).
 */
export const BACK_STRAIN = String.raw`(?:icy|ice|slippery|stairs|steps|ladders?|lift\w*|carry\w*|heavy|boxes|sofa|couch|furniture|bend\w*|deadlifts?|squats?|physio\w*|disc|sciatica|posture|dig|digging|shovel\w*|snow|kayak|canoe|surfboard|paddleboard|puppy|washing\s+machine|fridge|removal\w*|garden\w*|allotment|spade|wheelbarrow|suitcases?|luggage|toddler|twins|wardrobe|mattress|climb\w*|loft|roof|gutters?|logs?|bins?)`

/** Hazards to a body on the way: roads, ice, ladders, the tide, traffic, wasps; BACK_STRAIN's loads and steps too. */
export const LITERAL_HAZARDS = String.raw`(?:${BACK_STRAIN}|roads?|gritted|grit|black\s+ice|fog|rain|wind|storm|tide|rocks|cliff\s+path|traffic|motorway|speed\s+cameras?|potholes?|cyclists|deer|wasps|jellyfish|sunburn|the\s+sun|heat|hob|oven|kettle|wet\s+paint|pickpockets|cycling|hills?)`

/**
 * Words that keep "watch out for …" / "watch your back with …" a menace when they are in the noun phrase after it: a
 * person or the writer's people ("my brothers", "that new fella of yours", "the lads", "that one"), a leak or a message
 * on its way ("the photos", "the post", "a letter"), a time ("the day I…", "the next few weeks"), a consequence or a
 * visit ("the consequences", "a knock on the door"), the streets and the way home. What is left after these words is a
 * thing or a hazard: a rowing machine, the seagulls, the potholes.
 */
export const NOT_A_HAZARD = String.raw`(?:\p{L}+-in-laws?|me|us|myself|him|her|them|you|u|yourself|${MAN_OR_WOMAN_PLURAL}|${PARTNER_TITLES}|${PARTNER_INFORMAL}|partner|bf|gf|ex|exes|new\s+(?:one|man|woman)|lads?|blokes?|fellas?|boys?|people|peeps|folks?|ones?|two|three|four|lot|likes|crowd|gang|crew|family|families|relatives|brothers?|bros?|sisters?|cousins?|uncles?|aunts?|aunties?|nephews?|dads?|mums?|moms?|mothers?|fathers?|parents|friends?|mates?|pals?|neighbou?rs?|boss|bosses|manager|colleagues?|landlord|police|cops?|coppers|feds|law|solicitors?|lawyers?|courts?|kids|children|sons?|daughters?|somebody|someone|anyone|anybody|everyone|everybody|${LEAKABLE}|post|mail|letters?|emails?|papers|news|internet|press|day|days|night|nights|time|times|moment|weekend|week|weeks|month|months|year|years|future|rest|next|coming|morning|mornings|evening|evenings|tomorrow|tonight|consequences?|fallout|payback|karma|revenge|surprises?|knock|knocks|visits?|visitors?|calls?|reckoning|trouble|repercussions|street|streets|estate|alley|alleys|car\s+park|stairwell|way|drive\s+home|walk\s+home)`
