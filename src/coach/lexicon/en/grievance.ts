// How a grievance is told, shared by the blame and guilt rules: what the writer did for the reader, what the reader
// did back, and the pain reported as a bill. Regex sources (macros of `macros.ts` allowed), alternations without a group.

/**
 * The writer's service or gift, in the past: "I ironed…", "I nursed…", "I trusted you with…", "I lent you…".
 * Read as the first half of "I [served] …, and you [betrayed]".
 */
export const SERVICE_VERBS =
  'gave|did|sacrificed|tried|put up with|forgave|kept|held|carried|ran|paid|supported|nursed|looked after|stood by|helped|cooked|cleaned|washed|ironed|waited|worked|cared for|drove|covered|fed|raised|brought up|built|saved|moved|followed|loved|defended|trusted|believed in|handed|offered|changed|lent|spent|babysat|minded|sat with|visited'

/**
 * What the reader did back, as the second half of "I [served] …, and you …": left, walked out, threw it back,
 * trampled on it, replaced me, moved on.
 */
export const BETRAYAL_ACTS = `left|walked (?:out|away|off)|cheated|lied|gave up|bailed|disappeared|threw (?:it|me|us|them|that|everything)(?: all)? (?:away|back)|(?:handed|gave|threw|tossed|sent) (?:it|them|me) (?:back|away)|(?:broke|smashed|crushed|wasted|trampled(?: on)?|stamped on|spat on|walked (?:all )?over) (?:it|them|me)|dumped me|dropped me|ghosted me|replaced me|(?:traded|swapped) me|left me (?:a|with|for|alone|to)|moved on|abandoned me|ran off|went off with|upped and left|repaid me (?:with|by)|never (?:once |even )?(?:thanked me|said (?:thanks|thank you)|noticed|looked back)`

/**
 * The writer's pain reported as a state, the first half of a bill: "I haven't got out of bed all weekend", "I've lost
 * two stone", "I'm on sleeping pills", "I've been crying every night", "I've hardly slept".
 */
export const PAIN_REPORT = String.raw`(?:i(?:'ve| have|'m| am| was|m)?|ive|im)\s+(?:(?:been|still|now|barely|hardly|just|literally|not|even)\s+)*(?:(?:haven'?t|havent|have not|hadn'?t|had not)\s+(?:(?:even|properly|really)\s+)?(?:left (?:my|the) (?:room|bed|house|flat|sofa)|got out of bed|eaten|slept|showered|been (?:out|outside|to work|sleeping|eating)|stopped crying|spoken to (?:anyone|a soul))|lost (?:a|half a|two|three|four|\d+|so much) (?:stone|kilos?|kg|pounds|lbs)|lost (?:so much )?weight|(?:cried|crying|sobbed) (?:myself to sleep|every (?:night|day)|all night|for (?:days|weeks))|on (?:antidepressants|anti-depressants|medication|meds|tablets|sleeping pills)|signed off(?: work| sick)?|(?:eaten|slept|eating|sleeping)(?= (?:since|in|for)))`

/**
 * The serve-then-betrayed shape, as blame and as guilt ("I drove you to every appointment, and you moved on", "I lent
 * you the deposit, and you went off with him"), with the lists above. `afterService` may veto what follows the
 * service verb (guilt passes {@link NOT_SPACE_GIVEN}).
 */
export const servedThen = (afterService = ''): string =>
  String.raw`{WB}i (?:(?:literally|really|honestly|even|just|always)\s+)?(?:${SERVICE_VERBS}){WE}${afterService}[^.!?\n]{0,70}?,? (?:and|but|yet) (?:{YOU}) (?:(?:still|just|then|simply|went and)\s+)?(?:${BETRAYAL_ACTS}){WE}(?<!left)|{WB}i (?:(?:literally|really|honestly|even|just|always)\s+)?(?:${SERVICE_VERBS}){WE}${afterService}[^.!?\n]{0,70}?,? (?:and|but|yet) (?:{YOU}) (?:(?:still|just|then|simply|went and)\s+)?left(?=\s*(?:[.!,;]|$|anyway|regardless|without|(?:me|us|the (?:kids|family)){WE}|for (?:him|her|someone|another|them){WE}))`

/** Giving space or time is no sacrifice to bill: "I gave you all the space you asked for and you still left" (guilt only). */
export const NOT_SPACE_GIVEN = `(?! (?:you |u )?(?:all )?(?:the |my |some )?(?:space|time|room|freedom|distance|privacy|a lift|a ride)(?:{WE}))`

/**
 * The sentence goes on to grant what the thanks were for, so a late answer thanked is thanks, not sarcasm: "Thanks for
 * finally answering, I know it wasn't easy for you", "thank you for finally getting back to me, it means a lot", "…, I
 * really appreciate it". A regex source that starts where the thanked act ends. Not when the grant
 * is itself sneering ("…, I know it must have been so hard to find five minutes", "…such a struggle to pick up a phone").
 */
