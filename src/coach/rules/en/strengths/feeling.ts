// The writer's own emotion, in the first person: "I feel sad and a bit lost since you left", "I miss you",
// "I was hurt". Not blame or mind-reading dressed as a feeling ("you make me feel guilty", "I feel like
// you never cared"), not a pain laid at the reader's door ("I cry every night because of you").
import { FEAR_OF_READER } from '../../../lexicon/en/fear-of-reader.js'
import { PRIDE_IN_FAULT_OUTGROWN } from '../../../lexicon/en/grievance.js'
import { defineRule, sentenceWith } from '../define.js'

/** Emotions (adjectives and participles) a person feels. */
const EMOTION =
  "sad|sadder|flat(?! (?:hunting|hunt|share|sharing|mate|out|broke|on|tyre|tire|white|pack|screen|cap|rate|fee)(?![\\p{L}]))|humiliated|sick|foolish|terrible|awful|horrible|bad (?:about|for)|dreadful|rotten|lonely|lonelier|alone|lost|empty|hurt|angry|mad|furious|scared|afraid|frightened|terrified|anxious|nervous|ashamed|embarrassed|guilty|happy|happier|hopeful|relieved|confused|heartbroken|broken|crushed|devastated|shattered|gutted|numb|exhausted|overwhelmed|frustrated|jealous|insecure|vulnerable|calm|calmer|peaceful|at peace|better|stronger|proud|regretful|remorseful|down|low|depressed|miserable|hopeless|homesick|nostalgic|bitter|resentful|disappointed|betrayed|abandoned|rejected|unloved|invisible|unheard|unseen|neglected|helpless|worried|upset|torn|raw|fragile|shaky|small|tired|drained|uneasy|restless|excited|moved|touched|in love|heavy|lighter|free|stuck|adrift|sorry for (?:myself|what)|like crying|like screaming|like (?:i'?m|i was|i am) (?:drowning|falling apart|going crazy|losing my mind|suffocating|invisible|a ghost|a stranger)|(?:as (?:though|if)|like) (?:the floor|the ground|my heart|my world|everything)|like (?:such )?a (?:stranger|ghost|guest|lodger|visitor|failure|fraud|fool|burden|shadow|spare part|third wheel|mess|wreck)|like (?:a part of me|something) is missing|a lot of (?:pain|sadness|regret|shame|anger|love)|(?:so much|such) (?:pain|sadness|regret|shame|anger|love|guilt|grief)|pain|grief|regret|shame|the (?:loss|absence|ache|emptiness) (?:of (?:you|u|us|it|our \\p{L}+)|every|more|most|deeply|keenly)|your absence|a (?:right |real |bit of a |total |complete )?(?:mess|wreck|state)|blue|troubled|downhearted|low-spirited|out of sorts"
/** Adverbs of degree between "feel" and the emotion. */
const DEGREE =
  '(?:(?:so|very|really|a bit|a little|a little bit|kind of|kinda|sort of|quite|pretty|deeply|incredibly|terribly|truly|still|more|less|rather|somewhat|almost|completely|totally|utterly|strangely|oddly|just|too|extremely|genuinely|honestly|awfully|horribly|also|often|sometimes|mostly|even|increasingly|absolutely|properly|proper|bloody|ever so|super|dead|a wee bit|a tad|that|very much|much|and|lowkey|low-key|highkey|literally|awfy|awfae|gey|hella|wicked|pure)\\s+)*'

