// Putting oneself down: "I'm worthless without you", "I don't deserve you", "I ruin everything".
// Owning a specific fault ("I wasn't at my best", "my jealousy pushed you away") is accountability,
// and words others said about the writer ("you always said I was an idiot") are not the writer's own.
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
  'not\\s+the\\s+(?:kind|sort|type)\\s+of\\s+(?:person|man|woman|guy|girl)\\s+(?:anyone|anybody|people|you|u)\\s+(?:could|would|can|will)\\s+(?:ever\\s+)?(?:love|want|be\\s+with)',
  '(?:boring|ugly)(?!\\s+(?:you|u|crying|cry)\\b)',
  'nothing\\s+special(?![\\p{L}])(?!\\s+(?:about|at|with|to\\s+(?:worry|report)))',
  '(?:nothing|nobody|no\\s+one|a\\s+nobody)(?=\\s*(?:[.!,;…]|$)|\\s+(?:without|w/o|w/out|compared\\s+to|next\\s+to)\\b)',
  'not\\s+(?:good\\s+enough|worth\\s+(?:it|anything|your\\s+time|the\\s+trouble|loving|fighting\\s+for|saving|your\\s+love|you|(?:one|a|a\\s+single|another)\\s+(?:minute|second|moment|ounce|bit|penny|thought|tear)\\s+of\\s+(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:tears|time|attention|energy|trouble|while|heartache|pain|thoughts|worry)|the\\s+(?:paper|ink|effort|stamp|tears|heartache))(?![\\p{L}])|(?:lovable|loveable|likeable|likable|worth\\s+loving)(?![\\p{L}])|worthy(?:\\s+of\\s+(?:you|u|your\\s+love))?)',
  "(?:an?\\s+|the\\s+)?(?:(?:complete|total|absolute|utter|huge|big|massive|biggest|pathetic|stupid|useless|silly|old|selfish|hopeless|worthless|miserable|bloody|damn|spineless|gutless|clueless|daft|thick|sorry|weak|cowardly|lying),?\\s+(?:and\\s+)?){0,3}(?:idiot|fool|failure|loser|eejit|eedjit|idjit|numpty|muppet|plonker|prat|twat|clown|dimwit|halfwit|imbecile|joke(?!\\s+(?:teller|book|shop|about))|disappointment|disaster|burden|screw-?up|fuck-?up|f\\*+k?-?up|moron|waste\\s+of\\s+(?:space|time|oxygen|a\\s+person|(?:your|ur)\\s+time)|piece\\s+of\\s+(?:shit|garbage|trash|crap|work)|monster|embarrassment|let-?down)(?![\\p{L}'-])(?!\\s+(?:to\\s+(?:think|trust|believe|let|leave|say|do|walk|lie|cheat|ignore|hope|assume|expect|treat|listen|fall|go|stay|marry|move)|about|over|with|when|at(?!\\s+(?:everything|life|love|relationships|being\\s+a))|that\\s+(?:night|day|time|evening|weekend|summer))\\b)",
  // "such a mess" as a verdict on oneself; "I've been a mess since you left" or "a mess last year" is
  // a state with its time, a feeling.
  '(?:such\\s+|an?\\s+)(?:(?:complete|total|absolute|utter|huge|big|hot)\\s+)?mess(?![\\p{L}])(?!\\s+(?:about|over|with|when|since|after|lately|these\\s+days|right\\s+now|at\\s+the\\s+moment|for\\s+(?:weeks|months|days|years|ages|a\\s+(?:while|long\\s+time))|(?:last|that)\\s+(?:year|month|week|summer|winter|spring|autumn|night|time)|back\\s+then|at\\s+the\\s+time)\\b)',
  '(?:an?\\s+|the\\s+)?(?:\\p{L}+,?\\s+(?:and\\s+)?)?(?:terrible|horrible|awful|lousy|bad|shitty|crappy|shit|crap|pathetic|useless|worthless|rubbish|worst|stupid|silly|selfish|hopeless|sorry\\s+excuse\\s+for\\s+a)(?:,?\\s+(?:and\\s+)?\\p{L}+)?\\s+(?:excuse\\s+for\\s+a\\s+)?(?:person|partner|boyfriend|girlfriend|bf|gf|husband|wife|man|woman|guy|girl|boy|kid|human(?:\\s+being)?|lover|father|mother|dad|mum|mom|friend|(?:sort|kind)\\s+of\\s+(?:person|man|woman|guy|girl|human))\\b',
  // Beyond repair, too much for anyone: "I'm broken and I always will be", "too damaged for anyone".
  '(?:too\\s+)?(?:broken|damaged|messed\\s+up|screwed\\s+up|fucked\\s+up)(?:\\s+(?:for\\s+(?:anyone|anybody|you|u|love|a\\s+relationship)|to\\s+(?:be\\s+loved|love|fix)|beyond\\s+repair)|,?\\s+and\\s+(?:i\\s+)?(?:always\\s+will\\s+be|will\\s+always\\s+be|always\\s+have\\s+been))',
  // "rotten to the core", "not a good man", "toxic", "good for nothing", "second best".
  'rotten(?:\\s+to\\s+the\\s+core)?(?=\\s*(?:[.!,;…]|$)|\\s+(?:to\\s+the\\s+core|and|inside)\\b)|(?:toxic|poison(?:ous)?|bad\\s+news)(?=\\s*(?:[.!,;…]|$)|\\s+(?:to|for)\\s+(?:everyone|everybody|anyone|anybody|people|you|u)\\b|\\s+and\\b)|(?:a\\s+)?good(?:\\s+|-)for(?:\\s+|-)nothing|second\\s+best(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|to\\s+everyone|in\\s+everything)\\b)',
  'not\\s+a\\s+(?:good|nice|decent|kind|lovable|loveable)\\s+(?:man|woman|person|human(?:\\s+being)?|partner|boyfriend|girlfriend|husband|wife|guy|girl)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|at\\s+heart|deep\\s+down|really|at\\s+all)\\b)',
  'the\\s+worst\\s+thing\\s+(?:that\\s+)?(?:has\\s+|had\\s+)?(?:ever\\s+)?happened\\s+to\\s+(?:you|u|anyone|your\\s+life)(?![\\p{L}])',
  'damaged\\s+goods(?![\\p{L}])|nothing\\s+but\\s+(?:trouble|grief|heartache|pain|an?\\s+(?:burden|problem|disappointment|let-?down|nuisance))(?![\\p{L}])',
  'too\\s+much\\s+for\\s+(?:anyone|anybody|people|everyone)(?![\\p{L}])',
  // "I'm no good for anyone", "useless at everything", "not much of a catch".
  'no\\s+good(?=\\s*(?:[.!,;…]|$)|\\s+(?:for|to)\\s+(?:anyone|anybody|you|u|people|anything|anyone\\s+else)(?![\\p{L}]))',
  '(?:useless|hopeless|rubbish|garbage|trash|crap|shit|awful|a\\s+failure|terrible|bad|no\\s+good)\\s+at\\s+(?:everything|life|relationships|love|being\\s+(?:a\\s+)?(?:partner|boyfriend|girlfriend|husband|wife|human|person|loved))(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|but|in\\s+general)\\b)',
  'not\\s+much\\s+of\\s+a\\s+(?:catch|prize|man|woman|partner|boyfriend|girlfriend|husband|wife|person)(?![\\p{L}])',
  'the\\s+worst(?=\\s*(?:[.!,;…]|$)|\\s+(?:ever|of\\s+all)\\b)',
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
      re: "{B}(?:i\\s+(?:feel|felt)|i'?ve\\s+(?:always\\s+)?felt|i\\s+(?:always|still|just)\\s+feel|makes?\\s+me\\s+feel|(?:i'?ll|i\\s+will|i\\s+could|i\\s+can)\\s+never\\s+be|i\\s+was\\s+never|i'?ve\\s+never\\s+been|i\\s+have\\s+never\\s+been|i'?m\\s+never|i\\s+am\\s+never)(?:\\s+(?:so|such|really|completely|totally|just))*\\s+(?:worthless|unlovable|unloveable|not\\s+good\\s+enough|good\\s+enough(?:\\s+for\\s+(?:you|u|anyone|anybody))?|(?:enough|worthy)(?:\\s+(?:for|of)\\s+(?:you|u|your\\s+love))?|like\\s+(?:an?\\s+|such\\s+an?\\s+)?(?:(?:complete|total|absolute|utter|huge|big)\\s+)?(?:failure|loser|nothing|nobody|burden|waste\\s+of\\s+space|piece\\s+of\\s+(?:shit|garbage|trash)|(?:idiot|fool|fraud|joke)(?!\\s+(?:writing|saying|asking|sending|doing|for|to|about|when)\\b))|like\\s+i'?m\\s+(?:nothing|worthless|a\\s+failure)|the\\s+(?:man|woman|partner|person|boyfriend|girlfriend|husband|wife)\\s+(?:you|u)\\s+(?:need|needed|deserve|deserved))(?![\\p{L}])",
      suggest: ["I'm not at my best right now, and I'm working on it."],
    },
    {
      id: 'dont-deserve-you',
      // "I don't deserve you", "you deserve someone better than me".
      re: "{B}i\\s+(?:don'?t|do\\s+not|dont|never|didn'?t|did\\s+not|didnt)\\s+(?:really\\s+|ever\\s+|even\\s+)?deserved?\\s+(?:you|u|ya|someone\\s+like\\s+(?:you|u)|your\\s+love|to\\s+be\\s+(?:loved|happy)|love|happiness|anyone|anybody)(?![\\p{L}])(?!\\s+(?:yelling|shouting|treating|talking|ignoring|speaking|blaming|to\\s+(?:yell|shout|treat|talk|ignore|blame)|acting|saying))|{B}(?:you|u)(?:'re|\\s+are|\\s+were|\\s+was|r|re)\\s+(?:(?:way|so|always|totally|clearly|far)\\s+)?out\\s+of\\s+my\\s+league|{B}(?:you|u)(?:'re|\\s+are|\\s+were|\\s+was|r|re)\\s+(?:(?:always|just|far|way|much|simply|still|clearly|obviously)\\s+){0,2}too\\s+good\\s+for\\s+(?:me|the\\s+likes\\s+of\\s+me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:man|woman|guy|girl|person|bloke|lad|loser|failure|mess|idiot|wreck|fool)\\s+like\\s+me)(?![\\p{L}])|{B}(?:you|u)\\s+(?:could|can|will|would|should)\\s+do\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2}better\\s+than\\s+me(?![\\p{L}])|{B}(?:you|u)\\s+(?:deserve|deserved|deserves)\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2}(?:(?:someone|somebody|a\\s+(?:man|woman|guy|girl|person|partner))\\s+(?:(?:so|much|way|far|a\\s+lot)\\s+){0,2})?better\\s+than\\s+(?:me|i\\s+(?:am|was|could|will|'?ll)|what\\s+i\\s+am)(?![\\p{L}])",
      suggest: ['I know I have things to work on, and I am working on them.'],
    },
    {
      id: 'ruin-everything',
      // "I ruin everything", "I can't do anything right", "I hate myself", "who would ever want me".
      re: [
        '{B}i\\s+(?:always\\s+|just\\s+|only\\s+|constantly\\s+|somehow\\s+)?(?:ruin|destroy|mess\\s+up|screw\\s+up|fuck\\s+up|spoil|wreck|break)\\s+(?:everything|every\\s+(?:good\\s+)?thing|every\\s+relationship|all\\s+the\\s+good\\s+things|it\\s+all)(?![\\p{L}])(?!\\s+(?:between|about|we|for\\s+us))',
        '{B}i\\s+(?:always|constantly|only|just)\\s+(?:mess|screw|fuck)\\s+(?:things|it|everything)\\s+up',
        "{B}(?:{IM}|i'?ve\\s+always\\s+been)\\s+(?:always\\s+|clearly\\s+|obviously\\s+|just\\s+)?the\\s+(?:problem|common\\s+denominator)(?=\\s*(?:[.!,;…]|$)|\\s+(?:here|in\\s+every|every\\s+time|always)\\b)",
        '{B}everything\\s+i\\s+touch\\s+(?:turns|falls|goes|breaks|gets)',
        '{B}i\\s+(?:always\\s+|just\\s+|only\\s+|constantly\\s+|somehow\\s+)?(?:mess|screw|fuck)\\s+(?:everything|it\\s+all|every\\s+(?:single\\s+)?thing)\\s+up(?!\\s+(?:when|if|whenever|at\\s+work)\\b)',
        "{B}(?:there'?s|there\\s+is|there\\s+must\\s+be)\\s+(?:something|sth)\\s+(?:really\\s+|deeply\\s+|seriously\\s+|badly\\s+|very\\s+|fundamentally\\s+)?wrong\\s+with\\s+me(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|as\\s+a\\s+person)\\b)|{B}(?:there'?s|there\\s+is)\\s+nothing\\s+(?:good|special|worth\\s+loving|lovable|loveable|interesting)\\s+about\\s+me(?=\\s*(?:[.!,;…]|$))|{B}(?:i\\s+have|i'?ve\\s+got|i\\s+got)\\s+(?:nothing|so\\s+little)\\s+(?:to\\s+offer(?![^.!?\\n]{0,15}?\\b(?:but|except|apart|other\\s+than|besides)\\b)|going\\s+for\\s+me)(?![\\p{L}])",
        "{B}i\\s+(?:can'?t|cant|cannot|never|can\\s+never)\\s+do\\s+(?:anything|a\\s+single\\s+thing|nothing)\\s+right",
        "{B}(?:i'?ve|i\\s+have|i)\\s+never\\s+been\\s+(?:anything|more)\\s+(?:but|than)\\s+(?:an?\\s+)?(?:disappointment|failure|burden|let-?down|problem|mess|trouble|nuisance|embarrassment)(?![\\p{L}])",
        "{B}(?:i'?ll|i\\s+will|i\\s+won'?t|i\\s+never|i'?ve\\s+never|i\\s+have\\s+never|i\\s+(?:don'?t|do\\s+not)\\s+think\\s+i'?ll)\\s+(?:never\\s+|ever\\s+)?(?:amount(?:ed)?\\s+to\\s+(?:anything|much|nothing)|make\\s+anything\\s+of\\s+(?:myself|my\\s+life))(?![\\p{L}])",
        '{B}(?:{IM})\\s+(?:always\\s+|just\\s+)?the\\s+reason\\s+(?:everything|every\\s+\\p{L}+|it\\s+all|things|good\\s+things)\\s+(?:always\\s+)?(?:falls?|goes|go|turns?|ends?)\\s+(?:apart|wrong|bad|sour|to\\s+(?:pieces|hell|shit))',
        "{B}i\\s+(?:really\\s+|just\\s+|honestly\\s+|truly\\s+|still\\s+|sometimes\\s+)?(?:hate|hated|despise|despised|loathe|loathed|can'?t\\s+stand|cannot\\s+stand)\\s+my\\s?self",
        '{B}(?:{IM}|i\\s+was)\\s+(?:so\\s+)?(?:disgusted\\s+(?:with|by)\\s+my\\s?self|ashamed\\s+of\\s+who\\s+i\\s+am)',
        "{B}(?:no\\s+one|nobody|no\\s+1)(?:\\s+in\\s+(?:their|his|her)\\s+right\\s+mind|\\s+sane|\\s+else|\\s+normal)?\\s+(?:will|would|could|is\\s+ever\\s+going\\s+to|'?ll)\\s+(?:ever\\s+)?(?:love|want|choose|date|put\\s+up\\s+with|stay\\s+with|be\\s+with|marry|look\\s+twice\\s+at)\\s+(?:me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:man|woman|guy|girl|person|bloke|loser|failure|mess|idiot|wreck)\\s+like\\s+me)(?![\\p{L}])(?!\\s+(?:like|the\\s+way|as\\s+much\\s+as|as\\s+well\\s+as)\\b)",
      ].join('|'),
      suggest: ["I'm not proud of what I did, and I'm working on it."],
    },
    {
      id: 'who-would-want-me',
      // A rhetorical question that puts oneself down: "Who would ever want someone like me?"
      re: "{B}what\\s+(?:would|could|did|do)\\s+(?:someone|somebody|anyone|anybody|(?:a|an)\\s+\\p{L}+)\\s+like\\s+(?:you|u)\\s+(?:ever\\s+)?(?:see|want)\\s+(?:in|with)\\s+(?:someone\\s+like\\s+me|me|(?:a|an)\\s+\\p{L}+\\s+like\\s+me)(?![\\p{L}])|{B}what\\s+(?:did|do|could)\\s+(?:you|u)\\s+ever\\s+see\\s+in\\s+me(?![\\p{L}])|{B}who(?:'?d|\\s+(?:would|could|will))\\s+(?:ever\\s+)?(?:want|love|choose|date|be\\s+with|want\\s+to\\s+(?:be\\s+with|date|love|marry))\\s+(?:me|someone\\s+like\\s+me|(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:loser|failure|mess|idiot|wreck|disaster)\\s+like\\s+me)(?![\\p{L}])",
      questions: 'any',
    },
    {
      id: 'less-than-them',
      // Put-downs said sideways: "nobody's idea of a catch", "punching above my weight", "you were the
      // clever one, I was just the bloke who drove the van", "who'd want a man who can't even…".
      re: [
        "{B}(?:nobody'?s|no\\s*one'?s|no\\s+one'?s)\\s+idea\\s+of\\s+a\\s+(?:catch|prize|dream|good\\s+time)|{B}(?:i'?m|i\\s+am|im)\\s+(?:no|hardly\\s+a|not\\s+exactly\\s+a)\\s+(?:great\\s+)?(?:catch|prize|oil\\s+painting)(?![\\p{L}])",
        '{B}punch(?:ing|ed)?\\s+(?:way\\s+|well\\s+|miles\\s+)?above\\s+my\\s+weight',
        "{B}(?:i'?m|i\\s+am|im)\\s+[^.!?\\n]{0,25}?\\b(?:overweight|fat|ugly|boring|bald|past\\s+it|unattractive|dull|pathetic|useless|skint|broke|a\\s+mess)\\s+and\\s+(?:overweight|fat|ugly|boring|old|bald|dull|unattractive|useless|pathetic|broke|skint|a\\s+mess)(?![\\p{L}])",
        "{B}who(?:'?d|\\s+would|\\s+could|'?ll|\\s+will)\\s+(?:ever\\s+|even\\s+)?(?:want|love|date|choose|marry)\\s+(?:a\\s+(?:man|woman|guy|girl|bloke|person|loser|wreck|mess)\\s+(?:like\\s+me|who)|someone\\s+(?:like\\s+me|who\\s+can'?t))",
        '{B}(?:why|how)\\s+(?:you|u|anyone|anybody)\\b[^.!?\\n]{0,50}?\\b(?:someone|somebody|a\\s+(?:man|woman|guy|girl|person|loser))\\s+like\\s+me(?![\\p{L}])',
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
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:so\\s+)?(?:broken|damaged|ruined)\\s*(?:and|,)\\s+(?:i'?ll|i\\s+will|i\\s+can'?t|i\\s+cannot)\\s*(?:never\\s+)?be\\s+(?:fixed|repaired|whole|normal|mended)(?![\\p{L}])",
      ].join('|'),
    },
  ],
  antipatterns: [
    // A past role or act owned, not a verdict on the self: "I was a pretty bad boyfriend towards the end",
    // "I was a coward, and you were left to explain it".
    '\\bi\\s+was\\s+(?:a|an|such\\s+an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:boyfriend|girlfriend|husband|wife|partner|friend|father|dad|mother|mum|mom|coward)\\b(?=[^.!?\\n]{0,30}?\\b(?:towards\\s+the\\s+end|at\\s+the\\s+end|that\\s+(?:night|day|year|time|weekend|summer)|at\\s+the\\s+time|back\\s+then|when\\s+(?:you|u|it|we|i)|in\\s+the\\s+(?:end|last)|always\\s+(?:late|out|working|on))\\b|,\\s*and\\s+(?:you|u)\\b)|\\bthe\\s+truth\\s+is\\s+(?:that\\s+)?i\\s+was\\s+(?:a|an)\\b',
    // A belief left behind, anywhere in the sentence: "Nobody will ever love someone like me, I used to think".
    '^(?=[^\\n]*?\\bi\\s+(?:used\\s+to|no\\s+longer)\\s+(?:think|believe|feel)\\b)[^\\n]+',
    // What others said or did to the writer: "you always said I was an idiot", "he made me feel worthless".
    "\\b(?:you|u|he|she|they|people|everyone|everybody|my\\s+(?:mum|mom|dad|father|mother|friends?|family|boss|ex|parents)|your\\s+(?:friends?|family|mum|mom|dad|parents))\\s+(?:\\w+\\s+){0,2}?(?:say|says|said|think|thinks|thought|tell|tells|told|call|calls|called|made|make|makes|treat|treats|treated|act|acts|acted|look|looks|looked|see|sees|saw)\\s+(?:at\\s+)?(?:me\\s+)?(?:feel\\s+)?(?:like|as\\s+if|as\\s+though)?\\s*(?:that\\s+)?(?:i'?m|im|i\\s+am|i\\s+was|me|i)\\b",
    // No longer believing it: "I don't think I'm worthless anymore", "I used to feel like a failure".
    "\\b(?:don'?t|do\\s+not|no\\s+longer|never|used\\s+to|stopped)\\s+(?:think|believe|feel|thinking|believing|feeling)\\s+(?:that\\s+|like\\s+)?(?:i'?m|im|i\\s+am|i\\s+was|i)\\b",
    // A past episode, told as such: "I felt like a failure when I lost the job", "I hated myself for a while".
    '\\bi\\s+felt\\s+[^.!?,;\\n]{0,40}?\\b(?:when|after|at\\s+the\\s+time|back\\s+then|that\\s+(?:year|day|night|week|month|summer|winter)|for\\s+a\\s+(?:while|bit|time))\\b',
    '\\bi\\s+(?:hated|despised|loathed)\\s+my\\s?self\\s+(?:for\\s+(?:a\\s+(?:while|bit|time|long\\s+time)|months|years|weeks)|back\\s+then|at\\s+(?:the|that)\\s+time|at\\s+first)\\b',
    // Jokes and idioms: "I'm the worst at goodbyes", "I'm such an idiot for coffee".
    '\\bthe\\s+worst\\s+at\\b',
    '\\b(?:a\\s+)?(?:fool|sucker)\\s+for\\s+(?:you|u|love|your\\s+(?:smile|laugh|eyes))(?![\\p{L}])',
  ],
  examples: [
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
    { notFlagged: "You're far too good a cook for me to compete." },
    { notFlagged: "I wasn't at my best last year." },
    { notFlagged: "I'm not a terrible person; I made bad choices and I own them." },
    { notFlagged: 'You always said I was an idiot with money, and you were right.' },
    { notFlagged: "I don't think I'm worthless anymore, and therapy helped with that." },
    { notFlagged: "I'm the worst at goodbyes, so I'll keep this short." },
    { notFlagged: 'I know my jealousy pushed you away.' },
    { notFlagged: "I don't deserve your forgiveness, but I hope for a conversation." },
    { notFlagged: 'You deserve better than the way I treated you.' },
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
  ],
})