export const THANKS_GRANTED = String.raw`[^.!?\n]{0,60}?(?:(?:wasn'?t|was not|isn'?t|can'?t have been|couldn'?t have been|won'?t have been) (?:easy|simple|nothing)|(?:must(?:'ve| have)? been|was|is) (?:hard|difficult|tough|a big step|scary)|(?:means|meant) (?:a lot|so much|a great deal|the world|more than)|i (?:really |truly |genuinely |do )?(?:appreciate|appreciated|needed) (?:it|that|this|you|(?:hearing|reading) (?:it|that|from (?:you|u)))|i'?m (?:so |really |truly |genuinely )?(?:grateful|glad|thankful|relieved)|(?:took|takes|must have taken) (?:courage|guts|a lot)|brave of (?:you|u)|(?:it'?s|it has|things(?:'ve| have)?|life(?:'s| has)|(?:you|u)(?:'ve| have)|ur|you'?re|you are) (?:been |had )?(?:a |such a )?(?:rough|hard|tough|difficult|awful|horrible|rotten|crap|shit|heavy) (?:time|few (?:weeks|months|days)|week|month|year|for (?:you|u)|on (?:you|u))|(?:had|got|have|going through) (?:a lot|so much|loads)(?: on| going on| to deal with)?|how (?:hard|difficult|tough|scary|awkward) (?:that|it|this) (?:must have been|must've been|was|is)|(?:it|that) (?:helped|helps)|in (?:your|ur) own time|when (?:you|u) (?:were|was) ready)(?![^.!?\n]{0,25}?(?:to (?:find|pick up|lift|type|press|send|spare|tear)|five minutes|a phone|one text|clearly|apparently|obviously|i'?m sure|no doubt))`

/**
 * Being left alone as a kindness asked for: "thank you for leaving me alone once I asked", "…alone to think", "…alone for
 * a while". A negative lookahead to put right after "leaving me": "thanks for leaving me alone on my birthday" is still a
 * harm thanked.
 */
export const NOT_ALONE_AS_ASKED = String.raw`(?! alone(?: (?:when|once|as|like|after|because|while|whenever) (?:i|you|u) (?:asked|needed|wanted|said|begged)| to (?:think|heal|grieve|breathe|rest|recover|sort (?:myself|my head|things) out)| for a (?:while|bit|few (?:days|weeks|months)))(?![\w]))`

/** Not followed by {@link THANKS_GRANTED}: put right after the late act ("finally answering"). */
export const THANKS_MEANT = `(?!${THANKS_GRANTED})`

/**
 * Harms done to the writer, as verb phrases in the plain or the -ing form, so that they read after "thanks for …",
 * "of you to …" and after a comma: "leaving me with the rent", "to change the locks", "ghosting me on my birthday",
 * "telling my sister before me". Each is an accusation on its own, so praise or thanks for one is sarcasm. Shared by
 * gratitude and compliment (their antipatterns) and blame (its pattern for sarcastic thanks and praise).
 */
export const HARMS_DONE = String.raw`(?:ruin|wreck|destroy|spoil|trash)(?:ing)? (?:my|our|me|us|it|everything|the (?:whole|entire)|christmas|the holiday){WE}|break(?:ing)? (?:my|our|me|us|your promise|every promise){WE}|leav(?:e|ing) me${NOT_ALONE_AS_ASKED} (?:with (?:the (?:rent|bills?|debts?|mess|mortgage|overdraft|tab|washing|loan)|all (?:the|your) (?:debts?|bills|mess)|your (?:debts?|bills|mess)|nothing)|alone (?:with|to|on|at|in){WE}|to (?:pack|clean|deal|sort|pay|pick up|face|explain|tell|cope|carry|do (?:everything|it all|all of it)|fend|handle|clear up|tidy)|high and dry|in the lurch|holding the baby){WE}|(?:dump|ditch|ghost|blank|block|ignor|abandon|desert|replac)(?:e|ing)? (?:me|us)(?! a (?:line|note|message|text)){WE}|stand(?:ing)? me up{WE}|(?:sleep(?:ing)? with|go(?:ing)? behind my back|cheat(?:ing)? on me|l(?:ie|ying) to me){WE}|humiliat(?:e|ing) me{WE}|embarrass(?:ing)? me{WE}|mak(?:e|ing) me (?:look (?:a|an|like)|feel (?:small|stupid|worthless|like (?:nothing|dirt|an idiot|a fool|rubbish|crap|shit))|(?:the|a) laughing ?stock|cry (?:on|at|in|every)){WE}|turn(?:ing)? (?:my|our|the|everyone|all|people)[^.!?\n]{0,25}? against me{WE}|tell(?:ing)? [^.!?\n]{1,40}? before (?:me|telling me|(?:you|u) told me|i (?:knew|did|heard)){WE}|walk(?:ing)? out (?:on (?:me|us|the (?:kids|family)|our|your (?:own )?(?:kids|family))|(?:two|three|a|one|the) (?:days?|weeks?|months?|night|morning|week) (?:before|after)|(?:right )?(?:before|after|in the middle of) (?:my|our|the)){WE}|tell(?:ing)? (?:my|your|our) boss{WE}|(?:run|running) off with{WE}|(?:run|running) off the (?:minute|moment|second|day){WE}|(?:forget(?:ting)?|miss(?:ing)?) (?:my|our) (?:\w+ )?(?:birthday|anniversary|graduation|exams?|results|recital|funeral)(?: \w+)?{WE}|empty(?:ing)? (?:the|our|my) (?:joint )?(?:account|savings|bank account){WE}|chang(?:e|ing) the locks{WE}|mov(?:e|ing) (?:her|him|them|someone|somebody|your (?:new )?[a-z]+) in{WE}|show(?:ing)? me (?:exactly |just |precisely )?(?:how little|who (?:you|u) really|what (?:you|u) really (?:think|thought)){WE}|wast(?:e|ing) (?:my|our|(?:\w+ )?(?:years|months) of my){WE}|throw(?:ing)? (?:it|them|us|me|everything|it all|them all|(?:my|our|those|these|the) (?:\w+ )?(?:years|months|life|lives)) away{WE}|(?:finally|eventually) (?:answering|replying|remembering|calling|texting|getting back|bothering|noticing|showing up){WE}${THANKS_MEANT}|the (?:lovely |nice |little |wonderful )?surprise of (?:finding|seeing|hearing|reading|learning){WE}`

