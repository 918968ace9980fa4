// Blame: accusation, "you" statements of fault. "I felt alone when we stopped talking" is a feeling;
// "when you lied, I lost my footing" names what happened as context; "it wasn't your fault" absolves.
import { NOT_ALONE_AS_ASKED, SARCASM, servedThen, THANKS_GRANTED } from '../../../lexicon/en/grievance.js'
import { SARCASTIC_BLAME } from '../../../lexicon/en/indirect.js'
import { KIDS, PARTNER_TITLES } from '../../../lexicon/en/people.js'
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

/** Negated a few words earlier ("I don't think you ruined anything"); `n't` and texting forms included. */

/**
 * "you" as the subject of a main clause (also after the writer's own "I must say that…", "let me tell you that…": thirteenth
 * round, formal and Indian English), not of "when you left…", "I found out you lied…", "if you…", nor
 * the object of a preposition ("the last thing I said to u was so nasty": what was nasty is the writer's).
 */
const YOU_MAIN = String.raw`(?<!{WB}(?:when|after|since|that(?<!(?:must|have to|need to|got to|gotta|let me|i'?ll|i will|i shall|i should)(?: also| just| honestly| really| still)? (?:say|tell (?:you|u)|admit|remind (?:you|u)|point out)\s{1,3}that)(?<!(?:should|need to|ought to|deserve to|have to|want you to) (?:know|hear)\s{1,3}that)|because|before|if|how|why|until|once|though|although|whether|while|where|what|out|learned|learnt|discovered|know|knew|heard|realized|realised|day|night|time|moment|said|say|admit|admitted|wish|hope|unless|maybe|perhaps|even|to|at|for|with|about|from|of|than|by|without|towards|toward|against|behind)\s{1,3}){NOT_NEGATED_WORD}{WB}(?:you|u|ya)(?:\s+(?:have|had)|'?ve|'?d)?(?:\s+(?:also|then|too))?(?=\s|'|$)`

/** How the reader let the writer learn it, for the charge and its mock-courteous form ("Nice of you to let me find out…"). */
const LEARNED_IT = 'let me (?:find out|hear (?:it|about it)?|learn|discover|read about it)'

/** Faults the writer may lay at the reader's door: "your jealousy", "your drinking", "your silence". */
const FAULTS =
  'jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal'

/** Not asked to change or give things up is a kindness, not a grievance: "you never asked me to be perfect". */
const NOT_ASKED_TO_GIVE_UP = String.raw`(?!(?: me)? to (?:be(?=\s*(?:[.!,;]|$)| (?:perfect|someone|anything|anyone|different|more|less|other|somebody){WE})|change(?! (?:your|ur))|give (?:anything|it|that|them) up|give up|pretend|prove|justify|choose|pick){WE})`

/** {@link YOU_MAIN}, then perhaps an adverb: "you just…", "you deliberately…". */
const YOU_MAIN_ADV = String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply|only|always|properly|utterly|happily|casually|coldly|quietly|secretly|conveniently|then|well and truly)\s+)?`

/** Adverbs of grievance for a shared fault: "your constant lies", "your endless excuses". */
const FAULT_ADJ = String.raw`(?:(?:constant|endless|bloody|stupid|precious|never-ending|repeated|little|countless|so-called|nonstop|non-stop)\s+)?`

/**
 * Eighth round (probe eval/eighth/blame-guilt-probe): more acts of the reader told as faults, by family rather than by
 * sentence. A trick played on the writer ("you sold me a fantasy"), something taken ("you robbed me of my twenties"),
 * kindness or confidences turned against the writer, vows or promises broken, the whole thing messed up, something
 * preferred over the writer ("you chose the golf club over us"), savings run through, everything made about the reader,
 * the writer expected to carry on regardless, and the courage or decency that was missing. Ninth round: a bitter lesson
 * credited to the reader ("you taught me that promises mean nothing", "you showed me how little I mattered").
 */
const GRIEVANCE_ACTS = String.raw`${YOU_MAIN_ADV}(?:pulled the (?:rug|carpet|ground) (?:out )?from under (?:me|us|my feet)|sold me (?:a|the|nothing but|so many) (?:dream|lie|lies|fantasy|fairy ?tale|story|line|pup|load of)|(?:stole|took|robbed)(?! nothing| the time| time| care| over)[^.!?\n]{0,30}? (?:from me|me of (?:my|the|our|every|years|\w+ years))|(?:used|turned|held) (?:it|that|this|them|my [a-z]+|everything|every (?:[a-z]+ ){0,3}i (?:had|gave|said|told you))[^.!?\n]{0,30}? against me|(?:took|exploited|abused) (?:my|every (?:bit|ounce) of my) (?:kindness|trust|love|good nature|generosity|patience|loyalty)|broke (?:the|our|your|those|every|all (?:the|your|our)|each) (?:[a-z]+ )?(?:vows?|promises?|word|oath)|(?:messed|screwed|fucked|cocked|mucked|ballsed|balled) (?:it|this|us|everything|things|it all|the whole thing)(?: all)? up|(?:picked|chose|preferred|prioriti[sz]ed) (?!me{WE})[^.!?\n]{1,30}? (?:over|above|ahead of) (?:me|us|our (?:family|marriage|relationship|kids|children|home)|the kids|(?:your|ur) (?:family|kids|children|son|daughter))|(?:gutted|raided|burned through|burnt through|ran through|frittered|pissed away|blew through|went through) (?:all )?(?:of )?(?:our|my|the) (?:savings|money|joint account|account|inheritance|deposit|pension|nest egg)|made (?:it|everything|every [a-z]+|the whole [a-z]+|all of it) about (?:you|u|yourself|urself))(?:{WE}|$)|${YOU_MAIN}\s[^.!?\n]{0,50}?(?:and |then )(?:used|turned|threw) (?:it|that|this|them|those|my [a-z]+|everything)[^.!?\n]{0,20}? (?:against me|back (?:in my face|at me)){WE}|{WB}(?:don'?t|do not|dont|stop|quit) (?:(?:try(?:ing)? to|you dare)\s+)?(?:paint(?:ing)?|mak(?:e|ing)|cast(?:ing)?|turn(?:ing)?|portray(?:ing)?|mak(?:e|ing) out) me (?:as|out to be|into|like) (?:the|some|a) (?:villain|bad guy|bad one|monster|problem|guilty (?:one|party)|one to blame|devil){WE}|${YOU_MAIN}\s(?:[^.!?\n]{0,50}?(?:and|then|yet|but) )?(?:(?:still|just|always|honestly|actually|really|somehow)\s+)?expected me to(?: just)? (?:carry on|smile|forgive|forget|pretend|be (?:fine|okay|ok|happy|grateful|there|waiting)|accept|put up with|wait|sit|clean up|pick up|take it|swallow|read (?:your|ur) mind|understand|say nothing|keep quiet|cover|act like){WE}|${YOU_MAIN}\s+(?:(?:never|didn'?t|didnt|did not|couldn'?t|could not)\s+(?:even\s+)?(?:have|had|show|showed|find|found)|never\s+(?:once\s+)?had|lacked)\s+(?:the )?(?:common |basic )?(?:decency|courtesy|guts|courage|balls|spine|backbone|respect|manners|integrity|honesty) to{WE}|{WB}not (?:even )?the (?:common |basic )?(?:decency|courtesy|guts|courage|respect) to{WE}|{WB}(?:you|u) (?:could|might|should)(?: at least)?(?:'ve| have) had the (?:decency|courtesy|guts|courage|respect) to{WE}|${YOU_MAIN}(?:'re|'r| are| were| was)\s+(?:(?:always|just|far|way|much|simply)\s+)?too (?:much of a (?:coward|child|baby|narcissist|mummy'?s boy)|selfish|lazy|cowardly|gutless|spineless|arrogant|self-absorbed|wrapped up in (?:yourself|your(?:self)? [a-z]+)) to{WE}|${YOU_MAIN}\s+(?:(?:just|then|simply)\s+)?let (?:me|us) (?:carry|drown|struggle|suffer|sink|take the (?:blame|fall)|do (?:everything|all (?:of )?(?:it|the [a-z]+))|pay for|foot the bill|deal with){WE}|${YOU_MAIN}\s+(?:couldn'?t|could not|can'?t|never could) keep (?:it|your hands|ur hands) (?:in (?:your|ur) (?:trousers|pants|jeans|knickers)|to yourself|off (?:her|him|others|other (?:women|men|girls|guys|people|blokes|lads)|anyone)){WE}|${YOU_MAIN}\s+(?:(?:didn'?t|did not|didnt|wouldn'?t|won'?t|couldn'?t)\s+(?:even\s+)?)lift (?:a|one) (?:single )?finger{WE}|${YOU_MAIN_ADV}(?:ruined|destroyed|wrecked|trashed|sabotaged|poisoned|tanked) (?:my|our) (?:credit(?: rating| score)?|reputation|good name|name|health|career|finances|savings|sleep|friendships|self-worth|mental health|peace of mind|faith|chances|birthday|christmas|family|relationship with [a-z]+){WE}|${YOU_MAIN_ADV}(?:poisoned|set|turned) [^.!?\n]{1,30}? against me{WE}|${YOU_MAIN}\s+(?:still\s+)?(?:can'?t|cannot|won'?t|couldn'?t|wouldn'?t|never) (?:even\s+)?(?:admit|accept|see|say) (?:that )?(?:you|u)(?:'re| are| were| was)? (?:wrong|at fault|to blame|did anything wrong|were wrong|had a part){WE}|{WB}(?:everything|it|anything)(?:'s| is| was) (?:always|forever|somehow) (?:my fault|down to me|on me)[^.!?\n]{0,10}? (?:in (?:your|ur) eyes|according to (?:you|u)|as far as (?:you|u) (?:were|are) concerned|to (?:you|u)){WE}|${YOU_MAIN_ADV}(?:walked out on|abandoned|deserted|turned (?:your|ur) back on) (?:your|ur|the|our) (?:own )?(?:kids|children|family|son|daughter|baby|boys|girls){WE}|${YOU_MAIN}\s+(?:just\s+)?left (?:your|ur|the|our) (?:own )?(?:kids|children|son|daughter|baby|boys|girls) (?:without|behind|for){WE}|${YOU_MAIN_ADV}threw (?:away )?(?:\w+|all (?:those|these|our)) years(?: away)?(?: of (?:marriage|my life|our life))? (?:for|on){WE}|{WB}(?:you|u){WE}[^.!?\n]{0,60}?,? (?:and )?look (?:where|what) (?:that|it|this) (?:got|has got|'s got|left) us{WE}|${YOU_MAIN}\s+(?:(?:always|just)\s+)?(?:acted|behaved|carried on)\s+like (?:a|an|some) (?:spoilt |spoiled |selfish )?(?:teenager|toddler|brat|bachelor|single man){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:spoke up|said a (?:single )?word (?:in my defen[cs]e|to (?:them|her|him|stop it))){WE}|${YOU_MAIN_ADV}(?:taught|showed) me (?:(?:exactly|just|precisely|only)\s+)?(?:how little (?:i|my [a-z]+|we) (?:mattered|meant|counted|was worth|were worth)|(?:that )?(?:promises|love|trust|words|people|vows|marriage|loyalty|men|women|kindness)(?: [a-z]+)? (?:mean|means|meant|is|are|was|were) (?:nothing|worthless|a lie|lies|cheap|a joke|a game|for fools)|(?:never|not) to (?:trust|believe|rely on|count on|depend on|open up)|to (?:never|not) (?:trust|believe|rely on|count on|depend on|open up)){WE}|${YOU_MAIN_ADV}let (?:(?:your|ur) (?:[a-z]+ )?(?:mother|mum|mom|dad|father|sister|brother|family|friends|mates|boss|parents|kids|ex|aunt|aunty|auntie|uncle|cousins?|relatives|in-laws|people|sisters|brothers)|them|her|him|everyone|people) (?:(?:just|always)\s+)?(?:talk down to|speak to|treat|insult|bully|belittle|mock|humiliate|ignore|walk all over|push|laugh at|take the (?:piss|mick|mickey) out of|make fun of|pick on|blame|criticise|criticize|shout at|yell at|scream at)(?: me| us)?{WE}(?![^.!?\n]{0,20}?(?:nicely|kindly|well|gently|with respect))|${YOU_MAIN_ADV}(?:sided with (?!me{WE}|us{WE})|took (?:your|ur|their|his|her) (?:[a-z]+'?s? )?side (?:against|over) (?:me|us){WE})(?![^.!?\n]{0,60}?(?:(?:were|was) (?:right|fair)|i (?:see|understand|get) why|fair enough))|${YOU_MAIN_ADV}(?:made|took) (?:every|all (?:of )?(?:the|our)|each|the) (?:big |important |major )?(?:decisions?|choices?)(?: [a-z]+){0,4}? (?:on (?:your|ur) own|alone|by (?:yourself|urself)|without (?:me|asking|a word)){WE}`

/**
 * Eighth round: blame laid by a noun ("the fault lies with you", "the responsibility rests on your shoulders", "the
 * divorce is on your head"), a harm credited to the reader ("it's down to you that we're in debt", "we had to move
 * because you kept drinking"), and a fault as the cause ("your excuses wore me down", "your work meant more than us").
 */
const LAID_AT_YOUR_DOOR = String.raw`{WB}(?:(?:the )?(?:blame|fault)(?: for [^.!?\n]{1,50}?)? (?:lies|lay|sits|sat|rests|rested|falls|fell|belongs|must lie|is|was)|(?:the )?responsibility(?: for [^.!?\n]{1,50}?)? (?:lies|lay|sits|sat|rests|rested|falls|fell|must lie))(?: (?:squarely|entirely|wholly|solely|firmly|fully|completely|only|all|largely|mostly|100%))? (?:with|on|at) (?:you|u|yourself|(?:your|ur) (?:door|feet|shoulders|head|doorstep))(?! (?:and|&) (?:me|i)| as much as| as well as| too){WE}|{WB}(?:this|that|it|all (?:of )?(?:this|that)|everything|this (?:whole )?(?:mess|thing|situation|business|breakup|break-up|divorce)|the (?:whole )?(?:mess|breakup|break-up|divorce|failure))(?:'s| is| was| will be|'ll be) (?:all |entirely |squarely )?on (?:your|ur) (?:head|shoulders|plate)(?![^.!?\n]{0,20}(?:and mine|as much as mine|too)){WE}|{WB}(?:this (?:whole )?(?:mess|situation|business|breakup|break-up|divorce)|the (?:whole )?(?:mess|breakup|break-up|divorce))(?:'s| is| was) (?:all |entirely |squarely )?on (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:it'?s|it is|it was|its)(?: (?:all|only|entirely|largely))? (?:thanks to|because of|down to|due to) (?:you|u|(?:your|ur) [a-z]+(?: [a-z]+)?) (?:that|why) (?:we|our [a-z]+|this|it|everything|the kids|i)(?:'re| are| were| was| is|'ve| have)? (?:(?:now|still|all|both)\s+)?(?:ended up|lost|broke|split|fell|failed|went (?:under|bust|wrong)|(?:are|were|am|is|'re|'m) (?:here|in (?:court|this mess|debt|therapy)|apart|divorced|separated|broke|homeless|not speaking|finished|over)|(?:can'?t|cannot|couldn'?t|don'?t|won'?t|never|no longer) (?!wait|stop smil|help (?:smil|laugh)|believe my luck)|had to (?:sell|move|leave|cancel|borrow)|got (?:divorced|evicted))(?![^.!?\n]{0,40}(?:smil|laugh|grin|happ|grateful|thank|proud|sober|stronger|better)){WE}|{WB}(?:we|i|our [a-z]+)(?:'ve| have)? (?:lost|split|broke up|ended up|fell apart|had to (?:sell|move|leave|cancel|borrow)|got (?:evicted|divorced)|couldn'?t (?:afford|pay|keep))[^.!?\n]{0,50}? because (?:you|u) (?:(?:couldn'?t|wouldn'?t|didn'?t|never|refused to|kept)(?! (?:want|feel|love|know|have|help it){WE})|spent|gambled|drank|lied|cheated|blew){WE}|{WB}(?:your|ur) ${FAULT_ADJ}(?:${FAULTS}|excuses|broken promises|games|mind games|affairs|flirting|addiction|debts?)(?: \w+)? (?:made (?:it|life|everything) (?:impossible|hard|harder|unbearable|difficult|hell|a misery)|made me (?:feel|doubt|question|crazy|ill|sick|paranoid|miserable|anxious|small|stupid|worthless|insecure)|drove (?:me|us)|pushed (?:me|us)|forced (?:me|us)|cost (?:us|me)|wore (?:me|us) down|took (?:everything|its toll|it all))(?![^.!?\n]{0,40}(?:(?:that'?s|it'?s) (?:ok|okay|fine|fair)|i understand|i get (?:it|why)|i respect)){WE}|{WB}(?:{YOU}) (?:decided|made (?:it )?clear|thought|showed me|always felt)(?: that)? (?:your|ur) (?:[a-z]+ ){0,2}(?:mattered|meant|counted) more(?! to me){WE}|{WB}(?:your|ur) (?:[a-z]+ ){0,2}(?:always )?(?:mattered|meant|counted) more(?: to (?:you|u))? than (?:me|us|our [a-z]+|the kids|(?:your|ur) (?:family|kids|children|wife|husband)){WE}`

/**
 * Eighth round: sarcastic praise for the harm ("well done on spoiling the holiday"), and a charge of character with a
 * copula the old list missed ("you've only ever been a user", "you're literally such a snake").
 */
const HARM_GERUND =
  'ruining|wrecking|destroying|breaking|spoiling|lying|humiliating|embarrassing|ignoring|ghosting|blowing it|screwing|messing|forgetting|abandoning|dumping|cheating|throwing (?:it|us|me|everything)(?: all)? away|trashing|walking out|ditching|blanking'
/** Ninth round: with the shared SARCASM of lexicon/en/grievance.ts ("such a gentleman, dumping me over text"). */
const MOCK_PRAISE = String.raw`{WB}(?:great|nice|good|brilliant|excellent|fantastic|lovely|super|stellar|fine|top|amazing|grand) (?:job|work|going|effort|one)(?: on| with| there)?,? (?:(?:you|u),? )?(?:(?:really|finally|completely|totally|successfully)\s+)?(?:${HARM_GERUND}){WE}|{WB}(?:well done|congratulations|congrats|bravo|kudos|hats off|nice one)(?: to (?:you|u))?,? (?:on|for|at) (?:(?:really|finally|completely|totally|successfully)\s+)?(?:${HARM_GERUND}){WE}|{WB}(?:you|u) (?:have|had|'ve got|'ve) a (?:funny|strange|odd|weird) way of showing (?:it|love|(?:you|u) care|that (?:you|u) care|respect|(?:you|u) love me){WE}|{WB}(?:it'?s|it is|everything is|everything'?s) (?:always|only ever)(?: all)? about (?:you|u|yourself)(?! for me){WE}|${SARCASM}`
const CHARACTER_NOUNS =
  "taker|user|bully|manipulator|leech|parasite|phony|phoney|fake(?: person)?|fraud|con artist|player|chancer|waster|sponger|freeloader|control freak|mummy'?s boy|mammy'?s boy|man-child|coward|liar|cheat|snake"
const CHARACTER = String.raw`${YOU_MAIN}(?:'ve| have)?\s+(?:(?:always|forever|only ever|never been anything but|just)\s+)?been\s+(?:(?:such|a|an|nothing but|a complete|a total|a real|a bloody|a selfish|a lying)\s+)*(?:${CHARACTER_NOUNS}|selfish|a liar|manipulative|cruel|toxic|heartless|a coward|cold|dishonest){WE}|{NOT_NEGATED_WORD}(?<!(?:said|think|thought|called|call|say|if|that|whether)\s{1,3}){WB}(?:ur|you'?re|you are|u r)\s+(?:(?:honestly|literally|actually|just|truly|genuinely|seriously|always|such|a|an|so)\s+)+(?:${CHARACTER_NOUNS})(?:{WE}|$)`

/**
 * Eighth round: the "never" turned round for weight ("never once did you back me", "at no point did you say sorry"),
 * with the acts a partner is expected to do.
 */
const INVERTED_NEVER = `{WB}(?:not (?:once|one (?:single )?time|a single time|one day|one single day)|never (?:once )?|at no (?:point|time)|not even once)(?:,? in (?:all )?(?:(?:those|these|that|our|the|[a-z0-9]+) ){1,2}(?:years|months|weeks|time|marriage|relationship)(?: together)?,?)? (?:did|have|had|would|could) (?:you|u) (?:ever |even |once )?(?:(?:stand|stood|stick|stuck) up for|(?:take|taken|took) my side|back(?:ed)? me|defend(?:ed)?|support(?:ed)?|ask(?:ed)? (?:me )?(?:how|what|if|whether|about|after)|apologi[sz]ed?|(?:say|said) (?:sorry|thank you|thanks)|thank(?:ed)? me|listen(?:ed)?|call(?:ed)?|ring|rung|phoned?|visit(?:ed)?|help(?:ed)?|put (?:me|us)|consider(?:ed)?|(?:think|thought) (?:of|about) (?:me|us|my|how)|(?:make|made) (?:time|an effort|the effort)|admit(?:ted)?|check(?:ed)? on me|come (?:home|to|and)|cared?|try|tried|bother(?:ed)?|offer(?:ed)?|lift(?:ed)? a finger|show(?:n|ed)? (?:up|any)){WE}`

/**
 * Eighth round: provocation pleaded, or a question that hands the writer's act to the reader ("anyone would have
 * cracked, married to you", "because you gave me good reason", "what did you expect, after all those nights out?").
 */
const PROVOKED = String.raw`{WB}(?:who (?:wouldn'?t|would not|could blame me|could blame anyone)|(?:anyone|anybody|any (?:man|woman|person|sane person|normal person)) would(?:'ve| have)? (?:snapped|cracked|lost it|lost (?:their|his|her) (?:temper|mind|rag)|gone (?:mad|crazy|insane|spare)|strayed|cheated|left|walked|run|done the same|shouted|screamed|drunk|given up))[^.!?\n]{0,25}?,? (?:(?:living|being married|being|putting up|stuck|dealing|sharing a (?:house|bed|flat|home)|living under the same roof) with|(?:being |getting )?married to) (?:you|u|someone like (?:you|u)){WE}|{WB}(?:you|u) (?:gave|have given|'ve given) me (?:every|good|plenty of|no end of|all the|more than enough) reasons? (?:to (?:doubt|leave|worry|suspect|check|look|go|be (?:jealous|suspicious|angry|worried|paranoid)|not trust|distrust|snap|shout|walk|wonder)|not to trust){WE}|{WB}(?:because|cos|coz|cuz|bc|since) (?:you|u)(?: gave| had given|'d given) me (?:every|good|plenty of|no end of|all the|more than enough) reasons?{WE}|{WB}what did (?:you|u) expect,? (?:when|after|leaving|going|treating|ignoring|with|from me,? (?:when|after)){WE}`

/**
 * Twentieth round (probe eval/twentieth/blame20-probe): accusations said without the stock words. Sarcasm that
 * congratulates the harm ("Congrats on moving on so fast", "Nice to know where I stood" ("Must be nice to just walk
 * away" is left to guilt, as the tuning set labels it), "Lovely of you to tell everyone before telling me", "Glad one of us found it so easy to let go", "Real mature,
 * blocking me"); the charge by contrast ("I kept my side of the deal, you didn't", "One of us tried, and it wasn't
 * you", "the effort was always mine"); the reader as the agent of a noun or a passive ("Your drinking is what broke
 * us", "the promises you broke", "I was treated like an afterthought by you", "The cheating was yours, not mine");
 * deflection ("I wouldn't have yelled if you had listened", "I'm not the only one who messed up", "at least I didn't
 * cheat", "because you gave me every reason to"); and the reader's conduct named without "ruined" ("You made it very
 * hard to stay", "You had me doubting my own memory", "You kept me at arm's length", "you threw it back in my face",
 * "you were rather careless with my feelings", "you behaved appallingly", "It was you who let it all slide").
 * Not: the writer's own share ("I made it impossible for you to talk to me"), the reader's act praised ("You made it
 * easy to be myself", "Congrats on the new job"), or the fault shared out evenly ("you behaved badly, but so did I").
 */
const UNSAID_SARCASM = [
  String.raw`{WB}(?:congrats|congratulations|well done|bravo|kudos|hats off|fair play)(?: to (?:you|u))?,? (?:on|for) (?:moving on|replacing (?:me|us)|finding (?:someone|somebody|a new|another|a replacement)|getting over (?:me|us|it)|forgetting (?:me|us)|bouncing back|starting over|walking away|jumping into|hooking up|shacking up|moving (?:her|him|them) in|letting go)[^.!?\n]{0,30}? (?:so|that|this) (?:fast|quickly|soon|easily)`,
  String.raw`{WB}(?:great|good|nice|brilliant|fine|stellar|top) (?:job|work) (?:keeping|with|on) (?:your|ur) (?:promises|word|commitments|vows)`,
  String.raw`{WB}(?:nice|good|great|lovely|glad|helpful|useful) to (?:know|see|find out|learn|finally know) (?:exactly )?(?:where i (?:stood|stand|ranked|rank|came|come|fell)(?=\s*(?:[.!,;]|$)| (?:with (?:you|u)|in (?:your|ur)|on (?:your|ur)|to (?:you|u)|after|in all (?:this|that)|all along))|how (?:much|little) i (?:mattered|meant|counted|matter|mean|count)|what i (?:was|am|meant|mean) (?:worth|to (?:you|u)))`,
  String.raw`{WB}(?:glad|nice|good|great|lovely|funny|amazing)(?: that)? (?:at least )?(?:one of us|you|u) (?:found|finds|could|can|managed)(?: it)? (?:so |that |such an? )?(?:easy|easily|simple|quick|quickly) (?:thing )?to (?:let go|move on|forget|walk away|leave|replace (?:me|us)|switch off|start (?:over|again)|drop (?:me|us)|cut (?:me|us) (?:off|out))`,
  String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:oh|well|wow|yeah|and),?\s+)?)(?:way|nice way|great way|good way|lovely way) to (?:kick (?:someone|somebody|a person|me)|make me feel (?:small|stupid|worse|guilty|like)|treat (?:me|someone|somebody|your)|end (?:it|things|a|an|six|five|four|three|two|ten|our|the)|leave (?:me|someone|somebody|things)|handle (?:it|that|this|things)|break (?:it|the news|someone|my)|let (?:me|us|everyone) down|drop (?:me|someone|the)|dump (?:me|someone)|ruin|throw (?:it|us|away|everything)|blindside|abandon|humiliate|embarrass)`,
  String.raw`{WB}so much for (?:(?:your|ur|all (?:your|ur|those|the|that)|those|that|the) )?(?:promises?|vows?|forever|always|till death|in sickness and in health|being there|loving me|caring|honesty|trust|never leaving|standing by me|having my back|"?i'?ll always|"?i'?ll never|"?forever|the (?:plans|future) (?:you|u|we)|(?:you|u) (?:changing|being different|loving me|caring))`,
  String.raw`{WB}some (?:${PARTNER_TITLES}|partner|friend|father|dad|mother|mum|man|gentleman|hero|role model|best friend) (?:you|u) (?:turned out to be|were|are|'ve been|have been|made|ended up being){WE}`,
  String.raw`{WB}(?:and |but |so )?of course (?:you|u) (?:forgot|didn'?t|did not|never|left|lied|cancell?ed|bailed|chose|picked|blamed|made it|went|missed)[^.!?\n]{0,40}? (?:again|as usual|as always|like always|like every (?:year|time))`,
  String.raw`{WB}(?:i'?m|im|i am) still waiting (?:for|on) (?:that|an|the|your|ur|a single|one|any) (?:apology|sorry|explanation|thank[- ]you|thanks){WE}`,
]

/**
 * The reader's conduct named by an unkind adjective, as others saw it or therapy named it (twenty-first round): "how
 * cold you got", "how controlling you were".
 */
const UNKIND =
  'cold|distant|nasty|mean|cruel|horrible|vicious|selfish|controlling|jealous|possessive|dismissive|spiteful|manipulative|toxic|abusive|narcissistic|unavailable|emotionally unavailable'

const UNSAID_CHARGE = [
  // Contrast.
  String.raw`{WB}i (?:kept|held up|did|stuck to|honou?red) my (?:side|end|part|half)(?: of (?:the|our) (?:deal|bargain|agreement|promise|vows))?[^.!?\n]{0,20}?(?:,|;|—|-) (?:but |and |while |whereas )?(?:you|u) (?:didn'?t|didnt|did not|never did|never|not so much|did not)`,
  String.raw`{WB}(?:one of us|someone|somebody)[^.!?\n]{3,60}?,? (?:and|but) it (?:certainly |sure |definitely |clearly |obviously )?(?:wasn'?t|was not|wasnt|was never|isn'?t) (?:you|u)(?=\s*(?:[.!,;]|$))`,
  String.raw`{WB}the (?:effort|work|trying|compromis(?:e|es|ing)|giving|apologi[sz]ing|chasing|planning|caring|fighting for us|reaching out)(?: in (?:this|our|that) [a-z]+)? (?:was|were) (?:always |only |all |mostly |entirely |completely )(?:mine|me|on my side|from my side|coming from me|one-sided)(?![^.!?\n]{0,30}?(?:and (?:i|that)(?:'s| is| was)? (?:fine|ok|okay|happy|glad)))`,
  String.raw`${YOU_MAIN}\s+(?:just |completely |totally |basically |emotionally )?checked out(?=\s*(?:[.!;,]|$))|${YOU_MAIN}\s+(?:just |completely |totally |basically |emotionally )?check(?:ed)? out (?:\w+ )?(?:months|weeks|years|ages|long) before`,
  // The reader as the agent of a noun or a passive.
  String.raw`{WB}(?:your|ur) ${FAULT_ADJ}(?:${FAULTS}|excuses|broken promises|behaviou?r|choices|actions|affairs|lack of [a-z]+)(?: [a-z]+)? (?:is|are|was|were|'s) (?:(?:exactly|precisely|really|honestly|ultimately)\s+)?(?:what|the (?:thing|things|reason|real reason|only reason)(?: that| why)?) (?:ended|finished|killed|broke|ruined|wrecked|drove|pushed|tore|sank|destroyed|cost|doomed|poisoned) (?:us|it|me|this|everything|our|what we)`,
  String.raw`{WB}(?:your|ur) ${FAULT_ADJ}(?:${FAULTS}|excuses|absences?|distance|behaviou?r)(?: [a-z]+)? (?:did|caused|has done|have done|does) (?:(?:far|much|way|so much|a lot) )?(?:more )?(?:damage|harm)`,
  String.raw`{WB}(?:your|ur) ${FAULT_ADJ}(?:excuses|lies|promises|apologies|sorries|games|mind games|silent treatments?|disappearing acts)[^.!?\n]{0,30}? (?:got old|wore thin|were getting old|meant nothing|were worthless|were empty|were hollow|never (?:meant|changed) (?:anything|a thing))`,
  String.raw`{WB}(?:all |every one of |each of |so many of |)(?:the|those) (?:promises|vows|lies|excuses|birthdays|plans|dates|anniversaries|nights out|secrets)[^.!?\n]{0,10}? (?:you|u)(?:'ve| have)? (?:broke|broken|told|made up|cancell?ed|missed|forgot|forgotten|skipped|threw away|blew|kept from me|hid|bailed on)`,
  String.raw`{WB}(?:i was|i got|i'?ve been|i have been|i felt|i'?d been|i had been)\s+(?:(?:always|constantly|just|basically|completely|totally|repeatedly)\s+)?(?:treated|handled|spoken to|talked to|talked down to|left behind|dropped|discarded|dumped|lied to|cheated on|ignored|used|ghosted|replaced|sidelined|pushed aside|brushed (?:off|aside)|made to feel|shut out|frozen out|belittled|mocked|humiliated|blamed|blanked|let down|strung along|taken for granted)(?![^.!?\n]{0,40}?(?:kind|kindly|well|respect|care|gently|love|warmth|decently|fairly|like (?:a|an|the) (?:queen|king|princess|prince|equal)))[^.!?\n]{0,40}? by (?:you|u)(?:{WE}|$)`,
  String.raw`{WB}(?:got|was|were|had been|kept getting|always got|would get) (?:(?:always|just|conveniently)\s+)?(?:cancell?ed|ruined|wrecked|broken|spoiled|spoilt|dropped|ignored|forgotten|pushed back|called off|binned|trashed|thrown away|shut down|dismissed|mocked|overruled|vetoed) by (?:you|u)(?:{WE}|$)`,
  String.raw`{WB}the (?:cheating|lying|lies|affair|betrayal|fault|blame|damage|drinking|shouting|walking out|leaving|silence|secrets?|gambling|debts?)(?: [a-z]+)? (?:was|were|is|are) (?:all |entirely |mostly |largely |wholly |)(?:yours|on (?:you|u))(?:,? not mine)?{WE}`,
  String.raw`{WB}(?<!{WB}(?:none|no part|not (?:one )?bit|no share|not any)\s{1,3}of\s{1,3}(?:the\s{1,3})?)(?:the )?(?:fault|blame|responsibility)(?:,? [^.!?\n,]{1,30},)? (?:lies|lay|rests|rested|sits|sat|falls|fell) (?:(?:largely|mostly|entirely|squarely|firmly|solely|mainly|wholly|all)\s+)?(?:with|on|at the feet of) (?:you|u)(?:{WE}|$)`,
  String.raw`{WB}(?:your|ur) [a-z']+(?: [a-z']+){0,2} (?:always |clearly |obviously |just )?(?:mattered|meant|counted) (?:(?:so|far|much|way|a lot) )?more(?: to (?:you|u))? than (?:me|mine|i did|us|we did|my [a-z]+|our [a-z]+|the kids){WE}`,
  String.raw`${YOU_MAIN}\s+(?:always |clearly |obviously )?(?:cared|worried|thought) (?:(?:so|far|much|way|a lot) )?more about [^.!?\n]{1,40}? than (?:(?:about )?(?:me|us|my [a-z]+|our [a-z]+|the kids|the children|your (?:kids|children|family)))(?![^.!?\n]{0,20}? (?:and|but) (?:that'?s|i (?:understood|understand|get it)))`,
  // The reader's conduct named without "ruined".
  String.raw`${YOU_MAIN}\s+(?:(?:just|really|basically|simply|always)\s+)?made (?:it|things|everything|life) (?:(?:so|very|really|pretty|bloody|damn|incredibly|almost|nearly|near)\s+)?(?:impossible|hard|difficult|unbearable|miserable|hell) (?:for me )?to (?:stay(?! (?:angry|mad|cross|upset|sad|away|annoyed|serious|focused|grumpy|awake))|talk|love (?:you|u)|trust|live|reach (?:you|u)|believe|forgive|be (?:around|near|with|honest|myself|close)|open up|ask|want|keep|hope|feel (?:safe|loved|wanted|at home))`,
  String.raw`${YOU_MAIN}\s+(?:always )?made (?:sure|certain) (?:that )?i (?:never|didn'?t|did not|couldn'?t|could never) (?:felt|feel|had|have|got|get) (?:at home|welcome|safe|wanted|loved|good enough|comfortable|included|a say|my say|a chance|a word in|any (?:say|peace|privacy|space))|${YOU_MAIN}\s+(?:always )?made (?:sure|certain) (?:that )?i (?:knew|felt|remembered) (?:my place|small|stupid|guilty|worthless|like (?:a|an|the) [a-z]+)`,
  String.raw`${YOU_MAIN_ADV}(?:had|left|got|kept) me (?:constantly |always |)(?:doubting|questioning|second-guessing|apologi[sz]ing for|thinking i was (?:crazy|mad|going mad|losing it|the problem|imagining))|${YOU_MAIN_ADV}made me (?:doubt|question) (?:my own|myself|my sanity|my memory|what i saw|everything i)`,
  String.raw`${YOU_MAIN_ADV}(?:kept|held) me (?:at arm'?s(?:-| )length|in the dark|on a string|on the hook|dangling|hanging on|at a distance|as (?:a|your|ur) (?:backup|plan b|option|fallback))`,
  String.raw`${YOU_MAIN_ADV}treated (?:me|my [a-z]+|us|our [a-z]+) (?:like|as if|as though) (?:i|it|they|we) (?:didn'?t|did not|didnt|wasn'?t|weren'?t|was not|were not|never) (?:count|matter|exist|mean|belong|deserve)|${YOU_MAIN_ADV}treated me (?:like|as) (?:a|an|your|ur|some) (?:doormat|punchbag|punching bag|cash machine|cashpoint|atm|cleaner|housekeeper|employee|nanny|skivvy|mug|nobody|inconvenience|burden|joke|possession|trophy|placeholder|stopgap|convenience|piece of furniture)`,
  String.raw`${YOU_MAIN_ADV}(?:disappeared|vanished|bailed|went (?:awol|missing|quiet|silent|dark)|ran off|checked out|pulled away)(?: on (?:me|us))?[^.!?\n]{0,20}? (?:when|just when|right when|exactly when|the (?:moment|minute|second)) i (?:needed (?:you|u|help|someone|support)|was (?:at my lowest|struggling|in hospital|ill|sick|grieving|pregnant|drowning|falling apart))|${YOU_MAIN}\s+(?:were|was) nowhere to be (?:found|seen)`,
  String.raw`${YOU_MAIN_ADV}(?:threw|thrown|flung|chucked|tossed) (?:it|that|this|them|everything|all of (?:it|that)|my [a-z]+|all (?:my|of my) [a-z]+)(?: all)? back (?:in|into) my face`,
  String.raw`${YOU_MAIN}\s+(?:were|was|'ve been|have been|ve been)\s+(?:(?:rather|so|very|really|quite|pretty|incredibly|utterly|completely|a bit|a little|too|always|often)\s+)*(?:careless|reckless|cavalier|callous|flippant|thoughtless|sloppy) (?:with|about|towards) (?:my|me|our|us|the (?:kids|children|relationship|marriage))`,
  String.raw`${YOU_MAIN}\s+(?:(?:really|truly|frankly|honestly|simply)\s+)?(?:behaved|acted|conducted yourself|carried on)\s+(?:(?:so|very|really|quite|pretty|rather|absolutely|utterly|completely|truly)\s+)?(?:appallingly|badly|terribly|horribly|shamefully|disgracefully|awfully|abominably|atrociously|shockingly|poorly|cruelly|despicably|unforgivably|disgustingly|like (?:a|an) (?:child|pig|brat|monster|coward|jerk|animal|teenager|toddler|stranger))(?![^.!?\n]{0,40}?(?:so did i|as did i|so was i|we both|both of us|i did too|i was worse))`,
  String.raw`{WB}it was (?:you|u) (?:who|that) (?:(?:first|really|actually|finally)\s+)?(?:let (?:it|us|things|this|everything|the [a-z]+)(?: all)? (?:slide|slip|go|die|drift|fall apart|fall)|stopped (?:trying|talking|caring|calling|coming|making)|gave up|walked (?:out|away)|pulled away|checked out|wanted out|broke (?:it|things) off|ended (?:it|things|us)|went cold|shut (?:me|down|off)|froze me out|cheated|lied|strayed|left(?=\s*(?:[.!,;]|$| first| (?:me|us)(?:\s*[.!,;]|$| for| first)))|quit on)`,
  String.raw`${YOU_MAIN_ADV}told (?:your|ur|everyone|all|our|my|half|the)[^.!?\n]{0,30}? before (?:me|telling me|i knew|i even knew|i found out|you told me|u told me)(?=\s*(?:[.!,;:]|$))`,
  String.raw`{WB}(?:angry|furious|livid|mad|fuming|bitter|cross|anger|rage)[^.!?\n]{0,40}?(?:you|u) (?:(?:honestly|really|fully|totally)\s+)?(?:earned|deserved?|asked for|had it coming|brought (?:it|this|that) on (?:yourself|urself))`,
  String.raw`${YOU_MAIN}\s+never (?:once |really |even )?made me feel (?:like )?(?:i (?:mattered|counted|belonged|was (?:enough|wanted|loved|important|a priority|good enough|worth it))|(?:wanted|loved|valued|safe|important|special|heard|seen|good enough|enough|part of))`,
  String.raw`${YOU_MAIN}\s+(?:always |somehow always |just )?had (?:somewhere|someone|something|anywhere) (?:better|more important|else) to (?:be|do|see)`,
  String.raw`${YOU_MAIN_ADV}took the (?:easy|coward'?s|cowardly|lazy) (?:way|route) out`,
  String.raw`${YOU_MAIN}\s+(?:had |'d )?(?:wanted out|checked out|given up|gave up|made up (?:your|ur) mind|moved on|met (?:her|him|someone))[^.!?\n]{0,20}? (?:long |months |weeks |years |ages )?before (?:you|u) (?:ever |even |finally )?(?:said|told|admitted|let on|bothered)`,
  String.raw`${YOU_MAIN_ADV}lied (?:by omission|to everyone|about (?:it|everything|her|him|where|who|what|the|your|ur|us|money|the money))`,
  String.raw`${YOU_MAIN_ADV}hid behind (?:your|ur) (?:job|work|phone|mother|mum|mom|friends|mates|silence|excuses|depression|drinking|family|lawyer|solicitor|sister|brother|career|kids)`,
  String.raw`${YOU_MAIN}\s+(?:didn'?t|did not|didnt|never|couldn'?t|could not) (?:care|love me|want (?:it|this|us|me)|try) (?:enough|hard enough) (?:to|for)`,
  String.raw`${YOU_MAIN}\s+(?:weren'?t|wasn'?t|were not|was not|werent|wasnt|haven'?t been|have not been) (?:exactly|entirely|always|completely|totally|particularly|the most) (?:honest|truthful|faithful|supportive|kind|fair|present|there for me|open|upfront|straight|loyal)(?: with me| to me| about [a-z]+)?{WE}(?![^.!?\n]{0,40}?(?:neither (?:was|were) i|nor was i|neither was|i wasn'?t either|me neither|and i understand|i understand why|and that'?s (?:fine|ok|okay)|no one is|nobody is))`,
  String.raw`${YOU_MAIN}\s+(?:were|was|'ve been|have been)\s+(?:always |clearly |far |much |way )?more (?:married|committed|loyal|devoted|attached|faithful) (?:to|in) [^.!?\n]{1,30}? than (?:to |in )?(?:me|us|our [a-z]+|the kids|your (?:wife|husband|family|kids))`,
  String.raw`{WB}i (?:deserved|deserve) (?:(?:so much|much|far|a lot|way) )?better than (?:the way|how|what) (?:you|u){WE}`,
  String.raw`${YOU_MAIN_ADV}(?:took|take) (?:and took|everything|all)[^.!?\n]{0,30}? (?:and|but) (?:gave|give) (?:nothing|so little|next to nothing|little) back`,
  String.raw`${YOU_MAIN_ADV}(?:turned|went|grew) (?:cold|distant|icy|mean|nasty)(?: on me)? (?:overnight|all of a sudden|out of nowhere|without (?:warning|a word|explanation)|the (?:moment|minute|day|second))`,
  String.raw`${YOU_MAIN}\s[^.!?\n]{3,50}? (?:and|but) (?:(?:you|u) )?(?:didn'?t|did not|didnt|never) (?:even |once )?(?:ask|consult|tell|check with) me(?=\s*(?:[.!;]|$| first| once| about it| what i))`,
  String.raw`{WB}my (?:feelings|needs|wishes|opinions?|happiness|career|plans|side) (?:never|didn'?t|did not|don'?t|do not) (?:even |once )?(?:came|come|figured|factored|entered) into (?:it|(?:your|ur) (?:thinking|plans|decisions|calculations|head))`,
  String.raw`${YOU_MAIN_ADV}let (?:it|things|us|this|everything) get (?:this|that|so) (?:bad|far|out of hand|ugly)`,
  String.raw`{WB}(?:the way|how) (?:you|u) (?:ended|left|dumped|treated|handled|did|told|broke|went about)[^.!?\n]{0,40}? (?:was|is|were) (?:(?:so|really|just|pretty|quite|absolutely|incredibly|bloody)\s+)?(?:cold|brutal|cold-hearted|savage|ruthless|careless|thoughtless|unkind|mean|harsh|hurtful|shabby|sneaky|underhand|gutless|spineless){WE}`,
  String.raw`{WB}(?:your|ur) (?:[a-z]+ )?(?:mates|friends|family|mum|mom|mother|sister|brother|colleagues|boss|parents|pals|whole [a-z]+) (?:all )?(?:knew|heard|found out)(?: about (?:it|us|this|her|him))? (?:(?:weeks|months|days|long) )?before (?:me|i did){WE}(?![^.!?\n]{0,40}?(?:and that'?s (?:fine|ok|okay|fair|understandable|natural)|which (?:is|was) (?:fine|fair|understandable|natural)|i understand|of course|as (?:they|it) should))`,
  String.raw`{WB}(?:difficult|hard|impossible|unable|struggle|struggling|cannot|can'?t) (?:to )?(?:forgive|excuse|overlook|accept) (?:the (?:manner|way) in which|the way|how|what) (?:you|u) (?:ended|left|conducted|handled|treated|behaved|spoke to me|lied|deceived|dealt|walked)`,
  String.raw`{WB}(?:one|i|anyone) (?:would|might) (?:have|'ve) (?:expected|hoped for|thought (?:you|u) (?:would|could|might) (?:show|offer|manage)) (?:at least |a little |a modicum of |some |basic |common |the (?:courtesy|decency) of )(?:honesty|courtesy|decency|respect|consideration|warning|notice|explanation|a (?:call|phone call|conversation|word|reply|warning)|to be told|an? (?:explanation|apology|answer))`,
  String.raw`${YOU_MAIN}\s+(?:were|was)\s+(?:(?:a|always a|basically a|just a|total|completely)\s+)?(?:no[- ]show|mia|awol)(?: (?:at|for|when|on|every|half|most|all)|(?=\s*(?:[.!,;]|$)))(?![^.!?\n]{0,60}?(?:{WB}ha{WE}|haha|lol|joke|jokes|teas|never let (?:you|u) forget))`,
  String.raw`${YOU_MAIN_ADV}(?:flaked|blew (?:me|us|my [a-z]+) off|blow (?:me|us) off|dropped the ball (?:on|with) (?:me|us|this|the [a-z]+))`,
  String.raw`${YOU_MAIN}\s+(?:couldn'?t|could not|couldnt) (?:have|'ve|of) cared less(?=\s*(?:[.!,;]|$)| about (?:me|us|my|our|how i|what i|whether i))`,
  // Deflection of the writer's own fault.
  String.raw`{WB}(?:you|u) always do this(?=\s*[,;:—-]\s*(?:(?:you|u) )?(?:always )?make (?:it|everything))|{WB}(?:you|u) (?:always |just |have to )?make (?:it|everything|every [a-z]+) about (?:you|u|yourself|urself){WE}`,
  String.raw`{WB}because (?:you|u) (?:gave|had given|'d given|kept giving) me (?:a )?reasons? to(?=\s*(?:[.!,;]|$))`,
  String.raw`{WB}(?:i'?m|im|i am|i was|i wasn'?t|i wasnt|i'?m not|im not|i am not|i was not)\s+(?:(?:definitely|certainly|clearly|obviously|also|hardly|far from|by no means|not|exactly)\s+){0,2}the only one (?:(?:who|that) (?:was |is |has |had )?)?(?:at fault|to blame|in the wrong|responsible|guilty|(?:messed|screwed|fucked|cocked) (?:up|it up|things up)|made mistakes|got (?:it|things) wrong|did (?:anything |something )?wrong|failed|let (?:us|this|it|things) (?:down|go|slide)|gave up|stopped trying|lied|fell short|checked out|pulled away)(?=\s*(?:[.!,;]|$| here| in this| in all this| too))`,
  // Twenty-first round (the lead): the reader's failing to cope with what a grown-up would ("I'm sorry you couldn't
  // handle a real relationship", which apology's antipattern kept from praise but nothing flagged). Not a thing too
  // heavy or a time too hard ("couldn't handle the stairs", "couldn't handle the night shifts"), not "me at my worst".
  // A partner who had more than them is charged too ("You never could cope with a woman who earns more than you", the
  // twenty-first round's leftover).
  String.raw`{WB}(?:you|u) (?:just |simply |clearly |obviously )?(?:couldn'?t|could not|cant|can'?t|cannot|never could|could never|were never able to|weren'?t able to|were not able to) (?:handle|cope with|deal with) (?:a (?:real|grown[- ]up|proper|mature|serious|healthy|normal) (?:relationship|partner|woman|man|commitment)|an adult relationship|(?:real )?(?:commitment|intimacy|honesty|the truth|responsibility)|someone (?:who|like me)|(?:a|any) (?:woman|man|girl|guy|partner|wife|husband|girlfriend|boyfriend) (?:who|that) (?:earn(?:s|ed)?|made|makes|had|has|was|is|knew|knows) more|a strong (?:woman|man|partner)|my (?:success|independence|feelings|honesty)|being (?:loved|happy|an adult|a grown-?up))(?![\p{L}])(?! (?:back then|at the time|after (?:the|your|ur)|with (?:the|your|ur) (?:dad|mum|mom|job|illness|diagnosis)))`,
  // Twenty-first round (the lead's review): the writer's share made partial to pass the rest on ("i'm not saying it was
  // all my fault tho, u were flirting with that guy all night"), and the flirting charged, all night or in front of them.
  String.raw`{WB}(?:i'?m|im|i am) not saying (?:that )?(?:it was|it'?s|its|it is|everything was|the whole thing was) (?:all|entirely|completely|100%|totally|only) (?:my fault|on me|down to me|me)(?:{WE})(?!,? (?:and|but) (?:i'?m|im|i am) not (?:saying|blaming)(?: it was)? (?:yours|you|ur|your fault))`,
  String.raw`{WB}(?:you|u) (?:were|was) (?:(?:openly|basically|literally|practically|all but|constantly|always|just) )?(?:(?:flirting (?:with|at)|all over|chatting up|draped over|cosying up to|cozying up to|grinding on|snogging|making eyes at) (?:him|her|them|that (?:guy|girl|bloke|lad|woman|man|waiter|waitress)|(?!(?:me|us|with|at)(?![\p{L}]))[a-z]+)(?: (?!(?:me|us)(?![\p{L}]))[a-z]+){0,2}|flirting) (?:all night|all evening|the whole (?:night|evening|time|party)|in front of (?:me|everyone|everybody|all our friends|my (?:family|friends|mates))|right in front of me)(?:{WE})`,
  // Twenty-first round (the lead's review): years thrown away by the reader over one small thing ("I can't believe you'd
  // throw away six years over one stupid mistake"): their choice charged and the writer's fault made small.
  String.raw`{WB}(?:you'?d|you would|you could|u'?d|you|u)(?: (?:just|really|actually|honestly))? (?:throw|threw|thrown|throwing|chuck|chucked|toss|tossed|walk(?:ed)? away from|give up on|gave up on|given up on|bin|binned) (?:away )?(?:(?:six|five|four|three|two|ten|seven|eight|nine|twelve|fifteen|twenty|\d+|all (?:those|these|our|the)|so many) (?:whole )?(?:years|months)(?: together)?|everything(?: we (?:had|built))?|it all|us|what we (?:had|built)|our (?:marriage|relationship|family|life|future))(?: away)? (?:over|for|because of) (?:one|a|a single|just one|one little|a little|a silly|a stupid|one stupid|one silly|some|one tiny|a tiny)(?: [a-z]+)? (?:mistake|slip|night|argument|fight|row|text|kiss|error|lapse|thing|drink|comment)(?![\p{L}])`,
  // Twenty-first round (solution21's note): the charge handed down as an insight therapy gave ("Therapy has helped me see
  // how controlling you were"; not "…how much you were hurting", not "…how controlling I was"), and the writer's fault
  // laid at the reader's door ("Yes, I drank, but you'd have driven anyone to it").
  String.raw`{WB}(?:therapy|counsell?ing|rehab|my (?:therapist|counsell?or|psychologist|psychiatrist|coach|sponsor|group)|(?:the|my) (?:course|programme|program|group|book)) (?:has |have )?(?:really )?(?:helped|made|taught|shown|let) me (?:to )?(?:see|realise|realize|understand|recognise|recognize|notice|name)(?: now)? (?:(?:how|just how) (?:(?:very|really) )?(?:${UNKIND}) (?:you|u) (?:were|was|are|had been|could be|always were|really were)|(?:(?:how|that|just how) )?(?:(?:much|badly|often) )?(?:you|u) (?:(?:were|was|are|had been|'d been|always were)(?: so| really| very| always| just)? (?:${UNKIND}|the problem|gaslighting me|using me|lying(?: to me)?)|(?:controlled|manipulated|used|gaslit|gaslighted|belittled|bullied|isolated|lied to|mistreated|neglected) me))(?![\p{L}])`,
  String.raw`{WB}(?:you|u)(?:'d| would)(?: have|'ve| of)? (?:driven|drive) (?:anyone|anybody|a saint|any(?:one|body) else|anyone sane|the pope) to (?:it|drink|that|the bottle|distraction|despair)(?![\p{L}])`,
  // Twenty-first round (space21's after batch, spent): the harm held up as beyond change ("You can take all the time
  // you want, it won't change what you did"), and acceptance told as one more thing endured ("I accept it, like I
  // accepted everything else you threw at me"). Not "…what I did".
  String.raw`{WB}(?:it|that|this|nothing|no (?:letter|apology|amount of time))(?: still)? (?:won'?t|doesn'?t|does not|will not|can'?t|cannot|will never|never will|is never going to|isn'?t going to) change (?:what|the fact that|how) (?:you|u) (?:did|treated|lied|cheated|left|walked|have done|'ve done|made me)(?![\p{L}])`,
  String.raw`{WB}(?:everything|all the rest|the rest|all the other (?:stuff|things|crap)) (?:else )?(?:that )?(?:you|u) (?:threw at me|put me through|did to me|dumped on me|dished out)(?![\p{L}])`,
]

/**
 * Accusations asked, not asked: "Did you ever once ask how my day was?", "When was the last time you actually listened?",
 * "Who walked out, me or you?", "Where were you when my dad was in hospital?", "Why couldn't you just be honest?", "Would
 * it have killed you to say goodbye?", "Was she worth it?", "Since when is it okay to read someone's diary?". Not "Did you
 * ever get the parcel?", "When was the last time you went back to Cork?", "Was the move worth it?"; "Do you even care
 * that…" is left to guilt, as the guide labels it.
 */
const UNSAID_ASKED = [
  String.raw`{WB}did (?:you|u) (?:ever once|even once|once|ever even|ever bother to|even bother to|once bother to|ever stop to|ever once stop to) (?:ask|think|consider|listen|wonder|stop|call|check|say|offer|notice|try|help|apologi[sz]e|thank|care|put|make|come|show)`,
  String.raw`{WB}when was the last time (?:you|u) (?:(?:actually|even|really|ever|properly|genuinely|bothered to)\s+)?(?:listened|asked (?:me|how i|about me|about my|what i)|said (?:sorry|thank you|thanks|i love you|something (?:kind|nice)|anything (?:kind|nice))|called me|rang me|helped (?:me|with|around)|thanked me|apologi[sz]ed|noticed (?:me|my|anything)|made (?:time|an effort|any effort)|put me first|took me (?:out|anywhere|seriously)|tried(?=\s*[?.!]| to (?:talk|listen|understand|help|fix|make)| with me| for (?:us|me))|did (?:anything|something) (?:for|with) me|looked at me)`,
  String.raw`{WB}(?:who|which (?:one )?of us) (?:(?:was it that|was the one (?:who|that)|actually|really|first)\s+)?(?:walked (?:out|away)|left|cheated|lied|gave up|stopped (?:trying|calling|caring|talking|making)|ended (?:it|things)|quit|broke (?:it|things|up)|started (?:it|this|the [a-z]+)|checked out|moved out|pulled away|went cold|went quiet|bailed|ran)[^.!?\n]{0,30}?,? (?:me or (?:you|u)|(?:you|u) or me)(?=\s*\?)`,
  String.raw`{WB}where were (?:you|u)(?: exactly| then| in all (?:that|this)| through (?:all )?(?:that|this|it))?,? when (?:i (?:needed|was|lost|had|went|got|broke|fell)|my [a-z]+ (?:was|were|died|got|had|passed|went|needed|fell)|our (?:son|daughter|baby|kids|children)|the (?:kids|baby) )|(?:;|—|-|,)\s*(?:so |and |but )?where were (?:you|u)(?: then| exactly)?(?=\s*\?)`,
  String.raw`(?<=(?:^|[.!?\n,;])\s{0,3}(?:(?:and|so|but|oh|just)\s+)?)remember who (?:wanted|asked for|suggested|pushed for|insisted on|started|begged for|walked|left|ended|cheated|lied|gave up|stopped)`,
  String.raw`{WB}why (?:couldn'?t|could not|couldnt|didn'?t|did not|didnt|wouldn'?t|would not|wouldnt) (?:you|u) (?:(?:just|ever|once|even) (?:be honest|tell me|talk to me|say|listen|stay|try|call|text|answer|pick up|come|show up|ask)|(?:just |ever |once |even )?(?:be (?:honest|straight|truthful|there)|stand up for|fight for|listen|respect|trust|care|admit|apologi[sz]e|back me))`,
  String.raw`{WB}why (?:did|do|would) (?:you|u) (?:never|always) (?:stand up for|fight for|listen|respect|trust|care|admit|apologi[sz]e|back me|tell|call|ask|help|take (?:her|his|their|your) side|put|choose|pick|blame|lie|ignore|shut)`,
  String.raw`{WB}was i (?:ever|even|once) (?:a priority|important|enough|part of (?:your|ur|the) (?:plans?|life|future)|on (?:your|ur) (?:list|radar|mind)|(?:your|ur) priority)`,
  String.raw`{WB}how (?:hard|difficult) (?:would|could) it (?:have|'ve) been (?:for (?:you|u) )?to|{WB}would it (?:have|'ve) killed (?:you|u) to`,
  String.raw`{WB}did it (?:ever|even|once|never) (?:occur to (?:you|u)|cross (?:your|ur) mind) (?:to (?:ask|tell|call|check|think|consider|apologi[sz]e|warn|consult|include)|that (?:i|my|we|this|it might)|how (?:i|my|much|this|it))|{WB}did it (?:ever|even|never) dawn on (?:you|u)`,
  String.raw`{WB}what (?:ever )?happened to the (?:man|woman|person|guy|girl|boy|husband|wife|partner) (?:who|that) (?:promised|swore|vowed)`,
  String.raw`{WB}was (?:she|he|the affair|the cheating|the lying|all the lying|all (?:the|those) lies) (?:really |even )?worth it`,
  String.raw`{WB}since when (?:is|was|has) it (?:been )?(?:okay|ok|acceptable|alright|all right|normal|fine) to`,
  String.raw`{WB}who (?:just )?(?:leaves|walks out|disappears|ends (?:things|it)|breaks up)(?: with (?:someone|somebody|a person))? (?:like that|by text|over text|by email|by note|without (?:a word|warning|saying|an explanation|a goodbye|a note))`,
  String.raw`{WB}do (?:you|u) even (?:listen(?: to me)?(?=\s*\?)|remember (?:my (?:birthday|name|number)|our anniversary|what (?:you|u) (?:said|promised|did|swore)|how (?:you|u) (?:treated|spoke|left|ended)))`,
  String.raw`{WB}was (?:it|that) (?:really )?(?:so|that|too|such an?) (?:hard|difficult|big (?:a )?(?:deal|ask)|much(?: to ask)?|impossible)(?: for (?:you|u))? to`,
]

/**
 * Deflection and fault-shifting, asked or stated (a tag question does not take it back): "what was I supposed to do when you
 * never came home?", "what did u expect me to do when u stopped replying", "Nothing was ever your fault, was it?",
 * "You always found a way to make it my fault".
 */
const UNSAID_DEFLECTED = [
  String.raw`{WB}what (?:else )?(?:was|am) i (?:supposed|meant|expected|going) to (?:do|think|feel|say)|{WB}what (?:else )?(?:could|should) i (?:have )?(?:done|do)|{WB}what (?:did|do) (?:you|u) expect (?:me to (?:do|say|feel|think))?`,
]
  .map(
    (s) =>
      `(?:${s})[^.!?\n]{0,10}?,? (?:when|after|while|if|once|with) (?:you|u)(?:'d| had)? (?:never|kept|always|wouldn'?t|wouldnt|didn'?t|didnt|stopped|refused|ignored|shut|stonewalled|were (?:never|always|out|gone|drunk|away)|was (?:never|always|out|gone|drunk)|had already|went (?:quiet|silent|cold|awol)|disappeared|left|cheated|lied)`,
  )
  .concat([
    String.raw`${YOU_MAIN}\s+(?:always |somehow always |)(?:found|find) (?:a way|ways|some way) to (?:make|turn) (?:it|everything|things|every [a-z]+)(?: into)? (?:my fault|about (?:you|u|yourself)|on me|my problem)`,
    String.raw`{WB}nothing (?:is|was|'s) ever (?:your|ur) fault{WE}(?![^.!?\n]{0,30}?(?:i know|i see|i realise|i realize|it was (?:all )?mine|it was me))`,
    String.raw`{WB}(?:with (?:you|u),? )(?:it'?s|it is|it was|its) always (?:someone|somebody|everyone|everybody) else'?s fault|{WB}(?:it'?s|it is|it was|its) always (?:someone|somebody|everyone|everybody) else'?s fault with (?:you|u){WE}`,
  ])

export default defineRule({
  id: 'blame',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Blame',
  summary: 'Accusations and "you" statements of fault.',
  message:
    'This reads as an accusation: they will feel judged and defend themselves instead of listening. Say what it did to you, in the first person ("I felt…when…"), and leave the verdict out.',
  patterns: [
    {
      id: 'their-verdict',
      // Lead review (fourteenth): the accusation put in someone else's mouth, "Even your sister thinks you
      // overreacted", "ur own mum said u were out of order". Not what they say of the reader kindly ("Your sister
      // thinks you're doing really well") nor a verdict for the reader ("my friends think you were right to leave").
      re: String.raw`{WB}(?:(?:even|and)\s+)?(?:your|ur|my|all (?:my|our|your)|our|everyone|everybody|the whole (?:family|street|office))\s+(?:own\s+)?(?:sister|brother|mum|mom|mam|dad|mother|father|parents|family|friends|mates|best friend|cousin|nan|gran|therapist|counsell?or|lawyer|boss)?\s*(?:all\s+)?(?:thinks?|says?|said|agrees?|agreed|told me|reckons?|reckoned|knows?)\s+(?:that\s+)?(?:you|u)\s+(?:overreacted|over-reacted|were (?:wrong|out of order|in the wrong|being (?:unfair|unreasonable|ridiculous|cruel|selfish|childish|dramatic)|unfair|unreasonable|too harsh|harsh|cruel|selfish|childish)|went (?:too far|over the top|overboard)|handled (?:it|this|that|things) (?:badly|terribly|horribly)|treated me (?:badly|terribly|like dirt|like rubbish|awfully|horribly)|should (?:have|'ve) (?:known|listened|stayed|told me|apologi[sz]ed|answered))(?![\p{L}])`,
    },
    {
      id: 'you-ruined',
      // "You ruined everything we built", "you lied to me", "You threw it all away", "you chose him over me".
      re: sp(
        String.raw`${YOU_MAIN_ADV}(?:ruined|destroyed|wrecked|killed|sabotaged|gave up on|given up on|walked away from|broke|broken|thrown away|torn apart|messed up|screwed up|fucked up|blew up|tore apart|ripped apart|poisoned|threw away|betrayed|abandoned|spoilt|spoiled|trashed)\s+(?:everything|it all|us|what we (?:had|built|were|shared)|our (?:relationship|love|future|life|lives|family|home|trust|chance|marriage|plans|dreams)|my (?:life|trust|self-esteem|confidence|future|family|world)|this relationship|the (?:relationship|best thing|only good thing|trust)|the (?:one|only|single|last) (?:good|decent|happy|real|beautiful|precious|best|bright) (?:thing|part)|any chance|a good thing|all (?:of )?(?:it|that)){WE}|${YOU_MAIN_ADV}(?:betrayed|abandoned|used|manipulated|played|humiliated|disrespected|gaslit|gaslighted|lied to|cheated on|deceived|replaced|discarded|ghosted|dumped) me{WE}(?! at (?:scrabble|chess|cards|monopoly|pool|darts|tennis|squash|poker|mario kart|fifa|every game)| in(?:to)? the (?:pond|pool|lake|sea|river|snow))|${YOU_MAIN_ADV}lied to my face{WE}|${YOU_MAIN_ADV}(?:made|'ve made|have made) me look like (?:a|an) (?:complete |total |absolute |right )?(?:mug|fool|idiot|clown|joke|mess){WE}|${YOU_MAIN_ADV}(?:were|'ve been|have been) (?:lying(?! (?:on|in|down|there|around|awake|next|beside|under|by){WE})|cheating|seeing (?:him|her|someone)(?! when we (?:met|first met)))(?: to me| on me| behind my back)?{WE}|${YOU_MAIN_ADV}(?:lied|cheated)(?: (?:again|for months|for years|behind my back|constantly|repeatedly))?(?=\s*(?:[.!,;\n]|$|and{WE})){WE}|${YOU_MAIN_ADV}threw (?:it|us|everything|it all|what we had)(?: all)? away{WE}|${YOU_MAIN_ADV}chose (?:(?:your )?(?:work|job|career|friends|family|phone|ego|pride)|him|her|them|everything|everyone|someone)(?: else)? over (?:me|us){WE}|${YOU_MAIN_ADV}left me for (?:him|her|someone|another){WE}|${YOU_MAIN_ADV}made me feel (?:(?:so|really|very)\s+)?(?:small|stupid|worthless|invisible|unloved|unwanted|crazy|insane|ugly|useless|like (?:nothing|an idiot|shit|garbage|dirt|a fool|i was (?:nothing|crazy|worthless|stupid)|a burden)){WE}|${YOU_MAIN}\s+(?:(?:completely|just|always|totally|constantly)\s+)?(?:ignored|neglected|dismissed|belittled|mocked|criticised|criticized|controlled|smothered|suffocated|blamed|insulted) me{WE}|${YOU_MAIN}\s+(?:gave up|quit) (?:too easily|so easily|without (?:a fight|trying|even trying)){WE}|${YOU_MAIN}\s+made it (?:(?:so|very|really|bloody|incredibly|extremely|pretty|quite|damn|almost)\s+)?(?:impossible|hard|difficult)(?: for (?:me|us))?(?=\s*(?:[.!;…]|$))|${YOU_MAIN}\s+made it (?:impossible|so hard|hard|difficult) (?:for me )?to{WE}(?! (?:leave the|say no|stay (?:angry|mad|cross)|be (?:angry|mad|cross)|not (?:love|laugh|smile)){WE})|${YOU_MAIN}\s+(?:always )?put (?:your (?:work|job|career|friends|phone|needs|ego)|yourself|work|everything else|him|her|them) first{WE}|${YOU_MAIN}\s+broke (?:your|every|all your) promises?{WE}|${YOU_MAIN}\s+cost (?:us|me) (?:everything|our|my|the){WE}|${YOU_MAIN}\s+know (?:exactly )?what (?:you|u) did{WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'your-fault',
      // "It's all your fault", "I blame you", "You're the reason we broke up", "You're the one who left".
      re: sp(
        String.raw`{WB}(?:(?:it'?s|it is|its|it was|this is|this was|that'?s|that is|that was|everything is|everything was|all of this is|this is all|it'?s all|it was all){NOT_NEGATED_WORD}\s+(?:(?:all|entirely|completely|totally|100%|only|just)\s+)?(?:your|ur) (?:fault|doing)|(?:{YOURE}|you were|u were)\s+(?:(?:the one|the only one|the person)\s+)?to blame|{WB}i{NOT_NEGATED_WORD} (?:(?:still|really|totally|honestly|completely|fully)\s+)?blame (?:{YOU})(?! for nothing)|(?:{YOURE}|you were|u were)\s+(?:the (?:only |sole |real |main |whole )?(?:reason|cause|one|person)) (?:why |that |who )?(?:we|it|this|things|our relationship|everything|we'?re|it'?s|it is|it'?s all)?\s*(?:broke up|ended|fell apart|failed|is over|are over|'?re over|didn'?t work|fell through|split|broke|ruined|destroyed|gave up|cheated|lied|walked away|messed up|screwed up|left|quit|ran|over)){WE}|{WB}it was (?:you|u) (?:who|that) (?:left|ended|cheated|lied|walked|gave up|broke|ruined|destroyed|chose|quit){WE}|{WB}(?:{YOURE}) the one (?:who|that) should (?:apologi[sz]e|be sorry|say sorry){WE}|{WB}(?:{YOU}) should (?:be )?apologi[sz](?:e|ing) to me{WE}|{WB}because of (?:{YOU}),? (?:we|our|everything|it|this) (?:ended|fell apart|lost|failed|broke|is over|are over|didn'?t work){WE}|{WB}(?:stop |don'?t |quit )?(?:act|acting|play|playing) (?:like )?(?:you'?re |you are )?(?:the victim|innocent|a saint){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOURE}|you were|u were) (?:entirely |wholly |solely |fully |completely |totally )?responsible for (?:this|what|the|our|everything|ending|destroying|ruining|the end){WE}|{WB}(?:the )?fault (?:is|was|lies|lay) (?:entirely |all |wholly |solely )?(?:yours|with (?:you|u)){WE}|{WB}(?:it is|it'?s) (?:you|u) (?:who|that) (?:left|ended|cheated|lied|walked|gave up|broke|ruined|destroyed|chose|quit){WE}|{WB}(?:{YOU}) (?:have|'ve) only yourself to blame{WE}|{WB}i (?:hold|held) (?:{YOU}) (?:responsible|accountable){WE}|{WB}how dare (?:{YOU}){WE}|${LAID_AT_YOUR_DOOR}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'deflection',
      // The writer's fault put on the reader, or an accusation dressed as thanks: "I only cheated because you were
      // never home", "I'm sorry, but you pushed me to it", "I was wrong, but you were worse", "Thanks for nothing".
      re: sp(
        String.raw`{WB}i(?:'ve)? (?:only|just) (?:ever )?(?:did (?:it|that)|cheated|said (?:it|that|those things)|left|lied|shouted|yelled|snapped|drank|strayed|looked elsewhere) (?:because|cos|coz|cuz|cause|'cause|bc) (?:{YOU}){WE}|{WB}but (?:{YOU}) (?:know )?(?:(?:you|u) )?(?:pushed|drove|made|forced|provoked|started) (?:me|it){WE}|{WB}but (?:{YOU})(?:'re| are| were| was) (?:worse|just as bad|no better|no angel|not innocent|not perfect either){WE}|{WB}(?:{YOU}) (?:have|'ve got|need) to admit (?:that )?(?:you|u) (?:were|was) (?:wrong|to blame|part of){WE}|{WB}(?:{YOU}) (?:were|was) (?:wrong|to blame) too{WE}|{WB}(?:{YOU}) (?:have|'ve got|need) to admit (?:that )?(?:you|u) (?:were|was){WE}|{WB}it takes two{WE}|{WB}there were two of us{WE}|{WB}(?:{YOU}) (?:weren'?t|were not|wasn'?t) (?:exactly |much |always )?(?:perfect|innocent|around|there|easy)(?: much)? either{WE}|{WB}(?:{YOU}) did this(?:,)? not me{WE}|{WB}(?:{YOU}) can'?t just (?:disappear|vanish|walk away|ghost|leave) on (?:someone|me|people){WE}|{WB}(?:{YOURE}|you were) (?:just )?as (?:much )?to blame{WE}|{WB}if (?:{YOU}) (?:hadn'?t|had not|had never|'d never|had just|had only|'d just|'d only)[^.!?\n]{0,60}?(?:none of this|we'?d (?:still|never|be)|we would (?:still|never|be)|this (?:wouldn'?t|would never)|things would){WE}|{WB}thanks?(?: you)?(?: (?:so much|a lot|a bunch|very much))? for (?:nothing(?! (?:less|short|but|more))|ruining|breaking|destroying|lying|cheating|wasting|humiliating|ignoring|ghosting|blocking|abandoning|leaving me${NOT_ALONE_AS_ASKED}|telling (?:everyone|all|our|my|your)|making me feel){WE}|{WB}(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|job|work|phone|career)(?: \w+)? (?:is|was) (?:what|the (?:reason|cause|problem)){WE}|{WB}(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|selfishness|affair|pride|ego|anger) (?:destroyed|ruined|killed|broke|ended|poisoned){WE}|{WB}i(?:'ve)? (?:only|just) (?:ever )?(?:raised my voice|lost my temper|lost it|got angry|kissed (?:him|her)|texted (?:him|her)|went out|stayed out|went to (?:him|her)|slept with (?:him|her|someone)|turned to (?:him|her|someone)|hit back|said what i said) (?:because|cos|coz|cuz|cause|'cause|bc) (?:{YOU}){WE}|{WB}(?:{YOU}) (?:weren'?t|were not|wasn'?t|was not|aren'?t|are not|'re not|were hardly|are hardly) exactly [^.!?\n]{1,40}? either{WE}|(?:{YOURE}|you were|u were) (?:no|hardly an?|not exactly an?) (?:angel|saint|picnic|walk in the park|bed of roses|prize|catch)(?: yourself| either)?{WE}(?![^.!?\n]{0,30}(?:neither|nor) (?:was|am|were) i)`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'provoked',
      // Eighth round: the writer's act pleaded as provoked, often as a question: "who could blame me, married to you?",
      // "I only read them because you gave me good reason", "what did you expect, after all those nights out?".
      re: sp(PROVOKED),
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-never',
      // "You never listened", "You didn't even say goodbye", "You should have told me", "you only care about yourself".
      // Each list ends at a word edge ({WE}), the inflections meant written out ("call|called", "wrote", "text(?:ed)?"):
      // a bare word matched any word it begins ("call" read "called me names", "you" read "your students", "out" read
      // "outgoing"); "drove me to it / that / this" only where the clause ends ("to that little café" is a memory).
      re: sp(
        String.raw`${YOU_MAIN}\s+(?:never|not once|never once|never really)\s+(?:even\s+)?(?:listened|cared|tried|made (?:time|an effort|any effort|me (?:a priority|feel (?:loved|wanted|safe|important|special|heard)))|supported me|appreciated|thanked me|put me first|understood me|apologi[sz]ed|said (?:sorry|thank you|you were sorry)|asked (?:me|how)${NOT_ASKED_TO_GIVE_UP}|had time|showed up|fought for|respected|valued|noticed|took (?:responsibility|me seriously)|admitted|were there|was there|loved me(?!\s+(?:any\s+)?less(?![\p{L}]))|gave (?:me|us) (?:a|any) (?:(?:fair|real|proper|decent|genuine|single|second)\s+)?chance|let me (?:speak|explain|talk|finish|in)|listen|care|try|support me|appreciate|respect|take responsibility|admit|once (?:asked${NOT_ASKED_TO_GIVE_UP}|said|tried|listened|apologi[sz]ed)|called(?! me names)|helped|call|write|wrote|text(?:ed)?|ask(?:ed|ing|s)?(?!\w)${NOT_ASKED_TO_GIVE_UP}|help|make time|show up|answer(?:ed)?|thought (?:of|about) (?:me|us|my feelings|how i)){WE}|${YOU_MAIN}\s+(?:always)\s+(?:had to (?:be right|win|have the last word|be in control)|made (?:it|everything) about (?:you|yourself)|ignored me|criticized|criticised|blamed me|complained|nagged|yelled|shouted|ran away|shut me out|pushed me away|took me for granted|found (?:an excuse|a way out|excuses|fault)|turned (?:it|everything) around|played the victim|made excuses(?! for (?:me|us){WE})|thought (?:only )?(?:of|about) yourself|put (?:your (?:work|job|career|phone|friends|ego|needs|pride)|yourself|work|him|her|them|everything(?: else)?|everyone(?: else)?) (?:before|ahead of|above) (?:me|us)){WE}|${YOU_MAIN}\s+(?:were|was) always (?:on (?:your|ur|you'?re) (?:phone|laptop)|at work|out|busy|too busy|working|late|somewhere else|distracted|on your laptop){WE}|${YOU_MAIN}\s+kept (?:secrets|lying|hiding|me in the dark|things from me){WE}|${YOU_MAIN}\s+(?:treated|made) me (?:like|feel like) (?:an? )?(?:option|afterthought|nothing|dirt|garbage|shit|child|idiot|fool|stranger|servant|maid|backup|second choice){WE}|${YOU_MAIN}\s+let (?:your|ur) (?:mother|mum|mom|mam|mammy|ma|mother-in-law|dad|father|parents|family|sisters?|brothers?|friends|mates|boss|job|work|ex|ego|pride|phone|drinking|temper|jealousy|insecurities) (?:decide|come between|ruin|control|run|get between|rule|dictate|interfere|poison|take over){WE}|${YOU_MAIN}\s+(?:pushed|drove) me (?:to (?:(?:it|that|this)(?=\s*(?:[.!?,;:]|$|and |but |in the end|eventually|again))|the edge|breaking point|do it|say it)|away|over the edge){WE}|${YOU_MAIN}\s+(?:didn'?t|didnt|did not|couldn'?t|couldnt|could not|wouldn'?t|wouldnt|would not|never) even (?!(?:have to|afford|walk|stand|breathe|sleep|eat|get out of bed|lift){WE})[a-z]|${YOU_MAIN}\s+(?:only (?:ever )?|just |always )(?:cared|care|thought|think|think of|worried|worry) (?:about |of )?(?:yourself|you|your (?:own|self)){WE}|${YOU_MAIN}\s+(?:should(?:n'?t)?(?: not)?|could(?: at least)?|shouldve|should'?ve|couldve|could'?ve)(?: have| of)?\s+(?:(?:at least|just|simply)\s+)?(?:told|called|tried|listened|said|warned|fought|stayed|asked|talked|answered|respected|trusted|believed|been (?:honest|there|more)|come to me|given (?:me|us)|left|lied|cheated|done (?:better|more|something)){WE}|${INVERTED_NEVER}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-are-selfish',
      // "You're so selfish", "you were a coward", "ur toxic".
      re: sp(
        String.raw`(?:${YOU_MAIN}(?:'re|'r| are| r| were)|{WB}ur(?=\s+(?:so|such|just|really|always|being|nothing but|a|an|the most)\s))\s+(?:(?:so|such|just|really|always|too|nothing but|being|completely|totally|incredibly|extremely|truly|honestly|the most|a|an)\s+)*(?:selfish|cold-hearted|heartless|cruel|a liar|liar|a cheat(?:er)?|cheater|a coward|coward|cowardly|toxic|manipulative|a narcissist|narcissist|narcissistic|immature|childish|spoiled|ungrateful|two-faced|a hypocrite|hypocrite|hypocritical|abusive|controlling|emotionally unavailable|impossible to (?:talk|live|deal|please|love)|inconsiderate|disrespectful|dishonest|useless|pathetic|monster|bitch|jerk|dick|asshole|psycho|snake|fake|a fraud|fraud){WE}|${YOU_MAIN}\s[^.!?\n]{0,40}?(?<!{WB}(?:laughed|laughing|laugh|laughs|giggled|giggling|grinned|grinning|smiled|smiling|beamed|beaming|danced|dancing|played|playing|slept|sleeping|squealed|squealing|skipped|skipping|jumped|jumping|splashed|splashing|ran|running|lit up)\s)like (?:a|the) (?:coward|child|liar|monster|snake|jerk|spoiled brat|thief){WE}|${YOU_MAIN}(?:'re|'r| are| r| were)\s+(?:such |a right |an absolute |a complete |a total |a bloody |a )(?:git|prat|muppet|wanker|tosser|idiot|moron|fool|arse|bastard|cow|jerk){WE}|(?<!{WB}(?:think|thought|feel|felt|worry|worried|worrying|afraid|scared|believe|believed)\s{1,3}(?:that\s{1,3})?)(?:${YOU_MAIN}(?:'re|'r| are| r)|{WB}ur)\s+(?:(?:just|so|totally|completely|really|massively|way|clearly|obviously|honestly)\s+)*(?:over-?reacting|being (?:(?:so|really|a bit|very|totally|completely|ridiculously|incredibly)\s+)?(?:dramatic|ridiculous|unreasonable|paranoid|hysterical|petty|silly|unfair)|not being (?:fair|reasonable|rational))(?!\s+(?:to|on|with)\s+(?:yourself|urself)){WE}|${CHARACTER}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'how-could-you',
      // "How could you lie to me?", "How could you just leave?" (an accusation, even as a question).
      re: sp(
        String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:but|and|so|honestly|seriously|i mean)[,]?\s+)?)how (?:could|can|dare) (?:you|u)(?:, ?[a-z]+| (?:really|honestly|seriously|though))?(?=\s*(?:[?!.…]|$))|{WB}how (?:could|can|dare) (?:{YOU})\s+(?:(?:just|ever|even|possibly)\s+)?(?:lie|lied|cheat|cheated|betray|leave|walk away|throw|do that|say that|treat me|abandon|ghost|choose him|choose her|replace){WE}|{WB}(?:amazing|funny|interesting|impressive|incredible|quite something) how (?:fast|quickly|soon|easily) (?:you|u) (?:found|moved on|replaced|forgot|got over){WE}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'rhetorical',
      // An accusation asked as a question: "Who was it that stopped coming home, remind me?", "Whose idea was it to
      // invite your ex?", "What kind of person reads their partner's diary?", "Did you even try?".
      re: sp(
        // Thirteenth round: "Is that how a man protects his wife?", "Is this how a decent person ends six years?".
        String.raw`{WB}is (?:that|this) how (?:a|an|any) (?:decent |real |good |grown |proper |loving )?(?:man|husband|woman|wife|partner|father|mother|person|adult|friend|human being|gentleman|boyfriend|girlfriend) (?:treats?|protects?|loves?|respects?|behaves?|acts?|speaks? to|talks? to|leaves?|ends?|supports?|defends?|stands? by){WE}|(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:honestly|seriously|really|i mean|and|so|but|tell me|be honest|remind me|oh)[,]?\s+){0,2})(?:who (?:even |actually |in their right mind )?(?:moves in|moves out|leaves (?:a|their|his|her|someone)|ends (?:a|an|their|things)|breaks up (?:with|over|by)|dumps|walks out|cheats|does that|ghosts|forgets|reads|goes through|sleeps with|blocks|announces)|(?:what|which) (?:kind|sort|type) of (?:person|man|woman|husband|wife|partner|boyfriend|girlfriend|father|mother|dad|mum|mom|human(?: being)?|adult|grown (?:man|woman|adult)|coward|friend) (?:reads|leaves|does|says|ends|walks|cheats|lies|ghosts|dumps|breaks|moves|goes|sends|tells|forgets|treats|abandons|sleeps|texts|blocks|disappears|just|misses|skips|ignores|neglects|humiliates|belittles|embarrasses|blames|refuses|chooses|puts|spends|drinks|gambles|hides|shouts|screams|lets|throws|runs off|walks out)|who was it (?:that|who) [a-z]+|whose (?:idea|bright idea|decision|fault|choice) was (?:it|that)|was it (?:me|i) (?:who|that) (?:forgot|cheated|lied|walked out|ghosted|disappeared|broke|moved out|went behind|kept secrets|spent)|(?:remind me|tell me),? who (?:left|walked|ended|cheated|lied|gave up|stopped|broke|moved out)|did (?:you|u) even (?:try|care|notice|listen|think|bother|once)|did (?:you|u) ever (?:once )?(?:stop to think|consider (?:me|us|my|how)|think about anyone)|have (?:you|u) (?:ever|even) (?:once )?(?:stopped to think|thought about anyone|considered (?:me|us|my|how)|apologi[sz]ed|said sorry)|why (?:couldn'?t|didn'?t|wouldn'?t|can'?t|won'?t) (?:you|u) (?:just )?(?:once|ever|even|for once|bother)|why (?:is it|was it) always (?:me|my)|since when (?:do|did|have|are|were) (?:you|u)){WE}|(?:was|am|were) i (?:supposed|meant|expected) to (?:just )?(?:sit|stand|wait|smile|pretend|ignore|accept|put up|be happy|say nothing|not notice)[^.!?\n]{0,30}?(?:while|when|whilst) (?:you|u){WE}|{WB}remember (?:when|how|the (?:time|night|day)) (?:you|u) (?:used to )?(?:lie|lied|cheated|swore (?:you'?d|you would) never|promised (?:you'?d|you would) never|walked out|forgot my|ignored){WE}`,
      ),
      questions: 'only',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-let-me-down',
      // "You let me down", "You stopped trying", "If you'd listened, we'd still be together".
      re: sp(
        String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|simply|basically)\s+)?(?:let (?:me|us) down(?! (?:gently|gentle|easy|easily|kindly|softly|lightly){WE})|let (?:us|it|this|everything) (?:fall apart|die|slip away|go)|failed (?:me|us)|walked out(?=\s*(?:[.!,;]|$| on (?:me|us|our|this|the (?:relationship|marriage|family))))|stopped (?:trying|caring|fighting)(?! to (?:please|impress|be perfect|control|fix))|(?:ruined|wrecked|destroyed|killed|sabotaged|broke|messed up|screwed up|fucked up) (?:it|us|this)(?=\s*(?:[.!,;]|$| all| for (?:us|me)))|caused (?:all )?(?:this|of this|it all|everything)|made me do (?:it|that|this)|gave up(?=\s*(?:[.!;,]|$| first| too| without))|(?:didn'?t|didnt|did not|never) (?:try|fight) (?:hard enough|for (?:us|me)|at all)|ended (?:it|this|us|things),? not me|were never (?:there|around|home|present|available)(?: for (?:me|us))?(?=\s*(?:[.!,;]|$))){WE}|{WB}(?:this|that|all of this|all this|it|this whole thing)(?:'s| is| was) (?:all |entirely |completely )?on (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:{YOURE}|you were) the one (?:who|that) (?:walked (?:out|away)|left|ended|gave up|quit|cheated|lied|broke|stopped|ruined|chose|gave up){WE}|{WB}(?:if (?:you|u)(?:'d| had| would have)|had (?:you|u))(?: just| only| ever| not| never| at least)? [a-z]+[^.!?\n]{0,60}?(?:none of this|we'?d (?:still|never|be|have)|we would (?:still|never|be|have)|this (?:wouldn'?t|would never)|things would|it would(?:n'?t)? have){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'charge',
      // More shapes of an accusation: behind the writer's back ("you moved out while I was at work", "you let me
      // find out from…"), without the writer ("you made every decision without me"), a verdict on the reader's act
      // ("that silence was cruel", "it was your lies that finished us"), sarcastic thanks, "you did worse",
      // "I feel like you never…", "you did it anyway", "you've left me no choice", "stop ignoring me".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:please|pls|just|so|now|and|then|oh)[,]?\s+){0,2})stop (?:ignoring (?:me|my)|avoiding me|blanking me|ghosting me|dodging (?:me|my)|hiding behind|lying(?=\s*(?:[.!,;]|$| to me| and| about))|playing (?:games|the victim|innocent|dumb)|running away|pretending (?:nothing|it didn'?t|you didn'?t|you did nothing)){WE}|${YOU_MAIN}\s+(?:can'?t|cannot|don'?t get to|do not get to) (?:just )?(?:walk away|walk out|disappear|vanish|leave|end (?:it|this|things)|throw away|pretend|rewrite|erase|ghost|cut me off|drop me){WE}|${servedThen()}|${YOU_MAIN}\s+(?:(?:just|simply|basically)\s+)?(?:moved out|packed|left|cleared out|emptied|sold|changed the locks|slept with|cheated|went off|snuck|sneaked|met (?:him|her|up with)|had (?:him|her) over|read my|went through my)[^.!?\n]{0,50}? (?:while|whilst|when) i (?:was|were) (?:at work|away|asleep|sleeping|out|in hospital|ill|sick|working|up in|on|pregnant|grieving|at|visiting|abroad|overseas){WE}|${YOU_MAIN}\s+${LEARNED_IT}(?: (?:about it|it))? (?:from|on|through|via|by|in){WE}|{WB}(?:it was|it'?s|it is) (?:(?:all|really|only|just) )?(?:your|ur) [a-z]+(?: [a-z]+)?(?:,? not [^,.!?\n]{1,30},?)? (?:that|which|what) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|did for|sank|doomed|tore){WE}|{WB}(?:your|ur) (?:lies|lying|cheating|temper|drinking|selfishness|affair|pride|ego|anger|jealousy|coldness|silence|gambling|moods|secrets|betrayal) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|sank|doomed|tore apart|poisoned) (?:us|it|everything|our|what we){WE}|{WB}(?:thanks?(?: you)?|cheers|ta)(?: (?:ever so much|so very much|a million|a bunch|heaps|loads|again|a lot|very much|so much|for that))? for (?:telling (?:everyone|all|our|my|the whole)|announcing|posting|leaving me (?:with|to)|dumping|blindsiding|springing|sticking me with|landing me with|making me look|letting me (?:find out|hear|learn)|the (?:humiliation|lies|heartbreak|silent treatment|cold shoulder)){WE}|${YOU_MAIN}\s+(?:(?:always|just|simply|basically)\s+)?(?:made|took|decided|planned|booked|spent|sold|chose|signed|arranged|organised|organized|bought|moved)[^.!?\n]{0,30}? without (?:me|asking me|telling me|consulting me|a word|talking to me|checking with me|a second thought)(?! even){WE}|{WB}i(?:'ve| have)? (?:not|never|still not|still haven'?t|haven'?t|havent|will never|won'?t ever|won'?t|'ll never|ll never|will not|can'?t|cannot) (?:ever )?(?:forgotten|forget|forgot|forgiven|forgive)(?: (?:that|how|when|the (?:way|day|time|night|weekend)(?: that)?))? (?:you|u) (?:(?:just|once|then|also|actually)\s+)?(?:chose|picked|preferred|lied|cheated|walked out|missed|skipped|laughed at|ignored|humiliated|embarrassed|abandoned|ditched|mocked|shouted at|screamed at|yelled at|hit|blamed|betrayed|went behind|left me|forgot|didn'?t (?:come|show|call|turn up|bother)|never (?:came|showed|called|bothered)|told (?:everyone|your|them|him|her|my)|sided with|walked away){WE}|${YOU_MAIN}\s+(?:(?:also|just|then|always|simply|basically)\s+)?(?:made|took|accepted|quit|changed|left|went|invited|gave|cancelled|canceled|applied|agreed|put|got|adopted|brought|told|moved|started|stopped|decided|chose)[^.!?\n]{0,40}? without (?:even |so much as |once |ever )(?:asking|telling|consulting|talking to|checking with|discussing it with|mentioning it to|a word to) me{WE}|${YOU_MAIN}\s+(?:(?:also|just|then|always|simply|basically)\s+)?(?:took|accepted|quit|changed|invited|gave|cancelled|canceled|applied|agreed|adopted|told|moved|started|stopped)[^.!?\n]{0,40}? without (?:asking|telling|consulting|talking to|checking with|discussing it with|mentioning it to|a word to) me (?:first|about it|beforehand){WE}|${YOU_MAIN}\s+(?:(?:always|just|often)\s+)?(?:made|make) me feel (?:like )?(?:a|an) (?:[a-z-]+ )?(?:lodger|stranger|guest|intruder|outsider|burden|fool|idiot|child|failure|nuisance|servant|maid|nobody|afterthought|option|criminal|suspect|liar|joke|ghost|prisoner|inconvenience|second choice|lunatic|madwoman|madman|spare part|doormat){WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:of )?(?:your|ur) [a-z]+{WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:{YOU}) (?:were|was|never|didn'?t|wouldn'?t|stopped|always|made|pushed|left|ignored|had){WE}|${YOU_MAIN}\s+(?:just )?(?:walked (?:away|out|off)|left|went) and left me (?:to|with|alone){WE}|${YOU_MAIN}\s+(?:did|were|was|behaved|acted)(?: (?:far|much|way|even|a lot|ten times|so much|a hundred times))? worse(?=\s*(?:[.!,;]|$| than me| to me))|${YOU_MAIN}\s+(?:were|was) (?:just )?as bad{WE}|{WB}i (?:feel|felt) (?:like|that|as if|as though) (?:{YOU}) (?:never|didn'?t|did not|don'?t|do not|stopped|don'?t even)(?![^.!?\n]{0,40}(?:deserve|my fault|because of me|on me|have to|need to|owe)){WE}|{WB}i (?:feel|felt|think|thought|still think|believe) (?:that |like )?(?:{YOU}) (?:should|could)(?:'ve| have| of) (?:told|called|said|warned|been (?:honest|there|straight)|asked|talked|tried|come to me|listened|fought){WE}|${YOU_MAIN}\s+(?:(?:still|just)\s+)?(?:did it|went ahead|carried on|kept going|kept at it|kept doing it|said it|kept pushing|left|did)(?: \w+){0,3} (?:anyway|regardless|all the same)(?![^.!?\n]{0,40}(?:grateful|thank|glad|love|proud))(?=\s*(?:[.!,;]|$))|{WB}(?:your|that|the way (?:you|u)) (?:[a-z]+ ){0,2}(?:silence|behaviou?r|leaving|left|lie|lies|affair|text|message|decision|cheating|betrayal|treatment|actions?|words|comments?|remarks?|temper|disappearing act|exit)(?: [a-z]+){0,3} (?:was|were|is|are) (?:so |really |incredibly |just |frankly |utterly |completely )?(?:cruel|unfair|cowardly|heartless|selfish|low|nasty|spiteful|unforgivable|disgusting|vile|a betrayal|pathetic|shameful|despicable|inexcusable|unacceptable|a low blow|beneath you)(?! of me| on my part| to you){WE}|${YOU_MAIN}\s+(?:left|given|gave) me (?:no|little) (?:choice|option|alternative){WE}|${YOU_MAIN}\s+forced my hand{WE}|${YOU_MAIN}\s+(?:were|was)\s+(?:off |out |away )?(?:with (?:him|her|them|someone)|sleeping with|seeing (?:him|her|someone)|texting (?:him|her|someone))[^.!?\n]{0,20}? (?:the whole time|all along|behind my back|all that time|for months|the entire time){WE}|{WB}and (?:{YOU}) (?:were|was) off with{WE}|${YOU_MAIN}\s+(?:said|promised|swore)(?: (?:you|u)'?d| (?:you|u) would| that)? [^.!?\n]{0,30}? (?:(?:like |about |at least )?(?:\d+|two|three|four|five|six|ten|a hundred|a million|so many) times|(?:every|each) time|again and again|over and over){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:took my side|stood up for me|backed me up|defended me|had my back|stuck up for me|checked on me|made the effort|picked up|rang|phoned|offered|said you were sorry|owned){WE}|${YOU_MAIN}\s+(?:kept me (?:hanging|waiting|guessing|on a string|in limbo|dangling)|strung me along|led me on|played with my (?:feelings|heart|head)|messed with my head|toyed with me|took me for a (?:fool|ride|mug)|took advantage of me){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly)\s+)?lied (?:about (?:everything|it all|her|him|them|where|who|what|the|your|us|money)|from (?:the start|day one|the beginning)|to everyone){WE}|${YOU_MAIN}(?:'re|\s+(?:are|were|was))\s+(?:always\s+)?the (?:problem|issue|one with the problem){WE}|${YOU_MAIN}\s+(?:went|did (?:it|this|that|things)|talked|planned|got engaged|met (?:him|her|up)|lied|sneaked|snuck|made plans) behind my back{WE}|${YOU_MAIN}\s+(?:broke|tore|ripped|split|blew) (?:this|our|the|my) (?:family|home|marriage)(?: apart| up)?{WE}|${YOU_MAIN}\s+(?:always )?turned (?:every|each|any|all|our|everything|every little)[^.!?\n]{0,30}? into (?:a|an){WE}|{WB}(?:it'?s|it is|it was|that'?s|this is) (?:all |entirely )?down to (?:you|u) (?:that|why){WE}|${YOU_MAIN}\s+(?:always |just )?chose [^.!?\n]{1,30}? over (?:me|us|our|my|the kids|your family){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly|repeatedly)\s+)?lied(?: (?:to me|for (?:months|years|weeks|ages)|again|constantly|repeatedly))* (?:about|for){WE}|${YOU_MAIN}\s+(?:spent|blew|gambled|drank|wasted|emptied|cleared|drained|took) (?:all )?(?:of )?(?:our|my|the) (?:savings|money|joint account|account|rent|inheritance|deposit|wages|pension){WE}|${YOU_MAIN}\s+(?:always\s+)?treated (?:me|my (?:feelings|needs|family|friends|job|work|career)) (?:like|as) (?:an? |your |the )?(?:[a-z-]+ )?(?:inconvenience|joke|burden|chore|nuisance|game|doormat|dog|rag|servant|slave|skivvy|punch ?bag|punching bag|cash machine|bank|taxi|trophy|lodger|atm|convenience|fool|kid|child|rubbish|crap|dirt|nothing|nobody|stranger|maid|housekeeper|cleaner|nanny|mug|option|afterthought){WE}|${YOU_MAIN}\s+treated me (?:so )?(?:badly|terribly|awfully|appallingly|horribly|like shit){WE}|${YOU_MAIN}\s+(?:had|were having|started|carried on) an? (?:affair|fling|thing) with{WE}|${YOU_MAIN}\s+made my life (?:a )?(?:living )?(?:hell|misery|nightmare){WE}|${YOU_MAIN}\s+(?:shut|froze|cut|kept|pushed|locked) me out{WE}|${YOU_MAIN}\s+(?:just\s+)?(?:walked out|left|disappeared|vanished|went|moved out|packed up)(?: on (?:me|us))? without (?:a word|a goodbye|saying (?:goodbye|a word|anything)|an explanation|a note|warning|telling me|even){WE}|{WB}i (?:was|stayed|remained) (?:faithful|loyal|honest|true)[^.!?\n]{0,10}?,? (?:and |but |while )?(?:you|u) (?:weren'?t|were not|wasn'?t|never were){WE}|{WB}(?:it was|it'?s|it is) (?:you|u) (?:who|that) [^.!?\n]{1,40}?,? not me{WE}|${YOU_MAIN}\s+(?:went|turned|got) (?:cold|distant|quiet|silent) on me{WE}|${YOU_MAIN}\s+(?:talked down to|spoke down to|shouted at|yelled at|screamed at|laughed at|made fun of|mocked|belittled|insulted|embarrassed|humiliated|criticised|criticized|put|undermined) me(?: down)? (?:in front of|at (?:my|our|the|your)|all the time|constantly){WE}|${YOU_MAIN}\s+(?:were|was) never (?:there|around|home|present) (?:when|for){WE}|${YOU_MAIN}\s+(?:were|was) (?:always|never)[^.!?\n]{0,60}?,\s*(?:and\s+)?(?:but\s+)?never (?:there|around|home|present|available) (?:when|for){WE}|${YOU_MAIN}\s+(?:just\s+)?left me (?:to (?:deal with|clean up|sort out|pick up|face|explain|pay|handle)|with (?:your|ur|the|all the) (?:mess|debts?|bills|fallout|consequences)){WE}|{WB}(?:and|so) (?:you|u) lost (?:me|us|everything){WE}|${YOU_MAIN}\s+(?:always )?put (?:your|ur) (?:[a-z]+ )?(?:mates|friends|work|job|career|phone|family|mum|mother|ex|hobbies|band|football|gaming|golf|drinking) (?:first|before me|ahead of me|above me|over me){WE}|{WB}(?:your|ur) (?:choice|decision|call|doing)[^.!?\n]{0,30}?,? (?:so )?(?:own it|live with it|deal with it){WE}|${YOU_MAIN}\s+made (?:a fool|a mug|an idiot|a laughing stock|a joke) (?:out )?of me{WE}|${YOU_MAIN}(?:'ve| have)? got (?:a|some) nerve{WE}|{WB}the nerve of (?:you|u){WE}|${YOU_MAIN}\s+had the nerve to{WE}|${YOU_MAIN}\s+(?:always )?(?:picked|started|made) (?:a fight|fights|an argument|arguments|a scene|scenes) (?:every|each|whenever|over|about|with me){WE}|${YOU_MAIN}\s+let (?:your|ur|him|her|them|everyone|people) [^.!?\n]{0,20}?(?:walk all over|treat|insult|talk to|speak to|bully|belittle|humiliate|push) me{WE}|${YOU_MAIN}\s+[a-z]+[^.!?\n]{0,40}? instead of (?:(?:being )?with (?:me|us)|(?:being |coming )?home|helping|listening|talking to me|spending time with (?:me|us)){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?took (?:any |real |an ounce of )?responsibility{WE}|${YOU_MAIN}\s+(?:(?:just|always)\s+)?lied (?:straight |right |directly )to my face{WE}|${YOU_MAIN}\s+(?:were|was|'ve been|have been|became|got) (?:so |always |really |completely )?(?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|unfaithful|checked out|nasty|mean|vicious)(?: and (?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|nasty|mean))?(?: (?:for|all|the whole|every|with me|to me|towards me|after)|(?=\s*(?:[.!,;]|$))){WE}|${YOU_MAIN}\s+(?:(?:completely|totally|just)\s+)?(?:ruined|wrecked|spoiled|spoilt) (?:christmas|(?:my|our|the|every) (?:birthday|wedding|holiday|christmas|anniversary|party|trip|day|night|weekend|life|family)){WE}|${YOU_MAIN}\s+never (?:once |really |even )?(?:supported|backed|encouraged|believed in|respected|valued|celebrated|asked about) (?:my|me|our){WE}|${YOU_MAIN}\s+never (?:once |really |even )?let me (?:be (?:myself|me|happy)|breathe|grow|live|have (?:a say|my say|friends|a life)|make (?:a|my own) decision){WE}|${YOU_MAIN}\s+wasted (?:(?:\w+ )?years|my (?:time|life|youth|twenties|thirties|best years))(?! (?:on|with) me){WE}|${YOU_MAIN}\s+(?:made|make) me (?:the|out to be the|look like the) (?:villain|bad guy|bad one|problem|scapegoat|crazy one|monster){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:said|say) (?:sorry|you were sorry|thank you|thanks){WE}|${YOU_MAIN}\s+turned (?:my|our|the|everyone|all|people)[^.!?\n]{0,20}? against me{WE}|${YOU_MAIN}\s+hurt me (?:more than|worse than|so (?:badly|much)|deeply|badly){WE}|${YOU_MAIN}\s+[a-z]+[^.!?\n]{0,30}? and (?:you )?(?:didn'?t|did not|never|don'?t) (?:even )?(?:care|blink|look back|apologi[sz]e|notice){WE}|${YOU_MAIN}\s+(?:(?:just|simply|basically|literally|always|then|completely|totally|kind of|kinda|sort of|sorta|did)\s+)*(?:bailed(?! (?:me |us )?out)(?:{WE}| on)|bottled it{WE}|did a runner{WE}|check(?:ed)? out (?:of (?:us|this|our|the)|on (?:me|us)|emotionally|long before|ages ago|years ago|months ago|the (?:day|moment|minute|second))|had (?:one|a) foot out (?:of )?the door|brushed (?:me|my [a-z]+|it|everything|every)[^.!?\n]{0,40}? (?:off|aside)|brushed (?:off|aside) (?:my|me|every|everything|anything|what i)|flirted (?:with|openly with) (?:her|him|them|other|every|my|someone|anyone|your ex|that|half)|hid (?:the |your |ur |all the |all your )?(?:debts?|texts|messages|money|bills|letters|statements|bank statements|drinking|affair|truth|phone|receipts|gambling|loans?) from me|twisted (?:everything|my words|what i (?:said|say|meant)|every(?:thing)? i)|belittled (?:my|me|everything|every)|did me (?:dirty|wrong|so dirty)|went (?:cold|quiet|silent|distant|awol|mia|dark) on (?:me|us)|made (?:promises|a promise|vows) (?:you|u) (?:had no intention|never (?:meant|intended)|couldn'?t keep|knew (?:you|u) (?:couldn'?t|wouldn'?t))|treated (?:our|my|the) (?:home|house|flat|place) like (?:a|an) (?:hotel|b&b|doss ?house|bed and breakfast|pit stop)|told (?:everyone|everybody|the whole [a-z]+|all (?:our|your|my) [a-z]+|people|(?:your|ur) (?:mates|friends|family|mum|mother|sister))[^.!?\n]{0,20}? (?:about )?(?:our|my) (?:[a-z]+ )?(?:private|personal|business|problems|fights|rows|secrets?|sex life|therapy|diagnosis|miscarriage|debts?)|told (?:your|ur|everyone|all|the|our|my|half)[^.!?\n]{0,30}? before (?:you|u) (?:even )?(?:told|bothered to tell) me|never (?:once |even |really )?(?:stood by|stuck by|made (?:room|space|time) for|let me get a word in|put (?:me|us) first|had my back|pulled (?:your|ur) weight|lifted a finger|put in (?:the|any) (?:effort|work))|never (?:put in|made|gave|showed) (?:half|a fraction|a quarter|even half|a tenth) (?:the|of the|as much)|(?:were|was) (?:the one |always |constantly |forever )*glued to (?:your|ur|that|the) (?:phone|laptop|screen|xbox|playstation|telly|tv|computer|console)|moved on (?:in|within) (?:(?:about|less than|under|barely|just|like) )?(?:a|one|two|three|\d+) (?:days?|weeks?|fortnight)|tested (?:my|every ounce of my) patience|(?:been )?(?:pushing my buttons|pushed my buttons|winding me up|wound me up|provoking me|provoked me|goading me|goaded me|needling me)(?! for (?:fun|a laugh|a joke))|made (?:your|ur) (?:choice|decision|bed)(?:,? and (?:it|that) (?:wasn'?t|was not|wasnt) (?:me|us)|,? (?:so |now )?(?:lie|live) (?:in|with) it)){WE}|${YOU_MAIN}\s+(?:weren'?t|wasn'?t|were not|was not|never seemed|didn'?t seem) (?:even |that |at all |remotely )?(?:bothered|interested|concerned|fussed)(?= when| that| about| if| at all| whether)|${YOU_MAIN}\s[^.!?\n]{0,50}?(?:never|n'?t|not) (?:one for |once |even |bother(?:ed)? (?:to )?)?(?:answer|answering|pick|picking|show|showing|turn|turning|call|calling|ring|ringing|come|coming|visit|visiting|there|around|home|available|help|helping|ask|asking|check|checking|bother|text|texting|reply|replying)[^.!?\n]{0,30}? when (?:it (?:really )?(?:mattered|counted)(?: most)?|i (?:needed (?:you|u|help|someone|it)|was (?:sick|ill|in hospital|struggling|grieving|pregnant|down|low))){WE}|${YOU_MAIN}\s[^.!?\n]{0,40}?(?:ran|run|running|bailed|left|quit|walked|gave up|disappeared|bolted|fled|checked out|legged it|jumped ship|split)[^.!?\n]{0,20}? (?:at the first sign of (?:trouble|difficulty|a problem|bother)|the (?:second|minute|moment|first time) (?:it|things|life|we) got (?:hard|tough|difficult|serious|real|messy|boring)){WE}|{WB}(?:every (?:single )?time|whenever|each time|any time) i (?:tried|wanted|started|asked|brought|raised|opened|needed|mentioned|said)[^.!?\n]{0,50}?,? (?:you|u) (?:just |would |'d )?(?:walked (?:out|off|away)|left the room|changed the subject|shut (?:down|me down|me out|off)|went (?:quiet|silent|cold)|rolled (?:your|ur) eyes|turned (?:away|the telly|the tv|your back)|stormed (?:off|out)|picked up (?:your|ur) phone|put (?:your|ur) headphones|got (?:angry|defensive|annoyed|cross)|told me (?:i was|to stop)|started (?:shouting|yelling|a row|an argument)|blew up|snapped|mocked){WE}|{WB}i (?:did|cleaned|cooked|worked|paid|raised|looked after|kept|held|ran|carried|juggled|handled|sorted|managed)[^.!?\n]{0,60}? while (?:you|u) (?:played (?:your |ur )?(?:games|video games|computer games|xbox|playstation|golf|football|poker|on)|sat (?:on|around|about|there)|lay (?:in|on|around)|lounged|partied|drank|were (?:out|off|gaming|at the pub|down the pub|drinking|partying|on (?:your|ur) (?:phone|xbox|playstation|laptop)|in bed)){WE}|{WB}(?:(?:your|ur) (?:[a-z]+ ){0,2}(?:was|were|become|became|be|get) (?:always )?more important (?:to (?:you|u) )?than (?:me|us|(?:your |ur )?(?:own )?(?:kids|children|family|son|daughter|wife|husband))|(?:your|ur) (?:[a-z]+ ){0,2}always (?:came|come|comes) (?:first|before (?:me|us)|ahead of (?:me|us))){WE}|{WB}(?:your|ur) (?:conduct|behaviou?r|treatment of me|attitude|actions|choices)[^.!?\n]{0,40}? (?:was|were|has been|have been) (?:(?:so|really|frankly|utterly|completely|quite|simply|honestly|nothing short of) )?(?:beneath (?:you|the (?:man|woman|person|husband|wife) i (?:married|knew|loved))|disgraceful|appalling|shameful|unforgivable|inexcusable|despicable|disgusting|cruel|cowardly|heartless|unacceptable|vile|selfish){WE}(?![^.!?\n]{0,30}(?:so was mine|so was i|as was mine|but so was|mine was worse))|{WB}(?:was|got|were) (?:completely |totally |just )?(?:ruined|spoiled|spoilt|wrecked) (?:because|cos|coz|when|by) (?:you|u|your|ur){WE}|{WB}(?:you|u) spent [^.!?\n]{0,30}?(?:texting|messaging|on the phone (?:to|with)|chatting (?:to|with)|talking to|snapchatting|flirting with) (?:him|her|them|your ex|ur ex|someone|other){WE}|{WB}(?<span>(?:since|when|after|the day) (?:you|u) (?:packed (?:up )?(?:and left|your bags)|moved out|left|cleared out|snuck out|sneaked out|walked out)[^.!?\n]{0,20}? (?:while|whilst) i (?:was|were) (?:at|away|asleep|out|in hospital|working|on)(?: (?:my|our|the|your|ur|his|her|a) [a-z']+| work| home)?){WE}|{WB}(?:kindly recall|i seem to (?:recall|remember)|if i (?:recall|remember) (?:correctly|rightly)|as i recall|if memory serves|correct me if i'?m wrong,? but|let me remind you|may i remind you|need i remind you|i(?:'d| would) remind you|lest (?:we|you) forget|just to remind you|you seem to forget)[^.!?\n]{0,20}? (?:that )?(?:it was (?:you|u)|(?:you|u) (?:were|was) the one|(?:you|u) (?:left|cheated|lied|walked|ended|chose|wanted|insisted)){WE}|{WB}it was (?:you|u) (?:who|that) (?:insisted|pushed for|demanded){WE}|{WB}i (?:(?:think|feel|believe|know) (?:that )?i )?deserved (?:(?:so much|a lot|far|much) )?better than (?:a text|a note|a voicemail|a post-it|an email|a message|this|that|being (?:dumped|ghosted|left|dropped|lied to|cheated on)){WE}|(?<!(?:make sure|making sure|see to it|ensure|until|soon|then|so)\s{1,3}(?:that\s{1,3})?){WB}(?:everyone|everybody|the whole [a-z]+|people)(?: here| at [a-z ]{1,20}?)? knows? (?:exactly )?what (?:you|u) did{WE}|{WB}(?:a|his|her|their) (?:dad|father|daddy|mum|mother|mom|mummy) (?:who|that) (?:doesn'?t|never|won'?t|can'?t be bothered to|couldn'?t) (?:even )?(?:come|came|show|showed|turn up|turned up|call|called|visit|visited|bother|bothered|care|cared){WE}|{WB}(?:while|when|whilst) (?:you|u) (?:were|was) "[^"\n]{3,30}"|{WB}(?:some people|others|most people|(?:you|u)) (?:would |might |may )?call (?:it|that|what (?:you|u) did) a (?:mistake|slip|one-off|accident|lapse)[^.!?\n]{0,10}?,? (?:but )?i'?d call it{WE}|{WB}the (?:kindest|best|nicest|only (?:decent|kind|good|honest)) thing (?:you|u) (?:ever )?did[^.!?\n]{0,30}? was (?:leave|leaving|go|going|walk out|walking out){WE}|(?<!(?:realise|realize|see|know|understand|regret|miss)[^.!?\n]{0,15}){WB}what (?:you'?ve|you have|u'?ve|you|u) (?:thrown|threw|chucked|tossed) away{WE}|{WB}now that (?:you'?ve|you have|u'?ve) (?:ruined|wrecked|destroyed|broken|thrown away|blown|trashed){WE}|{WB}(?:when|once|if) (?:you|u) (?:own|admit|take responsibility for|apologi[sz]e for) (?:yours|your (?:part|share|bit)|ur (?:part|share|bit)){WE}|{WB}but (?:you|u) never (?:said|told me|mentioned|complained|asked|let on)(?: (?:anything|a word|a thing))?(?=\s*(?:[.!,;]|$))|{WB}but (?:you|u) knew (?:that|what i was like|who i was|what (?:you|u) were getting) when (?:you|u){WE}|{WB}(?:you|u) (?:just )?(?:needed|wanted) (?:someone|somebody|a scapegoat) to blame{WE}|{WB}(?:you|u) ought to be ashamed{WE}|{WB}(?<span>(?:(?:you|u) (?:just |simply |literally )?)?walked out (?:on (?:me|us) )?with no (?:note|word|explanation|goodbye|warning)){WE}|(?:make out|made out|making out|pretend(?:ing)?|act(?:ing)? (?:like|as if|as though)|as if|as though) (?:that )?(?:this|it|that|everything|all (?:of )?this) (?:was|is|were)(?: all| entirely| only| just)? (?:on me|my fault|down to me|my doing){WE}|(?:had to|needed to|should have|was supposed to|ought to|has to)[^.!?\n]{3,60}?,? (?:and|but) it (?:certainly |sure |definitely |clearly |obviously )?(?:wasn'?t|was not|was never|isn'?t|was never going to be) (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:you|u)(?:'ve| have)? (?:conveniently )?(?:left|leave|skipped|skip|missed) out the (?:part|bit) (?:where|about|when){WE}|${YOU_MAIN}\s+only (?:ever )?(?:rang|called|texted|came (?:round|home|back|over)|visited|got in touch|wrote|showed up|turned up|remembered me) (?:me )?when (?:you|u) (?:needed|wanted) (?:money|something|a favour|cash|a lift|somewhere|sex|help){WE}|${YOU_MAIN}\s+(?:promised|swore)[^.!?\n]{1,40}? (?:and|but) (?:gave|delivered|brought) (?:me )?(?:excuses|nothing|lies|broken promises|silence){WE}|{WB}walked away from (?:your|ur) (?:own )?(?:${KIDS}|family|responsibilities|vows){WE}|{WB}(?:your|ur) (?:silence|absence|actions|behaviou?r|leaving|reply|non-reply|lack of [a-z]+) (?:said|says|told me|speaks?|spoke) (?:everything|volumes|it all|all i need(?:ed)? to know)(?![^.!?\n]{0,40}(?:respect|understand|fair|okay|fine|right)){WE}|{WB}if (?:you|u) (?:had|'d had|ever had) (?:[a-z]+ ){0,3}(?:decency|respect for me|integrity|courage|spine|backbone|conscience|shame|class|guts){WE}|{WB}every (?:promise|word|vow|apology) (?:you|u) (?:ever )?(?:made|gave|said|spoke)[^.!?\n]{0,20}? (?:had an expiry date|was (?:a lie|empty|broken|worthless|hollow)|meant nothing){WE}|{WB}(?:nice|glad|good|great|lovely)(?: that)? (?:you|u) could (?:finally|eventually|at last) (?:fit|squeeze|make time|find (?:the )?time|spare){WE}|, (?:real|very|how) (?:mature|classy|grown[- ]up)(?=\s*(?:[.!]|$))|{WB}(?:credit to|well done|hats off to|fair play to) (?:you|u),? (?:for )?[a-z]+ing[^.!?\n]{0,30}? (?:so|that) (?:fast|quickly|soon){WE}|{WB}because (?:you|u) (?:always|never fail to|constantly) let (?:me|us) down{WE}|{WB}(?:and|but) (?:you|u) (?:made|handled|did|went about) it (?:so |really |very )?(?:badly|terribly|cruelly|like a coward|cowardly|horribly|appallingly){WE}|(?:as usual|as always|like always)[^.!?\n]{0,20}? to (?:sort out|clean up|fix|deal with|pick up) (?:the|your|this|my) (?:mess|pieces){WE}|${GRIEVANCE_ACTS}|${MOCK_PRAISE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'veiled',
      // Blame dressed as observation, sarcasm or history: "You were the one who wanted a break", "I'm not the one
      // who cheated", "Funny how it was always my fault", "Let's not pretend you were innocent", "We'd still be
      // together if you hadn't…", "Any normal person would have apologised", "All you ever did was criticise me",
      // "Everyone saw how you treated me", "It was your drinking that tore us apart", "Remember who walked out first".
      re: sp(
        String.raw`{WB}(?:{YOURE}|you were|u were|u r) the one (?:(?:who|that)(?:'s| was| is)? )?(?:always |first |originally )?(?:decided (?:to (?:end|leave|go|walk|quit|stop|throw|give up|split|separate|move out|call it)|(?:that )?(?:it was over|we were (?:done|over|finished|through)|(?:our|this|the) (?:marriage|relationship|family|engagement) (?:was|wasn'?t) (?:optional|over|finished|disposable|worth|not worth)|i (?:wasn'?t|was not) (?:enough|worth))|(?:our|this|the) (?:marriage|relationship|family|engagement) (?:was|wasn'?t) (?:optional|over|finished|disposable|worth|not worth))|wanted (?:a break|out|space|to (?:end|leave|stop|split|break up|go|separate|take a break|call it))|asked for (?:a break|space|a divorce|time apart)|pulled away|went (?:quiet|cold|silent|distant)|stopped (?:talking|answering|trying|caring|calling|texting|making)|said (?:it was over|we were done|it'?s over|we should|we needed|you needed|you wanted|you didn'?t|you weren'?t)|moved out|picked (?:fights|a fight|arguments)|(?:always )?picking (?:fights|arguments)|started (?:it|the fights?|all this|this|the arguments?)|kept secrets|shut me out|called it off|broke it off|blocked me|ghosted me|turned (?:your|ur) back|walked (?:out|away)(?! from (?:the|that|your|a|an|my) ))(?!\s+(?:and|but),? (?:you were right|i (?:understand|respect|get) (?:it|that|why)))(?:{WE}|$)|{WB}(?:i'?m not|im not|i am not|i was not|i wasn'?t|i wasnt|it wasn'?t me|it was not me|it wasnt me)(?: the one)? (?:who|that) (?:cheated|lied|left|walked (?:out|away)|gave up|ended (?:it|things|us)|broke (?:it|us|my promise|the|our|every|all)|ruined|strayed|had (?:an|the) affair|went behind|kept secrets|stopped trying|disappeared|ghosted|quit|started (?:it|this|the)|let (?:this|it|us|things|everything)|forgot|checked out|threw (?:it|us|this|everything)|pulled away|moved out|turned (?:my|our|your|his|her) back)(?!\s+(?:and|but) i){WE}|{WB}(?:funny|interesting|strange|odd|convenient|typical|rich|ironic) (?:how|that) (?:(?:you|u) (?:(?:only|conveniently|suddenly|never|always manage to|seem to forget)\b|forgot|forget|left out|leave out|(?:always |still |somehow |never )?(?:found|find|had|have|made|make|managed to (?:find|make)) (?:the |enough )?time for)|(?:it'?s|it is|it was|everything (?:is|was))(?: always| all)? (?:my fault|me who|me that|me to blame|on me)|(?:i'?m|i am|i was) (?:always )?the (?:only )?one (?:to blame|at fault)){WE}|{WB}(?:you|u) (?:conveniently|selectively) (?:forgot|forget|forgetting|left out|leave out|ignore|ignored|remember|rewrote|rewrite){WE}|{WB}(?:you'?re|you are|ur|stop|quit|you keep|you'?ve been|you have been) rewriting (?:history|the past|what happened){WE}|{WB}(?:let'?s not|don'?t|dont|do not|stop|quit) (?:pretend(?:ing)?|act(?:ing)?(?: like| as if| as though)?|mak(?:e|ing) out) (?:that )?(?:(?:you|u)(?:'re| are| were| was| r| did| had| didn'?t| never| weren'?t| have)? )?(?:(?:so|all|totally|completely|entirely|just)\s+)?(?:innocent|the innocent (?:one|party)|the wronged (?:one|party)|the victim|blameless|perfect|a saint|an angel|the good (?:guy|one)|surprised|shocked|nothing|no idea|no part|clueless|the injured party|hard done by){WE}|{WB}if (?:only )?(?:you|u)(?:'d| had| hadn'?t| had not| hadnt)(?: just| only| ever| not| never| at least| bothered to| been)? [a-z]+[^.!?\n]{0,60}?(?:i (?:wouldn'?t|would not|wouldnt|would never|'d never|'d not) (?:have |'ve )?(?:needed|had to|done|looked|cheated|strayed|gone|left|said|started|reacted|snapped|lost|ended up)|we (?:wouldn'?t|would not|wouldnt) (?:be|have)|things (?:would|might) (?:be|have been) different){WE}|{WB}(?:we'?d|we would|we wouldn'?t|we would not|we wouldnt|i wouldn'?t|i would not|i wouldnt|i'?d never|none of this would|things would|this wouldn'?t)[^.!?\n]{0,50}? if (?:only )?(?:you|u) (?:hadn'?t|had not|hadnt|had never|'d never|had just|'d just|had only|had bothered|'d bothered|had listened|'d listened|had stayed|'d stayed|had tried|'d tried|had cared|'d cared|had been|'d been|had ever|'d ever|had once|'d once|had even|'d even|were(?:n'?t)? (?:more|less|so|always|never|ever)){WE}|{WB}(?:any|a) (?:normal|decent|reasonable|sane|other|real|proper|half-decent|grown) (?:person|man|woman|${PARTNER_TITLES}|partner|adult|human(?: being)?|guy|girl|bloke|friend|father|mother|dad|mum|mom)[^.!?\n]{0,15}? (?:would(?:'ve| have| of)|'d have|wouldn'?t have|would never have|would not have)(?! been (?:lucky|proud|happy|glad|honou?red|thrilled)| (?:left|walked out on|given up on|dumped|kicked out) me| done the same){WE}|{WB}all (?:you|u) (?:ever )?(?:did|do|cared about|care about|thought about|think about|talked about|wanted to do)(?: (?:was|is|were))? (?:(?:criticis|criticiz|complain|moan|nag|shout|yell|scream|blame|judg|drink|gambl|lie|lying|party|whin|sulk|argu|pick)[a-z]*|yourself|(?:your|ur) (?:self|phone|ego|image|career|money|looks|mates|friends)){WE}|${YOU_MAIN}\s+(?:(?:always|constantly|often)\s+)?(?:made|make|makes) me feel (?:like )?(?:i was |i'?m |im )?(?:(?:so|really|completely|totally)\s+)?(?:going (?:mad|crazy|insane)|mad|crazy|insane|paranoid|the problem|a burden|a nuisance|an? (?:inconvenience|afterthought|failure|disappointment|embarrassment)|(?:it was|everything was) my fault|not good enough|unlovable|ashamed|guilty|needy|too much){WE}|{WB}(?:not once|never once)(?: in [^.!?\n]{1,25}?)?,? (?:did|have|had) (?:you|u) (?:ever |even |once )?(?:cook|clean|wash|lift|iron|hoover|vacuum|pay|remember|do (?:the|a|any)|take (?:out|the|me)|pick up|stand up|back me)[a-z]*{WE}|{WB}(?:not once|never once|never) (?:did|have|had) (?:you|u) (?:ever )?(?:(?:ask|asked) (?:me|how|about|after|if|whether)|(?:say|said) (?:sorry|thank|you were|a word|goodbye)|stand|stood|apologi[sz]e|apologi[sz]ed|call|called|check|checked|(?:take|took) (?:responsibility|my side|me seriously)|admit|admitted|thank|thanked|listen|listened|offer|offered|help|helped|come|came|visit|visited|back|backed|defend|defended|consider|considered|stick|stuck){WE}|{WB}(?:everyone|everybody|people|the whole (?:family|street|town|village|office)|all (?:our|my) friends|my (?:family|friends|mum|mom|dad|sister|brother)) (?:saw|sees|knows|knew|could see|noticed|remembers|witnessed|has seen) how (?:(?:so|really) )?(?:${UNKIND}) (?:you|u) (?:got|became|were|was|had become|could be|can be|turned)(?! (?:on|in|at|out|during|up|by|without)\b){WE}|{WB}(?:everyone|everybody|people|the whole (?:family|street|town|village|office)|all (?:our|my) friends|my (?:family|friends|mum|mom|dad|sister|brother)) (?:saw|sees|knows|knew|could see|noticed|heard|remembers|witnessed|has seen) (?:how|the way|what) (?:you|u) (?:treated (?:me|us)|treat (?:me|us)|spoke to|speak to|talked to|talk to|behaved|acted|did to me|humiliated|ignored|left me|dumped me|(?:got|became|went|turned|had become|were|was)(?: so| really| all)? (?:${UNKIND})(?! (?:on|in|at|out|during|up|by|without)\b))(?! (?:with|so well|well|kindly|gently|like (?:a (?:queen|king|princess|prince)|family|gold))){WE}|{WB}(?:it was|it'?s|it is|that was) (?:(?:always|all)\s+)?(?:your|ur) (?:${FAULTS}|mother|mum|mom|family|friends|job|work|phone|behaviou?r) (?:that|which) (?:tore|ruined|destroyed|killed|broke|ended|finished|wrecked|drove|pushed|split|cost|poisoned|sank|doomed){WE}|{WB}(?:it was|it'?s|it is) (?:always )?(?:your|ur) (?:${FAULTS})(?=\s*(?:[.!;]|$))|{WB}(?:the )?(?:real )?(?:problem|issue) (?:was|is|has always been)(?: always)? (?:(?:you|u)(?=\s*(?:[.!,;]|$| and| not| all along))|(?:your|ur) (?:${FAULTS}|mother|family|friends|job|work|phone|behaviou?r)){WE}|{WB}(?:the )?(?:problem|issue) (?:was|is) never (?:me|mine)(?=\s*(?:[.!,;]|$))|{WB}(?:your|ur) (?:constant |endless )?(?:${FAULTS}) (?:suffocated|smothered|drove|pushed|wore|ground|crushed|tore|ripped|broke|cost|killed|poisoned|finished|wrecked|ruined|destroyed|ended)(?: me| us| our| my| everything| it){WE}|{WB}because of (?:your|ur) (?:${FAULTS}|behaviou?r),? (?:i|we|our|my|everything){WE}|{WB}(?:remember|let'?s not forget|don'?t forget|lest we forget|we both know) (?:who|which one of us) (?:started|texted|walked out|left|ended|cheated|lied|gave up|started|quit|broke|strayed|moved out){WE}|{WB}(?:you|u) (?:were|was) (?:always |aye |forever |just )?(?:so|too) (?:busy|wrapped up|caught up|obsessed|absorbed|consumed)[^.!?\n]{0,40}? (?:forgot (?:i|me|about me|we|(?:you|u) (?:had|were))|(?:didn'?t|never|couldn'?t) (?:even )?(?:notice|see|ask|care|listen)|to (?:notice|see|care|ask|listen)|notice (?:me|that i|i)){WE}|${YOU_MAIN}\s+(?:always |just )?(?:found a way to |had to |managed to |had (?:a|such a|a real) (?:talent|gift|knack) for |(?:'ve|have) (?:always )?had (?:a|such a|a real) (?:talent|gift|knack) for )?(?:make|made|making|turn|turned|turning) (?:it|everything|every \w+|it all)(?: all)? about (?:you|yourself|u){WE}|${YOU_MAIN}\s+(?:(?:just|deliberately|knowingly|simply|still)\s+)?chose to (?:lie|cheat|ignore|hide|believe (?:him|her|them|your)|stay silent|say nothing|side with|go behind|throw|walk away from (?:us|me)|keep (?:it|secrets|lying)){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'sideways',
      // Accusations by comparison, sarcasm or denial of one's own share: "I wasn't the one keeping my phone
      // face-down", "at least I never lied to your face", "which is more than you managed", "other couples manage",
      // "my sister's husband still manages to phone her", "classic you", "excuse me for expecting you to turn up",
      // "it's weird how your phone was always dead", "had you been honest, none of us would be in this mess",
      // "I only went back to smoking because living with you was that stressful", "it's not all on me".
      re: sp(
        String.raw`{WB}(?:don'?t|do not|stop|quit) (?:you dare )?(?:act|acting|pretend|pretending|make out|making out|making it sound|make it sound) (?:like |as if |as though |that )?(?:i'?m|im|i am|i was) the (?:(?:only|real) )?one (?:who|that) (?:left|lied|cheated|walked out|walked away|ended it|ended things|gave up|stopped trying|pulled away|went cold|went quiet|checked out|broke it off|called it off|wanted out|messed up|ruined|wrecked|screwed up){WE}|{WB}(?:it'?s|its|it is|it was) not (?:like|as if|as though) (?:i'?m|im|i am|i was|i were) the (?:(?:only|real|main) )?(?:problem|villain|bad guy|bad one|one (?:who|that) (?:left|lied|cheated|walked out|ended it|gave up|stopped trying))(?: here)?{WE}|{WB}(?:i wasn'?t|i was not|i wasnt|i'?m not|im not|i am not) the one (?:(?:who|that) )?(?:(?:had|needed|has|needs) to be (?:dragged|forced|pushed|begged|talked into|reminded|told)|with (?:a|the|another) (?:second|secret|spare|burner|hidden|other) [a-z]+|(?!(?:gets?|got|has|had|should|can|could|will|would|needs?|wants?|to)\b)[a-z]+(?:ing|ed)(?!\s+(?:and|but) i)){WE}|{WB}at least i (?:never|didn'?t|did not|wasn'?t|was not|don'?t|haven'?t|have never|'ve never) (?:lied|lie|lying|cheat|cheated|cheating|hid|hide|left|leave|walked|ghosted|disappeared|pretended|pretend|blamed|shouted|went behind|kept secrets|broke){WE}|{WB}(?:which is |that'?s |thats )?more than (?:you|u) (?:ever )?(?:managed|did|could|can say|bothered|ever did)(?=\s*(?:[.!,;]|$))|{WB}more than can be said for (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:(?:her|his|their)|[a-z]+'s) (?:${PARTNER_TITLES}|partner|fella|bloke|fiance|fiancee)[^.!?\n]{0,50}? (?:still|always|somehow) manages? to{WE}|{WB}other (?:couples|people|men|women|husbands|wives|boyfriends|girlfriends|dads|fathers|mums|mothers|partners) (?:manage|seem to manage|cope|find (?:the )?time|make (?:it|time|the effort))(?![^.!?\n]{0,40}(?:and so (?:can|could) we|we (?:can|could) too)){WE}|{WB}most (?:men|women|people|adults|guys|girls|grown-ups) (?:your|ur) age{WE}|{WB}(?:classic|typical) (?:you|u)(?=\s*(?:[.!;]|$|,? really|,? again|,? as usual|,? (?:always )?[a-z]+ing{WE}))|{WB}(?:forgive|excuse|pardon) me (?:if i (?:don'?t|dont|do not|can'?t) (?:buy|believe|trust|swallow|take (?:lessons|advice|a lecture|lectures))|for (?:expecting|thinking|assuming|hoping|wanting|believing) (?:you|u|that you|my (?:husband|wife|partner)|a (?:husband|wife|partner))){WE}|{WB}(?:weird|funny|interesting|strange|odd|amazing|convenient|typical|rich) (?:how|that) (?:(?:your|ur) (?:phone|memory|work|job|mates|friends|mum|mother|schedule|shifts?|trips?|battery|meetings|version|story|side)|[^.!?\n]{0,40}?(?:only|suddenly|conveniently)[^.!?\n]{0,30}?(?:(?:once|when|after|since|until|the (?:day|week|month)) (?:you|u)|(?:your|ur) )){WE}|{WB}(?:if (?:only )?(?:you|u)(?:'d| had| hadn'?t| had not)|had (?:you|u)(?: not)?) [^.!?\n]{1,70}?(?:none of (?:us|this|it) would|wouldn'?t be in this (?:mess|situation|position)|we(?:'d| would) (?:have been|be) (?:fine|okay|ok|happy|together|alright)|we (?:might|could|would|'d)(?: well)? (?:still )?(?:be (?:together|married|happy|a family|here|fine)|have (?:made it|lasted|been happy|had a chance|worked (?:it )?out))){WE}|{WB}(?:we could(?:'ve| have)|it could(?:'ve| have)|we might(?:'ve| have)|we(?:'d| would) have)[^.!?\n]{0,40}? if (?:only )?(?:you|u)(?:'d| had)(?! asked| care| like| want| fancy| prefer| rather| be (?:up|free|willing|open|around)){WE}|{WB}(?:didn'?t|did not|never) start(?:ed)? with me{WE}|{WB}(?:was|is) (?:not|n'?t|never) of my (?:making|doing|choosing){WE}|{WB}(?:wasn'?t|isn'?t|wasnt|isnt) of my (?:making|doing|choosing){WE}|{WB}(?:you|u) (?:had )?(?:already )?(?:checked out|given up|gave up|moved on|stopped caring|fallen out of love|fell out of love)(?: on us| of (?:this|the|our) (?:marriage|relationship))?[^.!?\n]{0,30}? (?:long )?before (?:i did|me|i even){WE}|{WB}(?:everything|nothing) i (?:did|said|do|say|tried)(?: was| is)(?: ever)? (?:wrong|good enough|right|enough) (?:for (?:you|u)|to (?:you|u)|in (?:your|ur) eyes){WE}|{WB}(?:you|u) decided (?:that )?everything i{WE}|${YOU_MAIN}\s+(?:just )?(?:didn'?t|did not|didnt|never|couldn'?t|couldnt) (?:even )?bother(?:ed)? (?:to )?(?:telling|tell|asking|ask|calling|call|saying|explaining|mentioning|coming|showing|replying|checking|turning up|turn up){WE}|{WB}i (?:only|just) (?:ever )?[a-z]+(?: [a-z]+){0,5} because (?:(?:you|u) (?:were never|never|(?:were )?always (?:at work|out|busy|on (?:your|ur) phone|working|drunk|angry|away|shouting|gone)|kept (?:pushing|nagging|lying|shouting|ignoring|on at me|me)|didn'?t|weren'?t|wouldn'?t|couldn'?t|pushed|drove)|(?:living|being) with (?:you|u) was){WE}|{WB}(?:we were|we'?d been|everything was|things were) (?:fine|happy|good|okay|great|ok)[^.!?\n]{0,20}? (?:until|till|before) (?:(?:you|u) (?:started|met|got(?! (?:sick|ill|pregnant|promoted|the diagnosis|better))|decided|joined|took|went|began|changed|stopped)|(?:your|ur) (?:mother|mum|mom|family|friends|job|work|ex|drinking|affair|new))(?![^.!?\n]{0,60}(?:my fault|(?:and|but),? i (?:wasn'?t|didn'?t|failed|couldn'?t|should|let|ruined|broke|started|wrecked|pushed))){WE}|${YOU_MAIN}\s+(?:always )?had (?:an )?excuses?(?: ready| for everything)?{WE}|{WB}(?:anyone|anybody|someone) with (?:half a heart|a heart|a conscience|any decency|an ounce of [a-z]+|half a brain|common sense)[^.!?\n]{0,20}? would(?:'ve| have){WE}|${YOU_MAIN}\s+made sure (?:everyone|everybody|people|our friends|the kids|they) (?:took (?:your|ur) side|blamed me|turned|saw me|thought|knew (?:my|i)){WE}|{WB}(?:let'?s not|don'?t|dont|do not|stop|quit) pretend(?:ing)? (?:that )?(?:you|u) (?:didn'?t|did not|didnt|had no|never|weren'?t|wasn'?t){WE}|{WB}all (?:you|u) (?:ever )?(?:cared|care|thought|think|talked|talk|worried) about (?:was|is|were) (?:your|ur|yourself|money|work|sex|drinking|football|golf|the pub|appearances|looks){WE}|{WB}(?:you|u) knew (?:exactly|full well|perfectly well|damn well) what (?:you|u) were doing{WE}|{WB}(?:went wrong|(?:things|it all) (?:went|started going) (?:wrong|downhill|south)|the (?:trouble|problems?|rot|arguments?|fighting|rows) (?:started|began|set in))[^.!?\n]{0,20}? (?:the (?:night|day|moment|week|year|minute)|when|once|after) (?:you|u){WE}|{WB}(?:it'?s|its|it is|it was|that'?s|thats|this is) not (?:all |entirely |just |only )?(?:on me|my fault){WE}|{WB}(?:wasn'?t|isn'?t|wasnt|isnt) (?:all |entirely |just |only )?(?:on me|my fault){WE}|{WB}i'?m not the only one (?:who|that) (?:should|needs? to|has to|ought to|could|was|did|made){WE}|{WB}takes a (?:special|certain|real|particular) (?:kind|sort|type) of (?:coward|nerve|selfishness|cruelty|arrogance){WE}|{WB}takes a (?:special|certain|real|particular) (?:kind|sort|type) of (?:person|man|woman)(?! to (?:do what (?:you|u) do|do (?:your|ur|that|this|the) (?:job|work)|care for|teach|nurse|look after|raise|foster|work (?:with|in|nights|there)|love|forgive|stay|keep going|start again|build)(?![\p{L}])){WE}|{WB}found (?:the )?time for [^.!?\n]{1,40}? (?:but not (?:for )?(?:me|us|my|our)|except (?:for )?(?:me|us)|apart from (?:me|us)|but me){WE}|{WB}(?:shame|pity) (?:that )?(?:you|u) never (?:learned|learnt|bothered|managed|grew){WE}|{WB}(?:had to|have to|got to) (?:hear|find out|learn|read) (?:about (?:it|[^.!?\n]{1,25}?) )?(?:from|on|via|through) (?:our|my|your|ur|a friend|the neighbours|facebook|instagram|insta|twitter){WE}|{WB}(?:finding|found|find) out (?:on|from|via|through) (?:instagram|insta|facebook|fb|twitter|tiktok){WE}|{WB}not [a-z]+(?: it| me)? like (?:you|u) always (?:do|did){WE}|${YOU_MAIN}\s+(?:(?:just|simply)\s+)?(?:did not|didn'?t|didnt) (?:listen|care|try|call|ask|help|notice|bother)(?=\s*(?:[.!,;]|$| to me| once| at all| even| ever| properly))|{WB}(?:once|when) (?:you|u)(?: were| are|'re) done (?:sulking|sulk|being childish|with (?:your|ur) tantrums?){WE}|{WB}(?:so )?thanks,? i guess{WE}|{WB}some of us (?:actually |at least |really |did )?(?:tried|cared|made an effort|bothered|stayed|fought){WE}|{WB}(?:guilty|ashamed|bad|terrible|awful)[^.!?\n]{0,30}?,? (?:and|as) (?:you|u) should(?: (?:be|feel))?(?=\s*(?:[.!]|$))|{WB}(?:not|never|without) (?:so much as|even) (?:a )?(?:thank[- ]you|thanks){WE}|{WB}(?:you'?d|you had|(?:you|u)) stopped (?:coming|calling|trying|turning up|showing up|visiting|caring|making (?:an )?effort)(?: to [a-z']+(?: [a-z']+)?)? (?:long )?before (?:i did|me){WE}|{WB}(?:you|u) used to be (?:so |such |really )?(?:kind|nice|fun|sweet|caring|thoughtful|different|gentle|patient|a good [a-z]+|the (?:kindest|sweetest|nicest) [a-z]+)(?=\s*(?:[.!]|$))|{WB}(?:you|u) do (?:you|u),? i guess{WE}|{WB}(?:you'?d|you would|you'?d made it clear you'?d) rather (?:be|spend|go|stay)[^.!?\n]{0,40}? than (?:(?:be )?(?:at )?home|with (?:me|us)){WE}|(?<=(?:^|[.!?\n])\s{0,3})funny,? that(?=\s*(?:[.!]|$))|{WB}(?:cheers|thanks|thank you) for (?:finally(?! [a-z]+ing{WE}${THANKS_GRANTED})|the lovely surprise|nothing(?! (?:less|short|but|more))){WE}|{WB}only took (?:you|u) [a-z0-9]+ (?:days|weeks|months|years){WE}|{WB}(?:you|u) (?:just )?(?:packed|walked|left)[^.!?\n]{0,30}? and (?:let|left) me (?:explain|tell|deal|face|pick|clean|sort|handle){WE}|{WB}(?:i guess |i suppose |apparently |clearly |obviously )?some (?:people|ppl|folk|folks) (?:just |clearly |obviously |apparently |really )?(?:find it (?:so |very |really )?(?:easy|easier) to (?:just )?(?:walk away|switch off|move on|forget|leave|lie|pretend|let go|disappear|replace|throw|ghost|cheat|start over|start again)|can (?:just )?(?:walk away|switch off|move on|forget|lie|pretend|throw)|(?:have|'ve got|got) no (?:shame|conscience|heart|decency)|never (?:change|learn|grow up)|(?:are|were) (?:just )?(?:better|good|great) at (?:lying|leaving|walking away|moving on|forgetting|pretending|hiding)){WE}|{WB}some of us (?:actually |at least |really |still |did |do )?(?:kept|keep|meant|mean|stuck|showed up|turned up|remembered|stayed (?:faithful|loyal|true)|were (?:faithful|loyal|honest)|have (?:jobs|feelings|a conscience)|work for a living|put in|took (?:it|our vows|this) seriously|take (?:it|our vows|this) seriously|actually care){WE}|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:oh|well|wow),?\s+)?)(?:real|really|very|how|so) (?:nice|classy|mature|grown[- ]up|considerate|thoughtful),? (?:disappearing|vanishing|ghosting|blocking|ignoring|lying|cheating|sneaking|walking out|leaving (?:me|us|without)|telling (?:everyone|my|our|your)|announcing|posting|moving (?:in|on)|bringing (?:her|him)|changing the locks|dumping){WE}|{WB}(?:nice|decent|gracious|generous|classy) of (?:you|u) to (?:finally|at last|eventually|(?:even )?bother|show (?:your|ur) true){WE}|{WB}(?:(?:you|u) (?:finally |really )?show(?:ed)?|(?:you|u)'?ve (?:finally )?shown) (?:me )?(?:your|ur) true colou?rs{WE}|{WB}(?:it'?s|that'?s|thats|a bit|bit|pretty|quite) rich,? (?:coming )?(?:from (?:you|u)|(?:you|u) (?:lecturing|telling|talking|calling|accusing|judging|preaching|complaining)){WE}|{WB}(?:your|ur) (?:version|account|side|telling|memory|recollection) (?:of (?:events|things|the story|what happened|it) )?(?:(?:conveniently|somehow|rather|quite|very) )?(?:leaves out|left out|skips|skipped|forgets|forgot|misses out|glosses over|is (?:very |rather |quite |a bit |pretty )?(?:selective|convenient|creative|one-sided)){WE}|{WB}(?:it'?s|its|it is|it was|that'?s|thats|everything(?:'s| is| was)) (?:always |all |still )?(?:somehow|apparently|magically|conveniently) (?:always |all |still )?(?:my fault|on me|down to me|me (?:who|that|to blame)){WE}|{WB}i (?:suppose|guess) i should (?:be|feel) (?:grateful|thankful|glad|honou?red|flattered|lucky)[^.!?\n]{0,40}?(?:at all|even|bothered|finally|deigned){WE}|{WB}(?:was|would(?:'ve| have) been) (?:clearly |apparently |obviously |evidently )?too much to ask,? (?:apparently|clearly|obviously|evidently|i guess|it seems){WE}|{WB}(?:apparently|clearly|obviously|evidently),? (?:that|it|a [a-z ]{1,30}?) (?:was|would(?:'ve| have) been) too much to ask{WE}|{WB}(?:it )?would(?:'ve| have) been (?:nice|good|decent|polite|lovely|courteous|helpful) (?:if (?:you|u) (?:had |'d )?(?:bothered|thought to|cared|remembered to|let me know|told me|warned me|asked me|had the (?:decency|courtesy))|to (?:hear it from (?:you|u)|be (?:told|warned|asked)|get (?:a|some) (?:warning|heads up|call|text|explanation))){WE}|{WB}(?:so )?sorry (?:that )?i (?:wasn'?t|was not|wasnt|couldn'?t be|am not|'m not) perfect enough{WE}|{WB}(?:so )?sorry for (?:existing|breathing|having (?:feelings|needs|an opinion)|expecting (?:you|u|a|some|the)){WE}|{WB}more than i (?:can|could) say (?:for|about) (?:you|u){WE}|{WB}must be nice (?:to (?:never|always) be (?:wrong|right|the victim)|being (?:always right|never wrong|the victim)){WE}|{WB}(?:it was |it'?s |that was )?my (?:fault|mistake|own fault) (?:for|was) ever (?:trusting|believing|thinking|falling for|marrying|loving|expecting){WE}|{WB}my mistake was (?:thinking|believing|hoping|expecting) (?:that )?(?:you|u)(?:'d| would| could| might) ever{WE}|{WB}(?:(?:you|u) (?:certainly|sure|really|clearly|obviously) know(?:s)? how to) (?:make (?:an|a) (?:exit|scene|entrance)|pick (?:them|your moments|your timing)|disappear|walk away|hurt (?:someone|people|me)|break (?:a heart|hearts|someone)|kick (?:someone|a person|me)){WE}|(?:(?:{YOURE}|you were|u were|you'?ve always been|you have always been|you always were) (?:(?:so|really|very|always|pretty|quite|such) ){0,2}(?:good|great|brilliant|excellent|an expert|a pro|skilled|talented|amazing|expert) at|{WB}(?:you|u)(?:'ve| have)? (?:always )?(?:have|had|got) (?:a|such a|a real|a special|quite a) (?:talent|gift|knack) for) (?:making (?:me|people|everyone|everybody|others|us|the kids|anyone) feel (?:small|stupid|guilty|bad|worthless|crazy|like (?:an idiot|nothing|a fool|dirt|the bad guy|the problem))|pretending (?:nothing|everything|it|that|to care|not|things)|lying|hiding (?:things|stuff|the truth|your)|disappearing|walking away|ignoring|avoiding|twisting|playing (?:the victim|games|innocent|dumb)|blaming|changing the subject|making excuses|keeping secrets|guilt-tripping|shutting (?:me )?out|rewriting|turning (?:things|it|everything) around|running away|vanishing|ghosting|dodging){WE}|{WB}(?:when|whenever|once|if|the day|until|till|til) (?:you|u)(?:'re| are| r|re) (?:finally |ever )?(?:ready|willing|prepared|man enough|woman enough|grown[- ]up enough|big enough|brave enough) to (?:apologi[sz]e|say sorry|admit|own (?:up|it|what)|take responsibility|grow up|tell the truth){WE}|{WB}(?:it'?s|it is|that'?s) (?:now )?(?:up to|on) (?:you|u) to (?:fix|repair|sort|mend|make (?:it|this|things) right|put (?:it|this|things) right|make amends|apologi[sz]e|clean up){WE}|{WB}(?:it was|it'?s|it is|always) easier for (?:you|u) to (?:blame|walk away|leave|lie|run|pretend|point){WE}|{WB}(?:you|u) (?:always )?found it easier to (?:blame|walk away|leave|lie|run|pretend|point){WE}|{WB}(?:at the first sign of (?:trouble|difficulty|a problem)|when (?:it|things) got (?:hard|tough|difficult))[^.!?\n]{0,10}? like (?:you|u) did{WE}|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:oh|well|wow),?\s+)?)(?:real|really|very|how|so) (?:mature|classy|grown[- ]up|adult)[,!]? [a-z]+ing{WE}|(?:you|u|your|ur)[^.!?\n]{0,60}?(?:only|conveniently)[^.!?\n]{0,30}?(?:when|whenever|if) it (?:suits|suited) (?:you|u){WE}|{WB}(?:so )?(?:now )?(?:i'?m|im|i am) the (?:bad guy|villain|baddie|monster|bad one) now{WE}|{WB}so (?:now )?(?:i'?m|im|i am) the (?:bad guy|villain|baddie|monster|bad one|problem|one to blame){WE}|(?:{YOURE}|you were|u were) the (?:only |sole |real |main )?reason (?:why )?we (?:never|couldn'?t|can'?t|didn'?t|don'?t|stopped|lost|had to)(?! (?:give|gave) up| quit| split| break up| broke up| lose hope| fall apart| fell apart| fight| fought| argue){WE}|{WB}my (?:feelings|needs|happiness|wishes|opinions?|career|family|health) (?:were|was|'ve been|have been) (?:never|not exactly|hardly|always) (?:very |that )?(?:high |top )?on (?:your|ur) (?:list|radar|priority list|priorities|agenda){WE}|{WB}must be (?:exhausting|tiring|hard work|nice|lovely|great) (?:being|to be) (?:right|perfect|the victim|so perfect|never wrong|always right)(?: all the time| about everything)?{WE}|{WB}if (?:you|u) (?:even|still|ever) (?:remember|recall)(?: that)? (?:you|u) (?:have|had|'ve got){WE}|{WB}(?:you|u) started (?:all |this |the whole |the )*(?:mess|fight|row|argument|palaver|drama|nonsense|wahala|war|trouble|rot){WE}|{WB}air(?:ed|ing)? (?:our|my) dirty (?:laundry|linen){WE}|{WB}what (?:you|u)(?:'ve| have)? done to (?:this|our|my) (?:family|home|marriage|kids|children){WE}|{WB}(?:i'?d|i would)(?:'ve| have| of)? (?:stayed|been|remained|kept) (?:faithful|loyal|true|home|sober|calm|patient|quiet|nicer|kinder)[^.!?\n]{0,40}? if (?:only )?(?:you|u)(?:'d| had| would(?:'ve| have)?| were| was| ever){WE}|{WB}(?:oh )?(?:sure|yeah|go on|that'?s right|right),? blame (?:me|the one (?:who|that)){WE}|{WB}how (?:easily|readily|casually|smoothly|quickly) (?:you|u) (?:told (?:it|them|that|the lie)|lied|lie|left|walked (?:out|away)|moved on|forgot|replaced me){WE}|{WB}(?:memory|story|version)[^.!?\n]{0,30}? (?:only|conveniently) (?:works|remembers|covers|includes|tells|goes)(?: for| when| one way){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'verdict',
      // A verdict on the reader's act or manner, or a habit charged: "the way you spoke to my mum was unforgivable",
      // "what you did at the wedding was cruel", "that was low of you", "every fight we had started with you checking
      // your phone", "it all fell apart because of your drinking", "u literally never once asked", "you cannot be
      // bothered to ring", "you just shut the door in my face", "you brushed me off", "you spoil everything".
      re:
        sp(
          // "i still think u overreacted": the verdict said by the writer (their-verdict reads it said by others). Not
          // denied ("I don't think you overreacted"), nor told as what they know ("deep down u know u overreacted": mind-reading,
          // as the tuning set labels it). Its reading lets the shared reproach filter (reproach.ts) drop the
          // memory of the scene it is told in ("that night at marcos and honestly i still think u overreacted").
          String.raw`(?<!(?:n'?t|{B}not|{B}never) (?:think|thinking|say|saying|said|feel|believe|mean) (?:that )?)(?<!(?:n'?t|{B}not|{B}never) )(?<!{B}(?:know|knew|realise|realize|see) (?:that )?){B}(?:you|u) (?:(?:totally|completely|really|massively|way|kind of|a bit|just|honestly) )?(?:overreacted|over-reacted|went way over the top)(?![\p{L}])`,
        ) +
        '|' +
        sp(
          String.raw`{WB}(?:the way|how|what) (?:you|u) (?:treated|spoke|talked|left|handled|ended|behaved|acted|dumped|humiliated|ignored|did|said|walked out|told|announced|went about)(?:{WE}[^.!?\n]{0,60}?)? (?:was|is|were) (?:(?:so|really|just|absolutely|completely|utterly|totally|frankly|honestly|simply|plain|downright|bang|pretty|quite|beyond)\s+)?(?:unforgivable|cruel|disgusting|disgraceful|shameful|appalling|unacceptable|horrible|vile|nasty|spiteful|heartless|cowardly|out of order|below the belt|low|despicable|inexcusable|outrageous|callous|humiliating|degrading|unfair|wrong|a disgrace|a betrayal|the last straw){WE}|{WB}(?:that|it|this) was (?:(?:so|really|pretty|very|bloody|a bit|quite)\s+)?(?:cruel|unforgivable|low|nasty|spiteful|heartless|cowardly|selfish|out of order|mean|vile|callous) of (?:you|u){WE}|{WB}(?:every|each|all (?:of )?(?:our|the)) (?:single )?(?:fights?|rows?|arguments?|quarrels?|blow-ups?|falling outs?)(?: we (?:ever )?had)? (?:started|began|kicked off) (?:with|because|when|over) (?:you|u|your|ur){WE}|{WB}(?:fell apart|ended|broke down|went wrong|died|collapsed|failed|went (?:south|downhill)|crumbled|broke up|finished|went to pot) (?:(?:all|mostly|only|just|entirely)\s+)?(?:because of|thanks to|due to|down to) (?:your|ur) (?:(?:constant|endless|bloody|stupid|precious)\s+)?(?:${FAULTS}|job|work|phone|mother|mum|mom|family|friends|mates|ex|behaviou?r){WE}|${YOU_MAIN}\s+(?:literally|honestly|basically|really|just|simply|actually)\s+(?:never|not once|never once)\s+(?:once\s+)?(?:asked|listened|cared|tried|called|helped|thanked|noticed|apologi[sz]ed|said sorry|came|visited|bothered|showed up|made (?:time|an effort)|lifted a finger){WE}|${YOU_MAIN}\s+(?:(?:just|still|clearly|obviously|simply)\s+)?(?:can'?t|cannot|cant|couldn'?t|couldnt|could not|won'?t|wouldn'?t|can not)\s+(?:even\s+)?be (?:bothered|arsed|fussed) (?:to|with){WE}|${YOU_MAIN_ADV}(?:shut|slammed) the door (?:in my face|on me|on us|on (?:every|any) (?:conversation|attempt)){WE}|${YOU_MAIN_ADV}(?:brushed|shrugged|fobbed) me off{WE}|${YOU_MAIN_ADV}(?:froze|shut) me out{WE}|${YOU_MAIN_ADV}stonewalled me{WE}|${YOU_MAIN_ADV}hung up on me{WE}|${YOU_MAIN_ADV}(?:talked|spoke) over me{WE}|${YOU_MAIN_ADV}laughed in my face{WE}|${YOU_MAIN}\s+(?:(?:always|just|only)\s+)?(?:spoil|spoils|spoilt|spoiled|ruin|ruins|destroy|wreck|mess up) (?:everything|it all|every(?: single)? (?:thing|birthday|holiday|christmas|occasion|plan|weekend|day out)){WE}|${YOU_MAIN}\s+(?:abandon|betray|deceive|humiliate|disrespect|cheat on|lie to) me{WE}(?! (?:at|in) )|${YOU_MAIN_ADV}(?:threw|chucked|tossed|binned|flushed) (?:them|those years|the lot|all (?:of )?(?:it|that|them)|my (?:best )?years|our (?:years|life|marriage|future|family))(?: all)? away{WE}|${YOU_MAIN_ADV}threw away (?:my (?:best )?years|the best years|those years|our (?:years|life|marriage|future|family)){WE}`,
        ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'who-did-it',
      // Who did it, said with a twist: "it was you, if I may remind you, who cancelled the venue", "you were the one who
      // let it all go to pot", "ur the reason we're not together anymore", "we had a good thing going until you stopped
      // bothering to visit", "didn't take you long to move on, did it", "if you'd put half the effort into us that you put
      // into football", "you said you were at Dave's, you were with her", "look what you've turned me into", "I feel like
      // you were waiting for an excuse to leave".
      re: sp(
        String.raw`{WB}it (?:was|is|'s) (?:you|u),? [^,.!?\n]{1,40},? (?:who|that) (?:cancelled|canceled|called|pulled out|backed out|broke|walked|left|ended|cheated|lied|gave up|refused|forgot|ignored|stopped|started|chose|quit|ruined|wrecked|wanted out|went){WE}|{WB}it (?:was|is|'s) (?:you|u) (?:who|that) (?:cancelled|canceled|called (?:it|things|the wedding|everything) off|called off|pulled out|backed out|refused|forgot|ignored|stopped (?:talking|calling|trying|coming|caring)|went (?:quiet|cold|silent)|started (?:it|this|the (?:fight|row|argument)))(?:{WE}|$)|(?:{YOURE}|you were|u were|u r) the one (?:who|that) let (?:it|us|things|everything|this|the relationship|the marriage)(?: all)? (?:go|slip|slide|fall|die|drift|rot|get){WE}|(?:{YOURE}|you were|u were|u r) the (?:only |sole |real |main |whole )?reason (?:why |that )?(?:(?:we'?re|we are|we were|were) (?:not together|no longer together|apart|finished|done|over|in this mess|not speaking|not talking)|(?:we aren'?t|we arent|we weren'?t) (?:together|speaking|talking)|(?:i'?m|i am|im) (?:alone|on my own|in this mess)){WE}|{WB}(?:we had|we were|things were|it was|everything was|life was|we'?d got)[^.!?\n]{0,40}? (?:until|till|til) (?:you|u) (?:stopped (?:bothering|caring|trying|visiting|calling|coming|making|answering|listening|talking|texting)|got bored|lost interest|checked out|decided (?:to|you|that|i)|went behind|started (?:lying|seeing|cheating|drinking|going out|hiding|staying out|ignoring)|met (?:him|her)){WE}|{WB}(?:didn'?t|did not|didnt|doesn'?t|does not) take (?:you|u) (?:long|much time|very long|a lot of time) to (?:move on|replace me|find (?:someone|somebody|a new|another|him|her)|forget (?:me|us|about)|get over (?:me|us|it)|jump|bounce back|start seeing){WE}|{WB}(?:it )?(?:only |just )?took (?:you|u) (?:all of |just |only |barely |less than )(?:a|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?|months?) to (?:move on|replace me|find|forget|get over){WE}|{WB}(?:if (?:only )?(?:you|u)(?:'d| had| would(?:'ve| have))?|(?:you|u) (?:never|didn'?t|couldn'?t|wouldn'?t|did not|could not)) (?:even )?(?:put|give|given|gave|show|showed|shown|spend|spent|pay|paid|pour|poured|devote|devoted) (?:me |us )?(?:half|a fraction|a tenth|a quarter|as much|the same|even (?:a )?(?:bit|little|some|half))(?: of)? (?:the |your |ur )?(?:effort|energy|time|attention|love|care|passion|thought|interest){WE}|${YOU_MAIN}\s+(?:gave|paid|showed|spent|put)\s+(?:more|far more|way more|much more)\s+(?:attention|time|love|effort|energy|care)\s+(?:to|on|into|with)\s[^.!?\n]{1,40}?\sthan\s+(?:(?:to|on|into|with)\s+)?(?:me|us){WE}|{WB}(?:you|u) (?:said|told me|claimed|swore|kept saying)(?: that)? (?:you|u) (?:were|was|had been|'d been)\s[^.!?\n]{1,50}?(?:,|but|and|when|yet)\s+(?:really |actually |all along |the whole time )?(?:you|u) (?:were|was) (?:with|really|actually|seeing|at (?:hers|his|her place|his place)){WE}|{WB}(?:what|who) (?:you|u)(?:'ve| have)? (?:turned|made) me into{WE}|{WB}what (?:you|u)(?:'ve| have)? reduced me to{WE}|{WB}i (?:feel|felt|get|got|have|had|always had) (?:like|as if|as though|that|the (?:feeling|sense|impression)) (?:that )?(?:you|u) (?:were|was|'d been|had been|have been|'ve been) (?:just |only |always |secretly |already )?(?:waiting (?:for|to|until)|(?:looking|searching) for (?:an? )?(?:excuse|way out|reason|exit|door|someone)|itching|planning|biding){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'sideways-charge',
      // An accusation made sideways, read in letters written as users write them: "You just threw away six years like
      // they were nothing", "Everyone can see what you did", "I was the one who held everything together while you did
      // whatever you wanted", "Funny how you found time for him but never for me", "I suppose it was easier for you to
      // just walk away", "While you were out every night, I was home with the baby".
      re: sp(
        [
          String.raw`${YOU_MAIN_ADV}(?:threw|thrown|throw|chucked|tossed|flushed|binned)\s+(?:away\s+)?(?:(?:\w+|\d+)\s+)?(?:years|months|decades)(?:\s+of\s+(?:my life|our lives|us|marriage|love|history|my youth))?(?:\s+away)?{WE}`,
          String.raw`(?<!(?:sure|tell|let|until|till|soon|when|before)\s+(?:that\s+)?){WB}(?:everyone|everybody|the whole (?:town|street|village|world|family)|all (?:our|my|your|ur) friends|people|our friends) (?:can |could |has |have |now |all )?(?:see|saw|seen|know|knows|knew|heard|found out)(?: exactly)? what (?:you|u) (?:did|done|have done|'ve done|really are|were really)(?: to (?:me|us|this family))?{WE}(?! for)`,
          String.raw`{WB}i (?:was|am|'m|im) the (?:only )?one (?:who|that) [^.!?\n]{3,60}? (?:while|whilst) (?:you|u) (?:just |only )?(?:did (?:whatever|what) (?:you|u) (?:wanted|liked|pleased)|went out|were out|was out|partied|swanned|played|sat|lay|slept|disappeared|had fun|did nothing|pleased yourself)`,
          // Lead review (sixteenth round): "i was the one driving to the hospital every night and u were out with the lads".
          String.raw`{WB}i (?:was|am|'m|im) the (?:only )?one (?:(?:who|that) (?:was )?)?\p{L}+ing(?![\p{L}])[^.!?\n]{0,60}? (?:while|whilst|and|but) (?:you|u) (?:were|was|r) (?:just |always |only |still )?(?:out|off out|away|at the (?:pub|gym|bar)|down the pub|partying|drinking|gaming|playing|on (?:your|ur) (?:phone|xbox|playstation|laptop)|with (?:her|him|them|the lads|the boys|the girls|(?:your|ur) (?:mates|friends|ex|new)))(?![\p{L}])`,
          String.raw`{WB}(?:funny|interesting|amazing|strange|odd|convenient|typical|ironic) how (?:you|u) (?:always |once |kept |used to )?(?:said|say|swore|promised|told me|insisted) (?:that )?(?:you'?d|you would|u'?d|you'?ll|you will) never(?![\w'])`,
          String.raw`{WB}(?:funny|interesting|amazing|strange|odd|convenient|typical) how (?:you|u){WE}[^.!?\n]{3,60}? (?:but|yet) (?:never|not|no)(?![\w'])[^.!?\n]{0,20}?{WB}(?:me|us|my)(?![\w'])`,
          String.raw`{WB}it (?:was|must have been|must'?ve been|'s|is) (?:so |much |a lot |far )?(?:easier|simpler|more convenient) for (?:you|u) (?:to )?(?:just )?(?:walk away|leave|run|run away|give up|disappear|ignore me|pretend|blame me|move on|forget (?:me|us))(?=\s*(?:[.!?,;]|$)| (?:than|instead|from))`,
          String.raw`{WB}(?:i (?:still )?remember|remember|i (?:can'?t|cannot|won'?t|will never) forget) (?:how|when|the way|all the times?|every time) (?:you|u) (?:used to |would |always |kept |once )?(?:scream(?:ed)?|shout(?:ed)?|yell(?:ed)?|swear|swore|sneer(?:ed)?|laugh(?:ed)? at me|mock(?:ed)?|belittl(?:e|ed)|humiliat(?:e|ed)|ignor(?:e|ed) me|lie|lied|cheat(?:ed)?|slam(?:med)?|storm(?:ed)? out|criticis(?:e|ed)|criticiz(?:e|ed)|put me down|talk(?:ed)? down to me|made fun of me|call(?:ed)? me (?:names|stupid|useless|fat|crazy|a ))(?![\w])`,
          String.raw`{WB}(?:while|whilst) (?:you|u) (?:were|was) (?:out|off|away|down the pub|at the pub|partying|drinking|gaming|playing|out with [^.!?\n,]{1,20})(?: (?:every|each) (?:night|weekend|evening)| all the time| till (?:3|4|5|three|four|five)| constantly)[^.!?\n]{0,20}?,\s*i (?:was|were|sat|stayed|did|had|looked after|cleaned|cooked|worked|held|was left)`,
        ].join('|'),
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'contempt',
      // Second probe: "you never made one single effort with my family", "you have treated me with contempt", "don't act
      // like you didn't know", "I lie awake because of what you did".
      re: sp(
        String.raw`${YOU_MAIN}\s+never\s+(?:once\s+)?made (?:one|a single|one single|any real|the slightest) (?:single )?effort{WE}|${YOU_MAIN_ADV}treated me (?:with (?:contempt|disdain|disrespect|cruelty|scorn)|(?:so )?(?:badly|terribly|horribly|appallingly|shamefully)){WE}|{WB}(?:don'?t|do not|dont|stop) (?:act|acting|pretend|pretending)(?: like| as if| as though)? (?:(?:you|u) )?(?:didn'?t|did not|never) know{WE}|{WB}because of what (?:you|u) (?:did|done|have done|'ve done)(?! for){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'grievance-aside',
      // Eleventh round (probe eval/eleventh/pitfalls11): a charge said sideways, by sarcasm, by comparison or by what
      // the writer was left to learn: "Apparently three years didn't merit a conversation", "I guess I wasn't worth a
      // phone call", "Nice to know where I stood", "I was always the last to know", "You had plenty of time for your
      // mates, just never for me", "You were quick enough to find someone new", "It didn't take you long to replace
      // me", "Your phone was always more interesting than me", "You let me believe it was my fault", "You just
      // couldn't be bothered anymore", "u left me on read for 3 weeks", "You managed to tell your sister before you
      // told me", "While I was sitting in A&E with our son, you were at the pub", "Of course it was never your fault, it
      // never is".
      re: sp(
        [
          String.raw`{WB}(?:apparently|clearly|obviously|i guess|i suppose|evidently)[^.!?\n]{0,40}? (?:didn'?t|did not|didnt|doesn'?t|don'?t|wasn'?t|weren'?t) (?:even )?(?:merit|deserve|warrant|earn|justify|rate|count for|worth) (?:a|an|one|even a|so much as a) (?:conversation|explanation|goodbye|phone call|call|text|reply|visit|proper (?:goodbye|conversation|explanation)){WE}`,
          String.raw`{WB}(?:i guess |apparently |clearly |obviously |i suppose |evidently )?i (?:wasn'?t|was not|wasnt|am not|'m not|'m|am) (?:even )?(?:not )?worth (?:a|one|the|so much as a|even a) (?:phone call|call|text|goodbye|conversation|explanation|message|note|reply|visit|second thought|proper goodbye){WE}(?![^.!?\n]{0,30}?(?:i (?:used to )?(?:tell|told|say|said) (?:to )?myself|i (?:used to )?(?:think|thought|believe|believed)))`,
          String.raw`(?<=(?:^|[.!?\n,;:—])\s{0,3}(?:(?:well|so|oh|and|but)[,]?\s+)?)(?:nice|good|great|lovely|glad|interesting) to (?:know|see|find out|learn) (?:where i (?:stand|stood)|how (?:much|little) i (?:mattered|matter|meant|mean|counted)|what i (?:was|am|'m) worth|where (?:your|ur) priorities (?:lie|lay|are|were)){WE}(?=\s*(?:[.!,;]|$|(?:with (?:you|u)|now|then|in (?:your|ur) (?:eyes|life))))`,
          String.raw`{WB}i (?:was|am|'m|m) (?:always |of course |as usual |apparently |conveniently )?(?:the last (?:one |person )?to (?:know|find out|hear|be told)|always the last to know){WE}(?![^.!?\n]{0,60}?(?:surprise|i loved it|i didn'?t mind|i never minded|which was fine|and that'?s fine|modest|humble|shy|promot|engag|pregnan|present|party|award))`,
          String.raw`${YOU_MAIN}\s+(?:always\s+)?(?:had|found|made|seemed to have)\s+(?:plenty of |all the |enough |so much |loads of |endless |time and )?(?:time|energy|patience|money|room|attention)\s+for\s+[^.!?\n]{1,40}?,?\s+(?:but |just |yet |and )?(?:never|not|none|nothing|no time)(?: (?:left|at all|once))? (?:for|with|on) (?:me|us|the kids|our|your (?:own )?(?:kids|family|son|daughter)){WE}`,
          String.raw`${YOU_MAIN}(?:'re| are| were| was)\s+(?:(?:certainly|very|pretty|awfully|quite)\s+)?(?:quick|fast|swift|keen|happy|eager) enough to (?:find|replace|move on|get (?:over|with)|jump|start|leave|forget|post|tell|block|delete|bin){WE}|{WB}(?:it )?(?:didn'?t|did not|didnt) take (?:you|u) (?:very |too )?long to (?:find (?:someone|somebody|a replacement|another)|replace me|move on|get over (?:me|us|it)|forget (?:me|us|about)|jump into|start seeing|block me|delete)`,
          String.raw`{WB}(?:your|ur) (?:phone|work|job|mates|friends|football|games?|laptop|computer|xbox|playstation|telly|tv|career|hobby|golf|gym|band|boss|drinking buddies|fantasy league|colleagues)(?: [a-z]+)? (?:was|were|is|are) (?:always |clearly |obviously )?(?:more (?:interesting|important|fun|exciting)|a (?:bigger|higher) priority) than (?:me|us|our|the kids|i (?:was|am|ever was)){WE}`,
          String.raw`${YOU_MAIN_ADV}(?:let|made) me (?:believe|think|feel) (?:like |that )?(?:it|everything|all of it|this|the whole thing)(?: all)? (?:was|is|had been) (?:all )?my (?:fault|doing)`,
          String.raw`${YOU_MAIN}\s+(?:(?:just|simply|clearly|obviously|honestly|literally)\s+)?(?:couldn'?t|could not|couldnt|can'?t|cannot|cant|wouldn'?t|won'?t) be (?:bothered|arsed|asked)(?! with (?:the|that|those|him|her|them|it)){WE}`,
          String.raw`${YOU_MAIN_ADV}(?:left|leave|leaving|kept|keep) me on (?:read|delivered|seen|hold){WE}`,
          String.raw`${YOU_MAIN}\s+(?:(?:managed|found time|made sure|bothered|remembered|got round|thought) to )?(?:tell|told|ring|rang|call|called|text|texted|message|messaged|inform|informed)[^.!?\n]{1,60}? before (?:(?:you|u) (?:told|rang|called|texted|messaged|said (?:anything|a word) to) me|telling me|(?:you|u) (?:even )?(?:bothered|thought) to (?:tell|call|ring|text) me|(?:i|me) (?:knew|heard|found out)){WE}`,
          String.raw`{WB}(?:while|whilst|when) i (?:was|were|'m|am) [^.!?\n]{1,50}?,? (?:you|u) (?:were|was) (?:(?:out|off|down|up|still|just)\s+)?(?:at the pub|in the pub|down the pub|out (?:drinking|partying|with (?:her|him|them|your (?:mates|friends)))|partying|drinking|on (?:holiday|(?:your|ur) phone|a (?:stag|hen|lads'?|girls'?) (?:do|night|weekend|trip))|(?:at|in) (?:the gym|the bookies|(?:your|ur) (?:mate|mates|friend|friends)'?s?)|with (?:her|him|them|(?:your|ur) (?:ex|mates|friends))|asleep|fast asleep|gaming|playing (?:golf|games|football|poker)|texting (?:her|him|them)){WE}(?![^.!?\n]{0,60}?(?:cos(?:y|iest|ier)|lovely|sweet|i loved|i didn'?t mind|i never minded|we both|which was (?:fine|nice|lovely|sweet|fair)|and it was (?:nice|lovely|perfect|the best|fine)))`,
          String.raw`{WB}i deserved (?:a|an|the|some|at least a|one)? ?(?:conversation|explanation|goodbye|phone call|call|warning|chance|say|word|honest answer|proper goodbye|better)[^.!?\n]{0,30}? (?:before|instead of|not|rather than|than) (?:i (?:deserved|got|was given) )?(?:a |an |the |being |to be |to find out (?:from|on|via|through) )?(?:betrayal|lies|lie|silence|text|note|affair|instagram|facebook|(?:cheated|lied|dumped|ghosted|left|blocked) (?:on|to)?|ghosting|a text|a note|an? (?:empty|half-empty) (?:flat|house|wardrobe)){WE}`,
          // Formal and non-native charges: "You promised me many things and kept none", "It is not correct what you did
          // with my sister", "You were happy to take my money but not my problems", "I would have appreciated the truth,
          // rather than discovering it from a neighbour", "One might have expected a little more honesty", "Your conduct
          // towards my family was, frankly, unacceptable", "It was rather convenient for you that I was away", "I note
          // that you found the time to update your profile but not to reply to me", "I did not deserve this treatment".
          String.raw`${YOU_MAIN}\s+promised (?:me |us )?[^.!?\n]{1,40}?,?\s+(?:and|but|yet) (?:kept|delivered|did|honoured|honored) (?:none|nothing|not (?:one|a single one|any))(?: of (?:them|it))?{WE}`,
          String.raw`{WB}(?:it|this|that)(?:'s| is| was) not (?:correct|right|fair|okay|ok|normal|acceptable|nice|honest|decent) (?:what|how|the way) (?:you|u) (?:did|treated|behaved|spoke|acted|left|ended|handled|lied)(?![^.!?\n]{0,30}?(?:to yourself|yourself|urself)){WE}`,
          String.raw`${YOU_MAIN}(?:'re| are| were| was)\s+(?:always\s+)?(?:happy|glad|quick|keen|willing|eager|pleased) (?:enough )?to (?:take|spend|use|accept|enjoy|share)[^.!?\n]{1,30}?,?\s+(?:but|yet) not{WE}`,
          String.raw`{WB}i (?:would|'d) have (?:appreciated|liked|preferred|valued) (?:the truth|honesty|a (?:warning|conversation|phone call|call|heads-up|word|proper goodbye)|being told|hearing it from (?:you|u))[^.!?\n]{0,20}?,?\s*(?:rather than|instead of|not) (?:discovering|finding out|hearing|learning|reading|being told|seeing){WE}`,
          String.raw`{WB}(?:one|i) (?:might|would|could) (?:have )?(?:expected|hoped for) (?:a (?:little|bit|lot) |slightly |rather |somewhat |far |much )?(?:more|better) (?:honesty|respect|courtesy|decency|loyalty|care|consideration|kindness|than (?:that|this|a text|a note))(?! from myself| of myself){WE}`,
          String.raw`{WB}(?:your|ur) (?:conduct|behaviou?r|attitude|treatment of (?:me|us|my [a-z]+)|actions|language|manner|tone)[^.!?\n]{0,40}?(?:was|is|has been|were)(?:,?\s*(?:frankly|honestly|quite|simply|utterly|completely|totally|just),?)*\s+(?:unacceptable|disgraceful|appalling|shameful|disgusting|cruel|vile|outrageous|inexcusable|unforgivable|despicable|out of order|beyond the pale)(?![^.!?\n]{0,30}?(?:so was mine|as was mine|and mine|and so was i|so did i)){WE}`,
          String.raw`{WB}(?:it was|it'?s|it is|how|very|rather|quite|awfully|so|all too|terribly) (?:rather |very |quite |awfully |so |terribly |remarkably |all too )?convenient (?:for (?:you|u)(?! (?:to (?:take|have|keep|use|get)|when (?:i|we)))|that (?:you|u)){WE}`,
          String.raw`{WB}(?:you|u) (?:found|had|made|seemed to have) (?:the )?time to [^.!?\n]{1,40}?,?\s+(?:but|yet|and) (?:not|never|no time) to{WE}`,
          String.raw`{WB}i (?:did not|didn'?t|didnt|do not|don'?t|dont) deserve (?:(?:this|that|such|your) (?:treatment|behaviou?r|humiliation|betrayal|contempt|silence|cruelty|coldness)|to be treated (?:like|this way|that way|so badly|with)|what (?:you|u) did|(?:any of )?(?:this|that) after (?:\w+ ){0,2}years){WE}`,
          String.raw`(?<=[,;—]\s{0,3})(?:(?:and|but)\s+)?(?:you|u) (?:never|don'?t ever|dont ever) (?:do|did|bother|have|reply|answer)(?: anyway| any ?more|,? do (?:you|u)| though)(?=\s*(?:[.!?]|$))`,
          // A promise measured against what came: "u said it was just for a year and then it was three".
          String.raw`{WB}(?:you|u) (?:said|promised|swore|told me) (?:it (?:was|would be|'d be|was going to be)|(?:you|u)(?:'d| would) (?:only )?be (?:gone|away|there)) (?:just |only )?(?:for )?(?:a|one|two|six|\d+) (?:year|month|week|summer|term|contract)s?[^.!?\n]{0,20}?,? (?:and|but) (?:then )?(?:it (?:was|turned into|became|ended up (?:being )?)|now it'?s) (?:two|three|four|five|six|\d+|years|forever)(?![^.!?\n]{0,40}?(?:laugh|funny|worth it|glad|loved|proud)){WE}`,
          String.raw`{WB}(?:let'?s|lets|let us) not pretend (?:it|this|that|everything)(?: was| is|'s)? (?:all|only|just) (?:me|on me|my fault|my doing){WE}`,
          // Twelfth: how they learned it, as mock courtesy: "Nice of you to let me find out from your sister".
          String.raw`{WB}(?:nice|good|lovely|great|thoughtful|kind|classy|decent|considerate|sweet) of (?:you|u) to (?:${LEARNED_IT}|tell (?:everyone|everybody|your [a-z]+|ur [a-z]+|my [a-z]+|our [a-z]+)[^.!?\n]{0,30}? (?:before|first))(?![\w'])`,
          // Twelfth: bitterness said as the writer's own mistake or as thanks with a shrug: "I was wrong to trust
          // you", "I was a fool to believe a word you said", "Thanks for all the memories, I guess", "Congratulations
          // I guess", "Didn't take you long." (a whole sentence: what it did not take long for goes without saying).
          String.raw`{WB}i (?:was|were|'ve been|have been) (?:so |such |really |clearly )?(?:wrong|stupid|a fool|an idiot|foolish|naive|mad|crazy|an? (?:complete |total |absolute )?(?:fool|idiot|mug)) (?:ever |even |to ever |ever to )?(?:to )?(?:trust|believe|believe in|rely on|count on|depend on) (?:(?:you|u)|a (?:single )?word (?:you|u) (?:said|say|told me)|anything (?:you|u) (?:said|say|told me)|(?:your|ur) (?:word|promises?|lies)){WE}(?![^.!?\n]{0,20}? (?:with (?:the|that|my|our)|to (?:do|be|get|make|handle|manage|look after)))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:(?:well|so|oh)[,]?\s+)?(?:thanks?(?: you)?|cheers|congratulations|congrats|well done|good for (?:you|u)|nice one)(?: (?:for|on) [^.!?\n]{1,40}?)?,? i (?:guess|suppose)(?=\s*(?:[.!…]|$))`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:(?:well|so|wow|oh)[,]?\s+)?(?:it )?(?:didn'?t|did not|didnt) take (?:you|u) (?:very |too |that |so )?long(?:,? did it\??)?(?:,?\s+(?:lol|lmao|haha|tbh|eh|huh|mate))?(?=\s*(?:[.!?…]|$))`,
          // Twelfth round (eval/twelfth/pitfalls12): the speed of moving on as the charge ("Glad to see you've moved on so
          // quickly", "Nice to see you didn't waste any time"), what was thrown away made light of ("I guess three
          // years was easier to throw away than I thought", "Six years and it took you what, two months?").
          String.raw`(?<=(?:^|[.!?\n,;:—])\s{0,3}(?:(?:well|so|oh|and|but|anyway)[,]?\s+)?)(?:(?:i'?m|im|i am) )?(?:glad|good|nice|great|lovely|pleased|happy) (?:to see |to know |to hear )?(?:that )?(?:you'?ve|you have|u'?ve|uve|you|u) (?:(?:managed to|been able to) )?(?:moved on|move on|bounced back|got over (?:me|us|it|everything)|found (?:someone|somebody) (?:new|else)|replaced me)(?: [a-z]+){0,2}? (?:so|that) (?:quickly|fast|soon|easily)(?! from (?!me|us|what we|everything we))(?![^.!?\n]{0,40}?(?:i mean (?:it|that)|genuinely|honestly|truly|really|you deserve|i'?m (?:really )?(?:glad|happy|pleased)|good for (?:you|u)|not being sarcastic|no sarcasm)){WE}|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|so|oh|wow)[,]?\s+)?)(?:(?:nice|good|glad) to see )?(?:you|u) (?:didn'?t|did not|didnt) waste (?:any|much) time(?:,? did (?:you|u)\??)?(?=\s*(?:[.!?…]|$))`,
          String.raw`{WB}(?:i guess|apparently|clearly|obviously|evidently|i suppose|it seems|it turns out),?\s+(?:that\s+)?(?:i|we|(?:all )?(?:those|these|our|the|\w+) (?:\w+ )?(?:years|months)(?: (?:together|we had))?|what we had|everything we (?:had|built)|our (?:relationship|marriage|life together|home|family))\s+(?:was|were|is|are)\s+(?:so |that |pretty |very |a lot |much |far )?(?:easy|easier) (?:for (?:you|u) )?to (?:throw away|replace|forget|walk away from|give up(?: on)?|move on from|get over|bin|discard|leave behind|swap|trade in){WE}|{WB}(?:i|we|(?:all )?(?:those|these|our|the|\w+) (?:\w+ )?(?:years|months)(?: (?:together|we had))?|what we had|everything we (?:had|built)|our (?:relationship|marriage|life together|home|family))\s+(?:was|were|is|are)\s+(?:so |that |pretty |very |a lot |much |far )?(?:easy|easier) (?:for (?:you|u) )?to (?:throw away|replace|forget|walk away from|give up(?: on)?|move on from|get over|bin|discard|leave behind|swap|trade in){WE}(?=[^.!?\n]{0,25}?(?:than i (?:thought|expected|imagined|hoped)|(?:i guess|apparently|clearly|obviously|evidently|i suppose|it seems|it turns out)))`,
          String.raw`{WB}(?:it )?took (?:you|u) what,? (?:a|one|two|three|four|five|six|\d+|a few|a couple of) (?:days|weeks|months)(?:,? (?:tops|max|if that))?{WE}`,
          // Regional and formal charges (Irish, Australian, Southern US, Indian and Nigerian English): "You made a right eejit
          // of me", "You've some neck writing to my mother", "You've got a hide", "Bless your heart, you really thought I
          // wouldn't find out", "you have disgraced me before my people", "You people have no shame", "Fair play to you,
          // you moved on quick enough".
          String.raw`${YOU_MAIN}\s+(?:(?:really|totally|completely|properly)\s+)?made (?:(?:a|such a|a right|a complete|a total|an absolute|an utter|a bloody|a proper)\s+)?(?:fool|eejit|idiot|mug|laughing ?stock|joke|muppet|clown|show)\s+(?:out\s+)?of me{WE}`,
          String.raw`${YOU_MAIN}(?:'ve| have| has)(?: got)? (?:some|a|such a|a real|a bloody) (?:nerve|neck|cheek|hide|gall)(?![\p{L}])(?![^.!?\n]{0,60}?(?:admire|respect|brave|good for (?:you|u)|love (?:that|it)|proud|impressive|fair play))`,
          String.raw`${YOU_MAIN}\s+(?:have\s+|'ve\s+|has\s+)?(?:disgraced|shamed|dishonou?red|belittled|degraded) me{WE}`,
          String.raw`{WB}(?:you|u)(?: people| lot| two)? (?:have|'ve got|'ve|has|got) (?:absolutely )?no (?:shame|decency|conscience|heart|morals|self-respect|loyalty|respect for (?:me|anyone|my family))(?![^.!?\n]{0,30}?(?:to be|for (?:feeling|being)|about (?:crying|asking)))(?![\p{L}])`,
          String.raw`${YOU_MAIN}\s+(?:really|honestly|actually|seriously|genuinely|truly)\s+thought i (?:wouldn'?t|would never|'d never|would not|didn'?t|did not|would'?nt) (?:ever )?(?:find out|notice|know|see|hear|work it out|figure it out|realise|realize|check){WE}`,
          String.raw`${YOU_MAIN}(?:'ve| have)?\s+(?:moved on|got over (?:me|us|it)|replaced me|found (?:someone|somebody) (?:new|else))\s+(?:quick|fast|soon|quickly)\s+enough{WE}`,
          // "real nice way to find out", "What a lovely way to end six years" (not "a nice way to spend a Sunday").
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|so|oh|and|wow)[,]?\s+)?)(?:(?:real(?:ly)?|such a|what a|very|a)\s+)?(?:nice|great|lovely|classy|brilliant|fantastic|charming|mature|grown-up) way to (?:find out|hear (?:about )?it|learn|tell me|end (?:it|things|us|this|\w+ years)|break up|say goodbye|leave|treat me|finish (?:it|things|us)){WE}`,
          // Sarcasm at the manner or the timing: "Real classy", "Classy, breaking up over text", "Great timing, right before
          // my exams", "Congrats on the engagement, that was quick" (not "Classy as always, you looked amazing", not "Perfect
          // timing, your card came the day I got home").
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|so|oh|wow)[,]?\s+)?)(?:(?:real(?:ly)?|very|how|so|oh so|super)\s+)?classy(?:,?\s+(?:that|mate|babe))?(?=\s*(?:[.!…]|$))|(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|so|oh|wow)[,]?\s+)?)(?:(?:real(?:ly)?|very|how|so)\s+)?classy,\s+(?:breaking|dumping|ending|leaving|telling|texting|posting|blocking|doing|finishing|moving)\b`,
          String.raw`(?<=(?:^|[.!?\n])\s{0,3}(?:(?:well|so|oh|and)[,]?\s+)?)(?:great|perfect|brilliant|lovely|nice|fantastic|impeccable|excellent)\s+timing(?:,?\s+(?:by the way|btw|as always|as usual|as ever))?,?\s+(?:(?:right|just|only)\s+)?(?:(?:a|one|two|three|\w+)\s+(?:days?|weeks?)\s+)?(?:before|after|on|during)\s+my\s+(?:exams?|finals|birthday|interview|wedding|graduation|operation|surgery|dad'?s|mum'?s|mom'?s|mother'?s|father'?s|new job|first day)`,
          String.raw`{WB}(?:congrats|congratulations)\s+(?:on|about)\s+[^.!?\n]{1,30}?,\s*(?:that\s+was|that'?s|wasn'?t\s+that)\s+(?:(?:pretty|very|quite|really)\s+)?(?:quick|fast|speedy|sudden)(?=\s*(?:[.!?…]|$))`,
          String.raw`{WB}of course (?:it|this|that|none of (?:it|this))(?:'s| is| was| wasn'?t| isn'?t)? (?:never |not )?(?:your|ur) fault(?=[^.!?\n]{0,5}?,? (?:it never is|it never was|never is|never was|as usual|naturally|obviously|how could it be))|{WB}(?:it'?s|it is|it was|its) never (?:your|ur) fault,? (?:is it|was it|it never is|is it ever|never is){WE}`,
        ].join('|'),
      ),
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'owed-and-missing',
      // Thirteenth round (probe eval/thirteenth/pitfalls13): what the reader owed and did not give, and the writer as
      // the only one who ever gave: "the least you could have done was tell me to my face", "It was always about you and
      // your career", "Always it is me who must apologise first", "I was always the one making the effort", "honestly
      // that's on you", "u never once told me something was wrong". Not the writer's own "That's on me", "the least I
      // could do", nor "I was always the one who had to be right, and I'm sorry".
      re: sp(
        [
          String.raw`{WB}(?:the )?least (?:you|u) (?:could|might|should)(?:'ve| have| of|a|ve)? (?:done|do|manage|managed|muster|mustered|offer|say|give)(?: (?:was|is|would(?:'ve| have) been))?{WE}`,
          String.raw`{WB}(?:it|everything|things|life|our life|the whole [a-z]+)(?:'s| is| was| were| has (?:always )?been| had (?:always )?been) (?:always|only ever|forever)(?: all)? about (?:you|u|yourself|urself)(?: and (?:your|ur) [a-z]+(?: [a-z]+)?)?(?!(?: [a-z]+)? for me)(?=\s*(?:[.!,;—]|$| never| not| and never))`,
          String.raw`{WB}(?:always (?:it|it'?s) (?:is |was )?me|(?:it|it'?s|it is|it was) (?:always|forever) me|(?:i'?m|im|i am|i was) (?:always|forever) the (?:only )?one)(?: (?:who|that))? (?:(?:must|had to|has to|have to|needed to|was expected to|got to)\s+|(?:who |that )?(?:was |were )?)(?:apologi[sz]e|apologi[sz]ing|say sorry|saying sorry|make (?:the|an|all the) effort|making (?:the|an|all the) effort|compromise|compromising|give in|giving in|back down|backing down|reach out|reaching out|make up|making up|fix (?:things|it|everything)|fixing (?:things|it|everything)|call first|calling first|text first|texting first|bend|bending|forgive|forgiving)(?: first)?{WE}(?![^.!?\n]{0,60}?(?:i'?m sorry|i am sorry|my (?:own )?(?:fault|choice|problem|pride|doing|ego)|i chose|i wanted to|which i (?:liked|loved|didn'?t mind)))`,
          String.raw`(?:(?<=(?:^|[.!?\n])\s{0,3})|[,;—]\s{0,3}|{WB}(?:and|but)\s{1,3})(?<!{WB}(?:if|whether|when|once)\s{1,3}(?:you|u)[^.!?\n]{0,60}?)(?:(?:honestly|frankly|tbh|and|but|so),?\s{1,3}){0,2}(?:that'?s|thats|that is|that was|this is|this was|that one'?s) (?:all |entirely |squarely |totally )?on (?:you|u)(?:,? not (?:on )?me)?(?=\s*(?:[.!;]|$))`,
          String.raw`${YOU_MAIN}\s+never (?:once |even )?(?:told me|said|mentioned|let on)(?: to me)? (?:that )?(?:(?:something|anything) was wrong|(?:you|u) (?:were|was) (?:unhappy|miserable|not happy|lonely|leaving|thinking of leaving|seeing someone|done))(?=\s*(?:[.!,;]|$| not once))`,
        ].join('|'),
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'the-scene',
      // Thirteenth round (letters of eval/thirteenth/pitfalls13): the scene of the fault told as a charge: "You stood
      // there in front of your pals and called me a nag", "And then you wonder why I didn't speak to you", "u looked me
      // in the eyes and lied", "you go out with your friends every weekend like nothing is happen", "hope shes ready for
      // the lies", "And now, at sixty, I am apparently too dull". Not "You called me a genius", "You laughed when my
      // brother called me a nag", "You acted like nothing had happened so the kids wouldn't worry, and I was grateful".
      re: sp(
        [
          String.raw`${YOU_MAIN_ADV}(?:[^.!?\n]{0,50}? and (?:then )?)?called me (?:(?:a|an) (?:(?:fucking|bloody|stupid|jealous|crazy|total|complete|absolute|pathetic|useless|fat|lazy|nagging|hysterical|psycho)\s+)?(?:nag|liar|cow|bitch|psycho|idiot|loser|drama queen|control freak|gold digger|failure|baby|child|embarrassment|joke|bore|slut|whore|user|leech|snob|nutter|headcase|head case|mess|disgrace|waste of space)|names|(?:fat|stupid|crazy|mental|hysterical|pathetic|useless|boring|needy|clingy|paranoid|selfish|frigid|ugly|lazy|dramatic|too much)){WE}(?![^.!?\n]{0,40}?(?:joke|jok|laugh|teas|fair|right|deserved|affection))`,
          String.raw`{WB}(?:and|then|yet|but)\s+(?:then\s+)?(?:you|u) (?:wonder|wonders|act surprised|acted surprised|seem surprised|are surprised|r surprised|ask me) why (?:i|we|nobody|no one|everyone|people|the kids|your [a-z]+){WE}(?! (?:i'?m|i am|im) (?:writing|sending|telling))`,
          String.raw`${YOU_MAIN}\s+(?:looked|look) me (?:right |straight |dead )?in the (?:eyes?|face) (?:and|while|as) (?:(?:still|just)\s+)?(?:lied|lie|denied|deny|swore|told me (?:(?:there was|it was) )?nothing|said (?:there was|it was) nothing){WE}`,
          String.raw`{WB}(?:i )?hope (?:she|he)(?:'s| is|s)? (?:ready for|prepared for|used to|okay with|ok with|good with|into|a fan of) (?:the |all the |your |ur )?(?:lies|lying|cheating|moods|mood swings|temper|drinking|excuses|games|mind games|silent treatment|disappearing acts?|ghosting|gaslighting){WE}|{WB}(?:i )?hope (?:she|he) likes? being (?:lied to|cheated on|ignored|ghosted|let down|shouted at){WE}`,
          String.raw`${YOU_MAIN_ADV}(?:[^.!?\n]{0,40}? )?(?:carry on|carried on|carrying on|go on|went on|going on|go out|went out|going out|act|acted|acting|behave|behaved|behaving|get on|got on|swan|swanned|swanning|waltz|waltzed|walk around|walked around|strut|strutted)(?: [^.!?\n]{0,50}?)? (?:like|as if|as though) nothing (?:is |has |had |ever |even |was |is even )?(?:happen|happened|happening|wrong){WE}(?![^.!?\n]{0,50}?(?:grateful|thank|kind|for the kids|so the kids|for (?:my|our|their) sake|helped))`,
          String.raw`{WB}(?:i'?m|i am|im) (?:now )?(?:apparently|supposedly|evidently) (?:too (?:old|dull|boring|fat|much|needy|clingy|quiet|loud|intense|ordinary|serious|sensitive)|not (?:exciting|interesting|fun|young|pretty|thin|good|sexy|adventurous|spontaneous)(?: enough)?)(?=\s*(?:[.!,;]|$| for (?:you|u|him|her)| now| any ?more))`,
        ].join('|'),
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'plain-charge',
      // Thirteenth round: plain charges in wordings the older lists missed: "You walked away like it was nothing", "You
      // had a choice and you chose her", "Typical of you to run", "You put me through hell", "You've done nothing but
      // lie since the day we met", "You took everything", "You took me for granted", "u gave up on me", "You embarrassed
      // me" ("you hurt me" is left: the tuning set reads "how much you've hurt me" as guilt), and non-native "You are very
      // selfish person", "You was lying all the time". Not "You handled the move like it was nothing", "Typical of you to remember my mum's birthday",
      // "You took everything in your stride", "You've done nothing but help since Dad died".
      re: sp(
        [
          String.raw`${YOU_MAIN_ADV}(?:walked away|walked out|left|moved on|threw (?:it|us|me|that|them) away|tossed (?:it|us|me) (?:aside|away)|dropped me|ended it|replaced me|forgot (?:me|us|about (?:me|us))|binned (?:it|us|me)|blocked me|cut me off)[^.!?\n]{0,30}? (?:like|as if|as though) (?:it|i|we|us|this|that|they|those years|our [a-z]+|(?:[a-z]+ )?years(?: of [a-z ]+)?) (?:was|were|meant|'d been|had been|mattered) (?:nothing|meaningless|worthless|disposable|a joke|nothing at all|not a thing){WE}`,
          String.raw`${YOU_MAIN}\s+had a choice(?:,? and|,)? (?:(?:you|u) )?(?:chose|picked|went with) (?:her|him|them|work|the job|money|drink|the bottle|(?:your|ur) (?:mates|friends|career|job|ex|phone|pride|family)){WE}`,
          String.raw`{WB}(?:(?:that'?s|thats|it'?s|its|how) )?typical(?: of)? (?:you|u),? to (?:run|leave|walk (?:away|out)|disappear|hide|lie|blame|quit|bail|vanish|go (?:quiet|silent|cold)|ghost|make (?:it|everything) about|cheat|sulk|give up|play the victim){WE}`,
          String.raw`${YOU_MAIN_ADV}put me through (?:(?:absolute|sheer|pure|living)\s+)?(?:hell|the wringer|the mill|torture|misery|agony|so much pain|a nightmare){WE}`,
          String.raw`${YOU_MAIN}(?:'ve| have)?\s+(?:done|did) nothing but (?:lie|lying|cheat|cheating|complain|complaining|criticise|criticize|moan|take|use me|hurt|blame|shout|nag|sulk|ignore|let me down|put me down){WE}`,
          String.raw`${YOU_MAIN}\s+(?:was|were|are|is|r)\s+(?:lying|cheating|lie) (?:to me )?(?:all the time|the whole time|all along|every day|always|for (?:months|years|weeks)){WE}`,
          String.raw`${YOU_MAIN}\s+(?:are|is|r|were|was)\s+(?:a |an )?(?:very |so |really |such (?:a |an )?)?(?:selfish|cruel|heartless|cold-hearted|dishonest|jealous|controlling|manipulative|lying|careless|cheating) (?:person|man|woman|boy|girl|human){WE}`,
          String.raw`${YOU_MAIN_ADV}(?:(?:so|really)\s+)?(?:misled|tricked|dropped|blanked|isolated|blindsided|undermined|embarrassed|humiliated|patroni[sz]ed|exploited|screamed at|shouted at|yelled at|talked down to|walked all over|took (?:me|us) for granted|gave up on (?:me|us)|left me hanging|left me on read)(?: (?:me|us))?(?:\s+(?:so |very )?(?:badly|deeply|constantly|publicly|again|every (?:day|time|chance)|all the time|over and over|for (?:years|months|no reason)))?(?=\s*(?:[.!;—]|,(?!\s*(?:and|but)\s+i\s)|$)|\s+(?:in front of|when (?:i|we)|with (?:your|ur|that)|by (?:telling|leaving|lying|going|not)|and (?:you|u|then|never|didn'?t)))(?![^.!?\n]{0,60}?(?:in the best way|in a good way|lol|haha|(?:and|but),? i (?:hurt|understand|know|deserved|did the same)|i hurt (?:you|u)|less than i|as much as i|more than i (?:did|ever)|i (?:understand|get) why|i deserved))`,
          String.raw`${YOU_MAIN}\s+(?:(?:were|was|are|r)(?:\s+(?:also|just|simply|really))?\s+(?:not|never)|weren'?t|wasn'?t|werent|wasnt|aren'?t|arent)(?:\s+(?:also|really|even|ever))?\s+(?:there for (?:me|us|the kids|the children)|there when i needed (?:you|u)|around when i needed (?:you|u)|supportive){WE}(?![^.!?\n]{0,60}?(?:every reason|(?:and|but),? (?:that'?s|i (?:understand|know|get) (?:why|it))|because i|couldn'?t (?:have )?be(?:en)?|how could (?:you|u)|neither was i|i wasn'?t either|nor was i))`,
          String.raw`{WB}(?:antidepressants|anti-depressants|trust issues|panic attacks|insomnia|in debt|therapy|sleeping pills|on my own)[^.!?\n]{0,40}?,? (?:so )?(?:thanks|cheers|thank you|ta) (?:for that|a lot|a bunch|so much|very much)(?=\s*(?:[.!]|$))`,
          String.raw`${YOU_MAIN}\s+(?:did|caused) (?:all (?:of )?this|this to (?:me|us|this family|our family|the kids))(?=\s*(?:[.!,;]|$))`,
          String.raw`${YOU_MAIN_ADV}chose (?:her|him|them|work|the job|money|the bottle|drink|(?:your|ur) (?:mates|friends|career|job|ex|phone|pride|family|mother|mum|mom))(?: over (?:me|us|our [a-z]+))?(?=\s*(?:[.!;]|$)|,(?!\s*(?:and|but),?\s+(?:i (?:hope|respect|understand|get it|accept|wish)|that'?s (?:ok|okay|fine|your right)|i'?m (?:glad|happy))))`,
          String.raw`${YOU_MAIN}\s+always (?:do|pull|say|did|pulled|said) (?:this|that)(?: to me)?(?=\s*(?:[.!;]|$))`,
          String.raw`{WB}(?:you|u) (?:don'?t|dont|do not|never|didn'?t|didnt|did not) (?:really )?care(?:d)? about (?:anyone|anybody|anything|no ?one|nobody) (?:but|except|apart from|other than|besides) (?:yourself|urself|you|u){WE}`,
          String.raw`${YOU_MAIN_ADV}made me (?:look|seem|sound) (?:like )?(?:a |an |the )?(?:stupid|idiot|fool|foolish|crazy|mad|pathetic|small|bad|bad guy|villain|ridiculous|liar|psycho){WE}`,
          String.raw`(?<!(?:thought|think|felt|feel|worried|feared|believed|assumed|imagined|used to think)\s{1,3}(?:that\s{1,3})?)(?:{WB}(?:so|guess|clearly|obviously|apparently)\s+)i (?:meant|mean|was worth|am worth) (?:nothing|so little|that little|zero)(?: to (?:you|u))?(?=\s*(?:[.!?]|$))`,
          String.raw`{WB}(?:everyone|everybody|my (?:mum|mom|mam|dad|sister|brother|friends|family|nan|gran)|(?:your|ur) (?:own )?(?:mum|mom|mam|mother|dad|father|sister|brother|friends|ex))(?: (?:was|were)) (?:so |dead |totally |completely )?right about (?:you|u)(?=\s*(?:[.!]|$))`,
          String.raw`${YOU_MAIN_ADV}(?:dropped|dumped|ditched|binned|discarded|tossed) me (?:like (?:an? (?:hot |bad |wet |used |old |dirty )?[a-z]+|nothing|yesterday'?s (?:news|rubbish)|a sack of [a-z]+|rubbish|i was nothing)|without a (?:second )?(?:thought|word|backward glance)){WE}`,
          String.raw`{WB}(?:thanks|thank you|cheers) for (?:asking|checking) (?:how i am|how i'?m doing|after me|about me|on me)(?=[.!,]?\s{0,3}(?:oh )?(?:wait|hang on)[,.]? (?:you|u) (?:didn'?t|did not|never))`,
          String.raw`${YOU_MAIN}\s+(?:were|was)\s+never\s+(?:really\s+|once\s+)?(?:on my side|in my corner|present|invested|committed|interested in (?:me|us|my [a-z]+))(?=\s*(?:[.!;,]|$))`,
          String.raw`${YOU_MAIN}\s+(?:always\s+)?(?:took|takes) (?:her|his|their|your|ur) (?:own )?(?:[a-z]+'?s? )?side(?=\s*(?:[.!;]|$| every| over| again| in))|${YOU_MAIN}\s+always\s+(?:chose|picked|preferred) (?:the (?:pub|golf|gym|office|bottle|telly|tv|xbox|playstation|lads|girls)|work|(?:your|ur) (?:mates|friends|phone|job|career|mum|mother|family|ex))(?=\s*(?:[.!;,]|$| over))`,
          String.raw`${YOU_MAIN}\s+(?:were|was)\s+(?:always\s+)?(?:looking for the (?:exit|door|way out)|halfway out the door|with one foot out (?:of )?the door)|${YOU_MAIN}\s+(?:always\s+)?had one foot out (?:of )?the door`,
          String.raw`${YOU_MAIN}\s+(?:always|somehow always)\s+(?:found|had|came up with) (?:a|an) (?:reason|excuse) (?:to be somewhere else|not to (?:come|call|be there|stay)|to (?:leave|go out|work late|be out))`,
          String.raw`${YOU_MAIN}\s+(?:always\s+)?had one eye on (?:your|ur|the) (?:phone|telly|tv|watch|laptop|door|exit|clock)`,
          String.raw`${YOU_MAIN}\s+(?:always\s+)?(?:needed|had|wanted|have|need) to be the cent(?:re|er) of attention`,
          String.raw`${YOU_MAIN}\s+never\s+(?:once\s+|even\s+)?(?:came|come|turned up|showed up|went) to (?:(?:a|one|any) (?:single )?(?:of )?)?(?:my|our kids'?|the kids'?|our (?:son|daughter)'?s?) [a-z]+{WE}(?![^.!?\n]{0,50}?(?:(?:and|but),? (?:honestly |to be fair |frankly )?(?:they|it) (?:were|was) (?:terrible|awful|rubbish|dreadful|bad)|fair enough|thank god|lucky you|i never asked|i didn'?t (?:ask|invite)))`,
          String.raw`${YOU_MAIN}(?:'re|'r| are| were| was)\s+(?:(?:always|just|far|way|much|simply)\s+)?too (?:proud|stubborn|pig-headed|arrogant|self-centred|self-centered|important) to (?:apologi[sz]e|say sorry|admit|listen|ask|change|bend|compromise|back down){WE}`,
          // From the tuning set's misses: "You're so good at moving on, aren't
          // you", "Whatever, do what you want, you always do", "Thanks for the memories, I guess, and the debts", "You were
          // clever enough to fool me for two years", "you gave me the door", "You got the fresh start, I got the debt
          // collector's letters", "You need to see a therapist about your trust issues".
          String.raw`{WB}(?:you'?re|you are|ur|u r|you were|u were) (?:so|really|very|such) (?:good|great|quick|fast) at (?:moving on|lying|leaving|forgetting|pretending|walking away|disappearing|hiding (?:things|stuff)?|blaming (?:me|others|everyone)|ignoring (?:me|people)|making excuses|playing (?:the victim|games|innocent)|switching off|starting (?:over|again)|replacing (?:me|people)|keeping secrets|twisting (?:things|words|it))[^.!?\n]{0,20}?,? (?:aren'?t|arent|weren'?t|werent) (?:you|u){WE}`,
          String.raw`{WB}do (?:what|whatever) (?:you|u) (?:want|like|please),? (?:you|u) always do{WE}`,
          String.raw`{WB}(?:thanks|cheers|thank you) for (?:the|all the) [a-z ]{1,30}?,? (?:i guess|i suppose)?,? ?and (?:for )?(?:the|all the) (?:debts?|bills|lies|heartache|trust issues|therapy bills|mess|bruises|lawyers?'? (?:bills|fees)){WE}`,
          String.raw`${YOU_MAIN}(?:'re| are| were| was| r)\s+(?:clever|smart|good|sly|sneaky) enough to (?:fool|trick|con|deceive|lie to|play|cheat on) me{WE}`,
          String.raw`{WB}(?:you|u) (?:gave|showed) me the door{WE}`,
          String.raw`{WB}(?:you|u) got (?:the|a|your) [a-z' ]{1,30}?(?:,|;|—| and| while| but) (?:and |while |but |whereas )?i got (?:the|a|nothing|stuck|left)(?![^.!?\n]{0,30}?(?:fair|fine|happy|glad|deal|suits|ok|okay))`,
          String.raw`{WB}(?:you|u) (?:really )?(?:need|should|ought|have|must)(?: really)?(?: to)? (?:see|think about seeing|get|go to|talk to) (?:a |some )?(?:therapist|counsellor|counselor|someone|somebody|help|a doctor|professional help)(?: about| for) (?:your|ur) (?:trust issues|temper|anger|drinking|jealousy|issues|problems|insecurities|behaviou?r|mood swings|control issues|lying|cheating){WE}`,
          String.raw`{WB}(?:i )?hope (?:it|that|she|he) was worth it,? (?:throwing|tossing|chucking|giving|walking|leaving|wrecking|ruining|blowing)(?: away| up)?{WE}`,
          String.raw`{WB}(?:i )?hope (?:you|u) (?:sleep|rest|live) (?:well|soundly|easy|happily)? ?knowing what (?:you'?ve|you have|u'?ve|you|u) (?:done|did)(?: to (?:me|us|this family|the kids))?{WE}`,
          String.raw`{WB}(?:this is|that'?s|is this) how (?:you|u) treat me{WE}`,
          String.raw`{WB}(?:you|u) (?:always |still )?(?:know|knew) (?:exactly |just )?(?:what to say|how|which buttons to (?:push|press)|where) to (?:hurt|wound|get to|cut|crush) me{WE}`,
          String.raw`${YOU_MAIN}\s+always\s+(?:had an answer for everything|needed (?:your|ur) (?:space|own way)|knew best|got (?:your|ur) (?:own )?way|came first|had (?:to have )?the last word)[^.!?\n]{0,10}?,? (?:didn'?t|didnt) (?:you|u){WE}`,
          String.raw`{WB}(?:while|whilst) (?:you'?re|you are|ur|u r|you were|u were) (?:off |out |busy )?playing (?:happy famil(?:y|ies)|house)(?: with (?:her|him))?{WE}`,
          String.raw`{WB}(?:you|u) (?:don'?t|do not|dont|didn'?t|didnt|won'?t|wont) even (?:pick|answer|take|return) (?:up )?(?:my|me) (?:call|calls|phone|messages|texts)(?: back)?{WE}|{WB}(?:you|u) (?:don'?t|do not|dont|didn'?t|didnt|won'?t|wont) even pick (?:up )?(?:my|the) (?:call|calls|phone){WE}`,
          // Regional idioms of the same charges: "You made a holy show of me in front of the whole parish", "Ye left me
          // high and dry with the mortgage", "you stitched me up good and proper", "You pulled a disappearing act", "You
          // shamed my family in front of everyone", "You never gave me any respect as your wife".
          String.raw`{WB}(?:you|u|ye|ya)(?:'ve| have)? (?:(?:really|well and truly|just)\s+)?(?:made (?:a (?:holy |right |proper |complete )?show|a (?:right |proper |complete )?(?:mug|eejit|idiot|fool|laughing ?stock)) of me|made me (?:a|the) (?:laughing ?stock|joke|talk of the [a-z]+)|left me (?:high and dry|in the lurch|holding the (?:baby|bag|can)|hanging(?: like [a-z ]{1,20})?|to (?:rot|fend for myself))|(?:stitched|set|fitted) me up|did me (?:over|dirty)|sold me (?:down the river|out)|threw me under the bus|hung me out to dry|(?:pulled|did) (?:a|your|ur|the) (?:disappearing|vanishing) act|(?:shamed|disgraced|humiliated|embarrassed) (?:my|our) (?:family|parents|mother|father|name)|brought shame (?:on|to|upon) (?:me|my family|us|our family|my parents))(?![^.!?\n]{0,70}?(?:in the best way|in a good way|lol|haha|bless|and i loved it))`,
          String.raw`${YOU_MAIN}\s+never\s+(?:once\s+)?(?:gave|showed) me (?:any |the slightest |an ounce of |the )?(?:respect|credit|consideration|loyalty)(?: [^.!?\n]{0,20})?(?=\s*(?:[.!;,]|$))`,
          String.raw`${YOU_MAIN_ADV}took (?:everything|it all|all of it|the lot)(?=\s*(?:[.!;—]|,\s*(?:the|my|our|even|every|all|down to)|$))`,
        ].join('|'),
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'not-only-me',
      // Thirteenth round: the writer's fault shared out, deflection without the old keywords: "I'm not perfect, but
      // neither are you", "You're not innocent either", "It's not like you were a saint", "I made mistakes, but so did
      // you, and bigger ones", "you have to take some responsibility too", "though you know yours was bigger", "You played
      // your part in this too", "Don't act like I'm the only one who did anything wrong", "I hope one day you'll own
      // yours", "I was wrong to shout, but you pushed and pushed". Not "I wasn't happy, and neither were you", "I made
      // mistakes and so did you, and that's okay, we were young", "You played your part and I played mine".
      re: sp(
        [
          String.raw`{WB}(?:perfect|innocent|a saint|an angel|blameless|faultless|no saint|no angel)[^.!?\n]{0,20}?,? (?:but|and|though|yet) (?:neither|nor) (?:are|were|was|is|r) (?:you|u){WE}(?![^.!?\n]{0,40}?(?:and that'?s (?:ok|okay|fine|human)|nobody is|no one is|we were (?:young|kids)))`,
          // Seventeenth round (probe eval/seventeenth/reproach17): the share handed back after a conjunction, which YOU_MAIN
          // leaves alone ("I apologise for my part, though you were hardly blameless yourself"), and the fault tucked
          // after an apology or an admission ("I'm sorry I said it, but you'd been on your phone all night", "I know I
          // shouted, but you were drunk"). Not "I loved you, though you weren't perfect, and I didn't need you to be".
          String.raw`{WB}(?:but|though|tho|although|yet) (?:you|u) (?:(?:were|was|are|'re|r) (?:hardly|not exactly|far from|no|not|never)\s+(?:exactly\s+)?|(?:weren'?t|wasn'?t|werent|wasnt) (?:exactly\s+)?)(?:blameless|innocent|faultless|a saint|an angel|without (?:fault|blame))(?:\s+(?:either|yourself|here|in this|in all this))?{WE}(?![^.!?\n]{0,40}?(?:neither (?:was|am) i|nor (?:was|am) i|i wasn'?t either|and that'?s (?:ok|okay|fine)|nobody is|no one is|we were (?:young|kids)|i didn'?t (?:need|want|care)|i never (?:needed|wanted|cared)))`,
          String.raw`(?<={WB}(?:sorry|apologi[sz]e|apologies|my bad|i know i|i admit|i'?ll admit|i shouldn'?t have|yes,? i|ok,? i|okay,? i|fine,? i)[^.!?\n]{0,60}?,?\s)but (?:you|u)(?:'d| had| were| was| kept)?(?:\s+(?:been|just|always|already|still|constantly|being|also|so))*\s+(?:on (?:your|ur|you'?re) (?:phone|laptop|xbox|playstation)|drinking|drunk|out (?:all night|drinking|with|till|until|late)|ignoring me|shouting|yelling|screaming|flirting|texting (?:him|her|them|your ex)|lying|sulking|nagging|picking (?:at me|a fight|fights)|winding me up|pushing (?:me|my buttons)|provoking me|rude|cold|distant|impossible|awful|horrible|vile|cruel|mean|started it|asked for it|pushed me|wound me up|baited me|goaded me){WE}`,
          String.raw`${YOU_MAIN}(?:'re|'r| are| were| was| r)\s+(?:not|no|hardly|never)\s+(?:exactly\s+|completely\s+|entirely\s+|so\s+)?(?:innocent|blameless|a saint|an angel|faultless|the (?:only )?victim|without (?:fault|blame)|perfect (?:either|yourself))(?:\s+(?:either|yourself|here|in this|in all this))?{WE}(?![^.!?\n]{0,40}?(?:neither (?:was|am) i|nor (?:was|am) i|i wasn'?t either|and that'?s (?:ok|okay|fine)|that was fine|nobody is|no one is))`,
          String.raw`{WB}(?:it'?s|its|it is|it was) not (?:like|as if|as though) (?:you|u) (?:were|was|are|'re|r) (?:a saint|an angel|innocent|perfect|blameless|the victim){WE}`,
          String.raw`{WB}but so (?:did|were|was|are|have|had|do|would|could) (?:you|u)(?:,? (?:and )?(?:bigger|worse|more|plenty|far more)[a-z ]{0,12}| (?:too|as well))?{WE}(?![^.!?\n]{0,40}?(?:and that'?s (?:ok|okay|fine|human|life)|we were (?:young|kids)|we both|i'?m not keeping score))|{WB}(?:and|but) so did (?:you|u),? (?:and )?(?:bigger|worse|far (?:bigger|worse)|more) ones{WE}`,
          String.raw`{WB}(?:you|u) (?:have|need|ought|'ve got|got) to (?:take|accept|own|carry) (?:some|your|ur|part of the|a share of the|your share of the) (?:responsibility|part|share|blame)(?: (?:too|as well|for this|in this))?{WE}`,
          String.raw`{WB}(?:yours|your (?:part|share|bit|role|fault)|ur (?:part|share|bit|role|fault)) (?:was|is|were) (?:much |far |way |a lot )?(?:bigger|worse|larger|greater|the bigger one){WE}`,
          String.raw`${YOU_MAIN}\s+(?:played|had) (?:your|ur) (?:own )?(?:part|share|role) in (?:this|it|all this|that|the breakup|the break-up|what happened)(?: (?:too|as well))?{WE}(?![^.!?\n]{0,40}?(?:and i (?:played|had) mine|as did i|so did i|we both|as much as i|i (?:played|had) (?:a bigger|mine)))`,
          String.raw`{WB}(?:don'?t|do not|dont|stop) (?:act(?:ing)?|pretend(?:ing)?|behav(?:e|ing)|mak(?:e|ing) (?:it|out)) (?:like|as if|as though|that)? ?(?:i'?m|i am|im|i was|i were) the only one{WE}`,
          String.raw`{WB}(?:i )?hope (?:one day |someday |some day |eventually )?(?:you'?ll|you will|u'?ll|u will|you can|you) (?:own|admit|take responsibility for|see|face) (?:yours|your (?:part|share|bit|side)|ur (?:part|share|bit|side)){WE}`,
          String.raw`{WB}but (?:you|u) (?:kept |just )?(?:pushed and pushed|pushed me and pushed me|kept pushing|pushed|provoked me|wound me up|goaded me|baited me)(?=\s*(?:[.!;]|$| until| till))`,
        ].join('|'),
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'sarcastic-frame',
      // Fourteenth round (probe eval/fourteenth/pitfalls14): the reader's conduct in a mocking or judging frame, with
      // no "you ruined": "Funny how you always found time for the gym but never for a
      // call", "I'm not holding my breath for an apology", "Some of us actually kept our promises", "I suppose it was too much to ask",
      // "It would have been nice to hear it from you", "You had three years to tell me", "I wasn't the only one who
      // checked out", "Sorry for caring too much, I guess" ("Must be nice to move on…" is left to guilt, as labeled; the list and its guards: lexicon/en/indirect.ts). Not
      // "Not everyone would have stayed, and you did", "It would have been lovely to see Rome together".
      re: sp(SARCASTIC_BLAME),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'unsaid-sarcasm',
      // Twentieth round: sarcasm that congratulates the harm (UNSAID_SARCASM above). Not "Congrats on the new job".
      re: sp(UNSAID_SARCASM.join('|')),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'unsaid-charge',
      // Twentieth round: contrast, the reader as the agent of a noun or passive, conduct named without "ruined",
      // deflection (UNSAID_CHARGE above).
      re: sp(UNSAID_CHARGE.join('|')),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'unsaid-asked',
      // Twentieth round: an accusation asked as a question (UNSAID_ASKED above); only in a question.
      re: sp(UNSAID_ASKED.join('|')),
      questions: 'only',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'unsaid-deflected',
      // Twentieth round: "what was I supposed to do when you never came home", asked or stated (UNSAID_DEFLECTED above).
      re: sp(UNSAID_DEFLECTED.join('|')),
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
  ],
  antipatterns: [
    // Twentieth round: the reader's act recalled as admired ("You put your friends first, and honestly that's something
    // I admired", "you gave up smoking that year, which I always admired"), and a question about who did something
    // harmless ("Who was it that recommended that bakery?").
    String.raw`{WB}(?:you|u){WE}[^.!?
]{3,60}?(?:,|;|—)? (?:and |which |but )?(?:honestly |to be fair |really )?(?:i (?:always |really |truly |still |genuinely )?(?:admired|admire|respected|respect)(?: (?:that|it|that about (?:you|u)|(?:you|u) for (?:it|that)))?|(?:that'?s|that is|that was|it'?s|it was) (?:something|one of the things|what) i (?:always |really |still |genuinely )?(?:admired|admire|loved|love|respected|respect)(?: (?:most )?about (?:you|u))?)(?=\s*(?:[.!,;]|$))`,
    // The blame lifted ("None of the blame lies with you") and thanks said as a counterfactual ("I wouldn't have got
    // through my finals if you hadn't helped me"): both read as blame on main.
    String.raw`{WB}(?:none|no part|not (?:one )?bit|no share|not any) of (?:the )?(?:blame|fault|responsibility)|{WB}i (?:wouldn'?t|would not|would never|could never|couldn'?t|could not)(?: have|'ve)? (?:got|gotten|made it|come|survived|managed|finished|passed|coped)[^.!?\n]{0,40}? (?:if (?:you|u) (?:hadn'?t|had not|had ?n't)|without (?:you|u|your|ur))(?: (?:helped|been there|pushed me|supported|stood by|believed|had|taken|looked after|sat with|driven|lent|given))?`,
    // Preference granted, not charged ("Your kids mattered more to you than me, and that's how it should be"), and a
    // keepsake the reader left ("It was you who left me that note on the fridge"): both read as blame on main.
    String.raw`{WB}(?:mattered|meant|counted|came) (?:so |far |much |way )?(?:more|first)[^.!?\n]{0,40}?(?:,|;|—| and)\s*(?:and )?(?:that'?s|that is|that was|as it|it should|which is) (?:how it should (?:be|have been)|right|fair|as it should (?:be|have been)|only right|completely fair|natural)`,
    String.raw`{WB}it was (?:you|u) (?:who|that) left (?:me )?(?:that|the|a|those|these) (?:little )?(?:note|notes|card|letter|flowers|gift|present|message|voicemail|book|mixtape|playlist|photo|drawing|poem)`,
    // A question about a taste, not a charge: "Since when have you liked jazz?" (read as blame on main).
    String.raw`{WB}since when (?:have|do|did) (?:you|u) (?:liked?|loved?|enjoy(?:ed)?|been into|listened to|played|watched|read|cooked|run|ran|worn|drunk|drank|eaten|ate)`,
    String.raw`{WB}who was it (?:that|who) (?:recommended|suggested|introduced|taught|told (?:me|us) about|wrote|sang|played|lent|found|booked|organi[sz]ed|invented|painted|directed|cooked|baked|made (?:that|the|those))`,
    // Fifteenth round (strengths15): the reader's own gift that they never saw, after the praise: "u could light up any
    // room and u never even noticed", "you were the kindest person there and you didn't even know it". A compliment, not
    // an accusation of not noticing the writer ("you never noticed me" stays blame: the praise must come first).
    String.raw`(?<=(?:{WB}(?:light(?:s|ed)? up|lit up|brighten(?:s|ed)?|warm(?:s|ed)? up) (?:any|a|every|the(?: whole)?) room|{WB}the (?:kindest|funniest|best|warmest|bravest|cleverest|smartest|loveliest|sweetest|most (?:beautiful|talented|generous|patient|gifted)) (?:person|one|man|woman|soul|mum|dad|friend|teacher)|{WB}(?:everyone|people|everybody) (?:\w+ ){0,3}?(?:loved|adored|admired|waited for|looked up to) (?:you|u))[^.!?\n]{0,40}?){WB}(?:(?:and|but) )?(?:you|u) (?:never|didn'?t|did not|don'?t|do not|dont|didnt) (?:even |ever |once )?(?:notice|noticed|realise|realised|realize|realized|know|knew|see|saw)(?: (?:it|that)| how (?:everyone|everybody|people|we all|they all|the (?:whole|room|kids)|much (?:everyone|everybody|people|we all|they all))[^.!?\n]{0,60})?(?=\s*(?:[.!,;…]|$))`,
    // Fourteenth round: a "you" clause answered by the writer's own hiding: "I guess you were too busy that year to notice I
    // was struggling, and I hid it well", "you never saw how low I was, but I never told you".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but |though )?(?:honestly |to be fair,? |in fairness,? )?i (?:hid (?:it|that|how|what|everything)|kept (?:it|that|how|what|everything)[^.!?\n]{0,20}? (?:to myself|from (?:you|u)|hidden|quiet)|never (?:told|showed|let) (?:you|u)|(?:didn'?t|did not) (?:tell|show|let) (?:you|u))`,
    ),
    // Thirteenth round: no one's fault, said of what no one controls: "It wasn't my fault that the flight was cancelled".
    sp(
      String.raw`{WB}(?:wasn'?t|was not|wasnt|isn'?t|is not|isnt|not) (?:really )?(?:my|anyone'?s|anybody'?s|our) fault (?:that )?(?:the|my|our|your) (?:flight|train|bus|plane|ferry|car|weather|rain|snow|storm|strike|traffic|delay|match|game|concert|gig|show|wifi|signal|phone|battery|post|letter)s?{WE}`,
    ),
    // Thirteenth round: the same busyness on both sides, a shared drift and not a charge: "u were always busy with
    // office, i was always busy with my exams", "You were so tired from the night shifts and I was just as tired".
    sp(
      String.raw`{WB}(?:you|u) (?:were|was) (?:(?:always|often|so|too|constantly)\s+)*(?:busy|tired|stressed|away|working|distracted|caught up|wrapped up|buried|exhausted)[^.!?\n]{0,40}?(?:,|;|—|and|but)\s*(?:and |but )?i (?:was|were) (?:(?:always|often|so|too|just as|equally|also|constantly)\s+)*(?:busy|tired|stressed|away|working|distracted|caught up|wrapped up|buried|exhausted)`,
    ),
    // Eighth round: a "you" clause granted as right, or answered by the writer's own part: "I moved for the job and you
    // moved on, which was only right", "if you had stayed we might still be together, but I gave you no reason to".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—)\s*(?:which|and that|and it|that) (?:was|is)(?: only| quite| completely| totally| probably)? (?:right|fair|fair enough|understandable|natural|your right|to be expected)|{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—)\s*(?:but|and|though) (?:honestly |really |truthfully )?(?:i (?:gave (?:you|u) (?:no|little|every) reason|never gave (?:you|u)|didn'?t give (?:you|u)|made it (?:impossible|hard)|pushed (?:you|u)|was the one|was (?:just as|as much|equally) to blame)|that(?:'s| was) on me|the fault was mine|it was (?:me|my fault|on me))`,
    ),
    // Sobriety credited to the reader, with thanks: "the best thing I did last year was stop drinking, and you were the
    // reason I tried", "you're the reason I finally got sober".
    sp(
      String.raw`{WB}(?:(?:stop|stopped|stopping|quit|quitting|giving up|gave up|kicked|kicking) (?:the )?(?:drinking|drink|booze|bottle|smoking|gambling|drugs)|(?:got|getting|gone|went|stayed|staying) (?:sober|clean)|sobriety)[^.!?\n]{0,60}?{WB}(?:you|u)(?:'re| are| were| was| r)? (?:(?:the|my) (?:reason|push|inspiration)|why){WE}|{WB}(?:you|u)(?:'re| are| were| was| r) (?:(?:the|my) (?:reason|push|inspiration)|why) i (?:finally |even |first )?(?:tried|started trying|got (?:sober|clean|help)|stopped drinking|quit (?:drinking|the drink|smoking|gambling)|gave up (?:drinking|the drink|smoking|gambling)|went to (?:aa|rehab|a meeting|meetings|the doctor|my gp))`,
    ),
    // A "you" act praised in the same breath: "You brushed it off when I apologised, which was kind" (not "…, which
    // was kind of you", often sarcastic).
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?,?\\s*(?:which (?:was|is)|and it was|it was) (?:(?:so|really|very|incredibly|probably|honestly|actually|in hindsight|looking back|in the end|on reflection)\\s+)?(?:wise|sensible|smart|the right call|for the best|just as well|understandable|kind|sweet|lovely|brave|gracious|decent|fair|fair enough|more than i deserved|(?:the|a) (?:best|loveliest|nicest|sweetest|lovely|wonderful|great|perfect|brilliant) (?:surprise|present|gift|idea|thing)|perfect|wonderful|amazing|magic(?:al)?)(?! of (?:you|u))`,
    ),
    // Reported verdicts, not the writer's: "My sister says it was all your fault, but I don't believe that".
    sp(
      `{WB}(?:my|our|his|her|their|your|ur) (?:[a-z]+ )?[a-z]+ (?:says?|said|keeps? saying|kept saying|thinks?|thought|reckons?|reckoned|told me|tells me|claims?|claimed|insists?|insisted)(?: that)?,? (?:it|this|that|everything)(?:'s| is| was)[^.!?\\n;,]{0,40}`,
    ),
    // The writer's own act, or a shared effort: "I'm sorry I made you feel like it was your fault", "it takes two to
    // make it work, and I want us both to try".
    sp(
      String.raw`{WB}(?:made|let) (?:you|u) (?:feel|think|believe) (?:like |that )?(?:it|everything|this|that) (?:was|is)(?: all)? (?:your|ur) fault|{WB}i (?:(?:always|often|kept|would|even|probably)\s+)?(?:made|make|let|had|left|got) (?:you|u) (?:feel|think|believe|feeling|thinking|believing)(?: like| as if| as though| that)? (?:you|u)(?:'re| are| were| was| r)?{WE}[^.!?\n,;]{0,40}|{WB}i (?:(?:always|often|kept|even)\s+)?(?:acted|behaved|treated (?:you|u)|spoke to (?:you|u)|talked to (?:you|u)|looked at (?:you|u)) (?:like|as if|as though) (?:you|u)(?:'re| are| were| was| r)?{WE}[^.!?\n,;]{0,40}|{WB}it takes two[^.!?\n]{0,30}?,? (?:as )?(?:(?:my|our) [a-z]+|people|they|everyone|someone) (?:used to say|says|said|would say|always said)|{WB}it takes two[^.!?\n]{0,60}?(?:we both|us both|both of us|(?:and|so) i (?:want|hope|'d like|would like|'m ready|am ready))`,
    ),
    // An accusation taken back in the same breath: "you went quiet on me, and I understand why".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:and|but),? (?:honestly )?(?:i (?:loved|love|understand|gave you every reason|deserved|don'?t blame|can'?t blame|was grateful)|it was (?:worth|sweet|kind|lovely|fair))`,
    ),
    // Eleventh round (probe eval/eleventh/pitfalls11): a "you" clause answered by the writer's share, said as a reason
    // given or a fate earned: "You gave up on us, and I gave you good reason to", "You left without saying goodbye,
    // which I probably deserved", "You left without a word, and I think I know why", "…, and who could blame you".
    sp(
      String.raw`{WB}(?:you|u|your|ur){WE}[^.!?\n]{0,60}?(?:,|;|—|and|but|which)\s*(?:and |but |which |honestly |frankly |to be fair,? )?(?:i (?:(?:probably|definitely|certainly|fully|more than|totally|honestly|really|kind of|sort of)\s+)?(?:gave (?:you|u) (?:every|good|plenty of|enough|more than enough|a (?:good|lot of)|so many|all the|no) reasons?|deserved(?: (?:it|that|every (?:bit|word)))?|had (?:it|that) coming|asked for (?:it|that)|made it (?:easy|easier|impossible)(?: for (?:you|u))?|drove (?:you|u) to it|pushed (?:you|u) (?:to it|away|out|there))|i (?:(?:think (?:i )?|now |finally |probably |kind of |sort of )\s*)?(?:know|understand|get|see) why|(?:who|nobody|no one) (?:could|would|can) blame (?:you|u)|(?:(?:and|as) )?(?:it|that|they|he|she) (?:should|had to|needed to) (?:have )?(?:been|be)(?=\s*(?:[.!,;]|$))|(?:and )?rightly so|(?:tbh |honestly |to be fair )?(?:i (?:wouldn'?t|wouldnt|would not|didn'?t|didnt|did not|never) (?:have )?(?:either|neither)|(?:neither|nor) (?:did|would|could) i|me neither)|(?:honestly |tbh |which is |which was |and )?(?:fair(?: enough| play)?|totally fair|(?:that'?s|thats|that is) fair)(?=\s*(?:[.!,;]|$)))`,
    ),
    // A habit that annoyed, now missed: "you were always late, it drove me mad, and I'd give anything for it now".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,60}?(?:,|;|—|and|but)\s*(?:and |but )?(?:honestly |now )?(?:i'?d|i would|id) give anything (?:for|to have|to hear|to see) (?:it|that|them|those|one more|it back|that back)`,
    ),
    // A trait that grated, credited in the same breath: "Your stubbornness drove me mad, and it's also what got you
    // through your finals", "your moods were hard, but they're part of why I loved you".
    sp(
      String.raw`{WB}(?:your|ur|you|u){WE}[^.!?\n]{0,60}?(?:,|;|—|and|but)\s*(?:and |but )?(?:it'?s|it is|it was|that'?s|that was|they'?re|they are|they were) (?:also |exactly |precisely |partly |part of )?(?:what|the thing that|why|the reason) (?:got (?:you|u|us|me) through|(?:made|makes) (?:you|u) (?:so )?(?:good|brilliant|great|you)|(?:i|we) (?:loved|love|admired|admire|fell for|miss))`,
    ),
    // A leaving told as fact and followed by the writer's own search for a reason: "You left without a note, and I've
    // spent a long time trying to understand why", "you went without a word and I'm still trying to make sense of it".
    // Only the leaving acts: "You cheated on me, and I've spent a year trying to understand why" stays a charge.
    sp(
      String.raw`{WB}(?:you|u) (?:just )?(?:left|went|walked out|moved out|disappeared|vanished|packed up|ended (?:it|things|us))[^.!?\n]{0,40}?(?:,|;|—|and|but)\s*(?:and |but |since then )?i(?:'ve| have| had|'d|'m| am|m)? (?:(?:still|since|been|kept|keep|just)\s+)*(?:spent|spend|spending|tried|trying|try|wondered|wondering|wonder)[^.!?\n]{0,40}?(?:understand|make sense|figure (?:it |that )?out|work (?:it |that )?out|why)`,
    ),
    // A playful "your fault" about a taste they passed on: "It's your fault I'm addicted to Korean dramas now", "it's
    // all your fault I'm a coffee snob", "your fault I'm hooked on crosswords".
    sp(
      String.raw`{WB}(?:your|ur) fault (?:that )?(?:i'?m|im|i am|i'?ve become|i became) (?:now )?(?:(?:totally|completely|so|hopelessly|officially|now)\s+)?(?:hooked on|obsessed with|into|addicted to (?!(?:the )?(?:pills|painkillers|drink|drinking|alcohol|booze|drugs|gambling|(?:you|u){WE}|sleeping pills))|an? (?:[a-z-]+ )?(?:fan|snob|convert|nerd|geek|addict)(?! of (?:you|u){WE}))`,
    ),
    // A "you" clause answered by the writer's late understanding: "You never asked me to change, you just waited, and
    // I'm only now understanding how patient that was", "You could have told me about the job, but I can see why you
    // didn't".
    sp(
      String.raw`{WB}(?:you|u){WE}[^.!?\n]{0,80}?(?:,|;|—|and|but)\s*(?:and |but |though )?(?:i(?:'m| am|m) only (?:now|just) (?:understanding|realising|realizing|seeing|learning)|only now (?:do|can) i (?:see|understand|realise|realize)|i (?:can |could )?(?:see|understand|get) why(?: (?:you|u) (?:did|didn'?t|did not|had to|wouldn'?t|couldn'?t|went|left|stopped))?{WE}|(?:i )?(?:see|understand|realise|realize) (?:now )?(?:how|just how) (?:patient|kind|generous|brave|good|gentle|loving|decent|selfless|strong|lucky i was))`,
    ),
    // Real thanks, not sarcasm: "Ta very much for posting my boots back, you're a star", "thanks for posting the keys
    // back", "cheers for sending the photos over".
    sp(
      String.raw`{WB}(?:thanks?(?: you)?|cheers|ta)[^.!?\n]{0,30}? for (?:posting|sending|dropping|leaving) (?:(?:me|my|the|your|ur|our|those|that|them|it|[a-z']+)\s+){1,4}?(?:back|round|off|in the post|over(?=\s*(?:[.!,;]|$))){WE}(?![^.!?\n]{0,30}(?:finally|at last|eventually|after (?:all|six|three|two|months|weeks)))`,
    ),
    // A kind deceit for a surprise: "You lied about the surprise party so well I never suspected", "You went behind my
    // back to organise that surprise party, you sneak" (thirteenth round), "you fibbed to me
    // about the proposal for a month".
    sp(
      String.raw`{WB}(?:lied|fibbed|lying|fibbing|went behind my back|going behind my back|sneaked around|snuck around|kept (?:it|that|everything) (?:a )?secret|kept (?:it|that) from me|hid (?:it|that))[^.!?\n]{0,40}?{WB}(?:surprise|surprise party|proposal|engagement ring|birthday (?:present|party|plans|surprise)|christmas (?:present|surprise))(?:s)?{WE}`,
    ),
    // Their old advice, now followed: "From now on I'll call my dad every Sunday, like you always nagged me to".
    sp(
      String.raw`{WB}(?:like|as|just as|the way) (?:you|u) (?:always |used to |kept |would )?(?:nagged|nag|nagging|told|said|asked|begged|wanted|suggested|pestered)(?: me)?(?: to| about it)?{WE}`,
    ),
    // Modesty and fun praised in a "never" or "couldn't even" shape: "You never asked for anything for your birthday
    // except a walk", "You couldn't even say goodbye without making me laugh".
    sp(
      String.raw`{WB}never (?:once |really |even )?asked (?:me )?for (?:anything|much|a thing|more|a lot|so much|nothing|thanks|credit|praise)(?! (?:from|of) (?:you|u){WE})(?![^.!?\n]{0,40}?{WB}(?:except|but|apart from|other than) (?:money|cash|favours|favors|sex|lifts|loans|rent|my (?:money|card|credit card|car|savings)){WE})|{WB}(?:couldn'?t|could not|can'?t|cannot|never) even [^.!?\n]{1,40}? without (?:making (?:me|us|everyone) (?:laugh|smile|grin|giggle)|a (?:joke|smile|laugh|hug|wink|song)|cracking (?:a joke|up)|laughing|smiling)`,
    ),
    // A taste they passed on, blamed in jest: "I blame you entirely for my addiction to sourdough", "It's your fault I
    // cry at every Pixar film now".
    sp(
      String.raw`{WB}blame (?:you|u) (?:entirely |completely |totally |wholly |personally )?for my (?:new )?(?:addiction|obsession|love|habit|fondness|weakness|soft spot) (?:to|for|of|with) (?!(?:the )?(?:pills|painkillers|drink|drinking|alcohol|booze|drugs|gambling|you|u){WE})|{WB}(?:your|ur) fault (?:that )?i (?:cry|sob|well up|tear up|bawl) (?:at|during|through) (?:every |all the |the end of )?(?:pixar|disney|films?|movies?|adverts?|ads|weddings|christenings|rom-?coms|musicals)`,
    ),
    // A worse road the reader did not take, and a fault mirrored by a bigger one of the writer's: "You could have
    // stayed angry, but you chose kindness", "You let me down once, over the money, and I let you down a hundred times".
    sp(
      String.raw`{WB}(?:you|u) could(?:'ve| have| of) (?:(?:so )?easily )?(?:stayed (?:angry|bitter|cold|away)|been (?:cruel|bitter|nasty|cold|vindictive|horrible|awful|spiteful)|made (?:it|things|this) (?:ugly|hard|harder|difficult|messy|nasty|worse)|walked away|walked out|left|gone|quit|ended (?:it|things)|moved out|given up(?: on me)?|gloated|fought dirty|taken (?:everything|the house|the kids|me for everything)|turned the (?:kids|children|girls|boys) against me|hated me|blamed me|said no|shut me out)[^.!?\n]{0,40}?(?:,|;|—)?\s*(?:but|and|yet) (?:you|u) (?:didn'?t|did not|never|chose|were|stayed|picked|went with|showed|gave)|{WB}(?:you|u){WE}[^.!?\n]{0,60}?(?:,|;|—|and|but)\s*(?:and |but )?i (?:let (?:you|u) down|hurt (?:you|u)|failed (?:you|u)|lied to (?:you|u)|did (?:the same|worse|it too))(?: (?:far |much |so )?(?:more|worse|a hundred times|a thousand times|twice as (?:often|badly)|every (?:day|week)|over and over))`,
    ),
    // A habit remembered with fondness: "You were always late, and I learned to love waiting for you", "you always took
    // the window seat and I never minded", "you never did learn to park, and I adored watching you try".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|—|and|but),? (?:and |but )?(?:honestly |secretly |truth be told,? )?i (?:(?:learned|learnt|came|grew) to (?:love|like|enjoy)|never (?:once )?minded|(?:didn'?t|did not|never) mind|(?:secretly |actually )?(?:adored|liked|enjoyed|treasured)|(?:still )?miss (?:it|that|even that|them)|found it (?:oddly |rather |quite |so |kind of )?(?:charming|sweet|endearing|funny|cute|adorable))(?![^.!?\\n]{0,40}?{WB}until{WE})`,
    ),
    // An accusation taken back: "I used to think it was all your fault, and I was wrong".
    sp(
      `(?:used to|(?<!(?:never|not|ever|even|(?:did|do|have|has) (?:you|u)) )once|for a long time i|at first i) (?:think|thought|believe|believed|say|said|blame|blamed|tell myself|told myself)[^,.;:!?\\n]{0,40}`,
    ),
    // Absolution and shared responsibility: "it wasn't all your fault", "we both made mistakes".
    sp(
      `(?<!{WB}of course (?:it|this|that)(?:'s| is| was)?\\s{1,3}(?:never|not)?\\s{0,3})(?:not|n't|never|no one'?s|nobody'?s|none of (?:this|it|that)(?: (?:is|was|'s))?|no) (?:all |entirely |only |just |ever |really )?(?:your|ur) fault(?![^.!?\\n]{0,5}?,? (?:it never is|it never was|never is|never was|is it|was it|as usual|naturally|how could it be)|,? but (?:it )?(?:mostly|largely|mainly|pretty much|most of it)(?: is| was)?{WE})`,
    ),
    // Reported speech without quotes: "My sister says you never cared, but I don't believe that". Not when the writer
    // calls the speaker as a witness ("Even your sister thinks…", "your own mum said…": their-verdict).
    sp(
      `(?<!{WB}even )(?<!{WB}and even ){WB}(?:(?:my|our|his|her|their|your|ur) (?!own )(?:[a-z]+ )?[a-z]+|everyone|everybody|people|they|friends) (?:says?|said|keeps? saying|kept saying|thinks?|thought|reckons?|reckoned|told me|tells me|claims?|claimed|insists?|insisted)(?: that)?,? (?:you|u){WE}[^.!?\\n;,]{0,60}`,
    ),
    // The writer's own accountability or thanks after a "you" clause: "You never asked for much, and I gave you even
    // less", "You were always working so hard for us, and I didn't see it then".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|and|but|—)\\s*(?:honestly |looking back |now )?(?:i (?:never (?:thanked|appreciated|told you|said thank|noticed how)|(?:didn'?t|did not|never) (?:thank|appreciate|deserve|see it|notice how|tell you how)|gave (?:you )?(?:even )?(?:less|nothing|so little)|gave (?:nothing|so little)|took (?:it|that|you|all of it) for granted|(?:am|'m) (?:so )?(?:sorry|grateful|thankful)|respect (?:that|it|your|you)|was (?:wrong|the one))|i (?:admired|admire|was proud|am proud|'m proud)|i (?:see|know|understand|realise|realize) (?:now|that now|it now|why now)|i wish i(?:'d| had)|i should have (?:helped|been|done|seen how|noticed|listened|thanked)|bless (?:you|u)|that'?s (?:fine|okay|ok|fair)|that'?s on me|you were right|you'?re right|(?:that'?s|it'?s|it was) (?:nobody|no one)'?s fault|neither of us|we both|it was (?:the best|perfect|wonderful|amazing|brilliant|so (?:kind|sweet|lovely)))`,
    ),
    // A shared fault: "if you had stayed, we would have kept hurting each other".
    sp(`{WB}if (?:you|u){WE}[^.!?\\n]{0,80}?(?:each other|both of us|neither of us)`),
    // Hypotheticals and absolution: "if you had asked me a year ago", "none of this is on you".
    sp(
      `{WB}if (?:you|u)(?:'d| had) asked me|(?:none of (?:this|it|that)|nothing)(?: (?:is|was|'s))? on (?:you|u){WE}|(?:not|n'?t|never) (?:all |entirely )?on (?:you|u){WE}`,
    ),
    // Praise, not a charge: "you didn't even flinch", "you didn't even complain".
    sp(
      `(?:didn'?t|did not|didnt|never) even (?:flinch|hesitate|complain|grumble|mind|ask for (?:anything|thanks|a thing)|need (?:to be asked|asking)|think twice|blink)`,
    ),
    // The writer's own words or others', reported and taken back: "I told my friends you'd abandoned me, which wasn't
    // true", "I kept saying you never listened", "Everyone kept saying it was your fault, but it wasn't".
    sp(
      `{WB}(?:i|we|everyone|everybody|people|they|friends)(?: (?:used to|would|kept|keep|was|were))? (?:tell|told|telling|say|said|saying|complain|complained|complaining)(?: (?:everyone|everybody|people|anyone|myself|them|him|her|friends|my (?:[a-z]+ )?[a-z]+|our (?:[a-z]+ )?[a-z]+))?(?: that)?,? (?:you|u|it|this|that){WE}[^.!?\\n;,]{0,60}|{WB}i (?:heard|hear|overheard) (?:[a-z]+ ){0,2}(?:saying|say|said|claim|claiming)(?: that)?,? (?:you|u|it){WE}[^.!?\\n;,]{0,60}`,
    ),
    // A time or a reason that makes it circumstance, not charge: "you were always busy back then, and so was I",
    // "you were always at work that year, and I know you had no choice".
    sp(
      `{WB}(?:you|u) (?:were|was) (?:always|never) [^.!?\\n]{0,40}?(?:,|and|but) (?:so (?:was|were|did) (?:i|we)|i (?:know|knew|understand|understood|get) (?:you|u|why|it|that)|the money|it (?:kept|paid|was for))`,
    ),
    // A "you" clause answered by the writer's share, praise or fondness: "you broke your promise about the dog, but only
    // because I begged you", "it was you who ended it, and I think you were brave to", "you put yourself first for once,
    // and good for you", "you always had to be right about football, which still makes me laugh".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|—|and|but)\\s*(?:honestly |and |but )?(?:(?:only |mostly |partly |probably )?because i{WE}|(?:i think |i thought )?(?:you|u) (?:were|was) (?:so )?(?:brave|right|kind|honest|strong|wise)|(?:you|u) had to(?=\\s*(?:[.!,;]|$))|good for (?:you|u){WE}|which (?:still )?(?:makes|made) me (?:laugh|smile)|(?:you|u) still (?:bought|came|helped|showed up|smiled|said yes|stayed|listened|took care of (?:me|us|the kids|everything))|(?:you|u) just helped|i(?:'ve| have)? made (?:my )?peace|i(?:'m| am) at peace|i(?:'ve| have)? accepted|(?:i|me) (?:was|did|were) too|i(?:'ve| have) never laughed so (?:hard|much)|(?:i )?found it (?:oddly |rather |quite |so |kind of )?(?:charming|sweet|endearing|funny|cute)|fair enough|i(?:'d| would) have (?:come|helped|been there|understood|listened|said yes)|so (?:was|did) i{WE}|me too|(?:you|u) (?:were|was) having (?:such|so much) fun)`,
    ),
    // A fault mirrored or shared: "you kept things from me, and I kept things from you; we were both scared",
    // "you always ran away from arguments, and I always ran at them; we were a funny pair".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,80}?(?:(?:and|but|,) i (?:always |also )?(?:kept|ran|did|was|had|shut|pushed|hid)[^.!?\\n]{0,30}?(?:too|either|as well|from (?:you|u)|at them)|we (?:were |are )?both(?! know| knew)|both of us|neither of us|we were (?:a|such a) (?:funny |strange |odd )?(?:pair|match|team))`,
    ),
    // The writer's own part given as the cause: "you stopped trying to reach me because I kept pushing you away".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?{WB}because i (?:kept|was|pushed|shut|didn'?t|never|wouldn'?t|couldn'?t|made|gave|asked|begged|told)`,
    ),
    // Hard work for the family is no charge: "you were always at work for us".
    sp(
      `{WB}(?:you|u) (?:were|was) always (?:working|at work)[^.!?\\n]{0,20}?(?:for (?:us|me|the (?:kids|family))|so (?:hard|we|that))`,
    ),
  ],
  examples: [
    // Fifteenth round: a gift the reader never saw in themselves is praise, not "you never noticed".
    { notFlagged: 'u could light up any room and u never even noticed' },
    { notFlagged: "You were the kindest person at that school and you didn't even know it." },
    {
      notFlagged:
        'ur honestly the funniest person i ever met and u never even noticed how everyone at work would wait for u to speak',
    },
    {
      flagged: '[[You were the funniest person at every party and you never noticed how lonely I was]].',
      pattern: 'you-never',
    },
    { flagged: '[[You never noticed me]], not once in five years.', pattern: 'you-never' },
    { notFlagged: 'I guess you were too busy that year to notice I was struggling, and I hid it well.' },
    // Fourteenth round: the reader's conduct in a mocking frame.
    { notFlagged: 'It must be nice to be back near the sea after all those years in Leeds.' },
    { flagged: "Anyway, [[I'm not holding my breath for an apology]].", pattern: 'sarcastic-frame' },
    { notFlagged: "My number hasn't changed, though I won't hold my breath." },
    {
      flagged: 'The cat sleeps on my side now, [[so at least one of us has moved on gracefully]].',
      pattern: 'sarcastic-frame',
    },
    { notFlagged: 'Some of us went to the pub after the funeral and talked about you.' },
    { flagged: '[[Not everyone gets to switch their feelings off like a tap]].', pattern: 'sarcastic-frame' },
    { notFlagged: 'Not everyone would have stayed through my redundancy, and you did.' },
    { flagged: '[[I suppose it was too much to ask for a goodbye]].', pattern: 'sarcastic-frame' },
    {
      flagged: '[[It would have been decent of you to warn me before the removal van came]].',
      pattern: 'sarcastic-frame',
    },
    { notFlagged: 'It would have been lovely to see Rome together, and maybe one day we still will.' },
    {
      flagged:
        "I'm sorry the dinner went so badly, [[though it would have helped if you'd shown up on time]].",
      pattern: 'sarcastic-frame',
    },
    { notFlagged: "It would have helped if I'd listened to you back then." },
    { notFlagged: 'The move to Dubai and the money worries were too much for us.' },
    { flagged: "[[I'm not saying it's all your fault, but it mostly is]].", pattern: 'sarcastic-frame' },
    { flagged: "[[Good to see you've landed on your feet, as always]].", pattern: 'sarcastic-frame' },
    { flagged: '[[I see you wasted no time]].', pattern: 'sarcastic-frame' },
    {
      notFlagged:
        'You wasted no time getting back on your feet after the redundancy, and I was so proud of you.',
    },
    { flagged: 'Five weeks. [[That was all it took you]].', pattern: 'sarcastic-frame' },
    { flagged: '[[Took you long enough to tell me]].', pattern: 'sarcastic-frame' },
    { flagged: 'With all due respect, [[you had many chances]].', pattern: 'sarcastic-frame' },
    { flagged: 'Must be lovely, [[having a clean conscience]].', pattern: 'sarcastic-frame' },
    {
      flagged: '[[Sorry that my depression was such an inconvenience for you]].',
      pattern: 'sarcastic-frame',
    },
    { flagged: "[[I'm sorry I ever trusted you]].", pattern: 'sarcastic-frame' },
    { notFlagged: "I'm sorry I ever hurt you, and I'm sorry it took me so long to say it." },
    { flagged: "[[Sorry I wasn't good enough for you, I guess]].", pattern: 'sarcastic-frame' },
    { flagged: "[[I'm sorry you found someone more exciting]].", pattern: 'sarcastic-frame' },
    {
      flagged: '[[Thanks for showing your true colours before I wasted any more years]].',
      pattern: 'sarcastic-frame',
    },
    {
      flagged: "I'm grateful, in a way, [[because now I know exactly who you are]].",
      pattern: 'sarcastic-frame',
    },
    { notFlagged: 'Now I know who you really are, and I admire you more than ever.' },
    { flagged: '[[Appreciate you finally returning my calls after six weeks]].', pattern: 'sarcastic-frame' },
    { notFlagged: "Thank you for finally writing back after all these months, I know it wasn't easy." },
    {
      flagged: "[[He'll find out soon enough what you're like in the mornings]].",
      pattern: 'sarcastic-frame',
    },
    { flagged: "[[Hope she knows what she's signed up for]].", pattern: 'sarcastic-frame' },
    { flagged: "[[I hope he's as patient with your moods as I was]].", pattern: 'sarcastic-frame' },
    { notFlagged: "I hope he's patient with your moods, which I never could be." },
    { notFlagged: "I hope he's as good to you as you were to me." },
    { flagged: "[[Of course it was my fault, it's always my fault, isn't it]].", pattern: 'sarcastic-frame' },
    { notFlagged: "Of course it was my fault, I know that now, and I'm working on it." },
    {
      flagged: "[[I apologise for my part, which, let's be honest, was the smaller one]].",
      pattern: 'sarcastic-frame',
    },
    { notFlagged: "My part in this was bigger than I admitted, and I'm sorry." },
    {
      flagged: '[[Lovely of you to send the divorce papers on our anniversary]].',
      pattern: 'sarcastic-frame',
    },
    { notFlagged: 'Lovely of you to send flowers on my birthday, thank you.' },
    { flagged: '[[I had to hear it from a mutual friend at a party]].', pattern: 'sarcastic-frame' },
    { notFlagged: 'I found out from your mum that you got the job, congratulations!' },
    { notFlagged: "I wish you'd told me how unhappy you were; I would have listened." },
    { flagged: '[[I guess you were just too busy to say goodbye]].', pattern: 'sarcastic-frame' },
    {
      flagged: "No rush replying, [[it's not like you've ever been on time for anything]].",
      pattern: 'sarcastic-frame',
    },
    { notFlagged: "It's not like you ever asked for much, and I wish I'd given more." },
    { flagged: '[[You had three whole years to tell me you were unhappy]].', pattern: 'sarcastic-frame' },
    { flagged: "[[I wasn't the only one who checked out]].", pattern: 'sarcastic-frame' },
    { notFlagged: "I wasn't the one who had to move countries, and I forget how hard that was for you." },
    { flagged: '[[Sorry for caring too much, I guess]].', pattern: 'sarcastic-frame' },
    { flagged: '[[I guess keeping your word was never really your thing]].', pattern: 'sarcastic-frame' },
    { notFlagged: 'Cooking was never really your thing, and I loved that you tried anyway.' },
    {
      flagged:
        "[[i just don't get how u went from planning a trip to japan with me to that in like 3 weeks]]",
      pattern: 'sarcastic-frame',
    },
    {
      flagged: '[[You went from planning a wedding with me to moving in with him in a month]].',
      pattern: 'sarcastic-frame',
    },
    {
      notFlagged:
        "You went from hating running with me to a marathon in six months, and I'm so proud of you.",
    },
    { notFlagged: 'We went from strangers to flatmates in a week.' },
    {
      flagged: "[[The bills didn't pay themselves while you were off finding yourself]].",
      pattern: 'sarcastic-frame',
    },
    {
      flagged:
        '[[Fair play to you for keeping the story straight for so long]], it must have taken some effort.',
      pattern: 'sarcastic-frame',
    },
    {
      notFlagged:
        "It wasn't my fault that the flight was cancelled, but I should have rung you from the airport.",
    },
    // Thirteenth round: the fault shared out.
    { flagged: "[[I'm not perfect, but neither are you]].", pattern: 'not-only-me' },
    { flagged: 'I was wrong about a few things, [[but so were you]].', pattern: 'not-only-me' },
    { notFlagged: "I wasn't happy, and neither were you, and we kept pretending." },
    { flagged: "[[You're not innocent either]].", pattern: 'not-only-me' },
    // Seventeenth round (probe eval/seventeenth/reproach17): the share handed back after "though", the fault tucked
    // after an apology, "cos u…", "a fair chance", "you was … you're phone".
    {
      flagged: 'I apologise for my part, [[though you were hardly blameless yourself]].',
      pattern: 'not-only-me',
    },
    { flagged: "I'm sorry I said it, [[but you'd been on your phone all night]].", pattern: 'not-only-me' },
    { flagged: 'I know I shouted, [[but you were drunk]].', pattern: 'not-only-me' },
    { notFlagged: "I loved you, though you weren't perfect, and I didn't need you to be." },
    { notFlagged: "I'm sorry I shouted, but you were right to leave." },
    { notFlagged: "I'm sorry, but you were never anything but kind to me." },
    { flagged: '[[But I was hardly the only one who stopped trying]].', pattern: 'sarcastic-frame' },
    { notFlagged: 'I was hardly the only one who cried at the wedding.' },
    { flagged: '[[i only lost my temper cos u kept pushing and pushing]]', pattern: 'deflection' },
    { flagged: 'Whatever I did wrong, [[you never gave me a fair chance to fix it]].', pattern: 'you-never' },
    { flagged: "[[you was always on you're phone when I was talking to you]]", pattern: 'you-never' },
    { notFlagged: 'You were never perfect, and neither was I, and that was fine.' },
    { flagged: "[[It's not like you were a saint]].", pattern: 'not-only-me' },
    { flagged: 'I made mistakes, [[but so did you, and bigger ones]].', pattern: 'not-only-me' },
    { notFlagged: "I made mistakes and so did you, and that's okay, we were young." },
    { flagged: "I'm sorry, [[but you have to take some responsibility too]].", pattern: 'not-only-me' },
    { flagged: 'I apologise for my part, [[though you know yours was bigger]].', pattern: 'not-only-me' },
    { flagged: "[[You played your part in this too]], don't forget.", pattern: 'not-only-me' },
    { notFlagged: 'You played your part and I played mine, and I miss the band.' },
    { flagged: "[[Don't act like I'm the only one who did anything wrong]].", pattern: 'not-only-me' },
    { flagged: "I own my part; [[I hope one day you'll own yours]].", pattern: 'not-only-me' },
    { flagged: 'I was wrong to shout, [[but you pushed and pushed]].', pattern: 'not-only-me' },
    { notFlagged: 'I wanted to quit the course, but you pushed, and I finished it because of you.' },
    // Thirteenth round: plain charges.
    { flagged: '[[You made a holy show of me in front of the whole parish]].', pattern: 'plain-charge' },
    { flagged: '[[Ye left me high and dry with the mortgage]].', pattern: 'plain-charge' },
    { flagged: 'Mate, [[you stitched me up good and proper]].', pattern: 'plain-charge' },
    { flagged: '[[You pulled a disappearing act right when I needed you]].', pattern: 'plain-charge' },
    { flagged: '[[You shamed my family in front of everyone]].', pattern: 'plain-charge' },
    { flagged: '[[You never gave me any respect as your wife]].', pattern: 'plain-charge' },
    { flagged: '[[You dropped me like a hot scone]].', pattern: 'plain-charge' },
    { notFlagged: 'You left me hanging on the last line of the crossword, and I still laugh about it, lol.' },
    { notFlagged: 'You never gave me any reason to doubt you.' },
    { flagged: '[[I hope it was worth it, throwing away everything I gave you]].', pattern: 'plain-charge' },
    { flagged: "[[I hope you sleep well knowing what you've done to me]].", pattern: 'plain-charge' },
    { flagged: '[[This is how you treat me now]].', pattern: 'plain-charge' },
    { flagged: '[[You always know exactly what to say to hurt me]].', pattern: 'plain-charge' },
    { notFlagged: 'You always knew exactly what to say to make me laugh.' },
    { flagged: "[[You always had an answer for everything, didn't you]].", pattern: 'plain-charge' },
    { notFlagged: "You always loved that song, didn't you." },
    {
      flagged: "[[Your daughter cries for her daddy every night while you're off playing happy families]].",
      pattern: 'plain-charge',
    },
    { flagged: "[[And now you don't even pick my call]].", pattern: 'plain-charge' },
    { notFlagged: "You don't even have to reply to this." },
    {
      flagged: "[[You'd think a thank you would be the least you could manage]].",
      pattern: 'owed-and-missing',
    },
    { flagged: "[[You're so good at moving on, aren't you]].", pattern: 'plain-charge' },
    { notFlagged: "You were so good at making people feel welcome, weren't you, even my grumpy uncle." },
    { flagged: 'Whatever, [[do what you want, you always do]].', pattern: 'plain-charge' },
    { flagged: '[[Thanks for the memories, I guess, and the debts]].', pattern: 'plain-charge' },
    { flagged: '[[You were clever enough to fool me for two years]].', pattern: 'plain-charge' },
    { flagged: '[[I gave you the best of me and you gave me the door]].', pattern: 'plain-charge' },
    { flagged: "[[You got the fresh start, I got the debt collector's letters]].", pattern: 'plain-charge' },
    { notFlagged: 'You got the house and I got the dog, which seemed fair to both of us.' },
    { flagged: '[[You need to see a therapist about your trust issues]].', pattern: 'plain-charge' },
    { notFlagged: 'I need to see a therapist about my trust issues, and I have started.' },
    { flagged: '[[You were never on my side]].', pattern: 'plain-charge' },
    { flagged: '[[You always took her side]].', pattern: 'plain-charge' },
    { notFlagged: 'You always took the window seat, and I never minded.' },
    { flagged: '[[You always chose the pub]].', pattern: 'plain-charge' },
    { flagged: '[[You were always looking for the exit]].', pattern: 'plain-charge' },
    { flagged: '[[You always found a reason to be somewhere else]].', pattern: 'plain-charge' },
    { flagged: '[[You always had one eye on your phone]].', pattern: 'plain-charge' },
    { flagged: '[[You always needed to be the centre of attention]].', pattern: 'plain-charge' },
    { flagged: '[[You never once came to one of my gigs]].', pattern: 'plain-charge' },
    { notFlagged: 'You never came to my gigs, and to be fair they were terrible.' },
    { flagged: '[[You were always too proud to apologise]].', pattern: 'plain-charge' },
    { flagged: "[[Thanks for asking how I am]]. Oh wait, you didn't.", pattern: 'plain-charge' },
    { notFlagged: 'Thanks for asking how I am, it means more than you know.' },
    { flagged: '[[I was your biggest supporter and you dropped me like a stone]].', pattern: 'plain-charge' },
    { flagged: '[[how could u]]', pattern: 'how-could-you' },
    { notFlagged: 'How could you know? I never told you.' },
    { flagged: '[[You did all this]].', pattern: 'plain-charge' },
    { notFlagged: 'The garden is thriving. You did all the hard work, years ago.' },
    { flagged: '[[u chose her]]', pattern: 'plain-charge' },
    { notFlagged: 'You chose him, and I hope he makes you as happy as you deserve.' },
    { flagged: '[[u always do this]]', pattern: 'plain-charge' },
    { notFlagged: 'You always do this thing where you hum when you cook, and I miss it.' },
    { flagged: '[[u dont care about anyone but urself]]', pattern: 'plain-charge' },
    { flagged: '[[u made me look stupid in front of everyone]]', pattern: 'plain-charge' },
    { flagged: '[[wow ok so i meant nothing]]', pattern: 'plain-charge' },
    { notFlagged: 'I used to think that I meant nothing to you, and your card proved me wrong.' },
    { flagged: '[[ur mum was right about u]]', pattern: 'plain-charge' },
    { notFlagged: 'Your friends were right about me back then.' },
    { flagged: "[[I'm on antidepressants now, so thanks for that]].", pattern: 'plain-charge' },
    { notFlagged: 'I found a good therapist through your sister, so thanks for that.' },
    {
      flagged: 'At the same time, [[I must tell you that you were also not there for me that year]].',
      pattern: 'plain-charge',
    },
    { notFlagged: "You weren't there for me that spring, but you had every reason not to be." },
    {
      flagged: '[[I must say that you did not even inform me before changing your number]].',
      pattern: 'you-never',
    },
    { notFlagged: 'I must say that you were always there for me when it counted.' },
    { notFlagged: 'I heard that you did not even take a day off when your father was ill.' },
    { flagged: '[[You took me for granted]].', pattern: 'plain-charge' },
    { flagged: '[[u gave up on me]]', pattern: 'plain-charge' },
    { flagged: '[[You embarrassed me]], and then you laughed about it.', pattern: 'plain-charge' },
    { notFlagged: 'You embarrassed me with that speech at my fortieth, in the best way.' },
    { notFlagged: 'You hurt me, and I hurt you more, and I know which one I have to answer for.' },
    { notFlagged: 'You dropped me at the station that morning and waved until the train left.' },
    { notFlagged: 'I know you never meant to hurt me.' },
    { flagged: 'You shouted at her. [[Is that how a man protects his wife]]?', pattern: 'rhetorical' },
    { flagged: '[[You let your aunty insult my mother and you did not say one word]].', pattern: 'charge' },
    { notFlagged: 'Is that how a man proposes these days, with a ring in a cupcake?' },
    { flagged: '[[You walked away like it was nothing]].', pattern: 'plain-charge' },
    { notFlagged: 'You handled the move like it was nothing, and I was in awe.' },
    { flagged: '[[You had a choice and you chose her]].', pattern: 'plain-charge' },
    { notFlagged: 'You had a choice and you chose to be kind, even then.' },
    { flagged: '[[Typical of you to run]].', pattern: 'plain-charge' },
    { notFlagged: "Typical of you to remember my mum's birthday even now." },
    { flagged: '[[You put me through hell]].', pattern: 'plain-charge' },
    { notFlagged: 'You put me through driving school and never once laughed at my parking.' },
    { flagged: "[[You've done nothing but lie since the day we met]].", pattern: 'plain-charge' },
    { notFlagged: "You've done nothing but help since Dad died, and I see it." },
    { flagged: '[[You was lying all the time]].', pattern: 'plain-charge' },
    { flagged: '[[You are very selfish person]].', pattern: 'plain-charge' },
    { notFlagged: 'You are very kind person, and I was not kind to you.' },
    { flagged: '[[You took everything]], the car, the dog, even the kettle.', pattern: 'plain-charge' },
    { notFlagged: 'You took everything in your stride, even the flood.' },
    // Thirteenth round: the scene of the fault.
    { notFlagged: 'You went behind my back to organise that surprise party, you sneak.' },
    {
      flagged: '[[You stood there in front of your pals and called me a nag]]. In front of everyone.',
      pattern: 'the-scene',
    },
    { notFlagged: 'You called me a genius the day I fixed the boiler, and I believed you.' },
    { notFlagged: 'You laughed when my brother called me a nag, and honestly so did I.' },
    {
      flagged: "[[And then you wonder why I didn't speak to you the whole way home]].",
      pattern: 'the-scene',
    },
    { notFlagged: "And you probably wonder why I'm writing after all this time." },
    {
      flagged: 'u told me u were at ur brothers. [[u looked me in the eyes and lied]]',
      pattern: 'the-scene',
    },
    { notFlagged: 'You looked me in the eyes and said yes before I had even finished asking.' },
    {
      flagged:
        '[[Now I am alone here and you go out with your friends every weekend like nothing is happen]].',
      pattern: 'the-scene',
    },
    { notFlagged: "You acted like nothing had happened so the kids wouldn't worry, and I was grateful." },
    { flagged: 'she can have u honestly. [[hope shes ready for the lies]]', pattern: 'the-scene' },
    { flagged: 'And now, at sixty, [[I am apparently too dull]].', pattern: 'the-scene' },
    { notFlagged: "I'm apparently too old for the trampoline park, according to Mia, which is fair." },
    // Thirteenth round: what was owed and not given, and the one who always gave.
    {
      notFlagged:
        'u were always busy with office, i was always busy with my exams, and somewhere we just stopped making time.',
    },
    {
      flagged: '[[You were always busy with the pub]], and I was left on my own every weekend.',
      pattern: 'you-never',
    },
    {
      flagged: 'i keep going over it. [[the least u could of done was tell me to my face]]',
      pattern: 'owed-and-missing',
    },
    { flagged: '[[The least you could have done was ring me yourself]].', pattern: 'owed-and-missing' },
    { notFlagged: 'Driving you to the airport was the least I could do after everything you did for me.' },
    { flagged: '[[It was always about you and your career]], never about us.', pattern: 'owed-and-missing' },
    { notFlagged: 'That whole summer was about you and your exams, and I was glad to help.' },
    {
      flagged: 'You say I am too jealous. Maybe yes. [[Always it is me who must apologise first]].',
      pattern: 'owed-and-missing',
    },
    { flagged: '[[I was always the one making the effort]].', pattern: 'owed-and-missing' },
    { notFlagged: "I was always the one who had to be right, and I'm sorry for that." },
    {
      notFlagged:
        'It was always me who had to apologise first, and honestly that was my own pride too, my choice.',
    },
    {
      flagged: 'i cant sleep, [[my mum is worried sick and honestly thats on u]]',
      pattern: 'owed-and-missing',
    },
    { notFlagged: "I didn't show up for you that year. That's on me." },
    { notFlagged: "If you'd rather never hear from me again, that's on you to decide and I'll respect it." },
    { flagged: '[[u never once told me something was wrong]]. not once', pattern: 'owed-and-missing' },
    { notFlagged: 'You never once told me I was stupid for not knowing, and I loved you for it.' },
    { flagged: '[[Not once in four years did you ask how my day was]].', pattern: 'you-never' },
    { flagged: '[[You were the one who decided our marriage was optional]].', pattern: 'veiled' },
    // Lead review (sixteenth round).
    { flagged: '[[Funny how you found time for five-a-side every Thursday though]].', pattern: 'veiled' },
    { flagged: '[[And funny how u always had time for the lads]].', pattern: 'veiled' },
    { notFlagged: 'Funny how I never found time for the gym after we split.' },
    { flagged: '[[But I must also say that you made it very difficult]].', pattern: 'you-ruined' },
    { flagged: '[[you made it so hard]].', pattern: 'you-ruined' },
    {
      flagged: 'Still, [[I think you should know that you made me feel small for most of our marriage]].',
      pattern: 'you-ruined',
    },
    { notFlagged: 'I think you should know that you made me feel safe for the first time in years.' },
    { flagged: '[[Your new partner is welcome to you]], honestly.', pattern: 'sarcastic-frame' },
    { notFlagged: 'You never made it difficult for me to be myself.' },
    { notFlagged: 'I made it very difficult for you, I know that now.' },
    {
      flagged: "You wanted to move to Bristol, [[so don't act like I'm the one who pulled away]].",
      pattern: 'sideways',
    },
    { notFlagged: "I won't act like I'm the one who was hurt most." },
    {
      notFlagged:
        'You were the one who decided we should adopt Biscuit, and it was the best decision we ever made.',
    },
    {
      flagged: "[[Funny how you always said you'd never be the one to walk away]].",
      pattern: 'sideways-charge',
    },
    {
      flagged: '[[I remember how you used to scream at me in front of everyone]].',
      pattern: 'sideways-charge',
    },
    { notFlagged: 'I remember how you used to sing at me in the car, badly and happily.' },
    { flagged: '[[You just threw away six years like they were nothing]].', pattern: 'sideways-charge' },
    { flagged: '[[Everyone can see what you did]].', pattern: 'sideways-charge' },
    {
      flagged: '[[I was the one who held everything together while you did whatever you wanted]].',
      pattern: 'sideways-charge',
    },
    {
      flagged: '[[i was the one driving to the hospital every night and u were out with the lads]]',
      pattern: 'sideways-charge',
    },
    {
      flagged: '[[I was the one doing the school run while you were down the pub]].',
      pattern: 'sideways-charge',
    },
    {
      notFlagged: 'I was the one driving that night and you were asleep in the back, I remember it so well.',
    },
    { notFlagged: 'I was the one cooking and you were the one who made everyone laugh.' },
    { flagged: '[[Funny how you found time for him but never for me]].', pattern: 'veiled' },
    { flagged: '[[I suppose it was easier for you to just walk away]].', pattern: 'sideways-charge' },
    { flagged: '[[While you were out every night, I was home with the baby]].', pattern: 'sideways-charge' },
    { notFlagged: 'Everyone knows what you did for my mum when she was ill, and I never thanked you.' },
    // A threat, not blame (threat reads it): "I'll make sure the whole town knows what you did".
    { notFlagged: "If you move the kids to Spain, I'll make sure everyone knows what you did." },
    { notFlagged: 'While you were in Seoul, I was home with the kids, and I missed you every day.' },
    { notFlagged: 'It was easier for you to take the car, so I got the train.' },
    { notFlagged: 'Funny how you always knew the words to every song, even the bad ones.' },
    { flagged: '[[You let your brother mock me at every family dinner]].', pattern: 'charge' },
    { flagged: '[[u always sided with ur mum]]', pattern: 'charge' },
    { flagged: '[[You made all the important choices about the wedding by yourself]].', pattern: 'charge' },
    { notFlagged: 'You let me win at chess, you big softie.' },
    { notFlagged: 'You sided with me when my landlord was awful.' },
    { notFlagged: 'You sided with your dad that night, and you were right to.' },
    { notFlagged: 'We took the big decisions on our own, and that suited us.' },
    { notFlagged: 'I was far from perfect and you never asked me to be.' },
    { notFlagged: 'You never once asked me to give up my friends.' },
    { flagged: '[[You never asked me how the interview went]].', pattern: 'you-never' },
    { flagged: '[[Such a class act, ghosting me the week of the funeral]].', pattern: 'charge' },
    { flagged: '[[How kind of you to leave me with the mortgage]].', pattern: 'charge' },
    { flagged: '[[Thanks a million for telling your mum before me]].', pattern: 'charge' },
    { flagged: '[[cheers 4 nothing]]', pattern: 'charge' },
    { notFlagged: 'How kind of you to drive my nan to the hospital.' },
    { notFlagged: 'Thanks for nothing less than the happiest summer of my life.' },
    { flagged: '[[You taught me that vows mean nothing]].', pattern: 'charge' },
    { flagged: '[[u showed me exactly how little i was worth]]', pattern: 'charge' },
    { notFlagged: 'You taught me not to rush a sauce.' },
    // A negation in an earlier clause does not reach past "and" + a new subject (lexicon/en/negation.ts NEGATION_SCOPE).
    { flagged: '[[My dad never warmed to me and you never once spoke up for me]].', pattern: 'charge' },
    { flagged: '[[i had no one to talk to and u never listened]]', pattern: 'you-never' },
    { notFlagged: "I'm not saying you lied and you cheated, I'm saying we both got lost." },
    { notFlagged: "I don't blame you and your sister for any of it." },
    { notFlagged: "We weren't perfect and you never pretended we were." },
    // Word edges on the you-never lists (a bare "call" read "called me names", "you" read "your", "out" read "outgoing",
    // "to it" read "to Italy"); the inflections meant are spelled out ("wrote", "texted", "have you apologised").
    { notFlagged: 'You never called me names, even when we were screaming at each other.' },
    { notFlagged: 'You always cared about your students, even the ones who drove you mad.' },
    { notFlagged: 'u always worried about ur nan more than urself, its one of the things i loved' },
    { notFlagged: 'You were always outgoing at parties and I hid behind you, happily.' },
    { notFlagged: 'You drove me to Italy that summer in the old Fiat, windows down the whole way.' },
    { notFlagged: 'You drove me to that little café in Whitby on our first date.' },
    {
      notFlagged:
        'You never respectfully disagreed with anyone, you just agreed and did your own thing, which I found funny.',
    },
    { flagged: '[[You never wrote]], not even at Christmas.', pattern: 'you-never' },
    { flagged: '[[u never texted back]], not once', pattern: 'you-never' },
    { flagged: '[[Never once have you apologised for that night]].', pattern: 'veiled' },
    { flagged: '[[Not once had you visited the boys by the time I moved out]].', pattern: 'you-never' },
    { flagged: '[[You pushed me to it]], and you know you did.', pattern: 'you-never' },
    { flagged: '[[Once you are done with your tantrums]], we can talk about the flat.', pattern: 'sideways' },
    // Thanks for a late answer, with the effort granted, is thanks: the sneer needs the grant taken back.
    { notFlagged: "Thanks for finally answering, I know it wasn't easy for you." },
    { notFlagged: 'Thank you for finally getting back to me; I know it took courage, and it means a lot.' },
    { notFlagged: 'cheers for finally replying, i really appreciate it x' },
    {
      notFlagged:
        'Thank you for leaving me alone once I asked, it was the kindest thing you could have done.',
    },
    {
      flagged: '[[Thanks for finally answering]], I know it must have been so hard to find five minutes.',
      pattern: 'charge',
    },
    { flagged: '[[Thanks for finally replying]], Mr Busy.', pattern: 'charge' },
    { flagged: '[[Thanks a lot for leaving me alone on my birthday]].', pattern: 'deflection' },
    // Sixth round (probe eval/sixth/heartfelt): a habit remembered with fondness.
    { notFlagged: 'You were always late, and I learned to love waiting for you.' },
    { notFlagged: 'You always took the window seat and I never minded.' },
    {
      notFlagged:
        'You were always on your phone at dinner, and honestly I found it sweet, all those cat videos.',
    },
    { notFlagged: 'You never did learn to parallel park, and I adored watching you try.' },
    { notFlagged: "It's your fault I'm addicted to Korean dramas now." },
    { notFlagged: "It's all your fault I'm a coffee snob." },
    { notFlagged: "Ta very much for posting my boots back, you're a star." },
    { notFlagged: 'You lied about the surprise party so well I never suspected.' },
    { notFlagged: "From now on I'll call my dad every Sunday, like you always nagged me to." },
    { notFlagged: 'You never asked for anything for your birthday except a walk, and I still owe you one.' },
    { notFlagged: "You couldn't even say goodbye without making me laugh." },
    { notFlagged: 'You could have stayed angry, but you chose kindness.' },
    { notFlagged: 'You could have left years before, and you stayed.' },
    { flagged: "[[Apparently three years didn't merit a conversation]].", pattern: 'grievance-aside' },
    { flagged: "[[I guess I wasn't worth a phone call]].", pattern: 'grievance-aside' },
    { flagged: '[[Nice to know where I stood]].', pattern: 'grievance-aside' },
    { flagged: '[[I was always the last to know anything in that house]].', pattern: 'grievance-aside' },
    { flagged: '[[You had plenty of time for your mates, just never for me]].', pattern: 'grievance-aside' },
    { flagged: '[[You were quick enough to find someone new]].', pattern: 'grievance-aside' },
    { flagged: "[[It didn't take you long to replace me]].", pattern: 'who-did-it' },
    { flagged: '[[Your phone was always more interesting than me]].', pattern: 'grievance-aside' },
    { flagged: '[[You let me believe it was my fault for months]].', pattern: 'grievance-aside' },
    { flagged: "[[You just couldn't be bothered anymore]].", pattern: 'grievance-aside' },
    { flagged: '[[u literally left me on read for 3 weeks]]', pattern: 'grievance-aside' },
    {
      flagged: '[[You managed to tell your sister, your mum and half of Facebook before you told me]].',
      pattern: 'grievance-aside',
    },
    {
      flagged: '[[While I was sitting in A&E with our son, you were at the pub]].',
      pattern: 'grievance-aside',
    },
    { flagged: '[[Of course it was never your fault]], it never is.', pattern: 'grievance-aside' },
    { notFlagged: 'I was the last to know about the surprise party, and I loved it.' },
    { notFlagged: "I'm not worth a second thought, I used to tell myself, and I don't believe that now." },
    { notFlagged: 'Good to know the allotment is still going.' },
    { notFlagged: 'You always had time for everyone, even me at my worst.' },
    { notFlagged: 'You were quick enough to forgive me, quicker than I deserved.' },
    {
      notFlagged:
        "You couldn't be bothered with the dishes, and neither could I, so we ate off paper plates.",
    },
    { notFlagged: 'You told your mum before me, and that was fair, she was ill.' },
    { notFlagged: 'While I was in hospital, you were at work keeping us afloat.' },
    { notFlagged: 'It was never your fault.' },
    { notFlagged: "Of course it wasn't your fault." },
    { flagged: '[[u said it was just for a year and then it was three]]', pattern: 'grievance-aside' },
    {
      notFlagged: 'You said it would be one year in Sydney and then it was three, and I was so proud of you.',
    },
    { notFlagged: 'While I was cooking, you were asleep on the sofa, and it was the cosiest Sunday.' },
    { notFlagged: "I was the last to know you'd been promoted, because you're too modest." },
    {
      notFlagged:
        'Your work was more important than me sometimes, and it should have been, you were saving lives.',
    },
    { notFlagged: 'Good to know where I stand with the landlord at least.' },
    { flagged: "You don't have to reply, [[you never do anyway]].", pattern: 'grievance-aside' },
    { notFlagged: 'Make the curry your way, you never do it wrong anyway.' },
    { flagged: '[[You have broken my trust]], and this is not small thing.', pattern: 'you-ruined' },
    { flagged: '[[You promised me many things and kept none]].', pattern: 'grievance-aside' },
    { flagged: '[[It is not correct what you did with my sister]].', pattern: 'grievance-aside' },
    { flagged: '[[You were happy to take my money but not my problems]].', pattern: 'grievance-aside' },
    {
      flagged: '[[I would have appreciated the truth, rather than discovering it from a neighbour]].',
      pattern: 'grievance-aside',
    },
    {
      flagged: '[[One might have expected a little more honesty after twelve years]].',
      pattern: 'grievance-aside',
    },
    { flagged: '[[Your conduct towards my family was, frankly, unacceptable]].', pattern: 'grievance-aside' },
    {
      flagged: '[[It was rather convenient for you that I was away when you moved out]].',
      pattern: 'grievance-aside',
    },
    {
      flagged: '[[I note that you found the time to update your profile but not to reply to me]].',
      pattern: 'grievance-aside',
    },
    { flagged: '[[I did not deserve this treatment after ten years]].', pattern: 'grievance-aside' },
    { notFlagged: 'You promised me nothing, and you gave me so much.' },
    { notFlagged: "It wasn't fair what you went through that year." },
    { notFlagged: 'You were happy to share your flat with me when I had nowhere to go.' },
    { notFlagged: 'I would have expected more of myself, honestly.' },
    { notFlagged: 'My behaviour at the wedding was unacceptable, and I know it.' },
    { notFlagged: 'Your behaviour that night was out of order, and so was mine.' },
    { notFlagged: 'It was convenient for you to take the car, so I got the train.' },
    { notFlagged: "You found time to visit my mum every week, and I'll never forget it." },
    { notFlagged: "I didn't deserve your patience, and you gave it anyway." },
    { notFlagged: "I didn't deserve that, after how I'd treated you, and I'm grateful." },
    {
      flagged: '[[but u also lied about where u were that whole summer so lets not pretend it was all me]]',
      pattern: 'charge',
    },
    {
      flagged: '[[But you made a choice, Thomas, and you made it without once telling me you were unhappy]].',
      pattern: 'charge',
    },
    { flagged: '[[You also lied about the money]].', pattern: 'charge' },
    { notFlagged: "You also remembered my mum's birthday, every year." },
    { flagged: '[[I deserved a conversation before I deserved a betrayal]].', pattern: 'grievance-aside' },
    {
      flagged: "I know I wasn't perfect, [[but let's not pretend it was all me]].",
      pattern: 'grievance-aside',
    },
    { notFlagged: 'You deserved a conversation before you got a text, and I gave you a text.' },
    { flagged: '[[Nice of you to let me find out from your sister]].', pattern: 'grievance-aside' },
    { notFlagged: 'It was kind of you to let me keep the bike.' },
    { notFlagged: 'i hate that the last thing i said to u was so nasty.' },
    { notFlagged: 'What I did to you was cruel, and I know it.' },
    { flagged: '[[I was wrong to trust you]].', pattern: 'grievance-aside' },
    { flagged: '[[I was a fool to believe a word you said]].', pattern: 'grievance-aside' },
    { flagged: '[[Thanks for all the memories, I guess]].', pattern: 'grievance-aside' },
    { flagged: '[[Congratulations I guess]]. Hope you two are happy.', pattern: 'grievance-aside' },
    { flagged: "[[Didn't take you long]].", pattern: 'grievance-aside' },
    { flagged: "You're engaged now. [[Didn't take you long, did it]]?", pattern: 'grievance-aside' },
    // Twelfth round (eval/twelfth/pitfalls12): the speed of moving on as the charge, what was thrown away made light of.
    {
      flagged: "I saw the photos from Croatia. [[Glad to see you've moved on so quickly]].",
      pattern: 'grievance-aside',
    },
    { flagged: '[[Good to see you bounced back so fast]].', pattern: 'grievance-aside' },
    { flagged: "[[You didn't waste any time, did you]]?", pattern: 'grievance-aside' },
    { notFlagged: "I'm glad you've moved on, you deserve to be happy." },
    { notFlagged: "Glad to see you've moved on so quickly, and I mean that, you deserve it." },
    { notFlagged: 'I moved on so quickly that I never stopped to grieve, and that was a mistake.' },
    { notFlagged: "We didn't waste any time in Rome, did we? Four museums in a day." },
    { notFlagged: 'Happy to hear you moved on so quickly from the job you hated.' },
    { flagged: '[[Even your sister thinks you overreacted]].', pattern: 'their-verdict' },
    {
      flagged: '[[i keep going over that night at marcos and honestly i still think u overreacted a bit]]',
      pattern: 'verdict',
    },
    { notFlagged: "I don't think you overreacted; I'd have been furious too." },
    { flagged: '[[ur own mum said u were out of order tbh]]', pattern: 'their-verdict' },
    { flagged: '[[My friends all agree you treated me badly]].', pattern: 'their-verdict' },
    { notFlagged: "Your sister thinks you're doing really well." },
    { notFlagged: 'My friends think you were right to leave.' },
    { notFlagged: 'Your mum says you should have told me sooner, and she is right, it was on me to ask.' },
    // Lead review (fourteenth): the frame turned to the reader's credit in the same sentence.
    { notFlagged: "At least one of us has learned to cook, and it's you." },
    { notFlagged: 'At least one of us has learned to cook, and it is you.' },
    { notFlagged: "Not everyone gets to do a job they love, and you do, and I'm proud of you." },
    { notFlagged: "The bills didn't pay themselves, and I know you carried that for both of us; thank you." },
    // Lead review (fourteenth): joy like a child's is a memory, not a charge of childishness.
    {
      notFlagged:
        'I think of our Sunday at Étretat, the wind was so strong you lost your cap and you laughed like a child.',
    },
    { flagged: '[[You acted like a child the whole weekend]].', pattern: 'you-are-selfish' },
    { flagged: "[[You're overreacting]].", pattern: 'you-are-selfish' },
    { flagged: '[[You made a right eejit of me in front of the whole town]].', pattern: 'grievance-aside' },
    { flagged: "[[You've some neck writing to my mother after what you did]].", pattern: 'grievance-aside' },
    { notFlagged: "You've got some nerve, going back to uni at forty, and I admire it." },
    { flagged: 'Madam, [[you have disgraced me before my people]].', pattern: 'grievance-aside' },
    { flagged: '[[You people have no shame]].', pattern: 'grievance-aside' },
    { notFlagged: 'You have no shame to feel about crying at the funeral, none at all.' },
    { flagged: "Bless your heart, [[you really thought I wouldn't find out]].", pattern: 'grievance-aside' },
    { notFlagged: "I really thought you wouldn't notice, and of course you did." },
    { flagged: 'Fair play to you, [[you moved on quick enough]].', pattern: 'grievance-aside' },
    { flagged: '[[i know ur mad but ur not being fair]]', pattern: 'you-are-selfish' },
    { flagged: "[[You're being so dramatic about this]].", pattern: 'you-are-selfish' },
    { notFlagged: "Maybe you think you're overreacting, but you're not." },
    { notFlagged: "You weren't overreacting, I see that now." },
    { notFlagged: "You're not overreacting, and you never were." },
    { notFlagged: "You're not being fair to yourself; you did so much for us." },
    { flagged: 'You told my sister first. [[Real classy]].', pattern: 'grievance-aside' },
    { flagged: 'so ur with jake now. [[didnt take u long lol]]', pattern: 'grievance-aside' },
    { flagged: 'i saw it on insta first. [[real nice way to find out]]', pattern: 'grievance-aside' },
    { flagged: '[[What a lovely way to end six years]].', pattern: 'grievance-aside' },
    { notFlagged: 'What a lovely way to spend a Sunday that was, the boat and the chips.' },
    { notFlagged: 'Writing felt like a nicer way to tell you than a phone call.' },
    { flagged: '[[Classy, breaking up over text]].', pattern: 'grievance-aside' },
    { notFlagged: 'Classy as always, you looked amazing at the wedding.' },
    { notFlagged: 'The new flat looks really classy in the photos.' },
    { flagged: '[[Great timing, by the way, right before my exams]].', pattern: 'grievance-aside' },
    { notFlagged: 'Perfect timing, your card came the day I got home from hospital.' },
    { flagged: '[[Oh and congrats on the engagement, that was quick]].', pattern: 'grievance-aside' },
    { notFlagged: 'Congrats on the new job, that was quick work and you earned it.' },
    {
      flagged: '[[I guess three years was easier to throw away than I thought]].',
      pattern: 'grievance-aside',
    },
    { flagged: '[[Apparently I was easy to replace]].', pattern: 'grievance-aside' },
    { flagged: '[[we were easier to walk away from than i thought lol]]', pattern: 'grievance-aside' },
    { notFlagged: 'The flat was easier to leave than I thought, once I had boxed up the books.' },
    { notFlagged: 'You were harder to get over than I thought.' },
    { notFlagged: 'I guess smoking was easier to give up than I thought.' },
    { flagged: 'Six years, [[and it took you what, two months]]?', pattern: 'grievance-aside' },
    { notFlagged: 'It took you just two weeks to learn the whole song, and I was so proud of you.' },
    { notFlagged: 'It took you a few months to find your feet in Leeds, and then you loved it.' },
    { notFlagged: 'I was wrong not to trust you with the truth.' },
    { notFlagged: 'I was wrong to trust you with the move when you were already so tired.' },
    { notFlagged: 'Thanks for reading this far, I guess that is all I wanted to say.' },
    { notFlagged: "It didn't take you long to make my flat feel like home." },
    { notFlagged: 'I was naive to think I could fix everything on my own.' },
    { notFlagged: "Let's not pretend it was all you, either: I was the one who stopped trying." },
    { notFlagged: 'u never texted back but tbh i wouldnt have either' },
    { notFlagged: 'u ghosted me and honestly fair' },
    { notFlagged: 'You never listened to my music, which was probably wise.' },
    { notFlagged: "Your stubbornness drove me mad, and it's also what got you through your finals." },
    {
      flagged: "[[Your stubbornness drove me mad]], and I'm done pretending it didn't.",
      pattern: 'your-fault',
    },
    { notFlagged: "you were always late, it drove me mad, and I'd give anything for it now" },
    { flagged: '[[u ghosted me and honestly thats not fair]]', pattern: 'you-ruined' },
    {
      flagged: '[[You were always in your work, always the phone, never present for me]].',
      pattern: 'charge',
    },
    { notFlagged: 'You were always busy with work, and I was never there for you either.' },
    {
      flagged: "[[I have not forgotten that you chose your mate's stag weekend over my father's funeral]].",
      pattern: 'charge',
    },
    { flagged: "[[I haven't forgotten how you laughed at me in front of your friends]].", pattern: 'charge' },
    { notFlagged: "I'll never forget how you held my hand at the funeral." },
    { notFlagged: "I haven't forgotten the way you looked after Mum." },
    { notFlagged: "I haven't forgotten that I missed your graduation, and I never will." },
    { flagged: '[[but u also took the job in perth without even talking to me first]]', pattern: 'charge' },
    { flagged: '[[You moved to Perth without talking to me first]].', pattern: 'charge' },
    { notFlagged: 'You booked the whole trip without telling me, which was the best surprise.' },
    { notFlagged: 'You planned the party without telling me, and it was perfect.' },
    { notFlagged: 'You went to the gig without me, and I was glad you had fun.' },
    { flagged: '[[You could have left a note]], at least.', pattern: 'you-never' },
    { notFlagged: 'You let me down once, over the money, and I let you down a hundred times.' },
    { notFlagged: 'I blame you entirely for my addiction to sourdough.' },
    { notFlagged: "It's your fault I cry at every Pixar film now." },
    { notFlagged: 'Thanks for posting the keys back so quickly.' },
    {
      notFlagged:
        "You never asked me to change, you just waited, and I'm only now understanding how patient that was.",
    },
    { notFlagged: "You could have told me about the job, but I can see why you didn't." },
    { flagged: '[[Remember when you swore you would never lie to me again]]?', pattern: 'rhetorical' },
    { flagged: '[[Credit to you, finding someone new so fast]].', pattern: 'charge' },
    { flagged: "I've stopped hoping, [[because you always let me down]].", pattern: 'charge' },
    { notFlagged: 'Remember when you promised we would go to Japan?' },
    { notFlagged: "Well done for finishing the course so quickly, you've earned it." },
    { flagged: '[[Go on, blame the one who stayed]].', pattern: 'sideways' },
    { flagged: "I'm not sure what hurt more, [[how casually you told it]].", pattern: 'sideways' },
    { notFlagged: 'Thanks for nothing less than the best years of my twenties.' },
    { notFlagged: "Perhaps we could have lunch once things settle, if you'd like to." },
    { flagged: '[[Funny how quickly you got over it]].', pattern: 'how-could-you' },
    { flagged: '[[You only ever came round when you needed a favour]].', pattern: 'charge' },
    { flagged: '[[Your silence told me all I needed to know]].', pattern: 'charge' },
    { flagged: '[[Typical you]], changing the subject.', pattern: 'sideways' },
    { flagged: "[[Don't act as if it was all my fault]].", pattern: 'charge' },
    { notFlagged: 'Your silence said everything, and I respect it.' },
    { notFlagged: 'Funny how quickly the kids got used to the new school.' },
    { notFlagged: 'Someone had to tell your mum, and I was glad it was you.' },
    { flagged: '[[Very grown-up, blocking my sister]].', pattern: 'sideways' },
    { notFlagged: 'It was so grown-up of you to call first.' },
    { notFlagged: "You've become so calm, so mature." },
    { flagged: '[[Your promises only ever count when it suits you]].', pattern: 'sideways' },
    { flagged: '[[So now I am the villain]].', pattern: 'sideways' },
    { flagged: '[[My needs were never high on your list]].', pattern: 'sideways' },
    { flagged: "[[I'd have stayed sober if you had ever backed me]].", pattern: 'sideways' },
    { flagged: "[[I'm not the one who had to be reminded to ring home]].", pattern: 'sideways' },
    { notFlagged: 'Come round whenever it suits you.' },
    { notFlagged: "You're the reason we never gave up on that allotment." },
    { flagged: '[[Was I meant to smile while you texted her all night]]?', pattern: 'rhetorical' },
    { flagged: '[[The kindest thing you ever did was leave]].', pattern: 'charge' },
    { flagged: "[[I'll own my part when you own yours]].", pattern: 'charge' },
    { flagged: 'I was distant, [[but you never said anything]].', pattern: 'charge' },
    { flagged: '[[Our son sat by the door for a dad who never came]].', pattern: 'charge' },
    { notFlagged: "You'll realise one day what you threw away, or you won't, and that's yours to decide." },
    { notFlagged: 'I threw away a good thing, and I know it.' },
    { flagged: '[[Whose bright idea was it to move in with your brother]]?', pattern: 'rhetorical' },
    { flagged: '[[What kind of man ghosts the mother of his child]]?', pattern: 'rhetorical' },
    { flagged: 'Honestly, [[did you even try]]?', pattern: 'rhetorical' },
    { notFlagged: 'What kind of wedding would you want, if you ever get married?' },
    { notFlagged: 'Did you ever get to Porto in the end?' },
    { flagged: '[[I guess some people can just switch off]].', pattern: 'sideways' },
    { flagged: '[[Some of us took our vows seriously]].', pattern: 'sideways' },
    { flagged: '[[Nice of you to finally get in touch]].', pattern: 'sideways' },
    { flagged: "[[It's a bit rich coming from you]].", pattern: 'sideways' },
    { flagged: "[[Apparently it's always somehow my fault]].", pattern: 'sideways' },
    { flagged: "[[You're very good at pretending nothing happened]].", pattern: 'sideways' },
    { flagged: '[[It would have been nice if you had bothered to ring]].', pattern: 'sideways' },
    { flagged: "[[My mistake was believing you'd ever grow up]].", pattern: 'sideways' },
    { notFlagged: 'Some people find it hard to say sorry, and I was one of them.' },
    { notFlagged: 'It was kind of you to write back so quickly.' },
    { notFlagged: 'You were always good at making me feel better after a bad shift.' },
    { notFlagged: 'My mistake was thinking I could fix everything alone.' },
    { flagged: '[[You bailed on us the minute it got hard]].', pattern: 'charge' },
    { flagged: "Let's face it, [[you checked out of this marriage years ago]].", pattern: 'charge' },
    { flagged: '[[You hid the bank statements from me]].', pattern: 'charge' },
    { flagged: '[[Every time I brought it up, you changed the subject]].', pattern: 'charge' },
    { flagged: '[[I paid the bills while you sat around]].', pattern: 'charge' },
    { flagged: '[[You were never one for picking up when it mattered]].', pattern: 'charge' },
    { flagged: "I'm sorry I snapped, [[but you'd been winding me up for days]].", pattern: 'charge' },
    { flagged: '[[Your mates always came first]].', pattern: 'charge' },
    { notFlagged: 'You bailed me out when I lost my job, and I never forgot it.' },
    { notFlagged: 'You flirted with me for a month at the bus stop before you asked me out.' },
    { notFlagged: 'You never once left my side when I was in hospital.' },
    { notFlagged: 'I cooked while you played guitar, and those were good evenings.' },
    { flagged: '[[I only lost my temper because you kept going on]].', pattern: 'deflection' },
    { flagged: "Fine, I said it, [[but you weren't exactly a saint either]].", pattern: 'deflection' },
    { notFlagged: 'You were no angel, and neither was I; we were young.' },
    { notFlagged: "It takes two to make it work, and I'd like us both to try." },
    { notFlagged: "I'm sorry I let you believe it was your fault." },
    { flagged: '[[You let me down]], again.', pattern: 'you-let-me-down' },
    { flagged: "Don't pretend otherwise: [[that's on you]].", pattern: 'you-let-me-down' },
    { flagged: "[[You've ruined it]].", pattern: 'you-let-me-down' },
    { notFlagged: 'You stopped trying to please everyone, and it suits you.' },
    { notFlagged: 'You walked out of that exam smiling, I remember.' },
    { flagged: '[[You stopped trying long before I did]].', pattern: 'you-let-me-down' },
    { flagged: "[[If you'd just listened, none of this would have happened]].", pattern: 'deflection' },
    { flagged: "[[You're the one who walked out]].", pattern: 'you-let-me-down' },
    { notFlagged: 'You gave up so much for me, and I never said thank you.' },
    { notFlagged: "If I had listened, we'd still be together." },
    { notFlagged: 'You never let me down, not once.' },
    { flagged: '[[You ruined everything we built]].', pattern: 'you-ruined' },
    { flagged: '[[You lied to me for months]].', pattern: 'you-ruined' },
    { flagged: '[[u threw it all away for nothing]]', pattern: 'you-ruined' },
    { flagged: '[[You chose your friends over me]], every single time.', pattern: 'you-ruined' },
    { flagged: "[[It's all your fault]].", pattern: 'your-fault' },
    { flagged: "[[You're the reason we broke up]].", pattern: 'your-fault' },
    { flagged: '[[You never listened to me]].', pattern: 'you-never' },
    { flagged: "[[You didn't even say goodbye]].", pattern: 'you-never' },
    { flagged: '[[You should have told me the truth]].', pattern: 'you-never' },
    { flagged: 'In the end, [[you were so selfish]].', pattern: 'you-are-selfish' },
    { flagged: 'honestly, [[ur such a liar]]', pattern: 'you-are-selfish' },
    { flagged: '[[How could you lie to me like that]]?', pattern: 'how-could-you' },
    { flagged: '[[I only snapped because you kept pushing]].', pattern: 'deflection' },
    { flagged: "I'm sorry I said it, [[but you drove me to it]].", pattern: 'deflection' },
    { flagged: '[[Thanks for nothing]].', pattern: 'deflection' },
    { flagged: '[[If you had just listened, none of this would have happened]].', pattern: 'deflection' },
    { flagged: '[[You were always at work when I needed you]].', pattern: 'you-never' },
    { flagged: '[[I feel like you never cared]].', pattern: 'you-never' },
    { notFlagged: 'I felt alone when we stopped talking.' },
    { flagged: '[[Two years you were lying to me]].', pattern: 'you-ruined' },
    { flagged: "[[You weren't exactly around much either]].", pattern: 'deflection' },
    { notFlagged: 'Thanks for the years we had.' },
    { notFlagged: 'I used to think it was all your fault, and I was wrong.' },
    { notFlagged: 'You were always there for me, even at the worst moments.' },
    { notFlagged: 'I only left because I was scared, and that was my mistake.' },
    { notFlagged: "It wasn't your fault, and I never blamed you." },
    { notFlagged: 'When you lied to me, I felt the ground give way.' },
    { notFlagged: 'I know now that I pushed you away.' },
    { notFlagged: 'You never once made me feel small.' },
    { notFlagged: 'You always made me laugh, even on the worst days.' },
    { notFlagged: 'I should have listened to you.' },
    { notFlagged: "I don't think you were selfish; you were exhausted." },
    { notFlagged: 'My mother kept saying "you lied to him" but I knew better.' },
    { notFlagged: 'You never gave up on me, even when I did.' },
    { notFlagged: 'I was cold to you that winter, and I regret it.' },
    { notFlagged: 'Were you happy those last months?' },
    { flagged: '[[You moved out while I was at work]].', pattern: 'charge' },
    { flagged: '[[You let me find out from your sister]].', pattern: 'charge' },
    { flagged: '[[It was your temper, not the money, that finished us]].', pattern: 'charge' },
    { flagged: '[[Thanks a million for leaving me with the bills]].', pattern: 'charge' },
    { flagged: '[[You made every decision without asking me]].', pattern: 'charge' },
    { flagged: '[[I cheated because of your coldness]].', pattern: 'charge' },
    { flagged: 'Whatever I did, [[you did worse]].', pattern: 'charge' },
    { flagged: '[[I feel like you never wanted a future with me]].', pattern: 'charge' },
    { flagged: 'You knew how much it hurt, [[and you did it anyway]].', pattern: 'charge' },
    { flagged: '[[That silence was cruel]].', pattern: 'charge' },
    { flagged: "[[You've left me no choice]].", pattern: 'charge' },
    { flagged: '[[Stop avoiding me and talk to me]].', pattern: 'charge' },
    { flagged: '[[You strung me along for a year]].', pattern: 'charge' },
    { notFlagged: 'You made dinner while I was at work, every night, and I never thanked you.' },
    { notFlagged: 'You made me feel at home in my own skin.' },
    { notFlagged: "I drank because I was scared, and that's mine to own." },
    { notFlagged: 'I think I should have been honest from the start.' },
    { notFlagged: "I asked you to stay, and you did anyway, and I'm grateful." },
    { notFlagged: "That was cruel of me, and I'm sorry." },
    { notFlagged: 'You booked the whole trip without me even asking, and it was perfect.' },
    { notFlagged: 'It was the distance, not you, that finished us.' },
    { notFlagged: 'I stopped hiding from my feelings and started therapy.' },
    { flagged: '[[You walked out without a word]].', pattern: 'charge' },
    { flagged: '[[You treated me like a doormat]].', pattern: 'charge' },
    { flagged: '[[It was you who wanted to move, not me]].', pattern: 'charge' },
    { notFlagged: 'You went quiet on me, and I understand why.' },
    { notFlagged: 'You spent all the money we had on that trip to Rome, and it was worth it.' },
    { notFlagged: 'It was you who taught me to swim, not my dad.' },
    { flagged: '[[You let your mother walk all over me]].', pattern: 'charge' },
    { flagged: '[[You spent every weekend at the pub instead of with me]].', pattern: 'charge' },
    { flagged: '[[You lied straight to my face for two years]].', pattern: 'charge' },
    { notFlagged: "I was cold and distant that last year, and I'm sorry." },
    { flagged: '[[You wasted three years of my life]].', pattern: 'charge' },
    { notFlagged: "You've wasted years on me, and I'm sorry for that." },
    { flagged: '[[You never once said sorry]].', pattern: 'you-never' },
    { flagged: '[[You turned my friends against me]].', pattern: 'charge' },
    { notFlagged: 'I turned my friends against you, and I regret it.' },
    { flagged: '[[You were the one who wanted a break]], remember.', pattern: 'veiled' },
    { flagged: "[[I'm not the one who cheated]].", pattern: 'veiled' },
    { flagged: '[[Funny how it was always my fault]], never yours.', pattern: 'veiled' },
    // Eleventh round: the writer's own act, and a "you" clause answered by the writer's share.
    { notFlagged: "I made you feel like you were the problem, and you weren't." },
    { notFlagged: 'I let you think you were the problem for years.' },
    { notFlagged: 'I acted like you were the problem when it was me.' },
    { notFlagged: 'You gave up on us, and I gave you good reason to.' },
    { notFlagged: 'You left without saying goodbye, which I probably deserved.' },
    { notFlagged: 'You left without a word, and I think I know why.' },
    { notFlagged: "You left without a note, and I've spent a long time trying to understand why." },
    { notFlagged: 'u went without a word and im still trying to make sense of it' },
    {
      flagged: "[[You cheated on me]], and I've spent a year trying to understand why.",
      pattern: 'you-ruined',
    },
    { flagged: '[[You gave up on us]], and I still wonder what I did.', pattern: 'you-ruined' },
    { flagged: '[[You left without a word]].', pattern: 'charge' },
    { flagged: 'u walked out and blocked me, [[so its not like im the problem here]]', pattern: 'sideways' },
    { flagged: "[[It's not as if I was the one who cheated]].", pattern: 'sideways' },
    { notFlagged: "It's not like I was the only one hurting." },
    // A joke in the next sentence does not take the charge back: antipatterns read their own sentence, and "Mostly."
    // keeps it. Decided as blame (eleventh round); a playful "your fault" about a taste passed on is not.
    { flagged: '[[So this is your fault]], in a way. (Joking. Mostly.)', pattern: 'your-fault' },
    { flagged: "[[Let's not pretend you were innocent in all this]].", pattern: 'veiled' },
    { flagged: "[[We'd still be happy if you hadn't gone through my phone]].", pattern: 'veiled' },
    { flagged: '[[Any normal person would have apologised by now]].', pattern: 'veiled' },
    { flagged: '[[All you ever did was criticise me]].', pattern: 'veiled' },
    { flagged: '[[Everyone saw how you treated me]].', pattern: 'veiled' },
    // Twenty-first round (the lead): the conduct seen by everyone named by an adjective of it; not the weather.
    { flagged: '[[Everyone noticed how cold you got]].', pattern: 'veiled' },
    { flagged: '[[my mum saw how nasty u were that xmas]]', pattern: 'veiled' },
    { notFlagged: 'Everyone noticed how cold you got on the ferry, so they lent you a coat.' },
    { notFlagged: 'Everyone noticed how happy you were at the wedding.' },
    { flagged: '[[It was your drinking that tore us apart]].', pattern: 'charge' },
    { notFlagged: 'You never asked for much, and I gave you even less.' },
    { notFlagged: 'None of this is your fault.' },
    { notFlagged: 'Any man would have been lucky to have you.' },
    { notFlagged: 'The problem was never you, it was me.' },
    { notFlagged: 'You were the one who wanted space, and you were right.' },
    { notFlagged: 'If you had stayed, I think we would have kept hurting each other.' },
    { flagged: "I wasn't perfect, [[but I wasn't the one keeping secrets]].", pattern: 'sideways' },
    {
      flagged: "That said, [[I'm not the one who spent every Friday at the pub with the lads]].",
      pattern: 'sarcastic-frame',
    },
    { notFlagged: "I'm not the one who gets to decide this, you are." },
    { flagged: '[[im not the one who came home drunk every friday]]', pattern: 'sarcastic-frame' },
    // Twenty-first round (the lead): the thanks taken back by a bare "oh wait" (eval/twentieth/blame20-after).
    { flagged: '[[Cheers for the birthday text]], oh wait.', pattern: 'sarcastic-frame' },
    { flagged: '[[thanks for checking in after the op]]… oh wait', pattern: 'sarcastic-frame' },
    { notFlagged: 'Thanks for the birthday text, it made my day.' },
    { notFlagged: 'Thanks for waiting, oh and for the lift.' },
    { flagged: 'Your dad rang me on my birthday, [[which is more than you managed]].', pattern: 'sideways' },
    {
      flagged: '[[Had you been honest from the start, none of us would be in this mess]].',
      pattern: 'sideways',
    },
    {
      flagged: "[[Excuse me for expecting you to turn up to your own son's birthday]].",
      pattern: 'sideways',
    },
    {
      flagged: '[[I only started smoking again because living with you was that stressful]].',
      pattern: 'sideways',
    },
    { flagged: 'i was wrong too, [[its not all on me]]', pattern: 'sideways' },
    { notFlagged: 'At least I tried to make it work, and so did you.' },
    { notFlagged: 'Other couples manage to stay friends, maybe we can too.' },
    { notFlagged: "We were happy until you got sick, and I wasn't strong enough for you." },
    { notFlagged: 'None of this is on you, honestly.' },
    { notFlagged: "I'm not the one who gets to decide this." },
    { notFlagged: "I told my friends you'd abandoned me, which wasn't true." },
    { notFlagged: 'I kept saying you never listened, when really I never spoke up.' },
    { notFlagged: "Everyone kept saying it was your fault, but it wasn't." },
    { notFlagged: 'I heard people saying you were cold, and I told them they were wrong.' },
    { notFlagged: 'You were always busy back then, and so was I.' },
    { notFlagged: 'You were always at work that year, and I know you had no choice.' },
    { notFlagged: "You let me down gently, and I'm grateful for that." },
    { notFlagged: "You couldn't even afford the train fare that year, and you still came." },
    { flagged: 'I told you, [[you ruined everything]].', pattern: 'you-ruined' },
    { notFlagged: 'You broke your promise about the dog, but only because I begged you to take him.' },
    { notFlagged: 'It was you who ended it, and I think you were brave to.' },
    { notFlagged: 'You put yourself first for once, and good for you.' },
    { notFlagged: 'You always had to be right about football, which still makes me laugh.' },
    { notFlagged: 'You always made excuses for me to your friends.' },
    { notFlagged: 'You made it hard for me to leave the party, you were having such fun.' },
    { flagged: '[[You always made excuses for not coming home]].', pattern: 'you-never' },
    { flagged: '[[You made it impossible for me to stay]].', pattern: 'you-ruined' },
    { notFlagged: 'You stopped trying to reach me because I kept pushing you away.' },
    { notFlagged: "You chose him over me, and I've made peace with it; I hope he's kind to you." },
    { notFlagged: 'u were always on ur phone lol, i was too' },
    { notFlagged: "You didn't even know my name the first time we met, and you still bought me a drink." },
    { notFlagged: "You didn't even blink when I told you about my debts; you just helped." },
    { flagged: '[[You chose him over me]], and I will never forgive it.', pattern: 'you-ruined' },
    { notFlagged: 'You never asked me for anything, and I gave you so little.' },
    { notFlagged: 'You always ran away from arguments, and I always ran at them; we were a funny pair.' },
    { notFlagged: 'You kept things from me, and I kept things from you; we were both scared.' },
    { flagged: '[[You kept secrets from me for years]].', pattern: 'you-never' },
    { notFlagged: 'You humiliated me at Scrabble every single Sunday.' },
    { notFlagged: 'You were lying on the sofa when I got home, I remember that so clearly.' },
    { notFlagged: 'You were seeing someone when we met, and you told me straight away.' },
    { notFlagged: 'You were always late, and I found it oddly charming.' },
    { notFlagged: "You should have told me sooner that you were ill; I'd have come." },
    { flagged: '[[You humiliated me in front of my friends]].', pattern: 'you-ruined' },
    { flagged: '[[You were lying to me the whole time]].', pattern: 'you-ruined' },
    // Fifth round (probe eval/fifth/accusation).
    { flagged: "[[What you did at my brother's wedding was unforgivable]].", pattern: 'verdict' },
    { flagged: '[[That was low of you]].', pattern: 'verdict' },
    { flagged: '[[Every row we ever had started with your phone]].', pattern: 'verdict' },
    { flagged: '[[Our marriage ended because of your gambling]].', pattern: 'verdict' },
    { flagged: '[[You honestly never once thanked me]].', pattern: 'verdict' },
    { flagged: "[[You still can't be bothered to ring the kids]].", pattern: 'verdict' },
    { flagged: 'I tried to talk, [[and you slammed the door on me]].', pattern: 'verdict' },
    { flagged: '[[You always spoil every holiday]].', pattern: 'verdict' },
    { flagged: '[[You threw those years away]].', pattern: 'verdict' },
    { flagged: "[[It was you, let's not forget, who called the wedding off]].", pattern: 'who-did-it' },
    { flagged: '[[You were the one who let things slide]].', pattern: 'who-did-it' },
    { flagged: "[[You're the reason we're not speaking]].", pattern: 'who-did-it' },
    { flagged: '[[Life was good until you got bored]].', pattern: 'who-did-it' },
    { flagged: '[[You never gave me half the time you gave the pub]].', pattern: 'who-did-it' },
    { flagged: '[[You told me you were working late, but you were with him]].', pattern: 'who-did-it' },
    { flagged: "[[Look what you've turned me into]].", pattern: 'who-did-it' },
    { flagged: '[[I get the feeling you were waiting for an excuse]].', pattern: 'who-did-it' },
    { notFlagged: "The way you handled Dad's funeral was incredible." },
    { notFlagged: 'I know the way I spoke to you was unforgivable.' },
    { notFlagged: 'Every argument we had began because I was jealous.' },
    { notFlagged: 'It all fell apart because of my drinking, not your job.' },
    { notFlagged: "I couldn't be bothered to cook, so you did." },
    { notFlagged: 'It was you who cancelled the trip, and you were right to.' },
    { notFlagged: 'You were the one who let me stay when I had nowhere to go.' },
    { notFlagged: 'We had a good thing going until I stopped trying.' },
    { notFlagged: "It didn't take you long to find a flat, I heard." },
    { notFlagged: 'You said you were at the library, and you were.' },
    { notFlagged: "I feel like you were looking out for me even when I didn't see it." },
    { notFlagged: 'You brushed it off when I apologised, which was kind.' },
    { notFlagged: "My sister says it was all your fault, but I don't believe that." },
    { notFlagged: 'You never once complained when I was ill, not once.' },
    { notFlagged: "You're the reason I'm sober today." },
    // Second probe (eval/fifth/accusation, lines 197-256).
    { flagged: '[[You never made a single effort with my friends]].', pattern: 'contempt' },
    { flagged: '[[You treated me with contempt for years]].', pattern: 'contempt' },
    { flagged: "[[Stop pretending you didn't know]].", pattern: 'charge' },
    { notFlagged: 'I forgave you because of what you did for Mum.' },
    { notFlagged: 'You never made a fuss when I was late.' },
    // Praise through a comparative: they never loved the writer any less.
    { notFlagged: 'You never loved me less when I was ill.' },
    // Seventh round: the one good thing ruined ("You ruined the one good thing I had").
    { flagged: '[[You ruined the one good thing I had]].', pattern: 'you-ruined' },
    { flagged: '[[u wrecked the only decent thing in my life]]', pattern: 'you-ruined' },
    { flagged: '[[You have trashed the only decent part of my year]].', pattern: 'you-ruined' },
    { notFlagged: 'I was the one who let the best thing in my life slip away.' },
    { notFlagged: "You didn't ruin the one good thing we had; we both let it go." },
    { notFlagged: 'Do you think I ruined the one good thing we had?' },
    { notFlagged: 'The storm spoilt the one good weekend we had in Tenby, and we still laughed.' },
    // A reader credited for the writer's sobriety, not blamed.
    {
      notFlagged:
        'Honestly, the best thing I did last year was stop drinking, and you were the reason I tried.',
    },
    { notFlagged: "u were the reason i finally went to AA, and i'm grateful" },
    // Eighth round (probe eval/eighth/blame-guilt-probe), in new words: a trick, a theft, kindness turned against the
    // writer, vows broken, money run through, a preference charged, the missing decency, sarcastic praise, blame laid by a
    // noun, a harm credited to the reader, a fault as the cause, a charge of character, "never once did you…", provocation.
    { flagged: '[[You sold me a fairy tale and left me to pay for it]].', pattern: 'charge' },
    { flagged: '[[You robbed me of the best part of my thirties]].', pattern: 'charge' },
    { flagged: '[[You turned everything I ever confided in you against me]].', pattern: 'charge' },
    { flagged: '[[You screwed it all up]], as usual.', pattern: 'charge' },
    { flagged: '[[You prioritised your band over our family for years]].', pattern: 'charge' },
    { flagged: '[[You burned through our savings in a single summer]].', pattern: 'charge' },
    { flagged: '[[You made every holiday about yourself]].', pattern: 'charge' },
    {
      flagged: "[[You forgot my mother's funeral and still expected me to smile at your friends]].",
      pattern: 'charge',
    },
    { flagged: '[[You hid the letters and then threw them back in my face]].', pattern: 'charge' },
    { flagged: '[[Quit casting me as the villain in your story]].', pattern: 'charge' },
    { flagged: '[[Congratulations on wrecking another Christmas]].', pattern: 'charge' },
    { flagged: '[[You have a funny way of showing you care]].', pattern: 'charge' },
    { flagged: "[[It's always all about you]].", pattern: 'charge' },
    { flagged: '[[I raised your kids as my own and you walked out without a word]].', pattern: 'charge' },
    { flagged: "[[You didn't even have the guts to ring me yourself]].", pattern: 'you-never' },
    { flagged: '[[At no point did you apologise]].', pattern: 'you-never' },
    { flagged: '[[You let your sisters dictate every decision we made]].', pattern: 'you-never' },
    { flagged: '[[Most of the fault lay with you]], frankly.', pattern: 'your-fault' },
    { flagged: '[[Responsibility for what happened to us falls on you alone]].', pattern: 'your-fault' },
    { flagged: '[[The whole break-up is on your shoulders]].', pattern: 'your-fault' },
    { flagged: '[[We had to sell the car because you kept gambling]].', pattern: 'your-fault' },
    { flagged: '[[Your endless excuses wore me down]].', pattern: 'your-fault' },
    { flagged: '[[Your mates always meant more to you than the kids]].', pattern: 'your-fault' },
    { flagged: "[[You've been nothing but a leech since the day we met]].", pattern: 'you-are-selfish' },
    { flagged: '[[you are genuinely a manipulator]]', pattern: 'you-are-selfish' },
    { flagged: '[[Anyone would have snapped, being married to you]].', pattern: 'provoked' },
    { flagged: "[[I read your emails because you'd given me plenty of reason]].", pattern: 'provoked' },
    { flagged: '[[What did you expect, leaving me alone every weekend]]?', pattern: 'provoked' },
    { flagged: "[[If only you'd listened for once, we could still be together]].", pattern: 'sideways' },
    { notFlagged: "I robbed us both of a proper goodbye, and I'm sorry." },
    { notFlagged: "You stole the show at your sister's wedding." },
    { notFlagged: 'You took the time to learn Polish from me, which still touches me.' },
    { notFlagged: 'You chose me over a job in Geneva, and I never forgot it.' },
    { notFlagged: 'The blame lies with both of us.' },
    { notFlagged: 'The fault was never with you.' },
    { notFlagged: 'Responsibility for the school run is with you on Mondays.' },
    { notFlagged: "It's thanks to you that I can finally swim." },
    { notFlagged: "We lost the deposit because you couldn't have known about the damp." },
    { notFlagged: "Your silence made it easier for me to think, and that's okay." },
    { notFlagged: 'Great job on the marathon, you smashed it.' },
    { notFlagged: 'You have a lovely way of showing you care.' },
    { notFlagged: "You've always been a giver." },
    { notFlagged: "I don't think you're a liar." },
    { notFlagged: 'Not once did you complain when I worked late.' },
    { notFlagged: 'Anyone would be lucky to be married to you.' },
    { notFlagged: 'You gave me every reason to stay, and I left anyway.' },
    { notFlagged: 'What did you expect me to bring to the party?' },
    { notFlagged: 'I cooked dinner and you left for work.' },
    { notFlagged: 'I gave you a lift home and you left your scarf in the car.' },
    { notFlagged: 'I moved to Leeds for the job, and you moved on, which was only right.' },
    { notFlagged: 'If you had stayed, we might still be together, but I gave you no reason to.' },
    // Eighth round, second pass (families found by a self-check after the probe): "too selfish to", the writer left to
    // carry it, infidelity idioms, not lifting a finger, a name or credit wrecked, people set against the writer, no
    // admission, "my fault according to you", children deserted, years thrown away, childish behaviour charged.
    { flagged: '[[You were too selfish to ever say sorry]].', pattern: 'you-are-selfish' },
    { flagged: '[[You let me take the blame for your debts]].', pattern: 'charge' },
    { flagged: '[[You never could keep your hands off other women]].', pattern: 'charge' },
    { flagged: "[[You wouldn't lift a finger around the house]].", pattern: 'charge' },
    { flagged: '[[You trashed my reputation at work]].', pattern: 'charge' },
    { flagged: '[[You set my own sister against me]].', pattern: 'charge' },
    { flagged: "[[You still won't admit you were wrong]].", pattern: 'charge' },
    { flagged: '[[It was always my fault, according to you]].', pattern: 'charge' },
    { flagged: '[[You deserted your own daughter]].', pattern: 'charge' },
    { flagged: '[[You threw away eleven years for a girl from the gym]].', pattern: 'charge' },
    { flagged: '[[You behaved like a spoilt teenager all through our marriage]].', pattern: 'charge' },
    { flagged: '[[You moved her in within a month, and look where that got us]].', pattern: 'charge' },
    { notFlagged: 'You were too kind to say it, but I knew.' },
    { notFlagged: 'You let me sleep in every Sunday, bless you.' },
    { notFlagged: 'You ruined me for anyone else, in the best way.' },
    { notFlagged: 'You walked out on a job you hated, and I was proud of you.' },
    { notFlagged: 'You acted like a teenager on our first date, and I loved it.' },
    // Twentieth round (probe eval/twentieth/blame20-probe): accusations said without the stock words, and the hard
    // negatives they were guarded against (praise of the reader's act, the writer's own share, questions that only ask).
    { flagged: '[[Congrats on moving on so fast]], really impressive.', pattern: 'unsaid-sarcasm' },
    { flagged: '[[Nice to know where I stood on your list of priorities]].', pattern: 'unsaid-sarcasm' },
    { flagged: '[[Glad one of us found it so easy to let go]].', pattern: 'unsaid-sarcasm' },
    { flagged: '[[Great job keeping your promises]], as always.', pattern: 'unsaid-sarcasm' },
    { flagged: "[[Way to kick someone when they're down]].", pattern: 'unsaid-sarcasm' },
    { flagged: '[[So much for all your promises]].', pattern: 'unsaid-sarcasm' },
    { flagged: '[[Some husband you turned out to be]].', pattern: 'unsaid-sarcasm' },
    { flagged: '[[Of course you forgot my birthday again]].', pattern: 'unsaid-sarcasm' },
    { flagged: "[[I'm still waiting for that apology]].", pattern: 'unsaid-sarcasm' },
    { flagged: "[[I kept my side of the deal, you didn't]].", pattern: 'unsaid-charge' },
    { flagged: "[[One of us tried to save this, and it wasn't you]].", pattern: 'unsaid-charge' },
    { flagged: '[[I cannot help noticing that the effort was always mine]].', pattern: 'unsaid-charge' },
    { flagged: 'I showed up, [[you checked out]].', pattern: 'unsaid-charge' },
    { flagged: '[[Your gambling is the thing that finished us]].', pattern: 'unsaid-charge' },
    { flagged: '[[Your silence did more damage than any fight]].', pattern: 'unsaid-charge' },
    { flagged: '[[all ur excuses, every single time, got old]]', pattern: 'unsaid-charge' },
    { flagged: '[[All the promises you broke add up to something]], you know.', pattern: 'unsaid-charge' },
    { flagged: '[[I was treated like an afterthought by you for two years]].', pattern: 'unsaid-charge' },
    { flagged: '[[Every plan we made got cancelled by you]].', pattern: 'unsaid-charge' },
    { flagged: '[[The cheating was yours, not mine]].', pattern: 'unsaid-charge' },
    { flagged: '[[The fault, if we are honest, lies largely with you]].', pattern: 'unsaid-charge' },
    { flagged: "[[Your mother's opinion always mattered more to you than mine]].", pattern: 'unsaid-charge' },
    { flagged: '[[You cared more about your car than about me]].', pattern: 'unsaid-charge' },
    { flagged: '[[You made it very hard to stay]].', pattern: 'unsaid-charge' },
    { flagged: '[[You made sure I never felt at home in that flat]].', pattern: 'unsaid-charge' },
    { flagged: '[[You had me doubting my own memory]].', pattern: 'unsaid-charge' },
    { flagged: "[[You kept me at arm's length the whole time]].", pattern: 'unsaid-charge' },
    { flagged: "[[You treated my feelings like they didn't count]].", pattern: 'unsaid-charge' },
    { flagged: '[[You disappeared on me when I needed you most]].', pattern: 'unsaid-charge' },
    {
      flagged: '[[You threw my kindness back in my face]].',
      pattern: 'unsaid-charge',
    },
    { flagged: 'Frankly, [[you were rather careless with my feelings]].', pattern: 'unsaid-charge' },
    { flagged: "[[You behaved appallingly at your brother's wedding]].", pattern: 'unsaid-charge' },
    { flagged: '[[It was you who let it all slide]].', pattern: 'unsaid-charge' },
    { flagged: 'whatever, [[u always do this]], make everything about u', pattern: 'unsaid-charge' },
    { flagged: '[[You told your whole office before me]].', pattern: 'unsaid-charge' },
    { flagged: "[[I'm furious, and honestly you asked for it]].", pattern: 'unsaid-charge' },
    { flagged: "[[I'm not the only one who messed up here]].", pattern: 'unsaid-charge' },
    { flagged: '[[I only looked at your phone because you gave me reasons to]].', pattern: 'unsaid-charge' },
    { flagged: '[[You never made me feel like I mattered]].', pattern: 'unsaid-charge' },
    { flagged: '[[You always had somewhere better to be]].', pattern: 'unsaid-charge' },
    { flagged: '[[You took the easy way out]].', pattern: 'unsaid-charge' },
    { flagged: '[[You wanted out long before you said it]].', pattern: 'unsaid-charge' },
    { flagged: '[[You lied by omission for months]].', pattern: 'unsaid-charge' },
    { flagged: '[[You hid behind your job]].', pattern: 'unsaid-charge' },
    { flagged: '[[Did you ever once ask how my day was]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Did you ever once think about how I felt]]?', pattern: 'unsaid-asked' },
    { flagged: '[[When was the last time you actually listened to me]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Who walked out, me or you]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Where were you when my dad was in hospital]]?', pattern: 'unsaid-asked' },
    { flagged: '[[I was there for you every single time; where were you]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Was it really so hard to pick up the phone once]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Remember who wanted the open relationship]]?', pattern: 'unsaid-asked' },
    { flagged: '[[What was I supposed to do when you never came home]]?', pattern: 'unsaid-deflected' },
    {
      flagged: '[[what did u expect me to do when u stopped replying for days]]',
      pattern: 'unsaid-deflected',
    },
    { flagged: '[[What else could I do when you kept lying]]?', pattern: 'unsaid-deflected' },
    { notFlagged: 'Congrats on the new job, you deserve it.' },
    { notFlagged: 'Well done on finishing the marathon so quickly!' },
    { notFlagged: 'Glad you found it so easy to settle into the new job.' },
    { notFlagged: 'Way to go on the new job!' },
    { notFlagged: 'So much for the sunny forecast, it rained all week in Cork.' },
    { notFlagged: 'Of course you remembered my birthday again, you always do.' },
    { notFlagged: "I'm still waiting for the bus as I write this." },
    { notFlagged: 'I held up my end of the house stuff, and you did yours.' },
    { notFlagged: 'The mistakes were mostly mine.' },
    { notFlagged: 'Your silence after the funeral was understandable.' },
    { notFlagged: 'All those birthdays you remembered meant a lot.' },
    { notFlagged: "I was looked after by you for years, and I'm grateful." },
    { notFlagged: 'The fault lies with me, not you.' },
    { notFlagged: 'None of the blame lies with you.' },
    { notFlagged: 'You cared about your patients more than anyone I know.' },
    { notFlagged: 'You made it so easy to talk to you.' },
    { notFlagged: 'You made sure I never went without.' },
    { notFlagged: 'You kept me laughing the whole trip.' },
    { notFlagged: "You were so careful with my grandmother's ring." },
    { notFlagged: 'It was you who suggested we try Lisbon.' },
    { notFlagged: 'I made it impossible for you to trust me.' },
    { notFlagged: "I wouldn't have got through my finals if you hadn't helped me." },
    { notFlagged: "I'm not the only one who misses her." },
    { notFlagged: 'You never made me feel anything but welcome.' },
    { notFlagged: 'You took the long way home that night so we could see the lights.' },
    { notFlagged: 'You hid behind the sofa during the horror films.' },
    { notFlagged: 'Did you ever get the parcel I sent?' },
    { notFlagged: 'When was the last time you went back to Cork?' },
    { notFlagged: 'Where were you living when we met, Hackney or Bow?' },
    { notFlagged: 'Who was it that recommended that bakery on Rue Cler?' },
    { notFlagged: 'Remember who sang at the wedding?' },
    { notFlagged: "What was I supposed to bring to your sister's, do you remember?" },
    { notFlagged: 'You behaved badly that night, but so did I.' },
    { notFlagged: "You put your friends first, and honestly that's something I admired." },
    { notFlagged: 'You gave up smoking that year, which I always admired.' },
    { flagged: "[[You didn't care enough to fight for us]].", pattern: 'unsaid-charge' },
    { flagged: "[[You weren't exactly honest with me]].", pattern: 'unsaid-charge' },
    { flagged: '[[You were more married to your job than to me]].', pattern: 'unsaid-charge' },
    { flagged: '[[I deserved better than the way you treated me]].', pattern: 'unsaid-charge' },
    { flagged: '[[You took everything I gave and gave nothing back]].', pattern: 'unsaid-charge' },
    { flagged: '[[You turned cold overnight]].', pattern: 'unsaid-charge' },
    { flagged: "[[You made your mind up and didn't ask me]].", pattern: 'unsaid-charge' },
    { flagged: '[[My feelings never came into it for you]].', pattern: 'unsaid-charge' },
    { flagged: '[[You let things get this bad]].', pattern: 'unsaid-charge' },
    { flagged: '[[The way you ended it was so cold]].', pattern: 'unsaid-charge' },
    { flagged: '[[You always found a way to make it my fault]].', pattern: 'unsaid-deflected' },
    { flagged: '[[Nothing was ever your fault]], was it?', pattern: 'unsaid-deflected' },
    { flagged: "[[It's always someone else's fault with you]].", pattern: 'unsaid-deflected' },
    { notFlagged: 'You made it hard to stay angry at you.' },
    { notFlagged: 'When was the last time you tried sushi?' },
    { notFlagged: 'Did you ever actually make it to Peru?' },
    { notFlagged: 'I was always treated with respect by you.' },
    { notFlagged: "Your kids mattered more to you than me, and that's how it should be." },
    { notFlagged: 'It was you who left me that note on the fridge, and I kept it.' },
    { notFlagged: "You weren't always honest with me, but neither was I." },
    { notFlagged: 'You took everything in your stride.' },
    { notFlagged: "You bought the tickets and didn't tell me, and it was the best surprise." },
    { notFlagged: 'You let things get quiet for a while after the funeral, which was what we both needed.' },
    { notFlagged: 'Nothing was your fault, and I know that now.' },
    { notFlagged: "With him it's always someone else's fault." },
    { notFlagged: 'You always found a way to make me laugh.' },
    { notFlagged: "I didn't care enough to fight for us, and that's on me." },
    { flagged: '[[ur mates knew before me]]', pattern: 'unsaid-charge' },
    {
      flagged: '[[I find it difficult to forgive the manner in which you ended our engagement]].',
      pattern: 'unsaid-charge',
    },
    { flagged: '[[One would have expected a modicum of honesty]].', pattern: 'unsaid-charge' },
    { flagged: '[[You were a no-show at my graduation]].', pattern: 'unsaid-charge' },
    { flagged: '[[You flaked on me every single time]].', pattern: 'unsaid-charge' },
    { flagged: '[[You blew me off for your buddies]].', pattern: 'unsaid-charge' },
    { flagged: "[[You couldn't have cared less]].", pattern: 'unsaid-charge' },
    { flagged: '[[You were MIA for weeks]].', pattern: 'unsaid-charge' },
    // Twenty-first round (the lead's review): the share made partial to pass the rest on; flirting charged.
    { flagged: "[[i'm not saying it was all my fault tho]], i was a mess.", pattern: 'unsaid-charge' },
    { flagged: 'i was drunk, fine. [[u were flirting with that guy all night]].', pattern: 'unsaid-charge' },
    { flagged: '[[You were all over him in front of everyone]].', pattern: 'unsaid-charge' },
    { notFlagged: "I'm not saying it was all your fault; most of it was mine." },
    { notFlagged: 'You were flirting with me all night at the Christmas party where we met.' },
    { notFlagged: "I'm not saying it was all my fault, and I'm not saying it was yours." },
    {
      flagged: "[[I can't believe you'd throw away six years over one stupid mistake]].",
      pattern: 'unsaid-charge',
    },
    { notFlagged: "I can't believe I threw away six years over one stupid mistake." },
    // Twenty-first round (memory21's note): the phrase said in admiration is not a charge.
    { notFlagged: 'It takes a special kind of person to do what you do.' },
    { notFlagged: 'It takes a special kind of woman to foster five kids at once, and you did it.' },
    { flagged: '[[It takes a special kind of person to cheat on a pregnant wife]].', pattern: 'sideways' },
    // Twenty-first round (solution21's note): the charge handed down as therapy's insight; the fault laid at their door.
    { flagged: '[[Therapy has helped me see how controlling you were]].', pattern: 'unsaid-charge' },
    { flagged: '[[my therapist made me realise u were gaslighting me for years]]', pattern: 'unsaid-charge' },
    { notFlagged: 'Therapy has helped me see how much you were hurting back then.' },
    { notFlagged: 'Therapy has helped me see how controlling I was.' },
    { flagged: "Yes, I drank, [[but you'd have driven anyone to it]].", pattern: 'unsaid-charge' },
    { notFlagged: "The drive to your mum's would have driven anyone to distraction, I know." },
    // Twenty-first round (space21's after batch, spent): the harm beyond change; acceptance as one more thing endured.
    {
      flagged: "You can take all the time you want, [[it won't change what you did]].",
      pattern: 'unsaid-charge',
    },
    {
      flagged: 'I accept it, [[like I accepted everything else you threw at me]].',
      pattern: 'unsaid-charge',
    },
    { notFlagged: 'Nothing I write will change what I did, and I know that.' },
    { notFlagged: 'Thank you for everything else you did for me that year.' },
    // Twenty-first round (the lead): not coping with what a grown-up would.
    { flagged: "[[I'm sorry you couldn't handle a real relationship]].", pattern: 'unsaid-charge' },
    { flagged: '[[You never could cope with a woman who earns more than you]].', pattern: 'unsaid-charge' },
    { notFlagged: 'I never could cope with a woman who earns more than me, and that was my failing.' },
    { flagged: '[[u just cant handle commitment]], never could', pattern: 'unsaid-charge' },
    { flagged: '[[You could never cope with a strong woman]].', pattern: 'unsaid-charge' },
    { notFlagged: "I know you couldn't handle the truth back then, and I understand why now." },
    { notFlagged: "You couldn't handle the night shifts and the baby at once, and nobody could have." },
    { notFlagged: "You couldn't handle me at my worst, and I don't blame you." },
    { notFlagged: "Your sister knew before me, and that's fine, she's your sister." },
    { notFlagged: "I can't forget what you did for my mum when she was ill." },
    { notFlagged: "You couldn't have cared less about the rain, you just danced." },
    { notFlagged: 'You were a no-show at the pub quiz once and we never let you forget it, ha.' },
    { notFlagged: 'One would have expected the weather to be better in June.' },
    { flagged: "[[Why couldn't you just be honest with me]]?", pattern: 'unsaid-asked' },
    { flagged: '[[Why did you never stand up for me]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Was I ever a priority for you]]?', pattern: 'unsaid-asked' },
    { flagged: '[[How hard would it have been to call]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Would it have killed you to say goodbye]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Did it ever occur to you to ask me]]?', pattern: 'unsaid-asked' },
    { flagged: '[[What happened to the man who promised me forever]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Was she worth it]]?', pattern: 'unsaid-asked' },
    { flagged: "[[Since when is it okay to read someone's diary]]?", pattern: 'unsaid-asked' },
    { flagged: '[[Who leaves without a word after six years]]?', pattern: 'unsaid-asked' },
    { flagged: '[[Do you even remember my birthday]]?', pattern: 'unsaid-asked' },
    { notFlagged: "Why didn't you tell me you were ill? I would have come." },
    { notFlagged: "Was I ever in your photos from that trip? I can't find any." },
    { notFlagged: 'How hard would it be to get to Leeds by train?' },
    { notFlagged: 'Did it ever occur to you to go back to teaching?' },
    { notFlagged: 'What happened to the girl who used to sing in the car?' },
    { notFlagged: 'Was the move worth it?' },
    { notFlagged: 'Since when have you liked jazz?' },
    { notFlagged: 'Who leaves the light on in the shed, you or me?' },
    { notFlagged: 'Do you even remember that café in Porto?' },
  ],
})
