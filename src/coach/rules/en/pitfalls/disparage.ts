// Disparage: belittling the reader's new partner, friends or choices ("He will never make you as happy as
// I did"). Wishing them well ("I hope he treats you well") and owning one's faults ("you deserve better
// than how I treated you", "he would never hurt you like I did") are not flagged. "Nobody will ever love
// you like I do" names no one: it is left to exaggeration.

import { FAINT_PRAISE } from '../../../lexicon/en/indirect.js'
import { MAN_OR_WOMAN, MUM_OR_DAD, PARTNER_INFORMAL, PARTNER_TITLES } from '../../../lexicon/en/people.js'
import { defineRule } from '../define.js'

/**
 * Word edges. The shared {B}/{E} macros use Unicode classes, which V8 compiles slowly under the
 * `iu` flags (about 1 ms per use); these ASCII edges compile in microseconds and suffice for the
 * English keywords they guard.
 */
/**
 * Lets every space in a pattern stretch (" +"). Besides tolerating double spaces, this keeps V8
 * from analysing every path through chains of alternations at compile time, which under the `iu`
 * flags costs milliseconds per pattern.
 */
const sp = (source: string): string => source.replace(/ /g, ' +')

/** Negated a few words earlier ("I'm not saying he isn't good enough"); `n't` and texting forms included. */

/** The new partner, named or as a pronoun ("he", "she", "that guy"). */
const PARTNER = `(?:(?:your|ur) (?:new )?(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fianc[ée]e?|${MAN_OR_WOMAN}|lover|fling|fellow|chap|bloke|fella|gentleman|lady|lad)|(?:that|this) (?:guy|girl|man|woman|dude|person|loser|idiot|clown|fool|fellow|chap|bloke|fella|boy|lad)|he|she)`

/** What a partner gives: love, understanding, happiness. "He'll never hurt you like I did" is no insult. */
const GIVE = String.raw`(?:(?:love|loves|understand|understands|know|knows|care (?:about|for)|cares (?:about|for)|appreciate|get|gets|cherish|support|deserve|treat|fight for|take care of|protect|look at|want|see|hold|adore|value|make|makes)\s+(?:you|u)|be there for (?:you|u)|be (?:as )?(?:good|right|kind) (?:to|for) (?:you|u)|compare|give (?:you|u))`

/** The new partner named outright ("your new bloke", "that fella you're seeing"), not a bare "he" or "she". */
const PARTNER_NAMED = String.raw`(?:(?:your|ur) (?:new )?(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fianc[ée]e?|${MAN_OR_WOMAN}|lad|${PARTNER_INFORMAL})|(?:that|this) (?:new )?(?:guy|girl|man|woman|dude|lad|${PARTNER_INFORMAL}))(?:-to-be)?(?: (?:(?:you'?re|you are|ur|u r|you'?ve been|uve been) (?:seeing|with|dating|going out with|marrying|engaged to|living with)|of (?:yours|urs)))?`

/** A put-down noun: "a complete waste of space", "a useless lump", "an absolute muppet". */
const WASTE_OF_SPACE = String.raw`(?:an?|such an?) (?:(?:complete|total|absolute|utter|useless|right|proper|massive|lazy|spineless|pathetic|sad|bone-idle|great)\s+){0,2}(?:waste of (?:space|oxygen|skin|air|a (?:man|woman|person))|idiot|clown|moron|muppet|numpty|plonker|prat|lump|nobody|loser|halfwit|dead loss|lowlife|deadbeat|sleazebag|slob|joke)(?=\s*(?:[.!,;…]|$)|\s+(?:and|if|as|lol|tbh|honestly|everyone|who|that|to\s+be\s+honest)\b)(?![^.!?\n]{0,40}?\b(?:says?|said|reckons?|thinks?|claims?)\b[^.!?\n]{0,10}?\bbut\s+i\s+(?:don'?t|do\s+not|never|disagree))`

