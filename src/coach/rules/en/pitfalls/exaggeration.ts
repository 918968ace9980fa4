// Hyperbole and absolute promises no one can keep: "I will never make a single mistake again",
// "I think about you every second of every day", "I'd die for you". A keepable commitment ("I'm
// working on reacting more calmly", "it will never happen again") and "I'll never forget our trip"
// (a memory) are left alone.
import { MAN_OR_WOMAN } from '../../../lexicon/en/people.js'
import { defineRule } from '../define.js'

/** The writer promising. */
const I_PROMISE =
  "(?:i'?ll|i\\s+will|ill|i\\s+shall|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna)|i\\s+am\\s+(?:going\\s+to|gonna)|i\\s+(?:promise|swear|vow)(?:\\s+(?:you|to\\s+you))?(?:\\s+(?:that\\s+)?(?:i'?ll|i\\s+will|ill)|\\s+to)|i\\s+can\\s+promise(?:\\s+you)?(?:\\s+that)?\\s+i'?ll)(?:\\s+(?:literally|honestly|seriously|truly|really|just|absolutely|genuinely|solemnly))?"
/** Things nobody can promise never to do again. */
const NEVER_AGAIN =
  '(?:make\\s+(?:a\\s+single|another|any|one\\s+more|a)\\s+mistake|(?:hurt|upset|disappoint|fail|sadden)\\s+(?:you|u)|let\\s+(?:you|u)\\s+down|make\\s+(?:you|u)\\s+(?:cry|sad|angry|upset|unhappy|suffer|feel\\s+bad)|raise\\s+my\\s+voice|get\\s+(?:angry|jealous|mad|upset|annoyed)|lose\\s+my\\s+temper|be\\s+(?:jealous|angry|moody|selfish|grumpy|in\\s+a\\s+bad\\s+mood)|argue|fight|complain|say\\s+(?:a|one)\\s+(?:harsh|bad|mean|unkind)\\s+word)'

