// Pressure: demands, urgency, obligations put on the reader. "You don't have to answer" and "I won't
// pressure you" are space; "I have to admit I was wrong" is the writer's own obligation (accountability).
import { ANSWER_FIXED } from '../../../lexicon/en/bargain.js'
import { CLAUSE_TAIL } from '../../../lexicon/en/clause.js'
import {
  ASKING_PARTIES,
  BECAUSE_PARTIES,
  JOINT_BELONGINGS,
  LOGISTICS_PARTIES,
} from '../../../lexicon/en/logistics.js'
import { KIDS } from '../../../lexicon/en/people.js'
import { OFFICE_DEADLINES, WEEKDAYS } from '../../../lexicon/en/time.js'
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
/** Time given, which the take-your-time-but pattern hears taken back: "take your time", "take as long as you like", "no rush", "no pressure". */
const TIME_GIVEN =
  'take (?:your|ur|all the) time(?: you need)?|take (?:as long as|however long) (?:you|u) (?:like|need|want)|no (?:rush|hurry|pressure)'

/** Negated a few words earlier ("I'm not saying you have to…"); `n't` and texting forms included. */

/** What the reader is made to do: contact and decisions, not feelings ("you need to know" is no demand). */
const ACT = String.raw`(?:(?:call|ring|text|message|phone|contact|dm)\s+(?:me|back)|(?:answer|reply|respond)(?:\s+(?:me|to me|to this|this letter|back))?|write (?:back|to me)|get back to me|come back|come home|give (?:me|us|this|it|our relationship|love) (?:a|another|one more|a second|one last|a last|a real)|give (?:me|us) a chance|give (?:me|us) (?:an answer|answer|a reply|reply|closure|some answers|an explanation|explanation|a call|your answer)|come (?:to|with me|over|and see)|admit (?:that )?(?:you|it was your|your)|meet(?: me| up)|see me(?! now)|talk to me|speak to me|forgive me|take me back|decide|choose|pick (?:me|one|between)|make up (?:your|ur) mind|make a decision|leave (?:him|her|them)|break up with|dump (?:him|her)|get back together|try again|listen to me|hear me out|let me (?:explain|in|back|see you)|stop ignoring|unblock|tell me (?:the truth|why|what)|explain (?:yourself|why|what)|reach out|show up|return my|say yes|see this through|fix this|fix us|stop (?:this|seeing|ignoring|pretending|running)|grow up|sort (?:this|it|yourself) out|figure (?:this|it) out|come to your senses|wake up|understand|realise|realize|accept (?:that|it)|see (?:that|sense|reason)|face me|sit down with me|say so|reconsider|think (?:about|again about|hard about) (?:us|it|this|what (?:you|u)(?:'ve| have)? (?:done|did|lost|thrown away|are throwing away))|make (?:your|ur|a) (?:choice|decision)|go to (?:counselling|counseling|therapy|couples therapy|a counsellor|rehab)|see (?:a|the) (?:therapist|counsellor|counselor|doctor|gp)|get (?:help|therapy|counselling|counseling)|try (?:aa|therapy|counselling|counseling|rehab)){WE}`

/**
 * Where an order starts: at the start of a sentence or clause, or after "please", "just", "ok"…, with up
 * to four such words before the verb ("pls just answer me", "so please call me").
 */
const ORDER_START = String.raw`(?<=(?:(?:^|[.!?\n,;:—–(])\s{0,3}|{WB}(?:please|pls|plz|just|ok|okay|kindly)[,]?\s+)(?:(?:please|pls|plz|just|so|now|and|then|ok|okay|but)[,]?\s+){0,4})(?:(?:please|pls|plz|just|kindly)[,]?\s+)?`

