// Statements of not wanting to live, direct ("I want to die") or indirect ("everyone would be better
// off without me"). The app answers with care and support resources, not a lint: no rewrite is offered.
// Idioms that say nothing about the writer's own life ("I'm dying to see you", "this job is killing
// me", "I could die of embarrassment") and "can't go on like this" about a habit are left alone. When
// the writer's own life is in question and it could be hyperbole ("I'd rather be dead than…"), it is
// flagged: the answer is care, and a missed case costs more than a false one.
import { defineRule } from '../define.js'

/** "without", with its texting forms. */
const WITHOUT = '(?:without|w/o|w/out|witout|whithout)'
const ANYMORE = '(?:any ?more|any longer|no more|no longer)'
/** The clause ends here: punctuation, end of text, an emoji, or a joining word. */
const ENDS =
  "(?=\\s*(?:[.!?,;:…)\\n]|$|\\p{Extended_Pictographic}|(?:and|but|so|because|cause|cuz|bc|i|im|i'm)\\b))"
/** Adverbs that may sit between the subject and the verb. */
const ADV =
  '(?:\\s+(?:just|really|honestly|sometimes|often|still|kinda|kind of|actually|seriously|truly|only|literally|almost|genuinely|simply|do|did|even)){0,3}'
/** Who would be "better off": people around the writer (not "you", which usually means the relationship). */
const OTHERS =
  "(?:every(?:one|body|1)(?:\\s+else)?|the\\s+world|my\\s+(?:family|kids|children|friends|parents|mum|mom|dad)|all\\s+of\\s+(?:you|u|them)|people|(?:you|u)(?:'?d|\\s+would|'?ll|\\s+will)?\\s+all|y'?all)"
const IF_I_WERE_GONE =
  "if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:was|were|'?m|am)\\s+(?:gone|dead|not\\s+(?:here|around|alive)(?:\\s+any\\s?more)?)|if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:wasn'?t|weren'?t|wasnt|werent)\\s+(?:here|around|alive)(?:\\s+any\\s?more)?|if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:didn'?t|did\\s+not|didnt|never)\\s+(?:wake|woke)\\s+up(?!\\s+(?:early|in\\s+time|on\\s+time|until|till|before|for|at|with|next\\s+to)\\b)|if\\s+i\\s+(?:just\\s+)?(?:disappeared|died|left\\s+for\\s+good|was\\s+never\\s+born|had\\s+never\\s+been\\s+born|didn'?t\\s+exist)"
/** Not about moving or a job: "I won't be here by spring, I'm moving to Leeds". */
const NOT_MOVING =
  '(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|job|flat|house|lease|contract|transfer|visa|flight|trip|travel(?:l?ing)?|posted|abroad|city|country|office)\\b)'
const WOULD_BE_BETTER =
  "\\s+(?:(?:would|will|'?d|'?ll|wud|wd|wld)\\s+)?(?:be|are|is|b)\\s+(?:so\\s+much\\s+|much\\s+|all\\s+|a\\s+lot\\s+|far\\s+)?(?:better(?:\\s+off)?|happier|easier|freer)\\s+"

