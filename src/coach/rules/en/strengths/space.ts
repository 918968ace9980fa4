// Giving time and freedom, respecting their choice: "Take all the time you need; I'll respect your answer",
// "I won't pressure you", "If you don't want to answer, I'll understand", "This is the only letter I'll send".
// Not when a "but" takes the freedom back ("take your time, but I need an answer by Friday").
import { ANSWER_FIXED } from '../../../lexicon/en/bargain.js'
import { defineRule, nextSentenceOpens, sentenceWith } from '../define.js'

/** The writer as subject with the modals of a commitment; no negation can sit in between. */
const I_WILL =
  "{B}(?:i'?ll|i will|i'?d|i would|i|i'?m going to|i am going to|i want to|i need to|i have to|i must|i can|i do|i'?ve (?:learned|decided) to|i (?:promise|choose) to|(?:i'?m|im|i am) (?:trying|learning) to)(?:\\s+(?:always|fully|completely|totally|truly|really|of course|still|genuinely|honestly|simply|just|absolutely|respect and))*"
/** A "but" that takes the freedom back: a deadline, a demand, a hurry. */
const TAKEN_BACK =
  "{B}(?:you|u)'?ll (?:call|come|write|text|answer|ring|reply|apologi[sz]e|explain)(?![\\p{L}])|{B}(?:you'?re|you are|ur|u r) (?:an? )?(?:idiot|fool|joke|coward|liar|mug|disgrace)(?![\\p{L}])|{B}(?:won'?t|will never|'?ll never|never) be (?:as good|as happy|as loved|the same|better)(?![\\p{L}])|{B}as long as (?:you|u)(?![\\p{L}])(?! (?:need|want|like|wish|take|choose|'?re happy)(?![\\p{L}]))|{B}(?:by|before) (?:{DEADLINE})(?![\\p{L}])|{B}but{E}[^.!?\\n]{0,60}?(?:{B}(?:by|before|until) (?:{DEADLINE}){E}|{B}i(?:'?ll| will|'?d| would| do| really)? (?:need|expect|want|deserve) (?:an? |your |ur )?(?:answer|reply|response|decision|you|u){E}|{B}(?:please )?(?:hurry|don'?t take (?:too long|forever)|not too long|not (?:too|that) much (?:time|longer)|not forever|soon|quickly|asap){E}|{B}i (?:need|have|want) to (?:know|hear)(?: (?:from )?(?:you|u))?(?: (?:by|before|this|today|tonight|tomorrow|soon|now|asap))?{E}|{B}(?:you|u) (?:have to|must|need to|owe me){E}|{B}(?:you|u)(?:'ll| will|'re going to| are going to|'re gonna| are gonna|'d| would|'re| are| r)? (?:be making|make|making) (?:a |the )?(?:(?:big|huge|terrible|massive|biggest|real|serious|grave)\\s+)?mistake{E}|{B}(?:you|u)(?:'ll| will|'re going to| are going to) (?:regret|be sorry){E}|{B}(?:think|thinking) (?:of|about) (?:the (?:kids|children|boys|girls|baby|dog|family)|(?:your|ur|our) (?:kids|children|boys|girls|son|daughter|mum|mother|mom|dad|father|family|future)|us|me|what (?:you|u)(?:'re| are)? (?:doing|throwing|losing|giving up)){E}|{B}(?:remember|don'?t forget|dont forget) (?:who|what|how much|everything){E}|{B}i'?ll (?:know|be waiting|keep(?! my distance)){E})|{B}(?:i'?m|im|i am) not getting any younger{E}|{B}but,?\\s+(?:(?:please|pls|plz|just|do)\\s+)*(?:choose me|pick me|come back(?! to (?:collect|get|pick))|call me|ring me|text me|answer me|reply(?! (?:or not|if))|write back(?! (?:or not|if))|get back to me){E}|{B}(?:the )?clock(?:'s| is) ticking{E}|{B}i (?:can'?t|cannot|won'?t|will not) wait (?:forever|for ever|much longer|long){E}|(?<=(?:^|[.!?\\n,;:—–]|{B}(?:just|please|pls|plz|so|and))\\s{0,3})(?:answer|reply|call|ring|text|write back|respond|get back to me)(?: (?:to )?me)? (?:tonight|today|tomorrow|now|asap|right away|straight away|this (?:week|weekend))(?![\\p{L}])|{B}(?:or else|last chance|now or never|(?<!(?:^|[.!?\\n(])\\s{0,3})anyway(?!\\s*,)(?!\\s+(?:if|i|im|i'?m|i'?d|i'?ll|just|thanks|thank|take|hope|sorry|enough|so|that'?s|thats|u|you|ur|your|no|hey|whatever|back to)(?![\\p{L}']))|regardless){E}|{B}(?:you|u) still (?:owe me|have to|must|need to){E}|{B}until (?:you|u){E}[^.!?\\n]{0,60}?{B}then{E}|{B}(?:until|till|til|'til|untill) (?:you|u) (?:answer|reply|respond|write back|call|agree|talk to me|forgive|say yes|come back|see me|apologi[sz]e|say sorry|admit|explain|change|grow up){E}|{B}(?:you|u)'?ll (?:regret|be sorry|see){E}|(?<!(?:{B}not|{B}never|n't|{B}wont)\\s(?:going to\\s|gonna\\s|be tempted to\\s)?){B}keep (?:writing|calling|texting|trying|sending|messaging|ringing|emailing|asking|checking|dming|dm'?ing){E}|{B}all (?:you|u) want{E}|{B}(?:when|once|as soon as|the moment) (?:you|u) (?:answer|reply|respond|call|tell me|explain|say (?:sorry|yes)){E}|{B}(?:you|u)'?ll have to{E}|{B}(?:i'?ll|i will) (?:know|take (?:your |the |that |my )?silence as (?:a )?(?:yes|sign|agreement|consent|permission)|take (?:it|that) as (?:a )?(?:yes|sign)){E}|{B}(?:just )?make sure (?:you|u|it'?s|its|that)(?![\\p{L}])|{B}by the time (?:i|you|u)(?![\\p{L}])|{B}after which(?![\\p{L}])|{B}(?:you|u) have (?:\\w+ ){1,2}(?:days|weeks|hours|months)(?![\\p{L}])|{B}(?:won'?t|will not|never) give up on (?:us|you|u)(?![\\p{L}])|{B}(?:my )?patience is (?:running|wearing) (?:out|thin)(?![\\p{L}])|{B}but{E}[^.!?\\n]{0,60}?(?:won'?t be (?:here|around|waiting)|'?ll be gone|will be gone)(?![\\p{L}])|{B}(?:because|since|as) (?:you|u) (?:always|never|only ever)(?![\\p{L}])|{B}as (?:usual|always),? to(?![\\p{L}])|{B}to (?:sort out|fix|clean up|deal with) (?:the|this|your|ur) (?:mess|problem)(?![\\p{L}])|{B}(?:you|u) (?:better|'?d better|had better)(?! (?:off|than)(?![\\p{L}]))"

/**
 * A sulk or a sneer to close on: "enjoy your perfect life", "have a nice life" (not "…, truly"), "hope he's worth it".
 * Read in the sentence of a promise of no contact (an antipattern) and in the sentence right after it (`SULKED_NEXT`).
 */
const PARTING_SHOT = String.raw`{B}enjoy (?:your|ur) (?:(?:perfect|precious|wonderful|little|new|happy|fancy|shiny)\s+)+(?:little\s+)?life(?![\p{L}])|(?<=(?:^|[.!?\n,;:—–]|{B}(?:so|well|then|and))\s{0,3})have a (?:nice|good|great|happy) life(?![\p{L}])(?![^.!?\n]{0,30}?{B}(?:truly|really|genuinely|sincerely|i mean (?:it|that))(?![\p{L}]))|{B}hope (?:he|she|they)(?:'s| is| are|'re) worth it(?![\p{L}])`

/** Not when the next sentence, on the same line, is a parting shot: "I won't write again. Have a nice life." */
const SULKED_NEXT = `(?!${nextSentenceOpens(PARTING_SHOT)})`

