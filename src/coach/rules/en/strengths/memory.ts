// A specific shared memory, plan or thing in common: "I'll never forget our trip to Lisbon", "I still
// think of our walk along the cliffs in Étretat", "We both love old Hitchcock films".
// Places and names count when a memory cue or "our/that/those" points at them ("I think about Lisbon",
// "that weekend in Porto": case-sensitive patterns see the capital), and so do single episodes of the
// reader's kindness ("the evening you carried me home") and thanks tied to one ("thanks for teaching me
// to drive"). Not a vague nostalgia ("we had good times") nor idealization ("we were the perfect couple"),
// nor a place of the writer's own life ("I moved to Leeds for work"), nor an episode told as the reader's
// fault ("you told me in March that you were leaving").

import { SARCASM } from '../../../lexicon/en/grievance.js'
import { NEGATION_WORDS, negationScope } from '../../../lexicon/en/negation.js'
import { MUM_OR_DAD } from '../../../lexicon/en/people.js'
import { WEEKDAYS } from '../../../lexicon/en/time.js'
import { defineRule, sentenceWith } from '../define.js'

/** Shared things that make a memory specific. */
const THING =
  'photos|pics|pictures|polaroids?|mixtapes?|trips?|holidays?|vacations?|walks?|weekends?|getaways?|dinners?|evenings?|mornings?|nights?|road trips?|summers?|winters?|christmas(?:es)?|diwalis?|eids?|hanukkahs?|thanksgivings?|easters?|holi|iftars?|bonfire nights?|halloweens?|dates?|songs?|cafés?|cafes?|coffees?|restaurants?|spots?|bench|beach|garden|kitchen|balcony|picnics?|hikes?|runs?|bike rides?|drives?|camping trips?|concerts?|festivals?|rituals?|traditions?|movie nights?|film nights?|game nights?|breakfasts?|brunche?s?|lunches?|dances?|first (?:date|kiss|dance|flat|apartment|home|holiday|trip|christmas|night)|(?:old |little |tiny |first )?(?:flat|apartment|house|cottage|cabin|car|van)|(?:old |little |tiny |first )place|inside jokes?|jokes?|conversations?|talks|chats|sundays|saturdays|fridays|adventures|travels|journeys?|dog|cat|puppy|kitten|garden|project|playlist|recipes?|honeymoon|anniversary|wedding|allotment|caravan|campervan|narrowboat|veg(?:etable)? patch|greenhouse|quiz nights?|crosswords?|swims?|sunsets?|sunrises?|late-night \\w+|lazy \\w+'
/** Past activities a couple does together (no fights, no break-ups). */
const DID =
  'met|first met|slept|sheltered|stood|queued|learn(?:ed|t) (?:to|how)|talked (?:all|until|till|for hours)|bumped into each other|ran into each other|got talking|got chatting|went|drove|walked|danced|cooked|baked|camped|hiked|swam|climbed|travel+ed|flew|sailed|moved in|got lost|got caught|got stuck|got engaged|got married|got our|got the|spent (?:hours|the (?:whole )?(?:day|night|weekend)|all (?:day|night)|that|our|every|in|at|on|by|together|a (?:week|weekend|night|day|month)|(?:\\w+ )?(?:days|nights|weeks|hours|evenings)|(?:building|restoring|renovating|painting|decorating|doing up|fixing up|exploring|travel+ing|backpacking|camping|cooking|baking|dancing|hiking|cycling|swimming|sailing|gardening|planting|wandering|learning|house-?hunting|getting lost|road-?tripping|driving round|driving around|watching|reading|singing|looking for|searching for|walking(?! on eggshells)))|stayed (?:up|in|at)|visited|watched|saw (?:the|that|our)|adopted|rebuilt|repainted|redecorated|renovated|did up|fixed up|put together|painted|laughed (?:so|until|till)|sang|sat (?:on|by|in|at|under)|kissed|found (?:that|the|our)|built|planted|took (?:the|that|a|our)|rented|explored|picked|played|ate|shared (?:a|that|our|the)|ran (?:the|that|our|a)|decorated|celebrated|biked|cycled|paddled|skied|missed (?:the|our|a|that)|caught (?:the|a|that)|got (?:soaked|drenched|sunburnt|sunburned|locked)|fell asleep|hid|snuck|sneaked|jumped|honeymooned|holidayed|eloped|courted|tried (?:to (?:build|cook|bake|fix|assemble|paint|learn|teach|climb|carry|catch|surf|ski|sail|camp|grow|put up|make (?!(?:it|things|this|us) work)))'
/**
 * Not after a negation in the same clause ("I don't remember", "I try not to think about"). Placed after
 * the keyword (cheaper than before it), so the window counts the keyword too.
 */
const notNegated = (window: number) =>
  `(?<!(?:{B}(?:${NEGATION_WORDS}|without|hardly|barely|dont|cant|wont|didnt|doesnt|wouldnt|couldnt|isnt|wasnt|havent|refuse to)|n't){E}${negationScope(window)})`
/**
 * A shared plan the reader is then said to have broken, later in the sentence: "We'd talked about getting a dog, and then
 * you decided on your own", "…, but you backed out".
 */
const NO_PLAN_BROKEN = String.raw`(?![^.!?\n]{0,80}?{B}(?:and |but |until |till )?(?:then |suddenly )?(?:you|u) (?:just |suddenly |then |simply )?(?:decided|never|didn'?t|did not|went|chose|changed|left|backed|pulled|bailed|called it off|broke|cancel+ed|gave up|wouldn'?t|refused)(?![\p{L}]))`
/** Times and places that, named with "that", point at one shared episode. */
const WHEN_WHERE =
  'week|weekend|winter|summer|spring|autumn|night|evening|morning|afternoon|day|holiday|trip|road trip|christmas|new year|birthday|january|february|march|april|may|june|july|august|september|october|november|december|bar|pub|café|cafe|restaurant|beach|bench|flat|apartment|cabin|cottage|hotel|hostel|campsite|park|bookshop|bakery|lake|island|village|place|gig|concert|festival|wedding|party|snowstorm|storm|heatwave|boat|ferry|train|walk|hike|picnic'
/** Things kept from a shared past. */
const KEEPSAKE =
  'photos?|pictures?|pics|polaroids?|postcards?|tickets?|ticket stubs?|stubs|letters?|notes?|playlist|mixtape|jumper|hoodie|scarf|ring|mug|records?|recipe|drawing|painting|card|cards|shells?|magnets?|wristbands?|bracelets?|badges?|keyrings?|lanyards?|programmes?|teapot|mugs|cups?|blanket|t-shirts?|shirts?|necklace|earrings|vinyls?|prints?|posters?|maps?|menus?|corks?|pebbles?|stones?|videos?|voicemails?|voice ?notes?|recordings?|birthday cards?|handwriting|shopping lists?'
/** Remembering verbs; a negation before them ("I don't remember") cancels. */
/** Verbs about things kept: only with a keepsake or "our ..." after them. */
const HOLD = `(?:(?:still )?listen to|still have|(?:'?ve )?still got|kept|found|came across|scroll(?:ed|ing)? through|looked at|look at|still make|still cook)${notNegated(50)}`
const RECALL = `(?:can'?t stop (?:thinking|dreaming) (?:of|about)|never forget|won'?t (?:ever )?forget|can'?t forget|(?:remember|recall|think (?:back )?(?:of|about)|thinking (?:back )?(?:of|about)|miss|cherish|treasure|smile (?:at|about|when i think of|thinking about)|dream (?:of|about)|keep (?:thinking|coming back) (?:of|about|to)|can still (?:see|hear|picture|smell|taste|feel)|still (?:see|hear|picture)|picture|reminds? me of|made me think of|brought back|brings back|'?ll always remember|will always remember|think of you (?:when|whenever|every time)|walked past|walk past|went back to|go back to|keep going back to|still laugh (?:about|at|when i think (?:of|about)))${notNegated(50)})`

