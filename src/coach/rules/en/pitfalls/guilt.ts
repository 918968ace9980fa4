// Guilt: making the reader feel guilty, or responsible for the writer's pain. "I was hurt" and
// "I felt alone when we stopped talking" are feelings; "because of you I'm a better person" is thanks.
import { NOT_SPACE_GIVEN, PAIN_REPORT, servedThen } from '../../../lexicon/en/grievance.js'
import { LAID_AT_DOOR, NOT_TURNED_TO_CREDIT } from '../../../lexicon/en/indirect.js'
import { KIDS, MUM_OR_DAD } from '../../../lexicon/en/people.js'
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

/** Negated a few words earlier ("it's not that you made me cry"); `n't` and texting forms included. */

/** The writer's pain, as a state or an act. */
const PAIN = `(?:miserable|broken|depressed|suffering|suffered|suffer|crying|cried|cry|a (?:mess|wreck|shell of (?:myself|who i was))|in (?:pieces|pain|tears|therapy)|hurting|hurt|alone|lonely|destroyed|ruined|devastated|heartbroken|falling apart|fell apart|sick|anxious|empty|numb|can'?t (?:sleep|eat|function|breathe|trust|work|stop crying)|cant (?:sleep|eat|function|breathe|trust|work|stop crying)|couldn'?t (?:sleep|eat|function|breathe)|haven'?t (?:slept|eaten)|lost (?:everything|(?:all )?my (?:job|friends|appetite|mind|confidence|faith|home|savings)|weight|sleep|myself)|barely (?:sleep|eat|function|surviving|holding on|eaten|slept|coping|getting by|leave the (?:house|flat))|on (?:antidepressants|anti-depressants|medication|meds|tablets|sleeping pills)|signed off(?: work| sick)?|off (?:sick|work)|a nervous wreck|having panic attacks|unable to (?:eat|sleep|work|function|trust|cope)|losing (?:weight|my hair|sleep|my mind)|lost (?:a|two|three|[0-9]+) (?:stone|kilos?|pounds)|(?:don'?t|do not|no longer) (?:even )?recogni[sz]e myself|don'?t know who i am(?: anymore)?|can'?t look (?:at myself )?in the mirror)`

/**
 * Twentieth round (probe eval/twentieth/guilt20-probe): the writer's pain in words PAIN lacks, as the first half of a
 * comparison with the reader's ease ("I can't face work, but I guess you're doing fine").
 */
const PAIN_MORE = `(?:${PAIN}|(?:not|n'?t) been (?:right|myself|the same|well)|(?:wondering|worrying|working out) how (?:to|i'?ll|i will|i'?m going to) (?:pay|cover|afford|manage|cope)|(?:haven'?t|havent|have not|hasn'?t) been able to (?:eat|sleep|work|think|focus|function|cope|face)|can'?t face|cant face|can'?t get out of bed|cant get out of bed|couldn'?t get out of bed|on my own|in bits|talk to (?:the (?:cat|dog|walls)|myself)|lost (?:ten|five|six|seven|eight|nine|twelve|fifteen|twenty) (?:pounds|stone|kilos?|lbs)|barely (?:breathe|get up|keep going)|lying awake|picking up the pieces|dealing with [^.!?\\n]{1,30}? on my own)`

/** The reader's ease, said sourly: "you're doing fine", "having a great time", "get to walk away". */
const READER_EASE = `(?:doing (?:fine|great|grand|well|brilliantly|just fine|ok|okay|amazing|amazingly)|fine|grand|thriving|flourishing|loving (?:life|it|every minute(?: of it)?)|living (?:your|ur) best life|having (?:a (?:great|lovely|grand|fab|fabulous|brilliant|good|wonderful|whale of a) time|fun|a blast|the time of (?:your|ur) life)|(?:just )?get to (?:walk away|move on|carry on|start (?:over|again|afresh|fresh)|forget(?: (?:all about )?(?:it|me|us))?|be happy|go on|live (?:your|ur) life)(?: with (?:your|ur) (?:new )?life)?)`

/** The reader out enjoying themselves: "ur at festivals now", "you're off on holiday with your mates". */
const READER_OUT = `(?:(?:out|off|away|busy|now|all)\\s+)*(?:at (?:festivals?|parties|gigs|the pub|clubs?|raves?|the beach|brunch(?:es)?)|partying|clubbing|out drinking|gallivanting|swanning (?:around|about|off|round)|jetting off|on (?:holiday|hols|a (?:beach|yacht|cruise|stag|hen|city break|lads'? holiday|girls'? (?:trip|holiday)))|having (?:fun|a (?:great|lovely|good|grand|fab|wonderful) time|a blast|the time of (?:your|ur) life)|living (?:it up|(?:your|ur) best life)|out every (?:night|weekend)|posting (?:beach |holiday |party )?(?:pics|photos|selfies|stories))`

/** What the writer is left carrying: "still paying off the wedding", "stuck at home with the kids". */
const BURDEN = `(?:i(?:'m| am| was)|im|i'?ve been|i have been) (?:(?:still|here|left|sat|sitting|lying|at home|now|the one) )?(?:paying|crying|alone|on my own|stuck|left (?:with|to|behind|holding)|picking up|cleaning up|sleeping on|lying awake|in pieces|falling apart|broke|skint|working (?:two|three|double|extra|nights)|struggling|drowning|raising|explaining|(?:finding|taking|getting|working) (?:a )?(?:second|third|another|extra) (?:job|shift)|covering|scraping|skipping meals|in (?:a&e|hospital|casualty|the er|the emergency room))`

/** Family members and children, whose pain can be handed over too. */
const KIN = `(?:mum|mom|mother|ma|mam|mammy|mummy|daddy|auntie|nanna|granda|dad|father|parents|family|sister|brother|${KIDS}|grandma|grandmother|nan|nana|gran|granny|grandad|grandpa|grandfather|little one|little girl|little boy|boys|girls|baby|amma|appa|ammi|abbu|abba|ouma|oupa|mamma)`

/**
 * Eighth round (probe eval/eighth/blame-guilt-probe), by family rather than by sentence. Something of the writer's
 * life taken by the reader ("you've taken my friends from me too", "you robbed me of…").
 */
const TAKEN_FROM_ME = String.raw`{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ve| have)? (?:(?:even|now|also|just)\s+)?(?:taken|took|stole|stolen|robbed)(?! nothing| the time| time| care| over)[^.!?\n]{0,30}? (?:away )?from me(?: (?:too|as well|now|forever))?(?=\s*(?:[.!,;]|$| too| as well))|{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ve| have)? (?:even |also |just )?robbed me of{WE}`

/** Family members made to suffer, wait or go without because of the reader. */
const KIN_HURT = String.raw`{WB}(?:(?:(?:my|our|the|your|ur) )?(?:${KIN}|dog|cat|puppy|kitten)|(?:my|our) (?:boy|girl|lad|lass|wee one|youngest|eldest))(?: \w+)?[^.!?\n]{0,25}? (?:still |always |just )?(?:waits?|waiting|sits?|sitting|stands?|standing|sat|stood|looks? out|looking out|watch(?:es)?|watching)[^.!?\n]{0,30}? (?:(?:at|by|on|from) the (?:door|window|gate|front step|doorstep|porch)|for (?:your|ur) (?:car|call|key|knock|letter|voice|footsteps|face)|for (?:you|u|daddy|mummy|mommy|papa|mama|dad|mum|mom) to (?:come|call|ring|visit|walk|turn up|show))(?![^.!?\n]{0,40}(?:love|excited|looking forward|can'?t wait|sweet)){WE}|{WB}(?:(?:my|our|the|your|ur) )?${KIN}(?: \w+)? (?:has|have|had)(?:n'?t| not|nt) (?:once |even |really |properly )?(?:smiled|laughed|eaten|slept|spoken|sung|gone out|left the house|stopped crying|been (?:herself|himself|themselves|the same|well|right|out))(?: [a-z]+){0,3} since (?:{YOU}) (?:left|went|walked out|moved out|moved on|packed|stopped|said){WE}|{WB}(?:(?:my|our|the|your|ur) )?${KIN}(?: \w+)?(?![^.!?\n]{0,60}(?:smil|laugh|grin|happ|proud))[^.!?\n]{0,60}?(?:can'?t|cannot|can no longer|(?:are|is|were|was) not able|(?:aren'?t|isn'?t|weren'?t|wasn'?t) able|unable|no longer|ashamed|won'?t|don'?t|doesn'?t|haven'?t|hasn'?t|never|cry|cries|cried|crying|suffer|suffering|sick|ill|heartbroken)[^.!?\n]{0,40}? because of (?:{YOU}|what (?:{YOU}) did|your|ur){WE}|{WB}(?:(?:my|our|the|your|ur) )?${KIN}[^.!?\n]{0,80}?,? (?:and|but|yet) (?:{YOU}) (?:still )?(?:haven'?t|have not|havent|hasn'?t|didn'?t|did not|never|can'?t|couldn'?t|won'?t|cant|couldnt)(?: (?:even|once|bothered to|been bothered to|so much as))* (?:rung|rang|ring|called|call|phoned|phone|visited|visit|written|write|texted|text|sent|come|came|asked|bothered|checked|pick(?:ed)? up)(?![^.!?\n]{0,40}(?:fine|okay|ok|understand|no problem|fair|of course|that'?s alright)){WE}|{WB}i (?:had|have|'ve had|'ll have|will have) to (?:tell|explain to|break it to) (?:the kids|the children|our (?:son|daughter|kids|children|boy|girl)|my (?:mum|mother|dad|father|parents|family|nan|gran)|everyone|everybody|(?:your|ur) (?:mum|mother|dad|parents|family))[^.!?\n]{0,40}? (?:why|that|where) (?:you|u|daddy|mummy|mommy|their (?:dad|mum|father|mother|mom))(?:'re| are| were| was)? (?:left|gone|went|walked|aren'?t|isn'?t|weren'?t|wasn'?t|won'?t|wouldn'?t|don'?t|doesn'?t|didn'?t|not|never|moved|chose|cheated){WE}`

/**
 * The writer's pain sent as a bill: a pain reported with a tag ("I've lost a stone, so I hope you're pleased", "fyi i
 * havent showered in days"), a hope that it haunts them ("I hope the guilt eats at you"), sarcastic leave to enjoy
 * themselves while the writer is alone, a price named ("hope the flat was worth losing us"), what is left of the
 * writer, and a debt claimed ("you owe me the truth after all the years I waited").
 */
const PAIN_BILL = String.raw`${PAIN_REPORT}[^.!?\n]{0,40}?(?:,|;|—|-|\.)\s*(?:so |and |well,? )?(?:(?:i )?hope (?:{YOURE}) (?:proud|happy|pleased|satisfied|chuffed|content)(?: (?:now|of yourself|with yourself))?(?=\s*(?:[.!]|$))|just so (?:{YOU}) know|fyi|btw|(?:in case|if) (?:{YOU}) (?:were|was) wondering)|{WB}just so (?:{YOU}) know,?\s+${PAIN_REPORT}|{WB}(?:fyi|btw),?\s+${PAIN_REPORT}|{WB}(?:i )?hope (?:this|it|that|my (?:letter|words|face)|what (?:you|u) did|(?:the )?(?:memory|guilt|thought) of [a-z ]{1,20}?|(?:this|my|the) [a-z]+)(?: (?:will|would|'ll|always|still|really))? (?:keeps? (?:{YOU}) (?:up|awake)|haunts? (?:{YOU})|eats? (?:at|away at) (?:{YOU})|weighs? on (?:{YOU}|your conscience|ur conscience)|gnaws? at (?:{YOU})){WE}|(?:alone|on my own|by myself|crying|in tears|in bits|stuck)[^.!?\n]{0,60}?,? but (?:(?:you|u) )?(?:go|carry on|off you go)(?: on| ahead)?,?(?: and)? (?:enjoy (?:yourself|yourselves|it|your|ur)|have (?:fun|a (?:great|lovely|nice|good|wonderful|fab|brilliant) (?:time|christmas|life|holiday|night))|live (?:your|ur)|celebrate|party){WE}|{WB}(?:hope|hoping|trust|bet)\s+[^.!?\n]{1,30}?(?:'s| is| was| are| were) (?:all |really )?worth (?:what it cost me|all it cost me|everything it cost me|losing (?:me|us|your family|everything|your kids|the kids)|breaking (?:my|our|your|up)|(?:watching|seeing) me [a-z]+|(?:all )?(?:the|my) (?:tears|pain|hurt|heartbreak|misery)|(?:wrecking|destroying|throwing away) (?:us|our|everything|a|your|this)){WE}|{WB}(?:is|was) (?:she|he|it|that|the [a-z]+) (?:really )?worth (?:losing (?:me|us|everything)|breaking (?:my|our|up)|wrecking|destroying|throwing away|all (?:this|the (?:pain|tears|hurt))){WE}|{WB}look (?:at )?what(?:'s| is) left of (?:me|my life|us){WE}|{WB}(?:{YOU}) owe me(?! nothing)[^.!?\n]{0,40}? (?:after|for) (?:all|everything|the (?:\w+ )?years|all (?:the|those) (?:\w+ )?years)(?: (?:that )?i (?:gave|spent|did|wasted|sacrificed|put (?:in|up with)|stood by|waited|looked after|supported)| i(?:'ve| have)? (?:done|given|been through|sacrificed)){WE}`

/**
 * What the reader left the writer to carry ("the debts you saddled me with"), and the writer's labour alone while the
 * reader enjoyed themselves ("I ran the house while you were off backpacking"). "You never thanked me" alone is left to
 * blame, as the tuning set labels it.
 */
/** The reader's good time, set against the writer's pain: "while you were on your honeymoon, I …". */
const ENJOYING = `(?:off |out |away )?(?:on (?:(?:your|ur|a|the) )?(?:honeymoon|holiday|holidays|hols|vacation|cruise|beach)|partying|having (?:fun|a (?:great|lovely|good|wonderful) time|the time of (?:your|ur) life)|sleep(?:ing)? (?:soundly|well|fine|like a baby)|living it up|living (?:your|ur) best life|enjoying (?:yourself|your|ur|the)|sunning yourself|celebrating|getting (?:married|engaged)|in (?:bed|the arms of) with)`

const LEFT_TO_BEAR = String.raw`{WB}(?:the|this|a|my|all the|all this|all your|your|ur) (?:[a-z]+ )?(?:cross|burden|weight|mess|pain|scars?|wreckage|debts?|damage|wounds?|baggage|trauma|heartache|grief) (?:that )?(?:{YOU})(?:'ve| have)? (?:left|gave|given|handed|dumped|put|landed|saddled|laid) (?:me|on me|on my shoulders)(?: with| to (?:carry|bear|deal with|clean up))?{WE}|{WB}i (?:kept|held|ran|raised|paid|worked|did|looked after|carried|cared for|nursed|brought up|managed|juggled|handled|covered|fed|cleaned|saved)[^.!?\n]{0,50}? (?:while|whilst) (?:{YOU}) (?:(?:were|was)\s+)?(?:off |out |away )?(?:found yourself|finding yourself|swanned|swanning|gallivanted|gallivanting|partied|partying|jetted|jetting|flew off|went (?:off|out|travelling|traveling|partying|drinking|clubbing)|lived it up|living it up|enjoyed|enjoying|had (?:fun|a ball|the time)|sunned|sunning|travelled|traveled|travelling|traveling|backpacked|backpacking|holidayed|on holiday){WE}(?![^.!?\n]{0,60}(?:good|lovely|fun|happy|best|miss|love|sweet|happiest|fair|deserved))|{WB}(?:while|whilst) (?:you|u)(?:'re| are| were| was|'ve been| have been)? ${ENJOYING}[^.!?\n]{0,40}?,? i(?:'m| am| was|'ve been| have been|m)?\s[^.!?\n]{0,40}?(?:alone|on my own|by myself|crying|in tears|in pieces|in bits|falling apart|lying awake|struggling|sick|ill|in hospital|in (?:a )?court(?:room)?|paying|picking up the pieces|cleaning up|grieving){WE}|{WB}i(?:'m| am| was|'ve been| have been|m)?\s[^.!?\n]{0,80}?,? (?:while|whilst) (?:you|u)(?:'re| are| were| was|'ve been| have been)? ${ENJOYING}{WE}|{WB}(?:every|each|this|last) (?:single )?(?:birthday|christmas|anniversary|new year'?s?(?: eve)?|valentine'?s(?: day)?)[^.!?\n]{0,40}? (?:alone|on my own|by myself|for one){WE}(?![^.!?\n]{0,40}(?:fine|okay|ok|good for me|enjoy|peaceful|lovely|grown))|{WB}(?:(?:my|our|the|your|ur) )?(?:${KIN}|dog|cat|puppy|kitten) (?:still )?(?:looks?|looking|searches|searching|listens?|listening|waits?|waiting) for (?:you|u|your [a-z]+)[^.!?\n]{0,30}? (?:every time|whenever|each time) (?:the door|a car|the phone|someone|the gate|a key){WE}|{WB}i [^.!?\n]{1,60}?(?:alone|on my own|by myself)[^.!?\n]{0,20}?,? (?:and|but|while) (?:you|u) (?:weren'?t|were not|wasn'?t|was not|were nowhere|were never) (?:there|around|to be seen|near){WE}|{WB}(?:i have|i'?ve got|i got) nothing left,? (?:(?:because|cos|coz|'cause) )?(?:you|u) took (?:it all|everything|all of it){WE}|(?:i(?:'m| am| was|'ve been| have been)|im)\s[^.!?\n]{0,30}?(?:alone|on my own|lonely|miserable|in bits|in pieces|crying|a mess|a wreck|falling apart)[^.!?\n]{0,40}?(?:,|;|—|and)\s+(?:(?:but|so)\s+)?(?:i )?hope (?:{YOURE}) (?:enjoying (?:yours|it|yourself|(?:your|ur) (?:freedom|weekends?|new life|life|holiday|summer|christmas|evenings?))|having fun){WE}`

