// A specific shared memory, plan or thing in common: "I'll never forget our trip to Lisbon", "I still
// think of our walk along the cliffs in Étretat", "We both love old Hitchcock films".
// Not a vague nostalgia ("we had good times") nor idealization ("we were the perfect couple").
import { defineRule } from '../define.js'

/** Shared things that make a memory specific. */
const THING =
  'photos|pics|pictures|polaroids?|mixtapes?|trips?|holidays?|vacations?|walks?|weekends?|getaways?|dinners?|evenings?|mornings?|nights?|road trips?|summers?|winters?|christmas(?:es)?|dates?|songs?|cafés?|cafes?|coffees?|restaurants?|spots?|bench|beach|garden|kitchen|balcony|picnics?|hikes?|runs?|bike rides?|drives?|camping trips?|concerts?|festivals?|rituals?|traditions?|movie nights?|film nights?|game nights?|breakfasts?|brunche?s?|lunches?|dances?|first (?:date|kiss|dance|flat|apartment|home|holiday|trip|christmas|night)|(?:old |little |tiny |first )?(?:flat|apartment|house|cottage|cabin|car|van)|(?:old |little |tiny |first )place|inside jokes?|jokes?|conversations?|talks|chats|sundays|saturdays|fridays|adventures|travels|journeys?|dog|cat|puppy|kitten|garden|project|playlist|recipes?|honeymoon|anniversary|wedding|swims?|sunsets?|sunrises?|late-night \\w+|lazy \\w+'
/** Past activities a couple does together (no fights, no break-ups). */
const DID =
  'met|first met|went|drove|walked|danced|cooked|baked|camped|hiked|swam|climbed|travel+ed|flew|sailed|moved in|got lost|got caught|got stuck|got engaged|got married|got our|got the|spent (?:hours|the (?:whole )?(?:day|night|weekend)|all (?:day|night)|that|our|every|in|at|on|by|together|a (?:week|weekend|night|day|month)|(?:\\w+ )?(?:days|nights|weeks|hours|evenings))|stayed (?:up|in|at)|visited|watched|saw (?:the|that|our)|adopted|painted|laughed (?:so|until|till)|sang|sat (?:on|by|in|at|under)|kissed|found (?:that|the|our)|built|planted|took (?:the|that|a|our)|rented|explored|picked|played|ate|shared (?:a|that|our|the)|ran (?:the|that|our|a)|decorated|celebrated|biked|cycled|paddled|skied|missed (?:the|our|a|that)|caught (?:the|a|that)|got (?:soaked|drenched|sunburnt|sunburned|locked)|fell asleep|hid|snuck|sneaked|jumped'
/**
 * Not after a negation in the same clause ("I don't remember", "I try not to think about"). Placed after
 * the keyword (cheaper than before it), so the window counts the keyword too.
 */
const notNegated = (window: number) =>
  `(?<!(?:{B}(?:not|never|no longer|no|nobody|nothing|without|hardly|barely|dont|cant|wont|didnt|doesnt|wouldnt|couldnt|isnt|wasnt|havent|refuse to)|n't){E}[^,.;:!?\\n]{0,${window}})`
/** Vetoes the whole sentence when it contains `x`. */
const sentenceWith = (x: string) => `^(?=[^\\n]{0,300}?(?:${x}))[^\\n]{1,300}`
/** Times and places that, named with "that", point at one shared episode. */
const WHEN_WHERE =
  'week|weekend|winter|summer|spring|autumn|night|evening|morning|afternoon|day|holiday|trip|road trip|christmas|new year|birthday|january|february|march|april|may|june|july|august|september|october|november|december|bar|pub|café|cafe|restaurant|beach|bench|flat|apartment|cabin|cottage|hotel|hostel|campsite|park|bookshop|bakery|lake|island|village|place|gig|concert|festival|wedding|party|snowstorm|storm|heatwave|boat|ferry|train|walk|hike|picnic'
