// The practical side of a separation: what two people share and who else is involved in untangling it.
// Used by rules that leave logistics alone ("I need an answer on the sofa by Friday, only because the
// van comes"): a deadline about things is not pressure on the heart. Alternations without a group.

/** Things, homes and bills two people share: "an answer on the sofa", "a decision about the lease". */
export const JOINT_BELONGINGS =
  'sofa|couch|piano|car|flat|house|lease|deposit|furniture|boxes|bike|dog|cat|tickets|mortgage|tenancy|storage|van|things|stuff|table|bed|tv|desk|fridge|washing machine|bills?'

/** Third parties whose timing sets a practical deadline: "only because the landlord…". */
export const LOGISTICS_PARTIES =
  'landlord|letting agent|agent|removal|removals|movers|van|bank|solicitor|school|council|buyers?|estate agent'

/** Whose timetable makes a date practical: "only because the charity collects on Saturday". */
export const BECAUSE_PARTIES =
  'charity|charity shop|collectors?|bin men|caretaker|nursery|hospital|clinic|vet|venue|caterers?|registrar|airline|hotel|garage|mechanic|plumber|builders?|insurers?|insurance|hospice|mediator|court'

/** Who asks for an answer by a date: "the school needs to know", "the venue wants numbers". */
export const ASKING_PARTIES =
  'school|nursery|venue|caterers?|registrar|hotel|airline|insurers?|bank|solicitor|mediator|court|council|landlord|agent|charity|vet|hospital|clinic|hospice|travel agent|removal company|removals'

/**
 * What a solicitor, lawyer or mediator handles when two people untangle their lives: the car finance, the house sale,
 * the lease, the joint account, the 401(k). "My solicitor will contact you about the car finance" is paperwork, not a
 * threat. A regex source (an alternation inside `(?:…)`), for the lower-cased shadow text.
 */
export const LEGAL_MATTERS = String.raw`(?:car\s+finance|finance|finances|house|flat|condo|apartment|home|cottage|sale|mortgage|remortgage|paperwork|forms?|papers|decree(?:\s+(?:nisi|absolute))?|deeds?|lease|tenancy|deposit|(?:joint\s+)?(?:bank\s+)?account|loan|pension|401\s*\(?k\)?|savings|isa|transfer(?:\s+deed)?|title|insurance|probate|completion|exchange|closing(?:\s+date)?|keys|conveyancing|valuation|equity|signatures?|documents?|dates|bills|council\s+tax|utilities|car|van|storage|furniture|consent\s+order|financial\s+order|arrangements|child\s+arrangements|contact\s+arrangements|maintenance|dog|cat)(?![\p{L}\p{N}])`

/**
 * Why a will gets written or changed as paperwork: a house sale or purchase, a divorce or a split, a mortgage, probate, a
 * professional's advice, a name to take off. "I've sorted out my will because of the house sale" is estate logistics,
 * not a farewell. A regex source for the lower-cased shadow text.
 */
export const WILL_AS_PAPERWORK = String.raw`(?:(?:house|flat|home)\s+(?:sale|purchase|move)|(?:the|our)\s+sale|sold\s+(?:the|our)\s+(?:house|flat|place|home)|(?:bought|buying|bought\s+out)\s+(?:the|a|our)\s+(?:house|flat|place|home)|divorce|separation|(?:the|our)\s+split|mortgage|remortgag\w*|probate|conveyancing|completion|new\s+(?:house|flat|home)|(?:solicitor|lawyer|attorney|bank|accountant|adviser|advisor|broker|mortgage\s+(?:company|lender))\s+(?:said|says|advised|suggested|recommended|insisted|told\s+me|made\s+me)|(?:advised|suggested|recommended|insisted)(?![\p{L}])|take\s+(?:you|u|your\s+name)\s+off|(?:your|ur)\s+name\s+off|remove\s+(?:you|u|your\s+name)|paperwork|(?:life\s+)?admin(?![\p{L}])|grown-?up\s+(?:stuff|thing|things))`