export default defineRule({
  id: 'exaggeration',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'brief-sincere',
  title: 'Exaggeration',
  summary: 'Hyperbole, or an absolute promise no one can keep.',
  message:
    'Big words and absolute promises are hard to believe, even when the feeling behind them is real: the reader may doubt the rest of the letter. Say it at its true size, and promise only what you are already doing.',
  patterns: [
    {
      id: 'never-again',
      // "I will never make a single mistake again", "I promise I'll never hurt you again".
      re: [
        `{B}(?:${I_PROMISE}(?:\\s+(?:make\\s+sure\\s+(?:that\\s+)?i))?\\s+(?:never|not)(?:,?\\s+(?:ever|once|so\\s+much\\s+as))*|{IM}\\s+never(?:\\s+ever)?\\s+(?:going\\s+to|gonna))\\s+(?:again\\s+)?${NEVER_AGAIN}(?![\\p{L}])(?:\\s+(?:you|u|with\\s+(?:you|u)|to\\s+(?:you|u)))?(?=\\s+(?:ever\\s+)?again\\b|\\s+(?:as\\s+long\\s+as\\s+i\\s+live|for\\s+the\\s+rest\\s+of\\s+(?:my|our)\\s+li(?:fe|ves)|in\\s+my\\s+life)|\\s*(?:[.!,;…]|$))`,
        `{B}${I_PROMISE}(?:\\s+(?:make\\s+sure\\s+(?:that\\s+)?))?\\s+(?:you|u)\\s+(?:will\\s+|'ll\\s+)?never\\s+(?:ever\\s+)?(?:have\\s+(?:a|one|a\\s+single|any)\\s+(?:\\p{L}+\\s+)?reason\\s+to\\s+(?:cry|doubt\\s+me|worry|be\\s+(?:sad|jealous|angry|unhappy|hurt))|cry|be\\s+(?:sad|unhappy|lonely|hurt|disappointed)|feel\\s+(?:alone|lonely|sad|hurt)|suffer|shed\\s+a\\s+tear)\\s+(?:ever\\s+)?again`,
        `{B}${I_PROMISE}\\s+never(?:,?\\s+ever)?\\s+(?!forget|stop\\s+lov|stop\\s+think)(?:so\\s+much\\s+as\\b|[^.!?\\n]{0,40}?(?:as\\s+long\\s+as\\s+i\\s+(?:live|breathe)|for\\s+the\\s+rest\\s+of\\s+(?:my|our)\\s+li(?:fe|ves)|again,?\\s+not\\s+(?:even\\s+)?(?:once|one)|(?:until|till|til)\\s+the\\s+day\\s+i\\s+die|ever\\s+again|again,?\\s+ever|another\\s+(?:drop|drink|sip|cigarette)|(?:touch|have|take|drink)\\s+(?:a|one|a\\s+single)\\s+(?:drop|drink|sip|cigarette)(?:\\s+of\\s+\\p{L}+)?\\s+again)(?![\\p{L}]))`,
        "{B}(?:you'?ll|you\\s+will|u'?ll|youll)\\s+never\\s+(?:ever\\s+)?(?:have\\s+(?:a|one|a\\s+single|any)\\s+(?:\\p{L}+\\s+)?reason\\s+to\\s+(?:cry|doubt\\s+me|worry|be\\s+(?:sad|jealous|angry|unhappy|hurt))|cry|be\\s+(?:sad|unhappy|lonely|hurt|disappointed)|feel\\s+(?:alone|lonely|sad|hurt)|suffer|shed\\s+a\\s+tear)\\s+(?:ever\\s+)?again",
      ].join('|'),
      suggest: ["I'm working on it, one day at a time."],
    },
    {
      id: 'absolute-promise',
      // "I'll be the perfect boyfriend", "I'll always make you happy", "I've changed completely",
      // "I'll never love anyone else".
      re: [
        `{B}${I_PROMISE}\\s+(?:always\\s+(?:make\\s+(?:you|u)\\s+happy|put\\s+(?:you|u)\\s+first|be\\s+perfect|agree\\s+with\\s+(?:you|u)|say\\s+yes|know\\s+(?:exactly\\s+)?what\\s+(?:you|u)\\s+need|give\\s+(?:you|u)\\s+everything)|(?:be|become)\\s+(?:the\\s+|a\\s+)?(?:perfect|ideal|flawless)(?:\\s+(?:boyfriend|girlfriend|partner|husband|wife|man|woman|person|one\\s+for\\s+(?:you|u)))?(?![\\p{L}])|make\\s+(?:you|u)\\s+(?:the\\s+)?happiest\\s+(?:woman|man|person|girl|guy|human)\\s+(?:in|on|alive)|give\\s+(?:you|u)\\s+(?:everything|anything)\\s+(?:you|u)\\s+(?:ever\\s+)?(?:want|wanted|wish\\s+for|dreamed\\s+of|dream\\s+of|could\\s+ask\\s+for)|give\\s+(?:you|u)\\s+the\\s+(?:world|moon|stars|universe|sun)|give\\s+(?:you|u)\\b[^.!?\\n]{0,40}?\\b(?:everything|anything)\\s+(?:you|u)\\s+(?:ever\\s+)?(?:want|wanted|ask\\s+for|need)\\b[^.!?\\n]{0,10}?\\b(?:forever|always|for\\s+(?:ever|life))|make\\s+every\\s+(?:single\\s+)?(?:day|moment|minute)\\s+(?:perfect|magical|special|the\\s+best)|(?:be|become)\\s+(?:a\\s+)?(?:new|different|changed)\\s+(?:man|woman|person|guy|girl)\\s+overnight|(?:be|become)\\s+(?:everything|all)\\s+(?:you|u)\\s+(?:ever\\s+)?(?:wanted|dreamed\\s+of|wished\\s+for|could\\s+(?:want|wish\\s+for|ask\\s+for))|(?:be|become)\\s+(?:a\\s+)?(?:different|new|changed)(?:\\s+[\\p{L}']+){0,3},?\\s+(?:completely|totally|entirely|utterly|100\\s?%)\\s+(?:different|new|changed)|change\\s+(?:(?:absolutely|literally|just\\s+about)\\s+)?(?:everything|completely|totally|entirely|100\\s?%)|(?:be|become)\\s+(?:a\\s+)?(?:completely|totally|entirely)\\s+(?:new|different)(?:\\s+(?:person|${MAN_OR_WOMAN}))?(?![\\p{L}])|make\\s+(?:you|u)\\s+(?:happy|smile|feel\\s+loved)\\s+(?:every\\s+(?:single\\s+)?day|forever|for\\s+the\\s+rest\\s+of\\s+(?:your|our)\\s+li(?:fe|ves))|(?:be|become)\\s+(?:whatever|whoever|anything|everything)\\s+(?:you|u)\\s+(?:want|need|wish)(?:\\s+me\\s+to\\s+be)?|spend\\s+(?:every\\s+(?:single\\s+)?(?:minute|second|day|moment|hour)(?:\\s+of\\s+(?:the\\s+rest\\s+of\\s+)?my\\s+life)?|the\\s+rest\\s+of\\s+my\\s+life|my\\s+(?:whole|entire)\\s+life|forever)\\s+(?:making|proving|trying|showing|earning|deserving|loving|apologi[sz]ing|doing|being))`,
        `{B}(?:{IM}|i'?ve\\s+become|i\\s+have\\s+become)\\s+(?:now\\s+)?a\\s+(?:(?:completely|totally|entirely|100\\s?%)\\s+(?:new|different|changed)|(?:whole|brand)\\s+new|new|changed)\\s+(?:person|${MAN_OR_WOMAN})(?![\\p{L}])(?!\\s+in\\s+(?:one|some|many|a\\s+few|small)\\s+ways?)`,
        // A future made perfect: "things will be perfect this time", "everything will be different, I guarantee it".
        "{B}(?:things|everything|it|we|our\\s+(?:relationship|life|marriage))\\s+(?:will|'ll|are\\s+going\\s+to|is\\s+going\\s+to)\\s+be\\s+(?:perfect|flawless|(?:completely|totally|entirely)\\s+different)(?![\\p{L}])|{B}i\\s+guarantee\\s+(?:it|you|that)(?=\\s*(?:[.!,;…]|$))",
        "{B}i'?ve\\s+(?:completely|totally|entirely|fully|100\\s?%)\\s+changed|{B}i'?ve\\s+changed\\s+(?:completely|totally|entirely|100\\s?%|a\\s+hundred\\s+percent)",
        `{B}(?:${I_PROMISE}|i\\s+could|i\\s+can)\\s+never\\s+(?:ever\\s+)?(?:be\\s+able\\s+to\\s+)?(?:love|want|desire|be\\s+with|be\\s+happy\\s+with|look\\s+at|kiss|marry|date|feel\\s+this\\s+way\\s+about)\\s+(?:anyone|anybody|someone|another\\s+(?:woman|man|person|girl|guy|soul))(?:\\s+(?:else|again|the\\s+way\\s+i\\s+love\\s+(?:you|u)|like\\s+i\\s+love\\s+(?:you|u)|as\\s+much))?(?![\\p{L}])`,
        `{B}(?:${I_PROMISE}|i\\s+could|i\\s+can)\\s+never\\s+love\\s+again`,
        "{B}(?:you'?re|you\\s+are|you\\s+were|ur)\\s+the\\s+only\\s+(?:one|person|woman|man|girl|guy)\\s+i\\s+(?:will|'ll|could|can|would)?\\s*(?:ever\\s+)?(?:love|want)(?![\\p{L}])",
      ].join('|'),
      suggest: ["I'm working on being a better partner."],
    },
    {
      id: 'hyperbole',
      // "I think about you every second of every day", "I love you more than anything in the world",
      // "I'd die for you", "no one has ever loved anyone the way I love you".
      re: [
        '{B}(?:think(?:ing)?|thought|miss(?:ing|ed)?|cr(?:y|ying|ied)|dream(?:ing|t|ed)?|regret(?:ting|ted)?|wish(?:ing|ed)?|ach(?:e|ing)|long(?:ing)?|suffer(?:ing|ed)?|lov(?:e|ed|ing)|want(?:ing|ed)?|need(?:ing|ed)?|pray(?:ing|ed)?)\\b[^.!?\\n]{0,30}?(?:every\\s+(?:single\\s+)?(?:second|minute|waking\\s+(?:moment|minute|hour|second)|breath\\s+i\\s+take)|every\\s+single\\s+moment|every\\s+moment\\s+of\\s+every\\s+(?:single\\s+)?day|24/7|twenty[- ]four[- ]seven|24\\s+hours\\s+a\\s+day|(?:a\\s+)?(?:million|thousand|billion|hundred)\\s+times\\s+a\\s+(?:day|minute|second|hour)|non-?stop)(?![\\p{L}])',
        '{B}every\\s+(?:single\\s+)?(?:second|minute|moment|waking\\s+hour)\\s+of\\s+every\\s+(?:single\\s+)?(?:day|night|hour)',
        // "every day for the rest of our lives", "every breath I take", "worship the ground you walk on".
        '{B}every\\s+(?:single\\s+)?(?:day|minute|moment|second|hour)\\s+(?:of|for)\\s+(?:the\\s+rest\\s+of\\s+)?(?:your|our|my)\\s+(?:whole\\s+)?li(?:fe|ves)|{B}every\\s+breath\\s+i\\s+take|{B}worship\\s+the\\s+ground\\s+(?:you|u)\\s+walk\\s+on|{B}treat\\s+(?:you|u)\\s+like\\s+(?:a\\s+)?(?:queen|king|princess|prince|goddess|royalty)\\s+every',
        "{B}(?:there'?s|there\\s+is)\\s+nothing\\s+(?:in\\s+(?:the|this)\\s+world\\s+)?i\\s+(?:wouldn'?t|won'?t|would\\s+not|will\\s+not)\\s+do\\s+for\\s+(?:you|u|us)(?![\\p{L}])|{B}(?:can'?t|cannot|cant)\\s+(?:even\\s+)?breathe\\s+(?:without|w/o)\\s+(?:you|u)(?![\\p{L}])|{B}aged\\s+(?:ten|twenty|a\\s+hundred|\\d+)\\s+years\\s+(?:since|in)\\b|{B}(?:for\\s+(?:all\\s+)?eternity|(?:until|till|til)\\s+the\\s+end\\s+of\\s+(?:the\\s+world|days))(?![\\p{L}])",
        '{B}never\\s+(?:once\\s+)?stopped\\s+(?:thinking\\s+(?:about|of)|missing|loving|dreaming\\s+(?:about|of))\\s+(?:you|u)\\b[^.!?\\n]{0,10}?\\bnot\\s+(?:even\\s+)?(?:for\\s+)?(?:one|a|a\\s+single)\\s+(?:second|minute|moment|instant|day)',
        "{B}(?:i'?m|i\\s+am|im|i'?ll\\s+be|i\\s+will\\s+be|i'?m\\s+going\\s+to\\s+be|i\\s+am\\s+going\\s+to\\s+be|i\\s+feel\\s+like|i\\s+must\\s+be)\\s+the\\s+(?:most\\s+\\p{L}+|\\p{L}+est|best|greatest|worst)\\s+(?:man|woman|person|guy|girl|soul|human(?:\\s+being)?|husband|wife|partner|boyfriend|girlfriend|dad|father|mum|mother)\\s+(?:(?:in|on)\\s+(?:the\\s+)?(?:whole\\s+)?(?:planet|world|earth|universe)|alive|(?:that\\s+)?the\\s+world\\s+has\\s+ever\\s+(?:seen|known)|(?:who|that)\\s+ever\\s+lived|there\\s+ever\\s+was)(?![\\p{L}])",
        "{B}(?:haven'?t|have\\s+not|havent|hadn'?t|didn'?t|did\\s+not)\\s+(?:slept|sleep|eaten|eat|smiled|smile|laughed|laugh)(?:\\s+or\\s+(?:slept|sleep|eaten|eat))?(?:\\s+(?:a\\s+wink|a\\s+thing|once|(?:a|one)\\s+single\\s+(?:night|wink|meal|bite|day|hour|minute)|one\\s+(?:night|wink|meal|bite)|a\\s+bite))?\\s+(?:(?:in|for)\\s+(?:a|one|two|three|four|five|six|several|\\d+)?\\s*(?:weeks?|months?|years?)|since\\s+(?:you\\s+(?:left|went|moved\\s+out|walked\\s+out)|\\p{L}+day|then|that\\s+(?:night|day)|christmas|easter|new\\s+year|the\\s+(?:breakup|break-up|funeral|wedding|party)|we\\s+(?:broke\\s+up|split)))(?![\\p{L}])",
        "{B}(?:{ID}|i'?ll|i\\s+will|i\\s+would|i\\s+could|ill)\\s+(?:happily\\s+|gladly\\s+)?(?:walk|swim|run|crawl|travel|fly|drive|cross)\\s+(?:across|around|over|to\\s+the\\s+(?:other\\s+)?(?:end|ends|side)\\s+of)\\s+the\\s+(?:whole\\s+|entire\\s+)?(?:world|earth|planet|universe|ocean|globe)\\b[^.!?\\n]{0,20}?\\bfor\\s+(?:you|u)(?![\\p{L}])",
        "{B}(?:{ID}|i'?ll|i\\s+will|ill)\\s+(?:happily\\s+|gladly\\s+)?give\\s+(?:you|u)\\s+the\\s+(?:moon|stars|sun|world|universe)(?![\\p{L}])",
        '{B}(?:lost|lose|gave\\s+up)\\s+(?:absolutely|literally|quite\\s+literally)\\s+everything',
        '{B}every\\s+(?:single\\s+)?(?:song|thing|place|street|face|corner|person|movie|film|book|smell)\\b[^.!?\\n]{0,30}?\\b(?:reminds\\s+me\\s+of|is\\s+about|makes\\s+me\\s+think\\s+of|brings\\s+me\\s+back\\s+to)\\s+(?:you|u|us)(?![\\p{L}])',
        "{B}(?:{ID}|i'?ll|i\\s+will|ill|i\\s+could)\\s+(?:happily\\s+|gladly\\s+)?wait(?:\\s+for\\s+(?:you|u))?\\s+(?:forever(?:\\s+and\\s+ever)?|a\\s+(?:thousand|million|hundred)\\s+years|(?:until|till|til)\\s+the\\s+end\\s+of\\s+time|for\\s+(?:all\\s+)?eternity|(?:my\\s+whole|all\\s+my|the\\s+rest\\s+of\\s+my)\\s+life)(?![\\p{L}])",
        '{B}not\\s+(?:(?:a|one)\\s+(?:single\\s+)?(?:second|minute|moment|hour)|(?:a|one)\\s+single\\s+(?:day|night))(?:\\s+of\\s+(?:the|my|every|any)\\s+(?:day|night|week))?\\s+(?:goes\\s+by|passes)',
        '{B}(?:an?\\s+)?(?:million|thousand|billion|ocean|oceans|rivers?|sea|seas|buckets|gallons|lakes?)\\s+of\\s+tears|{B}(?:cr(?:y|ied|ying)|wept|weeping)\\s+(?:(?:an?|whole)\\s+)?(?:oceans?|rivers?|seas?|buckets|floods?|lakes?|an\\s+ocean|a\\s+river)(?![\\p{L}])',
        // Countless times: "I've written you a thousand letters in my head", "I've replayed that night a million times".
        '{B}(?:a|one)\\s+(?:thousand|million|billion|zillion|gazillion)\\s+(?:letters|times|messages|texts|songs|poems|emails|drafts|versions|apologies|conversations|nights|ways)(?![\\p{L}])',
        '{B}(?:into|in|to)\\s+(?:a\\s+)?(?:million|thousand|billion|hundred\\s+thousand)\\s+(?:little\\s+|tiny\\s+)?(?:pieces|bits|shards)',
        '{B}more\\s+than\\s+(?:(?:anything|anyone|anybody)\\s+(?:else\\s+)?(?:in|on)\\s+(?:the|this)\\s+(?:whole\\s+)?(?:world|universe|earth|planet)|(?:my\\s+own\\s+|my\\s+)?life\\s+itself|(?:anyone|anybody)\\s+(?:has\\s+)?ever\\s+(?:loved|been\\s+loved|could|did|missed)|the\\s+air\\s+(?:i|we)\\s+breathe|all\\s+the\\s+stars|words\\s+could\\s+ever)',
        '{B}(?:no\\s+one|nobody|no\\s+man|no\\s+woman)(?:\\s+(?:in\\s+the\\s+(?:whole\\s+)?world|on\\s+(?:this\\s+)?earth|else|in\\s+(?:the\\s+)?history(?:\\s+of\\s+(?:the\\s+)?(?:world|mankind|humanity|time))?))?\\s+(?:has\\s+ever|had\\s+ever|will\\s+ever|could\\s+ever|can\\s+ever|would\\s+ever|(?:is|\\x27s)\\s+(?:ever\\s+)?going\\s+to|will|could|can|has|would)\\s+(?:loved|love|know|known|understand|understood|get|look\\s+after|care\\s+for|cared\\s+for|treat|treated|suffered|suffer|hurt|cried|cry|missed|miss|waited|wait|longed|hoped|prayed|regretted|wanted|needed|grieved|ached)\\s+(?:[^.!?\\n]{0,30}?\\s)?(?:like|as\\s+much\\s+as|the\\s+way|more\\s+than)\\s+i\\b',
        '{B}the\\s+(?:worst|most\\s+painful|deepest|biggest)\\s+(?:pain|heartbreak|suffering|hurt)\\s+(?:in\\s+the\\s+(?:whole\\s+)?(?:world|universe|history)|(?:anyone|anybody|any\\s+human|a\\s+human\\s+being|a\\s+person)\\s+(?:has|could|can|will)\\s+ever\\s+(?:feel|felt|know|known|experience|experienced))',
        "{B}(?:{ID}|i'?ll|i\\s+will|i\\s+could|ill)\\s+(?:happily\\s+|gladly\\s+|honestly\\s+|literally\\s+)?(?:die|give\\s+my\\s+life|take\\s+a\\s+bullet|walk\\s+through\\s+fire|walk\\s+on\\s+(?:fire|broken\\s+glass|hot\\s+coals)|move\\s+mountains|cross\\s+(?:oceans|an\\s+ocean|the\\s+ocean|every\\s+ocean)|swim\\s+(?:oceans|across\\s+the\\s+ocean)|give\\s+up\\s+(?:everything|my\\s+life|the\\s+world)|sell\\s+my\\s+soul|go\\s+to\\s+the\\s+ends\\s+of\\s+the\\s+(?:earth|world)|climb\\s+(?:every|any)\\s+mountain)\\s+for\\s+(?:you|u|us|ya)(?![\\p{L}])",
        // "I'd do anything for you", "not a single day without thinking of you". ("You're my whole world" is
        // about the reader, not the writer: idealization reads it.)
        "{B}(?:i'?d|i\\s+would|i'?ll|i\\s+will|ill)\\s+(?:literally\\s+|honestly\\s+|really\\s+|happily\\s+)?do\\s+(?:anything|everything|whatever\\s+it\\s+takes)(?:\\s+(?:at\\s+all|in\\s+the\\s+world))?\\s*(?:for\\s+(?:you|u|us)|to\\s+make\\s+(?:it|this|things)\\s+right)(?![\\p{L}])",
        "{B}(?:not|never|can'?t|cannot|cant)\\s+(?:\\p{L}+\\s+){0,2}(?:a\\s+single|one\\s+single)\\s+(?:day|hour|minute|second|moment|night)\\s+(?:goes\\s+by\\s+|passes\\s+)?without\\s+(?:thinking|crying|missing|dreaming)",
        `{B}${I_PROMISE}\\s+never,?\\s+ever\\s+[^.!?\\n]{0,40}?\\bagain(?![\\p{L}])|{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+ever\\s+(?:do\\s+anything\\s+to\\s+)?${NEVER_AGAIN}[^.!?\\n]{0,20}?\\bagain(?![\\p{L}])`,
        '{B}(?:thought|think|thinking|dreamt|dreamed|dream)\\s+(?:of|about)\\s+nothing\\s+(?:and\\s+no\\s*one\\s+)?else(?![\\p{L}])|{B}(?:stopped|stop|stopping)\\s+(?:thinking\\s+(?:about|of)|missing|loving)\\s+(?:you|u)\\s+(?:for\\s+)?(?:a\\s+single|one\\s+single|even\\s+a|even\\s+one|one)\\s+(?:second|minute|moment|instant|day)',
        '{B}(?:cr(?:y|ied|ying)|wept|pray(?:ed|ing)?|dream(?:t|ed|ing)?|wait(?:ed|ing)?|died)\\s+(?:for\\s+)?(?:a|one)\\s+(?:thousand|million|hundred|billion)\\s+(?:nights|days|years|times|deaths)',
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+never\\s+(?:have\\s+to\\s+)?(?:worry|want\\s+for|need|lack)\\s+(?:about\\s+)?(?:anything|a\\s+thing)\\s+(?:ever\\s+)?again",
        '{B}(?:forever\\s+and\\s+(?:ever|always|a\\s+day)|till\\s+the\\s+end\\s+of\\s+time|until\\s+the\\s+stars\\s+(?:burn|go)\\s+out)(?![\\p{L}])',
        "{B}(?:you'?re|you\\s+are|you\\s+were|ur)\\s+(?:my\\s+(?:only\\s+)?reason\\s+(?:for|to)\\s+(?:living|live|breathe|breathing|exist)|the\\s+(?:air|oxygen)\\s+i\\s+breathe)|{B}my\\s+(?:whole|entire)\\s+(?:life|world|existence)\\s+revolve[sd]?\\s+around\\s+(?:you|u)",
      ].join('|'),
      suggest: ['I think about you often.'],
    },
    {
      id: 'beyond-counting',
      // Numbers and frequencies past belief: "read your text ten thousand times", "cried every night for a
      // year", "haven't slept since you left, not once", "on the first ring, day or night".
      re: [
        '{B}(?:(?:a|about|like|over|around|literally|maybe)\\s+)?(?:a\\s+)?(?:ten\\s+thousand|thousand|million|billion|gazillion|zillion|hundred\\s+thousand)\\s+times(?![\\p{L}])',
        '{B}(?:cried|crying|wept|weeping)\\s+(?:myself\\s+to\\s+sleep\\s+)?(?:every\\s+(?:single\\s+)?(?:night|day)\\s+(?:for|since)|non-?stop|without\\s+stopping|for\\s+(?:days|weeks|months)\\s+(?:straight|on\\s+end))',
        "{B}(?:haven'?t|havent|have\\s+not|not)\\s+(?:eaten|slept|smiled|laughed|left\\s+the\\s+(?:house|flat|bed))\\s+(?:(?:a\\s+(?:proper|single)\\s+\\p{L}+\\s+)?(?:in|for)\\s+(?:weeks|months|\\p{L}+\\s+(?:weeks|months))|since\\s+(?:you|u)\\s+left,?\\s+(?:not\\s+once|at\\s+all|not\\s+(?:a\\s+)?(?:single|one)\\s+\\p{L}+))",
        "{B}(?:i'?ll|i\\s+will|ill|i\\s+promise)\\b[^.!?\\n]{0,50}?\\b(?:day\\s+or\\s+night|24/7|twenty-four\\s+seven|on\\s+the\\s+first\\s+ring)(?![\\p{L}])",
      ].join('|'),
    },
    {
      id: 'past-belief',
      // More promises and hyperbole past belief: "I'd literally walk to Melbourne barefoot to see you smile", "every
      // single thing I do will be for you", "not one minute of one day passes without…", "I'll fix everything, every
      // problem we ever had", "I have changed one hundred percent", "I'm not the same person at all", "I'll text back
      // within a minute, every single time, no matter what", "never again will I let a single day go by without…",
      // "I haven't had one proper night's sleep since you left, not one".
      re: [
        String.raw`{B}(?:{ID}|i'?ll|i\s+will|ill|i\s+could)\s+(?:(?:literally|happily|gladly|honestly|seriously)\s+)?(?:walk|swim|crawl|run|cycle|hitchhike)\s+(?:all\s+the\s+way\s+)?(?:to|across|over|through)\s[^.!?\n]{0,40}?(?:barefoot|on\s+my\s+(?:knees|hands\s+and\s+knees)|on\s+broken\s+glass|through\s+(?:fire|snow|a\s+storm))[^.!?\n]{0,20}?(?:for\s+(?:you|u)|to\s+(?:see|hold|hear|kiss|be\s+with|reach|find)\s+(?:you|u))(?![\p{L}])`,
        String.raw`{B}(?:{ID}|i'?ll|i\s+will|ill)\s+literally\s+(?:walk|swim|crawl)\s+(?:all\s+the\s+way\s+)?(?:to|across)\s[^.!?\n]{0,40}?(?:for\s+(?:you|u)|to\s+(?:see|hold|hear|kiss|be\s+with|reach|find)\s+(?:you|u))(?![\p{L}])`,
        String.raw`{B}every\s+(?:single\s+)?(?:thing|breath|moment|minute|second|decision|choice|step|word|penny)(?:\s+i\s+(?:do|take|make|say|write|earn)|\s+of\s+my\s+life)?(?:\s+from\s+now\s+on)?\s+(?:will\s+be|is|shall\s+be|'ll\s+be)\s+(?:for|about|dedicated\s+to|devoted\s+to)\s+(?:you|u|us)(?![\p{L}])`,
        String.raw`{B}not\s+(?:a|one)\s+(?:single\s+)?(?:second|minute|moment|hour)\s+of\s+(?:a|one|any)\s+(?:single\s+)?(?:day|night|week)\s+(?:goes\s+by|passes)`,
        String.raw`{B}(?:i'?ll|i\s+will|ill|i\s+shall|i'?m\s+(?:going\s+to|gonna)|i\s+promise(?:\s+to)?|i\s+swear(?:\s+i'?ll)?)\s+(?:(?:personally|single-handedly)\s+)?(?:fix|solve|repair|mend|make\s+up\s+for|sort\s+out|put\s+right|undo)\s+(?:everything|every\s+(?:single\s+)?(?:problem|mistake|issue|thing|fault|flaw|wrong)|all\s+(?:of\s+)?(?:it|them|our\s+problems|my\s+(?:faults|flaws|mistakes))|it\s+all)(?![\p{L}])`,
        String.raw`{B}i(?:'?ve|\s+have)\s+changed\s+(?:one\s+hundred|a\s+hundred|100)\s*(?:percent|per\s+cent|%)|{B}i(?:'?ve|\s+have)\s+(?:one\s+hundred|a\s+hundred)\s+(?:percent|per\s+cent)\s+changed|{B}i\s+have\s+(?:completely|totally|entirely|fully|100\s?%)\s+changed(?=\s*(?:[.!,;…]|$|\s+as\s+a\s+person|\s+inside))|{B}(?:{IM})\s+(?:not|no\s+longer)\s+(?:even\s+)?the\s+same\s+(?:person|man|woman|guy|girl)\s+at\s+all`,
        String.raw`{B}(?:i'?ll|i\s+will|ill|i\s+promise)\b[^.!?\n]{0,60}?\b(?:within\s+(?:a|one|two|five|ten)\s+(?:minute|second|minutes|seconds)|(?:every\s+single\s+time|always),?\s+no\s+matter\s+what)`,
        String.raw`{B}(?:never\s+again\s+(?:will|shall)\s+i|(?:i'?ll|i\s+will|ill|i\s+shall)\s+never(?:\s+again)?)\s+let\s+(?:a|one)\s+(?:single\s+)?(?:day|hour|minute|moment|night)\s+(?:go\s+by|pass)\s+without`,
        String.raw`{B}(?:haven'?t|have\s+not|havent|hadn'?t|had\s+not)\s+had\s+(?:one|a\s+single|a)\s+(?:single\s+)?(?:(?:proper|decent|good|full)\s+)?(?:night'?s\s+sleep|night\s+of\s+sleep|meal|hour'?s\s+sleep|moment'?s\s+peace)\s+(?:since|in|for)\b[^.!?\n]{0,30}?(?:,\s*not\s+(?:one|once|a\s+single\s+\p{L}+)|\b(?:weeks|months|a\s+year|years))(?![\p{L}])`,
      ].join('|'),
      suggest: ["I'm working on it, one day at a time."],
    },
    {
      id: 'every-last',
      // Second probe: "I'd give every last thing I own to hear your voice", "not a minute in the day when you are not on
      // my mind", "you'll never shed another tear".
      re: [
        // Twelfth round: "i literally havent stopped crying since u left", "ill be the best bf ever", "cried enough tears
        // to fill the Thames" (not "I haven't stopped smoking since May", not "the best I can be").
        String.raw`{B}(?:haven'?t|havent|have\s+not|hasn'?t|not)\s+(?:(?:once|really|actually)\s+)?stopped\s+(?:crying|sobbing|shaking|weeping)\s+(?:since|for)\b`,
        String.raw`{B}(?:i'?ll|i\s+will|ill|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|i\s+promise\s+to)\s+(?:be|become)\s+the\s+(?:best|greatest|most\s+\p{L}+)\s+(?:bf|gf|boyfriend|girlfriend|partner|husband|wife|man|woman|fianc[ée]e?)\s+(?:ever|in\s+the\s+(?:world|universe)|(?:you'?ve|you\s+have|u'?ve)\s+ever\s+(?:had|known|seen)|alive)(?![\p{L}])`,
        String.raw`{B}enough\s+tears\s+to\s+(?:fill|flood|drown|sink)(?![\p{L}])`,
        String.raw`{B}(?:give|trade|sell|swap)\s+(?:up\s+)?every\s+(?:last\s+|single\s+)?thing\s+i\s+(?:own|have)(?![\p{L}])`,
        String.raw`{B}not\s+a\s+(?:single\s+)?(?:minute|second|moment|hour)\s+(?:in|of)\s+the\s+day\s+(?:when|that)(?![\p{L}])`,
        String.raw`{B}(?:you'?ll|you\s+will|u'?ll)\s+never\s+(?:shed|cry)\s+(?:another|one\s+more|a\s+single)\s+tear(?![\p{L}])`,
      ].join('|'),
      suggest: ['I think about you often.'],
    },
    {
      id: 'nothing-ever',
      // Thirteenth round: an absolute promise said of the future itself: "Nothing will ever go wrong again", "nothing
      // will ever come between us". Not "Nothing will ever be the same" (a feeling).
      re: [
        "{B}nothing\\s+(?:will|would|is\\s+going\\s+to|'?ll)\\s+ever\\s+(?:go\\s+wrong|hurt\\s+(?:you|u|us)|come\\s+between\\s+us|break\\s+us|tear\\s+us\\s+apart)(?:\\s+again)?(?![\\p{L}])",
        // "ur the only girl ill ever love", "I will be best husband in the world", "I will wait for you till my last
        // breath" (not "the best cup of tea in the world").
        "{B}(?:you'?re|you\\s+are|ur|u\\s+r|you\\s+were|u\\s+were)\\s+the\\s+only\\s+(?:one|girl|guy|man|woman|person|boy)\\s+(?:i'?ll|ill|i\\s+will|i\\s+could|i\\s+can|i'?d|i\\s+would)\\s+ever\\s+(?:love|want|marry)(?![\\p{L}])",
        "{B}(?:i\\s+will|i'?ll|ill|i\\s+am\\s+going\\s+to|i'?m\\s+gonna)\\s+(?:be|become)\\s+(?:the\\s+)?(?:best|perfect|greatest)\\s+(?:husband|wife|boyfriend|girlfriend|partner|father|dad|mother|mum|man|bf|gf)\\s+(?:in\\s+the\\s+(?:world|universe|history)|ever|alive)(?![\\p{L}])",
        '{B}wait(?:\\s+for\\s+(?:you|u))?\\s+(?:till|until|til|to|for)\\s+(?:my|the)\\s+(?:last\\s+breath|dying\\s+day|end\\s+of\\s+time|grave|end\\s+of\\s+the\\s+world|end\\s+of\\s+my\\s+days)(?![\\p{L}])',
      ].join('|'),
      suggest: ["I'm working on it, one step at a time."],
    },
  ],
  antipatterns: [
    // Refusing to over-promise is the opposite: "I can't promise I'll never hurt you".
    "\\b(?:can'?t|cannot|cant|won'?t|wont|will\\s+not|not\\s+going\\s+to|don'?t|dont|do\\s+not|wouldn'?t|would\\s+not|never)\\s+(?:\\w+\\s+)?(?:promise|swear|pretend|claim)\\b[^.!?\\n]{0,30}",
    // Mocking the cliché, or quoting what the writer once said.
    '\\b(?:i\\s+(?:used\\s+to\\s+say|always\\s+said|said|promised|swore)|you\\s+(?:said|told\\s+me))\\b[^.!?\\n]{0,15}',
    // Twelfth round (letters review): the big claim refused in the writer's own words: "I'm not going to tell you I've
    // become a new person", "I won't say I've changed completely", "I'm not saying I'll be perfect".
    String.raw`\b(?:(?:{IM}|i\s+am)\s+not\s+(?:going\s+to|gonna|about\s+to|here\s+to|writing\s+to)|(?:{IM}|i\s+am)\s+not|won'?t|wont|will\s+not|can'?t|cannot|cant)\s+(?:\w+\s+)?(?:tell(?:ing)?\s+(?:you|u)|say(?:ing)?|insist(?:ing)?(?:\s+on)?)\b[^.!?\n]{0,40}`,
    // Past enjoyment of a time or a place, an idiom that can be true: "I loved every minute of it", "I enjoyed every
    // second of that trip" (not "I love you every second of every day", not "I loved you every minute of every day").
    String.raw`\b(?:loved|enjoyed|savou?red|cherished|treasured|relished)\s+(?:\w+\s+){0,3}?every\s+(?:single\s+)?(?:minute|second|moment|bit)\b(?![^.!?\n]{0,20}?\bevery\s+(?:single\s+)?(?:day|night|hour))`,
    // Idiomatic thanks: "Thank you a million times for the books".
    '\\bthank(?:s|\\s+(?:you|u))\\b[^.!?\\n]{0,20}?\\b(?:a|one)\\s+(?:thousand|million|billion)\\s+times\\b',
    // The reader's worth against the writer's, a put-down of the writer and not hyperbole about a feeling or a promise
    // (the guide: self-put-downs are not also exaggeration): "You could do a thousand times better than a bloke like me".
    "\\b(?:could|can|deserve(?:d)?\\s+to|'d|would|will)\\s+do\\s+(?:a\\s+)?(?:thousand|million|billion|hundred)\\s+times\\s+better\\s+than\\s+(?:me|us|a\\s+(?:\\p{L}+\\s+){0,2}like\\s+me|someone\\s+like\\s+me|the\\s+likes\\s+of\\s+me)\\b",
    // "Nonstop" hedged by the writer is emphasis that owns its approximation, not a claim of every second: "I've been
    // thinking about you pretty much nonstop", "i miss u almost non stop tbh".
    '\\b(?:pretty\\s+much|almost|nearly|practically|more\\s+or\\s+less|kind\\s+of|kinda|sort\\s+of|basically)\\s+non[- ]?stop(?![\\p{L}])',
  ],
  examples: [
    { flagged: '[[Nothing will ever go wrong again]], I promise.', pattern: 'nothing-ever' },
    { notFlagged: 'Nothing will ever be the same, and maybe that is all right.' },
    { flagged: '[[ur the only girl ill ever love]]', pattern: 'nothing-ever' },
    { flagged: '[[I will be best husband in the world]].', pattern: 'nothing-ever' },
    { notFlagged: "You made the best cup of tea in the world, and I'll fight anyone who says otherwise." },
    { flagged: '[[I will wait for you till my last breath]].', pattern: 'nothing-ever' },
    // Twelfth round (eval/twelfth/pitfalls12): a big claim refused, past enjoyment of a time, an absolute pledge to
    // stop drinking.
    {
      notFlagged: "I'm not going to tell you I've become a new person. I've been going to therapy since May.",
    },
    { notFlagged: "I won't say I've changed completely, but I'm working on it." },
    { notFlagged: "I'm not saying I'll be the perfect boyfriend from now on." },
    {
      flagged: "[[I'll be the perfect boyfriend from now on]], I'm telling you.",
      pattern: 'absolute-promise',
    },
    { notFlagged: 'Our first flat in Glasgow was tiny and freezing and I loved every minute of it.' },
    { notFlagged: 'I loved every minute with you in Lisbon, even the rainy ones.' },
    { notFlagged: 'We enjoyed every single second of that festival.' },
    { flagged: '[[I loved you every minute of every day]].', pattern: 'hyperbole' },
    { flagged: '[[i swear ill never touch a drop again]]', pattern: 'never-again' },
    { flagged: '[[i literally havent stopped crying since u left]]', pattern: 'every-last' },
    { notFlagged: "I haven't stopped smoking since May, but I've cut down a lot." },
    { flagged: '[[ill be the best bf ever]], ur gonna see', pattern: 'every-last' },
    { notFlagged: "I'll be the best dad I can be to Mia, whatever happens between us." },
    { flagged: '[[I have cried enough tears to fill the Thames]].', pattern: 'every-last' },
    { flagged: "[[I'll never have another drink as long as I live]].", pattern: 'never-again' },
    { notFlagged: "I haven't touched a drop since March, and I go to meetings twice a week." },
    { notFlagged: "I can't swear I'll never touch a drop again, but I'm ninety days in." },
    // Sixth round (probe eval/sixth/heartfelt): the writer's put-down, not hyperbole.
    { notFlagged: 'You could do a thousand times better than a bloke like me.' },
    { notFlagged: 'You deserve to do a million times better than me.' },
    // Tenth round (letters review): hedged "nonstop".
    { notFlagged: "Honestly I've thought about you almost nonstop since June, which I know isn't healthy." },
    { notFlagged: 'i miss u pretty much non-stop tbh' },
    { flagged: '[[Nobody is ever going to understand you the way I do]].', pattern: 'hyperbole' },
    { flagged: '[[no one will ever get u like i do]]', pattern: 'hyperbole' },
    { notFlagged: 'No one knows you like your sister does, and I hope she is close by.' },
    { flagged: "[[I've thought about you nonstop since June]].", pattern: 'hyperbole' },
    { flagged: "[[I've read your last text about ten thousand times]].", pattern: 'beyond-counting' },
    { flagged: "[[I've cried every night for a year without stopping]].", pattern: 'beyond-counting' },
    { flagged: "[[I haven't eaten a proper meal in six weeks]].", pattern: 'beyond-counting' },
    { flagged: '[[i havent slept since u left, not once]]', pattern: 'beyond-counting' },
    {
      flagged: "[[From now on I'll answer every call on the first ring]], day or night.",
      pattern: 'beyond-counting',
    },
    { notFlagged: "I haven't slept well since you left." },
    { notFlagged: 'I must have walked past that café a hundred times before I went in.' },
    { flagged: '[[I will never make a single mistake again]].', pattern: 'never-again' },
    { flagged: "[[I promise I'll never hurt you again]].", pattern: 'never-again' },
    { flagged: '[[ill never get jealous again]], i swear', pattern: 'never-again' },
    { flagged: "[[I'll be the perfect boyfriend from now on]].", pattern: 'absolute-promise' },
    { flagged: "[[I've changed completely]].", pattern: 'absolute-promise' },
    { flagged: "[[I'll never love anyone else]].", pattern: 'absolute-promise' },
    { flagged: "[[I'll never be happy with anyone else]], I know that now.", pattern: 'absolute-promise' },
    { flagged: "[[I'll never be able to love anyone else]].", pattern: 'absolute-promise' },
    { flagged: '[[I think about you every second of every day]].', pattern: 'hyperbole' },
    { flagged: '[[I love you more than anything in the world]].', pattern: 'hyperbole' },
    { flagged: "[[I'd die for you]], you know that.", pattern: 'hyperbole' },
    { flagged: '[[No one has ever loved anyone the way I love you]].', pattern: 'hyperbole' },
    { flagged: "[[I haven't slept in a month]].", pattern: 'hyperbole' },
    { flagged: "[[I'd wait a thousand years for you]].", pattern: 'hyperbole' },
    { flagged: '[[I will never touch another drink as long as I live]].', pattern: 'never-again' },
    { flagged: "[[I'll spend the rest of my life making it up to you]].", pattern: 'absolute-promise' },
    { flagged: '[[i will never drink again, not even once]], i swear', pattern: 'never-again' },
    { flagged: "[[I'd do anything for you]], literally anything.", pattern: 'hyperbole' },
    { flagged: '[[Not a single day goes by without thinking of you]].', pattern: 'hyperbole' },
    // Twelfth round: "not a day goes by" is the idiom, and can be true of a regret or a missing.
    { notFlagged: "Not a day goes by that I don't regret that night." },
    { notFlagged: "There's not a day goes by I don't think of you." },
    { flagged: '[[Not a minute goes by without thinking of you]].', pattern: 'hyperbole' },
    { flagged: '[[I will never, ever lie to you again]].', pattern: 'hyperbole' },
    { flagged: "[[I'm a changed man]].", pattern: 'absolute-promise' },
    { flagged: '[[Things will be perfect this time]].', pattern: 'absolute-promise' },
    { flagged: "[[I've thought of nothing else since you left]].", pattern: 'hyperbole' },
    { flagged: '[[I cried for a thousand nights]].', pattern: 'hyperbole' },
    { flagged: "[[You'll never have to worry about anything again]].", pattern: 'hyperbole' },
    { notFlagged: "I'm working on reacting more calmly." },
    { notFlagged: "I'll never forget our trip to Rome." },
    { notFlagged: 'I think about you every day.' },
    { notFlagged: "I can't promise I'll never hurt you again, but I'm learning to listen." },
    { notFlagged: 'I will always be grateful for those years.' },
    { notFlagged: 'I will never do that to you again.' },
    { notFlagged: "I'd die of embarrassment if anyone read this." },
    { notFlagged: "I've changed some things, like how I handle money." },
    { notFlagged: "I won't make the same mistake again with the bills." },
    { notFlagged: 'I worked day and night on that project and forgot about us.' },
    { notFlagged: "I'll never forget that summer as long as I live." },
    { notFlagged: "I haven't slept well since Tuesday, but I'm okay." },
    { notFlagged: "I'd do anything for a coffee right now." },
    { flagged: "[[I haven't slept a single night since the breakup]].", pattern: 'hyperbole' },
    { flagged: '[[Not a minute of the day goes by without you in it]].', pattern: 'hyperbole' },
    { flagged: "[[I swear you'll never have a single reason to doubt me again]].", pattern: 'never-again' },
    { flagged: "[[I've rewritten this letter a million times]].", pattern: 'hyperbole' },
    {
      flagged: '[[No one has ever waited for a phone call the way I wait for yours]].',
      pattern: 'hyperbole',
    },
    { flagged: "[[I've cried rivers since March]].", pattern: 'hyperbole' },
    { flagged: "[[I'll change absolutely everything]], you'll see.", pattern: 'absolute-promise' },
    { flagged: "[[I'll be different now, totally different]].", pattern: 'absolute-promise' },
    { flagged: "[[I'll be everything you ever wanted]].", pattern: 'absolute-promise' },
    { flagged: "[[I'd give you the moon if I could]].", pattern: 'hyperbole' },
    { flagged: "[[I'll love you every day for the rest of our lives]].", pattern: 'hyperbole' },
    { flagged: "[[There's nothing I wouldn't do for you]].", pattern: 'hyperbole' },
    { flagged: "[[I can't breathe without you]].", pattern: 'hyperbole' },
    { flagged: "[[I'm the loneliest man on the planet]].", pattern: 'hyperbole' },
    { flagged: "[[I've never stopped thinking about you, not for one second]].", pattern: 'hyperbole' },
    { flagged: "[[I'll make every single day perfect]].", pattern: 'absolute-promise' },
    { flagged: "[[I'll be a new man overnight]].", pattern: 'absolute-promise' },
    { notFlagged: "I'm a changed man in one way: I don't drink anymore." },
    { notFlagged: 'This has been the hardest year of my life.' },
    { notFlagged: 'Thank you a million times for the books.' },
    { notFlagged: "I haven't slept properly since you left." },
    { notFlagged: "I'll be honest, things are completely different now." },
    { notFlagged: 'I will do anything you ask, anything at all, only come home.' },
    { notFlagged: 'Nobody has ever been as kind to me as you were.' },
    { notFlagged: "I'll do everything I can to return your things quickly." },
    { notFlagged: "I won't ever forget that night." },
    { notFlagged: 'I feel like a new person after the holiday.' },
    { notFlagged: "I've thought about little else this week, if I'm honest." },
    { notFlagged: "I'll try not to make you cry again." },
    // The reader as the writer's world is idealization, not hyperbole about the writer.
    { notFlagged: "You're my whole world." },
    { notFlagged: 'You were my everything.' },
    // Fifth round (probe eval/fifth/accusation).
    { flagged: "[[I'd crawl to Dublin on my knees to see you]].", pattern: 'past-belief' },
    { flagged: '[[Every decision I make will be for you]].', pattern: 'past-belief' },
    { flagged: '[[Not a single minute of any day passes without you in it]].', pattern: 'hyperbole' },
    { flagged: '[[I promise to fix every mistake I ever made]].', pattern: 'past-belief' },
    { flagged: "[[I've changed a hundred percent]].", pattern: 'absolute-promise' },
    { flagged: "[[I'm no longer the same person at all]].", pattern: 'past-belief' },
    { flagged: "[[I'll answer within a minute]], every time.", pattern: 'past-belief' },
    { flagged: "[[I'll never let a single day pass without telling you]].", pattern: 'past-belief' },
    { flagged: "[[I haven't had a single night's sleep since June, not one]].", pattern: 'past-belief' },
    { notFlagged: "I'd walk to the shop barefoot in summer as a kid." },
    { notFlagged: "I'd drive to Cork to see you if you'd like." },
    { notFlagged: 'Every penny I earn goes on rent at the moment.' },
    { notFlagged: "I'll fix the gate before I move out, I promise." },
    { notFlagged: 'I have completely changed how I handle arguments.' },
    { notFlagged: "I'm not the same person I was last year." },
    { notFlagged: "I'll call every Sunday, no matter what happens between us." },
    { notFlagged: "I haven't had a proper holiday in years." },
    // Second probe (eval/fifth/accusation, lines 197-256).
    { flagged: "[[I'd sell every last thing I own for one more day with you]].", pattern: 'every-last' },
    { flagged: "[[You'll never cry another tear]].", pattern: 'every-last' },
    { notFlagged: 'I gave away most of the things I own when I moved.' },
    { notFlagged: "There's not a lot in the day to fill now." },
  ],
})
