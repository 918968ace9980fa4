// Putting oneself down: "I'm worthless without you", "I don't deserve you", "I ruin everything".
// Owning a specific fault ("I wasn't at my best", "my jealousy pushed you away") is accountability,
// and words others said about the writer ("you always said I was an idiot") are not the writer's own.
import { MAN_OR_WOMAN, PARTNER_INFORMAL, PARTNER_TITLES } from '../../../lexicon/en/people.js'
import { defineRule } from '../define.js'

/** The writer as subject, present or past, with a few softeners. */
const I_AM =
  "(?:{IM}|i\\s+was|i'?ve\\s+(?:always\\s+)?been|i\\s+have\\s+(?:always\\s+)?been|i'?ll\\s+always\\s+be|i\\s+will\\s+always\\s+be|i\\s+always\\s+was)"
/** Intensifiers between the subject and the put-down. */
const SO =
  '(?:\\s+(?:such|so|really|truly|completely|totally|just|only|nothing\\s+but|basically|honestly|literally|pretty\\s+much|still|always|clearly|obviously|simply|officially))*'
/** Who they are, as they put it. */
const PUT_DOWN = [
  '(?:worthless|useless|pathetic|stupid|dumb|unlovable|unloveable|unworthy|disgusting|hopeless|inadequate)(?!\\s+(?:at|with|when|about|to\\s+(?:think|trust|believe|let|leave|say|do|walk|lie|cheat|ignore|hope|assume|expect|treat|listen|fall|go|stay|marry|move))\\b)',
  // "I'm trash", "a coward and a liar", "a lost cause", "beyond help", "weak and useless", "unfit to be anyone's partner".
  '(?:trash|garbage|scum)(?=\\s*(?:[.!,;…]|$)|\\s+and\\b)',
  'weak(?=\\s*(?:[.!,;…]|$)|\\s+and\\s+(?:useless|pathetic|stupid|worthless|selfish|spineless)\\b)',
  '(?:an?\\s+)?(?:coward|liar|fraud)(?:\\s+and\\s+an?\\s+(?:coward|liar|fraud|cheat))?(?=\\s*(?:[.!,;…]|$)|\\s+(?:in\\s+general|through\\s+and\\s+through|at\\s+heart|deep\\s+down|to\\s+the\\s+core|all\\s+my\\s+life|my\\s+whole\\s+life)\\b)',
  'an?\\s+(?:lost\\s+cause|hopeless\\s+case|sad\\s+case|basket\\s+case|shell\\s+of\\s+a\\s+(?:man|woman|person|human)|wreck\\s+of\\s+a\\s+(?:man|woman|person|human))(?![\\p{L}])(?!\\s+(?:at|with|when|about)\\b)',
  'beyond\\s+(?:help|saving|repair|hope|redemption)(?=\\s*(?:[.!,;…]|$))',
  "unfit\\s+(?:to\\s+be\\s+(?:anyone'?s|a|your|ur)|for\\s+(?:love|relationships|anyone))",
  `not\\s+the\\s+(?:kind|sort|type)\\s+of\\s+(?:person|${MAN_OR_WOMAN})\\s+(?:anyone|anybody|people|you|u)\\s+(?:could|would|can|will)\\s+(?:ever\\s+)?(?:love|want|be\\s+with)`,
  '(?:boring|ugly)(?!\\s+(?:you|u|crying|cry)\\b)',
  'nothing\\s+special(?![\\p{L}])(?!\\s+(?:about|at|with|to\\s+(?:worry|report)))',
  '(?:nothing|nobody|no\\s+one|a\\s+nobody)(?=\\s*(?:[.!,;…]|$)|\\s+(?:without|w/o|w/out|compared\\s+to|next\\s+to)\\b)',
  'not\\s+(?:good\\s+enough(?!\\s+(?:at|with)\\s+(?!(?:everything|anything|life|love|loving|relationships|being)\\b))|worth\\s+(?:it|anything|your\\s+time|the\\s+trouble|loving|fighting\\s+for|saving|your\\s+love|you|(?:one|a|a\\s+single|another)\\s+(?:minute|second|moment|ounce|bit|penny|thought|tear)\\s+of\\s+(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:tears|time|attention|energy|trouble|while|heartache|pain|thoughts|worry)|the\\s+(?:paper|ink|effort|stamp|tears|heartache))(?![\\p{L}])|(?:lovable|loveable|likeable|likable|worth\\s+loving)(?![\\p{L}])|worthy(?:\\s+of\\s+(?:you|u|your\\s+love))?)',
  "(?:an?\\s+|the\\s+)?(?:(?:complete|total|absolute|utter|huge|big|massive|biggest|pathetic|stupid|useless|silly|old|selfish|hopeless|worthless|miserable|bloody|damn|spineless|gutless|clueless|daft|thick|sorry|weak|cowardly|lying),?\\s+(?:and\\s+)?){0,3}(?:idiot|fool|failure|loser|eejit|eedjit|idjit|numpty|muppet|plonker|prat|twat|clown|dimwit|halfwit|imbecile|joke(?!\\s+(?:teller|book|shop|about))|disappointment|disaster|burden|screw-?up|fuck-?up|f\\*+k?-?up|moron|waste\\s+of\\s+(?:space|time|oxygen|a\\s+person|(?:your|ur)\\s+time)|piece\\s+of\\s+(?:shit|garbage|trash|crap|work)|monster|embarrassment|let-?down)(?![\\p{L}'-])(?!\\s+(?:to\\s+(?:think|trust|believe|let|leave|say|do|walk|lie|cheat|ignore|hope|assume|expect|treat|listen|fall|go|stay|marry|move)|about|over|with|when|at(?!\\s+(?:everything|life|love|relationships|being\\s+a))|that\\s+(?:night|day|time|evening|weekend|summer))\\b)",
  // "such a mess" as a verdict on oneself; "I've been a mess since you left", "I was a mess" or "a mess last
  // year" is a state with its time, a feeling.
  '(?:such\\s+|(?<!(?:been|was|were)\\s+)an?\\s+)(?:(?:complete|total|absolute|utter|huge|big|hot)\\s+)?mess(?![\\p{L}])(?!\\s+(?:at(?!\\s+(?:everything|anything|life|love|relationships|being)\\b)|about|over|with|when|since|after|lately|these\\s+days|today|tonight|this\\s+(?:morning|week|evening)|right\\s+now|at\\s+the\\s+moment|for\\s+(?:weeks|months|days|years|ages|a\\s+(?:while|long\\s+time))|(?:last|that)\\s+(?:year|month|week|summer|winter|spring|autumn|night|time)|back\\s+then|at\\s+the\\s+time)\\b)',
  `(?:an?\\s+|the\\s+)?(?:\\p{L}+,?\\s+(?:and\\s+)?)?(?:terrible|horrible|awful|lousy|bad|shitty|crappy|shit|crap|pathetic|useless|worthless|rubbish|worst|stupid|silly|selfish|hopeless|foolish|pitiful|(?:sorry|sad|poor)\\s+excuse\\s+for\\s+an?)(?:,?\\s+(?:and\\s+)?\\p{L}+)?\\s+(?:excuse\\s+for\\s+a\\s+)?(?:person|partner|boyfriend|girlfriend|bf|gf|husband|wife|${MAN_OR_WOMAN}|boy|kid|human(?:\\s+being)?|lover|father|mother|dad|mum|mom|friend|(?:sort|kind)\\s+of\\s+(?:person|${MAN_OR_WOMAN}|human))\\b`,
  // Beyond repair, too much for anyone: "I'm broken and I always will be", "too damaged for anyone".
  '(?:too\\s+)?(?:broken|damaged|messed\\s+up|screwed\\s+up|fucked\\s+up)(?:\\s+(?:for\\s+(?:anyone|anybody|you|u|love|a\\s+relationship)|to\\s+(?:be\\s+loved|love|fix)|beyond\\s+repair)|,?\\s+and\\s+(?:i\\s+)?(?:always\\s+will\\s+be|will\\s+always\\s+be|always\\s+have\\s+been))',
  // "rotten to the core", "not a good man", "toxic", "good for nothing", "second best".
  'rotten(?:\\s+to\\s+the\\s+core)?(?=\\s*(?:[.!,;…]|$)|\\s+(?:to\\s+the\\s+core|and|inside)\\b)|(?:toxic|poison(?:ous)?|bad\\s+news)(?=\\s*(?:[.!,;…]|$)|\\s+(?:to|for)\\s+(?:everyone|everybody|anyone|anybody|people|you|u)\\b|\\s+and\\b)|(?:a\\s+)?good(?:\\s+|-)for(?:\\s+|-)nothing|second\\s+best(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|to\\s+everyone|in\\s+everything)\\b)',
  `not\\s+(?:a\\s+)?(?:good|nice|decent|kind|lovable|loveable)\\s+(?:man|woman|person|human(?:\\s+being)?|partner|${PARTNER_TITLES}|guy|girl)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|at\\s+heart|deep\\s+down|really|at\\s+all)\\b)`,
  'the\\s+worst\\s+thing\\s+(?:that\\s+)?(?:has\\s+|had\\s+)?(?:ever\\s+)?happened\\s+to\\s+(?:you|u|anyone|your\\s+life)(?![\\p{L}])',
  'damaged\\s+goods(?![\\p{L}])|(?:a\\s+)?(?:dead\\s+weight|dead\\s+loss|walking\\s+(?:disaster|catastrophe|joke))(?![\\p{L}])|nothing\\s+but\\s+(?:trouble|grief|heartache|pain|an?\\s+(?:burden|problem|disappointment|let-?down|nuisance))(?![\\p{L}])',
  'too\\s+much\\s+for\\s+(?:anyone|anybody|people|everyone)(?![\\p{L}])',
  // "I'm no good for anyone", "useless at everything", "not much of a catch".
  'no\\s+good(?=\\s*(?:[.!,;…]|$)|\\s+(?:for|to)\\s+(?:anyone|anybody|you|u|people|anything|anyone\\s+else)(?![\\p{L}]))',
  `(?:useless|hopeless|rubbish|garbage|trash|crap|shit|awful|a\\s+failure|terrible|bad|no\\s+good)\\s+at\\s+(?:everything|life|relationships|love|being\\s+(?:a\\s+)?(?:partner|${PARTNER_TITLES}|human|person|loved))(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|but|in\\s+general)\\b)`,
  `not\\s+much\\s+of\\s+a\\s+(?:catch|prize|man|woman|partner|${PARTNER_TITLES}|person)(?![\\p{L}])`,
  'the\\s+worst(?=\\s*(?:[.!,;…]|$)|\\s+(?:ever|of\\s+all)\\b)',
  // Eleventh round: "I'm a nightmare", "a nightmare to live with" (not "a nightmare in the mornings").
  'an?\\s+(?:(?:complete|total|absolute|living|walking|bloody)\\s+)?nightmare(?=\\s*(?:[.!,;…]|$)|\\s+to\\s+(?:live|be)\\s+with(?:\\s*(?:[.!,;…]|$)|\\s+and\\b))',
].join('|')

