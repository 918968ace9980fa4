// Intimidation, exposure and revenge: "you'll regret this", "I'll tell everyone what you did",
// "I know where you live". Telling everyone something kind, or promising discretion, is not a threat.

import { LEGAL_MATTERS } from '../../../lexicon/en/logistics.js'
import {
  KIDS,
  MAN_OR_WOMAN,
  MUM_OR_DAD,
  PARTNER_INFORMAL,
  PARTNER_TITLES,
} from '../../../lexicon/en/people.js'
import {
  BACK_STRAIN,
  DISCLOSE,
  EXPOSED,
  HARM_ACTS,
  HARM_TO_ANYONE,
  I_WILL,
  KIND_WISH,
  LEAKABLE,
  LITERAL_HAZARDS,
  NOT_A_HAZARD,
  ONE_FROM_ME,
  PLATFORMS,
  PRIVATE_MEDIA,
  REACH,
  REACH_PEOPLE,
  TAKE_FROM_YOU,
  THEIR_STAKES,
  THEM_AS_OBJECT,
  UNDONE,
  WHEREABOUTS,
  WRITER_ACTS,
  WRITER_DOING,
  YOU_AS_OBJECT,
} from '../../../lexicon/en/threat.js'
import { defineRule } from '../define.js'

/** People the reader would not want told, or a platform: the lexicon's REACH (their people, work, community, the authorities, online). */
const AUDIENCE = REACH
/** What they would not want shown or told. */
const SECRETS =
  "(?:how\\s+(?:you|u)\\s+(?:really\\s+)?spen[dt]\\s+(?:your|ur)\\s+(?:\\p{L}+\\s+)?(?:nights?|evenings?|weekends?|lunch(?:\\s+breaks?)?|breaks|time|money|days|afternoons|mornings|trips|expenses|nights\\s+away)(?![\\p{L}])|what\\s+really\\s+happened(?![\\p{L}])|wh?at\\s+(?:you|u)\\s+(?:did|done|'?ve\\s+done|have\\s+done|really\\s+(?:are|did)(?![\\p{L}])|are(?![\\p{L}]))|who\\s+(?:you|u)\\s+really\\s+(?:are|is)(?![\\p{L}])|what\\s+(?:kind|sort)\\s+of\\s+(?:person|man|woman|girl|guy|mother|mum|mom|father|dad|wife|husband|partner|friend|human(?:\\s+being)?)\\s+(?:you|u)\\s+(?:really\\s+)?(?:are|is)|how\\s+(?:you|u)\\s+(?:really\\s+)?(?:treated|cheated|lied|used)|the\\s+truth\\s+about\\s+(?:you|u|us|what)|the\\s+truth(?![\\p{L}])(?!\\s*[:,—–-]?\\s*(?:that\\s+)?(?:i|it\\s+was\\s+(?:me|my|all\\s+me))\\b)(?!\\s+about\\s+(?:me|myself|what\\s+i|my|how\\s+i)\\b)|(?:all\\s+)?(?:your|ur)\\s+(?:dirty\\s+)?(?:little\\s+)?secrets?|how\\s+(?:you|u)\\s+really\\s+\\p{L}+|where\\s+(?:you|u)\\s+really\\s+(?:were|went|are|go|spent|slept|sleep)(?![\\p{L}])|who\\s+(?:you|u)\\s+(?:were\\s+)?really\\s+(?:with|seeing|sleeping\\s+with)|what\\s+(?:you|u|he|she|(?:her|his|their)\\s+(?:mother|mum|mom|father|dad))\\s+(?:really\\s+)?(?:get|gets|got|were|was)\\s+up\\s+to|why\\s+(?:i'?m\\s+(?:here|there)|i\\s+am\\s+(?:here|there)|we\\s+(?:really\\s+)?(?:broke\\s+up|split|ended)|(?:you|u)\\s+(?:really\\s+)?(?:left|lied|cheated))(?![\\p{L}])|about\\s+(?:us|your\\s+affair|the\\s+affair|our\\s+affair|what\\s+(?:you|u|we)\\s+did)\\b|everything\\s+(?:about\\s+(?:you|u|us)|you\\s+(?:did|told\\s+me))|(?:your|ur|that|the|this)\\s+(?:private\\s+|intimate\\s+|naked\\s+|nude\\s+|sexy\\s+)?(?:video|vid|recording|screenshot|sex\\s+tape)(?![\\p{L}])(?!\\s+(?:of|from)\\s+(?:the|our|my|your)\\s+(?:garden|trip|holiday|wedding|house|kids|dog|cat|party|baby|flat|christening|graduation|concert|gig|birthday)\\b)|(?:your|ur|those|the|these|our|all\\s+(?:the|your|ur|our|those|these))\\s+(?:private\\s+|intimate\\s+|naked\\s+|nude\\s+|sexy\\s+|personal\\s+)?(?:nudes|videos|vids|screenshots|messages|texts|dms|emails|recordings|voice\\s*notes|chats)|(?:your|ur|those|these|our|all\\s+(?:your|ur|our|those|these)|the\\s+(?:private|intimate|naked|nude|sexy))\\s+(?:photos|pictures|pics|letters|diary)|the\\s+real\\s+(?:you|u)(?![\\p{L}]))"

/** Their messages or pictures held by the writer: "all your texts", "the photos from the Bali trip". */
const MEDIA =
  '(?:(?:all\\s+(?:of\\s+)?|every\\s+|each\\s+)?(?:the|those|these|your|ur|our|his|her|my)?\\s*(?:\\p{L}+\\s+){0,2}?(?:photos|photographs|pictures|pics|messages|texts|text|message|screenshots|videos|vids|video|photo|picture|pic|recording|emails|recordings|voice\\s*notes|nudes|dms|chats)(?![\\p{L}])|(?:the|a|your|ur|my)\\s+(?:spare\\s+)?keys?\\s+(?:to|for)\\s+(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:passwords?|passcode|pin|login|new\\s+address)(?![\\p{L}]))'

/** People close to the reader, as the ones who would find out. */
const THIRD = `(?:(?:your|ur|his|her)\\s+(?:new\\s+)?(?:boss|employer|manager|${PARTNER_TITLES}|bf|gf|partner|fianc[ée]e?|parents|family|mum|mom|dad|mother|father|sister|brother|kids|children|friends|colleagues|coworkers|co-workers|pastor|priest|vicar|minister|imam|rabbi|elders|congregation|church|mosque|headteacher|principal|landlord|landlady|in-laws|mother-in-law|father-in-law|brother-in-law|sister-in-law)|(?<![\\p{L}'])\\p{L}{1,20}'s\\s+(?:boss|wife|husband|girlfriend|boyfriend|partner|parents|family|mum|mom|dad)|every(?:one|body|\\s+single\\s+person|\\s+one)(?:\\s+(?:at|in|from)\\s+(?:your|ur|the|his|her)?\\s*(?:new\\s+)?\\p{L}+)?|the\\s+(?:whole\\s+)?world|the\\s+whole\\s+(?:town|village|city|school|office|street|family|internet|neighbourhood|neighborhood|team|church|club|estate|building|department)|the\\s+whole\\s+of\\s+\\p{L}+|all\\s+(?:your|ur)\\s+(?:friends|colleagues|coworkers|family)|(?:your|ur|his|her)\\s+(?:\\p{L}+'s\\s+)?(?:school|nursery|teachers?|headteacher|college|workplace|office))`
/** What would be shown: messages of any kind, photos only when plainly theirs or private. */
/** Not when what is held is to go back or be deleted: "I've still got your spare key, I'll drop it round". */
const NOT_HANDED_BACK = String.raw`(?![^.!?\n]{0,50}?\b(?:drop|return|post|give|hand|leave|delete|deleted|change|changed|bring|send)\b)`
/** A key or a code to their place, still held: "I've still got the spare key", "i have the old fob". */
const KEY_STILL_HELD = String.raw`i(?:'ve|\s+have|ve)?\s+(?:still\s+)?(?:got|have|kept)\s+(?:still\s+)?(?:the|a|your|ur)\s+(?:spare\s+|old\s+|front\s+door\s+|house\s+)?(?:keys?|codes?|pin|passcode|fob|alarm\s+code)(?![\w])${NOT_HANDED_BACK}`
const LEAK =
  '(?:(?:the|your|ur|those|these|our|all\\s+(?:the|your|ur|those|these|our)|every|each)\\s+(?:\\p{L}+\\s+)?(?:messages|texts|screenshots|videos|vids|nudes|dms|emails|recordings|voice\\s*notes|chats)|(?:those|these|your|ur|the\\s+(?:private|intimate|naked))\\s+(?:photos|pictures|pics)|a\\s+copy|my\\s+side\\s+of\\s+the\\s+story)'

/**
 * What the writer does not know they would do, said as a menace (what-i-might-do): "I'm scared of what I might do",
 * "God knows what I'd do", "I can't promise what I'll do". Hung on the reader's answer or on seeing them with someone.
 */
const WHAT_I_MIGHT_DO = String.raw`{B}(?:i\s+(?:(?:honestly|really|genuinely|seriously|just|truly)\s+)?(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:know|say|promise|tell\s+(?:you|u)|answer\s+for|be\s+responsible\s+for|guarantee|predict)|(?:i'?m|im|i\s+am)\s+(?:(?:really|so|genuinely|honestly|a\s+bit|a\s+little)\s+)?(?:scared|afraid|frightened|terrified|worried)\s+(?:of|about)|(?:no\s+one|nobody|god|who)\s+knows)\s+what\s+(?:i'?ll|ill|i\s+will|i'?d|id|i\s+would|i\s+might|i\s+may|i\s+could|i'?m\s+(?:capable\s+of|going\s+to|gonna)|im\s+(?:capable\s+of|going\s+to|gonna)|i\s+am\s+(?:capable\s+of|going\s+to))(?:\s+do)?`
/** The menace hedged away: "…, probably cry", "…, lol". */
const HEDGED = String.raw`(?![^.!?\n]{0,60}?\b(?:probably|maybe|perhaps|except|other\s+than|besides|apart\s+from|lol|haha|ha)\b)`
/** Seeing or meeting the reader, or the one they are with: "if I see him with her", "if I ever run into you two". */
const SEE_THEM = String.raw`(?:see|saw|catch|caught|find|found|run\s+into|ran\s+into|bump\s+into|bumped\s+into|meet|met)`

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
        "{B}(?:you|u|ya)(?:'ll|ll|\\s+will|'re\\s+(?:going\\s+to|gonna)|re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|r\\s+(?:going\\s+to|gonna))(?:\\s+(?:really|truly|so|definitely|surely|certainly|deeply|bitterly|soon|all))?(?:\\s+(?:come|live)\\s+to)?\\s+(?:regret\\s+(?!(?:nothing|anything|a\\s+thing|it\\s+not|not|giving|trying|letting\\s+me|reading|missing|skipping)\\b)|be\\s+sorry(?![\\p{L}])(?!\\s+(?:to|that|for\\s+me|you\\s+missed))|pay\\s+(?:(?:for|4)\\s+(?:this|that|it|what|everything)|dearly)|pay(?:\\s+(?:too|as\\s+well|one\\s+day|eventually|in\\s+the\\s+end))?(?=\\s*[.!,]|$))",
        // Regret promised for losing the writer: "You'll regret not taking me back", "ur gonna regret letting me go",
        // "you'll live to regret walking out on me" (a recommendation, "you'll regret not seeing the fjords", is not).
        "{B}(?:you|u|ya)(?:'ll|ll|\\s+will|'re\\s+(?:going\\s+to|gonna)|re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|r\\s+(?:going\\s+to|gonna))(?:\\s+(?:really|truly|so|definitely|surely|certainly|deeply|bitterly|soon|all|always|one\\s+day))?(?:\\s+(?:come|live)\\s+to)?\\s+regret\\s+(?:(?:not|never|ever)\\s+)?(?:taking\\s+me\\s+back|giving\\s+(?:us|me)\\s+(?:(?:another|a\\s+second|one\\s+more)\\s+(?:chance|shot|go|try)|a\\s+(?:chance|shot))(?!\\s+(?:at|in|on|with)\\b)|giving\\s+(?:this|what\\s+we\\s+had)\\s+(?:another|a\\s+second|one\\s+more)\\s+(?:chance|shot|go|try)|letting\\s+me\\s+go|losing\\s+me|(?:leaving|dumping)\\s+me(?=\\s*(?:[.!,;…]|$)|\\s+(?:for|behind|like\\s+(?:that|this)|when|one\\s+day)\\b)|(?:choosing|picking)\\s+(?:him|her|them|\\p{L}+\\s+over\\s+me)|walking\\s+(?:out\\s+on|away\\s+from)\\s+me|fighting\\s+for\\s+(?:us|me|this|what\\s+we\\s+had)|throwing\\s+(?:us|me|this|it\\s+all|what\\s+we\\s+had)\\s+away|the\\s+day\\s+(?:you|u)\\s+(?:left|walked\\s+out|dumped\\s+me|chose\\s+\\p{L}+))(?![\\p{L}])",
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
        `{B}${I_WILL}\\s+(?:tell|call|ring|phone|email|e-mail|text|message|contact|write\\s+to|talk\\s+to|speak\\s+to|go\\s+to|visit|report\\s+(?:you|u)\\s+to)\\s+(?:your|ur)\\s+(?:boss|employer|manager|hr|husband|wife|fianc[ée]e?|new\\s+(?:boyfriend|girlfriend|partner|bf|gf|${MAN_OR_WOMAN}))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:tell|let)\\s+${AUDIENCE}\\s+(?:know\\s+)?(?:${SECRETS}|everything(?=\\s*(?:[.!,;…]|$)|\\s+about\\b))`,
        `{B}${I_WILL}\\s+(?:post|put|share|show|spread|publish|upload|send|air)\\b[^.!?\\n]{0,40}?\\bfor\\s+(?:everyone|everybody|the\\s+(?:whole\\s+)?world|all|the\\s+whole\\s+\\p{L}+)\\s+to\\s+(?:see|read)|{B}${I_WILL}\\s+(?:air|put\\s+out|hang\\s+out)\\s+(?:all\\s+)?(?:your|ur)\\s+dirty\\s+laundry`,
        `{B}${I_WILL}\\s+(?:post|share|put|upload|publish|leak)\\s+(?:everything|it\\s+all|all\\s+of\\s+it|our\\s+(?:messages|texts|chats|story))\\s+(?:online|on\\s+(?:facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|the\\s+internet|reddit|my\\s+story))(?![\\p{L}\\p{N}])`,
        `{B}${I_WILL}\\s+(?:send|show|forward|give)\\s+${THIRD}\\s+(?:the|those|these|all\\s+(?:the|those|these|your|ur|our)|our|your|ur)\\s+(?:\\p{L}+\\s+)?(?:photos|pictures|pics|messages|texts|screenshots|videos|vids|emails|recordings|chats|dms)(?![\\p{L}])(?!\\s+(?:of|from)\\s+(?:the|our|my)\\s+(?:garden|trip|holiday|wedding|house|kids|dog|cat|party|baby|flat|christening)\\b)`,
        `{B}(?:i'?ll|i\\s+will|ill)\\s+be\\s+(?:telling|showing|sending|posting|sharing|calling|contacting|emailing|writing\\s+to)\\b[^.!?\\n]{0,40}?${SECRETS}`,
        `{B}${I_WILL}\\s+(?:tell|inform|let)\\s+${AUDIENCE}\\s+(?:know\\s+)?(?:that\\s+)?(?:you|u)(?:'re|\\s+are|\\s+were|r)?\\s+(?:cheated|lied|stole|hit\\s+me|(?:were\\s+)?(?:cheating|lying|stealing|sleeping\\s+with|using)|an?\\s+(?:liar|cheat|cheater|fraud|thief|addict|abuser))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+make\\s+sure\\s+(?:${THIRD}|they|he|she)\\s+(?:knows?|finds?\\s+out|sees?|hears?|learns?|reads?|gets?\\s+to\\s+(?:read|see|hear|know))(?:\\s+(?:what|who|how|why|the\\s+truth|about|everything|the\\s+(?:things|stuff|messages|texts|emails|letters)\\s+(?:you|u)\\s+(?:said|wrote|sent|did|told)|${LEAK})|(?=\\s*(?:[.!,;…]|$)))`,
        `{B}${THIRD}(?:\\s+(?:might|may|would|will|could|can|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna|'ll|'d))(?:\\s+(?:soon|all|also|definitely|surely|certainly|too))?\\s+(?:find|see|read|hear|get|have|receive|learn\\s+about|know\\s+about|be\\s+interested\\s+in)\\b[^.!?\\n]{0,25}?${LEAK}`,
        `{B}${THIRD}\\s+(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna)\\s+(?:soon\\s+)?(?:find\\s+out|know|hear|learn)\\s+(?:exactly\\s+|precisely\\s+)?(?:everything(?:\\s+about\\s+(?:you|u|us))?|${SECRETS})(?![\\p{L}])`,
        // "I'll put your diaries online", "im gonna stick ur pics on fb".
        `{B}${I_WILL}\\s+(?:post|put|stick|share|upload|publish|leak|plaster|spread)\\s+(?:all\\s+(?:of\\s+)?)?(?:your|ur|his|her|the|those|these|our)\\s+(?:\\p{L}+\\s+){0,2}?(?:photos|photographs|pictures|pics|messages|texts|screenshots|videos|vids|diary|diaries|letters|emails|chats|dms|recordings|voice\\s*notes|secrets|stuff|nudes)\\s+(?:(?:up\\s+)?online|(?:all\\s+)?over\\s+(?:the\\s+internet|social\\s+media|facebook|instagram)|on\\s+(?:the\\s+internet|the\\s+web|facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|reddit|youtube|my\\s+story)|everywhere|for\\s+(?:everyone|everybody|the\\s+world|all)\\s+to\\s+see)(?![\\p{L}])`,
        // "Your boss might like to hear how you really spent those weekends", "wait till your wife hears about this".
        `{B}${THIRD}(?:\\s+(?:at|in|from)\\s+(?:(?:the|your|ur|his|her)\\s+)?\\p{L}+)?\\s+(?:might|may|would|could|'d|will|'ll)\\s+(?:(?:really|very\\s+much|certainly|definitely|probably|surely)\\s+)?(?:like|love|want|be\\s+(?:very\\s+|really\\s+|most\\s+)?(?:interested|curious|keen|fascinated))\\s+(?:to\\s+(?:hear|know|see|read|learn|find\\s+out)|in)\\s+(?:about\\s+)?${SECRETS}`,
        `{B}(?:just\\s+)?wait\\s+(?:until|till|til|'til)\\s+${THIRD}\\s+(?:hears?|sees?|finds?\\s+out|reads?|learns?|gets?\\s+wind)\\s+(?:about\\s+(?:this|it|that|us|you|u)(?![\\p{L}])|what\\s+i\\s+(?:have|know|found|'ve\\s+got)|${SECRETS}|${LEAK})`,
        `{B}${THIRD}\\s+(?:will|'ll|is\\s+going\\s+to|are\\s+going\\s+to|is\\s+gonna|are\\s+gonna)\\s+(?:soon\\s+|all\\s+)?(?:hear|know|find\\s+out|learn)\\s+(?:all\\s+)?about\\s+(?:this|it|that|us|you|u)(?![\\p{L}])`,
        `{B}(?:${THIRD}|he|she|they|(?:your|ur)\\s+(?:new\\s+)?\\p{L}+)\\s+(?:is|are|will|'ll|'s)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:get|be\\s+getting|receive)\\s+a\\s+(?:little\\s+|personal\\s+|surprise\\s+|friendly\\s+)?(?:visit|call|phone\\s+call|letter)\\s+from\\s+me(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:be\\s+)?pay(?:ing)?\\s+(?:${THIRD}|him|her|them)\\s+a\\s+(?:little\\s+|personal\\s+|surprise\\s+|friendly\\s+)?visit|{B}${I_WILL}\\b[^.!?\\n]{0,40}?\\bha(?:ve|ving)\\s+a\\s+(?:little\\s+|quiet\\s+|friendly\\s+|long\\s+|proper\\s+)?(?:chat|word|talk|conversation)\\s+with\\s+${THIRD}`,
        `{B}${I_WILL}\\s+go\\s+(?:to\\s+the\\s+(?:papers|press|newspapers|media|tabloids)|public)(?![\\p{L}])(?!\\s+(?:shop|office|kiosk)\\b)`,
        `{B}${I_WILL}\\s+screenshot\\s+(?:everything|it\\s+all|all\\s+of\\s+it|(?:all\\s+)?(?:your|ur|the|our)\\s+\\p{L}+)\\s+and\\s+(?:send|post|share|forward|show|spread|pass)\\b|{B}${I_WILL}\\s+(?:send|pass|spread|forward)\\s+(?:it|them|everything|those|these)\\s+(?:round|around)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:be\\s+)?(?:contacting|calling|ringing|phoning|emailing|writing\\s+to|telling|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|reporting\\s+(?:you|u)\\s+to)\\s+(?:your|ur)\\s+(?:employer|boss|manager|hr|husband|wife|fianc[ée]e?|landlord|school|university|church|parents|new\\s+\\p{L}+)(?![\\p{L}])(?!\\s+(?:to\\s+(?:say|wish|thank)|about\\s+the\\s+(?:dog|cat|keys|party|wedding)))`,
        "{B}my\\s+(?:lawyer|solicitor|attorney|legal\\s+team)\\s+(?:will|'ll|is\\s+going\\s+to)\\s+(?:be\\s+in\\s+touch|be\\s+contacting\\s+(?:you|u)|contact\\s+(?:you|u)|deal\\s+with\\s+(?:this|you|u))(?![\\p{L}])|{B}my\\s+(?:brothers?|cousins?|mates|friends|boys|lads|dad)\\s+(?:will|'ll|are\\s+going\\s+to|is\\s+going\\s+to)\\s+(?:deal\\s+with|sort\\s+out|pay\\s+(?:you|u|him|her)\\s+a\\s+visit|have\\s+a\\s+word\\s+with|find)\\s+(?:you|u|him|her|them)(?![\\p{L}])",
        '{B}say\\s+goodbye\\s+to\\s+(?:your|ur)\\s+(?:job|career|reputation|marriage|relationship|new\\s+\\p{L}+|friends|kids|house|perfect\\s+little\\s+\\p{L}+)(?![\\p{L}])',
        `{B}if\\s+${THIRD}\\s+(?:ever\\s+|somehow\\s+|happened\\s+to\\s+)?(?:saw|found|read|heard|got|received|sees|finds|reads|hears|gets|see|find)\\b[^.!?\\n]{0,25}?${LEAK}`,
        `{B}${THIRD}\\s+(?:deserves?|has\\s+a\\s+right|have\\s+a\\s+right|ought|needs?)\\s+to\\s+know\\s+${SECRETS}`,
        `{B}if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|keep|ignore|refuse|block|go\\s+back|stay\\s+with|choose|pick|say\\s+no)\\b[^.!?\\n]{0,50}?${I_WILL}\\s+(?:post|share|send|show|leak|publish|upload|forward|put\\s+up)\\s+(?:the|your|ur|those|these|our|all|every|my)\\b`,
        `{B}${I_WILL}\\s+(?:post|share|leak|publish|upload|forward|put\\s+up)\\s+(?:the|your|ur|those|these|our|all)\\b[^.!?\\n]{0,40}?\\b(?:if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|keep|ignore|refuse|block)|unless\\s+(?:you|u)(?!(?:'d|\\s+would)\\s+(?:like|prefer|rather)\\s+(?:them|it|me\\s+to\\s+(?:keep|send|drop|bring|hold)|to\\s+(?:collect|pick|have|come))|\\s+(?:want|need)\\s+(?:them|it)\\s+(?:somewhere|sent|elsewhere|kept|at|delivered)))\\b`,
        "{B}one\\s+(?:phone\\s+)?(?:call|word|text|message|email|e-mail|click|post|letter)(?:\\s+from\\s+me)?(?:\\s+to\\s+\\p{L}+(?:\\s+\\p{L}+)?)?,?\\s+and\\s+(?:your|ur|you|u|it'?s|it\\s+is|everything|that'?s)\\b",
        `{B}(?:everyone|everybody|the\\s+(?:whole\\s+)?world|(?:your|ur)\\s+(?:new\\s+)?(?:boss|parents|family|${PARTNER_TITLES}|partner))\\s+(?:will|'ll|is\\s+going\\s+to|is\\s+gonna)\\s+(?:soon\\s+)?(?:know|find\\s+out|see|learn|hear)\\s+(?:what\\s+(?:you|u)|who\\s+(?:you|u)|the\\s+truth|about\\s+(?:you|u|us|your|the\\s+affair)|how\\s+(?:you|u))(?![\\p{L}\\p{N}])`,
        `{B}(?:do\\s+(?:you|u)\\s+want|would\\s+(?:you|u)\\s+like|how\\s+would\\s+(?:you|u)\\s+like)\\s+(?:me\\s+to\\s+(?:tell|show|send|post)|${AUDIENCE}\\s+to\\s+(?:know|see|find\\s+out|hear))\\b[^.!?\\n]{0,40}?${SECRETS}`,
        // Eighth round: exposure said as what will happen, not what I will do: "your boss is getting a copy of every text",
        // "the videos go straight up on your Instagram", "one word from me would change that", "or she'll hear it from me".
        String.raw`{WB}(?:(?:your|ur|his|her)\s+(?:new\s+)?(?:boss|employer|manager|hr|husband|wife|fianc[ée]e?|${PARTNER_TITLES}|bf|gf|partner|pastor|church|congregation)|every(?:one|body)\s+(?:at|in)\s+(?:your|ur|his|her)\s+[a-z]+)\s+(?:is\s+getting|are\s+getting|gets|get|will\s+get|'ll\s+get|is\s+going\s+to\s+get|are\s+going\s+to\s+get|is\s+gonna\s+get)\s+(?:a\s+copy|copies|the\s+lot|all\s+of\s+(?:it|them)|(?:every|each)\s+(?:single\s+)?(?:message|text|photo|picture|email|screenshot|voice\s*note|letter)|${LEAK})(?![\w])(?!\s+(?:of|from)\s+(?:the|our|my)\s+(?:wedding|holiday|trip|garden|baby|party|christening|graduation)\b)`,
        String.raw`{WB}(?:${LEAK}|(?:those|these|the|your|ur|our|his|her)\s+(?:[a-z]+\s+)?(?:photos|pictures|pics|videos|vids|nudes|messages|texts|screenshots|recordings|emails|letters)|it\s+all|everything)\s+(?:go|goes|are\s+going|is\s+going|will\s+go|'ll\s+go|get\s+posted|gets\s+posted|will\s+get\s+posted|get\s+sent|gets\s+sent|will\s+be\s+(?:posted|sent|shared|online|public))\s+(?:straight\s+|right\s+|directly\s+|all\s+over\s+)?(?:up\s+)?(?:online|public|viral|everywhere|the\s+internet|(?:your|ur|his|her)\s+(?:facebook|fb|insta|instagram|ig|twitter|tiktok|socials)|on\s+(?:the\s+internet|social\s+media|(?:your|ur|his|her|my|the)\s+(?:[a-z]+\s+)?(?:facebook|fb|insta|instagram|ig|twitter|tiktok|snapchat|wall|page|feed|story|timeline|group\s+chat)|facebook|fb|insta|instagram|twitter|tiktok|reddit)|to\s+(?:${THIRD}|(?:your|ur|his|her)\s+(?:work|office|job)))(?![\w])`,
        String.raw`{WB}(?:one|a\s+single)\s+(?:phone\s+)?(?:call|word|text|message|email|letter|post|visit)\s+from\s+me\s+(?:would|could|will|'d|and)\s+(?:soon\s+|quickly\s+|easily\s+)?(?:change|end|ruin|finish|destroy|wreck|sort|put\s+a\s+stop\s+to)\s+(?:that|it|this|all\s+(?:of\s+)?that|everything|(?:your|ur)\s+[a-z]+)(?![\w])`,
        String.raw`{WB}(?:or|otherwise|if\s+not)\s*,?\s+(?:${THIRD}|he|she|they)\s*(?:'ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to)\s+(?:be\s+)?hear(?:ing)?\s+(?:it|about\s+(?:it|us|this|that)|the\s+truth|everything|all\s+about\s+(?:it|us))?\s*from\s+me(?![\w])`,
        // A partner invited to watch what the writer holds: "I've got the videos, and your wife would enjoy a look".
        String.raw`(?<=\b(?:got|have|kept|saved)\s+(?:[a-z]+\s+){0,3}?(?:videos?|vids|photos|pictures|pics|recordings?|messages|texts|screenshots|nudes|tapes?|footage|emails|voice\s*notes)\b[^.!?\n]{0,60})(?:(?:your|ur|his|her)\s+(?:new\s+)?(?:boss|employer|manager|colleagues|husband|wife|fianc[ée]e?|${PARTNER_TITLES}|bf|gf|partner|man|woman|fella))\s+(?:would|might|may|will|'d|'ll)\s+(?:really\s+|surely\s+|definitely\s+)?(?:enjoy|appreciate|like|love|want)\s+(?:a|an)\s+(?:little\s+|private\s+|quick\s+|proper\s+)?(?:viewing|screening|look|read|listen|copy|peek|preview|glimpse|showing)(?![\w])`,
        // …and, for the photos and videos that nothing else reads as leverage, "…would love to see them": "I still have the
        // photos from Mykonos, and I'm sure your new boss would love to see them" (not "your mum would love to see them").
        String.raw`(?<=\b(?:got|have|kept|saved)\s+(?:[a-z]+\s+){0,3}?(?:videos?|vids|photos|pictures|pics|footage)\b[^.!?\n]{0,60})(?:(?:your|ur|his|her)\s+(?:new\s+)?(?:boss|employer|manager|colleagues|husband|wife|fianc[ée]e?|${PARTNER_TITLES}|bf|gf|partner|man|woman|fella))\s+(?:would|might|may|will|'d|'ll)\s+(?:really\s+|surely\s+|definitely\s+)?(?:enjoy|appreciate|like|love|want)\s+to\s+(?:see|watch|have\s+a\s+look\s+at|look\s+at|get\s+a\s+copy\s+of)\s+(?:them|it|those|these|that)(?=\s*(?:[.!?,;…]|$)|\s+(?:too|as\s+well|first|one\s+day|some\s+time)\b)`,
      ].join('|'),
    },
    {
      id: 'revenge',
      // "I'll make you pay", "I'll ruin your life", "I'll get my revenge", "he'd better watch his back".
      re: [
        `{B}${I_WILL}\\s+(?:make\\s+(?:you|u|him|her|them)\\s+(?:pay|suffer|regret|sorry)|make\\s+(?:your|ur|his|her|their)\\s+life\\s+(?:a\\s+)?(?:living\\s+)?(?:hell|misery|miserable|a\\s+nightmare|nightmare)|ruin\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\s+(?:life|reputation|career|name|job|wedding|marriage|relationship|new\\s+relationship|happiness|family))|destroy\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\b)|make\\s+(?:things|life|it|everything|this|the\\s+(?:divorce|custody\\s+\\p{L}+|settlement|separation|process|sale))\\s+(?:very\\s+|really\\s+|so\\s+|extremely\\s+)?(?:a\\s+(?:living\\s+)?nightmare|difficult|hard|hell|unpleasant|complicated|miserable|awkward|uncomfortable)\\s+for\\s+(?:you|u|him|her|them)|get\\s+(?:my\\s+)?revenge|have\\s+my\\s+revenge|get\\s+back\\s+at\\s+(?:you|u|him|her|them)|get\\s+(?:you|u|him|her|them)\\s+back\\s+for\\s+(?:this|that|it|what|everything)(?![\\p{L}])|get\\s+even\\s+with|(?:hurt|kill|beat\\s+up|punch|hit)\\s+(?:him|her|them)\\b(?!\\s+(?:a|the)\\s+(?:gift|present|card)|\\s+up\\b)|find\\s+(?:him|her|them)\\b(?!\\s+(?:a|an|another|some|somewhere|someone|somebody|something|one|new|good|better|homes?|owners?|famil(?:y|ies)|places?|room|jobs?|work|help|tickets?|seats?|the\\s+(?!(?:moment|minute|second|day|instant|next)\\b))\\b)|kill\\s+(?:you|u)\\b|beat\\s+(?:him|her|them)\\s+up|take\\s+(?:the\\s+kids|the\\s+children|everything|the\\s+house|it\\s+all)\\s+(?:from|away\\s+from)\\s+(?:you|u))`,
        // Harm to their things, their children, their freedom: "I'll come round and smash your windows",
        // "I'll make sure you lose custody", "you will never see the kids again", "I'll expose you".
        `{B}${I_WILL}\\s+(?:(?:come|go|drive)\\s+(?:round|over|there)\\s+and\\s+)?(?:smash|break|burn|wreck|trash|key|slash|torch|set\\s+fire\\s+to)\\s+(?:all\\s+(?:of\\s+)?)?(?:(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?(?:windows?|car|tyres|tires|stuff|things|clothes|belongings|house|flat|place|door|guitar|bike|motorbike|motorcycle|van|boat|shop|studio|phone|face)|(?:that|those)\\s+(?:\\p{L}+\\s+)?(?:car|motorbike|motorcycle|bike|van|boat|house|flat|shop|guitar)s?\\s+(?:(?:you|u|he|she)\\s+(?:love|loves|adore|adores|bought|are\\s+so\\s+proud\\s+of|treasure|treasures)|of\\s+(?:yours|his|hers)))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:break|smash|punch|kick|knock|bash)\\s+(?:his|her|your|ur|their)\\s+(?:legs?|arms?|face|head|nose|teeth|jaw|neck|knees?)(?![\\p{L}])|{B}${I_WILL}\\s+(?:kick|smash)\\s+(?:his|her|your|ur|their)\\s+(?:ass|arse|head)\\s+in`,
        `{B}${I_WILL}\\s+(?:let\\s+(?:the\\s+)?(?:air|tyres|tires)\\s+(?:out\\s+of|down\\s+on)|scratch|spray(?:\\s+paint)?|kick\\s+in|kick\\s+down)\\s+(?:your|ur|his|her|their)\\s+(?:\\p{L}+\\s+)?(?:tyres|tires|car|door|windows?|van|bike|wheels)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:burn|destroy|smash|trash|rip\\s+up|cut\\s+up|shred)\\s+(?:everything\\s+(?:(?:that\\s+)?(?:you|u)\\s+(?:left|own|gave\\s+me)|of\\s+(?:yours|urs))|all\\s+(?:of\\s+)?(?:your|ur)\\s+\\p{L}+|(?:your|ur)\\s+(?:stuff|things|clothes|belongings|records|books|guitar|photos|letters|paintings|car))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+take\\s+(?:you|u|him|her)\\s+for\\s+(?:everything|every\\s+(?:penny|cent|last\\s+\\p{L}+)|all)\\s+(?:you'?ve|you|u|he|she|he'?s|she'?s)\\s*(?:got|have|has|own|are\\s+worth)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:expose|humiliate|shame|blackmail|destroy)\\s+(?:you|u|him|her|them)(?![\\p{L}])`,
        `{B}(?:${I_WILL}\\s+)?make\\s+(?:sure|certain)\\s+(?:that\\s+)?(?:you|u|he|she|they)\\s+(?:pays?|suffers?|regrets?|(?:lose|loses)\\s+(?:everything|custody|the\\s+(?:kids|children|house)|(?:your|ur|his|her|their)\\s+(?:job|kids|children|house|friends|career|licen[cs]e|reputation))|(?:never|can'?t|cannot|don'?t|doesn'?t|won'?t)\\s+(?:works?|teach(?:es)?|practi[sc]es?|gets?\\s+(?:a|another)\\s+job|shows?\\s+(?:your|ur|his|her|their)\\s+face|find\\s+(?:work|a\\s+job|anyone)|see\\s+(?:the|your|his|her|their)\\s+(?:${KIDS}))(?:\\s+(?:in\\s+this\\s+\\p{L}+\\s+)?again)?)(?![\\p{L}])`,
        `{B}(?:(?:you|u)(?:'ll|ll|\\s+will)\\s+never|make\\s+sure\\s+(?:you|u)\\s+(?:never|don'?t|dont|won'?t|can'?t))\\s+see\\s+(?:the|your|ur|our)\\s+(?:${KIDS}|baby|boys|girls|dog|cat)\\s+again`,
        `{B}${I_WILL}\\s+take\\s+(?:the|our|your|ur)\\s+(?:${KIDS}|baby)\\s+(?:away|and\\s+(?:go|leave|run|move|disappear)|abroad|out\\s+of\\s+the\\s+country|and\\s+(?:you|u)(?:'ll|ll|\\s+will)\\s+never)`,
        // Suing the reader or their people, not a third party: "I'll sue you", "I'll sue", "I'm going to sue the pants off
        // you", not "I'm going to sue the builder" (nor the airline, the council, the garage that wrecked the gearbox).
        `{B}${I_WILL}\\s+(?:report\\s+(?:you|u|him|her)\\s+to|call\\s+the\\s+(?:police|cops)\\s+on(?!\\s+(?:the|a|some|those|these|my|our)\\s+(?!(?:two|both|pair|lot)\\s+of\\b))|sue(?=\\s*(?:[.!?,;…]|$)|\\s+(?:you|u|him|her|them|your|ur|his|their|every|if|unless|and|or|then|over\\s+(?:this|it|that)|for\\s+(?:custody|damages|everything|every|all|the\\s+(?:house|kids|children|lot)|what|defamation|slander|libel|harassment)|the\\s+(?:pants|shirt|socks|arse|ass)\\s+off|the\\s+(?:two|both|pair|lot)\\s+of)\\b)|take\\s+(?:you|u|him|her)\\s+to\\s+court|press\\s+charges\\s+against)\\b`,
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+(?:be\\s+)?hear(?:ing)?\\s+from\\s+my\\s+(?:lawyer|solicitor|attorney|brother|brothers|cousins?|mates|friends)",
        "{B}if\\s+i\\s+(?:can'?t|cannot|cant|can\\s+not)\\s+have\\s+(?:you|u),?\\s+(?:then\\s+)?(?:no\\s*one|nobody|no\\s+(?:man|woman|one))(?:\\s+else)?\\s+(?:will|can|could|should|shall)",
        '{B}(?:revenge\\s+(?:is|will\\s+be)\\s+(?:mine|coming|sweet)|(?:i\\s+want|i\\s+will\\s+have|i\\s+need)\\s+revenge)',
        // Eighth round: ruin by law, money, authorities and name: "I'll take you to the cleaners", "I'll stop paying the
        // mortgage and let the bank have the house", "I'll have a word with immigration", "you'll never work again", "I'll
        // drag your name through the mud", "I'm taking you down with me", "to get back at you".
        String.raw`{WB}${I_WILL}\s+(?:[^.!?\n]{0,30}?\s+and\s+)?take\s+(?:you|u|him|her)\s+to\s+the\s+cleaners|{WB}${I_WILL}\s+see\s+(?:you|u|him|her)\s+in\s+court(?=\s*(?:[.!;…]|$)|\s+(?:then|mate|love|sweetheart|darling)\b)|{WB}(?:you|u|he|she)(?:'ll|\s+will)?\s+(?:won'?t|will\s+not|wont)?\s*(?:have|be\s+left\s+with)\s+(?:a\s+pot\s+to\s+piss\s+in|a\s+penny\s+(?:left|to\s+(?:your|ur|his|her)\s+name)|a\s+roof\s+over\s+(?:your|ur|his|her)\s+head)(?![\w])(?<=\b(?:won'?t|will\s+not|wont)\b[^.!?\n]{0,40})`,
        String.raw`{WB}${I_WILL}\s+(?:stop|quit|refuse\s+to\s+keep)\s+paying\s+(?:my\s+(?:half|share|part)\s+of\s+)?(?:the\s+)?(?:mortgage|rent|bills|child\s+support|maintenance|loan)\b[^.!?\n]{0,50}?\b(?:(?:let|and\s+let|so)\s+(?:the\s+)?(?:bank|landlord|lender|bailiffs|court)\s+(?:take|repossess|evict|have|come\s+after)|and\s+(?:you|u)(?:'ll|\s+will|\s+can)\s+(?:lose|be\s+out|deal|pay|sink)|(?:off|from)\s+(?:you|u)\b)`,
        String.raw`{WB}${I_WILL}\s+(?:have\s+a\s+(?:little\s+|quiet\s+)?word\s+with|write\s+to|contact|call|ring|email|tip\s+off|report\s+(?:you|u|him|her)\s+to|inform|tell)\s+(?:immigration|the\s+home\s+office|hmrc|the\s+irs|the\s+tax\s*(?:man|office|people)|the\s+dwp|the\s+benefits\s+(?:office|people)|social\s+services|child(?:ren'?s)?\s+services|(?:your|ur|his|her)\s+(?:professional\s+body|regulator|licensing\s+board|governing\s+body|medical\s+council|nursing\s+council|bar\s+council|union|probation\s+officer|parole\s+officer|insurer|insurance\s+company))(?![\w])(?![^.!?\n]{0,40}?\b(?:to\s+(?:thank|say|help|support|vouch|explain|confirm)|on\s+(?:your|ur)\s+behalf|for\s+(?:you|u)|reference|in\s+support|character|supporting)\b)`,
        String.raw`(?<!\b(?:said|thought|swore|told\s+me|worried|feared|think|thought\s+that)\s+)(?:{WB}(?:you|u|he|she)(?:'ll|\s+will)\s+never\s+(?:practi[sc]e|work|teach|nurse|coach|drive|fly|preach)\s+(?:again|in\s+this\s+(?:town|city|country|industry|profession)))(?![\w])`,
        String.raw`{WB}${I_WILL}\s+(?:drag|dragging)\s+(?:your|ur|his|her)\s+(?:good\s+)?name\s+through\s+the\s+(?:mud|dirt|gutter)|{WB}${I_WILL}\s+(?:blacken|smear|tarnish|trash)\s+(?:your|ur|his|her)\s+(?:good\s+)?name(?![\w])`,
        String.raw`{WB}(?:taking|take|bringing|bring|dragging|drag|pulling|pull)\s+(?:you|u|him|her|them|everyone)(?:\s+and\s+(?:that|your|ur|his|her)\s+\p{L}+(?:\s+of\s+(?:yours|urs))?)?\s+(?:down\s+with\s+me|with\s+me(?<=\bif\s+i\s+(?:go|goes|am\s+going|'m\s+going)\s+down\b[^.!?\n]{0,60}))(?![\w])`,
        String.raw`(?<!\b(?:not|never|n'?t|nothing|no\s+(?:wish|intention|desire|need|interest|plan|urge))\b[^.!?\n,;]{0,40}){WB}(?:get|getting|got)\s+(?:back\s+at|even\s+with)\s+(?:you|u|him|her|them)(?![\w])`,
        // Twelfth round (danger12's letters): "I'll make sure you feel it" (and suffer, hurt, lose everything).
        String.raw`{WB}${I_WILL}\s+make\s+(?:sure|certain)\s+(?:that\s+)?(?:you|u|he|she|they)\s+(?:feel\s+(?:it|this|every\s+bit\s+of\s+(?:it|this))|suffer|hurt|lose\s+(?:everything|it\s+all))(?=\s*(?:[.!?,;…]|$)|\s+(?:too|as\s+well|for\s+(?:it|this|what)|like\s+i\s+did)\b)`,
        // Twentieth round (the lead's review): a lawyer set on leaving them with nothing.
        String.raw`{WB}(?:(?:my|our|the)\s+)?(?:lawyer|solicitor|attorney|barrister)s?\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to|gonna)\s+(?:make\s+sure|see\s+to\s+it|ensure)\s+(?:that\s+)?(?:you|u)\s+(?:get|walk\s+away\s+with|end\s+up\s+with|keep|see)\s+(?:nothing|nada|zero|not\s+a\s+(?:penny|cent|thing|dime)|none\s+of\s+it)(?![\w])`,
      ].join('|'),
    },
    {
      id: 'intimidate',
      // "I know where you live", "watch your back", "you don't know what I'm capable of".
      re: [
        "{B}i\\s+(?:still\\s+)?(?:have|kept|'?ve\\s+(?:still\\s+)?got|know)\\s+(?:all\\s+(?:of\\s+)?)?(?:your|ur|his|her)\\s+(?:passwords?|pin|passcode|login|logins|nudes|naked\\s+\\w+|private\\s+(?:photos|pictures|pics|videos|messages))(?![\\p{L}])(?!\\s+(?:are|were|is|was|have\\s+been|'ve\\s+been|has\\s+been)\\s+(?:all\\s+)?(?:changed|different|new|reset|updated|gone|deleted)\\b)",
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
        `{B}i(?:'ve|\\s+have|ve)?\\s+(?:still\\s+)?(?:have|got|kept|saved)\\s+(?:still\\s+)?${MEDIA}[^.!?\\n]{0,50}?(?:just\\s+saying|just\\s+so\\s+(?:you|u)\\s+know|btw|by\\s+the\\s+way|remember\\s+that|(?:don'?t|dont)\\s+forget(?:\\s+that)?|in\\s+case\\s+(?:you|u)\\s+(?:forgot|were\\s+wondering|'?d\\s+forgotten|had\\s+forgotten))(?![\\p{L}])`,
        "(?<=\\b(?:photos|photographs|pictures|pics|messages|texts|screenshots|videos|vids|recordings|emails|diary|diaries|nudes|dms)\\b[^.!?\\n]{0,80})(?<!\\b(?:you|u|ya|i|we)(?:'d)?\\s+(?:\\p{L}+\\s+)?)(?:would|might|may|could|'d|will|'ll)\\s+(?:find|think)\\s+(?:them|it|those|these|this|that)\\s+(?:very\\s+|really\\s+|most\\s+|quite\\s+|extremely\\s+|rather\\s+)?(?:interesting|fascinating|illuminating|enlightening|eye-opening|revealing|entertaining)",
        // Not going quietly: "Do not imagine for one moment that I will simply go quietly", "I won't take this lying down".
        "{B}(?:i\\s+(?:won'?t|wont|will\\s+not|refuse\\s+to)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|im\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+(?:going\\s+to|gonna)|(?:don'?t|dont|do\\s+not|never)\\s+(?:think|imagine|believe|assume|suppose|expect)\\b[^.!?\\n]{0,30}?\\bi(?:'ll|\\s+will|ll|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|'d|\\s+would)|(?:don'?t|dont|do\\s+not)\\s+expect\\s+me\\s+to)\\s+(?:just\\s+|simply\\s+|quietly\\s+)?(?:go\\s+quietly|go\\s+away\\s+quietly|take\\s+this\\s+lying\\s+down|let\\s+(?:you|u|him|her|them)\\s+get\\s+away\\s+with|back\\s+down|keep\\s+(?:quiet|my\\s+mouth\\s+shut)|stay\\s+(?:quiet|silent))(?![\\p{L}])",
        // Veiled: "It'd be a real shame if those pictures got out".
        `{B}(?:shame|pity|terrible|awful|sad|tragedy)\\s+if\\s+(?:${LEAK}|(?:those|these|the|your|ur)\\s+(?:photos|pictures|pics|videos|messages|texts|screenshots|recordings|letters|emails)|they|it|anything|word|something)\\s+(?:ever\\s+|somehow\\s+|were\\s+to\\s+|was\\s+to\\s+|accidentally\\s+)?(?:got|get|gets|went|go|goes|leaked|leak|leaks|ended\\s+up|end\\s+up|found\\s+(?:its|their)\\s+way|came|come|made\\s+(?:its|their)\\s+way)\\s+(?:out(?!\\s+of)|online|public|viral|round|around|on(?:to)?\\s+(?:facebook|fb|instagram|insta|twitter|tiktok|the\\s+internet|social\\s+media)|to\\s+(?:your|ur|his|her|the\\s+(?:press|papers)))(?![\\p{L}])`,
        // Veiled: "It would be a shame if anything happened to your car".
        '{B}(?:shame|pity|terrible|awful|sad|tragedy)\\s+if\\s+(?:something|anything)\\s+(?:were\\s+to\\s+happen|was\\s+to\\s+happen|should\\s+happen|happened|bad\\s+happened)\\s+to\\s+(?:your|ur|him|her|them|his|their|you|u|(?:that|the)\\s+(?:\\p{L}+\\s+){1,2}of\\s+(?:his|hers|yours|urs|theirs))(?![\\p{L}])',
        "{B}or\\s+else(?=\\s*(?:[.!…]|$))|{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+hesitate(?=\\s*(?:[.!…]|$))|{B}(?:you|u|he|she|they)(?:'ll|ll|\\s+will)\\s+get\\s+what'?s\\s+coming(?:\\s+to\\s+(?:you|u|him|her|them))?|{B}karma(?:'s|\\s+is|\\s+will)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:get|coming\\s+for|catch\\s+up\\s+with)\\s+(?:you|u|him|her)",
        `{B}(?:(?:your|ur)\\s+(?:new\\s+)?(?:boyfriend|girlfriend|bf|gf|partner|man|woman|husband|wife|fianc[ée]e?)|(?<![\\p{L}'])\\p{L}+'s\\s+(?:new\\s+)?(?:${PARTNER_TITLES}))(?:'d|\\s+had)?\\s+(?:better|should)\\s+(?:watch\\s+(?:out|it|himself|herself|themselves|his\\s+back|her\\s+back)|be\\s+careful|hope|stay\\s+away|keep\\s+away|sleep\\s+with\\s+one\\s+eye)`,
        // Veiled: "it would be a shame if your husband found out", "I'd hate for those photos to end up online".
        `{B}(?:shame|pity|terrible|awful|sad)\\s+if\\s+(?:${THIRD}|he|she|they|your\\s+(?:new\\s+)?(?:job|work|office|employer|boss|school))\\s+(?:ever\\s+|somehow\\s+|were\\s+to\\s+)?(?:found\\s+out|find\\s+out|(?:saw|see|read|heard|hear|got|get|learned|knew)\\s+(?:about\\b|what\\b|${LEAK}|(?:(?:some|any|one|all|a\\s+few|most)\\s+of\\s+)?(?:them|those|these)(?=\\s*(?:[.!?,;…]|$)|\\s+(?:before|first|too|all|now|one\\s+day|ngl|tbh|lol)\\b)))|{B}(?:i'?d|i\\s+would|you'?d|you\\s+would)\\s+hate\\s+for\\s+(?:${THIRD}|${LEAK}|those\\s+\\p{L}+|them|it|anything)\\s+to\\s+(?:find\\s+out|see|end\\s+up|get\\s+out|hear|read|know|leak|go\\s+(?:viral|public|online)|happen\\s+to)`,
        "{B}i\\s+(?:know|kno|knw|found\\s+out)\\s+(?:where|which\\s+\\p{L}+|what\\s+time|when)\\s+(?:you|u|he|she|they|ya)\\s+(?:live|lives|work|works|sleep|sleeps|are\\s+staying|'?re\\s+staying|is\\s+staying|go\\s+(?:every|each|at|to)|goes\\s+(?:every|each|at|to)|go(?:es)?(?=\\s*[.!,;]|$)|park|parks|hang\\s+out|hangs\\s+out|run|runs|jog|jogs|drink|drinks|train|trains|finish|finishes|leave|leaves|get\\s+home|gets\\s+home|get\\s+off|gets\\s+off|start|starts|pick\\s+up|picks\\s+up|walk|walks|drop\\s+off|drops\\s+off)\\b",
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
        // Sixteenth round (danger16): a name too ("tell Mark to watch himself"), not when the danger is the road or the ice.
        String.raw`{B}tell\s+(?:him|her|them|(?:your|ur)\s+(?:new\s+)?\p{L}+|(?!(?:me|us|you|u|ya|everyone|everybody|people|the|a|my|our|yourself|myself)(?![\p{L}]))\p{L}+)\s+(?:to\s+watch\s+(?:himself|herself|themselves|his\s+back|her\s+back|their\s+back|out|it|his\s+step|her\s+step)|(?:he|she|they)(?:'d|\s+had)\s+better\s+(?:watch|be\s+careful|stay\s+away|keep\s+away))(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:${LITERAL_HAZARDS}|ice|icy|snow|stairs|steps|traffic|sun|heat|drink\w*|diet|weight|money|spending|bills?)\b)`,
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
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:test|push|try)\\s+me(?=\\s*(?:[.!,;]|$))(?!\\s*[,;]\\s*(?:i'?m|im|i\\s+am)\\s+(?:hopeless|rubbish|terrible|bad|awful|useless|no\\s+good|crap)\\b)",
        "{B}(?:you|u|he|she|they)(?:'d|\\s+had|d)?\\s+better\\s+(?:hope|pray)\\s+(?:that\\s+)?i\\s+(?:don'?t|never|won'?t|do\\s+not)\\b",
        "{B}(?:keep|go\\s+on|carry\\s+on|continue)\\s+(?:ignoring|avoiding|blocking|lying\\s+to|pushing)\\s+me\\b[^.!?\\n]{0,20}?\\band\\s+(?:you'?ll\\s+|just\\s+)?see\\s+what\\s+happens",
        "{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i'?m\\s+capable\\s+of|{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i\\s+am\\s+capable\\s+of|{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+who\\s+(?:you'?re|you\\s+are|ur|u\\s+are)\\s+(?:dealing|messing|playing)\\s+with",
        "{B}don'?t\\s+make\\s+me\\s+(?:do\\s+something|come\\s+(?:over|there|to)|show|tell|hurt|expose|use)\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+see\\s+what\\s+happens\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+(?:never|not)\\s+(?:be\\s+)?(?:safe|at\\s+peace|happy\\s+again)\\b(?!\\s+(?:if|unless|until))",
        // Eighth round: "I know which house is yours now", "what happens to people who lie to me", "this is only the
        // beginning", "your secrets aren't safe with me any more", people who would "sort him out", "don't make me come
        // down there".
        String.raw`{WB}i\s+(?:now\s+)?(?:know|found\s+out|worked\s+out|figured\s+out)\s+which\s+(?:flat|house|door|building|window|room|car|desk|office|bed(?:room)?)\s+(?:is|'s)\s+(?:yours|urs|his|hers|theirs)(?![\w])(?![^.!?\n]{0,50}?\b(?:post|send|return|drop|bring|avoid|stay\s+away|keep\s+away|never\s+(?:go|come|turn\s+up))\b)`,
        String.raw`{WB}what\s+happens\s+to\s+(?:people|those|anyone|anybody|someone|girls|guys|men|women|liars|cheats)\s+(?:who|that)\s+(?:[a-z]+\s+){0,1}?(?:lie\s+to|lied\s+to|cheat\s+on|cheated\s+on|mess\s+(?:with|me\s+around)|cross|crossed|betray|betrayed|use|used|play|played|disrespect|hurt|hurts|humiliate|humiliated|leave|left|walk\s+out\s+on|dump|dumped)\s+me(?![\w])`,
        String.raw`{WB}(?:this|it)(?:'s|\s+is)\s+(?:only|just)\s+(?:just\s+)?(?:the\s+beginning|the\s+start|starting|beginning|getting\s+started)(?!\s+(?:of|to|for|with)\b)(?=\s*(?:[.!,;…]|$))|{WB}(?:i'?m|i\s+am|im)\s+(?:only|just)\s+getting\s+started(?=\s*(?:[.!,;…]|$)|\s+with\s+(?:you|u|him|her)\b)`,
        String.raw`{WB}(?:your|ur|his|her)\s+(?:[a-z]+\s+){0,2}?secrets?\s+(?:is|are|isn'?t|aren'?t|is\s+no\s+longer|are\s+no\s+longer|won'?t\s+be|won'?t\s+stay)\s+(?:not\s+)?(?:safe|secure|kept)\s+with\s+me(?:\s+(?:any\s?more|any\s+longer|now|for\s+(?:long|much\s+longer)))?(?<=\b(?:isn'?t|aren'?t|no\s+longer|won'?t|not)\b[^.!?\n]{0,40})|{WB}(?:don'?t|dont|do\s+not)\s+(?:be\s+so\s+sure|count\s+on\s+it|assume|think)\s+(?:that\s+)?(?:your|ur|his|her)\s+(?:[a-z]+\s+){0,2}?secrets?\s+(?:is|are|will\s+(?:stay|be)|'ll\s+(?:stay|be))\s+(?:safe|secure|kept)`,
        String.raw`{WB}i\s+know\s+(?:people|some\s+people|a\s+(?:guy|bloke|few\s+(?:guys|lads|people|blokes))|lads|blokes|guys)\s+(?:who|that)(?:'d|\s+would|\s+will|'ll)?\s+(?:happily\s+|gladly\s+|be\s+happy\s+to\s+)?(?:sort\s+(?:you|u|him|her|them)\s+out|deal\s+with\s+(?:you|u|him|her|them)|hurt\s+(?:you|u|him|her|them)|do\s+(?:you|u|him|her|them)\s+over|rough\s+(?:you|u|him|her|them)\s+up|teach\s+(?:you|u|him|her|them)\s+a\s+lesson|pay\s+(?:you|u|him|her|them)\s+a\s+visit|make\s+(?:you|u|him|her|them)\s+disappear)`,
        String.raw`{WB}(?:don'?t|dont|do\s+not)\s+make\s+me\s+(?:come|turn\s+up|show\s+up|drive|go)\s+(?:down\s+|round\s+|over\s+|up\s+)?(?:there|to\s+(?:your|ur|his|her)\s+[a-z]+|at\s+(?:your|ur|his|her)\s+[a-z]+)(?![^.!?\n]{0,30}?\b(?:tickle|hug|kiss|cuddle|drag\s+you\s+to\s+the\s+(?:pub|party))\w*)|{WB}(?:don'?t|dont|do\s+not)\s+make\s+me\s+do\s+something\s+(?:(?:we|you|i)(?:'ll|\s+will|'d|\s+would)\s+(?:both\s+|all\s+)?regret|drastic|stupid|nasty)|{WB}${I_WILL}\s+(?:come\s+(?:down\s+|round\s+)?to\s+(?:your|ur)\s+[a-z]+\s+and\s+)?(?:cause|make)\s+a\s+(?:scene|fuss)\s+(?:at|in|outside)\s+(?:your|ur|his|her)\s+(?:work|office|wedding|school|church|house|flat|door)`,
        String.raw`{WB}(?:shame|pity|terrible|awful|sad|tragedy)\s+if\s+(?:your|ur|his|her|that|the)\s+(?:[a-z]+\s+)?(?:car|bike|motorbike|van|house|flat|business|shop|windows?|dog|cat|garden|boat)(?:\s+of\s+(?:yours|urs|his|hers|theirs))?\s+(?:had|has|were\s+to\s+have|was\s+to\s+have|got|met\s+with|suffered|caught)\s+(?:an(?:other)?\s+|a\s+(?:little\s+|nasty\s+|second\s+)?|another\s+)?(?:accident|fire|mishap|problem|break-?in|incident)(?![\w])`,
        // Eleventh round (danger11's probe): a return promised as menace ("Watch out for the day I come back", "One day I'll
        // come back, and you won't be laughing then", "you won't be smiling when I get back"); a sneer at their new life
        // falling apart ("I'd hate for your nice new life to fall apart, you know?"; not "…because of me", which is care);
        // their partner "should know who she's dealing with".
        String.raw`{WB}watch\s+out\s+for\s+(?:the\s+day|the\s+night|the\s+moment|when)\s+i\s+(?:come|get|am|'m)\s+back(?=\s*(?:[.!…]|$)|\s*,?\s+(?:and\s+)?(?:you'?ll|you\s+will|u'?ll)\s+(?:regret|be\s+sorry|see|pay|wish)\b)`,
        String.raw`{WB}(?:you|u|he|she|they)\s+(?:won'?t|wont|will\s+not|(?:are|is|'re|'s)\s+not\s+(?:going\s+to|gonna)|(?:aren'?t|isn'?t)\s+(?:going\s+to|gonna))\s+be\s+(?:laughing|smiling|so\s+(?:smug|happy|cocky|brave|clever|confident|cosy|cozy|comfortable|pleased\s+with\s+(?:yourself|urself|himself|herself|themselves)))\s+(?:then(?=\s*(?:[.!…]|$))|(?:when|once|after)\s+i\s+(?:come|get|am|'m)\s+back(?![\w])|(?:when|once|after)\s+i(?:'m|\s+am)\s+(?:done|finished|through)\s+with\s+(?:you|u|him|her|them)(?![\w]))`,
        String.raw`{WB}(?:i'?d|i\s+would|it'?d|it\s+would)\s+(?:hate|be\s+a\s+(?:real\s+)?(?:shame|pity))\s+(?:for|to\s+see|if)\s+(?:your|ur|his|her)\s+(?:nice|perfect|cosy|cozy|shiny|precious|happy|little|lovely|comfy)\s+(?:(?:new|little|happy|perfect)\s+)?(?:life|family|marriage|relationship|engagement|career|world|home|set-?up)\s+(?:to\s+)?(?:fall\s+apart|fell\s+apart|falls\s+apart|come\s+crashing\s+down|came\s+crashing\s+down|fall\s+to\s+pieces|fell\s+to\s+pieces|go\s+up\s+in\s+smoke|went\s+up\s+in\s+smoke|unravel|unravelled|unraveled)(?![\w])(?![^.!?\n]{0,30}?\b(?:because\s+of\s+me|on\s+my\s+account|over\s+me|if\s+i\s+(?:wrote|got\s+in\s+touch|turned\s+up))\b)`,
        String.raw`{WB}(?:${THIRD}|he|she|they)\s+(?:should|deserves?\s+to|needs?\s+to|ought\s+to|has\s+a\s+right\s+to|have\s+a\s+right\s+to)\s+know\s+(?:who|what)\s+(?:she|he|they)(?:'s|\s+is|s|'re|\s+are|re)\s+(?:really\s+)?(?:dealing\s+with|getting\s+(?:into|involved\s+with)|with|sleeping\s+(?:with|next\s+to)|marrying|living\s+with)(?![\w])`,
        // Eleventh round, danger11's workbench: exposure wondered about ("I wonder what your boss would think about the
        // expenses you fiddled", "Your mum would be heartbroken to hear what really happened"); "good luck keeping your job
        // when…"; what I can find out; a lesson to be taught "and I know just the people"; losing everything (not "if you
        // keep drinking", not a worry); left with nothing; damage foretold ("don't be surprised if your tyres are flat");
        // "let's see how brave you are when…"; a key kept "you know"; knowing when they are alone; "sleep well, if you
        // can"; "you think you've won, but this isn't over"; "you'll get yours", "…get what's coming to them".
        String.raw`{WB}(?:i\s+)?(?:wonder|wondering|imagine)\s+what\s+${THIRD}\s+(?:would|'d|will|might|is\s+going\s+to)\s+(?:think|say|do|make)\s+(?:of|about|if\s+(?:\p{L}+\s+)?(?:knew|found\s+out|heard|saw|learned))\s+(?:what\s+(?:you|u)\s+(?:really\s+)?(?:did|do|get\s+up\s+to|got\s+up\s+to|said|wrote|sent)|the\s+truth|how\s+(?:you|u)(?!'?re\s+(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping)|\s+(?:are|were)\s+(?:(?:really\s+)?(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping))|\s+(?:got\s+on|are\s+getting\s+on|settled|coped|have\s+been|'ve\s+been|spent\s+(?:the|your)\s+(?:holidays?|christmas|summer)|like\s+(?:the|your)\s+new))\s+(?:really\s+)?\p{L}+|the\s+(?:affair|expenses|money|lies|texts|photos|messages|videos|debts?|weekend|night|fling)|(?:the|your|ur)\s+\p{L}+\s+(?:you|u)\s+(?:fiddled|stole|took|hid|nicked|faked|fudged|lied\s+about))`,
        String.raw`{WB}good\s+luck\s+(?:keeping|holding\s+on\s+to|explaining|hiding)\s+(?:(?:your|ur)\s+(?:new\s+)?\p{L}+|that|this|it)\s+(?:when|once|after)\s+(?:the\s+truth|it\s+all|everything|people|everyone|(?:your|ur)\s+\p{L}+|they|he|she)\s+(?:comes?\s+out|gets?\s+out|finds?\s+out|hears?|knows?|sees?)(?![\p{L}])`,
        String.raw`{WB}(?:you'?d|you\s+would|u'?d|u\s+would)\s+be\s+(?:amazed|surprised|shocked|astonished)\s+(?:at\s+)?(?:what|how\s+much)\s+i\s+(?:can|could)\s+(?:find\s+out|dig\s+up|find|learn|get\s+hold\s+of)(?:\s+about\s+(?:people|someone|anyone|anybody|you|u|him|her|them|(?:your|ur|his|her)\s+\p{L}+))?(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{WB}(?:someone|somebody|people|i|we|my\s+(?:brothers?|mates|lads|friends|cousins?))\s+(?:should|ought\s+to|will|'ll|is\s+going\s+to|are\s+going\s+to|needs?\s+to|could)\s+teach\s+(?:you|u|him|her|them|(?:your|ur)\s+(?:new\s+)?\p{L}+)\s+a\s+(?:little\s+|proper\s+|real\s+)?lesson(?!\s+(?:in|on|about|at|for)\b)`,
        String.raw`(?<!\b(?:worry|worried|worrying|afraid|scared|fear|frightened|hope\s+not|concerned)\b[^.!?\n]{0,30})(?:(?:you|u)(?:'re|\s+are|r)\s+(?:going\s+to|gonna)|(?:you|u)(?:'ll|\s+will))\s+lose\s+(?:everything|it\s+all|the\s+lot|every\s+last\s+\p{L}+)(?![\p{L}])(?!\s*,?\s+(?:if|unless|when\s+(?:you|u)\s+(?:drink|gamble|keep)|at\s+this\s+rate)\b)`,
        String.raw`{WB}${I_WILL}\s+(?:make\s+sure\s+(?:you|u)\s+(?:end\s+up|are|'re|r)\s+(?:left\s+)?with\s+nothing|leave\s+(?:you|u)\s+with\s+(?:nothing(?!\s+(?:but|to\s+worry|owed|to\s+pay|else\s+to))|the\s+debts?|all\s+the\s+debts?))(?![\p{L}])`,
        String.raw`{WB}(?:don'?t|do\s+not|dont)\s+be\s+(?:surprised|shocked)\s+if\s+(?:your|ur|his|her)\s+(?:new\s+)?(?:car|tyres|tires|windows?|windscreen|door|house|flat|bike|van|stuff|things|garden|shop|paintwork)\s+(?:are|is|get|gets|end\s+up|ends\s+up|turn\s+up|turns\s+up)\s+(?:all\s+)?(?:flat|smashed|slashed|scratched|keyed|broken|damaged|gone|missing|on\s+fire|burnt|burned|wrecked|in\s+pieces)(?![\p{L}])`,
        String.raw`{WB}(?:let'?s|we'?ll|we\s+will)\s+see\s+how\s+(?:brave|smug|happy|cocky|tough|confident|clever|pleased|big)\s+(?:you|u|he|she|they)\s+(?:are|is|feel|feels)\s+(?:when|once|after)\s+(?:everyone|everybody|people|the\s+truth|it\s+(?:all\s+)?(?:comes|gets)\s+out|they|he|she|(?:your|ur)\s+\p{L}+|(?:you|u)\s+(?:see|hear|read|get|open|find))\b`,
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:still\s+)?(?:have|got|kept)\s+(?:still\s+)?(?:a|the|my|your|ur)\s+(?:spare\s+)?keys?\s+(?:to|for)\s+(?:your|ur)\s+(?:new\s+)?(?:flat|house|place|door|front\s+door|car|building|apartment|home)\s*,?\s*(?:you|u|ya)\s+know(?=\s*(?:[.!?…]|$))`,
        String.raw`{WB}i\s+know\s+(?:that\s+)?(?:you'?re|you\s+are|ur|u\s+r|youre|she'?s|he'?s|she\s+is|he\s+is)\s+(?:home\s+alone|alone|on\s+(?:your|ur|her|his)\s+own|by\s+(?:yourself|urself|herself|himself)|in\s+by\s+(?:yourself|herself|himself))\s+(?:on|every|most|at|when|after|until|till|at\s+night|tonight)\b(?![^.!?\n]{0,60}?\b(?:if\s+(?:you|u)|fancy|call|ring|coffee|company|lonely|hope|worry|thinking\s+of\s+(?:you|u)|here\s+for|there\s+for)\b)`,
        String.raw`{WB}sleep\s+(?:well|tight|soundly)\s*,?\s+(?:if\s+(?:you|u)\s+can|while\s+(?:you|u)\s+(?:still\s+)?can)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:think|thought|reckon)\s+(?:you'?ve|you\s+have|u'?ve|u\s+have|you|u)\s+won\b[^.!?\n]{0,30}?\b(?:isn'?t|is\s+not|ain'?t|not)\s+over(?![\p{L}])`,
        String.raw`{WB}(?:you|u|he|she|they)(?:'ll|\s+will|ll)\s+get\s+(?:yours|his|hers|theirs)(?=\s*(?:[.!…]|$)|\s+(?:one\s+day|in\s+the\s+end|eventually|soon)\b)|{WB}(?:you|u|he|she|they|people\s+like\s+(?:you|u|him|her|them))\s+(?:always\s+)?(?:get|gets)\s+what'?s\s+coming\s+to\s+(?:you|u|them|him|her)(?=\s*(?:[.!…]|$)|\s+(?:one\s+day|in\s+the\s+end|eventually|sooner\s+or\s+later)\b)`,
        // Fourth family batch (danger11's workbench: texting, non-native, formal): "u better watch urself"; their people's
        // address known ("i kno where ur mum lives"; not to post a parcel); unhappiness promised ("You will not be happy with
        // him, I will make sure of it"); people who can find them; "be very careful from now on"; everyone at their new job
        // knowing by Monday; their name dragged through the courts; their professional body written to; damage wished on
        // their car or "that precious bike of yours"; what happened to the last person who lied to me; "nobody walks away
        // from me".
        String.raw`{WB}(?:you|u)(?:'d|\s+had|d)?\s+better\s+(?:watch|mind)\s+(?:urself|ur\s+back|ur\s+step|yaself|yourself)(?![\p{L}])`,
        String.raw`(?<!\b(?:forget|forgotten|remember)\s+(?:that\s+)?){WB}i\s+(?:know|kno|knw|found\s+out)\s+where\s+(?:your|ur|his|her)\s+(?:mum|mom|mam|dad|parents|sister|brother|kids|children|family|nan|gran|new\s+\p{L}+|boyfriend|girlfriend|bf|gf|partner|husband|wife)\s+(?:lives?|works?|stays?|parks?|drinks?|goes\s+to\s+school)(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:post|send|drop|deliver|return|parcel|card|flowers|present|gift|hope|wish|give|visit\s+(?:her|him|them)\s+(?:for|on)|birthday)\b)`,
        String.raw`{WB}(?:you|u|he|she|they|it)\s+(?:won'?t|will\s+not|will\s+never|'ll\s+never|wont)\s+(?:be\s+happy|last|work\s+out|get\s+away\s+with\s+(?:it|this|that))\b[^.!?\n]{0,30}?\bi(?:'ll|\s+will|ll)\s+make\s+sure\s+of\s+(?:it|that)(?![\p{L}])`,
        String.raw`{WB}i\s+know\s+(?:people|some\s+people|a\s+(?:guy|bloke|man|few\s+people)|someone|somebody)\s+(?:who|that)\s+(?:can|could|will|would|'d)\s+(?:easily\s+)?(?:find|track\s+down|locate|get\s+to|deal\s+with)\s+(?:you|u|him|her|them|anyone)(?=\s*(?:[.!?,;…]|$)|\s+(?:wherever|anywhere|if|when|in\s+(?:a\s+)?(?:day|hour|week))\b)`,
        String.raw`{WB}(?:you|u)\s+(?:should|might\s+want\s+to|need\s+to|ought\s+to|'d\s+better|had\s+better|better)\s+be\s+(?:very\s+|really\s+|extra\s+)?careful\s+from\s+now\s+on(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}${THIRD}\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to|is\s+gonna|are\s+gonna)\s+(?:all\s+)?(?:know|find\s+out|hear\s+about\s+it|have\s+heard)\s+(?:by|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the\s+weekend|next\s+week|the\s+end\s+of\s+the\s+(?:week|day))(?=\s*(?:[.!?,;…]|$))`,
        String.raw`{WB}(?:drag|dragging|dragged)\s+(?:you|u|your\s+name|ur\s+name|his\s+name|her\s+name)\s+through\s+(?:the|every|all\s+the)\s+(?:courts?|mud|papers|dirt|tabloids)(?![\p{L}])`,
        String.raw`{WB}(?:written|wrote|writing|reported|report(?:ing)?|complained|complaining|sent\s+a\s+complaint|send\s+a\s+complaint)\s+(?:you\s+)?to\s+(?:your|ur|his|her)\s+(?:professional\s+body|regulator|governing\s+body|licensing\s+board|board|gmc|nmc|sra|hcpc|bar\s+council|medical\s+council)(?![\p{L}'])`,
        String.raw`{WB}(?:your|ur|his|her)\s+(?:new\s+|precious\s+|lovely\s+|shiny\s+)?(?:car|van|bike|motorbike|windows?|windscreen|face|door|house|shop)\s+(?:would|'d|might)\s+look\s+(?:a\s+lot\s+|much\s+)?(?:better|nicer|good|great)\s+with\s+(?:a\s+few\s+|some\s+)?(?:scratches|dents|a\s+brick|a\s+dent|a\s+crack|cracks|graffiti|a\s+flat\s+tyre|flat\s+tyres|a\s+black\s+eye)(?![\p{L}])`,
        String.raw`{WB}(?:something|anything)\s+(?:might|may|could|will|'?ll)\s+(?:happen|go\s+wrong)\s+to\s+(?:that|your|ur|his|her)\s+(?:precious|lovely|shiny|beloved|perfect|pretty|fancy)\s+(?:new\s+|little\s+)?\p{L}+(?:\s+of\s+(?:yours|urs|his|hers))?(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:storm|wind|weather|frost|rain|snow|flood|heat|tie|cover|insure|insurance|service|mot)\b)`,
        String.raw`{WB}(?:remember|you\s+know|think\s+about|don'?t\s+forget)\s+what\s+happened\s+to\s+(?:the\s+last\s+(?:person|guy|girl|one|woman|man|bloke)|(?:your|ur|my)\s+(?:last|ex)\s*-?\s*\p{L}*)\s+(?:who|that)\s+(?:lied\s+to|crossed|cheated\s+on|left|dumped|betrayed|messed\s+(?:with|me\s+around))\b`,
        String.raw`{WB}(?:nobody|no\s*one|no\s+one)\s+(?:walks\s+(?:away|out)\s+on|walks\s+away\s+from|gets\s+to\s+(?:walk\s+away\s+from|leave|dump)|leaves|dumps|makes\s+a\s+fool\s+of)\s+me(?=\s*(?:[.!…]|$)|\s+(?:like\s+that|and\s+gets\s+away|and\s+lives)\b)`,
        // Sixth batch (danger11's workbench): a sneer at "your little habit" their people would love to know about (not a
        // niece or a business); outing or exposing them to a parent ("Maybe I'll tell your dad you're gay"); the joint account
        // emptied (not to split it); everyone seeing those pictures "one way or another"; a false accusation promised if
        // they go to the police; their partner knowing "because she will soon"; their diary kept, "some of those pages are
        // very interesting".
        String.raw`{WB}${I_WILL}\s+tell\s+(?:${THIRD}|him|her|them)\s+(?:that\s+)?(?:you'?re|you\s+are|ur|u\s+r|youre|you\s+were)\s+(?:gay|bi|bisexual|trans|lesbian|queer|pregnant|an?\s+(?:addict|alcoholic|junkie)|on\s+(?:drugs|benefits|antidepressants)|seeing\s+someone|cheating|in\s+debt|hiv\s+positive|positive|in\s+therapy|on\s+medication)(?![\p{L}])`,
        String.raw`{WB}${I_WILL}\s+(?:empty|clear\s+out|drain|clean\s+out|wipe\s+out|take\s+everything\s+(?:out\s+of|from))\s+(?:the|our|your|ur)\s+(?:joint\s+)?(?:account|savings|bank\s+account|isa|pension)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:half|split|your\s+share|send\s+(?:you|u)|transfer|give\s+(?:you|u)|fair|close\s+it|agreed)\b)`,
        String.raw`{WB}(?:every(?:one|body)|the\s+(?:whole\s+)?world|all\s+(?:your|ur)\s+\p{L}+)(?:'s|\s+is|\s+are|'re)?\s+(?:going\s+to|gonna|will|'ll)\s+(?:see|get\s+to\s+see|have\s+a\s+look\s+at)\s+(?:those|these|your|ur|our)\s+(?:\p{L}+\s+)?(?:pictures|photos|pics|videos|vids|nudes|messages|texts|screenshots)(?![\p{L}])(?=[^.!?\n]{0,40}?\b(?:one\s+way\s+or\s+another|whether\s+(?:you|u)\s+like\s+it|soon\s+enough|if\s+(?:you|u)\s+(?:don'?t|keep|won'?t)|unless|trust\s+me|mark\s+my\s+words|you'?ll\s+see)\b)`,
        String.raw`{WB}if\s+(?:you|u)\s+(?:go\s+to|call|ring|tell|phone|report\s+me\s+to)\s+(?:the\s+)?(?:police|cops|court|judge|anyone|(?:your|ur)\s+\p{L}+)\b[^.!?\n]{0,20}?\b${I_WILL}\s+(?:say|tell\s+(?:them|everyone|the\s+police|the\s+court))\s+(?:that\s+)?(?:you|u)\s+(?:hit|hurt|attacked|assaulted|raped|abused|threatened|stole|started\s+it|stalked)(?![\p{L}])`,
        String.raw`{WB}(?:hope|bet|wonder\s+(?:if|whether))\s+(?:${THIRD}|she|he|they)\s+knows?\s+about\s+[^.!?\n]{1,40}?\b(?:because|cos|coz|cause|as)\s+(?:she|he|they)(?:'ll|\s+will)\s+(?:soon|very\s+soon|before\s+long|shortly)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:got|have|kept|'ve\s+got)\s+(?:still\s+)?(?:your|ur)\s+(?:old\s+)?(?:diary|diaries|journal|journals|notebook|notebooks)\b[^.!?\n]{0,60}?\b(?:very|really|most|quite|rather|pretty)\s+(?:interesting|revealing|entertaining|enlightening|juicy|illuminating)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'veiled',
      // Said sideways: leverage, a consequence after "or", people who will find out, a place or a
      // schedule known, a calm warning. "Sign the papers or the judge hears everything", "Does Sophie
      // know about February? Because she will.", "I know what time your yoga class finishes".
      re: [
        // Exposure as a consequence: "... or the judge hears everything", "or I ring the police".
        `{B}or\\s+(?:else\\s+)?(?:${THIRD}|the\\s+(?:judge|court|police|cops|council|school|press|papers|board|landlord|magistrates?)|people)\\s+(?:hears?|finds?\\s+out|sees?|gets?\\s+(?:to\\s+(?:see|hear|know)|a\\s+copy|the\\s+\\p{L}+|an?\\s+(?:very\\s+|really\\s+|little\\s+|long\\s+)?(?:interesting|detailed|revealing|surprising|enlightening|informative)\\s+(?:email|e-mail|letter|call|phone\\s+call|message|text|visit|package|parcel))|learns?|knows?|reads?|will\\s+(?:hear|find\\s+out|see|know|learn|read))\\b`,
        "{B}or\\s+(?:else\\s+)?i(?:'ll|\\s+will|ll)?\\s+(?:ring|call|phone|go\\s+to|tell|report\\s+(?:you|u|him|her)\\s+to|contact|email|text|write\\s+to)\\s+(?:the\\s+(?:police|cops|judge|court|council|papers|press|school|landlord)|(?:your|ur|his|her)\\s+(?:boss|employer|manager|husband|wife|parents|mum|mom|dad|family|new\\s+\\p{L}+)|my\\s+(?:solicitor|lawyer|attorney)|everyone|everybody)(?![\\p{L}])",
        // Telling their partner, put to them as a choice: "Either you tell him about us this week, or I will", "if u dont tell
        // ur husband bout us by sunday ill tell him myself", "Should you neglect to tell your wife…, I shall do it myself".
        "{B}(?:either\\s+)?(?:you|u)\\s+(?:(?:have\\s+to|need\\s+to|must|better|'d\\s+better|had\\s+better)\\s+)?(?:tell|inform|let|come\\s+clean\\s+(?:to|with)|confess\\s+to)\\s+(?:him|her|(?:your|ur)\\s+(?:new\\s+)?(?:husband|wife|hubby|missus|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|man|woman|fella|bloke|other\\s+half))(?![\\p{L}])(?:\\s+know)?[^.!?\\n]{0,60}?\\bor\\s+(?:else\\s+)?(?:i\\s+will|i'?ll|ill|i\\s+shall)(?:\\s+(?:do\\s+it|tell\\s+(?:him|her|them)|let\\s+(?:him|her|them)\\s+know|do\\s+the\\s+telling))?(?:\\s+(?:myself|for\\s+(?:you|u)))?(?=\\s*(?:[.!,;…]|$))(?![,;]?\\s*(?:whichever|if\\s+(?:you|u)(?:'d|\\s+would)\\s+(?:rather|prefer|like)|if\\s+(?:that'?s|it'?s)\\s+easier|(?:she|he|they)\\s+asked))(?![^.!?\\n]{0,60}?\\b(?:surprise|party|present|gift|birthday)\\b)",
        "{B}(?:tell|inform)\\s+(?:him|her|(?:your|ur)\\s+(?:new\\s+)?(?:husband|wife|hubby|missus|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|man|woman|fella|bloke|other\\s+half))(?![\\p{L}])[^.!?\\n]{0,50}?\\byourself\\s*,?\\s*or\\s+(?:else\\s+)?(?:i\\s+will|i'?ll|ill|i\\s+shall)(?:\\s+(?:do\\s+it|tell\\s+(?:him|her|them)))?(?=\\s*(?:[.!,;…]|$))(?![,;]?\\s*(?:whichever|if\\s+(?:you|u)(?:'d|\\s+would)\\s+(?:rather|prefer|like)|if\\s+(?:that'?s|it'?s)\\s+easier|(?:she|he|they)\\s+asked))(?![^.!?\\n]{0,60}?\\b(?:surprise|party|present|gift|birthday)\\b)",
        "{B}(?:if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|will\\s+not|haven'?t|havent|fail\\s+to|refuse\\s+to)|(?:should|if)\\s+(?:you|u)\\s+(?:fail|refuse|neglect)\\s+to|unless\\s+(?:you|u))\\s+(?:tell|inform|let|come\\s+clean\\s+(?:to|with)|confess\\s+to)\\s+(?:him|her|(?:your|ur)\\s+(?:new\\s+)?(?:husband|wife|hubby|missus|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|man|woman|fella|bloke|other\\s+half))(?![\\p{L}])(?:\\s+know)?[^.!?\\n]{0,80}?,?\\s+(?:then\\s+)?(?:i\\s+will|i'?ll|ill|i\\s+shall)(?:\\s+(?:do\\s+it|tell\\s+(?:him|her|them)|inform\\s+(?:him|her|them)|let\\s+(?:him|her|them)\\s+know))?(?:\\s+(?:myself|for\\s+(?:you|u)))?(?=\\s*(?:[.!,;…]|$))(?![,;]?\\s*(?:whichever|if\\s+(?:you|u)(?:'d|\\s+would)\\s+(?:rather|prefer|like)|if\\s+(?:that'?s|it'?s)\\s+easier|(?:she|he|they)\\s+asked))(?![^.!?\\n]{0,60}?\\b(?:surprise|party|present|gift|birthday)\\b)",
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
        `{B}(?:what|how)\\s+(?:your|ur|his|her)\\s+(?:new\\s+)?(?:\\p{L}+\\s+)?(?:friends|family|parents|boss|colleagues|coworkers|mum|mom|dad|${PARTNER_TITLES}|partner|church|congregation|neighbours|neighbors)(?:\\s+(?:at|in|from)\\s+(?:the\\s+)?\\p{L}+)?\\s+(?:would|will|might)\\s+(?:think|say|make)\\s+(?:of|about)\\s+(?:the\\s+real\\s+(?:you|u|him|her)|what\\s+(?:you|u)\\s+(?:did|really\\s+did|'?ve\\s+done|get\\s+up\\s+to)|your\\s+(?:little\\s+)?secrets?)`,
        "{B}(?:your|ur|his|her)\\s+(?:new\\s+)?(?:address|number|flat|place|house|workplace|office|email)\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not|wasnt|isnt)\\s+(?:that\\s+|very\\s+|so\\s+)?(?:hard|difficult|tricky)\\s+to\\s+(?:find|get|track\\s+down|work\\s+out)",
        "{B}(?:i'?m\\s+sure\\s+)?(?:he|she|they)(?:'d|\\s+would)\\s+(?:love|like|be\\s+(?:very\\s+|really\\s+)?interested)\\s+to\\s+(?:hear|know|learn)\\s+(?:all\\s+)?about\\s+(?:us|you\\s+and\\s+me|what\\s+(?:you|u|we)\\s+(?:did|got\\s+up\\s+to)|the\\s+affair|that\\s+night|(?:our|your|ur)\\s+(?:affair|weekends?|nights?|little\\s+(?!(?:niece|nephew|ones?|girl|boy|baby|babies|grandson|granddaughter|grandkids|cousin|sister|brother|garden|allotment|trip|holiday|adventure|business|caf[ée]|bakery|shop|project|flat|house|cottage|dog|cat|puppy|kitten)\\b)\\p{L}+))(?![\\p{L}])",
        `{B}(?:${THIRD}|he|she|they)\\s+(?:might|may|would|could|'d|will|'ll)\\s+(?:be\\s+)?(?:very\\s+|really\\s+|most\\s+|quite\\s+|so\\s+)?(?:interested|curious|keen|fascinated|surprised|shocked)\\s+(?:in|by|to\\s+(?:see|hear|know|learn|read|find\\s+out))\\s+(?:about\\s+)?what\\s+i(?:'ve|\\s+have)?\\s+(?:got|have|know|found|saved|kept|seen|heard)`,
        `{B}(?:${THIRD}|he|she|they)\\s+(?:would|might|may|could|'d)\\s+(?:really\\s+|very\\s+much\\s+)?(?:like|love|want|be\\s+(?:very\\s+|really\\s+)?interested)\\s+to\\s+(?:know|hear|learn|find\\s+out)\\s+(?:all\\s+)?about\\s+(?:your|ur|his|her)\\s+(?:little|secret|cosy|cozy|dirty|private|sordid|naughty|special\\s+little)\\s+(?!(?:niece|nephew|ones?|girl|boy|baby|babies|grandson|granddaughter|grandkids|cousin|sister|brother|garden|allotment|trip|holiday|adventure|business|caf[ée]|bakery|shop|project|flat|house|cottage|dog|cat|puppy|kitten)\\b)\\p{L}+`,
        "{B}(?:won'?t|will\\s+not|wont|can'?t|cannot)\\s+be\\s+(?:held\\s+)?responsible\\s+for\\s+(?:what\\s+(?:happens|i\\s+(?:do|might\\s+do|'?ll\\s+do))|my\\s+actions)(?=\\s*(?:[.!,;…]|$)|\\s+(?:next|then|to\\s+(?:him|her|you|u|them))\\b)",
        '{B}i\\s+know\\s+(?:where|what\\s+time|when|which\\s+\\p{L}+)\\s+(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?(?:class|classes|shift|shifts|session|training|practice|lessons?|work|school|kids?|children|son|daughter|boyfriend|girlfriend|partner|husband|wife|bf|gf|bloke|man|fella|new\\s+\\p{L}+)\\s+(?:finish(?:es)?|ends?|starts?|leaves?|lives?|works?|parks?|goes|gets\\s+(?:home|out|off)|sleeps?|trains?)(?![\\p{L}])',
        `{B}${I_WILL}\\s+(?:show\\s+up|turn\\s+up|come|appear|stand\\s+up)\\s+(?:at|to)\\s+(?:your|ur|the|his|her)\\s+(?:wedding|work|office|job|party|engagement\\s+party|reception|church|family\\s+dinner|parents'?\\s+(?:house|place)|graduation)\\s+and\\s+(?:make|cause|start|tell|say|ruin|embarrass|expose|object|scream|shout)\\b`,
        `{B}${I_WILL}\\s+make\\s+(?:your|ur|his|her|their)\\s+(?:life|lives|job|work|new\\s+life)\\s+(?:very\\s+|really\\s+|extremely\\s+|so\\s+)?(?:difficult|hard|unpleasant|complicated|uncomfortable|awkward|interesting)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+tell\\s+(?:the\\s+(?:kids|children|boys|girls)|(?:your|ur|our)\\s+(?:${KIDS}|boss|parents|mum|mom|dad|husband|wife|friends|family|new\\s+\\p{L}+))\\s+(?:exactly\\s+|precisely\\s+)?(?:why\\s+(?:you|u|their\\s+(?:dad|mum|mom|father|mother))\\s+(?:left|really\\s+left|cheated|lied)|the\\s+real\\s+reason|what\\s+(?:you|u|their\\s+(?:dad|mum|mom|father|mother))\\s+(?:did|really\\s+did|is\\s+really\\s+like|are\\s+really\\s+like|really\\s+(?:is|are)))`,
        `{B}${I_WILL}\\s+(?:tell|show)\\s+${AUDIENCE}\\s+the\\s+(?:real|true|whole)\\s+story(?![\\p{L}])(?!\\s+(?:of|about)\\s+(?:me|my|how\\s+(?:i|we\\s+met)))(?![^.!?\\n]{0,5}[:—–-]\\s*(?:i|it\\s+was\\s+(?:me|my)))`,
        "{B}(?:you|u|he|she|they)(?:'ll|ll|\\s+will|'re\\s+going\\s+to|\\s+are\\s+going\\s+to|'re\\s+gonna|\\s+(?:is|are)\\s+gonna)\\s+(?:find\\s+out|learn|see)\\s+(?:it\\s+|that\\s+)?the\\s+hard\\s+way",
        `{B}(?:i'?d|i\\s+would|you'?d|you\\s+would)\\s+hate\\s+for\\s+(?:${THIRD}|the\\s+(?:\\p{L}+\\s+){0,2}?(?:council|board|police|school|hospital|court|judge|press|papers|regulator|church|committee|employer|landlord|authorities|bank|firm|union|club|tribunal))\\s+to\\s+(?:hear|find\\s+out|learn|know|see|read|get\\s+wind|discover)\\b`,
        "{B}i\\s+(?:still\\s+)?(?:have|kept|saved|'ve\\s+(?:still\\s+)?(?:got|kept|saved))\\s+(?:all\\s+)?(?:the|those|these|your|ur|our|some|a\\s+few)\\s+(?:\\p{L}+\\s+)?(?:photos|pictures|pics|videos|vids|screenshots|recordings|nudes)(?![\\p{L}])(?=[^.!?\\n]{0,40}?[.!;,—–-]\\s*(?:think\\s+about\\s+(?:that|it)|(?:just\\s+)?remember\\s+that|keep\\s+that\\s+in\\s+mind|bear\\s+that\\s+in\\s+mind)\\s*(?:[.!…]|$))",
        "{B}(?:(?:still\\s+)?have|'ve\\s+(?:still\\s+)?got|still\\s+got|kept)\\s+access\\s+to\\s+(?:all\\s+)?(?:your|ur|his|her)\\s+(?:\\p{L}+\\s+)?(?:email|emails|inbox|phone|account|accounts|icloud|cloud|photos|messages|insta|instagram|facebook|bank|laptop|computer|drive|location|whatsapp|snapchat)(?![\\p{L}])",
        `{B}i\\s+know\\s+(?:where|what\\s+time|when|which\\s+\\p{L}+)\\s+(?:your|ur|his|her)\\s+(?:new\\s+)?(?:\\p{L}+\\s+)?(?:${MUM_OR_DAD}|parents|sister|brother|family|kids?|children|son|daughter|boyfriend|girlfriend|partner|husband|wife|bf|gf|bloke|fella|man|woman|friends?|boss|nan|gran|grandma|grandparents)\\s+(?:live|lives|work|works|go|goes|park|parks|sleep|sleeps|stay|stays|drink|drinks|shop|shops|walk|walks|eat|eats|train|trains)(?![\\p{L}])`,
        '{B}secrets?\\s+(?:stays?|will\\s+stay|remains?|is\\s+safe|are\\s+safe)\\s+(?:a\\s+)?(?:secrets?\\s+|safe\\s+)?(?:(?:with\\s+me\\s+)?(?:as\\s+long\\s+as|only\\s+if|unless|for\\s+now|until|so\\s+long\\s+as))(?![\\p{L}])',
        `{B}(?:${THIRD}|he|she|they|people|hr)\\s+(?:would|might|will|'d|could)\\s+find\\s+(?:my\\s+(?:phone|laptop|inbox|camera\\s+roll|messages|screenshots|photos|files|diary)|what\\s+i\\s+(?:have|know|'ve\\s+got|kept|found))\\s+(?:very\\s+|really\\s+|most\\s+|quite\\s+|extremely\\s+)?(?:interesting|fascinating|illuminating|enlightening|eye-opening|revealing)`,
        `{B}(?:${THIRD}|he|she|they|hr|the\\s+(?:police|council|board|school|press|papers|court|judge))\\s+(?:would|might|will|'d|could|may)\\s+(?:really\\s+|very\\s+much\\s+)?(?:like|love|want|be\\s+(?:very\\s+|really\\s+)?interested)\\s+to\\s+(?:hear|know|learn|find\\s+out|see)\\s+(?:about\\s+)?how\\s+(?:you|u)\\s+(?:treat|treated|talk\\s+to|talked\\s+to|spoke\\s+to|behave|behaved|speak\\s+to)(?![\\p{L}])`,
        `{B}(?:shame|pity|terrible|awful|sad)\\s+for\\s+(?:${THIRD}|(?:your|ur)\\s+(?:${KIDS})|him|her|them)\\s+to\\s+(?:find\\s+out|hear|learn|see|know|read|discover)(?![\\p{L}])`,
        "{B}(?:i(?:'ve|\\s+have)?\\s+(?:got\\s+)?)?nothing\\s+(?:left\\s+)?to\\s+lose\\b[,;.—–-]*\\s*(?:remember\\s+that|(?:don'?t|dont)\\s+forget(?:\\s+that)?|keep\\s+that\\s+in\\s+mind|so\\s+(?:don'?t|dont)\\s+(?:test|push)|unlike\\s+(?:you|u)|and\\s+(?:you|u)\\s+(?:have|'ve\\s+got)\\s+(?:everything|a\\s+lot))|{B}(?:you'?ve|you\\s+have|u\\s+have|you)\\s+(?:got\\s+)?(?:a\\s+lot\\s+|so\\s+much\\s+|far\\s+|much\\s+)?(?:more|everything)\\s+to\\s+lose\\s+(?:than\\s+(?:me|i\\s+do)|here|in\\s+this)(?![\\p{L}])",
        "{B}(?:he|she|they)(?:'ll|\\s+will|ll)\\s+know\\s+(?:exactly\\s+)?what\\s+i\\s+mean(?![\\p{L}])",
        `{B}${I_WILL}\\s+be\\s+(?:seeing|visiting|paying\\s+a\\s+visit\\s+to|having\\s+a\\s+word\\s+with|talking\\s+to|meeting|dropping\\s+in\\s+on)\\s+(?:your|ur)\\s+(?:new\\s+)?(?:boyfriend|girlfriend|partner|husband|wife|boss|man|bloke|fella|bf|gf|fianc[ée]e?)(?![\\p{L}])`,
        '{B}one\\s+(?:\\p{L}+\\s+)?(?:screenshot|post|call|click|email|text|message|word|phone\\s+call|photo|picture|letter|tweet)\\s+(?:from\\s+me\\s+)?(?:and|&)\\s+(?:your|ur|his|her)\\s+(?:whole\\s+)?(?:life|world|career|marriage|relationship|job|reputation|new\\s+\\p{L}+)(?![\\p{L}])',
        "{B}(?:might\\s+want\\s+to|should|(?:had|'d)\\s+better|better|need\\s+to|ought\\s+to)\\s+(?:be\\s+(?:very\\s+|really\\s+)?careful|watch|think\\s+twice\\s+about)\\s+(?:what|how|who)\\s+(?:you|u)\\s+(?:say|tell|talk|post|write|speak)\\b[^.!?\\n]{0,30}?\\babout\\s+me(?![\\p{L}])|{B}(?:watch|mind)\\s+what\\s+(?:you|u)\\s+(?:say|post|write|tell\\s+people)\\s+about\\s+me(?![\\p{L}])",
        "{B}(?:things|this|it)\\s+(?:could|can|will|might|is\\s+going\\s+to|is\\s+gonna|'?ll)\\s+get\\s+(?:very\\s+|really\\s+|pretty\\s+|extremely\\s+)?(?:ugly|nasty)(?![\\p{L}])",
        `{B}funny\\s+how\\s+(?:${THIRD}|he|she|they|nobody|no\\s+one)\\b[^.!?\\n]{0,40}?\\b(?:doesn'?t|don'?t|does\\s+not|do\\s+not|never)\\s+(?:know|mention|hear|seem\\s+to\\s+know)(?![\\p{L}])`,
        `{B}(?:would|'d|wonder)\\b[^.!?\\n]{0,40}?\\bif\\s+(?:${THIRD}|he|she|they)\\s+(?:ever\\s+)?(?:knew|found\\s+out|learned|heard|saw|read)\\s+(?:the\\s+truth\\s+about\\s+(?:you|u|us)|what\\s+(?:you|u)\\s+(?:did|really\\s+\\p{L}+|'?ve\\s+done|get\\s+up\\s+to)|about\\s+(?:us|you\\s+and\\s+me|the\\s+affair|(?:your|ur)\\s+(?:affair|little\\s+\\p{L}+|past|secret))|the\\s+truth(?=\\s*(?:[.!?,;…]|$)))`,
        `{B}i\\s+(?:could|can|might|should)\\s+(?:just\\s+|easily\\s+)?(?:send|show|forward|post|leak)\\s+(?:these|those|them|this|it\\s+all|everything)\\s+to\\s+(?:${THIRD}|the\\s+(?:police|press|papers)|everyone|everybody)`,
        "{B}(?:to|better|should|'d|had|might\\s+want\\s+to|i\\s+would)\\s+sleep\\s+with\\s+one\\s+eye\\s+open",
        "{B}(?:watch|see|wait\\s+and\\s+see|just\\s+see)\\s+what\\s+happens\\s+(?:if|when|the\\s+(?:next\\s+)?(?:moment|minute|day|second|time))\\s+(?:you|u|he|she)\\s+(?:block|blocks|ignore|ignores|don'?t|dont|try|tries|tell|tells|report|call|leave|marry|marries|move\\s+on|cross|lie|cheat|choose|pick|bring)\\b",
        "{B}(?:this|it)\\s+(?:isn'?t|is\\s+not|ain'?t|'s\\s+not|is\\s+far\\s+from|is\\s+nowhere\\s+near)\\s+(?:over|finished|done)(?:\\s+(?:yet|between\\s+us))?\\s*[,.!—–-]*\\s*(?:not\\s+by\\s+a\\s+long\\s+(?:shot|way|chalk)|not\\s+until\\s+i\\s+say\\s+(?:so|it\\s+is)|mark\\s+my\\s+words)",
        `{B}(?:${THIRD}|hr|the\\s+(?:police|council|board|school|court|judge|press))\\s+(?:might|may|could|will|'ll|would)\\s+(?:get|have|form|see)\\s+(?:a\\s+)?(?:very\\s+|rather\\s+|completely\\s+|totally\\s+)?(?:different|new|clearer|fuller|whole\\s+new)\\s+(?:picture|view|idea|opinion|impression)\\s+of\\s+(?:you|u|him|her)(?![\\p{L}])`,
        "^\\s*(?:you|u)\\s+know\\s+the\\s+ones(?=\\s*(?:[.!…]|$))|{B}i(?:'ve|\\s+have)\\s+got\\s+(?:the|those|all\\s+the|your|ur)\\s+(?:\\p{L}+\\s+)?(?:recordings|screenshots|videos|nudes|evidence|receipts)(?![\\p{L}])",
        "{B}i\\s+know\\s+(?:your|ur|his|her)\\s+(?:daily\\s+|weekly\\s+|whole\\s+|new\\s+)?(?:routine|schedule|movements|timetable|every\\s+move|shifts|comings\\s+and\\s+goings)(?![\\p{L}])(?!\\s+(?:is|was|has|must|'s|are)\\b)",
        "{B}(?:if|don'?t|do\\s+not)\\s+(?:you\\s+)?think\\s+i(?:'ll|\\s+will|'m\\s+going\\s+to)\\s+(?:just\\s+|simply\\s+|quietly\\s+)?(?:disappear|go\\s+away|fade\\s+away|walk\\s+away|let\\s+(?:this|it)\\s+go|back\\s+off|drop\\s+(?:this|it))\\b[^.!?\\n]{0,30}?\\b(?:you\\s+(?:don'?t|do\\s+not)\\s+know\\s+me|think\\s+again|you'?re\\s+(?:wrong|mistaken|dreaming))",
        `{B}i\\s+(?:saw|spotted|clocked|noticed)\\s+(?:your|ur)\\s+car\\s+(?:outside|at|parked\\s+(?:outside|at|near))\\s+(?:his|her|their|\\p{L}+'s)\\s+(?:place|house|flat)|{B}i\\s+(?:took|got|snapped|have)\\s+(?:a\\s+|some\\s+)?(?:photos?|pictures?|pics?|videos?)\\s+of\\s+(?:the\\s+two\\s+of\\s+you|you\\s+two|you\\s+both|(?:you|u)\\s+(?:and|with)\\s+(?:him|her|\\p{L}+))(?![\\p{L}])`,
        '{B}(?:before|or|then)\\s+i\\s+(?:start|begin)\\s+(?:making\\s+(?:calls|phone\\s+calls|some\\s+calls)|telling\\s+people|naming\\s+names|posting|sharing|talking\\s+to\\s+people)(?![\\p{L}])',
        "{B}(?:hate|wouldn'?t\\s+want|would\\s+not\\s+want)\\s+to\\s+be\\s+the\\s+one\\s+(?:who|that)\\s+(?:starts|tells|spreads|lets\\s+(?:it|that)\\s+slip|says|mentions)(?![\\p{L}])",
        "{B}(?:keeping|kept|have|'ve\\s+got|building|started|start)\\s+(?:a\\s+)?(?:file|record|log|dossier|diary|list|spreadsheet|timeline|note)\\s+(?:on|of)\\s+(?:you|u|everything\\s+(?:you|u)|all\\s+(?:your|ur)|(?:your|ur)\\s+\\p{L}+)(?![\\p{L}])",
        "{B}(?:still\\s+)?(?:has|have|got)\\s+my\\s+number\\b[^.!?\\n]{0,10}?,?\\s*(?:remember\\s+that|(?:don'?t|dont)\\s+forget(?:\\s+that)?|just\\s+saying|just\\s+so\\s+(?:you|u)\\s+know)",
        '{B}(?:things|stuff|accidents|bad\\s+things)\\s+(?:happen|tend\\s+to\\s+happen|have\\s+a\\s+way\\s+of\\s+happening)\\s+to\\s+(?:people|those|anyone|girls|guys|men|women)\\s+(?:who|that)\\s+(?:lie|cheat|cross|mess|ignore|hurt|betray|double-cross|disrespect|use|play)',
        '{B}(?:should|better|might\\s+want\\s+to)\\s+lock\\s+(?:your|ur)\\s+(?:car|door|doors|windows|bike)\\b[^.!?\\n]{0,30}?\\b(?:anyone|anybody|someone|somebody)\\s+could',
        "{B}(?:she'?s|he'?s|they'?re|she\\s+is|he\\s+is|they\\s+are)\\s+(?:very\\s+|really\\s+|quite\\s+|so\\s+)?(?:interested|curious)\\s+in\\s+(?:our|the)\\s+(?:story|side\\s+of\\s+things|history|past|little\\s+\\p{L}+)(?![\\p{L}])",
        '{B}i\\s+know\\s+(?:what|which)\\s+(?:car|van|bike|bus|train|gym|pub|route|bar|café|cafe)\\s+(?:he|she|they|you|u|(?:your|ur)\\s+(?:new\\s+)?\\p{L}+)\\s+(?:drives?|takes?|rides?|uses?|goes\\s+to|parks?|drinks\\s+(?:in|at))(?![\\p{L}])(?![^.!?\\n]{0,25}?\\b(?:because|since|so\\s+i|as\\s+(?:he|she|they))\\b)',
        `{B}(?:${THIRD})\\s+and\\s+i\\s+(?:go\\s+way\\s+back|are\\s+(?:old\\s+)?friends|know\\s+each\\s+other|are\\s+(?:very\\s+)?close|still\\s+talk|talk|have\\s+been\\s+talking)\\b[,;]?\\s*(?:did\\s+(?:you|u)\\s+know(?:\\s+that)?|just\\s+so\\s+(?:you|u)\\s+know|remember\\s+that|you\\s+know)(?=\\s*(?:[.!?…]|$))`,
        '(?<=(?:^|[.!?\\n,;:—–])\\s{0,3})think\\s+(?:very\\s+|really\\s+|long\\s+and\\s+)?(?:hard|carefully|twice)\\s+before\\s+(?:you|u)\\s+(?:go\\s+to|call|ring|tell|report\\s+(?:me|this)\\s+to|talk\\s+to|speak\\s+to|contact)\\s+(?:the\\s+(?:police|cops|court|judge)|a\\s+(?:lawyer|solicitor)|your\\s+(?:lawyer|solicitor)|court|hr|anyone|anybody|people)(?![\\p{L}])',
        `(?<=\\b(?:${KIDS}|boys|girls|baby)\\b[^.!?\\n]{0,60})(?:you|u)\\s+(?:won'?t|will\\s+not|wont|'ll\\s+never|will\\s+never)\\s+see\\s+(?:them|him|her)\\s+(?:again|ever\\s+again)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+be\\s+waiting\\s+for\\s+(?:him|her|them|(?:your|ur)\\s+(?:new\\s+)?(?:boyfriend|girlfriend|partner|husband|wife|man|bloke|fella|bf|gf))\\s+(?:after|outside|when|one\\s+of\\s+these|at)(?![\\p{L}])`,
        '{B}funny\\s+(?:what|how)\\s+(?:people|things|stuff|secrets|the\\s+truth)\\s+(?:find\\s+out|come\\s+out|get\\s+out|have\\s+a\\s+way\\s+of\\s+(?:coming|getting)\\s+out)',
        `{B}(?:${THIRD}|(?:your|ur)\\s+(?:new\\s+)?(?:\\p{L}+\\s+)?(?:friends|family|parents|boss|colleagues|coworkers|mum|mom|dad|${PARTNER_TITLES}|partner|kids|children|sister|brother|congregation|neighbours|neighbors|employer|manager)|he|she|they)\\s+(?:would|'d|will|'ll|might)\\s+be\\s+(?:so\\s+|very\\s+|really\\s+|absolutely\\s+)?(?:devastated|shocked|horrified|disgusted|appalled|scandali[sz]ed|interested|fascinated)\\s+(?:to\\s+(?:know|hear|learn|find\\s+out|see|read)|by|at)\\s+(?:what\\s+(?:you|u)\\b|how\\s+(?:you|u)\\b(?!'?re\\s+(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping)|\\s+(?:are|were)\\s+(?:(?:really\\s+)?(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping))|\\s+(?:got\\s+on|are\\s+getting\\s+on|settled|coped|have\\s+been|'ve\\s+been|spent\\s+(?:the|your)\\s+(?:holidays?|christmas|summer)|like\\s+(?:the|your)\\s+new))|(?:those|these|the|your|ur)\\s+(?:messages|photos|texts|pictures|videos|screenshots|emails|truth|secrets?|little\\s+\\p{L}+))`,
        `{B}${I_WILL}\\s+(?:pay|give)\\s+(?:your|ur|his|her)\\s+(?:new\\s+)?(?:place|house|flat|work|office|parents|family|gym)\\s+a\\s+(?:little\\s+|surprise\\s+|quick\\s+)?visit`,
        '{B}(?:spoken|spoke|talked|been\\s+talking|gone|went)\\s+to\\s+(?:a|my|the)\\s+(?:lawyer|solicitor|police|journalist|reporter)\\s+about\\s+(?:you(?![\\p{L}])|u(?![\\p{L}])|what\\s+(?:you|u)\\b|how\\s+(?:you|u)\\b|the\\s+(?:photos|messages|texts|pictures|videos)\\s+(?:you|u)\\b|(?:your|ur)\\s+(?:behaviour|behavior|conduct|messages|texts|photos|drinking|affair|lies))',
        "{B}(?:if\\s+i\\s+were|in)\\s+(?:him|her|them|you|u|his\\s+shoes|her\\s+shoes|your\\s+shoes),?\\s+i\\s+(?:wouldn'?t|would\\s+not|'d\\s+not)\\s+(?:feel\\s+(?:too\\s+|very\\s+|so\\s+)?(?:safe|comfortable|secure|relaxed)|sleep\\s+(?:too\\s+)?(?:well|easy|easily|soundly))",
        "{B}(?:would|could|'d)\\s+be\\s+(?:so\\s+|very\\s+|really\\s+)?(?:easy|simple)\\s+(?:for\\s+me\\s+)?to\\s+(?:ruin|destroy|wreck|expose|spoil|blow\\s+up)\\s+(?:this|it|everything|things|that|(?:your|ur)\\s+\\p{L}+)(?![\\p{L}])",
        "{B}i\\s+know\\s+where\\s+(?:you|u|he|she|they)(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+are\\s+going\\s+to|'s\\s+going\\s+to|\\s+is\\s+going\\s+to)\\s+be\\s+(?:on|at|this|tonight|tomorrow|next)(?![\\p{L}])(?![^.!?\\n]{0,25}?:)",
        "{B}(?:i'?d|i\\s+would|you\\s+should|you'?d\\s+better|better)\\s+be\\s+(?:very\\s+|really\\s+|extremely\\s+)?careful\\s+(?:about\\s+)?(?:who|what|how\\s+much)\\s+(?:you|u)\\s+(?:tell|say|talk|post|share)(?![\\p{L}])",
        "{B}what\\s+(?:you'?re|you\\s+are|ur|u\\s+r|you)\\s+(?:really\\s+)?like\\s+behind\\s+closed\\s+doors|{B}(?:love|like|want|be\\s+interested)\\s+to\\s+(?:know|hear|see|learn)\\s+what\\s+(?:you'?re|you\\s+are|ur|u\\s+r)\\s+really\\s+like",
        "{B}if\\s+(?:you|u|he|she)\\b[^.!?\\n]{0,50}?\\bthere(?:'ll|\\s+will)\\s+be\\s+(?:a\\s+)?(?:scene|trouble|consequences|hell\\s+to\\s+pay)(?![\\p{L}])|{B}there\\s+(?:will|'ll)\\s+be\\s+(?:serious\\s+)?consequences(?![\\p{L}])",
        `{B}not\\s+(?:the\\s+kind|the\\s+sort|someone|somebody|a\\s+person)\\s+(?:of\\s+(?:person|${MAN_OR_WOMAN})\\s+)?(?:you|u)\\s+(?:want\\s+to|should|wanna)\\s+(?:make\\s+an\\s+enemy\\s+of|cross|mess\\s+with|upset|push|test|have\\s+as\\s+an\\s+enemy)`,
        '{B}(?:a\\s+lot\\s+of|plenty\\s+of|lots\\s+of|enough|some)\\s+(?:people|guys|lads)\\s+(?:around\\s+here\\s+|in\\s+this\\s+town\\s+)?owe\\s+me\\s+(?:a\\s+)?(?:favours?|favors?|one)(?![\\p{L}])',
        "{B}(?:you|u|he|she|they)\\s+gets?\\s+what'?s\\s+coming(?:\\s+to\\s+(?:you|u|him|her|them))?(?![\\p{L}])",
        `{B}(?:prepared|ready|willing|happy|not\\s+afraid)\\s+to\\s+(?:share|send|show|forward|hand|give|release|publish|post)\\s+(?:them\\s+|it\\s+|this\\s+|these\\s+|those\\s+|everything\\s+)?(?:over\\s+)?(?:with|to)\\s+(?:${THIRD}|the\\s+(?:police|court|press|papers|judge|council))`,
        `{B}(?:one|a\\s+single)\\s+(?:post|call|email|text|message|word|tweet|phone\\s+call)\\s+(?:from\\s+me\\s+)?and\\s+(?:everyone|everybody|the\\s+whole\\s+\\p{L}+|people|${THIRD})\\s+(?:would|will|'d|'ll)\\s+(?:know|find\\s+out|see|hear)(?![\\p{L}])`,
        "^\\s*or\\s+i\\s+(?:could|can|might|will|'ll)\\s+(?:tell|show|ask|remind|inform)\\s+(?:her|him|them)(?:\\s+myself)?(?=\\s*(?:[.!…]|$))",
        `{B}(?:hope|bet)\\s+(?:${THIRD}|he|she|they)\\s+(?:likes?|loves?|enjoys?|is\\s+ready\\s+for|can\\s+handle)\\s+surprises(?![\\p{L}])`,
        "{B}(?:doesn'?t|does\\s+not|won'?t|will\\s+not|don'?t|do\\s+not)\\s+(?:get\\s+to\\s+)?walk\\s+(?:away\\s+)?free(?![\\p{L}])",
        '{B}(?:friends|mates|people|cousins|brothers|lads|guys)\\s+(?:who|that)\\s+(?:know|knows)\\s+where\\s+(?:you|u|he|she|they)\\s+(?:live|work|lives|works|stay|go|drink)(?![\\p{L}])',
        "{B}(?:(?:don'?t|do\\s+not|dont)\\s+forget|remember)\\s*,?\\s*(?:that\\s+)?i\\s+know\\s+(?:everything|all|a\\s+lot|plenty|enough)\\s+about\\s+(?:you|u|your|ur|him|her)(?![\\p{L}])",
        "(?<=(?:^|[.!?\\n])\\s{0,3})(?:tread|step)\\s+(?:very\\s+)?carefully(?=\\s*(?:[.!,;…]|$))|{B}(?:you'?d|you\\s+had|better)\\s+(?:tread|step)\\s+(?:very\\s+)?carefully",
        "{B}(?:you'?ll|you\\s+will|u'?ll)\\s+(?:be\\s+)?hear(?:ing)?\\s+from\\s+me\\b[^.!?\\n]{0,5}?,?\\s*one\\s+way\\s+or\\s+(?:another|the\\s+other)",
        '{B}enjoy\\s+(?:it|that|this|him|her|them|(?:your|ur)\\s+\\p{L}+(?:\\s+\\p{L}+)?)\\s+while\\s+(?:you|u)\\s+can(?=\\s*(?:[.!…]|$))',
        "{B}(?:you'?ve|you\\s+have|you\\s+just|you)\\s+made\\s+(?:yourself\\s+)?(?:an?\\s+)?(?:enemy|enemies)(?![\\p{L}])",
        `{B}(?:wonder|wondering)\\s+(?:if|whether)\\s+(?:${THIRD}|(?:your|ur)\\s+(?:landlord|landlady|boss|employer|manager|council|insurance|insurer|school|hr|accountant|tax\\s+office|bank))\\s+knows?\\s+about(?![\\p{L}])`,
        '{B}(?:an?|one|single)\\s+anonymous\\s+(?:tip|tip-off|call|letter|email|report|message|phone\\s+call)(?![\\p{L}])',
        "{B}(?:secrets?|photos|pictures|messages|texts|reputation|job|secret)\\s+(?:aren'?t|isn'?t|are\\s+not|is\\s+not)\\s+(?:as|so)\\s+(?:safe|secure|hidden|private)\\s+as\\s+(?:you|u)\\s+(?:think|thought|believe)",
        "{B}(?:remember|don'?t\\s+forget)\\s+who\\s+(?:has|'s\\s+got|holds|kept|still\\s+has)\\s+(?:the|your|those|all\\s+the)\\s+(?:photos|pictures|pics|videos|messages|texts|screenshots|recordings|keys)(?![\\p{L}])",
        "{B}(?:you'?re|you\\s+are|you'?ll|you\\s+will|ur)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:find\\s+out|learn|know|see)\\s+(?:what\\s+it\\s+feels\\s+like|how\\s+it\\s+feels)\\s+to\\s+(?:lose|be\\s+(?:hurt|humiliated|alone|left|betrayed)|suffer)",
        "{B}(?:i'?m|im|i\\s+am)\\s+not\\s+(?:finished|done|through)\\s+with\\s+(?:him|her|them|you|u)(?:\\s+yet)?(?=\\s*(?:[.!,;…]|$))",
        // Said sideways, fourth round: the address down to the door, what they "wouldn't want" their people to see,
        // authorities left to wonder, money and pets held back, a judge who "would love to hear" the voicemails, photos
        // taken of them, driving past at night, "one call to your boss and that promotion is gone", "I'll make sure of
        // it", "if you won't tell her, I will", an envelope addressed and waiting, "don't think I don't know".
        String.raw`{WB}i\s+know\b[^.!?\n]{0,40}?\b(?:street|road|avenue|lane|close|crescent|drive|terrace|flat\s+\d+|number\s+\d+)\b[^.!?\n]{0,30}?\b(?:the\s+(?:[a-z]+\s+)?(?:door|gate|curtains|window)|the\s+one\s+with|(?:first|second|third|top|ground|basement)\s+floor|which\s+(?:window|flat|door|bell|floor))`,
        String.raw`{WB}(?:you|u)\s+(?:wouldn'?t|would\s+not|wouldnt|don'?t|do\s+not|dont)\s+want\s+(?:${THIRD}|him|her|them)\s+to\s+(?:see|know|find\s+out|hear|read|learn)\s+(?:about\s+)?(?:${SECRETS}|${LEAK}|what\s+(?:you|u)\s+(?:sent|said|wrote|texted|told)|(?:those|these|the|your|ur)\s+[a-z]+\s+(?:you|u)\s+(?:sent|wrote))`,
        String.raw`{WB}(?:wonder[a-z]*|curious|think\s+about|imagine)\s+(?:how|what|whether|if)\s+(?:immigration|the\s+home\s+office|the\s+tax\s*(?:man|office|people)|hmrc|the\s+irs|the\s+police|the\s+council|the\s+dwp|social\s+services|child(?:ren'?s)?\s+services|the\s+(?:school|court|judge|university|hospital|bank|insurers?))\s+(?:would|might|will|'d)\s+(?:feel|think|say|react|make\s+of|view|see)(?![\w])`,
        String.raw`{WB}(?:you|u)(?:'ll|\s+will|\s+won'?t|\s+will\s+not)\s+(?:never\s+)?(?:see|get)\s+(?:a\s+(?:single\s+)?(?:penny|cent|dime|pound|rand|euro)|one\s+(?:penny|cent|pound))\b[^.!?\n]{0,40}?\b(?:if|unless|until)\s+(?:you|u)\b`,
        String.raw`{WB}(?:a|the|any)\s+(?:judge|court|magistrate|family\s+court|jury|tribunal)\s+(?:would|might|will|'d)\s+(?:love|like|be\s+(?:very\s+|really\s+|most\s+)?interested|be\s+fascinated)\s+(?:to\s+(?:hear|see|read)|in)\s+(?:them|those|these|it|that|this|about|what|how|your|ur|all)(?![\w])`,
        String.raw`{WB}(?:photos?|pictures?|pics?)\s+of\s+(?:you|u)\s+(?:and|with|&)\s+(?:him|her|[a-z]+)\b[^.!?\n]{0,60}?\bi\s+(?:took|got|snapped|have)\s+(?:a\s+few|some|a\s+couple|one|loads|plenty|my\s+own)(?:\s+(?:myself|of\s+my\s+own|too))?(?![\w])`,
        String.raw`{WB}i\s+(?:drove|drive|walked|walk|went|cycled|sat|parked|waited|was)\s+(?:past|by|outside|opposite|near|round)\s+(?:your|ur|his|her|their)\s+(?:new\s+)?(?:place|house|flat|work|office|building|door|window|gym)\b[^.!?\n]{0,60}?\b(?:at\s+(?:midnight|\d)|lights?\s+(?:were|was|went|on|off)|till|until|saw\s+(?:you|u|him|her|them|the\s+two\s+of\s+you))`,
        String.raw`{WB}(?:one|a\s+single)\s+(?:post|call|email|text|message|word|tweet|phone\s+call|letter)\s+(?:from\s+me\s+)?(?:to\s+(?:${THIRD}|the\s+[a-z]+)\s+)?and\s+(?:(?:your|ur|that|the|his|her)\s+(?:[a-z]+\s+)?(?:job|promotion|career|marriage|reputation|visa|contract|relationship|licence|license|custody|engagement|wedding|business)|(?:you'?re|you\s+are|ur|it'?s|he'?s|she'?s))\s+(?:is\s+|'s\s+|would\s+be\s+|will\s+be\s+|are\s+)?(?:gone|over|finished|history|toast|done)(?![\w])`,
        String.raw`(?<=\b(?:found\s+out|(?:you|u|he|she|they)(?:'ll|\s+will)\s+pay|regret|sorry|karma|comes?\s+around|gets?\s+what|suffer|lose|caught)\b[^.!?\n]{0,60})(?:i'?ll|i\s+will|ill)\s+(?:make\s+sure\s+of\s+(?:it|that)|see\s+to\s+(?:it|that)|help\s+it\s+along)(?![\w])`,
        String.raw`(?<=\bif\s+(?:you|u)\s+(?:ever\s+)?(?:want|wanna)\s+(?:to\s+(?:see|have|get)\s+)?(?:the|your|ur|him|her|them|it|my|our)\b[^.!?\n]{0,25}?\b(?:again|back)\b[^.!?\n]{0,10})(?:you|u)\s+know\s+what\s+(?:to\s+do|(?:you|u)\s+(?:have|need|'ve\s+got)\s+to\s+do)(?![\w])`,
        String.raw`{WB}(?:(?:i\s+)?(?:wouldn'?t|would\s+not|'d\s+not)|(?:don'?t|do\s+not|dont))\s+get\s+(?:too|so|very|all\s+that)\s+(?:comfortable|cosy|cozy|settled|attached|used\s+to\s+it)\b[^.!?\n]{0,40}?\b(?:if\s+i\s+(?:were|was)\s+(?:you|u|him|her)|(?:your|ur|that)\s+new\s+[a-z]+|with\s+(?:him|her))`,
        String.raw`{WB}${THIRD}\s+and\s+i\s+(?:had|have\s+had|'ve\s+had)\s+(?:a|such\s+a|quite\s+a|quite\s+an)\s+(?:very\s+|really\s+|most\s+|rather\s+)?(?:interesting|illuminating|revealing|enlightening|eye-opening|fascinating|informative)\s+(?:little\s+)?(?:chat|talk|conversation|exchange)|{WB}i\s+(?:had|have\s+had|'ve\s+had)\s+(?:a|such\s+a|quite\s+a|quite\s+an)\s+(?:very\s+|really\s+|most\s+|rather\s+)?(?:interesting|illuminating|revealing|enlightening|eye-opening|fascinating|informative)\s+(?:little\s+)?(?:chat|talk|conversation|exchange)\s+with\s+${THIRD}`,
        String.raw`{WB}(?:copies|backups?|copy)\s+(?:of\s+)?(?:everything|all\s+of\s+it|(?:the|those|these|your|ur|all\s+(?:the|your|ur|those))\s+(?:[a-z]+\s+)?(?:photos|pictures|videos|messages|texts|screenshots|recordings|emails|pics|vids))\b[^.!?\n]{0,40}?\b(?:(?:different|separate|several|multiple|two|three|four)\s+(?:drives|places|phones|computers|laptops|accounts|clouds?|usb\s+sticks)|(?:so|and)\s+(?:don'?t|dont|there'?s\s+no\s+point)\s+(?:bother|asking|trying)|in\s+case\s+(?:you|u|anything))`,
        String.raw`{WB}(?:${THIRD}|hr|he|she|they|the\s+(?:police|court|judge|school|papers|press))\s*(?:would|might|will|'d)\s+find\s+(?:${LEAK}|(?:the|those|these|your|ur|all\s+(?:the|your|ur|those))\s+(?:[a-z]+\s+)?(?:messages|texts|photos|pictures|emails|videos|screenshots|voicemails|letters|dms|chats|recordings))\b[^.!?\n]{0,50}?\b(?:fascinating|interesting|illuminating|enlightening|revealing|eye-opening|entertaining|useful)`,
        String.raw`{WB}(?:don'?t|dont|do\s+not)\s+(?:you\s+)?(?:think|believe|imagine)\s+(?:for\s+a\s+(?:second|minute|moment)\s+)?i\s+(?:don'?t|dont|do\s+not|haven'?t|havent)(?:\s+(?:know|have\s+(?:it|them|proof|copies)|remember))?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:let'?s\s+just\s+say|just\s+saying|just\s+so\s+(?:you|u)\s+know)\b[^.!?\n]{0,30}?\b(?:(?:very\s+)?good\s+memory|camera\s+roll|screenshots|receipts)(?![\w])`,
        String.raw`{WB}if\s+(?:you|u)\s+(?:won'?t|wont|don'?t|dont|do\s+not|will\s+not|aren'?t\s+going\s+to)\s+tell\s+(?:her|him|them|${THIRD})(?:\s+(?:the\s+truth|about\s+(?:us|it|this|that)|everything))?\s*,?\s*(?:then\s+)?i\s+(?:will|'ll|shall)(?:\s+tell\s+(?:her|him|them))?(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:envelope|letter|parcel|package|email|message|draft)\s+(?:is\s+)?(?:already\s+)?(?:addressed|written|ready)\s+(?:to|for)\s+${THIRD}\b[^.!?\n]{0,40}?\b(?:sitting|ready|waiting|sealed|stamped|on\s+my\s+desk|in\s+my\s+drafts|one\s+click)|{WB}(?:sent|shown|posted|forwarded)\s+(?:nothing|anything)\s+to\s+(?:anyone|anybody|${THIRD})\s+yet(?![\w])|{WB}(?:sent|told|shown|posted)\s+nothing\s+to\s+(?:anyone|anybody)\s+yet(?![\w])`,
        String.raw`{WB}(?:i'?m|im|i\s+am)\s+not\s+saying\s+i(?:'ll|\s+will|'d|\s+would)\s+(?:do|use)\s+(?:anything|something)\s+with\s+(?:them|it|those|these|that)(?![\w])`,
        String.raw`{WB}${I_WILL}\s+(?:burn|destroy|smash|trash|wreck|rip\s+up|shred)\s+every\s+(?:last\s+|single\s+)?(?:thing|bit|scrap|item)(?![\w])`,
        String.raw`{WB}${I_WILL}\s+make\s+sure\s+(?:that\s+)?(?:you|u)\s+(?:never|don'?t|do\s+not|won'?t)\s+(?:get|see|have)\s+(?:them|him|her|the\s+(?:kids|children|dog|cat|house|money)|a\s+penny|custody|(?:your|ur)\s+(?:${KIDS}|job|house|deposit|money))(?:\s+(?:back|again))?(?![\w])`,
        String.raw`{WB}(?:they|everyone|people|my\s+(?:friends|mates|brothers|cousins|boys|lads|family))\s+(?:all\s+)?know\s+(?:your|ur|his|her)\s+(?:face|car|number\s+plate|reg|address)(?:\s+(?:now|too|well))?(?=\s*(?:[.!,;…]|$))`,
        // Second round: "your mum still doesn't know about…, does she?", the login to their iCloud, regards given "in
        // person", the new partner's ex met, "your visa depends on that job, doesn't it?", a folder getting bigger, photos
        // finding their way to the group chat, "what happens when you mess me around", someone letting the tyres down, at
        // the school gates to tell her what her mother is.
        String.raw`{WB}${THIRD}\s+(?:still\s+)?(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+know\s+(?:about\s+)?[^.!?\n]{1,60}?,?\s+(?:does|do)\s+(?:she|he|they)\s*\?`,
        String.raw`{WB}i\s+(?:still\s+)?(?:have|know|'ve\s+got|kept|got)\s+the\s+(?:login|logins|password|passcode|pin|code)\s+(?:(?:to|for)\s+(?:your|ur|his|her)\s+[a-z]+|(?:to|for|of)\s+the\s+(?:front\s+)?(?:door|building|gate|flat|house|block|entrance|apartment|garage)(?![\w]))${NOT_HANDED_BACK}`,
        String.raw`(?<=\b(?:regards|love|best|greetings)\s+to\s+(?:your|ur|him|her)\b[^.!?\n]{0,60})(?:i\s+might|i\s+may|i'?ll|i\s+will|i\s+could|maybe\s+i'?ll)\s+(?:even\s+|just\s+)?(?:give|pass|deliver|send)\s+(?:them|it)\s+(?:on\s+)?in\s+person`,
        String.raw`{WB}(?:met|spoken\s+to|spoke\s+to|talked\s+to|been\s+talking\s+to|tracked\s+down|got\s+in\s+touch\s+with|messaged)\s+(?:your|ur|his|her)\s+(?:new\s+)?(?:(?:boyfriend|girlfriend|partner|husband|wife|fianc[a-z]*|bf|gf|man|woman)'s\s+)?(?:ex(?:-wife|-husband|-girlfriend|-boyfriend)?|first\s+wife|ex\s+(?:wife|husband))\b[^.!?\n]{0,40}?\b(?:(?:lots|a\s+lot|plenty|so\s+much|loads)\s+(?:to\s+talk\s+about|in\s+common)|compar(?:ed|ing)\s+notes)`,
        String.raw`{WB}(?:your|ur)\s+(?:visa|residency|status|custody|licen[cs]e|pension|citizenship|green\s+card|career|job)\s+(?:depends|relies|hangs)\s+on\b[^.!?\n]{0,40}?,?\s*(?:doesn'?t|does)\s+it\s*\?`,
        String.raw`{WB}(?:folder|file|dossier|album|document|spreadsheet|log)\b[^.!?\n]{0,50}?\b(?:getting|growing)\s+(?:bigger|thicker|longer|fuller)(?![\w])`,
        String.raw`{WB}(?:easy|simple)\s+for\s+(?:a\s+few\s+|some\s+|those\s+|these\s+|the\s+|your\s+|ur\s+)?(?:photos|pictures|pics|messages|texts|screenshots|videos|things|stuff|secrets)\s+to\s+(?:find\s+(?:their|its)\s+way|end\s+up|get\s+out|leak|slip\s+out|go\s+round|do\s+the\s+rounds)|{WB}(?:find|found|finding)\s+(?:their|its)\s+way\s+(?:to|into|onto)\s+(?:${THIRD}|(?:your|ur)\s+(?:[a-z]+\s+){0,2}?(?:group\s+chat|inbox|feed|timeline|work|office|family|church|school))(?![\w])`,
        String.raw`{WB}(?:find\s+out|see|learn|know|remember)\s+what\s+happens\s+(?:when|if)\s+(?:people|anyone|anybody|you|u|someone|somebody)\s+(?:[a-z]+\s+){0,2}?(?:mess(?:es)?\s+me\s+(?:around|about)|(?:play|plays)\s+me|(?:use|uses)\s+me|(?:ignore|ignores)\s+me|(?:disrespect|disrespects)\s+me|(?:take|takes)\s+me\s+for\s+a\s+fool)(?![\w])`,
        String.raw`{WB}(?:someone|somebody|anyone|anybody|people)\s+(?:might|could|may|would)\s+(?:[a-z]+\s+){0,2}?(?:let|slash|key|scratch|smash|break|torch|burn|spray|damage)\s+(?:your|ur|his|her)\s+(?:[a-z]+\s+)?(?:tyres|tires|car|windows?|door|bike|van|house|flat|face)(?![\w])`,
        String.raw`{WB}${I_WILL}\s+be\s+(?:at|outside)\b[^.!?\n]{0,40}?\bto\s+(?:tell|show)\s+(?:her|him|them|everyone|${THIRD})\s+(?:what|who|how|the\s+truth|everything)(?![\w])`,
        // Third round: which school their children go to, "check who's been reading your emails", a little bird, where the
        // car is parked overnight, a journalist keen on the story, "change the locks if I were you", "how long would
        // that promotion last if people knew", "I screenshot everything".
        String.raw`{WB}i\s+know\s+(?:which\s+school\s+)?(?:your|ur|his|her)\s+(?:[a-z]+'s\s+)?(?:${KIDS}|boys|girls|little\s+ones)\s+(?:go|goes|attend|attends)(?:\s+to)?(?![\w])(?![^.!?\n]{0,60}?\b(?:drop|post|send|return|bring|collect|pick\s+(?:them|him|her)\s+up)\b)`,
        String.raw`{WB}(?:might|may)\s+want\s+to\s+(?:check|find\s+out|look\s+at|think\s+about)\s+(?:who'?s|who\s+has|who\s+is)\s+(?:been\s+)?(?:reading|looking\s+at|got\s+access\s+to|accessing|logging\s+into)\s+(?:your|ur)|{WB}(?:might|may)\s+want\s+to\s+change\s+(?:your|ur)\s+(?:passwords?|locks|pin|passcode)\b[^.!?\n]{0,10}?(?:just\s+saying|if\s+i\s+were\s+you|btw|,?\s*not\s+that\s+it)`,
        String.raw`{WB}(?:a\s+little\s+bird(?:ie)?|little\s+birdie)\s+(?:could|might|may|would|will)\s+(?:[a-z]+\s+)?(?:tell|whisper|mention)|{WB}word\s+(?:could|might|may|will)\s+(?:easily\s+)?(?:get|reach|travel)\s+(?:back\s+)?to\s+${THIRD}`,
        String.raw`{WB}(?:he|she|(?:your|ur)\s+(?:new\s+)?[a-z]+)\b[^.!?\n]{0,50}?\bparks?\s+(?:it|his\s+car|her\s+car|the\s+car|the\s+van)\s+(?:on\s+the\s+(?:street|road)|outside)\s+(?:overnight|at\s+night|every\s+night|all\s+night)(?![\w])`,
        String.raw`{WB}(?:spoken|spoke|talked|been\s+talking)\s+to\s+(?:a|my|the)\s+(?:[a-z]+\s+)?(?:journalist|reporter|newspaper|tabloid|podcaster|blogger)\b[^.!?\n]{0,50}?\b(?:keen|interested|wants|would\s+love|loves|very\s+curious)(?![\w])`,
        String.raw`{WB}(?:i'?d|i\s+would|you\s+should|you'?d\s+better|better)\s+change\s+(?:the|your|ur)\s+locks\b[^.!?\n]{0,40}?\b(?:if\s+i\s+were\s+(?:you|u)|not\s+that\s+it\s+would\s+help|just\s+saying)`,
        String.raw`{WB}how\s+long\s+(?:(?:that|your|ur)\s+(?:[a-z]+\s+){0,3}?(?:would|will)\s+|(?:would|will)\s+(?:that|your|ur)\s+(?:[a-z]+\s+){0,3}?)last\s+if\s+(?:people|everyone|they|he|she|${THIRD})\s+(?:knew|found\s+out|saw|heard)(?![\w])`,
        String.raw`{WB}i\s+(?:screenshot(?:ted)?|screen-?shot|record(?:ed)?)\s+(?:everything|every\s+(?:single\s+)?(?:thing|message|text|call|word))(?![\w])(?![^.!?\n]{0,30}?\b(?:wedding|party|concert|gig|speech|lecture|meeting|game)\b)`,
        // Fourth round: "your manager and I go to the same gym, small world", "be a shame if it got scratched", a "catch-up
        // about you" promised with their mum.
        String.raw`${THIRD}\s+and\s+i\s+(?:go\s+to|use|drink\s+at|train\s+at|work\s+at|live\s+on)\s+the\s+same\s+[a-z]+\b[^.!?\n]{0,15}?(?:small\s+world|funny\s+(?:that|how|old\s+world)|did\s+(?:you|u)\s+know|isn'?t\s+it)`,
        String.raw`{WB}(?:shame|pity|terrible|awful|sad|tragedy)\s+if\s+(?:it|that|his|her|your|ur|the)\s*(?:[a-z]+\s+)?(?:got|was|were|ended\s+up|somehow\s+got)\s+(?:scratched|keyed|damaged|smashed|broken|burned|burnt|torched|vandali[sz]ed|towed|stolen|dented|slashed)(?![\w])`,
        String.raw`(?<=\b(?:your|ur)\s+(?:${MUM_OR_DAD}|parents|boss|wife|husband|sister|brother|family|friends|manager|pastor)\b[^.!?\n]{0,60})(?<=\b(?:i'?ll|we\s+can|we'?ll|i\s+might|i\s+could)\b[^.!?\n]{0,60})(?:proper\s+|little\s+|long\s+|good\s+)?(?:catch-?up|chat|talk|natter|conversation)\s+about\s+(?:you|u)(?![\w])`,
        String.raw`{WB}i\s+(?:still\s+)?(?:have|know|'ve\s+got|kept|got)\s+(?:your|ur|the)\s+(?:alarm|door|gate|garage|safe|phone|laptop|bank|card|email|icloud|instagram|facebook|building|entry)\s+(?:code|passcode|pin|password|login)(?![\w])${NOT_HANDED_BACK}`,
        // Seventeenth lead review: the key or the code still held, said as a notice — "Just so we're clear, I've still got the
        // spare key and the code for the garage. Thought you'd want to know." (not when it is to be dropped round or posted).
        String.raw`(?<=\b(?:just\s+so\s+(?:you\s+know|u\s+know|we'?re\s+clear|(?:you'?re|ur|you\s+are)\s+aware)|for\s+the\s+record|fyi)\s*,?\s*)${KEY_STILL_HELD}|{WB}${KEY_STILL_HELD}(?=[^.!?\n]{0,50}?[.!]\s+(?:i\s+)?(?:thought|figured)\s+(?:you|u)(?:'d|\s+would|\s+should|\s+might|d)\s+(?:want\s+to\s+|wanna\s+|like\s+to\s+)?know(?=\s*(?:[.!…]|$)))`,
        // A third party's good opinion of them, and "it would be a pity if that changed" (from danger11's letter reading;
        // not "…because of us").
        String.raw`(?<=\b(?:thinks|think|believes|trusts|likes|loves|respects|rates|sees\s+(?:you|u|him|her)\s+as)\b[^.!?\n]{0,80})(?:shame|pity)\s+if\s+(?:that|this|it|(?:his|her|their)\s+(?:mind|opinion|view))\s+(?:ever\s+|suddenly\s+|were\s+to\s+|was\s+to\s+)?(?:changed|change|changes)(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:because\s+of\s+(?:us|me|the\s+breakup)|over\s+(?:us|me|this))\b)`,
        // Sixth batch: a sneer at "your little habit" their people would love to know about (not a niece).
        String.raw`{WB}(?:would|'d|might|will|'ll)\s+(?:love|like|be\s+(?:very\s+|really\s+|most\s+)?interested|want)\s+to\s+(?:know|hear|learn|find\s+out)\s+about\s+(?:your|ur|his|her)\s+(?:little|dirty|secret|filthy|nasty|naughty|shameful|sordid)\s+(?!(?:niece|nephew|ones?|girl|boy|baby|garden|trip|business|caf[ée]|bakery|project|flat|house|dog|cat|puppy|sister|brother|shop|side\s+business|holiday|adventure)\b)\p{L}+`,
        // Eleventh round: held material their work or partner "would find interesting" ("I'm sure HR would find them
        // interesting", said after the photos and texts are named; not their mum or a friend).
        String.raw`{WB}(?:hr|human\s+resources|(?:your|ur|his|her)\s+(?:new\s+)?(?:boss|employer|manager|line\s+manager|hr|colleagues|work|office|company|husband|wife|fianc[ée]e?|${PARTNER_TITLES}|bf|gf|partner|pastor|church|congregation|landlord)|the\s+(?:police|court|judge|papers|press|council|tax\s*man|home\s+office))\s+(?:would|might|will|'d|could|may)\s+(?:find|consider)\s+(?:them|it|those|these|that|this)\s+(?:very\s+|really\s+|most\s+|quite\s+|pretty\s+|extremely\s+|rather\s+)?(?:interesting|fascinating|enlightening|illuminating|eye-opening|revealing|informative|entertaining)(?![\p{L}])`,
        // Eleventh round: their people heartbroken to hear what really happened.
        String.raw`{WB}${THIRD}\s+(?:would|'d|will|might)\s+be\s+(?:so\s+|very\s+|really\s+|absolutely\s+)?(?:heartbroken|horrified|shocked|disgusted|appalled|devastated|fascinated|interested|sad|gutted)\s+to\s+(?:hear|know|learn|find\s+out|see|read)\s+(?:what\s+(?:really\s+)?happened|what\s+(?:you|u)\s+(?:really\s+)?(?:did|do|get\s+up\s+to|said|wrote)|the\s+truth|how\s+(?:you|u)(?!'?re\s+(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping)|\s+(?:are|were)\s+(?:(?:really\s+)?(?:doing|getting|keeping|settling|going|ok|okay|well|happy|coping))|\s+(?:got\s+on|are\s+getting\s+on|settled|coped|have\s+been|'ve\s+been|spent\s+(?:the|your)\s+(?:holidays?|christmas|summer)|like\s+(?:the|your)\s+new))\s+(?:really\s+)?\p{L}+|about\s+(?:the\s+)?(?:affair|expenses|money|lies|texts|photos|messages|debts?|drugs|drinking|fling))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'hinted-exposure',
      // Exposure hinted through the people close to them: "Maybe your new fella would like to read some of the messages
      // you sent me", "Your wife might be very interested in a letter from me", "I wonder what your boss would say if she
      // saw them". Boundaries defied with menace: "You can change your number as many times as you like, I'll find you",
      // "you can't hide from me forever". "Don't be surprised if…" with an act or a discovery: "don't be surprised if I
      // let myself in one night", "don't be surprised if your mum gets a letter".
      re: [
        // Twenty-first round (the lead's review): what the reader did, promised to their partner ("I hope he knows what you
        // did to me, because if he doesn't, he will").
        String.raw`{WB}if\s+(?:he|she|they|(?:your|ur)\s+(?:new\s+)?[a-z]+)\s+(?:doesn'?t|don'?t|does\s+not|do\s+not|didn'?t|doesnt|dont)(?:\s+(?:already\s+)?(?:know(?:\s+(?:yet|already|it|that))?|yet)|(?<=\b(?:knows?|knew|find(?:s)?\s+out|found\s+out|hears?|heard)\s+(?:what\s+(?:you|u)|about\s+(?:you|u|us|what)|who\s+(?:you|u)|the\s+truth|how\s+(?:you|u)\s+(?:treated|lied|cheated|left))\b[^.!?\n]{0,80}?))\s*,?\s+(?:he|she|they)\s+(?:will|'ll|soon\s+will|will\s+soon)(?:\s+(?:soon|soon\s+enough|very\s+soon|shortly|before\s+long))?(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|${PARTNER_INFORMAL}))(?:,\s*[a-z]+,)?\s+(?:would|might|may|could|'d)\s+(?:really\s+|very\s+much\s+|just\s+|also\s+|quite\s+)?(?:like|love|enjoy|want|be\s+(?:very\s+|really\s+|quite\s+|most\s+|so\s+|extremely\s+|rather\s+)?(?:interested|keen|curious|fascinated|surprised|shocked|intrigued))\s+(?:to\s+(?:read|see|hear|know|find\s+out|learn|look\s+at|have\s+a\s+(?:look|read|listen))\s+|in\s+)(?:(?:some|a\s+few|all|one|any)\s+(?:of\s+)?)?(?:(?:the|those|these|your|ur|my|our|a|an)\s+)?(?:[a-z]+\s+)?(?:messages|texts|letters?|photos|pictures|pics|emails|screenshots|videos|dms|chats|voice\s*notes|recordings|a\s+word|word|chat|call|visit)(?![\w])|{WB}(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:fella|bloke|man|woman))(?:,\s*[a-z]+,)?\s+(?:would|might|may|could|'d)\s+(?:really\s+|very\s+much\s+|just\s+)?(?:like|love|want|be\s+(?:very\s+|really\s+|quite\s+)?(?:interested|keen|curious))\s+(?:to\s+(?:know|hear|find\s+out|learn)\s+)?(?:what|how|where|who|about\s+(?:what|how|the\s+(?:night|weekend|time|trip)))\s+(?:you|u|we)\s+(?:really\s+)?(?:did|do|said|say|got\s+up\s+to|were|are|was|sent|wrote)(?![\w])(?<!\bhow\s+(?:you|u|we)\s+(?:really\s+)?(?:are|were|was))`,
        String.raw`{WB}i\s+(?:do\s+)?wonder\s+what\s+(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:fella|bloke|man|woman|church|office|team))\s+(?:would|'d|might|will)\s+(?:say|think|do|make\s+of)(?:\s+(?:it|that|this))?\s+if\s+(?:she|he|they|it|those|these|the|your|ur|i)(?![\w])`,
        String.raw`{WB}(?:you|u)\s+can\s+(?:change|block|move|hide|run|go|leave|delete)\b[^.!?\n]{0,50}?(?:i'?ll|i\s+will|ill|i\s+shall)\s+(?:still\s+|always\s+|just\s+)?(?:find|track\s+down|hunt\s+down|get\s+to)\s+(?:you|u)(?![\w])|{WB}(?:you|u)\s+can(?:'?t|not|\s+not)\s+hide\s+(?:from\s+me\s+)?(?:forever|for\s+ever|from\s+me)(?![\w])|{WB}(?:you|u)\s+can\s+run\s+but\s+(?:you|u)\s+can(?:'?t|not)\s+hide(?![\w])|{WB}(?:there'?s|there\s+is)\s+nowhere\s+(?:for\s+(?:you|u)\s+)?to\s+hide(?![\w])`,
        String.raw`{WB}(?:don'?t|dont|do\s+not)\s+be\s+(?:surprised|shocked|alarmed)\s+(?:if|when)\s+(?:one\s+(?:day|night)\s+)?(?:i\s+(?:let\s+myself\s+in|use\s+(?:my|the|that|your|ur)\s+(?:spare\s+)?key|tell|post|show|send|share|ring\s+(?:your|ur)|call\s+(?:your|ur)|pay\s+(?:you|u|him|her)\s+a\s+visit|have\s+a\s+word)|(?:${THIRD}|everyone|everybody|people|the\s+whole\s+[a-z]+)\s+(?:gets?|hears?|finds?\s+out|sees?|receives?|knows?|learns?))(?![\w])`,
        String.raw`{WB}(?:you'?ll|you\s+will|u'?ll)\s+(?:see|find\s+out|learn|discover)\s+(?:just\s+)?what\s+(?:i'?m|i\s+am|im)\s+(?:capable\s+of|like\s+when)(?![\w])`,
        String.raw`{WB}(?:every(?:one|body)|people|the\s+whole\s+[a-z]+|${THIRD})(?:\s+at\s+(?:the|your|ur)\s+[a-z]+)?\s+(?:is|are|'s|will|'ll)\s+(?:going\s+to\s+|gonna\s+)?(?:hear|get|know|learn|read)\s+my\s+(?:side|version)(?:\s+of\s+(?:the\s+story|things|it|events|what\s+happened))?(?![\w])`,
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:screenshotted|screenshot|screen-?shotted|saved|kept|copied|recorded|backed\s+up)\s+(?:all\s+(?:of\s+)?)?(?:ur|your|those|the|his|her|every)\s+(?:[a-z]+\s+)?(?:messages|texts|dms|chats|emails|photos|pics|voice\s*notes|calls|snaps)\b[^.!?\n]{0,40}?(?:just\s+saying|btw|fyi|by\s+the\s+way|just\s+so\s+(?:you|u)\s+know|remember\s+that|don'?t\s+forget|for\s+(?:now|later)|for\s+safe\s*keeping)(?![\w])(?![^.!?\n]{0,60}?\b(?:delete|deleted|destroy|return|give\s+(?:them|it)\s+back|if\s+(?:you|u)(?:'d|\s+would)?\s+(?:like|want|prefer))\b)`,
        String.raw`{WB}i\s+(?:already\s+|now\s+)?know\s+(?:your|ur)\s+new\s+(?:address|flat|place|house|number|workplace|work\s+address)(?![\w])(?!\s+(?:is|'s|was|isn'?t|looks|looked|feels|sounds|seems|must\s+be|has|needs|gets)\s+(?!(?:at|on|in|near|by|round|around|just|number|no)\b|\d)[a-z]+)(?![^.!?\n]{0,40}?\b(?:post|postman|send|forward|return|drop|bring|mail|card|parcel|letters?|happy|glad|congrat\w*|cosy|cozy|lovely|gorgeous|beautiful|hope)\b)`,
        String.raw`{WB}(?:think|remember|consider|imagine|ask\s+yourself|wonder)\b[^.!?\n]{0,30}?\bwhat\s+(?:happens|will\s+happen|could\s+happen|would\s+happen|might\s+happen)\s+to\s+(?:your|ur)\s+(?:reputation|job|career|good\s+name|name|custody|visa|marriage|business|licen[cs]e|standing)\b[^.!?\n]{0,30}?\bif\b`,
        String.raw`{WB}(?:funny|amazing|crazy|scary|interesting|strange)\s+how\s+(?:fast|quickly|easily|far)\s+(?:rumou?rs?|gossip|secrets?|photos|pictures|pics|stories|word)\s+(?:spreads?|gets?\s+(?:around|out|about)|travels?|leaks?|gets?\s+passed\s+(?:around|on))(?![\w])`,
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:still\s+)?(?:got|have|kept)\s+(?:still\s+)?(?:the|those|all\s+the|all\s+your|your|ur)\s+(?:[a-z]+\s+)?(?:videos|vids|photos|pictures|pics|messages|texts|screenshots|recordings|nudes)(?![\w])(?![^.!?\n]{0,30}?\b(?:from|of)\s+(?:our|the|us|that|when)\b)[^.!?\n]{0,20}?,?\s*(?:remember|don'?t\s+forget|just\s+saying|btw|fyi|just\s+so\s+(?:you|u)\s+know)(?=\s*(?:[.!]|$))`,
        // Twelfth round (danger12's letters): how they spend their nights, told to those who would be "interested" ("your mammy
        // would be very interested in how her golden boy spends his Thursday nights"); not "…would love to know how you're
        // getting on".
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:mam|mammy|ma|mummy|mommy|mama|da|daddy|nan|nanna|gran|granny|new\s+(?:man|woman|lady|${PARTNER_INFORMAL})))\s+(?:would|might|may|could|'d)\s+(?:really\s+|very\s+much\s+|just\s+|also\s+|quite\s+)?be\s+(?:very\s+|really\s+|quite\s+|most\s+|so\s+|extremely\s+|rather\s+|super\s+)?(?:interested|curious|fascinated|surprised|shocked|intrigued|horrified)\s+(?:to\s+(?:know|hear|find\s+out|learn|see)\s+|in\s+|by\s+)(?:how|where|who\s+with|with\s+whom)\s+(?:(?:her|his|their)\s+(?:golden|precious|little|darling|perfect|beloved|blue-eyed)\s+\p{L}+|you|u|he|she)\s+(?:really\s+)?(?:spends?|spent|spending|passes|passed)\s+(?:(?:your|ur|his|her|their)\s+)?(?:\p{L}+\s+)?(?:nights|evenings|weekends|afternoons|lunch\s*breaks|time\s+off|nights\s+out|money|wages|savings)(?![\p{L}])|{WB}(?:${THIRD}|(?:your|ur)\s+(?:mam|mammy|ma|mummy|mommy|mama|da|daddy|nan|nanna|gran|granny))\s+(?:would|might|may|could|'d)\s+(?:really\s+|very\s+much\s+|just\s+|also\s+|quite\s+)?be\s+(?:very\s+|really\s+|quite\s+|most\s+|so\s+|extremely\s+|rather\s+|super\s+)?(?:interested|curious|fascinated|surprised|shocked|intrigued|horrified)\s+(?:to\s+(?:know|hear|find\s+out|learn|see)\s+|in\s+|by\s+)what\s+(?:(?:her|his|their)\s+(?:golden|precious|little|darling|perfect|beloved|blue-eyed)\s+\p{L}+|you|u|he|she)\s+(?:really\s+)?(?:gets?\s+up\s+to|got\s+up\s+to|does|did|do)\s+(?:on|at|with|when|behind|after)\b`,
        // Thirteenth round (danger13): leverage held and pointed at without being named ("I still have the videos, and you
        // know exactly which ones I mean", "i still have ur diary from uni btw"), not a keepsake offered back or reread.
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:still\s+)?(?:got|have|kept|saved)\s+(?:still\s+)?(?:all\s+(?:of\s+)?)?(?:the|those|these|our|your|ur|his|her)\s+(?:[a-z]+\s+){0,2}?(?:videos|vids|photos|pictures|pics|messages|texts|screenshots|recordings|nudes|diary|diaries|letters|emails|dms|voice\s*notes)(?![\w])(?![^.!?\n]{0,80}?\b(?:read|reread|re-read|miss|treasure|cherish|smile|cry|safe|box|drawer|want\s+(?:them|it)|(?:them|it)\s+back|delete|return|post\s+(?:them|it)|drop\s+(?:them|it))\b)[^!?\n]{0,80}?\b(?:(?:you|u)\s+know\s+(?:exactly\s+|very\s+well\s+|full\s+well\s+|damn\s+well\s+)?(?:which\s+ones|the\s+ones|what\s+(?:i\s+mean|they\s+show|(?:is|'s)\s+in\s+(?:them|it)))(?:\s+i\s+mean)?(?=\s*(?:[.!?,;…]|$))|btw|fyi|just\s+saying|in\s+case\s+(?:you|u)\s+(?:forgot|were\s+wondering|wondered)|just\s+so\s+(?:you|u)\s+know|don'?t\s+forget)(?![\w])`,
        // The number of their lover's spouse, or of their people with a veiled tail: "I have his wife's number, in case you
        // were wondering"; not "I have his number if you need the plumber".
        String.raw`{WB}i\s+(?:still\s+)?(?:have|'ve\s+got|got|know|found|kept)\s+(?:his|her|their)\s+(?:wife|husband|girlfriend|boyfriend|fianc[ée]e?|missus|mrs|partner)'?s\s+(?:(?:mobile|phone|home|work)\s+)?(?:number|email|address|details|instagram|facebook|socials)(?=\s*(?:[.!?…]|$)|\s*,?\s*(?:in\s+case|just\s+so|btw|fyi|remember|don'?t\s+forget|(?:you|u)\s+know|now|too|as\s+well)\b)|{WB}i\s+(?:still\s+)?(?:have|'ve\s+got|got|know|kept)\s+(?:your|ur)\s+(?:new\s+)?(?:boss|manager|employer|wife|husband|${PARTNER_TITLES}|partner|fianc[ée]e?|mum|mom|mam|dad|mother|father|parents)'?s\s+(?:(?:mobile|phone|home|work)\s+)?(?:number|email|address|details)\b[^.!?\n]{0,20}?(?:in\s+case\s+(?:you|u)\s+(?:forgot|were\s+wondering|wondered)|just\s+so\s+(?:you|u)\s+know|btw|fyi|remember\s+that|don'?t\s+forget)(?![\w])`,
        // "Let's just say your new girlfriend might get some very interesting post" (interesting, eye-opening reading).
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|${PARTNER_INFORMAL})|(?:his|her)\s+(?:wife|husband|missus))\s+(?:might|may|could|will|'ll|would|is\s+going\s+to|'s\s+going\s+to)\s+(?:soon\s+|shortly\s+|just\s+|one\s+day\s+)?(?:get|receive|be\s+getting|be\s+receiving|find)\s+(?:some|a|an)\s+(?:very\s+|rather\s+|really\s+|most\s+)?(?:interesting|eye-?opening|revealing|enlightening|juicy)\s+(?:post|mail|letters?|emails?|messages?|reading|delivery|package|parcel|phone\s+calls?|calls?)(?![\w])`,
        // A formal threat: "Should you proceed with the sale, I will take steps that you will find deeply unpleasant", "I will
        // have no hesitation in sharing what I know with the partners"; not hesitating to tell the police or a solicitor.
        String.raw`{WB}(?:take|taking)\s+(?:steps|action|measures)\s+(?:that|which)\s+(?:you|u)\s+(?:will|would|'ll|may|might|are\s+going\s+to)\s+(?:find\s+(?:\w+\s+)?(?:unpleasant|painful|distressing|uncomfortable|regrettable|embarrassing|costly)|regret|not\s+(?:like|enjoy|welcome))(?![\w])|{WB}(?:no\s+hesitation\s+(?:in|about)|not\s+hesitate\s+(?:to|in)|won'?t\s+hesitate\s+to|without\s+(?:any\s+)?hesitation)\s+(?:sharing|share|telling|tell|informing|inform|showing|show|sending|send|passing|pass|forwarding|forward|revealing|reveal|disclosing|disclose|letting)\b(?![^.!?\n]{0,80}?\b(?:police|solicitor|lawyer|court|mediator|gp|doctor|therapist|counsell?or|social\s+worker)\b)[^.!?\n]{0,50}?(?:${EXPOSED}|{B}${REACH_PEOPLE}|what\s+i\s+know|(?:his|her)\s+(?:wife|husband))`,
        // Their right to stay held over them: "Your visa depends on our marriage, in case you forgot".
        String.raw`{WB}(?:(?:remember|don'?t\s+forget|never\s+forget)\s+(?:that\s+)?)?(?:your|ur)\s+(?:visa|residency|green\s+card|right\s+to\s+(?:stay|remain|live|work)|leave\s+to\s+remain|permit|immigration\s+status|citizenship)\s+(?:still\s+)?(?:depends|relies|hangs|rests|is\s+(?:tied|linked))\s+(?:on|to)\s+(?:me|our\s+marriage|my\s+(?:sponsorship|signature)|us|being\s+married\s+to\s+me)\b(?:(?<=^\s*(?:remember|don'?t\s+forget|never\s+forget)\b[^.!?\n]{0,60})|[^.!?\n]{0,30}?(?:in\s+case\s+(?:you|u)\s+(?:forgot|had\s+forgotten|were\s+wondering)|remember\s+that|don'?t\s+forget\s+that|just\s+so\s+(?:you|u)\s+know|btw|(?:you|u)\s+know(?=\s*(?:[.!?]|$))))`,
        // "I'm not a violent person, but you are pushing me to the edge" (not "…, but I lost it that night and I'm ashamed").
        String.raw`{WB}(?:i'?m|im|i\s+am)\s+not\s+(?:a\s+)?(?:violent|dangerous|vindictive|vengeful|spiteful|nasty|aggressive)(?:\s+(?:person|man|woman|guy|bloke|girl|type|sort))?\s*,?\s+but\b[^.!?\n]{0,50}?\b(?:push(?:ing)?\s+me(?!\s+away)|test(?:ing)?\s+me|(?:my|a)\s+(?:limit|breaking\s+point)|snap(?![\w])|provok\w+|don'?t\s+(?:push|test|cross)|(?:there'?s|there\s+is)\s+only\s+so\s+much|(?:to|over)\s+the\s+edge)`,
        // "I'm not saying I will, I'm saying I could"; and its second half as a sentence of its own ("not saying i would. just
        // saying i could": a rule reads one sentence), only where nothing follows "could".
        String.raw`{WB}(?:i'?m\s+|im\s+|i\s+am\s+)?not\s+saying\s+i\s+(?:would|will|'?d|'?ll|am\s+going\s+to|'?m\s+going\s+to)(?:\s+(?:do\s+it|do\s+that|send\s+(?:them|it)|tell|post\s+(?:them|it)|show\s+(?:them|him|her)))?\s*[,;.…—–-]+\s*(?:but\s+)?\b(?:i'?m\s+|im\s+|i\s+am\s+)?(?:just\s+|only\s+)?saying\s+i\s+(?:could|can|might)(?![\w])|(?<=(?:^|[.!?\n])\s{0,3})(?:i'?m\s+|im\s+|i\s+am\s+)?(?:just\s+|only\s+|simply\s+)?saying\s+i\s+(?:could|can)(?=\s*(?:[.!…]|$))`,
        // "if u think im going to sit quietly while u play happy families with him u dont know me at all".
        String.raw`{WB}if\s+(?:you|u|he|she|they)\s+(?:really\s+)?thinks?\s+(?:that\s+)?(?:i'?m|im|i\s+am|i'?ll|i\s+will|ill)\s+(?:just\s+)?(?:going\s+to\s+|gonna\s+)?(?:just\s+)?(?:sit\s+(?:quietly|back|by|here|still)|stay\s+quiet|keep\s+quiet|keep\s+(?:my\s+)?mouth\s+shut|let\s+(?:this|it|that|you|u|him|her)\s+(?:go|slide|get\s+away)|go\s+quietly|roll\s+over|take\s+(?:this|it)\s+lying\s+down)\b[^.!?\n]{0,80}?\b(?:(?:you|u)\s+(?:don'?t|dont|do\s+not)\s+know\s+me(?:\s+at\s+all|\s+very\s+well)?|think\s+again|(?:you'?re|you\s+are|ur|u\s+r)\s+(?:wrong|mistaken|dreaming|kidding\s+yourself)|another\s+think\s+coming|got\s+another\s+thing\s+coming)`,
        // Thirteenth round (danger13, second set): "you're going to wish you'd never met me"; easy enough to find out where
        // he lives; the tax office "would love to hear about your cash jobs"; sleeping well "knowing what I know"; their
        // mum finding out "what kind of daughter she raised".
        String.raw`{WB}(?:you|u)(?:'re|\s+are|r)?\s+(?:going\s+to|gonna|will|'ll)\s+wish\s+(?:you|u)(?:'d|\s+had|\s+would\s+have|d)?\s+never\s+(?:met\s+me|crossed\s+me|left(?:\s+me)?|done\s+(?:this|that)|started\s+(?:this|that)|lied\s+to\s+me|messed\s+(?:with|me\s+around)|cheated(?:\s+on\s+me)?|walked\s+out)(?![\w])(?![^.!?\n]{0,40}?\b(?:ha|haha|lol|joke|cooking|singing|snoring|dancing|karaoke)\b)`,
        String.raw`{WB}(?:easy|simple)\s+(?:enough\s+)?(?:for\s+me\s+)?to\s+(?:find\s+out|work\s+out|track\s+down|find|figure\s+out)\s+where\s+(?:he|she|they|you|u|(?:your|ur)\s+(?:new\s+)?\p{L}+)\s+(?:lives?|works?|stays?|is\s+staying|are\s+staying|drinks|sleeps|goes)(?![\w])`,
        String.raw`{WB}(?:the\s+)?(?:tax\s*(?:man|office|people)|hmrc|irs|revenue|inland\s+revenue|benefits?\s+(?:office|people|agency)|dwp|social\s+services|immigration|home\s+office|police|cops|council|child\s+support\s+agency|csa|(?:your|ur)\s+(?:boss|employer|manager|landlord|regulator|union))\s+(?:would|'d|might|will|may)\s+(?:really\s+|very\s+much\s+)?(?:love|like|be\s+(?:very\s+|really\s+|most\s+)?interested)\s+to\s+(?:hear|know|learn|find\s+out|read)\s+(?:about|what|how|where)\b`,
        String.raw`{WB}(?:sleep|rest)\s+(?:well|easy|soundly|at\s+night)\b[^.!?\n]{0,30}?\bknowing\s+(?:what|all\s+(?:that|the\s+things)|everything)\s+i\s+know(?![\w])`,
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:mam|mammy|ma|mummy|mommy|mama|da|daddy|nan|gran))(?:'s|\s+is|'ll|\s+will)\s+(?:going\s+to\s+|gonna\s+|about\s+to\s+|soon\s+)?(?:find\s+out|learn|discover)\s+(?:exactly\s+)?(?:what\s+(?:kind|sort)\s+of\s+(?:daughter|son|man|woman|person|girl|boy|wife|husband|mother|father|mum|dad)\s+(?:she|he|they)\s+(?:raised|brought\s+up|married|has|have|is\s+(?:with|dating|marrying))|${SECRETS})`,
        // Thirteenth round (danger13, set 2): brakes that "can just fail"; their employer "takes conduct very seriously, I
        // checked"; "wait till the custody hearing, you'll see"; "block me, and see what I post"; a list of every lie that
        // "one day" will be read out.
        String.raw`{WB}(?:funny|strange|amazing|scary|crazy|interesting|odd)\s+how\s+(?:the\s+)?(?:brakes|brake\s+lines|tyres|tires|cars?|houses?|flats?|accidents|fires|wheels)\b[^.!?\n]{0,30}?\b(?:can|could|might|do|just|sometimes|often)\s+(?:just\s+|suddenly\s+)?(?:fail|happen|catch\s+fire|go\s+wrong|burn(?:\s+down)?|come\s+off|crash)(?![\w])`,
        String.raw`{WB}(?:your|ur)\s+(?:employer|boss|company|firm|school|hospital|church|regulator|bank|council|trust|practice|union|professional\s+body)\s+takes?\s+(?:\p{L}+\s+){0,4}?(?:very\s+|extremely\s+|really\s+)?seriously\b[^.!?\n]{0,20}?\b(?:i\s+checked|i'?ve\s+checked|i\s+looked\s+(?:it\s+)?up|i\s+read\s+(?:the|their)|just\s+so\s+(?:you|u)\s+know|btw|fyi|remember\s+that)(?![\w])`,
        String.raw`{WB}(?:just\s+)?wait\s+(?:till|until|til)\s+(?:the\s+)?(?:custody\s+hearing|court(?:\s+date)?|hearing|divorce\s+(?:hearing|goes\s+through)|judge\s+hears)\b[^.!?\n]{0,40}?\b(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+(?:see|find\s+out|learn|be\s+sorry|regret)(?![\w])`,
        String.raw`{WB}(?:block|ignore|dump|leave|report|unfollow|mute)\s+me\b[^.!?\n]{0,30}?\b(?:see|watch|wait\s+and\s+see)\s+what\s+i\s+(?:post|share|put\s+(?:up|online|out)|send|upload|tell)(?![\w])`,
        String.raw`{WB}(?:keeping|kept|keep|got|have)\s+(?:a\s+)?(?:list|record|log|file|note|track|tally|diary)\s+of\s+(?:every|all|each)\s+(?:single\s+)?(?:lie|lies|thing\s+(?:you|u)|message|time\s+(?:you|u)|mistake|text|cruel\s+word)\b[^.!?\n]{0,60}?\b(?:one\s+day|someday|some\s+day|when\s+the\s+time|read\s+out|see\s+it|in\s+court|the\s+judge|everyone|go\s+public|your\s+(?:boss|mum|family|new))\b`,
        // Thirteenth round (danger13, set 3): their new partner "should be careful walking home, that's all I'm saying"; the
        // school "would be interested to know what you're like when you've had a drink"; his reg number and where he parks;
        // popping round to introduce myself to her husband.
        String.raw`{WB}(?:your|ur)\s+(?:new\s+)?(?:mrs|lad|man|woman|lady|${PARTNER_INFORMAL}|${PARTNER_TITLES}|partner|bf|gf|fianc[ée]e?)\s+(?:should|might\s+want\s+to|needs?\s+to|ought\s+to|had\s+better|'d\s+better|better)\s+(?:be\s+(?:very\s+|really\s+)?careful|watch\s+(?:out|(?:his|her|their)\s+back|(?:him|her|them)sel(?:f|ves)))(?=\s*(?:[.!?…]|$)|\s*,?\s*(?:that'?s\s+all\s+i'?m\s+saying|just\s+saying|walking\s+home|at\s+night|alone|out\s+there|round\s+here|who|where)\b)`,
        String.raw`{WB}(?:the\s+)?(?:school|nursery|church|club|hospital|board|partners|congregation|parish|mosque|temple)\s+(?:would|'d|might|will|may)\s+(?:really\s+|very\s+much\s+)?(?:love|like|be\s+(?:very\s+|really\s+|most\s+)?interested)\s+to\s+(?:hear|know|learn|find\s+out)\s+(?:what\s+(?:you|u)(?:'re|\s+are|r)\s+(?:really\s+)?like|what\s+(?:you|u)\s+(?:did|do|get\s+up\s+to)|about\s+(?:your|ur)\s+(?:drinking|affair|temper|habits|past|behaviou?r|little\s+secrets?|secrets?))`,
        String.raw`{WB}(?:i\s+)?know\s+(?:his|her|your|ur|their)\s+(?:reg(?:istration)?(?:\s+number)?|number\s+plate|plate)\b[^.!?\n]{0,30}?\bwhere\s+(?:he|she|you|u|they)\s+(?:parks?|lives?|works?|sleeps?|goes)\b|{WB}(?:i\s+)?know\s+where\s+(?:he|she|you|u|they)\s+(?:parks?|leaves?\s+(?:his|her|their|the|your|ur)\s+car)\s+(?:at\s+night|every\s+night|overnight)\b`,
        String.raw`{WB}(?:pop|go|drop|come|swing|head)\s+(?:round|over|by)\b[^.!?\n]{0,30}?\bintroduce\s+myself\s+to\s+(?:(?:her|his|their)\s+(?:husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|missus)|(?:your|ur)\s+(?:boss|manager|employer|pastor|priest))(?![\w])`,
        // Thirteenth round (danger13, set 4): "You took my kids, so I'll take yours" (not a hoodie).
        String.raw`{WB}(?:you|u)\s+took\s+(?:my|our|me\s+away\s+from\s+my)\s+(?:kids|children|son|daughter|boys|girls|everything|job|house|home|life|family|friends|dog|cat)\b[^.!?\n]{0,20}?(?:i'?ll|i\s+will|ill|i'?m\s+going\s+to|im\s+gonna|i'?m\s+gonna)\s+take\s+(?:yours|urs|(?:your|ur)\s+\p{L}+|everything\s+(?:from\s+)?(?:you|u))`,
        // Thirteenth round (danger13, set 5): their boss "would love a look at those texts"; "start sleeping with the lights
        // on".
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|${PARTNER_INFORMAL}))\s+(?:would|'d|might|will|'ll)\s+(?:really\s+|just\s+)?(?:love|like|enjoy|appreciate)\s+(?:a|to\s+have\s+a|to\s+take\s+a)\s+(?:good\s+|close\s+|little\s+|quick\s+)?(?:look|read|listen|peek|squiz|gander|butcher'?s)\s+(?:at\s+|to\s+)?${LEAK}`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:(?:you|u)\s+)?(?:(?:might\s+want\s+to|should|better|'d\s+better|had\s+better)\s+)?start\s+(?:sleeping\s+with\s+(?:the\s+)?lights?\s+on|sleeping\s+with\s+one\s+eye\s+open|looking\s+over\s+(?:your|ur)\s+shoulder|checking\s+under\s+(?:your|ur)\s+car)(?![\w])`,
        // Thirteenth round (danger13, set 9): "he'll be eating through a straw"; his car "very distinctive, isn't it"; "let's
        // see how your new job feels about those photos"; the police "won't be able to protect you forever"; "imagine your
        // kids finding out about her".
        String.raw`{WB}(?:he|she|they|you|u|him|her)(?:'ll|\s+will|'d|\s+would)\s+be\s+(?:eating|drinking|sipping)\s+(?:\p{L}+\s+)?through\s+a\s+straw|{WB}(?:he|she|they|you|u)(?:'ll|\s+will)\s+never\s+walk\s+(?:straight\s+)?again(?![\w])`,
        String.raw`{WB}(?:(?:your|ur|his|her)\s+(?:new\s+)?(?:\p{L}+'s\s+)?|\p{L}+'s\s+)(?:car|van|bike|motorbike|house|flat|front\s+door)\s+(?:is|'s)\s+(?:very\s+|really\s+|quite\s+|so\s+|pretty\s+)?(?:distinctive|easy\s+to\s+(?:spot|find|recogni[sz]e|pick\s+out))(?=\s*,?\s*(?:isn'?t\s+it|eh|innit|ain'?t\s+it)\b)`,
        String.raw`{WB}(?:let'?s\s+see|we'?ll\s+see|see)\s+how\s+(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:job|work|employer|boss|church|family|mum|mam|mom|dad|wife|husband|${PARTNER_INFORMAL}))\s+(?:feels?|reacts?|likes?|takes?)\s+(?:about\s+)?${LEAK}`,
        String.raw`{WB}(?:the\s+)?(?:police|cops|guards|gardaí|gardai|court|order|injunction|restraining\s+order|(?:your|ur)\s+(?:brothers?|dad|new\s+\p{L}+))\s+(?:won'?t|can'?t|cannot|will\s+not|wont)\s+(?:be\s+able\s+to\s+)?(?:protect|save|help|keep)\s+(?:you|u)(?:\s+safe)?\s+(?:forever|for\s+ever|for\s+long|always)(?![\w])`,
        String.raw`{WB}imagine\s+(?:${THIRD}|(?:your|ur)\s+(?:kids|children|son|daughter|wife|husband|mum|mom|mam|dad|parents|boss|${PARTNER_INFORMAL}))\s+(?:finding\s+out|hearing|learning|seeing|reading)\s+(?:about\s+(?:her|him|them|it|this|that|the\s+affair|what\s+(?:you|u))|what\s+(?:you|u)|${LEAK})`,
        // Thirteenth round (danger13, set 11): "Be very careful what you say about me to the kids".
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:(?:just|so)\s+)?(?:be\s+(?:very\s+|really\s+|extremely\s+)?careful|mind|watch)\s+what\s+(?:you|u)\s+(?:say|tell|post|write|put)\b[^.!?\n]{0,10}?\babout\s+me(?![\w])`,
        // Twentieth round (the lead's review): the truth owed to their partner ("I know he has a wife, and she deserves to
        // know"; not "…to know it from you, not me", the antipattern above); their letters read out at a gathering; their
        // luck that nobody has been told yet; watching, said and left there ("I'll be watching.").
        String.raw`{WB}(?:(?:his|her|your|ur)\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|missus|other\s+half)|(?<=\b(?:wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?)\b[^.!?\n]{0,40}?)(?:she|he|they))\s+(?:deserves?|has\s+a\s+right|have\s+a\s+right|ought|needs?)\s+to\s+(?:know|hear|be\s+told)(?=\s*(?:[.!,;…]|$)|\s+(?:the\s+truth|what|about|everything)\b)`,
        String.raw`{WB}(?:i\s+)?(?:might|may|could|will|'ll|ll|am\s+going\s+to|'m\s+going\s+to|might\s+just|may\s+just)\s+(?:just\s+)?(?:read|post|show|share|hand|pass|put)\s+(?:them(?:\s+all)?|it|those|these|(?:your|ur)\s+(?:letters|messages|texts|emails|photos|pictures|notes|diary))\s+(?:out\s+|round\s+|around\s+|up\s+)?(?:at|during|in\s+front\s+of|to\s+everyone\s+at)\s+(?:the|your|ur|his|her|their)\s+(?:wedding|party|reception|funeral|christening|office|work|church|school|engagement|birthday|do)(?![\w])`,
        String.raw`{WB}(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:very\s+|so\s+)?lucky\s+(?:that\s+)?i\s+(?:haven'?t|have\s+not|havent|didn'?t|did\s+not|never)\s+(?:(?:already|yet)\s+)?(?:told|posted|shown|sent|said|called|rung|gone\s+to|written\s+to|spoken\s+to|shared)(?![\w])(?!\s+(?:you|u|ya)\b)`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and\s+)?(?:i'?ll|i\s+will|ill)\s+(?:always\s+)?be\s+watching(?:\s+(?:you|u|you\s+both|the\s+two\s+of\s+you))?(?=\s*(?:[.!…]|$))`,
      ].join('|'),
    },
    {
      id: 'harm-to-you',
      // Broad building blocks (lexicon/en/threat.ts): the writer as the agent (WRITER_ACTS: "I'll", "I could", "…or I",
      // "it would be easy for me to", "I'm ready to"; WRITER_DOING: "I'm", "I'll be" with -ing) + a harm (HARM_ACTS:
      // ruin, destroy, end, bury, expose, sue, report, disgrace, humiliate, take down, come after, get back at…) + the
      // reader or what they hold dear (YOU_AS_OBJECT, THEIR_STAKES: career, name, marriage, visa, custody…): "I could
      // bury your career", "I'm coming after you". "One word from me and you're finished" (ONE_FROM_ME + UNDONE).
      re: [
        String.raw`{WB}${WRITER_ACTS}\s+${HARM_ACTS}\s+(?:${YOU_AS_OBJECT}|${THEIR_STAKES})`,
        String.raw`{WB}${WRITER_DOING}\s+${HARM_ACTS}\s+(?:${YOU_AS_OBJECT}|${THEIR_STAKES})`,
        // The reader's partner as the one harmed, with the harms that cannot be innocent: "I'll come after him too".
        String.raw`{WB}(?:${WRITER_ACTS}|${WRITER_DOING})\s+${HARM_TO_ANYONE}\s+${THEM_AS_OBJECT}`,
        // Taking from them: "I'll take every penny you have", "I'm taking the kids from you".
        String.raw`{WB}(?:${WRITER_ACTS}|${WRITER_DOING})\s+${TAKE_FROM_YOU}`,
        String.raw`{WB}${ONE_FROM_ME}(?![\w])[^.!?\n]{0,60}?(?:${THEIR_STAKES}|(?:you|u)(?:'re|\s+are|r|'ll\s+be|\s+will\s+be|'d\s+be|\s+would\s+be))\s+(?:(?:is|are|'s|will\s+be|'ll\s+be|would\s+be|'d\s+be)\s+)?(?:(?:so|completely|totally|well\s+and\s+truly|properly)\s+)?${UNDONE}(?![\w])`,
        // Thirteenth round (danger13): "One post from me and that little business of yours is finished".
        String.raw`{WB}${ONE_FROM_ME}(?![\w])[^.!?\n]{0,60}?\b(?:that|this|the)\s+(?:(?:little|precious|new|cosy|cozy|perfect|shiny|fancy|lovely)\s+){0,2}\p{L}+\s+of\s+(?:yours|urs|his|hers)\s+(?:is|'s|will\s+be|'ll\s+be|would\s+be|'d\s+be)\s+(?:(?:so|completely|totally|well\s+and\s+truly|properly)\s+)?${UNDONE}(?![\w])`,
        String.raw`{WB}${ONE_FROM_ME}(?![\w])[^.!?\n]{0,60}?(?:${HARM_ACTS}\s+(?:${YOU_AS_OBJECT}|${THEIR_STAKES})|(?:you|u)(?:'d|'ll|\s+would|\s+will|\s+could)\s+lose\s+(?:everything|${THEIR_STAKES}))`,
        // Twelfth round (danger12's probe): "I could ruin you in court, and you know it" (not "…, but I won't").
        String.raw`{WB}i\s+could\s+(?:so\s+|very\s+|quite\s+)?(?:easily\s+)?${HARM_ACTS}\s+(?:${YOU_AS_OBJECT}|${THEIR_STAKES})(?![^.!?\n]{0,40}?\b(?:but\s+i\s+(?:won'?t|will\s+not|wouldn'?t|would\s+never|never|'?m\s+not|am\s+not|don'?t|do\s+not|choose|chose|'ve\s+chosen)|if\s+i\s+wanted)\b)`,
      ].join('|'),
    },
    {
      id: 'exposure',
      // Broad building blocks: the writer as the agent + a verb of telling or showing (DISCLOSE: tell, show, send, post,
      // forward, leak, let slip, report, write to, complain to…) + within 40 characters those told (REACH_PEOPLE: their
      // boss, work, family, partner, pastor, everyone, the police, immigration…) and what is told (EXPOSED: their
      // messages, pictures, secrets, what they did, the truth, "about us"), in either order. A platform ("online", "on
      // insta", the family group chat) takes only private media (PRIVATE_MEDIA: "your pics", "those videos"). And the
      // leak said without an agent: "those videos go up on Facebook", "your messages will end up with his wife".
      re: [
        String.raw`{WB}(?:${WRITER_ACTS}|${WRITER_DOING})\s+${DISCLOSE}(?![\w])[^.!?\n]{0,40}?{B}${REACH_PEOPLE}[^.!?\n]{0,40}?${EXPOSED}`,
        String.raw`{WB}(?:${WRITER_ACTS}|${WRITER_DOING})\s+${DISCLOSE}(?![\w])[^.!?\n]{0,40}?${EXPOSED}[^.!?\n]{0,40}?{B}${REACH_PEOPLE}`,
        String.raw`{WB}(?:${WRITER_ACTS}|${WRITER_DOING})\s+${DISCLOSE}(?![\w])\s+(?:\w+\s+){0,2}?${PRIVATE_MEDIA}[^.!?\n]{0,30}?{B}(?:on\s+|onto\s+|all\s+over\s+|to\s+)?${PLATFORMS}(?![\w])`,
        // Those told as the ones who receive it: "your sister gets the screenshots on Monday".
        String.raw`{WB}${REACH_PEOPLE}\s+(?:gets?|will\s+get|'ll\s+get|is\s+getting|are\s+getting|receives?|will\s+receive|'s\s+getting|'re\s+getting)\s+(?:a\s+copy\s+of\s+)?${EXPOSED}`,
        String.raw`{WB}(?:(?:all\s+)?(?:the|those|these|that|this|your|ur|our|his|her|my)\s+)(?:[a-z]+\s+){0,2}?${LEAKABLE}(?![\w])\s+(?:(?:is|are|'s|'re)\s+(?:going|gonna|about\s+to\s+go)|(?:will|'ll|might|could|may)\s+(?:(?:just|soon|all)\s+)?(?:go|end\s+up|get\s+(?:sent|posted|shared|forwarded|leaked)|be\s+(?:sent|posted|shared|forwarded|leaked|going|on|up)|land|find\s+(?:its|their)\s+way)|go(?:es)?|get(?:s)?\s+(?:sent|posted|shared|forwarded|leaked))\s+(?:(?:up|straight|right|round|around)\s+)?(?:(?:on|to|onto|into|in|all\s+over|with)\s+)?(?:${PLATFORMS}|public|viral|everywhere|${REACH_PEOPLE})`,
      ].join('|'),
    },
    {
      id: 'menace',
      // Broad menace, said without naming the act: crossing me and seeing what happens, people who cross me, the wrong
      // person to mess with, done being nice, the gloves off, days numbered,
      // "mark my words" with a cost, "it'd be a shame if someone told him", "accidents happen to people", a schedule or
      // a home known ("I know what time Sam leaves work"), not coming alone to their door.
      re: [
        // Revenge said before, or relayed from the writer's people: "I said I'd make you pay, and I meant it", "My brother
        // says he'll make you pay", "my mates know where you live", "don't think you can hide".
        String.raw`{WB}i\s+(?:said|told\s+(?:you|u)|promised(?:\s+(?:you|u))?|swore|warned\s+(?:you|u))\s+(?:that\s+)?(?:i'?d|i\s+would|i'?ll|i\s+will|id|ill)\s+make\s+(?:you|u)\s+(?:pay|suffer|regret)(?![\w])(?!\s+(?:for\s+(?:dinner|lunch|the\s+(?:bill|meal|drinks|tickets|taxi|round))|half|back))`,
        String.raw`{WB}(?:my|our)\s+(?:\w+\s+)?(?:brothers?|sisters?|dad|father|mum|mom|mother|cousins?|uncles?|mates?|friends?|boys|lads|family|husband|wife|boyfriend|girlfriend|partner|people)\s+(?:says?|said|reckons?|swears?|swore|promised|told\s+me)\s+(?:that\s+)?(?:he|she|they)(?:'?ll|\s+will|'?d|\s+would)\s+(?:make\s+(?:you|u)\s+(?:pay|suffer|regret)|sort\s+(?:you|u)\s+out|come\s+(?:after|for)\s+(?:you|u)|(?:find|get)\s+(?:you|u)(?=\s*(?:[.!,;]|$)|\s+(?:wherever|anywhere|eventually|soon|one\s+day|for\s+(?:this|that|it)|back)(?![\w])))(?![\w])`,
        String.raw`{WB}(?:my|our)\s+(?:\w+\s+)?(?:brothers?|cousins?|uncles?|mates|friends|boys|lads|family|people)\s+(?:know|knows|found\s+out|have\s+found\s+out)\s+where\s+(?:you|u)\s+(?:live|work|are|stay|drink|train|park)(?![\w])`,
        // What their partner, boss or family does not know yet, held over them: "Your new girlfriend doesn't know half of
        // what you've done either". Not when the writer disowns it ("…, and I'll never be the one to tell her").
        String.raw`{WB}(?:your|ur)\s+(?:new\s+)?(?:girlfriend|boyfriend|partner|wife|husband|fianc[ée]e?|boss|manager|family|mum|mom|dad|parents|employer|kids|church|friends)\s+(?:doesn'?t|don'?t|does\s+not|do\s+not|dont|doesnt)\s+(?:even\s+)?know\s+(?:half(?:\s+of)?|the\s+(?:half|truth|real\s+you)|what\s+(?:you'?ve|you\s+have|you|u)\s+(?:done|been\s+up\s+to|did)|about\s+(?:us|me|the\s+(?:photos|texts|messages|money|affair)))(?![^.!?\n]{0,60}?(?:never\s+(?:be\s+the\s+one\s+to\s+)?tell|not\s+my\s+(?:business|place)|won'?t\s+(?:be\s+the\s+one\s+to\s+)?tell|it'?s\s+not\s+for\s+me))`,
        String.raw`{WB}(?:don'?t|do\s+not|dont)\s+(?:think|imagine|believe)\s+(?:that\s+|for\s+a\s+(?:second|minute|moment)\s+)?(?:you|u)\s+(?:can|could)\s+(?:hide|run|get\s+away|escape)(?:\s+from\s+me)?(?![\w])`,
        String.raw`{WB}(?:block|ignore|cross|push|test|defy|report|dump|avoid|humiliate|disrespect|lie\s+to|cheat\s+on|mess\s+(?:with|me\s+around))\s+me(?![\w])(?:\s+(?:again|once\s+more|one\s+more\s+time|like\s+that))?[^.!?\n]{0,30}?(?:(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+)?(?:see|find\s+out|watch|learn)\s+what\s+happens`,
        String.raw`{WB}(?:people|those|anyone|anybody|whoever|girls|guys|men|women|folk|folks)\s+(?:who|that)\s+(?:[a-z]+\s+){0,2}?(?:cross(?:es|ed)?|mess(?:es|ed)?\s+(?:with|me\s+around|around\s+with)|screw(?:s|ed)?\s+(?:me\s+over|with)|betray(?:s|ed)?|wrong(?:s|ed)?|disrespect(?:s|ed)?|humiliate(?:s|d)?|play(?:s|ed)?|lie(?:s|d)?\s+to|cheat(?:s|ed)?\s+on|double[- ]cross(?:es|ed)?|hurt|hurts|use|uses|used)\s+me(?![\w])[^.!?\n]{0,40}?(?:regret|pay(?![\w])|sorry|learn|find\s+out|end\s+up|get\s+what|live\s+to|(?:don'?t|never)\s+(?:last|forget|get\s+away))`,
        String.raw`{WB}(?:you|u)(?:'ve|\s+have|ve)?\s+(?:(?:really|just|well\s+and\s+truly)\s+)?(?:messed|mess|messing|screwed|crossed|picked\s+a\s+fight|played|tangled|fucked)\s+(?:(?:with|around\s+with|up\s+with)\s+)?the\s+wrong\s+(?:person|girl|guy|man|woman|one|family|bloke|lady|lad|people)(?![\w])`,
        String.raw`{WB}(?:i'?m|i\s+am|im)\s+(?:done|finished|through)\s+(?:being|playing)\s+(?:nice|polite|kind|patient|the\s+nice\s+(?:guy|girl|one))(?=\s*(?:[.!,;…]|$)|\s+(?:with\s+(?:you|u|him|her)|now|to\s+(?:you|u)|any\s?more)\b)|{WB}(?:the\s+)?gloves\s+(?:are|come|'re)\s+off|{WB}no\s+more\s+mr\.?\s+nice\s+guy`,
        String.raw`{WB}(?:your|ur|his|her)\s+days\s+are\s+numbered|{WB}(?:you|u|he|she)\s+won'?t\s+(?:know|see)\s+what\s+hit\s+(?:you|u|him|her)|{WB}(?:you|u)(?:'ll|\s+will)\s+(?:soon\s+)?(?:learn|find\s+out)\s+(?:the\s+hard\s+way|who\s+(?:you'?re|you\s+are)\s+dealing\s+with)`,
        String.raw`{WB}mark\s+my\s+words\b[^.!?\n]{0,80}?(?:regret|pay(?![\w])|be\s+sorry|lose|suffer|find\s+out\s+(?:what|who)|know\s+(?:what|who)\s+(?:you|u))`,
        String.raw`{WB}what\s+goes\s+around\s+comes\s+around\b[^.!?\n]{0,60}?(?:i'?ll|i\s+will|make\s+sure|for\s+(?:you|u)|to\s+(?:you|u))(?![\w])`,
        String.raw`{WB}(?:shame|pity|terrible|awful|sad|tragedy)\s+if\s+(?:someone|somebody|anyone|anybody|people|word)\s+(?:[a-z]+\s+)?(?:told|tells|showed|shows|sent|sends|found\s+out|mentioned|got\s+out|let\s+slip|posted|spilled|leaked|were\s+to\s+(?:tell|show|send|find\s+out|mention))(?![\w])`,
        String.raw`{WB}accidents\s+(?:can\s+|do\s+|will\s+)?happen\b[^.!?\n]{0,15}?(?:to\s+(?:people|anyone|you|u|cars|the\s+best|him|her)|you\s+know|just\s+saying|remember\s+that|don'?t\s+they)(?![\w])`,
        String.raw`{WB}i\s+(?:know|found\s+out|'ve\s+found\s+out|have\s+found\s+out|worked\s+out)\s+(?:exactly\s+)?(?:where|what\s+time|when|which\s+[a-z]+|what\s+route|what\s+bus|what\s+train)\s+(?!(?:my|mum|mom|dad|nan|gran|i|we)\b)(?:[a-z]+|(?:your|ur|his|her)\s+(?:new\s+)?[a-z]+)\s+(?:lives|live|works|work|finishes|finish|leaves|leave|parks|park|gets\s+(?:home|off|out)|starts|walks|walk|jogs|runs|trains|sleeps|stays|goes\s+(?:to|every|on)|picks\s+(?:up|the\s+kids)|drops\s+off)(?![\w])(?![^.!?\n]{0,50}?\b(?:post|send|return|drop|bring|forward|mail|so\s+(?:that\s+)?i|avoid|stay\s+away|keep\s+away|pick\s+(?:you|u|him|her|them)\s+up|(?:won'?t|wont|never)\s+(?:go|come|be)|happy|glad|hope)\b)`,
        // Whereabouts known: "I know your new postcode", "I've got her shift rota now" (not to send things or stay away).
        String.raw`{WB}i(?:\s+now|\s+already)?(?:\s+know|\s+have|'ve\s+got|\s+have\s+got)\s+(?:your|ur|his|her)\s+${WHEREABOUTS}(?![\w])(?=\s*(?:[.!,;…]|$)|\s+(?:now|too|as\s+well|btw|by\s+the\s+way|remember|just\s+saying|off\s+by\s+heart)\b)(?![^.!?\n]{0,50}?\b(?:post|send|return|drop|bring|forward|mail|card|parcel|postman|postie|courier|so\s+(?:that\s+)?i|avoid|stay\s+away|keep\s+away|(?:won'?t|wont|never)\s+(?:go|come|be)|happy|glad|hope|lovely|congrat\w*|invitations?|invite|wedding|christening|party|gave\s+it\s+to\s+me\s+for)\b)`,
        // Who they are dealing with: "remember who you're dealing with".
        String.raw`{WB}(?:remember|(?:don'?t|dont|do\s+not)\s+forget|you\s+know|think\s+about)\s+who\s+(?:you'?re|you\s+are|ur|u\s+are)\s+(?:dealing|messing|playing)\s+with`,
        String.raw`(?<=\b(?:outside|at|to|round)\s+(?:your|ur|his|her)\s+[a-z]+[^.!?\n]{0,50})(?:i\s+(?:won'?t|will\s+not|wont)\s+be\s+(?:alone|on\s+my\s+own|by\s+myself)|i'?ll\s+(?:be\s+)?bring(?:ing)?\s+(?:my\s+|some\s+)?(?:brothers|cousins|boys|lads|mates|friends|people))(?![\w])`,
        // Twelfth round (danger12's probe and letters): a pet's safety "hoped" for, or an eye to keep on a pet or a new partner
        // "if I were you", said with nothing after (not "…, he's been off his food", not the fireworks, the vet or a
        // journey); "it would only take one click", where something held was named before it or the reader's people after.
        String.raw`{WB}(?:i\s+)?(?:do\s+)?hope\s+(?:your|ur|that)\s+(?:(?:little|precious|lovely|new|beloved|darling)\s+)?(?:dog|cat|puppy|kitten|pets?|horse|pony|rabbit|bunny)\s+(?:stays?|keeps?|is\s+kept|remains?|is|are)\s+safe(?![\p{L}])(?![^.!?\n]{0,50}?\b(?:fireworks|vets?|journey|trip|drive|flight|move|moving|kennels?|sitter|poorly|sick|ill|surgery|op|operation|storm|heat|snow|ice|roads?|traffic|foxes|bonfire\s+night|new\s+year|while\s+(?:you|u)(?:'re|\s+are)\s+away)\b)`,
        String.raw`{WB}(?:i'?d|i\s+would)\s+keep\s+(?:a\s+(?:close\s+|careful\s+|very\s+close\s+)?eye|an\s+eye|both\s+eyes|a\s+closer\s+eye)\s+on\s+(?:your|ur|the|that)\s+(?:(?:little|precious|lovely|new)\s+)?(?:dog|cat|puppy|kitten|pets?|horse|${PARTNER_INFORMAL}|${PARTNER_TITLES}|man|woman|bloke|fella|lady|partner)\s+if\s+i\s+(?:were|was)\s+(?:you|u)(?=\s*(?:[.!…]|$))`,
        String.raw`(?<=\b(?:${LEAKABLE}|secrets?|everything|what\s+(?:you|u)\s+did)\b[^.!?\n]{0,80})(?:and\s+)?(?:it'?d|it\s+would|it'?ll|it\s+will|it\s+only|all\s+it\s+(?:would\s+take|takes)\s+is)\s+(?:only\s+|just\s+)?(?:takes?\s+)?(?:one|a\s+single|just\s+one|one\s+little)\s+(?:click|call|phone\s+call|message|text|email|post|tweet|word|upload)(?=\s*(?:[.!…]|$))|{WB}(?:it'?d|it\s+would|it'?ll|it\s+will|all\s+it\s+(?:would\s+take|takes)\s+is)\s+(?:only\s+|just\s+)?(?:take\s+)?(?:one|a\s+single|just\s+one|one\s+little)\s+(?:click|call|phone\s+call|message|text|email|post|tweet|word|upload)\s+to\s+${REACH_PEOPLE}`,
        // Twelfth round (danger12's workbench): their routine known and their being alone ("I know your shift finishes at
        // ten and you walk home alone"); a new partner or their people promised something "from me" ("ur new gf is gonna
        // get an earful from me"); the children kept from them ("…you'll never see them again, I'll make sure of it").
        String.raw`{WB}i\s+(?:already\s+|still\s+)?know\s+(?:what\s+time\s+|when\s+)?(?:your|ur|her|his)\s+(?:shift|class|lesson|gym\s+class|train|bus|work|day)\b[^.!?\n]{0,50}?\b(?:walk(?:s|ing)?|go(?:es)?|get(?:s)?|drive(?:s)?|cycle(?:s)?|run(?:s)?)\s+(?:home|back|there)\s+(?:alone|on\s+(?:your|ur|her|his)\s+own|by\s+(?:yourself|herself|himself))(?![\p{L}])`,
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|${PARTNER_INFORMAL}))\s+(?:is|'s|are|'re|will|'ll)\s+(?:(?:gonna|going\s+to)\s+)?(?:get|be\s+getting|hear)\s+(?:an\s+earful|a\s+(?:little\s+|nice\s+|surprise\s+)?(?:visit|call|phone\s+call|letter|message|text|surprise|word|piece\s+of\s+my\s+mind)|(?:all\s+)?about\s+(?:this|it|you|that|us))\s+from\s+me(?![\p{L}])`,
        String.raw`{WB}(?:(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+never\s+see\s+(?:them|the\s+(?:kids|children|boys|girls|baby)|(?:your|ur)\s+(?:kids|children|son|daughter|boys|girls|baby))\s+again\b[^.!?\n]{0,10}?,?\s*(?:i'?ll|i\s+will|ill)\s+make\s+(?:sure|certain)(?:\s+of\s+(?:it|that))?|(?:i'?ll|i\s+will|ill)\s+make\s+(?:sure|certain)\s+(?:that\s+)?(?:you|u)\s+never\s+see\s+(?:them|the\s+(?:kids|children|boys|girls|baby)|(?:your|ur)\s+(?:kids|children|son|daughter|boys|girls|baby))\s+again)(?![\p{L}])`,
        // Twelfth round (danger12's workbench, second round): "…and get away with it? Think again."; a file kept on them;
        // "when you least expect it, I'll be there"; "won't look so smug when I'm done"; their people offered "the real
        // story".
        String.raw`{WB}(?:think|thought)\s+(?:you\s+can|you\s+could|you'?d|you'?ll)\s+(?:\p{L}+\s+){0,5}?get\s+away\s+with\s+(?:it|this|that)(?=[?!.…]*\s*(?:well,?\s+)?(?:think\s+again|not\s+a\s+chance|you\s+won'?t|you\s+can'?t|no\s+chance)(?![\p{L}]))`,
        String.raw`{WB}(?:keeping|kept|keep|started|have|got|building|built|made)\s+(?:a\s+)?(?:little\s+|secret\s+|whole\s+|thick\s+|detailed\s+)?(?:file|dossier|log|folder)\s+(?:on|about)\s+(?:you|u|him|her|the\s+two\s+of\s+you)(?![\p{L}])`,
        String.raw`{WB}when\s+(?:you|u)\s+least\s+expect\s+it,?\s+(?:i'?ll|i\s+will|ill)\s+(?:be\s+(?:there|waiting|watching|back|around)|come(?:\s+for\s+(?:you|u))?|find\s+(?:you|u)|turn\s+up|show\s+up|get\s+(?:you|u)|strike|make\s+my\s+move)(?![\p{L}])|{WB}(?:i'?ll|i\s+will|ill)\s+(?:be\s+there|come|find\s+(?:you|u)|turn\s+up|show\s+up|get\s+(?:you|u))\b[^.!?\n]{0,20}?when\s+(?:you|u)\s+least\s+expect\s+it`,
        String.raw`{WB}(?:won'?t|will\s+not|wont)\s+(?:look|be|feel|seem)\s+so\s+(?:smug|happy|clever|pleased|cocky|pretty|tough|big|brave|perfect)\s+(?:when|after|once)\s+i'?m\s+(?:done|finished|through)(?:\s+with\s+(?:you|u|him|her|them))?(?![\p{L}])|{WB}when\s+i'?m\s+(?:done|finished|through)\s+with\s+(?:you|u|him|her)(?=\s*(?:[.!,…]|$))`,
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:\p{L}+\s+)?(?:friends|mates|colleagues|congregation|neighbours|neighbors))\s+(?:would|might|'d|will)\s+(?:really\s+)?(?:love|like|want|be\s+(?:very\s+|really\s+)?interested)\s+to\s+(?:hear|know|read|learn)\s+(?:the\s+(?:real|true)\s+(?:story|reason|version)|what\s+really\s+happened)(?![\p{L}])(?!\s+(?:of|about|behind)\s+(?:how\s+we|our|the\s+(?:trip|holiday|wedding|name|dog|cat|proposal))\b)`,
        // Twelfth round (danger12's workbench, third round): "You know what I'm capable of" (not a marathon, a kitchen or a
        // joke); harm promised to someone seen near the children ("If I see him near my kids again, he'll be in the hospital").
        String.raw`{WB}(?:(?:you|u)\s+know|remember|don'?t\s+forget)\s+(?:exactly\s+|full\s+well\s+)?what\s+(?:i'?m|i\s+am|im)\s+capable\s+of(?![^.!?\n]{0,40}?\b(?:when\s+i\s+(?:put|set)\s+my\s+mind|at\s+work|in\s+the\s+kitchen|marathon|race|exam|ha|haha|lol|diy|cook|baking)\b)`,
        String.raw`{WB}if\s+i\s+(?:ever\s+)?(?:see|catch|find)\b[^.!?\n]{0,60}?,?\s*(?:he|she|they|you|u)(?:'ll|\s+will|'d|\s+would|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:be\s+in|end\s+up\s+in|need|be\s+needing|be\s+going\s+to)\s+(?:the\s+|a\s+)?(?:hospital|a&e|wheelchair|ambulance|morgue|box|ground|dentist|new\s+face|stitches)(?=\s*(?:[.!,;…]|$)|\s+(?:again|for\s+(?:a\s+)?(?:week|month|while)|by\s+the\s+time|when\s+i'?m\s+done)\b)`,
        // Fourteenth round (care14): turning up where they work or live to make it public ("I might just turn up at your work
        // on Friday and we can talk there, in front of everyone"); a reputation that could change quickly "in a small town";
        // a pity if anything held up their visa or custody, or if someone at their office got a copy.
        String.raw`{WB}(?:${I_WILL}|maybe\s+i'?ll)\s+(?:just\s+)?(?:turn\s+up|show\s+up|rock\s+up|come\s+(?:round|over|by|down)|drop\s+(?:by|in)|pop\s+(?:in|by|round)|walk\s+in)\b[^.!?\n]{0,60}?(?:\bin\s+front\s+of\s+(?:everyone|everybody|your|ur|all|the\s+whole|them\s+all)|\b(?:make|cause|making|causing)\s+a\s+(?:scene|fuss)|\bso\s+(?:that\s+)?(?:everyone|everybody|your\s+\p{L}+)\s+(?:can\s+|will\s+)?(?:see|hear|know))(?![\p{L}])`,
        String.raw`{WB}(?:funny|amazing|strange|interesting|crazy|wild|incredible|scary|remarkable)\s+how\s+(?:quickly|fast|easily|soon)\s+(?:a|your|ur|someone'?s|somebody'?s|people'?s|one'?s|his|her|a\s+person'?s)\s+(?:good\s+|whole\s+)?(?:reputation|name|image|standing|career|job|life|marriage|world)s?\s+(?:can|could|might|will|would)\s+(?:change|go|fall\s+apart|turn|disappear|crumble|be\s+ruined|end|unravel|come\s+(?:apart|crashing))(?![\p{L}])`,
        String.raw`(?<=\b(?:your|ur)\s+(?:\p{L}+\s+)?(?:visa|promotion|custody|application|licen[cs]e|contract|mortgage|tenancy|placement|citizenship|residency|probation|permit|green\s+card|clearance|appeal|hearing|naturali[sz]ation)\b[^.!?\n]{0,80})(?<!\b(?:have|'ve)\s+been\s+(?:a\s+|such\s+a\s+)?(?:real\s+|great\s+|big\s+|huge\s+)?)(?:shame|pity|tragedy)\s+if\s+(?:anything|something|someone|somebody)\s+(?:were\s+to\s+|was\s+to\s+|should\s+)?(?:held?|hold|delay\w*|got\s+in\s+the\s+way\s+of|went\s+wrong\s+with|happened\s+(?:with|to)|stopp\w*|block\w*|interfer\w*\s+with|jeopardi[sz]\w*|complicat\w*|slow\w*)\s+(?:it|that|this|them)\b|{WB}(?<!\b(?:have|'ve)\s+been\s+(?:a\s+|such\s+a\s+)?(?:real\s+|great\s+|big\s+|huge\s+)?)(?:shame|pity|tragedy)\s+if\s+(?:anything|something|someone|somebody)\s+(?:were\s+to\s+|was\s+to\s+|should\s+)?(?:held?\s+up|hold\s+up|delay\w*|got\s+in\s+the\s+way\s+of|went\s+wrong\s+with|happened\s+to|stopp\w*|block\w*|interfer\w*\s+with|jeopardi[sz]\w*|complicat\w*|slow\w*\s+down)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:visa|promotion|custody|application|licen[cs]e|contract|mortgage|tenancy|placement|citizenship|residency|probation|permit|green\s+card|clearance|appeal|hearing|naturali[sz]ation)\b`,
        String.raw`{WB}(?<!\b(?:have|'ve)\s+been\s+(?:a\s+|such\s+a\s+)?(?:real\s+|great\s+|big\s+|huge\s+)?)(?:shame|pity|terrible|awful|tragedy)\s+if\s+(?:someone|somebody|anyone|\p{L}+)\s+(?:at|from|in)\s+(?:your|ur|his|her)\s+(?:new\s+)?(?:office|work|job|school|church|gym|firm|company|team|department|workplace|uni|college|club|mosque|temple)\s+(?:ever\s+|somehow\s+|were\s+to\s+|happened\s+to\s+)?(?:found\s+out|find\s+out|got|gets|get|saw|sees|see|read|heard|hear)\b`,
        // Fourteenth round (care14, second sweep): "I'd be careful if I were you" (not about a road or a ladder); what their
        // kids would think "if they knew"; whether the new girlfriend knows what they did; seen "very differently after one
        // conversation with me"; "don't forget I still talk to your ex-wife"; having it out on their doorstep; parked outside
        // their work unnoticed.
        String.raw`{WB}(?:i'?d|i\s+would|id)\s+be\s+(?:very\s+|really\s+|extra\s+|super\s+)?careful\s+if\s+i\s+(?:were|was)\s+(?:you|u|him|her)(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:${LITERAL_HAZARDS}|icy|ice|snow|slippery|frost|flood\w*|weather|driv\w*|hik\w*|walk\w*\s+(?:up|on)|swim\w*|mushrooms?|contract|small\s+print|landlord|agent|scam\w*|investment|tax|path|pavements?|canal|stairs|steps|treacherous|lethal|just\s+as\s+bad|lol|haha|hehe)\b)`,
        String.raw`{WB}(?:ask\s+yourself|imagine|think\s+about|consider)\s+what\s+(?:${THIRD}|he|she|they)\s+(?:would|'d|will|might)\s+(?:think|say|do|feel|make\s+of\s+(?:it|you))\s+if\s+(?:they|he|she)\s+(?:ever\s+)?(?:knew|found\s+out|saw|heard|learned)(?![\p{L}])`,
        String.raw`{WB}i\s+(?:do\s+)?(?:wonder|bet|doubt)\s+(?:if|whether)\s+(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|fella|bloke|${PARTNER_INFORMAL}))\s+(?:(?:already|even|really)\s+)?(?:knows?|has\s+(?:any\s+)?idea|has\s+heard)\s+(?:about\s+)?${SECRETS}`,
        String.raw`{WB}(?:${THIRD}|(?:your|ur|his|her)\s+\p{L}+\s+(?:friends|colleagues|family|mates|neighbours|neighbors|group)|they|people|everyone|everybody|he|she)\s+(?:would|'d|will|'ll|might|could)\s+(?:see|think\s+of|look\s+at|treat)\s+(?:you|u)\s+(?:very\s+|quite\s+|completely\s+|so\s+|rather\s+|a\s+lot\s+)?differently\s+(?:after|if|once|when)\s+(?!(?:you|u)\b)`,
        String.raw`{WB}(?:don'?t\s+forget|remember|just\s+so\s+(?:you|u)\s+know|btw|by\s+the\s+way)\s*,?\s*(?:that\s+)?i\s+(?:still\s+)?(?:talk|speak|chat|am\s+in\s+touch|'m\s+in\s+touch|see)\s+(?:to|with)?\s*(?:your|ur|his|her)\s+(?:\p{L}+-)?(?:ex|ex-wife|ex-husband|wife|husband|boss|manager|mum|mom|dad|parents|sister|brother|family|kids|colleagues|friends|girlfriend|boyfriend|partner|pastor)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:so\s+if|if\s+(?:you|u)\s+(?:ever\s+)?need|pass\s+on|say\s+hi|send\s+(?:my|her|his)\s+love|sends?\s+(?:her|his|their)\s+love|for\s+the\s+kids)\b)`,
        String.raw`{WB}(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|we'?re\s+(?:going\s+to|gonna)|or|and|then)\s+(?:just\s+|finally\s+)?(?:have|thrash|sort|settle)\s+(?:this|it|things)\s+out\s+(?:once\s+and\s+for\s+all\s+)?(?:on\s+(?:your|ur)\s+(?:doorstep|front\s+step|front\s+lawn|drive|driveway)|in\s+front\s+of\s+(?:your|ur|everyone|everybody|the\s+(?:neighbours|neighbors|kids))|at\s+(?:your|ur)\s+(?:work|office|door|front\s+door|mum'?s|parents'?|gym))(?![\p{L}])`,
        String.raw`{WB}(?:i'?ve|i\s+have|i)\s+(?:been\s+)?(?:parked|sat|sitting|waiting|standing|watching)\s+outside\s+(?:your|ur|his|her)\s+(?:new\s+)?(?:work|office|house|flat|place|gym|door|school|parents'?|mum'?s|building)\b(?![^.!?\n]{0,60}?\b(?:for\s+the\s+(?:kids|children|boys|girls)|to\s+(?:hand|drop|pick|collect|give|return)|like\s+we\s+agreed|as\s+agreed|pick-?up|drop-?off|school\s+run)\b)[^.!?\n]{0,40}?\b(?:never\s+noticed|didn'?t\s+(?:notice|see\s+me)|few\s+times|couple\s+of\s+times|every\s+(?:night|day|morning|evening)|most\s+(?:nights|days)|a\s+lot|again|for\s+hours)\b`,
        // Fourteenth round (care14, third sweep): a pity for the kids to see the videos; a father's health and "any news";
        // "we'll see who the kids run to"; "lucky for you I'm a patient person, for now"; a new partner who does not know
        // about the restraining order; "remember who has the spare key to your flat".
        String.raw`{WB}(?:shame|pity|terrible|awful|tragedy)\s+for\s+(?:the\s+(?:kids|children|boys|girls)|(?:your|ur|his|her)\s+\p{L}+|\p{L}+)\s+to\s+(?:see|find|hear|read|get|watch)\s+(?:those|these|the|your|ur|all\s+(?:those|the))\s+(?:\p{L}+\s+)?(?:videos?|vids?|photos|pictures|pics|messages|texts|screenshots|recordings|emails)(?![\p{L}])`,
        String.raw`{WB}(?:i'?d|i\s+would)\s+hate\s+for\s+(?:him|her|them|${THIRD})\s+to\s+(?:get|be)\s+(?:upset|shocked|hurt|a\s+shock)\s+(?:by|at|about)\s+(?:any|some|the)\s+(?:\p{L}+\s+)?news(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}we'?ll\s+see\s+(?:who|which\s+(?:of\s+us|one))\s+(?:the\s+(?:kids|children|boys|girls)|they|he|she|\p{L}+)\s+(?:run\s+to|runs\s+to|run\s+back\s+to|end\s+up\s+with|side\s+with|sides\s+with|believe|believes)(?![\p{L}])`,
        String.raw`{WB}(?:lucky|luckily|fortunately)\s+for\s+(?:you|u|him|her),?\s+i'?m\s+(?:a\s+)?(?:very\s+)?(?:patient|calm|nice|reasonable|forgiving|good|kind|generous)(?:\s+(?:person|man|woman|guy|girl|bloke))?[^.!?\n]{0,20}?\b(?:for\s+now|at\s+the\s+moment|so\s+far|today|for\s+the\s+time\s+being)\b`,
        String.raw`{WB}(?:i'?m\s+sure|i\s+bet|i\s+doubt|i\s+wonder\s+if|i\s+wonder\s+whether)\s+(?:${THIRD}|(?:your|ur)\s+(?:new\s+)?(?:man|woman|lady|fella|bloke|${PARTNER_INFORMAL}))\s+(?:doesn'?t|does\s+not|don'?t|do\s+not|knows?|has\s+heard)\s+(?:know\s+)?about\s+(?:the|your|ur)\s+(?:\p{L}+\s+)?(?:restraining\s+order|injunction|conviction|arrest|record|caution|affair|debts?|gambling|drinking|rehab|court\s+case|charges?|bankruptcy|abortion|police)(?![\p{L}])`,
        String.raw`{WB}(?:just\s+)?(?:remember|don'?t\s+forget)\s+who\s+(?:has|'s\s+got|still\s+has|holds|kept|keeps)\s+(?:the\s+|a\s+|your\s+|ur\s+)?(?:spare\s+)?(?:keys?|passports?|passwords?|photos|videos|pics|code)\b(?![^.!?\n]{0,50}?\b(?:if\s+(?:you|u)\s+(?:lock|get|need|forget|ever)|locked\s+out|ha|haha|lol)\b)`,
        // Fourteenth round (care14, fourth sweep): "I could make a few calls"; people "who'd love to meet your new boyfriend";
        // "you'll be hearing from me, and you won't like it"; thin walls noticed at the new flat; a sister who still doesn't
        // know what they said about her; a wife who might "get the wrong idea from a photo".
        String.raw`{WB}i\s+(?:could|can|might|will|'ll)\s+(?:always\s+|easily\s+|just\s+)?make\s+(?:a\s+few|some|one|a\s+couple\s+of|a\s+couple)\s+(?:phone\s+)?calls(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}i\s+know\s+(?:some|a\s+few|a\s+couple\s+of)?\s*(?:people|lads|guys|blokes|fellas|men|girls|friends)\s+who(?:'d|\s+would)\s+(?:love|like|be\s+happy|be\s+glad)\s+to\s+(?:meet|have\s+a\s+word\s+with|talk\s+to|visit|see|pay\s+a\s+visit\s+to)\s+(?:your|ur|him|her|them)(?![\p{L}])`,
        String.raw`{WB}(?:you|u)(?:'ll|\s+will|ll)\s+be\s+hearing\s+from\s+me\b[^.!?\n]{0,10}?,?\s*(?:and\s+)?(?:you|u)\s+(?:won'?t|will\s+not|wont|aren'?t\s+going\s+to)\s+like\s+(?:it|what\s+(?:you|u)\s+hear)(?![\p{L}])`,
        String.raw`{WB}(?:your|ur)\s+(?:new\s+)?(?:flat|house|place|bedroom|building|street|car)\s+(?:has|is|'s|got)\b[^.!?\n]{0,40}?,\s*i\s+(?:noticed|saw|checked|found\s+out)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}${THIRD}\s+(?:still\s+)?(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+know\s+(?:what\s+(?:you|u)\s+(?:said|wrote|texted|told\s+me|did)\s+(?:about|to)\s+(?:her|him|them)|${SECRETS})(?![^.!?\n]{0,40}?\b(?:birthday|surprise|party|present|gift|anniversary|proud)\b)`,
        String.raw`{WB}(?:i'?d|i\s+would)\s+hate\s+for\s+(?:${THIRD}|him|her|them)\s+to\s+get\s+the\s+wrong\s+idea\s+(?:from|about)\s+(?:a|the|those|these|that|some|any)\s+(?:\p{L}+\s+)?(?:photos?|pictures?|pics?|messages?|texts?|videos?|screenshots?|letters?)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'said-without-a-threat-word',
      // Fifteenth round (care15): exposure and harm said without a threat word. Their people "would be very interested in
      // what you did" or "might like to hear a few stories about you" (their mother's church friends too); "see how long your
      // job lasts"; "one message from me to your wife and it all comes out"; "funny how easy it is to find out which gym you
      // go to".
      re: [
        String.raw`(?<=(?<![\w'])(?:${THIRD}|(?:your|ur)\s+(?:mother|mum|mom|dad|father|wife|husband|new\s+\p{L}+)'?s\s+(?:\p{L}+\s+)?(?:friends|colleagues|boss|family|neighbou?rs|congregation|church))\s+)(?:would|might|may|could)\s+(?:really\s+|very\s+much\s+|just\s+|also\s+|quite\s+)?(?:like|love|enjoy|want|be\s+(?:very\s+|really\s+|quite\s+|most\s+|so\s+)?(?:interested|keen|curious|fascinated|surprised|shocked|intrigued))\s+(?:to\s+(?:hear|know|read|learn|find\s+out)\s+|in\s+)(?:(?:a\s+few|some|all\s+the|the\s+odd|one\s+or\s+two)\s+(?:\p{L}+\s+)?(?:stories|things|details|secrets|truths|facts|tales)\s+about\s+(?:you|u)(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:from\s+(?:the|our|that|your)|when\s+(?:you|u)\s+were|funny|sweet|lovely|growing\s+up|as\s+a\s+(?:baby|kid|child|boy|girl|teen\w*)|speech|toast|wedding|birthday)\b)|${SECRETS})`,
        String.raw`{WB}(?:see|watch|wait\s+and\s+see)\s+how\s+long\s+(?:your|ur|that|this)\s+(?:new\s+|precious\s+|little\s+)?(?:job|career|relationship|marriage|reputation|lease|visa|business|promotion|engagement)\s+(?:lasts|survives|holds\s+up|stays\s+that\s+way)(?![\p{L}])`,
        String.raw`{WB}one\s+(?:message|text|call|email|phone\s+call|word|post|click|photo|letter|visit)\s+(?:from\s+me(?:\s+to\s+[^.!?\n]{1,30}?)?|to\s+(?:your|ur|his|her)\s+[^.!?\n]{1,30}?)\s+(?:and|n|&)\s+(?:it(?:'?s|\s+is|\s+all|'?ll\s+all|\s+will\s+all)?\s+(?:comes?\s+out|come\s+out|all\s+over|over\s+for\s+(?:you|u))|(?:you|u)(?:'?re|\s+are|'?ll\s+be|\s+will\s+be)\s+(?:done|finished|over|gone|ruined|toast)|(?:everyone|everybody|they|she|he)\s+(?:knows?|finds?\s+out|will\s+know|'?ll\s+know|sees?))(?![\p{L}])`,
        String.raw`{WB}(?:easy|simple|not\s+(?:that\s+)?hard|wasn'?t\s+(?:that\s+)?hard|isn'?t\s+(?:that\s+)?hard|didn'?t\s+take\s+(?:me\s+)?long|took\s+(?:me\s+)?(?:\p{L}+|\d+)\s+minutes)\b[^.!?\n]{0,25}?\bto\s+(?:find|work|figure|track)\s+(?:out\s+)?(?:where|which\s+\p{L}+)\s+(?:you|u|he|she|they)\s+(?:live|lives|work|works|go|goes|park|parks|train|trains|drink|drinks|stay|stays|are|'re|now)\b(?![^.!?\n]{0,40}?\b(?:map|postcode|signs?|directions|sat\s*nav|you\s+(?:sent|gave|told))\b)`,
        String.raw`{WB}(?:shame|pity)\s+if\s+(?:your|ur)\s+(?:new\s+|nice\s+|lovely\s+)?(?:tyres|tires|car|windows?|bike|van|motor|windscreen|paintwork|garden|fence|front\s+door|dog|cat)\s+(?:went|got|were|was|ended\s+up|happened\s+to\s+be|had)\b(?![^.!?\n]{0,40}?\b(?:weather|storm|frost|rain|wind|hail|old\s+age|wear|car\s+park|parking|tight|narrow)\b)`,
        // Care15's threat sweep: "a pity if the school found out what you're like"; voicemails kept that "will come in
        // handy"; "I hope your new girlfriend knows you still message me"; "your HR department takes complaints very
        // seriously"; "I know which bus you get now"; "you've got a lot more to lose than I have"; "I could change that in
        // one phone call".
        String.raw`{WB}(?:shame|pity)\s+if\s+(?:your|ur|the|his|her)\s+(?:\p{L}+\s+){0,2}?(?:found\s+out|saw|heard|knew|got\s+wind|learned|learnt|were\s+to\s+(?:find\s+out|see|hear|learn))\b(?![^.!?\n]{0,60}?\b(?:surprise|present|party|gift|ending|spoilers?|from\s+(?:someone|somebody|anyone)\s+else|first|before\s+(?:you|u|we)|us|we)\b)`,
        String.raw`{WB}(?:kept|saved|screenshotted|recorded|got)\s+(?:every|all\s+(?:the|your|ur|of\s+your|those)|each)\s+(?:\p{L}+\s+)?(?:voicemails?|messages|texts|emails|screenshots|recordings|dms)\b(?![^.!?\n]{0,60}?\b(?:album|birthday|fortieth|wedding|speech|scrapbook)\b)[^.!?\n]{0,40}?\b(?:come\s+in\s+handy|could\s+be\s+useful|will\s+be\s+useful|rainy\s+day|insurance|leverage)\b`,
        String.raw`{WB}i\s+hope\s+(?:your|ur)\s+(?:new\s+)?(?:girlfriend|boyfriend|wife|husband|partner|fianc\w+|gf|bf|man|woman|missus|fella)\s+knows\s+(?:that\s+)?(?:you|u)\s+(?:still\s+|used\s+to\s+)?(?:message|messaged|text|texted|call|called|ring|rang|see|saw|sleep\s+with|slept\s+with|meet|met|write\s+to|dm)\s+me\b`,
        String.raw`{WB}(?:your|ur)\s+(?:hr|human\s+resources|boss|manager|employer|school|university|uni|church|landlord|union|regulator|council|governors|partners)(?:\s+department)?\s+(?:takes?|would\s+take|will\s+take)\s+(?:\p{L}+\s+)?(?:complaints?|allegations?|reports?|things\s+like\s+that|that\s+sort\s+of\s+thing)\s+(?:very\s+|really\s+|extremely\s+)?seriously`,
        String.raw`{WB}i\s+(?:now\s+|already\s+)?know\s+(?:which|what)\s+(?:bus|train|tube|route|way|gym|car\s+park|door|exit|entrance|shift|café|cafe|pub|bar|class)\s+(?:you|u)\s+(?:get|take|use|go|walk|park|drink|leave|catch)(?:\s+now)?(?=\s*(?:[.!?,;…]|$))(?![^.!?\n]{0,60}?\b(?:kids|so\s+i'?ll\s+(?:meet|drop|bring)|pick\s+up|lift|we|share|taxi|together|if\s+(?:you|u)\s+(?:like|want)|hope|glad|nice|lovely|easier|more\s+time|congrat\w*)\b)`,
        String.raw`{WB}(?:you|u)(?:'?ve|\s+have)?\s+(?:got\s+)?(?:a\s+lot\s+|far\s+|much\s+|way\s+|so\s+much\s+)?more\s+to\s+lose\s+than\s+(?:me|i\s+(?:have|do))\b`,
        String.raw`{WB}i\s+could\s+(?:change|ruin|end|wreck|destroy)\s+(?:that|all\s+that|it\s+all|everything)\s+(?:in|with)\s+(?:one|a\s+single)\s+(?:phone\s+call|call|text|message|email|post|conversation)(?=\s*(?:[.!?…]|$))`,
      ].join('|'),
    },
    {
      id: 'hinted-harm',
      // Sixteenth round (danger16): menace with no threat word. Their photos or messages still "sitting on my laptop",
      // said with "funny how" (not kept out of love: "can't bring myself to delete them"); "watch yourself, that's all I'm
      // saying", "tell Mark to watch himself" (not on ice or roads, not after "take care"); "remember I know your mum's
      // address too"; a pet "safe now that you're never home"; "she has no idea who she's dealing with"; their login
      // "still works on my phone, just so you know" (not when it is to be changed); karma "needs a little help"; things
      // that "get broken when people get careless"; "sleep well, and lock your doors" (not after break-ins on the street).
      re: [
        // Twenty-first round (the lead's review): care that sounds like a warning, with "these days" or "from now on" ("You
        // should be careful walking home alone these days"); not with the reason given (muggings, the dark, the lights out).
        String.raw`{WB}(?:you|u)\s+(?:should|'d\s+better|had\s+better|might\s+want\s+to|want\s+to|need\s+to)\s+be\s+(?:very\s+|really\s+|extra\s+|more\s+)?careful\s+(?:walking|driving|going|getting|coming|cycling|running)\s+(?:home\s+|back\s+|out\s+|about\s+)?(?:alone|on\s+(?:your|ur)\s+own|by\s+(?:yourself|urself)|at\s+night|after\s+dark)\s+(?:these\s+days|nowadays|from\s+now\s+on|now)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:funny|interesting|strange|amazing|crazy|wild|odd)\s+how\s+(?:those|these|the|your|ur|our|all\s+(?:those|these|the|your|ur|our))\s+(?:\p{L}+\s+){0,3}?(?:photos|pictures|pics|videos|vids|messages|texts|screenshots|voice\s*notes|recordings|nudes|emails|dms|chats)\b[^.!?\n]{0,40}?\bstill\s+(?:sitting|saved|stored|on\s+my|in\s+my|here|around|backed\s+up|in\s+the\s+cloud|there)\b(?![^.!?\n]{0,60}?\b(?:bring\s+myself|delete|deleting|miss|smile|cry|heart|sad|love|look\s+at\s+them|can'?t\s+stop)\b)`,
        String.raw`(?<!\b(?:care|safe|well|warm|love|dry)\b[^.!?\n]{0,15})(?<![\w'])watch\s+(?:yourself|urself|your\s+back|ur\s+back|your\s+step|ur\s+step)(?=\s*(?:[.!…]|$)|\s*,?\s*(?:that'?s\s+all|thats\s+all|is\s+all|just\s+saying|i'?m\s+(?:just\s+)?saying|im\s+(?:just\s+)?saying|i\s+mean\s+it|seriously|i'?m\s+warning|im\s+warning|mate|pal|love|sweetheart|darling)\b)`,
        String.raw`{WB}(?:remember|(?:don'?t|dont|do\s+not)\s+forget|just\s+so\s+(?:you|u)\s+know|btw|by\s+the\s+way)\s*,?\s+(?:that\s+)?i\s+(?:still\s+|also\s+|now\s+)?(?:know|have|'ve\s+got|got|am\s+knowing|am\s+having)\s+(?:where\s+)?(?:your|ur|his|her)\s+(?:\p{L}+'s\s+|new\s+)?(?:address|postcode|house|flat|place|work|workplace|office|school|gym|number\s+plate|car\s+reg|route|shift|lives?|works?)\b(?![^.!?\n]{0,60}?\b(?:if\s+(?:you|u|the\s+kids|they)\s+need|in\s+case|emergenc\w*|post|send|forward|parcel|card)\b)`,
        String.raw`{WB}hope\s+(?:\p{L}+\s+){1,2}?(?:stays?|keeps?|remains?)\s+safe\s+(?:now\s+(?:that\s+)?|with\s+|while\s+|since\s+)(?:you'?re|you\s+are|u'?re|ur|u\s+r|you|u)\s+(?:never|hardly\s+ever|hardly|rarely|always\s+out|out\s+all)\b(?:\s+(?:home|there|in|around|about|night|day))?`,
        String.raw`{WB}(?:has|have|got|'s\s+got|'ve\s+got)\s+no\s+idea\s+(?:who\s+(?:she|he|they|you|u)(?:'s|'re|\s+is|\s+are|\s+r)\s+(?:dealing|messing|playing)\s+with|what'?s\s+(?:coming(?:\s+(?:to|for)\s+(?:her|him|them|you|u))?(?=\s*(?:[.!,;…]|$))))`,
        String.raw`{WB}(?:your|ur|his|her)\s+(?:\p{L}+\s+){0,2}?(?:login|log-in|password|passcode|pin|icloud|netflix|instagram|insta|facebook|banking|email)\s+(?:details\s+)?still\s+works?\b(?=[^.!?\n]{0,40}?\b(?:just\s+so\s+(?:you|u)\s+know|btw|by\s+the\s+way|remember|don'?t\s+forget|on\s+my\s+(?:phone|laptop|ipad|computer|tablet))\b)(?![^.!?\n]{0,60}?\b(?:change|changed|log\s+out|logged\s+out|sign\s+out|signed\s+out|reset|remove|removed)\b)`,
        String.raw`{WB}karma\b[^.!?\n]{0,60}?\b(?:needs?|could\s+use|might\s+need|gets?)\s+(?:a\s+)?(?:little\s+|bit\s+of\s+(?:a\s+)?|helping\s+)?(?:help|hand|push|nudge|shove)\b|{WB}(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna))\s+be\s+(?:your|ur|his|her)\s+karma\b`,
        String.raw`{WB}(?:things|stuff|cars|windows|tyres|tires)\s+(?:have\s+a\s+(?:habit|way)\s+of|tend\s+to|can|do)\s+(?:get(?:ting)?|end(?:ing)?\s+up)\s+(?:broken|smashed|damaged|scratched|keyed|slashed|burnt|burned|hurt)\b[^.!?\n]{0,30}?\b(?:when|if)\s+(?:people|someone|somebody|you|u)\s+(?:get|are|start|cross|think|forget|mess|run|talk|don'?t|won'?t|play)\b`,
        // The letters' own batch (danger16): "I wouldn't want those old beach pics ending up where they shouldn't" (not when
        // they are being sent back or deleted); "funny how things get shared around these days" (not news of a new job).
        String.raw`{WB}(?:i\s+)?(?:wouldn'?t|would\s+not|would\s+hate|'d\s+hate|don'?t|do\s+not)\s+(?:want\s+)?(?:for\s+)?(?:those|these|the|your|ur|any\s+of\s+(?:those|these|the|your|ur))\s+(?:\p{L}+\s+){0,4}?(?:photos|pictures|pics|videos|vids|messages|texts|screenshots|nudes|voice\s*notes|recordings)\b[^.!?\n]{0,30}?\b(?:(?:ending|to\s+end)\s+up\s+(?:where|online|in\s+the\s+wrong|on\s+(?:the|your|ur|his|her|some)|out\s+there|with\s+(?:your|ur|the\s+wrong|someone|somebody)|in\s+(?:someone|somebody|your|ur))|(?:getting|to\s+get)\s+(?:out|around|shared|posted|passed\s+around|forwarded)|going\s+(?:public|online|viral)|falling\s+into|in\s+the\s+wrong\s+hands|where\s+they\s+shouldn'?t)(?![^.!?\n]{0,50}?\b(?:post\w*\s+(?:them|it)\s+back|send\w*\s+(?:them|it)\s+back|return\w*|delet\w*|bin|skip|shred\w*|burn\w*)\b)`,
        String.raw`{WB}(?:funny|amazing|crazy|scary|strange|interesting|wild)\s+how\s+(?:things|stuff|photos|pictures|pics|videos|messages|secrets|screenshots)\s+(?:can\s+)?(?:get|gets|end\s+up|ends\s+up)\s+(?:getting\s+)?(?:shared|posted|leaked|passed\s+around|forwarded|sent\s+around|out)\b(?![^.!?\n]{0,50}?\b(?:congrat\w*|well\s+done|proud|heard\s+(?:you|u)\s+got)\b)`,
        // danger16's workbench: "people at your new job might be curious about why you really left Leeds"; "I've still got
        // a key to the flat, remember"; "don't make me your enemy"; "keep the kids from me and see what happens".
        String.raw`{WB}(?:people|everyone|everybody|someone|somebody|folks?)\s+(?:at|in|from)\s+(?:your|ur)\s+(?:new\s+)?(?:job|work|office|church|gym|school|firm|team|club|mosque|temple|village|street|department)\s+(?:would|might|may|could)\s+(?:be\s+)?(?:very\s+|really\s+|quite\s+|so\s+)?(?:curious|interested|fascinated|intrigued|shocked|love\s+to\s+(?:know|hear)|like\s+to\s+(?:know|hear)|want\s+to\s+(?:know|hear))\b(?![^.!?\n]{0,60}?\b(?:congrat\w*|how\s+well|proud|you\s+should\s+tell)\b)`,
        String.raw`{WB}i(?:'ve|\s+have)?\s+(?:still\s+)?(?:got|have|kept)\s+(?:still\s+)?(?:a|the|my|your|ur)\s+(?:spare\s+|old\s+)?keys?\s+(?:to|for)\s+(?:the|your|ur|her|his)\s+\p{L}+\s*,?\s*(?:remember|just\s+so\s+(?:you|u)\s+know|btw|by\s+the\s+way|don'?t\s+forget|just\s+saying)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:don'?t|do\s+not|dont)\s+make\s+(?:me\s+(?:your|ur|an)\s+enem(?:y|ies)|an\s+enemy\s+(?:of|out\s+of)\s+me)(?![\p{L}])`,
        String.raw`{WB}(?:keep|take|turn)\s+(?:\p{L}+\s+){1,3}?(?:from|against)\s+me\b[^.!?\n]{0,30}?\b(?:and|&|n)\s+(?:(?:you'?ll|you\s+will|u'?ll)\s+)?(?:see|watch|find\s+out)\s+what\s+happens`,
        // danger16's second workbench: "be a shame if someone keyed it"; "I'd think twice before bringing him to Sarah's
        // wedding if I were you"; "the kids will hear all about what kind of mother you are".
        String.raw`{WB}(?:shame|pity)\s+if\s+(?:someone|somebody|anyone|anybody|something)\s+(?:accidentally\s+)?(?:keyed|scratched|smashed|slashed|damaged|broke|torched|burned|burnt|wrecked|trashed|dented|spray-?painted|vandali[sz]ed|hurt|happened\s+to)\b(?![^.!?\n]{0,40}?\b(?:car\s+park|parking|weather|storm)\b)`,
        String.raw`{WB}(?:i'?d|i\s+would|id)\s+think\s+(?:twice|very\s+carefully|carefully|again)\s+(?:before|about)\s+(?:bringing|taking|introducing|parading|showing\s+off|flaunting)\s+(?:him|her|them|(?:your|ur)\s+(?:new\s+)?\p{L}+)\b[^.!?\n]{0,60}?\bif\s+i\s+(?:were|was)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{WB}(?:the\s+(?:kids|children|boys|girls)|(?:your|ur|our)\s+(?:kids|children|son|daughter|boys|girls))\s+(?:will|'ll|are\s+going\s+to|are\s+gonna|deserve\s+to|should)\s+(?:hear|know|find\s+out|learn|be\s+told)\s+(?:all\s+)?(?:about\s+)?(?:what\s+(?:kind|sort)\s+of\s+(?:mother|mum|mom|father|dad|parent|person|woman|man)\s+(?:you|u)\s+(?:really\s+)?(?:are|were)|the\s+truth\s+about\s+(?:you|u)|what\s+(?:you|u)\s+(?:really\s+)?(?:did|done|are))\b`,
        // danger16's third workbench: "try stopping me seeing Ellie and watch how fast your new life falls apart"; "it's a
        // small town, people talk, and I know a lot of people"; a dog "I might just come and get"; "I asked around and found
        // out which hospital you work at".
        String.raw`{WB}(?:just\s+)?(?:try|go\s+ahead\s+and)\s+(?:stopping|keeping|blocking|ignoring|taking|cutting|reporting|dragging|fighting|turning)\b[^.!?\n]{1,50}?\s(?:and|&|n)\s+(?:(?:you'?ll|you\s+will|u'?ll)\s+)?(?:watch|see)\s+(?:how\s+(?:fast|quickly|quick)|what\s+happens)`,
        String.raw`{WB}(?:small\s+(?:town|village|place|community)|people\s+talk)\b[^.!?\n]{0,40}?\bi\s+know\s+(?:a\s+lot\s+of|lots\s+of|plenty\s+of|loads\s+of|everyone|everybody|half\s+the\s+(?:town|village))(?:\s+(?:people|folk|folks))?(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:who\s+(?:could|would|'d|can)\s+help|if\s+(?:you|u)\s+need)\b)`,
        String.raw`(?<=\b(?:dog|cat|puppy|kitten|pets?|horse|rabbit)\b[^.!?\n]{0,60})(?:(?:might|may)\s+just\s+(?:come\s+(?:and|round\s+and|over\s+and)\s+)?(?:get|take|grab|have)|(?:'ll|will|might|may|could)\s+(?:just\s+)?come\s+(?:and|round\s+and|over\s+and)\s+(?:get|take|grab))\s+(?:him|her|it|them)(?=\s*(?:[.!,;…]|$)|\s+(?:back|one\s+day|one\s+night|anyway)\b)`,
        String.raw`{WB}(?:asked\s+around|did\s+(?:some|a\s+bit\s+of)\s+digging|looked\s+(?:you|u)\s+up)\s+(?:and\s+)?(?:found\s+out|worked\s+out|now\s+know|know\s+now)\s+(?:where|which\s+\p{L}+|what\s+\p{L}+)\s+(?:you|u)\s+(?:work|live|train|go|study|are\s+staying|stay)\b`,
        // danger16's formal batch: "your employer may yet be informed"; "consider how your colleagues would view the messages";
        // "it is not wise to make an enemy of me"; "your family will know soon what you did, sooner than you think";
        // "friends in your building who tell me when you come and go"; "think carefully about your next move, for your own
        // sake".
        String.raw`{WB}(?:${THIRD}|(?:your|ur)\s+(?:colleagues|coworkers|congregation|neighbou?rs|team|school|university|regulator))\s+(?:may|might|could|will|would)\s+(?:yet\s+|still\s+|well\s+|soon\s+|easily\s+|very\s+easily\s+|have\s+to\s+)?be\s+(?:informed|told|notified|contacted|made\s+aware|written\s+to)\b(?![^.!?\n]{0,30}?\b(?:of|about)\s+(?:(?:your|ur|the|my|our)\s+)?(?:new\s+address|change|move|sale|good\s+news|promotion|wedding|baby)\b)`,
        String.raw`{WB}(?:consider|think\s+about|imagine|wonder)\s+how\s+(?:${THIRD}|(?:your|ur)\s+(?:colleagues|coworkers|congregation|neighbou?rs|team))\s+(?:would|might|will|could)\s+(?:view|see|react\s+to|feel\s+about|take|judge|look\s+at|respond\s+to|read)\s+(?:${LEAK}|the\s+(?:messages|texts|photos|pictures|emails|things)|what\s+(?:you|u))`,
        String.raw`{WB}(?:it\s+is|it'?s|it\s+would\s+be|it'?d\s+be)\s+(?:not\s+wise|unwise|a\s+mistake|a\s+bad\s+idea|foolish|stupid|dangerous)\s+to\s+make\s+(?:an\s+)?enem(?:y|ies)\s+(?:of|out\s+of)\s+me\b`,
        String.raw`{WB}${THIRD}\s+(?:will|'ll|are\s+going\s+to|is\s+going\s+to|gonna)\s+(?:\p{L}+\s+)?(?:know|find\s+out|hear|learn)\b[^.!?\n]{0,40}?\b(?:sooner\s+than\s+(?:you|u)\s+think|soon\s+enough|one\s+way\s+or\s+another|mark\s+my\s+words)`,
        String.raw`{WB}(?:friends?|mates?|people|someone|somebody|cousin|neighbou?rs?|contacts?)\s+(?:in|at|on|near)\s+(?:your|ur)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:who|that)\s+(?:tell|tells|let|lets|keep|keeps)\s+me\s+(?:know\s+|posted\s+on\s+|informed\s+(?:of|about)\s+)?(?:when|whenever|every\s+time|what\s+time|where|who)\s+(?:you|u)\b(?![^.!?\n]{0,50}?\b(?:stay\s+away|keep\s+away|avoid)\b)`,
        String.raw`{WB}think\s+(?:very\s+)?(?:carefully|hard|twice)\s+about\s+(?:your|ur)\s+next\s+(?:move|step)\b[^.!?\n]{0,20}?\b(?:for\s+(?:your|ur)\s+own\s+(?:sake|good|safety)|if\s+i\s+(?:were|was)\s+(?:you|u)|i'?m\s+warning|believe\s+me)`,
        String.raw`{WB}(?:sleep\s+(?:well|tight|soundly)|sweet\s+dreams|night\s+night|good\s*night)\b[^.!?\n]{0,30}?\block\s+(?:your|ur|the)\s+(?:front\s+|back\s+)?doors?\b(?![^.!?\n]{0,60}?\b(?:burglar\w*|break-?ins?|robbed|robber\w*|thefts?|police)\b)|{WB}(?:(?:you'?d|you\s+had|u'?d)\s+better|(?:you|u)\s+(?:might|may)\s+want\s+to)\s+(?:start\s+)?lock(?:ing)?\s+(?:your|ur)\s+(?:front\s+|back\s+)?doors?(?:\s+(?:at\s+night|from\s+now\s+on|tonight))?(?=\s*(?:[.!…]|$))`,
      ].join('|'),
    },
    {
      id: 'what-i-might-do',
      // Nineteenth round (the lead's review): what the writer "might do" hung on the reader's answer ("I'm scared of
      // what I might do if you don't answer", "I don't know what I'll do if you don't come back", "I don't trust myself
      // if you don't reply"). The reader is put in charge of someone's safety, theirs or the writer's: it frightens,
      // whatever was meant, and the coach was praising the first as a feeling. Not when what they might do is welcome
      // ("if you say yes", "if you come back"), when the writer hedges it away ("probably cry"), nor on the writer's own
      // act ("if I lose this job too").
      // Twentieth round (the lead's review): the same menace hung on meeting the reader with someone ("I'm scared of
      // what I might do if I see him with her", "If I see him near you again, I don't know what I'll do"): praised as a
      // feeling before. Only in the strong frames (scared of, can't promise, God knows, don't trust myself, don't know
      // what I'll do) and only about seeing or finding them, or the new partner; the hedges above still hold ("probably
      // cry").
      re: [
        String.raw`${WHAT_I_MIGHT_DO}\s+(?:if|when|once|the\s+day)\s+(?:you|u)\s+(?!(?:ever\s+)?(?:want|wanted|need|needed|ask|asked|say\s+yes|said\s+yes|come\s+back|came\s+back|take\s+me\s+back|took\s+me\s+back|forgive|forgave|agree|agreed|call|called|write|wrote|answer|answered|reply|replied|text|texted)\b)${HEDGED}`,
        String.raw`${WHAT_I_MIGHT_DO}\s+(?:if|when|once|the\s+day)\s+i\s+(?:ever\s+)?${SEE_THEM}\s+(?:(?:you|u)\s+(?:two|both|with|together)|the\s+two\s+of\s+(?:you|u)|(?:him|her|them)(?:\s+(?:with|near|around|together|again|at|outside)\b|\s*(?:[.!?,;…]|$))|out\s+who)${HEDGED}`,
        String.raw`{B}(?:if|when|once)\s+i\s+(?:ever\s+)?(?:see|catch|find)\s+(?:him|her|them|(?:you|u)\s+(?:two|with\s+(?:him|her|them)))\s+(?:near|around|with|at|outside|touching|kissing)\b[^.!?\n]{0,40}?,?\s+(?:i\s+(?:(?:honestly|really|genuinely|seriously|just|truly)\s+)?(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:know|say|promise|answer\s+for|be\s+(?:held\s+)?responsible\s+for)|god\s+knows|(?:no\s+one|nobody)\s+knows)\s+what\s+(?:i'?ll|ill|i\s+will|i'?d|id|i\s+would|i\s+might|i\s+may|i\s+could|i\s+do)(?:\s+do)?(?=\s*(?:[.!?,;…]|$))${HEDGED}`,
        String.raw`{B}i\s+(?:(?:honestly|really|genuinely|just)\s+)?(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+(?:trust\s+myself|be\s+held\s+responsible\s+for\s+what\s+(?:i\s+do|i\s+might\s+do|i'?ll\s+do|happens))\s+(?:if|when|once)\s+(?:you|u)\s+(?:don'?t|dont|do\s+not|won'?t|wont|never|ignore|leave|go\s+(?:back|off)|stay\s+with|choose|pick|marry|move\s+in|say\s+no|refuse|block|walk\s+away|end|date|sleep\s+with|are\s+with|'re\s+with|get\s+(?:with|back\s+with|engaged|married))`,
      ].join('|'),
      message:
        "Telling them you do not know what you might do, if they do not answer or if you see them with someone, puts them in charge of someone's safety, theirs, yours or another person's: it will frighten them, and it reads as a threat whatever you meant. Leave it out. If you are afraid of what you might do, to yourself or to anyone, please talk to someone now: a friend, your doctor, or a helpline.",
    },
    {
      id: 'said-sideways',
      // Twenty-second round (threat22's probe): menace said sideways, in forms the patterns above read only in one wording.
      // Regret promised with "wish" ("Mark my words, one day you'll wish you'd treated me better"); "see where that gets
      // you" after ignoring or blocking; "You've no idea what I'm capable of"; what comes to people "and so will you"; their
      // new partner's car or back to watch ("He'd better keep an eye on his car, that's all I'm saying"), "not as safe as he
      // thinks"; their job weighed before ignoring the letter; "I can make them talk"; "because someone will" after what
      // their employer or partner has not been told; the children made to hear what they did; their colleagues offered a
      // copy of the chats; their media held and pointed at ("i have every single one of those pics saved btw", "Don't
      // forget I still have a key"); a pet, the children or their things kept from them ("You won't be seeing Biscuit
      // again, I'll make sure of that", "You won't get the car back unless you come and talk to me"); the law as a weapon
      // ("My solicitor is going to bury you in paperwork"); harm to the one seen with them ("if i see him with u again hes
      // getting it"); who might be waiting for them.
      re: [
        String.raw`{WB}(?:you|u)(?:'re|\s+are|r)?\s+(?:going\s+to|gonna|will|'ll|ll)\s+(?:really\s+|truly\s+|soon\s+)?wish\s+(?:you|u)(?:'d|\s+had|d|\s+would\s+have)?\s+(?:treated\s+me\s+(?:better|right|properly|with\s+respect)|been\s+(?:nicer|kinder|more\s+careful)\s+to\s+me|listened\s+to\s+me|thought\s+(?:twice|harder|again)|kept\s+(?:your|ur)\s+mouth\s+shut|left\s+me\s+alone|answered\s+(?:me|my\s+\p{L}+)|picked\s+up(?:\s+the\s+phone)?|done\s+(?:what\s+i\s+(?:said|asked)|as\s+i\s+(?:said|asked)))(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:about\s+the|boiler|car|pension|mortgage|diet|coat|umbrella|ha|haha|lol)\b)`,
        String.raw`{WB}(?:ignor\w*|block\w*|avoid\w*|push\w*|test\w*|cross\w*|lie\s+to|lying\s+to|report\w*|mess\w*\s+(?:with|me\s+around))\b[^.!?\n]{0,30}?\b(?:and|then)\s+(?:just\s+)?see\s+where\s+(?:that|this|it)\s+(?:gets|leaves|takes)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{WB}(?:you'?ve|you\s+have|u'?ve|u\s+have|you|u)\s+(?:got\s+)?(?:no|not\s+the\s+(?:slightest|faintest))\s+idea\s+what\s+(?:i'?m|im|i\s+am)\s+(?:really\s+|actually\s+)?capable\s+of(?![^.!?\n]{0,40}?\b(?:now|these\s+days|since|marathon|ran|run|finished|passed|cook|bake|learn\w*|proud)\b)`,
        String.raw`{WB}(?:get|gets|got)\s+what'?s\s+coming\s+to\s+(?:them|him|her|people)\b[^.!?\n]{0,30}?\b(?:and\s+)?so\s+will\s+(?:you|u|he|she|they)(?![\p{L}])`,
        String.raw`{WB}(?:he|she|they|(?:your|ur)\s+(?:new\s+)?(?:${PARTNER_INFORMAL}|${PARTNER_TITLES}|partner|bf|gf|man|woman|lad|mrs))(?:'d|\s+had|d)?\s+better\s+(?:keep\s+an\s+eye\s+on|watch|mind|look\s+after)\s+(?:his|her|their)\s+(?:new\s+|precious\s+|lovely\s+|shiny\s+)?(?:car|van|bike|motorbike|back|house|flat|windows?|tyres|tires|face|stuff|place)(?=\s*(?:[.!…]|$)|\s*,?\s*(?:that'?s\s+all\s+i'?m\s+saying|is\s+all\s+i'?m\s+saying|just\s+saying|i'?m\s+just\s+saying|if\s+i\s+were\s+(?:him|her|them)|from\s+now\s+on|at\s+night)\b)`,
        String.raw`{WB}(?:he'?s|he\s+is|hes|she'?s|she\s+is|shes|they'?re|they\s+are)\s+not\s+(?:nearly\s+)?as\s+safe\s+as\s+(?:he|she|they)\s+(?:think|thinks|believe|believes|imagine|imagines)(?![\p{L}])(?!\s+(?:on|in|at|when|while|driving|riding|cycling|walking|without|with|behind|around|up|out)\b)|{WB}(?:you'?re|you\s+are|ur|u\s+r|youre)\s+not\s+(?:nearly\s+)?as\s+safe\s+as\s+(?:you|u)\s+(?:think|believe|imagine)(?=\s*(?:[.!…]|$)|\s*,?\s*(?:remember\s+that|just\s+saying|believe\s+me|trust\s+me|not\s+from\s+me)\b)`,
        String.raw`{WB}think\s+(?:very\s+|long\s+and\s+)?(?:carefully\s+|hard\s+|twice\s+)?about\s+(?:your|ur)\s+(?:job|career|reputation|visa|position|licen[cs]e|business|good\s+name|name|marriage|custody)\s+before\s+(?:you|u)\s+(?:\p{L}+\s+){0,3}?(?:(?:ignore|ignoring|bin|binning|tear\s+up|throw\s+away)\s+(?:this|me|my|it|what\s+i)|(?:block|blocking|report|reporting)\s+me|say\s+no(?=\s*(?:[.!,;…]|$))|go\s+to\s+the\s+police|tell\s+anyone)(?![\p{L}])`,
        String.raw`{WB}(?:i\s+(?:can|could)|i'?ll|i\s+will|ill)\s+(?:easily\s+|soon\s+)?make\s+(?:sure\s+)?(?:them|people|everyone|everybody|the\s+whole\s+(?:town|village|street|office|school|family))\s+talk(?=\s*(?:[.!,;…]|$)|\s+(?:a\s+lot|about\s+(?:you|u|what)|even\s+more|plenty)\b)`,
        String.raw`{WB}(?:told|tell|informed|inform)\s+(?:your|ur)\s+(?:new\s+)?(?:employer|boss|manager|wife|husband|parents|mum|mom|dad|family|partner|girlfriend|boyfriend|fianc[ée]e?|church|kids|children)\s+(?:about\s+(?:us|the\s+affair|(?:your|ur)\s+(?:record|past|affair|debts?|drinking|habit|conviction|criminal\s+record|secrets?|other\s+\p{L}+|little\s+\p{L}+))|what\s+(?:you|u)\s+(?:did|done|'ve\s+done)|the\s+truth)\b[^.!?\n]{0,20}?,?\s*(?:because|cos|coz|cause|as|or|otherwise|if\s+not)\s*,?\s+(?:someone|somebody|i)\s+(?:else\s+)?(?:will|'ll|ll)(?:\s+(?:soon|very\s+soon|if\s+(?:you|u)\s+don'?t))?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:make|making)\s+(?:sure|certain)\s+(?:that\s+)?(?:the\s+(?:kids|children|boys|girls|whole\s+\p{L}+)|(?:our|the)\s+(?:son|daughter|kids|children)|every(?:one|body)\s+(?:we|you|u)\s+(?:both\s+)?know)\s+(?:knows?|hears?|finds?\s+out|sees?|learns?|reads?)\s+(?:exactly\s+)?(?:what\s+(?:you|u|their\s+(?:mum|mom|dad|mother|father))\s+(?:did|done|'ve\s+done|really\s+(?:did|are))|who\s+(?:you|u)\s+really\s+(?:are|is)|the\s+truth\s+about\s+(?:you|u)|about\s+(?:the\s+affair|what\s+(?:you|u)\s+did)|everything(?:\s+about\s+(?:you|u)|(?=\s*(?:[.!,;…]|$)))|my\s+side)(?![\p{L}])`,
        String.raw`{WB}(?:(?:that\s+lot|the\s+(?:people|lot|folk|guys|team)|every(?:one|body)|those\s+people)\s+(?:you|u)\s+work\s+with|(?:your|ur)\s+(?:workmates|colleagues|coworkers|co-workers|team|staff|students|patients|clients|congregation|flatmates|housemates))\s+(?:would|'d|might|will|'ll)\s+(?:really\s+|just\s+|all\s+)?(?:love|like|enjoy|appreciate|be\s+(?:very\s+|really\s+)?interested\s+in)\s+(?:a\s+copy\s+of|a\s+look\s+at|a\s+read\s+of|to\s+see|to\s+read|seeing|reading)\s+(?:all\s+)?(?:our|your|ur|those|these|the)\s+(?:old\s+|private\s+)?(?:chats|messages|texts|dms|emails|voice\s*notes|screenshots|nudes|whatsapps)(?![\p{L}])`,
        String.raw`{WB}i(?:'ve|\s+have|ve)?\s+(?:still\s+)?(?:got\s+)?(?:every\s+(?:single\s+)?one\s+of|all\s+(?:of\s+)?)\s*(?:the|those|these|your|ur|our)\s+(?:\p{L}+\s+)?(?:pics|photos|pictures|videos|vids|messages|texts|screenshots|nudes|voice\s*notes|emails|dms)\s+(?:saved|backed\s+up|stored|kept|screenshotted)\b[^.!?\n]{0,20}?(?:btw|fyi|by\s+the\s+way|just\s+so\s+(?:you|u)\s+know|just\s+saying|remember\s+that|(?:don'?t|dont)\s+forget|in\s+case\s+(?:you|u)\s+(?:forgot|were\s+wondering))(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:and\s+|just\s+)?(?:(?:don'?t|dont|do\s+not)\s+forget|remember)\s*,?\s+(?:that\s+)?i\s+(?:still\s+)?(?:have|'ve\s+(?:still\s+)?got|got|kept)\s+(?:a|the|your|ur|my)\s+(?:spare\s+)?(?:keys?|copy\s+of\s+(?:the|your|ur)\s+keys?|key\s+to\s+(?:your|ur|the)\s+\p{L}+)(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}(?:you|u)\s+(?:won'?t|wont|will\s+not|'ll\s+never|ll\s+never|will\s+never)\s+(?:ever\s+)?(?:be\s+seeing|see|get\s+to\s+see)\s+(?!me\b|us\b|my\s+face\b)(?:(?:the|your|ur|our|my)\s+)?\p{L}+(?:\s+\p{L}+)?\s+again\s*,?\s*(?:i'?ll|i\s+will|ill)\s+make\s+(?:sure\s+of|certain\s+of)\s+(?:that|it)(?![\p{L}])`,
        String.raw`{WB}(?:you|u)\s+(?:won'?t|wont|will\s+not|'ll\s+never|will\s+never|aren'?t\s+(?:going\s+to|gonna)|are\s+not\s+(?:going\s+to|gonna))\s+(?:get|see|have)\s+(?:the|your|ur|our)\s+(?:\p{L}+\s+)?(?:car|dog|cat|kids|children|stuff|things|records|guitar|bike|ring|passport|deposit|money|photos|belongings|clothes|keys|furniture|savings|share)\s+back\b[^.!?\n]{0,60}?\b(?:unless|until|till|til|if\s+(?:you|u)\s+(?:don'?t|dont|won'?t|wont))\s+(?:you|u\s+)?(?:\p{L}+\s+){0,3}?(?:talk\s+to\s+me|see\s+me|meet\s+me|call\s+me|ring\s+me|answer|reply|come\s+(?:back|round|over|home|and\s+(?:talk|see)(?:\s+(?:to\s+)?me)?)|take\s+me\s+back|apologi[sz]e|say\s+sorry)`,
        String.raw`{WB}(?:my\s+(?:lawyer|solicitor|attorney|legal\s+team|barrister)|i)\s+(?:is\s+going\s+to|'m\s+going\s+to|am\s+going\s+to|will|'ll|is\s+gonna|'m\s+gonna|can|could)\s+(?:easily\s+)?(?:bury|bleed|crush)\s+(?:you|u)\s+(?:in|with|dry)\b|{WB}(?:bury|burying)\s+(?:you|u)\s+in\s+(?:paperwork|legal\s+fees|lawyers|court\s+(?:costs|papers|fees)|costs|debt|bills|letters\s+from\s+my\s+solicitor)(?![\p{L}])|{WB}${I_WILL}\s+(?:drag|string)\s+(?:this|it|the\s+(?:divorce|case|sale|settlement|process|custody\s+\p{L}+))\s+out\s+(?:for\s+(?:years|months|as\s+long\s+as\s+(?:it\s+takes|i\s+can))\s+)?(?:until|till|so\s+(?:that\s+)?(?:you|u))(?![\p{L}])`,
        String.raw`{WB}if\s+i\s+(?:ever\s+)?(?:see|catch|find)\s+(?:him|her|them|(?:you|u)|(?:that|this)\s+\p{L}+)\s+(?:with|near|around|at|outside|touching|kissing)\b[^.!?\n]{0,40}?\b(?:(?:he|she|they|you|u)(?:'s|s|\s+is|'re|\s+are)\s+(?:getting\s+it|gonna\s+get\s+it|going\s+to\s+get\s+it|in\s+for\s+it|dead|a\s+dead\s+(?:man|woman))|(?:he|she|they|you|u)(?:'ll|ll|\s+will)\s+(?:get\s+it|regret\s+it|be\s+sorry|pay|be\s+(?:in\s+)?hospital))(?=\s*(?:[.!,;…]|$))`,
        String.raw`{WB}(?:you|u)\s+never\s+know\s+who(?:'s|s|\s+is|\s+might\s+be|\s+could\s+be|'ll\s+be|\s+will\s+be)\s+(?:waiting|following)(?:\s+for\s+(?:you|u))?(?=\s*(?:[.!…]|$)|\s*,|\s+(?:outside|round\s+the\s+corner|around\s+the\s+corner|in\s+the\s+dark|when\s+(?:you|u)|on\s+(?:your|ur)\s+way)\b)(?![^.!?\n]{0,60}?\b(?:online|post|posting|internet|social|scam|phish\w*|password|lottery|arrivals|airport|surprise|party)\b)`,
        // Second sweep (threat22, the families' other wordings): silence sold ("Give me what I want and nobody has to find
        // out"); "Everyone will know, trust me"; "I know exactly who to send it to"; the court told about their drinking; friends "who'd love to meet your new man"; what is on my
        // phone, seen by their dad; a scene made at their gym; a false account promised if they go to the police; what
        // they hide from HR; "Don't bother changing the locks, I'll get in".
        String.raw`{WB}(?:give\s+me\s+what\s+i\s+(?:want|need|ask)|do\s+(?:as|what)\s+i\s+(?:say|ask)|pay\s+(?:me|up|what\s+(?:you|u)\s+owe)|transfer\s+the\s+money|send\s+(?:me\s+)?the\s+money|come\s+back\s+to\s+me|take\s+me\s+back|drop\s+the\s+(?:case|complaint|charges|order))\b[^.!?\n]{0,30}?\b(?:and|&|n)\s+(?:nobody|no\s*one|no\s+one)\s+(?:else\s+)?(?:has\s+to|needs\s+to|will\s+ever|ever\s+has\s+to)\s+(?:find\s+out|know|hear|see)(?![\p{L}])`,
        String.raw`{WB}(?:every(?:one|body)|the\s+whole\s+(?:town|village|street|office|school|family|world)|people)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to|is\s+gonna|are\s+gonna)\s+(?:know|find\s+out|hear\s+about\s+it)\s*,?\s+(?:trust\s+me|believe\s+me|i\s+promise\s+(?:you|u)|i\s+swear|i'?ll\s+make\s+sure\s+of\s+(?:it|that))(?=\s*(?:[.!…]|$))`,
        String.raw`(?<=\b(?:screenshot\w*|photos?|pictures?|pics|videos?|vids|messages|texts|recordings?|emails|voice\s*notes|nudes|it\s+all|everything|all\s+of\s+it)\b[^.!?\n]{0,60})(?<!\b(?:wedding|holiday|christening|graduation|birthday|baby|trip|party|funeral)\b[^.!?\n]{0,60})i\s+know\s+(?:exactly\s+)?(?:who|where)\s+to\s+(?:send|show|forward|post|give|take)\s+(?:it|them|this|these|those)(?:\s+to)?(?=\s*(?:[.!…]|$))`,
        String.raw`{WB}make\s+(?:sure|certain)\s+(?:that\s+)?(?:the\s+)?(?:court|judge|police|magistrates?|social\s+services|school|cafcass|mediator|social\s+worker)\s+(?:hears?|knows?|finds?\s+out|learns?)\s+(?:all\s+)?about\s+(?:your|ur)\s+(?:drinking|temper|affair|drug\s+\p{L}+|drugs|habits?|past|behaviou?r|lies|debts?|gambling)(?![\p{L}])`,
        String.raw`{WB}(?:i'?ve\s+got|i\s+have|i\s+know|i\s+got)\s+(?:a\s+few\s+|some\s+)?(?:friends|mates|people|lads|boys|guys|cousins|brothers|someone|somebody|a\s+guy|a\s+bloke)\s+(?:who|that)(?:'d|\s+would)\s+(?:really\s+)?(?:love|like|be\s+happy|be\s+glad)\s+to\s+(?:meet|have\s+a\s+word\s+with|talk\s+to|visit|pay\s+a\s+visit\s+to|catch\s+up\s+with)\s+(?:your|ur|his|her)\s+(?:new\s+)?(?:${PARTNER_INFORMAL}|${PARTNER_TITLES}|partner|bf|gf|man|woman|lad|mrs)(?![\p{L}])`,
        String.raw`{WB}(?:if|once|when)\s+(?:he|she|they|${THIRD})\s+(?:ever\s+)?(?:saw|sees|read|reads|heard|hears|found\s+out\s+about|knew\s+about)\s+what\s+i(?:'ve|\s+have)?\s+(?:got|have|kept|saved|found)\s+(?:on\s+my\s+(?:phone|laptop|computer|hard\s+drive|camera|drive)|saved|stored|in\s+(?:my|a)\s+(?:drawer|folder|box|cloud))(?![^.!?\n]{0,40}?\b(?:wedding|holiday|funny|laugh\w*|cute|kids'?\s+(?:photos|videos)|baby\s+photos)\b)`,
        String.raw`{WB}${I_WILL}\s+(?:come|turn\s+up|show\s+up|go|be)\s+(?:to|at|round\s+to|down\s+to)\s+(?:your|ur)\s+(?:\p{L}+\s+)?\p{L}+\s+and\s+(?:make|cause|kick\s+off|start)\s+(?:a\s+(?:scene|fuss|row|fight)|trouble|something)(?![\p{L}])`,
        String.raw`{WB}(?:go\s+to|call|ring|phone|tell)\s+the\s+(?:police|cops|court|judge)\s+(?:if\s+(?:you|u)\s+(?:like|want|dare)|then|all\s+(?:you|u)\s+(?:like|want))\b[^.!?\n]{0,20}?\b${I_WILL}\s+(?:just\s+)?(?:say|tell\s+(?:them|everyone|the\s+police|the\s+court))\s+(?:that\s+)?(?:you|u)\s+(?:hit|hurt|attacked|assaulted|abused|threatened|stole|started\s+it|stalked|pushed)(?![\p{L}])`,
        String.raw`{WB}i\s+know\s+(?:exactly\s+)?what\s+(?:you|u)(?:'ve|\s+have|'re|\s+are|r)?\s+(?:been\s+)?hiding\s+from\s+(?:hr|everyone|everybody|the\s+(?:police|court|judge|tax\s*man|council|school|board)|(?:your|ur)\s+(?:new\s+)?(?:boss|employer|manager|wife|husband|${PARTNER_INFORMAL}|${PARTNER_TITLES}|partner|family|parents|mum|mom|dad|kids|church|work|friends))(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:surprise|present|gift|birthday|party)\b)`,
        String.raw`{WB}(?:don'?t|dont|do\s+not)\s+bother\s+(?:changing|getting\s+new)\s+(?:the|your|ur)\s+locks?\b[^.!?\n]{0,30}?\b(?:i'?ll|ill|i\s+will|i\s+can)\s+(?:still\s+|just\s+|always\s+)?(?:get\s+in|get\s+through|find\s+a\s+way\s+in|let\s+myself\s+in)(?![\p{L}])`,
      ].join('|'),
    },
  ],
  antipatterns: [
    // Twenty-second round (the lead, from harm22's note): the writer's own death held over them is self-harm and guilt,
    // not a threat to the reader ("Maybe then you'll be sorry, when I'm not here anymore"): the care message is what the
    // writer needs, not "do not send: threat".
    String.raw`\b(?:you'?ll|you\s+will|u'?ll|u\s+will|you'?re\s+going\s+to|you'?re\s+gonna)\s+(?:be\s+sorry|regret\s+(?:it|this|that))\b[^.!?\n]{0,20}?\b(?:when|once|after)\s+(?:i'?m|im|i\s+am)\s+(?:not\s+here|gone|dead|no\s+longer\s+(?:here|around|alive))\b`,
    // Twenty-second round (threat22): the breakup itself becoming known, accepted: "Everyone will know soon enough that we
    // split, and that's okay".
    String.raw`\b(?:know|find\s+out|hear|learn)\b[^.!?\n]{0,30}?\bthat\s+we\s+(?:split(?:\s+up)?|broke\s+up|separated|ended\s+(?:it|things)|are\s+not\s+together|aren'?t\s+together)\b(?![^.!?\n]{0,40}?\b(?:and\s+why|what\s+(?:you|u)\s+did|the\s+truth|because\s+(?:you|u))\b)`,
    // Twenty-second round (threat22): what the writer can do now, told with pride: "You have no idea what I'm capable of
    // now, I ran my first marathon in May", "…in the kitchen these days".
    String.raw`\bcapable\s+of\b[^.!?\n]{0,60}?\b(?:ran|marathon|half-?marathon|finished|passed|learn(?:ed|t|ing)|cooking|baking|in\s+the\s+kitchen|built|qualified|promoted|proud|degree|course|exams?|sober|clean\s+for)\b`,
    // Twenty-second round (threat22): pictures of a happy occasion others would enjoy: "Your colleagues would love to see
    // the photos from the wedding" (not with a condition or a veiled tail).
    String.raw`\b(?:would|'d|will|'ll|might)\s+(?:really\s+|just\s+|all\s+)?(?:love|like|enjoy)\s+(?:to\s+see|a\s+look\s+at|seeing)\s+(?:the|our|your|ur)\s+(?:photos|pictures|pics|videos|vids)\s+(?:from|of)\s+(?:the|our|your|ur|my|his|her)\s+(?:\p{L}+\s+)?(?:wedding|holiday|trip|christening|graduation|birthday|baby|garden|hike|honeymoon)\b(?![^.!?\n]{0,60}?\b(?:unless|or\s+else|if\s+(?:you|u)\s+(?:don'?t|dont|won'?t|wont)|btw|just\s+saying|remember|don'?t\s+forget)\b)`,
    // Twenty-second round (threat22): what is held, offered back in the same sentence: "i have all of ur texts saved btw
    // if u ever want them back" (not "…if you want them back, you know what to do").
    String.raw`^(?=[^\n]*?\b(?:if|whenever)\s+(?:you|u)\s+(?:ever\s+)?(?:want|need|'?d\s+like|would\s+like)\s+(?:them|it|copies|a\s+copy)\s+back\b)(?![^\n]*?\b(?:you\s+know\s+what\s+to\s+do|come\s+and\s+(?:get|talk)|unless|or\s+else|until)\b)[^\n]+`,
    // Sixteenth round: an employer or office told a new address for paperwork is administration, not exposure ("Your
    // employer may have to be informed of your new address for the pension"): the classifier reads "employer" and
    // "informed" as a threat otherwise.
    String.raw`{B}(?:informed|told|notified|made aware) of (?:your|ur) (?:new )?(?:address|details|bank details|surname|name|contact details)[^.!?
]{0,30}?{B}for (?:the |your |ur )?(?:pension|tax|taxes|payroll|insurance|council|bank|mortgage|records|paperwork|benefits|national insurance)(?![\p{L}])`,
    // danger16: a workplace known because it was shared, with a visit ruled out ("I know where you work, obviously, we
    // worked there together for six years, but I won't come by").
    String.raw`\bi\s+know\s+where\s+(?:you|u)\s+(?:work|live)\b(?=[^.!?\n]{0,80}?\b(?:we\s+(?:worked|lived)\s+there|but\s+i\s+(?:won'?t|will\s+not|wont|will\s+never|'ll\s+never)\s+(?:come|turn\s+up|show\s+up|visit|go|drop|call|bother))\b)`,
    // Care15's threat false-alarm sweep: a shame if they heard good news "from someone else first"; more to lose if the sale
    // falls through; a car scratched in a tight car park.
    String.raw`\b(?:shame|pity)\s+if\b[^.!?\n]{0,60}?\bfrom\s+(?:someone|somebody|anyone)\s+else\b|\bmore\s+to\s+lose\b(?=[^.!?\n]{0,60}?\b(?:sale|mortgage|buyer|deal|let'?s\s+get\s+it\s+(?:done|signed|sorted))\b)|\b(?:shame|pity)\s+if\s+(?:your|ur)\s+(?:car|bike|van)\s+got\s+(?:scratched|dinged|dented|scraped)\b(?=[^.!?\n]{0,40}?\b(?:car\s+park|parking|tight|narrow|space)\b)`,
    // Care15's false-alarm sweep: their people would love to hear of something good ("…how well you handled the audit, you
    // should tell her", "…what you did in Lisbon, she always asks"); where they work found out through a friend, with
    // congratulations.
    String.raw`\b(?:would|'d)\s+(?:love|like|be\s+(?:so\s+|really\s+)?(?:interested|keen|glad|pleased|proud|thrilled))\s+to\s+(?:hear|know|see)\b[^.!?\n]{0,60}?\b(?:how\s+well|how\s+proud|(?:she|he|they)\s+(?:always|often|keeps?)\s+ask\w*|you\s+should\s+tell|congrat\w*|proud\s+of\s+(?:you|u))\b`,
    String.raw`\b(?:easy|not\s+hard)\b[^.!?\n]{0,30}?\bto\s+find\s+(?:out\s+)?where\s+(?:you|u)\s+(?:work|live)\b(?=[^.!?\n]{0,80}?\b(?:mentioned|told\s+me|congrat\w*|directions|signs?)\b)`,
    // Fifteenth round (care15): one call that gets a chore done ("One call to the council and it's sorted").
    String.raw`\bone\s+(?:call|phone\s+call|email|text|message|letter)\b[^.!?\n]{0,30}?\s(?:and|n|&)\s+(?:it'?s|it\s+was|that'?s|they(?:'ll|\s+will))\s+(?:all\s+)?(?:sorted|fixed|done|sort\s+it|fix\s+it|handled|booked)\b`,
    // Broad cues, disowned: "I could tell your boss, but I won't", "I could ruin you but I never would".
    String.raw`\bi\s+(?:could|can|might)\b[^.!?\n]{0,80}?\bbut\s+(?:i\s*(?:won'?t|wont|will\s+not|wouldn'?t|would\s+not|never|'m\s+not|am\s+not|don'?t\s+want)|i'?m\s+not|that'?s\s+not\s+(?:me|who\s+i\s+am))\b(?![^.!?\n]{0,20}?\b(?:for\s+now|yet|unless|as\s+long\s+as|provided)\b)`,
    // Broad cues, the writer's own fear of harming: "I'm scared I'll ruin your life the way I ruined mine".
    // Not "scared of what I might do if you…" (what-i-might-do), which hangs the harm on the reader's answer.
    String.raw`\b(?:afraid|scared|worried|terrified|frightened|fear|worry|panicked)\b(?!\s+(?:of|about)\s+what\s+i\b[^.!?,;\n]{0,30}?\b(?:if|when|once)\s+(?:you|u|i\s+(?:ever\s+)?${SEE_THEM})\b)[^.!?,;\n]{0,20}?\b(?:that\s+)?i(?:'d|'ll|\s+would|\s+will|\s+might|\s+could)\b`,
    // Games and fond teasing: "I'll destroy you at Scrabble", "I'm going to crush you with kindness", "expose you to jazz".
    String.raw`\b(?:destroy|ruin|crush|wreck|bury|thrash|smash|hammer|annihilate|end|finish|beat|batter|whup|thump|trounce|wallop)\s+(?:you|u)\s+(?:again\s+)?(?:at|in|on)\s+(?:the\s+)?(?:next\s+)?(?:[a-z]+\s+)?(?:quiz|scrabble|chess|darts|pool|snooker|football|tennis|golf|monopoly|cards|poker|mario\s*kart|fifa|rematch|table\s+tennis|ping\s+pong|bowling|crossword|wordle|karaoke|games?|match|race|bake\s+off|trivia|squash|badminton|padel|five-?a-?side|uno|catan|rummy|bridge|(?<=\b(?:squash|tennis|badminton|padel|netball|basketball)\s+)court)\b|\b(?:crush|bury|destroy|smother|drown)\s+(?:you|u)\s+(?:with|in)\s+(?:kindness|hugs|kisses|love|cake|compliments|attention|presents|gifts)\b|\bexpos(?:e|ing)\s+(?:you|u|him|her|them)\s+to\s+(?!(?:the\s+)?(?:police|court|press|papers|world|everyone|everybody|your|ur|his|her)\b)`,
    // Pride from a distance, not surveillance: "I'm watching you from afar, proud of everything you've done".
    String.raw`\bwatch(?:ing|ed)?\s+(?:over\s+)?(?:you|u)\s+from\s+(?:afar|a\s+distance|far\s+away)\b[^.!?\n]{0,40}?\b(?:proud|happy|glad|cheering|rooting|delighted|thrilled)\b|\b(?:proud|happy|glad|cheering|rooting)\b[^.!?\n]{0,40}?\bfrom\s+(?:afar|a\s+distance)\b`,
    // A hobby passed on, teased: "You'll regret ever teaching me to make risotto, I make it every night now, ha".
    String.raw`\bregret\s+(?:ever\s+)?(?:teaching|showing|introducing|getting)\s+me\s+(?:to\s+|into\s+|how\s+to\s+)?(?:make|cook|bake|play|drive|knit|brew|dance|sing|swim|surf|ski|skate|golf|chess|poker|darts|sourdough|risotto|crosswords?|wordle|fantasy\s+football)\b`,
    // Games and bake-offs: "I'll get even with you at the pub quiz rematch", "Revenge is sweet, and my lemon drizzle finally
    // beat your mum's at the fête". Innocent photos: "your mum would love to see the photos of the garden".
    String.raw`\b(?:get\s+(?:even|my\s+own\s+back)\s+(?:with\s+(?:you|u)\s+)?|watch\s+(?:your|ur)\s+back\s+)(?:at|in|on)\s+(?:the\s+)?(?:next\s+)?(?:pub\s+quiz|quiz|scrabble|chess|darts|pool|snooker|football|five-?a-?side|squash|tennis|golf|monopoly|cards|poker|mario\s*kart|fifa|rematch|table\s+tennis|ping\s+pong|bowling|crossword|wordle|bake\s+off|karaoke)\b|\brevenge\s+(?:is|will\s+be)\s+sweet\b[^.!?\n]{0,60}?\b(?:beat|won|win|winning|victory)\b|(?<=\b(?:mum|mom|mother|dad|father|parents|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|aunt|auntie|uncle|kids|children|family)\s+(?:would|'d|will|'ll|might)\s+(?:really\s+)?)(?:love|like)\s+to\s+see\s+(?:the|those|these|some)\s+(?:photos|pictures|pics|videos?)\s+(?:of|from)\s+(?:the|our|my|your|his|her)\s+(?:new\s+)?(?:garden|baby|dog|cat|puppy|kitten|kids|children|house|flat|kitchen|allotment|renovation|cake|graduation)\b`,
    // A recommendation, not a menace: "You'll regret it if you don't try the bunny chow at that place in Durban", "you'll
    // regret not seeing the fjords".
    String.raw`\b(?:you|u)(?:'ll|ll|\s+will|'d|\s+would)\s+regret\s+(?:it\s+)?(?:if\s+(?:you|u)\s+(?:don'?t|dont|do\s+not|never)\s+|not\s+)(?:try|trying|taste|tasting|see|seeing|go|going|visit|visiting|read|reading|watch|watching|book|booking|order|ordering|get|getting|listen|listening|eat|eating|buy|buying|pack|packing|wear|wearing|catch|catching|hear|hearing|stop|stopping|sign\s+up|signing\s+up|take|taking|apply\s+for|applying\s+for|accept|accepting|go\s+for|going\s+for)\s+(?!(?:me|us|him|her|them|back|this|my|our|what)\b)(?![^.!?\n]{0,40}?\b(?:or\s+else|i'?ll|i\s+will|me\s+back|with\s+me|to\s+me)\b)`,
    // Paying the bill and paying back a prank are not revenge: "I'll make you pay for dinner next time, you owe me after
    // the darts", "I'm going to get you back for that prank with the fake parking ticket, ha".
    String.raw`\bmake\s+(?:you|u)\s+pay\s+for\s+(?:(?:the|a|my|our|all\s+the|that|this|next|last)\s+){0,2}(?:dinner|lunch|breakfast|brunch|drinks?|coffees?|pizza|taxi|cab|uber|round|pints?|tickets?|petrol|chips|curry|takeaway|meal|next\s+one|it\s+next\s+time|the\s+next)\b|\bget\s+(?:you|u)\s+back\s+for\s+(?:that|the|your|this)\s+(?:[a-z]+\s+){0,2}?(?:prank|joke|trick|wind-?up|stunt|tickl\w*|water\s+fight|snowball\w*|spoiler\w*|meme|photo|pic)s?\b`,
    // Fourteenth round (care14's false-alarm sweep): paying for a pun or a joke, with a laugh ("I'll make you pay for that pun
    // when I see you, ha"); a password still known and given back as advice ("I know your password still, so I logged out of
    // Netflix on my side, you should change it").
    String.raw`\bmake\s+(?:you|u)\s+pay\s+for\s+(?:that|this|the|your|ur)\s+(?:terrible\s+|awful\s+|dreadful\s+|cheeky\s+|bad\s+)?(?:pun|joke|jibe|dig|comment|cheek|crack|remark|prank|wind-?up|spoiler|one-?liner|meme|gif)s?\b`,
    // Fourteenth round (care14, third sweep): the truth left for them to tell, the writer silent ("Your parents deserve to
    // know the truth from you, not from me, and I won't say a word"); a routine known from years together, missed ("I know
    // your routine too well after six years, it's strange to not be part of it"); their good deeds made known ("I'll make
    // sure everyone at the party knows how much you did for the charity").
    String.raw`\b(?:deserves?|should|ought\s+to)\s+(?:to\s+)?(?:know|hear)\s+(?:it\s+|the\s+truth\s+|everything\s+)?from\s+(?:you|u)\b[^.!?\n]{0,30}?\bnot\s+(?:from\s+)?me\b(?![^.!?\n]{0,60}?\b(?:unless|or\s+else|otherwise|if\s+(?:you|u)\s+(?:don'?t|won'?t|can'?t)|for\s+now|yet|by\s+\p{L}+day|before\s+i)\b)`,
    String.raw`\bknow\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:routine|schedule|habits|rota|timetable|ways)\s+(?:too\s+well|so\s+well|by\s+heart|inside\s+out|better\s+than\s+my\s+own)\b(?=[^.!?\n]{0,60}?\b(?:strange|odd|weird|funny|miss|missing|sad|part\s+of\s+it|still\s+wake|still\s+think|habit)\b)`,
    String.raw`\b(?:knows?|hears?|sees?|remembers?|learns?)\s+how\s+(?:much|hard)\s+(?:you|u)\s+(?:did|do|gave|give|helped|help|mean|meant|care|cared|sacrificed|worked|work|tried|try|put\s+in|contributed|raised|loved|love)\b`,
    // Regret of a haircut, a curry or the last pint: "You're going to regret that haircut, ha".
    String.raw`\bregret\s+(?:that|the|those|this|your|ur)\s+(?:(?:last|third|fourth|extra|second|new|big|hot)\s+)?(?:haircut|fringe|tattoo|piercing|perm|dye\s+job|outfit|jumper|shoes|trainers|curry|kebab|vindaloo|chilli|pint|pints|shots?|tequila|wine|drink|dessert|pudding|cake|pizza|burrito|purchase|sofa|hangover|sunburn|spoilers?|takeaway|round|karaoke\s+song|dance\s+move|dad\s+joke|pun)s?\b`,
    // Greetings passed on: "I'll tell your parents you said hello, they always ask about you".
    String.raw`\btell\s+(?:your|ur|his|her)\s+(?:\p{L}+\s+){0,2}?(?:that\s+)?(?:you|u)\s+(?:said\s+(?:hello|hi|hey)|say\s+(?:hello|hi)|send\s+(?:your|ur|their|my)\s+(?:love|regards|best)|sent\s+(?:your|ur)\s+(?:love|regards|best)|(?:are|'re)\s+(?:well|doing\s+(?:well|fine|ok|okay|great)|ok|okay|fine|happy|settled))\b`,
    // "Don't make me come over there" to win a game: "Don't make me come over there and beat you at Scrabble again, ha".
    String.raw`\b(?:don'?t|do\s+not|dont)\s+make\s+me\s+(?:come\s+(?:over\s+)?(?:there|here|round|over)|get\s+up)\b(?=[^.!?\n]{0,40}?\b(?:beat|thrash|destroy|crush|hammer|whup|trounce)\s+(?:you|u)\s+(?:again\s+)?(?:at|in)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:quiz|scrabble|chess|darts|pool|cards|monopoly|tennis|game|games|wordle|crossword|karaoke|uno|catan|rummy|mario\s*kart|fifa|snooker|bowling)\b)`,
    String.raw`\b(?:know|remember|have|'ve\s+got|got)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:password|passcode|pin|login)s?\b[^.!?\n]{0,100}?\b(?:change\s+(?:it|them)|reset\s+(?:it|them)|logged\s+(?:out|myself\s+out)|log(?:ged)?\s+(?:myself\s+)?off|signed\s+out|(?:won'?t|will\s+not|never)\s+use\s+(?:it|them))\b`,
    // Keepsakes read for comfort, not leverage: "I have screenshots of all the sweet things you said, and I read them when
    // I'm low" (not when someone else is to see them).
    String.raw`\b(?:copies|screenshots|screen\s*shots|recordings|photos|pictures|voice\s+notes|messages|texts)\s+of\s+(?:all\s+)?(?:the\s+|your\s+)?(?:sweet|kind|lovely|loving|nice|funny|beautiful|silly|daft|soppy|romantic)\s+(?:things|messages|words|texts|notes|stuff)\b(?![^.!?\n]{0,80}?\b(?:boss|wife|husband|boyfriend|girlfriend|partner|fianc\w*|mum|mom|dad|parents|everyone|everybody|family|friends|online|post|share|send|show|interest\w*)\b)`,
    // Fond exasperation, not menace: "I could kill you for leaving that note on the fridge, it made me laugh for a week".
    String.raw`\bcould\s+(?:\w+\s+)?(?:kill|murder|strangle|throttle)\s+(?:you|u)\s+for\b[^.!?\n]{0,60}?\b(?:laugh\w*|lol|haha|smil\w*|giggl\w*|joke|funny)\b`,
    // Knowing where they are now, said with gladness: "I know where you work now, Aunty told me, and I'm really happy
    // for you".
    String.raw`\bknow\s+where\s+(?:you|u|he|she|they)(?:'re|\s+are)?\s+(?:work|works|working|live|lives|living|study|studies|moved|are|'re|teach|teaches)\b[^.!?\n]{0,60}?\b(?:(?:happy|glad|pleased|proud|delighted|thrilled)\s+for\s+(?:you|u|him|her|them)|(?:so\s+|really\s+|very\s+)?proud\s+of\s+(?:you|u)|congratulations|congrats|well\s+done|good\s+for\s+(?:you|u)|(?:it|that|the\s+(?:new\s+)?(?:place|flat|house|job|area|street))\s+(?:sounds|looks)\s+(?:lovely|great|amazing|perfect|nice|gorgeous|beautiful|brilliant|ideal)|i\s+hope\s+(?:you|u|it)(?:'re|\s+are|'s|\s+is)?\s+(?:happy|settled|settling|love|feels?|suits?|treating))\b`,
    // Knowing where they are, and promising to stay away: "I know where you live now, and I'll never come near it".
    String.raw`\bknow\s+(?:where|which\s+[a-z]+)\s+(?:you|u|he|she|they)(?:'re|\s+are)?\s+(?:[a-z]+\s+)?(?:work|works|working|live|lives|living|drink|train|go)\b[^.!?\n]{0,40}?\b(?:promise|swear|won'?t|will\s+not|never|wont)\s+(?:i'?ll\s+(?:never|not)\s+)?(?:ever\s+)?(?:turn\s+up|show\s+up|come|go|be|set\s+foot|bother|drop\s+by)\b`,
    // The paperwork of a separation: "you'll be hearing from my solicitor about the house sale".
    "\\bhear(?:ing)?\\s+from\\s+my\\s+(?:lawyer|solicitor|attorney)\\s+(?:only\\s+)?about\\s+the\\s+(?:house|sale|flat|mortgage|paperwork|divorce\\s+paperwork|arrangements|kids'?\\s+arrangements)\\b",
    // The paperwork of a separation, said any way: "my solicitor will contact you about the car finance", "my attorney is
    // going to reach out regarding the lease", "my lawyer will be in touch to arrange signing the transfer" (lexicon
    // LEGAL_MATTERS). Not when the same sentence turns it into a menace ("…and you'll lose the lot", "…about your conduct").
    String.raw`\bmy\s+(?:lawyer|solicitor|attorney|legal\s+team|conveyancer|mediator|accountant)\b[^.!?\n]{0,50}?\b(?:about|regarding|re|concerning|over|on|for|to\s+(?:arrange|sort(?:\s+out)?|sign|confirm|finali[sz]e|agree|transfer|set\s+up|go\s+over|send(?:\s+over)?|discuss|book|get|split|divide))\s+(?:(?:the|our|my|your|ur|a|some|signing|splitting|selling|transferring|closing|dividing|sorting(?:\s+out)?)\s+){0,2}(?:[a-z]+\s+)?${LEGAL_MATTERS}(?![^.!?\n]{0,60}?\b(?:lose|losing|regret|pay\s+for|sorry|ruin\w*|destroy\w*|every\s+(?:penny|cent)|cleaners|custody|behaviou?r|conduct|harass\w*|what\s+(?:you|u)\s+did|threat\w*|police)\b)`,
    // Untangling a tenancy or a school run through their people: "I'll be contacting your landlord to take my name off the
    // lease", "I'll be ringing your mum about picking up the kids".
    String.raw`\b(?:contact\w*|call\w*|ring\w*|phon\w*|email\w*|e-mail\w*|writ\w*\s+to|text\w*|speak\w*\s+to|talk\w*\s+to)\s+(?:your|ur)\s+(?:landlord|landlady|letting\s+agent|agency|school|mum|mom|dad|parents)\s+(?:to\s+(?:take\s+(?:my|our)\s+names?\s+off|remove\s+(?:my|our)\s+names?|arrange|sort(?:\s+out)?|sign|confirm|collect|return|give\s+notice|hand\s+(?:in|back))|about|regarding|re)\b(?![^.!?\n]{0,60}?\b(?:what\s+(?:you|u)\s+did|behaviou?r|conduct|affair|lies|lying|drinking|cheat\w*|truth|secrets?|photos|messages|texts)\b)`,
    // "Watch your back" as care for a body: "Watch your back on those icy steps", "mind your back lifting the boxes" (lexicon
    // BACK_STRAIN). Not when the dark, the night or walking home alone is named with it.
    String.raw`\b(?:watch|mind|look\s+after)\s+(?:your|ur|yer)\s+back\b[^.!?\n]{0,50}?\b${BACK_STRAIN}\b(?![^.!?\n]{0,60}?\b(?:night|dark|alone|walk(?:ing)?\s+home|on\s+(?:your|ur)\s+way\s+home|from\s+now\s+on|remember|i\s+know|i'?m\s+watching)\b)|\b${BACK_STRAIN}\b[^.!?\n]{0,50}?\b(?:watch|mind)\s+(?:your|ur|yer)\s+back\b(?![^.!?\n]{0,60}?\b(?:night|dark|alone|walk(?:ing)?\s+home|from\s+now\s+on|remember|i\s+know)\b)`,
    // "Better be careful" about a road, a ladder or the weather: "You'd better be careful on those roads tonight, they
    // haven't gritted", "you'd better watch out for the speed cameras on the A road" (lexicon LITERAL_HAZARDS).
    String.raw`\b(?:better|should|might\s+want\s+to|ought\s+to|must)\s+(?:watch\s+(?:out|it|yourself|your\s+step)|be\s+(?:very\s+|really\s+|extra\s+|super\s+)?careful)\b[^.!?\n]{0,40}?\b${LITERAL_HAZARDS}\b(?![^.!?\n]{0,60}?\b(?:night|dark|alone|walk(?:ing)?\s+home|from\s+now\s+on|remember|i\s+know|i'?m\s+watching|who\s+(?:you|u)|what\s+(?:you|u)\s+say)\b)`,
    // "Watch your back / watch out" with a thing or a hazard after it, read in general rather than from a list: "watch your
    // back with that rowing machine", "you'd better watch out for the seagulls on the pier", "mind your back on that new
    // bike", "…with my old rowing machine". A noun phrase opened by an article, a demonstrative or "my / our" (not "your":
    // the reader's own car or house watched is menace) after with / for / on / around / near / under / by, none of whose first four words is a person, the writer's
    // people, a leak, a time, a consequence or the way home (lexicon NOT_A_HAZARD: "watch out for my brothers", "…for the
    // lads", "…with that new fella of yours", "…for the photos", "…for the day I…", "…for a knock on the door" stay
    // menace), and without the night, the dark, walking home or a condition after it. "Watch your back", "you'd better
    // watch your back" and "watch your back walking home tonight" name no such thing and stay flagged.
    String.raw`\b(?:watch|mind)\s+(?:(?:your|ur|yer)\s+back|out)\s+(?:with|for|on|around|near|under|by)\s+(?:the|that|this|those|these|a|an|some|all\s+(?:the|those|these)|any|my|our)\s+(?!(?:[\p{L}'-]+\s+){0,3}?${NOT_A_HAZARD}(?![\p{L}'-]))[\p{L}'-]+(?![^.!?\n]{0,60}?\b(?:night|dark|alone|walk(?:ing)?\s+home|on\s+(?:your|ur)\s+way\s+home|from\s+now\s+on|remember|i\s+know|i'?m\s+watching|or\s+else|if\s+(?:you|u)|unless|who\s+(?:you|u)|what\s+(?:you|u)\s+(?:say|do|post)|what'?s\s+coming|(?:you|u)(?:'ll|\s+will)\s+(?:see|regret|pay|be\s+sorry))\b)`,
    // Thirteenth round (danger13): a word with their people about an errand: "I'll be having a word with your dad about the car,
    // he said he'd help". Not with what they did, their behaviour or a warning after it.
    String.raw`\b(?:have|having|had)\s+a\s+(?:quick\s+)?word\s+with\s+(?:your|ur)\s+(?:dad|mum|mom|mam|parents|sister|brother|landlord|landlady|boss|manager|gran|nan)\s+about\s+(?:the\s+|our\s+|my\s+)?(?:car|house|flat|kids?|school|money|bills?|keys|party|christmas|plans|lift|move|boxes|van|deposit|lease|wedding|dog|cat|holiday|rent)\b(?![^.!?\n]{0,60}?\b(?:what\s+(?:you|u)\s+did|behaviou?r|affair|lies|cheat\w*|or\s+else|regret|sorry|truth)\b)`,
    // Thirteenth round (danger13's letters): pictures kept and offered, or loved: "i kept the pics from the festival btw, the one
    // of u asleep in the tent is iconic, ill send them if u want". Not when they would be sent to someone else.
    String.raw`\b(?:kept|have|saved|got)\s+(?:all\s+)?(?:the|those|your|ur|our)\s+(?:\p{L}+\s+){0,2}?(?:pics|photos|pictures|videos|vids|letters)\b[^.!?\n]{0,80}?\b(?:(?:i'?ll|i\s+will|ill|happy\s+to|can)\s+(?:send|give|drop|post|forward)\s+(?:them|it|you|u)(?!\s+to\s+(?!(?:you|u)\b))|if\s+(?:you|u)\s+(?:want|'d\s+like|would\s+like)\s+(?:them|it|copies|a\s+copy)|iconic|so\s+cute|gorgeous|made\s+me\s+(?:smile|laugh|cry))\b`,
    // Thirteenth round (danger13): consequences for the planet, the bills or my waistline are not a menace.
    String.raw`\bconsequences\s+for\s+(?:the\s+)?(?:planet|environment|climate|heating|bills?|budget|bank\s+account|my\s+(?:waistline|liver|diet|bank\s+account|hangover))\b`,
    // Thirteenth round (danger13): coming to cheer them on: "Don't think I won't come to your graduation, I'll be the one
    // cheering loudest".
    String.raw`\b(?:won'?t|wont|will\s+not)\s+(?:come|be\s+there|turn\s+up|show\s+up)\s+(?:to|at|for)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:graduation|wedding|gig|recital|match|game|party|show|play|birthday|ceremony|concert|exhibition|opening|launch|race|marathon)\b[^.!?\n]{0,50}?\b(?:cheer\w*|proud|wouldn'?t\s+miss|front\s+row|clap\w*|loudest|celebrat\w*)\b`,
    // Thirteenth round (danger13): a shame if they "never saw" the pictures is a wish to share them, not a leak.
    String.raw`\b(?:shame|pity)\s+if\s+[^.!?\n]{0,30}?\bnever\s+(?:saw|see|got\s+to\s+see|gets?\s+to\s+see)\s+(?:them|it|those|these)\b`,
    // Thirteenth round (danger13): wishing they'd never met me, for my cooking or my singing: a joke.
    String.raw`\bwish\s+(?:you|u)(?:'d|\s+had|d)?\s+never\s+met\s+me\b[^.!?\n]{0,40}?\b(?:cooking|singing|snoring|dancing|karaoke|dad\s+jokes|puns|driving)\b`,
    // Thirteenth round (danger13): "enjoy it while it lasts" about the sun, the weather or a holiday.
    String.raw`\benjoy\s+(?:it|the\s+\p{L}+)\s+while\s+it\s+lasts\b[^.!?\n]{0,40}?\b(?:sun|sunshine|weather|heat|snow|rain|holidays?|summer|weekend|half-?term|bank\s+holiday|i\s+mean|lol|haha)\b|\b(?:sun|sunshine|weather|summer|holiday|weekend)\b[^.!?\n]{0,40}?\benjoy\s+it\s+while\s+it\s+lasts\b`,
    // Thirteenth round (danger13): the plain imperative as care about the weather or a road: "Watch yourself on the roads this
    // week, they say it's going to be icy", "mind yourself on the ice". Not with the night, the dark or a warning after it.
    String.raw`\b(?:watch|mind|look\s+after)\s+(?:yourself|urself|yerself|your\s+step|ur\s+step|how\s+(?:you|u)\s+go)\b[^.!?\n]{0,40}?\b(?:${LITERAL_HAZARDS}|icy|ice|snow|slippery|frost|floods?|flooding|heatwave)\b(?![^.!?\n]{0,60}?\b(?:night|dark|alone|walk(?:ing)?\s+home|from\s+now\s+on|remember|i\s+know|i'?m\s+watching|or\s+else|(?:you|u)(?:'ll|\s+will)\s+(?:see|regret|pay))\b)`,
    // Knowing where they are now, then a kind wish for them there: "I know where you work now; I hope the new place treats
    // you well", "i know where u work now, hope the new team is being nice to u" (lexicon KIND_WISH). Not "I hope you sleep
    // well", nor a wish with a visit or a time limit in it.
    String.raw`\b(?:know|found\s+out|worked\s+out)\s+(?:where|which\s+[a-z]+|what\s+time|when)\b[^.!?\n]{0,60}?\b(?:(?:hope|hoping|wish|wishing|glad|happy|pleased|thrilled)\b[^.!?\n]{0,50}?${KIND_WISH}|(?:good|best\s+of)\s+luck\s+(?:with|in|at|on|for)|all\s+the\s+best\s+(?:with|in|at|for)|congrat\w*)(?![^.!?\n]{0,50}?\b(?:while\s+(?:it|you|u|they)|for\s+(?:now|long)|lasts|won'?t\s+(?:last|be|for)|not\s+for\s+long|remember|watch|careful|sleep|i'?ll\s+(?:be\s+)?(?:see|visit|drop|come|pop|call)|see\s+(?:you|u)\s+(?:there|soon)|drop\s+(?:by|in)|pop\s+(?:by|in|round)|come\s+(?:by|round))\b)`,
    // Threats someone else made against the writer, reported: "He said he'd make me pay for leaving, which is why I'm
    // careful now", "my ex used to say he'd ruin me", "She swore I'd regret it". Not the writer's own ("I said I'd…"), and
    // not a threat relayed at the reader ("my brother says he'll make you pay": no "you" before the "me").
    String.raw`(?<![\p{L}'])(?!(?:i|we)\b)(?:he|she|they|you|u|my\s+(?:ex(?:-[a-z]+)?|[a-z]+)|his\s+[a-z]+|her\s+[a-z]+|[a-z]+)\s+(?:always\s+|once\s+|even\s+|just\s+)?(?:said|says|told\s+me|tells\s+me|swore|swears|threatened|threatens|warned\s+me|texted(?:\s+me)?|messaged(?:\s+me)?|wrote|screamed|shouted|yelled|used\s+to\s+(?:say|tell\s+me|threaten)|would\s+(?:say|tell\s+me|threaten)|kept\s+(?:saying|telling\s+me|threatening))\s+(?:that\s+|once\s+)?(?:to\s+|(?:he|she|they|you|u)(?:'d|\s+would|'ll|\s+will|\s+was\s+going\s+to|\s+were\s+going\s+to|'s\s+going\s+to|\s+is\s+going\s+to|'re\s+going\s+to|\s+could)\s+|i(?:'d|\s+would|'ll|\s+will)\s+)(?:(?!\b(?:you|u|your|ur|yours|him|her|them)\b)[^.!?\n]){0,40}?\b(?:me|my|myself|pay|regret|sorry)\b`,
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
    // Someone else's forecast, disowned: "My sister says you'll regret losing me, and I told her that isn't fair".
    "\\b(?:my|our)\\s+\\p{L}+\\s+(?:says?|said|thinks?|thought|reckons?|reckoned|keeps\\s+saying)\\s+(?:that\\s+)?(?:you|u)(?:'ll|'d|\\s+will|\\s+would)\\s+(?:\\p{L}+\\s+)?regret\\b[^.!?\\n]{0,60}?\\b(?:but|and)\\s+i\\s+(?:told|don'?t|do\\s+not|said|disagree|think\\s+that'?s\\s+(?:unfair|not))",
    // A worry or a guess about their regret is not intimidation: "I'm afraid you'll regret it", "maybe one day you'll regret it".
    "\\b(?:afraid|worried|worry|fear|scared|hope|pray|maybe|perhaps)\\b[^.!?,;\\n]{0,15}?\\b(?:that\\s+)?(?:you|u)(?:'ll|\\s+will|ll)\\s+(?:\\p{L}+\\s+){0,2}regret",
  ],
  examples: [
    // Sixteenth round (danger16): menace with no threat word, and its innocent neighbours.
    { notFlagged: 'Tell your dad to watch himself on the motorway in this weather.' },
    {
      flagged:
        'Kindly note that I have retained copies of all correspondence, [[and your employer may yet be informed]].',
      pattern: 'hinted-harm',
    },
    {
      notFlagged:
        'Your employer may have to be informed of your new address for the pension, so please tell them.',
    },
    {
      flagged: '[[You may wish to consider how your colleagues would view the messages you sent me]].',
      pattern: 'hinted-harm',
    },
    { flagged: '[[It is not wise to make an enemy of me]], Daniel.', pattern: 'hinted-harm' },
    {
      flagged: '[[Your family will know soon what you did, maybe sooner than you think]].',
      pattern: 'hinted-harm',
    },
    {
      flagged: '[[I have friends in your building who tell me when you come and go]].',
      pattern: 'hinted-harm',
    },
    { notFlagged: "My cousin in your office tells me when you're in, so I can stay away from the canteen." },
    {
      flagged: '[[I would advise you to think very carefully about your next move, for your own sake]].',
      pattern: 'hinted-harm',
    },
    {
      flagged: '[[Try stopping me seeing Ellie and watch how fast your new life falls apart]].',
      pattern: 'hinted-harm',
    },
    { notFlagged: 'Try the ramen place on Dale Street and see how fast you get hooked.' },
    {
      flagged: "[[It's a small town, Sophie, people talk, and I know a lot of people]].",
      pattern: 'hinted-harm',
    },
    {
      notFlagged:
        "It's a small town and I know a lot of people who could help with the move, if you need it.",
    },
    {
      flagged: 'Your dog always did like me more, [[I might just come and get him]].',
      pattern: 'hinted-harm',
    },
    { notFlagged: 'If the dog is too much with the new job, I could take him for a weekend.' },
    { flagged: "[[I've asked around and found out which hospital you work at]].", pattern: 'hinted-harm' },
    { flagged: "[[He won't be so pretty after I'm done with him]].", pattern: 'menace' },
    {
      notFlagged:
        "I know where you work, obviously, we worked there together for six years, but I won't come by.",
    },
    {
      flagged: '[[Please remember that I am knowing your office address and your manager name also]].',
      pattern: 'hinted-harm',
    },
    { flagged: "Nice car he's got, [[be a shame if someone keyed it]].", pattern: 'hinted-harm' },
    {
      flagged: "[[I'd think twice before bringing him to Sarah's wedding if I were you]].",
      pattern: 'hinted-harm',
    },
    { notFlagged: "I'd think twice before signing that lease if I were you, the landlord seems dodgy." },
    {
      flagged: "[[The kids will hear all about what kind of mother you are]], I'll make sure of it.",
      pattern: 'hinted-harm',
    },
    { notFlagged: "The kids will know how much you love them, I'll make sure of it." },
    {
      flagged: '[[People at your new job might be curious about why you really left Leeds]].',
      pattern: 'hinted-harm',
    },
    {
      notFlagged:
        'People at your new job would love to know how well you handled the audit, you should tell them.',
    },
    { flagged: "[[I've still got a key to the flat, remember]].", pattern: 'hinted-harm' },
    { notFlagged: "I've still got a key to the flat, I'll post it back this week." },
    { flagged: "[[Don't make me your enemy]], Liam.", pattern: 'hinted-harm' },
    { flagged: '[[Keep the kids from me and see what happens in court]].', pattern: 'hinted-harm' },
    {
      flagged: "[[I wouldn't want those old beach pics from Byron ending up where they shouldn't]].",
      pattern: 'hinted-harm',
    },
    {
      notFlagged:
        "I wouldn't want those photos of your nan ending up in a skip, so I'll post them back to you.",
    },
    { flagged: "[[Funny how things get shared around these days]], isn't it.", pattern: 'hinted-harm' },
    { notFlagged: 'I know you will tell me to watch out for myself, and you would be right.' },
    { flagged: '[[watch urself thats all im saying]]', pattern: 'hinted-harm' },
    {
      flagged: '[[Funny how those pictures from Lisbon are still sitting on my laptop]].',
      pattern: 'hinted-harm',
    },
    {
      notFlagged:
        "Funny how the photos from Lisbon are still on my phone, I can't bring myself to delete them.",
    },
    { flagged: '[[Tell Mark to watch himself on his way home from work]].', pattern: 'intimidate' },
    { notFlagged: 'Tell Mark to watch himself on the ice, those steps at the station are lethal.' },
    { flagged: "[[Watch yourself]], that's all I'm saying.", pattern: 'hinted-harm' },
    { notFlagged: "Watch yourself on those icy steps at your mum's, you always slip." },
    { notFlagged: 'Take care and watch yourself.' },
    { flagged: "[[Remember I know your mum's address too]].", pattern: 'hinted-harm' },
    { notFlagged: "Remember I have your mum's number if the kids need anything." },
    {
      flagged: "[[Hope Biscuit stays safe now that you're never home to look after him]].",
      pattern: 'hinted-harm',
    },
    {
      flagged: "[[Your new girlfriend has no idea who she's dealing with]], but she will.",
      pattern: 'hinted-harm',
    },
    { flagged: '[[Your iCloud login still works on my phone]], just so you know.', pattern: 'hinted-harm' },
    { notFlagged: "Your Netflix login still works on my laptop, I'll log out tonight." },
    {
      flagged: '[[Karma has a way of finding people like you, and sometimes karma needs a little help]].',
      pattern: 'hinted-harm',
    },
    { notFlagged: "I don't believe in karma, but I do believe you'll be happy again." },
    {
      flagged: '[[Things have a habit of getting broken when people get careless]].',
      pattern: 'hinted-harm',
    },
    { flagged: '[[Sleep well, Claire, and lock your doors]].', pattern: 'hinted-harm' },
    { notFlagged: "Sleep well, and lock your doors, there've been two break-ins on the street this month." },
    { notFlagged: "I'll regret the way I spoke to you that night for the rest of my life." },
    { notFlagged: "I've kept the messages for now, but I'll delete them if you'd like me to." },
    // Eleventh round (danger11): a return promised as menace, a sneer at their new life, their partner "should know", the
    // door code said in a non-native order, a boss invited to see the photos; word edges ("about university" is not
    // "about u", "aren't" is not "are"); a kind wish after "I know where you work now".
    { flagged: '[[Watch out for the day I come back]].', pattern: 'intimidate' },
    { flagged: "One day I'll come back, [[and you won't be laughing then]].", pattern: 'intimidate' },
    { flagged: "[[u won't be so smug when i get back]]", pattern: 'intimidate' },
    { flagged: "[[I'd hate for your nice new life to fall apart]], you know?", pattern: 'intimidate' },
    { flagged: '[[ur new gf should know who shes dealing with]]', pattern: 'intimidate' },
    { flagged: '[[I know the code of the door still]].', pattern: 'veiled' },
    {
      flagged: "I still have the photos from Mykonos, [[and I'm sure your new boss would love to see them]].",
      pattern: 'expose',
    },
    { notFlagged: "Watch out for the roadworks on the way back, they've closed the bridge." },
    { notFlagged: "You won't be laughing then, the second half of the book is properly sad." },
    {
      notFlagged:
        "I'd hate for your happy little family to fall apart because of me, so I'll keep my distance.",
    },
    {
      notFlagged:
        "I still have the photos from Ibiza, and I'm sure your mum would love to see them, she always asks.",
    },
    { notFlagged: 'Everyone will find out about university places next week, fingers crossed for Leo.' },
    { notFlagged: "I know where you work now, Priya told me, and I'm really glad it's the job you wanted." },
    {
      flagged: '[[I wonder what your boss would think about the expenses you fiddled]].',
      pattern: 'intimidate',
    },
    { notFlagged: 'I wonder what your dad would think of your new flat, he always hated the old one.' },
    { flagged: '[[Your mum would be heartbroken to hear what really happened]].', pattern: 'veiled' },
    { flagged: "I still have the texts. [[I'm sure HR would find them interesting]].", pattern: 'veiled' },
    { notFlagged: "I found your grandad's old war letters; I'm sure your mum would find them interesting." },
    { notFlagged: "Your mum would be heartbroken to hear we split, so I haven't told her." },
    { flagged: '[[Good luck keeping your job when the truth comes out]].', pattern: 'intimidate' },
    { notFlagged: 'Good luck keeping your plants alive when the heatwave comes.' },
    { flagged: "[[You'd be amazed what I can find out about people]].", pattern: 'intimidate' },
    { notFlagged: "You'd be amazed what I can find out about old cars on that forum." },
    { flagged: '[[Someone should teach him a lesson]], and I know just the people.', pattern: 'intimidate' },
    { notFlagged: 'My brother is going to teach him a lesson in golf on Saturday, poor guy.' },
    { flagged: "[[You're going to lose everything]], just like I did.", pattern: 'intimidate' },
    { notFlagged: "I worry you're going to lose everything in that business." },
    { notFlagged: "You're going to lose everything if you keep gambling, please get help." },
    { flagged: "[[I'll leave you with nothing]], not even the dog.", pattern: 'intimidate' },
    { notFlagged: "I'll leave you with nothing but good memories, I hope." },
    { flagged: "[[Don't be surprised if your tyres are flat one morning]].", pattern: 'intimidate' },
    { notFlagged: "Don't be surprised if your car is dusty, the builders next door are at it again." },
    { flagged: "[[Let's see how brave you are when everyone knows]].", pattern: 'intimidate' },
    { notFlagged: "Let's see how brave you are when we go on the rollercoaster!" },
    { flagged: '[[I still have a key to your flat, you know]].', pattern: 'intimidate' },
    { notFlagged: "I still have a key to your flat; I'll post it back on Monday." },
    { flagged: "[[I know you're home alone on Thursdays]].", pattern: 'intimidate' },
    { notFlagged: "I know you're on your own on Thursdays now, so if you ever fancy a call, I'm around." },
    { flagged: '[[Sleep well, if you can]].', pattern: 'intimidate' },
    { notFlagged: 'Sleep well, and good luck tomorrow.' },
    { flagged: "[[You think you've won, but this isn't over]].", pattern: 'intimidate' },
    { flagged: "[[You'll get yours]].", pattern: 'intimidate' },
    { notFlagged: "You'll get yours in the post on Monday." },
    { flagged: "[[I'll make it my mission to ruin you]].", pattern: 'harm-to-you' },
    { flagged: '[[u better watch urself]]', pattern: 'intimidate' },
    { flagged: '[[i kno where ur mum lives]]', pattern: 'intimidate' },
    { notFlagged: "I know where your mum lives, so I'll post the parcel there." },
    { flagged: '[[You will not be happy with him, I will make sure of it]].', pattern: 'intimidate' },
    { notFlagged: 'You will not be alone, I will make sure of it.' },
    { flagged: '[[I know people who can find you]].', pattern: 'intimidate' },
    { notFlagged: 'I know people who can find you a good flat in Leeds.' },
    { flagged: '[[You should be very careful from now on]].', pattern: 'intimidate' },
    { notFlagged: 'You should be very careful from now on with your back.' },
    { flagged: '[[Everyone at your new job will know by Monday]].', pattern: 'intimidate' },
    { notFlagged: 'Everyone at your new job will know by Monday how lucky they are.' },
    { flagged: "[[I'll drag your name through every court in the country]].", pattern: 'intimidate' },
    { flagged: "[[I've already written to your professional body about you]].", pattern: 'intimidate' },
    { notFlagged: "I wrote to your regulator's helpline to ask about my own registration." },
    { flagged: '[[Your car would look better with a few scratches]].', pattern: 'intimidate' },
    { notFlagged: 'Your car would look better with a proper wash, honestly.' },
    { flagged: '[[Something might happen to that precious bike of yours]].', pattern: 'intimidate' },
    {
      notFlagged:
        'Something might happen to that lovely garden of yours if the storm hits, so tie the shed down.',
    },
    { flagged: '[[Remember what happened to the last person who lied to me]].', pattern: 'intimidate' },
    { notFlagged: 'Remember what happened to the last person who tried my chilli? Never again.' },
    { flagged: '[[Nobody walks away from me]].', pattern: 'intimidate' },
    { notFlagged: 'Nobody walks away from me at the pub quiz without a point, ha.' },
    { flagged: 'I am warning you, [[do not test me]].', pattern: 'intimidate' },
    { notFlagged: "Don't try me, I'm hopeless at charades." },
    { notFlagged: "Watch out for the day I come back with a tan, you'll be so jealous." },
    { notFlagged: 'Sleep well, if you can with that snoring dog.' },
    {
      flagged: '[[Your church friends would love to know about your little habit]].',
      pattern: 'veiled',
    },
    { notFlagged: 'Your mum would love to hear about your little niece, send her a photo.' },
    {
      flagged: "Your dad still thinks you're the golden boy, [[and it would be a pity if that changed]].",
      pattern: 'veiled',
    },
    { notFlagged: 'Your dad thinks the world of you, and it would be a pity if that changed because of us.' },
    { notFlagged: 'I know your address now, Priya gave it to me for the wedding invitation.' },
    { notFlagged: "I'm sure she'd love to hear about your little garden, she's mad about dahlias." },
    { flagged: "[[Maybe I'll tell your dad you're gay]], see how he likes that.", pattern: 'intimidate' },
    { flagged: "[[I'll empty the joint account before you can blink]].", pattern: 'intimidate' },
    { notFlagged: "I'll empty the joint account and send you half, as we agreed." },
    {
      flagged: "[[Everyone's going to see those pictures]], one way or another.",
      pattern: 'intimidate',
    },
    { notFlagged: "Everyone's going to see your photos at the exhibition, I'm so proud of you." },
    { flagged: "[[If you go to the police I'll say you hit me]].", pattern: 'intimidate' },
    {
      flagged: '[[I hope your new girlfriend knows about your debts, because she will soon]].',
      pattern: 'intimidate',
    },
    { notFlagged: 'I hope your new girlfriend knows about the bins on Tuesdays, the council is strict.' },
    {
      flagged: "[[I've still got your diary, and some of those pages are very interesting]].",
      pattern: 'intimidate',
    },
    {
      flagged: "You'd better start answering, [[or your mum gets a very interesting email]].",
      pattern: 'veiled',
    },
    { notFlagged: "I'll make it my mission to ruin your surprise party by blurting it out, ha." },
    { flagged: "[[Your new girlfriend doesn't know half of what you've done either]].", pattern: 'menace' },
    {
      notFlagged:
        "Your new girlfriend doesn't know half of what we went through, and I'll never be the one to tell her.",
    },
    { flagged: "[[I said I'd make you pay]], and I meant it.", pattern: 'menace' },
    { flagged: "[[My brother says he'll make you pay]].", pattern: 'menace' },
    { flagged: '[[you will pay too]]', pattern: 'you-will-regret' },
    { flagged: "I know where you're based now, [[so don't think you can hide]].", pattern: 'menace' },
    { flagged: '[[my mates know where u live]]', pattern: 'menace' },
    { notFlagged: "I said I'd make you pay for dinner next time, and I will." },
    { notFlagged: "My brother says he'll find you a good mechanic if the car plays up again." },
    // Broad building blocks (lexicon/en/threat.ts), each in new words: harm to the reader or their stakes, exposure to
    // their people or online, a leak without an agent, menace; and what they leave alone.
    { flagged: '[[I could bury your career in an afternoon]].', pattern: 'harm-to-you' },
    { flagged: '[[im coming after u and ur precious reputation]]', pattern: 'harm-to-you' },
    { flagged: "[[A quick call by me and you're done]].", pattern: 'harm-to-you' },
    { flagged: '[[Say no again and I end your happy little life]].', pattern: 'harm-to-you' },
    { notFlagged: "I'll destroy you at Scrabble on Sunday, fair warning." },
    { notFlagged: "I'm scared I'll ruin your life the way I ruined mine." },
    { notFlagged: 'I could report you for the parking ticket, but I never would, obviously.' },
    { notFlagged: "I'll finish your job application tonight if you send me the form." },
    { notFlagged: "I'm going to expose you to proper Irish music when you visit." },
    { flagged: "[[I'll be forwarding your voice notes to your manager]].", pattern: 'exposure' },
    { flagged: '[[Keep stalling and I send your dad the texts from March]].', pattern: 'exposure' },
    {
      flagged: '[[It would be easy for me to let slip to your in-laws about your gambling]].',
      pattern: 'exposure',
    },
    { flagged: "[[I'm tempted to stick your pics on insta]].", pattern: 'exposure' },
    { flagged: '[[The recordings will end up with your pastor]].', pattern: 'exposure' },
    { notFlagged: "I'll send your sister the photos from the christening." },
    { notFlagged: "I'll tell your mum the truth: it was me who ended it." },
    { notFlagged: "I'll post the wedding photos on the family group chat." },
    { notFlagged: 'The holiday pictures are going on the fridge.' },
    { notFlagged: "I could tell your parents about us, but I won't." },
    { flagged: '[[Ignore me once more and find out what happens]].', pattern: 'menace' },
    { flagged: '[[Folk who double-cross me tend to regret it]].', pattern: 'menace' },
    { flagged: "[[You've tangled with the wrong family this time]].", pattern: 'menace' },
    { flagged: '[[Your days are numbered]].', pattern: 'menace' },
    { flagged: '[[The gloves are off now]].', pattern: 'menace' },
    { flagged: "[[It'd be a shame if somebody mentioned it to your dad]].", pattern: 'menace' },
    { flagged: '[[I know what time Marco leaves the gym]].', pattern: 'menace' },
    { notFlagged: 'I sleep with one eye open since the burglary.' },
    { notFlagged: "Accidents happen, and the dent in the car really doesn't matter." },
    { notFlagged: "I know what time Marco leaves the gym, so I'll drop the bag round after." },
    { notFlagged: "Mark my words, you'll make a wonderful vet." },
    { notFlagged: "I'm done being polite about my own needs, my therapist says." },
    { flagged: "[[I'm bringing down him and his whole firm]].", pattern: 'harm-to-you' },
    { flagged: "[[I'll take every penny you've got]].", pattern: 'harm-to-you' },
    { notFlagged: "I'll take the kids to the beach from you on Saturday, if that's okay." },
    { notFlagged: "I'd hate to come after him in the speech, he's so funny." },
    { notFlagged: "I'll expose her to the joys of Irish dancing." },
    { flagged: '[[Your cousin is getting a copy of those letters]].', pattern: 'exposure' },
    { notFlagged: 'Your brother gets the records back on Friday.' },
    { flagged: "[[I've got his running route now]].", pattern: 'menace' },
    { flagged: "[[Don't forget who you're dealing with]].", pattern: 'menace' },
    { notFlagged: 'I have your new address now, and I hope the move went well.' },
    { notFlagged: 'I got your address from the alumni office.' },
    // Eighth round (eval/eighth/danger-probe, families only, new wording): exposure said as what will happen, a word from
    // me that would end things, "or she'll hear it from me", a partner invited to watch, ruin by law, money, authorities
    // and name, taken down together, getting back at them, which house is theirs, what happens to people who cross me,
    // "just the beginning", secrets no longer safe, people who would sort him out, a pity if the van caught fire.
    {
      flagged: '[[Push me again and your fiancée gets every text you sent me last spring]].',
      pattern: 'expose',
    },
    { notFlagged: 'Your wife is getting a copy of the wedding photos from my sister.' },
    {
      flagged: '[[Carry on like this and those pictures will be posted all over your Instagram]].',
      pattern: 'expose',
    },
    { notFlagged: "The holiday photos go on the fridge at your mum's." },
    { flagged: '[[A single email from me would end your career]].', pattern: 'expose' },
    { notFlagged: 'One call from me and the plumber will sort it.' },
    { flagged: "Own up to her, [[or she'll be hearing about it from me]].", pattern: 'expose' },
    { notFlagged: "If you'd rather, she can hear about it from me first, and I'll be kind." },
    {
      flagged: 'I have the recordings from Ibiza, [[and your husband would love a listen]].',
      pattern: 'expose',
    },
    { notFlagged: "I've kept your old records, and your husband would love a copy of the Bowie one." },
    { flagged: "[[I'm going to see you in court and take you to the cleaners]].", pattern: 'revenge' },
    {
      notFlagged:
        "I'll see you in court for the custody hearing on the 4th, and I hope we can keep it civil.",
    },
    { flagged: "[[You won't have a penny to your name when I'm done]].", pattern: 'revenge' },
    {
      flagged: "[[I'll stop paying my share of the rent and let the landlord evict you]].",
      pattern: 'revenge',
    },
    { notFlagged: "I'll stop paying the rent on the garage since I don't use it." },
    { flagged: "[[I'm going to tip off the benefits people about your cash jobs]].", pattern: 'revenge' },
    { notFlagged: "I'll write to immigration to support your visa application." },
    { flagged: "[[You'll never teach in this town again]], I'll see to it.", pattern: 'revenge' },
    { notFlagged: "You said you'll never teach again after that year, and I hope you changed your mind." },
    { flagged: "[[I'll drag his name through the dirt in every pub in town]].", pattern: 'revenge' },
    { flagged: "If I'm going down, [[I'll drag you down with me]].", pattern: 'revenge' },
    { flagged: "[[I swear I'll get even with him for what he did]].", pattern: 'revenge' },
    { notFlagged: "I'm not writing any of this to get back at you." },
    { flagged: '[[I know which house is his now]], the one with the red gate.', pattern: 'intimidate' },
    { notFlagged: "I know which house is yours now, so I'll post the keys through the door." },
    { flagged: "[[You'll learn what happens to women who humiliate me]].", pattern: 'intimidate' },
    { flagged: '[[This is just the beginning]].', pattern: 'intimidate' },
    { notFlagged: "This is just the beginning of my recovery, and I'm proud of it." },
    { flagged: "[[Your little secrets won't stay safe with me for much longer]].", pattern: 'intimidate' },
    { notFlagged: 'Your secrets are safe with me, always.' },
    { flagged: "[[I know a few lads who'd teach him a lesson for free]].", pattern: 'intimidate' },
    { flagged: "[[Don't make me turn up at your work]].", pattern: 'intimidate' },
    {
      flagged: '[[Would be a real pity if that van of yours caught fire one night]].',
      pattern: 'intimidate',
    },
    { notFlagged: "I know where you work, and I swear I'll never set foot in there." },
    { notFlagged: "I'll post your things to your mum's, unless you'd like them somewhere else." },
    { notFlagged: "I'm sure your mum would love to see the photos of the garden now it's finished." },
    {
      flagged: "[[I'm sure your husband would love to see the photos of the house in Cádiz]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: "I'll get even with you at the pub quiz rematch, you'll see." },
    { notFlagged: "watch ur back at the quiz on thursday, our team's been practising lol" },
    // "Watch your back / watch out" with a thing or a hazard after it (antipattern over NOT_A_HAZARD): any object, not a
    // list of them; a person, the writer's people, a leak, a time or the way home after it stays menace.
    { notFlagged: 'Watch your back with that rowing machine, it wrecked mine in a fortnight.' },
    { notFlagged: "You'd better watch out for the seagulls on the pier, they'll have your chips." },
    { notFlagged: 'watch ur back with that new kettlebell, they r lethal' },
    { notFlagged: "You had better watch out for the geese in Regent's Park, they hiss at everyone." },
    { notFlagged: 'Mind your back on that new bike, the saddle is set far too low.' },
    { notFlagged: 'Watch your back with my old rowing machine, the seat sticks.' },
    { flagged: '[[Watch your back with my mates around]].', pattern: 'intimidate' },
    { flagged: "[[You'd better watch out for my brother-in-law]].", pattern: 'intimidate' },
    { notFlagged: "Y'all better watch out for the gators by the boat ramp." },
    { flagged: "[[You'd better watch out for my brothers]].", pattern: 'intimidate' },
    { flagged: '[[Watch your back with that new fella of yours around]].', pattern: 'intimidate' },
    { flagged: "[[You'd better watch out for a knock on the door]].", pattern: 'intimidate' },
    { flagged: '[[Watch your back on the way home]].', pattern: 'intimidate' },
    { flagged: '[[Watch your back with those photos out there]], I mean it.', pattern: 'intimidate' },
    { notFlagged: "You'll regret ever teaching me to make risotto, I make it every night now, ha." },
    { flagged: "[[You'll regret ever meeting me]].", pattern: 'you-will-regret' },
    {
      notFlagged: "Revenge is sweet, as they say, and my lemon drizzle finally beat your mum's at the fête.",
    },
    { flagged: '[[Revenge is sweet]], and you will find out how sweet.', pattern: 'revenge' },
    { flagged: "[[I'll post the photos unless you ring me]].", pattern: 'expose' },
    // Ninth round (false alarms reported by reviewers, and their families; eval/ninth/danger-precision scored them, these
    // are new wordings): knowing where they are followed by a kind wish; a threat someone else made against the writer,
    // reported (this also keeps the classifier off it, see model/README.md); suing a builder, an airline or a hospital;
    // "watch your back" on ice or under a piano; "better be careful" on the roads; a solicitor writing about the flat; a
    // pet re-homed. And the menace beside each, still flagged.
    {
      notFlagged: "I know where you're renting now, and I hope the landlord treats you better than ours did.",
    },
    { notFlagged: 'i know where ur new job is, good luck on monday!!' },
    { notFlagged: "I found out where you're working from Kez, and I'm so glad it's going well." },
    { flagged: '[[I know where you live now]]; I hope you sleep soundly.', pattern: 'intimidate' },
    {
      flagged: "[[I know where you live now]], I hope the flat's lovely, I'll pop round soon.",
      pattern: 'intimidate',
    },
    {
      notFlagged: 'My old landlord swore he would make me pay for the carpet, and I had nightmares about it.',
    },
    {
      notFlagged: 'She used to tell me she would ruin my life if I ever left, which is partly why I stayed.',
    },
    { flagged: "He said he'd make me pay, [[so now I'll make you pay]].", pattern: 'revenge' },
    { notFlagged: "I'm going to sue the removal firm that dropped Gran's dresser." },
    { notFlagged: "I might sue the hospital over Dad's care, the solicitor thinks we have a case." },
    { flagged: "[[I'll sue the both of you]], mark my words.", pattern: 'revenge' },
    { flagged: "[[I'll sue if I have to]].", pattern: 'revenge' },
    { notFlagged: "Mind your back lifting Gran's piano, please." },
    { notFlagged: 'Watch your back on the ice outside the surgery.' },
    { flagged: '[[Mind your back on the walk home tonight]].', pattern: 'intimidate' },
    { notFlagged: "you'd better be careful on the motorway in this fog" },
    { notFlagged: 'He should be careful up that ladder, it wobbles.' },
    { notFlagged: 'My solicitor will write to you about selling the flat, nothing more.' },
    { notFlagged: 'My lawyer is going to send over the papers for the condo.' },
    { notFlagged: "I'll be writing to your landlady about the tenancy so my name comes off it." },
    { flagged: '[[My solicitor will contact you about your conduct]].', pattern: 'expose' },
    { notFlagged: "I'll find him a kennel near you for the fortnight." },
    { notFlagged: "If nobody takes the kittens, I'll find them homes myself." },
    { flagged: "[[I'll find her]], don't think I won't.", pattern: 'revenge' },
    // Sixth round (eval/sixth/danger): their new place welcomed, keepsakes read for comfort, a bill and a prank paid back, a
    // recommendation.
    { notFlagged: "You'll regret it if you don't try the bunny chow at that place in Durban, trust me." },
    { notFlagged: "You'll regret not seeing the fjords while you're in Bergen." },
    { flagged: "[[You'll regret it if you don't see me]].", pattern: 'you-will-regret' },
    { notFlagged: "I'll make you pay for dinner next time, you owe me after the darts." },
    { notFlagged: "I'm going to get you back for that prank with the fake parking ticket, ha." },
    { flagged: "[[I'll make you pay for what you did]].", pattern: 'revenge' },
    { notFlagged: 'i know ur new place is tiny but it looked so cosy in ur story' },
    { notFlagged: 'I know your new flat is a bit of a trek from work, but it looks gorgeous.' },
    { flagged: '[[I know your new place is on Calder Road]].', pattern: 'hinted-exposure' },
    // Twenty-first round (the lead's review): the partner promised what the reader did; a warning dressed as care.
    {
      flagged: "I hope he knows what you did to me, [[because if he doesn't, he will]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: "I hope he knows how to fix it, and if he doesn't, he will soon." },
    { flagged: '[[if ur new gf doesnt know yet she will soon enough]]', pattern: 'hinted-exposure' },
    { notFlagged: "If he doesn't know the way, he will by the time he's driven it twice." },
    { notFlagged: "I hope he knows how lucky he is, and if he doesn't, I hope he learns." },
    { flagged: '[[You should be careful walking home alone these days]].', pattern: 'hinted-harm' },
    {
      notFlagged:
        "You should be careful walking home alone these days, there's been two muggings on the canal path.",
    },
    { notFlagged: 'You should be careful driving at night now that your eyes are worse.' },
    { notFlagged: 'I know where you live now, your sister mentioned the new place, and it sounds lovely.' },
    { notFlagged: "I know where you work now, and I hope you're happy there." },
    { notFlagged: "I have screenshots of all the sweet things you said, and I read them when I'm low." },
    {
      flagged:
        '[[I have screenshots of all the sweet things you said]], and your new boyfriend would love to see them.',
      pattern: 'intimidate',
    },
    {
      flagged: '[[Maybe your new fella would like to read some of the messages you sent me]].',
      pattern: 'hinted-exposure',
    },
    { flagged: '[[Your wife might be very interested in a letter from me]].', pattern: 'hinted-exposure' },
    { flagged: '[[I wonder what your boss would say if she saw them]].', pattern: 'hinted-exposure' },
    { flagged: '[[Your parents might like to know what you really did that summer]].' },
    { notFlagged: 'Your mum would love to see you at Christmas, she told me so.' },
    { notFlagged: 'Your new fella might like the recipe for the soda bread, it was always a hit.' },
    {
      flagged: "[[You can change your number as many times as you like, I'll find you]].",
      pattern: 'hinted-exposure',
    },
    { flagged: '[[you cant hide from me forever]]', pattern: 'hinted-exposure' },
    { notFlagged: "You can change your mind about the sofa, I'll find another one." },
    {
      flagged: "I still have the key you gave me, [[so don't be surprised if I let myself in one night]].",
      pattern: 'hinted-exposure',
    },
    { flagged: "[[Don't be surprised if your boss gets a letter]].", pattern: 'hinted-exposure' },
    { notFlagged: "Don't be surprised if I cry the first time I see you again." },
    { notFlagged: "I know where you work now, Aunty told me, and I'm really happy for you." },
    { flagged: "[[Cross me again and you'll see what I'm capable of]].", pattern: 'hinted-exposure' },
    { flagged: '[[Everyone at the club is going to hear my side]].', pattern: 'hinted-exposure' },
    { notFlagged: 'I hope one day you can hear my side of it, if you want to.' },
    { flagged: '[[i screenshotted ur messages to her, just saying]]', pattern: 'hinted-exposure' },
    { notFlagged: 'I saved all your voice notes from Lagos, I still play them sometimes.' },
    { flagged: "[[You'll be hearing from my brothers]]." },
    { flagged: '[[Your little secret is safe with me, for now]].' },
    { notFlagged: 'Your secret about the surprise party is safe with me.' },
    { flagged: '[[I know your new address]], so behave.', pattern: 'hinted-exposure' },
    { notFlagged: "I've got your new address, so I'll forward the post that still comes here." },
    { flagged: "[[Funny how fast rumours spread in a small town]], isn't it?", pattern: 'hinted-exposure' },
    { notFlagged: 'Funny how fast the kids grow, Mia is taller than me now.' },
    {
      flagged: '[[Think very carefully about what happens to your reputation if you keep this up]].',
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'I worried about what would happen to your job if the merger went ahead.' },
    { flagged: "[[I've still got the videos, remember]].", pattern: 'hinted-exposure' },
    { notFlagged: "I've still got the photos from the Lisbon trip, remember?" },
    { notFlagged: 'I wonder what your dad would say about the new kitchen, he always wanted an island.' },
    { notFlagged: 'I could kill you for leaving that note on the fridge, it made me laugh for a week.' },
    { flagged: '[[Your wife and I go to the same church, small world]].', pattern: 'veiled' },
    { flagged: "Lovely bike he's got, [[be a pity if it got stolen]].", pattern: 'veiled' },
    { flagged: "[[I'll drop in on your mum on Friday for a long chat about you]].", pattern: 'veiled' },
    { notFlagged: 'Your mum and I had a lovely chat about you at the wedding.' },
    { flagged: '[[I know which school your kids go to]].', pattern: 'veiled' },
    { notFlagged: "I know your kids go to St Anne's, so I'll drop the books at the office." },
    { flagged: "[[You may want to check who's been logging into your Gmail]].", pattern: 'veiled' },
    { flagged: '[[A little birdie might tell your wife]].', pattern: 'veiled' },
    { flagged: '[[Your boyfriend still parks his car on the street overnight]].', pattern: 'veiled' },
    { flagged: "[[I've talked to a reporter and she's very interested]].", pattern: 'veiled' },
    { flagged: "[[I'd change the locks if I were you]].", pattern: 'veiled' },
    { flagged: '[[How long would your job last if people knew]]?', pattern: 'veiled' },
    { flagged: '[[I recorded every call]].', pattern: 'veiled' },
    { notFlagged: 'I recorded every word of the best man speech at the wedding.' },

    // Second round.
    { flagged: "[[Your husband still doesn't know about Lisbon, does he]]?", pattern: 'veiled' },
    { notFlagged: "Your husband still doesn't know about the surprise, so keep it quiet." },
    { flagged: '[[I still have the password for your Gmail]].', pattern: 'veiled' },
    { flagged: 'Send my love to your mother, [[I may give it in person]].', pattern: 'veiled' },
    { flagged: "[[I've spoken to your husband's ex-wife, and we compared notes]].", pattern: 'veiled' },
    { flagged: "[[Your residency depends on that marriage, doesn't it]]?", pattern: 'veiled' },
    { flagged: '[[The file on my desktop keeps growing bigger]].', pattern: 'veiled' },
    { flagged: '[[Those pictures could find their way to your work inbox]].', pattern: 'veiled' },
    { notFlagged: 'Your letters always found their way to me, even in Bolivia.' },
    { flagged: '[[Remember what happens when people take me for a fool]].', pattern: 'veiled' },
    { flagged: '[[Someone might scratch your new car one night]].', pattern: 'veiled' },
    { flagged: "[[I'll be outside the office at five to tell everyone who you are]].", pattern: 'veiled' },
    { notFlagged: "I'll be at the party to tell her happy birthday, if that's all right." },
    // Fourth round: said sideways.
    { flagged: '[[I know your flat on Calder Road is the one with the red door]].', pattern: 'veiled' },
    { notFlagged: "I know you're on Calder Road now, and I hope the new place feels like home." },
    { flagged: "[[You wouldn't want your dad to read what you sent me]].", pattern: 'veiled' },
    { notFlagged: "You wouldn't want your dad to worry, so maybe ring him." },
    { flagged: '[[I do wonder what the Home Office would make of your arrangement]].', pattern: 'veiled' },
    { flagged: "[[You won't see a penny of the deposit unless you drop this]].", pattern: 'veiled' },
    { notFlagged: "You'll get every penny of the deposit back, I promise." },
    { flagged: '[[The family court would be very interested in these messages]].', pattern: 'veiled' },
    { flagged: '[[Nice pictures of you and Dev at the beach, I took some too]].', pattern: 'veiled' },
    { flagged: '[[I sat outside your flat until the lights went off]].', pattern: 'veiled' },
    { notFlagged: 'I walked past our old flat on Sunday and felt sad.' },
    { flagged: '[[One email to your manager and your career is over]].', pattern: 'expose' },
    { flagged: '[[One word to the council and that licence is gone]].', pattern: 'veiled' },
    { flagged: "Liars get found out in the end, [[I'll make sure of it]].", pattern: 'veiled' },
    { notFlagged: "I'll pay for the repairs, I'll see to it this week." },
    { flagged: 'If you want the cat back, [[you know what you need to do]].', pattern: 'veiled' },
    { flagged: "[[Don't get too comfortable with him]].", pattern: 'veiled' },
    { notFlagged: "Don't get too comfortable on the sofa, the kids are back at six." },
    { flagged: '[[Your husband and I had a most illuminating conversation]].', pattern: 'veiled' },
    { flagged: '[[I have backups of all the videos on two different laptops]].', pattern: 'veiled' },
    { flagged: '[[Your pastor would find these texts very interesting]].', pattern: 'expose' },
    { flagged: '[[HR would find the emails you sent from work very useful]].', pattern: 'veiled' },
    { notFlagged: 'Your dad would find this book about trains very interesting.' },
    { flagged: "[[Don't think I don't know]].", pattern: 'veiled' },
    { notFlagged: "Don't think I don't know how hard this has been for you." },
    { flagged: "[[Let's just say I have receipts]].", pattern: 'veiled' },
    { flagged: "[[If you don't tell him the truth, I will]].", pattern: 'veiled' },
    { notFlagged: "If you don't want to tell him yet, that's your call." },
    { flagged: '[[The letter addressed to your wife is sealed and waiting]].', pattern: 'veiled' },
    {
      flagged: "[[I'm not saying I'll do something with them]], I'm just saying I have them.",
      pattern: 'veiled',
    },
    { flagged: "[[I'll shred every last thing you left]].", pattern: 'veiled' },
    { flagged: "[[I'll make sure you never see the dog again]].", pattern: 'revenge' },
    { flagged: "[[I'll make sure you don't get a penny back]].", pattern: 'veiled' },
    { notFlagged: "I'll make sure you get the dog's lead and bowl back." },
    { flagged: '[[My cousins all know your car now]].', pattern: 'veiled' },
    { flagged: '[[I still know your garage code]].', pattern: 'veiled' },
    {
      flagged:
        "Just so we're clear, [[I've still got the spare key and the code for the garage]]. Thought you'd want to know.",
      pattern: 'veiled',
    },
    { flagged: "[[I've still got a key to the flat]]. Thought you should know.", pattern: 'veiled' },
    { notFlagged: "Just so you know, I've still got the spare key, I'll post it back this week." },
    {
      notFlagged:
        "I've still got your spare key. I thought you'd want to know that I'll drop it at your mum's.",
    },
    { notFlagged: "I still have the door code, so I'll drop the box inside while you're out." },
    { notFlagged: "You'll regret missing the Fleadh this year, the music was brilliant." },
    { flagged: '[[Everyone at your mosque is going to know exactly what you did]].', pattern: 'expose' },
    { flagged: '[[It would be a pity if something happened to that bike of yours]].', pattern: 'intimidate' },
    // "What really happened", told to their people, is the secret held over them.
    { flagged: "[[I'll tell your parents what really happened]].", pattern: 'expose' },
    { notFlagged: 'I want to tell you what really happened that night, from my side.' },
    { flagged: "[[You've made an enemy today]].", pattern: 'veiled' },
    { flagged: '[[I wonder if your landlord knows about the dog]].', pattern: 'veiled' },
    { flagged: '[[It would only take one anonymous tip]].', pattern: 'veiled' },
    { flagged: "[[Your secrets aren't as safe as you think]].", pattern: 'veiled' },
    { flagged: '[[Remember who has the photos]].', pattern: 'veiled' },
    {
      flagged: "[[You're going to find out what it feels like to lose everything]].",
      pattern: 'veiled',
    },
    { flagged: "Pass this on to your boyfriend: [[I'm not finished with him]].", pattern: 'veiled' },
    { notFlagged: 'I wonder if your landlord ever fixed the boiler.' },
    { notFlagged: "I'm not finished with my therapy yet, but it's going well." },
    {
      flagged:
        'I have kept copies of all correspondence, [[which I am prepared to share with your employer]].',
      pattern: 'veiled',
    },
    { flagged: '[[you know i could make one post and everyone would know]]', pattern: 'veiled' },
    { flagged: 'Your new wife should ask you about Marbella. [[Or I could tell her]].', pattern: 'veiled' },
    { flagged: '[[I hope your new boyfriend likes surprises]].', pattern: 'veiled' },
    { flagged: '[[In my country a man who does what you did does not walk free]].', pattern: 'veiled' },
    { flagged: '[[i got friends who know where u work]]', pattern: 'veiled' },
    { flagged: '[[Do not forget that I know everything about your business]].', pattern: 'veiled' },
    { flagged: '[[Tread carefully]].', pattern: 'veiled' },
    { flagged: "[[You'll be hearing from me, one way or another]].", pattern: 'veiled' },
    { flagged: '[[Enjoy it while you can]].', pattern: 'veiled' },
    { notFlagged: "You'll be hearing from my solicitor only about the house sale, nothing else." },
    { notFlagged: 'I hope your new boyfriend treats you well.' },
    { flagged: "[[I know where you'll be on Saturday night]].", pattern: 'veiled' },
    { flagged: "[[I'd be very careful about who you tell about us]].", pattern: 'veiled' },
    {
      flagged: "[[Some of your friends would love to know what you're really like behind closed doors]].",
      pattern: 'veiled',
    },
    {
      flagged: "[[If you turn up with him at the wedding, there'll be a scene]], I guarantee it.",
      pattern: 'veiled',
    },
    { flagged: "[[I'm not the kind of person you want to make an enemy of]].", pattern: 'veiled' },
    { flagged: '[[A lot of people owe me favours in this town]].', pattern: 'veiled' },
    { flagged: "[[I'm counting down the days until you get what's coming]].", pattern: 'veiled' },
    {
      notFlagged:
        "I know where you'll be on Saturday night: at your sister's wedding, and I'm glad you'll be with family.",
    },
    { notFlagged: "I'm not the kind of person who holds a grudge, I hope you know that." },
    { flagged: '[[I know what car he drives]].', pattern: 'veiled' },
    { flagged: '[[Your boss and I go way back, did you know that]]?', pattern: 'veiled' },
    { flagged: '[[Think very carefully before you go to the police]], Sarah.', pattern: 'veiled' },
    {
      flagged: "If you take the kids to Spain, [[you won't see them again]], I promise you that.",
      pattern: 'veiled',
    },
    { flagged: "[[I'll be waiting for him after his shift one of these nights]].", pattern: 'veiled' },
    {
      flagged: "[[It's funny what people find out when they start asking questions]].",
      pattern: 'veiled',
    },
    { flagged: '[[Your family would be devastated to know what you did in Leeds]].', pattern: 'veiled' },
    { flagged: "[[I'm sure your church friends would be shocked by those messages]].", pattern: 'veiled' },
    { flagged: "[[I might pay your new place a visit]], see how you're settling in.", pattern: 'veiled' },
    {
      flagged: "[[You should know I've spoken to a lawyer about the photos you sent me]].",
      pattern: 'veiled',
    },
    { flagged: "[[If I were him, I wouldn't feel too safe right now]].", pattern: 'veiled' },
    { flagged: '[[It would be so easy to ruin this for you]].', pattern: 'veiled' },
    { notFlagged: 'I know what car he drives because he parked in my space once, no big deal.' },
    { notFlagged: 'Your boss and I go way back, so please tell him hello from me.' },
    { notFlagged: 'I spoke to a lawyer about the house sale, just to understand the process.' },
    { notFlagged: 'It would be so easy to blame you, but it was my fault.' },
    { notFlagged: 'Your mum would be devastated to hear about the divorce, so let us tell her together.' },
    {
      flagged: 'Go ahead and ignore me, [[but your employer might get a very different picture of you]].',
      pattern: 'veiled',
    },
    { flagged: "[[I've got the recordings from that night]].", pattern: 'veiled' },
    { flagged: 'Think about it. [[You know the ones]].', pattern: 'veiled' },
    { flagged: '[[I know your routine better than you do]].', pattern: 'veiled' },
    {
      flagged: "[[If you think I'll just disappear quietly, you don't know me at all]].",
      pattern: 'veiled',
    },
    { flagged: '[[I saw your car outside his place on Tuesday]]. I took a photo.', pattern: 'veiled' },
    { flagged: '[[You have until the weekend before I start making calls]].', pattern: 'veiled' },
    {
      flagged: "It's a small town, and people talk. [[I'd hate to be the one who starts it]].",
      pattern: 'veiled',
    },
    { flagged: "[[I'm keeping a file on everything you've done]].", pattern: 'veiled' },
    { flagged: '[[Your mother still has my number, remember that]].', pattern: 'veiled' },
    { flagged: '[[Things happen to people who lie to me]].', pattern: 'veiled' },
    { flagged: '[[You really should lock your car, anyone could get in]].', pattern: 'veiled' },
    {
      flagged: "Your sister and I have been talking. [[She's very interested in our story]].",
      pattern: 'veiled',
    },
    { notFlagged: 'I know your routine is busy, so no need to reply soon.' },
    { notFlagged: "I'd hate to be the reason you're unhappy." },
    { notFlagged: 'I took a photo of the sunset at our old beach.' },
    { notFlagged: "I'm keeping a diary of my recovery, the counsellor suggested it." },
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
    { flagged: 'Remember, [[I still have access to your email]].', pattern: 'veiled' },
    { flagged: "[[Funny how your new girlfriend doesn't know about the other girls]].", pattern: 'veiled' },
    {
      flagged: '[[You might want to be careful what you say about me to your friends]].',
      pattern: 'veiled',
    },
    {
      flagged: '[[I wonder how long your new relationship would last if she knew the truth]].',
      pattern: 'veiled',
    },
    { flagged: "[[Don't forget I know where your parents live]].", pattern: 'veiled' },
    { flagged: '[[i could send these to ur mum rn]]', pattern: 'veiled' },
    { flagged: '[[Things could get very ugly for you]], very quickly.', pattern: 'veiled' },
    { flagged: '[[Your little secret stays secret as long as you answer me]].', pattern: 'veiled' },
    { flagged: "[[Let's just say your husband would find my phone very interesting]].", pattern: 'veiled' },
    { flagged: "[[I'm sure HR would love to hear how you treat people]].", pattern: 'veiled' },
    {
      flagged: '[[It would be a shame for your kids to find out about their mother this way]].',
      pattern: 'veiled',
    },
    { flagged: '[[I have nothing left to lose, remember that]].', pattern: 'veiled' },
    { flagged: "Tell him I said hello. [[He'll know what I mean]].", pattern: 'veiled' },
    { flagged: "[[I'll be seeing your boyfriend soon]], we have a lot to talk about.", pattern: 'veiled' },
    { flagged: '[[one screenshot and ur whole life changes]]', pattern: 'veiled' },
    { flagged: "[[You've got a lot more to lose than I do]].", pattern: 'veiled' },
    { notFlagged: 'I have nothing left to say except thank you.' },
    { notFlagged: "I'll see your brother at football on Sunday, I'll be polite." },
    { notFlagged: 'I have a lot to lose if I do not change, and I know it.' },
    { notFlagged: 'Your secret about the surprise party is safe, I promise.' },
    { notFlagged: "I'm sure your boss knows how hard you work." },
    { notFlagged: 'Your mum would understand if she knew the truth about why I left.' },
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
    // Seventh round: regret promised for losing the writer; telling their partner put to them as a choice.
    { flagged: "[[You'll regret not taking me back]].", pattern: 'you-will-regret' },
    { flagged: "I promise you, [[you'll regret losing me]].", pattern: 'you-will-regret' },
    { flagged: '[[ur gonna regret dumping me for her]]', pattern: 'you-will-regret' },
    { flagged: '[[You will live to regret walking out on me]].', pattern: 'you-will-regret' },
    { notFlagged: 'I will always regret not calling you back that night.' },
    { notFlagged: 'Will you regret letting me go, do you think?' },
    { notFlagged: 'I hope you never regret letting me go; I think it was the right call for you.' },
    { notFlagged: "You'll regret not taking a jumper, Whitby in April is freezing." },
    { notFlagged: "My gran reckons you'll regret losing me, but I don't see it like that." },
    { flagged: '[[Either you tell him about us this week, or I will]].', pattern: 'veiled' },
    {
      flagged: '[[if u dont tell ur husband bout us by sunday ill tell him myself]]',
      pattern: 'veiled',
    },
    { flagged: '[[Tell your wife yourself, or I will]].', pattern: 'veiled' },
    {
      flagged: '[[Should you neglect to tell your wife about us before Easter, I shall do it myself]].',
      pattern: 'veiled',
    },
    { notFlagged: 'One of us will have to ring the council about the bins, you or me, whichever.' },
    {
      notFlagged: "Say happy birthday to your brother from me, or I'll tell him myself at the barbecue.",
    },
    { notFlagged: "If you don't tell me what went wrong, I'll never understand it, and that's your right." },
    { notFlagged: "If you don't want to tell your parents about the split yet, I won't either." },
    { notFlagged: 'Nobody will hear about us from me.' },
    { notFlagged: "I'm watching you from afar, proud of everything you've done." },
    { notFlagged: 'Proud of you from a distance, always, and glad the new job suits you.' },
    { notFlagged: "If you don't tell your mum about the baby by Sunday, I will, she asked me to." },
    { notFlagged: 'Either you tell the kids about the move or I will, whichever feels easier for you.' },
    {
      flagged: '[[You will surely regret not taking me back]], I am telling you.',
      pattern: 'you-will-regret',
    },
    { notFlagged: "You'll regret not giving us a go at the pub quiz, we've got a secret weapon." },
    { notFlagged: "You'll regret not giving this a go, the pottery class is brilliant." },
    { notFlagged: "Tell him yourself or I will, I mean the surprise party, he'll love it." },
    // Twelfth round (danger12): one click after something held, a pet's safety "hoped" for, an eye to keep "if I were
    // you", "I'll make sure you feel it", "I could ruin you in court" (a court of law, not a squash court), how their
    // nights are spent told to a mother; and the boiler, the fireworks, a sick cat, a welcome, a mother asking how they
    // are, a game of tennis that stay quiet.
    { flagged: "I've still got the videos, [[and it would only take one click]].", pattern: 'menace' },
    { flagged: '[[It would only take one phone call to your boss]].', pattern: 'menace' },
    { flagged: '[[I hope your little dog stays safe in that garden of yours]].', pattern: 'menace' },
    { flagged: "[[I'd keep a close eye on the cat if I were you]].", pattern: 'menace' },
    { flagged: "[[I'll make sure you feel it]].", pattern: 'revenge' },
    { flagged: '[[I could ruin you in court]], and you know it.', pattern: 'revenge' },
    { flagged: '[[I could so easily destroy you]], and you know it.', pattern: 'harm-to-you' },
    {
      flagged: '[[your mammy would be very interested in how her golden boy spends his Thursday nights]].',
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'It would only take one call to sort the boiler.' },
    { notFlagged: "You can cancel the subscription, it'd only take one click." },
    { notFlagged: 'I hope your dog stays safe with the fireworks tonight.' },
    { notFlagged: "I'd keep an eye on the cat if I were you, she's been off her food." },
    { notFlagged: "I'll make sure you feel welcome if you come." },
    { notFlagged: "I could sue you for half the house, but I won't." },
    { notFlagged: "Your mum would be really interested to know how you're getting on." },
    { notFlagged: 'Your mum would be very interested to hear how you are doing.' },
    { notFlagged: 'Your mum would love to know how you are.' },
    { notFlagged: 'Your sister would be fascinated to know how you spent the summer.' },
    { notFlagged: "I'd destroy you on the tennis court any day, ha." },
    // Twelfth round (danger12's workbench): a car "of yours" with an adjective, all their passwords, a walk home alone, an
    // earful from me, the children kept from them; and the passwords changed, a drop-off time, a birthday card, old photos.
    {
      flagged: '[[Would be a shame if anything happened to that nice car of yours]].',
      pattern: 'intimidate',
    },
    { flagged: '[[Just remember I know all your passwords]].', pattern: 'intimidate' },
    { flagged: '[[I know your shift finishes at ten and you walk home alone]].', pattern: 'menace' },
    { flagged: '[[ur new gf is gonna get an earful from me]]', pattern: 'menace' },
    {
      flagged: "If you take the kids to his place, [[you'll never see them again]], I'll make sure of it.",
      pattern: 'veiled',
    },
    { notFlagged: "I know all your passwords are changed now, and that's right." },
    { notFlagged: "I know your shift finishes at ten, so I'll drop the kids at eight." },
    { notFlagged: 'Your mum is going to get a lovely card from me for her birthday.' },
    { notFlagged: "You'll never see them again, the old photos I mean, the loft flooded." },
    // Twelfth round (danger12's workbench, second round).
    { flagged: '[[You think you can humiliate me and get away with it]]? Think again.', pattern: 'menace' },
    { flagged: "[[I've been keeping a little file on you]], just in case.", pattern: 'menace' },
    { flagged: "[[One day when you least expect it, I'll be there]].", pattern: 'menace' },
    { flagged: "[[Your precious new boyfriend won't look so smug when I'm done]].", pattern: 'menace' },
    { flagged: "[[I'm sure your church friends would love to hear the real story]].", pattern: 'menace' },
    { notFlagged: "I've been keeping a file on the boiler repairs, it's in the drawer." },
    { notFlagged: "When you least expect it, I'll send you a postcard from Peru, ha." },
    { notFlagged: "Your mum would love to hear the real story of how we met, it's hilarious." },
    // Twelfth round (danger12's workbench, third round).
    { flagged: "[[You know what I'm capable of]].", pattern: 'menace' },
    { flagged: "[[If I see him near my kids again, he'll be in the hospital]].", pattern: 'menace' },
    { notFlagged: "You know what I'm capable of when I put my mind to it, I ran a marathon!" },
    { notFlagged: "If I see your mum at the shops, she'll be in the hospital car park, she works there." },
    // Thirteenth round (danger13): leverage pointed at, formal threats, a visa, "not saying I would", and their hard negatives.
    {
      flagged: '[[I still have the videos, and you know exactly which ones I mean]].',
      pattern: 'hinted-exposure',
    },
    { flagged: '[[i still have ur diary from uni btw]]', pattern: 'hinted-exposure' },
    { notFlagged: "I kept the photos from Lisbon, they're in a box if you ever want them." },
    {
      notFlagged:
        'I still have your letters, you know the ones from Spain, and I reread them when I miss you.',
    },
    { flagged: "[[I have his wife's number]], in case you were wondering.", pattern: 'hinted-exposure' },
    { notFlagged: 'I have his number if you need the plumber again, he was great.' },
    { notFlagged: "I still have your mum's number, I'll ring her about Sunday lunch." },
    {
      flagged: "[[Let's just say your new girlfriend might get some very interesting post]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'Your mum might get a surprising parcel at Christmas, I knitted her a scarf.' },
    {
      flagged:
        'Should you proceed with the sale of the house, [[I will take steps that you will find deeply unpleasant]].',
      pattern: 'hinted-exposure',
    },
    {
      flagged:
        'If you continue to contest the house, [[I will have no hesitation in sharing what I know with the partners]], and with her husband.',
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'I will have no hesitation in telling the police if you come to the house again.' },
    { notFlagged: "I won't hesitate to tell you if I need anything for the kids." },
    { notFlagged: 'I will take steps to be a calmer person, I promise.' },
    { flagged: '[[Your visa depends on our marriage, in case you forgot]].', pattern: 'hinted-exposure' },
    {
      notFlagged:
        "Your visa depends on our marriage, so let's see an immigration lawyer together about your options.",
    },
    {
      flagged: "[[I'm not a violent person, but you are pushing me to the edge]].",
      pattern: 'hinted-exposure',
    },
    {
      notFlagged: "I'm not a violent person, but I lost it that night and punched the door, and I'm ashamed.",
    },
    { notFlagged: "I'm not a violent person, but you kept pushing me away and I shouted." },
    { flagged: "[[I'm not saying I will, I'm saying I could]].", pattern: 'hinted-exposure' },
    { flagged: "I'm not saying I'll send them. [[I'm saying I could]].", pattern: 'hinted-exposure' },
    { flagged: 'not saying i would. [[just saying i could]]', pattern: 'hinted-exposure' },
    { notFlagged: "I'm just saying I could help with the move if you want." },
    { notFlagged: 'Not saying I would move back, just saying I could.' },
    { notFlagged: 'I still have your diary from uni btw, do you want it back?' },
    { notFlagged: 'I still have the photos from the wedding, you know the ones with your gran dancing.' },
    { notFlagged: "I have her husband's number from the school run, he's lovely." },
    { notFlagged: 'Your mum might get some interesting news soon, Jess is pregnant!' },
    {
      flagged:
        '[[if u think im going to sit quietly while u play happy families with him u dont know me at all]]',
      pattern: 'hinted-exposure',
    },
    {
      notFlagged:
        "If you think I'm going to sit quietly through another of your mum's dinners, you're right, I will, for the kids.",
    },
    {
      flagged: '[[One post from me and that little business of yours is finished]].',
      pattern: 'harm-to-you',
    },
    { flagged: '[[would be a shame if he saw them before the wedding ngl]]', pattern: 'intimidate' },
    { notFlagged: "It'd be a shame if your mum never saw them, so I'll post the wedding photos to her." },
    {
      notFlagged: 'One call from me and that lovely flat of yours is sorted, the landlord owes me a favour.',
    },
    { notFlagged: "Watch yourself on the roads this week, they say it's going to be icy." },
    { notFlagged: 'Mind yourself on the ice, Dublin is like a rink this week.' },
    { notFlagged: "Enjoy it while it lasts, the sun I mean, it's meant to rain Friday." },
    { flagged: "[[You're going to wish you'd never met me]].", pattern: 'hinted-exposure' },
    { notFlagged: "You'll wish you'd never met me once you taste my cooking, ha." },
    { flagged: '[[It would be easy enough to find out where he lives]].', pattern: 'hinted-exposure' },
    { notFlagged: 'It was easy enough to find the café where we met, it has not changed.' },
    {
      flagged: "[[I'm sure the tax office would love to hear about your cash jobs]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'The tax office sent a letter about the joint account, I forwarded it to you.' },
    { flagged: '[[I hope you sleep well at night, knowing what I know]].', pattern: 'hinted-exposure' },
    { notFlagged: 'I hope you sleep well at night now, knowing the kids are settled.' },
    {
      flagged: "[[Your mum's going to find out what kind of daughter she raised]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'Your mum is going to find out about the surprise party if you keep dropping hints.' },
    { flagged: '[[Funny how the brakes on cars can just fail]].', pattern: 'hinted-exposure' },
    { notFlagged: 'Funny how the brakes on that old Fiat always squeaked, remember?' },
    {
      flagged: '[[Your employer takes conduct outside work very seriously, I checked]].',
      pattern: 'hinted-exposure',
    },
    {
      flagged: "[[Wait till the custody hearing, you'll see who the kids end up with]].",
      pattern: 'hinted-exposure',
    },
    { flagged: 'Go on, [[block me, and see what I post]].', pattern: 'hinted-exposure' },
    {
      flagged: "[[I'm keeping a list of every lie, and one day it'll be read out]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: "I'm keeping a list of every film you recommended, working through it slowly." },
    { notFlagged: "I'll be having a word with your dad about the car, he said he'd help." },
    { notFlagged: "There will be consequences for the planet if we don't fix the heating bills, ha." },
    {
      flagged: "[[Your new missus should be careful walking home]], that's all I'm saying.",
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'Your new fella should be careful on that motorbike in the rain, it skids.' },
    {
      flagged:
        "[[I'm sure the school would be interested to know what you're like when you've had a drink]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: 'The school would love to hear what you think about the new playground.' },
    {
      flagged: "[[It'd be such a pity if your new job found out about your record]].",
      pattern: 'intimidate',
    },
    { flagged: "[[You took my kids, so I'll take yours]].", pattern: 'hinted-exposure' },
    { notFlagged: "You took my hoodie, so I'll take yours, fair's fair." },
    { flagged: '[[Reckon your boss would love a look at those texts]], eh.', pattern: 'hinted-exposure' },
    { notFlagged: "Reckon your boss would love a look at your new designs, they're class." },
    { flagged: '[[Start sleeping with the lights on]].', pattern: 'hinted-exposure' },
    { notFlagged: 'Start sleeping with the window open, it helps in this heat.' },
    { notFlagged: "Don't think I won't come to your graduation, I'll be the one cheering loudest." },
    { notFlagged: "I know where you work now, Aoife told me, and I'm so proud of you." },
    { notFlagged: "I'm going to make you pay for that last round of drinks, ha." },
    { flagged: "If I go down, [[I'm taking you and that fella with me]].", pattern: 'revenge' },
    {
      flagged: "If he lays a finger on my kids, [[he'll be eating through a straw]].",
      pattern: 'hinted-exposure',
    },
    { notFlagged: "If he lays a finger on the last biscuit, he'll be in trouble, ha." },
    { flagged: "[[Your fella's car is very distinctive]], isn't it.", pattern: 'hinted-exposure' },
    { notFlagged: "Your fella's car is lovely, I saw it at the match." },
    { flagged: "[[Let's see how your new job feels about those photos]].", pattern: 'hinted-exposure' },
    { flagged: "[[The police won't be able to protect you forever]].", pattern: 'hinted-exposure' },
    { flagged: '[[Imagine your kids finding out about her]].', pattern: 'hinted-exposure' },
    { notFlagged: "Imagine the kids' faces when they see the puppy." },
    { flagged: '[[Be very careful what you say about me to the kids]].', pattern: 'hinted-exposure' },
    { notFlagged: 'Be very careful on that new bike of yours, the roads are mad.' },
    { flagged: '[[I know his reg number and where he parks at night]].', pattern: 'hinted-exposure' },
    { notFlagged: "I know his reg number because I sold him the car, it's on the logbook." },
    { flagged: "[[Maybe I'll pop round and introduce myself to her husband]].", pattern: 'hinted-exposure' },
    {
      notFlagged:
        "I'll pop round and introduce myself to your new neighbours if you like, I know them from the school gate.",
    },
    {
      notFlagged:
        'i kept the pics from the festival btw, the one of u asleep in the tent is iconic, ill send them if u want',
    },
    { flagged: '[[i kept the pics from the festival btw]], ill send them to ur boss if u want' },
    // Fourteenth round (care14): a job recommended, a board game, a pun, a password given back as advice; and the threats
    // that share their words.
    { notFlagged: "You'll regret it if you don't take that job in Berlin, it's made for you." },
    { flagged: "[[You'll regret it if you don't answer me]].", pattern: 'you-will-regret' },
    { notFlagged: "Don't make me come over there and beat you at Scrabble again, ha." },
    { flagged: "[[Don't make me come over there]].", pattern: 'intimidate' },
    { notFlagged: "I'll make you pay for that pun when I see you, ha." },
    { flagged: "[[I'll make you pay for what you did to me]].", pattern: 'revenge' },
    {
      notFlagged: 'I know your password still, so I logged out of Netflix on my side, you should change it.',
    },
    { flagged: "[[I know your password and I've read everything]], so be careful.", pattern: 'intimidate' },
    // Fourteenth round (care14): no threat word: their manager "at Deloitte", turning up at work in front of everyone, a
    // reputation in a small town, a visa held up, a colleague given a copy.
    {
      flagged: '[[Your manager at Deloitte might be interested to hear how you spend your lunch breaks]].',
      pattern: 'expose',
    },
    { notFlagged: 'Your mum would love to hear how the new job is going.' },
    {
      flagged: '[[I might just turn up at your work on Friday and we can talk there, in front of everyone]].',
      pattern: 'menace',
    },
    { notFlagged: "I'll pop round on Sunday to drop the boxes off, if that's okay." },
    {
      flagged: '[[Funny how quickly a reputation can change in a small town like ours]].',
      pattern: 'menace',
    },
    { notFlagged: "Funny how quickly things change, I'm in Leeds now." },
    {
      flagged: "Your visa's up for renewal in March, isn't it, [[be a pity if anything held it up]].",
      pattern: 'menace',
    },
    { notFlagged: 'Your visa came through, so glad, it would have been a pity if anything held it up.' },
    { notFlagged: 'It would be a shame if anything held up the house sale, so please sign by Friday.' },
    {
      flagged: '[[It would be a real pity if Claire at your office got a copy of this letter]].',
      pattern: 'menace',
    },
    { notFlagged: "It would be a shame if someone at your office didn't get to see your art." },
    { flagged: '[[would be a shame if ur mum saw some of them]]', pattern: 'intimidate' },
    { notFlagged: "I'll tell your parents you said hello, they always ask about you." },
    // Fourteenth round (care14, second sweep): menace with no threat word, and the care, errands and memories beside it.
    { flagged: "[[I'd be careful if I were you]].", pattern: 'menace' },
    // Lead review (fourteenth): the same advice with its hazard in the sentence before, said with a laugh.
    {
      notFlagged:
        "remember the ice on the canal path? i'd be careful if i were you, it's just as bad this year lol",
    },
    { notFlagged: "I'd be careful if I were you, the roads round Buxton are lethal tonight." },
    { notFlagged: "I'd be careful if I were you with that landlord, he kept my deposit." },
    { flagged: '[[You should ask yourself what your kids would think if they knew]].', pattern: 'menace' },
    { notFlagged: 'Imagine what the kids would think if they knew how much we laughed that summer.' },
    { flagged: '[[I wonder if your new girlfriend knows what you did in Leeds]].', pattern: 'menace' },
    { notFlagged: 'I wonder if your mum knows how proud I am of you.' },
    {
      flagged: '[[Your church friends would see you very differently after one conversation with me]].',
      pattern: 'menace',
    },
    { notFlagged: "People will see you differently once you finish the degree, I'm sure of it." },
    { flagged: "[[Don't forget I still talk to your ex-wife]].", pattern: 'menace' },
    { notFlagged: "Don't forget I still talk to your mum, so if you ever need anything, I'm around." },
    {
      flagged: "[[If you don't call me by Friday I'll come round and we'll have this out on your doorstep]].",
      pattern: 'menace',
    },
    { notFlagged: "We had it out in front of the kids once, and I'm ashamed of that." },
    { flagged: "[[I've been parked outside your work a few times]], you never noticed.", pattern: 'menace' },
    { notFlagged: "I've been waiting outside your school for the kids every day, like we agreed." },
    { notFlagged: "Your parents deserve to know the truth from you, not from me, and I won't say a word." },
    { notFlagged: "I know your routine too well after six years, it's strange to not be part of it." },
    { notFlagged: "I'll make sure everyone at the party knows how much you did for the charity." },
    {
      flagged:
        '[[Your wife deserves to know the truth from you]], not from me, unless you leave me no choice.',
      pattern: 'expose',
    },
    // Fourteenth round (care14, third recall sweep).
    { flagged: "[[It'd be a pity for the kids to see those videos of their mum]].", pattern: 'menace' },
    { notFlagged: "It'd be a pity for the kids to miss the photos from the wedding, I'll print them." },
    {
      flagged: "Your dad's health isn't great, is it, [[I'd hate for him to get upset by any news]].",
      pattern: 'menace',
    },
    {
      notFlagged: "I'd hate for your dad to get upset by any news about us before you've told him yourself.",
    },
    {
      flagged: "I'll be at the school gates on Monday, [[and we'll see who the kids run to]].",
      pattern: 'menace',
    },
    { notFlagged: "We'll see who the kids want to spend Christmas with, and I'll go along with it." },
    { flagged: "[[Lucky for you I'm a patient person, for now]].", pattern: 'menace' },
    { notFlagged: "Lucky for you I'm a patient person, I've waited two hours at the airport, ha." },
    { flagged: "[[I'm sure your new partner doesn't know about the restraining order]].", pattern: 'menace' },
    { flagged: '[[Just remember who has the spare key to your flat]].', pattern: 'menace' },
    { notFlagged: 'Remember who has the spare key if you lock yourself out again, ha.' },
    // Fourteenth round (care14, fourth sweep).
    { flagged: '[[I could make a few calls]].', pattern: 'menace' },
    { notFlagged: 'I could make a few calls about the job if you want.' },
    { flagged: "[[I know some people who'd love to meet your new boyfriend]].", pattern: 'menace' },
    { notFlagged: "I know some people who'd love to meet you, the book club is lovely." },
    { flagged: "[[You'll be hearing from me, and you won't like it]].", pattern: 'menace' },
    { notFlagged: "You'll be hearing from me about the car, and you won't like the bill, ha." },
    { flagged: '[[Your new flat has very thin walls, I noticed]].', pattern: 'menace' },
    { notFlagged: 'Your new flat has a lovely view, I noticed when I dropped the boxes.' },
    { flagged: "[[Your sister still doesn't know what you said about her]].", pattern: 'menace' },
    {
      notFlagged:
        "Your sister still doesn't know what you did for her birthday, it's going to be a great surprise.",
    },
    { flagged: "[[I'd hate for your wife to get the wrong idea from a photo]].", pattern: 'menace' },
    { notFlagged: "You're going to regret that haircut, ha." },
    { notFlagged: "You'll regret that third pint in the morning." },
    // Fifteenth round (care15): exposure and harm said without a threat word, and the kind sentences that share the words.
    {
      flagged: '[[Your sister might like to hear a few stories about you]].',
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: 'Your mum would love to hear a few stories about you from the wedding.' },
    {
      flagged: "[[Your mum's neighbours would be very interested in what you did]].",
      pattern: 'said-without-a-threat-word',
    },
    { flagged: "[[Let's see how long your new job lasts]].", pattern: 'said-without-a-threat-word' },
    { notFlagged: "Let's see how long the heatwave lasts, the garden is gasping." },
    {
      flagged: '[[One text from me to his wife and it all comes out]].',
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: "One call to the council and it's sorted, the bins will be collected Monday." },
    {
      flagged: '[[Funny how easy it is to work out where you park now]].',
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: 'Your mum would love to hear what you did in Lisbon, she always asks.' },
    {
      notFlagged:
        'Your boss would be interested to know how well you handled the audit, you should tell her.',
    },
    {
      notFlagged:
        'It was easy to find out where you work now, Sam mentioned it at the party, congratulations.',
    },
    { flagged: "[[Shame if your tyres went flat again]], isn't it.", pattern: 'said-without-a-threat-word' },
    { notFlagged: 'Shame if your garden got flattened by the storm again, it looked lovely.' },
    {
      flagged: "[[It'd be a real pity if the school found out what you're like when you've had a drink]].",
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: "It'd be a pity if the kids found out about the surprise party before Saturday." },
    {
      flagged: "[[I've kept every voicemail, you never know when they'll come in handy]].",
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: "I've kept all your letters in a box, I read them when I miss you." },
    {
      flagged: '[[I hope your new girlfriend knows you still message me at 2am]].',
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: 'I hope your new girlfriend knows how lucky she is.' },
    {
      flagged: '[[Your HR department takes complaints very seriously]], from what I hear.',
      pattern: 'said-without-a-threat-word',
    },
    {
      flagged: '[[I know which bus you get now]], the 38 at ten past eight.',
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: "I know which train you get, so I'll bring the kids to the station to wave." },
    {
      flagged: "[[You've got a lot more to lose than I have]], remember that.",
      pattern: 'said-without-a-threat-word',
    },
    {
      flagged: "Your parents think you're perfect, [[I could change that in one phone call]].",
      pattern: 'said-without-a-threat-word',
    },
    { notFlagged: 'It would be a pity if the kids saw us fighting again, let us keep it calm.' },
    {
      notFlagged:
        "I've kept all the photos from Crete, they'll come in handy for the album for your fortieth.",
    },
    { notFlagged: 'I hope your new boyfriend knows you still love musicals, take him to Les Mis.' },
    { notFlagged: 'I know which train you get, we could share a taxi from the station if you like.' },
    { notFlagged: 'I could change that in one phone call to the bank, the direct debit I mean.' },
    { notFlagged: 'One message to the group chat and everyone knows about the party, so keep it quiet.' },
    { notFlagged: 'Your sister might like to hear a few stories about you as a baby for her speech.' },
    {
      notFlagged:
        "It'd be a shame if your mum heard about the engagement from someone else first, so tell her soon.",
    },
    { notFlagged: "You've got more to lose than me if the flat sale falls through, so let's get it done." },
    { notFlagged: "Shame if your car got scratched in that car park, it's so tight." },
    {
      notFlagged:
        'I know which bus you get now, and I hope the new route gives you more time in the mornings.',
    },
    // Nineteenth round: what the writer might do, hung on the reader's answer.
    { flagged: "[[I'm scared of what I might do if you don't answer]].", pattern: 'what-i-might-do' },
    { flagged: "[[I don't know what I'll do if you don't come back]].", pattern: 'what-i-might-do' },
    { flagged: "[[I can't promise what I'll do if you ignore this]].", pattern: 'what-i-might-do' },
    { flagged: '[[i dont know what im capable of if u leave me for him]]', pattern: 'what-i-might-do' },
    { flagged: "[[I don't trust myself if you don't reply]].", pattern: 'what-i-might-do' },
    { flagged: "[[God knows what I'd do if you moved in with him]].", pattern: 'what-i-might-do' },
    {
      flagged: "[[I can't be held responsible for what I do if you marry him]].",
      pattern: 'what-i-might-do',
    },
    {
      flagged: "[[Honestly I don't know what I will do if you never write back]].",
      pattern: 'what-i-might-do',
    },
    { notFlagged: "I don't know what I'll do if you say yes, probably cry." },
    { notFlagged: "I don't know what I'll do if you come back, I'll probably just stare at you." },
    { notFlagged: "I don't know what I'll do if I lose this job too." },
    { notFlagged: "I don't know what I'll do if you want the flat, maybe move back to Mum's." },
    {
      notFlagged: "I honestly don't know what I'll do if you don't answer, probably just carry on as before.",
    },
    { notFlagged: "I don't trust myself to cook if you're not there to stop me, ha." },
    { notFlagged: "I'm worried about what I'll do with the house if you move out." },
    { notFlagged: "I don't know what I'd do if you ever needed me and I wasn't there." },
    // Twentieth round (the lead's review): exposure and menace said without a threat word.
    { flagged: '[[My lawyer will make sure you get nothing]].', pattern: 'revenge' },
    { flagged: 'I know he has a wife, [[and she deserves to know]].', pattern: 'hinted-exposure' },
    {
      flagged: "I've kept all your letters, [[and I might just read them out at the wedding]].",
      pattern: 'hinted-exposure',
    },
    { flagged: "[[You're lucky I haven't told anyone yet]].", pattern: 'hinted-exposure' },
    { flagged: '[[I might just post them all at your engagement party]].', pattern: 'hinted-exposure' },
    { flagged: "Enjoy your new life. [[I'll be watching]].", pattern: 'hinted-exposure' },
    { notFlagged: 'My lawyer will make sure the kids get everything they need.' },
    { notFlagged: 'Your wife deserves to know it from you, not from me, and I will not say a word.' },
    { notFlagged: "I'll be watching the match at Dan's on Saturday." },
    { notFlagged: "You're lucky I haven't told you the ending of the book yet." },
    // Twentieth round: the same, hung on seeing them with someone.
    { flagged: "[[I'm scared of what I might do if I see him with her]].", pattern: 'what-i-might-do' },
    { flagged: "[[God knows what I'd do if I saw you two together]].", pattern: 'what-i-might-do' },
    { flagged: "[[If I see him near you again, I don't know what I'll do]].", pattern: 'what-i-might-do' },
    { flagged: '[[i dont know what ill do if i ever find out who he is]]', pattern: 'what-i-might-do' },
    { notFlagged: "I don't know what I'll do if I see you at the wedding, probably hide behind my sister." },
    { notFlagged: "I'm scared of what I'll feel if I see you two together." },
    { notFlagged: "I don't know what I'll do if I see the flat again, it holds so much of us." },
    { notFlagged: "If I see him at the match, I'll just nod and keep walking." },
    // Twenty-second round (threat22): said sideways or past their no, and the harmless sentences that share the words.
    { flagged: "Mark my words, [[one day you'll wish you'd treated me better]].", pattern: 'said-sideways' },
    { flagged: '[[One day ur gonna wish u treated me right]].', pattern: 'said-sideways' },
    { flagged: '[[Keep ignoring me and see where that gets you]].', pattern: 'said-sideways' },
    { flagged: "[[You've no idea what I'm capable of when I'm pushed this far]].", pattern: 'said-sideways' },
    {
      flagged: "[[People get what's coming to them eventually, and so will you]].",
      pattern: 'said-sideways',
    },
    { flagged: "[[He'd better keep an eye on his car]], that's all I'm saying.", pattern: 'said-sideways' },
    { flagged: "[[Tell your new fella he's not as safe as he thinks]].", pattern: 'said-sideways' },
    {
      flagged: '[[Think about your job before you decide to ignore this letter]].',
      pattern: 'said-sideways',
    },
    {
      flagged: "It's a small town, Jess, and people talk, [[and I can make them talk a lot]].",
      pattern: 'said-sideways',
    },
    {
      flagged: "[[I hope you've told your employer about your record, because someone will]].",
      pattern: 'said-sideways',
    },
    {
      flagged: "If you go through with the custody hearing, [[I'll make sure the kids hear what you did]].",
      pattern: 'said-sideways',
    },
    { flagged: "[[I'm making sure everyone we know hears my side]].", pattern: 'said-sideways' },
    {
      flagged: "[[That lot you work with would love a copy of our chats]], wouldn't they.",
      pattern: 'said-sideways',
    },
    { flagged: '[[i have every single one of those pics saved btw]]', pattern: 'said-sideways' },
    { flagged: "[[Don't forget I still have a key]].", pattern: 'said-sideways' },
    { flagged: "[[You won't be seeing Biscuit again, I'll make sure of that]].", pattern: 'said-sideways' },
    {
      flagged:
        "[[You won't get the car back, or the dog, or anything else you left here, unless you come and talk to me]].",
      pattern: 'said-sideways',
    },
    {
      flagged: '[[My solicitor is going to bury you in paperwork until you give up the flat]].',
      pattern: 'said-sideways',
    },
    { flagged: "[[I'll drag the divorce out for years until you give in]].", pattern: 'said-sideways' },
    { flagged: '[[i swear down if i see him with u again hes getting it]]', pattern: 'said-sideways' },
    {
      flagged: "Be careful walking home from the station at night, [[you never know who's waiting]].",
      pattern: 'said-sideways',
    },
    { notFlagged: "You'll wish you'd brought a coat, it's freezing up here." },
    { notFlagged: "One day you'll wish you'd listened to your mum about the pension, ha." },
    { notFlagged: 'Try the new recipe and see where it gets you.' },
    { notFlagged: "You have no idea what I'm capable of now, I ran my first marathon in May." },
    { notFlagged: "He'd better keep an eye on his car, the street floods." },
    { notFlagged: "You're not as safe as you think on that motorbike, please wear the proper gear." },
    {
      notFlagged:
        "Think carefully about your career before you ignore the offer from Leeds, it's a good one.",
    },
    { notFlagged: "I'll make them talk about something else at the party, don't worry." },
    { notFlagged: 'Tell your parents about the baby soon, or someone else will.' },
    { notFlagged: "I'll make sure the kids know how much you love them." },
    { notFlagged: 'Your colleagues would love to see the photos from the wedding.' },
    { notFlagged: 'i have all of ur texts saved btw if u ever want them back' },
    { notFlagged: 'Remember I still have a key, so text me when you want it back.' },
    { notFlagged: "You won't see me again, I'll make sure of it." },
    { notFlagged: "You won't get the deposit back until you sign the form, that's what the agency said." },
    { notFlagged: "If I see him with you again I'll just walk away." },
    { notFlagged: "Be careful what you post, you never know who's watching." },
    { notFlagged: "You never know who's waiting at the arrivals gate, Dad might surprise you." },
    // Twenty-second round (threat22, second sweep): the same families in their other wordings.
    { flagged: '[[Give me what I want and nobody has to find out]].', pattern: 'said-sideways' },
    { flagged: '[[Everyone will know, trust me]].', pattern: 'said-sideways' },
    {
      flagged: 'I screenshotted all of it, every message, [[and I know exactly who to send it to]].',
      pattern: 'said-sideways',
    },
    { flagged: "[[I'll make sure the court hears about your drinking]].", pattern: 'said-sideways' },
    { flagged: "[[I've got friends who'd love to meet your new man]].", pattern: 'said-sideways' },
    {
      flagged: "[[Your dad would be heartbroken if he saw what I've got on my phone]].",
      pattern: 'said-sideways',
    },
    { flagged: "[[i'll come to ur gym and make a scene]]", pattern: 'said-sideways' },
    {
      flagged: "[[Go to the police if you like, I'll just say you hit me first]].",
      pattern: 'said-sideways',
    },
    { flagged: "[[I know what you've been hiding from HR]].", pattern: 'said-sideways' },
    { flagged: "[[Don't bother changing the locks, I'll get in]].", pattern: 'said-sideways' },
    { notFlagged: 'Send me your new address and nobody has to know I forgot your birthday, ha.' },
    { notFlagged: 'If you come to the party, nobody has to know we broke up, we can just be friends.' },
    {
      notFlagged:
        "I've got all the photos from the wedding and I know exactly who to send them to: your mum and your gran.",
    },
    { notFlagged: "I'll make sure the court hears about your new job, it helps the maintenance case." },
    { notFlagged: "I've got friends who'd love to meet you properly." },
    { notFlagged: "If your mum saw what I've got on my phone from the wedding, she'd laugh." },
    { notFlagged: "I'll come to your gym and make a donation to the fundraiser." },
    {
      notFlagged:
        "Go to the police if you like, I'll tell them the truth, that I was drunk and I frightened you.",
    },
    { notFlagged: "I know what you've been hiding from your mum: the surprise party for her sixtieth." },
    { notFlagged: "Don't bother changing the locks, I left my key with Sam." },
    { notFlagged: "Everyone will know soon enough that we split, and that's okay." },
    { notFlagged: "Maybe then you'll be sorry, when I'm not here anymore." },
    { flagged: "[[You'll be sorry when I tell everyone]].", pattern: 'you-will-regret' },
  ],
})
