// An ultimatum: a deadline, or a condition on what the reader does with a hard consequence attached.
// "If you don't want to come back, I'll understand" is acceptance (a wish, not an act demanded), and
// "If you don't answer by Sunday, I'll understand" is left alone: what makes the ultimatum is the lever.

import {
  BARGAIN_LINK,
  CONFESS_NOW,
  ON_THEIR_CONFESSION,
  PAYER,
  PRICED_CHANGE,
  PRICED_TALK,
  RETURN_ASKED,
  THEIR_CONFESSION,
  THEIR_CONTACT,
  THEIR_RETURN,
  WHAT_IT_TAKES,
} from '../../../lexicon/en/bargain.js'
import {
  ASKING_PARTIES,
  BECAUSE_PARTIES,
  JOINT_BELONGINGS,
  LOGISTICS_PARTIES,
} from '../../../lexicon/en/logistics.js'
import { TEXTING_NEGATIONS } from '../../../lexicon/en/negation.js'
import { MUM_OR_DAD } from '../../../lexicon/en/people.js'
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

/** Runs the match on to the end of its clause group (before `. ! ? ;`), so the span holds the consequence. */
const TO_END = String.raw`(?:[^.!?\n;…]{0,150}?(?=\s*(?:[.!?\n;…]|$)))?`

/** A negation word, `n't` and texting forms included (the shared NOT_NEGATED macro misses "don't"). */
const NEGWORD = `(?:{WB}(?:not|never|no|nobody|without|${TEXTING_NEGATIONS})|n't){WE}`

/** What the reader is told to do (acts, not feelings: "if you don't want to" is not a demand). */
const ACT = `(?:answer|reply|respond|write(?: back)?|call|ring|text|message|dm|contact me|reach out|get back to me|get in touch|come back|come home|return|decide|choose|pick|make up (?:your|ur) mind|make a decision|meet(?: me)?|see me|show up|leave (?:him|her|them)|break up with|give (?:me|us|this|it) (?:a|another|one more|a second|one last|a last)|take me back|forgive me|say yes|call me|tell me|talk to me|speak to me|unblock me|end it with)`

/** The condition put on the reader, one alternative each (so the engine can prefilter them apart). */
const CONDS = [
  String.raw`{WB}if (?:{YOU}) (?:go through with|go ahead with|get back with|see (?:him|her|them) again)(?:{WE}|\s)`,
  String.raw`{WB}unless (?:{YOU}) (?:(?:finally|at least|actually)\s+)?[a-z]+`,
  String.raw`{WB}if (?:{YOU}) (?:still )?(?:don'?t|do not|dont|won'?t|wont|will not|can'?t|cant|cannot|refuse to|fail to)\s+(?:(?:even|ever|at least|just|finally|bother to)\s+)?(?!want|wish|feel|like|have time|need|mind|know|remember|agree|think|care|see|believe|understand|forgive|love)[a-z]+`,
  `{WB}if i (?:hear|get|receive|have) (?:nothing|no (?:answer|reply|word|response|news|call|letter))`,
  String.raw`{WB}if (?:{YOU}) (?:take|post|tell|sell|bring|publish|skip|miss|keep ignoring|keep (?:avoiding|blanking|blocking me|ghosting me)|say nothing|do nothing|come near|contact (?:him|her))(?:{WE}|\s)`,
  `{WB}should (?:it|that|this|the (?:money|payment|reply|answer|letter|explanation)|(?:your|ur) (?:reply|answer|letter|payment)) (?:fail to|not) (?:arrive|come|reach me|be paid|happen)`,
  String.raw`{WB}should (?:{YOU}) (?:fail to|not|choose not to|decide not to|refuse to)\s+${ACT}`,
  `{WB}should i not (?:hear|receive)`,
  // Twentieth round: silence kept by choice, a letter left unanswered: "Should you choose to remain silent", "If this
  // letter gets no answer".
  String.raw`{WB}should (?:{YOU}) (?:(?:choose|decide|prefer|wish) to )?(?:remain|stay|keep) (?:silent|quiet)(?:{WE}|\s)`,
  `{WB}if (?:this|my) (?:letter|message|note|text|email) (?:gets|receives|goes|meets with|is met with) (?:no (?:answer|reply|response)|unanswered|ignored)`,
  `{WB}unless i (?:hear|get|receive) (?:back |a reply |an answer |word )?(?:from (?:you|u))?`,
  String.raw`{WB}if (?:{YOU}) (?:still )?(?:don'?t|do not|dont|won'?t|wont|will not|can'?t|cant|cannot|didn'?t|didnt|refuse to|fail to)\s+(?:(?:even|ever|at least|just|finally|bother to)\s+)?${ACT}`,
  String.raw`{WB}unless (?:{YOU}) (?:(?:finally|at least|actually)\s+)?${ACT}`,
  `{WB}if i (?:don'?t|do not|dont|haven'?t|havent|have not) (?:hear|heard|get|got|receive|received|have)(?: (?:back|anything|an answer|a reply|a response|word))?(?: from (?:you|u))?`,
  `{WB}if (?:there'?s|there is) no (?:answer|reply|response|word)`,
  // "If by Easter you still haven't written", "if you're not at the airport", "If you fight me on it" (one entry, so
  // the long consequence list is compiled once for the three).
  String.raw`{WB}if (?:(?:the|your|ur) answer(?:'s| is) still (?:no|a no|nothing)|(?:by [^.!?\n,]{1,40}? )?(?:{YOU}) (?:still )?(?:haven'?t|havent|have not) (?:(?:yet|even|already) )?(?:answered|replied|responded|written|called|rung|phoned|texted|come back|come home|decided|got back|gotten back|been in touch|made up (?:your|ur) mind|said yes|chosen|said (?:anything|something|a word)|made (?:a|your|ur) (?:decision|choice)|got in touch)|(?:you'?re|you are|ur|u r|u'?re) not (?:there|beside me|by my side|with me|at (?:the|my|our) [\w']+|on (?:the|that) (?:train|plane|platform|flight))|(?:{YOU}) (?:fight|contest|challenge|drag|try to stop|go to (?:a|the) (?:lawyer|solicitor|court)))(?:{WE}|\s)`,
  String.raw`{WB}if (?:{YOU}) (?:don'?t|dont|won'?t|wont)(?=\s*,)`,
  `{WB}if (?:you'?re|you are|ur|u r|u'?re) (?:still )?(?:not (?:back|here|home|mine)|still (?:with|seeing|dating) (?:him|her|them|that))`,
  String.raw`{WB}if (?:{YOU}) (?:ignore|keep ignoring|stay with|go back to|go to|go out|choose|pick|keep seeing|stay silent|move in with|move to|move away|marry|sleep with|go out with|date|see him|see her|spend|walk away|throw|block|delete|leave me|still want)(?:{WE}|\s)`,
]

/** Dates the shared macro lacks: spelled ordinals, feasts, seasons, a named occasion ("before Diwali", "by the fifteenth"). */
const DATE_MORE = String.raw`(?:(?:the )?(?:(?:twenty|thirty)-?)?(?:sixth|seventh|eighth|ninth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|first|second|third|fourth|fifth)|diwali|eid|hanukkah|thanksgiving|ramadan|halloween|passover|anzac day|bonfire night|st\.? patrick'?s(?: day)?|(?:the )?(?:spring|summer|autumn|fall|winter)|the end of (?:the )?(?:spring|autumn|fall|winter|term|holidays)|(?:the|my|your|ur|our|(?:my|your|ur|our) \w+'s) (?:wedding|christening|party|hearing|mediation|funeral|graduation|birthday|anniversary|move))`

/** A date or delay. */
const DEADLINE = String.raw`(?:{WB}(?:by|before|until|till|til|within|in the next|no later than)\s+(?:(?:the )?weekend|christmas|new year'?s?(?: eve| day)?|easter|valentine'?s(?: day)?|(?:my|your|ur|our) (?:birthday|anniversary)|the holidays|the end of (?:the )?(?:year|summer)|(?:a|an|one|two|three|four|five|six|seven|ten|fourteen|twenty|thirty|a few|\d+)\s+(?:hours?|days?|weeks?|months?)|(?:the|this|next) (?:week|weekend|month|day)|{DEADLINE})|{WB}(?:by|before|until|till|til|no later than)\s+${DATE_MORE}|{WB}(?:tonight|today|tomorrow|this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday))){WE}`

/** A hard consequence: finality, loss, contact cut. "I'll understand" or "I'll respect that" is not one. */
const CONSEQ = String.raw`(?:(?:i'?ll|i will|i'?m|i am|im|we'?re|we are|we r|it'?s|it is|its|it'?ll be|that'?s|that is|then|you'?ll|you will|u'?ll|u will|then i'?ll|i'?m going to|i'?m gonna|consider (?:us|it|this))\s+(?:(?:just|really|simply|officially|finally|definitely|be)\s+)*(?:done|gone|out|over|finished|through|history|moving on|move on (?:for good|forever|for real|and never)|walk(?:ing)? away(?: for good| forever)?|leav(?:e|ing) (?:for good|forever|and never)|giv(?:e|ing) up on (?:us|you)(?: for good| forever)?|stop(?:ping)? (?:trying|waiting|caring)|never (?:speak to|talk to|write to|contact|see|hear from|come back)|find(?:ing)? someone (?:else|new)|block(?:ing)? (?:you|u|ur|your)|delet(?:e|ing) (?:your|ur|you|everything|our)|los(?:e|ing) me|never see me|never hear from me|too late|the end|over between us|burn(?:ing)? (?:your|ur|our|everything)|post|tell (?:everyone|your|all)|send (?:the|those|your|them|it)|show (?:everyone|your|the|those)|email|be the one (?:who|to)|have only yourself to blame|regret (?:it|this)|be sorry)|forget (?:about )?(?:me|us|it)(?: for good| forever)?|(?:i'?ll|i will|i shall|ill) (?:go|take|ask|invite|bring|find) (?:with )?someone else|(?:i'?ll|i will|i shall|ill) close (?:my heart|the door|my door)(?: to (?:you|u|us))?|don'?t (?:bother|ever) (?:coming back|calling|writing|contacting|texting|trying)|don'?t bother|don'?t expect me to (?:be (?:waiting|here|there|around)|wait|come back|take you back|forgive|answer|pick up|care)|(?:i shall |i will |i'?ll )?consider (?:the matter|this|our (?:relationship|marriage|engagement)|it|us|things) (?:closed|finished|over|ended|settled|done|at an end|to be (?:over|at an end|finished))|i shall (?:move on|not (?:write|contact|wait)|assume)|there'?s no (?:coming back|going back|second chance|turning back)|don'?t (?:come back|come crawling back|bother coming back)|that'?s it|i won'?t (?:be (?:here|waiting|around)|wait|take you back|forgive)|(?:everyone|everybody|every single person|people|(?:your|ur) (?:boss|office|family|parents|friends|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|colleagues))(?: at (?:your|ur) \w+)? (?:will|is going to|are going to|'?ll) (?:hear|know|see|find out|learn|get)|(?:i'?ll|i will|i shall|i'?m going to|i'?m gonna) (?:(?:just|simply|then)\s+)?(?:assume (?:(?:that )?(?:you'?ve|you have) (?:chosen|made|decided)|it'?s (?:over|a no)|we'?re (?:done|over|finished)|the worst|you don'?t care|(?:that )?(?:you'?re|you are|ur|u r|u'?re) (?:happy|fine|ok|okay|on board|alright|all right|good)(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|arrangements?|plans?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork){WE})|(?:that )?(?:it'?s|it is|that'?s) (?:fine|ok|okay|a yes|alright|all right|agreed)(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|arrangements?|plans?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork){WE})|(?:that )?(?:{YOU}) (?:agree|don'?t mind|do not mind|want me to|consent)(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|arrangements?|plans?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork){WE}))|take (?:it|that|this|your silence) as (?:a|your) (?:no|answer)|take (?:it|that|this|your silence|the silence) (?:as (?:a |your )?(?:yes|agreement|consent|permission|approval|a green light|(?:your )?blessing)|(?:that|to mean)(?: that)? (?:you'?re|you are|ur|u r|it'?s|it is|(?:{YOU}) (?:agree|don'?t mind|want|consent)))(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|arrangements?|plans?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork){WE})|act accordingly|keep (?:writing|calling|ringing|texting|messaging|coming round|coming over|turning up|showing up|knocking)(?! (?:in|into) (?:my|a|the) (?:journal|diary|notebook))|sign|sell|change the locks|give away|throw (?:out|away) (?:your|ur)|take the (?:kids|children|dog|house|car)|come to your|turn up|show up|make sure|write to (?:your|the)|get a (?:lawyer|solicitor)|see a (?:lawyer|solicitor)|contact (?:my|a|the|your) (?:lawyer|solicitor|boss|parents|family)|call (?:your|ur) (?:${MUM_OR_DAD}|boss|parents|wife|husband|sister|brother)|send (?:your|ur))|(?:you'?ll|you will|u'?ll) not (?:hear from|see) me|(?:and )?that'?s the end of (?:it|us|that|the matter|everything)|(?:it'?s|it is|that'?s|that is) (?:for good|forever|final|permanent)|(?:you|u) lose me|there'?s no (?:future|hope|way back|chance) for (?:us|you and me)|(?:i'?m|im|i am) leaving(?=\s*(?:[.!,;]|$)| (?:you|u|for good|this))|don'?t expect me to (?:follow|come with|join you|move|visit|stay|come)|(?:i'?m|im|i am) (?:selling|booking|leaving|moving out|signing|changing the locks|gone|done|out|taking (?:the|your|ur|half|everything|it|that|this|my|our)|deleting|blocking|telling|ringing|calling|reporting|keeping (?:the|your|ur)|cancelling|canceling|throwing|binning|filing|going (?:to (?:the )?(?:police|court|judge|lawyer|solicitor|papers)|back to)|on the (?:plane|train|next)|off)|(?:i'?ll|i will|i shall|i'?m going to|i'?m gonna|ill) (?:(?:just|simply|then|have to)\s+)?(?:tell (?:the|him|her|them|everyone|everybody)|(?:ring|call|phone) (?:the|your|ur|my)|report (?:you|u|it|this)|go to (?:the )?(?:police|court|judge|papers|press|lawyer|solicitor)|cancel|delete|take (?:your|ur|the|half|everything|back)|keep (?:the|your|ur)|have a (?:little |quiet |friendly )?(?:chat|word) with)|(?:this|it) (?:is|will be|'ll be|'s) the end (?:of (?:us|it|everything|this|the matter)|between us)|i (?:go back|ring|call|tell|report|take|delete|block|leave|sell|move on)(?![\p{L}])|(?:i'?m|im|i am) not (?:going to |gonna )?(?:stick|hang|wait)(?:ing)? (?:around|about)|i (?:won'?t|will not|wont) (?:be )?(?:stick|hang)(?:ing)? (?:around|about))`

/** Consequences said as an end of talking or a door shut on coming back, not in CONSEQ: "we have nothing more to say to
 * each other", "that will be the end of us", "don't ever think you can come back". */
const MORE_CONSEQ = String.raw`(?:we\s+(?:have|'ve\s+got|got|will\s+have)\s+nothing\s+(?:more|else|left|further)\s+to\s+(?:say|talk\s+about|discuss)|(?:there'?s|there\s+is|there\s+will\s+be)\s+nothing\s+(?:more|else|left)\s+(?:to\s+say|between\s+us)|(?:that|this|it)\s+(?:will|'ll|shall)\s+be\s+the\s+end\s+of\s+(?:us|it|this|everything|the\s+matter|our\s+\w+)|(?:don'?t|dont|do\s+not)\s+(?:ever\s+|even\s+)?(?:think|expect|imagine|dream)\s+(?:that\s+)?(?:you|u)\s+can\s+(?:(?:ever|just)\s+)?(?:come\s+back|walk\s+back|change\s+(?:your|ur)\s+mind|have\s+me\s+back)|(?:you|u)\s+(?:can|may)\s+forget\s+(?:about\s+)?(?:me|us|coming\s+back)|(?:this|that|it)\s+(?:is|'s)\s+goodbye(?:\s+for\s+good)?(?=\s*(?:[.!,;\n]|$))|we'?re\s+strangers|(?:it'?s|this is|that'?s|that will be|that'?ll be)\s+the\s+last\s+(?:you'?ll|you\s+will|u'?ll)\s+(?:ever\s+)?(?:hear|see)\s+(?:from|of)\s+me|we\s+(?:have|'ve\s+got|got)\s+no\s+future(?:\s+together)?|we\s+(?:don'?t|do\s+not)\s+have\s+a\s+future(?:\s+together)?|there'?s\s+no\s+future\s+(?:together|in\s+(?:this|us)))`

