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
const B = "(?<![\\w'])"
const E = '(?!\\w)'
/**
 * Lets every space in a pattern stretch (" +"). Besides tolerating double spaces, this keeps V8
 * from analysing every path through chains of alternations at compile time, which under the `iu`
 * flags costs milliseconds per pattern.
 */
const sp = (source: string): string => source.replace(/ /g, ' +')

/** Negated a few words earlier ("I'm not saying he isn't good enough"); `n't` and texting forms included. */
const NEG = String.raw`(?<!(?:${B}(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)${E}[^,.;:!?\n]{0,30})`

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
        String.raw`(?:${B}${PARTNER}(?:'ll|'s)?${NEG}\s+(?:(?:will|would|could|can|does|did|do|is|has|really|truly)\s+)?(?:(?:will|would|could|can|does|did|do|is|has)\s+(?:never|not)|won'?t|wont|can'?t|cant|cannot|doesn'?t|doesnt|didn'?t|didnt|wouldn'?t|wouldnt|couldn'?t|couldnt|never)\s+(?:(?:ever|really|truly|even|be able to)\s+)*${GIVE})[^.!?\n]{0,50}?${B}(?:(?:like|as|the way|the same way)\s+(?:(?:much|well|happy|deeply|good|well|i|me)\s+(?:as\s+)?)?(?:i|me)(?:\s+(?:do|did|can|could|would|have|ever|always))?|what (?:we had|we have|we shared|i gave (?:you|u)|i (?:can|could) give (?:you|u)))${E}`,
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'not-good-enough',
      // "He's not good enough for you", "She doesn't deserve you", "you can do better than him", "he's just a rebound".
      re: sp(
        String.raw`${B}${PARTNER}${NEG}(?:'s|'re|\s+is|\s+are|\s+was)?\s*(?:not|isn'?t|isnt|aren'?t|arent|wasn'?t|wasnt)\s+(?:(?:even|really|just|simply)\s+)?(?:good enough|right for (?:you|u)|worthy of (?:you|u)|worth (?:it|you|your time)|the one for (?:you|u)|for (?:you|u)|your type|half the)${E}|${B}${PARTNER}${NEG}(?:'s|'re| is| are| was|s)\s+(?:(?:just|only|clearly|obviously|really|so|such|nothing but|simply)\s+)*(?:a (?:rebound|phase|distraction|loser|joke|downgrade|placeholder|step down|nobody|mistake|fling)|beneath (?:you|u)|(?:boring|fake|toxic|shallow|bad|wrong) (?:for (?:you|u)|person)|using (?:you|u)|no good for (?:you|u)|out of (?:his|her|their) league)${E}|${B}${PARTNER}${NEG} (?:doesn'?t|does not|doesnt|will never|won'?t|could never|can'?t|cannot|never will|don'?t|do not|dont) (?:even |really )?(?:deserve|appreciate|value|understand|know|respect|love|care about|see) (?:you|u)${E}|${B}${PARTNER} (?:can'?t|cannot|couldn'?t|doesn'?t|does not) even [a-z]+${E}|${B}(?:he|she)(?:'s| is) (?:just )?(?:a|an) (?:sad|pathetic|boring|sad little|middle-aged|old|bald|fat|ugly|dull|basic|creepy|sleazy|total|complete)(?: \w+)? (?:man|guy|bloke|dude|woman|girl|loser|idiot|nobody|clown|joke)${E}${E}|${B}(?:than|for|with|over) some (?:guy|girl|bloke|dude|random|kid|loser|idiot|clown)${E}|${B}(?:nice enough|fine for now|not the kind of (?:man|woman|guy|girl|person) (?:you|u) (?:marry|settle down with|end up with|build a life with)|(?:very |really )?good at pretending|nothing going for (?:him|her|them)|if (?:you|u) like (?:boring|that sort|that kind|that type|that sort of thing))${E}|${B}(?:hope|hoping) (?:he'?s|she'?s|they'?re|he is|she is|he was|she was) worth (?:it|all|the|losing)${E}|${B}(?:you|u) (?:can|could|deserve to) do (?:so much |much |a lot |way )?better than (?:him|her|them|that|this|${PARTNER})${E}|${B}(?:you|u) deserve (?:so much |much |a lot |way )?(?:better|more|someone better) than (?:him|her|them|that|this|what (?:he|she|they)|${PARTNER})${E}|${B}(?:he|she)(?:'s| is) unworthy of (?:you|u)${E}|${B}${PARTNER} (?:will|'ll|could|can) never be (?:half )?the (?:man|woman|person|partner) (?:i am|i was|i'?m|you deserve)${E}|${B}${PARTNER}(?:'s| is| are)? (?:only |just )?(?:after|in it for) (?:your|ur) (?:money|house|flat|car|status|looks|body)${E}`,
      ),
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'wrong-choice',
      // "You're making a huge mistake", "leaving me was the biggest mistake of your life", "your so-called friends".
      re: sp(
        String.raw`${NEG}${B}(?:{YOURE}) (?:(?:just|really|clearly|only)\s+)?(?:making (?:a|the|such a) (?:(?:huge|big|terrible|grave|massive|biggest|worst)\s+)?mistake|settling(?=\s*(?:[.!,;\n]|$)| for (?:less|him|her|them|second best))|wasting (?:your|ur) (?:time|life|years|talent|potential|youth)|throwing (?:your|ur) (?:life|future) away)${E}|${B}(?:leaving me|choosing (?:him|her|them)|dating (?:him|her|them)|being with (?:him|her|them)|moving (?:in|away|out)(?: with (?:him|her|them))?|breaking up with me) (?:is|was|will be|would be) (?:a|the|your) (?:(?:huge|big|terrible|biggest|worst)\s+)?mistake${E}|${B}(?:{YOU}) (?:made|are making|'re making) the wrong (?:choice|decision)${E}|${B}what (?:do|did|can) (?:{YOU}) (?:even |possibly )?see in (?:him|her|them)${E}|${B}i can'?t believe (?:{YOURE}) (?:with|dating|seeing|marrying|engaged to) (?:him|her|them|that)${E}|${B}(?:your|ur) (?:so[- ]called )?friends (?:are|were) (?:fake|toxic|jealous|a bad influence|bad for (?:you|u)|using (?:you|u)|liars|idiots|losers|snakes|never your friends)${E}|${B}(?:your|ur) so[- ]called (?:friends|boyfriend|girlfriend|partner)${E}|${B}(?:your|ur) (?:new )?(?:friends|mates|crowd|flatmates|roommates|colleagues|family|circle|people|lot)(?: \w+)? (?:are|were|have (?:always )?been|sound|seem|look)(?: like)? (?:so |such |really |always |just )?(?:a bad influence|fake|toxic|shallow|jealous|a nightmare|awful|terrible|snakes|using (?:you|u)|bad news|two-faced|losers|idiots|vultures|clowns|pathetic)${E}|${B}(?:that|those|the) (?:\w+ )?(?:crowd|lot|gang|people|friends|group) (?:you|u) (?:hang out|spend time|go out|hang around|run around)(?: with)?(?: now)? (?:is|are) (?:so |such |really )?(?:fake|toxic|shallow|awful|terrible|pathetic|a joke|boring)${E}|${B}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:got involved|interfered|came between us|got between us)${E}|${B}(?:dumbest|stupidest|worst|silliest|most stupid|most ridiculous) (?:decision|mistake|choice|thing) (?:you(?:'ve| have)? ever made|you made|you could make|of your life)${E}|${B}(?:that|your|this) (?:dead-end|dead end|boring|pointless|stupid|silly|crappy|shitty|useless) (?:job|office|course|degree|city|town|flat|band|hobby|life|career)${E}|${B}(?:{YOU}) (?:don'?t|do not|dont) (?:really|truly|actually) (?:love|want|care about) (?:him|her|them)${E}|${B}(?:{YOURE}) (?:only|just) (?:with (?:him|her|them)|dating (?:him|her|them)|seeing (?:him|her|them)) (?:to|because|for|out of)${E}|${B}(?:{YOURE}) (?:just|only) (?:lonely|bored|rebounding|on the rebound|scared of being alone|afraid of being alone)${E}|${B}(?:does|did|will|would|can) (?:he|she|they) even (?:know|care|get|understand|love|notice|remember|make (?:you|u)|listen)${E}|${B}(?:your|ur) (?:friends|family|mother|mum|mom|sister|brother) (?:poisoned|turned) (?:you|u) against me${E}|${B}(?:your|ur) (?:friends|family|mother|mum|mom|sister) (?:filled|got (?:in|into)|messed with) (?:your|ur) head${E}|${B}(?:go for|end up with|settle for|be with|date|dating|chose|choose|pick|picked|fall for|fell for) (?:someone|somebody|a guy|a girl|a man|a woman) like (?:him|her|that)${E}|${B}(?:he|she)(?:'s| is) (?:just |only |barely )?(?:a (?:kid|boy|child|baby|teenager)|out of (?:school|uni|college)|half your age)${E}|${B}(?:he|she)(?:'s| is)(?: not| isn'?t) even (?:that |very |remotely )?(?:good-looking|attractive|smart|funny|interesting|nice|clever|cute|pretty|handsome|kind|your type)${E}|${B}(?:he|she)(?:'ll| will| is going to|'s going to|'s gonna) (?:just )?(?:get bored of (?:you|u)|leave (?:you|u)|cheat on (?:you|u)|dump (?:you|u)|use (?:you|u)|drop (?:you|u)|break (?:your|ur) heart)${E}|${B}(?:that|your new|this new|your) (?:job|city|place|flat|life|lifestyle|crowd|hobby|course|degree|band|move) (?:is|was|sounds|seems) (?:so |really |pretty |completely |just )?(?:boring|fake|pointless|shallow|a joke|a waste|a mistake|beneath you|ridiculous|stupid|silly|sad|pathetic)${E}|${B}(?:you'?re|you are|ur) (?:way |far |much |so much )?too good for (?:him|her|them)${E}|${B}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|brother) (?:never|don'?t|didn'?t) (?:really |even )?(?:cared|care|liked|like|wanted|want|understood|understand) (?:about )?(?:you|u)${E}|${B}(?:those|these|the) (?:people|idiots|clowns|losers|snakes) (?:you|u) (?:call|consider) (?:friends|your friends|mates)${E}|${B}(?:i (?:heard|hear)|everyone knows|apparently),? (?:that )?(?:he|she)(?:'s| is| was) (?:a player|a cheat|a cheater|broke|unemployed|still married|a liar|bad news|trouble|using you)${E}|${B}(?:can'?t|cannot|don'?t|do not|fail to|never will|will never) (?:see|understand|get|fathom) what (?:you|u) see in (?:him|her|them)${E}|${B}(?:your|ur) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature) (?:decision|choice|move|idea)${E}|${B}(?:you|u) made (?:a|such a|the most|the) (?:foolish|silly|stupid|naive|reckless|ridiculous|childish|immature|terrible|dreadful) (?:decision|choice|mistake)${E}`,
      ),
      questions: 'any',
      suggest: ['I hope you are happy, whatever you choose.'],
    },
    {
      id: 'belittle',
      // "She's nothing special", "you downgraded", "your friends are a bunch of idiots".
      re: sp(
        String.raw`${B}${PARTNER}(?:'s| is)${NEG} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly)\s+){0,2}(?:nothing special|nothing compared to (?:me|us)|got nothing on me|boring as|a bit of a (?:mess|joke|bore)|a joke|so boring|thick as|dull as)${E}|${B}${PARTNER}(?:'s| is)${NEG} (?:(?:just|honestly|really|so|such|pretty|kind of|a bit|incredibly|totally|completely)\s+){0,2}(?:boring|fake|shallow|dull|thick|dim|plain|basic|clingy|creepy|sleazy|a loser|a nobody|a creep|a bore)(?=\s*(?:[.!,;]|$| as| and (?:you|u) know))|${B}(?:(?:he|she)(?:'s| has) got|(?:he|she) has) nothing on me${E}|${B}(?:{YOU}) (?:really |seriously |totally )?downgraded${E}|${B}(?:{YOU}) (?:traded|swapped|replaced|left|dumped) me (?:in )?for (?:that|someone like (?:him|her|that)|a (?:kid|boy|child|loser|nobody))(?=\s*(?:[.!?,;]|$))|${B}that (?:new )?(?:guy|girl|man|woman|bloke|boyfriend|girlfriend|fella|lad) of (?:yours|urs) (?:is|was|seems|sounds) (?:such |a total |a complete |just )?(?:a joke|a loser|a clown|an idiot|a nobody|nothing|boring|pathetic)${E}|${B}(?:your|ur) (?:new )?(?:friends|mates|family|crowd|lot|people) (?:are|were) (?:a bunch of|a pack of|a load of|just a bunch of) (?:idiots|clowns|losers|snakes|morons|fakes|liars|users|children|hypocrites)${E}|${B}(?:let|letting) (?:them|(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)) (?:poison|turn|brainwash|get inside) (?:you|u|ur|your)${E}|${B}(?:your|ur) (?:friends|mates|family|mum|mom|mother|sister|parents)[^.!?\n]{0,40}?(?:poisoned|brainwashed|turned) (?:you|u)(?: against me)?${E}|${B}(?:you|u) could do (?:so much |much |way |a lot |far )?better(?=\s*(?:[.!]|$))|${B}good luck with that one${E}|${B}${PARTNER}(?:'s| is)? (?:only |just )?with (?:you|u) (?:for|because of) (?:your|ur) (?:money|house|flat|car|status|looks|body|kids|name)${E}`,
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
  ],
})
