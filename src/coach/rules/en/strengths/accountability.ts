// Owning one's part without excuses: "I know my jealousy pushed you away", "I have to admit I was wrong".
// Not: an admission taken back by an excuse ("I was wrong, but you provoked me"), a hedge ("maybe I was
// wrong"), a conditional ("sorry if I hurt you"), or what the reader claims ("you say I was selfish").
import { PARTNER_TITLES } from '../../../lexicon/en/people.js'
import { defineRule, sentenceWith } from '../define.js'

/** Not a claim made by someone else, a hedge or a condition just before the writer's "I". */
const OWN =
  "(?<!{B}(?:if|whether|maybe|perhaps|unless|in case|not that|as if|pretend|pretending)\\s+)(?<!{B}(?:you|u|they|he|she|people|everyone|your \\w+|my \\w+)\\s+(?:\\w+\\s+){0,2}(?:think|thinks|thought|reckon|reckons|reckoned|say|says|said|claim|claims|claimed|believe|believes|believed|feel|felt|accuse me of|keep saying)\\s+(?:that\\s+|like\\s+)?)(?<!{B}(?:don'?t|dont|do not|didn'?t|did not|never|not)\\s+(?:think|believe|feel|say|saying|said|claim|claiming|pretend|pretending|mean|meant|admit)\\s+(?:that\\s+)?)"
/** Not when the reader (or someone else) is the subject of the clause before: "you left, and that wasn't fair". */
const NOT_THEIR_ACT =
  '(?<!(?:^|[.!?,;:]\\s*|{B}(?:and|but|when|because|so)\\s+)(?:you|u|he|she|they)\\s[^.!?\\n]{0,80})'
/** The writer as subject, in the past or perfect. */
const I_DID =
  "{B}(?:i'?ve|i have|i had|i)(?:\\s+(?:really|truly|totally|completely|often|sometimes|so|badly|deeply|also|clearly|obviously|honestly|repeatedly|just|constantly|always))*"
/** Adjectives for one's own behaviour (feelings such as "jealous" need "too"/"so" to become conduct). */
const CONDUCT =
  'selfish|controlling|possessive|dismissive|defensive|harsh|unfair|inconsiderate|insensitive|thoughtless|careless|distant|absent|unavailable|unkind|mean|rude|demanding|critical|self-cent(?:red|ered)|self-absorbed|immature|manipulative|dishonest|unfaithful|neglectful|stubborn|hard-hearted|unforgiving|secretive|withholding|lazy|impatient|unreasonable|petty|arrogant|cold (?:to|towards) (?:you|u)|hard on (?:you|u)|short with (?:you|u)|wrapped up in|caught up in|emotionally unavailable|closed off|checked out|out of line|out of order|sarcastic|nasty|aggressive|judgmental|judgemental|condescending|patroni[sz]ing|passive-aggressive|(?:not |never )?(?:easy|fun|nice) to (?:live|be) with|(?:such |a |an )?(?:(?:total|complete|absolute|real|right|proper|massive|huge|bit of a)\\s+)?(?:jerk|prick|arse|ass|brat|bully|asshole|dick|nightmare|coward(?= about| when| with| to (?:you|u)| for|,? and)|bitch|cow|bastard|twat|tosser|knob|pig)(?: (?:to|about|with) )?|cowardly|(?:such |a |an )?(?:(?:total|complete|absolute|real|right|proper|massive|huge)\\s+)?(?:idiot|eejit|fool|git|muppet|plonker|gobshite|dickhead|arsehole|tyrant|monster|brute|swine) (?:to|with|towards) (?:you|u)|(?:impossible|difficult|hard) to (?:live|be) with|(?:a |an )?(?:(?:right|real|total|proper|absolute)\\s+)?(?:pain|misery|horror|handful) to (?:live|be) with|(?:awful|horrible|terrible|cruel|nasty|vile) to (?:you|u)'
const TOO = '(?:too(?: much)?|overly|way too|far too|often|always)'
const FEELINGS_AS_CONDUCT = 'jealous|insecure|angry|moody|proud|cold|quick to anger|busy|caught up in'
/** What happens after the admission and takes it back. */
const EXCUSE =
  "(?:but|because|only because|though|although)\\s+(?:(?:honestly|really|let'?s be honest|to be fair|you know),?\\s+)?(?:you|u)\\s+(?:\\w+\\s+)?(?:provoked|pushed|made|started|drove|forced|kept|were|was|did|didn'?t|never|always|also|too|left me|gave me|asked for it|deserved|had it coming)|(?:you|u) (?:provoked|made|drove|pushed|forced) me{E}|{B}if (?:you|u) (?:hadn'?t|had not|had(?: just)?|would(?:n'?t| have)|'?d){E}|{B}(?:but|and) (?:so (?:were|did) (?:you|u)|(?:you|u) (?:were|did) too){E}|{B}it (?:wasn'?t|was not|isn'?t|is not) (?:all|only|just|entirely|completely|solely) (?:my fault|on me|me){E}|{B}it takes two{E}|{B}we (?:were|are) both (?:to blame|at fault){E}|{B}but i (?:had|was) (?:no choice|my reasons|(?:so |very |really )?(?:drunk|stressed|tired|exhausted|under (?:a lot of )?pressure)){E}|{B}anyone (?:would|else would) have{E}|{B}what did (?:you|u) expect{E}|{B}because (?:you|u)(?:'?d| would)(?: have)?{E}"

/** Not the object of an apology: "I'm sorry I read your diary" is an apology (the apology rule reads it). */
const NOT_SORRY =
  '(?<!{B}(?:sorry|apologi[sz]e|forgive me|regret)(?: (?:that|for (?:how|the way|the time|when)))?\\s+)'
/** The writer's own trouble, named as a thing: "the drinking", "my temper", "the silences". */
const FAULT =
  '(?:jealousy|anger|temper|drinking|gambling|betting|shouting|yelling|lying|lies|affair|cheating|moods?|silences?|smoking|spending|controlling|possessiveness|insecurit(?:y|ies)|workaholism|late nights|porn|drugs|coke|weed|pride|ego|sulking|coldness|criticism|nagging|debts?|secrets?|rages?|outbursts?|snooping|checking|phone|hours)'
/** What the writer owns after "my (own)": "it was my jealousy", "my drinking, not you". */
const MY_FAULTS =
  'jealousy|anger|temper|insecurit(?:y|ies)|pride|ego|drinking|gambling|behaviou?r|selfishness|coldness|stubbornness|absences?|silences?|lies|lying|cheating|affair|work|job|moods?|need for control|possessiveness|defensiveness|cowardice|fear|choices?|decisions?|mistakes?|indifference|neglect|avoidance|distance|impatience|criticism|workaholism|addiction|depression'
/** A past act of the writer's: "I treated", "I never", "I kept", "I changed the subject". */
const I_PAST =
  "{B}i\\s+(?:(?:never|always|just|really|often|kept|was(?! (?:(?:so|really|very|truly|genuinely|mostly|quite|pretty)\\s+)?(?:happy|lucky|content|in love|blessed|proud|loved|glad|grateful|young|naive))|wasn'?t|had|hadn'?t|didn'?t|didnt|did|made|let|took|put|left|pushed|shut|hurt|spent|chose|walked|said|went|ran|got|broke|threw|forgot|drank|hid|lied|sulked)(?![\\p{L}])|(?!(?:lov|miss|need|want|hop|wish|car|deserv|lik|enjoy|ador|treasur|cherish|us|believ|trust|fear|worri|tri|feel|realis|realiz|learn|notic|mean|meant|wast|sacrific|support|stay|wait|giv)ed(?![\\p{L}]))\\p{L}{2,}ed(?![\\p{L}]))"

/** Not handed back in the same sentence: "I forgot your birthday once and you never let me forget it", "cos u invited him". */
const NOT_THEN_YOU = String.raw`(?![^.!?\n]{0,60}?{B}(?:because|cos|coz|cuz|since|as|but|and|so)\s+(?:you|u)\s+(?!(?:were right|deserved better|didn'?t deserve)(?![\p{L}]))\p{L})`

