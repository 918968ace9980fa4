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
