// Words of death, dying, not existing, the means and the places, for the `self-harm` rule's broad cues: a
// sentence where these meet the writer in the first person ("I", "me", "my", "myself"). Each is a regex source
// written for the lower-cased shadow text (straight apostrophes), an alternation inside `(?:…)` unless said
// otherwise, with bounded gaps only. The rule adds the first-person frame and its antipatterns; these lists
// only say what a word means.

/** Not directly before or after a letter or digit (like the `{B}`/`{E}` macros, usable inside a lexicon entry). */
const B = "(?<![\\p{L}\\p{N}'])"
const E = '(?![\\p{L}\\p{N}])'

/** The clause ends here. */
export const CLAUSE_END = String.raw`(?=\s*(?:[.!?,;:…)\n]|$))`

/**
 * Not about moving, travel or work: "I won't be around to see it, I'm moving to Leeds", "I won't be here by
 * spring, the contract ends", "I'll be gone by the time you read this, I fly to Toronto tonight". Looks up to 50 characters ahead.
 */
export const NOT_MOVING = String.raw`(?![^.!?\n]{0,50}?\b(?:mov(?:e|ed|ing)|job|flat|house|lease|contract|transfer|visa|flight|trip|travel(?:l?ing)?|posted|abroad|city|country|office|working|shifts?|rigs?|offshore|holiday|conference|deployed|deployment|tour|uni|university|college|course|fly|flying|flew|plane|airport|ferry|emigrat\w*|relocat\w*)\b)`

/** Verbs of killing done to oneself: "hang myself", "topped myself", "offing myself". */
export const SELF_KILLING_VERBS =
  '(?:kill(?:s|ed|ing)?|hang(?:ed|ing)?|hung|drown(?:ed|ing)?|shoot(?:ing)?|shot|poison(?:ed|ing)?|gas(?:sed|sing)?|stab(?:bed|bing)?|starv(?:e|ed|ing)|smother(?:ed|ing)?|suffocat(?:e|ed|ing)|electrocut(?:e|ed|ing)|off(?:ed|ing)?|top(?:ped|ping)?|unaliv(?:e|ed|ing)|end(?:ed|ing)?|finish(?:ed|ing)?)'

/** Throwing oneself: "throw myself", "flung myself". */
export const THROW = '(?:throw(?:n|ing)?|threw|fling(?:ing)?|flung|hurl(?:ed|ing)?|launch(?:ed|ing)?)'

/** Moving into a drop, a vehicle or water: step, jump, walk, drive, swerve, wade, fall… */
export const LEAP =
  '(?:step(?:s|ped|ping)?|jump(?:s|ed|ing)?|walk(?:s|ed|ing)?|run(?:ning)?|ran|lie|lying|lay|leap(?:s|t|ed|ing)?|driv(?:e|ing)|drove|steer(?:ed|ing)?|swerv(?:e|ed|ing)|wad(?:e|ed|ing)|swim(?:ming)?|swam|fall(?:ing)?|fell|roll(?:ed|ing)?|go|went|crash(?:ed|ing)?)'

/** Places to fall from. */
export const DROP_PLACE = String.raw`(?:bridge|roof|rooftop|ledge|cliffs?|cliff\s+edge|balcony|building|tower(?:\s+block)?|top\s+floor|multi-?stor(?:e)?y|car\s+park|overpass|viaduct|flyover|window)`

/** What runs one over. */
export const VEHICLE = String.raw`(?:lorry|truck|bus|train|tube|tram|car|van|traffic|tracks|rails|railway(?:\s+line)?|motorway)`

/** Water to walk into. */
export const WATER = '(?:sea|surf|ocean|river|canal|lake|loch|reservoir|waves|water|quarry|harbour|harbor)'

