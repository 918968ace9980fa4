// Words for the people around the writer and the reader, shared by several rules. Each is an
// alternation without a group, the core of longer lists: `(?:your|ur) (?:${MUM_OR_DAD}|parents|family)`.

/** A parent: "mum", "mom", "mother", "dad", "father". */
export const MUM_OR_DAD = 'mum|mom|mother|dad|father'

/** Children: "kids", "children", "son", "daughter". */
export const KIDS = 'kids|children|son|daughter'

/** A person by gender, as in "a man like that", "the kind of woman who…". */
export const MAN_OR_WOMAN = 'man|woman|guy|girl'

/** What a partner is called: "boyfriend", "girlfriend", "husband", "wife" (each list adds partner, bf…). */
export const PARTNER_TITLES = 'boyfriend|girlfriend|husband|wife'

/**
 * Informal names for a partner, British and colloquial: "your fella", "his missus", "her other half". A regex
 * source (spaces written `\s+`), to add to a list of partners: `(?:${PARTNER_TITLES}|${PARTNER_INFORMAL})`.
 */
export const PARTNER_INFORMAL = String.raw`fella|feller|bloke|missus|missis|hubby|other\s+half|fancy\s+man|squeeze|beau|lover`
