// Owning one's part without excuses: "I know my jealousy pushed you away", "I have to admit I was wrong".
// Not: an admission taken back by an excuse ("I was wrong, but you provoked me"), a hedge ("maybe I was
// wrong"), a conditional ("sorry if I hurt you"), or what the reader claims ("you say I was selfish").
import { defineRule } from '../define.js'

/** Not a claim made by someone else, a hedge or a condition just before the writer's "I". */
const OWN =
  "(?<!{B}(?:if|whether|maybe|perhaps|unless|in case|not that|as if|pretend|pretending)\\s+)(?<!{B}(?:you|u|they|he|she|people|everyone|your \\w+)\\s+(?:\\w+\\s+){0,2}(?:think|thinks|thought|say|says|said|claim|claims|claimed|believe|believes|believed|feel|felt|accuse me of|keep saying)\\s+(?:that\\s+|like\\s+)?)(?<!{B}(?:don'?t|dont|do not|didn'?t|did not|never|not)\\s+(?:think|believe|feel|say|saying|said|claim|claiming|pretend|pretending|mean|meant|admit)\\s+(?:that\\s+)?)"
/** Not when the reader (or someone else) is the subject of the clause before: "you left, and that wasn't fair". */
const NOT_THEIR_ACT =
  '(?<!(?:^|[.!?,;:]\\s*|{B}(?:and|but|when|because|so)\\s+)(?:you|u|he|she|they)\\s[^.!?\\n]{0,80})'
/** The writer as subject, in the past or perfect. */
const I_DID =
  "{B}(?:i'?ve|i have|i had|i)(?:\\s+(?:really|truly|totally|completely|often|sometimes|so|badly|deeply|also|clearly|obviously|honestly|repeatedly|just|constantly|always))*"
/** Adjectives for one's own behaviour (feelings such as "jealous" need "too"/"so" to become conduct). */
const CONDUCT =
  'selfish|controlling|possessive|dismissive|defensive|harsh|unfair|inconsiderate|insensitive|thoughtless|careless|distant|absent|unavailable|unkind|mean|rude|demanding|critical|self-cent(?:red|ered)|self-absorbed|immature|manipulative|dishonest|unfaithful|neglectful|stubborn|impatient|unreasonable|petty|arrogant|cold (?:to|towards) (?:you|u)|hard on (?:you|u)|short with (?:you|u)|wrapped up in|caught up in|emotionally unavailable|closed off|checked out|out of line|out of order|sarcastic|nasty|aggressive|judgmental|judgemental|condescending|patroni[sz]ing|passive-aggressive|(?:not |never )?(?:easy|fun|nice) to (?:live|be) with|(?:such )?(?:a jerk|a prick|an arse|an ass|a brat|a bully|an asshole|a dick|a nightmare)(?: (?:to|about|with) )?|(?:impossible|difficult|hard) to (?:live|be) with|(?:awful|horrible|terrible|cruel|nasty|vile) to (?:you|u)'
const TOO = '(?:too|overly|way too|far too|often|always)'
const FEELINGS_AS_CONDUCT = 'jealous|insecure|angry|moody|proud|cold|quick to anger|busy|caught up in'
/** What happens after the admission and takes it back. */
const EXCUSE =
  "(?:but|because|only because|though|although)\\s+(?:(?:honestly|really|let'?s be honest|to be fair|you know),?\\s+)?(?:you|u)\\s+(?:\\w+\\s+)?(?:provoked|pushed|made|started|drove|forced|kept|were|was|did|didn'?t|never|always|also|too|left me|gave me|asked for it|deserved|had it coming)|(?:you|u) (?:provoked|made|drove|pushed|forced) me{E}|{B}if (?:you|u) (?:hadn'?t|had not|had(?: just)?|would(?:n'?t| have)|'?d){E}|{B}(?:but|and) (?:so (?:were|did) (?:you|u)|(?:you|u) (?:were|did) too){E}|{B}it (?:wasn'?t|was not|isn'?t|is not) (?:all|only|just|entirely|completely|solely) (?:my fault|on me|me){E}|{B}it takes two{E}|{B}we (?:were|are) both (?:to blame|at fault){E}|{B}but i (?:had|was) (?:no choice|my reasons|(?:so |very |really )?(?:drunk|stressed|tired|exhausted|under (?:a lot of )?pressure)){E}|{B}anyone (?:would|else would) have{E}|{B}what did (?:you|u) expect{E}"