/** The means: medicines in quantity, a rope, a blade, a gun, fumes, poisons. */
export const MEANS = String.raw`(?:knife\s+drawer|knives|hose|pills|tablets|paracetamol|morphine|codeine|co-?codamol|tramadol|diazepam|valium|oxycodone|fentanyl|sleeping\s+(?:pills|tablets)|painkillers|insulin|rope|noose|razors?|blades?|gun|shotgun|pistol|charcoal|hosepipe|antifreeze|weedkiller)`

/**
 * What makes a means a danger: kept back, counted, enough, looked at, "for when", "would solve everything":
 * "the tablets I've put aside for when…", "counting them again".
 */
export const MEANS_HELD = String.raw`(?:count(?:ing|ed)?|hoard\w*|stockpil\w*|sav(?:ed|ing)\s+up|stash\w*|tuck(?:ed)?\s+away|hidden|hiding|hid\s+(?:them|it)|put\s+(?:aside|away)\s+for|set\s+aside|for\s+when\s+(?:i|it|things|the\s+time)|just\s+in\s+case|enough\s+to\s+(?:do|end|kill|finish|not)|(?:would|should)\s+be\s+enough(?=\s*(?:[.!?,;…]|$)|\s+(?:now|if|to\s+(?:do|end|not|never|kill|finish))\b)|all\s+at\s+once|the\s+whole\s+(?:bottle|packet|box|lot)|take\s+(?:them\s+)?all|staring|stare\s+at|stared\s+at|(?:look|looking|looked)\s+at\s+(?:it|them)|solve\s+everything|end\s+(?:it|everything|the\s+pain)|make\s+(?:it|everything|the\s+pain)\s+stop|calling\s+(?:to\s+)?me|how\s+many\s+(?:it|i'?d|would)|on\s+my\s+mind|think(?:ing)?\s+about\s+(?:them|it)\s+(?:every|each|all\s+the|most|a\s+lot|constantly|all\s+day|at\s+night|more\s+and\s+more)(?![^.!?\n]{0,40}?\b(?:forget|forgot|remember|take\s+them|taking\s+them|prescription|doctor|gp|pharmacy)\b)|can'?t\s+stop\s+thinking\s+about\s+(?:them|it)|(?:would|'d|could)\s+do\s+(?:it|the\s+job))`

/** A wish, a plan, a temptation, said by the writer: "I half want to", "I could", "I'm tempted to". */
export const INTENT = String.raw`(?:want|wanna|wish|could|'d|would|might|going\s+to|gonna|think|thought|thinking|tempted|urge|dream|picture|imagine|imagining|feel\s+like|easy\s+to|should|plan|planning|ready|keep\s+wanting|half\s+want|nearly|almost|close\s+to)`

/**
 * Not living, as the object of a wish or a plan: die, be dead, stop existing, not wake up, stay asleep, fade
 * out, disappear for good, end my life, leave this world, be with God, my own death or funeral. Not the idioms
 * ("die of embarrassment", "die laughing", "die for a coffee", "not wake up until spring").
 */
export const NOT_LIVING = String.raw`(?:die${E}(?!\s+(?:of|from|for|laughing|happy|a\s+little|inside|trying|to|with\s+(?:you|u)|together|old|in\s+(?:your|ur)\s+arms|on\s+the\s+spot|twice))|be\s+dead|not\s+(?:be\s+)?(?:alive|exist)|stop\s+(?:existing|breathing|living)|cease\s+to\s+exist|(?:not|never)\s+(?:wake|woke|waking)\s+up(?!\s+(?:until|till|early|late|in\s+time|on\s+time|before))|stay\s+asleep(?!\s+(?:until|till|longer|for\s+(?:a|an|the|another)))|sleep\s+(?:forever|for\s+ever|for\s+good)|fade\s+(?:out|away)(?!\s+(?:of|from)\b)|disappear(?:ed)?\s+(?:for\s+good|forever|for\s+ever|and\s+never|completely(?=\s*[.!?,;…]|$)|from\s+(?:this|the)\s+(?:world|earth|planet))|vanish(?:ed)?\s+(?:for\s+good|forever|and\s+never)|end\s+(?:my\s+(?:own\s+)?(?:life|days|journey|time|existence|story)|it\s+all)|take\s+my\s+(?:own\s+)?life|leave\s+this\s+(?:world|life|earth)|(?:go\s+)?(?:home\s+to|be\s+with)\s+(?:god|jesus|the\s+lord|allah|my\s+maker)|meet\s+my\s+maker|(?:be\s+)?gone\s+(?:for\s+good|forever|for\s+ever)(?=\s*(?:[.!?,;…]|$))|rest\s+in\s+peace|my\s+(?:own\s+)?(?:death|funeral|grave|coffin)|give\s+up\s+on\s+(?:life|living|being\s+alive)|not\s+be\s+here(?=\s*(?:[.!?,;…]|$)|\s+(?:any\s?more|at\s+all|any\s+longer)))`

