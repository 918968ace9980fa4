// Mind-reading: telling the reader what they feel, think or want ("I know deep down you still love me").
// Questions ask rather than tell ("Do you still love me?"), hopes and doubts are the writer's own
// ("I hope you still think of me", "I don't know what you feel"), and acknowledging their need for
// space or their anger ("I know you need time", "I know you're angry") respects them: none is flagged.
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

/** Negated a few words earlier ("I'm not sure you feel the same"); `n't` and texting forms included. */

/** Hopes, doubts, conditions: the writer wonders instead of claiming. */
const UNSURE = String.raw`(?<!{WB}(?:if|whether|maybe|perhaps|hope|hoped|hoping|hopes|wonder|wondering|wondered|unless|wish|wishing|doubt|as if|in case|unsure|no idea|ask|asking|asked|pretend|imagine|dream|dreamt|dreamed|even if|when){WE}[^,.;:!?\n]{0,20})`

/** "you" in an assertion: not after "if", "maybe", "I wonder"… ({@link UNSURE}), and not negated. */
const YOU_ASSERTED = `${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOU})`

/** What is claimed about the reader's heart: love, longing, regret, being unhappy with someone else. */
const STATE = String.raw`(?:(?:still|really|secretly|also|too|do|actually|definitely|obviously|truly|can|could)\s+)*(?:(?:are |'re )?(?:still )?loving me|(?:are |'re )?(?:still )?missing (?:me|us)|love (?:me|us)|want (?:me|us|this|the same|to (?:come back|get back|see me|talk to me|be with me|try again|give (?:us|this|it)))|miss (?:me|us|what we had|this|our|the way|being|it|that|those days|the old days)|need (?:me|us)|think (?:about|of) (?:me|us|our|what we had|the old days)|never (?:really |truly |actually )?(?:loved|cared about|cared for|wanted|respected) (?:me|us)|(?:are |'re )?(?:still )?my (?:girl|boy|man|woman|wife|husband)|dream (?:about|of) (?:me|us)|regret(?:ted|s)?|(?:are |'re )?(?:still )?regretting|wish (?:we|you (?:hadn'?t|had never|never|could))|long for (?:me|us)|care (?:about|for) (?:me|us)|care(?=\s*(?:[.!,;]|$| too| still))|have feelings for me|still have feelings|feel (?:the same|it too|this too|the way i do|what i feel|exactly|something for me|guilty|bad about)|belong (?:with|to) me|(?:(?:are|'re)(?:n'?t| not)|aren'?t|not) (?:really |truly )?(?:happy|in love|over (?:me|us|it))|(?:don'?t|do not|dont) (?:really |truly |actually )?(?:(?:love|want|mean|care about) (?:him|her|them|it|that)|(?:want|wanna) to be with (?:him|her|them))|(?:(?:are|'re)\s+)?(?:just |only )?(?:scared|afraid|confused|pretending|lying to yourself|in denial|hiding|running away|fooling yourself|kidding yourself)|can'?t (?:stop thinking about|forget|live without) (?:me|us)|haven'?t (?:moved on|let go|forgotten (?:me|us)|gotten over (?:me|us))|made a mistake|(?:'ve |have )?(?:already )?forgotten (?:about )?(?:me|us)|hate me|(?:are|'re) not (?:really |truly )?(?:done with|finished with|over) (?:us|me)|(?:are|'re) (?:reading this|smiling|crying|laughing|relieved)|(?:reading this|smiling|laughing) (?:right now|as you read)){WE}`