/** A condition of being ready or willing: "If you are not ready to commit by my birthday". */
const NOT_READY = String.raw`{WB}if\s+(?:you'?re|you\s+are|ur|u\s+r|u'?re)\s+(?:still\s+)?not\s+(?:ready|willing|prepared|serious|sure|able)(?![\w])`

/** Any answer accepted after all: the sentence is not an ultimatum. */
const ACCEPTED = String.raw`(?![^.!?\n]{0,80}?(?:{WB}i'?ll (?:understand|respect|accept)|{WB}i (?:will )?understand|{WB}no (?:pressure|worries|hard feelings|problem)|{WB}(?:that'?s|it'?s|that is|it is) (?:ok|okay|fine|alright|completely fine)))`

/** A deadline, or a day named as the one the consequence falls on: "on Monday", "next Friday", "on the 12th". */
const WHEN_GIVEN = String.raw`(?:${DEADLINE}|{WB}(?:on|next|this|come) (?:${WEEKDAYS}){WE}|{WB}(?:on|by) the \d{1,2}(?:st|nd|rd|th)?{WE})`

/** The writer's promise: "I'll", "I'm going to", "I promise I'll", "I'd". */
const WRITER_WILL = `(?:i'?ll|i will|ill|i shall|i'?m going to|im going to|i am going to|i'?m gonna|im gonna|i'?d|i would|i could|i can|(?:i'?m|im|i am|i'?d be|i would be) (?:ready|willing|prepared|happy) to|i (?:promise|swear)(?: (?:that )?(?:i'?ll|i will|ill|to))?)(?: (?:really|honestly|definitely|finally|happily|gladly|even|also|then|straight away|immediately|seriously|totally|actually|literally|just|truly))*`

/** Their return, said in the past as well ("if you took me back, I'd…"). */
const RETURN_ANY = String.raw`(?:(?:just|only|finally|agree to|decide to|will|'ll|would|'d)\s+)?(?:${THEIR_RETURN})`

/** The change said to follow on something else they do: "I'll stop shouting when you stop nagging", "I'll change when you change". */
const THEIR_CHANGE = String.raw`(?:${THEIR_CONTACT}|stop|start|change|quit|give up|learn to|make an effort|meet me halfway|do (?:yours|your part|your bit|the same))(?![\w'])`

/** Not a price when the change comes either way: "if you come back or not", "whatever you decide". */
const EITHER_WAY = String.raw`(?![^.!?\n]{0,40}?(?:{WB}or not{WE}|either way|regardless|whatever (?:you|u) (?:decide|choose)|no matter what|anyway{WE}))`

/** The writer's part after a confession is made: "we can talk", "I'll meet you", "I'm happy to meet", "we won't talk". */
const THEN_WE = `(?:(?:maybe|perhaps) )?(?:we (?:have|'ve got|got) nothing(?: (?:more|else|left))? to|we (?:can|could|will|might|may|shall)|we'?ll|i'?ll|i will|ill|i (?:can|could|might|may|shall)|(?:i'?m|im|i am) (?:happy|willing|ready|open|prepared|glad) to|happy to|(?:i|we) (?:won'?t|will not|wont|can'?t|cannot|can not))(?: (?:really|happily|gladly|then|finally|properly|actually|even|maybe|start to|begin to|try to))*`

