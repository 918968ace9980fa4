// Announced repeated or unwanted contact: writing or calling until they answer, waiting outside their
// door, getting round a block. Waiting patiently ("I'll wait until you're ready") is `space`, and
// "this is the only letter I will send" is the opposite of persistence.
import { JOINT_BELONGINGS, LOGISTICS_PARTIES } from '../../../lexicon/en/logistics.js'
import { KIDS, MUM_OR_DAD } from '../../../lexicon/en/people.js'
import { WEEKDAYS } from '../../../lexicon/en/time.js'
import { defineRule, nextSentenceOpens } from '../define.js'

/** The writer announcing what they will do (not "I won't", not "I used to"). */
const I_WILL =
  "(?:i'?ll|i\\s+will|ill|i\\s+shall|i'?m\\s+(?:going\\s+to|gonna)|im\\s+(?:going\\s+to|gonna)|i\\s+am\\s+(?:going\\s+to|gonna)|i\\s+promise\\s+(?:you\\s+)?i'?ll|i\\s+swear\\s+i'?ll|i\\s+(?:plan|intend|mean)\\s+to|my\\s+plan\\s+is\\s+to)(?:\\s+(?:just|simply|still|also|then|happily|gladly|probably|prob|definitely|always))?(?:\\s+be(?=\\s+\\p{L}+ing(?![\\p{L}])))?"
/** Ways of getting in touch. */
const CONTACT =
  '(?:writ(?:e|ing)|call(?:ing)?|ring(?:ing)?|phon(?:e|ing)|text(?:ing)?|txt(?:ing)?|messag(?:e|ing)|dm(?:ing)?|email(?:ing)?|e-mail(?:ing)?|send(?:ing)?\\s+(?:you\\s+)?another(?![\\p{L}])|send(?:ing)?\\s+(?:you\\s+)?(?:a\\s+|another\\s+|more\\s+|this\\s+|these\\s+|those\\s+|the\\s+same\\s+)?(?:(?:small|little|short|quick|long|new|goodnight|good\\s+night|good\\s+morning)\\s+)?(?:letters?|messages?|texts?|flowers|emails?|cards?|postcards?|notes?)|leav(?:e|ing)\\s+(?:you\\s+)?(?:a\\s+|another\\s+|more\\s+)?(?:voice\\s*notes?|voicemails?|voice\\s*messages?|notes?|letters?|flowers|cards?|messages?|roses?|gifts?|presents?|chocolates)|com(?:e|ing)\\s+back|send(?:ing)?\\s+(?:you\\s+)?(?:one|another(?:\\s+one)?)\\s+of\\s+these|leav(?:e|ing)\\s+(?:something|things|little\\s+things|bits|presents?|gifts?)\\s+(?:on|at|by|outside)\\s+(?:your|ur)|drop(?:ping)?\\s+(?:(?:soup|food|dinner|meals?|flowers|presents?|gifts?|cards?|letters?|notes?|something|bits)\\s+)?(?:by|round)|pop(?:ping)?\\s+(?:in|round|by|over)(?!\\s+(?:on|to)\\s+(?:your|ur|the|my|his|her)\\b)|swing(?:ing)?\\s+by|check(?:ing)?\\s+(?:in\\s+|up\\s+)?on\\s+(?:you|u)(?![\\p{L}])|be\\s+(?:round|over)(?![\\p{L}])|ask(?:ing)?\\s+(?:you\\s+)?again|knock(?:ing)?(?:\\s+on\\s+(?:your|ur)\\s+door)?|show(?:ing)?\\s+up|turn(?:ing)?\\s+up|com(?:e|ing)\\s+(?:by|round|around|over)|contact(?:ing)?|reach(?:ing)?\\s+out|try(?:ing)?\\s+to\\s+(?:reach|contact|call|talk\\s+to|see|get\\s+(?:hold\\s+of|through\\s+to))|follow(?:ing)?|wait(?:ing)?\\s+(?:for\\s+(?:you|u)\\s+)?(?:outside|at|in\\s+front\\s+of|by))'
/** Again and again, or until the reader gives in. */
const REPEATEDLY = `(?:every\\s*(?:single\\s+)?(?:day|night|morning|afternoon|evening|lunchtime|week|weekend|month|hour|birthday|christmas|anniversary|valentine'?s(?:\\s+day)?|${WEEKDAYS})(?:\\s+after\\s+that)?|everyday|most\\s+(?:days|nights|mornings|evenings|weekends)|(?:on\\s+)?(?:${WEEKDAYS})\\s+(?:nights|mornings|evenings|afternoons)|every\\s+(?:other|few|couple\\s+of)\\s+(?:days?|nights?|weeks?|mornings?|evenings?)|from\\s+now\\s+on|(?:and|then)\\s+(?:the\\s+(?:day|week|month|one)\\s+after(?:\\s+that)?|another(?:\\s+one)?|again)(?![\\p{L}])|each\\s+(?:day|night|week)|daily|nightly|day\\s+and\\s+night|again\\s+and\\s+again|over\\s+and\\s+over|as\\s+(?:often|many\\s+times|long)\\s+as\\s+(?:it\\s+takes|i\\s+(?:have|need|want|must))|forever|for\\s+as\\s+long\\s+as\\s+it\\s+takes|no\\s+matter\\s+(?:what|how\\s+long|how\\s+many)|every\\s+(?:time|chance)\\s+(?:i|he|she|they|(?:you|u)(?!\\s+(?:want|ask|like)))\\b|(?:until|till|til|untill|'?til)\\s+(?:you|u|ya|we|i|some(?:body|one)|any(?:body|one)|they|(?:your|ur)\\s+\\p{L}+)\\b)`
const YOUR_PLACE =
  "(?:the\\s+\\p{L}+\\s+where\\s+(?:you|u)\\s+(?:work|live|stay|train|study|drink|eat)|(?:the\\s+(?:end|top|bottom|corner)\\s+of\\s+)?(?:your|ur)\\s+(?:road|lane|close|block|estate)|yours|urs|(?:your|ur|his|her)\\s+(?:house|home|place|door|doorstep|flat|apartment|building|work|workplace|office|job|school|uni|university|gym|parents'?|mum'?s|mom'?s|dad'?s|sister'?s|brother'?s|aunt'?s|auntie'?s|nan'?s|gran'?s|grandma'?s|friend'?s|shop|salon|studio|restaurant|caf[ée]|bar|pub|lab|surgery|practice|car|street|window|wedding|party|birthday(?:\\s+party)?|graduation|church|gig|match|shift|new\\s+(?:place|flat|house|apartment|job)))"
/** The reader's people, whom the writer would contact to get round them. */
const THEIR_PEOPLE = `(?:your|ur)\\s+(?:sister|brother|${MUM_OR_DAD}|parents|family|friends|best\\s+friend|aunt|auntie|uncle|cousin|nan|gran|grandma|grandmother|grandad|granddad|grandfather|grandparents|neighbours?|neighbors?|mates|workmates|flatmate|roommate|housemate|colleagues?|coworkers?|cousin|boss|new\\s+(?:boyfriend|girlfriend|partner))`
/** A count of contacts too many to be ordinary: five and up, "a dozen", "umpteen", "20". */
const MANY =
  '(?:(?:like|about|maybe|at\\s+least|over|more\\s+than|nearly|almost|literally|up\\s+to)\\s+)?(?:[5-9]|\\d{2,}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty|a\\s+hundred|hundreds\\s+of|a\\s+dozen|dozens\\s+of|loads\\s+of|so\\s+many|a\\s+million|umpteen|countless)'
/**
 * A fond memory or one past occasion, not contact now: "that first summer", "when we first met", "the day Luca was
 * born", "in two years", contact owned ("and I'm sorry if that was too much").
 */
const NOT_MEMORY =
  "(?![^.!?\\n]{0,40}?\\b(?:that\\s+(?:first\\s+)?(?:summer|year|winter|spring|autumn|week)|back\\s+then|when\\s+we\\s+(?:first\\s+)?(?:met|were)|in\\s+the\\s+early\\s+days|just\\s+to\\s+hear\\s+(?:you|u)\\s+laugh|the\\s+(?:night|day|morning|evening|week)\\s+(?:that\\s+|when\\s+)?(?:your|ur|my|our|the|\\p{L}+\\s+(?:was|were|had|got))|in\\s+(?:\\p{L}+\\s+)?(?:years|months)|over\\s+the\\s+(?:years|months)|on\\s+(?:your|ur)\\s+birthday|(?:i'?m|i\\s+am)\\s+sorry|i\\s+was\\s+so\\s+(?:excited|happy|worried|scared|proud))\\b)"
/** Until the reader gives in, or whatever they do. */
const REGARDLESS =
  "(?:block(?:ed)?\\s+or\\s+(?:not|no)|(?:whether|if)\\s+(?:you|u)\\s+(?:block|blocked)\\s+me\\s+or\\s+not|no\\s+matter\\s+how\\s+(?:many\\s+times|often|much|long)\\s+(?:you|u)|(?:however|how\\s+ever)\\s+(?:many\\s+times|often)\\s+(?:you|u)|whatever\\s+(?:you|u)\\s+(?:say|tell\\s+me)|no\\s+matter\\s+what\\s+(?:you|u)\\s+(?:say|do|want|think|decide|tell\\s+me)|(?:you|u)\\s+can'?t\\s+stop\\s+me(?!\\s+(?:from\\s+)?(?:lov|car|miss|hop|think|wish|pray|feel|dream|believ)\\p{L}*)|even\\s+(?:if|though)\\s+(?:you|u)(?:'ve|\\s+have)?\\s+(?:said|told\\s+me|asked\\s+me)\\s+not\\s+to(?![\\p{L}])|even\\s+if\\s+(?:you|u)\\s+(?:block|ignore|tell\\s+me\\s+(?:to\\s+(?:stop|go\\s+away|leave)|no)|say\\s+no|don'?t\\s+(?:answer|reply|respond|want|open|read)|never\\s+(?:answer|reply|open|read|write\\s+back|text\\s+back|call\\s+back|respond)|change\\s+your\\s+number|move))"

/**
 * The reader's "no contact", or a court's: asked not to write, to be left alone, never to be heard from again, an
 * order to stay away. A letter that names it and goes on is the contact they refused.
 */
const NO_CONTACT = String.raw`(?:(?:asked|told|begged|warned|wanted|needed|want|need)\s+me\s+(?:(?:very\s+|so\s+)?(?:clearly|explicitly|specifically|repeatedly|politely|firmly)\s+)?(?:not\s+to\s+(?:contact|write(?:\s+to)?|call|ring|phone|text|message|email|e-mail|dm|come\s+(?:round|over|by|near)|come(?=\s*(?:[.!,;…]|$))|come\s+to\s+(?:the|your|ur)\s+\p{L}+|get\s+in\s+touch(?:\s+with)?|reach\s+out(?:\s+to)?|try\s+to\s+(?:contact|reach|see)|see|visit)|to\s+(?:stop\s+(?:contacting|writing|calling|ringing|texting|messaging|emailing)|leave\s+(?:you|u)\s+alone|stay\s+away|keep\s+away|keep\s+my\s+distance|stay\s+out\s+of\s+(?:your|ur)\s+life|lose\s+(?:your|ur)\s+number|never\s+(?:contact|write\s+to|call|text)))(?!\s+(?:after|before|at|so|during|while|when|on|in|late|early|every|like|about|with|from|till|until)\b)|(?:was|been|were)\s+told\s+(?:by\s+(?:the\s+|a\s+|your\s+|ur\s+)?[\p{L}-]+\s+)?not\s+to\s+(?:contact|write\s+to|call|text|message|email|come\s+near|see|approach)\s+(?:you|u)|blocked\s+(?:me|my\s+number)(?:\s+(?:on\s+everything|everywhere))?|(?:said|says|told\s+me)\s+to\s+(?:stop\s+(?:contacting|writing(?:\s+to)?|calling|ringing|texting|messaging|emailing)(?:\s+(?:you|u))?|leave\s+(?:you|u)\s+alone|stay\s+away|back\s+off)(?!\s+(?:after|before|at|during|while|when|on|late|early|every|about|with|so)\b)|(?:said|say|says|told\s+me|keeps?\s+telling\s+me|kept\s+telling\s+me|asked\s+me|made\s+(?:it\s+)?clear|wrote|texted|know|knew)\s+(?:that\s+)?(?:you|u)\s+(?:never\s+want(?:ed)?|(?:don'?t|didn'?t|do\s+not|did\s+not|dont|didnt)\s+want)\s+(?:to\s+(?:hear\s+from|see|talk\s+to|speak\s+to|be\s+contacted\s+by)\s+me|me\s+(?:to\s+(?:contact|write|call|come|get\s+in\s+touch|visit)|in\s+(?:your|ur)\s+life|around|near\s+(?:you|u)|coming(?:\s+(?:over|round|here|there|near))?|visiting))|(?<!\b(?:sponsor|therapist|counsell?or|coach|friends?|mates?|mum|mom|mam|dad|sister|brother|family|gp|doctor|everyone|everybody|people|pastor|priest|nan|gran)'?s?\s+)(?:said|says|say|stated|states|told\s+me|asked\s+me|wrote|texted)\s+(?:that\s+)?(?:(?:i'?m|im|i\s+am|i\s+was)\s+not\s+(?:to|allowed\s+to|permitted\s+to|supposed\s+to)|i\s+(?:can'?t|cannot|cant|mustn'?t|must\s+not|shouldn'?t|should\s+not|wasn'?t\s+(?:to|allowed\s+to)|may\s+not|couldn'?t|could\s+not)|not\s+to)\s+(?:contact|write\s+to|call|ring|phone|text|message|email|e-mail|get\s+in\s+touch\s+with|come\s+near|see|approach|go\s+near)\s+(?:you|u)(?![\p{L}])(?!\s+(?:after|before|at|during|while|when|on|late|early|about|at\s+work)\b)|(?:restraining|protection|protective|non-molestation|no-contact|no\s+contact|harassment|stalking)\s+order|(?:court\s+order|injunction)\s+(?:against\s+me|(?:that\s+)?says\s+i|to\s+stay\s+away|not\s+to)|(?:the|an|your|ur)\s+injunction|(?<=\bi\s+(?:\p{L}+\s+)?)(?:agreed|promised|swore)\s+(?:(?:that\s+)?i'?d\s+|(?:that\s+)?i\s+would\s+|to\s+)?(?:no\s+(?:more\s+)?contact|leave\s+(?:you|u)\s+alone|stay\s+away(?:\s+from\s+(?:you|u))?|not\s+(?:to\s+)?(?:contact|write\s+to|call|text|message)\s+(?:you|u)|stop\s+(?:contacting|writing\s+to|calling|texting|messaging)\s+(?:you|u)|give\s+(?:you|u)\s+(?:space|time))|(?:said|says|say|stated|states|asked\s+for|asks\s+for|means|meant|wants|wanted)\s+no\s+(?:more\s+)?contact(?:\s+(?:at\s+all|with\s+(?:you|u|me)|whatsoever))?(?=\s*[,;:—–-]|\s+(?:but|yet|and|so)\b))`

/**
 * Past contact owned as a fault: "I'm ashamed of it", "I'm so sorry", "that was wrong", "I won't do that again". Read with
 * STILL_PERSISTING absent (the same sentence for the antipattern below, the next one for OWNED_NEXT).
 */
const OWNED = String.raw`ashamed|embarrassed|i'?m\s+(?:so\s+|really\s+|truly\s+|deeply\s+)?sorry|i\s+apologi[sz]e|i\s+(?:shouldn'?t|should\s+not|should\s+never)\s+have|(?:that|it)(?:'s|\s+is|\s+was)\s+(?:wrong|unfair|not\s+(?:ok|okay|fair|right)|out\s+of\s+order|too\s+much|scary|frightening|creepy)|how\s+(?:scary|frightening|unfair|awful|intimidating|creepy|upsetting|much)\s+(?:that|it)\s+(?:must\s+have|was)|i\s+(?:won'?t|will\s+not|will\s+never|'ll\s+never)\s+do\s+(?:that|it|this)\s+again|i\s+regret`

/** What keeps contact going though it is owned: "I'll…", "until…", "but I had to", "anyway". */
const STILL_PERSISTING = String.raw`i'?ll(?!\s+never)|ill|i\s+will(?!\s+(?:not|never))|i'?m\s+(?:going|gonna)|im\s+(?:going|gonna)|i\s+am\s+going|until|till|til|but\s+i\s+(?:had|have|need|must|can'?t)|anyway`

/**
 * Not when the next sentence owns the contact just told, and keeps none of it going: "I turned up at your work on
 * Tuesday. I'm ashamed of that." (the antipattern reads a sentence alone, and the engine gives a pattern whose lookahead
 * reads on the rest of its line). Not "…. I'm sorry, but I'll be there again Friday."
 */
const OWNED_NEXT = `(?!${nextSentenceOpens(String.raw`(?=[^.!?\n]*?\b(?:${OWNED})\b)(?![^.!?\n]*?\b(?:${STILL_PERSISTING})\b)`, 40)})`