export default defineRule({
  id: 'self-deprecation',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Putting yourself down',
  summary: 'The writer demeans themselves.',
  message:
    'Putting yourself down reads as a plea for pity, and it can leave them feeling they must reassure you. Name what you did and what you are changing, and speak of yourself with the respect you hope they will have for you.',
  // A put-down in a tag or rhetorical question ("I can't do anything right, can I?") is still one;
  // "Do you think I'm stupid?" is left to the antipatterns (the reader's opinion, not the writer's).
  questions: 'any',
  patterns: [
    {
      id: 'i-am-worthless',
      // "I'm worthless without you", "im such an idiot", "I was a terrible boyfriend".
      re: `{B}(?:(?:i\\s+know\\s+|i\\s+guess\\s+|maybe\\s+)?${I_AM}${SO}\\s+(?:${PUT_DOWN})|(?:without|w/o|w/out)\\s+(?:you|u),?\\s+(?:{IM}|i'?d\\s+be|i\\s+would\\s+be)\\s+(?:just\\s+)?(?:nothing|nobody|no\\s+one|worthless|useless)|what\\s+an?\\s+(?:idiot|fool|loser|failure|moron)\\s+i\\s+(?:was|am|'?ve\\s+been|have\\s+been)|what\\s+(?:kind|sort)\\s+of\\s+(?:an?\\s+)?(?:idiot|fool|loser|moron)\\s+(?:lets|let|would|does|did|throws|threw|walks)\\b)`,
      suggest: ["I'm not at my best right now, and I'm working on it."],
    },
    {
      id: 'feel-worthless',
      // "I feel worthless", "I feel like a failure", "I'll never be good enough for you".
      re: `{B}(?:i\\s+(?:feel|felt)|i'?ve\\s+(?:always\\s+)?felt|i\\s+(?:always|still|just)\\s+feel|makes?\\s+me\\s+feel|(?:i'?ll|i\\s+will|i\\s+could|i\\s+can)\\s+never\\s+be|i\\s+was\\s+never|i'?ve\\s+never\\s+been|i\\s+have\\s+never\\s+been|i'?m\\s+never|i\\s+am\\s+never)(?:\\s+(?:so|such|really|completely|totally|just))*\\s+(?:worthless|unlovable|unloveable|not\\s+good\\s+enough|good\\s+enough(?:\\s+for\\s+(?:you|u|anyone|anybody))?(?!\\s+(?:at|with|in)\\b)|(?:enough|worthy)(?:\\s+(?:for|of)\\s+(?:you|u|your\\s+love))?|like\\s+(?:an?\\s+|such\\s+an?\\s+)?(?:(?:complete|total|absolute|utter|huge|big)\\s+)?(?:failure|loser|nothing|nobody|burden|waste\\s+of\\s+space|piece\\s+of\\s+(?:shit|garbage|trash)|(?:idiot|fool|fraud|joke)(?!\\s+(?:writing|saying|asking|sending|doing|for|to|about|when)\\b))|like\\s+i'?m\\s+(?:nothing|worthless|a\\s+failure)|the\\s+(?:man|woman|partner|person|${PARTNER_TITLES})\\s+(?:you|u)\\s+(?:need|needed|deserve|deserved))(?![\\p{L}])`,
      suggest: ["I'm not at my best right now, and I'm working on it."],
    },
    {
      id: 'dont-deserve-you',
      // "I don't deserve you", "you deserve someone better than me".
      re: `{B}i\\s+(?:don'?t|do\\s+not|dont|never|didn'?t|did\\s+not|didnt)\\s+(?:really\\s+|ever\\s+|even\\s+)?deserved?\\s+(?:you|u|ya|someone\\s+like\\s+(?:you|u)|someone\\s+(?:as|so)\\s+\\p{L}+\\s+as\\s+(?:you|u)|your\\s+love|to\\s+be\\s+(?:loved|happy)|love|happiness|anyone|anybody)(?![\\p{L}])(?!\\s+(?:yelling|shouting|treating|talking|ignoring|speaking|blaming|to\\s+(?:yell|shout|treat|talk|ignore|blame)|acting|saying))|{B}(?:you|u)(?:'re|\\s+are|\\s+were|\\s+was|r|re)\\s+(?:(?:way|so|always|totally|clearly|far|just|miles|well|obviously|completely)\\s+){0,2}out\\s+of\\s+my\\s+league|{B}(?:you|u)(?:'re|\\s+are|\\s+were|\\s+was|r|re)\\s+(?:(?:always|just|far|way|much|simply|still|clearly|obviously)\\s+){0,2}too\\s+good\\s+for\\s+(?:me|the\\s+likes\\s+of\\s+me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|bloke|lad|loser|failure|mess|idiot|wreck|fool)\\s+like\\s+me)(?![\\p{L}])|{B}(?:you|u)\\s+(?:could|can|will|would|should)\\s+do\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2}better\\s+than\\s+me(?![\\p{L}])|{B}(?:you|u)\\s+(?:deserve|deserved|deserves)\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2}(?:(?:someone|somebody|a\\s+(?:${MAN_OR_WOMAN}|person|partner))\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2})?better\\s+than\\s+(?:me|i\\s+(?:am|was|could|will|'?ll)|what\\s+i\\s+am)(?![\\p{L}])`,
      suggest: ['I know I have things to work on, and I am working on them.'],
    },
    {
      id: 'ruin-everything',
      // "I ruin everything", "I can't do anything right", "I hate myself", "who would ever want me".
      re: [
        '{B}i\\s+(?:always\\s+|just\\s+|only\\s+|constantly\\s+|somehow\\s+)?(?:ruin|destroy|mess\\s+up|screw\\s+up|fuck\\s+up|spoil|wreck|break)\\s+(?:everything|every\\s+(?:good\\s+)?thing|every\\s+relationship|all\\s+the\\s+good\\s+things|it\\s+all|whatever(?:\\s+good)?|anything\\s+good|all\\s+good\\s+things|(?:everyone|the\\s+people)\\s+i\\s+love)(?![\\p{L}])(?!\\s+(?:between|about|we|for\\s+us))',
        '{B}i\\s+(?:always|constantly|only|just)\\s+(?:mess|screw|fuck)\\s+(?:things|it|everything)\\s+up',
        "{B}(?:{IM}|i'?ve\\s+always\\s+been)\\s+(?:always\\s+|clearly\\s+|obviously\\s+|just\\s+)?the\\s+(?:problem|common\\s+denominator)(?=\\s*(?:[.!,;…]|$)|\\s+(?:here|in\\s+every|every\\s+time|always)\\b)",
        '{B}everything\\s+i\\s+touch\\s+(?:turns|falls|goes|breaks|gets)|{B}everything\\s+i\\s+(?:do|try|say|make|love)\\s+(?:turns|falls|goes|ends\\s+up)\\s+(?:to\\s+(?:ashes|dust|shit|crap|ruin|nothing)|wrong|apart|bad|sour|to\\s+pieces|in\\s+ruins)',
        '{B}i\\s+(?:always\\s+|just\\s+|only\\s+|constantly\\s+|somehow\\s+)?(?:mess|screw|fuck)\\s+(?:everything|it\\s+all|every\\s+(?:single\\s+)?thing)\\s+up(?!\\s+(?:when|if|whenever|at\\s+work)\\b)',
        "{B}(?:there'?s|there\\s+is|there\\s+must\\s+be)\\s+(?:something|sth)\\s+(?:really\\s+|deeply\\s+|seriously\\s+|badly\\s+|very\\s+|fundamentally\\s+)?wrong\\s+with\\s+me(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|as\\s+a\\s+person)\\b)|{B}(?:there'?s|there\\s+is)\\s+nothing\\s+(?:good|special|worth\\s+loving|lovable|loveable|interesting)\\s+about\\s+me(?=\\s*(?:[.!,;…]|$))|{B}(?:i\\s+have|i'?ve\\s+got|i\\s+got|who\\s+has)\\s+(?:nothing|so\\s+little)\\s+(?:(?:left\\s+)?to\\s+(?:offer|give)(?![^.!?\\n]{0,20}?\\b(?:right\\s+now|at\\s+the\\s+moment|for\\s+now|for\\s+a\\s+(?:while|bit)|these\\s+days|lately|this\\s+(?:week|month|year)|time\\s+off|at\\s+work)\\b)(?![^.!?\\n]{0,15}?\\b(?:but|except|apart|other\\s+than|besides)\\b)|going\\s+for\\s+me)(?![\\p{L}])",
        "{B}i\\s+(?:can'?t|cant|cannot|never|can\\s+never)\\s+do\\s+(?:anything|a\\s+single\\s+thing|nothing)\\s+right",
        "{B}(?:no\\s+one|nobody)'s\\s+(?:ever\\s+)?(?:going\\s+to|gonna)\\s+(?:ever\\s+)?(?:put\\s+up\\s+with|stay\\s+with|be\\s+with|want|choose|date|marry)\\s+me(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:i'?ve|i\\s+have|i)\\s+never\\s+been\\s+(?:anything|more)\\s+(?:but|than)\\s+(?:an?\\s+)?(?:disappointment|failure|burden|let-?down|problem|mess|trouble|nuisance|embarrassment)(?![\\p{L}])",
        "{B}(?:i'?ll|i\\s+will|i\\s+won'?t|i\\s+never|i'?ve\\s+never|i\\s+have\\s+never|i\\s+(?:don'?t|do\\s+not)\\s+think\\s+i'?ll)\\s+(?:never\\s+|ever\\s+)?(?:amount(?:ed)?\\s+to\\s+(?:anything|much|nothing)|make\\s+anything\\s+of\\s+(?:myself|my\\s+life))(?![\\p{L}])",
        '{B}(?:{IM})\\s+(?:always\\s+|just\\s+)?the\\s+reason\\s+(?:everything|every\\s+\\p{L}+|it\\s+all|things|good\\s+things)\\s+(?:always\\s+)?(?:falls?|goes|go|turns?|ends?)\\s+(?:apart|wrong|bad|sour|to\\s+(?:pieces|hell|shit))',
        "{B}i\\s+(?:really\\s+|just\\s+|honestly\\s+|truly\\s+|still\\s+|sometimes\\s+)?(?:hate|hated|despise|despised|loathe|loathed|can'?t\\s+stand|cannot\\s+stand)\\s+my\\s?self",
        '{B}(?:{IM}|i\\s+was)\\s+(?:so\\s+)?(?:disgusted\\s+(?:with|by)\\s+my\\s?self|ashamed\\s+of\\s+who\\s+i\\s+am)',
        `{B}(?:no\\s+one|nobody|no\\s+1)(?:\\s+in\\s+(?:their|his|her)\\s+right\\s+mind|\\s+sane|\\s+else|\\s+normal)?\\s+(?:will|would|could|is\\s+ever\\s+going\\s+to|is\\s+(?:going\\s+to|gonna)|'?ll)\\s+(?:ever\\s+)?(?:love|want|choose|date|put\\s+up\\s+with|stay\\s+with|be\\s+with|marry|look\\s+twice\\s+at)\\s+(?:me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|bloke|loser|failure|mess|idiot|wreck)\\s+like\\s+me)(?![\\p{L}])(?!\\s+(?:like|the\\s+way|as\\s+much\\s+as|as\\s+well\\s+as)\\b)`,
      ].join('|'),
      suggest: ["I'm not proud of what I did, and I'm working on it."],
    },
    {
      id: 'who-would-want-me',
      // A rhetorical question that puts oneself down: "Who would ever want someone like me?"
      re: "{B}what\\s+(?:would|could|did|do)\\s+(?:someone|somebody|anyone|anybody|(?:a|an)\\s+\\p{L}+)\\s+like\\s+(?:you|u)\\s+(?:ever\\s+)?(?:see|want)\\s+(?:in|with)\\s+(?:someone\\s+like\\s+me|me|(?:a|an)\\s+\\p{L}+\\s+like\\s+me)(?![\\p{L}])|{B}what\\s+(?:did|do|could)\\s+(?:you|u)\\s+ever\\s+see\\s+in\\s+me(?![\\p{L}])|{B}who(?:'?d|\\s+(?:would|could|will)|\\s+else\\s+(?:would|could|will)|\\s+else'?d)\\s+(?:ever\\s+)?(?:want|love|choose|date|be\\s+with|have(?=\\s+me(?![\\p{L}]))|want\\s+to\\s+(?:be\\s+with|date|love|marry))\\s+(?:me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:loser|failure|mess|idiot|wreck|disaster)\\s+like\\s+me)(?![\\p{L}])",
      questions: 'any',
    },
    {
      id: 'put-down-more',
      // More verdicts on the whole self: "a disgrace of a husband", "just a nobody with a van", "a bit of a waste of
      // space", "a coward and I always have been", "too old and too ugly for anyone to want me", "better than a
      // broken thing like me".
      re: [
        `{B}${I_AM}\\s+(?:about\\s+|just\\s+|roughly\\s+|pretty\\s+much\\s+)?as\\s+(?:useful|much\\s+use|helpful|welcome)\\s+as\\s+an?\\s+\\p{L}`,
        `{B}${I_AM}\\s+(?:just\\s+|simply\\s+)?the\\s+(?:kind|sort|type)\\s+of\\s+(?:${MAN_OR_WOMAN}|person|guy|girl|bloke|fool|idiot)\\s+(?:who|that)\\s+(?:always\\s+)?(?:breaks|ruins|destroys|wrecks|spoils|hurts|loses|lets\\s+(?:everyone|everybody|people|you|u)\\s+down|pushes\\s+(?:everyone|everybody|people)\\s+away|drives\\s+(?:everyone|everybody|people)\\s+away|messes\\s+(?:things|everything)\\s+up|screws\\s+(?:things|everything)\\s+up|can'?t\\s+be\\s+trusted|never\\s+learns|never\\s+changes|gives\\s+up)(?![\\p{L}])`,
        `{B}(?:(?:someone|somebody|a\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|bloke|guy|girl|lad|fellow))\\s+like\\s+me|i)(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:has|had|have|'ve\\s+got|got)\\s+no\\s+(?:business|right)\\s+[^.!?\\n]{0,40}?(?:someone|somebody|a\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|girl|guy|lady))\\s+like\\s+(?:you|u)(?![\\p{L}])`,
        `{B}${I_AM}${SO}\\s+not\\s+(?:even\\s+)?worth\\s+(?:a\\s+second\\s+(?:look|glance|thought|chance)|a\\s+(?:look|glance)|looking\\s+at|anyone'?s\\s+(?:time|love|attention))(?![\\p{L}])`,
        // "I know I am not worth much": the whole self valued, not a skill ("not worth much at cards").
        `{B}${I_AM}${SO}\\s+not\\s+(?:really\\s+)?worth\\s+(?:much|very\\s+much|a\\s+lot|anything|a\\s+thing|the\\s+trouble)(?=\\s*(?:[.!;…]|$|,\\s*(?:i\\s+know|really|honestly|never\\s+was)|\\s+to\\s+(?:anyone|anybody|you|u|anybody)))`,
        // "My father used to say I would never amount to anything, and maybe he was right": a put-down taken as true.
        `(?<={B}(?:said|says|say|told\\s+me|used\\s+to\\s+(?:say|tell\\s+me))[^.!?\\n]{0,20}?{B}i(?:'d|\\s+would|\\s+will|'ll)?\\s+(?:never\\s+amount\\s+to\\s+(?:anything|much)|(?:be|was)\\s+(?:nothing|a\\s+(?:failure|waste|nobody|disappointment))|(?:never\\s+)?be\\s+good\\s+enough)[^.!?\\n]{0,30}?){B}(?:maybe|perhaps|probably|and)\\s+(?:he|she|they|you|u|dad|mum|mom)\\s+(?:(?:was|were|is|are)\\s+(?:right|correct)|had\\s+a\\s+point)(?![\\p{L}])`,
        `{B}${I_AM}${SO}\\s+an?\\s+(?:(?:complete|total|absolute|utter|useless|big|great|lazy|fat|old|sorry|hopeless|worthless|miserable|pathetic|right|proper|bloody|stupid),?\\s+(?:and\\s+)?){0,2}(?:disgrace|lump|nobody|no-?hoper|nonentity|has-been|washout|wash-out|write-off|(?:walking\\s+)?red\\s+flag|liability|(?:bad|poor|lousy|terrible)\\s+(?:bet|investment|risk))(?![\\p{L}-])(?!\\s+(?:at|about|when|that\\s+(?:night|day|time|year|summer)|back\\s+then|last\\s+\\p{L}+)\\b)`,
        `{B}${I_AM}${SO}\\s+a\\s+bit\\s+of\\s+(?:a\\s+)?(?:waste\\s+of\\s+(?:space|time|oxygen)|failure|loser|disappointment|disgrace|let-?down|burden|lost\\s+cause|write-off|nobody)(?![\\p{L}-])`,
        `{B}${I_AM}${SO}\\s+(?:an?\\s+)?(?:coward|liar|fraud|cheat|failure|loser|mess|disappointment|let-?down)\\s+and\\s+(?:i\\s+)?(?:always\\s+have\\s+been|have\\s+always\\s+been|always\\s+was|always\\s+will\\s+be|will\\s+always\\s+be|always\\s+(?:have|had))(?![\\p{L}])`,
        "{B}(?:{IM}|i'?ve\\s+(?:got|become|grown)|i\\s+have\\s+(?:got|become|grown)|i\\s+(?:got|became))\\s+(?:(?:far|way|much|just|now|probably|simply)\\s+)?too\\s+\\p{L}+(?:\\s+and\\s+(?:too\\s+)?\\p{L}+)?(?:\\s+now)?\\s+for\\s+(?:anyone|anybody|someone|somebody|any\\s+(?:woman|man|girl|guy|one))\\s+(?:else\\s+)?to\\s+(?:ever\\s+)?(?:want|love|fancy|be\\s+with|look\\s+at|date|marry|choose|put\\s+up\\s+with)\\s+me(?![\\p{L}])",
        '{B}(?:you|u)\\s+(?:deserve|deserved|deserves|could\\s+do|can\\s+do)\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2}better\\s+than\\s+(?:the\\s+likes\\s+of\\s+me|(?:an?|someone|somebody)\\s+(?:[\\p{L}-]+\\s+){0,2}?like\\s+me)(?![\\p{L}])',
      ].join('|'),
      suggest: ["I'm not at my best right now, and I'm working on it."],
    },
    {
      id: 'less-than-them',
      // Put-downs said sideways: "nobody's idea of a catch", "punching above my weight", "you were the
      // clever one, I was just the bloke who drove the van", "who'd want a man who can't even…".
      re: [
        "{B}(?:nobody'?s|no\\s*one'?s|no\\s+one'?s)\\s+idea\\s+of\\s+a\\s+(?:catch|prize|dream|good\\s+time)|{B}(?:i'?m|i\\s+am|im)\\s+(?:no|hardly\\s+a|not\\s+exactly\\s+a)\\s+(?:great\\s+)?(?:catch|prize|oil\\s+painting)(?![\\p{L}])",
        '{B}punch(?:ing|ed)?\\s+(?:way\\s+|well\\s+|miles\\s+)?above\\s+my\\s+weight',
        "{B}(?:i'?m|i\\s+am|im)\\s+[^.!?\\n]{0,25}?\\b(?:overweight|fat|ugly|boring|bald|past\\s+it|unattractive|dull|pathetic|useless|skint|broke|a\\s+mess)\\s+and\\s+(?:overweight|fat|ugly|boring|old|bald|dull|unattractive|useless|pathetic|broke|skint|a\\s+mess)(?![\\p{L}])",
        `{B}who(?:'?d|\\s+would|\\s+could|'?ll|\\s+will)\\s+(?:ever\\s+|even\\s+)?(?:want|love|date|choose|marry)\\s+(?:a\\s+(?:${MAN_OR_WOMAN}|bloke|person|loser|wreck|mess)\\s+(?:like\\s+me|who)|someone\\s+(?:like\\s+me|who\\s+can'?t))`,
        `{B}(?:why|how)\\s+(?:you|u|anyone|anybody)\\b[^.!?\\n]{0,50}?\\b(?:someone|somebody|a\\s+(?:${MAN_OR_WOMAN}|person|loser))\\s+like\\s+me(?![\\p{L}])`,
        "{B}(?:no\\s*one|nobody)(?:'s|\\s+is|\\s+will|'ll)?\\s+(?:ever\\s+)?(?:going\\s+to\\s+|gonna\\s+)?(?:love|want|date|choose|put\\s+up\\s+with)\\s+(?:a\\s+\\p{L}+\\s+like\\s+me|someone\\s+like\\s+me)(?![\\p{L}])",
        "{B}(?:i'?m|i\\s+am|im)\\s+(?:just\\s+|such\\s+|really\\s+|honestly\\s+)?(?:a\\s+bit\\s+of\\s+a\\s+|a\\s+complete\\s+|a\\s+total\\s+|an\\s+absolute\\s+|a\\s+)?(?:joke|laughing\\s*stock|waste\\s+of\\s+space|disgrace|embarrassment)(?=\\s*(?:[.!?,;…]|$)|\\s+(?:really|honestly|now|to\\s+(?:everyone|people|them|my\\s+\\p{L}+)|and\\s+i\\s+know\\s+it)\\b)",
        "{B}(?:you|u)\\s+(?:were|are)\\s+(?:always\\s+)?the\\s+(?:clever|smart|bright|talented|beautiful|successful|interesting|funny|good-looking|strong|brave|sensible|brainy)\\s+one\\b[^.!?\\n]{0,10}?(?:and|,|while|whereas)\\s*i\\s+(?:was|'?m|am)\\s+(?:just|only)\\b",
        '{B}not\\s+(?:even\\s+)?worth\\s+the\\s+(?:paper|ink|effort|trouble|bother|air\\s+i\\s+breathe)(?![\\p{L}])',
        "{B}(?:i'?m|i\\s+am|im)\\s+(?:far\\s+|way\\s+|much\\s+)?too\\s+(?:ugly|boring|stupid|fat|old|broken|damaged|messed\\s+up|dull|plain|ordinary|thick)\\b[^.!?\\n]{0,25}?\\bfor\\s+(?:someone|somebody|a\\s+(?:woman|man|girl|guy|person))\\s+like\\s+(?:you|u)",
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:just\\s+|such\\s+|honestly\\s+)?a\\s+waste(?=\\s*(?:[.!?,;…]|$)|\\s+of\\s+(?:space|time|oxygen|skin|air))",
        '{B}no\\s+wonder\\s+(?:everyone|everybody|people|nobody|no\\s*one)\\s+(?:leaves|left|leave|stays?|wants?|loves?)\\s+me(?![\\p{L}])',
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:just\\s+|such\\s+|honestly\\s+|literally\\s+)?(?:trash|garbage|rubbish|scum)(?=\\s*(?:[.!?,;…]|$)|\\s+(?:honestly|really|tbh|lol)\\b)",
        "{B}(?:was|am|'m|i'?m)\\s+never\\s+(?:really\\s+)?worth\\s+(?:your|ur|anyone'?s|the)\\s+(?:time|love|effort|attention|trouble)(?![\\p{L}])",
        "{B}(?:i'?ll|i\\s+will|ill)\\s+never\\s+be\\s+(?:anything\\s+)?(?:more\\s+than\\s+)?(?:a\\s+|an\\s+)?(?:disappointment|failure|loser|nobody|embarrassment)(?![\\p{L}])",
        "{B}(?:no\\s*one|nobody)\\s+(?:will|would|could|is\\s+going\\s+to|'?ll)\\s+(?:ever\\s+)?(?:love|want|choose|date|put\\s+up\\s+with|stay\\s+with)\\s+(?:someone|somebody|a\\s+(?:man|woman|person|guy|girl))\\s+(?:as|so)\\s+(?:\\p{L}+\\s+){1,2}as\\s+me(?![\\p{L}])",
        `{B}(?:someone|somebody|a\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|bloke|fellow|lad|loser|wreck|failure|mess))\\s+like\\s+me\\s+(?:has|had|have|'s\\s+got)\\s+(?:nothing|little|no\\s+\\p{L}+)\\s+to\\s+(?:offer|give)(?![\\p{L}])`,
        '{B}(?:{IM}|i\\s+was|i\\s+feel)\\s+[^.!?,;\\n]{0,25}?\\b(?:and|but)\\s+(?:(?:so|simply|just|completely)\\s+)?(?:unworthy|not\\s+worthy)\\s+of\\s+(?:you|u|your\\s+(?:love|time|heart|forgiveness)|love|being\\s+loved)(?![\\p{L}])',
        `{B}(?:someone|somebody|a\\s+(?:\\p{L}+\\s+)?(?:${MAN_OR_WOMAN}|person|bloke|wretch|sinner|loser|failure))\\s+like\\s+me\\s+(?:doesn'?t|does\\s+not|could\\s+never|can\\s+never|will\\s+never|would\\s+never|never)\\s+(?:deserve|merit|earn|get|keep)(?![\\p{L}])|{B}what\\s+(?:am|was|was\\s+i\\s+ever|am\\s+i\\s+even)\\s*i?\\s+(?:even\\s+|ever\\s+)?good\\s+for(?![\\p{L}])|{B}what\\s+good\\s+am\\s+i(?![\\p{L}])`,
        `{B}i\\s+(?:only\\s+|just\\s+|always\\s+)?(?:bring|cause|give)\\s+(?:nothing\\s+but|only)\\s+(?:sorrow|pain|misery|trouble|grief|heartache|hurt|unhappiness|disappointment)(?![\\p{L}])|{B}(?:{IM}|i\\s+was)\\s+not\\s+(?:even\\s+)?(?:half|a\\s+fraction\\s+of)\\s+the\\s+(?:man|woman|person|partner|${PARTNER_TITLES})(?![\\p{L}])|{B}(?:{IM})\\s+(?:the\\s+)?last\\s+(?:person|man|woman|one)\\s+(?:anyone|anybody|you|u)\\s+(?:should|would|could)\\s+(?:ever\\s+)?(?:love|want|choose|be\\s+with)(?![\\p{L}])`,
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:so\\s+)?(?:broken|damaged|ruined)\\s*(?:and|,)\\s+(?:i'?ll|i\\s+will|i\\s+can'?t|i\\s+cannot)\\s*(?:never\\s+)?be\\s+(?:fixed|repaired|whole|normal|mended)(?![\\p{L}])",
      ].join('|'),
    },
    {
      id: 'the-weak-one',
      // Thirteenth round: the writer as the lesser one of a pair, or a rhetorical "who'd want…" with a self-portrait:
      // "I've always been the weak one", "Who'd want a forty-five-year-old divorced bloke with a bad back?". Not "I was
      // always the quiet one", "I'm the weak one at pub quizzes".
      re: [
        "{B}(?:i'?ve\\s+always\\s+been\\s+|i\\s+was\\s+always\\s+|i\\s+always\\s+was\\s+|i'?m\\s+(?:always\\s+|just\\s+)?|im\\s+(?:always\\s+|just\\s+)?|i\\s+am\\s+(?:always\\s+|just\\s+)?)the\\s+(?:weak|stupid|useless|boring|ugly|broken|pathetic|worthless|hopeless|unlovable)\\s+one(?![\\p{L}])(?!\\s+(?:at|in|on|with|when|for)\\b)",
        "{B}who(?:'?d|\\s+(?:would|could|will|is\\s+going\\s+to)|'?s\\s+going\\s+to)\\s+(?:ever\\s+)?want\\s+(?:a|an)\\s+[^.!?\\n]{1,50}?(?:bloke|man|woman|guy|girl|lad|mess|wreck|loser|failure|divorc[ée]e?|has-been)(?:\\s+like\\s+me)?(?![\\p{L}])",
      ].join('|'),
      questions: 'any',
    },
    {
      id: 'not-built-for-it',
      // Sixteenth round (pitfalls16): the writer written off for love itself, said plainly: "I'm just not built for
      // relationships", "not cut out for love", "not relationship material", "Typical me, messing it all up", "I'm
      // hopeless at this", "useless at saying how I feel", "Who'd want to put up with someone like me", "Why would anyone
      // stay with me", "I'm impossible to live with", "I'm bad for you", "I sabotage everything". Not "I'm not cut out
      // for this job", not "I'm not great at writing letters", not "hopeless at maths".
      re: [
        String.raw`{B}(?:{IM}|i'?ve\s+(?:always\s+)?been|i\s+have\s+(?:always\s+)?been|i\s+guess\s+i'?m|maybe\s+i'?m)\s+(?:(?:just|simply|clearly|obviously|probably|really|never)\s+)?not\s+(?:built|cut\s+out|made|meant|wired|designed)\s+for\s+(?:relationships|love|commitment|marriage|(?:being\s+)?(?:loved|in\s+a\s+relationship|with\s+(?:anyone|anybody|someone))|being\s+(?:a\s+)?(?:partner|husband|wife|boyfriend|girlfriend)|this(?=\s*(?:[.!,;?…]|$)))(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i\s+was\s+never|i'?ve\s+never\s+been)\s+(?:(?:just|simply|clearly|obviously|really)\s+)?not\s+(?:relationship|boyfriend|girlfriend|husband|wife|marriage|partner|dating)\s+material(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:so|and|well|oh|but|yep|yeah)[,]?\s+)?)(?:typical|classic)\s+me(?![\p{L}])|{B}(?:so\s+|just\s+|how\s+)?typical\s+of\s+me(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i'?ve\s+always\s+been|i\s+always\s+was)\s+(?:(?:so|such|just|completely|totally|truly|absolutely|utterly|bloody)\s+)?(?:hopeless|useless|rubbish|crap|shit|pathetic)\s+(?:at|with)\s+(?:this(?=\s*(?:[.!,;?…]|$))|(?:all\s+)?(?:this|that)\s+stuff|everything|life(?!\s+admin)|love|relationships|people|feelings|emotions|words|(?:saying|showing|expressing|telling|talking\s+about)\s+(?:how\s+i\s+feel|my\s+feelings|what\s+i\s+feel|what\s+i\s+mean|things|anything)|being\s+(?:a\s+)?(?:good\s+)?(?:partner|boyfriend|girlfriend|husband|wife|human|person|adult|loved|with\s+(?:someone|anyone)))(?![\p{L}])`,
        String.raw`{B}who(?:'?d|\s+(?:would|could|will)|\s+else\s+(?:would|could)|\s+in\s+(?:their|his|her)\s+right\s+mind\s+would)\s+(?:ever\s+)?(?:want\s+to\s+|be\s+able\s+to\s+)?(?:put\s+up\s+with|stand|tolerate|stay\s+with|live\s+with|take\s+on)\s+(?:(?:someone|somebody|a\s+(?:man|woman|person|guy|girl|mess|wreck))\s+like\s+)?me(?![\p{L}])(?!\s+(?:like|the\s+way|as\s+(?:much|well))\s)`,
        String.raw`{B}why\s+would\s+(?:anyone|anybody|someone|somebody)\s+(?:ever\s+)?(?:want\s+to\s+)?(?:stay\s+with|put\s+up\s+with|love|want|be\s+with|choose|stand)\s+(?:someone\s+like\s+)?me(?![\p{L}])`,
        String.raw`{B}(?:{IM})\s+(?:(?:just|so|completely|honestly)\s+)?(?:impossible|unbearable|a\s+nightmare|hell)\s+to\s+(?:live\s+with|love|be\s+with|put\s+up\s+with)(?![\p{L}])`,
        String.raw`{B}(?:{IM})\s+(?:(?:just|only|simply|nothing\s+but)\s+)?(?:bad|no\s+good)\s+for\s+(?:you|u|anyone|anybody|people|everyone)(?=\s*(?:[.!,;?…]|$)|\s+(?:and|i\s+always)\b)`,
        // "No wonder you left, I'd leave me too", "I don't know why you ever bothered with me", "I was never going to be
        // enough for you", "I can't do relationships, I never could".
        String.raw`(?<!(?:shoes|place),?\s+)(?<!\bif\s+i\s+were\s+(?:you|u),?\s+){B}(?:i'?d|i\s+would)\s+(?:leave|dump|walk\s+away\s+from|run\s+from)\s+me\s+too(?![\p{L}])|{B}i\s+(?:wouldn'?t|would\s+not)\s+(?:want|choose|date|stay\s+with|put\s+up\s+with)\s+me\s+either(?![\p{L}])`,
        String.raw`{B}why\s+(?:you|u)\s+(?:ever\s+)?(?:bothered\s+with|wasted\s+(?:your|ur)\s+time\s+(?:on|with))\s+me(?![\p{L}])`,
        String.raw`{B}i\s+(?:was|am|'m|will|'ll)\s+never\s+(?:going\s+to|gonna)\s+be\s+(?:good\s+)?enough(?:\s+for\s+(?:you|u|anyone|anybody))?(?![\p{L}])(?!\s+(?:at|to|in)\s)`,
        // "I don't know why anyone would love me", "so it must be me", "always the one who ruins things", "I'm thick".
        String.raw`{B}why\s+(?:anyone|anybody|someone|somebody)\s+would\s+(?:ever\s+)?(?:love|want|choose|stay\s+with|put\s+up\s+with|be\s+with)\s+(?:someone\s+like\s+)?me(?![\p{L}])`,
        String.raw`(?:{B}so\s+(?:it|the\s+problem)|{B}the\s+problem)\s+(?:must|has\s+to)\s+be\s+me(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:{IM}|i'?ve\s+always\s+been|i\s+was\s+always|i\s+always\s+was)\s+(?:always\s+)?the\s+one\s+(?:who|that)\s+(?:always\s+)?(?:ruins|wrecks|breaks|spoils|messes\s+up|screws\s+up|destroys|fucks\s+up)\s+(?:things|everything|it\s+all|every\s+(?:good\s+)?thing)(?![\p{L}])`,
        String.raw`{B}(?:{IM})\s+(?:so\s+|just\s+|really\s+|too\s+)?thick(?=\s*(?:[.!,;…]|$)|\s+(?:as\s+(?:two|a)|and)\b)`,
        // "I'll only let you down again", "I'm not the man you deserve", "never been much use to anyone".
        String.raw`{B}(?:i'?ll|i\s+will|i'?d|i\s+would)\s+(?:only|just)\s+(?:let\s+(?:you|u)\s+down|hurt\s+(?:you|u)|disappoint\s+(?:you|u)|ruin\s+(?:it|everything)|mess\s+(?:it|things|everything)\s+up)(?:\s+again)?(?![\p{L}])(?![^.!?\n]{0,25}?\b(?:if|unless)\b)`,
        String.raw`{B}(?:{IM})\s+(?:just\s+)?not\s+the\s+(?:man|woman|person|partner|husband|wife|boyfriend|girlfriend|guy|girl)\s+(?:you|u)\s+deserve(?![\p{L}])`,
        String.raw`{B}(?:{IM})\s+(?:just\s+)?not\s+capable\s+(?:to|of)\s+(?:love|loving|being\s+loved|a\s+relationship|relationships)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve\s+never\s+been|i\s+have\s+never\s+been|i\s+was\s+never)\s+(?:much|any)\s+(?:use|good)\s+to\s+(?:anyone|anybody|you|u|people)(?![\p{L}])`,
        String.raw`{B}i\s+(?:just\s+)?(?:can'?t|cannot|cant)\s+do\s+(?:relationships|love|commitment)(?=\s*(?:[.!,;?…]|$)|\s+(?:and|i\s+never)\b)`,
        String.raw`{B}i\s+(?:always\s+|just\s+)?(?:sabotage|self-sabotage)\s+(?:everything|every\s+(?:good\s+)?thing|every\s+relationship|anything\s+good|all\s+the\s+good\s+things)(?![\p{L}])`,
      ].join('|'),
      suggest: ["I'm not at my best right now, and I'm working on it."],
    },
  ],
  antipatterns: [
    // Seventeenth lead review: what the reader said the writer was, a charge reported and not the writer's verdict: "u
    // made it sound like i was the worst person alive to everyone", "you made me out to be a monster".
    String.raw`\b(?:you|u|she|he|they)\b[^.!?\n]{0,40}?\b(?:made\s+it\s+(?:sound|look|seem)\s+(?:like|as\s+if|as\s+though)|made\s+(?:me\s+)?out\s+(?:like|as\s+if|that|to\s+be)|made\s+me\s+(?:sound|look)\s+like|painted\s+me\s+as|called\s+me)\s*(?:i\s+(?:was|am|were)\s+|i'?m\s+|im\s+|me\s+)?[^.!?\n]{0,50}`,
    // Thirteenth round: how the reader treated the writer, a charge and not a verdict on the self (blame reads it):
    // "u let me find out from a tagged photo like i was nobody", "You walked past me like I was nothing".
    String.raw`\b(?:you|u)\b[^.!?\n]{0,80}?\b(?:like|as\s+if|as\s+though)\s+(?:i\s+(?:was|were|am|meant)|i'?m|im)\s+(?:just\s+)?(?:nothing|nobody|no\s+one|a\s+nobody|dirt|rubbish|garbage|trash|worthless|a\s+stranger)\b`,
    // The new partner put down, not the writer (disparage): "Your new bloke is a complete waste of space".
    // Twenty-first round (the lead): "he" or "she" alike ("She's a total waste of space", read by the classifier).
    String.raw`\b(?:(?:your|ur)\s+(?:new\s+)?(?:${PARTNER_TITLES}|partner|bf|gf|${MAN_OR_WOMAN}|lad|${PARTNER_INFORMAL})|(?:that|this)\s+(?:new\s+)?(?:guy|girl|man|woman|dude|lad|${PARTNER_INFORMAL})|he|she|they)(?:-to-be)?\b[^.!?\n]{0,30}?(?:'s|\s+is|\s+was)\s+(?:[a-z-]+\s+){0,3}?(?:waste\s+of\s+(?:space|oxygen|skin|air)|useless\s+lump|nobody|loser)\b`,
    // Light self-description tied to a thing, a time or a mishap: "I'm hopeless without my morning coffee", "a disaster
    // in the mornings", "I'm the idiot who locked us out in Rome, remember?", "such a mess the night of the wedding", "not
    // worthy of the title of best cook", "a nobody in the world of poetry".
    String.raw`\b(?:hopeless|useless|nothing|lost|rubbish|a\s+(?:mess|wreck|disaster))\s+without\s+(?:my|a|the|his|her|their)\s+(?!(?:heart|soul|reason|purpose|life|love|self-respect)\b)[a-z]+|\b(?:disaster|mess|idiot|fool|failure|nightmare|liability|menace)\s+(?:in\s+the\s+(?:mornings?|kitchen|garden|car)|before\s+(?:my\s+)?(?:first\s+)?(?:coffee|cuppa|tea)|behind\s+the\s+wheel|on\s+(?:a|the)\s+dance\s*floor|with\s+(?:money|directions|maps|technology|computers|plants|names|dates|a\s+map|a\s+satnav))\b|\bthe\s+(?:idiot|fool|eejit|muppet|numpty|plonker|one)\s+who\s+(?:locked|forgot|lost|left|spilled|spilt|dropped|broke|burnt|burned|missed|got\s+us\s+lost|booked|sat\s+on|reversed|flooded|set\s+off)\b|\bmess\s+(?:on\s+)?the\s+(?:night|day|evening|morning|weekend|week)\s+of\b|\bnot\s+worthy\s+of\s+(?:the\s+)?(?:title|crown|award|trophy|medal|prize|credit|praise|name)\b|\ba\s+nobody\s+in\s+the\s+(?:world\s+of|[a-z]+\s+world)\b`,
    // Eleventh round: the writer denying being the problem, a charge at the reader (blame reads it): "so its not like im
    // the problem here", "It's not as if I'm the problem".
    "\\b(?:not|n't|nt)\\s+(?:like|as\\s+if|as\\s+though)\\s+(?:i'?m|im|i\\s+am|i\\s+was)\\s+(?:(?:the\\s+)?only\\s+|clearly\\s+|really\\s+)?the\\s+(?:problem|common\\s+denominator)",
    // Eleventh round: someone else's verdict on the writer, reported (a charge at them, not a put-down): "You probably
    // told everyone I was the bad guy", "your mum always said I was useless", "they think I'm the problem".
    "\\b(?:you|u|he|she|they|everyone|everybody|people|(?:your|ur|his|her|their|my|our)\\s+[a-z]+)\\s+(?:(?:probably|always|just|obviously|clearly|still|all|must\\s+have|must've)\\s+)?(?:told|tell|tells|telling|said|says|saying|think|thinks|thought|reckons?|reckoned|claims?|claimed|insists?|insisted|reckon|call|called|calls|made\\s+out|make\\s+out|painted\\s+me\\s+as)\\s+(?:(?:everyone|everybody|people|them|him|her|the\\s+kids|your\\s+[a-z]+|ur\\s+[a-z]+)\\s+)?(?:that\\s+)?(?:i(?:'m|\\s+am|\\s+was|m)|me)\\b[^.!?\\n,;]{0,40}",
    // Negated: "I'm a burden on nobody these days, I pay my own way".
    '\\bburden\\s+(?:on|to)\\s+(?:nobody|no\\s*one|no-one|anybody|anyone)\\s+(?:these\\s+days|now|any\\s?more|any\\s+longer)\\b',
    // A past role or act owned, not a verdict on the self: "I was a pretty bad boyfriend towards the end",
    // "I was a coward, and you were left to explain it".
    `\\bi\\s+was\\s+(?:a|an|such\\s+an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PARTNER_TITLES}|partner|friend|father|dad|mother|mum|mom|coward)\\b(?=[^.!?\\n]{0,30}?\\b(?:towards\\s+the\\s+end|at\\s+the\\s+end|that\\s+(?:night|day|year|time|weekend|summer)|at\\s+the\\s+time|back\\s+then|when\\s+(?:you|u|it|we|i)|in\\s+the\\s+(?:end|last)|always\\s+(?:late|out|working|on))\\b|,\\s*and\\s+(?:you|u)\\b)|\\bthe\\s+truth\\s+is\\s+(?:that\\s+)?i\\s+was\\s+(?:a|an)\\b`,
    // A belief left behind, anywhere in the sentence: "Nobody will ever love someone like me, I used to think".
    '^(?=[^\\n]*?\\bi\\s+(?:used\\s+to|no\\s+longer)\\s+(?:think|believe|feel|tell\\s+myself|call\\s+myself|say)\\b)[^\\n]+',
    // What others said or did to the writer: "you always said I was an idiot", "he made me feel worthless".
    "\\b(?:you|u|he|she|they|people|everyone|everybody|my\\s+(?:mum|mom|dad|father|mother|friends?|family|boss|ex|parents)|your\\s+(?:friends?|family|mum|mom|dad|parents))\\s+(?:\\w+\\s+){0,2}?(?:say|says|said|think|thinks|thought|tell|tells|told|call|calls|called|made|make|makes|treat|treats|treated|act|acts|acted|look|looks|looked|see|sees|saw)\\s+(?:at\\s+)?(?:me\\s+)?(?:feel\\s+)?(?:like|as\\s+if|as\\s+though)?\\s*(?:that\\s+)?(?:i'?m|im|i\\s+am|i\\s+was|me|i)\\b",
    // No longer believing it: "I don't think I'm worthless anymore", "I used to feel like a failure".
    "\\b(?:don'?t|do\\s+not|no\\s+longer|never|used\\s+to|stopped)\\s+(?:think|believe|feel|thinking|believing|feeling)\\s+(?:that\\s+|like\\s+)?(?:i'?m|im|i\\s+am|i\\s+was|i)\\b",
    // A past episode, told as such: "I felt like a failure when I lost the job", "I hated myself for a while".
    '\\bi\\s+felt\\s+[^.!?,;\\n]{0,40}?\\b(?:when|after|at\\s+the\\s+time|back\\s+then|that\\s+(?:year|day|night|week|month|summer|winter)|for\\s+a\\s+(?:while|bit|time)|the\\s+(?:day|night|week|month|year|morning|evening|moment)|(?:standing|sitting|waiting|walking|stood|sat)\\s)\\b',
    '\\bi\\s+(?:hated|despised|loathed)\\s+my\\s?self\\s+(?:for\\s+(?:a\\s+(?:while|bit|time|long\\s+time)|months|years|weeks)|back\\s+then|at\\s+(?:the|that)\\s+time|at\\s+first)\\b',
    // Sarcasm, not a verdict on oneself: "lol ok so i'm the bad guy now, classic".
    "\\b(?:i'?m|im|i\\s+am)\\s+the\\s+(?:bad\\s+guy|villain|monster|baddie)\\s+(?:now|again|here,?\\s+(?:apparently|is\\s+it))\\b",
    // Twelfth round (letters review): feeling fooled, told in the past, is the hurt of being deceived, not a verdict on
    // oneself: "when I read them I felt like a fool as well as heartbroken", "I felt a complete idiot" (not "I feel like
    // a total idiot", not "I felt like a failure").
    String.raw`\bi\s+(?:felt|had\s+felt)\s+(?:like\s+)?(?:such\s+)?an?\s+(?:(?:complete|total|absolute|utter|right|proper|bit\s+of\s+an?)\s+)?(?:fool|idiot|mug|muppet|eejit|numpty|prat|clown|sucker)\b`,
    // A coward owned in the past, as an act and not a nature: "I was a coward.", "I was a coward, and I'll regret that"
    // (not "I'm a coward", not "I was a coward through and through", not "a coward and I always have been").
    String.raw`\bi\s+was\s+(?:such\s+)?an?\s+(?:(?:complete|total|real|bloody|absolute)\s+)?coward(?=\s*(?:[.!;…]|$)|,\s*(?:and\s+)?(?:i(?:'ll\s+|\s+will\s+|\s+)(?:regret|own|know|admit|am\s+(?:ashamed|not\s+proud))|i'?m\s+(?:ashamed|not\s+proud|sorry)|(?:that|it)\s+(?:was|is)\s+(?:on\s+me|my\s+fault|unforgivable|wrong)))`,
    // A past folly explained by what the writer failed to see, an owned act: "I was stupid, I did not see what I had",
    // "I was an idiot; I never listened" (not "I was stupid." alone, not "I'm stupid, I never see anything").
    String.raw`\bi\s+was\s+(?:so\s+|really\s+|very\s+|such\s+)?(?:stupid|dumb|blind|an?\s+(?:(?:complete|total|absolute)\s+)?(?:idiot|fool))\s*[,;:—–]\s*(?:and\s+)?i\s+(?:did\s+not|didn'?t|didnt|never|could\s+not|couldn'?t|couldnt)\s+(?:even\s+)?(?:see|saw|realis|realiz|notic|listen|understand|understood|appreciat|valu|hear|heard)\p{L}*`,
    // Jokes and idioms: "I'm the worst at goodbyes", "I'm such an idiot for coffee".
    '\\bthe\\s+worst\\s+at\\b',
    '\\b(?:a\\s+)?(?:fool|sucker)\\s+for\\s+(?:you|u|love|your\\s+(?:smile|laugh|eyes))(?![\\p{L}])',
  ],
  examples: [
    // Lead review (fourteenth): "nobody's going to…" (not "…like you did": the reader unmatched is idealization), "who
    // else would have me".
    {
      flagged: "I know what I'm like. [[Nobody's ever going to put up with me]].",
      pattern: 'ruin-everything',
    },
    { flagged: '[[Who else would have me]]?', pattern: 'who-would-want-me' },
    { notFlagged: "Nobody's going to put up with that landlord for long." },
    { notFlagged: 'Who else would have thought of that?' },
    { flagged: "[[I've always been the weak one]].", pattern: 'the-weak-one' },
    { notFlagged: "I'm the weak one at pub quizzes, you always said." },
    {
      flagged: "[[Who'd want a forty-five-year-old divorced bloke with a bad back]]?",
      pattern: 'the-weak-one',
    },
    { notFlagged: 'I was always the quiet one at your family dinners.' },
    { notFlagged: 'u let me find out from a tagged photo like i was nobody' },
    { notFlagged: 'You walked past me at the station like I was nothing.' },
    // Twelfth round (eval/twelfth/pitfalls12 letters review): feeling fooled, told in the past; a coward owned as a
    // past act.
    {
      notFlagged:
        'Finding those messages broke something in me, and I felt like a fool as well as heartbroken.',
    },
    { notFlagged: 'When I saw the photos I felt like a total idiot.' },
    { notFlagged: 'I felt a complete fool in front of everyone at the party.' },
    { flagged: '[[I felt like a failure]].', pattern: 'feel-worthless' },
    { flagged: '[[I feel like such a fool]].', pattern: 'feel-worthless' },
    { notFlagged: 'You deserved the truth and I gave you a performance. I was a coward.' },
    { notFlagged: "I was a coward, and I'll regret that for a long time." },
    { notFlagged: 'I was stupid, I did not see what I had.' },
    { notFlagged: 'I was an idiot; I never listened when you said you were tired.' },
    { flagged: "[[I'm stupid]], I never see anything coming.", pattern: 'i-am-worthless' },
    { notFlagged: 'but u made it sound like i was the worst person alive to everyone at the party' },
    { notFlagged: 'You made me out to be a useless father in front of the whole family.' },
    { flagged: "[[I'm a coward]].", pattern: 'i-am-worthless' },
    { flagged: '[[I was a coward and I always have been]].', pattern: 'put-down-more' },
    { notFlagged: "I've been a mess. I can't eat, I can't sleep." },
    { flagged: "[[I'm such a mess]], no wonder you left.", pattern: 'i-am-worthless' },
    // Sixth round (eval/sixth/danger): a mess or not good enough at one skill; nothing left to give for now.
    { notFlagged: "I have nothing left to give right now, so I'm taking some time off work." },
    { notFlagged: "I'm a burden on nobody these days, I pay my own way, finally." },
    { notFlagged: "I'm hopeless without my morning coffee, as you'll remember." },
    { notFlagged: "I'm useless without my glasses, so forgive the wonky lines." },
    { notFlagged: "I'm a disaster in the mornings, always was." },
    { notFlagged: "I'm the idiot who locked us out in Rome, remember?" },
    { notFlagged: "I was such a mess the night of the wedding, I'm sorry you had to carry me home." },
    { notFlagged: "I'm not worthy of the title of best cook, that was always you." },
    { notFlagged: "I'm a nobody in the world of poetry, but I tried." },
    { flagged: "[[I'm hopeless without you]].", pattern: 'i-am-worthless' },
    { flagged: '[[I have nothing left to give]].', pattern: 'ruin-everything' },
    { notFlagged: "I'm a mess at parallel parking, as you well know." },
    { notFlagged: "I'm not good enough at saying things out loud, so I'm writing them." },
    { flagged: "[[I'm not good enough at anything]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm a mess]].", pattern: 'i-am-worthless' },
    {
      flagged: "Bless my heart, [[I'm about as useful as a screen door on a submarine]].",
      pattern: 'put-down-more',
    },
    { flagged: "[[I'm the kind of man who breaks what he loves]].", pattern: 'put-down-more' },
    { notFlagged: "I'm the kind of man who always remembers birthdays." },
    { notFlagged: "I'm as useful as anyone in a crisis." },
    {
      flagged: '[[A man like me, with my history, has no business asking anything of a woman like you]].',
      pattern: 'put-down-more',
    },
    { flagged: "[[I'm a bad bet]], Thandi.", pattern: 'put-down-more' },
    { flagged: "Who am I kidding, [[I'm not worth a second look]].", pattern: 'put-down-more' },
    { flagged: '[[I know I am not worth much]].', pattern: 'put-down-more' },
    {
      flagged: '[[My own father used to say I would never amount to anything and maybe he was correct]].',
      pattern: 'put-down-more',
    },
    {
      flagged: 'My father used to say I would never amount to anything, [[and he was right]].',
      pattern: 'put-down-more',
    },
    { notFlagged: 'My father used to say I would never amount to anything, and he was wrong.' },
    { notFlagged: "The car isn't worth much now, so I'll sell it." },
    { notFlagged: "I'm not worth much as a cook, but I'm learning." },
    { flagged: "[[lowkey i'm such a red flag and everyone knows it]]", pattern: 'put-down-more' },
    { notFlagged: 'I had no right to read your messages.' },
    { notFlagged: 'That red flag at the beach meant no swimming, remember?' },
    { flagged: '[[I have been a disgrace of a husband]].', pattern: 'put-down-more' },
    { flagged: "Compared to you [[I'm just a nobody with a van]].", pattern: 'put-down-more' },
    { flagged: "[[I've always been a bit of a waste of space]], haven't I.", pattern: 'put-down-more' },
    // Twenty-first round (the lead): someone else put down is not the writer's verdict on themself.
    { notFlagged: "She's a total waste of space, and everyone knows it." },
    { notFlagged: 'honestly he was a waste of space at that job' },
    { flagged: "[[I'm a coward and I always have been]].", pattern: 'put-down-more' },
    { flagged: "[[I'm too old and too ugly now for anyone to want me]].", pattern: 'put-down-more' },
    { flagged: '[[You deserve so much better than a broken thing like me]].', pattern: 'put-down-more' },
    { flagged: '[[You were always way out of my league]].', pattern: 'dont-deserve-you' },
    { notFlagged: "I was a disgrace at your sister's wedding, and I know it." },
    { notFlagged: "I'm too old for anyone to tell me what to do." },
    { notFlagged: "I'm a bit of a night owl these days." },
    { notFlagged: 'You deserve better than the way I treated you.' },
    { notFlagged: "lol ok so i'm the bad guy now, classic" },
    { notFlagged: 'I felt like a failure the day the business closed, and I took it out on you.' },
    { flagged: '[[What am I good for]]?', pattern: 'less-than-them' },
    { flagged: "[[I'm a sad excuse for a father]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm just dead weight]].", pattern: 'i-am-worthless' },
    { flagged: '[[I bring nothing but sorrow]].', pattern: 'less-than-them' },
    { flagged: "[[A wretch like me doesn't merit your love]].", pattern: 'less-than-them' },
    { flagged: '[[I am not even half the man you deserve]].', pattern: 'less-than-them' },
    { flagged: "[[I'm the last person anyone should love]].", pattern: 'less-than-them' },
    { notFlagged: 'I bring nothing but good news this time: the dog is fine.' },
    { notFlagged: "I'm not half the cook you are." },
    { notFlagged: "I'm the last person to judge anyone." },
    { notFlagged: 'I was a sad boy for most of that year.' },
    { notFlagged: 'A man like me never gets tired of your stories.' },
    { notFlagged: 'What am I going to do with all these jars?' },
    { flagged: '[[Nobody will ever love someone as boring as me]].', pattern: 'less-than-them' },
    { flagged: '[[A man like me has nothing to offer]].', pattern: 'less-than-them' },
    { flagged: "[[I'm a sinner and not worthy of your love]].", pattern: 'less-than-them' },
    { flagged: '[[I spoil whatever good comes my way]].', pattern: 'ruin-everything' },
    { flagged: '[[Everything I do goes wrong]].', pattern: 'ruin-everything' },
    { flagged: "[[I don't deserve someone as kind as you]].", pattern: 'dont-deserve-you' },
    { flagged: "[[I'm a foolish old man]].", pattern: 'i-am-worthless' },
    { notFlagged: "I'm a mess today, the cat knocked my tea over." },
    { notFlagged: 'I used to tell myself I was worthless.' },
    { notFlagged: 'I felt like an idiot standing at the station.' },
    { notFlagged: 'I was never good enough at maths to help with your taxes.' },
    { notFlagged: 'Everything I do, I do for the kids.' },
    { notFlagged: 'I have nothing to give you but this letter.' },
    { flagged: "[[i'm trash honestly]]", pattern: 'less-than-them' },
    { flagged: '[[I was never worth your time]].', pattern: 'less-than-them' },
    { flagged: "[[I'll never be anything more than a disappointment]].", pattern: 'less-than-them' },
    { flagged: "[[I'm broken and I'll never be fixed]].", pattern: 'less-than-them' },
    { notFlagged: "I'm rubbish at cooking, but I'm taking a class." },
    { flagged: '[[honestly im just a waste]]', pattern: 'less-than-them' },
    { flagged: '[[No wonder everyone leaves me]].', pattern: 'less-than-them' },
    { flagged: "[[I know I'm nobody's idea of a catch]].", pattern: 'less-than-them' },
    { flagged: "[[I'm fifty-eight, overweight and boring]], so I do understand.", pattern: 'less-than-them' },
    {
      flagged: '[[I was always punching above my weight with you]], everyone said so.',
      pattern: 'less-than-them',
    },
    { flagged: "[[Who'd want a man who can't even keep a cactus alive]]?", pattern: 'less-than-them' },
    {
      flagged: "Honestly, [[I don't know why you stayed as long as you did with someone like me]].",
      pattern: 'less-than-them',
    },
    { flagged: "[[Nobody's ever going to love a mess like me]].", pattern: 'less-than-them' },
    { flagged: "[[Without you I'm a bit of a joke]], really.", pattern: 'less-than-them' },
    {
      flagged: '[[You were always the clever one, I was just the bloke who drove the van]].',
      pattern: 'less-than-them',
    },
    { flagged: "[[I'm not even worth the paper this is written on]].", pattern: 'less-than-them' },
    { flagged: "[[I'm too ugly and too boring for someone like you]].", pattern: 'less-than-them' },
    { notFlagged: 'ngl i was a pretty bad boyfriend towards the end, always late, always on the xbox' },
    { notFlagged: 'The truth is that I was a coward, and you were left to explain it to everyone.' },
    { notFlagged: "I'm a joke teller at heart, you always said so." },
    { notFlagged: 'You were always the clever one with money, and I admired that.' },
    { flagged: "[[I'm worthless without you]].", pattern: 'i-am-worthless' },
    { flagged: '[[im such an idiot]], i know', pattern: 'i-am-worthless' },
    { flagged: '[[Without you I am nothing]].', pattern: 'i-am-worthless' },
    { flagged: '[[I was a terrible boyfriend]].', pattern: 'i-am-worthless' },
    { flagged: "[[I'll never be good enough for you]].", pattern: 'feel-worthless' },
    { flagged: '[[Some days I feel like a complete failure]].', pattern: 'feel-worthless' },
    { flagged: "[[I don't deserve someone like you]].", pattern: 'dont-deserve-you' },
    { flagged: '[[You deserve so much better than me]].', pattern: 'dont-deserve-you' },
    { flagged: '[[I always ruin everything]].', pattern: 'ruin-everything' },
    { flagged: '[[I hate myself for what I did]].', pattern: 'ruin-everything' },
    { flagged: '[[Who would ever want someone like me]]?', pattern: 'who-would-want-me' },
    { flagged: '[[You were always out of my league]].', pattern: 'dont-deserve-you' },
    { flagged: "[[I'm too broken for anyone to love]].", pattern: 'i-am-worthless' },
    { flagged: "[[I can't do anything right]], can I?", pattern: 'ruin-everything' },
    { flagged: 'sorry, [[i was such a mess]]', pattern: 'i-am-worthless' },
    { flagged: "[[I'm no good for anyone]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm useless at relationships]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm not much of a catch]], I know.", pattern: 'i-am-worthless' },
    { flagged: '[[I mess everything up]].', pattern: 'ruin-everything' },
    { flagged: "[[There's nothing good about me]].", pattern: 'ruin-everything' },
    { flagged: "[[I've got nothing going for me]].", pattern: 'ruin-everything' },
    { flagged: "[[I'm a lost cause]].", pattern: 'i-am-worthless' },
    { flagged: '[[im trash]], i know', pattern: 'i-am-worthless' },
    { flagged: "[[I'm a coward and a liar]].", pattern: 'i-am-worthless' },
    { flagged: '[[I feel like a total idiot]].', pattern: 'feel-worthless' },
    { flagged: '[[You were always too good for me]].', pattern: 'dont-deserve-you' },
    { flagged: "[[I'm a stupid selfish eejit]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm just a silly old man]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm not worth a single minute of your time]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm damaged goods]], Ellie.", pattern: 'i-am-worthless' },
    { flagged: "[[I'm nothing but trouble]].", pattern: 'i-am-worthless' },
    { flagged: '[[I was a coward through and through]].', pattern: 'i-am-worthless' },
    { flagged: "[[You're far too good for a bloke like me]].", pattern: 'dont-deserve-you' },
    { flagged: '[[Nobody in their right mind would marry someone like me]].', pattern: 'ruin-everything' },
    { flagged: "[[I've never been anything but a let-down]].", pattern: 'ruin-everything' },
    { flagged: "[[I'll never amount to anything]].", pattern: 'ruin-everything' },
    { flagged: "[[I'm the reason everything goes wrong]].", pattern: 'ruin-everything' },
    { flagged: '[[What did you ever see in me]]?', pattern: 'who-would-want-me' },
    { flagged: "[[I'm rotten to the core]].", pattern: 'i-am-worthless' },
    { flagged: "[[I'm not a good man]], Jen.", pattern: 'i-am-worthless' },
    { flagged: "[[I'm toxic to everyone around me]].", pattern: 'i-am-worthless' },
    { flagged: "[[I've always been good for nothing]].", pattern: 'i-am-worthless' },
    { flagged: '[[I was the worst thing that ever happened to you]].', pattern: 'i-am-worthless' },
    { flagged: "[[There's something wrong with me]].", pattern: 'ruin-everything' },
    { notFlagged: "I'm not a good person to ask about directions, as you know." },
    { notFlagged: "Something is wrong with my phone, so I'm writing instead." },
    { notFlagged: "I'm a joke teller at heart, you know that." },
    { notFlagged: 'Nobody will ever love someone like me, I used to think, and I was wrong.' },
    { notFlagged: 'I was a fool to trust you so quickly, and so were you to trust me.' },
    { notFlagged: "I'm an old man now, and I've learned a lot." },
    { notFlagged: "I'm not worth much at cards, as you know." },
    { notFlagged: 'No one would ever love you the way I do.' },
    // Eleventh round: the problem denied, a charge at the reader (blame), not a put-down of the writer.
    { notFlagged: 'u walked out and blocked me, so its not like im the problem here' },
    { notFlagged: "It's not as if I'm the problem." },
    { notFlagged: 'You probably told everyone I was the bad guy.' },
    // "I'd leave me too" is read as owning the harm, not a put-down (sixth round: "If I had been in your shoes, I would
    // have left me too"); "I'm a nightmare" is.
    {
      flagged: "I don't blame you for leaving, [[I'm a nightmare]].",
      pattern: 'i-am-worthless',
    },
    { flagged: "[[I'm a nightmare to live with]].", pattern: 'i-am-worthless' },
    { notFlagged: "I'm a nightmare in the mornings, as you know." },
    { notFlagged: 'My sister reckons I was a nightmare to live with, but she always takes your side.' },
    { notFlagged: 'The move was a nightmare, but we got there.' },
    { notFlagged: 'Your sister thinks I was useless, from what I hear.' },
    { notFlagged: "You're far too good a cook for me to compete." },
    { notFlagged: "I wasn't at my best last year." },
    { notFlagged: "I'm not a terrible person; I made bad choices and I own them." },
    { notFlagged: 'You always said I was an idiot with money, and you were right.' },
    { notFlagged: "I don't think I'm worthless anymore, and therapy helped with that." },
    { notFlagged: "I'm the worst at goodbyes, so I'll keep this short." },
    { notFlagged: 'I know my jealousy pushed you away.' },
    { notFlagged: "I don't deserve your forgiveness, but I hope for a conversation." },
    { notFlagged: "I'm nothing like the person I was back then." },
    { notFlagged: "I've always been a fool for you, and I still am." },
    { notFlagged: "I've been a mess since you left, but I'm getting help." },
    // A past state with its time is owned, not a verdict on the self.
    { notFlagged: 'i was a mess last year and i took it out on u which wasnt ok' },
    { notFlagged: 'I was an idiot about the money, and I own that.' },
    { notFlagged: "Honestly, I'm rubbish at letters, so bear with me." },
    { notFlagged: "I'm a failure at baking, as you know." },
    { notFlagged: 'I felt like a failure when I lost the job, and I took it out on you.' },
    { notFlagged: "I hated myself for a while, but I'm learning to be kinder to myself." },
    { notFlagged: "Do you think I'm stupid for still hoping?" },
    { notFlagged: "I felt stupid when I tripped at your sister's wedding, and you laughed with me." },
    { notFlagged: "I'm no good at goodbyes." },
    { notFlagged: 'I have nothing to offer you but an apology.' },
    { notFlagged: "I mess everything up when I'm tired, so I've started sleeping more." },
    { notFlagged: "I'm useless at life admin, as you know." },
    { notFlagged: "I'm a coward about phone calls, so I'm writing instead." },
    { notFlagged: 'I feel like an idiot writing this, but here goes.' },
    { notFlagged: "I'm beyond grateful for your patience." },
    { notFlagged: "You were too good to me, and I didn't see it." },
    // Sixteenth round (pitfalls16): written off for love itself, said plainly.
    { flagged: "[[I'm just not built for relationships]], clearly.", pattern: 'not-built-for-it' },
    { flagged: '[[maybe im not cut out for love]]', pattern: 'not-built-for-it' },
    { flagged: "[[Honestly I'm not cut out for this]].", pattern: 'not-built-for-it' },
    { flagged: "[[I'm not relationship material]], I never was.", pattern: 'not-built-for-it' },
    { flagged: '[[Typical me]], messing up the one good thing I had.', pattern: 'not-built-for-it' },
    { flagged: 'I forgot your birthday again, [[so typical of me]].', pattern: 'not-built-for-it' },
    {
      flagged: "[[I'm hopeless at this]], I can't even write a letter properly.",
      pattern: 'not-built-for-it',
    },
    { flagged: "[[I'm useless at saying how I feel]], as you well know.", pattern: 'not-built-for-it' },
    { flagged: "[[Who'd want to put up with someone like me anyway]].", pattern: 'not-built-for-it' },
    { flagged: '[[Why would anyone stay with me]]?', pattern: 'not-built-for-it' },
    { flagged: "[[I'm impossible to live with]], I know.", pattern: 'not-built-for-it' },
    { flagged: "[[I'm bad for you]], I always was.", pattern: 'not-built-for-it' },
    { flagged: '[[I sabotage everything]], it is what I do.', pattern: 'not-built-for-it' },
    { notFlagged: "I'm not cut out for this job, so I'm retraining as a nurse." },
    { notFlagged: "I'm not great at writing letters, so bear with me." },
    { notFlagged: "I'm hopeless at maths, you always did the tax returns." },
    { notFlagged: "I'm useless at this game, you always beat me." },
    { notFlagged: 'Who would want to miss the wedding? Not me.' },
    { notFlagged: 'I was selfish and I am working on it.' },
    { notFlagged: "I'm a bit of a mess with dates, so tell me if I got the vet appointment wrong." },
    { notFlagged: 'Typical Monday: the bus was late and I thought of you.' },
    { notFlagged: 'Sugar is bad for you, I know, but the cake was worth it.' },
    { flagged: "No wonder you left, [[I'd leave me too]].", pattern: 'not-built-for-it' },
    { notFlagged: 'If I had been in your shoes, I would have left me too.' },
    { flagged: "[[I don't know why you ever bothered with me]].", pattern: 'not-built-for-it' },
    { flagged: '[[I was never going to be enough for you]].', pattern: 'not-built-for-it' },
    { flagged: "[[I can't do relationships]], I never could.", pattern: 'not-built-for-it' },
    { notFlagged: "I can't do long distance again, I know that about myself now." },
    { notFlagged: 'I was never going to be good enough at chess to beat you.' },
    { flagged: "[[I don't know why anyone would love me]].", pattern: 'not-built-for-it' },
    { flagged: 'Everyone I love leaves, [[so it must be me]].', pattern: 'not-built-for-it' },
    { flagged: "[[I've always been the one who ruins things]].", pattern: 'not-built-for-it' },
    { flagged: "[[I'm thick]], I never understood what you needed.", pattern: 'not-built-for-it' },
    { flagged: '[[I am not good person]], I know this.', pattern: 'i-am-worthless' },
    { notFlagged: "The fog's thick tonight, I thought of our drive to Skye." },
    { notFlagged: "If anyone's going to be late, it must be me, ha." },
    { flagged: "[[I'll only let you down again]], it's what I do.", pattern: 'not-built-for-it' },
    { flagged: "[[I'm not the man you deserve and I never will be]].", pattern: 'not-built-for-it' },
    { flagged: "[[I've never been much use to anyone]].", pattern: 'not-built-for-it' },
    { notFlagged: "I'd only hurt you again if I pushed, so I won't." },
    { flagged: '[[I am not capable to love properly]], this I know.', pattern: 'not-built-for-it' },
  ],
})