/** Harms named by a noun after "thanks for …": "thanks for nothing", "thanks for the three years of lies". */
export const HARMS_NAMED = String.raw`(?:absolutely |precisely )?nothing{WE}(?! (?:less|short|but|more than))|(?:the |all the |those |these )?(?:\w+ )?(?:years|months|weeks) of (?:lies|lying|misery|silence|hell|cheating|excuses){WE}|the (?:lies|betrayal|humiliation|heartbreak|silent treatment|cold shoulder|overdraft|debts?){WE}`

/** Praise words that sarcasm wears before a harm: "you're a real gem, leaving me…", "how thoughtful of you to…". */
const MOCK_PRAISE_WORDS =
  'gem|star|gentleman|lady|sweetheart|sweetie|hero|saint|angel|(?:true|real|good|great) friend|catch|class act|classy|class|brave|thoughtful|kind|generous|lovely|nice|considerate|decent|sweet|mature|charming|big|grown[- ]up|honou?rable|loyal|caring|romantic|(?:great|good|nice|fine|top|brilliant) (?:job|work|one|effort)|well done|top marks|bravo|congrats|congratulations|kudos|hats off|good on (?:you|u)|way to go'

/**
 * Sarcasm: praise or thanks followed by a harm done to the writer ("Such a gentleman, dumping me over text", "very
 * generous of you to leave me with the debts", "thanks a bunch for telling my sister before me", "thanx 4 nothing").
 */
export const SARCASM = String.raw`{WB}(?:${MOCK_PRAISE_WORDS})(?: (?:you are|you were|you'?re|u r|of you|of u))?(?:[^.!?\n,]{0,12}?)(?:,\s*|\s+for\s+|\s+of (?:you|u) to\s+|\s+to\s+|\s+(?:on|at)\s+|(?<=(?:job|work|one|effort|done|marks|bravo|congrats|kudos))\s+)(?:(?:really|finally|completely|totally|successfully|so|just|properly)\s+)?(?:${HARMS_DONE})|{WB}(?:thank(?:s|ed| you| u| ya)?|thanx|thnx|thx|ty|cheers|ta|many thanks)(?: (?:so much|a lot|very much|again|ever so much|so very much|a million|a bunch|loads|heaps|a ton|a lot mate))?(?:,? (?:mate|love|pal|babe|hun|hen|darling|dear))?,? (?:for|4) (?:(?:that|all|your|ur)\s+)?(?:${HARMS_NAMED}|${HARMS_DONE})`

/**
 * Pride in a fault the reader has outgrown at last: "I'm proud of you for finally growing up". A sneer, neither a
 * compliment nor the writer's feeling (twentieth round, the lead's review); read by both rules.
 */
export const PRIDE_IN_FAULT_OUTGROWN = String.raw`{B}(?:proud|impressed|pleased)\s+(?:of|with|that)\s+(?:you|u)\s+(?:for\s+)?(?:(?:finally|at\s+last|actually)\s+)(?:growing\s+up|grew\s+up|acting\s+(?:your|ur)\s+age|getting\s+(?:your|ur)\s+act\s+together|got\s+(?:your|ur)\s+act\s+together|learning\s+(?:some\s+)?manners|becoming\s+an\s+adult)(?![\p{L}])`