export default defineRule({
  id: 'disparage',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Disparaging their choices',
  summary: "Belittling the reader's new partner, friends or choices.",
  message:
    'This belittles someone or something they chose. They will feel they must defend it, and you along with your letter will be on the other side. Respect their choices, and speak about what you offer rather than what others lack.',
  patterns: [
    {
      id: 'never-like-me',
      // "He will never make you as happy as I did", "No one will love you like I do".
      re: sp(
        String.raw`(?:{WB}${PARTNER}(?:'ll|'s)?{NOT_NEGATED_WORD}\s+(?:(?:will|would|could|can|does|did|do|is|has|really|truly)\s+)?(?:(?:will|would|could|can|does|did|do|is|has)\s+(?:never|not)|won'?t|wont|can'?t|cant|cannot|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|couldn'?t|couldnt|never)\s+(?:(?:ever|really|truly|even|be able to)\s+)*${GIVE})[^.!?\n]{0,50}?{WB}(?:(?:like|as|the way|the same way)\s+(?:(?:much|well|happy|deeply|good|well|i|me)\s+(?:as\s+)?)?(?:i|me)(?:\s+(?:do|did|can|could|would|have|ever|always))?|what (?:we had|we have|we shared|i gave (?:you|u)|i (?:can|could) give (?:you|u))){WE}`,
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'not-good-enough',
      // "He's not good enough for you", "She doesn't deserve you", "you can do better than him", "he's just a rebound".
      re: sp(
        String.raw`{WB}${PARTNER}{NOT_NEGATED_WORD}(?:'s|'re|\s+is|\s+are|\s+was)?\s*(?:not|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt)\s+(?:(?:even|really|just|simply)\s+)?(?:good enough|right for (?:you|u)|worthy of (?:you|u)|worth (?:it|you|your time)|the one for (?:you|u)|for (?:you|u)|your type|half the){WE}|{WB}${PARTNER}{NOT_NEGATED_WORD}(?:'s|'re| is| are| was|s)\s+(?:(?:just|only|clearly|obviously|really|so|such|nothing but|simply)\s+)*(?:a (?:rebound|phase|distraction|loser|joke|downgrade|placeholder|step down|nobody|mistake|fling)|beneath (?:you|u)|(?:boring|fake|toxic|shallow|bad|wrong) (?:for (?:you|u)|person)|using (?:you|u)|no good for (?:you|u)|out of (?:his|her|their) league){WE}|{WB}${PARTNER}{NOT_NEGATED_WORD} (?:doesn'?t|does not|doesnt|will never|won'?t|could never|can'?t|cannot|never will|don'?t|do not|dont) (?:even |really )?(?:deserve|appreciate|value|understand|know|respect|love|care about|see) (?:you|u){WE}|{WB}${PARTNER} (?:can'?t|cannot|couldn'?t|doesn'?t|does not) even [a-z]+{WE}|{WB}(?:he|she)(?:'s| is) (?:just )?(?:a|an) (?:sad|pathetic|boring|sad little|middle-aged|old|bald|fat|ugly|dull|basic|creepy|sleazy|total|complete)(?: \w+)? (?:man|guy|bloke|dude|woman|girl|loser|idiot|nobody|clown|joke){WE}{WE}|{WB}(?:than|for|with|over) some (?:guy|girl|bloke|dude|random|kid|loser|idiot|clown){WE}|{WB}(?:nice enough(?:,? (?:if|but|though|i suppose|i guess)\b[^.!?\n]{0,30}?(?=\s*[.!?;\n]|$))?|fine for now|not the kind of (?:${MAN_OR_WOMAN}|person) (?:you|u) (?:marry|settle down with|end up with|build a life with)|(?:very |really )?good at pretending|nothing going for (?:him|her|them)|if (?:you|u) like (?:boring|that sort|that kind|that type|that sort of thing)|if (?:you'?re|you are|ur|u r|youre) into (?:that|this|those) (?:sort|kind|type)s? of (?:thing|things|guy|girl|bloke|person|people|crowd|look)(?=\s*(?:[.!;…]|$|lol|haha))){WE}|{WB}(?:hope|hoping) (?:he'?s|she'?s|they'?re|he is|she is|he was|she was) worth (?:it|all|the|losing){WE}|{WB}i'?m sure (?:she|he|they|[a-z]+)(?:'s| is|'re| are) (?:(?:very|really|so|just)\s+)?(?:good|great|brilliant|excellent|wonderful|fantastic|lovely) at pretending{WE}|{WB}(?:you|u) (?:can|could|deserve to) do (?:so much |much |a lot |way )?better than (?:him|her|them|that|this|${PARTNER}){WE}|{WB}(?:you|u) deserve (?:so much |much |a lot |way )?(?:better|more|someone better) than (?:him|her|them|that|this|what (?:he|she|they)|${PARTNER}){WE}|{WB}(?:he|she)(?:'s| is) unworthy of (?:you|u){WE}|{WB}${PARTNER} (?:will|'ll|could|can) never be (?:half )?the (?:man|woman|person|partner) (?:i am|i was|i'?m|you deserve){WE}|{WB}${PARTNER}(?:'s| is| are)? (?:only |just )?(?:after|in it for) (?:your|ur) (?:money|house|flat|car|status|looks|body){WE}`,
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'wrong-choice',
      // "You're making a huge mistake", "leaving me was the biggest mistake of your life", "your so-called friends".
      re: sp(
        String.raw`{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|really|clearly|only)\s+)?(?:making (?:a|the|such a) (?:(?:huge|big|terrible|grave|massive|biggest|worst)\s+)?mistake|settling(?=\s*(?:[.!,;\n]|$)| for (?:less|him|her|them|second best|someone|somebody|a (?:${MAN_OR_WOMAN}|bloke)|the first))|wasting (?:your|ur) (?:time|life|years|talent|potential|youth)|throwing (?:your|ur) (?:life|future) away){WE}|{WB}(?:leaving me|choosing (?:him|her|them)|dating (?:him|her|them)|being with (?:him|her|them)|moving (?:in|away|out)(?: with (?:him|her|them))?|breaking up with me) (?:is|was|will be|would be) (?:a|the|your) (?:(?:huge|big|terrible|biggest|worst)\s+)?mistake{WE}|{WB}(?:{YOU}) (?:made|are making|'re making) the wrong (?:choice|decision){WE}|{WB}what (?:do|did|can) (?:{YOU}) (?:even |possibly )?see in (?:him|her|them){WE}|{WB}i can'?t believe (?:{YOURE}) (?:with|dating|seeing|marrying|engaged to) (?:him|her|them|that){WE}|{WB}(?:your|ur) (?:so[- ]called )?friends (?:are|were) (?:fake|toxic|jealous|a bad influence|bad for (?:you|u)|using (?:you|u)|liars|idiots|losers|snakes|never your friends){WE}|{WB}(?:your|ur) so[- ]called (?:friends|boyfriend|girlfriend|partner){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|circle|people|lot)(?: \w+)? (?:are|were|have (?:always )?been|sound|seem|look)(?: like)? (?:so |such |really |always |just )?(?:a bad influence|fake|toxic|shallow|jealous|a nightmare|awful|terrible|snakes|using (?:you|u)|bad news|two-faced|losers|idiots|vultures|clowns|pathetic){WE}|{WB}(?:that|those|the) (?:\w+ )?(?:crowd|lot|gang|people|friends|group) (?:you|u) (?:hang out|spend time|go out|hang around|run around)(?: with)?(?: now)? (?:is|are) (?:so |such |really )?(?:fake|toxic|shallow|awful|terrible|pathetic|a joke|boring){WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:got involved|interfered|came between us|got between us){WE}|{WB}(?:dumbest|stupidest|worst|silliest|most stupid|most ridiculous) (?:decision|mistake|choice|thing) (?:you(?:'ve| have)? ever made|you made|you could make|of your life){WE}|{WB}(?:that|your|this) (?:dead-end|dead end|boring|pointless|stupid|silly|crappy|shitty|useless) (?:job|office|course|degree|city|town|flat|band|hobby|life|career){WE}|{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really|truly|actually) (?:love|want|care about) (?:him|her|them){WE}|{WB}(?:{YOURE}) (?:only|just) (?:with (?:him|her|them)|dating (?:him|her|them)|seeing (?:him|her|them)) (?:to|because|for|out of){WE}|{WB}(?:{YOURE}) (?:just|only) (?:lonely|bored|rebounding|on the rebound|scared of being alone|afraid of being alone){WE}|{WB}(?:does|did|will|would|can) (?:he|she|they) even (?:know|care|get|understand|love|notice|remember|make (?:you|u)|listen){WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:poisoned|turned) (?:you|u) against me{WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister) (?:filled|got (?:in|into)|messed with) (?:your|ur) head{WE}|{WB}(?:go for|end up with|settle for|be with|date|dating|chose|choose|pick|picked|fall for|fell for) (?:someone|somebody|a guy|a girl|a man|a woman) like (?:him|her|that){WE}|{WB}(?:never|can'?t|couldn'?t|didn'?t|wouldn'?t|would never|'d never)\s+(?:(?:have|really|ever|once|quite)\s+)*(?:pictured|imagined|picture|imagine|seen|see|saw) (?:you|u) with (?:someone|somebody|a guy|a girl|a man|a woman|a bloke|a lad) like (?:him|her|that|this){WE}|{WB}(?:he|she)(?:'s| is) (?:just |only |barely )?(?:a (?:kid|boy|child|baby|teenager)|out of (?:school|uni|college)|half your age){WE}|{WB}(?:he|she)(?:'s| is)(?: not| isn'?t) even (?:that |very |remotely )?(?:good-looking|attractive|smart|funny|interesting|nice|clever|cute|pretty|handsome|kind|your type){WE}|{WB}(?:he|she)(?:'ll| will| is going to|'s going to|'s gonna) (?:just )?(?:get bored of (?:you|u)|leave (?:you|u)|cheat on (?:you|u)|dump (?:you|u)|use (?:you|u)|drop (?:you|u)|break (?:your|ur) heart){WE}|{WB}(?:that|your new|this new|your) (?:job|city|place|flat|life|lifestyle|crowd|hobby|course|degree|band|move) (?:is|was|sounds|seems) (?:so |really |pretty |completely |just )?(?:boring|fake|pointless|shallow|a joke|a waste|a mistake|beneath you|ridiculous|stupid|silly|sad|pathetic){WE}|{WB}(?:you'?re|you are|ur) (?:way |far |much |so much )?too good for (?:him|her|them){WE}|{WB}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|brother) (?:never|don'?t|didn'?t) (?:really |even )?(?:cared|care|liked|like|wanted|want|understood|understand) (?:about )?(?:you|u){WE}|{WB}(?:those|these|the) (?:people|idiots|clowns|losers|snakes) (?:you|u) (?:call|consider) (?:friends|your friends|mates){WE}|{WB}(?:i (?:heard|hear)|everyone knows|apparently),? (?:that )?(?:he|she)(?:'s| is| was) (?:a player|a cheat|a cheater|broke|unemployed|still married|a liar|bad news|trouble|using you){WE}|{WB}(?:can'?t|cannot|don'?t|do not|fail to|never will|will never) (?:see|understand|get|fathom) what (?:you|u) see in (?:him|her|them){WE}|{WB}(?:your|ur) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature) (?:decision|choice|move|idea){WE}|{WB}(?:you|u) made (?:a|such a|the most|the) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature|terrible|dreadful) (?:decision|choice|mistake){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'belittle',
      // "She's nothing special", "you downgraded", "your friends are a bunch of idiots".
      re: sp(
        String.raw`{WB}${PARTNER_NAMED}(?:'s| is| was){NOT_NEGATED_WORD} (?:(?:just|honestly|really|basically|literally|frankly)\s+)?${WASTE_OF_SPACE}|{WB}${PARTNER}(?:'s| is){NOT_NEGATED_WORD} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly)\s+){0,2}(?:nothing special|nothing compared to (?:me|us)|got nothing on me|boring as|a bit of a (?:mess|joke|bore)|a joke|so boring|thick as|dull as){WE}|{WB}${PARTNER}(?:'s| is){NOT_NEGATED_WORD} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly|totally|completely)\s+){0,2}(?:boring|fake|shallow|dull|thick|dim|plain|basic|clingy|creepy|sleazy|a loser|a nobody|a creep|a bore)(?=\s*(?:[.!,;]|$| as| and (?:you|u) know))|{WB}(?:(?:he|she)(?:'s| has) got|(?:he|she) has) nothing on me{WE}|{WB}(?:{YOU}) (?:really |seriously |totally )?downgraded{WE}|{WB}(?:{YOU}) (?:traded|swapped|replaced|left|dumped) me (?:in )?for (?:that|someone like (?:him|her|that)|a (?:kid|boy|child|loser|nobody))(?=\s*(?:[.!?,;]|$))|{WB}that (?:new )?(?:guy|girl|man|woman|bloke|boyfriend|girlfriend|fella|lad) of (?:yours|urs) (?:is|was|seems|sounds) (?:such |a total |a complete |just )?(?:a joke|a loser|a clown|an idiot|a nobody|nothing|boring|pathetic){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people) (?:are|were) (?:a bunch of|a pack of|a load of|just a bunch of) (?:idiots|clowns|losers|snakes|morons|fakes|liars|users|children|hypocrites){WE}|{WB}(?:let|letting) (?:them|(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)) (?:poison|turn|brainwash|get inside) (?:you|u|ur|your){WE}|{WB}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)[^.!?\n]{0,40}?(?:poisoned|brainwashed|turned) (?:you|u)(?: against me)?{WE}|{WB}(?:you|u) could do (?:so much |much |way |a lot |far )?better(?=\s*(?:[.!]|$))|{WB}good luck with that one{WE}|{WB}${PARTNER}(?:'s| is)? (?:only |just )?with (?:you|u) (?:for|because of) (?:your|ur) (?:money|house|flat|car|status|looks|body|kids|name){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'sneer',
      // Sneering at the new partner: "pleasant enough, if you like…", "so basic", "still lives with his mum",
      // "the personality of a wet sock", "I doubt he'll ever understand your music the way I did".
      re: sp(
        String.raw`{WB}(?:he|she|${PARTNER}|the (?:lad|guy|bloke|fella|man|girl|woman|dude|boy|chap)|who)(?:'s| is)?[^.!?\n]{0,30}? still lives? (?:at home )?(?:with|w/?|wiv|off) (?:his|her|their) (?:mum|mom|mam|mammy|mother|parents|nan|gran|dad|father|folks){WE}(?![^.!?\n]{0,50}?(?:look(?:s|ing)? after|cares? for|caring for|since (?:his|her|their) (?:[a-z]+ )?(?:stroke|fall|illness|diagnosis|operation|surgery)|ill|sick|which is (?:kind|sweet|lovely|good)|bless))|{WB}(?:${PARTNER}|him|her)[^.!?\n]{0,15}?[,-—]? (?:(?:i'?m|i am|i was|was|am|honestly|tbh|really|frankly)\s+)*(?:not (?:very |that |too |exactly |particularly |really )?impressed|unimpressed|underwhelmed)(?! (?:with|by) (?:myself|me)){WE}|{WB}(?:nice|pleasant|decent|fine|sweet|harmless|polite|friendly|good-looking|charming|smart|clever|funny|ok|okay|alright|all right|handsome|pretty|lovely) enough(?:,? (?:i (?:suppose|guess)|i'?m sure|in (?:his|her) (?:own )?way))?,? (?:if (?:you|u)(?:'re| are)? (?:like|into|don'?t mind|want)|i (?:suppose|guess)){WE}|{WB}if (?:you|u)(?:'re| are)? (?:like|into) (?:a|an|men|women|guys|girls|someone|somebody|people|blokes) (?:who|that|with) [^.!?\n]{0,25}?(?:talks?|only|never|can'?t|cannot|still|spends?|thinks?|collects?|loves? (?:himself|herself)){WE}|(?:{WB}${PARTNER}(?:'s| is| was| seems| sounds| looks)|{WB}(?:shes|hes)){NOT_NEGATED_WORD} (?:(?:literally|honestly|just) )?(?:so|such a|literally|painfully|incredibly|really|pretty|kinda|kind of|a bit|honestly|lowkey|deeply|utterly|completely|totally|very|quite|rather|terribly|spectacularly|just) (?:basic|boring|dull|fake|shallow|thick|dim|plain|clingy|creepy|sleazy|cringe|cringey|tacky|trashy|smug|immature|childish|pathetic|lame|insufferable|vain|superficial|tedious|bland|beige|average|ordinary|mediocre|forgettable|try-hard|full of (?:himself|herself)){WE}|{WB}(?:he|she|they|who|${PARTNER}) (?:(?:probably|likely|prolly) (?:couldn'?t|can'?t|cannot|wouldn'?t|could not) (?:even )?|(?:couldn'?t|can'?t|cannot|could not|wouldn'?t) even )(?:name|spell|find|pronounce|point to|read|tell the difference|boil|cook|hold a conversation|string a sentence){WE}|{WB}(?:couldn'?t|can'?t|cannot|wouldn'?t|could not) (?:even )?name (?:one|a single|any)(?![\w ]{0,12}{WB}(?:my|me|i)\b){WE}|{WB}(?:not sure|doubt|can'?t see|don'?t think|don'?t see how|can'?t imagine)[^.!?\n]{0,40}? (?:he|she|they|${PARTNER}|(?:a|some|the) (?:guy|man|girl|woman|bloke|lad|person|fella)[^.!?\n]{0,30}?)(?:'ll| will| would|'d| could| can| is going to| ever)? (?:(?:ever|really|truly|actually) )*(?:(?:understand|love|know|get|appreciate|care for|care about|cherish|see|support) (?:you|u|your|ur)\b|make (?:you|u) (?:laugh|happy|smile|feel))[^.!?\n]{0,30}? (?:the way|like|as (?:much|well) as|as) (?:i|me) (?:do|did|can|could|have|ever|always|used to){WE}|{WB}(?:he|she|${PARTNER})(?:'s| is) (?:just |only )?(?:a|an|some) (?:(?:sad|pathetic|boring|middle-aged|bald|balding|fat|ugly|dull|basic|creepy|sleazy|total|complete|washed-up|jumped-up|glorified|overgrown|spoilt|spoiled|second-rate|smug|tragic) ){1,3}(?:[\w-]+ )?(?:man|guy|bloke|dude|woman|girl|loser|idiot|nobody|clown|joke|boy|lad|kid|child|creep|bore|fella|chap|salesman|accountant|banker|estate agent|tradie|cowboy){WE}|{WB}(?:the|that|one of those) (?:sort|type|kind)(?: of (?:guy|man|bloke|woman|girl|person|lad|fella|dude))? (?:who|that|to)(?:'ll|'d| will| would)?(?: be)? (?:peaks?|peaked|will peak|chasing|chase|cheat|cheating|cheats|leave (?:you|u)|leaving (?:you|u)|get bored|gets bored|drop (?:you|u)|dropping|dump|dumping|stray|straying|look elsewhere|looking elsewhere|use (?:you|u)|using|bail|bailing|ghost|ghosting|trade (?:you|u) in|run off){WE}|{WB}(?:has|had|got|with|the) (?:all )?(?:the )?(?:manners|brains|personality|charm|conversation|depth|intelligence|iq|sense of humou?r|taste|warmth|emotional range|dress sense|charisma|spine) of an?{WE}|{WB}about as (?:interesting|exciting|deep|sharp|bright|fun|smart|clever|charming|lively|warm|funny|romantic|thrilling|useful) as{WE}|{WB}old enough to be (?:your|ur) (?:dad|father|mum|mom|mother|grandad|grandfather|grandma|grandmother){WE}|{WB}(?:a |one )?(?:walking|massive|huge|giant|total|big) red flags?{WE}|{WB}(?:he|she|${PARTNER})(?:'s| is) (?:a |one )?red flag{WE}|{WB}gold[- ]?digg(?:er|ing){WE}|{WB}punching (?:way |well |so far |miles )?above (?:his|her|their) weight{WE}|{WB}(?:can'?t|cant|cannot|could not|couldn'?t) believe (?:{YOU}) (?:left|dumped|traded|replaced|swapped|ditched) me (?:for|with) (?:him|her|them|that|someone like|some(?:one|body) (?:who|that|with)|an? (?:guy|girl|man|woman|bloke|lad|boy|kid|child) (?:who|that|with|half|twice)){WE}|{WB}of all (?:the )?(?:people|men|women|guys|girls|blokes)[^.!?\n]{0,20}?(?:{YOU}|you'?re|u) (?:chose|choose|picked|pick|went for|ended up with|with|dating|date|settled for|fell for){WE}|{WB}what (?:does|do|would|could|can|did) (?:he|she|they|an? [a-z-]+(?: [a-z-]+)?|${PARTNER}) (?:even |possibly |ever |really )(?:know|understand|get) about{WE}|{WB}(?:he|she|${PARTNER})(?:'s| is)(?: (?:just|honestly|such|a bit of|kind of|sort of|basically|nothing but|a total|a complete|an absolute|a right|a bit))* (?:an? )?(?:airhead|bimbo|himbo|meathead|muppet|wet blanket|snob|poser|phoney|phony|fraud|player|pushover|leech|gold ?digger|snake|man-child|manchild|mummy'?s boy|mama'?s boy|daddy'?s girl|nonentity|drip|wimp|twit|plank|knob|prat|moron|sleaze|sleazebag|slimeball|bore){WE}|{WB}${PARTNER}[^.!?\n]{0,10}? (?:looks|sounds|acts|dresses|talks) like (?:he'?s|she'?s|they'?re|a) (?:twelve|fifteen|a child|a kid|a teenager|a schoolboy|a schoolgirl|\d+|still at school|someone'?s dad|his dad|her mum){WE}|{WB}(?:can'?t|cannot|don'?t|do not|fail to|never will|will never) (?:see|understand|get|fathom) what (?:you|u) see in (?:(?:a|that|some|this) (?:${MAN_OR_WOMAN}|bloke|lad|person|one)|someone){WE}|{WB}(?:your|ur) (?:friends|mates|sister|brother|${MUM_OR_DAD}|parents|family|crowd|colleagues)[^.!?\n]{0,60}?(?:they'?re|they are|they were|she'?s|she is|he'?s|he is|she was|he was) (?:(?:so|such|just|all|really|a bit|bloody)\s+)*(?:snobs|snobby|snobbish|poisonous|toxic|vile|leeches|parasites|nasty|jealous|fake|two-faced|bitter|small-minded|controlling|manipulative|a bad influence|bad news|a nightmare){WE}|{WB}(?:all|everything) (?:that )?(?:you|u) could(?:'ve| have) been{WE}|{WB}(?:{YOU}|{YOURE})[^.!?\n]{1,80}?,? (?:what a waste|such a waste|a total waste|a waste of (?:your|ur|a) (?:talent|potential|degree|brain|life|education)){WE}|{WB}(?:he|she|${PARTNER})(?:'s| is| has| has got|'s got)? (?:all talk|all mouth|no substance|nothing (?:upstairs|between (?:his|her) ears)|not the sharpest|not exactly (?:a genius|the brightest|bright|clever|exciting)|no (?:personality|spine|backbone|ambition|conversation|depth|sense of humou?r)|zero (?:personality|ambition|depth)){WE}|{WB}(?:hasn'?t|has not|doesn'?t have|hasn'?t got|does not have) (?:got )?an? (?:romantic|funny|creative|interesting|original|adventurous|spontaneous|kind|generous|curious|intelligent|clever) bone in (?:his|her) body{WE}|{WB}(?:{YOURE}|you'?re) (?:just )?wasting (?:yourself|your (?:time|life|youth|years|talent|love)) (?:on|with) (?:him|her|them|that|this|${PARTNER}){WE}|{WB}(?:he|she|${PARTNER})(?:'ll| will|'s going to|'s gonna| is going to) (?:bore (?:you|u)|drive (?:you|u) mad|suffocate (?:you|u)|hold (?:you|u) back|drag (?:you|u) down|let (?:you|u) down|never (?:be able to )?keep up|tire of (?:you|u)|lose interest){WE}|{WB}i give (?:it|them|you two|you both|you and (?:him|her)|the two of you|that) (?:\w+ )?(?:months?|weeks?|years?|a year){WE}|{WB}(?:he|she|${PARTNER}) (?:can|could) (?:barely|hardly) (?:string|hold|spell|read|count|boil|tie|manage|keep){WE}|{WB}(?:{YOU}) (?:can|could|deserve to) do (?:so much |much |a lot |way |far )?better than (?:(?:a|some|that) (?:guy|man|bloke|girl|woman|lad|person)|someone who){WE}|{WB}thinks? (?:that'?s|that is|it'?s|it is|[a-z]+ing (?:a|his|her) [a-z]+ is) a personality{WE}|{WB}(?:with|has|had|have|'s got|has got|'ve got) more (?:going on upstairs|personality|brains|depth|conversation|charisma|spine) than (?:him|her|them|that|${PARTNER}){WE}|{WB}more going on upstairs{WE}|{WB}(?:that'?s|it'?s|what) (?:a|such a|quite a) (?:step down|downgrade|come-?down){WE}|{WB}(?:he|she|${PARTNER})(?:'ll| will|'d| would)? (?:never|not ever) (?:understand|get|appreciate) (?:your|ur) (?:art|music|work|writing|humou?r|jokes|books|world|passion|painting|poetry|dreams|soul|mind){WE}|{WB}(?:i suppose|i guess),? if (?:you|u)(?:'re| are)? (?:like|into){WE}|{WB}(?:isn'?t|is not|'s not|is no|'s no) (?:exactly )?(?:a |much of a )?catch{WE}|(?<!\b(?:i'?m|im|i am|i was|i've been|i have been|i feel like)(?: [\w-]+){0,2} (?:a|an) ){WB}(?:walking|total|massive|full-blown) (?:midlife crisis|clich[eé]|disaster|car crash|stereotype){WE}|{WB}what an? (?:clown|joke|loser|idiot|bore|creep|tool|muppet|prat|plonker|sleaze|child|snob|fraud|fake) (?:he|she)(?: is|'s)?{WE}|{WB}(?:swapped|traded|replaced|left|dumped|ditched) me for (?:a|some|this|that) (?:guy|man|bloke|girl|woman|lad|kid|person) (?:who|whose|with|that)(?![^.!?\n]{0,60}(?:glad|happy for|well|kind|good to|deserve)){WE}|{WB}${PARTNER}(?:'s| is) (?:just |such |total |nothing but )?(?:bad news|trouble|a red flag|poison|a mess|a disaster|a car crash){WE}|{WB}${PARTNER}(?:'s| is) (?:so |kinda |pretty |lowkey |honestly )?mid{WE}|{WB}(?:i'?m|i am|i feel) (?:so |honestly |a bit |kind of |really )?(?:embarrassed|ashamed) for (?:you|u){WE}|{WB}(?:threw|thrown|throwing|throw) yourself at{WE}|{WB}(?:went|go|gone|ran|jumped|settled|fell) for the (?:first|next) (?:man|guy|bloke|woman|girl|person|lad) (?:who|that|to){WE}|{WB}how (?:original|predictable|clich[eé]d?|typical)(?=\s*(?:[.!]|$))|{WB}of course (?:you'?d|you would|you) (?:pick|choose|go for|end up with|fall for|date) (?:someone|somebody|a (?:guy|man|bloke|girl|woman))(?! (?:kind|good|lovely|nice|who (?:loves|cares|treats))){WE}|{WB}(?:is|'s) (?:he|she) even (?:old enough|out of (?:school|nappies|uni)|legal|an adult){WE}|{WB}(?:couldn'?t|can'?t|could not|cannot) (?:find|fight|think) (?:his|her|their) way out of a paper bag{WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'their-choices',
      // Belittling the reader's choices and people: "quitting your degree was a mistake", "you threw away a
      // perfectly good career", "those friends of yours turned you against me", "you don't love Kevin, you…".
      re: sp(
        String.raw`{WB}(?:quitting|leaving|dropping(?: out(?: of)?)?|moving(?: to| back| away| in)?|taking|giving up|selling|marrying|going back to|switching) (?:your|ur)[^.!?\n]{0,30}? (?:is|was|'s|will be|would be) (?:a|the|such a|your) (?:(?:huge|big|terrible|grave|massive|biggest|worst|real|stupid|silly|dumb) )?mistake{WE}|{WB}(?:was|is|'s) (?:a|the|such a) (?:(?:huge|big|terrible|grave|massive|biggest|worst|real|stupid|silly|dumb) )?mistake,? (?:and|but) (?:{YOU})(?:'ll| will| are going to|'re going to|'re gonna) (?:(?:see|realise|realize|know|understand|figure out) (?:it|that)(?! i)|regret (?:it|that)){WE}|{WB}(?:dumbest|stupidest|worst|silliest|most stupid|most ridiculous|daftest|craziest|maddest) (?:decision|mistake|choice|thing|move|idea) (?:you(?:'ve| have)? ever (?:made|done|had|did)|you(?:'ve| have) (?:made|done)){WE}|{WB}at (?:your|ur) age,? (?:really|seriously)?(?=\s*[?!])|{WB}at (?:thirty|forty|fifty|sixty|\d\d)(?:-\w+)?,? (?:really|seriously)(?=\s*[?!])|{WB}(?:{YOURE}|you'?ve|you have|you|u) (?:now |actually |really )?(?:dating|seeing|marrying|engaged to|moving|moved|quitting|quit|teaching|working|living|selling|chose|choosing|picked|going out with|took|taking) [^.!?\n]{1,60}?,? (?:really|seriously)\s*\?(?!!)|{WB}(?:friends|mates|family|mum|mom|mother|father|dad|sister|brother|parents|cousins?|colleagues|flatmates?|roommates?|crowd|people|lot|she|he|they|friend|bestie|best friend|aunt|uncle)(?: of (?:yours|urs))?[^.!?\n]{0,40}? (?:turned|poisoned|poisons|turns|poisoning|turning|brainwash(?:ed|es|ing)?|manipulat(?:ed|es|ing)|filled|filling|fills|fill|twisted|twisting|twists) (?:(?:you|u) against me|(?:your|ur) (?:head|mind|ears?)|every (?:relationship|friendship)|what we had){WE}|{WB}(?:{YOU}|{YOURE}|you'?ve|you have) (?:just |really |basically |gone and )?(?:threw|thrown|throwing|throw|chucked|chucking|wasted|wasting|blew|blown|blowing) (?:away )?(?:(?:a|your|ur|such a|all (?:your|ur)|that|the) )?(?:(?:perfectly|really|very) )?(?:(?:good|great|brilliant|promising|stable|decent|solid|secure|amazing|whole|entire|real) )?(?:career|job|degree|education|future|talent|potential|scholarship|place at|pension|prospects|training)(?! (?:for|on) (?:me|us)){WE}|{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really |truly |actually )?(?:love|want|like|need) (?!me\b|us\b|it\b|that\b|this\b|to\b|space\b|time\b|a break\b)[\w'-]+(?: [\w'-]+)?,? (?:you|u)(?:'re| are| just| only| love| want| need| like){WE}|{WB}(?:(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|circle|people|lot|sister|brother|mum|mom|mother|parents)|(?:those|these|the) (?:friends|mates|people) of (?:yours|urs))[^.!?\n]{0,60}?(?:are|were|'re|have (?:always )?been|always were)(?: (?:all|just|only|such|so|always|really|a bunch of|a pack of)){0,2} (?:jealous|fake|toxic|shallow|snakes|two-faced|bitter|small-minded|a bad influence|liars|losers|idiots|clowns|users|hypocrites|vultures|pathetic|nasty|poison|vile)(?: people| types| lot| idiots| snakes)?{WE}|{WB}(?:your|ur|that|his|her|their) (?:boring|sad|pathetic|dull|pointless|petty|shabby|miserable|stupid|grubby|pokey|poky|dreary) little (?:life|job|town|flat|world|friends|office|band|shop|boyfriend|girlfriend|man|woman|guy|career|business|hobby|course|project|village|house|suburb|circle|crowd|existence){WE}|{WB}(?:your|ur) (?:${MUM_OR_DAD}|parents|family|sister|brother|friends|mates)(?: still| always| basically| just| pretty much)? (?:(?:runs|run|ran|controls|control|controlled) (?:your|ur) (?:life|whole life|every move|decisions)|makes (?:all )?(?:your|ur) decisions|tells (?:you|u) what to (?:think|do|feel)){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people|sister|brother|mum|mom|mother|colleagues|flatmates)[^.!?\n]{0,20}? (?:only|just) (?:care|cares|cared|think|thinks|thought) (?:about|of) (?:themselves|partying|money|drinking|appearances|looks){WE}|{WB}(?:{YOU}) could(?:'ve| have) been (?:so much more|something|anything|a real|a proper|so much better)(?![^.!?\n]{0,30}? (?:and|but) (?:you|u) (?:are|chose|became|did)){WE}|{WB}(?:(?:those|these|the) (?:people|lot|crowd|friends|mates|girls|guys|lads) (?:at|from|in) (?:your|ur))[^.!?\n]{0,40}? (?:are|were|'re) (?:(?:all|just|only|such|so|always|really|a bunch of) )*(?:jealous|fake|toxic|shallow|snakes|two-faced|bitter|small-minded|a bad influence|liars|losers|idiots|clowns|users|hypocrites|vultures|pathetic|nasty|vile|snobs){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|lot|people|colleagues|flatmates)[^.!?\n]{0,30}?(?:are|were|'re|have (?:always )?been)(?: (?:all|just|only|such|so|always|really)){0,2} (?:a bad crowd|bad news|leeches|parasites|hangers-on|freeloaders|snobs|a bad lot){WE}|{WB}(?:your|ur) (?:sister|brother|${MUM_OR_DAD}|parents|family|friends|mates)[^.!?\n]{0,60}?(?:they'?re|they are|they were|she'?s|she is|he'?s|he is) (?:(?:so|such|just|really|all)\s+)*(?:awful|horrible|terrible|dreadful|cruel|mean|evil|horrid|nasty|vile) (?:people|person|woman|man|lot){WE}|{WB}(?:your|ur) (?:best friend|bestie|friend|mate|sister|brother|${MUM_OR_DAD}|cousin|flatmate|boss) (?:is|was|'s)(?: (?:such|just|a bit of|always been|nothing but|always|still|ever))* (?:an? )?(?:gossip|liar|snake|bully|leech|user|snob|cow|witch|nightmare|control freak|drama queen|busybody|troublemaker|bad influence|fake|two-faced|poisonous|toxic)(?! (?:to|at|when|with|for|about){WE}){WE}|{WB}(?:selling|quitting|leaving|moving|dropping|giving up|taking|going|marrying|buying|retraining|starting)(?!\s+(?:you|u|me){WE})(?=[^.!?\n]{0,50}?{WB}(?:your|ur){WE})[^.!?\n]{1,50}? (?:is|was|'s) (?:(?:just|pure|utter|complete|total|frankly)\s+)?(?:madness|insane|crazy|ridiculous|laughable|embarrassing|pathetic|stupid|a joke|a farce|a disaster){WE}|{WB}(?:{YOU}) (?:quit|left|gave up|walked away from|threw away|ditched) (?:a|your|ur) (?:perfectly )?(?:good|great|decent|brilliant|secure|stable) (?:job|career|flat|house|degree|life|${MAN_OR_WOMAN}) (?:for|to) (?:that|this|him|her|them|some|a)(?![^.!?\n]{0,60}(?:admire|proud|brave|respect|right|good for you|glad)){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people|colleagues|flatmates|roommates|workmates|coworkers|co-workers|team|bandmates|in-laws)[^.!?\n]{0,20}? (?:are|were) (?:such |just |all |always |only )?(?:a bunch|a pack|a load|a gaggle|a herd|a flock) of (?!legends|sweethearts|angels|good|great|fun|lovel|characters|gems|darlings|stars|heroes|sweeties|diamonds)[a-z]+{WE}|{WB}(?:your|ur) (?:new )?(?:job|city|place|flat|life|lifestyle|crowd|hobby|course|degree|band|move|career|town|scene|world)[^.!?\n]{0,25}? (?:is|was|sounds|seems|looks) (?:so |really |pretty |completely |just |a bit |rather )?(?:boring|fake|pointless|shallow|empty|soulless|a joke|a waste|a mistake|beneath you|ridiculous|silly|sad|pathetic|superficial|tacky|dull|meaningless){WE}|{WB}(?:your|ur) (?:friends|mates|family|${MUM_OR_DAD}|parents|sister|brother)(?: \w+)? (?:never|don'?t|didn'?t) (?:really |even |once )?(?:respected|respect|valued|value|supported|support|deserved|deserve|appreciated|appreciate|loved|love) (?:you|u){WE}|{WB}(?:your|ur) (?:best friend|bestie|friend|mate|sister|brother|${MUM_OR_DAD}|cousin|flatmate|boss|family|friends|parents) (?:has|have) (?:always )?been (?:such |a bit of )?(?:an? )?(?:snob|snobs|snobby|gossip|liar|snake|bully|leech|control freak|nightmare|poisonous|toxic|two-faced)(?! to (?:buy|shop)){WE}|{WB}(?:your|ur) (?:sister|brother|${MUM_OR_DAD}|parents|family|friends|mates|best friend|bestie)[^.!?\n]{0,10}? (?:ruined|destroyed|wrecked|broke up|split up|came between|sabotaged|killed) (?:us|our|everything|what we|this){WE}|{WB}(?:the|those|these|that) (?:lads|girls|guys|mates|boys|crowd|lot|gang|people|friends|group|women|men) (?:(?:from|at) (?:your|ur) [a-z]+|(?:you|u) (?:hang|hung|go|went|run|spend|knock|work|live)[^.!?\n]{0,30}?) (?:are|is|were) (?:(?:so|such|just|a|all|total|complete|nothing but)\s+)*(?:joke|jokes|fake|toxic|shallow|losers|idiots|clowns|trouble|bad news|a bad influence|pathetic|awful|children|kids|childish){WE}|(?<=(?:^|[.!?\n])\s{0,3})(?:moving|teaching|quitting|dropping out of|marrying|giving up|selling|packing in|getting engaged to|moving in with|following|leaving) [^.!?\n]{1,60}?(?:for|with) (?:a|some|that) (?:boy|guy|girl|man|woman|bloke|lad|fella|kid|random)(?: [a-z']+){0,5}?,? (?:really|seriously)\s*\?`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'put-down',
      // Sneers said sideways, and the reader told to grow up: "Grow up.", "stop acting like a teenager", "she's
      // pretty, I'll give her that, shame about the personality", "sweet, like a Labrador", "lovely, in a beige sort of
      // way", "seems lovely, if a bit young for you", "the flat looks very... compact", "enjoy your little bar job",
      // "moving to Swindon for him is certainly a choice", "I suppose someone has to study medieval pottery", "of all
      // places", "all teeth and no substance", "he looks about twelve", "idk what u see in her", "your mother put
      // the idea in your head", "it's not love, it's the lifestyle", "you'd settle for someone like that".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:just|so|please|pls|honestly|seriously|oh|and|now|god|for god'?s sake)[,]?\s+){0,2})grow up(?=\s*(?:[.!,;]|$| and| already| a bit| a little))|{WB}(?:(?:it'?s|its|it is) (?:about |high )?time (?:you|u)|(?:you|u) (?:really )?(?:need|needs|should|ought|have) to|when (?:are|will) (?:you|u)|(?:you|u) never) (?:grew|grow) up{WE}|{WB}act (?:your|ur) age{WE}|{WB}(?:(?:you|u)(?:'re| are| were| r)?|stop|quit) (?:act|acted|acting|behave|behaved|behaving) like (?:such )?(?:a |an )?(?:child|kid|baby|teenager|toddler|spoil(?:ed|t) brat|brat|little boy|little girl|schoolgirl|schoolboy|\w+-year-old){WE}|{WB}i'?ll give (?:him|her|them) that,? (?:but|shame|pity|though){WE}|{WB}(?:shame|pity) about (?:the (?:personality|brain|face|conversation|attitude|taste|chat)|his|her|their|everything else){WE}|{WB}like an? (?:labrador|puppy|golden retriever|spaniel|lapdog|sheep){WE}|{WB}in an? (?:beige|boring|bland|vanilla|basic|dull|safe|wet|drab|sensible|middle-management|corporate|forgettable) (?:sort|kind) of way{WE}|{WB}i'?m sure (?:he|she|they)(?:'s| is|'re| are) (?:very |really |perfectly |quite )?(?:lovely|nice|sweet|great|fine|charming|delightful),? (?:in an? |if (?:you|u) like|for an? |i suppose|i guess){WE}|{WB}if a (?:bit|little) (?:too )?(?:young|old|dull|boring|basic|loud|immature|clingy|vain|shallow|dim|thick|much) for (?:you|u){WE}|{WB}(?:too|a bit|rather|very|awfully|quite|so) (?:young|old) for (?:you|u){WE}|{WB}(?:young enough to be (?:your|ur) (?:daughter|son|kid|child)|old enough to be (?:your|ur) (?:dad|father|mum|mom|mother|grandad|grandfather|grandma|grandmother)){WE}|{WB}(?:looks?|seems?|sounds?|is|'s) (?:very|so|quite|rather|really|um+|erm+)\s*(?:\.\.\.|…)\s*[a-z]+|{WB}(?:is|was|'s) (?:certainly|definitely|quite|really|sure) a choice{WE}|{WB}(?:i'?m sure|i suppose|i guess) (?:it|that) makes sense to (?:somebody|someone|you|him|her){WE}|{WB}(?:i suppose|i guess) (?:someone|somebody) (?:has|had) to{WE}|{WB}not everyone (?:is|was|can be) cut out for{WE}|{WB}(?:enjoy|good luck with|have fun with) (?:your|ur) little{WE}|{WB}(?:your|ur) little (?:\w+ )?(?:job|hobby|project|phase|fling|romance|adventure|band|course|boyfriend|girlfriend|crowd|life|gang|clique){WE}|{WB}enjoy (?:it|this|that|him|her|them) while it lasts{WE}|{WB}(?:as|so) (?:deep|smart|clever|interesting|real|genuine|kind|bright) as (?:they|he|she) (?:look|looks|seem|seems|sound|sounds){WE}|{WB}(?:he|she|they)(?:'s| is|'re| are) (?:very|so|awfully|rather|quite) (?:young|old),? (?:isn'?t|aren'?t) (?:she|he|they){WE}|{WB}of all (?:places|jobs|towns|cities|careers){WE}|{WB}of course (?:you'?d|you would|u'?d|you|u) (?:go for|fall for|end up with|choose|date|marry|pick|want) (?:someone|somebody|him|her|a (?:guy|man|bloke|fella|woman|girl|banker|lawyer|doctor|footballer|personal trainer|yoga|younger|older|rich|posh|flashy|boring)|an (?:accountant|older|actor|influencer|estate agent|investment banker)){WE}|{WB}(?:you'?d|you would|u'?d) end up with (?:a|an|someone|somebody|that){WE}|{WB}thinks? [^.!?\n]{1,30}? (?:is|counts as) a personality{WE}|{WB}all [a-z]+ and no (?:substance|brains?|personality|depth|spine|heart|soul|trousers){WE}|{WB}(?:met|known|seen) (?:men|women|guys|girls|blokes|people|lads) like (?!(?:you|u)\b)[a-z]+ before{WE}|{WB}(?:don'?t|dont|do not|idk|can'?t|cant|cannot|never) (?:know |understand |see |get |fathom )?what (?:you|u) (?:even |actually |honestly )?see in (?:him|her|them|that|this){WE}|{WB}what (?:do|did) (?:you|u) (?:even |actually |honestly )?see in (?:him|her|them|that|this){WE}|{WB}(?:he'?s|she'?s|hes|shes|he is|she is|they'?re) not (?:even )?(?:that|very|all that|particularly) (?:pretty|attractive|good-looking|handsome|fit|hot|fun|funny|smart|clever|interesting|special|great|bright){WE}|{WB}(?:they|she|he) never (?:liked|like|approved of) (?:anyone|anybody){WE}|{WB}never (?:thought|think|thinks) (?:anyone|anybody) (?:was|is) good enough{WE}|{WB}(?:talent|gift|knack) for (?:poisoning|ruining|stirring|wrecking|meddling|gossip|drama|spoiling|twisting){WE}|{WB}(?:it'?s|its|that'?s|it is) not (?:love|real|real love|the real thing)(?: with (?:him|her|them|[a-z]+))?,? (?:it'?s|its|just){WE}|{WB}put (?:the idea|ideas|it|that|this|things|rubbish|nonsense|stuff) (?:in|into) (?:your|ur) head{WE}|{WB}more than can be said for (?:him|her|them|(?:your|ur) (?:new )?[a-z]+){WE}|{WB}(?:hope|hoping) (?:it|that|they|he|she|your [a-z]+) keeps? (?:you|u) warm at night{WE}|{WB}(?:dropping|quitting|leaving|moving|becoming|selling|giving up|retraining|marrying|dating)[^.!?\n]{1,40}?,? (?:really|seriously)\s*[?!]|(?<=(?:^|[.!?\n])\s{0,3})(?:a|an) [a-z]+(?: [a-z]+){0,2},? (?:[a-z]+,? )?(?:really|seriously)\s*\?|(?:he|she|they|him|her|(?:new|that|this) (?:man|guy|bloke|fella|boyfriend|girlfriend|bf|gf|woman|girl|partner))[^.!?\n]{0,30}? (?:looks?|seems?|sounds?) (?:about |like (?:he'?s|she'?s|he is|she is|they'?re) )?(?:twelve|12|thirteen|fourteen|fifteen|still at school|in (?:year \w+|primary school|sixth form)|a child|a kid|a teenager|barely legal){WE}|(?:he|she|they|him|her|(?:new|that|this) (?:man|guy|bloke|fella|boyfriend|girlfriend|bf|gf|woman|girl|partner))[^.!?\n]{0,30}? (?:looks?|seems?|sounds?) like (?:a|an) (?:total |complete |right |real |proper |absolute )?(?:creep|loser|idiot|clown|sleaze|sleazebag|weirdo|bore|tool|knob|prat|muppet|joke|twat|dork|child|kid|mummy'?s boy|mama'?s boy|player){WE}|{WB}(?:his|her|their) (?:jokes|taste|clothes|friends|music|car|job|band|art|poetry|cooking|dancing|accent|laugh|hair|tattoos?|beard|outfits|style|chat|banter|posts|photos|instagram|tiktoks?|opinions)(?: \w+)? (?:is|are|was|were) (?:so |just |really |honestly |a bit |kind of |pretty |frankly |genuinely )?(?:embarrassing|cringe|cringey|cringy|awful|terrible|tragic|tacky|pathetic|laughable|ridiculous|dreadful|boring|lame|naff|cheesy|juvenile|a joke){WE}|{WB}(?:crowd|lot|gang|group)[^.!?\n]{0,30}? (?:is|are|'re|were) (?:just |all |such |nothing but )?(?:a bunch|a pack|a load|a gaggle|a herd) of (?!legends|sweethearts|angels|good|great|fun|lovel|characters|gems|darlings|stars|heroes)[a-z]+{WE}|{WB}(?:you|u) used to (?:have|be) (?:ambition|ambitious|dreams|fun|interesting|so much more|a spine|standards|your own mind|opinions|a life|funny|yourself)[^.!?\n]{0,30}?(?:before|until) (?:you|u|him|her|he|she){WE}|{WB}(?:you'?d|you would|u'?d|you|u|you'?re|ur) (?:settle|settled|settling) for (?:someone|somebody|him|her|that|less|second best|so little|a guy|a girl|a man|a woman|whatever){WE}|{WB}(?:he|she|they)(?:'s| is| are|'re) (?:such |a real |a massive |a huge |a serious |a big |a total |quite )?(?:a )?(?:downgrade|step down|comedown){WE}|{WB}(?:he'?s|she'?s|hes|shes|he is|she is) (?:(?:such|just|a total|a complete|a right|an absolute|obviously|clearly|only)\s+)*(?:an? )?(?:gold ?digger|golddigger|user|player|loser|creep|leech|bore|clown|airhead|bimbo|himbo|mummy'?s boy|mama'?s boy|walking red flag|red flag|waste of space|nonentity|wet blanket|manchild|man-child){WE}|{WB}good luck with (?:him|her|them|that(?: one)?)[^.!?\n]{0,10}?,? (?:you'?ll|you will|ull|u'?ll) need it{WE}|{WB}(?:he|she)(?:'s| is| seems| looks)(?: like)? (?:the|that) (?:type|sort|kind) (?:who|that|to)(?:'d| would| will)? (?:cheat|leave|lie|get bored|run|wander|stray|dump|ghost|bail|disappear){WE}|{WB}(?:he|she)(?:'s| is) (?:nothing|not) (?:like )?(?:what )?(?:you|u) deserve{WE}|{WB}(?:you|u) (?:make|made|have|'ve got|always make|keep making)(?: (?:some|such|very|really|so many|so))* (?:stupid|dumb|idiotic|terrible|awful|poor|questionable|ridiculous|bad) (?:choices|decisions|taste|judgement|judgment){WE}|{WB}(?:your|ur) taste in (?:men|women|guys|girls|people|friends|partners) (?:is|has always been|was) (?:awful|terrible|questionable|dreadful|shocking|appalling|bad|poor){WE}|{WB}(?:you|u)(?:'ve| have|'re| are| were)? (?:always )?(?:been )?(?:so |too |very )?(?:easily led|easily influenced|such a pushover|a pushover|so gullible|easily swayed){WE}|{WB}(?:you'?ve|you have|u'?ve|you|u) changed[^.!?\n]{0,60}?not for the better{WE}|{WB}playing (?:house|happy families|mummies and daddies){WE}|{WB}nice of (?:him|her|them|(?:your|ur) [a-z ]{0,20}?) to (?:finally )?(?:let|allow) (?:you|u){WE}|{WB}finally (?:let|lets|allowed?) (?:you|u) out{WE}|{WB}(?:he'?s|she'?s|hes|shes|he is|she is|they'?re|(?:your|ur) (?:new )?[a-z]+ (?:is|isn'?t)) not (?:very|that|exactly|particularly|the most|the sharpest|the brightest) (?:intelligent|bright|smart|clever|interesting|sharp|deep|attractive|good-looking)(?! (?:but|and) i){WE}|{WB}(?:ok|okay|fine|alright|nice|lovely|sweet|pleasant|decent)(?: enough)?,? (?:i suppose |i guess )?if (?:you|u) like (?:guys|men|women|girls|people|someone|that sort|that kind|that type|boring|beige|bland){WE}|{WB}full of (?:pretentious|fake|shallow|boring|snobby|snobbish|stuck-up|posh|horrible|awful|dreadful) (?:people|types|idiots|wankers|snobs|tossers){WE}|{WB}(?:never|not) (?:done|worked) a (?:proper |real |hard |honest )?day'?s work{WE}|{WB}as [a-z]+ as (?:he|she|they) thinks? (?:he|she|they) (?:is|are){WE}|{WB}(?:your|ur) (?:sister|brother|${MUM_OR_DAD}|parents|family|friends?|mates?|best friend|bestie|crowd|new [a-z]+)[^.!?\n]{0,20}? (?:is|are|was|were|has (?:always )?been|have (?:always )?been|'s always been) (?:such |a real |a terrible |a bad |always )?(?:a )?(?:bad influence|bad news|toxic|poison){WE}|{WB}(?:is|'s|was) (?:just |only )?a (?:phase|fad|midlife crisis|mid-life crisis|cry for attention){WE}|{WB}(?:you'?ll|you will|u'?ll) (?:get bored|get tired|give up|quit|drop (?:it|out))[^.!?\n]{0,25}?(?:like (?:everything|always|you always do|all the others|every other)|as usual|soon enough){WE}|{WB}(?:was|is|'s) (?:just |only )?(?:you|u) (?:running away|hiding|having a (?:crisis|meltdown|tantrum)){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'sideways',
      // Sneers said sideways, fourth round: "a bit of a downgrade", "sweet, for someone with no opinions", "your friends
      // were never really your friends", "which is a choice", "a meddling old woman", "filling the gap I left", "a very
      // expensive way of avoiding real life", "her sort always are", "very original", "tiny and sad in the pictures",
      // "you went from me to a man who…", "sure, he's a catch", "wasting your thirties on…", "that's not brave, that's
      // desperate", "lovely, if a bit small", "hardly husband material", "which tells you what kind of friends they are".
      re: sp(
        [
          String.raw`(?<!\b(?:my|i'?m|i am|i was|i)\b[^.!?\n]{0,40}){WB}(?:(?:a )?bit of a|quite a|such a|a real|a massive|a huge|a big|what a) (?:downgrade|step down|come-?down)(?=\s*(?:[,.!?;]|$)|\s+(?:from|isn'?t|no offence|tbh|though|if|for (?:you|u)|there))`,
          String.raw`{WB}(?:sweet|nice|lovely|fine|pleasant|smart|clever|pretty|bright|funny|interesting|charming|handsome|good-looking|decent|attractive|cute),? for (?:someone|somebody|a (?:${MAN_OR_WOMAN}|bloke|lad|person)) (?:with (?:no|zero|so little|nothing)|who (?:can'?t|cannot|never|doesn'?t|has never|still|barely)){WE}`,
          String.raw`{WB}(?:your|ur) (?:so[- ]called )?(?:friends|mates|bestie|best friend) (?:were|are|was|is) never (?:really |truly |actually )?(?:your|ur) (?:friends?|mates?){WE}`,
          String.raw`{WB}(?:which|that)(?: is|'s|s) (?:certainly |definitely |quite |sure )?(?:a|an) (?:(?:bold|interesting|curious|questionable|strange|odd|weird) )?choice(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:your|ur) (?:mother|mum|mom|dad|father|sister|brother|cousin|aunt|auntie|uncle|gran|nan|grandmother|best friend|bestie|flatmate|friends|mates|family|parents)(?: (?:always|still|has always|have always|always has|always have))? (?:was|is|were|are|been|has been|have been)(?: always| still| just| such| a bit of)* (?:an? )?(?:meddling|interfering|nosy|nosey|bitter|spiteful|stuck-up|vindictive|controlling|manipulative|snobbish|smug|self-righteous|judgmental|judgemental|small-minded|petty|vain|spoilt|spoiled|entitled)(?: (?:old|little))?(?: (?:woman|man|cow|bag|witch|busybody|snob|gossip|bully|people|lot|person|types?|brat|hag|harpy|dragon|bat))?{WE}`,
          String.raw`{WB}becom(?:e|es|ing) (?:exactly |precisely )?(?:what|everything|the (?:person|kind of person|type of person|sort of person)) (?:that )?(?:you|u) (?:swore|said|promised|always said|claimed|vowed)(?: (?:that )?(?:you'?d|you would|u'?d|u would))? never (?:be|become){WE}`,
          String.raw`{WB}(?:he|she|(?:your|ur) (?:new )?(?:man|guy|boyfriend|girlfriend|bf|gf|partner|fella|bloke|woman|girl))[^.!?\n]{0,20}? (?:looks|seems|sounds|dresses) like (?:he|she)(?:'?s| is| has|'d| would)? (?:still |never |probably )?(?:irons?|ironed|tucks?|collects?|lives? with (?:his|her) (?:mum|mom|mother|parents)|peaked|has never (?:read|been|had|left)|can'?t|couldn'?t|wears? (?:socks|sandals|crocs|a fedora|cargo)|calls? (?:his|her) (?:mum|mom|mother)){WE}`,
          String.raw`{WB}(?:filling|fill|filled|plugging|plug) (?:the|a) (?:gap|hole|void|space|spot|vacancy) (?:that )?i (?:left|'ve left|have left){WE}|{WB}(?:he|she)(?:'s| is| was)(?: (?:clearly|just|only|obviously|basically|nothing but))* (?:a )?(?:stopgap|stop-gap|sticking plaster|band-?aid|space-filler|seat-warmer){WE}`,
          String.raw`{WB}(?:(?:don'?t|do not|dont) know|no idea|idk|dunno|can'?t imagine|cannot imagine|can'?t work out|never understood|will never understand|can'?t understand) what (?:you|u) (?:even |actually |honestly |possibly )?see in (?:him|her|them|someone|somebody|a (?:${MAN_OR_WOMAN}|bloke|lad)|that (?:${MAN_OR_WOMAN}|bloke|lad|one)){WE}`,
          String.raw`{WB}(?:those|these|the|your|ur) (?:\w+ )?(?:girls|guys|lads|boys|women|men|people|crowd|lot|gang|friends|mates|colleagues) (?:(?:you|u) (?:go out|hang out|hang around|run around|spend time|work|party|drink)(?: with)?(?: now)? )?(?:are|were|'re) (?:all |just |only )?(?:nothing but|a (?:pack|bunch|load|gaggle|gang) of) (?:\w+ )?(?:gossips|snakes|vultures|sheep|leeches|users|posers|fakes|airheads|idiots|clowns|losers|children|kids|hyenas|wannabes|try-hards|drunks|freeloaders|parasites){WE}`,
          String.raw`{WB}(?:your|ur|that|this)(?: new)? (?:[\w-]+ ){0,3}?(?:of (?:yours|urs) )?(?:is|was|sounds like|seems like|looks like) (?:just )?(?:a|an) (?:(?:very|really|pretty|rather) )?(?:(?:expensive|elaborate|fancy|convenient|clever|posh|long-winded) )?(?:way|excuse) (?:of|to|for) (?:avoiding|avoid|running (?:away )?from|hiding from|escaping|putting off|not (?:getting|having|growing)){WE}`,
          String.raw`{WB}(?:he|she)(?:'ll| will|'s going to| is going to|'s gonna) (?:be|get) (?:bored|tired|sick) (?:of|with) (?:you|u){WE}|{WB}(?:his|her|their|that) (?:sort|type|kind) (?:always|never|usually) (?:are|do|does|is|leave|cheat|stray|get bored|move on){WE}`,
          String.raw`{WB}(?:you|u) could(?:'ve| have) been (?:a|an) [\w-]+(?: [\w-]+)?\b[^.!?\n]{0,30}? (?:and )?(?:now|instead) (?:you'?re|you are|ur|u r|look at you){WE}`,
          String.raw`{WB}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|brother|parents|dad|father|cousin|bestie|best friend|flatmate)(?: has| have|'s|'ve)? (?:poisoned|ruined|wrecked|destroyed|spoiled|spoilt|sabotaged) (?:everything|us|our|every|what we|it all){WE}`,
          String.raw`(?<=,\s{0,3})(?:very|how|so|real|really|super) (?:original|predictable|clich[eé]d?|typical|edgy)(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:he|she|hes|shes)(?:'s| is)? (?:not|isn'?t|isnt) even (?:your|ur) type{WE}`,
          String.raw`{WB}i'?m sure (?:he|she|they)(?:'s| is|'re| are) (?:very |really |perfectly |quite )?(?:lovely|nice|sweet|great|fine|charming|delightful),? in (?:that|this|his|her|their) [\w-]+`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:flat|place|house|apartment|town|city|life|job|office|car|street|neighbourhood|neighborhood|village|suburb)(?: [\w-]+){0,3}? (?:looks|looked|seems|seemed|sounds|sounded|is|was) (?:so |really |pretty |a bit |rather |very |kind of )?(?:tiny|sad|grim|depressing|dingy|poky|pokey|soulless|tacky|drab|bleak|cramped|grotty|naff|lifeless)(?: and (?:so |really |a bit )?(?:tiny|sad|grim|depressing|dingy|poky|soulless|tacky|dull|drab|bleak|small|cramped|grotty|lifeless|boring))?(?= in the (?:pictures|photos|pics)|\s*(?:[.!,;]|$)| compared)`,
          String.raw`{WB}(?:went|gone|going|go|moved on|moving on) from me to (?:a|an|some|that|this) (?:[\w-]+ ){0,2}?(?:man|guy|bloke|woman|girl|lad|kid|boy|person|child) (?:who|that|with|whose){WE}`,
          String.raw`{WB}(?:he|she)(?:'ll| will|'s| is)? (?:never be |always be |only ever be |just |only )?(?:more than )?(?:second best|second choice|a consolation prize|the runner-up|plan b|a poor substitute|a cheap copy){WE}`,
          String.raw`{WB}i give (?:him|her) (?:a year|a month|a week|(?:\w+ )?(?:months?|weeks?|years?)){WE}`,
          String.raw`{WB}(?:but )?sure,? (?:he'?s|she'?s|he is|she is) (?:a (?:real )?(?:catch|keeper|prize|winner|gem|genius)){WE}|{WB}(?:picked|chose|found|got|landed|bagged)(?: yourself)? (?:a )?real (?:prize|winner|charmer|gem|piece of work|catch) there{WE}|{WB}(?:he'?s|she'?s|he is|she is) (?:a )?(?:real )?piece of work{WE}`,
          String.raw`{WB}(?:wasting|waste|wasted|throwing away|throw away|threw away) (?:your|ur) (?:twenties|thirties|forties|best years|prime|youth|life|time|looks) (?:on|with) (?:(?:a|an|some|that|this) (?:[\w-]+ ){0,2}?(?:man|guy|bloke|woman|girl|lad|kid|boy|person|loser|clown|idiot)|someone|somebody) (?:who|that|with){WE}`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|lot|colleagues|flatmates|circle|people)(?: [\w-]+){0,2}? (?:are|were|'re) (?:all )?(?:just )?(?:a bunch of |a load of )?(?:trust-fund kids|trust fund kids|rich kids|spoilt brats|spoiled brats|posers|wannabes|try-hards|hipsters|airheads|sheep|yuppies|chavs|bogans|tossers|snobs|freeloaders|drunks|stoners){WE}`,
          String.raw`(?<=\b(?:him|her|he|she)\b[^.!?\n]{0,60})(?:that'?s|thats|it'?s|its|that is) not (?:[\w-]+ ){0,2}?[\w-]+\s*[,;—-]?\s*(?:that'?s|thats|it'?s|its|that is) (?:just )?(?:desperate|desperation|pathetic|madness|reckless|naive|loneliness|insecurity|a rebound|settling|running away|a midlife crisis|a phase){WE}`,
          String.raw`(?<=\b(?:your|ur|he|she|his|her)\b[^.!?\n]{0,40})(?:lovely|nice|great|fine|sweet|cosy|cozy|pleasant|charming|pretty|cute|decent|ok|okay),? if (?:a (?:bit|little|tad)|rather|somewhat|slightly) (?:small|dull|boring|predictable|suburban|beige|ordinary|tame|basic|dim|bland|plain|provincial|small-town){WE}`,
          String.raw`{WB}i'?ll give (?:him|her|them) that,? (?:which is (?:lucky|just as well|handy|convenient|good)|lucky for (?:him|her|them)){WE}`,
          String.raw`{WB}(?:your|ur) (?:bestie|best friend|bff|friend|mate|sister|cousin|flatmate|friends|mates)(?: [\w-]+){0,2}? (?:is|are|'s|'re) (?:literally |honestly |just |really |actually |lowkey |deadass )*(?:so |such )?(?:fake|two-faced|toxic|shady|a snake|a leech|a user|a clown|insufferable)(?= it hurts|\s*(?:[.!,;]|$)| and| lol| lmao| tbh)`,
          String.raw`{WB}(?:is|'s|he'?s|she'?s) (?:hardly|not exactly|far from|never going to be|no) (?:${PARTNER_TITLES}|marriage|partner|father|dad|mum|mother|relationship) material{WE}`,
          String.raw`(?<=\b(?:your|ur|his|her)\b[^.!?\n]{0,80}){WB}(?:tells|shows|says) (?:you )?(?:all (?:you need to know|there is to know) about|everything about|what (?:kind|sort|type) of) (?:friends|people|person|man|woman|family|mates|guy|girl|bloke)(?: they| he| she)?(?: (?:are|is|were|was))?{WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'sideways-2',
      // Second round: "matches your reading level", "gives mummy's boy energy", "aim higher than a PE teacher", "of
      // all the places to throw your life away", "people who peaked in sixth form", "if money's all you want", "your
      // brother's advice got us into this mess", "good luck with the pub quiz champion", "glorified photocopying".
      re: sp(
        [
          String.raw`{WB}(?:matches|suits|is at|at|on|matching) (?:your|ur) (?:reading level|reading age|iq|intellect|mental age|maturity level|emotional age){WE}`,
          String.raw`{WB}(?:he|she|they|him|her|(?:your|ur) (?:new )?[\w-]+) (?:gives|giving|has|have|got) (?:off )?(?:(?:serious|major|big|strong|such|real|total|massive|huge) )?(?:mummy'?s boy|mama'?s boy|creep|creepy|loser|midlife crisis|try-?hard|sleazy|sleaze|red flag|npc|beige|finance bro|crypto bro|divorced dad|serial killer|ick|mid|fake|basic|boring|toxic|man-?child|golden retriever|substitute teacher) (?:energy|vibes?){WE}`,
          String.raw`{WB}(?:you|u)\b[^.!?\n]{0,25}?(?:aim|aimed|aiming|set (?:your|ur) sights) (?:a bit |a lot |much |so much |a little |way )?higher than{WE}|{WB}expected (?:more|better) (?:of|from) (?:you|u) than{WE}`,
          String.raw`{WB}(?:to|and|you'?re|you are|ur) throw(?:ing)? (?:your|ur) (?:life|future|career|talent|youth|twenties|thirties) away{WE}|{WB}of all the (?:places|people|men|women|guys|girls|jobs|towns) to{WE}`,
          String.raw`{WB}(?:kind|sort|type) of (?:people|person|${MAN_OR_WOMAN}|bloke|lad|lot|crowd) (?:who|that) (?:peaked|never grew up|never left (?:school|home|the village|their hometown)){WE}|{WB}(?:he|she|they|who|(?:your|ur) [\w-]+) (?:probably |clearly |obviously |definitely |all )?peaked (?:in|at) (?:school|sixth form|high school|college|uni|university|secondary school|year \w+|primary school|\d+){WE}`,
          String.raw`{WB}(?:he|she|(?:your|ur) (?:new )?(?:man|guy|boyfriend|girlfriend|bf|gf|partner|fella|bloke|woman|girl))[^.!?\n]{0,20}? (?:looks|seems|sounds|dresses|acts|talks) like (?:he|she)(?:'?s| is) still (?:at|in|going to|a|doing|living){WE}`,
          String.raw`{WB}if (?:money|status|looks|a (?:big |nice )?(?:house|car|boat)|cash)(?:'s| is) all (?:you|u) (?:want|care about|need|see){WE}`,
          String.raw`{WB}(?:your|ur) (?:${MUM_OR_DAD}|sister|brother|family|friends|mates|parents|cousin|bestie|best friend)(?:'s|s')? (?:[\w-]+ )?(?:got|put|landed|dragged) us (?:into|in) (?:this|that|the) mess{WE}`,
          String.raw`{WB}good luck with (?:the|that|your|ur) (?:[\w'-]+ ){0,3}?(?:champion|genius|prince|king|queen|catch|winner|hero|legend|prize|charmer|one|specimen)(?=\s*(?:[.!,;]|$))|{WB}good luck with (?:him|her)(?=\s*(?:[.!,;]|$))`,
          String.raw`(?<=\b(?:your|ur|he|she|his|her)\b[^.!?\n]{0,40})(?:is|'s|are|was) (?:basically |just |only |nothing but |really |little more than )?(?:a )?glorified [\w-]+`,
          String.raw`{WB}(?:swapped|traded|exchanged|left) (?:a|an) (?:${MAN_OR_WOMAN}|bloke) with (?:a )?(?:[\w-]+ ){1,2}for (?:a|an|some) (?:${MAN_OR_WOMAN}|bloke|boy|kid) with{WE}`,
          String.raw`(?<!\b(?:my|i|i'?m|mine)\b[^.!?\n]{0,40})(?:isn'?t|is not|'s not) a (?:real )?(?:career|job|profession)\s*,\s*(?:it'?s|it is) (?:a|an|just)(?: [\w-]+)? (?:hobby|phase|excuse|holiday|joke){WE}`,
          String.raw`{WB}(?:his|her|their) (?:[\w-]+ ){0,2}(?:shop|business|band|start-?up|company|career|restaurant|cafe|bar|podcast|channel|bakery|salon|studio|gym|brewery|gallery) (?:won'?t|will not|isn'?t going to) last (?:the year|a year|six months|long|the summer){WE}`,
          String.raw`{WB}(?:your|ur) (?:best mate|best friend|bestie|friends|mates|sister|brother|family) would (?:sell (?:you|u) (?:out|down the river)|stab (?:you|u) in the back|drop (?:you|u)|throw (?:you|u) under the bus){WE}`,
          String.raw`(?<=\b(?:you'?ve|you|u|he'?s|she'?s|he|she) (?:gone|went|going|go) from\b[^.!?\n]{0,60})(?:quite the|what a) (?:journey|transformation|come-?down|change|step down)(?=\s*(?:[.!]|$))`,
          // Eleventh round: mock wonder at the new partner's life ("what with his fascinating job in insurance", "his
          // oh-so-thrilling stories about golf"); the reader's stated need waved away ("dont give me that 'i need space'
          // thing again", "spare me the 'it's not you, it's me' speech"); a choice called less than their best ("not
          // exactly your finest decision", "hardly your brightest move"), not when the writer shares it ("…, and it
          // wasn't mine either").
          String.raw`{WB}what with (?:his|her|their|(?:your|ur) (?:new )?[\w-]+'?s?) (?:(?:oh[- ]so|ever so|terribly|endlessly|truly|very|so)[- ])?(?:fascinating|riveting|thrilling|scintillating|gripping|electrifying|dazzling|glamorous|exciting|exhilarating|mind-blowing|action-packed)(?: [\w-]+){0,2}? (?:job|career|work|life|stories|conversation|chat|personality|hobbies|hobby|friends|opinions|collection|podcast|band|car|family)|{WB}(?:his|her|their) (?:oh[- ]so[- ]|ever so |endlessly |terribly )(?:fascinating|riveting|thrilling|scintillating|gripping|electrifying|dazzling|glamorous|exciting|interesting)(?: [\w-]+){0,2}? (?:job|career|work|life|stories|conversation|chat|personality|hobbies|hobby|friends|opinions|collection|podcast|band){WE}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:and|so|but|oh|just|please|pls|honestly|seriously|look)[,]?\s+){0,2})(?:(?:don'?t|dont|do not) (?:(?:you )?dare )?(?:give|feed|hand|tell|throw) me|spare me|save me|enough (?:of|with)|no more of|cut) (?:that|the|your|ur|this|all that|any of (?:that|your|ur)) (?:(?:old|same|whole|tired|usual|classic|bloody|stupid) )*["'‘“]?(?:i (?:need|needed|want|wanted) (?:some )?(?:space|time|a break|to find myself)|i'?m not ready|it'?s not (?:you|u),? it'?s me|we'?(?:ve| have) grown apart|i need to work on myself|i'?m not in a good place|we want different things|(?:space|time|break|finding myself|not ready|grown apart|different things|work on myself))["'’”]?(?: [\w-]+){0,2}? (?:thing|line|speech|rubbish|crap|excuse|excuses|nonsense|bs|bullshit|routine|act|story|stuff|garbage|cliche|cliché|card|talk|spiel|song and dance)(?: again| any ?more| any longer)?{WE}`,
          String.raw`{WB}(?:not (?:exactly |really |quite )?|hardly |far from |never )(?:your|ur) (?:finest|best|brightest|smartest|wisest|greatest|proudest|cleverest) (?:decision|choice|move|idea|hour|moment|call|plan)(?![^.!?\n]{0,40}?(?:mine|neither|either|nor (?:was|were) (?:i|mine)|we both|both of us)){WE}`,
          // A step taken with the new partner called daft: "Moving in with him after two months is just daft".
          String.raw`{WB}(?:moving in|moving away|moving abroad|moving (?:to|across)|getting engaged|getting married|marrying|having a baby|buying a (?:house|flat|place)|quitting|dropping out)[^.!?\n]{0,30}?{WB}(?:with|to|for) (?:him|her|them|(?:that|this) (?:guy|girl|man|woman|bloke|lad))[^.!?\n]{0,30}? (?:is|was|'s) (?:(?:just|pure|utter|complete|total|frankly|a bit|bloody|so|honestly|absolute)\s+)?(?:daft|stupid|silly|mad|madness|insane|crazy|ridiculous|reckless|naive|naïve|a joke|laughable|bonkers|nuts|idiotic){WE}`,
          // Eleventh round: "She seems nice, in a very forgettable way", "Your friends never wanted us together and they
          // got their way", "Your sister has always been jealous of me", "Well, at least he's tall", "u went from me to
          // HIM??".
          String.raw`{WB}in an? (?:(?:very|rather|quite|kind of|sort of|pretty|really)\s+)?(?:forgettable|beige|boring|bland|vanilla|dull|basic|sensible|unremarkable|middle-management|safe|beige-cardigan|wet) (?:sort of |kind of )?way{WE}`,
          String.raw`{WB}(?:your|ur) (?:friends|mates|sister|brother|mum|mom|mother|dad|father|family|parents|bestie|best friend|crowd)[^.!?\n]{0,40}?(?:,\s*|\s+and\s+|\s+)(?:they|she|he)?\s*(?:(?:finally|have|has|'ve|'s)\s+)*got (?:their|her|his) (?:way|wish)(?: in the end| at last| after all)?(?=\s*(?:[.!,;]|$))|{WB}(?:your|ur) (?:friends|mates|sister|brother|mum|mom|mother|dad|father|family|parents)(?: (?:has|have))? (?:finally )?got what (?:they|she|he) (?:wanted|always wanted|wished for){WE}`,
          String.raw`{WB}(?:your|ur) (?:sister|brother|mum|mom|mother|dad|father|friends?|mates?|family|bestie|best friend|flatmate|cousin)(?: (?:has|have|was|were|is|are|'s))?(?: (?:always|always been|been|just|only ever been|forever))* (?:so )?(?:jealous|envious) of (?:me|us|what we had|our (?:relationship|marriage)){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:well,? |oh well,? |hey,? )?at least (?:he|she|they)(?:'s| is|'re| are) (?:tall|rich|pretty|good-looking|fit|young|handsome|loaded|solvent|employed|house-trained|younger|taller|richer)(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:went|gone|going|go|moved on) from me to (?:him|her|them|that|this)(?=\s*(?:[?!.]|$|lol|lmao|seriously))`,
          String.raw`{WB}trust (?:you|u) to (?:fall for|go for|pick|choose|end up with|date|marry){WE}`,
          String.raw`{WB}(?:embarrassed|ashamed|mortified) to be seen with (?:him|her|them|that|someone like){WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'scorn',
      // Scorn for the new partner, friends or plans, said as idiom or verdict: "couldn't find his own backside with both
      // hands and a map", "not the sharpest tool", "nothing upstairs", "which I suppose is all some men need", "not
      // husband material", "you deserve more than someone who can't hold a job down", "it's a midlife crisis", "not a
      // plan, it's a midlife crisis", "how very original", "you're only with him so you don't have to be alone".
      re: sp(
        [
          String.raw`{WB}(?:couldn'?t|could not|can'?t|cannot) (?:find|organi[sz]e|run|pour|fight)[^.!?\n]{0,40}? (?:with both hands|in a brewery|out of a (?:wet )?paper bag){WE}|{WB}(?:couldn'?t|could not|can'?t|cannot) find (?:his|her|their) own (?:backside|arse|ass|bum|behind){WE}`,
          String.raw`(?<!{WB}(?:i'?m|im|i am|i was|i'?ve never been|i)\s{1,3}(?:(?:not|never|exactly|really)\s{1,3})?)not (?:exactly )?the (?:sharpest|brightest) (?:tool|knife|bulb|crayon|pencil|spark)|{WB}(?:a few|two) (?:sandwiches|bricks|cards|fries|stubbies|tinnies|beers) short of{WE}|(?<!{WB}(?:i|we)\s{1,3})(?:has|have|'s got|got) (?:absolutely )?nothing (?:upstairs|between (?:his|her|their|the) ears){WE}|{WB}(?:thick|dim|dumb) as (?:two short planks|a brick|a plank|mince|a post|rocks|a bag of hammers){WE}|{WB}(?:the )?lights are on but (?:no one|nobody|nobody'?s|no one'?s) home{WE}`,
          `{WB}which (?:i suppose |i guess |apparently |clearly |obviously )?(?:is|was|'s) all (?:some (?:men|women|people|guys|girls|blokes|lads)|(?:you|u)|he|she|they) (?:need|needs|want|wants|care about|cares about|look for|looks for|ever wanted|go for|goes for){WE}`,
          String.raw`(?<!{WB}i\s{1,3}(?:(?:was|am|'m)\s{1,3})?)(?:is|'s|isn'?t|was|wasn'?t|are|aren'?t|were|weren'?t) (?:not )?(?:(?:exactly|really|hardly|never going to be|never|anything like)\s+)?(?:husband|wife|marriage|father|dad|mother|boyfriend|girlfriend|partner|relationship|long-term|keeper) material{WE}`,
          String.raw`{WB}(?:you|u) deserve (?:so much |much |far |a lot |way )?(?:better|more) than (?:him|her|them|that|this|someone|somebody|a (?:man|woman|guy|girl|bloke|boy|lad|fella)|some (?:guy|girl|bloke|fella|lad))(?![^.!?\n]{0,40}(?:like i did|like me|i (?:was|did|gave|am)|from me|than me)){WE}`,
          String.raw`(?<!{WB}(?:i|i'?m|im|my)\s{1,3}[^.!?\n]{0,20})(?:it'?s|that'?s|this is|he'?s|she'?s|its|it is|he is|she is|thats|is|was) (?:(?:just|only|nothing but|obviously|clearly|all|a|totally)\s+)?(?:a |an )?(?:midlife crisis|mid-life crisis|rebound|passing phase|holiday romance|cry for help|fad){WE}`,
          String.raw`,\s*(?:how|very|so) (?:very )?(?:original|predictable|clich[eé]d?|imaginative|creative|tragic|quaint|edgy)(?=\s*(?:[.!]|$))`,
          `(?:{YOURE}) (?:only|just) with (?:him|her|them) (?:so|cos|cause|'cause|to|for|because) (?:(?:you|u) (?:don'?t|do not|dont) (?:have to )?be (?:on (?:your|ur) own|alone|single)|(?:you'?re|you are|ur) (?:lonely|scared|afraid|bored)|(?:the )?(?:money|company|attention|security|house)){WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'scorn-2',
      // Second probe: "wouldn't know loyalty if it bit them", "she is a very ordinary girl", "he's not the one".
      re: sp(
        [
          `{WB}wouldn'?t know (?:[a-z]+ ){1,2}if (?:it|she|he|one) (?:bit|hit|slapped|kicked|smacked) (?:him|her|them|you|u){WE}`,
          `{WB}(?:he|she)(?:'s| is) (?:just )?(?:a )?(?:very |pretty |rather |quite |so |such an? )?(?:ordinary|average|plain|basic|unremarkable|forgettable)(?: (?:girl|guy|man|woman|bloke|lad|lass|fella))?{WE}`,
          String.raw`(?<!{WB}(?:if|whether|maybe|perhaps)\s[^.!?\n]{0,20})(?:{WB}(?:he|she)(?:'s| is) not the one){WE}(?! for me)`,
          // Twelfth round (eval/twelfth/pitfalls12): the new happiness doubted ("I hope he makes you as happy as you think
          // he does", not "…as happy as you deserve"), the shrug at their taste ("Each to their own, I suppose", "There's no
          // accounting for taste", "It takes all sorts, I guess"; not "Each to their own, I'd be terrified of heights").
          String.raw`{WB}(?:makes?|make|made|keeps?) (?:you|u) (?:as|half as|nearly as) happy as (?:you|u) (?:think|thought|pretend|claim|make out|tell everyone|seem to think|want everyone to think|keep saying)(?: (?:he|she|they|it) (?:does|do|did|is|are|will))?{WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|oh|but|anyway|still)[,]?\s+)?)(?:(?:to )?each to (?:their|his|her|your) own|(?:it )?takes all sorts|whatever floats (?:your|ur) boat),? (?:i suppose|i guess|eh|right)(?=\s*(?:[.!…]|$))|{WB}(?:there'?s|there is) no accounting for (?:taste|some people'?s taste){WE}`,
          // Twelfth round: a sneering nickname for the new partner: "Say hi to Mr Perfect for me", "lover boy", "your toy
          // boy" (not "I'm no Prince Charming", not "I'm not Mr Perfect").
          String.raw`(?<!{WB}(?:i'?m|im|i am|i was|i'?ll never be|i will never be|not|no|never)\s+(?:a\s+)?)(?:{WB}(?:mr|mister|miss)\.? (?:perfect|wonderful|fantastic|amazing|big ?shot|moneybags|muscles|popular|perfection|universe|gym|banker|crossfit|golf|charming|fancy|corporate|important|six ?pack|tesla|porsche|know-it-all|boring|nice guy)|{WB}(?:lover ?boy|prince charming|golden boy|pretty boy)|{WB}(?:your|ur|her|his) (?:new )?(?:toy ?boy|boy ?toy|sugar (?:daddy|mummy|mommy)|plaything|little (?:friend|boyfriend|girlfriend|toy)))(?![\p{L}])`,
          // The pair mocked together: "you deserve each other", "you're perfect for each other, honestly, both liars".
          String.raw`{WB}(?:you|u)(?: two| both)? (?:really |truly |honestly )?deserve each other{WE}|{WB}(?:you'?re|you are|ur|u r)(?: two| both)? (?:so |just )?(?:perfect|made|meant) for each other[^.!?\n]{0,25}?{WB}both (?:liars|cheats|cheaters|users|snakes|fakes|losers|selfish|as bad|the same){WE}`,
        ].join('|'),
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'jibe',
      // "bit full of himself but whatever", "He's full of himself" (not "I was full of myself").
      // Twelfth round: the new partner's age mocked in a fragment or a jibe: "Bit young for you, no?", "How's the
      // toddler you're dating?".
      re: sp(
        String.raw`(?:{WB}(?:he'?s|she'?s|he is|she is|hes|shes|(?:your|ur) (?:new )?(?:boyfriend|girlfriend|bf|gf|man|fella|bloke|partner))\s+|(?<=(?:^|[.!?\n,;—])\s{0,3}))(?:(?:a )?(?:bit|little|tad|so|very|really|pretty|rather|a bit|well) )?full of (?:himself|herself|themselves)(?![\p{L}])(?!\s+(?:and\s+)?(?:in a good way|bless|which i love|i love))|(?<=(?:^|[.!?\n])\s{0,3})(?:a )?bit (?:young|old|immature)(?: for (?:you|u)(?:,? (?:no|isn'?t (?:he|she)|eh|surely|innit|right|mate))?|,? (?:maybe|perhaps|eh|innit|like))(?=\s*(?:[.!?…]|$))|{WB}(?:he'?s|she'?s|he is|she is|hes|shes|they'?re|they are)\s+(?:(?:hardly|not exactly|not really|in no position to be|a fine)\s+)?(?:one|the one|the person|the best person)\s+to talk(?![\p{L}])(?!\s+(?:to|about|if|when|with (?:me|you|u|him|them|us|her about))(?![\p{L}]))|{WB}(?:the|that|your|ur) (?:toddler|child|kid|infant|baby|teenager|schoolboy|schoolgirl|pensioner|granddad|grandpa|grandma|granny) (?:you'?re|you are|ur|u r|youre) (?:dating|seeing|with|shagging|sleeping with|going out with){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'faint-sneer',
      // Thirteenth round (probe eval/thirteenth/pitfalls13): the new partner run down by understatement or sarcasm:
      // "He's hardly what you'd call deep", "The lad can't hold a conversation that isn't about his cycling", "hes got a car and a job at his dads firm, what else could u possibly want lol"; the
      // choice mocked ("moving to Galway for him after six weeks, sure that's grand, what could go wrong"); and the
      // sentence "Good luck with that." set after one of them. Not "I'm hardly what you'd call a romantic", "Good luck
      // with the new job!". ("the guy still lives w his mum" is read by 'sneer', which now spares "since her stroke".)
      re: sp(
        [
          String.raw`{WB}(?:he|she|the (?:lad|guy|bloke|fella|man|girl|woman|dude|boy|chap)|${PARTNER_NAMED})(?:'s|s| is| was) (?:hardly|not exactly|not what (?:you'?d|you would|i'?d|i would|anyone would|most people would) call) (?:what (?:you'?d|you would|i'?d|i would|anyone would|most people would) call )?(?:deep|bright|smart|clever|interesting|exciting|a catch|a (?:great |real )?catch|a genius|mature|a gentleman|ambitious|funny|a looker|handsome|pretty|good-looking|stable|reliable|a grown-up|an adult|loyal|faithful|the (?:sharpest|brightest|smartest|deepest|most interesting)(?: [a-z]+)?|a keeper|marriage material|husband material|wife material|an intellectual|a thinker|a conversationalist|mr (?:right|perfect)|miss (?:right|perfect)){WE}`,
          String.raw`{WB}(?:he|she|the (?:lad|guy|bloke|fella|man|girl|woman|dude|boy|chap)|${PARTNER_NAMED}) (?:can'?t|cannot|couldn'?t|could not) (?:even )?(?:hold|string|put|carry|manage) (?:a|two|three|one) (?:conversation|sentence|words|thoughts|coherent [a-z]+)(?: together)?{WE}`,
          String.raw`{WB}(?:he|she|hes|shes)(?:'s| has)? got [^.!?\n]{1,60}?,? what (?:else|more) (?:could|would|can) (?:you|u|a girl|a guy|a woman|a man|anyone) (?:possibly |ever )?(?:want|need|ask for)(?=[^.!?\n]{0,3}(?:lol|haha|lmao|eh|right))`,
          String.raw`(?:{WB}(?:for|with) (?:him|her|them|a (?:man|woman|guy|girl|bloke|fella|lad))|{WB}after (?:six|two|three|four|five|a few|a couple of|[0-9]+) (?:weeks|dates|months))[^.!?\n]{0,60}?,? (?:sure |yeah |oh )?(?:what could (?:possibly )?go wrong|(?:that'?s|thats) (?:grand|smart|wise|sensible|a great idea|a brilliant idea|clever)(?:,? what could (?:possibly )?go wrong)?(?=\s*(?:[.!,]|$)))`,
          // A job or a type made the joke: "I can't believe you left me for an accountant", "She seems nice. For a
          // bartender.", "Honestly, a tattoo artist?"; a standard dropped, a motive alleged, a choice praised through the
          // teeth: "Nice to see you've lowered your standards", "He's obviously only after your money", "Brave, I
          // suppose.", "couldnt u do better than HIM", "He's a bit of a nobody", "It won't last. These things never do.",
          // "Enjoy your life with Mr Gym" (in 'scorn-2'). Not "It won't last forever, this sadness".
          String.raw`{WB}(?:(?:i )?(?:still )?(?:can'?t|cannot|cant) believe|unbelievable|imagine) (?:you|u) (?:left|dumped|ditched|replaced|swapped|traded) (?:me|us) (?:in )?for (?:a|an|some|that|this)(?: [a-z]+)?? (?:bartender|barman|barmaid|barista|waiter|waitress|personal trainer|gym instructor|dj|influencer|youtuber|tiktoker|plumber|estate agent|accountant|banker|footballer|musician|drummer|guitarist|life coach|yoga teacher|student|intern|salesman|car salesman|hairdresser|tattoo artist|lifeguard|bouncer|model|actor|actress|poet|crypto (?:guy|bro|trader)|gamer|golfer|surfer|postman|delivery driver|uber driver|lorry driver|trucker){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})for an? (?:bartender|barman|barmaid|barista|waiter|waitress|personal trainer|gym instructor|dj|influencer|youtuber|tiktoker|plumber|estate agent|accountant|banker|footballer|musician|drummer|guitarist|life coach|yoga teacher|student|intern|salesman|car salesman|hairdresser|tattoo artist|lifeguard|bouncer|model|actor|actress|poet|crypto (?:guy|bro|trader)|gamer|golfer|surfer|postman|delivery driver|uber driver|lorry driver|trucker)(?=\s*(?:[.!…]|$))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:honestly|seriously|really|wow|oh|i mean),? an? (?:bartender|barman|barmaid|barista|waiter|waitress|personal trainer|gym instructor|dj|influencer|youtuber|tiktoker|plumber|estate agent|accountant|banker|footballer|musician|drummer|guitarist|life coach|yoga teacher|student|intern|salesman|car salesman|hairdresser|tattoo artist|lifeguard|bouncer|model|actor|actress|poet|crypto (?:guy|bro|trader)|gamer|golfer|surfer|postman|delivery driver|uber driver|lorry driver|trucker)(?:,? (?:really|seriously|of all people))?(?=\s*(?:[?!.…]|$))|(?<=(?:^|[.!?\n])\s{0,3})an? (?:bartender|barman|barmaid|barista|waiter|waitress|personal trainer|gym instructor|dj|influencer|youtuber|tiktoker|plumber|estate agent|accountant|banker|footballer|musician|drummer|guitarist|life coach|yoga teacher|student|intern|salesman|car salesman|hairdresser|tattoo artist|lifeguard|bouncer|model|actor|actress|poet|crypto (?:guy|bro|trader)|gamer|golfer|surfer|postman|delivery driver|uber driver|lorry driver|trucker),? (?:really|seriously|of all people)(?=\s*(?:[?!.…]|$))`,
          String.raw`{WB}(?:you'?ve|you have|u'?ve|you|u) (?:really |clearly |certainly |finally )?(?:lowered|dropped) (?:your|ur) (?:standards|bar|sights){WE}`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is|s) (?:(?:obviously|clearly|only|just|so)\s+)*(?:after|in it for|with (?:you|u) for) (?:your|ur) (?:money|house|flat|visa|passport|inheritance|savings|car|looks|status|salary){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:brave|bold|interesting|ambitious|a bold choice|a brave choice|one way to do it|a choice),? i (?:suppose|guess)(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:couldn'?t|could not|couldnt) (?:you|u) (?:have )?(?:do|done|find|found) (?:any ?)?(?:better|anyone better|someone better)(?: than (?:him|her|that|this|them))?{WE}|{WB}(?:you|u) could(?:'ve| have| of)? done better than (?:him|her|that|this){WE}`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is|s) (?:a bit of |such |a complete |a total |just |basically )?(?:a )?(?:nobody|nonentity|no-hoper|wet blanket|drip|snooze|walking clich[eé]){WE}`,
          String.raw`{WB}(?:you two|you and (?:him|her)|u two|u and (?:him|her)|(?:it|this|that) (?:with|between) (?:him|her|you two)) (?:won'?t|will not|wont|will never|is never going to|are never going to) last{WE}|(?<=(?:^|[.!?\n])\s{0,3})(?:it|this|that) (?:won'?t|will not|wont) last(?=[.!]?\s{0,3}(?:these things never do|trust me|mark my words|(?:you|u)'?ll see|they never do|it never does))`,
          // More of the same family: "He's twice your age, for god's sake", "Quitting your job to travel is so immature",
          // "That course you're doing is a waste of money", "He's using you", "he looks like a thumb lol", "What do you
          // even talk about with him?", "I hope he's more than a pretty face, for your sake".
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is|s) (?:almost |nearly |literally )?(?:twice|double|half) (?:your|ur) age{WE}(?![^.!?\n]{0,40}?(?:adores|kind|lovely|good (?:man|woman|to you)|happy|and (?:so )?what))`,
          String.raw`{WB}(?:quitting|leaving|moving (?:to|back|in)|dropping|giving up|packing in|selling|taking|going back to)(?: to)? (?:your|ur|that|this|the)[^.!?\n]{0,40}? (?:is|was|seems|sounds|looks) (?:so |really |pretty |a bit |very |just )?(?:immature|childish|stupid|silly|naive|selfish|irresponsible|reckless|ridiculous|pathetic|desperate|a mistake|a joke|a waste(?: of [a-z]+)?){WE}`,
          String.raw`{WB}(?:that|this|your|ur) (?:new |little |stupid )?(?:course|degree|band|business|plan|idea|diet|church|hobby|side hustle|podcast|startup|start-up|venture|masters|phd|retreat|cult)(?: (?:you'?re|you are|ur|u r|you'?ve|you have) (?:doing|taking|starting|running|in|joined|signed up for))? (?:is|was|sounds|seems) (?:(?:a|such a) (?:complete |total |massive |huge )?(?:waste of (?:money|time|space)|joke|scam|mistake|fad|phase|disaster)|(?:so |really |pretty )?(?:pointless|stupid|ridiculous|silly|naive|childish)){WE}`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is|s) (?:(?:just|only|obviously|clearly|so)\s+)*using (?:you|u){WE}`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED}) looks like (?:a|an|some) [a-z]+(?: [a-z]+)?,? ?(?:lol|lmao|haha+|hehe|😂)`,
          String.raw`{WB}what do (?:you|u) (?:even|actually|honestly) (?:talk about|do|have in common) with (?:him|her){WE}`,
          String.raw`{WB}(?:i )?hope (?:he'?s|she'?s|he is|she is|hes|shes) (?:more than|not just) (?:a pretty face|(?:his|her) looks|looks|a six-pack|a nice car|money){WE}`,
          // From the tuning set's misses: "Him? Really? After me?", "He's what, twenty-five? Does he even have his own flat?".
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:him|her|them)\?(?=\s{0,3}(?:really|seriously|honestly|him|her)\?)`,
          String.raw`{WB}(?:he|she)(?:'s| is) what,? (?:(?:like|about) )?(?:eighteen|nineteen|twenty|thirty|forty|fifty|sixty|[0-9]+)(?:-[a-z]+)?(?=\s*\?)`,
          String.raw`{WB}(?:does|has) (?:he|she) (?:even|actually) (?:got|have) (?:a|his|her) (?:own )?(?:flat|place|job|car|licence|license|house|bank account){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})good luck with (?:that|that one|him|her)(?:,? (?:mate|love|lol|haha|hun|then|i guess))?(?=\s*(?:[.…]|$))`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'faint-praise',
      // Fourteenth round (probe eval/fourteenth/pitfalls14): contempt without an insult word: praise through the teeth
      // ("which is more than I can say for her conversation"; a bare "I'll give her that" is a concession, as labeled), "I never pictured you
      // with someone who…", sarcastic interest ("I hear the cul-de-sacs are thrilling"), "Marketing was never really a
      // career", "till the novelty wears off" (lexicon/en/indirect.ts). Not "I never pictured you with someone so
      // outdoorsy, but it suits you", "Your new job sounds thrilling for you".
      re: sp(FAINT_PRAISE),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'flat-jab',
      // Seventeenth round (probe eval/seventeenth/reproach17): the sneer said flat, as faint praise or a shrug: "Jack talks
      // about her all the time, so that's nice", "I'm sure he's very good at spreadsheets", "Moving to Swindon for a call
      // centre job was beneath you", "Good luck with the vegan yoga crowd", "Your friends never liked me and they made
      // sure you didn't either", "Bless him, he does try", "he is not serious man". Not "I'm glad the kids like her, she
      // sounds lovely", "Good luck with the new job".
      re: sp(
        [
          String.raw`(?:{WB}(?:talks?|talking|talked|goes on|going on|went on|bangs on|banging on|raves?|raving|raved|gushes|gushing|gushed|posts?|posting|posted) (?:on )?about (?:him|her|them)(?=[\s,])(?! (?:new|own|job|work|course|flat|house|car|dog|kids|friends|family|mum|dad)\b)(?: [a-z']+){0,4}),? (?:so|and) (?:that'?s|thats|that is) (?:(?:just|really)\s+)?(?:nice|great|fun)(?: for (?:you|u|him|her|them|everyone))?(?:,? (?:i suppose|i guess|then|isn'?t it|eh|innit))?(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:i'?m sure|im sure|no doubt|i bet) (?:he|she|they)(?:'s| is|'re| are) (?:(?:very|really|ever so|terribly|awfully|extremely|super|so)\s+)?(?:good|great|talented|gifted|skilled) (?:at|with) (?:spreadsheets|excel|powerpoint|admin|paperwork|filing|golf|fantasy football|darts|sudoku|crosswords|board games|video games|fifa|selfies|instagram|tiktok|small talk|parking|ironing|karaoke|(?:his|her|their) (?:spreadsheets|golf|selfies|hair|car|gym routine|protein shakes)){WE}`,
          String.raw`{WB}(?:moving|taking|working|dating|marrying|seeing|going out with|settling for|living|staying|(?:that|the|your|ur|this) (?:new )?(?:job|career|course|town|crowd|lot|place))[^.!?\n]{0,50}? (?:is|was|'s|seems|feels|sounds) (?:(?:so|completely|frankly|honestly|a bit|rather|way|totally|just|really|clearly)\s+)?beneath (?:you|u){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})good luck with (?:the|your|ur|that|those|all the) (?:new )?(?:[a-z-]+ ){0,3}(?:crowd|lot|gang|set|bunch|mob|clique|brigade|types)(?=\s*(?:[.,!…]|$))`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|sister|sisters|brother|mum|mom|mother|dad|father|family|parents|flatmates)[^.!?\n]{0,30}?(?:never (?:liked|trusted|wanted|approved of|rated)|(?:didn'?t|did not|never did) (?:like|trust|want|approve of)|hated|couldn'?t stand|always disliked) (?:me|us)[^.!?\n]{0,10}?,? (?:and|so) (?:they |she |he )?(?:made sure|got (?:their|her|his) way|saw to (?:it|that)|did everything|worked on (?:you|u)|talked (?:you|u)){WE}`,
          String.raw`{WB}bless (?:him|her|them)(?: (?:little )?(?:heart|cotton socks))?[,!]? (?:he|she|they) (?:(?:does|do|did|really does|really do|genuinely does) (?:try|his best|her best|their best)|(?:means?|meant) well)(?=\s*(?:[.!…]|$))|{WB}(?:he|she|they) (?:(?:does|do|really does) try(?: (?:his|her|their) best)?|(?:means?|meant) well),? bless (?:him|her|them)(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:,? (?:he|she))?(?:'s| is| was)? not (?:a )?(?:serious|real|proper) (?:man|guy|person|woman|girl|boyfriend|girlfriend|partner)(?=\s*(?:[.!,;…]|$))(?![^.!?\n]{0,3}\s(?:to me|for me))`,
        ].join('|'),
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'choice-jab',
      // Twentieth round (probe eval/twentieth/guilt20-probe): the reader's new life belittled without an insult word:
      // "You're settling and you know it", "You'll get bored of her within a month", "Manchester will chew you up, you're
      // not cut out for a big city", "Your new haircut makes you look like you're trying too hard", "He drives a bus,
      // you used to want more than that", "A master's, when you could be earning", "Climbing now, is it? Last year it
      // was pottery", "What you two have isn't a real relationship", "That flat you've moved into is a shoebox". Not
      // "You're settling in nicely", "You'll love it by Christmas", "I'm not cut out for city life".
      re: sp(
        [
          String.raw`{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|really|clearly|only|totally|basically)\s+)?settling(?: for (?:less|second best))? and (?:(?:you|u) know it|(?:everyone|everybody|we all|all (?:your|ur) friends) (?:knows?|can see)(?: it)?){WE}`,
          String.raw`{WB}(?:{YOU})(?:'ll| will|'re going to| are going to| r gonna|'re gonna| are gonna) (?:(?:soon|so|completely|quickly)\s+)?(?:get bored|be bored|get tired|grow tired|tire|get sick|be sick) (?:of|with) (?:him|her|them|that (?:place|job|flat|town|city|life|crowd|lot)|the (?:novelty|city|town|place|village|suburbs|countryside)|(?:his|her) [a-z]+|playing house|[a-z]+ life){WE}`,
          String.raw`{WB}(?:{YOU})(?:'ll| will|'re going to| are going to|'re gonna| are gonna) (?:(?:soon|so|completely)\s+)?(?:hate|be sick of|be tired of|be bored of|outgrow|grow out of|get bored of|tire of) (?:it|him|her|them|that|the (?:place|flat|job|city|town)|(?:london|leeds|manchester|[a-z]+) life)[^.!?\n]{0,20}? (?:by|within|in|before) (?:christmas|easter|the (?:summer|spring|winter|autumn|new year|end of the (?:year|month))|a (?:month|week|year|fortnight)|(?:two|three|four|six|a few|a couple of) (?:weeks|months|years)|next (?:year|month|summer)){WE}`,
          String.raw`{WB}(?:{YOURE}|he'?s|she'?s|he is|she is) (?:just |simply |really )?not (?:cut out|made|built) for (?:(?:a |the )?(?:big city|city life|london|that (?:job|life|world|place|lifestyle|crowd)|him|her|that|this|it|marriage|country life)){WE}|{WB}(?:[a-z]+|the (?:city|job|place)|that (?:job|place|city|town|crowd)) (?:will|'ll|is going to|is gonna) chew (?:you|u) up{WE}`,
          String.raw`{WB}(?:look|looks|looking|seem|seems|come across|comes across|coming across)(?: like)? (?:(?:you'?re|you are|ur|he'?s|she'?s|he is|she is)\s+)?trying (?:way |a bit |far |so |much )?too hard{WE}|{WB}(?:your|ur|his|her) (?:little |full-blown |classic |obvious )?mid-?life crisis{WE}|{WB}(?:{YOURE}|he'?s|she'?s) (?:clearly |obviously )?(?:having|going through) a (?:bit of a |full-blown |classic )?mid-?life crisis{WE}`,
          String.raw`{WB}(?:{YOU}) (?:always |once |often |used to )?(?:said|say|called|call) (?:it|that place|that town|that city|the place|the town)(?: was| is|'s)? (?:a |an |such a )?(?:[a-z]+ )?(?:hole|dump|shithole|dive|tip|backwater|ghost town|dead end){WE}(?![^.!?\n]{0,40}?(?:loved|love it|adored|fondly|affectionately))`,
          String.raw`{WB}(?:he|she|him|her|that (?:job|place|town|village|city|course|life|crowd|lot|man|woman|guy|girl|bloke)|the (?:job|suburbs|village|countryside)|(?:your|ur) new (?:job|life|place|town|man|woman|boyfriend|girlfriend))(?:'ll| will| is going to| is gonna) bore (?:you|u) (?:to tears|stiff|senseless|to death|rigid|silly){WE}|{WB}(?:terrible|awful|bad|questionable|dodgy|appalling|shocking|rubbish) taste in (?:friends|men|women|blokes|guys|girls|partners|boyfriends|girlfriends){WE}(?![^.!?\n]{0,30}?(?:present company|me included|myself included|including me|case in point|i'?m proof|exhibit a))`,
          String.raw`{WB}(?:{YOU}) used to (?:want|aim for|expect|dream of|hope for) (?:so much |much |a lot |way |far )?(?:more|better|bigger)(?: (?:for yourself|from life))? than (?:that|this|him|her|them|an? [a-z]+){WE}|{WB}(?:{YOU}) used to have (?:better |higher |some )?(?:standards|taste|ambition){WE}`,
          String.raw`{WB}(?:when|while) (?:you|u) could (?:be|have been) (?:earning|working|making (?:money|a living|something of yourself)|doing something (?:useful|real|sensible|proper|worthwhile)){WE}|{WB}instead of (?:getting |finding )?a (?:proper|real) (?:job|career){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:so )?(?:it'?s )?[a-z]+(?: [a-z]+)? now,? is it(?=\s*\?)|{WB}last (?:year|month|week|summer|time) it was [a-z]+(?: [a-z]+)?,? (?:the (?:year|month|week|summer|time) before (?:that )?(?:it was )?|before that (?:it was )?)[a-z]+{WE}|{WB}(?:another|yet another|the latest) (?:phase|fad|craze|obsession) of (?:yours|urs){WE}`,
          String.raw`{WB}(?:what (?:you two|you both|the two of you|you and (?:him|her)|u two) (?:have|had|'ve got)|you two|u two|you and (?:him|her)|(?:your|ur|this|that) (?:new )?(?:relationship|thing with (?:him|her)))(?:'s| is|'re| are)? (?:isn'?t|is not|aren'?t|are not|'s not|isnt|ain'?t|not) (?:even )?(?:a )?real(?: (?:relationship|love|thing|couple))?{WE}(?! to me| yet)`,
          String.raw`{WB}(?:flat|place|house|room|bedsit|town|village|city)(?: (?:you'?ve|you have|you|u)(?: just)? (?:moved (?:into|to)|bought|rented|got|picked|chose(?:n)?))?[^.!?\n]{0,15}? (?:is|'s|sounds|looks)(?: like)? (?:a |an |such a |basically a |literally a )?(?:shoebox|dump|hovel|rabbit hutch|shithole|backwater|ghost town|prison cell){WE}(?![^.!?\n]{0,30}?(?:but we|we loved|i loved|loved it|happiest))`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'partner-jab',
      // Twentieth round (probe eval/twentieth/guilt20-probe): the new partner, or the friends, run down sideways: "He's
      // sweet, in a golden retriever kind of way", "honestly he's not even that good looking", "old enough to be your
      // dad", "Tom couldn't hold down a job, but I'm sure he's changed", "Your sister never liked me and she finally
      // talked you round", "If it weren't for Gemma and her little gang, we'd still be together". Not "He's lovely, in a
      // quiet way", "If it weren't for my drinking, we'd still be together".
      re: sp(
        [
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is| seems| sounds| looks)(?: [a-z]+)? (?:nice|sweet|lovely|fun|kind|pleasant|fine|decent|harmless|cute|handsome|pretty|attractive|clever|smart|funny|interesting|charming|good-looking),? in a (?:golden retriever|puppy|puppy-?dog|labrador|dad|beige|vanilla|basic|bland|boring|dull|simple|harmless|unremarkable|safe|dim|slightly dim|try-hard|substitute teacher|geography teacher|estate agent|car salesman|wet lettuce|[a-z]+ uncle)(?:[- ][a-z]+)? (?:kind|sort) of way{WE}`,
          String.raw`{WB}(?:he|she|hes|shes|${PARTNER_NAMED})(?:'s| is|s)? (?:not|isn'?t|isnt|ain'?t) (?:even )?(?:all that|that|very|particularly|really|even that) (?:good[- ]looking|attractive|pretty|handsome|fit|hot|fanciable|bright|clever|smart|interesting|funny|impressive|special){WE}(?![^.!?\n]{0,30}?(?:to me|but (?:he|she) (?:makes|is|'s)|and that'?s (?:fine|ok|okay)))`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is| seems)[^.!?\n]{0,30}?,? if (?:[a-z]+ ){1,3}(?:is|are|'s) (?:your|ur) (?:thing|type|cup of tea|idea of (?:fun|a good time)){WE}`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|lot|circle|gang|set|boyfriend|girlfriend|partner|fella|bloke|man|woman|in-laws)(?: [a-z]+)? (?:sound|sounds|seem|seems|look|looks|are|is)(?: like)? (?:(?:so|such|really|pretty|a bit|rather|quite|very|incredibly|just)\s+)*(?:exhausting|insufferable|draining|tedious|hard work|annoying|full of (?:themselves|himself|herself)|pretentious|try-hard|cliquey|smug|up (?:themselves|himself|herself)|vapid|snobby|snobbish|stuck-up|clueless){WE}`,
          // Twenty-first round (the lead): the partner kept for their money: "he must be paying for everything".
          String.raw`{WB}(?:he|she|${PARTNER_NAMED})(?: (?:clearly|obviously|surely))? must (?:be|have been) (?:paying for (?:everything|it all|all of it|the lot|all this|all that)|loaded|minted|rolling in it|made of money|a sugar (?:daddy|mummy|mommy))(?![\p{L}])`,
          String.raw`{WB}(?:he|she|${PARTNER_NAMED}) (?:still )?(?:needs|gets|has|lets) (?:his|her) (?:mum|mom|mam|mummy|mommy|mother) (?:to )?(?:do|does|doing|iron|cook|wash|make|pay|buy|cut|pick)(?: (?:his|her|out|up))?{WE}`,
          String.raw`{WB}(?:{YOU})(?:'ve| have)? (?:gone|went) from (?:a|an|me|someone)[^.!?\n]{1,40}? to (?:a|an|some) (?:bloke|guy|lad|man|girl|woman|kid|boy|fella|dude) (?:who|that|with){WE}`,
          String.raw`{WB}(?:your|ur) little (?:friends|mates|bubble|crowd|gang|clique|world|boyfriend|girlfriend|fling|side hustle|hobby|hobbies|adventure|phase|rebound){WE}`,
          String.raw`{WB}(?:he|she|this one|that one) (?:won'?t|will not|wont) last,? (?:none of (?:them|'em) (?:do|did|ever do|ever did|ever last)|they never do|trust me|mark my words|(?:you|u)'?ll see){WE}`,
          String.raw`{WB}(?:marrying|moving in with|getting engaged to|having a baby with|moving (?:to|in)|dating)[^.!?\n]{1,50}? (?:is|was|seems|sounds|'s) (?:(?:a bit|rather|pretty|quite|so|very|really|a little|kind of|kinda)\s+)?(?:desperate|rushed|hasty|premature|impulsive|reckless){WE}(?![^.!?\n]{0,40}?(?:but (?:i'?m|i am) (?:happy|glad)|if it'?s right|good for (?:you|u)|who am i to))`,
          String.raw`{WB}(?:someone|somebody|a (?:man|woman|guy|girl|bloke)) (?:at|more at|closer to|nearer) (?:your|ur) (?:own )?(?:level|intellectual level){WE}`,
          String.raw`{WB}old enough to be (?:your|ur) (?:dad|mum|mom|father|mother|grand(?:dad|ad|pa|father|ma|mother|mum)|uncle|auntie|aunt){WE}|{WB}(?:he|she|${PARTNER_NAMED})(?:'s| is|s) (?:nearly|almost|practically|basically|pushing|well over|like) (?:forty|fifty|sixty|seventy|twelve|nineteen|eighteen|[0-9]{2}),? (?:(?:you|u) (?:do )?(?:know|realise|realize)(?: that)?|do (?:you|u) (?:even )?(?:know|realise|realize)(?: that)?|for (?:god'?s|christ'?s|heaven'?s|pete'?s) sake|lol|haha){WE}`,
          String.raw`{WB}but (?:i'?m sure|im sure|no doubt|i suppose|i guess) (?:he'?s|she'?s|he has|she has|hes|shes) (?:(?:totally|completely|all)\s+)?(?:changed|grown up|matured|different now|a changed (?:man|woman)|turned over a new leaf){WE}(?=\s*(?:[.!…]|$|lol))`,
          String.raw`{NOT_NEGATED_WORD}{WB}(?:your|ur) (?:${MUM_OR_DAD}|mam|mom|parents|family|sister|sisters|brother|friends|mates|crowd|best friend|bestie|flatmates?|nan|gran)[^.!?\n]{0,60}?(?:(?:finally|eventually|always|just)\s+)?(?:talked|brought|won|got) (?:you|u) round(?! to){WE}|{NOT_NEGATED_WORD}{WB}(?:your|ur) (?:${MUM_OR_DAD}|mam|mom|parents|family|sister|brother|friends|mates|crowd|best friend|bestie)[^.!?\n]{0,40}? (?:split us up|broke us up|ended us|ruined (?:us|it|everything|what we had)|talked (?:you|u) (?:into|out of) (?:leaving|dumping|ending|us|me|staying|it)){WE}`,
          String.raw`{WB}if it (?:weren'?t|wasn'?t|were not|was not|had(?:n'?t| not) been) for (?:(?:your|ur) (?:${MUM_OR_DAD}|mam|mom|parents|family|sister|brother|friends|mates|crowd|best friend|bestie|colleagues|flatmates?)|him|her|them|[a-z]+ and (?:her|his|their) (?:[a-z]+ )?(?:gang|mates|friends|crowd|lot|posse|clique|cronies|minions))[^.!?\n,]{0,30}?,? we(?:'d| would)(?: (?:still|probably|definitely|totally))? (?:be (?:together|fine|happy|married|okay|ok|engaged|good)|have (?:made it|worked (?:it|things) out|been fine)|still be){WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'run-down',
      // Twenty-second round (probe eval/twenty-second/mind22-probe): the new partner, the reader's friends or family, or
      // the reader's new life run down in plain words: "your mates are a joke tbh", "he seems like a bit of a wet
      // lettuce", "frankly he's a small-minded man", "your new man dresses like a geography teacher", "Dan isn't really
      // on your level", "which tells you everything you need to know about him", "you jumped into the first thing that
      // came along", "that's not romance, that's desperation", "living in a van isn't a life, it's a gap year",
      // "you're only using him to get over me", "you're not happy w him". Not "Your friends are a laugh", "I said your
      // friends were a joke, and I was wrong", "He's a kind man", "what I did wasn't love, it was fear".
      re: sp(
        [
          String.raw`{NOT_NEGATED_WORD}(?<!(?:said|say|says|told me|thought|think|thinks|reckon|reckons|called|call|joked|joke|used to say|used to think)(?: that)? )(?<![\p{L}'])(?:your|ur) (?:new |old |so-called |so called )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|lot|people|in-laws|sister|sisters|brother|brothers|mum|mom|mam|mother|dad|father|parents|boyfriend|girlfriend|partner|bf|gf|${MAN_OR_WOMAN}|fella|bloke|lad|bestie|best friend|gang|circle)(?:'s| is| are| were| was|'re| r| sounds?(?: like)?| seems?(?: like)?| looks?(?: like)?) (?:(?:all|honestly|frankly|basically|literally|just|such|so|a bunch of|a pack of|a load of|nothing but)\s+)*(?:a joke|a disgrace|an embarrassment|embarrassing|a waste of space|useless|idiots|morons|muppets|sheep|leeches|parasites|hangers-on|freeloaders|boring|dull|dim|thick|stupid|brainless|spineless|vile|nasty|horrible|ghastly|dreadful|trashy|rubbish|a cult|pathetic|childish|immature|cringe|cringey|cringy|tragic|grim|minging|gross|small-minded|narrow-minded|snobs|snobby|bitter|controlling|manipulative|poison|clowns|no-hopers|wasters|dropouts|nobodies|a shambles)(?=\s*(?:[.!,;…]|$)|\s+(?:and|if|tbh|honestly|lol|to be honest|who|anyway)(?![\p{L}]))`,
          String.raw`{NOT_NEGATED_WORD}(?<![\p{L}'])(?:he|she|hes|shes|${PARTNER_NAMED})(?:'s| is|s| was| seems| sounds| looks| comes across)(?: like| as)?(?: (?:honestly|really|just|such|kind of|sort of|a bit of|bit of|a total|a complete|an absolute|a right|a proper|total|complete|absolute|a real|a massive|a huge|a bit))* (?:a |an )?(?:wet lettuce|drip|wet blanket|doormat|pushover|mummy'?s boy|mommy'?s boy|daddy'?s girl|man-?child|nonentity|airhead|bimbo|himbo|dimwit|dullard|wimp|wuss|weirdo|tosser|knob|knobhead|dickhead|twat|prick|bellend|plank|wally|pillock|tool|try-hard|wannabe|poser|charisma vacuum|cardboard cut-?out|damp squib|slob|layabout|waster|chancer|sleazeball|sleaze|gold-?digger|attention seeker|drama queen|social climber|snob|bigot|piece of work)(?=\s*(?:[.!,;…]|$)|\s+(?:and|if|tbh|honestly|lol|to be honest|who|anyway|really)(?![\p{L}]))`,
          String.raw`(?<![\p{L}'])(?:he|she)(?:'s| is) (?:(?:just|frankly|honestly|such|really|quite|basically|a|an|total|complete)\s+){1,3}(?:small-minded|narrow-minded|petty|bitter|nasty|spiteful|ignorant|manipulative|vile|horrible|arrogant|smug|nosy|meddling|two-faced|spineless|bigoted|snobbish|judgemental|judgmental|pompous|pathetic|shallow|vain|creepy|sleazy|dull|boring|thick|dim|stupid)(?:,? [a-z-]+)? (?:man|woman|person|guy|bloke|girl|snob|bigot|cow|witch|specimen|creature|old (?:man|woman|bat|git|goat|fool))(?![\p{L}])`,
          String.raw`(?<![\p{L}'])(?:he|she|${PARTNER_NAMED}) (?:dresses|looks|talks|acts|behaves|dances|sounds|texts) like (?:a|an|some|someone'?s) (?:(?:[a-z-]+)\s+){0,2}?(?:geography teacher|supply teacher|substitute teacher|maths teacher|accountant|estate agent|car salesman|divorced dad|twelve-year-old|[a-z]+-year-old|toddler|schoolboy|schoolgirl|golden retriever|lost puppy|potato|librarian|pensioner|youth pastor|mime|muppet|clown|chav|insurance salesman)(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}(?<!(?:my|our) )(?<![\p{L}'])(?!(?:i|am|we|me|us|you|u|was|were|im|it|this|that|there|i'm)(?![\p{L}']))[a-z]+(?:'s| is| are|'re)? (?:not|isn'?t|isnt|aren'?t|arent) (?:(?:really|quite|exactly|even|remotely|anywhere near|on a par|up to)\s+)*(?:on|at|up to) (?:your|ur) (?:(?:intellectual|mental|own)\s+)?level(?=\s*(?:[.!,;…?]|$)|\s+(?:intellectually|emotionally|mentally|socially|really|honestly|tbh|lol|and (?:you|u) know it|is (?:he|she)|let'?s be honest)(?![\p{L}]))`,
          String.raw`(?<![\p{L}'])(?:(?:tells|says|said) (?:(?:you|u)\s+)?(?:everything|all|it all)(?: (?:you|u|one) (?:need|needs|ever need) to know)?|(?:tells|told|says|said) (?:(?:you|u|me)\s+)?(?:everything|all) (?:you|u|i|one) (?:need|needs|needed|ever need) to know) about (?:him|her|them|the (?:guy|man|bloke|woman|girl|lad)|that (?:guy|man|bloke|woman|girl|lad)|(?:your|ur) (?:new )?(?:${MAN_OR_WOMAN}|boyfriend|girlfriend|bf|gf|fella|bloke))(?=\s*(?:[.!,;…]|$|\s(?:really|honestly|tbh|lol|doesn'?t it|eh)))`,
          String.raw`(?<![\p{L}'])(?:(?:{YOU}|he|she)(?:'ve| have|'s| has)? (?:(?:just|only|basically|literally)\s+)?(?:jumped|jump|dived|dove|ran|run|fell|fall|went|go|leapt|leaped|rushed|latched|clung|grabbed|settled|got) (?:into (?:bed with )?|onto |on to |at |for |with |into the arms of )?|(?:he|she|him|her)(?:'s| is| was)? (?:just |only |simply )?)(?:the (?:first|next) (?:(?:[a-z]+)\s+)?(?:thing|guy|girl|man|woman|bloke|person|one|lad|fella|body|relationship) (?:that|who|to) (?:came along|comes along|come along|showed (?:you )?(?:any |an |the slightest )?(?:interest|attention)|paid (?:you|u) (?:any )?attention|looked (?:your way|at (?:you|u))|walked (?:in|past|through the door)|smiled at (?:you|u))|whoever (?:came along|showed (?:you )?(?:any )?interest)|anyone who (?:came along|showed (?:you )?(?:any )?interest|paid (?:you|u) (?:any )?attention))(?![\p{L}])`,
          String.raw`(?<!(?<![\p{L}'])(?:i|i'm|im|my|me)(?![\p{L}])[^.!?\n]{0,80}?)(?<![\p{L}'])(?:(?:that|it|this)(?:'s| is|s) not|(?:that|it|this) isn'?t|thats not|its not|(?:that|it)(?:'s|s) no) (?:(?:even|real|proper)\s+)?(?:love|romance|a relationship|a real relationship|relationship|commitment|moving on|a fresh start|happiness|a marriage|marriage),? (?:(?:it'?s|its|that'?s|thats|it is|that is|this is)\s+)?(?:just |only |pure |plain |basically |simply )?(?:desperation|loneliness|convenience|a rebound|rebound|habit|settling|lust|a crutch|a phase|boredom|revenge|spite|denial|a gap year|a (?:mid-?life |quarter-?life )?crisis|running away|playing house|a fling|a holiday romance|a cry for help|a hobby|a distraction|a plaster|a sticking plaster|a stopgap|a joke|a shambles)(?![\p{L}])`,
          String.raw`(?<![\p{L}'])(?:{YOU})[^.!?\n]{0,60}?(?:isn'?t|is not|'s not|aint|ain'?t) (?:a |an )?(?:real |proper )?(?:life|career|job|future|relationship),? (?:(?:it'?s|its|that'?s|thats|it is|that is)\s+)?(?:just |only |basically )?(?:desperation|loneliness|convenience|a rebound|rebound|habit|settling|lust|a crutch|a phase|boredom|revenge|spite|denial|a gap year|a (?:mid-?life |quarter-?life )?crisis|running away|playing house|a fling|a holiday romance|a cry for help|a hobby|a distraction|a plaster|a sticking plaster|a stopgap|a joke|a shambles)(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}(?<![\p{L}'])(?:{YOURE}) (?:(?:just|only|clearly|obviously|simply|basically)\s+)?using (?:him|her|them) (?:to (?:get over|forget|replace|make (?:me|yourself)|fill|feel|distract|numb|pass the time|get back at)|as (?:a |an )?(?:rebound|distraction|plaster|sticking plaster|crutch|stopgap|placeholder|replacement|substitute))(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}(?<![\p{L}'])(?:{YOURE}|you were|u were) (?:(?:not|never)\s+)(?:(?:really|truly|actually)\s+)?(?:happy|in love|content|yourself) (?:with|w|w/|wiv) (?:him|her|them)(?![\p{L}])`,
          String.raw`(?<=(?:you|your|ur|u)(?![\p{L}])[^.!?\n]{0,60}?)(?<![\p{L}'])(?:is|was|isn'?t) (?:that|this|it) (?:(?:really|seriously|honestly)\s+)?(?:the dream|living the dream|what (?:you|u) (?:went to (?:uni|university|college) for|studied (?:for|so hard for)|gave (?:it all|everything|me) up for))(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}(?<![\p{L}'])(?:he|she)(?:'s| is) (?:practically|basically|barely (?:more than|out of)) (?:a child|a kid|a baby|a teenager|a boy|a schoolboy|a schoolgirl|nappies|school|sixth form|uni|university|his teens|her teens)(?![\p{L}])`,
          String.raw`{WB}i'?ve (?:met|seen|known|had) (?:tables|chairs|walls|rocks|potatoes|plants|lampposts|bricks|toasters|sandwiches|houseplants|cardboard boxes|teaspoons|bollards|doorknobs|fridges) with more (?:charisma|personality|conversation|chat|spark|life|brains|going on|depth|sparkle)(?![\p{L}])|{WB}(?:my|the|a) (?:cat|dog|goldfish|hamster|kettle|toaster|houseplant|fridge) has (?:more|better) (?:charisma|personality|conversation|chat|brains|depth) than (?:him|her|them|he does|she does|(?:your|ur) (?:new )?(?:${MAN_OR_WOMAN}|boyfriend|girlfriend|bf|gf|fella|bloke))(?![\p{L}])`,
          String.raw`{WB}if (?:(?:your|ur) (?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?)|(?:he|she|they)) (?:had(?:n'?t| not)? |'d )?(?:kept (?:her|his|their) (?:nose|noses|opinions?|oar) out(?: of (?:it|things|our business|us))?|stayed out of (?:it|things|our business|us)|minded (?:her|his|their) own (?:business)?|butted out|(?:not|never) (?:interfered|got involved|stuck (?:her|his|their) oars? in)|stopped interfering)(?![\p{L}])|{WB}(?:your|ur) (?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?) (?:couldn'?t|could never|never could|never) (?:keep (?:her|his|their) (?:nose|noses|opinions?) out|mind (?:her|his|their) own business|stay out of (?:it|things|our business|us))(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}{WB}(?:your|ur) (?:new )?(?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?)(?:'re| are|'s| is| was| were) (?:(?:the|a) (?:(?:real|only|main|whole|big|biggest)\s+)?reason (?:we|i|you) (?:broke up|split(?: up)?|ended|fell apart|didn'?t (?:work|make it)|finished|aren'?t together|are not together|'re not together)|why we (?:broke up|split(?: up)?|ended|fell apart|didn'?t (?:work|make it))|what (?:broke|split|ended|ruined|killed) us)(?![\p{L}])|{WB}we (?:broke up|split(?: up)?|ended|fell apart|didn'?t (?:work|make it)|finished) (?:because of|thanks to) (?:your|ur) (?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?)(?=\s*(?:[.!,;…]|$|and|lol))`,
          String.raw`(?<![\p{L}'])(?:he|she)(?:'s| is) (?:(?:very|really|quite|so|pretty)\s+)?(?:tall|handsome|good-looking|pretty|fit|hot|fun|nice|rich|sweet|cute|beautiful|attractive|polite|charming|loaded|young|sporty|confident),? (?:i'?ll (?:give|grant) (?:him|her|you) that,? )?but (?:there'?s |there is )?(?:not much|nothing much|not a lot|nothing) (?:else )?(?:going on|to (?:him|her)|there|behind (?:it|that|the eyes)|upstairs|under the bonnet)(?![\p{L}])`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?|boyfriend|girlfriend|partner|bf|gf|${MAN_OR_WOMAN}|fella|bloke) (?:(?:never|don'?t|doesn'?t|didn'?t)\s+(?:ever\s+)?(?:had|have|has) (?:any|much|an ounce of|a shred of)|(?:has|have|had) (?:no|zero|not got any)|(?:hasn'?t|haven'?t) got (?:any|much)) (?:class|taste|manners|ambition|backbone|brains|style|sense|personality|charisma|spine|substance|humour|sense of humour)(?![\p{L}])`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?|boyfriend|girlfriend|partner|bf|gf|${MAN_OR_WOMAN}|fella|bloke) (?:only|just) (?:care|cares|think|thinks|talk|talks) about (?:themselves|himself|herself|money|looks|partying|drinking|clothes|brunch|instagram|appearances|status|the gym|football|golf|(?:[a-z]+) and (?:[a-z]+))(?![\p{L}])`,
          String.raw`(?<![\p{L}'])(?:he|she|${PARTNER_NAMED})(?:'s| is) (?:(?:basically|literally|just)\s+)?the human (?:equivalent|version) of (?:a |an )?(?:beige|magnolia|wet|damp|cardboard|paint|plain|boiled|rice cake|spreadsheet|screensaver|elevator music|lift music|dishwater|tofu|mayonnaise|a yawn|yawn|shrug|beige wall|white bread|unsalted)(?![\p{L}])`,
          String.raw`{WB}what (?:on earth |the hell |the heck |exactly |in god'?s name )?(?:do|did|can|could) (?:you|u) (?:(?:even|actually|possibly|honestly)\s+)?see in (?:a (?:man|guy|bloke|woman|girl|lad)|someone|somebody|that|him|her) (?:who|that|with)(?![\p{L}])`,
          String.raw`{WB}(?:your|ur) (?:[a-z]+ )?(?:degree|course|job|band|business|career|art|music|writing|blog|podcast|startup|start-up|side hustle|little (?:[a-z]+ ))(?: [^.!?\n]{0,30}?)? (?:was|is|were|are|'s) (?:never|not) (?:going to|gonna|ever going to) (?:get|take|lead) (?:you|u) (?:anywhere|far)(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}{WB}(?:your|ur) (?:new )?(?:mum|mom|mam|mother|dad|father|parents|family|sister|sisters|brother|brothers|friends|mates|crowd|best friend|bestie|flatmates|in-laws|gran|nan|aunt|auntie|uncle|cousins?|boyfriend|girlfriend|partner|bf|gf|${MAN_OR_WOMAN}|fella|bloke)(?:'s| has| have) (?:always |never not )?been (?:(?:such|a bit of|a total|a complete|an absolute|a right)\s+)?(?:a |an )?(?:nasty piece of work|piece of work|snake|leech|freeloader|bad influence|snob|bully|liar|waste of space|joke|control freak|user)(?![\p{L}])`,
          String.raw`(?<![\p{L}'])(?:he|she|${PARTNER_NAMED})(?:'s| is) not (?:exactly )?(?:the (?:brightest|sharpest|smartest|cleverest|most interesting|most exciting|deepest)(?: (?:spark|bulb|tool|knife|crayon|button|person|guy|girl))?)(?=\s*(?:[.!,;…?]|$)|\s+(?:is|in|of|lol)(?![\p{L}]))`,
          String.raw`{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|lot|gang|brothers|sisters|family)(?: [a-z]+)? (?:act|behave|carry on|party|dress|drink|talk) like (?:they'?re|they are) (?:still )?(?:at uni|teenagers|in school|at school|sixteen|seventeen|kids|students|in sixth form|freshers|on a stag do|on a hen do)(?![\p{L}])`,
          String.raw`{WB}(?:you|u) could(?:'ve| have| of|ve) had (?:anyone|anybody|your pick|any (?:man|woman|guy|girl|bloke))[^.!?\n]{0,20}?(?:,|and|but) (?:you|u) (?:picked|chose|ended up with|went for|settled for|went with) (?:him|her|them|that)(?![\p{L}])`,
          String.raw`{WB}(?:i guess|i suppose|well,?|still,?) some (?:people|folk|folks|women|men|girls|guys) (?:like|are into|go for|enjoy) (?:that|this) (?:sort|kind|type) of (?:thing|guy|girl|man|woman|person|bloke)(?![\p{L}])`,
          String.raw`{WB}(?:{YOU}) (?:(?:just|only|simply|really)\s+)?(?:love|like|want|enjoy) the (?:attention|money|lifestyle|status|security|comfort|drama|novelty|validation)[^.!?\n]{0,30}?,? not (?:him|her|them)(?![\p{L}])|{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|only|clearly|obviously|simply)\s+)?going through the motions with (?:him|her|them)(?![\p{L}])`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
  ],
  antipatterns: [
    // Twenty-second round (mind22's note): the reader's own words about their family reported back ("You always said your
    // sister was a nightmare"), and a child excused ("He's just a kid, he didn't mean to break the vase").
    sp(
      String.raw`{WB}(?:you|u) (?:(?:always|once|often|even|yourself|used to)\s+)?(?:said|say|told me|called)(?: that)? (?:your|ur) (?:own )?(?:${MUM_OR_DAD}|sister|brother|family|parents|boss|cousin|aunt|uncle|nan|gran|flatmate|mates|friends?)(?![\p{L}])|{WB}(?:he|she)(?:'s| is) (?:just|only) a (?:kid|child|baby|toddler|little one|boy|girl),? (?:he|she) (?:didn'?t|did not|doesn'?t|does not|never) (?:mean|know)(?![\p{L}])`,
    ),
    // Seventeenth round: a plain kind verdict on the new partner, with no sting after it: "I'm sure he's a good man; you
    // always had good judgment" (the classifier read it as a sneer). Not "…a nice guy, but…", "…a nice enough guy".
    String.raw`(?:^|[.!?;]\s*)(?:(?:i'?m sure|im sure|i hear|i'?ve heard|from what i hear|i know|everyone says)[,]?\s+)?(?:he|she)(?:'s|\s+is|\s+seems)\s+(?:(?:really|very|genuinely|truly|such)\s+)?(?:a\s+)?(?:(?:really|very|genuinely|truly)\s+)?(?:good|kind|decent|lovely|nice|great|gentle|sweet|honest|thoughtful)\s+(?:man|woman|person|guy|bloke|girl|lad|soul|one)\b(?![^.!?\n]{0,60}?\b(?:if\s+(?:you|u)|but|suppose|i\s+guess|enough|for\s+a|though|shame|pity|bless|boring|just\s+not|not\s+for|not\s+right|won'?t|never|can'?t|doesn'?t)\b)`,
    // Fourteenth round: "I hope she was worth it" holds the writer's loss up to the reader (guilt, as labeled), and says
    // nothing of her.
    sp(
      String.raw`{WB}hope (?:she|he|they)(?:'?s| is| was| were|'?re) (?:all |really )?worth it(?=\s*(?:[.!,;]|$))`,
    ),
    // Thirteenth round: kind news of the new partner, read against what the reader once wanted: "I hear he's a teacher;
    // you always said you wanted someone steady" (not "…someone steady, and now you've got someone boring").
    sp(
      String.raw`{WB}(?:you|u) (?:always |once |often )?(?:said|told me|wanted)(?: (?:you|u) wanted)? (?:someone|a (?:man|woman|guy|partner|bloke|girl)) (?:steady|kind|stable|reliable|calm|gentle|honest|who (?:listens|cooks|makes (?:you|u) laugh|is kind|was kind|is there))(?![^.!?\n]{0,40}?(?:boring|dull|but|instead|now (?:you'?ve|you have) got))`,
    ),
    // A fact about the new partner closed by a kind verdict: "He's twice your age and clearly adores you, and that's what
    // matters", "He still lives with his mum since her stroke, which is kind of him" (the classifier read both as sneers).
    sp(
      String.raw`{WB}(?:(?:and\s+)?(?:that'?s|that\s+is)\s+(?:all\s+)?what\s+matters|which\s+is\s+(?:(?:really|very|so)\s+)?(?:kind|good|sweet|lovely|decent|nice|admirable)\s+of\s+(?:him|her|them)|(?:clearly|obviously|really)\s+(?:adores|loves|cares\s+(?:about|for))\s+(?:you|u))(?![\p{L}])`,
    ),
    // Plain kind words about the new partner, with no sting after them: "She's lovely, your new girlfriend, I met her at
    // Tom's party" (not "…, if you like them dim", not "lovely enough").
    String.raw`(?:^|[.!?]\s+)(?:she|he|they)(?:'s|'re|\s+is|\s+are|\s+seems|\s+seem)\s+(?:(?:really|so|very|genuinely|just)\s+)?(?:lovely|nice|kind|sweet|great|lovely|gorgeous|funny|a\s+(?:(?:really|very)\s+)?(?:lovely|nice|good|great|kind|sweet|decent)\s+[a-z]+),\s+(?:your|ur)\s+(?:new\s+)?(?:${PARTNER_TITLES}|partner|bf|gf|${MAN_OR_WOMAN}|lad|${PARTNER_INFORMAL})\b(?![^.!?\n]{0,60}?\b(?:if\s+(?:you|u)|but|suppose|i\s+guess|enough|for\s+a|though|shame|pity|bless)\b)`,
    // "Of all places" about where the two of them met or fell in love, not about the reader's choice: "You stole my
    // heart in a Tesco car park, of all places", "we first kissed at a funeral, of all places".
    sp(
      String.raw`{WB}(?:(?:we|i|you|u) (?:first )?(?:met|kissed|fell (?:in love|for (?:you|u|each other))|got (?:engaged|married|together|lost|stuck)|proposed|danced|had our first)|(?:you|u) stole my heart|(?:i|we) (?:saw|found|met) (?:you|u|each other) (?:first|for the first time))[^.!?\n]{0,60}?,? of all places{WE}`,
    ),
    // "Of all places" about where something happened to the writer, a song came on or a memory caught them, with no
    // choice of the reader's in between: "Our song came on in the dentist's waiting room, of all places", "I burst
    // into tears in B&Q, of all places" (not "I heard you moved to Slough, of all places").
    sp(
      String.raw`(?:{WB}(?:i|we) (?:saw|heard|spotted|found|bumped into|ran into|cried|burst into tears|broke down|lost it|thought (?:of|about) (?:you|u)|had to|was|were|got|ended up)|{WB}(?:was|were|came|come) (?:playing|on)|{WB}(?:came on|played|popped up|turned up))(?:(?!{WB}(?:you|u|he|she|they)(?:'[a-z]+)?{WE})[^.!?\n]){0,60}?,? of all (?:places|days|times|moments){WE}`,
    ),
    // Someone else's sneer passed on and disowned: "My friends told me he was a rebound, but I don't believe that",
    // "Mum says she's too young for you; I told her it's none of our business", "…, but I told her to stay out of it".
    sp(
      String.raw`{WB}(?:(?:my|our|his|her|their|your|ur) (?:[a-z]+ )?[a-z]+|everyone|everybody|people|they|friends|mum|mom|dad) (?:(?:still|keeps?|kept|always)\s+)?(?:says?|said|saying|thinks?|thought|reckons?|reckoned|told me|tells me|claims?|claimed|insists?|insisted)(?: that)?,? (?:he|she|they|him|her|your|ur|you|u|you'?re)[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but )?(?:i (?:don'?t|do not|never) (?:believe|buy|agree with|think) (?:that|it|them|him|her)|i (?:told|asked) (?:them|him|her) to (?:stop|drop it|leave it|stay out of it|keep out of it|mind (?:their|his|her) own(?: business)?|keep (?:it|that|their opinions|his opinions|her opinions) to (?:themselves|himself|herself))|(?:i (?:told|reminded) (?:them|him|her|everyone) )?(?:that )?(?:it'?s|it is|that'?s|that is) (?:(?:your|ur) (?:life|choice|decision|call|business)|up to (?:you|u))|(?:it'?s|it is|that'?s|that is) (?:none of (?:my|our|their) business|not (?:my|our|their) place|not for (?:me|us|them) to (?:say|judge))|i (?:think|thought) (?:they|she|he) (?:were|was|are|is) wrong)`,
    ),
    // An old sneer taken back by the writer: "I used to think your job was beneath you, which was snobbish of me", "I
    // once thought your friends were shallow, and I was wrong", "at first I said Leeds was too grey for you, but I was
    // wrong".
    sp(
      String.raw`{WB}(?:i (?:used to|once|always|honestly) (?:think|thought|believe|believed|say|said|call|called|tell|told)|i (?:thought|believed|said|called|told (?:everyone|people|my [a-z]+))|at first i (?:thought|said|believed)|for (?:a long time|years|ages) i (?:thought|believed|said))[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but )?(?:(?:which|that|it) (?:was|is|says|said) (?:(?:so|really|very|pretty|a bit|incredibly|just)\s+)?(?:snobbish|unfair|unkind|wrong|petty|mean|small-minded|small|stupid|daft|jealous|arrogant|cruel|ignorant|rude|untrue|nonsense|more about me)|i was (?:(?:so|completely|totally|dead|just)\s+)?(?:wrong|jealous|being (?:a )?(?:snob|jealous|petty|unfair|an idiot))|i (?:was|'?m|am) (?:ashamed|embarrassed) of (?:that|it))`,
    ),
  ],
  examples: [
    // Seventeenth round (probe eval/seventeenth/reproach17): the flat sneer.
    { flagged: "[[Jack talks about her all the time, so that's nice]].", pattern: 'flat-jab' },
    { notFlagged: "Jack talks about her all the time, and I'm glad he's happy." },
    { flagged: "[[I'm sure he's very good at spreadsheets]].", pattern: 'flat-jab' },
    { notFlagged: 'You were always very good at spreadsheets, and I relied on that.' },
    { flagged: '[[Moving to Swindon for a call centre job was beneath you]].', pattern: 'flat-jab' },
    { notFlagged: 'The way I spoke to you that night was beneath me.' },
    { flagged: '[[Good luck with the vegan yoga crowd]], I suppose.', pattern: 'flat-jab' },
    { notFlagged: 'Good luck with the new flat, I hope the move goes smoothly.' },
    { flagged: "[[Your friends never liked me and they made sure you didn't either]].", pattern: 'flat-jab' },
    { notFlagged: 'Your friends never liked me, and honestly I gave them reasons.' },
    { flagged: '[[Bless him, he does try]].', pattern: 'flat-jab' },
    { notFlagged: 'Bless him, he was so nervous when he met your mum.' },
    { notFlagged: "He means well, bless him, and he's good to the kids." },
    { flagged: '[[Teaching English in Seoul for a boy you met online, really]]?', pattern: 'their-choices' },
    { notFlagged: 'Teaching English in Seoul with a friend from uni sounds like an adventure.' },
    { notFlagged: "My sister talks about her new job all the time, so that's nice." },
    { flagged: '[[Your new boyfriend he is not serious man]], everybody know this.', pattern: 'flat-jab' },
    { notFlagged: "I'm sure he's a good man; you always had good judgment." },
    { notFlagged: 'I hope she was worth it, for your sake.' },
    // Nineteenth round: the friends who never liked the writer, then "I hope they're worth it": the writer's loss held up
    // to the reader (guilt, as "I hope she was worth it" is labelled), with no word that belittles them; texting too.
    { notFlagged: "Your friends never liked me. I hope they're worth it." },
    { notFlagged: 'ur mates never liked me, hope theyre worth it' },
    // Fourteenth round: contempt without an insult word.
    { notFlagged: "Your new girlfriend has lovely taste in scarves, I'll give her that." },
    {
      flagged: 'He can cook, [[which is more than I can say for his conversation]].',
      pattern: 'faint-praise',
    },
    {
      flagged: 'Funny, [[I never pictured you with someone who spells definitely with an a]].',
      pattern: 'faint-praise',
    },
    { notFlagged: 'I never pictured you with someone so outdoorsy, but it suits you.' },
    {
      flagged: 'Enjoy life in the suburbs, [[I hear the cul-de-sacs are thrilling]].',
      pattern: 'faint-praise',
    },
    { notFlagged: "Your new job sounds thrilling, I'm so pleased for you." },
    { flagged: "[[I don't mean this badly, but she seems a bit simple]].", pattern: 'faint-praise' },
    { notFlagged: "No offence, but he seems really lovely, and I'm glad." },
    { flagged: "[[I suppose she'll do for now]].", pattern: 'faint-praise' },
    { flagged: "[[At least he's tall, I suppose]].", pattern: 'faint-praise' },
    { notFlagged: "At least we tried, and I'm proud of that." },
    { flagged: "[[Let's see if she lasts longer than I did]].", pattern: 'faint-praise' },
    { flagged: "[[I'll be curious to see how long the vegan phase lasts]].", pattern: 'faint-praise' },
    { flagged: "Still, [[I'm sure the yoga retreat will fix everything]].", pattern: 'faint-praise' },
    { flagged: '[[Packing in nursing to become an influencer, brave move]].', pattern: 'faint-praise' },
    {
      flagged: "[[Marketing was never really a career]], but I'm glad you're enjoying it.",
      pattern: 'faint-praise',
    },
    {
      notFlagged:
        'Teaching was never a job for me, it was always a calling, and I think you understood that.',
    },
    {
      flagged: "I'm sure you'll be very happy, [[at least till the novelty wears off]].",
      pattern: 'faint-praise',
    },
    {
      flagged: '[[Your new friends must be thrilled to have someone to pay for the drinks]].',
      pattern: 'faint-praise',
    },
    // Thirteenth round: the faint sneer.
    { flagged: '[[Him]]? Really? After me?', pattern: 'faint-sneer' },
    { notFlagged: 'Him? Oh, you mean Jamie from your work. He was lovely at the party.' },
    { flagged: "[[He's what, twenty-five]]? Honestly.", pattern: 'faint-sneer' },
    { flagged: '[[Does he even have his own flat]]?', pattern: 'faint-sneer' },
    { flagged: "[[He's twice your age]], for god's sake.", pattern: 'faint-sneer' },
    { notFlagged: "He's twice your age and clearly adores you, and that's what matters." },
    { flagged: '[[Quitting your job to travel is so immature]].', pattern: 'faint-sneer' },
    { notFlagged: 'Leaving you was a mistake, the worst I have made.' },
    { flagged: "[[That course you're doing is a waste of money]].", pattern: 'faint-sneer' },
    { notFlagged: 'That course you did in Leeds was the making of you.' },
    { flagged: "[[He's using you]], can't you see it?", pattern: 'faint-sneer' },
    { flagged: '[[he looks like a thumb lol]]', pattern: 'faint-sneer' },
    { notFlagged: 'He looks like a kind man in the photos, and I hope he is.' },
    { flagged: '[[What do you even talk about with him]]?', pattern: 'faint-sneer' },
    { notFlagged: 'What do you talk about with your mum these days? I always liked hearing.' },
    { flagged: "[[I hope he's more than a pretty face]], for your sake.", pattern: 'faint-sneer' },
    { notFlagged: "I hear he's a teacher; you always said you wanted someone steady." },
    { flagged: "[[I can't believe you left me for an accountant]].", pattern: 'faint-sneer' },
    { flagged: 'She seems nice. [[For a bartender]].', pattern: 'faint-sneer' },
    { notFlagged: 'I worked as a barista for a year. For a student, it paid well.' },
    { flagged: '[[Honestly, a tattoo artist]]?', pattern: 'faint-sneer' },
    { notFlagged: 'A coffee, maybe, one of these days?' },
    { flagged: "[[Nice to see you've lowered your standards]].", pattern: 'faint-sneer' },
    { notFlagged: "You've lowered your expectations of me, and fairly." },
    { flagged: "[[He's obviously only after your money]].", pattern: 'faint-sneer' },
    {
      flagged: 'You gave up a good job to go back to college at thirty? [[Brave, I suppose]].',
      pattern: 'faint-sneer',
    },
    { notFlagged: 'You went back to college at thirty, which was brave, and I admired it.' },
    { flagged: '[[couldnt u do better than HIM]]', pattern: 'faint-sneer' },
    { notFlagged: 'You could have done better than me, and I know that.' },
    { flagged: "[[He's a bit of a nobody]], isn't he?", pattern: 'faint-sneer' },
    { flagged: "[[It won't last]]. These things never do.", pattern: 'faint-sneer' },
    { notFlagged: "It won't last forever, this sadness, and I know that." },
    { flagged: '[[Enjoy your life with Mr Gym]].', pattern: 'scorn-2' },
    { flagged: "[[He's hardly what you'd call deep]].", pattern: 'faint-sneer' },
    { notFlagged: "I'm hardly what you'd call a romantic, but I meant every word of that birthday card." },
    {
      flagged: "[[The lad can't hold a conversation that isn't about his cycling]].",
      pattern: 'faint-sneer',
    },
    { notFlagged: "I couldn't hold a conversation for weeks after you left." },
    { flagged: 'ok so apparently ur with ryan now. [[the guy still lives w his mum]]', pattern: 'sneer' },
    { notFlagged: 'He still lives with his mum since her stroke, which is kind of him.' },
    {
      flagged: '[[hes got a car and a job at his dads firm, what else could u possibly want lol]]',
      pattern: 'faint-sneer',
    },
    { notFlagged: "She's got a kind heart and a great laugh, and I'm glad you found her." },
    {
      flagged: "[[And moving to Galway for him after six weeks, sure that's grand, what could go wrong]].",
      pattern: 'faint-sneer',
    },
    { notFlagged: "I'm taking up surfing at forty, what could go wrong." },
    {
      flagged: "She's twenty-six and posts her breakfast online. [[Good luck with that]].",
      pattern: 'faint-sneer',
    },
    { notFlagged: 'I hear you got the job in Cork. Good luck with it, you earned it!' },
    // Twelfth round: a sneering nickname for the new partner.
    { flagged: '[[Say hi to Mr Perfect for me]].', pattern: 'scorn-2' },
    { flagged: 'She seems nice. [[Bit young for you, no]]?', pattern: 'jibe' },
    { flagged: "[[How's the toddler you're dating]]?", pattern: 'jibe' },
    {
      flagged: 'from what i remember hes a good laugh, [[bit full of himself but whatever]]',
      pattern: 'jibe',
    },
    { flagged: "[[He's full of himself]].", pattern: 'jibe' },
    { notFlagged: 'I was full of myself back then, and I know it.' },
    { notFlagged: "How's the baby you're looking after for your sister?" },
    { notFlagged: 'The jacket was a bit big for you, so I gave it to Oxfam.' },
    { flagged: '[[cant believe u left me for someone who wears crocs]]', pattern: 'sneer' },
    { notFlagged: "I still can't believe you left me, honestly, but I understand it now." },
    { flagged: '[[Hope lover boy is treating you well]].', pattern: 'scorn-2' },
    { notFlagged: "I'm no Prince Charming, I know that." },
    { notFlagged: "I'm not Mr Perfect and I never will be." },
    // Twelfth round (eval/twelfth/pitfalls12): the new happiness doubted, the shrug at their taste.
    { flagged: '[[I hope he makes you as happy as you think he does]].', pattern: 'scorn-2' },
    { flagged: 'Good luck to them. [[I hope she makes you as happy as you pretend]].', pattern: 'scorn-2' },
    { notFlagged: 'I hope she makes you as happy as you deserve.' },
    { notFlagged: "I hope he's as kind as you say he is." },
    { notFlagged: 'You always made me as happy as I think anyone could be.' },
    { flagged: "I'm sure Mark is lovely. [[Each to their own, I suppose]].", pattern: 'scorn-2' },
    { flagged: "[[There's no accounting for taste]].", pattern: 'scorn-2' },
    { flagged: '[[It takes all sorts, I guess]].', pattern: 'scorn-2' },
    { notFlagged: "You've taken up climbing! Each to their own, I'd be terrified of heights." },
    { notFlagged: 'It takes all sorts to make a choir, you used to say.' },
    { flagged: "I hope you're happy with him, [[you deserve each other]].", pattern: 'scorn-2' },
    { flagged: "[[You're perfect for each other, honestly, both liars]].", pattern: 'scorn-2' },
    { notFlagged: 'You two seem made for each other, and I mean that kindly.' },
    { notFlagged: 'I used to think your job was beneath you, which was snobbish of me.' },
    {
      notFlagged:
        "My friends told me he was a rebound, but I don't believe that and it's not my place anyway.",
    },
    { notFlagged: "Mum says she's far too young for you; I told her to drop it." },
    { notFlagged: 'I once thought your friends were shallow, and I was wrong.' },
    { notFlagged: 'For years I said Swindon was a dump, which says more about me than about Swindon.' },
    // Sixth round (probe eval/sixth/heartfelt): where they met, "of all places".
    { notFlagged: 'You stole my heart in a Tesco car park, of all places.' },
    { notFlagged: "We first kissed at my cousin's funeral, of all places." },
    // Tenth round (letters review): the writer's own moment, "of all places".
    { notFlagged: "Our song came on in the dentist's waiting room, of all places, and I had to go outside." },
    { notFlagged: 'I burst into tears in the middle of B&Q, of all places.' },
    { notFlagged: 'I bumped into your brother at the tip on Saturday, of all places.' },
    { flagged: "I heard you've moved to Slough for him, [[of all places]].", pattern: 'put-down' },
    { flagged: "[[I'd never have pictured you with a bloke like that]].", pattern: 'wrong-choice' },
    // The sneer after "nice enough" is in the span, not cut off at the comma.
    { flagged: '[[She seems nice enough, if a little dim]].', pattern: 'not-good-enough' },
    { notFlagged: 'I always pictured you with someone like that, kind and steady.' },
    { flagged: "[[Her little bakery won't last the year]].", pattern: 'sideways-2' },
    { notFlagged: "My little shop won't last the year, and I've made my peace with it." },
    { flagged: '[[Your friends would sell you out for a pint]].', pattern: 'sideways-2' },
    { flagged: 'You went from galleries to bingo, [[quite the transformation]].', pattern: 'sideways-2' },
    { notFlagged: 'I went from drinking every night to running on Sundays, quite the change.' },
    { flagged: '[[You left a man with a pension for a boy with a vape]].', pattern: 'sideways-2' },
    { flagged: "[[Life coaching isn't a career, it's a hobby with invoices]].", pattern: 'sideways-2' },
    { notFlagged: "My painting isn't a career, it's a hobby, and I know that." },
    { flagged: '[[Trust you to go for a drummer]].', pattern: 'sideways-2' },
    { flagged: "[[I'd be mortified to be seen with her]].", pattern: 'sideways-2' },

    { notFlagged: 'im basically a walking disaster lol' },
    { notFlagged: "You're clever, I'll give you that, but you're cruel." },
    // Second round.
    { flagged: "[[Nice that he's at your reading level]].", pattern: 'sideways-2' },
    { flagged: '[[your bf has major finance bro energy]]', pattern: 'sideways-2' },
    { notFlagged: 'I have major Monday energy today, sorry for the rambling.' },
    { flagged: '[[I thought you would aim a bit higher than an estate agent]].', pattern: 'sideways-2' },
    { notFlagged: 'I aimed higher than I could reach, and I know that now.' },
    { flagged: 'Marrying him, [[of all the people to throw your life away on]].', pattern: 'sideways-2' },
    { flagged: '[[He probably peaked at school]].', pattern: 'sideways-2' },
    { notFlagged: 'I peaked at school, if I am honest, and I have been catching up since.' },
    { flagged: '[[She sounds like she is still at uni]].', pattern: 'sideways-2' },
    { flagged: "He's rich, [[if money is all you want]].", pattern: 'sideways-2' },
    { flagged: "[[Your mum's meddling got us into this mess]].", pattern: 'sideways-2' },
    { notFlagged: 'My drinking got us into this mess, not your family.' },
    { flagged: '[[Good luck with that one]].', pattern: 'belittle' },
    { flagged: '[[Good luck with your marathon hero]].', pattern: 'sideways-2' },
    { notFlagged: 'Good luck with the new job, you will be brilliant.' },
    { flagged: '[[Her job is basically a glorified receptionist]].', pattern: 'sideways-2' },
    { notFlagged: "I'm basically a glorified babysitter at work these days." },
    // Sneers said sideways (fourth round).
    { flagged: "[[Going from me to him is quite a step down]], isn't it?", pattern: 'sideways' },
    { notFlagged: 'My new flat is a bit of a step down from our old one, but I like it.' },
    { flagged: "[[She's bright, for someone who can't name the prime minister]].", pattern: 'sideways' },
    { notFlagged: "She's very kind, for someone who's had such a hard year." },
    { flagged: '[[Your mates were never really your mates]].', pattern: 'sideways' },
    { flagged: "He's twenty-four, [[which is a bold choice]].", pattern: 'sideways' },
    { notFlagged: 'Whether you reply is your choice, and I respect it.' },
    { flagged: '[[Your sister has always been a spiteful little cow]].', pattern: 'sideways' },
    { notFlagged: 'Your sister has always been kind to me.' },
    { flagged: "[[You've become everything you swore you'd never be]].", pattern: 'sideways' },
    { flagged: '[[your bf looks like he tucks his shirt into his jeans]]', pattern: 'sideways' },
    { flagged: "[[She's just filling the space I left]].", pattern: 'sideways' },
    { flagged: "[[I've no idea what you see in a man like that]].", pattern: 'sideways' },
    { notFlagged: 'I know what you saw in me, once, and I hope to be that again.' },
    { flagged: '[[The lads you drink with now are nothing but freeloaders]].', pattern: 'sideways' },
    {
      flagged: '[[That yoga retreat of yours is just an expensive excuse for avoiding real life]].',
      pattern: 'sideways',
    },
    { flagged: "[[She'll be bored of you by June]].", pattern: 'sideways' },
    { flagged: '[[Her type always leave]].', pattern: 'sideways' },
    { flagged: "[[You could have been a doctor, and instead you're selling candles]].", pattern: 'sideways' },
    { flagged: '[[Your cousin sabotaged everything we had]].', pattern: 'sideways' },
    { flagged: 'He drives a Porsche, [[very predictable]].', pattern: 'sideways' },
    { notFlagged: 'How original you always were with presents.' },
    { flagged: '[[shes not even ur type]]', pattern: 'sideways' },
    { flagged: "[[I'm sure he's nice, in that golf-club way]].", pattern: 'sideways' },
    { flagged: '[[Your new town looks so bleak]].', pattern: 'sideways' },
    { notFlagged: 'Your new flat is small but you have made it lovely.' },
    { flagged: '[[You went from me to a guy who still games every night]].', pattern: 'sideways' },
    { flagged: "[[He'll only ever be second best]].", pattern: 'sideways' },
    { notFlagged: 'I always felt I was second best to your job, and I told you so.' },
    { flagged: '[[I give her six months]].', pattern: 'sideways' },
    { flagged: "[[But sure, she's a real catch]].", pattern: 'sideways' },
    { flagged: "[[You're wasting your best years on someone who doesn't read]].", pattern: 'sideways' },
    { flagged: '[[Your new colleagues are all posers]].', pattern: 'sideways' },
    {
      flagged: "You're moving in with him, [[that's not romance, that's desperation]].",
      pattern: 'sideways',
    },
    { notFlagged: "I kept calling you, and that's not love, that's desperation; I'm sorry." },
    { flagged: '[[His flat seems nice, if a bit provincial]].', pattern: 'sideways' },
    { notFlagged: 'The hotel was nice, if a bit small, and we laughed the whole weekend.' },
    { flagged: "He's charming, [[I'll give him that, lucky for him]].", pattern: 'sideways' },
    { flagged: '[[ur bestie is so shady lol]]', pattern: 'sideways' },
    { flagged: "[[He's not exactly husband material]].", pattern: 'sideways' },
    {
      flagged: 'Your friends said nothing, [[which tells you what kind of friends they are]].',
      pattern: 'sideways',
    },
    { flagged: "Honestly, [[she's nothing special]].", pattern: 'belittle' },
    { flagged: '[[You downgraded]], and everyone knows it.', pattern: 'belittle' },
    { flagged: '[[Your new girlfriend is so fake]].', pattern: 'belittle' },
    { notFlagged: "He's not boring at all, from what I hear." },
    { flagged: '[[Your mates are a bunch of idiots]].', pattern: 'belittle' },
    { flagged: 'They never liked me. [[You let them poison you]].', pattern: 'belittle' },
    { flagged: "[[He's only with you for your money]].", pattern: 'belittle' },
    { notFlagged: "He's nothing like I imagined, and I'm glad he's kind to you." },
    { notFlagged: 'You could do so much better than I ever did for you, and I hope you will.' },
    { notFlagged: 'Your friends are a bunch of legends, tell them I said hi.' },
    { flagged: '[[He will never make you as happy as I did]].', pattern: 'never-like-me' },
    { flagged: '[[she doesnt know u the way i do]]', pattern: 'never-like-me' },
    { flagged: "[[He's not good enough for you]].", pattern: 'not-good-enough' },
    { flagged: "Let's be honest, [[she's just a rebound]].", pattern: 'not-good-enough' },
    { flagged: '[[You deserve so much better than him]].', pattern: 'not-good-enough' },
    { flagged: "[[Your new boyfriend doesn't deserve you]].", pattern: 'not-good-enough' },
    { flagged: "[[You're making the biggest mistake of your life]].", pattern: 'wrong-choice' },
    { flagged: '[[What do you even see in him]]?', pattern: 'wrong-choice' },
    { flagged: '[[Your so-called friends turned you against me]].', pattern: 'wrong-choice' },
    { flagged: "[[He'll never give you what we had]].", pattern: 'never-like-me' },
    { flagged: "[[She can't even boil an egg]].", pattern: 'not-good-enough' },
    { flagged: "[[He's nice enough I suppose]].", pattern: 'not-good-enough' },
    { flagged: 'looks fun i guess, [[if ur into that kind of thing]]', pattern: 'not-good-enough' },
    {
      flagged: "[[I'm sure Chloe is great at pretending to laugh at your jokes]]. Good luck to her.",
      pattern: 'not-good-enough',
    },
    { notFlagged: "I'm sure Chloe is great at the new job, tell her I said so." },
    { notFlagged: "There's a pottery class on Thursdays, if you're into that kind of thing you'd love it." },
    { flagged: '[[Your new mates seem so fake]].', pattern: 'wrong-choice' },
    { flagged: "[[That's the dumbest decision you've ever made]].", pattern: 'wrong-choice' },
    { flagged: "[[You don't really love her]].", pattern: 'wrong-choice' },
    { flagged: '[[Does he even know your birthday]]?', pattern: 'wrong-choice' },
    { notFlagged: 'I hope you are happy, whatever you choose.' },
    { notFlagged: 'Nobody will ever love someone like me, I used to think, and I was wrong.' },
    { notFlagged: 'Your friends were always kind to me, especially Aoife.' },
    { notFlagged: 'Your new job sounds amazing and you deserve it.' },
    { notFlagged: 'I hope he treats you well.' },
    { notFlagged: 'You deserve better than how I treated you.' },
    { notFlagged: 'He would never hurt you the way I did, and I am glad of it.' },
    { notFlagged: 'No one has ever made me laugh like you do.' },
    { notFlagged: "My friends say I should stop, but they don't know you like I do." },
    { notFlagged: "I'm not saying he isn't good enough for you." },
    { notFlagged: "I know you're seeing someone, and I respect that." },
    { notFlagged: 'Maybe I made the wrong choice when I left.' },
    { notFlagged: 'She never understood me the way you did.' },
    { notFlagged: 'I hope your friends are looking after you.' },
    { notFlagged: 'My brother said "he\'s not good enough for you" and I told him to stop.' },
    { notFlagged: 'You deserve someone who listens, and I am learning to be that person.' },
    {
      flagged: '[[Your new man is pleasant enough, if you like someone who only talks about football]].',
      pattern: 'sneer',
    },
    { flagged: '[[ur new gf is so basic lol]]', pattern: 'sneer' },
    { flagged: "[[He's thirty and still lives with his mum]].", pattern: 'sneer' },
    { flagged: "[[I doubt he'll ever understand your music the way I did]].", pattern: 'sneer' },
    { flagged: '[[He has the personality of a wet sock]].', pattern: 'sneer' },
    { flagged: '[[What does a banker even know about music]]?', pattern: 'sneer' },
    { flagged: '[[Quitting your degree was a huge mistake]].', pattern: 'their-choices' },
    { flagged: '[[You threw away a perfectly good career to make pottery]].', pattern: 'their-choices' },
    { flagged: '[[Those friends of yours turned you against me]].', pattern: 'their-choices' },
    { flagged: "[[You don't love Mark, you love the attention]].", pattern: 'their-choices' },
    { flagged: '[[Your friends from work are just jealous people]].', pattern: 'their-choices' },
    { notFlagged: 'Quitting my job was a mistake, and I know that now.' },
    { notFlagged: 'You gave up a great job to move with me, and I never thanked you.' },
    { notFlagged: "I don't think anyone will ever understand me the way you did." },
    { notFlagged: "He's the type who remembers everyone's birthday, and I'm glad for you." },
    { notFlagged: "I couldn't even find the station without you." },
    { notFlagged: 'Our cosy little flat in Leith was the best home I have had.' },
    { notFlagged: "You don't owe me anything, and I don't want you to feel you do." },
    { flagged: "[[He's all talk and no substance]].", pattern: 'sneer' },
    { flagged: '[[I give it six months with him]].', pattern: 'sneer' },
    { flagged: "[[You're wasting yourself on him]].", pattern: 'sneer' },
    { flagged: '[[Those people at your new job are so fake]].', pattern: 'their-choices' },
    { notFlagged: 'I give it everything I have at the clinic.' },
    { notFlagged: 'He can barely wait to meet you, your sister says.' },
    { flagged: "[[He drives a Tesla and thinks that's a personality]].", pattern: 'sneer' },
    { flagged: '[[Your best friend is a gossip and a liar]].', pattern: 'their-choices' },
    { flagged: '[[Selling your flat to go travelling at your age is madness]].', pattern: 'their-choices' },
    { notFlagged: 'Your mum is a nightmare to buy presents for, and I miss that.' },
    { notFlagged: 'Selling the flat was madness, I know, but I needed the money.' },
    { notFlagged: 'You quit a great job for a dream, and I admired that.' },
    { flagged: "[[He's a walking midlife crisis]].", pattern: 'sneer' },
    { flagged: '[[Your new life in London sounds so shallow]].', pattern: 'their-choices' },
    { notFlagged: 'Your new life in London sounds exciting.' },
    { flagged: "[[Of course you'd pick someone with a sports car]].", pattern: 'sneer' },
    { flagged: '[[Your mum has always been a snob about me]].', pattern: 'their-choices' },
    { notFlagged: 'How typical of me to forget your birthday again.' },
    { flagged: '[[The lads you hang around with now are a joke]].', pattern: 'their-choices' },
    { notFlagged: 'The lads you hang around with now sound like a laugh.' },
    { flagged: '[[Grow up]].', pattern: 'put-down' },
    { flagged: '[[Stop acting like a teenager]].', pattern: 'put-down' },
    { flagged: "She's pretty, [[I'll give her that, shame about the personality]].", pattern: 'put-down' },
    { flagged: "I'm sure he's lovely, [[in a beige sort of way]].", pattern: 'put-down' },
    { flagged: '[[lol ok enjoy ur little bar job]]', pattern: 'put-down' },
    { flagged: '[[Moving to Swindon for him is certainly a choice]].', pattern: 'put-down' },
    { flagged: '[[idk what u see in her]]', pattern: 'put-down' },
    {
      flagged: '[[That art course is a phase]].',
      pattern: 'put-down',
    },
    { flagged: 'I saw his photos, [[he looks about twelve]].', pattern: 'put-down' },
    { notFlagged: 'I grew up a lot this year.' },
    { notFlagged: "I've had to grow up fast since you left." },
    { notFlagged: 'He seems like a good man, and I hope he knows how lucky he is.' },
    { notFlagged: 'Your sister was right about me.' },
    { notFlagged: "You don't really want space from me, and I understand that now." },
    { notFlagged: 'I hope Brighton is everything you wanted.' },
    // Fifth round (probe eval/fifth/accusation).
    { flagged: "[[He couldn't organise a party in a brewery]].", pattern: 'scorn' },
    { flagged: "[[She's not the sharpest tool in the box]].", pattern: 'sneer' },
    { flagged: '[[Your new mates have nothing between their ears]].', pattern: 'scorn' },
    { flagged: "She's young, [[which I guess is all he wants]].", pattern: 'scorn' },
    { flagged: "[[A man who still lives with his mum isn't boyfriend material]].", pattern: 'sneer' },
    {
      flagged: "[[You deserve better than some bloke who can't hold a conversation]].",
      pattern: 'not-good-enough',
    },
    { flagged: "[[It's obviously a midlife crisis]].", pattern: 'scorn' },
    { flagged: "[[You've bought a motorbike, how very original]].", pattern: 'scorn' },
    { flagged: "[[You're only with her so you don't have to be alone]].", pattern: 'scorn' },
    { notFlagged: "He couldn't find a better woman than you if he searched with a map." },
    { notFlagged: "I'm not the sharpest tool in the box, I know." },
    { notFlagged: 'I was never husband material back then, I know that now.' },
    { notFlagged: 'You deserve better than I gave you.' },
    { notFlagged: 'You deserve more than someone who lied to you like I did.' },
    { notFlagged: 'It was my midlife crisis, not yours.' },
    { notFlagged: 'I was your rebound, and I knew it.' },
    { notFlagged: "I'm so proud of you, how very grown-up." },
    // Second probe (eval/fifth/accusation, lines 197-256).
    { flagged: "[[He wouldn't know romance if it hit him]].", pattern: 'scorn-2' },
    { flagged: "[[She's a very average woman]].", pattern: 'scorn-2' },
    { notFlagged: "I'm not sure he's the one for me to judge." },
    { notFlagged: "He's a very kind man, from what I hear." },
    // Seventh round: the new partner as a waste of space; kind words about them left alone.
    { flagged: '[[Your new bloke is a complete waste of space]].', pattern: 'belittle' },
    { flagged: '[[This new lad of yours is a right muppet]].', pattern: 'belittle' },
    { flagged: '[[ur new gf is such a waste of skin]].', pattern: 'belittle' },
    { flagged: '[[Your missus is an utter numpty]].', pattern: 'belittle' },
    { notFlagged: 'I was a useless lump for most of last year, and I know it.' },
    { notFlagged: 'My cousin called your fella a muppet at the wedding, and I told her off.' },
    { notFlagged: "Your new fella isn't a waste of space, whatever my mates say." },
    { notFlagged: 'The spare room was a waste of space until you made it a studio.' },
    { notFlagged: "She's lovely, your new girlfriend, I met her at Tom's party." },
    { notFlagged: "He's a nice man, your new partner, he held the door for Gran." },
    { notFlagged: "That fella you're seeing is a waste of space, my mate says, but I don't believe him." },
    // Eleventh round: mock wonder, a stated need waved away, a choice called less than their best.
    {
      flagged: "I'm sure you're very happy, [[what with his fascinating job in insurance]].",
      pattern: 'sideways-2',
    },
    { flagged: '[[Enjoy his oh-so-thrilling stories about golf]].', pattern: 'sideways-2' },
    { flagged: "[[and dont give me that 'i need space' thing again]]", pattern: 'sideways-2' },
    { flagged: "[[Spare me the 'it's not you, it's me' speech]].", pattern: 'sideways-2' },
    {
      flagged: '[[Moving to Leeds for a man you met twice is not exactly your finest decision]].',
      pattern: 'sideways-2',
    },
    { notFlagged: 'His job in insurance sounds steady, and I hope it suits you both.' },
    { notFlagged: 'He has a fascinating job in marine biology, from what Lina says.' },
    { notFlagged: 'I gave you the "I need space" speech once, and I was wrong to.' },
    { notFlagged: "That night wasn't exactly your finest hour, and it wasn't mine either." },
    { notFlagged: 'That was not my finest decision, I know.' },
    { flagged: '[[Moving in with him after two months is just daft]].', pattern: 'sideways-2' },
    { notFlagged: 'Moving in with him after two months was brave, and I hope it works out.' },
    { notFlagged: 'Moving to Leeds with my brother was mad, I know, but it worked.' },
    { flagged: 'She seems nice, [[in a very forgettable way]].', pattern: 'sideways-2' },
    { flagged: '[[Your friends never wanted us together and they got their way]].', pattern: 'sideways-2' },
    { flagged: '[[Your sister has always been jealous of me]].', pattern: 'sideways-2' },
    { flagged: "[[Well, at least he's tall]].", pattern: 'sideways-2' },
    { flagged: '[[u went from me to HIM]]?? lol ok', pattern: 'sideways-2' },
    { notFlagged: 'Your sister got her way about the wedding venue, and it was beautiful.' },
    { notFlagged: "At least he's tall, my nan would say, and that's the highest praise she has." },
    { notFlagged: 'I was jealous of your sister, and that was my problem.' },
    // Lead review (sixteenth round).
    { flagged: 'I saw the photos. [[Bit young maybe]].', pattern: 'jibe' },
    {
      flagged:
        "Megan always hated me anyway, [[and honestly she's hardly one to talk with her track record]].",
      pattern: 'jibe',
    },
    { flagged: '[[shes one to talk]]', pattern: 'jibe' },
    { notFlagged: "She's the one to talk to about the lease, she knows the landlord." },
    { notFlagged: 'I was a bit young, maybe, to know what I wanted.' },
    // Twentieth round (probe eval/twentieth/guilt20-probe): the reader's new life belittled without an insult word, and
    // the new partner or the friends run down sideways.
    { flagged: "[[You're settling and you know it]].", pattern: 'choice-jab' },
    { flagged: "[[You'll get bored of her within a month]].", pattern: 'choice-jab' },
    { flagged: "That flat is tiny, [[you'll hate it by Christmas]].", pattern: 'choice-jab' },
    { flagged: '[[Manchester will chew you up]].', pattern: 'choice-jab' },
    { flagged: "Honestly, [[you're not cut out for a big city]].", pattern: 'choice-jab' },
    { flagged: "[[Your new haircut makes you look like you're trying too hard]].", pattern: 'choice-jab' },
    { flagged: 'He drives a bus, Sam, [[you used to want more than that]].', pattern: 'choice-jab' },
    {
      flagged: 'A master’s in art history, at your age, [[when you could be earning]].',
      pattern: 'choice-jab',
    },
    { flagged: '[[Climbing now, is it]]? Last year it was pottery.', pattern: 'choice-jab' },
    { flagged: '[[Last month it was running, before that it was sourdough]].', pattern: 'choice-jab' },
    {
      flagged: "[[What you two have isn't a real relationship]], it's a distraction.",
      pattern: 'choice-jab',
    },
    { flagged: "[[That flat you've moved into is a shoebox]].", pattern: 'choice-jab' },
    { notFlagged: "You're settling in nicely, from what Jo says." },
    { notFlagged: "You'll love it by Christmas, I'm sure." },
    { notFlagged: "I'm not cut out for city life, that's why I stayed." },
    { notFlagged: 'I know I was trying too hard in that last letter.' },
    { notFlagged: 'You always wanted more from life, and I hope you get it.' },
    { notFlagged: 'Our first flat was a shoebox, but we loved it.' },
    { notFlagged: "You'll get tired of the commute, so maybe look for something closer?" },
    { notFlagged: 'You never settled for less, and I always admired that.' },
    { flagged: "[[He's sweet, in a golden retriever kind of way]].", pattern: 'partner-jab' },
    // Twenty-first round (the lead): kept for the money.
    { flagged: 'You look good in the photos; [[he must be paying for everything]].', pattern: 'partner-jab' },
    { flagged: 'I mean, [[she must be loaded]], look at the car.', pattern: 'partner-jab' },
    { notFlagged: 'He must be paying for the wedding himself, which is generous.' },
    { notFlagged: 'Your dad must be paying for everything while you retrain, and that is kind of him.' },
    { flagged: "[[honestly he's not even that good looking lol]]", pattern: 'partner-jab' },
    { flagged: "[[She's nearly fifty, you do know that]]?", pattern: 'partner-jab' },
    {
      flagged: "Tom couldn't hold down a job when I knew him, [[but I'm sure he's changed]].",
      pattern: 'partner-jab',
    },
    {
      flagged: '[[Your sister never liked me and she finally talked you round]], well done her.',
      pattern: 'partner-jab',
    },
    {
      flagged: "[[If it weren't for Gemma and her little gang, we'd still be together]].",
      pattern: 'partner-jab',
    },
    { notFlagged: "He's lovely, in a quiet kind of way, and he clearly adores you." },
    { notFlagged: "If it weren't for my drinking, we'd still be together." },
    { notFlagged: "If it weren't for the distance, we'd still be together." },
    { notFlagged: 'My sister talked you round to the idea of the cottage, remember?' },
    { notFlagged: 'My anger, not your friends and not your job, is what ended us.' },
    { notFlagged: "He had a wild youth, but I'm sure he's changed, and I hope he makes you happy." },
    { notFlagged: 'He seems kind, from what Lina tells me.' },
    { notFlagged: 'Are you in London now?' },
    { notFlagged: 'Last year it was Rome, this year Lisbon: you always did love a city break.' },
    { flagged: '[[That job will bore you to tears within a year]].', pattern: 'choice-jab' },
    { flagged: "[[You've always had terrible taste in friends]].", pattern: 'choice-jab' },
    { notFlagged: 'That film will bore you to tears, trust me, skip it.' },
    { notFlagged: 'You always had terrible taste in men, present company included.' },
    { flagged: "[[He's fine, I suppose, if beige is your thing]].", pattern: 'partner-jab' },
    { notFlagged: "There's a jazz night on Friday, if that's your thing." },
    { flagged: 'Leeds, though? [[You always said it was a grey hole]].', pattern: 'choice-jab' },
    { notFlagged: 'You always called it a dump, but you loved that pub more than anywhere.' },
    { flagged: '[[Your new friends sound exhausting]].', pattern: 'partner-jab' },
    { notFlagged: "Your new friends sound fun, I'm glad you've got people." },
    { notFlagged: "Your new job sounds exhausting, I hope you're resting." },
    { flagged: '[[Bet he still needs his mum to do his washing]].', pattern: 'partner-jab' },
    { notFlagged: 'He helps his mum do her shopping every Sunday, which is lovely.' },
    { flagged: "[[You've gone from a surgeon to a bloke who sells phones]].", pattern: 'partner-jab' },
    { notFlagged: "You've gone from a tiny flat to a house with a garden, good for you." },
    { flagged: '[[Stay in your little bubble with your little friends then]].', pattern: 'partner-jab' },
    { notFlagged: 'I walked past your little shop in Leith, it looks lovely.' },
    { notFlagged: 'Your little sister sent me a card, which was kind.' },
    { flagged: "[[He won't last, none of them do with you]].", pattern: 'partner-jab' },
    { notFlagged: "He won't last long at that firm, the hours are brutal, so I hear." },
    {
      flagged: "[[Marrying someone you've known six months is a bit desperate]], isn't it?",
      pattern: 'partner-jab',
    },
    { notFlagged: "Moving in after two months sounds rushed to me, but I'm happy for you if it's right." },
    { flagged: "[[It's sweet that you've found someone at your level]].", pattern: 'partner-jab' },
    { notFlagged: "I hope you've found someone on your wavelength." },
    // Twenty-second round (probe eval/twenty-second/mind22-probe): the partner, friends, family or new life run down.
    { flagged: '[[your mates are a joke tbh]]', pattern: 'run-down' },
    { flagged: '[[Your in-laws sound like a cult]].', pattern: 'run-down' },
    { flagged: '[[Honestly he seems like a bit of a wet lettuce]].', pattern: 'run-down' },
    {
      flagged: "Your dad never thought I was good enough, [[and frankly he's a small-minded man]].",
      pattern: 'run-down',
    },
    { flagged: '[[your new man dresses like a geography teacher]]', pattern: 'run-down' },
    { flagged: "[[I worry that Dan isn't really on your level]], intellectually.", pattern: 'run-down' },
    {
      flagged: 'I saw the car he drives, [[which tells you everything you need to know about him]].',
      pattern: 'run-down',
    },
    { flagged: '[[You latched onto the first guy who paid you any attention]].', pattern: 'run-down' },
    { flagged: '[[thats not romance thats desperation]].', pattern: 'run-down' },
    { flagged: "[[You're only using him to get over me]].", pattern: 'run-down' },
    { flagged: '[[ur not happy w him]]', pattern: 'run-down' },
    { flagged: 'Working in a call centre at your age, [[is that really the dream]]?', pattern: 'run-down' },
    { notFlagged: 'Your friends are a laugh, I always liked them.' },
    { notFlagged: 'I said your friends were a joke, and I was wrong.' },
    { notFlagged: 'My dad was a bitter man, and I turned into him.' },
    { notFlagged: "I'm not on your level, I know that." },
    { notFlagged: "My brother isn't on your level at chess." },
    { notFlagged: "He isn't at your level yet, but he's only been climbing a year." },
    { notFlagged: 'She told me everything about him, and he sounds lovely.' },
    { notFlagged: 'You were the first person who smiled at me at that party.' },
    { notFlagged: "What I did wasn't love, it was control." },
    { notFlagged: "My job isn't a career, it's just a stopgap." },
    { notFlagged: "You're using your savings to get the flat, which is smart." },
    { notFlagged: "I don't think your friends are boring at all." },
    { notFlagged: 'I jumped at the first job that came along.' },
    { notFlagged: "My sister thinks you're making a mistake, but I told her it's your life." },
    { notFlagged: "My mum thinks he's a bit young for you, but I told her to stay out of it." },
    { notFlagged: 'You always said your sister was a nightmare.' },
    { notFlagged: "He's just a kid, he didn't mean to break the vase." },
    { notFlagged: 'Is that really the dream? I used to ask myself that about my own job.' },
    { flagged: "[[He's practically a child]].", pattern: 'run-down' },
    { flagged: "[[I've met tables with more charisma]].", pattern: 'run-down' },
    { flagged: "[[If your mother had kept her nose out]], we'd still be together.", pattern: 'run-down' },
    { flagged: '[[Your friends are the reason we broke up]].', pattern: 'run-down' },
    { flagged: '[[We split up because of your mum]].', pattern: 'run-down' },
    { flagged: "Sure, [[he's tall, but there's not much else going on]].", pattern: 'run-down' },
    { flagged: '[[Your family never had any class]].', pattern: 'run-down' },
    { flagged: '[[Your friends only care about brunch and Instagram]].', pattern: 'run-down' },
    { flagged: '[[your new bf is cringe]]', pattern: 'run-down' },
    { notFlagged: "He's practically family to me now." },
    { notFlagged: "If your mum hadn't lent us the deposit, we'd never have got the flat." },
    { notFlagged: 'Your friends were the reason I smiled that whole year.' },
    { notFlagged: 'We broke up because of my drinking, not your friends.' },
    { notFlagged: 'Your dad never had much money, but he gave us everything.' },
    { notFlagged: "She's young, but she's been through a lot." },
    { notFlagged: 'My cat has more patience than me.' },
    { flagged: "[[He's the human equivalent of a beige wall]].", pattern: 'run-down' },
    { flagged: '[[What on earth do you see in a man who still plays Xbox all night]]?', pattern: 'run-down' },
    { flagged: '[[Your degree in media studies was never going to get you anywhere]].', pattern: 'run-down' },
    { flagged: '[[Your mum has always been a nasty piece of work]].', pattern: 'run-down' },
    { flagged: "[[She's not the brightest]], is she.", pattern: 'run-down' },
    { flagged: "[[Your mates act like they're still at uni]].", pattern: 'run-down' },
    { flagged: "[[You could've had anyone and you picked him]].", pattern: 'run-down' },
    { flagged: '[[I guess some people like that sort of thing]].', pattern: 'run-down' },
    { flagged: '[[You love the attention he gives you, not him]].', pattern: 'run-down' },
    { notFlagged: "She's the human equivalent of a hug." },
    { notFlagged: "I'm not the brightest, I know." },
    { notFlagged: 'You could have had anyone, and you chose me, and I never stopped being grateful.' },
    { notFlagged: 'Your brother has always been a good friend to me.' },
    { notFlagged: 'Your band was never going to be my thing, but I loved watching you play.' },
    { notFlagged: 'Your mates act like family to me.' },
  ],
})