export default defineRule({
  id: 'ultimatum',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Ultimatum',
  summary: 'A deadline, or a condition with a consequence, put on the reader.',
  message:
    'This reads as an ultimatum: with a deadline or a consequence hanging over them, they will feel cornered, and a cornered heart closes. Leave the door open instead, with no date and no "or else".',
  patterns: [
    {
      id: 'if-not-by-deadline',
      // "If you don't answer by Sunday…", "if u dont reply by tonight…", "If I don't hear from you by Friday…",
      // unless the sentence goes on to accept any answer ("…, I'll understand").
      re: sp(CONDS.map((c) => String.raw`${c}[^.!?\n]{0,60}?${DEADLINE}${ACCEPTED}${TO_END}`).join('|')),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'if-not-or-else',
      // "If you don't come back, we're finished", "Unless you leave him, forget about me".
      // The consequence ends at a word edge (eleventh round, helper 53's bare-ends list): "I'm out" must not read "I'm
      // outdoors all weekend", nor "we're over" "we're overseas".
      re: sp(CONDS.map((c) => `${c}{GAP}${CONSEQ}{WE}${TO_END}`).join('|')),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'demand-by-deadline',
      // An order or an expected reply with a date on it: "Answer me by tomorrow night", "I expect a reply within the week",
      // and the condition put on what the writer offers: "I'll give you space, so long as you answer by Friday".
      re: sp(
        String.raw`(?<=(?:(?:^|[.!?\n,;:—–(])\s{0,3}|{WB}(?:please|pls|plz|just|ok|okay)[,]?\s+|{WB}(?:(?:so|as) long as|provided(?: that)?|providing(?: that)?|on (?:the )?condition(?: that)?) (?:{YOU})\s+)(?:(?:please|pls|plz|just|so|now|and|then)[,]?\s+){0,2})(?:answer|reply|respond|write back|call me|ring me|text me|message me|decide|choose|make up (?:your|ur) mind|make a decision|make (?:your|ur|a) (?:choice|decision)|tell me|come back|come home|get back to me|give me (?:an|your) answer|meet me|be (?:at|there|here|home)|pick up){WE}[^.!?\n]{0,40}?{WB}(?:by|before|within|no later than|until|till)\s+(?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month|day)|the end of (?:next|this) (?:week|month)|(?:a|an|one|two|three|\d+)\s+(?:hours?|days?|weeks?)|{DEADLINE}){WE}(?![^.!?\n]{0,40}?(?:if (?:you|u) (?:can|want|like|feel)|if (?:that'?s|it'?s) (?:ok|okay|possible)|no pressure))${TO_END}|{WB}(?:(?:i|i'?m|im|i am)\s+(?:(?:really|still)\s+)?(?:expect|need|want|demand)(?:ing)?|(?:i'?m|im|i am|i'?ll be|i will be) (?:still )?waiting for|(?:i'?d|i would|id)\s+(?:(?:really|just)\s+)?(?:like|appreciate|want)) (?:an? |your |some )?(?:answer|reply|response|decision|call|word|explanation){WE}[^.!?\n]{0,40}?{WB}(?:by|before|within|no later than|until|till)\s+(?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month|day)|the end of (?:next|this) (?:week|month)|(?:a|an|one|two|three|\d+)\s+(?:hours?|days?|weeks?)|{DEADLINE}){WE}(?![^.!?\n]{0,40}?(?:if (?:you|u) (?:can|want|like|feel)|if (?:that'?s|it'?s) (?:ok|okay|possible)|no pressure))${TO_END}`,
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'deadline-given',
      // "You have until Friday to decide", "I'm giving you one week", "I won't wait forever".
      re: sp(
        String.raw`{WB}(?:(?:{YOU}|you'?ve|u'?ve)\s+(?:only\s+)?(?:have|got|get|have got|'ve got)|ye'?ve(?: got)?)\s+(?:(?:until|till|til|'til|up to|up until)\s+(?:(?:the )?(?:weekend|end|month[ -]end|week[ -]end)|{DEADLINE}|christmas|new year|easter|hogmanay){WE}|(?:exactly |only |just )?(?:a|an|one|two|three|four|five|seven|ten|fourteen|twenty|thirty|a couple of|a few|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)(?: from (?:today|now|the date of this letter|(?:the date of )?this letter))?(?=\s*(?:to|before|or|left|and then|then|after which|[,.!;\n]|$)))${TO_END}|{WB}(?:i'?ll|i will|i'?m|i am|im|i)\s+(?:only\s+)?(?:give|giving)\s+(?:you|u)\s+(?:(?:until|till|til|'til|up to|up until)\s+(?:(?:the )?(?:weekend|end|month[ -]end|week[ -]end)|{DEADLINE}|christmas|new year|easter|hogmanay){WE}|(?:exactly |only |just )?(?:a|one|two|three|four|five|seven|ten|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)(?=\s*(?:to|before|or|and then|then|,|[.!;\n]|$)))${TO_END}|{WB}(?:i'?ll|i will) (?:only )?give (?:it|this|us|you|u|things) (?:till|until|til|'til) [^.!?\n]{1,30}?,? (?:and )?(?:then|after that|after which),? ${CONSEQ}{WE}${TO_END}|{WB}(?:i'?m not|i am not|im not|i won'?t|i will not) (?:going to |gonna )?(?:wait|hang) (?:around|about) (?:forever|much longer|any longer|while (?:you|u)|for (?:you|u)|until (?:you|u)){WE}${TO_END}|{WB}(?:i'?ll|i will|i'?m|im|i am) (?:only )?(?:wait|waiting) (?:until|till|til) [^.!?\n]{0,30}?(?:,\s*|\s+)(?:(?:and|but)\s+)?(?:then|after that|not a day longer|no longer|that'?s it)${TO_END}|{WB}(?:i won'?t|i will not|i wont|i'?m not going to|i'?m not gonna|im not gonna|i am not going to) (?:wait|be waiting) (?:forever|much longer|any longer|around forever)${TO_END}`,
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'last-chance',
      // "This is your last chance", "It's now or never", "It's him or me", "Either you come back or I'm gone".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:ok|okay|so|right|well|and)[,]?\s+)?)(?:ur|your|you'?re on (?:your|ur)|youre on (?:your|ur)) (?:last|final|very last) (?:chance|warning)(?:,?\s+\p{L}+)?(?=\s*(?:[.!\n…]|$))|{WB}(?:(?:this is|it'?s|its|that'?s|this will be|consider this) (?:(?:really|truly|honestly|officially|definitely) )?(?:your|ur|our) (?:last|final|only|very last) (?:chance|shot|opportunity){WE}(?! (?:to|for) (?:see|catch|grab|book|buy|get|visit|try|sign up|enter|apply|vote|register|order|hear|join) (?:the|a|an|tickets?|their|his|her|that (?:show|film|exhibition|gig|offer|deal))(?! (?:two of us|future|relationship|marriage|family)){WE})|(?:{YOU}) (?:have|get|'ve got|have got) one (?:(?:last|final) )?(?:chance|shot)(?: at (?:this|it|us))?(?=\s*(?:[.!,;\n]|$| at (?:this|it|us)))|now or never|take it or leave it|(?:this is|it'?s|that'?s) the (?:last|final) chance (?:you'?ll|you will|u'?ll) (?:get|have)|(?:me or (?:him|her|them)|(?:him|her|them) or me)(?=\s*(?:[.!?\n]|$)|,? (?:before|by|until|till) )|(?:my )?final (?:warning|offer|ultimatum)|(?:it'?s|its|it is) (?:either )?(?:me or (?:him|her|them|(?:your|ur|the) [\w'-]+|[\w'-]+)(?=\s*(?:[,.;!—–]|$))|(?:him|her|them|(?:your|ur|the) [\w'-]+) or me{WE})|(?:offer|door|invitation) (?:only )?(?:stands|is open|remains open|expires|ends|closes)(?: only)? (?:until|till|on|at){WE}(?! (?:any|all|whatever|whenever|ever|forever|always|you|u|the (?:usual|same))(?![\w'])|\s*(?:[.!,;\n]|$))|not (?:a|one) (?:day|minute|second|hour|week) (?:longer|more)|(?:one more|another) (?:day|week|month|night|weekend)(?: of (?:silence|this|waiting|ignoring me))? and (?:i'?m|im|i am|it'?s|it is|we'?re|we are|that'?s) (?:done|gone|over|out|finished|it)|keep (?:ignoring|avoiding) me and (?:see|you'?ll)|(?:choose|pick|decide)[:,]? (?:me|him|her|us) or (?:him|her|me|them)|either (?:{YOU})\s+(?!or{WE})[^.!?\n]{1,60}?{WB}or (?:else|i|i'?ll|i'?m|im|we'?re|it'?s|its|you'?ll|you will|you never|u never|forget|don'?t|lose){WE}|{WB}or else(?=\s*(?:[.!\n]|$)))|{WB}(?:you|u) (?:can|could) either [^.!?\n]{1,60}?{WB}or (?:we|i)(?:'ll| will)? (?:end (?:it|this|things|us)|finish (?:it|this|things)|split|break up|call it (?:a day|quits)|go our separate ways|walk away|(?:are|'re) (?:done|finished|over)){WE}${TO_END}|{WB}there'?s no (?:middle ground|third option|in-between|other option)(?=\s*(?:[.!,;]|$)){WE}|{WB}either (?:we|you|u) (?!or{WE})[^.!?\n]{1,60}?{WB}or (?:(?:we|i) (?:end|call|stop|go our separate|split|break|walk|part|finish)|(?:we|i) (?:never|will never|won'?t ever|don'?t ever) (?:speak|talk|see|contact|write to|hear from|text|call)|(?:i'?m|im|i am|i'?ll|i will|ill) (?:(?:just|really|definitely|honestly) )?(?:moving|leaving|going|gone|done|off|out(?: of here)?|walking|finished|through|moving on|move|leave|go|walk|disappear)(?![a-z'])(?! (?:to you|to yours|over to you|round to you|to meet you|to see you)))|{WB}after (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|this weekend|the weekend|this week|next week|tonight|tomorrow|the \d+(?:st|nd|rd|th)|christmas|new year),? (?:i'?m|im|it'?s|we'?re|don'?t|i'?ll|forget) (?:done|over|gone|finished|through|moving on|bother|block|delete|about|changing (?:my|the) (?:number|locks)|blocking|deleting){WE}(?! (?:with|at|for) (?!(?:you|u|us|this|waiting|it){WE}))|{WB}(?:this|my|the) (?:offer|chance) (?:will not|won'?t) be (?:repeated|made again|on the table){WE}|{WB}failing (?:that|which|a reply|an answer|this),? (?:i|we|it|the|our){WE}`,
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'or-consequence',
      // An order followed by "or it's over", "or forget about us", "or we're done".
      re: sp(
        String.raw`{WB}(?:or|otherwise,?) (?:(?:it'?s|its|we'?re|we are|we r|i'?m|im|i am|that'?s)\s+(?:(?:really|just|officially)\s+)?(?:over|done|finished|through|gone|the end)|(?:that'?s|thats|that is) it|(?:i'?ll|i will|i shall) (?:understand|take it|know|assume|conclude)(?: that)? (?:you|u) (?:don'?t|do not|never|didn'?t) (?:care|love me|want (?:me|us))|(?:i'?m|im|i am) (?:coming|driving|turning up) (?:over|round|to (?:yours|your (?:place|house|flat|work)))|(?:i'?m|im|i am) (?:giving up|selling|moving out|filing|handing (?:in|over|back)|getting rid of|throwing (?:out|away)|changing the locks|calling (?:a|my|the) (?:lawyer|solicitor))|i'?ll (?:move on|leave(?! (?:(?:you|u) (?:be|alone|in peace|to it)|it (?:there|at that|be)|things (?:there|as they are))(?! (?:for good|forever|for ever)))|be gone|walk away|find someone|block|delete)|forget (?:about )?(?:me|us|it)|don'?t (?:bother|ever)|lose me|(?:you'?ll|you will|u'?ll) (?:never|lose)|(?:don'?t|dont|do not) (?:ever |even )?(?:bother|text|call|write|come|contact|expect|try|talk|speak)){WE}${TO_END}`,
      ),
      span: 'sentence',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'lever',
      // The lever said another way: "Answer me tonight or I'm deleting your number", "or the judge hears
      // everything", "or you don't come at all", "I'll ring your office if you don't pick up", "After the
      // 30th your things go to the charity shop", "the door's shut for good", "Last chance, Jess."
      re: sp(
        [
          // Fifteenth round (strengths15's after batch): "…just don't expect me to still be waiting".
          String.raw`{WB}(?:(?:but|just|only)[,]? )+(?:don'?t|do not|dont) expect me to (?:still |always |forever )?(?:be (?:waiting|here|around|sitting here)|wait)(?: (?:forever|much longer|around|for long|for (?:you|u)))?(?=\s*(?:[.!,;…]|$))`,
          String.raw`{WB}or (?:else )?(?:i'?m|im|i am) (?:(?:just|simply) )?(?:giving (?:the|your|ur|it|them) [^.!?\n]{0,20}?back|sending (?:the|your|ur|it|them) [^.!?\n]{0,20}?back|returning|deleting|blocking|telling|ringing|calling|reporting|taking|selling|throwing|binning|changing the locks|cancelling|canceling|filing|going to (?:the )?(?:police|court|judge|papers|press)|going to (?:a |my )?(?:lawyer|solicitor|court)){WE}${TO_END}`,
          String.raw`{WB}or (?:else )?i (?:ring|call|phone|tell|report|go to|take|delete|block|sell|change the locks|send|post){WE}${TO_END}`,
          String.raw`{WB}or (?:else )?(?:the (?:judge|court|police|cops|council|school|papers|press|kids|children)|(?:your|ur) (?:boss|employer|wife|husband|parents|mum|mom|dad|family|new \w+|friends)|everyone|everybody) (?:hears?|finds? out|gets? to (?:see|hear|know)|sees?|learns?|knows?|will (?:hear|find out|see|know|learn)){WE}${TO_END}`,
          String.raw`{WB}or (?:{YOU}) (?:(?:don'?t|dont|do not) (?:come|bother)(?: (?:at all|back|home))?|(?:can )?(?:pack (?:your|ur)|move out|find (?:somewhere|another)|lose (?:me|us|the)|forget (?:about )?(?:me|us)|never see (?:me|the))){WE}${TO_END}`,
          String.raw`{WB}(?:i'?ll|i will|ill|i'?m going to|i'?m gonna|i shall) (?:just |have to )?(?:ring|call|phone|email|write to|contact|come to|go to|turn up at|show up at|tell|report (?:you|u) to) (?:(?:your|ur|the) )?[\w']+(?: [\w']+)? if (?:{YOU}) (?:still )?(?:don'?t|dont|do not|won'?t|wont|will not|keep|refuse to) (?!want|wish|feel|like|mind|have|hear|need|object|get there)[a-z]+`,
          String.raw`{WB}(?:everyone|everybody|people|(?:your|ur) (?:boss|wife|husband|parents|mum|mom|dad|family|new \w+|friends))(?: at (?:your |ur |the )?\w+)? (?:is|are|will|'?ll) (?:gonna |going to )?(?:see|hear about|find out|know|get) [^.!?\n]{0,40}?if (?:{YOU}) (?:keep|don'?t|dont|do not|won'?t|wont|still)(?:{WE}|\s)`,
          String.raw`{WB}(?:after|from|past) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|${WEEKDAYS}|christmas|tonight|tomorrow|the weekend|next week|the end of the (?:week|month))[,]? (?:(?:your|ur) (?:things|stuff|clothes|belongings|boxes|records|books|bike|car|furniture)|everything (?:you|u) left) (?:go|goes|will go|are going|get|gets|will be|are) (?:to|in|into|on|thrown|binned|sold|given|donated|out|in the bin){WE}${TO_END}`,
          // Fourteenth round (danger14): silence read as consent or as a verdict the writer will act on: "Silence means
          // yes", "no answer will be taken as a yes", "Silence means you don't care, and I'll act accordingly".
          String.raw`{WB}(?:(?:your|ur|the) )?(?:silence|no (?:answer|reply|response)(?: from (?:you|u))?) (?:means|will mean|'ll mean|=|counts as|will count as|will be taken as|is) (?:a )?(?:yes|consent|agreement|you agree|you'?re (?:ok|okay|fine|happy)){WE}`,
          String.raw`{WB}(?:(?:your|ur|the) )?(?:silence|no (?:answer|reply|response)|not (?:answering|replying)|saying nothing)[^.!?\n]{0,50}?{WB}(?:i'?ll|i will|i shall|ill) act accordingly{WE}`,
          String.raw`{WB}(?:i'?m|im|i am|i'?ll be|i will be) (?:done|finished|through) waiting (?:after|past|beyond|once|come|by|at the end of) [^.!?\n]{1,30}?(?=\s*(?:[.!;\n]|$))`,
          // Fourteenth round (danger14): a deadline in passing on knowing where they stand ("I'll need to know where we
          // stand by the weekend", "By Sunday I want to know if there's still an us"), not on the sofa or the children.
          String.raw`{WB}(?:i|we)(?:'ll| will|'m going to| am going to)? (?:(?:really|just|still) )?(?:need|want|have|must) to (?:know|hear)\b[^.!?\n]{0,40}?{WB}(?:by|before|no later than) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|{DEADLINE}){WE}(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|weekends?|arrangements?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|trip|van|removals?){WE})`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:by|before) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|{DEADLINE}),? (?:i|we) (?:(?:really|just) )?(?:want|need|have|must|'ll need|will need) (?:to )?(?:know|hear|have (?:an|your) answer){WE}(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|weekends?|arrangements?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|trip|van|removals?){WE})`,
          String.raw`{WB}(?:the )?door(?:'s| is| will be|'ll be) (?:shut|closed) (?:for good|forever|for ever|permanently){WE}`,
          String.raw`{WB}(?:i'?m|im|i am|i'?ll|i will|ill) (?:only )?(?:giving|give) (?:this|us) (?:until|till|til|'til|up to|one more|another|a) [^.!?\n]{0,25}?(?:and then|then|after that|before)[,]? (?:i'?m|im|i am|i'?ll|i will|ill) (?:moving on|move on|done|gone|walking away|walk away|leaving|finished|out){WE}${TO_END}`,
          String.raw`{WB}(?:i )?(?:won'?t|wont|will not) (?:be )?ask(?:ing)? (?:you )?again (?:after|past|beyond) [^.!?\n]{1,30}?(?=\s*(?:[.!;\n]|$))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:this is )?(?:your |ur |our )?(?:last|final) chance(?=\s*,\s*(?:[\p{L}]+\s*(?:[.!\n]|$)|after (?:this|that)|then))`,
          String.raw`{WB}(?:the |this |my )?(?:offer|door|invitation) (?:won'?t|will not|wont|isn'?t going to|is not going to) (?:stand|stay open|be (?:open|there|on the table)|last|remain open|wait) (?:forever|for ever|much longer|indefinitely){WE}`,
          String.raw`{WB}(?:the|my) (?:last|final) time (?:i'?m|im|i am|i'?ll|i will|i) (?:(?:going to|gonna) )?(?:ask(?:ing)?|offer(?:ing)?)(?: (?:you|u))?(?: to (?:come|take|give|forgive|see|meet|talk|call|answer|reply|try)(?: [\w']+){0,2})?(?=\s*(?:[.!\n]|$)|,)`,
          String.raw`{WB}(?:it'?s|its|it is) either [^.!?\n]{1,30}? or [^.!?\n]{1,30}?,? (?:(?:{YOU}) (?:pick|choose|decide)|(?:your|ur) (?:choice|call|pick))(?=\s*(?:[.!\n]|$))`,
          String.raw`{WB}(?:i'?m not|im not|i am not|i won'?t|i will not|i wont|i can'?t|i cannot)(?: be)? wait(?:ing)? (?:(?:around|about|round) )?(?:forever|for ever|indefinitely|much longer)(?=\s*(?:[.!,;\n]|$))`,
          String.raw`^\s*(?:{YOU}) (?:don'?t|dont|do not) [\w' ]{1,30}?, (?:we'?re|we are|i'?m|im|i am|it'?s|its|it is) (?:done|over|finished|gone|through){WE}`,
          String.raw`{WB}either (?:we|you|u) [^.!?\n]{1,40}? or (?:this|it|we|us)(?:'s| is|'re| are| will be|'ll be) (?:over|done|finished|through){WE}`,
          // Lead review (sixteenth round): the either/or closed on parting, "either we try properly this time or we leave it
          // for good". Not a choice of plans ("either we meet in York or we leave it till spring").
          String.raw`{WB}either (?:we|you|u) [^.!?\n]{1,40}? or (?:we|you|u|i)(?: just)? (?:leave it|leave (?:this|us)|call it (?:a day|quits)|end (?:it|this|things)|walk away|go our (?:separate )?ways|part ways|let (?:it|this|us) go|give up on (?:us|this)|stop (?:this|trying|talking))(?:(?: for good| forever| for ever| altogether| completely| properly| here| now| for real| once and for all)(?![\p{L}])|(?=\s*(?:[.!;…]|$)))`,
          String.raw`{WB}if [^.!?\n]{3,60}?(?:and )?(?:that'?s|that is) final(?=\s*(?:[.!\n]|$))`,
          String.raw`{WB}(?:i|we) (?:need|want|have|must) (?:to )?(?:know|hear|have (?:an|your) answer)(?: from (?:you|u))? (?:by |before )?(?:tonight|today|tomorrow|this (?:week|weekend)|(?:the )?weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|the end of (?:the )?(?:week|month)){WE}(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|weekends?|arrangements?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|trip|van|removals?){WE})`,
          String.raw`{WB}(?:{YOU}) either (?:want|love|care about) (?:this|me|us) or (?:{YOU}) (?:don'?t|dont){WE}`,
          String.raw`{WB}if (?:{YOU}) (?:sign|move in|marry|move away|get engaged|take|bring|choose|go back)\b[^.!?\n]{0,40}?,? (?:we'?re|we are|i'?m|i am|it'?s|it is) (?:finished|done|over|through)(?: for good)?{WE}`,
          String.raw`^\s*there (?:won'?t|will not|wont) be (?:another|a second|a next)(?: (?:one|chance|time))?(?=\s*(?:[.!\n]|$))`,
          String.raw`{WB}i am not (?:going to|gonna) wait (?:past|after|beyond|longer than) [^.!?\n]{1,25}?(?=\s*(?:[.!;\n]|$))`,
          String.raw`{WB}(?:once|after|when|by the time|come) [^.!?\n]{1,50}?,? (?:then )?(?:that'?s us|that'?ll be us|we'?re|we are|we will be|we'?ll be) (?:finished|done|over|through)(?: for good)?(?! with| at| for| talking| here){WE}`,
          String.raw`{WB}or (?:they|it|(?:your|ur|the) (?:things|stuff|boxes|clothes|records|books|bike|furniture))(?:'ll| will)? (?:go|goes|get|gets) (?:to the (?:tip|dump|charity shop|bin|skip)|binned|thrown (?:out|away)|sold|given away|donated){WE}`,
          String.raw`{WB}(?:i won'?t|i will not|i wont|i'?m not going to) be (?:coming back|here|around|waiting|available)(?: for (?:you|u|us))? (?:after (?:that|then|this (?:week|weekend|month))|past (?:that|then)|by then){WE}|{WB}know that i (?:won'?t|will not|wont) be (?:here|around|waiting|available)(?: for (?:you|u|us))? (?:in|by|after|come) [a-z]+{WE}`,
          String.raw`{WB}if (?:{YOU}) want to [^.!?\n]{1,30}?,? (?:then )?(?:it'?s|its|it is|it has to be) now(?=\s*(?:[.!;\n]|$))`,
          String.raw`{WB}(?:once|after|when|by the time|come) [^.!?\n]{1,40}?,? (?:the|this|that|my|our|your|ur) (?:chance|offer|door|window|invitation)(?:(?:'s| is| will be|'ll be) (?:gone|closed|shut|over|off the table|withdrawn)| (?:goes|closes|shuts|expires|ends)){WE}`,
          String.raw`{WB}(?:when|once|after) (?:it|that|this|(?:the|this|that|my|your|ur) (?:[\w']+ )?(?:offer|chance|deadline|season|window)) (?:passes|has passed|runs out|has run out|expires|is up|comes and goes)[,]? (?:(?:then|and)\s+)?(?:i'?ll|i will|i shall|i'?m|im|i am|it'?s|we'?re|we are) (?:close|closing|be (?:done|gone)|done|gone|over|finished|through|move on|moving on|walk away|walking away|stop|never){WE}`,
          String.raw`(?<=(?:^|[.!?\n:])\s{0,3}(?:(?:so|and|ok|okay|right)[,]?\s+)?)(?:${WEEKDAYS}|tonight|tomorrow|christmas|new year|easter|the weekend|the \d+(?:st|nd|rd|th)|the end of (?:the )?(?:week|month))(?:'s| is) (?:the|your|ur|my) (?:deadline|cut-?off|limit|last day)(?=\s*(?:[,.!;\n]|$| and| for (?:you|u|your|ur|an? (?:answer|reply|decision))))`,
          String.raw`{WB}(?:your|ur) deadline (?:is|'s){WE}|{WB}(?:the|my) deadline for (?:your|ur|you|u|an?|the) (?:answer|reply|decision|response|to (?:decide|answer|reply|choose)){WE}`,
          String.raw`{WB}my patience[^.!?\n]{0,30}?{WB}(?:runs|will run|is running|'s running|ends|expires|is up)(?: out)? (?:on|by|at|after|in|come|this|next|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday){WE}`,
          String.raw`{WB}(?:i'?m not|im not|i am not|i won'?t|i will not|i wont|i'?m not going to|i'?m not gonna) (?:giving|give|handing|hand|returning|return|sending|send|signing|sign|letting|let|moving|move|paying|pay|releasing|release)(?: (?:it|them|this|that|you|u|the|your|ur|my|back|over|out)){1,3}[^.!?\n]{0,20}? (?:until|till|til|unless) (?:{YOU}) [a-z]+`,
          // Something of theirs kept until they talk: "I'll hold on to it until you come and talk to me properly" (lead
          // review, thirteenth round); not until they collect it.
          String.raw`{WB}(?:i'?ll|i will|ill|i'?m going to|i'?m gonna) (?:hold on to|hold onto|hang on to|hang onto|keep|be keeping|be holding on to) (?:it|them|the \p{L}+|(?:your|ur) (?:\p{L}+'?s )?\p{L}+)[^.!?\n]{0,20}? (?:until|till|til|unless) (?:{YOU}) (?:(?:come|come round|come over|come back)\s+(?:and|to)\s+)?(?:talk|speak|explain|apologi[sz]e|sit down|face me|tell me|answer|call me|ring me|meet me)(?![\p{L}])`,
          String.raw`{WB}if (?:{YOU})(?: (?:ever )?(?:want|wish|would like)|'d (?:ever )?like) [^.!?\n]{1,40}?,? (?:then )?(?:{YOU}) know what (?:to do|(?:you|u) (?:have|need|got) to do|(?:has|needs) to happen){WE}`,
          String.raw`{WB}if (?:{YOU}) (?:won'?t|wont|will not|refuse to) [^.!?\n]{1,30}?,? (?:then )?i (?:will|'ll|shall)(?=\s*(?:[.!]|$))`,
          String.raw`{WB}(?:otherwise|failing (?:that|which|this)),? (?:i shall |i will |i'?ll )?(?:consider|assume|take it that|deem) (?:the matter|this|our (?:relationship|marriage|engagement)|it|us|things|that|we are|we'?re)(?: to be| is| as)? (?:closed|finished|over|ended|settled|done|at an end|through){WE}`,
          // Seventeenth round (probe eval/seventeenth/reproach17): a deadline put politely, with the writer's other plan as
          // the lever: "just let me know by Thursday and I'll sort something else", "let me know by the 3rd otherwise im
          // booking the flights just for me". Not a date for things or the children ("Let me know by Friday if you want
          // the sofa, otherwise it goes to the tip").
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|just|please|pls|and|but|ok|okay)[,]?\s+){0,2})(?:let me know|tell me|decide|answer me|reply|get back to me|give me (?:an|your) answer|make up (?:your|ur) mind)\b(?![^.!?\n]{0,80}?{WB}(?:kids|children|boys|girls|baby|arrangements?|${JOINT_BELONGINGS}|ticket|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|removals?|spare room|seat){WE})[^.!?\n]{0,40}?{WB}(?:by|before|no later than) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|{DEADLINE})[,]? (?:and|or|otherwise|or else|else|and then|then|after that)[,]? (?:i'?ll|i will|ill|i'?m|im|i am|i'?m going to|i'?m gonna|im gonna) (?:just |simply )?(?:sort (?:something|things|it) (?:else|out (?:myself|on my own|without (?:you|u)))|make (?:other|my own|different|alternative) (?:plans|arrangements)|(?:book|booking|go|going|travel|travelling|traveling|move|moving|fly|flying)\b[^.!?\n]{0,30}?(?:(?:just )?for me|for (?:myself|one)|alone|on my own|by myself|without (?:you|u))|(?:find|finding|ask|asking|invite|inviting) someone else|assum(?:e|ing)|tak(?:e|ing) (?:it|that) as|mov(?:e|ing) on|be gone|stop(?:ping)? waiting|giv(?:e|ing) up){WE}${TO_END}`,
          // An answer wanted before the writer's own step, then the door closed: "I'll need an answer before I renew the lease
          // — after that I'm moving on".
          String.raw`{WB}(?:answer|reply|decision|response|to know|hear (?:from|back from) (?:you|u)|let me know|tell me)\b[^.!?\n]{0,60}?{WB}(?:by|before|until|till) [^.!?\n]{1,40}?(?:\s[—–-]\s*|[,;]\s*|\sand\s)(?:(?:and|but)\s)?(?:after (?:that|which|then)|otherwise|failing that|if not|past that|beyond that),? (?:i'?m|im|i am|i'?ll|i will|ill|we'?re|we are|it'?s|its) (?:(?:just|really|simply|definitely)\s+)?(?:moving on|move on|done|gone|walking away|walk away|giving up|finished|through|over){WE}${TO_END}`,
          // A wait given a length, then ended: "I'm giving it one more week, and after that I'm done waiting".
          String.raw`{WB}(?:i'?m|im|i am|i'?ll|i will|ill) (?:only )?(?:giving|give) (?:it|things) (?:until|till|til|'til|up to|one more|another|two more|a few more|one last) [^.!?\n]{0,25}?(?:and then|then|after that|after which)[,]? (?:i'?m|im|i am|i'?ll|i will|ill) (?:(?:just|officially|really)\s+)?(?:done waiting|stop(?:ping)? waiting|done with (?:us|you|u|waiting)|giving up on (?:us|you|u)|give up on (?:us|you|u)|moving on from (?:us|you|u)|walking away from (?:us|you|u)){WE}${TO_END}`,
          // Where they stand asked for by a date: "I need you to tell me where we stand by the end of the month" (lead review
          // m5), "I need to know if there's still an us by Sunday": the topic is the two of them, whatever the reason given.
          String.raw`{WB}(?:i|we)(?:'ll| will)? (?:(?:really|just|still) )?(?:need|want|have|must) (?:(?:you|u) to (?:tell me|let me know|decide|say)|to (?:know|hear)) (?:where (?:we|i|things) stand|(?:if|whether) (?:there'?s (?:still )?(?:an us|a future|a chance)|we(?:'re| are)? (?:together|done|over|finished|getting back|trying)|(?:you|u) (?:want|still want) (?:this|us|me|to try)|(?:you'?re|you are|ur|u r) (?:coming back|in or out|serious|staying|leaving))|what (?:we are|we'?re|(?:you|u) want))\b[^.!?\n]{0,30}?${DEADLINE}${TO_END}`,
          // Non-native: "If until sunday you not answer, I will understand it is finish and I go".
          String.raw`{WB}if (?:until|till|by|before) [^.!?\n,]{1,20}?,? (?:you|u) (?:still )?(?:not|no|don'?t|dont|do not|did not|didn'?t|didnt) (?:answer|reply|respond|write|call|come|decide|tell|contact)[^.!?\n]{0,60}?(?:finish(?:ed)?|over|the end|i (?:go|leave|move on)|we (?:are|r) (?:done|finish(?:ed)?)){WE}`,
        ].join('|'),
      ),
      span: 'sentence',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'deadline-asked',
      // Fourteenth round (danger14): a deadline put as a polite question: "Can you let me know by tomorrow whether you still
      // want this?", "Could you give me an answer before Friday?". Not a date for the children or the sofa ("Could you let
      // me know by the 12th which weekend works for the kids?").
      re: sp(
        String.raw`{WB}(?:can|could|would|will) (?:{YOU}) (?:please |just |at least )?(?:let me know|tell me|give me (?:an|your|a) (?:answer|decision|reply|response)|answer|reply|respond|decide|get back to me|make up (?:your|ur) mind)\b[^.!?\n]{0,30}?{WB}(?:by|before|no later than) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|i (?:go|leave|fly|move)|{DEADLINE}){WE}(?![^.!?\n]{0,60}?{WB}(?:kids|children|boys|girls|baby|weekends?|arrangements?|${JOINT_BELONGINGS}|pick-?ups?|drop-?offs?|handovers?|collection|forms?|paperwork|school|trip|van|removals?){WE})`,
      ),
      questions: 'any',
      span: 'sentence',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'or-never-hear',
      // "Last chance.", "Don't answer and you'll never hear from me again", "I'm not waiting past Friday".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:this is )?(?:your |ur |our )?(?:last|final) chance(?=\s*(?:[.!\n]|$))|{WB}(?:don'?t|dont|do not) (?:answer|reply|respond|call|write back|text back|come back|come home) and (?:(?:you'?ll|you will|u'?ll|u will) (?:never|lose|regret)|(?:i'?m|im|i am|we'?re|we are|it'?s|its|that'?s) (?:done|gone|over|finished|through)|i(?:'ll| will) (?:move on|block|delete|be gone|walk away|never)){WE}${TO_END}|{WB}(?:i'?m not|im not|i am not|i won'?t|i will not|i wont|i'?m not going to)(?: be)? wait(?:ing)? (?:past|after|beyond|longer than) (?:this|next|the|tonight|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday|christmas|new year){WE}`,
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'terms-set',
      // Terms laid down: "You've till Anzac Day to make up your mind", "it's X or nothing", "those are the only
      // two options", "Decide now, because on Monday I'm…", "Post anything again and I'll…", "I shall expect
      // an explanation by the end of the month", "Ring me before Diwali or I'll assume…".
      re: sp(
        String.raw`{WB}(?:{YOU}|you'?ve|u'?ve)\s+(?:only\s+)?(?:have |got |get |have got |'ve got )?(?:until|till|til|'til)\s+[^.!?\n]{1,30}? to (?:decide|make up (?:your|ur) mind|answer|reply|respond|choose|make (?:a|your) (?:decision|choice)|get back to me|call|let me know|tell me|come back|sort|pay){WE}${TO_END}|{WB}(?:you'?ve|you have|u'?ve|uve) (?:only )?got (?:until|till|til|'til) (?:my|your|ur|our|the|this|next|[a-z]+day)(?: [a-z']+){0,3}(?=\s*(?:[.!]|$))|{WB}(?:it'?s|it is|its)(?! all)(?:[^.!?\n]{1,40}?) or nothing(?=\s*(?:[,.;!—–]|$))${TO_END}|{WB}(?:those|these) are (?:(?:the|your) )?(?:only )?(?:two )?(?:options|choices)(?: (?:i'?m|i am) giving (?:you|u)| (?:you|u) (?:have|get|'ve got))(?=\s*(?:[,.;!—–]|$))|{WB}(?:decide|choose|make up (?:your|ur) mind|make (?:your|a) (?:choice|decision))[^.!?\n]{0,20}? (?:now|today|tonight)[,;]? (?:because|cos|cause|or|otherwise|since) [^.!?\n]{0,40}?(?:i'?m|im|i am|i'?ll|i will|we'?re|it'?s)${TO_END}|{WB}(?:do|say|post|write|try|call|text|come|contact|show|send|tell|mention|put|share|pull|pull that)[^.!?\n]{0,40}? (?:again|one more time),? and (?:i'?ll|i will|you'?ll|you will|i swear)(?! (?:be (?:here|there|glad|happy|waiting|so)|believe|understand)){WE}${TO_END}|{WB}(?:do|say|post|write|send|text|call|mention|share|pull) (?:one more|another) [^.!?\n]{0,30}? and (?:i'?ll|i will|you'?ll|you will|i swear)(?! (?:be (?:here|there|glad|happy|waiting|so)|believe|understand)){WE}${TO_END}|(?<=(?:^|[.!?\n])\s{0,3})(?:you|u) (?:pay|give|return|send|move|get|bring|sign|drop|hand|transfer|collect|clear)(?: back)? [^.!?\n]{1,50}?${DEADLINE}${TO_END}|{WB}i(?:'ll| shall| will)? (?:(?:really|still)\s+)?(?:expect|demand|require)(?:ing)? (?:(?:an?|your|some|full|proper|written|honest|straight) ){0,3}(?:\w+ )?(?:answer|reply|response|decision|call|word|explanation|apology|letter|payment|money)[^.!?\n]{0,30}?${DEADLINE}${TO_END}|{WB}or (?:else )?(?:i'?ll|i will|i shall) (?:assume|take (?:it|that|your silence) as|sign|sell|tell|post|come (?:to|round|over)|turn up|show up|make sure|change the locks|send|consider)(?:{WE}|\s)${TO_END}|{WB}(?:is|'s|will be) (?:(?:really|truly|definitely) )?(?:your|ur) (?:last|final|only|very last) (?:chance|shot|opportunity)(?! to (?:see|catch|visit|buy|book|get|enjoy|try|watch|hear|sign up|apply)){WE}${TO_END}|{WB}(?:{YOU})(?:'ll| will) have (?:(?:only|just|exactly) )?(?:a|an|one|two|three|\d+) (?:hours?|days?|weeks?|months?) to (?:decide|answer|reply|respond|choose|make up|call|get back|let me know){WE}${TO_END}|{WB}or (?:(?:you'?ll|you will|u'?ll) )?lose (?:me|us|the kids|the children|everything|the house|your chance|any chance){WE}${TO_END}|{WB}now or (?:it'?s |it is )?never{WE}|{WB}or (?:else )?(?:i'?m|im|i am) (?:moving on|leaving|off|out of here|walking away|done|gone){WE}${TO_END}|{WB}after [^.!?\n]{1,20}?,? consider (?:us|it|this|things|our \w+) (?:over|finished|done|ended|closed){WE}|{WB}consider (?:us|this relationship|our (?:relationship|marriage|engagement)) (?:over|finished|done|ended){WE}|{WB}(?:your|ur) (?:last|final|only) chance (?:is|ends|runs out|expires){WE}${TO_END}|{WB}make (?:your|ur) mind up[^.!?\n]{0,40}?${DEADLINE}${TO_END}|{WB}or (?:else )?i'?ll (?:decide|choose) for (?:(?:both of )?us|you|u){WE}|{WB}after (?:this|that|today|tonight|tomorrow),? (?:i'?m|im|i am|we'?re|it'?s) (?:gone|done|out|finished|over|through)(?: for good| forever|(?=\s*(?:[.!;]|$))){WE}|{WB}(?:don'?t|do not|dont) (?:bother )?(?:coming back|come back|calling|ringing|texting)[^.!?\n]{0,10}? if (?:{YOU}) (?:leave|go|walk|choose|pick|marry|stay|don'?t|won'?t){WE}${TO_END}|{WB}(?:{YOU}|you'?ve|u'?ve)\s+(?:only\s+)?(?:have |got |'ve got )?(?:until|till|til) [^.!?\n]{1,25}?,? (?:then|and then|after (?:that|which)) (?:i'?m|i'?ll|i will|we'?re|it'?s){WE}${TO_END}|{WB}(?:i'?m not|im not|i am not|i won'?t|i will not|i'?m not going to|i'?m not gonna) (?:be )?wait(?:ing)? (?:past|beyond|after|longer than) (?:your|my|our|the|this|next) [a-z]+{WE}${TO_END}|{WB}(?:choose|pick|decide)[:,]\s+[^.!?\n]{1,40}?,? or (?:us|me)(?=\s*(?:[.!]|$))|{WB}one more (?:lie|mistake|word|text|message|night out|excuse|drink|affair)[^.!?\n]{0,10}? and (?:we'?re|i'?m|it'?s|you'?re|that'?s|you'?ll|i'?ll){WE}${TO_END}`,
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'by-then-ok',
      // A texted order with a date and a tag, often without punctuation before it: "answer me by friday ok".
      re: sp(
        String.raw`{WB}(?:answer|reply|respond|text|call|ring|message|write) (?:me|back)(?: back)? ${DEADLINE},? (?:ok|okay|k|yeah|alright|right|understood)(?=\s*(?:[?.!\n]|$))`,
      ),
      span: 'match',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'terms-said-otherwise',
      // The condition's end said as a closed door: "Unless you tell me the truth, we have nothing more to say to each
      // other", "If you walk away now, don't ever think you can come back", "If you are not ready to commit by my
      // birthday…". The consequence first: "The ring goes back to the shop on Monday if I haven't heard from you". A
      // formal deadline: "I should be obliged if you would reply by the end of the week". A deadline inside a demand:
      // "All I ask is that you reply this week". Strikes counted: "Three strikes and you're out".
      re: sp(
        [
          ...CONDS.map((c) => `${c}{GAP}${MORE_CONSEQ}{WE}${TO_END}`),
          String.raw`${NOT_READY}[^.!?\n]{0,60}?${DEADLINE}${ACCEPTED}${TO_END}`,
          `${NOT_READY}{GAP}(?:${CONSEQ}|${MORE_CONSEQ})${TO_END}`,
          String.raw`${WHEN_GIVEN}[^.!?\n]{0,60}?{WB}if i (?:still )?(?:haven'?t|have not|havent|don'?t|do not|dont|didn'?t|did not) (?:heard|hear|had|got|get|received|receive)(?: (?:back|anything|an answer|a reply|word|a word))?(?: from (?:{YOU}))?${ACCEPTED}${TO_END}`,
          String.raw`{WB}(?:if|that) (?:{YOU}) (?:would|could|will|can|might) (?:kindly |please )?(?:reply|respond|answer|write(?: back)?|call|ring|get back to me|let me know|decide|make (?:your|ur|a) (?:decision|choice)|send (?:me )?(?:your|ur|an|a) (?:answer|reply))[^.!?\n]{0,40}?${DEADLINE}${ACCEPTED}${TO_END}`,
          `{WB}(?:all i (?:ask|want|need|expect)|all i'?m asking(?: for)?|the only thing i (?:ask|want)|i (?:need|want|expect|ask)|i'?m asking)(?: (?:is|of you))?(?: that| for)? (?:{YOU}) (?:to )?(?:reply|respond|answer|write back|call me|ring me|decide|let me know|get back to me|make up (?:your|ur) mind|come back|come home)(?: (?:me|to me|to this))? (?:this (?:week|weekend|month)|within (?:the|a) (?:week|month|fortnight)|before (?:the )?(?:week|month|weekend|year) is (?:out|over|up)){WE}${TO_END}`,
          `{WB}three strikes and (?:you'?re|you are|ur|u r) out{WE}(?! (?:was|is|'s|has been){WE})|{WB}(?:you'?re|you are|ur|u r) on (?:your|ur) (?:last|final) (?:warning|strike|life){WE}|{WB}(?:this is|that'?s|that was|consider this) strike (?:two|three|2|3){WE}`,
          String.raw`${WHEN_GIVEN}[^.!?\n]{0,60}?{WB}if (?:i(?:'ve| have)? (?:heard|had|got|received) nothing|(?:there'?s|there is) (?:still )?(?:nothing|no (?:answer|reply|word))|(?:i'?m|i am|im) still waiting)${ACCEPTED}${TO_END}`,
          String.raw`{WB}(?:chances?|warnings?|strikes?|tries|goes)\b[^.!?\n]{0,40}?{WB}(?:this|that|it)(?:'s| is| will be) (?:the|your) (?:last|final|very last) (?:one|time){WE}${TO_END}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:{YOU}) (?:don'?t|dont|do not|won'?t|wont) (?:ring|call|phone|answer|reply|text|come|show up|turn up|decide|write|get back)\b[^.!?\n]{0,50}?,? (?:${CONSEQ}|${MORE_CONSEQ})${TO_END}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:last|final) (?:call|chance|warning|offer)(?=\s*(?:[,:;!.—–-]|$))${TO_END}`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:so|just|and)[,]?\s+)?)(?:pick|choose|name|set) (?:a|the|your) (?:day|date|time)\b[^.!?\n]{0,20}?{WB}(?:this|next) (?:week|weekend|month){WE}${TO_END}`,
          `{WB}(?:cross|test|push|mess (?:with|me about|me around)|try|ignore|block|play|lie to|cheat on|humiliate) me (?:again |once more |one more time )?,?(?:and|&) (?:you'?ll|you will|u'?ll|ull) (?:see|find out|learn|regret|be sorry|pay|know){WE}${TO_END}`,
          String.raw`(?:(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:please|pls|kindly|just)\s+)?)(?:revert|reply|respond|answer|decide|confirm|let me know|get back to me|call me|ring me|text me)|{WB}(?:{YOU}) (?:need to |must |have to |should )?(?:revert|reply|respond|answer|decide|confirm|let me know|get back to me))[^.!?\n]{0,40}?{WB}(?:by|before|no later than) (?:${OFFICE_DEADLINES}){WE}${TO_END}`,
          String.raw`{WB}(?:i'?ll|i will|i shall|i'?m|i am|im) (?:be )?expect(?:ing)? (?:a|an|your|my) (?:answer|reply|response|call|letter|decision)\b[^.!?\n]{0,20}?(?:{WB}first thing(?: (?:tomorrow|in the morning|on (?:${WEEKDAYS})))?|${DEADLINE})${ACCEPTED}${TO_END}`,
          String.raw`{WB}(?:what (?:happens|will happen|could happen|would happen)|(?:you'?ll|you will|u'?ll) (?:see|regret|be sorry|pay))\b[^.!?\n]{0,40}?{WB}if (?:{YOU}) (?:keep (?:this|it|that) up|keep (?:ignoring|pushing|lying|doing)|carry on|do (?:that|this|it) again)${TO_END}`,
          `{WB}(?:tomorrow|tonight|today|this (?:week|weekend)|(?:${WEEKDAYS}))(?:'s| is| will be) (?:your|ur) (?:last|final|only) (?:chance|shot|opportunity){WE}(?! to (?:see|visit|catch|get|book|buy|enter|apply|sign|register|grab|try|watch|hear|order){WE})${TO_END}`,
          String.raw`{WB}if (?:he|she|they)(?:'s|'re| is| are) still (?:in the picture|around|on the scene|in (?:your|ur) life|with (?:you|u)|living with (?:you|u)|there)\b{GAP}(?:${CONSEQ}|${MORE_CONSEQ})${TO_END}`,
          String.raw`{WB}(?:i'?ll|i will|i'?m going to|i'?m gonna|im gonna) need (?:an|your|a) (?:answer|reply|decision|response)(?: from (?:{YOU}))?[^.!?\n]{0,15}?${DEADLINE}${TO_END}`,
        ].join('|'),
      ),
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'bargain',
      // Nineteenth round: a change priced at their return, "i'll stop drinking the day u move back in", "I'll go to couples
      // therapy if you take me back", "If you give me another chance, I'll see a counsellor", "Take me back and I'll go to
      // therapy". Not a change offered either way ("I'll keep going to AA whether or not you come back", "I'm going to
      // therapy whatever you decide"), not "if you ever…", not a hope ("If you come back one day, I hope I'll be better").
      re: sp(
        [
          String.raw`{WB}${WRITER_WILL} (?:${PRICED_CHANGE})[^.!?\n]{0,50}?(?<!{WB}(?:even|whether))(?<!{WB}even if) (?:${BARGAIN_LINK}) (?:you|u)(?:'d|'ll)? (?:${RETURN_ANY}|${THEIR_CHANGE})${EITHER_WAY}${TO_END}`,
          String.raw`(?<!{WB}even ){WB}(?:${BARGAIN_LINK}) (?:you|u)(?:'d|'ll)? ${RETURN_ANY}[^.!?\n,;]{0,40}?,? (?:then )?${WRITER_WILL} (?:${PRICED_CHANGE})${EITHER_WAY}${TO_END}`,
          String.raw`${RETURN_ASKED}[^.!?\n,;]{0,20}? (?:and|&) ${WRITER_WILL} (?:${PRICED_CHANGE})${TO_END}`,
          String.raw`{WB}the (?:day|minute|moment|second) (?:you|u) ${RETURN_ANY}[^.!?\n]{0,30}? (?:is|will be|'s) the (?:day|minute|moment|second) (?:i|we)(?![\w'])${TO_END}`,
          // Twenty-first round (solution21's note): the price named as what it takes ("I'll quit the band if that's what it
          // takes to get you back").
          String.raw`{WB}${WRITER_WILL} (?:${PRICED_CHANGE})[^.!?\n]{0,50}? ${WHAT_IT_TAKES}${TO_END}`,
        ].join('|'),
      ),
      span: 'sentence',
      suggest: ["I've started making changes for my own sake, and I'll keep going whatever you decide."],
    },
    {
      id: 'talk-on-terms',
      // Nineteenth round: a talk held back until they confess, "Once you admit what you did, we can talk", "We'll talk when
      // you say sorry", "I'm happy to meet, provided you admit what you did", "I'll own my part when you own yours". Not a
      // talk left to their readiness ("we can talk when you're ready", "if you ever want to talk, I'm here").
      re: sp(
        [
          String.raw`{WB}${ON_THEIR_CONFESSION}[^.!?\n]{0,50}?,? (?:then )?${THEN_WE} (?:[\w']+ ){0,2}?(?:${PRICED_TALK})(?![\w'])${TO_END}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:just|so|then|first)[,]?\s+){0,2})(?:${CONFESS_NOW})(?![\w'])[^.!?\n,;]{0,40}? (?:and|&) (?:then )?${THEN_WE} (?:[\w']+ ){0,2}?(?:${PRICED_TALK})(?![\w'])${TO_END}`,
          String.raw`{WB}${THEN_WE} (?:[\w']+ ){0,2}?(?:${PRICED_TALK})(?![\w'])[^.!?\n]{0,40}?{WB}${ON_THEIR_CONFESSION}${TO_END}`,
          String.raw`{WB}the (?:day|minute|moment|second) ${PAYER} (?:${THEIR_CONFESSION})[^.!?\n]{0,40}? (?:is|will be|'s) the (?:day|minute|moment|second) (?:i|we)(?![\w'])${TO_END}`,
          String.raw`{WB}only (?:if|when|once|after) ${PAYER} (?:${THEIR_CONFESSION}|${RETURN_ANY})[^.!?\n]{0,40}? (?:will|would|can|could|shall) (?:we|i)(?![\w'])${TO_END}`,
        ].join('|'),
      ),
      span: 'sentence',
      suggest: ["I'd like to talk, whenever you feel ready, with no conditions on either side."],
    },
    {
      id: 'answer-or-else',
      // Thirteenth round: "If you don't reply to this I'll try your work email", "If you won't answer the phone I'll
      // come to the school gates", "You'll never see a penny of the house money if you carry on like this", "The ring
      // goes back to the jeweller… if I don't hear from you". Not "If you don't reply, I'll understand".
      re: sp(
        [
          String.raw`{WB}if (?:you|u) (?:don'?t|dont|won'?t|wont|do not|will not|can'?t|cant|refuse to|keep refusing to) (?:reply|answer|respond|call|ring|text|pick up|talk to me|write back|get back to me)[^.!?\n]{0,40}?,? (?:then )?(?:i'?ll|ill|i will|i'?m going to|im gonna|i'?m gonna) (?:try|come|turn up|go|call|ring|write to|email|contact|show up|visit|drive|wait outside|ask (?:your|ur))(?! (?:to understand|again (?:next|in)))${TO_END}`,
          String.raw`{WB}(?:you'?ll|you will|u'?ll|youll) never (?:see|get|touch) (?:a penny|a cent|a dime|a thing|the (?:kids|children|house|money|dog)|your (?:share|half|things|stuff|money))[^.!?\n]{0,40}? (?:if|unless) (?:you|u){WE}${TO_END}`,
          String.raw`{WB}(?:goes|go|is going|are going|will go|'ll go|gets|get|will get)(?: straight)? (?:back|to the tip|in the bin|to charity|on ebay|on the market|sold)[^.!?\n]{0,50}? (?:if|unless) i (?:don'?t|do not|haven'?t|have not) (?:hear(?:d)?|get (?:a|an) (?:answer|reply))(?: (?:from (?:you|u)|back))?{WE}${TO_END}`,
        ].join('|'),
      ),
      span: 'sentence',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'door-closing',
      // Twentieth round (probe eval/twentieth/ultimatum20-probe): the consequence said without the stock words. A warning
      // about carrying on ("Keep this up and you'll lose me for good", "don't come crying to me when it's too late"), the
      // moment that ends it ("The moment you go on that date with him, we're finished", "By the time you figure out what
      // you want, I'll be long gone"), the writer's wait given an end ("I'll stop waiting at the end of summer", "Don't
      // make me wait past New Year's"), the relationship made conditional ("If you can't forgive this, then we were never
      // real"), either/or about being in or out ("either you're with me or you're not"), a date before the writer's own
      // step ("I need to know before I sign the lease", "Make your choice before I leave for Leeds"), silence acted on.
      // Not "By the time you read this, I'll be in Spain", not "I'll stop waiting tables in June", not "I need to know
      // whether you want the sofa before I move".
      re: sp(
        [
          String.raw`{WB}(?:keep (?:this|that|it) up|carry on (?:like (?:this|that)|this way|the way (?:you'?re|you are|ur|u r) going)|keep (?:treating|ignoring|lying to|pushing|stringing|messing) me(?: (?:along|about|around|like this|like that|away))?)[,]? (?:and|&|n) (?:(?:you'?ll|you will|u'?ll|ull|(?:you'?re|you are|ur|u r) (?:gonna|going to)) (?:lose (?:me|us)|never see me|be on (?:your|ur) own|find me gone|wake up (?:alone|one day and i'?(?:m|ll be) gone|to find me gone))|(?:i'?m|im|i am|we'?re|we are|it'?s|its) (?:(?:really|so|just) )?(?:done|gone|out|over|finished|through))(?![\w'])${TO_END}`,
          String.raw`{WB}(?:don'?t|dont|do not) (?:come|go) (?:crying|running|crawling|begging)(?: back)?(?: to me)?(?: (?:when|once|after|if) [^.!?\n]{1,40}?)?(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}(?:the (?:moment|minute|second|day)|as soon as) (?:you|u) [^.!?\n]{1,50}?,? (?:then )?(?:that'?s us|we'?re|we are|we will be|we'?ll be|it'?s|it is|its|i'?m|im|i am) (?:(?:really|so|just) )?(?:(?:finished|done|over|through)(?: for good| forever| between us)?(?! with| at| for| talking| here| of| now)|(?:gone|out)(?: for good| forever)?(?=\s*(?:[.!;\n]|$)))(?![\w'])`,
          String.raw`{WB}(?:once|after|when) [^.!?\n]{1,50}?,? (?:then )?(?:(?:it'?s|it is|its|that'?s|we'?re|we are) (?:over|done|finished) (?:for good|forever|for ever|between us)(?![\w'])(?! (?:with|at|for) )|there'?s no (?:going|coming|turning) back (?:for us|for (?:you and me|the two of us)))${TO_END}`,
          String.raw`{WB}by the time (?:you|u) (?:finally )?(?:figure out|work out|decide|make up (?:your|ur) mind|realise|realize|come (?:around|round|to (?:your|ur) senses)|get (?:your|ur) (?:act|head|shit|life) together|sort (?:yourself|urself|it) out|know what (?:you|u) want|wake up|see sense|grow up|get round to)[^.!?\n]{0,40}?,? (?:i'?ll|i will|ill|it'?ll|it will) (?:(?:be|have)\s+)?(?:long )?(?:gone|moved on|with someone else|too late|over|not (?:be )?(?:here|around|waiting))(?![\w'])${TO_END}`,
          String.raw`{WB}(?:i'?ll|i will|ill|i'?m going to|im going to|i'?m gonna|im gonna) (?:stop|quit) (?:waiting|hoping|holding on)(?: for (?:you|u|us|an answer|a reply))? (?:at|after|by|on|come|from|in)? ?(?:the end of (?:the )?(?:year|summer|spring|autumn|winter|month|week)|(?:the )?new year|christmas|easter|(?:the )?(?:spring|summer|autumn|fall|winter)|(?:${WEEKDAYS})|the \d{1,2}(?:st|nd|rd|th)?|(?:a|one|two|three|four|six) (?:weeks?|months?)|midnight|my birthday)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:don'?t|dont|do not) (?:make|keep) me wait(?:ing)? (?:past|beyond|after|longer than|till after|until after|any longer than) [^.!?\n]{1,30}?(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}if (?:you|u) (?:can'?t|cannot|cant|won'?t|wont|don'?t|dont|couldn'?t|refuse to|aren'?t (?:willing|able) to) [^.!?\n]{1,40}?,? (?:then )?(?:we|it|this|what we had|us|our (?:love|relationship|marriage)) (?:was|were|has|have) (?:never|not ever) (?:been )?(?:real|meant to be|anything|worth (?:it|anything)|love|a real (?:thing|relationship))(?![\w'])`,
          String.raw`{WB}(?:either (?:you'?re|you are|ur|u r|u'?re)|(?:you'?re|you are|ur|u r|u'?re) either) (?:with me|in(?=\s*(?:,|or\b))|all in|in this|committed|mine|serious(?: about (?:us|me|this))?|on my side|for me)[^.!?\n]{0,20}? or (?:(?:you'?re|you are|ur|u r|u'?re) )?(?:not|out|against me)(?![\w'])(?![^.!?\n]{0,12}?,? (?:as )?(?:my|his|her|our|your|the) (?:[a-z]+ ){0,2}?(?:used to (?:say|joke)|would say|always said|says|said))${ACCEPTED}`,
          String.raw`{WB}(?:i|we)(?:'ll| will)? (?:(?:really|just|still) )?(?:need|want|have|must) (?:to (?:know|hear(?: from (?:you|u))?|have (?:an|your) answer)|(?:an|your) answer|a decision)(?![^.!?\n]{0,60}?{WB}(?:whether|if|which) (?:you|u) (?:want|need|'d like|would like|(?:are|'re) (?:keeping|taking|collecting)){WE}) (?:[^.!?\n]{0,20}? )?before (?:(?:i|we) (?:sign|renew|commit|book|accept|hand in|put down|move (?:out|away|abroad|to)|leave (?:for|the country|town)|fly|go back)|(?:my|our) (?:contract|lease|tenancy|visa|flight|move|new job|job offer|offer|interview)(?: (?:renewal|runs out|ends|expires|starts))?)(?![\w'])${TO_END}`,
          String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:so|just|please|pls|and|now)[,]?\s+){0,2})(?:make (?:your|ur|a) (?:choice|decision)|make up (?:your|ur) mind|make (?:your|ur) mind up|decide|choose|give me (?:an|your) answer)(?![^.!?\n]{0,60}?{WB}(?:${JOINT_BELONGINGS}|tickets?|seats?|kids|children){WE})[^.!?\n]{0,20}? before (?:i|we) (?:leave|fly|move|sign|go back|get on|renew|book)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:i|i'?ll|i will|i shall)\s+(?:(?:fully|really|still)\s+)?expect to hear (?:from (?:you|u)|back(?: from (?:you|u))?)[^.!?\n]{0,20}?(?:by|before|within|no later than) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|the end of (?:the |next |this )?(?:week|month)|{DEADLINE})(?![\w'])${TO_END}`,
          String.raw`{WB}i (?:want|need|expect|'?ll need|'?ll want) (?:your|an?|my) (?:answer|reply|decision|response)[^.!?\n]{0,20}? (?:before|by the time) (?:you|u) (?:go to (?:bed|sleep|work)|sleep|leave for work|wake up)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:(?:your|ur|the) )?silence (?:will be|is|'ll be|will count as|counts as|will mean|means) (?:my|your|ur|an?) answer[^.!?\n]{0,20}?,? (?:and )?(?:i'?ll|i will|i shall|ill) (?:act (?:on it|on that|accordingly)|move on for good|be gone|walk away|close the door)(?![\w'])`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})there (?:won'?t|will not|wont) be (?:another|a second|a third|a next|any more) (?:chance|go|try|time)s? (?:after (?:this|that|today|tonight)(?: one)?|this time)(?=\s*(?:[.!,;\n]|$))`,
          String.raw`{WB}(?:i'?m|im|i am|i'?ll|i will|ill) (?:only )?(?:giving|give) (?:this|us|it|you|u|things) (?:until|till|til|'til|up to|one more|another|two more|a few more|one last) [^.!?\n]{0,25}?,? (?:and then|then|after that|after which)[,]? (?:i'?m|im|i am|i'?ll|i will|ill) (?:deleting|delete|blocking|block|changing|change) (?:your|ur|you|u|my number)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:after|from|past) (?:the \d{1,2}(?:st|nd|rd|th)?|${WEEKDAYS}|christmas|new year'?s?|easter|this (?:week|weekend|month)|next (?:week|month)|the end of (?:the |this )?(?:week|month))[,]? (?:i'?m|im|i am|i'?ll|i will|ill) (?:taking|take|giving|give|sending|send|throwing|throw|binning|bin|selling|sell|donating|donate|dumping|dump) (?:all )?(?:of )?(?:your|ur) (?:things|stuff|clothes|belongings|boxes|records|books|bike|gear|furniture|letters)[^.!?\n]{0,30}?(?:to (?:the )?(?:charity|tip|dump|skip|bin|oxfam)|away|out|on ebay)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:(?:you'?ll|you will|u'?ll) lose me|(?:we'?re|we are|we r|i'?m|im|i am|it'?s|its) (?:done|finished|over|through|gone))(?: for good| forever)?,? (?:if|the (?:moment|minute|day|second)|once) (?:you|u) (?!ever|want|wish|need|feel|'d|are|'re|r|do|don'?t|like|mind|agree|say so)[a-z]+${TO_END}`,
          String.raw`{WB}(?:the )?next time (?:you|u) [^.!?\n]{1,40}?,? (?:then )?(?:that'?s it|that'?s (?:us|the end)|we'?re (?:done|finished|over|through)|i'?m (?:done|gone|out)|it'?s over)(?:(?: for good| forever| between us)(?![\w'])|(?=\s*(?:[.!;\n]|$)))`,
          String.raw`{WB}(?:(?:him|her|them|(?:your|ur) [\w'-]+) or me|me or (?:him|her|them|(?:your|ur) [\w'-]+))[,;:.—–]? (?:(?:it'?s )?(?:your|ur) (?:call|choice|decision|pick)|(?:you|u) (?:choose|decide|pick)|choose|pick|decide)(?![\w'])`,
          String.raw`{WB}(?:you|u) (?:can'?t|cannot|cant) have (?:it|us|me|this) both ways[,;:—–]? (?:so )?(?:choose|pick|decide|make up (?:your|ur) mind)(?![\w'])`,
          String.raw`{WB}(?:once|the (?:moment|minute|day|second)|as soon as) (?:you|u)(?:'ve| have)? [^.!?\n]{1,40}?,? (?:then )?(?:don'?t|dont|do not) (?:bother|ever) (?:calling|coming back|texting|writing|contacting|trying|ringing)(?![\w'])`,
          String.raw`{WB}after (?:(?:this|next|the) (?:weekend|week|month)|${WEEKDAYS}|christmas|new year|easter|the \d{1,2}(?:st|nd|rd|th)?),? (?:i'?m|im|i am|i'?ll|i will|ill) (?:not (?:going to |gonna )?(?:be )?wait(?:ing)?|not (?:hanging|sticking) around|stop(?:ping)? waiting)(?: (?:any\s?more|any longer|for (?:you|u)))?(?=\s*(?:[.!,;\n]|$))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:it'?s|its|it is) (?:either )?(?:(?:him|her|them|(?:your|ur|the) [\w'-]+) or us|us or (?:him|her|them|(?:your|ur|the) [\w'-]+))(?=\s*(?:[.!;\n]|$)|,\s*\p{L}+\s*(?:[.!\n]|$)|,? (?:your|ur) (?:call|choice))`,
          String.raw`{WB}(?:choose|decide|think) (?:wisely|carefully|hard)[^.!?\n]{0,20}?,? (?:because|cos|cause|as|since) (?:i (?:won'?t|will not|wont)|there (?:won'?t|will not|wont) be)(?![\w'])${TO_END}`,
          String.raw`{WB}(?:an? )?(?:yes or (?:a )?no|answer|reply|decision)[^.!?\n]{0,10}?(?:by|before) (?:(?:the )?weekend|(?:the|this|next) (?:week|weekend|month)|{DEADLINE}) (?:is )?all i (?:need|want|ask)(?![\w'])`,
        ].join('|'),
      ),
      span: 'sentence',
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
  ],
  antipatterns: [
    // Two offers, the choice left to them: "Either we meet halfway in York or I'll come to you, whichever is easier".
    sp(
      String.raw`{WB}either (?:we|i)(?![a-z'])[^.!?\n]{1,60}? or (?:i'?ll|i will|ill) (?:come|drive|travel|get the train|fly) (?:to (?:you|u|yours|your place)|over|round|up|down)(?![a-z'])|{WB}(?:whichever (?:is|suits|works|you prefer)|whatever suits (?:you|u)|if (?:you'?d|you would|u'?d) (?:rather|prefer)|if (?:that'?s|it'?s|thats|its) easier for (?:you|u))`,
    ),
    // Logistics with a third party's reason, the shared list extended here: "I need to know by Friday if you want the sofa,
    // only because the charity collects on Saturday", "I need an answer about the kids' Christmas by the 1st, the school
    // needs to know", "You've got until Friday to enter the raffle".
    String.raw`^(?=[^\n]*?(?:(?:only |just )?because the (?:${BECAUSE_PARTIES})\b|\b(?:the|our|their|his|her) (?:${ASKING_PARTIES}) (?:needs?|wants?|has asked|asked|must have|requires?) (?:to know|an answer|numbers|it|a decision|confirmation)\b|\buntil [^.!?\n]{1,25}? to (?:enter the (?:raffle|draw|competition|quiz|race)|buy (?:raffle )?tickets|book (?:tickets|a place|your place)|sign up for (?:the|a) (?:race|run|raffle|quiz|course|class)|register for (?:the|a) (?:race|run|course|class)|vote)\b))[^\n]+`,
    // Keeping their things safe, and an offer that stands: "If you don't collect the boxes, I'll keep them in the garage,
    // no rush at all", "Take it or leave it, the offer of the spare room stands for as long as you need".
    sp(
      String.raw`{WB}(?:i'?ll|i will|ill) (?:just )?(?:keep|store|hold on to|hold onto|look after|mind) (?:them|it|the [a-z]+|your [a-z]+|ur [a-z]+)(?: for (?:you|u))? (?:safe|in (?:the|my|our) (?:garage|loft|attic|shed|cupboard|spare room|storage|basement|cellar)|for (?:you|u)|until (?:you|u) (?:want|need|are ready|'re ready|can))|{WB}take it or leave it[^.!?\n]{0,60}?(?:as long as (?:you|u) (?:need|like|want)|no pressure|no rush|whenever (?:you|u))`,
    ),
    // A family joke about "him or me", and a wait let go: "It's him or me, my dad used to joke about the dog", "I won't
    // wait forever, I know that now, and I'm letting you go with love".
    sp(
      String.raw`{WB}(?:(?:him|her|them) or me|me or (?:him|her|them))[,;]? (?:(?:my|your|ur|his|her|our) )?(?:[a-z]+ ){0,2}?(?:used to (?:joke|say)|would (?:joke|say)|always (?:joked|said)|joked|said){WE}|{WB}wait forever{WE}[^.!?\n]{0,40}?{WB}(?:i'?m|i am|im) letting (?:you|u) go{WE}`,
    ),
    // A deadline of logistics that gives way at once: "You've got until the end of the month to pick up the boxes, …, so
    // just tell me if you need more time". Antipatterns run on one sentence at a time, so `^` is its start.
    sp(
      String.raw`^(?=[^\n]*?{WB}(?:tell me|let me know|just say|shout|say so|give me a shout) if (?:{YOU}) (?:need|want|'d like|would like) (?:more|a bit more|a little more|a few more|extra|longer)(?: time| days| weeks)?{WE}|[^\n]*?{WB}if (?:that'?s|it'?s|that is|it is) (?:too soon|not enough time|a problem|tricky|difficult|awkward)(?: for (?:you|u))?{WE}|[^\n]*?{WB}i can (?:keep|hold on to|hold onto|store|mind) (?:them|it|the boxes|your things|your stuff)(?: for (?:you|u))? (?:a bit |a little |much )?longer{WE})[^\n]+`,
    ),
    // Concession, not a condition: "Even if you move to the moon I'll still turn up" (persistence, not a lever).
    sp(`{WB}even if (?:{YOU}) [^.!?\\n]{0,60}`),
    // A choice of the writer's own that was now or never, in the past: "It was now or never with the Sydney job".
    sp(`{WB}(?:it|that|this) (?:was|felt like|seemed like|seemed) (?:a )?now or never{WE}`),
    // "Now or never" about a thing, or in someone else's mouth: "It's now or never with the house, the estate agent says",
    // "now or never for the mortgage rate", "My mum always says it's now or never, but I don't think love works like that".
    sp(
      `{WB}now or never (?:with|for|on) (?:the|my|this|that|a) (?!(?:two of us|relationship|marriage|engagement|future|us)\\b)[a-z]+|{WB}now or never,? (?:(?:as )?(?:the|my|your|our|his|her) )?(?:[a-z]+ ){0,2}?(?:says|said|put it|would say|tells me|told me){WE}|{WB}(?:(?:always|used to|would|keeps?) )?(?:says|say|tells me|told me|kept saying)(?<!{WB}i (?:(?:always|used to|would|keep) )?(?:say|said)) (?:that )?(?:it'?s |it is )?now or never{WE}`,
    ),
    // A conditional about the writer's own survival is self-harm and guilt, not a lever the writer pulls.
    sp(
      `(?:i'?ll|i will|i'?d|i would|i) (?:still |even )?be (?:here|around|alive)|(?:won'?t|can'?t|cannot) (?:make it|survive|go on|live)|kill myself|end (?:it all|my life)`,
    ),
    // Telling them what they can ignore: "if you don't want to answer, that's fine" is respect.
    sp(`if (?:{YOU}) (?:don'?t|do not|dont) (?:want|feel like|wish|have time)`),
    // Silence read as an answer and then respected, with no date on it: "If you don't answer, I'll take that as your
    // answer and I won't write again".
    sp(
      `{WB}if (?:{YOU}) (?:don'?t|do not|dont) (?:answer|reply|respond|write back)(?: to (?:this|me))?,? (?:then )?(?:i'?ll|i will) (?:take|read|understand) (?:that|it|your silence) as (?:your|an|a) (?:answer|no)`,
    ),
    // The writer's own old way of thinking: "Now or never was how I used to think, and it cost us", "I told myself it
    // was now or never, so here is the letter".
    sp(
      `(?:now or never|(?:last|final) chance)[^.!?\\n]{0,30}?{WB}i (?:used to|once|always) (?:think|thought|say|said|believe|believed)|{WB}i (?:used to|once|always) (?:think|thought|say|said|believe|believed)[^.!?\\n]{0,30}?(?:now or never|(?:last|final) chance)|{WB}i (?:told|tell|kept telling|said to|promised) myself[^.!?\\n]{0,30}?(?:now or never|(?:last|final) chance)`,
    ),
    // Silence accepted without a lever: "If I don't hear back, I'll understand, and I'll take that as your answer".
    sp(
      `{WB}if (?:i|{YOU}) [^.!?\\n]{0,40}?,? (?:then )?(?:i'?ll|i will|i'?d|i would) (?:completely |totally |fully )?(?:understand|respect (?:that|it|your)|accept (?:that|it|your))(?=[,;]| and)[^.!?\\n]{0,80}`,
    ),
    // An open door: "This is the last you'll hear from me unless you decide otherwise".
    sp(
      `{WB}unless (?:{YOU}) (?:decide otherwise|say otherwise|want (?:me )?to|ask me to|would like|'d like|write (?:first|back)|reach out|get in touch){WE}`,
    ),
    // A plan they can veto, not a lever: "Unless you object, I'll tell the kids together with you".
    sp(
      `{WB}unless (?:{YOU}) (?:object|mind|disagree|say otherwise|tell me otherwise|prefer otherwise|(?:would|'d) rather (?:not|i didn'?t|i did not)){WE}`,
    ),
    // Logistics with a reason: "I need an answer on the sofa by Friday, only because the removal van comes Saturday".
    sp(
      `{WB}(?:answer|decision|reply|word) (?:on|about) (?:the|your|my|our) (?:${JOINT_BELONGINGS}){WE}|{WB}(?:only |just )?because the (?:${LOGISTICS_PARTIES}){WE}`,
    ),
    // Negated: "I'm not saying it's now or never", "there's no last chance here".
    sp(
      String.raw`${NEGWORD}[^,.;:!?\n]{0,30}?(?:(?:last|final|only) (?:chance|shot|opportunity|warning|offer)|now or never|or me|or else|ultimatum|take it or leave it)`,
    ),
  ],
  examples: [
    // Nineteenth round: a change priced at their return, and a talk held back until they confess (bargain, talk-on-terms).
    { flagged: "[[i'll stop drinking the day u move back in]]", pattern: 'bargain' },
    { flagged: "[[I'll go to couples therapy if you take me back]].", pattern: 'bargain' },
    { flagged: "[[I'll quit the band if that's what it takes to get you back]].", pattern: 'bargain' },
    { notFlagged: "I'll quit the band if that's what it takes to get my hearing back." },
    { flagged: "[[I'll quit smoking as soon as you move back in]].", pattern: 'bargain' },
    { flagged: '[[I will go to AA provided you come home]].', pattern: 'bargain' },
    { flagged: "[[If you give us another chance, I'll go to therapy]].", pattern: 'bargain' },
    { flagged: '[[if u give me another chance ill stop gambling i swear]]', pattern: 'bargain' },
    { flagged: "[[I'll change when you come back]].", pattern: 'bargain' },
    { flagged: "[[Take me back and I'll go to therapy]].", pattern: 'bargain' },
    { flagged: '[[Im going to quit drinking once u come back]]', pattern: 'bargain' },
    { flagged: "[[I'd see a counsellor if you took me back]].", pattern: 'bargain' },
    { notFlagged: "I'm going to therapy whatever you decide." },
    { notFlagged: "I'll keep going to AA whether or not you come back." },
    { notFlagged: "I'll go to therapy even if you never come back." },
    { notFlagged: "I've stopped drinking, and I hope one day you'll come back." },
    {
      notFlagged: "If you come back one day, I hope I'll be a better partner, but I'm doing this either way.",
    },
    { notFlagged: "If you ever want to give us another chance, I'd want us to see a counsellor together." },
    { notFlagged: "If we try again, I'd like us to go to couples therapy." },
    { notFlagged: "When you come back from Spain, I'll drop your books round." },
    { notFlagged: 'I stopped drinking the day you moved out.' },
    { flagged: '[[Once you admit what you did, we can talk]].', pattern: 'talk-on-terms' },
    { flagged: '[[once u admit what u did we can talk]]', pattern: 'talk-on-terms' },
    { flagged: "[[We'll talk when you say sorry]].", pattern: 'talk-on-terms' },
    { flagged: "[[I'm happy to meet, provided you admit what you did]].", pattern: 'talk-on-terms' },
    { flagged: "[[When you're ready to apologise, we can talk]].", pattern: 'talk-on-terms' },
    { flagged: '[[Only if you apologise first will I meet you]].', pattern: 'talk-on-terms' },
    { flagged: '[[The day you say sorry is the day we talk]].', pattern: 'talk-on-terms' },
    { flagged: "[[I'll own my part when you own yours]].", pattern: 'talk-on-terms' },
    { notFlagged: "We can talk when you're ready." },
    { notFlagged: "If you ever want to talk, I'm here." },
    { notFlagged: 'When you admitted what you did, I was angry for weeks.' },
    { notFlagged: 'Once you told me the truth, I understood why you left.' },
    { notFlagged: "I'd love to talk, whenever you feel ready." },
    { notFlagged: "Once you've had time to think, maybe we could have a coffee." },
    { flagged: "[[I'd move to Bristol tomorrow if you'd have me back]].", pattern: 'bargain' },
    { flagged: '[[Ill quit the pub the minute u walk back through that door]].', pattern: 'bargain' },
    { flagged: '[[Until you apologise, we have nothing to talk about]].', pattern: 'talk-on-terms' },
    { flagged: "[[We can meet once you've apologised to my sister]].", pattern: 'talk-on-terms' },
    { flagged: '[[Say sorry and we can talk]].', pattern: 'talk-on-terms' },
    { flagged: '[[Admit what you did and we can move on]].', pattern: 'talk-on-terms' },
    { notFlagged: "I'll keep going to my meetings, whether you come back or not." },
    { notFlagged: "If you come back to collect your things, I'll be out so you don't have to see me." },
    { notFlagged: "When you feel ready to talk, I'll be here." },
    { notFlagged: "We can move on when you're ready." },
    { flagged: "[[I could go to therapy if you'd take me back]].", pattern: 'bargain' },
    { flagged: "[[I'm willing to change if you come home]].", pattern: 'bargain' },
    { flagged: "[[I'll stop drinking as soon as you unblock me]].", pattern: 'bargain' },
    { notFlagged: "I'd be happy to go to counselling if you'd like to." },
    { notFlagged: "I started AA in March; if you reply to this, I'd love to tell you about it." },
    // Lead review (fourteenth): the either/or closed on never speaking again.
    { flagged: '[[Either we try again properly or we never speak again]].', pattern: 'last-chance' },
    { notFlagged: 'Whether we try again or never speak again, I wanted you to have this.' },
    // Thirteenth round, from the tuning set's misses: a refusal to answer met by another way in, money withheld, a thing
    // disposed of "if I don't hear from you".
    { flagged: "[[If you don't reply to this I'll try your work email]].", pattern: 'answer-or-else' },
    {
      flagged: "[[If you won't answer the phone I'll come to the school gates when you pick up the kids]].",
      pattern: 'answer-or-else',
    },
    { notFlagged: "If you don't reply, I'll understand, and I won't write again." },
    {
      flagged: "[[You'll never see a penny of the house money if you carry on like this]].",
      pattern: 'answer-or-else',
    },
    {
      flagged: "[[The ring goes back to the jeweller on the first of the month if I don't hear from you]].",
      pattern: 'answer-or-else',
    },
    { notFlagged: "No worries at all if I don't hear from you." },
    // Thirteenth round: "or that's it", "or I'm giving up the flat".
    {
      flagged: "[[Answer me today itself, otherwise I will understand you don't care]].",
      pattern: 'or-consequence',
    },
    { flagged: '[[reply or im coming over]]', pattern: 'or-consequence' },
    { notFlagged: "Reply if you like, or don't, and I'll understand either way." },
    { flagged: '[[talk to me before i leave for perth or thats it]]', pattern: 'or-consequence' },
    { flagged: "[[Come back before the lease is up or I'm giving up the flat]].", pattern: 'or-consequence' },
    { notFlagged: "Come to the leaving do if you can, or I'm happy to meet another day." },
    { notFlagged: "I'll keep the flat or give it up, I haven't decided, and that's my problem, not yours." },
    // Twelfth round (eval/twelfth/pitfalls12): a texting "ur last chance" said alone.
    { flagged: '[[ur last chance babe]]', pattern: 'last-chance' },
    {
      flagged: "[[I'd like an answer by the end of the month, if that's not too much to ask]].",
      pattern: 'demand-by-deadline',
    },
    { flagged: "I'll give you space, [[so long as you answer by Friday]].", pattern: 'demand-by-deadline' },
    { notFlagged: "I'd like an answer one day, if you ever feel able to give one." },
    { notFlagged: "I'd like a reply by Friday if you can, only because I'm moving and my address changes." },
    { flagged: 'I mean it. [[Your final warning]].', pattern: 'last-chance' },
    { notFlagged: 'Your last chance to see the Hockney exhibition is Sunday, if you still want to go.' },
    { notFlagged: 'your last chance at the bar exam went so well, I was so proud' },
    {
      flagged: "[[Either we try again or I'm moving to Berlin and you'll never see me again]].",
      pattern: 'last-chance',
    },
    { notFlagged: "Either we meet halfway in York or I'll come to you, whichever is easier." },
    // Sixth round (eval/sixth/danger): a way out that leaves them be, "now or never" about a thing or in someone
    // else's mouth, a deadline of logistics that gives way.
    {
      notFlagged:
        "You've got until the end of the month to pick up the boxes, after that the flat's handed back to the landlord, so just tell me if you need more time.",
    },
    {
      notFlagged:
        "You have until Friday to collect the bike; if that's too soon, I can keep it a bit longer.",
    },
    { flagged: '[[You have until Friday to decide, and I mean it]].', pattern: 'deadline-given' },
    {
      notFlagged:
        "If you ever want to meet, just drop me a line and I'll come to you, otherwise I'll leave it there.",
    },
    { notFlagged: "Write back if you'd like to, otherwise I'll leave it at that." },
    { notFlagged: "If you fancy a coffee, let me know, otherwise I'll leave you in peace." },
    { notFlagged: "Call me if you want, or I'll leave you alone, whichever you prefer." },
    { flagged: "[[Come home tonight or I'll leave you]].", pattern: 'or-consequence' },
    {
      notFlagged: "It's now or never with the house, the estate agent says, so I've taken it off the market.",
    },
    { notFlagged: "It's now or never for the mortgage rate, so I've signed." },
    { notFlagged: "My mum always says it's now or never, but I don't think love works like that." },
    { flagged: "[[It's now or never for the two of us]].", pattern: 'last-chance' },
    { notFlagged: "It's him or me, my dad used to joke about the dog, and the dog always won." },
    { notFlagged: "If you don't collect the boxes, I'll keep them in the garage, no rush at all." },
    { notFlagged: 'Take it or leave it, the offer of the spare room stands for as long as you need.' },
    {
      notFlagged:
        'I need to know by Friday if you want the sofa, only because the charity collects on Saturday.',
    },
    { notFlagged: "I need an answer about the kids' Christmas by the 1st, the school needs to know." },
    { notFlagged: "You've got until Friday to enter the raffle, all for the hospice, just saying." },
    { flagged: '[[Take it or leave it]].', pattern: 'last-chance' },
    { notFlagged: "I won't wait forever, I know that now, and I'm letting you go with love." },
    {
      flagged:
        '[[Unless you tell me the truth about that weekend, we have nothing more to say to each other]].',
      pattern: 'terms-said-otherwise',
    },
    {
      flagged: "[[If you walk away now, don't ever think you can come back]].",
      pattern: 'terms-said-otherwise',
    },
    {
      flagged: '[[If you are not ready to commit by my birthday in March, I will accept the transfer]].',
      pattern: 'terms-said-otherwise',
    },
    { notFlagged: "If you're not ready to talk by Christmas, that's okay, I'll still be here." },
    {
      flagged: "[[The ring goes back to the shop on Monday if I haven't heard from you]].",
      pattern: 'terms-said-otherwise',
    },
    { notFlagged: "I'm in Leeds until Monday, so if I haven't heard from you, I'll understand." },
    {
      flagged: '[[I should be obliged if you would reply by the end of the week]].',
      pattern: 'terms-said-otherwise',
    },
    {
      flagged: "[[All I ask is that you reply this week, it's not too much to ask]].",
      pattern: 'terms-said-otherwise',
    },
    { notFlagged: "All I ask is that you read it when you're ready." },
    { flagged: "[[Three strikes and you're out]], and you've had two.", pattern: 'terms-said-otherwise' },
    { notFlagged: 'It was now or never with the Sydney job, so I said yes to it.' },
    {
      flagged: "[[Come Friday, if I've heard nothing, I'm handing in my notice]].",
      pattern: 'terms-said-otherwise',
    },
    { flagged: "[[You've had your chances and this is the final one]].", pattern: 'terms-said-otherwise' },
    { notFlagged: 'We had so many chances to visit Rome, and this was the last one before the baby.' },
    {
      flagged: "[[You don't ring me before my flight on Thursday, we're through]].",
      pattern: 'terms-said-otherwise',
    },
    { flagged: '[[Last call, Dani: yes or no]].', pattern: 'terms-said-otherwise' },
    { notFlagged: 'Last chance to say it properly, so here goes: thank you.' },
    { flagged: '[[Pick a day this week and we meet]].', pattern: 'terms-said-otherwise' },
    { flagged: "[[Cross me again and you'll see what I'm capable of]].", pattern: 'terms-said-otherwise' },
    { flagged: '[[Please revert with your decision by EOD]].', pattern: 'terms-said-otherwise' },
    { notFlagged: 'Even if you move to the moon, I hope you find what you need.' },
    { notFlagged: "Three strikes and you're out was Dad's rule for the dog." },
    {
      flagged: "[[If you don't decide by Friday, I will accept the Leeds job and we're done]].",
      pattern: 'if-not-by-deadline',
    },
    { flagged: "[[Tomorrow's your last chance to make this right]].", pattern: 'terms-said-otherwise' },
    { flagged: "[[If he's still in the picture by summer, I'm out]].", pattern: 'terms-said-otherwise' },
    { notFlagged: "If he's still in the picture by summer, I hope he's good to you." },
    { flagged: "[[I'll need an answer from you by the weekend]].", pattern: 'terms-said-otherwise' },
    { flagged: "[[I'll be expecting your answer first thing tomorrow]].", pattern: 'terms-said-otherwise' },
    {
      flagged: '[[Think very carefully about what happens to your reputation if you keep this up]].',
      pattern: 'terms-said-otherwise',
    },
    { flagged: '[[Come and get your boxes this weekend or they go to the tip]].', pattern: 'lever' },
    {
      flagged:
        "[[I'd love to see you, but I'll only say this once: either we try properly this time or we leave it for good]].",
      pattern: 'lever',
    },
    { flagged: '[[Either we give it a proper go or we leave it]].', pattern: 'lever' },
    { notFlagged: 'Either we meet in York or we leave it till spring, whichever suits you.' },
    { notFlagged: 'I think either we talk it through or we let it go, and both are fine with me.' },
    // Lead review (thirteenth round): what is theirs kept until they talk; not until they collect it.
    {
      flagged:
        "I've kept your grandmother's ring safe. [[I'll hold on to it until you come and talk to me properly, face to face]].",
      pattern: 'lever',
    },
    { flagged: "[[i'll keep ur guitar till u call me]]", pattern: 'lever' },
    { notFlagged: "I'll hold on to your post until you come and pick it up." },
    { notFlagged: "I'll keep the dog until you're settled in the new flat." },
    { flagged: "I'll only say this once: [[him or me]], before the wedding.", pattern: 'last-chance' },
    {
      flagged: "[[If the answer is still no by the time I land in Dublin, I'm selling the ring]].",
      pattern: 'if-not-or-else',
    },
    { notFlagged: 'If the answer is still no, I understand.' },
    { flagged: "[[I'm giving you up to month end, then I'm done]].", pattern: 'deadline-given' },
    { flagged: "[[Once the papers are signed, that's us finished]].", pattern: 'lever' },
    { flagged: "[[I won't be coming back for you after that]].", pattern: 'lever' },
    { flagged: "[[Take your time, but know that I won't be here in the spring]].", pattern: 'lever' },
    { flagged: "[[If you want to talk, it's now]].", pattern: 'lever' },
    { flagged: '[[You get one shot at this]].', pattern: 'last-chance' },
    { flagged: '[[u answer by sunday or we r done]]', pattern: 'or-consequence' },
    { flagged: "[[If you're not beside me by then, I'm leaving for good]].", pattern: 'if-not-or-else' },
    { flagged: "[[After this week I'm changing my number]].", pattern: 'last-chance' },
    { flagged: "[[Ye've til Hogmanay tae make yer mind up]].", pattern: 'deadline-given' },
    { notFlagged: "I'll be thinking of you until Christmas, and after." },
    { notFlagged: "Once the house sale goes through, we're done with the solicitors at last." },
    { notFlagged: "I won't be here in the spring, I'm off to Spain with work, so write to my sister's." },
    { notFlagged: 'You get one shot at a first impression, they say, and I blew mine with your dad.' },
    { flagged: '[[Make your choice by Friday]].', pattern: 'demand-by-deadline' },
    { notFlagged: "After Friday, I'm done with exams, so I'll have more time to think." },
    { notFlagged: 'Now or never was how I used to think, and it cost us.' },
    { notFlagged: "Unless you object, I'll tell the kids together with you." },
    { notFlagged: "If you don't answer, I'll take that as your answer and I won't write again." },
    { notFlagged: 'I need an answer on the sofa by Friday, only because the removal van comes Saturday.' },
    {
      flagged: "[[If you don't answer by Sunday, I'll take that as a no and I'm done]].",
      pattern: 'if-not-by-deadline',
    },
    { flagged: "[[Answer me tonight or I'm deleting your number]].", pattern: 'lever' },
    { flagged: '[[Sign the papers fairly or the judge hears everything]].', pattern: 'lever' },
    { flagged: '[[You will give me the dog back by Friday, or I ring the police]].', pattern: 'lever' },
    {
      flagged: "[[You come to Mum's seventieth as my husband, or you don't come at all]].",
      pattern: 'lever',
    },
    { flagged: "[[I'll ring your office if you don't pick up your mobile]].", pattern: 'lever' },
    { flagged: '[[everyone at uni is gonna see the screenshots if u keep ignoring me]]', pattern: 'lever' },
    { flagged: '[[After the 30th your things go to the charity shop]].', pattern: 'lever' },
    {
      flagged: "[[This is the last time I'm reaching out, after this the door's shut for good]].",
      pattern: 'lever',
    },
    {
      flagged: "[[i'm giving this til christmas and then i'm moving on, for real this time]]",
      pattern: 'lever',
    },
    { flagged: "[[I won't be asking again after your birthday]].", pattern: 'lever' },
    { flagged: '[[Last chance, Jess]].', pattern: 'lever' },
    { flagged: "[[The offer won't stand forever]].", pattern: 'lever' },
    { flagged: "[[This is the last time I'm asking]].", pattern: 'lever' },
    { flagged: '[[Last chance, after this I stop trying]].', pattern: 'lever' },
    { flagged: '[[If you sign that lease with him, we are finished, I mean it]].', pattern: 'lever' },
    { flagged: "This is your chance. [[There won't be another]].", pattern: 'lever' },
    { flagged: '[[I am not going to wait past Easter]].', pattern: 'lever' },
    { notFlagged: "There won't be another letter from me unless you write back." },
    { flagged: '[[Either we go to couples therapy or this is over]].', pattern: 'lever' },
    { flagged: "[[If he's at the party, I'm not coming, and that's final]].", pattern: 'lever' },
    { flagged: "[[You either want this or you don't, and I need to know tonight]].", pattern: 'lever' },
    { notFlagged: "I need to know you're safe, that's all." },
    { flagged: "[[It's either counselling or divorce, you pick]].", pattern: 'lever' },
    { flagged: "[[I'm not waiting forever]]. Decide.", pattern: 'lever' },
    { flagged: "[[This is the final time I'll ask you to come home]].", pattern: 'lever' },
    {
      flagged: "[[Pay back what you owe by the end of the month or I'm going to a lawyer]].",
      pattern: 'lever',
    },
    { flagged: "[[You don't call me tonight, we're done, simple]].", pattern: 'lever' },
    { notFlagged: 'The last time I asked you for anything was years ago.' },
    {
      flagged: "[[If you don't come to the mediation, I'll tell the judge everything about your drinking]].",
      pattern: 'if-not-or-else',
    },
    {
      flagged: "[[If you keep seeing her I'm taking the car and half the savings]].",
      pattern: 'if-not-or-else',
    },
    { notFlagged: "I'll call you tomorrow if you don't mind." },
    { notFlagged: 'After the 30th your things will still be here, whenever you want them.' },
    { notFlagged: 'My door is always open, whatever you decide.' },
    { notFlagged: 'Last chance to say it: I loved our years together.' },
    { flagged: 'You know how I feel. [[Last chance]].', pattern: 'or-never-hear' },
    { flagged: "[[Don't answer and you'll never hear from me again]].", pattern: 'or-never-hear' },
    { flagged: "[[I'm not waiting past Friday]].", pattern: 'or-never-hear' },
    { notFlagged: "It isn't a last chance, just a letter." },
    { notFlagged: "Don't answer and I'll understand." },
    { flagged: "[[If you don't answer by Sunday, I'll move on for good]].", pattern: 'if-not-by-deadline' },
    {
      flagged: 'I love you, [[but if u dont text me back by tonight im blocking ur number]].',
      pattern: 'if-not-by-deadline',
    },
    {
      flagged: "[[If I don't hear back from you by the end of the month, I'm giving your things away]].",
      pattern: 'if-not-by-deadline',
    },
    { flagged: "Think about it. [[If you don't come back, we're finished]].", pattern: 'if-not-or-else' },
    { flagged: '[[Unless you leave him, forget about me forever]].', pattern: 'if-not-or-else' },
    { flagged: '[[If you keep ignoring me, then I am done with this for good]].', pattern: 'if-not-or-else' },
    { flagged: '[[Reply to me before the end of the week]].', pattern: 'demand-by-deadline' },
    { flagged: 'Jo, [[I want an answer by Monday]].', pattern: 'demand-by-deadline' },
    { flagged: "[[If you move in with her, don't expect me to be waiting]].", pattern: 'if-not-or-else' },
    { flagged: '[[One more month of this and I am done]].', pattern: 'last-chance' },
    { flagged: "[[It's either me or your band]], and I mean that.", pattern: 'last-chance' },
    { flagged: "[[Ring me on Sunday, otherwise we're through]].", pattern: 'or-consequence' },
    { flagged: '[[You have until Friday to decide]].', pattern: 'deadline-given' },
    { flagged: "[[I'm giving you three days, then I stop waiting]].", pattern: 'deadline-given' },
    { flagged: "I've been patient, [[but I won't wait forever]].", pattern: 'deadline-given' },
    { flagged: '[[This is your last chance]], and I mean it.', pattern: 'last-chance' },
    { flagged: "[[It's him or me]]; you can't have both.", pattern: 'last-chance' },
    { flagged: "[[Either you come back to me or I'm gone]].", pattern: 'last-chance' },
    { flagged: "[[Meet me on Saturday, or we're done]].", pattern: 'or-consequence' },
    { notFlagged: "I will wait for your answer, whenever it comes or if it doesn't." },
    { notFlagged: "If you don't want to come back, I'll understand, and I'll move on." },
    { notFlagged: "If you don't answer by Sunday, I'll understand; there's no pressure." },
    { notFlagged: "If you don't feel the same, that's okay." },
    { notFlagged: "If you don't want to reply, that's fine, and I'll leave you in peace." },
    { notFlagged: "I'm not giving you an ultimatum, and there's no deadline." },
    { notFlagged: 'My friend said "it\'s now or never" but I don\'t believe in that.' },
    { notFlagged: 'Will you give us one last chance?' },
    { notFlagged: 'I know this letter may be my last chance to say how sorry I am.' },
    { notFlagged: "If you say no, I'll accept it and wish you well." },
    { notFlagged: "Either way, I'm glad I wrote this." },
    { notFlagged: "You have until you're ready, and that's all the time there is." },
    { notFlagged: 'By June I want to have finished the anger course, whatever happens between us.' },
    { notFlagged: "Let me know by Friday if you can still make it to Ben's wedding." },
    { notFlagged: 'If you go to the reunion, say hi to Marta for me.' },
    { notFlagged: "I'll be in town until Sunday, if you'd like a coffee." },
    {
      flagged: "[[If you won't sign the lease, I'll sell the flat and I'm gone]].",
      pattern: 'if-not-or-else',
    },
    { flagged: '[[If you keep ignoring me, I will turn up at your flat]].', pattern: 'if-not-or-else' },
    { flagged: '[[If I get no reply by the end of the month, we are done]].', pattern: 'if-not-by-deadline' },
    { flagged: '[[Should the money not arrive, I will contact my solicitor]].', pattern: 'if-not-or-else' },
    { flagged: "[[You've got till Eid to make up your mind]].", pattern: 'terms-set' },
    { flagged: "[[It's the wedding with me or nothing]].", pattern: 'terms-set' },
    { flagged: '[[Choose today, or I am booking the flight]].', pattern: 'terms-set' },
    { flagged: '[[Do that again and I will call your mother]].', pattern: 'terms-set' },
    { flagged: '[[I shall expect a written answer from you by the end of the week]].', pattern: 'terms-set' },
    { flagged: 'i cant do this anymore [[text me by sunday ok]]', pattern: 'by-then-ok' },
    { notFlagged: 'It was all or nothing with you, and I loved that.' },
    { notFlagged: "If I don't hear back, I'll assume you'd rather not, and I'll respect that." },
    { notFlagged: 'Say it again and I will believe you this time.' },
    { notFlagged: "If you don't like the book, I'll take it back." },
    { notFlagged: 'I have until Friday to finish my thesis.' },
    { notFlagged: "If you don't mind, I'll come to your work to drop off the box." },
    { notFlagged: "If you can't forgive me, I will understand and leave you in peace." },
    { flagged: '[[This weekend is your last chance to make this right]].', pattern: 'terms-set' },
    { flagged: "[[Say yes by Christmas or I'm moving on]].", pattern: 'terms-set' },
    { flagged: "[[Unless you cut him off, there's no future for us]].", pattern: 'if-not-or-else' },
    { notFlagged: 'Friday is your last chance to see the exhibition, Lina said.' },
    { notFlagged: 'If you move to Perth, I hope you find the job you want.' },
    { flagged: '[[ur last chance is this weekend]]', pattern: 'terms-set' },
    {
      flagged: "[[Make your mind up by the end of the week or I'll decide for both of us]].",
      pattern: 'terms-set',
    },
    { flagged: '[[If you choose him, you lose me]].', pattern: 'if-not-or-else' },
    { notFlagged: 'If you choose him, I hope he makes you happy.' },
    { flagged: "[[I'm not going to wait past your birthday]].", pattern: 'terms-set' },
    { flagged: "[[One more lie and we're done]].", pattern: 'terms-set' },
    { flagged: "I'm around. [[You've got till my birthday]].", pattern: 'terms-set' },
    { notFlagged: "You've got till my birthday to think of a present, no pressure, ha." },
    { notFlagged: 'You have got until June off work, lucky you.' },
    { notFlagged: 'One more thing: I kept your scarf.' },
    {
      flagged: "[[Should you fail to reply within fourteen days, I shall assume it's over]].",
      pattern: 'if-not-by-deadline',
    },
    { flagged: "[[You have thirty days from today, then I'm done]].", pattern: 'deadline-given' },
    { flagged: "[[If by Easter you still haven't decided, we're finished]].", pattern: 'if-not-or-else' },
    { flagged: "[[If you're not at the station, I'm gone for good]].", pattern: 'if-not-or-else' },
    {
      flagged: "[[If you don't come to the party with me, I'll take someone else]].",
      pattern: 'if-not-or-else',
    },
    { flagged: '[[When this summer is over, the offer closes]].', pattern: 'lever' },
    { flagged: "[[When the offer runs out, I'm done waiting]].", pattern: 'lever' },
    { flagged: '[[Friday is the deadline]].', pattern: 'lever' },
    { flagged: '[[Your deadline is the end of the month]].', pattern: 'lever' },
    { flagged: '[[My patience runs out on Sunday]].', pattern: 'lever' },
    { flagged: "[[I'm not giving your guitar back until you talk to me]].", pattern: 'lever' },
    { flagged: '[[If you want to see the dog again, you know what to do]].', pattern: 'lever' },
    { flagged: "[[If you won't tell him, I will]].", pattern: 'lever' },
    { flagged: '[[We spoke last week, otherwise I shall consider the matter closed]].', pattern: 'lever' },
    {
      notFlagged: "If I don't hear back, I'll understand, and I'll take that as a no with no hard feelings.",
    },
    { notFlagged: 'I told myself it was now or never, so I wrote.' },
    { notFlagged: "I won't write again unless you decide otherwise." },
    { notFlagged: "When the course is over, I'm moving back to Leeds." },
    { notFlagged: 'My patience with myself is running out, honestly.' },
    { notFlagged: 'The deadline for the car tax is Friday, so I paid it.' },
    { notFlagged: "I'm not giving up on therapy until my counsellor says I'm ready." },
    { notFlagged: "If you won't be home, I will leave the parcel with Sue." },
    { notFlagged: 'I have a deadline at work on Monday, so this letter is short.' },
    // Eleventh round: a consequence ends at a word edge, and a last chance to see a show is no ultimatum.
    { notFlagged: "If you don't answer, I'm outdoors all weekend anyway, hiking." },
    { flagged: "[[If you don't answer, I'm out]].", pattern: 'if-not-or-else' },
    { notFlagged: "It's your last chance to see the exhibition, it closes Sunday, you'd love it." },
    { notFlagged: 'My door is open at any time, always.' },
    {
      flagged: "[[I'll give it till spring, and then I'm moving on, with or without you]].",
      pattern: 'deadline-given',
    },
    { flagged: "[[I'm not going to wait around while you make up your mind]].", pattern: 'deadline-given' },
    {
      flagged: '[[You can either come to counselling or we end it properly]].',
      pattern: 'last-chance',
    },
    { notFlagged: "I'll give it till spring, and then I'll plant the tomatoes you liked." },
    { notFlagged: "I'm not going to wait around for the bus, I'll walk." },
    { notFlagged: 'You can either take the bookcase or I can bring it round, whatever suits.' },
    { notFlagged: 'The invitation stands on any day you like.' },
    { notFlagged: "After Christmas I'm moving onto nights at work." },
    { notFlagged: "It's him or melancholy, that old song says." },
    { flagged: '[[The offer stands until Friday]].', pattern: 'last-chance' },
    { flagged: "[[After Christmas I'm moving on]].", pattern: 'last-chance' },
    { flagged: '[[This is your last chance to see me]].', pattern: 'last-chance' },
    { flagged: "[[It's your last chance to get the family back together]].", pattern: 'last-chance' },
    // Fourteenth round (danger14): silence read as consent.
    { flagged: "[[If you don't answer this, I'll take it as a yes]].", pattern: 'if-not-or-else' },
    { flagged: "[[if you say nothing I'm going to assume it's fine]]", pattern: 'if-not-or-else' },
    { notFlagged: "If you don't reply I'll assume you're happy with the arrangement for the kids." },
    { notFlagged: "If you don't answer, I'll assume you're busy and try again another time." },
    { notFlagged: "If you don't want the sofa, I'll take it." },
    { flagged: "[[Silence means you don't care, and I'll act accordingly]].", pattern: 'lever' },
    { flagged: '[[Your silence means yes]].', pattern: 'lever' },
    {
      flagged: "[[Either we talk this weekend or I'm giving the ring back to your mother]].",
      pattern: 'lever',
    },
    { flagged: "[[I'm done waiting after Easter]].", pattern: 'lever' },
    { notFlagged: "I'm done waiting for the bus, I'm getting a taxi." },
    // Fourteenth round (danger14): a deadline in passing, asked or said, left alone on logistics.
    { flagged: '[[I would appreciate a reply by the end of next week]].', pattern: 'demand-by-deadline' },
    { flagged: '[[I am waiting for your reply by this Sunday latest]].', pattern: 'demand-by-deadline' },
    { flagged: "[[I'll need to know where we stand by the weekend]].", pattern: 'lever' },
    { flagged: "[[By Sunday I want to know if there's still an us]].", pattern: 'lever' },
    { notFlagged: 'I need to know by Friday if you want the sofa.' },
    {
      flagged: '[[Can you let me know by tomorrow whether you still want this]]?',
      pattern: 'deadline-asked',
    },
    { flagged: '[[Could you give me an answer before I fly out on Thursday]]?', pattern: 'deadline-asked' },
    { notFlagged: 'Could you let me know by the 12th which weekend works for the kids?' },
    { flagged: "[[I'm not waiting around forever, so decide soon]].", pattern: 'lever' },
    // Seventeenth round (probe eval/seventeenth/reproach17): polite deadlines with a lever, a wait given a length.
    { flagged: "[[Just let me know by Thursday and I'll sort something else]].", pattern: 'lever' },
    { flagged: '[[let me know by the 3rd otherwise im booking the flights just for me]]', pattern: 'lever' },
    { notFlagged: "Let me know by Friday if you want the sofa, otherwise I'll sort something else." },
    { notFlagged: "Let me know by Thursday if you'd like to come, and if not, no worries at all." },
    {
      flagged: "[[I'll need an answer before I renew the lease — after that I'm moving on]].",
      pattern: 'lever',
    },
    {
      notFlagged:
        "I'll hear back from the bank before Friday, and after that I'm moving on to the next flat.",
    },
    { flagged: "[[I'm giving it one more week, and after that I'm done waiting]].", pattern: 'lever' },
    { notFlagged: "I'm giving it one more week at the bakery, then I'm off to college." },
    { notFlagged: "I'm giving it one more month at the café and then I'm moving on." },
    { flagged: '[[I need to know where we stand before Christmas]].', pattern: 'lever' },
    {
      flagged: '[[I need you to tell me where we stand by the end of the month, because the lease is up]].',
      pattern: 'lever',
    },
    { notFlagged: 'I need you to tell me by Friday which weekend works for the kids.' },
    {
      flagged: '[[If until sunday you not answer, I will understand it is finish and I go]].',
      pattern: 'lever',
    },
    { flagged: "[[Take your time, just don't expect me to still be waiting]].", pattern: 'lever' },
    { notFlagged: "Don't expect me to be waiting at the station, I'll be at work till six." },
    // Twentieth round (probe eval/twentieth/ultimatum20-probe): the consequence said without the stock words.
    { flagged: "[[Keep this up and you'll lose me for good]].", pattern: 'door-closing' },
    { flagged: "[[Don't come crying to me when it's too late]].", pattern: 'door-closing' },
    { flagged: "[[The moment you go on that date with him, we're finished]].", pattern: 'door-closing' },
    {
      flagged: "[[Once I board that plane on Friday it's over for good, so think carefully]].",
      pattern: 'door-closing',
    },
    { flagged: "[[By the time you figure out what you want, I'll be long gone]].", pattern: 'door-closing' },
    {
      flagged: "[[I'll stop waiting at the end of summer, whether you've decided or not]].",
      pattern: 'door-closing',
    },
    { flagged: "[[Don't make me wait past New Year's, because I won't]].", pattern: 'door-closing' },
    { flagged: "[[If you can't forgive this, then we were never real]].", pattern: 'door-closing' },
    { flagged: "[[Either you're with me or you're not]].", pattern: 'door-closing' },
    { flagged: '[[I need to know before I sign the lease on the 1st]].', pattern: 'door-closing' },
    {
      flagged: "[[Make your choice before I leave for Leeds, because I won't ask again]].",
      pattern: 'door-closing',
    },
    { flagged: '[[I expect to hear from you by the weekend]].', pattern: 'door-closing' },
    { flagged: '[[I want your answer before you go to bed tonight]].', pattern: 'door-closing' },
    { flagged: "[[Your silence will be my answer, and I'll act on it]].", pattern: 'door-closing' },
    { flagged: "[[There won't be a second chance after this one]].", pattern: 'door-closing' },
    {
      flagged: "[[I'm giving this one more week, and then I'm deleting your number]].",
      pattern: 'door-closing',
    },
    { flagged: "[[After the 15th I'm taking your things to the charity shop]].", pattern: 'door-closing' },
    {
      flagged:
        "[[If you can't commit to me now, I'm not sticking around to find out whether you ever will]].",
      pattern: 'if-not-or-else',
    },
    {
      flagged: '[[Should you choose to remain silent, I will consider the matter closed]].',
      pattern: 'if-not-or-else',
    },
    {
      flagged: "[[If this letter gets no answer, it's the last you'll ever hear from me]].",
      pattern: 'terms-said-otherwise',
    },
    { notFlagged: "By the time you read this, I'll be in Spain for the summer." },
    { notFlagged: "I'll stop waiting tables in June and start the course." },
    { notFlagged: 'I need to know whether you want the sofa before I move out.' },
    { notFlagged: "I'm done waiting for myself to change, so I've booked a therapist." },
    { notFlagged: "Before I sign the lease, I wanted you to know I'm staying in town." },
    { notFlagged: "If I don't hear back, I'll take it that you need space, and that's okay." },
    { notFlagged: "The offer from the Bristol firm won't be on the table for long, so I took it." },
    { notFlagged: "I couldn't wait forever for the landlord to fix the boiler, so I moved out." },
    { notFlagged: 'It was him or me in the promotion round, and he got it.' },
    { notFlagged: "After Sunday I'm off to Spain for a fortnight, so I'll be slow to reply." },
    { notFlagged: 'The moment you walked into the café, I knew I was done for.' },
    { notFlagged: "Keep this up and you'll be running the whole department by spring, honestly." },
    { notFlagged: "If you don't want to reply, I'll understand and I won't write again." },
    { notFlagged: "I'm giving myself until spring to finish the course." },
    {
      flagged: "[[Carry on like this and you'll wake up one day and I'll be gone]].",
      pattern: 'door-closing',
    },
    { flagged: '[[keep ignoring me n ur gonna lose me]]', pattern: 'door-closing' },
    {
      flagged: '[[Should you remain silent, I shall consider our engagement at an end]].',
      pattern: 'if-not-or-else',
    },
    { notFlagged: "Once the exams are over, it's over for good with that job, thank God." },
    { notFlagged: "Either you're in town that weekend or you're not, no worries either way." },
    { notFlagged: "You're either with me or against me, my dad used to say." },
    { notFlagged: "Carry on like this and you'll make a wonderful nurse." },
    { notFlagged: "There won't be another chance to see the comet for seventy years." },
    { flagged: "[[You'll lose me for good if you go to that party]].", pattern: 'door-closing' },
    { flagged: "[[Next time you let me down, that's it]].", pattern: 'door-closing' },
    { flagged: '[[Her or me, your call]].', pattern: 'door-closing' },
    { flagged: "[[You can't have it both ways, so choose]].", pattern: 'door-closing' },
    { flagged: "[[Once you've moved in with her, don't bother calling]].", pattern: 'door-closing' },
    { flagged: "[[Friday's the cut-off]].", pattern: 'lever' },
    { flagged: '[[i swear if u go to that wedding with her we r done]]', pattern: 'if-not-or-else' },
    { flagged: "[[If you can't be honest with me, we have no future]].", pattern: 'terms-said-otherwise' },
    {
      flagged: "[[If you still haven't said anything by spring, I'm moving on without you]].",
      pattern: 'if-not-by-deadline',
    },
    { notFlagged: "I'm done if you are, honestly, it's late." },
    { notFlagged: "Next time you're in Leeds, that's it, we're getting the good curry." },
    { notFlagged: "It's over if you want it to be, and I'll respect that." },
    { notFlagged: "Once you've settled in, don't bother sending the books back, keep them." },
    {
      flagged: '[[I have to know where we stand before my contract renewal on the 30th]].',
      pattern: 'door-closing',
    },
    { flagged: "[[Once the lease is signed, there's no going back for us]].", pattern: 'door-closing' },
    { flagged: "[[After this weekend I'm not waiting anymore]].", pattern: 'door-closing' },
    { flagged: "[[It's the wedding or us, Kate]].", pattern: 'door-closing' },
    { flagged: "[[Choose wisely, because I won't ask twice]].", pattern: 'door-closing' },
    { flagged: '[[A yes or no by Friday is all I need]].', pattern: 'door-closing' },
    { notFlagged: "After this weekend I'm not working Saturdays anymore." },
    { notFlagged: "It's the pub or the cinema on Friday, your call." },
    { notFlagged: "Once I've moved to Leeds, there's no going back to that job." },
  ],
})
