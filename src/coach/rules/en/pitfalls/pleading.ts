// Pleading: begging, desperation ("I'm begging you, please, please come back"). A wish that leaves them
// free ("I would love to see you again, if you want to") is an invitation; "please forgive me for…" is
// an apology; "please take care of yourself" is care.
import { CLAUSE_TAIL } from '../../../lexicon/en/clause.js'
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

/** Negated a few words earlier ("I won't beg you"); `n't` and texting forms included. */

/** What is begged for: the return, another chance, not to be left. */
const BEGGED = String.raw`(?:come back(?=\s*(?:[.!?,;\n…]|$)|\s+(?:to (?:me|us)|home|into my life|please|pls|baby|babe|i need|i miss|i love|i beg|now))|come home|take me back|give (?:me|us|this|it|(?:our|this|my) (?:love|relationship|marriage|story|family)|what we (?:have|had)) (?:(?:just|only)\s+)?(?:one more|another|a second|one last|a last|a|one) (?:chance|try|shot|go)|don'?t (?:leave(?!\s+(?:the|your|ur)\s+(?:band|choir|team|club|group|job|course|city|town|country|school|church|class|gym|company|uni|university|programme|program|orchestra|society|committee)\b)|go(?!\s+(?:to\s+(?:any|the|much|a\s+lot\s+of)\s+(?:trouble|bother|effort)|out\s+of\s+(?:your|ur)\s+way))|give up on|do this|throw (?:this|us|it|away)|let (?:this|us|it) (?:end|go|die)|shut me out|ignore (?:me|this)|forget (?:me|about me|us)|walk away|say (?:no|it'?s over)|block (?:me|this|my)|delete (?:me|this|my)|cut me off|push me away|hate me(?!\s+for\s+(?:sending|writing|this\s+(?:letter|note)|the\s+(?:long\s+)?letter|saying\s+(?:this|so|it)|being\s+honest|asking))|turn me away)|dont (?:leave(?!\s+(?:the|your|ur)\s+(?:band|choir|team|club|group|job|course|city|town|country|school|church|class|gym|company|uni|university|programme|program|orchestra|society|committee)\b)|go(?!\s+(?:to\s+(?:any|the|much|a\s+lot\s+of)\s+(?:trouble|bother|effort)|out\s+of\s+(?:your|ur)\s+way))|give up on|do this|shut me out|ignore|forget|block|delete|cut me off|push me away|hate me(?!\s+for\s+(?:sending|writing|this\s+(?:letter|note)|the\s+(?:long\s+)?letter|saying\s+(?:this|so|it)|being\s+honest|asking)))|i need you(?! to)|i (?:just |really )?need to (?:hear your voice|see you|hold you|talk to you)|i (?:just |only )?want (?:you|u) back|i can'?t (?:lose|live|do this|go on|breathe)|say yes|let me (?:back|come back|see you|in)|love me|be mine|choose me|reconsider|change your mind|give us a chance|give (?:me|us) (?:just )?(?:(?:one|a few|five|ten|two|\d+) )?(?:minutes?|moments?|hours?|seconds?)|forgive me and come back|i'?m desperate|i'?m dying)`

