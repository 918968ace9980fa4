// Intimidation, exposure and revenge: "you'll regret this", "I'll tell everyone what you did",
// "I know where you live". Telling everyone something kind, or promising discretion, is not a threat.
import { defineRule } from '../define.js'

/** The writer announcing what they will (or could) do. */
const I_WILL =
  "(?:i'?ll|i\\s+will|ill|i\\s+shall|i'?m+a|imma|ima|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna)|i\\s+am\\s+(?:going\\s+to|gonna)|i\\s+(?:could|can|might|swear\\s+i'?ll|promise\\s+(?:you\\s+)?i'?ll)|i\\s+won'?t\\s+hesitate\\s+to)(?:\\s+(?:just|really|personally|definitely|make\\s+sure\\s+to|happily|gladly|also|even|then|simply))?"
/** People the reader would not want told: everyone, or someone close to them. */
const AUDIENCE =
  '(?:every(?:one|body|1)|the\\s+(?:whole\\s+)?world|the\\s+whole\\s+(?:town|village|city|school|office|street|family|internet|neighbourhood|neighborhood|team|church)|all\\s+(?:your|ur|our)\\s+(?:friends|family|colleagues|coworkers)|(?:your|ur)\\s+(?:new\\s+)?(?:boss|parents|family|mum|mom|dad|mother|father|sister|brother|husband|wife|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|kids|children|friends|colleagues|coworkers|work|job|employer|church|school|neighbours|neighbors)|him|her|them|online|on\\s+(?:facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|the\\s+internet|reddit)|the\\s+internet|the\\s+police|the\\s+cops|the\\s+(?:school|church|club|press|papers|newspapers|landlord|council|court|judge))'
/** What they would not want shown or told. */
const SECRETS =
  "(?:wh?at\\s+(?:you|u)\\s+(?:did|done|'?ve\\s+done|have\\s+done|really\\s+(?:are|did)|are(?![\\p{L}]))|who\\s+(?:you|u)\\s+really\\s+(?:are|is)|what\\s+(?:kind|sort)\\s+of\\s+(?:person|man|woman|girl|guy|mother|mum|mom|father|dad|wife|husband|partner|friend|human(?:\\s+being)?)\\s+(?:you|u)\\s+(?:really\\s+)?(?:are|is)|how\\s+(?:you|u)\\s+(?:really\\s+)?(?:treated|cheated|lied|used)|the\\s+truth\\s+about\\s+(?:you|u|us|what)|the\\s+truth(?![\\p{L}])(?!\\s*[:,—–-]?\\s*(?:that\\s+)?(?:i|it\\s+was\\s+(?:me|my|all\\s+me))\\b)(?!\\s+about\\s+(?:me|myself|what\\s+i|my|how\\s+i)\\b)|(?:all\\s+)?(?:your|ur)\\s+(?:dirty\\s+)?(?:little\\s+)?secrets?|how\\s+(?:you|u)\\s+really\\s+\\p{L}+|where\\s+(?:you|u)\\s+really\\s+(?:were|went|are|go|spent|slept|sleep)|who\\s+(?:you|u)\\s+(?:were\\s+)?really\\s+(?:with|seeing|sleeping\\s+with)|what\\s+(?:you|u)\\s+(?:really\\s+)?(?:get|got|were)\\s+up\\s+to|why\\s+(?:i'?m\\s+(?:here|there)|i\\s+am\\s+(?:here|there)|we\\s+(?:really\\s+)?(?:broke\\s+up|split|ended)|(?:you|u)\\s+(?:really\\s+)?(?:left|lied|cheated))(?![\\p{L}])|about\\s+(?:us|your\\s+affair|the\\s+affair|our\\s+affair|what\\s+(?:you|u|we)\\s+did)\\b|everything\\s+(?:about\\s+(?:you|u|us)|you\\s+(?:did|told\\s+me))|(?:your|ur|that|the|this)\\s+(?:private\\s+|intimate\\s+|naked\\s+|nude\\s+|sexy\\s+)?(?:video|vid|recording|screenshot|sex\\s+tape)(?![\\p{L}])(?!\\s+(?:of|from)\\s+(?:the|our|my|your)\\s+(?:garden|trip|holiday|wedding|house|kids|dog|cat|party|baby|flat|christening|graduation|concert|gig|birthday)\\b)|(?:your|ur|those|the|these|our|all\\s+(?:the|your|ur|our|those|these))\\s+(?:private\\s+|intimate\\s+|naked\\s+|nude\\s+|sexy\\s+|personal\\s+)?(?:nudes|videos|vids|screenshots|messages|texts|dms|emails|recordings|voice\\s*notes|chats)|(?:your|ur|those|these|our|all\\s+(?:your|ur|our|those|these)|the\\s+(?:private|intimate|naked|nude|sexy))\\s+(?:photos|pictures|pics|letters|diary))"

/** Their messages or pictures held by the writer: "all your texts", "the photos from the Bali trip". */
const MEDIA =
  '(?:(?:all\\s+(?:of\\s+)?|every\\s+|each\\s+)?(?:the|those|these|your|ur|our|his|her|my)?\\s*(?:\\p{L}+\\s+){0,2}?(?:photos|photographs|pictures|pics|messages|texts|text|message|screenshots|videos|vids|emails|recordings|voice\\s*notes|nudes|dms|chats)(?![\\p{L}])|(?:the|a|your|ur|my)\\s+(?:spare\\s+)?keys?\\s+(?:to|for)\\s+(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:passwords?|passcode|pin|login|new\\s+address)(?![\\p{L}]))'

/** People close to the reader, as the ones who would find out. */
const THIRD =
  "(?:(?:your|ur|his|her)\\s+(?:new\\s+)?(?:boss|employer|manager|husband|wife|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|parents|family|mum|mom|dad|mother|father|sister|brother|kids|children|friends|colleagues|coworkers|co-workers)|(?<![\\p{L}'])\\p{L}{1,20}'s\\s+(?:boss|wife|husband|girlfriend|boyfriend|partner|parents|family|mum|mom|dad)|every(?:one|body|\\s+single\\s+person|\\s+one)(?:\\s+(?:at|in|from)\\s+(?:your|ur|the|his|her)?\\s*\\p{L}+)?|the\\s+(?:whole\\s+)?world|the\\s+whole\\s+(?:town|village|city|school|office|street|family|internet|neighbourhood|neighborhood|team|church|club|estate|building|department)|all\\s+(?:your|ur)\\s+(?:friends|colleagues|coworkers|family))"
/** What would be shown: messages of any kind, photos only when plainly theirs or private. */
const LEAK =
  '(?:(?:the|your|ur|those|these|our|all\\s+(?:the|your|ur|those|these|our)|every|each)\\s+(?:\\p{L}+\\s+)?(?:messages|texts|screenshots|videos|vids|nudes|dms|emails|recordings|voice\\s*notes|chats)|(?:those|these|your|ur|the\\s+(?:private|intimate|naked))\\s+(?:photos|pictures|pics)|a\\s+copy|my\\s+side\\s+of\\s+the\\s+story)'

