// Pressure: demands, urgency, obligations put on the reader. "You don't have to answer" and "I won't
// pressure you" are space; "I have to admit I was wrong" is the writer's own obligation (accountability).
import { defineRule } from '../define.js'

/** Negated a few words earlier ("I'm not saying you have to…"); `n't` and texting forms included. */
const NEG = String.raw`(?<!(?:\b(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)\b[^,.;:!?\n]{0,30})`

/** What the reader is made to do: contact and decisions, not feelings ("you need to know" is no demand). */
const ACT = String.raw`(?:(?:call|ring|text|message|phone|contact|dm)\s+(?:me|back)|(?:answer|reply|respond)(?:\s+(?:me|to me|to this|this letter|back))?|write (?:back|to me)|get back to me|come back|come home|give (?:me|us|this|it|our relationship|love) (?:a|another|one more|a second|one last|a last|a real)|give (?:me|us) a chance|meet(?: me| up)|see me(?! now)|talk to me|speak to me|forgive me|take me back|decide|choose|pick (?:me|one|between)|make up (?:your|ur) mind|make a decision|leave (?:him|her|them)|break up with|dump (?:him|her)|get back together|try again|listen to me|hear me out|let me (?:explain|in|back|see you)|stop ignoring|unblock|tell me (?:the truth|why|what)|explain (?:yourself|why|what)|reach out|show up|return my|say yes|see this through|fix this|fix us)(?![\p{L}\p{N}])`

/** Softeners that turn a demand into an offer: "call me tonight if you feel like it". */
const SOFT = String.raw`(?![^.!?\n]{0,40}?(?:if (?:{YOU}) (?:want|wish|like|feel|are ready|'re ready|can|have time|are free|'re free)|whenever|when (?:you'?re|you are|u r|ur) ready|only if|no pressure|if it feels right))`

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
      re: String.raw`{B}(?:{YOU}|you'?ve|u'?ve|you'?d|u'?d)${NEG}\s+(?:(?:really|just|absolutely|seriously|simply|definitely|still|now|honestly)\s+)?(?:have to|have got to|'?ve got to|got to|gotta|hafta|need to|needa|must|should|ought to|better)\s+(?:(?:really|just|at least|now|finally|seriously|please|at last)\s+)?${ACT}${SOFT}`,
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'i-need-you-to',
      // "I need you to answer me", "I expect you to call", "I insist that you meet me".
      re: String.raw`{B}(?:i|we)\s+(?:(?:really|just|truly|absolutely)\s+)?(?:need|expect|demand|insist|require)\s+(?:that\s+)?(?:{YOU})\s+(?:to\s+)?(?:(?:at least|just|finally|please)\s+)?${ACT}${SOFT}`,
      suggest: ["If you ever feel like talking, I'm here."],
    },
    {
      id: 'do-it-now',
      // An order with urgency: "Call me tonight.", "Please answer me asap", "Text me back right now".
      re: String.raw`(?<=(?:^|[.!?\n,;:—–(])\s{0,3})(?:(?:please|pls|plz|just|so|now|ok|okay|and)[,]?\s+){0,2}(?:(?:call|ring|text|message|contact|phone)(?: me| back)+|answer|reply|respond|write back|write to me|get back to me|come back|come home|decide|choose|make up (?:your|ur) mind|tell me|meet me|talk to me)(?![\p{L}\p{N}])[^.!?\n]{0,40}?{B}(?:tonight|today|right now|right away|now(?! that| and then)|immediately|asap|a\.s\.a\.p|as soon as (?:possible|(?:{YOU}) (?:read|get|see) this)|this (?:instant|minute|second)|without delay|before it'?s too late|already|by {DEADLINE}|before {DEADLINE}|no later than {DEADLINE})(?![\p{L}\p{N}])${SOFT}`,
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
    {
      id: 'urgency-demand',
      // "I deserve an explanation", "You owe me an answer", "Don't keep me waiting", "Time is running out".
      re: String.raw`{B}(?:(?:i|i'?m|im|i am)\s+(?:(?:really|at least|still|just)\s+)?(?:demand|expect|deserve|am owed|'m owed|insist on|want)\s+(?:an? |some |at least an? |the )?(?:answer|answers|reply|response|explanation|call|call back|decision)(?:{E})(?:(?! (?:from you )?(?:if|when|whenever|one day|someday|someday|eventually))|(?=\s*(?:now|today|tonight|asap|immediately)))|(?:{YOU})${NEG} owe me (?:an? |this |that |at least |some |the )?(?:answer|reply|response|explanation|call|conversation|chance|that much|at least|truth|closure)|don'?t (?:make|keep|leave) me (?:wait|waiting|hanging)|(?:{YOU}) can'?t (?:just )?(?:keep )?(?:ignor(?:e|ing)|avoid(?:ing)?) (?:me|this|us)(?: forever| any longer| anymore)?|(?:stop|quit) (?:ignoring|avoiding) me|time is running out|we'?re running out of time|the clock is ticking|i need (?:an answer|a reply|a response|to know|answers|your answer|to hear from you) (?:now|today|tonight|asap|right now|right away|immediately|by|before|this week|quickly))(?![\p{L}\p{N}])`,
      suggest: ['Whenever you feel ready, I would be glad to hear from you.'],
    },
  ],
  antipatterns: [
    // The writer's own obligation: "I have to admit", "I need to tell you".
    `{B}(?:i|we) (?:have to|need to|must|should) (?:admit|say|tell|be honest|own)`,
    // Explicitly no demand: "there's no need to answer", "don't feel you have to".
    `(?:no need|don'?t feel (?:like )?(?:you )?(?:have|need) to|not (?:asking|expecting|demanding)|without (?:any )?pressure)`,
  ],
  examples: [
    { flagged: '[[You have to call me tonight]].', pattern: 'you-have-to' },
    { flagged: '[[u need to make up ur mind]], i cant keep living like this.', pattern: 'you-have-to' },
    { flagged: 'Sarah, [[you must give us another chance]].', pattern: 'you-have-to' },
    { flagged: "[[You'd better answer this letter]].", pattern: 'you-have-to' },
    { flagged: '[[I need you to answer me]], even if it is just one word.', pattern: 'i-need-you-to' },
    { flagged: '[[Please text me back asap]].', pattern: 'do-it-now' },
    { flagged: 'I miss you. [[Call me right now]].', pattern: 'do-it-now' },
    { flagged: '[[I deserve an explanation]].', pattern: 'urgency-demand' },
    { flagged: 'After three years, [[you owe me a conversation]].', pattern: 'urgency-demand' },
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
  ],
})