export default defineRule({
  id: 'accountability',
  kind: 'strength',
  severity: 'info',
  sixRule: 'solutions',
  title: 'Accountability',
  summary: 'The writer owns their part in what went wrong, without an excuse.',
  message:
    'You own your part here, plainly. It shows them you understand what went wrong; keep it free of a "but" that hands the blame back.',
  questions: 'skip',
  patterns: [
    {
      id: 'i-was-wrong',
      // "I was wrong", "I've been in the wrong", "I did you wrong", "I wronged you".
      re: `${OWN}{B}(?:i was|i'?ve been|i have been|{IM}|i know i was)\\s+(?:(?:so|completely|totally|dead|very|really|clearly|absolutely|plainly|simply)\\s+)?(?:in the )?wrong{E}|${OWN}{B}i (?:did (?:you|u) wrong|did wrong by (?:you|u)|wronged (?:you|u))|${OWN}{B}i was the one who (?:stopped|pulled|pushed|walked|gave up|left|broke|ended|cheated|lied|shut|messed|ruined|started|made|didn'?t|wouldn'?t|never|kept|drifted|checked out|went quiet)(?![\\p{L}])|${OWN}{B}(?:i was|i'?ve been|i have been)\\s+(?:(?:really|honestly|probably|clearly)\\s+)?(?:the|a big part of the|part of the|most of the) problem{E}|{B}(?:i know |honestly,? )?i was (?:a (?:big |huge )?part of (?:that|it|why|the reason)|the reason (?:we|you|it|things))|{B}it was (?:me|all me|mostly me|my doing)(?= ?[.!,;]|$)|${OWN}{B}i (?:behaved|acted|reacted|treated (?:you|u)|spoke to (?:you|u)|handled (?:it|things|that|us|the breakup|our breakup)) (?:so |really |very |incredibly )?(?:badly|poorly|terribly|horribly|awfully|unfairly|selfishly|cruelly|like a (?:jerk|child|coward|brat|teenager))(?![\\p{L}])`,
    },
    {
      id: 'messed-up',
      // "I messed up", "I screwed things up", "I made so many mistakes", "I blew it".
      re: `${OWN}${I_DID}\\s+(?:(?:messed|screwed|fucked|f\\*+(?:c?k|ck)ed|mucked|stuffed|cocked)\\s+(?:(?:it|things|this|us|everything|so much|a lot)\\s+)?up|blew it|dropped the ball|made (?:(?:a|so many|many|a lot of|lots of|some|real|big|huge|serious|terrible|bad|the same|too many)\\s+)*(?:mistakes?|errors?)|made the mistake of)${'{E}'}`,
    },
    {
      id: 'my-fault',
      // "It was my fault", "that's on me", "I take full responsibility", "I own my part".
      re: `{B}(?:that|it|this)(?:\\s+was|'s|\\s+is)\\s+(?:(?:so|really|very|deeply|completely|totally|just)\\s+)?(?:wrong|unfair|cruel|selfish|unkind|childish|mean|cowardly|out of line|not (?:okay|ok|fair))\\s+of me{E}|{B}(?:what i did|what i said|how i (?:acted|behaved|reacted|treated (?:you|u)|spoke to (?:you|u))|the way i (?:acted|behaved|reacted|treated (?:you|u)|spoke to (?:you|u)|left))(?:\\s[^.!?\\n,;]{0,40}?)?\\s+(?:was\\s+(?:(?:so|really|very|deeply|completely|totally|just|pretty)\\s+)?(?:wrong|unfair|cruel|selfish|unkind|childish|mean|cowardly|out of line|out of order|inexcusable|unacceptable|unforgivable|indefensible|shameful|disgraceful|hurtful|awful|horrible|terrible|low|not (?:okay|ok|fair|right|kind))|(?:wasn'?t|was not|wasnt)\\s+(?:(?:very|at all|remotely)\\s+)?(?:fair|okay|ok|right|kind|acceptable))(?![\\p{L}])|${OWN}{B}(?:i|i'?ve)\\s+(?:had|have|played|had played)\\s+(?:a|my|a (?:big|huge|real|large))\\s+(?:part|role|hand)\\s+in\\s+(?:this|that|it|what|how|why|us|our|the (?:breakup|silence|distance|fights?|arguments?|mess|way|end)|ending|things|(?:your|ur) (?:pain|hurt|leaving|decision|unhappiness|loneliness))(?![\\p{L}])|{B}(?:it|that|this|the breakup|the distance|the silence|most of (?:it|this)|a lot of (?:it|this))(?:\\s+(?:was|is|has been)|'s)\\s+(?:(?:partly|mostly|largely|really|truly|also)\\s+)?(?:my (?:own )?fault|on me|my doing){E}|{B}(?:{IM}|i was)\\s+(?:the one )?to blame{E}|{B}the blame is (?:mine|on me){E}|${OWN}{B}(?:i|i'?ll|i will|i want to|i need to|i have to|i must)\\s+(?:(?:fully|truly|really)\\s+)?(?:take|accept|own|admit|acknowledge|recogni[sz]e)\\s+(?:(?:full|complete|total|my|the)\\s+)?(?:responsibility|blame|(?:(?:my|the)\\s+)?(?:fair\\s+)?(?:share|part) of (?:the )?(?:blame|responsibility)|my (?:own )?(?:part|share|role|mistakes|faults?|wrongs))|${OWN}{B}i own (?:up to|it|that|this|what i did|my part|my mistakes)(?!\\s+(?:nothing|none){E})|${OWN}{B}(?:{IM}|i was)\\s+(?:(?:fully|partly|largely|mostly|completely|truly)\\s+)?responsible for (?:what happened|the breakup|(?:how|the way) (?:things|it|we) ended|hurting|pushing|the (?:distance|silence|fights|arguments|mess))|{B}my (?:(?:own|big|fair)\\s+)?(?:part|share|role) in (?:this|it|what happened|the breakup|(?:how|the way|why) (?:things|it|we))|${OWN}{B}i (?:(?:deeply|truly|really|bitterly|so|sincerely)\\s+)?regret (?:(?:that|it|this)(?= ?[.!,;]|$| more| deeply| every| so| now)|what i|how i|the way i|saying|being|not (?:being|listening|telling|calling|trying|fighting)|that i|hurting|my|lying|cheating|leaving|shouting|yelling|ignoring|walking|pushing|taking)(?![\\p{L}])|{B}the (?:hurt|pain|damage|harm|mess|distance|trouble|worry|stress) (?:i|it|this|that|my \\w+) (?:(?:must|might|may) have |has |had |have )?(?:caused|brought|created|put (?:you|u) through|did|done)(?![\\p{L}])|{B}what i put (?:you|u) through{E}|{B}(?:there'?s|there is|i have|i'?ve got) no excuses?{E}(?!\\s+for (?:what|how|the way) (?:you|u|he|she|they))|{B}(?:it|that|this)(?:'s| is| was) (?:(?:all|entirely|completely|really)\\s+)?my (?:own )?(?:problem|issue|responsibility|doing|baggage)(?= ?[.!,;)]|$| not | and | to (?:fix|work on|deal with|carry))|{B}(?:{IM} not|i wasn'?t|i am not) (?:very |at all )?proud of (?:(?:how|the way|what|who) i{E}|(?:that|it|this|myself)(?= ?[.!,;]|$| either))|{B}{IM} ashamed of (?:how|the way|what) i{E}|{B}i (?:understand|see|realise|realize|know|get)(?: now)? how much (?:i|my \\w+|it|that|what i did|all (?:that|this)) (?:hurt|cost|affected|damaged|took|weighed on|wore)(?![\\p{L}])|(?<!{B}(?:if|think|say|thought|said)\\s+){B}(?:you|u)(?: were| are|'?re| r) (?:(?:so|completely|totally|absolutely|probably|always)\\s+)?right(?= ?[.!,;—–]|$| about me| about that| about (?:my|how i|what i)| that i| to (?:leave|be angry|be upset|be hurt|walk away|end it|go|worry))|${NOT_THEIR_ACT}{B}(?:(?:that|which|this)(?:\\s+(?:wasn'?t|wasnt|was not|isn'?t|is not)\\s+(?:fair|okay|ok|right|kind|cool|on)(?: (?:to|on|of) (?:you|u))?(?= ?[.!,;—–]|$| and | of me| to (?:you|u)| on (?:you|u))|it (?:wasn'?t|wasnt|was not) fair (?:to|on) (?:you|u)(?![\\p{L}]))(?![^.!?\\n]{0,30}{B}(?:what|how) (?:you|u|he|she|they)(?![\\p{L}]))|(?:that|which|this)\\s+was\\s+(?:(?:so|really|very|just|pretty)\\s+)?(?:childish|selfish|cruel|unkind|mean|cowardly|unfair|petty|horrible|awful|out of order|out of line|not okay|not ok|not fair|a (?:horrible|terrible|awful|shitty|cruel|stupid) thing to (?:do|say))(?= ?[.!,;—–]|$| and | of me| to (?:you|u)))|{B}(?:you|u) (?:didn'?t|did not|never) deserve(?:d)? (?:it|that|any of (?:it|that|this)|this|to be treated|what i|how i|the way i)`,
    },
    {
      id: 'i-hurt-you',
      // A wrong done to the reader, named as the writer's own act: "I hurt you", "I took you for granted".
      re: `${OWN}${I_DID}\\s+(?:(?:hurt|neglected|ignored|betrayed|abandoned|disrespected|failed|disappointed|smothered|suffocated)\\s+(?:you|u)|(?<!{B}(?:sorry|apologi[sz]e|forgive me)(?: (?:that|for (?:how|the way|the time|when)))?\\s+(?:i|i'?ve|i have|i had)(?:\\s+\\w+)?\\s+)(?:belittled|humiliated|lied to|cheated on|blamed|criticised|criticized|yelled at|shouted at|screamed at|snapped at)\\s+(?:you|u)|let (?:you|u) down|took (?:you|u|us) for granted|pushed (?:you|u) away|shut (?:you|u) out|left (?:you|u) (?:alone|behind|to deal)|broke (?:your (?:heart|trust)|my (?:word|promises?)|our (?:trust|promises?))|made (?:you|u) (?:feel|cry|doubt yourself|wait|carry)|cheated|lied(?:\\s+to (?:you|u))?|(?:wasn'?t|was not|wasnt|was never|never was) (?:(?:really|very|always|much|ever)\\s+)?(?:there for (?:you|u)|(?:easy|fun|nice) to (?:live|be) with|easy to (?:love|be around|reach|talk to)|present|honest|fair|kind|patient|supportive|attentive|listening|a (?:good|great|good enough|kind|fair) (?:partner|boyfriend|girlfriend|husband|wife|friend|listener)(?:\\s+to (?:you|u))?|the (?:partner|boyfriend|girlfriend|husband|wife|man|woman|person|friend) (?:(?:that|who)\\s+)?(?:you|u) (?:deserved|needed|deserve|need))|(?:didn'?t|did not|didnt) (?:listen(?!\\s+to (?:my|them|him|her|people|everyone))|make (?:enough )?time|show (?:up|you|u)|support (?:you|u)|(?:appreciate|value|cherish) (?:you|u|how much (?:you|u)|what (?:you|u)|all (?:you|u))|treat (?:you|u) (?:well|right|fairly|with|the way|how|as|like)|(?:give|gave) (?:(?:you|u)|(?:your|ur) \\w+(?: \\w+)?) (?:the |enough |any |much )?(?:respect|attention|time|credit|support|care|consideration)|give (?:you|u) (?:the|enough)|put (?:you|u|us) first|respect (?:you|u|your)|try hard enough|pull my weight|communicate)|never (?:really )?(?:listened|made (?:enough )?time|supported (?:you|u)|(?:appreciated|valued|cherished|thanked) (?:(?:you|u)|how much (?:you|u)|all (?:you|u|that (?:you|u))|everything (?:you|u)|what (?:you|u))|put (?:you|u|us) first|let (?:you|u) in|said thank you))(?![\\p{L}])|${OWN}${I_DID}\\s+(?:stopped (?:making time|making an effort|paying attention|trying|listening|showing up|putting (?:you|u|us) first|asking (?:you|u|how)|texting (?:you|u) back|replying|answering|being there)|took (?:it|that|things|my \\w+(?: \\w+)?) out on (?:you|u)|let (?:my \\w+|work|the job|everything else) (?:come|get) (?:before|between|in the way)|put (?:my \\w+|work|the job|everything else|myself) (?:before|ahead of|above|first)|let (?:you|u) (?:carry|do|handle|deal with|pick up)|broke (?:something (?:between|in) us|what we had|us)|did (?:a |such a )?(?:bad|terrible|awful|horrible|stupid|cruel|shitty) thing|didn'?t make (?:things|it|life) easy)(?![\\p{L}])|{B}(?:i know|i can see|i see|i realise|i realize|i understand)(?: now)?(?: how| that)? (?:\\w+ )?(?:that|it|this|my \\w+) (?:left|made|cost|put) (?:you|u)(?![\\p{L}])|(?<!(?:sorry|apologi[sz]e|regret) (?:for )?)(?<!{B}(?:you|u|he|she|they) (?:\\w+ )?(?:said|say|says|think|thought|claim|claimed|told me)(?: that)? ){B}(?:the way|how) i (?:treated|spoke to|talked to) (?:you|u)(?![\\p{L}])|${OWN}{B}i (?:[\\w']+ ){0,6}?without (?:really |even |ever )?(?:asking|consulting|listening to|telling|thinking (?:about|of)|checking with) (?:you|u)(?![\\p{L}])`,
    },
    {
      id: 'my-x-caused',
      // "My jealousy pushed you away", "my silence wore you down", "I was too controlling".
      re: `{B}my (?:(?:own|constant|stupid|endless|quick|bad|short|hot)\\s+)?(?:jealousy|anger|temper|insecurit(?:y|ies)|pride|ego|silences?|distance|drinking|gambling|behaviou?r|actions|words|lies|lying|selfishness|coldness|stubbornness|absences?|workaholism|work|job|need for control|mood swings|moods|mistakes|choices|cheating|infidelity|indifference|neglect|possessiveness|defensiveness|criticism|impatience|avoidance|fear of commitment|addiction)\\s+(?:(?:\\w+)\\s+){0,2}?(?:pushed (?:you|u) away|drove (?:you|u) away|hurt (?:you|u|us)|cost (?:us|me)|ruined|damaged|broke (?:us|your|our|things|everything)|destroyed|wore (?:you|u) (?:down|out)|smothered|suffocated|got in the way|came between us|was the problem|played (?:a|the) (?:big |huge |real )?(?:part|role)|caused|took (?:a|its) toll|was (?:a (?:big |huge |large )?part|the (?:main )?reason|the cause|part) (?:of (?:why|the reason|what|it|the problem)|why|we|for)|poisoned|killed|made (?:you|u) (?:feel|cry|doubt|lonely|sad|unhappy|miserable)|made (?:things|it|everything|life) (?:hard|harder|difficult|worse|impossible|miserable|unbearable)|left (?:you|u))|${OWN}{B}(?:i was|i'?ve been|i have been|i had been|i could be|i got|i became)\\s+(?:(?:so|too|very|really|often|always|incredibly|way too|far too|overly|quite|pretty|a bit|a little|selfishly)\\s+)*(?:(?:cold|jealous|angry|moody|insecure|busy|stressed|tired|distant|selfish),?\\s+and\\s+(?:so\\s+|too\\s+)?)?(?:${CONDUCT})(?![\\p{L}])|(?<!{B}(?:told|tell|tells|said|say|says|think|thinks|thought|know|knows|knew) (?:me )?)(?<!{B}(?:you|u|he|she|they|people)\\s+(?:\\w+\\s+){0,2})how (?:(?:so|too|very|really|incredibly)\\s+)?(?:${CONDUCT}|${FEELINGS_AS_CONDUCT}) i (?:was|'?ve been|have been|had been|became|got|could be)(?![\\p{L}])|${OWN}{B}(?:i was|i'?ve been|i have been|i got|i became)\\s+(?:(?:a bit|a little|often|always)\\s+)?${TOO}\\s+(?:${FEELINGS_AS_CONDUCT})(?![\\p{L}])|${OWN}{B}i should(?:'?ve| have)\\s+(?:been|listened|told|shown|made|treated|supported|paid|put|spent|asked|respected|trusted|appreciated|said|stayed|called|opened up|fought for (?:you|u|us)|tried harder|done more|noticed|tried)(?![\\p{L}])`,
    },
    {
      id: 'owned',
      // More ways of owning it: "I got it badly wrong", "I've only myself to blame", "the fault was mine",
      // "most of it was down to me", "I'm the one who broke it", "I kept you at arm's length",
      // "I hid the debts, and that was wrong", "I let my temper get the better of me".
      re: `${OWN}${I_DID}\\s+got\\s+(?:it|that|this|things|us|everything|(?:so |far too |too )?(?:much|many things)|a lot(?: of things)?|lots(?: of things)?)(?:\\s+(?:so|very|really|badly|terribly|completely|totally|all|horribly|seriously|massively))*\\s+wrong{E}|{B}(?:i )?hold my hands? up{E}|{B}(?:only |just )?myself to blame{E}|{B}(?:no ?one|nobody)(?: else)? to blame but (?:me|myself){E}|{B}blame (?:no ?one|nobody|anyone|anybody)(?: else)? but (?:me|myself){E}|{B}the (?:fault|blame) (?:is|was|lies|lay|rests|sits)\\s+(?:(?:entirely|squarely|mostly|all|firmly|largely|really)\\s+)?(?:mine|with me|on me){E}|(?<!{B}(?:up|left|not)\\s+)(?<!{B}(?:you|u|he|she|they)\\s+(?:\\w+\\s+){0,3})(?:was|is|'s)\\s+(?:(?:mostly|largely|all|partly|entirely|really|mainly|honestly)\\s+)?down to me{E}(?!\\s+to{E})|{B}(?:thats|its|that one'?s)\\s+(?:(?:all|totally|really|completely)\\s+)?(?:on me|my (?:own )?fault|my doing){E}|{B}my bad{E}|${OWN}{B}i (?:wasn'?t|was not|wasnt)\\s+(?:(?:always|really|exactly|ever)\\s+)?(?:at my best|my best self){E}|{B}(?:made|caused)\\s+(?:(?:more than|at least|well over|far more than)\\s+)?my (?:fair |own )?share(?: of (?:the )?(?:mistakes|damage|hurt|blame|fault))?{E}|{B}(?:you|u)(?:'?ve| have)? (?:been|were|was) on the receiving end(?: of (?:it|that|my \\w+|all (?:that|this)))?{E}|${OWN}{B}i (?:shouldn'?t|should not|shouldnt)(?:'?ve| have| of)\\s+(?:(?:just|ever|so quickly|simply|even)\\s+)?(?:said|done|left|stopped|gone|walked|shouted|yelled|screamed|lied|cheated|ignored|pushed|blamed|read|checked|made|let (?:my|it|things|work)|taken|took|kept|treated|spoken|talked|hidden|hid|snapped|ghosted|disappeared|assumed|accused|raised|dismissed|criticised|criticized|belittled|mocked|gone quiet|shut (?:you|u) out|cancelled|canceled|missed|forgotten|broken|put)(?![\\p{L}])|(?<!(?:{B}(?:you|u|he|she|they|people|everyone)\\s+(?:\\w+\\s+){0,3}?(?:think|thinks|thought|say|says|said|claim|claimed|made (?:it|me) (?:seem|look|sound|feel)|acts? like|acted like|blamed? me|told (?:me|everyone|people))\\s+(?:that\\s+|like\\s+)?[^.!?\\n]{0,40}))(?<!{B}(?:if|whether|unless)\\s+[^.!?\\n]{0,40})(?:was|is|'s|were)\\s+(?:(?:partly|mostly|largely|really|truly|also|all|entirely|completely|totally|100%)\\s+)?my (?:own )?fault{E}|${OWN}{B}(?:{IM}|i was)\\s+(?:(?:really|honestly|clearly)\\s+)?the one (?:who|that)\\s+(?:(?:really|actually|first|always|kept)\\s+)?(?:broke|ruined|wrecked|pushed|pulled|walked|stopped|gave up|messed|screwed|lied|cheated|hurt|shut|started|drifted|checked out|went (?:quiet|cold|silent)|let (?:you|u|us|it)|made (?:it|things|us)|caused|blew|damaged|destroyed|neglected|ignored|betrayed)(?![\\p{L}])|${OWN}${I_DID}\\s+(?:kept (?:you|u) at (?:arm'?s|a) (?:length|distance)|froze (?:you|u) out|stonewalled (?:you|u)|gave (?:you|u) the silent treatment|went cold on (?:you|u)|ghosted (?:you|u)|made (?:it|things|life) (?:so |very |really |too |almost |nearly )?(?:hard|impossible|difficult|unbearable|miserable) for (?:you|u)|never (?:really )?gave (?:(?:you|u)|(?:your|ur) \\w+(?: \\w+)?) (?:the |enough |any |much )?(?:respect|attention|time|credit|support|care|consideration)|kept (?:promising|saying|telling (?:you|u)|swearing)(?: (?:that|to|i'?d|id|i would))?(?:\\s+[\\w']+){0,3}?\\s+(?:and|but|then|n)\\s+(?:never|didn'?t|did not|didnt)|let (?:my \\w+|work|the job|my job|drink|alcohol|the drinking|everything else|my family|my friends|my mates)(?: \\w+)? (?:get the better of me|take over|come first|rule|win|run (?:things|my life|us))|(?:cancelled|canceled|bailed) on (?:you|u)(?: (?:again|so often|over and over|all the time|too many times))?)(?![\\p{L}])|${OWN}{B}how (?:badly|poorly|unfairly|cruelly|coldly|carelessly|little|rarely|often) i (?:treated|spoke to|talked to|hurt|neglected|ignored|let (?:you|u) down|listened|helped|showed up|was there|made (?:you|u)|put (?:you|u)|took (?:you|u)|cancelled|snapped|criticised|criticized|was (?:home|around|present))(?![\\p{L}])|(?<!(?:^|[.!?,;:]\\s*|{B}(?:and|but|when|because|so|that)\\s+)(?:you|u|he|she|they)\\s[^.!?\\n]{0,80})(?<={B}i\\s+(?!(?:saw|see|heard|hear|found|learned|learnt|read|noticed|felt|feel|thought|think|knew|know|was told|watched|realised|realized|guess|suppose|believe|hope|wish|miss|love|said|say|told|tell)(?![\\p{L}]))[^.!?\\n]{1,100}?)(?:,\\s*|\\s+|\\s*;\\s*|\\s*[—–]\\s*)(?:and\\s+)?(?:that|which)\\s+(?:was|is|'s)\\s+(?:(?:so|really|very|just|pretty|completely|totally|deeply)\\s+)?(?:wrong|cruel|unfair|selfish|unkind|mean|cowardly|childish|petty|unforgivable|inexcusable|out of (?:order|line)|not (?:fair|okay|ok|right|kind))(?![\\p{L}])`,
    },
  ],
  antipatterns: [
    // The writer disputing the fault in the same sentence.
    `^(?=[^\\n]{0,300}?(?:{B}(?:i disagree|i don'?t agree|that'?s not true|which isn'?t true|i never did)(?![\\p{L}])))[^\\n]{1,300}`,
    // An excuse in the same sentence takes the admission back.
    `^[^\\n]{0,200}?(?:${EXCUSE})`,
    // "I was wrong about you / to trust you": disappointment, not an admission.
    '{B}wrong (?:about (?:you|u|him|her|them|everything about you)|to (?:ever )?(?:trust|believe|think|hope|expect|love|give|wait|count|rely|fall|let (?:you|u))|(?:for|in) (?:trusting|believing|loving|thinking|giving|waiting)){E}',
    // "I should have known", "I should have left sooner": blame in disguise.
    "{B}should(?:'?ve| have) (?:been (?:smarter|more careful with you|warned)|known|listened to (?:my|them|everyone|people|him|her)|trusted my|told you (?:to|off)|left|seen (?:through|it)|stayed away)",
    // "I made a mistake (by) trusting/loving you", "my only mistake was you".
    '{B}(?:mistakes?|error|fault) (?:(?:was|of|by|in) )?(?:trusting|loving|believing|choosing|dating|marrying|meeting|staying with) (?:you|u){E}|{B}my (?:only |biggest )?mistake was (?:you|u|loving|trusting){E}',
    // "I was a fool to trust you": disappointment, not an admission.
    '{B}(?:idiot|fool|stupid|naive|mad|crazy) (?:to|for) (?:ever )?(?:trust|believ|lov|think|wait|hope|fall|stay|give)',
    // A condition, not an admission: "if I was wrong, tell me", "if it was my fault, say so".
    "{B}(?:if|when) i (?:was|were) wrong{E}|{B}(?:if|whether|unless) (?:it|that|this|any of (?:it|this|that))(?:'s| was| is| were) (?:\\w+ )?my (?:own )?fault{E}",
  ],
  examples: [
    { flagged: '[[I have to admit I was wrong]].', pattern: 'i-was-wrong' },
    { flagged: '[[I know my jealousy pushed you away]].', pattern: 'my-x-caused' },
    { flagged: 'Looking back, [[i messed up so badly with you]].', pattern: 'messed-up' },
    { flagged: '[[I made a lot of mistakes]], and I see them now.', pattern: 'messed-up' },
    { flagged: '[[It was my fault that we stopped talking]].', pattern: 'my-fault' },
    { flagged: '[[I take full responsibility for how it ended]].', pattern: 'my-fault' },
    { flagged: 'I read your messages. [[That was wrong of me]].', pattern: 'my-fault' },
    { flagged: '[[I took you for granted for most of that last year]].', pattern: 'i-hurt-you' },
    { flagged: "[[I wasn't there for you when your dad was ill]].", pattern: 'i-hurt-you' },
    { flagged: '[[I was too controlling about who you saw]].', pattern: 'my-x-caused' },
    { flagged: '[[I should have listened when you said you were tired]].', pattern: 'my-x-caused' },
    { flagged: '[[im to blame for a lot of what went wrong]].', pattern: 'my-fault' },
    { flagged: '[[I got so many things wrong with you]].', pattern: 'owned' },
    { flagged: "Honestly, [[I've only got myself to blame]].", pattern: 'owned' },
    { flagged: '[[Most of what went wrong was down to me]].', pattern: 'owned' },
    { flagged: "[[I'm the one who broke it]], not you.", pattern: 'owned' },
    { flagged: '[[I kept you at arms length for years]].', pattern: 'owned' },
    { flagged: '[[I hid the debts from you, and that was wrong]].', pattern: 'owned' },
    { flagged: '[[I did not listen to you]], and I should have.', pattern: 'i-hurt-you' },
    { flagged: "[[I wasn't the partner you deserved]].", pattern: 'i-hurt-you' },
    { flagged: '[[The way I reacted when you told me was unforgivable]].', pattern: 'my-fault' },
    { flagged: '[[What happened at the wedding was my fault]], not yours.', pattern: 'owned' },
    { flagged: '[[i shouldnt have just stopped replying when u moved]].', pattern: 'owned' },
    { flagged: "[[I wasn't at my best that whole year]].", pattern: 'owned' },
    { notFlagged: 'You made it sound like everything was my fault.' },
    { notFlagged: 'If it was my fault, just say so.' },
    { notFlagged: 'What I did was right, and I would do it again.' },
    { notFlagged: 'It was down to me to book the hotel, so I did.' },
    { notFlagged: 'You said I never listened, which was unfair.' },
    { notFlagged: 'I was a fool to trust you.' },
    { notFlagged: 'I own up to nothing.' },
    { notFlagged: 'I was wrong, but you provoked me.' },
    { notFlagged: 'Maybe I was wrong, maybe not.' },
    { notFlagged: 'Sorry if I hurt you at any point.' },
    { notFlagged: "It wasn't fair, what you did to me." },
    { flagged: '[[That was unkind of me]], and I knew it at the time.', pattern: 'my-fault' },
    { notFlagged: 'You always say I was selfish, and I never was.' },
    { notFlagged: 'I was wrong to ever trust you.' },
    { notFlagged: 'I made mistakes, but only because you kept pushing me away.' },
    { notFlagged: "It wasn't all my fault, it takes two." },
    { notFlagged: 'Did I hurt you that much?' },
    { notFlagged: 'I never cheated on you, not once.' },
    { notFlagged: 'I should have known you would leave.' },
    { notFlagged: 'I was so jealous when I saw the photos, I could barely breathe.' },
    { notFlagged: 'She said "I was wrong about everything" and laughed.' },
  ],
})