/** Holding on to life, as what the writer can't do any more: hold on, keep going, keep fighting, stay alive, face another day. */
export const HOLDING_ON = String.raw`(?:hold(?:ing)?\s+on|hang(?:ing)?\s+on|fight(?:ing)?\s+to\s+(?:stay\s+alive|live|keep\s+going|survive|be\s+here)|fight(?:ing)?(?:\s+(?:on|it|this))?|keep\s+going|going|stay(?:ing)?\s+alive|be(?:ing)?\s+alive|liv(?:e|ing)|exist(?:ing)?|breath(?:e|ing)|be(?:ing)?\s+here|wak(?:e|ing)\s+up|carry\s+(?:this|it)|fac(?:e|ing)\s+(?:it|this|another\s+day|tomorrow|the\s+mornings?))`

/** Worn out or unable: "can't", "too tired to", "no strength left to", "sick of". */
export const CANT_OR_WORN = String.raw`(?:can'?t|cannot|cant|couldn'?t|could\s+not|won'?t\s+be\s+able\s+to|not\s+(?:sure|certain)\s+(?:if\s+|that\s+)?i\s+can|(?:don'?t|dont|do\s+not)\s+think\s+i\s+(?:can|could)|too\s+(?:tired|exhausted|weary|worn\s+out|broken|weak)\s+to|no\s+(?:strength|energy|fight|will)\s+(?:left\s+)?(?:in\s+me\s+)?to|tired\s+of|sick\s+of)`

/** Death words that, with the writer as the only person in between, say the writer's own death. */
export const DEATH_WORDS = `${B}(?:die|dies|died|dying|dead|death|suicide|suicidal|funeral|grave|coffin|overdose|overdosed|noose)${E}`

/** The writer, as a word: I, I'm, me, myself ("my" is MY_DEATH: "my nan" is someone else). */
export const FIRST_PERSON = `${B}(?:i|i'm|im|i've|ive|i'd|i'll|me|myself)${E}`

/** The writer's own death, funeral, grave: "my funeral", "my own death", "my early grave". */
export const MY_DEATH = `${B}my\\s+(?:own\\s+|early\\s+|untimely\\s+|eventual\\s+|sudden\\s+)?(?:death|funeral|grave|coffin|suicide|overdose)${E}`

/** One character of a gap that does not pass another person (he, she, they, you, it, we…): the death is the writer's. */
export const NOT_ANOTHER =
  "(?:(?![\\p{L}'](?:he|she|they|you|u|his|her|their|your|ur|it|we|us)(?![\\p{L}']))[^.!?\\n])"

/** People and things whose death is not the writer's: a parent, a grandparent, a friend, a pet, a plant, a phone. */
export const OTHER_MORTALS = String.raw`(?:mum|mam|mom|mother|dad|da|father|gran|granny|nan|nana|grandma|grandmother|grandad|grandpa|granddad|grandfather|uncle|aunt|auntie|brother|sister|cousin|friend|husband|wife|son|daughter|cat|dog|pet|plants?|fish|hamster|rabbit|goldfish|tree|phone|battery|laptop|car|engine|parents|patient|neighbou?r|colleague|boss|best\s+friend|family)`
