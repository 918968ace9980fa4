// Sincere appreciation of the reader: "I've always admired how patient you are with your sister",
// "You're a wonderful mum to Leo", "Your laugh was contagious". Not idealization ("you're perfect",
// "the most perfect person in the world"), not sarcasm ("I love how you always twist my words"), and not
// "I respect your decision" (that is space).

import { PRIDE_IN_FAULT_OUTGROWN, SARCASM } from '../../../lexicon/en/grievance.js'
import { KIDS } from '../../../lexicon/en/people.js'
import { defineRule, sentenceWith } from '../define.js'

/** Qualities people admire, as adjectives. */
const QUALITY =
  'kind|kind-hearted|generous|intelligent|capable|sincere|humble|hard working|patient|funny|hilarious|witty|smart|bright|brilliant|clever|wise|thoughtful|considerate|caring|brave|courageous|strong|talented|gifted|creative|warm|gentle|loyal|honest|beautiful|gorgeous|lovely|wonderful|amazing|incredible|inspiring|resilient|curious|passionate|hard-working|hardworking|determined|calm|grounded|sweet|tender|attentive|supportive|fearless|principled|fair|selfless|open-minded|compassionate|empathetic|sensitive|elegant|radiant|good-hearted|big-hearted|organi[sz]ed|reliable|dependable|steady|gracious|playful|joyful|adventurous|independent|dedicated|driven|ambitious|articulate|perceptive|insightful|wise beyond|(?:dab hand|whizz|wiz|wizard|natural) (?:at|with)|good at (?:\\w+ing|listening|what you do|your job)|good (?:to|with) (?:(?:old|older|young|little|elderly|sick|new|shy|other) )?(?:me|people|folk|everyone|kids|children|animals|your|my|the)|great (?:at|with) (?:\\w+ing|(?:(?:old|older|young|little|elderly|sick|new|shy|other) )?(?:people|folk|kids|children)|your|my|the)'
/** Roles someone can be good at. */
const ROLE =
  'person|human being|human|man|woman|soul|mother|mum|mom|dad|father|parent|friend|listener|cook|teacher|artist|nurse|doctor|musician|people|partner|sister|brother|daughter|son|colleague|boss|writer|dancer|photographer|singer|player|coach|leader|storyteller|host|driver|navigator|gardener|baker|painter|swimmer|runner|climber|planner|organi[sz]er|negotiator|chef|mechanic|carer|grandmother|grandfather|gran|nan|worker|grafter'
/** Traits named as nouns: "your kindness". */
const TRAIT =
  'kindness|patience|generosity|humou?r|sense of humou?r|laugh|smile|strength|courage|honesty|energy|curiosity|creativity|warmth|loyalty|talent|intelligence|wit|gentleness|calm|determination|resilience|passion|compassion|empathy|integrity|optimism|spirit|heart|mind|eye for \\w+|way with \\w+|taste in \\w+|voice|style|work ethic|drive|ambition|cooking|art|music|photos|writing|handwriting|paintings?|drawings?|singing|stories|ideas|confidence|focus|garden|care|tenderness|thoughtfulness|openness|bravery|independence|steadiness|streak|grace|dignity|faith|judge?ment|instincts|playlists?|sermons?|speech(?:es)?|photography|baking|poems?|poetry'
/** Things the reader makes or does well: "your paintings", "your Spanish". */
const WORK =
  'paintings?|drawings?|photos?|photographs?|photography|cooking|baking|writing|poems?|poetry|music|songs?|singing|garden|designs?|english|spanish|french|german|art|artwork|pottery|knitting|playing|piano|guitar|furniture|videos?|podcast|blog|book|novel|business|shop|bakery|café|cafe|stall|bread|cakes?'
/** Not after "if", "wish", "pretend", or a belief the writer has dropped. */
const NOT_COND =
  '(?<!{B}(?:if|wish|unless|pretend|pretending|used to think|once thought|believed)\\s+)(?<!{B}(?:you|u|he|she|they|people) (?:\\w+ )?(?:think|thinks|thought|believe|believes|act like|acts like|pretend|pretends)\\s+)'
/** Words of praise for something the reader is, does or made. */
const PRAISE =
  'like something (?:straight )?out of a (?:magazine|film|movie|painting|catalogue|brochure|fairy ?tale)|amazing|incredible|wonderful|beautiful|stunning|brilliant|unreal|gorgeous|inspiring|inspirational|remarkable|extraordinary|excellent|terrific|stellar|first-rate|something else|second to none|exceptional|impressive|lovely|admirable|magic|magical|fantastic|outstanding|superb|delicious|breathtaking|phenomenal|a gift|a joy|a treat|one of a kind|contagious|infectious|(?:so|really|very|incredibly) (?:good|special|moving|beautiful|brave|kind|generous)|beautifully [\\p{L}]+|spot on|top notch|the best|the most [\\p{L}]+|moving|touching|special|gorgeous|out of this world|a marvel|class|classy|ace|epic|sick|fire|insane|elite|legendary|a credit to (?:you|u)|next level|top tier|something(?= ?[.!,;]|$)'
/** Not a third person, and not a fault, after "your". */
const NOT_OTHER_OR_FAULT = `(?!(?:new )?(?:boyfriend|girlfriend|partner|husband|wife|bf|gf|fianc\\p{L}*|mum|mom|mother|mam|dad|father|parents|family|friends?|mates?|sister|brother|boss|ex|lawyer|solicitor|therapist|dog|cat|car|colleagues?|co-?workers?|flatmates?|housemates?|roommates?|neighbou?rs?|${KIDS}|baby|nan|gran|grandma|grandmother|grandad|grandfather|aunt|uncle|cousins?|lies|lying|excuses|silence|betrayal|behaviou?r|attitude|temper|anger|moods?|reaction|response|decision|timing|nerve|audacity|hypocrisy|ego|cheating|affair|text|message|letter to him)(?![\\p{L}]))`
/** Adverbs that may sit before praise. */
const ADV =
  '(?:(?:always|honestly|so|really|just|truly|absolutely|genuinely|still|simply|quite|totally|actually|literally|lowkey|low-key|legit|deadass|defo|definitely|ever so|easily)\\s+)*'
/** Praise before a role or a thing done: "a great mum", "an amazing cook", "a wonderful job". */
const GREAT = 'great|brilliant|wonderful|amazing|fantastic|good|excellent|incredible|lovely'
/** Not "you're kind of", "you're good at lying". */
const NOT_SARCASM =
  '(?!\\s+of{E})(?![^.!?\\n]{0,25}{B}(?:making excuses|excuses|hiding|avoiding|disappearing|running|lying|lie|twisting|manipulat\\w*|pretending|ignoring|leaving|running away|playing (?:games|the victim)|blaming|making me feel (?:bad|guilty|small|stupid)|making (?:me|people|everyone|others) feel (?:like|worthless|invisible|useless|unwanted|small|bad|guilty|stupid)|walking (?:away|out)|ghosting|vanishing|breaking (?:hearts|promises|things)|moving on|forgetting|replacing|hurting){E})'

