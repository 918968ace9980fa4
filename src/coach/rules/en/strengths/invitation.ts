// A low-pressure proposal to meet or talk: "Would you like to have a coffee one of these days?",
// "I'd love to see you again, if you want to." Not an order or an urgent demand ("You have to meet
// me tonight"), and not a memory ("we could talk for hours").
import { CONFESS_NOW, ON_THEIR_CONFESSION } from '../../../lexicon/en/bargain.js'
import { defineRule, sentenceWith } from '../define.js'

/** Meeting or talking. */
const MEET =
  "meet(?:ing)?(?: up)?|met (?:up|for)|join(?:ing)? (?:me|us|in)(?![\\p{L}])|joining(?=\\s*(?:[.!?,;…]|$))|(?:take|drink|have) (?:a |an |one )?(?:coffee|cafe|café|tea|beer|drink|glass of wine)|say (?:hi|hello)|drop by|stop by|pop (?:by|in|round)|come (?:by|over|round)|see (?:you|u|each other)|seeing (?:you|u|each other)|talk(?:ing)?|speak(?:ing)?|chat(?:ting)?|catch(?:ing)? up|get(?:ting)? together|hang(?:ing)? out|hang(?= ?[.!?,;]|$| sometime| soon| again| some time)|go(?:ing)? for (?:a |an )?(?:coffee|drink|walk|lunch|dinner|bite|meal|stroll|beer|glass of wine|tea)|grab(?:bing)? (?:a |an |some )?(?:coffee|drink|bite|lunch|dinner|tea|beer|meal|cuppa|cup of (?:tea|coffee)|brew|bubble tea|curry|bite to eat|catch-up|natter|food|takeaway|pizza|ice cream|pint|croissants?|tacos?|burgers?|sushi|ramen|noodles|dumplings|dim sum|pho|kebabs?|fish and chips|chips|(?:a )?slice of cake|cake|pastr(?:y|ies)|doughnuts?|donuts?|bagels?|hot chocolate|milkshakes?|smoothies?|cocktails?|gelato|waffles|pancakes|brunch)|(?:have|having|get|getting) (?:a |an |some |that |the )?(?:coffee|drink|chat|talk|lunch|dinner|walk|tea|conversation|meal|beer|glass of wine|pint|brunch|breakfast|bite|cuppa|cup of (?:tea|coffee)|brew|bubble tea|curry|bite to eat|catch-up|natter|food|takeaway|pizza|ice cream|pint|croissants?|tacos?|burgers?|sushi|ramen|noodles|dumplings|dim sum|pho|kebabs?|fish and chips|chips|(?:a )?slice of cake|cake|pastr(?:y|ies)|doughnuts?|donuts?|bagels?|hot chocolate|milkshakes?|smoothies?|cocktails?|gelato|waffles|pancakes|brunch)|go (?:and see|to see)|see (?:a|the|an) (?:film|movie|show|play|exhibition|gig|concert|match)|walk(?:ing)? (?:\\p{L}+ )?together|cook(?:ing)? (?:for (?:you|u)|dinner)|buy (?:you|u)|make (?:you|u) (?:dinner|lunch|breakfast)|take (?:you|u)(?= ?[.!,;]|$| there| to)|(?:a |an )?(?:coffee|drink|chat|talk|lunch|dinner|walk|phone call|call|conversation|tea|pint|brunch|picnic|film|movie|cuppa|cup of (?:tea|coffee)|brew|bubble tea|curry|catch-up|natter)(?![\\p{L}])(?!\\s+(?:away|off|out on|out of|it (?:quits|a day|off)|time on|all over)(?![\\p{L}]))|drop (?:in|by)|come (?:and|to) (?:see|visit)|(?:be|stay|remain|still be) friends|visit(?![\\p{L}])|call(?:ing)? (?:me|each other)|come (?:to (?:you|u)(?![\\p{L}])|up to|down to|over to|and visit)|visit(?:ing)? (?:you|u)(?![\\p{L}])|hear(?:ing)? (?:from (?:you|u)|your voice|how (?:you|u)(?:'re| are|r| have been|'ve been) (?:doing|getting on|keeping)|(?:all )?about (?:your|ur) (?:new |life|news|job|travels|work)|your news)|take (?:you|u) (?:out|for)|sit(?:ting)? down(?: together| with (?:you|u)| and talk| over| for| somewhere)?|go (?:there |along )?with (?:you|u)|come (?:along )?with (?:you|u)|join(?:ing)? (?:you|u|us|the team|me)|(?:be|being) (?:mates|pals|friends)|face to face|in person|facetime|video ?call|skype|zoom call|(?:a |an )?(?:video|zoom|facetime|whatsapp) call|invite (?:you|u)|show (?:you|u)(?= (?:round|around|the|my|our|where))|call(?:ed)? (?:you|u)(?= ?[.!?,;]|$| (?:one|some|sometime|this|next|tomorrow|later|soon|when|if|at|again|for|in|on))"
/** Up to three words that are not a negation. */
const FEW_POSITIVE =
  "(?:(?!(?:never|not|no|nothing|longer|who|which|whom){E})(?![\\w']*n'?t{E})[\\w']+\\s+){0,3}?"
/** Pressure in the next sentence takes the invitation back: "Can we talk? I need an answer tonight." */
const THEN_NO_PRESSURE =
  '(?![^.!?\\n]{0,100}[.!?]+\\s{0,3}[^.!?\\n]{0,60}?{B}(?:i need (?:an answer|you to)|answer me|no excuses|(?:you|u) owe me|(?:you|u) (?:have|need) to|(?:you|u) must|or else|(?:your )?last chance|now or never|right now){E})'
/** The rest of the clause, for patterns underlined from where they start (texting runs sentences together). */
const TAIL =
  "(?:(?:(?!\\s(?:and|but|so|or|x|no (?:worries|pressure|stress|rush|problem))(?![\\p{L}']))[^,;:—–()….!?\\n]){0,80}(?![\\p{L}\\p{N}]))?"

