// Disparage: belittling the reader's new partner, friends or choices ("He will never make you as happy as
// I did"). Wishing them well ("I hope he treats you well") and owning one's faults ("you deserve better
// than how I treated you", "he would never hurt you like I did") are not flagged. "Nobody will ever love
// you like I do" names no one: it is left to exaggeration.
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
const PARTNER = `(?:(?:your|ur) (?:new )?(?:boyfriend|girlfriend|partner|bf|gf|husband|wife|fianc[ée]e?|man|woman|guy|girl|lover|fling|fellow|chap|bloke|fella|gentleman|lady|lad)|(?:that|this) (?:guy|girl|man|woman|dude|person|loser|idiot|clown|fool|fellow|chap|bloke|fella|boy|lad)|he|she)`

/** What a partner gives: love, understanding, happiness. "He'll never hurt you like I did" is no insult. */
const GIVE = String.raw`(?:(?:love|loves|understand|understands|know|knows|care (?:about|for)|cares (?:about|for)|appreciate|get|gets|cherish|support|deserve|treat|fight for|take care of|protect|look at|want|see|hold|adore|value|make|makes)\s+(?:you|u)|be there for (?:you|u)|be (?:as )?(?:good|right|kind) (?:to|for) (?:you|u)|compare|give (?:you|u))`

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
        String.raw`{WB}${PARTNER}{NOT_NEGATED_WORD}(?:'s|'re|\s+is|\s+are|\s+was)?\s*(?:not|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt)\s+(?:(?:even|really|just|simply)\s+)?(?:good enough|right for (?:you|u)|worthy of (?:you|u)|worth (?:it|you|your time)|the one for (?:you|u)|for (?:you|u)|your type|half the){WE}|{WB}${PARTNER}{NOT_NEGATED_WORD}(?:'s|'re| is| are| was|s)\s+(?:(?:just|only|clearly|obviously|really|so|such|nothing but|simply)\s+)*(?:a (?:rebound|phase|distraction|loser|joke|downgrade|placeholder|step down|nobody|mistake|fling)|beneath (?:you|u)|(?:boring|fake|toxic|shallow|bad|wrong) (?:for (?:you|u)|person)|using (?:you|u)|no good for (?:you|u)|out of (?:his|her|their) league){WE}|{WB}${PARTNER}{NOT_NEGATED_WORD} (?:doesn'?t|does not|doesnt|will never|won'?t|could never|can'?t|cannot|never will|don'?t|do not|dont) (?:even |really )?(?:deserve|appreciate|value|understand|know|respect|love|care about|see) (?:you|u){WE}|{WB}${PARTNER} (?:can'?t|cannot|couldn'?t|doesn'?t|does not) even [a-z]+{WE}|{WB}(?:he|she)(?:'s| is) (?:just )?(?:a|an) (?:sad|pathetic|boring|sad little|middle-aged|old|bald|fat|ugly|dull|basic|creepy|sleazy|total|complete)(?: \w+)? (?:man|guy|bloke|dude|woman|girl|loser|idiot|nobody|clown|joke){WE}{WE}|{WB}(?:than|for|with|over) some (?:guy|girl|bloke|dude|random|kid|loser|idiot|clown){WE}|{WB}(?:nice enough|fine for now|not the kind of (?:man|woman|guy|girl|person) (?:you|u) (?:marry|settle down with|end up with|build a life with)|(?:very |really )?good at pretending|nothing going for (?:him|her|them)|if (?:you|u) like (?:boring|that sort|that kind|that type|that sort of thing)){WE}|{WB}(?:hope|hoping) (?:he'?s|she'?s|they'?re|he is|she is|he was|she was) worth (?:it|all|the|losing){WE}|{WB}(?:you|u) (?:can|could|deserve to) do (?:so much |much |a lot |way )?better than (?:him|her|them|that|this|${PARTNER}){WE}|{WB}(?:you|u) deserve (?:so much |much |a lot |way )?(?:better|more|someone better) than (?:him|her|them|that|this|what (?:he|she|they)|${PARTNER}){WE}|{WB}(?:he|she)(?:'s| is) unworthy of (?:you|u){WE}|{WB}${PARTNER} (?:will|'ll|could|can) never be (?:half )?the (?:man|woman|person|partner) (?:i am|i was|i'?m|you deserve){WE}|{WB}${PARTNER}(?:'s| is| are)? (?:only |just )?(?:after|in it for) (?:your|ur) (?:money|house|flat|car|status|looks|body){WE}`,
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'wrong-choice',
      // "You're making a huge mistake", "leaving me was the biggest mistake of your life", "your so-called friends".
      re: sp(
        String.raw`{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|really|clearly|only)\s+)?(?:making (?:a|the|such a) (?:(?:huge|big|terrible|grave|massive|biggest|worst)\s+)?mistake|settling(?=\s*(?:[.!,;\n]|$)| for (?:less|him|her|them|second best))|wasting (?:your|ur) (?:time|life|years|talent|potential|youth)|throwing (?:your|ur) (?:life|future) away){WE}|{WB}(?:leaving me|choosing (?:him|her|them)|dating (?:him|her|them)|being with (?:him|her|them)|moving (?:in|away|out)(?: with (?:him|her|them))?|breaking up with me) (?:is|was|will be|would be) (?:a|the|your) (?:(?:huge|big|terrible|biggest|worst)\s+)?mistake{WE}|{WB}(?:{YOU}) (?:made|are making|'re making) the wrong (?:choice|decision){WE}|{WB}what (?:do|did|can) (?:{YOU}) (?:even |possibly )?see in (?:him|her|them){WE}|{WB}i can'?t believe (?:{YOURE}) (?:with|dating|seeing|marrying|engaged to) (?:him|her|them|that){WE}|{WB}(?:your|ur) (?:so[- ]called )?friends (?:are|were) (?:fake|toxic|jealous|a bad influence|bad for (?:you|u)|using (?:you|u)|liars|idiots|losers|snakes|never your friends){WE}|{WB}(?:your|ur) so[- ]called (?:friends|boyfriend|girlfriend|partner){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|circle|people|lot)(?: \w+)? (?:are|were|have (?:always )?been|sound|seem|look)(?: like)? (?:so |such |really |always |just )?(?:a bad influence|fake|toxic|shallow|jealous|a nightmare|awful|terrible|snakes|using (?:you|u)|bad news|two-faced|losers|idiots|vultures|clowns|pathetic){WE}|{WB}(?:that|those|the) (?:\w+ )?(?:crowd|lot|gang|people|friends|group) (?:you|u) (?:hang out|spend time|go out|hang around|run around)(?: with)?(?: now)? (?:is|are) (?:so |such |really )?(?:fake|toxic|shallow|awful|terrible|pathetic|a joke|boring){WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:got involved|interfered|came between us|got between us){WE}|{WB}(?:dumbest|stupidest|worst|silliest|most stupid|most ridiculous) (?:decision|mistake|choice|thing) (?:you(?:'ve| have)? ever made|you made|you could make|of your life){WE}|{WB}(?:that|your|this) (?:dead-end|dead end|boring|pointless|stupid|silly|crappy|shitty|useless) (?:job|office|course|degree|city|town|flat|band|hobby|life|career){WE}|{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really|truly|actually) (?:love|want|care about) (?:him|her|them){WE}|{WB}(?:{YOURE}) (?:only|just) (?:with (?:him|her|them)|dating (?:him|her|them)|seeing (?:him|her|them)) (?:to|because|for|out of){WE}|{WB}(?:{YOURE}) (?:just|only) (?:lonely|bored|rebounding|on the rebound|scared of being alone|afraid of being alone){WE}|{WB}(?:does|did|will|would|can) (?:he|she|they) even (?:know|care|get|understand|love|notice|remember|make (?:you|u)|listen){WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:poisoned|turned) (?:you|u) against me{WE}|{WB}(?:your|ur) (?:friends|family|mother|mum|mom|sister) (?:filled|got (?:in|into)|messed with) (?:your|ur) head{WE}|{WB}(?:go for|end up with|settle for|be with|date|dating|chose|choose|pick|picked|fall for|fell for) (?:someone|somebody|a guy|a girl|a man|a woman) like (?:him|her|that){WE}|{WB}(?:he|she)(?:'s| is) (?:just |only |barely )?(?:a (?:kid|boy|child|baby|teenager)|out of (?:school|uni|college)|half your age){WE}|{WB}(?:he|she)(?:'s| is)(?: not| isn'?t) even (?:that |very |remotely )?(?:good-looking|attractive|smart|funny|interesting|nice|clever|cute|pretty|handsome|kind|your type){WE}|{WB}(?:he|she)(?:'ll| will| is going to|'s going to|'s gonna) (?:just )?(?:get bored of (?:you|u)|leave (?:you|u)|cheat on (?:you|u)|dump (?:you|u)|use (?:you|u)|drop (?:you|u)|break (?:your|ur) heart){WE}|{WB}(?:that|your new|this new|your) (?:job|city|place|flat|life|lifestyle|crowd|hobby|course|degree|band|move) (?:is|was|sounds|seems) (?:so |really |pretty |completely |just )?(?:boring|fake|pointless|shallow|a joke|a waste|a mistake|beneath you|ridiculous|stupid|silly|sad|pathetic){WE}|{WB}(?:you'?re|you are|ur) (?:way |far |much |so much )?too good for (?:him|her|them){WE}|{WB}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|brother) (?:never|don'?t|didn'?t) (?:really |even )?(?:cared|care|liked|like|wanted|want|understood|understand) (?:about )?(?:you|u){WE}|{WB}(?:those|these|the) (?:people|idiots|clowns|losers|snakes) (?:you|u) (?:call|consider) (?:friends|your friends|mates){WE}|{WB}(?:i (?:heard|hear)|everyone knows|apparently),? (?:that )?(?:he|she)(?:'s| is| was) (?:a player|a cheat|a cheater|broke|unemployed|still married|a liar|bad news|trouble|using you){WE}|{WB}(?:can'?t|cannot|don'?t|do not|fail to|never will|will never) (?:see|understand|get|fathom) what (?:you|u) see in (?:him|her|them){WE}|{WB}(?:your|ur) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature) (?:decision|choice|move|idea){WE}|{WB}(?:you|u) made (?:a|such a|the most|the) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature|terrible|dreadful) (?:decision|choice|mistake){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'belittle',
      // "She's nothing special", "you downgraded", "your friends are a bunch of idiots".
      re: sp(
        String.raw`{WB}${PARTNER}(?:'s| is){NOT_NEGATED_WORD} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly)\s+){0,2}(?:nothing special|nothing compared to (?:me|us)|got nothing on me|boring as|a bit of a (?:mess|joke|bore)|a joke|so boring|thick as|dull as){WE}|{WB}${PARTNER}(?:'s| is){NOT_NEGATED_WORD} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly|totally|completely)\s+){0,2}(?:boring|fake|shallow|dull|thick|dim|plain|basic|clingy|creepy|sleazy|a loser|a nobody|a creep|a bore)(?=\s*(?:[.!,;]|$| as| and (?:you|u) know))|{WB}(?:(?:he|she)(?:'s| has) got|(?:he|she) has) nothing on me{WE}|{WB}(?:{YOU}) (?:really |seriously |totally )?downgraded{WE}|{WB}(?:{YOU}) (?:traded|swapped|replaced|left|dumped) me (?:in )?for (?:that|someone like (?:him|her|that)|a (?:kid|boy|child|loser|nobody))(?=\s*(?:[.!?,;]|$))|{WB}that (?:new )?(?:guy|girl|man|woman|bloke|boyfriend|girlfriend|fella|lad) of (?:yours|urs) (?:is|was|seems|sounds) (?:such |a total |a complete |just )?(?:a joke|a loser|a clown|an idiot|a nobody|nothing|boring|pathetic){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people) (?:are|were) (?:a bunch of|a pack of|a load of|just a bunch of) (?:idiots|clowns|losers|snakes|morons|fakes|liars|users|children|hypocrites){WE}|{WB}(?:let|letting) (?:them|(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)) (?:poison|turn|brainwash|get inside) (?:you|u|ur|your){WE}|{WB}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)[^.!?\n]{0,40}?(?:poisoned|brainwashed|turned) (?:you|u)(?: against me)?{WE}|{WB}(?:you|u) could do (?:so much |much |way |a lot |far )?better(?=\s*(?:[.!]|$))|{WB}good luck with that one{WE}|{WB}${PARTNER}(?:'s| is)? (?:only |just )?with (?:you|u) (?:for|because of) (?:your|ur) (?:money|house|flat|car|status|looks|body|kids|name){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'sneer',
      // Sneering at the new partner: "pleasant enough, if you like…", "so basic", "still lives with his mum",
      // "the personality of a wet sock", "I doubt he'll ever understand your music the way I did".
      re: sp(
        String.raw`{WB}(?:he|she|${PARTNER}|who)(?:'s| is)?[^.!?\n]{0,30}? still lives? (?:at home )?with (?:his|her|their) (?:mum|mom|mam|mother|parents|nan|gran|dad|father){WE}|{WB}(?:${PARTNER}|him|her)[^.!?\n]{0,15}?[,-—]? (?:(?:i'?m|i am|i was|was|am|honestly|tbh|really|frankly)\s+)*(?:not (?:very |that |too |exactly |particularly |really )?impressed|unimpressed|underwhelmed)(?! (?:with|by) (?:myself|me)){WE}|{WB}(?:nice|pleasant|decent|fine|sweet|harmless|polite|friendly|good-looking|charming|smart|clever|funny|ok|okay|alright|all right|handsome|pretty|lovely) enough(?:,? (?:i (?:suppose|guess)|i'?m sure|in (?:his|her) (?:own )?way))?,? (?:if (?:you|u)(?:'re| are)? (?:like|into|don'?t mind|want)|i (?:suppose|guess)){WE}|{WB}if (?:you|u)(?:'re| are)? (?:like|into) (?:a|an|men|women|guys|girls|someone|somebody|people|blokes) (?:who|that|with) [^.!?\n]{0,25}?(?:talks?|only|never|can'?t|cannot|still|spends?|thinks?|collects?|loves? (?:himself|herself)){WE}|{WB}${PARTNER}(?:'s| is| was| seems| sounds| looks){NOT_NEGATED_WORD} (?:so|such a|literally|painfully|incredibly|really|pretty|kinda|kind of|a bit|honestly|lowkey|deeply|utterly|completely|totally|very|quite|rather|terribly|spectacularly|just) (?:basic|boring|dull|fake|shallow|thick|dim|plain|clingy|creepy|sleazy|cringe|cringey|tacky|trashy|smug|immature|childish|pathetic|lame|insufferable|vain|superficial|tedious|bland|beige|average|ordinary|mediocre|forgettable|try-hard|full of (?:himself|herself)){WE}|{WB}(?:he|she|they|who|${PARTNER}) (?:(?:probably|likely|prolly) (?:couldn'?t|can'?t|cannot|wouldn'?t|could not) (?:even )?|(?:couldn'?t|can'?t|cannot|could not|wouldn'?t) even )(?:name|spell|find|pronounce|point to|read|tell the difference|boil|cook|hold a conversation|string a sentence){WE}|{WB}(?:couldn'?t|can'?t|cannot|wouldn'?t|could not) (?:even )?name (?:one|a single|any)(?![\w ]{0,12}{WB}(?:my|me|i)\b){WE}|{WB}(?:not sure|doubt|can'?t see|don'?t think|don'?t see how|can'?t imagine)[^.!?\n]{0,40}? (?:he|she|they|${PARTNER}|(?:a|some|the) (?:guy|man|girl|woman|bloke|lad|person|fella)[^.!?\n]{0,30}?)(?:'ll| will| would|'d| could| can| is going to| ever)? (?:(?:ever|really|truly|actually) )*(?:(?:understand|love|know|get|appreciate|care for|care about|cherish|see|support) (?:you|u|your|ur)\b|make (?:you|u) (?:laugh|happy|smile|feel))[^.!?\n]{0,30}? (?:the way|like|as (?:much|well) as|as) (?:i|me) (?:do|did|can|could|have|ever|always|used to){WE}|{WB}(?:he|she|${PARTNER})(?:'s| is) (?:just |only )?(?:a|an|some) (?:(?:sad|pathetic|boring|middle-aged|bald|balding|fat|ugly|dull|basic|creepy|sleazy|total|complete|washed-up|jumped-up|glorified|overgrown|spoilt|spoiled|second-rate|smug|tragic) ){1,3}(?:[\w-]+ )?(?:man|guy|bloke|dude|woman|girl|loser|idiot|nobody|clown|joke|boy|lad|kid|child|creep|bore|fella|chap|salesman|accountant|banker|estate agent|tradie|cowboy){WE}|{WB}(?:the|that|one of those) (?:sort|type|kind)(?: of (?:guy|man|bloke|woman|girl|person|lad|fella|dude))? (?:who|that|to)(?:'ll|'d| will| would)?(?: be)? (?:chasing|chase|cheat|cheating|cheats|leave (?:you|u)|leaving (?:you|u)|get bored|gets bored|drop (?:you|u)|dropping|dump|dumping|stray|straying|look elsewhere|looking elsewhere|use (?:you|u)|using|bail|bailing|ghost|ghosting|trade (?:you|u) in|run off){WE}|{WB}(?:has|had|got|with|the) (?:all )?(?:the )?(?:manners|brains|personality|charm|conversation|depth|intelligence|iq|sense of humou?r|taste|warmth|emotional range|dress sense|charisma|spine) of an?{WE}|{WB}about as (?:interesting|exciting|deep|sharp|bright|fun|smart|clever|charming|lively|warm|funny|romantic|thrilling|useful) as{WE}|{WB}old enough to be (?:your|ur) (?:dad|father|mum|mom|mother|grandad|grandfather|grandma|grandmother){WE}|{WB}(?:a |one )?(?:walking|massive|huge|giant|total|big) red flags?{WE}|{WB}(?:he|she|${PARTNER})(?:'s| is) (?:a |one )?red flag{WE}|{WB}gold[- ]?digg(?:er|ing){WE}|{WB}punching (?:way |well |so far |miles )?above (?:his|her|their) weight{WE}|{WB}(?:can'?t|cannot|could not|couldn'?t) believe (?:{YOU}) (?:left|dumped|traded|replaced|swapped|ditched) me (?:for|with) (?:him|her|them|that|someone like){WE}|{WB}of all (?:the )?(?:people|men|women|guys|girls|blokes)[^.!?\n]{0,20}?(?:{YOU}|you'?re|u) (?:chose|choose|picked|pick|went for|ended up with|with|dating|date|settled for|fell for){WE}|{WB}what (?:does|do|would|could|can|did) (?:he|she|they|an? [a-z-]+(?: [a-z-]+)?|${PARTNER}) (?:even |possibly |ever |really )(?:know|understand|get) about{WE}|{WB}(?:he|she|${PARTNER})(?:'s| is)(?: (?:just|honestly|such|a bit of|kind of|sort of|basically|nothing but|a total|a complete|an absolute|a right|a bit))* (?:an? )?(?:airhead|bimbo|himbo|meathead|muppet|wet blanket|snob|poser|phoney|phony|fraud|player|pushover|leech|gold ?digger|snake|man-child|manchild|mummy'?s boy|mama'?s boy|daddy'?s girl|nonentity|drip|wimp|twit|plank|knob|prat|moron|sleaze|sleazebag|slimeball|bore){WE}|{WB}${PARTNER}[^.!?\n]{0,10}? (?:looks|sounds|acts|dresses|talks) like (?:he'?s|she'?s|they'?re|a) (?:twelve|fifteen|a child|a kid|a teenager|a schoolboy|a schoolgirl|\d+|still at school|someone'?s dad|his dad|her mum){WE}|{WB}(?:can'?t|cannot|don'?t|do not|fail to|never will|will never) (?:see|understand|get|fathom) what (?:you|u) see in (?:(?:a|that|some|this) (?:man|woman|guy|girl|bloke|lad|person|one)|someone){WE}|{WB}(?:your|ur) (?:friends|mates|sister|brother|mum|mom|mother|dad|father|parents|family|crowd|colleagues)[^.!?\n]{0,60}?(?:they'?re|they are|they were|she'?s|she is|he'?s|he is|she was|he was) (?:(?:so|such|just|all|really|a bit|bloody)\s+)*(?:snobs|snobby|snobbish|poisonous|toxic|vile|leeches|parasites|nasty|jealous|fake|two-faced|bitter|small-minded|controlling|manipulative|a bad influence|bad news|a nightmare){WE}|{WB}(?:all|everything) (?:that )?(?:you|u) could(?:'ve| have) been{WE}|{WB}(?:{YOU}|{YOURE})[^.!?\n]{1,80}?,? (?:what a waste|such a waste|a total waste|a waste of (?:your|ur|a) (?:talent|potential|degree|brain|life|education)){WE}|{WB}(?:he|she|${PARTNER})(?:'s| is| has| has got|'s got)? (?:all talk|all mouth|no substance|nothing (?:upstairs|between (?:his|her) ears)|not the sharpest|not exactly (?:a genius|the brightest|bright|clever|exciting)|no (?:personality|spine|backbone|ambition|conversation|depth|sense of humou?r)|zero (?:personality|ambition|depth)){WE}|{WB}(?:hasn'?t|has not|doesn'?t have|hasn'?t got|does not have) (?:got )?an? (?:romantic|funny|creative|interesting|original|adventurous|spontaneous|kind|generous|curious|intelligent|clever) bone in (?:his|her) body{WE}|{WB}(?:{YOURE}|you'?re) (?:just )?wasting (?:yourself|your (?:time|life|youth|years|talent|love)) (?:on|with) (?:him|her|them|that|this|${PARTNER}){WE}|{WB}(?:he|she|${PARTNER})(?:'ll| will|'s going to|'s gonna| is going to) (?:bore (?:you|u)|drive (?:you|u) mad|suffocate (?:you|u)|hold (?:you|u) back|drag (?:you|u) down|let (?:you|u) down|never (?:be able to )?keep up|tire of (?:you|u)|lose interest){WE}|{WB}i give (?:it|them|you two|you both|you and (?:him|her)|the two of you|that) (?:\w+ )?(?:months?|weeks?|years?|a year){WE}|{WB}(?:he|she|${PARTNER}) (?:can|could) (?:barely|hardly) (?:string|hold|spell|read|count|boil|tie|manage|keep){WE}|{WB}(?:{YOU}) (?:can|could|deserve to) do (?:so much |much |a lot |way |far )?better than (?:(?:a|some|that) (?:guy|man|bloke|girl|woman|lad|person)|someone who){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'their-choices',
      // Belittling the reader's choices and people: "quitting your degree was a mistake", "you threw away a
      // perfectly good career", "those friends of yours turned you against me", "you don't love Kevin, you…".
      re: sp(
        String.raw`{WB}(?:quitting|leaving|dropping(?: out(?: of)?)?|moving(?: to| back| away| in)?|taking|giving up|selling|marrying|going back to|switching) (?:your|ur)[^.!?\n]{0,30}? (?:is|was|'s|will be|would be) (?:a|the|such a|your) (?:(?:huge|big|terrible|grave|massive|biggest|worst|real|stupid|silly|dumb) )?mistake{WE}|{WB}(?:was|is|'s) (?:a|the|such a) (?:(?:huge|big|terrible|grave|massive|biggest|worst|real|stupid|silly|dumb) )?mistake,? (?:and|but) (?:{YOU})(?:'ll| will| are going to|'re going to|'re gonna) (?:(?:see|realise|realize|know|understand|figure out) (?:it|that)(?! i)|regret (?:it|that)){WE}|{WB}(?:dumbest|stupidest|worst|silliest|most stupid|most ridiculous|daftest|craziest|maddest) (?:decision|mistake|choice|thing|move|idea) (?:you(?:'ve| have)? ever (?:made|done|had)|you(?:'ve| have) (?:made|done)){WE}|{WB}at (?:your|ur) age,? (?:really|seriously)?(?=\s*[?!])|{WB}at (?:thirty|forty|fifty|sixty|\d\d)(?:-\w+)?,? (?:really|seriously)(?=\s*[?!])|{WB}(?:{YOURE}|you'?ve|you have|you|u) (?:now |actually |really )?(?:dating|seeing|marrying|engaged to|moving|moved|quitting|quit|teaching|working|living|selling|chose|choosing|picked|going out with|took|taking) [^.!?\n]{1,60}?,? (?:really|seriously)\s*\?(?!!)|{WB}(?:friends|mates|family|mum|mom|mother|father|dad|sister|brother|parents|cousins?|colleagues|flatmates?|roommates?|crowd|people|lot|she|he|they|friend|bestie|best friend|aunt|uncle)(?: of (?:yours|urs))?[^.!?\n]{0,40}? (?:turned|poisoned|poisons|turns|poisoning|turning|brainwash(?:ed|es|ing)?|manipulat(?:ed|es|ing)|filled|filling|fills|fill|twisted|twisting|twists) (?:(?:you|u) against me|(?:your|ur) (?:head|mind|ears?)|every (?:relationship|friendship)|what we had){WE}|{WB}(?:{YOU}|{YOURE}|you'?ve|you have) (?:just |really |basically |gone and )?(?:threw|thrown|throwing|throw|chucked|chucking|wasted|wasting|blew|blown|blowing) (?:away )?(?:(?:a|your|ur|such a|all (?:your|ur)|that|the) )?(?:(?:perfectly|really|very) )?(?:(?:good|great|brilliant|promising|stable|decent|solid|secure|amazing|whole|entire|real) )?(?:career|job|degree|education|future|talent|potential|scholarship|place at|pension|prospects|training)(?! (?:for|on) (?:me|us)){WE}|{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really |truly |actually )?(?:love|want|like|need) (?!me\b|us\b|it\b|that\b|this\b|to\b)[\w'-]+(?: [\w'-]+)?,? (?:you|u)(?:'re| are| just| only| love| want| need| like){WE}|{WB}(?:(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|circle|people|lot|sister|brother|mum|mom|mother|parents)|(?:those|these|the) (?:friends|mates|people) of (?:yours|urs))[^.!?\n]{0,60}?(?:are|were|'re|have (?:always )?been|always were)(?: (?:all|just|only|such|so|always|really|a bunch of|a pack of)){0,2} (?:jealous|fake|toxic|shallow|snakes|two-faced|bitter|small-minded|a bad influence|liars|losers|idiots|clowns|users|hypocrites|vultures|pathetic|nasty|poison|vile)(?: people| types| lot| idiots| snakes)?{WE}|{WB}(?:your|ur|that|his|her|their) (?:boring|sad|pathetic|dull|pointless|petty|shabby|miserable|stupid|grubby|pokey|poky|dreary) little (?:life|job|town|flat|world|friends|office|band|shop|boyfriend|girlfriend|man|woman|guy|career|business|hobby|course|project|village|house|suburb|circle|crowd|existence){WE}|{WB}(?:your|ur) (?:mum|mom|mother|dad|father|parents|family|sister|brother|friends|mates)(?: still| always| basically| just| pretty much)? (?:(?:runs|run|ran|controls|control|controlled) (?:your|ur) (?:life|whole life|every move|decisions)|makes (?:all )?(?:your|ur) decisions|tells (?:you|u) what to (?:think|do|feel)){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people|sister|brother|mum|mom|mother|colleagues|flatmates)[^.!?\n]{0,20}? (?:only|just) (?:care|cared|think|thought) (?:about|of) (?:themselves|partying|money|drinking|appearances|looks){WE}|{WB}(?:{YOU}) could(?:'ve| have) been (?:so much more|something|anything|a real|a proper|so much better)(?![^.!?\n]{0,30}? (?:and|but) (?:you|u) (?:are|chose|became|did)){WE}|{WB}(?:(?:those|these|the) (?:people|lot|crowd|friends|mates|girls|guys|lads) (?:at|from|in) (?:your|ur))[^.!?\n]{0,40}? (?:are|were|'re) (?:(?:all|just|only|such|so|always|really|a bunch of) )*(?:jealous|fake|toxic|shallow|snakes|two-faced|bitter|small-minded|a bad influence|liars|losers|idiots|clowns|users|hypocrites|vultures|pathetic|nasty|vile|snobs){WE}|{WB}(?:your|ur) (?:new )?(?:friends|mates|crowd|lot|people|colleagues|flatmates)[^.!?\n]{0,30}?(?:are|were|'re|have (?:always )?been)(?: (?:all|just|only|such|so|always|really)){0,2} (?:a bad crowd|bad news|leeches|parasites|hangers-on|freeloaders|snobs|a bad lot){WE}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
  ],
  examples: [
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
  ],
})
