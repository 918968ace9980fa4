// An ultimatum: a deadline, or a condition on what the reader does with a hard consequence attached.
// "If you don't want to come back, I'll understand" is acceptance (a wish, not an act demanded), and
// "If you don't answer by Sunday, I'll understand" is left alone: what makes the ultimatum is the lever.
import { defineRule } from '../define.js'

/** Runs the match on to the end of its clause group (before `. ! ? ;`), so the span holds the consequence. */
const TO_END = String.raw`(?:[^.!?\n;…]{0,150}?(?=\s*(?:[.!?\n;…]|$)))?`

/** A negation word, `n't` and texting forms included (the shared NOT_NEGATED macro misses "don't"). */
const NEGWORD = String.raw`(?:\b(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)\b`

/** What the reader is told to do (acts, not feelings: "if you don't want to" is not a demand). */
const ACT = `(?:answer|reply|respond|write(?: back)?|call|ring|text|message|dm|contact me|reach out|get back to me|get in touch|come back|come home|return|decide|choose|pick|make up (?:your|ur) mind|make a decision|meet(?: me)?|see me|show up|leave (?:him|her|them)|break up with|give (?:me|us|this|it) (?:a|another|one more|a second|one last|a last)|take me back|forgive me|say yes|call me|tell me|talk to me|speak to me|unblock me|end it with)`

/** The condition put on the reader. */
const COND = String.raw`{B}(?:if (?:{YOU}) (?:still )?(?:don'?t|do not|dont|won'?t|wont|will not|can'?t|cant|cannot|didn'?t|didnt|refuse to|fail to)\s+(?:(?:even|ever|at least|just|finally|bother to)\s+)?${ACT}|unless (?:{YOU}) (?:(?:finally|at least|actually)\s+)?${ACT}|if i (?:don'?t|do not|dont|haven'?t|havent|have not) (?:hear|heard|get|got|receive|received|have)(?: (?:back|anything|an answer|a reply|a response|word))?(?: from (?:you|u))?|if (?:there'?s|there is) no (?:answer|reply|response|word)|if (?:you'?re|you are|ur|u r|u'?re) (?:still )?(?:not (?:back|here|home|mine)|still (?:with|seeing|dating) (?:him|her|them|that))|if (?:{YOU}) (?:ignore|keep ignoring|stay with|go back to|choose|pick|keep seeing|stay silent|move in with|marry|sleep with|go out with)(?:{E}|\s))`

/** A date or delay. */
const DEADLINE = String.raw`(?:{B}(?:by|before|until|till|til|within|in the next|no later than)\s+(?:(?:the )?weekend|christmas|new year'?s?(?: eve| day)?|easter|valentine'?s(?: day)?|(?:my|your|ur|our) (?:birthday|anniversary)|the holidays|the end of (?:the )?(?:year|summer)|(?:a|an|one|two|three|four|five|six|seven|ten|\d+)\s+(?:hours?|days?|weeks?|months?)|{DEADLINE})|{B}(?:tonight|today|tomorrow|this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday)))(?![\p{L}\p{N}])`