/** Things kept from a shared past. */
const KEEPSAKE =
  'photos?|pictures?|pics|polaroids?|postcards?|tickets?|ticket stubs?|stubs|letters|notes?|playlist|mixtape|jumper|hoodie|scarf|ring|mug|records?|recipe|drawing|painting|card|cards|shells?|magnets?'
/** Remembering verbs; a negation before them ("I don't remember") cancels. */
/** Verbs about things kept: only with a keepsake or "our ..." after them. */
const HOLD = `(?:(?:still )?listen to|still have|kept|found|came across|scroll(?:ed|ing)? through|looked at|look at|still make|still cook)${notNegated(50)}`
const RECALL = `(?:can'?t stop (?:thinking|dreaming) (?:of|about)|never forget|won'?t (?:ever )?forget|can'?t forget|(?:remember|recall|think (?:back )?(?:of|about)|thinking (?:back )?(?:of|about)|miss|cherish|treasure|smile (?:at|when i think of|thinking about)|dream (?:of|about)|keep (?:thinking|coming back) (?:of|about|to)|can still (?:see|hear|picture|smell|taste|feel)|still (?:see|hear|picture)|picture|reminds? me of|made me think of|brought back|brings back|'?ll always remember|will always remember|think of you (?:when|whenever|every time)|walked past|walk past|went back to|go back to|keep going back to|still laugh (?:about|at|when i think (?:of|about)))${notNegated(50)})`

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
      re: `{B}${RECALL}\\s+[^.!?\\n]{0,40}?(?:{B}our (?:sunday|saturday|friday|morning|evening|late-night|late night|night-time|weekly|annual|summer|winter|christmas|birthday|little|silly|first|usual|favou?rite|long|lazy|old) (?!(?:life|lives|relationship|love|days|times|selves|self|us|fights?|arguments?)(?![\\p{L}]))\\p{L}{3,}|{B}our (?:(?:\\p{L}+[- ])?\\p{L}+ )?(?:${THING})(?![\\p{L}])|{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|summer|winter|spring|autumn|fall|week|time|first time|trip|holiday|moment|year|christmas|birthday|road trip|concert) (?:when )?we (?:first |once |both |all )?(?:${DID})(?![\\p{L}])|{B}when we (?:first |once |both )?(?:${DID})(?![\\p{L}])|{B}(?:that|the) (?:\\p{L}+ )?(?:trip|weekend|summer|holiday|vacation|walk|dinner|evening|night|concert|festival|picnic|hike|road trip|café|cafe|restaurant|bar|pub|beach|bench|song|flat|apartment|cabin|cottage|hotel) (?:in|to|at|on|along|by|near|with|where|when|we){E})|{B}(?:${RECALL}|${HOLD})\\s+(?:the|those|that|our|your|all (?:the|our|your)) (?:[\\p{L}'-]+ ){0,2}?(?:${KEEPSAKE}) (?:from|of us|of (?:our|the|that)|you (?:sent|gave|made|wrote|took|drew)(?! (?:to|for) (?:him|her|them|someone))|we (?:took|bought|made|wrote|got))(?![\\p{L}])|{B}remember when we (?!(?:fought|argued|broke up|split|stopped|agreed|decided|said|promised|swore)(?![\\p{L}]))\\p{L}+|{B}${HOLD}\\s+our (?:[\\p{L}'-]+ ){0,2}?(?:${THING})(?![\\p{L}])`,
    },
    {
      id: 'our-thing',
      // "Our walks along the canal", "our first date at that tiny Italian place", "our song".
      re: `(?:{B}our${notNegated(28)} (?:(?:first|last|old|little|favou?rite|long|lazy|late-night|annual|weekly|sunday|saturday|summer|winter|spring|autumn|road|beach|camping|crazy|silly|endless|early|secret|special)\\s+)*(?:${THING})\\s+(?:to|in|at|on|along|by|through|around|across|near|under|over|with|up|down|into|from|after|before|together|every|each|where|when|in the|back in|last|that){E}|{B}our${notNegated(28)} (?:song|little song|spot|secret spot|special place|inside jokes?)(?![\\p{L}]))`,
    },
    {
      id: 'the-time-we',
      // "The night we got lost in Rome", "that summer we drove to Spain".
      re: `{B}(?:the|that) (?:day|night|evening|morning|afternoon|weekend|summer|winter|spring|autumn|fall|week|time|first time|trip|holiday|moment|year|christmas|new year'?s(?: eve)?|birthday|road trip|concert|party) (?:when )?we (?:first |once |both |all )?(?:${DID})(?![\\p{L}])|{B}(?:that|those) (?:(?!(?:you|u|he|she|they|i)(?![\\p{L}]))[\\p{L}'-]+ ){0,2}?(?:${WHEN_WHERE}) (?:in|at|on|by|near|along|to|from|with|under|up|when we|where we|we)(?![\\p{L}])(?! (?:town|my (?:head|mind)|him|her|them|case)(?![\\p{L}]))(?![^.!?\\n,;]{0,40}?{B}(?:you|u|he|she) (?:\\w+ )?(?:told|said|left|didn'?t|did not|barely|never|walked|stopped|decided|ended|broke|kissed|slept|cheated|lied|ignored|forgot|chose|went|were|was|wouldn'?t|couldn'?t|refused)(?![\\p{L}]))|{B}the (?:wedding|gig|concert|festival|trip|road trip|holiday|honeymoon|weekend away|snowstorm) (?:in|at|to|on)(?![\\p{L}])|{B}the (?:(?!(?:you|u|he|she|they|i|way|mistakes?|promises?|fights?|things|stuff)(?![\\p{L}]))[\\p{L}'-]+ ){1,2}?we (?:${DID})(?![\\p{L}])|{B}(?:the|that) (?:${WHEN_WHERE}) (?:where|when) we (?:first |once |both )?(?:${DID})(?![\\p{L}])|{B}the (?:years|months|summers|time|weekends|days) we (?:had|spent|shared|lived) (?:in|at|on|by|together in)\\s+\\p{L}`,
    },
    {
      id: 'in-common',
      // Tastes, habits and plans in common: "we both love jazz", "we used to cook every Sunday".
      re: `{B}we (?:both|all|each) (?:(?:always|still|really|secretly)\\s+)?(?:love|loved|like|liked|enjoy|enjoyed|adore|adored|share|shared|hate|hated|can'?t stand|couldn'?t stand|grew up (?:in|near|on|with|by)|were (?:into|obsessed with|crazy about|fans of)|are (?:into|obsessed with|crazy about|fans of)|laugh(?:ed)? at|cried at|knew every word|know every word)\\s+(?!(?:each other|one another|the blame|blame|responsibility|the responsibility|you|u|us|it|this|that|him|her|them|the same (?:fears|mistakes|problems)){E})\\p{L}|{B}we (?:always )?used to (?:cook|bake|walk|go|dance|watch|read|play|sing|hike|travel|drive|run|swim|cycle|bike|sit|stay up|talk for hours|make|visit|take|spend|camp|paint|listen|feed|sleep in|fall asleep)(?![\\p{L}])|{B}we (?:always |once |often |even )?(?:talked about|planned|dreamed (?:of|about)|dreamt (?:of|about)|said we'?d|promised (?:each other|ourselves) we'?d|wanted to|were going to|were saving (?:for|up for|to)|were saving up to)\\s+(?:going|visiting|moving|getting (?:a|our)|adopting|travel+ing|opening|buying|seeing|having (?:a|our)|taking|building|learning|starting|go|visit|move|adopt|travel|buy|see|take|open|start|build|learn|get (?:a|our))\\s+\\p{L}|{B}we (?:always |once |often |even )?(?:talked about|planned|dreamed (?:of|about)|dreamt (?:of|about)|wanted to|were going to)\\s+(?:getting married|get married|having (?:kids|children|a baby)|have (?:kids|children|a baby))|{B}our (?:(?:big|crazy|old|little|shared|secret)\\s+)?(?:plans?|dreams?|idea) (?:to|of) (?:go|going|visit|visiting|move|moving|get|getting|adopt|adopting|travel|travel+ing|open|opening|buy|buying|see|seeing|take|taking|build|building|learn|learning|start|starting|live|living|spend|spending|rent|renting|sail|sailing|drive|driving|walk|walking|cycle|cycling|hike|hiking){E}|{B}we (?:once |always )?spent (?:that|those|the whole|a whole|all|every|our|so many|whole) (?:\\p{L}+ )?(?:summer|winter|spring|autumn|weekend|weekends|evenings|nights|days|sundays|saturdays|holiday|holidays|afternoons|mornings)(?![\\p{L}])|{B}(?:our|a) (?:shared )?(?:love|passion) (?:of|for)\\s+\\p{L}|{B}(?:something|one thing|the things?) we (?:both )?(?:shared|loved|had in common|both love|both loved)|{B}we (?:never|didn'?t) (?:did |ever |quite )?(?:make it|made it|go|went)(?: back)? to\\s+\\p{L}|{B}(?:like|as) we (?:always )?(?:used to|did)(?: do)? (?:at|in|on|by|along|every|that)(?![\\p{L}])|{B}we (?:were planning|had planned|'?d planned|planned|were saving for|booked) (?:(?:a|our|the) (?:trip|holiday|wedding|road trip|weekend|move|honeymoon|christmas|summer)|to (?:go|visit|move|travel|drive|fly|spend|get married|adopt|sail|hike)|christmas|new year|\\p{L}+ (?:in|at|to)(?![\\p{L}]))|{B}our (?:life|lives|years|time|days|months|summers|winters|weekends|first (?:year|months)) (?:in|at|on|by|near) \\p{L}`,
    },
  ],
  antipatterns: [
    // An episode named as the worst of times, or as the scene of someone else.
    sentenceWith(
      '{B}(?:the worst|a nightmare|hell on earth|a mistake|a waste|wasted|on (?:your|ur) phone|in case (?:you|u))(?![\\p{L}])|{B}(?:with|and) (?:him|her)(?![\\p{L}])',
    ),
    // Vague nostalgia and idealization: not specific enough to be a memory.
    '{B}(?:good|great|best|happy|old|perfect) (?:times|days|old days|memories){E}|{B}perfect (?:couple|relationship|life|love){E}',
    // What the reader remembers or feels, asserted rather than asked, is mind-reading.
    sentenceWith(
      "{B}(?:i know|i can tell|i'?m sure|i bet|deep down) (?:that )?(?:you|u){E}|{B}(?:you|u) (?:still |secretly |probably |must )?(?:miss|think (?:about|of)|remember|dream (?:of|about)|cherish|regret){E}(?![^?\\n]*\\?)",
    ),
    // Shared hardships told as blame: "the night we fought", "our trip where you ignored me".
    sentenceWith(
      '{B}(?:you|u) (?:ruined|ignored|left|cheated|lied|yelled|ditched|abandoned|humiliated|embarrassed|spoiled|wrecked|kissed|slept with|went off with|walked out|dumped|ghosted|blocked|flirted){E}|{B}(?:never forget|remember) (?:what|how) (?:you|u){E}|{B}separate ways{E}',
    ),
  ],
  examples: [
    { flagged: "[[I'll never forget our trip to Lisbon]].", pattern: 'recall' },
    { flagged: '[[I still think of our walk along the cliffs in Étretat]].', pattern: 'recall' },
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
    { notFlagged: 'We had good times.' },
    { notFlagged: 'We were the perfect couple, everyone envied us.' },
    { notFlagged: 'I remember everything.' },
    { notFlagged: "I don't remember our trip very well anymore." },
    { notFlagged: 'I miss you so much.' },
    { notFlagged: 'We both know this is for the best.' },
    { notFlagged: 'I remember the night you left me at the party.' },
    { notFlagged: 'We used to fight all the time.' },
    { notFlagged: 'That night in March you told me you were leaving.' },
    { notFlagged: 'I miss the good old days.' },
    { notFlagged: 'I think about us all the time.' },
    { notFlagged: 'I know you still think about our trip to Lisbon.' },
  ],
})