export default defineRule({
  id: 'space',
  kind: 'strength',
  severity: 'info',
  sixRule: 'lucid',
  title: 'Space',
  summary: 'The writer gives the reader time and freedom, and respects their choice.',
  message:
    'You leave them free. It makes the letter safe to read and easier to answer; keep it without a "but" or a deadline after it.',
  patterns: [
    {
      id: 'no-pressure',
      // "I won't pressure you", "I'm not going to chase you", "no pressure", "you don't owe me anything".
      re: `{B}(?:i (?:won'?t|wont|will not|shall not|shan'?t|don'?t want to|do not want to|would never|'?d never|never want to|do not intend to|don'?t intend to|refuse to)|{IM} (?:not|never) (?:trying|going|gonna|here|asking you) to)(?:\\s+(?:ever|try to|be|going to|want to|wanna))*\\s+(?:pressure|pressuring|push|pushing|press(?:ing)?(?=\\s+(?:you|u|ya){E}|\\s*[,.!;]|\\s*$)|rush|rushing|force|forcing|hurry|hurrying|pester|pestering|hassle|hassling|badger|badgering|harass|harassing|chase|chasing|hound|hounding|crowd|crowding|corner|cornering|guilt|guilt-trip|manipulate|bother|bothering|make (?:you|u) (?:feel (?:guilty|obliged|bad)|do anything|answer|choose|decide))(?=\\s+(?:you|u|ya){E}|\\s+(?:anything|an answer|a decision)|[\\s,.!]|$)|{B}(?:you|u) (?:don'?t|do not|dont) (?:have|need|owe) (?:to (?:answer|reply|respond|write back|forgive|see me|call|decide|do anything|say anything|explain|tell me)|me (?:anything|a thing|an answer|an explanation|a reply|a response|a second chance|your time|(?:that|this|any of (?:that|this|it))(?=\\s*(?:[.!,;…—–]|$))))|{B}(?:you|u) owe me nothing|{B}i (?:don'?t|do not|dont) (?:want|need|ask) anything (?:from|of|back from) (?:you|u)(?! (?:but|except|apart from|other than|besides))(?![\\p{L}])|{B}i (?:don'?t|do not) expect (?:anything|an answer|a reply|a response|nothing in return|you to (?:answer|reply|respond|write back|forgive|come back|change your mind|say yes|trust me))|{B}{IM} not asking (?:for anything|(?:you|u) (?:for anything|to (?:come back|forgive|answer|reply|decide)))|{B}no need to (?:reply|answer|respond|write back|explain|decide)(?![\\p{L}])|{B}or don'?t(?= ?[.!,;)]|$)|{B}whether (?:you|u) (?:answer|reply|write back|respond|call)(?: [\\w']+){0,3}? or not|{B}whether (?:you|u) (?:answer|reply|write back|respond|call)(?: [\\w']+){0,4}?,? (?:or (?:not|never)|the door)|{B}(?:{IM}|i am) not (?:writing|here)(?: this)? to (?:ask (?:you|u) (?:to|for)|ask (?:anything|nothing)(?: (?:of|from) (?:you|u))?|get in the way|change your mind|win you back|ask for anything|make demands)|{B}(?:{IM}|i am) not expecting (?:anything|an answer|a reply|a response|you to)|{B}(?:please )?(?:don'?t|do not) worry about (?:replying|answering|writing back|responding)|{B}not holding (?:it|that|them|this|anything) against (?:you|u)`,
    },
    {
      id: 'take-time',
      // "Take all the time you need", "whenever you're ready", "at your own pace", "whenever it comes or if it doesn't".
      re: `{B}take (?:all |as much |whatever )?(?:the |your )?time (?:(?:that )?(?:you|u) (?:need|want|like)|(?:you|u)'?ll need)|{B}(?:take|leave (?:it|this|that|things)|sit on (?:it|this)) (?:as long as|however long) (?:you|u) (?:need|want|like|wish)|{B}(?:i'?ll|i will|i|i'?m going to) leave (?:it|that|this|the (?:decision|choice|ball|next (?:step|move)|rest)|everything|it all) (?:entirely |completely |all |fully )?(?:with|to|up to|in) (?:you|u|(?:your|ur) hands)|{B}the ball(?: is|'s) in (?:your|ur) court|{B}(?:please )?(?:don'?t|do not|never) feel (?:obliged|obligated|pressured|any pressure|forced|duty[- ]bound|beholden|compelled|you have|like you have|you need|you owe)|{B}take (?:your|ur) time{E}|{B}(?:in|at) (?:your|ur) own (?:time|pace|way)|{B}when(?:ever)? (?:you|u)(?:'?re| are| feel| ever feel| are ever) (?:ready|up to it)|{B}(?:no matter how|however) long it takes|{B}whenever it comes|{B}(?:or )?if it (?:doesn'?t|never) (?:come|comes|does)|{B}(?:i'?ll|i will|i'?m going to) give (?:you|u) (?:(?:all )?the |some |as much )?(?:space|time|room|distance)(?: (?:you|u) (?:need|want|asked for))?|{B}{IM} giving (?:you|u) (?:(?:the|some) )?(?:space|time|room)|{B}if and when (?:you|u)(?![\\p{L}])`,
    },
    {
      id: 'respect-choice',
      // "I'll respect your answer", "If you don't want to answer, I'll understand", "Whatever you decide".
      re: `{B}(?:if|and if) (?:you|u)(?: (?:don'?t|do not|dont|never|would rather not|prefer not to|choose not to|decide not to|can'?t|aren'?t ready to|are not ready to)|'?d rather not| 'd rather not)(?: want to| wanna)?\\s+(?:answer|reply|respond|write back|talk|see me|meet|call|forgive me|come back|hear from me)[^.!?\\n]{0,30}?(?:(?:that'?s|that is|it'?s|it is) (?:ok|okay|fine|alright|all right|completely (?:ok|okay|fine|understandable)|understandable|your right)|i(?:'?ll| will|'?d| would)? (?:completely |totally |fully |truly |of course )?(?:understand|respect (?:that|it)|accept (?:that|it)|be (?:ok|okay|fine|alright|all right)))|${I_WILL}\\s+(?:respect|accept|understand|honou?r|support)\\s+(?:(?:completely|totally|fully|perfectly|entirely|of course|very well)\\s+(?=(?:it |that )?if ))?(?:(?:that|it|this)(?=\\s+(?:entirely|completely|totally|fully|absolutely)\\s*(?:[.!;—–]|$)|\\s*(?:[.!;,)—–]|$))|that (?:you|u)(?:'?re| are|'?ve| need| want| have| chose| decided| feel| may| might| can| will)(?![\\p{L}])|(?:your|ur)\\s+(?:(?:final|new|own)\\s+)?(?:decision|choice|answer|wishes|wish|silence|need for (?:space|time|distance)|space|boundaries|privacy|freedom|pace|reply|response|new (?:life|relationship)|right to|feelings (?:either way|whatever))|(?:whatever|what(?:ever)? (?:you|u)) (?:decide|choose|want|answer|say|feel)|(?:it|that) if (?:you|u)|if (?:you|u) (?:don'?t|do not|dont|never|'?d rather|would rather|prefer|choose|decide|aren'?t|are not|can'?t|need|want))|{B}i(?:'?ll| will|'?d| would) (?:completely |totally |fully |truly |of course )?understand(?=\\s*(?:[.!;,)—–]|$|\\s+(?:and|completely|totally|fully|perfectly|entirely|if|either way|whatever){E}))|{B}whatever (?:you|u) (?:decide|choose|chose|answer)|{B}(?:it'?s|it is|that'?s|that is) (?:entirely |completely |totally |really |all )?(?:your|ur) (?:choice|decision|call)|{B}the (?:choice|decision) is (?:yours|entirely yours|all yours)|{B}(?:you'?re|you are|u r|ur) (?:completely |totally |entirely |absolutely )?free to (?:decide|choose|say no|not answer|not reply|ignore|move on|walk away|tear|throw|stop reading)|{B}this (?:is|will be) the (?:only|last) (?:letter|message|time) (?:i'?ll|i will|i) (?:send|write|reach out|contact you|bother you)|{B}i (?:won'?t|will not|wont|shan'?t|shall not) (?:write|text|call|message|email|contact you|reach out|bother you|trouble you|disturb you|send (?:another|more))(?: (?:you|u))? (?:again|after (?:this|it|that|today)|further|any ?more)${SULKED_NEXT}|{B}(?:you|u) (?:probably |might |may )?(?:don'?t|do not|won'?t|will not|might not|may not) (?:want|wanna|wish|need|care) to (?:hear from me|answer|reply|see me|talk|read this|write back)[^.!?\\n]{0,30}?(?:that'?s|that is|i get (?:it|that)|i understand|i'?d understand)|{B}only if (?:(?:it'?s|that'?s|this is) what (?:you|u) want|(?:you|u) (?:want|wish|feel like) (?:to|it))|{B}only (?:when|whenever|if) (?:(?:you|u) (?:like|want|wish|are ready|'re ready|feel ready|feel like it|agree|are okay with it|'re okay with it)|it suits (?:you|u))(?=\\s*(?:[.!,;…)]|$))|{B}just say (?:so|the word)(?: and i (?:won'?t|will|'ll))?|{B}(?:your|ur) (?:life|choices?|decision|future|heart) (?:is|are) (?:yours|your own|up to you)|{B}if (?:your answer is|you say|the answer is) no,? (?:i'?ll|i will) (?:accept|respect|take|understand)|{B}(?:the|my) door(?:'s| (?:stays|is|will stay|remains|'s)) (?:always |still )?open|{B}(?:i'?ll|i will) keep the door open|{B}(?:{IM}|i am|i'?ll be|i will be) (?:still )?here(?= ?[.!;]|$| if (?:you|u) (?:ever )?(?:need|want) (?:me|to talk|anything|someone|a friend)| when (?:you|u)(?:'re| are) ready| whenever| for (?:you|u))|,? if (?:you|u)(?:'?d| would)? (?:be |are |'?re )?(?:open to (?:it|that|this)|up for (?:it|that))(?= ?[.!;]|$)|{B}should (?:you|u) (?:prefer|choose|decide|wish|want) not to(?![\\p{L}])(?=[^.!?\\n]{0,40}?(?:{B}i (?:shall|will|'?ll|would|'?d) (?:understand|accept|respect|take no)|{B}(?:that|it) (?:is|'s|will be|would be) (?:perfectly |completely |quite )?(?:fine|ok|okay|understandable|alright|all right)|{B}no offen))|{B}(?:(?:is|'s|are|remains?) (?:entirely |all |completely |wholly )?(?:yours|up to (?:you|u)) to (?:decide|choose|say|make|take)|(?:it'?s|that'?s|it is|that is) (?:entirely |all |completely )?for (?:you|u) to (?:decide|choose|say))(?![\\p{L}])|{B}(?:i (?:shall|will|'?ll) take no offen[cs]e|no offen[cs]e (?:will be |would be )?taken|i (?:shan'?t|shall not|won'?t|will not|wouldn'?t|would not) (?:be offended|take offen[cs]e|hold it against (?:you|u)))(?![\\p{L}])|{B}(?:please )?(?:don'?t|do not|never) feel (?:any|under any) (?:obligation|pressure|duty|need)(?![\\p{L}])`,
    },
    {
      id: 'leave-free',
      // More ways of leaving them free: "I'll keep my distance", "feel free to ignore this", "I don't need an
      // answer", "I'm not expecting anything back", "it's up to you", "do what feels right for you". The promise reported
      // counts as made ("I swore to your sister I'd leave you be", the twenty-first round's leftover), unless a turn in
      // its sentence tells it broken ("I told you I'd leave you alone, but here I am again": persistence's).
      re: `{B}(?:i'?ll|i will|ill|i'?m going to|i am going to|im going to|i'?m gonna|im gonna|i need to|i want to|i have to|i must|i'?ve decided to|i have decided to|i promise to|i'?d like to|time for me to|time i|(?:promised|swore|told|assured)(?![^.!?\\n]{0,80}?{B}(?:but|though|yet|tho)(?![\\p{L}]))\\s+(?:to\\s+)?(?:(?:you|u|your|ur|my|our|the)\\s+(?:\\p{L}+\\s+)?)?(?:that\\s+)?(?:i'?d|i would|id))\\s+(?:(?:now|just|also|simply|quietly|gladly|happily|finally|properly|really)\\s+)?(?:keep my distance|stay out of (?:your|ur) (?:way|life|hair)|step (?:back|away|aside)|back off|leave (?:you|u) (?:be|alone|in peace)|let (?:you|u) (?:go|be|get on with (?:your|ur) life|move on|live (?:your|ur) life))(?![\\p{L}])(?!\\s+(?:(?:into|in|to){E}|from (?:him|her|them|that|those|the|my|work|people|everyone){E}))|(?<!{B}(?:no way|not)\\s+){B}(?:{IM}|i am)\\s+(?:now\\s+|just\\s+)?(?:keeping my distance|stepping (?:back|away|aside)|backing off|leaving (?:you|u) (?:be|alone|in peace)|letting (?:you|u) go)(?![\\p{L}])(?!\\s+(?:(?:into|in|to){E}|from (?:him|her|them|that|those|the|my|work|people|everyone){E}))|{B}(?:feel free|(?:you|u) (?:can|may|are free to|'?re free to)(?: always| just| absolutely| also| simply){0,2}) (?:to )?(?:ignore (?:this|it|me|my (?:letter|message))|bin (?:this|it)|throw (?:this|it) (?:away|out)|tear (?:this|it) up|delete (?:this|it)|stop reading|say no|not (?:answer|reply|respond|write back))(?![\\p{L}])|{B}(?:please )?(?:don'?t|do not|dont|never) feel (?:like )?(?:you|u) (?:have|need|owe|must|should)|{B}(?:please )?(?:don'?t|do not|dont|never) feel (?:guilty|bad) (?:if|about|for) (?:(?:you|u) )?(?:not |don'?t |never )?(?:answer|reply|respond|writ|say|saying|ignor|moving|choos|decid|leav|staying|need)|{B}(?:you|u) (?:needn'?t|need not) (?:answer|reply|respond|write|explain|decide|worry(?! about (?:the|my|your|ur) )|feel)|{B}(?:{IM} not|i am not|i'?m not)\\s+(?:(?:really|even)\\s+)?(?:waiting for|expecting|looking for|after|asking for|hoping for)\\s+(?:an? (?:answer|reply|response)|anything(?: (?:back|in return|from (?:you|u)))?(?= ?[.!,;—–]|$| back| in return| from)|a thing|forgiveness|(?:your|ur) (?:answer|reply|forgiveness))|{B}i (?:don'?t|do not|dont)\\s+(?:(?:really|even)\\s+)?(?:need|expect|require)\\s+(?:an? (?:answer|reply|response)|anything (?:back|in return|from (?:you|u))|(?:you|u) to (?:answer|reply|respond|write back|forgive|explain|come back|say anything|do anything|decide))|{B}whatever (?:your|ur) (?:answer|decision|choice|reply|response)(?: (?:is|may be|will be|turns out to be|ends up being))?(?= ?[,.;—–]|$)|(?<!{B}(?:not|isn'?t|wasn'?t|was)\\s+)(?:{B}(?:it'?s|it is|that'?s|that is|its|thats)\\s+(?:(?:all|entirely|completely|totally|really|honestly|100%)\\s+)?up to (?:you|u)|{B}(?:entirely|completely|totally|all) up to (?:you|u))(?!\\s+to{E})(?![\\p{L}])|(?<!{B}(?:missed|miss|missing|return|returned|returning|answer|answered|answering|take|took|taking|get|got|getting|expect|expected|expecting|await|awaited|awaiting|for|ignore|ignored|ignoring|screen|screened|dodge|dodged|after|since|before|on)\\s+){B}(?<!{B}(?:wait|waiting|await|awaiting|expect|expecting|for)\\s+(?:for\\s+)?)(?:your|ur) call(?= ?[,.;!—–]|$)|{B}(?:i'?ve|i have|{IM}|i)\\s+(?:(?:finally|fully|now|slowly|really|truly)\\s+)?(?:accept|accepted|accepting|come to terms with|made (?:my )?peace with|at peace with|okay with|ok with|fine with)\\s+(?:(?:the fact )?that\\s+)?(?:(?:you|u)(?:'?ve|'?re| have| are| need| want| don'?t| chose| decided| moved)(?![\\p{L}])|(?:it'?s|it is|we'?re|we are|this is|things are) (?:over|done|finished|the end)|(?:your|ur) (?:decision|choice|answer|need|silence|new)|whatever (?:you|u) (?:decide|choose|want))|{B}(?:i'?d|i would|i'?ll|i will|i)?\\s*(?:(?:completely|totally|fully|truly|of course)\\s+)?(?:understand|get)(?: it| that)? if (?:you|u)(?:'?d| would)?\\s+(?:rather|prefer|don'?t|do not|dont|never|can'?t|need (?:time|space|distance|more)|want (?:nothing|no|space|time|distance)|decide|choose|say no|ignore|bin|tear|throw)|{B}i (?:won'?t|will not|wont) (?:ask (?:(?:you )?again|for more)|push (?:it|this|things|you)|turn up|show up|come (?:round|by|over|to your)|keep (?:asking|writing|trying)|(?:call|ring|phone|text|message|write|email)(?: (?:you|u))? (?:or|nor) (?:come|turn up|show up|call|ring|text|message|write|visit|drop by|email))(?![\\p{L}])|{B}only (?:[\\w']+ ){0,3}?if (?:you|u)(?:'?d| would)?(?: really| genuinely| truly| actually)? (?:want|wish|feel like|like|choose|are ready|'?re ready)(?![\\p{L}])|{B}(?:do|choose|pick) (?:what(?:ever)?|what'?s) (?:feels |is |seems )?(?:right|best|good) for (?:you|u)(?![\\p{L}])|{B}i'?d rather (?:have |hear |get |wait for )?(?:an? )?(?:[\\p{L}]+,? ){0,2}?(?:honest|clear|slow|true|real|kind) (?:no|answer)(?![\\p{L}])|{B}(?:it'?s|it is|its) not (?:my place|for me to (?:say|decide|judge|choose)){E}|{B}no strings{E}|{B}(?:(?:i )?(?:have|'?ve got|'?ve) no|(?:doesn'?t|does not|don'?t|do not) give me (?:any|a)|i (?:don'?t|do not) have (?:any|a)) (?:claim|right|say) (?:on|over|in|to) (?:your|ur) (?:time|life|choices?|decisions?|heart|future|answer|feelings)(?![\\p{L}])|{B}i (?:wouldn'?t|would not|won'?t|will not|don'?t|do not) (?:presume|pretend to know (?:what|how) (?:you|u))(?![\\p{L}])|{B}(?:your|ur) (?:decision|choice) (?:to (?:[\\p{L}]+ ){0,2}?)?(?:made|makes) (?:(?:complete|total|perfect) )?sense{E}|{B}(?:we both|both of us) (?:need|deserve|could use) (?:some |the |a bit of |a little )?(?:space|time apart|distance|room|time)(?![\\p{L}])|{B}let'?s not (?:meet|talk|see each other|be in touch) for a (?:while|bit|little while|time)(?![\\p{L}])|{B}if (?:you|u) (?:need|want|would like|'?d like|'?d rather|would rather|prefer) me to (?:stop|leave (?:you|u) alone|go away|back off|stay away|disappear|not (?:write|contact|call))(?=[^.!?\\n]{0,30}?(?:{B}i will|{B}i'?ll|just (?:say|tell me)))`,
    },
    {
      id: 'no-worries',
      // The light formulas: "no pressure", "no worries if not", "totally fine if not". Underlined as written:
      // in a run-on text message the words around them belong to other sentences.
      re: `{B}(?:(?:there'?s|there is) )?(?:no|zero) (?:pressure|rush|hurry|obligation|strings attached|expectations?|deadline|(?:clock|timer|countdown|time limit) on (?:this|it|that|any of (?:this|it)|(?:your|ur) (?:answer|reply)))(?![\\p{L}])(?! (?:with|on|for|about|returning|collecting|getting) (?:the|your|ur|my|those) (?:[\\p{L}]+ )?(?:boxes|box|stuff|things|keys|money|deposit|bike|books|clothes|furniture|records|car|tv|sofa|paperwork|forms?|rent|bills?)(?![\\p{L}]))(?! (?:to (?:decide|answer|reply){E})?,? but)|{B}(?:(?:totally|completely|absolutely|perfectly|also|honestly|and)\\s+)?(?:fine|ok|okay|cool|alright|all right|all good|no worries|no problem|no bother|no stress|no hard feelings|understandable)(?:,?\\s+(?:at all|too|either|as well|totally|completely|obviously))?(?:,\\s*|\\s+)if (?:not|(?:you|u)(?: can'?t| don'?t|'?d rather not| would rather not| aren'?t| are not)|(?:that'?s|thats|that is|it'?s|its|it is) (?:too much|a bit much|too soon|too weird|not for (?:you|u)))(?![\\p{L}])|{B}(?:and |or )?if not,? (?:that'?s|thats|it'?s|its|that is|it is) (?:(?:totally|completely|absolutely|perfectly|also|just|honestly|really)\\s+)?(?:ok|okay|fine|alright|all right|completely fine|totally fine|grand|cool|sound|all good|no bother|no worries|no problem)(?:,?\\s*(?:too|either|as well|totally|completely))?(?:,\\s*i (?:get it|understand))?|{B}(?:and )?if not,? i (?:understand|get it|shall understand|will understand|'?ll understand|respect that)(?:,?\\s*(?:too|either|as well|totally|completely))?(?:,\\s*i (?:get it|understand))?`,
      span: 'match',
    },
    {
      id: 'freedom',
      // More ways of leaving them free: "I've no right to ask", "I won't ring, I won't call round", "this will
      // be the only letter", "whatever life you choose", "if the answer is no, then it's no", "you need only
      // send word", "both are fine by me", "and I understand that completely", "I'm not going to beg again".
      re: `{B}(?:i'?ve|i have|i'?ve got|i got) no right to (?:ask|know|demand|an answer|hear)(?![\\p{L}])|{B}(?:it'?s|it is) not my place to (?:ask|know|say|judge|decide)(?![\\p{L}])|{B}(?:i won'?t|i will not|i wont|i shan'?t|i shall not)\\s+(?:ring|call round|call|turn up|show up|come round|come by|come over|text|message|write|email|contact (?:you|u)|chase (?:you|u))(?= ?[.!,;—–]|$)|{B}(?:i won'?t|i will not|i wont|i shan'?t) ask (?:your|ur) (?:friends|family|mum|mom|sister|brother|mates|parents|people) about (?:you|u)(?![\\p{L}])|{B}this (?:is|will be) the (?:only|last|one and only|final) (?:letter|message|time|note|email|text)(?= ?[.!,;—–]|$| from me| you'?ll (?:get|receive|hear)| i (?:write|send))|{B}whatever (?:life|path|road|way|future|direction|choice|decision|home|city|job|answer)\\s+(?:(?:you|u)\\s+)?(?:choose|decide on|pick|want|go for|chose|make|take|find|give)(?![\\p{L}])|{B}if (?:your answer is|you say|the answer is|it'?s a) no,?\\s+(?:then\\s+)?(?:it'?s (?:a )?no|that'?s (?:that|it|fine|ok|okay|final)|i'?ll (?:leave it|let it go|accept|respect|take it|stop)|so be it)(?![\\p{L}])|{B}(?:you|u) (?:need|have) only (?:to )?(?:send word|say (?:so|the word)|write|ask|let me know|call|ring)(?![\\p{L}])|{B}should (?:you|u) (?:ever )?(?:wish|want|choose|care|decide)(?: to)?[^.!?\\n]{0,40}?,\\s*(?:you|u) (?:need only|can|could|have only to|only need to)(?![\\p{L}])|{B}(?:both|either (?:way|one)) (?:is |are |would be |'s )?(?:fine|okay|ok|alright|all right)(?: (?:by|with) me)?(?![\\p{L}])|{B}or not at all(?= ?[.!,;—–]|$)|(?<={B}(?:you|u)\\s[^.!?\\n]{0,80}?(?:,\\s*|\\s+))(?:and\\s+)?i (?:completely |totally |fully |really )?(?:understand|get|accept|respect) (?:that|it)(?: completely| totally| entirely| fully)?(?= ?[.!;—–]|$)|(?<=(?:begg?e?d?|plead\\p{L}*|pressur\\p{L}*|push\\p{L}*|chas\\p{L}*|hound\\p{L}*|pester\\p{L}*|turn(?:ed)? up)[^.!?\\n]{0,60}){B}(?:i won'?t|i will not|{IM} not (?:going to|gonna)) (?:do (?:that|it)|beg|plead|chase (?:you|u)|push|ask) (?:again|any ?more)(?![\\p{L}])|{B}(?:{IM}|i am) not (?:telling|writing|saying|sending)(?: (?:you|u))?(?: (?:this|all this|that|it))? (?:so (?:that )?|to make |because )(?:you|u) (?:owe|feel (?:obliged|obligated|like you owe|you (?:have|need) to)|have to|must)(?![\\p{L}])|{B}(?:{IM}|i am) not (?:asking|writing to ask|here to ask)(?: (?:you|u))? (?:for us to|to (?:get back|come back|take me back|try again|forgive)|for (?:another|a second|one more) chance|for (?:us|a reunion|anything more))(?![\\p{L}])|{B}(?:i won'?t|i will not|i wont|i shan'?t) be (?:contacting|writing to|calling|ringing|texting|messaging|bothering|troubling) (?:you|u)(?![\\p{L}])|{B}if (?:you|u)(?:'?d| would) (?:rather|prefer (?:it if|that)) i (?:didn'?t|did not|stopped|not|stayed away|left you alone|kept away)(?![\\p{L}])|{B}if (?:that'?s|that is|this is|it'?s) what (?:you|u) (?:want|need|prefer|choose|decide|wish)(?![\\p{L}])|{B}(?:don'?t|do not|no need to) (?:answer|reply|respond|write back|call|get in touch)(?: (?:this|me|it))? if (?:you|u) (?:don'?t|do not|'?d rather not|would rather not) (?:want|feel like|wish)(?![\\p{L}])|{B}if (?:you|u)(?:'?ve| have) (?:moved on|found someone|met someone|found happiness)[^.!?\\n]{0,20}?(?:{IM}|i am|i'?ll be|i will be) (?:really |truly |genuinely )?(?:glad|happy|pleased)(?![\\p{L}])|{B}whatever (?:it is|it'?s|you decide|happens|you choose),?\\s+i'?ll (?:be )?(?:okay|ok|fine|alright|all right|understand|accept it|respect it)(?![\\p{L}])|{B}(?:i'?ll|i will|i won'?t|i will not|i'?d) (?:never )?(?:turn up|show up|come round|come over|visit|call round|drop by) (?:uninvited|unannounced|without (?:asking|warning|being asked|an invitation))(?![\\p{L}])|{B}(?:and\\s+)?{IM} giving (?:you|u) (?:that|it|just that|exactly that|what (?:you|u) asked for)(?= ?[.!,;—–]|$)|{B}(?:this is|this'?ll be|this will be|that'?s|that is) the last (?:you'?ll|you will|u'?ll|u will) (?:hear|see) (?:from|of) me(?= (?:again )?(?:unless|until (?:you|u)|if (?:you|u)))|{B}(?:you|u) (?:won'?t|will not|wont|shan'?t) (?:hear from|see) me again(?![\\p{L}])|{B}i (?:won'?t|will not|wont|shan'?t|shall not|'?ll not) (?:be|get) in touch (?:again|after (?:this|today)|unless)(?![\\p{L}])|{B}(?:i'?ll|i will|i shall|i'?d) never (?:bring (?:it|this|that|us) up|mention (?:it|this|that|us)|ask (?:you )?again|raise (?:it|this|that))(?![\\p{L}])|{B}i (?:won'?t|will not|wont|shan'?t|shall not) (?:bring (?:it|this|that) up|mention (?:it|this|that)|raise (?:it|this|that)) again(?![\\p{L}])|{B}(?:understand|get)(?: it| that)? if (?:you'?re|ur|you are|u r|u'?re|youre) (?:not|never) (?:ready|up to it|there yet|interested)(?![\\p{L}])|(?<=(?:year|month|week|days|weeks|months|years|later|whenever|tomorrow|someday|one day|next year),?\\s)or (?:never|not at all)(?![\\p{L}])|{B}(?:any|all|either|each) (?:one )?of (?:those|these|them|the three|the two) (?:is|are|would be|'s|will be)(?: (?:completely|totally|perfectly|equally))? (?:fine|ok|okay|alright|all right|good|welcome)(?![\\p{L}])|{B}(?:i'?ll|i will|i shall) (?:take|read|accept) (?:that|it|your silence|silence|no (?:reply|answer)) as (?:your|an|my|the) answer(?![\\p{L}])(?! and (?:i'?ll )?(?:put|sell|list|move|get rid|throw|bin|tell|go|come|call|start)(?![\\p{L}]))|{B}(?:fine|okay|ok|happy|content|at peace|glad|alright|all right|understand)(?: (?:too|also|as well|either way|equally))? if (?:you|u)(?:'?d| would) rather(?![\\p{L}])|(?<!{B}(?:not|never|won'?t|wont|can'?t|cant|don'?t|dont)\\s(?:[\\p{L}']+\\s)?){B}let (?:you|u) (?:get on with (?:your|ur) (?:life|new life|day)|live (?:your|ur) (?:life|new life)|be happy|go in peace)(?![\\p{L}])|{B}(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna|time for me to) (?:now |just |quietly )?(?:go quiet|fall silent|go silent|bow out)(?! about)(?![\\p{L}])|{B}(?:i'?ll|i will|i'?d|i would|i shall)(?: (?:still|honestly|truly))? be (?:ok|okay|fine|alright|all right|at peace|content|good) (?:either way|whatever (?:you|u) (?:decide|choose|say))(?![\\p{L}])|{B}with (?:me )?or without me(?![\\p{L}])|{B}(?:i'?ll not|i won'?t|i will not|i shan'?t|i shall not|i'?ll never|i will never) darken (?:your|ur) door(?:step)?(?![\\p{L}])|{B}(?:you'?ll|you will|you can|you get to|only you can|you alone can) (?:decide|choose|judge|know) (?:what'?s|what is|what feels) (?:right|best|good) for (?:you|u)(?![\\p{L}])|{B}if (?:you|u) ever (?:want|need|feel like|fancy)[^.!?\\n]{0,30}?(?:my number(?:'s| is)? (?:the same|hasn'?t changed|still works)|i'?m (?:here|around)|i'?ll be (?:here|around)|(?:you|u) know where (?:i am|to find me))(?![\\p{L}])|{B}if (?:you|u)(?:'?d| would) rather (?:not|i didn'?t)[^.!?\\n]{0,40}?(?:i'?ll|i will) (?:keep|stay) (?:away|out of|to the other|clear|well away)|{B}(?:i'?ll|i will|i promise to|i'?m going to) (?:stay|keep) (?:well )?(?:away|clear) (?:from|of) (?:there|(?:your|ur) (?:work|house|flat|place|office|street|gym|road)|it)(?![\\p{L}])|{B}(?:{IM}|i am) not (?:going|coming) (?:anywhere )?near (?:your|ur|there)(?![\\p{L}])|{B}(?:that'?s|it'?s|that is|it is) (?:none of my business|not my business)(?= ?[.!;]|$)|{B}(?:{IM}|i am) not the one (?:you|u) (?:chose|picked|want)[^.!?\\n]{0,20}?(?:that'?s|it'?s) (?:ok|okay|fine|alright)|{B}(?:{IM}|i am) not asking (?:to meet|to see (?:you|u)|for (?:a meeting|a reply|an answer))(?![\\p{L}])|{B}(?:{IM}|i am) (?:ready|learning|trying) to let (?:go of (?:us|you|u|this)|(?:you|u) go)(?![\\p{L}])|{B}(?:you|u) (?:didn'?t|did not|never) owe me (?:anything|an explanation|a thing|an answer)(?![\\p{L}])|(?<=(?:turning up|turned up|showing up|showed up|coming round|came round|calling|ringing|texting)[^.!?\\n]{0,60}){B}(?:it|that) won'?t happen again(?![\\p{L}])`,
    },
    {
      id: 'either-way',
      // Both answers accepted, the door left either way: "if not, no hard feelings", "and if you'd rather not I
      // completely understand", "you might not want anything to do with me, and that's completely fair", "it's
      // your life and your decision", "silence is an answer too", "I'm not asking you to leave him", "I'm not going
      // to get in the way", "I won't be turning up at the house", "I don't get a say anymore".
      re: `{B}if (?:not|you(?:'d| would)? rather not|u(?:'d)? rather not|you (?:don'?t|do not|never)(?: (?:want|wish|feel like|fancy)(?: to| it)?)?|u (?:dont|don'?t)(?: (?:want|wanna))?|the answer(?:'s| is) no|you need never[^,;.!?\\n]{0,30}?)\\s*,?\\s*(?:(?:then|that'?s|it'?s|that is)\\s+)?(?:(?:completely|totally|fully|perfectly|absolutely|also|too|honestly)\\s+)?(?:i (?:completely |totally |fully |will |shall |'ll |really )?(?:understand|get it|accept)|no (?:hard feelings|worries|problem|pressure|stress|bother)|(?:i'?ll|i will|i shall) (?:understand|live with|accept|respect|take (?:that|it) as)|(?:fine|ok|okay|all right|alright|understandable|fair)(?:\\s+too)?(?![\\p{L}])|that'?s (?:your|ur) answer)|{B}(?:you|u)\\s+(?:(?:might|may|probably|likely|possibly|very likely)\\s+)*(?:not|don'?t|do not|won'?t)\\s+(?:want|wish|feel like|care)[^.!?\\n]{0,50}?(?:that'?s|which is|and that'?s|and i get that|i get that|i understand)(?:\\s+(?:completely|totally|entirely|perfectly|only|more than))?(?:\\s+(?:fair|okay|ok|fine|understandable|your right|that))?(?![\\p{L}])|{B}(?:it'?s|it is|that'?s|that is)\\s+(?:(?:completely|entirely|totally|all|only)\\s+)?(?:your|ur) (?:life|decision|choice|call|business)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:ruin|waste|throw|mess|screw|wreck)(?![\\p{L}]))|(?<!{B}(?:not|is|it'?s|isn'?t)\\s+)(?:{B}(?:it'?s|it is|that'?s|totally|entirely|completely|all|whenever,? or never,?)\\s+)up to (?:you|u)(?![\\p{L}])(?!\\s+to\\s)|{B}(?:silence|no (?:reply|answer)|not answering|not replying) (?:is|will be|would be) (?:an answer|answer enough|a fine answer|okay|ok|fine)(?![\\p{L}])|{B}(?:{IM}|i am) not (?:asking|expecting|begging|here to ask) (?:you|u) (?:to|for)(?![\\p{L}])(?! be(?: perfect)?(?=[ .!?,;]|$))|{B}(?:(?:{IM}|i am)\\s+not\\s+(?:going to\\s+|gonna\\s+)?|i won'?t\\s+|i will not\\s+|i'?ll not\\s+)(?:be\\s+)?(?:keep (?:messaging|texting|writing|calling|asking|pushing|trying)|get(?:ting)? in (?:the|your|ur) way|stand(?:ing)? in (?:the|your|ur) way|turning up|turn up|showing up|show up|coming round|come round|contact(?:ing)? (?:your|ur|you|u)|pester(?:ing)?|chas(?:e|ing) (?:you|u)|wait(?:ing)? (?:outside|by the phone|at)|bother(?:ing)? (?:you|u|your))(?![\\p{L}])|{B}i (?:don'?t|do not|no longer) get (?:a|any) say(?![\\p{L}])|{B}(?:it'?s|it is|that'?s|that is|it will be|it'?ll be) (?:(?:completely|totally|perfectly|honestly|also)\\s+)?(?:ok|okay|fine|alright|all right) if (?:you|u|your answer|the answer)(?![\\p{L}])|{B}i (?:(?:completely|totally|fully|will|'ll|would|can)\\s+)?understand if (?:this|that|it|the answer|your answer)(?:'s| is| was) (?:a )?no(?![\\p{L}])|{B}if (?:you|u) need (?:more )?(?:time|space)\\s*,?\\s*(?:take it|that'?s (?:fine|okay|ok)|i understand)(?![\\p{L}])|{B}(?:on )?(?:anyone'?s|your|ur) (?:own )?(?:timetable|timeline|schedule|terms) (?:but (?:their|your) own|not mine)(?![\\p{L}])`,
    },
    {
      id: 'more-room',
      // More ways of leaving them free: "I won't be writing again", "ur not obligated to reply", "tak ur time, no
      // presure", "im not writing to get u back", "if not thats grand too", "ur call completely".
      re: `{B}(?:i won'?t|i will not|i wont|i shan'?t|i shall not|i'?ll not|ill not|i'?m not going to|im not going to|i'?m not gonna|im not gonna) be (?:writing|calling|texting|ringing|messaging|emailing|contacting (?:you|u)|in touch|getting in touch|bothering (?:you|u)|troubling (?:you|u)|sending (?:any ?more|another))(?=[^.!?\\n]{0,30}?{B}(?:again|any ?more|unless|after (?:this|today)|further|from now on)(?![\\p{L}]))|{B}(?:you'?re|you are|ur|u r|youre|u are)\\s+(?:not|under no|in no way|by no means|never)\\s+(?:(?:at all|in any way|really)\\s+)?(?:obligated|obliged|required|expected|bound|duty[- ]bound|beholden|obligation)(?![\\p{L}])|{B}(?:tak|tke|tk) (?:ur|your|yr|ya) time(?![\\p{L}])|{B}no (?:presure|preasure|pressur|pressue|presh)(?![\\p{L}])|{B}(?:{IM}|i am) not (?:writing|here|doing this|sending this|reaching out)(?: this)?(?: (?:letter|message))? (?:to|so i can|in order to) (?:start anything|change (?:your|ur) mind|convince (?:you|u)|pressure (?:you|u)|push (?:you|u)|get (?:you|u) back|win (?:you|u) back|mess (?:anything|things|it|this) up|cause (?:any )?(?:trouble|problems|drama)|come between|make things (?:awkward|difficult|hard|weird)|stir (?:things|anything|it) up|interfere|ruin (?:anything|things))(?![\\p{L}])|{B}(?:and |or )?if (?:not|u don'?t|you don'?t|u dont|you dont|you'?d rather not|u'?d rather not)(?: (?:want|wanna)(?: to)?)?,?\\s+(?:then\\s+)?(?:that'?s|thats|that is|it'?s|its|it is)\\s+(?:(?:totally|completely|absolutely|perfectly|also|just|honestly|really)\\s+)?(?:grand|fine|ok|okay|cool|alright|all right|all good|no problem|sound|no bother|understandable|no worries)(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:it'?s|its|it is|that'?s|thats)\\s+)?(?:all\\s+)?(?:your|ur)\\s+(?:call|choice|decision)(?:\\s+(?:completely|entirely|totally|100%|now|in the end))?(?=\\s*[.!,;…]|\\s*$)|{B}(?:(?:there'?s|there is) )?(?:nae|na|nay) (?:rush|hurry|pressure|bother|obligation)(?![\\p{L}])|{B}(?:your|ur) (?:own )?(?:happiness|peace(?: of mind)?|well-?being|freedom|healing) (?:matters|is what matters|comes first|is (?:more important|all that matters|what counts|the priority))(?![\\p{L}])|{B}no (?:reply|response|answer|explanation)s? (?:is |are )?(?:needed|necessary|required|expected|owed)(?=\\s*[.!,;…]|\\s*$|\\s+(?:from (?:you|u)|on (?:your|ur) (?:part|side)|at all)(?![\\p{L}]))|{B}(?:i'?ll|ill|i shall) not (?:write|call|ring|text|message|email|contact (?:you|u)|bother (?:you|u)|trouble (?:you|u)|be in touch|come round|turn up)(?:\\s+(?:you|u))? (?:again|any ?more|after (?:this|today))(?![\\p{L}])|{B}(?:(?:there'?s|there is) )?no (?:timeline|time frame|timeframe|time limit)(?: (?:on|for) (?:this|it|that|any of (?:this|it)|(?:your|ur) (?:answer|reply)))?(?=\\s*[.!,;…]|\\s*$)|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:it'?s|its|that'?s|thats)\\s+)?(?:entirely|completely|totally|all) up to (?:you|u)(?=\\s*[.!,;…]|\\s*$)|(?<=(?:^|[.!?\\n])\\s{0,3})up to (?:you|u) (?:entirely|completely|totally|now|really)(?=\\s*[.!,;…]|\\s*$)`,
    },
    {
      id: 'either-answer',
      // Seventeenth round (open17 probe): both answers left open by what the writer will feel either way, "or not" said
      // outright ("Either way, I'm glad I said it", "Whether we talk again or not, I wish you well", "yes or no, I'll be
      // okay"). Not waiting ("either way, I'll be waiting"), nor a denial ("either way, I'm not giving up").
      re: String.raw`(?:{B}(?:either way|yes or no|whatever (?:happens|your answer is|you say|you decide|you choose)|whichever way (?:you|u) (?:go|decide|choose|turn|jump)|whether (?:or not )?(?:we|you|u)(?: [\p{L}']+){1,6}? or (?:not|no|never)|whether (?:or not )?(?:we|you|u)(?: [\p{L}']+){1,4}? or (?:we|you|u)(?: [\p{L}']+){1,4}?)),?\s+(?:(?:i (?:just |truly |really |sincerely )?(?:wish|hope)(?: for)? (?:(?:you|u) )?(?:(?:nothing but|only|all|every)\s+)?(?:well|the best|happiness|good things|luck|peace|(?:you|u)(?:'re| are)? (?:well|happy|okay|ok))|(?:i'?m|im|i am|i'?ll be|i will be|ill be)\s+(?:(?:still|just|really|truly|genuinely|so|honestly)\s+)?(?:glad|happy|okay|ok|fine|alright|all right|at peace|grateful|thankful|content)|i (?:don'?t|do not|won'?t|will not) regret|thank (?:you|u)|i'?m (?:glad|happy) (?:i|to have))(?![\p{L}]))|{B}no (?:is|would be|'?s) (?:a )?(?:perfectly |completely |totally |also )?(?:good|fine|fair|valid|acceptable|okay|ok) (?:answer|response|reply)(?![\p{L}])|{B}(?:there'?s|there is) no (?:wrong|bad) answer(?:\s+here)?(?=\s*(?:[.!,;…—–]|$))|{B}i (?:won'?t|will not|wont|wouldn'?t|would not|shan'?t) take it (?:personally|badly|the wrong way|to heart) if (?:you|u)(?![\p{L}])|{B}if (?:it'?s|this is|that'?s|this letter is) (?:too much|too soon|not welcome|unwelcome|a bad time|the last thing (?:you|u) (?:want|need))[^.!?\n]{0,10}?,?\s*(?:then\s+)?(?:just |please |feel free to )?(?:bin|ignore|delete|burn|throw (?:it |this )?(?:away|out)|tear (?:it |this )?up|stop reading)(?![\p{L}])`,
    },
    {
      id: 'not-presuming',
      // Eleventh round (strengths11 probe and tuning misses): the writer declines to read the reader's mind or to ask,
      // and keeps a promise of no more contact. "I don't know what you feel now, and I won't pretend to", "I won't
      // assume anything about how you feel", "I won't tell you what it should be", "I'm asking for nothing", "I'm not
      // writing … to ask you for anything", "It's the only one I'll send", "I will stop writing, and that's a promise",
      // "You're allowed to say no", "You're allowed to be done with me". Not "I'll stop writing when you answer" (a condition), nor "I won't tell you what
      // happened" (nothing about their feelings).
      re: [
        `{B}i (?:don'?t|do not|dont|can'?t|cannot) (?:really |even )?(?:know|say|tell|guess) (?:what|how) (?:you|u)(?:'re| are| were| r)? (?:really |truly )?(?:feel|felt|feeling|think|thought|thinking|want|wanted|wanting|need|needed|going through|went through|make of (?:this|it|me))(?![\\p{L}])[^.!?\\n]{0,50}?[,;]?\\s*(?:and|so) i (?:won'?t|will not|wouldn'?t|shouldn'?t|can'?t|am not going to|'m not going to) (?:pretend|presume|assume|guess|speak for (?:you|u))(?![\\p{L}])`,
        `{B}i (?:won'?t|will not|wouldn'?t|don'?t want to|refuse to|am not going to|'m not going to|'?ll not) (?:assume|presume|guess at|guess|second-guess) (?:anything )?(?:(?:about|at) )?(?:what|how) (?:you|u)(?:'re| are| r)? (?:really )?(?:feel|felt|feeling|think|thought|thinking|want|wanted|wanting|need|needed|going through|went through|make of (?:this|it|me))(?![\\p{L}])`,
        `{B}i (?:won'?t|will not|wouldn'?t|'m not going to|am not going to) tell (?:you|u) (?:what|how) (?:you|u|it|that)(?:'re| are)? (?:should|ought to|must|have to|has to|is supposed to|are supposed to)(?![\\p{L}])`,
        `{B}(?:i'?m|im|i am) (?:asking|hoping) (?:(?:you|u) )?for nothing(?![\\p{L}])|(?<={B}(?:not|n't) (?:writing|here|sending (?:this|it))[^.!?\\n]{0,40}?)to ask (?:(?:you|u) )?(?:for )?anything(?![\\p{L}])`,
        `{B}(?:it'?s|this is|that'?s|this'?ll be|this will be|it will be) (?:the )?only (?:one|letter|message|note)(?: (?:i'?ll|i will|i'?m going to|i'?m gonna) (?:ever )?send| you'?ll (?:ever )?get from me)(?![\\p{L}])(?![^.!?\\n]{0,60}{B}(?:but|so (?:you'?d|you had|u'?d)? ?better|you'?d better|so make sure|so read)(?![\\p{L}]))`,
        `{B}(?:i'?ll|i will|i'?m going to|im going to) (?:(?:then|now|also)\\s+)?stop (?:writing|texting|messaging|calling|contacting (?:you|u))(?![\\p{L}])(?!\\s+(?:(?:you|u)\\s+)?(?:(?:so\\s+)?(?:much|often)|every|daily|when|once|if|until|till|unless|as soon as)(?![\\p{L}]))`,
        `{B}(?:you'?re|you are|ur|u r|youre) (?:(?:always|completely|totally|perfectly|absolutely)\\s+)?(?:allowed|free|entitled) to (?:say no|decline|refuse|ignore (?:this|me|it)|not (?:answer|reply|respond|write back)|bin (?:this|it)|throw (?:this|it) away|be (?:done|finished|through) with (?:me|us|this)|move on|walk away|be angry(?: with me)?|(?:stay|be) (?:away|gone))(?![\\p{L}])(?![^.!?\\n]{0,60}{B}(?:but|so (?:you'?d|you had|u'?d)? ?better|you'?d better|so make sure|so read)(?![\\p{L}]))`,
        // More tuning-set shapes of leaving them free: room given ("I know I need to give you room"), contact held back
        // ("so I won't be tempted to keep calling", "write just this once", "I've told her to
        // leave you be", "I'm not going to bombard you"), their choice ("whichever you prefer", "whoever you're with",
        // "I'll only go if you're comfortable with it", "I've kept to that"), silence accepted ("If I don't hear from
        // you, I'll assume you're doing well", "no need to tell me", "they're yours to keep", "if so, I am glad for you").
        String.raw`{B}(?:i )?(?:need|have|ought|should|want|'m going|am going) to give (?:you|u) (?:(?:some|more|the|all the|your)\s+)?(?:room|space|time)(?![\p{L}])|{B}so (?:that )?i (?:won'?t|will not) be tempted to keep (?:call|text|message|writ|contact|ring|turn)\p{L}*`,
        String.raw`{B}(?:write|writing|wrote|send|sending|contact|contacting|message|messaging)(?: (?:you|u|to (?:you|u)))? (?:just|only) (?:this )?once(?![\p{L}])|{B}told (?:her|him|them) to leave (?:you|u) (?:be|alone)(?![\p{L}])|{B}(?:not going to|won'?t|will not|i'?m not gonna|not gonna) (?:bombard|flood|pester|hound|badger|spam) (?:you|u)(?![\p{L}])`,
        String.raw`{B}(?:whichever|whatever|however) (?:(?:you|u) (?:prefer|'d prefer|would prefer|'d rather|would rather|choose|decide|feel comfortable with)|suits (?:you|u))(?![\p{L}])(?!,?\s+(?:you|u)(?:'re| are| r| were)(?![\p{L}]))|{B}whoever (?:you|u)(?:'re| are| r) with(?: now)?(?=\s*(?:[.!;…]|$))|{B}(?:i'?ll|i will) only (?:go|come|be there|turn up|attend) if (?:you|u)(?:'re| are| r) (?:comfortable|ok|okay|happy|fine|alright) with (?:it|that)(?![\p{L}])|{B}(?:i'?ve|i have) (?:kept to|respected|stuck to|honou?red) (?:that|it|your (?:wish|request|decision))(?![\p{L}])`,
        // Twelfth: not intruding on their new life, and their happiness in whatever shape: "I do not wish to intrude
        // on that", "I wish you every happiness, whatever shape it takes".
        String.raw`{B}i (?:do not|don'?t|dont|have no (?:wish|desire|intention) to|would not|wouldn'?t)\s+(?:(?:wish|want|mean|intend|like) to\s+)?(?:intrude|interfere|come between (?:you|u)|get in the way|disturb (?:that|it|your|what)|step on (?:anyone|anybody|his|her|their)'?s? toes)(?![\p{L}])(?![^.!?\n]{0,40}{B}but(?![\p{L}]))`,
        String.raw`{B}whatever (?:shape|form) (?:it|that|your (?:life|happiness)|happiness) (?:takes|may take|might take|comes in)(?![\p{L}])`,
        // Twelfth: nothing asked in return ("not telling u this to get anything back"), and good wishes for the "no" ("If
        // not, I wish you nothing but good things"). ("I hope he treats you well" is labeled no strength in the tuning set.)
        String.raw`{B}(?:(?:i'?m|im|i am)\s+)?not (?:telling|saying|writing|sending) (?:(?:you|u) )?(?:this|that|it|all this|all of this)(?: to (?:you|u))? (?:to|so (?:that )?i (?:can|could)|because i want to) (?:get|ask for|win|expect) (?:anything|something|you|u)(?: (?:back|in return|from (?:you|u)))?(?![\p{L}])`,
        String.raw`{B}if (?:not|(?:you|u) (?:don'?t|dont|would rather not|'d rather not))\s*,?\s*i (?:wish|hope)(?: for)? (?:(?:you|u) )?(?:(?:nothing but|only|all|every)\s+)?(?:good things|the best|well|happiness|every happiness|all the best|good luck|good fortune)(?![\p{L}])`,
        // Twelfth: their way taken over the writer's: "If you'd rather do it another way, tell me and we'll do that
        // instead", "if you prefer to meet somewhere else, we'll go with yours".
        String.raw`{B}if (?:you|u)(?:'d| would)? (?:rather|prefer)(?! not)[^.!?\n]{1,50}?,?\s+(?:(?:just\s+)?(?:tell|let) me(?: know)?,?\s+(?:and\s+)?)?(?:we'?ll|we will|i'?ll|i will)\s+(?:(?:happily|gladly|just)\s+)?(?:do (?:that|it (?:that|your) way|it your way|what (?:you|u) (?:prefer|'d rather|would rather))|go with (?:that|yours|your (?:way|plan|choice|idea))|do it (?:that|your) way)(?: instead)?(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}if i (?:don'?t|do not|never) hear (?:back )?(?:from (?:you|u))?,?\s+i'?ll (?:assume|take it|understand|know)(?![\p{L}])(?![^.!?\n]{0,40}{B}(?:come|call|ring|turn up|write again|try again)(?![\p{L}]))|{B}no need to (?:tell|answer|reply to|write back to|let) me(?![\p{L}])|{B}(?:they'?re|it'?s|that'?s|those are) yours to keep(?![\p{L}])|{B}if so,?\s+i(?:'m| am) (?:(?:really|truly|genuinely)\s+)?(?:glad|happy) for (?:you|u)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'door-open',
      // Twelfth round: the door left open, the condition after it (and things left to collect "whenever suits u") ("u know where i am if u ever wanna talk x", "You know
      // where to find me, if you ever need anything"). The reverse order ("If you ever want to talk, you know where I am")
      // is read by 'freedom'; without the condition it can be a dare ("you know where I am, and you know what you're
      // throwing away").
      re: String.raw`{B}(?:you|u|ya) know where (?:i am|i'?m|im|to find me)(?:,)?\s+(?:if|whenever|when|should) (?:you|u|ya)(?: ever)? (?:want|wanna|need|fancy|feel like|like|are ready|'?re ready|wish)(?![\p{L}])|{B}(?:leave|drop|post|send|bring|keep) (?:it|them|the \p{L}+|ur \p{L}+|your \p{L}+)[^.!?\n]{0,30}?{B}(?:whenever|when(?:ever)? it) suits (?:you|u|ya)(?![\p{L}])`,
    },
    {
      id: 'not-why',
      // Thirteenth round (strengths13 letters): what the letter is not for, said to leave the reader free ("I'm not
      // writing to change anything", "I'm not writing this to get anything from you", "This isn't me trying to get
      // back together"). Not what the writer will not do to someone else, nor a letter that is not "to say sorry"
      // (that one declines an apology).
      re: String.raw`{B}(?:{IM}|i am)\s+not\s+(?:writing|sending (?:this|you this)|telling (?:you|u) (?:this|all this)|saying (?:this|that|all this))(?:\s+(?:this|to (?:you|u)|(?:this |the )?letter))*\s+(?:to|because i want to|hoping to|in order to|so (?:that )?(?:you|u)(?:'ll| will| would|'d)?)\s+(?:change (?:anything|things|your mind|what happened)|get (?:anything|something) (?:from|out of|back)|get anything|ask (?:you\s+|u\s+)?(?:for )?(?:anything|something|a thing)|win (?:you|u) back|get (?:you|u) back|pressure (?:you|u)|put (?:any )?pressure on (?:you|u)|rush (?:you|u)|push (?:you|u)|undo anything|start (?:anything|something) (?:up )?again|reopen anything|take you back|come back)(?![\p{L}])|{B}i\s+(?:will\s+|'ll\s+|can\s+)?(?:take|receive|accept|hold)\s+(?:your|ur)\s+(?:decision|choice|answer|silence)\s+(?:with|in)\s+(?:respect|peace|grace|acceptance|calm|an open heart)(?![\p{L}])|{B}(?:this|this letter)\s+(?:isn'?t|is not|isnt)\s+(?:me\s+)?(?:trying to|an attempt to|a way to|a way of|about|me asking (?:you )?to)\s+(?:get(?:ting)? (?:back together|you back|u back|an answer)|win(?:ning)? (?:you|u) back|chang(?:e|ing) (?:your|ur) mind|pressur(?:e|ing) (?:you|u)|ask(?:ing)? (?:you|u)? ?(?:for anything|to come back|to take me back)|come back|take me back)(?![\p{L}])`,
    },
    {
      id: 'stopped-looking',
      // Fifteenth round (strengths15): room given, told as a fact of the writer's life ("I've stopped checking your
      // instagram", "I've stopped driving the long way home past your street", "I've unfollowed you everywhere so you can
      // have your own life"). Not a grievance ("I stopped checking your stories because you blocked me"), and not the
      // number deleted "so I won't be tempted" (the tuning sets disagree on it; left to not-presuming).
      re: [
        String.raw`{B}i(?:'?ve| have)? (?:(?:finally|already|now|also|just|properly|actually)\s+)?(?:stopped|quit|given up|gave up)\s+(?:checking|looking at|stalking|watching|going through|scrolling(?: through)?|(?:driving|walking|cycling|running|going|jogging)(?: the dogs?| home| to work)?(?: the long way(?: home| round)?)? (?:past|by)|hanging (?:a)?round|refreshing|reading)\s+(?:[\p{L}'-]+\s+){0,3}?(?:your|ur)\s+(?:instagram|insta|ig|facebook|fb|stories|story|page|profile|socials|feed|twitter|tiktok|street|road|house|place|flat|work|office|gym|door|building|last seen|online status|whatsapp|strava|spotify)(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:because|cos|coz|since) (?:you|u|he|she|your|ur)(?![\p{L}]))`,
        String.raw`{B}i(?:'?ve| have)? (?:(?:finally|already|now|also|just)\s+)?(?:unfollowed|muted|unfriended) (?:you|u)(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:because|cos|coz|since) (?:you|u|he|she|your|ur)(?![\p{L}]))`,
        String.raw`{B}(?:i won'?t|i will not|i wont|i'?m not going to|im not going to|i'?m not gonna|im not gonna|i promise not to|i'?ll never|i will never)\s+(?:(?:come|turn up|show up|drop by|call round|go|hang around)\s+(?:to|at|round|by|near|outside)?\s*(?:your|ur|the) (?:shop|work|office|house|flat|place|door|gym|salon|school|café|cafe|building|street)|(?:ring|call|text|message|contact|write to|go through)\s+(?:your|ur) (?:mam|mum|mom|dad|family|parents|sister|brother|friends|mates|work))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'handed-over',
      // Twenty-first round (space21 probe): the choice handed over without the stock words ("I'm putting this in your
      // hands and stepping back", "The ball's in your court", "I'll leave the next move to you", "I'm not counting the
      // days", "i get it if ur done with me", "I'll respect whatever boundaries you set", "Whoever you choose to be with
      // is your business"). Not a hand-over with a task in it ("I'm leaving it to you to fix this" is up-to-you-to's), not
      // things left with someone ("I'll leave the keys with you"), not counting the hours instead.
      re: [
        String.raw`{B}(?:{IM}|i am|i'?ll|i will|i'?m going to|i want to|i'?d like to)\s+(?:(?:just|now|simply|gently|quietly)\s+)?(?:putting|put|leaving|leave|placing|place|handing|hand)\s+(?:this|it|that|everything|it all|all of (?:this|it)|the (?:decision|choice|next (?:move|step)|rest))\s+(?:in(?:to)?\s+(?:your|ur)\s+hands|with\s+(?:you|u)(?=\s*(?:[.!,;…—–]|$)|\s+(?:now|entirely|completely|and)(?![\p{L}]))|(?:to|up to)\s+(?:you|u)(?=\s*(?:[.!,;…—–]|$)|\s+(?:now|entirely|completely|and)(?![\p{L}])))(?![^.!?\n]{0,40}?{B}(?:but|by|before|until)(?![\p{L}]))`,
        String.raw`{B}(?:the )?ball(?:'s| is) (?:firmly |entirely )?in (?:your|ur) court(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:but|by|before|until|so (?:hurry|don'?t))(?![\p{L}]))|{B}the next (?:move|step) is (?:yours|(?:all |entirely )?up to (?:you|u))(?![\p{L}])(?!\s+to(?![\p{L}]))`,
        String.raw`{B}(?:{IM}|i am)\s+(?:(?:really|honestly|genuinely)\s+)?not counting(?: (?:the )?(?:days|weeks|months|hours|down))?(?=\s*(?:[.!,;…—–]|$))(?![^.!?\n]{0,40}?{B}counting(?![\p{L}]))`,
        String.raw`{B}i\s+(?:(?:totally|completely|fully|honestly|really|would|'?d|do)\s+)?(?:get|understand)\s+(?:it\s+)?if\s+(?:you'?re|you are|ur|youre|u r|u are)\s+(?:(?:just|really|completely|totally)\s+)?(?:done|finished|through|over (?:it|me|us|this)|not (?:ready|interested)|happier without)(?![\p{L}])|{B}no hard feelings(?= (?:if|either way|whatever|whichever)(?![\p{L}]))`,
        String.raw`{B}(?:i'?ll|i will|i|i'?m going to|i want to|i promise to)\s+(?:(?:always|fully|completely|absolutely|of course)\s+)?(?:respect|honour|honor|stick to|keep to|abide by)\s+(?:whatever|any|every|all (?:the|your)|your|ur|the)\s+(?:boundar(?:y|ies)|limits?)(?![\p{L}])(?!\s+(?:of (?:the|my)|on (?:the|my))(?![\p{L}]))`,
        String.raw`{B}(?:who|whoever|where|wherever|how|whatever)\s+(?:you|u)\s+(?:[\p{L}']+\s+){0,5}?(?:is|'s)\s+(?:(?:entirely|completely|only)\s+)?(?:your|ur)\s+(?:business|call|choice|decision|affair)(?![\p{L}])(?![^.!?\n]{0,40}?{B}but(?![\p{L}]))|{B}(?:who|whoever|where|how)\s+(?:you|u)\s+(?:[\p{L}']+\s+){0,5}?(?:is|'s)\s+(?:none of|not) my (?:business|concern)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'their-pace',
      // Twenty-first round (space21 scratch batch): room given in the reader's own time and terms ("I'll go at whatever
      // pace suits you", "You set the pace", "Don't rush on my account", "Think it over for as long as you like"), not
      // intruding ("I would not dream of imposing on your new life", "I'd never want you to feel cornered by this
      // letter"), a preference of theirs made fine ("If you'd rather we kept to texts about the dog, that's fine by me"),
      // their good even without the writer ("I only want what's best for you, even if that isn't me") and staying out of
      // the way ("I'll stay in my lane"). Not with a "but" after ("I don't want to interfere, but he's cheating on you").
      re: [
        String.raw`{B}(?:you|u) (?:set|choose|decide|call) the (?:pace|timing)(?![\p{L}])|{B}(?:at|go at|move at|take (?:it|things) at|in) (?:whatever|your|ur|any) (?:own )?pace(?![\p{L}])(?![^.!?\n]{0,40}?{B}(?:but|by|before|until)(?![\p{L}]))`,
        String.raw`{B}(?:don'?t|do not|dont|no need to|never) (?:rush|hurry|reply|answer|write back|feel (?:bad|guilty|obliged|obligated)|worry)\s+(?:\p{L}+\s+)?on my account(?![\p{L}])`,
        String.raw`{B}(?:think (?:it|this|things) (?:over|through)|think about (?:it|this)|mull (?:it|this) over|sit with (?:it|this)|chew (?:it|this) over)\s+(?:for\s+)?(?:as long as|however long) (?:you|u) (?:like|need|want|wish)(?![\p{L}])`,
        String.raw`{B}(?:would not|wouldn'?t|won'?t|will not|would never|'?d never|don'?t want to|do not (?:wish|want) to|have no (?:wish|intention|desire) to)\s+(?:dream of\s+)?(?:impos(?:e|ing)|intrud(?:e|ing)|barg(?:e|ing) in|interfer(?:e|ing)|get(?:ting)? in (?:your|ur|the) way)(?: (?:on|upon|in|into|with) (?:you|u|your|ur|what you|the life)(?![\p{L}]))?(?![\p{L}])(?![^.!?\n]{0,60}?{B}but(?![\p{L}]))`,
        String.raw`{B}(?:i'?d|i would|i)\s+(?:never|not|don'?t|do not|wouldn'?t)\s+(?:ever\s+)?want (?:you|u) to feel (?:cornered|trapped|pressured|pressed|obliged|obligated|rushed|pushed|boxed in|hemmed in)(?![\p{L}])`,
        String.raw`{B}if (?:you|u)(?:'d| would)? (?:rather|prefer)(?![\p{L}])[^.!?\n]{0,60}?,\s*(?:then\s+)?(?:that'?s|thats|that is)\s+(?:(?:totally|completely|perfectly|absolutely|also|more than)\s+)?(?:fine|ok|okay|alright|all right|grand|cool) (?:by|with) me(?![\p{L}])`,
        String.raw`(?<={B}(?:best|right|happiest|happy|happiness|good)\s+for\s+(?:you|u)[^.!?\n]{0,10})even if (?:that|it) (?:isn'?t|is not|'?s not|means not|doesn'?t (?:include|mean)|does not (?:include|mean)|turns out not to be)\s+(?:being\s+)?(?:with\s+)?(?:me|us)(?![\p{L}])`,
        String.raw`{B}(?:i'?ll|i will|i'?m going to|i promise to) stay (?:in my lane|out of (?:your|ur) hair)(?![\p{L}])(?!\s+(?:on|in|at|when|while|with)(?![\p{L}]))`,
      ].join('|'),
    },
  ],
  antipatterns: [
    // Seventeenth round (tuning set): no rush about a parcel or the boxes is practical, not room given ("There's no rush
    // at all, honestly, the boxes can wait till spring", "let me know if the parcel reached you, no rush at all").
    sentenceWith(
      String.raw`{B}no (?:rush|hurry)(?:\s+at all)?[^.!?\n]{0,40}?{B}(?:the|your|ur|my|those) (?:boxes|box|parcel|package|stuff|things|keys|money|deposit|bike|books|clothes|furniture|records|sofa|paperwork|forms?|rent|bills?)(?![\p{L}])|{B}(?:the|your|ur|my|those) (?:boxes|box|parcel|package|keys|money|deposit|paperwork|forms?|rent|bills?)(?![\p{L}])[^.!?\n]{0,50}?{B}no (?:rush|hurry)(?![\p{L}])`,
    ),
    // Seventeenth round (lead review): a promise of no more contact sold as the price of a demand ("Give me an answer and
    // I won't bother you again", "pls just reply to this one, even one word, i wont bother u again after").
    String.raw`(?:(?<=(?:^|[.!?\n])\s{0,3})|{B}(?:pls|plz|please|just|so)\s+)(?:(?:just|please|pls|plz)\s+)?(?:give me|send me|reply|answer|respond|write back|call|ring|text|message|tell me|meet me|see me|talk to me)(?![\p{L}])[^.!?\n]{0,60}?{B}(?:and\s+)?(?:then\s+)?i(?:'?ll|ll| will)?\s*(?:won'?t|wont|will not|'?ll never|will never|never|'?ll leave|will leave|'?ll stop|will stop|'?ll go|will go)(?![\p{L}])`,
    // Twelfth round: freedom taken back in the same sentence. A threat after the choice ("It's your choice, but if you
    // choose him, don't come crying to me"; "Whatever you decide is fine, just don't expect me to be there"), the
    // choice judged ("I respect your decision, even though it's the wrong one"), and leaving them alone sold as a
    // bargain ("I'll leave you alone if you answer this one letter"; "if that's what you want" stays free).
    sentenceWith(
      String.raw`{B}(?:don'?t|do not|dont) (?:you )?(?:come (?:crying|running|back crying|begging|knocking)|expect me to (?:(?:still|always|just) )?(?:be (?:there|here|around|waiting)|wait|come running|take (?:you|u) back|pick up|answer|care|forgive))(?![\p{L}])|{B}even (?:though|if|when) (?:it'?s|it is|that'?s|that is|you'?re|you are)\s+(?:(?:so|completely|clearly|obviously)\s+)?(?:wrong|the wrong (?:one|decision|choice)|a (?:huge |big |terrible )?mistake|stupid|selfish|cowardly)(?![\p{L}])|{B}leave (?:you|u) alone (?:if|once|as soon as|when|after) (?:you|u) (?!(?:want|wish|'?d like|would like|prefer|ask|tell me to|need|'?d rather|would rather)(?![\p{L}]))\p{L}+|{B}but (?:if|when|once|unless) [^.!?\n]{1,40}?{B}(?:i'?m|im|i am|i'?ll|ill|i will|i'?m going to|i am going to) (?:telling|tell|going to tell|posting|post|showing|show|coming|come|turning up|exposing|expose)(?![\p{L}])`,
    ),
    // A denial that introduces what it denies (the guide: "I'm not writing to make you feel bad." is no label): "I'm not
    // trying to make you feel bad, but…".
    "{B}(?:i'?m|im|i am) not (?:trying|writing|saying (?:this|it|that)|here|telling (?:you|u) (?:this|that)) to make (?:you|u) feel (?:bad|guilty|worse|terrible|awful|sorry)(?![\\p{L}])",
    // The writer's own waiting, without an end or a way out for the reader, is not the reader's freedom (the guide:
    // "I'd wait a thousand years for you" is exaggeration): "I'll wait for you, however long it takes".
    "{B}(?:i'?ll|i will|ill|i'?d|i would|i'?m going to|i'?m gonna|im gonna|i'?m|im|i am) (?:always |still |just |happily |gladly )?wait(?:ing)?(?: (?:for|on) (?:you|u|us))?[^.!?\\n]{0,20}?(?:however|no matter how|as) long(?: as)?(?: it takes)?(?![\\p{L}])(?![^.!?\\n]{0,40}?(?:even if|if (?:the answer|you|u) never|and if (?:you|u) (?:don'?t|never|decide not)|whatever (?:you|u) decide|either way))",
    // An open door passed on from someone else: "Mum says the door is always open".
    '{B}(?:says|said) (?:that )?(?:the|her|his|their) door(?![\\p{L}])',
    // Waiting forever is hyperbole, not freedom: "I'll wait for you forever, however long it takes".
    sentenceWith(
      '{B}(?:wait|waiting)(?: for (?:you|u))?(?: (?:here|around))? (?:forever|for ever|a lifetime|my whole life|all my life|for the rest of my life|(?:a |one )?(?:thousand|million|hundred) years|for eternity|(?:till|until) the end of time|(?:till|until) i die|(?:till|until) my last breath)(?![\\p{L}])',
    ),
    // Time given for practical things: "take your time collecting your things".
    '{B}take (?:all |as much )?(?:the |your |ur )?time (?:(?:with|over|about) (?:the|your|ur|my) (?:boxes|things|stuff|furniture|keys|rent|money|deposit|bills|car|paperwork|forms|loan|books)|(?:collecting|picking up|getting|moving|clearing|sorting|packing|paying|returning|fetching|selling|signing|finding)(?![\\p{L}]))',

    // A "but" that takes the freedom back, or a threat about silence.
    sentenceWith(TAKEN_BACK),
    // Twentieth round (the lead's review): freedom with its answer fixed ("Whatever you decide is fine, as long as it's
    // me"), nothing owed but the thing asked ("You don't owe me anything, except maybe the truth"), and a change offered
    // only at a price ("I've changed, but only if you give me a chance to prove it"), which the classifier read as space.
    sentenceWith(
      String.raw`{B}${ANSWER_FIXED}(?![\p{L}])|{B}owe me (?:nothing|anything|a thing),?\s+(?:except|but|apart from|other than|besides|save)(?![\p{L}])|{B}only if (?:you|u) (?:give|take|let|come|forgive|agree|say|promise|choose|pick|leave)(?![\p{L}])`,
    ),
    // Freedom taken back by a threat: "I'll never forgive you", "I'll make you regret it".
    sentenceWith(
      "{B}(?:dead to me|good riddance|never want to see (?:you|u)|never forgive|make (?:you|u) (?:regret|pay|sorry)|(?:you|u)'?ll regret|i'?ll (?:come and )?find (?:you|u))(?![\\p{L}])",
    ),
    // Waiting where they are, or writing on a schedule: persistence, not freedom.
    sentenceWith(
      "{B}(?:wait|waiting) (?:outside|downstairs|out front)(?![\\p{L}])|{B}(?:wait|waiting) (?:in|outside|at|by) (?:the|your|ur) (?:car park|house|door|work|office|flat|school|gym)|{B}(?:write|text|call|message|send)[^.!?\\n]{0,30}?(?:every|each) (?:day|week|month|first|monday|sunday|morning|night)(?![\\p{L}])|{B}i know (?:you|u) said no contact|{B}as long as (?:it'?s|it is) the right|{B}if (?:you|u) (?:don'?t|do not|dont),? i'?ll (?:come|turn up|call|keep|be)(?![\\p{L}])",
    ),
    // "Up to you to fix this", "I understand why you left" (insight, not freedom), "no pressure on me".
    '{B}up to (?:you|u) to{E}|{B}(?:leave|leaving) (?:it|this|that) (?:to|with) (?:you|u) to{E}|{B}no (?:pressure|rush) (?:on|for) me{E}|{B}no expectations? (?:were|was) (?:met|ever){E}',
    // Waiting for an apology, or waiting at their door: "whenever you're ready to apologise", "take all the time you
    // want, I'll be outside your work".
    sentenceWith(
      "{B}ready to (?:apologi[sz]e|say sorry|admit|own up|grow up|take responsibility|explain yourself|come crawling|see sense|be reasonable)(?![\\p{L}])|{B}(?:i'?ll|i will|i'?m going to|im gonna|i'?m gonna) be (?:waiting )?(?:outside|at|by|near|round) (?:your|ur) (?:work|house|flat|door|office|school|gym|place|parents'?|mum'?s|job)(?![\\p{L}])",
    ),
    // Twenty-first round (space21 probe, main's false positives): freedom taken back in other words. A sulk or a sneer
    // after the promise of no contact ("You won't hear from me again, enjoy your perfect life", "have a nice life"),
    // resignation used as guilt ("I'll leave you alone, since that's obviously what you want", "clearly I was never worth
    // the effort"), nothing owed but the decency ("you'd at least have the decency to reply"), the cost of the choice
    // laid on them ("It's your choice, but you'll be throwing away five years", "but Mum's heart will break"), the fight
    // kept up ("Whatever you decide, I'll never stop fighting for us"), respect at a price ("once you've heard me out in
    // person"), room with an end date ("space until your birthday") and a visit announced beside it ("No need to reply,
    // I'll just pop round on Saturday").
    sentenceWith(
      [
        PARTING_SHOT,
        String.raw`{B}since (?:that'?s|that is) (?:(?:obviously|clearly|apparently|evidently)\s+)?what (?:you|u) (?:want|wanted)(?![\p{L}])|{B}(?:clearly|obviously|apparently|evidently) (?:i|i'?m|im|i am|i was) (?:never |not )(?:worth|good enough|enough|important|wanted|a priority)(?![\p{L}])|{B}i know when i'?m not wanted(?![\p{L}])`,
        String.raw`{B}(?:the )?(?:common )?(?:decency|courtesy) to(?![\p{L}])|{B}the least (?:you|u) (?:could|can)(?![\p{L}])`,
        String.raw`{B}but{E}[^.!?\n]{0,40}?(?:{B}(?:you|u)(?:'ll| will|'re| are| r)? (?:be )?(?:throwing|throw|giving|give|wasting|waste|losing|lose) (?:away |up )?(?:(?:\p{N}+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|the best|all|our|those|these|so many|years)\s+)*(?:years?|months|us|everything|what we (?:had|built|have))(?![\p{L}])|{B}(?:(?:my|your|ur|our|the kids'?|the children'?s)\s+(?:mum'?s|mom'?s|mother'?s|dad'?s|father'?s|nan'?s|gran'?s)|mum'?s|mom'?s|nan'?s|my|our)\s+hearts? (?:will|would|is going to|'?ll|'?d) break(?![\p{L}]))`,
        String.raw`{B}look where (?:it|that|this) (?:got|gets|has got|'s got|left) (?:us|you|u|me)(?![\p{L}])|{B}not that (?:you|u) (?:ever |even )?(?:asked|cared|care|listened|bothered|noticed|wanted)(?![\p{L}])`,
        String.raw`(?<!{B}(?:won'?t|wont|not|never|n't)\s(?:\p{L}+\s)?)(?<!n't\s(?:\p{L}+\s)?){B}(?:i'?ll|i will|ill) (?:just |quickly |simply )?(?:pop|drop|swing|come|call|stop) (?:round|by|over)(?![\p{L}])(?!\s+(?:if|whenever|should|once (?:you|u) (?:say|ask|invite))(?![\p{L}]))`,
        String.raw`{B}(?:i'?ll|i will|ill) (?:never|not) (?:stop|give up) (?:fighting|trying|hoping|chasing)(?: for (?:us|you|u|this|what we))?(?![\p{L}])`,
        String.raw`{B}(?:respect|accept|honour|honor) (?:your|ur|the|whatever|any) (?:decision|choice|answer)s? (?:once|when|after|as soon as) (?:you|u)(?:'ve| have)? (?:actually |finally |properly |at least )?(?:heard me out|listened|met|seen me|talked|spoken|let me|given me|read|explained|apologi[sz]ed)(?![\p{L}])`,
        String.raw`{B}(?:space|time|a break|some room|room)\s+(?:until|till|til|'til)\s+(?!(?:you|u|you'?re|ur|whenever|you'?ve|you have|it feels|things)(?![\p{L}']))[^.!?\n]{1,30}?,?\s+then{E}`,
      ].join('|'),
    ),
  ],
  examples: [
    { flagged: "[[I won't come to the shop or ring your mam]].", pattern: 'stopped-looking' },
    { flagged: "[[I've stopped walking the dog past your building]].", pattern: 'stopped-looking' },
    // Fifteenth round (strengths15): room given, told as a fact of the writer's life.
    { flagged: "[[I've stopped checking your instagram]].", pattern: 'stopped-looking' },
    { flagged: "[[I've stopped driving the long way home past your street]].", pattern: 'stopped-looking' },
    {
      flagged: "[[I've unfollowed you everywhere so you can have your own life without me hovering]].",
      pattern: 'stopped-looking',
    },
    { notFlagged: 'I stopped checking your stories because you blocked me anyway.' },
    { notFlagged: "I've stopped going to the gym since the knee." },
    { notFlagged: "Take all the time you need, but don't expect me to still be here in a year." },
    { flagged: 'And if you are not, [[I will understand fully]].', pattern: 'respect-choice' },
    {
      flagged: '[[I am not saying this to pressure you]], only so you know I was not just talking.',
      pattern: 'not-why',
    },
    { flagged: '[[I take your decision with respect]].', pattern: 'not-why' },
    // Thirteenth round (strengths13): what the letter is not for.
    { flagged: "[[I'm not writing to change anything]].", pattern: 'not-why' },
    { flagged: "[[I'm not writing to get anything from you]], honestly.", pattern: 'not-why' },
    { flagged: "[[This isn't me trying to get back together]].", pattern: 'not-why' },
    { notFlagged: "I'm not writing to say sorry, I'm writing to tell you what you did." },
    { notFlagged: "I'm not writing to make you feel guilty, but you should know what you did." },
    {
      flagged: "[[not telling u this to get anything back]], just so u know i'm sorting myself out",
      pattern: 'not-presuming',
    },
    {
      flagged: 'If you would like to meet, I would be glad. [[If not, I wish you nothing but good things]].',
      pattern: 'not-presuming',
    },
    { notFlagged: "Take all the time you need, but if it's a no I'm telling everyone why." },
    { notFlagged: 'I am waiting your call.' },
    { notFlagged: 'Funny, your memory only seems to work when it suits you.' },
    {
      flagged: "no pressure about the bike, [[i'll leave it at marks whenever suits u]]",
      pattern: 'door-open',
    },
    { flagged: '[[u know where i am if u ever wanna talk x]]', pattern: 'door-open' },
    { notFlagged: "You know where I am, and you know what you're throwing away." },
    { notFlagged: "It's your choice, but if you choose him, don't come crying to me." },
    {
      notFlagged: "Whatever you decide is fine, just don't expect me to be there when you change your mind.",
    },
    { notFlagged: "I respect your decision, even though it's the wrong one." },
    { notFlagged: "I'll leave you alone if you answer this one letter." },
    { flagged: "[[I'll leave you alone if you want me to]].", pattern: 'leave-free' },
    {
      flagged: 'Maybe we can meet one time for a walk at the Elbe? [[Only when you like]].',
      pattern: 'respect-choice',
    },
    { notFlagged: 'I only ring when you like my posts.' },
    // Twelfth round (letters review): the adverb after the verb, as a non-native writer puts it.
    { flagged: 'If not, [[I understand completely if you prefer not]].', pattern: 'respect-choice' },
    { notFlagged: "I understand completely if you're angry, but you need to answer me." },
    {
      flagged: '[[I know you are with someone new and I do not wish to intrude on that]].',
      pattern: 'not-presuming',
    },
    { flagged: 'I wish you every happiness, [[whatever shape it takes]].', pattern: 'not-presuming' },
    { notFlagged: "I don't want to intrude, but you need to call me tonight." },
    { notFlagged: 'Whatever shape the cake takes, it will be eaten.' },
    { flagged: "[[I'm not writing to stir things up or to change your mind]].", pattern: 'more-room' },
    // Seventeenth round: a letter that is not for arguing denies a pitfall, it does not leave them free (the guide:
    // "I'm not writing to make you feel bad" is no label).
    { notFlagged: "I'm not writing to argue about who did what." },
    { notFlagged: 'We both needed space back then, I think.' },
    { notFlagged: "There's no rush at all, honestly, the boxes can wait till spring." },
    { notFlagged: 'Kindly let me know if the parcel reached you, no rush at all.' },
    { notFlagged: "Take your time, but not too much time, I'm not getting any younger." },
    { notFlagged: 'No rush, but I need to know this week.' },
    { notFlagged: "You're free to choose, but choose me." },
    { notFlagged: 'No pressure, just answer me tonight.' },
    { flagged: "[[No rush]], but if you ever write back I'd be glad.", pattern: 'no-worries' },
    {
      flagged: '[[he seems sound btw anyway if u ever fancy a coffee some time im around]]',
      pattern: 'freedom',
    },
    { flagged: "[[Either way, I'm glad I said it]].", pattern: 'either-answer' },
    { flagged: "[[Whichever way you go, I'll be okay]].", pattern: 'either-answer' },
    { flagged: '[[Whether we talk again or not, I wish you well]].', pattern: 'either-answer' },
    { flagged: '[[yes or no, ill be ok]]', pattern: 'either-answer' },
    { notFlagged: "Either way, I'll be waiting for you." },
    { flagged: '[[No is a perfectly good answer]].', pattern: 'either-answer' },
    { flagged: "[[If it's too much, just bin this]].", pattern: 'either-answer' },
    { flagged: "[[There's no wrong answer here]].", pattern: 'either-answer' },
    { flagged: "[[I won't take it personally if you don't write back]].", pattern: 'either-answer' },
    { notFlagged: "There's no wrong answer on the quiz, Dad says." },
    { notFlagged: "No pressure, but I'll need your answer before the weekend." },
    { notFlagged: "Take as long as you like, I'll keep messaging every day till you answer." },
    { notFlagged: "It's your choice, but think of the children." },
    { notFlagged: "It's your decision, but you'll be making a big mistake." },
    { notFlagged: "Give me an answer and I won't bother you again after." },
    { notFlagged: 'pls just reply to this one, even one word, i wont bother u again after' },
    { notFlagged: "I'm not writing to argue, but you need to hear this." },
    // A guilt denied is often the door to one: "I'm not writing this to make you feel bad, I just want you to know I
    // won't be here much longer" (a danger letter of the tuning set).
    { notFlagged: "I'm not writing this to make you feel bad, I just want you to know the truth." },
    {
      flagged: "[[If you'd rather do it another way, tell me and we'll do that instead]].",
      pattern: 'not-presuming',
    },
    { flagged: "[[If you prefer to meet somewhere else, we'll go with yours]].", pattern: 'not-presuming' },
    { notFlagged: "If you'd rather not, we'll do that anyway." },
    { notFlagged: "If you prefer tea, I'll do that on Sunday." },
    // Eleventh round (strengths11).
    { flagged: "[[I don't know what you feel now, and I won't pretend to]].", pattern: 'not-presuming' },
    { flagged: "[[I won't assume anything about how you feel]].", pattern: 'not-presuming' },
    {
      flagged:
        "Whatever you're feeling reading this, it's yours, [[and I won't tell you what it should be]].",
      pattern: 'not-presuming',
    },
    {
      flagged: "[[I'm asking for nothing]], I just wanted you to hear it from me.",
      pattern: 'not-presuming',
    },
    { flagged: "[[It's the only one I'll send]].", pattern: 'not-presuming' },
    { flagged: "[[I will stop writing]], and that's a promise.", pattern: 'not-presuming' },
    { flagged: "[[You're allowed to say no]], you know.", pattern: 'not-presuming' },
    { flagged: "[[You're allowed to be done with me]].", pattern: 'not-presuming' },
    { notFlagged: "You're allowed to be done with me, but you'll regret it." },
    { notFlagged: "I'll stop writing when you answer me." },
    { flagged: '[[I know I need to give you room]], so I will.', pattern: 'not-presuming' },
    { flagged: "[[I deleted your number so I won't be tempted to keep calling]].", pattern: 'not-presuming' },
    {
      flagged: "I'll be at Shona's party, [[but I'll keep my distance if you're there]].",
      pattern: 'leave-free',
    },
    {
      flagged: "I can post it back or drop it at your sister's, [[whichever you prefer]].",
      pattern: 'not-presuming',
    },
    { flagged: "[[If I don't hear from you, I'll assume you're doing well]].", pattern: 'not-presuming' },
    { flagged: 'Perhaps you have moved on, [[and if so, I am glad for you]].', pattern: 'not-presuming' },
    { notFlagged: "If I don't hear from you, I'll assume you want me to come round." },
    { notFlagged: "I'll keep my distance until you calm down, then we talk." },
    { notFlagged: 'You need to give me some space.' },
    { notFlagged: "Whichever you prefer, you're still wrong." },
    { notFlagged: "You're allowed to say no, but you'd be making a mistake." },
    { notFlagged: "It's the only one I'll send, so you'd better read it." },
    // A past act of self-management is solution's; a compliment on the new partner is no space.
    { notFlagged: "I deleted your number so I wouldn't be tempted to text at 2am." },
    { notFlagged: "Whoever you're with now is lucky, and I mean that." },
    {
      flagged: "I pray for you every night, that you're happy and safe, [[whoever you're with]].",
      pattern: 'not-presuming',
    },
    { notFlagged: "I'll stop texting you so much, I promise." },
    { notFlagged: "I won't tell you what happened at the party." },
    { notFlagged: "I don't know what you want from me, and I'm tired of guessing." },
    { notFlagged: "I'm not writing to make you feel bad." },
    { flagged: 'Anyway, [[no need to write back]].', pattern: 'no-pressure' },
    {
      flagged: '[[i dont want anything from u]]. i just wanted u to hear it from me',
      pattern: 'no-pressure',
    },
    { notFlagged: "I don't want anything from you but the truth." },
    { notFlagged: "I'm not trying to make you feel bad." },
    { notFlagged: "I'll wait for you, however long it takes." },
    {
      flagged: "I'll wait, [[however long it takes]], or even if the answer never comes.",
      pattern: 'take-time',
    },
    { flagged: 'I should like to take you to lunch. [[I shall not press you]].', pattern: 'no-pressure' },
    { flagged: '[[i wont hassle u]], promise', pattern: 'no-pressure' },
    { notFlagged: 'I will not press the point about the car.' },
    { flagged: '[[No reply needed]].', pattern: 'more-room' },
    { flagged: "[[I'll not write again]], I promise.", pattern: 'more-room' },
    { flagged: "[[There's no timeline on this]].", pattern: 'more-room' },
    { flagged: '[[Up to you entirely]].', pattern: 'more-room' },
    { notFlagged: 'No explanation needed for the dog, he just ran off.' },
    { notFlagged: "There's no timeline for the building work yet, they say." },
    { notFlagged: "It's up to you to fix this." },
    { notFlagged: 'Mum sends her love and says the door is always open for a cup of tea.' },
    { flagged: "[[There's nae rush on any of this]].", pattern: 'more-room' },
    { flagged: '[[Your happiness matters more to me than an answer]].', pattern: 'more-room' },
    { flagged: "[[I won't be writing again unless you want me to]].", pattern: 'more-room' },
    { flagged: '[[ur not obligated to reply to this]]', pattern: 'more-room' },
    { flagged: "[[You're not obliged to answer]].", pattern: 'more-room' },
    { flagged: '[[tak ur time]]', pattern: 'more-room' },
    { flagged: '[[im not writing to get u back]]', pattern: 'more-room' },
    { flagged: 'fancy a coffee? [[if not thats grand too]]', pattern: 'no-worries' },
    { flagged: '[[ur call completely]]', pattern: 'more-room' },
    { notFlagged: "I won't be writing the report this week." },
    { notFlagged: "I'll wait for you forever, however long it takes." },
    { notFlagged: 'You can take your time collecting your things.' },
    { flagged: "[[If you ever want to talk, my number's the same]].", pattern: 'freedom' },
    { flagged: "[[If you'd rather not see me, I'll keep to the other side of town]].", pattern: 'freedom' },
    { flagged: "[[I promise I'll stay well away from there]].", pattern: 'freedom' },
    { flagged: "He's older than you, [[but that's none of my business]].", pattern: 'freedom' },
    { flagged: "[[I know I'm not the one you chose, and that's okay]].", pattern: 'freedom' },
    { flagged: "[[I'm not asking to meet]], just for you to read this.", pattern: 'freedom' },
    { flagged: "[[I'm ready to let go of us]].", pattern: 'freedom' },
    { flagged: "[[You didn't owe me an explanation]].", pattern: 'freedom' },
    { flagged: "Sorry for turning up at your office; [[it won't happen again]].", pattern: 'freedom' },
    { flagged: "[[I'm not going to keep writing]], this is it.", pattern: 'either-way' },
    { notFlagged: "It's none of my business, but he's a loser." },
    { notFlagged: "Take your time, but know that I won't be here in the spring." },
    { notFlagged: "You needn't worry about the dog, she's fine with me." },
    { flagged: "[[There's no clock on this]].", pattern: 'no-worries' },
    { flagged: 'ur under [[zero pressure]] from me', pattern: 'no-worries' },
    { flagged: '[[Kindly do not feel duty-bound to respond]].', pattern: 'take-time' },
    { flagged: "[[I'll not darken your door again unless you ask me to]].", pattern: 'freedom' },
    { flagged: '[[I leave the next step entirely in your hands]].', pattern: 'take-time' },
    { flagged: "[[You're a grown woman and you'll decide what's right for you]].", pattern: 'freedom' },
    { notFlagged: "There's no clock on this, but my patience is running out." },
    { notFlagged: "I've no expectations, because you always let me down." },
    { notFlagged: 'I leave it with you, as usual, to sort out the mess.' },
    {
      notFlagged:
        "If I don't hear from you by the time I fly back, I'll take that as your answer and sell the house.",
    },
    { notFlagged: "I won't give up on us, however long it takes." },
    { notFlagged: "This is the last you'll hear from me, I'm going away." },
    { flagged: "[[This is the last you'll hear from me unless you decide otherwise]].", pattern: 'freedom' },
    { flagged: "[[I won't be in touch again unless I hear from you]].", pattern: 'freedom' },
    { flagged: '[[Say no and I will never bring it up again]].', pattern: 'freedom' },
    { flagged: '[[i get it if ur not ready]], or if u never are', pattern: 'freedom' },
    { flagged: 'Reply in a month, a year, [[or never]].', pattern: 'freedom' },
    { flagged: '[[Any of those is fine by me]].', pattern: 'freedom' },
    { flagged: "If I hear nothing, [[I'll take that as your answer]].", pattern: 'freedom' },
    { flagged: "I'd love to meet, [[and I'm just as content if you'd rather not]].", pattern: 'freedom' },
    { flagged: "[[I'll step out of the way and let you get on with your life]].", pattern: 'freedom' },
    { flagged: "[[I'll be at peace either way]].", pattern: 'freedom' },
    { flagged: '[[Should you prefer not to respond]], that is perfectly fine.', pattern: 'respect-choice' },
    { flagged: '[[I shall take no offence]]; I mean that.', pattern: 'respect-choice' },
    { flagged: "I've said my piece, [[and the rest is yours to decide]].", pattern: 'respect-choice' },
    { flagged: '[[Please do not feel any obligation on my account]].', pattern: 'respect-choice' },
    { flagged: '[[Leave it as long as you like]].', pattern: 'take-time' },
    { notFlagged: "Whatever you decide, just make sure it's the right decision." },
    { notFlagged: 'no pressure lol but u better answer' },
    { notFlagged: "Whenever you're ready to apologise, I'm here." },
    { notFlagged: "Take all the time you want, I'll be outside your work every evening." },
    { notFlagged: "There's no hurry with the boxes, I'll drop them round." },
    { notFlagged: "It's not for you to decide what I feel." },
    { notFlagged: "I'll never let you get on with your life." },
    { notFlagged: "I won't mention it again until you apologise." },
    { flagged: "[[It's okay if your answer is no]].", pattern: 'either-way' },
    { flagged: '[[if not, no hard feelings]]', pattern: 'either-way' },
    {
      flagged: "If you'd like to meet, I'd love that, [[and if you'd rather not I completely understand]].",
      pattern: 'either-way',
    },
    {
      flagged: "[[You might not want anything to do with me now, and that's completely fair]].",
      pattern: 'either-way',
    },
    { flagged: "[[It's your life and your decision]], and I mean that.", pattern: 'either-way' },
    { flagged: '[[Silence is an answer too]].', pattern: 'either-way' },
    { flagged: "[[I'm not asking you to leave him]].", pattern: 'either-way' },
    { flagged: "[[I won't be turning up at the house]], I promise you that.", pattern: 'either-way' },
    { notFlagged: 'im gonna keep messaging till u reply' },
    { notFlagged: "Nobody's perfect, least of all me, and I'm not asking you to be." },
    { notFlagged: "I'll wait in the car park after your shift, however long it takes." },
    { flagged: '[[Take all the time you need]].', pattern: 'take-time' },
    { flagged: "[[I'll respect your answer]], whatever it is.", pattern: 'respect-choice' },
    { flagged: "[[I won't pressure you]].", pattern: 'no-pressure' },
    { flagged: "[[If you don't want to answer, I'll understand]].", pattern: 'respect-choice' },
    { flagged: "[[You don't owe me anything]], least of all an answer.", pattern: 'no-pressure' },
    // Twentieth round: freedom taken back in the same breath.
    { notFlagged: "Whatever you decide is fine, as long as it's me." },
    { notFlagged: 'Take as long as you like, as long as your answer is yes.' },
    { notFlagged: "I won't write again. Have a nice life." },
    { flagged: "[[I won't write again]]. Have a nice life, truly.", pattern: 'respect-choice' },
    { flagged: "[[I won't write again]]. I hope you find peace.", pattern: 'respect-choice' },
    { flagged: "[[I swore to your sister I'd leave you be]].", pattern: 'leave-free' },
    { notFlagged: "I told you I'd leave you alone, but here I am again, outside your flat." },
    { notFlagged: "You don't owe me anything, except maybe the truth." },
    { notFlagged: "I've changed, I promise, but only if you give me a chance to prove it." },
    // Twentieth round (the lead's review): the explanation asked for, then handed back ("…But I know you don't owe me that").
    {
      flagged: "If you can tell me why, it would help. [[But I know you don't owe me that]].",
      pattern: 'no-pressure',
    },
    { notFlagged: "You don't owe me that tenner any more, forget it." },
    { flagged: "[[Whenever you're ready]], or never, that's okay.", pattern: 'take-time' },
    { flagged: "I will wait for your answer, [[whenever it comes or if it doesn't]].", pattern: 'take-time' },
    { flagged: '[[This is the only letter I will send]].', pattern: 'respect-choice' },
    { flagged: '[[im not trying to rush u]], promise.', pattern: 'no-pressure' },
    { flagged: "[[Whatever you decide]], I'll be okay.", pattern: 'respect-choice' },
    // Twenty-first round (the lead's review): acceptance still being learned is acceptance; a "mistake" takes it back.
    {
      flagged: "[[I know you're happier without me and I'm trying to accept that]].",
      pattern: 'respect-choice',
    },
    { notFlagged: "I respect your decision, but you're making a huge mistake." },
    { notFlagged: "I'm trying to accept your decision, but you're making the biggest mistake of your life." },
    { flagged: "[[I'll keep my distance from now on]].", pattern: 'leave-free' },
    { flagged: '[[feel free to ignore this lol]]', pattern: 'leave-free' },
    { flagged: '[[im not waiting for a reply]].', pattern: 'leave-free' },
    { flagged: "[[It's entirely up to you]].", pattern: 'leave-free' },
    { flagged: "[[I've accepted that you've moved on]].", pattern: 'leave-free' },
    { flagged: "[[You needn't reply]].", pattern: 'leave-free' },
    { flagged: '[[Do whatever feels right for you]].', pattern: 'leave-free' },
    { flagged: '[[I have no claim on your time]], and I know it.', pattern: 'leave-free' },
    { flagged: 'wanna grab a coffee sometime? [[totally fine if not]]', pattern: 'no-worries' },
    { flagged: '[[and if not thats ok too, i get it]]', pattern: 'no-worries' },
    { flagged: "[[I've no right to ask]], and I won't.", pattern: 'freedom' },
    { flagged: "[[I won't ring]]; that is a promise.", pattern: 'freedom' },
    { flagged: '[[This will be the only letter]]; I hope you are well.', pattern: 'freedom' },
    { flagged: '[[Whatever life you choose in Perth]], I wish it well.', pattern: 'freedom' },
    { flagged: "[[If the answer is no, then it's no]], and that's fine.", pattern: 'freedom' },
    { flagged: 'Ring whenever you like, or not, [[both are fine by me]].', pattern: 'freedom' },
    { flagged: 'You likely want nothing to do with me, [[and I get that]].', pattern: 'freedom' },
    { flagged: "[[I'm not telling you this so that you owe me anything]].", pattern: 'freedom' },
    { flagged: "[[I'll never turn up uninvited]].", pattern: 'freedom' },
    { notFlagged: "I won't call, you'll call me." },
    { notFlagged: "Whatever life you choose, it won't be as good as ours." },
    { notFlagged: 'Both are fine by me, as long as you answer by Friday.' },
    { notFlagged: "I'll write every Sunday until you answer, however long it takes." },
    { flagged: "[[I'm not asking for us to get back together]].", pattern: 'freedom' },
    { flagged: "[[If that's what you want]], I'll stay away.", pattern: 'freedom' },
    { notFlagged: "I won't ring, you'll have to call me." },
    { notFlagged: "No way I'm letting you go." },
    { notFlagged: "I'll leave it to you to fix this mess." },
    { notFlagged: "It's your call, but I'm coming over anyway." },
    { notFlagged: "Whatever you decide, you'll regret it." },
    { notFlagged: "I'm stepping back into the gym this week." },
    { notFlagged: 'You can ignore me all you want, I will keep writing.' },
    { notFlagged: "I'll leave you alone once you answer me." },
    { notFlagged: "Please don't worry about me, I'm fine." },
    { notFlagged: "I'll keep my distance from him, like you asked." },
    { notFlagged: 'Take your time, but I need an answer by Friday.' },
    { notFlagged: 'No pressure, but you owe me a reply.' },
    { notFlagged: "It's up to you to fix what you broke." },
    { notFlagged: "I can't accept your decision." },
    { notFlagged: 'I understand why you left.' },
    { notFlagged: "If you don't answer, I'll take your silence as a yes." },
    { notFlagged: 'I will never respect your choice to be with him.' },
    { notFlagged: 'Mum told me "give her space" but I did not listen.' },
    { notFlagged: 'You have to decide tonight.' },
    { notFlagged: "Whether you want to see me or not, I'm coming on Friday." },
    // A missed or returned phone call is not their call to make.
    { notFlagged: 'I missed your call.' },
    { notFlagged: 'Sorry I never returned your call, I was at work.' },
    {
      flagged: "I wondered if you'd like to get lunch sometime. [[Totally fine if that's too much]].",
      pattern: 'no-worries',
    },
    { flagged: '[[no worries if its too soon]]', pattern: 'no-worries' },
    // Lead review (sixteenth round).
    { flagged: '[[I will not call or come to your house]].', pattern: 'leave-free' },
    { flagged: "[[i won't text or turn up]], promise", pattern: 'leave-free' },
    // Twenty-first round (space21): the choice handed over, and freedom taken back in other words.
    { flagged: "[[I'm putting this in your hands and stepping back]].", pattern: 'handed-over' },
    { flagged: "[[I'm leaving the decision with you]].", pattern: 'handed-over' },
    { flagged: 'Write whenever; [[the next step is yours]].', pattern: 'handed-over' },
    { flagged: "Take weeks or months; [[I'm not counting the days]].", pattern: 'handed-over' },
    { flagged: '[[i get it if ur done with me]], no hard feelings', pattern: 'handed-over' },
    { flagged: 'If you never write back, [[no hard feelings either way]].', pattern: 'handed-over' },
    { flagged: "[[I'll respect whatever boundaries you set]].", pattern: 'handed-over' },
    {
      flagged: '[[Whoever you choose to be with is your business]], and I mean that kindly.',
      pattern: 'handed-over',
    },
    { flagged: '[[Who you see now is none of my business]].', pattern: 'handed-over' },
    { notFlagged: "I'm leaving it to you to fix this mess." },
    { notFlagged: "I'll leave the keys with your mum." },
    { notFlagged: "I'm putting it in your hands, but I need an answer by Friday." },
    { notFlagged: "I'm not counting the days, I'm counting the hours." },
    { notFlagged: "I get it if you're busy with the move." },
    { notFlagged: "I'll respect the boundaries of the shared garden." },
    { notFlagged: 'Whatever you tell people is your business, but they know the truth about you.' },
    { notFlagged: "You won't hear from me again, enjoy your perfect life." },
    { notFlagged: "I won't write again, have a nice life." },
    { notFlagged: "I'll leave you alone, since that's obviously what you want." },
    { notFlagged: "I won't bother you again; clearly I was never worth the effort." },
    {
      notFlagged:
        "You don't owe me anything, I just thought after ten years you'd at least have the decency to reply.",
    },
    { notFlagged: "It's your choice, but you'll be throwing away five years." },
    { notFlagged: "Your decision, obviously, but Mum's heart will break." },
    { notFlagged: "Whatever you decide, I'll never stop fighting for us." },
    { notFlagged: "I'll respect your decision once you've actually heard me out in person." },
    { notFlagged: "I'll give you space until your birthday, then we really need to talk." },
    { notFlagged: "No need to reply, I'll just pop round on Saturday to talk it through." },
    { flagged: "[[I'll give you space until you're ready]].", pattern: 'take-time' },
    { flagged: "[[I'll go at whatever pace suits you]].", pattern: 'their-pace' },
    { flagged: '[[You set the pace]].', pattern: 'their-pace' },
    { flagged: "[[Don't rush on my account]].", pattern: 'their-pace' },
    { flagged: '[[Think it over for as long as you like]].', pattern: 'their-pace' },
    { flagged: '[[I would not dream of imposing on your new life]].', pattern: 'their-pace' },
    { flagged: "[[I'd never want you to feel cornered by this letter]].", pattern: 'their-pace' },
    {
      flagged: "[[If you'd rather we kept to texts about the dog, that's fine by me]].",
      pattern: 'their-pace',
    },
    { flagged: "I only want what's best for you, [[even if that isn't me]].", pattern: 'their-pace' },
    { flagged: "[[I'll stay in my lane]].", pattern: 'their-pace' },
    { notFlagged: "I don't want to interfere, but he's cheating on you." },
    { notFlagged: "I'll move at whatever pace, but I need an answer by Friday." },
    { notFlagged: 'Your choice, as always, and look where it got us.' },
    { notFlagged: "I won't stand in your way, not that you ever asked me." },
    { notFlagged: "I'll stay in my lane on the motorway from now on." },
  ],
})
