// Intimidation, exposure and revenge: "you'll regret this", "I'll tell everyone what you did",
// "I know where you live". Telling everyone something kind, or promising discretion, is not a threat.
import { defineRule } from '../define.js'

/** The writer announcing what they will (or could) do. */
const I_WILL =
  "(?:i'?ll|i\\s+will|ill|i\\s+shall|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna)|i\\s+am\\s+(?:going\\s+to|gonna)|i\\s+(?:could|can|might|swear\\s+i'?ll|promise\\s+(?:you\\s+)?i'?ll)|i\\s+won'?t\\s+hesitate\\s+to)(?:\\s+(?:just|really|personally|definitely|make\\s+sure\\s+to|happily|gladly|also|even|then|simply))?"
/** People the reader would not want told: everyone, or someone close to them. */
const AUDIENCE =
  '(?:every(?:one|body|1)|the\\s+(?:whole\\s+)?world|all\\s+(?:your|ur|our)\\s+(?:friends|family|colleagues|coworkers)|(?:your|ur)\\s+(?:new\\s+)?(?:boss|parents|family|mum|mom|dad|mother|father|sister|brother|husband|wife|boyfriend|girlfriend|bf|gf|partner|fianc[ée]e?|kids|children|friends|colleagues|coworkers|work|job|employer|church|school|neighbours|neighbors)|him|her|them|online|on\\s+(?:facebook|fb|instagram|insta|ig|twitter|x|tiktok|snapchat|social\\s+media|the\\s+internet|reddit)|the\\s+internet|the\\s+police|the\\s+cops)'