export default defineRule({
  id: 'pleading',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'brief-sincere',
  title: 'Pleading',
  summary: 'Begging and desperation.',
  message:
    'This sounds like begging. It comes from real pain, but desperation weighs on the reader and makes them step back. Say what you would wish for once, calmly, and leave them free to answer.',
  patterns: [
    {
      id: 'begging',
      // "I'm begging you", "I beg you", "on my knees".
      re: sp(
        String.raw`{WB}(?:(?:i'?m|i am|im){NOT_NEGATED}\s+(?:(?:literally|really|just|now|honestly|actually|here)\s+)?beggin[g']?(?:\s+(?:you|u)(?:[,\s]+(?:please|pls|plz))*|(?=\s*(?:[,.!?\n]|$)))|i{NOT_NEGATED}\s+(?:(?:really|just|humbly|literally)\s+)?beg (?:you|u|of (?:you|u)|for)|begging (?:you|u){NOT_NEGATED}|(?:i'?m|im|i am|i'?d get|i would get|i'?ll get|i will get|i'?d go|i'?d be|i will be|i'?ll be|i would be|(?:begging|asking) (?:you\s+)?) on my (?:bended )?knees|(?:i'?d|i would|i'?ll|i will|i'?m|im|i am) (?:wait|be|get|go|stay|crawl|beg)(?: down)? on my (?:bended )?knees|i(?:'ll| will|'d| would){NOT_NEGATED} beg{WE}|(?:i'?ll|ill|i will){NOT_NEGATED} (?:(?:literally|honestly|really|seriously|genuinely) )?do anything(?! (?:i can|to help|for (?:work|money|a laugh|the|your)|else|to (?:get|keep|put|help|pass|pay|finish|find|fix|stay) (?:the kids|the children|the|my|a|an|some|his|her|their|sober|clean|on top)\b)){WE}|(?:i'?m|i am|im){NOT_NEGATED}\s+(?:(?:literally|really|just|now|honestly|actually|here)\s+)?(?:pleading|imploring|beseeching)(?:\s+(?:with\s+)?(?:you|u))?|i{NOT_NEGATED}\s+(?:(?:really|just|humbly)\s+)?(?:plead with|implore|beseech) (?:you|u)|(?:i'?m|im|i am) (?:asking|begging) (?:you|u){WE}[^.!?\n]{0,40}?{WB}to (?:take me back|come back|come home|give (?:me|us) (?:one more|another|a second|one last) chance|not (?:leave|give up on) (?:me|us)){WE}|with (?:my )?(?:folded hands|hands folded|hands together|palms together|hat in hand)|on my hands and knees|have (?:some )?mercy(?: on me)?|have (?:a heart|pity(?: on me)?)|(?:i'?d|i would)(?: (?:literally|honestly|really|seriously|genuinely|truly))? do anything,\s*anything|(?:you|u) (?:can'?t|cannot|cant|mustn'?t) (?:just )?(?:leave|abandon) me(?: like this| now| alone)?(?=\s*(?:[.!?,\n…]|$))|(?:just )?tell me what (?:i (?:have to|need to|must|should|can|gotta)|to) do[,\s]+(?:and|&) (?:i'?ll|ill|i will) do it|(?:i'?d|i would|i'?ll|i will){NOT_NEGATED} (?:give|trade|sacrifice) anything (?:to (?:have|get|win) (?:you|u) back|for (?:another|one more|a second|one last) chance|for (?:you|u) to come back)){WE}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'whatever-it-takes',
      // "I'll do anything" said another way (the guide: a begging formula, not a promise): "I'll do whatever it takes",
      // "whatever it takes to get you back, I'll do it". Not a change under way ("whatever it takes to stay sober").
      re: sp(
        String.raw`{WB}(?:i'?ll|i will|ill|i'?d|i would|id)\s+(?:(?:honestly|really|literally|seriously|happily|gladly)\s+)?do whatever it takes(?=\s*(?:[,.!;\n]|$))|{WB}(?:i'?ll|i will|ill|i'?d|i would|id)\s+do whatever it takes to (?:win|get|have|bring) (?:you|u) back|{WB}(?:i'?ll|i will|ill|i'?d|i would|id)\s+do whatever it takes to (?:make (?:this|us|it) work|fix (?:this|us|it|things)|save (?:us|this|what we had))|{WB}whatever it takes(?: to (?:win|get|have|bring) (?:you|u) back)?,? (?:i'?ll|i will|ill) do it{WE}`,
      ),
      span: 'clause',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'please-please',
      // "please, please", "plz plz", "pleeease"; a request repeated as a lone "Please." after it (eleventh round:
      // "Please just read this. Please."), not a courtesy that opens the next sentence ("Please read this. Please take care").
      re: sp(
        String.raw`{WB}(?:(?:please|pls|plz|plez|pleas+e+)[\s,…]{1,3}(?:[a-z]+[\s,…]{1,3}){0,2}?(?:please|pls|plz|plez|pleas+e+)|(?:please|pls|plz){WE}[^.!?\n]{1,40}?[\s,]+(?:please|pls|plz)(?=\s*(?:[.!?\n…]|$))|(?:please|pls|plz){WE}[^.!?\n]{1,40}?(?=[.!…]+\s{1,3}(?:please|pls|plz)\s*(?:[.!…]+\s*(?:\n|$)|[.!…]+\s+(?:please|pls|plz){WE}|\n|$))|ple{2,}a*s+e*|pleas{2,}e*|please{2,}|plz{2,}){WE}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'please-come-back',
      // "Please come back", "Please don't leave me", "Please give me one more chance", "pls talk to me".
      re: sp(
        String.raw`{WB}(?:please|pls|plz)[,\s]+(?:(?:just|i beg you|i'?m begging you|i'?m begging|baby|babe|love)[,\s]+)*${BEGGED}{WE}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'dont-leave-me',
      // Without "please": "Don't leave me", "Come back to me", "I'll do anything, just come back", "I'm desperate".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3})(?:(?:just|so|and|oh|baby|babe|love|darling)[,\s]+)?(?:don'?t (?:leave me|give up on (?:me|us)|throw (?:us|this|what we (?:have|had)) away|let (?:this|us|it) (?:end|die)|shut me out|forget (?:me|about me|us)|go(?=\s*(?:[.!,\n]|$)))|come back to me|come home to me|come (?:back|home)(?=\s*(?:[.!?\n…]|$))|(?:don'?t|do not|dont) do this(?: to (?:me|us))?(?=\s*(?:[.!?,\n…]|$))|let me (?:come (?:back|home)|back in|in)(?=\s*(?:[.!?,\n…]|$))|take me back|give (?:me|us) one (?:more|last) chance){WE}${CLAUSE_TAIL}|{WB}(?:i'?ll|i will|i'?d|i would|i'?m ready to|i am ready to){NOT_NEGATED} do (?:anything|whatever it takes|whatever (?:you|u) (?:want|say|ask|need|tell me))(?:[,\s]+(?:just|please|pls|i beg you)|\s+(?:to (?:get|have|win) (?:you|u) back|for (?:you|u) to come back|for (?:another|one more|a second|one last) chance|if (?:you|u) (?:come|came) back|to be with (?:you|u) again)){WE}${CLAUSE_TAIL}|{WB}(?:i'?m|im|i am|i feel|i'?ve become|i'?ve never been so){NOT_NEGATED} (?:so |really |completely |truly |just |absolutely )?desperate{WE}{WE}${CLAUSE_TAIL}|{WB}i{NOT_NEGATED} (?:really |just |still )?need (?:you|u) back{WE}${CLAUSE_TAIL}|{WB}i{NOT_NEGATED} (?:just |really |so |badly |still )?need (?:to (?:hear|see|hold|touch|talk to) (?:you|u|your voice|ur voice)(?: again)?(?=\s*(?:[.!,\n…]|$)| (?:so bad|so much|right now|tonight|please|pls|or i)\b)|(?:you|u) (?:so (?:bad(?:ly)?|much)|right now|more than (?:ever|anything))){WE}${CLAUSE_TAIL}|{WB}(?:you'?re|you are|ur|u r|youre) my (?:last|only) (?:hope|chance){WE}${CLAUSE_TAIL}|{WB}i (?:can'?t|cannot|cant) lose (?:you|u)(?: again| too| forever)?{WE}${CLAUSE_TAIL}|{WB}(?:(?:that'?s|is) all (?:i'?m|im|i am) asking(?: for)?|all i (?:ask|want|need) is (?:one|a|another|this|for (?:you|u) to)){WE}${CLAUSE_TAIL}|{WB}(?:(?:i'?ve|i have|i'?ll|i will|i'?m|i am|i) )?(?:swallow(?:ing|ed)? |don'?t care about |forget about |past |put aside |beyond )my pride{WE}${CLAUSE_TAIL}|(?<=(?:^|[.!?\n,;:—–(])\s{0,3})(?:just )?one (?:more|last) chance(?=\s*(?:[,.!?\n]|$| please| pls| is all| that'?s all)){WE}${CLAUSE_TAIL}|{WB}how (?:much )?longer i can (?:keep going|take this|go on|hold on|do this|take it|bear it){WE}${CLAUSE_TAIL}|{WB}(?:tell me (?:there'?s|there is) (?:still )?(?:a |some )?(?:chance|hope)|tell me it'?s not (?:over|too late)|don'?t (?:do this|leave|go|give up|walk away|throw (?:this|us|it|what we (?:have|had)) away|throw away (?:what|this|us|everything)|let (?:this|us|it) (?:end|go|die))|give (?:me|us) (?:just )?(?:one|a few|five|ten|two|\d+) (?:minutes?|moments?)|come back|take me back|i (?:just |only )?want (?:you|u) back|one (?:more|last) chance)[^.!?\n]{0,20}?[,\s](?:please|pls|plz){WE}{WE}${CLAUSE_TAIL}`,
      ),
      span: 'match',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'desperate-ask',
      // Desperation said without "please": "Just give me one chance, that's all I ask", "I need you to come
      // back, I can't do this alone", "I'd crawl back on broken glass".
      re: sp(
        [
          String.raw`{WB}(?:just )?give me (?:one|a|another|just one) (?:more |last |little )?(?:chance|shot|try)\b[^.!?\n]{0,15}?(?:that'?s all i (?:ask|want|need|'?m asking)|i beg(?: of)? (?:you|u)|i'?m begging)`,
          String.raw`{WB}i (?:really |just )?need (?:you|u) (?:to come (?:back|home)|back)\b[^.!?\n]{0,15}?i (?:can'?t|cant|cannot) (?:do this|cope|go on|manage|live|breathe|survive)(?: (?:alone|without (?:you|u)|on my own))?`,
          String.raw`{WB}crawl(?: back)?(?: to (?:you|u))? (?:on|over|through|across) (?:broken glass|hot coals|my knees)\b`,
        ].join('|'),
      ),
      span: 'sentence',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'begging-said-otherwise',
      // Begging misspelt or said with the old kneeling: "i beging you dont go", "I am asking you on bended knee",
      // "begging u on my bended knees".
      re: sp(
        // Thirteenth round: one more go asked outright, without a please: "Just give us one more go, that's all I want",
        // "give me one more shot pls" (not "The clinic gave me one more go at the programme").
        String.raw`{WB}(?:i am|i'?m|im) (?:ready|willing|prepared) to do anything(?: (?:for|to get) (?:you|u)(?: back)?)?{WE}(?! (?:to|for) (?:help|support|make|fix|sort|keep|look after|the kids|our son|our daughter){WE})|(?<=(?:^|[.!?\n,;:—])\s{0,3})(?:(?:just|so|i beg you|pls|please|plz|kindly)[,]?\s+){0,2}give (?:me|us) (?:(?:just|only)\s+)?(?:(?:one more|one last) (?:chance|try|shot|go)|(?:one|1|a) (?:chance|try) (?:more|again)){WE}(?:\s+(?:pls|plz|please|babe|baby|i beg you))?(?![^.!?\n]{0,80}?(?:if (?:you|u) (?:ever |would |'?d )?(?:want|like|feel)|no pressure|whenever))|{WB}(?:i'?m|im|i am|i)\s+(?:(?:literally|really|just|now|honestly)\s+)?(?:beg+in+g?|beg+ing+|begg+in|bgging|beggn)\s+(?:you|u|ya|of (?:you|u))(?![\w])|{WB}(?:i'?m |im |i am |i )?(?:asking|begging|pleading|ask|plead|beg)(?:\s+(?:you|u|of (?:you|u)|with (?:you|u)))?\s+on\s+(?:my\s+)?bended\s+knees?(?![\w])|{WB}on\s+bended\s+knees?,?\s+(?:i\s+(?:ask|beg|plead)|asking|begging|please|pls)(?![\w])|{WB}(?:i'?d|i would|i'?ll|i will) give anything[^.!?\n]{0,25}?(?:for (?:you|u) to (?:come back|come home|take me back|give (?:me|us) (?:another|one more|a second) chance)|to (?:have|get|win) (?:you|u) back)(?![\w])|{WB}(?:i'?m|im|i am|i'?d be|i'?ll be|i would be|i will be) (?:down|here|now|right here|already) on my (?:bended )?knees(?! (?:scrubbing|cleaning|looking|weeding|planting|searching|fixing|playing|with|in the garden))(?![\w])`,
      ),
      span: 'match',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
  ],
  antipatterns: [
    // A wish about the day, and a craving: "Please, please, please let the train be on time tomorrow", "I'd crawl over broken
    // glass for a decent curry right now".
    sp(
      String.raw`{WB}(?:please|pls|plz)[,!]? (?:(?:please|pls|plz)[,!]? )+let the (?:train|bus|flight|plane|ferry|weather|sun|rain|snow|exam|test|results?|scan|operation|surgery|interview|match|game|car|boiler|baby|cake|party|wedding|day|traffic|queue|parcel|delivery) {WB}|{WB}crawl(?: back)? (?:on|over|through|across) (?:broken glass|hot coals) for (?:a|an|some|one) (?:(?:decent|good|proper|cold|hot|nice|single) )?(?:curry|pint|coffee|cuppa|pizza|burger|kebab|chips|beer|drink|nap|sleep|lie-in|holiday|ticket|seat|bacon roll|fry-up)\b`,
    ),
    // Begging them to be safe, said with a comma: "I'm begging you, don't drive back tonight in that storm".
    sp(
      String.raw`{WB}begging (?:you|u),? (?:please,? )?(?:(?:don'?t|dont|do not) (?:drive|drink and drive|walk home|go out alone|risk it|take the (?:bike|motorbike|car))|look after (?:yourself|urself)|take care of (?:yourself|urself)|be careful|stay safe|see a doctor|get (?:it|that|this) (?:looked at|checked))\b`,
    ),
    // A joke between them, said with a laugh: "Please, please, please tell me you kept the sourdough starter alive, ha",
    // "please please tell me u still have the mario kart save lol" (not when the return is begged on the way).
    sp(
      String.raw`{WB}(?:please|pls|plz)[,!]? (?:please|pls|plz){WE}(?:(?!come back|come home|love me|leave|chance|forgive|take me back|talk to me|answer|reply|call|don'?t|dont|need (?:you|u))[^.!?\n]){0,80}?(?:{WB}ha(?:ha)*|{WB}lol|{WB}lmao|😂|🤣|😅|😆)(?=\s*(?:[.!?\n]|$))`,
    ),
    // Desperate for a break, not for them: "I'm desperate for a holiday, work has been mad", "im desperate for some sleep".
    sp(
      String.raw`{WB}(?:i'?m|im|i am|i feel)(?: (?:so|really|absolutely|just|honestly))? desperate (?:for|to) (?:(?:a|an|some|the|my|me|get|get some|get a|have a|have some)\s+)?(?:(?:good|long|proper|hot|decent|quick|new|cold|wee|little|week'?s)\s+)?(?:holiday|hols|holidays|break|rest|nap|sleep|kip|coffee|cuppa|cup of tea|tea|brew|drink|pint|wee|pee|loo|toilet|bathroom|shower|bath|weekend|summer|sun|sunshine|haircut|day off|night off|lie-in|lie in|snack|food|chips|pizza|chocolate|biscuit|fresh air|peace and quiet|payday|christmas|spring|go home|get home|finish (?:my|this|the) [a-z]+)(?![\w])`,
    ),
    // Begging about their own good is care: "I'm begging you to look after yourself".
    sp(
      `begging (?:you|u) to (?:look after|take care|be (?:safe|careful|kind to yourself)|stay safe|eat|sleep|rest|see a doctor|get help|get (?:that|it|this|your|ur) (?:[\\w']+ )?(?:looked at|checked|seen to|sorted)|go to the (?:doctor|gp|dentist|hospital))`,
    ),
    // Care begged, not a return: "Please, please look after yourself this winter", "I'm on my knees most nights praying for
    // your dad's recovery".
    sp(
      `{WB}(?:please|pls|plz)[,!]? (?:please|pls|plz)[,!]? (?:just )?(?:look after|take care of|be kind to|be gentle with) (?:yourself|urself|your health){WE}|{WB}on my (?:bended )?knees\\b[^.!?\\n]{0,30}?{WB}praying for (?:your|ur|his|her|their|the) (?!(?:return|love|heart|forgiveness)\\b)[a-z]+`,
    ),
    // Begging them to be safe is care: "I'm begging you not to drive home from the wedding after drinking".
    sp(
      `begging (?:you|u) (?:not|never) to (?:drive|drink|do anything|go (?:out|back|there|home) (?:alone|on your own)|walk home|skip|stop taking|hurt yourself|risk|take (?:any )?risks)`,
    ),
    // Begging only wished, and set aside: "I'd beg for a second chance if I thought it would help, but I know it wouldn't".
    sp(
      `{WB}(?:i'?d|i would) (?:beg|plead|get (?:down )?on my knees|do anything)[^.!?\\n]{0,40}?{WB}if i (?:thought|believed|knew|felt)\\b[^.!?\\n]{0,60}`,
    ),
    // Idioms: "I beg to differ", "begs the question".
    sp(`beg(?:s|ging)? (?:to differ|the question)`),
  ],
  examples: [
    // Thirteenth round: one more go asked outright.
    { flagged: '[[Kindly give me one chance more]].', pattern: 'begging-said-otherwise' },
    { flagged: '[[I am ready to do anything for you]], anything.', pattern: 'begging-said-otherwise' },
    { notFlagged: "I'm ready to do anything to help with the kids' move, just say." },
    { flagged: "[[Just give us one more go]], that's all I want.", pattern: 'begging-said-otherwise' },
    { flagged: '[[give me one more shot pls]]', pattern: 'begging-said-otherwise' },
    { notFlagged: "The clinic gave me one more go at the programme, and I'm taking it seriously." },
    // Twelfth round: an Indian-English plea for "our love" (not "give the new job a chance").
    { flagged: 'I request you, [[please give our love one more chance]].', pattern: 'please-come-back' },
    { notFlagged: 'Please give the new job a chance before you decide, you always rush.' },
    // Twelfth round (eval/twelfth/pitfalls12): "I'll do anything to get you back".
    { flagged: "[[I'll literally do anything to get you back]].", pattern: 'begging' },
    { notFlagged: "I'd do anything to get my old job back, honestly, but that ship has sailed." },
    { notFlagged: "I'll do anything to get the kids back into a routine after the move." },
    { flagged: "[[I'll do whatever it takes]].", pattern: 'whatever-it-takes' },
    { flagged: "[[Whatever it takes to get you back, I'll do it]].", pattern: 'whatever-it-takes' },
    { notFlagged: "I'll do whatever it takes to stay sober, for me and for the kids." },
    // Sixth round (eval/sixth/danger): a joke said with a laugh, desperate for a break rather than for them, "don't go to
    // any trouble", "don't hate me for sending this".
    { notFlagged: "Please don't go to any trouble replying." },
    { notFlagged: "Please don't leave the band because of me, I'll step back instead." },
    { notFlagged: 'Please, please, please let the train be on time tomorrow.' },
    { notFlagged: "I'd crawl over broken glass for a decent curry right now." },
    { notFlagged: "I'm begging you, don't drive back tonight in that storm, stay at your sister's." },
    { flagged: "[[Please don't leave]].", pattern: 'please-come-back' },
    { notFlagged: "Please don't hate me for sending this." },
    { flagged: "[[Please don't hate me]].", pattern: 'please-come-back' },
    { flagged: "[[Please don't go]].", pattern: 'please-come-back' },
    { notFlagged: 'Please, please, please tell me you kept the sourdough starter alive, ha.' },
    { notFlagged: 'please please tell me u still have the mario kart save lol' },
    { flagged: '[[Please please come back lol]]', pattern: 'please-please' },
    { notFlagged: "I'm desperate for a holiday, work has been mad." },
    { notFlagged: "I'm desperate for a cuppa and a lie-in after this week." },
    { notFlagged: 'im desperate for some sleep tbh' },
    { notFlagged: "I'm so desperate for the weekend." },
    { flagged: '[[i beging you]]', pattern: 'begging-said-otherwise' },
    { flagged: '[[I am asking you on bended knee]].', pattern: 'begging-said-otherwise' },
    { notFlagged: 'I asked you on bended knee in Montmartre, and you laughed and said yes.' },
    { notFlagged: 'I begin my new job on Monday, wish me luck.' },
    { flagged: "[[I'm down on my knees]] praying you'll take me back.", pattern: 'begging-said-otherwise' },
    { notFlagged: "I'm down on my knees scrubbing the grout in the new flat." },
    { notFlagged: "I'm begging you not to drive home from the wedding after drinking." },
    { notFlagged: "I'd beg for your nan's recipe if I thought she'd give it." },
    { notFlagged: 'Please, please look after yourself this winter.' },
    { notFlagged: "I'm on my knees most nights praying for your dad's recovery." },
    {
      flagged: "[[I'd give anything, anything at all, for you to come back]].",
      pattern: 'begging-said-otherwise',
    },
    { notFlagged: "I'd give anything to go back to that summer in Kerry, but I know we can't." },
    { notFlagged: "I'd beg for a second chance if I thought it would help, but I know it wouldn't." },
    { flagged: '[[please dont block me]]', pattern: 'please-come-back' },
    { flagged: "[[I'll do whatever you say, just tell me]].", pattern: 'dont-leave-me' },
    { notFlagged: "Please don't block the drive when you drop the boxes off." },
    { flagged: "[[Just give me one chance, that's all I ask]].", pattern: 'desperate-ask' },
    { flagged: "[[I need you to come back, I can't do this alone]].", pattern: 'desperate-ask' },
    { flagged: "[[I'd crawl back on broken glass if you'd let me]].", pattern: 'desperate-ask' },
    { notFlagged: 'I need you to come back for the rest of your books at some point.' },
    { flagged: "[[I'm begging you, please, please come back]].", pattern: 'begging' },
    { notFlagged: "I'm begging you to get that cough looked at, by the way." },
    { flagged: '[[I beg you to reconsider]].', pattern: 'begging' },
    { flagged: "Sam. [[I'm on my knees here]].", pattern: 'begging' },
    { flagged: 'So [[please, please think about it]].', pattern: 'please-please' },
    { flagged: '[[pleeease answer me]]', pattern: 'please-please' },
    { flagged: '[[Please just read this]]. Please.', pattern: 'please-please' },
    { flagged: '[[pls just hear me out]]. pls', pattern: 'please-please' },
    { notFlagged: 'Please read this when you can. Please take care of yourself.' },
    { notFlagged: 'Please pass my love to your mum. Please also tell her the recipe worked.' },
    { flagged: '[[Please come back to me]].', pattern: 'please-come-back' },
    { flagged: '[[pls dont leave me like this]]', pattern: 'please-come-back' },
    { flagged: '[[Please give me one more chance]].', pattern: 'please-come-back' },
    { flagged: "[[Don't leave me]], I can't do this alone.", pattern: 'dont-leave-me' },
    { flagged: "[[I'll do anything]], I mean it.", pattern: 'begging' },
    { flagged: "[[I'm so desperate]], I don't know what else to do.", pattern: 'dont-leave-me' },
    { flagged: '[[I would do anything to have you back]].', pattern: 'dont-leave-me' },
    { flagged: "[[I'll wait on my knees if I have to]].", pattern: 'begging' },
    { flagged: "A single dinner, [[that's all I'm asking for]].", pattern: 'dont-leave-me' },
    { flagged: "[[I've swallowed my pride to write this]].", pattern: 'dont-leave-me' },
    { flagged: '[[I just want you back, please]].', pattern: 'dont-leave-me' },
    { flagged: '[[ill do anything u want]]', pattern: 'begging' },
    { flagged: 'Sam. [[One last chance]]. Please.', pattern: 'dont-leave-me' },
    { flagged: "Sit down with me once, [[I'm pleading with you]].", pattern: 'begging' },
    { flagged: '[[I implore you]], think again.', pattern: 'begging' },
    { flagged: "[[I'm asking you, with everything I have, to take me back]].", pattern: 'begging' },
    { flagged: "[[Tell me what I need to do and I'll do it]].", pattern: 'begging' },
    { flagged: "[[I'd give anything to have you back]].", pattern: 'begging' },
    { flagged: '[[please Jo please just pick up]]', pattern: 'please-please' },
    { flagged: '[[i just need to hear ur voice]]', pattern: 'dont-leave-me' },
    { flagged: "[[You're my last hope]].", pattern: 'dont-leave-me' },
    { flagged: 'I miss you. [[Come home]].', pattern: 'dont-leave-me' },
    { flagged: "[[Don't throw away what we had, please]].", pattern: 'dont-leave-me' },
    { flagged: "[[You can't leave me like this]].", pattern: 'begging' },
    { flagged: '[[Have a heart]], Tom.', pattern: 'begging' },
    { flagged: "[[I'd do anything, anything at all]].", pattern: 'begging' },
    { flagged: '[[Please just say you will think about it, please]].', pattern: 'please-please' },
    { flagged: "Tom. [[Don't do this to me]].", pattern: 'dont-leave-me' },
    { flagged: 'I miss you. [[Let me come home]].', pattern: 'dont-leave-me' },
    { flagged: "[[Tell me there's still a chance, please]].", pattern: 'dont-leave-me' },
    { flagged: '[[im beggin u]]', pattern: 'begging' },
    { notFlagged: 'Do this for yourself, not for me.' },
    { notFlagged: 'Let me know where to send your books.' },
    { notFlagged: 'Please pass on my best to your mum.' },
    { notFlagged: 'I need to tell you something important.' },
    { notFlagged: "Tell me what you need, and I'll respect it." },
    { notFlagged: "I've been pleading with myself to stop drinking." },
    { notFlagged: "I asked you to take me back once, and I won't ask again." },
    { notFlagged: "I'll be whatever you want me to be, forever." },
    { notFlagged: 'I would love to see you again, if you want to.' },
    { notFlagged: "I'll do anything I can to help with the move, just say the word." },
    { notFlagged: "I'd do anything to see you smile like that again, but I know it isn't mine to ask." },
    { notFlagged: "I'm begging you to look after yourself this winter." },
    { notFlagged: "I'm begging my brother to stop asking about us." },
    { notFlagged: 'Please forgive me for what I said that night.' },
    { notFlagged: 'Please take care of yourself.' },
    { notFlagged: "I'm not begging, I only want you to know how I feel." },
    { notFlagged: 'I beg to differ about the film, but you were right about the rest.' },
    { notFlagged: "Please don't feel you have to answer." },
    { notFlagged: "My mum begged me to stop writing to you, and maybe she's right." },
    { notFlagged: 'Please come back to the flat whenever you want to collect your books.' },
    { notFlagged: "Please don't worry about me." },
    { notFlagged: "I won't beg you to come back; I just want to be honest." },
    { notFlagged: 'Please know that I am here if you ever need anything.' },
    { notFlagged: 'I got down on my knees to propose, remember?' },
    { notFlagged: 'I was desperate for your approval back then, and it made me jealous.' },
    { flagged: "[[I'd literally do anything, anything at all]].", pattern: 'begging' },
  ],
})