/** Not excused by the reader after it: "because you were never home", "and you were no better". */
const NOT_EXCUSED = String.raw`(?![^.!?\n]{0,60}?{B}(?:because|cos|coz|cuz|since|but|only because|coz|as)\s+(?:you|u)(?![\p{L}]))(?![^.!?\n]{0,60}?{B}(?:and|but)\s+(?:you|u)\s+(?:were|was|did|are)\s+(?:(?:just\s+)?as bad|worse|no better|too|the same)(?![\p{L}]))`

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
      re: `${OWN}{B}(?:i was|i'?ve been|i have been|{IM}|i know i was)\\s+(?:(?:so|completely|totally|dead|very|really|clearly|absolutely|plainly|simply)\\s+)?(?:in the )?wrong{E}|${OWN}{B}i(?:'?ve)? (?:(?:have |had )?done (?:you|u) (?:(?:a|such a|so much|great|grave|real|terrible|serious|deep|an awful)\\s+)*wrong|did (?:you|u) wrong|did wrong by (?:you|u)|wronged (?:you|u))|${OWN}{B}i was the one who (?:let|hid|ignored|forgot|missed|chose|cancelled|disappeared|stopped|pulled|pushed|walked|gave up|left|broke|ended|cheated|lied|shut|messed|ruined|started|made|didn'?t|wouldn'?t|never|kept|drifted|checked out|went quiet)(?![\\p{L}])|${OWN}{B}(?:i was|i'?ve been|i have been)\\s+(?:(?:really|honestly|probably|clearly)\\s+)?(?:the|a big part of the|part of the|most of the) problem{E}|${OWN}{B}(?:i know |honestly,? )?(?:i was|{IM}|i am) (?:a (?:big |huge )?part of (?:that|it|why|the reason)|the (?:main |real |only |whole )?reason (?:we|you|it|things|for (?:the|our|this|that)))|${OWN}{B}it was (?:me|all me|mostly me|my doing)(?= ?[.!,;]|$)|${OWN}{B}i (?:behaved|acted|reacted|treated (?:you|u)|spoke to (?:you|u)|handled (?:it|things|that|us|the breakup|our breakup)) (?:so |really |very |incredibly )?(?:badly|poorly|terribly|horribly|awfully|unfairly|selfishly|cruelly|appallingly|atrociously|disgracefully|shamefully|abysmally|despicably|horrendously|like (?:a|an|such an?|a complete|a total|a right) (?:jerk|child|coward|brat|teenager|idiot|fool|animal|spoilt child|spoiled child|lunatic|madman|prat|arse|ass|pig|toddler))(?![\\p{L}])`,
    },
    {
      id: 'messed-up',
      // "I messed up", "I screwed things up", "I made so many mistakes", "I blew it".
      re: `${OWN}${I_DID}\\s+(?:(?:messed|screwed|fucked|f\\*+(?:c?k|ck)ed|mucked|stuffed|cocked)\\s+(?:(?:it|things|this|us|everything|so much|a lot)\\s+)?up|blew it|stuffed (?:it|things|us|everything)(?=\\s*(?:[.!,;]|$| by| when| with| all| royally| good and proper))|dropped the ball|made (?:(?:a|so many|many|a lot of|lots of|some|real|big|huge|serious|terrible|bad|the same|too many)\\s+)*(?:mistakes?|errors?)|made the mistake of)${'{E}'}`,
    },
    {
      id: 'my-fault',
      // "It was my fault", "that's on me", "I take full responsibility", "I own my part".
      re: `{B}(?:that|it|this|which)(?:\\s+was|'s|\\s+is)\\s+(?:(?:so|really|very|deeply|completely|totally|just|pretty|a bit|rather)\\s+)?(?:wrong|unfair|cruel|selfish|unkind|childish|mean|cowardly|out of line|not (?:okay|ok|fair)|snobbish|petty|arrogant|rude|thoughtless|careless|dishonest|disrespectful|hypocritical|spiteful|nasty|patroni[sz]ing|condescending|small|low|immature|unkind)\\s+of me{E}|{B}(?:what i did|what i said|how i (?:acted|behaved|reacted|treated (?:you|u)|(?:spoke|talked) (?:to|about) (?:you|u|your|ur)|[\\p{L}']+ (?:off )?(?:at|to|with|on) (?:you|u))|the way i (?:acted|behaved|reacted|treated (?:you|u)|(?:spoke|talked) (?:to|about) (?:you|u|your \\p{L}+|ur \\p{L}+)|left|[\\p{L}']+ (?:off )?(?:at|to|with|on) (?:you|u)))(?:\\s[^.!?\\n,;]{0,70}?)?\\s+(?:was\\s+(?:(?:so|really|very|deeply|completely|totally|just|pretty)\\s+)?(?:wrong|unfair|cruel|selfish|unkind|childish|mean|cowardly|out of line|out of order|inexcusable|unacceptable|unforgivable|indefensible|shameful|disgraceful|hurtful|awful|horrible|terrible|low|not (?:okay|ok|fair|right|kind))|(?:wasn'?t|was not|wasnt)\\s+(?:(?:very|at all|remotely)\\s+)?(?:fair|okay|ok|right|kind|acceptable))(?![\\p{L}])|${OWN}{B}(?:i|i'?ve)\\s+(?:had|have|played|had played)\\s+(?:a|my|a (?:big|huge|real|large))\\s+(?:part|role|hand)\\s+in\\s+(?:this|that|it|what|how|why|us|our|the (?:breakup|silence|distance|fights?|arguments?|mess|way|end)|ending|things|(?:your|ur) (?:pain|hurt|leaving|decision|unhappiness|loneliness))(?![\\p{L}])|{B}(?:it|that|this|the breakup|the distance|the silence|most of (?:it|this)|a lot of (?:it|this))(?:\\s+(?:was|is|has been)|'s)\\s+(?:(?:partly|mostly|largely|really|truly|also|all|entirely|completely|totally)\\s+)?(?:my (?:own )?(?:fault|mistake|error)|on me|my doing){E}(?!\\s+(?:to|for) (?:trust|believ|lov|marr|dat|stay|choos|think|ever))|{B}(?:{IM}|i was)\\s+(?:the one )?to blame{E}|{B}the blame is (?:mine|on me){E}|${OWN}{B}(?:i|i'?ll|i will|i want to|i need to|i have to|i must)\\s+(?:(?:fully|truly|really)\\s+)?(?:take|accept|own|admit|acknowledge|recogni[sz]e)\\s+(?:(?:full|complete|total|my|the)\\s+)?(?:responsibility|blame|(?:(?:my|the)\\s+)?(?:fair\\s+)?(?:share|part) of (?:the )?(?:blame|responsibility)|my (?:own )?(?:part|share|role|mistakes|faults?|wrongs))|${OWN}{B}i own (?:up to|it|that|this|what i did|my part|my mistakes)(?!\\s+(?:nothing|none){E})|${OWN}{B}(?:{IM}|i was)\\s+(?:(?:fully|partly|largely|mostly|completely|truly)\\s+)?responsible for (?:what happened|the breakup|(?:how|the way) (?:things|it|we) ended|hurting|pushing|the (?:distance|silence|fights|arguments|mess))|{B}my (?:(?:own|big|fair)\\s+)?(?:part|share|role) in (?:this|it|what happened|the breakup|(?:how|the way|why) (?:things|it|we))|${OWN}{B}i (?:(?:deeply|truly|really|bitterly|so|sincerely)\\s+)?regret (?:(?:that|it|this)(?= ?[.!,;]|$| more| deeply| every| so| now)|what i|how i|the way i|saying|being|not (?:being|listening|telling|calling|trying|fighting)|that i|hurting|my|lying|cheating|leaving|shouting|yelling|ignoring|walking|pushing|taking)(?![\\p{L}])|{B}the (?:hurt|pain|damage|harm|mess|distance|trouble|worry|stress|heartache|grief|upset|chaos|drama|wahala|misery|suffering|sadness|tears|anguish|heartbreak|humiliation|embarrassment|hassle|wreckage|fallout|wounds?|scars?|shame) (?:i|it|this|that|my \\w+) (?:(?:must|might|may) have |has |had |have )?(?:caused|brought|created|put (?:you|u) through|did|done)(?![\\p{L}])|{B}what i put (?:you|u) through{E}|{B}(?:there'?s|there is|i have|i'?ve got) no excuses?{E}(?!\\s+for (?:what|how|the way) (?:you|u|he|she|they))|{B}(?:it|that|this)(?:'s| is| was) (?:(?:all|entirely|completely|really)\\s+)?my (?:own )?(?:problem|issue|responsibility|doing|baggage)(?= ?[.!,;)]|$| not | and | to (?:fix|work on|deal with|carry))|{B}(?:{IM} not|i wasn'?t|i am not) (?:very |at all )?proud of (?:(?:how|the way|what|who) i{E}|(?:that|it|this|myself)(?= ?[.!,;]|$| either))|{B}{IM} ashamed of (?:how|the way|what) i{E}|{B}i (?:understand|see|realise|realize|know|get)(?: now)? how much (?:i|my \\w+|it|that|what i did|all (?:that|this)) (?:hurt|cost|affected|damaged|took|weighed on|wore)(?![\\p{L}])|(?<!{B}(?:if|think|say|thought|said)\\s+){B}(?:you|u)(?: were| are|'?re| r) (?:(?:so|completely|totally|absolutely|probably|always)\\s+)?right(?= ?[.!,;—–]|$| about me| about that(?= ?[.!,;—–]|$| too| as well| all along| from the start)| about (?:my|how i|what i)| that i| to (?:leave(?= ?[.!,;—–]|$| me| us| when| then)|be angry|be upset|be hurt|walk away|end it|go(?= ?[.!,;—–]|$| when| then| and)|worry))|${NOT_THEIR_ACT}{B}(?:(?:that|which|this)(?:\\s+(?:wasn'?t|wasnt|was not|isn'?t|is not)\\s+(?:fair|okay|ok|right|kind|cool|on)(?: (?:to|on|of) (?:you|u))?(?= ?[.!,;—–]|$| and | of me| to (?:you|u)(?![\\p{L}])| on (?:you|u)(?![\\p{L}]))|it (?:wasn'?t|wasnt|was not) fair (?:to|on) (?:you|u)(?![\\p{L}]))(?![^.!?\\n]{0,30}{B}(?:what|how) (?:you|u|he|she|they)(?![\\p{L}]))|(?:that|which|this)\\s+was\\s+(?:(?:so|really|very|just|pretty)\\s+)?(?:childish|selfish|cruel|unkind|mean|cowardly|unfair|petty|horrible|awful|out of order|out of line|not okay|not ok|not fair|a (?:horrible|terrible|awful|shitty|cruel|stupid) thing to (?:do|say))(?= ?[.!,;—–]|$| and | of me| to (?:you|u)))|{B}(?:you|u) (?:didn'?t|did not|never) deserve(?:d)? (?:it|that|any of (?:it|that|this)|this|to be treated|what i|how i|the way i)|(?:{WB}my (?:own )?(?:conduct|behaviou?r|actions|treatment of (?:you|u)|words)[^.!?\\n]{0,40}?\\s(?:was|were|has been|have been)\\s+(?:(?:so|really|very|deeply|completely|totally|quite|utterly|simply|frankly)\\s+)?(?:inexcusable|unacceptable|unforgivable|indefensible|shameful|disgraceful|appalling|wrong|unfair|cruel|selfish|hurtful|out of order|out of line|beneath me|not okay|not ok|not fair|terrible|awful|horrible){WE}|{WB}the [a-z-]+(?: [a-z-]+)? i (?:gave|showed|put|said to|did to|caused) (?:you|u)[^.!?\\n]{0,40}?\\s(?:was|were) (?:(?:so|really|very|just|a|an)\\s+){0,2}(?:cruel|unfair|wrong|unkind|childish|selfish|mean|cowardly|petty|horrible|awful|inexcusable|unforgivable|hurtful){WE}|{WB}(?:i )?(?:do not|don'?t|will not|won'?t|shall not|am not going to|'?m not going to|refuse to) (?:intend to |want to |plan to )?(?:offer|make|give|look for|hide behind)(?: (?:you|u))? (?:any |an )?excuses?{WE}(?![^.!?\\n]{0,30}{WB}(?:you|u|your|ur|he|she|they|him|her){WE})|(?<!{WB}(?:you|u|he|she|they)\\s[^.!?\\n]{0,60}){WB}(?:that|this|which)\\s+(?:was|is|'s)\\s+(?:(?:so|really|very|utterly|completely|simply|truly|frankly)\\s+)?(?:inexcusable|unforgivable|indefensible|disgraceful|shameful){WE}(?![^.!?\\n]{0,40}{WB}(?:what|how|the way|when) (?:you|u|he|she|they){WE}))`,
    },
    {
      id: 'i-hurt-you',
      // A wrong done to the reader, named as the writer's own act: "I hurt you", "I took you for granted".
      re: `${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:hurt|neglected|ignored|betrayed|abandoned|disrespected|disgraced|shamed|failed|disappointed|smothered|suffocated|frightened|scared|terrified|upset|embarrassed|insulted|pressured|stifled|controlled)\\s+(?:you|u)(?!\\s+(?:off|away){E})|(?<!{B}(?:sorry|apologi[sz]e|forgive me)(?: (?:that|for (?:how|the way|the time|when)))?\\s+(?:i|i'?ve|i have|i had)(?:\\s+\\w+)?\\s+)(?:belittled|humiliated|lied to|cheated on|blamed|criticised|criticized|yelled at|shouted at|screamed at|snapped at)\\s+(?:you|u)|let (?:you|u) down|took (?:you|u|us) for granted|pushed (?:you|u) away|shut (?:you|u) out|left (?:you|u) (?:alone|behind|to deal)|broke (?:your (?:heart|trust)|my (?:word|promises?)|our (?:trust|promises?))|made (?:you|u) (?:feel|cry|doubt yourself|wait|carry)|cheated|lied(?:\\s+to (?:you|u))?|(?:wasn'?t|was not|wasnt|was never|never was) (?:(?:really|very|always|much|ever)\\s+)?(?:there (?:for (?:you|u)|when (?:you|u) needed (?:me|it|someone|help))|(?:easy|fun|nice) to (?:live|be) with|easy to (?:love|be around|reach|talk to)|present|honest|fair|kind|patient|supportive|attentive|listening|(?:much of a|the best|a very good|a particularly good|(?:a )?(?:good|great|good enough|kind|fair)) (?:partner|${PARTNER_TITLES}|friend|listener)(?:\\s+to (?:you|u))?|the (?:partner|${PARTNER_TITLES}|man|woman|person|friend) (?:(?:that|who)\\s+)?(?:you|u) (?:deserved|needed|deserve|need))|(?:didn'?t|did not|didnt) (?:listen(?!\\s+to (?:my|them|him|her|people|everyone))|make (?:enough )?(?:time|room|space)(?: for (?:you|u|us))?|show (?:up|you|u)|support (?:you|u)|(?:appreciate|value|cherish) (?:you|u|how much (?:you|u)|what (?:you|u)|all (?:you|u))|treat (?:you|u) (?:well|right|fairly|with|the way|how|as|like)|(?:give|gave) (?:(?:you|u)|(?:your|ur) \\w+(?: \\w+)?) (?:the |enough |any |much )?(?:respect|attention|time|credit|support|care|consideration)|give (?:you|u) (?:the|enough)|put (?:you|u|us) first|respect (?:you|u|your)|try hard enough|pull my weight|communicate|fight for (?:us|you|u|it|what we had)|stand up for (?:you|u|us)|back (?:you|u) up|defend (?:you|u))|never (?:once |really |even )?(?:pulled my weight|listened|made (?:enough )?(?:time|room|space)(?: for (?:you|u|us))?|stood up for (?:you|u)|took (?:your|ur) side|defended (?:you|u)|backed (?:you|u) up|said (?:sorry|thank you|thanks)|supported (?:you|u)|(?:appreciated|valued|cherished|thanked) (?:(?:you|u)|how much (?:you|u)|all (?:you|u|that (?:you|u))|everything (?:you|u)|what (?:you|u))|put (?:you|u|us) first|let (?:you|u) in|said thank you))(?![\\p{L}])|${OWN}${I_DID}\\s+(?:stopped (?:making time|making (?:an|the|any) effort|making (?:the|our) (?:calls|video calls|phone calls|trips?|drive|journey|visits)|calling (?:you|u)|visiting (?:you|u)|coming (?:to see (?:you|u)|over|down|up|home (?:on time|early|for dinner))|to make (?:an |the |any )?effort|paying attention|trying|listening|showing up|turning up|pulling my weight|making plans|noticing (?:you|u)|talking to (?:you|u)|coming home|putting (?:you|u|us) first|asking (?:you|u|how|about (?:you|u|your|ur))|texting (?:you|u) back|replying|answering|being there)|took (?:it all|it|that|things|everything|all of it|all (?:of )?that|all (?:of )?my \\w+|my \\w+(?: \\w+)?) out on (?:you|u)|(?:put|dumped|offloaded|piled|loaded) (?:it all|everything|all of it|all (?:of )?that|all (?:of )?my \\w+(?: \\w+)?) on (?:you|u)(?! to (?:look after|mind|keep|hold))|let (?:my \\w+|work|the job|everything else) (?:come|get) (?:before|between|in the way)|put (?:my \\w+|work|the job|everything else|myself) (?:before|ahead of|above|first)|let (?:you|u) (?:carry|do|handle|deal with|pick up)|broke (?:something (?:between|in) us|what we had|us)|did (?:a |such a )?(?:bad|terrible|awful|horrible|stupid|cruel|shitty) thing|didn'?t make (?:things|it|life) (?:any\\s+)?(?:easy|easier))(?![\\p{L}])|{B}(?:i know|i can see|i see|i realise|i realize|i understand)(?: now)?(?: how| that)? (?:\\w+ )?(?:that|it|this|my \\w+) (?:left|made|cost|put) (?:you|u)(?![\\p{L}])|(?<!(?:sorry|apologi[sz]e|regret)[^.!?\\n]{0,40})(?<!{B}(?:you|u|he|she|they) (?:\\w+ )?(?:said|say|says|think|thought|claim|claimed|told me)(?: that)? ){B}(?:the way|how) i (?:treated|spoke to|talked to) (?:you|u)(?![\\p{L}])|${OWN}{B}i (?:[\\w']+ ){0,6}?without (?:really |even |ever )?(?:asking|consulting|listening to|telling|thinking (?:about|of)|checking with) (?:you|u)(?![\\p{L}])|(?:${OWN}${NOT_SORRY}${I_DID}\\s+(?:raised my (?:voice|hand) (?:at|to) (?:you|u)|lost my temper (?:with|at) (?:you|u)|swore at (?:you|u)|made a fool of (?:you|u)|(?:gambled|drank|blew|pissed|frittered|wasted|threw) away (?:the|our|all|your|ur|every)|spent (?:money|cash) (?:we|i) (?:didn'?t|didnt|did not) have|was (?:never|hardly ever|rarely|barely) (?:[a-z]+ )?(?:home|around)|(?:chose|picked|put|prioriti[sz]ed) [^.!?\\n]{1,30}? (?:over|ahead of|above) (?:you|u|us)|checked out of (?:our|the|this) (?:marriage|relationship)|ran (?:away )?from (?:every|all|any|each) (?:[a-z-]+ ){0,2}?(?:conversations?|talks?|arguments?|problems?|rows?)|(?:never|didn'?t|did not|didnt) (?:once )?(?:gave|give) (?:(?:you|u)|(?:your|ur) [a-z-]+) the (?:[a-z-]+ )?(?:weight|attention|time|respect|credit|care|support|consideration|space|patience)|made (?:(?:you|u) )?(?:a )?promises? (?:to (?:you|u) )?[^.!?\\n]{0,40}?(?:and|but) (?:i )?(?:didn'?t|never|did not|didnt) (?:keep|kept)){WE}|{WB}(?:every time|whenever|each time|any time|anytime) (?:you|u) [^.!?\\n]{1,50}?\\s(?:i|i'?d) (?:just |always |would )?(?:walked (?:out|off|away)|changed the subject|shut (?:down|off|(?:you|u) out)|went (?:quiet|silent|cold)|got (?:defensive|angry|nasty|cold|snappy|drunk)|snapped|rolled my eyes|brushed (?:it|you|u) off|stormed (?:off|out)|turned it (?:into|around)|made it about me|made a joke|picked a fight|found (?:an excuse|a reason)|reached for|looked at my phone|laughed (?:it off|at)|dismissed|ignored|put (?:you|u|it) off|cut (?:you|u) off|left the room){WE}|{WB}(?:and|but) (?:i )?never (?:once )?(?:stood up for|defended|backed|took the side of) (?:you|u){WE}|{WB}i let (?:my|his|her|our) [a-z]+ (?:speak to|talk to|treat|walk all over|insult|mock|belittle|bully) (?:you|u){WE}|{WB}(?:and|but) i (?:still |always )?(?:chose|picked) (?:the|my) [a-z-]+(?: [a-z-]+)? (?:every (?:time|night|single time)|instead|anyway|over (?:you|u|us)){WE}|{WB}i (?:can |have to |must |'?ll |will )?admit(?: now| it)?,?(?: that)? i (?:went looking for|kept|was (?:\\w+ )?(?:selfish|controlling|cruel|cold|unkind|unfair|jealous|possessive|dismissive|distant|absent|difficult|impossible|a (?:\\w+ )?(?:jerk|nightmare|coward|bully)){WE}|(?:never|didn'?t|did not|wasn'?t) (?:really )?(?:listen|listened|try|tried|support|supported|help|helped|show|showed|give|gave|treat|treated|appreciate|appreciated|there|honest|fair|kind|patient|pull|pulled)|(?:pushed|pulled|shut|lied|cheated|hid|ignored|neglected|started|picked|let|took|blamed|used|treated|walked|ran|chose){WE}))|(?:${OWN}{WB}i\\s+(?:(?:really|just|also|often|always)\\s+)?(?:put (?:you|u) through (?:hell|it|so much|a lot|the wringer|all (?:that|this|of (?:that|this|it))|too much|years of)|kept (?:secrets|things|it|that|this|the truth|the (?:debts?|affair|messages|money|bills|letters)) from (?:you|u)|went behind (?:your|ur) back|said (?:things|stuff|words) (?:that )?i (?:can(?:'?t|not)|could never|can never|will never) take back|said (?:such |some |so many )?(?:horrible|cruel|awful|terrible|unforgivable|nasty|hurtful|vile|unkind) things|brushed (?:off|aside) (?:your|ur|you|u)|made (?:you|u) pay for|kept score|let (?:my \\w+|the (?:drink|drinking|booze|gambling|job|work)|work|drink|booze|gambling|my \\w+ and my \\w+) (?:run|take over|take|win|rule|swallow|get (?:the better of|in the way|between)|come (?:first|before|between)|control)|pushed (?:and pushed|(?:you|u) and pushed)[^.!?\\n]{0,20}?until|(?:was|'d been|got) (?:so |too )?(?:busy|caught up|wrapped up|focused on) [^.!?\\n]{0,40}?(?:that )?i (?:forgot|didn'?t|never|stopped|missed|failed)){WE}|{WB}(?:and|but|yet) i (?:still |just )?did (?:nothing|absolutely nothing|sod all)(?= ?[.!,;—–]|$| to (?:help|stop|change|fix)| about (?:it|that|this))|{WB}(?:and|but|while) (?:you|u) (?:paid (?:the price )?for it|bore the brunt|got the (?:worst|brunt) of (?:it|that|me)){WE}|{WB}(?:you|u) deserved (?:so much |much |far |a lot )?better from me{WE}|{WB}(?:i (?:can )?see|i understand|i realise|i realize|i get) (?:now )?how (?:my [a-z]+|what i did|it) (?:must have|must'?ve|would have) (?:felt|been|looked|sounded){WE})`,
    },
    {
      id: 'my-x-caused',
      // "My jealousy pushed you away", "my silence wore you down", "I was too controlling".
      re: `{B}my (?:(?:own|constant|stupid|endless|quick|bad|short|hot)\\s+)?(?:jealousy|anger|temper|insecurit(?:y|ies)|pride|ego|silences?|distance|drinking|gambling|behaviou?r|actions|words|lies|lying|selfishness|coldness|stubbornness|absences?|workaholism|work|job|need for control|mood swings|moods|mistakes|choices|cheating|infidelity|indifference|neglect|possessiveness|defensiveness|criticism|impatience|avoidance|fear of commitment|addiction)\\s+(?:(?:\\w+)\\s+){0,2}?(?:pushed (?:you|u) away|drove (?:you|u) away|hurt (?:you|u|us)|cost (?:us|me)|ruined|damaged|broke (?:us|your|our|things|everything)|destroyed|wore (?:you|u) (?:down|out)|smothered|suffocated|got in the way|came between us|was the problem|played (?:a|the) (?:big |huge |real )?(?:part|role)|caused|took (?:a|its) toll|was (?:a (?:big |huge |large )?part|the (?:main )?reason|the cause|part) (?:of (?:why|the reason|what|it|the problem)|why|we|for)|poisoned|killed|made (?:you|u) (?:feel|cry|doubt|lonely|sad|unhappy|miserable)|made (?:things|it|everything|life|(?:your|ur) (?:life|days|job|year|week)) (?:so |much |a lot |even )?(?:hard|harder|difficult|worse|impossible|miserable|unbearable)|left (?:you|u))|${OWN}{B}(?:i was|i'?ve been|i have been|i had been|i could be|i got|i became)\\s+(?:(?:so|too|very|really|often|always|incredibly|way too|far too|overly|quite|pretty|a bit|a little|selfishly)\\s+)*(?:(?:cold|jealous|angry|moody|insecure|busy|stressed|tired|distant|selfish),?\\s+and\\s+(?:so\\s+|too\\s+)?)?(?:${CONDUCT})(?![\\p{L}])|(?<!{B}(?:told|tell|tells|said|say|says|think|thinks|thought|know|knows|knew) (?:me )?)(?<!{B}(?:you|u|he|she|they|people)\\s+(?:\\w+\\s+){0,2})how (?:(?:so|too|very|really|incredibly)\\s+)?(?:${CONDUCT}|${FEELINGS_AS_CONDUCT})(?:(?:,| and|, and) [\\p{L}-]+)? i (?:was|'?ve been|have been|had been|became|got|could be)(?![\\p{L}])|${OWN}{B}(?:i was|i'?ve been|i have been|i got|i became)\\s+(?:(?:a bit|a little|often|always)\\s+)?${TOO}\\s+(?:${FEELINGS_AS_CONDUCT})(?![\\p{L}])|${OWN}{B}i should(?:'?ve| have)\\s+(?:been|listened|backed (?:you|u) up|stood up for (?:you|u)|stuck up for (?:you|u)|taken (?:your|ur) side|sided with (?:you|u)|defended (?:you|u)|come (?:to|with|home|back)|gone (?:with|to) (?:you|u|the|your|ur)|turned up|shown up|told|shown|made|treated|supported|paid|put|spent|asked|respected|trusted|appreciated|said|stayed|called|opened up|fought for (?:you|u|us)|tried harder|done more|noticed|tried)(?![\\p{L}])|(?:{WB}my (?:(?:own|constant|stupid|endless|quick|bad|short|hot|heavy|silly)\\s+)?(?:jealousy|anger|temper|insecurit(?:y|ies)|pride|ego|silences?|drinking|gambling|behaviou?r|conduct|lies|lying|selfishness|coldness|stubbornness|absences?|workaholism|need for control|mood swings|moods|rages?|outbursts|sulking|sulks|suspicion|paranoia|cheating|infidelity|indifference|neglect|possessiveness|defensiveness|criticism|impatience|avoidance|fear of commitment|addiction|spending|debts?|secrets|snooping)(?:,[^.!?\\n]{0,50}?,)?\\s+(?:[a-z']+\\s+){0,5}?(?:turned (?:our|the|my|your|ur|us|you|u|every)|made (?:you|u|us|our|every)|left (?:you|u|us)|ruled (?:our|the|us|you|u)|ran (?:our|the|us)|kept (?:you|u)|cast a (?:shadow|cloud)|frightened|scared|terrified|exhausted|drained|emptied|cleaned out|wiped out|ate (?:up|through)|swallowed|embarrassed|humiliated|shamed|wore|chipped|eroded|(?:is|was|has been) what|ended (?:us|it|things|our)|finished (?:us|it|things|our)|cost (?:you|u)|took (?:you|u|over|everything)|pushed (?:you|u) (?:out|to|into|over|further)|drove (?:you|u) (?:out|to|mad|crazy|up the wall)|(?:wouldn'?t|would not|didn'?t|did not|never) let me (?:say sorry|apologi[sz]e|admit|back down|listen|see|ask|reach)|did (?:more |so much |the )?damage){WE})`,
    },
    {
      id: 'owned',
      // More ways of owning it: "I got it badly wrong", "I've only myself to blame", "the fault was mine",
      // "most of it was down to me", "I'm the one who broke it", "I kept you at arm's length",
      // "I hid the debts, and that was wrong", "I let my temper get the better of me".
      re: `${OWN}${I_DID}\\s+got\\s+(?:it|that|this|things|us|everything|(?:so |far too |too )?(?:much|many things)|a lot(?: of things)?|lots(?: of things)?)(?:\\s+(?:so|very|really|badly|terribly|completely|totally|all|horribly|seriously|massively))*\\s+wrong{E}|{B}(?:i )?hold my hands? up{E}|{B}(?:only |just )?myself to blame{E}|{B}(?:no ?one|nobody)(?: else)? to blame but (?:me|myself){E}|{B}blame (?:no ?one|nobody|anyone|anybody)(?: else)? but (?:me|myself){E}|{B}the (?:fault|blame)(?: (?:in|for|of) [^.!?\\n,;]{1,25}?)? (?:is|was|lies|lay|rests|sits)\\s+(?:(?:entirely|squarely|mostly|all|firmly|largely|really)\\s+)?(?:mine|with me|on me){E}|(?<!{B}(?:up|left|not)\\s+)(?<!{B}(?:you|u|he|she|they)\\s+(?:\\w+\\s+){0,3})(?:was|is|'s)\\s+(?:(?:mostly|largely|all|partly|entirely|really|mainly|honestly)\\s+)?down to me{E}(?!\\s+to{E})|{B}(?:thats|its|that one'?s)\\s+(?:(?:all|totally|really|completely)\\s+)?(?:on me|my (?:own )?fault|my doing){E}|{B}(?:my bad|na my fault)|{B}(?:lay|lays|laid|lies|lie|rests?) (?:it |that |this |the blame |all of it |it all )?(?:squarely |firmly |fully )?at my (?:own )?door{E}|${OWN}{B}i (?:wasn'?t|was not|wasnt)\\s+(?:(?:always|really|exactly|ever)\\s+)?(?:at my best|my best self){E}|{B}(?:made|caused)\\s+(?:(?:more than|at least|well over|far more than)\\s+)?my (?:fair |own )?share(?: of (?:the )?(?:mistakes|damage|hurt|blame|fault))?{E}|{B}(?:you|u)(?:'?ve| have)? (?:been|were|was) on the receiving end(?: of (?:it|that|my \\w+|all (?:that|this)))?{E}|${OWN}{B}i (?:(?:shouldn'?t|should not|shouldnt)(?:'?ve| have| of)|should (?:never|not) have|should'?ve never|never should(?:'?ve| have))\\s+(?:(?:just|ever|so quickly|simply|even)\\s+)?(?:said|done|left|stopped|gone|walked|shouted|yelled|screamed|lied|cheated|ignored|pushed|blamed|read|checked|made|let (?:my|it|things|work)|taken|took|kept|treated|spoken|talked|hidden|hid|snapped|ghosted|disappeared|assumed|accused|raised|dismissed|criticised|criticized|belittled|mocked|gone quiet|shut (?:you|u) out|cancelled|canceled|missed|forgotten|broken|put)(?![\\p{L}])|(?<!(?:{B}(?:you|u|he|she|they|people|everyone)\\s+(?:\\w+\\s+){0,3}?(?:think|thinks|thought|say|says|said|claim|claimed|made (?:it|me) (?:seem|look|sound|feel)|acts? like|acted like|blamed? me|told (?:me|everyone|people))\\s+(?:that\\s+|like\\s+)?[^.!?\\n]{0,40}))(?<!{B}(?:if|whether|unless)\\s+[^.!?\\n]{0,40})(?:was|is|'s|were)\\s+(?:(?:partly|mostly|largely|really|truly|also|all|entirely|completely|totally|100%)\\s+)?my (?:own )?fault{E}|${OWN}{B}(?:{IM}|i was)\\s+(?:(?:really|honestly|clearly)\\s+)?the one (?:who|that)\\s+(?:(?:really|actually|first|always|kept)\\s+)?(?:broke|ruined|wrecked|pushed|pulled|walked|stopped|gave up|messed|screwed|lied|cheated|hurt|shut|started|drifted|checked out|went (?:quiet|cold|silent)|let (?:you|u|us|it)|made (?:it|things|us)|caused|blew|damaged|destroyed|neglected|ignored|betrayed)(?![\\p{L}])|${OWN}${I_DID}\\s+(?:kept (?:you|u) at (?:arm'?s|a) (?:length|distance)|froze (?:you|u) out|stonewalled (?:you|u)|gave (?:you|u) the silent treatment|went cold on (?:you|u)|ghosted (?:you|u)|made (?:it|things|life) (?:so |very |really |too |almost |nearly )?(?:hard|impossible|difficult|unbearable|miserable) for (?:you|u)|never (?:really )?gave (?:(?:you|u)|(?:your|ur) \\w+(?: \\w+)?) (?:the |enough |any |much )?(?:respect|attention|time|credit|support|care|consideration)|kept (?:promising|saying|telling (?:you|u)|swearing)(?: (?:that|to|i'?d|id|i would))?(?:\\s+[\\w']+){0,3}?\\s+(?:and|but|then|n)\\s+(?:never|didn'?t|did not|didnt)|let (?:my \\w+|work|the job|my job|drink|alcohol|the drinking|everything else|my family|my friends|my mates)(?: \\w+)? (?:get the better of me|take over|come first|rule|win|run (?:things|my life|us))|(?:cancelled|canceled|bailed) on (?:you|u)(?: (?:again|so often|over and over|all the time|too many times))?)(?![\\p{L}])|${OWN}{B}how (?:badly|poorly|unfairly|cruelly|coldly|carelessly|little|rarely|often) i (?:treated|spoke to|talked to|hurt|neglected|ignored|let (?:you|u) down|listened|helped|showed up|was there|made (?:you|u)|put (?:you|u)|took (?:you|u)|cancelled|snapped|criticised|criticized|was (?:home|around|present))(?![\\p{L}])|(?<!(?:^|[.!?,;:]\\s*|{B}(?:and|but|when|because|so|that)\\s+)(?:you|u|he|she|they)\\s[^.!?\\n]{0,80})(?<={B}i\\s+(?!(?:saw|see|heard|hear|found|learned|learnt|read|noticed|felt|feel|thought|think|knew|know|was told|watched|realised|realized|guess|suppose|believe|hope|wish|miss|love|said|say|told|tell|won'?t|wont|will|would|shall|promise|am not going|'m not going)(?![\\p{L}]))[^.!?\\n]{1,100}?)(?:,\\s*|\\s+|\\s*;\\s*|\\s*[—–]\\s*)(?:and\\s+)?(?:that|which)\\s+(?:was|is|'s)\\s+(?:(?:so|really|very|just|pretty|completely|totally|deeply)\\s+)?(?:wrong|cruel|unfair|selfish|unkind|mean|cowardly|childish|petty|unforgivable|inexcusable|out of (?:order|line)|not (?:fair|okay|ok|right|kind))(?![\\p{L}])|(?:{WB}on (?:nobody|no ?one|noone)(?: else)? but me{WE}|{WB}(?:nobody|no ?one)'?s fault but (?:mine|my own){WE})`,
    },
    {
      id: 'faces-it',
      // Facing one's part in more words: a verdict agreed with ("my counsellor says I…, and she's right"),
      // "I have to be honest with myself about how much I drank", "that's my failing", "it was my temper that
      // ended us", "I see now how lonely you were", "I made it all about me", "there's no excusing it",
      // "that's no excuse", "I'd gone quiet first", "that was a cheap shot", "a mean, petty thing to say".
      re: `{B}(?:says|said|told me|tells me|thinks|thought|pointed out|reckons|wrote)\\s+(?:that\\s+)?(?:i|i'?m|i'?ve|my)\\s(?![^.!?\\n]{0,30}?{B}(?:nothing wrong|no wrong|not to blame|not my fault|wasn'?t (?:wrong|to blame|at fault)|did nothing|too (?:hard|tough|harsh) on myself|too (?:modest|kind|nice|soft|generous|forgiving|trusting|good|patient)|deserve (?:better|more)|better off|well rid|(?:be|am|'m|doing) better without|worth more|(?:look|looking) after myself|need (?:a break|to rest|more rest)|(?:should|need to|ought to|have to|must)\\s+(?:just\\s+|really\\s+)?(?:let (?:it|you|u|this|that|go)|move on|get over|forget (?:about )?(?:you|u|it|this|her|him)|stop (?:writing|thinking about|waiting|texting|calling|hoping)|date again|find someone|(?:go|get) out more|look after myself|take care of myself|(?:go (?:to|and see)|see|visit|ring|call) (?:a |the |my )?(?:doctor|gp|dr|hospital)|eat (?:more|properly|something)|(?:get|take) (?:some |more )?(?:sleep|rest|fresh air|time off)|sleep more))(?![\\p{L}]))[^.!?\\n]{1,70}?(?:,\\s*|\\s+)(?:and\\s+)?(?:she|he|they|you|u)(?:'s|'re| is| are| was| were| r)\\s+(?:(?:completely|totally|absolutely|probably|so|quite|dead|spot on|not wrong|100%)\\s+)?right(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:still\\s+)?(?:have\\s+|got\\s+)?(?:got\\s+)?(?:a lot|so much|plenty|lots|loads) (?:still )?to learn (?:about|when it comes to) (?:listening|communicat\\p{L}*|patience|being (?:a|there|honest|kind|present)|trust|relationships|love|compromise|sharing|talking|anger|control|respect|apologi[sz]\\p{L}*|myself|how to)|{B}(?:be|being|been|get|getting)\\s+(?:more\\s+|really\\s+|brutally\\s+|fully\\s+|completely\\s+)?honest (?:with myself\\s+)?about (?:how|what|my|the way|why|the)(?:\\s+[\\p{L}']+){0,2}? i(?![\\p{L}])|{B}(?:{IM}|i was|i'?ve been|i have been|i feel|i felt)\\s+(?:(?:so|really|deeply|truly|still|quite|very|a bit|a little)\\s+)*(?:ashamed|embarrassed)\\s+(?:of (?:it|that|this|myself)(?= ?[.!,;—–]|$| for| now| and| still)|(?:of|about|by) (?:how|the way|what|some of (?:what|how)|all of what|everything) i|that i)(?![\\p{L}])|${NOT_THEIR_ACT}{B}(?:that|it|this|which)(?:'s| is| was)\\s+(?:(?:all|entirely|completely|really|just)\\s+)?my (?:own )?(?:failing|failure|weakness|shortcoming|flaw|mess|insecurit(?:y|ies)|hang-?ups?)(?![\\p{L}])|{B}it (?:was|is|'s) (?:(?:really|always|mostly)\\s+)?my (?:own )?(?:${MY_FAULTS})\\s+(?:that|which|,? not|and not)(?![\\p{L}])|{B}my (?:own )?(?:${MY_FAULTS})\\s+(?:[^.!?\\n,;]{1,40}?\\s)?(?:was|were|is) (?:the|a|part of the|at the root of the) (?:real |main |whole |actual |biggest |big |root |first )?(?:problem|issue|cause|reason)(?![\\p{L}])|{B}(?:my|the) (?:drinking|gambling|drugs|drug use|affair|lying|lies|cheating|temper|jealousy) (?:\\p{L}+ ){0,2}?(?:made me|turned me into)(?: into)? (?:someone|somebody|a (?:person|man|woman)|the (?:person|man|woman))(?![\\p{L}])|{B}i (?:can )?(?:see|understand|realise|realize|know|get|think about|appreciate|recogni[sz]e)(?: now|,? finally,?| at last)? (?:just )?how (?:(?:very|so|really|deeply|terribly|completely)\\s+)?(?:lonely|alone|hurt|unhappy|scared|frightened|tired|exhausted|invisible|unseen|unheard|small|sad|worried|neglected|isolated|overwhelmed|frustrated|miserable|unwanted|unloved|humiliated|betrayed|abandoned|trapped|stuck|anxious|insecure|unsupported|taken for granted|unimportant|ignored)\\s+(?:(?:you|u)|(?:those|that|the|our) [\\p{L}]+|it)\\s+(?:were|was|felt|must have|had|'?ve|have|made (?:you|u))(?![\\p{L}])|{B}(?:understand|see|realise|realize|know|get|think about|reflect on|appreciate)(?: now)? (?:just )?how (?:(?:very|so|really|deeply|truly)\\s+)?(?:unkind|cruel|unfair|selfish|wrong|hurtful|careless|cold|thoughtless|mean|awful|badly|cowardly|humiliating|frightening|disrespectful|small|petty|childish|controlling)\\s+(?:that|it|this|i|my [\\p{L}]+|what i did|the way i [\\p{L}]+)\\s+(?:was|were|must have|behaved|acted|been|had been)(?![\\p{L}])|${OWN}{B}i\\s+(?:always\\s+|just\\s+|somehow\\s+)?(?:made|make|turned|kept making)\\s+(?:it|everything|things|every [\\p{L}]+|that|this|the [\\p{L}]+)\\s+(?:all\\s+)?about me(?![\\p{L}])|{B}(?:understand|figure out|work out|get to the bottom of|look at|find out|learn|know) why i (?:[\\p{L}']+ ){0,2}?(?:destroy|push|pushed|ruin|ruined|sabotage|sabotaged|shut|shutting|pull|pulled|run|ran|lie|lied|drink|drank|cheat|cheated|react|reacted|behave|behaved|hurt|lash|lashed|blow|blew|go quiet|went quiet|withdraw|withdrew|close off|need to control|control|get so (?:angry|jealous)|got so (?:angry|jealous))(?![\\p{L}])|${I_DID}\\s+(?:didn'?t|did not|never)\\s+(?:even\\s+(?:ask|consult|check with|tell|think (?:about|of)) (?:you|u)|(?:ask|consult|check with) (?:you|u) (?:first|before))(?![\\p{L}])|${NOT_THEIR_ACT}(?:{B}(?:there'?s|there is)\\s+no (?:excusing|defending|justifying) (?:it|that|this|what i|how i|the way i|my)|(?:{B}is|{B}was|'s)\\s+(?:not|no|never)\\s+(?:an?\\s+)?excuse|{B}(?:isn'?t|wasn'?t)\\s+an?\\s+excuse)(?= ?[.!,;—–]|$| for (?:\\p{L}+ing|what i|how i|the way i|my|not)| and)(?![^.!?\\n]{0,40}{B}(?:you|u|he|she|they) (?:knew|did|were|could|should|chose|had|have|made|decided)(?![\\p{L}]))|(?<!{B}(?:he|she|they|him|her|them)\\s+)(?:you|u) (?:still |always |really )?deserved (?:(?:an? |the |my )?(?:\\p{L}+ )?(?:explanation|answer|message|reply|call|apology|truth|goodbye|conversation|warning)|to (?:know|hear|be told))(?![\\p{L}])|${NOT_THEIR_ACT}{B}(?:that|this|it|which)(?:'s| is| was)\\s+(?:(?:a bit|really|just|so|pretty)\\s+)?(?:a (?:cheap shot|low blow|cheap dig)|below the belt|uncalled[- ]for)(?![\\p{L}])(?! (?:from|by|of) (?:your|you|u|him|her|them|his|their)(?![\\p{L}]))|${NOT_THEIR_ACT}{B}(?:that|this|which|it)\\s+(?:was|is|'s)\\s+(?:(?:such|a|an|really|so|pretty|very)\\s+)*(?:(?:mean|petty|small|cruel|nasty|low|cheap|unkind|rotten|spiteful|hurtful|stupid|shitty|crap|horrible|terrible|awful|dreadful|vile|ugly|selfish|cowardly|unfair|thoughtless|careless|childish)(?:,?\\s+(?:and\\s+)?|\\s+)){1,3}(?:things?|stuff) (?:to (?:do|say|write)|i (?:did|said))(?![\\p{L}])|{B}my (?:own\\s+)?(?:insecurit(?:y|ies)|jealousy|pride|ego|anger|temper|fear|drinking|hurt|bitterness|stubbornness) talking(?![\\p{L}])|${OWN}{B}i (?:was|'?ve been|have been) (?:a|such a|an|the) (?:(?:really|truly|pretty|absolutely|genuinely)\\s+)?(?:terrible|awful|bad|rubbish|crap|shit|shitty|lousy|useless|poor|selfish|horrible|lazy|absent|neglectful|thoughtless|distant|cold) (?:partner|${PARTNER_TITLES}|fianc[ée]e?|friend|listener|father|mother|dad|mum|son-in-law|daughter-in-law)(?![\\p{L}])|{B}(?:the|that|my) (?:own )?(?:jealousy|anger|temper|insecurit(?:y|ies)|pride|ego|drinking|gambling|selfishness|coldness|stubbornness|silences?|lies|lying|cheating|moods?|possessiveness|defensiveness|cowardice|fear|indifference|neglect|avoidance|impatience|criticism|workaholism|addiction) (?:was|is) (?:all |entirely |completely )?(?:mine|my (?:own )?(?:problem|doing|issue|fault))(?![\\p{L}])|${OWN}{B}i (?:could|should)(?:'?ve| have| of)\\s+(?:handled|dealt with|done|treated (?:you|u)|managed|said|behaved|reacted|been|spoken|talked|listened|supported (?:you|u))\\s+[^.!?\\n]{0,30}?(?:better|differently|more kindly|more carefully|with more care|more gently)(?![\\p{L}])(?!\\s+than)|${OWN}{B}i (?:treated|spoke to|talked to|dismissed|ignored|handled) (?:you|u|your [\\p{L}]+|ur [\\p{L}]+) like (?:(?:they|you|u|he|she|it) (?:didn'?t|did not|weren'?t|wasn'?t|don'?t) (?:matter|count|exist)|dirt|rubbish|crap|shit|an? (?:option|afterthought|idiot|child|servant|employee|inconvenience|burden))|{B}(?:i|we) can'?t (?:go on|carry on|keep going|continue) like this,\\s+(?:\\p{L}+ing)(?![\\p{L}])|{B}(?:i know|i understand|i'?ve learned|i'?ve learnt|i'?ve worked out|i see|i'?ve figured out|i can see)(?: now)? what (?:sets (?:it|me) off|triggers (?:it|me)|sets off my|makes me (?:so )?(?:angry|jealous|snap|shut down|go quiet))(?![\\p{L}])|{B}(?:{IM} not (?:going to|gonna)|i won'?t|i will not|{IM} not here to|i refuse to|i'?m not trying to) (?:make|offer|give|look for) (?:any )?excuses?(?![\\p{L}])|{B}(?:makes|made|make) what i did (?:even |all the |so much |far )?(?:worse|harder to forgive|unforgivable|inexcusable|more shameful)(?![\\p{L}])|{B}(?:promise to|going to|try to|i'?ll|i will|i) own (?:it|up to (?:it|them|my mistakes))(?= when| if| next time| this time)|${I_DID}\\s+(?:[\\p{L}']+\\s+){0,3}?(?:told|admitted to|confessed to|come clean (?:to|with)|came clean (?:to|with)) (?:my [\\p{L}]+|everyone|everybody|people|them|our friends|your [\\p{L}]+|my family)\\s+(?:the truth\\s+)?about (?:what i did|my part|the affair|how i|the money i|that i|everything i)(?![\\p{L}])|{B}i\\s+(?:had\\s+)?(?:hid|hidden|concealed|kept (?:secret|hidden|quiet))(?:\\s+[\\p{L}'-]+){0,4}?\\s+from (?:you|u)(?![\\p{L}])|{B}(?:it|that|this)(?:'s| is| was)\\s+(?:not|never)\\s+(?:very\\s+|at all\\s+)?(?:correct|right|fair|nice|good|kind|okay|ok|acceptable|decent|respectful)\\s+(?:from|of) me(?![\\p{L}])|{B}(?:it|that|this) (?:wasn'?t|was not|isn'?t|is not)\\s+(?:very\\s+|at all\\s+)?(?:correct|right|fair|nice|good|kind|okay|ok|acceptable|decent|respectful)\\s+(?:from|of) me(?![\\p{L}])|${NOT_THEIR_ACT}{B}(?:it|that|this|which) (?:was|is|'s) (?:(?:a|an|such a)\\s+)?(?:(?:real|total|complete|huge|terrible)\\s+)?(?:betrayal|violation|breach of (?:your |our )?trust|abuse of (?:your |our )?trust)(?![\\p{L}])`,
    },
    {
      id: 'went-first',
      // "I'd gone quiet first", "I pulled away first", "I gave up first": who started the drift.
      re: `{B}(?:i'?d|i had|i)\\s+(?:(?:already|actually)\\s+)?(?:(?:gone|went|pulled|drifted|backed|checked|shut|closed|switched|walked)\\s+(?:quiet|silent|cold|distant|away|off|out|down)|stopped|gave up|given up)\\s+first(?![\\p{L}])`,
      span: 'match',
    },
    {
      id: 'mine',
      // The trouble claimed: "the silences were mine", "I made it your problem when it was mine", "that was all
      // me", "it was me who stopped calling", "what I did in Berlin was my choice", "a choice I made", "I had no
      // right to", "it was my temper".
      re: `{B}(?:the|my|that|those|these|all the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${FAULT}|mistakes?|fault|problem|failure|choices?|decisions?|doing|part|blame|silence|patterns?|habits?|behaviou?r|failings?|conduct)\\s+(?:was|were|is|are)\\s+(?:(?:all|entirely|mostly|completely|really|always)\\s+)?(?:mine|my own)(?![\\p{L}])|{B}when it was (?:really |actually |all )?mine(?![\\p{L}])|${OWN}{B}(?:that|this|it)(?:'s| was| is|s)\\s+(?:all|totally|entirely|completely|100%)\\s+(?:me|on me)(?= ?[.!,;—–]|$| and| not| tbh| honestly| really| i know| to be honest| no excuses)|{B}the (?:real |only |actual )?problem (?:was|is|has been|has always been) (?:me|mine|my \\p{L}+)(?![\\p{L}])|{B}i never gave (?:you|u) (?:a |any )?reason to (?:trust|believe|feel safe|rely)(?![\\p{L}])|{B}(?:you|u) deserved (?:someone|somebody|better|more|a (?:partner|man|woman|husband|wife))[^.!?\\n]{0,40}?(?:and|but) i (?:didn'?t|wasn'?t|couldn'?t|never)(?![\\p{L}])|{B}i turned (?:every|each|any|small|little|a|the|our)\\s[^.!?\\n]{0,30}?into (?:a |an )?(?:fight|row|argument|drama|war|battle|competition|big deal|something about me)(?![\\p{L}])|{B}(?:rows|fights|arguments|problems|trouble|silences?|rows)[^.!?\\n]{0,20}?(?:started|began|came|start|begin) (?:with|from) me(?![\\p{L}])|{B}it (?:was|is|'s) (?:me|i) (?:who|that)\\s+(?!(?:was|got|had|suffered|cried|waited|paid|lost|stayed|tried|fought|loved|kept|did (?:all|everything|most)|carried|held|worked|cooked|cleaned|made (?:all|every)|always|put in)(?![\\p{L}]))\\p{L}+|{B}(?:what i did|the affair|my affair|the cheating|what happened with [\\p{L}]+)\\s[^.!?\\n]{0,40}?(?:was|is)\\s+(?:(?:entirely|all|completely)\\s+)?(?:my (?:own )?(?:choice|decision|doing)|a betrayal|a choice i made|on me)(?![\\p{L}])|{B}(?:was|were) (?:a|my) (?:\\p{L}+ )?choice i made(?![\\p{L}])|{B}i had no (?:right|business)(?![\\p{L}])(?! to (?:expect|ask for|hope for) [^.!?\\n]{0,30}{B}(?:someone|somebody) like (?:you|u))|{B}it was my (?:own )?${FAULT}(?![\\p{L}])|(?:{WB}mine was the (?:hand|one|voice|silence|fault|mistake|choice|temper) (?:that|which|who){WE}|{WB}when (?:the (?:real |actual |only )?(?:problem|issue|fault)|it) (?:was|had been|has been) (?:really |actually |always |all along )?(?:me|mine|my own|how i|what i|the way i|my [a-z]+){WE}|{WB}(?:the|my) (?:drink|booze|${FAULT}) was (?:a|my|my own|always my) (?:choice|decision){WE})|(?:{WB}the (?:person|one|man|woman) (?:who|that) (?:broke|ruined|wrecked|pushed|pulled away|hurt|lied|cheated|walked|stopped|gave up|messed|screwed|caused|started (?:the|most|every|all)|ended|let (?:you|u|us|it)|made (?:[a-z]+ ){0,2}(?:feel|hard|harder|impossible|miserable|unbearable|tense|difficult|cold|like))[^.!?\\n]{0,50}?\\s(?:was|is|has been) me(?= ?[.!,;—–]|$| all along| not )|{WB}the one (?:who|that) owes? (?:you|u) (?:an? )?(?:apology|explanation|answer|amends)|{WB}(?:you|u) (?:asked|begged|needed|wanted) (?:me )?(?:for )?[^.!?\\n]{1,50}?\\s(?:and|but) i (?:couldn'?t|could not|didn'?t|did not|never|wouldn'?t|would not) (?:even )?(?:give|do|manage|make|find|offer){WE}|{WB}(?:i|i'?d|i'?ve)\\s(?![^.!?\\n]{0,80}?{WB}(?:love|loved|miss|adore|changed|happy|proud|right){WE})[^.!?\\n]{3,80}?(?:,\\s*|\\s+)and i (?:know|knew) it(?= ?[.!,;—–]|$))`,
    },
    {
      id: 'did-to-you',
      // A specific wrong named plainly: "I treated your work like a hobby", "I spoke over you", "I checked your
      // phone", "I made you choose", "I made it your problem", "I left all the paperwork to you", "I broke the
      // promise", "I said I'd come and I didn't", "I spent it without asking", "I sulked instead of being happy".
      re: `${OWN}${NOT_SORRY}{B}i\\s+(?:(?:always|often|constantly|repeatedly|just|kept|also|even)\\s+)?(?:treated (?:you|u|your [\\p{L}-]+|ur [\\p{L}-]+) (?:like|as if|as though|as)(?! (?:a |an |the )?(?:queen|king|princess|prince|royalty|gold|god|goddess|world|treasure|priority|equal)(?![\\p{L}]))|(?:spoke|talked) (?:over|down to) (?:you|u)|interrupted (?:you|u)|mocked (?:you|u)|laughed at (?:you|u|your|ur)|put (?:you|u) down|made fun of (?:you|u|your|ur)|dismissed (?:you|u|your|ur)|ignored (?:your|ur|it|the signs|them|every|all (?:the|of the)|the (?:signs?|warnings?|hints?|red flags?))|(?:checked|searched|went through|looked through|read) (?:your|ur) (?:phone|messages|texts|emails?|diary|bank|bag|things|stuff|post)(?![^.!?\\n]{0,40}{B}(?:and|then|to) (?:saw|see|found|find|discovered|read)(?![\\p{L}]))|snooped|sulked|guilt-tripped (?:you|u)|gaslit (?:you|u)|stonewalled (?:you|u)|ghosted (?:you|u)|walked out on (?:you|u)|changed the subject|kept (?:you|u) waiting|let (?:you|u) (?:think|believe|carry|wait|worry|pay|deal|handle|take|do all)|made (?:you|u) (?:choose|carry|pay|wait|cover|pick|beg|chase|explain|justify|tiptoe|walk on eggshells|worry|doubt|question|defend|hide|cancel|give up|handle|deal|do (?:all|everything|it all))|made (?:it|that|this|everything|my [\\p{L}-]+) (?:your|ur) (?:problem|fault|job|responsibility|burden)|left (?:all |everything|it all|the )[^.!?\\n]{0,60}?to (?:you|u)(?= ?[.!,;]|$)|spent (?:it|the money|our savings|the savings|your money)(?![\\p{L}])|broke (?:the|my|every|that|a|our) (?:[\\p{L}-]+ )?promises?|(?:said|told (?:you|u)|promised(?: (?:you|u))?) (?:i'?d|i would|i was going to|id|to)\\s[^.!?\\n]{0,50}?\\s(?:and|but)\\s+(?:then\\s+)?i\\s+(?:didn'?t|didnt|never|did not)|kept promising[^.!?\\n]{0,40}?\\s(?:and|but) (?:i )?(?:didn'?t|didnt|never))(?![\\p{L}])|{B}i\\s+(?:\\p{L}{2,}ed|spent|took|sold|made|went|moved|told|signed|bought|gave|decided)\\s[^.!?\\n]{0,60}?without (?:once |even |ever )?(?:asking|telling|consulting|checking with|talking to|explaining|giving (?:you|u) (?:a|any|the|one) (?:reason|explanation|word)|a (?:word|reason|explanation)|an explanation|saying (?:why|goodbye|a word))(?![\\p{L}])|{B}i\\s+[^.!?\\n]{1,40}?\\s(?:instead of|rather than)\\s+(?:being (?:happy|there|supportive|proud|honest|kind|patient|glad)|supporting (?:you|u)|listening|helping|celebrating|talking to (?:you|u)|asking (?:you|u)|telling (?:you|u)|talking (?:to|with) (?:you|u)|speaking up|being honest)(?![\\p{L}])|{B}(?:and|but) i (?:just )?ignored (?:it|them|that|the signs|you|u)(?![\\p{L}])`,
    },
    {
      id: 'see-now',
      // Hindsight on one's own act: "I can see now that every time you… I changed the subject", "It took me a long
      // time to see that…", "Looking back, I treated…", "I regret the things I said", "which I regret",
      // "If I had listened…, maybe we'd have had a chance", "I know my drinking is why you left".
      re: `{B}(?:i (?:can )?see now|i (?:can )?now see|i realis(?:e|ed) now|i realiz(?:e|ed) now|i understand now|i know now|now i (?:see|realise|realize|understand|know)|i'?ve (?:come to )?(?:realised|realized|understood|seen)|it took me (?:a long time|years|too long|far too long|ages|months|this long|until [\\p{L}]+)(?: [\\p{L}]+){0,2}? to (?:see|realise|realize|understand|admit|accept|notice)|looking back|in hindsight|with hindsight|i(?:'?ve| have) come to (?:see|realise|realize|understand|accept|know)|(?:the lord|god|my (?:therapist|counsel+or|sponsor|pastor|priest)|therapy|counsel+ing|(?:this|the last|the past) (?:year|few months|time)) (?:has|have) (?:shown|taught|helped) me(?: to see)?)(?:,|\\s+now,?)?\\s+(?:that\\s+|how\\s+|what\\s+|why\\s+)?[^.!?\\n]{0,60}?(?:${I_PAST}|{B}(?:mine|my (?:fault|doing|part|${FAULT}))(?![\\p{L}]))|{B}i (?:\\p{L}+ )?regret (?:[\\p{L}']+\\s+){0,4}?(?:i|i'?ve)\\s+(?:said|did|done|put|treated|made|was|behaved|reacted|handled|left|spoke|wrote|caused|never)(?![\\p{L}])|{B}i (?:\\p{L}+ )?regret (?:not|never) (?:being|listening|telling|asking|coming|going|making|trying|fighting|supporting|standing|showing|saying|putting)(?![\\p{L}])|{B}i\\s[^.!?\\n]{4,80}?(?:,\\s*|\\s+)(?:which|and|something) i (?:deeply |really |truly |now |still )?regret(?: (?:it|that|now|deeply|every day))?(?= ?[.!,;]|$)|${OWN}{B}if i(?:'d| had)\\s+(?:only\\s+|just\\s+)?(?:listened|been|tried|paid|noticed|said|told|asked|stayed|stopped|come|gone|made|put|shown|taken|fought|cared|opened)\\s[^.!?\\n]{0,60}?(?:we'?d|we would|we might|things (?:would|might)|it (?:would|might)|(?:you|u) (?:would|might)|(?:you|u)'?d|maybe|perhaps)(?![\\p{L}])|{B}(?:i know|i see|i realise|i realize|i accept|i admit|i understand|i'?m aware)(?: now)?(?: that)?\\s+(?:the|my)\\s+${FAULT}\\s+(?:is|was|were|'s)\\s+(?:what|why|the reason|how)(?![\\p{L}])|{B}my\\s+${FAULT}\\s+(?:is|was)\\s+(?:why|the reason|what)\\s+(?:you|u|we|it|things)(?![\\p{L}])|{B}my\\s+${FAULT}\\s+(?:frightened|scared|upset|exhausted|drained|embarrassed|humiliated|wrecked|ruined|broke|hurt|wore|cost)(?![\\p{L}])|{B}what (?:the|my) ${FAULT} (?:did|was doing|has done|had done) to (?:us|you|u|our)(?![\\p{L}])|{B}(?:seeing|see|saw|going to|went to|been to|joined|signed up (?:for|with)|talk(?:ing)? to|working with|work with)\\s[^.!?\\n]{0,50}?{B}(?:(?:about|for|with) (?:my|the) ${FAULT}|about (?:why|how|when) i (?:go|get|shut|drink|lose|push|pull|run|close|snap|lash|lie|hide|withdraw|explode|react))(?![\\p{L}])|{B}(?:i know|i see|i realise|i realize|i can see) (?:it|that|this|all that) (?:wore|hurt|exhausted|drained|upset|cost|scared|frightened|embarrassed|humiliated) (?:you|u)(?![\\p{L}])|{B}i used (?:[\\p{L}']+ ){0,3}?as (?:an? )?(?:reason|excuse)(?![\\p{L}])|{B}i was (?:a |an )?(?:(?:proper|right|total|real|complete|bit of an?)\\s+)?(?:idiot|fool|nightmare|jerk|prat|pain|arse|ass|coward|mess|eejit|eedjit|idjit|numpty|muppet|plonker|prick|dickhead|twat|wally|clown|pillock|git|donkey|gobshite|tosser)\\s+(?:about|over|with|when)\\s[^.!?\\n]{1,40}?\\s(?:and|,) i know it(?![\\p{L}])|{B}the\\s+${FAULT}\\s[^.!?\\n]{0,40}?(?:was|were)\\s+(?:so |really |very |just )?(?:wrong|unfair|selfish|not okay|not ok|inexcusable|unacceptable|dangerous|stupid|mine)(?![\\p{L}])(?=[^.!?\\n]{0,80}{B}i(?:'ve|'m| have| am)?\\s)`,
    },
    {
      id: 'owns-more',
      // More ways of owning it: "I am a stubborn man and it cost us", "which is on me", "the way I kept checking your
      // location was wrong", "the consequence of my choices", "the night shifts made me impossible to live with",
      // "I made a mess of the move", "the letter I sent in April; it was unkind".
      re: [
        '{B}sorry\\s+(?:for|about)\\s+(?:being|acting\\s+like)\\s+(?:such\\s+|so\\s+)?(?:an?\\s+)?(?:(?:total|complete|real|right|massive|huge)\\s+)?(?:pain|nightmare|jerk|prat|idiot|arse|ass|brat|bully|grump|misery|selfish|cold|distant|difficult|controlling|jealous|possessive|mean|nasty|horrible|awful|unkind|unfair|short\\s+with\\s+(?:you|u)|hard\\s+on\\s+(?:you|u)|impatient|stubborn|dismissive|defensive)(?![\\p{L}])',
        '{B}(?:apologi[sz]e|sorry|apology|own\\s+(?:it|this|that|up))(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:without|with\\s+no)\\s+(?:any\\s+|making\\s+(?:any\\s+)?)?excuses?(?![\\p{L}])',
        '{B}i\\s+(?:always\\s+|usually\\s+)?(?:started|picked|provoked|kicked\\s+off)\\s+(?:(?:most|all|every\\s+one|half)\\s+of\\s+(?:them|those|the\\s+(?:fights|rows|arguments))|the\\s+(?:fights|rows|arguments)|every\\s+(?:fight|row|argument))(?![\\p{L}])|{B}every\\s+(?:fight|row|argument|quarrel)\\s+(?:we\\s+(?:had|ever\\s+had)\\s*,?\\s*)?i\\s+(?:started|picked|provoked)(?![\\p{L}])',
        '{B}(?:and\\s+|which\\s+)?i\\s+(?:hate|loathe|dislike|despise)\\s+(?:that|this|it)\\s+(?:about|in)\\s+myself(?![\\p{L}])',
        '{B}the\\s+(?:debts?|mess|bills?)\\s+i\\s+(?:ran\\s+up|racked\\s+up|built\\s+up|made|left)(?![\\p{L}])|{B}the\\s+(?:money|savings)\\s+i\\s+(?:lost|blew|gambled(?:\\s+away)?|wasted|pissed\\s+away|took)(?![\\p{L}])',
        '{B}i\\s+(?:always\\s+|often\\s+|just\\s+|kept\\s+)?(?:put|kept|left)\\s+(?:you|u|us)\\s+(?:last|second|at\\s+the\\s+(?:bottom|back)(?:\\s+of\\s+the\\s+(?:list|queue|pile))?|behind\\s+(?:everything|everyone|everybody|my\\s+\\p{L}+|the\\s+\\p{L}+|work))(?![\\p{L}])|{B}i\\s+(?:always\\s+)?put\\s+(?:everyone|everything|everybody)\\s+(?:else\\s+)?(?:first|before\\s+(?:you|u|us))(?![\\p{L}])',
        "{B}i\\s+(?:fully\\s+|now\\s+)?(?:own|accept|acknowledge|admit)\\s+(?:the\\s+fact\\s+)?that\\s+i\\s+(?:was|had\\s+been|'d\\s+been|did|didn'?t|wasn'?t|never|let|made|put|pushed|hurt|kept|chose|treated|became|got)(?![\\p{L}])(?!\\s+(?:(?:so|very|really|a\\s+bit|a\\s+little|quite|terribly)\\s+)?(?:hurt|sad|lonely|upset|right|not\\s+to\\s+blame|happy|lucky|scared|young|ill|sick|grieving|nervous|anxious|worried|afraid|frightened|terrified|excited|glad|relieved|heartbroken|devastated|in\\s+love|confused|lost|tired|exhausted|broken|homesick|proud|grateful)(?![\\p{L}]))",
        "{B}i\\s+was\\s+(?:(?:a\\s+bit\\s+of\\s+|such\\s+|a\\s+real\\s+|a\\s+right\\s+|a\\s+proper\\s+)?an?\\s+)(?:grump|grouch|misery|pain|nightmare|bear|handful|sulk|brute|bully|tyrant|so-and-so|jerk|idiot|arse|ass|prat|nag|control\\s+freak|workaholic|stranger|ghost)(?![\\p{L}])[^.!?\\n]{0,40}?[,;—–]\\s*(?:and\\s+)?(?:i\\s+(?:won'?t|can'?t|cannot|will\\s+not|don'?t)\\s+deny\\s+(?:it|that)|there'?s\\s+no\\s+denying\\s+(?:it|that)|i\\s+(?:admit|own)\\s+(?:it|that)|i\\s+know\\s+(?:it|that))(?![\\p{L}])",
        "{B}(?:you|u)(?:'d|\\s+would|\\s+always)\\s+(?:always\\s+)?(?:say\\s+sorry|apologi[sz]e|make\\s+up|reach\\s+out|come\\s+round|give\\s+in|back\\s+down|try)\\s+first(?![\\p{L}])[^.!?\\n]{0,30}?{B}(?:and|but)\\s+i\\s+(?:never|rarely|hardly\\s+ever|didn'?t)(?![\\p{L}])",
        "{B}(?:i|mi)\\s+(?:never\\s+shoulda|shoulda\\s+never|shouldna|shouldn'?t\\s*(?:a|of|'?ve))\\s+(?:said|done|do|shout(?:ed)?|yell(?:ed)?|scream(?:ed)?|lie(?:d)?|cheat(?:ed)?|left|leave|walk(?:ed)?\\s+out|hit|push(?:ed)?|ignore(?:d)?|read|check(?:ed)?|snap(?:ped)?|treat(?:ed)?|talk(?:ed)?|spoke|speak|gone|went|drink|drank|drunk|listen(?:ed)?|block(?:ed)?|ghost(?:ed)?)(?![\\p{L}])",
        "{B}(?:sorry|apologi[sz]e|apologies|forgive\\s+me|pardon\\s+me)(?![\\p{L}])[^.!?\\n]{0,60}?[,;:—–]\\s*(?:and\\s+)?(?:it|that|this)\\s+(?:was\\s+not|wasn'?t|was\\s+never|is\\s+not|isn'?t)\\s+(?:right|fair|okay|ok|kind)(?![\\p{L}])(?!\\s+of\\s+(?:you|u|him|her|them))",
        `${OWN}{B}(?:{IM}|i was|i'?ve been|i have been|i can be)\\s+(?:an?\\s+)?(?:(?:very|so|really|too|pretty|terribly|incredibly|bloody|such\\s+an?)\\s+)?(?:stubborn|proud|jealous|selfish|controlling|possessive|cold|distant|insecure|angry|impatient|difficult|defensive|hot-headed|hot-tempered|short-tempered|moody|closed-off|secretive|critical|lazy|careless|thoughtless|hard-headed|pig-headed|bull-headed|workaholic)(?:\\s+(?:old\\s+)?(?:man|woman|person|husband|wife|partner|boyfriend|girlfriend|fool|git|sod|creature))?\\s*,?\\s*(?:and|,)\\s+(?:i\\s+know\\s+)?(?:it|that|this|my\\s+\\p{L}+)\\s+(?:has\\s+|have\\s+|'?s\\s+)?(?:cost|hurt|wore|pushed|drove|damaged|broke|ruined|got\\s+in\\s+the\\s+way|came\\s+between|left\\s+(?:you|u)|made\\s+(?:you|u|things|it|life)|wrecked|killed|poisoned|took\\s+(?:its|a)\\s+toll)(?![\\p{L}])`,
        "{B}which\\s+(?:is|was|'s)\\s+(?:(?:all|totally|entirely|completely|really|squarely)\\s+)?(?:on\\s+me|my\\s+(?:own\\s+)?(?:fault|doing|mistake|responsibility))(?![\\p{L}])",
        `${OWN}{B}(?:the\\s+way|how)\\s+i\\s+(?:(?:kept|used\\s+to|would|'d)\\s+\\p{L}+|(?!(?:learn|discover|notic|realis|realiz|hear|lov|need|want|miss|find|found)ed(?![\\p{L}]))\\p{L}+ed\\s+(?:your|ur|you|u)(?![\\p{L}]))[^.!?\\n]{0,40}?\\s(?:was|were|is)\\s+(?:(?:so|really|very|completely|totally|just|plain|simply)\\s+)?(?:wrong|unfair|cruel|selfish|unkind|childish|mean|cowardly|controlling|out\\s+of\\s+(?:line|order)|inexcusable|unacceptable|hurtful|not\\s+(?:okay|ok|fair|right))(?![\\p{L}])`,
        '{NOT_NEGATED}{B}(?:the\\s+)?(?:(?:direct|natural|inevitable|only)\\s+)?(?:consequences?|results?|products?|outcome|fruits?)\\s+of\\s+my\\s+(?:own\\s+)?(?:\\p{L}+\\s+)?(?:choices|decisions|actions|behaviou?r|mistakes|conduct|jealousy|anger|temper|drinking|gambling|lies|lying|selfishness|neglect|cheating|affair|silences?|absences?|pride)(?![\\p{L}])',
        '(?<!{B}(?:you|u|he|she|they)\\s+(?:\\p{L}+\\s+)?){B}(?:made|turned)\\s+me\\s+(?:into\\s+)?(?:(?:so|really|very|completely|just|pretty|bloody)\\s+)?(?:impossible|hard|difficult|awful|horrible|unbearable|miserable|a\\s+nightmare|a\\s+misery|a\\s+pain|no\\s+fun)\\s+to\\s+(?:live|be)\\s+(?:with|around)(?![\\p{L}])',
        `${OWN}${I_DID}\\s+made\\s+(?:(?:a|such\\s+a)\\s+)?(?:(?:right|real|total|complete|proper|huge|big|awful|terrible|bloody|royal|absolute)\\s+)?(?:mess|hash|muck|pig'?s\\s+ear|dog'?s\\s+(?:dinner|breakfast)|shambles|botch|balls-up|cock-up)\\s+of\\s+(?!(?:the|my|your|ur|our)\\s+(?:kitchen|bathroom|room|bedroom|flat|house|car|floor|carpet|table|hair|clothes|shirt|dress|garden|cake|dinner|sofa|bed)(?![\\p{L}]))(?:it|things|everything|us|that|this|the|our|my|your|ur|what)(?![\\p{L}])`,
        `${OWN}{B}(?:i\\s+(?:know|admit|accept)\\s+(?:that\\s+)?)?(?:i\\s+(?:wasn'?t|was\\s+not|wasnt|'?m\\s+not|am\\s+not)|not\\s+that\\s+i\\s+was)\\s+(?:(?:exactly|entirely|completely|totally|at\\s+all)\\s+)?(?:blameless|innocent(?:\\s+(?:in\\s+(?:this|all\\s+this|any\\s+of\\s+this)|either))?|faultless|without\\s+(?:fault|blame))(?![\\p{L}])(?!\\s+(?:of|in\\s+what\\s+(?:you|u|he|she))\\b)|{B}(?:pretend(?:ing)?|pretended)\\s+(?:that\\s+)?i\\s+was\\s+(?:(?:entirely|completely|totally)\\s+)?(?:blameless|innocent|faultless)(?![\\p{L}])`,
        `{B}(?:some|part|much|a\\s+lot|most|half|plenty)\\s+of\\s+(?:that|it|this|the\\s+(?:trouble|problem|blame|friction|tension|distance))\\s+(?:was|is|came\\s+from|was\\s+down\\s+to)\\s+(?:me|my\\s+(?:own\\s+)?(?:${MY_FAULTS}))(?![\\p{L}])`,
        "{B}(?:honest|patient|kind|there|calm|faithful|fair|brave|the\\s+(?:adult|grown-up|bigger\\s+person))\\s+when\\s+i\\s+(?:wasn'?t|was\\s+not|wasnt|couldn'?t\\s+be|could\\s+not\\s+be)(?![\\p{L}])(?!\\s+(?:looking|there|around|home|watching|expecting|paying\\s+attention)(?![\\p{L}]))",
        "{B}(?:the|that|those|my)\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:i|i'd)\\s+(?:sent|wrote|said|did|made|posted|left|texted|typed|shouted)(?![\\p{L}])[^.!?\\n]{0,40}?(?:[;,—–]\\s*(?:and\\s+)?(?:it|that|they)\\s+|\\s)(?:was|were)\\s+(?:(?:so|really|very|deeply|just|plain|pretty)\\s+)?(?:unkind|cruel|unfair|wrong|mean|cowardly|spiteful|hurtful|nasty|childish|selfish|petty|out\\s+of\\s+(?:order|line)|uncalled\\s+for|inexcusable|unforgivable)(?![\\p{L}])",
        // Words or acts regretted in a relative clause: "I said things I regret deeply", "I did some things that I'm not
        // proud of", "I wrote words I can't take back".
        String.raw`{B}i\s+(?:said|did|wrote|texted|sent|posted|done)\s+(?:(?:some|a\s+lot\s+of|so\s+many|many|the|those|these|a\s+few|things\s+and)\s+)?(?:things|stuff|words|something|a\s+lot|messages|texts)\s+(?:(?:that|which)\s+)?(?:i(?:'ll)?\s+(?:(?:deeply|really|truly|bitterly|still|now|will\s+always|sincerely|honestly)\s+)*(?:regret|wish\s+i\s+could\s+take\s+back|wish\s+i\s+hadn'?t|can'?t\s+take\s+back|cannot\s+take\s+back|can\s+never\s+take\s+back)|(?:i'?m|im|i\s+am)\s+(?:(?:deeply|really|truly|so|still|now)\s+)*(?:ashamed\s+of|not\s+proud\s+of))(?![\p{L}])`,
        // What the reader was owed, in the past, and did not get: "you deserved a husband who listened". (The present
        // "you deserve someone who…" is a wish for their future; "none of it was your fault" clears them without owning
        // anything, and the annotation guide leaves it out.)
        String.raw`{B}(?:you|u)\s+deserved\s+(?:a|an|someone|somebody)\s+(?:(?:\p{L}+)\s+){0,2}?(?:who|that)\s+(?:listened|was\s+there|showed\s+up|put\s+(?:you|u)\s+first|treated\s+(?:you|u)\s+(?:well|better|right|properly|with)|respected\s+(?:you|u)|noticed|stayed|supported\s+(?:you|u)|made\s+time|was\s+(?:present|honest|kind|faithful|patient)|didn'?t\s+(?:shout|lie|drink|cheat|disappear|run|hide))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'owned-plainly',
      // Tenth round (letters review), common wordings of owning it: conduct named with its target or its time ("I know
      // I've been difficult about the handovers", "I have been sharp with you for years", "i was so cold to u at the
      // end"), "that was very wrong from me" (non-native), the words taken back ("I called you lazy and you never
      // were"), and what the reader needed and did not get ("I know you needed more from me than I was giving").
      re: [
        `${OWN}{B}(?:i'?ve|i have|ive|i was|i'?ve been|ive been|i have been|i could be|i can be)\\s+(?:(?:really|so|very|quite|a bit|pretty|incredibly|too|often|always|constantly|being|such)\\s+)*(?:difficult|sharp|short|cold|harsh|snappy|impossible|hard work|hard to live with|hard to be with|a nightmare|a pain|unbearable|prickly|touchy|grumpy|distant|dismissive|defensive|controlling|possessive|critical|unkind|unfair|mean|selfish|stubborn|closed off|checked out)(?:\\s+(?:with|to|towards|on|around)\\s+(?:you|u)|\\s+about\\s+(?:the|your|ur|our|my|money|work|everything|it|that|this)|\\s+for\\s+(?:years|months|ages|a long time|so long|weeks)|\\s+(?:at|towards|near|in)\\s+the end|\\s+(?:lately|recently|last year|this year))(?![\\p{L}])`,
        `{B}(?:this|that|it) (?:was|is) (?:(?:very|so|really|completely|totally|much|too|a very|a)\\s+)?(?:wrong|bad|unfair|cowardly|coward|selfish|egoist(?:ic)?|egoistical|cruel|stupid|immature|childish|unkind|mean|rude|irresponsible|disrespectful|unrespectful|dishonest|not (?:fair|correct|good|nice|right|ok|okay|honest|respectful)) (?:from|by|of) me(?![\\p{L}])`,
        `{B}i (?:called|call|named) (?:you|u) (?:[\\p{L}-]+\\s+){1,6}?(?:and|but|when|though|even though)\\s+(?:you|u)\\s+(?:weren'?t|were not|wasn'?t|are not|aren'?t|never were|never was|were never|were neither|were none of)(?![\\p{L}])`,
        `{B}(?:i know |i can see |i see now |i realise |i realize |i understand )?(?:that )?(?:you|u) (?:needed|wanted|asked for|deserved) (?:(?:so|a lot|much|far)\\s+)?more (?:from|of) me than i (?:was|gave|could|did|had)(?![\\p{L}])`,
        `{B}(?:you|u) were (?:(?:so|completely|totally|absolutely|quite|dead|always)\\s+)?right about (?:a lot(?: of things)?|a good many things|a great many things|so much|so many things|most things|many things|me|us|everything|all of it)(?=\\s*(?:[.!,;:—–]|$|and |too))`,
      ].join('|'),
    },
    {
      id: 'neglected-plainly',
      // Eleventh round (strengths11 probe): the writer's neglect told as plain past acts, with no verdict word.
      // "i kept picking fights when i was stressed", "I brushed you off every time", "I didn't answer your messages",
      // "I had withdrawn from you", "I closed myself off", "My temper did real damage". Not the same acts done
      // by the reader ("you brushed me off" has no "I"), nor asked about ("did I ever brush you off?": questions skip).
      re: [
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:kept|would keep|was always|was forever|used to keep)\\s+)?(?:picking|picked|starting|started) (?:(?:stupid|petty|silly|pointless|little|so many)\\s+)?(?:fights|arguments|rows)(?![\\p{L}])`,
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:kept|would keep|was always)\\s+)?(?:brush(?:ed|ing)|blow(?:ing)?|blew|fob(?:bed|bing)|put(?:ting)?) (?:you|u) off(?![\\p{L}])|${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:kept|would keep)\\s+)?(?:cancell?(?:ed|ing)|bail(?:ed|ing)|flak(?:ed|ing)) on (?:you|u)(?![\\p{L}])|${OWN}${NOT_SORRY}${I_DID}\\s+stood (?:you|u) up(?![\\p{L}])`,
        `${OWN}${NOT_SORRY}{B}i\\s+(?:(?:just|simply|often|also)\\s+)?(?:didn'?t|did not|didnt|never|stopped|wouldn'?t|would not)\\s+(?:(?:even|really|once|properly)\\s+)?(?:answer(?:ing|ed)?|repl(?:y|ying|ied) to|return(?:ing|ed)?|respond(?:ing|ed)? to|read(?:ing)?)\\s+(?:(?:any of|most of|half)\\s+)?(?:your|ur) (?:messages|calls|texts|letters|emails|voicemails|voice notes)(?![\\p{L}])`,
        // Sixteenth round (lead review): the larger share of the fights owned, "I started more of them than you did".
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:started|picked|caused|began) (?:more|most|the most|far more|a lot more|most|half) (?:of )?(?:them|the (?:fights|arguments|rows|rows)|our (?:fights|arguments|rows))(?: than (?:you|u)(?: did)?)?(?![\\p{L}])`,
        // Sixteenth round (lead review): a raised voice and words meant to wound, "I raised my voice and said things that
        // were not true, only to hurt you".
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:raised my voice|lost my (?:temper|rag|head|cool)|blew up(?: at (?:you|u))?|flew off the handle)(?=\\s*(?:[.!,;…]|$)|\\s+(?:and|again|every|all the time|over|in front of|when|at|with)(?![\\p{L}]))|${OWN}${NOT_SORRY}${I_DID}\\s+(?:[^.!?\\n]{0,40}?\\s+and\\s+)?said (?:things|stuff|what i said) (?:that|which)? ?(?:were(?:n'?t| not) true|i knew were(?:n'?t| not) true|i didn'?t mean|i did not mean|i knew would hurt)(?:,)? (?:(?:only|just|purely|simply)\\s+)?to hurt (?:you|u)(?![\\p{L}])`,
        // Sixteenth round (lead review): the load left to the reader, "I got stuck into the piss every weekend and left you to
        // deal with everything", "I left you holding the baby".
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:[^.!?\\n]{0,60}?\\s+and\\s+)?left (?:you|u) (?:to (?:deal with|handle|sort out|sort|carry|cope with|do|pick up|clean up|face|manage) (?:everything|it all|all of it|the (?:bills|kids|mess|house|dog|rest|lot|fallout)|(?:your|ur) (?:mum|mom|dad|family)|it)|holding the baby|with (?:everything|all of it|the bills|the mess|the kids))(?![\\p{L}])`,
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:had\\s+)?(?:withdrawn|withdrew|retreated|pulled away) (?:from (?:you|u|us)|into (?:myself|my work|my phone|work))(?![\\p{L}])|${OWN}${NOT_SORRY}${I_DID}\\s+went (?:quiet|cold|silent|distant) on (?:you|u)(?![\\p{L}])`,
        `{B}my (?:(?:own|constant|stupid|bad|quick)\\s+)?(?:temper|jealousy|drinking|gambling|anger|moods|lies|lying|silences?|pride|behaviou?r|insecurit(?:y|ies)|cheating|affair)\\s+(?:(?:really|clearly|obviously)\\s+)?(?:did|caused|has done|had done)\\s+(?:(?:real|a lot of|so much|serious|lasting|terrible|huge|such|more)\\s+)?(?:damage|harm)(?![\\p{L}])`,
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:kind of|sort of|pretty much|completely|emotionally)\\s+)?checked out(?=\\s*(?:[.!,;]|$)|\\s+(?:(?:way|long|well|ages|months|years|weeks)\\s+)?(?:before|ago|early|first|on (?:you|u|us)|of (?:us|the relationship|our|the marriage)))`,
        `${OWN}${NOT_SORRY}${I_DID}\\s+(?:(?:only|just)\\s+)?made (?:it|things|everything|that|your (?:week|day|life|job|year)) (?:(?:so much|much|a lot|even|ten times|far)\\s+)?(?:worse|harder|longer|more difficult|heavier|lonelier)(?![\\p{L}])(?!\\s+for (?:myself|me)(?![\\p{L}]))`,
        `${OWN}${NOT_SORRY}(?<!{B}(?:when|while|whenever|even when|even though) ){B}i (?:kept|would keep|always|just kept) (?:saying|said|telling (?:you|u)|told (?:you|u)) (?:(?:that\\s+)?i was (?:busy|tired|working|too tired)|no(?= ?[.!,;]|$| to)|next (?:week|time|month|year|weekend)|not now|not yet|maybe later|later(?= ?[.!,;]|$)|another time|some other time)(?![\\p{L}])`,
        // The reader's part set against the writer's ("You didn't ruin anything; I did", "You did not fail me; I failed to
        // tell you", "You asked me for one thing … and I didn't", "You kept asking me to talk and I kept changing the
        // subject", "You said you needed space and I gave you a lecture instead"), the fault shared or taken ("as much
        // mine as yours", "most of it was mine"), the reader's anger granted ("Your anger that night was earned", "You
        // were not wrong to want more").
        `{B}(?:you|u) (?:didn'?t|did not|never) (?:ruin|wreck|break|destroy|fail|mess up|spoil|end|screw up)(?![\\p{L}])[^.!?\\n]{0,30}?[;,:—–]\\s*(?:(?:and|but)\\s+)?i (?:did(?= ?[.!,;]|$)|failed|was the one|broke|ruined|messed)(?![\\p{L}])`,
        `{B}(?:you|u) (?:(?:kept|always|once|only|just)\\s+)?(?:asked|begged|wanted|needed|asking|said (?:you|u) needed|told me (?:you|u) needed)(?![\\p{L}])(?!\\s+me (?:to|for) (?:lie|cheat|steal|hide|cover|pay|lend|give (?:you|u)|sign|money|a loan|drive|hurt|keep (?:it|a) secret|keep quiet|leave (?:him|her|them))(?![\\p{L}]))[^.!?\\n]{0,60}?,?\\s+(?:and|but) i (?:(?:just|still|simply)\\s+)?(?:didn'?t(?= ?[.!,;]|$)|did not(?= ?[.!,;]|$)|never did|wouldn'?t(?= ?[.!,;]|$)|kept (?:changing the subject|ignoring (?:it|you|u)|putting (?:it|you|u) off|saying no|brushing (?:it|you|u) off)|gave (?:you|u) (?:a lecture|grief|a hard time|the silent treatment|excuses)(?: instead)?|laughed(?: it off)?|walked out|changed the subject)(?![\\p{L}])`,
        `{B}(?:was|were) (?:at least |just )?as much mine as (?:yours|urs)(?![\\p{L}])|(?<!{B}(?:if|that|say|said|thinks?|thought)\\s+){B}most of it was mine(?![\\p{L}])`,
        `{B}(?:your|ur) (?:anger|fury|reaction|frustration|walking out|leaving|silence|coldness|distance)(?: (?:that|last) \\p{L}+)?(?: with me)? (?:was|is) (?:(?:completely|totally|fully|entirely|well|more than)\\s+)?(?:earned|justified|deserved|warranted|fair(?! enough)|understandable)(?![\\p{L}])(?![^.!?\\n]{0,15}?,?\\s*(?:but|i suppose|i guess)(?![\\p{L}]))|{B}(?:you|u) (?:were|was) (?:not|never) wrong to (?:want|leave|ask|be angry|be upset|walk away|end it|expect|need|go)(?![\\p{L}])|{B}(?:you|u) weren'?t wrong to (?:want|leave|ask|be angry|be upset|walk away|end it|expect|need|go)(?![\\p{L}])`,
        `${OWN}{B}i (?:leaned|leant|relied|depended) on (?:that|it|you|u|your \\p{L}+) (?:(?:far|way|much|a bit)\\s+)?too (?:much|hard|heavily)(?![\\p{L}])`,
        // More tuning-set shapes: a fault named as work to do ("I need to work on my temper", "I need to stop blaming
        // you for my own choices"), a choice owned ("Nobody made me stay up…; I chose to"), reasons given to leave ("even
        // when I gave you every reason to", "I would have left me too"), a promise that admits the past ("I will not lie
        // to you again"; "never again" is exaggeration's), "I can't promise I'll never lose my temper again", "I was
        // never pulling my weight", mockery owned ("I used to make fun of your choir").
        String.raw`${OWN}{B}i (?:really |honestly )?(?:need|have|got|'ve got|must) to (?:work on|deal with|sort out|get a handle on|get on top of) my (?:temper|jealousy|anger|drinking|gambling|patience|listening|insecurit(?:y|ies)|moods?|pride|defensiveness|spending|controlling side|need for control)(?![\p{L}])|${OWN}{B}i (?:need|have|got|must|'ve got) to stop blaming (?:you|u|everyone|other people) for(?![\p{L}])`,
        String.raw`{B}(?:nobody|no one|no-one|nothing) (?:made|forced|pushed) me (?:to )?[^.!?\n]{0,50}?[;,:—–]\s*(?:(?:and|but)\s+)?i chose(?: to| it| that)?(?![\p{L}])`,
        String.raw`{B}i gave (?:you|u) (?:every|plenty of|so many|all the|more than enough|a hundred|a thousand) reasons? to(?: (?:leave|go|give up|walk away|hate me|quit|stop|end it)(?![\p{L}])|(?=\s*(?:[.!,;…]|$)))|{B}i(?:'d| would) have left me (?:too|as well|sooner|long before)(?![\p{L}])`,
        String.raw`${OWN}{B}i (?:will not|won'?t|am not going to|'m not going to) (?:ever )?(?:lie to|cheat on|deceive|shout at|scream at|yell at|belittle|hide (?:things|money|anything) from) (?:you|u) again(?![\p{L}])(?![^.!?\n]{0,20}{B}(?:unlike|like you did|as you did)(?![\p{L}]))`,
        String.raw`{B}i (?:can'?t|cannot|won'?t) promise (?:(?:you|u) )?(?:that )?i'?ll never (?:[\p{L}']+ ){1,4}?again(?![\p{L}])`,
        String.raw`${OWN}{B}i (?:was never|wasn'?t|was not|never was) (?:really |ever )?pulling my (?:weight|share)(?![\p{L}])|${OWN}${NOT_SORRY}{B}i (?:used to |would |always |kept )?(?:make|made|making) fun of (?:you|u|your|ur)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'owned-formally',
      // Twelfth round (letters review): the formal and the plain ways of owning a betrayal that the coach passed over,
      // so that a letter built on them was told "name your part". The trust broken ("Last autumn I betrayed your
      // trust", "I destroyed your trust"), the responsibility claimed ("The responsibility is entirely mine", "I bear
      // full responsibility for what happened"), excuses refused in other words ("There is no circumstance that
      // excuses it", "Nothing can excuse what I did"), and plain neglect ("I'd cancel calls when I was knackered and
      // never made it up to you"). Not the object of an apology ("I'm sorry I broke your trust" is an apology), not
      // someone else's act ("he betrayed your trust"), not responsibility for a thing ("the responsibility for the dog
      // is mine now").
      re: [
        String.raw`${OWN}${NOT_SORRY}${I_DID}\s+(?:betrayed|destroyed|broke|broken|shattered|abused|damaged|wrecked|ruined|lost|eroded|undermined|trampled on|threw away)\s+(?:(?:all|every bit of|what was left of)\s+)?(?:your|ur|our)\s+(?:trust|faith|confidence)(?:\s+in (?:me|us))?(?![\p{L}])`,
        String.raw`{B}the (?:(?:whole|full|entire|sole)\s+)?responsibility(?: for (?:this|it|that|all (?:this|of it|of this)|what happened|what i did|the breakup|our breakup|how (?:it|things|we) ended|the way (?:it|things|we) ended|the end of (?:us|our \p{L}+)))? (?:is|was|lies|lay|rests|sits)\s+(?:(?:entirely|wholly|solely|fully|all|completely|squarely)\s+)?(?:mine|with me|on me)(?![\p{L}])|${OWN}{B}i (?:(?:alone|fully)\s+)?(?:bear|carry|shoulder)\s+(?:(?:the|full|sole|complete|total|all the|entire)\s+)*(?:responsibility|blame)(?![\p{L}])(?!\s+for (?:the|your|ur|my) (?:dog|cat|kids?|children|house|flat|car|rent|bills?|mortgage)(?![\p{L}]))`,
        String.raw`{B}(?:there (?:is|was|are) no|nothing)\s+(?:(?:circumstance|reason|excuse|explanation|situation|amount of (?:stress|drink|pressure))s?\s+(?:that\s+|which\s+)?)?(?:can |could |will |would )?(?:excuses?|justif(?:y|ies)|explains? away|makes? (?:it|that|this) (?:okay|ok|right|acceptable))\s+(?:it|that|this|what i (?:did|said)|how i (?:acted|behaved|treated (?:you|u))|the way i (?:acted|behaved|treated (?:you|u)|spoke to (?:you|u))|my (?:behaviou?r|actions|conduct|affair|lying|lies|silence))(?![\p{L}])`,
        String.raw`{B}(?:that|it|this|which)(?:\s+(?:was|is)|'s)\s+(?:(?:not|never)\s+(?:(?:very|at all|really)\s+)?(?:right|fair|okay|ok|kind|correct|proper|good|nice)|(?:(?:so|very|really|completely)\s+)?(?:wrong|unfair|bad|unkind|a (?:mistake|big mistake|failing|failure)))\s+(?:on my part|from my (?:side|end|part))(?![\p{L}])|(?:{B}(?:that|it|this)\s+(?:wasn'?t|isn'?t)\s+(?:(?:very|at all|really)\s+)?(?:right|fair|okay|ok|kind|correct|proper|good|nice)\s+(?:on my part|from my (?:side|end|part))(?![\p{L}]))`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:was|would)\s+)?(?:(?:always|constantly|forever|kept|often|just)\s+)*(?:put|putting|placed|placing|chose|choosing|prioriti[sz]ed|prioriti[sz]ing)\s+(?!(?:you|u|us|our)(?![\p{L}]))[^.!?\n]{1,40}?\s(?:above|before|ahead of|over)\s+(?:you|u|yours|urs|us|your (?:feelings|needs|opinion|wishes|happiness)|ur (?:feelings|needs)|our (?:relationship|marriage|family))(?=\s*(?:[.!,;…]|$)|\s+(?:every|all|each|again|most|more|and|for (?:years|months|so long)|when|whenever|at every|in (?:every|everything))(?![\p{L}]))`,
        // Neglect owned plainly: "I never once asked how you were really doing".
        String.raw`{B}i (?:never|rarely|hardly ever|seldom|didn'?t|did not)\s+(?:once\s+|even\s+|really\s+|ever\s+)?(?:asked|ask|checked|check)\s+(?:(?:you\s+)?how (?:you|u) (?:were|was|felt|really felt)(?: (?:really )?(?:doing|coping|feeling))?|about (?:your|ur) (?:day|work|job|feelings|life|mum|mom|dad|family))(?![\p{L}])`,
        // Their pain not seen, owned, hedged or not: "Perhaps I did not see how unhappy you were", "Maybe I didn't notice
        // how lonely you'd become" (lead review, thirteenth round); not the reader's failing ("you didn't see how…").
        String.raw`{B}i (?:(?:just|really|simply|probably|honestly)\s+)?(?:didn'?t|did not|never|failed to|refused to|wouldn'?t|would not)\s+(?:(?:really|even|properly|once)\s+)?(?:see|notice|realise|realize|understand|admit|acknowledge|recogni[sz]e)\s+how (?:(?:very|so|truly|deeply|really)\s+)?(?:unhappy|lonely|alone|sad|miserable|hurt|tired|exhausted|stressed|overwhelmed|anxious|isolated|low|depressed|worn out|neglected|invisible|scared|frightened|let down|unseen|unheard) (?:you|u) (?:were|was|had become|'?d become|felt|had been|'?d been)(?![\p{L}])`,
        // A promise of contact not kept: "I did not call when I said", "i never came when i promised" (lead review).
        String.raw`{B}i (?:didn'?t|did not|never|wouldn'?t|would not|rarely|hardly ever)\s+(?:once\s+|even\s+|really\s+)?(?:call(?:ed)?|r[ia]ng|phoned?|text(?:ed)?|write|wrote|c[oa]me|c[oa]me home|c[oa]me round|c[oa]me over|show(?:ed)? up|turn(?:ed)? up|visit(?:ed)?|repl(?:y|ied)|answer(?:ed)?)\s+(?:(?:you|u)\s+)?(?:back\s+)?(?:when|like|as) i (?:said|promised|told (?:you|u))(?: i (?:would|will|'?d))?(?=\s*(?:[.!?,;…]|$))`,
        // "You trusted me completely and I broke that": the trust named first, then broken by the writer.
        String.raw`{B}(?:you|u) (?:(?:always|completely|fully|totally|really)\s+)?trusted me(?: (?:completely|fully|totally|with everything|with your heart))?,? (?:and|but) i (?:(?:just|then)\s+)?(?:broke|betrayed|destroyed|threw away|abused|wasted|shattered|let (?:you|u) down on|ruined) (?:that|it)(?![\p{L}])`,
        String.raw`${OWN}{B}i (?:(?:do|alone|fully|entirely)\s+)?hold myself (?:(?:fully|entirely|solely|wholly|completely|partly|largely)\s+)?(?:responsible|accountable|to blame)(?![\p{L}])(?!\s+for (?:the|your|ur|my) (?:dog|cat|kids?|children|house|flat|car|rent|bills?|mortgage)(?![\p{L}]))`,
        String.raw`${OWN}${NOT_SORRY}{B}i(?:'d always| always| kept| used to| would always|(?:'d| would)(?=\s+\p{L}+\s[^.!?\n]{0,40}?{B}(?:when(?:ever)? i|every time|all the time|at the last minute|last minute|again and again)(?![\p{L}])))\s+(?:cancel|bail on|blow off|skip|forget)\s+(?:(?:our|the|your|ur)\s+)?(?:calls|phone calls|facetimes?|plans|dates|date nights|dinners|visits|weekends)(?![\p{L}])|${OWN}{B}(?:and\s+)?(?:i\s+)?never (?:once |really |even )?made (?:it|that|any of it) up to (?:you|u)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'called-names',
      // Twelfth round (probe): names called and drink owned as the cause, often inside a scene ("I remember the party at
      // Jess's where I got so drunk I called you a liar in front of everyone"). The whole sentence is underlined: the
      // scene is where it happened, and memory leaves it alone (its OWN_FAULT). Not names taken back as deserved ("I
      // called you a liar, and you were one").
      re: String.raw`${OWN}${NOT_SORRY}${I_DID}\s+(?:(?:once|even|also)\s+)?called (?:you|u) (?:(?:a|an)\s+(?:(?:fucking|bloody|stupid|total|complete|lying)\s+)?(?:liar|cheat|slag|slut|bitch|idiot|psycho|loser|failure|joke|embarrassment|whore|cow|snob)|names|(?:selfish|lazy|stupid|crazy|pathetic|useless|boring|frigid|fat|ugly|mental|paranoid|hysterical))(?![\p{L}])(?![^.!?\n]{0,40}{B}(?:and|but) (?:you|u) (?:were|are|was)(?! ?n)(?![\p{L}]))|${OWN}${NOT_SORRY}${I_DID}\s+got (?:(?:so|that|too|way too|far too)\s+)(?:drunk|wasted|hammered|pissed|plastered|smashed|legless|trashed|off my face)(?=\s+(?:that\s+)?i(?![\p{L}]))`,
      span: 'sentence',
    },
    {
      id: 'owned-acts',
      // Thirteenth round (strengths13 letters and probe): one's own part named by the act, in wordings the rules did
      // not read. "It was not fair to leave you outside of the door like this" (the reader as object, so not "it wasn't
      // fair to leave me"); "I gave you only silence", "i gave u the cold shoulder for weeks"; "I made you the bad guy in
      // my head"; an occasion let down ("I forgot your birthday two years running", "I cancelled your birthday dinner
      // for a group project", "I missed your graduation for a work trip"); "I dragged my feet", "I kept putting off the
      // conversation about kids"; "I did not let you come near", "I closed myself". Not the reader's act ("It wasn't
      // fair of you to leave me"), a birthday merely missed from afar ("I missed your birthday this year, it felt
      // strange"), nor a claim or a condition ("you say I made you the villain", "even if I forgot your birthday").
      re: [
        String.raw`{B}(?:it|that|this)\s+(?:was(?:n'?t| not)|wasnt|is(?:n'?t| not)|isnt)\s+(?:(?:really|very|at all|ever)\s+)?(?:fair|right|okay|ok|kind|decent)\s+(?:of me\s+|on (?:you|u)\s+|to (?:you|u)\s+)?to\s+(?:(?:just|always|keep|have)\s+)?(?:leave|shut|treat|make|expect|put|ask|blame|ignore|keep|push|dump|drop|land|spring|let|hold|take|throw|freeze|punish|shout at|snap at|yell at|ghost|cut|lie to|talk to|speak to|tell|string|drag|pile|load|hide (?:it|things|that|this|the truth|stuff) from)\s+(?:[\p{L}'-]+\s+){0,2}?(?:you|u)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:only|just|mostly|basically|also)\s+)?gave\s+(?:you|u)\s+(?:(?:only|nothing but|just|the|my|more)\s+)*(?:silence|the silent treatment|silent treatment|the cold shoulder|cold shoulder|excuses|half of me|half my attention|(?:the |my )?leftovers|scraps|my worst|(?:half-?hearted|empty|one-word|grunted|short) (?:answers|replies|promises|apologies))(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:just|always|even|also|quietly|basically)\s+)?(?:made|turned|cast|painted)\s+(?:you|u)\s+(?:into\s+|out to be\s+|as\s+)?(?:the\s+)?(?:bad guy|baddie|villain|enemy|scapegoat|bad one|monster|bad person|problem|one to blame)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:completely|totally|even|also|just|actually|once|then|still)\s+)?(?:forgot|(?:cancelled|canceled)(?: on)?|skipped|bailed on|blew off|stood (?:you|u) up (?:on|for|at)|no-showed (?:at|to))\s+(?:your|ur|our)\s+(?:(?:own|big|first|\d+(?:st|nd|rd|th)|thirtieth|fortieth|fiftieth|twenty-first|21st|[\p{L}-]+'s)\s+)*(?:birthday(?: dinner| party)?|anniversary(?: dinner)?|graduation|party|dinner|recital|match|game|show|exhibition|opening|scan|appointment|leaving do|launch|gig|concert|wedding|christening|funeral|plans|date night|big day|presentation|interview|surgery|operation)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:even|also|just|still)\s+)?missed\s+(?:your|ur|our)\s+(?:(?:own|big|first|\d+(?:st|nd|rd|th)|[\p{L}-]+'s)\s+)*(?:birthday|anniversary|graduation|party|recital|match|game|show|exhibition|opening|scan|appointment|launch|gig|wedding|christening|funeral|big day|presentation|surgery|operation)\s+(?:for|because of|because i|to (?:go|watch|play|stay|finish|be at|work))(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:just|always|kept|also)\s+)?(?:dragged|was dragging|kept dragging)\s+my\s+(?:feet|heels)(?![\p{L}])|${OWN}{B}i\s+(?!(?:know|think|guess|feel|heard|hear|bet)(?![\p{L}]))[^.!?\n,;]{1,80}?\s(?:and|then|but)\s+(?:then\s+)?(?:just\s+)?(?:dragged|kept dragging)\s+my\s+(?:feet|heels)(?![\p{L}])|${OWN}{B}i\s+(?:always\s+)?kept\s+(?:putting off|pushing back|postponing|dodging|avoiding|side-?stepping)\s+(?:the|our|every|any|that)\s+(?:[\p{L}-]+\s+)?(?:conversation|talk|question|decision|wedding|move|plans?|date|subject)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:never|rarely|seldom|hardly ever|didn'?t (?:even |once |ever )?|did not (?:even |once |ever )?|stopped)\s*)(?:really\s+|once\s+|even\s+)?ask(?:ed|ing)?\s+(?:you\s+|u\s+)?(?:how (?:your|ur) (?:day|work|week|shift|exams?|interview|appointment|mum|mom|dad) (?:was|went|were|had gone|had been)|how (?:you|u) (?:were|was) (?:really )?(?:doing|feeling|coping)|about (?:your|ur) (?:day|work|week|job|shift|course|family|friends))(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:also|even|then)\s+)?(?:had an affair|had a fling|had a one-night stand|slept with (?:someone|somebody) else|kissed (?:someone|somebody) else|was unfaithful(?: to (?:you|u))?|was seeing someone else|went behind (?:your|ur) back)(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:also|often|always|kept)\s+)?(?:chose|picked|put|prioriti[sz]ed)\s+(?:my\s+)?[\p{L}'-]+(?:'s?)?(?:\s+[\p{L}'-]+){0,2}?\s+(?:over|before|ahead of)\s+(?:you|u|us|(?:our|your|ur)\s+(?:[\p{L}-]+\s+)?(?:calls?|video calls|dates?|date nights?|time|plans|weekends|evenings|anniversary|birthday|family|relationship|marriage))(?![\p{L}])(?=\s*(?:[.!?,;…]|$)|\s+(?:and|every|all|again|most|more|too|each|at|when|for|in|almost|nearly|far|way)(?![\p{L}]))`,
        String.raw`${OWN}{B}i\s+(?:(?:just|slowly|gradually|also|completely|simply)\s+)?stopped\s+(?:telling|asking|showing|sharing (?:things )?with|reaching for|touching|kissing|noticing|thanking|holding|making time for|making an effort with|planning (?:things )?with|including|listening to)\s+(?:you|u)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:just|slowly|also|simply)\s+)?let\s+(?:it|things|us|everything|it all|the marriage|the relationship|our marriage|our relationship|the two of us)\s+(?:all\s+)?(?:go (?:quiet|cold|stale|silent|flat)|slide|drift|slip(?: away)?|fall apart|fizzle out|wither|die)(?![\p{L}])`,
        String.raw`{B}(?:when|whenever|every time|each time)\s+(?:you|u)\s+asked\s+(?:me\s+)?(?:what was (?:wrong|going on|the matter|up)|if (?:i was|something was|anything was) (?:ok|okay|alright|all right|wrong|fine)|how i (?:was|felt|was feeling|was doing)|whether (?:i was|something was) (?:ok|okay|alright|wrong))[^.!?\n]{0,20}?{B}i\s+(?:always\s+|just\s+|only\s+)?(?:said|told (?:you|u)|answered|replied|insisted)\s+(?:that\s+)?["“']?(?:nothing|fine|i'?m fine|i was fine|it'?s fine|it was fine|nothing'?s wrong|nothing was wrong|i'?m ok(?:ay)?|i was ok(?:ay)?|it'?s nothing|it was nothing)`,
        String.raw`${OWN}{B}i\s+(?:wasn'?t|was not|wasnt)\s+(?:even|really|actually|properly|ever)\s+(?:listening|there|present|paying attention|trying)(?![\p{L}])(?!\s+(?:to (?:him|her|them|the)|for (?:him|her|them)))`,
        String.raw`${OWN}{B}i\s+(?:was|had been|'d been|have been|'ve been)\s+(?:(?:always|only|so|too|just)\s+)*(?:thinking|worrying|focused|obsessed|caught up|wrapped up|busy)\s+(?:only\s+)?(?:about|on|with|in)\s+(?:only\s+)?(?:my(?:self)?|me)(?![\p{L}])[^.!?\n]{0,30}?\s(?:and|but)\s+(?:not|never|forgot|ignored)\s+(?:about\s+|on\s+)?(?:you|u|us)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:just|also|then|completely)\s+)?(?:didn'?t|did not|never|wouldn'?t|would not)\s+(?:let|allow)\s+(?:you|u)\s+(?:in|come (?:near|close|in)|(?:get )?near|(?:get )?close|help)(?![\p{L}])|${OWN}{B}i\s+(?:(?:just|also|then|completely)\s+)?(?:closed|shut)\s+myself(?:\s+(?:off|away|up))?\s+(?:from|to)\s+(?:you|u)(?![\p{L}])`,
        // Fourteenth round (lead review): "I drove you mad with the job hunting", "I made everything about my band",
        // "I ran hot and cold", promises made "I never kept". Not the reader as subject ("you drove me mad").
        String.raw`${OWN}{B}i\s+(?:(?:just|really|must have|must've|probably|always|completely)\s+)?(?:drove|drive|driven) (?:you|u) (?:mad|crazy|nuts|insane|up the wall|round the bend|around the bend|to distraction|to despair|away)(?![\p{L}])|${OWN}{B}i\s+(?:(?:always|just|kind of|sort of|basically)\s+)?made (?:everything|it all|it|every (?:conversation|weekend|plan|decision)|our (?:life|lives|weekends|relationship)) (?:all )?about (?:me|myself|my (?:[\p{L}-]+ ){0,2}?[\p{L}-]+)(?![\p{L}])|${OWN}{B}i\s+(?:(?:always|just|kept)\s+)?(?:ran|run|blew|was|went) hot and cold(?![\p{L}])|${OWN}{B}i\s+(?:(?:also|even|always|kept)\s+)?made (?:(?:you|u)\s+)?(?:(?:so many|all these|all those|big|a lot of|empty)\s+)?promises\s[^.!?\n]{0,40}?(?:that\s+)?i\s+(?:never|didn'?t|did not|couldn'?t|could not) (?:keep|kept)(?![\p{L}])`,
      ]
        .map((re) => `(?:${re})${NOT_THEN_YOU}`)
        .join('|'),
    },
    {
      id: 'own-habit',
      // Fifteenth round (strengths15): one's part told as a habit of one's own life, no fault word ("I left you to make
      // every decision about the wedding", "I was always on my phone at dinner", "I took your patience for granted", "I did
      // not understand how much that hurt you"). Not
      // a habit excused by the reader ("I was always at work because you spent everything").
      re: [
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:just|always|basically|also|often)\s+)?kept\s+(?:everything|it all|all of it|things|it|my (?:worries|fears|problems|feelings))\s+(?:to myself|bottled up|inside|from (?:you|u))(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:just|always|basically|also|often)\s+)?left\s+(?:you|u)\s+to\s+(?:make|do|carry|handle|sort|organi[sz]e|pay|pick up|manage|cope with|face|plan|clean|arrange|book|look after|raise|juggle|hold)(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:was|used to be)\s+(?:(?:always|constantly|forever|too often|so often|usually|mostly)\s+)+(?:on my phone|on the phone|on my laptop|at the pub|in the pub|down the pub|at work|working late|out (?:with the lads|with the boys|with my mates|drinking|every night)|half[- ]listening|somewhere else|miles away|distracted|too busy|late home|home late|glued to (?:my|the) (?:phone|screen|laptop|telly|tv)|on (?:the|my) (?:xbox|playstation|computer))(?![\p{L}])(?![^.!?\n]{0,40}?{B}because (?:you|u|of (?:you|u))(?![\p{L}]))`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:did not|didn'?t|didnt|never)\s+(?:really\s+|fully\s+|even\s+)?(?:understand|realise|realize|see|get|know|notice|appreciate)\s+(?:how much|how badly|how deeply|how hard)\s+(?:that|it|this|those|my \p{L}+|i|the \p{L}+)\s+(?:\p{L}+\s+)?(?:hurt|hurts|affected|upset|cost|wore (?:on|down)|weighed on)\s+(?:you|u)(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:just|always|completely|totally|really)\s+)?took\s+(?:your|ur)\s+(?:[\p{L}-]+\s+)?(?:patience|kindness|love|support|help|loyalty|care|cooking|effort|efforts|generosity|time|feelings|presence|understanding|forgiveness|hard work|goodness)\s+for granted(?![\p{L}])`,
        String.raw`(?=(?:you|u)\s)${OWN}{B}(?:you|u) (?:asked|begged|needed|wanted|told me)[^.!?\n]{0,60}?(?:,|;|and|but) (?:(?:all )?i (?:ever )?(?:did was )?)(?:made excuses|said no|ignored (?:it|you|u|that)|wasn'?t there|didn'?t (?:listen|come|show up|help|hear (?:you|u)|bother)|brushed (?:it|you|u|that) off|changed the subject|laughed (?:it off|at (?:you|u|it))|shrugged(?: it off)?|did nothing|kept (?:drinking|working|scrolling|gaming))(?![\p{L}])`,
        String.raw`(?=(?:you|u)\s)${OWN}{B}(?:you|u) (?:were|was) (?:(?:so|totally|completely|absolutely|dead|always|actually|quite)\s+)?right about (?:the |my )?(?:drinking|gambling|money|temper|jealousy|phone|job|work|pub|lying|lies|debts?|anger|shouting|weed|betting|spending|porn|gaming|moods?|silences?)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'plain-part',
      // Seventeenth round (lead review): one's part said plainly, no fault word. The holidays made about one's own side
      // ("I made the holidays about my family", "I made our whole life revolve around my job"); work brought home night
      // after night; too much of the old trouble ("I drank too much that whole winter"); silence as a habit ("I went quiet
      // for days every time we argued"); having to win ("I always had to be right"); one's silences named as a weapon
      // ("my silences were a way to punish you"); the harm to the reader's family owned ("It was disrespectful, and they
      // did not deserve it"). Not excused by the reader ("I drank too much because you were never home"), nor hedged
      // ("maybe I worked too much"), nor "a bit too much".
      re: [
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:always|just|kind of|sort of|basically|also|even|slowly)\s+)?made\s+(?:the|our|every|all (?:the|our)|your|christmas|easter|diwali|eid|thanksgiving)(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:all|entirely|only|completely)\s+)?(?:about|revolve around|fit around|turn around)\s+(?:me|myself|my\s+(?:own\s+)?[\p{L}-]+)(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:always|constantly|kept|would)\s+)(?:brought|bring|bringing|took|take)\s+(?:my\s+|the\s+)?(?:work|job|office|stress|moods?|temper|problems|laptop|work phone)\s+(?:home|to bed|on holiday|to the table|to dinner)(?![\p{L}])|(?=i\s)${OWN}{B}i\s+(?:brought|took)\s+(?:my\s+|the\s+)?(?:work|job|office|stress|moods?|temper|problems|laptop|work phone)\s+(?:home|to bed|on holiday|to the table|to dinner)\s+(?:(?:every|each)\s+(?:single\s+)?(?:night|evening|day|weekend)|night after night|all the time|constantly|for (?:years|months))(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:also|just|often|always|definitely|clearly)\s+)?(?:drank|gambled|worked|partied|went out|smoked|spent|bet|gamed|travel+ed|played (?:games|video games|poker|online))\s+(?:(?:far|way|much|so)\s+)?too much(?![\p{L}])`,
        String.raw`(?=i\s)(?<!{B}(?:how|why|on|about|stop|where)\s+)${OWN}{B}i\s+(?:(?:always|just|often|would|used to|kept)\s+)*(?:went|go|going|would go|'d go)\s+(?:quiet|silent|cold|missing|awol|dark|off the radar|into my shell)\s+(?:for (?:days|hours|weeks|a day|a week|whole days|days on end|the whole weekend)|(?:every time|whenever|each time) (?:we|you|u|something|things|it)(?![\p{L}]))`,
        String.raw`(?=i\s)(?<!{B}(?:how|why|on|about|stop|where)\s+)${OWN}{B}i\s+(?:just|would just|always|would always|'d just|simply)\s+(?:went|go|going)\s+(?:quiet|silent|cold|dark|into my shell)(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:just|always|basically|also)\s+)?left\s+(?:the|all the|every|our|the whole|most of the)\s+(?:[\p{L}-]+\s+){0,2}?(?:for|to)\s+(?:you|u)(?:\s+to\s+(?:organi[sz]e|sort(?: out)?|do|handle|pack|plan|arrange|deal with|pay|carry|manage|clean up|fix))?(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:always|just|also|basically)\s+)?put\s+(?:my|the)\s+(?!(?:kids|children|family|baby|health|relationship|marriage)(?![\p{L}]))(?:[\p{L}-]+\s+){0,1}?[\p{L}-]+\s+first\s+(?:for (?:years|months|\p{L}+ years|so long)|every (?:time|weekend|single time)|again and again|over and over|all the time|over (?:you|u|us))(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:even|also|once)\s+)?(?:spent|worked(?: through)?)\s+(?:our|your|ur)\s+(?:(?:first|tenth|\d+(?:st|nd|rd|th)|own)\s+)?(?:anniversary|birthday|valentine'?s(?: day)?|date night|holiday|honeymoon|christmas)\s+(?:at (?:the )?(?:office|work|pub|bar|casino|bookies|gym)|working|on (?:my|the) (?:phone|laptop)|with (?:the lads|my mates|the boys|work))(?![\p{L}])|(?=i\s)${OWN}{B}i\s+(?:(?:just|even|also)\s+)?let\s+(?:your|ur|our)\s+(?:[\p{L}-]+\s+)?(?:birthday|anniversary|graduation|big day|promotion|results)\s+(?:slip|go|pass)(?:\s+by)?(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:just|also|slowly)\s+)?let\s+(?:it|that|my\s+(?:[\p{L}-]+\s+)?(?:jealousy|anger|temper|insecurit(?:y|ies)|drinking|moods?|fears?|pride|stress|work|job|career|gambling|anxiety|phone|friends|family|mother|mum|mom))\s+(?:turn into|become|take over|run (?:my|our)|rule|control|get in the way|come between)(?![\p{L}])`,
        String.raw`{B}(?:treats?|treated|treating|looks? after|looked after|listens? to|listened to)\s+(?:you|u)\s+better than i (?:ever\s+)?(?:did|could|managed|was able to)(?![\p{L}])`,
        String.raw`(?=i\s)${OWN}{B}i\s+(?:(?:always|just|constantly|really)\s+)?(?:had|needed|wanted|have|need) to (?:be right|win (?:every|each|all|the)|have the (?:last|final) word|be in control|control everything|be the one in charge)(?![\p{L}])`,
        String.raw`${OWN}{B}my\s+(?:[\p{L}-]+\s+)?(?:silences?|sulking|sulks|moods?|jokes|comments|remarks|criticism|jealousy|drinking|temper|coldness|lateness|lies|distance|absences?|late nights|silent treatment)\s+(?:was|were|had been)\s+(?:(?:really|just|only|basically|always|often)\s+)?(?:a way|my way|how i (?:tried|meant|wanted))\s+(?:to|of)\s+(?:punish|punishing|control|controlling|hurt|hurting|avoid|avoiding|push|pushing|test|testing|get back at|getting back at|keep(?:ing)? (?:you|u) (?:away|at a distance|at arm'?s length|out))(?![\p{L}])`,
        String.raw`{B}(?:they|your (?:parents|mum|mom|dad|mother|father|family|sister|brother|friends|gran|grandmother|grandparents))\s+(?:did not|didn'?t|didnt)\s+deserve\s+(?:it|that|any of (?:it|that|this)|this|to be (?:spoken|talked) to (?:like that|that way)|the way i)(?![\p{L}])`,
      ]
        .map((re) => `(?:${re})${NOT_EXCUSED}`)
        .join('|'),
    },
    {
      id: 'owned-unsaid',
      // Twenty-first round (solution21): one's part owned in wordings with no fault word the patterns above read. The
      // role not lived up to ("I wasn't the partner I promised to be"); the reader's asking met with nothing ("You tried
      // to tell me so many times and I wouldn't hear it", "You carried us both for years, and I let you"); work as a
      // hiding place ("I hid behind my job", "I used work as an excuse"); the wrong thing put first ("I was more
      // interested in being right than in being kind", "The drink came first for me, and you came second", "I chose to
      // drink rather than deal with things"); an apology never made; "I was the one at fault"; the relationship let go
      // ("I let things slide", "I gave up on us before you did"); "You got the worst of me"; "I was never there"; the
      // end handled badly ("I handled the end of us like a coward"); "Instead of telling you I was unhappy, I started
      // drinking"; acts behind the reader's back; the reader's worries made small ("I minimised what you were going
      // through", "I never took your anxiety seriously"); one's trouble as the agent ("My insecurity turned into
      // control", "I let my insecurities ruin what we had"); "I wasn't faithful to you"; "i did u dirty"; "I ruined a
      // good thing"; "I never made you feel like a priority"; "I disappeared on you"; "Not once did I ask…"; the cause
      // turned round to oneself ("It wasn't the distance that broke us, it was me not picking up the phone", "The
      // problem was never you; it was me"). Not the same words excused by the reader ("because you…"), the object of an
      // apology (the apology rule reads it), nor a hedge or someone else's claim.
      // Second batch: "I let my drinking make decisions for both of us", "You needed support and I gave you criticism",
      // "I said yes to every work trip and no to every weekend away with you", "I failed to be the husband I promised to
      // be", "I'm responsible for most of the damage", "na me cause am". Not the damage to a thing ("the damage to the
      // car"), nor what the reader asked for and got ("You needed space and I gave you space").
      re: [
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:was not|wasn'?t|wasnt|never was)\s+(?:(?:ever|really|always)\s+)?(?:the|a|much of a|the kind of|the sort of)\s+(?:(?:good|great|decent|kind|loving|present|proper|real)\s+)?(?:partner|${PARTNER_TITLES}|man|woman|friend)\s+(?:(?:that|who)\s+)?(?:i\s+(?:promised|vowed|swore|said i(?:'d| would)|meant|wanted|hoped|should have been|needed)|(?:you|u)\s+(?:needed|deserved|were promised))(?![\p{L}])`,
        String.raw`(?=(?:you|u)\s)${OWN}{B}(?:you|u)\s+(?:(?:kept|had|'d|always|often)\s+)?(?:tried|trying|asked|asking|begged|begging|pleaded|told me|telling me|warned me|warning me|reached out|reaching out|needed me|hinted|hinting)[^.!?\n]{0,60}?(?:,|;|\sand|\sbut)\s+(?:all\s+)?i\s+(?:(?:just|still|simply|always|never once)\s+)?(?:(?:didn'?t|did not|didnt|wouldn'?t|would not|wouldnt|never)\s+(?:(?:even|really|once|properly)\s+)?(?:listen|hear|do (?:it|anything|a thing)|change|stop|bother|take (?:it|you|u|that|them) seriously|act|answer|respond|try|come|show up|budge|help|notice|care|make (?:time|the effort)|get help|pick up)|refused to (?:listen|change|get help|go to|see|talk|stop|discuss|compromise|budge|try|even)|ignored (?:you|u|it|them|that|every)|brushed (?:it|you|u|that) off|changed the subject|shrugged(?: it off)?)(?![\p{L}])`,
        String.raw`(?=(?:you|u)\s)${OWN}{B}(?:you|u)\s+(?:(?:always|basically|just)\s+)?(?:carried|did|held|kept|paid|managed|handled|organi[sz]ed|ran|raised|looked after|picked up|cleaned|cooked|sorted|planned|put in)\s[^.!?\n]{0,50}?(?:,|;|\sand|\swhile|\swhilst)\s+i\s+(?:just\s+)?(?:let (?:you|u)(?: do it)?(?=\s*(?:[.!,;—–]|$))|coasted|sat back|did nothing|did (?:fuck|sod|bugger) all|looked away|let it happen|took (?:it|you|u) for granted)(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:always|just|often|kept|basically)\s+)?(?:hid|was hiding|used to hide) behind\s+(?:my\s+|the\s+)?(?:job|work|career|phone|laptop|friends|mates|kids|children|busyness|jokes|humou?r|silence|anger|drinking|pride|stress|deadlines|shifts)(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:(?:always|just|often|kept)\s+)?used\s+(?:my\s+|the\s+)?(?:job|work|career|stress|kids|children|shifts|depression|anxiety|tiredness|health|dad'?s illness|mum'?s illness|money|the distance)\s+as (?:an|my) excuse(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:was|cared)\s+(?:(?:always|far|much|way|so much)\s+)?more\s+(?:interested in|concerned (?:with|about)|worried about|invested in|focused on|about)\s+[^.!?\n]{1,40}?\s+than\s+(?:(?:in|about|with|on)\s+)?(?:being (?:kind|fair|there|honest|a good)|listening|(?:you|u|us)(?!\s+(?:were|was|did|are|ever))|our|your|ur|the two of us|the relationship|the marriage)(?![\p{L}])|{B}(?:my\s+[\p{L}-]+|the (?:drink|drinking|job|pub|bottle|gambling|betting|lads|boys|band|football|golf|phone|bookies|xbox|work))\s+(?:always\s+)?came\s+first(?:\s+(?:for|with) me)?\s*[,;]?\s*(?:and\s+)?(?:you|u|we|us)\s+(?:(?:always|only ever)\s+)?(?:came\s+)?(?:second|last)(?![\p{L}])|{B}(?:you|u|we|us)\s+(?:always\s+)?came\s+(?:a\s+)?(?:(?:distant|poor)\s+)?(?:second|last)\s+(?:to|behind|after)\s+(?:my|the (?:drink|job|pub|bottle|lads|boys|phone|bookies))(?![\p{L}])|${OWN}{B}i\s+(?:chose|decided|preferred)\s+to\s+\p{L}+[^.!?\n]{0,30}?\s+(?:rather than|instead of)\s+(?:deal(?:ing)?|fac(?:e|ing)|talk(?:ing)?|tell(?:ing)?|be(?:ing)? honest|listen(?:ing)?|work(?:ing)? (?:it|things) out|fight(?:ing)? for|ask(?:ing)?|admit(?:ting)?|sort(?:ing)?)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:never|didn'?t|did not|didnt|have never|'ve never|haven'?t|have not)\s+(?:(?:properly|really|once|even|actually|truly)\s+)?(?:apologi[sz]ed|said sorry|owned (?:up|it))(?![\p{L}])(?!\s+to (?:anyone|him|her|them))(?![^.!?\n]{0,50}?nothing to (?:apologi|be sorry|own))`,
        String.raw`${OWN}{B}(?:i was|i'?m|i am|im)\s+the (?:one|person|party) (?:at fault|in the wrong|to blame)(?![\p{L}])|{B}the fault (?:lies|lay|rests|rested|sits|sat) (?:(?:entirely|mostly|largely|squarely|firmly|all)\s+)?(?:with|on) me(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:just|really|also|slowly|simply|completely)\s+)?let\s+(?:things|us|it all|everything|the (?:relationship|marriage|romance|spark|friendship|little things)|our (?:relationship|marriage|friendship|\p{L}+ life))\s+(?:slide|slip|drift|fall apart|fall away|fizzle(?: out)?|die|wither|crumble|fade|go (?:downhill|stale|cold|wrong|too far))(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:(?:just|basically|completely|kind of|sort of|quietly)\s+)?(?:gave up on|stopped fighting for|walked away from|stopped trying (?:with|for))\s+(?:us|the (?:relationship|marriage)|our (?:relationship|marriage))(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:(?:just|basically|completely|kind of|sort of|quietly)\s+)?(?:gave up on|stopped fighting for)\s+(?:you|u)(?=\s*(?:[.!,;—–]|$)|\s+(?:long before|before|first|too (?:soon|early|easily|quickly)|way before|far too))`,
        String.raw`{B}(?:you|u)\s+(?:(?:always|only ever|often|really)\s+)?(?:got|saw|had|bore|caught|copped|took|dealt with|put up with|got stuck with)\s+(?:the (?:very )?worst|the brunt) of (?:me|my)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:was\s+(?:never|hardly ever|rarely|barely)|(?:wasn'?t|wasnt|was not)\s+(?:ever|really))\s+(?:really\s+)?(?:there|present|around)(?=\s*(?:[.!,;—–]|$)|\s+(?:for (?:you|u)|even when|emotionally|when (?:you|u|it mattered)))(?![^.!?\n]{0,40}?{B}(?:you|u)\s+(?:made sure|saw to|wanted it|made it|wouldn'?t let|didn'?t let|never let)(?![\p{L}]))|${OWN}{B}i\s+(?:wasn'?t|wasnt|was not|was never)\s+(?:(?:really|fully|properly|truly|ever|even)\s+)?(?:there|present)\s+(?:for (?:you|u)|emotionally|even when|in (?:the ways?|any way) (?:that )?(?:you|u|it|mattered))(?![\p{L}])|${OWN}{B}i\s+was\s+(?:(?:so|often|completely|totally|largely|basically)\s+)?emotionally\s+(?:absent|unavailable|distant|closed off|checked out|neglectful|abusive|cold)(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:handled|dealt with|ended|finished)\s+(?:it|things|us|that|the [\p{L}-]+(?: of (?:us|it|things|our \p{L}+))?|our [\p{L}-]+)\s+(?:(?:so|really|very)\s+)?(?:badly|poorly|terribly|horribly|cruelly|like a coward|the wrong way|in the worst (?:possible )?way|clumsily|cowardly)(?![\p{L}])`,
        String.raw`{B}instead of\s+(?:talking to|telling|asking|listening to|being honest with|coming to|trusting|helping|supporting|standing up for|backing)\s+(?:you|u)[^.!?\n]{0,50}?,?\s+i\s+(?:just\s+)?(?:started (?:drinking|an affair|seeing someone|going out|gambling|betting|working late|picking|shouting)|went (?:quiet|silent|out|cold|behind|to the pub|off)|drank|lied|sulked|blamed|shut (?:down|you|u|myself)|hid|snapped|shouted|yelled|exploded|disappeared|withdrew|buried myself|kept it (?:in|to myself)|bottled|ran away|picked (?:a fight|fights))(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:just\s+)?(?:drank|sulked|went (?:quiet|silent|out|to the pub)|shut down|shut (?:you|u) out|hid|lied|stewed|walked out|snapped|shouted|disappeared|withdrew|kept (?:quiet|it in|it to myself))[^.!?\n]{0,30}?\s+(?:instead of|rather than)\s+(?:talking to|telling|asking|listening to|being honest with|coming to|trusting)\s+(?:you|u)(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:also|even|just|secretly)\s+)?(?:racked up|ran up|spent|took|borrowed|lent|sold|bought|booked|met|saw|texted|messaged|went|signed|applied|accepted|hid|moved|gambled|bet|remortgaged|cashed)\s[^.!?\n]{0,40}?(?:behind (?:your|ur) back|without (?:telling|asking|consulting|a word to|discussing it with|checking with)\s+(?:you|u))(?![\p{L}])(?![^.!?\n]{0,50}?{B}(?:because|so|as) i (?:didn'?t|did not) want (?:you|u) to (?:worry|panic|stress|be upset|know yet))`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:(?:always|constantly|often|just|kept|would|even|also|repeatedly)\s+)?(?:minimi[sz]ed|belittled|mocked|ridiculed|undermined|patroni[sz]ed|talked down to|made light of|sneered at|scoffed at|brushed aside|downplayed|trivialised|trivialized|second-guessed|smothered|manipulated|gaslighted|humiliated|shamed|insulted|deceived|nagged|punished)\s+(?:you|u|your|ur|what (?:you|u)|how (?:you|u)|everything (?:you|u))(?![\p{L}])|${OWN}{B}i\s+(?:never|didn'?t|did not|didnt|wouldn'?t|rarely)\s+(?:(?:really|once|even|properly)\s+)?(?:took|take)\s+(?:you|u|your|ur|what (?:you|u)|how (?:you|u))[^.!?\n]{0,30}?\s+seriously(?![\p{L}])`,
        String.raw`${OWN}{B}(?:i\s+(?:(?:just|also)\s+)?let\s+)?my\s+(?:own\s+)?(?:insecurit(?:y|ies)|jealousy|anger|temper|pride|ego|fears?|drinking|gambling|stress|moods?|stubbornness|selfishness|need for control|trust issues|baggage|hang-?ups)\s+(?:turn(?:ed)? into|bec(?:a|o)me|ruin(?:ed)?|destroy(?:ed)?|wreck(?:ed)?|poison(?:ed)?|kill(?:ed)?|spoil(?:ed)?|sabotag(?:ed|e)|eat away at|ate away at|chip(?:ped)? away at|get the better of me|got the better of me|take over|took over|come between us|came between us|cost us)(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:was not|wasn'?t|wasnt|was never|have not been|haven'?t been)\s+(?:(?:always|completely|fully|entirely|totally|very|really)\s+)?(?:faithful|truthful|straight|upfront|loyal) (?:to|with) (?:you|u)(?![\p{L}])|${OWN}{B}i\s+(?:really\s+)?did (?:you|u) (?:so\s+)?dirty(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:(?:really|totally|completely|just)\s+)?(?:ruined|wrecked|blew|threw away|sabotaged|torched|trashed)\s+(?:a good thing|us|what we had|our (?:relationship|marriage|chance|future)|the (?:relationship|marriage))(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:never|didn'?t|did not|didnt|rarely|hardly ever)\s+(?:(?:once|really|even)\s+)?(?:made (?:you|u) (?:feel )?(?:like )?(?:a|my) (?:priority|first priority|number one)|made (?:you|u) (?:a|my) priority|treated (?:you|u) (?:like|as) (?:a|my) (?:priority|equal|partner))(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+(?:(?:just|completely|basically)\s+)?(?:(?:disappeared on|vanished on|ran out on|turned my back on|abandoned)\s+(?:you|u)|froze (?:you|u) out|cut (?:you|u) off)(?![\p{L}])`,
        String.raw`{B}(?:not once|never once|at no point)\s+(?:(?:that|in|during)\s+[\p{L}\s]{1,20}?\s+)?(?:did|have|had)\s+i\s+(?:(?:ever|once|even|really)\s+)?(?:ask|asked|listen|listened|thank|thanked|notice|noticed|help|helped|support|supported|apologi[sz]e|apologi[sz]ed|stand up for|stood up for|back (?:you|u)|backed (?:you|u))(?![\p{L}])(?!\s+(?:for (?:anything|nothing|much|a thing|more|money|a penny|help)|myself|me)(?![\p{L}]))`,
        String.raw`{B}(?:it was|it'?s|it is)\s*(?:n'?t|\snot|\snever)\s+[^.!?\n]{1,40}?(?:,|;|—|–)\s*(?:it was|it'?s)\s+(?:(?:always|all|just)\s+)?(?:me(?=\s*(?:[.!,;—–]|$))|my\s+(?:own\s+)?(?:${MY_FAULTS})|me\s+(?:not\s+|never\s+)?\p{L}+ing)(?![\p{L}])|{B}the (?:problem|issue|trouble) (?:was|is) (?:never|not) (?:you|u)\s*(?:,|;|—|–|\s+but|\s+it was)?\s*(?:it was|it'?s)?\s*(?:(?:always|all)\s+)?me(?![\p{L}])`,
        String.raw`${OWN}{B}(?:you|u) deserved (?:(?:so much|much|far|a lot|way)\s+)?better than (?:what i (?:gave|offered|was)|(?:how|the way) i treated)(?![\p{L}])|${OWN}{B}my (?:own\s+)?(?:actions|behaviou?r|choices|decisions|conduct|mistakes|words)\s+(?:led to|caused|ended|broke|drove (?:you|u)|pushed (?:you|u)|(?:were|was) (?:the|a big|the main|the real) (?:reason|cause))(?![\p{L}])`,
        String.raw`{B}(?:the\s+|our\s+|those\s+|all (?:the|those|our)\s+|most of (?:the|our)\s+)(?:[\p{L}-]+\s+){0,2}?(?:fights?|arguments?|rows?|silences?|distance|break-?up|split|mess|problems?|trouble|damage|tension|coldness|drift|debts?|lies|secrets|shouting|screaming|end of (?:us|it|things|our \p{L}+))(?:\s+(?:about|over|at|in|that)\s+[^.!?\n]{1,30}?)?\s+(?:was|were|had been)\s+(?:(?:mostly|largely|all|entirely|partly|really|honestly|mainly)\s+)?(?:my (?:own )?doing|down to me|on me)(?![\p{L}])`,
        String.raw`${OWN}{B}my\s+(?:[\p{L}-]+\s+){0,2}?(?:behaviou?r|words|comments|remarks|jokes|silences?|moods?|temper|jealousy|reactions?|responses?|texts?|messages?|letters?|emails?|lies|actions|treatment of (?:you|u)|attitude|tone|outbursts?|accusations|criticism|sulking|drinking|absences?|coldness|silent treatment)\s+(?:was|were)\s+(?:(?:so|really|very|often|just|plain|simply)\s+)?(?:cruel|unfair|wrong|selfish|unkind|childish|mean|cowardly|petty|hurtful|toxic|controlling|out of order|out of line|inexcusable|unacceptable|unforgivable|shameful|disrespectful)(?=\s*[,;:—–]\s*i (?:see|know|realise|realize|understand|can see|get|admit)|\s*[.!]|\s*$|\s+(?:and i (?:know|see|admit)|to (?:you|u)|of me))`,
        String.raw`{B}(?:everything|what|all)\s+(?:(?:that\s+)?(?:you|u|ya))\s+(?:ever\s+)?(?:said|told me|wrote|pointed out|accused me of)\s+about\s+(?:me|my\s+(?:[\p{L}-]+\s+)?(?:drinking|temper|jealousy|moods?|behaviou?r|gambling|spending|lying|lies|attitude|anger|selfishness|habits?|phone|priorities|silences?|pride|ego|sulking|controlling|coldness))[^.!?\n]{0,20}?\s(?:was|is|were)\s+(?:(?:all|completely|totally|dead|absolutely)\s+)?(?:true|right|fair|spot on|accurate|deserved)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:(?:just|basically)\s+)?(?:treated|handled)\s+(?:it|them|that|your\s+[\p{L}-]+|ur\s+[\p{L}-]+|our\s+[\p{L}-]+)\s+(?:so\s+)?(?:carelessly|badly|poorly|cheaply|lightly|like (?:rubbish|nothing|dirt|crap|a joke|it didn'?t matter|it was nothing))(?![\p{L}])|{B}(?:and|but)\s+i\s+(?:repaid|paid (?:you|u) back for|answered|met|rewarded|returned)\s+(?:that|it|this|you|u|them)\s+with\s+(?:lies|lying|silence|coldness|cheating|betrayal|contempt|anger|indifference|neglect|sarcasm|suspicion)(?![\p{L}])`,
        String.raw`${OWN}{B}i was the one who (?:(?:always|kept)\s+)?(?:turned|refused|insisted|picked|caused|dragged|forced|blew|wrecked|lost (?:my temper|it|my cool|the plot)|sulked|snapped|shouted|yelled|drank|gambled|hid|lied|strayed|wandered|went quiet|went silent|went cold)(?![\p{L}])`,
        String.raw`${OWN}{B}i\s+(?:never|didn'?t|did not|didnt)\s+(?:once|even|ever)\s+(?:came|come|went|go|showed up|show up|turned up|turn up|made it)\s+to\s+(?:(?:one|any|a single) of\s+)?(?:your|ur)\s+(?:[\p{L}-]+\s+)?(?:matches|games|gigs|shows|concerts|plays|recitals|races|exhibitions?|events|things|work dos|parties|appointments|scans|family)(?![\p{L}])|${OWN}{B}i\s+(?:never|didn'?t|did not|didnt|wouldn'?t|would never)\s+(?:once\s+|ever\s+)?(?:admit(?:ted)?|concede(?:d)?|own(?:ed)? up)\s+(?:(?:when|that|it when)\s+)?(?:i was wrong|i was in the wrong|my (?:part|mistakes?|share))(?![\p{L}])`,
        String.raw`{B}(?:my|what i did|how i (?:behaved|acted|treated (?:you|u))|the way i (?:behaved|acted|treated (?:you|u)))[^.!?\n]{0,40}?\s(?:is|was|are|were|remains)\s+(?:something|one thing|the thing|a thing|the one thing)\s+(?:that\s+)?(?:i'?m|i am|im|i'?ll always be|i will always be)\s+(?:(?:deeply|truly|really|so|still|most|genuinely)\s+)?(?:ashamed|not proud) of(?![\p{L}])`,
        String.raw`${OWN}${NOT_SORRY}{B}i\s+(?:was|kept)\s+(?:always\s+|constantly\s+)?treating\s+(?:you|u)\s+(?:like|as if|as though|as)\s+(?:a|an|my|the|some|staff|nothing|dirt|rubbish|crap|an? \p{L}+)(?![\p{L}])|${OWN}${NOT_SORRY}{B}i\s+\p{L}{2,}\s[^.!?\n]{0,40}?without\s+(?:really|properly|even really)\s+(?:asking|consulting|checking with|talking to)\s+(?:you|u|what (?:you|u)|how (?:you|u)|if (?:you|u))(?![\p{L}])`,
        String.raw`{B}(?:i'?ll|i will|i have to|i must|let me|i need to|i want to|i'?m going to)\s+own\s+(?:it|that|this|up|my (?:part|share|mistakes|stuff))(?![\p{L}])(?![^.!?\n]{0,30}?{B}(?:when|if|once|after|as soon as)\s+(?:you|u)(?![\p{L}]))`,
        String.raw`${OWN}{B}i\s+(?:(?:just|also)\s+)?let\s+my\s+(?:own\s+)?(?:${MY_FAULTS})\s+(?:make|decide|dictate|do the talking|speak for|call the shots|choose|steer|drive|wreck|spoil|ruin)(?![\p{L}])|(?=(?:you|u)\s)${OWN}{B}(?:you|u)\s+(?:needed|wanted|asked for|deserved|were asking for)\s+[^.!?\n]{1,30}?(?:,|;|\sand|\sbut)\s+(?:all\s+)?i\s+(?:ever\s+)?(?:gave|offered|brought|handed)\s+(?:you|u)\s+(?:was\s+)?(?:criticism|silence|excuses|lectures|grief|attitude|nothing|coldness|anger|judgement|judgment|more stress|blame|a hard time|the cold shoulder|my back)(?![\p{L}])|${OWN}{B}i said yes to (?:every|all|each)\s[^.!?\n]{0,40}?\s+(?:and|but)\s+no to\s+(?:every|all|each|anything|most)\s[^.!?\n]{0,30}?(?:you|u|us|ours?)(?![\p{L}])|${OWN}{B}i\s+(?:failed to be|couldn'?t be|never became|didn'?t become|wasn'?t able to be)\s+(?:the|a)\s+(?:(?:good|kind|loving|present|decent)\s+)?(?:partner|${PARTNER_TITLES}|man|woman|friend)\s+(?:(?:that|who)\s+)?(?:i\s+(?:promised|vowed|swore|meant|wanted|hoped|should have been)|(?:you|u)\s+(?:needed|deserved))(?![\p{L}])|${OWN}{B}(?:i'?m|i am|im|i was)\s+(?:(?:fully|partly|largely|mostly)\s+)?responsible for\s+(?:(?:most|much|all|a lot|part|half) of\s+)?the (?:damage|hurt|harm|pain|mess|fights|arguments|rows|problems|breakdown|distance|silence)(?=\s*(?:[.!,;—–]|$)|\s+(?:i (?:did|caused|made|brought)|done|between us|to (?:us|you|u|our|your (?:trust|heart|feelings))|in (?:us|our)))|{B}na me (?:cause|spoil|do) am(?![\p{L}])`,
      ]
        .map((re) => `(?:${re})${NOT_EXCUSED}`)
        .join('|'),
    },
  ],
  antipatterns: [
    // Defiance takes the admission back: "u kept asking me to come and i didnt, so what", "I chose to, and I'd do it
    // again, no regrets" (eleventh round).
    sentenceWith(
      "{B}(?:so what|not sorry|i'?d (?:do|say) it (?:all )?again|(?:i )?(?:don'?t|do not) regret (?:it|that|a thing|any of it)|no regrets)(?![\\p{L}])",
    ),
    // An obstacle removed, not a fault owned: "so the distance is no excuse".
    "{B}so\\s+(?:the\\s+\\p{L}+|there)\\s+(?:is|'s)\\s+no\\s+(?:longer\\s+(?:an?\\s+)?)?excuse",
    // A hedge: "maybe you're right, maybe not".
    "{B}(?:maybe|perhaps|possibly)\\s+(?:you|u)(?:'re|\\s+are|\\s+were|\\s+r)\\s+right,?\\s+(?:maybe|perhaps|who\\s+knows)",
    // Others' verdict, not agreed with: "People told me I was to blame, and I believed them for a while".
    "{B}(?:told|tell|tells|convinced|persuaded)\\s+me\\s+(?:that\\s+)?i\\s+(?:was|am|'m)\\s+(?:\\w+\\s+)?(?:to\\s+blame|at\\s+fault|the\\s+problem)(?![^.!?\\n]{0,40}{B}(?:right|true|correct)(?![\\p{L}]))",
    // Thanks prefaced: "I never thanked you for holding everything together, so: thank you", "I have never
    // thanked you properly".
    '{B}never\\s+(?:once\\s+|really\\s+|properly\\s+)?thanked\\s+(?:you|u)(?:\\s+(?:properly|enough)|(?=[^\\n]{0,160}{B}(?:thank|thanks|grateful)(?![\\p{L}])))',
    // The fault disputed: "Don't you dare make out this was all on me", "don't pretend it was all my fault".
    // The fault pushed back: "don't act like I'm the one who pulled away", "stop making out I was the one who left"
    // (lead review, sixteenth round).
    "{B}(?:don'?t|do\\s+not|dont|stop|quit)\\s+(?:you\\s+dare\\s+)?(?:act|acting|pretend|pretending|make\\s+out|making\\s+out|making\\s+it\\s+sound|make\\s+it\\s+sound|say|saying|tell\\s+(?:me|people|everyone))\\s+(?:like\\s+|as\\s+if\\s+|as\\s+though\\s+|that\\s+)?i\\s*(?:'m|am|was|m)\\s+(?:the\\s+(?:only\\s+)?one|the\\s+(?:problem|villain|bad\\s+guy))(?![\\p{L}])",
    '{B}(?:make|makes|made|making|pretend|pretending|act|acting|say|saying|claim|claiming)\\s+(?:it\\s+out\\s+|out\\s+|like\\s+|as\\s+if\\s+)?(?:that\\s+)?(?:this|it|that|everything|the\\s+\\w+)\\s+(?:was|is|were)\\s+(?:all\\s+|entirely\\s+|only\\s+)?(?:on\\s+me|my\\s+fault|down\\s+to\\s+me)',
    // The admission handed back: "but let's not forget who started", "but only because you…".
    "^[^\\n]{0,200}?{B}but\\s+(?:let'?s\\s+not\\s+forget|don'?t\\s+forget|remember\\s+who|who\\s+(?:started|was\\s+the\\s+one))",
    '^[^\\n]{0,200}?{B}(?:but\\s+)?only\\s+(?:because|cos|coz|cause|since)\\s+(?:you|u|your|ur)(?![\\p{L}])',
    // An absolute promise, not an admission: "Never again will I let a day go by without telling you…".
    "{B}(?:never\\s+again\\s+will\\s+i|i\\s+will\\s+never\\s+again|i'?ll\\s+never\\s+again)(?![\\p{L}])[^.!?\\n]{0,80}",
    // One's own pain kept as one's own: "it was mine to work through".
    '{B}(?:it|that|this|the\\s+(?:hurt|pain|anger|grief|sadness))\\s+(?:was|is)\\s+mine\\s+to\\s+(?:work\\s+through|carry|deal\\s+with|heal|process|bear)(?![\\p{L}])',
    // Words held back, not a fault: "something I should have said a long time ago", "I should have written years ago".
    "{B}(?:something|what|the\\s+thing|things|words)\\s+(?:that\\s+)?i\\s+should(?:'?ve|\\s+have)\\s+(?:said|told\\s+(?:you|u)|written)(?![\\p{L}])|{B}i\\s+should(?:'?ve|\\s+have)\\s+(?:written|said\\s+(?:this|it|so)|told\\s+(?:you|u)\\s+(?:this|that))\\s+(?:(?:a\\s+)?long\\s+(?:time\\s+)?ago|years\\s+ago|ages\\s+ago|sooner|earlier)(?![\\p{L}])",
    // The reader's preference: "if you'd rather I left you alone".
    '{B}(?:rather|prefer|want|wish|like)\\s+(?:it\\s+if\\s+)?i\\s+(?:left|leave)\\s+(?:you|u)\\s+alone',
    // The reader's verdict as the writer describes it, not the writer's: "then acted like I was the problem", "treated
    // me as if I were the one to blame" (lead review, thirteenth round).
    "{B}(?:acted|acting|acts|act|treated|treating|treat|treats|looked\\s+at\\s+me|made\\s+(?:it\\s+)?(?:out|seem|look)|talked|talking|behaved|behaving)\\s+(?:to\\s+me\\s+|at\\s+me\\s+|me\\s+)?(?:like|as\\s+if|as\\s+though)\\s+i\\s+(?:was|were|am|'?m)\\s+(?:the\\s+(?:problem|one\\s+(?:to\\s+blame|at\\s+fault|in\\s+the\\s+wrong)|bad\\s+guy|villain|crazy\\s+one)|to\\s+blame|at\\s+fault|in\\s+the\\s+wrong)(?![\\p{L}])",
    // "at least I never lied", "telling people I was the problem": the fault handed back or reported.
    sentenceWith('{B}(?:but )?at least i(?![\\p{L}])'),
    "{B}(?:telling|tell|told|tells|saying|say) (?:people|everyone|everybody|them|others|him|her|your [\\p{L}]+) (?:that )?i(?:'m| am| was)?(?![\\p{L}])",
    // The writer disputing the fault in the same sentence.
    // (Not the contrast "you'd say sorry first every time, and I never did": that owns it.)
    sentenceWith(
      `(?:{B}(?:i disagree|i don'?t agree|that'?s not true|which isn'?t true|(?<!{B}(?:first|every time|always|each time),? and )i never did)(?![\\p{L}]))`,
    ),
    // The whole sentence excused or reported: "I'm human, I made mistakes like anyone would", "I've been told I was…".
    sentenceWith(
      `(?:{WB}like any(?:one|body)(?: else)? would{WE}|{WB}(?:i'?m|i am|im) (?:only |just )?human{WE}(?![^\\\\n]{0,80}{WB}but{WE})|{WB}i only (?:did|said) (?:it|that|those things) because{WE}|{WB}(?:when|once|if|as soon as|after) (?:you|u) (?:own|admit|take|accept|apologi[sz]e|say sorry){WE}|{WB}(?:i'?ve been|i was|i get|i got) told (?:that )?i{WE})`,
    ),
    // An excuse in the same sentence takes the admission back.
    `^[^\\n]{0,200}?(?:${EXCUSE})`,
    // "I was wrong about you / to trust you": disappointment, not an admission.
    '{B}wrong (?:about (?:you|u|him|her|them|everything about you)|to (?:ever )?(?:trust|believe|think|hope|expect|love|give|wait|count|rely|fall|let (?:you|u))|(?:for|in) (?:trusting|believing|loving|thinking|giving|waiting)){E}',
    // "I should have known", "I should have left sooner": blame in disguise.
    "{B}should(?:'?ve| have) (?:been (?:smarter|more careful with you|warned)|known|listened to (?:my|them|everyone|people|him|her)|trusted my|told you (?:to|off)|left|seen (?:through|it)|stayed away)",
    // "I made a mistake (by) trusting/loving you", "my only mistake was you".
    '{B}(?:mistakes?|error|fault) (?:(?:was|of|by|in|for) )?(?:ever )?(?:trusting|loving|believing|choosing|dating|marrying|meeting|staying with) (?:you|u){E}|{B}my (?:only |biggest )?mistake was (?:you|u|loving|trusting){E}',
    // "I was a fool to trust you": disappointment, not an admission.
    '{B}(?:idiot|fool|stupid|naive|mad|crazy) (?:to|for) (?:ever )?(?:trust|believ|lov|think|wait|hope|fall|stay|give)',
    // Not the writer's fault after all, or a chore taken on: "none of this was my fault", "responsibility for the dog".
    '{B}(?:none|not one|neither|no part|not any) of (?:it|this|that|them|what happened) (?:was|is|were)(?: \\w+)? my (?:fault|doing|responsibility){E}|{B}responsib\\p{L}* for (?:the|a|your|ur|our|my) (?:dog|cat|pets?|kids?|children|bills|house|flat|car|rent|mortgage|garden|plants|move|packing|booking|tickets){E}',
    // A fault the reader had the writer believe in, and a cause laid at the reader's door: "You let me believe it
    // was my fault for months", "It was your drinking that drove me out" (blame, not an admission; the classifier
    // is kept off it too).
    "{B}(?:you|u|he|she|they|everyone|people)\\s+(?:(?:let|made|had) me (?:believe|think|feel)|told me|kept (?:telling me|saying)|convinced me|tried to (?:convince|make) me (?:believe|think))(?:\\s+(?:for (?:months|years|ages|weeks)\\s+)?that)?\\s+(?:it|this|that|everything|all of (?:it|this))(?:'s| was| is| were)\\s+(?:all\\s+)?my (?:own )?fault{E}|{B}(?:it was|it'?s|it is)\\s+(?:your|ur) (?:[\\p{L}']+ ){0,2}?[\\p{L}']+ that (?:drove|pushed|ended|ruined|broke|killed|wrecked|finished|destroyed)(?![\\p{L}])",
    // A condition, not an admission: "if I was wrong, tell me", "if it was my fault, say so".
    "{B}(?:if|when) i (?:was|were) wrong{E}|{B}(?:if|whether|unless) (?:it|that|this|any of (?:it|this|that))(?:'s| was| is| were) (?:\\w+ )?my (?:own )?fault{E}",
    // Twenty-first round (solution21): the share owned, then the rest handed over ("I take my share of the blame, though
    // honestly most of it is yours"); the hurt owned, then matched ("I know I hurt you, but you hurt me too"); the fault
    // as the reader tells it ("I'm sure you tell everyone it was my fault").
    sentenceWith(
      String.raw`{B}(?:most|the rest|the bulk|the lion'?s share|half|a lot|more|the biggest part) of (?:it|the blame|the fault|the responsibility)\s+(?:is|was|lies|lay|sits|sat|rests)\s+(?:(?:honestly|really|surely|squarely|firmly)\s+)?(?:yours|urs|with (?:you|u)|on (?:you|u))(?![\p{L}])|{B}(?:but|though|although|yet)\s+(?:(?:honestly|then again|let'?s be honest|to be fair),?\s+)?(?:you|u)\s+(?:\p{L}+\s+)?(?:hurt|lied to|cheated on|betrayed|ignored|let|failed|pushed|neglected|used|blamed)\s+me\s+(?:too|as well|just as (?:much|badly)|first)(?![\p{L}])|{B}(?:you|u|they|people|everyone|your (?:\p{L}+))\s+(?:\p{L}+\s+)?(?:tell|tells|told|telling|say|says|said|saying|make out|makes out|made out|act as if|acts as if|pretend|pretends)\s+(?:(?:everyone|people|anyone|them|all (?:our|your) friends|your friends|him|her)\s+)?(?:that\s+)?(?:it|this|everything|all (?:of )?(?:it|this))\s+(?:was|is|'s)\s+(?:all\s+)?(?:my (?:own )?fault|on me|down to me)(?![\p{L}])`,
    ),
    // Twenty-first round (solution21): responsibility refused in its own words ("I take responsibility for nothing you've
    // accused me of"); "no excuse" said of the reader ("I stopped drinking, so now you have no excuse").
    sentenceWith(
      String.raw`{B}(?:responsibility|blame) for nothing(?![\p{L}])|{B}(?:so\s+)?(?:now\s+)?(?:you|u)\s+(?:have|'ve got|got|'ve)\s+no\s+(?:more\s+)?excuses?(?![\p{L}])`,
    ),
  ],
  examples: [
    // Seventeenth round (lead review): one's part said plainly.
    { flagged: '[[I made the holidays about my family]].', pattern: 'plain-part' },
    { notFlagged: 'You made the holidays about your family.' },
    {
      flagged:
        '[[I brought work home every single night]] and then acted surprised when you stopped asking about it.',
      pattern: 'plain-part',
    },
    { flagged: '[[I always brought my stress home]].', pattern: 'plain-part' },
    { notFlagged: 'I brought work home on Friday because the office was closed.' },
    {
      flagged: '[[I drank too much that whole winter and you were the one who paid for it]].',
      pattern: 'plain-part',
    },
    { notFlagged: 'Maybe I drank too much, but only because you were never home.' },
    { flagged: '[[I went quiet for days every time we argued]].', pattern: 'plain-part' },
    { notFlagged: 'You went quiet for days every time we argued.' },
    {
      flagged: "I was jealous, [[and I let it turn into checking your phone and asking where you'd been]].",
      pattern: 'plain-part',
    },
    { flagged: '[[i hope he treats u better than i did]]', pattern: 'plain-part' },
    { notFlagged: 'I hope he treats you well.' },
    { flagged: 'i never told u when something was wrong, [[i just went cold]]', pattern: 'plain-part' },
    { flagged: '[[I left the whole move for you to organise while I was away]].', pattern: 'plain-part' },
    { notFlagged: 'I left the whole box of photos for you to keep.' },
    { flagged: '[[I put the band first for four years]].', pattern: 'plain-part' },
    { notFlagged: 'I put the kids first for four years, and I would again.' },
    { flagged: '[[I spent our anniversary at the office]].', pattern: 'plain-part' },
    { flagged: '[[I let your birthday slip by without even a card]].', pattern: 'plain-part' },
    {
      notFlagged:
        "The counsellor and I are working on how I go quiet for days instead of saying what's wrong.",
    },
    { flagged: '[[i always had to be right]]', pattern: 'plain-part' },
    { flagged: '[[I have understood that my silences were a way to punish you]].', pattern: 'plain-part' },
    { flagged: '[[My jokes were my way of keeping you at a distance]].', pattern: 'plain-part' },
    {
      flagged: 'It was disrespectful, [[and they did not deserve it]], whatever our disagreements were.',
      pattern: 'plain-part',
    },
    { notFlagged: 'They did not deserve the rain on their wedding day.' },
    { flagged: '[[You were right about the drinking]].', pattern: 'own-habit' },
    { flagged: '[[You asked for help with your mum and I made excuses]].', pattern: 'own-habit' },
    { notFlagged: 'You asked me to leave and I did.' },
    // Fifteenth round (strengths15): one's part told as a habit of one's own life.
    {
      flagged: '[[I left you to make every decision about the wedding and then moaned about all of them]].',
      pattern: 'own-habit',
    },
    { notFlagged: 'I left you to sleep and went for a walk on the beach.' },
    { flagged: '[[I was always on my phone at dinner]], and I know you noticed.', pattern: 'own-habit' },
    { notFlagged: 'I was always at work because you spent everything we had.' },
    {
      flagged: 'Many times I cancelled our Sunday call, [[and I did not understand how much that hurt you]].',
      pattern: 'own-habit',
    },
    { notFlagged: "You didn't understand how much that hurt me." },
    { flagged: '[[I took your patience for granted]].', pattern: 'own-habit' },
    // Fourteenth round (lead review): one's part in the words of everyday speech.
    { flagged: '[[I know I drove you mad with the job hunting]].', pattern: 'owned-acts' },
    { flagged: '[[I made everything about my band]].', pattern: 'owned-acts' },
    { flagged: '[[I ran hot and cold and never told you why]].', pattern: 'owned-acts' },
    { flagged: '[[I made promises about the wedding I never kept]].', pattern: 'owned-acts' },
    { flagged: '[[I went quiet instead of telling you what was wrong]].', pattern: 'did-to-you' },
    { notFlagged: 'You drove me mad with the job hunting.' },
    { notFlagged: 'You made everything about your band.' },
    { notFlagged: 'I drove you to the airport that morning.' },
    // Fourteenth round (lead review): a refusal or a leaving with no reason given.
    {
      flagged: 'When you asked to move in, [[I refused without giving you a reason]].',
      pattern: 'did-to-you',
    },
    { notFlagged: 'You refused without giving me a reason.' },
    // Fourteenth round (lead review): the effort dropped, named.
    {
      flagged:
        "[[I stopped making the calls on Sundays when work got heavy]], and I told myself you'd understand.",
      pattern: 'i-hurt-you',
    },
    { notFlagged: 'You stopped making the calls on Sundays when work got heavy.' },
    // Fourteenth round (lead review): a share of the fault denied is not owned.
    { notFlagged: "You still spent the whole night with your work friends, so I don't think it was all me." },
    { notFlagged: "I'm not saying I was a big part of it." },
    // Fourteenth round (lead review): the weight of one's own moods put on the reader.
    { flagged: '[[Work was hell and I took it all out on you]].', pattern: 'i-hurt-you' },
    { flagged: '[[i was a mess that whole spring and i put it all on you]].', pattern: 'i-hurt-you' },
    { flagged: '[[I dumped all my stress on you every night when I got in]].', pattern: 'i-hurt-you' },
    { notFlagged: 'You took it all out on me, every time.' },
    { notFlagged: 'I put all my savings on the house.' },
    { notFlagged: 'I put everything on you to look after while I was in hospital, and you did it so well.' },
    {
      flagged: "[[i cancelled on your sister's birthday and told myself it didn't matter]].",
      pattern: 'owned-acts',
    },
    { notFlagged: "You cancelled on my sister's birthday." },
    // Thirteenth round (strengths13): one's own part named by the act.
    {
      flagged: '[[Now I understand it was not fair to leave you outside of the door like this]].',
      pattern: 'owned-acts',
    },
    { flagged: "[[It wasn't fair to make you carry all of it]].", pattern: 'owned-acts' },
    { notFlagged: "It wasn't fair of you to leave me like that." },
    { notFlagged: "It wasn't fair to leave me with all the bills." },
    { flagged: '[[You tried many times and I gave you only silence]].', pattern: 'owned-acts' },
    { flagged: '[[i gave u the cold shoulder for weeks]]', pattern: 'owned-acts' },
    {
      flagged: "[[I made you the bad guy in my head so I didn't have to look at myself]].",
      pattern: 'owned-acts',
    },
    { notFlagged: 'You keep saying I made you the villain, which is rich.' },
    { flagged: '[[I forgot your birthday two years running]].', pattern: 'owned-acts' },
    { flagged: '[[I cancelled your birthday dinner for a group project]].', pattern: 'owned-acts' },
    { flagged: '[[I missed your graduation for a work trip]].', pattern: 'owned-acts' },
    { notFlagged: 'I missed your birthday this year, it felt strange not to be there.' },
    { notFlagged: 'Even if I forgot your birthday once, I never forgot the things that mattered.' },
    {
      flagged: '[[I made promises about moving in together and then dragged my feet for a year]].',
      pattern: 'owned-acts',
    },
    { flagged: '[[I kept putting off the conversation about kids]].', pattern: 'owned-acts' },
    {
      flagged: '[[When my father was ill I closed myself and I did not let you come near]].',
      pattern: 'owned-acts',
    },
    { notFlagged: 'You never let me in, not once in three years.' },
    { flagged: '[[I never asked how your day was]], not really.', pattern: 'owned-acts' },
    { flagged: "[[Half the time I wasn't even listening]].", pattern: 'owned-acts' },
    { notFlagged: 'You never asked how my day was.' },
    { flagged: '[[I had an affair]].', pattern: 'owned-acts' },
    { notFlagged: 'If I had an affair, you would have known.' },
    { flagged: "[[Many times I chose my friends' plans over our video calls]].", pattern: 'owned-acts' },
    { notFlagged: 'You chose your friends over me every single time.' },
    { flagged: '[[I stopped telling you things]].', pattern: 'owned-acts' },
    { notFlagged: 'I stopped texting you because you asked me to.' },
    { flagged: 'Twenty-two years and a dog, [[and I let it all go quiet]].', pattern: 'owned-acts' },
    { notFlagged: "I've let it go now, and I'm happier." },
    {
      flagged: '[[When you asked what was wrong I said "nothing" for the best part of two years]].',
      pattern: 'owned-acts',
    },
    { notFlagged: 'When you asked if you could see him, I said fine.' },
    { flagged: '[[I was always thinking only about my work and not about you]].', pattern: 'owned-acts' },
    { flagged: "[[I should've backed you up at your dad's]].", pattern: 'my-x-caused' },
    { notFlagged: 'I forgot your birthday once and you never let me forget it.' },
    { notFlagged: 'i skipped ur party cos u invited him' },
    { notFlagged: 'I shut myself in the bathroom and cried.' },
    { notFlagged: 'i was in bad place after my father die and i closed myself from everybody' },
    { flagged: '[[I closed myself off from you for a year]].', pattern: 'owned-acts' },
    { flagged: '[[I never once asked how you were really doing]].', pattern: 'owned-formally' },
    { notFlagged: 'You never once asked how I was really doing.' },
    { flagged: '[[Perhaps I did not see how unhappy you were]].', pattern: 'owned-formally' },
    {
      flagged: '[[Maybe i didnt notice how lonely u were with me working nights]]',
      pattern: 'owned-formally',
    },
    { notFlagged: "You didn't see how unhappy I was." },
    { notFlagged: 'My sister did not see how tired you were that week.' },
    // Non-native "stopped to make effort" for "stopped making an effort" (lead review, thirteenth round).
    { flagged: '[[I think I stopped to make effort in the last months]].', pattern: 'i-hurt-you' },
    { flagged: '[[I did not call when I said]], I was always tired.', pattern: 'owned-formally' },
    { flagged: '[[i never came round when i promised i would]]', pattern: 'owned-formally' },
    { notFlagged: "You didn't call when you said you would." },
    { notFlagged: 'I did not call when I said goodbye to the others, as the line was down.' },
    { flagged: '[[You trusted me completely and I broke that]].', pattern: 'owned-formally' },
    { notFlagged: 'You trusted me with the car and I never broke down once.' },
    { flagged: '[[I behaved like an idiot at the wedding]].', pattern: 'i-was-wrong' },
    // Lead review (thirteenth round): the reader's verdict, described, is not the writer's admission.
    {
      notFlagged:
        'You cheated on me with my best mate and then acted like I was the problem for being upset.',
    },
    { notFlagged: 'Your family treated me as if I were the one to blame for everything.' },
    { flagged: 'Looking back, [[I was the problem more often than I admitted]].', pattern: 'i-was-wrong' },
    { flagged: '[[I hold myself responsible]].', pattern: 'owned-formally' },
    { notFlagged: "If it goes wrong I'll hold myself responsible for the car." },
    { flagged: '[[This was very cowardly from me]].', pattern: 'owned-plainly' },
    { flagged: '[[it was very egoist from me]], i know', pattern: 'owned-plainly' },
    { flagged: '[[That was not right on my part]].', pattern: 'owned-formally' },
    { flagged: "[[I was always putting my parents' opinion above yours]].", pattern: 'owned-formally' },
    { notFlagged: 'I always put you before everything else.' },
    { notFlagged: 'That was not right on your part either.' },
    {
      flagged:
        "[[I remember the party at Jess's where I got so drunk I called you a liar in front of everyone]].",
      pattern: 'called-names',
    },
    { flagged: '[[That Christmas i called u selfish in front of ur mum]]', pattern: 'called-names' },
    { notFlagged: 'I called you a liar, and you were one.' },
    { notFlagged: 'I called you a cab that night, remember?' },
    { flagged: '[[Last autumn I betrayed your trust]].', pattern: 'owned-formally' },
    { flagged: '[[I destroyed your trust and I know this]].', pattern: 'owned-formally' },
    { flagged: '[[The responsibility is entirely mine]].', pattern: 'owned-formally' },
    { flagged: '[[I bear full responsibility for what happened]].', pattern: 'owned-formally' },
    {
      flagged: '[[There is no circumstance that excuses it]], and I will not attempt to offer one.',
      pattern: 'owned-formally',
    },
    { flagged: "[[I'd cancel calls when I was knackered]], every single week.", pattern: 'owned-formally' },
    {
      flagged:
        "[[What I said to you in the car park after your cousin's christening was cruel]], and I've no way of dressing it up.",
      pattern: 'my-fault',
    },
    { notFlagged: "I'm sorry I broke your trust." },
    { notFlagged: 'He betrayed your trust, not me.' },
    { notFlagged: 'The responsibility for the dog is mine now.' },
    { notFlagged: 'Nothing excuses what you did with Tyler.' },
    { notFlagged: 'I would cancel our plans for Saturday if you want to talk instead.' },
    { notFlagged: 'You never made it up to me.' },
    { flagged: 'I was working every weekend, [[and I never made it up to you]].', pattern: 'owned-formally' },
    // Eleventh round (strengths11 probe): neglect told as plain past acts.
    {
      flagged: '[[i kept picking fights when i was stressed about work and u took the brunt of it]]',
      pattern: 'neglected-plainly',
    },
    {
      flagged: '[[You asked me for help a dozen times and I brushed you off every time]].',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[I kept cancelling on you at the last minute]].', pattern: 'neglected-plainly' },
    {
      flagged: '[[When my father died I did not answer your messages]], even the kind ones.',
      pattern: 'neglected-plainly',
    },
    { flagged: 'In the months before, [[I had withdrawn from you]].', pattern: 'neglected-plainly' },
    {
      flagged: '[[My temper did real damage]], and I will not pretend otherwise.',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[i think i checked out way before you did]]', pattern: 'neglected-plainly' },
    { flagged: "[[You'd had a long week and I made it longer]].", pattern: 'neglected-plainly' },
    { flagged: '[[I kept saying not now]], and you stopped asking.', pattern: 'neglected-plainly' },
    { notFlagged: 'I made it harder for myself than it needed to be.' },
    { notFlagged: 'You made it worse.' },
    { flagged: "[[You didn't ruin anything; I did]].", pattern: 'neglected-plainly' },
    {
      flagged: '[[You kept asking me to talk and I kept changing the subject]].',
      pattern: 'neglected-plainly',
    },
    {
      flagged: '[[You said you needed space and I gave you a lecture instead]].',
      pattern: 'neglected-plainly',
    },
    { flagged: "[[You'd say sorry first every time, and I never did]].", pattern: 'owns-more' },
    {
      flagged: '[[The fights about money were as much mine as yours]], probably more.',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[Your anger that night was earned]].', pattern: 'neglected-plainly' },
    { flagged: '[[You were not wrong to want more than I could give then]].', pattern: 'neglected-plainly' },
    { flagged: '[[I leaned on that too much]].', pattern: 'neglected-plainly' },
    {
      flagged: 'I used to think your job was beneath you, [[which was snobbish of me]].',
      pattern: 'my-fault',
    },
    { notFlagged: "You didn't ruin anything; he did." },
    {
      flagged: '[[I need to work on my temper]], and I am, with a counsellor every Tuesday.',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[Nobody made me stay up waiting those nights; I chose to]].', pattern: 'neglected-plainly' },
    {
      flagged: 'You never gave up on me, [[even when I gave you every reason to]].',
      pattern: 'neglected-plainly',
    },
    { flagged: 'If I had been in your shoes, [[I would have left me too]].', pattern: 'neglected-plainly' },
    {
      flagged: "[[I can't promise I'll never lose my temper again]], but I'm learning.",
      pattern: 'neglected-plainly',
    },
    {
      flagged: 'Your brother was right about me, [[I was never pulling my weight]].',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[I used to make fun of your choir]], and it was petty.', pattern: 'neglected-plainly' },
    { notFlagged: 'You need to work on your temper.' },
    { notFlagged: "You asked me to lie for you and I didn't." },
    { notFlagged: "Your anger that night was understandable, but throwing my phone wasn't." },
    { notFlagged: 'I will not lie to you again, unlike you.' },
    { notFlagged: 'u kept asking me to come to ur mums and i didnt, so what' },
    { notFlagged: 'Your reaction was fair enough, I suppose, given what you thought.' },
    { notFlagged: 'Nobody made me do anything; you just assumed.' },
    { notFlagged: 'You used to make fun of my choir.' },
    // Advice to move on agreed with is no fault owned.
    { notFlagged: "Mom says I should just let it go, and maybe she's right." },
    { notFlagged: 'You let me believe it was my fault for months.' },
    { notFlagged: 'It was your drinking that drove me out, not the other way round.' },
    // Advice about the writer's health agreed with, not a fault owned.
    { notFlagged: 'My brother says I must go to the doctor and maybe he is right.' },
    { notFlagged: 'My mum says I need to eat properly and sleep more, and she is right.' },
    { flagged: "[[My sister says I was selfish, and she's right]].", pattern: 'faces-it' },
    { notFlagged: "Everyone says I'm better off, and maybe they're right." },
    { notFlagged: 'You say I lied to you, and I never did.' },
    { notFlagged: 'You asked me to wait and I did.' },
    { notFlagged: 'Your anger that night was out of all proportion.' },
    { notFlagged: 'You were not wrong to trust him, he seemed decent.' },
    { notFlagged: 'My mum thinks most of it was mine, but she only heard my side.' },
    // The scene of the reader's good act, not an admission (the tuning letter labels it memory).
    { notFlagged: 'u were the one who booked the tassie trip when i kept saying next year' },
    { notFlagged: 'I checked out of the hotel at noon and drove home.' },
    { notFlagged: 'You brushed me off every time I tried to talk.' },
    { notFlagged: 'Did I ever brush you off when you needed me?' },
    { notFlagged: "You say I didn't answer your messages, but I did." },
    { notFlagged: 'My temper did not help, but you pushed me.' },
    { notFlagged: "I'm sorry I went quiet on you after Da died." },
    { notFlagged: "We're working on how I shut down when things get hard." },
    // "You were right to go" (to leave) is an admission; "right to go back to university" praises a choice.
    { notFlagged: "You were right to go back to university, and you've clearly made the most of it." },
    // Non-native English: "too much" before the adjective.
    { flagged: '[[I know I was too much jealous]].', pattern: 'my-x-caused' },
    // Tenth round (letters review): common wordings of owning it.
    { flagged: "[[I know I've been difficult about the school runs]].", pattern: 'owned-plainly' },
    {
      flagged: '[[I was really sharp with you for months]], and you did nothing to deserve it.',
      pattern: 'owned-plainly',
    },
    { flagged: '[[i was so snappy with u at the end tbh]]', pattern: 'owned-plainly' },
    { flagged: '[[This was very wrong from me]], I know it now.', pattern: 'owned-plainly' },
    { flagged: '[[I called you lazy and useless and you were neither]].', pattern: 'owned-plainly' },
    { flagged: '[[You needed a lot more from me than I was giving]].', pattern: 'owned-plainly' },
    {
      flagged: '[[You were right about so many things]], more than I let on.',
      pattern: 'owned-plainly',
    },
    { notFlagged: "You say I've been difficult about the handovers, but I don't see it." },
    { notFlagged: 'The weather was so cold at the end of the trip.' },
    { notFlagged: 'Maybe I was a bit sharp with you, but you started it.' },
    {
      flagged: 'When you said you could not go on, [[I said things I regret deeply]].',
      pattern: 'owns-more',
    },
    { flagged: '[[i did some stuff im not proud of when we lived in Leeds]]', pattern: 'owns-more' },
    { notFlagged: 'None of this was your fault, Sam.' },
    { flagged: '[[You deserved a husband who listened]].', pattern: 'owns-more' },
    { notFlagged: 'You deserve someone who shows up for you, and I hope you find them.' },
    { notFlagged: 'You said things you regret, I know, and so did I.' },
    { notFlagged: "The sea was calm when I wasn't looking, and then the storm came." },
    { notFlagged: 'I admit that I was nervous writing this.' },
    { notFlagged: 'I accept that I was so heartbroken I could barely work.' },
    { flagged: '[[Sorry for being such a pain during the move]].', pattern: 'owns-more' },
    {
      flagged: '[[I want to apologise properly, without excuses]], for how I behaved in Galway.',
      pattern: 'owns-more',
    },
    { flagged: "[[Every fight we had, I started]], if I'm honest.", pattern: 'owns-more' },
    { notFlagged: 'Sorry for being so slow to write back.' },
    { notFlagged: 'I started the car and drove to the coast.' },
    { flagged: '[[I was so jealous of him and I hate that about myself]].', pattern: 'owns-more' },
    { flagged: "[[By the end of March I'll have paid off the debts I ran up]].", pattern: 'owns-more' },
    { notFlagged: 'The money I spent on the ring was worth every penny.' },
    { flagged: 'Truth be told, [[I never made room for you in my life]].', pattern: 'i-hurt-you' },
    { flagged: '[[I put you last]], behind the farm and the pub and my brothers.', pattern: 'owns-more' },
    { flagged: '[[I own the fact that I was cold and withdrawn that whole winter]].', pattern: 'owns-more' },
    { flagged: "[[I was a bit of a grump that year, I won't deny it]].", pattern: 'owns-more' },
    { flagged: "[[You'd say sorry first every time, and I hardly ever did]].", pattern: 'owns-more' },
    { flagged: 'Mi sorry bad, [[mi never shoulda shout at yuh like dat]].', pattern: 'owns-more' },
    { flagged: '[[pardon me for the long silence, my dear, it was not right]].', pattern: 'owns-more' },
    { notFlagged: 'I found a therapist who does sessions over video, so the distance is no excuse.' },
    { notFlagged: "I know you blame me, and maybe you're right, maybe not." },
    { notFlagged: 'People told me I was to blame, and I believed them for a while.' },
    { notFlagged: 'I accept that I was hurt, and that it will take time.' },
    { notFlagged: 'I put you on the train at Crewe and waved till it was gone.' },
    { flagged: "[[I know I wasn't blameless]].", pattern: 'owns-more' },
    { flagged: "[[I'm done pretending I was blameless]].", pattern: 'owns-more' },
    { flagged: 'We never saw eye to eye, [[and some of that was my stubbornness]].', pattern: 'owns-more' },
    { flagged: "[[Thank you for being honest when I wasn't]].", pattern: 'owns-more' },
    {
      flagged: "You were exhausted from the night shifts, [[and I didn't make it easier]].",
      pattern: 'i-hurt-you',
    },
    { notFlagged: "I wasn't innocent of what happened in Leeds, I was there." },
    { notFlagged: 'I never thanked you for holding everything together, so: thank you.' },
    { notFlagged: "Don't you dare make out this was all on me." },
    { notFlagged: "You were the one who wanted to move, so don't act like I'm the one who pulled away." },
    { notFlagged: 'stop making out im the one who left' },
    { notFlagged: "Yeah I messed up, but let's not forget who started texting their ex first." },
    { notFlagged: 'Yes I cheated, but only because you had stopped touching me.' },
    { notFlagged: 'I was hurt, and it took me a long time to see that it was mine to work through.' },
    { notFlagged: 'I need to tell you something I should have said a long time ago.' },
    { notFlagged: "If you'd rather I left you alone, say so." },
    { flagged: '[[I am a stubborn man and it cost us]], I see that now.', pattern: 'owns-more' },
    { flagged: "[[I've been a jealous husband, and it wore you down]].", pattern: 'owns-more' },
    { flagged: '[[i went quiet and left you to it which is on me]]', pattern: 'owns-more' },
    { flagged: '[[The way I kept checking your location was wrong]].', pattern: 'owns-more' },
    {
      flagged: '[[Your leaving was the consequence of my choices]], not of anything you did.',
      pattern: 'owns-more',
    },
    { flagged: '[[I know the night shifts made me impossible to live with]].', pattern: 'owns-more' },
    { flagged: '[[I made a mess of the move to Perth]].', pattern: 'owns-more' },
    { flagged: '[[The letter I sent in April was unkind]].', pattern: 'owns-more' },
    { flagged: '[[Please accept my apologies for all the wahala I caused you]].', pattern: 'my-fault' },
    { flagged: '[[I stopped turning up for us long before that]].', pattern: 'i-hurt-you' },
    { notFlagged: "My sister says I'm too hard on myself, and she's probably right." },
    { notFlagged: 'You made me impossible to live with, in the end.' },
    { notFlagged: 'I made a mess of the kitchen trying to bake your cake.' },
    { notFlagged: 'The way I found out was cruel.' },
    { notFlagged: "It wasn't the result of my choices, whatever your mum says." },
    { notFlagged: "I'm a stubborn man, and proud of it." },
    { flagged: '[[I have to admit I was wrong]].', pattern: 'i-was-wrong' },
    { flagged: '[[I know my jealousy pushed you away]].', pattern: 'my-x-caused' },
    { flagged: 'Looking back, [[i messed up so badly with you]].', pattern: 'messed-up' },
    { flagged: '[[I made a lot of mistakes]], and I see them now.', pattern: 'messed-up' },
    { flagged: '[[It was my fault that we stopped talking]].', pattern: 'my-fault' },
    { flagged: '[[I take full responsibility for how it ended]].', pattern: 'my-fault' },
    { flagged: 'I opened your post. [[That was wrong of me]].', pattern: 'my-fault' },
    { flagged: '[[I took you for granted for most of that last year]].', pattern: 'i-hurt-you' },
    { flagged: "[[I wasn't there for you when your dad was ill]].", pattern: 'i-hurt-you' },
    { flagged: '[[I was too controlling about who you saw]].', pattern: 'my-x-caused' },
    { flagged: '[[I should have listened when you said you were tired]].', pattern: 'my-x-caused' },
    { flagged: '[[im to blame for a lot of what went wrong]].', pattern: 'my-fault' },
    { flagged: '[[I got so many things wrong with you]].', pattern: 'owned' },
    { notFlagged: "I won't contact your family, that's not fair on them." },
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
    { flagged: "[[My sister says I need to stop sulking, and she's right]].", pattern: 'faces-it' },
    { flagged: '[[I have to be honest with myself about how much I drank]].', pattern: 'faces-it' },
    { flagged: "[[That's my failing]], not yours.", pattern: 'faces-it' },
    { flagged: '[[It was my pride that ended it]], not your job.', pattern: 'my-x-caused' },
    { flagged: '[[I see now how invisible you felt]].', pattern: 'faces-it' },
    { flagged: '[[I made everything about me that year]].', pattern: 'faces-it' },
    { flagged: "I'm sorry I opened your post; [[there's no excusing it]].", pattern: 'faces-it' },
    { flagged: "I was exhausted, [[but that's no excuse]].", pattern: 'faces-it' },
    { flagged: '[[That was a low blow]], and I know it.', pattern: 'faces-it' },
    { flagged: '[[That was a petty, spiteful thing to say]].', pattern: 'faces-it' },
    { flagged: '[[I hid the bank letters from you]].', pattern: 'faces-it' },
    {
      flagged: "[[I can't go on like this, drinking every night]], so I've joined a group.",
      pattern: 'faces-it',
    },
    { flagged: 'but honestly [[I pulled away first]]', pattern: 'went-first' },
    { flagged: '[[I was a total prick to you that summer]].', pattern: 'my-x-caused' },
    { flagged: '[[The jealousy was mine]], not yours to fix.', pattern: 'faces-it' },
    { flagged: '[[I could have handled it so much better]].', pattern: 'faces-it' },
    { flagged: 'honestly, [[i was a terrible boyfriend]]', pattern: 'faces-it' },
    { flagged: "[[I'm the reason we ended]].", pattern: 'i-was-wrong' },
    { flagged: "[[I'm not going to make excuses for what I did]].", pattern: 'faces-it' },
    { flagged: '[[It took me a long time to see that the silences were mine]].', pattern: 'mine' },
    { flagged: '[[It was me who stopped calling]].', pattern: 'mine' },
    { flagged: 'More than once, [[I had no right to]].', pattern: 'mine' },
    { flagged: '[[I checked your phone]], more than once.', pattern: 'did-to-you' },
    { flagged: "[[What I did in Berlin was my choice]], nobody else's.", pattern: 'mine' },
    { flagged: '[[I made it your problem when it was mine]].', pattern: 'mine' },
    { flagged: '[[I made that your problem]].', pattern: 'did-to-you' },
    { flagged: '[[I spoke over you at every dinner party]].', pattern: 'did-to-you' },
    { flagged: 'Looking back, [[I treated your work like it was a hobby]].', pattern: 'did-to-you' },
    {
      flagged: "[[i said i'd come to ur graduation and i didnt even text]].",
      pattern: 'did-to-you',
    },
    {
      flagged: '[[I can see now that every time you tried to talk I changed the subject]].',
      pattern: 'i-hurt-you',
    },
    { flagged: '[[I know my drinking is why you left]].', pattern: 'see-now' },
    { flagged: '[[I regret the things I said about your sister]].', pattern: 'see-now' },
    {
      flagged: '[[If I had listened when you talked about the move, maybe we would have had a chance]].',
      pattern: 'see-now',
    },
    { notFlagged: "I'm sorry I read your diary." },
    { notFlagged: 'I was wrong about plenty, but at least I never lied to your face.' },
    { notFlagged: 'Stop telling people I was the problem.' },
    { notFlagged: 'I checked your phone and found the messages from him.' },
    { notFlagged: 'I made you laugh every day for ten years.' },
    { notFlagged: 'It was me who did all the work in this relationship.' },
    { flagged: '[[I blamed your job when the problem was me]].', pattern: 'mine' },
    { flagged: '[[I turned every disagreement into a fight]].', pattern: 'mine' },
    { flagged: "[[You deserved someone who showed up, and I didn't]].", pattern: 'mine' },
    { notFlagged: "That's no excuse, you knew what you were doing." },
    { notFlagged: 'That was a cheap shot from your sister.' },
    { notFlagged: "I hid the truth from you because you'd have left." },
    { notFlagged: 'I could have done better than you.' },
    { notFlagged: 'He says I did nothing wrong, and he is right.' },
    { notFlagged: 'You were right to leave that job; it was brave.' },
    { notFlagged: 'I have a lot to learn about French cooking.' },
    { notFlagged: 'You were tired, but that is no excuse for what you said.' },
    { notFlagged: 'I was embarrassed by how you spoke to my mum.' },
    { notFlagged: 'I was a coward in general, scared of everything.' },
    { notFlagged: 'I pulled the car over first.' },
    { notFlagged: "I didn't even ask for much." },
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
    { flagged: '[[My jealousy made you account for every hour of your day]].', pattern: 'my-x-caused' },
    { flagged: '[[My silence after your mum died left you grieving on your own]].', pattern: 'my-x-caused' },
    { flagged: "[[My pride wouldn't let me say sorry]].", pattern: 'my-x-caused' },
    { flagged: '[[I was a right eejit to you that winter]].', pattern: 'my-x-caused' },
    { flagged: '[[The Lord has shown me how proud and hard-hearted I was]].', pattern: 'my-x-caused' },
    { flagged: '[[I have done you a great wrong]].', pattern: 'i-was-wrong' },
    { flagged: '[[Kindly accept that the fault in this matter was entirely mine]].', pattern: 'owned' },
    { flagged: "What I did broke your trust, [[and that's on nobody but me]].", pattern: 'owned' },
    { flagged: '[[I should never have read your diary]].', pattern: 'owned' },
    {
      flagged: '[[I must acknowledge that my conduct during our final months was inexcusable]].',
      pattern: 'my-fault',
    },
    { flagged: '[[The cold shoulder I gave you was a cruel way to punish you]].', pattern: 'my-fault' },
    {
      flagged: 'It was inexcusable, [[and I do not intend to offer any excuse for it]].',
      pattern: 'my-fault',
    },
    { flagged: '[[tbh the way i went off at u over nothing was out of order]]', pattern: 'my-fault' },
    { flagged: '[[I raised my voice at you in front of your whole family]].', pattern: 'i-hurt-you' },
    { flagged: '[[I chose the lads over you more weekends than I can count]].', pattern: 'i-hurt-you' },
    {
      flagged: '[[Every time you tried to bring up money I walked out of the room]].',
      pattern: 'i-hurt-you',
    },
    { flagged: "[[I made a promise to you at the altar and I didn't keep it]].", pattern: 'i-hurt-you' },
    { flagged: '[[I can admit now that I went looking for arguments]].', pattern: 'i-hurt-you' },
    { flagged: '[[I was not good husband to you]], I know this.', pattern: 'i-hurt-you' },
    { flagged: '[[I let my mother speak to you the way she did]].', pattern: 'i-hurt-you' },
    { flagged: '[[I never gave your worries the weight they deserved]].', pattern: 'i-hurt-you' },
    { flagged: '[[Mine was the hand that let go first]].', pattern: 'mine' },
    { flagged: 'I used to blame the drink, [[but the drink was a choice as well]].', pattern: 'mine' },
    { flagged: '[[That pattern was mine]], not yours.', pattern: 'mine' },
    { flagged: '[[I have come to understand that my moods set the tone]].', pattern: 'see-now' },
    { notFlagged: "I'm human, I made mistakes like anyone would." },
    { notFlagged: "I've been told I was controlling, but I only did it because I cared." },
    { notFlagged: 'My therapist says none of this was my fault.' },
    { notFlagged: 'It was my fault for ever trusting you.' },
    { notFlagged: "I take full responsibility for the dog now that you've moved out." },
    { notFlagged: 'You were right about that film, by the way.' },
    { notFlagged: 'My drinking buddies all say hi.' },
    { notFlagged: 'Every time you called, I smiled for an hour.' },
    { notFlagged: "I'll admit I was surprised when you took the job." },
    { notFlagged: 'The ring I gave you was beautiful.' },
    { notFlagged: 'None of this is on you, honestly.' },
    { flagged: 'Aye, [[I was a right pain to live with that last winter]].', pattern: 'my-x-caused' },
    {
      flagged: "[[The long and short of it is that I wasn't there when you needed me]], full stop.",
      pattern: 'i-hurt-you',
    },
    { flagged: '[[It is I who broke the trust between us]], and nobody else.', pattern: 'mine' },
    { flagged: 'Abeg, [[na my fault]].', pattern: 'owned' },
    { flagged: '[[I lay it at my own door]], love.', pattern: 'owned' },
    { flagged: '[[My gambling emptied the account we had saved]].', pattern: 'my-x-caused' },
    { flagged: '[[The person who made our house feel like a minefield was me]].', pattern: 'mine' },
    { flagged: '[[I am the one who owes you an explanation]], not the other way round.', pattern: 'mine' },
    { flagged: "[[You asked for one evening a week and I couldn't even give you that]].", pattern: 'mine' },
    {
      flagged: "[[Half the rows we had started because I'd had a skinful, and I know it]].",
      pattern: 'mine',
    },
    { flagged: '[[I know I never pulled my weight with the kids]].', pattern: 'i-hurt-you' },
    { notFlagged: 'My sister reckons I was a nightmare to live with, but she always takes your side.' },
    { notFlagged: "I'll own my part when you own yours." },
    { notFlagged: 'I love you more than anything, and I know it.' },
    { flagged: '[[I put you through hell that year]].', pattern: 'i-hurt-you' },
    { flagged: '[[I could see you were struggling and I did nothing]].', pattern: 'i-hurt-you' },
    { flagged: '[[I went behind your back with the loan]].', pattern: 'i-hurt-you' },
    { flagged: '[[I said things I can never take back]].', pattern: 'i-hurt-you' },
    { flagged: '[[I let the drink take over]].', pattern: 'i-hurt-you' },
    { flagged: '[[I was so busy being right that I forgot to be kind]].', pattern: 'i-hurt-you' },
    { flagged: 'I was rubbish at telling you how I felt, [[and you paid for it]].', pattern: 'i-hurt-you' },
    { flagged: '[[You deserved so much better from me]].', pattern: 'i-hurt-you' },
    { flagged: '[[I see how my silence must have felt]].', pattern: 'i-hurt-you' },
    { notFlagged: 'I asked for help and I did nothing wrong.' },
    { notFlagged: 'I went home and I did nothing all weekend.' },
    { notFlagged: 'I put the kettle on before you got home.' },
    { notFlagged: "I have to admit I didn't expect to hear from you." },
    { notFlagged: 'I hope my words made you smile.' },
    { notFlagged: 'You deserved better than him.' },
    { notFlagged: 'I kept the secret you told me about your sister.' },
    // Fifteenth round (lead's review letters): one's own silence as a habit.
    {
      flagged:
        "[[I kept everything to myself]], the money worries, my dad's illness, and then I was surprised when you felt shut out.",
      pattern: 'own-habit',
    },
    { notFlagged: 'You kept everything to yourself, and I never knew.' },
    { flagged: '[[i reckon i stuffed it by never making the trip over]]', pattern: 'messed-up' },
    { notFlagged: 'I stuffed it in the bag and forgot about it.' },
    {
      flagged:
        '[[I got stuck into the piss every weekend and left you to deal with everything]], the bills, your mum, the dog.',
      pattern: 'neglected-plainly',
    },
    { flagged: '[[i left u holding the baby every single time]]', pattern: 'neglected-plainly' },
    { notFlagged: 'Your brother left you to deal with everything when your dad was ill.' },
    {
      flagged: '[[I raised my voice and said things that were not true]], only to hurt you.',
      pattern: 'neglected-plainly',
    },
    { notFlagged: 'My boss raised his voice and I froze, and I thought of you.' },
    { flagged: '[[I lost my temper and said awful things]].', pattern: 'neglected-plainly' },
    { flagged: '[[I blew up at you over nothing]], more than once.', pattern: 'neglected-plainly' },
    { notFlagged: 'My dad blew up at all of us when I was small, and I swore I never would.' },
    {
      flagged:
        "I'm not going to pretend the fights were all one-sided, [[but I started more of them than you did]].",
      pattern: 'neglected-plainly',
    },
    // Twenty-first round (solution21): one's part owned with no fault word; the same shapes excused, denied or about someone else.
    { flagged: "[[I wasn't the partner I promised to be]].", pattern: 'owned-unsaid' },
    { flagged: "[[You tried to tell me so many times and I wouldn't hear it]].", pattern: 'owned-unsaid' },
    { flagged: '[[You carried us both for years, and I let you]].', pattern: 'owned-unsaid' },
    { flagged: '[[You did all the emotional work while I coasted]].', pattern: 'owned-unsaid' },
    { flagged: '[[I hid behind my job]].', pattern: 'owned-unsaid' },
    { flagged: '[[I was more interested in being right than in being kind]].', pattern: 'owned-unsaid' },
    { flagged: '[[The drink came first for me, and you came second]].', pattern: 'owned-unsaid' },
    { flagged: '[[I chose to drink rather than deal with things]].', pattern: 'owned-unsaid' },
    { flagged: '[[I never apologised properly for the things I said in Rome]].', pattern: 'owned-unsaid' },
    { flagged: '[[I was the one at fault]].', pattern: 'owned-unsaid' },
    { flagged: '[[I really let things slide with us]].', pattern: 'owned-unsaid' },
    { flagged: '[[I gave up on us before you did]].', pattern: 'owned-unsaid' },
    { flagged: '[[You got the worst of me that year]].', pattern: 'owned-unsaid' },
    { flagged: '[[I was never there]], even when I was in the room.', pattern: 'owned-unsaid' },
    { flagged: '[[I was emotionally absent for most of that year]].', pattern: 'owned-unsaid' },
    { flagged: '[[I handled the end of us like a coward]].', pattern: 'owned-unsaid' },
    { flagged: '[[Instead of telling you I was unhappy, I started drinking]].', pattern: 'owned-unsaid' },
    { flagged: '[[I racked up debts behind your back]].', pattern: 'owned-unsaid' },
    { flagged: '[[I minimised what you were going through]].', pattern: 'owned-unsaid' },
    { flagged: '[[I never took your anxiety seriously]].', pattern: 'owned-unsaid' },
    { flagged: '[[My insecurity turned into control]].', pattern: 'owned-unsaid' },
    { flagged: '[[I let my insecurities ruin what we had]].', pattern: 'owned-unsaid' },
    { flagged: "[[I wasn't faithful to you]].", pattern: 'owned-unsaid' },
    { flagged: '[[i did u dirty]]', pattern: 'owned-unsaid' },
    { flagged: '[[I ruined a good thing]].', pattern: 'owned-unsaid' },
    { flagged: '[[I never made you feel like a priority]].', pattern: 'owned-unsaid' },
    { flagged: '[[I disappeared on you when your dad got sick]].', pattern: 'owned-unsaid' },
    { flagged: '[[Not once that winter did I ask how your day had been]].', pattern: 'owned-unsaid' },
    {
      flagged: "[[It wasn't the distance that broke us, it was me not picking up the phone]].",
      pattern: 'owned-unsaid',
    },
    { flagged: '[[You deserved better than what I gave you]].', pattern: 'owned-unsaid' },
    { flagged: '[[I accept that my actions led to the breakup]].', pattern: 'owned-unsaid' },
    { flagged: '[[The fights about money were mostly my doing]].', pattern: 'owned-unsaid' },
    { flagged: '[[My silences were cruel]], I see that now.', pattern: 'owned-unsaid' },
    { flagged: '[[Everything you said about my drinking was true]].', pattern: 'owned-unsaid' },
    { flagged: '[[Your trust was a gift and I treated it carelessly]].', pattern: 'owned-unsaid' },
    { flagged: '[[You were always honest with me and I repaid that with lies]].', pattern: 'owned-unsaid' },
    { flagged: '[[I was the one who turned every holiday into an argument]].', pattern: 'owned-unsaid' },
    { flagged: '[[I never once came to one of your matches]].', pattern: 'owned-unsaid' },
    { flagged: "[[My behaviour that night is something I'm deeply ashamed of]].", pattern: 'owned-unsaid' },
    { flagged: 'Your mum saw it before I did: [[I was treating you like staff]].', pattern: 'owned-unsaid' },
    {
      flagged: '[[I took the job in Dubai without really asking what you wanted]].',
      pattern: 'owned-unsaid',
    },
    { flagged: "[[I'll own that]], all of it.", pattern: 'owned-unsaid' },
    { flagged: '[[I punished you for it with silence]].', pattern: 'owned-unsaid' },
    { notFlagged: "I wasn't the man you thought I was." },
    { notFlagged: "You told me you were pregnant and I didn't know what to say." },
    { notFlagged: 'You did the cooking and I did the cleaning.' },
    { notFlagged: 'I hid behind the sofa when the dog barked.' },
    { notFlagged: 'I was more interested in history than maths at school.' },
    { notFlagged: 'I never apologised because I had nothing to apologise for.' },
    { notFlagged: "I wasn't there when it happened." },
    { notFlagged: 'Instead of telling you, I went to the police.' },
    { notFlagged: 'I abandoned the car on the hard shoulder.' },
    { notFlagged: 'Not once did I ask for anything in return.' },
    { notFlagged: 'Not once did I check your phone, unlike you.' },
    { notFlagged: "It wasn't me, it was my brother." },
    { notFlagged: 'The problem was never you, it was him.' },
    { notFlagged: 'I take my share of the blame, though honestly most of it is yours.' },
    { notFlagged: 'I know I hurt you, but you hurt me too.' },
    { notFlagged: "I'm sure you tell everyone it was my fault." },
    { notFlagged: 'I was never there, you made sure of that.' },
    { notFlagged: 'You asked me to leave, and I refused.' },
    { notFlagged: 'I gave up on you ever calling back.' },
    { notFlagged: 'The dinner was my doing, I cooked it all.' },
    { notFlagged: 'My first marriage was toxic.' },
    { notFlagged: 'Everything you said about me was a lie.' },
    { notFlagged: 'Everything you said about my mother was true.' },
    { notFlagged: 'I was the one who took the kids to school.' },
    { notFlagged: 'The fights were all your doing.' },
    { notFlagged: "My dad's drinking was cruel to all of us." },
    // Twenty-first round (solution21), second batch: more shapes, and the price or the refusal beside them.
    { flagged: '[[I let my drinking make decisions for both of us]].', pattern: 'owned-unsaid' },
    { flagged: 'Abeg, [[na me cause am]], I no go lie.', pattern: 'owned-unsaid' },
    { flagged: '[[You needed support and I gave you criticism]].', pattern: 'owned-unsaid' },
    {
      flagged: '[[I said yes to every work trip and no to every weekend away with you]].',
      pattern: 'owned-unsaid',
    },
    { flagged: '[[I failed to be the husband I promised to be at our wedding]].', pattern: 'owned-unsaid' },
    { flagged: "[[I'm responsible for most of the damage]].", pattern: 'owned-unsaid' },
    { notFlagged: "I'm responsible for the damage to the car." },
    { notFlagged: 'You needed space and I gave you space.' },
    { notFlagged: 'You wanted honesty and I gave you the truth.' },
    { notFlagged: 'I let my sister make the decisions about the funeral.' },
    { notFlagged: "I take responsibility for nothing you've accused me of." },
    { notFlagged: 'I failed to be the perfect wife you wanted, apparently.' },
  ],
})