export default defineRule({
  id: 'threat',
  kind: 'pitfall',
  severity: 'danger',
  sixRule: 'lucid',
  title: 'Threat',
  summary: 'Intimidation, exposure or revenge.',
  message:
    'This reads as a threat. Whatever pain is behind it, the reader will feel frightened, and it can be harassment. Leave it out entirely; if you feel this angry, put the letter aside and talk it through with someone you trust first.',
  // A threat put as a question ("Do you want your boss to see those photos?") is still a threat.
  questions: 'any',
  patterns: [
    {
      id: 'you-will-regret',
      // "You'll regret this", "one day you'll be sorry", "you will pay for this".
      re: [
        "{B}(?:you|u|ya)(?:'ll|ll|\\s+will|'re\\s+(?:going\\s+to|gonna)|re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|r\\s+(?:going\\s+to|gonna))(?:\\s+(?:really|truly|so|definitely|surely|certainly|deeply|bitterly|soon|all))?(?:\\s+(?:come|live)\\s+to)?\\s+(?:regret\\s+(?!(?:nothing|anything|a\\s+thing|it\\s+not|not|giving|trying|letting\\s+me|reading)\\b)|be\\s+sorry(?![\\p{L}])(?!\\s+(?:to|that|for\\s+me|you\\s+missed))|pay\\s+(?:(?:for|4)\\s+(?:this|that|it|what|everything)|dearly)|pay(?=\\s*[.!,]|$))",
        // "People like you always pay in the end", "he'll pay for it one day", "you won't get away with this".
        "{B}(?:(?:you|u|ya|he|she|they|people\\s+like\\s+(?:you|u|him|her|them))(?:'ll|ll|\\s+will|'re\\s+(?:going\\s+to|gonna)|\\s+(?:are|is)\\s+(?:going\\s+to|gonna))?(?:\\s+(?:always|all|surely|definitely|eventually|one\\s+day))?\\s+(?:pay|get\\s+what'?s\\s+coming)\\s+(?:in\\s+the\\s+end|eventually|sooner\\s+or\\s+later|one\\s+day|for\\s+(?:this|that|it|what|everything)\\b[^.!?\\n]{0,30}?\\b(?:one\\s+day|in\\s+the\\s+end|eventually|sooner\\s+or\\s+later|believe\\s+me|mark\\s+my\\s+words|i\\s+promise|i\\s+swear)))",
        "{B}(?:(?:you|u|ya|he|she|they|(?:your|ur)\\s+(?:new\\s+)?\\p{L}+)\\s+(?:won'?t|wont|will\\s+not|will\\s+never|'ll\\s+never|ll\\s+never|(?:are|is)\\s+not\\s+(?:going\\s+to|gonna)|'re\\s+not\\s+(?:going\\s+to|gonna)|(?:aren'?t|isn'?t)\\s+(?:going\\s+to|gonna)|can'?t|cannot)|(?:think|imagine|believe|assume)\\s+(?:that\\s+)?(?:you|u|he|she|they)\\s+(?:can|could|will|'ll))\\s+(?:just\\s+|simply\\s+)?get\\s+away\\s+with\\s+(?:this|it|that|what|treating|doing|lying|cheating|hurting)(?![\\p{L}])",
      ].join('|'),
    },
    {
      id: 'expose',
      // "I'll tell everyone what you did", "I'll post your photos online", "I'll tell your husband about us".
      re: [
        `{B}${I_WILL}(?:\\s+[^.!?\\n]{1,40}?\\s+and)?\\s+(?:tell|show|send|post|share|leak|forward|publish|put|spread|upload|reveal|expose|text|email|message)\\b[^.!?\\n]{0,40}?\\b${AUDIENCE}\\b[^.!?\\n]{0,30}?${SECRETS}`,
        `{B}${I_WILL}\\s+(?:tell|show|send|post|share|leak|forward|publish|put|spread|upload|reveal|expose)\\s+${SECRETS}[^.!?\\n]{0,40}?\\b(?:to\\s+|with\\s+)?${AUDIENCE}\\b`,
        `{B}${I_WILL}\\s+(?:post|share|leak|send|show|publish|upload|spread|sell)\\s+(?:your|ur|the|those|these|our|all\\s+(?:your|ur|the|our))\\s+(?:nudes|naked\\s+\\w+|intimate\\s+\\w+|sex\\s+tape|private\\s+(?:photos|pictures|pics|videos|vids))`,
        `{B}${I_WILL}\\s+(?:tell|call|ring|phone|email|e-mail|text|message|contact|write\\s+to|talk\\s+to|speak\\s+to|go\\s+to|visit|report\\s+(?:you|u)\\s+to)\\s+(?:your|ur)\\s+(?:boss|employer|manager|hr|husband|wife|fianc[ée]e?|new\\s+(?:boyfriend|girlfriend|partner|bf|gf|man|woman|guy|girl))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:tell|let)\\s+${AUDIENCE}\\s+(?:know\\s+)?(?:${SECRETS}|everything(?=\\s*(?:[.!,;…]|$)|\\s+about\\b))`,
        `{B}${I_WILL}\\s+(?:post|put|share|show|spread|publish|upload|send|air)\\b[^.!?\\n]{0,40}?\\bfor\\s+(?:everyone|everybody|the\\s+(?:whole\\s+)?world|all|the\\s+whole\\s+\\p{L}+)\\s+to\\s+(?:see|read)|{B}${I_WILL}\\s+(?:air|put\\s+out|hang\\s+out)\\s+(?:all\\s+)?(?:your|ur)\\s+dirty\\s+laundry`,
        `{B}${I_WILL}\\s+(?:post|share|put|upload|publish|leak)\\s+(?:everything|it\\s+all|all\\s+of\\s+it|our\\s+(?:messages|texts|chats|story))\\s+(?:online|on\\s+(?:facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|the\\s+internet|reddit|my\\s+story))`,
        `{B}${I_WILL}\\s+(?:send|show|forward|give)\\s+${THIRD}\\s+(?:the|those|these|all\\s+(?:the|those|these|your|ur|our)|our|your|ur)\\s+(?:\\p{L}+\\s+)?(?:photos|pictures|pics|messages|texts|screenshots|videos|vids|emails|recordings|chats|dms)(?![\\p{L}])(?!\\s+(?:of|from)\\s+(?:the|our|my)\\s+(?:garden|trip|holiday|wedding|house|kids|dog|cat|party|baby|flat|christening)\\b)`,
        `{B}(?:i'?ll|i\\s+will|ill)\\s+be\\s+(?:telling|showing|sending|posting|sharing|calling|contacting|emailing|writing\\s+to)\\b[^.!?\\n]{0,40}?${SECRETS}`,
        `{B}${I_WILL}\\s+(?:tell|inform|let)\\s+${AUDIENCE}\\s+(?:know\\s+)?(?:that\\s+)?(?:you|u)(?:'re|\\s+are|\\s+were|r)?\\s+(?:cheated|lied|stole|hit\\s+me|(?:were\\s+)?(?:cheating|lying|stealing|sleeping\\s+with|using)|an?\\s+(?:liar|cheat|cheater|fraud|thief|addict|abuser))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+make\\s+sure\\s+(?:${THIRD}|they|he|she)\\s+(?:knows?|finds?\\s+out|sees?|hears?|learns?)(?:\\s+(?:what|who|how|the\\s+truth|about|everything)|(?=\\s*(?:[.!,;…]|$)))`,
        `{B}${THIRD}(?:\\s+(?:might|may|would|will|could|can|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna|'ll|'d))(?:\\s+(?:soon|all|also|definitely|surely|certainly|too))?\\s+(?:find|see|read|hear|get|have|receive|learn\\s+about|know\\s+about|be\\s+interested\\s+in)\\b[^.!?\\n]{0,25}?${LEAK}`,
        `{B}${THIRD}\\s+(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna)\\s+(?:soon\\s+)?(?:find\\s+out|know|hear|learn)\\s+(?:everything(?:\\s+about\\s+(?:you|u|us))?|${SECRETS})(?![\\p{L}])`,
        // "I'll put your diaries online", "im gonna stick ur pics on fb".
        `{B}${I_WILL}\\s+(?:post|put|stick|share|upload|publish|leak|plaster|spread)\\s+(?:all\\s+(?:of\\s+)?)?(?:your|ur|his|her|the|those|these|our)\\s+(?:\\p{L}+\\s+){0,2}?(?:photos|photographs|pictures|pics|messages|texts|screenshots|videos|vids|diary|diaries|letters|emails|chats|dms|recordings|voice\\s*notes|secrets|stuff|nudes)\\s+(?:(?:up\\s+)?online|(?:all\\s+)?over\\s+(?:the\\s+internet|social\\s+media|facebook|instagram)|on\\s+(?:the\\s+internet|the\\s+web|facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|reddit|youtube|my\\s+story)|everywhere|for\\s+(?:everyone|everybody|the\\s+world|all)\\s+to\\s+see)(?![\\p{L}])`,
        // "Your boss might like to hear how you really spent those weekends", "wait till your wife hears about this".
        `{B}${THIRD}(?:\\s+(?:at|in|from)\\s+(?:the|your|ur|his|her)\\s+\\p{L}+)?\\s+(?:might|may|would|could|'d|will|'ll)\\s+(?:(?:really|very\\s+much|certainly|definitely|probably|surely)\\s+)?(?:like|love|want|be\\s+(?:very\\s+|really\\s+|most\\s+)?(?:interested|curious|keen|fascinated))\\s+(?:to\\s+(?:hear|know|see|read|learn|find\\s+out)|in)\\s+(?:about\\s+)?${SECRETS}`,
        `{B}(?:just\\s+)?wait\\s+(?:until|till|til|'til)\\s+${THIRD}\\s+(?:hears?|sees?|finds?\\s+out|reads?|learns?|gets?\\s+wind)\\s+(?:about\\s+(?:this|it|that|us|you|u)(?![\\p{L}])|what\\s+i\\s+(?:have|know|found|'ve\\s+got)|${SECRETS}|${LEAK})`,
        `{B}${THIRD}\\s+(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna)\\s+(?:soon\\s+|all\\s+)?(?:hear|know|find\\s+out|learn)\\s+(?:all\\s+)?about\\s+(?:this|it|that|us|you|u)(?![\\p{L}])`,
        `{B}(?:${THIRD}|he|she|they|(?:your|ur)\\s+(?:new\\s+)?\\p{L}+)\\s+(?:is|are|will|'ll|'s)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:get|be\\s+getting|receive)\\s+a\\s+(?:little\\s+|personal\\s+|surprise\\s+|friendly\\s+)?(?:visit|call|phone\\s+call|letter)\\s+from\\s+me(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:be\\s+)?pay(?:ing)?\\s+(?:${THIRD}|him|her|them)\\s+a\\s+(?:little\\s+|personal\\s+|surprise\\s+|friendly\\s+)?visit|{B}${I_WILL}\\b[^.!?\\n]{0,40}?\\bhave\\s+a\\s+(?:little\\s+|quiet\\s+|friendly\\s+|long\\s+|proper\\s+)?(?:chat|word|talk|conversation)\\s+with\\s+${THIRD}`,
        `{B}${I_WILL}\\s+go\\s+(?:to\\s+the\\s+(?:papers|press|newspapers|media|tabloids)|public)(?![\\p{L}])(?!\\s+(?:shop|office|kiosk)\\b)`,
        `{B}${I_WILL}\\s+screenshot\\s+(?:everything|it\\s+all|all\\s+of\\s+it|(?:all\\s+)?(?:your|ur|the|our)\\s+\\p{L}+)\\s+and\\s+(?:send|post|share|forward|show|spread|pass)\\b|{B}${I_WILL}\\s+(?:send|pass|spread|forward)\\s+(?:it|them|everything|those|these)\\s+(?:round|around)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:be\\s+)?(?:contacting|calling|ringing|phoning|emailing|writing\\s+to|telling|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|reporting\\s+(?:you|u)\\s+to)\\s+(?:your|ur)\\s+(?:employer|boss|manager|hr|husband|wife|fianc[ée]e?|landlord|school|university|church|parents|new\\s+\\p{L}+)(?![\\p{L}])(?!\\s+(?:to\\s+(?:say|wish|thank)|about\\s+the\\s+(?:dog|cat|keys|party|wedding)))`,
        "{B}my\\s+(?:lawyer|solicitor|attorney|legal\\s+team)\\s+(?:will|'ll|is\\s+going\\s+to)\\s+(?:be\\s+in\\s+touch|be\\s+contacting\\s+(?:you|u)|contact\\s+(?:you|u)|deal\\s+with\\s+(?:this|you|u))(?![\\p{L}])|{B}my\\s+(?:brothers?|cousins?|mates|friends|boys|lads|dad)\\s+(?:will|'ll|are\\s+going\\s+to|is\\s+going\\s+to)\\s+(?:deal\\s+with|sort\\s+out|pay\\s+(?:you|u|him|her)\\s+a\\s+visit|have\\s+a\\s+word\\s+with|find)\\s+(?:you|u|him|her|them)(?![\\p{L}])",
        '{B}say\\s+goodbye\\s+to\\s+(?:your|ur)\\s+(?:job|career|reputation|marriage|relationship|new\\s+\\p{L}+|friends|kids|house|perfect\\s+little\\s+\\p{L}+)(?![\\p{L}])',
        `{B}if\\s+${THIRD}\\s+(?:ever\\s+|somehow\\s+|happened\\s+to\\s+)?(?:saw|found|read|heard|got|received|sees|finds|reads|hears|gets|see|find)\\b[^.!?\\n]{0,25}?${LEAK}`,
        `{B}${THIRD}\\s+(?:deserves?|has\\s+a\\s+right|have\\s+a\\s+right|ought|needs?)\\s+to\\s+know\\s+${SECRETS}`,
        `{B}if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|keep|ignore|refuse|block|go\\s+back|stay\\s+with|choose|pick|say\\s+no)\\b[^.!?\\n]{0,50}?${I_WILL}\\s+(?:post|share|send|show|leak|publish|upload|forward|put\\s+up)\\s+(?:the|your|ur|those|these|our|all|every|my)\\b`,
        `{B}${I_WILL}\\s+(?:post|share|leak|publish|upload|forward|put\\s+up)\\s+(?:the|your|ur|those|these|our|all)\\b[^.!?\\n]{0,40}?\\b(?:if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|keep|ignore|refuse|block)|unless\\s+(?:you|u))\\b`,
        "{B}one\\s+(?:phone\\s+)?(?:call|word|text|message|email|e-mail|click|post|letter)(?:\\s+from\\s+me)?(?:\\s+to\\s+\\p{L}+(?:\\s+\\p{L}+)?)?,?\\s+and\\s+(?:your|ur|you|u|it'?s|it\\s+is|everything|that'?s)\\b",
        "{B}(?:everyone|everybody|the\\s+(?:whole\\s+)?world|(?:your|ur)\\s+(?:new\\s+)?(?:boss|parents|family|husband|wife|boyfriend|girlfriend|partner))\\s+(?:will|'ll|is\\s+going\\s+to|is\\s+gonna)\\s+(?:soon\\s+)?(?:know|find\\s+out|see|learn|hear)\\s+(?:what\\s+(?:you|u)|who\\s+(?:you|u)|the\\s+truth|about\\s+(?:you|u|us|your|the\\s+affair)|how\\s+(?:you|u))",
        `{B}(?:do\\s+(?:you|u)\\s+want|would\\s+(?:you|u)\\s+like|how\\s+would\\s+(?:you|u)\\s+like)\\s+(?:me\\s+to\\s+(?:tell|show|send|post)|${AUDIENCE}\\s+to\\s+(?:know|see|find\\s+out|hear))\\b[^.!?\\n]{0,40}?${SECRETS}`,
      ].join('|'),
    },
    {
      id: 'revenge',
      // "I'll make you pay", "I'll ruin your life", "I'll get my revenge", "he'd better watch his back".
      re: [
        `{B}${I_WILL}\\s+(?:make\\s+(?:you|u|him|her|them)\\s+(?:pay|suffer|regret|sorry)|make\\s+(?:your|ur|his|her|their)\\s+life\\s+(?:a\\s+)?(?:living\\s+)?(?:hell|misery|miserable|a\\s+nightmare|nightmare)|ruin\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\s+(?:life|reputation|career|name|job|wedding|marriage|relationship|new\\s+relationship|happiness|family))|destroy\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\b)|make\\s+(?:things|life|it|everything|this|the\\s+(?:divorce|custody\\s+\\p{L}+|settlement|separation|process|sale))\\s+(?:very\\s+|really\\s+|so\\s+|extremely\\s+)?(?:a\\s+(?:living\\s+)?nightmare|difficult|hard|hell|unpleasant|complicated|miserable|awkward|uncomfortable)\\s+for\\s+(?:you|u|him|her|them)|get\\s+(?:my\\s+)?revenge|have\\s+my\\s+revenge|get\\s+back\\s+at\\s+(?:you|u|him|her|them)|get\\s+(?:you|u|him|her|them)\\s+back\\s+for\\s+(?:this|that|it|what|everything)(?![\\p{L}])|get\\s+even\\s+with|(?:hurt|kill|beat\\s+up|punch|hit|find)\\s+(?:him|her|them)\\b(?!\\s+(?:a|the)\\s+(?:gift|present|card))|kill\\s+(?:you|u)\\b|beat\\s+(?:him|her|them)\\s+up|take\\s+(?:the\\s+kids|the\\s+children|everything|the\\s+house|it\\s+all)\\s+(?:from|away\\s+from)\\s+(?:you|u))`,
        // Harm to their things, their children, their freedom: "I'll come round and smash your windows",
        // "I'll make sure you lose custody", "you will never see the kids again", "I'll expose you".
        `{B}${I_WILL}\\s+(?:(?:come|go|drive)\\s+(?:round|over|there)\\s+and\\s+)?(?:smash|break|burn|wreck|trash|key|slash|torch|set\\s+fire\\s+to)\\s+(?:all\\s+(?:of\\s+)?)?(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?(?:windows?|car|tyres|tires|stuff|things|clothes|belongings|house|flat|place|door|guitar|bike|phone|face)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:break|smash|punch|kick|knock|bash)\\s+(?:his|her|your|ur|their)\\s+(?:legs?|arms?|face|head|nose|teeth|jaw|neck|knees?)(?![\\p{L}])|{B}${I_WILL}\\s+(?:kick|smash)\\s+(?:his|her|your|ur|their)\\s+(?:ass|arse|head)\\s+in`,
        `{B}${I_WILL}\\s+(?:let\\s+(?:the\\s+)?(?:air|tyres|tires)\\s+(?:out\\s+of|down\\s+on)|scratch|spray(?:\\s+paint)?|kick\\s+in|kick\\s+down)\\s+(?:your|ur|his|her|their)\\s+(?:\\p{L}+\\s+)?(?:tyres|tires|car|door|windows?|van|bike|wheels)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:burn|destroy|smash|trash|rip\\s+up|cut\\s+up|shred)\\s+(?:everything\\s+(?:(?:that\\s+)?(?:you|u)\\s+(?:left|own|gave\\s+me)|of\\s+(?:yours|urs))|all\\s+(?:of\\s+)?(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:stuff|things|clothes|belongings|records|books|guitar|photos|letters|paintings|car))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+take\\s+(?:you|u|him|her)\\s+for\\s+(?:everything|every\\s+(?:penny|cent|last\\s+\\p{L}+)|all)\\s+(?:you'?ve|you|u|he|she|he'?s|she'?s)\\s*(?:got|have|has|own|are\\s+worth)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:expose|humiliate|shame|blackmail|destroy)\\s+(?:you|u|him|her|them)(?![\\p{L}])`,
        `{B}(?:${I_WILL}\\s+)?make\\s+(?:sure|certain)\\s+(?:that\\s+)?(?:you|u|he|she|they)\\s+(?:pays?|suffers?|regrets?|(?:lose|loses)\\s+(?:everything|custody|the\\s+(?:kids|children|house)|(?:your|ur|his|her|their)\\s+(?:job|kids|children|house|friends|career|licen[cs]e|reputation))|(?:never|can'?t|cannot|don'?t|doesn'?t|won'?t)\\s+(?:works?|teach(?:es)?|practi[sc]es?|gets?\\s+(?:a|another)\\s+job|shows?\\s+(?:your|ur|his|her|their)\\s+face|find\\s+(?:work|a\\s+job|anyone)|see\\s+(?:the|your|his|her|their)\\s+(?:kids|children|son|daughter))(?:\\s+(?:in\\s+this\\s+\\p{L}+\\s+)?again)?)(?![\\p{L}])`,
        "{B}(?:(?:you|u)(?:'ll|ll|\\s+will)\\s+never|make\\s+sure\\s+(?:you|u)\\s+(?:never|don'?t|dont|won'?t|can'?t))\\s+see\\s+(?:the|your|ur|our)\\s+(?:kids|children|son|daughter|baby|boys|girls|dog|cat)\\s+again",
        `{B}${I_WILL}\\s+take\\s+(?:the|our|your|ur)\\s+(?:kids|children|son|daughter|baby)\\s+(?:away|and\\s+(?:go|leave|run|move|disappear)|abroad|out\\s+of\\s+the\\s+country|and\\s+(?:you|u)(?:'ll|ll|\\s+will)\\s+never)`,
        `{B}${I_WILL}\\s+(?:report\\s+(?:you|u|him|her)\\s+to|call\\s+the\\s+(?:police|cops)\\s+on|sue|take\\s+(?:you|u|him|her)\\s+to\\s+court|press\\s+charges\\s+against)\\b`,
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+(?:be\\s+)?hear(?:ing)?\\s+from\\s+my\\s+(?:lawyer|solicitor|attorney|brother|brothers|cousins?|mates|friends)",
        "{B}if\\s+i\\s+(?:can'?t|cannot|cant|can\\s+not)\\s+have\\s+(?:you|u),?\\s+(?:then\\s+)?(?:no\\s*one|nobody|no\\s+(?:man|woman|one))(?:\\s+else)?\\s+(?:will|can|could|should|shall)",
        '{B}(?:revenge\\s+(?:is|will\\s+be)\\s+(?:mine|coming|sweet)|(?:i\\s+want|i\\s+will\\s+have|i\\s+need)\\s+revenge)',
      ].join('|'),
    },
    {
      id: 'intimidate',
      // "I know where you live", "watch your back", "you don't know what I'm capable of".
      re: [
        "{B}i\\s+(?:still\\s+)?(?:have|kept|'?ve\\s+(?:still\\s+)?got|know)\\s+(?:your|ur|his|her)\\s+(?:passwords?|pin|passcode|login|logins|nudes|naked\\s+\\w+|private\\s+(?:photos|pictures|pics|videos|messages))(?![\\p{L}])",
        // Leverage held over them: "I have copies of everything", "I still have all your secrets".
        "{B}i\\s+(?:still\\s+)?(?:have|kept|saved|know|'?ve\\s+(?:still\\s+)?(?:got|kept|saved))\\s+(?:(?:copies|screenshots|recordings|proof|evidence|photos|pictures)\\s+of\\s+(?:everything|all\\s+(?:of\\s+)?(?:it|them|your|ur|our|those|the)|every\\s+(?:message|text|email|chat))|(?:all\\s+(?:of\\s+)?)?(?:your|ur)\\s+(?:(?:dirty|little|darkest)\\s+)*(?:secrets|nudes)|everything\\s+saved)(?![\\p{L}])",
        // Leverage, said as power: "I know things about you that could ruin you", "it would be easy for me to tell your husband".
        "{B}i\\s+(?:know|have|'?ve\\s+got|kept|got)\\s+(?:some\\s+|a\\s+few\\s+|a\\s+lot\\s+of\\s+)?(?:things|stuff|secrets|enough|plenty)\\s+(?:about\\s+(?:you|u)\\s+)?(?:that|which|to)\\s+(?:could|would|will|can|might)?\\s*(?:ruin|destroy|end|finish|bury)\\s+(?:you|u|him|her|your|ur)(?![\\p{L}])",
        `{B}(?:would|could|'d)\\s+be\\s+(?:so\\s+|very\\s+|really\\s+)?(?:easy|simple)\\s+(?:for\\s+me\\s+)?to\\s+(?:tell|show|send|call|ring|text|email|ruin|expose|destroy)\\s+(?:${THIRD}|him|her)(?![\\p{L}])`,
        `{B}(?:how\\s+(?:would|do\\s+(?:you|u)\\s+think)|imagine\\s+(?:what|how))\\s+(?:${THIRD}|he|she|they)\\s+(?:would\\s+)?(?:feel|react|like\\s+it|take\\s+it|say|think|do)\\s+if\\s+(?:\\p{L}+\\s+)?(?:saw|read|heard|found\\s+out|knew|learned|got|were\\s+to\\s+(?:see|read|hear|find\\s+out|learn))\\s+(?:about\\b|what\\b|the\\s+truth|${LEAK}|(?:those|these|the|your|ur|our)\\s+(?:photos|pictures|pics))`,
        // Holding something over them, with a wink: "i've still got the screenshots", "Don't forget I've still got the photos",
        // "I kept every text you sent, just saying", "Mark would find them very interesting".
        "{B}i(?:'ve|\\s+have|ve)?\\s+(?:still\\s+(?:have|got)|(?:kept|saved)|got\\s+still)\\s+(?:all\\s+(?:of\\s+)?)?(?:the|those|these|your|ur|our|his|her|my)?\\s*(?:\\p{L}+\\s+)?(?:screenshots|screen\\s*shots|screen\\s*grabs|recordings|evidence)(?![\\p{L}])",
        `(?:(?:don'?t|dont|do\\s+not)\\s+forget|remember|careful|just\\s+so\\s+(?:you|u)\\s+know|btw|by\\s+the\\s+way|in\\s+case\\s+(?:you|u)\\s+forgot)\\s*[,:—–-]?\\s*(?:that\\s+)?i(?:'ve|\\s+have|ve)?\\s+(?:still\\s+)?(?:have|got|kept|saved)\\s+(?:still\\s+)?${MEDIA}`,
        `{B}i(?:'ve|\\s+have|ve)?\\s+(?:still\\s+)?(?:have|got|kept|saved)\\s+(?:still\\s+)?${MEDIA}[^.!?\\n]{0,50}?(?:just\\s+saying|just\\s+so\\s+(?:you|u)\\s+know|btw|by\\s+the\\s+way|remember\\s+that|(?:don'?t|dont)\\s+forget(?:\\s+that)?|in\\s+case\\s+(?:you|u)\\s+(?:forgot|were\\s+wondering))(?![\\p{L}])`,
        "(?<=\\b(?:photos|photographs|pictures|pics|messages|texts|screenshots|videos|vids|recordings|emails|diary|diaries|nudes|dms)\\b[^.!?\\n]{0,80})(?<!\\b(?:you|u|ya|i|we)(?:'d)?\\s+(?:\\p{L}+\\s+)?)(?:would|might|may|could|'d|will|'ll)\\s+(?:find|think)\\s+(?:them|it|those|these|this|that)\\s+(?:very\\s+|really\\s+|most\\s+|quite\\s+|extremely\\s+|rather\\s+)?(?:interesting|fascinating|illuminating|enlightening|eye-opening|revealing|entertaining)",
        // Not going quietly: "Do not imagine for one moment that I will simply go quietly", "I won't take this lying down".
        "{B}(?:i\\s+(?:won'?t|wont|will\\s+not|refuse\\s+to)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|im\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+(?:going\\s+to|gonna)|(?:don'?t|dont|do\\s+not|never)\\s+(?:think|imagine|believe|assume|suppose|expect)\\b[^.!?\\n]{0,30}?\\bi(?:'ll|\\s+will|ll|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|'d|\\s+would)|(?:don'?t|dont|do\\s+not)\\s+expect\\s+me\\s+to)\\s+(?:just\\s+|simply\\s+|quietly\\s+)?(?:go\\s+quietly|go\\s+away\\s+quietly|take\\s+this\\s+lying\\s+down|let\\s+(?:you|u|him|her|them)\\s+get\\s+away\\s+with|back\\s+down|keep\\s+(?:quiet|my\\s+mouth\\s+shut)|stay\\s+(?:quiet|silent))(?![\\p{L}])",
        // Veiled: "It'd be a real shame if those pictures got out".
        `{B}(?:shame|pity|terrible|awful|sad|tragedy)\\s+if\\s+(?:${LEAK}|(?:those|these|the|your|ur)\\s+(?:photos|pictures|pics|videos|messages|texts|screenshots|recordings|letters|emails)|they|it|anything|word|something)\\s+(?:ever\\s+|somehow\\s+|were\\s+to\\s+|was\\s+to\\s+|accidentally\\s+)?(?:got|get|gets|went|go|goes|leaked|leak|leaks|ended\\s+up|end\\s+up|found\\s+(?:its|their)\\s+way|came|come|made\\s+(?:its|their)\\s+way)\\s+(?:out(?!\\s+of)|online|public|viral|round|around|on(?:to)?\\s+(?:facebook|fb|instagram|insta|twitter|tiktok|the\\s+internet|social\\s+media)|to\\s+(?:your|ur|his|her|the\\s+(?:press|papers)))(?![\\p{L}])`,
        // Veiled: "It would be a shame if anything happened to your car".
        '{B}(?:shame|pity|terrible|awful|sad|tragedy)\\s+if\\s+(?:something|anything)\\s+(?:were\\s+to\\s+happen|was\\s+to\\s+happen|should\\s+happen|happened|bad\\s+happened)\\s+to\\s+(?:your|ur|him|her|them|his|their|you|u)(?![\\p{L}])',
        "{B}or\\s+else(?=\\s*(?:[.!…]|$))|{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+hesitate(?=\\s*(?:[.!…]|$))|{B}(?:you|u|he|she|they)(?:'ll|ll|\\s+will)\\s+get\\s+what'?s\\s+coming(?:\\s+to\\s+(?:you|u|him|her|them))?|{B}karma(?:'s|\\s+is|\\s+will)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:get|coming\\s+for|catch\\s+up\\s+with)\\s+(?:you|u|him|her)",
        "{B}(?:(?:your|ur)\\s+(?:new\\s+)?(?:boyfriend|girlfriend|bf|gf|partner|man|woman|husband|wife|fianc[ée]e?)|(?<![\\p{L}'])\\p{L}+'s\\s+(?:new\\s+)?(?:boyfriend|girlfriend|husband|wife))(?:'d|\\s+had)?\\s+(?:better|should)\\s+(?:watch\\s+(?:out|it|himself|herself|themselves|his\\s+back|her\\s+back)|be\\s+careful|hope|stay\\s+away|keep\\s+away|sleep\\s+with\\s+one\\s+eye)",
        // Veiled: "it would be a shame if your husband found out", "I'd hate for those photos to end up online".
        `{B}(?:shame|pity|terrible|awful|sad)\\s+if\\s+(?:${THIRD}|he|she|they|your\\s+(?:job|work|office))\\s+(?:ever\\s+|somehow\\s+|were\\s+to\\s+)?(?:found\\s+out|find\\s+out|(?:saw|see|read|heard|hear|got|get|learned|knew)\\s+(?:about\\b|what\\b|${LEAK}))|{B}(?:i'?d|i\\s+would)\\s+hate\\s+for\\s+(?:${THIRD}|${LEAK}|those\\s+\\p{L}+|them|it|anything)\\s+to\\s+(?:find\\s+out|see|end\\s+up|get\\s+out|hear|read|know|leak|go\\s+(?:viral|public|online)|happen\\s+to)`,
        "{B}i\\s+(?:know|found\\s+out)\\s+(?:where|which\\s+\\p{L}+|what\\s+time|when)\\s+(?:you|u|he|she|they|ya)\\s+(?:live|lives|work|works|sleep|sleeps|are\\s+staying|'?re\\s+staying|is\\s+staying|go\\s+(?:every|each|at|to)|goes\\s+(?:every|each|at|to)|go(?:es)?(?=\\s*[.!,;]|$)|park|parks|hang\\s+out|hangs\\s+out|run|runs|jog|jogs|drink|drinks|train|trains|finish|finishes|leave|leaves|get\\s+home|gets\\s+home|get\\s+off|gets\\s+off|start|starts|pick\\s+up|picks\\s+up|walk|walks|drop\\s+off|drops\\s+off)\\b",
        '{B}(?:watch|mind)\\s+(?:your|ur|his|her|their)\\s+back\\b',
        // Warnings: "You have been warned", "This is your final warning", "I'd think very carefully about your next move".
        "{B}(?:you'?ve|you\\s+have|u\\s+have|you|u|consider\\s+yourself)\\s+been\\s+warned(?![\\p{L}])|{B}(?:this\\s+is|consider\\s+this)\\s+(?:your|ur|a|my)\\s+(?:first\\s+|final\\s+|last\\s+|only\\s+)?warning(?![\\p{L}])",
        "{B}(?:i'?d|i\\s+would)\\s+think\\s+(?:very\\s+|really\\s+|long\\s+and\\s+)?(?:hard|carefully|twice)\\s+(?:about|before)\\s+(?:your\\s+next\\s+(?:move|step)|(?:you|u)\\s+(?:ignore|cross|block|go|do|say|decide)|(?:ignoring|crossing|blocking)\\s+me)",
        "{B}(?:something|things)\\s+(?:bad|terrible|awful|nasty|unpleasant)\\s+(?:is\\s+going\\s+to|will|might|could|may|'ll|is\\s+gonna)\\s+happen(?:\\s+to\\s+(?:you|u|him|her|them))?(?=\\s*(?:[.!,;…]|$)|\\s+(?:if|unless|to\\s+(?:you|u|him|her)|soon)\\b)|{B}bad\\s+things\\s+(?:happen|will\\s+happen|tend\\s+to\\s+happen)\\s+to\\s+(?:people|those|girls|guys|men|women)\\s+(?:who|that)\\s+(?:lie|cheat|cross|mess|ignore|hurt|betray)",
        "{B}(?:you|u)\\s+(?:don'?t|do\\s+not|dont)\\s+want\\s+(?:me\\s+as\\s+(?:an?\\s+)?enemy|to\\s+(?:make\\s+)?(?:an?\\s+)?enemy\\s+of\\s+me|to\\s+(?:see|find\\s+out|know)\\s+(?:what\\s+i\\s+(?:can|could)\\s+do|me\\s+angry))|{B}(?:i'?m|i\\s+am|im)\\s+not\\s+someone\\s+(?:you|u)\\s+want\\s+(?:as\\s+an?\\s+enemy|to\\s+(?:cross|upset|mess\\s+with))",
        "{B}(?:(?:you|u|he|she|they)(?:'ll|ll|\\s+will)|make\\s+(?:you|u|him|her|them))\\s+wish\\s+(?:you|u|he|she|they)(?:'d|\\s+had|d)\\s+never\\s+(?:met\\s+me|been\\s+born|crossed\\s+me|done\\s+(?:this|that|it)|left(?:\\s+me)?|lied|cheated)(?![\\p{L}])",
        "{B}(?:your|ur|his|her)\\s+(?:(?:little|dirty)\\s+){0,2}secrets?\\s+(?:won'?t|will\\s+not|isn'?t\\s+going\\s+to|aren'?t\\s+going\\s+to)\\s+(?:stay|be|remain)\\s+(?:a\\s+)?secrets?",
        `(?:pics|photos|pictures|videos|vids|screenshots|messages|texts|recordings)\\b[^.!?\\n]{0,30}?\\b(?:that|which)\\s+${THIRD}\\s+(?:would|might|will|'d|could)\\s+(?:really\\s+)?(?:love|like|enjoy|want|be\\s+interested\\s+in|find\\s+interesting)`,
        `{B}(?:think\\s+(?:of|about)|imagine)\\s+what\\s+(?:people|everyone|everybody|${THIRD})\\s+(?:will|would|'ll)\\s+(?:say|think)\\s+when\\s+(?:they|he|she)\\s+(?:find\\s+out|hear|see|know|learn)`,
        "{B}tell\\s+(?:him|her|them|(?:your|ur)\\s+(?:new\\s+)?\\p{L}+)\\s+(?:to\\s+watch\\s+(?:himself|herself|themselves|his\\s+back|her\\s+back|their\\s+back|out|it|his\\s+step|her\\s+step)|(?:he|she|they)(?:'d|\\s+had)\\s+better\\s+(?:watch|be\\s+careful|stay\\s+away|keep\\s+away))",
        "{B}(?:(?:ready|prepared)\\s+for|(?:no|any)\\s+idea)\\s+what'?s\\s+(?:coming|about\\s+to\\s+(?:happen|hit|come))(?:\\s+(?:to|for)\\s+(?:you|u|him|her|them))?(?=\\s*(?:[.!?,;…]|$))",
        '{B}(?:find\\s+out|see|learn|know|remember)\\s+what\\s+happens\\s+(?:when|if|to)\\s+(?:people|anyone|anybody|you|u|someone|somebody|those)\\s+(?:who\\s+)?(?:cross(?:es)?|mess(?:es)?\\s+with|lie\\s+to|lies\\s+to|cheat\\s+on|cheats\\s+on|hurt|hurts|screw\\s+me\\s+over|screws\\s+me\\s+over)\\s+me(?![\\p{L}])',
        '{B}enjoy\\s+(?:your|ur|it|him|her|them|the\\s+new)\\b[^.!?\\n]{0,30}?\\bwhile\\s+(?:it|they|he|she|you|u)\\s+(?:lasts?|still\\s+can)(?![\\p{L}])|{B}while\\s+(?:you|u)\\s+still\\s+can(?=\\s*(?:[.!…]|$))',
        "{B}(?:i'?m|i\\s+am|im|i'?ll\\s+be|i\\s+will\\s+be)\\s+(?:always\\s+|still\\s+)?watching\\s+(?:you|u|him|her|them|every\\s+(?:move|step))(?=\\s*(?:[.!,;…]|$)|\\s+(?:closely|every|always|all\\s+the\\s+time|now|day\\s+and\\s+night)\\b)",
        '{B}safe\\s+with\\s+me\\b[^.!?\\n]{0,10}?\\b(?:for\\s+now|for\\s+the\\s+moment|for\\s+the\\s+time\\s+being|as\\s+long\\s+as|unless|until|if\\s+(?:you|u))',
        "{B}(?:i'?d|i\\s+would)\\s+(?:watch\\s+(?:my|your|his|her)\\s+(?:back|step|mouth)|sleep\\s+with\\s+one\\s+eye\\s+open|lock\\s+(?:my|your)\\s+doors?|keep\\s+an\\s+eye\\s+on\\s+(?:my|your|ur)\\s+(?:inbox|phone|mailbox|letterbox|post|back|car|door))\\b[^.!?\\n]{0,20}?\\bif\\s+i\\s+were\\s+(?:you|u|him|her)",
        "{B}(?:you|u|he|she|they)(?:'ll|ll|\\s+will)\\s+(?:get|receive)\\s+what\\s+(?:you|u|he|she|they)\\s+deserves?(?=\\s*(?:[.!,;…]|$)|\\s+(?:one\\s+day|in\\s+the\\s+end|eventually|soon|and\\s+i)\\b)",
        "{B}(?:you|u|he|she|they)(?:'d|\\s+had|d)?\\s+better\\s+(?:watch\\s+(?:out|it|yourself|himself|herself|themselves|your\\s+back|his\\s+back|her\\s+back)|be\\s+careful|sleep\\s+with\\s+one\\s+eye|run|hide)\\b",
        '{B}(?:he|she|they|(?:your|ur)\\s+(?:new\\s+)?(?:boyfriend|girlfriend|bf|gf|partner|man|woman|husband|wife|fianc[ée]e?))\\s+(?:should|might\\s+want\\s+to|needs?\\s+to|ought\\s+to)\\s+(?:be\\s+(?:very\\s+|really\\s+)?careful(?=\\s*(?:[.!,;…]|$)|\\s+(?:walking|going\\s+out|at\\s+night|out\\s+there|who|where|around\\s+(?:me|here)|from\\s+now\\s+on)\\b)|watch\\s+(?:out|it|himself|herself|themselves|his\\s+back|her\\s+back|their\\s+back)|look\\s+over\\s+(?:his|her|their)\\s+shoulder)\\b',
        '(?<=(?:^|[.!?\\n])\\s{0,3})watch\\s+(?:yourself|your\\s+step|urself|ur\\s+step|ur\\s+back|out|it)(?=\\s*(?:[.!]|$))',
        "{B}(?:not\\s+(?:afraid|scared)|won'?t\\s+hesitate|will\\s+not\\s+hesitate|wouldn'?t\\s+hesitate|would\\s+not\\s+hesitate|ready|prepared|willing)\\s+to\\s+(?:use|share|post|show|send|publish|leak|release)\\s+(?:them|it|those|these|this|that|what\\s+i\\s+(?:have|know|found)|everything\\s+i\\s+(?:have|know)|(?:the|your|ur|those|these|my|all\\s+(?:the|your|ur|those|these|my))\\s+(?:\\p{L}+\\s+)?(?:screenshots|messages|texts|photos|pictures|pics|videos|recordings|evidence|emails|information|info|secrets)|evidence)(?![\\p{L}])(?!\\s+(?:to\\s+(?:help|make|improve|be|get\\s+better)|wisely|for\\s+good|well)\\b)",
        "{B}don'?t\\s+(?:think|believe|doubt|assume|imagine)\\s+(?:for\\s+a\\s+(?:second|minute|moment)\\s+)?(?:that\\s+)?i\\s+(?:won'?t|wont|wouldn'?t|will\\s+not|would\\s+not|can'?t|couldn'?t)\\s+(?:do\\s+(?:it|that|this)|tell|post|show|call|go\\s+to|use|expose|send|share|follow\\s+through|come)\\b",
        "{B}don'?t\\s+(?:test|push|try)\\s+me(?=\\s*(?:[.!,;]|$))",
        "{B}(?:you|u|he|she|they)(?:'d|\\s+had|d)?\\s+better\\s+(?:hope|pray)\\s+(?:that\\s+)?i\\s+(?:don'?t|never|won'?t|do\\s+not)\\b",
        "{B}(?:keep|go\\s+on|carry\\s+on|continue)\\s+(?:ignoring|avoiding|blocking|lying\\s+to|pushing)\\s+me\\b[^.!?\\n]{0,20}?\\band\\s+(?:you'?ll\\s+|just\\s+)?see\\s+what\\s+happens",
        "{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i'?m\\s+capable\\s+of|{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i\\s+am\\s+capable\\s+of|{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+who\\s+(?:you'?re|you\\s+are|ur|u\\s+are)\\s+(?:dealing|messing|playing)\\s+with",
        "{B}don'?t\\s+make\\s+me\\s+(?:do\\s+something|come\\s+(?:over|there|to)|show|tell|hurt|expose|use)\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+see\\s+what\\s+happens\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+(?:never|not)\\s+(?:be\\s+)?(?:safe|at\\s+peace|happy\\s+again)\\b(?!\\s+(?:if|unless|until))",
      ].join('|'),
    },
    {
      id: 'veiled',
      // Said sideways: leverage, a consequence after "or", people who will find out, a place or a
      // schedule known, a calm warning. "Sign the papers or the judge hears everything", "Does Sophie
      // know about February? Because she will.", "I know what time your yoga class finishes".
      re: [
        // Exposure as a consequence: "... or the judge hears everything", "or I ring the police".
        `{B}or\\s+(?:else\\s+)?(?:${THIRD}|the\\s+(?:judge|court|police|cops|council|school|press|papers|board|landlord|magistrates?)|people)\\s+(?:hears?|finds?\\s+out|sees?|gets?\\s+(?:to\\s+(?:see|hear|know)|a\\s+copy|the\\s+\\p{L}+)|learns?|knows?|reads?|will\\s+(?:hear|find\\s+out|see|know|learn|read))\\b`,
        "{B}or\\s+(?:else\\s+)?i(?:'ll|\\s+will|ll)?\\s+(?:ring|call|phone|go\\s+to|tell|report\\s+(?:you|u|him|her)\\s+to|contact|email|text|write\\s+to)\\s+(?:the\\s+(?:police|cops|judge|court|council|papers|press|school|landlord)|(?:your|ur|his|her)\\s+(?:boss|employer|manager|husband|wife|parents|mum|mom|dad|family|new\\s+\\p{L}+)|my\\s+(?:solicitor|lawyer|attorney)|everyone|everybody)(?![\\p{L}])",
        // They will find out: "your new boyfriend will find out who you really are", "people will find out what you did".
        `{B}(?:people|everyone|everybody|the\\s+(?:whole\\s+)?world|they|he|she|${THIRD})\\s+(?:will|'ll|are\\s+going\\s+to|is\\s+going\\s+to|are\\s+gonna|is\\s+gonna)\\s+(?:soon\\s+|all\\s+|eventually\\s+|one\\s+day\\s+)?(?:find\\s+out|know|learn|see|hear\\s+about|discover)\\s+(?:what\\s+(?:you|u)\\s+(?:did|done|really\\s+(?:are|did)|are\\s+really|'?ve\\s+done|have\\s+done)|who\\s+(?:you|u)\\s+really\\s+are|what\\s+(?:kind|sort)\\s+of\\s+(?:person|man|woman|girl|guy)\\s+(?:you|u)\\s+(?:really\\s+)?are|the\\s+(?:real|true)\\s+(?:you|u|story)|the\\s+truth\\s+about\\s+(?:you|u))(?![\\p{L}])`,
        `{B}(?:${THIRD}|he|she|they|people|everyone)\\s+(?:should|deserves?\\s+to|has\\s+a\\s+right\\s+to|have\\s+a\\s+right\\s+to|needs?\\s+to|ought\\s+to)\\s+know\\s+(?:what\\s+(?:kind|sort)\\s+of\\s+(?:person|man|woman|girl|guy)\\s+(?:you|u)\\s+(?:really\\s+)?are|who\\s+(?:you|u)\\s+really\\s+are|what\\s+(?:you|u)\\s+(?:did|really\\s+did|'?ve\\s+done|have\\s+done|are\\s+really\\s+like)|the\\s+truth\\s+about\\s+(?:you|u)|the\\s+real\\s+(?:you|u))(?![\\p{L}])`,
        "^\\s*(?:because|'?cause|cos|coz|well)\\s+(?:he|she|they|everyone|everybody|people)\\s+will(?:\\s+(?:soon|soon\\s+enough))?(?=\\s*(?:[.!…]|$))",
        // Someone close who doesn't know yet: "there's a lot she doesn't know yet".
        `{B}(?:a\\s+lot|plenty|lots|things|so\\s+much|stuff)\\s+(?:that\\s+)?(?:he|she|they|${THIRD})\\s+(?:doesn'?t|don'?t|does\\s+not|do\\s+not|still\\s+(?:doesn'?t|don'?t))\\s+know(?:\\s+about\\s+(?:you|u|us))?\\s+yet(?![\\p{L}])`,
        // "we'll see who's laughing", "who'll have the last laugh", "we'll see about that".
        "{B}(?:we'?ll|we\\s+will)\\s+see\\s+who'?s\\s+(?:laughing|sorry|crying)|{B}(?:we'?ll|we\\s+will)\\s+see\\s+who\\s+(?:laughs|has\\s+the\\s+last\\s+laugh)|{B}i(?:'ll|\\s+will)\\s+(?:have|get)\\s+the\\s+last\\s+laugh|{B}(?:we'?ll|we\\s+will)\\s+see\\s+about\\s+that(?=\\s*(?:[.!…]|$))",
        "{B}(?:your|ur|his|her)\\s+(?:precious\\s+|little\\s+|perfect\\s+|shiny\\s+|squeaky[- ]clean\\s+|good\\s+)?(?:reputation|career|marriage|name|image|business|licen[cs]e)\\s+(?:won'?t|will\\s+not|wouldn'?t|would\\s+not|isn'?t\\s+going\\s+to|is\\s+not\\s+going\\s+to|can'?t|couldn'?t)\\s+(?:survive|recover\\s+from)\\s+(?:what\\s+i\\s+(?:know|have|'?ve\\s+got)|this|that|me|it|the\\s+truth)",
        // The means, held: "It would take me five minutes to forward those emails to the board".
        "{B}(?:would|'d|will|'ll|could)\\s+(?:only\\s+)?take\\s+(?:me\\s+)?(?:\\p{L}+\\s+){0,2}?(?:minutes?|seconds?|click|call|phone\\s+call|email|text)\\s+to\\s+(?:forward|send|post|show|tell|ring|call|email|share|upload|report|leak|ruin|expose|end)\\b",
        `{B}(?:easy|simple)\\s+for\\s+(?:them|it|those|these|the\\s+\\p{L}+)\\s+to\\s+(?:end\\s+up|get\\s+out|leak|go\\s+(?:viral|public|online|round|around)|find\\s+(?:its|their)\\s+way|get\\s+(?:sent|shared|posted|forwarded))`,
        "{B}(?:shame|pity)\\s+if\\s+(?:the|those|these|that|this|your|ur|some|any\\s+of\\s+(?:the|those|your))\\s+(?:[\\p{L}']+\\s+){0,7}?(?:ended\\s+up|got\\s+out|leaked|went\\s+(?:viral|public|round|around)|found\\s+(?:its|their)\\s+way|made\\s+(?:its|their)\\s+way|got\\s+(?:sent|passed|shared|forwarded|posted))(?![\\p{L}])",
        "{B}i\\s+(?:still\\s+)?(?:know|have|'ve\\s+(?:still\\s+)?got|kept)\\s+(?:your|ur|his|her)\\s+(?:icloud|email|e-mail|phone|instagram|insta|ig|facebook|fb|gmail|bank|banking|laptop|snapchat|snap|google|apple|work)\\s+(?:passwords?|pin|passcode|login|logins|details)(?![\\p{L}])",
        "{B}i\\s+(?:still\\s+)?(?:have|'ve\\s+(?:still\\s+)?got|kept|got)\\s+(?:a|the|your|ur|my|a\\s+spare|the\\s+spare)\\s+(?:spare\\s+)?keys?(?![\\p{L}])[^.!?\\n]{0,30}?(?:in\\s+case\\s+(?:you|u)\\s+(?:were\\s+wondering|forgot)|just\\s+saying|just\\s+so\\s+(?:you|u)\\s+know|remember\\s+that|(?:don'?t|dont)\\s+forget)",
        "{B}i\\s+(?:still\\s+)?(?:have|'ve\\s+(?:still\\s+)?got|kept|saved)\\b[^.!?\\n]{0,60}?\\b(?:the\\s+ones?|which|that)\\s+(?:you|u)\\s+(?:made\\s+me\\s+promise|asked\\s+me|told\\s+me|begged\\s+me|wanted\\s+me|made\\s+me\\s+swear)\\s+to\\s+(?:delete|destroy|get\\s+rid\\s+of|burn|throw\\s+away|erase|bin)(?![\\p{L}])",
        // People they know: "I happen to know a journalist at the Echo", "I know people at your firm".
        '{B}i\\s+(?:happen\\s+to\\s+know|know)\\s+(?:a|an|some|a\\s+few)\\s+(?:journalists?|reporters?|(?:people|guys|lads)\\s+who\\s+(?:could|can|would|will|owe\\s+me))(?![\\p{L}])|{B}i\\s+(?:happen\\s+to\\s+)?know\\s+(?:people|someone|somebody|a\\s+few\\s+people|some\\s+people)\\s+(?:at|in)\\s+(?:your|ur|his|her)\\s+\\p{L}+(?=\\s*(?:[.!,;…]|$)|\\s+(?:too|as\\s+well|who|that|more\\s+than)\\b)',
        `{B}(?:(?:not|n't)\\s+the\\s+only\\s+one\\s+who\\s+(?:can|could|knows?\\s+how\\s+to)|i\\s+can\\s+(?:also|too))\\s+(?:make\\s+(?:a\\s+)?(?:phone\\s+)?call|ring|report|play\\s+(?:that|this|dirty)|make\\s+trouble|make\\s+things\\s+difficult|go\\s+to\\s+the\\s+(?:police|council|court|papers))`,
        "{B}(?:make\\s+a\\s+scene|do\\s+anything|tell\\s+\\p{L}+|show\\s+up|turn\\s+up|cause\\s+(?:trouble|a\\s+scene))\\b[^.!?\\n]{0,40}?\\bbut\\s+(?:i'?m|i\\s+am|im)\\s+(?:not\\s+promising\\s+anything|making\\s+no\\s+promises)|{B}long\\s+memor(?:y|ies)\\b[^.!?\\n]{0,20}?\\band\\s+so\\s+do\\s+i\\b|{B}i\\s+(?:have|'ve\\s+got)\\s+a\\s+(?:very\\s+)?long\\s+memory(?![\\p{L}])",
        "{B}(?:i'?d|i\\s+would)\\s+(?:think|be)\\s+(?:very\\s+|really\\s+|long\\s+and\\s+)?(?:hard|carefully|twice|careful)\\s+(?:about|before)\\s+(?:how|what)\\s+(?:you|u)\\s+(?:say|tell|describe|talk|write|post|do\\s+next|say\\s+next)\\b|{B}(?:i'?d|i\\s+would)\\s+(?:think|be)\\s+(?:very\\s+|really\\s+|long\\s+and\\s+)?(?:hard|carefully|twice|careful)\\s+before\\s+(?:telling|saying\\s+anything|describing|badmouthing|talking\\s+about\\s+me|going\\s+(?:to\\s+)?(?:the\\s+police|a\\s+lawyer|court))",
        "{B}(?:what|how)\\s+(?:your|ur|his|her)\\s+(?:new\\s+)?(?:\\p{L}+\\s+)?(?:friends|family|parents|boss|colleagues|coworkers|mum|mom|dad|husband|wife|boyfriend|girlfriend|partner|church|congregation|neighbours|neighbors)(?:\\s+(?:at|in|from)\\s+(?:the\\s+)?\\p{L}+)?\\s+(?:would|will|might)\\s+(?:think|say|make)\\s+(?:of|about)\\s+(?:the\\s+real\\s+(?:you|u|him|her)|what\\s+(?:you|u)\\s+(?:did|really\\s+did|'?ve\\s+done|get\\s+up\\s+to)|your\\s+(?:little\\s+)?secrets?)",
        "{B}(?:your|ur|his|her)\\s+(?:new\\s+)?(?:address|number|flat|place|house|workplace|office|email)\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not|wasnt|isnt)\\s+(?:that\\s+|very\\s+|so\\s+)?(?:hard|difficult|tricky)\\s+to\\s+(?:find|get|track\\s+down|work\\s+out)",
        "{B}(?:i'?m\\s+sure\\s+)?(?:he|she|they)(?:'d|\\s+would)\\s+(?:love|like|be\\s+(?:very\\s+|really\\s+)?interested)\\s+to\\s+(?:hear|know|learn)\\s+(?:all\\s+)?about\\s+(?:us|you\\s+and\\s+me|what\\s+(?:you|u|we)\\s+(?:did|got\\s+up\\s+to)|the\\s+affair|that\\s+night|(?:our|your|ur)\\s+(?:affair|weekends?|nights?|little\\s+\\p{L}+))(?![\\p{L}])",
        `{B}(?:${THIRD}|he|she|they)\\s+(?:might|may|would|could|'d|will|'ll)\\s+(?:be\\s+)?(?:very\\s+|really\\s+|most\\s+|quite\\s+|so\\s+)?(?:interested|curious|keen|fascinated|surprised|shocked)\\s+(?:in|by|to\\s+(?:see|hear|know|learn|read|find\\s+out))\\s+(?:about\\s+)?what\\s+i(?:'ve|\\s+have)?\\s+(?:got|have|know|found|saved|kept|seen|heard)`,
        `{B}(?:${THIRD}|he|she|they)\\s+(?:would|might|may|could|'d)\\s+(?:really\\s+|very\\s+much\\s+)?(?:like|love|want|be\\s+(?:very\\s+|really\\s+)?interested)\\s+to\\s+(?:know|hear|learn|find\\s+out)\\s+(?:all\\s+)?about\\s+(?:your|ur|his|her)\\s+(?:little|secret|cosy|cozy|dirty|private|sordid|naughty|special\\s+little)\\s+\\p{L}+`,
        "{B}(?:won'?t|will\\s+not|wont|can'?t|cannot)\\s+be\\s+(?:held\\s+)?responsible\\s+for\\s+(?:what\\s+(?:happens|i\\s+(?:do|might\\s+do|'?ll\\s+do))|my\\s+actions)(?=\\s*(?:[.!,;…]|$)|\\s+(?:next|then|to\\s+(?:him|her|you|u|them))\\b)",
        '{B}i\\s+know\\s+(?:where|what\\s+time|when|which\\s+\\p{L}+)\\s+(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?(?:class|classes|shift|shifts|session|training|practice|lessons?|work|school|kids?|children|son|daughter|boyfriend|girlfriend|partner|husband|wife|bf|gf|bloke|man|fella|new\\s+\\p{L}+)\\s+(?:finish(?:es)?|ends?|starts?|leaves?|lives?|works?|parks?|goes|gets\\s+(?:home|out|off)|sleeps?|trains?)(?![\\p{L}])',
        `{B}${I_WILL}\\s+(?:show\\s+up|turn\\s+up|come|appear|stand\\s+up)\\s+(?:at|to)\\s+(?:your|ur|the|his|her)\\s+(?:wedding|work|office|job|party|engagement\\s+party|reception|church|family\\s+dinner|parents'?\\s+(?:house|place)|graduation)\\s+and\\s+(?:make|cause|start|tell|say|ruin|embarrass|expose|object|scream|shout)\\b`,
        `{B}${I_WILL}\\s+make\\s+(?:your|ur|his|her|their)\\s+(?:life|lives|job|work|new\\s+life)\\s+(?:very\\s+|really\\s+|extremely\\s+|so\\s+)?(?:difficult|hard|unpleasant|complicated|uncomfortable|awkward|interesting)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+tell\\s+(?:the\\s+(?:kids|children|boys|girls)|(?:your|ur|our)\\s+(?:kids|children|son|daughter|boss|parents|mum|mom|dad|husband|wife|friends|family|new\\s+\\p{L}+))\\s+(?:exactly\\s+|precisely\\s+)?(?:why\\s+(?:you|u|their\\s+(?:dad|mum|mom|father|mother))\\s+(?:left|really\\s+left|cheated|lied)|the\\s+real\\s+reason|what\\s+(?:you|u|their\\s+(?:dad|mum|mom|father|mother))\\s+(?:did|really\\s+did|is\\s+really\\s+like|are\\s+really\\s+like|really\\s+(?:is|are)))`,
        `{B}${I_WILL}\\s+(?:tell|show)\\s+${AUDIENCE}\\s+the\\s+(?:real|true|whole)\\s+story(?![\\p{L}])(?!\\s+(?:of|about)\\s+(?:me|my|how\\s+(?:i|we\\s+met)))(?![^.!?\\n]{0,5}[:—–-]\\s*(?:i|it\\s+was\\s+(?:me|my)))`,
        "{B}(?:you|u|he|she|they)(?:'ll|ll|\\s+will|'re\\s+going\\s+to|\\s+are\\s+going\\s+to|'re\\s+gonna|\\s+(?:is|are)\\s+gonna)\\s+(?:find\\s+out|learn|see)\\s+(?:it\\s+|that\\s+)?the\\s+hard\\s+way",
        `{B}(?:i'?d|i\\s+would)\\s+hate\\s+for\\s+(?:${THIRD}|the\\s+(?:\\p{L}+\\s+){0,2}?(?:council|board|police|school|hospital|court|judge|press|papers|regulator|church|committee|employer|landlord|authorities|bank|firm|union|club|tribunal))\\s+to\\s+(?:hear|find\\s+out|learn|know|see|read|get\\s+wind|discover)\\b`,
        "{B}i\\s+(?:still\\s+)?(?:have|kept|saved|'ve\\s+(?:still\\s+)?(?:got|kept|saved))\\s+(?:all\\s+)?(?:the|those|these|your|ur|our|some|a\\s+few)\\s+(?:\\p{L}+\\s+)?(?:photos|pictures|pics|videos|vids|screenshots|recordings|nudes)(?![\\p{L}])(?=[^.!?\\n]{0,40}?[.!;,—–-]\\s*(?:think\\s+about\\s+(?:that|it)|(?:just\\s+)?remember\\s+that|keep\\s+that\\s+in\\s+mind|bear\\s+that\\s+in\\s+mind)\\s*(?:[.!…]|$))",
        "{B}(?:to|better|should|'d|had|might\\s+want\\s+to|i\\s+would)\\s+sleep\\s+with\\s+one\\s+eye\\s+open",
        "{B}(?:watch|see|wait\\s+and\\s+see|just\\s+see)\\s+what\\s+happens\\s+(?:if|when|the\\s+(?:next\\s+)?(?:moment|minute|day|second|time))\\s+(?:you|u|he|she)\\s+(?:block|blocks|ignore|ignores|don'?t|dont|try|tries|tell|tells|report|call|leave|marry|marries|move\\s+on|cross|lie|cheat|choose|pick|bring)\\b",
        "{B}(?:this|it)\\s+(?:isn'?t|is\\s+not|ain'?t|'s\\s+not|is\\s+far\\s+from|is\\s+nowhere\\s+near)\\s+(?:over|finished|done)(?:\\s+(?:yet|between\\s+us))?\\s*[,.!—–-]*\\s*(?:not\\s+by\\s+a\\s+long\\s+(?:shot|way|chalk)|not\\s+until\\s+i\\s+say\\s+(?:so|it\\s+is)|mark\\s+my\\s+words)",
      ].join('|'),
    },
  ],
  antipatterns: [
    // "I know where you work is stressful", "I know when your shift ends is up to you": a clause, not a whereabouts.
    "\\bknow\\s+(?:where|when|what\\s+time)\\s+(?:you|u|he|she|they|(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?\\p{L}+)\\s+\\p{L}+\\s+(?:is|was|has|must|can|seems|sounds|'s|feels)\\b",
    // Knowing their schedule to stay out of the way: "I know when your class finishes, so I'll go earlier".
    "\\bknow\\s+(?:where|what\\s+time|when|which\\s+\\p{L}+)\\s+(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+){1,2}\\p{L}+\\b[^.!?\\n]{0,40}?\\b(?:post|send|return|drop|bring|forward|mail|so\\s+(?:that\\s+)?i|avoid|stay\\s+away|keep\\s+away|pick\\s+(?:you|u|him|her|them)\\s+up|(?:won'?t|wont|never)\\s+(?:go|come|be))\\b",
    // Knowing their address in order to send something back: "I know where you live now, so I'll post your books".
    "\\bknow\\s+(?:where|what\\s+time|when|which\\s+\\p{L}+)\\s+(?:you|u|he|she|they)\\s+\\p{L}+\\b[^.!?\\n]{0,40}?\\b(?:post|send|return|drop|bring|forward|mail|so\\s+(?:that\\s+)?i|avoid|stay\\s+away|keep\\s+away|(?:won'?t|wont|never)\\s+(?:go|come|be))\\b",
    // Offering things back: "I still have the photos from our trip, if you ever want them".
    "\\b(?:if|whenever)\\s+(?:you|u)\\s+(?:ever\\s+)?(?:want|need|'?d\\s+like|would\\s+like)\\s+(?:them|it|copies|a\\s+copy|any)\\b|\\b(?:want|like|need)\\s+(?:them|it)\\s+back\\b|\\b(?:deleted|destroyed|burned|burnt|got\\s+rid\\s+of)\\b",
    // Worry, or fear of doing harm, is not a threat: "I'm scared I'll hurt her feelings".
    "\\b(?:afraid|scared|worried|terrified|fear|don'?t\\s+want|never\\s+want|would\\s+never|will\\s+never|won'?t\\s+ever)\\b[^.!?\\n]{0,20}?\\b(?:i'?ll|i\\s+will|i\\s+might|i\\s+could|to)\\s+(?:hurt|ruin|destroy)",
    '\\b(?:hurt|ruin|destroy)\\s+(?:his|her|their|your)\\s+(?:feelings|chances)\\b',
    // A worry or a guess about their regret is not intimidation: "I'm afraid you'll regret it", "maybe one day you'll regret it".
    "\\b(?:afraid|worried|worry|fear|scared|hope|pray|maybe|perhaps)\\b[^.!?,;\\n]{0,15}?\\b(?:that\\s+)?(?:you|u)(?:'ll|\\s+will|ll)\\s+(?:\\p{L}+\\s+){0,2}regret",
  ],
  examples: [
    { flagged: "[[You'll regret this]].", pattern: 'you-will-regret' },
    { flagged: "Believe me, [[I'll tell everyone what you did]].", pattern: 'expose' },
    { flagged: '[[One day you will be sorry you left me]].', pattern: 'you-will-regret' },
    { flagged: '[[im gonna post ur pics on insta]], if u dont answer', pattern: 'expose' },
    { flagged: '[[I will tell your husband about us]].', pattern: 'expose' },
    { flagged: "[[I swear I'll make your life hell]].", pattern: 'revenge' },
    { flagged: "[[I'll ruin your reputation at work]].", pattern: 'revenge' },
    { flagged: '[[I know where you live now]].', pattern: 'intimidate' },
    { flagged: "[[He'd better watch his back]].", pattern: 'intimidate' },
    { flagged: '[[i still have ur password]], btw', pattern: 'intimidate' },
    { flagged: "[[I'm going to call your wife]].", pattern: 'expose' },
    { flagged: '[[Do you want your boss to see those photos]]?', pattern: 'expose' },
    { flagged: "[[I'll come round and smash your windows]].", pattern: 'revenge' },
    { flagged: '[[I will make sure you lose custody]].', pattern: 'revenge' },
    { flagged: "[[I'll let your brother know everything]].", pattern: 'expose' },
    { flagged: 'Just so you know, [[I have screenshots of every message]].', pattern: 'intimidate' },
    { flagged: '[[It would be a pity if your boss found out]].', pattern: 'intimidate' },
    { flagged: "[[You'll be hearing from my solicitor]].", pattern: 'revenge' },
    { flagged: 'Remember, [[I know things about you that could ruin you]].', pattern: 'intimidate' },
    { flagged: 'Stay away from him, [[or else]].', pattern: 'intimidate' },
    { flagged: '[[Your boyfriend had better watch himself]].', pattern: 'intimidate' },
    { flagged: "[[If I see him I'll break his legs]].", pattern: 'revenge' },
    { flagged: "[[I'll send your wife the screenshots]].", pattern: 'expose' },
    { flagged: "[[I'll post everything on Facebook]].", pattern: 'expose' },
    { flagged: '[[How would your mum feel if she saw these texts]]?', pattern: 'intimidate' },
    { flagged: '[[You will live to regret this]].', pattern: 'you-will-regret' },
    { flagged: '[[People like him always pay in the end]].', pattern: 'you-will-regret' },
    { flagged: "[[You won't get away with this]], Dan.", pattern: 'you-will-regret' },
    { flagged: "[[I'll stick your diaries online]].", pattern: 'expose' },
    {
      flagged: '[[Your wife might be interested to hear where you really were on Friday]].',
      pattern: 'expose',
    },
    { flagged: '[[Just wait till your mum hears about this]].', pattern: 'expose' },
    { flagged: "[[i've still got the screenshots]], just saying", pattern: 'intimidate' },
    { flagged: "[[Don't forget I still have all your texts]].", pattern: 'intimidate' },
    {
      flagged: 'I kept the photos from that weekend; [[your husband would find them fascinating]].',
      pattern: 'intimidate',
    },
    { flagged: "[[I won't take this lying down]].", pattern: 'intimidate' },
    { flagged: '[[It would be a shame if something happened to your car]].', pattern: 'intimidate' },
    { flagged: '[[I know what time she finishes work]].', pattern: 'intimidate' },
    { flagged: "[[I'll get you back for this]], trust me.", pattern: 'revenge' },
    { flagged: "[[I'll make sure he never works in this town again]].", pattern: 'revenge' },
    { flagged: '[[Your husband is going to get a visit from me]].', pattern: 'expose' },
    { flagged: "[[I'll drop by and have a quiet word with your manager]].", pattern: 'expose' },
    { flagged: "[[It'd be a real shame if those pictures got out]].", pattern: 'intimidate' },
    { flagged: '[[Everyone at the club is going to hear about this]].', pattern: 'expose' },
    { flagged: "[[I'll let the air out of his tyres]].", pattern: 'revenge' },
    { flagged: "[[I'll take you for every penny you've got]].", pattern: 'revenge' },
    { flagged: '[[Enjoy your new life while it lasts]].', pattern: 'intimidate' },
    { flagged: "[[I'm watching you]], Dee.", pattern: 'intimidate' },
    { flagged: '[[Your secret is safe with me, for now]].', pattern: 'intimidate' },
    { flagged: '[[Careful, I still have the key to your flat]].', pattern: 'intimidate' },
    { flagged: "[[You'll find out what happens when people cross me]].", pattern: 'intimidate' },
    { flagged: '[[You have been warned]].', pattern: 'intimidate' },
    { flagged: "[[I'd think very carefully about your next move]].", pattern: 'intimidate' },
    { flagged: '[[Something bad is going to happen if you keep this up]].', pattern: 'intimidate' },
    { flagged: "[[You don't want me as an enemy]].", pattern: 'intimidate' },
    { flagged: "[[I'll make you wish you'd never met me]].", pattern: 'intimidate' },
    { flagged: "[[Your dirty little secret won't stay secret]].", pattern: 'intimidate' },
    { flagged: "[[I've got pics of you that your wife would love]].", pattern: 'intimidate' },
    { flagged: '[[I will be contacting your employer regarding your conduct]].', pattern: 'expose' },
    { flagged: '[[My solicitor will be in touch]].', pattern: 'expose' },
    { flagged: '[[watch urself]]', pattern: 'intimidate' },
    { flagged: '[[ill tell every1 wat u did]]', pattern: 'expose' },
    { flagged: '[[ur gonna pay 4 this]]', pattern: 'you-will-regret' },
    { flagged: '[[Sign the papers fairly or the judge hears everything]].', pattern: 'veiled' },
    { flagged: '[[people will find out what you did]], trust me on that', pattern: 'veiled' },
    {
      flagged: '[[Your new boyfriend should know what kind of person you really are]], and he will.',
      pattern: 'veiled',
    },
    { flagged: 'Does Sophie know about February? [[Because she will]].', pattern: 'veiled' },
    { flagged: "Your mum and I still talk, [[and there's a lot she doesn't know yet]].", pattern: 'veiled' },
    { flagged: "[[i'll be outside ur house tonight and we'll see who's laughing]]", pattern: 'veiled' },
    { flagged: "[[Your precious reputation won't survive what I know]].", pattern: 'veiled' },
    { flagged: '[[It would take me five minutes to forward those emails to the board]].', pattern: 'veiled' },
    {
      flagged: '[[Be a shame if the doorbell camera footage from that night ended up on the group chat]].',
      pattern: 'veiled',
    },
    { flagged: '[[i still know ur icloud password just so u know]]', pattern: 'veiled' },
    { flagged: '[[I still have a key, in case you were wondering]].', pattern: 'veiled' },
    {
      flagged: '[[I still have the photos from Mykonos, the ones you made me promise to delete]].',
      pattern: 'veiled',
    },
    { flagged: '[[I happen to know a journalist at the Echo]].', pattern: 'veiled' },
    { flagged: '[[I know people at your firm]], Daniel.', pattern: 'veiled' },
    {
      flagged: "[[You're not the only one who can make a phone call to the council about that extension]].",
      pattern: 'veiled',
    },
    { flagged: '[[People in this village have long memories, and so do I]].', pattern: 'veiled' },
    {
      flagged: "[[I'd think very carefully about how you describe me to the kids' school]], if I were you.",
      pattern: 'veiled',
    },
    { flagged: '[[I wonder what your friends at church would think of the real you]].', pattern: 'veiled' },
    { flagged: "[[Your new address wasn't hard to find]].", pattern: 'veiled' },
    { flagged: "[[I'm sure he'd love to hear about us]].", pattern: 'veiled' },
    {
      flagged: "[[your parents would be very interested in what i've got on my phone]]",
      pattern: 'veiled',
    },
    { flagged: "[[If I see him again I won't be responsible for what happens]].", pattern: 'veiled' },
    { flagged: '[[I know what time your yoga class finishes on Wednesdays]].', pattern: 'veiled' },
    {
      flagged: "[[Maybe I'll show up at your wedding and tell everyone the real story]].",
      pattern: 'veiled',
    },
    { flagged: '[[I could make your life very difficult]], you know.', pattern: 'veiled' },
    { flagged: "If you won't see me, [[I'll tell the kids exactly why their dad left]].", pattern: 'veiled' },
    { flagged: "[[You'll find out the hard way]].", pattern: 'veiled' },
    { flagged: '[[Tell your new man to sleep with one eye open]].', pattern: 'veiled' },
    { flagged: '[[Watch what happens if you block me]].', pattern: 'veiled' },
    {
      flagged: '[[Maybe your boss would like to know about your little weekend in Cardiff]].',
      pattern: 'veiled',
    },
    { notFlagged: 'Your mum would love to hear about your new job, she asks after you.' },
    { flagged: "[[This isn't over, not by a long shot]].", pattern: 'veiled' },
    { flagged: "[[I'd hate for your family to learn the truth about you]].", pattern: 'veiled' },
    { flagged: '[[I still have the pictures from that night]]. Think about that.', pattern: 'veiled' },
    { notFlagged: 'I know where you work is stressful right now, so no rush.' },
    { notFlagged: "I'll fight for us, if you let me." },
    { notFlagged: "I'll tell you the truth: I was scared." },
    { notFlagged: "I'll tell everyone the real story: it was me who messed up." },
    { notFlagged: 'Maybe one day people will find out we were happy once.' },
    { notFlagged: "This isn't over for me, not yet, but I respect your choice." },
    { notFlagged: 'I know people at your firm miss you already.' },
    { notFlagged: "I'd think carefully about the flat in Leeds if I were you, it looked damp." },
    { notFlagged: "I know when your shift ends, so I'll drop the keys off before then." },
    { notFlagged: "I'll show up at your party only if you invite me." },
    { notFlagged: 'Consider this my final letter.' },
    { notFlagged: "I'd think carefully about the job offer, it sounds great." },
    { notFlagged: "You'll wish you'd brought a coat, it's freezing here." },
    { notFlagged: "I was warned you'd be upset, and that's fair." },
    { notFlagged: 'My friends will find it funny that I wrote a letter.' },
    { notFlagged: 'Enjoy your new life, you deserve it.' },
    { notFlagged: "I still have the key to your flat; I'll post it back." },
    { notFlagged: "I'll burn the letters I wrote you and never sent." },
    { notFlagged: "I'm watching the football, thinking of you." },
    { notFlagged: 'Your secret is safe with me, always.' },
    { notFlagged: "I'll make sure the kids see you every weekend." },
    { notFlagged: "I'll tell everyone how much you meant to me." },
    { notFlagged: 'I still have the photos from our trip to Crete, if you ever want copies.' },
    { notFlagged: "I know which bus you take, so I'll take the earlier one from now on." },
    { notFlagged: "Your mum would love to hear how you're getting on." },
    { notFlagged: "I'll go quietly, as you asked." },
    { notFlagged: 'I deleted the screenshots last week, all of them.' },
    { notFlagged: 'Wait till your mum hears the news about your promotion, she will be thrilled.' },
    { notFlagged: 'I think your dad would find the book interesting.' },
    { notFlagged: "You'll regret nothing, I promise; it will be your choice." },
    { notFlagged: "I won't tell anyone what you told me." },
    { notFlagged: "I'll show you the photos from our trip if you ever want them." },
    { notFlagged: "You won't regret giving us one more conversation." },
    { notFlagged: "I'd regret it forever if I didn't write this." },
    { notFlagged: "I'm scared I'll hurt you again, so I'm getting help." },
    { notFlagged: "I'll get even better at listening, I promise." },
    { notFlagged: 'I can post your jumper back to you if you want.' },
    { notFlagged: 'What you told me about your dad stays between us, always.' },
    { notFlagged: "I'm afraid you'll regret it, but it's your choice and I respect it." },
    { notFlagged: 'My sister said "you will regret this" and maybe she was right.' },
    { notFlagged: "I'll make sure you don't have to see me again." },
    { notFlagged: "I know where you live now, so I'll post your books back." },
    { notFlagged: "I'd hate for you to think I'm still angry." },
    { notFlagged: "I'll take the kids to the park on Saturday, as we agreed." },
    { notFlagged: "It would be easy for me to tell you I'm fine, but I'm not." },
    { notFlagged: "I won't hesitate to ask for help this time." },
    { notFlagged: "I'll send your mum the photos of the christening, she asked for them." },
    { notFlagged: 'How would your mum feel if she knew we were talking again? Happy, I think.' },
    { notFlagged: 'Or else we could meet at the café, whichever you prefer.' },
  ],
})