export default defineRule({
  id: 'feeling',
  kind: 'strength',
  severity: 'info',
  sixRule: 'open-heart',
  title: 'Feeling',
  summary: 'The writer names their own emotion, in the first person.',
  message:
    'You name your own feeling. It lets them see you without asking anything of them; this is the heart of the letter.',
  patterns: [
    {
      id: 'i-feel',
      // "I feel sad and a bit lost", "I've been feeling lonely", "I never felt so alone".
      re: `{B}(?:i|i'?ve|i have|i'?d|i had|{IM}|i was|i still|i often|i sometimes|i just|i really|i honestly|i kind of|i kinda)\\s+(?:(?:still|often|sometimes|just|really|honestly|also|always|mostly|now|been|started|start|begun|began|to)\\s+)*(?:feel|felt|feeling|(?:have |'ve )?never felt(?=\\s+(?:so|this|more|as){E}))\\s+(?:this\\s+|so\\s+|more\\s+|as\\s+)?${DEGREE}(?:${EMOTION})(?![\\p{L}])`,
    },
    {
      id: 'i-am',
      // "I'm heartbroken", "I was hurt", "I've been so lonely", "I get scared".
      re: `(?:(?<=(?:^|[.!?\\n]|{B}(?:lowkey|highkey|ngl|tbh|honestly|and|but|just))\\s{0,3})(?:been|feeling)|{B}(?:{IM}|i was|i'?ve been|i have been|i had been|i get|i got|i became|i'?ve become|i have become|i still am|i am still))\\s+${DEGREE}(?:[\\p{L}]+,?\\s+and\\s+${DEGREE})?(?:(?:full|filled)\\s+(?:of|with)\\s+(?:regret|sadness|shame|guilt|love|grief|remorse|gratitude|hope|fear|anger|joy|sorrow)|broken(?:-?\\s?hearted)?(?=\\s*(?:[.!,;…]|$)|\\s+(?:inside|hearted)\\b)|(?:down|low|flat)(?=\\s*(?:[.!,;…]|$)|\\s+(?:lately|recently|these\\s+days|since|today|after|for\\s+(?:a\\s+while|months|weeks|a\\s+long\\s+time|ages)|of\\s+late|this\\s+(?:week|month|year)|(?:these|the)\\s+(?:last|past)\\s+(?:few\\s+)?(?:weeks|months|days)|most\\s+(?:days|nights))\\b)|sad|scared|afraid (?:of|that|to)|frightened|terrified|lonely|hurt|heartbroken|devastated|crushed|shattered|gutted|lost|confused|angry|furious|raging|fuming|livid|seething|sore (?:about|over|at)|mad (?:at|about)|upset|anxious|nervous|ashamed|embarrassed|hopeful|relieved|worried|miserable|heartsick|grieving|mourning|struggling|hurting(?!\\s+(?:you|u|him|her|them|people|everyone|the kids|my \\p{L}+|your \\p{L}+)(?![\\p{L}]))|desperate|glad(?! to (?:say|report|help|inform|tell|let|announce|confirm))|falling apart|calmer|better now|okay now|ok now|not (?:okay|ok|doing (?:well|great|okay))|trying to be happy|jealous|insecure|numb|overwhelmed|frustrated|exhausted|homesick|lonelier|sadder|in (?:a lot of |so much |such |real )?pain|in love with (?:you|u)|still in love|torn|happy (?:when|with|that|for (?:you|u)|to (?:see|hear|know))|happier|at peace|proud (?:of (?:us|what|myself|how|(?:you|u)(?![\\p{L}]))|that)|proud(?=\\s*(?:[.!,;…]|$))|going (?:crazy|mad|insane|out of my mind|to pieces)|losing my mind|in (?:pieces|bits|tatters|(?:a |such a )?(?:(?:very|really|pretty) )?(?:bad|dark|low|rough) (?:way|place))|(?:a bit )?all over the place|heartsore|heart-?sick|chuffed|over the moon|(?:thrilled|delighted)(?! to (?:say|report|help|inform|tell|let|announce|confirm|offer|accept|welcome))|buzzing|stoked|cut up|shaken up|beside myself|not myself|blue|troubled|downhearted|low-spirited|down in the dumps|out of sorts|sore (?:inside|at heart)|heavy-hearted|excited|emotional|petrified|on edge|(?:not|barely) coping|not (?:fine|alright|all right|great|good)(?=\\s*(?:[.!,;…]|$)|\\s+(?:at all|really|lately|since|without)(?![\\p{L}])))(?![\\p{L}])`,
    },
    {
      id: 'miss-love',
      // "I miss you", "I still love you", "I miss your voice", "I care about you".
      re: `{B}(?:i|{IM}|i'?ll|i will|i do|i did|i'?ve)(?:\\s+(?:still|really|truly|just|so|deeply|genuinely|honestly|do|already|terribly|desperately|always|will always|'?ll always|sometimes|often|badly|constantly|never stopped|never stop|can'?t help but|have|been|missed))*\\s+(?:(?:miss(?:ed|ing)?|love|loved|care (?:about|for)|cared (?:about|for))\\s+(?:you|u|ya|us)(?![\\p{L}'])(?!\\s+(?:for|to death|too much|being|so much that))|miss(?:ing)?\\s+(?:our|those|the way|how|when|having|being|waking|talking|seeing|hearing|everything about|it all|the (?:old|good|long|lazy|early|late|little)|(?!(?:out|being without)(?![\\p{L}]))\\p{L}{2,}ing(?= (?:at|with|to|about|on|in|together|your|ur|our|the|through|around|by)(?![\\p{L}])))(?![\\p{L}])(?: [\\p{L}'-]+){0,4}|missed\\s+(?:laughing|talking|waking up|cooking|dancing|walking|holding (?:you|u|hands)|sharing|having (?:you|u))(?![\\p{L}])|miss(?:ed|ing)?\\s+(?:(?:your|ur) (?:[a-z]+ )?(?:laugh|voice|smile|face|company|presence|touch|hugs?|jokes|smell|hands?|eyes|texts|messages|kisses|warmth|humou?r|calm|energy|laughter)|(?:that|those) (?:laugh|laughter|smile|grin|giggle|voice|hugs?|kisses|eyes|jokes)(?![\\p{L}])(?!\\s+(?:were|was|are|is|had|have|could|would|used|will)(?![\\p{L}]))|being with (?:you|u)|talking (?:to|with) (?:you|u)|seeing (?:you|u)|waking up (?:next to|with|beside) (?:you|u)|having you (?:around|near|close|in my life|beside me)|the sound of your))|(?<=(?:^|[.!?\\n])\\s{0,3})(?:am|been|still|really|so)\\s+(?:(?:still|really|so|truly)\\s+)?missing\\s+(?:you|u|ya)(?![\\p{L}'])(?!\\s+(?:for|to death|being))|(?:miss(?:ing)?|love)(?<=(?:^|[.!?\\n])\\s{0,3}(?:miss(?:ing)?|love)) (?:you|u|ya)(?: so much| loads| lots| tons| every day)?(?=\\s*[.!,…x❤]|\\s*$)`,
    },
    {
      id: 'heart',
      // "My heart aches", "It still hurts to think about that night", "I cried for days".
      re: `{B}i (?:\\p{L}+ )?(?:find|found|catch|caught) myself (?:missing|crying|aching for|longing for|wishing (?:you|u) were)(?![\\p{L}])|{B}it (?:still |really |truly |just |honestly )?(?:breaks|broke|is breaking|crushes|crushed|tears|tore) my heart|{B}(?:this|the|your) (?:silence|distance|waiting|not knowing|quiet) (?:is|has been|was) (?:(?:really|just|slowly|honestly)\\s+)?(?:killing me|unbearable|so hard|really hard|hard on me|awful|painful|torture|eating me)|{B}(?:a )?part of me (?:died|is gone|broke|left with (?:you|u)|will always love (?:you|u)|still loves (?:you|u)|misses (?:you|u|us))|{B}{IM} (?:so |really |truly |just )?sorry (?:that )?(?:it|things|we|this|our \\w+)(?: all)? (?:ended|went|turned out|had to end|didn'?t work|fell apart|is over)(?![\\p{L}])|{B}my (?:spirit|soul) (?:has been|'s been|is|was|feels|felt) (?:so |very |really |quite |still |deeply )?(?:heavy|troubled|weary|restless|sad|grieving|tired|sore|at peace)(?![\\p{L}])|{B}i (?:(?:still|sometimes|often|usually|just)\\s+)?(?:cry|cried|sob|sobbed|break down|broke down|fall apart|fell apart|well up|welled up) (?:in the (?:car|shower|bath|loo|toilets?|bathroom|kitchen|stairwell|supermarket)|at (?:work|my desk|the (?:bus stop|station|traffic lights))|on the (?:bus|train|tube|way (?:home|to work)|stairs))(?![\\p{L}])|(?<=(?:okay|ok|fine|alright|all right|well|good|coping|managing|myself)(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:but|and) (?:most|some|other) days,? )(?:i'?m|i am|im) not(?=\\s*(?:[.!,;…]|$))|{B}my heart (?:(?:still|really|just|truly)\\s+)?(?:(?:has been|'s been|is|was|feels|felt) (?:so |very |really |quite |still )?(?:heavy|sore|bruised|aching|tender|broken|sad|troubled|in (?:pieces|bits|tatters))|aches|ached|breaks|broke|is breaking|hurts|hurt|sank|sinks|is broken|is heavy|was heavy|feels heavy|is full|skips|skipped|races|raced|is in pieces)(?![\\p{L}])|{B}it (?:(?:still|really|honestly|truly|kind of|kinda|sort of|a bit|a little|so|just)\\s+)*(?:hurts|hurt|stings|stung|aches|ached)(?: me)?(?: so much| a lot| a bit| a little| more than i)? (?:to (?:think|see|know|remember|read|hear|write|say|admit|look)|when|that|every time|thinking|knowing|seeing)(?![\\p{L}])|{B}i (?:(?:have|'ve|still|often|sometimes|just)\\s+)?(?:cried|cry|wept)(?: myself to sleep| for (?:days|weeks|hours|a long time)| a lot| so much| every (?:night|day)| when| reading| writing| as i)|{B}pretend (?:it|that|this) (?:didn'?t|doesn'?t|did not|does not|wasn'?t|isn'?t) (?:hurt|sting|hard|painful)|{B}it (?:still |really |honestly |truly |kind of |kinda )?(?:hurts|hurt|stings|stung|aches|ached)(?: me)?(?: a bit| a little| a lot| so much| every (?:single )?day| all the time| constantly| like hell)?(?= ?[.!,;—–]|$| but )|{B}(?:everything|life|the flat|the house|home|my life|the world|it all)(?: since| lately| now| since then| since you left)?(?: has| had| 's)? (?:feels|felt|seems|seemed|been) (?:so |really |just |very |pretty |quite |a bit |a little |kind of |kinda )?(?:far away|flat|numb|muted|dull|meaningless|grey|gray|empty|quiet|heavy|dark|pointless|hollow|strange|wrong|too quiet|colourless|colorless)|{B}i (?:haven'?t|havent|have not) (?:been|felt) (?:okay|ok|myself|like myself|well|good|the same|right|normal|whole|settled|at peace)(?![\\p{L}])|{B}it (?:still |really |honestly |just |truly )?(?:kills|killed|is killing|guts|gutted|haunts|haunted|eats at|tears at|tore at) me (?:that|to|when|how|knowing|thinking|inside|every)(?![\\p{L}])|{B}i(?:'ve| have)? (?:had|have had) (?:a|my) (?:good |little |long |proper |big |quiet |bit of a |real )?(?:cry|weep|sob|wobble|meltdown)(?![\\p{L}])|(?<!{B}(?:you|u|he|she|they)\\s+(?:still\\s+|always\\s+|just\\s+|used to\\s+)?){B}(?:makes|made|make) my (?:stomach|heart|chest|throat) (?:flip|drop|lurch|ache|sink|race|skip|hurt|tighten|knot|turn|clench|jump)(?![\\p{L}])|{B}(?:i'?ll|i will|i) (?:always |still |never stop |keep |won'?t stop )(?:loving|love) (?:you|u)(?![\\p{L}])`,
    },
    {
      id: 'stirs-me',
      // The feeling named from the other side: "that frightens me", "there's a sadness in me", "I'm not sorry
      // for loving you", "sad sometimes, but okay".
      re: `{B}(?:that|it|this|which|the (?:thought|idea|silence|quiet))(?: (?:still|really|honestly|sometimes|just))? (?:frightens|scares|terrifies|worries|upsets|saddens|haunts|breaks|grieves|pains) me(?! to say)(?![\\p{L}])|{B}(?:what happened(?: (?:in|at|on|that|with) [^.!?\\n,;]{1,30}?)?|what (?:you|u) did(?: (?:with|to|at|in|on|that) [^.!?\\n,;]{1,30}?)?|the way (?:it|things|we|that) (?:ended|went|finished)|(?:that|it|this|which|the (?:breakup|break-up|ending|news|silence|distance))(?: (?:still|really|honestly|truly|deeply))?) (?:(?:still|really|honestly|truly|deeply)\\s+)?(?:hurt|hurts|stung|stings|shook|shakes|crushed|wounded|floored|gutted|devastated|shattered) me(?![\\p{L}])(?! (?:to say|to (?:hear|tell|admit)))|{B}(?:there'?s|there is|i have|i'?ve got|i carry|i'?m (?:walking|going) (?:around|about) with|i walk (?:around|about) with) (?:a|this|such a|an) (?:[\\p{L}]+ )?(?:sadness|ache|emptiness|hole|heaviness|grief|loneliness|longing|hurt|sorrow|weight|stone|knot) (?:(?:in|inside) (?:me|my (?:chest|heart|life|stomach|gut))|(?:that|which) (?:still )?(?:hasn'?t|has not|won'?t|will not|doesn'?t|does not|never|just won'?t|still hasn'?t) (?:really |quite |fully )?(?:gone|go|left|leave|lifted|lift|faded|fade|eased|ease|shifted|shift))(?![\\p{L}])|{B}the (?:loneliness|sadness|grief|missing (?:you|u)|ache|guilt|emptiness|heartache|longing) (?:is|gets|can be|has been|was) (?:a lot|too much|unbearable|crushing|overwhelming|(?:so |really |very |pretty |quite )?(?:heavy|hard|brutal|awful))(?![\\p{L}])|{B}(?:for|about) loving (?:you|u)(?![\\p{L}])|{B}(?:i'?m|im|i am|i'?ve been|i have been|i still|i)\\s+(?:still\\s+)?(?:carry|carrying|holding|hold)\\s+(?:a lot of|so much|such|this|a|an|some)\\s+(?:[\\p{L}]+\\s+)?(?:sadness|grief|hurt|pain|anger|guilt|shame|heartache|sorrow|heaviness|regret|ache)(?![\\p{L}])|{B}(?:it|that|this|losing (?:you|u)|(?:you|u) leaving|your leaving|the breakup|the break-up|the divorce|what happened(?: (?:in|at|on|that|with|between) [^.!?\\n,;]{1,30}?)?|the way (?:it|things|we) ended)\\s+(?:broke|has broken|shattered|changed|took)\\s+something\\s+(?:in|inside|out of)\\s+me(?![\\p{L}])|{B}(?:i'?ve been|i have been|i keep|{IM}) (?:still )?crying (?:a lot|so much|every (?:night|day)|myself to sleep|at night|on and off|in the (?:car|shower))(?![\\p{L}])|{B}(?:i'?ve been|i have been|i was) (?:a (?:complete |total |bit of a |right )?mess)(?=\\s*(?:[.!;…]|$)|\\s+(?:since|lately|these days|without|after|for)(?![\\p{L}]))|{B}my heart (?:is )?pain(?:s|ing)(?![\\p{L}])|{B}(?:{IM}) having (?:so much |very much |much |a lot of |lots of )?(?:pain|sadness|sorrow|tension) in my (?:heart|mind)|{B}(?:it'?s|it has|this has|it'?s been|life has) been (?:a (?:real |bit of a |proper |total )?(?:struggle|battle|nightmare|rollercoaster|slog))(?![\\p{L}])|{B}i (?:still |really |truly |do )?adore (?:you|u)(?![\\p{L}])|{B}i (?:still |often |sometimes |really |do )?(?:fret|worry|grieve|ache|long|yearn|pine|mourn)(?:ed)? (?:about|for|over|after) (?:you|u|us|what we|our)(?![\\p{L}])|(?<!{B}(?:he|she|they|you|u|he'?s|she'?s|is|are|was|were|who|everyone|someone|nobody|no one)\\s+(?:(?:still|so|totally|clearly|obviously)\\s+)?){B}(?:still |so )?in love with (?:you|u)(?![\\p{L}])|{B}missing (?:you|u) (?:is|has been|was|hurts)(?![\\p{L}])|(?:{B}(?:{IM}|i was|i'?ve been|i have been|i feel|i felt) (?:a (?:complete |total |bit of a |right |emotional )?(?:wreck|state)(?=\\s*(?:[.!,;…]|$)|\\s+(?:since|lately|these days|without|after|for)(?![\\p{L}]))|hollow|heavy-hearted|blue)(?![\\p{L}]))|(?<!{B}(?:you|u|he|she|they)[^.!?\\n]{0,20}){B}(?:it'?s|it has|this has|things have|life has|the last (?:few )?(?:months|weeks|year) (?:have|has)) been (?:so |really |very |incredibly |pretty |bloody )?(?:hard|tough|rough|difficult|awful|horrible|painful|lonely|grim|brutal)(?: for me| without (?:you|u))?(?= ?[.!,;…—–]|$| (?:not gonna lie|ngl|tbh|honestly|i won'?t lie|to be honest|if i'?m honest|lately|these days|recently)(?![\\p{L}]))|(?<={B}(?:i|i'?m|im|me)(?![\\p{L}])[^.!?\\n]{0,40}){B}(?:sad|lonely|low|down|scared|angry|lost|tearful|anxious|heartbroken|gutted)(?: (?:sometimes|at times|most days|some days|a lot|on and off|now and then|every now and then|in the evenings|at night))(?![\\p{L}])`,
    },
    {
      id: 'understated',
      // Feelings said quietly or sideways: "I felt like I'd disappeared", "I'm so tired, Dev", "it was hard, but I
      // needed it", "Part of me was relieved when you left, and that scared me", "I find I don't like it", "Glad
      // you're doing well", "Some days I'm fine, some days I'm not", "I'm still a bit shaken", "Still miss you",
      // "I won't pretend I wasn't hurt", "The flat feels empty without you", "My chest still tightens".
      re: `{B}(?:felt|feel|feeling) (?:like|as if|as though) i(?:'?d| had| was| am|'?m)? (?:just |simply |completely )?(?:disappeared|vanished|been erased|stopped existing|didn'?t exist|did not exist|wasn'?t there|was nothing|was invisible|was a ghost)(?![\\p{L}])|{B}(?:{IM}|i was|i'?ve been|i have been)\\s+(?:(?:so|just|really|dead|bone|very|bloody|still|a bit|a little|quite)\\s+)*(?:tired|weary|shaken|rattled|wobbly|shook)(?= ?[.!,;…—–]|$| of (?:being (?!alive|here|around)|all|it|everything|feeling|pretending|fighting|carrying)| and| but| now| lately| since)|(?<=(?:{B}(?:i|me|my|i'?m|im|i'?ve)(?![\\p{L}])|^|[.!?\\n]\\s{0,3})[^.!?\\n]{0,60})(?<!{B}(?:even|when|if|though|because|whenever)\\s+){B}(?:and |but )?it was (?:so |really |very |incredibly |pretty |bloody |quite |a bit )?(?:hard|tough|rough|awful|horrible|painful|lonely|grim|brutal|a shock|a blow)(?: for me)?(?= ?[.!,;…—–]|$| but| and)|{B}(?:a )?part of me (?:was|is|felt|feels|still feels|still is|will always be)\\s+${DEGREE}(?:relieved|sad|scared|afraid|frightened|terrified|lonely|hurt|heartbroken|devastated|lost|angry|ashamed|hopeful|happy|numb|jealous|empty|glad|broken|gutted|shaken|rattled|tired|exhausted)(?![\\p{L}])|{B}(?:that|it|this|which)(?: (?:really|honestly|just|genuinely|properly))? (?:scared|frightened|terrified|worried|upset|saddened|haunted|shook|stung|gutted|broke) me(?![\\p{L}])|{B}i find (?:that )?i (?:don'?t|do not|can'?t|cannot) (?:like|bear|stand|handle) (?:it|that|the (?:quiet|silence))(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:so|really|genuinely|honestly|truly)\\s+)?(?:glad|happy|pleased|relieved) (?:you'?re|you are|ur|u r|to hear|to see|that you|you'?ve|you have)(?![\\p{L}])|{B}some days (?:i'?m|im|i am|i feel|are|it'?s) (?:fine|ok|okay|good|alright|all right|not|easier|harder|better|worse|awful|under|drowning|struggling|a wreck|a mess|in bits|in pieces|barely)(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:still|really|so) (?:miss|love) (?:you|u|ya)(?![\\p{L}'])|{B}(?:i (?:won'?t|will not|can'?t|cannot)|(?:{IM}) not (?:going to|gonna)) pretend (?:that )?(?:i (?:wasn'?t|was not|'?m not|am not|don'?t|didn'?t|like|liked|was fine|'?m fine|am fine|'?m okay|am okay)|it (?:didn'?t|doesn'?t|did not|does not) (?:hurt|sting))(?![\\p{L}])|{B}(?:the |this |our |my )?(?:flat|house|home|bed|place|room|kitchen|car|weekends?|evenings?|nights?|sundays?|mornings?|days?) (?:feels?|felt|is|seems?|seemed|has been|'s been|are|have been) (?:so |very |really |too |strangely |awfully |horribly )?(?:empty|quiet|silent|cold|lonely|strange|wrong|big|long) (?:without (?:you|u)|since (?:you|u))|{B}my (?:chest|stomach|throat|heart) (?:still )?(?:tightens|tightened|drops|dropped|knots|knotted|sinks|sank|lurches|lurched|flips|flipped|turns|jumps|clenches)(?![\\p{L}])|{B}i'?ve cried (?:more|so much|a lot)(?![\\p{L}])|{B}(?:i|i'?ll) (?:\\p{L}+ )?regret (?:so much|a lot|everything|how (?:it|things|we)|the way (?:it|things|we))(?![\\p{L}])|{B}(?:it'?s|it has|it'?s been|this has|it has been) been a (?:really |very |pretty )?(?:rough|hard|tough|difficult|lonely|long|strange|bad|sad) (?:few )?(?:months|weeks|year|time|while|winter|summer)(?![\\p{L}])|{B}grief (?:is (?:a|the)|comes|hits|catches|creeps|washes|sneaks)(?![\\p{L}])|{B}writing (?:this|to (?:you|u))(?: letter)? (?:is|has been|was) (?:so |really |much |far |a lot )?(?:hard|harder|difficult|scary|strange|weird|painful|emotional)(?![\\p{L}])|{B}(?:there'?s|there is) (?:a|this) (?:hole|gap|space|emptiness) where (?:you|u)(?![\\p{L}])|{B}i (?:still )?(?:wake up|go to sleep|fall asleep|go to bed) (?:still )?missing (?:you|u)(?![\\p{L}])|{B}(?:i get|i got|i still get|there'?s|i have|i'?ve got) a lump in my throat|(?<!{B}(?:your|ur|his|her|their)\\s+)(?:{B}(?:the )?(?:evenings|nights|weekends|mornings|sundays|holidays|christmases)) (?:are|were|have been) (?:(?:so|really|very|the)\\s+)?(?:hard|hardest|tough|toughest|worst|lonely|loneliest|difficult|rough|quiet|empty|long)(?![\\p{L}])|{B}(?:it'?s|it has|things have|life has) been (?:so |really |pretty |proper |bloody )?(?:rubbish|crap|shit|weird|strange|empty|quiet|grim|horrible) (?:without (?:you|u)|since (?:you|u))|{B}(?:it'?s|it is|it has been|it'?s been|this is|that'?s) (?:a kind of |a sort of |like )?(?:grief|mourning|heartbreak)(?![\\p{L}])`,
    },
    {
      id: 'said-plainly',
      // Everyday shapes of a feeling: "i been so low since u left", "I'm not angry anymore, just sad", "Part of
      // me is still hurting", "My chest gets tight", "I feel very bad and empty", "Writing this makes me anxious",
      // "my heart has been paining me", "i reallly miss you", "I miss very much our evenings", "I sat on the step
      // and cried a bit", "I still feel a pang of shame", "There's a loneliness in the flat now".
      re: `{B}(?:i|me) been\\s+${DEGREE}(?:sad|lonely|lost|miserable|scared|anxious|depressed|heartbroken|gutted|hurt|hurting|struggling|numb|angry|upset|crying|a (?:mess|wreck)|in (?:bits|pieces)|missing (?:you|u)|(?:low|down)(?!\\s+(?:on|for|with|to)(?![\\p{L}])))(?![\\p{L}])|(?<={B}(?:i'?m|im|i am|i was|i feel|i felt)(?![\\p{L}'])[^.!?\\n]{0,40}),\\s*(?:just|only|mostly|more|but)\\s+(?:(?:a bit|a little|really|so|very|still|mostly|deeply)\\s+)?(?:sad|hurt|tired|lonely|lost|disappointed|heartbroken|numb|empty|scared|relieved|confused)(?![\\p{L}])|{B}part of me (?:is|was|'s|has been|will always be|still is|is still)\\s+${DEGREE}(?:hurting|aching|grieving|struggling|in pieces|in mourning|heartbroken)(?![\\p{L}])|{B}my (?:chest|throat|stomach|heart) (?:still |always )?(?:gets|got|goes|went|feels|felt|get|go) (?:all |so |really |a bit |a little )?(?:tight|tighter|heavy|heavier|in (?:a )?knots?)(?![\\p{L}])|{B}my eyes (?:still |always )?(?:get|got|go|went|fill|filled|well|welled) (?:up|wet|watery|teary|misty)(?![\\p{L}])|{B}i (?:feel|felt|am feeling|'?m feeling|was feeling|'?ve been feeling|have been feeling)\\s+${DEGREE}(?:bad|terrible|awful|horrible)(?=\\s+(?:and|since|these days|lately|inside|all the time|every day)(?![\\p{L}])|\\s*(?:[.!,;…—–]|$))|{B}(?:it|this|that|writing(?: (?:this|to (?:you|u)))?|thinking (?:about|of) (?:it|that|this|you|u|us)|remembering|the (?:thought|idea|memory|silence|quiet|distance|waiting))(?:\\s+(?:letter|message|all|now|again|back))?\\s+(?:(?:still|really|always|just|honestly|sometimes|even)\\s+)?(?:makes|made|make|is making|has made|keeps making) me (?:feel\\s+)?${DEGREE}(?:anxious|nervous|sad|sadder|happy|happier|emotional|tearful|teary|cry|smile|shaky|lonely|lonelier|scared|afraid|jittery|homesick|nostalgic|weepy|well up|tear up|miss (?:you|u|us))(?![\\p{L}])|{B}my (?:heart|soul|spirit) (?:has been|'s been|is|was|keeps|kept|still|is still) (?:(?:so|really|very|just)\\s+)?(?:paining|hurting|aching|breaking|bleeding|grieving)(?: me)?(?![\\p{L}])|{B}(?:i|im|i'?m)\\s+(?:(?:re+a+l+y+|so+|ve+ry+|tru+ly+|sti+l+|do|just),?\\s+){1,3}(?:miss|love)\\s+(?:you|u|ya)(?![\\p{L}'])(?!\\s+(?:for|to death|being)(?![\\p{L}]))|{B}i (?:still |really |do )?miss(?:ed)? (?:very much|so much|a lot|terribly|badly|greatly|dearly) (?:our|the|your|ur|you|u|those|how|when|having|being|talking|seeing)(?![\\p{L}])|(?<={B}i(?![\\p{L}'])[^.!?\\n,;]{0,50}?)(?<!{B}(?:you|u|he|she|they|mum|mom|dad|everyone|nobody|kids?|said|says|told me|that)\\s+(?:(?:just|had|have|really|all|also|both|then|nearly|almost)\\s+)?){B}(?:cried|wept|sobbed|bawled|teared up|welled up)(?=\\s+(?:a (?:bit|little|lot)|like a baby|my eyes out|on the|in the|when|reading|writing|over|at|for a (?:bit|while|minute|moment|good while)|and|again|quietly|properly)(?![\\p{L}])|\\s*(?:[.!,;—–…]|$))|{B}(?:i|i'?ve|i have|i still|i often|i sometimes|i get|i got)\\s+(?:(?:still|often|sometimes|also|just)\\s+)?(?:feel|felt|get|got|have|had|'ve had)\\s+(?:a|this|that|the same|such a)\\s+(?:(?:little|small|sharp|sudden|real|big|huge|horrible|awful|strange|sick|heavy)\\s+)?(?:pang|twinge|stab|wave|rush|flicker|surge|jolt|knot|pit|lump|ache|tug)\\s+(?:of\\s+(?:shame|guilt|regret|sadness|jealousy|grief|loneliness|longing|nostalgia|panic|fear|anxiety|envy|love|pride|joy|happiness|relief|anger|hurt|sorrow|homesickness)|in my (?:stomach|chest|throat|heart))(?![\\p{L}])|{B}(?:there'?s|there is|there'?s been|there has been)\\s+(?:a|an|this|such a)\\s+(?:[\\p{L}]+\\s+)?(?:loneliness|sadness|emptiness|heaviness|ache|grief|longing)\\s+(?:in|about|around|over)\\s+(?:the|this|my|our|every)\\s+(?:flat|house|home|room|place|kitchen|bed|days?|evenings?|nights?|mornings?|weekends?|life|chest|heart)(?![\\p{L}])|(?<!{B}(?:explain|explaining|explained|tell|telling|told|ask|asking|asked)(?![\\p{L}])[^.!?\\n]{0,40}){B}(?:am i|i'?m|im|i am|i keep|i kept|i was|i'?ve been|i have been)\\s+(?:(?:still|literally|actually|just|always)\\s+)?crying\\s+(?:over|about|at|because|when|while|in|on|reading|writing|again)(?![\\p{L}])|{B}my (?:heart|soul|spirit) (?:has been|'s been|is|was|feels|felt|remains|grows|grew) (?:(?:so|very|really|quite|still|deeply|most|sorely)\\s+)?(?:sorrowful|grieved|burdened|downcast|wounded|uneasy|unsettled|restless|aching|weary|low)(?![\\p{L}])|(?<!{B}(?:you|u|he|she|they)[^.!?\\n]{0,20}){B}(?:it'?s|it has|things have|life has|the (?:days|weeks|months|nights|evenings|weekends|winter|summer) (?:have|has)) been (?:(?:so|really|very|pretty|bloody|fairly|quite)\\s+)?(?:bleak|miserable|dismal|dark|hell|torture|a nightmare|unbearable|empty|grey|gray|numb|lonely|grim)(?= ?[.!,;…—–]|$| without (?:you|u)| since (?:you|u))|{B}(?:{IM}|i was|i get|i got|i go|i went|i'?ve been|i have been|i feel|i felt)\\s+${DEGREE}(?:all\\s+)?(?:teary|tearful|weepy|choked up|misty-eyed|welled up|emotional|wistful|melancholy|melancholic|mopey|glum|gloomy|forlorn|morose|despondent|crestfallen|bereft|wretched|distraught|inconsolable|broken-hearted|sick with worry|beside myself)(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:still|really|so)\\s+)?miss(?:ing)? (?:you|u|ya) (?:heaps|loads|lots|tons|tonnes|a ton|a lot|like crazy|like mad|to bits|terribly|badly|so so much|more than ever|already|every single day|like hell)(?![\\p{L}])|{B}my heart'?s (?:still )?(?:in (?:pieces|bits|tatters|ribbons)|broken|heavy|aching|sore|sorrowful)(?![\\p{L}])|{B}i(?:'?ve| have) never been (?:so|this|more|as) ${DEGREE}(?:${EMOTION})(?![\\p{L}])`,
    },
    {
      id: 'life-without-you',
      // The feeling said through the life around it: "Being without you is harder than I thought it would be", "Life
      // since you left has been so quiet", "There's a you-shaped hole in everything", "I laugh less these days".
      re: [
        String.raw`{B}(?:being|life|living|everything|things|it'?s|it\s+is|it\s+has\s+been|it'?s\s+been|the\s+(?:flat|house|place|evenings|weekends|nights|mornings|days))\s+(?:(?:here\s+)?(?:without\s+(?:you|u)|since\s+(?:you|u)\s+(?:left|went|moved\s+out)|on\s+my\s+own|alone))\s+(?:is|are|has\s+been|have\s+been|'s\s+been|feels?|felt|was|were)\s+(?:(?:so|much|a\s+lot|far|way|really|very|strangely|awfully)\s+)*(?:harder|hard|lonelier|lonely|quieter|quiet|emptier|empty|strange|stranger|different|difficult|grey|gray|heavy|heavier|colder|dull|flat|sad|sadder)(?![\p{L}])`,
        String.raw`{B}(?:a|this|that)\s+(?:you|u)-?shaped\s+(?:hole|gap|space)(?![\p{L}])`,
        // …or through the self: "Something in me just went quiet", "I don't recognise myself anymore".
        String.raw`{B}(?:something|a\s+(?:part|bit)|part)\s+(?:in|of|inside)\s+me\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+)?(?:went|has\s+gone|'s\s+gone|goes)\s+(?:quiet|numb|dark|out|cold|still|missing)(?![\p{L}])|{B}i\s+(?:don'?t|do\s+not|dont|barely|hardly|no\s+longer)\s+(?:even\s+)?recogni[sz]e\s+myself(?:\s+(?:any\s?more|these\s+days|now|lately))?(?![\p{L}])`,
        String.raw`{B}i\s+(?:laugh|smile|sleep|eat|sing|go\s+out)\s+(?:a\s+lot\s+|so\s+much\s+|much\s+)?less\s+(?:these\s+days|now|nowadays|since\s+(?:you|u)|than\s+i\s+used\s+to|without\s+(?:you|u))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'state-plainly',
      span: 'match',
      // Eleventh round (tuning misses): the writer's state said in everyday words. "I hope you know I'm okay, really",
      // "I'm in a much better place now", "When you moved to Cork I felt left behind", "i felt like an idiot standing in
      // that empty flat", "I wanted you to know I was touched", "that made my week", "Losing Nan nearly broke me", "and I
      // loved it", "I miss it terribly", "I've been to hell and back", "admit how scared I was". Not agreement ("I'm okay
      // with that"), not "loved it when you left".
      re: [
        String.raw`(?<!{B}worry(?: about me)?[,;:—–]?\s{1,2}){B}(?:i'?m|im|i am)\s+(?:(?:really|honestly|actually|genuinely|doing)\s+)?(?:alright|all right|okay|ok)(?=\s*(?:[.!;…]|$)|,\s*(?:really|honestly|i promise|sad|mostly|more or less|just)|\s+(?:really|now|these days|again|mostly|in the end)(?![\p{L}]))(?![^.!?\n]{0,20}{B}(?:stop|leave me|don'?t (?:ask|bother|worry))(?![\p{L}]))`,
        String.raw`{B}(?:i'?m|im|i am|i'?ve been|i have been)\s+(?:(?:now|finally|slowly|honestly)\s+)?in a (?:(?:much|far|lot|way|so much)\s+)?(?:better|good|healthier|calmer|happier|bad|dark|low|difficult|terrible|awful) place(?![\p{L}])`,
        String.raw`{B}i (?:felt|feel|was feeling|have felt|'ve felt)\s+(?:(?:so|a bit|really|very|completely|totally|kind of|a little)\s+)?(?:left behind|left out|let down|shut out|pushed aside|pushed out|like an idiot|like a fool|like a spare part|like a third wheel)(?![\p{L}])`,
        String.raw`{B}i (?:was|am|'m|felt)\s+(?:(?:so|really|very|deeply|genuinely|truly|quite)\s+)?touched(?=\s*(?:[.!,;…]|$)|\s+(?:by|that|to)(?![\p{L}]))`,
        String.raw`(?<!{B}thanks a lot[^.!?\n]{0,60}){B}(?:that|it|this|which|your (?:letter|card|message|note|text))\s+(?:(?:really|honestly|genuinely|completely)\s+)?made my (?:day|week|month|year)(?![\p{L}])|{B}(?:nearly|almost|completely|really|just about)\s+broke me(?![\p{L}])`,
        String.raw`{B}i (?:(?:still|really)\s+)?miss(?:ed)? (?:it|that|them) (?:terribly|so much|a lot|every day|badly|more than)(?![\p{L}])`,
        // Twelfth: "that really messed me up for a while", "losing you knocked me for six".
        String.raw`{B}(?:that|it|this|the (?:breakup|break-up|divorce|silence|news|ending)|losing (?:you|u|us)|(?:you|u) (?:leaving|going)|your leaving|what happened)\s+(?:(?:really|honestly|properly|totally|completely|kind of|kinda|proper)\s+)?(?:messed|screwed|fucked|mucked) me up|{B}(?:that|it|this|the (?:breakup|break-up|divorce|news)|losing (?:you|u|us)|(?:you|u) leaving|your leaving)\s+(?:(?:really|honestly|properly|totally|completely)\s+)?knocked me (?:sideways|for six|flat|off my feet)(?![\p{L}])`,
        // Twelfth: regret named as lasting ("thats something i'll always regret").
        String.raw`{B}(?:that'?s|thats|that is|it'?s|its|it is|which is)\s+(?:something|one thing|the thing|the one thing) (?:i'?ll|ill|i will|i'?m going to|i am going to) (?:always |forever |never stop(?:ping)? to )?regret(?![\p{L}])`,
        // Twelfth: "I'm not going to pretend I'm fine", "I won't pretend I'm over it".
        String.raw`{B}(?:{IM}|i am) not (?:going to|gonna) pretend(?: that)? (?:{IM}|i am|to be) (?:fine|okay|ok|alright|all right|over (?:it|you|this|us)|not hurt|not (?:sad|angry))(?![\p{L}])|{B}i (?:won'?t|will not|can'?t|cannot) pretend(?: that)? (?:{IM}|i am|to be) (?:fine|okay|ok|alright|all right|over (?:it|you|this|us))(?![\p{L}])`,
        // Twelfth: "It hit me harder than I thought it would", "losing you hit me like a ton of bricks".
        String.raw`{B}(?:it|this|that|the (?:breakup|break-up|news|divorce|silence|ending|end of us)|losing (?:you|u|us)|(?:you|u) leaving|your leaving)\s+(?:(?:really|honestly|just)\s+)?hit me (?:(?:so |much |far |a lot |way )?harder than(?:[^.!?\n,;]{0,40}?(?:would|expected|thought|imagined|admit|let on|showed|could)(?: (?:it|that|this) (?:would|did|might|could|was going to))?(?![\p{L}]))?|(?:really )?hard(?=\s*(?:[.!,;…]|$)| (?:when|this|that|last|after))|like a (?:truck|train|tonne of bricks|ton of bricks|bus))`,
        String.raw`{B}(?:i'?ve|i have) been (?:through )?(?:to )?hell and back(?![\p{L}])|{B}(?:admit|say|tell (?:you|u)|confess) how (?:scared|frightened|lonely|sad|hurt|lost|ashamed|jealous|angry|afraid|broken|heartbroken) i (?:was|am|felt|'ve been|have been)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'broke-in-me',
      // Twelfth round (letters review): the hurt said as what it did inside the writer ("Finding out about you and
      // Tyler broke something in me", "Something in me died when you left", "it shattered something in me"), the
      // form the blame message recommends. Not about the reader ("it broke something in you"), and not said as the
      // reader's doing in so many words ("you broke something in me" is the reader's act; blame reads it).
      re: String.raw`(?<!{B}(?:you|u)\s+(?:(?:really|just|completely|totally)\s+)?)(?:{B}(?:broke|breaks|has broken|shattered|killed|crushed|cracked|snapped)\s+something\s+(?:(?:deep\s+)?inside|in|deep in)\s+me(?![\p{L}])|{B}something\s+(?:(?:deep\s+)?inside|in|deep in)\s+me\s+(?:just\s+)?(?:broke|died|shattered|snapped|cracked|went out|gave way|shut down|closed)(?![\p{L}])|{B}i (?:(?:just|completely|totally|kind of|kinda|sort of)\s+)?went (?:(?:completely|totally|a bit)\s+)?(?:numb|to pieces|to bits)(?![\p{L}])|{B}i (?:(?:just|completely|totally|kind of|kinda|sort of|about|nearly|almost|pretty much|honestly)\s+)?fell apart(?![\p{L}]))`,
    },
    {
      id: 'echo',
      // Thirteenth round (strengths13 letters): missing echoed after someone else's ("Biscuit misses you, I do too",
      // "The kids miss you and so do I", "Mum misses you, and honestly so do I"): the writer's own feeling, said shyly.
      // Only inside one sentence: a finding never leaves its sentence, so "Biscuit misses you. I do too." stays unread.
      re: String.raw`{B}(?:miss(?:es|ed)?|loves?|loved|waits? for|waited for|waiting for|looks? for|looking for)\s+(?:you|u)(?:\s+(?:so much|loads|heaps|a lot|terribly|like crazy|like mad|too))?\s*[.!,;]?\s{0,3}(?:(?:and|but)\s+)?(?:(?:honestly|truly|if i'?m honest|to be honest|tbh|if i'?m being honest),?\s+)?(?<span>so do i|so did i|i do too|i do as well|i did too|i do also|me too|as do i)(?![\p{L}])`,
    },
    {
      id: 'see-you-everywhere',
      // Sixteenth round (lead review): missing told as seeing the reader everywhere ("I keep seeing you everywhere", "I
      // still look for you in every crowd", "i see u in everything"). Not the reader seen in a place ("I see you
      // everywhere on Instagram", "I keep seeing you at the gym").
      re: String.raw`{B}i\s+(?:(?:keep|still|kind of|sort of|just)\s+)*(?:see|seeing|look for|looking for|hear|hearing|notice|noticing|find|finding)\s+(?:you|u|your face|ur face|bits of (?:you|u))\s+(?:everywhere|in (?:every|everything|every\s+\p{L}+|all the)(?![\p{L}]))(?![^.!?\n]{0,30}?{B}(?:on|at)\s+(?:insta\p{L}*|facebook|fb|tiktok|twitter|social|the gym|work|the school|the shop|church|stories|snap\p{L}*)(?![\p{L}]))`,
    },
    {
      id: 'hits-me',
      // Thirteenth round (strengths13 probe): grief told by how it returns ("Some mornings I wake up and forget for a
      // second, and then it hits me all over again", "it hit me like a train when I saw your jacket"). Not a
      // realisation ("it hit me that I was wrong" is accountability's, read there or not at all).
      re: String.raw`{B}(?:then |and then |and )?(?:it|the grief|the loss|everything|it all|the missing)\s+(?:still\s+|just\s+|suddenly\s+)?(?:(?:hits|hit)(?:\s+me)?\s+(?:all over again|again|like a (?:truck|train|ton of bricks|wave|bus|brick|freight train)|so hard|hard|out of nowhere|every (?:time|morning|night))|(?:comes?|came) (?:flooding|rushing|crashing) back|floods back)(?![\p{L}])(?![,\s]+(?:that|how|what|just how|who|why)(?![\p{L}]))`,
    },
    {
      id: 'gets-to-me',
      // Nineteenth round: the feeling said as what something does to the writer ("It still gets to me when I hear our
      // song", "That song still gets me", "it gets me every time", "it still chokes me up", "I well up when I pass the
      // park"). Not the reader or someone else doing it ("you get to me", "he gets me"), not a negation ("nothing gets to
      // me anymore", "it never gets to me"), not a letter arriving ("your letter got to me on Tuesday"), not tearing up a
      // thing ("I tore up the photos").
      re: [
        String.raw`(?<!{B}(?:you|u|he|she|they|nobody|no one|nothing|none of (?:it|this|that)|never|not|hardly|rarely|(?:(?:your|ur|the|my|his|her|that|this) )?(?:letter|post|parcel|package|card|message|email|text|note|reply|invite|invitation|cheque|payment)s?)\s+(?:(?:still|really|always|just|totally|ever|even|much|honestly|sometimes|kind of|kinda|properly|proper)\s+)*)(?:{B}(?:gets|got|(?:is|has been|was|keeps?|kept) getting|(?:starting|started|beginning|begun) to get|has got)|'s (?:been )?getting|'s got)\s+(?:to\s+me(?![\p{L}])(?!\s+(?:before|by|first|in time|on time|late|eventually|at (?:the|my|work|home))(?![\p{L}]))|me\s+(?:down|every (?:single )?time|each time|right (?:here|there|in the (?:chest|heart|gut|feels))|in the (?:chest|heart|gut|feels|throat))(?![\p{L}])|me\s+(?:still|again|all over again)(?=\s*(?:[.!,;…]|$))|me(?=\s*(?:[.!;…]|$))(?<={B}(?:still|always|really)\s+(?:gets|got)\s+me))`,
        String.raw`(?<!{B}(?:you|u|he|she|they|nobody|no one|nothing|never|not)\s+(?:(?:still|really|always|just|totally|ever|even|honestly|sometimes)\s+)*){B}(?:(?:chokes?|choked|choking|tears|tore|cuts|cut|choke) me up|(?:wrecks|wrecked|guts|floors|floored|undoes|undid) me(?![\p{L}])(?!\s+(?:to (?:say|admit|hear that)|with|at|out)(?![\p{L}])))`,
        String.raw`{B}i (?:(?:still|always|sometimes|just|kind of|kinda|honestly|often|usually|nearly|almost)\s+)*(?:well(?:ed)? up|tear(?:ed)? up|choke(?:d)? up|get (?:(?:all|a bit|so|really|quite)\s+)?(?:choked up|teary|misty-eyed|a lump in my throat|emotional|weepy)|go (?:all )?(?:teary|weepy))(?![\p{L}])(?!\s+(?:the|your|ur|my|our|it|them|this|that|those|these|a|an|about (?:the|my) (?:job|work|money|rent))(?![\p{L}]))`,
      ].join('|'),
    },
    {
      id: 'mattered',
      // Fifteenth round (lead's review letters): what the years or the reader meant, said plainly ("those eleven years
      // mattered to me", "you mattered to me more than anyone"), and a hurt that has not closed ("That part still
      // stings"). Not a matter of fact ("the money mattered to me then"), nor something else that stings (a burn).
      re: String.raw`{B}(?:(?:those|these|our|the|all (?:those|these|our)) (?:[\p{L}-]+ )?(?:years|months|summers|days|times|weeks)(?: together| with (?:you|u))?|(?:you|u|we|us|what we had|what we (?:shared|built)))\s+(?:really\s+|truly\s+|always\s+|still\s+)?(?:mattered|matter|meant so much|meant a lot|meant everything|meant the world) to me(?![\p{L}])|{B}(?:that|this|it)(?: part| bit| one)? still (?:stings|hurts|aches|smarts|burns)(?=\s*(?:[.!,;…]|$| a bit| a little| sometimes| if i'?m honest))`,
    },
    {
      id: 'more-ways',
      // Thirteenth round (strengths13): more ways of telling one's own state. Non-native "I am having a lot of sadness
      // these days"; "i cant stop crying"; "I keep it together at work and fall apart in the car" (not "we fell
      // apart"); "My mind is a mess", "my head's all over the place". Not a consequence laid at the reader's door ("I lost
      // my job because I couldn't stop crying at my desk after you left"). ("The flat is so quiet it hurts" is heart's,
      // now that the antipattern for "so fake it hurts" leaves quiet and empty rooms alone.)
      re: [
        String.raw`{B}(?:{IM}|i am|i have been|i'?ve been)\s+(?:having|feeling|carrying|living with)\s+(?:(?:a lot of|so much|much|many|big|some|too much|very much|a big)\s+)(?:sadness|sorrow|pain|grief|regret|shame|fear|anxiety|loneliness|anger|hurt|tears|emotions?|feelings|heartache|heartbreak)(?![\p{L}])`,
        String.raw`(?<!{B}(?:because|cos|coz|cuz|since|as|so|that|till|until)\s+){B}i\s+(?:(?:just|still|honestly)\s+)?(?:can'?t|cant|cannot|couldn'?t|could not)\s+(?:seem to\s+)?stop\s+(?:crying|shaking|sobbing|tearing up|welling up)(?![\p{L}])`,
        String.raw`{B}i\s+(?!(?:think|guess|know|reckon|feel like)(?![\p{L}]))[^.!?\n]{0,50}?{B}(?<!{B}(?:we|things|it|everything|us|relationship|marriage|plans?)\s(?:\p{L}+\s)?)(?:fall|fell|falling)\s+apart(?:\s+(?:in|on|at|when|after|every|the minute|as soon as)(?![\p{L}]))`,
        String.raw`{B}my\s+(?:head|mind|brain)(?:'s| is| has been|'s been| was| feels)\s+(?:(?:such|a bit of|an absolute|a total|a complete|just|still|honestly)\s+)*(?:a mess|a wreck|all over the place|scrambled|mush|foggy|in bits|spinning|racing|in pieces|a fog)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'quietly-said',
      // Seventeenth round (open17 probe; the blind sets' misses): a feeling in understatement ("It's not been great,
      // honestly, since you moved out", "Things haven't been easy without you", "I've not been myself lately") and what
      // is missed named before the verb ("That's the version of us I miss", "What I miss most is the mornings"). Not
      // hardship laid on someone else ("it hasn't been easy for you either"), nor a day, a bus or work missed.
      re: [
        String.raw`(?:{B}(?:it'?s|its|it is|it has|it hasn'?t|it has not|things (?:have|haven'?t|have not)|things'?ve|life (?:has|hasn'?t|has not)|(?:the )?(?:last|past) (?:few )?(?:weeks|months|year|days) (?:have|haven'?t|have not|has|hasn'?t)|this year (?:has|hasn'?t)|i (?:have|haven'?t|havent|have not)|i'?ve|ive)|(?<=(?:^|[.!?\n])\s{0,3})(?:honestly,?\s+)?)\s*(?:not\s+|n't\s+)?(?:(?:really|exactly|always|been)\s+)*(?<=(?:not|n'?t)\s+(?:(?:really|exactly|always)\s+)?)been\s+(?:(?:all that|that|very|exactly|particularly|too|so|much)\s+)?(?:great|easy|good|brilliant|fun|amazing|ok|okay|the best|myself|doing (?:great|well|so well|brilliantly)|a great (?:time|year)|my (?:best|happiest) (?:year|months?|self))(?![\p{L}])(?=\s*(?:[.!,;…—–]|$)|\s+(?:since|without|lately|honestly|tbh|ngl|to be honest|if i'?m honest|if i'?m being honest|these days|recently|for me|on my end|on my side|here|at all|either)(?![\p{L}]))`,
        String.raw`(?<={B}(?:what|thing|things|part|parts|bit|bits|version of (?:us|you|u|me)|side of (?:us|you|u)|the (?:old )?us|days|times|mornings|evenings|nights|weekends|moments?|person|way (?:we|you|u) (?:\p{L}+\s+){0,3}?)\s+(?:that\s+)?){B}i\s+(?:(?:still|really|most|truly|honestly|do|just|probably|always|'ll always|will always)\s+)*miss(?:ed)?(?![\p{L}])(?=\s*(?:[.!,;…—–]|$)|\s+(?:(?:the )?most|about (?:you|u|us|it|them|that|those)|more than anything|so much|every day|these days|now|still|terribly|badly|a lot|loads|is|are|was|were|of all)(?![\p{L}]))`,
        // A feeling left behind, the weight they carried, the first weeks told plainly ("I'm not angry anymore", "I hope
        // you know how much you meant to me", "The first few weeks were rough, I won't lie").
        String.raw`{B}(?:{IM}|i am)\s+(?:(?:really|honestly|truly)\s+)?not\s+(?:angry|bitter|resentful|mad|upset|furious|jealous)(?:\s+(?:at|with) (?:you|u))?\s+(?:anymore|any more|any longer)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|i)\s+(?:(?:really|honestly|genuinely|properly|quietly)\s+)?struggled(?=\s*(?:[.!,;…—–]|$)|\s+(?:since|without|a lot|lately|more than|with (?:it|this|that|the (?:silence|quiet|breakup|break-up|loneliness))|to (?:cope|sleep|get through|move on|accept|let go|be)|these)(?![\p{L}]))`,
        String.raw`{B}(?:i'?ve|i have|i)\s+(?:(?:really|honestly|genuinely)\s+)?(?:found|find)\s+it\s+(?:(?:so|really|very|pretty|incredibly|quite)\s+)?(?:hard|difficult|tough|lonely|painful)(?=\s*(?:[.!,;…—–]|$)|\s+(?:without (?:you|u)|since|to (?:sleep|cope|be (?:here|home|alone|there)|move on|let go|accept|come home|wake up|get (?:up|through))|being (?:alone|here|without))(?![\p{L}]))`,
        String.raw`{B}(?:it'?s|it has|this has|that|losing (?:you|u)|the breakup|the break-up|(?:your|ur) leaving)\s+(?:really\s+)?(?:hit|hits) me (?:(?:so|really|very|pretty|much|a lot)\s+)?(?:hard|harder|badly|for six)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have) had (?:a|such a) (?:(?:really|very|pretty|bloody)\s+)?(?:rough|hard|tough|lonely|bad|awful|grim|dark|difficult) (?:few (?:weeks|months|days)|time(?: of it)?|year|couple of (?:weeks|months)|stretch|patch)(?![\p{L}])(?!\s+(?:at|with|in) (?:work|the (?:car|house|landlord|job|boss|flat)|my (?:car|house|landlord|job|boss|flat))(?![\p{L}]))`,
        String.raw`{B}(?:it'?s|it has|it)\s+been\s+(?:(?:so|really|very|pretty|bloody|quite)\s+)?(?:hard|tough|strange|weird|lonely|difficult|painful|odd)\s+(?:to (?:be (?:in|at|here|home|alone|on my own)|come home|sleep|wake up|walk past|go past|sit|cook|get up|see|hear|look at|think about)|being (?:here|alone|home|on my own|without))(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i am)\s+(?:still\s+)?(?:not|n't)\s+(?:quite\s+|really\s+|totally\s+|fully\s+)?over\s+(?:you|u|it|us|this|the break-?up|what happened|losing (?:you|u))(?![\p{L}])`,
        String.raw`{B}(?:knocked|knocks|knock|knocking) me (?:sideways|for six|flat|off my feet|for a loop)(?![\p{L}])|{B}knocked the (?:wind|stuffing) out of me(?![\p{L}])|{B}(?:(?:you|u) leaving|losing (?:you|u)|(?:your|ur) leaving|it|that|the break-?up) (?:has )?left (?:a|such a|this|an|a huge|a big) (?:huge |big |massive |great )?(?:hole|void|gap|emptiness)(?![\p{L}])(?!\s+in (?:the (?:budget|schedule|team|rota|accounts))(?![\p{L}]))|{B}(?:a lot|so much|something|everything|plenty) i (?:still )?feel for (?:you|u)(?![\p{L}])`,
        String.raw`(?<!{B}(?:tell|telling|told|show|showing|showed|remind|reminding|prove|proving) (?:you|u) ){B}how much (?:you|u) (?:meant|mean|matter|mattered) to me(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:the )?(?:first|last|past|early) (?:few )?(?:weeks|months|days|nights|year)(?: (?:after|without (?:you|u)))? (?:were|was|have been|had been) (?:(?:so|really|very|pretty|bloody|quite)\s+)?(?:rough|hard|tough|awful|brutal|grim|horrible|lonely|a blur|dark|bleak)(?![\p{L}])(?!\s+(?:for|on) (?:you|u|him|her|them|the kids|everyone)(?![\p{L}]))`,
      ].join('|'),
    },
    {
      id: 'told-by-life',
      // Fifteenth round (strengths15): the feeling told by what it does to an ordinary day, with the reader's absence in
      // it, never named ("I still make enough coffee for two", "I keep picking up my phone to tell you about my day, then
      // I remember", "the bedroom feels twice the size these days", "I leave the telly on all night", "every song in the
      // shop was about you today", "cooking for one is harder than I thought", "weekends are the worst", "I can't bring myself
      // to fill it"). Not contact announced ("I keep calling you": persistence's), not a room made bigger by building work
      // ("since we knocked the wall through"), not two places laid because the kids asked.
      re: [
        String.raw`{B}i (?:(?:still|always|sometimes|often|keep|kept|accidentally|nearly|almost|find myself|catch myself|found myself|caught myself)\s+)+(?:make|made|making|set|setting|put|putting|lay|laying|laid|pour|pouring|poured|buy|buying|bought|order|ordering|ordered|cook|cooking|cooked|get|getting|take|taking|took)(?: out)?\s+(?:[\p{L}'-]+\s+){0,4}?(?:two (?:mugs|cups|plates|glasses|bowls|coffees|teas|chais?|cutting chai|places|sets|of everything|portions)|for two|enough for (?:two|both of us)|(?:your|ur) (?:mug|cup|plate|side))(?![\p{L}])(?![^.!?\n]*\?)`,
        String.raw`{B}(?:(?:and |but )?then (?:i )?(?:remember|remembered)|before i (?:remember|realise|realize))(?=\s*(?:[.!,;…]|$))(?<={B}i(?![\p{L}'])[^.!?\n]{0,80}?{B}(?:(?:and |but )?then (?:i )?(?:remember|remembered)|before i (?:remember|realise|realize)))`,
        String.raw`{B}i (?:(?:still|always|just|sometimes|often|keep|kept)\s+)*(?:(?:catch myself|caught myself|find myself|found myself)\s+)?(?:reach(?:ing|ed)? for|pick(?:ing|ed)? up|grab(?:bing|bed)?|turn(?:ing|ed)?|go|going|start(?:ing)?|open(?:ing)?)\s+(?:(?:my|the) phone\s+|(?:round|around)\s+)?to (?:tell|text|show|send|ring|call|message|ask) (?:you|u)(?![\p{L}])`,
        String.raw`{B}i (?:(?:still|now|always|just|sometimes)\s+)*(?:leave|left|keep|kept|have|put|sleep with) (?:the )?(?:telly|tv|radio|television|lights?|lamp|podcasts?|music) on (?:all night|for (?:company|the noise|the sound)|just for|so (?:it'?s|the (?:house|flat|place))|to (?:fill|drown))`,
        String.raw`{B}(?:the|this|my|our) (?:flat|house|home|place|bedroom|bed|kitchen|apartment|car|room) (?:is|'s|feels|felt|seems|has been|'s been) (?:(?:so|too|far too|really|very|way too|strangely|weirdly|just)\s+)*(?:(?:enormous|huge|massive|big|twice the size)(?= (?:now(?=\s*(?:[.!,;…]|$))|these days|without (?:you|u)|since (?:you|u))(?![\p{L}]))|(?:quiet|empty|silent|cold|still)(?= (?:without (?:you|u)|since (?:you|u))(?![\p{L}])|[^.!?\n]{0,20}?{B}that i (?:leave|keep|can'?t|talk|hear)(?![\p{L}])))|{B}(?:the|this|my|our) (?:flat|house|home|place|bedroom|apartment) (?:echoes|has an echo)(?![\p{L}])`,
        String.raw`{B}every (?:single )?(?:song|film|advert|ad|tune|book|show|couple|street)(?: [^.!?\n]{0,30}?)? (?:was|seemed|felt|reminded me)(?: to be)? (?:about|of) (?:you|u|us)(?= (?:today|tonight|yesterday|this (?:morning|afternoon|evening|week)|last night)(?![\p{L}]))`,
        String.raw`{B}(?:every time|whenever|each time|when) (?:my phone|the phone|the door(?:bell)?|someone knocks|the post comes)[^.!?\n]{0,30}?{B}(?:i (?:still )?(?:hope|think|wish|half expect|half-expect|pray|jump)|my heart)(?![\p{L}])`,
        String.raw`{B}(?:can'?t|cant|cannot|couldn'?t|haven'?t been able to|have not been able to) (?:quite )?bring myself to (?:move|fill|wash|throw|change|clear|take|delete|pack|sleep|sit|use|open|touch|listen|watch|read|walk|get rid|box|sell|cancel|wear|cook|play|put)(?![\p{L}])`,
        String.raw`{B}(?:cooking|eating|shopping|sleeping|waking up|coming home|going to bed|living)\s+(?:for one|alone|on my own|by myself|to an empty (?:flat|house|home|place))\s+(?:is|has been|was|feels|'s)\s+(?:(?:so|much|a lot|far|way|really|very|strangely|still|the)\s+)*(?:harder|hard|lonelier|lonely|strange|stranger|weird|weirder|difficult|grim|rubbish|awful|horrible|sad|sadder|worst|hardest|bleak|miserable)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:the )?(?:weekends|sundays|saturdays|evenings|nights|mornings|bank holidays)(?: without (?:you|u)| alone| on my own| now| these days)? (?:are|have been|were) (?:the (?:worst|hardest|longest|loneliest)|(?:so |really |very )?(?:hard|long|lonely|quiet|empty|awful|endless|brutal|grim))(?![\p{L}])(?! for (?:me )?to(?![\p{L}]))|{B}i (?:don'?t|dont|do not|didn'?t|didnt) (?:really )?know what to do with myself(?![\p{L}])`,
        String.raw`{B}(?:the|this|my|our) (?:flat|house|home|place|bedroom|bed|apartment) (?:still|just) (?:feels|seems|is) (?:(?:so|far|way|much|really|too)\s+)*(?:big|huge|enormous|empty|quiet|silent)(?![\p{L}])|{B}i (?:(?:still|keep|kept)\s+)+(?:buying|buy|bought|making|make|cooking|cook|ordering|order|getting|get|picking up)\s+(?:the |your |ur |that )?(?:[\p{L}'-]+\s+){0,3}?(?:you|u) (?:like|liked|love|loved|used to (?:like|love|drink|eat|have))(?![\p{L}])(?!\s+to(?![\p{L}]))`,
        String.raw`{B}i (?:(?:very |so )?(?:nearly|almost)|went to|started to|half wanted to)\s+(?:rang|rung|ring|called|call|texted|text|messaged|message|phoned|phone|rang|wrote to|write to)\s+(?:you|u)(?![\p{L}])(?!\s+(?:a|an|names|out|back|up on)(?![\p{L}]))`,
        String.raw`{B}(?:the )?(?:days|nights|evenings|weekends|sundays|mornings) (?:have (?:become|got|gotten|felt|been)|are|feel|seem|got|became) (?:(?:so|very|really|much|far|a lot|too|way)\s+)*(?:long|longer|endless|empty|quiet|quieter|grey|gray|slow)(?![\p{L}])(?<=(?:since (?:you|u)|without (?:you|u))[^.!?\n]{0,60})|{B}the (?:silence|quiet) (?:in|of) (?:the|this|my|our) (?:house|flat|home|place|kitchen|car|bedroom) (?:is|was|has been|gets|feels) (?:(?:so|very|really|just)\s+)?(?:loud|deafening|unbearable|heavy|a lot)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'named-aside',
      // Twenty-first round (space21 probe): the feeling named without the stock words. A part of the writer that feels
      // it ("There's a part of me that's relieved", "Part of me still aches for what we had"), rarer words for the state
      // ("I've felt unmoored since you left", "I felt completely untethered"), tears caught ("I find myself tearing up at
      // the silliest things"), a feeling found in the act ("There's a grief in this that I didn't expect"), a soft spot
      // ("I still have a soft spot for you"), an ache that comes back ("I get this ache around Sunday evenings"), relief
      // ("It's a relief to finally put this down on paper") and worry said without its "I" ("Worried about you, that's
      // all"). Not the part of the writer that hurt the reader, not an ache in a knee, not a relief about an outside thing.
      re: [
        String.raw`{B}(?:a |one )?part of me (?:that'?s|that is|that was|which is|which was|that (?:still )?feels|that felt)\s+${DEGREE}(?:relieved|sad|scared|afraid|frightened|lonely|hurt|heartbroken|lost|angry|ashamed|hopeful|happy|numb|jealous|glad|broken|gutted|grieving|aching|hurting|in mourning)(?![\p{L}])`,
        String.raw`{B}(?:a |one )?part of me (?:(?:still|quietly|secretly|always|will always)\s+)?(?:aches|ached|longs|longed|grieves|grieved|yearns|yearned|mourns|mourned|pines|pined)(?![\p{L}])`,
        String.raw`{B}(?:i|i'?ve|i have|i'?d|i had|{IM}|i was)\s+(?:(?:still|often|sometimes|just|really|been|become)\s+)*(?:felt|feel|feeling)\s+${DEGREE}(?:unmoored|untethered|rudderless|off-kilter|off kilter|off balance|unsteady|hollowed out|all at sea|at sea|winded|bereft|frayed|brittle|unravell?ed|scooped out|wrung out|flattened|lonesome|unsettled|sick at heart|cut adrift|blindsided|floored|wrecked|gutted|raw|tender)(?![\p{L}])`,
        String.raw`{B}i (?:(?:still|often|sometimes|keep|just)\s+)?(?:find|found|catch|caught) myself (?:(?:still|often|sometimes|suddenly)\s+)?(?:tearing up|welling up|choking up|getting (?:teary|tearful|emotional|choked up|upset|sad|jealous|angry)|sobbing|in tears|near tears|close to tears|on the verge of tears|grieving|mourning)(?![\p{L}])`,
        String.raw`{B}(?:there'?s|there is|there'?s been|there has been)\s+(?:a|an|such a|this|so much|real|some)\s+(?:(?:strange|real|quiet|odd|deep|big|huge|sort of|kind of)\s+)?(?:grief|sadness|ache|loneliness|longing|heaviness|sorrow|tenderness|relief|guilt|shame|hurt|grieving)\s+(?:in (?:this|all (?:of )?this|it(?![\p{L}])|writing|saying|letting go|ending)|(?:that |which )?i (?:didn'?t|did not|hadn'?t|had not|never) (?:expect|see|saw|anticipate))`,
        String.raw`{B}i (?:(?:still|will always|'?ll always|always|do|kind of|kinda|probably|think i|guess i)\s+)*(?:have|'?ve got|got|hold|keep) (?:a )?(?:(?:soft|special|tender) spot|(?:special )?place in my heart) for (?:you|u)(?![\p{L}])|{B}(?:you'?ll|you will|u'?ll|you) (?:always |still )?(?:have|hold) a (?:special )?place in my heart(?![\p{L}])`,
        String.raw`{B}i (?:(?:still|often|sometimes|always|usually)\s+)?(?:get|got|have|feel|felt) (?:this|that|a|an|such a) (?:(?:little|dull|strange|sudden|horrible|awful|sick|heavy|hollow|familiar|odd)\s+)?(?:ache|pang|twinge|heaviness|sadness|emptiness|sinking feeling|wave of sadness)(?= (?:around|at|when|whenever|every|each|thinking|about|for (?:you|u|us)|in the (?:evenings?|mornings?|night|afternoons?)|on (?:sundays?|saturdays?|fridays?|weekends|sunday|saturday))(?![\p{L}])|\s*(?:[.!;…]|$))`,
        String.raw`{B}(?:it'?s|it is|it was|it'?s been|what|such)\s+(?:(?:such|a|an|real|huge|strange|odd|big|massive|weird|quiet)\s+)+relief (?:to (?:finally |just |at last )?(?:write|say|put|get|tell|have|admit|let|stop|be honest)|that i(?![\p{L}']))`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:(?:still|just|a bit|so|really|always|honestly)\s+)?(?:worried|worrying|scared|sad|gutted|heartbroken|lonely|nervous|terrified|anxious) (?:about|for) (?:you|u|us|it all|all this|how (?:it|things|we))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'felt-in-the-body',
      // Twenty-first round (space21 scratch batch): the feeling told by the body or the days, without an emotion word
      // of the stock list ("My stomach was in knots the whole drive", "I'm still raw about it", "I've had some dark
      // days", "It's been eating me up", "I'm sick with nerves", "I can't shake the sadness", "Loneliness hits hardest at
      // dinner time", "I keep welling up writing this", "I feel such tenderness when I think of you", "It's lonely, this
      // flat", "My heart's not in anything these days", "it feels like the walls are closing in"). Not sore from the gym,
      // not a bad day at work, not a suspicion ("I can't shake the feeling that you lied").
      re: [
        String.raw`{B}my (?:stomach|chest|throat|gut|insides)(?:'s| is| was| has been| were| are)\s+(?:(?:still|all|so|tied|just)\s+)?(?:in (?:a )?knots?|churning|in my mouth|in my boots|doing (?:somersaults|flips|backflips))(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i was|i'?ve been|i have been|i feel|i felt)\s+${DEGREE}(?:raw|bruised|wobbly|delicate)(?=\s+(?:about|over|since|still|inside)(?![\p{L}])|\s*(?:[.!,;…—–]|$))|{B}(?:{IM}|i was|i'?ve been|i have been|i feel|i felt)\s+${DEGREE}sore (?:about|over|inside|at heart)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|i)\s+(?:had|been through|gone through|went through|known)\s+(?:(?:some|a few|a lot of|many|so many|real|really|properly|pretty)\s+)+(?:dark|low|black|bleak|lonely|tearful|sad) (?:days|nights|weeks|months|moments|spells|patches|times)(?![\p{L}])`,
        String.raw`{B}(?:it'?s|it has|it'?s been|this has|that has|it is|the (?:guilt|regret|sadness|jealousy|worry|not knowing|silence|shame)(?:'s| is| has)?)\s+(?:(?:been|really|still|just|slowly|honestly)\s+)*(?:eating|gnawing|eaten|gnawed) (?:me|away at me|at me)(?: up| alive| inside)?(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i was|i'?ve been|i have been|i feel|i felt)\s+${DEGREE}(?:sick (?:with|from) (?:nerves|worry|guilt|grief|longing|jealousy|sadness|dread|fear|anxiety)|a (?:bag|bundle|ball) of nerves|a nervous wreck|on tenterhooks)(?![\p{L}])`,
        String.raw`{B}i (?:still )?(?:can'?t|cannot|couldn'?t|haven'?t been able to) (?:seem to )?(?:shake|shift|lift|get rid of|escape|outrun) (?:the|this|that|my) (?:(?:feeling|sense) of )?(?:sadness|grief|guilt|loneliness|ache|heaviness|emptiness|dread|sorrow|hurt|shame|gloom|numbness|longing)(?![\p{L}])`,
        String.raw`{B}(?:the )?(?:loneliness|grief|sadness|missing (?:you|u)|longing|heartache|emptiness)\s+(?:hits|hit|gets|got|catches|caught|creeps in|sneaks up|comes)\s+(?:me\s+)?(?:hardest|worst|most|at night|in the (?:evenings?|mornings?|night)|out of nowhere)(?![\p{L}])`,
        String.raw`{B}i (?:keep|kept|can'?t stop|couldn'?t stop|'?ve been|have been)\s+(?:welling up|tearing up|choking up|getting (?:teary|tearful|choked up|emotional))(?![\p{L}])`,
        String.raw`{B}i (?:still )?(?:feel|felt|have|hold) (?:such|so much|a lot of|nothing but|real|a deep|a great|a real|deep|a lot of)\s+(?:tenderness|warmth|affection|fondness|love|sadness|sorrow|longing|compassion)(?: for (?:you|u|us|what we))?(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})it'?s (?:(?:so|very|really|awfully|pretty|bloody)\s+)?(?:lonely|quiet|empty|strange|sad|cold),? (?:this|the) (?:flat|house|place|bed|room|life|city|new life|living alone|being alone)(?![\p{L}])`,
        String.raw`{B}my heart(?:'s| is|'s just| just) (?:not|isn'?t) in (?:it|anything|much|things)(?:\s+(?:any ?more|these days|lately|since (?:you|u)))?(?![\p{L}])`,
        String.raw`{B}(?:it )?(?:feels|felt) (?:like|as if|as though) (?:the walls (?:are|were) closing in|i'?m (?:drowning|underwater|sinking)|i was (?:drowning|underwater|sinking)|the (?:ground|floor) (?:has|had) gone|someone (?:turned|switched) (?:off )?the lights)(?![\p{L}])`,
        String.raw`{B}(?:there'?s|there is)\s+(?:a|an|this)\s+(?:hollowness|numbness|flatness|heaviness|quiet sadness)\s+(?:in|to|about)\s+(?:the|my|every)\s+(?:mornings?|evenings?|nights?|weekends?|days?|flat|house)(?![\p{L}])`,
      ].join('|'),
    },
  ],
  antipatterns: [
    // Twenty-first round (space21 scratch batch): a question about the reader's hurt ("Did it hurt when you found out?").
    String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:did|does|has|had|is|was|will|would)\s+(?:it|that|this)\s+(?:ever\s+|even\s+)?(?:hurt|sting|ache|bother|upset)(?![\p{L}])[^.!?\n]*\?`,
    // Twentieth round (the lead's review): "I'm proud of you for finally growing up" is a sneer, not a feeling.
    PRIDE_IN_FAULT_OUTGROWN,
    // Nineteenth round: fear of the reader is not an open heart to praise ("I'm afraid of you when you drink"): the
    // report's care speaks of safety instead (care.ts).
    `(?:${FEAR_OF_READER})`,
    // Seventeenth round (lead review): a feeling the writer puts in the reader's mouth or another's ("You probably think
    // I'm writing because I'm lonely", "People say I'm bitter"), a jibe ("I miss the dog more than I miss you"), and a
    // feeling about an outside event, not the two of them ("I'm sad the match got rained off", "I'm excited about the
    // new job in Bristol").
    String.raw`{B}(?:you|u|people|everyone|they|he|she|(?:your|ur) (?:mum|mom|mother|friends|sister|brother|family|mates))\s+(?:(?:probably|must|might|may|all|clearly|obviously|will|'?ll|prob|probs)\s+)?(?:think|thinks|thought|assume|assumes|assumed|reckon|reckons|believe|believes|imagine|figure|say|says|said|tell me|told me|call me|called me)\s+(?:that\s+)?(?:i'?m|im|i am|i was|i'?ve been|i have been)(?![\p{L}])[^.!?\n,;:]{0,40}`,
    String.raw`{B}(?:miss|missed|love|loved)\s+(?:the|my|your|ur|our|this|that|his|her)\s+[^.!?\n]{1,30}?\s+more than\s+(?:i\s+(?:ever\s+)?(?:miss(?:ed)?|loved?|did|do)\s+)?(?:you|u)(?=\s*(?:[.!,;…]|$)|\s+(?:if|to be honest|tbh|honestly|ngl|ever)(?![\p{L}]))`,
    String.raw`{B}(?:i'?m|im|i am|i was|i'?ve been|i feel|i felt)\s+${DEGREE}(?:sad|gutted|disappointed|upset|glad|happy|excited|thrilled|annoyed|relieved|nervous|worried|devastated|buzzing|chuffed|stoked|angry|furious|cross|mad|fed up)\s+(?:that\s+|about\s+|for\s+|because\s+|with\s+|at\s+)?(?:the|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:match|game|gig|concert|final|derby|race|weather|forecast|rain|train|flight|bus|team|club|series|season|show|job|interview|promotion|exam|exams|test|results|course|car|phone|laptop|council|landlord|bank|bins|traffic|government|election|boiler|neighbours|neighbors)(?![\p{L}])`,
    // Sixteenth round (lead review): "down" as willing, after an offer ("if u ever wanna get a coffee or whatever im down",
    // "i'm down for that"), not as low.
    String.raw`{B}(?:i'?m|im|i am) down(?=\s*(?:[.!,;…]|$)|\s+(?:for|to|if|with that|whenever)(?![\p{L}]))(?<=(?:whatever|if (?:u|you)[^.!?\n]{1,60}?|coffee|drink|food|lunch|dinner|walk|chat|call|catch up|hang out|that|it)\s*,?\s*(?:i'?m|im|i am) down)`,
    // Fifteenth round: two places laid for someone else ("because the kids asked me to", "for my sister").
    String.raw`{B}i [^.!?\n]{0,60}?(?:two|for two)(?![\p{L}])[^.!?\n]{0,40}?{B}(?:because|since|as|for) (?:the kids|the children|my (?:mum|mom|dad|sister|brother|flatmate|son|daughter|new)|they|he|she|guests|visitors)(?![\p{L}])`,
    // Thirteenth round: a feeling named as what the writer did not say ("I go quiet instead of saying I'm upset"): a
    // habit described, not a feeling told now.
    String.raw`{B}(?:instead of|rather than)\s+(?:(?:just|ever|actually|simply)\s+)?(?:saying|telling (?:you|u|anyone|people|someone)|admitting|showing|letting (?:you|u) (?:know|see))(?:\s+that)?\s+(?:i'?m|im|i am|i was|i felt|i feel|how i (?:felt|feel))[^.!?\n]{0,30}`,
    // Twelfth: gladness as sarcasm about how fast they moved on ("Glad to see you've moved on so quickly").
    String.raw`{B}(?:glad|nice|good|great|happy|pleased|lovely) to (?:see|know|hear) (?:(?:that )?(?:you|u)(?:'ve| have|'re| are)? )?(?:moved on|found someone|replaced me|got over (?:me|us|it)|over (?:me|us|it)|doing (?:so )?(?:well|fine|great))[^.!?\n]{0,20}?{B}(?:so |that )?(?:quick(?:ly)?|fast|soon|already)(?![\p{L}])`,
    // Twelfth round: a sneer dressed as missing ("I miss the way you used to lie to my face").
    String.raw`{B}miss (?:the way|how) (?:you|u) (?:used to |would |always )?(?:lie|lied|lying|cheat|cheated|ignore|ignored|shout|shouted|yell|yelled|scream|screamed|belittle|belittled|mock|mocked|gaslight|gaslit)(?![\p{L}])`,
    // What the reader once said about the writer, or a hurt handed over sideways.
    sentenceWith(
      "{B}(?:you|u) (?:told me|said|used to say|always said)(?: once)? (?:that )?i(?![\\p{L}])|{B}make of that what (?:you|u) will|{B}i'?m not saying (?:you|u)(?![\\p{L}])",
    ),
    // The reader made responsible for the pain: guilt, not a feeling shared.
    sentenceWith(
      "{B}because of (?:you|u|what you){E}|{B}thanks to (?:you|u){E}|{B}(?:you|u) (?:made|make|makes|have made|'ve made) me{E}(?!\\s+(?:so |very |really |feel )?(?:happy|laugh|smile|a better|loved|safe|special|seen|at home|believe|whole))|{B}your fault{E}|{B}how could (?:you|u){E}|{B}i hope (?:you|u) (?:sleep well|are happy|'?re happy|enjoy)[^.!?\\n]{0,20}knowing{E}|{B}after (?:all|everything) i (?:did|gave|sacrificed){E}",
    ),
    // A hurt held up for the reader to see: "I cried in the car park, hope that makes you happy".
    sentenceWith(
      "{B}(?:hope|hoping) (?:that|this|it) makes (?:you|u) (?:happy|feel better|proud)|{B}(?:i )?hope (?:you'?re|you are|ur) (?:happy|satisfied|proud of yourself) now(?![\\p{L}])",
    ),
    // A hurt that is not the writer's now: "honest with me, even though it hurt", "so fake it hurts", "the nights
    // were hard for you", "calmer when I'm tired", "because I'm lonely, but I'm not", "I regret so much of what I said".
    "{B}even (?:though|when|if) it (?:hurt|hurts|stung|stings)(?![\\p{L}])(?!\\s+me(?![\\p{L}]))|{B}so (?!(?:much|quiet|empty|still|silent|lonely)(?![\\p{L}]))[\\p{L}-]+ it hurts(?![\\p{L}])|{B}(?:were|was|are|is|have been|has been|'s been) (?:so |really |very )?(?:hard|tough|difficult|lonely|rough) for (?:you|u|him|her|them)(?![\\p{L}])|{B}(?:when|whenever|once) (?:i'?m|im|i am|i get) (?:\\p{L}+ )?(?:tired|stressed|troubled)(?![\\p{L}])|{B}(?:i'?m|im|i am) (?:\\p{L}+ )?(?:lonely|sad|desperate|jealous|angry|bitter|upset|hurt)(?![\\p{L}])[^.!?\\n]{0,10}?,? but (?:i'?m|im|i am) not(?![\\p{L}])|{B}regret (?:so much|a lot|much|most) of (?:what|the things|how) i(?![\\p{L}])",
    // Sarcasm: "glad to see you've found time for everyone except me".
    sentenceWith('{B}(?:everyone|everybody|anyone|all) (?:except|but|apart from) me(?![\\p{L}])'),
    // "I feel like you never cared", "I feel that you...": mind-reading in the clothes of a feeling.
    '{B}feel (?:like|that|as if|as though) (?:you|u|he|she|they|nobody|no one){E}',
    // An excuse, not a feeling shared: "I only said those things because I was exhausted".
    sentenceWith(
      '{B}(?:only|just) (?:said|did|acted|reacted|snapped|shouted|yelled)[^.!?\\n]{0,40}?because i was(?![\\p{L}])',
    ),
    // Self-deprecating dependence: "I'm lost without you", "I'm nothing without you". Not a state said with a hedge
    // or a "feel" (eleventh round): "Some days I feel completely lost without you", "ngl i've been kinda lost without u"
    // are the writer's own feeling (the tuning set labels the first feeling).
    "(?<!{B}(?:feel|felt|feeling|been)\\s+(?:(?:completely|so|really|a bit|a little|kinda|kind of|sort of|pretty|quite|totally|very)\\s+)?(?=(?:lost|empty|incomplete) ))(?<!{B}(?:kinda|kind of|a bit|a little|sort of|bit)\\s+(?=(?:lost|empty|incomplete) ))(?<!{B}(?:flat|house|home|bed|place|room|kitchen|car|weekends?|evenings?|nights?|sundays?|mornings?|days?|life|world) (?:feels?|felt|is|seems?|seemed|has been|'s been|are|have been) (?:so |very |really |too |strangely |awfully |horribly )?){B}(?:lost|nothing|empty|worthless|broken|incomplete|dead|useless) without (?:you|u){E}",
    // Idioms: "I'm afraid I can't", "sorry to hear", "happy to help".
    "{B}afraid (?:that )?(?:i (?:can'?t|won'?t|don'?t|have to|must)|it'?s|this is|so|not){E}",
  ],
  examples: [
    { notFlagged: "I'm proud of you for finally growing up." },
    { flagged: "[[I'm proud of you for finally going back to uni]].", pattern: 'i-am' },
    // Nineteenth round: what something does to the writer (gets-to-me).
    { flagged: '[[It still gets to me when I hear our song]].', pattern: 'gets-to-me' },
    { flagged: '[[That song still gets me]].', pattern: 'gets-to-me' },
    { flagged: '[[it still gets to me ngl]]', pattern: 'gets-to-me' },
    { flagged: '[[It still chokes me up when I think about Lisbon]].', pattern: 'gets-to-me' },
    { flagged: '[[I well up every time I hear that song]].', pattern: 'gets-to-me' },
    { flagged: "[[Honestly it's been getting to me lately]].", pattern: 'gets-to-me' },
    { notFlagged: 'Nothing gets to me anymore.' },
    { notFlagged: 'It never gets to me.' },
    { notFlagged: 'Your letter got to me on Tuesday.' },
    { notFlagged: 'He gets me like nobody else.' },
    { notFlagged: 'I tore up the photos.' },
    // Seventeenth round (open17 probe, lead review): understatement, what is missed named first, and the guards.
    { flagged: "[[It's not been great]], honestly, since you moved out.", pattern: 'quietly-said' },
    { flagged: "[[Things haven't been easy without you]].", pattern: 'quietly-said' },
    { flagged: "[[I've not been myself lately]].", pattern: 'quietly-said' },
    { flagged: '[[What I miss most is the mornings]].', pattern: 'quietly-said' },
    { notFlagged: "It hasn't been easy for you either, I know." },
    { notFlagged: "It's not been great weather for the garden." },
    { flagged: '[[i havent been doing great since u left]]', pattern: 'quietly-said' },
    { notFlagged: 'The days I missed work were a blur.' },
    { notFlagged: "You probably think I'm writing because I'm lonely." },
    { notFlagged: 'I miss the dog more than I miss you.' },
    { notFlagged: "I'm sad the match got rained off on Saturday." },
    { notFlagged: "I'm excited about the new job in Bristol, it starts in March." },
    { notFlagged: 'I was so nervous about the driving test.' },
    { notFlagged: "I'm angry at the council for the bins." },
    { flagged: "[[I'm not angry anymore]]. I was, for a long time.", pattern: 'quietly-said' },
    { flagged: '[[I hope you know how much you meant to me]].', pattern: 'quietly-said' },
    { flagged: "[[The first few weeks were rough]], I won't lie.", pattern: 'quietly-said' },
    { notFlagged: 'The first few weeks were rough on the kids, so we kept things simple.' },
    { notFlagged: 'Never again will I let a single day go by without telling you how much you mean to me.' },
    { flagged: "Not gonna lie, [[I've struggled]].", pattern: 'quietly-said' },
    { flagged: "[[I've found it hard without you]].", pattern: 'quietly-said' },
    { flagged: "[[It's hit me harder than I expected]].", pattern: 'quietly-said' },
    { flagged: "[[I've had a rough few months]].", pattern: 'quietly-said' },
    { notFlagged: 'I found it hard to follow the instructions for the boiler.' },
    { flagged: "[[It's been hard to be in the flat on my own]].", pattern: 'quietly-said' },
    { flagged: "[[I'm still not over it]], to be honest.", pattern: 'quietly-said' },
    { flagged: "[[I won't pretend it didn't knock me sideways]].", pattern: 'quietly-said' },
    { flagged: '[[You leaving left a hole]].', pattern: 'quietly-said' },
    { flagged: "[[There's a lot I still feel for you]].", pattern: 'quietly-said' },
    { notFlagged: "I'm not over the flu yet, so I'll keep this short." },
    { notFlagged: 'Her leaving left a hole in the budget for the team.' },
    { notFlagged: "I've had a rough few weeks at work with the new system." },
    { flagged: 'Since you left, [[the days have become very long]].', pattern: 'told-by-life' },
    { notFlagged: 'The days are long in June, so we can stay out later.' },
    {
      flagged: '[[I find myself setting the table for two and then laughing at myself]].',
      pattern: 'told-by-life',
    },
    { notFlagged: "I haven't been sleeping much, mostly because of the new job, to be honest." },
    {
      notFlagged: "I've started seeing a counsellor on Thursdays about why I go quiet when things get hard.",
    },
    { flagged: '[[The silence in the house is very loud]].', pattern: 'told-by-life' },
    { notFlagged: "I went to tell you about the leak and you'd already gone." },
    { notFlagged: "The flat is enormous now that I've knocked through to the kitchen." },
    { notFlagged: 'I keep getting the bills you like to ignore.' },
    {
      flagged: '[[I nearly rang you when the results came through]], out of habit.',
      pattern: 'told-by-life',
    },
    { notFlagged: 'I nearly called you a liar in front of your mum.' },
    {
      flagged: 'The cat still sits by the door at six waiting for you, and honestly [[so do I]].',
      pattern: 'echo',
    },
    // Fifteenth round (strengths15): the feeling told by what it does to an ordinary day.
    { flagged: '[[I still make enough coffee for two most mornings]].', pattern: 'told-by-life' },
    { flagged: '[[I still lay out two cups before I remember]].', pattern: 'told-by-life' },
    { notFlagged: 'I still set two places at the table because the kids asked me to.' },
    { flagged: '[[I keep picking up my phone to tell you about my day]].', pattern: 'told-by-life' },
    { flagged: 'I forget for a second most mornings, [[and then I remember]].', pattern: 'told-by-life' },
    { notFlagged: "I keep calling because you won't pick up, and I'll keep calling." },
    { notFlagged: 'Is it silly that I still set out two mugs some mornings?' },
    { notFlagged: "The house is very quiet now, but I've taken up the piano again." },
    { notFlagged: 'Every single song on the radio is about you.' },
    { flagged: '[[I leave the telly on all night so the house is not so quiet]].', pattern: 'told-by-life' },
    { flagged: '[[The house is so quiet now that I talk to the cat]].', pattern: 'told-by-life' },
    { flagged: '[[The bedroom feels twice the size these days]].', pattern: 'told-by-life' },
    { flagged: '[[The flat feels enormous without you]].', pattern: 'told-by-life' },
    { flagged: "[[It's been six weeks and the flat still feels far too big]].", pattern: 'told-by-life' },
    {
      flagged: '[[I keep buying the oat milk you like and then pouring it down the sink]].',
      pattern: 'told-by-life',
    },
    { notFlagged: 'I bought the oat milk you like for when you pick up the kids.' },
    { notFlagged: 'The kitchen feels enormous since we knocked the wall through.' },
    { flagged: '[[every song in the shop was about you today]]', pattern: 'told-by-life' },
    { notFlagged: 'Every song on the radio was rubbish today.' },
    { flagged: "[[Every time my phone buzzes I hope it's you]].", pattern: 'told-by-life' },
    {
      flagged: "[[Half the wardrobe is empty and I can't bring myself to fill it]].",
      pattern: 'told-by-life',
    },
    { flagged: '[[Cooking for one is a lot harder than I thought it would be]].', pattern: 'told-by-life' },
    {
      flagged: "Since the move, honestly, [[I don't know what to do with myself]].",
      pattern: 'told-by-life',
    },
    { flagged: '[[Sundays without you are the longest]].', pattern: 'told-by-life' },
    // Fourteenth round (lead review): feelings told by what they do to a day.
    { flagged: "[[I cry in the shower so the kids don't hear]].", pattern: 'heart' },
    { flagged: "[[I'm trying to be okay but most days I'm not]].", pattern: 'heart' },
    { flagged: "[[I feel like I'm walking around with a hole in me]].", pattern: 'stirs-me' },
    { notFlagged: 'The baby cried in the car the whole way to Leeds.' },
    { notFlagged: 'You cried in the car after the party and I pretended not to notice.' },
    // Fourteenth round (lead review): a missing said in the perfect, of something done together.
    {
      flagged: "You were the funniest person in every room. [[I've missed laughing like that]].",
      pattern: 'miss-love',
    },
    { notFlagged: 'I missed our flight because of the strike.' },
    { flagged: '[[I am having a lot of sadness these days]].', pattern: 'more-ways' },
    { flagged: '[[i cant stop crying tbh]]', pattern: 'more-ways' },
    { flagged: '[[I keep it together at work and fall apart in the car]].', pattern: 'more-ways' },
    { notFlagged: 'I think we fell apart in the end because of the distance.' },
    { flagged: '[[The flat is so quiet it hurts]].', pattern: 'heart' },
    { notFlagged: "I lost my job because I couldn't stop crying at my desk after you left." },
    { flagged: '[[My mind is a mess]].', pattern: 'more-ways' },
    {
      flagged: 'Some mornings I wake up and forget for a second, [[and then it hits me all over again]].',
      pattern: 'hits-me',
    },
    { flagged: "I'm fine for a few hours, [[and then it all comes flooding back]].", pattern: 'hits-me' },
    { notFlagged: 'It hit me that I had been unfair to you.' },
    { notFlagged: 'I was clearing the spare room and it hit me again that you had really gone.' },
    { notFlagged: "My therapist and I have been working on why I go quiet instead of saying I'm upset." },
    // Thirteenth round (strengths13): missing echoed after someone else's; "flat" as a feeling, not a flat.
    { flagged: 'Biscuit misses you, [[I do too]].', pattern: 'echo' },
    { flagged: 'mum misses u heaps, tbh [[me too]]', pattern: 'echo' },
    { flagged: 'The kids miss you and [[so do I]].', pattern: 'echo' },
    { notFlagged: 'You said you missed me. I doubt it.' },
    { flagged: '[[i feel pretty flat without u tbh]]', pattern: 'i-feel' },
    { flagged: "[[I've been pretty flat since you left]].", pattern: 'i-am' },
    { notFlagged: "I've been flat hunting in Leith all month." },
    { notFlagged: "I'm flat out at work these days." },
    { notFlagged: "Glad to see you've moved on so quickly." },
    { flagged: "[[I'm glad to hear you're doing well]], truly.", pattern: 'i-am' },
    { notFlagged: 'I miss the way you used to lie to my face.' },
    { flagged: '[[When you left I about fell apart]].', pattern: 'broke-in-me' },
    { notFlagged: 'The plan fell apart when you left.' },
    {
      flagged: 'When Fraser told me about you and Calum, [[I just went numb for about a week]].',
      pattern: 'broke-in-me',
    },
    { flagged: "[[I'm still sore about it]], if I'm honest.", pattern: 'i-am' },
    { flagged: '[[im still raging tbh]]', pattern: 'i-am' },
    { notFlagged: 'I was a raging alcoholic back then, I know that.' },
    { notFlagged: "I'm still sore from the five-a-side on Sunday." },
    { flagged: '[[Finding out about you and Tyler broke something in me]].', pattern: 'broke-in-me' },
    { flagged: '[[Something in me died when you left]].', pattern: 'broke-in-me' },
    { flagged: '[[i was in bad place after my father die]]', pattern: 'i-am' },
    { notFlagged: 'I know it broke something in you when I left.' },
    { notFlagged: 'You broke something in me, and you know it.' },
    { flagged: "I hope you know [[I'm okay]], really, sad but okay.", pattern: 'state-plainly' },
    { flagged: "I got help and [[I'm in a much better place]] now.", pattern: 'state-plainly' },
    { flagged: 'When you moved to Cork [[I felt left behind]].', pattern: 'state-plainly' },
    {
      flagged: 'Your sister told me you were doing well, and [[that made my week]].',
      pattern: 'state-plainly',
    },
    { flagged: 'Losing Nan last year [[nearly broke me]].', pattern: 'state-plainly' },
    { flagged: 'You always made the tea too strong and [[I miss it terribly]].', pattern: 'state-plainly' },
    // A place loved in a memory is read as memory (the tuning set labels "Our first flat was a dump, but I loved it"
    // memory only), so "I loved it" is left out.
    { notFlagged: 'Our first flat was a dump, but I loved it.' },
    { notFlagged: "Please don't worry about me, I'm okay." },
    { notFlagged: "I'm okay, really, stop asking." },
    { notFlagged: 'Thanks a lot for the birthday card, it really made my week.' },
    { notFlagged: "I'm okay with that arrangement." },
    { notFlagged: 'You loved it when I cooked.' },
    { notFlagged: 'I loved it when you finally left.' },
    { notFlagged: 'I left him out of it.' },
    // Eleventh round (strengths11 probe).
    { flagged: '[[Some days I feel completely lost without you]].', pattern: 'i-feel' },
    { flagged: "[[ngl i've been kinda lost without u]]", pattern: 'i-am' },
    {
      flagged: '[[What happened in Geneva hurt me more deeply than I was able to show at the time]].',
      pattern: 'stirs-me',
    },
    { flagged: '[[That hurt me more than I let on]].', pattern: 'stirs-me' },
    { notFlagged: 'You hurt me more than you know.' },
    { notFlagged: "I'm worthless without you." },
    // An act, not a state: "hurting" with an object (accountability reads it).
    { notFlagged: 'I was hurting you without noticing.' },
    { flagged: '[[Something in me just went quiet when you left]].', pattern: 'life-without-you' },
    { flagged: "[[I don't recognise myself anymore]].", pattern: 'life-without-you' },
    { notFlagged: 'Something in the engine went quiet, so I pulled over.' },
    { notFlagged: "It's nobody's fault that the spark went out." },
    { flagged: '[[Being without you is harder than I thought it would be]].', pattern: 'life-without-you' },
    { flagged: "[[There's a you-shaped hole in everything]].", pattern: 'life-without-you' },
    { flagged: 'Work is fine. [[I laugh less these days]], though.', pattern: 'life-without-you' },
    { flagged: '[[the evenings without u are so quiet]]', pattern: 'life-without-you' },
    { notFlagged: 'Being without a car is harder than I thought, so I bought a bike.' },
    { notFlagged: 'I eat less meat these days, on the doctor’s orders.' },
    { flagged: "[[I've never been so lonely]].", pattern: 'said-plainly' },
    { notFlagged: "I've never been so wrong about anything." },
    { flagged: '[[I really, really miss you]].', pattern: 'said-plainly' },
    { flagged: '[[Miss you heaps]], mate.', pattern: 'said-plainly' },
    { flagged: '[[I got all choked up reading your old texts]].', pattern: 'said-plainly' },
    { flagged: "[[My heart's in bits]].", pattern: 'said-plainly' },
    { notFlagged: 'Thank you for being honest with me, even though it hurt.' },
    { notFlagged: 'ur bestie is literally so fake it hurts' },
    { notFlagged: 'I know the nights were hard for you.' },
    { notFlagged: "I'm working on being calmer when I'm tired." },
    { notFlagged: "You think I'm writing because I'm lonely, but I'm not." },
    { notFlagged: 'Glad to see you found time for everyone except me.' },
    { flagged: '[[i miss u so much it hurts]]', pattern: 'miss-love' },
    { flagged: "[[I've been awfy down since you went back]].", pattern: 'i-am' },
    { flagged: '[[why am i crying over a song rn]]', pattern: 'said-plainly' },
    { flagged: '[[My heart has been sorrowful these many weeks]].', pattern: 'said-plainly' },
    { flagged: "[[It's been bleak]], the whole winter.", pattern: 'said-plainly' },
    { flagged: '[[I get a bit teary when I pass the chippy]].', pattern: 'said-plainly' },
    { notFlagged: "It's been bleak weather all week, they say." },
    { notFlagged: 'She was crying over the dog.' },
    { notFlagged: 'im the one explaining to everyone at work why i keep crying in the loos' },
    { flagged: '[[i been so low since u left]]', pattern: 'said-plainly' },
    { flagged: "[[I'm not angry anymore, just sad that it came to this]].", pattern: 'said-plainly' },
    { flagged: '[[Part of me is still hurting]].', pattern: 'said-plainly' },
    { flagged: '[[My throat goes tight when I hear that song]].', pattern: 'said-plainly' },
    { flagged: '[[I feel very bad and empty since you went]].', pattern: 'said-plainly' },
    { flagged: '[[Writing this letter makes me nervous]].', pattern: 'said-plainly' },
    { flagged: '[[My heart has been paining me]].', pattern: 'said-plainly' },
    { flagged: '[[i reallly miss you]]', pattern: 'said-plainly' },
    { flagged: '[[I miss very much our evenings together]].', pattern: 'said-plainly' },
    { flagged: '[[I sat on the step and cried a bit]].', pattern: 'said-plainly' },
    { flagged: '[[I still feel a pang of shame when I think of it]].', pattern: 'said-plainly' },
    { flagged: "[[There's a loneliness in the house now]].", pattern: 'said-plainly' },
    { flagged: "[[i'm lowkey heartbroken ngl]]", pattern: 'i-am' },
    { notFlagged: "I've been low on money since April." },
    { notFlagged: 'You make me so sad.' },
    { notFlagged: 'I told you she cried when she heard.' },
    { notFlagged: 'My stomach felt full after the wedding dinner.' },
    { notFlagged: "I'm not angry, just saying it as it is." },
    { notFlagged: 'I cried every second of every day.' },
    { notFlagged: 'I cried in the car park today, hope that makes you happy.' },
    { flagged: '[[Writing this is harder than I thought]].', pattern: 'understated' },
    { flagged: '[[I wake up missing you]].', pattern: 'understated' },
    { flagged: "[[When you stopped texting back I felt like I'd disappeared]].", pattern: 'understated' },
    {
      flagged: "I'm still paying off the loan. [[I'm so tired]].",
      pattern: 'understated',
    },
    { flagged: '[[Part of me was relieved when you left]].', pattern: 'understated' },
    { flagged: "[[Glad you're doing well]], genuinely.", pattern: 'understated' },
    { flagged: "[[Some days I'm fine]].", pattern: 'understated' },
    { flagged: '[[Still miss you]].', pattern: 'understated' },
    { flagged: '[[The flat feels empty without you]].', pattern: 'heart' },
    { flagged: '[[My chest still tightens when I hear your name]].', pattern: 'understated' },
    { notFlagged: "You told me once that I go cold when I'm scared, and you were right." },
    { notFlagged: "I'm tired of your excuses." },
    { notFlagged: 'It was hard to find a parking space.' },
    { flagged: '[[I feel sad and a bit lost since you left]].', pattern: 'i-feel' },
    { flagged: '[[I felt alone when we stopped talking]].', pattern: 'i-feel' },
    { flagged: "[[i've been feeling really lonely lately]].", pattern: 'i-feel' },
    { flagged: '[[I was hurt]], and I have had time to think about why.', pattern: 'i-am' },
    { flagged: "[[I'm scared of losing what we had for good]].", pattern: 'i-am' },
    { flagged: '[[I miss you]].', pattern: 'miss-love' },
    { flagged: '[[I still miss your voice in the mornings]].', pattern: 'miss-love' },
    { flagged: 'You laughed until you cried. [[I miss that laugh]].', pattern: 'miss-love' },
    { flagged: '[[I did love you]]. I still do.', pattern: 'miss-love' },
    { notFlagged: 'I did love the flat, but it was too small for the three of us.' },
    { flagged: '[[i miss those hugs tbh]]', pattern: 'miss-love' },
    { notFlagged: 'I miss that jokes were once harmless.' },
    { notFlagged: 'I never miss those eyes rolling at me.' },
    { flagged: '[[My heart still aches when I pass your street]].', pattern: 'heart' },
    { flagged: '[[It hurts to think about how we ended]].', pattern: 'heart' },
    { flagged: "[[I'm full of regret]].", pattern: 'i-am' },
    { flagged: "[[I've been so down lately]].", pattern: 'i-am' },
    { flagged: "[[I'm grateful and sad at the same time]].", pattern: 'i-am' },
    { flagged: '[[I find myself missing your laugh]].', pattern: 'heart' },
    { flagged: '[[missing you loads]]', pattern: 'miss-love' },
    { flagged: "[[I'm in a lot of pain]].", pattern: 'i-am' },
    { flagged: '[[That frightens me]], if I am honest.', pattern: 'stirs-me' },
    { flagged: "[[There's a sadness in me that doesn't lift]].", pattern: 'stirs-me' },
    { flagged: "[[I'm not sorry for loving you]].", pattern: 'stirs-me' },
    { flagged: '[[I miss laughing at your stories]].', pattern: 'miss-love' },
    { flagged: "[[I'm proud of you]].", pattern: 'i-am' },
    { flagged: '[[Everything since has felt grey and far away]].', pattern: 'heart' },
    { flagged: '[[I felt like a stranger in our kitchen]].', pattern: 'i-feel' },
    { flagged: "[[It's been really hard]], honestly.", pattern: 'stirs-me' },
    { flagged: "[[I've been a wreck since you left]].", pattern: 'stirs-me' },
    { flagged: '[[Missing you is the hardest part]].', pattern: 'stirs-me' },
    { flagged: 'lowkey, [[still in love with u]]', pattern: 'stirs-me' },
    { notFlagged: 'You said it has been hard for you.' },
    { notFlagged: 'I only snapped because I was exhausted from work.' },
    { notFlagged: "I don't miss arguing about the dishes." },
    { notFlagged: 'You were sad sometimes, I know.' },
    { notFlagged: 'You make me feel guilty.' },
    { notFlagged: 'I feel like you never cared.' },
    { notFlagged: 'I cry every night because of you.' },
    { notFlagged: "I'm lost without you." },
    { notFlagged: "I don't feel anything anymore for him." },
    { notFlagged: "I'm afraid I can't make it on Friday." },
    { notFlagged: 'I am sorry for the way I spoke to you.' },
    { notFlagged: 'Are you still sad?' },
    { notFlagged: 'She said "I miss you" but she did not mean it.' },
    { notFlagged: "I'm glad to say the flat is sold." },
    { notFlagged: "I'm low on money this month." },
    { notFlagged: "I'm down for a coffee if you are." },
    { notFlagged: "I'm afraid the box with your books got wet." },
    { flagged: "[[I've been in pieces since the summer]].", pattern: 'i-am' },
    { flagged: '[[I was chuffed to bits to hear about your promotion]].', pattern: 'i-am' },
    { flagged: '[[lowkey been sad all week]]', pattern: 'i-am' },
    { flagged: '[[It kills me that we ended like this]].', pattern: 'heart' },
    { flagged: '[[I had a good cry on the bus]].', pattern: 'heart' },
    { flagged: '[[My spirit is troubled since you left]].', pattern: 'heart' },
    { flagged: "[[I haven't felt right since March]].", pattern: 'heart' },
    { flagged: '[[Writing your name still makes my stomach flip]].', pattern: 'heart' },
    { flagged: '[[Some nights the loneliness is a lot]].', pattern: 'stirs-me' },
    { flagged: "[[I'm carrying a lot of sadness these days]].", pattern: 'stirs-me' },
    { flagged: "[[There's an ache that hasn't gone away]].", pattern: 'stirs-me' },
    { flagged: '[[It broke something in me when you went]].', pattern: 'stirs-me' },
    { flagged: '[[I fret about you more than I should]].', pattern: 'stirs-me' },
    { flagged: '[[Grief comes in waves]].', pattern: 'understated' },
    { flagged: '[[Am missing you too much yaar]].', pattern: 'miss-love' },
    { notFlagged: "Sorry, I'm a complete mess, as usual." },
    { notFlagged: 'He makes my stomach turn.' },
    { notFlagged: 'I worry about money a lot these days.' },
    { notFlagged: "I'm delighted to confirm the sale of the flat." },
    { notFlagged: 'The loneliness of the long-distance runner is a good book.' },
    { notFlagged: 'You broke something in me when you went.' },
    { notFlagged: 'Been to the dentist twice this month.' },
    { notFlagged: 'My heart rate was troubled by the stairs, the doctor said.' },
    { flagged: "[[I'm not coping very well]], if I'm honest.", pattern: 'i-am' },
    { flagged: '[[I have been much troubled of late]].', pattern: 'i-am' },
    { flagged: '[[It grieves me to write this]].', pattern: 'stirs-me' },
    { flagged: "[[I've been crying a lot]].", pattern: 'stirs-me' },
    { flagged: "[[It's been a real struggle]].", pattern: 'stirs-me' },
    { notFlagged: "I'm not good at goodbyes." },
    { flagged: '[[I feel the loss every day]].', pattern: 'i-feel' },
    { notFlagged: 'It pains me to say it, but the car needs selling.' },
    { flagged: '[[It hit me harder than I thought it would]].', pattern: 'state-plainly' },
    { flagged: '[[Losing you hit me like a ton of bricks]].', pattern: 'state-plainly' },
    { notFlagged: 'The ball hit me harder than I expected.' },
    { notFlagged: 'It hit me that you were right about the money.' },
    { flagged: '[[What happened with Chloe broke something in me]].', pattern: 'stirs-me' },
    { notFlagged: 'What happened with the boiler broke the bank.' },
    {
      flagged: "i wasnt there for u when ur nan was sick and [[thats something i'll always regret]]",
      pattern: 'state-plainly',
    },
    { notFlagged: "That's something you'll always regret, I promise you." },
    { flagged: "i'm not gonna lie [[that really messed me up]] for a while", pattern: 'state-plainly' },
    { notFlagged: 'The new software really messed me up at work.' },
    { flagged: "[[I'm not going to pretend I'm fine]], because I'm not.", pattern: 'understated' },
    { notFlagged: "I'm not going to pretend I'm an expert on boilers." },
    {
      flagged: '[[What you did with Megan hurt me more than anything has in my life]].',
      pattern: 'stirs-me',
    },
    { notFlagged: 'What you did with the garden made me smile.' },
    { flagged: "[[I've been a mess]]. I can't eat, I can't sleep.", pattern: 'stirs-me' },
    // Fifteenth round (lead's review letters): what it meant, and a hurt not closed.
    { flagged: 'Whatever you choose, [[those eleven years mattered to me]].', pattern: 'mattered' },
    { flagged: '[[You mattered to me more than anyone]].', pattern: 'mattered' },
    { flagged: 'I found out from your sister. [[That part still stings]].', pattern: 'mattered' },
    { notFlagged: 'The money mattered to me then more than it should have.' },
    { notFlagged: 'The burn on my hand still stings.' },
    { notFlagged: 'if u ever wanna get a coffee or whatever im down' },
    { notFlagged: "A walk on Sunday? I'm down for that." },
    { flagged: '[[I keep seeing you everywhere]].', pattern: 'see-you-everywhere' },
    { flagged: '[[I still look for you in every crowd]], which is daft.', pattern: 'see-you-everywhere' },
    { flagged: '[[ngl i see u in everything]]', pattern: 'see-you-everywhere' },
    { notFlagged: 'I keep seeing you everywhere on Instagram with him.' },
    { notFlagged: 'I keep seeing you at the gym and it is fine, honestly.' },
    { flagged: '[[i miss ur stupid laugh and the dog narration]]', pattern: 'miss-love' },
    // Twenty-first round (space21): the feeling named without the stock words.
    {
      flagged: "[[There's a part of me that's relieved]], and I'm not proud of that.",
      pattern: 'named-aside',
    },
    { flagged: '[[Part of me still aches for what we had]].', pattern: 'named-aside' },
    { flagged: "[[I've felt unmoored since you left]].", pattern: 'named-aside' },
    { flagged: '[[I felt completely untethered that winter]].', pattern: 'named-aside' },
    { flagged: '[[I find myself tearing up at the silliest things]].', pattern: 'named-aside' },
    { flagged: "[[There's a grief in this that I didn't expect]].", pattern: 'named-aside' },
    { flagged: '[[I still have a soft spot for you]], and probably always will.', pattern: 'named-aside' },
    { flagged: '[[You will always have a place in my heart]].', pattern: 'named-aside' },
    { flagged: '[[I get this ache around Sunday evenings]].', pattern: 'named-aside' },
    { flagged: "[[It's a relief to finally put this down on paper]].", pattern: 'named-aside' },
    {
      flagged: "[[Worried about you]], that's all, and I hope you're looking after yourself.",
      pattern: 'named-aside',
    },
    { notFlagged: 'The part of me that hurt you is the part I am working on.' },
    { notFlagged: 'I still have a soft spot for chocolate cake.' },
    { notFlagged: 'I get this ache in my knee when it rains.' },
    { notFlagged: "It's a relief the boiler is fixed." },
    { notFlagged: 'Worried about the money, Mum rang the bank.' },
    { notFlagged: "I don't have a soft spot for you anymore." },
    { notFlagged: "There's a grief counsellor at the hospice." },
    { notFlagged: 'I felt the floor give way under the ladder and fell.' },
    { flagged: '[[My stomach was in knots the whole drive]].', pattern: 'felt-in-the-body' },
    { flagged: "[[I'm still raw about it]], if I'm honest.", pattern: 'felt-in-the-body' },
    { flagged: "I won't lie, [[I've had some dark days]].", pattern: 'felt-in-the-body' },
    { flagged: "[[It's been eating me up]].", pattern: 'felt-in-the-body' },
    { flagged: "[[I'm sick with nerves about sending this]].", pattern: 'felt-in-the-body' },
    { flagged: "[[I can't shake the sadness]].", pattern: 'felt-in-the-body' },
    { flagged: '[[Loneliness hits hardest at dinner time]].', pattern: 'felt-in-the-body' },
    { flagged: '[[I keep welling up writing this]].', pattern: 'felt-in-the-body' },
    { flagged: '[[I feel such tenderness when I think of you]].', pattern: 'felt-in-the-body' },
    { flagged: "[[It's lonely, this flat]].", pattern: 'felt-in-the-body' },
    { flagged: "[[My heart's not in anything these days]].", pattern: 'felt-in-the-body' },
    { flagged: '[[Some nights it feels like the walls are closing in]].', pattern: 'felt-in-the-body' },
    { flagged: "[[There's a hollowness in the mornings now]].", pattern: 'felt-in-the-body' },
    { notFlagged: "I'm sore from the gym." },
    { notFlagged: 'I had some bad days at work last month.' },
    { notFlagged: "I can't shake the feeling that you lied to me." },
    { notFlagged: 'The dog has been eating my shoes again.' },
    { notFlagged: 'Did it hurt when you found out?' },
    { notFlagged: 'My stomach was upset after the curry.' },
    { notFlagged: 'I feel nothing but contempt for him.' },
  ],
})