export default defineRule({
  id: 'guilt',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'brief-sincere',
  title: 'Guilt',
  summary: "Making the reader feel guilty, or responsible for the writer's pain.",
  message:
    'This hands them a debt: they will feel blamed for your pain, and guilt pushes people away rather than bringing them back. Say what you went through in the first person ("I was hurt…"), without making it their fault.',
  patterns: [
    {
      id: 'after-everything',
      // The shared past as the reader's debt, with what they did: "I can't believe you'd do this to me after
      // everything", "after everything we've been through you just leave", "After everything, you block me?".
      re: sp(
        String.raw`{WB}(?:{YOU}|you'?d|u'?d|you would|you could)(?: (?:just|really|actually|would|could|still))? (?:do|did|does|doing) (?:this|that|it) to me[^.!?\n]{0,20}? after (?:everything|all (?:these|those|this|that|we|i)){WE}|{WB}after (?:everything|all (?:these|those) years)(?:(?: (?:we'?ve|we have|we'?d|we had|we) (?:been through|shared|built|had|went through)),?|,) (?:{YOU})(?: (?:just|really|still|would|could|can|go and|went and))? (?:(?:do|did|does) (?:this|that)|leave|left|walk away|walked away|go|went|throw it away|threw it away|throw us away|threw us away|turn your back|turned your back|ignore me|ignored me|block me|blocked me|treat me|treated me|disappear|disappeared|move on|moved on|replace me|replaced me){WE}`,
      ),
      span: 'sentence',
      questions: 'any',
    },
    {
      id: 'after-all-i-did',
      // "After everything I did for you…", "after all I sacrificed", "Is this how you repay me?"
      re: sp(
        String.raw`{WB}after (?:all|everything) (?:that )?(?:i(?:'?ve| have| had)?|ive|i'?d)\s+(?:(?:ever|already)\s+)?(?:(?:done|did|gave|given|went through|been through|put up with|invested|suffered|given up|gave up|endured|risked|lost|changed)\s+(?:for|because of) (?:{YOU}|us|this relationship|our relationship|this family|ya)|sacrificed|put up with|gave up|given up|endured){WE}|{WB}(?:this is|is this|that'?s|is that) how (?:{YOU}) (?:repay|thank|treat) me{WE}|{WB}(?:{YOU}) repay me (?:like this|with|by){WE}|{WB}this is the thanks i get{WE}|{WB}(?:{IVE}|i|ive)\s+(?:(?:only|always|literally)\s+)?(?:gave|given) (?:{YOU}) (?:everything|my (?:all|everything|whole life|life|best years|youth|twenties|heart and soul)|the best years of my life|(?:\w+ )?years of my life)(?![^.!?\n]{0,80}?(?:on me|my fault|my own|mine to|i was wrong|grateful|thank|(?:you|u) gave me|together|treasure|cherish)){WE}|{WB}i (?:sacrificed|gave up|have given up|'ve given up) (?:everything|so much|it all|my (?:career|job|friends|family|dreams|life|youth|whole life|twenties|home)) for (?:{YOU}|us){WE}|{WB}i wasted (?:(?:\w+ ){0,2}years|the best years|my (?:life|youth|time|twenties)) on (?:{YOU}|this|us){WE}|{WB}i (?:put|placed) (?:my )?(?:whole |entire )?(?:life|career|dreams|plans|studies|future) on (?:hold|pause|ice|the back burner) for (?:{YOU}|us){WE}|{WB}i (?:turned down|gave up|sacrificed|walked away from|passed on)[^.!?\n]{1,70}? (?:for|to follow|to be with|to move in with) (?:{YOU}|us){WE}|{WB}i (?:left|uprooted|abandoned|packed up) (?:my )?(?:whole |entire )?(?:life|career|job|friends|family|home|country|everything|everyone)(?:,? [^.!?\n]{1,30}?)? (?:for|to follow|(?:for )?to be with) (?:{YOU})(?![^.!?\n]{0,60}?(?:again|regret|gladly|happily|best (?:thing|decision)|glad|worth it|no regrets|choice|chose|wanted to|my (?:own )?decision)){WE}|{WB}(?:and )?this is what i get{WE}|{WB}(?:and )?this is how (?:it|things|it all|everything) (?:ends?|ended|end up|ends up) for me(?=\s*(?:[.!,;…—–]|$))|{WB}i (?:turned down|gave up|passed on|said no to|walked away from|left|sold|quit|moved away from) [^.!?\n]{1,50}? (?:so (?:that )?(?:we|you|u) could|for (?:you|u|your|ur|us)){WE}[^.!?\n]{0,60}?,? (?:remember that|don'?t (?:you )?forget (?:that|it)|just so (?:you|u) know|in case (?:you|u) forgot){WE}|{WB}i (?:did|gave|have given|'ve given) (?:everything|it all|so much) for (?:{YOU}){WE}|{WB}i was (?:always )?there for (?:{YOU})[^.!?\n]{0,60}?(?:and|but) (?:now |then |still )?(?:{YOU}) (?:couldn'?t|can'?t|didn'?t|won'?t|wouldn'?t|never){WE}|{WB}(?:and|but) (?:now |then |still )?(?:{YOU}) (?:can'?t|cannot|can not|couldn'?t|won'?t|wouldn'?t|didn'?t|don'?t) (?:even )?(?:spare|be bothered|give me|pick up|answer|call|show up|be there|make time|find (?:the )?time){WE}|{WB}i (?:always )?put (?:you|u) first[^.!?\n]{0,40}?(?:and|but) (?:you|u){WE}|{WB}(?:the|all the|all my|every|my) sacrifices? i(?:'ve| have)? (?:made|did)(?: for (?:{YOU}|us))?{WE}`,
      ),
      span: 'sentence',
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'because-of-you',
      // "Because of you I can't sleep", "I cry every night because of you", "You made me miserable".
      re: sp(
        [
          String.raw`{WB}(?:because of|thanks to) (?:{YOU}|what (?:{YOU}) did),?\s+(?:i|im|i'?m|i am|i was|i'?ve|i have|ive|my life)\s+(?:(?:have|has|had|been|now|still|literally|barely|completely|totally|just|am|'m|was|so|always|never|can'?t stop|ended up)\s+)*${PAIN}{WE}|{WB}(?:i|im|i'?m|i am|i was|i'?ve|i have|ive)\s+(?:(?:been|now|still|so|completely|totally|literally|just|am|was)\s+)*${PAIN}[^.!?\n,;]{0,40}?{WB}(?:because|coz|cuz|cos|bc) of (?:{YOU}|what (?:{YOU}) did|how (?:{YOU}) treated me|your (?:lies|cheating|betrayal|choices|silence)){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:(?:have|'ve|really|just|only|always)\s+)?(?:made|make) me (?:(?:so|feel so|feel)\s+)?(?:cry|suffer|miserable|sick|unhappy|depressed|hate myself|lose (?:everything|myself|my mind)|a (?:mess|wreck)|broken|bleed|ill)(?! (?:(?:with|from) (?:laughter|joy|happiness|laughing)|laughing|happy tears|tears of joy)){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:(?:really|just|completely|totally|literally)\s+)?(?:broke|shattered|crushed|destroyed|ripped out|tore out|stomped on) (?:my heart|me){WE}(?!\s+(?:out|free|open|in|away))|{NOT_NEGATED_WORD}{WB}(?:{YOU}) left me (?:broken|shattered|in pieces|with nothing|alone with|to pick up|devastated|a (?:wreck|mess)|to suffer|to rot){WE}|{WB}look (?:at )?what (?:{YOU}) (?:did|have done|'ve done|made) (?:to|of) me{WE}|{WB}what (?:{YOU}) (?:did|'ve done|have done|put me through) to me{WE}|{WB}what (?:{YOU}) put me through{WE}|{WB}the pain (?:{YOU})(?:'ve| have)? caused(?: me)?{WE}|{WB}how (?:much|badly|deeply) (?:{YOU})(?:'ve| have)? (?:hurt|destroyed|broken|damaged) me{WE}|{WB}(?:{YOU})(?:'d| would| will|'ll) (?:break|shatter|crush) my heart{WE}|{WB}(?:(?:{YOU}) (?:just )?|and )left me (?:to (?:explain|deal with|pick up|clean up|face|handle|tell|raise|pay)|alone (?:to|with)){WE}|{WB}if (?:{YOU}) (?:don'?t|do not|dont|won'?t|leave|go|choose|stay)[^.!?\n]{0,60}?(?:still be alive|be alive|kill myself|end (?:it all|my life)|won'?t (?:make it|survive|be here)|can'?t (?:go on|survive|live)){WE}|{WB}(?:how could|why would|why did) (?:{YOU}) do (?:this|that) to me{WE}|{WB}(?:{YOU}) (?:have|'ve got|got) no idea (?:what|how much|how badly)(?! (?:i|it|that) (?:appreciat|meant|mean|love|admire|miss|like|enjoy|treasure|needed|need|value|cherish|look(?:ed)? forward))(?! (?:your|ur|that|this|the|those|these) (?:[a-z'-]+ ){0,3}(?:meant|means|mean|helped|helps|cheered|lifted|brightened|made me (?:smile|laugh|happy)|got me through|did for me))|{WB}(?:i'?m|i am|i was|i'?ve been) (?:the one )?(?:left|stuck) (?:to (?:pick up|deal with|clean up|explain|raise|pay|tell)|with (?:the (?:bills|debt|kids|mess)|nothing)){WE}|{WB}(?:{YOU}) took (?:everything|my (?:youth|best years|confidence|life|friends|home|self-esteem|trust)) from me{WE}|{WB}(?:i'?ll|i will|i may|i might|i can'?t|i) never (?:recover|get over|heal) from what (?:{YOU}){WE}|{WB}(?:your|ur) fault (?:that )?i(?:'m| am| can'?t| feel| have| was| cry){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:cannot|can'?t|could not|couldn'?t|will never|have no way to) (?:possibly |even )?(?:imagine|know|understand|begin to (?:understand|imagine)|fathom) (?:the (?:pain|suffering|hurt|damage|agony|misery)|how (?:much|deeply|badly) (?:i(?:'ve| have)? (?:suffered|cried|hurt|struggled|lost)|(?:you|u)(?:'ve| have)? (?:hurt|damaged|broken))){WE}|{WB}the (?:hurt|damage|suffering|harm|tears|misery|heartache) (?:{YOU})(?:'ve| have)? caused{WE}|{WB}(?:i(?:'ve| have) been|i was|i'?m|i am) left (?:alone to|to cope|to deal|with nothing|to pick up|to face|to explain){WE}|{WB}(?:it is|it'?s|it was) (?:all |only )?because of (?:{YOU}) that i{WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ve| have) (?:broken|shattered|crushed|destroyed|ruined) (?:my heart|me|my life){WE}|{WB}i (?:have not|haven'?t|havent) (?:slept|eaten|left the (?:house|flat)|stopped crying|been able to (?:work|sleep|eat|function|cope|face [a-z]+|go out|think))[^.!?\n]{0,30}?(?:because of|since) (?:{YOU}){WE}(?! (?:left|went|moved))|${TAKEN_FROM_ME}`,
          // Seventeenth lead review: the hardship, then "and it is because you are not here" — "I cannot concentrate at my
          // work, my boss already gave me a warning, and it is because you are not here", "I lost my job and it's all
          // because you left me".
          String.raw`{WB}(?:i|im|i'?m|i am)\s+(?:can'?t|cannot|cant|couldn'?t|could not|lost|haven'?t|have not|am not|'m not|failed|quit|dropped|barely)\b[^.!?\n]{0,100}?\b(?:and\s+)?(?:it'?s|it is|its|that'?s|that is|this is)\s+(?:all\s+|only\s+|just\s+|simply\s+)?(?:because|cos|coz|cause|'cause)\s+(?:of\s+(?:{YOU})(?![a-z])(?!\s+that\b|\s+i\s+(?:did|got|made|managed|survived|learned|learnt|could|can|finished|passed|am\s+(?:better|okay|ok|here)))|(?:{YOU})(?:'re|\s+are|\s+r|\s+were)?\s+(?:not\s+here|not\s+around|gone|left|went|walked\s+out|ended\s+(?:it|things)|broke\s+up\s+with\s+me|left\s+me)(?![a-z]))`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
    {
      id: 'do-you-even-care',
      // "You don't even care how I feel", "I hope you're happy now", "You should be ashamed".
      re: sp(
        String.raw`{WB}(?:{YOU}) (?:don'?t|do not|dont|didn'?t|didnt|never) (?:even )?(?:(?:seem|appear) to |seemed to )?care (?:about me|how (?:i|much|this)|what (?:this|i|you)|that i|if i|whether i){WE}|{WB}(?:{YOU}) couldn'?t care less{WE}|{WB}(?:do|did) (?:{YOU}) (?:even )?(?:care|know|realize|realise|have any idea|understand) (?:how much|what) (?:(?:{YOU}) (?:hurt|did|put me through|have done|'ve done|made)|i(?:'ve| have)? (?:suffered|cried|been through|went through|gave up|sacrificed|lost)|pain|damage|hurt){WE}|{WB}(?:hope|hoping) (?:{YOURE}) (?:satisfied|proud of yourself|pleased with yourself|enjoying (?:this|it|yourself)) now{WE}|{WB}(?:hope|hoping) (?:{YOURE}) happy now(?=\s*!){WE}|{WB}(?:hope|hoping) (?:{YOURE}) proud of yourself{WE}(?! for (?:finishing|getting|passing|winning|running|completing|graduating|landing|reaching|building|starting|quitting|making it|all (?:your|the|that) (?:hard )?work|everything (?:you'?ve|you have) (?:done|achieved|built)))|{WB}(?:do|did) (?:{YOU}) (?:even|ever) care (?:that|how|what|about|if|whether){WE}|{WB}hope (?:{YOU}) (?:sleep well(?! (?:these|again|now|in|and|tonight))|can sleep|can live with(?! me{WE}| my{WE})|never (?:have to )?feel what){WE}|{WB}hope (?:{YOU}) (?:can )?(?:sleep|rest)(?: (?:well|soundly|easy|easily|peacefully|fine|ok|okay|tight))?(?: at night)?,? knowing{WE}|{WB}(?:live|sleep) with (?:yourself|what (?:you|it|that|this) (?:did|does|has done|'s done)(?: to me)?|what (?:you'?ve|you have) done|that on your conscience){WE}|{WB}(?:watch|see|hear) (?:her|him|them|my (?:${MUM_OR_DAD}|${KIDS}|sister|brother)) cry{WE}|{WB}(?:{YOU})(?:'ll| will) be the one (?:who|that) (?:broke|hurt|ruined|destroyed|let){WE}|{WB}(?:hope|hoping) (?:he'?s|she'?s|they'?re|he is|she is|it was|he was|she was) worth (?:it|all|the|losing){WE}|{WB}(?:{YOU})(?:'ve|'re| are| have| just)?[^.!?\n,]{0,40}?like nothing (?:ever )?happened{WE}|{WB}(?:it )?must be nice,? (?:to|for you|being){WE}${NOT_TURNED_TO_CREDIT}|{WB}must be (?:lovely|great|wonderful|nice|so nice|so easy|easy) (?:for (?:you|u) )?to (?:sleep (?:soundly|well|at night)|rest easy|move on so|just move on|forget|walk away|not care|not have to|start (?:over|again|fresh)|switch off|have no conscience){WE}|{WB}(?:my (?:${MUM_OR_DAD}|parents|family|sister|brother|${KIDS}|grandma|grandmother|nan)|the kids|our (?:${KIDS}))[^.!?\n]{0,40}? (?:cries|crying|in tears|cried (?:for|about|over|because of) (?:you|u)|(?:cry|cries|cried)[^.!?\n]{0,30}? because (?:you|u) (?:left|went|walked out|moved out)|cried (?:all|every)|(?:is|are|was|were) (?:heartbroken|devastated)(?! (?:when|after) (?:she|he|they|we|i) (?:heard|found out|was told|were told|saw (?:it|the news)))){WE}|{WB}not that (?:{YOU})(?:'d| would| even| will)? care{WE}|{WB}(?:{YOU}) should (?:be ashamed|feel (?:guilty|bad|ashamed|terrible|awful)){WE}|{WB}shame on (?:{YOU}){WE}|{WB}(?:while|and) (?:{YOURE}|you were) (?:out(?: there)? )?(?:having (?:the time of (?:your|ur) life|fun|a great time|a blast)|partying|living (?:your|ur) best life|enjoying (?:yourself|your life|your new life|ur life)){WE}|{WB}(?:do|did) (?:{YOU}) (?:even )?(?:know|have any idea) what it'?s (?:been )?like{WE}|{WB}while (?:{YOU})(?:'ve| have| are|'re)? (?:moved on|moving on|been (?:out|partying|happy)|found someone|started (?:over|again|a new)){WE}|{WB}how (?:do|can) (?:{YOU}) (?:sleep at night|live with yourself|look at yourself){WE}|{WB}(?:i )?hope (?:{YOU}) (?:feel|are|'re) (?:guilty|ashamed|terrible|awful|miserable){WE}|{WB}(?:hope|trust) (?:{YOURE}) (?:content|pleased|satisfied) (?:now|with yourself|with what (?:you'?ve|you have) done){WE}|{WB}(?:hope|trust) (?:{YOURE}) proud of what (?:you'?ve|you have) done{WE}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
    {
      id: 'you-did-this',
      // "You did this to me", "You made me this way", "you left me when I needed you most".
      re: sp(
        String.raw`{NOT_NEGATED_WORD}{WB}(?:{YOU}) did this to me{WE}|{WB}look (?:at )?what (?:{YOU})(?:'ve| have)? ?(?:done|did|made)(?: (?:to|of) me)?(?=\s*(?:[.!,;—]|$))|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:made|turned) me (?:this way|like this|into (?:this|someone i|a person i|the person i|what i am|a (?:wreck|mess|shell))){WE}(?![^.!?\n]{0,25}?(?:braver|kinder|stronger|better|happier|wiser|grateful|thank))|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:left|abandoned|dropped|ditched|walked out on|gave up on) me (?:when|just when|right when|at the moment) i (?:needed|was at my|was (?:sick|ill|pregnant|grieving|struggling|lowest))(?: (?:you|u|ya|someone|somebody|help))?(?: (?:the )?most)?{WE}|{WB}(?:{YOURE}|you were) the reason (?:why )?i(?:'m| am| was| can'?t| cant| cry| cried| don'?t| feel| have| lost| never){WE}|{WB}i hope (?:{YOU}) (?:remember|think (?:about|of)) (?:this|that|what (?:you|u) did|me crying)(?=\s*(?:[.!,;]|$| every| when| whenever| for the rest))|{WB}hope (?:{YOURE}) happy with yourself{WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ve| have)? (?:(?:really|just|completely|totally|utterly)\s+)?(?:wrecked|ruined|destroyed|broken|broke|gutted|crushed|shattered) me(?=\s*(?:[.!,;]|$| and| inside| completely))|{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ve| have)? (?:(?:really|just|completely|totally|utterly)\s+)?made my life (?:(?:a )?(?:living )?hell|a misery|miserable|unbearable|a nightmare){WE}|{WB}(?:pain|misery|scars?|trauma|hurt|heartbreak)[^.!?\n]{0,30}?(?:thanks to|because of) (?:{YOU})(?=\s*(?:[.!]|$))|{WB}i(?:'ll| will)? (?:never|can'?t|cant|cannot) (?:trust|love|open up to|believe) (?:anyone|anybody|another (?:man|woman|person)|again)[^.!?\n]{0,30}?because of (?:{YOU}){WE}|{WB}i (?:cried|was (?:crying|falling apart|breaking down|drowning|struggling|suffering))[^.!?\n]{0,60}?and (?:you|u) (?:didn'?t|did not|didnt|never|couldn'?t) (?:even )?(?:notice|care|ask|see|call){WE}|{WB}(?:do|did) (?:{YOU}) (?:even )?know how (?:many (?:nights|times|days)|long|often) i (?:cried|suffered|waited|hurt|struggled|lay awake){WE}|{WB}i (?:moved|relocated|quit|left|gave up|sacrificed|changed|dropped)[^.!?\n]{1,40}? for (?:you|u),? and (?:this is (?:how|what)|now (?:you|u|look)|(?:you|u) (?:just )?(?:left|threw|walked|dumped|dropped)){WE}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
    {
      id: 'left-to-carry',
      // "I'm the one who has to explain to everyone", "while you're in Bali I'm still paying off the wedding",
      // "the children ask every night why Papa doesn't come home", "not so much as a thank you".
      re: sp(
        String.raw`{WB}(?:i )?hope (?:it|he|she|they|this|that|(?:the|your|ur|his|her) (?:new )?[\w-]+(?: [\w-]+)?) (?:is|was|'s|are|were) worth (?:what (?:it'?s|it is|this is|(?:you'?re|you are|you|u)(?:'ve| have)?) (?:doing|done|did|costing|cost) (?:to )?me|(?:all )?(?:my|the) (?:pain|tears|heartache|hurt|misery|sleepless nights)(?! (?:you|u|it) (?:saved|spared))){WE}|{WB}i(?: would|'d) have liked (?:some|a little|any|a bit of|one word of|a word of|just a bit of)? ?(?:acknowledge?ment|recognition|thanks|gratitude|credit|appreciation)(?: (?:of|for) (?:that|it|this|what i|the (?:years|sacrifice|move)|everything))?{WE}|{WB}(?:i'?m|i am|im|i was|i'?ve been) (?:now |still |always )?the (?:only )?one (?:who |that )?(?:(?:still|now|always|left)\s+)?(?:(?:'s|is|has|had|was|gets|got|ends up|ended up|left|stuck|having)\s+)?(?:(?:to|with)\s+)?(?:explain|deal|pick|clean|pay|tell|face|sleep|answer|look after|raise|carry|cope|sort|cry|lie awake|lying awake|explaining|dealing|picking|cleaning|paying|telling|facing|sleeping|answering|looking after|raising|carrying|coping|sorting|crying)(?! (?:for|to) (?:my|what i|it all)){WE}|{WB}(?:{YOURE}|you were) the one (?:who|that) (?:did (?:this|that|it) to me|hurt me|broke (?:me|my heart)|made me (?:cry|like this|this way)|caused (?:this|it|all this|me)){WE}|{WB}(?:while|whilst) (?:{YOURE}|you were|u were|you'?ve been|you have been) [^.!?\n]{3,50}?,? ${BURDEN}{WE}|${BURDEN}[^.!?\n]{0,40}? (?:while|whilst) (?:{YOURE}|you were|u were|you'?ve been) (?:out|off|having|partying|living|enjoying|sunning|travelling|traveling|swanning|gallivanting|on holiday|in (?:bed|bali|ibiza)|with (?:him|her|them|your|ur)){WE}|{WB}(?:{YOU}) (?:get|got|gets) to [^.!?\n]{1,40}?(?:(?:while|whilst|and|but)|[;—])\s*(?:i(?:'m| am| was| have to| had to| get| got|'ve got| stay)|im){WE}|{WB}(?:paying|pay|paid) for (?:your|ur) (?:mistakes|choices|decisions|debts|lies|affair|selfishness){WE}|{WB}i (?:have to|had to|must|'ll have to|will have to|get to) live with (?:what (?:{YOU}) (?:did|'ve done|have done)|the (?:consequences|mess|damage|fallout) (?:of )?(?:what )?(?:you|u|your|ur)){WE}|{WB}(?:{YOU}) (?:just )?left me with (?:the|a|our|two|three|all (?:the|your)|your|ur) (?:\w+ )?(?:kids|children|debts?|bills|mortgage|rent|mess|baby|loans?){WE}|{WB}(?:(?:my|our|the|your) )?${KIN}(?: \w+)?(?:'s| has| have| hasn'?t| haven'?t| is| are| isn'?t| aren'?t| was| were)(?: not)? (?:been )?(?:well|the same|right|sleeping|eating|ill|sick|poorly|in bits|heartbroken|in pieces|devastated|in tears|a wreck) (?:ever )?since (?:{YOU}) (?:left|went|walked out|moved out|moved on){WE}|{WB}(?:my|our|the|your) ${KIN}(?: \w+)?[^.!?\n]{0,20}? (?:keeps? asking|still asks?|asks? (?:me )?every (?:single )?(?:night|day|morning|week|time)|ask(?:s|ed)? (?:me )?(?:why|where|when|if|whether))[^.!?\n]{0,40}? (?:you|u|daddy|mummy|mommy|papa|mama|dad|mum|mom)(?:'s| is| are|'re| still (?:love|loves|care|cares|miss|misses|want|wants|think|thinks)|'ll(?![^.!?\n]{0,40}(?:love|like|hope|want))| will(?![^.!?\n]{0,40}(?:love|like|hope|want))| would(?![^.!?\n]{0,40}(?:love|like|hope|want))| doesn'?t| don'?t| won'?t| isn'?t| aren'?t| left| went| never| stopped| not| has| isnt| doesnt)(?! (?:coming to (?:visit|stay)|well|ok|okay|alright)){WE}|{WB}(?:not|never|without) (?:so much as|even|once|one|a single) (?:a )?(?:thank[- ]you|thanks|word of thanks){WE}|{WB}(?:{YOU}) never (?:once |even )?(?:said|say) (?:thanks|thank you){WE}|{WB}(?:this|that) (?:is|was|'s) (?:my|the) (?:reward|thanks|repayment|payback)(?! for (?:being|seeing))(?: i (?:get|got))?{WE}|{WB}(?:(?:my|our|the) )?${KIN}(?: \w+)?[^.!?\n]{0,20}? (?:cries|cried|crying|breaks down|broke down|sobs|sobbed|is in tears|was in tears|bursts into tears|burst into tears) (?:(?:every time|whenever|when) (?:your name|(?:someone|anyone|i|we) (?:mentions?|talks? about|brings? up) (?:you|u|your))|about (?:you|u)|over (?:you|u)|for (?:you|u)|since (?:you|u)){WE}|{WB}(?:{YOU}|{YOURE})[^.!?\n]{1,60}? (?:while|whilst) (?:i'?m|im|i am|i) (?:(?:still|here|left|stuck|at home|alone|now)\s+)*(?:sort|clean|pick|deal|pay|cry|cri|struggl|rais|explain|juggl|left|stuck)[a-z]*{WE}|{WB}the (?:only )?one (?:who|that)(?:'s| is| was)? (?:(?:has|had|got|gets|was left|is left|'s left|ended up|ends up|is stuck|was stuck|'s stuck|having) to|left to) (?!change|apologi|make (?:it|this|things|amends)|fix|say sorry|own|work on|do better|earn|grow|be better|learn|start|try)[a-z]+{WE}|{WB}(?:{YOU}) got [^.!?\n]{1,60}?(?:,|;|,? (?:and|while|but)) i got (?:the (?:bills|debts?|debt collector'?s? [a-z]+|bailiffs|mess|blame|kids|rent|mortgage|overdraft)|nothing|stuck|left|dumped|screwed|your (?:debts?|bills|mess)){WE}|{WB}(?:still )?paying (?:off|back|for) [^.!?\n]{1,40}? (?:for|on) (?:your|ur|you|u){WE}|{WB}${KIN}[^.!?\n]{0,40}? (?:had (?:a|his|her|another) (?:heart attack|stroke|breakdown|fall|relapse)|ended up in hospital|got ill|fell ill|went into hospital|was hospitali[sz]ed|took to (?:her|his) bed)[^.!?\n]{0,30}? (?:after|since|when) (?:{YOU}) (?:left|went|walked out|moved out){WE}|{WB}after (?:all )?(?:those|these|the|\w+) years[^.!?\n]{0,60}?,? i (?:didn'?t|never|did not|don'?t) (?:even )?(?:get|got|receive|hear){WE}|{WB}(?:{YOU})[^.!?\n]{1,60}?,? (?:and|but) now (?:i'?m|im|i am) (?:alone|on my own|left with nothing|sleeping on|homeless|broke|skint){WE}|{WB}i gave (?:{YOU}) [^.!?\n]{1,30}? (?:and|but) (?:{YOU}) (?:gave|give) (?:me )?(?:nothing|so little|nothing back|the door|the boot|the push|the elbow|the cold shoulder|a text|a note|silence|a voicemail|lies)(?! but){WE}|{WB}i (?:spent|paid|gave|lent|used|emptied|sold)[^.!?\n]{1,40}? (?:on|for) (?:your|ur|you|u)[^.!?\n]{0,30}?,? (?:and|but) (?:{YOU}) (?:still |just )?(?:left|walked|cheated|lied|dumped|dropped|threw){WE}|${KIN_HURT}|${LEFT_TO_BEAR}`,
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'reproach',
      // "it kind of hurt that u never reached out", "not that anyone asked", "the least you can do",
      // "do you have any idea what that's been like for me?", "where were you when I needed you?"
      re: sp(
        String.raw`{WB}not that (?:anyone|anybody|{YOU}|you'?d|u'?d|you would|u would)(?:'ve| have|'s| has)?(?: (?:ever|even|would|'d|really|actually|once))? (?:asked|cared|care|noticed|notice|checked|called|asks|cares|wondered|bothered|gives a|gave a){WE}|{WB}after (?:all|everything) (?:that )?(?:i'?ve|i have|ive|i) (?:been through|gone through|went through|done|given|suffered|sacrificed)[^.!?\n]{0,40}?,? (?:the (?:very )?least (?:{YOU})|(?:{YOU}) (?:can'?t|couldn'?t|won'?t|don'?t|owe|could at least|can at least)){WE}|{WB}(?:\w+|all those|all these) (?:years|months) (?:of me|(?:that )?i (?:spent|was|worked|cooked|cleaned|paid|looked after|waited)) [^.!?\n]{0,60}?,? (?:and|while|whilst) (?:{YOU}) (?:were|was|'re|are) (?:off|out|away|busy|sleeping|seeing|with|having|cheating){WE}|{WB}guilty[^.!?\n]{0,40}?,? (?:and|as) (?:you|u) (?:should|ought to)(?: be| feel)?(?=\s*(?:[.!,;]|$)| too)|{WB}(?:have|got|has) (?:any|no) idea (?:what|how) (?:(?:the|these|those|this|that|it|my|all)\b[^.!?\n]{0,25}?)?(?:'s|has|have|was|is)? ?(?:been|felt|feels|is) (?:like|hard) for me{WE}|{WB}(?:do|did) (?:{YOU}) (?:even |ever )?(?:know|have any idea|realise|realize|understand) (?:how|what) it (?:feels|felt|'s like|is like|was like) (?:to (?:be|have|lose|wait|watch|wake|sit|hear|find)|when (?:you|u|someone)|for me){WE}|{WB}(?:do|did) (?:{YOU}) even (?:know|realise|realize|care|remember)(?: that)? i (?:sold|gave|pawned|cashed|borrowed|worked|missed|skipped|spent|paid|lost|cancelled|turned|quit|took|cried|waited|moved){WE}|{WB}(?:{YOU})(?:'ll| will) never (?:know|understand|realise|realize) (?:how (?:much|many \w+|hard|long|badly|lonely|it feels|it felt)|what it(?:'s| is| was| felt) like|what) i (?:cried|suffered|hurt|struggled|went through|gave up|sacrificed|lost|waited|sat|lay awake|stared|prayed|wept|'ve been through|have been through|been through){WE}|{WB}where were (?:{YOU}) when (?:i (?:needed|was|had|lost|got)|my [a-z]+ (?:died|passed|was))(?:{WE}|\s)|{WB}i(?:'ve| have)? been (?:crying|in pieces|falling apart|a (?:wreck|mess)|struggling|sick|ill|in bed|off work|on my own|alone)[^.!?\n]{0,50}?(?:and|but|while) (?:{YOU}) (?:haven'?t|have not|havent|didn'?t|never|couldn'?t|can'?t|won'?t) (?:even |once )?(?:called|asked|checked|noticed|cared|texted|rung|rang|written|bothered|visited|come|call|ask|text|check){WE}|{WB}and (?:{YOU}) (?:just |simply )?(?:carried on|carry on|went on|moved on|got on with (?:your|ur) life)(?: like| as if| as though){WE}|{WB}(?:because of|thanks to) (?:{YOU}),? i (?:now )?(?:(?:can'?t|cannot|cant|couldn'?t)(?! wait| stop smil| help (?:smil|laugh)| believe)|can no longer|no longer (?:trust|feel|sleep|eat|believe|go out|leave)|have (?:trust issues|no (?:one|friends|money|home|savings|job)|nothing)|lost|'ve lost|have lost|had to|have to|'ll never trust|will never trust|never trust){WE}|{WB}i (?:moved|relocated|quit|left|gave up|sacrificed|sold|dropped|turned down|stayed|waited|put off)[^.!?\n]{1,50}? for (?:you|u|us),? and (?:now (?:i'?m (?:the one|left|stuck|alone|sleeping|living|back|broke|homeless|on)|i have (?:nothing|no)|look)|for what|what did i get|look where|where did (?:it|that) get me){WE}|{WB}if (?:{YOU}) (?:don'?t|do not|dont|won'?t|leave|go|choose|stay|marry|move|pick|say no)[^.!?\n]{0,60}?(?:(?:don'?t|dont) think i'?ll|doubt i'?ll|i (?:won'?t|will not|might not|may not)) (?:still |even )?be (?:here|around|alive){WE}|{WB}(?:{IVE}|i|ive) (?:gave|given) (?:{YOU}) (?:the|my) (?:finest|best|prime|greatest|most precious|happiest|good) years(?![^.!?\n]{0,80}?(?:on me|my fault|my own|mine to|i was wrong|grateful|thank|again|no regrets|glad|happily)){WE}|{WB}(?:do|did) (?:{YOU}) (?:even )?(?:know|have any idea|realise|realize|understand) how (?:humiliating|painful|hard|lonely|embarrassing|awful|horrible|devastating|much it hurt|it felt|that felt){WE}|{WB}(?:{YOU}) kn(?:ow|ew) how (?:fragile|vulnerable|ill|sick|depressed|low|broken|scared|much i (?:needed|loved|depended))[^.!?\n]{0,30}?,? (?:and|but) (?:{YOU}) (?:still|just|left|walked){WE}|{WB}i (?:(?:literally|just|honestly|still|really)\s+)?(?:can'?t|cannot|cant|couldn'?t) (?:even )?(?!wait|stop smil|help (?:smil|laugh)|believe)[a-z]+[^.!?\n]{0,40}? (?:because|bc|cos|coz|cuz|'cause|cause) of (?:{YOU})(?=\s*(?:[.!,;]|$))|{WB}hope (?:{YOURE}) (?:proud|happy|pleased|satisfied) (?:of|with) (?:what|how) (?:you|u) (?:did|'ve done|have done|treated){WE}|{WB}i (?:was|'ve been|have been|felt) [^.!?\n]{1,50}?(?:and|but) (?:{YOU}) (?:didn'?t|didnt|did not|never|couldn'?t|haven'?t|havent|wouldn'?t) (?:even |once |bother to )?(?:check(?:ed)? in|check(?:ed)? on me|notice|care|ask|call|text|visit|come|bother|reach out|write)(?![^.!?\n]{0,40}(?:fine|okay|ok|understand|no problem|fair|right|glad)){WE}|{WB}i (?:put|placed) (?:my )?(?:whole |entire )?(?:life|career|dreams|plans|studies|future) on hold while (?:{YOU}){WE}|{WB}(?:{YOU}) (?:repaid|paid) me (?:back )?(?:by|with){WE}|{WB}(?:i'?ve|i) had to (?:sell|borrow|move|take (?:on|out)|give up|cancel|pawn|remortgage|work)[^.!?\n]{1,40}? (?:to (?:cover|pay|clear|deal with)|(?:because|bc|cos|coz|cuz) of) (?:what (?:you|u)|your|ur|you|u|all (?:this|that)){WE}|(?:,|{WB}and|{WB}but) where were (?:{YOU})(?=\s*(?:[?!.]|$))|{WB}(?:i'?m|im|i am|i was|i'?ve been) (?:now |still )?(?:left|stuck) (?:explaining|paying|dealing|picking|cleaning|telling|answering|raising|looking after|covering|holding the baby){WE}|{WB}(?:doesn'?t|didn'?t|won'?t|wouldn'?t|does not|did not) (?:seem to )?(?:matter|mean anything) to (?:you|u)(?=\s*(?:[.!,;]|$| anyway| now))|{WB}(?:threw|tossed|dropped|discarded|binned|dumped|cast) me (?:away |aside |out )?like (?:i was |i were )?(?:nothing|rubbish|trash|garbage|an old|a used|yesterday){WE}|{WB}(?:fix|repair|heal|recover from|undo|get over|mend) (?:what|the damage|everything) (?:{YOU}) (?:broke|did|destroyed|damaged|ruined|caused){WE}|{WB}(?:not over|haven'?t gotten over|haven'?t got over|can'?t get over|never get over) what (?:{YOU}) (?:did|'ve done|have done){WE}|{WB}(?:because of|thanks to) (?:{YOU}),? i (?:don'?t|do not|no longer) (?:believe in|trust|feel safe|sleep|eat|go out|have (?:any|a)){WE}|{WB}what (?:{YOU})(?:'ve| have) (?:put me through|done to me){WE}|{WB}(?:your|ur) (?:silence|leaving|affair|lies|betrayal|cheating|words|absence|ghosting) (?:nearly |almost |practically )?(?:killed|destroyed|broke|finished|ruined|wrecked) me{WE}|{WB}i was (?:always )?there for (?:{YOU})[^.!?\n]{0,60}?,? (?:and|but) (?:{YOU}) (?:left|walked|abandoned|ghosted|disappeared|dropped|dumped|vanished|weren'?t|wasn'?t){WE}|{WB}i(?:'ll| will)? (?:never|won'?t) be the same (?:again )?because of (?:{YOU}){WE}|{WB}(?:watch|watched|see|saw) me (?:fall apart|falling apart|break down|breaking down|cry|crying|suffer|struggle)[^.!?\n]{0,30}? (?:because of|after|since) (?:{YOU}){WE}|{WB}hope (?:{YOU}) (?:remember|think about|know|realise|realize) (?:how|that|all) i (?:stood by|supported|looked after|cared for|gave|sacrificed|waited|did|was there){WE}|{WB}(?:(?:my|our|the) )?${KIN}[^.!?\n]{0,20}? (?:don'?t|do not|can'?t|cannot|still don'?t) understand why (?:{YOU}|daddy|mummy|mommy|dad|mum|mom|papa|mama){WE}|{WB}(?:and|but) (?:{YOU}) (?:haven'?t|have not|havent|didn'?t|did not|never) (?:once |even |bothered to |thought to )?(?:asked|ask) (?:how i (?:am|was|'m|was doing|am doing)|after me|if i'?m|if i was|about me){WE}|{WB}what (?:did )?i (?:did|do|ever did|'ve done|have done|ever do) to deserve (?:this|that|it|any of (?:this|it)){WE}|{WB}i (?:supported|nursed|carried|looked after|cared for|put up with|stood by|paid for|helped) (?:you|u)[^.!?\n]{0,50}?,? (?:and|but) (?:{YOU}) (?:still |just |then )?(?:walked|left|cheated|dumped|dropped|abandoned|ghosted|threw|moved on|repaid){WE}|,? (?:and|but|yet) (?:now )?look at me(?: now)?(?=\s*(?:[.!]|$))|{WB}(?:is|was) (?:that|this) (?:all )?what (?:[a-z]+ (?:years|months)|we|i|our [a-z]+) meant to (?:you|u){WE}|{WB}(?:{YOU})[^.!?\n]{0,40}? like i (?:never existed|was nothing|didn'?t exist|meant nothing|was never there){WE}|{WB}hope (?:{YOURE}) (?:happy|satisfied|pleased|proud) now (?:that )?(?:you'?ve|you have|u'?ve){WE}|{WB}(?:and|but) (?:{YOU}) (?:didn'?t|did not|never) (?:even )?(?:look back|blink|flinch|hesitate|shed a tear|turn around){WE}|{WB}(?:all i (?:ever )?(?:did|wanted|asked)|i gave (?:you )?everything)[^.!?\n]{0,40}?,? (?:and )?(?:this|that)(?:'s| is) (?:how|what) (?:it ends|i get|you){WE}|{WB}i (?:kept|held|ran|raised|paid|worked|did|looked after|carried)[^.!?\n]{0,40}? (?:while|whilst) (?:you were|you'?re|you are|u were) (?:off|out|away|busy|partying|finding|travelling|traveling|having|sunning|living){WE}|{WB}(?:(?:my|our|the) )?${KIN}[^.!?\n]{0,20}? (?:asks?|asked|cries|cried) (?:about|for|after) (?:you|u|daddy|mummy|mommy|papa|mama) (?:every (?:single )?(?:day|night|morning|week)|all the time|constantly){WE}|{WB}(?:{YOU}) took my (?:best years|youth|twenties|best|life|savings) and{WE}`,
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'hurt-that-you',
      // "it kind of hurt that u never reached out either": the writer's hurt pinned on what the reader didn't do.
      re: sp(
        String.raw`{WB}it (?:(?:kind of|kinda|sort of|sorta|really|still|honestly|a bit|a little|actually|genuinely|truly|just|did|does)\s+){0,2}(?:hurt|hurts|stung|stings|gutted me|killed me|kills me|broke my heart|breaks my heart|crushed me)(?:\s+(?:a bit|a little|a lot|so much|me|like hell|more than (?:you|u) know))?,? (?:that|how) (?:{YOU})(?:'ve| have| had)? (?:(?:just|so|even|also|then)\s+)?(?:never|didn'?t|did not|didnt|don'?t|dont|couldn'?t|wouldn'?t|won'?t|haven'?t|havent|hadn'?t|moved on|forgot|found someone|replaced me|could)(?: (?!(?:but|and|so|though|although|which|whatever|tbh|lol|anyway)(?![\w']))[\w']+){0,6}`,
      ),
      // The match, not the clause: a texted clause runs on past "but whatever" ("…never reached out either but
      // whatever, water under the bridge"); up to six words after the verb, stopping at a conjunction (eleventh round:
      // three words cut "…didn't come to the hospital" after "the").
      span: 'match',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'veiled',
      // Guilt said sideways: a sarcastic tag after a pain ("…, hope that makes you happy", "but I'm sure you're very
      // busy", "not that it matters to anyone", "in case you've forgotten", "just thought u should know"), the martyr
      // ("don't mind me", "I'm used to being the one who gets left", "we'll manage, we always do"), pain handed over
      // through children, parents and pets ("Grandma still sets a place for you", "the dog sits by the door waiting
      // for your car", "I had to watch his face"), a sacrifice and its bill ("…for you, and now I have nobody"), and
      // the writer's life hung on the reader's answer ("if you marry him I don't see the point in carrying on").
      re: sp(
        String.raw`{WB}(?:hope|hoping) (?:that|this|it) makes (?:{YOU}) (?:happy|feel better|proud|smile){WE}|{WB}so (?:i )?hope (?:{YOURE}) (?:happy|pleased|satisfied|proud|at peace|content|comfortable)(?: with (?:your|ur) (?:decision|choice|conscience))?(?=\s*(?:[.!]|$| now))|{WB}(?:hope|hoping) (?:{YOURE}) happy now(?=\s*(?:[.!]|$))|{WB}hope (?:it|that|this|she|he|they)(?:'s| is| was| were) (?:all )?worth (?:it|what it)(?=\s*(?:[.!,;]|$| did| cost| to))|{WB}hope (?:the [a-z]+|your [a-z]+)(?:'s| is| was| were) (?:all )?worth what it (?:did|cost|has done|'s done){WE}|{WB}(?:hope|hoping) (?:it|that|she|he|they|the [a-z]+|your [a-z]+) keeps? (?:{YOU}) warm at night{WE}|{WB}but i'?m sure (?:you|u) (?:were|was) (?:very |really |so |far too |too )?busy{WE}|{WB}(?:but )?i'?m sure (?:{YOURE}) (?:very|terribly|far too|much too|ever so) busy{WE}|{WB}i'?m sure (?:{YOURE}|you were|u were) (?:sleeping|doing|getting on|managing) just fine{WE}|{WB}i'?m sure (?:you|u) (?:had|have) better things to do{WE}|,? ?so (?:that'?s|thats) (?:fun|nice|great|lovely)(?=\s*(?:[.!]|$| to watch| to see))|,? ?so (?:there'?s|theres) that(?=\s*(?:[.!]|$))|,\s*(?:i )?(?:just )?thought (?:you|u) (?:should|ought to|might want to|would want to|deserved to|had a right to) know(?=\s*(?:[.!]|$))|{WB}make of that what (?:you|u) will{WE}|{WB}in case (?:you'?ve|you have|u'?ve|you) forgotten{WE}|{WB}but of course (?:you|u) (?:didn'?t|did not|didnt|never|weren'?t|wasn'?t|couldn'?t|wouldn'?t){WE}|{WB}not that it matters to (?:anyone|anybody|you|u|either of (?:you|u)){WE}|{WB}not that (?:anyone|anybody|you|u)(?:'s| has| is| was| ever| even)? (?:noticed|asked|interested|bothered|checked|wondered){WE}|{WB}(?:as if|like) (?:{YOU}) (?:even |ever |actually |really )?(?:care|cared|'d care|would care|'d notice|would notice|noticed)(?=\s*(?:[.!,;]|$| lol| anyway))|{WB}don'?t mind me{WE}|{WB}(?:don'?t|dont) worry about me(?: lol|,? i'?m (?:fine|used to|only|just)|,? (?:i'?ve|i have|i) only|,? (?:i'?ll|ill|i will) (?:just )?(?:be fine|manage|cope|survive|be here|sit here|stay here|be on my own|be alone|sort it))|{WB}(?:i'?m|im|i am|i'?ve got|i have got) used to (?:it by now|being (?:the one|left|alone|on my own|ignored|let down|last|forgotten|second|hurt|dumped|replaced|an afterthought|overlooked|invisible|put last)|getting (?:hurt|left|dumped|let down))(?! by (?!(?:you|u)\b))(?![^.!?\n]{0,40}?(?:i'?m (?:(?:honestly|really|actually) )?(?:fine|ok|okay|happy|good|doing (?:well|fine|ok|okay))|(?:i )?(?:like|love|enjoy) it|it suits me)){WE}|{WB}(?:we(?:'ll| will)?|i(?:'ll| will)?|will) (?:manage|cope|get by|survive),? (?:we|i) always (?:do|have){WE}|{WB}(?:i'?ll|ill|i will) (?:just )?(?:be|sit|stay|wait) (?:here|at home|sat here|sitting here|stuck here|left here)[^.!?\n]{0,40}? (?:on my own|alone|by myself|dealing|picking|cleaning|cancelling|crying|paying|sorting|holding|explaining|again){WE}|{WB}(?:on my own|by myself|alone) (?:again )?like every other (?:weekend|night|day|evening|christmas|birthday|sunday|year){WE}|{WB}(?:so )?thanks,? i guess{WE}|{WB}(?:asks?|asked|asking|keeps? asking|kept asking|still asks?) (?:me )?(?:[a-z]+ (?:night|morning|week) |every (?:night|day|morning|week) |again |at [a-z]+ [a-z]+ )?(?:why|where|when|if|whether) (?:daddy|mummy|mommy|papa|mama|dad|mum|mom|grandpa|grandma|granddad|grandad|nana|nan|granny|you|u)(?:'s| is| isn'?t| isnt| doesn'?t| doesnt| does not| don'?t| won'?t| wont| wasn'?t| wasnt| weren'?t| left| went away| stopped| never| hasn'?t| didn'?t| aren'?t| can'?t| not)(?! (?:coming to (?:visit|stay)|well|ok|okay|alright)){WE}|{WB}i (?:still |now |always )?(?:have|had|'ve had|'ve got|got|just have|then have) to (?:smile and|pretend|lie to|make excuses|watch (?:her|his|their|him|them|my (?:mum|mom|dad|son|daughter|kids|children|mother|father)|the kids|our (?:son|daughter|kids|children))(?: [a-z]+){0,2}? (?:face|little face|cry|crying|break|fall apart|struggle|suffer|grieve|wait|waiting|ask)|explain (?:to (?:the kids|the children|everyone|people|our|my (?:mum|mom|dad|family|parents|friends)|your)|why (?:you|u|daddy|mummy|dad|mum|he|she|we))|explain to [^.!?\n]{1,40}? why (?:you|u|my (?:husband|wife|partner|fiance|fiancee|boyfriend|girlfriend)|daddy|mummy|dad|mum|he|she|we|our)|stand there(?! for (?:a (?:minute|moment|second|bit|while|few (?:minutes|moments|seconds))|ages))|find something to say|tell (?:the kids|everyone|people|them why|her why|him why)){WE}|{WB}(?:sits?|sat|waits?|waited|waiting|lies|lay|sleeps) (?:by|at) the (?:door|window|gate)[^.!?\n]{0,40}?(?:for (?:you|u|your)|waiting for (?:you|u|your)|for (?:a|his|her|their) (?:dad|mum|mom|father|mother|daddy|mummy) (?:who|that)){WE}|{WB}(?:won'?t|wont|doesn'?t|doesnt|hasn'?t|hasnt|has not|stopped|refuses? to) (?:eat|eating|eaten|sleep|sleeping|slept|play|playing)[^.!?\n]{0,30}? since (?:you|u) (?:left|went|moved|walked|took|packed){WE}|{WB}(?:sets?|setting|laid|lays?|laying|puts?|putting) (?:a|the|your) (?:place|plate|chair|seat)(?: out)? for (?:you|u){WE}(?![^.!?\n]{0,40}(?:if (?:you|u)|whenever|any ?time|always welcome|in case))|{WB}(?:hasn'?t|has not|haven'?t|have not) been (?:well|right|the same|herself|himself|eating|sleeping) since (?:(?:you|u) (?:left|went|told|walked|moved)|(?:your|ur) (?:news|announcement|affair|decision|wedding|engagement)){WE}|{WB}i [a-z]+[^.!?\n]{0,50}? for (?:you|u),? and now (?:i'?m|im|i am|i have|ive got|i'?ve got|i) (?:(?:[a-z]+ ){0,2})?(?:alone|stuck|nobody|no one|nothing|no friends|on my own|a foreigner|foreigner|a stranger|broke|homeless|skint|lonely){WE}|{WB}i [a-z]+[^.!?\n]{0,60}?(?:and|but) (?:you|u) (?:couldn'?t|couldnt|could not|can'?t|cant|wouldn'?t|wouldnt|didn'?t|didnt) even{WE}|{WB}if (?:{YOU}) [^.!?\n]{1,40}? (?:i (?:don'?t|dont|do not) see the point|there'?s no point (?:in )?(?:carrying on|going on|living)|i (?:can'?t|cant|won'?t|wont) (?:go on|carry on|get through))|{WB}i (?:don'?t|dont|do not) think i can (?:get through|survive|make it|cope|go on)[^.!?\n]{0,30}?(?:otherwise|without (?:you|u|an answer|hearing))|{WB}if (?:anything|something) (?:happens|happened) to me[^.!?\n]{0,40}?(?:because of|your fault|on you|know it was){WE}|{WB}(?:i was|i'?ve been|i have been|i'?m|im|i am) (?:so |completely |totally )?(?:lonely|alone|on my own|ill|sick|in bed|in hospital|crying|struggling|broke|miserable)[^.!?\n]{0,90}?,? (?:while|whilst) (?:you|u) (?:were|was|'re|are|'ve been|have been) (?!away for work|working|at work)[a-z]+|{WB}(?:hope (?:{YOURE}|the [a-z]+(?: [a-z]+)? (?:is|was)|(?:your|ur) [a-z]+(?: [a-z]+)? (?:is|was)|(?:he|she|they)(?:'s| is|'re| are))|enjoy) [^.!?\n]{1,40}?(?:while|whilst|,) (?:i'?m|im|i am|i'?ll be|ill be|i will be) (?:just )?(?:still )?(?:sleeping on (?:(?:a|my|the|our|his|her|someone'?s|[a-z]+'s) ){1,2}(?:sofa|couch|floor)|sofa-surfing|living (?:with my|out of|in (?:a|my) car)|(?:here|sat here|sitting here|stuck here|at home) (?:on my own|alone|by myself|[a-z]+ing)|stuck|left (?:with|to|behind|alone)|home alone|alone|on my own|by myself){WE}(?![^.!?\n]{0,30}(?:if (?:you|u)|whenever|for (?:you|u) when))|{WB}(?:it'?s|it is|it must be|must be) (?:so |all |very )?easy for (?:you|u)(?=\s*(?:[.!,;]|$| to| now| isn'?t| with))|{WB}(?:see|know|realise|realize|understand) what (?:it|this|that|all this|all of this)(?:'s| has) done to me{WE}|{WB}(?:[a-z-]+|\d+) (?:years|months) (?:of (?:marriage|my life|being together|us)|together)[^.!?\n]{0,20}?,? and (?:i (?:had to|have to|got|get|found out|didn'?t even|don'?t even)|(?:you|u) (?:couldn'?t|didn'?t|won'?t|can'?t|just)){WE}|{WB}(?:asks?|asked|asking) (?:me )?[^.!?\n]{0,20}?(?:where|why) (?:you|u)(?:'ve| have)? (?:went|gone|left|disappeared|stopped (?:coming|visiting|calling|ringing)|(?:don'?t|never|won'?t|doesn'?t) (?:come|visit|call|ring)(?: (?:round|over|any ?more))?|(?:aren'?t|are not|isn'?t) (?:here|around|coming)(?: any ?more)?){WE}|{WB}(?:asks?|asked|asking) (?:me )?[^.!?\n]{0,20}?(?:when|if|whether) (?:you|u|daddy|mummy|mommy|dad|mum|mom|papa|mama)(?:'re| are| were| was| is|'s)? (?:coming (?:back|home)|ever coming|going to come (?:back|home)|(?:will|'ll) (?:ever )?come (?:back|home|to (?:your|ur|his|her) senses)){WE}(?![^.!?\n]{0,40}(?:love|like|hope|want|for (?:christmas|easter|the holidays|her birthday|his birthday)))|{WB}(?:cries|cried|crying|sobs|sobbed)(?: (?:himself|herself|themselves|myself) to sleep)?(?: every (?:night|day|morning|time))?(?:[^.!?\n]{0,25}?)?,? (?:asking|calling|begging|looking|screaming) for (?:you|u|daddy|mummy|mommy|dad|mum|mom|papa|mama){WE}|{WB}(?:asks?|asked|asking|wonders?|wondered) (?:me )?(?:if|whether|what) (?:he|she|they) (?:did (?:something|anything) wrong|did wrong|was (?:bad|naughty|the reason)|was (?:her|his|their|my) fault|made (?:you|u|daddy|mummy|dad|mum) (?:leave|go)){WE}|{WB}i (?:literally |even |actually )?(?:gave up|quit|left|dropped|moved|sacrificed|turned down|sold|stopped)[^.!?\n]{1,40}? for (?:you|u|us),? and (?:you|u) (?:just |then |still )?(?:threw|left|walked|dumped|cheated|ghosted|dropped|binned|tossed|gave up|blew){WE}|{WB}(?:issues|anxiety|nightmares|panic attacks|debts?|depression|insomnia|therapy|medication|antidepressants|a wreck|a mess|alone|lonely|broke|can'?t sleep|don'?t sleep|no friends|nobody|nothing left)[^.!?\n]{0,30}?,? (?:all )?(?:thanks to|because of) (?:{YOU})(?=\s*(?:[.!]|$))|{WB}(?:my feelings|i|what i (?:felt|wanted|needed|went through)) (?:never|didn'?t|don'?t|doesn'?t) (?:really |even |ever )?(?:mattered|matter|counted|count) (?:to (?:you|u)|much to (?:you|u)){WE}|{WB}least of all (?:you|u)(?=\s*(?:[.!,]|$))|{WB}but i (?:expect|suppose|guess|imagine|'m sure) (?:you|u) had (?:your|ur) reasons{WE}|{WB}(?:health|sleep|nerves|eating|weight|blood pressure|heart|mental health)[^.!?\n]{0,30}?(?: has| have|'s|'ve| are| is| were)(?: been)? (?:in (?:shreds|tatters|bits|pieces)|wrecked|frayed|gone downhill|got worse|gotten worse|deteriorated|suffered|through the roof|sky-high|shot to pieces|bad|terrible|awful|poor)[^.!?\n]{0,20}? since (?:you|u){WE}|{WB}(?:i suppose|i guess|i bet|no doubt|i imagine) (?:that|it|this) (?:suits|pleases|works for) (?:you|u){WE}|{WB}(?:i'?ve|i have) only lost (?:a|two|three|four|\w+) (?:stone|kilos?|pounds|lbs){WE}|{WB}(?:do|did) (?:you|u) even (?:know|realise|realize|care) (?:that )?[^.!?\n]{0,60}?(?:by myself|on my own|alone|without (?:you|u)){WE}|{WB}(?:don'?t|do not|can'?t|cannot) (?:have the heart|bear|bring myself) to tell (?:him|her|them|the kids|the children){WE}|{WB}i wasn'?t going to (?:mention|say|bring up|tell you)[^.!?\n]{0,60}?(?:on my own|alone|by myself|hospital|cried|crying|lost){WE}|{WB}(?:you'?ll|you will) be (?:pleased|glad|happy|delighted|thrilled) to (?:know|hear) (?:that )?i(?:'ve| have| am|'m| can'?t| no longer| stopped| haven'?t)[^.!?\n]{0,40}?(?:stopped eating|not eating|alone|on my own|lonely|can'?t sleep|crying|no point|for one|lost){WE}|{WB}(?:{YOU})(?:'ll| will) never (?:know|understand) (?:what it(?:'s| is| was| felt) like|how it feels|how it felt|how lonely|how hard it (?:is|was)){WE}|{WB}but i'?m sure (?:you|u|he|she|they)(?: (?:had|were having|are having|'re having|were|are|'re))? (?:a |an )?(?:very |really |so )?(?:lovely|great|nice|wonderful|fantastic|fun|good) (?:time|evening|night|day|weekend|christmas|birthday|holiday){WE}|{WB}the (?:\w+ )?(?:rent|bills?|debts?|mess|kids|mortgage|loans?|payments|overdraft|credit card) (?:you|u) left me (?:with|to){WE}|{WB}(?:years|months)[^.!?\n]{0,30}?,? (?:and )?(?:all )?i (?:got|get|received) (?:was )?(?:a text|a note|an email|a voicemail|nothing|a message|silence){WE}|{WB}(?:thanks to|because of) (?:{YOU}),? i (?:now |still )?(?:sleep with|flinch|jump|check|need (?:pills|tablets|medication|therapy)){WE}|{WB}(?:funny|interesting|strange|odd|amazing|typical) (?:how|that) (?:i'?m|i am|i was|im) (?:always )?the (?:only )?one (?:who|that)(?: (?:has|had|gets?|got|ends? up|ended up|moved|gave|left|paid|stayed|sat|is|was)){WE}|{WB}if (?:you|u) (?:ever |really |truly )?(?:loved|cared about|cared for|respected) me[^.!?\n]{0,30}? (?:you'?d|you would|u'?d)(?: at least)?{WE}|{WB}(?:don'?t|dont) let (?:that|it|me|this) (?:bother|worry|trouble|upset|disturb|spoil|ruin) (?:you|u|your){WE}|{WB}(?:alone|on my own|by myself)[^.!?\n]{0,30}?wondering where (?:you|u) (?:were|was){WE}|{WB}the (?:mess|damage|wreckage|chaos|carnage) (?:you|u) (?:left|caused|made)(?: behind)?{WE}|{WB}(?:{IVE}|i|ive)\s+(?:(?:only|always|literally)\s+)?(?:gave|given) (?:{YOU}) (?:my (?:thirties|forties|fifties|prime|best|youth)|the best (?:years|part) (?:of my life|i had)){WE}|{WB}(?:i )?hope (?:{YOURE}) (?:happy|pleased|satisfied|proud|content)[^.!?\n]{0,40}?,? (?:because|cos|coz|cause|'cause|since|as) (?:i'?m|i am|im) (?:certainly |definitely |sure as hell |really |absolutely )?not{WE}|{WB}(?:{YOU})(?:'ve| have)?(?: got)? (?:no|not the slightest|not the faintest|not a|zero) (?:idea|clue|notion) what it'?s (?:been )?like (?:to|for me|since|here|without|being|living|coming|waking|sleeping|having){WE}|{WB}(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering)(?: me)?[^.!?\n]{0,10}? (?:why|if|whether) (?:their|his|her|my|our) (?:father|mother|dad|mum|mom|daddy|mummy|papa|mama) (?:doesn'?t|does not|don'?t|won'?t|isn'?t|left|stopped|never|can'?t|hasn'?t){WE}|{WB}(?:hasn'?t|has not|haven'?t|have not) been (?:well|right|the same|herself|himself) since (?:the (?:wedding|engagement) (?:was|got) (?:called|cancelled|canceled)|(?:you|u) called (?:it|the wedding|things) off){WE}|{WB}i gave (?:{YOU}) (?:\w+|the best|my best|all my|my) (?:years|decades?|of my life|youth|twenties|thirties)[^.!?\n]{0,20}?,? (?:and|but) (?:this is|look) (?:where|what|how){WE}|{WB}i (?:nursed|stayed up|looked after|cared for|supported|carried|drove|fed|sat|gave|moved|followed|waited|worked|paid|cooked|cleaned|raised|put up with|sacrificed|stood by|went without)[^.!?\n]{0,60}?(?:you|u|your)[^.!?\n]{0,40}?,? (?:and|but|yet) now (?:i(?:'m| am)?|im) (?:(?:just|left|all|completely)\s+)?(?:sleep(?:ing)? alone|alone|on my own|by myself|have nothing|'ve got nothing|have got nothing|got nothing|nobody|no one|left with nothing){WE}|{WB}some of us (?:are|were|have been|'ve been) (?:still |left |actually |stuck )*(?:picking up the pieces|paying|cleaning up|dealing with|crying|struggling|coping|trying to (?:cope|get by|sleep|move on)|left with|raising|working){WE}|{WB}(?:(?:do|did|have|has) (?:{YOU}) (?:even |ever |once )?(?:know|realise|realize|understand|have any idea|thought about|think about|considered|consider|stop(?:ped)? to think(?: about)?)|(?:wonder|wondered) (?:if|whether) (?:{YOU}) (?:ever |even |have )?(?:know|realise|realize|understand|thought about|think about|considered|consider)|(?:{YOU}) (?:have |'ve got |'ve )?(?:no idea|never (?:asked|thought about|considered))) what [^.!?\n]{1,30}? (?:did|does|has done|'s done|have done|is doing|was doing) to (?:me|my|our|the kids|the children|${KIN}){WE}|{WB}(?:but )?(?:i'?m sure|i bet|no doubt|i doubt) (?:that|it|this) (?:doesn'?t |does not |won'?t |will not |didn'?t )?(?:keeps? |kept )?(?:keep (?:you|u) (?:up|awake)|keeps (?:you|u) (?:up|awake)|kept (?:you|u) (?:up|awake)|(?:you|u) (?:up|awake)|bother (?:you|u)|trouble (?:you|u)|matter to (?:you|u)){WE}|{WB}(?:you|u)[^.!?\n]{0,60}?,? (?:and|but|so) i (?:don'?t|do not|dont|never) know what to (?:tell|say to) (?:him|her|them|the kids|the children)(?=\s*(?:[.!,;]|$))|{WB}(?:and|but|so)? ?what (?:have|'ve|did|do) i (?:got |get |have )?(?:got |get )?to show for (?:it|that|all (?:that|of it|those years)){WE}|{WB}(?:and |but )?look where (?:it|that|that'?s) (?:got|gotten|left|get) me{WE}|(?:and|while|whilst) (?:{YOURE}|you'?ve been|you have been) (?:off |out |busy )?(?:posting|sharing|uploading|putting up) (?:beach |holiday |party |happy |smiling |new )?(?:photos|pictures|pics|selfies|stories){WE}|{WB}i (?:(?:think|feel|believe|know) (?:that )?i )?(?:deserved|was owed) (?:(?:so much|a lot|far|much) )?(?:better|more) than (?:a|an|this|that|being|to be|what){WE}|{WB}i hope (?:{YOU}) (?:(?:still|always)\s+)?(?:remember|think (?:about|of)|picture|see|hear|feel)[^.!?\n]{0,40}? (?:when|whenever|every time|each time|while) (?:{YOURE}|you|u) (?:with (?:her|him|them|(?:your|ur) (?:new )?(?:partner|girlfriend|boyfriend|wife|husband|bf|gf|fella|missus|man|woman))|laughing|laugh|happy|in bed|out|kissing|kiss|hold|holding|hug|hugging|touch|sleep with|lie (?:next to|with)|wake up (?:next to|with)|go to bed with|tuck|tucking|look){WE}|(?:turn|turning|spin|spinning|roll|rolling) in (?:his|her|their) graves?[^.!?\n]{0,30}?(?:how i(?:'ve| have)? been|what (?:you|u)|how (?:you|u)|the way (?:you|u)){WE}|(?:,|{WB}and|{WB}but) (?:this is|that'?s|that is) (?:what|how) (?:the lord|god|life|fate|the world|heaven) (?:gave|gives|repaid|repays|rewards|rewarded) me{WE}|{WB}i(?:'ve| have)? (?:sacrificed|given up|gave up|thrown away|put aside) (?!(?:drinking|smoking|alcohol|gambling|drugs|the bottle|weed|booze|cigarettes|sugar|caffeine|coffee|meat|porn|the pub){WE})[^.!?\n]{1,50}? for (?:this (?:marriage|relationship|family)|our (?:marriage|relationship)){WE}(?![^.!?\n]{0,60}(?:again|no regrets|gladly|happily|worth it|regret|glad|proud|because i (?:wanted|chose|loved)))|{WB}i [a-z]+(?: [a-z]+){0,8}? so (?:that )?(?:you|u) could [^.!?\n]{1,40}?(?:,? remember(?=\s*(?:[?.!]|$))|,? (?:and|but|yet) (?:now (?:you|u|i|look)|look (?:where|at)|what (?:have|did|do) i|where (?:did|has) (?:it|that)|this is|(?:you|u) (?:never|didn'?t|couldn'?t|still|just|then|left|walked|threw|went))|,? not that (?:you|u)){WE}|{WB}(?:the (?:very )?least (?:{YOU}) owe me|(?:{YOU}) owe me (?:at least|that much|an explanation|the truth|a reason|an answer)(?: after| for)){WE}|${KIN}(?: \w+)?[^.!?\n]{0,20}? (?:has |have |'s )?(?:started|begun|been|gone back to|taken to) (?:wetting|crying|having (?:nightmares|panic attacks|tantrums)|acting out|getting into (?:fights|trouble)|refusing|not eating|not sleeping|sleeping in my bed|being bullied|struggling|failing|skipping)[^.!?\n]{0,40}? since (?:{YOU}) (?:left|went|walked out|moved out|moved on|stopped){WE}|${KIN}(?: \w+)?[^.!?\n]{0,20}? had to (?:take out|borrow|sell|remortgage|cancel|pay|give up|move|lose|use (?:her|his|their) savings)[^.!?\n]{0,60}?(?:(?:you|u) (?:walked|left|called|ran|cancelled|backed)|because of (?:you|u|your)){WE}|{WB}i spent (?:my|our|the) (?:\w+ )?(?:birthday|thirtieth|fortieth|fiftieth|twenty-first|21st|30th|40th|50th|christmas|anniversary|new year'?s(?: eve)?|valentine'?s|weekend|holiday)[^.!?\n]{0,20}? (?:alone|on my own|by myself|crying|in tears)[^.!?\n]{0,40}?(?:because|cos|coz|since|while|whilst|as) (?:{YOU}){WE}|{WB}(?:because of|thanks to) (?:{YOU}),? i (?:now |still )?(?:jump|flinch|panic|shake|freeze|have (?:nightmares|panic attacks)|get (?:panic attacks|anxious|nervous|scared)){WE}|(?:can'?t|cannot|haven'?t been able to|couldn'?t|daren'?t|dare not) (?:even )?(?:set foot in|show my face (?:in|at)|walk into|look (?:anyone|people|them) in the (?:eye|face))[^.!?\n]{0,50}?(?:because|since|now|after|cos|coz|bc)[^.!?\n]{0,30}?(?:you|u|your|ur){WE}|{WB}(?:antidepressants|medication|pills|sleeping pills|hospital|sick|ill|a mess|a wreck|stone|kilos|pounds|crying|cried|not eating|not sleeping|off work|signed off|alone|lonely|struggling|nightmares|panic attacks)[^.!?\n]{0,40}?,? (?:just so (?:you|u) (?:know|are aware|'re aware)|in case (?:you|u) (?:were|was) (?:wondering|interested)|if (?:you|u) (?:even |ever )?care(?:d)?|if (?:you'?re|you are|ur) (?:even )?interested)(?=\s*(?:[.!]|$))|{WB}(?:{YOU}) must (?:sleep|rest) (?:(?:very|so|really|pretty|just) )?(?:well|soundly|easy|fine|like a baby)(?: at night)?(?! now| these days| since){WE}|{WB}(?:that'?s|that is|this is) (?:what|all) (?:{YOU}) (?:left me with|gave me|did to me){WE}|{WB}(?:it'?s|it is|it was) (?:so |really |very )?(?:hard|painful|heartbreaking|awful) (?:to watch|watching|seeing|to see) (?:my|our|the|your) (?:[a-z]+ )?${KIN} (?:wait|cry|ask|miss|struggle|grieve|suffer|fall apart|look for|go through|blame){WE}|${KIN}[^.!?\n]{0,60}?,? and (?:she|he|they) (?:cries|cried|sobs|sobbed|breaks down|broke down|wells up|welled up|tears up|teared up){WE}|{WB}(?:set(?:ting)?|laid|lay(?:ing)?) the table for one{WE}|(?:\w+(?:-\w+)?|all (?:those|these|the)) (?:years|months|decades) of [^.!?\n]{1,60}?,? (?:and|but|yet) (?:i (?:can'?t|cannot|couldn'?t|don'?t|didn'?t|never) (?:even )?(?:get|got|have|receive|hear)|(?:you|u) (?:can'?t|couldn'?t|won'?t|didn'?t|don'?t|never) (?:even )?){WE}|{WB}(?:if|in case) (?:you|u) (?:even |still )?(?:remember|recall|know|care)(?: that)? (?:you|u) (?:have|had|'ve got|are) (?:a|an|two|three|kids|children|a family){WE}|{WB}i'?m sure (?:your|ur) [^.!?\n]{1,40}?(?:;|,|—|but|while) (?:mine|my (?:life|days|evenings|weekends))(?:'s| is| has| consists| involves|{WE}){WE}|${servedThen(NOT_SPACE_GIVEN)}|(?:here|at home) with (?:the|your|ur|all the|a) (?:bailiffs|bills|debts?|mess|kids|baby|mortgage|fallout|washing|dishes){WE}|${KIN}[^.!?\n]{0,60}? (?:cries|cried|sobs|sobbed|gets upset|got upset)(?![^.!?\n]{0,60}?(?:proud|happy|joy|laugh|smil))[^.!?\n,;]{0,40}?(?:of|for|about|after|over) (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}i [a-z]+(?: [a-z]+){0,2} (?:you|u)[^.!?\n]{0,40}?,? (?:and|but) (?:this is|that'?s) (?:how (?:it ends|you repay|you thank|it ended)|what i get|the thanks){WE}|(?:every time|whenever|when) (?:(?:my|our) )?${KIN}[^.!?\n]{0,20}? (?:sees|hears|passes|mentions|drives past)[^.!?\n]{0,30}? (?:your|ur|you|u)[^.!?\n]{0,30}? (?:she|he|they) (?:has to sit down|have to sit down|cries|cry|breaks down|gets upset|goes quiet|has to leave|shakes|falls apart){WE}|(?:would|'d) (?:be )?(?:ashamed|disgusted|appalled|heartbroken|turn in (?:his|her) grave) (?:to see|if (?:he|she|they) (?:saw|could see|knew)) (?:what|how) (?:you|u){WE}|{WB}i hope (?:when|whenever|every time) (?:you|u)[^.!?\n]{1,40}? (?:you|u) (?:remember|think (?:about|of)|picture|see){WE}|{WB}(?:that'?ll|that will|it'?ll|it will|that would|it would) (?:all )?be on (?:you|u|your (?:conscience|head)|ur (?:conscience|head)){WE}|{WB}on (?:your|ur) conscience{WE}|{WB}(?:enjoys?|enjoying|likes?|loves?) the [a-z ]{1,30}? i (?:paid for|saved for|bought|paid off){WE}|{WB}(?:and|so) guess who (?:that is|that'?s|gets|has to|had to|ends up|ended up|is left|was left){WE}|{WB}someone has to (?:hold|keep|pick up|clean up|pay|explain|look after)[^.!?\n]{0,40}? now (?:you'?ve|you have|u'?ve|you) (?:gone|left){WE}|(?:\w+|all those|all these) (?:years|months) i (?:waited|gave|spent|wasted|put in|stood by|stayed)[^.!?\n]{0,50}?,? (?:and|but) now (?:i'?m|im|i am|i have|i'?ve got)(?! (?:glad|happy|grateful|proud|at peace|fine|okay|ok)){WE}|{WB}(?:asks?|asked|asking|wonders?|wondered|wondering) (?:me )?(?:(?:if|whether) it (?:was|is|'s) (?:her|his|their) fault|what (?:she|he|they) did (?:wrong|to (?:make|drive) (?:you|u))){WE}|{WB}(?:and|but),? not (?:one|a single|so much as a) (?:text|call|card|word|visit|message|phone call|letter)(?: from (?:you|u))?(?=\s*(?:[.!]|$))|${KIN}[^.!?\n]{0,60}? (?:checks?|checking|checked) (?:the )?(?:post|door|phone|letterbox|mailbox|window)[^.!?\n]{0,30}?(?:every (?:day|night|morning)|for (?:a reply|you|a letter|your)){WE}|{WB}(?:the kids|the children|the boys|the girls|(?:my|our|your) (?:son|daughter|${MUM_OR_DAD}|parents|family)) (?:will|'ll) never (?:forgive|understand|get over|trust) (?:you|u|what (?:you|u)){WE}|${PAIN_BILL}`,
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'life-on-answer',
      // Twenty-second round (harm22): the writer's life hung on what the reader does ("If you block me I swear I'll kill
      // myself", "If you don't come back I don't know what I'll do to myself", "If you marry him I'll end it all"): the
      // guide labels these guilt as well as self-harm (the reader made answerable for the writer's life). Not "end it"
      // with the relationship ("If you don't want this, I'll end it, and we can both move on").
      re: String.raw`{WB}(?:if|unless|once|the\s+day)\s+(?:{YOU})\s+(?:really\s+|actually\s+|ever\s+|still\s+)?(?:don'?t|dont|do\s+not|won'?t|wont|will\s+not|never|leave|go|marry|block|move|choose|pick|stay|get|say|tell|ignore|walk|keep|end|cut|stop|refuse)\b[^.!?\n]{0,50}?(?:i\s+swear\s+|i\s+promise\s+(?:you\s+)?)?\bi(?:'?ll|\s+will|ll|'?m\s+(?:going\s+to|gonna)|\s+am\s+(?:going\s+to|gonna)|m\s+gonna)\s+(?:just\s+|honestly\s+|actually\s+)?(?:kill\s+myself|end\s+(?:it\s+all|my\s+life|myself|everything)|take\s+my\s+(?:own\s+)?life|top\s+myself|kms|hurt\s+myself|stop\s+eating|end\s+it(?=\s*(?:,\s*i\s+swear|,\s*i\s+promise|\s+(?:tonight|for\s+good|i\s+swear))|\s*(?:[.!?…]|$)))(?![\p{L}])|{WB}(?:if|unless)\s+(?:{YOU})\s+[^.!?\n]{1,50}?\bi\s+(?:don'?t|dont|do\s+not)\s+know\s+what\s+i(?:'?ll|\s+will|\s+might|'?d|\s+would)\s+do\s+to\s+myself(?![\p{L}])|{WB}(?:{YOU})(?:'ll|\s+will|'d|\s+would)\s+(?:\p{L}+\s+){0,2}?(?:be\s+sorry|regret\s+(?:it|this|everything)|feel\s+(?:bad|guilty|terrible))\b[^.!?\n]{0,20}?\b(?:when|once|after)\s+i(?:'?m|\s+am)\s+(?:not\s+(?:here|alive)(?:\s+any\s?more)?|gone(?!\s+(?:to|for|on|from|abroad|away|out|back|home|off)\b)|dead|in\s+the\s+ground)(?![\p{L}])`,
      questions: 'skip',
    },
    {
      id: 'the-bill',
      // A sacrifice and its bill, and pain laid at the reader's door: "I moved to Perth for you, left my family, and
      // this is how it ends", "I gave up the Darwin job to stay near you and now I'm stuck here with nothing", "I put
      // you through university, and now that you've got your degree, off you go", "because of you I haven't been able
      // to eat", "hope you're happy now, seeing what you've turned me into", "are you proud of yourself?", "so I hope
      // you're enjoying your freedom", "the kids cry for you while you're off playing happy families".
      re: sp(
        String.raw`{WB}i (?:(?:literally|even|also|once)\s+)?(?:(?:moved|gave up|left|quit|sacrificed|turned down|worked|uprooted|sold|dropped|walked away from|changed|spent|relocated|put|packed up)[^.!?\n]{0,80}?(?:for (?:you|u){WE}|because of (?:you|u){WE}|for (?:your|ur) (?:career|job|work|studies|sake|family|dreams?){WE}|to (?:be with|stay (?:near|with|close to)|follow|support|look after) (?:you|u){WE}|so (?:you|u) could)|(?:put|saw|nursed|carried|got) (?:you|u) through|paid (?:for )?(?:your|ur)){WE}[^.!?\n]{0,60}?(?:,|and|but|;)\s*(?:now\s+|look\s+)?(?:this is how (?:it ends|you repay|you thank|i get treated|i'?m treated|you treat)|(?:(?:i|i'?ve|i have)\s+)?(?:got|get|received|was left with|ended up with|have|'ve got|got back)\s+(?:absolutely\s+|precisely\s+|just\s+)?(?:nothing|nada|zilch|zero)(?!\s+but{WE})(?:\s+(?:back|in return|for it|to show for it))?|what (?:did|do|have) i (?:get|got|have to show)(?: for it| in return| back| out of it)?|look (?:where|what) (?:it|that) got me|now (?:i'?m|i am|im|i have|i'?ve got|i got) (?:(?:just|still)\s+)?(?:stuck|left|alone|on my own|with nothing|nothing|no one|nobody|got nothing)|(?:i'?m|i am|im) (?:now )?(?:left|stuck) with (?:nothing|nobody|no one)|now (?:that )?(?:you'?ve|you have|you'?re|you are)\s[^.!?\n]{0,40}?(?:off you go|(?:you|u) (?:leave|left|walk|dump|don'?t need))|off you go){WE}|{WB}(?:because of|thanks to) (?:you|u),? i (?:can'?t|cannot|cant|couldn'?t|could not|haven'?t been able to|have not been able to|havent been able to|no longer|(?:can |could )?barely|(?:can |could )?hardly) (?:even )?(?:eat|sleep|work|trust|function|breathe|think straight|concentrate|face|get out of bed|leave the (?:house|flat)|afford|stop crying|smile|go out){WE}|{WB}(?:i )?(?:hope|bet) (?:you'?re|you are|ur|u r|youre) (?:happy|proud|pleased|satisfied|proud of yourself|pleased with yourself)(?: now)?,? (?:seeing|knowing|now that|after (?:what|all)|with what){WE}|{WB}(?:what|who) (?:you|u)(?:'ve| have)? (?:turned|made) me into{WE}|{WB}(?:i )?(?:hope|bet) (?:you'?re|you are|ur|youre) (?:enjoying|loving) (?:your|ur) (?:freedom|single life|new life without me|life without me|little (?:holiday|adventure|fling)){WE}|{WB}(?:are|r) (?:you|u) (?:happy|proud|pleased|satisfied) (?:now|of yourself|with yourself)(?=\s*(?:[?!.]|$|,? (?:now|then)))|{WB}(?:the kids|the children|the boys|the girls|the baby|our (?:kids|children|son|daughter|boy|girl|little one|baby)|your (?:son|daughter|kids|children|little girl|little boy|boy|girl|mum|mother|dad|father)|my (?:mum|mother|dad|father|nan|gran|parents)|the dog) (?:still )?(?:cries|cry|cried|sobs|asks|ask|asked|keeps asking|keep asking|waits|wait|misses|miss|pines|wakes up)[^.!?\n]{0,50}? (?:while|whilst|and|but|yet|as) (?:you|u)(?:'re| are| were|re)? (?:(?:off|out|away)\s+)?(?:busy|having|living|playing|partying|swanning|gallivanting|enjoying|too busy|on holiday){WE}`,
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'too-busy',
      // Second probe: "I cried on the bathroom floor, but you were too busy dancing to care", "I lie awake because of
      // what you did", "I have suffered too much for you, and now you don't even pick my call".
      re: sp(
        String.raw`{WB}i\s[^.!?\n]{0,80}?(?:,|;)?\s*(?:but|and|while) (?:you|u) (?:were|was) (?:(?:far|much|way)\s+)?too busy[^.!?\n]{0,30}? to (?:care|notice|ask|call|see|listen){WE}(?![^.!?\n]{0,40}(?:neither of us|we both|both of us|so was i|i was too))|{WB}i (?:lie|lay|lying|laid) awake[^.!?\n,;]{0,30}? because of (?:you|u|what (?:you|u)){WE}|{WB}i(?:'ve| have)? suffered (?:(?:so|too|very)\s+)?much for (?:you|u){WE}`,
      ),
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'what-it-did',
      // Tenth round (letters review): the damage handed over as something the reader must now take in: "I think you
      // should know what leaving did to people", "I wanted you to know what it did to the kids", "Do you have any idea
      // what that does to a person?", and the sarcastic "I'm sure you've been too busy with your new life to wonder how
      // I'm getting on".
      re: sp(
        String.raw`{WB}(?:(?:you|u) (?:should|ought to|need to|deserve to)|i (?:just )?(?:want|wanted|need|needed) (?:you|u) to) (?:at least |really |finally )?(?:know|hear|see|understand|realise|realize) what [^.!?\n]{0,30}?(?:(?:did|has done|have done|'s done|'ve done|does|cost|costs|put) (?:to )?(?:me|us|people|everyone|everybody|the kids|the children|a person|someone|my (?:mum|mom|mother|dad|father|family|parents)|this family|our family){WE}|(?:this|it|that|leaving|(?:your|ur) [a-z]+) (?:has done|'s done|did|cost me)(?=\s*(?:[.!;]|$)))|{WB}(?:do|did|have) (?:{YOU}) (?:even |ever |really )*(?:have |got )?(?:any|the slightest|the faintest|an) idea (?:what|how much) (?:that|this|it|[^.!?\n]{0,25}?(?:{YOU}) did|[^.!?\n]{0,25}?(?:{YOU})(?:'ve| have) done|(?:your|ur) [a-z]+|leaving|lying|cheating) (?:does|did|do|has done|hurt|hurts|cost|costs) (?:to )?(?:a person|someone|somebody|me|people|us|the kids){WE}|{WB}(?:i'?m sure|i bet|i expect|i imagine|no doubt|i suppose|i guess|i'?m guessing|i know) (?:{YOU})(?:'ve been| have been| were| was| are|'re| r)? (?:(?:far|much|way|just|probably)\s+)?too busy[^.!?\n]{0,40}? to (?:wonder|notice|care|ask|call|think|check|worry|remember|spare a thought|give a|even)`,
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'the-cost',
      // Eleventh round (probe eval/eleventh/pitfalls11): the cost named with the reader as its cause, told as a plain
      // report: "The kids cried for weeks and you posted holiday photos", "You'll have to explain to Lily why her dad
      // isn't coming", "I've had to sell the car to pay the rent you left behind", "I've been sleeping on my sister's
      // sofa since you changed the locks", "I gave up Leeds, my job, my friends, and for what?", "I stood by you through
      // the debts and the drinking, and this is where it got me".
      re: sp(
        [
          String.raw`{WB}(?:cried|sobbed|was in (?:bits|tears|pieces)|were in (?:bits|tears|pieces)|cried (?:herself|himself|themselves|myself) to sleep|fell apart|grieved|suffered|struggled)[^.!?\n]{0,40}? (?:and|while|whilst) (?:you|u)(?: were| was)? (?:(?:just|happily|busy|off)\s+)?(?:posted|posting|partied|partying|out (?:partying|drinking|with)|on holiday|at the pub|in the pub|having (?:fun|a great time|the time of (?:your|ur) life)|living it up|sunning (?:yourself|urself)|drinking|moving (?:her|him|them) in|(?:went|going) on holiday){WE}`,
          String.raw`{WB}(?:you'?ll|you will|u'?ll|u will) (?:have to|need to|be the one to|get to) (?:explain|tell) (?:to )?(?:lily|[a-z]+ (?:son|daughter)|our (?:son|daughter|kids|children|boy|girl|boys|girls)|the (?:kids|children|boys|girls)|(?:your|ur) (?:son|daughter|kids|children|mum|mom|mother|dad|father)|him|her|them) why{WE}|{WB}(?:you'?ll|you will|u'?ll|u will) (?:have to|need to|be the one to|get to) explain to (?!(?:me|us|yourself|urself|everyone|people){WE})[a-z]+ why (?:(?:her|his|their) (?:dad|daddy|mum|mummy|mom|mommy|father|mother|papa|mama)|(?:you|u)(?:'re| are)? (?:not|never|aren'?t|isn'?t|left|won'?t|don'?t|didn'?t|stopped|moved)){WE}`,
          String.raw`{WB}i(?:'ve| have)? (?:had|have) to (?:sell|give up|move|borrow|cancel|take out|remortgage|pawn|ask|leave|quit|take on|work)[^.!?\n]{0,50}?(?:(?:you|u) (?:left|ran up|owed|didn'?t pay|never paid|took|spent|emptied|walked out on|stopped paying)|because (?:of )?(?:you|u)(?! (?:were|was|weren'?t|wasn'?t) (?:feeling|ill|sick|poorly|unwell|not well|tired|in hospital)| (?:needed|asked|wanted|had (?:a|an|the|your))\b)|since (?:you|u) (?:left|went|walked|moved|stopped)){WE}`,
          String.raw`{WB}i(?:'ve| have)?(?:'m| am)? (?:been )?(?:sleeping on|living (?:with my|in (?:a|my) car|out of)|sofa-surfing|staying (?:with|at) my|on antidepressants|signed off|back at my (?:mum|mom|parents|dad)'?s?)[^.!?\n]{0,40}? since (?:you|u) (?:changed|kicked|threw|left|walked|moved|took|cut|blocked|cleared|emptied|sold){WE}`,
          String.raw`{WB}i (?:gave up|sacrificed|left|moved|quit|sold|turned down|dropped|put up with|stood by (?:you|u))[^.!?\n]{1,70}?,? (?:and|all|just) for what(?=\s*[?!.]|\s*$)`,
          // Non-native and formal: "For you it was easy, for me it was the end of the world", "Because of your choice I
          // must start again at forty-five", "I am alone now in a foreign country because I followed you".
          String.raw`{WB}for (?:you|u),? (?:it|this|that|leaving|everything)(?: was|'s| is) (?:(?:so|very|too|just|all)\s+)?(?:easy|simple|nothing|a game|a fling|a holiday|fun)[^.!?\n]{0,10}?(?:,|;|—|and|but|while|whereas)\s*(?:but |while |whereas )?for me,? (?:it|this|that)(?: was|'s| is)? (?:the end|hell|a nightmare|everything|my (?:whole )?(?:life|world)|devastating|torture|agony){WE}`,
          String.raw`{WB}(?:because of|thanks to|due to) (?:your|ur) (?:choice|decision|affair|lies|lying|leaving|actions|betrayal|drinking|gambling|debts|cheating|selfishness)(?: [a-z]+){0,2},? i (?:must|have to|had to|need to|now have to|'ve had to|have had to|am (?:now )?(?:alone|starting|left)|'m (?:now )?(?:alone|starting|left)|lost|can'?t|cannot){WE}`,
          String.raw`{WB}(?:i'?m|i am|im) (?:now )?(?:all )?(?:alone|on my own|stuck|lonely|broke|homeless|a stranger|starting (?:again|over|from (?:zero|nothing|scratch)))[^.!?\n]{0,40}? because i (?:followed|moved (?:here )?for|came (?:here )?for|left everything for|gave up everything for|trusted|believed) (?:you|u){WE}`,
          // Twelfth round (eval/twelfth/pitfalls12): the cost handed over with "I hope you know": "I hope you know I haven't
          // eaten properly since you left", "I've got nobody now, I hope you realise that" (not "I hope you know I'm proud of
          // you", not "I'm not on my own, I hope you know that"); "Do you know what it was like to walk into that flat?".
          String.raw`{WB}i (?:just |really )?hope (?:you|u) (?:know|realise|realize|understand|see|are aware)(?: that)?,? i(?:'ve| have|'m| am| haven'?t| have not| havent| can'?t| cannot| cant| couldn'?t| could not| lost)(?!\s*not)(?=\s)[^.!?\n]{0,30}?(?:eaten|slept|sleep|eat|nobody|no one|no-one|alone|lonely|lost (?:everything|my|our|the|weight|friends)|cried|crying|broke|skint|on my own|function|get out of bed|left the (?:house|flat)|sleeping on){WE}`,
          String.raw`{WB}i(?:'ve| have|'m| am| haven'?t| have not| havent| can'?t| cannot| cant)(?! not)(?: got)?(?=\s)[^.!?\n]{0,40}?(?:eaten|slept|sleep|eat|nobody|no one|no-one|alone|lonely|lost (?:everything|my|our|the|weight|friends)|cried|crying|broke|skint|on my own|function|get out of bed|left the (?:house|flat)|sleeping on){WE}(?:(?!{WB}(?:but|also|though|better|grown)\b)[^.!?\n]){0,30}?,\s*(?:and\s+)?i (?:just )?hope (?:you|u) (?:know|realise|realize|see|understand|are happy|'re happy|re happy)(?: (?:that|it|now))?(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:do|did) (?:you|u) (?:even )?(?:know|have any idea|realise|realize|understand|care) what it (?:was|is|felt|feels|'s) like (?:for me|to (?:walk into|come home to|wake up (?:alone|to)|find out|read (?:those|that|the|your) (?:messages|texts|emails|letters)|be left|explain|tell (?:the kids|my|our|everyone)|sit (?:alone|there|in))){WE}`,
          // Twelfth round: the writer's toil set against the reader's leisure: "I held this family together while you were
          // down the pub every night", "I was the one who paid the rent while you 'found yourself'" (not "I worked nights
          // while you finished your degree, and I'd do it again", not "I cooked while you played guitar, the cosiest
          // evenings").
          String.raw`{WB}i (?:was the one (?:who|that) )?(?:paid|held|kept|cooked|cleaned|worked|carried|raised|looked after|covered|juggled|sorted|stayed up|sat up|nursed|scrubbed|did (?:everything|all the))[^.!?\n]{1,50}? while (?:you|u) (?:were |was |went )?(?:(?:out|off|down|up|just|busy|still|happily|conveniently)\s+)?["']?(?:at the pub|down the pub|in the pub|out (?:drinking|partying|with)|partying|drinking|asleep|sleeping|gaming|playing|on (?:holiday|your phone|ur phone|the xbox|the playstation)|finding (?:yourself|urself)|found (?:yourself|urself)|swanning|gallivanting|living it up|having (?:fun|the time of)|off (?:with|travelling|traveling))(?![^.!?\n]{0,60}?(?:cos(?:y|iest|ier)|lovely|sweet|i loved|i didn'?t mind|i never minded|we both|fair|happy to|gladly|(?:i'?d|i would) do it|best (?:evenings|nights|days|times)|music|guitar|piano)){WE}`,
          // "After all my sacrifice, you chose that boy" (a non-native "after all I sacrificed"; not "after all my worrying,
          // you were fine").
          String.raw`{WB}after all my (?:sacrifices?|love|efforts?|support|years|loyalty|patience|hard work|devotion)[^.!?\n]{0,20}?,?\s+(?:you|u)\s+(?:chose|choose|picked|went|left|walk|walked|throw|threw|treat|treated|repay|repaid|cheat|cheated|replaced|dumped|abandoned)(?![\p{L}])`,
          // Twelfth round: "I'm sure you're sleeping like a baby", "I'll just sit here then", "Mum had to take me to the
          // hospital because you weren't answering" (not "I had to leave early because you weren't feeling well").
          String.raw`{WB}(?:i'?m sure|i bet|no doubt|i expect|i imagine) (?:you'?re|you are|ur|u r|youre) (?:sleeping|resting) (?:like a (?:baby|log)|soundly|just fine|fine|well|easy)(?![^.!?\n]{0,40}?(?:glad|good|hope|deserve|after (?:the|your) (?:surgery|operation|shift|night)))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:fine|ok|okay|well|right|so)[,]?\s+)?)(?:i'?ll|ill|i will) just (?:sit|wait|stay|be) (?:here|at home)(?: (?:on my own|alone|by myself))?,? then(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:i|my [a-z]+|mum|mom|dad|mam|nan|gran|the kids|our [a-z]+) (?:had to|ended up|was left to|were left to|have had to)[^.!?\n]{1,60}? because (?:you|u) (?:weren'?t|wasn'?t|were not|was not|didn'?t|did not|wouldn'?t|would not|couldn'?t be bothered to|never) (?:answering|answer|there|around|home|pick(?:ing)? up|bother(?:ed)?|show(?:ing)? up|turn(?:ing)? up|come|help|reply|replying|call|ring){WE}`,
          // "glad one of us is happy", "nice that someone can sleep at night".
          String.raw`(?<=(?:^|[.!?\n,;:—])\s{0,3}(?:(?:well|so|oh|anyway|honestly|and)[,]?\s+)?(?:i'?m |im |i am )?)(?:glad|nice|good|great|lovely) (?:that )?(?:one of us|someone|somebody) (?:is|'s|can|gets to|got to) (?:happy|(?:sleep|sleeping) (?:at night|well)|move on|moving on|having fun|have fun|enjoying (?:it|life|themselves)|doing (?:well|fine|great))(?![^.!?\n]{0,30}?(?:it'?s you|it is you|and i'?m glad|and that'?s you))(?=\s*(?:[.!,;]|$|lol|tbh|then))`,
          String.raw`{WB}i (?:stood by|gave|supported|put up with|looked after|carried|forgave|waited for|believed in|defended)[^.!?\n]{1,80}?,? (?:and|but) (?:this is|look|that'?s|see) (?:where|what) (?:it|that|all (?:that|of it)|loyalty|loving (?:you|u)) (?:got|gets|has got|'s got|left|leaves) me{WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'kept-account',
      // Thirteenth round (probe eval/thirteenth/pitfalls13): the account kept of what the writer and the family paid.
      // A relative asking after the reader, and heartbroken ("Mam still asks about you every Sunday, and it breaks her
      // heart"); savings spent on the reader ("i spent my whole savings on that trip to bali for ur birthday", not "…and
      // I'd do it again"); a pain thanked sarcastically ("I'm on antidepressants now, so thanks for that", not "I was
      // alone in Leeds and you showed me round, so thanks for that"); sacrifices closed with "and I never once
      // complained", or by "For what?"; and "I hope you remember all of that when you are showing her the villa".
      re: sp(
        [
          String.raw`{WB}(?:(?:my|our|your|ur|the) )?${KIN}(?: \w+)?[^.!?\n]{0,30}? (?:still |keeps? |kept |always )?(?:asks?|asked|asking|wonders?|wondered|wondering) (?:about|after|for|where|when|why|if|whether) (?:you|u|daddy|mummy|mommy|dad|mum|mom|papa|mama){WE}[^.!?\n]{0,60}?(?:(?:breaks?|broke|breaking) (?:her|his|their|my) (?:poor )?hearts?|in (?:floods of )?tears|cries|cried|crying|sobs|sobbed|heartbroken|devastated|gutted|can'?t (?:sleep|stop crying)|won'?t eat|stopped eating){WE}`,
          String.raw`{WB}i (?:spent|blew|put|used|sank|poured|wasted|emptied|cashed in|burned through) (?:all |half |most )?(?:of )?(?:my|our) (?:whole |entire |life |last )?(?:savings|money|wages|pay ?cheque|inheritance|pension|salary|bonus|overdraft)[^.!?\n]{0,60}? (?:on|for) (?:you|u|(?:your|ur) [a-z]+){WE}(?![^.!?\n]{0,60}?(?:again|regret|gladly|happily|worth (?:it|every)|glad|loved|best|wanted to|my (?:own )?(?:choice|decision)|would do))`,
          String.raw`(?:${PAIN}|antidepressants|trust issues|panic attacks|insomnia|in debt|out of bed|stop crying|(?:put on|gained|lost) (?:[a-z0-9]+ )?(?:stone|pounds|kilos|kg|lbs|weight))(?:(?! (?:you|u) (?:showed|gave|helped|were|was|taught|made|stayed|sent|took|looked|came|did|got|listened|always|never|kept|held|brought|cooked|drove|picked|let|found|sat|rang|called|texted|wrote)(?:\W|$))[^.!?\n]){0,60}?,? (?:so |and )?(?:thanks|thank you|cheers|ta|well done|congrats|congratulations|nice one|good job)(?: (?:for that|a lot|a bunch|so much|very much|for nothing|mate|then))?(?=\s*(?:[.!]|$))`,
          String.raw`(?:${PAIN}|worried sick|sick with worry|out of bed)[^.!?\n]{0,80}?,? (?:and )?(?:(?:honestly|frankly|tbh|really)[,]? )?(?:that'?s|thats|that is|it'?s|its|this is) (?:all )?on (?:you|u)(?=\s*(?:[.!;]|$))`,
          String.raw`{WB}(?:[a-z0-9-]+ )?years(?: together| of (?:marriage|my life|our lives))?,? and (?:this is|that'?s|that was|this was) (?:how (?:it ends|it all ends|(?:you|u) (?:end|ended) (?:it|things|us)|(?:you|u) (?:say|said) goodbye)|what i get|the thanks i get|all i get){WE}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:and|but|so|honestly)[,]?\s+)?)i (?:gave up|sacrificed) (?:everything|it all|my whole life|my life)(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:i )?hope (?:you|u) (?:(?:one day|someday|some day)\s+)?(?:feel|know|experience|suffer|get|go through) (?:even |just )?(?:half|a fraction|a tenth|an ounce|a bit|a taste|some) of (?:what|the pain|the hurt|how) i (?:feel|felt|went through|have felt|'ve felt|suffered|'ve been through|have been through){WE}`,
          String.raw`{WB}(?:i )?hope (?:you|u) (?:know|realise|realize|understand) what (?:that|this) (?:means|says|did)(?=\s*(?:[.!]|$))`,
          String.raw`{WB}i(?:'ve| have)? been [a-z]+ing[^.!?\n]{0,30}? (?:alone|on my own|by myself)[^.!?\n]{0,30}? (?:while|whilst) (?:you'?re|you are|ur|u r|you were|u were|you'?ve been) (?:out|off|away|busy|with (?:her|him|them)|having|partying|living){WE}`,
          String.raw`{WB}(?:(?:(?:my|our|your|ur|the) )?${KIN}(?: \w+)?|(?:our|my) [a-z]+)[^.!?\n]{0,60}? (?:checking|checks|watching|watches|waiting by|waits by|sits by|sitting by) (?:the |her |his )?(?:post|letterbox|door|window|phone) (?:for (?:a reply|a letter|a card|a call|your|you|u){WE}|every (?:day|night|morning))(?![^.!?\n]{0,40}?(?:hogwarts|santa|father christmas|results|parcel|delivery))`,
          String.raw`{WB}(?:because of|thanks to) (?:you|u),? i(?:'ve| have)? (?:lost|had to (?:sell|leave|give up|move)|missed|gave up|given up){WE}`,
          String.raw`{WB}(?:you|u|ye) (?:were|was) (?:off |out |away )?(?:gallivanting|partying|swanning (?:off|about|around)|living it up|on holiday|down the pub|at the pub|out drinking|out every night|out with (?:her|him|the lads|the girls|your mates|ur mates))[^.!?\n]{0,25}? (?:while|whilst) i (?:was|were) (?:stuck|left|home|at home|alone|on my own|up|working|looking after|raising|minding|juggling|crying|paying|sat|sitting){WE}`,
          String.raw`{WB}(?:i )?hope (?:you|u) (?:can |still |manage to )?sleep (?:well |soundly |ok |okay |fine )?at night{WE}|{WB}(?:i )?hope (?:you'?re|you are|ur|u r) sleeping (?:well |soundly |ok |okay |fine )?at night(?=\s*(?:[.!]|$))`,
          String.raw`{WB}i(?:'ve| have)? (?:had|have) to (?:explain|tell|lie) to (?:everyone|everybody|the kids|the children|the boys|the girls|my (?:whole |entire )?(?:family|parents|mum|mom|dad|friends|boss|congregation|church|class|team|street|office)|the (?:whole |entire )?(?:family|congregation|church|street|office|school|village)|your (?:family|parents|mum|mom|dad)|people|all our friends|our friends) (?:why|that|where|what) (?:you|u|my (?:husband|wife|partner|fianc[ée]e?)|(?:their|our|the kids'?) (?:dad|daddy|mum|mummy|mom|mommy|father|mother)){WE}`,
          String.raw`{WB}(?:you|u)(?:'ve| have)? (?:got )?(?:no|not the slightest|not the faintest|not a clue|zero) ?(?:idea )?(?:what (?:this|the last|these|that|it'?s|it has|it was)[^.!?\n]{0,30}? (?:has|have|was|were|'s|is) (?:been )?like for me|how (?:hard|painful|awful|lonely|difficult|bad|tough|horrible|dark)(?: (?:it|this|that|things|life|the last [a-z ]+))?(?:'s| is| was| has been| have been| were)?|what (?:you|u) (?:did|put me through|did to me|have done|'ve done)|what i'?ve been through){WE}`,
          String.raw`{WB}(?:do|did) (?:you|u) ever (?:think|wonder|stop to think|consider) (?:about |of )?(?:what|who) (?:you|u) (?:left|walked away from|threw away|did|broke|destroyed){WE}`,
          String.raw`{WB}(?:i'?m|i am|im) (?:still )?paying (?:off |back |for )?(?:the|your|ur|our|that) [^.!?\n]{1,30}? (?:you|u) (?:maxed out|ran up|took out|racked up|insisted on|wanted|bought|spent)(?: on)?{WE}`,
          String.raw`{WB}i (?:wonder|doubt) (?:if|whether) (?:you|u) (?:even |ever )?(?:care|cared|notice|noticed|know|knew)(?: that| how| about)?{WE}[^.!?\n]{0,60}?(?:i'?ve|i have|i|i'?m|im)\s[^.!?\n]{0,20}?(?:barely|hardly|not|haven'?t|can'?t|cried|crying|alone|lost|left the house|eaten|slept)`,
          String.raw`{WB}(?:(?:my|our|your|ur|the) )?${KIN}(?: \w+)?[^.!?\n]{0,40}?(?:in tears|crying|cried|sobbing|in bits|heartbroken|devastated)(?! of (?:joy|happiness|laughter|relief))[^.!?\n]{0,40}?,? (?:so |and )?(?:i )?hope (?:you'?re|you are|ur|u r) (?:proud|happy|pleased|satisfied)(?: (?:now|of yourself))?{WE}(?! (?:of|for|with) (?!yourself))`,
          String.raw`{WB}some of us (?:don'?t|can'?t|do not|cannot|didn'?t|never) (?:get|have|get to have|afford|got) (?:that|the|this|such a) (?:luxury|option|choice|privilege){WE}`,
          String.raw`{WB}i (?:raised|nursed|looked after|cared for|carried|held|kept|ran|paid|worked|cooked|cleaned|gave up|moved|sacrificed|brought up|put up with|supported|covered|waited)[^.!?\n]{3,120}?,? and i (?:never|didn'?t|did not) (?:once |ever )?(?:complained|complain|moaned|moan|grumbled|asked for (?:anything|a thing|thanks|help|a penny|much|anything in return)|said a (?:word|thing))(?=\s*(?:[.!,;]|$))(?![^.!?\n]{0,40}?(?:because|loved|happily|gladly|glad|wanted))`,
          String.raw`{WB}i (?:gave up|left|quit|moved|sacrificed|turned down|waited|stayed|put up with|spent|passed on|threw away)[^.!?\n]{3,120}?(?=[.!?,—]\s{0,3}(?:and |but )?(?:all )?for what(?:\s*[?.!]|\s*$))`,
          String.raw`{WB}(?:do|did) (?:you|u) (?:even )?(?:have any idea|know|realise|realize|understand) (?:what|how much) (?:you'?ve|you have|u'?ve|uve|you) (?:done|put me through|cost me|taken from me){WE}`,
          String.raw`{WB}i (?:lost|gave up|sacrificed|quit|had to (?:sell|leave|give up|move)|missed)[^.!?\n]{1,80}?,? (?:and )?(?:all )?(?:because of|thanks to) (?:you|u|what (?:you|u) did){WE}(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:i|i'?m|im|i am)(?: still)? (?:have to|having to|had to|left to|the one who has to|the one having to) (?:lie|cover|make excuses|answer|explain) for (?:you|u){WE}(?![^.!?\n]{0,40}?(?:didn'?t mind|don'?t mind|happy to|glad to|gladly|happily))`,
          String.raw`{WB}i (?:sat|waited|went|was|ended up|spent [^.!?\n]{1,20}?) (?:in|at|to) (?:a&e|hospital|the hospital|casualty|the er|the emergency room|the police station|court|the funeral|the scan|the birth|the appointment|the clinic)[^.!?\n]{0,40}? (?:on my own|alone|by myself)[^.!?\n]{0,30}? because (?:you|u) (?:wouldn'?t|didn'?t|couldn'?t|weren'?t|wasn'?t|never|refused to|(?:were|was) (?:out|at the pub|with (?:her|him|them)|too busy|drunk)){WE}(?! (?:well|feeling well|allowed|able to get (?:leave|off)))`,
          String.raw`{WB}(?:i'?ve been|i have been|i'?m|i am|im) (?:now )?(?:on|taking) (?:sleeping pills|antidepressants|anti-depressants|medication|meds|diazepam|sertraline|tablets|beta blockers)[^.!?\n]{0,40}?(?=[.!,]?\s{0,3}(?:just so (?:you|u) know|fyi|not that (?:you|u) (?:care|cared|noticed)|in case (?:you|u) (?:were|was) wondering|thanks to (?:you|u)))`,
          String.raw`{WB}(?:it|this|that|you|u|leaving|loving (?:you|u)|us|(?:you|u) leaving|the breakup|the break-up|the divorce)(?: (?:just|really))? (?:cost|costs|has cost|had to cost|didn'?t have to cost|didnt have to cost|did not have to cost|is costing) me (?:everything|so much|my (?:health|sanity|twenties|youth|dignity|friends|home|everything)){WE}(?![^.!?\n]{0,50}?(?:my (?:own )?fault|worth it|again|regret|on me|my doing|i chose|my choice))`,
          String.raw`{WB}i hope (?:you|u) (?:remember|think (?:about|of)) (?:all )?(?:of )?(?:that|this|it|me)[^.!?\n]{0,20}? (?:when|whenever|every time|each time|while) (?:you'?re|you are|u r|ur|you|u) [a-z]+ing(?: (?:next to|beside|in bed with|on top of|with))? (?:her|him){WE}`,
        ].join('|'),
      ),
      span: 'sentence',
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'laid-at-door',
      // Fourteenth round (probe eval/fourteenth/pitfalls14): the writer's burden or a relative's pain set beside the
      // reader's leaving, without "because of you": "I've been working Saturdays to keep the rent on since you took
      // off", "My mum … can't bring herself to take it down", "Our son asks whether his mother will come for Christmas,
      // and I have not found a way to answer him", "so why would that bother you", "I gave you the best ten years of my life" (lexicon/en/indirect.ts). Not "I've been sleeping badly since
      // we split, but that's mine to work through", "I gave you my best years and I'd do it again".
      re: sp(LAID_AT_DOOR),
      questions: 'any',
      suggest: ['I have found this time hard, and I am working through it.'],
    },
    {
      id: 'body-since',
      // Sixteenth round (pitfalls16): the body's cost dated from the reader's leaving, told flat: "I haven't eaten
      // properly since you left", "I've lost a stone since you walked out", "The doctor's put me on tablets for my nerves
      // since all this"; the sarcastic wish "Hope you're sleeping well, because I'm not"; a child's tears reported bare
      // ("Our daughter cried herself to sleep again last night"); a relative's coldness "thanks to you"; "every day you
      // don't answer is another day I can't…". Not "I haven't slept a single night since you left" (exaggeration, as the
      // tuning set reads it), not "I've lost weight since you left, the running's paying off", not "Hope you're sleeping
      // well after the surgery".
      re: sp(
        [
          String.raw`{WB}(?:i(?:'ve| have|'m| am)?|ive|im|(?:the |my )?(?:doctor|gp|doc)(?:'s| has)?)\s+(?:(?:been|still|now|even|also|just|literally|really)\s+)*(?:(?:haven'?t|havent|have not|not|barely|hardly|never) (?:(?:really|properly|even) )?(?:eaten|been eating|eat)(?: (?:properly|right|a (?:proper|decent|real) meal|much|anything|well)|(?= since))|lost (?:a|half a|two|three|four|\d+|so much|(?:a lot|loads) of) ?(?:stone|kilos?|kg|pounds|lbs|weight)|lost (?:so much )?weight|on (?:antidepressants|anti-depressants|medication|meds|tablets|pills|sleeping (?:pills|tablets))|(?:put|got) me on (?:antidepressants|anti-depressants|medication|meds|tablets|pills|sleeping (?:pills|tablets))|signed (?:me )?off(?: work| sick)?|(?:had|having|get|getting) (?:panic attacks|anxiety attacks|nightmares|migraines)|(?:barely|hardly|not) (?:left|been out of) the (?:house|flat)|living on (?:toast|tea|coffee|cereal|crisps|noodles|nothing|biscuits))[^.!?\n]{0,40}? since (?:(?:{YOU}) (?:left|went|walked out|moved out|walked|ended (?:it|things|us)|broke up with me|dumped me|packed|cheated|did what)|all (?:this|that)|the (?:breakup|break-up|split)|everything (?:happened|that happened))(?![^.!?\n]{0,40}?(?:running|gym|on purpose|healthier|feel (?:great|good|better)|paying off))`,
          String.raw`{WB}(?:i )?hope (?:{YOURE}) (?:sleeping|eating|resting|doing|enjoying|having|happy|sleeping)[^.!?\n]{0,40}?,? (?:(?:because|cause|cos|coz|cuz|as) )?(?:i'?m not|i am not|im not|i can'?t|i cant|i cannot|i haven'?t|i havent|i don'?t|i dont)(?! (?:sure|certain|worried|angry|upset|cross|bitter|jealous|going|able to (?:make|come)))`,
          String.raw`{WB}(?:our|the|my|your|ur) (?:[a-z]+ ){1,2}?(?:has |have )?(?:cried|cries|crying|sobbed|sobbing) (?:herself|himself|themselves) to sleep`,
          String.raw`{WB}(?:your|ur|my|our|the) (?:${MUM_OR_DAD}|mam|parents|family|sister|brother|${KIDS}|friends|boys|girls|nan|gran)[^.!?\n]{0,12}? (?:won'?t|wont|doesn'?t|don'?t|can'?t|no longer|barely|hardly|stopped|never)[^.!?\n]{1,50}?,? (?:all )?thanks to (?:{YOU})(?=\s*(?:[.!]|$))`,
          String.raw`{WB}every (?:day|week|night) (?:that )?(?:{YOU}) (?:don'?t|do not|dont|won'?t|refuse to) (?:answer|reply|respond|call|ring|write|text|pick up|get back to me)[^.!?\n]{0,20}? (?:is|means) (?:another|one more) (?:day|week|night)`,
          // "Because you left, my father had his heart attack".
          String.raw`{WB}because (?:{YOU}) (?:left|went|walked out|cheated|moved out|lied),? (?:my|our|the) (?:[a-z]+ ){1,2}?(?:had|got|has|is|was|started|stopped|can'?t|cannot|won'?t|wouldn'?t|ended up){WE}`,
          // "Our little one keeps asking for her daddy at bedtime".
          String.raw`{WB}(?:our|the|my|your|ur) (?:[a-z]+ ){1,2}?(?:keeps? asking|keeps? crying|cries|cried|crying) for (?:(?:her|his|their) )?(?:daddy|mummy|mommy|dad|mum|mom|papa|mama|da|mam|you|u){WE}(?! (?:to|and) (?:come|visit|stay))`,
          // The pet pining since the leaving, the shifts that cover the reader's share, the nights "you have no idea" of.
          String.raw`{WB}(?:the|our|my|your|ur) (?:cat|dog|pup|puppy|kitten)(?:'s| has| is)? (?:been |gone )?(?:sick|ill|off (?:his|her|its) food|pining|not eating|stopped eating|won'?t eat|depressed|miserable|howling)[^.!?\n]{0,30}? since (?:{YOU}) (?:left|went|moved out|walked out)`,
          String.raw`{WB}(?:i'?m|im|i am|i'?ve been|i have been) (?:now )?working (?:double shifts|two jobs|three jobs|nights|extra shifts|weekends|every hour)[^.!?\n]{0,40}?(?:{YOU}) (?:used to (?:pay|cover)|left|stopped paying|never paid|owed|ran up)`,
          String.raw`{WB}(?:{YOU}) (?:have|'ve got|'ve|got) no idea how (?:many (?:nights|times|days|tears|hours)|much i(?:'ve| have)? (?:cried|suffered|hurt|struggled|lost|gave up))`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I have found this time hard, and I am working through it.'],
    },
    {
      id: 'while-you-thrive',
      // Twentieth round (probe eval/twentieth/guilt20-probe): the writer's pain set against the reader's ease, without
      // "because of you": "I've lost ten pounds and can't face work, but I guess you're doing fine", "It hurts so much I
      // can barely breathe, and you just get to walk away", "cool so ur at festivals now and i cant get out of bed",
      // "glad ur having fun while im here falling apart"; and the sour tags after a pain: "…, but don't let that spoil
      // your fun", "…, so thanks for that", "The house is so quiet now, I hope that's what you wanted". Not "I was lonely
      // at first, but you're doing great and I'm glad", "I hope this is what you wanted to hear".
      re: sp(
        [
          String.raw`{WB}(?:i|im|i'?m|i am|i'?ve|ive|i have|i was|it)\b[^.!?\n]{0,60}?${PAIN_MORE}[^.!?\n]{0,60}?,? (?:but|and|yet|while|whilst|meanwhile)\s+(?:(?:i guess|i suppose|i'?m sure|im sure|apparently|clearly|obviously|evidently|of course|by the looks? of (?:it|things|(?:your|ur) [a-z]+|instagram|facebook)|from (?:your|ur) (?:photos|pics|posts|instagram|stories)),?\s+)?(?:{YOURE}|(?:you|u) (?:seem|look)(?: to be)?|you|u)\s+(?:(?:just|obviously|clearly|still|all|apparently)\s+)?${READER_EASE}(?=\s*(?:[.!,;…]|$|now|these days|over there|without|with (?:him|her|them)|lol))(?![^.!?\n]{0,40}?(?:glad|happy for|proud|good for (?:you|u)|deserve|pleased for|that'?s (?:good|fine|okay|ok|great|how it should be|as it should be)|which i (?:encouraged|wanted)|(?:good|nice|great|lovely) to (?:hear|see)|which is (?:good|great|lovely|nice|right)))`,
          String.raw`{WB}(?:{YOURE}|you'?ve been|you were|u were)\s+${READER_OUT}(?! (?:next|this|on) (?:week|weekend|month|friday|saturday|sunday)| tomorrow)[^.!?\n]{0,50}?(?:,\s*(?:(?:and|while|whilst|but|meanwhile)\s+)?|\s+(?:and|while|whilst|but|meanwhile)\s+)(?:i'?m|im|i am|i|i'?ve been|ive been|me)\s+(?:(?:still|here|just|stuck|sat|sitting|lying|left|home|at home|alone)\s+)*${PAIN_MORE}`,
          String.raw`{WB}(?:i|i'?m|im|i'?ve|ive|my)\b[^.!?\n]{0,60}?(?:${PAIN_MORE}|trust (?:anyone|anybody|people|men|women) again|years before i (?:trust|love|date))(?! without)(?:(?!(?:you|u) (?:showed|helped|took|looked after|taught|gave|got me|were (?:there|kind|patient)|came|stayed|sat|made))[^.!?\n]){0,60}?,? (?:so |and )?(?:thanks|cheers|thank you|ta|thx)(?: (?:so much|a lot|a bunch|very much))? for that(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:i )?hope (?:(?:the|your|ur|his|her) (?:new )?[a-z]+(?:'s| is| was) (?:(?:nice and|so|really|very|all)\s+)?(?:cosy|comfy|warm|lovely|nice|fun|great|amazing|worth it|everything (?:you|u) wanted)|(?:{YOURE}) (?:enjoying|loving|having (?:fun|a (?:great|lovely|nice|good) time)))[^.!?\n;,—–:]{0,30}?(?:;|,|—|–|:)\s*(?:(?:because|cos|while|meanwhile|mine|here|over here)\s+)?[^.!?\n]{0,40}?(?:${PAIN_MORE}|(?:couldn'?t|can'?t|cant|couldnt) (?:pay|afford)|been (?:off|cut off) (?:here )?since){WE}(?![^.!?\n]{0,40}?(?:but i'?m (?:getting|doing|okay|ok|fine|better|managing)|and i'?m (?:okay|ok|fine|glad|happy)|i'?m glad))`,
          String.raw`{WB}(?:i|i'?m|im|i'?ve|ive|i have)\b[^.!?\n]{0,60}?${PAIN_MORE}[^.!?\n]{0,40}?,? (?:though|but|and|not that) (?:i (?:imagine|expect|bet|doubt|suppose|guess) )?(?:{YOU})(?:'ve| have| would|'d| will|'ll)? (?:(?:barely|hardly|even|never|probably not|not even)\s+)+(?:noticed|notice|cared|care){WE}`,
          String.raw`{WB}(?:i'?m guessing|i bet|i imagine|i'?m sure|im sure|no doubt|i expect|i suppose) (?:{YOU})(?:'re| are)? (?:sleep|sleeping)(?: at night)? (?:just )?(?:fine|soundly|well|like a baby|easy)(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:hope|hoping|trust|bet)\s+[^.!?\n]{1,30}?(?:'s| is| was| are| were) (?:all |really )?worth (?:the|all the|all this) (?:wreckage|damage|carnage|fallout|destruction|collateral damage|mess (?:you|u) left){WE}`,
          String.raw`{WB}(?:i'?m|im|i am) (?:fine|okay|ok|grand|alright|all right|managing),? (?:(?:really|honestly),? )?(?:don'?t|dont|do not) (?:trouble|bother) (?:yourself|urself|your (?:pretty )?(?:little )?head)(?: about me)?(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}must be nice,? having{WE}`,
          String.raw`{WB}(?:don'?t|do not|dont) (?:concern|trouble|bother) (?:yourself|urself) (?:with|about) (?:me|how i(?:'m| am)|how i'?m (?:doing|coping|managing)|my)\b|{WB}(?:i'?ll|ill|i will|i shall) (?:cope|manage|survive|get by|muddle through)(?: somehow)?,? (?:as|like) i always (?:have|do|did){WE}`,
          String.raw`{WB}(?:it'?s fine|its fine|never mind|nevermind|don'?t mind me|dont mind me|whatever),? (?:i'?ll|ill|i will) (?:just )?[^.!?\n]{0,30}?(?:alone|on my own|by myself){WE}(?![^.!?\n]{0,30}?(?:i (?:quite |really |actually )?(?:like|love|enjoy)|which is (?:fine|nice|lovely|great)|(?:and|honestly) (?:that'?s|it'?s) (?:fine|ok|okay|nice|lovely)))`,
          String.raw`{WB}(?:while|whilst) (?:{YOU}) (?:were|was|'re|are) (?:busy |off |out )?(?:finding (?:yourself|urself)|partying|travell?ing|gallivanting|swanning|living it up|having fun|on holiday|with (?:him|her))[^.!?\n]{0,40}?,? (?:i|i'?m|im|i was|i'?ve been) (?:(?:busy|left|stuck|here|still)\s+)*(?:keeping (?:a roof|the (?:house|family|kids|lights)|everything|things|us)|paying (?:the|for|off|all|every)|working (?:two|three|double|extra|nights|every)|raising|looking after (?:the|our|your|ur|my|everyone)|holding (?:it|everything|things|us|the family) together|juggling|covering|picking up|sorting out|dealing with|cleaning up){WE}(?![^.!?\n]{0,40}?(?:looks? (?:great|lovely|amazing)|was fun|loved|enjoyed|happy to))`,
          String.raw`{WB}(?:i )?hope (?:{YOURE}) sleeping (?:soundly|like a baby|easy|well at night|soundly at night)(?=\s*(?:[.!…]|$))`,
          String.raw`(?:(?<=(?:^|[.!?\n])\s{0,3})|(?<=(?:now|quiet|empty|over|gone|alone|on my own|silent|finished|done|dead|ruined|broken|in pieces)[^.!?\n]{0,12}?,\s{1,3}(?:so |well,? |and )?))(?:i )?hope (?:that'?s|this is|it'?s|it was|that was|this was|that is) (?:what|all) (?:{YOU}) (?:wanted|were after|were hoping for)(?! (?:to|for (?:your|ur) (?:birthday|christmas)))(?=\s*(?:[.!…,]|$))|{WB}(?:i )?hope (?:{YOU}) got what (?:{YOU}) wanted(?=\s*(?:[.!…,]|$))`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I have found this time hard, and I am working through it.'],
    },
    {
      id: 'sacrifice-unpaid',
      // Twentieth round (probe eval/twentieth/guilt20-probe): a sacrifice told as an unpaid debt, in the words the older
      // patterns missed: "I turned down the job in Edinburgh so you could finish your degree, not that it counted for
      // anything", "I put my own dreams on hold for five years for you", "I spent my thirties waiting for you to be
      // ready", "Four years of ironing your shirts, and not so much as a goodbye", "I became everything you asked for,
      // and it still wasn't enough", "I was there through your redundancy, all of it, and the moment things got hard for
      // me you were gone". Not "I put my studies on hold to travel", "I spent my twenties with you and don't regret it".
      re: sp(
        [
          String.raw`{WB}i\b[^.!?\n]{1,80}?(?:for (?:{YOU}|us)|so (?:that )?(?:{YOU}|we) could|to (?:be with|follow|support|help|look after) (?:{YOU}))[^.!?\n]{0,40}?,? (?:not that (?:it|that|any of (?:it|that)|this) (?:counted|mattered|meant|made (?:any|a (?:blind )?bit of) difference|got me (?:anywhere|anything)|did me any good|was worth (?:it|anything))|for all the good it did (?:me|us)|much good (?:it|that) did me|(?:and )?fat lot of good (?:it|that) did(?: me)?|and what did i get(?: (?:for it|in return|back))?|and what (?:do|did) i (?:have|get) to show for it){WE}`,
          String.raw`{WB}i (?:moved|relocated|came|followed (?:{YOU})|upped sticks|emigrated|left [a-z]+)[^.!?\n]{0,40}? for (?:{YOU})[^.!?\n]{0,15}?,? (?:and|but|yet) (?:now )?(?:i(?:'m| am|m)? |i (?:have|'ve got|got) |i (?:don'?t|do not|dont) (?:know|have) )(?:(?:still|now|completely|totally|all)\s+)*(?:alone|on my own|stuck|nobody|no one|no-one|nothing|not a soul|a soul|anyone|anybody|no friends|no job|no family){WE}`,
          String.raw`{WB}i (?:sold|pawned|cashed in|remortgaged|borrowed|took out a loan|emptied my savings|used my savings)[^.!?\n]{0,50}? (?:to pay for|for|to cover|to fund|to buy) (?:your|ur|you|u)[^.!?\n]{0,40}?,? (?:and|but|yet) (?:{YOU}) (?:never|didn'?t|did not|couldn'?t)(?: (?:once|even|so much as))* (?:mentioned|thanked|noticed|acknowledged|said|asked|paid|repaid){WE}`,
          String.raw`{WB}(?:because of|thanks to) (?:{YOU}),?\s+(?:i'?m|im|i am|i'?ve been|i was|i have been)\s+(?:(?:now|still|left|completely|totally)\s+)*(?:on my own|alone|broke|skint|homeless|left with nothing|in debt|back (?:living )?(?:at home )?with my (?:parents|mum|mom|dad))(?!\s+(?:and|but) (?:i'?m |it'?s )?(?:happy|happier|fine|okay|ok|free|better|good))`,
          String.raw`{WB}i\b[^.!?\n]{1,60}? so (?:that )?(?:{YOU}) could [^.!?\n]{1,40}?,? (?:and|but|yet) (?:then )?(?:{YOU}) (?:finished with me|dumped me|left(?: me)?|walked (?:out|away)|broke up with me|ended (?:it|things)|went off with|cheated){WE}`,
          String.raw`{WB}i (?:put|placed) (?:my )?(?:own )?(?:whole |entire )?(?:life|career|dreams|plans|studies|future|ambitions|education|degree|music|art|writing|business)(?: and [a-z]+)? on (?:hold|pause|ice|the back burner)(?: for [^.!?\n]{1,20}?)? for (?:{YOU}|us){WE}`,
          String.raw`{WB}i (?:spent|wasted|gave up) (?:my (?:twenties|thirties|forties|youth|best years|whole life|life|prime)|(?:the best |all the |so many |[a-z]+ )?years(?: of my life)?) (?:waiting (?:for|on) (?:{YOU})(?: to (?:be ready|make up (?:your|ur) mind|decide|commit|grow up|change|propose|leave (?:her|him)|choose))?|hoping (?:{YOU}) would|chasing (?:{YOU})|running after (?:{YOU})|trying to (?:please|make|change|fix) (?:{YOU})){WE}(?![^.!?\n]{0,60}?(?:don'?t regret|no regrets|happily|gladly|worth (?:it|every)))`,
          String.raw`{WB}(?:[a-z]+ )?(?:years|months) of (?:[a-z]+ing|looking after|putting up with|picking up)[^.!?\n]{1,60}?,? (?:and|but|yet) (?:not (?:so much as|even|once|one|a single) (?:a )?|never (?:so much as|even|once) (?:a )?)(?:goodbye|thank[- ]?you|thanks|word(?: of thanks)?|call|phone call|text|card|sorry|apology|explanation|backward glance|look back){WE}`,
          String.raw`{WB}(?:everything|all) (?:(?:{YOU}) (?:ever )?(?:asked|wanted|needed)(?: (?:for|of me))?|for (?:{YOU}))[^.!?\n]{0,40}?,? (?:and|but|yet) (?:it |that |i )?(?:still )?(?:wasn'?t|was never|was not|never was|weren'?t|isn'?t) (?:good )?enough{WE}(?![^.!?\n]{0,40}?(?:because (?:of )?(?:i|me|my)|my (?:own )?(?:fault|drinking|temper|jealousy)|on me|i know why))`,
          String.raw`{WB}i was (?:always |right |still )?there (?:for (?:{YOU}) )?(?:through|for|at|during|every)\b[^.!?\n]{1,80}?(?:,|and|but)[^.!?\n]{0,40}?(?:{YOU}) (?:were (?:gone|nowhere(?: to be (?:seen|found))?|off|long gone|out the door)|was (?:gone|nowhere)|left|vanished|disappeared|bailed|ran|walked out|legged it){WE}`,
        ].join('|'),
      ),
      span: 'sentence',
      questions: 'any',
      suggest: ['I gave a lot to us, and I am learning to let that go.'],
    },
    {
      id: 'others-carry',
      // Twentieth round (probe eval/twentieth/guilt20-probe): family and friends carrying what the leaving cost the
      // writer ("Mum had to lend me money for the deposit because you emptied the joint account", "My sister had to come
      // and stay with me because I couldn't get out of bed after you left"), a doctor's prescription sent as a tag ("My
      // doctor has put me on tablets, just so you know"), and not knowing what to tell the family ("I don't know what to
      // tell them about what you did"). Not "My sister had to come and stay because her flat flooded", "Mum cried when I
      // told her, but she understood" (as the tuning set reads family sorrow at the news).
      re: sp(
        [
          // Twenty-first round (memory21's note): the children's hurt handed to the reader to think about ("You're such a
          // good mum, so think about what this is doing to the kids"); not "…what would be best for the kids".
          String.raw`{WB}(?:think|thought|consider) (?:about |of )?what (?:this|it|that|all this|(?:you|u)(?:'re| are|r)|ur|the (?:divorce|split|separation|break-?up)|leaving|your leaving|ur leaving) (?:is |has |'s )?(?:doing|done|does|did) to (?:the|our|your|ur) (?:kids|children|boys|girls|son|daughter|baby|little ones|family)(?![\p{L}])`,
          String.raw`{WB}(?:(?:my|our|the|your|ur) )?(?:${KIN}|friends?|mates?|best friend|bestie|neighbou?rs?|flatmate)(?: [a-z]+)?(?: (?:has|have|had|'s|'ve))? (?:had )?to (?:lend|give|pay|come|move|take|put|look after|bail|sort|cover|drive|pick|sit|stay|help)[^.!?\n]{0,60}?(?:because (?:of (?:{YOU}|what (?:{YOU}) did)|(?:{YOU}) (?:left|walked|emptied|took|cleared|moved out|changed|kicked|stopped|cheated|went))|(?:after|since|when|once) (?:{YOU}) (?:left|went|walked|moved out|emptied|took|cleared|kicked)){WE}`,
          String.raw`{WB}(?:(?:my|our|the|your|ur) )?(?:${KIN})(?: [a-z]+)? (?:hasn'?t|haven'?t|has not|have not|hasnt|havent) been able to (?:look at|talk about|say|hear|face|sleep|eat|stop crying|speak)[^.!?\n]{0,30}? since(?: (?:{YOU}) (?:left|went|walked out|moved out))?(?=\s*(?:[.!…,]|$))`,
          String.raw`{WB}(?:(?:my|our|the|your|ur) )?(?:${KIN})\b[^.!?\n]{0,80}?,? but (?:i suppose|i guess|apparently|obviously|clearly) (?:{YOURE}) (?:too |far too |much too )?busy{WE}(?![^.!?\n]{0,40}?(?:no pressure|no worries|no rush|that'?s (?:fine|okay|ok|understandable|fair)|i (?:understand|get it)|of course))`,
          String.raw`{WB}(?:(?:my|our|the|your|ur) )?(?:${KIN})\b[^.!?\n]{0,40}? (?:in tears|crying|sobbing)[^.!?\n]{0,40}? (?:asking|wondering|to ask) (?:me )?(?:why (?:{YOU}|she|he|they)|what (?:she|he|they|i) did|where (?:{YOU}) (?:went|are|were|have gone|'ve gone)|(?:if|whether) (?:{YOU}) (?:hate|still|are coming|'re coming|'ll ever|will ever|ever)){WE}`,
          String.raw`{WB}(?:i'?ll|i will|ill) (?:just )?(?:explain to|tell) [a-z]+(?: [a-z]+)? why (?:her|his|their) (?:dad|mum|mom|father|mother|daddy|mummy|mommy) (?:missed|forgot|isn'?t|wasn'?t|didn'?t|won'?t|can'?t|couldn'?t|never|left){WE}`,
          String.raw`{WB}(?:the |my )?(?:doctor|gp|doc|psychiatrist)(?:'s| has| have)? (?:now |just |finally )?(?:put|got|started) me on (?:tablets|pills|antidepressants|anti-depressants|medication|meds|sleeping (?:pills|tablets)|something)[^.!?\n]{0,40}?(?:,|;|—|-)\s*(?:just so (?:{YOU}) know|fyi|btw|in case (?:{YOU}) (?:were|was) wondering|not that (?:{YOU})(?:'d| would)? care|if (?:{YOU}) care|thought (?:{YOU}) should know){WE}`,
          String.raw`{WB}i (?:don'?t|do not|dont|never) know what (?:else )?to (?:tell|say to) (?:them|him|her|the (?:kids|children|boys|girls)|our (?:kids|children|son|daughter|boy|girl)|my (?:${MUM_OR_DAD}|mam|mom|parents|family|nan|gran)|(?:your|ur) (?:${MUM_OR_DAD}|mam|parents|family)|everyone|people|anyone)(?: anymore)? (?:about (?:what (?:{YOU}) did|why (?:{YOU})|where (?:{YOU}))|when (?:they|she|he) asks? (?:about|where|why|for) (?:{YOU}|daddy|mummy|mommy)){WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I have found this time hard, and I am working through it.'],
    },
  ],
  antipatterns: [
    // Seventeenth lead review: "because of you" said in thanks — "it's because of you that I did", "because of you I
    // finished the course".
    String.raw`\b(?:because\s+of|thanks\s+to)\s+(?:you|u)\s*,?\s+(?:that\s+)?i\s+(?:did|got\s+(?:through|better|there|clean|sober)|made\s+it|managed|survived|learned|learnt|finished|passed|kept\s+going|stayed\s+(?:sober|clean)|am\s+(?:still\s+)?(?:here|okay|ok|better|alive|sober|clean))\b`,
    // Seventeenth lead review: what they did, thanked for in the same breath, is not a reproach: "You left me to tell Mum
    // in my own time, which I appreciated".
    sp(
      String.raw`{WB}(?:{YOU})[^.!?\n]{0,80}?,? (?:which|and|something) i (?:really |truly |genuinely |always |still |honestly )?(?:appreciated|appreciate|was grateful for|am grateful for|was thankful for|am thankful for|never thanked (?:you|u) for|'m grateful for|'m thankful for)(?![a-z])`,
    ),
    // Sixteenth round: a child's question reported to arrange things, not to blame: "The kids asked where you would be
    // for Christmas, so let us work out the days together", "Lily asked if you'll come to sports day, so let me know".
    sp(
      String.raw`{WB}(?:asked|asks|asking)[^.!?\n]{0,60}?,? so (?:let'?s|let us|we (?:can|could|should|need to)|could (?:{YOU})|can (?:{YOU})|let me know|i'?ll|i can|maybe|if (?:{YOU}))(?![^.!?\n]{0,30}?(?:explain|tell (?:them|him|her) why|sorry))`,
    ),
    // Fourteenth round: "worth it" said for the reader's own good: "I hope she's worth it, for your sake, because you
    // deserve someone good".
    sp(String.raw`{WB}worth it,? (?:for (?:your|ur) (?:own )?sake|because (?:you|u) deserve)`),
    // Fourteenth round: a "you" clause answered by the writer's own hiding: "I guess you were too busy that year to notice I
    // was struggling, and I hid it well", "you never saw how low I was, but I never told you".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but |though )?(?:honestly |to be fair,? |in fairness,? )?i (?:hid (?:it|that|how|what|everything)|kept (?:it|that|how|what|everything)[^.!?\n]{0,20}? (?:to myself|from (?:you|u)|hidden|quiet)|never (?:told|showed|let) (?:you|u)|(?:didn'?t|did not) (?:tell|show|let) (?:you|u))`,
    ),
    // Thirteenth round: the writer as the reluctant one, their own failing and no burden: "I was always the one who had
    // to be dragged to parties, and you were so patient about it".
    sp(
      String.raw`{WB}(?:i'?m|i am|im|i was|i'?ve been|it was (?:always )?me) (?:(?:always|still|now|usually)\s+)?(?:the (?:only )?one )?(?:who |that )?(?:had|has|needed|needs|have) to be (?:dragged|pushed|reminded|told|talked|coaxed|begged|persuaded|nagged|woken|pulled|convinced|chased|forced|prodded){WE}`,
    ),
    // Eleventh round: the writer's own fault as the cause, self-blame and not a bill: "This is what I get for not
    // listening", "that's what I get for how I treated you", "what I deserve for lying". Not "for loving you", "for
    // trusting you" (the reader's doing).
    sp(
      String.raw`{WB}(?:what|all) i (?:get|got|deserve|deserved)(?: in the end)? for (?:(?:not|never) [a-z]+|being (?:so )?(?:stupid|an idiot|careless|selfish|a coward|lazy|cruel|rude|jealous|distant|absent|an arse|an ass|a jerk)|how i|what i (?:did|said)|the way i|my (?:own )?(?:temper|drinking|jealousy|lies|lying|behaviou?r|mistakes?|silence|pride|ego|affair|stupidity|choices)|(?:lying|cheating|drinking|shouting|yelling|gambling|snapping|sulking|running away|hiding|ignoring (?:you|u)|taking (?:you|u) for granted)){WE}`,
    ),
    // Eleventh round: a sacrifice shared ("I sacrificed a lot for us, and so did you"), and pride wished for an
    // achievement ("I hope you're proud of yourself for the marathon, you should be"), not for a harm.
    sp(
      String.raw`{WB}i{WE}[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but )?(?:so did (?:you|u)|so have (?:you|u)|(?:you|u) did too|(?:you|u) (?:have|did) (?:too|as well)|as did (?:you|u)|(?:and )?you too|(?:you|u) gave (?:just as much|as much|more)){WE}`,
    ),
    sp(
      String.raw`{WB}proud of (?:yourself|urself) (?:for|about) (?:the|your|ur|that|getting|finishing|passing|running|winning|completing|doing|making|landing|starting|graduating|qualifying|buying|opening|publishing)(?![^.!?\n]{0,40}?(?:ruin|wreck|destroy|leav|lie|lying|lied|cheat|dump|break|broke|walk|ghost|hurt|betray|block|abandon)){WE}`,
    ),
    // Eleventh round: the hurt taken back in the same breath ("It hurt that you didn't come to the hospital, but I
    // understand you were scared"), and a burden the writer would not change ("I was left holding the baby, literally,
    // and I wouldn't change that").
    sp(
      String.raw`{WB}(?:(?:it |that |this )?(?:hurt|stung)|(?:you|u) (?:(?:really|truly|completely)\s+)?(?:broke|shattered) my heart)[^.!?\n]{0,70}?(?:,|;|—)\s*(?:but|and) (?:honestly )?(?:i (?:understand|get (?:it|why)|know (?:why|(?:you|u) (?:were|had|couldn'?t|didn'?t mean))|see (?:why|now))|(?:that'?s|it'?s) (?:okay|ok|fine|mine|on me|in the past)|i'?ve (?:made (?:my )?peace|let (?:it|that) go|forgiven))`,
    ),
    sp(
      String.raw`[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but )?(?:honestly )?i (?:wouldn'?t|would not|won'?t|will not|'d not) (?:change|trade|swap|undo) (?:that|it|any of it|a (?:thing|minute|day|second)|those (?:years|days|nights)){WE}`,
    ),
    // Eighth round: family sorrow or waiting told with the love behind it: "the kids wait at the window on Fridays, they
    // love your visits", "Mum hasn't smiled like that since, she loved having you around".
    sp(
      String.raw`[^.!?\n]{0,80}?(?:,|;|—|and) (?:they|he|she)(?:'re| are| is|'s)? (?:(?:so|really|absolutely|just)\s+)?(?:love|loves|loved having (?:you|u)|adore|adores|look forward to|looks forward to|can'?t wait for|are excited about|is excited about){WE}`,
    ),
    // A good reason, not a debt: "You're the reason I'm sober today", "you're the reason I'm still standing".
    sp(
      `(?:{YOURE}|you were|u were) (?:the|my) (?:only |main |whole )?reason (?:why |that )?(?:i'?m|i am|im) (?:(?:still|now|even)\\s+)?(?:sober|clean|alive|still standing|here(?=\\s*,? writing)|doing (?:well|better|okay|ok)|better|happy|okay|ok|smiling|a better|the (?:man|woman|person)|who i am|in therapy|getting help)`,
    ),
    // Pain kept as the writer's own, a choice stood by, or a kind question passed on: "…, and that's mine to carry, not
    // yours", "I gave up my job in Perth to be with you, and I'd make the same choice tomorrow", "my dad still asks
    // how you're getting on", "must be nice to never be wrong" (a jibe, not a debt).
    sp(
      String.raw`[^.!?\n]{0,80}?(?:mine to (?:carry|deal with|fix|own|bear|handle)|(?<!(?:i suppose|i guess|apparently|clearly|obviously|of course|but then|then again)[^.!?\n]{0,20})not (?:your|ur) (?:fault|burden|problem|job|responsibility))|[^.!?\n]{0,80}?(?:i'?d|i would) (?:do|choose|make) (?:it|that|the same)(?: (?:choice|decision))? (?:tomorrow|in a heartbeat|any day|every time|without (?:a )?(?:second )?thought)|(?:asks?|asked|asking) (?:me )?how (?:you|u)(?:'re| are| r) (?:getting on|doing|keeping)|must be nice (?:to (?:never|always) be (?:wrong|right)|being (?:always right|never wrong))`,
    ),
    // A sacrifice the writer stands by, said later in the sentence: "I gave up a lot for us, and I'd do it again".
    sp(
      `[^.!?\\n]{0,80}?(?:(?:i'?d|i would|i'?ll|i will) (?:(?:happily|gladly|still|honestly)\\s+)?(?:do|choose|make|give|spend|live|go through|sacrifice|move|follow (?:you|u)) (?:(?:it|that|them|the same|those years|it all|every (?:one|minute|second|day|year)(?: of (?:it|them))?)\\s+)?(?:all )?(?:(?:choice|decision) )?(?:again|all over again|tomorrow|in a heartbeat)|(?:i )?(?:don'?t|do not|never) regret (?:it|a (?:single )?(?:thing|second|minute|moment|day|year|penny)|any (?:of it|single|part|second|minute|day)|one (?:bit|second|minute|day))|no regrets|(?:it|that) was (?:my|all my) (?:own )?(?:choice|decision)|i chose (?:it|to|that)|my (?:own )?choice to)`,
    ),
    // A fond memory, or love, behind the tears: "because of you I can't walk past a bakery without thinking of Sunday
    // mornings", "our daughter cries when she has to leave your house, because she loves being with you".
    sp(
      `(?:(?:because of|thanks to) (?:you|u),?|(?:you'?re|you are|ur|you were) the reason) i (?:can'?t|cannot|cant) [^.!?\\n]{0,50}?without (?:thinking (?:of|about)|smiling|grinning|remembering|a smile|laughing)|[^.!?\\n]{0,80}?because (?:she|he|they) (?:loves?|adores?) (?:you|u|being)`,
    ),
    // Hurt told, then granted as right: "you broke my heart a little when you moved, but it was the right thing".
    sp(
      `[^.!?\\n]{0,80}?(?:,|;|—|and|but) (?:but )?(?:it|that|you) (?:was|were) (?:the right (?:thing|call|choice|decision|move)|right to)|[^.!?\\n]{0,80}?(?:,|;|—|and|but) (?:and |but |honestly,? )?(?:i(?:'d| would)(?: probably)? have done the same|i (?:don'?t|do not|can'?t|cannot|never|wouldn'?t) blame (?:you|u)|i(?:'ve| have) (?:long )?(?:since )?forgiven (?:you|u|it|that)|i (?:don'?t|do not) hold it against (?:you|u)|(?:it|that) (?:had to|needed to) happen)`,
    ),
    // A playful "your fault" about a taste they passed on: "It's your fault I'm addicted to Korean dramas now", "it's
    // all your fault I'm a coffee snob", "your fault I'm hooked on crosswords".
    sp(
      String.raw`{WB}(?:your|ur) fault (?:that )?(?:i'?m|im|i am|i'?ve become|i became) (?:now )?(?:(?:totally|completely|so|hopelessly|officially|now)\s+)?(?:hooked on|obsessed with|into|addicted to (?!(?:the )?(?:pills|painkillers|drink|drinking|alcohol|booze|drugs|gambling|(?:you|u){WE}|sleeping pills))|an? (?:[a-z-]+ )?(?:fan|snob|convert|nerd|geek|addict)(?! of (?:you|u){WE}))|{WB}(?:your|ur) fault (?:that )?i (?:cry|sob|well up|tear up|bawl) (?:at|during|through) (?:every |all the |the end of )?(?:pixar|disney|films?|movies?|adverts?|ads|weddings|christenings|rom-?coms|musicals)`,
    ),
    // A game lost, fondly: "You destroyed me at chess every Sunday and I loved it", "you crushed me at Scrabble".
    sp(
      String.raw`{WB}(?:destroyed|crushed|thrashed|wrecked|killed|annihilated|broke|ruined|hammered|beat) me at (?:chess|cards|scrabble|tennis|squash|golf|pool|snooker|darts|poker|monopoly|mario ?kart|fifa|trivial pursuit|(?:the )?pub quiz(?:zes)?|quizzes|ping[- ]?pong|table tennis|badminton|board games|bananagrams|cribbage|rummy|backgammon|wordle|crosswords?|sudoku|every (?:game|board game|card game)|[a-z]+ (?:games?|quiz))|{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—|and|but) (?:and |but |honestly )?i (?:loved|adored|enjoyed) (?:it|that|every (?:minute|second|bit) of it){WE}`,
    ),
    // Tears of the good kind, and a habit given up for the better: "You made me cry at the airport, the good kind of
    // crying", "I gave up smoking for you, and it's the best thing I ever did".
    sp(
      String.raw`{WB}made me cry[^.!?\n]{0,40}?(?:the good kind|in a good way|in the (?:very )?best (?:possible )?way|(?:happy|good) tears|tears of joy|(?:with|from) (?:laughter|joy|happiness|pride)|laughing|(?:so|with) proud|happy-crying)|{WB}(?:gave|given) up (?:smoking|drinking|the drink|booze|cigarettes|the (?:fags|ciggies|cigs|bottle|vapes?)|fags|ciggies|gambling|weed|vaping|the weed|junk food|takeaways|energy drinks)[^.!?\n]{0,80}?(?:best (?:thing|decision)|never felt better|grateful|thank|glad i did|proud)`,
    ),
    // Family sorrow told with goodwill for the reader: "My dad was heartbroken when we split, but he's rooting for you".
    sp(
      String.raw`[^.!?\n]{0,80}?(?:,|;|—) (?:but |and )?(?:he|she|they)(?:'s| is|'re| are| was| were)? (?:still )?(?:rooting for (?:you|u)|on (?:your|ur) side|proud of (?:you|u)|happy for (?:you|u)|fond of (?:you|u)|wishing (?:you|u) (?:well|the best)|sends? (?:(?:you|u) )?(?:(?:his|her|their) )?love)`,
    ),
    // A reproach corrected in the same breath by the writer's own part: "You left me when I needed you most, or that's
    // how it felt, though I know now I'd pushed you out long before".
    sp(
      `[^.!?\\n]{0,100}?(?:,|;|—|though|but|and) (?:though |but |and )?(?:i )?(?:know|see|realise|realize|understand) now (?:that )?(?:i(?:'d| had)?|it was (?:me|my|on me))`,
    ),
    // Absolution, a plain "not that you asked" with good news, and other people's tears over other things: "it's not
    // your fault I'm bad at goodbyes", "not that you asked, but I'm doing well", "my sister was heartbroken when her dog
    // died", "I hope you're happy now that you've got the house you always wanted".
    sp(
      `(?:not|n'?t|never|no one'?s|nobody'?s) (?:all |entirely |really )?(?:your|ur) fault|not that (?:you|u|anyone|anybody) asked,? but i(?:'m| am|m) (?:doing )?(?:(?:really|so|very) )?(?:well|good|great|fine|okay|ok|better|happy)|(?:heartbroken|devastated|in tears|cried|cries|crying) (?:when (?:her|his|their|the|our) (?:dog|cat|team|club|hamster|rabbit|fish|show|series|match|horse)|at the end of|at (?:the|a) (?:film|wedding|concert|match|end))|(?:hope|hoping) (?:you'?re|you are|ur) happy now(?: that)? [^.!?\\n]{0,60}?(?:always wanted|deserve|dreamed|dreamt)`,
    ),
    // Envy turned to goodwill: "must be nice to finally have a garden, you always wanted one".
    sp(
      `must be nice[^.!?\\n]{0,60}?(?:,|;|—|and) (?:you|u) (?:always wanted|deserve|'ve (?:always )?wanted|have (?:always )?wanted|earned)`,
    ),
    // Family and pets told plainly, with a fond or reassuring tail: "the dog still waits by the door, which is sweet",
    // "the kids ask where you are, and I tell them you're in Spain for work", "our son cries at bedtime, and he's okay".
    sp(
      `[^.!?\\n]{0,80}?(?:,|;|—) (?:which|and it|it)(?:'s| is| was) (?:(?:so|kind of|kinda|really|quite|actually) )?(?:sweet|cute|lovely|funny|adorable|endearing|nice)|[^.!?\\n]{0,80}?(?:,|;|—) and i (?:tell|told|remind|reminded|explain|explained) (?:them|him|her)|[^.!?\\n]{0,80}?(?:,|;|—) (?:and|but) (?:he|she|they|we)(?:'s|'re| is| are) (?:okay|ok|fine|alright|all right|doing (?:ok|okay|fine|well|better|great))|[^.!?\\n]{0,80}?(?:,|;|—) (?:and )?(?:i (?:said|told (?:him|her|them)) (?:i'?d (?:ask|pass|mention|let)|(?:you|u)'?d (?:try|love|ask|come|see))|(?:he|she|they)(?:'s|'re| is| are| was| were) (?:so |really |very )?(?:excited|thrilled|looking forward))`,
    ),
    // Fond reasons: "because of you I can't hear jazz without smiling".
    sp(
      `(?:because of|thanks to) (?:{YOU})[^.!?\n]{0,60}?(?:smil|laugh|grin|fond|grateful|thank|happ|joy|warm|memor|wonderful|beautiful)`,
    ),
    // Thanks and growth, not pain: "because of you I became a better person".
    sp(
      `(?:because of|thanks to) (?:{YOU}),? i (?:learned|learnt|grew|became|know|found|believe|am a better|'m a better)`,
    ),
    // Sympathy for the reader's pain, or the writer owning it: "I hope you know how much I hurt you".
    sp(`(?:how much|what) i (?:hurt|did to|put) (?:{YOU})`),
    // Forgiveness is not a reproach: "I've forgiven you for what you did to me".
    sp(`(?:forg[ai]ven? (?:you )?(?:for )?|pay (?:for )?|sorry for )(?:what|how)`),
    // Reported speech without quotes: "My friends say you ruined me, but that isn't true".
    sp(
      `{WB}(?:(?:my|our|his|her|their|your|ur) (?:[a-z]+ )?[a-z]+|everyone|everybody|people|they|friends) (?:says?|said|keeps? saying|kept saying|thinks?|thought|reckons?|reckoned|claims?|claimed|insists?|insisted)(?: that)?,? (?:you|u){WE}[^.!?\\n;,]{0,60}`,
    ),
    // Not the writer's burden: "I'm not the one who gets to decide", "I made you the one who had to worry".
    sp(
      `(?:i'?m not|im not|i am not|i wasn'?t|i was not|made (?:you|u)) the (?:only )?one (?:who|that)|(?:you|u)(?:'re| are| were| r) the (?:only )?one (?:who|that) (?:had|has|gets?|got) to`,
    ),
    // A choice the writer stands by: "I sacrificed nothing; I'd choose it again", "and I'd do it again".
    sp(
      `(?:sacrificed|gave up|lost) nothing|(?:i'?d|i would|i'?ll|i will) (?:do|choose|make) (?:it|that|the same)(?: (?:choice|decision))? (?:again|all over again)|no regrets|(?:makes?|made) me (?:smile|laugh)`,
    ),
  ],
  examples: [
    // Nineteenth round: "I hope they're worth it" after the friends who never liked the writer is guilt (the writer's loss
    // held up to the reader), not disparage: no word in it belittles them.
    { flagged: "Your friends never liked me. [[I hope they're worth it]].", pattern: 'do-you-even-care' },
    { flagged: 'ur mates never liked me, [[hope theyre worth it]]', pattern: 'do-you-even-care' },
    // Fifteenth round (strengths15): a place that stops the writer in the street is a feeling, not a martyr's bill.
    {
      notFlagged:
        'I walked past the corner shop that sold us the last candles, and I had to stand there for a minute.',
    },
    // Lead review (fourteenth): a sacrifice presented as a debt to remember; the ending told as one's reward.
    {
      flagged: '[[I turned down the promotion so we could stay near your parents, remember that]].',
      pattern: 'after-all-i-did',
    },
    {
      flagged: '[[After eight years, this is how it ends for me, alone in a bedsit]].',
      pattern: 'after-all-i-did',
    },
    {
      notFlagged: 'I turned down the promotion so we could stay near your parents, and I would do it again.',
    },
    { notFlagged: 'This is how it ends for me in the book too, which made me laugh.' },
    // Lead review (fourteenth): "must be nice" said and meant, with what the reader loves after it.
    { notFlagged: 'Must be nice being back by the sea, you always loved it there.' },
    { notFlagged: "Must be nice to be home for Christmas, and I'm glad for you." },
    { notFlagged: 'You never saw how low I was that winter, but I never told you, so how could you.' },
    // Fourteenth round: a burden or a relative's pain set at the reader's door.
    {
      flagged:
        "[[I've been working Saturdays to keep the rent on the place since you took off up north]], but that's life.",
      pattern: 'laid-at-door',
    },
    { notFlagged: "I've been working Saturdays since the spring, and honestly I like the quiet." },
    {
      flagged: "[[My mum keeps your photo on the fridge and can't bring herself to take it down]].",
      pattern: 'laid-at-door',
    },
    {
      flagged:
        '[[Our son asks whether his mother will come for Christmas, and I have not found a good way to answer him]].',
      pattern: 'laid-at-door',
    },
    { flagged: "I've barely eaten, but sure, [[why would that bother you]].", pattern: 'laid-at-door' },
    {
      flagged: '[[I gave you the best ten years of my life]], and I hope she is grateful.',
      pattern: 'laid-at-door',
    },
    { notFlagged: "I gave you my best years and I'd do it again tomorrow." },
    { flagged: '[[Mum cried when she took your photo down from the mantelpiece]].', pattern: 'laid-at-door' },
    {
      flagged: '[[You get a fresh start and I get the bills and a stack of your post]].',
      pattern: 'laid-at-door',
    },
    { notFlagged: 'I was the one who got up with the baby so you could sleep, and I loved those nights.' },
    { flagged: '[[Milo has been acting up at school ever since you moved out]].', pattern: 'laid-at-door' },
    { notFlagged: "Our son has started football since you left, and he's ever so good." },
    { notFlagged: 'You held this family together while I was falling apart and lying about it.' },
    {
      flagged: "[[I had a panic attack at work on Tuesday, just so you're aware]].",
      pattern: 'laid-at-door',
    },
    { notFlagged: "I've moved to Leeds for the new job, just so you know where to send the post." },
    { flagged: '[[I wonder if you ever think about what you did to this family]].', pattern: 'laid-at-door' },
    {
      flagged: "[[I lost my job because I couldn't concentrate after everything you put me through]].",
      pattern: 'laid-at-door',
    },
    {
      flagged: "I'm managing, barely, [[but I suppose that's not your problem any more]].",
      pattern: 'laid-at-door',
    },
    { notFlagged: "That's not your problem any more, and I'm not asking you to fix it." },
    {
      flagged: "[[I've stopped going to the choir because everyone there asks about you]].",
      pattern: 'laid-at-door',
    },
    {
      flagged: "[[I hope you never find out what it's like to be left with nothing]].",
      pattern: 'laid-at-door',
    },
    { notFlagged: "I hope you never know what it's like to lose a parent so young." },
    { flagged: "[[wow ok so u just get to move on and i'm supposed to be fine]]", pattern: 'laid-at-door' },
    {
      flagged: "Hope the new life is everything you dreamed of, [[since the old one wasn't good enough]].",
      pattern: 'laid-at-door',
    },
    { flagged: "Don't worry, [[I'll tell the kids why you're not coming]].", pattern: 'laid-at-door' },
    { notFlagged: "I hope she's worth it, for your sake, because you deserve someone good." },
    { flagged: '[[I hope she likes washing your socks as much as I did]].', pattern: 'laid-at-door' },
    { notFlagged: "I haven't slept well since the divorce, and I'm seeing someone about it." },
    { flagged: "[[Since you left, I've had to sell the car to make the rent]].", pattern: 'laid-at-door' },
    {
      flagged: '[[I spent our anniversary alone in A&E, but I hope the wedding was lovely]].',
      pattern: 'laid-at-door',
    },
    { flagged: "I've cried a lot, [[not that anyone's counting]].", pattern: 'laid-at-door' },
    {
      flagged:
        "[[I hope the new flat is worth it, because I've been sleeping on my brother's sofa]] since March.",
      pattern: 'laid-at-door',
    },
    { notFlagged: 'I hope the new course is worth it, you worked so hard to get in.' },
    // Thirteenth round: the account kept.
    { flagged: '[[You were off gallivanting while I was stuck with the weans]].', pattern: 'kept-account' },
    {
      notFlagged:
        'You were off travelling while I was finishing my degree, and I was so jealous of your photos.',
    },
    { flagged: "[[Thanks to you, I've lost half my friends]].", pattern: 'kept-account' },
    {
      flagged: "[[I've had to explain to my whole congregation why my husband isn't beside me on Sundays]].",
      pattern: 'kept-account',
    },
    {
      flagged:
        '[[Our Lily wrote you a birthday card and has been checking the post for a reply every day since]].',
      pattern: 'kept-account',
    },
    { notFlagged: 'Lily checks the post every day for her Hogwarts letter, bless her.' },
    { flagged: "[[I hope you think of me when you're lying next to her]].", pattern: 'kept-account' },
    { flagged: '[[I hope you feel even half of what I feel]].', pattern: 'kept-account' },
    { notFlagged: 'I hope you feel half as proud of yourself as I am of you.' },
    {
      flagged: 'The kids have stopped asking for you. [[I hope you know what that means]].',
      pattern: 'kept-account',
    },
    { notFlagged: 'I hope you know what that means to me.' },
    {
      flagged: "[[I've been eating dinner alone every night while you're out with her]].",
      pattern: 'kept-account',
    },
    { flagged: '[[Thirty years, and this is how it ends]].', pattern: 'kept-account' },
    { flagged: '[[I gave up everything]].', pattern: 'kept-account' },
    { notFlagged: 'I gave up everything, and I would do it again for the kids.' },
    {
      flagged: '[[i cant sleep, i lost my appetite, my mum is worried sick and honestly thats on u]]',
      pattern: 'kept-account',
    },
    { notFlagged: "I couldn't sleep for weeks after I lied to you, and that's on me, not you." },
    { flagged: "[[I've put on three stone since you left, so well done]].", pattern: 'kept-account' },
    { notFlagged: "I've lost weight since January, so well done me, and I feel better for it." },
    { flagged: "[[I hope you're sleeping well at night]].", pattern: 'kept-account' },
    { notFlagged: "I hope you're sleeping better these days; you always struggled in the summer." },
    { flagged: "[[I've had to explain to everyone why you're not here]].", pattern: 'left-to-carry' },
    { flagged: "[[You've no idea what this year has been like for me]].", pattern: 'kept-account' },
    { notFlagged: 'You have no idea how much I miss our walks by the canal.' },
    { flagged: '[[Do you ever think about what you left behind]]?', pattern: 'kept-account' },
    { notFlagged: 'Do you ever think about us, about Lisbon?' },
    { flagged: "[[I'm still paying off the credit card you maxed out]].", pattern: 'kept-account' },
    { flagged: "[[I wonder if you even care that I've barely left the house]].", pattern: 'kept-account' },
    { flagged: "[[Your mother rang me in tears, I hope you're proud]].", pattern: 'kept-account' },
    { notFlagged: "Your mother rang me in tears of joy about the baby, and I hope you're proud of her." },
    { flagged: "Enjoy your freedom. [[Some of us don't get that luxury]].", pattern: 'kept-account' },
    {
      flagged: 'i hope she makes u happy. [[i just wish it didnt have to cost me everything]]',
      pattern: 'kept-account',
    },
    { notFlagged: 'Leaving London cost me my friends, and it was worth it for the kids.' },
    { flagged: "[[Mum's been in bits since you left]].", pattern: 'left-to-carry' },
    { notFlagged: "Mum's been in bits since Dad's operation, so I'm staying with her for a bit." },
    { flagged: "[[Do you have any idea what you've done]]?", pattern: 'do-you-even-care' },
    { flagged: '[[I lost my friends, my flat, my job, all because of you]].', pattern: 'kept-account' },
    { notFlagged: 'I found my feet, my confidence, my voice, all because of you.' },
    {
      flagged: '[[Everyone keeps asking where you are and I have to lie for you]].',
      pattern: 'kept-account',
    },
    { notFlagged: "I had to cover for you at work that Friday, and honestly I didn't mind." },
    { flagged: "[[I sat in A&E on my own because you wouldn't pick up]].", pattern: 'kept-account' },
    {
      notFlagged: "I went to the appointment on my own because you weren't feeling well, and that was fine.",
    },
    { flagged: "[[I've been on sleeping pills since March]]. Just so you know.", pattern: 'kept-account' },
    { notFlagged: "I've been on antidepressants since March, and they're helping." },
    {
      notFlagged: 'I was always the one who had to be dragged to parties, and you were so patient about it.',
    },
    {
      flagged:
        '[[i gave up my spot in the melbourne course so we could stay in brisbane together]]. for what',
      pattern: 'kept-account',
    },
    { notFlagged: 'I gave up my spot on the course, and for what it is worth I would do it again.' },
    {
      flagged: '[[Mam still asks about you every Sunday, and it breaks her heart]].',
      pattern: 'kept-account',
    },
    { notFlagged: 'My mum still asks after you, and she sends her love.' },
    { notFlagged: "The kids ask about you a lot, and they'd love a call whenever you feel ready." },
    { flagged: '[[i spent my whole savings on that trip to bali for ur birthday]]', pattern: 'kept-account' },
    { notFlagged: "I spent my savings on a ring for you, and I'd do it again." },
    { flagged: "[[I'm on antidepressants now, so thanks for that]].", pattern: 'kept-account' },
    { notFlagged: 'I was alone in Leeds that first winter and you showed me round, so thanks for that.' },
    {
      flagged:
        '[[I raised our boys while you were in Frankfurt three weeks out of four, and I never once complained]].',
      pattern: 'kept-account',
    },
    {
      notFlagged:
        'I worked nights for two years and I never complained, because I believed in what we were building.',
    },
    {
      flagged: '[[I hope you remember all of that when you are showing her the villa]].',
      pattern: 'kept-account',
    },
    {
      flagged: '[[I left my country, my work, my family for to be with you in Milano]].',
      pattern: 'after-all-i-did',
    },
    {
      notFlagged:
        'I left my job, my flat and my friends to be with you, and it was the best choice I ever made.',
    },
    // Twelfth round (eval/twelfth/pitfalls12): the cost handed over with "I hope you know", a rhetorical "do you know
    // what it was like to…", "must be nice, being able to…".
    { flagged: "[[I hope you know I haven't eaten properly since you left]].", pattern: 'the-cost' },
    { flagged: "[[I've got nobody now, I hope you realise that]].", pattern: 'the-cost' },
    { notFlagged: "I hope you know I'm proud of you, whatever happens." },
    { notFlagged: "I hope you know I've been doing better lately." },
    { notFlagged: "I'm not on my own, I hope you know that; Mum has been round every day." },
    { notFlagged: "I hope you know I'm not angry any more." },
    { notFlagged: "I hope you know I can't work out what I did wrong, and I'd like to understand." },
    { notFlagged: "I hope you understand I had to move for work, it wasn't about you." },
    { notFlagged: "I've been lonely, but I've also grown, and I hope you know that." },
    { flagged: '[[Do you know what it was like to walk into that flat]]?', pattern: 'the-cost' },
    { flagged: '[[did u even realise what it was like to come home to an empty flat]]', pattern: 'the-cost' },
    { notFlagged: 'Do you know what it was like to see you on that stage? I was so proud.' },
    { flagged: '[[Must be nice, being able to switch it off like that]].', pattern: 'do-you-even-care' },
    { notFlagged: 'Must be nice to finally have a garden, you always wanted one.' },
    { flagged: '[[I left my whole life in Sydney for you]].', pattern: 'after-all-i-did' },
    { flagged: '[[After all my sacrifice, you chose that boy]].', pattern: 'the-cost' },
    { notFlagged: 'You broke my heart, but I understand why you had to go.' },
    { flagged: "[[I'm sure you're sleeping like a baby]].", pattern: 'the-cost' },
    { notFlagged: "I'm sure you're sleeping like a log after that shift, and I'm glad." },
    { flagged: "Fine, [[I'll just sit here then]].", pattern: 'the-cost' },
    { flagged: "[[Mum had to take me to the hospital because you weren't answering]].", pattern: 'the-cost' },
    { notFlagged: "I had to leave early because you weren't feeling well, remember?" },
    { notFlagged: "You broke my heart, and I've made my peace with it." },
    { notFlagged: 'After all my worrying, you were fine, and I was so relieved.' },
    {
      flagged: '[[I held this family together while you were down the pub every night]].',
      pattern: 'the-cost',
    },
    { flagged: '[[I was the one who paid the rent while you "found yourself"]].', pattern: 'the-cost' },
    { notFlagged: "I worked nights while you finished your degree, and I'd do it again." },
    { notFlagged: 'I cooked while you played guitar in the kitchen, the cosiest evenings of my life.' },
    { notFlagged: "I left my job in Sydney for you and I'd do it again." },
    { notFlagged: 'I left my friends in Sydney to be with you, and it was the best decision I ever made.' },
    { notFlagged: 'You left your whole life in Sydney for me, and I never thanked you properly.' },
    { flagged: "Whatever, [[I'm used to being an afterthought]].", pattern: 'veiled' },
    { notFlagged: "I'm used to being on my own now, and honestly I'm fine." },
    { notFlagged: "I'm used to being let down by the trains, so I'll drive." },
    // Tenth round (letters review): the damage handed over.
    { flagged: '[[I think you should know what your leaving did to the kids]].', pattern: 'what-it-did' },
    {
      flagged:
        "I'm not telling you this to make you feel bad, [[I just think you should know what this has done]].",
      pattern: 'what-it-did',
    },
    { flagged: '[[u should know what leaving cost me]].', pattern: 'what-it-did' },
    { notFlagged: 'You should know what this has done for my confidence: I finally applied for the course.' },
    { notFlagged: 'I wanted you to know what it did, the old car, when they finally scrapped it.' },
    { flagged: '[[I just wanted you to know what that night did to me]].', pattern: 'what-it-did' },
    { flagged: '[[Do you have any idea what that does to someone]]?', pattern: 'what-it-did' },
    {
      flagged: "[[I'm sure you've been far too busy with your new friends to wonder how I am]].",
      pattern: 'what-it-did',
    },
    { notFlagged: 'I wanted you to know what your letters did for me when I was in hospital.' },
    { notFlagged: "I'm sure you've been busy with the move, so no rush at all." },
    { notFlagged: 'Do you have any idea what time the market opens on Sundays?' },
    { flagged: "[[I can't believe you'd do this to me after everything]].", pattern: 'after-everything' },
    { flagged: '[[after everything weve been through u just leave]]', pattern: 'after-everything' },
    { flagged: '[[After all these years, you block me]]?', pattern: 'after-everything' },
    { notFlagged: "After everything we've been through, you deserve to be happy." },
    { notFlagged: 'After everything you did for me when my dad was ill, I owe you a proper thank you.' },
    {
      notFlagged:
        'After everything that happened with your dad, you still made time for my mum, and I never thanked you.',
    },
    { flagged: 'Whatever happens, [[our daughter will never forgive you]].', pattern: 'veiled' },
    { notFlagged: 'The kids will never forget that trip to Skye with you.' },
    { flagged: 'Three weeks in hospital, [[and not one call from you]].', pattern: 'veiled' },
    { flagged: '[[Our daughter checks the post every morning for your letter]].', pattern: 'veiled' },
    { notFlagged: "Dinner for one isn't so bad once you get the hang of it." },
    { flagged: '[[Six years I stood by you, and now I have nothing]].', pattern: 'veiled' },
    { flagged: '[[I hope she likes the car I paid for]].', pattern: 'veiled' },
    { flagged: '[[Our son asked me if it was his fault]].', pattern: 'veiled' },
    { notFlagged: "Four years I waited for you, and now I'm glad I did." },
    { notFlagged: 'Guess who I bumped into at the market last week?' },
    { flagged: '[[I spent Christmas setting the table for one]].', pattern: 'veiled' },
    {
      flagged: "[[Ten years of ironing your shirts, and I can't even get a birthday card]].",
      pattern: 'veiled',
    },
    { flagged: "[[I'm sure your new flat is lovely; mine has a leak and no heating]].", pattern: 'veiled' },
    { flagged: '[[Gran gets upset whenever she talks of you]].', pattern: 'veiled' },
    { flagged: '[[Every time Dad drives past your work he goes quiet]].', pattern: 'veiled' },
    { flagged: "[[If anything happens to me, that'll be on you]].", pattern: 'veiled' },
    { notFlagged: 'Mum cried at the wedding, she was so happy for you.' },
    { notFlagged: 'Ten years of friendship, and I can still make you laugh.' },
    { notFlagged: 'I gave you all the time you needed, and you still chose to go, which was your right.' },
    { flagged: "[[I hope you're happy with how it all went, because I'm not]].", pattern: 'veiled' },
    { flagged: "[[You've no idea what it's like to wake up to an empty bed]].", pattern: 'veiled' },
    { flagged: '[[The boys keep asking why their dad left]].', pattern: 'left-to-carry' },
    { flagged: '[[I looked after your mother for two years, and now I sleep alone]].', pattern: 'veiled' },
    { flagged: '[[Some of us are still paying for that holiday]].', pattern: 'veiled' },
    { flagged: '[[Have you ever thought about what this has done to my parents]]?', pattern: 'veiled' },
    { flagged: "I've lost weight, [[but I'm sure that doesn't keep you awake]].", pattern: 'veiled' },
    {
      flagged: '[[I worked nights so you could study, and now you have a career and I have nothing]].',
      pattern: 'veiled',
    },
    { flagged: '[[Our son has started having nightmares since you left]].', pattern: 'veiled' },
    { flagged: '[[I spent my fortieth on my own because you were in Ibiza]].', pattern: 'veiled' },
    { flagged: "[[I've been signed off work, just so you know]].", pattern: 'veiled' },
    { flagged: '[[I hope you think of me when you are with her]].', pattern: 'veiled' },
    { flagged: '[[The least you owe me is the truth]].', pattern: 'veiled' },
    { flagged: '[[You must sleep like a baby]].', pattern: 'veiled' },
    { notFlagged: "I gave up my flat to move in with you, and I'd do the same in a heartbeat." },
    { notFlagged: "I cried a lot after you left, and that's mine to carry, not yours." },
    { notFlagged: "My dad asks how you're doing, and sends his best." },
    { notFlagged: 'The least you can do is meet me for ten minutes.' },
    { notFlagged: 'I still have your spare key, in case you were wondering.' },
    { notFlagged: 'I gave up drinking for this relationship, and I am proud of it.' },
    { notFlagged: 'My mum said she was heartbroken when she heard, and she sends her love.' },
    { notFlagged: 'I took the night shifts so you could finish your degree, and you always thanked me.' },
    { flagged: '[[You did this to me]].', pattern: 'you-did-this' },
    { flagged: "[[You've wrecked me]].", pattern: 'you-did-this' },
    { flagged: '[[You made my life a misery]].', pattern: 'you-did-this' },
    { notFlagged: 'You broke me out of my shell, and I thank you for it.' },
    { flagged: '[[You made me this way]], and I cannot undo it.', pattern: 'you-did-this' },
    { flagged: '[[u left me when i needed u the most]]', pattern: 'you-did-this' },
    { flagged: "[[You're the reason I can't sleep]].", pattern: 'you-did-this' },
    { flagged: '[[I moved to Glasgow for you, and this is how it ends]].', pattern: 'you-did-this' },
    { notFlagged: 'You made me this way: braver, and kinder, and I thank you.' },
    { notFlagged: "You're the reason I started painting again." },
    { notFlagged: 'I moved to Glasgow for you, and I would do it again.' },
    {
      flagged: '[[After everything I sacrificed for you, this is how you repay me]].',
      pattern: 'after-all-i-did',
    },
    { flagged: '[[I gave you the best years of my life]].', pattern: 'after-all-i-did' },
    { flagged: '[[I gave up my career for you, and you walked away]].', pattern: 'after-all-i-did' },
    { flagged: '[[Is this how you repay me]]?', pattern: 'after-all-i-did' },
    { flagged: "[[Because of you I can't sleep anymore]].", pattern: 'because-of-you' },
    { flagged: '[[i cry every night because of u]]', pattern: 'because-of-you' },
    { flagged: '[[You made me miserable]], and you know it.', pattern: 'because-of-you' },
    { flagged: '[[You broke my heart]], and I have not been the same since.', pattern: 'because-of-you' },
    { flagged: '[[Look what you did to me]].', pattern: 'because-of-you' },
    { flagged: "[[You don't even care how I feel]].", pattern: 'do-you-even-care' },
    { flagged: "Well, [[I hope you're satisfied now]].", pattern: 'do-you-even-care' },
    { flagged: '[[Do you have any idea how much you hurt me]]?', pattern: 'because-of-you' },
    { flagged: '[[I put my whole career on hold for you]].', pattern: 'after-all-i-did' },
    {
      flagged: '[[I drove you to every appointment for a year, and now you cannot even pick up the phone]].',
      pattern: 'after-all-i-did',
    },
    { flagged: 'Honestly, [[I hope you can live with what you did to me]].', pattern: 'because-of-you' },
    { flagged: '[[Our son cried for you every night this week]].', pattern: 'do-you-even-care' },
    { flagged: '[[You left me to explain it all to your parents]].', pattern: 'because-of-you' },
    {
      flagged:
        '[[I cannot concentrate at my work, my boss already gave me a warning, and it is because you are not here]].',
      pattern: 'because-of-you',
    },
    { flagged: "[[I lost my job and it's all because you left me]].", pattern: 'because-of-you' },
    { notFlagged: "I couldn't have finished the course, and it's because of you that I did." },
    { notFlagged: 'You left me to tell Mum in my own time, which I appreciated.' },
    { flagged: "I haven't eaten properly in weeks, [[not that you'd care]].", pattern: 'do-you-even-care' },
    { notFlagged: "I was hurt, and I've had time to think about why." },
    { notFlagged: "I gave you everything I had, and it still wasn't enough, and that's on me." },
    { notFlagged: "I've forgiven you for what you did to me, and I hope you've forgiven me too." },
    { notFlagged: 'My mum cried at our wedding, do you remember?' },
    { notFlagged: 'I felt alone when we stopped talking.' },
    { notFlagged: "Because of you I learned to trust again, and I'm grateful." },
    { notFlagged: 'I hope you are happy, whatever you choose.' },
    { notFlagged: "I hope you're happy now, truly." },
    { notFlagged: 'I know how much I hurt you, and I am sorry.' },
    { notFlagged: 'You never made me cry; I did that to myself.' },
    { notFlagged: 'You made me laugh until I cried, that night in Lisbon.' },
    { notFlagged: 'After everything we went through together, I still smile when I think of you.' },
    { notFlagged: 'It broke my heart when we said goodbye.' },
    { notFlagged: 'I gave you my heart, and I would do it again.' },
    { notFlagged: 'After all I did, I understand why you left.' },
    { notFlagged: 'My sister said "he broke your heart" but she only knows half of it.' },
    { flagged: "[[I'm the one who has to explain to your parents why you left]].", pattern: 'left-to-carry' },
    {
      flagged: "[[While you're off travelling the world, I'm still paying off your credit card]].",
      pattern: 'left-to-carry',
    },
    { flagged: '[[Our daughter asks every night where you are]].', pattern: 'left-to-carry' },
    { flagged: '[[My dad has not been the same since you walked out]].', pattern: 'left-to-carry' },
    { flagged: 'Ten years I cooked for you, [[and not so much as a thank you]].', pattern: 'left-to-carry' },
    { flagged: 'I was sick for weeks after you left, [[not that anyone asked]].', pattern: 'reproach' },
    { flagged: '[[Do you have any idea what the last year has been like for me]]?', pattern: 'reproach' },
    {
      flagged: "[[After everything I've been through, the least you could do is answer]].",
      pattern: 'reproach',
    },
    { flagged: '[[Because of you I no longer trust anyone]].', pattern: 'reproach' },
    { flagged: '[[I gave you the finest years of my life]].', pattern: 'reproach' },
    { flagged: "[[I've been crying for weeks and you haven't even called]].", pattern: 'reproach' },
    { flagged: '[[it kinda hurt that u never texted back]]', pattern: 'hurt-that-you' },
    { notFlagged: "I'm the one who messed up, not you." },
    { notFlagged: 'While you were away, I painted the kitchen blue.' },
    { notFlagged: 'My mum asks about you sometimes and sends her love.' },
    { notFlagged: "Because of you I can't hear jazz without smiling." },
    { notFlagged: "It hurt that we couldn't make it work, and that is nobody's fault." },
    { notFlagged: "Two years I worked doubles so we could buy the flat, and I'd do it again." },
    { notFlagged: 'I hope you sleep well these days; you always struggled with it.' },
    { notFlagged: 'You have no idea how much I appreciated that.' },
    { flagged: '[[You got the house and the dog, and I got the bills]].', pattern: 'left-to-carry' },
    { flagged: '[[Mum cries every time someone mentions your name]].', pattern: 'left-to-carry' },
    { flagged: '[[I spent my savings on your rehab, and you left anyway]].', pattern: 'left-to-carry' },
    { flagged: '[[Do you know how humiliating it was to find out from your sister]]?', pattern: 'reproach' },
    { notFlagged: 'You got the job in Leeds and I got the flat in Bristol, which suited us both.' },
    { notFlagged: "While I work on myself, I'm giving you all the space you need." },
    { notFlagged: "Because of you I can't wait to try that recipe again." },
    { notFlagged: 'My gran cried every time she watched that film with us.' },
    { notFlagged: 'I gave you a hard time, and you gave me nothing but patience.' },
    { flagged: '[[I nursed you through your illness and you repaid me by leaving]].', pattern: 'reproach' },
    { flagged: "[[I'm left explaining to everyone why my husband walked out]].", pattern: 'reproach' },
    { notFlagged: "I was at the party and you didn't come, which was fine." },
    { notFlagged: "The kids asked if you'll come to the school play; they'd love that." },
    { flagged: '[[Your silence nearly killed me]].', pattern: 'reproach' },
    { flagged: "[[I hope you know what you've put me through]].", pattern: 'reproach' },
    { notFlagged: 'Our dog still sleeps on your side of the bed, which makes me smile.' },
    { flagged: '[[Every night I lie awake wondering what I did to deserve this]].', pattern: 'reproach' },
    {
      flagged: "[[I've lost two stone since you left and you haven't once asked how I am]].",
      pattern: 'reproach',
    },
    { notFlagged: "I supported you through your degree, and I'm proud of what you did with it." },
    { flagged: '[[Our son asks about you every single day]].', pattern: 'reproach' },
    { notFlagged: 'Our son asks about you sometimes, and I tell him you love him.' },
    { flagged: 'I cried in the car park at Tesco today, [[hope that makes you happy]].', pattern: 'veiled' },
    { flagged: "[[I'm sure you're sleeping just fine]].", pattern: 'veiled' },
    { flagged: "It's my birthday on Saturday, [[not that it matters to anyone]].", pattern: 'veiled' },
    { flagged: 'its fine, [[im used to being the one who gets left]]', pattern: 'veiled' },
    { flagged: '[[Grandma still sets a place for you at Sunday lunch]].', pattern: 'veiled' },
    { flagged: '[[Lily asked me why daddy doesnt love us anymore]]', pattern: 'veiled' },
    { flagged: '[[i stopped seeing my friends for u and now i have nobody]]', pattern: 'veiled' },
    { flagged: "Enjoy Lisbon, [[I'll be here cancelling the venue on my own]].", pattern: 'veiled' },
    { flagged: "[[If you marry him I don't see the point in carrying on]].", pattern: 'veiled' },
    { notFlagged: "My friends say you ruined me, but that isn't true." },
    { notFlagged: "I sacrificed nothing; I chose to be with you, and I'd choose it again." },
    { notFlagged: "I'm not the one who gets to decide this." },
    { notFlagged: "I hope you're happy, truly." },
    { notFlagged: "The kids miss you, and they'd love a postcard if you ever feel like it." },
    { notFlagged: 'Mia asked about you last week, and I told her you love her.' },
    { notFlagged: "Don't worry about me, I'm doing better now and I have good people around me." },
    { notFlagged: "I gave up a lot for us, and I'd do it again." },
    { notFlagged: 'The dog still waits by the door at six, which is sweet.' },
    { notFlagged: "The kids ask where you are sometimes, and I tell them you're in Spain for work." },
    { notFlagged: "Our son cries sometimes at bedtime, and we talk about it, and he's okay." },
    { notFlagged: "The kids asked if you're still coming at Easter, they're excited." },
    { notFlagged: "Our son asks every week if you'll take him fishing, and I said I'd pass it on." },
    { notFlagged: 'I gave you my twenties, and you gave me yours; we grew up together.' },
    { notFlagged: "I hope you're proud of yourself for finishing the marathon." },
    { flagged: "[[I hope you're proud of yourself for ruining my birthday]].", pattern: 'do-you-even-care' },
    { notFlagged: "Because of you I can't walk past a bakery without thinking of Sunday mornings." },
    { notFlagged: 'Our daughter cries when she has to leave your house, because she loves being with you.' },
    { notFlagged: 'You have no idea how much I needed that laugh.' },
    { flagged: '[[Our daughter cries every night because of you]].', pattern: 'do-you-even-care' },
    { notFlagged: "You're the reason I can't eat a mango without grinning." },
    { notFlagged: "You made me cry laughing at Sam's wedding." },
    { notFlagged: 'You broke my heart a little when you moved, but it was the right thing.' },
    { notFlagged: 'I hope you can live with me being a bit of a sap in this letter.' },
    { notFlagged: "The kids asked if you're coming to the school play, and I said you'd try." },
    { flagged: '[[You made me cry every single day]].', pattern: 'because-of-you' },
    { flagged: '[[I hope you can live with what you did]].', pattern: 'do-you-even-care' },
    { notFlagged: "It's not your fault I'm bad at goodbyes." },
    { notFlagged: "Not that you asked, but I'm doing well." },
    { notFlagged: 'My sister was heartbroken when her dog died last week.' },
    { notFlagged: "I hope you're happy now that you've got the house you always wanted." },
    { flagged: "[[It's your fault I'm like this]].", pattern: 'because-of-you' },
    { flagged: '[[i cant eat or sleep coz of u]]', pattern: 'because-of-you' },
    { flagged: '[[Our kids cry every night because you left]].', pattern: 'do-you-even-care' },
    // Fifth round (probe eval/fifth/accusation).
    { flagged: "[[I left Glasgow to be with you, and now I'm on my own]].", pattern: 'left-to-carry' },
    { flagged: 'I changed my whole life for you, [[and look where it got me]].', pattern: 'veiled' },
    { flagged: '[[Because of you I can barely get out of bed]].', pattern: 'the-bill' },
    { flagged: "[[I bet you're proud of yourself, seeing me like this]].", pattern: 'the-bill' },
    { flagged: "[[Hope you're enjoying your freedom]].", pattern: 'the-bill' },
    { flagged: '[[Are you happy now]]?', pattern: 'the-bill' },
    { flagged: "[[The kids cry for you while you're off on holiday with her]].", pattern: 'the-bill' },
    { flagged: "[[I nursed you through chemo, and now that you're well, off you go]].", pattern: 'the-bill' },
    { notFlagged: "I moved to Perth for you, and I'd do it again." },
    { notFlagged: "I gave up the Darwin job to be near you and I don't regret it for a second." },
    { notFlagged: 'Thanks to you I can finally cook a decent curry.' },
    { notFlagged: 'Are you proud of yourself for finishing the marathon?' },
    { notFlagged: "I hope you're enjoying your new job." },
    { notFlagged: "Our son misses you, and he'd love a postcard when you're off on holiday." },
    { notFlagged: "You're the reason I'm sober today." },
    { notFlagged: 'Are you happy in Leeds?' },
    // Second probe (eval/fifth/accusation, lines 197-256).
    {
      flagged: '[[I sat alone at the hospital, but you were too busy with work to ask]].',
      pattern: 'too-busy',
    },
    { flagged: '[[I lay awake for weeks because of you]].', pattern: 'too-busy' },
    { notFlagged: 'I was busy too, and you were too busy to notice, and neither of us meant it.' },
    { notFlagged: "I lie awake some nights, but it's not because of you." },
    // Sixth round (probe eval/sixth/heartfelt): a sacrifice stood by, a hurt absolved in the same breath.
    { notFlagged: "I gave you the best years of my life, and I'd give them again." },
    { notFlagged: "I moved to Perth for you, and I'd happily do it all again tomorrow." },
    { notFlagged: "You broke my heart a little when you left, and I'd have done the same." },
    { notFlagged: "You broke my heart, and honestly I don't blame you for it." },
    { notFlagged: "You hurt me when you went, but I've long since forgiven you." },
    { notFlagged: 'You have no idea how much that letter meant to me.' },
    { notFlagged: "It's your fault I'm hooked on crosswords now." },
    { notFlagged: 'You destroyed me at chess every Sunday and I loved it.' },
    { notFlagged: "It's your fault I cry at every Pixar film now." },
    { notFlagged: 'You made me cry at the airport, the good kind of crying.' },
    { notFlagged: 'You made me cry at the wedding speech, you sod, in the best way.' },
    { notFlagged: "My dad was heartbroken when we split, but he's rooting for you both ways." },
    { notFlagged: 'Mum was in tears when I told her, and she sends her love.' },
    { notFlagged: "I gave up smoking for you, and it's the best thing I ever did." },
    { notFlagged: 'You crushed me at Scrabble for six years straight.' },
    { notFlagged: 'You have no idea how much your visits helped Mum in her last year.' },
    {
      notFlagged:
        "You left me when I needed you most, or that's how it felt, though I know now I'd pushed you out long before.",
    },
    // Seventh round: a sacrifice with nothing back ("I moved across the country for you and got nothing back").
    { flagged: '[[I moved across the country for you and got nothing back]].', pattern: 'the-bill' },
    { flagged: '[[I moved to Hull for you, and what did I get for it]]?' },
    { flagged: '[[i quit uni for u and got absolutely nothing in return]]', pattern: 'the-bill' },
    { flagged: '[[I uprooted the kids for your job and received nothing back]].', pattern: 'the-bill' },
    {
      flagged: "[[I left my mates and my church for you, and I've got nothing to show for it]].",
      pattern: 'the-bill',
    },
    { notFlagged: "I packed up my life in Cork for you, and I'd happily do it again." },
    { notFlagged: 'I moved to Hull for you and got nothing but kindness back.' },
    { notFlagged: 'I came to Bristol because of you, and stayed because the city got under my skin.' },
    { notFlagged: 'You moved across the world for me and got nothing back, and I am ashamed of that.' },
    { notFlagged: 'Did I really give up Leeds for you and get nothing back? No, I got four good years.' },
    {
      flagged: '[[I left my good job in Abuja because of you and I got nothing in return]].',
      pattern: 'the-bill',
    },
    // Eighth round (probe eval/eighth/blame-guilt-probe), in new words: something taken from the writer, family waiting,
    // silent or left out because of the reader, a burden left behind, labour alone while the reader played, a pain sent
    // with a tag, a hope that it haunts them, a price named, a debt claimed, a service repaid with leaving.
    { flagged: "[[You've taken my Sunday walks away from me as well]].", pattern: 'because-of-you' },
    { flagged: '[[You robbed me of my own home]].', pattern: 'because-of-you' },
    {
      flagged: '[[Our youngest still sits by the gate for your call every evening]].',
      pattern: 'left-to-carry',
    },
    { flagged: "[[My dad hasn't laughed properly since you packed your bags]].", pattern: 'left-to-carry' },
    { flagged: "[[Granny can't sleep because of what you did]].", pattern: 'left-to-carry' },
    {
      flagged: '[[My sister had her baby in March, and you never even sent a card]].',
      pattern: 'left-to-carry',
    },
    {
      flagged: "[[I had to explain to my parents why you weren't at the funeral]].",
      pattern: 'left-to-carry',
    },
    { flagged: "[[I'm still paying off the debts you saddled me with]].", pattern: 'left-to-carry' },
    {
      flagged: '[[I ran the house single-handed while you were off backpacking round Peru]].',
      pattern: 'left-to-carry',
    },
    { flagged: "I've been on sleeping pills since March, [[so I hope you're pleased]].", pattern: 'veiled' },
    { flagged: '[[fyi i havent showered since sunday]]', pattern: 'veiled' },
    { flagged: '[[I hope the guilt keeps you awake]].', pattern: 'veiled' },
    { flagged: '[[I hope you picture my face whenever you wake up next to him]].', pattern: 'veiled' },
    {
      flagged: "[[I'm in bits on my own here, but off you go and have a lovely time]].",
      pattern: 'veiled',
    },
    { flagged: '[[I hope the new job was worth losing your family]].', pattern: 'veiled' },
    { flagged: '[[Look at what is left of my life]].', pattern: 'veiled' },
    { flagged: '[[You owe me a proper explanation for all the years I wasted]].', pattern: 'veiled' },
    {
      flagged: '[[I drove you to every chemo session, and you moved on the minute you were well]].',
      pattern: 'veiled',
    },
    { flagged: '[[I lent you the money for the deposit, and you went off with him]].', pattern: 'veiled' },
    { flagged: "[[You don't even seem to care what this did to me]].", pattern: 'do-you-even-care' },
    { notFlagged: "I've lost two stone since Christmas, and I feel great." },
    { notFlagged: 'I hope this letter finds you well.' },
    { notFlagged: 'I hope you think of me sometimes when you hear our song.' },
    { notFlagged: 'The kids wait at the window for your car on Fridays, they love your visits.' },
    { notFlagged: "Mum hasn't been well since the spring, but she's on the mend." },
    { notFlagged: "My brother can't make it to the wedding because of his job." },
    { notFlagged: 'I hope the move was worth all the packing.' },
    { notFlagged: 'You owe me nothing after all these years.' },
    // Eleventh round: self-blame in the "what I get" frame.
    { flagged: "[[Hope the new place is worth what it's doing to me]].", pattern: 'left-to-carry' },
    { flagged: '[[I hope he was worth all my tears]].', pattern: 'do-you-even-care' },
    {
      flagged:
        'I gave up my job in Edinburgh to be near you, [[and I would have liked some acknowledgement of that]].',
      pattern: 'left-to-carry',
    },
    { flagged: '[[My little brother keeps asking where you went]].', pattern: 'veiled' },
    { notFlagged: 'I hope the new job is worth all the upheaval for you, I really do.' },
    { notFlagged: 'My little brother asked where you bought that jumper, he wants one.' },
    { notFlagged: 'I would have liked to thank your mum properly, so please pass it on.' },
    { notFlagged: 'I sacrificed a lot for us, and so did you.' },
    { flagged: '[[glad one of us is happy]]', pattern: 'the-cost' },
    { notFlagged: "I'm glad one of us is happy, and I'm glad it's you." },
    { notFlagged: "It's nice that someone is having fun, the kids loved the party." },
    { flagged: '[[For you it was easy, for me it was the end of the world]].', pattern: 'the-cost' },
    { flagged: '[[Because of your choice I must start again at forty-five]].', pattern: 'the-cost' },
    { flagged: '[[I am alone now in a foreign country because I followed you]].', pattern: 'the-cost' },
    { notFlagged: 'For you it was easy to make friends, for me it was harder, and you helped.' },
    { notFlagged: 'Because of your advice I finally went to the doctor.' },
    { notFlagged: "I'm starting again because I chose to, and it feels right." },
    { notFlagged: "It hurt that you didn't come to the hospital, but I understand you were scared." },
    { notFlagged: "I was left holding the baby, literally, and I wouldn't change that." },
    {
      flagged: "[[It hurt that you didn't come to the hospital]], and I won't pretend otherwise.",
      pattern: 'hurt-that-you',
    },
    { flagged: '[[The kids cried for weeks and you posted holiday photos]].', pattern: 'the-cost' },
    {
      flagged: "[[You'll have to explain to Lily why her dad isn't coming to her recital]].",
      pattern: 'the-cost',
    },
    { flagged: "[[I've had to sell the car to pay the rent you left behind]].", pattern: 'the-cost' },
    {
      flagged: "[[I've been sleeping on my sister's sofa since you changed the locks]].",
      pattern: 'the-cost',
    },
    { flagged: '[[I gave up Leeds, my job, my friends, and for what]]?', pattern: 'the-cost' },
    {
      flagged:
        '[[I stood by you through the redundancy, the debts, the drinking, and this is where it got me]].',
      pattern: 'the-cost',
    },
    { notFlagged: "I've had to sell the car, money's tight, but I'm managing." },
    { notFlagged: "You'll have to explain to me why you love that band so much." },
    { notFlagged: 'I cried at the film and you laughed at me, and we laughed about it for years.' },
    { notFlagged: "I've been staying with my sister since the move, and it's been lovely." },
    { notFlagged: "I hope you're proud of yourself for the marathon, you should be." },
    { flagged: "[[I hope you're proud of yourself for leaving me like this]].", pattern: 'do-you-even-care' },
    { notFlagged: 'This is what I get for not listening, I suppose.' },
    { notFlagged: "that's what i get for taking u for granted" },
    { notFlagged: "It's what I deserve for how I treated you." },
    { notFlagged: 'I ran the café on my own while you were in hospital.' },
    { notFlagged: 'I gave you a lift home and you left your scarf in the car.' },
    { notFlagged: 'You took the kids swimming while I worked, which helped enormously.' },
    { notFlagged: "I haven't slept properly in weeks, but work has been mad." },
    { notFlagged: "My mum hasn't smiled like that since you left, she loved having you around." },
    {
      notFlagged:
        'I gave you all the space you wanted, and you still chose to go, and that was yours to choose.',
    },
    { notFlagged: "I turned down a place at Durham to be with you, and I don't regret one minute of it." },
    // Eighth round, second pass (families found by a self-check after the probe): the reader's good time set against
    // the writer's pain, holidays alone, pets and family looking for the reader, a self no longer recognised, a life put
    // on ice, absence at the hardest moment, everything taken, a parent asking what they did, sarcastic "enjoy yours".
    {
      flagged: '[[While you were sunning yourself in Crete, I was in hospital on my own]].',
      pattern: 'left-to-carry',
    },
    { flagged: '[[Every Christmas now I eat dinner for one]].', pattern: 'left-to-carry' },
    { flagged: '[[The cat still waits for you whenever a car pulls up]].', pattern: 'left-to-carry' },
    { flagged: '[[Because of you, I no longer recognise myself]].', pattern: 'because-of-you' },
    { flagged: '[[I put my studies on ice for you]].', pattern: 'after-all-i-did' },
    { flagged: '[[I gave birth alone, and you were nowhere to be seen]].', pattern: 'left-to-carry' },
    { flagged: "[[I've got nothing left because you took everything]].", pattern: 'left-to-carry' },
    { flagged: '[[Dad keeps asking me what he did to drive you away]].', pattern: 'veiled' },
    { flagged: "[[I'm in pieces here, so I hope you're enjoying your summer]].", pattern: 'left-to-carry' },
    { flagged: "[[You'll never know how many nights I lay awake]].", pattern: 'reproach' },
    { flagged: "I'm barely holding it together, [[not that you've noticed]].", pattern: 'reproach' },
    { notFlagged: 'While you were on holiday, I repainted the hall.' },
    { notFlagged: "This Christmas I'll be on my own, and honestly that's fine." },
    { notFlagged: 'The dog still looks for her ball every time the door opens.' },
    { notFlagged: "I'm alone tonight, and I hope you're enjoying the concert." },
    { notFlagged: 'Because of you, I finally recognise myself again.' },
    // Sixteenth round (pitfalls16): the body's cost dated from the leaving, a sarcastic wish, a child's tears.
    { flagged: "[[I haven't eaten properly since you left]].", pattern: 'body-since' },
    { flagged: "[[I've lost a stone since you walked out]].", pattern: 'body-since' },
    { flagged: "[[The doctor's put me on tablets for my nerves since all this]].", pattern: 'body-since' },
    { flagged: '[[im on sleeping pills since u left]]', pattern: 'body-since' },
    { flagged: "[[Hope you're sleeping well, because I'm not]].", pattern: 'body-since' },
    {
      flagged: "[[I hope you're enjoying the new flat cos I can't even afford mine]].",
      pattern: 'body-since',
    },
    { flagged: '[[Our daughter cried herself to sleep again last night]].', pattern: 'body-since' },
    { flagged: '[[Our Ciara cried herself to sleep again on Tuesday]].', pattern: 'body-since' },
    { flagged: "[[Your dad won't even look at me at church now, thanks to you]].", pattern: 'body-since' },
    {
      flagged: "[[Every day you don't answer is another day I can't get on with my life]].",
      pattern: 'body-since',
    },
    { notFlagged: "I've lost weight since you left, the running's paying off." },
    { notFlagged: "I haven't eaten meat since you left, funnily enough, I stuck with it." },
    { flagged: "[[I've had panic attacks since you left]].", pattern: 'body-since' },
    { flagged: "[[I've barely left the house since you moved out]].", pattern: 'body-since' },
    { flagged: "[[I've been living on toast and tea since you left]].", pattern: 'body-since' },
    {
      flagged: "[[The cat has been sick since you left]], the vet thinks he's pining.",
      pattern: 'body-since',
    },
    { flagged: "[[I'm working double shifts to cover the rent you used to pay]].", pattern: 'body-since' },
    { flagged: "[[You have no idea how many nights I've cried]].", pattern: 'body-since' },
    { notFlagged: "The cat's been sick since Tuesday, but the vet says it's a hairball." },
    { notFlagged: "I'm working double shifts this month to save for Portugal." },
    { flagged: '[[Our little one keeps asking for her daddy at bedtime]].', pattern: 'body-since' },
    { flagged: '[[Because you left, my father had his heart attack]].', pattern: 'body-since' },
    { notFlagged: 'Because you left, I finally learned to cook, which you would find funny.' },
    { notFlagged: 'The kids asked for you at the match, so maybe come to the next one if you can.' },
    { notFlagged: 'My mam still asks after you, and she wishes you well.' },
    { notFlagged: 'Nan asks for you every Sunday, she sends her love.' },
    { notFlagged: "Hope you're sleeping well after the surgery, I've been thinking of you." },
    { notFlagged: "I hope you're doing well, I'm not sure I ever said that properly." },
    { notFlagged: "I've been sad, I won't pretend I haven't." },
    { notFlagged: 'My dad can finally walk again, thanks to you and your physio tips.' },
    { notFlagged: 'The kids asked where you would be for Christmas, so let us work out the days together.' },
    { notFlagged: "I haven't been sleeping well, work's been mad." },
    // Twentieth round (probe eval/twentieth/guilt20-probe): the writer's pain set against the reader's ease, a sacrifice
    // told as an unpaid debt, and others made to carry the cost.
    {
      flagged: "[[I've lost ten pounds and can't face going to work, but I guess you're doing fine]].",
      pattern: 'while-you-thrive',
    },
    {
      flagged: '[[It hurts so much I can barely breathe, and you just get to walk away]].',
      pattern: 'while-you-thrive',
    },
    {
      flagged: '[[cool so ur at festivals now and i cant get out of bed]]. nice.',
      pattern: 'while-you-thrive',
    },
    {
      flagged: "[[My therapist says it'll take years before I trust anyone again, so thanks for that]].",
      pattern: 'while-you-thrive',
    },
    { flagged: "The house is so quiet now, [[I hope that's what you wanted]].", pattern: 'while-you-thrive' },
    { notFlagged: "I was lonely at first, but you're doing great and I'm glad." },
    { notFlagged: "I'm sad, but you're doing fine, and that's how it should be." },
    { notFlagged: 'I hope this is what you wanted to hear.' },
    { notFlagged: "I packed your books in the blue box, I hope that's what you wanted." },
    { notFlagged: "You're on holiday next week, and I'm alone with the dog, so I'll send photos." },
    { notFlagged: "I've had a rough month, but I hope you're doing well." },
    {
      flagged:
        '[[I turned down the job in Edinburgh so you could finish your degree, not that it counted for anything in the end]].',
      pattern: 'sacrifice-unpaid',
    },
    { flagged: '[[I put my own dreams on hold for five years for you]].', pattern: 'sacrifice-unpaid' },
    { flagged: '[[I spent my thirties waiting for you to be ready]].', pattern: 'sacrifice-unpaid' },
    {
      flagged:
        '[[Four years of cooking your dinners and ironing your shirts, and not so much as a goodbye]].',
      pattern: 'sacrifice-unpaid',
    },
    {
      flagged:
        "[[I learned your mum's recipes, became everything you asked for, and it still wasn't enough]].",
      pattern: 'sacrifice-unpaid',
    },
    {
      flagged:
        '[[I was there through your redundancy, your mum’s funeral, all of it, and the moment things got hard for me you were gone]].',
      pattern: 'sacrifice-unpaid',
    },
    { notFlagged: 'I put my studies on hold to travel, and it was the best year of my life.' },
    { notFlagged: "I spent my twenties waiting for you to come home from tours, and I'd do it again." },
    { notFlagged: 'Three years of learning Spanish together, and not a single regret.' },
    {
      notFlagged:
        "I did everything you asked, and it still wasn't enough, because I never dealt with my drinking.",
    },
    { notFlagged: "I was there through your redundancy, and you were there through my mum's illness." },
    {
      flagged: '[[Mum had to lend me money for the deposit because you emptied the joint account]].',
      pattern: 'others-carry',
    },
    { flagged: '[[My doctor has put me on tablets, just so you know]].', pattern: 'others-carry' },
    {
      flagged: "You're such a good mum, [[so think about what this is doing to the kids]].",
      pattern: 'others-carry',
    },
    { notFlagged: "Let's think about what would be best for the kids this summer." },
    {
      flagged:
        "Everyone keeps asking why I look so awful, [[and I don't know what to tell them about what you did]].",
      pattern: 'others-carry',
    },
    { notFlagged: 'My sister had to come and stay with me because her flat flooded.' },
    { notFlagged: 'My doctor has put me on tablets for my blood pressure, nothing serious.' },
    { notFlagged: "I don't know what to tell my boss about the deadline." },
    { notFlagged: 'Moving to Leeds with you was the best decision I ever made.' },
    { notFlagged: "It hurt, and that's mine to carry, not yours." },
    {
      notFlagged: 'I was lonely in Leeds that first winter and you took me to every gig, so thanks for that.',
    },
    { flagged: "[[I moved to Aberdeen for you and I don't know a soul here]].", pattern: 'sacrifice-unpaid' },
    { notFlagged: "I moved to Aberdeen for you and I don't regret it for a second." },
    { notFlagged: 'I came to Sydney for you, and I have no regrets.' },
    { flagged: "[[I hope you're sleeping soundly]].", pattern: 'while-you-thrive' },
    { notFlagged: "I hope you're sleeping better these days." },
    {
      flagged: "[[While you're swanning round Barcelona, I'm here wondering how to pay the gas bill]].",
      pattern: 'while-you-thrive',
    },
    {
      flagged: "[[I've not been right since, but you seem to be doing great]].",
      pattern: 'while-you-thrive',
    },
    {
      notFlagged:
        "I've not been right since the accident, but you seem to be doing great, which is good to hear.",
    },
    {
      flagged: "[[Hope the new flat's cosy; the heating's been off here since I couldn't pay the bill]].",
      pattern: 'while-you-thrive',
    },
    { notFlagged: "I hope you're enjoying Lisbon; I've been lonely, but I'm getting there." },
    { notFlagged: "I hope the new flat's cosy, I remember how cold the old one was." },
    { notFlagged: "I hope you're well, I've been sick with flu all week so sorry this is late." },
    {
      flagged:
        '[[I have not been the same person since you left, though I imagine you have barely noticed]].',
      pattern: 'while-you-thrive',
    },
    { notFlagged: "I've been lonely, though I doubt you'd guess it from my posts." },
    { flagged: "[[I'm guessing you sleep just fine]].", pattern: 'while-you-thrive' },
    { flagged: '[[I hope your new life is worth the wreckage]].', pattern: 'while-you-thrive' },
    { notFlagged: 'I hope the new job is worth all the travel.' },
    { flagged: "Honestly, [[I'm fine, don't trouble yourself]].", pattern: 'while-you-thrive' },
    { notFlagged: "I'm fine, don't worry about me." },
    { notFlagged: "Don't trouble yourself with the boxes, I'll sort them." },
    { flagged: '[[Must be nice, having a family who still talks to you]].', pattern: 'while-you-thrive' },
    { notFlagged: 'Must be nice having a garden at last, you always wanted one.' },
    {
      flagged:
        "[[I sold my grandmother's ring to pay for your course, and you never once mentioned it afterwards]].",
      pattern: 'sacrifice-unpaid',
    },
    { notFlagged: 'I sold my old guitar to pay for your birthday present, and you loved it.' },
    { flagged: "[[Thanks to you, I'm on my own at 45 with nothing]].", pattern: 'sacrifice-unpaid' },
    { notFlagged: "Thanks to you, I'm on my own two feet again, and I'm grateful." },
    { flagged: "[[My mother hasn't been able to look at your photo since]].", pattern: 'others-carry' },
    { notFlagged: "My mum hasn't been able to visit since her hip operation." },
    {
      flagged: '[[My dad had a fall last week and kept asking for you, but I suppose you’re busy]].',
      pattern: 'others-carry',
    },
    {
      notFlagged:
        "The kids have been asking about you, but I guess you're busy with the move, so no pressure.",
    },
    { notFlagged: 'My dad asks every single day whether you still play chess.' },
    {
      flagged:
        '[[I relocated my entire life to Denver for you, and I am now alone in a city where I know nobody]].',
      pattern: 'sacrifice-unpaid',
    },
    { notFlagged: "I relocated to Denver for you, and I am now happier than I've ever been." },
    {
      flagged: '[[Please don’t concern yourself with how I am managing]].',
      pattern: 'while-you-thrive',
    },
    { flagged: 'Honestly, [[I shall cope, as I always have]].', pattern: 'while-you-thrive' },
    { notFlagged: "Don't concern yourself with the car, I've sorted the insurance." },
    { notFlagged: "I'll cope, and I'll be okay, I promise." },
    { flagged: '[[its fine ill just eat dinner alone again like every night]]', pattern: 'while-you-thrive' },
    { notFlagged: "It's fine, I'll just go to the cinema on my own, I quite like that." },
    {
      flagged: "[[While you were busy finding yourself, I was busy keeping a roof over our kids' heads]].",
      pattern: 'while-you-thrive',
    },
    { notFlagged: 'While you were travelling I was working on the house, and it looks great now.' },
    {
      flagged:
        '[[I took the night shifts so you could finish your residency, and you finished with me instead]].',
      pattern: 'sacrifice-unpaid',
    },
    { notFlagged: 'I worked nights so you could finish your degree, and you finished it brilliantly.' },
    {
      flagged: '[[Your grandmother phoned me in tears on Sunday asking why you had stopped visiting]].',
      pattern: 'others-carry',
    },
    {
      notFlagged:
        "Mum rang me in tears asking whether you'd got home safe after the accident, so do let her know.",
    },
    {
      flagged: "Don't worry, [[I'll explain to Mia why her dad missed her birthday]]. Again.",
      pattern: 'others-carry',
    },
    { notFlagged: "I'll explain to Mia why her dad couldn't come, she'll understand, she adores you." },
    { flagged: "[[If you block me I swear I'll kill myself]].", pattern: 'life-on-answer' },
    { flagged: "[[If you marry him I'll end it]], I swear.", pattern: 'life-on-answer' },
    {
      flagged: "[[If you don't come back I don't know what I'll do to myself]].",
      pattern: 'life-on-answer',
    },
    { notFlagged: "If you don't want this, I'll end it, and we can both move on." },
    { flagged: "[[Maybe then you'll be sorry, when I'm not here anymore]].", pattern: 'life-on-answer' },
    { notFlagged: "You'll be sorry you missed the party when I'm gone to Leeds, ha." },
    { notFlagged: "If you ever need help moving, I'll get my brother's van." },
    { notFlagged: "If you'd rather I didn't write, I'll stop, I promise." },
  ],
})