export default defineRule({
  id: 'mind-reading',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'brief-sincere',
  title: 'Mind-reading',
  summary: 'Telling the reader what they feel, think or want.',
  message:
    'Here you tell them what they feel or want. Even if you are right, being told what is in our own heart feels like being cornered, and they will want to prove you wrong. Speak for yourself, and ask, or leave the question open.',
  patterns: [
    {
      id: 'i-know-you-still',
      // "I know deep down you still love me", "I can tell you miss me", "I'm sure you regret it".
      re: sp(
        String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:(?:i (?:just |really |already |truly |honestly |simply )?(?:know|knew|can tell|could tell|can see|could see|can feel|could feel|sense|bet)(?: in my heart| deep down| for a fact| for certain| for sure)?|i (?:see|realise|realize|understand) now|(?:i'?m|im|i am) (?:so |absolutely |completely )?(?:sure|certain|convinced|positive|confident)|i have no doubt|there is no doubt|without (?:a )?doubt|i trust|surely|deep down|(?:deep )?inside|underneath|in (?:your|ur) heart(?: of hearts)?|we both know|you and i both know|everyone (?:can see|knows)|it'?s (?:obvious|clear)|obviously|clearly|secretly)(?: that)?,?\s+(?:(?:deep down|in (?:your|ur) heart|somewhere|inside|deep inside|underneath),?\s+)?(?:(?:that\s+)?(?:{YOU}|you'?re|you are|u r|ur))\s+${STATE}|(?:i (?:just )?(?:feel|think|believe|know)(?: that)?|(?:i'?m|im|i am) (?:sure|certain|convinced)(?: that)?) (?:we both|both of us|the two of us|we each) (?:(?:still|really|secretly|obviously|clearly)\s+)*(?:love each other|love one another|care (?:about|for) (?:each other|one another)|miss (?:each other|one another|what we had|us)|want (?:this|the same|each other|to try again|another (?:go|chance|try))|feel (?:the same|it)|still have feelings|have feelings for each other){WE}|(?:i (?:just )?feel (?:like|that|as though|as if)|it feels (?:like|as though|as if)|i get the (?:feeling|sense)(?: that)?) (?:(?:{YOU}) (?:never|don'?t|didn'?t|no longer) (?:really |even )?(?:cared|care|loved|love|wanted|want|respected|missed|miss|listened|listen|tried|noticed|understood|heard me|saw me)|(?:you'?ve|you have|u'?ve) already (?:made up (?:your|ur) mind|decided|moved on|given up)){WE})`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'you-still-love-me',
      // Said outright: "You still love me", "You're just scared", "You don't really love him", "You know we belong together".
      re: sp(
        String.raw`${YOU_ASSERTED}\s+(?:still|secretly|really|definitely|obviously|clearly)\s+(?:(?:still|do|really)\s+)?(?:love|want|miss|need|think about|dream about|care about|have feelings for) (?:me|us|this(?=\s*(?:[.!,;]|$))|what we had){WE}|{WB}(?:one day|someday|some day|sooner or later|eventually|in time|soon enough)${UNSURE} (?:{YOU})(?:'ll| will) (?:realise|realize|see|understand|regret|miss|thank|come back|know|wake up){WE}|{WB}i (?:just )?know (?:that )?(?:this|it) (?:isn'?t|is not|'s not) what (?:{YOU}) (?:really |truly )?want{WE}|{WB}part of${UNSURE} (?:{YOU}) (?:(?:already|still|secretly|probably|surely|definitely|clearly|obviously) )?(?:is|still|wants|misses|loves|knows|feels|regrets|hopes|knew|wanted|missed|regretted){WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:you'?re|you are|u r|ur)\s+(?:just\s+|only\s+|simply\s+|clearly\s+|obviously\s+)?(?:lying to yourself|in denial|fooling yourself|kidding yourself|pretending(?: to be (?:happy|fine|ok|okay|over (?:me|us|it))| (?:you'?re|ur|you are|u r) (?:fine|ok|okay|happy|over)| otherwise| not to care| you don'?t| it'?s| that| everything)|(?:scared|afraid) (?:to admit|of (?:what you feel|your feelings|admitting|us|how much|love))|not (?:really |truly )?(?:happy|in love) (?:(?:with|w|w/|wiv) (?:him|her|them)|without me)|not over (?:me|us)|still in love with me){WE}|${YOU_ASSERTED} (?:don'?t|do not|dont) (?:really|truly|actually) (?:(?:love|want|care about) (?:him|her|them)|(?:want|wanna) to be with (?:him|her|them)){WE}|${YOU_ASSERTED} (?:still )?(?:miss|love|want|need) (?:me|us)(?: too| still)?,?\s+(?:i (?:can|could) (?:tell|see|feel it)|i know (?:it|that|you do)|(?:just )?admit it|don'?t deny it|whether you admit it or not){WE}|${YOU_ASSERTED} (?:want|need|feel) (?:this|it|the same|us|me) too{WE}|${YOU_ASSERTED} (?:know|knew),? (?:(?:deep down|in (?:your|ur) heart|somewhere(?: inside| deep down)?|deep inside),?|it'?s true|(?:that )?(?:you|u) (?:still )?(?:love|want|miss|need)(?: to (?:see|talk to|be with|hear from))? (?:me|us)|(?:that )?we(?: belong| are meant| were meant|'re meant| should be)|(?:that )?(?:this|it|we)(?: isn'?t| is not|'s not| aren'?t| are not|'re not) over){WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:your|ur) heart (?:still )?(?:belongs to me|knows|is still (?:mine|with me)|tells you|(?:beats|aches|longs|yearns|cries) for (?:me|us)){WE}|${YOU_ASSERTED} must (?:really |surely |secretly )?(?:hate|despise|miss|regret|wonder|think (?:i'?m|i am|i was|i'?ve|it'?s|it|this|that|me|of me as)|be (?:tired|sick|fed up|angry|furious|glad|relieved|laughing|thinking|so)){WE}|${YOU_ASSERTED}(?:'ll| will) (?:realise|realize|see|understand|regret|miss me|thank me|come back|know|wake up)(?:[^.!?\n]{0,30}?(?:one day|someday|some day|eventually|sooner or later|i was right|in time)){WE}|${YOU_ASSERTED}(?: just| simply)?(?: won'?t| will not| can'?t| cannot| don'?t want to| refuse to|(?:'re| are)(?: just| simply)? too (?:proud|scared|afraid) to) admit (?:it|that|how|what|you){WE}|${YOU_ASSERTED} never (?:really |truly |actually )(?:wanted|meant) (?:to (?:leave|go|break up|end (?:it|this|us))|it|that){WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:only|just) (?:with (?:him|her|them)|dating (?:him|her|them)|seeing (?:him|her|them)|saying (?:that|this|it)|pretending|doing (?:this|it)) (?:to|because|for|out of){WE}|${YOU_ASSERTED} (?:felt|feel) (?:the same (?:spark|thing|way|pull)|it too|that too|something too){WE}|${YOU_ASSERTED} didn'?t (?:really )?mean (?:them|those things|what you said){WE}|${YOU_ASSERTED} only said (?:that|it|those things) because{WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}|you were) (?:so much |much |way |a lot )?happier with me{WE}|${YOU_ASSERTED} know as well as i do{WE}|${YOU_ASSERTED} know (?:that )?(?:i'?m|i am|im) right{WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:probably|surely|definitely|no doubt|obviously|clearly) (?:thinking|laughing|rolling your eyes|smiling|relieved|glad|furious|annoyed|missing (?:me|us)|regretting|wondering|happier){WE}|${YOU_ASSERTED} (?:probably|surely) (?:think|thought|believe|hate|miss|regret|wish|want (?:me|us|this)){WE}|{NOT_NEGATED_WORD}{WB}i know (?:exactly )?what (?:you'?re|you are|ur|you) (?:thinking|feeling|think|feel|want){WE}|${YOU_ASSERTED}(?:'ve| have) never (?:stopped (?:loving|thinking about|caring about)|forgotten|gotten over|moved on from) (?:me|us){WE}|${UNSURE}{WB}(?:{YOU})(?:'ll| will) (?:be back|come (?:back|running back)|change your mind)(?=\s*(?:[,.!;\n]|$| you| i know| eventually| one day| sooner))|${UNSURE}{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really |truly )?(?:mean (?:that|it)|want (?:this|to (?:leave|go|end (?:it|this|us)|break up)|it to end|us to end)){WE}|${UNSURE}{WB}(?:{YOU}) only think (?:that )?(?:you|u){WE}|{WB}(?:your|ur) (?:eyes|face|silence|messages|voice|body language) (?:tell|tells|say|says|give|gives) (?:me )?(?:everything|otherwise|it all|you away|you still|a different){WE}|(?<=(?:^|[.!?\n,;:—–])\s{0,3})(?:just |come on,? )?admit it{WE}|${UNSURE}{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:even )?(?:love|want) (?:him|her|them)(?: really| at all)?(?=\s*(?:[,.!;]|$)| you| and| but)|{WB}(?:{YOU}) know (?:very|perfectly|full|damn|full) well (?:that )?(?:we|i|you|u|this|it){WE}`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'you-are-feeling',
      // "You're just scared", "You're confused right now", "You want me back", "You left because you were scared".
      re: sp(
        String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:you'?re|you are|ur|u r|u'?re)\s+(?:(?:just|only|simply|clearly|obviously|so|really|still|probably|secretly|all)\s+){0,2}(?:scared|afraid|terrified|frightened|confused|lonely|settling|hurting too|in denial|running (?:away )?from (?:(?:your|ur) (?:feelings|heart|fears?)|us|me|this|what (?:you|u) feel)|unhappy|miserable|not happy|torn|(?:lonely|miserable|unhappy|lost|bored) (?:without me|with (?:him|her|them)))(?=\s*(?:[.!,;—]|$| right now| rn| and you know| i (?:can|could) tell| i know| (?:to be|of being) (?:alone|on (?:your|ur) own|single|hurt|vulnerable|loved)| of (?:getting|being|commitment|love|us|me|what|how|your|losing|admitting)| too))|${YOU_ASSERTED} (?:(?:still|secretly|really)\s+)?(?:want me back|regret (?:it|leaving|this|that|what)|feel guilty|want to come back|miss (?:me|us))(?=\s*(?:[.!,;]|$| and you know| i know| i can tell| too))|${UNSURE}{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:even )?know what (?:you|u) (?:really )?want{WE}|${UNSURE}{WB}(?:{YOU}) (?:haven'?t|have not|havent) (?:really )?(?:moved on|let go|gotten over (?:me|us)|got over (?:me|us))(?=\s*(?:[.!,;]|$| i (?:can|could) tell| i know| and you know| yet))|${UNSURE}{WB}(?:{YOU}) (?:only |just )?think (?:you'?re|you are|ur) (?:better off|happy|happier|over (?:me|us)|done with){WE}|{WB}(?:{YOU}) (?:left|ran|went|ended it|ended things|broke up with me|pulled away) because (?:you|u) (?:were|was|are|got) (?:scared|afraid|frightened|terrified|insecure|jealous|overwhelmed){WE}|{NOT_NEGATED_WORD}{WB}i know (?:(?:that )?(?:you'?re|you are|ur)) (?:thinking|dreaming) (?:about|of) (?:me|us){WE}`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'claims',
      // More ways to tell them what is inside them: "I'm sure you've forgotten me", "You must be lonely in that big
      // house", "You probably laughed when you saw my name", "you'll come round", "You want me to beg", "Your heart
      // was never in it", "I'd bet my life on it", "you're just angry right now", "I think you knew it".
      re: sp(
        String.raw`{WB}i (?:just |really )?know (?:that )?(?:you'?re|you are|ur|u r|u'?re|youre) (?:(?:so|really|still|probably|just)\s+)?(?:mad|angry|upset|pissed(?: off)?|annoyed|furious|fuming|livid|raging|cross)(?: (?:with|at) me)?,?\s+but(?!\s+(?:i|that'?s|that is|you have|you'?ve got|it'?s|you'?re right)\s+(?:understand|get it|respect|deserve|fair|every right|a right|right|allowed|entitled|okay|ok|not wrong|valid))(?=\s)|{NOT_NEGATED_WORD}{WB}i (?:just |really )?know (?:that )?(?:{YOURE}) (?:(?:secretly|really|actually|probably|just|still|already|quietly)\s+)*(?:relieved|glad|pleased|happy (?:i'?m gone|without me|it'?s over)|smiling|laughing|tempted|regretting|missing|hoping|pretending|lying|bored|jealous|lonely|miserable|unhappy){WE}|{NOT_NEGATED_WORD}{WB}(?:i'?m|im|i am) (?:so |absolutely |completely |pretty |quite )?(?:sure|certain|convinced|positive) (?:that )?(?:{YOU}|you'?ve|you have|{YOURE}) (?:(?:already|probably|still|secretly|even|all|just)\s+)*(?:forgotten|forgot|moved on|hate|hated|miss|missed|think|thought|feel|felt|want|wanted|regret|love|loved|wish|care|cried|laughed|smiled|don'?t (?:even )?(?:care|think|miss|remember|want|love)|never (?:loved|cared|think|thought|wanted)|glad|relieved|happy without|angry|laughing|bored){WE}|${YOU_ASSERTED} must (?:be|feel|have been|'ve been) (?:so |very |really |pretty |quite |terribly |awfully )?(?:lonely|miserable|relieved|devastated|regretting|bored|scared|hurting|confused|lost|empty|unhappy|jealous|missing me|thinking (?:about|of) (?:me|us)){WE}|${UNSURE}{WB}(?:{YOU}) (?:probably|most likely|no doubt|likely|must have|must'?ve) (?:laughed|smiled|rolled (?:your|ur) eyes|cried|sighed|groaned|scoffed|smirked|winced|cringed|felt (?:relieved|sorry|nothing|guilty)|thought (?:i|i'?d|i was|i'?m|this|it|that)|hoped|wished|regretted|forgot)(?![^.!?\n]{0,40}?(?:and (?:that'?s|i (?:don'?t|wouldn'?t) blame)|fair enough|which is fair|i don'?t blame|fair)){WE}|${UNSURE}{WB}(?:{YOU})(?:'ll| will) (?:(?:eventually|soon|one day|someday|in time)\s+)?(?:come (?:a)?round(?! to (?:mine|my|ours|the)| for)|see sense|come to (?:your|ur) senses|come crawling back|thank me|be back(?=\s*(?:[.!,;]|$| soon| eventually| one day| i know))){WE}|${YOU_ASSERTED} (?:just |only |secretly |really )?(?:want|wanted) me to (?:beg|grovel|suffer|crawl|chase|fight for|prove|hurt|feel (?:bad|guilty|small)|fail|admit|come crawling|apologi[sz]e|disappear|go away|give up){WE}|${UNSURE}{WB}(?:your|ur) heart (?:was|is|wasn'?t|isn'?t|has|had)(?: (?:never|not|still|always|really|truly|been))* (?:(?:really|truly|fully) )?(?:in (?!the right place)(?:it|the|this|that|our)|with (?:me|us|him|her)|elsewhere|somewhere else){WE}|{NOT_NEGATED_WORD}{WB}i (?:just |really )?know (?:that )?(?:{YOURE}) reading this,?(?: and| while| with)? (?:smiling|laughing|crying|rolling (?:your|ur) eyes|shaking (?:your|ur) head){WE}|${UNSURE}{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really |truly |actually )?(?:love|want|miss|need) (?!us{WE}|it{WE}|that{WE}|this{WE}|to{WE})[\w'-]+(?: [\w'-]+)?,? (?:you|u)(?:'re| are| just| only| love| want| need| miss){WE}|{WB}i'?d bet (?:my life|anything|money|good money|my house|a fortune)(?: on it| that)?,? (?:{YOU}|{YOURE}){WE}|{WB}(?:{YOU}|{YOURE})[^.!?\n]{3,60}?,? i'?d bet (?:my life|anything|money|good money|my house) on it{WE}|${UNSURE}{WB}(?:{YOURE}) (?:just|only|simply) (?:angry|upset|hurt|bitter|sad|emotional|mad|cross|confused|lonely)(?: with me)?(?: (?:right now|at the moment|for now|now|rn|today))?(?=\s*(?:[.!,;]|$| but| and| right now| at the moment| for now| rn)){WE}|{WB}i (?:think|bet|reckon|suspect|know) (?:that )?(?:{YOU}) (?:knew|know|always knew|already know|felt|realised|realized) (?:it|that|this)(?: (?:too|as well|all along|deep down|already))?(?=\s*(?:[.!,;]|$))|${UNSURE}{WB}deep down,? (?:{YOU}) (?:know|knew|feel|felt|want|agree|understand)(?: (?:it|that|this|i'?m right|im right))?(?=\s*(?:[.!,;]|$)|(?: im| i'?m) right){WE}|${UNSURE}{WB}(?:{YOURE}) (?:already |probably |secretly |so )?(?:bored|tired|sick|fed up) (?:of|with) (?:him|her|them|the new|your new|that (?:guy|girl|man|woman)){WE}|{WB}(?:{YOU}) (?:only |just |really )?(?:left|ran|went|ended it|ended things|broke up with me|pulled away) because (?:you|u) (?:were|was|are|got|felt) (?:scared|afraid|frightened|terrified|insecure|jealous|overwhelmed|lonely|bored){WE}|{WB}(?:{YOU}) never (?:really |truly |actually )?(?:wanted|meant) to (?:leave|go|break up|end (?:it|this|us)),? (?:not really|i know|admit it|we both know){WE}|${UNSURE}{WB}(?:{YOU}) (?:still |probably |must )?(?:hate|despise|miss|love|want|need|resent) (?:me|us)(?: still| too)?,? i (?:just )?know(?: it| that)?(?=\s*(?:[.!;]|$))|${UNSURE}{WB}(?:{YOURE}|{YOU}) (?:(?:still|secretly|really|so|just)\s+)*(?:dying to|desperate to|itching to|wanting to|missing|loving|hating|regretting|tempted|relieved|unhappy|lonely|bored|sad|angry|hurting|scared|curious|jealous)[^.!?\n]{0,30}?,? i (?:can|could) (?:tell|see it|feel it|sense it)(?=\s*(?:[.!;]|$))|{NOT_NEGATED_WORD}{WB}i (?:can|could) (?:tell|see|sense|feel)[^.!?\n]{1,40}? (?:that )?(?:{YOURE}) (?:not (?:happy|okay|ok|yourself|over (?:me|us|it))|unhappy|miserable|lonely|struggling|still (?:hurting|angry|in love)|missing (?:me|us)|regretting|bored){WE}|{WB}(?:{YOU}|{YOURE})[^.!?\n]{3,60}?,? i'?d (?:put money|put my (?:house|life|mortgage)|wager (?:anything|money)) on it{WE}|{NOT_NEGATED_WORD}{WB}i know for (?:a fact|certain|sure) (?:that )?(?:{YOU}|{YOURE}) (?:(?:still|secretly|never|really)\s+)*(?:check|look|read|think|miss|love|want|regret|care|wish|stalk|watch|keep|hate|feel|cried|cry){WE}|{WB}i bet (?:{YOU}) (?:(?:still|secretly|sometimes|often) )?(?:lie awake|lay awake|wonder|wondered|think about (?:me|us|it|what|whether|how)|thought about (?:me|us|it)|check (?:my|our)|look at (?:my|our|the photos)|reread|re-read|replay)(?![\w])|{WB}i bet (?:{YOU}) (?:cried|laughed|smiled|rolled (?:your|ur) eyes|thought|felt|wished|hoped|regretted|(?:still|secretly) (?:miss|love|want|think|check|read)|miss|hate|love|want (?:me|us|to)){WE}|${UNSURE}{WB}(?:{YOU}|{YOURE})[^.!?\n]{2,60}?,? (?:even if|even though|though|whether or not) (?:{YOU}) (?:won'?t|don'?t|can'?t|never|wouldn'?t|refuse to) (?:say|admit|show|tell){WE}|{WB}(?:your|ur) pride (?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not) let (?:you|u){WE}|${UNSURE}{WB}(?:{YOU}) (?:(?:still|already|secretly)\s+)*(?:regret|miss|love|want|need|hate)(?: (?:it|me|us|this|that))?(?: (?:already|too|still))?,? i (?:can|could) (?:tell|see it|feel it|sense it){WE}|${UNSURE}{WB}deep down,? (?:{YOU}) (?:know|knew|feel|felt|want|wanted|still){WE}|${UNSURE}{WB}(?:{YOU})(?:'ve| have)? never (?:really |truly |fully |completely )(?:gotten|got|moved) (?:over|on from) (?:me|us){WE}|{WB}(?:{YOU}) (?:only |just |really )?(?:left|ran|went|ended it|ended things|broke up with me|pulled away) because (?:you|u) (?:panicked|freaked out|got cold feet|got scared|couldn'?t handle){WE}|{WB}(?:{YOURE}) reading this (?:and|while) (?:pretending|smiling|laughing|crying|thinking|wishing|hoping){WE}|${UNSURE}{WB}(?:{YOURE}) (?:going|gonna) to (?:miss me|regret (?:it|this|leaving)|wish (?:you|u) hadn'?t|come back|want me back){WE}|${UNSURE}{WB}(?:{YOU})(?:'ll| will) (?:miss me|want me back) when{WE}|${UNSURE}{WB}(?:{YOU}) (?:don'?t|do not|dont) (?:really|truly|actually) (?:want|mean) (?:a divorce|to (?:separate|split|divorce|leave|go)|it to be over|this to end|us to end|to end (?:it|this|us))(?![^.!?\n]{0,30}(?:fair|blame)){WE}|{WB}(?:{YOU}) (?:never|don'?t|didn'?t|still|secretly) (?:really )?(?:loved?|wanted?|miss(?:ed)?|cared?|meant)[^.!?\n]{0,40}?,? and (?:you|u|we both) know it(?=\s*(?:[.!,;]|$))|{WB}secretly,? (?:{YOURE}|you'?ve|you) (?:glad|relieved|happy|pleased|hoping|wishing|missing|thinking|waiting|still|been){WE}|${UNSURE}{WB}(?:{YOURE}) (?:just |only |simply )?too (?:proud|scared|stubborn|afraid|frightened) to (?:call|admit|say|write|reply|answer|come back|ask|reach out|text){WE}|{WB}more than (?:{YOU})(?:'ll| will|'d| would| can| care to| want to)? (?:ever )?(?:admit|say|let on|show){WE}|(?<!(?:think|thought|believe|believed)\s{1,3}){WB}i (?:can|could) read (?:you|u) like a book{WE}|{WB}(?:otherwise|or else) (?:you'?d|you would|u'?d) (?:have )?(?:blocked|deleted|ignored|binned|thrown|stopped|not have|never have){WE}|{NOT_NEGATED_WORD}{WB}i (?:just )?know (?:that )?(?:this|it|that)(?:'s not|'s| is not| isn'?t) (?:not )?what (?:{YOU}) (?:really |truly )?(?:want|need|feel){WE}|${UNSURE}{WB}(?:{YOURE}|{YOU}) (?:still |so |really )?(?:angry|furious|hurt|upset|mad|jealous|lonely|unhappy|miserable|bored)(?: (?:at|with) me)?,? i (?:can|could) (?:tell|see) (?:from|by|in){WE}|${UNSURE}{WB}(?:{YOU}) (?:don'?t|didn'?t|do not|did not) (?:really )?mean (?:a word of|any of|what you (?:said|wrote)){WE}|{WB}don'?t (?:tell me|pretend|try to tell me) (?:that )?(?:you|u) (?:don'?t|do not|never|didn'?t|aren'?t|are not|'re not) (?:miss|love|want|care|think|feel){WE}|${UNSURE}{WB}(?:{YOURE}) (?:just |only )?waiting for me to (?:give up|beg|crawl|apologi|go away|disappear|break|fail|come back){WE}|{WB}i know (?:exactly )?what'?s (?:going through|going on in) (?:your|ur) (?:head|mind){WE}|${UNSURE}{WB}(?:{YOU}) know (?:(?:that )?(?:you|u)) (?:want|wanna|need|miss|love|still){WE}|${UNSURE}{WB}(?:{YOU}) never (?:really )?stopped (?:loving|caring about|thinking about|missing) (?:me|us){WE}|${UNSURE}{WB}(?:{YOU}) secretly (?:hoped|hope|wanted|want|wished|wish|missed|miss|loved|love|knew|know|think|thought){WE}`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'told-inside',
      // Veiled claims: "you can't fool me", "deep down so do you", "you're only saying no because you're afraid",
      // "whatever you say now, you still want…", "you will come to see", "you know you should", "I'm sure that
      // doesn't keep you up at night".
      re: sp(
        String.raw`{WB}(?:{YOU}) (?:can'?t|cant|cannot) fool me{WE}|{WB}(?:{YOU}) (?:can|could) (?:pretend|deny it|tell yourself (?:whatever|what)(?: you| u)?(?: like| want)?) (?:all|as much as|whatever) (?:you|u) (?:like|want|need|please){WE}|{NOT_NEGATED_WORD}{WB}i (?:already |just )?know (?:exactly )?what (?:you'?ll|you will|you'?re going to|u'?ll|ur gonna|you'?re gonna) (?:say|think|tell me|do){WE}|{WB}(?:your|ur) (?:pride|ego|fear|stubbornness|mum|mother|friends|family) (?:is|are|'s) (?:the only thing|all that'?s|what'?s|the one thing) (?:stopping|keeping|holding) (?:you|u)(?: back)?{WE}|{WB}(?:{YOU}) know (?:that )?(?:you'?re|ur|u r|you are|you'?ll|u'?ll|you will) (?:gonna |going to )?(?:come back|come round|come around|miss (?:me|us)|regret (?:it|this|leaving)|want me back|end up (?:back|with me)){WE}|{WB}(?:deep down|in (?:your|ur) heart(?: of hearts)?|inside),? so (?:do|did|are|were|will) (?:you|u)(?=\s*(?:[.!,;]|$))|${UNSURE}{WB}(?:{YOU}|{YOURE}) (?:only|just) [a-z]+(?: [a-z']+){0,3} because (?:you'?re|you are|ur|u r|you were|u were|you feel|you felt|u feel) (?:(?:just|only|so|still|too)\s+)?(?:scared|afraid|terrified|frightened|insecure|ashamed|guilty|proud|lonely|jealous|confused|in denial|bitter){WE}|{WB}(?:whatever|no matter what) (?:{YOU}) (?:say|tell (?:yourself|people|them|everyone|your [a-z]+)|pretend|claim|post)(?: now)?,? (?:(?:deep down|in (?:your|ur) heart),? )?(?:{YOU}) (?:(?:still|really|secretly|do)\s+)*(?:love|want|miss|need) (?:me|us|the same|what we had){WE}|${UNSURE}{WB}(?:{YOU})(?:'ll| will) come to (?:see|realise|realize|understand|know){WE}|{WB}(?:{YOU}) know (?:you|u) (?:do|should|would|want to|will|miss (?:me|us|it))(?=\s*(?:[.!,;]|$))|{NOT_NEGATED_WORD}{WB}i'?m sure (?:that|it|this) (?:doesn'?t|does not|won'?t|didn'?t) (?:keep (?:you|u) (?:up|awake)|bother (?:you|u)|cost (?:you|u)|trouble (?:you|u)|cross (?:your|ur) mind){WE}`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'inside-you',
      // What the writer claims to see inside the reader, said other ways: "I can see it in your eyes", "I can tell from
      // your posts", "you think I haven't changed", "you've always known we belong together", "your heart says
      // otherwise", "I know you better than you know yourself", "I'm sure you're thinking…", "you're probably telling
      // everyone…", "you must feel awful", "you never really wanted to leave", "you only went because…", "you just need
      // time to figure out…", "I know it got to you", "u def still think about me", "and you know it".
      re: sp(
        String.raw`{WB}(?:deep (?:down|inside)|in (?:your|ur) heart(?: of hearts)?|inside),? (?:you'?re|you are|ur|u r|youre) still (?:mine|my (?:girl|boy|wife|husband|man|woman|love|baby|babe))(?![\p{L}])|{WB}(?:your|ur) (?:silence|eyes|face|voice|smile|likes|posts|stories|body language|actions|hesitation|blocking me|not replying|not answering) (?:still )?(?:tells?|told|says|said|shows?|showed|proves?|proved) (?:me )?(?:that )?(?:{YOU}|{YOURE}|you'?ve|you have) (?:(?:still|really|secretly|not|never|already|just|only|so)\s+)*(?:miss|missing|love|loving|want|wanting|think|thinking|feel|feeling|regret|regretting|care|caring|hurting|scared|afraid|lonely|unhappy|over|in love|moved on|forgotten|wish|wishing|hoping|waiting|torn|confused|jealous){WE}(?! (?:space|time|some time|a break|peace){WE})|{NOT_NEGATED_WORD}{WB}i (?:can|could) (?:see|tell|hear|feel|sense) (?:it )?(?:in|from|by|on) (?:your|ur) (?:eyes|face|voice|messages|texts|posts|photos|smile|words|instagram|stories|silence|letters?|replies|tone){WE}|,? ?i can (?:feel|tell|see|sense) it(?: from here| a mile off)?(?=\s*(?:[.!]|$))|${UNSURE}{WB}(?:you|u) (?:probably |obviously |clearly |still )?(?:think|believe|assume|reckon) (?:that )?i(?:'m| am| was|'ve| have| haven'?t| don'?t| didn'?t| never| only| just| still| can'?t| won'?t| wrote| am only){WE}|{WB}(?:you|u)(?:'ve| have)? (?:always |already |all along )?(?:known|knew) (?:that )?(?:we (?:belong|were meant|are meant|'re meant|should be)|deep down|in (?:your|ur) heart){WE}|{WB}(?:your|ur) heart (?:says|knows|tells (?:you|u)|is telling (?:you|u)|wants|belongs|still (?:wants|belongs|says|knows)){WE}|{WB}(?:know|understand) (?:you|u) better than (?:you|u) (?:know|understand) (?:yourself|urself){WE}|{WB}(?:i'?m sure|i bet|no doubt|i know) (?:{YOURE}) (?:thinking|rolling (?:your|ur) eyes|laughing|smiling|sighing|crying|reading this and){WE}|{WB}(?:{YOURE}) (?:probably |prob |definitely |no doubt )?(?:telling|saying to) (?:everyone|everybody|people|(?:your|ur) (?:friends|mates|mum|mom|family|sister|new)){WE}|${UNSURE}{WB}(?:you|u) must (?:feel|be feeling|be) (?:so |really |pretty |terribly |secretly |very |quite |awfully )?(?:awful|terrible|guilty|bad|ashamed|relieved|lonely|miserable|sad|empty|lost|confused|torn|regretting|missing){WE}|${UNSURE}{WB}(?:you|u) never (?:really |truly )?wanted (?:to (?:leave|go|end (?:it|this|us)|break up|split up)|this|him|her|the divorce|a divorce){WE}|${UNSURE}{WB}(?:you|u) (?:were|was) never (?:really |truly )?(?:happy|in love with (?:him|her)|sure|committed|content) (?:in|with|there|at|about){WE}(?![^.!?\n]{0,60}(?:and i (?:should|didn'?t|never|wish|'m sorry|am sorry|see)|i should have))|${UNSURE}{WB}(?:you|u) only (?:went back to|went|left|stayed|moved|married|chose|picked|said yes|said|wrote|texted|ended (?:it|things|us)|broke up with me|agreed|are with|'re with|got with|started seeing)(?: [^.!?\n]{0,30}?)? because (?!i\b|i'?m\b|i was\b)|${UNSURE}{WB}(?:you|u) (?:just |only )?need (?:time|space|a bit of time|some time) to (?:figure out|realise|realize|see|understand|work out|remember|come round|come to terms)(?: that)?{WE}|{NOT_NEGATED_WORD}{WB}i (?:know|can tell|bet) (?:that )?(?:it|that|this|my (?:letter|message|text|words)) (?:got to|hit|affected|moved|touched|rattled|shook) (?:you|u){WE}|{WB}(?:def|definitely|defo|deffo|obviously|clearly|totally|deep down) (?:still )?(?:think|thinking|thought) (?:about|of) (?:me|us){WE}|${UNSURE}{WB}(?:{YOURE}) (?:not|still not|clearly not|obviously not) over (?:it|me|us){WE}|{WB}(?:you|u) knew (?:exactly|full well|perfectly well|damn well) what (?:you|u) were doing{WE}|{NOT_NEGATED_WORD}{WB}(?:i'?m|im|i am) (?:so |absolutely |completely |quite )?(?:sure|certain|convinced|positive) (?:that )?(?:{YOURE}) (?:(?:secretly|really|already|still|now)\s+)?(?:regretting|missing|thinking|hurting|lonely|unhappy|miserable|relieved|confused|scared|sorry|pretending|lying){WE}|(?<=[a-z'])(?:,\s*(?:and\s+)?|\s+and\s+)we both know it(?=\s*(?:[.!]|$))|${UNSURE}{WB}(?:you|u) (?:don'?t|dont|do not) (?:even |really )?(?:like|love|want|fancy) (?:him|her|them) (?:that much|really|at all){WE}|${UNSURE}{WB}(?:you|u) (?:know|knew) (?:that )?we(?:'re| are| were| r) (?:meant|made|supposed) (?:to be|for){WE}|{WB}(?:but )?i know (?:you|u) better(?: than (?:that|anyone|her|him|them|everyone|you think))?(?=\s*(?:[.!,]|$))|${UNSURE}{WB}(?:you|u) (?:really )?(?:think|thought) (?:you|u) can (?:just )?(?:forget|walk away|erase|pretend|move on|replace|wipe){WE}|${UNSURE}{WB}(?:{YOURE}) (?:just |only |probably )?waiting for me to{WE}|${UNSURE}{WB}(?:{YOURE}) (?:hurting|suffering|struggling|missing (?:me|us)|miserable) (?:just )?(?:as much|too|as well){WE}|${UNSURE}{WB}deep down,? (?:you|u) (?:know|knew|want|feel|miss|love|realise|realize|agree|regret){WE}|{WB}in (?:your|ur) heart(?: of hearts)?,? (?:{YOURE}|you still|you know|u know|you want|you feel){WE}|{WB}(?:you|u) know (?:what|who) (?:you'?re|you are|ur|u r) (?:throwing away|giving up|losing|missing){WE}|{WB}(?:obviously|clearly|definitely) (?:still )?care(?:s)?{WE}|{WB}or (?:you|u) (?:wouldn'?t|would not|wouldnt) (?:have )?(?:liked|viewed|watched|looked|checked|kept|read|texted|called|replied|answered|saved){WE}|(?<!(?:best|amazing|brilliant|great|wonderful|beautiful|gorgeous|deserve|smart|clever|kind|good|lovely|talented)[^.!?\n]{0,40})(?<=[a-z'])(?:,\s*(?:and\s+)?|\s+and\s+)(?:you|u) know it(?=\s*(?:[.!]|$))|{WB}i know (?:you|u) (?:do|did|still do|still are)(?=\s*(?:[.!]|$))|${UNSURE}{WB}(?:you|u) (?:don'?t|do not|didn'?t|did not|dont|didnt) (?:really )?mean (?:it|that|what (?:you|u) said|half (?:of )?what|a word){WE}|${UNSURE}{WB}(?:{YOURE}) not (?:really )?happy (?:with (?:him|her|them)|there|in (?:that|this|the))(?! and that'?s){WE}`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'foretold',
      // The reader's heart foretold or read off: "give it a month and you'll miss me", "you'll come crawling back",
      // "knowing you, you've read this twice already", "I bet you're laughing", "you never loved me", "you just loved
      // the idea of me", "I feel like you were waiting for an excuse to leave", "whatever you tell your friends, you're
      // as lost as I am", "you're secretly hoping I'll fight for you", "surely you've worked out that leaving was a
      // mistake", "I can see it in yur eyes", "yu still love me".
      re: sp(
        String.raw`{WB}(?:give it|in|after|within) (?:a|one|two|three|a few|a couple of|another|some) (?:days?|weeks?|months?|years?|time|while)\s*(?:,|and)?\s+(?:you'?ll|you will|ull|u'?ll|youll|you'?re going to|you'?re gonna|ur gonna) (?:be )?(?:missing|miss|want|wanting|realise|realize|understand|come (?:crawling |running )?back|be back|beg|thank|wish){WE}|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:you'?ll|you will|u'?ll|youll) (?:(?:soon|eventually|finally|definitely|still)\s+)?(?:miss me|want me back|come (?:crawling |running )?back(?: to me)?|see (?:that )?i was right|know i was right|thank me){WE}|{WB}(?:knowing (?:you|u)|i(?:'d| would)? bet|i'?ll bet|bet)[,]?\s+(?:you|u|ur)(?:'ll|'ve|'re|'d| will| have| are| had| would|re|ve|ll)?\s+(?:(?:already|probably|still|secretly|just|be|have|both)\s+){0,2}(?:read|reading|thought|think|thinking|laugh|laughed|laughing|pretend|pretended|pretending|roll(?:ed|ing)? (?:your|ur) eyes|hate|hating|hated|miss|missing|regret|regretting|want|wanting|wish|wishing|feel|feeling|felt|forgot|forgotten|skimmed|skipped|torn|thrown|binned|cursing|cursed|smiling|smiled|relieved|glad|secretly|love|loving){WE}|${YOU_ASSERTED}\s+(?:(?:clearly|obviously|evidently|plainly)\s+)?(?:never|didn'?t ever|did not ever|never once)\s+(?:(?:really|truly|actually|even|properly)\s+)?(?:loved|cared (?:about|for)|wanted|respected|fancied|valued) (?:me|us)(?=\s*(?:[.!,;]|$| at all| the way| like| as| properly))|{WB}(?:you|u) (?:just|only|simply) loved the idea of (?:me|us|it|being){WE}|{WB}(?:you'?ll|you will|u'?ll|youll|you'?re going to|you'?re gonna|ur gonna) (?:(?:probably|just|no doubt|already|only)\s+)?(?:say|tell me|think|call (?:it|this|me)) (?:that )?(?:(?:i'?m|im|i am|i was) (?:(?:just|only|being|so)\s+)?)?(?:dramatic|overreacting|over-reacting|crazy|mad|paranoid|too sensitive|oversensitive|over-sensitive|needy|ridiculous|hysterical|pathetic|being dramatic|a drama queen|attention-seeking|attention seeking){WE}|{WB}i (?:feel|felt|get|got|have|had|always had) (?:like|as if|as though|that|the (?:feeling|sense|impression)) (?:that )?(?:you|u) (?:were|was|'d been|had been|have been|'ve been) (?:just |only |always |secretly |already )?(?:waiting (?:for|to|until)|(?:looking|searching) for (?:an? )?(?:excuse|way out|reason|exit|door|someone)|itching|planning|hoping|biding|longing|wanting){WE}|{WB}(?:whatever|no matter what|regardless of what) (?:you|u) (?:tell|say to|told|said to|pretend to|show) (?:your (?:[a-z]+)|yourself|everyone|everybody|people|the world|him|her|them|others)[^.!?\n]{0,20}?,\s*(?:you|u)(?:'re| are|re)? (?:(?:still|as|just|so|really|secretly|obviously)\s+)?(?:lost|lonely|miss|missing|love|loving|want|wanting|know|knew|feel|feeling|think|in love|unhappy|miserable|scared|afraid|not over|hurting|sad|regret|regretting|need){WE}|{WB}(?:you|u) can (?:tell|keep telling|say to) (?:yourself|your (?:[a-z]+)|everyone|people|the world)[^.!?\n]{0,60}?,? (?:but|and) (?:you|u) (?:know|still|and i both know|feel|can'?t fool){WE}|${YOU_ASSERTED}(?:'re| are| r|re)? (?:secretly|quietly|privately|really) (?:hoping|wishing|wanting|waiting|missing|glad|relieved|regretting|longing|praying){WE}|{WB}(?:surely|by now|i'?m sure|no doubt)[,]? (?:you|u)(?:'ve| have| must have| must'?ve|ve)? (?:(?:already|finally|by now)\s+)?(?:worked out|realised|realized|figured out|come to see|understood|learned|learnt) (?:by now )?(?:that )?(?:leaving|it was|you made|you were|i was|we (?:were|are|belong)|you (?:miss|still|need|love|want)|nobody|no one|he'?s|she'?s|this was){WE}|{WB}i (?:can|could) (?:see|tell|read) (?:it|that) (?:in|on|from) (?:your|ur|yur|yor|yuor) (?:eyes|face|voice|smile|posts|messages|texts|stories|photos|pictures){WE}|{WB}(?:yu|yuo|yoo|youu) (?:still )?(?:love|miss|want|need) (?:me|us){WE}|${UNSURE}{WB}(?:you'?re|ur|you are|u r) (?:going to|gonna) (?:wake up (?:one day |some day |someday )?and |(?:one day |someday )?)(?:realise|realize|see|understand|know) (?:what (?:you|u) (?:lost|threw away|had|gave up|walked away from)|(?:that )?i was right|how much (?:you|u) (?:love|loved|miss|missed|need|needed)){WE}|${UNSURE}{WB}(?:{YOURE}|{YOU})(?:'ll| will)? (?:probably|prob|no doubt|most likely|likely|definitely) (?:(?:going to|gonna) )?(?:show|read|send|forward|pass|read out)(?: this| it| my letter| this letter| my message| my text)(?: out)?(?: round| around)?(?: to)? (?:him|her|them|(?:your|ur) [a-z]+|everyone|everybody|all (?:your|ur) [a-z]+)[^.!?\n]{0,20}? (?:and|n|&) (?:have a (?:good )?)?(?:laugh|laughing|mock|make fun|take the piss|roll (?:your|ur) eyes)(?![a-z])|{WB}(?:i'?ll|i will|ill|then i'?ll) (?:just )?know (?:that )?(?:{YOU}) (?:never|don'?t|didn'?t|do not|did not|dont|didnt) (?:really |truly |actually )?(?:cared|care|loved|love|meant|mean|wanted|want)(?![a-z])`,
      ),
    },
    {
      id: 'know-fine-well',
      // Second probe: "you know fine well you still fancy me", "you're just saying you're happy to hurt me".
      re: sp(
        // Eleventh round: what the reader would do, asserted: "You know you'd take me back in a heartbeat", "you know ud
        // come back if i asked" (not "you know you'd love the new café").
        `{WB}(?:you|u) know (?:fine well|full well|damn well|perfectly well|very well|deep down) (?:that )?(?:you|u){WE}|{WB}(?:you|u) know (?:that )?(?:you|u)(?:'d|d| would) (?:(?:still|happily|gladly|honestly|secretly)\\s+)?(?:take me back|have me back|come back|come home|come running|be happier with me|say yes|choose me|pick me|run back|forgive me){WE}`,
      ),
    },
    {
      id: 'saying-it-to-hurt',
      re: sp(
        String.raw`(?:{YOURE}) (?:just |only )saying [^.!?\n]{0,30}?to (?:hurt|punish|spite|upset|wind up|get at|get back at) me{WE}`,
      ),
    },
    {
      id: 'know-your-heart',
      // Second probe: "I know your heart" ("you know fine well you still fancy me" and "you're just saying you're happy
      // to hurt me" are read by you-still-love-me).
      re: sp(
        String.raw`{WB}i know (?:your|ur) heart(?=\s*(?:[.!,;]|$|\s+(?:and|better|still|belongs|is (?:still|with me|mine))))`,
      ),
    },
    {
      id: 'sure-of-it',
      // A claim about their heart closed by the writer's certainty: "you still read my stories, I'm sure of it", "you
      // think about that night, I just know it", "you're regretting it already, I'd put money on it".
      re: sp(
        String.raw`${YOU_ASSERTED}(?:'re| are|'ve| have)?\s+(?:(?:still|secretly|already|really|probably|definitely|obviously|also|quietly|all)\s+)*(?:think|thinking|thought about|feel|feeling|miss|missing|want|wanting|regret|regretting|wish|wishing|check|checking|read|reading|listen(?:ing)? to|look(?:ing)? at|stalk|stalking|dream|dreaming|care|caring|love|loving|hate|hating|know|knowing|remember|remembering|wonder|wondering|long|longing|cry|crying|lie awake|lying awake|replay|replaying|keep|keeping)(?![a-z])(?=[^.!?\n]{0,60}?(?:{WB}(?:me|us|my|our|we|him|her|them)(?![a-z])|regret))[^.!?\n]{0,60}?,\s*(?:(?:i'?m|im|i am) (?:so |absolutely |completely |totally |100% |a hundred percent )?(?:certain|sure|positive|convinced)(?: of it| about it)?|i (?:just |simply )?know it|i am knowing it|i can (?:tell|feel it|see it|sense it)|i(?:'d| would) (?:put money|bet (?:money|my life|anything|my house)?)(?: on it)?|i'?d bet on it|trust me|mark my words)(?=\s*(?:[.!]|$))`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'motive',
      // Their motive told to them: "what you really want is to go back", "you're only with him so you won't be alone",
      // "you sent that text out of spite, not because you meant it", "you didn't mean a word of it".
      re: sp(
        String.raw`(?<![a-z] )(?<!^\s{0,3}(?:and|but|so) )(?:^|(?<=[.!?,;:—]\s{0,3}))(?:but |and |so )?what (?:{YOU}) (?:really|truly|actually|secretly|honestly) (?:want|need|feel|mean|miss|think|fear|crave)(?:ed)? (?:is|was|'s)(?! (?:up to (?:you|u)|(?:your|ur) (?:call|choice|decision|business)|for (?:you|u) to (?:decide|say|know)|what matters)){WE}|${UNSURE}{WB}(?:{YOURE}) (?:only|just|really only) (?:with|dating|seeing|marrying|engaged to) (?:him|her|them|[a-z]+) (?:so|because|to|for|out of|since)(?![a-z])(?! (?:i|i'?m|i was)(?![a-z]))|${UNSURE}{WB}(?:{YOU}) (?:only |just )?(?:said|wrote|texted|sent|did|ended|left|blocked)(?![a-z])[^.!?\n]{0,40}?(?:out of|from) (?:pure |sheer )?(?:anger|fear|pride|spite|panic|guilt|jealousy|loneliness|hurt|stubbornness)(?![a-z])(?![^.!?\n]{0,30}?(?:i (?:think|guess|suppose|wonder)|maybe|perhaps|i don'?t know))|{WB}not because (?:{YOU}) (?:really |actually |truly )?meant (?:it|that|them|a word)|${UNSURE}{WB}(?:{YOU}) (?:didn'?t|did not|don'?t|do not|never) (?:really |actually |truly )?mean(?:t)? (?:a word of it|any of it|what (?:you|u) (?:said|wrote|texted))(?![a-z])|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:just |only |simply |clearly |obviously |really )?(?:punishing|toying with|playing games with|messing with|baiting|provoking) me(?![a-z])|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:just |only |simply |clearly |obviously |deliberately )?trying to (?:make me (?:jealous|angry|beg|suffer|crawl|chase|feel (?:bad|guilty|small|jealous))|hurt me|punish me|get (?:at|to|a rise out of) me|provoke me|wind me up)(?![a-z])|${UNSURE}{WB}(?:{YOU}) (?:only |just )?(?:blocked|unfollowed|muted|deleted|ignored|ghosted|avoided|avoid|ignore|unfriended) me because (?:you|u) (?:can'?t|couldn'?t|cannot|are|were|'re|still|don'?t|miss|love|want|know|knew|feel|felt)(?![a-z])|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}|you were|u were) (?:just |only |really |secretly |so )?(?:ashamed|embarrassed|guilty|scared|afraid|jealous|frightened|terrified)\b[^.!?\n]{0,40}?,? (?:that'?s|that is|which is) (?:why|the reason|how come) (?:you|u)(?![a-z])|${UNSURE}{WB}(?:{YOU}) (?:secretly |really |actually )?(?:wanted|want) me to (?:find|see|read) (?:those|the|your|ur|his|her) (?:messages|texts|photos|pics|emails|letters?|receipts?|dms)(?![a-z])|{NOT_NEGATED_WORD}{WB}i (?:just )?know (?:that )?(?:you|u) (?:still|secretly) (?:check|look at|read|watch|sleep (?:in|with)|wear|listen to|play|think about|dream about|cry|keep|miss|talk about|stalk|google|smell|reread|re-read)(?![a-z])|{NOT_NEGATED_WORD}{WB}i (?:just )?know (?:that )?(?:you|u) (?:haven'?t|have not|never) (?:forgotten|stopped (?:loving|thinking|caring)|got over|gotten over|moved on from) (?:me|us|our|what|the way|that)(?![a-z])|${UNSURE}{WB}(?:{YOURE}) not (?:as|so) (?:happy|okay|ok|fine|over (?:me|us|it)|settled|content|sure|strong|fine with (?:it|this)) as (?:you|u) (?:make out|pretend|look|seem|say|claim|let on|act|think|want (?:me|everyone|people) to (?:think|believe))(?![a-z])|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:just |so |secretly |obviously )?(?:relieved|glad|happy|pleased) (?:that )?(?:i'?m|i am|im) (?:gone|out of (?:your|ur) life|not around)(?![a-z])|${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:just |only |secretly |so )?(?:afraid|scared|worried|terrified|jealous) (?:that )?(?:i'?ve|i have) (?:moved on|met someone|found someone|forgotten (?:you|u))(?![a-z])|{NOT_NEGATED_WORD}{WB}i (?:can|could) see (?:right )?through (?:you|u|ya)(?![a-z])|${YOU_ASSERTED} (?:still )?feel something (?:when|every time|whenever|for me)(?![a-z])|{WB}(?:you|u)(?:'d| would) never (?:say|admit) it,? but (?:you|u)(?![a-z])|{WB}(?:underneath|beneath|under|behind) (?:all )?(?:the|that|this|your|ur) (?:[a-z]+ )?(?:anger|pride|silence|coldness|hurt|bravado|act|front|rage|distance|walls?)\s*,? (?:you|u) (?:still |really |secretly )?(?:care|love|miss|want|need|feel)(?![a-z])`,
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'kidding-yourself',
      // Thirteenth round: the reader told they deceive themselves, or what they think: "You've convinced yourself you're happy", "you're
      // kidding yourself", "you're lying to yourself". Not "You convinced yourself to try the sea swim".
      re: [
        "{B}(?:you|u)(?:'ve|\\s+have|'re|\\s+are|\\s+r|r)?\\s+(?:(?:just|only|really|clearly|obviously|so)\\s+)?(?:convinced|persuaded|kidding|fooling|lying\\s+to)\\s+(?:yourself|urself)(?![\\p{L}])(?!\\s+to\\s)",
        // From the tuning set's misses: "I feel like you gave up on us way too easily", "…, you know it's the right
        // thing", "I give him a year before you see through him" ("You probably think I'm writing this because I'm
        // lonely" is left: "You probably think I'm writing to win you back; I'm not" is kept clean below).
        "{B}i\\s+(?:feel|felt)\\s+like\\s+(?:you|u)\\s+(?:(?:just|only|really|always)\\s+)?(?:never|didn'?t|don'?t|gave\\s+up|stopped|only\\s+cared|checked\\s+out|wanted\\s+out|moved\\s+on)(?![\\p{L}])",
        ",?\\s+(?:and\\s+)?(?:you|u)\\s+know\\s+(?:it'?s|it\\s+is|its)\\s+(?:the\\s+right\\s+thing|true|right|what\\s+(?:you|u)\\s+want)(?![\\p{L}])",
        '{B}i\\s+give\\s+(?:him|her|it)\\s+(?:a\\s+year|six\\s+months|a\\s+month|[a-z]+\\s+(?:weeks|months))\\s+before\\s+(?:you|u)\\s+(?:see\\s+through|get\\s+bored|realise|realize|wake\\s+up|come\\s+to)',
      ].join('|'),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
    {
      id: 'inner-life',
      // Twenty-second round (probe eval/twenty-second/mind22-probe): their inner life explained to them. "It's your
      // anxiety talking", "you keep telling yourself you're fine", "you're lonelier than you let on", "you act all cold
      // but i know ur hurting", "You pushed me away because you didn't think you deserved to be happy", "you only said
      // that cos you were drunk", "even if you'd never say it", "the real reason you left was…", "you're angry at
      // yourself, not me", "what you're feeling is guilt", "you're still hung up on me", "you'll be bored out of your
      // mind", "you'll be texting me by Friday". Not "Maybe it's your pride talking, I can't say", "You left because you
      // felt unheard, and you were right", "what you're feeling is valid", "You tell yourself to breathe".
      re: sp(
        [
          String.raw`${UNSURE}{WB}(?:it'?s|its|that'?s|thats|this is|that is|it is) (?:(?:just|only|simply|all|clearly|obviously|really|so)\s+)?(?:your|ur) (?:[a-z]+ )?(?:anxiety|pride|ego|fear|fears|depression|hurt|anger|grief|guilt|insecurity|insecurities|stubbornness|jealousy|trauma|past|mum|mom|mam|mother|dad|father|friends|mates|sister|brother|family|therapist|meds|medication|stress|loneliness|bitterness|heartbreak|pain|low mood|head|ocd|adhd|bpd|issues|baggage|demons|temper|wine|drink|drinking|tiredness|exhaustion) (?:talking|talkin'?|speaking)(?![\p{L}])`,
          String.raw`${UNSURE}{WB}(?:(?:{YOU}) (?:(?:can|could|just|only|still|probably|always|obviously|clearly)\s+)?(?:keep|kept) (?:on )?telling|(?:{YOURE}) (?:(?:just|only|still|probably|obviously|clearly|so)\s+)?telling) (?:yourself|urself|ur self)(?! to\s)(?![^.!?\n]{0,50}?(?:(?:you|u)(?:'re| are| were) right|that'?s (?:fair|true|right)))(?![\p{L}])|${UNSURE}{WB}(?:{YOU}) (?:(?:can|just|only|still|probably)\s+)?tell (?:yourself|urself|ur self)(?! to\s)[^.!?\n]{0,60}?(?:,|;|—|{WB}and|{WB}but) (?:and |but )?(?:(?:{YOURE}) (?:not|still)|(?:{YOU}) (?:don'?t|do not|dont|know|still|can'?t|cant)|deep down|we both know|i know|it'?s not|it isn'?t|that'?s not){WE}`,
          String.raw`${UNSURE}{WB}(?:{YOURE}|you were|u were|you'?ve been|you have been) (?:(?:so|much|far|way|a lot|still|probably|clearly|obviously)\s+)*(?:lonelier|sadder|unhappier|angrier|more (?:hurt|upset|lonely|scared|afraid|miserable|unhappy|bothered|cut up|torn|affected|lost|jealous|sad|broken|gutted|shaken|heartbroken|in love|attached|invested|tempted)|less (?:over (?:it|me|us)|happy|sure|certain|settled|fine|okay|ok))(?: [^.!?\n]{1,30}?)? than (?:you|u)(?:'ll|'d| will| would| can| care to| want to| ever| like to)?(?: ever)? (?:let on|make out|admit|show|pretend|act|let yourself (?:feel|admit|believe)|let anyone see|want (?:me|anyone|people|everyone) to (?:know|see|think)){WE}`,
          String.raw`${UNSURE}{WB}(?:{YOU}|{YOURE}) (?:(?:can|might|may|keep|still|always|just|all)\s+)?(?:act|acting|play|playing|pretend|pretending|make out|making out|look|looking|seem|seeming|come across|coming across|put on|putting on|say|saying|tell (?:everyone|people|your friends)|telling (?:everyone|people|your friends)|post|posting)(?: [^.!?\n]{0,40}?)?,? but (?:(?:i (?:just )?(?:know|can tell|can see|bet)|deep down|underneath|inside|really|secretly|we both know)(?: that)?,? )(?:(?:{YOURE}|you are) not(?=\s*(?:[.!,;…]|$))|(?:{YOURE}|you'?ve been|you are) (?:(?:still|really|secretly|just|so|not)\s+)*(?:hurting|lonely|miserable|unhappy|scared|afraid|sad|lost|struggling|in pieces|gutted|broken|missing (?:me|us)|thinking (?:about|of) (?:me|us)|crying|falling apart|a mess|jealous|devastated|over (?:me|us|it)|happy|fine|okay|ok|in love)|(?:{YOU}) (?:(?:still|really|secretly)\s+)*(?:miss|love|want|care|regret|wish|cry|need|think about)){WE}`,
          String.raw`${UNSURE}{WB}(?:{YOU}) (?:(?:only|just|really|probably|clearly|obviously)\s+)?(?:left|pushed me away|push me away|shut me out|ran(?: away)?|walked away|ended (?:it|things|us)|broke up with me|dumped me|finished (?:it|things|with me)|pulled away|went (?:cold|quiet|silent)|blocked me|ghosted me|cheated|got with (?:him|her)|went back to (?:him|her)|married (?:him|her)|said (?:no|yes|that|it|those things)|stayed|gave up(?: on (?:us|me))?|picked (?:him|her)|chose (?:him|her)|texted|messaged|called|wrote)(?![\p{L}])[^.!?\n]{0,25}? (?:because|cos|coz|cuz|'cause|bc|since) (?:you|u) (?:(?:(?:didn'?t|didnt|don'?t|dont|did not|do not|never) (?:(?:really|actually)\s+)?(?:think|believe|feel|trust|know how|want to (?:be alone|face|admit|deal))|(?:couldn'?t|couldnt|can'?t|cant|could not|cannot) (?:handle|cope|face|bear|stand|deal))(?![\p{L}])|(?:thought|felt|believed) (?:you|u)(?:'d| would| were| didn'?t| weren'?t| could(?:n'?t)?| had to| needed)|(?:were|was|are|'re|got|felt) (?:(?:so|too|just|really)\s+)?(?:scared|afraid|frightened|terrified|insecure|jealous|overwhelmed|lonely|bored|ashamed|embarrassed|guilty|proud|stubborn|hurt|drunk|desperate|in denial)(?![\p{L}])|wanted (?:to (?:hurt|punish|get back at|make me|test me|see if)|me to)|needed (?:to feel|someone|attention|validation|an excuse|a way out)|missed me|still love me|still loved me)(?![^.!?\n]{0,50}?(?:(?:,|;|and) (?:and )?(?:(?:you|u)(?:'re| are| were) (?:right|not wrong)|that'?s (?:fair|understandable)|i (?:respect|understand|get|accept) (?:that|it|why)|i'?m (?:sorry|grateful)|i don'?t blame|i(?:'d| had)? (?:given|gave) (?:you|u))|(?:you|u) (?:told|said|wrote|admitted)|told me so))`,
          String.raw`${UNSURE}(?<=(?:^|[.!?,;:—–\n])\s{0,3}(?:(?:and|but|so|i know|i bet|honestly|deep down|come on),?\s+)?)(?:{YOURE}|{YOU}) (?:(?:clearly|obviously|probably|surely|still|so|just)\s+)*(?:[^.!?\n]{2,60}?),? (?:even if|even though|though|whether or not) (?:you|u)(?:'d|'ll| would| will|d|ll) (?:never|not|rather die than) (?:say|admit|show|tell|let on)(?![\p{L}])`,
          String.raw`{NOT_NEGATED_WORD}{WB}the (?:real|actual|true) reason (?:(?:why|that) )?(?:you|u) (?:left|ended (?:it|things|us)|broke up with me|went|blocked me|went quiet|won'?t (?:reply|answer|call|write|see me)|haven'?t (?:replied|answered|called|written)|stay (?:with (?:him|her)|away)|are with (?:him|her)|'re with (?:him|her))[^.!?\n]{0,20}? (?:is|was|'s) (?:that |because )?(?:you|u|ur|your|pride|fear|guilt)(?![\p{L}])`,
          String.raw`{WB}(?:{YOURE}) (?:not (?:really )?(?:angry|furious|mad|upset|disappointed) (?:at|with) me,? (?:{YOURE}) (?:(?:really|actually|just)\s+)?(?:angry|furious|mad|upset|disappointed) (?:at|with) (?:yourself|urself)|(?:(?:really|actually|just|secretly)\s+)+(?:angry|furious|mad|upset|disappointed) (?:at|with) (?:yourself|urself)|(?:(?:really|actually|just|secretly|so much|much|far)\s+)*(?:angrier|more (?:angry|upset|disappointed)) (?:at|with) (?:yourself|urself) than)(?![\p{L}])`,
          String.raw`(?<![\p{L}] )(?<!^\s{0,3}(?:and|but|so) )(?:^|(?<=[.!?,;:—]\s{0,3}))(?:but |and |so )?what (?:{YOURE}|{YOU}) (?:(?:really|actually|truly)\s+)?(?:feeling|feel)(?: (?:right now|now|for (?:him|her)))? (?:is|isn'?t|is not|'s) (?:(?:just|only|really|actually|not)\s+)?(?:guilt|pride|fear|loneliness|boredom|nostalgia|habit|denial|lust|infatuation|pity|confusion|panic|relief|a crush|a rebound|a phase|the hurt|the grief)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:still|so|clearly|obviously|totally|completely|just)\s+)*(?:hung up on|obsessed with|stuck on|fixated on|infatuated with) (?:me|us|the past|what we had)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOU})(?:'ll| will|ll) (?:(?:soon|probably|definitely|just)\s+)?be (?:bored (?:out of (?:your|ur) (?:mind|skull|brain|tree)|stiff|senseless|to tears|to death|rigid)|climbing the walls|crying (?:into|over) (?:your|ur) [a-z]+|(?:texting|calling|ringing|messaging|begging) me(?: again)?(?: (?:by|within|before|in a|in two|in three)| again)|back in my (?:arms|bed|dms|life))(?![\p{L}])`,
          String.raw`${UNSURE}(?<=(?:^|[.!?,;:—–\n])\s{0,3}(?:(?:and|but|so)\s+)?)(?:{YOU}|{YOURE})[^.!?\n]{2,60}?,? (?:(?:and|but) )?(?:(?:you|u)(?:'re| are| r)? )?(?:just|simply|only) (?:can'?t|cannot|cant|won'?t|wont|will not|don'?t want to|dont want to|(?:are |'re )?too (?:proud|scared|stubborn|embarrassed) to) (?:say|show|face|admit|own) (?:it|that|so)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:it'?s|its|that'?s|thats) (?:(?:just|only|all|really)\s+)?(?:(?:your|ur) )?(?:guilt|pride|fear|ego|stubbornness|shame|embarrassment|anxiety|mum|mom|mam|mother|dad|father|parents|family|sister|brother|friends|mates|new (?:man|woman|boyfriend|girlfriend|partner)) (?:that'?s|that is|that) (?:stopping|keeping|holding|making) (?:you|u)(?![\p{L}])|{WB}what'?s (?:really |actually )?(?:stopping|holding) (?:you|u)(?: back)? (?:is|'s) (?:(?:just|only)\s+)?(?:(?:your|ur) )?(?:guilt|pride|fear|ego|stubbornness|shame|embarrassment|anxiety|mum|mom|mam|mother|dad|father|parents|family|sister|brother|friends|mates)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}|you were|u were) (?:not|never) (?:really|truly|actually|properly|fully) over (?:me|us)(?![\p{L}])`,
          String.raw`${UNSURE}(?<=(?:^|[.!?,;:—–\n])\s{0,3}(?:(?:and|but|so|honestly)\s+)?)(?:{YOU}|{YOURE}|you were|u were)(?![^.!?\n]{0,60}?(?:deserve|brilliant|amazing|great|good|kind|talented|clever|smart|strong|beautiful|gorgeous|best|right|capable|brave|wonderful|lovely|funny|better|proud|league|too good)(?![\p{L}]))[^.!?\n]{3,60}?,? and (?:you|u|we both|you and i both) (?:knew|know|knw) it(?=\s*(?:[.!,;…]|$))`,
          String.raw`${UNSURE}{WB}(?:{YOU}) (?:only |just )?(?:unfollowed|muted|blocked|deleted|unfriended) me (?:so (?:that )?(?:i|me) (?:wouldn'?t|would not|won'?t|can'?t|couldn'?t|wouldnt|cant) (?:see|know|find out|notice)|because (?:you|u) (?:(?:still )?(?:have|had) (?:doubts|feelings)|still (?:care|cared|love|loved|miss|missed)))(?![\p{L}])|${UNSURE}{WB}(?:{YOU}) (?:haven'?t|havent|have not|didn'?t|didnt) (?:told|blocked|deleted|unfollowed) (?:him|her|them|anyone|me)[^.!?\n]{0,20}? (?:because|cos|coz|'cause|bc) (?:you|u) (?:still )?(?:have|had|feel|felt|care|love|miss|want|know)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|only|clearly|obviously|simply)\s+)?(?:testing me|playing hard to get|trying to see (?:if|whether) i'?(?:ll| will)|waiting to see (?:if|whether) i'?(?:ll| will) (?:fight|beg|chase|come|give up|crack))(?![\p{L}])`,
          String.raw`${UNSURE}{WB}(?:{YOU})(?:'ll| will) look back (?:on (?:this|it|us|all this|that|this letter)|one day)?[^.!?\n]{0,20}? and (?:regret|wish|realise|realize|cringe|see (?:that )?(?:i|we|you made)|miss (?:me|us))(?![\p{L}])`,
          String.raw`{WB}but what (?:{YOU}) (?:want|need|crave|miss)(?:ed)? (?:is|was|'s)(?! (?:up to|(?:your|ur) (?:call|choice|business)|for (?:you|u) to|what matters))(?![\p{L}])`,
          String.raw`{WB}(?:your|ur) (?:silence|distance|coldness|anger|attitude|new relationship|relationship with (?:him|her)|not replying|not answering|moving away|move|new job|new life) (?:is|'s) (?:(?:just|only|really|all|simply)\s+)(?:you|u) (?:protecting|punishing|hiding|running|lashing|pushing|testing|covering|being (?:scared|proud|stubborn|afraid)|scared|afraid|trying to)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:just|only|simply) (?:embarrassed|ashamed|too proud|stubborn|jealous|guilty|sulking|being stubborn|being proud|playing games)(?=\s*(?:[.!,;…]|$)|\s+(?:to|of|about|because|cos|and|but|right now|rn)(?![\p{L}]))`,
          String.raw`${UNSURE}{WB}(?:every ?time|whenever|each time) (?:you|u) (?:see|hear|pass|walk past|drive past|smell|go past|read|look at)[^.!?\n]{1,40}?,? (?:(?:you|u) (?:(?:still|probably)\s+)?(?:think (?:of|about) (?:me|us)|remember (?:me|us)|miss (?:me|us)|smile)|i (?:know|bet) (?:you|u) (?:think|remember|miss|smile))(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOU}|{YOURE}) (?:(?:still|really|so)\s+)*(?:clearly|obviously|definitely|def|defo|certainly|evidently|plainly|secretly)(?: (?:still|really|so))* (?:(?:are|'re|feel)\s+)?(?:bitter|jealous|resentful|hurt|angry|furious|lonely|unhappy|miserable|bored|scared|afraid|confused|torn|regretting|in love|hung up|conflicted|guilty|ashamed|sad|lost|relieved|trapped)(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOU}) (?:(?:clearly|obviously|definitely|def|defo|still|secretly)\s+){1,3}(?:have|got|feel) (?:feelings|doubts|regrets|a soft spot|something) (?:for (?:me|us)|about (?:him|her|it|this|leaving|us))(?![\p{L}])`,
          String.raw`${UNSURE}(?<=(?:^|[.!?,;:—–\n])\s{0,3}(?:(?:and|but|so|honestly)\s+)?)(?:{YOU}|{YOURE})[^.!?\n]{2,60}?,? i (?:can|could) (?:hear|see|read) (?:it|them|that) (?:in|from|on|between) (?:every|your|ur|the)(?![\p{L}])`,
          String.raw`${UNSURE}(?<=(?:^|[.!?,;:—–\n])\s{0,3}(?:(?:and|but|so|honestly)\s+)?)(?:{YOU}|{YOURE})(?: (?:just|only|still|really))? (?:feel|felt|are|'re|were|r)?\s?(?:scared|afraid|trapped|lonely|jealous|guilty|ashamed|hurt|bored|confused|panicking|overwhelmed|in denial|embarrassed)(?: [^.!?\n]{0,25}?)?,? (?:that'?s|thats) (?:(?:what|all) (?:this|it|that) (?:is|'s)(?: really)?|what'?s (?:really )?going on)(?=\s*(?:[.!…]|$))`,
          String.raw`{WB}(?:{YOU}) (?:(?:really|secretly)\s+)?(?:want|try|tried|wish|would love|'d love) to (?:hate|forget|ignore|stop thinking about|stop loving|stop missing|be angry with|move on from|get over) (?:me|us)[^.!?\n]{0,10}?,? but (?:you|u) (?:can'?t|cannot|cant|couldn'?t|just can'?t)(?![\p{L}])`,
          String.raw`${UNSURE}{WB}(?:{YOU}) (?:(?:just|only|simply|really)\s+)?(?:miss (?:having (?:someone|somebody|a (?:man|woman|partner|boyfriend|girlfriend))|being (?:wanted|loved|chased|adored))|(?:love|like|want|miss|enjoy) the (?:attention|idea|money|lifestyle|status|security|comfort|drama|excitement|novelty|validation)[^.!?\n]{0,30}?,? not (?:him|her|them|me))(?![\p{L}])`,
          String.raw`{WB}(?:let'?s not|let us not|there'?s no (?:point|use)|no (?:point|use)|stop|quit) (?:pretend(?:ing)?|kid(?:ding)? (?:ourselves|yourself)|act(?:ing)? like) (?:that )?(?:you|u) (?:don'?t|do not|dont|didn'?t|never|aren'?t|are not|haven'?t) (?:(?:still|really|ever)\s+)?(?:care|love|miss|want|think|feel|wonder|regret)(?![\p{L}])`,
          String.raw`${UNSURE}{WB}(?:{YOU})(?:'d| would|d) (?:(?:come|be) back|take me back|be with me|call me|reply|write back|say yes|be here|answer)[^.!?\n]{0,20}? if it (?:weren'?t|wasn'?t|were not|was not|wasnt|werent) for (?:(?:your|ur) (?:pride|ego|fear|fears|stubbornness|mum|mom|mother|dad|father|friends|family|sister|brother|new)|him|her)(?![\p{L}])`,
          String.raw`{WB}i (?:dare\s?say|reckon) (?:that )?(?:{YOU}|{YOURE}|you'?ve|you have) (?:(?:still|secretly|often|probably|already)\s+)*(?:thought (?:of|about) (?:me|us)|think (?:of|about) (?:me|us)|miss(?:ed)? (?:me|us)|regret(?:ted)?|wish(?:ed)? (?:you|we)|(?:are |'re )?(?:relieved|glad|lonely|unhappy|miserable|bored|missing|regretting))(?![\p{L}])`,
          String.raw`{WB}no doubt,? (?:{YOURE}|{YOU}|you'?ve) (?:(?:feel|felt|think|thought|are|'re|were|feeling)\s+)?(?:vindicated|relieved|glad|smug|pleased|delighted|thrilled|lonely|bored|missing (?:me|us)|regretting|laughing|smiling|rolling (?:your|ur) eyes|telling (?:everyone|people|your friends))(?![\p{L}])`,
          String.raw`{WB}the way (?:you|u) (?:looked at|look at|held|hold|kissed|hugged|smiled at|spoke to|talk to|talked to|said goodbye to|touched) me[^.!?\n]{0,40}? (?:said|says|told me|tells me|showed|shows|proved|proves) (?:everything|it all|all i need(?:ed)? to know|otherwise|(?:that )?(?:you|u) (?:still|love|miss|want|care))(?![\p{L}])`,
          String.raw`${UNSURE}{NOT_NEGATED_WORD}{WB}(?:{YOURE}) (?:(?:just|only|clearly|obviously|simply)\s+)?going through the motions(?![\p{L}])|${UNSURE}{WB}(?:{YOU})(?:'ll| will|ll) be telling (?:yourself|urself)(?![\p{L}])`,
        ].join('|'),
      ),
      suggest: ["I don't know what you feel now, and I respect that."],
    },
  ],
  antipatterns: [
    // Encouragement, not a claim on their heart: "One day you'll see how much you've grown", "you'll see how strong you are".
    sp(
      `{WB}(?:you'?ll|you will|u'?ll) (?:(?:soon|one day|someday)\\s+)?(?:see|realise|realize|know|find out) (?:how|just how) (?:strong|brave|capable|talented|clever|loved|far|much (?:you'?ve|you have) (?:grown|achieved|changed|done))`,
    ),
    // The writer guessing at the reader's question, or naming a thought only to deny it: "You're probably wondering why
    // I'm writing", "You probably think I'm writing to win you back; I'm not".
    sp(
      `{WB}probably (?:wondering|asking yourself|thinking|wonder) (?:why|what|how|whether|if) (?:i|i'?m|im){WE}|{WB}(?:you|u) (?:probably |might |may )?(?:think|thought|be thinking) (?:that )?(?:i'?m|i am|im|i'?ve|i) [^.!?\n]{0,50}?(?:;|,|—|-|\bbut|\band) (?:but )?(?:i'?m not|i am not|im not|it'?s not|it isn'?t|i haven'?t|i'?m really not|that'?s not (?:it|true|why))`,
    ),
    // What they said themselves, and a guess the writer then owns: "I know you're hurting too, because you told me so",
    // "I bet you felt I never listened, and you'd be right", "I'm sure you've thought about it a lot".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:{WB}(?:because|since|as) (?:you|u) (?:told|said|wrote|mentioned|admitted)|{WB}(?:you|u) (?:told me|said) so{WE})|{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|{WB}and) (?:and )?(?:(?:you'?d be|you were|you'?re|you are|u'?d be|ur|u r) (?:completely |totally |quite |so )?(?:right|not wrong)|(?:you'?d|you would|u'?d) (?:have a (?:fair |good )?point|not be wrong|be within (?:your|ur) rights)|(?:you|u) (?:may|might|could) (?:well )?be right|(?:you|u) wouldn'?t be wrong){WE}|{WB}i'?m sure (?:you|u)(?:'ve| have) (?:thought|thought (?:it|this) (?:through|over)|given (?:it|this) (?:a lot of )?thought){WE}`,
    ),
    // The writer's own deceit owned: "I let you believe I was working late", "I made you feel small".
    sp(`{WB}i (?:let|made|had|led) (?:you|u) (?:believe|think|feel)(?:{WE}|\\s)`),
    // Owning what the writer brought: "You're probably happier without the chaos I brought".
    sp(
      `{WB}(?:happier|better off|calmer) without (?:the|my|all (?:the|my)) [a-z ]{0,25}?(?:i (?:brought|caused|made|created|put (?:you|u) through)|of mine){WE}`,
    ),
    // A guess the writer accepts in the same breath: "You must hate me, and I'd understand if you did".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|{WB}and) (?:and )?(?:i'?d|i would) (?:completely |totally )?(?:understand|get it|not blame (?:you|u)){WE}|{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|{WB}and) (?:and )?(?:(?:honestly|really|truly|frankly|tbh),? )?i (?:wouldn'?t|would not|don'?t|do not|can'?t|cannot) blame (?:you|u){WE}|{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|{WB}and) (?:and )?(?:that'?s|that is|which is) (?:completely |totally )?(?:fair|understandable){WE}`,
    ),
    // Respecting their need and their anger is not presuming: "I know you need time", "you have every right".
    sp(
      `(?<!(?:don'?t|do not|dont|didn'?t) really )(?:need|want|deserve) (?:space|time|some time|a break|peace)(?! to (?:figure out|realise|realize|see|understand|work out|remember|come round|come to terms))|every right to`,
    ),
    // Fourteenth round (care14): what the writer knows because someone said so ("I know you still wear the watch I gave you,
    // Jo told me, and it made me smile").
    sp(
      String.raw`{WB}i (?:just )?know (?:that )?(?:you|u){WE}[^.!?\n]{0,60}?, (?:[a-z]+|(?:your|ur|my|our) [a-z]+) (?:told me|mentioned it|mentioned|said so|showed me)(?=\s*(?:[,.!;]|$| and))`,
    ),
    // Fourteenth round (care14): their wish for space read in order to give it ("I can tell from your messages that you want
    // space, so I'll give it"); a joke at the writer's own habit ("I bet you're glad to be done with my snoring, ha").
    sp(
      String.raw`{WB}i (?:can|could) (?:tell|see|sense) (?:from|by|in) [^.!?\n]{0,40}?(?:that )?(?:you|u) (?:want|need|'d like|would like|wanted|needed) (?:space|time|some time|a break|peace|distance|to be left alone|some distance){WE}|{WB}(?:glad|relieved|happy|pleased|thrilled) (?:to be )?(?:done with|rid of|shot of|free of|spared) my (?!(?:calls|texts|messages|letters|visits)\b)[a-z]+(?: [a-z]+)?{WE}`,
    ),
    // Twenty-second round: a guess the writer grants in the same breath: "You're just embarrassed, and I get it, I would be
    // too", "you're not over it yet, and that's okay".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,60}?(?:,|;|{WB}and) (?:and )?(?:(?:honestly|really|truly),? )?(?:i (?:get it|understand|respect (?:it|that)|accept (?:it|that))|i (?:would|'d) be too|so (?:would|am|was) i|me too|(?:that'?s|that is|which is) (?:(?:completely|totally|perfectly)\s+)?(?:okay|ok|normal|natural|human|allowed)){WE}`,
    ),
    // Sympathy for their circumstances: "you must be tired with the new baby".
    sp(
      `{WB}must be (?:so |really |pretty )?(?:tired|exhausted|busy|shattered|knackered|worn out|run off (?:your|ur) feet)(?! of){WE}`,
    ),
    // Goodwill, not a claim: "I can see from your posts the job suits you, and I'm glad", "you must be so proud of Mia".
    sp(
      `{WB}(?:i|you|u){WE}[^.!?\\n]{0,80}?(?:,|;|and) (?:and )?(?:i'?m|i am|im) (?:so |really |truly |genuinely )?(?:glad|happy for (?:you|u)|pleased|proud)|{WB}must be (?:so |really )?(?:proud|thrilled|delighted|excited|chuffed|over the moon){WE}`,
    ),
    // Owning the harm of one's own absence: "you must have been so lonely while I was working away".
    sp(`{WB}(?:you|u) must have (?:been|felt)[^.!?\\n]{0,40}?(?:while|when|because) i{WE}`),
    // Sympathy for a hard moment in their life: "You must have been so scared when the car skidded", "you must have been
    // exhausted after the surgery".
    sp(
      String.raw`{WB}(?:you|u) must(?: have|'ve| of) (?:been|felt) (?:(?:so|very|really|pretty|absolutely|completely|terribly|awfully)\s+)?(?:scared|terrified|frightened|worried|exhausted|tired|shattered|devastated|heartbroken|gutted|shaken|upset|sad|lonely|in (?:pain|shock|bits)|sore|freezing|frozen)(?: stiff)? (?:when|while|whilst|after|during|at|with|in|on|through) (?!(?:i|me|we){WE})`,
    ),
    // Sympathy for their grief or their relief about their own life: "I'm sure you still think of Grandad, he adored
    // you", "You must be missing your dad terribly this Christmas", "You must be so relieved the exams are over".
    sp(
      String.raw`{WB}(?:miss|misses|missing|missed|think(?:ing)? (?:of|about)|thought (?:of|about)|grieving|mourning|worried about|worrying about) (?:(?:your|ur|my|poor|dear|old)\s+)?(?:(?:late|dear|old|poor|little|big|baby|twin)\s+)?(?:dad|daddy|mum|mummy|mom|mommy|mam|father|mother|parents|gran|granny|grandad|granddad|grandpa|grandma|grandmother|grandfather|nan|nana|nanna|brother|sister|auntie|aunt|uncle|cousin|dog|cat|family|friends?|home|country|village)(?:'s)?{WE}|{WB}must be (?:so |really |very |pretty )?(?:relieved|glad|pleased|happy) (?:that )?(?:the|your|ur) (?:[a-z']+ ){0,3}(?:is|are|'s|'re|was|were) (?:(?:finally|all|at last)\s+)?(?:over|done|finished|sorted|through|back|home|better|out of the way){WE}`,
    ),
    // A guess granted: "I'm sure you felt I'd abandoned you when I took the job, and you had every reason to".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,100}?{WB}every (?:good )?reason (?:to|for it|in the world)|{WB}(?:you|u){WE}(?![^.!?\n]{0,30}?(?:love|miss|want|need|think about|dream about|care about) (?:me|us){WE})[^.!?\n]{0,80}?(?:,|;|—|{WB}and) (?:and )?(?:fair enough|fair play|who (?:could|would|can) blame (?:you|u)|(?:i )?can'?t blame (?:you|u)|so would i|i would too|i(?:'d| would) (?:do|feel) the same|no judgement){WE}`,
    ),
    // Someone else's guess passed on, not the writer's claim: "My sister thinks you still love me, but that's not for
    // us to say", "Everyone says you still miss me; I don't believe them", "Jo reckons you still care". Unless the
    // writer then agrees ("…, and she's right").
    sp(
      String.raw`(?:{WB}(?:my|our|his|her|their|your|ur) (?!(?:[a-z]+ )?(?:heart|gut|head|soul|instinct|instincts|intuition|feeling|sixth sense|bones|silence|eyes|face|voice|smile|likes|posts|stories|body language|actions|hesitation)\s)(?:[a-z]+ )?[a-z]+|{WB}(?:everyone|everybody|people|they|friends|mum|mom|dad)|(?<=^\s{0,3}|[,;:—]\s{0,3})(?!(?:something|someone|somebody|it|this|that|everything|honestly|really|me|part|you|u|ya|ye)\s)[a-z]{2,}) (?:(?:still|keeps?|kept|always|even)\s+)?(?:says?|said|saying|thinks?|thought|reckons?|reckoned|told me|tells me|claims?|claimed|insists?|insisted|believes?|believed|swears?|swore|is convinced|was convinced)(?: that)?,? (?:you|u){WE}(?![^.!?\n]{0,80}?(?:(?:and|but|,|;)\s*(?:i think |honestly )?(?:she|he|they)(?:'s| is|'re| are| was| were) (?:right|not wrong|spot on)|i (?:agree|know (?:it'?s|that'?s) true|think (?:she|he|they)(?:'s| is|'re| are) right)))[^.!?\n;,]{0,60}`,
    ),
    // The writer's own purpose, denied: "I'm not telling you this so you'll come back", "I don't say it so that you'll
    // change your mind", "This isn't to make you feel guilty". What they might do is named only to be ruled out.
    sp(
      String.raw`{WB}(?:(?:i'?m|im|i am) not|i (?:don'?t|do not|didn'?t|did not|never)|(?:this|that|it)(?: isn'?t| is not| wasn'?t| was not|'s not)|not) (?:(?:writing|telling|saying|sending|sharing|asking|write|tell|say|send|share|ask|said|told|wrote|sent|shared|asked)(?: (?:you|u))?(?: (?:this|that|it|all this|any of this|these things))?(?: (?:to (?:you|u)|now))? )?(?:so(?: that)?|in order|to make|to get|hoping|because i (?:want|expect|think))[^.!?\n]{0,12}? (?:you|u)(?:'ll| will|'d| would| to|{WE})`,
    ),
  ],
  examples: [
    { flagged: "[[You've convinced yourself you're happy]].", pattern: 'kidding-yourself' },
    { flagged: "[[ur kidding urself if u think he's the one]]", pattern: 'kidding-yourself' },
    { notFlagged: 'You convinced yourself to try the sea swim, and then you loved it.' },
    { flagged: '[[I feel like you gave up on us way too easily]].', pattern: 'kidding-yourself' },
    { notFlagged: 'I feel like you always understood me better than anyone.' },
    {
      flagged: "[[I really think we should try again, you know it's the right thing]].",
      pattern: 'kidding-yourself',
    },
    { flagged: '[[I give him a year before you see through him]].', pattern: 'kidding-yourself' },
    { flagged: '[[Deep inside, you are still mine]].', pattern: 'inside-you' },
    { flagged: '[[I think you must feel very guilty now]].', pattern: 'inside-you' },
    { flagged: '[[deep down ur still mine]]', pattern: 'inside-you' },
    { notFlagged: 'In my heart you are still my friend, and that will not change.' },
    // Twelfth round (eval/twelfth/pitfalls12): the reader's anger named and brushed aside with "but".
    { flagged: '[[i know ur mad but ur not being fair]]', pattern: 'claims' },
    { flagged: "[[I know you're angry with me, but you'll get over it]].", pattern: 'claims' },
    { notFlagged: "I know you're angry, but that's fair, and I'd be angry too." },
    { notFlagged: "I know you're upset, but you have every right to be." },
    { flagged: "[[You don't even love him]], not really.", pattern: 'you-still-love-me' },
    { notFlagged: "I'm not telling you this so you'll come back." },
    { notFlagged: "i'm not saying any of this so u'll change ur mind, i just needed u to know" },
    { notFlagged: 'This is not to make you feel guilty, and it is not so that you will come back to me.' },
    { notFlagged: "I didn't write this hoping you'd be back by spring; I wrote it to say sorry." },
    { flagged: "[[I'm telling you this because you'll come back]].", pattern: 'you-still-love-me' },
    { flagged: "I'm not worried, [[you'll come back]].", pattern: 'you-still-love-me' },
    { flagged: "[[I feel as though you've already made up your mind]].", pattern: 'i-know-you-still' },
    { flagged: "Don't bother replying, [[I already know what you'll say]].", pattern: 'told-inside' },
    { notFlagged: "I don't know what you'll say, and that's fine." },
    {
      flagged: '[[You know, somewhere inside, that this was never about him]].',
      pattern: 'you-still-love-me',
    },
    { notFlagged: 'You know, I still have your bike.' },
    { flagged: '[[Your pride is the only thing stopping you]].', pattern: 'told-inside' },
    { flagged: '[[u know ur gonna come back]]', pattern: 'told-inside' },
    { flagged: '[[Your heart still beats for me]].', pattern: 'you-still-love-me' },
    { notFlagged: 'Your mum is the only thing that kept me going that year.' },
    { notFlagged: "You know you're going to love the new flat." },
    { flagged: "[[You can't fool me]], you miss it.", pattern: 'told-inside' },
    { flagged: 'Your mum thinks so too, [[and deep down, so do you]].', pattern: 'told-inside' },
    { flagged: '[[You will come to see that I was right]].', pattern: 'told-inside' },
    { flagged: 'Give us another go, [[you know you should]].', pattern: 'told-inside' },
    { flagged: "[[I'm sure that doesn't keep you up at night]].", pattern: 'told-inside' },
    {
      flagged: "[[You're only saying no because you're afraid of getting hurt]].",
      pattern: 'told-inside',
    },
    { flagged: '[[Whatever you say now, you still want the same things I do]].', pattern: 'told-inside' },
    { flagged: '[[I know for a fact you still think about our old flat]].', pattern: 'i-know-you-still' },
    { flagged: '[[I see now that you never loved me]].', pattern: 'i-know-you-still' },
    { flagged: '[[I know that inside you still love me]].', pattern: 'i-know-you-still' },
    { flagged: "[[I'm sure you can feel it too]].", pattern: 'i-know-you-still' },
    { flagged: '[[ur just pretending ur fine]]', pattern: 'you-still-love-me' },
    { notFlagged: 'I let you believe I was working late.' },
    { notFlagged: "I hope you'll come to see that I've changed." },
    { notFlagged: "You'll come to the party, I hope." },
    { notFlagged: 'Whatever you say now, I respect it.' },
    { notFlagged: 'You will come to regret this, Geoffrey.' },
    { notFlagged: 'I know you miss your dad terribly.' },
    { flagged: "[[You're just scared]].", pattern: 'you-are-feeling' },
    { flagged: '[[ur confused rn]]', pattern: 'you-are-feeling' },
    { flagged: "[[You haven't moved on]], I can tell.", pattern: 'you-are-feeling' },
    { notFlagged: "If you haven't moved on yet, that's okay too." },
    { flagged: '[[You want me back]], I know it.', pattern: 'you-are-feeling' },
    { flagged: '[[You left because you were scared]].', pattern: 'you-are-feeling' },
    { notFlagged: "If you're scared, that's okay." },
    { notFlagged: 'Are you lonely there?' },
    { notFlagged: 'I left because I was scared.' },
    { flagged: '[[I know deep down you still love me]].', pattern: 'i-know-you-still' },
    { flagged: '[[I can tell you miss us]], even if you will not say it.', pattern: 'i-know-you-still' },
    { flagged: "[[I'm sure you regret leaving]].", pattern: 'i-know-you-still' },
    { flagged: '[[i know ur not happy with him]]', pattern: 'i-know-you-still' },
    { flagged: '[[Deep down, you feel the same]].', pattern: 'i-know-you-still' },
    { flagged: '[[You still love me]], and you know it.', pattern: 'you-still-love-me' },
    { flagged: "[[You're just scared of what you feel]].", pattern: 'you-still-love-me' },
    { flagged: "[[You don't really love him]].", pattern: 'you-still-love-me' },
    { flagged: '[[You know we belong together]].', pattern: 'you-still-love-me' },
    { flagged: '[[You miss me, I can tell]].', pattern: 'you-still-love-me' },
    { flagged: '[[You must be furious with me]].', pattern: 'you-still-love-me' },
    {
      flagged: "[[One day you'll see I was the best thing that happened to you]].",
      pattern: 'you-still-love-me',
    },
    { flagged: "[[You're just too proud to admit it]].", pattern: 'you-still-love-me' },
    {
      flagged: '[[You can pretend all you like]], but I saw your face when you picked up your things.',
      pattern: 'told-inside',
    },
    { flagged: '[[u can deny it as much as u want lol]]', pattern: 'told-inside' },
    { notFlagged: 'We can pretend all we like that it was nobody’s fault.' },
    { notFlagged: 'I can pretend all I like, but I miss you.' },
    { notFlagged: 'The kids can pretend all they like, they know you love them.' },
    { flagged: "[[I feel like you don't love me anymore]].", pattern: 'i-know-you-still' },
    { notFlagged: "I don't know what you feel now, and I respect that." },
    { notFlagged: "I hope one day you'll understand why I left." },
    { notFlagged: "You probably don't want to hear from me, and that's fair." },
    { notFlagged: "I know you've started a new job, and I'm glad." },
    { notFlagged: 'Your eyes told me everything that night in Porto, and I was too scared to answer.' },
    { notFlagged: 'I admit it: I was jealous of him.' },
    { notFlagged: 'Do you still love me?' },
    { notFlagged: 'I hope you still think of me sometimes.' },
    { notFlagged: 'If you still love me, let me know.' },
    { notFlagged: 'I know you need time, and I respect that.' },
    { notFlagged: "I know you're angry with me, and you have every right to be." },
    { notFlagged: "I'm not sure you feel the same, and that's okay." },
    { notFlagged: 'I wonder whether you miss us the way I do.' },
    { notFlagged: 'I know I hurt you.' },
    { notFlagged: "I know you're seeing someone, and I'm glad you're happy." },
    { notFlagged: 'She told me "he still loves you" but I never asked her.' },
    { notFlagged: 'I still love you, and I miss you.' },
    { flagged: "[[I'm sure you've forgotten all about me by now]].", pattern: 'claims' },
    { flagged: '[[You must be lonely without me]].', pattern: 'claims' },
    { flagged: '[[You probably rolled your eyes at the first line]].', pattern: 'claims' },
    { flagged: "[[You'll come to your senses]].", pattern: 'claims' },
    { flagged: '[[You want me to grovel]].', pattern: 'claims' },
    { flagged: '[[Your heart was never in that job]].', pattern: 'claims' },
    { flagged: "[[You're just angry right now]].", pattern: 'claims' },
    { flagged: '[[I think you knew it all along]].', pattern: 'claims' },
    { flagged: "[[You don't miss Leeds, you miss being twenty]].", pattern: 'claims' },
    { flagged: '[[I can see from your photos that you are not yourself]].', pattern: 'claims' },
    { notFlagged: "You probably laughed at my handwriting once, and I don't blame you." },
    { notFlagged: 'Your heart was always in the right place.' },
    { notFlagged: "I'd bet my life on you passing that exam." },
    { notFlagged: 'You must be busy with the new job, so no rush.' },
    { notFlagged: "I'm sure you've heard by now that I moved." },
    { notFlagged: "You don't need to reply, you can just read it." },
    { notFlagged: "You'll come round to mine for the boxes whenever suits." },
    { flagged: '[[I bet you cried when you read this]].', pattern: 'claims' },
    { flagged: "[[You want to come back but your pride won't let you]].", pattern: 'claims' },
    { flagged: '[[Secretly you are glad I wrote]].', pattern: 'claims' },
    { notFlagged: 'I bet you had a brilliant time in Japan.' },
    { notFlagged: 'I know for a fact you got the promotion, Lina told me.' },
    { notFlagged: 'You never loved the flat, and you know it was too small.' },
    { flagged: "[[You're just too proud to call]].", pattern: 'claims' },
    { notFlagged: 'I used to think I could read you like a book, and I was wrong.' },
    { notFlagged: "You mean more to me than you'll ever know." },
    { flagged: "[[Don't tell me you don't miss me]].", pattern: 'claims' },
    { notFlagged: "I don't know what's going through your head, and I won't guess." },
    { flagged: '[[You know you want to reply]].', pattern: 'claims' },
    { notFlagged: 'You know you can reply whenever you like.' },
    { flagged: "[[I can tell from your posts that you're not really happy]].", pattern: 'inside-you' },
    { flagged: "[[You think I haven't changed]], but I have.", pattern: 'inside-you' },
    { flagged: "[[You've always known we belong together]].", pattern: 'inside-you' },
    { flagged: '[[I know you better than you know yourself]].', pattern: 'inside-you' },
    { flagged: "[[You're probably telling everyone I'm the mad one]].", pattern: 'inside-you' },
    { flagged: '[[You just need time to figure out that this is where you belong]].', pattern: 'inside-you' },
    { flagged: '[[u def still think about me]]', pattern: 'inside-you' },
    { notFlagged: 'You must have been so lonely while I was working away.' },
    { notFlagged: 'You were never happy in that job, and I should have supported you more.' },
    { notFlagged: "You're a brilliant dad, and you know it." },
    { notFlagged: 'You only left because I gave you no choice.' },
    { notFlagged: 'I know you need time, and I will give it to you.' },
    { notFlagged: "You're probably happier without the chaos I brought." },
    { flagged: "[[You're probably happier with me than you let on]].", pattern: 'you-still-love-me' },
    { notFlagged: "You must hate me, and I'd understand if you did." },
    { notFlagged: "I know you're hurting too, because you told me so on the phone." },
    { notFlagged: "I bet you felt I never listened, and you'd be right." },
    { notFlagged: "I'm sure you've thought about it a lot, you always did." },
    { flagged: "[[I know you're hurting too]].", pattern: 'you-are-feeling' },
    { notFlagged: "You're probably wondering why I'm writing after all this time." },
    { notFlagged: "You probably think I'm writing to win you back; I'm not." },
    { flagged: '[[You probably think you can just forget me]].', pattern: 'you-still-love-me' },
    // Fifth round (probe eval/fifth/accusation).
    { flagged: "[[Give it a year and you'll want me back]].", pattern: 'foretold' },
    {
      flagged: "You don't have to reply, [[but if you don't I'll know you never cared]].",
      pattern: 'foretold',
    },
    { flagged: '[[ur probably gonna show this to him and laugh about it]]', pattern: 'foretold' },
    {
      flagged: "[[You'll probably read it out to your sisters and have a good laugh]].",
      pattern: 'foretold',
    },
    { notFlagged: "If you show this to your sister and laugh, that's fair; I would have too." },
    // Lead review (sixteenth round).
    { flagged: "[[You'll say I'm being dramatic]], you always do.", pattern: 'foretold' },
    { flagged: '[[ur gonna say im overreacting]]', pattern: 'foretold' },
    { notFlagged: "You'll say I'm being honest for once, and you'd be right." },
    { notFlagged: "My sister says I'm being dramatic, and maybe I am." },
    {
      flagged:
        '[[You clearly never loved me the way I loved you]], or you would not have left the way you did.',
      pattern: 'foretold',
    },
    { flagged: "[[You'll come crawling back]], you always do.", pattern: 'claims' },
    { flagged: "[[Knowing you, you've already binned this]].", pattern: 'foretold' },
    { flagged: "[[I bet you're secretly relieved]].", pattern: 'foretold' },
    { flagged: '[[You never really loved me]].', pattern: 'foretold' },
    { flagged: '[[I always had the sense that you were planning your exit]].', pattern: 'foretold' },
    { flagged: "[[You can tell yourself it's over, but you know it isn't]].", pattern: 'foretold' },
    { flagged: "[[You're secretly glad I wrote]].", pattern: 'foretold' },
    { flagged: "[[Surely you've realised by now that we belong together]].", pattern: 'foretold' },
    { flagged: '[[I could see it in ur face]].', pattern: 'inside-you' },
    { notFlagged: "Give it a month and you'll be settled in Leeds, I'm sure." },
    { notFlagged: 'I bet you look great in the new uniform.' },
    { notFlagged: "Knowing you, you'll have the garden sorted by now." },
    { notFlagged: 'You never wanted me to suffer, I know that.' },
    { notFlagged: "You can tell your friends whatever you like, that's your right." },
    { notFlagged: "I hope you'll miss me a little." },
    { notFlagged: "One day you'll see how much you've grown." },
    { notFlagged: "Whatever you tell your friends, I won't contradict it." },
    // Second probe (eval/fifth/accusation, lines 197-256).
    { flagged: '[[You know fine well you still care]].', pattern: 'know-fine-well' },
    { flagged: "[[You're just saying you're over it to hurt me]].", pattern: 'saying-it-to-hurt' },
    { flagged: '[[I know your heart better than anyone]].', pattern: 'know-your-heart' },
    { flagged: '[[You know full well you miss me]].', pattern: 'you-still-love-me' },
    { flagged: "[[You're only saying that to get back at me]].", pattern: 'you-still-love-me' },
    { notFlagged: 'I know your heart is in the right place with the kids.' },
    // The writer owning the hurt they caused, not reading the reader's heart.
    { notFlagged: "I know it hurt you, and I'm sorry." },
    // Sixth round: sympathy for a hard moment, a guess granted.
    { notFlagged: 'You must have been so scared when the car skidded.' },
    { notFlagged: 'You must have been exhausted after the surgery.' },
    { notFlagged: "I'm sure you still think of Grandad, he adored you." },
    { notFlagged: 'You must be missing your dad terribly this Christmas.' },
    { notFlagged: 'You must be so relieved the exams are over.' },
    { notFlagged: "I bet you're rolling your eyes at my handwriting, and fair enough." },
    { notFlagged: "You're probably laughing at how long this is, and who could blame you." },
    {
      notFlagged:
        "I'm sure you felt I'd abandoned you when I took the job in Perth, and you had every reason to.",
    },
    // Sixth round (probe eval/sixth/heartfelt): someone else's guess passed on.
    { notFlagged: "My sister thinks you still love me, but I told her that's not for either of us to say." },
    { notFlagged: "Everyone says you still miss me; I don't believe them and I don't need to." },
    { notFlagged: "Jo reckons you still care about me, but honestly I don't know." },
    { notFlagged: "Your cousin told me you still think about us, and I didn't know what to do with that." },
    { notFlagged: "Mum keeps saying you'll come back one day; I've asked her to stop." },
    // Eighth round (probe eval/eighth/strengths-probe): certainty tags, motives, signs read as feelings, "we both".
    { flagged: "[[You still keep my jumper by the bed, I'd bet my house on it]].", pattern: 'claims' },
    { flagged: "[[u still look at our photos, i'd bet on it]]", pattern: 'sure-of-it' },
    { flagged: '[[What you actually need is someone who knows you like I do]].', pattern: 'motive' },
    { flagged: "[[You're only seeing him so you can make me jealous]].", pattern: 'motive' },
    { flagged: '[[You blocked me out of pride]], nothing more.', pattern: 'motive' },
    { flagged: '[[I believe the two of us still want the same thing]].', pattern: 'i-know-you-still' },
    { flagged: '[[Deep inside, you still miss us]].', pattern: 'i-know-you-still' },
    { flagged: '[[Surely you care too]].', pattern: 'i-know-you-still' },
    { flagged: '[[Your eyes told me you still want this]].', pattern: 'you-still-love-me' },
    { flagged: '[[You only wrote that because you were drunk]].', pattern: 'inside-you' },
    { notFlagged: "What you really want is up to you, and I'll respect it." },
    { notFlagged: 'I hope deep inside you know how loved you are.' },
    { notFlagged: 'Your texts tell me you have been busy with the move, so no rush.' },
    { notFlagged: 'Your face told me you needed space, so I stepped back.' },
    { notFlagged: 'I think we both need time to heal.' },
    { notFlagged: "You still have my blue jumper, I'm sure of it." },
    { notFlagged: "You'll love the new flat, I just know it." },
    { notFlagged: 'I was only with him for a month, and it meant nothing.' },
    { flagged: "[[You must think I've lost the plot]].", pattern: 'you-still-love-me' },
    { flagged: '[[bet ur secretly relieved]]', pattern: 'foretold' },
    { flagged: "[[You don't really want to be with her]].", pattern: 'you-still-love-me' },
    { flagged: "[[You're only scared to be on your own]].", pattern: 'you-are-feeling' },
    { flagged: '[[Ur gonna wake up and realise what you threw away]].', pattern: 'foretold' },
    { notFlagged: "You're going to realise how much you've grown this year." },
    { notFlagged: 'You must think of your gran often at this time of year.' },
    { flagged: "[[You know you'd take me back in a heartbeat]].", pattern: 'know-fine-well' },
    { flagged: '[[you know ud come back if i asked]]', pattern: 'know-fine-well' },
    { notFlagged: "You know you'd love the new café on Elm Street." },
    { notFlagged: "If you're scared to be alone for a while, that's normal." },
    // Fourteenth round (care14): a guess the writer grants ("you'd have a point"); part of you "already" knows; lying awake.
    { notFlagged: "You probably think I'm an idiot, and you'd have a point." },
    {
      flagged: "[[You probably think I'm selfish]], but you don't know the half of it.",
      pattern: 'you-still-love-me',
    },
    { flagged: "[[He's a rebound and part of you already knows it]].", pattern: 'you-still-love-me' },
    { flagged: '[[I bet you lie awake wondering whether you made a mistake]].', pattern: 'claims' },
    { notFlagged: 'I bet you had a great time in Rome.' },
    // Fourteenth round (care14, second sweep): their motive told to them; denied or wondered, it is not.
    { flagged: "[[You're just punishing me]], that's what this is.", pattern: 'motive' },
    { flagged: "[[You're trying to make me jealous with those photos]].", pattern: 'motive' },
    { flagged: "[[You only blocked me because you can't trust yourself around me]].", pattern: 'motive' },
    { notFlagged: "I know you're not trying to hurt me." },
    { notFlagged: "I don't think you're punishing me, I think you're protecting yourself." },
    { notFlagged: 'You blocked me because I kept texting, and that was fair.' },
    { notFlagged: "I can tell from your messages that you want space, so I'll give it." },
    { notFlagged: "I bet you're glad to be done with my snoring, ha." },
    // Fourteenth round (care14, third recall sweep): "You think you're happy" is not someone's name and a verb.
    { flagged: "[[You think you're happy]], but you're not.", pattern: 'you-are-feeling' },
    { notFlagged: "Jo thinks you're happy, and I hope she's right." },
    { notFlagged: "You think I'm angry, but I'm not." },
    { flagged: '[[Underneath all the anger, you still care]].', pattern: 'motive' },
    { notFlagged: 'Underneath all the anger, I still care about you.' },
    { flagged: '[[You wanted me to find those messages]].', pattern: 'motive' },
    { notFlagged: "You wanted me to see the flat before you signed, and I'm glad I did." },
    { flagged: "[[You're ashamed of how you treated me, that's why you went quiet]].", pattern: 'motive' },
    { notFlagged: "Maybe you're ashamed, and that's why you went quiet, I don't know." },
    { flagged: 'Be honest with yourself, [[you still want this]].', pattern: 'you-still-love-me' },
    { notFlagged: 'You still want this job, I can tell, and you should go for it.' },
    // Fourteenth round (care14, fourth sweep).
    { flagged: '[[I know you still check my Instagram]].', pattern: 'motive' },
    { notFlagged: 'I know you still have my records, no rush to return them.' },
    { notFlagged: 'I know you still wear the watch I gave you, Jo told me, and it made me smile.' },
    { flagged: "[[I know you haven't forgotten our song]].", pattern: 'motive' },
    { flagged: "[[You're not as happy as you make out]].", pattern: 'motive' },
    { notFlagged: "I'm not as okay as I make out, if I'm honest." },
    { flagged: "[[You're relieved I'm gone]], just say it.", pattern: 'motive' },
    { notFlagged: "You're relieved I'm gone, and honestly I don't blame you." },
    { flagged: "[[You're afraid I've moved on]].", pattern: 'motive' },
    { notFlagged: "I'm afraid I've moved on, and I hope you have too." },
    { flagged: '[[I can see right through you]].', pattern: 'motive' },
    { flagged: '[[You still feel something when you see my name]].', pattern: 'motive' },
    { flagged: "[[You'd never say it, but you miss the old flat and everything in it]].", pattern: 'motive' },
    // Twenty-second round (probe eval/twenty-second/mind22-probe): their inner life explained to them.
    { flagged: "[[It's your anxiety talking]], not you.", pattern: 'inner-life' },
    { flagged: "[[You keep telling yourself you're fine]], but you're not.", pattern: 'inner-life' },
    { flagged: '[[ur just telling urself that]]', pattern: 'inner-life' },
    { flagged: "[[I reckon you're lonelier than you let on]].", pattern: 'inner-life' },
    { flagged: "[[You're more cut up about it than you let on]].", pattern: 'inner-life' },
    { flagged: '[[you act all cold but i know ur hurting]]', pattern: 'inner-life' },
    { flagged: '[[u only texted cos u were lonely]]', pattern: 'inner-life' },
    {
      flagged: "[[You miss the way things were, even if you'd never say it to your friends]].",
      pattern: 'inner-life',
    },
    {
      flagged: 'Honestly, [[the real reason you ended it was that you were scared]].',
      pattern: 'inner-life',
    },
    { flagged: "[[You're not angry at me, you're angry at yourself]].", pattern: 'inner-life' },
    { flagged: '[[What you feel for him is just a crush]].', pattern: 'inner-life' },
    { flagged: "[[You're still obsessed with me]].", pattern: 'inner-life' },
    { flagged: "[[You'll be bored out of your mind in Swindon]].", pattern: 'inner-life' },
    { flagged: "[[You'll be crying into your wine by Friday]].", pattern: 'inner-life' },
    { notFlagged: "Maybe it's your pride talking, I honestly can't say." },
    { notFlagged: "That was the drink talking, not me, and I know that's no excuse." },
    { notFlagged: 'You tell yourself to breathe when it gets bad, like the counsellor said.' },
    { notFlagged: "I'm lonelier than I let on." },
    { notFlagged: "You're braver than you realise." },
    { notFlagged: 'You left because you felt unheard, and you were right.' },
    { notFlagged: "You stayed because you felt you had to, and I'm grateful." },
    { notFlagged: "I love you so much, even if you'd never say it back." },
    { notFlagged: "I don't know the real reason you left, and that's okay." },
    { notFlagged: "What you're feeling is valid." },
    { notFlagged: "I'm still hung up on you, if I'm honest." },
    { notFlagged: "You'll be bored at first in a new city, that's normal." },
    { flagged: "[[You regret it now, you just can't say it]].", pattern: 'inner-life' },
    { flagged: "[[It's guilt that's stopping you from writing back]].", pattern: 'inner-life' },
    { flagged: "[[You're not really over me]], you've just got busy.", pattern: 'inner-life' },
    { flagged: '[[You were never going to be happy there and you knew it]].', pattern: 'inner-life' },
    { flagged: "[[You only unfollowed me so I wouldn't see you were sad]].", pattern: 'inner-life' },
    { flagged: "[[You're testing me to see if I'll give up]].", pattern: 'inner-life' },
    { flagged: "[[You'll look back on this and wish you'd given us a chance]].", pattern: 'inner-life' },
    { flagged: 'You think you want freedom, [[but what you want is to be chased]].', pattern: 'inner-life' },
    { flagged: '[[Your silence is just you protecting yourself]].', pattern: 'inner-life' },
    { flagged: 'you wanna come back, [[ur just embarrassed]]', pattern: 'inner-life' },
    { flagged: '[[Every time you see a yellow car you think of me]].', pattern: 'inner-life' },
    { notFlagged: 'Every time I see a yellow car I think of you.' },
    { notFlagged: 'I hope every time you hear that song you smile.' },
    { notFlagged: 'You were a brilliant mum to those kids and you know it.' },
    { notFlagged: 'You were way out of my league and we both knew it.' },
    { notFlagged: "I know you just can't face it yet, and that's okay." },
    { notFlagged: "It's my pride that's been stopping me from writing." },
    { notFlagged: "One day you'll look back on this and laugh." },
    { notFlagged: "You'll look back on this year and see how far you've come." },
    { notFlagged: "You're just embarrassed, and I get it, I would be too." },
    { notFlagged: "You unfollowed me so I wouldn't see your new place, which is fair." },
    { flagged: "[[You're clearly still bitter about Christmas]].", pattern: 'inner-life' },
    { flagged: '[[you def still have feelings for me]]', pattern: 'inner-life' },
    { flagged: '[[You have doubts, I can hear them in every message]].', pattern: 'inner-life' },
    { flagged: "[[You feel trapped, that's what this is]].", pattern: 'inner-life' },
    { flagged: "[[You want to hate me, but you can't]].", pattern: 'inner-life' },
    { flagged: '[[Honestly you just miss having someone]].', pattern: 'inner-life' },
    { flagged: "[[Let's not pretend you don't still care]].", pattern: 'inner-life' },
    { flagged: "[[You'd come back tomorrow if it weren't for your pride]].", pattern: 'inner-life' },
    { flagged: "[[I daresay you've thought of me more than once this winter]].", pattern: 'inner-life' },
    { flagged: '[[No doubt you feel vindicated]].', pattern: 'inner-life' },
    { flagged: '[[The way you looked at me at the wedding said everything]].', pattern: 'inner-life' },
    { flagged: "[[You'll be telling yourself this is for the best]].", pattern: 'inner-life' },
    { notFlagged: "You're clearly tired, you've been working nights." },
    { notFlagged: "You're obviously scared, and that's okay." },
    { notFlagged: "You want to forget me, but you can't, not yet, and I understand." },
    { notFlagged: "I reckon you'd love Lisbon." },
    { notFlagged: "I daresay you've been busy." },
    { notFlagged: "No doubt you're busy with the move." },
    { notFlagged: "The way you looked at me at the wedding is something I'll never forget." },
    { notFlagged: "Let's not pretend it was all bad." },
  ],
})