export default defineRule({
  id: 'compliment',
  kind: 'strength',
  severity: 'info',
  sixRule: 'seduction',
  title: 'Compliment',
  summary: 'Sincere, specific appreciation of who the reader is or what they do.',
  message:
    'A sincere compliment. It tells them what you truly see in them; specific praise like this rings truer than "you\'re perfect".',
  patterns: [
    {
      id: 'admire',
      // "I've always admired how patient you are", "What I love most about you is your laugh".
      re: `{B}(?:i|i'?ve|i have)(?:\\s+(?:always|really|truly|still|so|genuinely|deeply|honestly|secretly|also|never stopped|never stop|will always|'?ll always|just))*\\s+(?:admired?|admiring|appreciated?(?!\\s+(?:that|it){E})|love[sd]?|adored?|respected|respect|was (?:always |so |really )?(?:amazed|impressed|inspired|touched|moved|in awe) (?:by|of)|looked up to|been (?:amazed|impressed|inspired|in awe) (?:by|of))\\s+(?:(?:the way|how|that) (?:you|u){E}|how (?:[\\w-]+\\s+){1,2}(?:you|u){E}|(?:your|ur)\\s+(?:(?:\\w+)\\s+)?(?:${TRAIT})(?![\\p{L}])|(?:you|u) for (?:your|ur|being|how|the way|who|always|never giving up|standing)|(?:about|in) (?:you|u){E}(?! (?:more|less|now|anymore))|(?:that|this|those things|that side of you) about (?:you|u){E})|{B}(?:{IM}|i was|i'?ve always been|i have always been|i'?ve been|i have been)(?:\\s+(?:so|really|always|still|truly|genuinely|deeply|constantly|very|incredibly|a bit|a little|slightly|secretly|quietly|kind of|kinda))*\\s+(?:amazed|impressed|inspired|in awe|proud) (?:by|of|at|with) (?:you|u|how (?:you|u)|how (?:[\\w-]+\\s+){1,2}(?:you|u) (?:are|were|'re|always)|the way (?:you|u)|(?:your|ur) \\w+)(?![\\p{L}])|{B}what i (?:(?:always|most|really|still)\\s+)*(?:love|loved|admire|admired|like|liked|appreciate|appreciated|adore|adored|respect|respected|value|valued|cherish|cherished)(?: most| the most)? (?:(?:about|in) (?:you|u){E}|(?:was|is) (?:how|the way|that) (?:you|u){E})|{B}(?:i|i'?ve always|i always|i really|i truly)\\s+(?:respect(?:ed)?|admire[ds]?|appreciate[ds]?)\\s+(?:that|the fact that|how) (?:you|u) (?:were|was|'?ve been|have been|always were|are|'re) (?:(?:always|so|really|completely|brutally|totally)\\s+)?(?:honest|upfront|straight with me|brave|kind|fair|decent|gracious|patient|generous|truthful|strong)(?![\\p{L}])|{B}(?:one|the) (?:thing|things) i (?:(?:always|most|really|still)\\s+)*(?:love|loved|admire|admired|like|liked|appreciate|appreciated)(?: most)? (?:about|in) (?:you|u){E}`,
    },
    {
      id: 'you-are',
      // "You're so kind", "you were always so good with my grandmother", "You're an amazing mum".
      re: `${NOT_COND}{B}(?:{YOURE}|u r|you were|u were|(?:you|u) was(?= (?:always|aye|ever|so|such|the|a|an|really|truly|very)(?![\\p{L}]))|(?:you|u)(?:'?ve| have) aye been|you'?ve always been|you have always been|you'?ve been|you have been|u'?ve been|uve been|you are still|you'?re still|you always were|you remain)(?:\\s+(?:so|such|truly|really|very|incredibly|genuinely|always|aye|still|one of the|honestly|also|quite|deeply|extraordinarily|remarkably|wonderfully|unfailingly|endlessly|unusually|literally|actually|easily|by far|probably|just|ever so|awfully|dead|proper|lowkey|low-key|legit))*\\s+(?:(?:a|an|the)\\s+)?(?:(?:${QUALITY})(?![\\p{L}-])${NOT_SARCASM}|(?:(?:really|truly|very|so|incredibly|genuinely|deeply|fundamentally|properly|seriously|honestly)\\s+)?(?:good|great|kind|wonderful|amazing|incredible|brilliant|fantastic|fine|terrific|excellent|cracking|marvellous|superb|gifted|talented|gentle|generous|patient|loving|devoted|caring|warm|lovely|beautiful|brave|strong|funny|smart|wise|remarkable|rare|special|inspiring|natural|born|kindest|funniest|bravest|strongest|smartest|wisest|most (?:generous|patient|caring|thoughtful|talented|creative|loyal|honest|generous))\\s+(?:${ROLE})s?(?![\\p{L}]))|{B}(?:you'?d|you would|you'?ll|you will|u'?d) make (?:such )?(?:a|an) (?:(?:really|truly|so)\\s+)?(?:${GREAT}) (?:${ROLE})(?![\\p{L}])|{B}i'?ve never (?:met|known) (?:anyone|someone|a person|somebody)(?: else)? (?:who|that) (?:listens|listened|cares|cared|laughs|laughed|gives|gave|understands|understood|notices|noticed|remembers|remembered|works|worked|tries|tried|loves|loved|sees|saw|makes|made)(?![\\p{L}])|{B}i'?ve never (?:met|known) (?:anyone|someone|a person|somebody)(?: else)? (?:as|so) (?:${QUALITY})(?![\\p{L}])|(?:,|and) (?:you|u) (?:really |truly |totally )?deserve (?:it|this|that|every bit of it)(?= ?[.!,;]|$)|${NOT_COND}{B}(?:{YOURE}|you were|u were|you'?ve always been|you have always been|you always were)(?:\\s+(?:always|still|so much|much|far|way))*\\s+(?:kinder|braver|stronger|wiser|gentler|funnier|smarter|cleverer|calmer|warmer|more (?:patient|generous|honest|thoughtful|caring|creative|talented|organi[sz]ed|grown-up|mature|forgiving)|better (?:at (?:saying sorry|apologi[sz]ing|listening|explaining|cooking|remembering|forgiving|staying calm|keeping in touch|making friends|reading people)|with (?:people|kids|words|money)))(?![\\p{L}])|${NOT_COND}{B}(?:{YOURE}|you were|u were|you'?ve always been|you always were)(?:\\s+(?:always|still|honestly|truly))*\\s+(?:one of )?the (?!(?:best|meanest|cruelest|cruellest|coldest|laziest|rudest|ugliest|dumbest|stupidest|weakest|harshest|biggest|greatest)(?![\\p{L}]))(?:\\p{L}+est|most (?:${QUALITY}))(?: and (?:\\p{L}+est|most \\p{L}+))? (?:${ROLE})s?(?![\\p{L}])|{B}(?:you were|you'?re|you are|u were) the only (?:one|person) who (?:could|can|ever|really|always) (?:make (?:me|people|everyone|anyone|my \\w+(?: \\w+)?) (?:laugh|smile|feel (?:safe|loved|better|calm|at home|seen|welcome))|calm (?:me|everyone|things|him|her) down|understand(?:s)? me|got through to me)(?![\\p{L}])`,
    },
    {
      id: 'you-have',
      // "You have such a big heart", "your laugh was contagious", "you always made me laugh".
      re: `{B}(?:you|u)(?: always| really| truly| honestly)?(?: have| had|'?ve got| '?ve got|'?ve always had| have always had| still have)(?:\\s+(?:such|a|an|the|so|real|really|this|that|most|very|truly|genuinely|incredibly))*\\s+(?:(?:big|kind|good|generous|beautiful|warm|gentle|golden|huge|open)\\s+heart|(?:great|wonderful|amazing|brilliant|incredible|lovely|beautiful|impeccable|excellent|unreal|infectious|contagious|wicked|dry|best|kindest|warmest|loveliest|most beautiful|such good|good)\\s+(?:sense of humou?r|laugh|smile|taste|eyes?|mind|voice|energy|spirit|way with|ear|heart)|(?:gift|talent|knack|heart) for(?!\\s+(?:making (?:everything|it all|things|it) about (?:you|u|yourself)|twisting|lying|manipulat|making (?:me|people|everyone|others) feel (?:bad|small|guilty|stupid|worthless|invisible|useless|unwanted|like (?:nothing|dirt|an idiot|a fool|rubbish|crap|shit))|walking (?:away|out)|leaving|disappearing|running (?:away|off)|ghosting|vanishing|moving on|forgetting|breaking|walking all over|drama|exaggerat|guilt|upsetting|hurting|ignoring|disappearing|picking fights|starting fights|sulking))|way of making (?:me|people|everyone|things|ordinary|every|the|a|strangers)(?: [\\w']+){0,3}? (?:feel|seem|look|laugh|smile)|way with (?:words|people|kids|children|animals)|(?:beautiful|kind|good|brilliant|sharp|curious|creative) (?:mind|soul|eyes))|{B}(?:your|ur) (?:${TRAIT})(?![\\p{L}])\\s+(?:(?:is|was|'s|has always been|always was|still is|remains|made|makes|lit|lights|brought|brings|got)\\s+)(?:\\w+\\s+){0,2}?(?:contagious|infectious|rare|beautiful|amazing|incredible|inspiring|admirable|remarkable|special|a gift|something (?:special|rare|else)|something i (?:always |really )?(?:admired|loved|respected|valued)|one of (?:the|my)|what i|the best|the thing|(?:me|everyone|people) (?:laugh|smile|feel)|up (?:a|the|every) room|so much|unique|magnetic|healing|disarming|impressive|extraordinary)|{B}(?:you|u) (?:(?:always|really|truly)\\s+)?(?:knew how to make|know how to make|made|make|could make|had a way of making) (?:everything|hard things|hard days|bad days|the hard (?:days|times|stuff|bits)|the bad (?:days|times)|the worst days|every day|ordinary (?:days|things)|the (?:boring|dull|everyday|little) (?:stuff|things)|life|it all) (?:feel|seem|look) (?:lighter|easier|better|brighter|possible|simpler|simple|bearable|fun|funny|warmer|softer|smaller|manageable|like an adventure)(?![\\p{L}])|{B}(?:you|u) (?:(?:always|really|truly)\\s+)?(?:knew how to make|know how to make|made|make|could make|had a way of making) (?:me|people|everyone|anyone|us|a room|strangers)(?: [\\w']+){0,4}? (?:laugh|smile|feel (?:at home|welcome|safe|seen|heard|special|better|loved|calm|at ease|looked after|cared for|included|(?:like|as if|as though) (?:i|we|they|people|everyone|everybody|anyone) (?:could do anything|could do (?:it|that)|mattered|matter|belonged|belong|was (?:enough|somebody|someone|capable|brave|strong|home)|could fly|was the only (?:one|person)|were the only|was worth something)))|{B}(?:you|u) (?:always )?(?:knew|know) how to (?:calm me|cheer me|comfort me|make me feel|get me|talk me down|make things|make a|make people|make (?:the kids|everyone|anyone|my [\\p{L}]+|us|them|him|her|strangers) (?:laugh|smile|feel))|{B}(?:you|u)(?:'d|'ll| would| could| can| will)? (?:always |still |even )?(?:light|lit) up (?:a|the|every|any) (?:room|party|pub|funeral|wake|wet (?:monday|tuesday|wednesday|thursday|friday|sunday|saturday|weekend)|grey day|rainy day|dark day|office|place)(?![\\p{L}])`,
    },
    {
      id: 'praise',
      // Praise of what the reader is, did or made: "your photos from Iceland were stunning", "the way you
      // stood up for your brother was incredible", "nobody listens the way you do", "you have a real gift
      // with children", "I'm so proud of everything you've achieved", "your mum's lucky to have you".
      re: `{B}(?<!{B}our (?:[\\p{L}'-]+ ){1,5}(?:after|before|at|in|on|from|with|by|near|to|of|round|around|outside|for) )(?:your|ur)\\s+${NOT_OTHER_OR_FAULT}(?![^.!?\\n]{0,40}?{B}(?:lie|lies|lying|twist\\w*|cheat\\w*|manipulat\\w*|ghost\\w*|excuses?|dump\\w*|leaving|ignor\\w*|pretend\\w*|cruel\\w*|games|drama)(?![\\p{L}]))(?:[\\p{L}'-]+\\s+){0,7}?(?:is|was|were|are|'s|has always been|have always been|always was|always were|still is|still are|looks?|looked|sounds?|sounded|seems?|seemed|tastes?|tasted)\\s+${ADV}(?:${PRAISE})(?![\\p{L}])|{B}(?:your|ur)\\s+${NOT_OTHER_OR_FAULT}(?:[\\p{L}'-]+\\s+){0,10}?(?:(?:always|really|truly|still|deeply|genuinely)\\s+)?(?:moved|moves|inspired|inspires|amazed|amazes|impressed|impresses|touched|touches|humbled|humbles|blew (?:me|everyone|people) away|blows (?:me|everyone|people) away) (?:me|everyone|people|us|all of us)(?![\\p{L}])|{B}(?:your|ur) (?:${TRAIT})(?![\\p{L}]) (?:(?:could|can|would|will|always|still)\\s+)+(?:turn (?:around|round)|brighten|light up|lift|fix|cheer|calm|make (?:me|anyone|everyone|people|any)|melt|save)(?![\\p{L}])|{B}(?:the way|how) (?:you|u) [^.!?\\n]{1,50}? (?:was|is|were) ${ADV}(?:${PRAISE}|rare|a rare thing|something (?:special|rare|to see))(?![\\p{L}])|{B}what (?:you|u) (?:did|do|have done|'ve done|built|made|achieved|created|managed) [^.!?\\n]{0,40}?(?:was|is) ${ADV}(?:${PRAISE})(?![\\p{L}])|{B}(?:you|u)(?:'?ve| have)?(?: always| still| really)? (?:have|had|got) (?:such |a |an |a real |a rare |this |that )?(?:(?:real|rare|special|lovely|natural|beautiful|genuine)\\s+)?(?:gift|talent|knack|way) (?:with|for|of) (?:children|kids|people|animals|words|plants|colou?rs?|music|languages?|numbers|patients|strangers|the elderly|old people|(?:seeing|making|finding|bringing|turning|knowing|putting|calming|lifting|getting people|noticing|remembering) )(?!(?:me|people|everyone|others|anyone|us) feel (?:small|bad|guilty|stupid|worthless|awful|useless|like)(?![\\p{L}])|(?:everything|it all|things|it) about (?:you|u|yourself)(?![\\p{L}]))|{B}(?:lucky|fortunate|blessed) to have (?:(?:you|u)|(?:a|an) (?:[\\p{L}]+ ){0,2}like (?:you|u))(?![\\p{L}])|{B}(?:no ?one|nobody)(?: else)? (?:(?:ever|has ever|could ever|will ever|else)\\s+)?(?:listens?|listened|understands?|understood|gets me|got me|knows me|knew me|sees me|saw me|makes? (?:me|a room|people|everyone|the kids|strangers|a crowd) (?:laugh|smile|feel (?:safe|seen|heard|loved|calm|at home))|made me (?:laugh|smile|feel (?:safe|seen|heard|loved|calm|at home))|cooks?|cooked|explains?|explained|cares?|cared|calms? me|calmed me|hugs?|hugged)(?: [\\p{L}']+){0,3}? (?:the way|like|as well as|as much as) (?:you|u)(?: (?:do|did|can|could|does|used to|always did))?(?![\\p{L}])|{B}(?:{IM}|i was|i'?ve always been|i have always been|i'?ve been)(?:\\s+(?:so|really|always|still|truly|genuinely|very|incredibly))*\\s+proud (?:of (?:everything|all|what) (?:you|u)(?:'?ve| have)? (?:done|achieved|built|become|made|accomplished|overcome|managed|created)|to (?:be seen with|know|have known|call|have been with) (?:you|u))(?![\\p{L}])|{B}(?:you|u) (?:really |truly |totally |so |fully )?deserve(?:d)? (?:every bit of |all (?:of )?)?(?:(?:your|ur|the|that|this) )?(?:success|promotion|new job|job|award|degree|recognition|praise|prize|win|place|scholarship)(?![\\p{L}])|{B}(?:you|u)(?:'?ve| have) (?:done|come|grown) (?:so|really|incredibly|amazingly|so very) (?:well|far|much)(?![\\p{L}])(?! (?:worse|colder|apart|distant))|{B}(?:you|u) (?:always |still )?(?:knew|know|had|have) (?:exactly )?(?:the right (?:thing|words) to say|what to say|how to (?:help|listen|cheer (?:me|people|everyone) up|calm (?:me|people|everyone|things)|comfort))(?![\\p{L}])|{B}(?:you|u) (?:[\\p{L}']+ ){1,8}?with (?:so much|such|real|great|incredible|amazing|quiet|such quiet|so much quiet|a|a quiet|a real|a kind of) (?:grace|dignity|courage|patience|kindness|care|strength|humou?r|warmth|tenderness|generosity|class)(?![\\p{L}])|{B}(?:it|that|which) (?:took|takes|must have taken) (?:real |so much |a lot of |such |great |huge |serious )?(?:courage|guts|strength|bravery|nerve|grace)(?! for (?:me|us))(?=[^.!?\\n]{0,60}?{B}(?:you|u|your|ur){E})|{B}(?:{YOURE}|u r) (?:going|gonna) to be (?:such )?(?:a|an) (?:(?:really|truly|so)\\s+)?(?:${GREAT}) (?:${ROLE})(?![\\p{L}])|{B}(?:you'?ll|you will|u'?ll) be (?:such )?(?:a|an) (?:(?:really|truly|so)\\s+)?(?:${GREAT}) (?:${ROLE})(?![\\p{L}])`,
    },
    {
      id: 'admired-act',
      // Praise in more shapes: a brave choice ("moving to Porto was brave", "it took real guts to go back to
      // university"), "it suits you", "the better cook", "patient as a saint", "the steadiest hands", "you
      // could always make a stranger feel at home", "you were a rock", "you worked so hard for it", "you kept
      // us afloat", "you said you'd do it and you did", "you handled it better than anyone could have".
      re: `(?<!{B}(?:hope|hoping|wish|if|hopefully|whether)\\s+[^.!?\\n]{0,25})(?:{B}(?:moving|going back|going|leaving|starting|taking|quitting|changing|retraining|training|opening|setting up|standing up|speaking up|walking away|coming out|applying|learning|starting over|starting again|taking on|turning down)\\s[^.!?\\n]{0,40}?\\s(?:was|is|took|must have been|must have taken)\\s+(?:(?:so|really|incredibly|very|genuinely|properly|truly|seriously|such)\\s+)?(?:brave|courageous|bold|gutsy|guts|courage|nerve|inspiring|admirable)(?![\\p{L}])|{B}(?:it|that|this|the [\\p{L}-]+(?: [\\p{L}-]+)?|(?:your|ur) (?:new )?[\\p{L}-]+|[\\p{L}-]+ing)\\s+(?:really |totally |so |clearly |obviously |honestly |genuinely )?suits (?:you|u)(?![\\p{L}])(?!\\s+to\\s)|{B}(?:sounds?|seems?|looks?|is|was)\\s+(?:just\\s+|so\\s+|exactly\\s+|really\\s+)?(?:right for (?:you|u)|right up (?:your|ur) (?:street|alley)|made for (?:you|u))(?![\\p{L}])|${NOT_COND}{B}(?:{YOURE}|you were|u were|you'?ve always been|you always were)\\s+(?:(?:always|still|by far|easily|much|far|definitely)\\s+)*(?:the|a) (?:(?:much|far|way|much much)\\s+)?better (?:${ROLE})(?![\\p{L}])|(?<!{B}(?:i|i'?ve been|i was|i'?m|im|he|she|they|he'?s|she'?s|he was|she was)\\s+(?:as\\s+)?)(?:{B}as\\s+)?{B}(?:patient|kind|gentle|generous|brave|calm|steady|strong|funny|sharp|clever|bright|warm|honest|loyal|tough|sweet|good|solid|reliable|tender|caring) as (?:a saint|an ox|a rock|they come|anything|can be|anyone|gold|hell|a lion|a whip|a button|a tack)(?![\\p{L}])|{B}(?:you|u)(?: always| still)?(?: have| had|'?ve got|'?ve always had| have always had)\\s+(?:the|such)\\s+(?!(?:worst|coldest|meanest|biggest|hardest|dumbest|laziest|strangest|weirdest|oddest|harshest|cruelest|cruellest|rudest|loudest|messiest|latest|earliest|longest|shortest|fastest|slowest|smallest|oldest|youngest)(?![\\p{L}]))(?:\\p{L}{2,}est|most (?:beautiful|amazing|gentle|generous|patient|wonderful|incredible|infectious|contagious|calming|reassuring))\\s+(?:[\\p{L}-]+\\s+)?(?:hands|eyes|laugh|smile|heart|voice|manner|mind|taste|eye|ear|sense|way|touch|handwriting|ideas|instincts|patience|energy|soul)(?![\\p{L}])|{B}(?:it|that) (?:took|takes|must have taken) (?:real |so much |a lot of |such |great |huge |serious )?(?:courage|guts|strength|bravery|nerve|grace) to (?!(?:write|send|post|say|tell|admit|ask|get to|reach|read)(?![\\p{L}]))|{B}(?:you|u) (?:(?:always|could|really|truly|still|can)\\s+){1,3}make (?:me|people|everyone|anyone|us|a room|strangers|a stranger|my [\\p{L}]+|the kids|(?:your|ur) [\\p{L}]+)(?: [\\p{L}']+){0,4}? (?:laugh|smile|feel (?:at home|welcome|safe|seen|heard|special|better|loved|calm|at ease|looked after|cared for|included))(?![\\p{L}])|{B}(?:{YOURE}|you were|u were|you'?ve been|you have been|you'?ve always been)\\s+(?:(?:such|an absolute|a real|a total|my|an|a|so much of a)\\s+)+(?:rock|star|legend|saint|hero|heroine|godsend|lifesaver|life-saver|trooper|champion|diamond|gem|brick|treasure|marvel)(?![\\p{L}])|{B}(?:you|u)(?:'?ve| have)?\\s+(?:always\\s+|really\\s+)?worked (?:so|really|incredibly|very|bloody|amazingly|unbelievably|such|incredibly) hard(?![\\p{L}])(?! (?:at|on) (?:lying|hiding|pretending|ignoring|avoiding|ruining|destroying|making me|keeping secrets)(?![\\p{L}]))|{B}(?:you|u) (?:always |really )?work(?:ed)? harder than (?:anyone|anybody|everyone|me)(?![\\p{L}])|{B}(?:you|u) (?:[^.!?\\n]{0,60}?\\s)?(?:kept|held) (?:us|everything|me|the family|it all|things|the house|the whole (?:thing|family|house))(?: [\\p{L}]+)? (?:afloat|together|going|sane|running|grounded|steady|standing)(?![\\p{L}])|{B}(?:you|u) (?:always |once |kept |)?(?:said|told me|swore|promised|wanted|dreamed|talked about)(?![^.!?\\n]{0,50}?(?:{B}(?:never|not|dont|didnt|wont|wouldnt|cant|couldnt)(?![\\p{L}])|n't(?![\\p{L}])))[^.!?\\n]{0,50}?(?:,\\s*|\\s+)(?:and|&|n)\\s+(?:you|u) (?:actually |really |finally |totally |went and |only went and )?(?:(?:did it|made it|pulled it off|got there)(?![\\p{L}])|did(?= ?[.!,;]|$| too))|{B}(?:your|ur) (?:kindness|help|support|care|patience|letters?|visits?|words|generosity|friendship|calm|company)(?:\\s+[^.!?\\n]{0,40}?)?\\s(?:meant|means|has meant|will always mean)\\s+(?:so much|the world|everything|a lot|more than)(?![\\p{L}])|{B}(?:you|u)(?:'?ve| have)? (?:did|done|made|do) (?:an?|such an?|a really|a truly|one hell of a) (?:amazing|brilliant|great|wonderful|incredible|fantastic|beautiful|lovely|good|fine|superb|remarkable|stunning|cracking|top) job(?![\\p{L}])(?! (?:of|at|on) (?:ruining|destroying|lying|hiding|pretending|ignoring|breaking|wrecking|hurting|making me|forgetting|messing|humiliating|embarrassing)(?![\\p{L}]))|{B}(?:you|u) (?:looked|look|looks|sounded|sound)\\s+(?:so |really |absolutely |just |truly |honestly )?(?:beautiful|gorgeous|stunning|amazing|lovely|radiant|incredible|wonderful|fantastic|brilliant|great)(?![\\p{L}])|{B}(?:{YOURE}|u r|you were|u were|you'?ve always been)\\s+(?:such\\s+)?a natural(?: (?:with|at)|(?= ?[.!,;]|$))|{B}(?:your|ur)\\s+${NOT_OTHER_OR_FAULT}[\\p{L}'-]+(?: [\\p{L}'-]+)? (?:is|was|are|were|has always been|have always been) (?:(?:much|far|so much|way|always|still|miles)\\s+)?better than (?:mine|me|i (?:could|ever|will)|anyone(?:'s)?)(?![\\p{L}])|{B}(?:you|u) (?:absolutely |totally |really |properly |completely )?(?:killed it|smashed it|nailed it|aced it|crushed it|rocked it|owned it)(?![\\p{L}])(?! (?:between|for) (?:us|me))|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:so|really|very|super|incredibly|honestly)\\s+)?proud of (?:you|u)(?![\\p{L}])|{B}(?:it was|that was|that'?s|it'?s)\\s+(?:so|just|exactly|very) like (?:you|u) to (?!(?:leave|lie|forget|ignore|disappear|run|blame|walk|storm|sulk|cancel|ghost|make (?:it|everything)|assume|twist|pretend|play|deny|turn|take|judge|shout|moan|complain)(?![\\p{L}]))|{B}(?:you|u)(?:'?ve| have)?\\s+(?:built|made|created|grown|raised|achieved)\\s+(?:something|such (?:a|an)|a|an)\\s+(?:(?:really|truly|so|genuinely)\\s+)?(?:${PRAISE}|fine|great|good|beautiful|special|remarkable|lovely|successful|thriving)(?![\\p{L}])(?! mess)|{B}(?:you|u) (?:handled|dealt with|managed|coped with|took|carried) (?:[\\p{L}']+ ){0,4}?(?:better|more gracefully|more calmly|more kindly) than (?:anyone|anybody|most people|i (?:ever )?could|i would have|i did)(?![\\p{L}])|{B}(?:you|u) (?:always )?(?:made|make|turned) (?:that|the|our|every|any) (?:house|flat|place|room|kitchen) (?:into )?(?:a )?home(?![\\p{L}])|(?<={B}(?:you|u)\\s[^.!?\\n]{0,60})(?:;|,|and)\\s*(?:it|that) was (?:so |really |incredibly |very )?(?:brave|courageous|gutsy|bold|thoughtful|kind|generous|decent|sweet|lovely)(?= ?[.!,;]|$| of (?:you|u))|{B}(?:it|that) was (?:so |really |incredibly |very )?(?:brave|courageous|gutsy|bold) of (?:you|u)(?![\\p{L}]))`,
    },
    {
      id: 'plain-praise',
      // Praise said plainly, often understated: "You're the best mum I know", "I was always proud of how hard you
      // worked", "You listen in a way almost nobody does", "ur the only person who actually listens", "You handled
      // the divorce with more grace than I did", "Your paintings are good", "You made that tiny flat feel like a
      // home", "you've got a real gift with it", "You built that business from nothing", "how good you are with her".
      re: `${NOT_COND}{B}(?:you'?re|you are|ur|u r|you were|u were)\\s+${ADV}(?:easily\\s+)?the (?:best|kindest|funniest|bravest|smartest|cleverest|strongest|warmest|wisest|hardest|gentlest|most (?!(?:selfish|stubborn|difficult|annoying|frustrating|infuriating|impossible|cruel|manipulative|dishonest)(?![\\p{L}]))\\p{L}+) (?:${ROLE}|one|of (?:the two of )?us)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:will|'ll) ever)(?=\\s*(?:[,.!;]|$)|[^.!?\\n]{0,30}?(?:{B}in (?:any|the|every) room|{B}i (?:know|knew|'?ve (?:ever )?(?:met|known)|have (?:ever )?(?:met|known)|can think of)|{B}of (?:the two of )?us|{B}(?:and|but) (?:you|u)))|{B}(?:{IM}|i was|i'?ve (?:always )?been|i have (?:always )?been|i always was|always)\\s+(?:(?:so|really|very|always|still|incredibly|quietly|secretly|genuinely)\\s+)*(?:proud of|impressed (?:by|with)|in awe of|amazed by) (?:you|u|how (?:you|u|hard|much|far)|the way (?:you|u)|what (?:you|u)|all (?:you|u)|your|ur)(?![\\p{L}])|{B}how (?:impressed|proud) i (?:was|am)(?![\\p{L}])|{B}(?:you|u) (?:\\p{L}+ )?(?:in a way|like) (?:almost |hardly |very )?(?:nobody|no one|no-one|few people|anyone) (?:else )?(?:does|can|do|could|did)(?![\\p{L}])|{B}(?:you'?re|ur|you are|you were|u r) (?:the only (?:one|person)|one of the (?:only|few) (?:people|ones)) (?:who|that) (?:actually |really |ever |truly )?(?:listens|listened|gets|got|understands|understood|makes|made|knew|knows|sees|saw|remembers|remembered|cares|cared)(?![\\p{L}])|{B}(?:you|u) (?:handled|dealt with|carried|faced|took|managed) [^.!?\\n]{1,40}?with (?:such |so much |more |real |incredible |great |enormous |quiet )?(?:grace|dignity|courage|strength|patience|kindness|humou?r|class|calm)(?![\\p{L}])|{B}(?:your|ur) ${NOT_OTHER_OR_FAULT}(?:[\\p{L}-]+\\s+)?(?:${TRAIT}) (?:is|are|was|were|'s)\\s+(?:(?:so|really|very|still|always|genuinely|honestly|seriously)\\s+)?(?:good|great|excellent)(?![\\p{L}])(?![^.!?\\n]{0,20}{B}(?:for|at) (?:nothing|lying|pretending)(?![\\p{L}]))|{B}(?:your|ur) (?:cooking|baking|food|[\\p{L}]+) (?:spoiled|spoilt|ruined) me for(?![\\p{L}])|{B}(?:you|u) (?:always )?made (?:[\\p{L}'-]+\\s+){0,3}?(?:feel|look) (?:like (?:a |an )?(?:home|family|your own|one of (?:the|your) family)|welcome|at home|safe|special|loved|wanted|included|part of)(?![\\p{L}])|{B}(?:you'?ve|you have|you had|u have|uve|you'?ve always had|you always had) (?:got )?(?:such |a |a real |a rare |real |an? (?:amazing|incredible|natural|lovely|gentle|special|wonderful|great|beautiful) )(?:gift|talent|knack|eye|way with)(?![\\p{L}])${NOT_SARCASM}|{B}(?:you|u) (?:built|created|started|raised|made|grew) (?:that|the|your|ur|a) (?!(?:lie|lies|story|excuse|mess|drama|fantasy|web|rumou?r)(?![\\p{L}]))[^.!?\\n]{1,30}?from (?:nothing|scratch)(?![\\p{L}])|{B}how good (?:you|u) (?:are|were|'re) (?:with|at)(?![\\p{L}])|{B}(?:you|u) (?:always )?(?:saw|see|sees|bring out|brought out|bringing out|found|find) the (?:best|good|light|goodness) in(?![\\p{L}])|{B}(?:you'?ll|you will|u'?ll|you'?re going to|you are going to|ur gonna|you'?re gonna) be ${ADV}(?:${QUALITY}|great|fantastic|excellent|a natural)(?![\\p{L}])${NOT_SARCASM}|{B}(?:you|u) deserve (?:(?:every|all the|all of the|only the|nothing but the|so much|all)\\s+)?(?:good things?|happiness|the best|love|good|joy)(?![\\p{L}])|{B}(?:you|u) (?:(?:always|still|once) )?(?:make|made|cook|cooked|bake|baked|do|did|give|gave|tell|told|throw|threw|write|wrote|sing|sang|take|took|draw|drew|pick|picked|plan|planned|host|hosted) the (?:best|funniest|loveliest|kindest|sweetest|nicest|warmest|most (?:thoughtful|beautiful|generous|creative|moving|delicious)) (?!(?:excuses|lies|liar|mess|drama|years|of me|part)(?![\\p{L}]))[\\p{L}]+(?![\\p{L}])|{B}(?:you|u) were (?:(?:truly|really|just|absolutely|quite)\\s+)?(?:remarkable|extraordinary|exceptional|magnificent|a rock|incredible|amazing|wonderful)(?![\\p{L}])|{B}(?:your|ur) ${NOT_OTHER_OR_FAULT}(?:[\\p{L}-]+\\s+)?(?:${TRAIT})(?![\\p{L}])[^.!?\\n]{0,70}?(?:never (?:stopped|stops|ceased|ceases|failed|fails) (?:to (?:amaze|impress|move|inspire|touch|astonish|humble)|amazing|impressing|moving|inspiring|touching|astonishing|humbling)|(?:did not|didn'?t|does not|doesn'?t|will not|won'?t|has not|hasn'?t) go(?:ne)? unnoticed|(?:is|was|'s|were|are) (?:always |really |truly |honestly )?(?:something (?:i|to) (?:(?:still|often|always|really|truly) )?(?:think about|admire|admired|remember|treasure|value|valued|respect|respected|leaned on|relied on|learned from|aspire to)|one of the (?:things|qualities|parts of you) i (?:(?:most|always|really|truly) )?(?:valued|value|loved|love|admired|admire|respected|respect|cherished))|puts? (?:mine|me|us|everyone|the rest of us) to shame|something (?:i|we) (?:leaned|relied|depended|counted) on)(?![\\p{L}])|{B}(?:you|u) (?:were|was|are|'re|r) (?:(?:so|dead|completely|totally|absolutely|quite|always|probably)\\s+)?right to (?!(?:leave|go|walk|end|dump|break|split|be|feel|hate|doubt|worry|not|say|call|ask|want|need|cut)(?![\\p{L}]))\\p{L}+|{B}(?:fair play|hats off|kudos|props|good on|fair dues|respect)(?: to)? (?:you|u|ya)(?![\\p{L}])(?![^.!?\\n]{0,40}?{B}(?:ruin\\w*|wreck\\w*|destroy\\w*|break\\w*|lying|lied|cheat\\w*|leav\\w*|walk\\w* out|ghost\\w*|dump\\w*|humiliat\\w*|embarrass\\w*|forget\\w*|forgot|ignor\\w*|moving on|nothing|making me)(?![\\p{L}]))|${NOT_COND}{B}(?:you'?re|you are|ur|u r|you were|u were)\\s+${ADV}(?:easily\\s+|by far\\s+)?the best at (?!(?:lying|pretending|ignoring|leaving|hiding|running|avoiding|making excuses|excuses|blaming|twisting|manipulat\\w*|guilt\\w*|playing|games|disappearing|ghosting|hurting|forgetting|holding grudges|sulking|moving on|everything|anything|life|being)(?![\\p{L}]))\\p{L}{3,}|{B}(?:you|u) (?:always |just |really )?(?:had|have|'?ve got|'?ve always had) (?:this|that|a|such a) (?:(?:lovely|gentle|quiet|funny|special|rare|real|little|beautiful|wonderful|magic|magical)\\s+)?way of (?:listening|laughing|seeing|noticing|explaining|calming|comforting|lighting|putting (?:people|everyone|me|strangers) at ease|remembering|telling stories|talking to (?:people|strangers|kids|children|old people))(?![\\p{L}])|{B}(?:you|u) (?:[\\p{L}']+ ){0,8}?made (?:it|that|everything|the whole thing|all of it|it all) look (?:so )?(?:easy|effortless|simple)(?![\\p{L}])(?! to (?:leave|walk|forget|move on|replace|lie|cheat|go)(?![\\p{L}]))|{B}(?:it|that) was (?:a |such a |the |an )?(?:(?:really|very|so|truly)\\s+)?(?:wise|brave|good|great|smart|right|kind|generous|courageous|bold|mature|selfless|big|admirable) (?:choice|decision|call|move|thing to do) (?:to|of (?:you|u))(?![\\p{L}])(?=[^.!?\\n]{0,60}?{B}(?:you|u|your|ur|yourself)(?![\\p{L}]))(?![^.!?\\n]{0,40}{B}(?:end|split|break|leav|separat|divorc|part|call it)\\w*)|{B}(?:your|ur) ${NOT_OTHER_OR_FAULT}(?:[\\p{L}-]+\\s+)?(?:${TRAIT})(?![\\p{L}])[^.!?\\n]{0,50}?(?:,|;|and)\\s*(?:they|it) (?:were|was|are|is|'s) ${ADV}(?:${PRAISE}|wise|kind|gentle|brave|funny|clever|beautiful|honest)(?![\\p{L}])|{B}(?:your|ur) ${NOT_OTHER_OR_FAULT}(?:[\\p{L}'-]+\\s+){0,2}?(?:could|would|can) (?:end wars|cure (?:anything|anyone|a hangover|heartbreak)|raise the dead|bring (?:about )?world peace|stop traffic|make (?:anyone|grown men|a grown man|a stone) (?:cry|weep|smile))(?![\\p{L}])|{B}(?:said|says|showed|shows|spoke|speaks) (?:a lot|so much|volumes|everything|plenty) (?:about|of) (?:your|ur) (?:${TRAIT}|character|loyalty|decency|goodness|values)(?![\\p{L}])|{B}credit where (?:it'?s|credit'?s|it is) due(?![\\p{L}])(?![^.!?\\n]{0,40}?{B}(?:ruin\\w*|wreck\\w*|lie|lies|lying|lied|cheat\\w*|leav\\w*|ghost\\w*|dump\\w*|forgot|ignor\\w*|moving on|so fast|so quickly)(?![\\p{L}]))|{B}(?:you|u) turned (?:that|the|your|ur|things|it all|everything|it) [^.!?\\n]{0,25}?(?:around|round)(?![\\p{L}])(?! on me)|{B}(?:you|u) never (?:once )?(?:raised (?:your|ur) voice|forgot (?:a|my|our|one|any)|missed (?:a|one|any)|gave up on (?:me|us|him|her|them|anyone)|let (?:me|us|anyone|them) down|lost (?:your|ur) temper|said a (?:bad|cruel|unkind) word)(?![\\p{L}])|{B}(?:you|u) always told me the truth(?![\\p{L}])|(?<={B}(?:congratulations|congrats|well done|so pleased|so happy|proud)[^.!?\\n]{0,60}){B}(?:you|u) (?:really |truly |totally |so )?(?:earned|deserved) (?:every bit of |all of )?(?:it|that|this)(?= ?[.!,;]|$)|(?<!{B}(?:says|said|say|heard|hear|told me|tells me)\\s(?:that\\s)?){B}(?:you'?re|you are|ur|u r|u'?re) (?:doing|getting on) (?:so )?(?:great|brilliant|amazing|so well|really well|fantastic)(?![\\p{L}])|{B}(?:sounds?|seems?|looks?) like (?:a|such a) (?:great|brilliant|good|lovely|wonderful) fit for (?:you|u)(?![\\p{L}])|(?<={B}(?:you|u)\\s[^.!?\\n]{0,60})(?:;|,|and)\\s*(?:it|that) (?:took|takes) (?:real |so much |a lot of |some |great )?(?:courage|guts|strength|bravery|nerve)(?= ?[.!,;]|$)|{B}(?:you|u) (?:stood|stuck) (?:by|with) (?:me|us|my [\\p{L}]+) (?:through|during|when)(?![\\p{L}])`,
    },
    {
      id: 'more-praise',
      // More shapes of praise: "Your paintings have got so good", "Congratulations on the marathon", "that's a huge
      // achievement" (not "congratulations", often sarcastic), "that was decent of you", "you were always a gentleman", "You are a very hardworking person",
      // "You was always very kind with my mother", "You were so good to him those last months".
      // "I saw you got the promotion, which is brilliant and totally deserved", "ur new job sounds great, well deserved".
      re: `(?<={B}(?:you|u|your|ur)(?![\\p{L}'])[^.!?\\n]{0,80}){B}(?:so|well|totally|richly|thoroughly|hugely|completely|absolutely|fully|very|much|truly|more than)[\\s-]+deserved(?![\\p{L}])(?! (?:it|that|this|what|everything|all)(?![\\p{L}]))|{B}(?:your|ur) (?:[\\p{L}-]+ ){0,2}?(?:${WORK})\\s+(?:(?:have|has|had|'ve|'s)\\s+(?:got(?:ten)?|become)|(?:keeps?|kept) getting|(?:is|are|was|were|'s|'re)\\s+getting)\\s+(?:(?:so|really|very|much|even|just|genuinely|honestly|truly|incredibly|bloody|seriously|properly|super|a lot|way)\\s+)*(?:good|better|great|brilliant|amazing|beautiful|lovely|stunning|impressive|fantastic|incredible|excellent|professional)(?![\\p{L}])|{B}(?:that'?s|that is|what|it'?s|it is|it was|that was)\\s+(?:an?\\s+)?(?:(?:such|really|truly)\\s+)?(?:an?\\s+)?(?:huge|real|big|massive|amazing|incredible|brilliant|serious|proper|great|fantastic) (?:achievement|accomplishment|feat)(?![\\p{L}])|{B}(?:that|it|this) (?:was|is|'s) (?:(?:really|very|so|dead|super|incredibly|truly|genuinely)\\s+)?(?:decent|kind|good|sweet|lovely|generous|thoughtful|brave|classy|gracious|considerate) of (?:you|u|ya)(?![\\p{L}])(?![^.!?\\n]{0,60}?\\bat (?:your age|(?:thirty|forty|fifty|sixty)(?:-\\w+)?|\\d{2})(?![\\p{L}]))|${NOT_COND}{B}(?:you were|you'?re|you are|u were|u r|ur|you was|u was|you have always been|you'?ve always been)(?:\\s+(?:always|such|truly|really|ever|still|just))*\\s+(?:an?\\s+)?(?:(?:real|true|proper|absolute)\\s+)?(?:gentleman|lady|gem|star|diamond|sweetheart|trooper|brick|good (?:egg|sport|soul|man|woman|person|friend|listener|father|dad|mother|mum|mom|one)|hard worker)(?![\\p{L}])|${NOT_COND}{B}(?:you are|you'?re|ur|u r|you were|u were|you was|u was)\\s+(?:(?:always|still|truly|really)\\s+)?(?:such\\s+)?(?:a|an)\\s+(?:(?:very|really|truly|so|incredibly|genuinely|deeply|extremely|remarkably|most)\\s+)+(?:${QUALITY})(?![\\p{L}-])${NOT_SARCASM}|${NOT_COND}{B}(?:you was|u was)\\s+(?:(?:always|so|very|really|such|truly)\\s+)*(?:(?:a|an)\\s+)?(?:${QUALITY})(?![\\p{L}-])${NOT_SARCASM}|${NOT_COND}{B}(?:you were|you'?ve been|you have been|you was|you are|you'?re|u were|ur|u r)\\s+(?:(?:always|so|very|really|truly|such|incredibly|just|ever so)\\s+)*(?:good|kind|lovely|wonderful|patient|gentle|sweet|brilliant|great|amazing|marvellous|fantastic|generous) (?:to|with) (?:him|her|them|my \\p{L}+|our \\p{L}+|the (?:kids|children|boys|girls|dog|family)|everyone|people|me|us)(?![\\p{L}])${NOT_SARCASM}|{B}(?:ye'?ve|you'?ve|you have|u have|uve|u'?ve|ye have|you'?ve got|ye'?ve got|you got|you had|ye had)\\s+(?:(?:such|a|an|real|really|true|rare|special|proper|always had a|always had)\\s+)+(?:gift|talent|knack|flair|way with (?:people|words|kids|children|animals|folk)|eye for|ear for|feel for)(?![\\p{L}])${NOT_SARCASM}|{B}(?:{YOURE}|you were|u were|you was)\\s+(?:(?:always|still|such|really|truly)\\s+)*(?:an?\\s+)(?:lekker|class|deadly|cracking|smashing|top|ace|fab|fabulous|marvellous|terrific|superb|first-class|top-notch|hell of a|heck of a|belter of a|cracker of a) (?:${ROLE})(?![\\p{L}])|{B}(?:your|ur)\\s+${NOT_OTHER_OR_FAULT}(?:[\\p{L}'-]+\\s+){0,7}?(?:is|was|were|are|'s|looks?|looked|sounds?|sounded)\\s+${ADV}(?:(?:so|really|dead|well|absolutely|proper)\\s+)?(?:on point|class|ace|lit|mint|banging|bang on|cracking|smashing|a triumph|a hit|a masterpiece|top notch|top-notch|next level|deadly|pure class)(?![\\p{L}])|{B}i (?:(?:really|truly|so|always|genuinely|deeply|have always|'ve always|still|do)\\s+)*(?:respect|respected|admire|admired|value|valued|am proud of|'m proud of)\\s+(?:all\\s+)?the (?:work|job|things|effort|care|good|time|energy|difference|hours) (?:you|u) (?:do|did|put|give|gave|make|made|'ve done|have done|bring|brought)(?![\\p{L}])|{B}what (?:a|an) (?:(?:${GREAT}|${QUALITY})\\s+){1,2}(?:${ROLE}) (?:you|u) (?:are|were|'ve been|have been|make|made)(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})how (?:${QUALITY}) (?:you|u) (?:are|were|have been|'ve been|always were)(?![\\p{L}])`,
    },
    {
      id: 'shown',
      // Praise in the shapes the eighth probe found missing: a quality shown ("the way you nursed your dad showed real
      // courage"), a person "of great integrity", "what a good dad you've become", "you cook better than anyone I
      // know", "you dance beautifully", a thing made ("the shed you built is a marvel"), work that deserves an
      // audience, a habit of decency ("you always stood up for the quiet ones", "you never once made a stranger feel
      // stupid"), and a quality "I've never found in anyone else".
      re: `{B}(?:the way|how) (?:you|u) [^.!?\\n]{1,50}? (?:showed|shows|took|takes|proved|proves) (?:me )?(?:(?:such|real|so much|great|incredible|enormous|huge|true|a lot of|a kind of|what|quiet|rare)\\s+)*(?:strength|courage|grace|dignity|patience|kindness|character|heart|class|maturity|wisdom|compassion|generosity|guts|integrity|bravery|tenderness)(?![\\p{L}])|${NOT_COND}{B}(?:{YOURE}|you were|u were|you'?ve always been|you have always been|you always were)\\s+(?:(?:always|truly|really|still)\\s+)?(?:a|an) (?:man|woman|person|lady|gentleman|soul|human being|girl|guy|lad|lass) of (?:(?:such|great|real|rare|deep|quiet|enormous|huge|true|genuine|so much|strong)\\s+)?(?:integrity|courage|principles?|character|honou?r|faith|substance|kindness|warmth|talent|dignity|grace|strength|compassion|conviction|heart|(?:your|ur) word)(?![\\p{L}])|{B}what (?:a|an) (?:(?:really|truly|wonderfully)\\s+)?(?:${GREAT}|fine|gifted|talented|kind|caring|patient|loving|devoted|natural|gentle|generous|strong|brave) (?:${ROLE}) (?:(?:you|u) (?:are|were|have become|became|make|made|will make|turned into)|(?:you|u)'?(?:ve become|ll make|d make))(?![\\p{L}])|{B}(?:you|u) (?:(?:always|still|really)\\s+)?(?!(?:lie|lied|lying|cheat|cheated|manipulate|manipulated|twist|twisted|hide|hid|ignore|ignored|run|ran|disappear|disappeared|pretend|pretended|know|knew|hurt|play|played|fake|faked|deserve|deserved|deserves|lie|argue|argued|fight|fought|do|did)(?![\\p{L}]))\\p{L}{3,}(?: (?:people|kids|children|words|me|us|them|it|a room|a story|a song))? better than (?:anyone|anybody|most people|everyone|nearly anyone|almost anyone)(?: (?:i|i'?ve|else))?(?![\\p{L}])|{B}(?:you|u) (?:(?:always|still|really)\\s+)?(?!(?:lie|lied|lying|cheat|cheated|manipulate|manipulated|twist|twisted|hide|hid|ignore|ignored|pretend|pretended|fake|faked|act|acted|play|played|left|leave|dumped|ghosted|lie|avoided|dodged)(?![\\p{L}]))\\p{L}{3,}(?: (?:it|that|them|this|everything|people|the kids|your \\p{L}+))? (?:so |really |truly |incredibly |absolutely |just |always )?(?:beautifully|brilliantly|wonderfully|gorgeously|exquisitely|superbly|magnificently|gracefully|movingly|elegantly|effortlessly|bravely|generously|patiently|tenderly|thoughtfully|kindly|gently)(?![\\p{L}])|{B}the (?!(?:mess|lies?|excuses?|scene|decision|mistakes?|choices?|promises?|drama|trouble|damage|hole|rules|wall|walls)(?![\\p{L}]))(?:[\\p{L}'-]+\\s+){1,3}?(?:you|u) (?:built|made|grew|painted|drew|wrote|designed|created|cooked|baked|planted|knitted|restored|started|raised|sewed|composed|carved|sang|took)(?:\\s+[^.!?\\n]{0,30}?)?\\s+(?:is|was|are|were|looks?|looked|sounds?|sounded|tastes?|tasted) ${ADV}(?:${PRAISE})(?![\\p{L}])|{B}(?:your|ur) (?:[\\p{L}-]+ ){0,2}?(?:${WORK}) (?:really |truly |honestly )?deserves? (?:to be (?:seen|heard|read|published|framed|exhibited|shown|sold|in (?:a|the) (?:gallery|museum|shop|book|magazine)|on (?:a|the) (?:[\\p{L}]+ )?(?:wall|stage|radio|shelf|shelves))|an audience|a (?:wider |bigger )?audience|(?:a|an|its own) (?:[\\p{L}]+ )?(?:exhibition|gallery|show|book|stage|platform|album|prize))(?![\\p{L}])|{B}(?:you|u) (?:always|would always|'d always|never failed to|were always the first to|always used to)\\s+(?:stood|stand|stick|stuck|looked|look) (?:up for|out for) (?:people|others|everyone|anyone|those|the (?:underdog|weak|new|quiet|little|shy)|whoever|what'?s right|what (?:you|u) believed?|(?:your|ur) (?:friends|team|students|staff|patients|kids|family|sister|brother|mates))(?![\\p{L}])|{B}(?:you|u) never (?:once )?(?:made|let) (?:anyone|anybody|a |the |people|someone|strangers|waiters?|staff|the kids|my |me)[^.!?\\n]{0,20}? feel (?:small|stupid|unwelcome|left out|like a burden|worthless|foolish|judged|silly|less than|unwanted)(?![\\p{L}])|{B}(?:your|ur) ${NOT_OTHER_OR_FAULT}[^.!?\\n]{1,40}?(?:i'?ve|i have) never (?:found|seen|heard|met|known|felt|come across) (?:in|from|with) (?:anyone|anybody|anything) else(?![\\p{L}])|{B}(?:you|u) (?:have|had|'?ve got|'?ve always had) (?:a|an|this|that|such a) ${NOT_OTHER_OR_FAULT}[^.!?\\n]{1,30}? (?:i'?ve|i have|i) (?:never|not) (?:ever )?(?:found|seen|met|known|come across) (?:(?:in|with) (?:anyone|anybody)(?: else)?|anywhere else)(?![\\p{L}])|{B}(?:you|u) (?:should|ought to) (?:be|feel) (?:(?:so|really|very|incredibly|truly|bloody|dead|enormously|immensely|properly)\\s+)?proud (?:of (?:yourself|urself|what|how|the|that|this|your|ur|all|everything)(?![\\p{L}])|(?=\\s*(?:[.!,;]|$)))|(?:,|;|—|{B}and) (?:and )?i (?:(?:always|really|truly|still|do|have always|'ve always|so|honestly)\\s+)*(?:admire|admired) (?:it|that|this|that about (?:you|u)|(?:you|u) for (?:it|that))(?=\\s*(?:[.!,;]|$))|${NOT_COND}{B}(?:{YOURE}|you were|u were|you'?ve always been|you always were)\\s+(?:always\\s+)?the one who (?:always\\s+)?(?:made (?:people|everyone|us|the|strangers|new)|remembered|kept (?:us|everyone|the|things)|held (?:us|everyone|it|things)|organi[sz]ed|planned|booked|fixed|found|brought (?:people|everyone|us)|looked after|took care|stood up|listened|noticed|cared)(?![\\p{L}])${NOT_SARCASM}|{B}(?:he|she|they)(?:'s| is| are|'re) (?:a |one )?(?:(?:very|really|so|bloody|damn)\\s+)?lucky (?:man|woman|guy|girl|bloke|fella|lad|lass|one|person|people)(?=\\s*(?:[.!,;]|$)|,? (?:honestly|indeed|truly|really)| to have (?:you|u))|{B}whoever (?:you'?re|ur|you are|u r) with (?:now )?(?:is|'s) (?:(?:very|really|so|bloody|damn)\\s+)?lucky(?![\\p{L}])`,
    },
    {
      id: 'than-me',
      // Eleventh round (strengths11 probe): a quality praised against the writer's own, and an eye for people.
      // "You always had so much more patience than me", "You had always more patience than me for the difficult
      // words" (non-native), "You were always better than me at keeping in touch", "u notice people". Not the
      // same shape for a fault ("better than me at lying", "you noticed everyone except me").
      re: [
        `${NOT_COND}{B}(?:you|u) (?:(?:always|had always|have always|'?ve always|really|just)\\s+)?(?:had|have|'?ve got|had always|have always)\\s+(?:(?:always|so|far|a lot|much|way|a great deal|ten times)\\s+)*more (?:patience|courage|heart|kindness|sense|common sense|empathy|imagination|energy|talent|grace|humou?r|guts|faith|generosity|warmth|wisdom|compassion|discipline|backbone|integrity) than (?:me|i (?:did|do|ever (?:did|had|will)|had))(?![\\p{L}])`,
        `${NOT_COND}{B}(?:you|u)(?: were|'re| are| was| r)\\s+(?:(?:always|so much|far|a lot|much|way|ten times|miles)\\s+)*(?:better|braver|kinder|wiser|calmer|stronger|more patient|more generous|more honest|more thoughtful|more grown[- ]up|more sensible|more organi[sz]ed) than me (?:at|about|with|in)(?![\\p{L}])(?!\\s+(?:(?:\\p{L}+)\\s+)?(?:lying|hiding|pretending|cheating|leaving|manipulat\\p{L}*|holding grudges|moving on|walking away|running|playing games|keeping secrets|forgetting|ignoring|sulking|getting your own way|getting your way)(?![\\p{L}]))`,
        `{B}(?:you|u) (?:(?:always|really|actually|just|genuinely)\\s+)?(?:notice|noticed|see|saw) (?:people|the little things|the small things|the details|when (?:someone|somebody|anyone|people) (?:was|were|is|are|felt|feels) (?:left out|lonely|sad|down|upset|struggling|quiet))(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:except|but (?:me|never)|apart from me)(?![\\p{L}]))`,
      ].join('|'),
    },
    {
      id: 'more-than-anyone',
      // Fifteenth round (lead's review letters): the reader set above everyone at something they did ("You always
      // worked twice as hard as anyone in that office", "you cared more than anyone I know"). Not a fault ("you drank
      // more than anyone"), nor the writer.
      re: String.raw`${NOT_COND}{B}(?:you|u) (?:(?:always|really|honestly|genuinely)\s+)?(?:worked|work|tried|try|cared|care|gave|give|listened|listen|did|do)(?: (?:so|much|far|way|ten times|twice))? (?:twice as hard as|(?:much |far |way |a lot )?harder than|more than|as hard as) (?:anyone|anybody|everyone|everybody|the rest|all of us|any of us)(?![\p{L}])(?! (?:else )?(?:i know )?(?:to (?:hurt|make me)|at (?:lying|hiding)))`,
    },
    {
      id: 'never-once',
      // Eleventh round (tuning misses): praise by a fault the reader never had, a quality shown in a fit or a home made,
      // a need read. "Whatever happened between us, you were never cruel", "You never complained about the commute",
      // "You were perfect for that role", "The cake you made for Dad's seventieth was perfect", "You made every flat we
      // lived in feel like home", "You always knew when I needed a walk more than a talk", "You did your best for us".
      // Not the same words handing a fault back ("You never complained, you just left", "you did your best to ruin it").
      re: [
        `${NOT_COND}{B}(?:you|u) (?:were|was) never (?:once |ever )?(?:cruel|unkind|mean|late|petty|selfish|rude|dishonest|unfair|spiteful|cold|nasty|vindictive|bitter|jealous|judgemental|judgmental)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:but|except|until|apart from|just|only)(?![\\p{L}]))`,
        `${NOT_COND}{B}(?:you|u) (?:never|didn'?t once|never once) (?:complained|moaned|grumbled|raised (?:your|ur) voice|lost (?:your|ur) temper|judged (?:me|anyone|people)|let (?:me|anyone|us|them) down|missed (?:a|one) (?:match|game|show|recital|birthday|visit))(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:but|you just|u just|because|instead|until|you simply)(?![\\p{L}]))`,
        `{B}(?:you|u) (?:were|was|are|'re) (?:(?:just|absolutely|so)\\s+)?perfect for (?:that|the|this) (?:job|role|part|position|post)(?![\\p{L}])|{B}the (?:[\\p{L}'-]+ )?(?:cake|dinner|meal|speech|card|present|gift|scarf|jumper|painting|drawing|garden|song|poem|toast) (?:you|u) (?:made|baked|cooked|gave|wrote|knitted|painted|drew|planted|sang|chose|picked)(?![\\p{L}])[^.!?\\n]{0,40}?\\s(?:was|were) (?:(?:just|absolutely|so|really|very|such a)\\s+)?(?:perfect|beautiful|wonderful|amazing|brilliant|lovely|gorgeous|stunning|incredible|thoughtful|touching|moving|clever|sweet|special|kind)(?![\\p{L}])(?![^.!?\\n]{0,40}{B}(?:(?:just )?like (?:you|u)|everything about (?:you|u)|unlike)(?![\\p{L}]))`,
        `{B}(?:you|u) (?:(?:always|somehow)\\s+)?made (?:every|each|the|our|that|any) (?:[\\p{L}'-]+ ){0,4}?feel like (?:a )?home(?![\\p{L}])|{B}(?:you|u) (?:(?:always|just)\\s+)?knew (?:when|what|exactly (?:when|what)) (?:i|someone|people|anyone|the kids) needed(?![\\p{L}])|{B}(?:you|u) (?:did|tried) (?:your|ur) (?:very )?best(?: for (?:us|me|the kids|everyone|them|your \\p{L}+))?(?![\\p{L}])(?!\\s+to(?![\\p{L}]))(?![^.!?\\n]{0,20}{B}(?:but|i guess|i suppose)(?![\\p{L}]))`,
        // Twelfth: the one who held everyone together ("You were always the one who held our friends together, who
        // remembered every birthday"), and admiration owned as too seldom said ("I did not tell you often enough how
        // much I admired that"). Not "the one who walked away" (blame).
        `{B}(?:you|u) (?:were|was|are|'re) (?:always |forever )?the one (?:who|that) (?:held (?:us|everyone|everything|our [\\p{L}]+|the family|it all)(?: all)? together|kept (?:us|everyone|the family|our [\\p{L}]+|things|everything) (?:together|going|afloat|laughing|sane)|remembered (?:every|everyone|each|all the)|made (?:everyone|people|us|our (?:house|flat|home)|the (?:house|flat)|every (?:house|flat|place)) (?:laugh|feel|smile|a home|into a home|home)|made sure (?:everyone|we|the kids|nobody|no one))(?![\\p{L}])`,
        `{B}i (?:did not|didn'?t|didnt|never|rarely|seldom) (?:(?:once|really|ever)\\s+)?(?:tell|told|say|said|show|showed) (?:you|u|it) (?:(?:often|nearly|half|near) )?(?:enough |often enough |nearly enough |half enough |enough times )?how (?:much )?i (?:admired|loved|appreciated|respected|valued|admire|love|appreciate|respect|value)(?: (?:that|it|this|you|u|about (?:you|u)|the way (?:you|u)|how (?:you|u)|all of that|all that|those things))?(?![\\p{L}])`,
      ].join('|'),
    },
    {
      id: 'made-me',
      // Thirteenth round (strengths13 letters): praise by what the reader did to the writer's life ("You made my life
      // larger than it would have been", "You made me a better cook, if nothing else", "you made me braver"), and the
      // credit owed ("I never gave you the credit you deserved for holding everything together"). Not idealization
      // ("you made my life complete", "you made me whole"), nor a sneer ("you made my life hell", "made me a worse
      // person"), nor a wish ("if only you'd made my life easier").
      re: [
        String.raw`(?<!{B}(?:if|only|wish|hope|could have|would have|should have|never|hardly|barely)\s+(?:[\p{L}']+\s+){0,2})(?<!{B}(?:you|u)\s+(?:never|didn'?t|did not|hardly|barely)\s+)(?<![\p{L}'])(?:you|u)\s+(?:(?:really|truly|honestly|genuinely|always|definitely|also)\s+)?(?:made|make)\s+(?:my (?:life|days|world|years|twenties|thirties)|me)\s+(?:so much\s+|a lot\s+|far\s+|much\s+|a bit\s+|a little\s+)?(?:larger|bigger|better|richer|fuller|brighter|warmer|kinder|braver|calmer|happier|softer|gentler|wiser|stronger|funnier|lighter|more (?:patient|generous|open|honest|curious|adventurous|confident|myself)|a (?:better|braver|kinder|calmer|gentler|wiser|more patient|more generous) (?:person|man|woman|dad|father|mum|mom|mother|parent|cook|friend|partner|listener|writer|driver|teacher|human))(?![\p{L}])(?!\s+(?:than (?:he|she|they) (?:ever|will))(?![\p{L}]))`,
        String.raw`(?<![\p{L}'])(?:you|u) (?:(?:always|just|honestly|still)\s+)?(?:make|made) (?:friends|people (?:laugh|smile|feel (?:welcome|at home|safe|seen|special|comfortable|included))) (?:wherever|everywhere|anywhere|with everyone|every ?where) (?:you|u) (?:go|went|are)(?![\p{L}])`,
        String.raw`(?<![\p{L}'])(?:you|u) (?:(?:always|single-handedly|basically|really)\s+)?(?:held|kept|hold|keep) (?:this|the|our|us|everything|it all|the whole|my) (?:(?:whole|little)\s+)?(?:family|house|home|household|kids|show|place|life)?\s*(?:together|afloat|going|running)(?![\p{L}])(?![^.!?\n]{0,30}?{B}(?:by yourself because i|so i could)(?![\p{L}]))`,
        String.raw`{B}(?:people|everyone|everybody|strangers|kids|children|animals|dogs|my (?:mum|mom|mam|dad|family|friends|nan|gran)) (?:just |always |instantly |still |immediately )?(?:warm(?:ed|s)? to|took to|take to|loved being around|love being around|light(?:ed)? up around) (?:you|u)(?![\p{L}])(?![^.!?\n]{0,30}?{B}but(?![\p{L}]))`,
        String.raw`{B}i\s+(?:(?:never|rarely|didn'?t|did not|hardly ever|hardly|barely)\s+)(?:(?:once|really|ever)\s+)?(?:gave|give)\s+(?:you|u)\s+(?:the |enough |nearly enough |half the |any )?(?:credit|thanks|praise|recognition)\s+(?:that\s+)?(?:you|u)\s+(?:deserved|were due|had coming|earned)\s+for\s+(?!(?:putting up with|tolerating|sticking with)(?![\p{L}]))\p{L}+`,
      ].join('|'),
    },
    {
      id: 'others-eyes',
      // Fifteenth round (strengths15): praise told through another's eyes, by contrast, or by what the reader does to a
      // room. "My dad still says you were the only one who could get him to laugh at himself", "my friends still talk
      // about your lasagne", "Not many people would have sat up all night with my mum, but you did", "People always
      // relaxed when you walked into a room", "Whoever gets to work with you next is lucky". Not a fault told the same
      // way ("My mum always said you were trouble", "still talk about your outburst", "not many people would cheat on
      // someone with cancer, but you did"). "My mum still asks after you" is the family's warmth, not praise of the
      // reader (the tuning set labels it so). ("u could light up any room" is you-have's, once blame stops reading its
      // "u never even noticed" as an accusation.)
      re: [
        String.raw`(?:{B}(?:my|our|the) (?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|friends|mates|kids|children|son|daughter|family|boss|colleagues|neighbours?|neighbors?|aunt|auntie|aunty|uncle|cousins?|parents|folks|team|whole family)(?:'s)?|{B}(?:she|he|they|everyone|everybody)) (?:still |always |often |even |keeps? |used to )?(?:says?|said|tells? (?:me|everyone|people)|told (?:me|everyone)|reckons?|thinks?|maintains?)(?: that)? (?:you|u)(?:'re| were| are| was| r) (?:(?:always|still|honestly|easily|by far)\s+)?(?:the only (?:one|person)(?: of [\p{L}' ]{1,20}?)? (?:who|that) (?:could|ever|can|would|knew|got|made|managed)(?![^.!?\n]{0,30}?{B}(?:hurt|upset|annoy|anger|angry|mad|furious|cry|miserable|wind|scare|frighten|lose|losing|temper|shout|yell|scream|cross)\p{L}*)|the (?:best|kindest|funniest|nicest|warmest|loveliest|cleverest|smartest|sweetest|most (?:patient|generous|thoughtful|sensible|decent|genuine|talented|fun)) |(?:so |such a |a |an )?(?:good|great|lovely|kind|brilliant|wonderful|natural|breath of fresh air|keeper|gem|diamond|sweetheart|decent|class act)(?![\p{L}]))`,
        String.raw`{B}(?:my|our|the) (?:mum|mom|mam|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|sister|brother|friends|mates|kids|children|son|daughter|family|colleagues|neighbours?|neighbors?|aunt|auntie|aunty|uncle|cousins?|parents|folks)(?:'s)? (?:still|always|keeps?|keep) (?:(?:talking|talks?|raving|raves?|going on|goes on|asking|asks?) about (?:your|ur) (?!(?:outburst|behaviou?r|temper|affair|scene|drinking|lies|lying|mess|tantrum|rudeness|moods?|new \p{L}+|ex|boyfriend|girlfriend|husband|wife)(?![\p{L}]))\p{L}{3,})(?![\p{L}])`,
        String.raw`{B}(?:not many|few|hardly any|not every|not everyone|not a lot of|most) (?:people|men|women|partners|boyfriends|girlfriends|husbands|wives|friends|folk|exes|(?:\p{L}+ )?(?:would|could))(?![^.!?\n]{0,80}?{B}(?:cheat|cheated|lie|lied|leave|left|walk out|walked out|hurt|betray|betrayed|ghost|ghosted|abandon|humiliate|do that|do something like that|stoop|sink|dump|dumped)(?![\p{L}]))[^.!?\n]{0,80}?,?\s*(?:but|and|yet) (?:you|u) (?:did|do|would|were|are|could|have|had|didn'?t|never)(?![\p{L}])`,
        String.raw`{B}(?:people|everyone|everybody|the (?:whole )?room|the kids|my (?:mum|mom|mam|dad|nan|gran|friends|family|mates)) (?:(?:always|would|just|used to|all|instantly|visibly)\s+)?(?:relaxed|relax|relaxes|lit up|light up|brightened|brighten|smiled|smile|warmed up|calmed down|perked up|cheered up) (?:\p{L}+ )?(?:when|whenever|the minute|the moment|as soon as|once) (?:you|u) (?:walked|walk|came|come|got|arrived|arrive|turned up|showed up)(?![\p{L}])(?! (?:out|off|away)(?![\p{L}]))`,
        String.raw`{B}(?:whoever|anyone who|anybody who|everyone who)[^.!?\n]{0,40}?{B}(?:you|u)(?![\p{L}])[^.!?\n]{0,20}?{B}(?:is|are|will be|'?s|'?ll be) (?:(?:so|very|really|bloody|incredibly|dead)\s+)?lucky(?![\p{L}])`,
        String.raw`{B}(?:nobody|no one|no-one) else (?:would(?:'?ve| have| of)|could(?:'?ve| have)|ever)\s+(?!(?:lied|lie|cheated|cheat|left|leave|hurt|done|do|treated|treat|said|say|walked|ghosted|dumped|humiliated|embarrassed|believed|put up|stood|been|had|got|gone)(?![\p{L}]))\p{L}{3,}(?![\p{L}])[^.!?\n]{0,40}?{B}(?:to|for|with|all|across|through|four|three|two|five|six|miles|hours|the whole)(?![\p{L}])|{B}(?:my|our|the) (?:mum|mom|mam|mother|dad|father|nan|gran|sister|brother|friends|mates|kids|children|son|daughter|family|colleagues|team)(?:'s)? still (?:uses?|quotes?|makes?|cooks?|bakes?|sings?|tells?|plays?|does|wears?) (?:your|ur) (?!(?:lies|excuses|line|nickname for me|new \p{L}+)(?![\p{L}]))(?:[\p{L}-]+ )?(?:trick|tricks|recipe|recipes|jokes?|songs?|lasagne|lasagna|curry|stew|soup|cake|method|way|advice|phrase|saying|sayings|stories|story|scarf|jumper|playlist|dance|tips?|system)(?![\p{L}])`,
        String.raw`{B}(?:you|u) (?:(?:always|really|honestly|single-handedly)\s+)?made (?:that|the|this|our|my) (?:place|office|job|house|flat|school|team|shop|year|course|ward|kitchen|street|town|city) (?:bearable|fun|better|brighter|worth it|home|a home|feel like home|a better place|survivable|liveable|livable)(?![\p{L}])|{B}even (?:my|our|the) (?:[\p{L}'-]+ ){0,2}?(?:mum|mom|mam|mother|dad|father|brother|sister|nan|gran|boss|cat|dog|uncle|aunt|auntie|grandad|grandma|friends|mates)(?:,? [^.!?\n]{0,30}?,)? (?:likes|liked|loves|loved|adores|adored|warmed to|took to|approved of|approves of|got on with|gets on with) (?:you|u)(?![\p{L}])(?! more than (?:me|i)(?![\p{L}]))|{B}(?:you|u) (?:were|was|are|'re) (?:(?:always|honestly|definitely|by far|easily|clearly)\s+)?the (?:grown-?up|adult|sensible one|strong one|brave one|calm one|patient one|kind one|kinder one|wiser one|brains|rock|glue)(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:should(?:'?ve| have)|behind|so (?:you|u)|in this mess)(?![\p{L}]))`,
      ].join('|'),
    },
    {
      id: 'quiet-praise',
      // Twenty-first round (memory21 probe): praise without the stock "you're so…". A knack named as a head, eye or ear
      // for something ("You've got a brilliant head for numbers"), a quality the reader "has" told by what it does ("You
      // have a kindness that never asks for anything back"), the people around the reader made to feel ("You always made
      // the people around you feel seen"), respect held ("I have the utmost respect for the way you raised your
      // brothers"), a quality that carried others ("Your strength during the move kept us both going"). Not a knack for
      // trouble ("a nose for trouble", "an eye for other women"), respect for a decision (space), a trait that kept the
      // writer up.
      re: [
        String.raw`{B}(?:you|u)(?:\s+(?:always|really|truly|honestly|clearly))?(?:\s+have|\s+had|'?ve got|\s+'?ve got|'?ve always had|\s+have always had|\s+still have|\s+got)\s+(?:(?:such|a|an|the|so|real|really|very|truly|genuinely|incredibly|proper|rare)\s+)*(?:(?:brilliant|great|good|natural|sharp|amazing|fantastic|wonderful|incredible|keen|fine|excellent|rare|proper|real|unbelievable|uncanny|clever|quick|beautiful|lovely)\s+)?(?:head|eye|ear|nose|feel|instinct|flair|memory|mind) for\s+(?!(?:trouble|drama|walking (?:away|out)|leaving|disappearing|running|ghosting|vanishing|moving on|forgetting|breaking|making (?:me|people|everyone|others) feel|gossip|other (?:men|women|girls|guys|blokes|people)|(?:every |all )?(?:my |the )?(?:mistakes?|faults?|flaws?|weakness(?:es)?|slip-?ups?)|every(?:thing|one)? (?:i|wrong)|grudges|a grudge|a bargain at my|spotting (?:my|a lie)|lies|lying|excuses|the dramatic|(?:getting|having) (?:your|ur) (?:own )?way|getting what (?:you|u) want|twisting|making (?:me|people|everyone) feel (?:bad|small|guilty|stupid))(?![\p{L}]))\p{L}`,
        String.raw`{B}(?:you|u)(?:\s+(?:always|really|truly))?(?:\s+have|\s+had|'?ve got|'?ve always had|\s+have always had|\s+still have)\s+(?:a|an|this|that|such an?)\s+(?:(?:quiet|rare|real|deep|gentle|fierce|steady|natural|easy|calm|stubborn|lovely|beautiful|big|open)\s+)?(?:kindness|warmth|gentleness|calm|calmness|patience|generosity|honesty|strength|courage|grace|steadiness|openness|energy|spark|curiosity|decency|goodness|tenderness|brightness|lightness|softness|humility|humour|humor|wisdom|dignity|resilience|confidence)\s+(?:that|which|about (?:you|u)|to (?:you|u)|people|everyone|i)(?![\p{L}])`,
        String.raw`{B}(?:you|u) (?:(?:always|really|truly|just)\s+)?(?:made|make|make sure|made sure) (?:the people|those|everyone|everybody|anyone|people|the folk|folk) (?:around|near|close to|round|beside|next to|with) (?:you|u)(?: [\w']+){0,3}? (?:feel|felt|laugh|smile|relax|matter)(?![\p{L}])`,
        String.raw`{B}i (?:(?:still|always|really|genuinely|honestly|truly)\s+)?(?:have|had|'?ve (?:always |still )?had|'?ve got|hold|held|feel|felt)\s+(?:so much|such|the (?:utmost|greatest|highest|deepest|most)|a lot of|huge|enormous|great|real|genuine|deep|nothing but|a (?:huge|great|deep|real|lot of|massive) (?:amount of|deal of)?|an enormous amount of|massive)\s*(?:respect|admiration|awe|pride) for (?!(?:your|ur) (?:decision|choice|choices|wishes|boundaries|silence|space|answer|privacy|need|needs|feelings|new (?:life|relationship|partner|boyfriend|girlfriend)|partner|boyfriend|girlfriend|husband|wife|mum|mom|dad|parents|family|friends?)(?![\p{L}]))(?:(?:you|u)(?![\p{L}])|(?:the way|how|what|everything) (?:you|u)(?![\p{L}])|(?:your|ur) \p{L})`,
        String.raw`{B}(?:your|ur) (?:quiet |steady |calm )?(?:strength|courage|patience|calm|calmness|humou?r|optimism|kindness|steadiness|determination|resilience|bravery|good humou?r|faith|energy|cooking|organi[sz]ation|spreadsheets?)(?![\p{L}])[^.!?\n]{0,50}?{B}(?:kept|got|carried|held|pulled|saw) (?:us|me|everyone|the family|the kids|us all|all of us|both of us|me and the kids|the whole (?:family|house|team))(?: both| all)? (?:going|through|together|afloat|sane)(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:until|till|but|ran out|wore thin|snapped|gone)(?![\p{L}]))`,
        String.raw`{B}(?:i hope (?:you|u) (?:know|realise|realize|see)|(?:never|don'?t (?:ever )?|do not (?:ever )?)(?:forget|doubt|underestimate)|(?:you|u) (?:have|had) no idea|(?:you|u) (?:don'?t|never) (?:even )?(?:know|knew|realise|realize|see|saw)) (?:just )?how (?:(?:very|truly|really|incredibly|ridiculously|bloody)\s+)?(?:${QUALITY}|good|special|loved|missed|clever)(?![\p{L}-])(?: (?:you|u) (?:are|were|'re|r)| a (?:${ROLE}))(?![\p{L}])`,
        String.raw`{B}(?:not (?:everyone|everybody|many people|many|every \p{L}+)|few people|hardly anyone|it takes (?:a (?:special|rare|certain|real|particular) (?:kind|sort|type) of (?:person|man|woman|people)|real (?:guts|courage|strength|patience|heart)|someone special)) (?:could |can |would |to )?do (?:what|the (?:job|work)) (?:you|u) (?:do|did|have done|'ve done)(?![\p{L}])(?!\s+(?:to|with) (?:me|us|him|her|them|someone|your)(?![\p{L}]))`,
        String.raw`{B}(?:you|u) (?:were|was|are|'re) (?:(?:always|forever|still)\s+)?the first (?:one |person )?to (?:help|offer|volunteer|step in|step up|stand up for|say sorry|apologi[sz]e|check on|visit|turn up for|show up for|lend|share|pitch in|muck in|give blood|sit with|look after|cheer)(?![\p{L}])`,
        String.raw`{B}(?:you|u) (?:(?:always|really|just)\s+)?(?:make|made|makes) (?:it|it all|everything|things|that|this|parenting|cooking|dancing|teaching|public speaking|(?!(?:leaving|walking|lying|cheating|moving|forgetting|replacing|giving up|ghosting|dumping|quitting|running|hurting|lying|pretending|starting over|breaking)(?![\p{L}]))\p{L}+ing)\s+look (?:so |really )?(?:easy|effortless|simple|natural)(?![\p{L}])(?!\s+to (?:forget|leave|move on|walk away|replace|lie|cheat|give up|throw|stop|drop|ditch|dump|ghost)(?![\p{L}]))`,
        String.raw`{B}(?:you|u) (?:(?:always|really|truly|genuinely|still)\s+)?believed in me(?![\p{L}])(?!\s+(?:until|till|once|at first|back then)(?![\p{L}]))`,
        String.raw`{B}(?:there'?s |there is |there was )?(?:nobody|no one|no-one) (?:i'?d|i would|i'?d ever) (?:rather|sooner) have (?:in|on|by|beside|next to|at|in charge of|around in) [^.!?\n]{1,30}? than (?:you|u)(?![\p{L}])`,
      ].join('|'),
    },
  ],
  antipatterns: [
    // Twenty-second round (the lead): luck held over them is no praise ("You're lucky I haven't told you how the series
    // ends", which the classifier read as a compliment; "You're lucky I don't tell your mum").
    sentenceWith(
      String.raw`{B}(?:you'?re|you are|youre|ur|u r|you were|you'?ve been) (?:(?:very|so|really|pretty)\s+)?(?:lucky|fortunate) (?:that )?(?:i|i'?m|im|i'?ve|nobody|no one)(?![\p{L}'’])`,
    ),
    // Twenty-first round (memory21 probe): praise as a lever or a mask (a concession before the sting, "You're clever,
    // I'll give you that, clever enough to fool everyone", is read by the whole-sentence "clever enough to" below; "I'll
    // give you that" alone is also said warmly: "You were the best at parallel parking, I'll give you that");
    // flattery that asks for the return ("You're beautiful, which is exactly why you should come back to me", "You're such
    // a kind person, so I know you'll give me another chance", "You're so smart, you'll realise soon enough that you made a
    // mistake"); praise told as a show ("You look great in the photos with him, shame it's all for show"); goodness that
    // only "deep down" holds or that the reader failed ("You're a good person deep down, and good people don't abandon
    // their partners"); skill at what the writer reproaches ("always good at making promises", "amazing at getting your
    // own way").
    sentenceWith(
      String.raw`{B}(?:which is|that'?s|that is|and that'?s|and that is)\s+(?:exactly |precisely |just |also )?why (?:you|u) (?:should|need to|have to|must|ought to|owe it to|can'?t|cannot|shouldn'?t|deserve to be with|'?ll regret|will regret|'?ll be sorry|will be sorry|'?ll come back|will come back|'?ll miss|will miss)(?![\p{L}])|{B}(?:so|which is why|that'?s why|and that'?s why)\s+(?:i know|i'?m sure|i bet|surely|i'?m certain) (?:you|u)(?:'ll| will| would|'d| can| could)(?![\p{L}])|{B}(?:you|u)(?:'?ll| will|'?re going to| are going to|'?re gonna| are gonna) (?:(?:soon|eventually|one day|someday|come to|see|all)\s+)*(?:realise|realize|see|understand|figure out|work out|come round|come around|regret|know)(?![\p{L}])[^.!?\n]{0,40}?{B}(?:mistake|wrong|regret|belong together|meant to be|come back|still love|miss me|right about)(?![\p{L}])|{B}(?:shame|pity|too bad|a shame|a pity)(?: that)? (?:it'?s|it is|it was|its|that'?s) (?:all |just |only )?(?:for show|fake|an act|a (?:lie|front|performance|show|mask)|not real|for (?:instagram|the cameras|the photos|the gram))(?![\p{L}])|{B}(?:you'?re|you are|u r|ur|you were) (?:[\p{L}]+ ){1,3}?deep down(?![\p{L}])|{B}(?:good|kind|decent|nice|real) (?:people|men|women|persons?|partners|husbands|wives|boyfriends|girlfriends) (?:don'?t|do not|wouldn'?t|would not|never)(?![\p{L}])|{B}(?:better|best|good|great|brilliant|so good|amazing|excellent|expert|a natural)(?: than (?:me|anyone|everyone))? at (?:making promises|promising things|promises|getting (?:your|ur) (?:own )?way|getting what (?:you|u) want(?:ed)?|saying what (?:people|i|we|everyone) want(?:ed)? to hear|telling (?:people|me|everyone) what (?:they|i) want(?:ed)? to hear|looking (?:after|out for) (?:yourself|number one)|moving on|putting on a show|acting|performing|charming (?:people|everyone|your way))(?![\p{L}])`,
    ),
    // Praise taken back in the same sentence: by an "until" ("You were a wonderful wife, right up until you weren't"), by
    // its target ("I loved how generous you were with other men"), by what it is said to come from ("Wow you look amazing,
    // must be all that free time now you're not with me"), or by a thing not missed ("Your cooking was the one thing I
    // didn't miss"; the classifier read it as praise).
    sentenceWith(
      String.raw`{B}(?:right |at least |well )?(?:up )?(?:until|till|til) (?:you|u) (?:weren'?t|wasn'?t|didn'?t|stopped|left|met|decided|walked|cheated|found|got bored|changed|started|turned)(?![\p{L}])|{B}(?:with|to|for|towards|on) (?:other (?:men|women|guys|girls|blokes|lads|fellas)|everyone (?:but|except|else but) me|every(?:one|body) (?:else )?apart from me)(?![\p{L}])|{B}now (?:that )?(?:you'?re|you are|ur|u r) (?:not|no longer) with me|{B}now (?:that )?i'?m (?:gone|out of the (?:picture|way))|{B}must be (?:all )?(?:that|the) (?:free time|freedom|new (?:man|woman|boyfriend|girlfriend|life)|money|attention|peace and quiet)(?![\p{L}])|{B}(?:the (?:one |only )?thing|one thing|what) i (?:didn'?t|don'?t|did not|do not|won'?t|will not|never) miss(?![\p{L}])`,
    ),
    // Praise of a third person, with no word for the reader in the sentence: "Your mum is the most generous woman I know"
    // (the guide: praise of third parties is not a compliment). It holds against the classifier, which read it as one.
    String.raw`^(?![^\n]{0,300}?{B}(?:you|u|you'?re|yourself|ya|ur(?= (?:so|such|a|an|the|really|always)(?![\p{L}])))(?![\p{L}']))\s*(?:and |but |oh |honestly,? )?(?:your|ur) (?:new )?(?:mum|mom|mam|mother|dad|father|parents|sister|brother|nan|gran|grandma|grandad|aunt|auntie|uncle|cousin|friends?|mates?|boyfriend|girlfriend|partner|husband|wife|boss|colleagues?|flatmates?|family|kids|son|daughter)(?:'s)? [^\n]{1,300}`,
    // Twentieth round (the lead's review): pride in a fault outgrown, a sneer (lexicon/en/grievance.ts).
    PRIDE_IN_FAULT_OUTGROWN,
    // Fifteenth round: a gift turned into the weapon ("shame you used it on everyone except me", "that's how you got away
    // with it").
    sentenceWith(
      String.raw`{B}(?:that'?s|thats|which is|that is) (?:how|why) (?:you|u) got away with|{B}(?:shame|pity|too bad) (?:you|u) (?:used|wasted|never|only)(?![\p{L}])`,
    ),
    // Praise for a fault is a sneer ("You were always better than me at lying", "so good at pretending"); it holds
    // against the classifier too, which read the first as a compliment.
    sentenceWith(
      String.raw`{B}(?:better|best|good|great|brilliant|so good|amazing|excellent|expert|skilled|talented|a natural)(?: than (?:me|anyone|everyone))? at (?:lying|cheating|pretending|hiding (?:things|it|stuff)|keeping secrets|manipulating|playing (?:games|the victim|innocent)|running away|walking away|disappearing|ghosting|making excuses|twisting|guilt-tripping|gaslighting|making (?:people|me|everyone|others|them|us|anyone) (?:feel )?(?:small|bad|stupid|worthless|guilty|awful|crazy|invisible|useless|like (?:nothing|dirt|an idiot|a fool|rubbish))|putting (?:people|me|everyone|others) down|shutting (?:people|me|everyone) out|cutting (?:people|me) off)(?![\p{L}])`,
    ),
    // A shared thing praised, with no word for the reader in the sentence, is a memory, not a compliment: "our late night
    // noodle runs were the best", "our first Christmas in the tiny flat still makes me smile".
    "^(?![^\\n]{0,300}?{B}(?:you|your|yours|yourself|u|ur|urs|ya|thee)(?![\\p{L}']))\\s*(?:and |but |oh |honestly,? )?our(?![\\p{L}])[^\\n]{1,300}",
    // Cleverness used against the writer: "clever enough to fool me for two years".
    // Twentieth round (the lead's review): cleverness that should make them see the writer is right ("You're smart enough
    // to know this was a mistake"): a verdict put in their head, not praise.
    sentenceWith(
      String.raw`{B}(?:clever|smart|bright|intelligent|wise|mature|sensible)\s+enough\s+to\s+(?:know|see|realise|realize|understand|admit)(?![\p{L}])[^.!?\n]{0,40}?{B}(?:(?:a|the|big|huge)\s+mistake|wrong|still\s+love|belong\s+together|meant\s+to\s+be|(?:is|isn'?t|not)\s+over|regret|the\s+right\s+thing\s+is\s+(?:us|me))(?![\p{L}])`,
    ),
    // Twenty-first round: the whole sentence, not the words alone ("You're so clever, clever enough to fool me").
    sentenceWith(
      '{B}(?:clever|smart|good|quick|sly|cunning|careful)\\s+enough\\s+to\\s+(?:fool|trick|con|lie|hide|get away|cheat|deceive|play|manipulate|cover|sneak|keep (?:it|him|her|them|that) (?:from|quiet|secret))(?![\\p{L}])',
    ),
    // Whole-person superlatives are idealization: "an absolute gem, the best of the best, no contest".
    sentenceWith(
      '{B}(?:the best of the best|no contest|ever created|ever born|among (?:stones|mortals|men|women)|(?<!{B}(?:as|like|of) )a saint|an angel|perfect in every way|no one (?:else )?(?:compares|comes close))(?![\\p{L}])',
    ),
    // Know-how turned against the writer: "you always know exactly what to say to hurt me".
    sentenceWith(
      '{B}(?:what|how) to (?:say|do) to (?:hurt|wound|upset|annoy|get to|get at|wind)(?![\\p{L}])',
    ),
    // Thanks for the reader's support: gratitude, not praise ("I am appreciative of all your support").
    '{B}(?:grateful|thankful|appreciative|indebted)\\s+(?:to (?:you|u) )?(?:for|of)\\s+(?:all\\s+)?(?:your|ur)\\s+(?:support|help|patience|kindness|time|care|love|understanding|advice|generosity)(?![\\p{L}])',

    // A contrast that puts the writer down ("you were the clever one, I was just the bloke"), a choice respected
    // ("I respect that you're with Sam"), a time that suits, praise taken back by what came after.
    sentenceWith(
      '{B}(?:and )?i was (?:just|only) (?:the|a)(?![\\p{L}])|{B}at the start,? before(?![\\p{L}])|{B}before (?:you|u) (?:decided|started|changed|became|turned)(?![\\p{L}])',
    ),
    "{B}respect (?:that|the fact that) (?:you|u)(?![\\p{L}])(?! (?:were|was|'?ve been|have been|always were) (?:(?:always|so|really|completely|brutally|totally)\\s+)?(?:honest|upfront|straight with me|brave|kind|fair|decent|gracious|patient|generous|truthful|strong)(?![\\p{L}]))|{B}(?:date|time|day|place|whenever|wherever|whichever|whatever|if it|if that|when it|whenever (?:it|that|this)|when (?:that|this))(?: that)? suits(?![\\p{L}])",
    // Idealization anywhere in the sentence: perfection, superlatives about the world, dependence.
    sentenceWith(
      "(?<!{B}(?:you|u) (?:made|cooked|baked|gave|wrote|built|chose|picked|found|planned|organi[sz]ed|knitted|painted)[^.!?\\n]{0,40}?)(?<!{B}(?:you|u) (?:were|was|are|'re) (?:(?:just|absolutely|so)\\s+)?){B}perfect(?:ion)?{E}|{B}(?:you|u) (?:were|was|are|'re) (?:(?:just|absolutely|so)\\s+)?perfect{E}(?! for (?:that|the|this) (?:job|role|part|position|post){E})|{B}flawless{E}|{B}in the (?:whole )?(?:world|universe){E}|{B}on (?:this )?earth{E}|{B}who ever lived{E}|{B}of all time{E}|{B}ever (?:lived|existed|born){E}|{B}an angel{E}|{B}goddess{E}|{B}my (?:everything|whole world|whole life|reason){E}|{B}too good for me{E}|{B}out of my league{E}|{B}i don'?t deserve{E}|{B}better than me{E}(?!\\s+(?:at|about|with) )|{B}(?:no one|nobody|no-one) (?:else )?(?:will|could|can) ever{E}",
    ),
    // "I respect your decision / choice / silence" is space; "I appreciate your time" is gratitude.
    '{B}(?:respect|accept|understand|honou?r) (?:your|ur) (?:decision|choice|answer|wishes|silence|need|space|boundaries|privacy|new|freedom|feelings|right|pace|time|reasons){E}|{B}appreciate (?:your|ur) (?:time|help|support|reading|listening|patience (?:in|with this|reading)|honesty (?:in|about) (?:telling|saying)){E}|{B}appreciate (?:you|u) (?:taking|reading|listening|considering|giving|being there){E}',
    // Praise taken back by a grudging tag or a sneer: "brave, I suppose", "for someone who cheated".
    sentenceWith(
      ',\\s*(?:i suppose|i guess)(?= ?[.!,;]|$)|,\\s*(?:if|but|though|albeit) (?:a bit|a little|rather|somewhat|slightly) [\\p{L}]+|{B}for (?:someone|somebody|a (?:man|woman|person|guy|girl)) who (?:cheated|lied|left|dumped|walked out|ran off)(?![\\p{L}])|{B}(?:except|but never|never) (?:to |for |with )?(?:me|us)(?![\\p{L}])',
    ),
    // Twelfth round (letters review): praise opened with a shrug ("i guess ur great at making everyone like u", "I
    // suppose you're good at moving on", "Clearly you're brilliant at keeping secrets"), and skill at a harm ("you were
    // always good at pretending", "great at getting what you want"). A sneer, not a compliment.
    sentenceWith(
      String.raw`(?:^|[,;:—–]\s*|{B}(?:and|but|well)\s+){B}(?:i guess|i suppose|i reckon|apparently|clearly|obviously|evidently)(?:,)?\s+(?:that\s+)?(?:you'?re|you are|ur|u r|you were|u were|you'?ve always been)\s+(?:(?:so|really|very|always|pretty|such|just)\s+)*(?:good|great|brilliant|amazing|excellent|fantastic|talented|skilled|gifted|an expert|a natural|a pro)(?![\p{L}])|{B}(?:good|great|brilliant|amazing|excellent|an expert|a natural|talented|skilled|gifted)\s+at\s+(?:pretending|lying|acting(?! (?:in|on stage|classes))|faking|hiding (?:things|stuff|it|the truth|what|how)|keeping secrets|playing (?:games|people|the victim)|moving on|forgetting(?! (?:the|your) (?:bad|hard))|getting what (?:you|u) want|making (?:everyone|everybody|people) (?:like|love|believe|feel sorry for) (?:you|u)|disappearing|ghosting|twisting|manipulat\p{L}*|guilt-?tripping|changing the subject|the silent treatment)(?![\p{L}])`,
    ),
    // Praise for a harm done to the writer (lexicon/en/grievance.ts): "you're a real gem, leaving me with the rent",
    // "such a sweetheart for ghosting me", "how thoughtful of you to change the locks".
    sentenceWith(SARCASM),
    // Sarcasm and blame dressed as praise.
    sentenceWith(
      "{B}(?:you'?re|you are|ur|you were) (?:(?:such|truly|really|just|an absolute) )?an? (?:saint|angel)(?= ?[.!,;]|$)|{B}credit to (?:you|u) for finding(?![\\p{L}])|{B}(?:gift|talent|knack|flair) for (?:making (?:everything|it all|things|it) about (?:you|u|yourself)|drama|trouble|making trouble|disappearing|lying|upsetting|guilt)(?![\\p{L}])",
    ),
    sentenceWith(
      '{B}to (?:leave|dump|ditch|replace|drop) me (?:for|like that|by text|over text|with)(?![\\p{L}])',
    ),
    sentenceWith(
      "{B}now that (?:you|u)(?:'?ve| have)? (?:got|have|found|are with|'?re with){E}|{B}make (?:me|people|everyone) feel (?:guilty|bad|small|stupid|worthless|awful){E}|{B}but{E}[^.!?\\n]{0,30}?{B}(?:coward|liar|cheat|selfish|cruel|cold|heartless|fake|fraud|weak|spineless|useless|pathetic|hypocrite){E}",
    ),
    // Eleventh round (strengths11 probe): praise with a harm for its example or its target. "Oh, you were always SO
    // thoughtful, like when you forgot my birthday", "You're so clever, you'll figure out how to explain it to your
    // friends", "so good at making everything about yourself", "You were so generous, with other people", "You're a
    // real hero, walking out on your kid".
    sentenceWith(
      "{B}like (?:when|the time|that time|the (?:night|day|weekend) when) (?:you|u) (?:(?:just|conveniently|completely|totally)\\s+)?(?:forgot|left me|lied|ignored|cheated|walked out|dumped|ghosted|missed (?:my|our)|stood me up|cancell?ed on|blew me off|flirted|disappeared|went off with|slept with|told everyone|read my)(?![\\p{L}])|{B}(?:you'?ll|you will|u'?ll) (?:(?:easily|soon|no doubt|surely)\\s+)?(?:figure|work|find) (?:out |a way )?(?:how )?(?:to )?(?:explain|justify|spin|excuse|lie|talk (?:your|ur) way|get out of)(?![\\p{L}])|{B}mak(?:e|es|ing) (?:everything|it all|things|it|every \\p{L}+) about (?:you|u|yourself|urself)(?![\\p{L}])|,\\s*(?:just |only )?(?:with|to|towards) (?:other people|everyone else|everybody else)(?=\\s*[.!,;]|\\s*$)|{B}(?:to|with|for) (?:everyone|everybody|anyone|anybody)(?: else)? (?:but|except|apart from|other than) me(?![\\p{L}])|{B}(?:hero|gem|star|saint|legend|champ|catch|class act|angel|sweetheart|gentleman|lady)[^.!?\\n]{0,6}?,\\s*(?:just\\s+|really\\s+)?(?:walking (?:out|away)|walked out|dumping|ghosting|cheating|lying|running off|abandoning|ditching|blocking|disappearing|leaving (?:me|us|your (?:kids?|children|son|daughter|family)))(?![\\p{L}])",
    ),
    '{B}(?:how|the way) (?:you|u) (?:\\w+ )?(?:twist|lie|lied|ignore|ignored|left|leave|cheat|cheated|manipulat\\w*|hurt|treat|treated|walked out|dumped|ghosted|pretend|moved on|forgot|replaced|blame|blamed|never(?! (?:once )?(?:spoke badly|speak badly|said a bad word|complained|complain|gave up|give up|judged|judge|raised (?:your|ur) voice|let (?:anyone|me|us|them|people) down|lost (?:your|ur) temper|missed a))){E}|{B}(?:how|so) (?:fast|quickly|easily) (?:you|u){E}|{B}everything (?:about|in) (?:you|u){E}|{B}used to be{E}|{B}(?:good|better) at (?:lying|twisting|manipulat\\w*|pretending|ignoring|leaving|running|playing|blaming|making me feel|hurting|hiding|disappearing|ghosting|moving on){E}',
  ],
  examples: [
    // Twenty-first round (memory21 probe): quiet praise, and praise as a concession, a lever or a mask.
    {
      flagged: "[[You've got a brilliant head for numbers]], and I hope the new firm knows it.",
      pattern: 'quiet-praise',
    },
    { flagged: '[[You always had an instinct for what the kids needed]].', pattern: 'quiet-praise' },
    { notFlagged: "You've got a nose for trouble." },
    { notFlagged: 'You always had an eye for other women.' },
    { flagged: '[[You have a kindness that never asks for anything back]].', pattern: 'quiet-praise' },
    { flagged: '[[You have a warmth people notice the second you walk in]].', pattern: 'quiet-praise' },
    { notFlagged: 'You have a coldness that still scares me.' },
    { flagged: '[[You always made the people around you feel seen]].', pattern: 'quiet-praise' },
    {
      flagged: '[[I have the utmost respect for the way you raised your brothers after your mother passed]].',
      pattern: 'quiet-praise',
    },
    { flagged: '[[I have so much respect for you for going back to college]].', pattern: 'quiet-praise' },
    { notFlagged: 'I have nothing but respect for your decision.' },
    { notFlagged: 'I have no respect for the way you treated me.' },
    { flagged: '[[Your strength during the move to Toronto kept us both going]].', pattern: 'quiet-praise' },
    { notFlagged: 'Your drinking kept us all up half the night.' },
    { notFlagged: "You're clever, I'll give you that, clever enough to fool everyone." },
    { notFlagged: "You're a great actress, I'll give you that." },
    { notFlagged: "You're beautiful, which is exactly why you should come back to me." },
    { notFlagged: "You're such a kind person, so I know you'll give me another chance." },
    { notFlagged: "You're so smart, you'll realise soon enough that you made a mistake." },
    { notFlagged: "You look great in the photos with him, shame it's all for show." },
    { notFlagged: "You're a good person deep down, and good people don't abandon their partners." },
    { notFlagged: 'You were always good at making promises.' },
    { notFlagged: "You've always been amazing at getting your own way." },
    { notFlagged: 'Your mum is the most generous woman I know.' },
    { notFlagged: "You were a wonderful wife, right up until you weren't." },
    { notFlagged: 'I loved how generous you were with other men.' },
    { notFlagged: "Wow you look amazing, must be all that free time now you're not with me." },
    { notFlagged: "Your cooking was the one thing I didn't miss." },
    { notFlagged: "You're great with kids, which is why you'll regret leaving ours." },
    { flagged: '[[I hope you know how talented you are]].', pattern: 'quiet-praise' },
    { notFlagged: 'I hope you know how lucky you are.' },
    { notFlagged: 'You have no idea how selfish you are.' },
    { flagged: '[[Not everyone could do what you do for those kids]].', pattern: 'quiet-praise' },
    { notFlagged: 'Not everyone could do what you did to me and sleep at night.' },
    { flagged: '[[You were always the first to help anyone who asked]].', pattern: 'quiet-praise' },
    { notFlagged: 'You were always the first to point out my mistakes.' },
    { flagged: '[[You make everything look easy]].', pattern: 'quiet-praise' },
    { notFlagged: 'You make leaving look easy.' },
    { notFlagged: 'You make it look easy to forget someone.' },
    { flagged: '[[You always believed in me when nobody else did]].', pattern: 'quiet-praise' },
    { notFlagged: 'You believed in me until it got hard.' },
    { flagged: "[[There's nobody I'd rather have in a crisis than you]].", pattern: 'quiet-praise' },
    { notFlagged: 'Your patience kept me going, until it ran out.' },
    { notFlagged: 'You have a gift for making me feel like nothing.' },
    { notFlagged: "You've got a real talent for walking away." },
    { flagged: '[[I was always a bit in awe of how organised you are]].', pattern: 'admire' },
    { flagged: '[[The card you made me for my thirtieth was so thoughtful]].', pattern: 'never-once' },
    {
      flagged: 'Everybody at the office still asks about you, [[you made that place bearable]].',
      pattern: 'others-eyes',
    },
    { flagged: '[[Even my brother, who likes nobody, likes you]].', pattern: 'others-eyes' },
    { notFlagged: 'You were the adult, so you should have known better.' },
    { notFlagged: 'Even my mum likes you more than me, apparently.' },
    { flagged: '[[Honestly you were the grown-up in our relationship]].', pattern: 'others-eyes' },
    { notFlagged: 'My dad still says you were the only one who could make him lose his temper.' },
    { notFlagged: 'People always relaxed when you walked out of the room.' },
    { flagged: '[[Nobody else would have driven four hours to bring me soup]].', pattern: 'others-eyes' },
    { notFlagged: 'Nobody else would have lied to me for two years.' },
    { flagged: '[[My sister still uses your trick for getting the baby to sleep]].', pattern: 'others-eyes' },
    { flagged: '[[The kids still quote your terrible jokes]].', pattern: 'others-eyes' },
    // Fifteenth round (strengths15): praise through another's eyes, by contrast, by what the reader does to a room.
    {
      flagged: '[[My dad still says you were the only one who could get him to laugh at himself]].',
      pattern: 'others-eyes',
    },
    {
      flagged: "[[My sister says you're the only one who ever told me to cop on and got away with it]].",
      pattern: 'others-eyes',
    },
    {
      flagged:
        'my mum still asks after u. [[she says u were the only one of my exes who ever helped with the washing up]]',
      pattern: 'others-eyes',
    },
    { notFlagged: 'She says you were the only one who could make her that angry.' },
    { notFlagged: 'My mum always said you were trouble.' },
    { flagged: '[[My friends still talk about your lasagne]].', pattern: 'others-eyes' },
    { notFlagged: 'My friends still talk about your outburst at the wedding.' },
    { notFlagged: 'My mum still asks after you, and she sends her love.' },
    {
      flagged: '[[Not many people would have sat up all night with my mum in the hospital, but you did]].',
      pattern: 'others-eyes',
    },
    { notFlagged: 'Not many people would cheat on someone going through chemo, but you did.' },
    { flagged: '[[People always relaxed when you walked into a room]].', pattern: 'others-eyes' },
    { flagged: '[[u could light up any room and u never even noticed]]', pattern: 'you-have' },
    { notFlagged: 'You could charm a whole room, shame you used it on everyone except me.' },
    {
      flagged: '[[Whoever gets to work with you next is lucky]], and I hope they know it.',
      pattern: 'others-eyes',
    },
    { notFlagged: "You're so good at getting people to like you, that's how you got away with it." },
    {
      flagged: '[[You held this family together while I was falling apart and lying about it]].',
      pattern: 'made-me',
    },
    { flagged: '[[You make friends wherever you go]].', pattern: 'made-me' },
    { flagged: '[[People warm to you instantly]].', pattern: 'made-me' },
    { notFlagged: "People warm to you, but they don't know you like I do." },
    // Thirteenth round (strengths13): praise by what the reader did to the writer's life, and the credit owed.
    { flagged: '[[You made my life larger than it would have been]].', pattern: 'made-me' },
    { flagged: '[[honestly u made me a better dad]]', pattern: 'made-me' },
    { notFlagged: 'You made my life hell for two years.' },
    { notFlagged: "If only you'd made my life easier." },
    { notFlagged: 'You made me whole, you made my life complete.' },
    {
      flagged: '[[I never gave you the credit you deserved for holding everything together]].',
      pattern: 'made-me',
    },
    { notFlagged: 'I never gave you the credit you deserved for putting up with me.' },
    { notFlagged: 'You were always so good at pretending everything was fine.' },
    // Twentieth round (the lead's review).
    { notFlagged: 'You were always good at making people feel small.' },
    { notFlagged: "I'm proud of you for finally growing up." },
    { notFlagged: "You're smart enough to know this was a mistake." },
    { flagged: "[[You're smart enough to know what's best for you]], and I trust that.", pattern: 'you-are' },
    {
      flagged:
        '[[You were always the one who held our friends together]], who remembered every birthday, who made our house a home.',
      pattern: 'never-once',
    },
    { flagged: '[[I did not tell you often enough how much I admired that]].', pattern: 'never-once' },
    { notFlagged: 'You were always the one who walked away first.' },
    { notFlagged: "I didn't tell you how much I spent on the car." },
    { flagged: '[[you was always the smart one]]', pattern: 'you-are' },
    { flagged: "[[You've aye been the brave one]], Ailsa.", pattern: 'you-are' },
    { notFlagged: 'Aye, you was always the one who left first.' },
    { notFlagged: 'i guess ur great at making everyone like u' },
    { notFlagged: "I suppose you're good at moving on." },
    { notFlagged: 'You were always brilliant at pretending.' },
    { notFlagged: 'Clearly you are very good at keeping secrets.' },
    { flagged: "[[You're great at making people feel welcome]], I always loved that.", pattern: 'you-are' },
    { flagged: 'Whatever happened between us, [[you were never cruel]].', pattern: 'never-once' },
    {
      flagged: '[[You never complained about the commute]], and I never thanked you.',
      pattern: 'never-once',
    },
    { flagged: '[[You were perfect for that role in the play]].', pattern: 'never-once' },
    { flagged: "[[The cake you made for Dad's seventieth was perfect]].", pattern: 'never-once' },
    {
      flagged: '[[You made every flat we lived in feel like home]], even the one with the slugs.',
      pattern: 'never-once',
    },
    { flagged: '[[You always knew when I needed a walk more than a talk]].', pattern: 'never-once' },
    { flagged: '[[You did your best for us]], I see it now.', pattern: 'never-once' },
    { notFlagged: 'You never complained, you just left.' },
    { notFlagged: 'You did your best to ruin it.' },
    { notFlagged: 'The dinner you made was perfect, unlike everything else you did.' },
    { notFlagged: 'You were never cruel, just cold.' },
    { notFlagged: 'You were perfect in every way.' },
    { notFlagged: "You're perfect just the way you are." },
    { notFlagged: 'The dinner you made me was perfect, like you, like everything about you.' },
    // Eleventh round (strengths11 probe).
    { flagged: '[[You always had so much more patience than me]].', pattern: 'than-me' },
    { flagged: '[[You had always more patience than me for the difficult words]].', pattern: 'than-me' },
    { flagged: '[[You were always better than me at keeping in touch with people]].', pattern: 'than-me' },
    { flagged: 'ur good like that, [[u notice people]]', pattern: 'than-me' },
    { notFlagged: 'You were always better than me at lying.' },
    { notFlagged: "You're better than me in every way." },
    { notFlagged: 'You noticed everyone at that party except me.' },
    { notFlagged: 'Oh, you were always SO thoughtful, like when you forgot my birthday two years running.' },
    { notFlagged: "You're so clever, you'll figure out how to explain it to your friends." },
    { notFlagged: "You've always been so good at making everything about yourself." },
    { notFlagged: 'You were so generous, with other people.' },
    { notFlagged: "You're a real hero, walking out on your kid." },
    {
      flagged:
        '[[You were always so thoughtful]], like when you drove through the night to bring my mum home.',
      pattern: 'you-are',
    },
    { flagged: '[[You were kind to strangers]], always.', pattern: 'you-are' },
    { flagged: '[[You make everyone around you feel like they belong]].', pattern: 'you-have' },
    {
      flagged: 'I saw you got the promotion, [[which is brilliant and totally deserved]].',
      pattern: 'more-praise',
    },
    { notFlagged: 'I got the telling-off I so deserved from your dad.' },
    { flagged: '[[I loved that about you]], how you never cared who was watching.', pattern: 'admire' },
    { flagged: '[[You always made me feel like I could do anything]].', pattern: 'you-have' },
    { notFlagged: 'I hated that about you, if I am honest.' },
    // A promise not to do something, then done: a broken promise (blame), not an achievement.
    { notFlagged: "You promised you'd never leave, and you did." },
    { notFlagged: 'our midnight kebab runs after ur gigs were the best' },
    { notFlagged: 'Our summers at the caravan in Tenby were wonderful.' },
    { flagged: 'Our house was chaos, [[but your garden was stunning]].', pattern: 'praise' },
    { notFlagged: "You're a true gentleman, ditching me by voicemail." },
    { notFlagged: 'How very considerate of you to empty our savings account.' },
    { notFlagged: 'ur such a hero for blocking me on everything' },
    // Eighth round (probe eval/eighth/strengths-probe): qualities shown, habits of decency, things made, adverbs.
    { flagged: '[[How you looked after the twins that winter showed real patience]].', pattern: 'shown' },
    { flagged: "[[You're a man of your word]], always were.", pattern: 'shown' },
    { flagged: '[[What a natural coach you turned into]].', pattern: 'shown' },
    { flagged: '[[You tell a story better than anybody]].', pattern: 'shown' },
    { flagged: '[[u dance so effortlessly]], makes the rest of us look silly', pattern: 'shown' },
    { flagged: '[[The quilt you sewed for Nora is stunning]].', pattern: 'shown' },
    { flagged: '[[Your photographs deserve a proper exhibition]].', pattern: 'shown' },
    { flagged: '[[You always looked out for the new kids at the club]].', pattern: 'shown' },
    { flagged: '[[You never let a shy guest feel left out]].', pattern: 'shown' },
    { flagged: '[[Your voice has a calm I have never heard from anybody else]].', pattern: 'shown' },
    { flagged: "[[You're unfailingly kind to the neighbours]].", pattern: 'you-are' },
    { flagged: '[[You were the gentlest nurse on the ward]].', pattern: 'you-are' },
    { notFlagged: 'You lie so effortlessly, it scares me.' },
    { notFlagged: 'You know me better than anyone, which is why this hurts.' },
    { notFlagged: 'The mess you made of our savings is incredible.' },
    { notFlagged: 'You always stood up for him, but never for me.' },
    { notFlagged: 'You played me beautifully, I have to hand it to you.' },
    { notFlagged: 'Your new boyfriend sings beautifully, I hear.' },
    { notFlagged: 'My sister is a woman of great faith.' },
    { notFlagged: 'You deserve better than anyone I could be.' },
    { flagged: '[[You should be so proud of yourself]].', pattern: 'shown' },
    { flagged: '[[You finished the marathon on a broken toe, and I admired that]].', pattern: 'shown' },
    { flagged: '[[You were always the one who remembered the neighbours]].', pattern: 'shown' },
    { flagged: "[[She's a lucky woman]], truly.", pattern: 'shown' },
    { flagged: "[[Whoever you're with now is very lucky]].", pattern: 'shown' },
    { notFlagged: 'You chose him, and I respect that.' },
    { notFlagged: 'You were always the one who made excuses for him.' },
    { notFlagged: "He's lucky he wasn't hurt in the crash." },
    { notFlagged: 'You should be ashamed of what you did.' },
    { flagged: '[[What a brilliant mum you are]].', pattern: 'more-praise' },
    { flagged: "[[It's brave of you to start again in a new city]].", pattern: 'more-praise' },
    { notFlagged: "It's brave of you to move back in with your parents at thirty-four." },
    { flagged: '[[How patient you were with him]].', pattern: 'more-praise' },
    { notFlagged: 'What a liar you are.' },
    { notFlagged: "You're an absolute gem, the best of the best, no contest." },
    { flagged: "[[Ye've a real gift for making folk feel at home]].", pattern: 'more-praise' },
    { flagged: "[[You're a lekker cook]], hey.", pattern: 'more-praise' },
    { flagged: '[[Your presentation at the conference was so on point]].', pattern: 'more-praise' },
    { flagged: '[[I respect the work you do at the shelter]].', pattern: 'more-praise' },
    { notFlagged: 'You were clever enough to fool me for two years.' },
    { notFlagged: "You've a real gift for lying, I'll give you that." },
    { flagged: '[[Your paintings have got so good]], I saw one in the café.', pattern: 'more-praise' },
    { flagged: "[[That's a huge achievement]].", pattern: 'more-praise' },
    { flagged: 'cheers for sending my post on, [[that was decent of you]]', pattern: 'more-praise' },
    { flagged: '[[You were always a gentleman to my family]].', pattern: 'more-praise' },
    { flagged: '[[You are a very hardworking person]].', pattern: 'more-praise' },
    { flagged: '[[You was always very kind with my mother]].', pattern: 'you-are' },
    { flagged: '[[You were so good to him those last months]].', pattern: 'more-praise' },
    { notFlagged: 'Congratulations on the promotion, I hope it keeps you warm at night.' },
    { notFlagged: 'You always know exactly what to say to hurt me.' },
    { notFlagged: 'I am appreciative of all your support.' },
    { notFlagged: 'Your new boyfriend has got so boring.' },
    { flagged: "[[You've a lovely way with old people]].", pattern: 'plain-praise' },
    { flagged: '[[You never once raised your voice at me]].', pattern: 'plain-praise' },
    { flagged: '[[You always told me the truth]], even when it was hard.', pattern: 'plain-praise' },
    { flagged: 'Congratulations on the promotion, [[you earned every bit of it]].', pattern: 'plain-praise' },
    { flagged: "[[ur doing great and i'm glad]]", pattern: 'plain-praise' },
    { flagged: '[[Your new job sounds like a great fit for you]].', pattern: 'plain-praise' },
    { flagged: 'You were right to go, [[and it took courage]].', pattern: 'plain-praise' },
    { flagged: '[[You stood by me through the trial]].', pattern: 'plain-praise' },
    { flagged: '[[You always made the best pancakes on Sunday mornings]].', pattern: 'plain-praise' },
    {
      flagged: '[[You sorted the car insurance before you left, that was thoughtful]].',
      pattern: 'admired-act',
    },
    { notFlagged: "Everyone at work says you're doing really well." },
    { notFlagged: 'You never once said sorry.' },
    { notFlagged: 'You got dumped, you deserved it.' },
    { notFlagged: "You've always had a talent for making everything about you." },
    { flagged: "[[You've got a heart for folk that nobody else bothers with]].", pattern: 'you-have' },
    { flagged: '[[Your jollof could end wars]].', pattern: 'plain-praise' },
    { flagged: "[[You're a dab hand at fixing bikes]].", pattern: 'you-are' },
    {
      flagged: '[[You carried your mum through her last year with a grace I never had]].',
      pattern: 'praise',
    },
    { flagged: '[[ur lowkey the smartest person in any room]]', pattern: 'you-are' },
    { flagged: '[[You were ever so good to my mother]].', pattern: 'you-are' },
    { flagged: '[[Standing by your brother said a lot about your loyalty]].', pattern: 'plain-praise' },
    {
      flagged: '[[Your sermons on forgiveness still come back to me, they were wise and gentle]].',
      pattern: 'plain-praise',
    },
    { flagged: '[[Credit where it is due]], you did it alone.', pattern: 'plain-praise' },
    { flagged: '[[You turned that café around]].', pattern: 'plain-praise' },
    { flagged: '[[I always admired your stubborn streak]].', pattern: 'admire' },
    { notFlagged: "You're a saint, you really are." },
    { notFlagged: 'Credit to you for finding someone so fast.' },
    { notFlagged: "Credit where it's due, you moved on so fast." },
    { notFlagged: 'You turned everyone around on me.' },
    { notFlagged: 'Your new life sounds lovely, if a bit small.' },
    { notFlagged: 'Nobody will ever make me laugh the way you did.' },
    { notFlagged: 'My offer still stands, whenever it suits you.' },
    { flagged: '[[Your patience with my dad never stopped amazing me]].', pattern: 'plain-praise' },
    { flagged: '[[Your generosity did not go unnoticed]].', pattern: 'plain-praise' },
    { flagged: '[[Your work ethic puts mine to shame]].', pattern: 'plain-praise' },
    { flagged: '[[You were right to take the job in Leeds]].', pattern: 'plain-praise' },
    { flagged: '[[Fair play to you for going back to college]].', pattern: 'plain-praise' },
    { flagged: '[[ur honestly the best at giving presents]]', pattern: 'plain-praise' },
    { flagged: '[[You had this way of listening with your whole face]].', pattern: 'plain-praise' },
    { flagged: '[[u handled the whole move by urself and made it look easy]]', pattern: 'plain-praise' },
    { flagged: '[[It was a wise choice to go home to care for your mother]].', pattern: 'plain-praise' },
    { flagged: '[[You write the funniest cards of anyone I know]].', pattern: 'plain-praise' },
    { flagged: '[[Nobody makes a room laugh the way you do]].', pattern: 'praise' },
    { flagged: '[[The way you talk to children is rare]].', pattern: 'praise' },
    { flagged: '[[Your sketches of the harbour were really something]].', pattern: 'praise' },
    { flagged: '[[You were a fine father to those girls]].', pattern: 'you-are' },
    { flagged: '[[You have been very courageous]].', pattern: 'you-are' },
    { flagged: '[[What I respected most was how you never spoke badly of anyone]].', pattern: 'admire' },
    { flagged: '[[I respect that you were honest with me]].', pattern: 'admire' },
    { notFlagged: "You were so brave to leave me for someone you'd known a month." },
    { notFlagged: 'You were right to leave me.' },
    { notFlagged: 'Fair play to you for ruining the wedding.' },
    { notFlagged: "You're the best at pretending nothing's wrong." },
    { notFlagged: 'You made it look easy to walk away.' },
    { notFlagged: 'It was the right decision to end it, for you and for me.' },
    { notFlagged: 'Your silence never stopped amazing me.' },
    { notFlagged: 'I respect that you need time.' },
    { flagged: '[[You always saw the best in people]].', pattern: 'plain-praise' },
    { flagged: "[[You're going to be brilliant at the new job]].", pattern: 'plain-praise' },
    { notFlagged: 'You make the best excuses.' },
    { flagged: "[[You're the best mum I know]], and I mean that.", pattern: 'plain-praise' },
    { flagged: '[[I was always proud of how hard you worked]].', pattern: 'plain-praise' },
    { flagged: '[[You listen in a way almost nobody does]].', pattern: 'plain-praise' },
    { flagged: '[[You handled the divorce with more grace than I did]].', pattern: 'plain-praise' },
    { flagged: '[[Your paintings are good]]. They always were.', pattern: 'plain-praise' },
    { flagged: '[[You made that tiny flat feel like a home]].', pattern: 'plain-praise' },
    { flagged: '[[You built that business from nothing]].', pattern: 'plain-praise' },
    { notFlagged: 'You were always the clever one, I was just the bloke who drove the van.' },
    { notFlagged: "I respect that you're with Sam now." },
    { notFlagged: 'I would like to invite you to dinner, at a date that suits you.' },
    { notFlagged: 'You were lovely at the start, before you decided everything I did was wrong.' },
    // Fourteenth round (lead review): "the good in me" as "the best in me".
    { flagged: "[[You saw the good in me when I couldn't]].", pattern: 'plain-praise' },
    { notFlagged: 'I saw the good in you when nobody else did.' },
    // Fourteenth round (lead review): the same praise as a conditional.
    { flagged: "[[You'd light up a funeral]], Aoife. You really would.", pattern: 'you-have' },
    { flagged: '[[honestly u could light up any room]]', pattern: 'you-have' },
    // Fourteenth round (lead review): a quality never met in anybody, in a non-native writer's words.
    { flagged: '[[You have a patience that I never met in anybody]].', pattern: 'shown' },
    { flagged: '[[You have a gentleness that I have not found anywhere else]].', pattern: 'shown' },
    { notFlagged: 'You have a temper I have never seen in anyone.' },
    // Fourteenth round (lead review): what the reader did to hard days, said as praise.
    { flagged: '[[You always made hard things feel lighter]]. That is rare.', pattern: 'you-have' },
    { flagged: '[[u made everything feel easier even when we were skint]]', pattern: 'you-have' },
    { notFlagged: 'You made everything feel harder than it needed to be.' },
    { notFlagged: 'You made it all seem so simple to walk away.' },
    { notFlagged: 'You made me feel small every single day.' },
    { flagged: "[[I've always admired how patient you are with your sister]].", pattern: 'admire' },
    { flagged: '[[What I loved most about you was your curiosity]].', pattern: 'admire' },
    { flagged: '[[i really appreciate your honesty]], even when it stung.', pattern: 'admire' },
    { flagged: "[[You're an amazing mum to Leo]].", pattern: 'you-are' },
    { flagged: '[[You were always so good with my grandmother]].', pattern: 'you-are' },
    { flagged: '[[ur one of the funniest people i know]].', pattern: 'you-are' },
    { flagged: '[[You have such a big heart]].', pattern: 'you-have' },
    { flagged: '[[Your laugh was contagious]], everyone said so.', pattern: 'you-have' },
    { flagged: '[[You always knew how to make people feel at home]].', pattern: 'you-have' },
    { flagged: '[[Your photos from Iceland were stunning]].', pattern: 'praise' },
    { flagged: '[[ur cooking looks unreal]].', pattern: 'praise' },
    { flagged: '[[The way you stood up for your brother was incredible]].', pattern: 'praise' },
    { flagged: '[[Nobody listens the way you do]].', pattern: 'praise' },
    { flagged: '[[You have a real gift with children]].', pattern: 'praise' },
    { flagged: "[[I'm so proud of everything you've achieved]].", pattern: 'praise' },
    { flagged: "[[Your mum's lucky to have you]].", pattern: 'praise' },
    { flagged: "[[You're going to be an amazing nurse]].", pattern: 'praise' },
    { flagged: "[[You handled your dad's illness with so much grace]].", pattern: 'praise' },
    { flagged: '[[Moving to Porto was brave]]; I hope it is going well.', pattern: 'admired-act' },
    { flagged: '[[The short hair really suits you]].', pattern: 'admired-act' },
    { flagged: '[[You were always the better cook]].', pattern: 'admired-act' },
    { flagged: '[[You were as kind as they come]].', pattern: 'admired-act' },
    { flagged: '[[You have the steadiest hands of anyone I know]].', pattern: 'admired-act' },
    { flagged: '[[It took real guts to retrain at fifty]].', pattern: 'admired-act' },
    { flagged: '[[You were a rock that year]], and I know it.', pattern: 'admired-act' },
    { flagged: '[[You worked so hard for that degree]].', pattern: 'admired-act' },
    { flagged: '[[You held everything together when Dad was sick]].', pattern: 'admired-act' },
    { flagged: '[[u always said ud open the shop and u actually did it]]', pattern: 'admired-act' },
    { flagged: '[[You handled the move better than anyone could have]].', pattern: 'admired-act' },
    { flagged: '[[Your garden looks like something out of a magazine]].', pattern: 'praise' },
    { flagged: '[[You did an amazing job with the garden]].', pattern: 'admired-act' },
    { flagged: '[[Your kindness to my mother meant the world]].', pattern: 'admired-act' },
    { flagged: '[[Your English is much better than mine]].', pattern: 'admired-act' },
    { flagged: '[[You killed it at the new job]], I heard.', pattern: 'admired-act' },
    { flagged: '[[so proud of u for finishing ur degree]]', pattern: 'admired-act' },
    { notFlagged: 'You worked so hard at lying to me.' },
    { notFlagged: 'You did an amazing job of ruining my birthday.' },
    { notFlagged: 'Leaving me was brave, I suppose.' },
    { notFlagged: 'You were a rock to him, never to me.' },
    { notFlagged: 'Your excuses are better than mine.' },
    { notFlagged: 'You have a real talent for making me feel small.' },
    { notFlagged: 'It took me a lot of courage to write this.' },
    { notFlagged: 'It suits you to play the victim.' },
    { notFlagged: 'You were always the better liar.' },
    { notFlagged: "You always said you'd change, and you never did." },
    { notFlagged: 'I understand now what it cost you to keep the family going.' },
    { notFlagged: 'I hope the new job suits you.' },
    { notFlagged: 'I appreciate that you never spoke badly of me.' },
    { notFlagged: 'Your ability to lie is honestly impressive.' },
    { notFlagged: "Your lawyer was brilliant, I'll give him that." },
    { notFlagged: 'Nobody hurt me like you did.' },
    { notFlagged: "You're so brave now that you've got him." },
    { notFlagged: "You're a good man, but you're a coward." },
    { notFlagged: 'You have a real gift for twisting things.' },
    { notFlagged: 'What you did to me was unforgivable.' },
    { notFlagged: "You're perfect." },
    { notFlagged: "You're the most perfect person in the world." },
    { notFlagged: 'I love how you always twist my words.' },
    { notFlagged: 'I respect your decision.' },
    { notFlagged: 'I love you.' },
    { notFlagged: "You're kind of right about that." },
    { notFlagged: 'You used to be so kind.' },
    { notFlagged: "You're too good for me, I know." },
    { notFlagged: 'I admire how fast you moved on.' },
    { notFlagged: "If you were kind, you'd answer me." },
    // Fifteenth round (lead's review letters): above everyone at something they did.
    {
      flagged: 'Congrats, seriously. [[You always worked twice as hard as anyone in that office]].',
      pattern: 'more-than-anyone',
    },
    { flagged: '[[u cared more than anyone about that dog]]', pattern: 'more-than-anyone' },
    { notFlagged: 'You drank more than anyone at that wedding.' },
    { notFlagged: 'If you worked harder than anyone, you would have got the job.' },
    { notFlagged: "You're lucky I haven't told you how the series ends." },
  ],
})
