// Guilt: making the reader feel guilty, or responsible for the writer's pain. "I was hurt" and
// "I felt alone when we stopped talking" are feelings; "because of you I'm a better person" is thanks.
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

/** Negated a few words earlier ("it's not that you made me cry"); `n't` and texting forms included. */
const NEG = String.raw`(?<!(?:${B}(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)${E}[^,.;:!?\n]{0,30})`

/** The writer's pain, as a state or an act. */
const PAIN = `(?:miserable|broken|depressed|suffering|suffered|suffer|crying|cried|cry|a (?:mess|wreck|shell of (?:myself|who i was))|in (?:pieces|pain|tears|therapy)|hurting|hurt|alone|lonely|destroyed|ruined|devastated|heartbroken|falling apart|fell apart|sick|anxious|empty|numb|can'?t (?:sleep|eat|function|breathe|trust|work|stop crying)|cant (?:sleep|eat|function|breathe|trust|work|stop crying)|couldn'?t (?:sleep|eat|function|breathe)|haven'?t (?:slept|eaten)|lost (?:everything|(?:all )?my (?:job|friends|appetite|mind|confidence|faith|home|savings)|weight|sleep|myself)|barely (?:sleep|eat|function|surviving|holding on))`

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
      id: 'after-all-i-did',
      // "After everything I did for you…", "after all I sacrificed", "Is this how you repay me?"
      re: sp(
        String.raw`${B}after (?:all|everything) (?:that )?(?:i(?:'?ve| have| had)?|ive|i'?d)\s+(?:(?:ever|already)\s+)?(?:(?:done|did|gave|given|went through|been through|put up with|invested|suffered|given up|gave up|endured|risked|lost|changed)\s+(?:for|because of) (?:{YOU}|us|this relationship|our relationship|this family|ya)|sacrificed|put up with|gave up|given up|endured)${E}|${B}(?:this is|is this|that'?s|is that) how (?:{YOU}) (?:repay|thank|treat) me${E}|${B}(?:{YOU}) repay me (?:like this|with|by)${E}|${B}this is the thanks i get${E}|${B}(?:{IVE}|i|ive)\s+(?:(?:only|always|literally)\s+)?(?:gave|given) (?:{YOU}) (?:everything|my (?:all|everything|whole life|life|best years|youth|twenties|heart and soul)|the best years of my life|(?:\w+ )?years of my life)(?![^.!?\n]{0,80}?(?:on me|my fault|my own|mine to|i was wrong|grateful|thank))${E}|${B}i (?:sacrificed|gave up|have given up|'ve given up) (?:everything|so much|it all|my (?:career|job|friends|family|dreams|life|youth|whole life|twenties|home)) for (?:{YOU}|us)${E}|${B}i wasted (?:(?:\w+ ){0,2}years|the best years|my (?:life|youth|time|twenties)) on (?:{YOU}|this|us)${E}|${B}i (?:put|placed) (?:my )?(?:whole |entire )?(?:life|career|dreams|plans|studies|future) on hold for (?:{YOU}|us)${E}|${B}i (?:turned down|gave up|sacrificed|walked away from|passed on)[^.!?\n]{1,40}? (?:for|to follow|to be with) (?:{YOU}|us)${E}|${B}(?:and )?this is what i get${E}|${B}i (?:did|gave|have given|'ve given) (?:everything|it all|so much) for (?:{YOU})${E}|${B}i was (?:always )?there for (?:{YOU})[^.!?\n]{0,60}?(?:and|but) (?:now |then |still )?(?:{YOU}) (?:couldn'?t|can'?t|didn'?t|won'?t|wouldn'?t|never)${E}|${B}(?:and|but) (?:now |then |still )?(?:{YOU}) (?:can'?t|cannot|can not|couldn'?t|won'?t|wouldn'?t|didn'?t|don'?t) (?:even )?(?:spare|be bothered|give me|pick up|answer|call|show up|be there|make time|find (?:the )?time)${E}|${B}i (?:always )?put (?:you|u) first[^.!?\n]{0,40}?(?:and|but) (?:you|u)${E}|${B}(?:the|all the|all my|every|my) sacrifices? i(?:'ve| have)? (?:made|did)(?: for (?:{YOU}|us))?${E}`,
      ),
      span: 'sentence',
      questions: 'any',
      suggest: ["I was hurt, and I've had time to think about why."],
    },
    {
      id: 'because-of-you',
      // "Because of you I can't sleep", "I cry every night because of you", "You made me miserable".
      re: sp(
        String.raw`${B}(?:because of|thanks to) (?:{YOU}|what (?:{YOU}) did),?\s+(?:i|im|i'?m|i am|i was|i'?ve|i have|ive|my life)\s+(?:(?:have|has|had|been|now|still|literally|barely|completely|totally|just|am|'m|was|so|always|never|can'?t stop|ended up)\s+)*${PAIN}${E}|${B}(?:i|im|i'?m|i am|i was|i'?ve|i have|ive)\s+(?:(?:been|now|still|so|completely|totally|literally|just|am|was)\s+)*${PAIN}[^.!?\n,;]{0,40}?${B}because of (?:{YOU}|what (?:{YOU}) did|how (?:{YOU}) treated me|your (?:lies|cheating|betrayal|choices|silence))${E}|${NEG}${B}(?:{YOU}) (?:(?:have|'ve|really|just|only|always)\s+)?(?:made|make) me (?:(?:so|feel so|feel)\s+)?(?:cry|suffer|miserable|sick|unhappy|depressed|hate myself|lose (?:everything|myself|my mind)|a (?:mess|wreck)|broken|bleed|ill)(?! (?:with|from) (?:laughter|joy|happiness|laughing))${E}|${NEG}${B}(?:{YOU}) (?:(?:really|just|completely|totally|literally)\s+)?(?:broke|shattered|crushed|destroyed|ripped out|tore out|stomped on) (?:my heart|me)${E}(?!\s+(?:out|free|open|in|away))|${NEG}${B}(?:{YOU}) left me (?:broken|shattered|in pieces|with nothing|alone with|to pick up|devastated|a (?:wreck|mess)|to suffer|to rot)${E}|${B}look (?:at )?what (?:{YOU}) (?:did|have done|'ve done|made) (?:to|of) me${E}|${B}what (?:{YOU}) (?:did|'ve done|have done|put me through) to me${E}|${B}what (?:{YOU}) put me through${E}|${B}the pain (?:{YOU})(?:'ve| have)? caused(?: me)?${E}|${B}how (?:much|badly|deeply) (?:{YOU})(?:'ve| have)? (?:hurt|destroyed|broken|damaged) me${E}|${B}(?:{YOU})(?:'d| would| will|'ll) (?:break|shatter|crush) my heart${E}|${B}(?:(?:{YOU}) (?:just )?|and )left me (?:to (?:explain|deal with|pick up|clean up|face|handle|tell|raise|pay)|alone (?:to|with))${E}|${B}if (?:{YOU}) (?:don'?t|do not|dont|won'?t|leave|go|choose|stay)[^.!?\n]{0,60}?(?:still be alive|be alive|kill myself|end (?:it all|my life)|won'?t (?:make it|survive|be here)|can'?t (?:go on|survive|live))${E}|${B}(?:how could|why would|why did) (?:{YOU}) do (?:this|that) to me${E}|${B}(?:{YOU}) (?:have|'ve got|got) no idea (?:what|how much|how badly)${E}|${B}(?:i'?m|i am|i was|i'?ve been) (?:the one )?(?:left|stuck) (?:to (?:pick up|deal with|clean up|explain|raise|pay|tell)|with (?:the (?:bills|debt|kids|mess)|nothing))${E}|${B}(?:{YOU}) took (?:everything|my (?:youth|best years|confidence|life|friends|home|self-esteem|trust)) from me${E}|${B}(?:i'?ll|i will|i may|i might|i can'?t|i) never (?:recover|get over|heal) from what (?:{YOU})${E}|${B}(?:your|ur) fault (?:that )?i(?:'m| am| can'?t| feel| have| was| cry)${E}|${NEG}${B}(?:{YOU}) (?:cannot|can'?t|could not|couldn'?t|will never|have no way to) (?:possibly |even )?(?:imagine|know|understand|begin to (?:understand|imagine)|fathom) (?:the (?:pain|suffering|hurt|damage|agony|misery)|how (?:much|deeply|badly) (?:i(?:'ve| have)? (?:suffered|cried|hurt|struggled|lost)|(?:you|u)(?:'ve| have)? (?:hurt|damaged|broken)))${E}|${B}the (?:hurt|damage|suffering|harm|tears|misery|heartache) (?:{YOU})(?:'ve| have)? caused${E}|${B}(?:i(?:'ve| have) been|i was|i'?m|i am) left (?:alone to|to cope|to deal|with nothing|to pick up|to face|to explain)${E}|${B}(?:it is|it'?s|it was) (?:all |only )?because of (?:{YOU}) that i${E}|${NEG}${B}(?:{YOU})(?:'ve| have) (?:broken|shattered|crushed|destroyed|ruined) (?:my heart|me|my life)${E}|${B}i (?:have not|haven'?t|havent) (?:slept|eaten|left the (?:house|flat)|stopped crying)[^.!?\n]{0,30}?(?:because of|since) (?:{YOU})${E}(?! (?:left|went|moved))`,
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
    {
      id: 'do-you-even-care',
      // "You don't even care how I feel", "I hope you're happy now", "You should be ashamed".
      re: sp(
        String.raw`${B}(?:{YOU}) (?:don'?t|do not|dont|didn'?t|didnt|never) (?:even )?care (?:about me|how (?:i|much|this)|what (?:this|i|you)|that i|if i|whether i)${E}|${B}(?:{YOU}) couldn'?t care less${E}|${B}(?:do|did) (?:{YOU}) (?:even )?(?:care|know|realize|realise|have any idea|understand) (?:how much|what) (?:(?:{YOU}) (?:hurt|did|put me through|have done|'ve done|made)|i(?:'ve| have)? (?:suffered|cried|been through|went through|gave up|sacrificed|lost)|pain|damage|hurt)${E}|${B}(?:hope|hoping) (?:{YOURE}) (?:satisfied|proud of yourself|pleased with yourself|enjoying (?:this|it|yourself)) now${E}|${B}(?:hope|hoping) (?:{YOURE}) happy now(?=\s*!)${E}|${B}(?:hope|hoping) (?:{YOURE}) proud of yourself${E}|${B}(?:do|did) (?:{YOU}) (?:even|ever) care (?:that|how|what|about|if|whether)${E}|${B}hope (?:{YOU}) (?:sleep well|can sleep|can live with|never (?:have to )?feel what)${E}|${B}(?:live|sleep) with (?:yourself|what (?:you|it|that|this) (?:did|does|has done|'s done)(?: to me)?|what (?:you'?ve|you have) done|that on your conscience)${E}|${B}(?:watch|see|hear) (?:her|him|them|my (?:mum|mom|mother|dad|father|kids|children|son|daughter|sister|brother)) cry${E}|${B}(?:{YOU})(?:'ll| will) be the one (?:who|that) (?:broke|hurt|ruined|destroyed|let)${E}|${B}(?:hope|hoping) (?:he'?s|she'?s|they'?re|he is|she is|it was|he was|she was) worth (?:it|all|the|losing)${E}|${B}(?:{YOU})(?:'ve|'re| are| have| just)?[^.!?\n,]{0,40}?like nothing (?:ever )?happened${E}|${B}(?:it )?must be nice (?:to|for you|being)${E}|${B}(?:my (?:mum|mom|mother|dad|father|parents|family|sister|brother|kids|children|son|daughter|grandma|grandmother|nan)|the kids|our (?:kids|children|son|daughter))[^.!?\n]{0,40}? (?:cries|crying|in tears|cried (?:for|about|over|because of) (?:you|u)|cried (?:all|every)|(?:is|are|was|were) (?:heartbroken|devastated))${E}|${B}not that (?:{YOU})(?:'d| would| even| will)? care${E}|${B}(?:{YOU}) should (?:be ashamed|feel (?:guilty|bad|ashamed|terrible|awful))${E}|${B}shame on (?:{YOU})${E}|${B}(?:while|and) (?:{YOURE}|you were) (?:out(?: there)? )?(?:having (?:the time of (?:your|ur) life|fun|a great time|a blast)|partying|living (?:your|ur) best life|enjoying (?:yourself|your life|your new life|ur life))${E}|${B}(?:do|did) (?:{YOU}) (?:even )?(?:know|have any idea) what it'?s (?:been )?like${E}|${B}while (?:{YOU})(?:'ve| have| are|'re)? (?:moved on|moving on|been (?:out|partying|happy)|found someone|started (?:over|again|a new))${E}|${B}how (?:do|can) (?:{YOU}) (?:sleep at night|live with yourself|look at yourself)${E}|${B}(?:i )?hope (?:{YOU}) (?:feel|are|'re) (?:guilty|ashamed|terrible|awful|miserable)${E}|${B}(?:hope|trust) (?:{YOURE}) (?:content|pleased|satisfied) (?:now|with yourself|with what (?:you'?ve|you have) done)${E}|${B}(?:hope|trust) (?:{YOURE}) proud of what (?:you'?ve|you have) done${E}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
    {
      id: 'you-did-this',
      // "You did this to me", "You made me this way", "you left me when I needed you most".
      re: sp(
        String.raw`${NEG}${B}(?:{YOU}) did this to me${E}|${B}look (?:at )?what (?:{YOU})(?:'ve| have)? ?(?:done|did|made)(?: (?:to|of) me)?(?=\s*(?:[.!,;—]|$))|${NEG}${B}(?:{YOU}) (?:made|turned) me (?:this way|like this|into (?:this|someone i|a person i|the person i|what i am|a (?:wreck|mess|shell)))${E}(?![^.!?\n]{0,25}?(?:braver|kinder|stronger|better|happier|wiser|grateful|thank))|${NEG}${B}(?:{YOU}) (?:left|abandoned|dropped|ditched|walked out on|gave up on) me (?:when|just when|right when|at the moment) i (?:needed|was at my|was (?:sick|ill|pregnant|grieving|struggling|lowest))(?: (?:you|u|ya|someone|somebody|help))?(?: (?:the )?most)?${E}|${B}(?:{YOURE}|you were) the reason (?:why )?i(?:'m| am| was| can'?t| cant| cry| cried| don'?t| feel| have| lost| never)${E}|${B}i hope (?:{YOU}) (?:remember|think (?:about|of)) (?:this|that|what (?:you|u) did|me crying)(?=\s*(?:[.!,;]|$| every| when| whenever| for the rest))|${B}hope (?:{YOURE}) happy with yourself${E}|${NEG}${B}(?:{YOU})(?:'ve| have)? (?:(?:really|just|completely|totally|utterly)\s+)?(?:wrecked|ruined|destroyed|broken|broke|gutted|crushed|shattered) me(?=\s*(?:[.!,;]|$| and| inside| completely))|${NEG}${B}(?:{YOU})(?:'ve| have)? (?:(?:really|just|completely|totally|utterly)\s+)?made my life (?:(?:a )?(?:living )?hell|a misery|miserable|unbearable|a nightmare)${E}|${B}(?:pain|misery|scars?|trauma|hurt|heartbreak)[^.!?\n]{0,30}?(?:thanks to|because of) (?:{YOU})(?=\s*(?:[.!]|$))|${B}i(?:'ll| will)? (?:never|can'?t|cant|cannot) (?:trust|love|open up to|believe) (?:anyone|anybody|another (?:man|woman|person)|again)[^.!?\n]{0,30}?because of (?:{YOU})${E}|${B}i (?:cried|was (?:crying|falling apart|breaking down|drowning|struggling|suffering))[^.!?\n]{0,60}?and (?:you|u) (?:didn'?t|did not|didnt|never|couldn'?t) (?:even )?(?:notice|care|ask|see|call)${E}|${B}(?:do|did) (?:{YOU}) (?:even )?know how (?:many (?:nights|times|days)|long|often) i (?:cried|suffered|waited|hurt|struggled|lay awake)${E}|${B}i (?:moved|relocated|quit|left|gave up|sacrificed|changed|dropped)[^.!?\n]{1,40}? for (?:you|u),? and (?:this is (?:how|what)|now (?:you|u|look)|(?:you|u) (?:just )?(?:left|threw|walked|dumped|dropped))${E}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt, and I am still learning to live with it.'],
    },
  ],
  antipatterns: [
    // Thanks and growth, not pain: "because of you I became a better person".
    sp(
      `(?:because of|thanks to) (?:{YOU}),? i (?:learned|learnt|grew|became|know|found|believe|am a better|'m a better)`,
    ),
    // Sympathy for the reader's pain, or the writer owning it: "I hope you know how much I hurt you".
    sp(`(?:how much|what) i (?:hurt|did to|put) (?:{YOU})`),
    // Forgiveness is not a reproach: "I've forgiven you for what you did to me".
    sp(`(?:forg[ai]ven? (?:you )?(?:for )?|pay (?:for )?|sorry for )(?:what|how)`),
  ],
  examples: [
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
  ],
})