/** A hard consequence: finality, loss, contact cut. "I'll understand" or "I'll respect that" is not one. */
const CONSEQ = String.raw`(?:(?:i'?ll|i will|i'?m|i am|im|we'?re|we are|it'?s|it is|its|it'?ll be|that'?s|that is|then|you'?ll|you will|u'?ll|u will|then i'?ll|i'?m going to|i'?m gonna|consider (?:us|it|this))\s+(?:(?:just|really|simply|officially|finally|definitely|be)\s+)*(?:done|gone|out|over|finished|through|history|moving on|move on (?:for good|forever|for real|and never)|walk(?:ing)? away(?: for good| forever)?|leav(?:e|ing) (?:for good|forever|and never)|giv(?:e|ing) up on (?:us|you)(?: for good| forever)?|stop(?:ping)? (?:trying|waiting|caring)|never (?:speak to|talk to|write to|contact|see|hear from|come back)|find(?:ing)? someone (?:else|new)|block(?:ing)? (?:you|u|ur|your)|delet(?:e|ing) (?:your|ur|you|everything|our)|los(?:e|ing) me|never see me|never hear from me|too late|the end|over between us|burn(?:ing)? (?:your|ur|our|everything))|forget (?:about )?(?:me|us|it)(?: for good| forever)?|don'?t (?:bother|ever) (?:coming back|calling|writing|contacting|texting|trying)|don'?t bother)`

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
      re: String.raw`${COND}[^.!?\n]{0,60}?${DEADLINE}(?![^.!?\n]{0,80}?(?:i'?ll (?:understand|respect|accept)|i (?:will )?understand|no (?:pressure|worries|hard feelings|problem)|(?:that'?s|it'?s|that is|it is) (?:ok|okay|fine|alright|completely fine)))${TO_END}`,
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'if-not-or-else',
      // "If you don't come back, we're finished", "Unless you leave him, forget about me".
      re: `${COND}{GAP}${CONSEQ}${TO_END}`,
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'deadline-given',
      // "You have until Friday to decide", "I'm giving you one week", "I won't wait forever".
      re: String.raw`{B}(?:(?:{YOU}|you'?ve|u'?ve)\s+(?:only\s+)?(?:have|got|get|have got|'ve got)\s+(?:until|till|til|'til|(?:exactly |only |just )?(?:a|an|one|two|three|four|five|seven|ten|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)(?=\s*(?:to|before|or|left|and then|then|[,.!;\n]|$)))|(?:i'?ll|i will|i'?m|i am|im)\s+(?:only\s+)?(?:give|giving)\s+(?:you|u)\s+(?:until|till|til|(?:exactly |only |just )?(?:a|one|two|three|four|five|seven|ten|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)(?=\s*(?:to|before|or|and then|then|,|[.!;\n]|$)))|(?:i'?ll|i will|i'?m|im|i am) (?:only )?(?:wait|waiting) (?:until|till|til) [^.!?\n]{0,30}?(?:,\s*|\s+)(?:(?:and|but)\s+)?(?:then|after that|not a day longer|no longer|that'?s it)|(?:i won'?t|i will not|i wont|i'?m not going to|i'?m not gonna|im not gonna|i am not going to) (?:wait|be waiting) (?:forever|much longer|any longer|around forever))${TO_END}`,
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'last-chance',
      // "This is your last chance", "It's now or never", "It's him or me", "Either you come back or I'm gone".
      re: String.raw`{B}(?:(?:this is|it'?s|its|that'?s|this will be|consider this) (?:(?:really|truly|honestly|officially|definitely) )?(?:your|ur|our) (?:last|final|only|very last) (?:chance|shot|opportunity)|(?:{YOU}) (?:have|get|'ve got|have got) one (?:last|final) chance|now or never|take it or leave it|(?:my )?final (?:warning|offer|ultimatum)|(?:it'?s|its) (?:me or (?:him|her|them|your (?:job|friends|career|family))|(?:him|her|them) or me)|(?:choose|pick|decide)[:,]? (?:me|him|her|us) or (?:him|her|me|them)|either (?:{YOU})\s+(?!or\b)[^.!?\n]{1,60}?{B}or (?:else|i|i'?ll|i'?m|im|we'?re|it'?s|its|you'?ll|you will|you never|u never|forget|don'?t|lose)(?![\p{L}\p{N}])|{B}or else(?=\s*(?:[.!\n]|$)))`,
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
    {
      id: 'or-consequence',
      // An order followed by "or it's over", "or forget about us", "or we're done".
      re: String.raw`{B}or (?:(?:it'?s|its|we'?re|we are|i'?m|im|i am|that'?s)\s+(?:(?:really|just|officially)\s+)?(?:over|done|finished|through|gone|the end)|i'?ll (?:move on|leave|be gone|walk away|find someone|block|delete)|forget (?:about )?(?:me|us|it)|don'?t (?:bother|ever)|lose me|(?:you'?ll|you will|u'?ll) (?:never|lose))(?![\p{L}\p{N}])${TO_END}`,
      suggest: ['Take all the time you need; whatever you decide, I will respect it.'],
    },
  ],
  antipatterns: [
    // Telling them what they can ignore: "if you don't want to answer, that's fine" is respect.
    `if (?:{YOU}) (?:don'?t|do not|dont) (?:want|feel like|wish|have time)`,
    // Negated: "I'm not saying it's now or never", "there's no last chance here".
    String.raw`${NEGWORD}[^,.;:!?\n]{0,30}?(?:(?:last|final|only) (?:chance|shot|opportunity|warning|offer)|now or never|or me|or else|ultimatum|take it or leave it)`,
  ],
  examples: [
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
    { flagged: '[[You have until Friday to decide]].', pattern: 'deadline-given' },
    { flagged: "[[I'm giving you three days, then I stop waiting]].", pattern: 'deadline-given' },
    { flagged: "I've been patient, [[but I won't wait forever]].", pattern: 'deadline-given' },
    { flagged: '[[This is your last chance]], and I mean it.', pattern: 'last-chance' },
    { flagged: "[[It's him or me]]; you can't have both.", pattern: 'last-chance' },
    { flagged: "[[Either you come back to me or I'm gone]].", pattern: 'last-chance' },
    { flagged: "Meet me on Saturday, [[or we're done]].", pattern: 'or-consequence' },
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
    { notFlagged: "I'll be in town until Sunday, if you'd like a coffee." },
  ],
})
