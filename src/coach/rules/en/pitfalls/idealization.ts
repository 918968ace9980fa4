// Describing the reader or the past as perfect: "we were the perfect couple", "you're flawless",
// "we never fought". A perfect evening remembered is a memory; "it wasn't perfect, but it was ours"
// is lucid; "we looked like the perfect couple" describes appearances, not the relationship.
import { defineRule } from '../define.js'

/** Intensifiers before the ideal. */
const SO =
  '(?:\\s+(?:just|so|truly|absolutely|simply|completely|totally|literally|honestly|always|really|pure|pretty\\s+much|basically))*'
/** What the writer idealizes: the two of them, the relationship, the past together. */
const US =
  "(?:we|ours|the\\s+two\\s+of\\s+us|you\\s+and\\s+(?:me|i)|u\\s+and\\s+me|us\\s+two|our\\s+(?:(?:first|little|old|tiny|own|lovely|cosy|cozy|shared)\\s+)?(?:relationship|union|partnership|love(?:\\s+(?:story|affair))?|life|life\\s+together|time\\s+together|marriage|story|bond|connection|years(?:\\s+together)?|home|romance|flat|house|apartment|place|cottage|room)(?:\\s+(?:in|at|on|by|over|near|above|off)\\s+(?:the\\s+)?[\\p{L}']+(?:\\s+(?:street|road|lane|avenue|square|park|hill|place|terrace|row|close|drive|way|walk|gardens|crescent|grove|mews|court|parade|green|quay|wharf|heights|rise|vale|sea|beach|river|canal|bay|harbour|lake))?){0,2}|(?:those|these|all\\s+those|our)\\s+(?:\\p{L}+\\s+)?(?:years|months|summers)(?:\\s+(?:together|with\\s+(?:you|u)))?|what\\s+we\\s+(?:had|shared|built)|the\\s+(?:years|time|days|months|life)\\s+we\\s+(?:shared|had|spent)(?:\\s+together)?|everything(?:\\s+(?:between\\s+us|about\\s+us|with\\s+(?:you|u)))?|it\\s+all|things(?:\\s+(?:between\\s+us|with\\s+(?:you|u)))?|(?:my\\s+)?life\\s+with\\s+(?:you|u)|being\\s+with\\s+(?:you|u)|every\\s+(?:single\\s+)?(?:moment|day|minute|second)\\s+(?:with\\s+(?:you|u)|together|we\\s+(?:spent|shared)))"
/** Past or present, never a wish or a promise. */
const WAS =
  "\\s+(?:was|were|is|are|'?re|felt|has\\s+always\\s+been|had\\s+always\\s+been|'?ve\\s+always\\s+been|have\\s+always\\s+been|always\\s+(?:was|were|felt)|used\\s+to\\s+be)"
/** "you're" or "you were", with texting forms. */
const YOU_ARE = "you'?re|you\\s+are|you\\s+were|youre|ur|u\\s+r|u\\s+are|u\\s+were"
const IDEAL =
  "(?:perfect|flawless|ideal|perfection|a\\s+fairy\\s?tale|like\\s+a\\s+fairy\\s?tale|straight\\s+out\\s+of\\s+a\\s+(?:fairy\\s?tale|movie|film)|(?:like\\s+)?a\\s+dream\\s+come\\s+true|(?:like\\s+)?a\\s+(?:beautiful\\s+|perfect\\s+|long\\s+)?dream(?=\\s*(?:[.!,;…]|$))|perfect\\s+in\\s+every\\s+(?:way|sense|respect)|like\\s+(?:a|something\\s+(?:out\\s+of|from)\\s+a)\\s+(?:movie|film|fairy\\s?tale|romance\\s+novel|love\\s+song)(?=\\s*(?:[.!,;…]|$))|paradise|heaven\\s+on\\s+earth|once[\\s-]in[\\s-]a[\\s-]lifetime|one\\s+in\\s+a\\s+(?:million|billion)|written\\s+in\\s+the\\s+stars|heaven[\\s-]sent|pure\\s+heaven|(?:like\\s+)?heaven(?=\\s*(?:[.!;…]|$))|(?:destined|fated)(?:\\s+to\\s+be(?:\\s+together)?)?(?=\\s*(?:[.!,;…]|$))|the\\s+best\\s+thing\\s+that\\s+(?:has\\s+)?ever\\s+happened\\s+to\\s+(?:anyone|anybody|me|the\\s+world)|(?:the|a)\\s+(?:love\\s+story|romance|love|couple|marriage)\\s+(?:of\\s+the\\s+(?:century|decade|age|ages|millennium)|of\\s+all\\s+time|for\\s+the\\s+ages|for\\s+the\\s+(?:history\\s+|record\\s+)?books|(?:people|they)\\s+(?:will|'ll|would)\\s+(?:write|sing|make)\\s+(?:songs|books|films|movies)\\s+about)|the\\s+(?:greatest|best|biggest|most\\s+beautiful)\\s+(?:love|love\\s+story|romance)\\s+(?:of\\s+all\\s+time|ever\\s+(?:told|known|written)|in\\s+history|the\\s+world\\s+has\\s+(?:ever\\s+)?(?:seen|known))|the\\s+stuff\\s+of\\s+(?:legends?|fairy\\s?tales|dreams|movies|films)|the\\s+(?:happiest|best|most\\s+beautiful|loveliest|most\\s+magical|most\\s+perfect)\\s+(?:place|home|flat|house|time|years?|days?|life|thing)\\s+(?:on\\s+(?:god'?s\\s+(?:green\\s+)?)?earth|in\\s+the\\s+(?:whole\\s+)?(?:world|universe)|(?:a\\s+(?:man|woman|person)|anyone|anybody|two\\s+people)\\s+(?:could|can|will|has|have|'?ll)\\s+(?:ever\\s+)?(?:have|had|ask\\s+for|know|known|dream\\s+of|wish\\s+for))|pure\\s+(?:bliss|magic|perfection|sunshine|joy|happiness|gold)|nothing\\s+but\\s+(?:sunshine|joy|happiness|laughter)|all\\s+sunshine(?:\\s+and\\s+(?:roses|rainbows))?|magic(?:al)?|unbreakable|invincible|untouchable|ordained\\s+by\\s+(?:god|heaven|the\\s+lord|allah)|without\\s+(?:an?\\s+)?equal|unequall?ed|unrivall?ed|peerless|matchless|beyond\\s+compare|second\\s+to\\s+none|(?:a|an)\\s+(?:gift|blessing|miracle)\\s+(?:straight\\s+|sent\\s+)?from\\s+(?:god|heaven|above|the\\s+lord|allah|the\\s+heavens|the\\s+universe)|(?:a\\s+)?(?:little\\s+)?(?:piece|slice|taste|corner)\\s+of\\s+(?:heaven|paradise)|like\\s+living\\s+in\\s+a\\s+(?:dream|fairy\\s?tale|movie|film)|(?:like\\s+)?a\\s+dream\\s+(?:i|we)\\s+never\\s+wanted\\s+to\\s+(?:wake|end)|like\\s+something\\s+(?:out\\s+of|from)\\s+an?\\s+(?!(?:horror|disaster|soap|crime|war|bad|nightmare|sitcom|thriller|tragedy|tragic|greek|kitchen)(?![\\p{L}]))(?:[\\p{L}'-]+\\s+){0,2}?(?:movie|film|novel|fairy\\s?tale|rom-?com|love\\s+song|storybook|romance)|without\\s+(?:a\\s+single\\s+|any\\s+)?(?:flaws?|faults?|problems?|fights?))(?![\\p{L}])"