/** What they would not want shown or told. */
const SECRETS =
  "(?:what\\s+(?:you|u)\\s+(?:did|done|'?ve\\s+done|have\\s+done|really\\s+(?:are|did))|who\\s+(?:you|u)\\s+really\\s+(?:are|is)|what\\s+kind\\s+of\\s+(?:person|man|woman|girl|guy)\\s+(?:you|u)\\s+(?:really\\s+)?(?:are|is)|how\\s+(?:you|u)\\s+(?:really\\s+)?(?:treated|cheated|lied|used)|the\\s+truth\\s+about\\s+(?:you|u|us|what)|(?:all\\s+)?(?:your|ur)\\s+(?:dirty\\s+)?(?:little\\s+)?secrets?|about\\s+(?:us|you|u|your\\s+affair|the\\s+affair|our\\s+affair|what\\s+(?:you|u|we)\\s+did)\\b|everything\\s+(?:about\\s+(?:you|u|us)|you\\s+(?:did|told\\s+me))|(?:your|ur|those|the|these|our|all\\s+(?:the|your|ur|our))\\s+(?:private\\s+|intimate\\s+|naked\\s+|nude\\s+|sexy\\s+|personal\\s+)?(?:photos|pictures|pics|nudes|videos|vids|screenshots|messages|texts|dms|emails|letters|recordings|diary))"

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
      re: "{B}(?:you|u|ya)(?:'ll|ll|\\s+will|'re\\s+(?:going\\s+to|gonna)|re\\s+(?:going\\s+to|gonna)|\\s+are\\s+(?:going\\s+to|gonna)|r\\s+(?:going\\s+to|gonna))(?:\\s+(?:really|truly|so|definitely|surely|certainly|deeply|bitterly|soon|all))?\\s+(?:regret\\s+(?!(?:nothing|anything|a\\s+thing|it\\s+not|not|giving|trying|letting\\s+me|reading)\\b)|be\\s+sorry(?![\\p{L}])(?!\\s+(?:to|that|for\\s+me|you\\s+missed))|pay\\s+(?:for\\s+(?:this|that|it|what|everything)|dearly)|pay(?=\\s*[.!,]|$))",
    },
    {
      id: 'expose',
      // "I'll tell everyone what you did", "I'll post your photos online", "I'll tell your husband about us".
      re: [
        `{B}${I_WILL}\\s+(?:tell|show|send|post|share|leak|forward|publish|put|spread|upload|reveal|expose|text|email|message)\\b[^.!?\\n]{0,40}?\\b${AUDIENCE}\\b[^.!?\\n]{0,30}?${SECRETS}`,
        `{B}${I_WILL}\\s+(?:tell|show|send|post|share|leak|forward|publish|put|spread|upload|reveal|expose)\\s+${SECRETS}[^.!?\\n]{0,40}?\\b(?:to\\s+|with\\s+)?${AUDIENCE}\\b`,
        `{B}${I_WILL}\\s+(?:post|share|leak|send|show|publish|upload|spread|sell)\\s+(?:your|ur|the|those|these|our|all\\s+(?:your|ur|the|our))\\s+(?:nudes|naked\\s+\\w+|intimate\\s+\\w+|sex\\s+tape|private\\s+(?:photos|pictures|pics|videos|vids))`,
        `{B}${I_WILL}\\s+(?:tell|call|ring|phone|email|e-mail|text|message|contact|write\\s+to|talk\\s+to|speak\\s+to|go\\s+to|visit|report\\s+(?:you|u)\\s+to)\\s+(?:your|ur)\\s+(?:boss|employer|manager|hr|husband|wife|fianc[ée]e?|new\\s+(?:boyfriend|girlfriend|partner|bf|gf|man|woman|guy|girl))(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:tell|let)\\s+${AUDIENCE}\\s+(?:know\\s+)?${SECRETS}`,
        `{B}${I_WILL}\\s+(?:make\\s+sure\\s+)?(?:everyone|everybody|the\\s+whole\\s+world|the\\s+world|they|he|she)\\s+(?:knows?|finds?\\s+out|sees?)\\s+(?:what|who|how|the\\s+truth|about)`,
        "{B}(?:everyone|everybody|the\\s+(?:whole\\s+)?world|(?:your|ur)\\s+(?:new\\s+)?(?:boss|parents|family|husband|wife|boyfriend|girlfriend|partner))\\s+(?:will|'ll|is\\s+going\\s+to|is\\s+gonna)\\s+(?:soon\\s+)?(?:know|find\\s+out|see|learn|hear)\\s+(?:what\\s+(?:you|u)|who\\s+(?:you|u)|the\\s+truth|about\\s+(?:you|u|us|your|the\\s+affair)|how\\s+(?:you|u))",
        `{B}(?:do\\s+(?:you|u)\\s+want|would\\s+(?:you|u)\\s+like|how\\s+would\\s+(?:you|u)\\s+like)\\s+(?:me\\s+to\\s+(?:tell|show|send|post)|${AUDIENCE}\\s+to\\s+(?:know|see|find\\s+out|hear))\\b[^.!?\\n]{0,40}?${SECRETS}`,
      ].join('|'),
    },
    {
      id: 'revenge',
      // "I'll make you pay", "I'll ruin your life", "I'll get my revenge", "he'd better watch his back".
      re: [
        `{B}${I_WILL}\\s+(?:make\\s+(?:you|u|him|her|them)\\s+(?:pay|suffer|regret|sorry)|make\\s+(?:your|ur|his|her|their)\\s+life\\s+(?:a\\s+)?(?:living\\s+)?(?:hell|misery|miserable|a\\s+nightmare|nightmare)|ruin\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\s+(?:life|reputation|career|name|job|wedding|marriage|relationship|new\\s+relationship|happiness|family))|destroy\\s+(?:you|u|him|her|them|(?:your|ur|his|her|their)\\b)|get\\s+(?:my\\s+)?revenge|have\\s+my\\s+revenge|get\\s+back\\s+at\\s+(?:you|u|him|her|them)|get\\s+even\\s+with|(?:hurt|kill|beat\\s+up|punch|hit|find)\\s+(?:him|her|them)\\b(?!\\s+(?:a|the)\\s+(?:gift|present|card))|kill\\s+(?:you|u)\\b|beat\\s+(?:him|her|them)\\s+up|take\\s+(?:the\\s+kids|the\\s+children|everything|the\\s+house|it\\s+all)\\s+(?:from|away\\s+from)\\s+(?:you|u))`,
        '{B}(?:revenge\\s+(?:is|will\\s+be)\\s+(?:mine|coming|sweet)|(?:i\\s+want|i\\s+will\\s+have|i\\s+need)\\s+revenge)',
      ].join('|'),
    },
    {
      id: 'intimidate',
      // "I know where you live", "watch your back", "you don't know what I'm capable of".
      re: [
        "{B}i\\s+(?:still\\s+)?(?:have|kept|'?ve\\s+(?:still\\s+)?got|know)\\s+(?:your|ur|his|her)\\s+(?:passwords?|pin|passcode|login|logins|nudes|naked\\s+\\w+|private\\s+(?:photos|pictures|pics|videos|messages))(?![\\p{L}])",
        "{B}i\\s+know\\s+where\\s+(?:you|u|he|she|they|ya)\\s+(?:live|work|sleep|are\\s+staying|'?re\\s+staying|go\\s+(?:every|each|at)|park|hang\\s+out)\\b",
        '{B}(?:watch|mind)\\s+(?:your|ur|his|her|their)\\s+back\\b',
        "{B}(?:you|u|he|she|they)(?:'d|\\s+had|d)\\s+better\\s+(?:watch\\s+(?:out|it|yourself|himself|herself|your\\s+back|his\\s+back|her\\s+back)|be\\s+careful|sleep\\s+with\\s+one\\s+eye|run|hide)\\b",
        "{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i'?m\\s+capable\\s+of|{B}(?:you|u)\\s+(?:have\\s+no\\s+idea|don'?t\\s+know|dont\\s+know|do\\s+not\\s+know)\\s+what\\s+i\\s+am\\s+capable\\s+of",
        "{B}don'?t\\s+make\\s+me\\s+(?:do\\s+something|come\\s+(?:over|there|to)|show|tell|hurt|expose|use)\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+see\\s+what\\s+happens\\b",
        "{B}(?:you|u)(?:'ll|ll|\\s+will)\\s+(?:never|not)\\s+(?:be\\s+)?(?:safe|at\\s+peace|happy\\s+again)\\b(?!\\s+(?:if|unless|until))",
      ].join('|'),
    },
  ],
  antipatterns: [
    // Worry, or fear of doing harm, is not a threat: "I'm scared I'll hurt her feelings".
    "\\b(?:afraid|scared|worried|terrified|fear|don'?t\\s+want|never\\s+want|would\\s+never|will\\s+never|won'?t\\s+ever)\\b[^.!?\\n]{0,20}?\\b(?:i'?ll|i\\s+will|i\\s+might|i\\s+could|to)\\s+(?:hurt|ruin|destroy)",
    '\\b(?:hurt|ruin|destroy)\\s+(?:his|her|their|your)\\s+(?:feelings|chances)\\b',
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
    { notFlagged: "I'll tell everyone how much you meant to me." },
    { notFlagged: "You'll regret nothing, I promise; it will be your choice." },
    { notFlagged: "I won't tell anyone what you told me." },
    { notFlagged: "I'll show you the photos from our trip if you ever want them." },
    { notFlagged: "You won't regret giving us one more conversation." },
    { notFlagged: "I'd regret it forever if I didn't write this." },
    { notFlagged: "I'm scared I'll hurt you again, so I'm getting help." },
    { notFlagged: "I'll get even better at listening, I promise." },
    { notFlagged: 'I can post your jumper back to you if you want.' },
    { notFlagged: 'What you told me about your dad stays between us, always.' },
    { notFlagged: 'My sister said "you will regret this" and maybe she was right.' },
  ],
})