export default defineRule({
  id: 'self-harm',
  kind: 'pitfall',
  severity: 'danger',
  sixRule: 'lucid',
  title: 'Not wanting to live',
  summary: 'A statement of not wanting to live, said plainly or indirectly.',
  message:
    "This sounds like you may be in a lot of pain, maybe even thinking you don't want to live. That matters far more than any letter. You don't have to carry it alone: please reach out today to someone you trust, or to one of the free lines below. You deserve support.",
  // A rhetorical question ("What's the point of living?") says it as surely as a statement.
  questions: 'any',
  patterns: [
    {
      id: 'want-to-die',
      // "I want to die", "i wanna die", "I'm ready to die", "I wish I were dead", "I'd rather be dead".
      re: [
        `{B}(?:(?:i|part of me)${ADV}\\s+(?:wants?\\s+to|wanted\\s+to|wanna|deserve\\s+to|plan\\s+to|wish\\s+(?:i\\s+could|to))|{IM}${ADV}\\s+(?:ready|going|gonna|planning)(?:\\s+to)?)${ADV}\\s+(?:die|be dead|not be alive|stop (?:existing|living|breathing)|not exist|not wake up|never wake up|(?:go to )?sleep forever)(?!\\s+(?:for|of|from|laughing|in (?:your|ur) arms|happy|old|together|with (?:you|u)|next to|before|alone|a little|inside|on the (?:inside|spot)|than)\\b)(?![\\p{L}\\p{N}])`,
        "{B}i\\s+wish\\s+(?:that\\s+)?i(?:\\s+(?:was|were|had|would|could)|'?d)\\s+(?:just\\s+|simply\\s+)?(?:dead|never (?:been )?born|not (?:been )?born|not alive|not exist|gone (?:forever|for good))",
        "{B}i\\s+wish\\s+(?:that\\s+)?i\\s+(?:didn'?t|did not|didnt)\\s+exist",
        // "I wish I wasn't alive", "I wish I was in the ground", "I'd sooner be in my grave than…".
        `{B}i\\s+wish\\s+(?:that\\s+)?i\\s+(?:(?:wasn'?t|weren'?t|wasnt|werent|was\\s+not|were\\s+not)\\s+(?:alive|born|here(?=\\s+any\\s?more|\\s*(?:[.!?,;…]|$))|around(?=\\s+any\\s?more|\\s*(?:[.!?,;…]|$)))|(?:was|were|'?d\\s+been)\\s+(?:in\\s+(?:the|my|a)\\s+(?:ground|grave|coffin)|six\\s+feet\\s+under|dead\\s+and\\s+buried|with\\s+(?:my\\s+)?(?:mum|mom|dad|gran|nan|grandma|grandad|mother|father)\\s+(?:in\\s+heaven|up\\s+there)))`,
        "{B}(?:{ID}|{IM}|i'?d\\s+much|i\\s+would\\s+much|i'?d\\s+be|i\\s+would\\s+be|i'?ll\\s+be|i\\s+will\\s+be)\\s+(?:rather|sooner|better\\s+off)\\s+(?:be\\s+)?(?:in\\s+(?:the|my|a)\\s+(?:ground|grave|coffin|box)|six\\s+feet\\s+under|under\\s+the\\s+ground|dead\\s+and\\s+buried|pushing\\s+up\\s+daisies|in\\s+the\\s+cemetery)(?![\\p{L}])",
        "{B}(?:{ID}|{IM}|i'?d\\s+much|i\\s+would\\s+much|i'?d\\s+be|i\\s+would\\s+be|i'?ll\\s+be|i\\s+will\\s+be)\\s+(?:(?:so\\s+|much\\s+|far\\s+)?better\\s+off\\s+dead|sooner\\s+(?:be\\s+dead|die)(?![\\p{L}])(?!\\s+(?:of|from|laughing)\\b)|rather\\s+not\\s+(?:be\\s+alive|live|exist|wake\\s+up|be\\s+here\\s+(?:any\\s?more|at\\s+all))|(?:rather|better\\s+off)\\s+(?:be\\s+dead|dead|die)|(?:happier|better|more\\s+at\\s+peace|at\\s+peace)\\s+(?:dead|in\\s+(?:the|my)\\s+(?:ground|grave)))(?![\\p{L}])(?!\\s+(?:of|from|laughing)\\b)",
        "{B}(?:{I}\\s+(?:won'?t|wont|will\\s+not|can'?t|cant|cannot|could\\s+not|couldn'?t|don'?t\\s+think\\s+i\\s+(?:can|will|could|'?ll))|i\\s+(?:don'?t|dont|do\\s+not)\\s+know\\s+(?:if|whether|how)\\s+i(?:\\s+(?:can|will|could|am\\s+going\\s+to)|'?ll|'?m\\s+going\\s+to))\\s+survive\\s+(?:without|w/o|w/out|losing|this|another\\s+(?:day|night|week)|it(?=\\s*(?:[.!?,;…]|$)))(?![\\p{L}])(?!\\s+(?:winter|heat|flight|trip|job|course|week\\s+at|exam))",
        "{B}i\\s+(?:hope|pray|wish)(?:\\s+(?:every|each)\\s+(?:night|day|morning)|\\s+sometimes)?\\s+(?:that\\s+)?i\\s+(?:don'?t|dont|never|do not|won'?t|wont|will\\s+not|wouldn'?t|would\\s+not|didn'?t)\\s+wake\\s+up",
        // Death longed for: "Death would be a relief", "I'd welcome death", "if I died, at least it wouldn't hurt".
        "{B}(?:death|dying|being\\s+dead)\\s+(?:would|will|'?d|might|could)\\s+(?:be|feel\\s+like)\\s+(?:a\\s+|such\\s+a\\s+)?(?:relief|release|mercy|blessing|welcome|easier|better|kinder|peace)|{B}(?:welcome|long\\s+for|longing\\s+for|pray\\s+for|praying\\s+for|wish\\s+for|ready\\s+for)\\s+death(?![\\p{L}])",
        "{B}if\\s+i\\s+(?:die|died|was\\s+dead|were\\s+dead)\\b[^.!?\\n]{0,30}?\\b(?:at\\s+least|(?:won'?t|wouldn'?t|will\\s+not|would\\s+not)\\s+hurt|no\\s+more\\s+pain|(?:be|it'?d\\s+be|it\\s+would\\s+be)\\s+(?:over|free|at\\s+peace)|would\\s+(?:anyone|you|u|anybody)\\s+(?:care|notice|cry|even))",
        "{B}(?:i'?m|i\\s+am|im)\\s+(?:just\\s+|clearly\\s+|obviously\\s+)?not\\s+meant\\s+to\\s+be\\s+(?:here|alive|on\\s+this\\s+earth|in\\s+this\\s+world)(?=\\s*(?:[.!?,;…]|$)|\\s+any\\s?more)",
        '{B}(?:want|wanna|need)\\s+(?:out\\s+(?:for\\s+good|of\\s+(?:this\\s+)?life|of\\s+this\\s+world)|to\\s+(?:leave|get\\s+out\\s+of)\\s+this\\s+world)(?![\\p{L}])',
        '{B}(?:sleep|go\\s+to\\s+sleep|fall\\s+asleep|close\\s+my\\s+eyes)\\s+and\\s+(?:never|not)\\s+(?:wake\\s+up|open\\s+them\\s+again)',
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:know|think)\\s+(?:if|whether|that)?\\s*i'?ll\\s+(?:still\\s+)?be\\s+(?:alive\\s+(?:next|by|much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|in\\s+a\\s+(?:week|month|year)|tomorrow|at\\s+christmas|(?=\\s*[.!?,;…]|$))|(?:here|around)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?))",
      ].join('|'),
    },
    {
      id: 'not-go-on',
      // "I can't go on living without you", "i cant go on w/o u", "I don't want to live anymore".
      re: `(?<!\\b(?:you|u|he|she|they|we|who|people|someone|somebody|nobody|no\\s+one|this|that|it|things|which|us|our\\s+\\p{L}+)\\s+(?:(?!i\\s)\\p{L}+\\s+)?){B}(?:{CANT}|cnt|(?:{DONT}|do not|dont)${ADV}\\s+(?:want\\s+to|wanna|wish\\s+to|feel\\s+like|know\\s+how\\s+to|see\\s+how\\s+i\\s+can|think\\s+i\\s+can|think\\s+i\\s+could|think\\s+i(?:'?ll|\\s+will)\\s+be\\s+able\\s+to)|not\\s+sure\\s+(?:if\\s+|that\\s+|whether\\s+)?i\\s+(?:can|(?:still\\s+)?(?:want|wanna)(?:\\s+to)?)|(?:don'?t|dont|do\\s+not)\\s+know\\s+(?:if|whether)\\s+i\\s+(?:still\\s+)?(?:want|wanna)(?:\\s+to)?|(?:will\\s+not|won'?t|wont)\\s+be\\s+able\\s+to|(?:(?:don'?t|dont|do not)\\s+know|idk|dunno|not\\s+sure)\\s+how\\s+(?:much\\s+)?long(?:er)?\\s+i\\s+can)\\s+(?:(?:go|carry|keep)\\s+on\\s+living|keep\\s+living|stay\\s+alive|be\\s+alive|live|exist|go\\s+on|carry\\s+on|keep\\s+going|wake\\s+up|(?<=how\\s+(?:much\\s+)?long(?:er)?\\s+i\\s+can\\s+)(?:do\\s+this|take\\s+(?:this|it)|hold\\s+on|cope|last|bear\\s+(?:this|it))|be\\s+here(?=\\s+${ANYMORE}))(?:\\s+${ANYMORE}|\\s+(?:like\\s+this\\s+)?${WITHOUT}\\s+(?:you|u|ya|her|him)|\\s+in\\s+(?:a|this|the)\\s+world(?:\\s+${WITHOUT}\\s+(?:you|u)|\\s+${ANYMORE}|${ENDS})|\\s+(?:one\\s+more|another)\\s+(?:day|night|week)|\\s+(?:for\\s+)?(?:much|any|a\\s+lot)\\s+longer|(?<=wake\\s+up)\\s+(?:tomorrow|tmrw|tmr|tmoz|tomoz|2moro|2morrow|in\\s+the\\s+morning|ever\\s+again|again(?=\\s*(?:[.!?,;…]|$)))|${ENDS})`,
    },
    {
      id: 'no-point-living',
      // "I don't see the point of living anymore", "nothing left to live for", "life isn't worth living".
      re: [
        `{B}(?:no|any|(?:what'?s|whats|what\\s+is|what\\s+was|see\\s+no|(?:don'?t|dont|do\\s+not|can'?t|cant|cannot|longer|never|fail\\s+to|failing\\s+to)\\s+see)\\s+(?:the|a|any)|lost\\s+(?:the|my|all)|without\\s+(?:a|any))\\s+(?:point|reason|will|desire|wish)\\s+(?:in\\s+|of\\s+|to\\s+|for\\s+me\\s+to\\s+)?(?:(?:continue|keep|go\\s+on|carry\\s+on|continuing|carrying\\s+on|going\\s+on)\\s+(?:to\\s+live|living)(?![\\p{L}])|(?:me|my)\\s+(?:being|staying)\\s+(?:here|alive|around)|me(?=\\s*[.!?,;…]|$)|(?:being|staying|be|stay)\\s+alive|living(?!\\s+(?:in|with|like|at|on|together|apart|here|there|a|an|the|this|that|such|simply|alone|by|as|off|up|abroad|for\\s+(?:the|them|others))\\b)|live(?=\\s*[.!?,;…]|$|\\s+(?:${ANYMORE}|${WITHOUT}|for|and|but|now|left)\\b)|going\\s+on(?!\\s+(?:with|about|like|at|to)\\b)|go\\s+on${ENDS}|carrying\\s+on${ENDS}|waking\\s+up|wake\\s+up(?!\\s+early)|existing|keep\\s+(?:living|going${ENDS}))`,
        '{B}nothing\\s+(?:left\\s+)?(?:to|worth)\\s+live\\s+for',
        "{B}why\\s+(?:am\\s+i|i'?m|im|i\\s+am|should\\s+i|i\\s+should)\\s+(?:even\\s+|still\\s+)*(?:alive|keep\\s+living|stay\\s+alive|go\\s+on\\s+living|bother\\s+living)",
        '{B}nothing\\s+(?:left\\s+)?worth\\s+living\\s+for',
        "{B}(?:not|isn'?t|isnt|ain'?t|aint|no\\s+longer|never)\\s+(?:even\\s+|really\\s+)?worth\\s+living",
      ].join('|'),
    },
    {
      id: 'better-off-without-me',
      // "everyone would be better off without me", "you'd be better off if I were dead".
      re: [
        `{B}${OTHERS}${WOULD_BE_BETTER}(?:${WITHOUT}\\s+me|${IF_I_WERE_GONE})`,
        `{B}(?:it|things|life)\\s+(?:would|will|'?d|'?ll)\\s+be\\s+(?:so\\s+much\\s+|much\\s+|a\\s+lot\\s+)?(?:easier|better|simpler|lighter|kinder)\\s+for\\s+${OTHERS}(?:\\s+${WITHOUT}\\s+me|\\s+${IF_I_WERE_GONE})`,
        // Without "for everyone", only the forms that say death: "It would be easier if I just didn't wake up".
        "{B}(?:it|things|life|everything)\\s+(?:would|will|'?d|'?ll|might)\\s+be\\s+(?:so\\s+much\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?(?:easier|better|simpler|lighter|kinder|best)(?:\\s+for\\s+\\p{L}+)?\\s+if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:(?:was|were|'?m)\\s+(?:dead|gone(?!\\s+(?:to|for|on|from|abroad|away))|not\\s+alive|never\\s+born)|(?:didn'?t|did\\s+not|didnt|never)\\s+(?:wake|woke)\\s+up|died|didn'?t\\s+exist|wasn'?t\\s+(?:alive|here\\s+any\\s?more|around\\s+any\\s?more))(?![\\p{L}])",
        "{B}if\\s+i\\s+(?:just\\s+|simply\\s+)?(?:didn'?t|did\\s+not|didnt|never|wouldn'?t)\\s+wake\\s+up(?:\\s+(?:tomorrow|one\\s+(?:day|morning)|again|ever\\s+again))?(?=\\s*(?:[.!?,;…]|$)|\\s+(?:would|no\\s*one|nobody|who|you|u|it|things|everyone)\\b)",
        "{B}(?:the\\s+world|this\\s+world|everyone'?s\\s+lives?|everybody'?s\\s+lives?)\\s+(?:would|will|'?d|'?ll)\\s+be\\s+(?:a\\s+)?(?:so\\s+much\\s+|much\\s+|far\\s+|a\\s+lot\\s+)?(?:better|happier|easier|brighter|lighter)(?:\\s+place)?\\s+without\\s+me",
        `{B}(?:no\\s*one|nobody|no\\s+one\\s+else)\\s+(?:would|will|'?d)\\s+(?:even\\s+|really\\s+)?(?:notice|care|miss\\s+me|mind)\\s+(?:if\\s+i\\s+(?:died|was\\s+dead|were\\s+dead|killed\\s+myself|didn'?t\\s+wake\\s+up|was\\s+gone\\s+for\\s+good))`,
        `{B}(?:no\\s*one|nobody|no\\s+one\\s+else)\\s+(?:would|will|'?d)\\s+(?:even\\s+|really\\s+)?(?:notice|care|miss\\s+me|mind)\\s+${IF_I_WERE_GONE}`,
        `{B}(?:${OTHERS}|you|u|ya)(?:'?d|'?ll)?${WOULD_BE_BETTER}(?:if\\s+i\\s+(?:was|were|'?m|am)\\s+(?:dead|not\\s+alive|never\\s+born)|if\\s+i\\s+(?:died|was\\s+never\\s+born|had\\s+never\\s+been\\s+born|didn'?t\\s+exist|killed\\s+myself))`,
      ].join('|'),
    },
    {
      id: 'not-here-long',
      // Said indirectly, as time running out or things set in order: "in case I'm not around much longer",
      // "she'll need someone after I'm gone", "I've put my affairs in order", "I stood on the bridge last night".
      re: [
        `{B}in\\s+case\\s+i(?:'?m|\\s+am)?\\s+(?:not\\s+(?:around|here|alive)|gone|no\\s+longer\\s+(?:around|here|alive))(?:\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|any\\s?more|soon|tomorrow)|(?=\\s*(?:[.!?,;…]|$)))`,
        `{B}(?:i'?m\\s+not|i\\s+am\\s+not|im\\s+not|i\\s+(?:won'?t|wont|will\\s+not|might\\s+not|may\\s+not)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+going\\s+to|(?:don'?t|dont|do\\s+not)\\s+think\\s+i(?:'?ll|\\s+will))\\s+(?:still\\s+)?(?:be\\s+)?(?:still\\s+)?(?:around|here|alive)\\s+(?:(?:to\\s+\\p{L}+\\s+(?:you|u|anyone|anybody|everyone|people)\\s+)?much\\s+longer|(?:by|at|for|to\\s+see)\\s+(?:spring|summer|autumn|fall|winter|christmas|easter|new\\s+year|my\\s+(?:next\\s+)?birthday|the\\s+(?:spring|summer|new\\s+year|end\\s+of\\s+the\\s+(?:year|month|week))|next\\s+(?:year|month|week|spring|summer|christmas)))${NOT_MOVING}`,
        "{B}(?:after|once|when)\\s+i(?:'?m|\\s+am)\\s+(?:gone(?!\\s+(?:to|for|on|from|abroad|away|out|back|travelling|home|off)\\b)(?![^.!?\\n]{0,30}?\\b(?:trip|holiday|travel|abroad|away|week|weekend|month|summer)\\b)|dead|no\\s+longer\\s+(?:here|around|alive))",
        `{B}soon\\s+(?:you|u|nobody|no\\s*one|everyone|everybody|no\\s+one)\\s+(?:(?:won'?t|wont|will\\s+not|will\\s+never)\\s+(?:have|need)|(?:will\\s+)?(?:never\\s+)?(?:have|need)|won'?t)\\s+(?:to\\s+)?(?:worry\\s+about|deal\\s+with|put\\s+up\\s+with|think\\s+about|bother\\s+with)\\s+me(?:\\s+(?:again|at\\s+all|any\\s?more|ever\\s+again))?(?![\\p{L}])${NOT_MOVING}`,
        '{B}(?:put|putting|puts|get|getting|got|sort(?:ed|ing)?(?:\\s+out)?)\\s+(?:all\\s+)?my\\s+affairs\\s+in\\s+order|{B}(?:made|making|written|wrote|writing|updated|updating|sorted(?:\\s+out)?|sorting(?:\\s+out)?|changed|finished)\\s+my\\s+will(?![\\p{L}])|{B}said\\s+my\\s+(?:last|final)\\s+goodbyes?',
        "{B}(?:give|gave|given|giving)\\s+(?:away\\s+)?my\\s+(?:dog|cat|pets?|things|stuff|belongings|possessions|records|books|guitar|plants|car)\\s+(?:away|to)\\b[^.!?\\n]{0,60}?\\b(?:(?:after|once|when)\\s+i'?m\\s+gone|(?:need|have)\\s+someone|won'?t\\s+need|won'?t\\s+be\\s+(?:here|around))",
        "{B}(?:(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight|trouble)\\s+(?:to|for|on)\\s+(?:anyone|anybody|you|u|everyone|everybody|my\\s+family)\\s+(?:much\\s+longer|for\\s+much\\s+longer|soon)|soon\\s+i\\s+(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight|trouble))(?![\\p{L}])",
        "{B}i(?:'ve|\\s+have|ve)?\\s+(?:got\\s+|have\\s+)?(?:the|my|all\\s+the|all\\s+my|enough)\\s+(?:pills|tablets|rope)\\s+(?:ready|here|saved|lined\\s+up|counted)|{B}enough\\s+(?:pills|tablets|paracetamol|sleeping\\s+pills)\\s+to\\s+(?:do\\s+it|end|not\\s+wake|never\\s+wake|kill)",
        "{B}i\\s+(?:stood|stand|was\\s+standing|'ve\\s+stood|have\\s+stood|went\\s+and\\s+stood|found\\s+myself(?:\\s+standing)?|ended\\s+up(?:\\s+standing)?)\\s+(?:on|at|by)\\s+(?:the\\s+)?(?:(?:very\\s+)?edge\\s+of\\s+(?:the|a|that)\\s+(?:platform|bridge|roof|cliff|building|tracks|car\\s+park|river|quay|pier|balcony)|(?:the|a|that)\\s+(?:bridge|ledge|roof|rooftop|cliff|cliff\\s+edge|cliffs|tracks|railway\\s+line|top\\s+of\\s+the\\s+car\\s+park))(?=[^.!?\\n]{0,60}?\\b(?:last\\s+night|again|alone|for\\s+(?:a\\s+long\\s+time|an\\s+hour|hours|ages|a\\s+while)|thought|think|thinking|wondered|wondering|looking\\s+down|looked\\s+down|at\\s+(?:night|midnight|dawn|\\d)|nearly|almost|stepping|step|jump|jumping)\\b)",
        '{B}(?:think|thinking|thought)\\s+(?:about\\s+|of\\s+)?(?:not\\s+stepping\\s+back|stepping\\s+(?:off|out\\s+in\\s+front|in\\s+front|forward\\s+off)|just\\s+stepping\\s+(?:off|forward|out)|letting\\s+go\\s+of\\s+the\\s+(?:railing|rail|edge|ledge))',
        // My funeral, a last night, a note, a goodbye they don't know is one.
        '{B}(?:imagin(?:e|ed|ing)|pictur(?:e|ed|ing)|plan(?:ned|ning)?|think(?:ing)?\\s+about|dream(?:ing|t|ed)?\\s+(?:of|about))\\s+my\\s+(?:own\\s+)?funeral|{B}(?:come|go|be|show\\s+up|cry|turn\\s+up)\\s+(?:to|at)\\s+my\\s+funeral',
        "{B}(?:tonight|today|this)\\s+(?:is|will\\s+be)\\s+my\\s+(?:last|final)\\s+(?:night|day)(?=\\s*(?:[.!,;…]|$)|\\s+(?:on\\s+(?:this\\s+)?earth|alive|here|in\\s+this\\s+world)\\b)|{B}(?:last|final)\\s+(?:letter|message|thing|words)\\s+i(?:'ll|\\s+will)\\s+ever\\s+(?:write|send|say)\\s+(?:to\\s+)?(?:anyone|anybody)",
        "{B}(?:doesn'?t|don'?t|didn'?t|won'?t|does\\s+not|do\\s+not)\\s+know\\s+(?:it'?s|it\\s+(?:is|was)|that\\s+it\\s+(?:is|was))\\s+(?:a\\s+|my\\s+|the\\s+)?(?:goodbye|last\\s+time|final\\s+goodbye)",
        '{B}(?:written|wrote|writing|left|leaving)\\s+(?:my\\s+(?:final\\s+|last\\s+)?note(?=\\s*(?:[.!,;…]|$)|\\s+(?:for|to)\\s+)|(?:a|the)\\s+(?:final|last|goodbye)\\s+note|a\\s+note\\s+(?:for|to)\\s+(?:my\\s+(?:family|kids|children|mum|mom|parents)|everyone))',
        "{B}(?:won'?t|will\\s+not|wont)\\s+(?:have\\s+to\\s+)?(?:deal\\s+with|put\\s+up\\s+with|worry\\s+about|see|hear\\s+from|bother\\s+with|think\\s+about|look\\s+after)\\s+me\\s+(?:for\\s+)?much\\s+longer",
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:really\\s+|even\\s+)?care\\s+(?:if|whether)\\s+i\\s+(?:live|wake\\s+up)\\s+or\\s+(?:die|not)",
        '{B}make\\s+(?:the|this|all\\s+the|all\\s+this|my)\\s+pain\\s+(?:stop|end|go\\s+away)\\b[^.!?\\n]{0,20}?\\b(?:one\\s+way\\s+or\\s+(?:another|the\\s+other)|for\\s+good|forever|permanently|whatever\\s+it\\s+takes)',
        "{B}the\\s+world\\s+(?:doesn'?t|does\\s+not|won'?t|wouldn'?t|will\\s+not)\\s+(?:need|want|miss)\\s+me(?![\\p{L}])|{B}(?:nobody|no\\s*one|no\\s+one)\\s+(?:needs|wants)\\s+me(?:\\s+(?:here|around|alive))?(?:\\s+any\\s?more)?(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:life|my\\s+life|everything)\\s+(?:is|feels|seems|has\\s+become)\\s+(?:so\\s+|completely\\s+|totally\\s+|just\\s+)?(?:pointless|meaningless|not\\s+worth\\s+(?:it|living))(?=\\s*(?:[.!,;…]|$)|\\s+(?:without|w/o|any\\s?more|now)\\b)',
        `{B}${OTHERS}\\s+(?:would|'?d|will|'?ll)\\s+(?:cope|do|manage|get\\s+on|live)\\s+(?:so\\s+much\\s+|much\\s+|far\\s+|a\\s+lot\\s+)?better\\s+(?:${WITHOUT}\\s+me|if\\s+i\\s+(?:was|were)\\s+(?:gone|dead))`,
        // Attempts: "I tried to end it in March", "I took a handful of pills".
        "{B}(?:tried|attempted|try|trying)\\s+to\\s+(?:end\\s+(?:it(?!\\s+with)|my\\s+life|everything)|kill\\s+myself|take\\s+my\\s+(?:own\\s+)?life)|{B}(?:took|take|taking)\\s+(?:a\\s+(?:handful|load|bunch|fistful)\\s+of|all\\s+(?:my|the|of\\s+my)|too\\s+many|an\\s+overdose\\s+of)\\s+(?:\\p{L}+\\s+)?(?:pills|tablets|paracetamol|painkillers)(?![^.!?\\n]{0,30}?\\b(?:back|prescribed|headache|migraine|doctor|tooth)\\b)|{B}(?:took\\s+an\\s+overdose|overdosed|od'?d)(?![\\p{L}])",
        // "There's no future for me without you, so I don't want one".
        "{B}(?:there'?s|there\\s+is|i\\s+(?:have|see))\\s+no\\s+future\\s+(?:left\\s+)?for\\s+me(?!\\s+(?:here|in|at|with|as|there)\\b)|{B}i\\s+(?:don'?t|dont|do\\s+not)\\s+want\\s+(?:a|any)\\s+future(?=\\s*(?:[.!?,;…]|$)|\\s+(?:without\\s+(?:you|u)|any\\s?more|at\\s+all)\\b)",
      ].join('|'),
    },
    {
      id: 'farewell',
      // Said sideways, as hopelessness with no way out, things handed on, a goodbye or the means:
      // "what's the point of anything anymore", "I've been giving my things away", "tell my mum I'm sorry",
      // "I keep thinking about the bridge", "the car in the garage with the engine running".
      re: [
        `{B}(?:what'?s|whats|what\\s+is|wats)\\s+(?:even\\s+)?the\\s+point\\s+(?:(?:of|in)\\s+(?:anything|any\\s+of\\s+it|it\\s+all|life|getting\\s+up|getting\\s+out\\s+of\\s+bed|trying\\s+any\\s?more|anything\\s+any\\s?more)(?![\\p{L}])|(?:any\\s?more|now)(?=\\s*(?:[.!?,;…]|$)))|{B}(?:there'?s|there\\s+is|i\\s+see|i\\s+(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see)\\s+(?:no|the|any)\\s+point\\s+(?:of|in)\\s+(?:anything|any\\s+of\\s+it|it\\s+all|getting\\s+up|getting\\s+out\\s+of\\s+bed)(?:\\s+any\\s?more)?(?=\\s*(?:[.!?,;…]|$))`,
        `{B}(?:giv(?:e|en|ing)|gave)\\s+(?:away\\s+)?(?:all\\s+|most\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions|records|books|clothes|guitars?|plants|jewellery|jewelry|tools|bikes?|paintings|vinyl|cds)\\s+away(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|charity|declutter(?:ing)?|clear(?:ing)?\\s+out|minimalis[mt]|flat|house|abroad|downsiz(?:e|ing))\\b)|{B}(?:been|started|start|am|i'?m|im)\\s+giving\\s+away\\s+(?:all\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions)(?![^.!?\\n]{0,50}?\\b(?:mov(?:e|ed|ing)|charity|declutter(?:ing)?|clear(?:ing)?\\s+out|minimalis[mt]|flat|house|abroad|downsiz(?:e|ing))\\b)`,
        "{B}(?:keep|kept|can'?t\\s+stop|cant\\s+stop|been|started|i\\s+(?:often|always))\\s+(?:thinking|think|thought)\\s+(?:about|of)\\s+(?:the|that|those|my)\\s+(?:bridge|pills|tablets|rope|tracks|railway\\s+line|train\\s+tracks|ledge|cliffs?|river|motorway\\s+bridge|roof|car\\s+park\\s+roof|drop|sleeping\\s+pills)(?![\\p{L}])(?!\\s+(?:where|when|we|our|in\\s+(?:paris|prague|rome|venice|the\\s+(?:rain|snow|summer|sun))|you|that\\s+we|trip|walk|walks|path|view|near\\s+(?:your|our)|at\\s+(?:sunset|sunrise|dawn)|from\\s+our)\\b)",
        '{B}(?:in|into)\\s+(?:the|my)\\s+(?:locked\\s+|closed\\s+|shut\\s+)?garage\\s+with\\s+the\\s+(?:engine|motor)\\s+(?:running|on)|{B}(?:engine|motor)\\s+running\\s+in\\s+the\\s+(?:locked\\s+|closed\\s+|shut\\s+)?garage|{B}hose(?:pipe)?\\s+(?:to|from|on|in|into|onto)\\s+the\\s+exhaust',
        "{B}(?:please\\s+)?tell\\s+my\\s+(?:mum|mom|mother|dad|father|parents|kids|children|son|daughter|family|sister|brother|little\\s+\\p{L}+)\\s+(?:that\\s+)?(?:i'?m\\s+sorry|i\\s+am\\s+sorry|im\\s+sorry|i\\s+love\\s+(?:her|him|them)|i\\s+loved\\s+(?:her|him|them)|it\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not)\\s+(?:her|his|their)\\s+fault|i\\s+did\\s+my\\s+best|i\\s+tried)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|so\\s+much|for\\s+everything|very\\s+much)\\b)",
        "{B}(?:(?:don'?t|dont|do\\s+not|can'?t|cant|cannot)\\s+see\\s+(?:a|any|another)|there'?s\\s+no|there\\s+is\\s+no|i\\s+see\\s+no|there'?s\\s+only\\s+one|there\\s+is\\s+only\\s+one)\\s+way\\s+out(?:\\s+(?:of\\s+(?:this|it|here)|for\\s+me))?(?:\\s+(?:any\\s?more|any\\s+longer|left|now|at\\s+all))?(?=\\s*(?:[.!?,;…]|$))",
        "{B}by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find|see)\\s+(?:this|my\\s+letter|it),?\\s+(?:it\\s+(?:won'?t|will\\s+not|wont)\\s+matter(?:\\s+any\\s?more)?|it(?:'ll|\\s+will|ll)\\s+(?:all\\s+)?be\\s+(?:over|too\\s+late|done)|i(?:'ll|\\s+will|ll|'d|\\s+would)\\s+(?:already\\s+)?be\\s+(?:free|somewhere\\s+better|in\\s+a\\s+better\\s+place|with\\s+my\\s+\\p{L}+|at\\s+rest|out\\s+of\\s+(?:pain|your\\s+life\\s+for\\s+good)|past\\s+caring))(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:i'?m|im|i\\s+am)\\s+(?:just\\s+|so\\s+|completely\\s+|totally\\s+|really\\s+)?done\\s+with\\s+(?:everything|it\\s+all|all\\s+of\\s+it|this\\s+world|this\\s+life|being\\s+here)(?=\\s*(?:[.!?…]|$)|\\s+(?:any\\s?more|now|for\\s+good)\\b)",
        '{B}(?:no|any|not\\s+a\\s+single)\\s+reason\\s+(?:left\\s+)?(?:for\\s+me\\s+)?to\\s+(?:stay|be|remain|keep\\s+going|carry\\s+on|go\\s+on|get\\s+up|wake\\s+up)\\s+(?:alive|around(?=\\s*(?:[.!?,;…]|$)|\\s+(?:any\\s?more|now)\\b)|on\\s+this\\s+(?:earth|planet)|in\\s+this\\s+world|here(?=\\s+(?:any\\s?more|now)\\s*(?:[.!?…]|$))|any\\s?more(?=\\s*(?:[.!?,;…]|$))|in\\s+the\\s+morning)',
        '{B}(?:written|wrote|writing|write)\\s+(?:a\\s+)?(?:(?:last|final|goodbye)\\s+)?(?:letters?|notes?|cards?)\\s+to\\s+(?:everyone|everybody|all\\s+(?:the\\s+)?(?:people|those))\\s+i\\s+(?:love|loved|care\\s+about|cared\\s+about)',
        "{B}if\\s+(?:i'?m|i\\s+am|im|i\\s+(?:was|were))\\s+(?:ever\\s+)?(?:gone|not\\s+(?:here|around)|no\\s+longer\\s+(?:here|around))(?:\\s+(?:one\\s+day|soon|tomorrow))?,?\\s+(?:please\\s+)?(?:look\\s+after|take\\s+care\\s+of|feed|keep|tell\\s+my|give\\s+my|remember|don'?t\\s+(?:blame|feel|be\\s+sad))",
        "{B}(?:wonder|wondered|wondering|ask\\s+myself|asked\\s+myself|asking\\s+myself)\\s+(?:if|whether)\\s+(?:anyone|anybody|you|u|people|(?:my\\s+)?(?:family|friends))\\s+(?:would|will)\\s+(?:even\\s+|really\\s+|actually\\s+|ever\\s+)?(?:notice|care|miss\\s+me|cry|come\\s+to\\s+my\\s+funeral)\\s+(?:if\\s+i\\s+(?:was|were|'?m)\\s+(?:gone|dead|not\\s+(?:here|around))|if\\s+i\\s+(?:died|disappeared|didn'?t\\s+wake\\s+up|wasn'?t\\s+here))",
        "{B}(?:sorry|forgive\\s+me)\\s+for\\s+what\\s+i(?:'m|\\s+am|m)\\s+(?:about|going)\\s+to\\s+do|{B}(?:sorry|forgive\\s+me)\\s+for\\s+what\\s+i(?:'ll|\\s+will|\\s+have\\s+to)\\s+do(?=\\s*(?:[.!,;…]|$))",
        `{B}(?:i\\s+(?:won'?t|wont|will\\s+not)|i'?m\\s+not\\s+(?:going\\s+to|gonna)|i\\s+am\\s+not\\s+going\\s+to|im\\s+not\\s+(?:going\\s+to|gonna))\\s+be\\s+(?:here|around|alive)\\s+to\\s+see\\s+(?:it|that|this|you|the\\s+(?:spring|summer|new\\s+year|kids|end))(?![\\p{L}])${NOT_MOVING}|{B}(?:can'?t|cant|cannot|don'?t|dont)\\s+see\\s+myself\\s+(?:still\\s+)?(?:being\\s+)?(?:here|around|alive)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|next\\s+(?:year|month|week|christmas)|by\\s+(?:christmas|spring|summer|the\\s+end\\s+of\\s+the\\s+year))${NOT_MOVING}`,
        '{B}(?:thought|thinking|think)\\s+(?:about|of)\\s+ending\\s+it(?:\\s+all)?\\s+(?:more\\s+times\\s+than\\s+i\\s+(?:can|could|care\\s+to)\\s+(?:count|say|admit)|(?:every|each)\\s+(?:single\\s+)?(?:day|night)|most\\s+(?:days|nights)|(?:a\\s+lot\\s+)?lately|(?:so\\s+)?(?:often|much)\\s+(?:lately|recently))(?![\\p{L}])|{B}made\\s+(?:my\\s+)?peace\\s+with\\s+(?:dying|death|god|the\\s+world|leaving\\s+this\\s+world|not\\s+being\\s+here)(?![\\p{L}])',
        '{B}(?:sleep|go\\s+to\\s+sleep|fall\\s+asleep|drift\\s+off|close\\s+my\\s+eyes)\\s+and\\s+(?:just\\s+)?(?:never|not)\\s+(?:come\\s+back|wake\\s+again|open\\s+them\\s+again|have\\s+to\\s+wake\\s+up)(?![\\p{L}])',
        "{B}(?:(?:don'?t|dont|do\\s+not)\\s+think\\s+i\\s+(?:can|could|'?ll|will)|not\\s+sure\\s+(?:if\\s+)?i\\s+(?:can|'?ll|will)|(?:can'?t|cant|cannot)|i\\s+(?:won'?t|wont))\\s+(?:get|make\\s+it)\\s+through\\s+(?:tonight|the\\s+night|another\\s+night|this\\s+night|the\\s+weekend|another\\s+day|another\\s+week)(?![^.!?\\n]{0,40}?\\b(?:shift|exam|work|deadline|essay|flight|party|wedding|coffee|a\\s+drink|painkillers|match|game)\\b)",
        "{B}how\\s+many\\s+(?:of\\s+(?:my|the|these|those)\\s+)?(?:pills|tablets|paracetamol|painkillers|sleeping\\s+pills|meds)\\s+(?:it\\s+)?(?:would|it'?d|will|does\\s+it|do\\s+you\\s+need\\s+to)\\s+take",
        "{B}if\\s+(?:anything|something)\\s+(?:happens|should\\s+happen|were\\s+to\\s+happen|ever\\s+happens)(?:\\s+to\\s+me)?,?\\s+(?:please\\s+|just\\s+)?(?:know\\s+(?:it|that)|tell\\s+(?:the|my|our)\\s+\\p{L}+\\s+(?:that\\s+)?i|remember\\s+(?:that\\s+)?i|don'?t\\s+blame|look\\s+after\\s+(?:the|my|our)|take\\s+care\\s+of\\s+(?:the|my|our)|it\\s+(?:was|is)\\s+(?:because|not\\s+your))|{B}tell\\s+(?:the|my|our)\\s+(?:kids|children|girls|boys|daughters?|sons?|family|parents)\\s+(?:that\\s+)?i\\s+(?:loved|did\\s+love|always\\s+loved)\\s+(?:them|him|her)(?![\\p{L}])",
        '{B}done\\b[^.!?\\n]{0,40}?\\bwith\\s+(?:everything|it\\s+all|all\\s+of\\s+it|life),?\\s+not\\s+just\\s+(?:us|you|u|this|the\\s+relationship|with\\s+(?:us|you))(?![\\p{L}])',
        "{B}how\\s+(?:peaceful|easy|nice|good|simple|quiet|restful|lovely)\\s+it\\s+(?:would|'?d|might)\\s+be\\s+to\\s+(?:just\\s+)?(?:not|never)\\s+(?:wake\\s+up|be\\s+here|exist|feel\\s+anything)|{B}(?:think|thinking|thought|wonder|wondering)\\s+(?:about\\s+)?how\\s+(?:easy|simple|quick|peaceful)\\s+it\\s+(?:would|'?d)\\s+be(?=\\s*(?:[.!?…]|$)|\\s+to\\s+(?:just\\s+)?(?:step|jump|let\\s+go|fall|lean|drive\\s+off|end\\s+it|disappear|not\\s+wake|never\\s+wake))",
        '{B}(?:written|wrote|left|leaving|writing)\\s+(?:a\\s+)?(?:letters?|notes?|cards?)\\s+(?:for|to)\\s+(?:my|the|each\\s+of\\s+my)\\s+(?:\\p{L}+\\s+)?(?:kids|children|daughters?|sons?|girls|boys|family|parents|mum|mom|dad|sister|brother|wife|husband)\\b[^.!?\\n]{0,20}?\\b(?:just\\s+in\\s+case|in\\s+case)(?=\\s*(?:[.!,;…]|$))',
        `{B}(?:(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+needing|(?:don'?t|dont|do\\s+not)\\s+(?:suppose|think|imagine|expect)\\s+i'?ll\\s+be\\s+needing|(?:won'?t|wont|will\\s+not)\\s+need)\\s+(?:them|it|any\\s+of\\s+(?:it|them|this)|my\\s+\\p{L}+|anything|those)(?:\\s+(?:where\\s+i'?m\\s+going|now|any\\s?more|any\\s+longer|much\\s+longer|after\\s+this|soon))?(?=\\s*(?:[.!,;…]|$))(?<=(?:be\\s+needing|where\\s+i'?m\\s+going)[^.!?\\n]{0,40})${NOT_MOVING}`,
        '{B}(?:went|go|drove|walked|climbed)\\s+(?:up\\s+)?(?:to\\s+)?(?:the\\s+)?top\\s+(?:floor\\s+)?of\\s+(?:the|a)\\s+(?:\\p{L}+\\s+)?(?:car\\s+park|multi-storey|building|tower|bridge|cliffs?)\\b[^.!?\\n]{0,40}?\\b(?:stood\\s+there|looked\\s+down|sat\\s+on\\s+the\\s+(?:edge|wall|ledge))',
        "{B}(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:your|ur|anyone'?s|anybody'?s|everyone'?s)\\s+(?:problem|burden|worry|concern|bother)\\s+(?:for\\s+)?(?:much\\s+longer|for\\s+long|soon)(?![\\p{L}])",
        `{B}(?:nothing|no\\s*one|nobody|nothing\\s+left)\\s+(?:really\\s+)?(?:keeping|holding|to\\s+keep|to\\s+hold)\\s+me\\s+(?:here|alive|going|around|on\\s+this\\s+earth)(?![\\p{L}])${NOT_MOVING}`,
        "{B}(?:it|things|life|everything)\\s+(?:would|will|'?d|'?ll|might)\\s+be\\s+(?:so\\s+|much\\s+|a\\s+lot\\s+|far\\s+)?more\\s+(?:simple|easy|good|peaceful)\\s+for\\s+(?:every(?:one|body|1)|all|my\\s+\\p{L}+|the\\s+family|you|u)\\s+if\\s+i\\s+(?:was|were|'?m|am)\\s+(?:not\\s+(?:here|around|alive)|gone|dead)",
        "{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:a\\s+)?(?:burden|problem|bother|weight)\\s+(?:to|for|on)\\s+(?:anyone|anybody|everyone|everybody)\\s+(?:any\\s?more|any\\s+longer|ever\\s+again)(?![\\p{L}])",
      ].join('|'),
    },
    {
      id: 'end-my-life',
      // "I'll kill myself", "I've thought about ending it all", "I want to disappear for good".
      re: [
        '{B}kill(?:ing|ed)?\\s+my\\s?self',
        '{B}end(?:ing|ed)?\\s+(?:my\\s+(?:own\\s+)?life|it\\s+all|everything\\s+for\\s+good|my\\s+existence)',
        '{B}tak(?:e|ing)\\s+my\\s+(?:own\\s+)?life',
        '{B}suicid(?:e|al)(?!\\s+squad)',
        '{B}(?:look(?:ing|ed)?\\s+up|googl(?:e|ed|ing)|search(?:ed|ing)?(?:\\s+for)?|research(?:ed|ing)?|read(?:ing)?\\s+about)\\s+(?:ways|how|the\\s+best\\s+way)\\s+to\\s+(?:end\\s+it|die|kill\\s+myself|do\\s+it|end\\s+my\\s+life|not\\s+wake\\s+up)',
        "{B}if\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|leave|go|marry|choose|stay\\s+with)\\b[^.!?\\n]{0,40}?\\b(?:i'?ll|i\\s+will|ill|i'?m\\s+going\\s+to)\\s+end\\s+it(?:\\s+all)?(?=\\s*(?:[.!,;…]|$))",
        "{B}(?:can'?t|cant|cannot)\\s+do\\s+(?:this\\s+)?life(?:\\s+any\\s?more)?(?![\\p{L}])",
        '{B}want\\s+(?:the|this|all\\s+(?:the|this))\\s+pain\\s+to\\s+(?:stop|end)\\s+(?:forever|for\\s+good|permanently)',
        "{B}(?:thought|thinking|think|planned|planning|worked\\s+out|figured\\s+out)\\s+(?:about\\s+)?how\\s+(?:i'?d|i\\s+would|i\\s+could|i'?ll|i\\s+will|to)\\s+do\\s+it(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:thought|thinking|think|dream(?:ing|t|ed)?)\\s+(?:about|of)\\s+(?:jumping|overdosing|taking\\s+(?:all\\s+)?(?:the|my|those)\\s+(?:pills|tablets)|not\\s+waking\\s+up|dying)(?![\\p{L}])(?!\\s+(?:my|your|our)\\s+hair\\b)',
        '{B}(?:my\\s+(?:final\\s+|last\\s+)?goodbye|goodbye),?\\s+(?:to\\s+(?:you\\s+and\\s+)?(?:to\\s+)?)?(?:everything|everyone|the\\s+world|this\\s+world|life)(?![\\p{L}])',
        '{B}self[- ]?harm(?:ing|ed)?',
        '{B}(?:kms|kys\\s+myself|unaliv(?:e|ing|ed)\\s+my\\s?self|off(?:ing)?\\s+my\\s?self)(?![\\p{L}])',
        // Thinking about it: "I've thought about ending it", "I keep thinking about ending it".
        '{B}(?:feel|felt|feeling)\\s+like\\s+(?:just\\s+)?ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))',
        "{B}(?:i'?ve|i\\s+have|been|keep|kept|started|start|can'?t\\s+stop)\\s+(?:\\p{L}+\\s+)?(?:thought|thinking|think)\\s+(?:about|of)\\s+ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))",
        // Means: pills saved up, a way out that is death, the method.
        '{B}(?:sav(?:e|ed|ing)\\s+up|hoard(?:ed|ing)?|stockpil(?:e|ed|ing)|collect(?:ed|ing)|stock(?:ed|ing)\\s+up\\s+on)\\s+(?:all\\s+)?(?:my\\s+|the\\s+|some\\s+)?(?:pills|tablets|meds|medication|painkillers|sleeping\\s+(?:pills|tablets)|paracetamol)',
        '{B}(?:only|one|no\\s+other|the)\\s+way\\s+out\\s+(?:is|would\\s+be|left\\s+is|i\\s+can\\s+see\\s+is)\\s+(?:to\\s+)?(?:die|death|dying|ending\\s+it|end\\s+it)|{B}(?:no|any|a)\\s+way\\s+out\\s+(?:except|but|other\\s+than|apart\\s+from)\\s+(?:ending\\s+it|to\\s+end\\s+it|dying|death|to\\s+die)',
        '{B}(?:want|wanna|going|gonna|thinking|thought|think|dream(?:ing|t|ed)?|tempted|planning|plan)(?:\\s+(?:to|about|of))?\\s+(?:just\\s+)?(?:jump(?:ing)?\\s+(?:off|from|in\\s+front\\s+of)\\s+(?:a|the|my|that)\\s+(?:bridge|building|roof|train|balcony|tower|overpass|car)|throw(?:ing)?\\s+myself\\s+(?:off|under|in\\s+front\\s+of)|overdos(?:e|ing)|driv(?:e|ing)\\s+(?:my\\s+car\\s+)?(?:off\\s+(?:a|the)\\s+(?:road|bridge|cliff)|into\\s+(?:a|the)\\s+(?:wall|tree|river|sea)))',
        '{B}(?:wr(?:ote|itten|iting)|left|leaving|leave)\\s+(?:my\\s+|the\\s+|a\\s+few\\s+|some\\s+)?(?:goodbye|farewell|suicide)\\s+(?:letters|notes)|{B}(?:goodbye|farewell)\\s+(?:letters?|notes?)\\s+(?:to|for)\\s+(?:everyone|my\\s+(?:family|kids|children|parents|mum|mom|dad|friends|sister|brother))|{B}suicide\\s+note',
        "{B}by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find)\\s+(?:this|my\\s+letter|it),?\\s+i(?:'ll|\\s+will|'d|\\s+would|ll)\\s+(?:already\\s+)?(?:be\\s+(?:gone|dead|at\\s+peace)|have\\s+(?:gone|left\\s+this\\s+world|done\\s+it))(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:start(?:ed)?|been|keep|kept|back\\s+to)\\s+cutting(?:\\s+myself|\\s+again(?=\\s*(?:[.!,;…]|$)))',
        `{B}(?:want|wish|need)\\s+(?:it\\s+all|it(?=\\s+to\\s+(?:just\\s+)?(?:end|be\\s+over|stop)\\s*(?:[.!?…]|$))|everything|all\\s+of\\s+(?:it|this)|my\\s+life)\\s+to\\s+(?:just\\s+)?(?:end|be\\s+over|stop)${ENDS}`,
        "{B}(?:want|wanna|going|gonna|tempted|thinking|thought|urges?|feel\\s+like|started|been|keep|afraid|scared)(?:\\s+(?:to|about|of|that|i'?ll|i\\s+will|i\\s+might))?\\s+(?:hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?)\\s+my\\s?self",
        '{B}(?:disappear|vanish)(?:ing)?\\s+(?:forever|for\\s+good|for\\s+ever|permanently|from\\s+(?:this|the)\\s+(?:world|earth|planet)|and\\s+never\\s+(?:come|coming)\\s+back)',
        `{B}(?:want|wanna|wanted|wish\\s+i\\s+could)\\s+(?:to\\s+)?(?:just\\s+)?disappear${ENDS}`,
        "{B}giv(?:e|ing|en)\\s+(?:all\\s+|most\\s+)?(?:of\\s+)?my\\s+(?:things|stuff|belongings|possessions)\\s+away(?=[^.!?\\n]{0,40}?\\b(?:won'?t|wont|will\\s+not|don'?t|dont)\\s+need)",
        "{B}(?:won'?t|wont|will\\s+not)\\s+need\\s+(?:them|it|my\\s+things|anything|any\\s+of\\s+it)\\s+(?:any\\s?more|any\\s+longer|where\\s+i'?m\\s+going|much\\s+longer|soon)",
        "{B}(?:won'?t|wont|will\\s+not)\\s+be\\s+(?:here|around|alive)\\s+(?:much\\s+longer|for\\s+(?:much\\s+)?long(?:er)?|by\\s+the\\s+time\\s+(?:you|u)\\s+(?:read|get|receive|open|find)\\s+(?:this|my\\s+letter|it))",
        `{B}tired\\s+of\\s+(?:living|being\\s+alive|existing|(?:this\\s+|my\\s+)?life${ENDS})`,
        `{B}done\\s+with\\s+(?:living|(?:this\\s+|my\\s+)?life${ENDS}|being\\s+alive)`,
        `{B}(?:my\\s+)?life\\s+(?:has|holds)\\s+no\\s+(?:meaning|point|purpose|value)(?:\\s+(?:${ANYMORE}|${WITHOUT}\\s+(?:you|u)))?${ENDS}`,
        // Decided: "I've made up my mind, I'm going to end it".
        "{B}(?:decided|made\\s+up\\s+my\\s+mind|i'?m\\s+ready|i\\s+am\\s+ready)\\b[^.!?\\n]{0,30}?\\b(?:to|i'?m\\s+going\\s+to|i\\s+am\\s+going\\s+to|i'?ll|i\\s+will)\\s+end\\s+it(?=\\s*(?:[.!,;…]|$))",
        '{B}(?:thoughts|thinking|thought|think|dreams?)\\s+(?:about|of)\\s+(?:(?:just|simply)\\s+)?(?:not\\s+being\\s+(?:here|alive|around)(?:\\s+any\\s?more)?(?=\\s*(?:[.!?,;…]|$))|no\\s+longer\\s+being\\s+(?:here|alive)|death|ending\\s+it(?:\\s+all)?(?=\\s*(?:[.!?,;…]|$))|suicide)',
      ].join('|'),
    },
  ],
  antipatterns: [
    // "I'd rather die than eat mushrooms": a joke about a chore or a taste.
    '\\brather\\s+(?:die|be\\s+dead)\\s+than\\s+(?:eat|drink|wear|sing|dance|listen\\s+to|sit\\s+through|watch\\s+(?:another|that|the)|go\\s+(?:back\\s+to\\s+)?(?:to\\s+)?(?:work|school|the\\s+gym|ikea|that\\s+(?:pub|party|gym|office))|do\\s+(?:my\\s+)?(?:taxes|homework|the\\s+dishes))\\b',
    // Reassurance and idioms: not a statement of not wanting to live.
    "\\b(?:not|never|n'?t|wont|dont)\\s+(?:going\\s+to\\s+|gonna\\s+|ever\\s+)?(?:kill|hurt|harm)\\s+my\\s?self\\b",
    '\\bnot\\s+suicidal\\b',
    '\\b(?:career|social|political|commercial|financial)\\s+suicide\\b',
    '\\bkill(?:ing|ed)?\\s+my\\s?self\\s+(?:laughing|with\\s+laughter|trying|working)\\b',
    // "I could kill myself for forgetting": annoyance, not intent.
    '\\bcould\\s+(?:\\w+\\s+)?kill\\s+my\\s?self\\s+for\\b',
    '\\b(?:tired\\s+of|done\\s+with)\\s+(?:living|life)\\s+(?:in|with|like|at|on|out\\s+of|of|as)\\b',
  ],
  examples: [
    { flagged: "[[I can't go on living without you]].", pattern: 'not-go-on' },
    { flagged: '[[i cant go on w/o u]]', pattern: 'not-go-on' },
    { flagged: "Honestly, [[I don't want to live anymore]].", pattern: 'not-go-on' },
    { flagged: "[[I don't see the point of living anymore]].", pattern: 'no-point-living' },
    { flagged: "[[Life without you isn't worth living]].", pattern: 'no-point-living' },
    { flagged: '[[What is the point of living without you]]?', pattern: 'no-point-living' },
    { flagged: '[[Some nights I just want to die]].', pattern: 'want-to-die' },
    { flagged: "[[I wish I'd never been born]].", pattern: 'want-to-die' },
    { flagged: '[[Everyone would be better off without me]].', pattern: 'better-off-without-me' },
    { flagged: 'honestly, [[my family would be better off w/o me]]', pattern: 'better-off-without-me' },
    { flagged: '[[I want to disappear for good]].', pattern: 'end-my-life' },
    { flagged: "[[I'd rather be dead than watch you marry him]].", pattern: 'want-to-die' },
    { flagged: "[[I won't survive without you]].", pattern: 'want-to-die' },
    { flagged: "[[Without you I don't want to live]].", pattern: 'not-go-on' },
    { flagged: '[[Nobody would even miss me if I was gone]].', pattern: 'better-off-without-me' },
    { flagged: '[[I keep thinking about jumping]].', pattern: 'end-my-life' },
    { flagged: "[[I've been thinking about ending it all]].", pattern: 'end-my-life' },
    { flagged: 'If you leave, [[I will kill myself]].', pattern: 'end-my-life' },
    { flagged: "[[I don't want to wake up tomorrow]].", pattern: 'not-go-on' },
    { flagged: "[[I don't think I can keep going much longer]].", pattern: 'not-go-on' },
    { flagged: "[[I'd be better off dead]].", pattern: 'want-to-die' },
    { flagged: '[[The world would be a better place without me]].', pattern: 'better-off-without-me' },
    { flagged: "[[I've been saving up my sleeping pills]].", pattern: 'end-my-life' },
    { flagged: '[[By the time you read this, I will be gone]].', pattern: 'end-my-life' },
    { flagged: '[[i wanna kms]]', pattern: 'end-my-life' },
    { flagged: '[[There is no reason for me to continue living]].', pattern: 'no-point-living' },
    {
      flagged: '[[I keep thinking everyone would be happier if I was gone]].',
      pattern: 'better-off-without-me',
    },
    { flagged: '[[I am tired of this life]].', pattern: 'end-my-life' },
    { flagged: "[[I've had dark thoughts about not being here]].", pattern: 'end-my-life' },
    { flagged: "[[I've made up my mind, I'm going to end it]].", pattern: 'end-my-life' },
    {
      flagged: '[[Some days it would be easier if I just never woke up]].',
      pattern: 'better-off-without-me',
    },
    { flagged: "[[My kids would be better off if I didn't wake up]].", pattern: 'better-off-without-me' },
    { flagged: "[[I'd sooner be in my grave than see you with him]].", pattern: 'want-to-die' },
    { flagged: "[[I wish I wasn't alive]].", pattern: 'want-to-die' },
    { flagged: '[[Death would be a relief at this point]].', pattern: 'want-to-die' },
    { flagged: "[[I've put my affairs in order this week]].", pattern: 'not-here-long' },
    {
      flagged: "[[I've left a note for my brother in case I'm not around much longer]].",
      pattern: 'not-here-long',
    },
    { flagged: "[[I don't think I'll still be here by Christmas]].", pattern: 'not-here-long' },
    { flagged: '[[Please look after the cat once I am gone]].', pattern: 'not-here-long' },
    {
      flagged: '[[I stood at the edge of the platform for a long time last week]].',
      pattern: 'not-here-long',
    },
    { flagged: "[[There's no future for me]], not now.", pattern: 'not-here-long' },
    { flagged: "[[Soon you won't have to worry about me at all]].", pattern: 'not-here-long' },
    { flagged: '[[idk how much longer i can do this]]', pattern: 'not-go-on' },
    { flagged: "[[I'm not sure I want to be alive anymore]].", pattern: 'not-go-on' },
    { flagged: "[[I don't want to live in a world without you]].", pattern: 'not-go-on' },
    { flagged: '[[Sometimes I picture my own funeral]].', pattern: 'not-here-long' },
    { flagged: '[[Tonight is my last night]].', pattern: 'not-here-long' },
    { flagged: "[[I hugged Dad on Sunday and he doesn't know it was goodbye]].", pattern: 'not-here-long' },
    { flagged: "[[You won't have to put up with me much longer]].", pattern: 'not-here-long' },
    { flagged: "[[I don't care if I live or die]].", pattern: 'not-here-long' },
    { flagged: '[[My parents would cope better without me]].', pattern: 'not-here-long' },
    { flagged: '[[I tried to end it in the spring]].', pattern: 'not-here-long' },
    { flagged: "[[I've got the pills lined up]].", pattern: 'not-here-long' },
    { flagged: "[[I'd be happier dead]].", pattern: 'want-to-die' },
    { flagged: "[[Some nights I pray that I won't wake up]].", pattern: 'want-to-die' },
    { flagged: '[[every1 wud b better off without me]]', pattern: 'better-off-without-me' },
    { flagged: "[[what's the point of anything anymore]]", pattern: 'farewell' },
    { flagged: "[[I've been giving my things away]]; you can have the guitar.", pattern: 'farewell' },
    { flagged: '[[I keep thinking about the bridge near my flat]].', pattern: 'farewell' },
    { flagged: '[[Sometimes I sit in the car in the garage with the engine running]].', pattern: 'farewell' },
    { flagged: "[[Tell my mum I'm sorry]].", pattern: 'farewell' },
    { flagged: "[[I don't see a way out of this anymore]].", pattern: 'farewell' },
    { flagged: "[[by the time you read this it won't matter anymore]]", pattern: 'farewell' },
    { flagged: 'i cant do this anymore, [[im done with everything]]', pattern: 'farewell' },
    { flagged: "[[There's no reason for me to stay around anymore]].", pattern: 'farewell' },
    { flagged: "[[I've thought about ending it more times than I can count]].", pattern: 'farewell' },
    { notFlagged: 'I thought about ending it many times too, before you did.' },
    { flagged: "[[I've written letters to everyone I love]], this is yours.", pattern: 'farewell' },
    { flagged: "[[If I'm gone, please look after my cat]].", pattern: 'farewell' },
    {
      flagged: '[[I wonder if anyone would even notice if I was gone]].',
      pattern: 'farewell',
    },
    { flagged: "[[I'm sorry for what I'm about to do]].", pattern: 'farewell' },
    { flagged: "[[I can't see myself being here much longer]].", pattern: 'farewell' },
    { flagged: "[[I won't be a burden to anyone anymore]].", pattern: 'farewell' },
    { flagged: '[[I just want to go to sleep and not come back]].', pattern: 'farewell' },
    {
      flagged: 'please just answer me, [[i dont think i can get through tonight otherwise]]',
      pattern: 'farewell',
    },
    { flagged: '[[i looked up how many of my tablets it would take last night]]', pattern: 'farewell' },
    { flagged: '[[If anything happens, tell the kids I loved them]], would you.', pattern: 'farewell' },
    { flagged: "[[I'm done, Kai, properly done, with everything, not just us]].", pattern: 'farewell' },
    { flagged: '[[I keep thinking how peaceful it would be to just not wake up]].', pattern: 'farewell' },
    { flagged: '[[I have written letters for my daughters too, just in case]].', pattern: 'farewell' },
    { flagged: "I gave my guitar to Tom, [[I won't be needing it where I'm going]].", pattern: 'farewell' },
    {
      flagged: '[[Some nights I stand on the platform and think about how easy it would be]].',
      pattern: 'farewell',
    },
    { flagged: "[[Won't be your problem much longer anyway]].", pattern: 'farewell' },
    { flagged: "[[Without you there's really nothing keeping me here]].", pattern: 'farewell' },
    { flagged: "I've stopped taking my meds, [[what's the point now]].", pattern: 'farewell' },
    {
      flagged: '[[I went up to the top of the hospital car park last night and stood there a long time]].',
      pattern: 'farewell',
    },
    {
      flagged: '[[Some nights I think it would be more simple for everybody if I was not here anymore]].',
      pattern: 'farewell',
    },
    { notFlagged: "You need to give me an answer, this can't go on." },
    { notFlagged: "I don't think I can get through the shift tonight without coffee." },
    { notFlagged: "There's nothing keeping me here, so I'm moving back to Dublin." },
    { notFlagged: "I sold my bike, I won't be needing it now that I've moved to the city." },
    { notFlagged: 'If anything happens with the flat, tell me and I will sort it.' },
    { notFlagged: 'Give the kids a hug and tell them I love them.' },
    { notFlagged: "What's the point of arguing about who was right?" },
    { notFlagged: 'I gave my old books away to charity when I moved.' },
    { notFlagged: 'I keep thinking about the bridge where we had our first kiss.' },
    { notFlagged: "Tell my mum I'm sorry I missed her birthday, if you see her." },
    { notFlagged: "I don't see a way out of this argument unless we talk." },
    { notFlagged: "By the time you read this I'll be in Leeds with my sister." },
    { notFlagged: "I'm done with drinking, and I'm done with lying." },
    { notFlagged: 'If I am not here on Saturday, the keys are under the mat.' },
    { notFlagged: 'Tonight is my last night in Leeds before the move.' },
    { notFlagged: "I don't care if I win or lose the case." },
    { notFlagged: 'I took a handful of painkillers for my back, as prescribed.' },
    { notFlagged: 'I want this pain to stop, so I am seeing a counsellor.' },
    { notFlagged: "I don't think I'll be here by spring, I'm moving back to Cork." },
    { notFlagged: 'We stood on the bridge in Prague and watched the sunset.' },
    { notFlagged: 'Once I am gone to Canada, the flat is yours.' },
    { notFlagged: "If I don't wake up early, I'll miss the train." },
    { notFlagged: "I've made my peace with the breakup." },
    { notFlagged: "There's no future for me in that job, so I left." },
    { notFlagged: 'I miss you a lot.' },
    { notFlagged: "I can't go on like this, drinking every night and sleeping all day." },
    { notFlagged: "I'm dying to see you again." },
    { notFlagged: 'This job is killing me, but I am getting through it.' },
    { notFlagged: 'I miss you so much it hurts.' },
    { notFlagged: "I'm not going to do anything stupid, I promise, I'm just sad." },
    { notFlagged: "I don't want to live in this city anymore, so I'm moving to Leeds." },
    { notFlagged: "I can't go on pretending that everything is fine between us." },
    { notFlagged: 'I could die of embarrassment when I think of that party.' },
    { notFlagged: "Don't worry, I'm not going to hurt myself." },
    { notFlagged: "I don't see the point of living together if we never talk." },
    { notFlagged: 'Maybe you are better off without me, and I accept that.' },
    { notFlagged: 'I would die for you, you know that.' },
    { notFlagged: 'Nobody would even notice if I left the party early.' },
    { notFlagged: "You can't live without your phone, and I used to tease you about it." },
    { notFlagged: "I've thought about how I would do it differently, and I'd start with listening." },
    { notFlagged: "I'd rather die than eat mushrooms, you know that." },
    { notFlagged: "By the time you read this I'll be in Canada." },
    { notFlagged: "I've been saving up for a trip to Japan." },
    { notFlagged: 'I started cutting back on sugar, like the doctor said.' },
    { notFlagged: "I don't think I can go to the wedding." },
    { notFlagged: "I'm tired of this life in the city, so I'm moving home." },
    { notFlagged: "I can't see any point in carrying on the lease alone." },
    { notFlagged: "I'm done with this life of partying; I've quit drinking." },
  ],
})