export default defineRule({
  id: 'idealization',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Idealizing',
  summary: 'The reader or the past described as perfect.',
  message:
    "Painting the past or the reader as perfect can feel unreal to them: they remember the hard moments too, and may wonder whether you see them as they are. Name what was good, concretely, and let it sit beside what wasn't.",
  patterns: [
    {
      id: 'perfect-us',
      // "Everything was perfect between us", "our relationship was a fairy tale", "we were perfect together".
      re: `{NOT_NEGATED}{B}${US}${WAS}(?:,\\s*[^,.!?\\n]{1,25},)?${SO}\\s+${IDEAL}`,
      suggest: ['We had many happy moments, and hard ones too.'],
    },
    {
      id: 'perfect-couple',
      // "We were the perfect couple, everyone envied us", "we were made for each other", "we never fought".
      re: [
        "{B}(?:we\\s+(?:were|are|was|'?re)|we\\s+had|(?:ours|it|this|that)\\s+(?:was|is))(?:\\s+(?:just|truly|really|simply|always|literally|honestly|actually|basically|genuinely))?\\s+(?:the|a|such\\s+a)\\s+(?:perfect|ideal|dream|fairy\\s?tale|flawless|model|golden)\\s+(?:couple|pair|match|relationship|love(?:\\s+story)?|marriage|romance|team|family|life)(?![\\p{L}])|{B}i\\s+had\\s+(?:the|a)\\s+perfect\\s+(?:woman|man|girl|guy|partner|wife|husband|girlfriend|boyfriend|life|family|relationship|marriage)(?![\\p{L}])",
        "{NOT_NEGATED}{B}we\\s+(?:were|are|'?re)\\s+(?:just\\s+|truly\\s+|really\\s+|simply\\s+|always\\s+)?(?:(?:made|meant|perfect|born)\\s+for\\s+each\\s+other|soul\\s?mates(?![\\p{L}]))",
        "{NOT_NEGATED}{B}we\\s+(?:were|are|'?re)\\s+(?:just\\s+|truly\\s+|simply\\s+)?meant\\s+to\\s+be(?:\\s+together)?(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:every(?:one|body)|all\\s+(?:of\\s+)?our\\s+friends|the\\s+whole\\s+world|people)\\s+(?:(?:was|were)\\s+(?:so\\s+)?(?:jealous|envious)\\s+of\\s+us|envied\\s+us|wanted\\s+(?:what\\s+we\\s+had|a\\s+love\\s+like\\s+ours|to\\s+be\\s+us))',
        '{B}(?:a\\s+)?match\\s+made\\s+in\\s+heaven|{B}we\\s+were\\s+(?:always\\s+)?the\\s+couple\\s+(?:that\\s+|who\\s+)?(?:they|people|every(?:one|body)|(?:all\\s+)?our\\s+friends|the\\s+others)(?:\\s+all)?\\s+(?:wanted\\s+to\\s+be(?:\\s+like)?|envied|looked\\s+up\\s+to)(?![\\p{L}])|(?<!(?:parents|grandparents|they|friends|[a-z]+\\s+and\\s+[a-z]+)\\s+(?:were|are)\\s+(?:the\\s+)?){B}(?:the\\s+)?couple\\s+(?:that\\s+)?every(?:one|body)\\s+(?:wanted\\s+to\\s+be|envied|was\\s+jealous\\s+of|wanted\\s+to\\s+copy)',
        // Never a bad day, had it all, always wonderful: "there was never a bad day with you", "we had it all".
        '{B}(?:there\\s+was\\s+(?:never|not)|we\\s+never\\s+(?:once\\s+)?had|i\\s+never\\s+(?:once\\s+)?had|not)\\s+(?:a|one|a\\s+single|one\\s+single)\\s+(?:bad|sad|unhappy|dull|boring)\\s+(?:day|moment|minute|night)\\s+(?:with\\s+(?:you|u)|together|between\\s+us)',
        '{B}we\\s+never\\s+(?:once\\s+)?(?:had|said|exchanged)\\s+(?:a|one|a\\s+single)\\s+(?:cross|bad|harsh|angry|unkind|mean)\\s+word|{B}there\\s+(?:was|were)\\s+never\\s+(?:once\\s+)?(?:a|one|a\\s+single)\\s+(?:cross|bad|harsh|angry|unkind|mean)\\s+word\\s+(?:between\\s+us|in\\s+(?:all\\s+)?(?:those|our|\\w+)\\s+(?:\\w+\\s+)?years|until)|{B}(?:two\\s+halves\\s+of\\s+(?:a|the\\s+same)\\s+(?:whole|heart|soul|coin)|(?:the\\s+)?(?:kind|sort)\\s+of\\s+(?:love|relationship|couple|romance)\\s+(?:that\\s+)?(?:most\\s+)?(?:people|others)\\s+(?:only\\s+)?(?:dream\\s+(?:of|about)|wait\\s+(?:their\\s+)?(?:whole\\s+)?li(?:fe|ves)\\s+for|never\\s+find))',
        '{NOT_NEGATED}{B}we\\s+were\\s+(?:so\\s+)?happy\\s+every\\s+(?:single\\s+)?day(?=\\s*(?:[.!,;…]|$)|\\s+(?:we\\s+(?:were|spent)\\s+together|together|of\\s+our\\s+(?:life|lives|marriage|relationship))\\b)',
        '{NOT_NEGATED}{B}we\\s+(?:had|have)\\s+(?:it\\s+all|everything)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|but|once|back\\s+then|together)\\b)',
        `{NOT_NEGATED}{B}${US}\\s+(?:was|were|felt)\\s+always\\s+(?:so\\s+)?(?:wonderful|amazing|great|beautiful|easy|happy|fun|effortless|magical|incredible)(?=\\s*(?:[.!,;…]|$)|\\s+(?:together|with\\s+(?:each\\s+other|you|u|us)|back\\s+then|between\\s+us)\\b)`,
        '{B}no\\s+(?:other\\s+)?(?:couple|two\\s+people)\\s+(?:was|were|has\\s+ever\\s+been|have\\s+ever\\s+been|could\\s+ever\\s+be|will\\s+ever\\s+be)\\s+(?:ever\\s+)?(?:as|so|more)\\s+(?:happy|in\\s+love|perfect|close)',
        '{B}(?:no\\s*one|nobody|no\\s+(?:other\\s+)?(?:couple|two\\s+people))\\s+(?:has\\s+|have\\s+|had\\s+)?ever\\s+(?:loved|been\\s+(?:as\\s+|so\\s+)?(?:happy|in\\s+love))\\s+(?:like|the\\s+way|as\\s+much\\s+as|as)\\s+(?:we\\s+(?:did|do|were|had)|us)(?![\\p{L}])',
        '{B}(?:years|months|days|time|summers|life|decades?)\\b[^.!?\\n]{0,50}?\\bwithout\\s+(?:a\\s+single|one\\s+single|one|a|any)\\s+(?:bad|sad|unhappy|dull|boring|cross)\\s+(?:day|moment|minute|night|word)(?![\\p{L}])(?![^.!?\\n]{0,30}?\\b(?:since|now|these\\s+days|lately)\\b)',
        `{NOT_NEGATED}{B}(?:it|this|that|everything|life)\\s+(?:was|is)\\s+perfect\\s+in\\s+every\\s+(?:way|sense|respect)|(?<=,\\s{0,2})perfect\\s+in\\s+every\\s+(?:way|sense|respect)(?=\\s*(?:[.!…]|$))`,
        '{B}we\\s+had\\s+(?:something|a\\s+love|what)\\s+(?:that\\s+)?(?:nobody|no\\s*one|no\\s+other\\s+couple|most\\s+people|others)\\s+(?:else\\s+)?(?:will\\s+|could\\s+|can\\s+)?(?:ever\\s+|only\\s+)?(?:has|have|had|find|know|get|dream\\s+of)(?![\\p{L}])',
        "{NOT_NEGATED}{B}we\\s+(?:were|are|'?re)\\s+(?:always\\s+|just\\s+)?(?:destined|fated|written\\s+in\\s+the\\s+stars)(?:\\s+(?:to\\s+be\\s+together|for\\s+each\\s+other))?",
        '{B}not\\s+once\\s+(?:in\\s+(?:\\p{L}+|\\d+)\\s+years\\s+)?did\\s+we\\s+(?:have\\s+(?:a|one)\\s+(?:bad|sad|unhappy)\\s+(?:day|moment|night)|fight|argue|row|quarrel)',
        '{B}(?:nothing|no\\s*one|nobody|no\\s+(?:other\\s+)?(?:relationship|love|couple))\\s+(?:will|could|can)\\s+(?:ever\\s+)?(?:come\\s+close\\s+to|compare\\s+to|compare\\s+with|match|equal|replace|beat)\\s+(?:what\\s+we\\s+(?:had|have|shared)|us|our\\s+(?:love|relationship|marriage|years))(?![\\p{L}])',
        // Never found its like: "I've never found a love that even comes close to what we had", "the angels would envy us".
        '{B}(?:never|not\\s+once|not\\s+ever)\\s+(?:found|met|had|known|felt|seen)\\s+(?:a|another|any|anyone|anybody|someone|something)\\s+(?:\\p{L}+\\s+)?(?:that|who|which)\\s+(?:even\\s+)?(?:comes?|came|compares?|compared)\\s+(?:close\\s+)?to\\s+(?:you|u|what\\s+we\\s+(?:had|have|shared)|us|ours)(?![\\p{L}])|{B}(?:the\\s+)?(?:angels|gods|saints|heavens|whole\\s+world)\\s+(?:themselves\\s+)?(?:would|will|could|must\\s+have|did)\\s+(?:have\\s+)?(?:envy|envied|be\\s+jealous\\s+of)(?![\\p{L}])',
        '{B}(?:our\\s+kind\\s+of\\s+love|(?:a\\s+)?love\\s+like\\s+ours|what\\s+we\\s+had)\\s+(?:only\\s+)?(?:comes?|happens?)\\s+(?:along\\s+)?once',
        '{B}the\\s+envy\\s+of\\s+(?:everyone|everybody|all\\s+our\\s+friends|the\\s+world)',
        "{B}the\\s+(?:best|happiest|greatest|most\\s+beautiful|most\\s+perfect)\\s+(?:couple|relationship|love\\s+story|marriage)\\s+(?:in\\s+the\\s+(?:whole\\s+)?world|ever|in\\s+history|(?:anyone|i)\\s+(?:has|had|have|'?ve)\\s+ever\\s+(?:seen|known|had))",
        '{B}(?:years?|months?)\\s+without\\s+(?:a\\s+single|one|any|a)\\s+(?:real\\s+|proper\\s+|serious\\s+)?(?:fight|argument|row|quarrel)(?![\\p{L}])',
        "{NOT_NEGATED}{B}(?:there\\s+(?:was|is|'s)|there\\s+has\\s+never\\s+been)\\s+(?:(?:never|absolutely|really)\\s+)?nothing\\s+wrong\\s+(?:with|between)\\s+us(?![\\p{L}])|{B}nothing\\s+was\\s+(?:ever\\s+)?wrong\\s+(?:with|between)\\s+us(?![\\p{L}])",
        "{NOT_NEGATED}{B}(?:we\\s+(?:were|are|'?re)|what\\s+we\\s+(?:had|have)\\s+(?:was|is)|our\\s+love\\s+(?:was|is))\\s+(?:truly\\s+|really\\s+|just\\s+)?(?:one\\s+of\\s+a\\s+kind|unique\\s+in\\s+the\\s+world|unmatched|like\\s+no\\s+other|irreplaceable)(?![\\p{L}])",
        '{B}(?:the\\s+)?(?:kind|sort)\\s+of\\s+(?:love|relationship|couple|romance|marriage|love\\s+story|bond)\\s+(?:that\\s+)?(?:people|they|you|others)\\s+(?:write|make|sing|dream)\\s+(?:films|movies|songs|books|novels|poems)?\\s*about|{B}(?:a\\s+)?love(?:\\s+story)?\\s+(?:straight\\s+)?(?:out\\s+of|from|like\\s+in)\\s+a\\s+(?:movie|film|fairy\\s?tale|book|novel)',
        '{B}we\\s+never\\s+(?:once\\s+|ever\\s+|even\\s+)?(?:fought|argued|disagreed|had\\s+(?:a\\s+(?:single\\s+)?|any\\s+|one\\s+)(?:fight|argument|problems?|bad\\s+day|disagreement|issues?))(?=\\s*(?:[.!,;…]|$)|\\s+(?:once|ever|at\\s+all|not\\s+once|even\\s+once|in\\s+(?:\\w+\\s+)?years|the\\s+whole\\s+time|(?:until|till|up\\s+to)\\s+(?:the\\s+(?:very\\s+)?end|the\\s+last\\s+(?:year|months?|weeks?|few)|it\\s+ended|(?:you|u|i)\\s+left))\\b)',
        // Goals, the best thing either of us had, fated: "we were couple goals", "a match made by God".
        "{NOT_NEGATED}{B}we\\s+(?:were|are|'?re|was)\\s+(?:(?:literally|actually|honestly|so|just|always)\\s+)*(?:(?:couple|relationship|life)\\s+)?goals(?![\\p{L}])|{B}we\\s+(?:were|was)\\s+the\\s+(?:best|greatest)\\s+thing\\s+(?:that\\s+)?(?:either\\s+of\\s+us|both\\s+of\\s+us|we|i|anyone)\\s+(?:had\\s+|has\\s+|have\\s+|'?d\\s+|'?ve\\s+)?ever\\s+(?:had|did|knew|found|done|known)(?![\\p{L}])|{B}(?:a\\s+)?match\\s+made\\s+(?:by|in)\\s+(?:god|allah|the\\s+lord|heaven|the\\s+heavens|the\\s+stars|the\\s+gods|paradise|jannah)(?![\\p{L}])",
        '{B}(?:we\\s+(?:had|shared|found)|what\\s+we\\s+(?:had|shared)\\s+was|ours\\s+was)\\b[^.!?\\n]{0,30}?\\b(?:something|a\\s+love|a\\s+bond|a\\s+connection|the\\s+kind\\s+of\\s+love)\\s+(?:that\\s+)?(?:most\\s+people|nobody|no\\s*one|others|other\\s+people|most\\s+couples)\\s+(?:else\\s+)?(?:will\\s+|could\\s+|can\\s+)?(?:only\\s+)?(?:ever\\s+|never\\s+)?(?:get\\s+to\\s+)?(?:dream\\s+(?:of|about)|find|know|have|experience|feel)(?![\\p{L}])',
      ].join('|'),
      suggest: ['We had many happy moments, and hard ones too.'],
    },
    {
      id: 'you-are-perfect',
      // "You're perfect in every way", "you never did anything wrong", "no one compares to you".
      re: [
        `{B}(?:${YOU_ARE})${SO}\\s+(?:perfect|flawless|perfection|(?:the|an?)\\s+perfect\\s+(?:woman|man|girl|guy|partner|person|girlfriend|boyfriend|wife|husband|mother|father|mum|mom|dad|human(?:\\s+being)?|lover|soul|angel)|too\\s+good\\s+to\\s+be\\s+true|without\\s+(?:a\\s+single\\s+|any\\s+)?(?:flaws?|faults?)|my\\s+soul\\s?mate)(?![\\p{L}])(?!\\s+(?:for\\s+(?:the|this|that|a|an|your|their)\\s+(?:job|role|position|part|team|gig)|at\\b))`,
        '{B}(?:you|u)\\s+(?:have|had|has)\\s+(?:no|zero|not\\s+a\\s+single)\\s+(?:flaws?|faults?)',
        "{B}(?:you'?re|you\\s+are|you\\s+were|youre|ur|u\\s+r)\\s+(?:(?:simply|just|truly|still)\\s+)?(?:everything\\s+(?:a|any)\\s+(?:woman|man|person|partner|wife|husband|girl|guy|mother|father)\\s+(?:should|could|would|ought\\s+to)\\s+(?:ever\\s+)?(?:be|want)|(?:a\\s+)?(?:perfect\\s+ten|ten\\s+out\\s+of\\s+ten|10\\s*/\\s*10)|heaven[\\s-]sent|one\\s+in\\s+a\\s+(?:million|billion))(?![\\p{L}])|{B}(?:you'?re|you\\s+are|you\\s+were|youre|ur)\\b[^.!?\\n]{0,30}?\\bmy\\s+perfect\\s+(?:girl|boy|man|woman|angel|love|match|partner|wife|husband|other\\s+half)(?![\\p{L}])",
        "{B}(?:there\\s+(?:will|'ll)\\s+never\\s+be|there'?s\\s+no|there\\s+is\\s+no|there\\s+could\\s+never\\s+be)\\s+(?:another|other)\\s+(?:you|u)(?![\\p{L}])",
        // "You're the best thing that ever happened to me", "you were the best part of my life, the only good thing".
        `{B}(?:${YOU_ARE})${SO}\\s+(?:still\\s+)?(?:the\\s+(?:best|greatest|most\\s+(?:important|beautiful|precious|wonderful))\\s+(?:thing|part|person|gift|blessing)\\s+(?:that\\s+)?(?:(?:has|had|'s|s)\\s+)?(?:ever\\s+happened\\s+to\\s+(?:me|anyone|anybody|the\\s+world|my\\s+life)(?!\\s+(?:this|that|last)\\s+(?:year|month|week|summer))|(?:of|in)\\s+my\\s+(?:whole\\s+|entire\\s+)?life|i(?:'?ve|\\s+have)?\\s+ever\\s+(?:had|known)|in\\s+(?:the|this)\\s+(?:whole\\s+)?world)|(?:my\\s+)?(?:the\\s+)?only\\s+(?:good|real|beautiful|decent|true)\\s+thing(?:\\s+(?:in\\s+my\\s+(?:whole\\s+)?life|i(?:'?ve|\\s+have)?\\s+ever\\s+had|that\\s+ever\\s+made\\s+sense))?(?=\\s*(?:[.!,;…]|$)|\\s+(?:in|i|that)\\b))(?![\\p{L}])`,
        `{B}everything\\s+about\\s+(?:you|u)\\s+(?:is|was)${SO}\\s+(?:perfect|flawless|perfection)(?![\\p{L}])`,
        "{B}(?:you|u)(?:'ve|\\s+have)?\\s+never\\s+(?:once|ever|a\\s+single\\s+time)\\s+(?:let\\s+me\\s+down|disappointed\\s+me)(?![\\p{L}])",
        // Whole-person superlatives; a superlative about one quality ("the kindest person") is a compliment.
        `{B}(?:${YOU_ARE})${SO}\\s+(?:an?\\s+(?:real\\s+|actual\\s+)?(?:angel|saint|goddess)(?![\\p{L}])(?!\\s+(?:to|for|with|about|when|that)\\b)|my\\s+(?:angel|goddess)|the\\s+(?:best|greatest|most\\s+(?:amazing|wonderful|incredible|perfect|special|extraordinary))\\s+(?:person|woman|man|girl|guy|human(?:\\s+being)?|partner|girlfriend|boyfriend|wife|husband|soul)\\s+(?:i(?:'?ve|\\s+have)?\\s+ever\\s+(?:met|known|had|loved)|i\\s+(?:will|'?ll|could)\\s+ever\\s+(?:meet|know|have|love)|(?:in|on)\\s+(?:the|this)\\s+(?:whole\\s+)?(?:world|earth|planet|universe)|alive|ever|who\\s+ever\\s+lived))(?![\\p{L}])`,
        "{B}(?:you|u)(?:'ve|\\s+have)?\\s+never\\s+(?:once\\s+|ever\\s+)?(?:had|shown)\\s+(?:a\\s+single|any|one)\\s+(?:flaw|fault)",
        '{B}the\\s+(?:most\\s+\\p{L}+|\\p{L}{2,}est|best|greatest)(?:,\\s*(?:and\\s+)?(?:most\\s+\\p{L}+|\\p{L}{2,}est|best|greatest)|\\s+and\\s+(?:most\\s+\\p{L}+|\\p{L}{2,}est|best|greatest)){2,4}\\s+(?:person|woman|man|girl|guy|human(?:\\s+being)?|soul|partner)(?![\\p{L}])',
        "{B}(?:you|u)(?:'ve|\\s+have)?\\s+(?:never|didn'?t\\s+ever|did\\s+not\\s+ever|(?:could|can|would)\\s+never)\\s+(?:once\\s+)?(?:did|do|done|made|make)\\s+(?:anything|a\\s+single\\s+thing|a\\s+single\\s+mistake|any\\s+mistakes?|one\\s+mistake)(?:\\s+wrong)?(?![\\p{L}])",
        "{B}(?:no\\s*one|nobody|no\\s+other\\s+(?:woman|man|girl|guy|person|love))(?:\\s+(?:else|on\\s+(?:this|god'?s(?:\\s+green)?)\\s+earth|in\\s+(?:the|this)\\s+(?:whole\\s+)?world|alive|out\\s+there))?\\s+(?:(?:will|could|can|would|'ll)\\s+(?:ever\\s+)?)?(?:(?:compares?|compare|comes?\\s+close|measures?\\s+up|holds?\\s+a\\s+candle)(?:\\s+to\\s+(?:you|u|ours|us|what\\s+we\\s+(?:had|have|shared))(?![\\p{L}])|(?=\\s*(?:[.!;…]|$)))|replaces?\\s+(?:you|u)(?![\\p{L}]))",
        // Your like will never be: "there will never be anyone like you", "there is none like you", "I'll never find another love like ours".
        "{B}there(?:'?s|\\s+is|\\s+was|\\s+will\\s+(?:never|not|n'?t\\s+ever)\\s+be|'?ll\\s+never\\s+be|\\s+could\\s+never\\s+be|\\s+has\\s+never\\s+been|\\s+never\\s+was)\\s+(?:no\\s*one|nobody|none|anyone|anybody|no\\s+other|another(?:\\s+(?:one|person|man|woman|girl|guy|love))?)\\s+(?:else\\s+)?like\\s+(?:you|u|ours|us|what\\s+we\\s+had)(?![\\p{L}])(?!\\s+(?:for|at|when|in\\s+(?:the|this)\\s+(?:family|office|team)))|{B}i(?:'ll|\\s+will|'m\\s+never\\s+going\\s+to|\\s+am\\s+never\\s+going\\s+to|\\s+know\\s+i'?ll)\\s+never\\s+(?:find|meet|have|know)\\s+(?:another|anyone|anybody|someone)\\s+(?:(?:love|woman|man|girl|guy|person|one)\\s+)?(?:like|to\\s+match|to\\s+equal)\\s+(?:you|u|ours|what\\s+we\\s+had)(?![\\p{L}])|{B}i(?:'ve|\\s+have)?\\s+never\\s+(?:met|known|found)\\s+(?:your|ur)\\s+equal|{B}(?:you|u)\\s+(?:have|had|has)\\s+no\\s+equal",
        '{B}(?:you|u)\\s+(?:complete|completed)\\s+me(?![\\p{L}])|{B}(?:you|u)\\s+hung\\s+the\\s+(?:moon|stars)|{B}(?:worship(?:ped)?|kiss(?:ed)?)\\s+the\\s+ground\\s+(?:you|u)\\s+(?:walk|walked)\\s+on',
        // Made for me by God or fate: "God made you just for me", "you were sent to me", "heaven sent you to me".
        '{NOT_NEGATED}{B}(?:god|the\\s+(?:good\\s+)?lord|allah|the\\s+almighty|heaven|the\\s+heavens|the\\s+universe|fate|destiny|the\\s+stars)\\s+(?:(?:must\\s+have|has|had|himself|herself|itself)\\s+)?(?:made|sent|chose|picked|created|meant|gave|brought)\\s+(?:you|u)\\s+(?:(?:just|only|especially|specially|specifically)\\s+)?(?:for|to)\\s+me(?![\\p{L}])|{NOT_NEGATED}{B}(?:you|u)\\s+(?:were|are|r)\\s+(?:just\\s+|simply\\s+|truly\\s+)?(?:made|meant|sent|chosen|created|born)\\s+(?:just\\s+|only\\s+)?(?:for|to)\\s+me(?![\\p{L}])(?!\\s+(?:by\\s+(?:mistake|accident|post)|in\\s+error))',
      ].join('|'),
      suggest: ['I admire so much about you.'],
    },
    {
      id: 'beyond-compare',
      // Perfection said another way: "the most perfect woman God ever made", "every day with you was like a
      // holiday", "the happiest any two people have ever been", "our little house was paradise",
      // "nobody will ever make me laugh the way you did".
      re: [
        '{B}the\\s+most\\s+perfect\\s+(?:\\p{L}+)(?![\\p{L}])',
        '{B}every\\s+(?:single\\s+)?(?:day|moment|minute|second|night)\\s+(?:with\\s+(?:you|u)|together|of\\s+(?:it|us|our\\s+\\p{L}+))\\s+(?:was|felt)\\s+(?:like\\s+)?(?:a\\s+|pure\\s+)?(?:holiday|heaven|paradise|magic|magical|perfect|a\\s+dream|dream|bliss|gift|fairy\\s*tale|honeymoon)(?![\\p{L}])',
        '{B}(?:happiest|luckiest|most\\s+in\\s+love)\\s+(?:any\\s+(?:two\\s+)?(?:people|couple|one|person)|anyone|anybody|two\\s+people)\\s+(?:has|have|had)\\s+ever\\s+been',
        '{B}(?:our|us|we|life|everything|those\\s+(?:days|years|months|summers)|that\\s+(?:time|summer|year|flat|house))\\b[^.!?\\n]{0,40}?\\b(?:was|were|felt\\s+like)\\s+(?:pure\\s+|absolute\\s+|total\\s+|literal\\s+|like\\s+)?(?:paradise|heaven\\s+on\\s+earth|a\\s+fairy\\s*tale|a\\s+dream\\s+come\\s+true)(?![\\p{L}])',
        "{B}(?:no\\s*one|nobody|no\\s+one\\s+else)\\s+(?:will|could|can|'ll|is\\s+(?:ever\\s+)?going\\s+to)\\s+(?:ever\\s+)?(?:make\\s+me\\s+(?:laugh|smile|feel)|love\\s+me|understand\\s+me|know\\s+me|get\\s+me)\\b[^.!?\\n]{0,20}?\\b(?:the\\s+way|like|as\\s+(?:much|well)\\s+as)\\s+(?:you|u)(?![\\p{L}])",
        '{B}(?:we|us)\\s+(?:were|are|was)\\s+(?:literally\\s+|just\\s+|always\\s+|so\\s+|clearly\\s+|obviously\\s+|truly\\s+)meant\\s+(?:to\\s+be|for\\s+each\\s+other)',
        '{B}the\\s+love\\s+of\\s+my\\s+life\\b[^.!?\\n]{0,10}?\\b(?:and\\s+)?(?:(?:you|u)\\s+)?(?:always|forever)\\s+will\\s+be',
        "{B}(?:best|happiest)\\s+(?:years?|days?|time|months?)\\s+of\\s+(?:anyone'?s|anybody'?s)\\s+li(?:fe|ves)(?![\\p{L}])",
        '{B}nothing\\s+(?:will\\s+ever|could\\s+ever|can\\s+ever|will|could)\\s+(?:be\\s+as\\s+good\\s+as|come\\s+close\\s+to|compare\\s+to|match)\\s+(?:what\\s+we\\s+had|us|you|our\\s+\\p{L}+)(?![\\p{L}])',
        // Seventeenth lead review: "You're the only person who ever really saw me. Nobody else comes close and nobody
        // ever will." (not "the only one who knew about the diagnosis", not "nobody came close to my time").
        "{B}(?:you'?re|you\\s+are|you\\s+were|ur|u\\s+r|u\\s+were|you'?ve\\s+been|you\\s+have\\s+been)\\s+the\\s+only\\s+(?:one|person|woman|man|girl|guy|soul)\\s+(?:who|that)\\s+(?:has\\s+|'s\\s+)?ever\\s+(?:really\\s+|truly\\s+|properly\\s+|actually\\s+|fully\\s+)?(?:saw|seen|see|understood|understands|understand|got|gets|knew|known|loved|accepted)\\s+me(?![\\p{L}])",
        '{B}(?:nobody|no\\s*one|no-one)\\s+(?:else\\s+)?(?:(?:has\\s+)?ever\\s+)?(?:comes?|came|will\\s+(?:ever\\s+)?come|could\\s+(?:ever\\s+)?come|has\\s+(?:ever\\s+)?come)\\s+close(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|to\\s+(?:you|u|what\\s+we\\s+had|us)(?![\\p{L}])))',
        '{B}(?:a\\s+)?love\\s+(?:like\\s+ours\\s+|that\\s+)?(?:only\\s+)?(?:happens|comes\\s+along|comes)\\s+(?:only\\s+)?once\\s+in\\s+a\\s+lifetime|{B}once-in-a-lifetime\\s+love',
      ].join('|'),
    },
    {
      id: 'ideal-more',
      // More ways to say it: "we never once had a real argument", "the best years anybody ever had", "the envy
      // of the whole street", "the most beautiful soul ever created", "the best thing about me", "a person of
      // your perfection", "a proper fairytale", "the purest love two people ever had".
      re: [
        '{B}(?:not|never)\\s+(?:a|one|a\\s+single)\\s+(?:flaw|fault|blemish)\\s+(?:on|in|about)\\s+(?:you|u)(?![\\p{L}])',
        `{B}(?:${YOU_ARE})${SO}\\s+(?:sunshine|goodness|perfection|light|joy|love|heaven)\\s+itself(?![\\p{L}])|{B}(?:${YOU_ARE})(?![\\p{L}])[^.!?\\n]{0,30}?{B}the\\s+(?:best|finest|greatest)\\s+of\\s+the\\s+(?:best|lot|bunch)(?![\\p{L}])`,
        '{B}the\\s+(?:kind|sort)\\s+of\\s+(?:love|relationship|couple|romance|marriage|love\\s+story|bond)\\s+(?:that\\s+)?(?:you|they|people|others)\\s+(?:only\\s+)?(?:\\p{L}+\\s+){0,2}?(?:in|about|of)\\s+(?:storybooks?|fairy\\s?tales?|films?|movies?|books?|novels?|songs?|poems?|dreams?)(?![\\p{L}])',
        "{B}(?:there\\s+(?:wasn'?t|was\\s+not|was\\s+never|hasn'?t\\s+been)|never\\s+(?:had|was))\\s+(?:a|one|a\\s+single)\\s+(?:day|moment|minute|night)\\s+(?:with\\s+(?:you|u)|together)(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:anything\\s+but|less\\s+than|other\\s+than|short\\s+of)\\s+(?:perfect|wonderful|magic(?:al)?|happy|bliss)(?![\\p{L}])",
        '{B}(?:our|those|these)\\s+(?:\\p{L}+\\s+)?(?:summers|winters|years|days|weekends|holidays|evenings|sundays|mornings|nights|times)(?:\\s+[^.!?\\n,]{1,30}?)?\\s+(?:were|was)\\s+(?:pure\\s+)?(?:heaven|perfect|paradise|magic(?:al)?|bliss|wonderful),?\\s+(?:every\\s+(?:single\\s+)?one(?:\\s+of\\s+them)?|each\\s+(?:and\\s+every\\s+)?one|all\\s+of\\s+them|without\\s+exception)(?![\\p{L}])',
        "{B}(?:you|u)(?:'ve|\\s+have)?\\s+(?:never|didn'?t\\s+ever)\\s+(?:once\\s+)?(?:put|set)\\s+a\\s+foot\\s+wrong|{B}(?:you|u)\\s+(?:could|can)\\s+do\\s+no\\s+wrong(?![\\p{L}])",
        `{B}(?:${YOU_ARE})${SO}(?:,?\\s*(?:without\\s+(?:a|any)\\s+doubt|by\\s+far|hands\\s+down|easily|quite\\s+simply|surely),?)?\\s+the\\s+(?:finest|best|greatest|loveliest|purest|most\\s+(?:beautiful|precious|perfect|amazing|wonderful|incredible|special|pure))\\s+(?:soul|person|human(?:\\s+being)?|woman|man|girl|lady|being|creature)\\s+(?:(?:who|that)\\s+)?(?:ever\\s+)?(?:(?:to\\s+)?(?:drew|draw|drawn)\\s+breath|(?:to\\s+)?(?:walked|walk|walks)\\s+(?:this|the)\\s+earth|lived)(?![\\p{L}])`,
        '{B}(?:we|the\\s+two\\s+of\\s+us|you\\s+and\\s+(?:me|i))\\s+(?:fit|fitted|went)\\s+(?:together\\s+)?(?:(?:so\\s+)?perfectly|like\\s+(?:two\\s+(?:pieces|halves)\\s+of\\s+a\\s+(?:puzzle|jigsaw|whole)|a\\s+glove|hand\\s+in\\s+glove|a\\s+key\\s+in\\s+a\\s+lock))',
        '{B}everything\\s+(?:you|u)\\s+(?:ever\\s+)?(?:did|said|do|say|touched|made)\\s+(?:was|is|turned\\s+to)\\s+(?:just\\s+)?(?:right|perfect|magic|gold|beautiful)(?![\\p{L}])',
        '{B}we\\s+never\\s+(?:once\\s+|ever\\s+|even\\s+)?(?:had|got\\s+into)\\s+(?:a|one|any)\\s+(?:(?:single|real|proper|serious|big|bad|actual|genuine)\\s+)+(?:fight|argument|row|quarrel|disagreement|falling[- ]out)s?(?![\\p{L}])(?!\\s+(?:about|over)\\b)',
        "{B}(?:the\\s+)?(?:best|happiest|greatest|loveliest|most\\s+beautiful)\\s+(?:years?|days?|time|months?|life|summers?|decades?)\\s+(?:that\\s+)?(?:anyone|anybody|any\\s+(?:two\\s+people|couple|man|woman|person)|two\\s+people)\\s+(?:(?:has|have|had|'?s|'?d|could|will|would)\\s+)?(?:ever\\s+)?(?:had|known|lived|spent|shared|enjoyed|ask\\s+for|wish\\s+for|hope\\s+for|dream\\s+of)(?![\\p{L}])",
        `{B}${US}${WAS}\\s+(?:always\\s+)?the\\s+envy\\s+of\\s+(?:the\\s+(?:whole\\s+)?\\p{L}+|all\\s+(?:our|my|the)\\s+\\p{L}+|every(?:one|body)|(?:our|my)\\s+\\p{L}+)`,
        `{B}(?:${YOU_ARE})${SO}\\s+the\\s+(?:most\\s+(?:beautiful|precious|perfect|amazing|wonderful|incredible|special|pure)|purest|best|greatest|loveliest)\\s+(?:soul|person|human(?:\\s+being)?|woman|man|being|creature)\\s+(?:ever\\s+(?:created|made|born)|(?:god|heaven|the\\s+lord|allah)\\s+(?:ever\\s+)?(?:made|created|put\\s+on\\s+(?:this\\s+)?earth)|who\\s+ever\\s+(?:lived|walked)|to\\s+(?:ever\\s+)?(?:walk|grace)\\s+(?:this|the)\\s+earth|on\\s+(?:this|god'?s(?:\\s+green)?)\\s+earth)(?![\\p{L}])`,
        `{B}(?:${YOU_ARE})${SO}\\s+(?:still\\s+)?the\\s+(?:best|only\\s+good|greatest)\\s+(?:thing|part)\\s+(?:about|of|in)\\s+me(?![\\p{L}])`,
        '{B}(?:someone|somebody|anyone|anybody|a\\s+(?:person|woman|man|girl|guy|soul|being|creature))\\s+(?:(?:of|with)\\s+(?:your|ur)\\s+(?:perfection|flawlessness)(?![\\p{L}])|(?:as|so)\\s+(?:perfect|flawless)\\s+as\\s+(?:you|u)(?![\\p{L}])(?!\\s+(?:think|seem|pretend|make|claim|say|want)))',
        `{NOT_NEGATED}{B}${US}${WAS}${SO}\\s+(?:like\\s+)?an?\\s+(?:(?:proper|real|real-life|true|total|absolute|actual|living|modern|storybook)\\s+)+(?:fairy\\s?tale|dream\\s+come\\s+true)(?![\\p{L}])`,
        "{B}(?:we\\s+(?:had|shared|found)|ours\\s+was|what\\s+we\\s+(?:had|shared)\\s+was)\\s+(?:the|a)\\s+(?:\\p{L}{2,}est|most\\s+\\p{L}+|best|greatest)\\s+(?:love|bond|connection|marriage|relationship|romance)\\s+(?:that\\s+)?(?:any\\s+)?(?:two\\s+people|anyone|anybody|any\\s+couple|the\\s+world|people)\\s+(?:(?:has|have|had|'?ve|'?d)\\s+)?(?:ever\\s+)?(?:had|shared|known|seen|felt)(?![\\p{L}])",
      ].join('|'),
      suggest: ['We had many happy moments, and hard ones too.'],
    },
    {
      id: 'my-world',
      // The reader as the writer's world: "you were my everything", "u were my whole entire world", "you are the
      // love of my life". Underlined from "you": a texted run-on has no stop before it.
      re: `{B}(?:${YOU_ARE}|you'?ll\\s+always\\s+be|you\\s+will\\s+always\\s+be|you'?ve\\s+always\\s+been|you\\s+have\\s+always\\s+been)${SO}\\s+(?:still\\s+)?(?:(?:my\\s+\\p{L}+,\\s+)?my\\s+(?:(?:whole|entire)\\s+){0,2}(?:world|universe|everything|life|all|heaven|sunshine|sun|other\\s+half|twin\\s+flame|reason\\s+for\\s+(?:living|being|everything)|happily\\s+ever\\s+after|destiny|missing\\s+piece|one\\s+(?:and\\s+only|true\\s+love)|dream\\s+(?:girl|guy|man|woman|partner|come\\s+true))|the\\s+(?:woman|man|girl|guy|boy|person|partner|wife|husband)\\s+of\\s+my\\s+dreams|god'?s\\s+(?:own\\s+)?gift(?:\\s+to\\s+me)?|(?:a|an)\\s+(?:gift|blessing|miracle)\\s+(?:straight\\s+|sent\\s+)?from\\s+(?:god|heaven|above|the\\s+lord|allah)|(?:a|the|my)\\s+(?:diamond|jewel|gem|pearl|rose|star|treasure)\\s+(?:among|amongst|in\\s+a\\s+(?:world|sea|field)\\s+of)\\s+\\p{L}+|the\\s+best(?=\\s*(?:[.!;…]|$)|,\\s*(?:better|the\\s+best|simply|bar\\s+none|hands\\s+down|no\\s+contest)\\b)|the\\s+(?:love|light)\\s+of\\s+my\\s+(?:life|world)|the\\s+(?:only\\s+)?one(?=\\s*(?:[.!;…]|$)|\\s*,\\s*(?:the|my|always|and|you)\\b|\\s+for\\s+me\\b|\\s+and\\s+only\\b))(?![\\p{L}-])(?!\\s+(?:coach|story|savings|insurance|policy))`,
      span: 'match',
      suggest: ['I admire so much about you.'],
    },
    {
      id: 'angel-to-me',
      // Thirteenth round: "You were an angel to me", "you're a saint" (not "a saint to put up with me": that is thanks).
      re: [
        "{B}(?:you'?re|you\\s+are|you\\s+were|ur|u\\s+r|u\\s+were|you'?ve\\s+always\\s+been)\\s+(?:(?:an|my|such\\s+an?|a\\s+(?:real|true|total|complete)|a|an\\s+absolute)\\s+)?(?:angel|saint)(?:\\s+to\\s+me)?(?=\\s*(?:[.!,;…]|$))",
        // From the tuning set's misses: "You're everything to me", "We were the greatest love story Glasgow ever saw"
        // ("we belong together" is left: the tuning set reads it as mind-reading or pressure, not idealization).
        "{B}(?:you'?re|you\\s+are|you\\s+were|ur|u\\s+r|u\\s+were)\\s+(?:still\\s+|literally\\s+|simply\\s+)?(?:my\\s+)?(?:everything|my\\s+whole\\s+world|the\\s+world)\\s+to\\s+me(?![\\p{L}])",
        '{B}(?:the\\s+)?(?:greatest|best|biggest|most\\s+beautiful|most\\s+perfect)\\s+love\\s+story(?![\\p{L}])',
      ].join('|'),
      suggest: ['I admire so much about you.'],
    },
  ],
  antipatterns: [
    // Thirteenth round: sainthood denied, a charge and not praise (blame reads it): "It's not like you were a saint",
    // "You're no angel either".
    "\\b(?:not\\s+(?:like|as\\s+if|as\\s+though)\\s+(?:you|u)\\s+(?:were|was|are|'re|r)|(?:you'?re|you\\s+are|you\\s+were|ur|u\\s+r)\\s+(?:no|not|hardly|never)\\s+(?:exactly\\s+)?(?:an?\\s+)?)\\s*(?:a\\s+|an\\s+)?(?:saint|angel|perfect|innocent)\\b",
    // The reader and someone else as a pair, not the writer's relationship: "You're perfect for each other".
    "{B}(?:you|u)(?:'re| are| r|re)(?: two| both)? (?:so |just )?(?:perfect|made|meant) for each other",
    // Someone else's words passed on: "Mum said to tell you you're the best thing…, her words not mine".
    '^(?=[^\\n]*?{B}(?:(?:her|his|their)\\s+words,?\\s+not\\s+mine|(?:said|says|told\\s+me)\\s+to\\s+tell\\s+(?:you|u)))[^\\n]+',
    // Appearances and old beliefs: "we looked like the perfect couple", "I thought we were perfect".
    '\\b(?:looked|look|seemed|seem|appeared|pretended|pretend)\\s+(?:like\\s+|to\\s+be\\s+)?(?:the\\s+|a\\s+|so\\s+)?(?:perfect|ideal|made|meant|happy)',
    '\\b(?:i|we|everyone|people|they|you)\\s+(?:\\w+\\s+)?(?:thought|believed|used\\s+to\\s+(?:think|believe)|imagined|told\\s+(?:my)?self|convinced\\s+(?:my|our)sel(?:f|ves))\\s+(?:that\\s+)?(?:we|it|everything|our|you|things|u)\\b',
    // What others said, taken back in the same breath ("people used to say we were the perfect couple, but…"),
    // and the ideal denied ("I'm not going to pretend we were a fairy tale").
    '\\b(?:every(?:one|body)|people|they|others|(?:our|my|your)\\s+(?:friends|mates|family|\\w+))\\s+(?:\\w+\\s+){0,2}?(?:said|say|called\\s+us|told\\s+us|thought)\\s+(?:that\\s+)?(?:we|it|you|our)\\b[^.!?\\n]{0,60}?\\bbut\\b',
    "\\b(?:not\\s+(?:going\\s+to|gonna)|won'?t|will\\s+not|wouldn'?t|can'?t|cannot|never|don'?t\\s+want\\s+to)\\s+(?:pretend|say|claim|make\\s+out|tell\\s+you)\\s+(?:that\\s+)?(?:we|it|you|our|everything|things|u)\\b[^.!?\\n]{0,40}",
    // Eleventh round: the ideal denied while it is said: "I'm not saying you were perfect, I'm saying I was worse", "I
    // never claimed we were a fairy tale".
    '\\b(?:not|never)\\s+(?:saying|claiming|pretending|said|claimed|pretended)\\s+(?:that\\s+)?(?:we|it|you|our|everything|things|u)\\b[^.!?\\n]{0,40}',
    // Twelfth round: the ideal said, then marked as the writer's belief in the same breath: "We were soulmates, or at
    // least I thought so", "you were perfect, or so I told myself" (not "We were soulmates, plain and simple").
    String.raw`[^.!?\n]{0,80}?,?\s+(?:or\s+)?(?:at\s+least|so)\s+i\s+(?:thought|believed|told\s+myself|used\s+to\s+think|imagined|assumed)(?:\s+so)?(?:\s+at\s+the\s+time)?(?=\s*(?:[.!,;…]|$))`,
    // A sentence about appearances ("on paper", "from the outside") is not the writer's own verdict.
    // Antipatterns run on one sentence at a time, so `^` is its start: one attempt per sentence.
    // The ideal owned as the writer's mistake: "You were my whole world for a while, and that wasn't fair on you",
    // "you were my everything, which was too much to put on anyone".
    "[^.!?\\n]{0,80}?(?:,|;|—|\\band|\\bbut)\\s+(?:and\\s+|but\\s+)?(?:that|which|it)\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not|was\\s+never)\\s+(?:fair|healthy|good\\s+for\\s+(?:either\\s+of\\s+us|you|us|me)|right|real|true)\\b|[^.!?\\n]{0,80}?(?:,|;|—|\\band|\\bbut)\\s+(?:and\\s+|but\\s+)?(?:that|which|it)\\s+was\\s+(?:too\\s+much\\s+to\\s+(?:put|ask|carry)|(?:part\\s+of\\s+)?the\\s+problem|unfair|a\\s+lot\\s+to\\s+put)",
    // One act done perfectly is a compliment, not the whole person: "You were perfect with Dad at the end", "you were
    // perfect with the kids at the funeral", "you're perfect in the role".
    "\\b(?:you'?re|you\\s+are|you\\s+were|youre|ur|u\\s+r|u\\s+were)(?:\\s+(?:just|so|absolutely|honestly|really))?\\s+perfect\\s+(?:with|about|in|on)\\s+(?:the|my|our|your|ur|his|her|their|him|her|them|dad|mum|mom|nan|gran|[\\p{L}]+'s)(?![\\p{L}])(?!\\s+(?:own\\s+)?(?:way|eyes|heart|world|life|every))",
    // Praise tied to one hard time: "You were heaven-sent when Mum was ill", "you were an angel during the chemo".
    '\\b(?:heaven[\\s-]sent|a\\s+godsend|an\\s+angel|a\\s+saint|a\\s+lifesaver|a\\s+gift\\s+from\\s+(?:god|heaven|above))\\s+(?:when|while|whilst|during|after|through|that\\s+(?:year|winter|summer|spring|autumn|month|week|night|day))\\b',
    // A flaw admitted in the same breath: "Our first flat was a dream, damp and all", "our little house was paradise,
    // mice and all", "it was heaven, leaky roof and all", "you were perfect to me, warts and all".
    "\\b(?:perfect|paradise|heaven|a\\s+(?:little\\s+)?dream|magic(?:al)?|bliss|a\\s+fairy\\s?tale)\\s*(?:to\\s+me\\s*)?,\\s*(?:(?:the|its|our|a|all\\s+the|every)\\s+)?(?:[\\p{L}'-]+\\s+){1,3}and\\s+all(?=\\s*(?:[.!,;…]|$))",
    '^(?=[^\\n]*?\\b(?:on\\s+paper|from\\s+the\\s+outside|on\\s+the\\s+outside|on\\s+instagram|in\\s+(?:photos|pictures)|to\\s+(?:other\\s+people|others|everyone\\s+else))\\b)[^\\n]+',
  ],
  examples: [
    { notFlagged: "It's not like you were a saint." },
    { notFlagged: "You're no angel either, let's be honest." },
    { flagged: '[[You were an angel to me]].', pattern: 'angel-to-me' },
    { notFlagged: 'You were a saint to put up with my snoring for six years.' },
    { flagged: "[[You're everything to me]].", pattern: 'angel-to-me' },
    { flagged: '[[We were the greatest love story Glasgow ever saw]].', pattern: 'angel-to-me' },
    { notFlagged: 'Your letters from Kyoto meant the world to me.' },
    // Twelfth round (eval/twelfth/pitfalls12): the ideal marked as the writer's belief in the same breath.
    { notFlagged: 'We were soulmates, or at least I thought so.' },
    { notFlagged: 'You were perfect, or so I told myself at the time.' },
    { flagged: '[[We were soulmates]], or at least everyone said so.', pattern: 'perfect-couple' },
    { notFlagged: "You're perfect for each other, honestly, both liars." },
    { flagged: '[[You were sunshine itself]], Cariad.', pattern: 'ideal-more' },
    { flagged: 'Honestly, [[not a flaw on you]].', pattern: 'ideal-more' },
    { flagged: '[[We had the kind of marriage they put in storybooks]].', pattern: 'ideal-more' },
    { flagged: "[[There wasn't a day with you I'd call anything but perfect]].", pattern: 'ideal-more' },
    { flagged: "[[You're an absolute gem, the best of the best]], no contest.", pattern: 'ideal-more' },
    { flagged: '[[Our summers at the lake were heaven, every single one]].', pattern: 'ideal-more' },
    { notFlagged: 'There was not a flaw in the plan, except the weather.' },
    { notFlagged: 'The scones at the fair were perfect, every single one.' },
    { notFlagged: 'You were kindness itself to my mother.' },
    { flagged: '[[You never put a foot wrong]], not once in thirty years.', pattern: 'ideal-more' },
    { flagged: '[[You are without a doubt the finest woman who ever drew breath]].', pattern: 'ideal-more' },
    { flagged: '[[We fit together like two pieces of a puzzle]], always did.', pattern: 'ideal-more' },
    {
      flagged: '[[Everything you ever did was right]], you were a saint to live with.',
      pattern: 'ideal-more',
    },
    { flagged: '[[ours was a love for the history books]]', pattern: 'perfect-us' },
    {
      flagged: '[[Our years in Kingston were pure sunshine]], not a cloud in the sky.',
      pattern: 'perfect-us',
    },
    { notFlagged: 'The new sofa fits perfectly in the bay window.' },
    { notFlagged: 'Everything you said about the landlord was right, as it turned out.' },
    { notFlagged: 'It was pure luck that we met at all.' },
    {
      notFlagged: "Mum said to tell you you're the best thing that ever happened to me, her words not mine.",
    },
    // Sixth round (probe eval/sixth/heartfelt): the ideal owned as a mistake, the flaw admitted in the same breath.
    { notFlagged: "You were my whole world for a while, and that wasn't fair on you." },
    { notFlagged: 'You were my everything, which was too much to put on anyone.' },
    { notFlagged: 'You were perfect with Dad at the end.' },
    { notFlagged: 'You were heaven-sent when Mum was ill.' },
    { notFlagged: 'You were an angel during the chemo, and I never thanked you.' },
    { notFlagged: "You were perfect with the kids at Nan's funeral." },
    { notFlagged: 'Our first flat was a dream, damp and all.' },
    { notFlagged: 'Our little house in Ormeau was paradise, mice and all.' },
    { notFlagged: 'Those years in Cork were heaven to me, rows and all.' },
    { flagged: '[[In eleven years we never once had a real argument]].', pattern: 'ideal-more' },
    { flagged: '[[Those were the best years anybody ever had]], bar none.', pattern: 'ideal-more' },
    { flagged: '[[Our marriage was the envy of the whole street]].', pattern: 'ideal-more' },
    { flagged: '[[You are the most beautiful soul ever created]].', pattern: 'ideal-more' },
    { flagged: '[[You were the best thing about me]].', pattern: 'ideal-more' },
    { flagged: "[[I'll never meet anyone as perfect as you]].", pattern: 'ideal-more' },
    { flagged: '[[the two of us were a proper fairytale from start to finish]]', pattern: 'ideal-more' },
    { flagged: '[[We had the purest love two people ever had]].', pattern: 'ideal-more' },
    { flagged: '[[we were literally the perfect couple everyone said so]]', pattern: 'perfect-couple' },
    { notFlagged: 'We never had a real argument about money, only about time.' },
    { notFlagged: 'Nobody is as perfect as you think he is.' },
    { notFlagged: 'Your new car must be the envy of the street.' },
    { notFlagged: 'That was the best day anyone could have asked for, rain and all, and then we went home.' },
    { flagged: "[[Those were the best years of anyone's life]].", pattern: 'beyond-compare' },
    { flagged: '[[Nothing will ever be as good as what we had]].', pattern: 'beyond-compare' },
    { flagged: "[[You're the only person who ever really saw me]].", pattern: 'beyond-compare' },
    {
      flagged: 'I have dated since. [[Nobody else comes close and nobody ever will]].',
      pattern: 'beyond-compare',
    },
    { notFlagged: 'You were the only one who knew about the diagnosis, and you kept it to yourself.' },
    {
      notFlagged:
        'Nobody came close to my time in the Bristol half marathon, which I still mention too often.',
    },
    { flagged: '[[It was a love that happens once in a lifetime]].', pattern: 'beyond-compare' },
    { flagged: '[[You are the most perfect woman God ever made]].', pattern: 'beyond-compare' },
    { flagged: '[[Every single day with you was like a holiday]].', pattern: 'beyond-compare' },
    {
      flagged: '[[Those two years in Porto were the happiest any two people have ever been]].',
      pattern: 'beyond-compare',
    },
    { flagged: '[[Our little house in Saint-Malo was paradise]].', pattern: 'beyond-compare' },
    { flagged: '[[Nobody will ever make me laugh the way you did]].', pattern: 'beyond-compare' },
    {
      flagged: '[[we were literally meant to be]], like it was written somewhere',
      pattern: 'beyond-compare',
    },
    { flagged: '[[You were the love of my life and you always will be]].', pattern: 'beyond-compare' },
    { notFlagged: 'The weather in Porto was paradise for a week, then it rained.' },
    { notFlagged: 'Nobody will ever make me laugh at your jokes again, I promise.' },
    { flagged: '[[We were the perfect couple]], and we both knew it.', pattern: 'perfect-couple' },
    { flagged: 'We were happy; [[everyone envied us]].', pattern: 'perfect-couple' },
    { flagged: '[[Everything was perfect between us]], until I ruined it.', pattern: 'perfect-us' },
    { flagged: 'babe, [[our relationship was literally perfect]]', pattern: 'perfect-us' },
    { flagged: '[[We were made for each other]].', pattern: 'perfect-couple' },
    { flagged: '[[In four years we never had a single fight]].', pattern: 'perfect-couple' },
    { flagged: "[[You're perfect in every way]].", pattern: 'you-are-perfect' },
    { flagged: '[[You never did anything wrong]], it was all me.', pattern: 'you-are-perfect' },
    { flagged: '[[No one will ever compare to you]].', pattern: 'you-are-perfect' },
    { flagged: "[[You're the best person I will ever meet]].", pattern: 'you-are-perfect' },
    { flagged: '[[Our house by the sea was paradise]].', pattern: 'perfect-us' },
    { flagged: '[[There was nothing wrong with us]], not really.', pattern: 'perfect-couple' },
    { flagged: '[[There was never a bad day with you]].', pattern: 'perfect-couple' },
    { flagged: '[[We had it all]], and I let it go.', pattern: 'perfect-couple' },
    { flagged: '[[Everything was always easy with us]].', pattern: 'perfect-couple' },
    { flagged: '[[No couple was ever as happy as we were]].', pattern: 'perfect-couple' },
    { flagged: '[[Our life together was a dream]].', pattern: 'perfect-us' },
    { flagged: '[[You are a perfect human being]].', pattern: 'you-are-perfect' },
    { flagged: '[[Everything about us was perfect]].', pattern: 'perfect-us' },
    { flagged: '[[Our love story was like a movie]].', pattern: 'perfect-us' },
    { flagged: '[[We never had a cross word in ten years]].', pattern: 'perfect-couple' },
    { flagged: '[[We were two halves of a whole]].', pattern: 'perfect-couple' },
    { flagged: '[[We were happy every single day]].', pattern: 'perfect-couple' },
    { flagged: '[[Our old cottage by the sea was paradise]].', pattern: 'perfect-us' },
    { flagged: '[[Our little flat on Marsh Lane was the happiest place on earth]].', pattern: 'perfect-us' },
    { flagged: '[[Our love was the romance of the century]].', pattern: 'perfect-us' },
    { flagged: '[[What we had was the stuff of legends]].', pattern: 'perfect-us' },
    { flagged: "[[You're the best thing that ever happened to me]].", pattern: 'you-are-perfect' },
    { flagged: '[[You were the best part of my life]], Ana.', pattern: 'you-are-perfect' },
    { flagged: '[[Nobody has ever loved the way we did]].', pattern: 'perfect-couple' },
    { flagged: '[[Seven years together without a single cross word]].', pattern: 'perfect-couple' },
    { flagged: '[[We were the golden couple]].', pattern: 'perfect-couple' },
    { flagged: '[[What we had was once in a lifetime]].', pattern: 'perfect-us' },
    { flagged: '[[Our flat on Leith Walk was pure heaven]].', pattern: 'perfect-us' },
    { flagged: '[[We had something nobody else will ever have]].', pattern: 'perfect-couple' },
    { flagged: '[[We were destined to be together]].', pattern: 'perfect-us' },
    { flagged: '[[Not once in ten years did we have a bad day]].', pattern: 'perfect-couple' },
    { flagged: 'Honestly, [[we are fated for each other]].', pattern: 'perfect-couple' },
    { flagged: '[[Nothing will ever come close to what we had]].', pattern: 'perfect-couple' },
    { flagged: '[[You are everything a woman should be]].', pattern: 'you-are-perfect' },
    { flagged: '[[There will never be another you]].', pattern: 'you-are-perfect' },
    { notFlagged: 'There will never be another summer like that one in Crete.' },
    { notFlagged: 'The flat was heaven compared with the old bedsit, but the neighbours were awful.' },
    { notFlagged: 'You were the best thing that happened to me that year, and I did not see it.' },
    { notFlagged: "I've had a week without a single bad day since I started the course." },
    { notFlagged: 'The best part of my week is the Thursday group.' },
    { notFlagged: 'I miss our little flat over the bakery.' },
    { notFlagged: 'We had many happy moments, and hard ones too.' },
    { notFlagged: "It wasn't perfect, but it was ours." },
    { notFlagged: 'That weekend in Lisbon was perfect.' },
    { notFlagged: 'Not everything was perfect between us, and I know my part in that.' },
    { notFlagged: 'We looked like the perfect couple, but we had stopped talking.' },
    { notFlagged: 'I thought we were perfect together; I see now how much I missed.' },
    { notFlagged: 'Nobody is perfect, least of all me.' },
    { notFlagged: 'You were perfect for the job in Lyon, and I hope you got it.' },
    { notFlagged: 'We never fought about money, but we fought about time.' },
    { notFlagged: "I'm not asking for a perfect relationship, just an honest talk." },
    { notFlagged: "You're the kindest person I've ever known." },
    { notFlagged: 'Our week in Rome was magical, even with the rain.' },
    { notFlagged: 'There was something wrong with us, and we both knew it.' },
    { notFlagged: 'We were always happy to see your parents.' },
    { notFlagged: 'We had everything ready for the party.' },
    { notFlagged: "We didn't have it all, but we had enough." },
    { notFlagged: 'Our trip to Venice felt like a dream.' },
    { notFlagged: "We were happy every single day of that holiday in Crete, weren't we?" },
    { notFlagged: 'Our love was real, even when it was hard.' },
    { flagged: '[[You were my everything]], the whole of it.', pattern: 'my-world' },
    { flagged: '[[u were my whole entire world]] babe', pattern: 'my-world' },
    { flagged: '[[You are the love of my life]].', pattern: 'my-world' },
    { flagged: '[[You were simply the best]], better than all the rest.', pattern: 'my-world' },
    { flagged: 'My darling, [[you are a diamond among stones]].', pattern: 'my-world' },
    {
      flagged: '[[There will never be anyone like you]], not in this life or the next.',
      pattern: 'you-are-perfect',
    },
    { flagged: '[[No one on this earth can hold a candle to you]].', pattern: 'you-are-perfect' },
    { flagged: '[[God made you just for me]], I am sure of that now.', pattern: 'you-are-perfect' },
    { flagged: '[[In my eyes you could never do anything wrong]].', pattern: 'you-are-perfect' },
    { flagged: 'Honestly, [[we were couple goals]].', pattern: 'perfect-couple' },
    { flagged: '[[Our love was a match made by Allah himself]].', pattern: 'perfect-couple' },
    { flagged: '[[We never had a single problem until the very end]].', pattern: 'perfect-couple' },
    { flagged: '[[Our union was, in every respect, without equal]].', pattern: 'perfect-us' },
    { flagged: '[[The years we shared were a little piece of heaven]].', pattern: 'perfect-us' },
    { flagged: '[[We were like something out of a Nicholas Sparks novel]].', pattern: 'perfect-us' },
    {
      flagged: "[[I've never found a love that even comes close to what we had]].",
      pattern: 'perfect-couple',
    },
    { notFlagged: 'People used to say we were the perfect couple, but they never saw the rows.' },
    { notFlagged: "I'm not going to pretend we were a fairy tale." },
    { notFlagged: "You're the one who decided to leave." },
    { notFlagged: "You were the best at parallel parking, I'll give you that." },
    { notFlagged: "There's no one like you for starting an argument at a wedding." },
    { notFlagged: 'That last year we were like something out of a horror film.' },
    { notFlagged: 'God gave me the strength to write this.' },
    { notFlagged: "Maybe you weren't made for me, and that's all right." },
    { flagged: '[[We had the perfect life until the move]].', pattern: 'perfect-couple' },
    {
      flagged: 'Truly, [[there was never a cross word between us until this year]].',
      pattern: 'perfect-couple',
    },
    {
      flagged: '[[Everyone we knew said we were the couple they wanted to be]].',
      pattern: 'perfect-couple',
    },
    { notFlagged: 'There was never a cross word from you, even when I deserved one.' },
    { notFlagged: 'Your parents were the couple everyone wanted to be, and I envied that.' },
    { notFlagged: 'We were the couple who always left the party first.' },
    { flagged: '[[You complete me]], you always did.', pattern: 'you-are-perfect' },
    { flagged: '[[You were the girl of my dreams]].', pattern: 'my-world' },
    { flagged: '[[Our marriage was ordained by God]].', pattern: 'perfect-us' },
    { notFlagged: 'We had the perfect home for the kids, with a big garden.' },
    { notFlagged: 'The perfect life you post online looks nice.' },
    // Eleventh round: the ideal denied in the same breath.
    { notFlagged: "I'm not saying you were perfect, I'm saying I was worse." },
    { notFlagged: 'I never claimed we were the perfect couple.' },
  ],
})