export default defineRule({
  id: 'invitation',
  kind: 'strength',
  severity: 'info',
  sixRule: 'seduction',
  title: 'Invitation',
  summary: 'A gentle proposal to meet or talk, which leaves the reader free to say no.',
  message:
    'A gentle invitation. It opens a door without pushing them through it; keep it this light, with no date they must meet.',
  patterns: [
    {
      id: 'would-you',
      // "Would you like to have a coffee?", "Would you be open to talking?", "Do you fancy a walk?"
      re: `(?<!{B}(?:why|how|what|who|where|when)\\s+)(?:{B}(?:would|could|might|wud|wld|cud|cld) (?:you|u|ya)(?: ever| maybe| perhaps| possibly| still| one day| someday)? (?:like|want|wanna|care|be (?:up for|open to|willing to|free|ok with|okay with|up to|interested in|happy to)|consider|fancy|feel like|mind|have time|be around)|{B}(?:do (?:you|u|ya)|d'?you|d'?ya|dya)(?: ever| maybe| perhaps| still)? (?:want|wanna|fancy|feel like)|{B}would it be (?:ok|okay|alright|all right|possible|weird|too much|nice|good) (?:if|to) (?:we|i)(?: could)?|{B}(?:would|could|will) (?:you|u) let me)(?: to)?\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}`,
    },
    {
      id: 'if-you-want',
      // "If you ever want to talk, I'm here", "whenever you feel like a coffee", "call me whenever you like".
      re: `(?:{B}(?:if|whenever|when|once|should|in case|any ?time)(?: at some point| one day| someday| some day| ever)? (?:you|u|ya|ur|u r)(?:'?re| are)?(?: ever| one day| someday| at some point)?(?:'?d| would)?(?: ever| one day| someday)? (?:feel like|want|wanna|up for|free for|around for|are ready|'?re ready|feel ready|like|fancy|are open|'?re open|feel up|are up|'?re up|need|get the chance|wish|care|choose|decide)(?: to| for)?\\s+${FEW_POSITIVE}(?:${MEET})|(?<!{B}(?:you|u|i|he|she|they|we)\\s+(?:[\\w']+\\s+)?)(?<!{B}(?:the|a|an|my|your|ur|on|by|over|long|quick|proper)\\s+)(?:{B}(?:call|text|write to|write|message|ring|email|phone)(?: me)?|{B}(?:give|drop) me a (?:call|ring|shout|bell|text|line|message|note))(?: back| up)? (?:whenever|anytime|any time|sometime|some time|if (?:you|u)(?:'?re| are| r)? (?:ever|want|like|feel like it|need|free|around|about|bored|passing|in town|nearby|at a loose end)|when (?:you|u) (?:want|like|feel|'?re ready|are ready))|{B}(?:feel free|don'?t hesitate) to (?:call|text|write|message|ring|email|reach out|get in touch)|(?<!{B}(?:you|u|i|he|she|they|we)\\s+(?:[\\w']+\\s+)?){B}(?:drop|pop|come|swing|stop|call) (?:by|round|over|in|along|up)(?:\\s+[^.!?\\n]{0,30}?)?\\s(?:any ?time|whenever|sometime|some time|if (?:you|u) (?:ever )?(?:want|like|fancy|feel like|wish))(?![\\p{L}])(?!\\s+(?:your|ur|the|my|his|her|it back|them back)(?![\\p{L}]))(?![^.!?\\n]{0,30}{B}(?:and|to) (?:pick up|collect|get|grab|take|fetch|explain|apologi[sz]e|return|clear out)(?![\\p{L}]))|{B}(?:drop me a (?:line|text|message|note)|give me a (?:call|ring|shout|bell|text)|get in touch|text me|call me|ring me|message me|write to me)\\s+(?:if|whenever|when) (?:you|u)(?:'?d| would)?(?: ever)? (?:fancy|want|like|feel like|wish|are up for|'?re up for|need)|{B}let me know if (?:you|u)(?:'?d| would)?(?: ever)? (?:like|want|fancy|feel like|wish)(?: to)?\\s+[^.!?\\n]{1,40}?{B}together{E}(?!\\s+(?:deleted|back|returned|removed|gone|binned|sent|burned|burnt|destroyed|shredded)))${THEN_NO_PRESSURE}${TAIL}|{B}my (?:number|phone number|email|address) (?:hasn'?t changed|has not changed|is still the same|'?s still the same|is the same|'?s the same)${TAIL}`,
      // Underlined from the "if": in a run-on text message the clause before belongs to another sentence.
      span: 'match',
    },
    {
      id: 'id-love',
      // "I'd love to see you again", "I'd like to talk, someday", "It would be nice to have a coffee".
      re: `{B}(?:(?<=(?:^|[.!?\\n])\\s{0,3})would|i'?d|i would|it would be|it'?d be|it would|it'?d|it might be|it may be|it could be|i'?d really|i would really|i'?d still|i would still)(?: really| so| very much| still| honestly| dearly| truly| genuinely| also| very| more than)* (?:love|like|be (?:(?:so|very|really|more than|truly)\\s+)*(?:happy|glad|grateful|delighted|honou?red|willing|open|ready|pleased)|(?:be )?(?:nice|lovely|good|great|wonderful)|mean (?:a lot|so much|the world|a great deal)(?: to me)?|(?:welcome|like|love|value|appreciate) (?:the|a) (?:chance|opportunity))(?: it)?(?: very much| so much| a lot)? (?:to|2|if we could|us to|for us to)\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}${TAIL}|{B}(?:you'?d|you would|you'?re|you are|you'?ll|you will|u'?d|ur|u r)\\s+(?:be\\s+)?(?:(?:always|very|more than|most|so|truly|still)\\s+)*welcome(?:\\s+to (?:visit|come|drop|pop|stay|call|join|meet)|(?= ?[.!,;]|$| any ?time| here| round| over| at| for (?:(?:a|an) (?:braai|barbecue|bbq|coffee|cuppa|meal|drink|bite|visit|dinner|lunch|tea|roast|pint|chat|natter)|dinner|lunch|tea|supper|coffee|drinks|sunday lunch)(?![\\p{L}])))${THEN_NO_PRESSURE}|{B}(?:a|an|some) (?:[\\p{L}]+ )?(?:coffee|drink|call|phone call|walk|chat|talk|lunch|dinner|meal|pint|cuppa|catch-up|visit|cup of tea)(?: [\\p{L}]+){0,3}? (?:would|might|could) (?:be (?:(?:really|so|very)\\s+)?(?:lovely|nice|great|good|wonderful|fun|welcome|brilliant)|mean (?:a lot|the world|so much|a great deal))(?![\\p{L}])${THEN_NO_PRESSURE}|{B}(?:please )?let me (?:buy|take|cook|make|get) (?:you|u)(?:${THEN_NO_PRESSURE})${TAIL}|{B}(?:i'?d|i would)(?: (?:very much|really|truly|so|greatly|gladly|warmly))* welcome (?:a|an|any|the chance of a|your) (?:[\\p{L}]+ )?(?:conversation|chat|call|talk|meeting|visit|coffee|catch-up|letter|reply)(?![\\p{L}])${THEN_NO_PRESSURE}${TAIL}`,
      // Underlined from the wish on: in a run-on text message the words around belong to other sentences.
      span: 'match',
    },
    {
      id: 'wondered',
      // Twelfth round (letters review): the formal British wondering ("I wondered if we might start with a walk on a
      // Sunday", "I was wondering whether you and I could meet for lunch"). Only with a meeting or an outing named:
      // "I wondered if we could have saved it" is a regret, not an invitation.
      re: `{B}i (?:(?:just|had|have|also|sometimes)\\s+)?(?:wondered|was wondering|wonder|'?m wondering|am wondering|'?ve been wondering|have been wondering) (?:if|whether) (?:we|you and i|u and i|we two) (?:could|might|may|can)\\s+(?:(?:perhaps|possibly|maybe|one day|sometime|some day|start with|begin with|try|have|go for|take|grab|get|share|manage|meet for)\\s+)*(?:(?:a|an|some|one)\\s+)?(?:[\\p{L}]+\\s+)?(?:walk|coffee|cuppa|drink|lunch|dinner|chat|talk|call|phone call|pint|tea|meal|stroll|catch-up|conversation|${MEET})(?![\\p{L}])${THEN_NO_PRESSURE}${TAIL}`,
      span: 'match',
    },
    {
      id: 'and-if-you-want',
      // Twelfth round (letters review): the wish after a condition, as a non-native writer joins them ("If some day
      // you come to Madrid and you want, we can take a coffee", "when you are back and u like, we can meet").
      re: `{B}(?:and|if) (?:you|u) (?:want|like|wish|fancy|agree|feel like it)(?: it| to| so)?,?\\s+(?:then\\s+)?we (?:can|could|might|may)\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}${TAIL}`,
      span: 'match',
    },
    {
      id: 'short-offer',
      // Texted offers, in a question only: "Fancy a coffee sometime?", "Up for a walk next week?"
      re: `(?:fancy|up for|free for|down for|keen for|wanna|want to|coffee|drinks?|lunch|dinner|a walk)(?<=(?:^|[.!?\\n])\\s{0,3}(?:fancy|up for|free for|down for|keen for|wanna|want to|coffee|drinks?|lunch|dinner|a walk))\\s*${FEW_POSITIVE}(?:${MEET}|sometime|some time|soon|one day|one of these days|next week|some (?:morning|evening|day|weekend|afternoon|sunday|saturday))${THEN_NO_PRESSURE}|(?:fancy|up for)(?<=(?:^|[.!?\\n])\\s{0,3}(?:fancy|up for)) (?:a|an|another|going|getting|grabbing|meeting|coming)\\s+[\\p{L}-]+${THEN_NO_PRESSURE}|(?:maybe|perhaps)(?<=(?:^|[.!?\\n])\\s{0,3}(?:maybe|perhaps)) (?:(?:a|an|some|one) )?(?:${MEET})(?=[^.!?\\n]{0,50}?(?:sometime|some time|one day|someday|some (?:saturday|sunday|evening|weekend|day)|next|soon|when (?:you|u)|if (?:you|u)))${THEN_NO_PRESSURE}`,
      questions: 'only',
    },
    {
      id: 'we-could',
      // "Maybe we could grab a coffee", "Could we talk sometime?", "Let's have a coffee when you're back".
      re: `(?:{B}(?:(?:maybe|perhaps|possibly)(?:,? (?:one day|someday|sometime|some day|at some point|one of these days|in time),?)?|(?:i )?(?:thought|think|was thinking|was wondering if|wonder if|hope|hoped|am hoping|'?m hoping|was hoping|were hoping|'?d hoped|had hoped)(?: that)?|if (?:you|u)(?:'?d| would)? (?:like|want|fancy|fancy it|feel like it)(?: to)?,?|if (?:you|u)(?:'?re| are) (?:keen|up for it|game),?|if (?:you|u)(?:'?re| are| r) (?:agreeable|willing|open to it|up for it|happy to|free)(?: to)?,?|if (?:you|u) (?:don'?t|do not) mind,?)\\s+we (?:could|can|might)|{B}if (?:you|u)(?:'?d| would)? (?:like|want)(?: to|(?: it)? that)?,\\s*i (?:could|can)\\s+${FEW_POSITIVE}(?:${MEET})|{B}(?:could|can|shall|might) we\\s+${FEW_POSITIVE}(?:${MEET})|{B}(?:let'?s|how about we|how about|why don'?t we|why not)\\s+${FEW_POSITIVE}(?:${MEET})|{B}we (?:could|can|might|should|ought to)\\s+${FEW_POSITIVE}(?:${MEET})(?=[^.!?\\n]{0,50}?(?:sometime|some (?:evening|day|night|afternoon|morning|weekend)|one (?:evening|day|night|afternoon|morning|weekend)|just to (?:catch up|talk|chat|say hi)|some time|one of these days|one day|someday|soon|again|when(?:ever)? (?:you|u)|if (?:you|u)|next (?:week|month|time)|this (?:week|weekend)|at some point|in (?:a few|the coming) (?:days|weeks)|together|if (?:that|it) (?:sounds|works|suits))))${THEN_NO_PRESSURE}`,
    },
    {
      id: 'ask',
      // Asked as a question: "Can I buy you a coffee one day?", "Any chance we could meet up?", "How would you
      // feel about a walk?", "Would a phone call be okay?", "Are you free for a coffee next week?"
      re: `(?:{B}(?:can|could|may|might) i\\s+${FEW_POSITIVE}(?:take (?:you|u) (?:out|for|to)|buy (?:you|u)|(?:call|ring|phone|see|meet) (?:you|u)(?= ?[?.!,]|$| (?:sometime|some time|one day|this|next|later|soon|when|if|at|again|for|in person|properly|face to face))|visit (?:you|u)|come (?:and see|to see|by|over|round|to (?:you|u))|cook (?:for (?:you|u)|(?:you|u) (?:dinner|lunch|breakfast))|treat (?:you|u) to)|{B}(?:any|is there (?:any|a)|what are the) chances? (?:of|that|we|you|u|i)\\s+${FEW_POSITIVE}(?:${MEET})|{B}how (?:would|do|'?d) (?:you|u) feel about\\s+${FEW_POSITIVE}(?:${MEET})|{B}(?:would|could|might) (?:a|an|some) (?:[\\p{L}]+ )?(?:coffee|drink|call|phone call|walk|chat|talk|lunch|dinner|meeting|visit|meet-up|catch-up|pint|cuppa|meal)(?: [\\p{L}]+){0,3}? be (?:ok|okay|alright|all right|possible|too much|nice|good|welcome|something)|{B}(?:are|r) (?:you|u) (?:free|around|about|up for|available)(?: for| to)?\\s+${FEW_POSITIVE}(?:${MEET}|(?:one|some) (?:evening|day|afternoon|morning|weekend))|{B}do (?:you|u) think (?:we|you|u)(?:'?d| could| might| would| can)(?: want to| like to| be up for)?\\s+${FEW_POSITIVE}(?:${MEET})|{B}(?:what|how) about\\s+(?:(?:a|an|some|we)\\s+)?(?:${MEET})(?:\\s+(?:sometime|some time|one day|one of these days|soon|next \\p{L}+|this \\p{L}+|when (?:you|u)))?(?= ?[?]))${THEN_NO_PRESSURE}`,
      questions: 'only',
    },
    {
      id: 'offer',
      // An offer left to their wish: "If you're ever in Glasgow, let me know and I'll buy you lunch", "happy to
      // meet for a coffee whenever you like", "I could come up to Leeds, if you like".
      re: `(?:{B}(?:let me know|give me a (?:shout|call|ring|bell|text)|drop me a (?:line|text|message)|get in touch|text me|call me|ring me|message me)[^.!?\\n]{0,40}?(?:and|&) (?:i'?ll|i will|we'?ll|we can|we could|i can|i could|i'?d)\\s+${FEW_POSITIVE}(?:${MEET})|{B}(?:i could|i can|i'?d|i would|i'?m happy to|i am happy to|happy to|glad to|open to|we could|we can|maybe|perhaps|i'?ll happily|i'?m free to|i'?m around to|(?:you|u) (?:could|can) always)\\s+${FEW_POSITIVE}(?:${MEET})(?!\\s+(?:to|about|with) (?:him|her|them|your \\p{L}+))[^.!?\\n]{0,40}?(?:if (?:you|u) (?:like|want|fancy it|fancy|are|'?re up for it|are up for it|feel like it|'?d like|would like|'?re free|are free)|whenever (?:you|u) (?:like|want|fancy|are free|'?re free|can)|when(?:ever)? (?:it )?suits(?: (?:you|u))?|if (?:it|that) suits|wherever suits|wherever (?:you|u) (?:feel|like|want|prefer|choose)|wherever(?:'s| is) (?:easiest|easier|comfortable|best)|whenever (?:works|suits|is good|'?s good|is easier|'?s easier)|if (?:it'?s|that'?s|that is|it is|it would be|that would be|it makes (?:it|things)) (?:easier|better|simpler|more convenient|nicer|less awkward)|when(?:ever)? it works(?: for (?:you|u))?))(?![\\p{L}])${THEN_NO_PRESSURE}`,
    },
    {
      id: 'if-ever-in',
      // "If you're ever passing through Bath, the kettle's always on", "if ur ever round mine, come say hi".
      re: `{B}if (?:you|u|ur|u r)(?:'?re| are| r|'?d| would| happen to be)? ever (?:[\\p{L}-]+ ){0,2}?(?:in|passing|back|around|round|near|up|down|over|nearby|through|visiting)(?![\\p{L}])[^.!?\\n]{0,50}?(?:the kettle(?:'s| is)|(?:my|the) door(?:'s| is)|(?:please )?(?:visit|come (?:and )?see|look up) (?:me|us)|drop (?:in|by)|come (?:by|round|over|and see|say)|pop (?:in|by|round)|say (?:hi|hello)|give me a (?:shout|call|ring|bell|text)|let me know|look me up|get in touch|drop me a|i'?d (?:love|like|be)|would be (?:lovely|nice|great|good)|with (?:your|ur) name on it|(?:you'?re|you are|you'?d be|you would be) (?:always |very |more than )?welcome|you know where (?:i am|to find me)|(?:a|an) (?:coffee|drink|pint|cuppa|meal|bed|room|sofa|couch|spare room))(?![\\p{L}])${THEN_NO_PRESSURE}${TAIL}`,
      span: 'match',
    },
    {
      id: 'available',
      // Availability left open: "If a call is easier, I'm around most evenings", "I'm still on the same
      // number", "We could go to the market together again one day".
      re: `(?<=(?:{B}if (?:you|u)|{B}if (?:a|an) |call|phone|ring|talk|chat|letter|coffee)[^.!?\\n]{0,60}){B}(?:{IM}|i'?ll be|i will be)\\s+(?:usually\\s+|always\\s+|still\\s+|mostly\\s+|generally\\s+)?(?:around|free|in|home|about|reachable|available)\\s+(?:most|any|every|in the|on|at|weekday) (?:evenings?|nights?|weekends?|days?|afternoons?|mornings?|time)(?![\\p{L}])${TAIL}|{B}(?:{IM}|i am|i'?ll be)\\s+(?:still\\s+)?(?:on|at) the (?:same|old) (?:number|email|address)(?![\\p{L}])|{B}(?:(?:maybe|perhaps)\\s+)?we (?:could|can|might|should|ought to) (?:go|head|pop|walk|wander|drive)(?: back)? (?:to|down to|along|round|up to|out to)\\s[^.!?\\n]{1,40}?{B}together{E}(?=[^.!?\\n]{0,30}?(?:again|one day|sometime|some day|someday|if (?:you|u)|when (?:you|u)))${THEN_NO_PRESSURE}${TAIL}`,
      span: 'match',
    },
    {
      id: 'if-you-fancy',
      // Seventeenth lead review: the offer in the if-clause, availability after it — "If you ever fancied a brew, I'm
      // about", "if u fancy a pint sometime im around".
      re: `{B}if (?:you|u)(?: ever)? (?:fancy|fancied|feel like|felt like|want|wanted|wanna)\\s+(?:a |an |some )?(?:brew|cuppa|cup of tea|tea|coffee|pint|drink|walk|natter|chat|catch-up|catch up|bite|curry|lunch)(?![\\p{L}])[^.!?\\n]{0,30}?,?\\s*(?:{IM}|i'?ll be|i am)\\s+(?:always\\s+|still\\s+|usually\\s+|generally\\s+)?(?:about|around|free|in|here|game|local|nearby|up for it)(?=\\s*(?:[.!,;…]|$))`,
      span: 'match',
    },
    {
      id: 'open-door',
      // A standing welcome: "my door is always open", "the kettle's always on", "my number's the same", "you can
      // call me anytime", "I'll be at the Red Lion on Saturday if you feel like coming by", "whenever you feel
      // ready, we could meet", "perhaps, when you feel ready, we might sit down together".
      re: `{B}(?:my |the |our )?(?:door|doors)(?:'s| is|s| are)\\s+(?:(?:always|still|wide|always wide|forever)\\s+)*open(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:behind|leave|go|get out|walk out|on your way|for (?:you|u) to (?:leave|go))(?![\\p{L}]))|{B}(?:the |my )?kettle(?:'s| is|s) (?:always |still )?on(?![\\p{L}])|{B}(?:{IM}|i'?ll be|i will be)\\s+(?:(?:always|only|just|still)\\s+)*(?:a|one)\\s+(?:phone call|call|text|message|email|train ride|bus ride|short drive|drive|flight)\\s+away(?![\\p{L}])(?=\\s*(?:[.!,;…]|$)|\\s+(?:if|whenever|should|when|any)(?![\\p{L}]))|{B}(?:a|an)\\s+(?:coffee|pint|drink|cuppa|beer|glass of wine|meal|slice of cake|cake|brew|bed|seat)\\s+(?:here\\s+)?with\\s+(?:your|ur)\\s+name\\s+on\\s+it|{B}(?:mi casa es (?:su|tu) casa|my (?:home|house|place|flat) is (?:your|ur) (?:home|house|place|flat)|(?:you|u) (?:will )?(?:always )?(?:have|'ll have) a home (?:here|with me))(?![\\p{L}])|{B}(?:i'?d|i would)\\s+(?:(?:really|so|very|truly)\\s+)?(?:be\\s+(?:glad|grateful|happy)\\s+of|love|like|enjoy|welcome|value)\\s+(?:your|ur|the)\\s+company(?![\\p{L}])(?!\\s+(?:of|at)\\b)|{B}my (?:number|phone number|mobile|email|address)(?:'s|s| is| has)?\\s+(?:still\\s+|not\\s+|never\\s+)?(?:the same|same as (?:before|ever|always)|unchanged|not changed|never changed|hasn'?t changed)(?![\\p{L}])|{B}(?:i'?ve|i have|i)(?: still)? (?:got|have|kept) the same (?:number|phone number|mobile|email)(?![\\p{L}])|{B}(?:you|u) (?:can|could) (?:always |still )?(?:call|ring|text|phone|message|email|write to) me (?:any ?time|whenever|any day|day or night|if (?:you|u) (?:ever )?(?:want|need|like|feel like))(?![\\p{L}])${THEN_NO_PRESSURE}|{B}(?:i'?ll|i will|i'?m going to|i am going to|{IM}|we'?ll|we will)\\s+(?:still\\s+|probably\\s+|usually\\s+|definitely\\s+|always\\s+)?(?:be|going)\\s+(?:at|in|down at|up at|around|there|to|about)(?![\\p{L}])[^.!?\\n]{1,60}?(?:if|should|whenever|in case) (?:you|u)(?:'?d| would)?(?: ever| happen to)? (?:fancy|feel like|want|wanna|like|fancied|felt like|wanted|are free|'?re free|'?re around|are around|care to|wish|feel up to)(?![\\p{L}])(?!\\s+(?:your|ur|the|my|his|her|it back|them back)(?![\\p{L}]))${THEN_NO_PRESSURE}${TAIL}|{B}(?:when(?:ever)?|once|if) (?:you|u)(?:'?re| are| feel| ever)?\\s[^.!?\\n]{0,30}?,\\s*(?:(?:maybe|perhaps)\\s+)?we (?:could|can|might)\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}|{B}(?:maybe|perhaps),?\\s+(?:when(?:ever)?|once|if|one day|someday|at some point) [^.!?\\n]{0,30}?,\\s*we (?:could|can|might)\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}`,
    },
    {
      id: 'free-offer',
      // An offer with the choice left to them, in any order: "Come to the gig on Friday if you like", "if you're
      // free, lunch is on me", "if you ever want to take the dog to the beach together", "say the word and I'll drive
      // up", "the offer of a coffee is always there", "you know where I am", "I'm available to meet".
      re: `(?<!{B}(?:you|u|he|she|they)\\s+(?:[\\w']+\\s+)?){B}(?:come (?:to|along|round|over|by|up|down|with)|go with (?:you|u)|join (?:me|us|the)|meet|visit|drive (?:up|down|over)|pop (?:round|over|by|in)|show (?:you|u)|take (?:you|u)|bring (?:you|u)|drop (?:by|in)|talk|chat|catch up|go (?:[\\p{L}]+ )?together|[\\p{L}]+ (?:[\\p{L}]+ )?together)(?![\\p{L}])[^.!?\\n]{0,50}?{B}(?:if|whenever|when) (?:you|u|ur)(?:'?re| are| r)?(?: ever)? (?:like|liked|want|wanted|wanna|fancy|fancied|feel like|felt like|free|curious|up for|around|keen|interested|bored|'?d like|would like|wish|feel up to|up to it|feel ready|ready|have (?:the )?time|get (?:a|the) chance|passing|in the area|at a loose end|in town|nearby)(?![\\p{L}])(?!\\s+(?:your|ur|the|my|it back|them back|to (?:leave|go|get|collect|pick|return|end|finish|split|divorce|break|move on|stop)))${THEN_NO_PRESSURE}|{B}if (?:you|u|ur)(?:'?re| are| r)? (?:ever )?(?:free|around|about|up for it|in town|nearby|passing|bored)(?![\\p{L}])[^.!?\\n]{0,40}?(?:{B}on me(?![\\p{L}])|{B}my treat|{B}i'?ll (?:buy|get|pay|cook|take|drive|come)|{B}(?:you|u) know where (?:i am|to find me)|{B}(?:coffee|lunch|dinner|drinks?|a pint|the kettle)(?![\\p{L}]))${THEN_NO_PRESSURE}|{B}if (?:you|u) (?:ever )?(?:want|wanna|fancy|feel like|'?d like|would like)(?: to)?\\s[^.!?\\n]{1,50}?{B}together{E}(?!\\s+(?:deleted|back|returned|removed|gone|binned|sent|burned|burnt|destroyed|shredded))${THEN_NO_PRESSURE}|{B}if (?:it|that) (?:feels right|works for (?:you|u)|suits (?:you|u)|sounds (?:ok|okay|good|nice|alright))[^.!?\\n]{0,20}?(?:maybe |perhaps )?(?:a |an |some |we (?:could|can|might) )?(?:${MEET})${THEN_NO_PRESSURE}|{B}(?:just )?say the word(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:leave|go|disappear|stop|never|tell|expose|post|report|show|send)(?![\\p{L}]))|{B}(?:the )?offer(?: of [^.!?\\n]{1,30}?)? (?:is|stands|'s|will always be|will be) (?:always |still )?(?:there|open|on the table|standing)(?![\\p{L}])|(?<!{B}(?:if|and|because)\\s+){B}(?:you|u) know where (?:i am|to find me)(?![\\p{L}])(?![^.!?\\n]{0,50}{B}(?:throwing|regret|lose|losing|you know what|beg)(?![\\p{L}]))|{B}(?:{IM}|i am|i'?ll be|i will be)\\s+(?:(?:always|more than|still|very)\\s+)?(?:available|free|happy|glad|around) (?:to|for)\\s+${FEW_POSITIVE}(?:${MEET})${THEN_NO_PRESSURE}|{B}(?:dinner|lunch|tea|supper|a coffee|coffee|a cuppa|a drink|a pint|a meal|a bed|a room|the spare room|a (?:sunday )?roast|sunday (?:lunch|roast)|a braai|a seat|a place|a spot)(?: (?:at|in) (?:ours|mine|my (?:place|house|flat|home|table)))? (?:is|'s) (?:always |still |forever )?(?:on offer|on the table|yours for the asking|there for (?:you|u)|waiting for (?:you|u))(?![\\p{L}])${THEN_NO_PRESSURE}|{B}(?:there'?s|there is|there will always be|there'?ll always be|(?:you|u)'?ll always have|(?:you|u) will always have)\\s+(?:always\\s+|still\\s+)?(?:a|an) (?:seat|place|chair|plate|bed|room|cup of tea|cuppa) (?:for (?:you|u) )?(?:at (?:my|our) (?:table|place|house|flat)|at (?:ours|mine)|here|in my (?:home|house|flat|kitchen)|for (?:you|u)(?=\\s*(?:[.!,;…]|$)))${THEN_NO_PRESSURE}|(?<!{B}(?:not|isn'?t|is not|never|no)\\s+(?:an?\\s+)?){B}(?:an?\\s+)?open invitation(?![\\p{L}])${THEN_NO_PRESSURE}|(?<!{B}(?:you|u|he|she|they)\\s+(?:[\\w']+\\s+)?){B}come (?:(?:round|over|by) )?(?:and|to|for) (?:have |grab |get )?(?:a |an |some )?(?:cuppa|coffee|tea|brew|drink|pint|bite|meal|dinner|lunch|walk|chat|natter|catch-?up|visit|see me|see us)(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:sometime|some time|one day|one of these days|whenever|any ?time|some (?:day|evening|weekend|afternoon|morning|sunday|saturday)|soon)(?![\\p{L}])${THEN_NO_PRESSURE}`,
    },
    {
      id: 'more-offers',
      // More shapes of a light proposal: "Would it be alright if I rang you one evening?", "lunch is on me",
      // "the first round's on me", "We should go back to that jazz bar sometime", "we could walk the prom again one day",
      // and a proposal said as a fragment, not a question: "Maybe just a coffee, to see if there is still something there".
      re: `{B}(?:(?:it'?s|it is|it'?d be|it would be|all) )?(?:my treat|on me)(?=\\s*[,;—–-]?\\s*(?:whenever|if (?:you|u) (?:ever )?(?:like|want|fancy|feel|'?re)|sometime|some time|one day|any ?time|when (?:you|u)(?:'re| are)? ready))|{B}(?:would|will|is|could|might) (?:it|that) be (?:alright|all right|ok|okay|possible|too much|weird|strange|fine|a problem) (?:if|for) (?:i|me to) (?:(?:maybe|perhaps|ever|sometime)\\s+)?(?:rang|ring|called|call|phoned|phone|wrote|write|came|come|visited|visit|took (?:you|u)|take (?:you|u)|bought (?:you|u)|buy (?:you|u)|saw (?:you|u)|see (?:you|u)|met|meet|dropped|drop|popped|pop|stopped|stop|texted|text|messaged|message)(?![\\p{L}])|{B}(?:the )?(?:first )?(?:lunch|dinner|coffee|coffees|tea|a pint|pints|pint|cuppa|brew|drinks?|the drinks|round|breakfast|brunch|the bill|ice cream|chips|pizza|cake|the tab)(?:'s| is| are|'re| would be| will be|'ll be) on me(?![\\p{L}])|(?<!{B}(?:asking|asked|ask|wondered|wondering|said|says|saying|told me|thought|think) (?:if |whether |that )?){B}(?:we|maybe we|perhaps we)\\s+(?:should|ought to|could|might)\\s+(?:(?:really|totally|definitely|still|maybe|perhaps)\\s+)?(?:go back to|go back|go to|go|head (?:back )?to|visit|revisit|try|do|get|grab|catch|see|walk|hike|climb|meet|talk|have (?:a|that|another|dinner|lunch|coffee|a drink))(?![\\p{L}])[^.!?\\n]{0,60}?{B}(?:sometime|some time|one day|someday|some day|one of these days|again|soon|at some point|in the spring|in the summer|next time)(?![\\p{L}])|{B}shall (?:we|i)\\s+(?:(?:maybe|perhaps|just)\\s+)?(?:(?:grab|get|have) (?:a|an|some|lunch|dinner|breakfast|brunch|coffee|tea|drinks?|food|the odd)|go (?:for|to|out)|meet|catch up|call (?:you|u)|ring (?:you|u)|talk|chat|walk|see (?:you|u|each other)|pop (?:round|over|by|in))(?![\\p{L}])|{B}(?:would|could|might|wud|do|are|r) (?:you|u|ya) (?:(?:ever|maybe|perhaps|possibly|still)\\s+)?(?:be )?(?:keen (?:on|for|to)|down for|game for|up for)(?![\\p{L}])(?=[^.!?\\n]{0,60}?(?:${MEET}|call|phone|coffee|tea|drink|pint|walk|lunch|dinner|chat|catch-up|visit|meal|bite|kopi|cuppa|natter))|{B}(?:we|maybe we|perhaps we|i)\\s+(?:could|might|can|should)\\s+go (?:for )?(?:a |an )?(?:dander|stroll|wander|ramble|mosey|bimble|potter|walk|pint|jar|bevvy|cuppa|brew|natter|chinwag|kopi|chai)(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:maybe|perhaps) (?:just )?(?:a|one) (?:quick )?(?:coffee|drink|walk|cuppa|chat|catch-up|catch up|lunch|pint)(?:,? (?:to|just to|and) (?:see|talk|catch up|say hello|hear how|find out))(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:maybe|perhaps),? (?:just )?(?:a|one) (?:quick |short |slow )?(?:coffee|drink|walk|cuppa|chat|catch-up|catch up|lunch|pint|dinner|brew|stroll|dander|wander)(?:,?\\s+(?:one day|someday|some day|sometime|some time|at some point|down the line|in a while|later on|one of these days|in the spring|in the summer|in the new year))(?![\\p{L}])(?![^.!?\\n]{0,40}?{B}(?:would|could|might|should)(?:'?ve| have)(?![\\p{L}]))`,
    },
  ],
  antipatterns: [
    // Things sent, not a meeting: "in case you want to send anything"; a last chance: "if you want to talk it's now";
    // an open door passed on from someone else.
    '{B}(?:want|wish|need) to (?:send|post|return|drop off|forward) (?:anything|something|things|stuff|the|my|your|post|mail)(?![\\p{L}])|{B}(?:says|said) (?:that )?(?:the|her|his|their) door(?![\\p{L}])',
    sentenceWith("{B}(?:it'?s|its|it is) now(?=\\s*[.!,;]|\\s*$)"),
    // Someone else's wish for the couple, passed on as leverage: "Your mother also feels we should try again".
    '{B}(?:your|ur|my|our|the) (?:mum|mom|mam|mother|dad|father|parents|family|families|sister|brother|friends|kids|children|pastor|priest|therapist)(?:\\s+(?:also|too|still|really|even))?\\s+(?:feels?|thinks?|says?|believes?|wants?|agrees?)(?: that)?(?: (?:we|you|u) (?:should|ought to|must|need to|have to))',
    // A call to someone else: "feel free to call my mum, she'd love that".
    '{B}(?:call|ring|visit|text|see|phone|message|pop in on|drop in on) (?:my|your|ur|his|her) (?:mum|mom|mam|dad|mother|father|nan|gran|granny|grandma|grandad|sister|brother|aunt|auntie|uncle|cousin|parents|family)(?![\\p{L}])',
    // Blame or force wrapped around the offer: "if you'd just answer", "whether you like it or not".
    sentenceWith(
      "{B}if (?:only )?(?:you|u)(?:'?d| would)? (?:just|bothered|ever bothered)(?![\\p{L}])|{B}whether (?:you|u) (?:like it|want (?:it|to|me))|{B}like it or not(?![\\p{L}])",
    ),
    // Orders, urgency and deadlines make it pressure, not an invitation.
    sentenceWith(
      "(?<!{B}(?:not saying|not that|i'?m not saying|im not saying|doesn'?t mean|does not mean|nobody says|no one says)\\s+(?:that\\s+)?){B}(?:you|u) (?:have to|must|need to|'?ve got to|got to|gotta|better|owe me){E}|{B}right (?:now|away){E}|{B}immediately{E}|{B}asap{E}|{B}no excuses{E}|{B}i (?:need|expect|demand|insist){E}|{B}or else{E}|{B}whether (?:you|u) like it{E}|{B}won'?t take no{E}|{B}(?:don'?t|do not|you can'?t) say no{E}|{B}before it'?s too late{E}|{B}(?:your )?last chance{E}|{B}now or never{E}|{B}(?:by|before) (?:{DEADLINE}){E}|{B}(?:don'?t|do not|dont) (?:stand me up|be late|bail|flake|let me down){E}",
    ),
    // A condition or a sneer: "whenever you decide to grow up", "you'll have to apologise first".
    sentenceWith(
      "{B}(?:grow up|come to your senses|(?:you|u)'?ll have to|(?:you|u) will have to|apologi[sz]e first|admit (?:it|you were wrong))(?![\\p{L}])",
    ),
    // Nineteenth round: a talk held back until they confess, "Once you admit what you did, we can talk", "I'm happy to
    // meet, provided you admit what you did" (ultimatum's). Not a talk left to their readiness ("when you're ready").
    sentenceWith(
      `{B}${ON_THEIR_CONFESSION}|(?<=(?:^|[.!?\\n,;:—–])\\s{0,3})(?:${CONFESS_NOW})(?![\\p{L}])[^.!?\\n,;]{0,40}? (?:and|&) (?:then )?we (?:can|could|'ll|will|might)`,
    ),
    // A proposal for how the couple would run, therapy together or a weekly evening, is a solution (the guide), not a
    // meeting offered: "I'd need us to see someone together", "a few sessions with a marriage counsellor", "one evening
    // a week without phones".
    "(?:{B}(?:maybe |perhaps |i think |i thought )?(?:we|us|you and i|you and me)(?:\\s+(?:could|can|might|should|would|'d|to|both|maybe|perhaps|try|use|using|set up|get|have|keep|start|agree on))*\\s+(?:a\\s+|an\\s+)?)?(?:(?:shared|joint|family) (?:calendar|diary|rota|schedule|budget|account)(?![\\p{L}])|(?:see|seeing|saw|try|trying|go to|going to|talk to|talking to|sit down with)\\s+(?:someone|somebody|a counsel+or|a therapist|a professional|a mediator)\\s+together(?![\\p{L}]))|{B}(?:couples?|couple'?s|marriage|marital|relationship)\\s+(?:counsel+ing|counsel+or|therapy|therapist|sessions?|mediation|guidance)(?![\\p{L}])|{B}(?:one|an|a|two) (?:evening|night|day|afternoon) a (?:week|fortnight)(?![\\p{L}])",
    // Court dates, hearings and solicitors are not an invitation.
    sentenceWith('{B}(?:court|hearing|solicitor|lawyer|police|tribunal|custody)(?![\\p{L}])'),
    // Talking in a memory ("we could talk for hours"), not a proposal; a ritual offered again ("tea at the garden centre, as
    // we used to") still is one.
    sentenceWith(
      '{B}(?:(?:talk|talked|talking|chat|chatted) (?:for hours|all night|about anything|about everything)|back then|(?<!{B}(?:as|like|the way|how) we (?:always )?)used to|in those days){E}',
    ),
    // "See you happy", "talk behind my back": not a meeting proposed.
    "{B}see (?:you|u) (?:fail|suffer|cry|squirm|beg|struggle|lose|rot|pay|regret|try|explain|happy|smile|smiling|succeed|thrive|doing well|grow|again happy|with (?:him|her|them|someone)){E}|{B}talk(?:ing)? (?:behind|about me|shit|trash|down){E}|{B}why (?:don'?t|do not|can'?t|won'?t) we (?:ever|just|even){E}|{B}(?:see|hear) (?:him|her|them) explain{E}",
  ],
  examples: [
    { flagged: '[[Maybe just a coffee, to see if there is still something there]].', pattern: 'more-offers' },
    { flagged: "If you're ever in Dublin, [[the first pint's on me]].", pattern: 'more-offers' },
    // Thirteenth round (strengths13 letters): the fragment with its "one day" and no question mark.
    { flagged: "[[Maybe a walk one day when it doesn't hurt as much]].", pattern: 'more-offers' },
    { flagged: '[[perhaps a coffee sometime in the new year]]', pattern: 'more-offers' },
    { notFlagged: 'Maybe a walk one day would have saved us, who knows.' },
    { notFlagged: 'Maybe a coffee would have helped that morning, who knows.' },
    {
      flagged:
        '[[If you would ever like to have tea at the garden centre]], as we used to, I would be glad of it.',
      pattern: 'if-you-want',
    },
    { notFlagged: 'We used to talk for hours, remember?' },
    {
      flagged: "I'll still be running the Saturday parkrun in Bushy Park [[if you ever fancy joining]].",
      pattern: 'if-you-want',
    },
    { notFlagged: "I'd love to join a choir this year." },
    {
      flagged: 'If some day you come to Madrid [[and you want, we can take a coffee]].',
      pattern: 'and-if-you-want',
    },
    { notFlagged: 'When you collect the boxes and you want, we can never speak of it again.' },
    {
      flagged:
        "I'd love to try again. [[I wondered if we might start with a walk on a Sunday]], just the two of us.",
      pattern: 'wondered',
    },
    { flagged: '[[I was wondering whether you and I could meet for lunch one day]].', pattern: 'wondered' },
    { notFlagged: 'I wondered if we could have saved it, in the end.' },
    { notFlagged: 'I often wondered whether we might have been happier in Leeds.' },
    // Eleventh round (strengths11): a verb of meeting that continues into another phrase is no meeting.
    { notFlagged: "If you want to call it quits for good, I'll accept that." },
    { notFlagged: 'If you want to walk away, I understand.' },
    { notFlagged: "I'll be at my sister's until the 20th, in case you want to send anything." },
    // Tenth round (letters review): therapy or a weekly evening proposed for the couple is a solution, not a meeting.
    { notFlagged: "If you want to give us another go, I'd want us to see someone together first." },
    {
      notFlagged:
        "If you were open to it, I'd suggest one evening a week with the phones off, and a few sessions with a couples counsellor.",
    },
    { notFlagged: 'I think we could see someone together, if you would want that.' },
    { notFlagged: 'Maybe we could use a shared calendar for the handovers.' },
    { flagged: '[[If you ever fancy a walk]], just say.', pattern: 'if-you-want' },
    // Food named as the meeting: "if u ever want to grab tacos", "get a croissant and argue about it".
    {
      flagged: 'No pressure, but [[if you ever want to grab dumplings at that place on Kent Street]], say.',
      pattern: 'if-you-want',
    },
    {
      flagged: "I'm not asking for anything, and [[if u ever wanna get a croissant i'd like that]]",
      pattern: 'if-you-want',
    },
    { notFlagged: 'I got a croissant at the bakery on Elm and it was far too sweet.' },
    { notFlagged: "I'm changing my number, so if you want to talk it's now." },
    { notFlagged: 'Mum sends her love and says the door is always open for a cup of tea.' },
    { flagged: '[[Shall we grab a kopi sometime next week]]?', pattern: 'more-offers' },
    { flagged: '[[Would you be keen on a phone call one evening]]?', pattern: 'more-offers' },
    { flagged: '[[We could go for a dander round the gardens some afternoon]].', pattern: 'more-offers' },
    { notFlagged: "Feel free to call my mum, she'd love that." },
    { notFlagged: 'Are you keen on him, then?' },
    { flagged: '[[Would it be alright if I rang you one evening]]?', pattern: 'more-offers' },
    { flagged: "I'm in Galway on the 3rd; [[lunch is on me if you fancy it]].", pattern: 'more-offers' },
    { flagged: '[[We should go back to that jazz bar sometime]].', pattern: 'more-offers' },
    // Twenty-first round (the lead's review): the offer to pay said with its way out.
    {
      flagged:
        "There's a little place near the station that does the pancakes you love; [[my treat]], whenever you like.",
      pattern: 'more-offers',
    },
    { notFlagged: "The last dinner was my treat, so don't worry about the money." },
    { notFlagged: 'Last time dinner was on me, remember.' },
    { notFlagged: 'You wrote asking if we could try again, and I never replied.' },
    { notFlagged: 'We should have gone to counselling sooner.' },
    { notFlagged: 'We should talk about the money soon, you owe me.' },
    { flagged: '[[Come round for tea one day if you feel up to it]].', pattern: 'free-offer' },
    { flagged: "[[There's always a seat for you at my table]].", pattern: 'free-offer' },
    { flagged: '[[Dinner at ours is always on offer]], the kids would love it.', pattern: 'free-offer' },
    { flagged: '[[Open invitation]]: Sunday roast, any week you like.', pattern: 'free-offer' },
    { flagged: '[[Come and have a cuppa with me sometime]], love.', pattern: 'free-offer' },
    { flagged: '[[Mi casa es su casa]], always.', pattern: 'open-door' },
    { flagged: "[[I'd be glad of your company for a walk some Sunday]].", pattern: 'open-door' },
    { flagged: "Whenever you're free, [[you're welcome]] for a braai at mine.", pattern: 'id-love' },
    {
      flagged: '[[would u maybe want to facetime sometime this week]]? no pressure at all',
      pattern: 'would-you',
    },
    { flagged: "[[Give me a bell if you're ever at a loose end]].", pattern: 'if-you-want' },
    { flagged: "[[Happy to meet halfway in Swindon if that's easier for you]].", pattern: 'offer' },
    {
      flagged: "[[If you fancy it, we could take the dogs up Arthur's Seat one weekend]].",
      pattern: 'we-could',
    },
    { notFlagged: 'This is not an open invitation to come and go as you please.' },
    { notFlagged: "You're welcome for the help with the move." },
    { notFlagged: 'Come and get your boxes sometime this week or they go to the tip.' },
    { notFlagged: "He'd love your company at the match, Dad says." },
    { flagged: "[[I'm only a phone call away]].", pattern: 'open-door' },
    { flagged: "[[There's a pint here with your name on it]].", pattern: 'open-door' },
    { notFlagged: "I'm a train ride away from my sister now." },
    { flagged: '[[A walk on the beach some morning]], maybe?', pattern: 'short-offer' },
    { flagged: '[[My number is same as before]].', pattern: 'open-door' },
    {
      flagged: '[[If some day you want to talk as friends]], I am here.',
      pattern: 'if-you-want',
    },
    { flagged: '[[Would you like to have a coffee one of these days]]?', pattern: 'would-you' },
    { flagged: '[[would u be up for a walk by the canal sometime]]?', pattern: 'would-you' },
    { flagged: "[[If you ever feel like talking]], I'm here.", pattern: 'if-you-want' },
    { flagged: '[[Call me whenever you want]].', pattern: 'if-you-want' },
    { flagged: '[[I would love to see you again]], if you want to.', pattern: 'id-love' },
    { flagged: "[[It would be nice to catch up over dinner when you're back]].", pattern: 'id-love' },
    { flagged: '[[Maybe we could grab a drink next month]].', pattern: 'we-could' },
    { flagged: '[[Could we talk]], just the two of us?', pattern: 'we-could' },
    { flagged: '[[We could meet halfway one of these days]].', pattern: 'we-could' },
    { flagged: '[[Fancy a coffee sometime]]?', pattern: 'short-offer' },
    { flagged: '[[Can I buy you a coffee one day]]?', pattern: 'ask' },
    { flagged: '[[Is there any chance of a coffee sometime]]?', pattern: 'ask' },
    { flagged: '[[How would you feel about a walk on Sunday]]?', pattern: 'ask' },
    { flagged: '[[Would a phone call be okay at some point]]?', pattern: 'ask' },
    { flagged: '[[r u free for a coffee next week]]?', pattern: 'ask' },
    { flagged: "If you're ever in Glasgow, [[let me know and I'll buy you lunch]].", pattern: 'offer' },
    { flagged: '[[Happy to meet for a coffee whenever you like]].', pattern: 'offer' },
    { flagged: '[[It would mean a lot to see you]], even for an hour.', pattern: 'id-love' },
    { flagged: '[[Should you ever wish to drop in]], just knock.', pattern: 'if-you-want' },
    { flagged: 'yeah [[give me a shout whenever u fancy a pint]]', pattern: 'if-you-want' },
    { flagged: "[[If you're ever passing through Bath, the kettle's always on]].", pattern: 'if-ever-in' },
    { flagged: "[[You'd be very welcome to visit]], any time.", pattern: 'id-love' },
    { flagged: '[[A cuppa someday would be lovely]], if you are up for it.', pattern: 'id-love' },
    { flagged: '[[We ought to have a pint some evening]], just to catch up.', pattern: 'we-could' },
    { flagged: '[[Fancy a rematch at the bowling alley]]?', pattern: 'short-offer' },
    { flagged: "If a call is easier than a letter, [[I'm around most evenings]].", pattern: 'available' },
    { flagged: "[[If you ever fancied a brew, I'm about]].", pattern: 'if-you-fancy' },
    { flagged: '[[if u ever fancied a cuppa im about]]', pattern: 'if-you-fancy' },
    { notFlagged: 'I asked if you fancied a brew that morning and you said no, which was fair.' },
    { flagged: '[[down for a drink next week]]?', pattern: 'short-offer' },
    { flagged: "[[Would love to catch up if you're up for it]].", pattern: 'id-love' },
    { flagged: '[[My door is always open]].', pattern: 'open-door' },
    { flagged: "[[My number's the same]].", pattern: 'if-you-want' },
    { flagged: '[[You can call me anytime]], day or night.', pattern: 'open-door' },
    {
      flagged: "The market is on Saturday; [[I'll be there around ten, if you feel like it]].",
      pattern: 'open-door',
    },
    {
      flagged: '[[Whenever you feel ready, we could meet somewhere neutral and just talk]].',
      pattern: 'open-door',
    },
    { flagged: '[[would be nice to talk sometime]] x', pattern: 'id-love' },
    { notFlagged: "I'll be at your work on Monday if you don't answer." },
    { notFlagged: "Let's get dinner, I've booked for 8 on Friday, don't stand me up." },
    { notFlagged: 'You can call me a fool if you like.' },
    {
      flagged: '[[Come to the gig on Friday if you like]], I put your name on the door.',
      pattern: 'free-offer',
    },
    { flagged: "I'm in London on the 3rd. [[If you're free, lunch is on me]].", pattern: 'free-offer' },
    { flagged: "[[Say the word and I'll drive up]].", pattern: 'free-offer' },
    { flagged: '[[the offer of a coffee is always there]]', pattern: 'free-offer' },
    { flagged: 'Should you wish, [[I am available to meet at your convenience]].', pattern: 'free-offer' },
    { flagged: '[[It might be nice to talk once the dust has settled]].', pattern: 'id-love' },
    { notFlagged: "I'm not going to beg, but you know where I am, and you know what you're throwing away." },
    { notFlagged: "I'd love to see you fail." },
    { notFlagged: "I'll come round if you want your stuff back." },
    { notFlagged: 'Say the word and I will leave you alone forever.' },
    { notFlagged: 'Drop by any time and pick up your boxes.' },
    { notFlagged: "Let me know if you'd like the photos of us together deleted." },
    { notFlagged: 'Your new man is fine, if you like a man who talks about his car for an hour.' },
    { notFlagged: 'If you are ever in Bristol, avoid the M32.' },
    { notFlagged: "I'm around, but I'm busy most evenings." },
    { notFlagged: 'Ring your mum, she misses you.' },
    { flagged: '[[I would welcome a conversation]], should you wish it.', pattern: 'id-love' },
    { flagged: '[[If you are agreeable, we could meet for coffee in May]].', pattern: 'we-could' },
    { notFlagged: 'Can I call you a liar?' },
    { notFlagged: 'Any chance you could stop telling people I lied?' },
    { notFlagged: 'How would you feel if I told everyone?' },
    { notFlagged: 'Let me know if you want your stuff back.' },
    { notFlagged: "I'd like to see you try." },
    { notFlagged: "Why don't we ever talk anymore?" },
    { notFlagged: 'Are you free tonight? You have to see me.' },
    { notFlagged: 'What about the money you owe me?' },
    { notFlagged: 'Coffee is the only thing that gets me through the mornings now.' },
    { notFlagged: 'You have to meet me tonight.' },
    { notFlagged: 'Would you like to talk? I need an answer right now.' },
    { notFlagged: 'We could talk for hours back then.' },
    { notFlagged: "I'd love to see you happy, even if it's not with me." },
    { notFlagged: "I don't want to meet you ever again." },
    { notFlagged: 'Do you still love me?' },
    { notFlagged: 'Meet me at the station tomorrow, no excuses.' },
    { notFlagged: 'He said "would you like to grab a drink" and I laughed.' },
    { notFlagged: 'I would never want to talk to you like that again.' },
    { notFlagged: "We could talk every day if you'd just answer your phone." },
    // Fifteenth round (lead's review letters): someone else's wish for the couple is leverage, not an offer.
    { notFlagged: 'Your mother also feels we should try again.' },
    { notFlagged: 'my mum thinks we should give it another go tbh' },
    // Fifteenth round (lead's review letters): an order denied is no order.
    {
      flagged:
        'not saying u have to see me, but [[if u want i can come over]] and we can just hang out, no expectations',
      pattern: 'if-you-want',
    },
    { notFlagged: 'If you want to meet, you have to come to me this time.' },
    // Nineteenth round: a talk held back until they confess is ultimatum's; a talk left to their readiness stays.
    { notFlagged: 'Once you admit what you did, we can talk.' },
    { notFlagged: "I'm happy to meet, provided you admit what you did." },
    { notFlagged: 'Once you own up to what you did, we can have a coffee.' },
    { notFlagged: "When you're ready to apologise, we can talk." },
    { notFlagged: "We can meet once you've apologised to my sister." },
    { notFlagged: 'Say sorry and we can talk.' },
    { flagged: "[[We can talk when you're ready]].", pattern: 'we-could' },
  ],
})