export default defineRule({
  id: 'persistence',
  kind: 'pitfall',
  severity: 'danger',
  sixRule: 'lucid',
  title: 'Repeated or unwanted contact',
  summary: 'Announcing repeated or unwanted contact.',
  message:
    'Announcing that you will keep contacting them, or come to them, takes away their freedom to answer or not: it will feel like pressure, even fear, and it can be harassment. Say once what you hope for, and leave the next step to them.',
  patterns: [
    {
      id: 'asked-no-contact',
      // The reader's "no" named and passed over in the same breath: "I know you asked me not to contact you, but I had
      // to write", "I'm aware of the restraining order, but this is important", "even though you told me to leave you
      // alone…", "I know I'm not supposed to contact you". Not when the writer keeps to it ("…, and I respect that").
      // The letter itself is the contact: no rewrite is offered, only the advice not to send it. First of the patterns
      // (since the eleventh round; before, only before around-them), so that where a sentence also goes round a block or
      // announces more contact ("i know theres a court order but i had to write one last time ur sister wont pass anything
      // on…"), its message, not to send the letter, is the one the writer sees, and is not lost to a narrower finding.
      re: [
        String.raw`{B}(?:i\s+know|i\s+knew|i'?m\s+aware|i\s+am\s+aware|i\s+realise|i\s+realize|i\s+understand)?\s*(?:that\s+)?(?:(?:you|u)(?:'ve|\s+have)?\s+)?${NO_CONTACT}[^.!?\n]{0,100}?\b(?:but|yet|anyway|even\s+so|regardless)\b(?!,?\s+(?:i\s+(?:respect(?:ed)?|understand|won'?t|will\s+not|accept(?:ed)?|did(?:n'?t)?|haven'?t|(?:have|'ve)\s+(?!(?:a|the|every|all\s+the)\s+right\b|(?:to|got\s+to)\s+(?:explain|write|tell|say|talk|see|know|reach|contact|hear)\b)|kept|stayed|am\s+not|'m\s+not|honou?r(?:ed)?)|(?:i'?m|im|i\s+am)\s+(?:respecting|keeping\s+to|not)|that'?s\s+(?:ok|okay|fine|fair|right|your\s+(?:right|choice|call))|this\s+is\s+(?:not|the\s+only|the\s+last\s+thing\s+i)|(?:you|u)\s+(?:were|are|was)\s+right|not|only|(?:you|u|your|ur)(?![\p{L}'])))`,
        String.raw`{B}(?:even\s+though|although|though|despite|in\s+spite\s+of)\s+(?:(?:the\s+fact\s+that|knowing\s+that|i\s+know)\s+)?(?:(?:you|u)(?:'ve|\s+have)?\s+)?(?:the\s+|a\s+|your\s+|ur\s+)?${NO_CONTACT}`,
        String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:really\s+|probably\s+)?not\s+(?:supposed|meant|allowed|permitted)\s+to\s+(?:contact|write\s+to|be\s+writing\s+to|call|ring|text|message|email|get\s+in\s+touch\s+with|reach\s+out\s+to|come\s+near|see)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:breaking|breach(?:ing)?|violat(?:e|ing)|going\s+against|ignoring)\s+(?:the|my|your|ur|an?)\s+(?:restraining|protection|protective|non-molestation|no-contact|no\s+contact|harassment|court|bail)\s+(?:order|conditions?)`,
        // Eleventh round: space asked for, then contact anyway ("You said you needed space, but I'm coming over tonight
        // anyway"; not "…, but I hope you're well"); an order read for what it does not forbid ("My lawyer says the order
        // doesn't stop me writing to you").
        String.raw`{B}(?:(?:you|u)\s+(?:said|told\s+me|asked\s+(?:me\s+)?for|wanted|needed|made\s+it\s+clear)\s+(?:(?:that\s+)?(?:you|u)\s+(?:needed|wanted|need|want)\s+)?(?:some\s+|more\s+)?(?:space|time\s+(?:apart|alone|to\s+yourself)|distance|a\s+break\s+from\s+me))\b[^.!?\n]{0,20}?\b(?:but|yet)\s+(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:(?:just|still|going\s+to|gonna)\s+)?(?:coming|come|going\s+to\s+come|turning\s+up|turn\s+up|showing\s+up|show\s+up|calling|call|ringing|writing|texting|driving|heading|popping)\s*(?:\p{L}+\s+){0,3}?(?:anyway|tonight|tomorrow|today|round|over|by|there)(?![\p{L}])`,
        String.raw`{B}(?:the|this|that|your|ur|an?)\s+(?:court\s+|restraining\s+|protection\s+|non-molestation\s+)?(?:order|injunction)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|can'?t|cannot)\s+(?:actually\s+|technically\s+)?(?:stop|cover|prevent|stop\s+me\s+from)\s+(?:me\s+)?(?:from\s+)?(?:writing|contacting|sending|calling|texting|emailing|seeing|messaging)(?![\p{L}])`,
        // A court order named without its kind and passed over to write at all: "I know there's a court order, but I had to
        // write one last time", "i know theres a court order but this letter is different". Decided (eleventh round): in a
        // letter to an ex, an order set aside with "but" to make the contact itself is the boundary a court drew, so it is
        // read as one; the children's arrangements are left alone: an order that "says" or "gives" something, or one
        // about the kids, weekends, handovers, contact or holidays ("I know the court order says every other weekend, but
        // could we swap…", "I know there's a court order about the kids, but…"), and a "but" that goes on to ask or
        // arrange rather than to write.
        String.raw`{B}(?:i\s+know|i\s+knew|i'?m\s+(?:well\s+)?aware|i\s+am\s+(?:well\s+)?aware|i\s+realise|i\s+realize|i\s+understand|even\s+though|although|though|despite)\s+(?:of\s+|that\s+)?(?:there'?s\s+|theres\s+|there\s+is\s+|there\s+are\s+)?(?:still\s+)?(?:the|a|an|your|ur)?\s*(?:court\s+order|order\s+(?:in\s+place|against\s+me))(?![^.!?\n]{0,60}?\b(?:kids?|children|child|custody|arrangements?|weekends?|handovers?|contact\s+(?:centre|center|time|days?)|visits?|visitation|maintenance|school|holidays?|says?|states?|gives?|lets?|allows?|means)\b)[^.!?\n]{0,20}?\b(?:but|yet)\s+(?:i\s+)?(?:(?:just\s+|really\s+|still\s+|honestly\s+)?(?:had\s+to|needed\s+to|have\s+to|need\s+to|wanted\s+to|want\s+to|must|couldn'?t|could\s+not|can'?t|cannot|cant)\b|this\s+(?:letter\s+)?(?:is\s+)?(?:different|important|the\s+only|my\s+last|matters)|(?:surely\s+|just\s+)?one\s+(?:last|more|letter|time)|here\s+i\s+am)`,
        // Twelfth round (danger12's letters): a court's or the police's "no contact" named in the letter itself, with no
        // "but" (the next sentence goes on: "I know the court order says I'm not to contact you, and I know you asked your
        // sister to tell me to leave you alone. I'm writing anyway…"). A letter that names the order is the contact it
        // forbids; not when the sentence says how it is kept ("…, so this goes through my solicitor", "…, which is why I
        // haven't").
        String.raw`{B}(?:i\s+know|i\s+knew|i'?m\s+(?:well\s+)?aware|i\s+am\s+(?:well\s+)?aware|i\s+realise|i\s+realize|i\s+understand)\s+(?:that\s+)?(?:the|an?|your|ur|my)\s+(?:court(?:\s+order)?|order|injunction|judge|magistrates?|police|bail\s+conditions?|non-molestation\s+order|restraining\s+order|protection\s+order)\s+(?:says?|said|states?|stated|means?|meant)\s+(?:that\s+)?(?:(?:i'?m|im|i\s+am)\s+not\s+(?:to|allowed\s+to|permitted\s+to|supposed\s+to)|i\s+(?:can'?t|cannot|cant|mustn'?t|must\s+not|shouldn'?t|should\s+not|may\s+not))\s+(?:contact|write\s+to|call|ring|phone|text|message|email|get\s+in\s+touch\s+with|come\s+near|see|approach|go\s+near)\s+(?:you|u)(?![\p{L}])(?![^.!?\n]{0,80}?\b(?:so\s+(?:this|i|it|my)|which\s+is\s+why|that'?s\s+why|through\s+(?:my|your|the)\s+(?:solicitor|lawyer|mediator)|via\s+(?:my|your|the)|i\s+(?:won'?t|will\s+not|haven'?t|have\s+not|never|respect|accept)|and\s+i\s+(?:won'?t|will\s+not|respect|accept|will\s+keep))\b)(?=\s*(?:[.!…]|$)|,?\s+and\b)`,
        // Nineteenth round (the lead's review): the reader's "no" acknowledged, and the sentence ends there or goes on
        // only to make this letter the exception ("I know you asked me not to contact you.", "…, so this will be the last
        // time", "…, and I'm sorry to break that"): the letter is the contact they refused, and the coach was praising
        // "this will be the last time" as space. Not when a limit follows ("…until after the exams", "…for a month"), when
        // the sentence says it was kept ("…, and I haven't"), nor for a block alone ("I know you blocked me").
        String.raw`{B}(?:i\s+know|i\s+knew|i'?m\s+(?:well\s+)?aware|i\s+am\s+(?:well\s+)?aware|i\s+realise|i\s+realize|i\s+understand)\s+(?:that\s+)?(?:(?:you|u)(?:'ve|\s+have)?\s+)?(?!blocked\b)(?:${NO_CONTACT}|(?:said|asked\s+for|wanted|want|needed|need|made\s+it\s+(?:very\s+)?clear\s+(?:that\s+)?(?:you|u)\s+(?:wanted|want|needed))\s+no\s+(?:more\s+)?contact)(?:\s+(?:with\s+)?(?:you|u|me))?(?:\s+(?:again|anymore|any\s+more|ever\s+again))?(?=\s*(?:[.!…]|$)|,?\s+(?:so\s+(?:this|i'?ll|i\s+will|ill)\s|and\s+(?:i'?m|im|i\s+am)\s+sorry\b|and\s+(?:yet|still)\b|(?:and\s+)?here\s+i\s+am\b))`,
        String.raw`{B}(?:you|u)\s+made\s+it\s+(?:very\s+|really\s+|so\s+)?clear\s+(?:that\s+)?(?:you|u)\s+(?:wanted|want|needed)\s+no\s+(?:more\s+)?contact(?:\s+with\s+me)?(?=\s*(?:[.!…]|$))`,
      ].join('|'),
      // The whole sentence: its "but" is the point, and the clause before it alone would read as respect.
      span: 'sentence',
      questions: 'any',
      message:
        'They asked you not to contact them, or a court did. Respecting that is part of caring for them: a letter that names their "no" and goes on is the contact they refused, it will frighten more than move them, and where there is an order it can break the law. Please do not send it. If it needs saying, write it for yourself, or say it to someone you trust.',
    },
    {
      id: 'own-word-broken',
      // Twenty-first round (the lead's review): the writer's own promise of no contact named and passed over: "I know I
      // said I'd stop texting, but I saw your car outside Jess's last night and I just needed you to know I'm still
      // here" (praised as space for "I'm still here"), "I promised I wouldn't write again, but here I am", "I told myself
      // I wouldn't contact you again, but I couldn't help it". Not when it is kept ("…, and I will") or the "but" is
      // about the children, a bill or the house.
      re: String.raw`{B}(?:(?:i\s+know|i\s+realise|i\s+realize|i'?m\s+aware)\s+)?i\s+(?:said|promised|swore|told\s+(?:you|u|myself)|told\s+(?:you|u)\s+that|agreed)\s+(?:that\s+)?(?:(?:i'?d|i\s+would|i'?ll|i\s+will|i\s+was\s+going\s+to|to)\s+(?:stop\s+(?:texting|messaging|calling|ringing|writing|contacting\s+(?:you|u)|getting\s+in\s+touch|reaching\s+out|bothering\s+(?:you|u))|leave\s+(?:you|u)\s+alone|give\s+(?:you|u)\s+(?:space|your\s+space)|(?:not|never)\s+(?:text|message|call|ring|write(?:\s+to\s+(?:you|u))?|contact\s+(?:you|u)|get\s+in\s+touch|reach\s+out|bother\s+(?:you|u)))|i\s*(?:wouldn'?t|wouldnt|won'?t|wont|would\s+never|'?d\s+never|will\s+never|'?ll\s+never)\s+(?:text|message|call|ring|write(?:\s+to\s+(?:you|u))?|contact\s+(?:you|u)|get\s+in\s+touch|reach\s+out|bother\s+(?:you|u)))(?:\s+(?:(?:you|u)(?!\s+(?:to|at)\b)|again|any\s?more|ever\s+again|so\s+much|all\s+the\s+time|every\s+day|at\s+night|for\s+good|for\s+a\s+while|this\s+time)){0,3}\s*,?\s+(?:but|yet|and\s+yet)\b(?!,?\s+(?:this\s+is\s+about|it'?s\s+about|the\s+(?:${KIDS}|boiler|rent|mail|post|${JOINT_BELONGINGS}|${LOGISTICS_PARTIES})|(?:our|your|ur)\s+(?:${KIDS}|mail|post|${JOINT_BELONGINGS}))(?![\p{L}]))`,
      span: 'sentence',
      questions: 'any',
      message:
        'You promised them no more contact, and this letter names the promise and breaks it. They will read the broken promise before anything else in it, and it tells them that your word on this cannot be relied on. Please keep the promise and do not send it; if one day they write to you, you can answer then.',
    },
    {
      id: 'keep-contacting',
      // "I'll keep writing every day until you answer", "I won't stop calling until you pick up".
      re: [
        // Fifteenth round (strengths15's after batch): contact kept up and the writer's refusal to stop, "I keep texting you
        // because you won't answer, and I won't stop."
        `{B}i\\s+(?:keep|'?ve\\s+been|have\\s+been|{IM}|'?m|am)\\s+(?:on\\s+)?${CONTACT}\\s+(?:you|u)\\b[^.!?\\n]{0,60}?\\bi\\s*(?:won'?t|wont|will\\s+not|'ll\\s+never|will\\s+never|'?m\\s+not\\s+(?:going\\s+to|gonna)|am\\s+not\\s+(?:going\\s+to|gonna))\\s+(?:stop|give\\s+up|quit)(?=\\s*(?:[.!,;…]|$))`,
        `{B}${I_WILL}\\s+(?:keep(?:\\s+on|\\s+to)?|continue(?:\\s+to)?|not\\s+stop|never\\s+stop|carry\\s+on)\\s+${CONTACT}\\b(?!\\s+(?:(?:to|in|on|at|for)\\s+)?(?:my|our|his|her|their|the\\s+(?:doctor|clinic|helpline|therapist|counsell?or))\\b)(?:[^.!?\\n]{0,40}?\\b${REPEATEDLY}|\\s+(?:to\\s+)?(?:you|u)\\b|\\s+(?:(?:at|to|on|outside|through)\\s+)?${YOUR_PLACE})`,
        `{B}(?:i(?:\\s+|(?=')))?(?:won'?t|wont|will\\s+not|will\\s+never|'ll\\s+never|am\\s+not\\s+going\\s+to|'?m\\s+not\\s+(?:going\\s+to|gonna)|'?m\\s+never|am\\s+never|refuse\\s+to)\\s+(?:stop|give\\s+up|quit|stopping|giving\\s+up|quitting)\\s+(?:${CONTACT}|trying\\s+to\\s+(?:win|get)\\s+(?:you|u)\\s+back|fighting\\s+for\\s+(?:you|u|us)(?=\\s*(?:[.!,;…]|$)))`,
        `{B}{IM}\\s+not\\s+(?:going\\s+to|gonna)\\s+(?:stop|give\\s+up|quit)\\s+(?:${CONTACT}|(?:trying|fighting)(?:\\s+for\\s+(?:you|u|us))?\\s+(?:until|till|til)\\s+(?:you|u)\\b)`,
        `{B}(?:(?:keep|keeping|continue(?:\\s+to)?|(?:won'?t|will\\s+not|not\\s+(?:going\\s+to|gonna)|never)\\s+(?:stop|give\\s+up))\\s+(?:${CONTACT}|trying|fighting)|(?:won'?t|will\\s+not|not\\s+(?:going\\s+to|gonna)|never)\\s+(?:give|giving)\\s+up(?:\\s+on\\s+(?:you|u|us))?|still\\s+(?:write|call|come|text))\\b[^.!?\\n]{0,60}?${REGARDLESS}`,
        `{B}${REGARDLESS}\\b[^.!?\\n]{0,40}?\\b(?:i'?ll|i\\s+will|ill|(?:i'?m|im|i\\s+am)\\s+(?:still\\s+)?(?:going\\s+to|gonna))\\s+(?:just\\s+|still\\s+|always\\s+)?(?:keep|still|continue|never\\s+stop|not\\s+stop|find|write|call|come|try\\s+again|be\\s+(?:back|here|there|waiting)|text|message|show\\s+up|turn\\s+up|follow|track\\s+(?:you|u)\\s+down|come\\s+after)`,
        // Defiance of their boundary: "You can change your locks, I'll still come by".
        "{B}(?:you|u)\\s+(?:can|could|may)\\s+(?:change|block|ignore|delete|unfriend|move|cut\\s+me\\s+off|lock|hide|run|screen)\\b[^.!?\\n]{0,30}?(?:i'?ll|i\\s+will|ill)\\s+(?:still|always|just)\\s+(?:come|write|call|find|turn\\s+up|show\\s+up|be\\s+(?:there|here|outside|around)|text|message|reach|get\\s+through|knock|try)(?![\\p{L}])",
        `{B}${I_WILL}\\s+(?:keep(?:\\s+on)?|continue)\\s+(?:trying|asking|fighting|pushing|coming|knocking|waiting\\s+outside)\\s+(?:until|till|til)\\s+(?:you|u)\\s+(?:say\\s+yes|agree|give\\s+in|change\\s+your\\s+mind|take\\s+me\\s+back|come\\s+back|answer|reply|respond|talk|see\\s+me|meet|open|let\\s+me)`,
        // "Every day I'm going to send you a song".
        `{B}(?:every\\s+(?:single\\s+)?(?:day|night|morning|evening|week|weekend|${WEEKDAYS})|each\\s+(?:day|night|morning|week)|from\\s+now\\s+on),?\\s+${I_WILL}\\s+(?:${CONTACT}|send\\s+(?:you|u)|(?:come|be)\\s+(?:round|over|by|there|outside))`,
        // Past, counted: "I've written to you every day this month".
        "{B}i(?:'ve|\\s+have)\\s+(?:been\\s+)?(?:written|writing|called|calling|texted|texting|messaged|messaging|rung|ringing|emailed|emailing|phoned|phoning)\\s+(?:to\\s+)?(?:you|u)\\s+(?:every\\s+(?:single\\s+)?(?:day|night|morning|week)|\\d+\\s+times|(?:dozens|hundreds|loads)\\s+of\\s+times|(?:twenty|thirty|forty|fifty|a\\s+hundred)\\s+times|daily)",
        '{B}(?:letter|message|text|email)\\s+(?:number|no\\.?|#)\\s*(?:\\d+|[a-z]+(?:teen|ty|ven|ve|ine|ight|ix|our|ree|wo))(?![\\p{L}])',
        `(?<=\\bif\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|never|still\\s+don'?t)\\s+(?:answer|reply|respond|pick\\s+up|call|write|text)[^.!?\\n]{0,20}?)${I_WILL}\\s+(?:keep\\s+(?:on\\s+)?trying|try\\s+again(?:\\s+and\\s+again)?)(?![\\p{L}])(?!\\s+to\\s+(?:be|get\\s+better|change|improve|grow|learn))`,
        `{B}(?:i(?:\\s+|(?=')))?(?:won'?t|wont|will\\s+not|will\\s+never|'ll\\s+never|am\\s+not\\s+going\\s+to|'?m\\s+not\\s+(?:going\\s+to|gonna)|refuse\\s+to)\\s+(?:stop|give\\s+up|quit|leave\\s+(?:you|u)\\s+alone)(?:\\s+(?:on\\s+(?:you|u|us)|trying|fighting(?:\\s+for\\s+(?:you|u|us))?))?\\s+(?:until|till|til|untill)\\s+(?:you|u|ya|we)\\b`,
        `{B}${I_WILL}\\s+(?:keep(?:\\s+on)?|continue\\s+to)\\s+(?:calling|ringing|phoning|texting|messaging|emailing|knocking|writing|sending\\s+(?:you\\s+)?(?:letters|messages|texts|flowers|cards|emails|gifts|presents)|leaving\\s+(?:you\\s+)?(?:notes|flowers|messages|letters|voicemails)|coming\\s+(?:back|round|over|by)|turning\\s+up|showing\\s+up|dropping\\s+by|reaching\\s+out|trying\\s+to\\s+(?:reach|contact|call|see)\\s+(?:you|u))(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|but|whether|even|no\\s+matter|anyway)\\b|\\s+(?:under|through|at|on|outside|in)\\s+(?:your|ur)\\b)|{B}${I_WILL}\\s+keep\\s+on\\s+at\\s+(?:you|u)(?![\\p{L}])|{B}${I_WILL}\\s+(?:keep(?:\\s+on)?|continue)\\s+trying\\s*,?\\s+(?:however|no\\s+matter\\s+how)\\s+long(?:\\s+it\\s+takes)?`,
        // Seventeenth lead review: contact kept up until they say stop, the burden put on them — "I'll keep sending the odd
        // message until you tell me to stop", "i'll keep texting unless u say not to" (not "I'll keep paying the rent").
        `{B}${I_WILL}\\s+(?:keep(?:\\s+on)?|carry\\s+on|continue(?:\\s+to)?|go\\s+on)\\s+(?:sending|send|writing|write|texting|text|messaging|message|calling|call|ringing|ring|emailing|email|dropping\\s+(?:you\\s+)?(?:a\\s+)?(?:line|note|message|text)|checking\\s+in|getting\\s+in\\s+touch|reaching\\s+out)(?![\\p{L}])[^.!?\\n]{0,40}?\\b(?:until|till|til|untill|unless)\\s+(?:you|u)\\s+(?:(?:actually|specifically|explicitly|properly)\\s+)?(?:tell|ask|say|want)\\s+(?:me\\s+)?(?:to\\s+stop|not\\s+to|otherwise|stop|no|i\\s+should\\s+stop)(?![\\p{L}])`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
    {
      id: 'contact-repeatedly',
      // "I'll text you every day", "I will write to you until you answer".
      re: [
        `{B}${I_WILL}\\s+${CONTACT}\\b(?!\\s+(?:my|our|his|her|their)\\b)(?:[^.!?\\n]{0,30}?[\\s,])?\\s*${REPEATEDLY}`,
        `{B}(?:expect|(?:you'?ll|you\\s+will|u'?ll)\\s+(?:still\\s+|always\\s+)?(?:get|receive|be\\s+getting))\\s+(?:a|more|another|my|lots\\s+of|plenty\\s+of)\\s+(?:letters?|messages?|calls?|texts?|emails?|visits?|flowers|cards?|postcards?|notes?|parcels?|presents?|gifts?)\\b[^.!?\\n]{0,30}?(?:\\s|^)${REPEATEDLY}`,
        // Contacting their family and friends to get round them.
        `{B}(?:${I_WILL}|i'?ve\\s+(?:already\\s+)?|i\\s+have\\s+(?:already\\s+)?)\\s*(?:call(?:ed)?|text(?:ed)?|messag(?:e|ed)|contact(?:ed)?|email(?:ed)?|r(?:i|a|u)ng|writ(?:e|ten)\\s+to|visit(?:ed)?|go\\s+(?:round\\s+)?to\\s+see|been\\s+(?:round\\s+)?to\\s+see)\\s+${THEIR_PEOPLE}(?![\\p{L}])(?!\\s+(?:to\\s+(?:say\\s+(?:sorry|hello|hi|happy)|wish|thank|apologi[sz]e|return|give\\s+back|check\\s+on\\s+(?:her|him|them))|for\\s+(?:her|his|their)\\s+birthday|happy\\s+birthday|back)\\b)(?![^.!?\\n]{0,60}?\\b(?:to\\s+wish\\s+(?:her|him|them)|happy\\s+birthday|for\\s+(?:her|his|their)\\s+birthday|(?:her|his|their)\\s+(?:hip|operation|op|surgery|funeral|condolences))\\b)`,
        `{B}(?:${I_WILL}|i'?ve|i\\s+have)\\s+(?:already\\s+)?(?:ask(?:ed)?|keep\\s+asking|asking)\\s+(?:all\\s+|every\\s+one\\s+of\\s+)?(?:${THEIR_PEOPLE}|our\\s+(?:friends|mates)|every(?:one|body)(?:\\s+we\\s+know)?|people\\s+we\\s+know|all\\s+(?:your|ur)\\s+friends)\\s+(?:about\\s+(?:you|u)|where\\s+(?:you|u)|for\\s+(?:your|ur))`,
        "{B}(?:expect|(?:you'?ll|you\\s+will|u'?ll)\\s+(?:get|receive|be\\s+getting))\\s+(?:(?:a\\s+lot|lots|plenty|many)\\s+)?(?:more|many\\s+more)\\s+(?:letters|messages|calls|texts|emails|visits)(?:\\s+from\\s+me)?(?![\\p{L}])",
        `{B}${I_WILL}\\s+(?:follow|find)\\s+(?:you|u)\\s+(?:home|to\\s+(?:your|ur|work|\\p{L}+(?=\\s+(?:if|and|whether|when)\\b))|everywhere|wherever\\s+(?:you|u)\\s+go|wherever\\s+(?:you|u)\\s+(?:are|move|hide)|no\\s+matter\\s+where)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:(?:drive|walk|cycle|go|come)\\s+(?:past|by)\\s+${YOUR_PLACE}|be\\s+(?:watching|looking)\\s+(?:out\\s+)?for\\s+(?:you|u)\\s+(?:at|outside|in|on|every))`,
        // Messages through their people: "I've asked your brother to pass on a message every time he sees you".
        `{B}(?:${I_WILL}|i'?ve|i\\s+have|i)\\s+(?:already\\s+)?(?:ask(?:ed)?|get|got|beg(?:ged)?|keep\\s+asking|asking|getting)\\s+${THEIR_PEOPLE}\\s+to\\s+(?:pass\\s+(?:on\\s+)?|give\\s+(?:you|u)\\s+|hand\\s+(?:you|u)\\s+|deliver|bring\\s+(?:you|u)\\s+|tell\\s+(?:you|u)\\s+|remind\\s+(?:you|u))[^.!?\\n]{0,40}?\\b${REPEATEDLY}`,
        // "I'll find a way to reach you", "I'll come and find you", "I'll still find you".
        `{B}${I_WILL}\\s+find\\s+(?:a|some|another|my)\\s+way\\s+to\\s+(?:reach|contact|get\\s+(?:through\\s+)?to|get\\s+hold\\s+of|find)\\s+(?:you|u)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:still\\s+|always\\s+)?(?:come\\s+and\\s+|come\\s+to\\s+|go\\s+and\\s+)?find\\s+(?:you|u)(?=\\s*(?:[.!,;…]|$)|\\s+(?:wherever|anyway|again|whether|no\\s+matter|one\\s+way\\s+or|somehow|eventually)\\b)`,
        '{B}(?:found|got|tracked\\s+down|looked\\s+up|dug\\s+up|managed\\s+to\\s+get)\\s+(?:your|ur)\\s+new\\s+(?:address|number|email|work\\s+address|phone\\s+number|mobile|phone|insta|account|profile|flat|place)',
        `{B}${I_WILL}\\s+(?:find\\s+out|track\\s+down|figure\\s+out|look\\s+up)\\s+where\\s+(?:you|u)\\s+(?:live|are|work|moved|'?ve\\s+(?:gone|moved)|have\\s+(?:gone|moved)|went|stay|are\\s+staying)`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
    {
      id: 'turn-up',
      // "I'll wait outside your work", "I'll show up at your door", "I'll come to your house tonight".
      re: [
        `{B}${I_WILL}\\s+(?:(?:be\\s+)?(?:wait(?:ing)?|stand(?:ing)?|sit(?:ting)?|camp(?:ing)?|hang(?:ing)?\\s+(?:around|about|round))(?:\\s+for\\s+(?:you|u))?\\s+(?:outside|in\\s+front\\s+of|at|by|on|near)\\s+${YOUR_PLACE}|(?:show|turn)\\s+up\\s+(?:at|to|on|outside)\\s+${YOUR_PLACE}|(?:come|go|drive|head)\\s+(?:(?:over|round|around|down|straight)\\s+)?(?:to|by)\\s+${YOUR_PLACE}(?=[^.!?\\n]{0,40}?\\b(?:until|till|til|every|again|tonight|tomorrow|tmrw|tmr|tmoz|tomoz|2moro|2morrow|this\\s+(?:week|weekend|evening)|on\\s+\\p{L}+day|whether|if\\s+(?:you|u)\\s+(?:don'?t|dont|won'?t|wont|do\\s+not|ignore|keep|still))\\b)|(?:be|b)\\s+(?:outside|at)\\s+${YOUR_PLACE}\\s+(?:every|until|till|tonight|tomorrow|tmrw|at\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|lunch|lunchtime|closing)|on\\s+\\p{L}+day|this\\s+\\p{L}+|next\\s+\\p{L}+|after\\s+(?:work|school|class|your\\s+shift))(?![^.!?\\n]{0,25}?\\b(?:to\\s+(?:pick\\s+up|drop\\s+off|collect|drop)|as\\s+(?:we\\s+)?agreed)\\b)|(?:be|wait)\\s+(?:there|outside|waiting)\\s+(?:for\\s+(?:you|u)\\s+)?when\\s+(?:you|u)\\s+(?:finish|leave|get\\s+out\\s+of|come\\s+out\\s+of|get\\s+home\\s+from|get\\s+off|clock\\s+out)|(?:com(?:e|ing)|pop(?:ping)?|swing(?:ing)?|drop(?:ping)?|call(?:ing)?)\\s+(?:round|over|by|around)(?!\\s+to\\s+(?:pick|drop|collect|return|give|get\\s+my))[^.!?\\n]{0,15}?\\b(?:tonight|tomorrow|after\\s+(?:work|school|your\\s+shift)|this\\s+(?:weekend|evening)|on\\s+\\p{L}+day|at\\s+\\d))`,
        // "If you won't answer, I'll come to your office in person", "If I haven't heard from you by the 20th, I'll drive down to your mum's".
        `{B}if\\s+(?:(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|will\\s+not|still\\s+(?:don'?t|won'?t)|never|keep\\s+ignoring|ignore|can'?t|refuse\\s+to)|i\\s+(?:haven'?t|have\\s+not|havent|don'?t|do\\s+not|dont|still\\s+haven'?t)\\s+(?:heard|hear|had|got|get))\\b[^.!?\\n]{0,50}?${I_WILL}\\s+(?:(?:have\\s+to|just)\\s+)?(?:come|go|drive|head|walk|turn\\s+up|show\\s+up|be|pop|call|fly|get\\s+the\\s+(?:train|bus))(?:\\s+(?:round|over|down|up|straight|back|outside|by|across))?\\s+(?:to\\s+|at\\s+|by\\s+|outside\\s+)?${YOUR_PLACE}`,
        // "I'll wait for you outside the school gates", "I'll be at the gym when you train".
        `{B}${I_WILL}\\s+(?:be\\s+)?(?:wait(?:ing)?|stand(?:ing)?|sit(?:ting)?|be)\\s+(?:there\\s+)?for\\s+(?:you|u)\\s+(?:outside|at|by|in\\s+front\\s+of|near)\\s+(?:the|your|ur)\\s+\\p{L}+|{B}${I_WILL}\\s+be\\s+(?:(?:waiting|standing|sitting)\\s+)?(?:at|outside|by|in)\\s+(?:the|your|ur)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+when\\s+(?:you|u)\\s+(?:train|finish|leave|arrive|land|get\\s+back|come\\s+home|get\\s+(?:in|out|off|there|home)|come\\s+(?:in|out)|clock\\s+(?:in|out)|walk|go\\s+(?:in|out)|start)\\b`,
        `{B}${I_WILL}\\s+be\\s+(?:at|outside)\\s+(?:every|each|all)\\s+(?:single\\s+)?(?:one\\s+of\\s+|of\\s+)?(?:your|ur)\\s+\\p{L}+|{B}${I_WILL}\\s+(?:come|go|turn\\s+up|show\\s+up)\\s+(?:to|at)\\s+(?:the|your|ur)\\s+\\p{L}+\\b[^.!?\\n]{0,30}?\\band\\s+wait\\s+(?:for\\s+(?:you|u)|until\\s+(?:you|u)|outside|there)|{B}${I_WILL}\\s+(?:come|go|drive|turn\\s+up|show\\s+up|pop)\\s+(?:round\\s+|over\\s+|by\\s+)?(?:to\\s+|at\\s+)?(?:your|ur)\\s+new\\s+(?:flat|place|house|home|apartment|address|job|work|office)`,
        `{B}(?:don'?t|do\\s+not|dont)\\s+be\\s+(?:alarmed|shocked|scared|worried|startled|freaked\\s+out)\\s+(?:if|when)\\s+(?:you|u)\\s+(?:see|spot|notice)\\s+(?:me|my\\s+(?:car|face|bike|van))\\b|{B}(?:don'?t|do\\s+not|dont)\\s+be\\s+surprised\\s+(?:if|when)\\s+(?:i|you\\s+see\\s+me)\\b|{B}i\\s+(?:might|may|could)\\s+(?:just\\s+)?(?:show|turn)\\s+up\\s+(?:at|to|on|outside)\\s+${YOUR_PLACE}`,
        `{B}i(?:'ve|\\s+have)?\\s+(?:already\\s+)?(?:went|gone|been(?:\\s+(?:sitting|standing|waiting|parked|parking|hanging\\s+around))?|came|come|drove|driven|walked|stopped|dropped|popped|swung|nipped|turned\\s+up|showed\\s+up|waited|stood|sat)\\s+(?:round|over|by|past|outside|back)\\s+(?:to\\s+|at\\s+)?${YOUR_PLACE}(?![^.!?\\n]{0,30}?\\b(?:to\\s+(?:return|give\\s+back|drop\\s+off|pick\\s+up|collect|feed\\s+the|walk\\s+the)|(?:she|he|they)\\s+says?\\s+hi)\\b)`,
        // Twenty-first round (the lead's review): nights spent in the car at their door ("I've been sleeping in my car
        // outside your building most nights").
        // Twenty-second round (harm22): not leaving their door until they talk, or waiting in the car outside until they
        // come down ("I'm not leaving your doorstep until you talk to me").
        String.raw`{B}(?:(?:i'?m|im|i\s+am)\s+not\s+(?:leaving|moving\s+from|going\s+(?:anywhere|away)\s+from)|i\s+(?:won'?t|wont|will\s+not)\s+(?:leave|move\s+from))\s+(?:your|ur)\s+(?:front\s+)?(?:doorstep|door|step|steps|gate|porch|house|flat|street|road|building|work|office)\s+(?:until|till|til)\s+(?:you|u)\b|{B}${I_WILL}\s+(?:sit|wait|stay|park|sleep)\s+in\s+(?:my|the)\s+(?:car|van)\s+(?:right\s+)?(?:outside|by|near|across\s+from|opposite)\s+${YOUR_PLACE}(?=[^.!?\n]{0,40}?\b(?:(?:until|till|til)\s+(?:you|u)|every|all\s+night|however\s+long|if\s+i\s+have\s+to)\b)`,
        // Twenty-second round (harm22): nights on their doorstep until they open ("I'll sleep on your doorstep until you
        // let me in"); not a stay arranged ("I'll sleep at yours on Friday if that's ok").
        String.raw`{B}${I_WILL}\s+(?:sleep|kip|camp(?:\s+out)?|sit|lie)\s+(?:on|outside|in\s+front\s+of|at)\s+(?:your|ur)\s+(?:front\s+)?(?:doorstep|door|step|steps|gate|porch)\b(?=[^.!?\n]{0,40}?\b(?:(?:until|till|til)\s+(?:you|u)|every|all\s+night|however\s+long|if\s+i\s+have\s+to|whether)\b)`,
        `{B}i(?:'ve|\\s+have)?\\s+(?:been\\s+)?(?:sleeping|slept|living|lived|staying|stayed|spending\\s+(?:the\\s+)?nights?|spent\\s+(?:the\\s+)?nights?)\\s+in\\s+(?:my|the)\\s+(?:car|van)\\s+(?:right\\s+)?(?:outside|by|near|across\\s+from|opposite|round\\s+the\\s+corner\\s+from|down\\s+the\\s+road\\s+from)\\s+${YOUR_PLACE}`,
      ].join('|'),
      suggest: ['If you ever want to talk, I am here.'],
    },
    {
      id: 'round-their-block',
      // Twentieth round (the lead's review): the letter itself sent round their block, through their family, a friend, a
      // new number or an account made for it (taken out of get-round-block, whose rewrite, "This is the only letter I will
      // send.", made no sense for the letter that is the contact). As for their "no" (asked-no-contact): no rewrite, only
      // the advice not to send it this way.
      re: [
        `{B}(?:you|u)(?:'ve|\\s+have)?\\s+blocked\\s+(?:me|my\\s+(?:other\\s+|old\\s+|first\\s+|usual\\s+|own\\s+)?(?:number|account|email|calls|texts|messages|profile|insta|phone))\\b[^.!?\\n]{0,60}?\\b(?:(?:using|borrow(?:ed|ing)?|on|from|off|texting\\s+(?:from|on)|writing\\s+(?:from|on))\\s+(?:my|a|another)\\s+(?:\\p{L}+'?s|friend'?s|mate'?s)\\s+(?:phone|number|account|profile|email|insta|instagram|facebook|snap|whatsapp)|(?:your|ur)\\s+(?:sister|brother|${MUM_OR_DAD}|friends?|family|parents|cousin|aunt|auntie|uncle|nan|gran|grandma|grandparents|neighbours?|neighbors?|mates|colleagues?|flatmate|roommate|work|office)|through\\s+(?:your|ur|a|another)|via\\s+|(?:a|another)\\s+(?:new|different|friend'?s)\\s+(?:number|account|phone|profile))`,
        // A new number or someone else's account to get past their silence: "I got a new number so you'd pick up",
        // "I'm writing from my cousin's account because you blocked mine".
        "{B}(?:i'?ve|i\\s+have|i|i'?m|im|i\\s+am)\\s+(?:(?:just|already|had\\s+to|even)\\s+)?(?:got|gotten|made|set\\s+up|created|opened|bought|borrowed|using|writing\\s+(?:from|on|through|via)|messaging\\s+(?:from|on|through)|texting\\s+(?:from|on)|sending\\s+this\\s+(?:from|through|via))\\s+(?:a\\s+|an\\s+)?(?:new|another|different|second|fake|burner|spare|(?:my|a)\\s+(?:\\p{L}+'s|friend'?s))\\s+(?:number|account|profile|phone|sim|email(?:\\s+address)?|insta|instagram|facebook|snap|snapchat|whatsapp|tiktok)\\b[^.!?\\n]{0,40}?\\b(?:so\\s+(?:that\\s+)?(?:you|u)(?:'d|\\s+would|\\s+might|'ll|\\s+will|\\s+can)\\s+(?:(?:actually|finally|at\\s+least)\\s+)?(?:pick\\s+up|answer|reply|read|see|open|get|not\\s+(?:know|recogni[sz]e))|(?:since|because|after|as|coz|cos|cause|cuz|now\\s+that)\\s+(?:you|u)(?:'ve|\\s+have)?\\s+(?:blocked|muted|deleted|unfriended|unfollowed|ignored|stopped\\s+answering|won'?t\\s+answer|don'?t\\s+answer|never\\s+answer)|to\\s+get\\s+(?:round|around|past|through)|so\\s+(?:that\\s+)?(?:my\\s+(?:messages|emails|texts|letters|calls)|it|this|they)\\s+(?:wouldn'?t|won'?t|don'?t|doesn'?t|would\\s+not|will\\s+not)\\s+(?:go\\s+to|get\\s+(?:blocked|filtered|caught)|end\\s+up\\s+in|be\\s+blocked)|so\\s+(?:that\\s+)?(?:my\\s+\\p{L}+|it|this|they)\\s+(?:would|will|'d|'ll)\\s+(?:get|go)\\s+through)",
        // Eleventh round (danger11's probe): messages passed through a friend after a block ("Since you blocked me on
        // everything I've been asking Jess to pass my messages on"; not "you blocked the drain…"), a new number got from
        // someone else ("You changed your number but Dan gave me the new one"), a go-between who stopped and another way
        // taken ("ur sister wont pass anything on anymore so im sending this to ur work").
        String.raw`(?<=\bblock(?:ed|ing)?\s+(?:me|my\s+\p{L}+)\b[^.!?\n]{0,60})(?:i'?ve\s+been\s+|i\s+have\s+been\s+|i'?ve\s+|i\s+have\s+|i'?m\s+|im\s+|i\s+am\s+|i\s+)?(?:asked|asking|got|getting|begged|begging|had)\s+(?:(?:your|ur|our|a|my)\s+)?\p{L}+\s+to\s+(?:pass|give|forward|hand|send|bring|deliver|slip)\s+(?:on\s+)?(?:this|it|them|my\s+(?:letters?|messages?|notes?|texts?)|the\s+(?:letters?|messages?|notes?)|messages|letters|notes)(?![\p{L}])`,
        String.raw`{B}(?:changed|change)\s+(?:your|ur)\s+(?:number|address|email|account)\b[^.!?\n]{0,20}?\b(?:but|and)\s+[\p{L}']+(?:\s+[\p{L}']+)?\s+(?:gave|sent|passed|texted|told|found|got)\s+(?:me|it\s+to\s+me)\s+(?:the\s+new\s+one|it|(?:your|ur)\s+new\s+(?:one|number|address|email))(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:won'?t|will\s+not|never|not\s+going\s+to)\s+use\b)`,
        String.raw`{B}(?:won'?t|wont|will\s+not|refuses?\s+to|stopped|isn'?t|is\s+not)\s+(?:pass(?:ing)?|giv(?:e|ing)|hand(?:ing)?|forward(?:ing)?)\s+(?:anything|my\s+\p{L}+|this|them|it|messages|letters)\s+on\b[^.!?\n]{0,40}?\b(?:so|and)\s+(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will|i'?ve|i)\s+(?:sending|send|sent|writing|posting|bringing|dropping|taking|going)\b[^.!?\n]{0,20}?\bto\s+(?:your|ur)\s+(?:work|office|job|house|flat|place|door|parents'?|mum'?s|mom'?s|new\s+\p{L}+)(?![\p{L}])`,
      ].join('|'),
      message:
        'They blocked you, or the people around them stopped passing your messages on: that is their answer. A letter sent another way, through their family, a friend or a new number, is the contact they shut out, and it will frighten more than move them. Please do not send it this way. If it needs saying, write it for yourself, or say it to someone you trust.',
    },
    {
      id: 'get-round-block',
      // "You can't ignore me forever", "blocking me won't stop me", "I'll make a new account".
      re: [
        "{B}(?:you|u)\\s+(?:can'?t|cannot|cant|can\\s+not|won'?t\\s+be\\s+able\\s+to)\\s+(?:ignore|avoid|block|escape|hide\\s+from|run\\s+from|get\\s+rid\\s+of)\\s+me\\s+(?:forever|4ever|4eva|for\\s+(?:ever|long)|much\\s+longer|any\\s*more|that\\s+easily|like\\s+that)",
        // Eleventh round: "You'll never be rid of me" (not "as a friend", not a joke).
        String.raw`{B}(?:you|u)(?:'ll|\s+will|ll)\s+never\s+be\s+(?:rid|free)\s+of\s+me(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:as\s+a\s+friend|ha|haha|lol|friendship|mate)\b)`,
        "{B}(?:don'?t|dont|do\\s+not)\\s+(?:think|imagine|believe)\\s+(?:that\\s+)?(?:blocking|ignoring|avoiding|changing\\s+your\\s+number|moving|(?:a|the|one|your|ur)\\s+(?:little\\s+)?block)\\s+(?:me\\s+)?(?:will|is\\s+going\\s+to|can|could|'?s\\s+going\\s+to|is\\s+gonna|'?s\\s+gonna)\\s+(?:stop|keep\\s+me|get\\s+rid\\s+of)\\b",
        `{B}${I_WILL}\\s+(?:message|text|email|write\\s+to|call|dm|contact|reach|find|send\\s+(?:you|u))\\b[^.!?\\n]{0,40}?\\b(?:since|because|as|now\\s+that|cause|cuz|seeing\\s+as)\\s+(?:you|u)(?:'ve|\\s+have)?\\s+(?:blocked|unfollowed|muted|deleted)\\s+(?:me|my)\\b`,
        `{B}${I_WILL}\\s+follow\\s+(?:you|u)\\s+(?:on|across|to)\\s+(?:every|each|all|any|whatever)\\s+(?:new\\s+)?(?:account|profile|platform|app|site)`,
        "{B}(?:(?:blocking|ignoring|avoiding)\\s+me|(?:a|the|your|ur)\\s+block)\\s+(?:won'?t|wont|will\\s+not|doesn'?t|does\\s+not|isn'?t\\s+going\\s+to|is\\s+not\\s+going\\s+to)\\s+(?:stop|work|change\\s+anything|keep\\s+me)",
        `{B}${I_WILL}\\s+(?:make|create|get|use|find|open|borrow)\\s+(?:a\\s+|another\\s+|other\\s+|some\\s+)?(?:new|another|different|fake|second|other|friend'?s)\\s+(?:number|account|profile|phone|email|e-mail|insta|instagram|snap|way\\s+to\\s+(?:reach|contact|talk\\s+to|get\\s+to|see)\\s+(?:you|u))`,
        `{B}${I_WILL}\\s+(?:get|find)\\s+(?:your|ur)\\s+(?:new\\s+)?(?:number|address|email)\\b`,
        "{B}(?:you'?ll|you\\s+will|u'?ll|youll)\\s+(?:be\\s+)?(?:hear(?:ing)?|get(?:ting)?)\\s+(?:from\\s+me|more\\s+(?:letters|messages|texts))\\s+(?:again\\s+)?(?:every|again\\s+and|a\\s+lot|until|till|whether|daily|soon\\s+and\\s+often)",
        "{B}(?:you'?ll|you\\s+will|u'?ll|youll)\\s+be\\s+hearing\\s+from\\s+me(?=\\s*(?:[.!]|$)|\\s+(?:again|a\\s+lot|every))",
        '{B}(?:this\\s+is\\s+)?(?:the\\s+)?first\\s+of\\s+(?:many|a\\s+lot\\s+of|lots\\s+of|several)\\s+(?:letters|messages|texts|emails|calls|visits)',
        "{B}(?:block|ignore|delete|unfriend)\\s+me\\s+(?:all\\s+(?:you|u)\\s+(?:want|like)|as\\s+much\\s+as\\s+(?:you|u)\\s+(?:want|like)|if\\s+(?:you|u)\\s+(?:want|like)),?\\s+(?:i'?ll|i\\s+will|ill)\\b",
        `{B}${I_WILL}\\s+(?:ask|keep\\s+asking|dig)\\s+around\\b[^.!?\\n]{0,30}?\\bwhere\\s+(?:you|u)\\b`,
        '{B}whether\\s+(?:you|u)\\s+(?:want|like)\\s+(?:it|me\\s+to|to\\s+(?:see|hear\\s+from)\\s+me)?\\s*or\\s+not',
        "{B}(?:this|that)\\s+(?:won'?t|wont|will\\s+not|isn'?t|is\\s+not)\\s+(?:be\\s+)?the\\s+last\\s+(?:you(?:'ll|\\s+will)?\\s+(?:hear|see)|(?:you'?ve|you\\s+have)\\s+(?:heard|seen))\\s+(?:from|of)\\s+me",
        "{B}(?:made|created|got|opened|set\\s+up|using|use)\\s+(?:a\\s+|another\\s+)?(?:new|fake|second|different|other|friend'?s)\\s+(?:number|account|profile|phone|email|insta|snap)\\b[^.!?\\n]{0,30}?\\b(?:since|because|after|as|cause|cuz|so|when)\\s+(?:you|u)(?:'ve|\\s+have)?\\s+(?:blocked|unfollowed|muted|deleted)\\s+me",
        "{B}this\\s+(?:won'?t|will\\s+not|isn'?t|is\\s+not)\\s+(?:be\\s+)?(?:my|the)\\s+last\\s+(?:letter|message|text|email|time\\s+(?:i\\s+write|you\\s+hear\\s+from\\s+me))",
        // Messages passed through others past a block: "I asked Sam to pass this on since you've blocked me everywhere",
        // "I've asked our friends to keep mentioning me to you", "I messaged your flatmate to check you'd read my texts".
        "{B}(?:i'?ve\\s+|i\\s+have\\s+|i\\s+)?(?:asked|got|begged|had|getting|asking)\\s+(?:(?:your|ur|our|a|my)\\s+)?\\p{L}+(?:\\s+\\p{L}+)?\\s+to\\s+(?:pass|give|forward|hand|send|bring|deliver|slip)\\s+(?:this|it|my\\s+(?:letter|message|note)|the\\s+letter|a\\s+message|this\\s+letter)(?:\\s+(?:on|over|along))?(?:\\s+to\\s+(?:you|u))?\\b[^.!?\\n]{0,40}?\\b(?:block(?:ed|ing)?|(?:won'?t|wont|don'?t|dont|didn'?t|never)\\s+(?:answer|reply|read|pick\\s+up|open)|(?:(?:you|u)'?re\\s+not|(?:you|u)\\s+are\\s+not|(?:you|u)\\s+aren'?t|(?:you|u)(?:'ve|\\s+have)?\\s+stopped)\\s+(?:answering|replying|reading|picking\\s+up|opening)|ignor(?:e|ed|ing))(?![\\p{L}])",
        "{B}(?:i'?ve|i\\s+have|i'?ll|i\\s+will|i)\\s+(?:already\\s+)?(?:asked|ask|got|get|begged)\\s+(?:our|your|ur|mutual|all\\s+(?:our|your|ur))\\s+(?:friends|mates|family|people|sister|brother|mum|mom|parents|cousins?)\\s+to\\s+(?:keep\\s+)?(?:mention(?:ing)?\\s+me|remind(?:ing)?\\s+(?:you|u)\\s+(?:of|about)\\s+me|talk(?:ing)?\\s+to\\s+(?:you|u)\\s+about\\s+me|tell(?:ing)?\\s+(?:you|u)\\s+to\\s+(?:call|ring|text|write\\s+to|message|answer|unblock)\\s+me|pass(?:ing)?\\s+on\\s+(?:my|messages))",
        `{B}i\\s+(?:(?:already|even|also)\\s+)?(?:called|texted|messaged|contacted|emailed|rang|wrote\\s+to|dm'?d|asked)\\s+${THEIR_PEOPLE}\\s+(?:to\\s+(?:check|see|find\\s+out)\\s+(?:(?:if|whether|why|where|when|that)\\s+)?(?:you|u)(?:'d|'ve|\\s+had|\\s+have|\\s+were|'re|\\s+are)?\\s+(?:read|got|seen|opened|received|blocked|home|moved|living|ignoring)|where\\s+(?:you|u)\\s+(?:live|are\\s+living|'re\\s+living|moved|went|work|are\\s+staying))`,
        // Trying again and again, never giving up on them however long it takes; a doorstep the minute they land.
        `{B}${I_WILL}\\s+(?:keep\\s+)?try(?:ing)?\\s+(?:again\\s+)?(?:and\\s+again|over\\s+and\\s+over|as\\s+many\\s+times\\s+as|however\\s+many\\s+times|every\\s+(?:day|week|month))(?![\\p{L}])(?![^.!?\\n]{0,20}?\\b(?:to|at)\\s+(?!(?:reach|contact|call|see|talk|get\\s+through)\\b))`,
        "{B}(?:i\\s+)?(?:won'?t|wont|will\\s+not|'ll\\s+never|will\\s+never|am\\s+not\\s+(?:going\\s+to|gonna)|'?m\\s+not\\s+(?:going\\s+to|gonna)|'?m\\s+never|refuse\\s+to|never)\\s+(?:give|giving)\\s+up\\s+on\\s+(?:you|u|us|this|what\\s+we\\s+(?:had|have))\\b[^.!?\\n]{0,20}?(?:however\\s+long|no\\s+matter\\s+how\\s+long|as\\s+long\\s+as\\s+it\\s+takes|whatever\\s+it\\s+takes|however\\s+many\\s+(?:times|years)|no\\s+matter\\s+what)",
        `{B}${I_WILL}\\s+(?:be|b)\\s+(?:on|at)\\s+(?:your|ur)\\s+(?:front\\s+)?(?:doorstep|door|step|gate)\\s+(?:the\\s+(?:minute|moment|second|day)|as\\s+soon\\s+as|first\\s+thing|tonight|tomorrow|tmrw|when\\s+(?:you|u|i)|at\\s+\\d|on\\s+\\p{L}+day|this\\s+(?:weekend|evening|week)|every)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:try|use)\\s+every\\s+(?:way|means|avenue|channel|number|trick|method)\\s+(?:(?:i\\s+(?:can|know|have)|there\\s+is)\\s+)?(?:to\\s+)?(?:reach|contact|get\\s+(?:through\\s+)?to|get\\s+hold\\s+of|find|see)\\s+(?:you|u)(?![\\p{L}])`,
        `{B}i\\s+(?:keep|still|often)\\s+(?:driving|walking|going|cycling)\\s+(?:past|by)\\s+${YOUR_PLACE}`,
        "{B}(?:you'?re|ur|you\\s+are|u\\s+r)\\s+(?:gonna|going\\s+to)\\s+(?:keep\\s+)?(?:hear(?:ing)?|be\\s+hearing)\\s+from\\s+me(?=\\s*(?:[.!]|$)|\\s+(?:again|a\\s+lot|every|until|till|whether))|{B}(?:you'?ll|you\\s+will|u'?ll)\\s+(?:be\\s+)?see(?:ing)?\\s+(?:a\\s+lot\\s+(?:more\\s+)?of\\s+)?me\\s+(?:at|outside|around)\\s+(?:your|ur)\\s+(?:house|home|place|door|doorstep|flat|work|office|gym|school|uni|shop|job|building|street|window|car)(?![\\p{L}])",
        // "If you don't reply to this I'll try your work email."
        `(?<=\\bif\\s+(?:you|u)\\s+(?:don'?t|dont|do\\s+not|won'?t|wont|never|still\\s+don'?t|can'?t)\\s+[^.!?\\n]{0,30}?)${I_WILL}\\s+(?:try|use|email|ring|call|message|text|write\\s+to|contact)\\s+(?:(?:you|u)\\s+(?:on|at|through)\\s+)?(?:your|ur)\\s+(?:work|office|other|new|personal|private|home|mum'?s|parents'?|sister'?s|brother'?s)\\s*(?:email|number|phone|line|address|landline|account|mobile)?(?![\\p{L}])`,
        // Twelfth round (danger12's probe and letters): their "no", or a solicitor's, waved off ("Your solicitor can send all
        // the letters she wants, I'm still going to write to you", "u can block me all u want but ill find a way to talk to
        // u"; not "…, I'll still be here for you"); the same letter sent to a second address so it cannot be missed ("I'll
        // send this to your work email too in case you delete the other one").
        String.raw`{B}(?:can|could|may)\s+(?:send|write|say|tell\s+me|block\s+me|ignore\s+me|threaten|do)\s+(?:all\s+(?:the\s+\p{L}+\s+)?|whatever\s+|what\s+|as\s+(?:much|many\s+\p{L}+)\s+as\s+)?(?:(?:you|u|she|he|they|it)\s+(?:wants?|likes?|pleases?))\b[^.!?\n]{0,10}?,?\s*(?:but\s+|and\s+)?(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:still\s+|just\s+)?(?:going\s+to\s+|gonna\s+)?(?:keep\s+)?(?:writ(?:e|ing)|call(?:ing)?|ring(?:ing)?|text(?:ing)?|messag(?:e|ing)|email(?:ing)?|com(?:e|ing)\s+(?:round|over|to)|contact(?:ing)?|turn(?:ing)?\s+up|show(?:ing)?\s+up|find\s+(?:a|another)\s+way|make\s+(?:a\s+)?new)(?![\p{L}])`,
        `{B}${I_WILL}\\s+(?:also\\s+)?(?:send|post|email|e-mail|forward|copy)\\s+(?:this|it|a\\s+copy(?:\\s+of\\s+(?:this|it))?|the\\s+same\\s+(?:letter|message|email))\\s+(?:to|at)\\s+(?:your|ur)\\s+(?:work|office|parents'?|mum'?s|mom'?s|dad'?s|sister'?s|brother'?s|new|other|old|personal)\\s*(?:email|e-mail|address|house|flat|place|account|inbox)?\\s*,?\\s*(?:too\\s+|as\\s+well\\s+|also\\s+)?,?\\s*(?:(?:just\\s+)?in\\s+case\\s+(?:you|u)(?:'ve|\\s+have)?\\s+(?:delete|deleted|bin|binned|ignore|ignored|block|blocked|don'?t|dont|won'?t|wont|didn'?t|never|haven'?t|throw|threw|tear|tore|skip)|so\\s+(?:that\\s+)?(?:you|u)\\s+(?:can'?t|cannot|definitely|actually|have\\s+to))\\b`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
    {
      id: 'around-them',
      // Contact kept up another way: a new account after a block, their address found, a room across the
      // road, letters left with a neighbour, a car park after their shift. (Writing though they said no is
      // asked-no-contact's.)
      re: [
        "{B}(?:made|created|got|opened|set\\s+up|using|use|started)\\s+(?:a\\s+|another\\s+)?(?:new|fake|second|different|other|friend'?s|burner)\\s+(?:number|account|profile|phone|email|insta|instagram|snap|facebook|page)\\b[^.!?\\n]{0,40}?\\bblock(?:ed|ing)?(?![\\p{L}])",
        '{B}(?:got|found|looked\\s+up|tracked\\s+down|dug\\s+up|managed\\s+to\\s+(?:get|find))\\s+(?:your|ur|his|her)\\s+(?:new\\s+)?(?:work\\s+|home\\s+|office\\s+)?(?:address|number|email|phone\\s+number)\\s+(?:off|from|on|through|via|online)\\b[^.!?\\n]{0,30}?\\b(?:and|so)\\s+(?:i\\s+)?(?:sent|wrote|came|went|turned\\s+up|showed\\s+up|called|rang|posted|dropped|texted|messaged|emailed)(?![\\p{L}])',
        `{B}(?:booked|rented|got|found|taken|took|taking|booking|renting)\\s+(?:a\\s+)?(?:room|flat|place|house|airbnb|apartment|table)\\s+(?:at\\s+(?:the|a)\\s+\\p{L}+\\s+)?(?:near|next\\s+(?:door\\s+)?to|opposite|across\\s+(?:the\\s+(?:road|street)\\s+)?from|round\\s+the\\s+corner\\s+from|on\\s+the\\s+same\\s+street\\s+as|down\\s+the\\s+(?:road|street)\\s+from)\\s+${YOUR_PLACE}`,
        `{B}(?<!\\b(?:you|u|he|she|they|we)\\s+)(?:leaving|left|leave|sending|giving|passing|handing|dropping)\\s+(?:the\\s+|my\\s+|these\\s+|those\\s+)?(?:letters|notes|messages|flowers|cards|presents|gifts|them|these)\\s+(?:with|to|through|via)\\s+(?:${THEIR_PEOPLE}|\\p{L}+\\s+at\\s+(?:your\\s+|ur\\s+)?(?:work|the\\s+office|school|the\\s+gym))(?![\\p{L}])(?!\\s+(?:to\\s+(?:say|wish|thank)|for\\s+(?:her|his|their)\\s+birthday)\\b)`,
        `{B}${I_WILL}\\s+(?:be\\s+)?(?:wait(?:ing)?|sit(?:ting)?|stand(?:ing)?|be|park(?:ed)?)\\s+(?:in|at|outside|by|near)\\s+(?:the|your|ur)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:after|before|when|until|till)\\s+(?:your|ur)\\s+(?:\\p{L}+\\s+)?(?:shift|class|classes|work|lesson|training|practice|meeting|lecture|session|yoga|course)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:wait|be\\s+waiting|be|sit|stand|stay)\\s+(?:in|at|outside|by|near)\\s+(?:the|your|ur)\\b[^.!?\\n]{0,50}?\\b(?:however|no\\s+matter\\s+how)\\s+long(?:\\s+it\\s+takes)?`,
        `{B}${I_WILL}\\s+be\\s+(?:(?:waiting|standing|sitting)\\s+)?(?:at|outside|by|in)\\s+(?:the|your|ur)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\b[^.!?\\n]{0,25}?\\bwhen\\s+(?:your|ur)\\s+(?:\\p{L}+\\s+)?(?:class|shift|lesson|session|training|meeting|work|lecture|practice|course)\\s+(?:finishes|ends|starts|lets\\s+out|is\\s+over)`,
        '{B}(?:this\\s+is\\s+)?(?:just|only)\\s+the\\s+first\\s+(?:letter|message|text|email|one)(?![\\p{L}])(?=[^.!?\\n]{0,40}?\\b(?:more|another|next|again|many|lots)\\b|\\s*(?:[.!,;…]|$))',
        `{B}${I_WILL}\\s+send\\s+(?:you|u)\\s+(?:a|an|one|another)\\s+(?:new\\s+)?\\p{L}+\\s+(?:every|each)\\s+(?:single\\s+)?(?:day|night|morning|week|evening)(?![\\p{L}])`,
        `{B}${I_WILL}\\s+(?:ring|call|phone|email|write\\s+to|contact|try|come\\s+to|go\\s+to|turn\\s+up\\s+at|show\\s+up\\s+at)\\s+(?:at\\s+)?${YOUR_PLACE}\\b[^.!?\\n]{0,10}?\\bif\\s+(?:you|u)\\s+(?:don'?t|dont|won'?t|wont|do\\s+not|keep|still|refuse)\\s+(?!(?:want|wish|feel|mind|like)\\b)`,
        '{B}whether\\s+(?:you|u)\\s+(?:want|like)\\s+me\\s+(?:there|here|around|at\\s+\\p{L}+|to\\s+come)\\s+or\\s+not',
        // Eleventh round: the first of a series, said as a count ("Consider this letter number one of many"); turning up
        // "if that's what it takes" or at the end of their shift ("I'll turn up at the hospital at the end of your shift").
        String.raw`{B}(?:this|consider\s+this|this\s+is)\s+(?:letter\s+|message\s+|note\s+)?(?:number\s+one|no\.?\s*1|#\s*1|the\s+first|one)\s+of\s+(?:many|a\s+lot|lots|several|plenty|a\s+series|dozens)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:never\s+sent|never\s+send|didn'?t\s+send|won'?t\s+send|unsent|in\s+my\s+(?:journal|diary|drawer))\b)`,
        String.raw`{B}${I_WILL}\s+(?:(?:turn|show)\s+up|camp\s+out|knock|(?:be\s+waiting|wait|stand|sit)\s+(?:outside|at|by|in\s+front\s+of|on\s+(?:your|ur)|across\s+from|opposite))\b[^.!?\n]{0,60}?\bif\s+that'?s\s+what\s+it\s+takes(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:(?:turn|show)\s+up|be\s+waiting|wait|be)\s+(?:at|outside|in|by)\s+(?:the|your|ur)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:at\s+the\s+end\s+of|after|before|when)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:shift|class|classes|lesson|training|practice|meeting|lecture|session|course)(?![\p{L}])`,
        "{B}(?:you'?ll|you\\s+will|u'?ll|u\\s+will)\\s+(?:keep\\s+)?(?:seeing|see|getting|hearing)\\s+(?:my\\s+name|me|from\\s+me|my\\s+(?:letters|messages|texts|emails|face|number))\\b[^.!?\\n]{0,30}?\\b(?:until|till|til|every|whether|again\\s+and\\s+again)(?![\\p{L}])",
        `{B}${I_WILL}\\s+be\\s+at\\s+(?:your|ur)\\s+(?:\\p{L}+'s\\s+)?(?:barbecue|bbq|party|wedding|birthday(?:\\s+party)?|leaving\\s+do|do|gig|match|graduation|christening|dinner|reunion)\\b(?=[^.!?\\n]{0,60}?\\b(?:whether|never\\s+(?:actually\\s+)?uninvited|still\\s+invited|can'?t\\s+stop\\s+me|no\\s+matter|like\\s+it\\s+or\\s+not|either\\s+way|invited\\s+or\\s+not)\\b)`,
        "{B}(?:your|ur|his|her)\\s+(?:new\\s+)?(?:address|number|flat|place|house|workplace|office|email)\\s+(?:wasn'?t|was\\s+not|isn'?t|is\\s+not|wasnt|isnt)\\s+(?:that\\s+|very\\s+|so\\s+)?(?:hard|difficult|tricky)\\s+to\\s+(?:find|get|track\\s+down|work\\s+out)",
        '(?<=\\b(?:your|ur)\\s+(?:new\\s+)?(?:bloke|boyfriend|girlfriend|partner|man|woman|fella|bf|gf|place|house|flat|address|home|apartment)\\b[^.!?\\n]{0,60})(?:drove|walked|cycled|went)\\s+(?:past|by)\\s+(?:it|there)\\s+(?:yesterday|last\\s+night|again|today|this\\s+morning|on\\s+\\p{L}+day|twice|a\\s+few\\s+times|every)',
        "{B}(?:not|never)\\s+(?:giving|give|going\\s+to\\s+give|gonna\\s+give)\\s+up\\b[^.!?\\n]{0,40}?\\b(?:no\\s+matter\\s+(?:what|how\\s+many\\s+times|how\\s+often|how\\s+long)\\s+(?:you|u)\\s+(?:say|tell|do|reject|push|ignore|block)|whether\\s+(?:you|u)\\s+like\\s+it\\s+or\\s+not|even\\s+if\\s+(?:you|u)\\s+(?:say\\s+no|block|ignore|tell\\s+me|don'?t\\s+want))",
        `{B}${I_WILL}\\s+be\\s+(?:at|in|outside|by)\\s+(?:the|our|that|your|ur)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:(?:on|in|at|by|near)\\s+(?:\\p{L}+\\s+){1,3}?)?(?:every|each)\\s+(?:\\p{L}+\\s+)?(?:day|night|morning|evening|week|weekend|${WEEKDAYS})\\b[^.!?\\n]{0,30}?\\b(?:until|till|til)\\s+(?:you|u)\\s+(?:show|turn|come|answer|reply|agree|talk|see|give)`,
        `{B}(?:asked|messaged|texted|called|rang|contacted|emailed|sent|(?:been\\s+)?(?:sending|messaging|texting|calling|ringing)|wrote\\s+to|went\\s+to|dm'?d|dmed|got\\s+in\\s+touch\\s+with)\\s+${THEIR_PEOPLE}(?:\\s+(?:too|as\\s+well|instead))?\\b[^.!?\\n]{0,40}?\\b(?:since|because|cause|cuz|coz|cos|as|bc)\\s+(?:you|u)(?:'re|\\s+are|\\s+were|'ve|\\s+have)?\\s+(?:(?:won'?t|wont|wouldn'?t|weren'?t|werent|aren'?t|arent|not|don'?t|dont|didn'?t|didnt|never|stopped|haven'?t|havent)\\s+(?:\\p{L}+\\s+)?(?:answer|answering|reply|replying|respond|responding|read|reading|pick(?:ing)?\\s+up|talk|talking|speak|speaking|return|returning|get\\s+back)|(?:blocked|ignored|ignoring|unfollowed)\\s+me)`,
        "{B}(?:wouldn'?t|won'?t|refused\\s+to|didn'?t)\\s+give\\s+me\\s+(?:your|ur)\\s+(?:new\\s+)?(?:number|address|email)\\b[^.!?\\n]{0,20}?\\bso\\s+i\\b",
        "{B}(?:changed|change)\\s+(?:your|ur)\\s+(?:number|address|email|account)\\b[^.!?\\n]{0,20}?\\b(?:but|and)\\s+(?:i\\s+)?(?:found|got|tracked\\s+down|have|'ve\\s+got)\\s+(?:it|the\\s+new\\s+one|them)(?![\\p{L}])",
        "{B}(?:i'?ve\\s+been|i\\s+have\\s+been|i\\s+keep|i'?m|im|i\\s+am|i)\\s+(?:check(?:ing|ed)?|look(?:ing|ed)?\\s+at|watch(?:ing|ed)?|stalk(?:ing|ed)?|refresh(?:ing|ed)?)\\s+(?:your|ur|his|her)\\s+(?:instagram|insta|ig|facebook|fb|profile|page|stories|story|socials|social\\s+media|location|snap\\s*map|tiktok|twitter|last\\s+seen|online\\s+status)\\b[^.!?\\n]{0,30}?\\b(?:every\\s+(?:single\\s+)?(?:day|night|hour|morning|few\\s+minutes)|most\\s+(?:days|nights|mornings|evenings)|constantly|all\\s+the\\s+time|daily|non-?stop|obsessively|hourly)(?![\\p{L}])",
        // Twentieth round (the lead's review): their location still watched, without a count ("I still look at your location
        // on Snapchat", "I can see on Find My Friends that you're at his place most nights"). Not location sharing turned off
        // ("I can't see your location any more"), nor the writer's own offered ("you can still see my location").
        String.raw`{B}i\s+(?:still\s+|can\s+still\s+|'ve\s+still\s+been\s+|have\s+still\s+been\s+)(?:check(?:ing)?|look(?:ing)?\s+at|see|seeing|watch(?:ing)?|track(?:ing)?|follow(?:ing)?)\s+(?:your|ur)\s+(?:live\s+)?location(?![\p{L}])|{B}i\s+(?:can|could)\s+(?:still\s+)?see\s+(?:on|in)\s+(?:find\s+my(?:\s+(?:friends|iphone))?|snap\s*map|life\s*360|google\s+maps|the\s+app)\s+(?:that\s+)?(?:you|u)(?:'re|\s+are|\s+were|'ve\s+been|\s+have\s+been|r)\b`,
        "{B}i(?:'ve|\\s+have)\\s+(?:been\\s+)?(?:written|writing|sent|sending|texted|messaged|left|leaving)\\s+(?:to\\s+)?(?:you|u)\\s+(?:a\\s+|an\\s+)?(?:letter|message|text|card|note|email|voicemail|flowers)s?\\s+(?:every|each)\\s+(?:single\\s+)?(?:day|night|morning|week|weekend|month)(?![\\p{L}])",
        `{B}i(?:'ve|\\s+have)?\\s+(?:(?:been\\s+)?(?:sat|sitting|parked|parking|waited|waiting|stood|standing|hung\\s+around|hanging\\s+around))\\s+(?:in\\s+(?:my|the)\\s+car\\s+|for\\s+(?:hours|ages|an\\s+hour|a\\s+while)\\s+)?(?:outside|across\\s+(?:the\\s+road\\s+)?from|opposite|near|by|down\\s+the\\s+(?:road|street)\\s+from|in\\s+front\\s+of)\\s+${YOUR_PLACE}`,
        `{B}${I_WILL}\\s+be\\s+(?:at|outside|by|in)\\s+(?:the|our|your|ur|that)\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+(?:every|each)\\s+(?:\\p{L}+\\s+)?(?:day|night|morning|evening|week|weekend|${WEEKDAYS})\\b[^.!?\\n]{0,10}?\\b(?:in\\s+case\\s+(?:you|u)|just\\s+in\\s+case|hoping\\s+(?:to\\s+see\\s+(?:you|u)|(?:you|u)(?:'ll|\\s+will)))`,
        "{B}i\\s+(?:was|were|'ve\\s+been|have\\s+been|sat|stood)\\s+watching(?:\\s+(?:you|u|him|her|the\\s+two\\s+of\\s+you))?\\s+(?:from|through|outside|across|behind)\\s+(?:the|my|your|ur|a)\\s+(?:car|window|bushes|other\\s+side|road|street|corner|caf[ée]|pub|bus\\s+stop|house|flat|door|building|gym|office)(?![\\p{L}])|{B}(?:watched|saw)\\s+(?:you|u|the\\s+two\\s+of\\s+you)\\s+(?:from|through)\\s+(?:my|the)\\s+(?:car|window)(?![^.!?\\n]{0,60}?\\b(?:(?:when|while)\\s+we\\s+(?:lived|were|shared)|back\\s+then|used\\s+to)\\b)",
        `{B}(?:asked|messaged|texted|called|rang|contacted|emailed|wrote\\s+to|dm'?d|dmed|got\\s+in\\s+touch\\s+with|got|told|begged)\\s+${THEIR_PEOPLE}\\s+(?:to\\s+(?:ask|keep\\s+me\\s+(?:updated|posted|informed|in\\s+the\\s+loop)|tell\\s+me\\s+(?:how|where|if|what)|let\\s+me\\s+know\\s+(?:how|where|if|what)|check\\s+(?:if|whether|on\\s+(?:you|u))|find\\s+out|make\\s+(?:you|u)|talk\\s+(?:you|u)\\s+into)|(?:if|whether)\\s+(?:you|u)(?:'d|\\s+had|\\s+have|'ve)?\\s+(?:read|got|seen|received|opened))`,
        "{B}i\\s+(?:followed|have\\s+followed|'ve\\s+followed|was\\s+following|been\\s+following|tailed)\\s+(?:you|u|him|her|them|the\\s+two\\s+of\\s+you)\\s+(?:home|to|from|into|around|all|back)(?![\\p{L}])",
        "{B}(?:i'?m|im|i\\s+am|i'?ve\\s+been|i\\s+have\\s+been|i\\s+was|i\\s+go|i\\s+walk|i\\s+drive|i\\s+pass|i\\s+cycle)\\s+(?:on|down|along|past|by|round|near|up)\\s+(?:your|ur)\\s+(?:street|road|block|building|house|flat|place|estate|close|avenue)\\s+(?:most|every|each|a\\s+lot|all\\s+the\\s+time|again|twice|several|loads)(?![\\p{L}])",
        // Contact counted: "I've called you nine times tonight", "I have buzzed your intercom a dozen times since Monday",
        // "this is the 12th text ive sent u" (not a fond memory of "that first summer").
        `{B}(?:rang|rung|called|texted|messaged|phoned|emailed|tried|dialled|dialed|buzzed|whatsapped|dm'?d|dmed)\\s+(?:you|u|your\\s+\\p{L}+|ur\\s+\\p{L}+)\\s+${MANY}\\s+times(?![\\p{L}])${NOT_MEMORY}`,
        `{B}(?:\\d+(?:st|nd|rd|th)|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|twentieth|thirtieth|fiftieth|hundredth|umpteenth)\\s+(?:voicemail|voice\\s*note|message|text|missed\\s+call|call|email|letter|dm)\\s+(?:i'?ve|ive|i\\s+have|i'?d|i)\\s+(?:left|sent|written|made)(?:\\s+(?:you|u|for\\s+(?:you|u)))?(?![\\p{L}])`,
        "{B}(?:made|created|got|opened|set\\s+up|using|use|started|bought)\\s+(?:a\\s+|another\\s+)?(?:new|fake|second|different|other|friend'?s|burner|spare)\\s+(?:number|account|profile|phone|email|insta|instagram|snap|facebook|page|sim)\\b[^.!?\\n]{0,10}?\\bso\\s+(?:that\\s+)?(?:i|you|u)\\s+(?:can|could|'?ll|will|can'?t|cannot|won'?t|wont)\\s+(?:still\\s+)?(?:see|watch|follow|reach|contact|message|text|call|ignore|block|avoid|filter|mute|screen|spam|delete)(?![\\p{L}])",
        `{B}(?:going|go|went|been\\s+going|started\\s+going|i'?ve\\s+been\\s+going)\\s+to\\s+${YOUR_PLACE}\\s+(?:at\\s+the\\s+(?:times?|hours?)\\s+(?:you|u)|when\\s+(?:you|u)(?:'re|\\s+are|\\s+usually|\\s+normally)?|on\\s+the\\s+days\\s+(?:you|u)|every\\s+\\p{L}+\\s+(?:you|u)|just\\s+(?:to\\s+see|in\\s+case|hoping))`,
        `{B}(?:sent|gave|wrote|left|posted)\\s+${THEIR_PEOPLE}\\s+(?:a|an|some|the)?\\s*\\p{L}+(?:\\s+too|\\s+as\\s+well)?,?\\s+so\\s+(?:that\\s+)?(?:she|he|they)\\s+(?:can|could|will|'?ll|would)\\s+(?:tell|give|pass|show|remind|convince|persuade)\\s+(?:you|u)`,
        `{B}${I_WILL}\\s+keep\\s+(?:coming|going|turning\\s+up|showing\\s+up|popping|dropping)\\s+(?:to|by|round|back\\s+to|in\\s+at|in)\\b[^.!?\\n]{0,40}?\\b(?:until|till|til)\\s+(?:you|u)\\b`,
        "(?<=\\b(?:phone|number|voicemail|blocked|block|ignor\\p{L}*|answer\\p{L}*|repl\\p{L}*|pick\\s+up|switched\\s+off|unread|read\\s+receipts?)\\b[^.!?\\n]{0,40})(?:i'?ll|i\\s+will|ill)\\s+(?:just\\s+)?keep\\s+(?:trying|calling|ringing|texting|at\\s+it)(?=\\s*(?:[.!,;…]|$))",
        `{B}${I_WILL}\\s+(?:send|post|deliver|write|forward|drop\\s+off)\\s+(?:this|it|the\\s+letter|another\\s+copy|a\\s+copy)\\s+again(?![\\p{L}])`,
        "{B}even\\s+if\\s+(?:you|u)\\s+(?:change|block|move|delete)\\b[^.!?\\n]{0,40}?\\b(?:i'?ll|i\\s+will|ill)\\s+(?:just\\s+|still\\s+)?(?:get|find|track|work\\s+out|figure\\s+out|get\\s+hold\\s+of)(?![\\p{L}])",
        "{B}(?:sent|posted|delivered|dropped|emailed)\\s+(?:the\\s+same|this|a\\s+copy(?:\\s+of\\s+(?:this|the|my)\\s+\\p{L}+)?|another\\s+copy|copies)\\s+(?:letter\\s+|one\\s+)?to\\s+(?:your|ur)\\s+(?:new\\s+)?(?:\\p{L}+'?s?\\s+)?(?:address|house|place|work|office|flat|parents'?|mum'?s|mom'?s|dad'?s|sister'?s|brother'?s|friend'?s)",
        '{B}(?:asked|got|begged|paid|persuaded)\\s+(?:the|a|your|ur)\\s+(?:receptionist|secretary|doorman|concierge|security\\s+guard|colleague|neighbour|neighbor|porter|barman|manager|landlord|flatmate)\\b[^.!?\\n]{0,30}?\\bto\\s+(?:give|pass|hand|deliver|get|slip)\\s+(?:you|u|this|it|my)',
        "{B}(?:until|till|til)\\s+(?:you|u)\\s+(?:reply|answer|respond|write\\s+back|call|talk\\s+to\\s+me)\\b[^.!?\\n]{0,10}?,?\\s*(?:you'?ll|you\\s+will|u'?ll|i'?ll|i\\s+will|ill)\\s+(?:get|keep|receive|write|send|call|text|be)(?![\\p{L}])",
        '{B}(?:rented|bought|found|moved\\s+into|moved\\s+to|got|taken|took)\\s+(?:a\\s+)?(?:flat|place|house|room|apartment)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?(?:from|near|by|opposite|behind|next\\s+to)\\s+(?:yours|urs|your\\s+(?:place|house|flat|work|office))(?![\\p{L}])',
        `{B}i\\s+(?:wrote\\s+to|called|rang|texted|messaged|emailed|contacted|visited|went\\s+to\\s+see|dm'?d)\\s+${THEIR_PEOPLE}(?:\\s+(?:too|as\\s+well))?\\b(?=[^.!?\\n]{0,30}?\\b(?:explain|my\\s+side|about\\s+(?:us|you|what)|to\\s+(?:get|make|help|convince|persuade|ask)|so\\s+(?:she|he|they))\\b)`,
        "{B}(?:following|watching|viewing|checking)\\s+(?:your|ur)\\s+(?:new\\s+)?(?:account|profile|insta|page|stories)\\s+(?:from|on|with|through)\\s+(?:a|another|my)\\s+(?:different|other|second|fake|new|friend'?s|\\p{L}+'s)",
        `{B}${I_WILL}\\s+(?:drop|put|push|post|slip|leave)\\s+(?:a|another|one)\\s+(?:letter|note|card)\\s+(?:through|in|under|on|at)\\s+(?:your|ur)\\s+(?:front\\s+)?(?:door|letterbox|mailbox|doorstep)\\s+(?:every|each)(?![\\p{L}])`,
        `{B}(?:sitting|sat|waiting|standing|parked|parking)\\s+(?:in|at)\\s+the\\s+\\p{L}+\\s+(?:opposite|across\\s+from|outside|near|facing|overlooking|by)\\s+${YOUR_PLACE}`,
        // Passing or sitting by their place as a habit ("I walk the dog past your place every evening now", "I sit on the
        // bench outside your building most evenings"), not a commute said as one ("…every day on my way to the station").
        `{B}(?:every\\s+time|whenever|each\\s+time|most\\s+(?:days|nights|evenings|mornings))\\b[^.!?\\n]{0,30}?\\bi\\s+(?:go|walk|drive|cycle|run|come)\\s+(?:past|by)\\s+${YOUR_PLACE}|{B}i\\s+(?:now\\s+|still\\s+|often\\s+|usually\\s+)?(?:go|walk|drive|cycle|come|jog|run|sit|wait|stand|park)(?:\\s+(?:the\\s+dog|my\\s+car|the\\s+car|on\\s+the\\s+bench|in\\s+(?:my|the)\\s+car))?\\s+(?:past|by|outside|opposite|near|across\\s+from)\\s+${YOUR_PLACE}\\b[^.!?\\n]{0,20}?\\b(?:hoping|every|each|most|in\\s+case|just\\s+to\\s+see)(?![^.!?\\n]{0,40}\\b(?:on\\s+(?:my|the)\\s+way|for\\s+work|to\\s+work|to\\s+the\\s+(?:station|office|shops|school)))`,
        `{B}${I_WILL}\\s+(?:call|ring|phone|email|try)\\s+(?:you\\s+at\\s+)?${YOUR_PLACE}\\s+again(?![\\p{L}])`,
        "(?<=\\b(?:you'?re|you\\s+are|ur|u\\s+r)\\s+(?:at|staying\\s+at|in)\\b[^.!?\\n]{0,30})(?:so|then)\\s+(?:i'?ll|i\\s+will|ill)\\s+(?:just\\s+)?(?:come|go|head|drive|pop)\\s+(?:there|round\\s+there|over\\s+there)(?=\\s*(?:[.!,;…]|$))",
        `{B}${I_WILL}\\s+keep\\s+(?:sending|writing|posting|leaving)\\s+(?:these|them|this|letters|notes)\\s+(?:until|till|til)(?![\\p{L}])`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
    {
      id: 'round-the-boundary',
      // Passing their place again and again: "I've been driving past your flat most evenings". Being there now: "im
      // outside ur house", "I'm sat across the road from your work". Coming back again: "I'll be back tomorrow and the
      // day after if I have to". Coming over as the lever: "if u dont text back by 10 im coming over". Going round a
      // block: "u blocked me on everything so im writing this the old fashioned way", "don't bother changing your number
      // again", "Don't think blocking me is the end of it", "blocking me won't stop me". Letting oneself in: "don't be
      // surprised if I let myself in one night".
      re: [
        String.raw`{B}i(?:'?ve|\s+have)\s+been\s+(?:driving|walking|cycling|going|coming|running|jogging|strolling)(?:\s+the\s+dog)?\s+(?:past|by|round|around|down|up)\s+${YOUR_PLACE}(?![\p{L}])(?![^.!?\n]{0,30}?\bto\s+(?:help|drop|return|check\s+on|fix|feed|walk|water|collect|pick\s+up)\b)${OWNED_NEXT}`,
        String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:(?:sat|sitting|standing|stood|waiting|parked|right|literally|just|now|already|still)\s+){0,2}(?:(?:outside|in\s+front\s+of|across\s+(?:the\s+(?:road|street)\s+)?from|opposite|downstairs\s+(?:at|from))\s+${YOUR_PLACE}|at\s+(?:your|ur)\s+(?:front\s+)?(?:door|doorstep|gate|window|building|work|office))(?![\p{L}])(?=\s*(?:[.!?,;…\n]|$)|\s+(?:now|right\s+now|again|waiting|and|so|come|open|pick|answer|let|please|pls)\b)`,
        String.raw`{B}${I_WILL}\s+(?:be\s+back|come\s+(?:back|round|over|by)(?:\s+again)?|knock\s+again)(?!\s+(?:from|to\s+(?:be|help|get|change|work))\b)[^.!?\n]{0,25}?(?:\b${REPEATEDLY}|\bif\s+i\s+(?:have|need|must)\s+to(?![\p{L}]))`,
        String.raw`{B}if\s+(?:you|u)\s+(?:don'?t|dont|do\s+not|won'?t|wont|will\s+not|still\s+(?:don'?t|dont)|keep\s+ignoring|ignore|can'?t|cant|refuse\s+to)\b[^.!?\n]{1,60}?(?:i'?m|im|i\s+am)\s+(?:coming|driving|heading|getting\s+the\s+(?:train|bus))\s+(?:over|round|around|down|up|there|to\s+(?:yours|urs)|to\s+${YOUR_PLACE})(?![\p{L}])`,
        String.raw`{B}(?:(?:since|because|cos|coz|cause|cuz|as)\s+)?(?:you|u)(?:'?ve|\s+have|\s+has)?\s+blocked\s+me\b[^.!?\n]{0,40}?\b(?:so|and)\s+(?:i'?m|im|i\s+am|i'?ve|ive|i\s+have|i'?ll|ill|i\s+will|i)\s+(?:writing|sending|asking|asked|using|used|made|making|got|getting|going\s+through|posting|passing\s+(?:this|it)|giving\s+(?:this|it|a|the)\b|leaving\s+(?:this|it|a)\b)`,
        String.raw`{B}(?:(?:don'?t|dont|do\s+not)\s+(?:even\s+)?(?:bother|think\s+about)\s+|no\s+(?:point|use)\s+(?:in\s+)?)(?:chang(?:e|ing)|block(?:ing)?|delet(?:e|ing))\s+(?:(?:your|ur)\s+(?:number|phone|locks?|address|email|account|insta|socials)|me)(?:\s+again)?(?![\p{L}])(?![^.!?\n]{0,20}?\b(?:over\s+this|on\s+my\s+account|for\s+my\s+sake)\b)`,
        String.raw`{B}(?:blocking|ignoring|changing\s+(?:your|ur)\s+(?:number|locks|address))(?:\s+me)?\s+(?:won'?t|will\s+not|isn'?t\s+going\s+to|is\s+not\s+going\s+to|doesn'?t|does\s+not|can'?t|cannot)\s+(?:stop|keep)\s+me(?![\p{L}])|{B}(?:don'?t|dont|do\s+not)\s+think\s+(?:that\s+)?(?:blocking|ignoring|changing|moving|leaving|hiding)\b[^.!?\n]{0,30}?\b(?:is|will\s+be|means)\s+the\s+end\s+of\s+(?:it|this|me|us)(?![\p{L}])`,
        String.raw`{B}(?:i'?ll|i\s+will|ill|i\s+might|i\s+may|i\s+could|if\s+i)\s+(?:just\s+)?let\s+myself\s+in(?![\p{L}])`,
        String.raw`{B}(?:since|because|cos|coz|cause|cuz|as)\s+(?:you|u)\s+(?:won'?t|wont|don'?t|dont|never|stopped|refuse\s+to|keep\s+ignoring|(?:have|'ve)\s+blocked|blocked|ignore)\b[^.!?\n]{0,40}?\bi(?:'ve|\s+have)?\s+(?:started\s+|been\s+|begun\s+)?(?:ringing|calling|phoning|texting|writing\s+to|emailing|messaging|contacting|visiting|going\s+(?:round\s+)?to)\s+(?:the\s+landline|${THEIR_PEOPLE}|${YOUR_PLACE}|(?:the|your|ur)\s+(?:landline|office\s+number|work\s+number|house\s+phone)(?:\s+at\s+${YOUR_PLACE})?)`,
        String.raw`{B}(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+(?:find|see|get|receive|have)\s+(?:a|another|one|my)\s+(?:new\s+)?(?:letter|note|card|message|text|flowers|rose|present|gift)\b[^.!?\n]{0,50}?\b${REPEATEDLY}`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:been\s+)?(?:sat|sitting|parked|parking|waiting|waited|hanging\s+around|hung\s+around|standing|stood|lurking)\s+(?:in|at|by|outside)\s+the\s+(?:car\s+park|carpark|parking\s+lot|lobby|foyer|entrance|gates?|bus\s+stop|caf[ée]|corner|reception|pub)\s+(?:of|at|by|near|outside|opposite|across\s+from)\s+${YOUR_PLACE}`,
        String.raw`{B}(?:signed\s+up|joined|enrolled|registered|booked)\s+(?:(?:for|in|on|at|onto)\s+)?(?:your|ur)\s+(?:\p{L}+\s+)?(?:class|classes|course|gym|club|team|choir|church|yoga|pilates|spin|running\s+club|book\s+club|night\s+class|evening\s+class)\b[^.!?\n]{0,40}?\b(?:so\s+(?:that\s+)?(?:we|i)(?:'ll|\s+will|\s+can|\s+could)\s+(?:see|bump|run|be)|to\s+(?:see|be\s+near|be\s+close\s+to|keep\s+an\s+eye\s+on)\s+(?:you|u)|every\s+\p{L}+)`,
        String.raw`{B}(?:asked|asking|got|getting|paid|begged|told)\s+(?:[\p{L}'-]+|someone|a\s+friend|(?:my|our|your|ur)\s+\p{L}+)\s+to\s+(?:keep\s+me\s+(?:posted|updated|informed|in\s+the\s+loop)\s+(?:on|about)\s+|let\s+me\s+know\s+|tell\s+me\s+|find\s+out\s+|check\s+)(?:where\s+(?:you|u)|who\s+(?:you|u)(?:'re|\s+are)?\s+(?:seeing|with|dating)|what\s+(?:you|u)(?:'re|\s+are)\s+up\s+to)`,
        String.raw`{B}(?:every\s+time|whenever|each\s+time|if)\s+(?:you|u)\s+(?:block|delete|change|mute)\b[^.!?\n]{0,30}?(?:i'?ll|i\s+will|ill)\s+(?:just\s+)?(?:get|make|find|use|set\s+up|buy|open)\s+(?:a\s+|an\s+)?(?:new|another|different|fresh)`,
        String.raw`{B}${I_WILL}\s+(?:be|wait|stand|sit|stay)\s+(?:at|outside|in|by)\s+[^.!?\n]{1,50}?\b(?:until|till|til|untill)\s+(?:you|u)\s+(?:speak|talk|answer|reply|see\s+me|agree|come\s+(?:out|over|to\s+the\s+door)|look\s+at\s+me|let\s+me|give\s+in|say\s+yes|change\s+your\s+mind)(?![\p{L}])`,
        String.raw`{B}expect\s+(?:me|a\s+visit\s+from\s+me|a\s+knock)\s+(?:on|at|outside|round|by)\s+(?:your|ur)\s+(?:front\s+)?(?:door|doorstep|house|flat|place|work|office|gate|building)(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+be\s+(?:parked|sat|sitting|standing|waiting|stood)\s+(?:outside|across\s+from|opposite|in\s+front\s+of|by|at)\s+${YOUR_PLACE}(?![\p{L}])`,
        String.raw`{B}(?:asked|got|begged|persuaded|paid)\s+(?:${THEIR_PEOPLE}(?:\s+\p{L}+)?|\p{L}+)\s+to\s+(?:give|pass|hand|slip|bring|deliver)\s+(?:you\s+|u\s+)?(?:this|it|my\s+letter|the\s+letter)(?![\p{L}])(?:\s+(?:on|over))?[^.!?\n]{0,20}?\b(?:because|since|as|cos|coz|cause|cuz|bc|if|in\s+case)\s+(?:you|u)(?:'re|\s+are)?\s+(?:(?:won'?t|wont|don'?t|dont|never|refuse\s+to|aren'?t)\s+(?:even\s+|ever\s+|just\s+)?(?:answer|reply|read|open|pick|respond|talk|speak|see|want|return|take|let|look|come|unblock|listen|accept|anwser)|refuse|stopped|blocked|keep|not\s+(?:answering|replying|reading|opening|picking\s+up|talking|speaking))`,
        // Fifth batch (danger11's workbench): a letter every week announced as what they will get; letters through their
        // door every day; their landline tried because they will not answer; watching them from someone else's account;
        // sitting outside their place after a long drive; where they have moved to found out; turning up at their work
        // (not a party, late); seeing someone does not stop me coming; waiting for them after their class; coming to knock
        // on their door (not with a parcel); let in once, so waiting inside.
        String.raw`{B}(?:every|each)\s+(?:single\s+)?(?:day|week|month|morning|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+(?:you'?ll|you\s+will|u'?ll|u\s+will)\s+(?:get|receive|find|have)\s+(?:another|a\s+new|one\s+more|a\s+fresh)(?:\s+one)?(?:\s+of\s+(?:these|my\s+letters))?(?:\s+(?:letter|note|card|message|visit))?(?=\s*(?:[.!?,;…]|$)|\s+from\s+me\b)`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:put|posted|pushed|slipped|dropped|left)\s+(?:a|another|one)\s+(?:letter|note|card|message)\s+(?:through|under|in|on)\s+(?:your|ur)\s+(?:front\s+)?(?:door|letterbox|mailbox|doorstep|windscreen|car)\s+(?:every|each)\b`,
        String.raw`{B}${I_WILL}\s+(?:call|ring|phone|try|email|text|message)\s+(?:(?:you|u)\s+(?:on|at)\s+)?(?:your|ur)\s+(?:landline|work\s+(?:phone|number|email|line)|office(?:\s+(?:phone|number|line))?|home\s+(?:phone|number)|house\s+phone|mum'?s|parents'?)\b[^.!?\n]{0,20}?\b(?:since|because|as|cos|coz|cause|cuz|seeing\s+as)\s+(?:you|u)\s+(?:(?:won'?t|wont|don'?t|dont|never|refuse\s+to|stopped)\s+(?:answer|answering|pick\s+up|picking\s+up|reply|replying|respond|return)|keep\s+ignoring|ignore|aren'?t\s+answering|blocked)\b`,
        String.raw`{B}(?:drove|went|walked|travelled|traveled|came|cycled|got\s+the\s+(?:train|bus))\b[^.!?\n]{0,40}?\bto\s+${YOUR_PLACE}(?:\s+(?:place|house|flat))?\s+and\s+(?:just\s+)?(?:sat|waited|stood|parked|knocked|watched|hung\s+around)(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:like\s+we\s+agreed|as\s+(?:we\s+)?agreed|if\s+(?:you|u)\s+(?:still\s+)?(?:want|need|'d\s+like|would\s+like|prefer)|if\s+that'?s\s+(?:easier|ok|okay|fine|alright|what\s+(?:you|u)\s+want)|lift|invited|christening|wedding|funeral|party|nervous|before\s+the)\b)${OWNED_NEXT}`,
        String.raw`{B}${I_WILL}\s+(?:find\s+out|track\s+down|figure\s+out|work\s+out|look\s+up)\s+where\s+(?:you'?ve|you\s+have|u'?ve|u\s+have)\s+(?:gone|moved|been\s+(?:staying|living))(?![\p{L}])`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:already\s+)?(?:turned|showed|rocked|popped)\s+up\s+(?:at|outside)\s+(?:your|ur)\s+(?:new\s+)?(?:house|home|place|door|doorstep|flat|apartment|building|work|workplace|office|gym|parents'?(?:\s+(?:place|house))?|mum'?s|mom'?s|dad'?s|sister'?s|brother'?s|friend'?s|school|uni|shop|salon|studio|caf[ée])(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:to\s+(?:drop|return|give|collect|pick\s+up)|for\s+the\s+(?:keys|parcel|dog))\b)${OWNED_NEXT}`,
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+care\s+(?:if|whether|that)\s+(?:you'?re|you\s+are|ur|u\s+r|youre)\s+(?:seeing|with|dating|married|engaged|not\s+interested|angry|upset)\b[^.!?\n]{0,30}?\b(?:i'?m|im|i\s+am|i'?ll|ill|i\s+will)\s+(?:still\s+)?(?:coming|come|going\s+to\s+(?:come|see|call|write)|turning\s+up|writing|calling|gonna\s+(?:come|see|call))(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:wait|be\s+waiting)\s+for\s+(?:you|u)\s+(?:after|outside|when|at\s+the\s+end\s+of)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:class|classes|shift|lesson|training|practice|meeting|lecture|session|course|work)(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:like\s+we\s+agreed|as\s+(?:we\s+)?agreed|if\s+(?:you|u)\s+(?:still\s+)?(?:want|need|'d\s+like|would\s+like|prefer)|if\s+that'?s\s+(?:easier|ok|okay|fine|alright|what\s+(?:you|u)\s+want)|lift|invited|christening|wedding|funeral|party|nervous|before\s+the)\b)`,
        String.raw`{B}${I_WILL}\s+(?:come|go|pop|head)\s+(?:round\s+|over\s+)?and\s+(?:knock\s+on|bang\s+on|ring)\s+(?:your|ur)\s+(?:front\s+)?(?:door|bell|doorbell)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:parcel|delivery|keys|post|when\s+(?:it|the)\s+\p{L}+\s+(?:arrives|comes))\b)`,
        String.raw`{B}let\s+me\s+in\b[^.!?\n]{0,40}?\b(?:i'?ll|i\s+will|ill)\s+(?:just\s+)?(?:wait|come|let\s+myself)\s+(?:inside|in(?=\s*(?:[.!?,;…]|$))|in\s+there|upstairs|in\s+(?:your|ur)\s+(?:room|flat|kitchen))(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:like\s+we\s+agreed|as\s+(?:we\s+)?agreed|if\s+(?:you|u)\s+(?:still\s+)?(?:want|need|'d\s+like|would\s+like|prefer)|if\s+that'?s\s+(?:easier|ok|okay|fine|alright|what\s+(?:you|u)\s+want)|lift|invited|christening|wedding|funeral|party|nervous|before\s+the)\b)`,
        // Eleventh round, danger11's workbench: finding out where they live after their friends refused, pretending to be a
        // client to be put through, their people messaged again and again about them, every number tried, their partner
        // followed to see what they are up to, a room booked where they stay.
        String.raw`{B}(?:won'?t|wont|wouldn'?t|refuse\s+to|refused\s+to|didn'?t)\s+tell\s+me\s+where\s+(?:you|u)\s+(?:live|are|work|moved|'re\s+living|are\s+living|'re\s+staying|are\s+staying|went)\b[^.!?\n]{0,20}?\b(?:but|so)\s+(?:i'?ll|i\s+will|ill|i'?m\s+going\s+to|im\s+gonna|i'?m\s+gonna)\s+(?:just\s+)?(?:find\s+out|find\s+(?:you|u|it)|work\s+it\s+out|track\s+(?:you|u|it)\s+down|ask\s+around)(?![\p{L}])`,
        String.raw`{B}(?:pretend(?:ed|ing)?|posed|posing|pose)\s+(?:to\s+be\s+|as\s+)(?:a|an|someone|somebody|your|ur)\s+(?:\p{L}+\s+)?\p{L}+\b[^.!?\n]{0,40}?\b(?:put\s+me\s+through|(?:talk|speak)\s+to\s+(?:you|u)|reach\s+(?:you|u)|get\s+(?:to|through\s+to)\s+(?:you|u)|find\s+(?:you|u)|see\s+(?:you|u)|get\s+(?:your|ur)\s+(?:new\s+)?(?:number|address|email))(?![\p{L}])`,
        String.raw`{B}(?:keep|kept|been|have\s+been|'ve\s+been|still)\s+(?:messaging|texting|calling|ringing|asking|emailing|dming|phoning)\s+${THEIR_PEOPLE}\s+(?:(?:to\s+(?:ask|find\s+out|check)|about|asking)\b[^.!?\n]{0,30}?\s)?(?:where\s+(?:you|u)|who\s+(?:you|u)|what\s+(?:you|u)(?:'re|\s+are|\s+r)?\s+(?:up\s+to|doing)|(?:if|whether)\s+(?:you|u)(?:'ve|\s+have|'re|\s+are|'d|\s+had)?\s+(?:read|got|seen|opened|seeing|dating|with|single|moved))(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:keep\s+)?try(?:ing)?\s+(?:every|all\s+the|any)\s+(?:number|way|address|account|email|door)\s+(?:i\s+(?:can|could)\s+(?:find|get|think\s+of)|(?:there\s+is|going))(?:\s+to\s+(?:reach|contact|get\s+hold\s+of|get\s+through\s+to|find)\s+(?:you|u))?(?=\s*(?:[.!?,;…]|$)|\s+(?:until|till|til)\s+(?:you|u)\b)`,
        String.raw`{B}(?:followed|follow|following|added|friended|friend-requested)\s+(?:your|ur)\s+(?:new\s+)?\p{L}+(?:\s+on\s+\p{L}+)?\s+so\s+(?:that\s+)?i\s+(?:can|could|'?d\s+be\s+able\s+to)\s+(?:see|keep\s+(?:an\s+eye\s+on|up\s+with|tabs\s+on)|watch|know|check)\s+(?:what|where|who|how|on)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:booked|rented|got|taken|took|booking)\s+(?:a\s+)?(?:room|table|seat|place)\s+(?:at|in)\s+(?:the\s+)?(?:same\s+)?(?:hotel|b&b|hostel|place|restaurant|venue|conference)\s+(?:(?:that\s+|where\s+)?(?:you'?re|you\s+are|ur|u\s+r)\s+(?:staying|going|booked|eating)|as\s+(?:you|u))(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:by\s+accident|accidentally|by\s+chance|coincidence|didn'?t\s+know|no\s+idea|cancel\w*|moved\s+it|changed\s+it)\b)`,
        // Twelfth round (danger12's workbench): their gym, church or class taken up "so I can see you"; another way in after
        // a changed number ("Since you changed your number I've been emailing your work address instead"); coming
        // "whether you invite me or not"; asking their people what time they get home.
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:started|begun|been|taken\s+up)\s+(?:going|coming|going\s+back)\s+to\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:gym|church|pub|caf[ée]|class|classes|yoga|running\s+club|choir|work|office|local|park\s*run|pool|climbing\s+wall|book\s+club)\b[^.!?\n]{0,30}?\bso\s+(?:that\s+)?i\s+(?:can|could|might|would|'d|will|'ll)\s+(?:see|bump\s+into|run\s+into|be\s+near|catch|talk\s+to)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:since|because|as|now\s+that|after)\s+(?:you|u)(?:'ve|\s+have)?\s+(?:changed|blocked|deleted|muted)\s+(?:your|ur|my)\s+(?:number|account|email|phone|insta|instagram|facebook|profile)\b[^.!?\n]{0,20}?\bi(?:'ve|\s+have)?\s+(?:been\s+)?(?:emailing|email|texting|writing\s+to|calling|ringing|messaging|contacting|sending\s+(?:it|them|this|letters|messages)\s+to|trying)\b[^.!?\n]{0,20}?\b(?:your|ur)\s+(?:work|office|mum|mom|sister|brother|friends?|parents|new|other|personal|linkedin)`,
        String.raw`{B}whether\s+(?:you|u)\s+(?:invite|ask|want|welcome|agree\s+to\s+see)\s+me\s+or\s+not(?![\p{L}])(?![^.!?\n]{0,30}?\b(?:it'?s\s+my|i'?m\s+invited|i\s+was\s+invited|i'?ve\s+been\s+invited|(?:my|our)\s+(?:cousin|friend|sister|brother|mate)'?s)\b)`,
        String.raw`{B}i\s+(?:(?:already|even|also)\s+)?(?:asked|called|texted|messaged|rang)\s+${THEIR_PEOPLE}\s+(?:what\s+time|when)\s+(?:you|u)\s+(?:get\s+(?:home|back|in|off)|finish|leave|go\s+(?:home|out)|start|clock\s+off|usually\s+(?:get|finish|leave))(?![^.!?\n]{0,50}?\b(?:drop|return|parcel|package|keys?|post|deliver|collect|pick\s+up|things|stuff|boxes|kids|children|handover)\b)`,
        // Twelfth round (danger12's workbench, second round): a room taken across from their place; "invited or not".
        String.raw`{B}(?:booked|rented|got|taken|took|moved\s+into)\s+(?:a\s+)?(?:room|flat|place|airbnb|house|bedsit)\s+(?:in\s+the\s+\p{L}+\s+)?(?:across\s+(?:the\s+(?:road|street)\s+)?from|opposite|over\s+the\s+road\s+from|next\s+door\s+to|on\s+the\s+same\s+street\s+as|overlooking)\s+${YOUR_PLACE}`,
        String.raw`{B}(?:see\s+me|i'?ll\s+be|i\s+will\s+be|i'?m\s+coming|i'?ll\s+come|i\s+will\s+come|i'?ll\s+turn\s+up|i'?ll\s+show\s+up)\b[^.!?\n]{0,60}?\b(?:invited|welcome|wanted)\s+or\s+not(?![\p{L}])`,
        // Twelfth round (danger12's workbench, third round): "I'm not stopping till you see me" (not "…till you feel better").
        String.raw`{B}(?:i'?m|im|i\s+am)\s+not\s+(?:stopping|giving\s+up|going\s+away|going\s+anywhere|leaving)\s+(?:till|until|til|untill)\s+(?:you|u)\s+(?:see\s+me|talk|speak|answer|reply|agree|meet|let\s+me|give\s+me|come\s+(?:back|out|to\s+the\s+door)|take\s+me\s+back|say\s+yes|open)(?![\p{L}])`,
        // Twelfth round (danger12): "…stop blocking me because I'll just find another way".
        String.raw`(?<=\bblock(?:ed|ing|s)?\s+me\b[^.!?\n]{0,60})${I_WILL}\s+(?:just\s+|always\s+)?find\s+(?:another|a|some|other)\s+ways?(?![\p{L}])(?!\s+to\s+(?:cope|deal|move\s+on|get\s+over|heal|be\s+happy)\b)`,
        // Thirteenth round (danger13): a reminder set to write every morning; ringing from another phone since the block; "I
        // will continue sending you messages"; every year "whatever you say"; flowers sent to their office again; calls to
        // their work "a few times"; no one "can keep me away from you"; trying "until I get one".
        String.raw`{B}(?:set|setting|put|got|have|'ve\s+(?:set|got))\s+(?:(?:a|an|an\s+alarm|my\s+alarm|myself\s+a|a\s+daily|an\s+hourly)\s+)?(?:reminder|alarm|alert)s?\s+(?:on\s+my\s+phone\s+|in\s+my\s+(?:phone|calendar|diary)\s+)?(?:to|so\s+i\s+(?:can|will|'ll|remember\s+to))\s+(?:message|text|call|ring|phone|email|write\s+to|check\s+on|dm)\s+(?:you|u)\s+every\b(?![^.!?\n]{0,50}?\b(?:kids?|children|meds|medication|tablets|bills?|rent|school|dog|cat|pick-?ups?)\b)`,
        String.raw`{B}(?:ringing|calling|phoning|texting|messaging|ring|call|text|message|rang|called|texted|messaged|rung)\s+(?:you|u)\s+(?:from|on|off|using|with)\s+(?:my\s+(?:work|mate'?s|friend'?s|sister'?s|brother'?s|mum'?s|mom'?s|dad'?s|new|other|second|spare|cousin'?s)|(?:a|an)\s+(?:new|different|other|private|withheld|unknown|burner|friend'?s|mate'?s|work)|another|different|withheld|private)\s+(?:\p{L}+\s+)?(?:phone|number|mobile|line|account|sim)(?![\w])(?:(?<=\b(?:block\w*|ignor\w*)\b[^.!?\n]{0,80})|(?=[^.!?\n]{0,60}?\b(?:block\w*|won'?t\s+(?:pick\s+up|answer)|(?:don'?t|dont|didn'?t)\s+(?:pick\s+up|answer)|ignor\w*|so\s+(?:you|u)(?:'d|\s+would|'ll)\s+(?:pick\s+up|answer))\b))`,
        String.raw`{B}${I_WILL}\s+(?:continue|carry\s+on|go\s+on)\s+(?:to\s+)?(?:send(?:ing)?|writ(?:e|ing)|messag(?:e|ing)|text(?:ing)?|call(?:ing)?|email(?:ing)?|contact(?:ing)?)\b(?:\s+(?:to\s+)?(?:you|u))?(?=[^.!?\n]{0,60}?\b(?:until|till|til|give\s+up|weekly|every|daily|whether|no\s+matter|messages|letters)\b)(?![^.!?\n]{0,60}?\b(?:kids?|children|photos\s+of|child\s+support|maintenance|rent|updates?\s+(?:about|on)|bills?|school)\b)`,
        String.raw`{B}(?:write|writing|send|sending|message|messaging|text|texting|call|calling|ring|ringing)\s+(?:to\s+)?(?:you|u)\s+(?:a\s+\p{L}+\s+)?every\s+(?:single\s+)?(?:year|birthday|anniversary|christmas)\b[^.!?\n]{0,40}?\b(?:whatever\s+(?:you|u)\s+(?:say|decide|think|want)|no\s+matter\s+what|whether\s+(?:you|u)\s+(?:like|want|reply|answer)|even\s+if\s+(?:you|u))`,
        String.raw`{B}(?:sent|send|sending|left|leaving|dropped|dropping|delivered|had\s+(?:flowers|roses)\s+(?:sent|delivered))\s+(?:more\s+|some\s+)?(?:(?:flowers|roses|a\s+bouquet|gifts?|presents?|chocolates|cards?|a\s+card|letters?|notes?|a\s+note|a\s+letter)\s+)?(?:to|at|round\s+to|off\s+at)\s+(?:your|ur)\s+(?:new\s+)?(?:office|work|workplace|desk|house|flat|place|door|doorstep|school|gym)\s+(?:again\b|(?:for\s+the\s+)?(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time)(?![^.!?\n]{0,40}?\b(?:this\s+year|every\s+year|christmas|birthday|as\s+usual|like\s+always|by\s+mistake|wrong\s+address)\b)`,
        String.raw`{B}(?:called|rang|phoned|rung|emailed|been\s+(?:calling|ringing|phoning|emailing))\s+(?:(?:your|ur)\s+(?:work|office|workplace|job|reception|front\s+desk|manager|boss)|(?:you|u)\s+at\s+(?:work|the\s+office))\s+(?:(?:a\s+(?:few|couple\s+of)|several|loads\s+of|lots\s+of|so\s+many|two|three|four|five|six|\d+|a\s+bunch\s+of|a\s+load\s+of|many|a\s+lot\s+of)\s+times|again|every\s+day|daily)(?![\w])(?![^.!?\n]{0,50}?\b(?:to\s+(?:cancel|sort|arrange|ask\s+(?:about|for)|change|update|confirm|report|return|collect)|about\s+(?:the|your|ur)\s+(?:insurance|pension|payslips?|p45|reference|car|keys|post|parcel)|insurance|pension)\b)`,
        String.raw`{B}(?:can'?t|cannot|cant|won'?t|wont|will\s+not|isn'?t\s+going\s+to|is\s+not\s+going\s+to|aren'?t\s+going\s+to|nothing\s+(?:can|will|is\s+going\s+to)|no\s*one\s+(?:can|will)|nobody\s+(?:can|will))\s+keep\s+me\s+(?:away\s+)?from\s+(?:you|u|seeing\s+(?:you|u))(?![\w])|{B}thinks?\s+(?:she|he|they|(?:you|u))\s+can\s+keep\s+me\s+(?:away\s+)?from\s+(?:you|u)\b[^.!?\n]{0,20}?\b(?:(?:she|he|they|(?:you|u))\s+(?:can'?t|cant|cannot|won'?t)|think\s+again|wrong)`,
        String.raw`{B}(?:${I_WILL}|(?:i'?m|im|i\s+am)\s+going\s+to)\s+keep\s+(?:on\s+)?trying(?:\s+to\s+(?:reach|contact|call|see|talk\s+to|get\s+through\s+to)\s+(?:you|u))?\s+(?:until|till|til)\s+(?:i\s+get\s+(?:one|an\s+answer|a\s+reply|a\s+response|through)|(?:you|u)\s+(?:answer|reply|respond|talk|pick\s+up|see\s+me|listen))(?![\w])`,
        // Thirteenth round (danger13, second set): going to their café every morning "hoping to bump into you"; another
        // note on their car; new accounts made again and again; their work address written to as well.
        String.raw`{B}(?:going|gone|been|went|go|sit(?:ting)?|sat|wait(?:ing|ed)?|hang(?:ing)?\s+(?:around|about|out))\b[^.!?\n]{0,60}?\b(?:every|most|each)\s+(?:morning|day|night|evening|week|weekend|lunchtime|lunch|sunday|saturday|friday)\b[^.!?\n]{0,30}?\bhoping\s+(?:to\s+(?:bump|run)\s+into\s+(?:you|u)|to\s+(?:see|catch)\s+(?:you|u)|(?:you|u)(?:'ll|\s+will|'d|\s+would|\s+might)\s+(?:come|walk|show|turn|be))(?![\w])`,
        String.raw`{B}(?:left|put|stuck|slipped|tucked)\s+another\s+(?:note|letter|card|message|flowers?|rose|present|gift)\s+(?:on|under|in|through|at|behind)\s+(?:your|ur)\s+(?:car|windscreen|wiper|door|doorstep|letterbox|mailbox|desk|bike|locker)(?![\w])`,
        String.raw`{B}(?:keep|kept|been|keeps|i'?ll\s+keep)\s+(?:on\s+)?(?:making|creating|opening|setting\s+up|starting)\s+(?:new|more|fake|other|different|another)\s+(?:accounts?|profiles?|numbers?|emails?|instas?|snapchats?)(?![\w])`,
        String.raw`{B}(?:emailed|e-mailed|sent\s+(?:it|this|a\s+copy|the\s+same(?:\s+\p{L}+)?)\s+to|copied\s+(?:it\s+)?to)\s+(?:your|ur)\s+(?:work|office|uni|other|old|personal|new)\s+(?:email\s+)?(?:address|email|account|inbox)\s+(?:too|as\s+well|also)(?![\w])(?![^.!?\n]{0,50}?\b(?:pension|forms?|paperwork|payslips?|insurance|solicitor|mortgage|tax|bills?|invoice|council)\b)`,
        // Thirteenth round (danger13, set 2): waited outside their new flat (not for the removal van as agreed); an alert
        // set for whenever they post, "so I'll always know where you are".
        String.raw`{B}(?:waited|sat|parked|stood|hung\s+around|hovered)\s+(?:for\s+(?:you|u|hours|ages|an\s+hour|a\s+while)\s+)?(?:outside|in\s+front\s+of|across\s+(?:the\s+road\s+)?from|opposite|near|by)\s+(?:${YOUR_PLACE}|(?:your|ur)\s+new\s+\p{L}+)(?![\w])(?![^.!?\n]{0,60}?\b(?:agreed|arranged|van|removals?|keys|pick(?:ed|ing)?\s+(?:up|the)|drop(?:ped|ping)?\s+(?:off|the)|collect\w*|taxi|for\s+the\s+(?:kids|boys|girls|handover)|handover|as\s+(?:you|u)\s+asked|you\s+asked)\b)`,
        String.raw`{B}(?:alerts?|notifications?)\s+(?:set|on|turned\s+on|switched\s+on)\s+(?:for|on)\s+(?:whenever|every\s+time|each\s+time|when|everything)\s+(?:(?:you|u)\s+(?:post|go\s+online|check\s+in|are\s+online|update|upload)|(?:you|u)\b)|{B}so\s+i(?:'ll|\s+will|'d|\s+would)\s+always\s+know\s+where\s+(?:you|u)\s+(?:are|go|live|work)(?![\w])`,
        // Thirteenth round (danger13, set 3): "I'll always be there, outside, waiting"; written to them at their parents'
        // address as well as their new place.
        String.raw`{B}(?:i'?ll|i\s+will|ill)\s+(?:always\s+|still\s+)?be\s+(?:there|here|around)\s*,?\s*(?:right\s+)?outside\b`,
        String.raw`{B}(?:written|wrote|writing|sent\s+(?:this|it|letters?|cards?|the\s+same\s+letter))\s+(?:to\s+(?:you|u)\s+)?(?:at|to)\s+(?:your|ur)\s+(?:parents'?|mum'?s|mom'?s|mam'?s|dad'?s|old|work|sister'?s|brother'?s|friend'?s)\s+(?:address|place|house|flat)\s+(?:as\s+well\s+as|and\s+(?:also\s+)?(?:at|to)|too|as\s+well)\b`,
        // Thirteenth round (danger13, set 4): their friends asked to pass messages on; "I'll be at the station every evening at
        // six, you know where"; the block that "won't last forever".
        String.raw`{B}asked\s+(?:(?:two|three|four|five|several|all|some|a\s+few|loads|most)\s+(?:of\s+)?)?(?:your|ur)\s+(?:friends|mates|family|colleagues|cousins|sisters|brothers|workmates|flatmates)\s+to\s+(?:pass|give|send|get|deliver|forward)\b(?![^.!?\n]{0,40}?\b(?:congratulations|congrats|condolences|best\s+wishes|birthday|sympathy|keys|parcel|bike)\b)`,
        String.raw`{B}(?:i'?ll|i\s+will|ill)\s+be\s+(?:at|outside|by|in)\s+(?:the|our|your|ur)\s+\p{L}+(?:\s+\p{L}+)?\s+every\s+(?:single\s+)?(?:evening|night|morning|day|lunchtime|weekend|saturday|sunday|friday)\b[^.!?\n]{0,30}?\b(?:(?:you|u)\s+know\s+where|(?:until|till|til)\s+(?:you|u)|in\s+case\s+(?:you|u)|hoping|waiting\s+for\s+(?:you|u))`,
        String.raw`{B}(?:your|ur|the)\s+block(?:ing)?\s+(?:won'?t|will\s+not|can'?t|cannot|wont)\s+last\s+(?:forever|for\s+ever)|{B}(?:i'?ll|i\s+will|ill)\s+be\s+(?:right\s+)?(?:there|here|waiting)\s+when\s+(?:the|your|ur)\s+block\s+(?:lifts|ends|expires|comes\s+off)|{B}(?:i'?ll|i\s+will|ill)\s+be\s+(?:right\s+)?(?:there|here|waiting)\s+(?:the\s+(?:day|minute|second)\s+)?(?:when\s+)?(?:you|u)\s+unblock\s+me`,
        // Thirteenth round (danger13, set 5): "even if you marry him I'll still be writing"; parked outside "right now, come
        // down"; the house phone "since you won't answer your mobile"; turning up at their class again.
        String.raw`{B}even\s+if\s+(?:you|u)\s+(?:marry|get\s+married|move|block|change|never|don'?t|dont|ignore|tell|report|have)\b[^.!?\n]{0,40}?\b(?:i'?ll|i\s+will|ill)\s+(?:still|keep|always|never\s+stop)\s+(?:be\s+)?(?:writ(?:e|ing)|messag\w*|call\w*|ring\w*|text\w*|com(?:e|ing)|send\w*|try\w*|turn\w*\s+up|show\w*\s+up)(?![\w])(?!\s+(?:in|into|a\s+journal|my|for\s+(?:the|a)\s+(?:paper|magazine|blog)|poems|songs|music)\b)`,
        String.raw`{B}(?:i'?m|im|i\s+am)\s+(?:parked|sat|sitting|standing|waiting)\s+(?:right\s+)?outside(?:\s+(?:right\s+now|now|rn)(?![\w])|(?=[^.!?\n]{0,30}?\b(?:come\s+(?:down|out|outside)|let\s+me\s+in|open\s+(?:the|ur|your)\s+door|look\s+out\s+(?:of\s+)?(?:the|ur|your)\s+window|i\s+can\s+see\s+(?:you|u|ur|your))\b))`,
        String.raw`{B}${I_WILL}\s+(?:ring|call|phone|try|email|text|message|write\s+to)\s+(?:the\s+(?:house\s+phone|landline|office)|(?:your|ur)\s+(?:work|office|landline|house\s+phone|mum|mom|mam|dad|sister|brother|parents|friends?))\b[^.!?\n]{0,20}?\b(?:since|because|as|cos|coz|if)\s+(?:you|u)\s+(?:won'?t|wont|don'?t|dont|never|aren'?t|refuse\s+to|keep)\s+(?:ignoring\s+me|answer(?:ing)?|pick(?:ing)?\s+up|reply(?:ing)?|respond(?:ing)?|talk(?:ing)?\s+to\s+me|speak(?:ing)?\s+to\s+me)\b`,
        String.raw`(?<!\b(?:won'?t|wont|will\s+not|not|never|no\s+more|stop|stopped|quit)\s+){B}(?:turning|turned|turn|showing|showed|show)\s+up\s+(?:at|to)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:class|classes|gym|work|office|flat|house|place|church|club|practice|training|job|caf[ée]|local|pub|lectures?)\s+(?:again|every|most)(?![^.!?\n]{0,40}?\b(?:with\s+the\s+kids|to\s+(?:collect|drop|pick)|as\s+agreed|you\s+asked)\b)`,
        // Thirteenth round (danger13, set 9): "every day I'm going to remind you I'm still here"; "I'll see you at the gym
        // tomorrow, and the day after"; "changing your number won't work".
        String.raw`{B}(?:every\s+(?:single\s+)?(?:day|night|morning|week)|each\s+day|daily)\s*,?\s*${I_WILL}\s+(?:remind|tell|show|let)\s+(?:you|u)\b`,
        String.raw`{B}${I_WILL}\s+see\s+(?:you|u)\s+(?:at|outside|in|by)\b[^.!?\n]{0,40}?\b(?:and|then)\s+the\s+day\s+after(?:\s+that)?(?![\w])`,
        String.raw`{B}(?:chang\w*|getting\s+a\s+new)\s+(?:your|ur)\s+(?:number|phone|email|socials)\b[^.!?\n]{0,30}?\b(?:won'?t|wont|will\s+not|doesn'?t|isn'?t\s+going\s+to|is\s+not\s+going\s+to)\s+(?:work|help|stop\s+me|keep\s+me\s+(?:out|away))(?![\w])`,
        // Thirteenth round (danger13, set 11, formal and non-native): coming to their office "every Monday until you agree";
        // intending to continue writing "regardless of your silence"; waiting at their bus stop; their brother made to give
        // me their new address; their parents rung again; "since you won't reply here, I'll try you on LinkedIn".
        String.raw`{B}${I_WILL}\s+(?:be\s+)?(?:com(?:e|ing)|go(?:ing)?|wait(?:ing)?|turn(?:ing)?\s+up|show(?:ing)?\s+up)\s+(?:to|at|outside)\s+${YOUR_PLACE}\b[^.!?\n]{0,30}?\b(?:every|each|until|till|daily)\b(?![^.!?\n]{0,50}?\b(?:drop\w*\s+off|forms|collect\w*|as\s+agreed|reception|kids|handover)\b)`,
        String.raw`{B}(?:intend|plan|mean|am\s+going|'m\s+going|will\s+be\s+going)\s+to\s+(?:continue|keep(?:\s+on)?|carry\s+on)\s+(?:writing|calling|messaging|contacting|emailing|texting|visiting)(?:\s+(?:to\s+)?(?:you|u))?\b[^.!?\n]{0,40}?\b(?:regardless|whether\s+or\s+not|whether\s+(?:you|u)|no\s+matter|despite|even\s+if|until|till)\b`,
        String.raw`{B}${I_WILL}\s+(?:be\s+)?wait(?:ing)?\s+(?:for\s+(?:you|u)\s+)?(?:at|outside|by|near)\s+(?:your|ur)\s+(?:usual\s+)?(?:bus\s+stop|stop|station|platform|gate|corner|street|tram\s+stop)(?![\w])`,
        String.raw`{B}(?:made|got|begged|persuaded|convinced|pestered|forced)\s+(?:your|ur)\s+\p{L}+\s+(?:to\s+)?(?:give|tell|send)\s+me\s+(?:your|ur)\s+(?:new\s+)?(?:address|number|email|details|location)(?![^.!?\n]{0,40}?\b(?:post|forward\w*|mail|parcel|deposit|forms?)\b)`,
        String.raw`{B}(?:rang|called|phoned|texted|messaged|emailed|visited)\s+(?:your|ur)\s+(?:parents|mum|mom|mam|dad|sister|brother|family|friends?|best\s+friend|flatmate|housemate)\s+again\b(?![^.!?\n]{0,40}?\b(?:to\s+(?:wish|say\s+(?:thanks|thank\s+you|happy|congrat\w*))|about\s+the\s+(?:kids|dog|cat|party|funeral|keys)|happy|congrat\w*|birthday)\b)`,
        String.raw`{B}(?:since|because|as|if)\s+(?:you|u)\s+(?:won'?t|wont|don'?t|dont|never|aren'?t\s+going\s+to)\s+(?:reply|answer|respond|pick\s+up)(?:\s+(?:here|there|to\s+this|to\s+my\s+\p{L}+))?\b[^.!?\n]{0,20}?${I_WILL}\s+(?:try|reach|contact|message|find|call|email|write\s+to)\b`,
        // Fourteenth round (danger14): contact kept up as a habit or a kindness: "I've been asking Priya and Tom how you are,
        // and I'll keep asking" (not "keep asking myself"); "I'll keep an eye on you from a distance" (not "an eye out");
        // through their people past a block ("if you keep blocking me I'll just go through her"); flowers "from me" every
        // birthday "no matter what".
        String.raw`{B}${I_WILL}\s+keep\s+(?:on\s+)?asking(?=\s*(?:[.!,;…]|$)|\s+(?:around|them|her|him|people|everyone|everybody|after\s+(?:you|u)|about\s+(?:you|u)|how\s+(?:you|u)|where\s+(?:you|u)|(?:your|ur)\s+\p{L}+)(?![\p{L}]))`,
        // Visits and calls announced as a plan: "expect me on Saturday", "so you know when to expect me"; going where
        // they go "so at least I get to see you"; their friend asked "to talk some sense into you"; "I might just head up
        // there and find you myself"; "I'll probably pop in again next week"; walking past their work "just in case".
        String.raw`(?<!\b(?:don'?t|dont|not|never)\s+)\bexpect\s+(?:me|a\s+visit(?:\s+from\s+me)?)(?:\s+(?:on|at|round|over|every|this|next|tomorrow|tonight|soon|some\s*time|any\s+day)\b|(?=\s*(?:[.!,;…]|$)))(?![^.!?\n]{0,60}?\b(?:kids|children|boys|girls|baby|things|stuff|boxes|keys|van|as\s+agreed|like\s+we\s+(?:said|agreed))\b)|{B}so\s+(?:that\s+)?(?:you|u)(?:'ll)?\s+know\s+when\s+to\s+expect\s+(?:me|my\s+\p{L}+)`,
        String.raw`{B}(?:i'?ve\s+|i\s+have\s+|i\s+)?(?:started|been|begun|taken\s+to|keep|kept)\s+(?:going|coming|turning\s+up|showing\s+up|hanging\s+(?:around|about|out))\s+(?:to|at|in|around)\s+${YOUR_PLACE}\b[^.!?\n]{0,40}?\b(?:see|catch|bump\s+into|run\s+into|be\s+near|be\s+close\s+to)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:${I_WILL}|i'?ve|i\s+have|i)\s+(?:\p{L}+\s+){0,6}?ask(?:ed)?\s+(?:her|him|them|${THEIR_PEOPLE})\s+to\s+(?:talk\s+(?:some\s+)?sense\s+into\s+(?:you|u)|persuade\s+(?:you|u)|convince\s+(?:you|u)|talk\s+(?:you|u)\s+round|change\s+(?:your|ur)\s+mind|put\s+in\s+a\s+(?:good\s+)?word)`,
        String.raw`{B}(?:${I_WILL}|i\s+(?:might|may|could))\s+(?:just\s+|even\s+)?(?:(?:head|go|drive|fly|come|get\s+on\s+a\s+(?:train|plane|bus))\s+(?:\p{L}+\s+){0,3}?and\s+)?(?:find|track\s+down|look\s+for)\s+(?:you|u)(?:\s+myself)?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}${I_WILL}\s+(?:pop|drop|swing|stop|call|come)\s+(?:in|by|round|over)\s+again\b(?![^.!?\n]{0,40}?\b(?:kids|children|boys|girls|collect|drop\s+off|pick\s+up|keys|boxes|things|stuff|post|parcel|as\s+agreed)\b)`,
        String.raw`{B}i\s+(?:did\s+)?(?:walked|walk|drove|drive|cycled|cycle|went|go|wandered|wander|strolled|stroll)\s+(?:past|by)\s+${YOUR_PLACE}\b[^.!?\n]{0,50}?\b(?:just\s+in\s+case|hoping|in\s+case\s+(?:you|u)|to\s+see\s+if\s+(?:you|u)|(?:and|then)\s+again|twice|three\s+times|a\s+few\s+times|several\s+times)(?![\p{L}])`,
        // Contact or a visit whatever they answer: "I'll text you on your birthday whether you answer or not", "Like it or
        // not, I'll be at your sister's wedding", "Answer me or don't, I'll still be on your doorstep Saturday" (not "I'll
        // be okay whether you answer or not"); space asked for and contact kept up ("You asked for a break from me, and I
        // get it, but I'll keep writing anyway"; not "…, but I'll still be here when you're ready"); "I'm not going to
        // disappear just because you want me to"; "Don't think you've seen the last of me".
        `{B}${I_WILL}\\s+(?:still\\s+|just\\s+)?(?:${CONTACT}|be\\s+(?:there|round|over|(?:at|on|outside|by|in)\\s+(?:the|your|ur|yours|urs)\\b))\\b[^.!?\\n]{0,50}?\\b(?:whether\\s+(?:or\\s+not\\s+)?(?:you|u)\\s+(?:answer|reply|respond|write\\s+back|read|open|pick\\s+up|like\\s+it|want|are\\s+in|'re\\s+in|are\\s+home)(?:\\s+(?:it|them|me|this|to|me\\s+to))?(?:\\s+or\\s+(?:not|no))?|like\\s+it\\s+or\\s+(?:not|lump\\s+it)|rain\\s+or\\s+shine)(?![\\p{L}])`,
        `{B}(?:like\\s+it\\s+or\\s+not|(?:answer|reply|respond|write\\s+back)(?:\\s+(?:me|to\\s+this))?\\s+or\\s+(?:don'?t|dont|not))\\s*,?\\s*${I_WILL}\\s+(?:still\\s+|just\\s+)?(?:keep\\s+|be\\s+(?:there|round|over|(?:at|on|outside|by|in)\\s+(?:the|your|ur|yours|urs)\\b)|come|call|ring|write|text|turn\\s+up|show\\s+up|see\\s+(?:you|u))`,
        String.raw`{B}(?:you|u)\s+(?:said|asked\s+for|wanted|needed|told\s+me\s+(?:you|u)\s+(?:needed|wanted))\s+(?:some\s+|more\s+)?(?:space|time\s+(?:apart|alone)|distance|a\s+break(?:\s+from\s+me)?)\b[^.!?\n]{0,30}?\b(?:but|yet)\s+${I_WILL}\s+(?:still\s+|keep\s+(?:on\s+)?|continue\s+(?:to\s+)?|carry\s+on\s+)(?:${CONTACT}|send(?:ing)?|post(?:ing)?)`,
        String.raw`{B}(?:(?:i'?m|im|i\s+am)\s+not\s+(?:going\s+to|gonna)|i\s+(?:won'?t|will\s+not|refuse\s+to))\s+(?:just\s+)?(?:disappear|go\s+away|vanish|leave\s+(?:you|u)\s+alone|back\s+off|stop|give\s+up)\s+(?:just\s+)?(?:because|cos|coz|cause|cuz)\s+(?:you|u)\s+(?:want|asked|told|said|wish)`,
        String.raw`{B}(?:(?:don'?t|dont|do\s+not)\s+(?:think|imagine|assume|believe)\s+(?:that\s+)?(?:you'?ve|you\s+have|u'?ve)|(?:you|u)\s+(?:haven'?t|have\s+not))\s+(?:seen|heard)\s+the\s+last\s+of\s+me(?![\p{L}])`,
        String.raw`{B}i(?:'ve|\s+have)\s+been\s+(?:ringing|calling|phoning|texting|messaging|emailing)\s+${THEIR_PEOPLE}\s+(?:\p{L}+\s+){0,2}?${REPEATEDLY}`,
        // Visits and watching announced in passing: "I'll come by on my lunch break to see you", "Dropping by your work
        // tomorrow", "Thought I'd surprise you at the station", "I'll be checking your stories", "I'll send a few more
        // tomorrow", a reminder set to message them, "I'll be at your
        // gigs, every single one", the bus they take worked out "so I'll see you on it", their mum sent cards "so she keeps reminding you of me",
        // "or I'll just keep texting", "don't pretend you're not in".
        String.raw`{B}${I_WILL}\s+(?:come|pop|swing|drop|call)\s+(?:by|round|over|in)\b[^.!?\n]{0,40}?\bto\s+see\s+(?:you|u)(?![\p{L}])`,
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:dropping|popping|coming|swinging)\s+(?:by|round|over|in)(?:\s+(?:to|at))?\s+${YOUR_PLACE}(?![\p{L}])`,
        String.raw`{B}(?:${I_WILL}|(?:thought|think)\s+i'?d|i\s+might)\s+surprise\s+(?:you|u)\s+(?:at|outside|after)\s+(?:the|your|ur|work)\b`,
        String.raw`{B}${I_WILL}\s+(?:be\s+)?(?:check(?:ing)?|watch(?:ing)?|look(?:ing)?\s+at|keep(?:ing)?\s+(?:an\s+eye|tabs)\s+on)\s+(?:your|ur)\s+(?:stories|story|instagram|insta|profile|page|socials|feed|location|posts|whereabouts)(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+send\s+(?:you\s+)?(?:a\s+few|some|loads|lots|plenty|a\s+load|a\s+couple)\s+more(?![\p{L}])`,
        String.raw`{B}(?:set|put|added)\s+(?:a\s+|an\s+)?(?:reminder|alarm|alert)s?\s+(?:on\s+my\s+phone\s+)?to\s+(?:message|text|call|ring|email|write\s+to|check\s+on|dm)\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+be\s+at\s+(?:your|ur)\s+\p{L}+s\b[^.!?\n]{0,30}?\bevery\s+(?:single\s+)?one(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i\s+have|i)\s+(?:worked\s+out|figured\s+out|found\s+out)\s+(?:which|what)\s+(?:bus|train|tram|route|gym|shift|times?|days?)\s+(?:you|u)\s+(?:get|take|catch|use|go|work|finish|train|leave)\b[^.!?\n]{0,30}?\b(?:so\s+|and\s+)?i(?:'ll|\s+will|\s+can|'d|\s+could)\s+(?:see|be|catch|wait|find|bump|run)(?![\p{L}])`,
        String.raw`{B}(?:${I_WILL}\s+(?:send|give|write\s+to|text|call|ring)|sent|gave|wrote\s+to|texted|called|rang)\s+${THEIR_PEOPLE}\b[^.!?\n]{0,40}?\bso\s+(?:that\s+)?(?:she|he|they)\s+(?:can|could|will|'?ll|would|keeps?|kept)\s+(?:tell(?:ing)?|remind(?:ing)?|show(?:ing)?|pass(?:ing)?|giv(?:e|ing)|talk(?:ing)?)\b[^.!?\n]{0,20}?\b(?:you|u)(?![\p{L}])`,
        String.raw`{B}or\s+(?:else\s+)?${I_WILL}\s+(?:just\s+)?keep\s+(?:on\s+)?(?:texting|calling|ringing|writing|messaging|coming|turning\s+up|showing\s+up|knocking)(?![\p{L}])`,
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+pretend\s+(?:you'?re|ur|u'?re|you\s+are|u\s+r)\s+not\s+(?:in|home|there|at\s+home|in\s+there)(?![\p{L}])`,
        String.raw`{B}(?:been\s+)?(?:asking|asked|ask)\s+around\s+(?:about\s+(?:you|u)|where\s+(?:you|u)|who\s+(?:you|u))\b[^.!?\n]{0,30}?\b(?:${I_WILL}\s+keep|again|still)(?![\p{L}])`,
        // A visit with a reason that is a kindness: "I'll drop by with the post", "I'll pop round with some soup".
        String.raw`{B}${I_WILL}\s+(?:drop|pop|swing|come|call|stop)\s+(?:by|round|over|in)\s+with\s+(?:(?:your|ur|the|some|a\s+bit\s+of)\s+)?(?:post|mail|letters|parcels?|shopping|soup|food|dinner|flowers|coffee|something|treats|groceries)(?![\p{L}])`,
        // A series announced ("there'll be another next week"); the same flight or train as them, on purpose; a letter
        // handed to them at work by someone else; a bench outside their building.
        String.raw`{B}there(?:'ll|\s+will)\s+be\s+(?:another|more)(?:\s+(?:one|letter|card|message|text|email|note)s?)?\s+(?:next\s+\p{L}+|tomorrow|soon|every|on\s+\p{L}+day|after\s+(?:this|that))(?![\p{L}])`,
        String.raw`{B}(?:booked|got|bought|taken|took|booking|getting)\s+(?:a\s+(?:seat|ticket|room)\s+(?:on|at|in)\s+)?the\s+same\s+(?:flight|train|bus|ferry|coach|hotel|course|class|cruise)\s+as\s+(?:you|u)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:by\s+(?:accident|chance|mistake)|coincidence|didn'?t\s+know|had\s+no\s+idea|sorry|i'?ll\s+(?:change|swap|move))\b)`,
        String.raw`{B}${I_WILL}\s+(?:ask|get)\s+(?:her|him|them|[\p{L}']+)\s+to\s+(?:hand|give|pass|deliver|slip)\s+(?:this|it|my\s+\p{L}+)\s+(?:on\s+)?to\s+(?:you|u)\s+at\s+(?:work|the\s+office|school|uni|the\s+gym)(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+be\s+(?:sitting|sat|waiting|standing|stood|parked)\s+(?:on|in|at|by)\s+(?:the|a|my)\s+\p{L}+\s+(?:outside|opposite|across\s+from|in\s+front\s+of|near|by)\s+${YOUR_PLACE}(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:keep|carry\s+on|continue)(?:\s+on|\s+to)?\s+(?:texting|calling|ringing|writing|messaging|emailing|phoning|voice-?noting)(?:\s+(?:to\s+)?(?:you|u))?\s+(?:on\s+)?(?:${WEEKDAYS})s(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:always\s+|still\s+)?(?:keep|be\s+keeping)\s+(?:an\s+eye|tabs|a\s+(?:close\s+)?watch)\s+on\s+(?:you|u|what\s+(?:you|u)|where\s+(?:you|u)|who\s+(?:you|u))(?![\p{L}])`,
        String.raw`(?<=\bblock(?:ed|ing)?\s+(?:me|my\s+\p{L}+)\b[^.!?\n]{0,60})${I_WILL}\s+(?:just\s+)?go\s+(?:through|via)\s+(?:her|him|them|(?:your|ur)\s+\p{L}+)(?![\p{L}])`,
        String.raw`{B}(?:expect|(?:you'?ll|you\s+will|u'?ll|you'?re\s+(?:going\s+to|gonna)|you\s+are\s+(?:going\s+to|gonna)|ur\s+(?:going\s+to|gonna)|u\s+r\s+(?:going\s+to|gonna))\s+(?:get|receive|be\s+getting))\s+(?:(?:a|an|one)\s+(?:letter|card|present|gift|message|text|call|visit|email)|flowers|roses|letters|cards|presents|gifts|messages|texts|calls|visits)\s+from\s+me\b[^.!?\n]{0,30}?(?:\s|^)${REPEATEDLY}`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
    {
      id: 'kept-at-it',
      // Lead review (fourteenth): contact kept up in everyday words: notes left on their car, their mum's landline rung
      // "because your phone was off", "even if you tell me to stop, I won't", "I'm not going anywhere, I'll keep
      // trying". Not a note left once with something returned, nor "I'll keep trying" about oneself.
      re: [
        String.raw`{B}(?:i'?ve\s+been|i\s+have\s+been|i\s+keep|i\s+kept|i'?ll\s+keep)\s+(?:leaving|putting|sticking|slipping|posting)\s+(?:little\s+)?(?:notes|letters|flowers|messages|cards|poems|gifts|presents)\s+(?:on|under|through|in|at)\s+(?:your|ur)\s+(?:car|door|windscreen|windshield|letterbox|mailbox|desk|locker|doorstep|bike)(?![\p{L}])`,
        String.raw`{B}i\s+(?:(?:already|even|also)\s+)?(?:rang|called|phoned|texted|messaged|tried)\s+${THEIR_PEOPLE}(?:'s)?(?:\s+(?:landline|house|home|phone|mobile|number|work))?[^.!?\n]{0,30}?\b(?:because|since|as|cos|cause|coz)\s+(?:(?:your|ur)\s+phone\s+(?:was|is|'s|kept\s+going)\s+(?:off|dead|switched\s+off|going\s+to\s+voicemail|to\s+voicemail)|(?:you|u)\s+(?:wouldn'?t|won'?t|didn'?t|don'?t|weren'?t|aren'?t|never)\s+(?:answer|pick(?:ing)?\s+up|reply|replying|answering|respond))`,
        String.raw`{B}even\s+if\s+(?:you|u)\s+(?:tell|told|ask|asked|beg|begged)\s+me\s+(?:to\s+stop|not\s+to|to\s+leave\s+(?:you|u)\s+alone|to\s+go\s+away)[^.!?\n]{0,20}?\bi\s+(?:won'?t|will\s+not|wouldn'?t|would\s+not|can'?t)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:i'?m|i\s+am|im)\s+not\s+going\s+anywhere[^.!?\n]{0,20}?\bi'?ll\s+(?:just\s+)?keep\s+(?:on\s+)?(?:trying|asking|writing|calling|texting|coming)(?=\s*(?:[.!,;…]|$))`,
      ].join('|'),
      suggest: ['If you ever want to talk, I am here.'],
    },
    {
      id: 'told-as-kindness',
      // Fifteenth round (care15): contact against their wish told as care: dropping by somewhere of theirs "just to see
      // you were ok", waiting somewhere "until you left", a present passed on through their brother "since you've blocked
      // me".
      re: [
        String.raw`{B}(?:dropped|popped|stopped|swung|came|went|called|drove|walked|cycled)\s+(?:by|past|round|over|in)\s+(?:to\s+|at\s+)?(?:the|your|ur)\s+(?![^.!?\n]{0,60}?\b(?:hospital|ward|operation|surgery|accident|ambulance|funeral)\b)[^.!?\n]{1,40}?\b(?:just\s+)?to\s+(?:see|check|make\s+sure)\s+(?:that\s+|if\s+|how\s+)?(?:you|u)\s+(?:were|was|are|'re|got)\s+(?:ok|okay|alright|all\s+right|fine|safe|well|home)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:after\s+(?:the|your)\s+(?:accident|operation|surgery|fall|op)|in\s+hospital|ambulance|(?:you|your\s+\p{L}+)\s+(?:asked|texted|rang|called)|when\s+we)\b)`,
        String.raw`{B}(?:waited|sat|stood|hung\s+around|parked)\s+(?:by|outside|at|near|across\s+from|opposite|round\s+the\s+corner\s+from)\s+[^.!?\n]{1,40}?\s(?:until|till|til)\s+(?:you|u)\s+(?:left|came\s+out|finished|got\s+off|went\s+home|walked\s+out|clocked\s+off)(?![\p{L}])(?![^.!?\n]{0,40}?\b(?:surgery|operation|theatre|recovery|a&e|ward|scan)\b)(?<![^.!?\n]{0,80}\b(?:hospital|surgery|operation|a&e|clinic|ward)\b[^.!?\n]{0,80})(?<!\b(?:when\s+we|used\s+to|like\s+(?:i|we)\s+(?:always|used))\b[^.!?\n]{0,80})(?![^.!?\n]{0,40}?\b(?:when\s+we|used\s+to|remember|back\s+then|every\s+friday)\b)`,
        String.raw`{B}(?:i(?:'ve|\s+have)?\s+(?:also\s+|already\s+)?)?(?:asked|got|had|asking|getting)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:brother|sister|mum|mom|mam|dad|friend|mate|cousin|flatmate|colleague|housemate|roommate)\s+to\s+(?:pass\s+(?:on|along)|give\s+(?:you|u)|hand\s+(?:you|u)|drop\s+off|deliver|bring)\b[^.!?\n]{0,60}?\b(?:since|because|as|cause|cos|seeing\s+as)\s+(?:you|u)(?:'?ve|\s+have)?\s+(?:blocked(?:\s+me(?:\s+everywhere|\s+on\s+everything)?)?|won'?t|wont|will\s+not|don'?t|dont|refuse)`,
        // Care15's persistence sweep: let in by their flatmate, a note left on their bed; their work address used since the
        // personal one bounces; accounts made "so I can still see your stories".
        String.raw`{B}(?:your|ur)\s+(?:\p{L}+\s+)?(?:flatmate|housemate|roommate|landlord|landlady|neighbou?r|concierge|doorman)\s+let\s+me\s+(?:in|up|into)\b(?![^.!?\n]{0,30}?\b(?:for\s+(?:the|my)|to\s+(?:get|collect|pick\s+up|fetch|drop\s+off|return)|when\s+i\s+forgot)\b)|{B}(?:left|put)\s+(?:a\s+note|a\s+card|a\s+letter|flowers|it|them)\s+on\s+(?:your|ur)\s+(?:bed|pillow)\b`,
        String.raw`{B}(?:e-?mail(?:ed|ing)?|writ(?:e|ing)\s+to|wrote\s+to|messag(?:e|ed|ing)|contact(?:ed|ing)?|ring(?:ing)?|rang|call(?:ed|ing)?|text(?:ed|ing)?)\s+(?:you\s+(?:at|on)\s+)?(?:your|ur)\s+(?:work|office|new|other)\s+(?:address|email|number|phone|account)\b[^.!?\n]{0,40}?\b(?:since|because|as|cos)\b[^.!?\n]{0,30}?\b(?:bounces?|bounced|blocked|doesn'?t\s+work|won'?t\s+go\s+through|changed|deleted)\b`,
        String.raw`{B}(?:made|created|set\s+up|opened)\s+(?:a\s+(?:few|couple\s+of)\s+|some\s+|new\s+|another\s+|fake\s+|a\s+(?:new|fake|second|different)\s+)(?:accounts?|profiles?|instagrams?|numbers?)\b[^.!?\n]{0,40}?\b(?:so\s+(?:that\s+)?i\s+can|to)\s+(?:still\s+)?(?:see|watch|follow|message|reach|contact|view|check)\s+(?:your|ur|you|u)\b`,
      ].join('|'),
      suggest: ['If you ever want to talk, I am here.'],
    },
    {
      id: 'plan-or-habit',
      // Sixteenth round (danger16): contact told as a plan or a habit after a "no" or a block. Waiting outside "after your
      // shift"; "I'm not going anywhere, however long it takes" (not "I'll wait however long it takes", which is space, nor
      // "…anywhere near your street"); sent "from my cousin's phone since mine's blocked"; "you didn't want to hear from me,
      // so I'm sending it to your mum's instead"; letters left with their neighbour; "tonight, and tomorrow, and the day
      // after"; driving past their house most evenings "just to see the lights on" (not on the way to somewhere else).
      re: [
        String.raw`{B}${I_WILL}\s+(?:just\s+)?(?:be\s+)?wait(?:ing)?\s+(?:for\s+(?:you|u)\s+)?(?:outside|(?:by|at|near|across\s+from|opposite)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:door|gate|work|office|flat|house|building|car\s+park|entrance|exit|school|gym|place|shop|salon|studio|café|cafe))\b[^.!?\n]{0,40}?\b(?:after|when|until|till|before|every|tonight|tomorrow|on\s+(?:${WEEKDAYS}))\b`,
        String.raw`{B}(?:i'?m|i\s+am|im)\s+not\s+going\s+anywhere(?!\s+near)\b[^.!?\n]{0,40}?\b(?:however\s+long|no\s+matter\s+(?:how|what)|whatever\s+(?:you|u)|whether\s+(?:you|u))|{B}${I_WILL}\s+(?:just\s+)?keep\s+(?:on\s+)?(?:trying|writing|coming|asking|calling|texting|messaging|turning\s+up|showing\s+up)\s*,?\s+(?:for\s+)?(?:however\s+long|as\s+long\s+as)\s+it\s+takes(?!\s+(?:me|for\s+me))`,
        String.raw`{B}(?:since|because|cause|cos|coz|as|now\s+that|seeing\s+as)\s+(?:mine|my\s+(?:own\s+|old\s+|usual\s+)?(?:number|phone|account|email|profile|insta|instagram|one|messages|texts))(?:'s|s|\s+is|\s+are|'re)\s+(?:still\s+|now\s+|all\s+)?(?:been\s+)?blocked\b`,
        String.raw`{B}(?:you|u)\s+(?:really\s+|clearly\s+|just\s+|still\s+)?(?:didn'?t|don'?t|did\s+not|do\s+not|dont|didnt)\s+want\s+(?:to\s+(?:hear\s+from|see|talk\s+to)\s+me|me\s+to\s+(?:contact|write|call|text|message|come)|any\s+(?:contact|letters|messages))\b[^.!?\n]{0,60}?\b(?:so|but)\s+(?:i'?m|i\s+am|im|i'?ve|i\s+have|i'?ll|i\s+will|i)\s+(?:\p{L}+\s+){0,2}?(?:sending|send|sent|writing|write|wrote|giving|passing|leaving|asking|trying|posting|dropping)\b(?![^.!?\n]{0,20}?\b(?:nothing|no\s+more)\b)`,
        String.raw`{B}(?:i'?ve|i\s+have|i)\s+(?:also\s+|already\s+)?(?:left|given|handed|dropped\s+off|passed)\s+(?:a\s+few|some|more|another|a\s+couple\s+of|a\s+bunch\s+of|a\s+pile\s+of|two|three|four|five|extra)\s+(?:\p{L}+\s+)?(?:letters?|notes?|cards?|copies)\s+(?:with|to|for\s+(?:you|u)\s+with)\s+(?:${THEIR_PEOPLE}|(?:your|ur)\s+(?:reception|receptionist|concierge|doorman|porter|landlord|landlady|boss|manager))`,
        String.raw`{B}${I_WILL}\s+(?:\p{L}+\s+){0,2}?(?:call|ring|phone|text|message|write|email|try|knock|come)\b[^.!?\n]{0,60}?\band\s+(?:the\s+(?:day|night|week|month|year|one)\s+after(?:\s+that)?|again\s+and\s+again)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:i'?ve\s+been|i\s+have\s+been|i\s+keep|i\s+still|i\s+often|i\s+sometimes)\s+(?:\p{L}+\s+)?(?:driv(?:e|ing)|walk(?:ing)?|cycl(?:e|ing)|go(?:ing)?|swing(?:ing)?|pass(?:ing)?)\s+(?:past|by)\s+(?:your|ur|the|her|his)\s+(?:new\s+)?(?:house|flat|place|work|office|street|road|building|window|apartment|gym)\b[^.!?\n]{0,50}?\b(?:to\s+see|just\s+to|hoping|in\s+case|to\s+check|lights?|(?:every|most|some)\s+(?:night|evening|day|morning)s?|slow(?:ly)?|to\s+look)\b`,
        // The letters' own batch (danger16): a letter a week sent "through him"; waiting "till you came out"; going by their
        // work "because I know you do the early shift there"; "might swing by your place" (said after a no, as in the letter).
        String.raw`{B}${REPEATEDLY}\s*,?\s+${I_WILL}\s+(?:\p{L}+\s+)?(?:(?:send|post|pass|give|write)\s+(?:you\s+)?(?:one|a|another|more|this)?\s*(?:letter|card|note|message|text|email)s?|(?:write\s+to|call|ring|text|message|email|phone)\s+(?:you|u))(?![\p{L}])`,
        String.raw`{B}i\s+(?:just\s+)?waited\s+(?:for\s+(?:you|u)\s+)?(?:till|until|til)\s+(?:you|u)\s+(?:came\s+out|finished|left|clocked\s+off|got\s+off|walked\s+out)(?![^.!?\n]{0,40}?\b(?:surgery|theatre|theater|hospital|operation|exam|interview|recovery|ward|labou?r|court|scan)\b)`,
        String.raw`{B}(?:i\s+)?(?:went|came|popped|dropped|stopped|swung|drove|walked|cycled)\s+(?:by|past|round|in(?:to)?|to)\s+(?:the|your|ur)\s+\p{L}+\b[^.!?\n]{0,60}?\b(?:because|bc|cos|coz|cause|since|as)\s+i\s+know\s+(?:you|u)\s+(?:work|do|are|'re|r|start|finish|have|go|train)\b`,
        String.raw`{B}(?:this\s+is\s+|it'?s\s+)?my\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|\d+(?:rd|th))\s+(?:letter|message|text|email|card|voicemail|note)\s+(?:this\s+(?:week|month|year)|today|since|in\s+(?:a|two|three)\s+(?:week|weeks|month|months|days)|to\s+(?:you|u))\b`,
        String.raw`{B}(?:since|because|cause|cos|coz|as)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:flat|house|address|place|phone|number|email|inbox|letterbox|door)\s+(?:doesn'?t|won'?t|does\s+not|will\s+not|no\s+longer|keeps?\s+refusing\s+to)\s+(?:accept|take|receive|let\s+through)\s+(?:my|me)\b`,
        String.raw`{B}(?:(?:i'?ve|i\s+have|i)\s+)?(?:taken|took|got|found|accepted|started)\s+a\s+(?:new\s+)?job\s+(?:\p{L}+\s+){0,3}?(?:near|next\s+(?:door\s+)?to|opposite|across\s+from|round\s+the\s+corner\s+from|(?:two|three|four|five|a\s+few|a\s+couple\s+of|\d+)\s+(?:streets|doors|minutes|blocks)\s+(?:from|away\s+from))\s+(?:your|ur)\s+\p{L}+\b[^.!?\n]{0,40}?\b(?:see\s+(?:you|u)|bump\s+into|run\s+into|keep\s+an\s+eye|be\s+close)`,
        String.raw`(?<=\b(?:your|ur)\s+(?:\p{L}+\s+)?\p{L}+\b[^.!?\n]{0,50})(?:hoping\s+to|in\s+case\s+i|so\s+(?:that\s+)?i\s+(?:can|might|could))\s+(?:bump|run)\s+into\s+(?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:i'?m|i\s+am|im)\s+not\s+(?:stopping|giving\s+up|going\s+away|backing\s+off|leaving\s+(?:you|u)\s+alone)\b[^.!?\n]{0,30}?\b(?:(?:you|u)\s+(?:might|may)\s+as\s+well|so\s+(?:get\s+used\s+to\s+it|deal\s+with\s+it))`,
        String.raw`{B}(?:block|ignore|unfollow|report|unfriend)\s+me\s+(?:again\s+)?(?:and|&|n)\s+(?:i'?ll|ill|i\s+will)\s+(?:just\s+)?(?:be\s+)?(?:on|at|outside|round|in)\s+(?:your|ur)\s+(?:doorstep|door|house|flat|place|work|office|street)`,
        String.raw`{B}${I_WILL}\s+(?:just\s+)?keep\s+(?:on\s+)?(?:coming|going|turning\s+up|showing\s+up)\s+(?:to|at)\s+(?:your|ur)\s+(?:\p{L}+\s+)?\p{L}+\b(?![^.!?\n]{0,60}?\b(?:(?:she|he|they)\s+(?:asked|invited)|like\s+(?:you|u)\s+asked|for\s+the\s+(?:kids|children))\b)`,
        String.raw`{B}(?:signed\s+up|joined|enrolled|registered|booked)\s+(?:(?:for|in|on|at|onto)\s+)?(?:your|ur)\s+(?:\p{L}+\s+)?(?:class|classes|gym|course|club|team|choir|group|session|yoga|pilates|spin|running\s+club)\b[^.!?\n]{0,40}?\b(?:so\s+(?:that\s+)?(?:we|i)\s+(?:can|could|'ll|will)\s+(?:at\s+least\s+)?(?:see|be\s+near|bump|run\s+into|talk)|to\s+(?:see|be\s+near)\s+(?:you|u))`,
        String.raw`{B}${REPEATEDLY}\s*,?\s+i\s+(?:sit|wait|stand|park|walk|drive|go)\s+(?:outside|by|near|past|opposite)\s+(?:your|ur)\s+\p{L}+`,
        String.raw`{B}${I_WILL}\s+(?:be\s+present|attend|call\s+(?:in\s+)?(?:at|to)|present\s+myself|come\s+in\s+person)\s+(?:at|to)\s+(?:your|ur)\s+(?:\p{L}+\s+)?(?:workplace|work|office|home|house|flat|address|door|place\s+of\s+work|residence|premises)\b`,
        String.raw`{B}(?:deliver|bring|drop|leave|send)\w*\s+(?:\p{L}+\s+){0,3}?(?:to|at|on)\s+(?:your|ur)\s+(?:door|doorstep|house|flat|work|office|desk)\s+(?:(?:each|every)\s+(?:single\s+)?(?:day|morning|night|week)|${REPEATEDLY})`,
        String.raw`{B}(?:(?:i'?m|im|i\s+am)\s+)?(?:gonna|going\s+to)\s+be\s+(?:at|outside|by|near)\s+(?:your|ur)\s+(?:bus\s+stop|stop|station|gym|work|office|door|flat|house|class|lecture|building|car)\s+(?:tmrw|tomorrow|tonight|on\s+\p{L}+|this\s+\p{L}+|at\s+\d|every)\b`,
        String.raw`{B}(?:i\s+)?(?:might|may|could)\s+(?:just\s+|even\s+)?(?:swing|drop|pop|stop|call|come)\s+(?:by|round|over|in)\s+(?:at\s+|to\s+)?(?:your|ur)\s+(?:place|flat|house|work|office|door|building|apartment)\b(?=[^.!?\n]{0,20}?\b(?:might\s+not|who\s+knows|we'?ll\s+see|maybe\s+not)\b)`,
      ].join('|'),
      suggest: ['If you ever want to talk, I am here.'],
    },
    {
      id: 'past-their-no',
      // Twenty-second round (threat22's probe): contact announced past the reader's "no", a block or an order, in forms the
      // patterns above read in one wording only. Refusing to stop after "no matter how many times you say no"; "you said
      // dont text but im going to anyway"; another number or account set up after a block, and the new one got from a
      // friend; a block, a new number or an order that "won't stop me" or "isn't going to keep me away"; "I don't care what
      // the court order says"; "don't be surprised to see me at your door"; "there will be another, and another after
      // that", "this won't be the last letter", "you haven't heard the last of me"; calls kept up "and I'll do it again
      // tonight"; their people rung "until you pick up"; sitting across the road most nights; waiting at their gym "like
      // always". Not the writer's kept promise, nor a handover of the children.
      re: [
        String.raw`{B}${REGARDLESS}\b[^.!?\n]{0,40}?\b(?:(?:i'?m|im|i\s+am)\s+not\s+giving\s+up|i\s*(?:won'?t|wont|will\s+not|'ll\s+never|will\s+never)\s+give\s+up)(?=\s*(?:[.!,;…]|$)|\s+on\s+(?:you|u|us|this|getting|seeing|winning|reaching|talking)\b)|{B}${REGARDLESS}\b[^.!?\n]{0,40}?\b(?:(?:i'?m|im|i\s+am)\s+not\s+(?:stopping|backing\s+off|going\s+away)|i\s*(?:won'?t|wont|will\s+not|'ll\s+never|will\s+never)\s+(?:stop|back\s+off|go\s+away))(?=\s*(?:[.!,;…]|$)|\s+(?:trying|writing|calling|texting|coming|asking|messaging)\b)`,
        String.raw`{B}(?:you|u)\s+(?:said|told\s+me|asked\s+me|begged\s+me|wrote)\s+(?:to\s+)?(?:don'?t|dont|do\s+not|not\s+to|never\s+to|to\s+stop)\s+(?:text|call|ring|write|message|contact|email|dm|come\s+(?:round|over|by)|texting|calling|writing|messaging|contacting)(?:\s+(?:you|u|me))?(?:\s+(?:again|anymore|any\s+more))?\s*,?\s+(?:but|yet)\s+(?:(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna|writing|texting|calling|coming|doing\s+it)|(?:i'?ll|ill|i\s+will)\s+(?:text|call|write|come|do\s+it|keep)|here\s+i\s+am|i'?m\s+doing\s+it)(?=[^.!?\n]{0,40}?\b(?:anyway|anyways|regardless|again|every\s+\p{L}+|until|till|til|whether)\b)(?![^.!?\n]{0,40}?\b(?:last\s+time|only\s+(?:this|once)|never\s+again|one\s+last|sorry)\b)`,
        String.raw`{B}(?:blocked|block|blocking)\s+(?:me|my\s+(?:number|account|email|insta|instagram|profile|phone))\b[^.!?\n]{0,40}?\b(?:i'?ve|i\s+have|ive|i'?ll|ill|i\s+will|i)\s+(?:just\s+)?(?:set\s+up|got|made|created|opened|bought|use|using|get|make|create)\s+(?:another|a\s+new|a\s+second|a\s+different|a\s+fresh|a\s+burner|a\s+spare)\s+(?:one|number|account|phone|sim|profile|email|insta|instagram|snap|page)(?![\p{L}])`,
        String.raw`{B}(?:if|when|every\s+time|each\s+time|whenever)\s+(?:you|u)\s+(?:change|block|delete|switch)\s+(?:your\s+|ur\s+)?(?:number|email|account|me|address|insta)\b(?:\s+again)?\s*,?\s+(?:i'?ll|ill|i\s+will)\s+(?:just\s+|simply\s+)?(?:get|find|track\s+down|work\s+out|ask\s+\p{L}+\s+for|make\s+(?:a|another))\s+(?:the\s+new\s+one|it|(?:your|ur)\s+new|another|a\s+new|a\s+way|\p{L}+\s+for\s+it)(?![\p{L}])`,
        String.raw`{B}(?:(?:a|the|your|ur|that|this|any|some)\s+)?(?:stupid\s+|bloody\s+|piece\s+of\s+paper\s+like\s+a\s+)?(?:block|blocked\s+(?:number|account)|new\s+(?:number|locks?|address)|restraining\s+order|court\s+order|injunction|protection\s+order|non-molestation\s+order|no-contact\s+order|piece\s+of\s+paper|blocking\s+me|changing\s+(?:your|ur)\s+(?:number|locks))\s+(?:won'?t|wont|will\s+not|isn'?t\s+going\s+to|is\s+not\s+going\s+to|ain'?t\s+going\s+to|can'?t|cannot|doesn'?t|does\s+not)\s+(?:stop|keep)\s+me(?!\s+(?:from\s+)?(?:lov|car|miss|hop|think|wish|pray|feel|dream|believ|griev|heal|mov)\p{L}*)(?:\s+(?:away|from))?(?![\p{L}])`,
        String.raw`{B}i\s+(?:don'?t|dont|do\s+not|couldn'?t|could\s+not)\s+care\s+(?:less\s+)?(?:what|about)\s+(?:the|your|ur|that|some|any)\s+(?:stupid\s+|bloody\s+)?(?:court\s+order|restraining\s+order|protection\s+order|non-molestation\s+order|injunction|order)\s*(?:says|said)?(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:kids|children|custody|weekends?|maintenance)\b)`,
        String.raw`{B}(?:don'?t|dont|do\s+not)\s+be\s+surprised\s+(?:to\s+see\s+me|if\s+(?:you|u)\s+see\s+me|(?:if|when)\s+i\s+(?:turn\s+up|show\s+up|pop\s+up|appear|come\s+(?:round|over|by)|knock))(?:\s+(?:one\s+of\s+these\s+days|one\s+day|one\s+night|soon))?\s+(?:at|on|outside|by|in)\s+${YOUR_PLACE}(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:invited\s+me|asked\s+me|keep\s+my\s+distance|stay\s+out\s+of\s+(?:your|ur)\s+way|won'?t\s+come\s+over|for\s+the\s+(?:kids|children))\b)|{B}(?:don'?t|dont|do\s+not)\s+be\s+surprised\s+(?:to\s+see\s+me\s+(?:at|on)\s+(?:your|ur)\s+(?:door|doorstep)|(?:if|when)\s+i\s+(?:turn|show)\s+up(?:\s+(?:one\s+of\s+these\s+days|one\s+day|one\s+night))?(?=\s*(?:[.!,;…]|$)))`,
        String.raw`{B}(?:there(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)\s+be\s+(?:another|more)(?:\s+(?:one|letters?|messages?|texts?|emails?|cards?))?(?:\s+from\s+me)?\s*,?\s+(?:and\s+another|and\s+more|and\s+then\s+another|after\s+(?:that|this)|every\s+\p{L}+|until|till)|(?:this|it)\s+(?:won'?t|wont|will\s+not|isn'?t\s+going\s+to|is\s+not\s+going\s+to)\s+be\s+(?:the|my)\s+last\s+(?:letter|message|text|email|card|note|voicemail|time\s+(?:i\s+(?:write|call|text|come|turn\s+up)|(?:you|u)(?:'ll|\s+will)?\s+hear\s+from\s+me)|(?:you|u)(?:'ll|\s+will)?\s+hear\s+from\s+me)|(?:you|u)\s+(?:haven'?t|have\s+not|havent)\s+heard\s+the\s+last\s+(?:of|from)\s+me)(?![\p{L}])(?!\s+(?:about|regarding|re|on)\b)(?![^.!?\n]{0,60}?\b(?:from\s+(?:the|your|ur|a|an)\s+(?:solicitor|lawyer|council|bank|landlord|agency|court|school|insurer\w*|letting)|forward)\b)`,
        String.raw`{B}(?:called|rang|rung|texted|messaged|phoned|emailed|knocked|buzzed|came\s+round|came\s+over|turned\s+up|showed\s+up|waited)\s+(?:you|u|back|round|over|(?:at|outside|on)\s+(?:your|ur)\s+\p{L}+)\b[^.!?\n]{0,50}?\b(?:and|&|so)\s+(?:i'?ll|ill|i\s+will|i'?m\s+going\s+to|im\s+gonna|i'?m\s+gonna)\s+(?:do\s+(?:it|that|the\s+same)|keep\s+doing\s+(?:it|that))(?:\s+again)?(?:\s+(?:tonight|tomorrow|tmrw|every\s+\p{L}+|if\s+i\s+have\s+to|until|till))?(?=\s*(?:[.!,;…]|$)|\s+(?:tonight|tomorrow|tmrw|every|if\s+i\s+have\s+to|until|till)\b)`,
        String.raw`{B}${I_WILL}\s+(?:keep(?:\s+on)?|carry\s+on|continue(?:\s+to)?)\s+(?:ringing|calling|texting|messaging|asking|bothering|emailing|writing\s+to|visiting|pestering|phoning)\s+(?:her|him|them|${THEIR_PEOPLE})\s+(?:until|till|til|untill)\s+(?:you|u)\b`,
        String.raw`{B}i(?:'ve|\s+have)?\s+(?:been\s+)?(?:sat|sitting|parked|parking|waiting|stood|standing)\s+(?:in\s+(?:my|the)\s+car\s+)?(?:across|over|down|up)\s+the\s+(?:road|street)\b[^.!?\n]{0,50}?\b(?:to\s+see\s+(?:you|u|if\s+(?:you|u)|(?:your|ur)\s+(?:light|lights|window|car))|hoping\s+(?:to\s+see|(?:you|u))|(?:your|ur)\s+(?:light|lights|window|car|door)|till\s+(?:you|u)|until\s+(?:you|u))(?![^.!?\n]{0,40}?\b(?:hospital|ward|surgery|operation|school\s+run|kids)\b)`,
        String.raw`{B}${I_WILL}\s+be\s+waiting\s+(?:for\s+(?:you|u)\s+)?(?:by|outside|at|in\s+front\s+of|near)\s+(?:the|your|ur)\s+(?:\p{L}+\s+){0,2}?(?:doors?|entrance|exit|gym|office|work|building|flat|house|station|bus\s+stop|car\s+park|class|studio)\b[^.!?\n]{0,30}?\b(?:like\s+always|as\s+(?:always|usual)|same\s+as\s+(?:always|before|usual|last\s+\p{L}+)|like\s+(?:before|last\s+time|every\s+\p{L}+))(?![\p{L}])(?![^.!?\n]{0,60}?\b(?:kids|children|school|nursery|handover|pick-?up|drop-?off|if\s+(?:you|u)\s+(?:want|fancy|like))\b)`,
        // Second sweep (threat22): "Whether you answer or not, I'll be back next week"; "The police can say what they like,
        // I'm not staying away"; "I'm going to ask your new girlfriend to pass this on" (not a book given back, nor
        // congratulations passed on).
        String.raw`{B}whether\s+(?:you|u)\s+(?:answer|reply|respond|write\s+back|like\s+it|want\s+(?:me|it|to)|open\s+(?:it|the\s+door)|call|text\s+back)\s+(?:\p{L}+\s+)?or\s+not\s*,?\s+(?:i'?ll|ill|i\s+will|i'?m|im|i\s+am)\s+(?:going\s+to\s+|gonna\s+)?(?:be\s+back|come\s+(?:back|round|over|by)|coming\s+(?:back|round|over|by)|be\s+(?:round|over|outside)|be\s+at\s+(?:your|ur)\s+\p{L}+|write\s+again|call\s+again|text\s+again|keep\s+(?:writing|calling|texting|coming|trying)|try\s+again|turn\s+up|show\s+up)(?![\p{L}])`,
        String.raw`{B}(?:police|court|order|injunction|judge|(?:you|u)\s+(?:said|asked|told\s+me)|say\s+what\s+(?:you|u|they)\s+(?:like|want)|whatever\s+(?:you|u|they)\s+say)\b[^.!?\n]{0,40}?\b(?:(?:i'?m|im|i\s+am)\s+not\s+(?:staying|keeping)|i\s*(?:won'?t|wont|will\s+not|'ll\s+never)\s+(?:stay|keep))\s+away(?:\s+from\s+(?:you|u))?(?![\p{L}])`,
        String.raw`{B}${I_WILL}\s+(?:ask|get|beg|have)\s+${THEIR_PEOPLE}\s+to\s+(?:pass|give|hand|forward|deliver|read|show)\s+(?:this|it|my\s+(?:letter|note|message|card))(?:\s+(?:on|to\s+(?:you|u)))?(?![\p{L}])(?!\s+back\b)(?![^.!?\n]{0,40}?\b(?:congratulations|congrats|condolences|best\s+wishes|birthday|book|keys?|jacket|back)\b)`,
      ].join('|'),
      suggest: ['This is the only letter I will send.'],
    },
  ],
  antipatterns: [
    // Twenty-second round (threat22): a public place the writer goes to anyway, left open (the guide's `invitation`):
    // "Whether you answer or not, I'll be at the Saturday market most weeks".
    String.raw`\b(?:i'?ll|i\s+will|ill)\s+(?:still\s+)?be\s+at\s+the\s+(?:\p{L}+\s+)?(?:market|pub|park|club|library|caf[ée]|quiz|match|church|allotments?|pool)\b[^.!?\n]{0,30}?\b(?:most|some|every|on)\s+(?:weeks|weekends|saturdays|sundays|mornings|evenings|\p{L}+days)\b(?![^.!?\n]{0,40}?\b(?:until|till|waiting\s+for\s+(?:you|u)|whether\s+(?:you|u)\s+like|like\s+it\s+or\s+not)\b)`,
    // Twenty-second round (threat22): more post announced from a solicitor, the council or the bank, or more contact about
    // the car or the house: "This won't be the last letter you get from the solicitor about the house", "There will be
    // more letters after this, from the solicitor", "This won't be the last time you hear from me about the car".
    String.raw`\b(?:the\s+last\s+(?:letter|time|message|email)|heard\s+the\s+last)\b[^.!?\n]{0,40}?\b(?:from\s+(?:the|my|your|ur|a)\s+(?:solicitor|lawyer|council|bank|landlord|agency|court|school|insurers?|insurance|letting\s+agents?|mediator|tax\s+office|hmrc)|about\s+(?:the|our|your|ur|my)\s+(?:car|house|flat|kids|children|dog|cat|sale|mortgage|deposit|bills?|boiler|paperwork|divorce|lease|rent|tax))\b`,
    String.raw`\b(?:more|another)\s+(?:letters?|post|emails?|mail|forms?)\b[^.!?\n]{0,40}?\bfrom\s+(?:the|my|your|ur|a)\s+(?:solicitor|lawyer|council|bank|landlord|agency|court|school|insurers?|insurance|letting\s+agents?|mediator|tax\s+office|hmrc)\b`,
    // Twenty-second round (threat22): the school run, said with the children: "I'll be waiting outside the school gates on
    // Thursday like always for the kids".
    String.raw`\bschool\s+gates?\b[^.!?\n]{0,60}?\b(?:for|with)\s+(?:the|our)\s+(?:kids|children|boys|girls|son|daughter|twins|little\s+ones)\b`,
    // Twenty-second round (threat22): a visit someone of theirs asked for: "Don't be surprised if I turn up at your
    // graduation, your mum invited me" (not with "whether you like it or not", "until", "anyway").
    String.raw`^(?=[^\n]*?\b(?:invited\s+me|asked\s+me\s+to\s+come)\b)(?![^\n]*?\b(?:until|till|whether|no\s+matter|every\s+(?:day|night)|like\s+it\s+or\s+not|anyway|again\s+and\s+again)\b)[^\n]+`,
    // Fourteenth round (danger14): past contact owned as a fault, with no more contact announced: "I waited outside your
    // flat that night, and I'm ashamed of it", "I showed up at your work twice and I called your mom, and I get now how
    // scary that must have been". A sentence that also says "I'll…", "until…" or "but I had to" still persists.
    String.raw`^(?=[^\n]*?\b(?:${OWNED})\b)(?![^\n]*?\b(?:${STILL_PERSISTING})\b)(?=[^\n]*?\bi\s+(?:waited|showed\s+up|turned\s+up|came|went|drove|called|rang|texted|messaged|emailed|wrote|sat|stood|followed|kept|left|sent|turned|showed)\b)[^\n]+`,
    // Thirteenth round (danger13's false-alarm sweep): a weekly text about the children or the bills; passing their
    // people's place on the way somewhere else.
    String.raw`\b(?:text|call|ring|message|email|write\s+to)\w*\s+(?:you|u)\s+(?:every|each|once\s+a)\s+\p{L}+\s+(?:about|re|regarding|with\s+(?:updates|news)\s+(?:about|on))\s+(?:the\s+)?(?:kids?'?|children'?s?|boys'?|girls'?|school|handovers?|pick-?ups?|drop-?offs?|maintenance|child\s+support|bills?|rent|mortgage|appointments?|meds|dog|cat)\b`,
    String.raw`\b(?:drove|drive|driving|walked|cycled|went)\s+past\s+(?:your|ur)\s+\p{L}+(?:'s?)?\s+(?:place\s+|house\s+)?on\s+(?:the|my)\s+way\s+to\s+(?:the|a|my)\s+\p{L}+(?![^.!?\n]{0,60}?\b(?:again|every|most|slow\w*|stopp\w*|look\w*\s+(?:up|in)|lights?|parked|waited|sat|hoping)\b)`,
    // Fourteenth round (danger14): a nightly message about how the children were is co-parenting, not persistence.
    String.raw`\b(?:text|call|ring|messag|email|e-mail|writ|send)\w*\s+(?:to\s+)?(?:you|u)\b[^.!?\n]{0,80}?\b(?:about|to\s+(?:say|tell\s+(?:you|u)|let\s+(?:you|u)\s+know))\s+how\s+(?:the\s+|our\s+)?(?:kids|children|boys|girls|baby|dog|cat|they|he|she)\s+(?:are|were|is|was|did|got\s+on|'re|'s)\b`,
    // Thirteenth round (danger13): writing in a journal is not writing to them.
    String.raw`\b(?:(?:i'?ll|i\s+will|ill|i'?m|im|i\s+am)\s+(?:still\s+|always\s+|keep\s+|just\s+)?(?:be\s+)?)?(?:writing|write|wrote)\s+(?:in|into)\s+(?:my|a|the)\s+(?:journal|diary|notebook|gratitude\s+journal)\b`,
    // Thirteenth round (danger13): good wishes passed on through their friends: "I asked your friends to pass on my
    // congratulations on the baby".
    String.raw`\bpass(?:ing|ed)?\s+on\s+(?:my|our)\s+(?:congratulations|congrats|condolences|best\s+wishes|love|sympathy|thanks|regards|good\s+wishes)\b`,
    // Thirteenth round (danger13): calling the vet, the GP or the bank every night is not calling them ("I'll be ringing the
    // vet every night this week to check on Biscuit").
    String.raw`\b(?:ring|call|phon|text|email|e-mail|messag|writ)\w*\s+(?:to\s+)?the\s+(?:vets?|doctors?|gp|surgery|hospital|ward|bank|landlord|letting\s+agents?|council|school|nursery|garage|plumber|insurers?|insurance|solicitors?|kennels|cattery|agency|care\s+home|physio|clinic|helpline|samaritans)\b`,
    // Care for their parent's own health, not contact around them: "I've called your mum a few times since, just to see how
    // her hip is" (not when the calls are about the reader).
    String.raw`\b(?:called|rung|rang|phoned|visited|texted|messaged|seen|popped\s+in\s+on|checked\s+(?:in\s+)?on|been\s+(?:calling|ringing|phoning|visiting|texting|messaging))\s+(?:your|ur)\s+(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|aunt|auntie|uncle|parents)\b[^.!?\n]{0,40}?\b(?:to\s+(?:see|ask)\s+how\s+(?:she|he|they|her|his|their)\b|to\s+check\s+on\s+(?:her|him|them)\b|about\s+(?:her|his|their)\s+(?:health|hip|knee|back|heart|operation|treatment|recovery|chemo)\b)(?![^.!?\n]{0,60}?\b(?:where\s+(?:you|u)|about\s+(?:you|u|us)|(?:talk|speak)\s+to\s+(?:you|u)|put\s+(?:you|u)\s+on|pass\s+(?:it|this|them)\s+on)\b)`,
    // Tears or nerves announced, not a visit: "Don't be surprised if I cry when I see you at the wedding".
    "\\bdon'?t\\s+be\\s+surprised\\s+if\\s+i(?:'?m|\\s+am)?\\s+(?:cry|crying|laugh|blush|get\\s+emotional|well\\s+up|shake|nervous|seem\\s+nervous|go\\s+quiet|stammer|tear\\s+up|hug\\s+you)\\b",
    // Bringing back belongings, with their agreement, is not unwanted contact.
    '\\b(?:drop\\s+off|pick\\s+up|return|give\\s+back|bring\\s+back|collect|leave|grab|fetch)\\b[^.!?\\n]{0,30}?\\b(?:things|stuff|keys?|box|books|jacket|clothes|belongings)\\b',
    '\\bto\\s+(?:pick\\s+up|collect|grab|get|fetch|drop\\s+off|return|bring\\s+back|give\\s+back)\\s+(?:my|your|ur|the|our)\\b',
    // Asking leave ("…, if that's okay", "if you want") covers the whole sentence. Antipatterns run on
    // one sentence at a time, so `^` is its start: one attempt per sentence, linear.
    "^(?=[^\\n]*?\\bif\\s+(?:that'?s|it'?s|that\\s+is|it\\s+is)\\s+(?:ok|okay|alright|all\\s+right|fine)\\b|[^\\n]*?\\b(?:only\\s+)?if\\s+(?:you|u)\\s+(?:want|agree|like|let\\s+me|say\\s+(?:yes|so|it'?s\\s+ok)|'?d\\s+like|would\\s+like|are\\s+ok|are\\s+okay)\\b|[^\\n]*?\\b(?:only\\s+)?if\\s+(?:you|u)(?:'d|\\s+would)\\s+(?:like|love|want|prefer)\\b|[^\\n]*?\\bunless\\s+(?:you|u)\\s+(?:want|'?d\\s+rather|would\\s+rather|prefer)\\s+(?:to\\s+)?(?:go|be|travel|walk|come|get\\s+there)\\s+(?:on\\s+(?:your|ur)\\s+own|alone|by\\s+(?:yourself|urself))\\b|[^\\n]*?\\bunless\\s+(?:you|u)(?:'d|\\s+would)\\s+rather\\s+(?:i|me)\\s+(?:didn'?t|did\\s+not|not|don'?t)(?=\\s*(?:[.!,;]|$)))[^\\n]+",
    // Fourteenth round (danger14): a visit to collect or return something, with leave asked or nothing pressing ("I'll come
    // by on Saturday to pick up my bike, if that still works for you"); writing "only in my journal".
    String.raw`^(?=[^\n]*?\bif\s+(?:that|it|this)\s+(?:still\s+)?(?:works|suits)\b|[^\n]*?\bif\s+(?:that'?s|it'?s|that\s+is)\s+still\s+(?:ok|okay|alright|fine|good)\b|[^\n]*?\bif\s+(?:you|u)(?:'ll|\s+will|'d|\s+would)\s+have\s+me\b|[^\n]*?\bto\s+(?:see|visit|collect|pick\s+up|take|have)\s+(?:the|our|my)\s+(?:kids|children|boys|girls|baby|son|daughter|twins)\b|[^\n]*?\bto\s+(?:pick\s+up|collect|grab|fetch|drop\s+off|return|bring\s+back)\s+(?:my|your|ur|the|our)\s+(?:\p{L}+\s+)?(?:bike|things|stuff|keys?|box|boxes|books|jacket|coat|clothes|belongings|records|post|mail|car|tools|plants?|kids?|children|dog|cat|passport|documents)\b)(?![^\n]*?\b(?:until|till|whether|no\s+matter|every\s+(?:day|night)|again\s+and\s+again|like\s+it\s+or\s+not|(?:we|you|u)\s+(?:can|could|'ll|will|are\s+going\s+to|have\s+to)\s+(?:talk|chat|sort\s+(?:this|it|things|us)|have\s+it\s+out)|and\s+talk)\b)[^\n]+`,
    String.raw`^(?=[^\n]*?\bonly\s+(?:in|into)\s+(?:my|a|the)\s+(?:journal|diary|notebook|head)\b)[^\n]+`,
    // What they asked for or agreed to, said in the sentence: "I'll be waiting outside your office at five on Friday like
    // you asked, with the boxes", "…as we agreed". Not "like you said" (which can preface anything).
    '^(?=[^\\n]*?\\b(?:like|as)\\s+(?:you|u)\\s+(?:asked(?:\\s+me\\s+to)?|suggested|requested)\\b|[^\\n]*?\\b(?:like|as)\\s+we\\s+(?:agreed|arranged|planned)\\b)[^\\n]+',
    // "I'll keep calling until you tell me to stop" still persists; "I'll keep writing in my journal" is not contact.
    '\\b(?:writing|write)\\s+(?:in\\s+my\\s+)?(?:journal|diary|notebook|book|songs?|poems?|music)\\b',
    // Letters to them kept in a journal or never sent: "I've been writing to you every day in my journal, letters I'll
    // never send", "I wrote to you a hundred times and never posted any of it".
    String.raw`\b(?:writ(?:e|es|ing|ten)|wrote)\s+to\s+(?:you|u)\b[^.!?\n]{0,50}?(?:\bin\s+my\s+(?:journal|diary|notebook|head|notes\s+app)|\b(?:letters?|notes?|messages?)\s+(?:that\s+)?i(?:'ll|\s+will|'d|\s+would)?\s+never\s+(?:send|sent|post|posted)|\b(?:never|didn'?t|don'?t|won'?t)\s+(?:send|sent|post|posted)|\bunsent)\b`,
  ],
  examples: [
    // Sixteenth round (danger16): contact told as a plan or a habit after a "no" or a block, and its innocent neighbours.
    {
      flagged: "[[I'll wait outside after your shift on Friday]], just for five minutes.",
      pattern: 'plan-or-habit',
    },
    { notFlagged: 'I used to wait for you at the station every Friday, with two coffees going cold.' },
    { flagged: "[[I'm not going anywhere, however long it takes]].", pattern: 'plan-or-habit' },
    { notFlagged: "I'm not going anywhere near your street, I promise; I'll collect the bike from Sam's." },
    { notFlagged: "However long it takes me to get over this, that's my job, not yours." },
    { flagged: "[[Sent this from my cousin's phone since mine's blocked]].", pattern: 'plan-or-habit' },
    {
      flagged: "[[Your mum said you didn't want to hear from me, so I'm sending it to her address instead]].",
      pattern: 'plan-or-habit',
    },
    { notFlagged: "You said you didn't want to hear from me, so I'm sending nothing more after this." },
    { notFlagged: "Your mum didn't want me to come to the funeral, so I sent flowers instead." },
    {
      flagged: '[[I will be present at your workplace on Monday to discuss this in person]].',
      pattern: 'plan-or-habit',
    },
    {
      flagged: '[[I have arranged for a friend to deliver flowers to your door each day this week]].',
      pattern: 'plan-or-habit',
    },
    { flagged: '[[gonna be at ur bus stop tmrw morning dont freak out]]', pattern: 'plan-or-habit' },
    { notFlagged: 'I often think of the evenings I waited for you outside the theatre after your shows.' },
    { flagged: '[[u block me again and ill be on ur doorstep]]', pattern: 'plan-or-habit' },
    {
      flagged: "[[I'll keep coming to your church on Sundays]], it's my church too now.",
      pattern: 'plan-or-habit',
    },
    {
      notFlagged: "I'll keep going to your mum's for Sunday lunch, she asked me to and I think it helps her.",
    },
    {
      flagged: '[[I signed up for your yoga class so we can at least see each other]].',
      pattern: 'plan-or-habit',
    },
    {
      flagged: '[[Every night I sit outside your block for a bit]], it helps me sleep.',
      pattern: 'plan-or-habit',
    },
    {
      flagged: "[[You're going to get a letter from me every Friday until you write back]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[Writing to you at your mum's since your flat doesn't accept my letters any more]].",
      pattern: 'plan-or-habit',
    },
    {
      flagged: "[[I've taken a job two streets from your office, so I'll see you around]].",
      pattern: 'plan-or-habit',
    },
    {
      flagged: '[[I still walk your dog route on Sundays in case I bump into you]].',
      pattern: 'plan-or-habit',
    },
    { notFlagged: "I still go to the same gym, so if you ever see me there, don't feel you have to say hi." },
    { flagged: "[[I'm not stopping, so you might as well talk to me]].", pattern: 'plan-or-habit' },
    { notFlagged: 'I watched you from the window every morning when we lived together, and I miss that.' },
    { flagged: 'Just checking in again, [[this is my fourth letter this month]].', pattern: 'plan-or-habit' },
    { notFlagged: 'This is my third attempt at this letter, and I hope it finally says it right.' },
    {
      flagged: '[[Every week I will send one letter through him]], until you agree to meet me.',
      pattern: 'plan-or-habit',
    },
    { notFlagged: 'Every month I will send the maintenance money on the first, as the court set out.' },
    {
      flagged: '[[ur manager said u were on break so i waited till u came out]] but u went out the back',
      pattern: 'plan-or-habit',
    },
    { notFlagged: 'I waited until you came out of surgery, and I have never been so relieved.' },
    {
      flagged:
        '[[i went by the bakery on saturday morning bc i know u do]] the early shift there and i just wanted to see ur face',
      pattern: 'plan-or-habit',
    },
    { flagged: '[[Might swing by your place]], might not.', pattern: 'plan-or-habit' },
    // Twenty-first round (the lead's review): nights in the car at their door.
    { flagged: "[[I've been sleeping in my car outside your building most nights]].", pattern: 'turn-up' },
    { notFlagged: "I've been sleeping in my car since the flat fell through, but I'm sorting it." },
    { notFlagged: "I've kept a diary of every night you left them with your mother to go out." },
    {
      flagged: "[[I know you said you didn't want me coming over, but I've got mates in Amsterdam anyway]].",
      pattern: 'asked-no-contact',
    },
    // Twenty-first round (the lead's review): the writer's own promise of no contact broken by the letter.
    {
      flagged:
        "[[I know I said I'd stop texting, but I saw your car outside Jess's last night and I just needed you to know I'm still here]].",
      pattern: 'own-word-broken',
    },
    { flagged: "[[I promised I wouldn't write again, but here I am]].", pattern: 'own-word-broken' },
    {
      flagged: '[[i told myself i wouldnt contact u again but i couldnt help it]]',
      pattern: 'own-word-broken',
    },
    { flagged: "[[I said I'd leave you alone, but I can't]].", pattern: 'own-word-broken' },
    { notFlagged: "I said I'd leave you alone, and I will." },
    { notFlagged: "I know I said I'd stop texting, but this is about the kids' school trip on Friday." },
    { notFlagged: "I promised I'd stop drinking, but I didn't, and that is on me." },
    { notFlagged: "You said you'd stop texting me at work, but you never did." },
    { notFlagged: "I told you I'd stop calling your mum, but she rang me on my birthday and I answered." },
    {
      flagged: "[[I've left a few letters with your neighbour in case the post goes missing]].",
      pattern: 'plan-or-habit',
    },
    { notFlagged: 'I asked my sister to help me write this because I kept getting it wrong.' },
    {
      flagged: "[[I'll call your landline tonight, and tomorrow, and the day after]].",
      pattern: 'plan-or-habit',
    },
    {
      flagged: "[[I've been driving past the house most evenings]], just to see the lights on.",
      pattern: 'plan-or-habit',
    },
    { notFlagged: "I'll post your jumper and the rest of your books back to you this week." },
    {
      flagged: '[[I emailed your work address since your personal one bounces now]].',
      pattern: 'told-as-kindness',
    },
    {
      flagged:
        "[[Just so you know, I'll be at the wedding on the 12th even though you asked me not to come]].",
      pattern: 'asked-no-contact',
    },
    // Lead review (fourteenth): contact kept up in everyday words.
    { flagged: "[[I've been leaving notes on your car]].", pattern: 'kept-at-it' },
    {
      flagged: "[[I rang your mum's landline on Sunday because your phone was off]].",
      pattern: 'kept-at-it',
    },
    { flagged: "[[Even if you tell me to stop, I won't]].", pattern: 'kept-at-it' },
    { flagged: "[[I'm not going anywhere, I'll keep trying]].", pattern: 'kept-at-it' },
    { notFlagged: 'I left a note on your car to say the keys are with Mrs Doyle.' },
    { notFlagged: 'I rang your mum on Sunday because it was her birthday.' },
    { notFlagged: "If the kids ever need me, I'm not going anywhere." },
    { notFlagged: "Therapy is slow, but I'll keep trying." },
    { flagged: '[[I walk the dog past your place every evening now]].', pattern: 'around-them' },
    { flagged: '[[I sit on the bench outside your building most evenings]].', pattern: 'around-them' },
    { notFlagged: 'I drive past your work every day on my way to the station.' },
    { notFlagged: 'I walk the dog past the park every evening now.' },
    // Eleventh round (danger11): an unnamed court order passed over to write (children's arrangements left alone), "said
    // no contact, but…", messages passed on after a block, a new number from a friend, a go-between replaced by their
    // work address, "letter number one of many", turning up at the end of their shift.
    {
      flagged: "[[I know there's a court order, but I had to write one last time]].",
      pattern: 'asked-no-contact',
    },
    { flagged: '[[i know theres a court order but this letter is different]]', pattern: 'asked-no-contact' },
    {
      flagged: "[[The solicitor's letter said no contact, but surely one letter doesn't count]].",
      pattern: 'asked-no-contact',
    },
    { notFlagged: "I know there's a court order about the kids, but I had to write about Christmas plans." },
    {
      notFlagged:
        "There's a child arrangements order now, so I'll only message you about the girls, through the app.",
    },
    { notFlagged: 'The mediator said no contact for a month would help us both, and she was right.' },
    {
      flagged: "[[Since you blocked me on everything I've been asking Jess to pass my messages on]].",
      pattern: 'round-their-block',
    },
    { notFlagged: "You blocked the drain again, so I asked Dan to pass on the plumber's number." },
    {
      flagged: '[[You changed your number but Dan gave me the new one]], so expect a call.',
      pattern: 'round-their-block',
    },
    {
      notFlagged:
        "You changed your number but Dan gave me the new one; I won't use it unless you want me to.",
    },
    {
      flagged: '[[ur sister wont pass anything on anymore so im sending this to ur work]]',
      pattern: 'round-their-block',
    },
    { flagged: '[[Consider this letter number one of many]].', pattern: 'around-them' },
    { notFlagged: 'This is one of many letters I wrote to you and never sent.' },
    {
      flagged: "[[I'll turn up at the hospital at the end of your shift if that's what it takes]].",
      pattern: 'around-them',
    },
    { notFlagged: "I'll go to therapy every week if that's what it takes." },
    { notFlagged: "I'll wait on my knees if that's what it takes." },
    // Lead review (sixteenth round, carried): writing from someone else's phone after a block.
    {
      flagged: '[[i know u blocked my other number so im using my sisters phone]], sorry',
      pattern: 'round-their-block',
    },
    {
      notFlagged: "I'm using my sister's phone until mine is fixed, so that's why the number looks strange.",
    },
    { flagged: "[[You'll never be rid of me]].", pattern: 'get-round-block' },
    { notFlagged: "You'll never be rid of me as a friend, I'm afraid." },
    { flagged: "[[Every week you'll get another one of these]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I've put a letter through your door every day this week]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll call your landline since you won't answer your mobile]].",
      pattern: 'round-the-boundary',
    },
    { flagged: "[[I've been watching your stories from my sister's account]].", pattern: 'around-them' },
    {
      flagged: "[[I drove four hours to your parents' place and sat outside]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll find out where you've moved to]], it's only a matter of time.",
      pattern: 'contact-repeatedly',
    },
    {
      flagged: "[[I turned up at your work on Tuesday]] but they wouldn't let me in.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I turned up at your flat to drop the keys back, but you were out.' },
    {
      flagged: "[[I don't care if you're seeing someone, I'm coming to see you]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll wait for you after your yoga class on Thursday]], same as always.",
      pattern: 'round-the-boundary',
    },
    { flagged: "[[If you won't reply I'll come and knock on your door]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll come and knock on your door when the parcel arrives, it's addressed to you." },
    {
      notFlagged:
        "Every week you'll get another one of these newsletters from the club, sorry, I can't unsubscribe you.",
    },
    {
      notFlagged:
        "I drove to your parents' place and sat outside for ten minutes before the christening, I was so nervous.",
    },
    { notFlagged: "I'll wait for you after your shift on Friday like we agreed, if you still want a lift." },
    { notFlagged: "I'll call your mum's landline since you won't be home, just to wish her happy birthday." },
    { notFlagged: "I'll keep trying every number I can find until I get through to the council." },
    {
      flagged:
        "[[I'll be at the café on Rua Augusta every Saturday at eleven until you come]], like we used to.",
      pattern: 'around-them',
    },
    { notFlagged: "I'll be at the café on Rua Augusta most Saturdays, if you ever fancy joining me." },
    {
      flagged: "[[I've been checking your location on Find My most nights]], just to see you're home safe.",
      pattern: 'around-them',
    },
    // Twentieth round: their location still watched, without a count.
    { flagged: '[[I still look at your location on Snapchat]].', pattern: 'around-them' },
    {
      flagged: "[[I can see on Find My Friends that you're at his place most nights]].",
      pattern: 'around-them',
    },
    { notFlagged: "I can't see your location any more, I've turned sharing off on my side too." },
    { notFlagged: 'You can still see my location if you want, or I can turn it off.' },
    {
      flagged: "[[I keep messaging your brother to ask how you are and who you're seeing]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I don't care if you're busy, I'm coming to see you graduate, I wouldn't miss it." },
    { notFlagged: "I'll be waiting outside your office at five on Friday like you asked, with the boxes." },
    {
      notFlagged:
        "Your mum let me in for the dog's things, and I'll wait inside next time if that's easier for you.",
    },
    {
      flagged: "[[Your flatmate let me in last time, so I'll just wait inside]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[You said you needed space, but I'm coming over tonight anyway]].",
      pattern: 'asked-no-contact',
    },
    { notFlagged: "You said you needed space, but I hope you know I'm here if you need me." },
    { flagged: "[[I promised I'd leave you alone, but I can't]].", pattern: 'asked-no-contact' },
    // Twentieth round (the lead's review): "but I have" read as the writer keeping to it ("…, but I have respected
    // that") only when it goes on so, not when it claims a right or a need to write.
    {
      flagged: '[[I know you said not to contact you but I have a right to explain myself]].',
      pattern: 'asked-no-contact',
    },
    {
      flagged: '[[You asked me not to write, but I have to tell you something]].',
      pattern: 'asked-no-contact',
    },
    { notFlagged: 'You asked me not to call, but I have kept to it for a year.' },
    { notFlagged: "I promised I'd leave you alone, and I have." },
    { flagged: "[[I know I agreed to no contact, but it's been six months]].", pattern: 'asked-no-contact' },
    { notFlagged: 'I agreed to no contact for a month, and it helped.' },
    {
      flagged: "[[My lawyer says the order doesn't stop me writing to you, so here I am]].",
      pattern: 'asked-no-contact',
    },
    { notFlagged: "My solicitor says the order doesn't stop me collecting the kids on Wednesdays." },
    {
      flagged: "[[Your friends won't tell me where you live, but I'll find out]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "Your mum wouldn't tell me where you live, and she was right not to." },
    {
      flagged: "[[I called your office and pretended to be a client so they'd put me through]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I keep messaging your brother to ask who you're seeing]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I've been texting your brother about how you are since the surgery, he's been lovely." },
    { flagged: "[[I'll keep trying every number I can find]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll try every number I can think of for the car insurance." },
    {
      flagged: "[[I followed your new girlfriend on Instagram so I can see what you're up to]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I followed your sister on Instagram so I can see her baby photos.' },
    {
      flagged: "[[I've already booked a room at the hotel you're staying at for the conference]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I booked a table at the same restaurant as you by accident, I'm so sorry." },
    { flagged: "[[I've set up a new email so you can't filter me out]].", pattern: 'around-them' },
    {
      flagged:
        "[[I know you asked me not to contact you again, and I know there's a court order, but I had to write one last time]].",
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[I'm aware of the restraining order, but this is important]].",
      pattern: 'asked-no-contact',
    },
    {
      flagged: '[[I know you said you never want to hear from me, but here I am]].',
      pattern: 'asked-no-contact',
    },
    { flagged: "[[Your sister told me to leave you alone, but I can't]].", pattern: 'asked-no-contact' },
    {
      flagged: '[[Even though you told me to stay away, I needed you to have this]].',
      pattern: 'asked-no-contact',
    },
    { flagged: '[[i know im not supposed to text u]] but i miss u', pattern: 'asked-no-contact' },
    {
      flagged: "[[I know there's a non-molestation order, but can we please just talk]]?",
      pattern: 'asked-no-contact',
    },
    { flagged: "[[I'm probably breaking my bail conditions by writing this]].", pattern: 'asked-no-contact' },
    {
      notFlagged:
        'You asked me not to contact you, and I have respected that for a year; this is the only letter I will send.',
    },
    { notFlagged: 'You told me to leave you alone, but I understand why now.' },
    { notFlagged: 'I know you asked me to stop calling, and that was fair.' },
    {
      notFlagged: 'I know the court order says every other weekend, but could we swap the 14th for the 21st?',
    },
    { notFlagged: 'You asked me to stop texting at work, but you never minded a call at lunch.' },
    { notFlagged: "I'm not supposed to lift anything heavy after the operation, but I'm fine." },
    { notFlagged: 'You asked me to stop calling after midnight, and you were right to.' },
    { notFlagged: 'You blocked me on Instagram but not on WhatsApp, which confused me.' },
    { flagged: "[[I know you've blocked me, but I hope you're well]].", pattern: 'asked-no-contact' },
    {
      flagged: "[[I was told by the police not to contact you, but I need you to know I'm sorry]].",
      pattern: 'asked-no-contact',
    },
    // Sixth round (eval/sixth/danger): letters to them kept in a journal or never sent; leave asked with "if you'd like".
    { notFlagged: "I'll keep texting you happy birthday every year, if you'd like that." },
    { notFlagged: "I'll wait for you at the airport like we planned, unless you'd rather I didn't." },
    { notFlagged: 'ill wait for u at the station like always, unless u want to go on ur own' },
    { notFlagged: "I've called your mum a few times since, just to see how her hip is, she calls me too." },
    {
      flagged:
        "[[I've called your mum a few times since]], just to see how she is and to ask where you're living.",
      pattern: 'contact-repeatedly',
    },
    { notFlagged: "I've been writing to you every day in my journal, letters I'll never send." },
    { notFlagged: 'I wrote to you a hundred times and never posted any of it.' },
    { flagged: "[[I've written to you every day this month]].", pattern: 'keep-contacting' },
    {
      flagged: "[[I've been driving past your flat most evenings just to see if your light is on]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I've been going by your mum's to help with her garden, she asked me to." },
    { flagged: '[[im outside ur house]].', pattern: 'round-the-boundary' },
    {
      flagged: "[[I'm sat across the road from your work and I'm not leaving]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'm at your mum's for Sunday lunch, she insisted." },
    {
      flagged: "[[Told your flatmate I'll be back tomorrow and the day after if I have to]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll be back from Spain on the 3rd and again in May." },
    { flagged: '[[if u dont text back by 10 im coming over]]', pattern: 'round-the-boundary' },
    {
      flagged: '[[i know u blocked me on everything so im writing this the old fashioned way]]',
      pattern: 'round-the-boundary',
    },
    { notFlagged: "You blocked me, so I'm trying to respect that." },
    {
      flagged: '[[dont bother changing ur number again cos Aoife will just give me the new one]]',
      pattern: 'round-the-boundary',
    },
    { flagged: "[[Don't think blocking me is the end of it]].", pattern: 'round-the-boundary' },
    { flagged: "[[Blocking me won't stop me]]." },
    { notFlagged: "Don't bother changing your plans for me, I'm away that weekend." },
    { flagged: "[[I'll just let myself in with my key]].", pattern: 'round-the-boundary' },
    { notFlagged: 'I let myself in to feed the cat, like you asked, and left the key with Ben.' },
    {
      flagged: "[[Since you won't pick up I've started ringing the landline at your mum's]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[You'll find a letter from me under your door every Monday from now on]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I've been sitting in the car park of your gym in the evenings hoping to catch you]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I signed up for your spin class so we'll see each other every Tuesday]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I joined your sister's book club because she asked me to, and it's lovely." },
    {
      flagged: "[[I've asked Sinéad to keep me posted on where you're living now]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I asked Sinéad to let me know how your mum's operation went." },
    { notFlagged: "Don't be surprised if I cry when I see you at the wedding." },
    { flagged: "[[Every time you block a number I'll get a new one]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I'll be at Mass every Sunday where you go until you speak to me]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll be at my mum's until you come back from Spain, then I'll find a place." },
    { flagged: "[[I'll be parked outside your flat tonight]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I got your sister to give you this because you won't open my letters]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[Expect me on your doorstep the minute you're back from Spain]].",
      pattern: 'round-the-boundary',
    },
    { flagged: "[[I'll keep sending these letters no matter what you say]].", pattern: 'keep-contacting' },
    {
      flagged: "[[I'll keep sending the odd message until you tell me to stop]], that seems fair.",
      pattern: 'keep-contacting',
    },
    { flagged: '[[ill keep texting unless u say not to]]', pattern: 'keep-contacting' },
    { notFlagged: "I'll keep paying my half of the rent until you tell me the flat is let." },
    { notFlagged: "I won't keep writing; if you tell me to stop, I'll stop today." },
    { flagged: "[[I got a new number so you'd pick up]].", pattern: 'round-their-block' },
    {
      flagged: "[[I'm writing from my cousin's account because you blocked mine]].",
      pattern: 'round-their-block',
    },
    {
      flagged: "[[I asked Sam to pass this on since you've blocked me everywhere]].",
      pattern: 'get-round-block',
    },
    { flagged: "[[I've asked our friends to keep mentioning me to you]].", pattern: 'get-round-block' },
    { flagged: "[[I messaged your flatmate to check you'd read my texts]].", pattern: 'get-round-block' },
    { flagged: '[[I will try again and again]], as many times as I must.', pattern: 'get-round-block' },
    { flagged: "[[I won't give up on us, however long it takes]].", pattern: 'get-round-block' },
    { flagged: "[[I'll be on your doorstep the minute I land]].", pattern: 'get-round-block' },
    { flagged: "[[If you don't reply to this I'll try your work email]].", pattern: 'get-round-block' },
    { flagged: "[[You can change your locks, I'll still come by]].", pattern: 'keep-contacting' },
    { flagged: "[[Every Friday I'll leave a rose on your step]].", pattern: 'keep-contacting' },
    { flagged: '[[dont think a block will stop me lol]]', pattern: 'get-round-block' },
    { notFlagged: 'I got a new number because my old phone was stolen.' },
    { notFlagged: 'I asked Sam to pass on my congratulations on your new job.' },
    { notFlagged: "I'll try again and again to be patient with the kids." },
    { notFlagged: "I won't give up on my sobriety, however long it takes." },
    { notFlagged: 'I texted your sister to say happy birthday.' },
    { notFlagged: "You can change your mind any time, I'll still be your friend." },
    { notFlagged: 'A block is a block, and I respect it.' },
    { flagged: "[[I'll try every way I can to reach you]].", pattern: 'get-round-block' },
    { flagged: '[[I keep driving past your house at night]].', pattern: 'get-round-block' },
    { flagged: "[[You'll be seeing me at your gym]].", pattern: 'get-round-block' },
    { notFlagged: "You'll see me at your sister's wedding, I'm afraid, but I'll keep my distance." },
    { notFlagged: 'I keep walking past your old flat and feeling daft.' },
    { flagged: "[[I'll keep trying, however long it takes]].", pattern: 'keep-contacting' },
    { flagged: "[[I'll keep leaving letters under your door]], one a day.", pattern: 'keep-contacting' },
    {
      flagged: '[[Expect a card from me every birthday]], every Christmas, forever.',
      pattern: 'contact-repeatedly',
    },
    { notFlagged: "I'll keep trying to be a better dad, however long it takes." },
    { notFlagged: "I'll be at your door at six to pick up the kids, as we agreed." },
    {
      flagged: '[[Every time I walk the dog I go past your house]], hoping to see you.',
      pattern: 'around-them',
    },
    {
      flagged: "[[I'll call your work again tomorrow if your mobile is still off]].",
      pattern: 'around-them',
    },
    { flagged: "[[i know ur at ur mums so i'll come there]]", pattern: 'around-them' },
    { flagged: "[[I'll keep sending these until one gets through]].", pattern: 'around-them' },
    { notFlagged: 'Every time I walk the dog I think about our walks.' },
    { flagged: "[[I'll drop a letter through your door every Friday]].", pattern: 'around-them' },
    {
      flagged: "[[I've been sitting in the park opposite your flat most evenings]].",
      pattern: 'around-them',
    },
    { notFlagged: "I've been sitting in the park a lot lately, thinking." },
    { flagged: "[[I'll keep coming to the café on Sundays until you talk to me]].", pattern: 'around-them' },
    { flagged: "Your phone might be off [[but I'll keep trying]].", pattern: 'around-them' },
    { flagged: "[[I'll send this again next week in case it got lost]].", pattern: 'around-them' },
    { flagged: "[[Even if you change your number, I'll get the new one]].", pattern: 'around-them' },
    { flagged: "[[I sent the same letter to your parents' address]], just in case.", pattern: 'around-them' },
    { flagged: '[[I asked the receptionist at your office to give you my note]].', pattern: 'around-them' },
    { flagged: "[[Until you reply, you'll get one of these every Monday]].", pattern: 'around-them' },
    { flagged: '[[I rented a flat two streets from yours so I can be close]].', pattern: 'around-them' },
    { flagged: '[[I wrote to your new partner too]], to explain my side.', pattern: 'around-them' },
    {
      flagged: "[[I've been following your new account from a different profile]].",
      pattern: 'around-them',
    },
    { notFlagged: "I'm not perfect, but I'll keep trying." },
    { notFlagged: 'I wrote to your mum to thank her for the card she sent.' },
    { notFlagged: 'I rented a flat near my work, it is small but nice.' },
    { flagged: "[[I'll keep writing every day until you answer]].", pattern: 'keep-contacting' },
    { flagged: "[[I won't stop calling until you pick up]].", pattern: 'keep-contacting' },
    { flagged: '[[ill keep texting u]], I dont care', pattern: 'keep-contacting' },
    { flagged: "[[I'll text you every single day]].", pattern: 'contact-repeatedly' },
    { flagged: '[[I will write to you until you forgive me]].', pattern: 'contact-repeatedly' },
    { flagged: "[[I'll wait outside your work tomorrow]].", pattern: 'turn-up' },
    { flagged: "[[I'm going to show up at your door]], whatever you say.", pattern: 'turn-up' },
    { flagged: "[[I've already texted your mum]], and your sister is next.", pattern: 'contact-repeatedly' },
    { flagged: "[[Don't be surprised if I turn up one evening]].", pattern: 'turn-up' },
    {
      flagged: "[[I'll keep fighting for us, no matter how many times you say no]].",
      pattern: 'keep-contacting',
    },
    { flagged: "[[You can't ignore me forever]].", pattern: 'get-round-block' },
    { flagged: "If you block me, [[I'll just make a new account]].", pattern: 'get-round-block' },
    { flagged: '[[This is the first of many letters]].', pattern: 'get-round-block' },
    { flagged: "[[Since you blocked me I'm writing to your sister]].", pattern: 'round-their-block' },
    { flagged: "[[I'll write again next week, and the week after that]].", pattern: 'contact-repeatedly' },
    { flagged: "[[I'll keep calling]], you know I will.", pattern: 'keep-contacting' },
    { flagged: "[[I'm never giving up trying to win you back]].", pattern: 'keep-contacting' },
    { flagged: '[[Expect many more letters from me]].', pattern: 'contact-repeatedly' },
    { flagged: "[[I'll drive past your flat every night]].", pattern: 'contact-repeatedly' },
    { flagged: "[[This won't be the last you hear from me]].", pattern: 'get-round-block' },
    { flagged: '[[I made a new account since you blocked me]].', pattern: 'round-their-block' },
    { flagged: "[[I'll be outside your office at five]].", pattern: 'turn-up' },
    { flagged: '[[I will be writing to you every day]].', pattern: 'contact-repeatedly' },
    { flagged: "[[Block me all you want, I'll still find a way]].", pattern: 'get-round-block' },
    {
      flagged: "[[Since you blocked my number, I'm writing through your uncle]].",
      pattern: 'round-their-block',
    },
    { flagged: "[[I'll keep phoning the salon until someone puts me through]].", pattern: 'keep-contacting' },
    { flagged: "[[If you still won't reply, I'll drive over to your parents' place]].", pattern: 'turn-up' },
    { flagged: "[[I'll be waiting for you outside the station]].", pattern: 'turn-up' },
    { flagged: "[[I'll be calling round on Sunday morning]].", pattern: 'turn-up' },
    {
      flagged: "[[I've asked your cousin to give you a note every time she visits]].",
      pattern: 'contact-repeatedly',
    },
    { flagged: "[[I'll find a way to get through to you]].", pattern: 'contact-repeatedly' },
    { flagged: "Wherever you go, [[I'll come and find you]].", pattern: 'contact-repeatedly' },
    { flagged: '[[Expect a postcard from me every Monday]].', pattern: 'contact-repeatedly' },
    { flagged: "[[I'll leave a note on your windscreen every morning]].", pattern: 'contact-repeatedly' },
    { flagged: '[[I got your new number from Jess]].', pattern: 'contact-repeatedly' },
    { flagged: "[[I'll keep leaving flowers on your doorstep]].", pattern: 'keep-contacting' },
    { flagged: "[[I'll keep trying until you say yes]].", pattern: 'keep-contacting' },
    { flagged: "[[Every morning I'm going to send you a song]].", pattern: 'keep-contacting' },
    { flagged: "[[I've texted you every day this month]].", pattern: 'keep-contacting' },
    { flagged: "[[This is letter number twelve]], and I'm not done.", pattern: 'keep-contacting' },
    { flagged: "[[Don't think blocking me will stop me]].", pattern: 'get-round-block' },
    { flagged: "[[I'll email you at work since you blocked my number]].", pattern: 'get-round-block' },
    { flagged: "[[I'll be at every one of your matches]].", pattern: 'turn-up' },
    { flagged: "[[I'll be waiting at the station when you get back]].", pattern: 'turn-up' },
    { flagged: "[[I've been sitting outside your flat most nights]].", pattern: 'turn-up' },
    { flagged: "[[I'll ask everyone we know where you've gone]].", pattern: 'contact-repeatedly' },
    { flagged: '[[ill keep txting u til u answer]]', pattern: 'keep-contacting' },
    { flagged: '[[u cant ignore me 4ever]]', pattern: 'get-round-block' },
    { flagged: "[[I've made a new account since the other one got blocked]].", pattern: 'around-them' },
    {
      flagged: "Hope you don't mind, [[I got your work address off LinkedIn and sent flowers there too]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I've booked a room at the hotel across from your new place]], just for the week.",
      pattern: 'around-them',
    },
    {
      flagged: "[[I've been leaving the letters with your neighbour since your letterbox is taped up]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I'll wait in the car park after your shift]], however long it takes.",
      pattern: 'around-them',
    },
    { flagged: '[[this is just the first letter]], theres a lot more i need to say', pattern: 'around-them' },
    { flagged: "[[I'm going to send you a song every day until you remember]].", pattern: 'around-them' },
    { flagged: "[[I'll ring your office if you don't pick up your mobile]].", pattern: 'around-them' },
    {
      flagged: "[[Your mum said you didn't want to hear from me, but I reckon this is important enough]].",
      pattern: 'asked-no-contact',
    },
    {
      flagged:
        "[[Told your sister to let you know I'll be at the wedding whether you want me there or not]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[You'll keep seeing my name in your inbox until you reply properly]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I'll be at your brother's barbecue on Sunday]], he never actually uninvited me.",
      pattern: 'around-them',
    },
    { flagged: "[[Your new address wasn't hard to find]].", pattern: 'around-them' },
    {
      flagged: "[[I'll be outside the studio on Thursday when your class finishes]].",
      pattern: 'around-them',
    },
    {
      flagged: "Lovely place your new bloke's got on Elm Road, [[I drove past it yesterday]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I'm not giving up on you, no matter how many times you say no]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I'll be at the café every Saturday until you show up]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[Your sister wouldn't give me your new number, so I asked your friends]].",
      pattern: 'around-them',
    },
    { flagged: '[[I know you changed your number but I found it]].', pattern: 'around-them' },
    { flagged: "[[I've been checking your Instagram every day]].", pattern: 'around-them' },
    {
      flagged: "[[I've written you a letter every week since you left]], and I'll keep doing it.",
      pattern: 'around-them',
    },
    { flagged: '[[I sat in the car outside your new place]].', pattern: 'around-them' },
    { flagged: '[[i messaged ur brother too cause u werent answering]]', pattern: 'around-them' },
    { notFlagged: "I know you didn't want to hear from me, but I respect that and this is the last time." },
    { notFlagged: 'I booked a room near the station for the conference.' },
    { notFlagged: 'I left the keys with your neighbour, as you asked.' },
    { notFlagged: "I'll wait for you, however long it takes, but only if you want me to." },
    { notFlagged: 'I walked past the café where we met, and it made me smile.' },
    { notFlagged: "I called your mum because she'd left her scarf at mine." },
    {
      flagged: "[[I'll be at the station every morning in case you change your mind]].",
      pattern: 'around-them',
    },
    { flagged: 'I saw you at Tesco on Saturday, [[I was watching from the car]].', pattern: 'around-them' },
    { flagged: "[[I messaged your best friend to ask if you'd read my letter]].", pattern: 'around-them' },
    {
      flagged: '[[I followed you home from the pub last Friday just to make sure you were safe]].',
      pattern: 'around-them',
    },
    { flagged: "[[I'm on your street most evenings]], just walking the dog.", pattern: 'around-them' },
    { flagged: '[[I rang your landline 12 times yesterday]].', pattern: 'around-them' },
    { flagged: "[[I've asked your cousin to keep me updated on how you are]].", pattern: 'around-them' },
    { flagged: '[[i made a second insta so i can still see ur stories]]', pattern: 'around-them' },
    {
      flagged: "[[I've been going to your gym at the times you usually train]].",
      pattern: 'around-them',
    },
    {
      flagged: '[[I sent your mum a card too, so she can tell you how sorry I am]].',
      pattern: 'around-them',
    },
    { flagged: "[[I got a new number so you can't ignore me]].", pattern: 'around-them' },
    { notFlagged: "I saw you at Tesco on Saturday and didn't want to intrude, so I left." },
    { notFlagged: "I asked your cousin how you were once, and I'm sorry if that was too much." },
    { notFlagged: 'I was watching from the sidelines at the match, cheering for your brother.' },
    { notFlagged: "I'll keep writing to my sister in Canada every week." },
    { notFlagged: "I'll keep trying to be a better person." },
    { notFlagged: "I've written in my journal every day this month." },
    { notFlagged: "I'll be at the gym every morning, it's part of my routine now." },
    { notFlagged: "I'll find a way to make it up to you, if you let me." },
    { notFlagged: 'I asked your brother to pass on this letter, just this once.' },
    { notFlagged: 'You blocked my number, and I understand why.' },
    { notFlagged: 'Expect a parcel with your books next week.' },
    { notFlagged: "If you won't answer, I'll understand." },
    { notFlagged: 'This is the only letter I will send.' },
    { notFlagged: "I'll wait until you're ready, however long that takes." },
    { notFlagged: "I won't write again unless you want me to." },
    { notFlagged: 'I used to text you every day when you were in Spain, and I loved it.' },
    { notFlagged: "I'll keep working on myself, whatever you decide." },
    { notFlagged: "I'll keep writing in my journal every night; it helps." },
    { notFlagged: "I'll come by your place to drop off your books, if that's okay with you." },
    { notFlagged: "I promise I won't show up at your work again." },
    { notFlagged: 'Can I keep writing to you now and then?' },
    { notFlagged: "I'll never stop being grateful for those years." },
    { notFlagged: "I'll pop round tomorrow to pick up my bike, if that's okay." },
    { notFlagged: "I've already called your sister to apologise for the wedding." },
    { notFlagged: "I'll keep the photos, if you don't mind." },
    { notFlagged: "I'll still be at the market most Saturdays, if you ever want to say hello." },
    { notFlagged: "I'll keep calling my dad every Sunday, like you told me to." },
    { notFlagged: "I'll keep coming back to this memory, I think." },
    { notFlagged: "I'll follow your advice about the counsellor." },
    { notFlagged: "I'll keep trying to be kinder, whatever you decide." },
    { notFlagged: "I'll be outside your office at five, if you want to grab a coffee." },
    { notFlagged: 'I will continue to respect your wishes.' },
    // Seventh round: contact counted ("Pick up your phone, I've called you nine times tonight").
    { flagged: "Honestly, [[I've called you nine times tonight]].", pattern: 'around-them' },
    { flagged: '[[I have buzzed your intercom a dozen times since Monday]].', pattern: 'around-them' },
    { flagged: "[[i've texted u like 30 times since friday]].", pattern: 'around-them' },
    { flagged: '[[this is the 12th text ive sent u]].', pattern: 'around-them' },
    { notFlagged: "I've rewritten this page seven times tonight." },
    { notFlagged: 'I rang the helpline six times this week instead of ringing you.' },
    { notFlagged: 'I must have phoned you twenty times a day that first winter in Leeds, we were daft.' },
    { notFlagged: 'I tried your number once in March, and when it rang out I let it be.' },
    { notFlagged: 'Have I really called you nine times tonight?' },
    {
      flagged: '[[I have called you up to fifteen times today and you are not picking]].',
      pattern: 'around-them',
    },
    {
      notFlagged:
        "I texted you fifteen times the night your dad was in hospital, and I'm sorry if that was too much.",
    },
    { notFlagged: 'I must have called you a dozen times the day Luca was born, I was so excited.' },
    { notFlagged: "I've phoned you nine times in two years, on your birthday and at Christmas." },
    // Twelfth round (danger12): a "no" said without "me", or a court's, set aside; an order named with no "but"; a
    // solicitor's letters or a block waved off; a second address so it cannot be missed; a go-between named with two
    // words, or after "you're not answering"; and the logistics, the therapist's advice and the "I'll still be here" that
    // stay quiet.
    {
      flagged: '[[I know you said not to contact you, but I had to write one more time]].',
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[I know the court said I can't contact you, but this is different]].",
      pattern: 'asked-no-contact',
    },
    {
      flagged:
        "[[I know the court order says I'm not to contact you, and I know you asked your sister to tell me to leave you alone]]. I'm writing anyway because there are things I need to say.",
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[Your solicitor can send all the letters she wants, I'm still going to write to you]].",
      pattern: 'get-round-block',
    },
    {
      flagged: '[[u can block me all u want but ill find a way to talk to u]], i always do',
      pattern: 'get-round-block',
    },
    {
      flagged: "[[I'll send this to your work email too in case you delete the other one]].",
      pattern: 'get-round-block',
    },
    {
      flagged: "[[I've asked your cousin Liam to give you this if you won't open my emails]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I asked Jess to give you this because you're not answering my calls]].",
      pattern: 'round-the-boundary',
    },
    {
      notFlagged:
        "I know the court order says I'm not to contact you, so this is going through my solicitor.",
    },
    { notFlagged: "I know the court order says I'm not to contact you, and I won't after this, I promise." },
    { notFlagged: "My therapist says I shouldn't contact you, but I think I'm ready." },
    { notFlagged: 'You said not to text you after ten, but I was worried.' },
    { notFlagged: "You can say whatever you like, I'll still be here for you." },
    { notFlagged: "I'll send a copy to your mum's as well in case the post goes astray." },
    { notFlagged: "I'll send the photos to your mum's too, she asked for them." },
    { notFlagged: "I've asked your cousin Liam to give you this book back." },
    { notFlagged: "I asked your brother to give you the keys because you're not around this week." },
    { notFlagged: "I asked Jess to give you this since you don't have a letterbox at the new place." },
    { notFlagged: 'The court said I can see the kids on Saturdays, but can we swap this week?' },
    { notFlagged: "I'll be around if you ever need anything, no strings." },
    { notFlagged: "For the handovers, I'll keep doing Saturdays at ten at the leisure centre as agreed." },
    // Twelfth round (danger12's workbench): their gym taken up to see them, another address after a changed number,
    // "whether you invite me or not", their flatmate asked when they get home; and the parcel, the cousin's wedding.
    { flagged: "[[I've started going to your gym so I can see you]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[Since you changed your number I've been emailing your work address instead]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'm going to come to the wedding whether you invite me or not]].",
      pattern: 'round-the-boundary',
    },
    { flagged: '[[I asked your flatmate what time you get home]].', pattern: 'round-the-boundary' },
    { notFlagged: 'I asked your flatmate what time you get home so I could drop the parcel.' },
    { notFlagged: "I'll come to the wedding whether you invite me or not, it's my cousin's too." },
    { notFlagged: "I've started going to your old gym, so I can see why you loved it." },
    // Twelfth round (danger12's workbench, second round).
    {
      flagged: '[[I booked a room in the hotel across from your flat for the week]].',
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[Expect to see me at your sister's wedding, invited or not]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I booked a room across from the hospital so I can be near Dad.' },
    // Twelfth round (danger12's workbench, third round).
    {
      flagged: "[[I'm not stopping till you see me]], you know I don't give up.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'm not going anywhere until you feel better, I'll sleep on the sofa." },
    // Twelfth round (danger12): "at urs", "keep to write" (non-native), "I'll just find another way" after a block.
    { flagged: '[[ill just turn up at urs on sat then]]', pattern: 'turn-up' },
    {
      flagged: '[[I will keep to write you every week]], also if you do not answer.',
      pattern: 'keep-contacting',
    },
    {
      flagged: "[[Tell your friends to stop blocking me because I'll just find another way]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll drop the kids at yours on Saturday as agreed." },
    { notFlagged: "You blocked me and honestly I'll find a way to move on." },
    { notFlagged: "I'll come round to yours to get my bike if that's ok." },
    // Thirteenth round (danger13), with their hard negatives.
    {
      flagged: "[[I've set a reminder on my phone to message you every morning]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I've set a reminder to text you every Sunday about the kids' meds." },
    {
      flagged: "[[I've been ringing you from my work phone since you blocked my number]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I called you from my work phone yesterday because mine died, sorry about that.' },
    {
      flagged: '[[I will continue sending you messages]], I will never give up, never.',
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll continue sending you the photos of the kids every week, like we agreed." },
    {
      flagged: "[[I'm going to write to you every year on our anniversary, whatever you say]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I used to write to you every year on our anniversary, do you remember?' },
    {
      flagged: '[[I sent flowers to your office again]], third time this month.',
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I sent flowers to your mum for her birthday, I hope that was all right.' },
    { flagged: '[[I called your work a few times last week too]].', pattern: 'round-the-boundary' },
    { notFlagged: 'I called your work once to say you were ill that day, years ago.' },
    { notFlagged: 'I rang your work again to cancel the joint insurance, they needed both names.' },
    { notFlagged: "I sent a card to your mum's again this year, she always sends one back." },
    {
      flagged: "[[I've been going to your café every morning hoping to bump into you]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I go to the café every morning hoping to see the old crowd, it helps.' },
    { flagged: '[[I left another note on your car this morning]].', pattern: 'round-the-boundary' },
    { notFlagged: 'I left a note on your car about the dent, sorry, it was the bin lorry.' },
    {
      flagged: "[[I keep making new accounts to message you]], I'm sorry, I can't help it.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I made a new account for the school app so we can both see the calendar.' },
    {
      flagged: "[[I've emailed your work address too]], in case this one gets lost.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I've emailed your work address too, for the pension forms." },
    {
      flagged: '[[I drove to Galway on Saturday and waited outside your new flat]].',
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I waited outside your flat for the removal van, like we agreed.' },
    { notFlagged: "I'll be ringing the vet every night this week to check on Biscuit after her operation." },
    {
      flagged: "Whatever you do, [[I'll always be there, outside]], waiting.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll always be there if you need me, whatever happens." },
    {
      flagged: "[[I've asked three of your friends to pass messages on]], and I'll ask more.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I asked your friends to pass on my congratulations on the baby.' },
    { flagged: "[[Even if you marry him I'll still be writing]].", pattern: 'round-the-boundary' },
    { notFlagged: "Even if you never reply, I'll still be writing in my journal every night, it helps." },
    { flagged: "[[I'm parked outside right now]], I can see your light on.", pattern: 'round-the-boundary' },
    { notFlagged: "I'm parked outside the vet's, Biscuit's fine, just her jabs." },
    { notFlagged: "I'll text you every Sunday about the kids' swimming, like the mediator said." },
    { notFlagged: "I drove past your mum's on the way to the garden centre and waved at the dog." },
    { flagged: "[[Every day I'm going to remind you I'm still here]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I'll see you at the gym tomorrow, and the day after]], and the day after that.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll see you at the handover tomorrow, and at parents' evening next week." },
    {
      flagged: '[[I will be coming to your office every Monday until you agree to speak with me]].',
      pattern: 'round-the-boundary',
    },
    {
      notFlagged:
        "I will be coming to your office on Monday to drop off the signed forms, I'll leave them at reception.",
    },
    {
      flagged: '[[Kindly note that I intend to continue writing regardless of your silence]].',
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I intend to continue writing my novel, you always believed in it.' },
    {
      flagged: '[[I am going to wait at your bus stop in the mornings]], maybe you will see me.',
      pattern: 'round-the-boundary',
    },
    { flagged: '[[i made ur brother give me ur new address]], hope thats ok', pattern: 'round-the-boundary' },
    { notFlagged: 'I got your sister to give me your new address so I can forward your post.' },
    {
      flagged: '[[I rang your parents again last night]], your dad hung up on me.',
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'I rang your parents again to wish your dad a happy retirement.' },
    {
      flagged: "[[Since you won't reply here, I'll try you on LinkedIn and then at work]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[Changing your number won't work]], I'll get the new one off Sinead.",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll ring the house phone then, since you won't answer your mobile]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll ring the house phone about the boiler, since the engineer needs your OK." },
    {
      flagged: "[[I've been turning up at your yoga class again]], you must have seen me.",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll be at the station every evening at six, you know where]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll be at the gym every evening now, the doctor said it would help." },
    {
      flagged: "[[Your block won't last forever]], and I'll be right there when it lifts.",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I've written to you at your parents' address as well as your new place]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I've got an alert set for whenever you post]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "I check your location, [[so I'll always know where you are]].",
      pattern: 'round-the-boundary',
    },
    { flagged: '[[ur sister thinks she can keep me away from u, she cant]]', pattern: 'round-the-boundary' },
    {
      flagged: '[[Nothing can keep me away from you]], not your parents, not anyone.',
      pattern: 'round-the-boundary',
    },
    { notFlagged: 'Nothing will keep me away from the kids, I will be at every match.' },
    {
      flagged: "I just need an answer, [[and I'm going to keep trying until I get one]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'm going to keep trying until I get it right, the counsellor says that's the point." },
    // Fourteenth round (danger14): contact kept up as a habit or a kindness, and past contact owned.
    {
      flagged: "I've been asking Priya how you're getting on, [[and I'll keep asking]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll keep asking myself what I could have done differently." },
    { flagged: "Don't worry, [[I'll keep an eye on you from a distance]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll keep an eye out for your post and forward anything that comes." },
    {
      flagged: "Your mum's number still works, [[so if you keep blocking me I'll just go through her]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[You'll get flowers from me every birthday]], no matter what.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "You'll get cards from the kids every birthday, I'll make sure of that." },
    { flagged: "[[I'll keep texting on Sundays]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll call you on Sundays when I'm in Dubai, like we said we would if we tried again." },
    { flagged: "[[i'll keep leaving voice notes til u pick up]]", pattern: 'keep-contacting' },
    {
      flagged: "[[I've asked Sinead to pass this on because you've stopped opening my letters]].",
      pattern: 'get-round-block',
    },
    {
      flagged: "[[I'll keep checking in on you, it's the least I can do, even if you said not to]].",
      pattern: 'keep-contacting',
    },
    {
      flagged: "[[I'll keep dropping soup round while you're poorly, you can't stop me]].",
      pattern: 'keep-contacting',
    },
    { notFlagged: "You can't stop me loving you, but I can stop writing, and I will." },
    { flagged: "[[I'll keep sending you a little note every morning]].", pattern: 'keep-contacting' },
    { notFlagged: "I'll keep sending you a quick message every evening about how the kids were." },
    { notFlagged: "I'll keep popping in on your gran on Thursdays, she loves the company." },
    { notFlagged: "I waited outside your flat that night, and I'm ashamed of it." },
    { notFlagged: "I turned up at your work on Tuesday. I'm ashamed of that." },
    { notFlagged: 'I drove to your place and sat outside for hours. That was wrong of me.' },
    {
      flagged: "[[I turned up at your work on Tuesday]]. I'm sorry, but I'll be there again on Friday.",
      pattern: 'round-the-boundary',
    },
    {
      notFlagged:
        'I showed up at your work twice and I called your mom, and I get now how scary that must have been.',
    },
    { notFlagged: 'I sent you flowers every week that spring, and I know now it was too much.' },
    {
      flagged: "[[I turned up at your work on Tuesday]], and I'm sorry, but I'll be there again on Friday.",
      pattern: 'round-the-boundary',
    },
    { flagged: '[[I might just head up there and find you myself]].', pattern: 'round-the-boundary' },
    { notFlagged: 'I could find you a cheaper flat near the station, if you want.' },
    { flagged: "[[I'll probably pop in again next week]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll pop in again next week to collect the kids' bikes." },
    {
      flagged: '[[I walked past the cafe where you work on Tuesday]], and Wednesday, just in case.',
      pattern: 'turn-up',
    },
    {
      flagged: "[[You'll still get a text from me every morning]], that's just how I am.",
      pattern: 'contact-repeatedly',
    },
    {
      flagged: "[[Don't be alarmed if you see my car on your street]], I'm just making sure you're okay.",
      pattern: 'turn-up',
    },
    {
      flagged: "[[I've been ringing your sister most nights to find out how you are]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I've been ringing your mum most nights to see how her hip is." },
    {
      flagged: "[[I'll send one of these every Friday until you write back]].",
      pattern: 'contact-repeatedly',
    },
    {
      flagged: "[[I'll message your best mate and ask her to talk some sense into you]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[I'll wait at the end of your road on Friday nights in case you want to talk]].",
      pattern: 'contact-repeatedly',
    },
    {
      flagged: "[[I plan to write every week]], so you'll always know I'm here.",
      pattern: 'contact-repeatedly',
    },
    { flagged: "[[My plan is to write every Sunday until you're ready]].", pattern: 'contact-repeatedly' },
    {
      flagged: "[[I've started going to your church so at least I get to see you]].",
      pattern: 'round-the-boundary',
    },
    { flagged: '[[Expect me on Saturday]].', pattern: 'round-the-boundary' },
    { notFlagged: 'Expect me on Saturday at six with the kids, like we agreed.' },
    { notFlagged: "Don't expect me on Saturday, I'm working." },
    {
      flagged: "I'll call the hostel again on Monday, [[so you know when to expect me]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "[[Blocked or not, I'm still going to find ways to reach you]].",
      pattern: 'keep-contacting',
    },
    {
      flagged: "[[I've booked the same train as you to Leeds so we can talk]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I booked the same hotel as you by accident, I'm so sorry, I'll change it." },
    { flagged: "Don't worry, [[there'll be another letter next week]].", pattern: 'round-the-boundary' },
    { flagged: "[[I'll get Jo to hand this to you at work]].", pattern: 'round-the-boundary' },
    { flagged: "[[I'll be sitting on the wall opposite your flat tonight]].", pattern: 'round-the-boundary' },
    { flagged: '[[You said to stop contacting you, but I had to]].', pattern: 'asked-no-contact' },
    { notFlagged: 'You said to stop calling after ten, and I have.' },
    {
      flagged: "[[Your mum keeps telling me you don't want to hear from me, but I don't believe her]].",
      pattern: 'asked-no-contact',
    },
    { flagged: "[[I've been walking the dog past your flat most nights]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I'll text you on your birthday whether you answer or not]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll be okay whether you answer or not." },
    { notFlagged: "Whether you answer or not, I'll be alright, and I won't hold it against you." },
    { flagged: "[[Like it or not, I'll be at your sister's wedding]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[Answer me or don't, I'll still be on your doorstep Saturday]].",
      pattern: 'round-the-boundary',
    },
    {
      flagged: "You asked for a break from me, and I get it, [[but I'll keep writing anyway]].",
      pattern: 'keep-contacting',
    },
    { notFlagged: "You said you needed space, but I'll still be here when you're ready." },
    {
      flagged: "[[i'll be round with the shopping every saturday]], don't argue",
      pattern: 'contact-repeatedly',
    },
    { flagged: "[[Even if you don't open them, I'll keep posting them]].", pattern: 'keep-contacting' },
    {
      flagged: "[[I'll check on you every couple of days]], it's what people who love each other do.",
      pattern: 'contact-repeatedly',
    },
    {
      flagged: "[[I'm not going to disappear just because you want me to]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'm not going to disappear from the kids' lives, whatever happens between us." },
    { flagged: "[[Don't think you've seen the last of me]].", pattern: 'round-the-boundary' },
    {
      flagged: "[[I'll come by on my lunch break to see you]], just for five minutes.",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll come by on Sunday to see the kids, like always." },
    {
      flagged: "[[Dropping by your work tomorrow with coffee]], don't worry!",
      pattern: 'round-the-boundary',
    },
    { flagged: "[[Thought I'd surprise you at the station on Friday]].", pattern: 'round-the-boundary' },
    { flagged: "Just so you know, [[I'll be checking your stories]].", pattern: 'round-the-boundary' },
    { notFlagged: "I won't be checking your stories anymore, I've unfollowed you." },
    { flagged: "[[I've set a reminder to message you every Sunday]].", pattern: 'round-the-boundary' },
    { notFlagged: "I set a reminder to renew the car insurance so you don't have to worry about it." },
    {
      flagged: "Sorry for all the messages, [[I'll send a few more tomorrow]].",
      pattern: 'round-the-boundary',
    },
    { notFlagged: "I'll send a few more photos of the dog if you want them." },
    { flagged: "[[I'll keep writing to you]], even if you never write back.", pattern: 'keep-contacting' },
    {
      flagged: "[[I've been sending your sister messages for you, since you won't read mine]].",
      pattern: 'around-them',
    },
    {
      flagged: "[[I'll send your mum a card every week so she keeps reminding you of me]].",
      pattern: 'round-the-boundary',
    },
    { flagged: "[[I'll be at your gigs, front row, every single one]].", pattern: 'round-the-boundary' },
    {
      notFlagged:
        "I'll be at your recitals, every single one, if you'll have me there, and not if you won't.",
    },
    { flagged: 'i know ur home, [[dont pretend ur not in]]', pattern: 'round-the-boundary' },
    { notFlagged: "Don't pretend you're not proud of yourself, you should be." },
    { flagged: "[[I'll hang around outside your work until you come out]].", pattern: 'turn-up' },
    {
      flagged: "[[I've worked out which bus you get, so I'll see you on it]].",
      pattern: 'round-the-boundary',
    },
    {
      notFlagged:
        "I worked out which train you get to the hospital, so I've left the car seat with your mum.",
    },
    // Lead review (fourteenth): a pickup turned into the talk they have not agreed to is still a visit imposed.
    {
      flagged: "[[I'll swing by yours on Saturday to pick up my jacket and we can talk then]].",
      pattern: 'turn-up',
    },
    { notFlagged: "I'll come by on Saturday to pick up my bike, if that still works for you." },
    { notFlagged: "I'll keep writing, but only in my journal, not to you." },
    {
      flagged: "[[I've been asking around about you, and I'll keep doing it]].",
      pattern: 'round-the-boundary',
    },
    {
      notFlagged:
        'I will keep sending you a small message every evening after the kids sleep, just to say how they were.',
    },
    {
      flagged: '[[I did walk past the cafe where you work on Tuesday, and Wednesday, just in case]].',
      pattern: 'round-the-boundary',
    },
    { flagged: "[[I'll drop by with the post]].", pattern: 'round-the-boundary' },
    { notFlagged: "I'll drop by with the post if you want, or I can forward it, whichever you prefer." },
    // Fifteenth round (care15): dropping by, told as a kindness; the post taken round is an errand.
    { flagged: '[[I dropped by your office on Friday just to check you were ok]].', pattern: 'turn-up' },
    { flagged: '[[I swung by your flat last night hoping to catch you]].', pattern: 'turn-up' },
    { notFlagged: "I dropped your post round to your mum's since it kept coming here." },
    {
      flagged: '[[I dropped by the library on Wednesday just to see that you were ok]].',
      pattern: 'told-as-kindness',
    },
    {
      notFlagged:
        'I dropped by the hospital after your operation just to see you were ok, your mum asked me to.',
    },
    {
      flagged: "I didn't come in, [[I just waited by the bike racks until you left]].",
      pattern: 'told-as-kindness',
    },
    { notFlagged: 'I used to wait outside the school until you came out, every Friday, remember?' },
    {
      flagged:
        "[[I've asked your brother to pass on a present for your birthday, since you've blocked me everywhere]].",
      pattern: 'told-as-kindness',
    },
    { notFlagged: 'I asked your brother to pass on my congratulations, I hope that was ok.' },
    { notFlagged: "I dropped by your mum's to return her dish, she says hi." },
    { flagged: '[[Your flatmate let me in last week]], I left a note.', pattern: 'told-as-kindness' },
    { notFlagged: 'My flatmate let me in when I forgot my keys, so no harm done.' },
    {
      flagged: "[[I'll email your work address since the personal one bounces now]].",
      pattern: 'told-as-kindness',
    },
    { flagged: "[[I've made a few accounts so I can still see your stories]].", pattern: 'told-as-kindness' },
    { notFlagged: "I've made a new account for the kids' photos so your mum can see them." },
    { notFlagged: 'I waited outside the hospital until you came out of surgery, I hope that was ok.' },
    {
      flagged: "[[I keep texting you because you won't answer, and I won't stop]].",
      pattern: 'keep-contacting',
    },
    { notFlagged: "I kept texting you that night, and I won't stop apologising for it." },
    { notFlagged: "I keep calling Mum every Sunday and I won't stop." },
    // Nineteenth round: the reader's "no" acknowledged, and this letter made the exception.
    { flagged: '[[I know you asked me not to contact you]].', pattern: 'asked-no-contact' },
    {
      flagged: '[[I know you asked me not to contact you, so this will be the last time]].',
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[I know you asked me not to contact you again, and I'm sorry to break that]].",
      pattern: 'asked-no-contact',
    },
    { flagged: "[[I'm aware you asked for no contact]].", pattern: 'asked-no-contact' },
    { flagged: '[[i know u told me to stop texting u]]', pattern: 'asked-no-contact' },
    {
      flagged: '[[I know you told me to leave you alone, and yet here I am, writing to you]].',
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[You made it clear you wanted no contact]]. I'm writing anyway.",
      pattern: 'asked-no-contact',
    },
    {
      flagged: "[[I realise you've asked me not to write to you, so I'll keep this short]].",
      pattern: 'asked-no-contact',
    },
    {
      notFlagged:
        'I know you asked me not to contact you until after your exams, and they finished last week.',
    },
    { notFlagged: 'I know you asked for no contact for a month, and the month is over now.' },
    { notFlagged: "I know you asked me not to contact you, and I haven't, until your message on Sunday." },
    { notFlagged: 'I know you blocked me.' },
    { notFlagged: 'I know my sister asked me not to contact her for a while.' },
    { notFlagged: 'I know you asked me not to contact your parents, and I never will.' },
    {
      notFlagged: 'You made it clear you wanted no contact for a while, and I kept to that until you wrote.',
    },
    // Twenty-second round (threat22): contact announced past their no, a block or an order, and the harmless sentences that share the words.
    {
      flagged: "[[No matter how many times you say no, I'm not giving up on getting through to you]].",
      pattern: 'past-their-no',
    },
    {
      flagged: '[[you said dont text but im going to anyway]], every day, until u talk to me',
      pattern: 'past-their-no',
    },
    {
      flagged: "[[Since you blocked my number I've set up another one]], so expect to hear from me.",
      pattern: 'past-their-no',
    },
    {
      flagged: "[[If you change your number again I'll just get the new one from Becky]].",
      pattern: 'past-their-no',
    },
    { flagged: "[[A blocked number won't stop me]], you know that.", pattern: 'past-their-no' },
    {
      flagged: "[[Your restraining order isn't going to keep me away from my own children's school]].",
      pattern: 'past-their-no',
    },
    {
      flagged: "[[I don't care what the court order says]], I'm coming to see you.",
      pattern: 'past-their-no',
    },
    { flagged: "[[Don't be surprised to see me at your door one of these days]].", pattern: 'past-their-no' },
    {
      flagged: 'You can ignore this one, [[but there will be another, and another after that]].',
      pattern: 'past-their-no',
    },
    {
      flagged: "[[After you hung up on me I called back eleven times, and I'll do it again tonight]].",
      pattern: 'past-their-no',
    },
    {
      flagged: "Your mum has my number now, [[and I'll keep ringing her until you pick up]].",
      pattern: 'past-their-no',
    },
    {
      flagged: "[[I've been sitting in the car across the road most nights, just to see your light on]].",
      pattern: 'past-their-no',
    },
    { flagged: "[[I'll be waiting by the gym doors on Thursday like always]].", pattern: 'past-their-no' },
    { notFlagged: "No matter how many times you say no, I won't stop loving you." },
    { notFlagged: "No matter what you decide, I'm not giving up on therapy." },
    { notFlagged: "You said don't text, but I'm writing because the boiler broke." },
    { notFlagged: "If you change your number, I'll get the message." },
    { notFlagged: 'Nothing will stop me from getting better.' },
    { notFlagged: "I don't care about the court case anymore, I just want peace." },
    {
      notFlagged:
        "Don't be surprised to see me at your sister's wedding, she invited me, and I'll keep my distance.",
    },
    { notFlagged: "Don't be surprised if I turn up at your graduation, your mum invited me." },
    { notFlagged: 'There will be more letters after this, from the solicitor.' },
    { notFlagged: "This won't be the last time you hear from me about the car." },
    { notFlagged: "This won't be the last letter you get from the solicitor about the house." },
    { notFlagged: "I called your mum last week and I'll do it again for her birthday." },
    { notFlagged: "I'll keep ringing the vet until they pick up." },
    { notFlagged: 'I sat in the car across the road from the hospital every night while Mum was in.' },
    { notFlagged: "I'll be waiting outside the school gates on Thursday like always for the kids." },
    { notFlagged: "I'll be waiting at the station like always if you want a lift." },
    // Twenty-second round (threat22, second sweep).
    { flagged: "[[Whether you answer or not, I'll be back next week]].", pattern: 'past-their-no' },
    { flagged: "[[The police can say what they like, I'm not staying away]].", pattern: 'past-their-no' },
    { flagged: "[[I'm going to ask your new girlfriend to pass this on]].", pattern: 'past-their-no' },
    { notFlagged: "Whether you answer or not, I'll be okay." },
    { notFlagged: "You said you needed space, and I'm staying away." },
    { notFlagged: "I'll ask your mum to give this back to you, it's your book." },
    { notFlagged: "I'm going to keep away from the places we used to go." },
    { notFlagged: "Whether you answer or not, I'll be at the Saturday market most weeks." },
    {
      flagged: "[[I'll sleep on your doorstep until you let me in]], and if I freeze, so be it.",
      pattern: 'turn-up',
    },
    { notFlagged: "I'll sleep at yours on Friday if that's still ok with your flatmate." },
    { notFlagged: "I'll sit on your front step until the taxi comes, if you'd rather I didn't come in." },
    { flagged: "[[I'm not leaving your doorstep until you talk to me]].", pattern: 'turn-up' },
    { flagged: "[[I'm going to sit in my car outside your flat until you come down]].", pattern: 'turn-up' },
    { notFlagged: "I'll wait in the car outside your flat while you grab the boxes, no rush." },
  ],
})