/** Capital and small letters, written out (the engine has no \p{Lu}: see engine/ascii-flags.ts). */
const UP = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE'
const LOW = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF'
/** Capitalized words that are not a place or a name: months, days, feasts, apps, family titles, pronouns. */
const NOT_NAME = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun|Christmas|Xmas|Easter|Halloween|New Year|Valentine|Instagram|Insta|Facebook|WhatsApp|Whatsapp|Twitter|TikTok|Tiktok|Snapchat|Snap|Tinder|Hinge|Bumble|Netflix|Spotify|YouTube|Youtube|Google|Zoom|Skype|FaceTime|Facetime|Messenger|Mum|Mom|Mummy|Mommy|Mam|Dad|Daddy|Mama|Papa|Nan|Gran|God|Jesus|Christ|The|This|That|These|Those|My|Your|You|We|Our|He|She|They|His|Her|Their|It|And|But|So|Oh|Ok|Okay|Love|Dear|Please|Sorry|Thanks|Thank)s?(?![${LOW}${UP}'-])`
/** A place or a name: a Capitalized word that is none of the above ("Lisbon", "Étretat", "Rue Oberkampf", "Priya's"). */
const NAME = `(?!${NOT_NAME})[${UP}][${LOW}]+(?:['-][${UP}${LOW}]+)*(?![${LOW}${UP}])`
/** Case-sensitive "not after a negation" (a capital only at a sentence start). */
const notNegatedCs = (window: number) =>
  `(?<!(?:{B}(?:[Nn]ot|[Nn]ever|no longer|[Nn]o|nothing|without|hardly|barely|[Dd]ont|[Cc]ant|[Ww]ont|[Dd]idnt|[Dd]oesnt|[Ww]ouldnt|[Cc]ouldnt|[Hh]avent|refuse to)|n't){E}${negationScope(window)})`
/**
 * A few small words between a memory cue and the place: no one else's doings ("I miss you since I moved
 * to Leeds", "I remember when you went to Rome", "my trip to Oslo") and no work, study or moving house.
 */
const SMALL_WORDS = `(?:(?!(?:you|u|ur|he|she|they|him|her|them|his|their|i|me|my|myself|it|everything|anything|nothing|something|things|stuff|what|happened|whatever|why|work|job|uni|school|college|course|conference|hospital|moved|moving|move|living|lived|live|left|leaving|leave|without|alone|since|after|because|until|till|talking|talk|speaking|writing|wrote|texting|saying|said|told|telling|arguments?|fights?|fought|rows?|breakup|break-up|split|divorce|counsel+ing|counsel+ors?|therapy|therapists?|mediation|court|solicitors?|lawyers?|funeral|goodbye|being|lonely|sad|miserable|unhappy|depressed|sick|ill|stuck|alone)(?![${LOW}]))[${LOW}0-9'-]+ |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days? )`
/** Prepositions before a place, and words that can carry "to"/"from" a place (not "talking to Anna"). */
const AT_PLACE = `(?:in|at|on|near|by|after|before|along|around|outside|off|across|above|over|under|behind|through|(?:(?:trips?|drives?|journey|flights?|trains?|ferry|boat|bus|rides?|walks?|hikes?|holidays?|visits?|went|go|going|drove|flew|sailed|cycled|walked|way|move|back|photos?|pictures?|pics|polaroids?|postcards?|tickets?|souvenirs?|magnets?|shells?|way home|way back) (?:to|from)))`
/** Remembering cues, case-sensitive (only a sentence start is capitalized). */
const CUE_CS = `(?:[Rr]emember|[Rr]ecall|[Tt]hink(?:ing)? (?:back )?(?:of|about|to)(?! (?:going|moving|heading|relocating|applying|visiting|travel+ing|flying|getting)(?![${LOW}]))|[Mm]iss|[Mm]issing|never forget|can'?t forget|won'?t (?:ever )?forget|always remember|dream(?:ing)? (?:of|about)|[Pp]icture|can still (?:see|hear|picture|smell|taste)|still (?:see|picture|smile at|laugh about)|(?:[Ww]ent|[Gg]o|[Gg]oing|been|[Gg]et) back to|[Ww]alk(?:ed)? past|[Dd]r(?:o|i)ve past|passed|[Ll]ove[ds]? (?:our|those|that)|[Cc]herish|[Tt]reasure|still have|kept|found|[Ss]till (?:make|cook|listen to|wear)|reminds? me of|made me think of|takes? me (?:right |straight |all the way )?back to|took me (?:right |straight |all the way )?back to)`
/** An episode or a place that "our", "that" or "those" make one shared thing. */
const EPISODE =
  'weekends?|weeks?|summers?|winters?|springs?|autumns?|nights?|evenings?|mornings?|afternoons?|days?|holidays?|trips?|road trips?|getaways?|walks?|hikes?|picnics?|dinners?|breakfasts?|brunch(?:es)?|lunch(?:es)?|swims?|drives?|rides?|concerts?|gigs?|festivals?|weddings?|parties|party|honeymoon|anniversary|birthday|first date|first kiss|date|flat|apartment|house|cottage|cabin|room|studio|place|caf[ée]s?|bars?|pubs?|restaurants?|bench|beach|lake|park|market|bakery|bookshop|campsite|hotel|hostel|ferry|train|cliffs|hill|garden|allotment|balcony|terrace|rooftop|pier|boat|scooter|motorbike|moped|tandem|campervan|camper|caravan|tuk-tuk|rickshaw|gondola|kayak|canoe|tent|tram|bus|night bus|coach|sleeper train|[Bb]&[Bb]|[Bb]n[Bb]|guest ?house|inn|bothy|chalet|villa|farmhouse|[Aa]irbnb|[Aa]ir [Bb]n[Bb]|motel|stall|diner|chippy|chip shop|taverna|trattoria|bistro|shack|beach hut|lodge|treehouse|houseboat|narrowboat'

/**
 * How a complaint tells a shared habit or place: as dreary, tense or lonely ("Our evenings at home were silent", "our
 * Sunday lunches at your mother's were always tense", "our holidays were mostly spent arguing"). Not a memory to bring
 * back, unless the sentence also warms to it (see {@link WARMED}).
 */
const DREARY =
  '(?:total |complete |stony |awkward |dead |near |utter )?silen(?:t|ce)|tense|dull|boring|awkward|lonely|miserable|damp|cold|a (?:disaster|chore|drag|slog|battle|struggle|trial|grind)|disastrous|exhausting|draining|tiring|tedious|joyless|grim|bleak|strained|stiff|frosty|uncomfortable|an ordeal|torture|stressful|hollow|soulless|loveless|empty|one long (?:row|argument|fight|silence|sulk)|(?:spent )?(?:arguing|fighting|bickering|rowing|sulking|in silence)|(?:all |only |mostly |just )?about (?:bills|money|the bills|the mortgage|logistics|who (?:does|did|would|pays|paid))|chores|errands'
/** Words that warm a sentence that also names hardship: "Our first flat was damp and tiny and I loved it". */
const WARMED =
  "lov(?:e|ed|ely|ing)|miss(?:ed|ing)?|favou?rite|best|laugh\\w*|smil\\w*|happ\\w*|worth it|fun|magic\\w*|cos[yi]\\w*|cozy|wouldn'?t (?:change|trade)|treasure\\w*|cherish\\w*|precious|peaceful|comfortable|perfect|beautiful|wonderful|sweet|adventure|still (?:think|remember|makes?)|somehow|and yet|even so"
/** The reader's fault told in the same clause: "that weekend in Porto you told me it was over". */
const NO_FAULT_AFTER = `(?![^.!?\\n,;]{0,50}?{B}(?:you|u|he|she) (?:\\w+ )?(?:told|said|left|didn'?t|did not|barely|never|walked|stopped|decided|ended|broke|kissed (?!me)|slept|cheated|lied|ignored|forgot|chose|went|wouldn'?t|couldn'?t|refused|yelled|screamed|shouted|dumped)(?![\\p{L}]))`
/** The writer's own fault at a scene: "I was out of order", "I lied", "I spent the whole time on my phone". */
const OWN_FAULT =
  'i (?:(?:was|got) (?:(?:so|really|completely|totally|way|well|bang|such|a bit|pretty|bloody)\\s+)*(?:out of order|out of line|rude|awful|horrible|horrid|cruel|vile|nasty|cold (?:to|with|towards) (?:you|u)|unkind|mean|vicious|a (?:jerk|idiot|prat|nightmare|dick|prick|brat|bully)|an (?:idiot|arse|ass))(?: to (?:you|u|your \\p{L}+|ur \\p{L}+))?|took it out on|snapped at|shouted at|yelled at|screamed at|swore at|lashed out at|walked out on|stormed out|let (?:you|u) down|lied|made a scene|lost my temper|picked a fight|started (?:a|the) (?:fight|row|argument)|humiliated (?:you|u)|embarrassed (?:you|u)|ignored (?:you|u)|left (?:you|u) (?:alone|there|on (?:your|ur) own|stranded|to)|spent the whole (?:time|night|evening|day|weekend|trip|party|dinner) (?:on my phone|sulking|drinking|working|ignoring|texting)|got (?:(?:so|really|completely|totally|way too|far too|too|blind|stupidly|horribly|absolutely)\\s+)*(?:drunk|wasted|hammered|pissed|plastered|smashed|legless|trashed|steaming|off my face|high)|called (?:you|u) (?:(?:a|an)\\s+(?:(?:fucking|bloody|stupid|total|complete|lying)\\s+)?(?:liar|cheat|slag|slut|bitch|idiot|psycho|loser|failure|joke|embarrassment|whore|cow|snob)|names|(?:selfish|lazy|stupid|crazy|pathetic|useless|boring|frigid|fat|ugly|mental|paranoid|hysterical))|flirted (?:with|all night)|cheated|disappeared (?:for|with|off))(?![\\p{L}])'
/**
 * Not a place the writer cannot pass ("I can't even walk past our old café", "I try not to walk past"): the negation
 * right before the verb, not anywhere in the 40 characters before (a "without" in the clause before does not negate).
 */
const NOT_PASSING =
  "(?<!{B}(?:can'?t|cannot|cant|couldn'?t|couldnt|won'?t|wont|don'?t|dont|didn'?t|didnt|never|not|no longer|barely|hardly)(?:\\s+(?:even|ever|bring myself to|stand to|bear to|face|want to|be able to|manage to|go and|to))*\\s+)"
/** Places a couple goes back to: "the ramen place", "that bakery", "our pub". */
const PLACE_WORD =
  '(?:place|café|cafe|pub|bar|restaurant|bakery|shop|park|bench|spot|corner|chippy|takeaway|noodle bar|cinema|bookshop|market|deli|diner|bistro|tapas bar|pizzeria|gelato place|ice cream place|record shop|bridge|pier|lido)'
/** Cues that can take a place directly: "I think about Lisbon", "I went back to Étretat". */
const CUE_DIRECT = `(?:[Rr]emember|[Tt]hink(?:ing)? (?:back )?(?:of|about|to)|[Mm]iss|[Mm]issing|never forget|can'?t forget|won'?t (?:ever )?forget|dream(?:ing)? (?:of|about)|(?:[Ww]ent|been) back to|[Ww]alk(?:ed)? past|[Dd]r(?:o|i)ve past|reminds? me of|made me think of|takes? me (?:right |straight |all the way )?back to|took me (?:right |straight |all the way )?back to)`
/** Words that end a name as the subject of a clause: a person, not a place ("I remember Sarah said"). */
const NAME_AS_PERSON = `(?! (?:(?:and|&|with) (?:you|u|him|her|them|me|it|how|what|why|that|the way|i|i'm|im|he|she|they)|said|says|told|tells|is|was|has|had|did|does|would|will|must|might|knows?|thinks?|wants?|feels?|felt|could|should|can|cannot|isn'?t|wasn'?t)(?![${LOW}]))`
/** Kind things the reader did that make one episode: "the evening you carried me home". */
const KIND =
  'carried (?:me|us|my)|cooked|baked|made (?:me|us|dinner|breakfast|pancakes|that|the|a|my|everyone)|taught me|surprised me|drove (?:me|us|all|through|across|overnight|for hours|hundreds of|the whole way)|left (?:the |a )?(?:porch |hallway |hall |landing |kitchen |front )?lights? on(?: for me)?|took me|picked me up|brought (?:me|us)|sang|danced|held me|held my hand|showed me|introduced me|wrote (?:me|that)|painted|looked after me|nursed (?:me|us|my)|stayed up|sat (?:with me|up with me|by my|with my)|came (?:to|all the way|with me)|turned up (?:with|at my)|met my|fell asleep|laughed (?:so|until|till)|got us|booked|planned|fixed|built|kissed me|said yes|asked me (?:out|to)|read to me|walked me|made me laugh|helped me|stood up for me|cut my hair|knitted|drew|found (?:me|us|that|the)|let me win|won'

/** What the reader did that hurt, as an -ing: not a routine to bring back ("you shouting at me in the car"). */
const GRIEF_ING =
  '(?:being|shouting|yelling|screaming|crying|leaving|lying|cheating|ignoring|texting|messaging|seeing|sulking|slamming|nagging|moaning|complaining|criticising|criticizing|telling|saying|walking out|storming|going off|packing|drinking|flirting|checking|scrolling|snapping|getting angry|losing it|not|never|refusing)'
/** A fragment's scene judged by what follows: "You driving in the snow terrified me". */
const NOT_JUDGED = String.raw`(?![^.!?\n]{0,80}?(?:{B}(?:was|were|is|are) (?:the worst|awful|horrible|hell|a nightmare|unbearable|too much)|{B}(?:made me (?:feel|cry|sick)|scared me|terrified me|embarrassed me|humiliated me|drove me (?:mad|crazy|nuts|up the wall)|did my head in|wound me up|got on my nerves)(?![\p{L}])))`

export default defineRule({
  id: 'memory',
  kind: 'strength',
  severity: 'info',
  sixRule: 'seduction',
  title: 'Memory',
  summary: 'A specific memory, plan or taste the writer and the reader share.',
  message:
    'A specific shared memory. It brings back something real you both lived; one or two like this say more than "we had good times".',
  patterns: [
    {
      id: 'recall',
      // "I'll never forget our trip to Lisbon", "Do you remember the night we got lost in Rome?"
      re: `{B}${RECALL}\\s+[^.!?\\n]{0,40}?(?:{B}our (?:sunday|saturday|friday|morning|evening|late-night|late night|night-time|weekly|annual|summer|winter|christmas|birthday|little|silly|first|usual|favou?rite|long|lazy|old) (?!(?:life|lives|relationship|love|days|times|selves|self|us|fights?|arguments?)(?![\\p{L}]))\\p{L}{3,}(?:\\s+(?!(?:and|but|or|with|at|in|on|to|from|when|where|we|i|you|that|which)(?![\\p{L}]))\\p{L}{3,}){0,2}(?:\\s+(?:and|n|&)\\s+(?:chips|fries|mash|peas|beans|butter|jam|cheese|wine|tonic|roll|dip|gravy|noodles|rice)(?![\\p{L}]))?|{B}our (?:(?:\\p{L}+[- ])?\\p{L}+ )?(?:${THING})(?![\\p{L}])|{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|summer|winter|spring|autumn|fall|week|time|first time|trip|holiday|moment|year|christmas|birthday|road trip|concert) (?:when )?we (?:first |once |both |all )?(?:${DID})(?![\\p{L}])|{B}when we (?:first |once |both )?(?:${DID})(?![\\p{L}])|{B}(?:that|the|those) (?:\\p{L}+ )?(?:trip|weekend|summer|holiday|vacation|walk|dinner|evening|night|concert|festival|picnic|hike|road trip|café|cafe|restaurant|bar|pub|beach|bench|song|flat|apartment|cabin|cottage|hotel|drive|swim|ride|stroll|truck|food truck|stall|diner|bakery|bodega|deli|chippy|shack|pier|fair|funfair|fairground|carnival|fete|fête|gig|market|zoo|aquarium|museum|gallery|cinema|fireworks|lake house|lake|arcade|bowling alley|karaoke night|campsite)s? (?:(?:out|up|down|over|back) )?(?:in|to|at|on|along|by|near|outside|behind|opposite|next to|with|where|when|we){E})|{B}(?:${RECALL}|${HOLD})\\s+(?:the|those|that|our|your|all (?:the|our|your)) (?:[\\p{L}'-]+ ){0,2}?(?:${KEEPSAKE}) (?:from|of us|of (?:our|the|that)|(?:you|u) (?:sent|gave|made|wrote|took|drew|left|recorded|filmed|bought|knitted|got)(?! (?:to|for) (?!(?:me|us)(?![\\p{L}]))\\p{L})|we (?:took|bought|made|wrote|got))(?![\\p{L}])|{B}remember (?:when|how) we (?!(?:(?:used to|would|'d|always|once)\\s+)?(?:fought|fight|argued|argue|broke up|split|stopped|agreed|decided|said|promised|swore|shouted|screamed|yelled|ignored|avoided|never)(?![\\p{L}]))\\p{L}+|{B}${HOLD}\\s+our (?:[\\p{L}'-]+ ){0,2}?(?:${THING})(?![\\p{L}])`,
    },
    {
      id: 'our-thing',
      // "Our walks along the canal", "our first date at that tiny Italian place", "our song".
      re: `(?:{B}our${notNegated(28)} (?:[\\p{L}\\d'-]+\\s+){0,2}?(?:(?:first|last|old|little|favou?rite|long|lazy|late-night|annual|weekly|sunday|saturday|summer|winter|spring|autumn|road|beach|camping|crazy|silly|endless|early|secret|special)\\s+)*(?:${THING})\\s+(?:to|in|at|on|along|by|through|around|across|near|under|over|with|up|down|into|from|after|before|together|every|each|where|when|in the|back in|last|that){E}|{B}our${notNegated(28)} (?:song|little song|spot|secret spot|special place|inside jokes?|first dance|wedding song|wedding dance|first kiss)(?![\\p{L}])|{B}(?<span>our${notNegated(28)} (?:(?:dumb|silly|little|old|lazy|usual|long|sacred|daily|weekly)\\s+)?(?:sunday|saturday|friday|monday|tuesday|wednesday|thursday|weekend|weekly|nightly|morning|evening|late[- ]night|bedtime|christmas|birthday|anniversary|summer|winter|autumn|spring)(?:[- ](?:night|morning|evening|afternoon))? (?!(?:fights?|arguments?|rows?|was|were|is|are|has|had|have|and|but|or|together|plans?|off|together)(?![\\p{L}]))\\p{L}{3,}(?: (?:thing|things|ritual|nights?|mornings?|tradition|dates?|walks?|calls?))?))`,
    },
    {
      id: 'the-time-we',
      // "The night we got lost in Rome", "that summer we drove to Spain".
      re: `{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|summer|winter|spring|autumn|fall|week|time|first time|trip|holiday|moment|year|christmas|new year'?s(?: eve)?|birthday|road trip|concert|party) (?:when )?we (?:first |once |both |all )?(?:${DID})(?![\\p{L}])(?!\\s+(?:apart|arguing|fighting|not speaking|in silence)(?![\\p{L}]))|{B}(?:that(?! (?:the|a|an|my|your|his|her|its|their) )|those)${notNegated(30)} (?:(?!(?:you|u|he|she|they|i)(?![\\p{L}]))[\\p{L}'-]+ ){0,2}?(?:${WHEN_WHERE}) (?:in|at|on|by|near|along|to|from|with|under|up|when we|where we|we)(?![\\p{L}])(?! (?:town|my (?:head|mind)|him|her|them|case)(?![\\p{L}]))(?![^.!?\\n,;]{0,40}?{B}(?:you|u|he|she) (?:\\w+ )?(?:told|said|left|didn'?t|did not|barely|never|walked|stopped|decided|ended|broke|kissed|slept|cheated|lied|ignored|forgot|chose|went|were|was|wouldn'?t|couldn'?t|refused)(?![\\p{L}]))|{B}(?<!(?:going|coming|invited|go|come|get|got) to )the (?:wedding|gig|concert|festival|trip|road trip|holiday|honeymoon|weekend away|snowstorm|barbecue|bbq|braai|ceilidh|christening|reunion|picnic) (?:in|at|to|on)(?![\\p{L}])${NO_FAULT_AFTER}(?!\\s+(?:you|u|me|yourself|(?:your|ur|my) own)(?![\\p{L}]))(?![^.!?\\n]{0,40}?{B}(?:next|tomorrow|booked|coming up|will be|'ll be|is on|is off|cancelled|canceled|soon)(?![\\p{L}]))|{B}the (?:(?!(?:you|u|he|she|they|i|way|mistakes?|promises?|fights?|things|stuff)(?![\\p{L}]))[\\p{L}'-]+ ){1,2}?we (?:${DID})(?![\\p{L}])|{B}(?:the|that) (?:${WHEN_WHERE}) (?:where|when) we (?:first |once |both )?(?:${DID})(?![\\p{L}])|{B}the (?:years|months|summers|time|weekends|days) we (?:had|spent|shared|lived) (?:in|at|on|by|together in)\\s+\\p{L}`,
    },
    {
      id: 'in-common',
      // Tastes, habits and plans in common: "we both love jazz", "we used to cook every Sunday".
      re: `{B}we (?:both|all|each) (?:(?:always|still|really|secretly)\\s+)?(?:love|loved|like|liked|enjoy|enjoyed|adore|adored|share|shared|hate|hated|can'?t stand|couldn'?t stand|grew up (?:in|near|on|with|by)|were (?:into|obsessed with|crazy about|fans of)|are (?:into|obsessed with|crazy about|fans of)|laugh(?:ed)? at|cried at|knew every word|know every word)\\s+(?!(?:each other|one another|the blame|blame|responsibility|the responsibility|you|u|us|it|(?:this|that)(?=\\s*(?:[.!?,;…]|$)|\\s+(?:about|when|you|u|we|i|too|so|most|more|very|part|feeling|moment)(?![\\p{L}]))|him|her|them|the same (?:fears|mistakes|problems)){E})\\p{L}|{B}we (?:were|are|'?re) (?:both|all) (?:(?:so|really|totally|completely|properly|a bit)\\s+)?(?:obsessed with|into|crazy about|mad about|addicted to|hooked on|(?:big |huge )?fans of)\\s+(?!(?:each other|one another|you|u|us|it|this|that|him|her|them)(?![\\p{L}]))\\p{L}|{B}we (?:always )?used to (?:cook|bake|walk|go|dance|watch|read|play|sing|hike|travel|drive|run|swim|cycle|bike|sit|stay up|talk for hours|make|visit|take|spend|camp|paint|listen|feed|sleep in|fall asleep)(?![\\p{L}])|{B}we (?:always |once |often |even )?(?:talked about|planned|dreamed (?:of|about)|dreamt (?:of|about)|said we(?:'?d| would)|promised (?:each other|ourselves) we'?d|wanted to|were going to|were saving (?:for|up for|to)|were saving up to)\\s+(?:going|visiting|moving|getting (?:a|our)|adopting|travel+ing|opening|buying|seeing|having (?:a|our)|taking|building|learning|starting|go|visit|move|adopt|travel|buy|see|take|open|start|build|learn|get (?:a|our))\\s+\\p{L}|{B}we (?:always |once |often |even )?(?:talked about|planned|dreamed (?:of|about)|dreamt (?:of|about)|wanted to|were going to)\\s+(?:getting married|get married|having (?:kids|children|a baby)|have (?:kids|children|a baby))|{B}our (?:(?:big|crazy|old|little|shared|secret)\\s+)?(?:plans?|dreams?|idea) (?:to|of) (?:go|going|visit|visiting|move|moving|get|getting|adopt|adopting|travel|travel+ing|open|opening|buy|buying|see|seeing|take|taking|build|building|learn|learning|start|starting|live|living|spend|spending|rent|renting|sail|sailing|drive|driving|walk|walking|cycle|cycling|hike|hiking){E}|{B}we (?:once |always )?spent (?:that|those|the whole|a whole|all|every|our|so many|whole) (?:\\p{L}+ )?(?:summer|winter|spring|autumn|weekend|weekends|evenings|nights|days|sundays|saturdays|holiday|holidays|afternoons|mornings)(?![\\p{L}])|{B}(?:our|a shared|the same) (?:shared )?(?:love|passion) (?:of|for)\\s+(?!(?:the ages|life|each other|all time)(?![\\p{L}]))\\p{L}|{B}(?:something|one thing|the things?) we (?:both )?(?:shared|loved|had in common|both love|both loved)|{B}we (?:never|didn'?t) (?:did |ever |quite )?(?:make it|made it|go|went|get|got|manage to get|manage to go|visit)(?: back)? to\\s+(?!(?:say|see|talk|meet|know|finish|do|be|have|make|explain|try|tell|hear|hold|kiss|go|the point|that point|court|counsel\\p{L}*|therapy)(?![\\p{L}]))\\p{L}|{B}(?:like|as) we (?:always )?(?:used to|did)(?: do)? (?:at|in|on|by|along|every|that)(?![\\p{L}])|{B}we (?:were planning|had planned|'?d planned|planned|were saving for|booked) (?:(?:a|our|the) (?:trip|holiday|wedding|road trip|weekend|move|honeymoon|christmas|summer)|to (?:go|visit|move|travel|drive|fly|spend|get married|adopt|sail|hike)|christmas|new year|\\p{L}+ (?:in|at|to)(?![\\p{L}]))|{B}our (?:life|lives|years|time|days|months|summers|winters|weekends|first (?:year|months)) (?:in|at|on|by|near) \\p{L}`,
    },
    {
      id: 'place',
      // A place or a name remembered: "I think about Lisbon more than I should", "I went back to the
      // cliffs at Étretat", "that weekend in Porto", "the little flat on Rue Oberkampf". Case-sensitive,
      // so a capital (not a month, a day, an app or "I") marks the place.
      caseSensitive: true,
      re: `{B}(?:never|can'?t|won'?t|couldn'?t) (?:go|walk|drive|pass|be) (?:back to|past|through|in|near) (?:the )?${NAME} (?:[${LOW}'-]+ ){0,3}?without (?:thinking|remembering|smiling|missing)|{B}${CUE_DIRECT}${notNegatedCs(50)} (?:the )?${NAME}${NAME_AS_PERSON}${NO_FAULT_AFTER}|{B}${CUE_CS}${notNegatedCs(50)} (?:(?:our|all (?:our|the|those)|(?:you|u) (?:laughing|dancing|singing|smiling|swimming|cooking|reading|painting|playing|sleeping|asleep|curled up|snoring|shivering|grinning|soaked|wrapped up|dozing|arguing|teaching me|carrying me|holding)) )?${SMALL_WORDS}{0,6}?${AT_PLACE} (?:the )?${NAME}${NO_FAULT_AFTER}|{B}(?:[Oo]ur|[Tt]hat(?! (?:the|a|an|my|your|his|her|its|their) )|[Tt]hose)${notNegatedCs(28)} ${SMALL_WORDS}{0,2}?(?:${EPISODE}) ${SMALL_WORDS}{0,4}?${AT_PLACE} (?:the )?${NAME}${NO_FAULT_AFTER}|{B}[Tt]he (?:little|old|tiny|first|cosy|cozy|shabby|crappy|damp|funny little|tiny little|ugly|beautiful|lovely|cheap) ${SMALL_WORDS}?(?:${EPISODE}) ${AT_PLACE} (?:the )?${NAME}${NO_FAULT_AFTER}|{B}[Tt]he (?:(?!(?:work|business|school|stag|hen|solo|boys|girls|lads|office|company|team|uni|college|next|coming|upcoming|following|other|same)(?![${LOW}]))[${LOW}]+ )?(?:weekend|week|summer|trip|road trip|holiday|picnic|wedding|concert|gig|festival|honeymoon|night|evening|afternoon|morning|day|walk|hike|swim) ${SMALL_WORDS}{0,3}?${AT_PLACE} (?:the )?${NAME}(?![^.!?\\n]{0,40}?{B}(?:next|tomorrow|booked|coming up|will be|'ll be|is on|is off|cancelled|canceled)(?![\\p{L}]))${NO_FAULT_AFTER}`,
    },
    {
      id: 'you-did',
      // One episode of the reader's kindness: "the evening you carried me home from the festival", "I
      // still make the curry you taught me".
      re: `{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|time|summer|winter|christmas|birthday|year|week|first time) (?:when |that )?(?:you|u) (?:first |once |even )?(?:${KIND})(?![\\p{L}])|{B}(?:remember|recall|think (?:back )?(?:of|about)|never forget|picture|miss) (?:when|the way|how) (?:you|u) (?:first |once |even )?(?:${KIND})(?![\\p{L}])|{B}(?:laugh|smile|grin)(?:ing)? (?:about|at|thinking (?:of|about)|when i think (?:of|about)) (?:you|u|us|the two of us|you and me|(?:your|ur|my|our) (?:dad|mum|mom|nan|gran|granny|grandad|brother|sister|dog|cat|uncle|aunt|aunty|auntie|cousin|parents|family|kids)) (?!(?:leaving|walking|cheating|lying|yelling|screaming|shouting|ignoring|storming|crying)(?![\\p{L}]))\\p{L}+ing(?![\\p{L}])|{B}(?:still|always|sometimes) (?:make|cook|bake)s? (?:your|ur|our) (?:[\\p{L}-]+'s|[\\p{L}-]+ (?:recipe|soup|stew|curry|pasta|risotto|cake|bread|pancakes|cookies|pie|lasagne|lasagna|chilli?|dal|dahl|sauce|ragu|ragù|biscuits))(?![\\p{L}])|{B}(?:still|always|(?:i'?ve|i have) been|i keep|i'?m still) (?:make|cook|bake|wear|use|play|sing|read|listen to|watch|hum|making|cooking|baking|wearing|using|playing|singing|reading|listening to|watching|humming)\\s+(?:the|that|those|your|our) (?:[\\p{L}'-]+ ){0,2}?(?:you|u) (?:taught|showed|gave|made|cooked|wrote|sang|painted|drew|knitted|bought|got|picked|recommended|introduced)(?![\\p{L}])`,
    },
    {
      id: 'thanks-for',
      // Thanks tied to one shared episode: "thank you for sitting with me when my dad was in hospital",
      // "thanks for teaching me to swim". Thanks for being "there" or "patient" in general is gratitude only.
      re: `{B}(?:thank you|thank u|thanks|thx|ty|grateful)${notNegated(30)}[^.!?\\n]{0,40}? for [^.!?\\n]{0,60}? when (?:i|my|we|you|u|dad|mum|mom|your|our)\\s+(?:\\p{L}+ ){0,2}?(?:was in (?:the )?hospital|were in (?:the )?hospital|(?:was|were|got|fell) (?:sick|ill)|broke|lost|applied|started|moved|hit|crashed|failed|passed|graduated|got (?:fired|sacked|laid off|my|the|into|stuck|lost)|had (?:my|the|surgery|covid|an? (?:operation|accident|exam|interview|panic attack)))(?![\\p{L}])|{B}(?:thank you|thank u|thanks|thx|grateful)${notNegated(30)}[^.!?\\n]{0,40}? for (?:(?:all )?the (?:time|times|evenings?|nights?|weekends?) )?(?:teaching me (?:how )?to|showing me how to|(?:sitting|staying) (?:up )?with (?:me|my)|driving me to|carrying me|nursing me|looking after (?:me|my|\\p{L}+) (?:when|while|after|through|in))\\s+\\p{L}|{B}(?:thank you|thank u|thanks|thx|grateful)${notNegated(30)}[^.!?\\n]{0,40}? for (?:the way|how) (?:you|u) (?:${KIND})[^.!?\\n]{0,40}?{B}(?:through (?:the|my|that|those)|when (?:i|my|we)|(?:that|those|the) (?:${WHEN_WHERE})s?|after (?:my|the)|during (?:the|my|that))(?![\\p{L}])`,
    },
    {
      id: 'shared',
      // More shapes of a shared past: "the night the power went out and we ate cold pizza on the roof", "we
      // always said we'd drive the Ring of Kerry", "I kept the teapot we bought in Jaipur", "our favourite
      // colour", "the flat's too quiet without you singing", "songs you showed me", "you were beside me when
      // Dad died", "thank you for looking after my mother those last months", "I haven't forgotten how you
      // sat with my mother", "I think of you teaching my father to use WhatsApp", "the Skye trip".
      re: `{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|summer|winter|time|week|christmas|year) (?:when |that )?(?!(?:you|u|i)(?![\\p{L}]))(?![^.!?\\n,;]{0,40}?(?:{B}(?:not|never|no)(?![\\p{L}])|n't))[^.!?\\n,;]{3,50}?\\s(?:and|so|when) we (?:all |both )?(?:${DID})(?![\\p{L}])|{B}we (?:always |once |often |even |used to )?(?:said|talked about|promised|planned|swore|dreamed|joked|agreed)(?: (?:that|how|about how))?\\s+(?:one day\\s+)?(?:we'?d|we would|we were going to|we'?re going to|we should)\\s+(?:one day\\s+|someday\\s+|finally\\s+)?(?:go|drive|visit|see|take|walk|travel|sail|fly|learn|buy|move|open|build|retire|cycle|hike|climb|swim|adopt|get (?:a|married|a dog)|have (?:a|our)|do (?:the|that)|spend|live|run|ride|camp|dance|cook)(?![\\p{L}])|{B}(?:kept|keep|still have|still use|found|came across|held on to|hung on to|look at|think of|miss|remember|love|treasure)${notNegated(40)}\\s+(?:the|that|those|our|a|all the|both)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:we|you and i|you & i) (?:(?:once|first|both)\\s+)?(?:bought|got|found|made|picked|won|painted|built|planted|carved|chose|adopted|framed|brought back|named)(?![\\p{L}])|{B}our (?:(?:old|shared|joint|mutual)\\s+)?(?:favou?rite|fave|fav) (?:colou?r|song|band|singer|film|movie|show|series|book|food|meal|dish|place|restaurant|pub|bar|café|cafe|beach|walk|game|album|drink|cocktail|pizza|takeaway|holiday|city|spot)s?(?![\\p{L}])|{B}we (?:always|would always|used to always|'?d always)\\s+(?:have|had|make|made|eat|ate|go|went|watch|watched|do|did|spend|spent|walk|walked|cook|cooked|get|got|play|played)\\s[^.!?\\n]{1,40}?\\s(?:on|every) (?:sundays|saturdays|fridays|mondays|tuesdays|wednesdays|thursdays|weekends|sunday|saturday|friday|christmas|birthdays|holidays|summer|new year'?s?|(?:your|ur|my|our|each other'?s) (?:birthdays?|anniversary))(?![\\p{L}])|{B}(?:too quiet|so quiet|quiet|empty|not the same|strange|weird|too big|too tidy) without (?:you|u) (?!(?:here|around|in it|there|me|shouting|yelling|screaming|arguing|nagging|moaning|complaining|critici[sz]ing|slamming|sulking|crying|fighting|picking|snoring|leaving|lying)(?![\\p{L}]))\\p{L}+ing(?![\\p{L}])|{B}(?:ones?|songs?|bands?|books?|films?|movies?|recipes?|places?|shows?|albums?)${notNegated(20)} (?:that )?(?:you|u) (?:showed|introduced|taught|gave|recommended|played|lent|sent) (?:me|to me)(?![\\p{L}])|{B}(?:you|u) (?:were|was) (?:the one\\s+)?(?:(?:so|always|really|incredibly)\\s+)?(?:there|beside me|by my side|with me|next to me|patient|kind|gentle|good to me|amazing|wonderful|a rock|holding my hand|the one beside me|the one with me)(?:\\s+(?:with|to|for) (?:me|us))?\\s+(?:[^.!?\\n,]{0,20}?\\s)?when (?:my |our )?(?:dad|mum|mom|father|mother|nan|gran|grandma|grandmother|grandad|grandfather|brother|sister|dog|cat|granny|papa|mama)(?:'s\\s+\\p{L}+)? (?:died|passed(?: away)?|was (?:ill|sick|dying|in hospital|diagnosed)|got (?:ill|sick)|had (?:cancer|surgery|a stroke|the operation|chemo))(?![\\p{L}])|{B}(?:thank you|thank u|thanks|thx|grateful|thankful)${notNegated(30)}[^.!?\\n]{0,30}? for (?:looking after|caring for|nursing|sitting with|staying with|getting (?:me|us) through|driving (?:me|up|down|all the way)|visiting|holding)\\s+(?:[^.!?\\n]{0,40}?\\s)?(?:my (?:${MUM_OR_DAD}|nan|gran|grandma|grandmother|grandad|grandfather|brother|sister)|(?:dad|mum|mom|nan|gran)'s \\p{L}+|those (?:last |final )?(?:months|weeks|days|years)|that (?:year|summer|winter|night|week|spring|autumn))(?![\\p{L}])|{B}(?:haven'?t|have not|never|not) forgotten (?:how|the way|when|the (?:day|night|time|evening|morning)) (?:you|u) (?:first |once |even )?(?:${KIND})(?![\\p{L}])|(?<=(?:smile|see|saw|pass|still have|kept|keep|think of|remember|miss|look at|wear|use|love|treasure)[^.!?\\n]{0,60}){B}(?:the|that|those) (?:[\\p{L}-]+ ){0,3}?(?:you|u) (?:made|built|painted|drew|knitted|planted|carved|wrote|baked|sewed|gave me|bought me)(?![\\p{L}])|{B}(?:(?:think of|picture|remember|can still see|still see|miss)${notNegated(30)}|never forget|always remember) (?:(?:us|you and me|the two of us) (?:dancing|singing|cooking|walking|swimming|laughing|reading|camping|sitting|lying|watching|driving|cycling|playing|eating|dancing) (?:in|on|at|by|along|around|to|through|under)(?![\\p{L}])|(?:dancing|singing|cooking|swimming|camping|cycling|picnicking|sailing) (?:in|on|at|by|along|around|through|under) (?:your|our|the|that)(?![\\p{L}]))|{B}(?:(?:think of|picture|remember|can still see|still see)${notNegated(30)}|never forget|always remember) (?:you|u) (?!(?:being|leaving|walking|cheating|lying|yelling|screaming|shouting|ignoring|storming|crying|kissing|telling|going|getting|moving|living|dating|seeing|with)(?![\\p{L}]))\\p{L}+ing (?:(?:up|down|out|over|round|around|back) )?(?:(?:to|with|for|in|at|on|by) )?(?:my|me|us|our|the|that|those)(?![\\p{L}])`,
    },
    {
      id: 'named-trip',
      // A shared trip named by its place: "the Skye trip", "our Lisbon weekend".
      caseSensitive: true,
      re: `{B}(?:[Tt]he|[Oo]ur|[Tt]hat)${notNegatedCs(28)} ${NAME} (?:trip|holiday|weekend|road trip|getaway|summer|winter|honeymoon|adventure|break)(?![${LOW}])`,
    },
    {
      id: 'we-did',
      // A shared moment told plainly: "the garden centre where we bought the apple tree", "We built the bookshelves
      // together in one afternoon", "Forty-one years ago we danced at the Palais", "Both of us cried at the end of
      // Paddington 2, remember", "I miss our stupid wordle streak", "I miss reading the paper in bed with you",
      // "our little joke about the goose", "We used to have that thing where…", "Our plan was always the narrowboat",
      // "I kept every postcard you sent me from Seoul".
      re: `{B}(?:the|that|our)\\s+(?:(?!(?:i|you|u|he|she|they|it)\\s)[\\p{L}'-]+\\s+){0,5}?(?:where|when|that) we (?:first |once |used to |always |both |all )?(?:${DID}|bought|got|had|heard|tried|wrote|spent|shared)(?![\\p{L}])|(?<!{B}(?:life|lives|home|everything|all|what|family|future|marriage|relationship|world)\\s+){B}we\\s+(?:once\\s+|even\\s+|first\\s+)?(?:${DID})\\s(?![^.!?\\n]{0,50}?{B}(?:years|months|decades|a decade|our lives|so long|so much time|a life|therapy|counsel+ing|mediation|court) together)[^.!?\\n]{0,50}?{B}together(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:therapy|counsel+ing|again|too (?:fast|soon|quickly|early|young)|(?:and|but|then) (?:you|u))(?![\\p{L}]))|{B}(?:[\\p{L}-]+ )?(?:years?|months?|summers?|winters?|christmases) ago,? (?:today,? |(?:this|last|that|in) [\\p{L}]+,? )?we (?:first |once |all |both )?(?:${DID})(?![\\p{L}])|{B}(?:both of us|the two of us|you and (?:me|i))\\s+(?:(?:always|once|used to|both)\\s+)?(?:cried|laughed|sang|danced|loved|got|went|ran|swam|ate|stayed|fell|slept|spent|built|made|watched|screamed)(?![\\p{L}])|(?<=(?:{B}(?:we|us|our|both)(?![\\p{L}])|{B}i used to (?!(?:cry|wait|beg)(?![\\p{L}])))[^.!?\\n]{0,100})[,—–]\\s*remember\\s*(?:\\?|[.!]|$)|{B}(?:i|i'?ll|i do)\\s+(?:(?:really|still|so|do|always|genuinely|honestly)\\s+)*miss(?:ing)?${notNegated(20)}\\s+(?:our\\s+(?!(?:(?:old|whole|shared|happy|normal|lovely|little|simple|quiet|good|family)\\s+)?(?:relationship|love|life|lives|old self|days|times|talks|chats|conversations|friendship|connection|bond|future|home|family)(?![\\p{L}]))[\\p{L}'-]+|(?:(?:${WEEKDAYS})s?\\s+)[\\p{L}'-]+|(?!(?:talking|being|having|feeling|hearing|seeing|laughing|waking up next|holding|kissing|touching|texting|calling|knowing)(?![\\p{L}]))\\p{L}+ing\\s[^.!?\\n]{0,50}?(?:with (?:you|u)|together|(?:you|u) and me|the two of us))(?![\\p{L}])|{B}our (?:(?:little|silly|stupid|old|running|private|secret)\\s+)?(?:joke|jokes|ritual|rituals|tradition|traditions|code word|nickname)(?![\\p{L}])(?!\\s+(?:is|was) over)|{B}we (?:used to|always) (?:have|do|had) (?:this|that|a|our) (?:little |silly |stupid )?(?:thing|game|ritual|tradition|joke|routine)(?![\\p{L}])|{B}(?:${WEEKDAYS})s? (?:mornings?|evenings?|nights?|afternoons?|lunch(?:es)?|dinners?|walks?) (?:with (?:you|u)|together|in bed|at (?:yours|ours))(?![\\p{L}])|{B}(?:remember|recall|think of|picture|can still (?:see|hear)|still see|still hear)${notNegated(30)} (?:how|the way|when) (?:you|u|we) (?:laughed|smiled|danced|sang|looked at|cried|screamed|giggled|beamed|held|blushed|grinned|lit up)(?![\\p{L}])|{B}(?:that time|the time when) (?:you|u|we) (?:once )?(?!(?:told|said|left|cheated|lied|walked|ignored|forgot|yelled|screamed|shouted|dumped|broke|hit|threw|stormed|refused|embarrassed|humiliated|accused|blamed|called|slapped|pushed|were|was|had|didn'?t|never|went off|ran off|stopped|chose|decided|fought|argued|rowed|bickered|used to (?:fight|argue|row|shout|scream|yell|bicker))(?![\\p{L}]))\\p{L}{3,}(?![\\p{L}])|{B}we(?:'d| had)? (?:always |once |even )?(?:planned|been planning|talked about|dreamed of|dreamt of) (?:to (?:get|go|travel|move|buy|have|adopt|visit|see|open|build|retire|marry|start|learn|live|sail|walk|drive|take|spend|name|call)|on (?:getting|going|moving|buying|having)|getting|going|moving|buying|having|adopting|a|the|our)(?![\\p{L}])|{B}(?:the |that |a )?memory of (?:you|u|us|our|that|the|those)(?![\\p{L}])|{B}our (?:plan|dream|idea|big plan)s? (?:was|were|had been) (?:always |once )?(?:to (?:travel|move|buy|go|open|retire|get (?:a|married)|have|live|see|sail|build|visit|drive|walk|learn|start|adopt|take)|the [\\p{L}]+|a [\\p{L}]+)(?![\\p{L}])|{B}(?:kept|keep|still have|found)\\s+(?:every|all (?:the|of the|your|those)|each|the|your|those)\\s+(?:${KEEPSAKE})\\s+(?:you|u|we)\\s+(?:sent|gave|made|wrote|bought|took|drew|left)(?![\\p{L}])|{B}(?:every time|whenever|each time|when) i (?:smell|hear|see|taste|pass|drive past|walk past|eat|cook|make|catch)[^.!?\\n]{1,50}?{B}{IM} (?:right |straight |instantly )?back (?:in|at|on|by|under)(?![\\p{L}])|{B}we (?:always |once |even )?(?:had|have|used to have) (?:this|that|a|our) (?:(?:little|silly|stupid|running|private|daft|weird|dumb|secret|old)\\s+)*(?:thing|game|ritual|tradition|joke|routine|rule|bet|code word|nickname) (?:where|when|about|of|that|for|with|we)(?![\\p{L}])|{B}(?:can'?t|cant|cannot|can never|never) (?:hear|see|watch|eat|smell|taste|drink|pass|listen to|cook|make|sing|play|open|read|look at|walk past|drive past)[^.!?\\n]{1,50}? without (?:thinking (?:of|about)|remembering|picturing) (?:us|you and me|the two of us|our|that (?:day|night|time|trip|summer|weekend)|the (?:day|night|time) we|when we)(?![\\p{L}])|{B}(?:the|that|those)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:cat|dog|puppy|kitten|fox|goat|horse|donkey|tree|plant|jigsaw|puzzle|painting|mural|boat|bike|tent|van|car|sofa|table|bookshel(?:f|ves)|shed|snowman|sandcastle|song|film|show|series|book|recipe|cake|bread|wardrobe|lamp|rug|quilt|kite|bird|swan|duck|vegetable patch)s?(?: (?:of|from|with|in|on|at) [^.!?\\n,;]{1,30}?)? (?:that )?we (?:once |first |both |all |used to |never )?(?:fed|found|adopted|rescued|named|planted|painted|built|bought|made|baked|cooked|watched|read|sang|played|finished|started|chose|grew|carried|dragged|rented|restored|fixed|assembled|flew|sailed|binged)(?![\\p{L}])|{B}(?:remember|picture|think of|can still see|still see|never forget|miss)${notNegated(30)} (?:us|you and me|the two of us|you and i) (?!(?:fighting|arguing|shouting|screaming|yelling|breaking|splitting|crying|not|being|talking|laughing|smiling|loving|kissing|holding|cuddling|having|spending|doing|sharing|waking|going out|together)(?![\\p{L}]))\\p{L}{3,}ing(?![\\p{L}])|{B}(?:the|that|our)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:where|when) we (?:used to|would|'d) (?:eat|drink|sit|walk|swim|dance|sing|watch|read|go|meet|cook|play|talk|hide|feed|buy|get|have|sleep|lie|climb|camp|kiss|share|sneak)(?![\\p{L}])|(?:(?<=(?:^|[.!?\\n])\\s{0,3})|{B}(?:i (?:still |aye |always )?|do (?:you|ye|u) (?:still )?))mind (?:the|that|our|those) (?!(?:gap|step|kids|dog|road)(?![\\p{L}]))[^.!?\\n]{1,50}?{B}(?:where|when|that) (?:we|you|u) (?!(?:told|said|left|cheated|lied|walked out|ignored|dumped|broke|yelled|shouted|screamed)(?![\\p{L}]))\\p{L}+|{B}(?:those|dem|them|dose) (?:days|nights|summers|evenings|weekends|mornings|years) (?:when |that )?we (?:used to|would|'d) (?!(?:fight|argue|row|shout|scream|yell|bicker|be|feel|love|talk|laugh|have)(?![\\p{L}]))\\p{L}+|{B}our (?!(?:lonely|sad|awful|terrible|miserable|empty|lost|wasted|silent|separate|last)(?![\\p{L}]))[\\p{L}'-]+ (?:sundays|saturdays|fridays|mondays|tuesdays|wednesdays|thursdays|weekends|evenings|mornings|nights)(?![\\p{L}])|{B}${HOLD}\\s+(?:the|those|that|our|your|ur|a|an)\\s+[^.!?\\n]{0,50}?\\sfrom (?:our|that|those|the(?= (?:[\\p{L}'-]+ )?(?:trip|holiday|weekend|honeymoon|summer)(?![\\p{L}]))) (?:(?:first|last|old|early|[\\p{L}'-]+)\\s+)?(?:year|years|summer|trip|holiday|flat|house|date|christmas|wedding|honeymoon|days|weekend)(?![\\p{L}])|{B}we (?:always |often )?used to (?:have|get|grab|do|eat|order|share|meet|sing|play|watch) (?!(?:fights?|arguments?|rows?|problems|issues|words)(?![\\\\p{L}]))[^.!?\\n]{1,40}?{B}every (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|morning|evening|night|summer|christmas)s?(?![\\\\p{L}])|{B}we (?:talked|spoke|facetimed|skyped|texted|called|rang) (?:each other )?every (?:single )?(?:night|day|morning|evening|sunday|week)(?![\\\\p{L}])|{B}(?:think of|picture|remember|can still see|still see|never forget|always remember) (?:you|u) (?!(?:being|leaving|walking|cheating|lying|yelling|screaming|shouting|ignoring|storming|crying|kissing|telling|going|getting|moving|living|dating|seeing|with)(?![\\\\p{L}]))\\p{L}+ing [^.!?\\n]{0,40}?(?:{B}(?:in|at|on|by) (?:our|that|the first|your (?:old|first))|{B}for the first time)(?![\\\\p{L}])|{B}(?:thank you|thank u|thanks|thx|grateful)${notNegated(30)}[^.!?\\n]{0,30}? for (?:the|that) (?:(?:night|day|time|morning|evening|afternoon|week|weekend|summer|christmas) (?:when |that )?(?:you|u|we)|(?:lift|drive|ride) (?:to|from|home))(?![\\p{L}])|(?<={B}(?:you|u|we)\\s[^.!?\\n]{0,50})every (?:night|day|morning|evening|weekend|sunday|saturday|friday|week) (?:that|of that|in that|for that) (?:winter|summer|year|spring|autumn|month|term|semester)(?![\\p{L}])|{B}(?:you|u) (?:who |that )?first (?:took|brought|introduced) (?:me|us) to(?![\\p{L}])|{B}(?:you|u) (?:were the one who |who |that )?(?:first )?taught me (?:how )?to (?:drive|swim|cook|bake|make|ride|knit|sail|surf|ski|play|dance|fish|climb|skate|paint|sew|read|speak|change|fix|build|use|roll|brew|grow|plant|pitch|tie|skim|whistle)(?![\\p{L}])|{B}one (?:more|last) (?:[\\p{L}'-]+ )?(?:lunch|dinner|walk|breakfast|brunch|morning|evening|night|swim|drive|picnic|dance|coffee|pint) (?:at|in|on|by|along) (?:your|our|that|the)(?![\\p{L}])|{B}(?:you and (?:me|i)|me and (?:you|u)|the two of us|both of us)(?![\\p{L}])(?![^.!?\\n]{0,60}?{B}(?:fight\\w*|argu\\w*|row\\w*|scream\\w*|shout\\w*|yell\\w*))[^.!?\\n]{0,60}?{B}every (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|summer|christmas|morning|evening)(?![\\p{L}])`,
    },
    {
      id: 'scene',
      // A scene named at the start of its sentence: "The week in Crete when the ferry was cancelled…", "The first
      // Christmas at your parents' in Galway, when your dad made me sing", or alone as a fragment ("The awful B&B in
      // Rye.", "The bike rides out to Box Hill.": fifteenth round).
      caseSensitive: true,
      re: `(?<=(?:^|[.!?\\n])\\s{0,3})(?:The|That|Our) (?:first |last |whole |little )?(?:(?!(?:next|coming|upcoming|following|work|business|school|other|same)(?![${LOW}]))[${LOW}]+ )?(?:${EPISODE}|Christmas|New Year|Easter) (?:(?:out|up|down|over) )?(?:in|at|on|by|near|to) (?:[${LOW}'-]+ ){0,4}?(?:the )?${NAME}(?=[^.!?\\n]{0,60}?(?:{B}(?:when|where|and we|we|us)(?![${LOW}])|,)|(?:\\s+[${UP}][${LOW}]+)*\\s*(?:[.!…]|$))${NO_FAULT_AFTER}`,
    },
    {
      id: 'more-shared',
      // More shapes of a shared past: a ritual ("we used to do the crossword in bed on Saturdays"), an episode
      // recalled by what we did ("remember teaching me to make pierogi", "I'll never forget dancing at their
      // wedding"), a thing named by what we did with it ("the caravan we took to Tenby"), "all those lifts to the
      // station", a team in common ("we both support Leeds").
      re: `{B}we (?:always |would |'?d |often )?used to (?!(?:fight|argue|row|bicker|shout|yell|scream|cry|not|never|be|have (?:rows|fights|arguments|words))(?![\\p{L}]))[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,8}?\\s+(?:(?:on|every|each|most) (?:(?:${WEEKDAYS})s?(?: (?:mornings?|nights?|evenings?|afternoons?))?|mornings?|nights?|evenings?|weekends?|summers?|winters?|christmas|year|week|birthday|anniversary)|together)(?![\\p{L}])|{B}(?:(?:remember|recall|always remember)${notNegated(30)}|never forget|won'?t ever forget|can'?t forget)\\s+(?:(?:us|you|u|me|the two of us|when we|when you|how we|how you|the time we|the time you)\\s+)?(?!(?:fighting|arguing|shouting|yelling|screaming|crying|leaving|lying|cheating|texting|breaking|splitting|walking|ignoring|going|moving|packing|telling|saying|being|having|getting|doing|thinking|feeling|nothing|something|anything|everything|morning|evening|wedding|building|ceiling|ring|thing|king|spring|sing)(?![\\p{L}]))\\p{L}{2,}ing\\s+(?:[\\p{L}'-]+\\s+){0,4}?(?:at|in|on|under|along|through|around|across|by|with|together|to|up|down|into|off)\\s+(?:the|a|an|our|your|ur|my|that|those|his|her|their|\\p{L}+'s|[\\p{L}]+)(?![\\p{L}])|{B}(?:the|that|those) (?:[\\p{L}'-]+ )?(?:one|ones|(?!(?:what|which|who|how|why|where|whatever|everything|anything|nothing|something|now|then|finally|today|tonight|yesterday|maybe|perhaps|sometimes|once|again|soon|eventually|hopefully|together|after|before|when|if|so|because|at|in|on|all|both|mistakes?|things?|money|debts?|fights?|rows?|problems?|issues?|arguments?|decisions?|promises?|words?|life|lives|time|times|years?|months?|days?|way|ways|stuff|lies|hurt|damage|mess|talks?|conversations?|chats?|discussions?|vows?|loan|mortgage|bills?|deposit|savings|cash)(?![\\p{L}]))[\\p{L}'-]+) (?:we|the two of us) (?:always |once |used to |both |first |never )?(?:took|bought|had|rented|finished|found|built|painted|planted|shared|drove|named|adopted|picked|chose|got|kept|loved|restored|made|watched|read|heard|sang|danced to|hiked|climbed|visited|stayed in|stayed at|camped at|swam in|saved|collected|grew|sowed|brought back)(?![\\p{L}])|(?<!{B}after (?:all )?)(?<!{B}after\\s)(?:{B}(?:all )?those (?:(?:early|late|long|little|lazy|sunday|saturday|friday|summer)\\s+)?(?:lifts|walks|drives|dinners|trips|weekends|picnics|sundays|saturdays|road trips|swims|rides|train rides|bus rides|breakfasts|lunches|coffees|pints|gigs|concerts|afternoons|summers|holidays|mornings|evenings|nights) (?:to|at|in|on|along|by|up|down|round|around|under|over|through|out)\\s+(?:the|that|our|your|ur|my|\\p{L}+'s)\\s)|{B}we(?:'?d| would) (?:always|often|usually|sometimes|every (?:week|sunday|saturday|friday|morning|night))\\s+(?!(?:fight|argue|row|bicker|shout|yell|scream|cry|end|make up|fall out)(?![\\p{L}]))[\\p{L}'-]+\\s+(?:[\\p{L}'-]+\\s+){0,5}?(?:at|in|on|by|near|along|under|round|around|outside|to)\\s+(?:the|that|our|your|ur|my|\\p{L}+'s)\\s|{B}(?:the|that|those|our) (?:(?:little|silly|stupid|old|daft|tiny|funny|crazy|weird|ridiculous|secret|same)\\s+)?(?!(?:mistakes?|things?|money|debts?|fights?|rows?|problems?|issues?|arguments?|decisions?|promises?|words?|life|lives|time|times|years?|months?|days?|way|ways|stuff|lies|excuses|rules|hurt|damage|mess|talks?|conversations?|chats?|discussions?|vows?|loan|mortgage|bills?)(?![\\p{L}]))[\\p{L}'-]+ (?:we|the two of us) (?:made up|came up with|invented|wrote|learned|learnt|practised|practiced|cooked|baked|played|sang)(?![\\p{L}])|(?<={B}(?:found|kept|keep|still have|still got|'ve got|wear|wore|play|played|listen to|listened to|came across|look at|looked at|treasure|cherish|read|reread|re-read)(?![\\p{L}])[^.!?\\n]{0,20}){B}(?:the|that|those|your|ur) (?:[\\p{L}'-]+ ){0,2}?(?:${KEEPSAKE}|cds?|tapes?|mixes|books?|poems?|songs?|necklaces?|watch|quilt|socks|albums?|frames?)(?![\\p{L}]) (?:(?:you|u) (?:once |always )?(?:made|burned|burnt|gave|sent|bought|knitted|knit|wrote|drew|painted|framed|got|picked|recorded|baked|sewed|brought)|we (?:once |always )?(?:bought|got|made|found|picked|shared|took))(?![\\p{L}])(?!\\s+(?:him|her|them|someone|somebody|his|to (?:him|her|them|someone))(?![\\p{L}]))|{B}we (?:once |always |even )?(?:had|made|hatched|cooked up) (?:a|this|that|the|our|big|grand|little|crazy|silly|mad) (?:(?:big|grand|little|crazy|silly|mad|secret|whole)\\s+)?(?:plan|plans|dream|scheme|idea) (?:to|of|for|that)\\s+(?!(?:split|separate|divorce|break|sell|move out|tell the kids|end)(?![\\p{L}]))|{B}i (?:still |always )?keep (?:the|that|those|your|ur|our|a|one of (?:the|your|ur|our)) (?:[\\p{L}'-]+ ){0,2}?(?:${KEEPSAKE})(?![\\p{L}])(?=[^.!?\\n]{0,40}?{B}(?:from|of us|you|u|we|our|on my|by my|in my)(?![\\p{L}]))`,
    },
    {
      id: 'our-scene',
      // A shared scene named at the start of its sentence by "our" and its place: "Our braai on the beach at
      // Llandudno…", "Those Sunday swims off the pier at Sandycove".
      caseSensitive: true,
      re: `(?<=(?:^|[.!?\\n])\\s{0,3})(?:Our|Those) (?!(?:fight|argument|row|break-?up|divorce|split|last|final|worst|lawyer|solicitor|mortgage|account|bank|accountant|therapist|counsell?or|counselor|friends?|kids|children)(?![${LOW}]))(?:[${LOW}'-]+ ){1,3}?(?:in|at|on|by|near|along|outside|off) (?:the )?(?:[${LOW}'-]+ ){0,3}?${NAME}`,
    },
    {
      id: 'lived',
      // Shared moments told the ways the eighth probe found missing: "our first Christmas", a habit fronted ("every
      // Friday we'd…"), "…was our thing", "the way we'd…", a creature or a stranger in the scene ("I still laugh about the
      // dog that chased us"), a place passed that still makes the writer smile, a moment we lived and its warm tag ("we
      // painted the hall and I've never laughed so hard", "what a night that was"), a ritual scene ("Sunday mornings at
      // the market, you reading the paper"), "our evening walks along the canal", a moment at a party, a year named.
      re: `{B}our (?:very )?first (?:christmas|easter|birthday together|flat|home|house|apartment|holiday|trip|date|kiss|dance|night|summer|winter|anniversary|valentine'?s(?: day)?|car|dog|cat|camping trip|road trip|place|meal|dinner|weekend away|new year)(?![\\p{L}])|(?:(?<=(?:^|[.!?\\n,;:—–])\\s{0,3})|(?<={B}(?:and|but|so|then) ))(?:every|each|most|on) (?:${WEEKDAYS}|weekend|summer|winter|morning|evening|night|christmas eve|new year'?s eve|boxing day|bonfire night|christmas|birthday|anniversary)s?(?: (?:morning|evening|night|afternoon)s?)?,? we(?:(?:'d| would| used to| always)\\s+(?!(?:fight|fought|argue|argued|row|rowed|bicker|bickered|shout|shouted|yell|yelled|scream|screamed|cry|cried|end up|ended up|fall out|fell out|split|broke|not|never|didn'?t|did not|were|was|be|barely|hardly|drift\\w*|grew apart|grow apart|(?:have|had) (?:a |an )?(?:rows?|fights?|arguments?|words|nothing|problems))(?![\\p{L}]))\\p{L}+|\\s+(?!(?:fight|fought|argue|argued|row|rowed|bicker|bickered|shout|shouted|yell|yelled|scream|screamed|cry|cried|end up|ended up|fall out|fell out|split|broke|not|never|didn'?t|did not|were|was|be|barely|hardly|drift\\w*|grew apart|grow apart|(?:have|had) (?:a |an )?(?:rows?|fights?|arguments?|words|nothing|problems))(?![\\p{L}]))(?:\\p{L}+ed|had|got|took|went|ate|drank|sat|swam|ran|saw|made|met|spent|rode|sang|read|caught|drove|found|bought|kept|slept|woke|flew)(?![\\p{L}]))|(?<!{B}(?:fighting|arguing|rowing|shouting|silence|jealousy|drama|bickering|yelling|sulking|drinking)\\s)(?<!{B}(?:fighting|arguing|rowing|shouting|silence|jealousy|drama|bickering|yelling|sulking|drinking) (?:always |just )?)(?:was|were|became) (?:always |kind of |sort of |totally |literally )?our (?:thing|ritual|tradition|spot|routine|little thing|special thing|happy place)(?![\\p{L}])|{B}the way we(?:'d| would| used to) (?!(?:fight|argue|row|bicker|shout|yell|scream|cry|end up|fall out|not|never|ignore|hurt|talk past)(?![\\p{L}]))\\p{L}+|(?<=(?:^|[.!?\\n])\\s{0,3})(?:and )?the way we (?!(?:used|fought|argued|rowed|bickered|shouted|yelled|screamed|cried|ended|fell|ignored|hurt|talked past|left|broke|split|drifted|stopped|never|didn'?t)(?![\\p{L}]))\\p{L}{2,}ed (?:at|in|on|with|through|to|along|about|under|by|all|together|until|till)(?![\\p{L}])|{B}${RECALL}\\s+(?:the|that|those) (?!(?:argument|fight|row|lawyer|solicitor|landlord|bailiff|police|debt|bill)s?(?![\\p{L}]))(?:[\\p{L}\\d'-]+ ){1,6}?(?:that|who|which) (?:(?:once|always|just|only|then|still)\\s+)?\\p{L}+ed us(?![\\p{L}])|{B}(?:walking|driving|cycling|going|passing|walk|drive|go) (?:past|by|through) [^.!?\\n]{1,40}? (?:still |always )?(?:makes|made) me (?:grin|smile|laugh|think of (?:you|u|us))(?![\\p{L}])|{B}(?:still |always )?makes? me (?:grin|smile|laugh)[^.!?\\n]{0,20}?{B}(?:because of|thinking of|thinking about|remembering) (?:you and|us|the two of us|our|that (?:day|night|time|trip)|the time)(?![\\p{L}])|{B}we (?:first |once |all |both )?(?:${DID})(?![\\p{L}])(?![^.!?\\n]{0,80}?{B}(?:fight|fights|fighting|fought|argu\\w*|rows?|shout(?:ed|ing)?|yell(?:ed|ing)?|scream(?:ed|ing)?|cried|tears)(?![\\p{L}]))[^.!?\\n]{0,80}?(?:{B}(?:never|n't ever) laughed so|{B}laughed (?:so hard|so much|till|until)|{B}(?:still )?makes? me (?:laugh|smile|grin)|{B}what an? (?:arvo|day|night|weekend|trip|evening|afternoon|summer|holiday) (?:that|it) was|{B}best (?:day|night|weekend|arvo|afternoon|evening|trip|holiday) (?:ever|of my life|of the year))(?![\\p{L}])|{B}(?:${WEEKDAYS})s? (?:mornings?|evenings?|nights?|afternoons?) (?:at|in|on|by|along) [^.!?\\n,]{1,40},\\s*(?:you|u|we) \\p{L}+ing(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:our|those) (?:[\\p{L}'-]+ ){0,2}?(?:walks|hikes|picnics|drives|swims|runs|rides|bike rides|dinners|breakfasts|lunches|brunches|dances|trips|evenings|mornings|nights|afternoons|weekends|sundays|saturdays) (?:round|around|along|by|to|at|in|on|through|up|down|across|under|over|beside) (?:the|that|your|ur|our|\\p{L}+'s)(?![\\p{L}])|{B}${RECALL}\\s+(?:the|that) (?![^.!?\\n]{0,40}?{B}(?:fight|argument|row|scene|speech (?:you|u)|mess|drunk)(?![\\p{L}]))[^.!?\\n]{1,40}? at (?:your|ur|our|my|\\p{L}+'s) (?:[\\p{L}'-]+ ){0,2}?(?:wedding|party|birthday|christening|graduation|barbecue|bbq|braai|christmas|new year|reunion|leaving do|housewarming)(?![\\p{L}])|{B}(?:in|back in|that (?:summer|winter|spring|autumn|year)(?: of)?|the (?:summer|winter|spring|autumn|year) of) (?:19|20)\\d\\d,? we (?:first |once |all |both )?(?:${DID})(?![\\p{L}])|{B}i (?:always |would always |'d always )?used to (?:wait|meet (?:you|u)|pick (?:you|u) up) (?:for (?:you|u) )?(?:outside|at|by|after) (?:your|ur)(?![\\p{L}])|{B}i waited (?:for (?:you|u) )?(?:outside|at|by) (?:your|ur|the) [^.!?\\n]{1,30}?every (?:${WEEKDAYS}|day|evening|morning|night|week)(?![\\p{L}])`,
    },
    {
      id: 'team-in-common',
      // A team, a school or a town in common: "we both support Leeds", "we both went to Trinity".
      caseSensitive: true,
      re: `{B}(?:[Ww]e|[Tt]he two of us) (?:both |all |each )?(?:support(?:ed)?|follow(?:ed)?|root(?:ed)? for|grew up in|went to|played for) (?:the )?${NAME}`,
    },
    {
      id: 'we-there',
      // A moment we lived, told plainly with its place: "we stayed up all night on the beach at Tofino", "we learned to
      // ski in Bansko". Case-sensitive, so a capital marks the place; no work, court or counselling in between.
      caseSensitive: true,
      re: `{B}[Ww]e (?:first |once |all |both )?(?:${DID})(?![${LOW}]) ${SMALL_WORDS}{0,10}?${AT_PLACE} (?:the )?${NAME}${NO_FAULT_AFTER}`,
    },
    {
      id: 'passing-by',
      // Eleventh round (strengths11 probe): a shared place passed by, a thing named together, a scene both lived.
      // "walked past the ramen place on king st and almost went in out of habit", "I walked past our ramen place",
      // "Every time I pass the little Vietnamese place on Hope Street I think of your face", "Both of us crying at the
      // end of Coco", "that stupid sourdough starter u named Gerald". Not a place of the reader's fault ("the pub
      // where you kissed him", see NO_FAULT_AFTER), nor a place passed with no one in it ("I walked past the gym").
      re: [
        `${NOT_PASSING}{B}(?:walk(?:ed|ing)?|went|go(?:ing)?|drove|drive|driving|cycled|cycling|ran|run) (?:past|by) (?:our|that) (?:(?!(?:you|u|he|she|they|i)(?![\\p{L}]))[\\p{L}'-]+ ){0,2}?${PLACE_WORD}(?![\\p{L}])${NO_FAULT_AFTER}`,
        `(?<span>(?:{B}(?:every time|whenever|each time|when) i (?:\\p{L}+ )?)?${NOT_PASSING}{B}(?:(?:walk(?:ed|ing)?|went|go(?:ing)?|drove|drive|driving|cycled|cycling|ran|run) (?:past|by)|pass(?:ed|ing)?) the (?:[\\p{L}'-]+ ){0,3}?${PLACE_WORD}(?![\\p{L}])(?: (?:on|in|at|near|by|off) (?:the )?[\\p{L}'-]+(?: (?:street|st|road|rd|lane|square|avenue|ave|hill|park|market)(?![\\p{L}]))?)?)${NO_FAULT_AFTER}(?=[^.!?\\n]{0,50}?(?:{B}i (?:(?:always|still|just|sometimes)\\s+)?(?:think of|thought of|think about|thought about|smile|smiled|miss|missed|picture|pictured|see|saw) (?:you|u|us|your|ur|our|the way|how)(?![\\p{L}])|{B}out of habit(?![\\p{L}])|{B}(?:almost|nearly|half) (?:went|go|going) in(?![\\p{L}])|{B}(?:couldn'?t|can'?t|didn'?t) (?:bring myself to )?go in(?![\\p{L}])))`,
        `{B}both of us (?:(?:just|still|completely)\\s+)?(?:crying|laughing|singing|dancing|soaked|drenched|freezing|giggling|shivering|sobbing|covered in|squashed|crammed|squeezed|stuck|asleep|sunburnt|sunburned|lost|shouting along|screaming along)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:arguing|fighting|shouting at|yelling at)(?![\\p{L}]))`,
        `{B}(?:that|the|our) (?!(?:guy|man|woman|girl|boy|bloke|lad|friend|person|name|names|thing|things|word|words|stuff|one)(?![\\p{L}]))(?:[\\p{L}'-]+ ){0,3}?(?:you|u|we) (?:named|christened|nicknamed)(?![\\p{L}])`,
      ].join('|'),
    },
    {
      id: 'kept-from-you',
      // Eleventh round (tuning-set misses): a keepsake the reader made or sent, kept. "I kept the voicemail you left on
      // my birthday", "I have the letters you wrote me from Seoul", "I kept every birthday card you ever gave me",
      // "I've kept every one of your postcards in the tin by the bed", "the video of you singing at Ayesha's wedding".
      // Not photos or videos "you sent me" (leverage, see the antipatterns on evidence and veiled threats), nor a
      // video of the reader asleep or undressed.
      re: [
        `{B}i(?:'?ve| have)?(?: still| always)? (?:kept|keep|have|'?ve got|got|saved|treasure|held on to|hung on to|still have)${notNegated(30)} (?:(?:all|every|each|every one|every single one|some|most) (?:of )?)?(?:the |those |that |these )?(?:(?:little|old|silly|tiny|first|handwritten|long|daft|funny)\\s+)*(?:letters?|birthday cards?|cards|postcards?|notes?|voicemails?|voice ?notes?|drawings?|poems?|mixtapes?|mix cds?|playlists?|doodles?)(?:\\s+(?:that|which))?\\s+(?:you|u) (?:ever |once |always |used to )?(?:left|wrote|sent|gave|made|drew|painted|recorded|slipped|tucked|posted)(?![\\p{L}])`,
        `{B}i(?:'?ve| have)?(?: still| always)? (?:kept|keep|have|'?ve got|got|saved|treasure|held on to|hung on to|still have)${notNegated(30)} (?:(?:all|every|each|every one|every single one|some|most) (?:of )?)?(?:your|ur) (?:(?:little|old|silly|tiny|first|handwritten|long|daft|funny)\\s+)*(?:letters?|birthday cards?|cards|postcards?|notes?|voicemails?|voice ?notes?|drawings?|poems?|mixtapes?|mix cds?|playlists?|doodles?)(?![\\p{L}])`,
        String.raw`{B}(?:found|came across|still have|kept|keep finding)${notNegated(30)} (?:your|ur) (?:handwriting|writing|scribbles?|doodles?|little notes?) (?:on|in|inside|at the back of) (?:a|an|the|one of|my|our|that|those)(?![\p{L}])`,
        `{B}(?:the|that|a|my) (?:(?:old|little|shaky|blurry|grainy|short)\\s+)?(?:video|videos|clip|recording|photos?|pictures?|pics) of (?:you|u) (?!(?:sleeping|asleep|naked|undress\\p{L}*|changing|showering|in (?:bed|the shower|the bath))(?![\\p{L}]))(?:singing|dancing|laughing|playing|cooking|swimming|giving|making|reading|doing|teaching|opening|blowing|hugging|holding|carrying)(?![\\p{L}])`,
      ].join('|'),
    },
    {
      id: 'your-ritual',
      // Twelfth round (letters review): a ritual of the reader's that the writer shared, missed with its scene ("I
      // miss you reading bits of the paper out to me over breakfast", "i miss u making me tea every morning", "I
      // miss hearing you sing in the kitchen"). Without a scene it stays a feeling ("I miss you laughing at my
      // jokes"), and a grievance is not a memory ("I miss you shouting at me every morning" is not missed at all). Also
      // "I miss the way you hummed while you cooked" (a habit with its moment).
      re: String.raw`{B}i\s+(?:(?:still|really|so|do|sometimes|even|sure|truly|dearly|terribly|awfully|also)\s+)*(?:miss(?:ed)?|dream (?:about|of)|think (?:about|of)|can still taste|can still smell)\s+(?:your|ur)\s+(?:mum|mom|mam|mama|momma|mammy|mother|dad|da|daddy|pop|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|sister|brother|aunt|auntie|aunty|uncle|family|parents|folks)'?s\s+(?:[\p{L}-]+\s+){0,2}?(?:dinners?|roasts?|lunch(?:es)?|cooking|pancakes|cakes?|pies?|curr(?:y|ies)|stews?|soup|barbecues?|bbqs?|braais?|kitchen|garden|table|porch|parties|christmases|christmas|birthdays?|jokes|stories|biscuits|scones|dumplings|tamales|gatherings|gravy|trifle|lasagne|lasagna|jollof|chilli|chili|casserole|baking)(?![\p{L}])|{B}i\s+(?:(?:still|really|so|do|sometimes|even|sure|truly|dearly|terribly|awfully|also)\s+)*miss(?:ed)?\s+(?:(?:hearing|watching|seeing|having)\s+(?:you|u)\s+(?!(?:shout|yell|scream|nag|complain|moan|lie|sulk|be)(?![\p{L}]))\p{L}{2,}|(?:you|u)\s+(?!(?:shouting|yelling|screaming|nagging|criticising|criticizing|complaining|moaning|lying|ignoring|sulking|being)(?![\p{L}]))\p{L}{2,}(?:ing|in'))(?![\p{L}])[^.!?\n]{0,50}?{B}(?:in the (?:kitchen|shower|bath|car|garden|mornings?|evenings?|van|hall|flat|back seat|front room|living room)|on the (?:radio|porch|phone|balcony|sofa|couch|stairs)|over (?:breakfast|dinner|lunch|tea|coffee|the phone|brunch)|every (?:morning|night|evening|sunday|saturday|friday|weekend|week)|on (?:sunday|saturday|friday|monday|tuesday|wednesday|thursday)s?(?: (?:mornings?|nights?|evenings?))?|at (?:breakfast|dinner|bedtime|night|the weekends?)|out (?:loud )?to me|to me (?:in|over|at|every))(?![\p{L}])|{B}i\s+(?:(?:still|really|so|do|sometimes|even|truly|dearly|terribly|also)\s+)*miss(?:ed)?\s+(?:(?:your|ur) [\p{L}' -]{1,30}? and )?(?:the way|how) (?:you|u) (?:used to |would )?(?!(?:shout|yell|scream|lie|cheat|ignore|sulk|slam|snap|nag|moan|complain)\p{L}*)\p{L}+ed\s+(?:while|when|whenever|as) (?:you|u|we) \p{L}+(?![\p{L}])`,
    },
    {
      id: 'named-time',
      // Twelfth round: a good time named by its place, event or year ("We had the best time at Leeds Fest in 2019", "We
      // had such a laugh in Tenby"), and the reader's celebration the writer shared ("Every time I hear Dancing Queen I
      // think of your 30th"). Case as written: a capital or a year marks it; "we had a great time together" stays
      // generic (the guide).
      caseSensitive: true,
      re: String.raw`(?<![\p{L}'])[Ww]e (?:had|'d had|had had) (?:(?:the (?:best|greatest|most amazing)|such an?|an? (?:brilliant|amazing|great|lovely|wonderful|fantastic|magic|magical|mad|crazy|hilarious))\s+(?:time|times|laugh|weekend|night|day|summer|holiday|week|trip)|(?:so much|such|loads of|the best|great|brilliant|the most) fun|an? (?:blast|ball|riot))\s+(?:(?:at|in|on|up|down|by|over)\s+(?:the\s+)?[A-Z][\p{L}'-]+|(?:in|that)\s+(?:(?:summer|winter|spring|autumn|year)\s+(?:of\s+)?)?(?:19|20)\d\d)(?![\p{L}])|(?<![\p{L}'])(?:[Tt]hink (?:of|about)|[Rr]emember|[Mm]iss) (?:your|ur|our) (?:\d{2}(?:st|nd|rd|th)|thirtieth|fortieth|fiftieth|twenty-first|eighteenth|(?:surprise |big )?(?:birthday party|graduation|leaving do|hen do|stag do|engagement party|housewarming))(?![\p{L}])`,
    },
    {
      id: 'fond-memory',
      // Thirteenth round (strengths13 probe and letters): a shared moment told first and then named a treasured memory
      // ("Dancing with you to Abba at your gran's ninetieth is one of my happiest memories", "Watching you learn to
      // swim at forty is still my favourite memory"), and a story, song or game the reader made up that the household
      // still asks for ("Mia still asks for the bedtime story you made up about the dragon"). The fronted moment must be
      // one act with the two of them in it (a gerund with you/we/us/our); "Being with you is my happiest memory" is
      // vague, and a story made up about the writer ("the story you made up about me") is a grievance.
      re: [
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?!(?:being|having|loving|knowing|living|spending time|nothing|everything|something|anything)(?![\p{L}]))\p{L}{2,}ing\s(?=[^.!?\n]{0,100}?{B}(?:you|u|we|us|our|your|ur|together)(?![\p{L}]))[^.!?\n]{3,100}?{B}(?:is|was|will always be|remains|'s) (?:still |probably |honestly |easily |definitely |always |genuinely )?(?:one of |among )?my (?:very |all-time |all time )?(?:happiest|favou?rite|best|fondest|most precious|sweetest|dearest|most treasured|most cherished) (?:memor(?:y|ies)|moments?)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?!(?:being|having|loving|knowing|living|meeting|marrying|finding|spending time|nothing|everything|something|anything)(?![\p{L}]))\p{L}{2,}ing\s(?=[^.!?\n]{0,100}?{B}(?:you|u|we|us|our|your|ur|together)(?![\p{L}]))[^.!?\n]{3,100}?{B}(?:is|was|remains|'s) (?:still |probably |honestly |easily |genuinely )?(?:one of )?the (?:funniest|silliest|maddest|daftest|most ridiculous|happiest|best|most fun|loveliest|sweetest) (?:day|days|afternoon|afternoons|evening|evenings|night|nights|morning|weekend|hour|hours|moment|moments|thing|things)(?: (?:of my life|ever|i(?:'ve| have) ever (?:had|spent|known)|of (?:the|that) (?:year|summer)))(?![\p{L}])`,
        String.raw`{B}(?:the|that|those|this) (?:[\p{L}'-]+ ){0,2}?(?:bedtime |silly |daft |little |stupid |secret )?(?:story|stories|song|songs|game|games|rhyme|rhymes|poem|dance|nickname|recipe|tune|jingle) (?:that |which )?(?:you|u|we) (?:once |always |used to )?(?:made up|invented|came up with|wrote|thought up)(?![\p{L}])(?!\s+(?:about|for|to) (?:me|my|us to|him|her|them|everyone|your (?:mates|friends|family|mum|mom|dad|sister|brother))(?![\p{L}]))(?![^.!?\n]{0,40}?{B}(?:to cover|to get out of|to explain|as an excuse|lie|lies|lying)(?![\p{L}]))`,
        String.raw`(?<=(?:^|[.!?\n,;]|{B}but)\s{0,3})(?:the|those|that|our) (?!(?:years?|days|times|months|moments|memories|good times|early days|first years)(?![\p{L}]))[^.!?\n,;]{3,80}? (?:were|was|are|remain) (?:still |probably |easily |honestly )?(?:some of|one of|among) my (?:very )?(?:happiest|favou?rite|best|fondest|most precious|sweetest|dearest) (?:hours|days|times|memories|moments|nights|evenings|weekends|mornings|afternoons|summers)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'warm-habit',
      // Thirteenth round (tuning misses): a habit of the reader's or the writer's told with its warm tag, where the
      // warmth makes it a shared thing to bring back ("You always made the tea too strong and I miss it terribly", "I
      // waited for you every Friday at the bus stop that whole summer, and I loved it"). Not a grievance with an ironic
      // tag ("You always left me to do the dishes and I miss it, not").
      re: [
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:you|u) (?:always|would always|'d always|used to|always used to) (?!(?:shout|yell|scream|criticis|criticiz|left me|leave me|ignor|lie|lied|cheat|complain|nag|moan|mock|made fun|make fun|forgot|forget|blame|pick|start|slam|sulk|snap|put me down|make me feel|made me feel|tell me what|told me what|check|go through)\p{L}*(?![\p{L}]))\p{L}+ [^.!?\n]{3,60}?(?:,\s*)?(?:and|but) i (?:(?:really|still|so|do|honestly|actually)\s+)*miss (?:it|that|them|those|this)(?:\s+(?:terribly|so much|a lot|loads|heaps|like mad|more than i (?:can say|expected|thought)))?(?![^.!?\n]{0,10}{B}(?:not|lol no|yeah right)(?![\p{L}]))(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:i|we) (?:\p{L}+ed|went|sat|ran|met|swam|walked|drove|rode|took|had|made|spent) [^.!?\n]{3,60}?{B}every (?:day|morning|evening|night|week|weekend|${WEEKDAYS})[^.!?\n]{0,50}?,?\s+and i (?:(?:really|absolutely|honestly|just)\s+)?(?:loved|adored|treasured|cherished) (?:it|that|every (?:minute|second|bit)(?: of it)?)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'fragment',
      // Thirteenth round (strengths13 letters): a shared routine listed as a fragment after "I miss the stupid stuff",
      // with no verb of its own ("you singing along to magic fm in the car", "Doing the big shop on a sunday and you
      // insisting on the self checkout"). Sentence-initial only, so "I hated you singing in the car" is not read; not a
      // grievance ("you shouting at me in the car", "Trying to talk and you ignoring me"), nor a scene judged ("You
      // driving in the snow terrified me").
      re: [
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?the way (?:you|u) (?:used to|would|always|'d) ${NOT_JUDGED}(?!(?:${GRIEF_ING}|treat|talk to me|speak to me|look at (?:him|her)|shout|yell|scream|lie|cheat|ignore|sulk|snap|nag|moan|complain|make me|put me)(?![\p{L}]))\p{L}{2,} [^.!?\n]{2,60}?(?=\s*(?:[.!,;…]|$))${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?the (?:smell|sound|taste|sight) of (?:your|ur|our) (?:[\p{L}'-]+ ){0,2}?[\p{L}'-]+ (?:in the (?:morning|mornings|evening|evenings|kitchen|hall|car|flat|house)|on (?:a |the )?(?:(?:${WEEKDAYS})s?|weekends?|radio|stairs|landing|balcony|pillow)|every (?:morning|night|evening|weekend|(?:${WEEKDAYS}))|at (?:breakfast|dinner|bedtime))(?![\p{L}])${NOT_JUDGED}`,
        String.raw`{B}(?:that|the) (?:christmas|easter|summer|winter|weekend|birthday|new year|thanksgiving|diwali|eid|holiday) (?:when )?(?:your|ur) (?:mum|mom|mam|dad|da|father|mother|nan|nana|gran|granny|grandma|grandad|grandpa|brother|sister|uncle|aunt|auntie|aunty|cousin|family|parents|folks) (?:taught|showed|took|let|made|gave|invited|welcomed|sat|brought|had) (?:me|us)(?![\p{L}])`,
        String.raw`(?<!{B}(?:you|u|do you|do u)\s+(?:still\s+)?){B}(?:still\s+)?(?:talks?|asks?|goes on|go on|laughs?|chats?|tells? (?:people|everyone|me|her friends|his friends)) about (?:(?:the time|when) (?:we|you|u) (?!(?:left|split|broke|shouted|yelled|screamed|cheated|lied|hit|threw|stormed|walked out|kicked|ruined|forgot|got (?:drunk|arrested|thrown|kicked)|fought|argued|embarrassed|humiliated|dumped|ignored)(?![\p{L}]))|(?!(?:you|u|me|him|her)(?![\p{L}]))\p{L}{2,}ing [^.!?\n]{2,50}?{B}with (?:you|u)(?![\p{L}])|that (?:day|night|trip|weekend|summer|holiday|christmas) (?:we|you|u|with (?:you|u)))`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?(?:you|u) (?!${GRIEF_ING}(?![\p{L}]))\p{L}{2,}(?:ing|in') (?:[^.!?\n]{2,60}?)?{B}(?:in the (?:car|kitchen|shower|bath|garden|van|hall|front room|living room|back seat|rain|snow|sea|morning|mornings|evenings)|on (?:a |the )?(?:(?:${WEEKDAYS})s?|weekends?|radio|beach|balcony|sofa|couch|porch|stairs|train|bus|ferry|boat|pier|way home)|every (?:morning|night|evening|weekend|time|(?:${WEEKDAYS}))|at (?:breakfast|dinner|bedtime|the (?:market|beach|pub|lake|park|table)))(?![\p{L}])${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?!(?:being|having|nothing|something|anything|everything|living|fighting|arguing|trying|waiting|coming home|waking up|finding)(?![\p{L}]))\p{L}{2,}ing [^.!?\n]{3,60}? and (?:you|u) (?!${GRIEF_ING}(?![\p{L}]))\p{L}{2,}ing(?![\p{L}])${NOT_JUDGED}`,
      ].join('|'),
    },
    {
      id: 'ritual-fragment',
      // Fifteenth round (strengths15): a ritual told as a bare fragment at the start of its sentence ("Sunday pancakes.",
      // "Friday curry nights.", "Sunday fry-ups at your mam's", "Pancake Tuesdays at your flat"), and the way the reader
      // did something, in the past, with its scene ("the way you sang in the car on the A30"). Not a plan ("Sunday lunch at
      // mine, if you're free"), not a grievance ("Friday nights at the pub with your mates while I sat at home"), not a
      // scene judged ("…were hell").
      re: [
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?the way (?:you|u) (?:sang|sung|danced|laughed|hummed|whistled|giggled|drove|cooked|read|held|smiled|grinned|snored|swam|dozed|fell asleep)(?: [\p{L}'-]+){0,3}? (?:in|on|at|along|through|over|under|by|round|around) (?:the|that|our|your|ur|every|a)(?![\p{L}])${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and |oh,? )?(?:those |our )?(?:${WEEKDAYS}|weekend|christmas eve|christmas|boxing day|new year'?s day|birthday)(?:s|'s)? (?:(?:(?!(?:at|in|on|with|by)(?![\p{L}]))[\p{L}-]+ )?(?:pancakes|roasts?|fry-?ups?|lie-?ins?|crosswords?|quiz(?:zes)?|takeaways?|swims|papers|brunch(?:es)?|breakfasts?|dinners|lunches|car boot sales|car boots|pub lunches|bike rides|dog walks|chip suppers|bacon (?:sandwiches|butties|rolls)|carveries|chippy teas|waffles|fry|walks|markets?)|[\p{L}-]+ (?:nights|mornings|evenings|afternoons)|(?:nights|mornings|evenings|afternoons)(?= (?:at|in|on|by|along|down|up|round)(?![\p{L}])))(?=\s*(?:[.!…]|$)|,| (?:at|in|on|by|with|along|round|down|up)(?![\p{L}]))(?![^.!?\n]{0,60}?(?:{B}(?:if (?:you|u)|next|tomorrow|at mine|sometime|some time|fancy|free|works|suits?|booked|planned|cancel+ed|instead|anymore|any more|on my own|alone|while i|without me)(?![\p{L}])|\d|{B}with (?:your|ur) (?:mates|friends|boys|girls|lads|ex|work (?:mates|friends)|colleagues)(?![\p{L}])))${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?(?!(?:most|some|all|on|every|those|these|other|alternate|working|two|three|four|next|last|the|our|my|your|both|free|busy|rainy|long|late|early|bad)(?![\p{L}]))[\p{L}-]{3,} (?:${WEEKDAYS})s(?= (?:at|in|on|with|by|round|down)(?![\p{L}])|\s*(?:[.!…]|$)|,)(?![^.!?\n]{0,60}?(?:{B}(?:if (?:you|u)|next|tomorrow|sometime|booked|anymore|any more|instead)(?![\p{L}])|\d))${NOT_JUDGED}`,
      ].join('|'),
    },
    {
      id: 'sideways',
      // Fifteenth round (strengths15): a creature or a stranger in a shared scene, often asked ("remember the bodega cat on
      // 5th that only liked you?"; not "the dog that bit you"); a ritual remembered by its place ("I think of the canal
      // walks"; not "the long walks"); a place named by what we did there ("the church hall where we did the salsa class";
      // not "the pub where we had that massive row").
      re: [
        String.raw`{B}(?:remember|recall|think (?:of|about)|miss|picture|still laugh about)${notNegated(30)} (?:the|that) (?:[\p{L}\d'-]+ ){0,4}?(?:cat|dog|fox|goat|horse|duck|swan|seagull|gull|pigeon|squirrel|parrot|cow|sheep|donkey|pony|waiter|waitress|barman|bartender|busker|cabbie|taxi driver|old man|old lady|landlady)s?(?: (?:on|at|in|from|by|near|outside) [^.!?\n]{1,30}?)? (?:that|who|which) (?:(?:only|always|once|used to|kept|would|just)\s+)*(?!(?:bit|attacked|robbed|mugged|evicted|hit|yelled|shouted|screamed|threatened|hated|scratched|scammed|conned|sued|fired|kissed|flirted)(?![\p{L}]))\p{L}+(?: (?:at|with|to|after|around|round))? (?:us|you|u)(?![\p{L}])`,
        String.raw`{B}(?:remember|recall|think (?:of|about)|thinking (?:of|about)|miss|missing|picture|dream (?:of|about))${notNegated(30)} (?:the|those) (?!(?:long|late|good|old|happy|lazy|early|deep|endless|little|fun|best|bad|hard|quiet|sad|awful|many|first|last|early)(?![\p{L}]))[\p{L}'-]{3,} (?:walks|swims|drives|picnics|dinners|breakfasts|brunches|lunches|weekends|sundays|saturdays|trips|rides|runs|quizzes|gigs|barbecues|bbqs|braais|roasts|fry-?ups|lie-?ins)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:the|that|our)\s+(?:[\p{L}'-]+\s+){0,2}?(?:hall|church|park|pub|café|cafe|bar|restaurant|beach|bench|place|spot|shop|corner|bridge|station|market|club|pool|lido|cinema|theatre|theater|venue|field|hill|garden|square|studio|gallery|bookshop|bakery)\s+where we (?:first |once |both )?(?:did|took|had|learned|learnt|met|danced|kissed|sang|ate|watched|saw|sat|shared|tried|found)(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:rows?|fights?|argument|arguments|split|broke up|last (?:talk|conversation|drink))(?![\p{L}]))${NO_FAULT_AFTER}`,
      ].join('|'),
    },
    {
      id: 'without-thinking',
      // Thirteenth round (strengths13 probe): a shared place or thing that comes back unbidden ("I can't eat pad thai
      // without thinking about that tiny stall in Chiang Mai", "I still can't hear Fleetwood Mac without remembering our
      // drive to Cornwall"). The negation reads "can't … without", not "don't remember"; the thing needs its place or its
      // "we", so "I can't sleep without thinking about that night" (the night it ended) is not read.
      re: String.raw`{B}(?:i\s+)?(?:still\s+)?(?:can'?t|cannot|can not|cant|never|couldn'?t)\s+(?:\p{L}+\s+){1,5}?without\s+(?:thinking\s+(?:of|about)|remembering|picturing|smiling at|missing)\s+(?:our|that|those|the)\s+(?:[\p{L}'-]+\s+){0,3}?(?:${EPISODE}|${THING})(?:\s+(?:in|at|on|by|near|along|to|from|we|where we|when we|with (?:you|u))(?![\p{L}]))${NO_FAULT_AFTER}`,
    },
    {
      id: 'told-fondly',
      // Thirteenth round (strengths13): a shared moment told by the reader's act ("You proposed on the pier at
      // Southwold, freezing, in that ridiculous hat", "you first kissed me outside the chippy"), a route walked again
      // ("I walked our old route along the river yesterday"), the reader's party piece fondly ("Your terrible karaoke at
      // Dev's wedding is legendary"). Not a moment of a fault or the end ("you proposed and then you left").
      re: [
        String.raw`{B}(?:you|u) (?:proposed|popped the question|asked me to marry (?:you|u)|first kissed me|kissed me for the first time|first said (?:you loved me|i love you)|got down on one knee)(?:\s+to me)?\s+(?:on|at|in|under|by|outside|during|halfway up|on top of|in the middle of)(?![\p{L}])${NO_FAULT_AFTER}(?![^.!?\n]{0,60}?{B}(?:and then|but then|then)\s+(?:you|u)\s+(?:left|cheated|ran|walked)(?![\p{L}]))(?![^.!?\n]{0,60}?{B}(?:stole|ruined|spoilt|spoiled|wrecked|embarrass\p{L}*|humiliat\p{L}*|in front of everyone)(?![\p{L}]))`,
        String.raw`{B}i\s+(?:(?:still|sometimes|often|even|just)\s+)?(?:walk(?:ed)?|did|drove|ran|run|cycled|cycle|took)\s+(?:our|that)\s+(?:old\s+|usual\s+|sunday\s+|little\s+)?(?:route|walk|loop|run|drive|circuit|path|trail|round)(?![\p{L}])${NO_FAULT_AFTER}`,
        String.raw`{B}(?:your|ur) (?:(?:terrible|awful|famous|legendary|brilliant|drunken|dodgy|questionable|epic|amazing)\s+)?(?:karaoke|speech|dancing|dance moves|moves|toast|singing|performance|costume|impression|impressions|rendition|air guitar|limbo|dad dancing) (?:at|on|in|during) [^.!?\n]{2,40}?{B}(?:is|was|are|were|remains?|'s) (?:still |now |honestly |absolutely |genuinely )?(?:legendary|iconic|the stuff of legend|famous|still talked about|talked about to this day|family legend|a family legend|folklore)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'we-went',
      // Thirteenth round: a journey we made to a named place ("We drove to Scotland on a whim for a gig", "we got the
      // night train to Vienna"). Case as written, so a capital marks the place; not a journey to an ending ("We drove to
      // Cardiff to sign the divorce papers").
      caseSensitive: true,
      re: String.raw`(?<![\p{L}'])[Ww]e (?:first |once |all |both |even |actually |just )?(?:drove|flew|cycled|sailed|hitchhiked|hitched|took the (?:night )?(?:train|ferry|bus|coach|sleeper)|got the (?:night )?(?:train|ferry|bus|coach|sleeper)|caught the (?:night )?(?:train|ferry|bus|coach)|travel+ed|walked|hiked|road-?tripped|backpacked|ran away|eloped|escaped|snuck off|sneaked off) (?:all the way |up |down |over |out |back )?(?:to|across|round|around|through) (?:the )?${NAME}(?![^.!?\n]{0,60}?(?:{B}(?:divorce|solicitor|lawyer|court|funeral|hospital|mediation|papers|custody|split up|break up|end it|for work|separately|him|her|he|she|his)(?![\p{L}])))${NO_FAULT_AFTER}`,
    },
    {
      id: 'more-voices',
      // Thirteenth round (strengths13): memories told in other voices. A gift with its place ("Still I have the bangles
      // you bought for me in Jaipur"), the reader's daily kindness ("You used to make chai for me every morning before
      // office"), a non-native habit ("We were going for long drives on the highway at night"), a place fronted ("In
      // Kraków we walked in the snow"), a family dish fronted ("ur mum's jollof at every party lol i still dream about
      // it"), a moment at an event ("that time at the carnival when u won me that massive teddy"), the two of them in a
      // scene ("me and u on the trampoline at 2am looking at the stars"). Not a gift sent back or sold ("I'm sending back
      // the ring you bought me in Paris"), nor a habit that hurt ("you used to make me cry every night").
      re: [
        String.raw`(?<!{B}(?:send|sending|sent|return|returning|returned|give|giving|throw|threw|thrown|bin|binned|sold|sell|selling|pawn|pawned|burn|burned|burnt|post|posting|posted|drop off|dropped off|get rid of|got rid of|want|wants|lost|lose|losing|broke|break|broken|misplaced|smashed|ruined|forgot|left)\s+(?:back\s+)?(?:all\s+)?){B}(?:the|those|that|this) (?:[\p{L}'-]+ ){0,2}?[\p{L}'-]+ (?:that |which )?(?:you|u) (?:bought|got|gave|made|knitted|brought back|picked out|chose|found) (?:for )?(?:me|us)(?: (?:in|from|at|on) (?:the |our |that )?[\p{L}'-]+)(?![^.!?\n]{0,40}?{B}(?:back|return|returning|sold|pawned|binned|burn\p{L}*|selling|sending)(?![\p{L}]))`,
        String.raw`{B}(?:you|u) (?:used to|would always|'d always|always) (?:make|bring|cook|read|sing|buy|get|pack|warm|leave|put|save|draw|write)\s+(?!(?:me (?:cry|feel|wait|pay|beg|sick|angry|small|stupid)|me alone)(?![\p{L}]))[^.!?\n]{1,40}?\s(?:for me|me|for us|us)?\s*(?:every|each|on) (?:morning|night|evening|day|weekend|(?:${WEEKDAYS})s?)(?![\p{L}])`,
        String.raw`{B}we (?:were|was) (?:always |often |usually )?going (?:for|on) (?:(?:long|late-night|late|evening|morning|sunday|little|small)\s+)?(?:drives|walks|rides|swims|picnics|trips|dinners|coffees|runs|hikes|bike rides)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:your|ur) (?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|auntie|aunty|aunt|uncle)'?s (?:[\p{L}-]+ ){0,2}?[\p{L}-]+[^.!?\n]{0,40}?{B}i (?:still |really |honestly |sometimes )?(?:dream about|dream of|miss|think about|crave) (?:it|them|that)(?![\p{L}])`,
        String.raw`{B}(?:that|the) (?:time|day|night|weekend|summer) (?:at|in|on) (?:the |that |your |ur |our )?[\p{L}'-]+(?: [\p{L}'-]+)?${NO_FAULT_AFTER} (?:when|where) (?:we|you|u) (?!${GRIEF_ING}(?![\p{L}]))(?:won|bought|got|made|carried|taught|sang|danced|fell|found|cooked|built|drove|swam|climbed|tried|laughed|jumped|ate|lost|wore|hid|snuck|met|ran|kissed|held|saved|fixed|rescued|surprised|booked|learned|learnt)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:me and (?:you|u)|you and (?:me|i)|u and me|the two of us|us two) (?:(?:just|still|both)\s+)?(?:on|in|at|under|by|sat|sitting|lying|dancing|singing|squashed|curled up|huddled|wrapped up|soaked|laughing)(?![\p{L}])${NOT_JUDGED}`,
      ].join('|'),
    },
    {
      id: 'fronted-place',
      // A place fronted, case as written ("In Kraków we walked in the snow and you gave me your gloves").
      caseSensitive: true,
      re: String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:In|At|On|Back in) (?:the )?${NAME},? we (?:first |once |all |both |even )?(?:${DID})(?![${LOW}])${NO_FAULT_AFTER}`,
    },
    {
      id: 'us-scene',
      // Seventeenth round (probe): the two of us told without a memory cue. A quirk in common ("We both get far too
      // excited about old maps", "we're both hopeless at parallel parking", "neither of us could walk past a bookshop");
      // a photo of us at a place ("a photo on my fridge of us at the top of Snowdon"); a pet between us ("Biscuit
      // sleeping between us on the sofa every Sunday morning"). Not a photo threatened or sent ("I'll post the photos of
      // us at the beach"), nor a quirk that is a fault in common ("we're both hopeless at saying sorry").
      re: [
        String.raw`{B}(?:we(?:'re| are| were|'d)?\s+both|both of us)\s+(?:(?:always|still|just|used to|would|secretly)\s+)?(?:get|got|go|went|getting|are|were)\s+(?:(?:far|way|so|really|ridiculously|stupidly|properly|weirdly|a bit|totally)\s+)*(?:too\s+)?(?:excited|nerdy|geeky|giddy|silly|soppy|daft|obsessed|competitive) (?:about|over|by|with|at)\s+(?!(?:each other|one another|nothing|everything|it|that|this|money|work|(?:the )?(?:kids|children)|who)(?![\p{L}]))\p{L}`,
        String.raw`{B}(?:we(?:'re| are| were)\s+both|both of us (?:are|were))\s+(?:(?:so|equally|completely|totally|just as|utterly|equally)\s+)?(?:hopeless|useless|rubbish|terrible|awful|clueless|hooked|nerds|suckers|softies|a sucker|soft touches|lightweights) (?:at|about|with|for|on)\s+(?!(?:saying|talking|communicat|listening|apologi|admitting|arguing|fighting|letting go|money|each other|ourselves|sorry)\p{L}*(?![\p{L}]))\p{L}`,
        String.raw`{B}neither of us (?:could|can|would|ever could)\s+(?:ever\s+)?(?:resist|say no to|walk past|pass up|pass|sit through|stay awake (?:through|during)|keep a straight face (?:at|during|through)|finish)\s+(?:a|an|the|that|those|any|one)\s+\p{L}`,
        String.raw`(?<!{B}(?:post|posted|posting|send|sent|sending|share|shared|show|showed|leak|leaked|upload|uploaded|publish|delete|deleted|burn|burnt|burned|print|printed)(?:\s+\p{L}+){0,3}\s+){B}(?:photo|picture|pic|polaroid|selfie|snap)\s+(?:(?:on|in|by|above|from)\s+(?:my|the)\s+\p{L}+\s+)?of (?:us|the two of us|you and me|me and you|us two)\s+(?:at the top of|on top of|at|on|in|outside|under|by|on the beach (?:in|at))\s+(?:the\s+)?\p{L}{3,}(?![^.!?\n]{0,40}?{B}(?:if (?:you|u)|unless)(?![\p{L}]))`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:the|that) (?:(?:first|last|whole)\s+)?(?:day|night|evening|morning|afternoon|weekend|summer|winter|spring|autumn|week|christmas|easter|new year'?s(?: eve)?|holiday)\s+(?:when\s+|that\s+)?(?!(?:you|u|he|she|i)\s)(?:(?!(?:you|u|he|she|they|i|broke (?:up|it)|split|ended|argued|fought|left|died|told|said|last|row|fight|funeral|hospital)(?![\p{L}]))[\p{L}'-]+[\s,]+){0,10}?(?:we|us)(?![\p{L}])(?:(?!\s*(?:(?:both|all|just|only)\s+)?(?:broke|split|ended|argued|fought|rowed|separated|last|finally|decided|stopped|cried|wept|sobbed|barely|never|didn'?t|did not|hardly|had (?:that|the|a|our) (?:row|fight|argument|talk))(?![\p{L}]))[^.!?\n]{0,60})${NOT_JUDGED}${NO_FAULT_AFTER}`,
        String.raw`{B}we were (?:the )?(?:last|only|first) (?:two|ones|couple|people|two people) (?:left )?(?:on|at|in|to (?:leave|arrive))\s+(?:the\s+)?\p{L}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:you|u) (?:teaching|showing|helping) me (?:to|how to|with) \p{L}+${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:dancing|slow-dancing|slow dancing|singing|walking (?:back|home)|getting (?:lost|soaked|caught in the rain)|picnicking|paddling|skinny-dipping|stargazing|sledging|camping|cycling|splashing)\s+(?:(?!(?:alone|by|on|without|with)(?![\p{L}]))[\p{L}'-]+\s+){0,3}?(?:in|on|at|to|from|along|under|through|across|around|round)\s+(?:the|our|that|your|a)\s+\p{L}+(?![^.!?\n]{0,60}?{B}(?:with (?:him|her|them|someone)|alone|on my own|without (?:you|u))(?![\p{L}]))${NOT_JUDGED}`,
        String.raw`{B}(?:sleeping|asleep|curled up|snoring|squashed|wedged|snuggled|lying|sprawled)\s+between us\s+(?:on|in|at)\s+(?:the|our|that)\s+\p{L}`,
      ].join('|'),
    },
    {
      id: 'ours',
      // Twenty-first round (memory21 probe): memories told without the stock cues. A plan said by "you and I", "we'd" or
      // "both of us" ("You and I always said we'd see the northern lights together", "We'd talked about driving Route 66
      // one day"); a thing made the way the reader taught ("I made your grandmother's lentil soup, the way you taught me");
      // a thing "of ours" ("That silly tradition of ours"); a series or a puzzle left unfinished ("We never finished that
      // jigsaw of the Alps"); a day spent somewhere together ("We spent a whole day at Chatsworth feeding the ducks"); a
      // fronted "when we…" warmed by the writer ("When we painted the spare room yellow…, I was so happy"). Not a plan the
      // reader broke ("…and you never did"), a skill taught as a wound ("the way you taught me not to trust anyone"), a
      // day spent arguing or in hospital, nor a "when we…" that soured ("I was happy at first, but…"). Then tastes only
      // the two shared ("We were the only two people who liked that weird Finnish film"), "Sundays were for the flea
      // market", a feast at a place fronted ("Thanksgiving at your grandma's in Ohio"), a series watched through ("we
      // binge-watched all of Gilmore Girls that winter"), a standing date, a pastime the reader got the writer into
      // ("It was you who got me into birdwatching"; not "into drinking" or "into this mess"), a scene tagged "those were
      // the days".
      re: [
        String.raw`{B}(?:we|we'?d|we had|(?:you|u) and (?:i|me)|me and (?:you|u)|the two of us|both of us)(?:\s+(?:always|once|often|even|ever|both|used to))*\s+(?:talked about|planned(?: to)?|dreamed (?:of|about)|dreamt (?:of|about)|said we(?:'?d| would)|promised (?:each other|ourselves) we'?d|wanted to|were going to|had (?:this|a|a big|a crazy|a daft|a silly) plan to|joked about)\s+(?:(?:one day|someday|some day|eventually)\s+)?(?:going|visiting|moving|getting (?:a|our)|adopting|travel+ing|opening|buying|seeing|having (?:a|our)|taking|building|learning|starting|driving|walking|cycling|sailing|hiking|living|renting|retiring|doing (?:the|a)|running (?:a|the)|go|visit|move|adopt|travel|buy|see|take|open|start|build|learn|get (?:a|our)|drive|walk|cycle|sail|hike|live|rent|retire|do (?:the|a)|run (?:a|the))\s+(?!(?:back to (?:each other|how|normal)|away from|apart|separate|our separate|through with)(?![\p{L}]))\p{L}${NO_FAULT_AFTER}${NO_PLAN_BROKEN}`,
        String.raw`{B}i (?:(?:still|always|even|now|sometimes|finally)\s+)*(?:make|made|making|cook|cooked|cooking|bake|baked|baking|brew|brewed|fold|folded|folding|tie|tied|plant|planted|knit|knitted|wrap|wrapped|iron|ironed|prune|pruned|roll|rolled|plait|plaited|braid|braided|season|seasoned|stir|stirred|knead|kneaded)\s+[^.!?\n]{2,60}?(?:,\s*)?(?<!{B}(?:not|never|nothing like|unlike)\s+)(?:the way|just how|how|like|just like|just as|exactly as|exactly how) (?:you|u) (?:(?:always|once|first)\s+)?(?:taught|showed) (?:me|us)(?![\p{L}])(?!\s+(?:not|never|to (?:hate|fear|lie|hide|never))(?![\p{L}]))`,
        String.raw`{B}(?:that|this|a|an|the|those|these) (?:[\p{L}'-]+ ){0,2}?(?:tradition|ritual|joke|in-joke|inside joke|running joke|game|song|spot|place|routine|walk|café|cafe|pub|bench|bet|table|booth|playlist|dance|recipe|corner|hideaway|trip|traditions|rituals|jokes|games|songs|walks|trips) of ours(?![\p{L}])(?![^.!?\n]{0,30}?{B}(?:ended|stopped|died|is over|was over|finished|went out of the window|went out the window)(?![\p{L}]))${NO_FAULT_AFTER}`,
        String.raw`{B}(?:we|the two of us|(?:you|u) and (?:i|me))\s+(?:(?:still|actually|ever)\s+)?(?:never|haven'?t|have not|hadn'?t|didn'?t|did not)\s+(?:(?:quite|actually|ever|get round to|get around to|got round to|got around to)\s+)?(?:finish(?:ed|ing)?|get to the end of|got to the end of)\s+(?:watching |reading |doing |playing |building )?(?:the|that|our|those|this)\s+(?:[\p{L}'-]+\s+){0,3}?(?:series|show|box ?set|jigsaw|puzzle|book|season|crossword|board game|film|trilogy|audiobook|documentary|podcast|lego|model|scrabble game|chess game|boxset|quiz book)(?![\p{L}])(?![^.!?\n]{0,60}?{B}(?:because|cos|since|thanks to|after (?:you|u))(?![\p{L}]))${NO_FAULT_AFTER}`,
        String.raw`{B}(?:we|the two of us|(?:you|u) and (?:i|me)|me and (?:you|u))\s+(?:once |even |always )?spent\s+(?:a whole|the whole|one|a (?:lovely|lazy|long|rainy|sunny|perfect|whole|freezing|boiling)|hours|ages|all)\s+(?:(?:\p{L}+\s+)?(?:day|afternoon|morning|evening|weekend|sunday|saturday)\s+)?(?:in|at|on|by|along|up|wandering|exploring|walking|cycling|swimming|sailing|lying|reading|cooking|baking|building|painting|dancing|learning|watching|playing|trying|feeding|looking for|searching for)(?![\p{L}])(?![^.!?\n]{0,60}?{B}(?:arguing|fighting|rowing|bickering|crying|apart|not speaking|in silence|hospital|a&e|solicitor'?s?|lawyer'?s?|court|police|packing|dividing|splitting|sorting out|waiting for|funeral|divorce|went wrong)(?![\p{L}]))${NO_FAULT_AFTER}`,
        String.raw`{B}we (?:were|was) (?:the )?only (?:two|ones|couple|two people|people) (?:(?:in|at|on) (?:the|that|our) \p{L}+ )?(?:who|that|to) (?:(?:ever|actually|really|genuinely|secretly)\s+)?(?:liked|loved|enjoyed|laughed at|got|understood|finished|sat through|stayed (?:for|till|until|to)|knew (?:all )?the words to|sang along to|danced to|ordered|bought)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?(?:our )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|summer|winter) (?:mornings|evenings|nights|afternoons|holidays)|summers|winters|evenings) (?:were|was) (?:always |all |just )?(?:for|about) (?!(?:(?:your|ur|his|her|my) (?:mates|friends|work|job|mum|mom|family|phone|ex)|work|chores|cleaning|arguing|fighting|rowing|sulking|recovering|hangovers|bills|admin|you|u|me)(?![\p{L}]))(?:the|our|that|those|long|lazy|late|\p{L}+ing)(?![\p{L}])(?![^.!?\n]{0,60}?{B}(?:alone|on my own|without (?:you|u)|while (?:you|u)|anymore|any more|now|these days)(?![\p{L}]))${NO_FAULT_AFTER}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and |oh,? )?(?:those |our |that )?(?:christmas(?:es)?|thanksgivings?|easters?|fourth of july|4th of july|new year'?s(?: eve)?|hogmanay|diwali|eid|hanukkah|bonfire night|halloween|boxing day|christmas eve|passover|burns night)(?:'s)?(?: (?:cookouts?|dinners?|parties|party|lunch(?:es)?|mornings?|barbecues?|bbqs?|feasts?))? (?:at|in|with|round|up at|down at) (?:your|ur|our|the|that)\s+\p{L}(?![^.!?\n]{0,60}?(?:{B}(?:if (?:you|u)|next|this year|tomorrow|sometime|booked|planned|instead|anymore|any more|on my own|alone|without (?:you|u|me)|while (?:you|u|i)|were (?:hell|awful|a nightmare|miserable|tense))(?![\p{L}])|\?))${NOT_JUDGED}${NO_FAULT_AFTER}`,
        String.raw`{B}we (?:once |even |actually )?(?:binge-?watched|binged|marathoned|(?:re-?)?watched (?:all|every (?:single )?episode|every season|all (?:\w+ )?seasons|the whole (?:series|thing|box ?set)) of|read (?:all|every one) of|got through (?:all|every (?:single )?(?:episode|season|book)) of)\s+\p{L}`,
        String.raw`{B}we had (?:a|our) (?:(?:little|old|sacred)\s+)?(?:standing|regular|weekly|monthly|usual|sunday|friday|saturday|thursday|wednesday|tuesday|monday) (?:date|table|booking|order|spot|booth|tee time|court booking|quiz team|tradition|ritual)(?![\p{L}])${NO_FAULT_AFTER}`,
        String.raw`{B}(?:it was |it's |twas )?(?:you|u) (?:who |that )?(?:first )?(?:got|introduced|turned|put) me (?:into|onto|on to|to|on) (?!(?:trouble|debt|this|that|the mess|a mess|this mess|therapy|drink\p{L}*|smok\p{L}*|gambl\p{L}*|drugs|weed|coke|vap\p{L}*|betting|arguments?|fights?|a corner|a state|a hole|a position|a situation|bad habits|the habit)(?![\p{L}]))(?:[\p{L}'-]+ )?\p{L}{3,}(?![^.!?\n]{0,40}?{B}(?:ruined|regret|wish|hate|never again)(?![\p{L}]))`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?!(?:being|having|loving|living|fighting|arguing|trying|waiting|crying|working|drinking)(?![\p{L}]))\p{L}{2,}ing [^.!?\n]{5,80}?,\s*(?:those|them|these|that) (?:were|was) the (?:days|nights|summers|weekends|times)(?![\p{L}])${NOT_JUDGED}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and )?when we (?:first |once |finally )?(?:${DID})(?![\p{L}])[^.!?\n]{3,120}?{B}(?:i (?:was|felt) (?:(?:so|really|genuinely|truly|just|completely|never)\s+)*(?:happy|content|alive|at home|proud|lucky|at peace)|i (?:loved|adored) (?:it|every (?:minute|second|bit))|(?:it|that) (?:was|felt like) (?:(?:the|one of the) (?:best|happiest)|magic|heaven))(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:at first|until|till|before|but|then|anymore|any more)(?![\p{L}]))${NO_FAULT_AFTER}`,
      ].join('|'),
    },
    {
      id: 'unfinished',
      // Twenty-first round: a named series, book or game the two left half done ("We still haven't finished The Wire").
      // Case as written: the capital marks the title.
      caseSensitive: true,
      re: String.raw`(?<![\p{L}'])(?:[Ww]e|[Tt]he two of us) (?:(?:still|actually|ever)\s+)?(?:never|haven'?t|have not|didn'?t|did not)\s+(?:(?:quite|actually|ever)\s+)?(?:finished|finish|got to the end of|get to the end of)\s+(?:watching |reading |playing )?(?:The )?${NAME}${NO_FAULT_AFTER}`,
    },
  ],
  antipatterns: [
    // Twenty-first round (memory21 probe): a keepsake held against the reader is no memory. Kept in defiance ("I've kept
    // the photos from Ibiza, and I'm not deleting them"), a key or a password kept ("I still have the key to your flat on
    // Morley Road", the guide's "i still have ur password btw"), a shared trip kept as a debt ("The honeymoon in Bali…,
    // which you still haven't paid back"), a memory held up to be denied ("Think back to Greece and tell me you don't
    // still love me").
    sentenceWith(
      String.raw`{B}(?:not|never|won'?t|wont|refuse to|no way i'?m)\s+(?:be\s+)?(?:deleting|delete|giving (?:them|it|those|these|that) back|give (?:them|it|those|these|that) back|handing (?:them|it|those|these|that) back|taking (?:them|it|those|these|that) down)(?![\p{L}])|{B}(?:have|got|kept|keep|'ve got|'ve still got)\s+(?:a\s+|the\s+|your\s+|ur\s+)?(?:spare\s+)?(?:keys?|copy of (?:the|your|ur) keys?)\s+(?:to|for)\s+(?:your|ur|the)\s+(?:new\s+)?(?:flat|house|place|apartment|front door|door|car|office|building|room)(?![\p{L}])|{B}(?:your|ur) (?:passwords?|passcodes?|pin|logins?|icloud|email password)(?![\p{L}])|{B}(?:still\s+)?(?:haven'?t|hasn'?t|never|didn'?t|did not|have not)\s+(?:\p{L}+\s+)?paid (?:me |it |that |them )?back(?![\p{L}])|{B}tell me (?:(?:that|honestly)\s+)?(?:you|u) (?:don'?t|do not|didn'?t|did not|can'?t|cannot|never|aren'?t|weren'?t|wouldn'?t)(?![\p{L}])|{B}(?:was|were) the (?:last|only|first) time (?:you|u) (?:ever |even |actually )?(?:pretended|bothered|could be bothered|made (?:an|any) effort|acted like|faked|tried to look)(?![\p{L}])|{B}(?:look (?:how|where) that (?:turned out|went|ended|got us)|(?:and )?look at us now|so much for (?:that|those|our)|fat chance|yeah,? right)(?![\p{L}])`,
    ),
    // Seventeenth round (probe): an occasion let down by the writer is their fault, not a memory ("I spent our
    // anniversary at the office"; accountability reads it).
    "{B}i\\s+(?:(?:even|also|once)\\s+)?(?:spent|worked(?:\\s+through)?)\\s+(?:our|your|ur)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:at\\s+(?:the\\s+)?(?:office|work|pub|bar|casino|bookies|gym)|working|on\\s+(?:my|the)\\s+(?:phone|laptop)|with\\s+(?:the\\s+lads|my\\s+mates|the\\s+boys|work))(?![\\p{L}])",
    // Seventeenth round (probe): a time spent apart is no shared memory ("That Christmas we spent apart was awful").
    '{B}we\\s+(?:(?:both|each)\\s+)?spent\\s+(?:it\\s+|them\\s+)?apart(?![\\p{L}])',
    // Sixteenth round (lead review): the last call or quarrel is not a shared memory ("I have been thinking a lot about our
    // last conversation on the phone").
    String.raw`{B}our (?:last|final|latest|most recent) (?:conversation|phone call|call|chat|talk|argument|fight|row|text|texts|message|messages|exchange|meeting)(?![\p{L}])`,
    // Sixteenth round (lead review): a date forgotten is a fault owned, not a memory shared ("I forgot our anniversary
    // twice", "i missed ur birthday").
    String.raw`{B}(?:forgot|forget|forgetting|forgotten|missed|miss|skipped|slept through|worked through|worked on) (?:our|your|ur|my) (?:\p{L}+ )?(?:anniversary|anniversaries|birthday|birthdays|date night|wedding anniversary)(?![\p{L}])`,
    // Thirteenth round: a place gone back to for an errand, not a shared past ("I went back to Lisbon for work last
    // month", "I've been back to Cork for my cousin's wedding").
    String.raw`{B}(?:went|go|going|been|get|got|flew|drove|travel+ed) back to [^.!?\n,;]{1,40}?{B}for (?:work|business|a (?:conference|meeting|job|course|funeral|wedding|interview|training|christening)|my (?:job|course|work|training|cousin'?s?|sister'?s?|brother'?s?|friend'?s?|mate'?s?|nan'?s?|gran'?s?|mum'?s?|mom'?s?|dad'?s?|uncle'?s?|aunt'?s?|aunty'?s?|auntie'?s?)|(?:a|my|the) (?:friend'?s?|mate'?s?|cousin'?s?|colleague'?s?) )`,
    // A place in a practical arrangement, not a shared past: "I've found one in Clapham who has evening slots" (a
    // counsellor), "booked a mediator in Leeds".
    "{B}(?:i'?ve |i have |i )?(?:found|booked|got|rang|called|emailed|contacted|tried) (?:one|someone|somebody|a (?:counsel+or|therapist|psychologist|place|flat|room|course|group|clinic|practice|mediator|solicitor|lawyer|sponsor|meeting)) (?:in|at|near|from|off) ",
    // Evidence kept, not a keepsake: "I still have all the photos from Ibiza, and I still have the texts" (the guide: an
    // episode used as leverage is not memory).
    "{B}(?:still )?(?:have|got|kept|saved) (?:all )?(?:the |your |ur |those |our )?(?:photos|pictures|pics|videos|texts|messages|screenshots|emails|recordings|voice notes)[^.!?\\n]{0,60}?{B}(?:and|plus|also) (?:i )?(?:still )?(?:have|got|kept|saved) (?:all )?(?:the |your |ur |those |our )?(?:texts|messages|screenshots|emails|recordings|voice notes|videos)|{B}(?:photos|pictures|pics|videos|texts|messages|screenshots)[^.!?\\n]{0,40}?(?:just so (?:you|u) know|remember that|don'?t forget|in case (?:you|u)|if (?:you|u) (?:ever|don'?t|won'?t))",
    // A place never reached, a keepsake used as a key, a shared thing still being paid for.
    "{B}(?:never|didn'?t|did not) (?:make it|made it|get|got|go|went|manage|managed) (?:to|as far as)(?![\\p{L}])",
    sentenceWith(
      "{B}(?:don'?t be surprised|let myself in|watch your back|(?:still )?paying (?:off|for))(?![\\p{L}])",
    ),
    // A keepsake that was never the writer's: "I found the letter you sent him".
    '{B}(?:you|u) (?:once |always )?(?:sent|wrote|gave|bought|texted|made|knitted|painted) (?:him|her|them|someone|somebody)(?![\\p{L}])',
    // An episode named as the scene of the writer's own fault, in either order: "I felt so small that night at the
    // party, and I took it out on you", "That night at your sister's engagement party I was out of order", "I lied
    // about where I was that night in March", "The weekend in Bath I spent the whole time on my phone". It is an
    // admission (accountability), not a good time brought back; a warm episode in another clause keeps its memory
    // ("I still think about our trip to Rome, and I'm sorry I ruined the last night" is read clause by clause).
    `{B}(?:that|the|this|those) (?:[\\p{L}'-]+ ){0,1}?(?:${WHEN_WHERE}|time|dinner)s?(?![\\p{L}])[^.!?\\n]{0,60}?{B}${OWN_FAULT}|{B}${OWN_FAULT}[^.!?\\n,;]{0,50}?{B}(?:that|those) (?:[\\p{L}'-]+ ){0,1}?(?:${WHEN_WHERE})s?(?![\\p{L}])`,
    // Shared years laid against the reader leaving: "after all those summers in Bali, you just walked away".
    '{B}after (?:all|everything)(?![\\p{L}])[^.!?\\n]{0,80}?{B}(?:you|u) (?:just |simply |then |still )?(?:walked away|walked off|threw (?:it|us|that|everything) (?:all )?away|gave up on (?:us|me)|upped and left|disappeared|vanished|left|stopped (?:calling|talking|answering|texting|replying))(?![\\p{L}])',

    // Someone else's return ("you only went back to Chris"), a question about their mind ("do you still think about
    // Lisbon?"), a memory picked over for lies, a date that only counts sobriety, a humiliation, photos to delete.
    '{B}(?:you|u|he|she|they) (?:only |just |even |then |soon )?(?:went|go|going|gone) back to(?![\\p{L}])|{B}do (?:you|u) (?:still |ever )?(?:think|dream) (?:about|of)(?![\\p{L}])',
    sentenceWith(
      "{B}(?:solicitor'?s?|court|lawyer|divorce|custody|split up|broke up|break-?up)(?![\\p{L}])|{B}(?:when i knew|(?:it|we) (?:was|were) over|didn'?t (?:speak|talk|say a word) to me)(?![\\p{L}])|{B}(?:show|post|send) (?:them|it|those|these) to(?![\\p{L}])(?! (?:you|u)(?![\\p{L}]))|{B}tell everyone(?![\\p{L}])|{B}trying to (?:work out|figure out|understand) (?:which|what|if|whether|why)|{B}(?:haven'?t|have not|not) (?:had|touched) a (?:drink|drop|bet)|{B}(?:sober|clean) since|{B}i (?:humiliated|embarrassed|shouted at|yelled at|screamed at|insulted|belittled|betrayed|cheated on|lied to) (?:you|u)(?![\\p{L}])|{B}(?:promise[ds]? to|asked me to|told me to) delete|{B}grateful to (?:you|u) for teaching me how to be",
    ),
    // An offer to meet at a place is an invitation, not a memory ("coffee at that place on Elm Street
    // sometime?"), unless the sentence marks the place as theirs ("our", "that little place", "where we").
    `^(?![^\\n]{0,300}?{B}(?:(?:where|when) we|our|(?:that|the) (?:little|old|usual|same)|(?:go|come|head|get|going) back|again)(?![\\p{L}]))(?=[^\\n]{0,300}?(?:{B}(?:would|do|could|will|wanna) (?:you|u) (?:want|like|fancy|be up for)|{B}(?:sometime|some time|one of these days)(?![\\p{L}])|{B}(?:let'?s|we (?:could|should)) (?:meet|grab|get|go|have)(?![\\p{L}])))[^\\n]{1,300}`,
    // An episode named as the scene of the writer's own fault, inside an apology ("I'm sorry for what I said
    // that night in the kitchen"): the apology carries it; it is not a shared memory to bring back.
    sentenceWith(
      "{B}(?:(?:i'?m|i am|im|so|really|truly|deeply) sorry|apologi[sz]e|forgive me|my apologies)(?![\\p{L}])",
    ),
    // An episode named as the worst of times, or as the scene of someone else.
    sentenceWith(
      '{B}(?:the worst (?:day|night|week|weekend|month|year|time|times|trip|holiday|summer|christmas|birthday|moment|mistake|thing|decision|of)|a nightmare|hell on earth|a mistake|a waste|wasted|on (?:your|ur) phone|in case (?:you|u))(?![\\p{L}])|{B}(?:with|and) (?:him|her)(?![\\p{L}])',
    ),
    // An episode named as where it went wrong, spoilt, or spent on someone else: "that trip to Prague was where it
    // all started going wrong", "the holiday in Crete was ruined", "that weekend you spent texting him".
    sentenceWith(
      '{B}(?:(?:was|were|got) (?:completely |totally |kind of |a bit )?(?:ruined|spoilt|spoiled|wrecked)|(?:started|began) (?:going |to go )?wrong|the beginning of the end|went downhill|fell apart|where it all (?:went|started)|(?:texting|messaging|flirting with) (?:him|her|them|someone|somebody|your ex)|(?:last|big|first|final|worst|massive|huge|blazing|almighty|awful|horrible|stupid) (?:fight|argument|row)|(?:regret|regretting) missing|(?:you|u) (?:must|should|have to|need to|gotta) (?:try|go to|visit|check out))(?![\\p{L}])',
    ),
    // Fifteenth round: shared time held up as leverage before a decision ("Think about all those Sunday dinners at my
    // mum's before you throw it away", "remember Lisbon, then tell me it meant nothing").
    sentenceWith(
      String.raw`{B}before (?:you|u) (?:throw|walk|give|let|toss|chuck|bin|end|decide|make up (?:your|ur) mind|move on|sign)(?![\p{L}])|{B}tell me (?:it|that|they|those|we) (?:meant|mean|was|were) nothing(?![\p{L}])`,
    ),
    // Shared time doubted, as leverage: "wondering which of those weekends in Bristol were real".
    sentenceWith(
      '{B}(?:which of|wondering (?:if|whether)|(?:was|were) (?:it |any of it |all )?(?:even )?(?:real|fake|a lie|lies)|meant (?:anything|nothing))(?![\\p{L}])',
    ),
    // Places the reader goes or things the reader keeps alone are not shared: "do you still walk past …".
    '{B}(?:you|u|he|she|they)(?: still| ever| often| always| sometimes| never)? (?:walk(?:ed|s)? past|dr(?:o|i)ves? past|went back to|go(?:es)? back to|been back to|pass(?:ed|es)?|still (?:have|make|cook|listen to|wear))(?![\\p{L}])',
    // Keepsakes held as leverage: "don't forget I've still got the photos".
    sentenceWith("{B}(?:don'?t|do not|never) forget (?:that )?(?:i|i'?ve|i have|i still)(?![\\p{L}])"),
    // Keepsakes as a veiled threat: "the videos could end up somewhere you wouldn't like".
    sentenceWith(
      "{B}(?:end up (?:somewhere|online|on (?:the )?(?:internet|facebook|instagram|insta))|somewhere (?:you|u) (?:wouldn'?t|won'?t|would not) (?:like|want)|do anything with (?:them|it|those)|(?:your|ur) (?:new )?(?:boss|husband|wife|partner|boyfriend|girlfriend|bf|gf|mum|mom|dad|parents|family|colleagues|kids|employer|manager|fianc\\p{L}*|mates|friends) (?:would|'d|might|will|'ll) (?:love|like|want|be (?:interested|keen)) to (?:see|hear|read|know about)|read (?:them|it|those|these) out|show (?:them|it|those|these) to (?:everyone|him|her|people|your)|just saying|just so (?:you|u) know|(?:post|leak|upload|share)(?:ed|ing)? (?:them|it|those|these)(?! (?:to|with) (?:you|u)))(?![\\p{L}])",
    ),
    // Thanks or praise for a harm (lexicon/en/grievance.ts): "nice work forgetting our anniversary again".
    sentenceWith(SARCASM),
    // A shared habit or place told as dreary, unless the sentence warms to it: "Our evenings at home were silent",
    // "our weekends at ur dads were so awkward tbh", "I felt lonely on our nights at home".
    `(?<!{B}(?:${WARMED})(?![\\p{L}])[^.!?\\n]{0,100}){B}our (?:(?!(?:it|it'?s|we|you|u|i|that|which|who|and|but|though|although|even)(?![\\p{L}']))[\\p{L}'-]+ ){1,7}?(?:was|were|had become|became|had turned into|turned into|ended|ended up|always ended|felt|got|grew|had got|had grown)(?: (?:always|mostly|often|usually|so|really|very|just|pretty|quite|a bit|kind of|kinda|increasingly|more and more|all|nothing but|by then|by the end|completely|totally|too|spent|in))* (?:${DREARY})(?![\\p{L}])(?![^.!?\\n]{0,100}?{B}(?:${WARMED})(?![\\p{L}]))|{B}(?:i|we) (?:felt|was|were|got|grew)(?: (?:so|really|very|often|always|increasingly|completely|quite))* (?:lonely|miserable|unhappy|bored|sad|alone|invisible|trapped|stuck) (?:on|in|during|through|at) our(?![\\p{L}])`,
    // Sarcastic thanks: "thanks for ruining my birthday".
    '{B}(?:thanks|thank you|thank u)(?: a lot| so much| very much)? for (?:nothing|ruining|wrecking|breaking|wasting|leaving|ignoring|lying|cheating|making me (?:feel|cry)|ghosting|dumping)(?![\\p{L}])',
    // Vague nostalgia and idealization: not specific enough to be a memory.
    '{B}(?:good|great|best|happy|old|perfect) (?:times|days|old days|memories){E}|{B}perfect (?:couple|relationship|life|love){E}',
    // What the reader remembers or feels, asserted rather than asked, is mind-reading.
    sentenceWith(
      "{B}(?:i know|i can tell|i'?m sure|i bet|deep down) (?:that )?(?:you|u){E}|(?<!{B}(?:do|did|d'|dya|d'ya|dyou|d'you)\\s*){B}(?:you|u) (?:still |secretly |probably |must )?(?:miss|think (?:about|of)|remember|dream (?:of|about)|cherish|regret){E}(?![^?\\n]*\\?)",
    ),
    // A hardship done to the couple by someone else is not a fond memory: "the bailiff who evicted us".
    sentenceWith(
      '{B}(?:who|that|which|they|he|she) (?:(?:once|then|just|finally)\\s+)?(?:evicted|robbed|mugged|attacked|burgled|sued|arrested|scammed|conned|threatened|fined|repossessed) (?:us|me|you|u)(?![\\p{L}])',
    ),
    // Shared hardships told as blame: "the night we fought", "our trip where you ignored me".
    sentenceWith(
      '{B}(?:you|u) (?:started|began|kept|were|was) (?:lying|cheating|seeing|texting|ignoring|hiding|sneaking|drinking|pulling away)(?![\\p{L}])|(?<!{B}(?:voicemails?|notes?|messages?|letters?|cards?|flowers|presents?|gifts?) )(?<!{B}(?:voicemails?|notes?|messages?|letters?|cards?) (?:that|which) ){B}(?:you|u) (?:ruined|ignored|left(?! (?:the |a )?(?:porch |hallway |landing |kitchen |hall |front )?lights? on)|cheated|lied|yelled|ditched|abandoned|humiliated|embarrassed|spoiled|wrecked|kissed|slept with|went off with|walked out|dumped|ghosted|blocked|flirted){E}|{B}(?:never forget|remember) (?:what|how) (?:you|u){E}(?! (?:laughed|smiled|danced|sang|looked at me|blushed|grinned|lit up|giggled|beamed|drove (?:through|across|all night|overnight|for hours|the whole way)|carried me|looked after (?:me|my|us)|nursed (?:me|my)|held (?:me|my hand)|taught me|stayed up with me|sat with me|came all the way)(?![\\p{L}]))|{B}separate ways{E}',
    ),
  ],
  examples: [
    // Twenty-first round (memory21 probe): memories told without the stock cues, and keepsakes held against the reader.
    { flagged: "[[You and I always said we'd see the northern lights together]].", pattern: 'ours' },
    { flagged: "[[We'd talked about driving Route 66 one day]], and I still have the map.", pattern: 'ours' },
    { flagged: '[[me and u always said wed retire to the coast and open a chippy]]', pattern: 'ours' },
    { notFlagged: "You and I always said we'd visit Japan, but you backed out." },
    { notFlagged: 'Both of us wanted to move to Bristol until you changed your mind.' },
    { notFlagged: "You and I always said we'd go back to how things were, and we never did." },
    {
      flagged: "[[I made your grandmother's lentil soup last night, the way you taught me]].",
      pattern: 'ours',
    },
    { flagged: '[[I still fold the towels in thirds just like you showed me]].', pattern: 'ours' },
    { notFlagged: 'I made my own decisions, not the way you taught me.' },
    { notFlagged: 'I made sure to hide it, the way you taught me not to trust anyone.' },
    {
      flagged:
        '[[That silly tradition of ours]], a note on the first day of spring, is something I still do.',
      pattern: 'ours',
    },
    { flagged: '[[the running joke of ours about the pigeon still gets me]]', pattern: 'ours' },
    { notFlagged: 'That stupid habit of yours, leaving the door unlocked, drove me mad.' },
    { flagged: '[[We never finished that jigsaw of the Alps]].', pattern: 'ours' },
    {
      flagged: "[[We still haven't finished The Wire]]; we stopped halfway through season three.",
      pattern: 'unfinished',
    },
    { notFlagged: 'We never finished that conversation about money.' },
    { notFlagged: 'We never finished Monday because you stormed out.' },
    { flagged: '[[We spent a whole day at Chatsworth feeding the ducks]].', pattern: 'ours' },
    { flagged: '[[We spent a whole afternoon on the pier trying to win a teddy]].', pattern: 'ours' },
    { notFlagged: 'We spent the whole day at the hospital waiting for news.' },
    {
      flagged:
        '[[When we painted the spare room yellow and ended up with more paint on us than on the walls, I was so happy]].',
      pattern: 'ours',
    },
    { notFlagged: 'When we got engaged I was so happy, until you told your mum.' },
    { notFlagged: "I've kept the photos from Ibiza, and I'm not deleting them, whatever you say." },
    { notFlagged: 'I still have the key to your flat on Morley Road.' },
    { notFlagged: "The honeymoon in Bali cost me eight thousand pounds, which you still haven't paid back." },
    { notFlagged: "Think back to Greece and tell me you don't still love me." },
    { notFlagged: "The trip to Rome was the week you told me you'd slept with Mark." },
    { flagged: '[[We were the only two people who liked that weird Finnish film]].', pattern: 'ours' },
    { notFlagged: 'We were the only couple who argued at the party.' },
    {
      flagged: '[[Sundays were for the flea market and the croissants from that French bakery]].',
      pattern: 'ours',
    },
    { flagged: '[[Saturday mornings were for long lie-ins and pancakes]].', pattern: 'ours' },
    { notFlagged: 'Weekends were for your mates.' },
    { notFlagged: 'Sundays were for cleaning.' },
    { notFlagged: "You and I always said we'd get a place together, and look how that turned out." },
    { notFlagged: 'That tradition of ours ended when you moved out.' },
    { notFlagged: 'Our trip to Cornwall was the last time you pretended to care.' },
    {
      flagged: "[[Thanksgiving at your grandma's in Ohio]], with the green bean casserole nobody ate.",
      pattern: 'ours',
    },
    { notFlagged: "Christmas at your mum's was always a nightmare." },
    { notFlagged: "Christmas at my sister's this year, if you want to come." },
    { flagged: '[[we binge-watched all of Gilmore Girls that winter]]', pattern: 'ours' },
    { flagged: '[[We had a standing date at the diner on 8th every Friday]].', pattern: 'ours' },
    { flagged: '[[It was you who got me into birdwatching]], and I still go.', pattern: 'ours' },
    { notFlagged: 'You got me into drinking.' },
    { notFlagged: 'You got me into this whole mess.' },
    { flagged: '[[Walking the dog along the beach at sunset, those were the days]].', pattern: 'ours' },
    { notFlagged: 'Arguing in the car every Sunday, those were the days.' },
    { flagged: '[[That Airbnb in Lisbon with the broken shower and the amazing view]].', pattern: 'place' },
    { notFlagged: 'That Airbnb in Leeds was where you told me.' },
    { notFlagged: 'We never finished the book we were writing together because of your drinking.' },
    // Seventeenth round (probe): the two of us told without a memory cue.
    {
      flagged: '[[We both get far too excited about old maps]], and nobody else I know does.',
      pattern: 'us-scene',
    },
    { flagged: "[[We're both hopeless at parallel parking]].", pattern: 'us-scene' },
    { notFlagged: "We're both hopeless at saying sorry." },
    { flagged: '[[Neither of us could ever walk past a second-hand bookshop]].', pattern: 'us-scene' },
    {
      flagged: "[[There's a photo on my fridge of us at the top of Snowdon]], both soaked.",
      pattern: 'us-scene',
    },
    { notFlagged: "I'll post the photo of us at the beach if you don't answer." },
    {
      flagged: '[[Your dog Biscuit sleeping between us on the sofa every Sunday morning]].',
      pattern: 'us-scene',
    },
    { notFlagged: 'I left all the planning of the wedding to you.' },
    {
      flagged: '[[The morning the car broke down outside Inverness and a farmer towed us with his tractor]].',
      pattern: 'us-scene',
    },
    { notFlagged: 'The night we broke up, I walked home in the rain.' },
    { notFlagged: 'The day you told me, we were in the car.' },
    { flagged: "[[We were the last two people on the dance floor at Ryan's wedding]].", pattern: 'us-scene' },
    { flagged: '[[You teaching me to ride a bike at thirty in Victoria Park]].', pattern: 'us-scene' },
    {
      flagged: '[[Dancing in the kitchen to Fleetwood Mac while the pasta boiled over]].',
      pattern: 'us-scene',
    },
    { notFlagged: 'Dancing in the kitchen with her now, are you?' },
    { notFlagged: 'Walking home alone from the station every night, I think of you.' },
    { notFlagged: 'That Christmas we spent apart was awful.' },
    { notFlagged: 'I spent our anniversary at the office.' },
    { notFlagged: 'The day the test came back we both cried in the car park.' },
    { notFlagged: 'I left you to deal with the wedding on your own.' },
    { flagged: '[[I passed by the church hall where we did the salsa class]].', pattern: 'sideways' },
    { notFlagged: 'I passed the pub where we had that massive row.' },
    { flagged: '[[The bus to Mysore]], sharing one earphone each.', pattern: 'scene' },
    {
      flagged:
        '[[Do you still remember the chai stall outside the college gate]], where uncle gave us extra biscuits?',
      pattern: 'recall',
    },
    { notFlagged: 'Friday nights at the pub with your mates while I sat at home.' },
    {
      flagged: '[[Pancake Tuesdays at your flat]], flipping them onto the ceiling.',
      pattern: 'ritual-fragment',
    },
    { notFlagged: "Most Tuesdays I'm at work till nine." },
    { flagged: '[[Every time I see a heron I think of the canal walks]].', pattern: 'sideways' },
    { notFlagged: 'I think of the long walks.' },
    { flagged: '[[The bike rides out to Box Hill]].', pattern: 'scene' },
    { flagged: '[[The awful B&B in Rye]].', pattern: 'scene' },
    { notFlagged: 'The trip to Leeds next week is cancelled.' },
    {
      flagged: '[[i still think about the taco truck on 9th and the guy who gave u extra limes]]',
      pattern: 'recall',
    },
    { flagged: '[[remember the bodega cat on 5th that only liked you]]?', pattern: 'sideways' },
    { notFlagged: 'Remember the dog on our road that bit you?' },
    { notFlagged: "Think about all those Sunday dinners at my mum's before you throw it away." },
    // Fifteenth round (strengths15): memories told sideways.
    { flagged: '[[Friday curry nights]].', pattern: 'ritual-fragment' },
    {
      flagged: "[[Sunday fry-ups at your mam's]], with the dog under the table waiting on a rasher.",
      pattern: 'ritual-fragment',
    },
    { notFlagged: "Sunday lunch at mine, if you're free." },
    { notFlagged: 'Saturday mornings at that job were hell.' },
    { flagged: '[[the way you sang in the car on the A30]]', pattern: 'ritual-fragment' },
    { notFlagged: 'The way you looked at him at the party.' },
    {
      flagged: '[[Found the Scrabble scoresheet from the caravan weekend at the back of a drawer]].',
      pattern: 'we-did',
    },
    { notFlagged: 'Found the receipt from the solicitor at the back of a drawer.' },
    {
      flagged: '[[I planted the tomato seeds we saved from the allotment last August]].',
      pattern: 'more-shared',
    },
    { notFlagged: 'I used the deposit we saved to pay off the card.' },
    {
      flagged: "[[Every Christmas Eve we'd watch Muppet Christmas Carol with the lights off]].",
      pattern: 'lived',
    },
    { flagged: '[[I still think about our allotment]].', pattern: 'recall' },
    // Thirteenth round (strengths13): a season spent doing something together, a small lodging named at the start, a
    // fronted moment named a treasured memory, a story the reader made up, and a place gone back to for an errand.
    {
      flagged:
        'I often [[think of the autumn we spent restoring]] the old bureau that belonged to your grandmother, the smell of linseed oil in the spare room.',
      pattern: 'recall',
    },
    { flagged: '[[The weekend we spent painting the flat was the best]].', pattern: 'the-time-we' },
    { notFlagged: 'That whole year we spent walking on eggshells around each other was exhausting.' },
    {
      flagged: '[[That little B&B in Whitby with the creaky stairs]], I think about it all the time.',
      pattern: 'place',
    },
    {
      flagged: "[[Dancing with you to Abba at your gran's ninetieth is one of my happiest memories]].",
      pattern: 'fond-memory',
    },
    {
      flagged: '[[Watching u learn to swim at 40 is still my favourite memory lol]]',
      pattern: 'fond-memory',
    },
    { notFlagged: 'Being with you is my happiest memory.' },
    { notFlagged: 'Holding my daughter for the first time is my happiest memory.' },
    {
      flagged:
        'Mia still asks for [[the bedtime story you made up]] about the dragon who was scared of the dark.',
      pattern: 'fond-memory',
    },
    { notFlagged: 'I heard all about the story you made up about me to your mates.' },
    { notFlagged: 'That was a story you made up to cover for where you really were.' },
    { notFlagged: 'I went back to Lisbon for work last month.' },
    {
      flagged: "[[I can't eat pad thai without thinking about that tiny stall in Chiang Mai]].",
      pattern: 'without-thinking',
    },
    { notFlagged: "I can't sleep without thinking about that night." },
    { notFlagged: "I can't pass the pub without thinking about that night you left with him." },
    { flagged: '[[you singing along to magic fm in the car]]', pattern: 'fragment' },
    {
      flagged: '[[doing the big shop on a sunday and you insisting on the self checkout]]',
      pattern: 'fragment',
    },
    { notFlagged: 'You shouting at me in the car in front of the kids.' },
    { notFlagged: 'Trying to talk and you ignoring me for days.' },
    { notFlagged: 'You driving in the snow like that terrified me.' },
    { notFlagged: 'I hated you singing in the car.' },
    { flagged: '[[Still I have the bangles you bought for me in Jaipur]].', pattern: 'more-voices' },
    { notFlagged: "I'm sending back the ring you bought me in Paris." },
    { notFlagged: 'I lost the rings you gave me at the beach that summer.' },
    { flagged: '[[You used to make chai for me every morning before office]].', pattern: 'more-voices' },
    { notFlagged: 'You used to make me cry every night.' },
    {
      flagged: '[[We were going for long drives on the highway at night with old songs]].',
      pattern: 'more-voices',
    },
    { flagged: '[[In Kraków we walked in the snow and you gave me your gloves]].', pattern: 'fronted-place' },
    { flagged: "[[ur mum's jollof at every party lol i still dream about it]]", pattern: 'more-voices' },
    { flagged: '[[that time at the carnival when u won me that massive teddy]]', pattern: 'more-voices' },
    { notFlagged: 'That time at the party when you kissed him in front of everyone.' },
    { flagged: '[[me and u on the trampoline at 2am looking at the stars]]', pattern: 'more-voices' },
    {
      flagged: "[[Our Diwali at your parents' house]], with all the diyas, was so beautiful.",
      pattern: 'our-thing',
    },
    { flagged: '[[remember our 3am maccies runs after work]]', pattern: 'our-thing' },
    {
      flagged: '[[You proposed on the pier at Southwold]], freezing, in that ridiculous hat.',
      pattern: 'told-fondly',
    },
    { notFlagged: 'You proposed on the beach and then you left me six months later.' },
    { flagged: '[[I walked our old route along the river yesterday]].', pattern: 'told-fondly' },
    { flagged: "[[Your terrible karaoke at Dev's wedding is legendary]].", pattern: 'told-fondly' },
    { flagged: '[[I still cant believe we drove to Scotland on a whim for a gig]]', pattern: 'we-went' },
    { notFlagged: 'We drove to Cardiff to sign the divorce papers.' },
    { notFlagged: 'We drove to Leeds so you could see him.' },
    { notFlagged: "You proposed at my sister's wedding and stole her day." },
    { notFlagged: 'The kids still talk about the time you shouted at the waiter.' },
    { flagged: '[[We had so much fun in Barcelona]].', pattern: 'named-time' },
    { notFlagged: 'We had so much fun together.' },
    {
      flagged: '[[Teaching you to ride a bike at 30 in the park was the funniest afternoon of my life]].',
      pattern: 'fond-memory',
    },
    { notFlagged: 'Meeting you was the best day of my life.' },
    { flagged: '[[Hearing Wonderwall still takes me right back to the Leeds festival]].', pattern: 'place' },
    {
      flagged:
        '[[I found your handwriting on a shopping list in a cookbook]] and just sat on the kitchen floor.',
      pattern: 'kept-from-you',
    },
    { flagged: '[[the way u used to steal my hoodies and pretend u didnt]]', pattern: 'fragment' },
    { notFlagged: 'The way you used to talk to me in front of your friends.' },
    { notFlagged: 'The way you used to leave your dishes everywhere drove me mad.' },
    {
      flagged: '[[The smell of your coffee in the morning]], the radio on, the cat on the windowsill.',
      pattern: 'fragment',
    },
    {
      flagged: '[[That Christmas your dad taught me to carve the turkey]], I felt like family.',
      pattern: 'fragment',
    },
    { flagged: '[[The kids still talk about camping at Loch Ness with you]].', pattern: 'fragment' },
    { notFlagged: 'Do you still talk about camping with him?' },
    {
      flagged: '[[I remember you asleep on the ferry to Skye with your hat over your eyes]].',
      pattern: 'place',
    },
    {
      flagged:
        "We weren't perfect, [[but the crossings to Rothesay with a flask of soup were some of my favourite hours]].",
      pattern: 'fond-memory',
    },
    { notFlagged: 'Those years were some of my happiest.' },
    { flagged: '[[You always made the tea too strong and I miss it terribly]].', pattern: 'warm-habit' },
    { notFlagged: 'You always left me to do the dishes and I miss it, not.' },
    { notFlagged: 'You always shouted at me and I miss that, weirdly.' },
    {
      flagged: '[[I waited for you every Friday at the bus stop that whole summer, and I loved it]].',
      pattern: 'warm-habit',
    },
    { notFlagged: "I've been back to Cork for my cousin's wedding, that's all." },
    { flagged: '[[I miss the way you hummed while you cooked]].', pattern: 'your-ritual' },
    {
      flagged: '[[I miss your terrible puns and the way you hummed while you cooked]].',
      pattern: 'your-ritual',
    },
    { notFlagged: 'I miss the way you shouted when you were tired, said no one ever.' },
    { flagged: '[[i still have the hoodie u gave me]]', pattern: 'recall' },
    { flagged: '[[We had the best time at Leeds Fest in 2019]].', pattern: 'named-time' },
    { flagged: '[[Every time I hear Dancing Queen I think of your 30th]].', pattern: 'named-time' },
    { notFlagged: 'We had a great time together, most of the time.' },
    { notFlagged: 'I hope you have a great time in Lisbon with him.' },
    { flagged: "[[I still dream about your gran's Sunday gravy]].", pattern: 'your-ritual' },
    { flagged: '[[We both loved that stupid quiz show]].', pattern: 'in-common' },
    { flagged: '[[we were both obsessed with bake off]]', pattern: 'in-common' },
    { notFlagged: 'We both hated that, and we both knew it.' },
    { notFlagged: 'We were both into each other from the start.' },
    {
      flagged: "[[I sure do miss your mama's Sunday dinners and you hollering at the Braves on the radio]].",
      pattern: 'your-ritual',
    },
    { flagged: "[[i miss ur nan's roast dinners so much]]", pattern: 'your-ritual' },
    { notFlagged: "I don't miss your mum's comments about my job." },
    {
      notFlagged:
        "I remember the party at Jess's where I got so drunk I called you a liar in front of everyone.",
    },
    { notFlagged: 'That weekend in Galway I called you selfish in front of your brother.' },
    {
      flagged: "[[I remember the party at Jess's where we danced on the table until two]].",
      pattern: 'place',
    },
    { flagged: '[[I miss you reading bits of the paper out to me over breakfast]].', pattern: 'your-ritual' },
    { flagged: '[[i miss u making me tea every morning]]', pattern: 'your-ritual' },
    { flagged: '[[I miss hearing you sing in the kitchen]].', pattern: 'your-ritual' },
    { notFlagged: 'I miss you laughing at my jokes.' },
    { notFlagged: 'I miss you most in the mornings, when the kettle goes on.' },
    { notFlagged: 'I miss you shouting at me every morning, said no one ever.' },
    { notFlagged: "I don't miss you checking my phone every night." },
    {
      flagged:
        '[[I miss our Friday night fish and chips at Cottesloe]] and arguing over who got the last potato scallop, every single week.',
      pattern: 'recall',
    },
    {
      flagged: '[[walked past the ramen place on king st]] yesterday and almost went in out of habit lol',
      pattern: 'passing-by',
    },
    { flagged: '[[I walked past our ramen place yesterday]].', pattern: 'passing-by' },
    {
      flagged:
        '[[Every time I pass the little Vietnamese place on Hope Street]] I think of your face when the pho came out.',
      pattern: 'passing-by',
    },
    {
      flagged: '[[Both of us crying at the end of Coco in that half-empty cinema]], I think about it a lot.',
      pattern: 'passing-by',
    },
    { flagged: '[[we still have that stupid sourdough starter u named Gerald lol]]', pattern: 'passing-by' },
    {
      flagged: '[[I remember how you drove through the night to bring my mother home from Lyon]].',
      pattern: 'recall',
    },
    {
      flagged: '[[The night you drove through the snow to bring my mother home]], I knew.',
      pattern: 'you-did',
    },
    { notFlagged: 'I walked past the gym on the corner yesterday.' },
    {
      flagged: '[[I still think of how you left the hallway light on for me every night I worked late]].',
      pattern: 'you-did',
    },
    {
      flagged:
        "[[I keep thinking about the afternoon we rebuilt the allotment shed with Ray's old pallets]].",
      pattern: 'recall',
    },
    { notFlagged: 'I try not to walk past our old café anymore.' },
    { notFlagged: "I couldn't bring myself to walk past our old café." },
    {
      flagged: '[[I kept the voicemail you left on my birthday and I still listen to it sometimes]].',
      pattern: 'recall',
    },
    {
      flagged: '[[I have the letters you wrote me from Seoul]], and I will keep them safe.',
      pattern: 'kept-from-you',
    },
    { flagged: "[[I've kept every one of your postcards in the tin by the bed]].", pattern: 'kept-from-you' },
    {
      flagged: "[[I've got the video of you singing at Ayesha's wedding and it still makes me grin]].",
      pattern: 'kept-from-you',
    },
    { notFlagged: 'I kept the voicemail you left me the night you left me for him.' },
    { notFlagged: 'I still have the photos you sent me, just so you know.' },
    { notFlagged: 'I have the video of you sleeping on the sofa.' },
    {
      notFlagged: "I still have the photos from Mykonos, and I'm sure your new boss would love to see them.",
    },
    { notFlagged: "I kept every letter you sent me and I'll read them out at the wedding." },
    { notFlagged: 'The video of you dancing at the Christmas party is still on my phone, just saying.' },
    { notFlagged: "I don't have any of the letters you wrote me any more." },
    { notFlagged: "Because of you I can't even walk past our old café." },
    { notFlagged: 'I walked past the pub where you kissed him and I think of it every time.' },
    { notFlagged: 'I remember how you walked out of the party without a word.' },
    { notFlagged: 'I hate the name you called me.' },
    { notFlagged: 'Both of us shouting at each other in the car park, I still cringe.' },
    // Eleventh round (strengths11): the scene of the writer's own fault is an admission, not a memory.
    { notFlagged: "That night at your sister's engagement party I was out of order." },
    { notFlagged: 'I owe you an honest account: I lied about where I was that night in March.' },
    { notFlagged: 'The weekend in Bath I spent the whole time on my phone, and that was not fair.' },
    {
      flagged: "[[That night at your sister's engagement party we danced until the DJ left]].",
      pattern: 'the-time-we',
    },
    { flagged: '[[I loved the morning walks in Hyde Park]], even when I was cold.', pattern: 'place' },
    { notFlagged: "I've found one in Clapham who has evening slots, if you'd come with me." },
    { notFlagged: 'I still have all the photos from Ibiza, and I still have the texts.' },
    {
      flagged: '[[I still have the photos from our week in Ibiza]], and I look at them sometimes.',
      pattern: 'recall',
    },
    { notFlagged: 'Our Friday nights at the pub had become stiff and strained by the end.' },
    { notFlagged: 'Our breakfasts were mostly spent bickering about the car.' },
    { notFlagged: 'our drives up to ur nans were so boring lol' },
    { notFlagged: 'I was so lonely in our little flat on Dean Street.' },
    {
      flagged: "[[Our flat in Hull was freezing and damp]], and I'd move back tomorrow, I loved it.",
      pattern: 'our-thing',
    },
    {
      flagged: '[[Our walk up Pen y Fan was exhausting]], and I still laugh about the sheep.',
      pattern: 'our-thing',
    },
    { notFlagged: "Great work missing our anniversary dinner at Luigi's again." },
    // Eighth round (probe eval/eighth/strengths-probe): moments told without a memory verb, habits fronted, warm tags.
    { flagged: '[[Our first Easter we hid the eggs so well we never found two of them]].', pattern: 'lived' },
    { flagged: "[[Our first valentine's day]], you made me a card out of a cereal box.", pattern: 'lived' },
    { flagged: '[[Most Sundays we would bike out to the lighthouse for ice cream]].', pattern: 'lived' },
    { flagged: '[[Each winter we walked up to see the first snow on the fells]].', pattern: 'lived' },
    { flagged: '[[Karaoke at the Lucky Star became our ritual]].', pattern: 'we-did' },
    { flagged: '[[The way we would swap books every Friday]], I miss that.', pattern: 'lived' },
    {
      flagged: '[[Do you remember the farm dog that escorted us all the way to the bus stop]]?',
      pattern: 'lived',
    },
    { flagged: '[[Cycling by the lido made me think of us]].', pattern: 'lived' },
    {
      flagged: '[[We paddled across the lake in a leaky dinghy, best afternoon ever]].',
      pattern: 'lived',
    },
    { flagged: '[[Friday nights at the curry house, you ordering for the whole table]].', pattern: 'lived' },
    { flagged: '[[Our early runs round the park]], you always won.', pattern: 'lived' },
    { flagged: "[[I still picture the ceilidh at your brother's wedding]].", pattern: 'the-time-we' },
    { flagged: '[[That summer of 1984 we camped on Lindisfarne]].', pattern: 'place' },
    { flagged: '[[We learned to ski in Bansko]], badly.', pattern: 'we-there' },
    { flagged: '[[We queued for hours for the tower in Pisa]].', pattern: 'we-there' },
    {
      flagged: '[[Thank you for how you sat with me through those nights after the accident]].',
      pattern: 'thanks-for',
    },
    { notFlagged: 'Every weekend we ended up shouting at each other.' },
    { notFlagged: 'Most days we barely spoke by the end.' },
    { notFlagged: 'Our first row was over the washing up.' },
    { notFlagged: 'Sulking was always our thing, and it did us no good.' },
    { notFlagged: 'The way we used to argue in front of the kids still shames me.' },
    { notFlagged: 'We met our solicitors in Bristol to sign the papers.' },
    { notFlagged: 'We went to counselling in Croydon for a while.' },
    { notFlagged: "I'm glad that finally we found a buyer for the house." },
    { notFlagged: 'Walking past your office still makes me angry.' },
    { notFlagged: 'Thank you for the way you always looked after me.' },
    { notFlagged: 'Every day we drifted a little further apart.' },
    { notFlagged: 'That week in Madrid is when you stopped answering my calls.' },
    { notFlagged: 'I remember the bailiffs who evicted us from the flat.' },
    { flagged: '[[I still have the voice notes you recorded on the night bus]].', pattern: 'recall' },
    { flagged: '[[I used to meet you outside your school gates with a bag of chips]].', pattern: 'lived' },
    {
      flagged: '[[I waited by the clock tower every Thursday that spring]], just to walk you home.',
      pattern: 'lived',
    },
    { notFlagged: 'I waited at the station for hours and you never came.' },
    { notFlagged: "I've still got the videos from Magaluf, and they could end up online." },
    { notFlagged: 'I still have the recordings of you shouting, and my lawyer has copies.' },
    { flagged: '[[I keep the shell from Brighton on my desk]].', pattern: 'more-shared' },
    { notFlagged: "It's on me that we never made it to Lisbon." },
    { notFlagged: "I still have the key you gave me, so don't be surprised if I let myself in." },
    { notFlagged: "I'm the one still paying off the sofa we chose together." },
    {
      flagged: "[[We'd always split a kaya toast at the kopitiam near your office]].",
      pattern: 'more-shared',
    },
    { flagged: '[[That silly dance we made up to the Macarena]], I did it at work.', pattern: 'more-shared' },
    { flagged: '[[I found the mix CD you burned me for the drive]].', pattern: 'more-shared' },
    { flagged: '[[We had a plan to open a bookshop when we retired]].', pattern: 'more-shared' },
    {
      flagged: '[[Our braai on the beach at Llandudno]], with the wind, still makes me laugh.',
      pattern: 'our-scene',
    },
    { notFlagged: "We'd always end up fighting at your mum's." },
    { notFlagged: 'We had a plan to split the furniture fairly.' },
    { notFlagged: 'Our lawyer in Leeds has the papers.' },
    { notFlagged: 'I found the letter you sent him.' },
    {
      flagged: '[[We used to do the crossword in bed on Saturdays]], you on the across clues.',
      pattern: 'more-shared',
    },
    { flagged: "[[Remember teaching me to make pierogi at your babcia's table]]?", pattern: 'more-shared' },
    {
      flagged: "[[I'll never forget dancing at Tom and Priya's wedding until they threw us out]].",
      pattern: 'more-shared',
    },
    { flagged: 'We sold the caravan, [[the one we took to Tenby every August]].', pattern: 'more-shared' },
    { flagged: '[[I owe you for all those lifts to the station at six]].', pattern: 'more-shared' },
    { flagged: '[[we both support Leeds so you know the pain]]', pattern: 'team-in-common' },
    { notFlagged: 'I felt so small that night at the party, and I took it out on you.' },
    { notFlagged: "After all those summers at your parents' place in Bali, you just walked away." },
    { notFlagged: 'We used to fight every Sunday about your mother.' },
    { notFlagged: 'I remember you telling me at the station that it was over.' },
    { notFlagged: 'The mistakes we made are behind us now.' },
    { flagged: "[[We used to have coffee every Sunday at Gino's]].", pattern: 'we-did' },
    { flagged: '[[We talked every night on the phone when you were in Hanoi]].', pattern: 'we-did' },
    { flagged: '[[I used to ring you every night from the hostel, remember]]?', pattern: 'we-did' },
    { flagged: '[[I kept every letter you wrote me from Kraków]].', pattern: 'we-did' },
    { flagged: '[[I think of you singing into the hairbrush in our first kitchen]].', pattern: 'recall' },
    { flagged: '[[Thanks for the night you drove to Dover to fetch me]].', pattern: 'we-did' },
    { flagged: '[[You walked me home every night that winter]].', pattern: 'we-did' },
    { flagged: '[[It was you who first took me to Skye]].', pattern: 'we-did' },
    { flagged: '[[You taught me how to cook a proper roast]].', pattern: 'we-did' },
    { flagged: "[[I'd give anything for one more Sunday lunch at your mum's]].", pattern: 'we-did' },
    { flagged: '[[You and me against the quiz team from the Red Lion, every Thursday]].', pattern: 'we-did' },
    { flagged: "[[The barbecue at your brother's was a lovely afternoon]].", pattern: 'the-time-we' },
    { notFlagged: 'You taught me to stop apologising for taking up space.' },
    { notFlagged: 'We used to have rows every night about money.' },
    { notFlagged: 'I used to cry every night, remember?' },
    { notFlagged: 'Ours was a love for the ages, Eleanor.' },
    { notFlagged: 'i keep going over that last fight about the wedding in my head' },
    { notFlagged: "You must try the soup at that place on Quay Street, it's still the best." },
    { flagged: '[[Mind the ceilidh in Oban where you birled me till I was dizzy]]?', pattern: 'the-time-we' },
    { flagged: '[[Dem days we used to buy suya by the roadside after church]].', pattern: 'we-did' },
    {
      flagged: '[[Our jigsaw Sundays with the radio on were my favourite part of the week]].',
      pattern: 'our-thing',
    },
    { flagged: '[[I found your list of places to visit from our first year]].', pattern: 'we-did' },
    { flagged: '[[Fifty years ago this June we honeymooned in a caravan at Tenby]].', pattern: 'we-did' },
    { flagged: '[[I still think of those Sunday drives out to the lake]].', pattern: 'recall' },
    {
      flagged: '[[our tiktok dance in the kitchen at 2am lives rent free in my head]]',
      pattern: 'our-thing',
    },
    { flagged: '[[Still got the wristband from the festival on my mirror]].', pattern: 'recall' },
    {
      flagged:
        '[[That hawker centre in Tiong Bahru where we shared one bowl every Saturday]], I went back alone.',
      pattern: 'we-did',
    },
    { notFlagged: 'Mind the gap when you get off the train.' },
    { notFlagged: 'Those days we used to fight about money are behind me.' },
    { notFlagged: 'Our lonely Sundays apart were the worst of it.' },
    { notFlagged: 'The night I found out that we had lost the deposit, I cried.' },
    { flagged: "[[Every time I smell cardamom I'm back in your mum's kitchen]].", pattern: 'we-did' },
    { flagged: '[[We had a running joke about the pigeon on the windowsill]].', pattern: 'we-did' },
    {
      flagged: '[[i cant hear that song without thinking of us screaming it at the wedding]]',
      pattern: 'we-did',
    },
    {
      flagged: '[[The jigsaw of the Eiffel Tower we never finished is still under my bed]].',
      pattern: 'we-did',
    },
    { flagged: '[[Whenever I walk along the river I remember us feeding the swans]].', pattern: 'we-did' },
    { flagged: '[[I walked down to the harbour where we used to eat chowder]].', pattern: 'we-did' },
    { flagged: '[[We never did get to Iceland]].', pattern: 'in-common' },
    { flagged: '[[I still laugh about your dad trying to teach us the bagpipes]].', pattern: 'you-did' },
    { flagged: '[[the fishing trip up at Lake Eildon with your dad]], best weekend ever', pattern: 'place' },
    { flagged: '[[The song from our first dance came on the radio]].', pattern: 'our-thing' },
    {
      flagged: '[[And the time we tried to build the wardrobe and ended up with six spare screws]].',
      pattern: 'the-time-we',
    },
    { notFlagged: 'That trip to Prague was where it all started going wrong.' },
    { notFlagged: "The holiday in Crete was ruined because you wouldn't put your phone down." },
    { notFlagged: 'That weekend in Kilkenny you spent texting him the whole time.' },
    { notFlagged: 'We never got to say goodbye properly.' },
    { notFlagged: 'I remember us fighting in the car park.' },
    { notFlagged: 'The next weekend in Leeds is already booked.' },
    { notFlagged: 'I can still remember the time when we used to fight every night.' },
    { notFlagged: 'We moved in together too fast.' },
    { notFlagged: 'Do it for the kids, remember?' },
    { notFlagged: 'Our plan was to divorce quietly.' },
    { notFlagged: "Both of us cried at the solicitor's." },
    { notFlagged: 'We had planned to tell the kids together.' },
    { notFlagged: "I still have the letters you sent me and I'll show them to everyone." },
    { notFlagged: 'I went back to the restaurant where we broke up.' },
    { flagged: '[[I drove past the garden centre where we bought the apple tree]].', pattern: 'we-did' },
    { flagged: '[[We built the bookshelves together in one afternoon]].', pattern: 'we-did' },
    { flagged: '[[Forty-one years ago we danced at the Palais]].', pattern: 'we-did' },
    { flagged: '[[i miss our stupid wordle streak]]', pattern: 'we-did' },
    { flagged: '[[Our plan was always the narrowboat]].', pattern: 'we-did' },
    { flagged: '[[That time you drove three hours to bring me soup]].', pattern: 'we-did' },
    { flagged: '[[I still smile at the memory of you teaching my nan to use WhatsApp]].', pattern: 'we-did' },
    {
      flagged: '[[The week in Crete when the ferry was cancelled]].',
      pattern: 'scene',
    },
    { notFlagged: 'You only went back to Chris because it was easy.' },
    { notFlagged: 'Do you still think about Lisbon?' },
    { notFlagged: "Haven't had a drink since the wedding in June." },
    { notFlagged: 'It was a mean thing to say about a life we built together.' },
    { notFlagged: 'That time you told me you were leaving, I was numb.' },
    { notFlagged: 'I miss your laugh more than I can say.' },
    {
      flagged: "[[I'll never forget the night the power went out and we ate cold pizza on the roof]].",
      pattern: 'shared',
    },
    { flagged: "[[We always said we'd drive the Ring of Kerry one day]].", pattern: 'shared' },
    { flagged: '[[I still use the lamp we found at the car boot sale]].', pattern: 'shared' },
    { flagged: '[[Our favourite colour was that awful mustard yellow]].', pattern: 'shared' },
    { flagged: '[[The flat is too quiet without you singing in the shower]].', pattern: 'shared' },
    { flagged: '[[You were beside me when Dad died]], and I have not forgotten it.', pattern: 'shared' },
    { flagged: '[[Thank you for looking after my mother those last months]].', pattern: 'shared' },
    { flagged: '[[I think of you teaching my father to use his phone]].', pattern: 'shared' },
    { flagged: '[[I still laugh about the Skye trip]].', pattern: 'named-trip' },
    { flagged: "[[I'll always remember dancing in your kitchen to Motown]].", pattern: 'shared' },
    { flagged: '[[We always had pancakes on Sundays]].', pattern: 'shared' },
    { notFlagged: 'There were no letters that winter from either of us.' },
    {
      notFlagged:
        'I hope this finds you well, and that the spring in Bristol is kinder than the spring here.',
    },
    { notFlagged: "Don't forget I've still got the photos from the Ibiza trip." },
    { notFlagged: 'The flat is quiet without you shouting at me.' },
    { notFlagged: 'You were nowhere to be found when my dad died.' },
    { notFlagged: "I'm sorry for the way I spoke to you that night in the kitchen." },
    { flagged: "[[I'll never forget our trip to Lisbon]].", pattern: 'recall' },
    { flagged: '[[I still think of our walk along the cliffs in Étretat]].', pattern: 'recall' },
    // Fourteenth round (lead review): the fragment with its place straight after the verb.
    {
      flagged: 'I miss the small things. [[You dancing in the kitchen to Fleetwood Mac]].',
      pattern: 'fragment',
    },
    { notFlagged: 'You shouting in the kitchen at midnight.' },
    // Fourteenth round (lead review): "remember how we…" as "remember when we…".
    { flagged: '[[Remember how we used to race to the end of the pier]]?', pattern: 'recall' },
    { notFlagged: 'Remember how we used to fight about money every single week?' },
    // Fourteenth round (lead review): the creature in the scene, with its place named first.
    {
      flagged: '[[Do you remember the little dog at the campsite that followed us everywhere]]?',
      pattern: 'lived',
    },
    { notFlagged: 'Do you remember the bailiff at the flat on 5th who evicted us?' },
    // Fourteenth round (lead review): "the way we laughed at…" told as a fragment.
    { flagged: "[[The way we laughed at the ducks in Regent's Park]].", pattern: 'lived' },
    { notFlagged: 'The way we argued in front of the kids.' },
    { notFlagged: 'The way we ended it by text.' },
    // Fourteenth round (lead review): a question in texting style, with no question mark, still asks.
    {
      flagged: '[[do u remember when we got locked out and had to climb through the bathroom window lol]]',
      pattern: 'recall',
    },
    { notFlagged: "you remember when we went to Paris, you just won't admit it" },
    { flagged: '[[Do you remember the night we got lost in Rome]]?', pattern: 'recall' },
    { flagged: '[[Our Sunday mornings at the market are what I miss most]].', pattern: 'our-thing' },
    { flagged: '[[I heard our song in a shop yesterday]], and I had to sit down.', pattern: 'our-thing' },
    {
      flagged: '[[That summer we drove to Spain with a broken radio still makes me laugh]].',
      pattern: 'the-time-we',
    },
    {
      flagged: '[[We both love old Hitchcock films]], and I found a cinema that shows them.',
      pattern: 'in-common',
    },
    { flagged: '[[we used to cook pasta together every sunday]].', pattern: 'in-common' },
    { flagged: '[[We always talked about visiting Japan in the spring]].', pattern: 'in-common' },
    { flagged: '[[our sunday crossword ritual]] is the thing i miss most', pattern: 'our-thing' },
    { flagged: '[[I keep thinking about Porto]], and the tiny room above the bakery.', pattern: 'place' },
    { flagged: '[[I went back to the harbour at Whitby in May]], on my own.', pattern: 'place' },
    { flagged: '[[Those evenings on the roof in Brooklyn were something else]].', pattern: 'place' },
    {
      flagged: '[[The tiny flat on Leith Walk had a broken boiler all winter]], and I loved it.',
      pattern: 'place',
    },
    { flagged: "[[I'll never drive through Bath without thinking of you]].", pattern: 'place' },
    {
      flagged: '[[The night you drove us all home through the snow is still my favourite story]].',
      pattern: 'you-did',
    },
    { flagged: "[[I still bake your grandmother's lemon cake]].", pattern: 'you-did' },
    { flagged: '[[i still smile thinking about u dancing at ur cousins wedding]]', pattern: 'you-did' },
    {
      flagged: '[[Thank you for sitting with me in the waiting room when my sister had her operation]].',
      pattern: 'thanks-for',
    },
    {
      flagged: '[[Thanks for teaching me how to change a tyre]], and for laughing at my face.',
      pattern: 'thanks-for',
    },
    { notFlagged: 'We had good times.' },
    { notFlagged: 'I moved to Glasgow for a new job.' },
    { notFlagged: 'You told me in June that you had met someone.' },
    { notFlagged: 'I remember the night you told me in Soho that it was over.' },
    { notFlagged: 'I think about Jake and it makes me feel sick.' },
    { notFlagged: 'I have been thinking about going back to Leeds for good.' },
    { notFlagged: 'I remember the argument we had in Paris.' },
    { notFlagged: "I'm going to the wedding in Galway next month." },
    { notFlagged: 'I think about it on Sundays.' },
    { notFlagged: 'Would you like to grab a drink at the bar on Elm Street sometime?' },
    { notFlagged: 'I wonder if you still walk past the café on Rue Cler.' },
    { notFlagged: 'I keep wondering which of those nights in Dublin were real.' },
    { notFlagged: 'Thanks for ruining my birthday when I finally got the job.' },
    { notFlagged: 'Thank you for being patient with me when I was difficult.' },
    { notFlagged: 'The day you left me I could not breathe.' },
    { notFlagged: 'Our Friday arguments were exhausting.' },
    { notFlagged: 'I still think about what happened in Leeds.' },
    { notFlagged: "I don't miss Paris at all." },
    { notFlagged: 'We were the perfect couple, everyone envied us.' },
    { notFlagged: 'I remember everything.' },
    { notFlagged: "I don't remember our trip very well anymore." },
    // A negation in an earlier clause is over at "and" / "but" + a new clause (negation.ts negationScope), as for the
    // shared NOT_NEGATED guard: "I haven't moved on" does not negate "I still have the tickets".
    { flagged: "[[I haven't moved on and I still have the tickets from our Oasis gig]].", pattern: 'recall' },
    {
      flagged:
        "[[I'm not angry any more and our walks along the canal in Hebden Bridge still make me smile]].",
      pattern: 'our-thing',
    },
    {
      flagged: '[[i dont drink now but i still listen to our Lisbon playlist every sunday]]',
      pattern: 'recall',
    },
    { notFlagged: "I don't think about our walks in Hebden Bridge and the ferry any more." },
    { notFlagged: "I've tried not to listen to our Lisbon playlist since you left, and I mostly manage." },
    { notFlagged: 'I miss you so much.' },
    { notFlagged: 'We both know this is for the best.' },
    { notFlagged: 'I remember the night you left me at the party.' },
    { notFlagged: 'We used to fight all the time.' },
    { notFlagged: 'That night in March you told me you were leaving.' },
    { notFlagged: 'I miss the good old days.' },
    { notFlagged: 'I think about us all the time.' },
    { notFlagged: 'I know you still think about our trip to Lisbon.' },
    { notFlagged: 'I worked late, I forgot our anniversary twice, and I brushed off every plan you made.' },
    { notFlagged: 'i missed ur birthday for a work thing and i still feel sick about it' },
    { notFlagged: 'I have been thinking a lot about our last conversation on the phone.' },
    { flagged: "[[I've been cooking the dal you taught me every Sunday]].", pattern: 'you-did' },
    // Lead review (sixteenth round).
    {
      flagged: '[[remember the fair when u won me that giant banana and we carried it on the bus]]',
      pattern: 'recall',
    },
    { flagged: '[[Do you remember the zoo in Chester where the penguin followed you]]?', pattern: 'recall' },
  ],
})