/** At the start of a sentence, after at most two words such as "please", "just", "so", "ok". */
const SENTENCE_START = String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:please|pls|plz|just|so|now|and|then|ok|okay)[,]?\s+){0,2})`

/** Softeners that turn a demand into an offer: "call me tonight if you feel like it". */
const SOFT = String.raw`(?![^.!?\n]{0,40}?(?:if (?:{YOU}) (?:ever )?(?:want|wish|like|fancy|feel|need|are ready|can|have time|are free)|when (?:you'?re|you are|ur|u r|u'?re) (?:home|back|there|safe|in)|so (?:i|we) know (?:you'?re|you are|ur|u r|u'?re) (?:safe|ok|okay|home|alright|fine)|whenever|when (?:you'?re|you are|u r|ur) ready|when (?:you|u) can|only if|no pressure|if it feels right|sometime|some time|any ?time|one day|someday|or (?:don'?t|not|never)|any of (?:those|them|these)|(?:is|are|'s) (?:alright|fine|okay|ok) (?:by|with) me|in your own time|if (?:you|u) feel up to it|no rush|if (?:anything|something|the [a-z]+|your [a-z]+) (?:comes up|happens|breaks|goes wrong|plays up|needs)|if (?:there'?s|there is) (?:anything|ever)|when (?:you|u) (?:land|arrive|get (?:home|there|back|in))|if (?:you|u)(?:'d| would) (?:ever )?(?:rather|like|love|prefer|want|be (?:up for|happy|okay|ok|open))|when (?:you'?ve|you have|u'?ve|u have) (?:landed|arrived|got (?:home|there|back|in))|if (?:you|u) (?:don'?t|do not|dont) mind|just so i know (?:you'?re|you are|ur|u r|the (?:flight|drive|trip|journey)|it)|if (?:you'?re|you are|ur|u r|u'?re) (?:ever |still )?(?:ready|up for it|up to it|happy to|free|around|about|comfortable|okay with|ok with|open to|in town|in the area|passing|ever in)|if (?:you|u) (?:get|run into|hit|have) (?:stuck|trouble|any (?:trouble|problems|questions))))`

export default defineRule({
  id: 'pressure',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Pressure',
  summary: 'Demands, urgency or obligations put on the reader.',
  message:
    'This puts a demand on them. Pressure makes people pull away, even when they want to come closer. Say what you would like, and let them choose when, and whether, to answer.',
  patterns: [
    {
      id: 'you-have-to',
      // "You have to call me tonight", "u need to decide", "You must forgive me", "you'd better answer".
      re: sp(
        String.raw`{WB}(?:{YOU}|you'?ve|u'?ve|you'?d|u'?d){NOT_NEGATED_WORD}\s+(?:(?:really|just|absolutely|seriously|simply|definitely|still|now|honestly)\s+)?(?:have to|have got to|'?ve got to|got to|gotta|hafta|need to|needa|must(?: to)?|should|ought to|better|best)\s+(?:(?:really|just|at least|now|finally|seriously|please|at last)\s+)?${ACT}${SOFT}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'i-need-you-to',
      // "I need you to answer me", "I expect you to call", "I insist that you meet me".
      re: sp(
        String.raw`{WB}(?:i|we)\s+(?:(?:really|just|truly|absolutely)\s+)?(?:need|expect|demand|insist|require)\s+(?:that\s+)?(?:{YOU})\s+(?:to\s+)?(?:(?:at least|just|finally|please)\s+)?${ACT}${SOFT}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'do-it-now',
      // An order with urgency: "Call me tonight.", "Please answer me asap", "Text me back right now".
      re: sp(
        String.raw`(?<=(?:(?:^|[.!?\n,;:—–(])\s{0,3}|{WB}(?:please|pls|plz|just|ok|okay|kindly)[,]?\s+)(?:(?:please|pls|plz|just|so|now|ok|okay|and)[,]?\s+){0,3})(?:(?:please|pls|plz|just|kindly)[,]?\s+)?(?:(?:call|ring|text|message|contact|phone)(?: me| back){1,2}|answer|reply|respond|write back|write to me|get back to me|get in touch|revert|come back|come home|decide|choose|make up (?:your|ur) mind|tell me|let me know|meet me|talk to me|make (?:your|ur|a) (?:choice|decision)|come and (?:get|collect|pick up)){WE}[^.!?\n]{0,40}?{WB}(?:tonight|today|right now|right away|now(?! that| and then)|immediately|asap|a\.s\.a\.p|at once|promptly|forthwith|straight ?away|by return(?: of post)?|as soon as (?:possible|(?:{YOU}) (?:read|get|see) this)|this (?:instant|minute|second)|without delay|urgently|pronto|soonest|at (?:the|your|ur) earliest(?: convenience)?|(?:up)?on receipt(?: of this)?|before it'?s too late|already|by {DEADLINE}|(?:before|b4) {DEADLINE}|(?:by|before|b4) (?:the )?weekend|no later than {DEADLINE}){WE}${SOFT}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'bare-order',
      // An order to make contact or decide, with no way out: "Call me.", "Meet me at the station on Friday at six.",
      // "pls just answer me", "Unblock me", "Don't you dare throw this away". "Call me whenever you like" is an offer.
      re: sp(
        String.raw`${ORDER_START}(?:call|ring|phone|text|message|dm) me(?! (?:old|crazy|naive|an? |what|whatever|selfish|stupid|silly|sentimental|romantic|mad|foolish|weak|soft|dramatic)){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}write (?:back|to me|me(?: back| soon| a (?:letter|line|reply|message|note))?){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}answer (?:me|this|my (?:calls?|messages?|texts?|letter)|the phone|your phone){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}reply(?: to (?:me|this))?{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}respond(?: to (?:me|this))?{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}get back to me{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}pick up (?:the|your) phone{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}unblock me{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}meet me{WE}(?! halfway on (?:the|this|that) (?:${JOINT_BELONGINGS}|money|rent|[a-z]+ thing){WE})${SOFT}${CLAUSE_TAIL}|${ORDER_START}be (?:at|there|outside){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}say yes{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}tell me (?:(?:if|whether) (?:there'?s|there is|theres) (?:(?:still|even|any|a|some|just)\s+)*(?:chance|hope)|the truth|why|what (?:happened|went wrong|i did)|now|everything|honestly){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}talk to me{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}give me (?:a call|an answer|a chance|another chance|your answer|a reason|a (?:straight )?yes or (?:a )?no){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}(?:make up (?:your|ur) mind|make (?:your|ur) mind up){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}read (?:this|my letter|it)(?=\s*(?:[.!\n]|$)| (?:to the end|all the way|properly|carefully|before|again)){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}hear me out{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}listen to me{WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}don'?t you dare{WE}(?! (?:make out|pretend|act like|claim|say|suggest|imply|blame|tell (?:people|anyone|everyone)){WE})${SOFT}${CLAUSE_TAIL}|${ORDER_START}don'?t (?:make|take) (?:any|a|your) (?:decision|decisions|choice){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}choose (?:me|us|between){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}leave (?:him|her|them){WE}${SOFT}${CLAUSE_TAIL}|${ORDER_START}stop (?:ignoring|avoiding|blocking|running from) me{WE}${SOFT}${CLAUSE_TAIL}|(?<=(?:(?:^|[.!?\n,;:—–(])\s{0,3}|{WB}(?:please|pls|plz|just|ok|okay|kindly)[,]?\s+))don'?t (?:ignore|delete|throw away|bin|rip up) (?:this|me|my (?:letter|message|messages|calls)){WE}${SOFT}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'urgency-demand',
      // "I deserve an explanation", "You owe me an answer", "Don't keep me waiting", "Time is running out".
      re: sp(
        String.raw`{WB}(?:i|i'?m|im|i am)\s+(?:(?:really|at least|still|just)\s+)?(?:demand|expect|deserve|am owed|'m owed|insist on|want)\s+(?:an? |some |at least an? |the )?(?:answer|answers|reply|response|explanation|call|call back|decision|yes or (?:a )?no)(?:{WE})(?:(?! (?:from you )?(?:only )?(?:if|when|whenever|one day|someday|someday|eventually))|(?=\s*(?:now|today|tonight|asap|immediately))){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:(?:at least|still|surely|really) )?owe (?:me|us) (?:an? |this |that |at least |some |the )?(?:(?:proper|real|decent|honest|simple|face-to-face|last|phone) )?(?:answer|reply|response|explanation|call|conversation|talk|chance|that much|at least|truth|closure){WE}|{WB}(?:{YOURE}) (?:obliged|obligated|bound) to{WE}|{WB}(?:{YOU}) owe it to (?:me|us){WE}|{WB}the (?:very )?least (?:{YOU}) (?:can|could) do is{WE}|{WB}(?:{YOU}) can'?t just (?:walk away|leave|disappear|end (?:it|this|us)|throw (?:it|this|us)|pretend|cut me off|shut me out|go){WE}|{WB}we (?:need|have|'ve got|got) to (?:talk|meet|see each other|sort this out)(?=\s*(?:[,.!;\n]|$| now| tonight| today| this| soon| asap| face))${SOFT}{WE}|{WB}(?:don'?t|do not|dont) (?:make|keep|leave) me (?:wait|waiting|hanging)(?: (?:long|too long|any longer|much longer))?{WE}|{WB}(?:{YOU}) can'?t (?:just )?(?:keep )?(?:ignor(?:e|ing)|avoid(?:ing)?) (?:me|this|us)(?: forever| any longer| anymore)?{WE}|{WB}(?:stop|quit) (?:ignoring|avoiding) me{WE}|{WB}(?:time is|time'?s|times) running out(?! on (?:my|the|our) (?:lease|contract|visa|parking|meter|phone|battery|laptop)){WE}|{WB}we'?re running out of time{WE}|{WB}(?:it'?s|it is|its) (?:about |high |way past |more than )?time (?:you|u) (?:faced|face|owned|admitted|told|took|sorted|dealt|stepped|came|answered|replied|called|rang|picked up|started|stopped (?:hiding|ignoring|avoiding|running))(?! (?:for yourself|off|a break|a holiday)){WE}|{WB}we (?:have to|need to|must|'ve got to|gotta|have got to) (?:sort (?:this|it|things|us) out|sort out (?:this|us|things)|fix (?:this|us|things)|settle (?:this|things)|decide)[^.!?\n]{0,30}? (?:before|by|this (?:week|weekend)|tonight|today|now|asap|soon|right away|immediately){WE}|{WB}(?:i'?m|i am|im) (?:going to|gonna) need (?:an? |your |some (?:kind of |sort of )?)?(?:answer|reply|response|decision|explanation)(?: (?:from (?:you|u)|soon|now|today|by))?{WE}|{WB}(?:you'?d|you had|u'?d|youd) better (?:think (?:carefully|hard|twice|about it)|decide|call|ring|answer|reply|make up (?:your|ur) mind|tell me|get back to me|come (?:back|home|round)|be (?:there|here|sure)){WE}|{WB}(?:the )?(?:clock is|clock'?s|clocks) ticking{WE}|{WB}i need (?:an answer|a reply|a response|to know|answers|your answer|to hear from you) (?:now|today|tonight|asap|right now|right away|immediately|by|before|this week|quickly){WE}(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|weekends?|arrangements?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|trip|van|removals?){WE})|{WB}let'?s (?:meet|talk|get (?:a )?coffee|see each other|sort this out) (?:tonight|tomorrow|today|on (?:${WEEKDAYS})|this (?:weekend|week|evening)|at (?:\d|noon|midnight)){WE}${SOFT}|{WB}(?:it'?s|its) (?:about )?time (?:for )?(?:{YOU}) (?:to )?(?:decide|came|come|made|make|chose|choose|grew|grow|stopped|stop|woke|wake){WE}|{WB}(?:{YOU}) can'?t (?:keep|leave) me (?:waiting|hanging|guessing){WE}|{WB}i (?:must )?insist (?:that|on){WE}|{WB}(?:{YOU}) are to (?:call|reply|respond|come|meet|write|answer|decide|let me know|contact){WE}|{WB}(?:i|i'?ll|i shall|i will) (?:be )?expect(?:ing)? (?:a|an|your) (?:reply|answer|response|call|letter|decision){WE}|{WB}i (?:would |must |will )?ask (?:that )?(?:you|u) (?:to )?(?:reply|respond|answer|call|write|decide)[^.!?\n]{0,30}?(?:promptly|immediately|soon|at once|by|before|without delay|straight away){WE}`,
      ),
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'demand-terms',
      // "Come on Sunday or don't bother coming at all", "Just come over tonight", "It cannot wait", "I expect you
      // at the house on Sunday", "do me the courtesy of a reply", "the least you can do",
      // "i cant do space", "I'll come round after work so we can sort this out", "Stop hiding and face me".
      re: sp(
        String.raw`${SENTENCE_START}(?:come|be|call|ring|phone|text|answer|reply|meet|decide|choose|tell|get|show up|turn up|write|give|make|pick|say|ring|message){WE}[^.!?\n]{1,60}? or (?:(?:don'?t|dont|do not) (?:ever |even |you )?(?:bother|come|text|call|write|contact|expect|speak|talk|show|ring)|never (?:call|come|text|write|speak|contact)|forget (?:it|about (?:it|me|us)|me|us)){WE}${CLAUSE_TAIL}|${SENTENCE_START}(?:come|get) (?:over|round|around|by|here|home|back)(?: (?:here|home|to (?:me|mine|the flat|the house)))?(?:,? (?:please|pls))?(?:,? (?:tonight|now|right now|today|this (?:evening|afternoon|morning)|asap|immediately)|,? and (?:we'?ll|we will|we can|i'?ll) (?:talk|sort|fix|work|figure|discuss|make))(?![^.!?\n]{0,40}?(?:whenever|if (?:you|u) (?:want|like|feel|can|'re ready)|when (?:you'?re|you are|ur) ready|no rush|no pressure)){WE}${CLAUSE_TAIL}|{WB}(?:answer|reply|respond|text|call|ring|message|write) (?:me|back)(?: back)? (?:by|before) [^.!?\n]{1,25}?,? (?:ok|okay|k|yeah|alright|right|understood)(?=\s*(?:[?.!\n]|$))|(?<=(?:^|[.!?\n])\s{0,3})(?:you|u) (?:pay|give|return|send|bring|sign|hand|transfer|move)(?: back| out)? [^.!?\n]{1,50}? (?:by|before|no later than) (?:the end of|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the \w+|next|this){WE}${CLAUSE_TAIL}|{WB}(?:it|this|that)(?: really| just)? (?:cannot|can'?t|can not|won'?t) wait(?! (?:until|till|for) (?:you'?re|you are|ur|u r) ready){WE}${CLAUSE_TAIL}|{WB}(?:{YOU}) (?:must|have to|need to|'ve got to|gotta|should) (?:telephone|phone|ring|call|text|write to|see|meet|visit|come (?:to|round|over|home|back))[^.!?\n]{0,30}? (?:this (?:evening|morning|afternoon|week)|tonight|today|now|immediately|at once|asap|first thing){WE}${CLAUSE_TAIL}|{WB}i (?:need|want|expect) (?:you|u) to [a-z]+(?: me)?[^.!?\n]{0,20}? (?:tonight|today|right now|now|this (?:evening|week)|asap|immediately|at once){WE}${CLAUSE_TAIL}|{WB}i(?:'ll| shall| will)? expect (?:you|u) (?:at|here|there|home|on|by|in|to (?:be (?:there|here|at)|come|call|answer|reply|explain|turn up|show up)){WE}${CLAUSE_TAIL}|{WB}i(?:'ll| shall| will)? (?:fully )?expect (?:(?:an?|your|some|full|proper|written|honest|prompt|straight) ){1,3}(?:answer|reply|response|explanation|apology|call|letter|decision){WE}${CLAUSE_TAIL}|{WB}(?:do me the (?:courtesy|kindness|decency) of|have the (?:decency|courtesy|guts|balls|good grace) to|the (?:very )?least (?:you|u) (?:can|could) do|the (?:very )?least (?:you|u) owe me(?! nothing)(?= (?:is|was|would be|'s)))(?! for (?:yourself|you)){WE}${CLAUSE_TAIL}|{WB}(?:{YOU}) (?:can'?t|cannot|can not|won'?t|wouldn'?t) (?:refuse|deny) me{WE}${CLAUSE_TAIL}|{WB}i (?:can'?t|cannot|cant) (?:do|give (?:you|u)) (?:space|distance|the silence|no contact|this waiting|the waiting){WE}${CLAUSE_TAIL}|{WB}i(?:'ll| will|'m going to|'m gonna) (?:come (?:round|over|by|to (?:yours|your (?:place|flat|house|office|work)))|be (?:outside|at|round|waiting (?:outside|at))|turn up|pop round|drop by|stop by)[^.!?\n]{0,50}?,? so (?:that )?we can (?:talk|sort|finally|have|discuss|fix|clear|sit){WE}${CLAUSE_TAIL}|(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:please|pls|just|so|now|and|then)[,]?\s+){0,2})stop (?:hiding|ignoring|avoiding|running|dodging|blanking|ghosting|playing games)[^.!?\n]{0,40}? and (?:face|answer|talk to|call|speak to|meet|tell|deal with){WE}${CLAUSE_TAIL}|${SENTENCE_START}(?:get in touch|reach out|contact me|drop me a line|write|ring|call|phone|text|email|message|reply|answer|respond|get back to me)[^.!?\n]{0,20}? (?:as soon as (?:you|u) (?:read|get|see|receive)|the (?:minute|moment|second) (?:you|u)|straight away|right away|immediately|without delay|asap|first thing){WE}${CLAUSE_TAIL}|{NOT_NEGATED_WORD}{WB}i (?:(?:do|really do|genuinely|honestly) )?(?:need|must have|require) (?:an? |your |some )?(?:answer|reply|response|decision)(?: from (?:you|u))?(?! (?:from myself|for myself)){WE}${CLAUSE_TAIL}|{WB}(?:won'?t|will not|not going to|refuse to) take no for an answer{WE}${CLAUSE_TAIL}|{WB}(?:{YOU}|me)[^.!?\n]{1,60}?,? no (?:excuses|ifs,? (?:ands|buts)|arguments)(?=\s*(?:[.!]|$))|{WB}i'?m (?:asking|telling) (?:you|u) to (?:call|ring|text|answer|reply|meet|come|decide|tell|write)(?![^.!?\n]{0,40}?(?:if (?:you|u) (?:want|can|feel)|whenever|no pressure)){WE}${CLAUSE_TAIL}|{WB}(?:{YOURE}|you|u) (?:going to|gonna) have to (?:talk|speak|face|answer|deal|see|call|reply|decide){WE}${CLAUSE_TAIL}|{WB}(?:{YOU}) (?:need to|have to|must|gotta|should) [^.!?\n]{1,30}? and (?:(?:call|ring|text|answer|reply to|come|meet|talk to) me|come (?:back|home)(?: to (?:me|us))?){WE}${CLAUSE_TAIL}|{WB}(?:{YOU}) (?:will|'ll) (?:call|ring|text|write|answer|reply|come|meet)[^.!?\n]{0,20}?,? (?:won'?t you|yes|(?<!{WB}(?:was|were|is|am|are|be|i'?m|you'?re|he'?s|she'?s|it'?s|all|quite|dead|proved|proven) )right|ok|okay)(?=\s*(?:[?!.]|$))|${SENTENCE_START}make (?:time|room|space) for (?:me|us|this|a (?:call|chat|talk|coffee)){WE}${CLAUSE_TAIL}|{WB}(?:i'?m|im|i am) not (?:leaving|going anywhere|going away|giving up|stopping) (?:until|till|unless) (?:{YOU}){WE}${CLAUSE_TAIL}|{WB}(?:{YOU})(?:'d| had) better (?:pick up|answer|call|reply|be there|come|show up|ring|text|get back){WE}${CLAUSE_TAIL}|{NOT_NEGATED_WORD}{WB}i (?:must|have to|need to|'ve got to|gotta) (?:see|talk to|speak to|hear from|meet) (?:you|u)(?: [^.!?\n]{0,20}?)? (?:tonight|today|this (?:week|weekend|evening)|tomorrow|now|asap|before){WE}${CLAUSE_TAIL}|{WB}i (?:insist|demand)(?: that)? (?:we|you|u) (?:meet|talk|see|speak|call|answer|reply|come|decide|sort|give){WE}${CLAUSE_TAIL}|{WB}(?:it'?s|it is) only (?:fair|right|decent|reasonable) (?:that )?(?:{YOU}) (?:give|let|call|answer|reply|meet|explain|see)(?! (?:it|this) from me){WE}${CLAUSE_TAIL}|${SENTENCE_START}(?:just |simply )?tell me (?:yes or no|one way or (?:the )?other|either way|straight)(?![^.!?\n]{0,40}?(?:whenever|if (?:you|u) (?:want|can|feel)|no rush|when (?:you'?re|you are|ur) ready)){WE}${CLAUSE_TAIL}|{WB}i (?:demand|insist on) (?:to )?(?:see|speak to|talk to|meet|hear from|seeing|speaking to|meeting) (?:you|u){WE}${CLAUSE_TAIL}|{WB}whether (?:you|u) like it or not{WE}${CLAUSE_TAIL}|,? so (?:be (?:home|there|ready|in)|answer|pick up|open the door)(?=\s*(?:[.!]|$))|{WB}i (?:expect|need|want) to hear (?:from|back from) (?:you|u) (?:by|before|today|tonight|tomorrow|this|soon|asap|within){WE}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'insist',
      // Demands said other ways: "I'm not asking, I'm telling you", "you have a responsibility to this family",
      // "I'm owed an explanation", "You will give me the dog back by Friday", "Come home. Just come home.", "we can't
      // leave things like this", "you ought to hear my side", "I need you to read this properly", "we need to talk like
      // today", "sort your head out", "the kids need you to come home", "don't stand me up", "no excuses this time",
      // "if you loved me you'd at least meet me", "don't leave me on read", "decide already".
      re: sp(
        String.raw`{WB}i'?m not asking,? i'?m telling{WE}|{NOT_NEGATED_WORD}{WB}(?:you|u) (?:still )?have (?:a|an) (?:responsibility|duty|obligation) to{WE}|{NOT_NEGATED_WORD}{WB}(?:i'?m|im|i am) (?:surely )?owed (?!nothing|anything)[a-z]+|{WB}(?:you|u) (?:will|'ll|are going to|'re going to) (?:give|bring|return|send|call|ring|answer|reply|meet|come|sign|pay|tell)(?: me)?[^.!?\n]{0,40}? (?:by|before|on) (?:{DEADLINE}){WE}(?![^.!?\n]{0,40}?(?:if (?:you'?re|you are|ur|u r|youre|you|u) (?:free|around|able|up for it|want|like|can|fancy|feel like)|no pressure|no rush|if that suits|only if))|(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|and|now|just|oh)[,]?\s+)?)(?:quit|stop) (?:stalling|dithering|messing (?:me )?(?:about|around)|playing games|dragging (?:this|it|your feet)|hiding)(?:{WE})|{WB}we (?:can'?t|cannot|cant) (?:leave|end) (?:things|it|this) like this{WE}|{WB}it (?:is|'s) (?:necessary|essential|imperative|vital|compulsory|mandatory) (?:that|for) (?:{YOU}){WE}|{WB}(?:you'?re|you are|u r) to (?:call|phone|ring|text|come|answer|reply|write|meet|tell|give|return|send)(?: me)?{WE}|(?<=(?:^|[.!?\n,;:—–])\s{0,3})(?:(?:just|now|so|and|come on)[,]?\s+)?admit it(?=\s*(?:[,.!;\n]|$))|{WB}(?:don'?t|dont|do not) (?:leave it|wait) (?:too |much |any |very |so |that )?(?:long|late|longer|months|weeks|ages|a year|another (?:month|year|week|few (?:weeks|months)))(?: (?:to (?:answer|reply|decide|write|call)|this time|again))?(?=\s*(?:[,.!;\n]|$))|{WB}(?:you'?re|you are|u r|ur) (?:expected|required|requested) to{WE}|{WB}my patience (?:is|'s) (?:running|wearing) (?:out|thin){WE}|{WB}(?:but )?(?:don'?t|dont|do not) take forever{WE}|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:just|so|now)[,]?\s+){0,2})come (?:back )?home(?=\s*(?:[.!,;]|$))(?![^.!?\n]{0,40}?(?:whenever|when (?:you'?re|you are|ur) ready|if (?:you|u) (?:want|like)))|(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:oi|just|please|pls|so|now|and)[,]?\s+){0,2})pick up (?:the|ur|your|yer) (?:bloody |damn )?(?:phone|calls?)(?=\s*(?:[.!,;\n]|$))|{WB}(?:i )?(?:won'?t|will not|wont) take no for an answer{WE}|(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|and|now|just)\s+)?)think (?:hard|carefully|very carefully|long and hard)(?: about (?:this|it|us))?(?=\s*(?:[,.!;\n]|$))|(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|and|now|ok|okay)[,]?\s+)?)(?:you|u) (?:answer|reply|call|ring|text|decide|choose|come back|come home|pay|sign)(?: me| back| home)? (?:by|before|b4) (?:{DEADLINE}){WE}|{WB}it'?s (?:up to|on) (?:you|u) (?:now )?to (?:fix|sort|save|repair|mend|make (?:this|it|things) right|put (?:this|it|things) right|make the (?:first )?move){WE}|{WB}i (?:just |really |simply )?need to (?:know|hear) (?:where (?:we|i) stand|what (?:you|u)(?:'re| are)? (?:want|decide|think|going to do|gonna do)|if (?:there'?s|there is|we)|whether (?:there'?s|there is|we|you|u)){WE}|{NOT_NEGATED_WORD}{WB}(?:you|u) (?:really |at least )?(?:have to|need to|must|should|ought to|owe it to me to) (?:hear|listen to) (?:me|my side|what i){WE}|{WB}i (?:really )?need (?:you|u) to (?:read (?:this|it|my)|listen|hear me|stop|think about|take this seriously|be honest with me|tell me)${SOFT}{WE}|{WB}we (?:really )?(?:need|have) to talk(?: [a-z]+){0,2} (?:today|tonight|now|asap|this week|soon|right away){WE}|{WB}(?:sort|get) (?:your|ur) (?:head|life|self|act|shit) (?:out|together){WE}|{WB}pull yourself together{WE}|{WB}(?:the kids|the children|our (?:${KIDS})|we|they|the family|everyone|your (?:son|daughter|mum|mother|dad|father)) (?:needs?|want|wants) (?:you|u) to (?:come home|come back|call|answer|be here|step up|get in touch){WE}|{WB}(?:i'?ve|i have) (?:already )?(?:told|promised) (?:my|our|your|the) [a-z]+ (?:you'?re|you are|you'?ll|you will) (?:coming|come|be there){WE}|{WB}don'?t (?:you )?(?:stand me up|be late|make me wait|flake|bail|leave me on read|ghost me|ignore (?:me|this|my)){WE}|{WB}no excuses(?: this time)?{WE}|{WB}(?:don'?t|dont|do not) (?:make|keep) (?:me|us|every(?:one|body)|the (?:family|families|elders|kids)|them|(?:your|our) (?:mum|mom|mother|dad|father|parents|family|families)) (?:wait(?:ing)?|hanging(?: on)?|in suspense|guessing|in limbo|in the dark)(?: (?:for|on) (?:your|ur|an|a|the) (?:answer|reply|decision|response|call){WE}|(?=\s*(?:[.!,;]|$| pls| please| like| any)))|{WB}we'?re meeting (?:on )?(?:{DEADLINE}){WE}|{WB}if (?:you|u) (?:ever |really |truly )?(?:loved|cared about|cared for|respected) me[^.!?\n]{0,30}? (?:you'?d|you would|u'?d){WE}|(?<=(?:^|[.!?\n,;])\s{0,3}(?:(?:just|pls|please|so|now)[,]?\s+){0,2})(?:decide|choose|answer|reply|pick|make up (?:your|ur) mind) already{WE}|{WB}(?:i'?ll|i will|i) need (?:your|an|a) (?:decision|answer|reply|response) (?:by|before|within|this|today|tonight|tomorrow|soon|asap|now){WE}|{WB}promise me (?:you'?ll|you will|that you'?ll|u'?ll|u will) (?:call|answer|reply|come|think|consider|give|meet|write|read|talk){WE}|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:please|pls|just)[,]?\s+)?)(?:(?:come|get) (?:home|back|here)|be (?:home|back|here|there|ready))(?: to me)? (?:by|before) (?:{DEADLINE}){WE}|{NOT_NEGATED_WORD}{WB}(?:i'?m|i am|im) (?:still )?expecting (?:your|a|an) (?:call|answer|reply|response|decision|letter|explanation)(?! (?:if|whenever|when you'?re ready|one day|someday)){WE}|{WB}only fair (?:that )?(?:you|u) (?:hear me out|listen to me|give me|let me){WE}|{WB}i (?:fully )?(?:expect|trust)(?: that)? (?:you|u) (?:will|'ll|shall) (?:call|ring|reply|answer|write(?: back)?|come (?:home|back)|return|contact me|do the right thing|make the right (?:choice|decision)(?! for (?:you|yourself|urself))|get back to me|be in touch)${SOFT}{WE}|{WB}(?:it is|it'?s|its) (?:your|ur) (?:duty|obligation)(?: as [^.!?\n]{1,20}?)? to(?!\s+(?:look after|take care of|be happy|do what|yourself|urself)){WE}|(?<=(?:^|[.!?\n])\s{0,3})(?:you|u) (?:will|'ll|shall) (?:call|ring|text|write to|answer|reply to|phone|contact) me(?: (?:when|as soon as|the moment|the minute|once) (?:you|u) (?:read|get|receive|see|have read) (?:this|my letter|it))?(?=\s*(?:[.!]|$))|{NOT_NEGATED_WORD}{WB}(?:you|u) (?:really |at least |surely )?owe it to (?:me|us|the kids|the children|our (?:${KIDS}|family)|this family|them|your (?:${KIDS}|family)|(?:the )?(?:both|two) of us|us both|us two|what we (?:had|built|have)|our (?:relationship|marriage|years|history)|(?:the|all those|our) (?:\w+ )?years(?: we had)?){WE}`,
      ),
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'tag-order',
      // An order with a tag that only looks like a question: "Text me back, ok?", "call me tonight yeah?".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n,;])\s{0,3}(?:(?:just|pls|please|so|now)[,]?\s+){0,2})(?:(?:text|call|ring|answer|reply to|message|write to|phone|get back to) me(?: back)?|let me know)(?: (?:tonight|today|tomorrow|asap|now|later|soon|(?:by|before) (?:tonight|tomorrow|the weekend|the end of the (?:week|month)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next [a-z]+)))?,? (?:ok|okay|k|yeah|alright|right|yes)\s*\?`,
      ),
      questions: 'any',
      span: 'sentence',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'demand-said-otherwise',
      // Orders in other voices: "Abeg call me now now", "Oya text me", "Do the needful and reply at the earliest",
      // "Whatever you're doing, stop and write back to me", "Drop everything and call me", "Choose, him or me",
      // "It's high time you made up your mind", "I should be obliged if you would reply by the end of the week",
      // "All I ask is that you reply this week, it's not too much to ask", "im outside ur house, come down", "Come over
      // on Saturday so we can fix this".
      re: sp(
        [
          // Thirteenth round: a duty named before the order, and a polite hurry: "Do the right thing and come home",
          // "Think of the children and come back", "I'd appreciate an answer soon".
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:please|pls|just|so|now)[,]?\s+){0,2})(?:do the (?:right|decent|honourable|honorable) thing|think (?:of|about) (?:the|our|your|ur) (?:kids|children|family|boys|girls|son|daughter|baby|mother|mum|mom)|be a man|man up|grow up|be an adult)(?: [^.!?\n]{0,30}?)? (?:and|&|n) (?:come|call|ring|text|write|answer|reply|talk|meet|sign|tell|give|pick|stop|face|get){WE}(?![^.!?\n]{0,60}?(?:if (?:you|u) (?:can|want|like|feel)|no pressure|whenever|in (?:your|ur) own time))${CLAUSE_TAIL}`,
          String.raw`{WB}(?:text|call|ring|phone|give me a (?:ring|call|bell|buzz))(?: me)?[^.!?\n]{0,30}?,? (?:it'?s|its|this is) (?:really |very )?(?:important|urgent|serious){WE}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:you|u) (?:will|'ll) (?:come|be there|call|answer|reply|turn up|show up|write|ring)[^.!?\n]{0,40}?,? (?:you promised|you said you would|no excuses){WE}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:you|u) (?:need|have|must|'ve got|got|ought) to (?:stop hiding|face (?:this|me|it|up to (?:it|this|what)|the music)|man up|grow up|stop running)(?![^.!?\n]{0,30}?(?:when (?:you'?re|you are) ready|if (?:you|u) (?:want|can)))${CLAUSE_TAIL}`,
          // From the tuning set's misses: "You need to come and get the rest of your stuff this weekend", "You'd best ring
          // your mother-in-law…", "You have to at least read this to the end", "Don't rush into anything with him".
          String.raw`{WB}(?:you|u) (?:need|have|'ve got|got|should|must|ought)(?: to)? (?:come (?:and |round and |over and )?)?(?:get|collect|pick up|fetch|clear out|move|sort out) (?:the rest of )?(?:your|ur) (?:stuff|things|boxes|bike|clothes|belongings|gear|car|furniture|records|books)[^.!?\n]{0,40}? (?:this (?:week|weekend|month)|by|before|next|tomorrow|tonight|today|asap){WE}(?![^.!?\n]{0,40}?(?:no rush|whenever|when (?:you|u) can|if (?:you|u) (?:want|like|can)|suits))${CLAUSE_TAIL}`,
          String.raw`{WB}(?:you'?d|you had|u'?d|youd|ud) (?:best|better) (?!believe|not{WE}|hurry up and get (?:well|better)|look after)(?:ring|call|text|answer|reply|write|come|apologi[sz]e|say|tell|sort|decide|get|make|think|stop|pick){WE}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:you|u) (?:have|need|'ve got|got|must) to (?:at least |just )?read (?:this|it|my letter|the whole (?:thing|letter))(?: (?:to the end|properly|all the way through|before [a-z]+))?{WE}${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:please|pls|just|so|and)[,]?\s+){0,2})(?:don'?t|do not|dont) rush into (?:anything|it|things|something|marriage|moving in) with (?:him|her|them|that [a-z]+){WE}`,
          String.raw`{WB}(?:i'?d|i would|id) (?:really |very much |much )?appreciate (?:an?|your|some) (?:answer|reply|response|decision|call|word)(?: from (?:you|u))? (?:soon|quickly|asap|promptly|at (?:your|the) earliest|as soon as possible|sooner rather than later){WE}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3})(?:abeg|biko|oya|pretty please)[,]? (?:(?:just|now|o)[,]? )?(?:call|ring|text|phone|message|answer|reply|respond|come|talk to|meet|pick up|write|tell|see)(?: me| back)?{WE}${SOFT}${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:please|pls|kindly|so|just)[,]?\s+){0,2})do the needful{WE}(?![^.!?\n]{0,80}?(?:no rush|no hurry|whenever|in your own time|let me know (?:if|whether) (?:{YOU}) (?:are|'re|r|will be) (?:keeping|taking|collecting|wanting|selling) (?:the|your|ur|our|my) (?:${JOINT_BELONGINGS}|almirah|cupboard|wardrobe|books|scooter|plants?)|when (?:{YOU}) (?:get|have) (?:a|the) (?:minute|moment|chance)))${CLAUSE_TAIL}`,
          String.raw`(?<!{WB}(?:i|i'?ll|i will|i'?d|i would|we|we'?ll|i'?m|im)\b[^.!?\n,]{0,40})(?:{WB}and|{WB}then|&) (?:reply|respond|revert|answer|write back|call me|ring me|text me|get back to me)(?: (?:to me|back|me))?[^.!?\n]{0,20}?{WB}(?:at the earliest|asap|immediately|at once|right away|straight away|without delay|urgently|promptly|forthwith|tonight|today){WE}${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:please|pls|just|so|now)[,]?\s+){0,2})(?:stop(?: what (?:you'?re|you are|ur|u r) doing)?|drop (?:everything|what (?:you'?re|you are|ur|u r) doing)|put (?:this|it|everything) down) (?:and|&|n) (?:call|ring|text|write|answer|reply|come|get back|talk|phone|message){WE}${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:so|now|just)[,]?\s+)?)choose[,:—–]? (?:him|her|them|me|us|one)(?: or (?:me|us|him|her|them))?{WE}${CLAUSE_TAIL}`,
          `{WB}(?:it'?s|its|it is) (?:high|past) time (?:that )?(?:{YOU}) (?:made|make|decided|decide|grew|grow|came|come|answered|answer|replied|reply|called|call|stopped|stop|told|tell|faced|face|chose|choose|gave|give|woke|wake|sorted|sort|picked|pick|owned|own){WE}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:i (?:should|would|will|shall)|i'?d|i'?ll) be (?:(?:most|very|much|so) )?(?:obliged|grateful|glad|thankful) if (?:{YOU}) (?:would|could|will|can) (?:kindly )?(?:reply|respond|answer|write(?: back)?|call|ring|get back to me|let me know|decide|return|send)[^.!?\n]{0,40}?{WB}(?:(?:by|before|within|no later than) (?:{DEADLINE}|the end of|(?:a|one|two|three|\d+) (?:days?|weeks?))|at (?:your|the) earliest|promptly|immediately|without delay|by return){WE}(?![^.!?\n]{0,60}?{WB}(?:whether|if) (?:{YOU}) (?:want|need|'d like|would like) (?:the|your|ur|any|my|our){WE})${CLAUSE_TAIL}`,
          String.raw`{WB}(?:all i (?:ask|want|need|expect)|all i'?m asking(?: for)?)(?: (?:is|of you))?(?: that| for)? (?:{YOU}) (?:to )?(?:reply|respond|answer|write back|call|ring|decide|let me know|get back to me|come back|come home|meet|see me|talk to me|explain)[^.!?\n]{0,30}?(?:{WB}(?:this (?:week|weekend)|tonight|today|now|asap|by {DEADLINE})|,? (?:it'?s|that'?s|it is|that is) not (?:too much|a lot|so much) to ask){WE}${CLAUSE_TAIL}`,
          String.raw`(?<!{WB}(?:hope|if|unless|whether|know|think|wonder|sure)\s+)(?:{WB}(?:it'?s|that'?s|it is|that is) not (?:too much|a lot|so much) to ask(?! (?:of )?(?:myself|me)){WE})`,
          String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:just|so|now|please|pls)[,]?\s+){0,2})(?:come (?:down|out(?:side)?|to the (?:door|window))|open (?:the|ur|your) (?:door|window))(?=\s*(?:[.!,;\n]|$)|\s+(?:now|please|pls|right now)\b)`,
          String.raw`${SENTENCE_START}(?:come|get) (?:over|round|around|by|here|home|back)(?: (?:here|home|to (?:me|mine|the flat|the house)))? (?:on (?:${WEEKDAYS})|this (?:weekend|evening|afternoon)|tomorrow|at \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?)[^.!?\n]{0,20}? so (?:that )?we can (?:talk|sort (?:this|it|us|things)|fix (?:this|us|things|it)|finally talk|have (?:it out|this out|a proper talk)|discuss (?:this|us)|clear the air|sit down){WE}${SOFT}${CLAUSE_TAIL}`,
          `{WB}(?:(?:i'?m|im|i am) )?(?:gonna|going to) need (?:{YOU}) to (?:(?:at least|just|finally|please) )?${ACT}${SOFT}${CLAUSE_TAIL}`,
          String.raw`(?:(?<=(?:^|[.!?\n,;:—–(])\s{0,3}(?:(?:please|pls|kindly|just|so)[,]?\s+){0,2})(?:revert|reply|respond|answer|confirm|decide|let me know|get back to me|send (?:me )?(?:your|ur) (?:answer|decision|reply))|{WB}(?:{YOU}) (?:need to |must |have to |should )?(?:revert|reply|respond|answer|confirm|decide|let me know|get back to me))[^.!?\n]{0,40}?{WB}(?:by|before|no later than) (?:${OFFICE_DEADLINES}){WE}${CLAUSE_TAIL}`,
          String.raw`${SENTENCE_START}(?:pick|choose|name|set|come|meet|call|ring|tell|answer|decide|be|get|give)\b[^.!?\n]{0,60}?,? (?:end of story|end of discussion|and that'?s (?:that|final)|no arguments|no discussion|full stop|period)(?=\s*(?:[.!]|$))`,
          `${ORDER_START}(?:text|txt|call|ring|phone|message|write|reply) back{WE}${SOFT}${CLAUSE_TAIL}`,
          `(?<!{WB}(?:maybe|perhaps|hopefully|hope|wish|if|day|someday|sometime|until|when|and) ){WB}(?:you|u) (?:will|are going to|'re going to|'ll) (?:sit down with me|explain yourself|look me in the eye|face me|answer (?:me|for (?:this|it|what you did))|tell me (?:the truth|why|everything)|apologi[sz]e to me|listen to me|hear me out){WE}${SOFT}${CLAUSE_TAIL}`,
          `{WB}(?:you'?re|you are|ur|u r) (?:going to|gonna) (?:call|ring|text|phone|answer|reply to|meet|come (?:over|round|home|back)|tell me|sit down with)(?: me)?{WE}[^.!?\n]{0,30}?{WB}(?:tonight|today|tomorrow|now|this (?:evening|week|weekend)|and we'?re (?:going to|gonna)){WE}${SOFT}${CLAUSE_TAIL}`,
          `{WB}(?:i'?ll|i will|i'?m going to|i'?m gonna|im gonna) need (?:an|your|a) (?:answer|reply|decision|response)(?: from (?:{YOU}))?[^.!?\n]{0,15}?{WB}(?:by|before|tonight|today|tomorrow|this (?:week|weekend)){WE}${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:just|please|pls|so|now|oh)[,]?\s+){0,2})pick up(?=\s*(?:[,.!]|$))`,
        ].join('|'),
      ),
      span: 'match',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'cornering-question',
      // Fourteenth round (danger14): a question that leaves one answer: "So when are you going to give me a straight
      // answer?", "Why won't you just pick up the phone?", "How long are you going to keep pretending I don't exist?", "Is
      // it really too much to ask for ten minutes of your time?". Not "Why don't you come for tea sometime?" (an
      // invitation), not "When are you going to Lisbon?".
      re: sp(
        [
          String.raw`{WB}when (?:are|r) (?:{YOU}) (?:going to|gonna) (?:(?:finally|actually|just|ever) )?(?:give me (?:an? |the |your |some )?(?:(?:straight|proper|real|honest|final|clear) )?(?:answer|reply|explanation|decision|chance|call|response)|tell me (?:the truth|why)|answer|reply|respond|write back|call me|ring me|text me|text back|call back|ring back|talk to me|speak to me|decide|make up (?:your|ur) mind|stop (?:ignoring|avoiding|pretending|punishing|hiding|running)|grow up|face (?:me|this|it|up)|own up|admit){WE}`,
          String.raw`{WB}how (?:much )?long(?:er)? (?:are|r) (?:{YOU}) (?:going to|gonna) (?:keep (?:me|on|ignoring|pretending|avoiding|punishing|hiding|acting|doing)|make me wait|ignore|pretend|act like|avoid|punish|drag (?:this|it) out|leave me hanging|hide|sulk|give me the silent){WE}`,
          String.raw`{WB}why (?:won'?t|wont|can'?t|cant|will(?:n'?t| not)) (?:{YOU}) (?:just |even |at least )?(?:answer|reply|respond|pick up|call|ring|text|write back|talk to me|speak to me|see me|meet me|tell me|give me|unblock me|hear me out|listen){WE}`,
          String.raw`{WB}surely (?:{YOU}) (?:can|could) (?:at least )?(?:spare|find|give me) (?:me )?(?:five|ten|two|a few|twenty|thirty|an?|one|the) ?(?:minutes?|moments?|hours?|time|evening|phone call|call|coffee|conversation){WE}`,
          String.raw`{WB}why (?:are|r) (?:{YOU}) (?:still )?(?:making me wait|keeping me waiting|ignoring me|avoiding me|punishing me|dragging (?:this|it) out|doing this to me|shutting me out){WE}`,
          String.raw`{WB}what(?:'s| is| will) it (?:going to|gonna) take (?:for (?:{YOU}) )?to (?:(?:finally|just|actually) )?(?:talk|answer|reply|call|ring|see me|forgive|listen|understand|come back|hear me out){WE}`,
          String.raw`{WB}(?:are|r) (?:{YOU}) (?:ever|actually|even) (?:going to|gonna) (?:answer|reply|respond|call|ring|text|write back|talk to me|speak to me|get back to me|unblock me|see me)(?: me)?{WE}`,
          String.raw`(?<!{WB}(?:if|know|hope|think|wonder|sure)\s+)(?:{WB}(?:is|was) (?:it|that|this) (?:really |honestly |seriously |so |such )?(?:too much|a lot|so much) to ask){WE}`,
          // "Are you going to reply or not?", "r u gonna answer me or what": a yes-or-no that is an order.
          String.raw`{WB}(?:are|r) (?:{YOU}) (?:(?:ever|actually|even) )?(?:going to|gonna) (?:answer|reply|respond|call|ring|text|write back|get back to me|talk to me|speak to me|unblock me)(?: me| back)?,? or (?:not|what)(?=\s*(?:[?.!,]|$))`,
          // "Would it kill you to text back?": the sarcastic question that asks for contact.
          String.raw`{WB}would it (?:kill|hurt|be (?:so|that|too) (?:hard|difficult|much)(?: for)?)(?: (?:{YOU}))? to (?:(?:just|at least|even) )?(?:let me know|answer|reply|respond|call|ring|text|write back|pick up|get back to me|message|say (?:hi|hello|something|anything))(?: me| back| (?:the|your|ur) phone| once)?{WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'tag-said-otherwise',
      // An order with a tag, in other voices: "Ye'll phone me the night, aye?", "You'll ring me tomorrow, yeah?",
      // "you'll come round after work, eh?". "You'll ring me when you land, yeah?" is care (SOFT).
      re: sp(
        String.raw`{WB}(?:you|u|ye|ya|youse)(?:'ll| will|ll) (?:phone|ring|call|text|write|answer|reply|come (?:round|over|home|back)|meet)(?: me)?(?: back)?(?: (?:tonight|today|tomorrow|the night|the morn|this (?:evening|week|weekend)|on (?:${WEEKDAYS})))${SOFT}(?:[^.!?\n]{0,20}?),? (?:aye|yeah|yea|eh|innit|ja|hey|right|ok|okay|won'?t (?:you|ye))\s*[?!.]*\s*$`,
      ),
      questions: 'any',
      span: 'sentence',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'take-your-time-but',
      // Time given and taken back in one breath: "Take your time, but don't take too long", "no rush, but soon".
      // Twenty-first round (the lead): the same disclaimer, then the need to know: "No pressure, but my lease is up in
      // March and I need to know", "no rush but i need an answer by friday". Not a need about their things ("…but I need
      // to know if you want your records back").
      re: [
        String.raw`{B}(?:${TIME_GIVEN}|whenever (?:you'?re|you are|ur) ready),? (?:but|just) (?:(?:don'?t|do not|dont) (?:take|leave it|make me wait) (?:too|so) long|not too long|(?:make it |please )?soon(?:ish)?|(?:please )?hurry(?: up)?|be quick|sooner rather than later)(?![\p{L}])`,
        String.raw`{B}(?:${TIME_GIVEN}(?: (?:at all|whatsoever|obviously|honestly))?|(?:i'?m |im |i am )?not (?:trying to )?(?:rush|push|pressur)(?:e|ing)? (?:you|u)),? but [^.!?\n]{0,60}?{WB}(?:i (?:(?:really|just|do|kind of|kinda|sort of) ){0,2}(?:need|have) to (?:know|hear (?:from (?:you|u)|back|something))|i (?:(?:really|just|do) ){0,2}need (?:an? |your |some )?(?:answer|decision|reply|yes or no)|(?:you|u) (?:need|have) to (?:decide|choose|make up (?:your|ur) mind)|i need (?:you|u) to (?:decide|choose|tell me|let me know|make up (?:your|ur) mind))(?![\p{L}])(?! (?:if|whether) (?:you|u) (?:want|need|'d like|would like) (?:your|ur|the|any|me to)| (?:what time|where|which|how many))`,
        // The choice given and its answer fixed: "Whatever you decide is fine, as long as it's me", "take all the time you
        // need, as long as you choose us in the end", "take as long as you like, as long as your answer is yes" (space's
        // antipattern kept it from praise; now it is named; ANSWER_FIXED is read by both).
        String.raw`{B}(?:(?:whatever|whoever|whichever|however)(?: (?:you|u))? (?:decide|choose|want|pick|end up (?:choosing|deciding))|${TIME_GIVEN})[^.!?\n]{0,40}?,? ${ANSWER_FIXED}(?![\p{L}])`,
      ].join('|'),
      span: 'sentence',
      questions: 'any',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'already-arranged',
      // Twenty-first round (the lead's review): the plan made for both and the "no" ruled out by it: "I've bought us
      // tickets for Paris in June, so you can't really say no now", "I've already booked the table, so you have to come".
      // Not the writer's own plans ("I've booked Paris for June, so I can't do the 14th").
      re: [
        String.raw`{WB}so (?:you|u) (?:can'?t|cannot|cant|can not) (?:really |exactly |possibly |very well )?(?:say no|refuse|turn (?:me|it|this|them|us) down|back out|cancel|decline)(?: now| to (?:me|this|that|it))?(?![\p{L}])`,
        String.raw`{WB}(?:i'?ve|i have|i) (?:already )?(?:bought|booked|paid for|reserved|ordered|arranged|planned|got)[^.!?\n]{1,60}?,? so (?:you|u) (?:(?:really |just )?(?:have to|'ve got to|must|need to|gotta|better)) (?:come|go|say yes|meet me|be there|join (?:me|us)|show up|turn up|use (?:it|them))(?![\p{L}])`,
      ].join('|'),
      span: 'sentence',
      suggest: ["If you'd ever like to meet, I'd be glad to; no pressure either way."],
    },
    {
      id: 'waiting-there',
      // Tenth round (letters review): a place and a time set by the writer, with a wait that leaves no way out: "I'll be
      // at the Crown on Friday at eight and I'll wait as long as it takes", "i'll be outside the library at 6 and i'll
      // wait all night". Not "I'll be in Leeds on the 12th, if you'd like to meet" (invitation).
      re: String.raw`{B}(?:i'?ll|i will|i'?m going to|i am going to|im gonna|ill) (?:be (?:waiting )?(?:at|outside|in|by|on)|wait (?:for (?:you|u) )?(?:at|outside|by|in))\s[^.!?\n]{1,80}?(?:,|;|—|-)?\s*(?:and|so)?\s*(?:i'?ll|i will|ill) (?:wait|stay|be there|sit there|keep waiting)(?: there| for (?:you|u))? (?:as long as it takes|however long it takes|all (?:day|night|evening|afternoon)|(?:until|till|til|'til) (?:you|u) (?:come|turn up|show|get there|arrive|come out|answer|talk|walk in|appear))(?![\p{L}])`,
      span: 'sentence',
      suggest: ["If you'd ever like to meet, I'd be glad to; no pressure either way."],
    },
    {
      id: 'asked-sideways',
      // Sixteenth round (pitfalls16): the demand put as a question, a favour or a fact about waiting: "Can you at least
      // let me know by Sunday?", "Is a simple yes or no really too much to ask?", "A reply is the bare minimum", "The
      // ball's been in your court for three weeks", "I'll need to hear from you before I sign on the new place",
      // "Sooner rather than later would be good", "I can see you've read my messages, so", "read receipts are on",
      // "I'm still waiting on you", "I've been patient long enough", "Could you do me the favour of replying?", "I'm
      // entitled to a reply", "Kindly revert, it has been long pending", "Every day you don't answer is…".
      // Not "The ball's in your court now, and I'm fine with that" (space), not "I'm waiting for your answer, whenever".
      re: sp(
        [
          String.raw`{WB}(?:can|could|will|would) (?:{YOU}) (?:please )?at (?:the very )?least (?:let me know|tell me|answer|reply|respond|text|call|ring|write back|get back to me|acknowledge|say (?:yes or no|something|anything)|give me (?:an? )?(?:answer|reply|response|yes or no|call|explanation|reason)){WE}`,
          String.raw`{WB}(?:is|was) (?:a|an|one|just an?) (?:(?:simple|straight|quick|single|one-word|short|proper|basic|decent|honest|plain)[ -])*(?:yes or no|reply|answer|response|phone call|call|text|word|explanation|conversation|message|acknowledge?ment)(?: back| from (?:{YOU}))? (?:really |honestly |seriously |so |such )?(?:too much|so much|a lot) to ask{WE}`,
          String.raw`{WB}(?:an?|one|just an?) (?:(?:simple|straight|quick|single|one-word|short|proper|basic|decent|honest|plain)[ -])*(?:yes or no|reply|answer|response|phone call|call|text|word|explanation|conversation|message)(?: back| from (?:{YOU}))? (?:(?:is|would be) (?:surely |really |honestly )?(?:the (?:bare|very|absolute) (?:minimum|least)|the least (?:{YOU}) (?:can|could) do|not (?:too much|a lot|so much) to ask|hardly (?:too much|a lot) to ask)|(?:isn'?t|is not) (?:really |honestly )?(?:too much|a lot|so much) to ask){WE}`,
          String.raw`{WB}ball(?:'?s| is| has)? (?:been |sat |sitting |stayed |stuck )?in (?:your|ur) court (?:for (?:a while|a long time|weeks|months|days|ages|long|too long|so long|(?:a|one|two|three|four|five|six|several|a few|\d+) (?:days?|weeks?|months?))|a (?:while|long time)|long enough|since|and (?:it'?s|it has) been there){WE}`,
          String.raw`{WB}(?:i'?ll|i will|i|i'?d|i'?m going to|i'?m gonna) (?:need|have|must|want) (?:to )?(?:hear from (?:{YOU})|hear back|know|have (?:an|your) answer|an answer|your answer|a decision|your decision)[^.!?\n]{0,30}? before i (?:sign|commit|accept|say yes|agree|put down|hand in){WE}(?![^.!?\n]{0,60}?{WB}(?:whether|if) (?:{YOU}) (?:want|need|'d like|would like|(?:are|'re) (?:keeping|taking)){WE})`,
          String.raw`(?:(?<=(?:^|[.!?\n])\s{0,3})|{WB}(?:answer|reply|response|decision|hear(?:ing)? (?:from|back)|let me know|word|call)[^.!?\n]{0,30}? )sooner rather than later(?=\s*(?:[.!,;]|$)|\s+(?:would|'d|please|pls|if|is|would be|ok|okay|yeah)\b)`,
          String.raw`{WB}read receipts (?:are|r|'re|is|'s) (?:on|there){WE}|{WB}(?:i can see|i saw|i know|it says) (?:that )?(?:(?:{YOU})(?:'ve| have)?|it'?s been) (?:read|seen|opened) (?:it|them|my [a-z]+|every [a-z]+|all (?:of )?(?:them|my [a-z]+))(?:,? so(?=\s*(?:[.!\n]|$))|[^.!?\n]{0,10}?,? (?:and|but|yet) (?:still )?(?:nothing|no (?:reply|answer|response)|not a (?:word|peep)|(?:{YOU}) (?:haven'?t|havent|didn'?t|didnt|still haven'?t))){WE}`,
          String.raw`{WB}(?:i'?m|im|i am) (?:still )?waiting (?:on (?:{YOU})|(?:on|for) (?:your|ur|an?) (?:answer|reply|response|decision|call))(?=\s*(?:[.!,;\n]|$))${SOFT}`,
          // Seventeenth lead review: their people's view, used as leverage — "ur mum messaged me, she thinks we should sort it
          // out. just saying", "Your sister agrees we should try again, and so does everyone else".
          String.raw`{WB}(?:(?:your|ur) (?:mum|mom|mam|mother|dad|father|parents|sister|brother|nan|gran|family|friends|mates|best friend)|(?:she|he|they)) (?:thinks|think|said|says|reckons|reckon|feels|feel|agrees|agree)(?: that)? we (?:should|ought to|need to|belong together|were meant) ?(?:(?:sort|work) (?:it|this|things) out|get back together|try again|give (?:it|us) another (?:go|shot|try|chance)|be together|talk|give it a go)?(?=[^.!?\n]{0,10}?(?:[.,;]\s*)?(?:just saying|just sayin|jus sayin|and (?:she|he|they)(?:'s|'re| is| are) right|and so does everyone|for what it'?s worth|make of that what (?:you|u) will)(?![a-z]))`,
          // Seventeenth lead review: their time declared up — "its been three weeks and honestly thats long enough",
          // "Surely you've had enough time to think by now".
          String.raw`{WB}(?:it'?s|its|it has) been (?:[a-z0-9]+ ){1,3}?(?:days?|weeks?|months?)[^.!?\n]{0,25}? (?:that'?s|thats|that is|which is|surely that'?s|surely) (?:(?:more than|quite|honestly|definitely) )?(?:long enough|enough time|enough space|plenty(?: of time)?)(?![a-z])`,
          String.raw`{WB}(?:surely )?(?:{YOU})(?:'ve| have|ve)? (?:had|been given) (?:more than |quite )?(?:enough|long enough|plenty of|ample) (?:time|space)?(?: (?:to think|to decide|to make up (?:your|ur) mind|to think (?:it|things) over))?(?: (?:by now|now|already))?(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}(?:i'?ve|i have|ive) (?:been (?:more than )?patient|waited|been waiting) (?:long enough|more than long enough|for (?:weeks|months|ages|too long|so long|long enough)|a long time|(?:too|so) long)(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}(?:do|give) me the (?:courtesy|kindness|decency|favou?r|respect) of (?:a |an |your )?(?:repl(?:y|ying)|answer(?:ing)?|respon(?:se|ding)|call(?:ing)?|ringing|writing back|telling me|letting me know|getting back to me|explanation|explaining){WE}`,
          String.raw`{WB}(?:i'?m|im|i am|i'?d say i'?m) (?:at least |surely |still )?entitled to (?:an? |some (?:kind of |sort of )?|the |at least an? )?(?:(?:proper|real|honest|straight|simple) )?(?:answer|answers|reply|response|explanation|call|conversation|closure|truth|decision){WE}`,
          String.raw`{WB}(?:it|this|the matter|the decision|your (?:answer|reply|decision)) (?:has been|is|'s been) (?:long pending|pending (?:for )?(?:long|too long|so long|a long time|weeks|months|since)){WE}`,
          String.raw`{WB}every (?:day|week|night|hour) (?:that )?(?:{YOU}) (?:don'?t|do not|dont|won'?t|refuse to) (?:answer|reply|respond|call|ring|write|text|pick up|get back to me|decide)[^.!?\n]{0,20}? (?:is|makes|costs|means|leaves){WE}`,
          // "Is it really so hard to send one text back?", "Would a quick reply kill you?", "I'm still waiting to hear back",
          // "it's only fair I get an answer", "How much longer do I have to wait?", "The longer you leave it, the harder
          // this gets", "I can't put my life on hold waiting for you", "I'd rather know now than be kept dangling".
          String.raw`{WB}(?:is|was) it (?:(?:really|honestly|that|so|such|too)\s+)*(?:hard|difficult|much) (?:for (?:{YOU}) )?to (?:(?:just|even|at least) )?(?:send|answer|reply|respond|call|ring|text|write back|pick up|get back to me|say (?:hi|hello|something|anything|yes or no)){WE}`,
          String.raw`{WB}would (?:an?|one) (?:(?:quick|short|single|simple|two-minute|five-minute) )?(?:reply|answer|text|call|message|phone call|email) (?:really )?(?:kill|hurt) (?:{YOU}){WE}`,
          String.raw`{WB}(?:i'?m|im|i am) still waiting to hear (?:back|from (?:{YOU}))(?! (?:from|about) (?:the|my|a) ){WE}`,
          String.raw`{WB}only (?:fair|right|decent|reasonable) (?:that )?(?:i|we) (?:get|have|hear|receive|are given|am given) (?:an?|some|your|the) (?:(?:proper|real|honest|straight) )?(?:answer|reply|response|explanation|decision){WE}`,
          String.raw`{WB}how much longer (?:do|must|will|am|should|have) i (?:(?:have|got|need|supposed|meant|expected|going) to )?(?:wait|be kept waiting|keep waiting|hang on|sit here|wait around){WE}|{WB}how long (?:do|must) i (?:have to|keep) (?:wait|waiting){WE}`,
          String.raw`{WB}the longer (?:{YOU}) (?:leave it|wait|take|keep me waiting|drag (?:this|it) out|stay (?:silent|quiet)|put (?:this|it) off)[^.!?\n]{0,10}?,? the (?:harder|worse|less likely){WE}`,
          String.raw`{WB}i (?:can'?t|cannot|cant|won'?t|will not) (?:keep )?(?:put(?:ting)?|hold(?:ing)?) my (?:life|whole life|future) on hold(?: (?:forever|any longer|indefinitely|much longer))? (?:waiting (?:on|for) |for )(?:{YOU}|your){WE}`,
          String.raw`{WB}(?:i'?d|i would) rather (?:know|hear|have (?:an|the|your) answer)[^.!?\n]{0,30}? than (?:be |being |to be )?(?:kept|left) (?:dangling|hanging|in limbo|guessing|waiting){WE}`,
          // "A reply would be nice", "put me out of my misery", "I'm not going to wait around forever", "just say something".
          String.raw`{WB}(?:an?|some|your) (?:(?:quick|short|simple|proper|straight) )?(?:reply|answer|response|yes or no|call|text|decision)(?: back)? (?:would be|'d be) (?:nice|good|great|appreciated|helpful|polite|decent)${SOFT}(?![^.!?\n]{0,40}?(?:about|on|re|regarding) (?:the|your|ur|our) (?:${JOINT_BELONGINGS}))`,
          String.raw`{WB}put me out of my misery{WE}`,
          // Non-native and formal: "I am waiting since long time", "I request you to kindly give reply soon", "don't
          // delay", "I hope to receive your answer at the earliest". Not "I hope to hear from you soon" (a polite close).
          String.raw`{WB}(?:i am|i'?m|im) (?:still )?waiting (?:for (?:your|ur) (?:answer|reply|call|response|decision) )?since (?:a long time|long time|long|(?:two|three|four|five|six|many|\d+) (?:days|weeks|months)){WE}`,
          String.raw`{WB}(?:i )?(?:request|am requesting|requesting) (?:you )?(?:to )?(?:kindly )?(?:give|send|reply|respond|revert|answer)[^.!?\n]{0,20}? (?:soon|at the earliest|asap|immediately|quickly|fast|without delay){WE}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|and|please|pls|kindly)[,]?\s+)?)(?:don'?t|do not|dont) delay(?=\s*(?:[.!,;\n]|$)| (?:any (?:more|longer)|your (?:answer|reply))){WE}`,
          String.raw`{WB}(?:hope|wish|want|like|expect) to (?:receive|get|have|hear) (?:your|ur|an?) (?:answer|reply|response|decision)[^.!?\n]{0,20}? (?:at the earliest|asap|immediately|without delay|at once){WE}`,
          // "I'll need to know by the weekend, one way or another", "No pressure, but I do need to know soon", "I'm
          // counting on hearing from you", "I'm sure you can spare two minutes to write back", "Tell me something, anything".
          String.raw`{WB}(?:by|before) (?:{DEADLINE}|the (?:weekend|end of the (?:week|month)))[^.!?\n]{0,20}?,? one way or (?:the )?(?:other|another){WE}`,
          String.raw`{WB}no (?:rush|hurry|pressure),? but (?:i )?(?:do |really |will |'ll )?need (?:to know|an answer|a reply|your answer|a decision) (?:soon|quickly|by|before|this week|shortly){WE}`,
          String.raw`{WB}(?:i'?m|im|i am) (?:counting|relying|banking) on (?:hearing (?:from|back from) (?:{YOU})|(?:your|an) (?:answer|reply|call|decision)){WE}${SOFT}`,
          String.raw`{WB}(?:i'?m sure|surely) (?:{YOU}) (?:can|could) (?:at least )?(?:spare|find)[^.!?\n]{0,20}? to (?:write back|reply|answer|call|ring|text|respond|get back){WE}`,
          String.raw`${SENTENCE_START}(?:just |please )?(?:say|tell me) (?:something|anything),? (?:anything|please|pls)(?=\s*(?:[.!?,;\n]|$))`,
          String.raw`{WB}i (?:won'?t|will not|can'?t|cannot|cant) wait (?:around )?(?:forever|for ever|indefinitely){WE}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:just|please|pls|so|now)[,]?\s+){1,2})say (?:something|anything)(?:,? (?:anything|please|pls))?(?=\s*(?:[.!?\n]|$))`,
        ].join('|'),
      ),
      questions: 'any',
      span: 'match',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'owed-said',
      // Twentieth round (probe eval/twentieth/ultimatum20-probe): obligation and urgency without "have to". Fairness or
      // decency named as their duty ("It's only fair that you tell me why", "It would only be decent of you to return my
      // calls", "It's the bare minimum to give me a reason", "You could at least tell me to my face"), what the writer is
      // owed ("I think I deserve at least a proper explanation", "All I want is a
      // straight answer"), the demand made small ("I'm not asking much, just a phone call"), a hurry ("The sooner you
      // answer, the better", "I really need an answer from you, and soon", "I'll be waiting by my phone tonight", "so
      // decide", "I want your answer before you go to bed", "Make your choice before I leave", "I'd appreciate a reply by
      // Friday", "Tell your mum the truth or we're done"). Not "It's only fair that I tell you…", not "You deserve an
      // explanation", not "I'm not asking much of you, or anything at all", not "The sooner I accept this, the better".
      re: sp(
        [
          // Twenty-first round (space21's after batch, spent): what the reader owes, named as a debt ("You owe me an
          // apology", "I just think you owe the kids an explanation"); not "you don't owe me an explanation", not "I owe you".
          String.raw`{NOT_NEGATED_WORD}{WB}(?:you|u) (?:still |really |at least |surely |definitely )?owe (?:me|us|the kids|the children|our (?:kids|children|son|daughter)|(?:my|your|ur) (?:mum|mom|mother|dad|father|family|parents|sister|brother)|everyone|everybody|them) (?:at (?:the very )?least )?(?:an?|one|the|some|a proper|an honest) (?:proper |honest |real |full |decent )?(?:apology|explanation|answer|conversation|phone call|call|reason|goodbye|sorry|chance)(?![\p{L}])`,
          String.raw`{WB}(?:it'?s|it is|its|it'?d be|it would be|it'?d only be|it would only be|that'?s|that is|that would be) (?:only |just |surely |simply )?(?:fair|right|decent|reasonable|polite|the (?:decent|right|fair) thing|common courtesy|basic (?:courtesy|decency|respect)|good manners) (?:that (?:you|u)|for (?:you|u) to|of (?:you|u) to) (?:at least |just |finally )?(?:tell|give|explain|answer|reply|respond|return|call|ring|text|write|let me|hear me|meet|see me|talk|sit down|say|come|get back|own up|admit|pick up|face)(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:it'?s|it is|its|it'?d be|it would be|surely it'?s) (?:only |just |simply )?(?:common courtesy|basic (?:courtesy|decency|manners)|good manners|(?:only )?polite) to (?:(?:reply|answer|respond|write back)(?: (?:to )?(?:me|this|my (?:letter|messages?|texts?|calls?)))?|get back to me|return my (?:calls?|messages?|letters?|texts?))(?=\s*(?:[.!,;\n]|$))${SOFT}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:it'?s|it is|its|that'?s|that is|surely that'?s|it'?d be|it would be) (?:just |only |surely )?(?:the )?(?:bare|absolute|very) (?:minimum|least) (?:(?:you|u) (?:can|could) do )?(?:to|is to) (?:(?:give|tell|send|show|offer) me|(?:answer|reply|respond|write back|get back to me|return my))(?![\w'])${CLAUSE_TAIL}`,
          String.raw`{NOT_NEGATED_WORD}{WB}(?:you|u) (?:could|can|might) at (?:the very )?least (?!have been|have (?:told|said|called|rung|texted|written|answered|replied|let|given)(?![\w']))(?:tell|answer|reply|respond|call|ring|text|write|let me know|give me|say|explain|look me|pick up|get back|acknowledge|meet|see me|talk|hear me out|have the (?:decency|courtesy))(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`{NOT_NEGATED_WORD}{WB}i (?:(?:really|at least|surely|still|honestly|think i|feel i|believe i)\s+)*(?:deserve to (?:know|hear|be told|understand) (?:why|the truth|what|where|whether|if|the reason)|(?:deserve|am owed|am entitled to) (?:at (?:the very )?least |at least )?(?:an? |some |the |one |your )?(?:(?:proper|real|honest|straight|simple|decent|full|clear|face-to-face|actual|personal|single|little|quick|final|direct)[ -])*(?:answer|answers|reply|response|explanation|call|conversation|talk|reason|closure|truth|yes or no|goodbye)(?![\w']))(?![^.!?\n]{0,40}?{WB}(?:if|when|whenever|one day|someday|eventually|but (?:i'?m|im|i am) not (?:asking|expecting|demanding)|but i (?:know|understand|don'?t expect))(?![\w']))${CLAUSE_TAIL}`,
          String.raw`{WB}(?:(?:i'?m|im|i am) not|it'?s not like (?:i'?m|im|i am)|(?:i'?m|im|i am) hardly) asking (?:for )?(?:much|a lot|too much|the world|the earth|the moon|anything (?:big|huge|unreasonable|much))(?: (?:of|from) (?:you|u))?[,;:—–]? (?:(?:just|only)\b|all i (?:want|ask|need) is|i just want)`,
          String.raw`{WB}all (?:i (?:want|ask|need|expect)|i'?m asking for|i ask of (?:you|u)) (?:from (?:you|u) )?is (?:an?|one|your|the|some) (?:(?:simple|straight|honest|proper|quick|real|clear|direct|single)[ -])*(?:answer|reply|response|explanation|yes or no|call|phone call|text|word|decision|truth|reason)(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`{WB}the sooner (?:you|u) (?:answer|reply|respond|decide|call|ring|text|write(?: back)?|get back to me|make up (?:your|ur) mind|tell me|let me know|come (?:back|home)|make (?:a|your|ur) (?:choice|decision)|pick up|talk to me)[^.!?\n]{0,25}?,? the (?:better|sooner|easier|quicker)(?![\w'])`,
          String.raw`{WB}i (?:(?:really|just|do|truly|honestly)\s+)*need (?:an?|your|some|the) (?:(?:honest|straight|proper|real|clear|final)\s+)?(?:answer|reply|response|decision|explanation)s?(?: from (?:you|u))?[^.!?\n]{0,20}?{WB}(?:soon|now|tonight|today|asap|quickly|this week|this weekend|right away|immediately|sooner rather than later)(?![\w'])(?! or later)(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|${JOINT_BELONGINGS}|forms?|paperwork|school|arrangements?|pick-?ups?|drop-?offs?){WE})${CLAUSE_TAIL}`,
          String.raw`{WB}(?:i'?ll be|i will be|ill be|i'?m|im|i am) (?:(?:sitting|waiting|right) (?:by|next to|beside|on|at)|by|next to|beside|glued to) (?:my|the) phone[^.!?\n]{0,20}?{WB}(?:tonight|all (?:night|evening|day|weekend)|until|till|til|for (?:your|ur|a|the) (?:call|answer|reply|text)|this (?:evening|weekend))(?![\w'])${SOFT}`,
          String.raw`(?<=(?:[,;—–]|^|[.!?\n])\s{0,3})(?:so|now) (?:just )?(?:decide|choose|pick(?: one)?|make up (?:your|ur) mind|make (?:your|ur|a) (?:choice|decision))(?: (?:already|now|today|tonight|for once|one way or the other))?(?=\s*(?:[.!\n]|$))`,
          String.raw`{WB}i (?:want|need|expect|'?ll need|'?ll want) (?:your|an?) (?:answer|reply|decision|response)[^.!?\n]{0,20}? (?:before|by the time) (?:you|u) (?:go to (?:bed|sleep|work)|sleep|leave for work|wake up)(?![\w'])${CLAUSE_TAIL}`,
          String.raw`${ORDER_START}(?:make (?:your|ur|a) (?:choice|decision)|make up (?:your|ur) mind|make (?:your|ur) mind up|decide|choose|give me (?:an|your) answer)(?![^.!?\n]{0,60}?{WB}(?:${JOINT_BELONGINGS}|tickets?|seats?|kids|children){WE})[^.!?\n]{0,20}? before (?:i|we) (?:leave|fly|move|sign|go back|get on|renew|book)(?![\w'])${CLAUSE_TAIL}`,
          String.raw`{WB}(?:i'?d|i would|id) (?:really |very much |much )?appreciate (?:an?|your|some) (?:answer|reply|response|decision|call|word)(?: from (?:you|u))? (?:by|before|no later than|within) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|(?:a|one|two|three|\d+) (?:days?|weeks?)|{DEADLINE})(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`${SENTENCE_START}(?:call|ring|phone|text|answer|reply|meet|decide|choose|tell|show up|turn up|write|give|pick|say|message|leave|stop|sign|admit|apologi[sz]e|end it|cut (?:him|her|them) off|come (?:back|home|to))(?![\w'])[^.!?\n]{1,60}?,? or (?:else )?(?:(?:we'?re|we are|it'?s|its|i'?m|im|i am|that'?s) (?:(?:really|so|just|officially) )?(?:done|over|finished|through|gone)|(?:i'?ll|i will|ill) (?:be gone|walk away|move on))(?![\w'])`,
          String.raw`(?<!biological ){WB}(?:the )?(?:time|clock)(?:'s| is) ticking(?! (?:on|away on) (?:my|the|our) (?:lease|parking|meter|visa|contract|offer))(?![\w'])`,
          String.raw`${ORDER_START}hurry(?: up)?,? (?:and |& |n )?(?:decide|choose|answer|reply|call|ring|text|make up (?:your|ur) mind|tell me|get back to me)(?![\w'])${CLAUSE_TAIL}`,
          String.raw`{WB}the (?:decent|right|fair|honourable|honorable|least) thing (?:to do )?(?:would be|is|'d be|'s) (?:for (?:you|u) )?to (?:tell me|answer|reply|call|ring|explain|come (?:and|to)|meet me|talk to me|give me|let me know|return my)(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:it'?s|that'?s|it is|that is|surely that'?s) (?:surely )?the (?:very )?least (?:you|u) (?:owe me|can do|could do)(?![\w'])${CLAUSE_TAIL}`,
          String.raw`{WB}(?:it'?s|it is|its|it'?d be|it would be|surely it'?s) (?:only |not unreasonable |perfectly |completely )?(?:fair|reasonable|normal|not (?:too much|unreasonable)) to (?:expect|ask for|want) (?:an?|some|your|one) (?:(?:proper|honest|simple|quick|straight)\s)?(?:reply|answer|response|explanation|call)(?![\w'])${CLAUSE_TAIL}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|and|just|please|pls)[,]?\s+){0,2})(?:don'?t|dont|do not) (?:disappoint me|let me down)(?: (?:again|this time))?(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}(?:i'?ll|i will|ill) (?:be )?wait(?:ing)? for (?:your|ur) (?:call|answer|reply|text|message)[^.!?\n]{0,10}? (?:tonight|today|this (?:evening|afternoon)|all (?:night|evening|day))(?![\w'])${SOFT}`,
          String.raw`{WB}(?:surely (?:i'?m|im|i am)|(?:i'?m|im|i am) (?:surely|at least)) worth (?:at least )?(?:an?|one|some|a single) (?:(?:phone|quick|short|simple)\s)?(?:call|phone call|reply|answer|text|conversation|explanation|letter|message)(?![\w'])`,
          String.raw`${ORDER_START}(?:choose|decide|think) wisely(?![\w'])${CLAUSE_TAIL}`,
          String.raw`{WB}i (?:really |just )?need (?:you|u) to (?:at least |just )?read (?:this|it|my letter)[^.!?\n]{0,10}? and (?:reply|answer|respond|write back|call|get back)(?![\w'])${SOFT}${CLAUSE_TAIL}`,
          String.raw`{WB}(?:an? )?(?:yes or (?:a )?no|answer|reply|decision)[^.!?\n]{0,10}?(?:by|before) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|{DEADLINE}) (?:is )?all i (?:need|want|ask)(?![\w'])`,
          String.raw`{WB}(?:an?|your|ur) (?:reply|answer|response|explanation|call back) (?:is|'s) (?:long |well |way )?overdue(?![\w'])`,
          String.raw`${ORDER_START}(?:(?:don'?t|dont|do not) drag|stop dragging) (?:this|it|things) out(?: any (?:longer|more))?(?![\w'])`,
        ].join('|'),
      ),
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'asked-as-duty',
      // Twentieth round: decency asked for in a question that leaves one answer: "Can you at least have the decency to
      // answer?", "Couldn't you at least have the courtesy to tell me yourself?". Not "Did he have the decency to tell you?".
      re: sp(
        [
          String.raw`{WB}(?:can'?t|can|could|couldn'?t|will|won'?t|would) (?:you|u) (?:(?:at least|please|just|even|not even) )*have the (?:decency|courtesy|good grace|guts|respect|manners) to(?![\w'])`,
          String.raw`{WB}(?:answer|reply|response|call|text|word|explanation|truth|yes or no|phone call)(?![\w'])[^.!?\n]{0,30}?,? (?:is|was) (?:that|it) (?:really |honestly |seriously )?(?:so|that|too) (?:hard|difficult|much to ask)(?=\s*\?)`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
  ],
  antipatterns: [
    // Twentieth round: what the writer is owed, denied or let go: "I don't think I deserve an answer", "I deserve an answer,
    // but I'm not expecting one".
    sp(
      String.raw`{WB}(?:don'?t|do not|dont|never) (?:think|feel|believe) (?:that )?i (?:deserve|am owed|'m owed)[^.!?\n]{0,40}|{WB}i (?:deserve|am owed|'m owed)[^.!?\n]{0,40}?,? but (?:i'?m|im|i am|i) (?:not|don'?t|do not) (?:asking|expecting|demanding|expect|need)[^.!?\n]{0,30}`,
    ),
    // Twentieth round: an order that comes after its own way out ("There's no rush at all; reply next month or next year"),
    // and a family saying reported ("My mum always said the least you can do is say thank you").
    sp(
      String.raw`{WB}no (?:rush|hurry|pressure)(?: at all| whatsoever)?[;,:—–]\s*(?:just )?(?:reply|answer|write(?: back)?|call|text|ring|get back to me)[^.!?\n]{0,40}|{WB}(?:said|says|used to say|would say|always said|told me|taught me|taught us)(?: that)? the (?:very )?least (?:you|u|one) (?:can|could) do[^.!?\n]{0,40}`,
    ),
    // Sixteenth round: a date asked about a joint belonging is logistics: "Please let me know by Friday whether you want
    // the sofa, the van comes Saturday".
    sp(
      String.raw`{WB}let me know[^.!?\n]{0,40}?{WB}(?:whether|if) (?:{YOU}) (?:want|need|'d like|would like|(?:are|'re) (?:keeping|taking|collecting)) (?:the|your|ur|our|any of (?:the|your|our)) (?:${JOINT_BELONGINGS}|rest of (?:your|ur|the) (?:things|stuff|boxes|clothes|books)){WE}`,
    ),
    // Logistics with a third party's reason, the shared list extended here: "I need to know by Friday if you want the sofa,
    // only because the charity collects on Saturday", "I need an answer about the kids' Christmas by the 1st, the school
    // needs to know".
    String.raw`^(?=[^\n]*?(?:(?:only |just )?because the (?:${BECAUSE_PARTIES})\b|\b(?:the|our|their|his|her) (?:${ASKING_PARTIES}) (?:needs?|wants?|has asked|asked|must have|requires?) (?:to know|an answer|numbers|it|a decision|confirmation)\b))[^\n]+`,
    // "please, please" is begging (pleading), not an order: "pls pls answer me im desperate" (a bounded window, as for
    // "I'm begging" below).
    sp(
      `(?:^|(?<=[.!?\\n]\\s{0,3}))[^.!?\\n]{0,60}?{WB}(?:please|pls|plz)[,!]?\\s+(?:please|pls|plz){WE}[^.!?\\n]{0,40}`,
    ),
    // The writer's own move announced whatever they think (persistence, not an order): "Whether you like it or not I'm
    // coming round on Saturday".
    sp(
      `{WB}whether (?:you|u) like it or not,? (?:i'?m|im|i am|i'?ll|i will|ill) (?:going to |gonna )?(?:keep |still )?(?:moving|coming|going|turning up|showing up|writing|calling|texting|be at|be outside|be round|be there|staying)(?:{WE}|\\s)`,
    ),
    // An offer that opens with its condition: "If you ever need anything, call me."
    sp(
      `if (?:{YOU}) (?:ever )?(?:need|want|fancy|feel|'d like|would like|wish|get the chance|are ever|'re ever)[^.!?\\n]{0,50}`,
    ),
    // A plea to be understood, about the writer: "you have to understand, I was terrified", "I need you to
    // understand this isn't about winning you back".
    sp(
      `{WB}(?:(?:you|u) (?:have to|need to|must|'ve got to|gotta)|i (?:really |just )?(?:need|want) (?:you|u) to) (?:understand|realise|realize|know),? (?:that )?(?:i|this (?:isn'?t|is not|wasn'?t|was not)|it (?:isn'?t|is not|wasn'?t|was not)|none of this|my){WE}`,
    ),
    // Their freedom, not a demand: "you must decide what's best for you", "you have to choose for yourself".
    sp(
      `{WB}(?:decide|choose|figure out|do) (?:(?:what'?s|what is|whatever'?s|whatever is) (?:best|right)|what (?:feels right|makes (?:you|u) happy|(?:you|u) want))(?: for (?:you|u|yourself))?{WE}|{WB}(?:decide|choose|do|find|know) (?:what'?s|what is|whatever'?s|whatever is) (?:good|better|healthy|correct|the best thing) for (?:you|u|yourself)(?! by| before| until| till){WE}|{WB}(?:decide|choose) for (?:yourself|urself){WE}`,
    ),
    // An invitation to a gathering, and the time they need: "You should come to Jamie's leaving do, everyone would
    // love it", "take the time you need to decide".
    sp(
      `{WB}(?:you|u) (?:really |totally |definitely )?should come to (?:the |a |our |my |[a-z]+'s )?(?:[a-z]+ )?(?:do|party|barbecue|bbq|reunion|gig|show|concert|drinks|picnic|match|quiz|birthday|christening|wedding|launch|exhibition|opening|play|recital|dinner party){WE}|{WB}(?:the time|as long as|however long|whatever time) (?:that )?(?:you|u) (?:need|needs) to{WE}`,
    ),
    // A visit tied to the kids' handover, not an order to meet: "I'll pop round on Sunday when I drop the kids back".
    sp(
      `{WB}when i (?:drop|bring|pick up|collect|fetch) (?:the kids|the children|the boys|the girls|them|[a-z]+) (?:off|back|over|round|up){WE}`,
    ),
    // The writer insisting on doing something for them: "I insist on paying for the vet".
    sp(
      `{WB}(?:i|we) (?:really )?insist(?:ed)? on (?!(?:seeing|hearing|getting|knowing|meeting|talking|speaking|having)\\b)[a-z]+ing{WE}`,
    ),
    // Logistics with a reason, not a demand on the heart: "I need an answer on the sofa by Friday, only because the van comes".
    sp(
      `{WB}(?:answer|decision|reply|word) (?:on|about) (?:the|your|my|our) (?:${JOINT_BELONGINGS}){WE}|{WB}(?:only |just )?because the (?:${LOGISTICS_PARTIES}){WE}`,
    ),
    // Idioms of recommendation, not demands: "you should see the garden now", "you have to try the new place".
    sp(
      `{WB}(?:you|u) (?:should|have to|must|need to|gotta|'ve got to) (?:see|try|taste|hear) (?:the|my|our|his|her|this|what|how){WE}`,
    ),
    // The writer's own excuses refused, not an order: "No excuses: I cheated, and I lied about it".
    sp(
      `{WB}(?:no excuses?|there'?s no excuse|i (?:have|make) no excuses?)[:,;—–-]?\\s+(?:i|i'?m|im|i'?ve|ive|it was)(?:{WE}|\\s)`,
    ),
    // The same said after the fault is owned, or alone after it: "that's on me, no excuses", "i never
    // showed up for u and thats on me. no excuses". An order's "no excuses" follows the order in its own
    // sentence ("We need to talk tonight, no excuses").
    sp(
      `(?:{WB}(?:(?:that'?s|thats|it'?s|its|that was|it was) (?:all )?on me|(?:my|all my) (?:fault|bad)|i (?:own|owned) (?:it|that)|i (?:messed|screwed|fucked) (?:up|it up)|i was (?:wrong|out of order))[,;:—–\\s]+|(?<=(?:^|[.!?\\n])\\s{0,3}))(?:and )?no excuses?(?: (?:at all|whatsoever|for (?:it|that|any of it)))?(?=\\s*(?:[.!…\\n]|$))`,
    ),
    // The writer's own moves, whatever the reader thinks (persistence, not an order): "I'm moving into the flat
    // across from yours whether you like it or not".
    sp(
      `{WB}(?:i'?m|im|i am|i'?ll|i will|ill) (?:going to |gonna )?(?:keep |still )?(?:moving|move|turning up|turn up|coming|come|going|go|showing up|show up|living|staying|stay|writing|write|calling|call|texting|text|running|run|be at|be outside|be round|be there)(?:{WE}|\\s)[^.!?\\n]{0,60}?whether (?:you|u) like it or not`,
    ),
    // Begging is pleading, not an order: "Give us one more try, I'm begging you", "Just meet me once, I'm pleading"
    // (a bounded window, so an order further on in an unpunctuated text is still read).
    sp(
      `(?:^|(?<=[.!?\\n]\\s{0,3}))[^.!?\\n]{0,60}?{WB}(?:(?:i'?m|im|i am) (?:begging|pleading)|i beg (?:you|u|of you)|(?:i'?m|im|i am) on my knees){WE}[^.!?\\n]{0,20}`,
    ),
    // The writer's own obligation: "I have to admit", "I need to tell you".
    sp(`{WB}(?:i|we) (?:have to|need to|must|should) (?:admit|say|tell|be honest|own)`),
    // Explicitly no demand: "there's no need to answer", "don't feel you have to".
    sp(
      `(?:no need|don'?t feel (?:like )?(?:you )?(?:have|need) to|not (?:asking|expecting|demanding)(?!,? i'?m telling)(?! (?:for )?(?:much|a lot|too much|the world|the earth|the moon)(?: (?:of|from) (?:you|u))?[,;:—–]? (?:just|only|all i)\\b)|without (?:any )?pressure)`,
    ),
  ],
  examples: [
    // Lead review (fourteenth): the same orders in other words.
    { flagged: 'Please [[just give me a yes or no tonight]].', pattern: 'bare-order' },
    { flagged: "[[Make your mind up]], it's not fair on either of us.", pattern: 'bare-order' },
    { notFlagged: 'Take your time to make your mind up, there is no rush at all.' },
    // Thirteenth round: a duty named before the order, and a polite hurry.
    {
      flagged: '[[You need to come and get the rest of your stuff this weekend]].',
      pattern: 'demand-said-otherwise',
    },
    { notFlagged: 'You should come and get your bike whenever suits, no rush.' },
    {
      flagged: "[[You'd best ring your mother-in-law and sort this out with me]].",
      pattern: 'demand-said-otherwise',
    },
    { notFlagged: "You'd better believe I missed you at the wedding." },
    { flagged: '[[You have to at least read this to the end]].', pattern: 'demand-said-otherwise' },
    { flagged: "[[Don't rush into anything with him]].", pattern: 'demand-said-otherwise' },
    { flagged: '[[Let me know by tonight, yeah]]?', pattern: 'tag-order' },
    { flagged: "[[Give me a ring when you get this, it's important]].", pattern: 'demand-said-otherwise' },
    { notFlagged: "If you ever give me a ring, and it's fine if you don't, I'll pick up." },
    { flagged: "[[You will come to Mum's birthday, you promised]].", pattern: 'demand-said-otherwise' },
    { flagged: '[[You need to stop hiding and face this]].', pattern: 'demand-said-otherwise' },
    { notFlagged: 'I need to stop hiding and face this, and this letter is me trying.' },
    { flagged: '[[Do the right thing and come home]].', pattern: 'demand-said-otherwise' },
    { flagged: '[[Think of the children and come back]].', pattern: 'demand-said-otherwise' },
    { notFlagged: "Think of the kids and come to the school play if you can, they'd love it." },
    { notFlagged: 'Do the right thing for you, and please stop worrying about me.' },
    {
      flagged: "The ball is in your court, and [[I'd appreciate an answer soon]].",
      pattern: 'demand-said-otherwise',
    },
    { notFlagged: "I'd appreciate an answer whenever you're ready, or none at all." },
    // Tenth round (letters review): a place, a time and a wait with no way out.
    {
      flagged: "[[I'll be at the café on Friday at eight, and I'll wait as long as it takes]].",
      pattern: 'waiting-there',
    },
    { flagged: '[[ill be outside ur work at 6 and ill wait till u come out]]', pattern: 'waiting-there' },
    { notFlagged: "I'll be in Leeds on the 12th, if you'd like to meet; if not, that's fine." },
    { notFlagged: "I'll be at Mum's all weekend and I'll wait until Monday to sort the car." },
    { flagged: "[[Take your time, but don't take too long]].", pattern: 'take-your-time-but' },
    // Twenty-first round (the lead): the disclaimer, then the need to know.
    {
      flagged: '[[No pressure, but my lease is up in March and I need to know]].',
      pattern: 'take-your-time-but',
    },
    { flagged: '[[no rush but i have to know lol]]', pattern: 'take-your-time-but' },
    { flagged: "[[I'm not pushing you, but I need a yes or no]].", pattern: 'take-your-time-but' },
    { notFlagged: 'No pressure, but I need to know if you want your records back before I move.' },
    { notFlagged: "No rush, but I'll need to know what time suits you for the handover." },
    { notFlagged: 'No pressure at all; I only need to know that you got this.' },
    // Twenty-first round (the lead's review): the plan made for both rules out the "no".
    {
      flagged: "[[I've bought us tickets for Paris in June, so you can't really say no now]].",
      pattern: 'already-arranged',
    },
    { flagged: '[[ive already booked the table so u have to come]]', pattern: 'already-arranged' },
    { notFlagged: "I've booked Paris for June, so I can't do the 14th, sorry." },
    { notFlagged: "I've already paid for the tickets, so you don't have to give me anything for yours." },
    { notFlagged: "You can't say no to your boss, I know, so don't worry about the Friday." },
    { flagged: "[[Whatever you decide is fine, as long as it's me]].", pattern: 'take-your-time-but' },
    {
      flagged: '[[Take all the time you need, as long as you choose us in the end]].',
      pattern: 'take-your-time-but',
    },
    { notFlagged: "Whatever you decide is fine, as long as it's right for you." },
    {
      flagged: '[[Take as long as you like, as long as your answer is yes]].',
      pattern: 'take-your-time-but',
    },
    { notFlagged: 'Take as long as you like, as long as your answer is really yours.' },
    { flagged: '[[I do need an answer before the lease runs out]].', pattern: 'demand-terms' },
    { notFlagged: 'Take all the time you need, as long as you look after yourself.' },
    { notFlagged: "Take your time, but don't feel you have to answer at all." },
    // Sixth round (eval/sixth/danger): an order softened by "if you'd like", "if you're up for it", "if you're ever in".
    {
      notFlagged:
        'Kindly do the needful and let me know if you are keeping the almirah, otherwise I will give it to my cousin.',
    },
    { notFlagged: "Write back if you'd like to, otherwise I'll leave it at that." },
    { notFlagged: "Call me if you'd like, I'm around all week." },
    { notFlagged: "Call me if you're ready." },
    { notFlagged: "Text me if you'd ever want a coffee." },
    { notFlagged: "Meet me for a walk on the Meadows if you're up for it." },
    { notFlagged: "Write back if you're happy to, and if not, that's fine." },
    { notFlagged: "Call me if you're ever in Glasgow." },
    { notFlagged: "Text me when you've landed, just so I know the flight was okay, if you don't mind." },
    { notFlagged: "Meet me halfway on the sofa thing, I'll take the armchair." },
    {
      notFlagged:
        'I need to know by Friday if you want the sofa, only because the charity collects on Saturday.',
    },
    { notFlagged: "I need an answer about the kids' Christmas by the 1st, the school needs to know." },
    { flagged: '[[Abeg call me now now]], I dey wait for you.', pattern: 'demand-said-otherwise' },
    { flagged: '[[Do the needful and reply to me at the earliest]].', pattern: 'demand-said-otherwise' },
    { flagged: 'Sit down [[and reply at the earliest]].', pattern: 'demand-said-otherwise' },
    { notFlagged: "I'll read the contract tonight and reply at the earliest." },
    {
      flagged: "Whatever you're doing when you read this, [[stop and write back to me]].",
      pattern: 'demand-said-otherwise',
    },
    { flagged: '[[Choose, him or me]].', pattern: 'demand-said-otherwise' },
    { flagged: "[[It's high time you made up your mind about us]].", pattern: 'demand-said-otherwise' },
    {
      flagged: '[[I should be obliged if you would reply by the end of the week]].',
      pattern: 'demand-said-otherwise',
    },
    { flagged: "[[All I'm asking is for you to call me tonight]].", pattern: 'demand-said-otherwise' },
    { flagged: "One proper conversation, [[it's not too much to ask]].", pattern: 'demand-said-otherwise' },
    { notFlagged: "A photo of the dog now and then would be lovely, I hope that's not too much to ask." },
    { flagged: 'Just [[come down]].', pattern: 'demand-said-otherwise' },
    { flagged: '[[Come over on Saturday so we can fix this]].', pattern: 'demand-said-otherwise' },
    { notFlagged: "Come over on Saturday so we can fix the shed, if you're free." },
    { flagged: '[[You must to call me]], is very important for me.', pattern: 'you-have-to' },
    { notFlagged: 'pls pls answer me im desperate' },
    { flagged: '[[Gonna need you to call me back today]].', pattern: 'demand-said-otherwise' },
    { flagged: 'Please [[revert with your decision by EOD]].', pattern: 'demand-said-otherwise' },
    { notFlagged: "I'll revert with the paperwork by EOD." },
    { flagged: '[[Pick a day and we are meeting, end of story]].', pattern: 'demand-said-otherwise' },
    { notFlagged: 'I was wrong, end of story.' },
    { flagged: "[[I'm expecting a call from you this evening]]." },
    { flagged: "[[Ye'll phone me the night, aye]]?", pattern: 'tag-said-otherwise' },
    { notFlagged: "You'll ring me when you land, yeah?" },
    { notFlagged: 'Do the needful with the car insurance when you get a minute, no rush.' },
    {
      notFlagged:
        "I'd be grateful if you could let me know by Friday whether you want the sofa, only because the van comes Saturday.",
    },
    { flagged: '[[Text back]]. Now.', pattern: 'demand-said-otherwise' },
    { notFlagged: 'Text back whenever you like, or not at all.' },
    { flagged: '[[You will sit down with me and explain yourself]].', pattern: 'demand-said-otherwise' },
    { flagged: "[[You're going to call me tonight]].", pattern: 'demand-said-otherwise' },
    { flagged: "[[I'll need an answer from you by the weekend]].", pattern: 'demand-said-otherwise' },
    { flagged: 'Just [[pick up]], Jess.', pattern: 'demand-said-otherwise' },
    { notFlagged: "I'll pick up, I promise, whenever you call." },
    { notFlagged: "Whether you like it or not I'm coming round on Saturday to talk." },
    { notFlagged: 'PLEASE come home.' },
    { flagged: "There's no clock on this, [[but my patience is running out]].", pattern: 'insist' },
    { flagged: '[[Come back home]], the kids need you.', pattern: 'insist' },
    { flagged: "Take your time, [[but don't take forever]].", pattern: 'insist' },
    { notFlagged: "Don't you dare make out this was all on me." },
    { notFlagged: "I'll be at your door on Saturday morning whether you like it or not." },
    { notFlagged: "Come home whenever you're ready." },
    { flagged: '[[You will ring me on Sunday]], and we will sort this like adults.', pattern: 'insist' },
    { flagged: '[[Quit stalling and tell me what you want]].', pattern: 'insist' },
    // Lead review (thirteenth round): the answer about a chance, demanded.
    { flagged: '[[just tell me if theres any chance at all]].', pattern: 'bare-order' },
    { flagged: 'Please [[just tell me if there is still a chance]].', pattern: 'bare-order' },
    { notFlagged: "If you ever want to, tell me if there's a chance we could be friends." },
    { notFlagged: "Stop me if you've heard this one." },
    { notFlagged: "You'll ring me on Sunday if you're free, no pressure." },
    { flagged: '[[Please revert back to me urgently]].', pattern: 'do-it-now' },
    { flagged: '[[You are expected to call me]].', pattern: 'insist' },
    { flagged: 'oi, [[pick up ur phone]]', pattern: 'insist' },
    { flagged: '[[Think hard]].', pattern: 'insist' },
    { flagged: '[[u answer by sunday]]', pattern: 'insist' },
    { flagged: "[[You'd best answer me]].", pattern: 'you-have-to' },
    { notFlagged: 'Ring me if you ever fancy a natter, no bother if not.' },
    { notFlagged: 'Think hard about what you want, and take as long as you need.' },
    { notFlagged: 'Pick up the phone whenever you like.' },
    { flagged: '[[You need to face me like an adult]].', pattern: 'you-have-to' },
    { flagged: '[[You should think about us again]].', pattern: 'you-have-to' },
    { flagged: '[[You have to make your choice]].', pattern: 'you-have-to' },
    { flagged: '[[pls decide b4 the weekend]]', pattern: 'do-it-now' },
    { flagged: '[[Make your decision before Sunday]].', pattern: 'do-it-now' },
    { flagged: 'Sit down with me, [[you owe us that much]].', pattern: 'urgency-demand' },
    { flagged: '[[We cannot leave it like this]].', pattern: 'insist' },
    { flagged: '[[It is necessary that you come to Pune]].', pattern: 'insist' },
    { flagged: "[[You're to ring me when you land]].", pattern: 'insist' },
    { flagged: '[[Just admit it]].', pattern: 'insist' },
    { flagged: "[[Don't leave it too long]].", pattern: 'insist' },
    // Twelfth round (eval/twelfth/pitfalls12): a debt owed to the couple, a non-native "write me", "don't leave it
    // months again".
    {
      flagged: '[[I just think you owe it to both of us to be honest about why you left]].',
      pattern: 'insist',
    },
    { flagged: '[[u owe it to what we had to at least talk]]', pattern: 'insist' },
    { notFlagged: "You don't owe it to me or to anyone to explain yourself." },
    { notFlagged: 'You owe it to yourself to be happy, and I mean that.' },
    { notFlagged: 'I owe it to both of us to be honest, so here it is: I cheated.' },
    { flagged: 'I wait your answer. [[Please write me soon]].', pattern: 'bare-order' },
    { notFlagged: 'Write me whenever you like, or not at all.' },
    { notFlagged: 'You used to write me a note every morning, and I kept them all.' },
    { flagged: "You know where I am. [[But don't leave it months again]].", pattern: 'insist' },
    {
      notFlagged:
        "I won't leave it months again before I write; I'll send a card at Christmas if that's alright.",
    },
    { flagged: "[[It's up to you to fix this]].", pattern: 'insist' },
    { flagged: '[[I need to know where we stand]].', pattern: 'insist' },
    { notFlagged: 'Reply in a week, a year, or never; any of those is alright by me.' },
    { notFlagged: "No excuses: I lied, and I'm sorry." },
    { flagged: '[[Be home by 8pm]]. No excuses.', pattern: 'insist' },
    { notFlagged: "I'll be home by 8pm, so ring whenever suits you." },
    { notFlagged: 'i never showed up for u when ur dad was sick and thats on me. no excuses' },
    { notFlagged: 'I walked out on you at the wedding, that was on me, no excuses.' },
    { notFlagged: 'I forgot your birthday. My fault, no excuses at all.' },
    { notFlagged: "I'm moving to Leeds whether you like it or not." },
    { notFlagged: "Give us one more try, I'm begging you." },
    { notFlagged: "I'll admit it, I was wrong." },
    { notFlagged: "I need to know you're safe." },
    { notFlagged: "Don't wait too long to see the doctor about that knee." },
    { notFlagged: 'You will come to see that I was right.' },
    { notFlagged: "It's up to you, and I mean that." },
    { flagged: '[[You have to call me tonight]].', pattern: 'you-have-to' },
    { flagged: '[[u need to make up ur mind]], i cant keep living like this.', pattern: 'you-have-to' },
    { flagged: 'Sarah, [[you must give us another chance]].', pattern: 'you-have-to' },
    { flagged: "[[You'd better answer this letter]].", pattern: 'you-have-to' },
    { flagged: '[[I need you to answer me]], even if it is just one word.', pattern: 'i-need-you-to' },
    { flagged: '[[Please text me back asap]].', pattern: 'do-it-now' },
    { flagged: '[[Ring me]].', pattern: 'bare-order' },
    { flagged: 'ok ive thought about it all week pls [[just read this]]', pattern: 'bare-order' },
    { flagged: 'It has been a week, so [[just talk to me]].', pattern: 'bare-order' },
    // Sixteenth round: the wait told is pressure of its own.
    { flagged: '[[I have waited long enough]].', pattern: 'asked-sideways' },
    {
      flagged: 'also ur mum messaged me, [[she thinks we should sort it out]]. just saying',
      pattern: 'asked-sideways',
    },
    {
      notFlagged:
        'Your mum thinks we should sort out the furniture before the lease ends, so let me know a day.',
    },
    {
      flagged: 'i know u said u needed space but [[its been three weeks and honestly thats long enough]]',
      pattern: 'asked-sideways',
    },
    { flagged: "[[Surely you've had enough time to think by now]].", pattern: 'asked-sideways' },
    { notFlagged: "It's been three weeks, and that's not long enough for either of us to know anything." },
    { notFlagged: "You've had enough on your plate this year without me adding to it." },
    { flagged: '[[Be at the bench by the river on Saturday at noon]].', pattern: 'bare-order' },
    { flagged: "[[Don't make any decision before we have spoken]].", pattern: 'bare-order' },
    { flagged: '[[The least you can do is read this to the end]].', pattern: 'urgency-demand' },
    { flagged: '[[We need to talk]], face to face.', pattern: 'urgency-demand' },
    { flagged: 'I miss you. [[Call me right now]].', pattern: 'do-it-now' },
    { flagged: '[[I deserve an explanation]].', pattern: 'urgency-demand' },
    { flagged: 'After three years, [[you owe me a conversation]].', pattern: 'urgency-demand' },
    { flagged: "[[The clock's ticking]], Emma.", pattern: 'urgency-demand' },
    { flagged: "[[Time's running out]].", pattern: 'urgency-demand' },
    { notFlagged: "Time's running out on my visa, so I'm heading home in June." },
    { flagged: "[[It's time you faced up to this]].", pattern: 'urgency-demand' },
    { flagged: '[[We have to sort this out before Christmas]].', pattern: 'urgency-demand' },
    { flagged: "[[I'm going to need an answer soon]].", pattern: 'urgency-demand' },
    { flagged: "[[You'd better think carefully before you throw this away]].", pattern: 'urgency-demand' },
    { notFlagged: "It's time you took a holiday, you've earned it." },
    { notFlagged: 'We have to sort out the car insurance before March, I can do it if you like.' },
    { notFlagged: "You'd better bring a coat if you come to the reunion, it's freezing up here." },
    // Eleventh round: the debt as a floor ("the least you owe me is…"), pressure as well as guilt (guilt reads it too).
    { flagged: '[[The least you owe me is a proper conversation]].', pattern: 'demand-terms' },
    { notFlagged: 'The least I owe you is an honest letter.' },
    { flagged: "[[Don't keep me waiting]].", pattern: 'urgency-demand' },
    { flagged: "[[You can't just keep ignoring me forever]].", pattern: 'urgency-demand' },
    { notFlagged: "If you ever feel like talking, I'm here." },
    { notFlagged: "I won't pressure you, and you don't have to answer." },
    { notFlagged: 'I have to admit I was wrong.' },
    { notFlagged: "Please don't feel you have to answer me right away." },
    { notFlagged: "I'm not saying you have to call me." },
    { notFlagged: 'Call me whenever you like, or not at all.' },
    { notFlagged: 'You need to know that I still care about you.' },
    { notFlagged: 'You should be proud of how far you have come.' },
    { notFlagged: "I'll call you tonight if that's okay, and if it isn't, I understand." },
    { notFlagged: 'My dad always said "you must call your mother every Sunday".' },
    { notFlagged: 'You deserve an explanation, so here it is.' },
    { notFlagged: 'Do you have to work this weekend?' },
    { notFlagged: 'Text me tonight if you feel like it.' },
    { notFlagged: 'Call me sometime, or not, it is completely up to you.' },
    { notFlagged: 'Tell me what you think, if you ever want to.' },
    { notFlagged: 'We should get coffee sometime.' },
    { notFlagged: 'If you ever need anything, call me.' },
    { notFlagged: 'My friends call me every day to check on me.' },
    { notFlagged: 'Call me old-fashioned, but I wanted to write this by hand.' },
    { notFlagged: 'Call me if you ever need anything at all.' },
    { flagged: "[[Come to the station on Friday or don't bother coming at all]].", pattern: 'demand-terms' },
    { flagged: 'Just [[come over tonight and we can talk]].', pattern: 'demand-terms' },
    { flagged: '[[This cannot wait any longer]].', pattern: 'demand-terms' },
    { flagged: '[[I expect you at my flat on Saturday]].', pattern: 'demand-terms' },
    { flagged: 'Kindly [[do me the courtesy of an answer]].', pattern: 'demand-terms' },
    { flagged: "It's [[the least you can do]].", pattern: 'demand-terms' },
    { flagged: "[[I'll come round after work so we can sort this out]].", pattern: 'demand-terms' },
    { flagged: '[[Stop hiding behind your friends and face me]].', pattern: 'demand-terms' },
    { flagged: '[[You return my keys by the weekend]].', pattern: 'demand-terms' },
    { notFlagged: "Text me whenever, or don't." },
    { notFlagged: "Come back whenever you're ready, there's no rush." },
    { notFlagged: 'I expect you are busy with the new job.' },
    { notFlagged: "I'll come round to drop off your books if that's okay with you." },
    { notFlagged: 'It can wait until you are ready.' },
    { notFlagged: "I hope you'll read this to the end, but you don't have to." },
    // "important" ends in "nt" but negates nothing (NOT_NEGATED_WORD).
    { flagged: 'I know the job is important and [[you have to choose]].', pattern: 'you-have-to' },
    { flagged: '[[Get in touch as soon as you read this]].', pattern: 'do-it-now' },
    { flagged: "I [[won't take no for an answer]].", pattern: 'demand-terms' },
    { flagged: '[[Make time for me this week]], please.', pattern: 'demand-terms' },
    { notFlagged: "I don't need an answer." },
    { notFlagged: 'Make time for yourself this year, you deserve it.' },
    { notFlagged: "You're going to have to forgive my handwriting." },
    { flagged: "[[I'm not leaving until you talk to me]].", pattern: 'demand-terms' },
    { flagged: "[[It's only fair that you give me a chance to explain]].", pattern: 'demand-terms' },
    { notFlagged: 'I insist you keep the ring, it was always yours.' },
    { notFlagged: "It's only fair that you hear it from me first." },
    { notFlagged: "I want an answer only if you're ready to give one." },
    { flagged: '[[I demand to see you]].', pattern: 'demand-terms' },
    { flagged: "We're talking about this [[whether you like it or not]].", pattern: 'demand-terms' },
    { flagged: "[[I'm not asking, I'm telling you]]: we're having this conversation.", pattern: 'insist' },
    { flagged: '[[You have a responsibility to this family to at least try]].', pattern: 'insist' },
    { flagged: "[[I'm owed an explanation]].", pattern: 'insist' },
    { flagged: '[[The kids need you to come home]].', pattern: 'insist' },
    { flagged: '[[You really ought to hear my side before you decide anything]].', pattern: 'insist' },
    { flagged: '[[we need to talk like today]]', pattern: 'insist' },
    { flagged: "Let's get dinner, [[don't stand me up]].", pattern: 'insist' },
    { flagged: '[[Text me back, ok]]?', pattern: 'tag-order' },
    { notFlagged: 'You should see the garden now, the roses came back.' },
    { notFlagged: 'Ring me if the boiler plays up again, I know how it works.' },
    { notFlagged: 'Come home safe from Peru.' },
    { notFlagged: "I'm not asking you to come back, and I'm not expecting a reply." },
    { notFlagged: "I'm owed nothing, and I know it." },
    { notFlagged: "Please come to Mum's party if you feel up to it." },
    { notFlagged: "I need you to know that I'm sorry." },
    { notFlagged: 'text me when u land safe x' },
    { notFlagged: "Tell me honestly if you'd rather I didn't write again." },
    { notFlagged: 'You have to understand, I was terrified back then.' },
    {
      notFlagged:
        "I'll pop round on Sunday when I drop the kids back so we can talk it all through properly.",
    },
    { notFlagged: 'text me when ur home so i know ur safe, thats all' },
    { notFlagged: "I insist on paying for the vet, it's the least I can do." },
    { flagged: '[[I insist on seeing you]].', pattern: 'urgency-demand' },
    { notFlagged: "You should come to Jamie's leaving do, everyone would love it." },
    { notFlagged: 'Take the time you need to decide, I mean that.' },
    { flagged: '[[You should come to my flat on Saturday]].', pattern: 'you-have-to' },
    { notFlagged: "I need you to understand this isn't about winning you back." },
    { notFlagged: "You must decide what's best for you, and I'll live with it." },
    // Twelfth round: the same freedom in non-native English.
    { notFlagged: 'You must decide what is good for you, not for me.' },
    { notFlagged: 'You have to do what is better for you, I understand.' },
    { flagged: '[[You must decide by Friday what is good for us]].', pattern: 'you-have-to' },
    // Twelfth round: formal and non-native demands.
    { flagged: 'I am waiting your call, [[please do not make me wait long]].', pattern: 'urgency-demand' },
    { flagged: '[[I expect you will call me soon]].', pattern: 'insist' },
    { flagged: '[[I trust you will do the right thing and come home]].', pattern: 'insist' },
    { notFlagged: 'I trust you will make the right choice for yourself, whatever it is.' },
    { notFlagged: "I expect you'll call when you're ready, and that's fine." },
    { flagged: '[[It is your duty as my wife to return]].', pattern: 'insist' },
    { notFlagged: "It's your duty to look after yourself first, you always forget that." },
    { notFlagged: "It's your duty to yourself to be happy." },
    { flagged: '[[You will call me when you read this]].', pattern: 'insist' },
    { notFlagged: 'You will call me when you are ready, or not at all, and both are fine.' },
    { flagged: '[[Kindly let me know your decision at the earliest]].', pattern: 'do-it-now' },
    { flagged: '[[You must think of the children and come back]].', pattern: 'demand-terms' },
    { notFlagged: 'I need an answer on the sofa by Friday, only because the removal van comes Saturday.' },
    { flagged: 'I need you to understand that [[you have to choose]].', pattern: 'you-have-to' },
    // Fourteenth round (danger14): the question that corners, a debt with "at least", and a hope that is no order.
    { flagged: '[[So when are you going to give me a straight answer]]?', pattern: 'cornering-question' },
    { flagged: "[[Why won't you just pick up the phone]]?", pattern: 'cornering-question' },
    { flagged: '[[how long r u gonna act like 3 years didnt happen]]', pattern: 'cornering-question' },
    {
      flagged: '[[Is it really too much to ask for ten minutes of your time]]?',
      pattern: 'cornering-question',
    },
    { notFlagged: "Why don't you come for tea sometime?" },
    { notFlagged: 'When are you going to Lisbon?' },
    { notFlagged: 'When are you going to tell me what you want for your birthday?' },
    { notFlagged: "I know it's a lot to ask, but would you keep the dog for a week?" },
    { flagged: '[[You at least owe me a phone call after nine years]].', pattern: 'urgency-demand' },
    { notFlagged: 'Maybe one day you will answer me about other things too.' },
    { flagged: '[[Why are you making me wait like this]]?', pattern: 'cornering-question' },
    { flagged: "[[What's it going to take for you to finally talk to me]]?", pattern: 'cornering-question' },
    { flagged: '[[Are you ever going to answer me]]?', pattern: 'cornering-question' },
    { notFlagged: 'Are you ever going to Portugal again? You loved it so much.' },
    { notFlagged: 'I need to know by Friday if you want the sofa.' },
    {
      flagged: '[[Surely you can spare five minutes for me after everything]].',
      pattern: 'cornering-question',
    },
    { notFlagged: 'Surely you can see how much you have grown this year.' },
    {
      flagged: '[[Kindly do not make everyone wait for your answer]], it is not fair on the elders.',
      pattern: 'insist',
    },
    { flagged: "[[don't keep us waiting]].", pattern: 'insist' },
    { notFlagged: "Don't make everyone wait for the cake, start without me." },
    { flagged: '[[Are you going to reply or not]]?', pattern: 'cornering-question' },
    { flagged: '[[r u gonna answer me or what]]', pattern: 'cornering-question' },
    { flagged: '[[Would it kill you to text back]]?', pattern: 'cornering-question' },
    {
      flagged: '[[would it be so hard for you to just say hi when we pass in the corridor]]',
      pattern: 'cornering-question',
    },
    { notFlagged: 'Are you going to the wedding or not? Either way, I will be kind.' },
    { notFlagged: 'Would it hurt you to see me there? Tell me, and I will stay away.' },
    { notFlagged: 'You used to say "would it kill you to text back", and you were right.' },
    // Sixteenth round (pitfalls16): the demand asked as a question or a favour, the wait told as a fact.
    { flagged: '[[Could you at least let me know]] either way by the weekend?', pattern: 'asked-sideways' },
    { flagged: '[[can u at least tell me]] if its over', pattern: 'asked-sideways' },
    { flagged: '[[Is one straight answer really too much to ask]]?', pattern: 'asked-sideways' },
    { flagged: '[[A phone call is the bare minimum]] after nine years.', pattern: 'asked-sideways' },
    { flagged: "Honestly, [[a reply isn't too much to ask]].", pattern: 'asked-sideways' },
    { flagged: "The [[ball's been in your court for a month]] now.", pattern: 'asked-sideways' },
    { flagged: "The [[ball is in your court and it's been there]] a while.", pattern: 'asked-sideways' },
    {
      flagged: "[[I'd need to hear from you before I sign]] for the flat in Cork.",
      pattern: 'asked-sideways',
    },
    { flagged: '[[I have to know before I accept]] the job in Bristol.', pattern: 'asked-sideways' },
    { flagged: '[[Sooner rather than later]] would be nice.', pattern: 'asked-sideways' },
    { flagged: "I'd like to [[hear back sooner rather than later]].", pattern: 'asked-sideways' },
    { flagged: 'just so you know, [[read receipts are on]]', pattern: 'asked-sideways' },
    { flagged: "[[I can see you've read my messages, so]].", pattern: 'asked-sideways' },
    { flagged: "[[I know you've seen them, and still nothing]].", pattern: 'asked-sideways' },
    { flagged: "[[I'm still waiting on you]], Dan.", pattern: 'asked-sideways' },
    { flagged: "[[I've been patient long enough]].", pattern: 'asked-sideways' },
    { flagged: 'Would you [[do me the favour of replying]] this time?', pattern: 'asked-sideways' },
    { flagged: "I think [[I'm entitled to an explanation]].", pattern: 'asked-sideways' },
    { flagged: "[[I'm entitled to some kind of answer]], even if it's no.", pattern: 'asked-sideways' },
    { flagged: 'Kindly revert, [[the matter has been long pending]].', pattern: 'asked-sideways' },
    { flagged: "[[Every day you don't reply is]] another day wasted.", pattern: 'asked-sideways' },
    { flagged: '[[Would it be so hard to just pick up the phone]]?', pattern: 'cornering-question' },
    {
      flagged: "[[I'm going to need some kind of answer by the end of the month]].",
      pattern: 'urgency-demand',
    },
    {
      flagged: '[[Kindly let me know your decision at your earliest convenience]], as my mother is asking.',
      pattern: 'do-it-now',
    },
    {
      notFlagged:
        'Let me know at your earliest convenience whether you want the desk, the movers come Monday.',
    },
    { notFlagged: "The ball's in your court, and I'm fine with however long that takes." },
    { notFlagged: "I'm waiting for your answer, whenever you're ready, and that's fine." },
    { notFlagged: "I've waited a long time to say this, so here goes." },
    { notFlagged: "I know you've read my letter, and thank you for that." },
    { notFlagged: 'I need to know before I sign the new lease whether you want to keep the sofa.' },
    { notFlagged: 'Please let me know by Friday whether you want the sofa, the van comes Saturday.' },
    { notFlagged: 'We should sell the car sooner rather than later, the insurance is due.' },
    { notFlagged: "Sooner rather than later I'll get the boxes out of your mum's garage, I promise." },
    { notFlagged: "I know it's a lot to ask, but could you keep Biscuit while I'm in hospital?" },
    { notFlagged: "I'm not entitled to anything from you, I know that." },
    { notFlagged: 'Take all the time you need, honestly.' },
    { notFlagged: "You don't owe me anything, least of all a reply." },
    { flagged: '[[Is it really so hard to send]] one text back?', pattern: 'asked-sideways' },
    { flagged: '[[Would a quick reply kill you]]?', pattern: 'asked-sideways' },
    { flagged: "It's been three weeks and [[I'm still waiting to hear back]].", pattern: 'asked-sideways' },
    {
      flagged: "I've given you weeks, I think it's [[only fair I get an answer]].",
      pattern: 'asked-sideways',
    },
    { flagged: '[[How much longer do I have to wait]] for you to decide?', pattern: 'asked-sideways' },
    { flagged: '[[The longer you leave it, the harder]] this gets for everyone.', pattern: 'asked-sideways' },
    { flagged: "[[I can't put my life on hold forever waiting on you]].", pattern: 'asked-sideways' },
    { flagged: "[[I'd rather know now than be kept dangling]].", pattern: 'asked-sideways' },
    { notFlagged: "I'm still waiting to hear back from the bank about the mortgage." },
    { notFlagged: 'How long do I wait before I put the deposit down?' },
    { notFlagged: "I put my life on hold for a year after Dad died, and I'm glad I did." },
    { notFlagged: 'Is it hard to find work out there? I hope the move went well.' },
    { flagged: "It's been two weeks, [[a reply would be nice]].", pattern: 'asked-sideways' },
    { flagged: 'Please just [[put me out of my misery]] and tell me.', pattern: 'asked-sideways' },
    { flagged: "[[I can't wait around forever]], you know.", pattern: 'asked-sideways' },
    // The tuning set reads "im not gonna wait forever" as an ultimatum alone (fourth/pressure), so it is left to that rule.
    { notFlagged: 'but im not gonna wait forever' },
    { flagged: 'The silence is killing me, just [[say something]].', pattern: 'asked-sideways' },
    { flagged: '[[I think after everything I deserve at least a yes or a no]].', pattern: 'urgency-demand' },
    { flagged: '[[Let me know soon, yeah]]?', pattern: 'tag-order' },
    { flagged: '[[Do not keep me in suspense any longer please]].', pattern: 'insist' },
    { notFlagged: "A reply would be nice, but there's no pressure at all." },
    { notFlagged: "An answer would be helpful about the sofa, the van's booked." },
    { notFlagged: 'Say something nice to your mum from me when you see her.' },
    { flagged: '[[Would it hurt to just let me know you got this]]?', pattern: 'cornering-question' },
    { flagged: "I'll need to know [[by the weekend, one way or another]].", pattern: 'asked-sideways' },
    { flagged: '[[No pressure, but I do need to know soon]].', pattern: 'take-your-time-but' },
    { flagged: "[[I'm counting on hearing from you]] before the holidays.", pattern: 'asked-sideways' },
    { flagged: "[[I'm sure you can spare two minutes to write back]].", pattern: 'asked-sideways' },
    { flagged: "[[Tell me something, anything]], I'm going mad here.", pattern: 'asked-sideways' },
    { notFlagged: 'Tell me something about the new job when you get the chance.' },
    { notFlagged: "I'm counting on you to take good care of Biscuit, you always did." },
    { flagged: 'My dear, [[I am waiting since long time]].', pattern: 'asked-sideways' },
    { flagged: '[[I request you to kindly give reply soon]].', pattern: 'asked-sideways' },
    { flagged: "Waiting for your reply eagerly, [[don't delay]].", pattern: 'asked-sideways' },
    { flagged: 'I [[hope to receive your answer at the earliest]] possible.', pattern: 'asked-sideways' },
    { flagged: '[[ok so when r u gonna text back]]', pattern: 'cornering-question' },
    { notFlagged: 'I hope to hear from you soon, whenever suits you.' },
    { notFlagged: "Don't delay seeing the dentist about that tooth." },
    // Twentieth round (probe eval/twentieth/ultimatum20-probe): obligation and urgency without "have to".
    { flagged: "[[It's only fair that you tell me why]].", pattern: 'owed-said' },
    { flagged: '[[It would only be decent of you to return my calls]].', pattern: 'owed-said' },
    { flagged: "[[It's the bare minimum to give me a reason]].", pattern: 'owed-said' },
    { flagged: '[[You could at least tell me to my face]].', pattern: 'owed-said' },
    { flagged: '[[I think I deserve at least a proper explanation after six years]].', pattern: 'owed-said' },
    { flagged: "[[I'm not asking much, just a phone call]].", pattern: 'owed-said' },
    { flagged: '[[All I want is a straight answer]], nothing more.', pattern: 'owed-said' },
    { flagged: '[[The sooner you answer, the better for both of us]].', pattern: 'owed-said' },
    { flagged: '[[I really need an answer from you, Tom, and soon]].', pattern: 'owed-said' },
    { flagged: "[[I'll be waiting by my phone tonight]].", pattern: 'owed-said' },
    { flagged: 'You know where I stand, [[so decide]].', pattern: 'owed-said' },
    { flagged: '[[I want your answer before you go to bed tonight]].', pattern: 'owed-said' },
    { flagged: '[[Make your choice before I leave for Leeds next Saturday]].', pattern: 'owed-said' },
    { flagged: "[[I'd appreciate a reply by Friday]].", pattern: 'owed-said' },
    { flagged: "[[Tell your mum the truth or we're done]].", pattern: 'owed-said' },
    { flagged: '[[Can you at least have the decency to answer]]?', pattern: 'asked-as-duty' },
    { flagged: '[[All I want is a straight answer, is that so hard]]?', pattern: 'asked-as-duty' },
    { notFlagged: "It's only fair that I tell you I've started seeing someone." },
    { notFlagged: 'The least I can do is be honest with you now.' },
    { notFlagged: "I'm not asking much of you, or anything at all really." },
    { notFlagged: 'The sooner I accept this, the better for me.' },
    { notFlagged: 'I waited by the phone all weekend, which was silly of me.' },
    { notFlagged: 'im not gonna wait by my phone, promise' },
    { notFlagged: "There's no rush at all; reply next month or next year." },
    { notFlagged: 'My mum always said the least you can do is say thank you.' },
    { notFlagged: "I don't deserve an answer, and I'm not expecting one." },
    { notFlagged: 'You could at least have told me before the party.' },
    { notFlagged: 'Did he at least have the decency to tell you himself?' },
    { notFlagged: 'Why is it so hard to say goodbye to a city?' },
    { notFlagged: "It's your choice, so take all the time you need to decide." },
    { flagged: '[[It would be common courtesy to reply]].', pattern: 'owed-said' },
    { flagged: '[[I deserve to know why]].', pattern: 'owed-said' },
    { flagged: "[[I'll be by the phone all evening waiting for your call]].", pattern: 'owed-said' },
    { notFlagged: "I don't think I deserve an answer, honestly." },
    { notFlagged: "I deserve an answer, but I'm not expecting one." },
    { notFlagged: "It's common courtesy to reply to a wedding invitation, my mum says." },
    { notFlagged: "I'm on the phone all day at work, so evenings are better." },
    { notFlagged: "I know I don't deserve to know why." },
    { flagged: "[[Time's ticking]], Dan.", pattern: 'owed-said' },
    { flagged: '[[Hurry up and decide]].', pattern: 'owed-said' },
    { flagged: '[[The decent thing would be to tell me yourself]].', pattern: 'owed-said' },
    { flagged: "[[I think it's fair to expect a reply]].", pattern: 'owed-said' },
    { flagged: "[[I'll wait for your call tonight]].", pattern: 'owed-said' },
    { flagged: "You promised, [[so don't let me down]].", pattern: 'owed-said' },
    { flagged: "[[Surely I'm worth one phone call]].", pattern: 'owed-said' },
    { notFlagged: "Time's ticking on the parking meter, so I'll keep this short." },
    { notFlagged: 'The decent thing is to tell you myself, so here it is.' },
    { notFlagged: 'The right thing would have been to tell you myself.' },
    { notFlagged: 'Hurry up and get better, the cat misses you.' },
    { flagged: '[[Choose wisely]], because I mean it.', pattern: 'owed-said' },
    { flagged: '[[I need you to at least read this and reply]].', pattern: 'owed-said' },
    { flagged: '[[A yes or no by Friday is all I need]].', pattern: 'owed-said' },
    { flagged: "[[I'd say a reply is overdue]].", pattern: 'owed-said' },
    { flagged: "[[Don't drag this out any longer]].", pattern: 'owed-said' },
    // Twenty-first round (space21's after batch, spent): the debt named.
    { flagged: '[[You owe me an apology]].', pattern: 'owed-said' },
    {
      flagged: "I'll respect your decision, [[I just think you owe the kids an explanation]].",
      pattern: 'owed-said',
    },
    { notFlagged: "You don't owe me an explanation, and I won't ask for one." },
    { notFlagged: 'I think I owe you an apology, and here it is.' },
    { notFlagged: "My reply is long overdue, and I'm sorry for that." },
  ],
})
