// A concrete, workable change or proposal about what caused the breakup: "I've started seeing a
// counselor about my anger", "I stopped drinking in March", "I could come to Lyon every other weekend".
// Not a vague promise ("I'll change", "I'll be better", "I'm a different person now").
import {
  BARGAIN_LINK,
  RETURN_ASKED,
  THEIR_CONTACT,
  THEIR_RETURN,
  WHAT_IT_TAKES,
} from '../../../lexicon/en/bargain.js'
import { WEEKDAYS } from '../../../lexicon/en/time.js'
import { defineRule, sentenceWith } from '../define.js'

/** The writer (or the couple) as subject, with the modals of a plan or a proposal. */
const WE =
  "{B}(?:could we|can we|shall we|should we|we cud|we coud|i'?ve|i have|i'?m|i am|im|i'?ll|i will|i'?d|i would|i|we could|we can|we might|we'?d|we would|maybe we could|perhaps we could|what if we|how about we|i'?d(?: also| really)? (?:like|love|want) us to|i would(?: also| really)? (?:like|love|want) us to|i want us to)"
/** Only an offer or a proposal: "I'll call you every day" is persistence, "we could talk every Sunday" a plan. */
const PROPOSE =
  "{B}(?:could we|can we|shall we|why don'?t we|we cud|we coud|we could|we can|we might|we'?d|we would|maybe we could|perhaps we could|what if we|how about we|i'?d(?: also| really)? (?:like|love|want) us to|i would(?: also| really)? (?:like|love|want) us to|i want us to|i could|i can|i'?d|i would|i'?d be (?:happy|glad|willing|ready) to|(?:{IM}) (?:willing|ready|prepared|happy|open) to)"
/** Adverbs and auxiliaries between the subject and the verb. */
const AUX =
  '(?:\\s+(?:taken the liberty of|took the liberty of|already|finally|recently|just|now|also|since|really|actually|be|been|have|started|starting|begun|began|decided to|want to|would like to|like to|love to|ready to|willing to|open to|happy to|prepared to|going to|gonna|plan to|planning to|intend to|intend to have|aim to|hope to|promise to|keep|kept|regularly|still|even|both|together|try|to))*'
/** Adverbs between the writer and a change made: "I have already…", "I now…", "I finally…". */
const ALREADY = '(?:(?:already|now|finally|also|recently|even)\\s+)*'
/** Not the move that caused the trouble: "I asked for the transfer to Dubai without asking you". */
const NOT_BEHIND_BACK = String.raw`(?![^.!?\n]{0,60}{B}(?:without (?:asking|telling|talking|consulting|discussing)|behind (?:your|ur) back|and never (?:asked|told)|before (?:asking|telling|talking to))(?![\p{L}]))`
/** Counts in words or digits: "ninety days", "twelve sessions". */
const NUM =
  '\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a few|several|a couple of'
const HELP = `(?:(?:(?:a few|some|weekly|regular|my first|the first|an?|${NUM})\\s+)?(?:sessions?|appointments?|meetings?) (?:with|at) )?(?:(?:one of (?:those|the|these|them)|a|an|some|my|the|our|first|second|talking|\\d+[- ]weeks?|(?:six|eight|ten|twelve)[- ]weeks?|couples?'?|marriage|relationship|individual|weekly|regular|real|professional|group|joint|free|cbt|sex|addiction|gambling|trauma|grief|bereavement|hospice|family|specialist|private|nhs|online|proper|good|uni|university|college|school|student|campus|work|workplace|company|community|church)\\s+)*(?:(?:psycho|hypno)?therap(?:y|ist|ies|y sessions)|(?:(?:\\d+|${NUM})[- ]weeks? |de-?addiction |addiction recovery |wellness |residential |outpatient |day |recovery |rehabilitation |rehab |treatment |detox |12[- ]step |twelve[- ]step |sobriety |addiction |alcohol |drug |gambling |anger |behaviou?r(?:al)? |perpetrator )+program(?:me)?s?|(?:men'?s|women'?s|peer|recovery|therapy|sobriety|addiction|anger|smart recovery|gamblers?'?|gambling|alcohol|drinking|drug|grief|bereavement|support|carers'?|al-?anon)\\s+groups?|(?:parenting|anger management|anger|temper|jealousy|stress management|stress|communication|relationship|couples|mindfulness|budgeting|money management|cbt|dbt) (?:course|class(?:es)?|workshop|programme|program)|(?:[\\w-]+ )?(?:course|training|seminar) (?:on|in|about|for|against) (?:[\\w'-]+ ){0,2}?(?:anger|temper|communication|relationships|jealousy|conflict|emotions|mindfulness|listening|couples|stress|aggression|aggressivity|anxiety)|marriage guidance(?: sessions?| counsel+ing)?|relate(?= (?:for (?:the )?(?:both|two) of us|together|counsel+(?:ing|or)|sessions?|appointments?)(?![\\p{L}])|\\s*[.!,;]|\\s*$)|(?:sleep|addiction|drug|alcohol|gambling|mental health|anger|memory|men'?s health|psychiatric|outpatient|wellbeing|well-being|pain|day) clinic|(?:someone|somebody)(?:,\\s*|\\s+)(?:like\\s+|maybe\\s+|i mean\\s+)?(?:an?\\s+)?(?:(?:proper|professional|couples?|good|real|trained)\\s+)*(?:therapist|counsel+or|psycholog(?:ist|ue)|mediator)|(?:aa|na|ga|ca|smart|gam-?anon|12[- ]step|twelve[- ]step) meetings?|counsel+(?:or|ors|ing)|psycholog(?:ist|ue)|psychiatrist|shrink|anger management|support groups?|aa(?: meetings)?|al-anon(?: meetings)?|na meetings|narcotics anonymous|alcoholics anonymous|gamblers anonymous|rehab|cbt|dbt|emdr|(?:some )?(?:medication|meds|antidepressants) (?:for|to help with) my|(?:12|twelve)[- ]steps?(?: (?:thing|program(?:me)?|meetings?|group|work))?|someone (?:together|about (?:it|this|my)|for (?:my|it|this))|a professional|(?:a |my )?(?:support worker|key worker|sponsor|recovery worker|addiction (?:worker|counsel+or|nurse|service)|mental health (?:team|nurse|service)|life coach)|(?:the |my )?(?:gp|doctor) (?:to|about)|(?:dr\\.?|doctor) [\\p{L}'-]+ (?:about|for) (?:my|the) (?:temper|anger|drinking|gambling|jealousy|anxiety|depression|moods?|mental health|stress|addiction|behaviou?r|insecurit(?:y|ies)|trust issues|panic attacks|rages|outbursts|drugs)|(?:\\w+ )?(?:group|meetings?) (?:at the (?:clinic|centre|center|hospital|church)|for (?:people|men|women|partners|anger|jealousy|addiction))|meetings (?=twice|every|each|once|since|a week|regularly|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)(?![\\p{L}]))|course on (?:communication|anger|relationships)|help (?:for|with) (?:my|the)|(?:debt|money|financial|budget(?:ing)?) (?:advis[eo]r|counsel+or|coach|charity|helpline)|citizens advice(?: bureau)?|stepchange|national debtline|gamcare)`
/** How often: what turns "we could talk more" into a plan. */
const FREQ = `(?:every (?:\\d+|two|three|four|five|six|eight|few|couple of) (?:days|weeks|months|weekends))|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:${WEEKDAYS}) (?:evenings|nights|mornings|afternoons))|(?:every|each) (?:other |single )?(?:day|night|evening|morning|week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday|fortnight)|once (?:a|every) (?:week|month|fortnight|day)|twice a (?:week|month)|(?:one|two|three|a few|an?) (?:\\p{L}+ )?(?:evenings?|nights?|days?|weekends?|times|afternoons?|mornings?) a (?:week|month)|more (?:often|regularly)|regularly|for the summer|for a few (?:weeks|months)|on (?:weekends|sundays|fridays|saturdays)`

/** Verbs that make "I've started…" / "I now…" a thought, a feeling or the old trouble, not a change. */
const NOT_CHANGE =
  '(?:giving (?:my |all my )?(?:things|stuff|belongings) away|ringing|phoning|emailing|visiting|following|writing (?:goodbye|farewell|my will|a will|letters to)|sorting out my (?:affairs|will)|seeing|dating|sleeping|hanging|going out|talking to|texting|messaging|calling|missing|miss|crying|cry|feeling|feel|thinking|think|wondering|wonder|worrying|doubting|dreaming|dream|hoping|hope|wishing|wish|waiting|wait|drinking|drink|smoking|smoke|gambling|gamble|betting|losing|hating|hate|believing|believe|realising|realizing|realise|realize|understanding|understand|know|knowing|see|seeing|get|getting|have|having|am|was|can|could|would|will|just|still|live|living|love|loving|need|needing|want|wanting|regret|regretting|accept|accepting|remember|remembering|recognise|recognize|appreciate|appreciating|find|finding|sleep|spend|spending|sit|sitting|drive|driving|walk past|walking past|check|checking|look|looking at (?:your|ur|our|old|photos|pictures)|read|reading (?:your|ur|our|old)|watch|watching|stare|staring|lie|lying|cope|coping|struggle|struggling|avoid|avoiding|pretend|pretending|blame|blaming|write to (?:you|u)|writing to (?:you|u)|to (?:think|feel|wonder|miss|hate|believe|realise|realize|see|understand|drink|smoke|cry|doubt|forget|date|lose|worry|hope|wish|regret|avoid|question|resent|struggle|look at|notice (?:that|how) (?:you|u)))(?![\\p{L}])'
/**
 * A change announced but not named: "I have begun to change what I can", "I've started making changes".
 * The method asks for the change itself; what follows it, when concrete, is found on its own.
 */
const VAGUE_CHANGE = String.raw`(?:to\s+)?(?:change|changing|make (?:some |a few |real )?changes|making (?:some |a few |real )?changes|improve|improving|work on myself|working on myself|better myself|bettering myself|fix (?:myself|things|me)|fixing (?:myself|things|me))(?=\s*(?:[.!,;:…—–]|$)|\s+(?:what|things|myself|me|a lot|stuff|everything|some things|bit by bit|slowly|where|how i)(?![\p{L}]))`
/** Housework, money and family logistics: the everyday load a change is often about. */
const CHORE =
  '(?:(?:the|my|our|all the|half the|half of the|most of the|my share of the|our)\\s+)?(?:dishes|washing[- ]up|washing|laundry|cooking|cleaning|hoovering|vacuuming|ironing|bins|food shop(?:ping)?|shopping|school runs?|bedtimes?|bath ?times?|chores|housework|bills|budget|paperwork|nursery runs?|pick-?ups|bathroom|kitchen|hoover|dog walks?)(?![\\p{L}])'
/** A lasting rule of the week: "every night", "on Sundays", "twice a week". */
const EVERY =
  '(?:every|each) (?:other |single )?(?:day|night|evening|morning|week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday|fortnight)(?![\\p{L}])|(?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weeknights)(?![\\p{L}])|(?:once|twice|three times|four times|\\d+ times) a (?:week|month|day|fortnight)(?![\\p{L}])|(?:every|each) (?:\\d+|two|three|four|few) (?:days|weeks|months)(?![\\p{L}])'

/** Family and friends a writer asks to step back from the couple (more-steps). */
const KIN = String.raw`(?:mum|mom|mam|mother|dad|father|parents|family|sister|brother|mates|friends)`

export default defineRule({
  id: 'solution',
  kind: 'strength',
  severity: 'info',
  sixRule: 'solutions',
  title: 'Solution',
  summary: 'A concrete, workable change or proposal that answers what caused the breakup.',
  message:
    'A concrete change, not just a promise. It lets them picture how things could be different; keep it specific and realistic.',
  patterns: [
    {
      id: 'help',
      // Seeking help: therapy, counselling, anger management, AA; done, under way or proposed.
      re: `${WE}${AUX}\\s+(?:booked myself (?:into|onto|on|in (?:at|with|for))|booked (?:onto|on to)|(?:enrolled|enroll?ed myself|signed myself up|put myself down) (?:on|onto|on to|for)|enrol+ (?:on|onto)|make|making|made|follow|following|followed|visit|visiting|checked (?:myself )?into|admitted myself to|signed myself up (?:for|at|with)|got myself (?:into|onto|on)|seeing|see|seen|saw|going to|go to|went to|going for|go for|went for|attending|attend|attended|finish|finished|finishing|complete|completed|completing|halfway through|half way through|started|start|doing|do|did|in|joined|join|signed up for|sign up for|enrolled in|enrol+ in|booked|book|found|find|working with|work with|talking to|talk to|talked to|speak (?:with|to)|speaking (?:with|to)|spoke (?:with|to)|spoken with|talk with|talking with|talked with|meet with|meeting with|consider (?:seeing|going to|trying)|considering (?:seeing|going to|trying)|enquiring about|enquired about|inquiring about|inquired about|asking about|asked about|found out about|finding out about|booked in with|made an appointment with|keep going to|taking|having|receiving|trying|tried|get|getting|got|consider|considering|look into|looking into|looked into|try|spoken to|speaking to|spoke to|been to|been going to|gone to|go|visited|visiting|contacted|rang|phoned|emailed|registered with|referred (?:myself )?(?:to|for)|been referred (?:to|for)|on (?:a|the) waiting list for|put (?:myself|my name) down for)(?:\\s+(?:${FREQ}))?\\s+(?:(?:my|our) (?:daughter|son|kids|children|sister|brother|mum|mom|dad|mother|father|parents|family|gp|doctor),?\\s+and\\s+(?:also\\s+)?(?:with\\s+|to\\s+)?)?(?:to\\s+)?(?:(?:someone|somebody)\\s+(?:at|from)\\s+(?:(?:the|a|my|our)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?)?${HELP}|${WE}${AUX}\\s+(?:had|done|attended|completed|been to|booked)\\s+(?:${NUM}|my first|the first|weekly|regular)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:sessions?|appointments?|meetings?)(?![\\p{L}])|{B}(?:only |properly |but )?with (?:the help of )?(?:a|an) (?:couples?'? |marriage |relationship |proper |good )?(?:counsel+or|therapist|mediator)(?![\\p{L}])(?!,? or without)|{B}(?:would|could|will) (?:you|u) (?:ever )?(?:be )?(?:open to|willing to|up for|consider|think about|try|like to try)\\s+(?:(?:going to|seeing|trying|doing|go to|see|try|do)\\s+)?${HELP}|(?:(?<=(?:^|[.!?\\n,;:])\\s{0,3})(?:been|gone|went) to (?:${NUM}|my first|every) (?:[a-z-]+\\s+)?(?:meetings?|sessions?){WE})|{B}(?:{IM}|i am|i'?d be|i would be|we could be|i'?m still)\\s+(?:(?:very|really|completely|totally|fully|still|also)\\s+)?open to\\s+${HELP}`,
    },
    {
      id: 'habit',
      // A change of habit already made, or promised in concrete terms: "I stopped drinking", "I've been sober since May".
      re: `{B}(?:i'?ve|i have|i|i'?m|i am|im|i'?ll|i will|i'?m going to|i am going to)(?:\\s+(?:already|finally|completely|now|also|recently|actually|really|been|started to|decided to))*\\s+(?:stopped|quit|quitting|given up|gave up|give up|stop|cut (?:back|down) on|cutting (?:back|down) on|deleted|uninstalled|delete|uninstall|blocked|block)\\s+(?:(?:(?:the|all|every|my)\\s+)?(?:betting|gambling|dating|porn|bookies?'?) (?:sites?|apps?|accounts?)|(?:drinking|gambling|smoking|betting|gaming|partying|going out (?:every|so much|all the time|without)|working (?:late|weekends|on weekends|every weekend|so much|overtime)|checking (?:my|your) phone|lying|(?:(?:the|my|all|those|every|that)\\s+)*(?:drinking|gambling|betting|smoking|alcohol|booze|weed|drugs|dating apps?|apps?|tinder|instagram|games?|video games|porn|overtime|night shifts?|late nights|weekend shifts|her number|his number))(?![\\p{L}]))|{B}(?:i no longer|i don'?t|i do not|{IM} (?:not|no longer))\\s+(?:bring(?:ing)? (?:my |the )?(?:laptop|work|work phone|phone) (?:home|on holiday|to bed|to the table|to dinner|on (?:dates|weekends))|drink|gamble|smoke|bet|drinking|gambling|smoking|betting|work (?:weekends|late|overtime|nights|saturdays|sundays|away)|working (?:weekends|late|overtime|nights|saturdays|sundays|away))(?:\\s+\\w+){0,2}?\\s+(?:anymore|any more|these days|at all now)|{B}i no longer (?:drink|gamble|smoke|bet)(?![\\p{L}])|{B}(?:{IM}|i'?ve been|i have been)\\s+(?:now\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\\s+(?:days?|weeks?|months?|years?)\\s+(?:sober|clean|dry|off (?:the )?(?:drink|booze|gambling|weed))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|also\\s+)?(?:blocked|deleted) (?:her|his|their|that (?:guy|girl)'?s?) (?:number|contact|profile|account)|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?paid (?:back|off) (?:the|all the|every penny of the|every penny|what i|the money|my debts?)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?(?:cut (?:off )?(?:all )?(?:contact|ties) with|ended (?:things|it|all contact) with|stopped (?:seeing|talking to|texting)|broke (?:it )?off with)\\s+(?:her|him|them|that (?:guy|girl|man|woman|person)|my ex|the person)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?ended the affair|{B}(?:i'?ve|i have|i'?m|i am|im)\\s+(?:now\\s+)?been (?:sober|clean|dry) (?:for|since)|(?:{B}i |(?<=(?:^|[.!?\\n,;:])\\s{0,3}))(?:haven'?t|have not) (?:had a (?:drink|drop|cigarette|bet|flutter)|placed a bet|drunk|gambled|touched (?:a drop|alcohol|a drink)|smoked)(?:\\s+\\w+){0,2}\\s+(?:in|since|for)\\s|{B}(?:i'?ve|i have|i|i'?ll|i will|i'?m going to)\\s+(?:already\\s+|now\\s+)?(?:cut|reduced|changed|cut back|dropped) (?:my|down my|back my) (?:hours|shifts|schedule|travel|trips)|{B}(?:i'?ve been|i have been)\\s+(?:(?:only|just)\\s+)?working (?:four|three|4|3) days a week(?![\\p{L}])|{B}i (?:(?:only|just)\\s+)?work (?:four|three|4|3) days a week (?:now|these days|nowadays)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|even)\\s+)*(?:(?:left|quit|resigned from|handed in my notice (?:at|for)|walked away from) that (?:job|role|position|firm|company|post)|(?:taken on|taken|moved to|moved into|switched to|gone to|accepted|asked for) a (?:(?:much|far)\\s+)?(?:smaller|lighter|less (?:demanding|stressful)|calmer|quieter|nine-to-five|9-to-5) (?:role|job|position|post)(?=\\s*(?:[.!,;…]|$)| (?:at|in|with|near|so|which|that|and)(?![\\p{L}])))(?![\\p{L}])|{B}(?:i'?ve|i have|i|i'?ll|i will)\\s+(?:(?:already|now|always)\\s+)*(?:asked (?:my boss |for |my manager )?(?:for )?(?:a transfer|fewer hours|weekends off|a different shift|to work from home|part[- ]time)|(?:put|leave|keep|turn|switch) (?:my|the) phone (?:away|off|down|aside|in (?:a|the) drawer))|{B}(?:i|i'?ll|i will|i could|i can|i'?d|{IM} going to)(?:\\s+(?:also|now|always|really|already))*\\s+(?:come|be|get) home (?:earlier|by|before|for dinner|on time)(?![\\p{L}])|{B}(?:i'?ve|i have|i|i'?ll|i will)\\s+(?:(?:already|now|also|even)\\s+)*(?:(?:turned|switched) off (?:my )?(?:work )?(?:email|emails|phone|notifications)|stopped (?:taking|bringing) (?:my |the )?(?:laptop|work) home|stopped (?:checking|answering) (?:work )?(?:email|emails|my phone)|set up a budget|paid off (?:the|my|all) (?:credit cards?|debts?|loans?)|asked (?:my boss |my manager |work |hr )?(?:to|for|about) (?:drop|go down|work(?:ing)? (?:remotely|from home|part-time|four days)|cut|reduce|switch|move|transfer|part-time|four days|remote))(?![\\p{L}])|(?:{WB}(?:put|got|set up|added|have|had|turned on) (?:a |the )?(?:gambling|betting|spending) (?:block|blocker|limit)s?{WE}|{WB}(?:what if|how about|what about|maybe|perhaps|we could|could we)\\s[^.!?\\n]{0,50}?{WB}(?:no|without) (?:phones?|screens?|tv|telly|laptops?){WE})|{B}(?:i|i'?ve|i have)\\s+(?:(?:already|also|now|finally)\\s+)?(?:stopped|stop|quit) to (?:drink|gamble|smoke|bet|play (?:games|poker|cards)|go out (?:every|so much|all the time)|work (?:late|weekends|on weekends|so much)|check (?:your|ur|my) phone|lie)(?![\\p{L}])(?!\\s+(?:a|an|some|water|coffee|tea|the|my|our)(?![\\p{L}]))`,
    },
    {
      id: 'plan',
      // A concrete arrangement: moving closer, seeing each other every weekend, a weekly evening together. A ticket
      // booked for a day is only a trip unless it is to see them ("I've booked the train for Saturday, so I can't do
      // the 14th" is logistics; the twenty-first round's leftover).
      re: `${PROPOSE}${AUX}\\s+(?:talk|call|meet|write to each other|write (?:each other )?(?:letters|a letter)|see each other|visit|come|fly|drive|travel|take the train|have(?= (?:a|one|an){E})|had(?= (?:a|one|an){E})|kept|keep|set aside|save|saved|block out|blocked out|(?:do|did)(?= (?:something|things|an activity|activities|one|a|an|stuff)(?![\\p{L}]))|set aside|spend|cook|go out|plan|schedule|agree to|agree on|agree|fix|pick|choose|commit to|keep|make time|book|set up|try|tried|go away|take)(?![\\p{L}])(?:[^.!?\\n]{0,40}?){B}(?:${FREQ})(?![\\p{L}])|${PROPOSE}${AUX}\\s+(?:move|moving|relocate|relocating|look for (?:a )?(?:job|work|flat|apartment|place)|find (?:a )?(?:job|work|flat|apartment|place)|apply for (?:a )?(?:job|transfer)|change jobs|ask for a transfer)\\s+(?:to|closer to|near|nearer to|back to|across (?:the country|town|the world))\\s+(?:you|u|your|ur|\\p{L}+)|${WE}${AUX}\\s+(?:move|moving|relocate|relocating|look for (?:a )?(?:job|work|flat|apartment|place)|find (?:a )?(?:job|work|flat|apartment|place)|apply for (?:a )?(?:job|transfer)|change jobs|ask for a transfer)\\s+(?:closer to|near|nearer to|to be (?:closer|near|nearer|with)|to (?:your|ur) (?:city|town|country|area))(?![\\p{L}])|{B}(?:i'?ve|i have|i|i'?m|i am|im)\\s+(?:already\\s+|also\\s+|even\\s+)?(?:applied for|found|looked at|looking at|looking for|started looking (?:for|at)|been looking (?:for|at)|asked for|got|accepted)\\s+(?:a |an |some |the )?(?:new )?(?:jobs?|flats?|apartments?|places?|positions?|transfer|posts?|work)\\s+(?:in|near|closer to|nearer to|close to|to)\\s|{B}(?:we could|maybe we could|what if we|how about we|i'?d like us to|i would like us to)\\s+(?:try\\s+|have\\s+|had\\s+|set\\s+(?:up\\s+)?)?(?:a\\s+)?(?:weekly|monthly|regular|standing)\\s+(?:date|evening|night|call|walk|dinner|check-in|talk)|{B}(?:i'?ve|i have|i)\\s+(?:already |even |also )?(?:looked (?:at|up)|booked|found|checked|priced|bought) (?:some |the |cheap )?(?:flights?|trains?|tickets?|buses|coaches) (?:to|for)(?![\\p{L}])(?! (?:this |next |on )?(?:${WEEKDAYS}|tomorrow|tonight|the (?:\\d|weekend|morning|evening))(?![^.!?\\n]{0,40}{B}(?:to (?:see|visit|be with) (?:you|u)|so (?:we|i) can)(?![\\p{L}'’])))(?![^.!?\\n]{0,40}{B}(?:me and|the lads|the boys|the girls|my mates|my friends|holiday|stag|hen)(?![\\p{L}]))|{B}(?:live|living|be|being|move|moving|end up) in the same (?:city|town|country|place|time ?zone)(?![\\p{L}])|${PROPOSE}${AUX}\\s+(?:spend|live|work|be) (?:half|part|most|more) (?:of )?the (?:year|time|week|month) (?:in|with|near)(?![\\p{L}])|(?:{WB}(?:{IM}|i'?ll|i will|i'?ve decided to|i am going to|i'?m going to) (?:moving|move|relocating) (?:back )?to [a-z]+[^.!?\\n]{0,30}?(?:to be (?:near|nearer|closer to|with) (?:you|u)|near (?:you|u)|closer to (?:you|u)){WE}|{WB}(?:how about|what about|what if|maybe|perhaps)\\s+(?:one|a|an|two)\\s+(?:[a-z]+\\s+)?(?:night|evening|weekend|day|afternoon|morning|dinner|walk|date)s?\\s+(?:a (?:week|month|fortnight)|every (?:week|month|fortnight|sunday|saturday|friday)){WE})|{B}(?:i'?d|i would|we'?d|we would|i want|i'?d want|i would want)(?:\\s+(?:really|also|definitely|want|like|love|need|want us to have|like us to have|love us to have|keep|have))*\\s+(?:a|one|an) (?:(?:proper|real|fixed|regular|set|dedicated|protected|phone-free|proper phone-free)\\s+)?(?:night|evening|day|afternoon|morning|weekend|date night|dinner|lunch)(?: (?:in|together))? (?:every|each|a) (?:week|month|fortnight|weekend)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:with (?:the lads|the girls|the boys|my mates|my friends|friends|my \\p{L}+ mates)|for me|on my own|alone|to myself)(?![\\p{L}]))`,
    },
    {
      id: 'learning',
      // An ongoing, named effort: "I'm learning to say what I feel", "I'm working on my temper".
      re: `{B}(?:{IM}|i'?ve been|i have been|i'?ve started|i have started|i started)\\s+(?:(?:really|slowly|actively|seriously|finally|also|now)\\s+)?(?:learning (?:to|how to) (?:listen|communicate|talk|speak up|say|express|manage|control|handle|calm|stay calm|open up|share|ask for|walk away|apologi[sz]e|react|deal with|name)|working on (?:my (?:temper|anger|jealousy|insecurit(?:y|ies)|communication|listening|patience|drinking|trust issues|reactions|defensiveness|moods|possessiveness|need for control|avoidance)|(?:being|reacting|listening|talking|staying|controlling|managing|opening up|communicating|expressing|trusting){E})|reading (?:about|up on) (?:attachment|communication|anger|jealousy|codependency|how to))|{B}(?:{IM}|i'?ve been|i have been|i'?ve started|i have started|i started|i'?ll (?:start|keep))\\s+(?:keeping|writing|to keep|to write) a (?:[\\p{L}]+ )?(?:journal|diary|log)(?: \\w+){0,3}? (?:to (?:catch|notice|track|understand|calm|manage|spot)|so (?:that )?i (?:notice|catch|can|see|understand|know)|about my (?:anger|jealousy|moods|drinking|triggers)|when i (?:feel|get))|{B}trying (?:hard |really hard )?(?:to not|not to|to stop) (?:bottl(?:e|ing) (?:things|everything|it all|stuff|my feelings) up|keep(?:ing)? (?:things|everything|it all|stuff|my feelings) (?:in|bottled up|to myself)|shut(?:ting)? (?:down|people out|(?:you|u) out)|hid(?:e|ing) (?:things|my feelings|stuff|how i feel))(?![\\p{L}])|(?<!{B}(?:he|she|they|you|u)(?:'s|'re|'ve)?\\s[^.!?\\n]{0,25}){B}(?:talking|opening up|talk|open up) (?:to|with) (?:my (?:brother|sister|mum|mom|mam|dad|parents|friends?|mates?|therapist|counsell?or|best friend|family)|people|someone|friends) (?:(?:a lot|a bit|a little|much|way|so much) )?more(?! than)(?![\\p{L}])`,
    },
    {
      id: 'arranged',
      // A change arranged for a reason: "I've gone down to four days a week so I'm home more", "I handed my
      // cards to my brother so I can't gamble"; a working rule proposed: "we could take turns", "a chores rota".
      re: `{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:handed|given up|gave up|gone down|went down|dropped|moved|changed|switched|swapped|sold|quit|left|cut|reduced|opened|set up|blocked|deleted|arranged|booked|turned off|taken|took|joined|asked|told|talked to|spoken to|put|listed|rented out)\\s[^.!?\\n]{1,50}?\\s(?:so (?:that )?(?:there(?:'s| is| are|'ll be| will be) no|you (?:can|could|'ll|will) (?:see|check|always))|so (?:that )?(?:i|we)(?:'?m|'?ll|'?d| am| can| could| have| don'?t| can'?t| won'?t| will| would| no longer| get to| only)|so (?:that )?(?:our|the two of us) (?:decisions|choices|life|lives|home|evenings|weekends|time|money|marriage|relationship|family)(?![\\p{L}])|so (?:that )?(?:the|my|our) (?:weekends|evenings|nights|sundays|saturdays|fridays) (?:are|stay|will be|can be) (?:free|ours|clear|yours|for (?:us|you|u|family))(?![\\p{L}])(?!\\s+for (?!(?:us|you|u|the two of us|family|the kids|our family)(?![\\p{L}])))|(?:in order )?to (?:be (?:home|around|there|closer|nearer|near|present)|spend more time|have (?:more time|weekends|evenings)|stop (?:drinking|gambling|spending|working)|cut (?:back|down)|make (?:more )?time))(?![\\p{L}])(?![^.!?\\n]{0,30}\\?)|${PROPOSE}${AUX}\\s+(?:agree on|take turns|set (?:a|some|clear) (?:rules?|boundaries|limits?|budget)|split (?:the )?(?:chores|bills|housework|costs|cooking)|share (?:the )?(?:chores|housework|load|cooking|bills)|(?:have|make|use|set up) (?:a |an )?(?:rota|budget|shared calendar|joint account)|(?:have|keep) (?:one|an?) (?:evening|night|day) a (?:week|month))(?![\\p{L}])`,
    },
    {
      id: 'quit',
      // More habits given up: "I'm ninety days sober", "I've been off the drink since May", "I've closed the
      // betting accounts", "I gave my sister my bank cards", "I sold the car and cleared the debt".
      re: `{B}(?:{IM}|i'?ve been|i have been)\\s+(?:now\\s+)?(?:${NUM})\\s+(?:days?|weeks?|months?|years?)\\s+(?:sober|clean|dry)(?![\\p{L}])|(?<=(?:^|[.!?\\n,;:—–]|{B}and)\\s{0,3})(?:${NUM})\\s+(?:days?|weeks?|months?|years?)\\s+(?:sober|clean|dry)(?![\\p{L}])|{B}(?:{IM}|i'?ve been|i have been|i'?ve stayed|i have stayed|i'?ve kept)\\s+(?:(?:now|completely|totally|fully|properly)\\s+)?off (?:the )?(?:drink|booze|alcohol|gambling|betting|weed|drugs|pills|coke|sauce)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:stopped|quit|given up|gave up) (?:going|heading) (?:to|out to) (?:the )?(?:pub|pubs|bar|bars|casino|bookies|bookmakers?|clubs?|races|raves|parties)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:closed|cancelled|canceled|shut down|deleted|frozen|froze)\\s+(?:(?:all|every one of|each of)\\s+)?(?:(?:the|my|those|of my)\\s+)?(?:(?:second|third|extra|other|secret|spare|new)\\s+)?(?:betting|gambling|poker|casino|bookies|credit card|store card|dating|secret|online (?:betting|gambling|poker))(?:\\s+(?:accounts?|apps?|cards?|profiles?)|(?<=card))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:self-excluded|signed up for self-exclusion|banned myself) (?:from|on)\\s|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:handed|given|gave|signed|passed|turned)\\s+(?:over\\s+)?(?:[\\p{L}']+\\s+){0,2}?(?:(?:full\\s+|total\\s+)?(?:control|charge) (?:of|over)\\s+(?:my|the|our|all my)\\s+(?:money|finances|accounts?|wages|salary|savings|spending)|(?:my|the|our|all my)\\s+(?:bank\\s+|credit\\s+|debit\\s+)?(?:cards?|finances|accounts?|wages|salary|pin|chequebook))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:[^.!?\\n]{1,40}?\\s(?:and|then)\\s+)?(?:paid (?:off|back|down)|cleared|settled)\\s+(?:(?:the|my|all|all the|all my|every penny of|every penny of the|most of the|most of my)\\s+)?(?:debts?|credit cards?|loans?|overdraft|arrears|money i (?:owed|took|borrowed))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:blocked|deleted)\\s+(?:that|the other|this)\\s+\\p{L}+'s\\s+(?:number|contact|profile|account|messages|details)(?![\\p{L}])|(?:(?:${NUM}) (?:days?|weeks?|months?|years?)(?: now)? (?:without (?:a|any) (?:drink|bet|drop|smoke|cigarette|drugs?)|no (?:drink|booze|drinking|bets?|betting|gambling|drugs|weed|coke|smoking)){WE}(?![^.!?\\n]{0,40}{WB}(?:then|until|till|before|but|relapsed|slipped){WE})|{WB}coming off (?:the|my) (?:[a-z-]+ )?(?:pills|tablets|meds|medication|drink|booze|drugs|benzos|painkillers|antidepressants){WE}|{WB}(?:{IM}|i'?ve been|i have been)\\s+off (?:it|the drink|the booze|the gambling|the drugs|the weed|the gear)\\s+(?:for\\s+)?(?:${NUM}) (?:days?|weeks?|months?|years?){WE}|{WB}(?:i'?ve|i have|ive|i)\\s+(?:(?:already|now|finally|also|even)\\s+)*(?:moved|taken|took|sent|boxed up|given|gave) (?:the|my) (?:[a-z-]+\\s+){0,2}?(?:console|playstation|ps5|xbox|telly|tv|gaming (?:pc|laptop|chair)) (?:out|away|to){WE})|(?:(?<=(?:sister|brother|mum|mom|dad|mother|father|sponsor|accountant|parents|nan|gran|uncle|aunt|friend|mate)\\s)(?:has|keeps|looks after|manages) my (?:passwords?|cards?|bank cards?|wages|money|account|finances|car keys){WE}|{WB}i (?:only|just) (?:drink|have a drink|have a bet|gamble|smoke|bet)\\s[^.!?\\n]{0,30}?(?:now|these days|nowadays){WE}|(?<=(?:^|[.!?\\n,;:])\\s{0,3})(?:sober|clean|dry)(?: now)? (?:since|for) |{WB}(?:i'?ve|i have|i)\\s+(?:done|completed|finished|spent|did) (?:${NUM}|a|the) (?:days?|weeks?|months?|stint) (?:in|at|of) (?:rehab|detox|treatment|a (?:treatment|rehab) (?:centre|center|clinic|programme|program)){WE})`,
    },
    {
      id: 'work',
      // The job that kept them apart, changed: normal hours, a contract not renewed, a posting turned down, a
      // transfer asked for, the boss told; "I finish at six now"; "there are jobs like yours in Manchester".
      re: `{B}(?:i'?ve|i have|i|{IM}|i'?ll|i will|i'?m going to|i am going to)\\s+[^.!?\\n]{0,50}?{B}(?:normal|regular|fixed|shorter|fewer|sociable|family[- ]friendly|nine[- ]to[- ]five|9[- ]to[- ]5|reasonable|sensible|saner|daytime|day)\\s+(?:working\\s+)?(?:hours|shifts)(?![\\p{L}])|{B}(?:{IM}|i am|i'?ve decided|i have decided)\\s+(?:not|against)\\s+(?:renewing|extending|re-signing|taking (?:up )?|accepting)\\s*(?:the|my|that|this)\\s+(?:contract|lease|posting|secondment|tour|rotation|placement|assignment|transfer|promotion)(?![\\p{L}])|{B}(?:contract|lease|posting|secondment)\\s[^.!?\\n]{0,40}?{B}(?:{IM}|i am|and i'?m) not (?:renewing|extending) it(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:turned down|declined|said no to|refused|given up|gave up)\\s+(?:the|that|a|my)\\s+(?:posting|promotion|transfer|job offer|offer|contract|secondment|tour|rotation|placement|night shifts?|weekend shifts?|overseas (?:job|post|role))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:put in|applied|asked) for (?:a|the) (?:transfer|move|relocation|posting)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:asked|told|agreed with|arranged with|sorted it with|talked to|spoken to|spoke to)\\s+(?:my (?:boss|manager|editor|agent|supervisor|employer|company|team|firm|practice|partners|chambers|office|department|unit|school|head)|work|hr)\\s+(?:(?:that|to)\\s+)?(?:take me off|move me|transfer me|cut my|reduce my|put me on|stop (?:travelling|traveling|the travel|flying|working (?:weekends|nights|late))|travel less|no longer travel|work from home|i(?:'?m| am) not|i (?:won'?t|will not|can'?t|no longer)|i'?ll (?:no longer|only)|i need (?:to|more|fewer|weekends)|i want (?:to|fewer|more))(?![\\p{L}])|{B}(?:i|now i)\\s+(?:now\\s+|always\\s+|usually\\s+)?(?:finish|leave|clock off|get off|log off|stop|go home|come home|get home)(?:\\s+(?:work|the office|the shop|at work))?\\s+(?:at|by|before)\\s+(?:\\d{1,2}|three|four|five|six|seven|half)(?![\\p{L}])(?![^.!?\\n]{0,25}{B}(?:tomorrow|tonight|today|this|next)(?![\\p{L}]))|{B}(?:there'?s|there is|there are|theres|there were)\\s+(?:(?:loads|lots|plenty|a few|some|several|a couple|a ton) of\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:jobs?|posts?|positions?|roles?|openings?|vacanc(?:y|ies))\\s+(?:going|open|available|advertised|coming up|like (?:yours|urs|the one)|at|in|near|for)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:had|got|done|booked|have)\\s+(?:an?|the|my)\\s+(?:(?:first|second|final|third)\\s+interview|interview for (?:a|the|that) (?:job|role|post|position|transfer))(?![\\p{L}])|(?:{WB}(?:{IM}|i'?ve been|i have been|i'?ve come|i got|i'?ve got|i'?ll be|i will be) (?:taken )?off (?:the )?(?:weekend|night|late|evening|sunday|saturday|overtime|on-?call|early) (?:rota|shifts?|roster|list){WE}|{WB}(?:i'?ve|i have|i)\\s+(?:already\\s+|also\\s+|even\\s+)?(?:requested|put in for|applied for|asked for|put in a request for) (?:a |the )?(?:posting|transfer|relocation|secondment|move) (?:to|near|closer){WE}|{WB}so (?:that )?we(?:'d| would| can| could|'re| are| will|'ll)? (?:both )?(?:be |live |both live |both be )?in the same (?:city|town|country|place|time ?zone){WE})|(?:{WB}(?:my|the) (?:boss|manager|employer|company|supervisor|line manager|work|hr)(?: has| have)? (?:agreed|said yes|signed off|approved|okayed|let me|given me|are letting me|is letting me)[^.!?\\n]{0,40}?(?:days? a week|hours|shifts?|part-?time|remote|from home|transfer|weekends off|nights off|flexi|flexible|four-day|nine[- ]to[- ]five|9[- ]to[- ]5){WE})`,
    },
    {
      id: 'arranged-more',
      // Arrangements named another way: "we could set up a Sunday call", "a Friday-night dinner, phones off", "I've
      // arranged to work from home on Fridays", "I've told my parents they can't interfere in our decisions".
      re: [
        '{B}either\\s+(?:(?:couples?|marriage|joint)\\s+)?(?:counsel+ing|therapy|rehab|mediation)(?:\\s+together)?\\s+or(?![\\p{L}])',
        "{B}(?:i'?ll|i\\s+will|i\\s+should|i'?m\\s+going\\s+to)\\s+(?:have\\s+)?(?:paid|pay)\\s+(?:off|back)\\s+(?:the|all\\s+the|every\\s+penny\\s+of\\s+the|my|what\\s+i)\\s*(?:debts?|loans?|money|cards?|overdraft|owe|borrowed)?(?![\\p{L}])",
        `(?:{B}(?:i'?ve|i\\s+have|i)\\s+${ALREADY}|(?<=(?:^|[.!?\\n])\\s{0,3}))(?:moved|changed|swapped|switched|rearranged|shifted|cut|reduced|dropped)\\s+(?:my|our)\\s+(?:shifts?|hours|rota|schedule|days\\s+off|working\\s+(?:hours|days|pattern|week))(?:\\s+(?:round|around|about))?(?![\\p{L}])`,
        '{B}(?:maybe\\s+we|we\\s+could|what\\s+if\\s+we|how\\s+about|we\\s+(?:should|might))\\s+(?:(?:try|have|do|set|make|start|agree\\s+on)\\s+)?(?:a\\s+)?(?:no[- ](?:phones?|screens?|tv|telly|work|laptops?)|phone-free|screen-free)\\s+(?:rule|policy|zone|evenings?|nights?|dinners?|hour|weekends?|sundays?)(?![\\p{L}])',
        "{B}(?:i'?m|i\\s+am|im|i'?ve\\s+been|i\\s+have\\s+been|i'?ve|i\\s+have|i)\\s+(?:(?:really|also|now|slowly|finally)\\s+)?(?:trying|learning|started|starting|begun|working\\s+on|practi[sc]ing|making\\s+myself|training\\s+myself)\\s+(?:hard\\s+)?(?:to\\s+)?(?:listen|listening|pause|pausing|breathe|breathing|stop|stopping|wait|waiting|think|thinking|count(?:ing)?(?:\\s+to\\s+\\w+)?|take|taking\\s+a\\s+(?:breath|beat|minute|moment|second))(?![\\p{L}])[^.!?\\n]{0,20}?\\s+before\\s+i\\s+(?:react|respond|answer|speak|reply|snap|say\\s+anything|open\\s+my\\s+mouth|lose\\s+my\\s+temper)(?![\\p{L}])",
        `{B}(?:we\\s+could|we\\s+can|maybe\\s+we\\s+could|perhaps\\s+we\\s+could|what\\s+if\\s+we|how\\s+about\\s+we|i'?d\\s+like\\s+us\\s+to|i\\s+would\\s+like\\s+us\\s+to|could\\s+we|shall\\s+we|we\\s+might|how\\s+about|what\\s+about|maybe|perhaps)\\s+(?:(?:try|have|set\\s+up|set|start|do|keep|book|agree\\s+on|make)\\s+)?(?:a|an|one)\\s+(?:${WEEKDAYS}|weekend)(?:[- ](?:night|evening|morning|afternoon))?\\s+(?:(?:phone|video|catch-up|check-in)\\s+)?(?:date|evening|night|call|walk|dinner|lunch|breakfast|check-in|catch-up|talk|chat|slot|ritual)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:sometime|some time|one of these days|soon)(?![\\p{L}]))`,
        `{B}(?:i'?ve|i have|i|{IM}|i'?ll|i will|i can|i could)\\s+${ALREADY}(?:arranged|asked|agreed|got permission|been allowed|been given permission|started|switched|moved|able|going)\\s+(?:to\\s+)?(?:work|working)\\s+(?:from home|remotely|hybrid|flexi(?:ble)? hours|part[- ]time|four days|shorter hours|fewer hours|days only)(?![\\p{L}])`,
        `{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:told|spoken to|spoke to|talked to|had (?:a|the) (?:talk|word|conversation) with|sat down with|set (?:clear |proper |some )?boundaries with)\\s+(?:my|our)\\s+(?:parents|mum|mom|mother|dad|father|family|brother|sister|siblings|in-laws|mates|friends|boss)(?![\\p{L}])[^.!?\\n]{0,80}?{B}(?:interfere|interfering|meddl\\p{L}*|boundar\\p{L}*|privacy|back off|stay out|butt out|keep out|unannounced|respect (?:you|u|us|our)|(?:can'?t|cannot|won'?t|will not|not to|mustn'?t|shouldn'?t) (?:interfere|meddle|come round|drop in|decide|criticise|criticize|insult))(?![\\p{L}])`,
      ].join('|'),
    },
    {
      id: 'together',
      // A shared habit proposed: "we could do a class together", "a weekly check-in", "doing stuff together".
      re: `{B}(?:how about|what about|what if|maybe|perhaps|(?:we|i) (?:could|can) (?:try|have|set up))\\s+(?:a|an|one)\\s+(?:weekly|monthly|fortnightly|regular|standing|fixed|set|proper|phone-free|screen-free)\\s+(?:date|evening|night|day|call|walk|dinner|check-in|catch-up|talk|phone call|video call|slot)(?![\\p{L}])|(?<!{B}(?:stopped|quit|never|used to|didn'?t|did not|no longer|barely|hardly|miss|missed)\\s+)(?<!{B}(?:stopped|quit|never|used to|didn'?t|no longer|barely|hardly)\\s+\\p{L}+\\s+)(?<!{B}we\\s+)(?:{B}(?:do|doing|try|trying|take|taking|join|joining|start|starting|go to|going to|sign up for|signing up for|book|booking)\\s+(?:(?:more|new|actual|some|a|an|that|one|the)\\s+)?(?:[\\p{L}-]+\\s+)?(?:stuff|things|activities|hobbies|class(?:es)?|course|lessons?|hobby|projects?|club)\\s+together)(?![\\p{L}])`,
    },
    {
      id: 'instead',
      // A new way of handling the old trigger: "I keep a journal for the jealous spells", "now I go for a walk
      // instead of shouting".
      re: `(?<!{B}(?:used to|would|'d)\\s+)(?:{B}i\\s+(?:now\\s+|also\\s+)?(?:keep|write in|use|have|started|'?ve started|have started)\\s+(?:a|an|my)\\s+(?:[\\p{L}-]+\\s+)?(?:journal|diary|log|notebook|tracker)[^.!?\\n]{0,30}?{B}(?:jealous\\p{L}*|anger|angry|temper|moods?|triggers?|drinking|spending|feelings?|emotions?|when i (?:feel|get|start|want))(?![\\p{L}])|{B}(?:now,? i|i (?:now|try to|'?ve started to|have started to|'?ve learned to|have learned to|'?ve learnt to|am learning to|'?m learning to|make myself))\\s+[^.!?\\n]{1,60}?\\s(?:instead of|rather than)\\s+(?:just\\s+)?(?:reacting|shouting|yelling|snapping|screaming|drinking|exploding|going (?:quiet|silent|off)|sulking|storming off|lashing out|arguing|shutting down|shutting (?:you|people) out|blowing up|losing it|losing my temper|bottling|getting angry|walking out|running away|picking a fight|stewing|checking (?:your|ur|the) phone)(?![\\p{L}])|{B}i\\s+(?!(?:used|would|was|kept|always|never|just)(?![\\p{L}]))\\p{L}+\\s+[^.!?\\n]{1,50}?\\s(?:instead of|rather than)\\s+(?:just\\s+)?(?:reacting|shouting|yelling|snapping|exploding|going (?:quiet|silent)|sulking|storming off|lashing out|shutting down|blowing up|losing my temper|bottling (?:it|things) up)(?![^.!?\\n]{0,40}{B}(?:back then|used to|in those days)(?![\\p{L}])))`,
    },
    {
      id: 'routine',
      // Everyday rules kept against the old trouble: the phone left in the hall, no drink or bet for weeks, a
      // bank block on gambling, a relative holding the cards, a flat near theirs, part-time hours, a transfer
      // taken, a breathing exercise when the anger comes.
      re: `(?:{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:stopped|quit) (?:taking|bringing|checking|using|looking at) (?:my|the) (?:phone|laptop|work phone)|{B}i\\s+(?:now\\s+|always\\s+)?(?:leave|put|keep|lock|charge|switch off|turn off)\\s+(?:my|the) (?:phone|laptop|work phone)\\s+(?:in|on|downstairs|away|off|out of|at)(?![\\p{L}]))(?![^.!?\\n]{0,20}{B}(?:tomorrow|tonight)(?![\\p{L}]))|{B}(?:i (?:haven'?t|have not)|i'?ve not|(?<=(?:^|[.!?\\n])\\s{0,3})haven'?t)\\s+(?:had|touched|placed)\\s+(?:a (?:drink|drop|bet|cigarette|flutter|joint|smoke)|alcohol|a single (?:drink|bet)|the (?:bottle|booze|drink))(?:\\s+[\\p{L}']+){0,2}?\\s+(?:in|since|for)\\s|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:put|set up|added|got|asked for)\\s+(?:a |some )?(?:block|blocks|ban|limit|limits|gambling block)\\s+on\\s+(?:my\\s+)?(?:gambling|betting|card|cards|spending|online)|{B}my (?:sister|brother|dad|mum|mom|father|mother|friend|partner|son|daughter|sponsor|accountant|bank) (?:now )?(?:holds|has|keeps|looks after|manages|controls|handles) (?:all )?my (?:bank )?(?:cards?|money|finances|wages|accounts?|salary)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:found|got|rented|bought|taken|signed for|looked at|been looking at)\\s+(?:a |an )?(?:flat|place|house|room|apartment|job)\\s[^.!?\\n]{0,25}?(?:near|close to|nearer to|minutes from|round the corner from|down the road from) (?:yours|you|u|your|ur)(?![\\p{L}])|{B}(?:i'?ve|i have|i|{IM}|i was|i'?ll)\\s+(?:been\\s+)?(?:offered|got|accepted|taking|taken|take|applied for)\\s+(?:a|the) transfer(?![\\p{L}])|{B}(?:{IM}|i'?ve|i have|i|i'?ll|i will)\\s+(?:going|gone|went|moved|switched|dropped|dropping|cutting down|cut down|moving)\\s+(?:down\\s+)?(?:to\\s+)?(?:part[- ]time|four days|three days|fewer (?:hours|days|shifts)|flexi(?:ble)? hours)(?![\\p{L}])|{B}(?:i|{IM}|i'?ve)\\s+(?:now\\s+|also\\s+|been\\s+)?(?:take|taking|started|on|started taking)\\s+(?:the |my |some )?(?:medicine|medication|meds|tablets|pills|antidepressants)(?:[^.!?\\n]{0,30}?)\\s(?:for|to help with|to manage) my (?:anxiety|depression|moods?|temper|anger|adhd|bipolar|mental health|panic attacks|drinking)(?![\\p{L}])|{B}i (?:now )?(?:do|use|try|count|walk|step|breathe|take)\\s[^.!?\\n]{0,40}?when (?:i )?(?:feel|get|notice|sense) (?:the |my |that )?(?:anger|temper|jealousy|urge|panic|rage|red mist|irritation|frustration|it (?:building|coming|rising))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+${ALREADY}(?:cut out|knocked|packed in|binned)\\s+(?:the |my |all (?:the )?)?(?:[\\p{L}-]+\\s+)?(?:drinking|booze|alcohol|gambling|betting|bets|weed|drugs|smoking|benders|sessions|nights out|all-nighters)(?![\\p{L}])|{B}(?:i'?ve been|i have been|{IM}|i)\\s+(?:now\\s+)?(?:going|heading|going out)\\s+(?:to|for)\\s[^.!?\\n]{1,30}?\\s(?:instead of|rather than)\\s+(?:the pub|the bar|the bookies|the casino|the betting shop|the club|drinking|going out|the offie)(?![\\p{L}])`,
    },
    {
      id: 'started',
      // A new habit named by the writer: "I've started writing things down before I react", "I took up running
      // with a club", "I've begun to cook on weeknights". Not a new partner ("I've started seeing someone") nor a
      // thought ("I've started to wonder").
      re: `{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:just|finally|recently|also|now|actually|even|properly)\\s+)?(?:started|begun|began|taken up|took up)\\s+(?!${NOT_CHANGE})(?!${VAGUE_CHANGE})(?!(?:(?:doing|going to|playing|practi[cs]ing)\\s+(?:some\\s+|a bit of\\s+)?)?(?:running|jogging|cycling|swimming|golf|yoga|pilates|boxing|climbing|gardening|baking|knitting|painting|guitar|piano|tennis|football|surfing|dancing|photography|fishing|crossfit|weights|lifting|the gym)(?![\\p{L}]))(?:to\\s+(?!${NOT_CHANGE})\\p{L}{3,}|\\p{L}{2,}ing)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:again|(?:you|u|him|her|them|someone|somebody)(?![\\p{L}])))`,
    },
    {
      id: 'now',
      // A habit the writer keeps now: "I now take my medication every morning", "Now I do the cooking",
      // "i leave at 5:30 now", "These days I go for a run instead"; chores taken on: "ive been doing the dishes
      // every night"; "every Sunday I call my mum"; "my phone goes in the drawer at eight".
      re: `{B}(?:i now|(?<!{B}(?:me|us|now|right|here|there|it|happier|happy|better|fine|okay|ok|settled|free|safe|well|over|gone|done|single|together)\\s+)now,? i|these days,? i|nowadays,? i|i also now)\\s+(?:always\\s+|also\\s+|actually\\s+)?(?!${NOT_CHANGE})\\p{L}{2,}(?![\\p{L}'])(?![^.!?\\n]{0,40}{B}(?:alone|lonely|cry|crying|wrecked|drunk|hammered|wasted|all the time|about (?:you|u)|of (?:you|u)|your|ur)(?![\\p{L}]))|{B}(?:i|i'?ve been|i have been|ive been|{IM})\\s+(?:(?:now|actually|also|always|really)\\s+)*(?:do|doing|does|did|cook|cooking|clean|cleaning|take care of|taking care of|handle|handling|sort|sorting|pay|paying|share|sharing|split|splitting|take out|taking out|help with|helping with|deal with|dealing with|manage|managing|run|running|plan|planning)\\s+${CHORE}(?=[^.!?\\n]{0,50}?(?:${EVERY}|{B}(?:now|these days|myself|without (?:being asked|you asking|a reminder)|properly|anymore|any more|since)(?![\\p{L}])))|(?<!{B}(?:used to|would|we)\\s+(?:\\p{L}+\\s+)?)(?:{B}(?:${EVERY})\\s*,?\\s*i\\s+(?:now\\s+)?(?!${NOT_CHANGE}|(?:used|had|was|went past|wrote|called|cried|thought|would|'d)(?![\\p{L}]))\\p{L}{2,}(?![\\p{L}'])(?![^.!?\\n]{0,40}{B}(?:alone|lonely|cry|crying|wrecked|drunk|hammered|wasted|all the time|about (?:you|u)|of (?:you|u)|your|ur)(?![\\p{L}]))(?![^.!?\\n]{0,40}{B}(?:you|u|your|ur|we|us|our)(?![\\p{L}'])))|{B}i\\s+(?:finish|leave|clock off|log off|get home|come home|go to bed|switch off|turn off my phone|put my phone away)\\s[^.!?\\n]{0,30}?{B}now(?= ?[,.!;]|$| every| each| most| on)|{B}my (?:work )?phone (?:now )?(?:goes|stays|lives|is|sits|gets (?:put|locked|left))\\s+(?:now\\s+)?(?:in|off|away|downstairs|out of)(?![\\p{L}])(?=[^.!?\\n]{0,50}?(?:{B}now(?![\\p{L}])|${EVERY}|at \\d))`,
    },
    {
      id: 'so-that',
      // A step taken for a purpose that answers the trouble: "I set everything to pay out on the 1st so I can't
      // dip into it", "I've been learning Portuguese so that I can talk to your grandmother", "I put a block on
      // every betting site".
      re: `{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:already|now|finally|also|recently|even|been)\\s+)*(?!(?:${NOT_CHANGE}|left|lied|cheated|hid|drank|went out|stayed out|moved out|told (?:you|u)|said|needed|wanted|tried|used)(?![\\p{L}]))(?:\\p{L}{2,}ed|\\p{L}{3,}ing|sold|put|set|got|gave|given|took|taken|made|cut|quit|told|sent|kept|paid|found|bought|spent|gone|done|did|swapped|handed|joined|started|begun)\\s[^.!?\\n]{1,60}?\\sso (?:that )?(?:next time |in future |from now on |now )?(?:i|we)(?:'?m (?:home|around|there|not|no longer|never)|'?ll (?:be (?:home|around|there|able)|never|always|no longer|stop)| am (?:home|around|there|not|no longer|never)| will (?:be (?:home|around|there|able)|never|always|no longer|stop)| can'?t| cannot| can no longer| won'?t (?:be (?:tempted|able)|drink|gamble|bet|spend|dip|lie|forget|miss)| no longer| never (?:miss|forget|drink|gamble|spend)| stop| don'?t (?:forget|miss|drink|gamble|spend|dip|lose|overspend|double-book)| can (?:be (?:home|there|around|closer|near|present|on time)|see (?:you|u|the kids|them) more|spend|get home|actually|finally|make it|pay|visit|pick|keep)| could (?:be (?:home|there|around|closer|near)|see|spend|come|actually|finally|visit)| there(?:'s| is| are|'ll be| will be) no (?:reason|chance|way|need|risk|temptation))(?![\\p{L}])|\\sso (?:that )?(?:my|our) (?:evenings|weekends|nights|sundays|saturdays|mornings) (?:are|will be) (?:now )?(?:free|yours|ours|for (?:us|you|the kids|family))(?![\\p{L}])(?![^.!?\\n]{0,30}\\?)|{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}(?:put|set up|added|got|placed|asked for)\\s+(?:a |some )?(?:block|blocks|ban|limit|limits|lock|self-exclusion)\\s+on\\s+(?:(?:every|all|all the|my|the|each)\\s+)?(?:[\\p{L}-]+\\s+)?(?:sites?|apps?|cards?|accounts?|gambling|betting|spending|phone|websites?)(?![\\p{L}])|{B}(?:got|installed|downloaded|use|using|put)\\s+(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?app\\s+(?:that|which|to)\\s+(?:locks|blocks|limits|tracks|stops|lock|block|limit|track|stop)(?![\\p{L}])`,
    },
    {
      id: 'set-up',
      // A working arrangement made or offered: a budget, a chore chart, a shared calendar, direct debits, the
      // passwords shared, the apps deleted.
      re: `{B}(?:me and (?:the kids|my \\p{L}+|[\\p{L}]+)|the kids and i|i|we|i'?ve|we'?ve|i have|we have|ive|i'?ll|we could|we can|i could|maybe we could|i'?d like us to|i'?m happy to|i am happy to)\\s+(?:(?:already|now|finally|also|recently|even|properly|just|both|then)\\s+)*(?:sorted out|sorted|set up|made|drew up|drawn up|put together|worked out|started|draw up|make|sort out|put up|put|stuck|agreed|agree on|write|wrote|keep|kept|have|got|try|use|get|start|download(?:ed)?)\\s+(?:(?:a|an|our|my|the|some)\\s+)?(?:proper |monthly |weekly |household |new |joint |shared |separate |family |kids'? |real |simple )*(?:budget|spreadsheet|payment plan|debt plan|repayment plan|chore (?:chart|rota|list|wheel)|chores? (?:rota|chart|list)|rota|direct debits?|standing orders?|separate account|savings account|joint account|shared calendar|family calendar|calendar|schedule)(?![\\p{L}])|(?:{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}|(?<=(?:^|[.!?\\n])\\s{0,3}))(?:deleted|uninstalled|removed|got rid of|came off|come off|closed)\\s+(?:(?:all|every one of|each of|of)\\s+)*(?:(?:the|my|those|that|every)\\s+)?(?:[\\p{L}-]+\\s+)?(?:apps?|sites?|social media|instagram|tinder|hinge|bumble|facebook|tiktok|snapchat)(?![\\p{L}])(?!\\s+(?:photos?|pictures?|of (?:you|u|us)))|{B}(?:gave|given|give|giving|share|shared|sharing|send|sent|show|showed|shown)\\s+(?:(?:you|u)\\s+)?(?:all\\s+)?(?:my|the)\\s+(?:passwords?|passcodes?|pins?|logins?|phone code|bank statements?|location)(?:\\s+to (?:everything|my \\p{L}+))?(?![\\p{L}])(?<!{B}(?:you|u) (?:gave|give|shared|share|showed|show)[^.!?\\n]{0,30})`,
    },
    {
      id: 'gave-up',
      // The cause given up or turned down: "I sold the motorbike", "I turned down the Singapore posting",
      // "Quit the band", "I've given notice on the studio", "the flat in Cardiff is on the market", "I've asked for
      // the day shift", "I've put my name down for a transfer".
      re: `(?:{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:already|now|finally|also|recently|even|just)\\s+)*|(?<=(?:^|[.!?\\n])\\s{0,3}))(?:sold|got rid of|turned down|given up|gave up|quit|quitted|left|cancelled|canceled|packed in|said no to|declined|handed back)\\s+(?:the|my|that|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:motorbike|motorcycle|bike|boat|car|van|season ticket|playstation|ps5|xbox|console|posting|promotion|offer|contract|band|second job|night shifts?|weekend shifts?|overtime|studio|lease|tour|rotation|secondment|job offer|football team|five-a-side|darts team|poker night|poker nights|lads'? holiday|stag do)(?![\\p{L}])|{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}(?:given|gave|handed in) (?:my )?notice (?:on|at)(?![\\p{L}])|{B}(?:flat|house|place|studio|home|apartment|bike|motorbike|boat|car|van)(?:\\s+(?:in|on) [\\p{L}-]+)?\\s+(?:is|'s|went|has gone|is going)\\s+(?:now\\s+)?(?:on the market|up for sale|for sale|on sale|on ebay|under offer)(?![\\p{L}])|{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}(?:asked|applied|put (?:my name|myself) down|put in|signed up|gone in|went in)\\s+for\\s+(?:a|the)\\s+(?:day shift|early shift|days|transfer|move|different shift|shift change|part[- ]time (?:role|contract|hours)|flexible hours|fewer hours|four-day week|desk job|home-based role|local (?:role|job|branch))(?![\\p{L}])|{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}stopped\\s+(?!${NOT_CHANGE})(?:working|doing|going|playing|staying|taking|bringing|spending|buying|borrowing|hiding|keeping|leaving|using|making|putting|saying|shouting|snapping|yelling|sulking|storming|slamming|checking|reading|answering|picking|dragging|letting)(?![\\p{L}])(?![^.!?\\n]{0,25}{B}(?:us|you|u|your|ur|effort|time for|meds|medication|tablets|pills|work|trying|caring|eating|school|uni|college|(?:the|our|my) (?:calls|phone calls|video calls|visits|plans|dates|date nights|dinners)|the drive|the trip|the journey|the flights?)(?![\\p{L}]))(?![^.!?\\n]{0,60}{B}when (?:work|things|life|the job|it|my job) (?:got|became|was getting)(?![\\p{L}]))|{B}(?:and|so) i(?:'?ve| have)? (?:stopped|quit)(?= ?[.!;]|$| now| for good| completely)`,
    },
    {
      id: 'cut-down',
      // A habit cut right down or its means handed over: "I've cut my drinking right down", "I gave the car keys to my
      // brother".
      re: `{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:already|now|finally|also|really)\\s+)*cut\\s+(?:my |the |all my )?(?:drinking|gambling|smoking|spending|betting|screen time|hours|shifts|overtime|nights out|weed|vaping)(?:\\s+(?:right|way|right back|a lot|massively|well))?\\s+(?:down|back)(?![\\p{L}])|{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:already|now|finally|also)\\s+)*(?:gave|given|handed)\\s+(?:over\\s+)?(?:the|my)\\s+(?:car |van )?keys\\s+(?:over\\s+)?to(?![\\p{L}])|{B}(?:{IM}|i'?ve been|i have been)\\s+(?:\\p{L}+\\s+)?reading (?:about|up on) (?:[\\p{L}-]+ ){0,2}?(?:attachment|codependency|anger|jealousy|addiction|communication|boundaries|adhd|trauma)(?![\\p{L}])|{B}(?:i'?ve|i have|ive|i)\\s+(?:(?:since|already|now|finally|also|really)\\s+)*(?:reduced|lowered|halved|dropped|scaled back|cut back)\\s+(?:my |the )?(?:working |work )?(?:hours|shifts|overtime|travel|trips away|days in the office)(?![\\p{L}])|{B}i\\s+(?:now\\s+)?(?:no longer (?:work|do)|(?:don'?t|do not) (?:work|do) (?:any )?(?=[\\p{L} ]{0,20}any ?more))\\s+(?:weekends|nights|late|overtime|night shifts|weekend shifts|sundays|saturdays|evenings)(?: any ?more)?(?![\\p{L}])`,
    },
    {
      id: 'group',
      // A group, course or helper joined and kept to: "I've joined a group", "signed up with GamCare", "I'll keep
      // going to the Tuesday group", "I'm working on it with someone", "I sat down with the counsellor", "I can do
      // Thursdays from home", "I'd like us to think about couples counselling".
      re: `{B}(?:i'?ve|i have|ive|i|i'?ll|i will|{IM}|i'?ve been|i have been)\\s+(?:(?:already|now|finally|also|recently|just|keep|kept|still|been)\\s+)*(?:joined|join|signed up (?:with|for|to)|sign up (?:with|for|to)|registered with|going to|go to|gone to|went to|attending|attend|attended)\\s+(?:a|the|my|an|our)\\s+(?:(?:[\\p{L}-]+|\\d+)\\s+){0,2}?(?:group|groups|programme|program|course|class|classes|meetings?|sessions?|workshop|charity|helpline|service)(?![\\p{L}])(?![^.!?\\n]{0,40}{B}(?:useless|waste|pointless|once|hated|quit|walked out|never went back)(?![\\p{L}]))|{B}(?:i'?ve|i have|i|{IM}|i am)\\s+(?:(?:already|now|also|really|slowly)\\s+)*(?:signed up|registered|enrolled) with (?:[\\p{L}]+)(?![\\p{L}])|{B}(?:{IM}|i am|i'?ve been|i have been)\\s+(?:(?:really|slowly|actually)\\s+)?working on (?:it|this|that|myself|my [\\p{L}]+|the [\\p{L}]+) with (?:someone|somebody|a professional|a therapist|a counsel+or|a coach|help|a group|my (?:therapist|counsel+or|sponsor|gp|doctor))(?![\\p{L}])|{B}i\\s+(?:(?:actually|finally|also)\\s+)?(?:sat|sit|sitting) down with (?:a|the|my) (?:counsel+or|therapist|mediator|psychologist|sponsor|gp|doctor)(?![\\p{L}])|{B}i (?:can|could|'?ll|will|now|get to|am going to|'?m going to)\\s+(?:now\\s+)?(?:work|do [^.!?\\n]{1,30}?) from home(?![\\p{L}])|{B}(?:i'?d|i would)(?: really)? (?:like|love|want) us to (?:think about|consider|look (?:at|into)|try|talk about)\\s+(?:(?:some|a|going to|doing|trying)\\s+)?(?:couples?'? |marriage |relationship |joint )?(?:therapy|counsel+ing|mediation|a mediator|a counsel+or|a therapist)(?![\\p{L}])`,
    },
    {
      id: 'with-help',
      // Help named as a partner in the work: "me and my therapist talk about how I shut down", "the counsellor and
      // I are working on it", "my sponsor doesn't let me off lightly", "Dr. Hale put me on a waiting list for an ADHD
      // assessment", "I've been seeing someone at the practice about the anger", "I've been on patches since",
      // "it's something I'm working on with my counsellor".
      re: `{B}(?:(?:{IM}|i'?ve been|ive been|i have been|i'?ll be|i will be) (?:(?:now|really|still|actually) )?working (?:on|through) (?:(?:it|that|this|them|those|all (?:of )?(?:it|that|this))\\s+)?with (?:my|a|an|the) (?:(?:new|great|good|brilliant|lovely|proper) )?(?:therapist|counsel+or|sponsor|psychologist|psychiatrist|support worker|key worker|coach|doctor|gp)(?![\\p{L}]))|{B}(?:(?:me|i) (?:and|n|&|an') (?:my|the) (?:therapist|counsel+or|sponsor|psychologist|psychiatrist|support worker|coach|key worker|doctor|gp)|(?:my|the) (?:therapist|counsel+or|sponsor|psychologist|psychiatrist|support worker|key worker) and (?:i|me))(?![\\p{L}])|{B}my (?:therapist|counsel+or|sponsor|psychologist|support worker|key worker) (?:has (?:got )?me|got me|gave me|helps me|is helping me|helped me|suggested|taught me|doesn'?t let me|keeps me|checks)(?![\\p{L}])|{B}(?:put me|i'?m|i am|im|i'?ve been put|i have been put) on (?:a|the) waiting list(?![\\p{L}])|{B}(?:an? )?(?:adhd|autism|asd|mental health|psychiatric|psychological|addiction) assessment(?![\\p{L}])|{B}(?:seeing|see|talking to|speaking to) (?:someone|somebody|a woman|a man|a lady|a guy|people)\\s[^.!?\\n]{0,50}?(?:about|for|with) (?:the|my) (?:anger|temper|drinking|gambling|jealousy|moods?|depression|anxiety|shouting|control|trust issues|insecurit(?:y|ies)|addiction|betting)(?![\\p{L}])|{B}(?:i'?ve been|i have been|ive been|{IM}|i)\\s+(?:now\\s+)?(?:on|using|wearing)\\s+(?:nicotine\\s+)?(?:patches|the patches|nicotine gum|antabuse|medication|meds|antidepressants|tablets)(?= ?[,.;!]|$| now| since| for| every)|(?:{WB}(?:(?:my|the|our) )?(?:gp|doctor|dr\\.? [a-z]+|psychiatrist|consultant|psychologist|therapist|counsel+or|sponsor|pastor|priest|vicar|imam|rabbi|reverend|father|minister|support worker)(?: [a-z]+)?(?:'s)?,?(?: who)? (?:has |had )?(?:put me on|started me on|referred me|offered to (?:counsel|see|meet with|talk (?:to|with)|mediate for|help) (?:us|both of us)|agreed to (?:see|counsel|meet with) (?:us|both of us)|(?:has )?given me (?:exercises|tools|techniques|strategies|a plan)|(?:has been|is|'s been) (?:meeting|working|talking) with me){WE}|{WB}i (?:[a-z]+ )?(?:ring|call|phone|text|see|meet|check in with) my (?:sponsor|counsel+or|therapist|support worker|key worker|psychologist){WE})`,
    },
    {
      id: 'see-someone-together',
      // Fifteenth round (lead's review letters): help for the two of them proposed with its condition ("I can promise
      // that I will try, if you are willing to see Dr Harris with me on Thursdays"). Not a visit to a doctor alone.
      re: String.raw`{B}(?:if (?:you|u)(?:'re| are| r)|(?:you|u)(?:'re| are| r)|would (?:you|u) be|if (?:you|u)(?:'d| would) be) (?:willing|open|prepared|happy|ready) to (?:see|go (?:and )?see|try|meet|talk to) (?:dr\.? [\p{L}-]+|doctor [\p{L}-]+|a (?:couples? |marriage |relationship |family )?(?:counsel+or|therapist|mediator)|someone) (?:with me|together|as a couple|(?:the )?(?:both|two) of us)(?![\p{L}])`,
    },
    {
      id: 'proposal',
      // A working rule proposed for a new start: "maybe once a month one of us takes the train, and we alternate",
      // "what if we did one night a week where we just talk", "I'd want us both in therapy".
      re: `{B}(?:maybe|perhaps|what if|how about|what about|if we (?:tried|try|gave it|ever tried)[^.!?\\n]{0,20}?,?)\\s+(?:[^.!?\\n]{0,25}?\\s)?(?:we|one of us|you and i|you and me|us)\\s[^.!?\\n]{0,50}?(?:${EVERY}|take turns|alternate|a (?:week|month)(?![\\p{L}]))|{B}(?:i'?d|i would|id)\\s+want us (?:both |to both )?(?:to (?:have|do|see|go|try|set|agree|make|keep|talk)|in (?:therapy|counsel+ing))(?![\\p{L}])|{B}we (?:could|can|would|'?d|might)\\s+(?:\\p{L}+\\s+)?(?:alternate|take (?:it in )?turns|split the|rotate)(?![\\p{L}])|(?:{WB}(?:how about|what about|what if we (?:put|kept|left)|maybe|perhaps|we could (?:put|keep|leave|have)|i'?d like (?:us )?to (?:put|keep|have)|let'?s (?:put|keep|have))\\s+(?:the |our |all )?(?:phones?|mobiles?|screens?|laptops?)(?: (?:off|away|down))?(?: (?:go |stay |are )?in (?:a|the) (?:basket|drawer|box|bowl|kitchen|hall|other room))? (?:after|from|at|during|over|before) (?:\\d{1,2}|six|seven|eight|nine|ten|dinner|tea|supper|meals?|mealtimes?|bedtime|bed|the table){WE}|{WB}(?:phone|screen)-?free (?:evenings?|nights?|dinners?|meals?|sundays?|weekends?|hours?|rule|zone|bedroom){WE}|{WB}(?:a |one |our own |separate )?(?:joint|shared|separate) (?:account|one|accounts|budget|pot)s?(?: [a-z]+){0,3}? (?:for|to cover) (?:the )?(?:bills|rent|mortgage|house|food|shopping|holidays?){WE}|{WB}we (?:could|can|cud|coud|might|should) (?:always )?(?:do|have|spend|split|swap|alternate|take)\\s[^.!?\\n]{0,20}?(?:${EVERY}))`,
    },
    {
      id: 'named-plainly',
      // Tenth round (letters review), common wordings of a change: help named as "someone" ("I've been seeing someone
      // to talk things through", "we could see someone together"), a tool a helper gave ("the breathing thing the
      // therapist showed me"), a transfer asked about, weekends off, remote roles looked at, a shared calendar
      // proposed.
      re: [
        `(?:${WE}|{B}(?:i'?d|i would|we'?d|we would) need (?:us )?to)${AUX}\\s+(?:seeing|see|seen|talking to|talk to|talked to|speaking to|spoken to|spoke to|go and see|went to see)\\s+(?:someone|somebody)(?:\\s+(?:professionally|properly|regularly|weekly|every week|at the (?:practice|clinic|surgery|gp'?s|hospital)))?\\s+(?:to (?:talk (?:things|it|stuff|everything) (?:through|over|out)|work (?:through|on)|help me|sort (?:through|out)|get (?:to the bottom|help))|about (?:my|the|what|how|why|everything|our)|together)(?![\\p{L}])`,
        `{B}(?:i'?ve been|ive been|i have been|{IM}|i'?ve|ive|i)\\s+(?:(?:now|really|also|actually|still)\\s+)?(?:doing|do|did|using|use|trying|practi[sc]ing|practi[sc]e)\\s+(?:the|a|some|those|these|that)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:thing|things|exercises?|techniques?|tricks?|tools?|strateg(?:y|ies)|method)\\s+(?:that\\s+)?(?:the|my|a)\\s+(?:therapist|counsel+or|psychologist|doctor|gp|coach|sponsor|group|course)\\s+(?:showed|taught|gave|suggested|recommended|gives)(?:\\s+(?:me|us|me to use))?(?![\\p{L}])`,
        `{B}(?:i'?ve|i have|ive|i)\\s+${ALREADY}(?:asked|enquired|inquired|applied|put in|put my name down|spoken to (?:my|the) [\\p{L}]+|talked to (?:my|the) [\\p{L}]+)\\s+(?:about|for)\\s+(?:a|the)\\s+(?:transfer|relocation)(?![\\p{L}])`,
        `{B}(?:{IM}|i am|i'?ll be|i will be)\\s+(?:now\\s+)?off\\s+(?:weekends|saturdays|sundays|nights|night shifts?|evenings)(?:\\s+(?:now|from now on|from (?:next|this) (?:month|week)|starting)|(?=[^.!?\\n]{0,30}(?:manager|boss|rota|work)))`,
        `{B}(?:i'?ve|i have|ive|i|{IM}|i am)\\s+(?:(?:been|already|actually|now|also|even|started)\\s+)*(?:looking at|looking into|applying for|applied for|looked at|found|interviewing for)\\s+(?:(?:a few|some|a couple of|a|two|three)\\s+)?(?:remote|hybrid|work-from-home)\\s+(?:roles|jobs|positions|work|contracts?)(?![\\p{L}])`,
        `{B}(?:what if we|how about we|maybe we could|we could|could we|perhaps we could|i'?d like to suggest|i suggest|i propose|i'?d suggest)\\s+(?:(?:both|just|try|start|started|use|used|using|get|got|keep|kept|set up|had|have)\\s+)*(?:a|an|one)\\s+(?:shared|joint|family|common)\\s+(?:calendar|diary|rota|schedule|app|spreadsheet|budget|account|notebook)(?![\\p{L}])`,
      ].join('|'),
    },
    {
      id: 'named-more',
      // Eleventh round (tuning misses): help and change named in more shapes. "I've had a budget and a counsellor since
      // March", "I'm working on it with Dr Shah", "I haven't had one since August" (after "drinking"), "I'll keep writing
      // in my journal every night, it helps me catch the jealousy", "I'm not giving up on my sobriety", "the best thing I
      // did last year was stop drinking", "the course my counsellor recommended", "My therapist says I have to stop
      // checking your Instagram, and I have", "seeing someone … about the anger". Not "I've been seeing someone new"
      // (dating), nor a counsellor's advice not followed.
      re: [
        String.raw`{B}(?:i'?ve|i have|i)(?:\s+(?:also|now|since))*\s+(?:had|got|have)\s+(?:a |an )?(?:budget|sponsor|(?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker))(?:\s+and\s+(?:a |an )?(?:budget|sponsor|(?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker)))?\s+(?:since|for (?:the (?:last|past) )?(?:\d+|a few|several|two|three|four|five|six|some|nearly a|almost a|over a) (?:weeks?|months?|years?))(?![\p{L}])`,
        String.raw`{B}working (?:on )?(?:it|this|that|my \p{L}+|the \p{L}+)\s+with (?:dr\.? \p{L}+|a (?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker)|an? (?:group|course|programme|program)|my (?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker))(?![\p{L}])`,
        String.raw`(?<=(?:drink|drinking|booze|alcohol|gambling|betting|smoking)[^.!?\n]{0,60}){B}i (?:haven'?t|have not|havent) had (?:one|a drop|a single one)(?: since| in| for)(?![\p{L}])`,
        String.raw`{B}i(?:'ll|'ve|'m| will| have| am| now| also| still| keep| started| do)*\s[^.!?\n]{0,30}?{B}journal\p{L}*[^.!?\n]{0,80}?{B}(?:jealous\p{L}*|anger|temper|triggers?|moods?|drinking|anxiety|spirals?|spiralling|spiraling)(?![\p{L}])`,
        String.raw`{B}(?:(?:not|never) (?:giving|give|going to give) up on|keeping|protecting|committed to|proud of) my sobriety(?![\p{L}])`,
        String.raw`{B}the best (?:thing|decision) i (?:ever )?(?:did|made|have made|'ve made)[^.!?\n]{0,30}?(?:was|is) (?:to )?(?:stop|quit|stopping|quitting|giv(?:e|ing) up|get(?:ting)? help|see(?:ing)? a (?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker))(?![\p{L}])`,
        String.raw`{B}(?:the )?(?:course|programme|program|group|workbook) (?:my|the|a) (?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker) (?:recommended|suggested|referred me to|set me|put me on)(?![\p{L}])`,
        String.raw`{B}my (?:counsell?or|therapist|psychologist|gp|doctor|sponsor|coach|support worker|key worker) (?:says|said|told me|suggested)[^.!?\n]{0,60}?,?\s+and i (?:have|did|do|am|'ve started|have started)(?=\s*(?:[.!,;…]|$))`,
        String.raw`{B}(?:i'?ve been|i'?m|i am|i have been|i been) seeing (?:someone|somebody|a (?:professional|specialist))\s[^.!?\n]{0,60}?(?:about|for) (?:the|my) (?:anger|temper|drinking|jealousy|anxiety|gambling|betting|moods?|depression|insecurit(?:y|ies)|trust issues|spending|controlling|rages?)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'asked-for-it',
      // Twelfth round (letters review): a transfer or a move asked for in the idioms writers use ("I've put my hand up
      // for the transfer", "I've put in for a move to the Leeds office", "I've requested a transfer", "I've asked to
      // be moved to the Brisbane office"), and a non-native "I stopped to go out with the colleagues on Fridays"
      // (stopped going out). Not a transfer someone else asked for ("My sister put in for a transfer"), nor "I stopped
      // to go out for a smoke" (a pause).
      re: [
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:put my hand up|put (?:my name|myself) (?:down|forward|in)|put in(?: a (?:request|bid|form|application))?|applied|asked|requested|gone for|went for|volunteered|bid)\s+(?:for\s+)?(?:a|the|my)\s+(?:[\p{L}-]+\s+)?(?:transfer|relocation|move(?= (?:to|back|nearer|closer)(?![\p{L}])))(?![\p{L}])${NOT_BEHIND_BACK}`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:asked|applied|requested|put in|put my name down)\s+to (?:be )?(?:transferred|moved|relocated|posted|based)\s+(?:to|back to|nearer|closer to|in)(?![\p{L}])${NOT_BEHIND_BACK}`,
        String.raw`{B}(?:i'?ve|i have|ive|i|{IM}|i am)\s+${ALREADY}(?:cut|cutting) (?:(?:right|way|it)\s+)?(?:down|back) to (?:(?:\d+|one|two|three|four|a couple of|a few|a single)\s+)(?:drinks?|pints?|beers?|glasses|units|cigarettes|fags|nights? out|bets?|hours?)(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i am|i'?ll be|i will be|i'?ve|i have|ive|i)\s+${ALREADY}(?:coming|come|getting|got|going|moving|switching|switched|moved|stepping|stepped|came|taken|been taken) (?:off|out of|down from|back from) (?:the )?(?:rotations?|rigs?|nights|night shifts?|nightshifts?|the road|tour|fifo|offshore|deployments?|long[- ]haul|international (?:routes|flights)|(?:oil|gas) fields?)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i|{IM}|i am)\s+${ALREADY}(?:switched|switching|moved|moving|changed|changing|gone|going|went|transferred|dropped|dropping|cut|cutting)\s+(?:(?:back|down|over)\s+)?(?:to|onto)\s+(?:the\s+)?(?:days|day shifts?|the day shift|part[- ]time|four days(?: a week)?|three days(?: a week)?|a four[- ]day week|nine[- ]to[- ]five|9[- ]to[- ]5|fewer hours|shorter hours|regular hours|normal hours|a desk job|an office job|flexi[- ]?time|remote work|working from home)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:asked|told|got|arranged|agreed|sorted)\s+(?:(?:with\s+)?(?:my|the)\s+(?:boss|manager|supervisor|employer|company|work|rota|team leader|gaffer)\s+)?(?:for\s+|to give me\s+)?(?:(?:every|all|my)\s+)?(?:fridays|saturdays|sundays|weekends|evenings|nights|mondays|the weekends?)\s+off(?![\p{L}])|{B}i (?:don'?t|do not|no longer|never) touch (?:alcohol|a drop|drink|the drink|booze|the bottle|spirits|a bet|cards|drugs|weed)(?![\p{L}])(?! (?:at|in|on) (?:work|the weekend)(?![\p{L}]))`,
        String.raw`{B}(?:{IM}|i am|i'?ll be|i will be)\s+(?:now\s+)?(?:onshore|home-based|office-based|based at home|working from home|home (?:every|each) (?:night|evening|weekend))(?![\p{L}])(?=[^.!?\n]{0,40}{B}(?:full[- ]time|for good|permanently|from now on|after that|from (?:next|then|january|february|march|april|may|june|july|august|september|october|november|december)|starting)(?![\p{L}]))`,
        String.raw`{B}i\s+(?:(?:also|now|already)\s+)?(?:stopped|stop) to (?:go(?:ing)? out|go to the (?:pub|bar|casino|bookies|club))(?:\s+(?:drinking|partying))?\s+(?:with (?:the|my) (?:colleagues|friends|mates|lads|boys|girls|guys|team|coworkers|co-workers)|(?:every|on|at) (?:weekends?|nights?|fridays|saturdays|evenings|week)|after work)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'contact-ended',
      // Twelfth round (tuning miss): contact ended with someone named, as a formal writer names the affair ("I have
      // also ended all contact with Helen"). Case as written, so a name and not "everyone".
      re: String.raw`(?:I'?ve|I have|I)\s+(?:(?:also|already|now|finally)\s+)*(?:ended|cut off|cut|broken off|broke off|stopped) all (?:contact|ties|communication) with (?!(?:Mum|Mom|Dad|Mam|My|The|Everyone|Everybody|People|Them)(?![\p{L}]))[A-Z][a-z]+(?![\p{L}])`,
      caseSensitive: true,
    },
    {
      id: 'first-steps',
      // Thirteenth round (strengths13 letters): the first concrete steps of a change, in the plain words writers use.
      // The boss asked about the hours ("I talked to my boss about taking unpaid leave for three months", "I've spoken
      // to my manager about going part-time", "I had a word with HR about flexible hours"); the way to close a
      // distance looked into ("ive looked into the working holiday visa for canada", "I've looked into transferring to
      // the Toronto office"); the everyday load taken over ("I took over Wednesdays and Fridays with the kids", "I've
      // taken over the school runs"). Not the boss asked about anything else ("I talked to my boss about you"), nor a
      // search on the reader ("I looked into where he works"), nor the reader taking things over.
      re: [
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:talked|spoken|spoke|had (?:a |another )?(?:(?:long|proper|serious|quick|good)\s+)?(?:chat|word|talk|conversation|meeting|sit-?down)|gone|went|asked)\s+(?:to|with)\s+(?:my |the |our )?(?:boss|manager|line manager|supervisor|hr|head of department|team leader|team lead|employer|company|gaffer|foreman|director|work|editor|partners at the firm)\s+about\s+(?:(?:going|getting|moving|switching)\s+(?:part[- ]time|down to|remote|to (?:part[- ]time|four|4|three|3|nights|days|a (?:four|4|three|3)[- ]day)|onto (?:days|a (?:four|4)[- ]day))|(?:taking|getting)\s+(?:(?:some|unpaid|parental|paternity|maternity|compassionate|annual|extended)\s+)*(?:time off|leave|a (?:sabbatical|career break|step back|pay cut))|working\s+(?:from home|remotely|fewer|less|part[- ]time|(?:four|4|three|3) days)|(?:cutting|reducing|dropping|cutting back|cutting down)\s+(?:on\s+)?(?:my |the )?(?:hours|days|shifts|travel|travelling|traveling|overtime|weekends|nights|late shifts)|(?:a |my )?(?:transfer|relocation|sabbatical|career break|reduced hours|compressed hours|flexible (?:hours|working)|part[- ]time (?:hours|contract|role)|remote (?:work|working|role)|(?:four|4)[- ]day (?:week|weeks)|fewer (?:hours|shifts|trips)|less travel)|(?:transferring|moving|relocating)\s+(?:to|back to|closer|nearer)|(?:never|not|no longer|stopping)\s+(?:working|travelling|traveling|doing)\s+(?:weekends|nights|late|overtime|away))(?![\p{L}])${NOT_BEHIND_BACK}`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:looked into|been looking into|researched|checked out|found out about|enquired about|inquired about|read up on|priced up)\s+(?:(?:the|a|an|getting|applying for|how to get|what it takes to get)\s+)*(?:[\p{L}-]+\s+){0,3}?(?:visas?|transfers?|relocation|relocating|moving (?:to|closer|nearer|over|back)|transferring (?:to|back)|jobs? (?:in|near|over there|out there|closer)|flats? (?:in|near)|rentals? (?:in|near)|couples? (?:counsel+ing|therapy|counsel+ors?|therapists?)|marriage (?:counsel+ing|guidance)|counsel+ing|counsel+ors?|therapy|therapists?|anger management|rehab|treatment|programmes?|programs?|courses? (?:for|on|in) (?:anger|stress|parenting|couples)|mediation)(?![\p{L}])${NOT_BEHIND_BACK}`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+${ALREADY}(?:took|taken|take)\s+(?:over|on)\s+(?:(?:all|most|half|some)\s+(?:of\s+)?)?(?:the |my |our )?(?:school runs?|nursery runs?|pick-?ups?|drop-?offs?|bedtimes?|bath ?times?|cooking|dinners|washing|laundry|cleaning|food shop(?:ping)?|shopping|bills|admin|paperwork|dishes|washing[- ]up|hoovering|ironing|housework|chores|dog walks?|(?:${WEEKDAYS})s?(?:\s+(?:and|&)\s+(?:${WEEKDAYS})s?)?\s+with (?:the |our )?(?:kids|children|boys|girls|baby|little ones))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'next-time',
      // Thirteenth round (strengths13 probe): a new way of handling the old trigger, promised for the next time and
      // concrete by what it replaces ("Next time something bothers me I'll tell you that same day instead of letting it
      // build for weeks", "from now on I'll say it straight away rather than sulking"). Not the reader's next fault as
      // its condition ("Next time you ignore me I'll go out instead of waiting", an ultimatum), nor a vague promise ("I'll
      // be better instead of being like this").
      re: String.raw`{B}(?:next time|from now on|in future|in the future|whenever|if ever|any ?time|every time|the next time)(?!\s+(?:you|u|he|she|they|your|ur)(?![\p{L}]))(?![^.!?\n]{0,40}?{B}(?:you|u) (?:\p{L}+ )?(?:ignore|shout|lie|cheat|leave|walk|do|say|start|make|don'?t|won'?t)\p{L}*(?![\p{L}]))[^.!?\n]{0,50}?{B}i(?:'ll| will|ll|'m going to| am going to|'m gonna| promise to| want to)\s+(?!(?:never|always|change|try|be|do (?:anything|better|everything)|love|make it up)(?![\p{L}]))[^.!?\n]{3,60}?{B}(?:instead of|rather than) (?:\p{L}+ing|just \p{L}+ing|going quiet|going silent|shutting down)(?![\p{L}])[^.!?\n,;]{0,40}`,
    },
    {
      id: 'more-steps',
      // Thirteenth round (strengths13): more first steps as writers put them. No drink kept at home ("I don't keep
      // drink in the house anymore"), money set aside to repay ("I've been putting money aside every payday to pay back
      // what I took"), a move near the children ("I've moved back to Leeds, ten minutes from the kids"), a relative
      // asked to step back ("I've asked my mum to stop getting involved", "I have spoken to my father and told him clearly
      // that any decision about my life will be mine"). Not a relative asked to step in against the
      // reader ("I've asked my mum to talk to you"), nor money put aside for oneself.
      re: [
        String.raw`{B}i\s+(?:(?:don'?t|do not|no longer|never)\s+)(?:keep|have|buy|bring)\s+(?:any\s+)?(?:drink|alcohol|booze|wine|beer|spirits|vodka|whisky|whiskey|cans|weed|scratchcards|scratch cards)\s+(?:in|at|into)\s+(?:the|my)\s+(?:house|flat|home|apartment|place)(?![\p{L}])`,
        String.raw`{B}i(?:'?ve been|'?m| am| have been|'?ll be| will be)\s+(?:putting|setting|saving|paying)\s+(?:(?:some|a bit of|a little|part of my|half my|my)\s+)?(?:money|cash|wages|pay|something|[\d£$€,.]+|(?:\d+|ten|twenty|fifty|a hundred)\s+(?:quid|pounds|dollars|euros|bucks))\s+(?:a (?:week|month|fortnight)\s+|every (?:week|month|payday|pay ?day|fortnight)\s+)?(?:aside|away|by|back|into (?:a|the|our) (?:separate|joint|savings) account)(?:\s+(?:a (?:week|month|fortnight)|every (?:week|month|payday|pay ?day|fortnight)))?\s+(?:to (?:pay|repay|give|cover|put)|for (?:the (?:debt|loan|money|bills|kids)|what i (?:took|owe|borrowed|spent)|you|u))(?![\p{L}])`,
        String.raw`{B}i(?:'?ve| have)?\s+(?:(?:now|already|finally|also)\s+)?(?:moved|relocated|got a (?:flat|place|room)|found a (?:flat|place|room))(?:\s+back)?\s+[^.!?\n]{0,40}?(?:(?:\d+|five|ten|fifteen|twenty) minutes|walking distance|a (?:short |five-minute |ten-minute )?(?:walk|drive|bus ride|train ride)|round the corner|down the road|closer|nearer)\s+(?:away\s+)?(?:from|to|of)\s+(?:the kids|the children|the boys|the girls|you|u|your (?:place|flat|work|house)|ur (?:place|flat|work|house)|school|their school)(?![\p{L}])`,
        String.raw`{B}i(?:'?ve| have)?\s+(?:(?:now|already|finally|also)\s+)?(?:(?:asked|told)\s+(?:my|our)\s+${KIN}|(?:spoken|spoke|talked)\s+(?:to|with)\s+(?:my|our)\s+${KIN}\s+(?:and\s+)?(?:told|made (?:it )?clear to)\s+(?:him|her|them))\s+(?:(?:clearly|firmly|straight|plainly|politely)\s+)?(?:to\s+(?:stop|back off|stay out|keep out|butt out)|not to\s+(?:get involved|interfere|comment|call|turn up)|(?:that\s+)?(?:(?:any|every|all|the|our|my)\s+)?(?:decisions?|life|lives|marriage|relationship|business|choices?)\s+(?:about\s+(?:my|our)\s+(?:life|lives|marriage|relationship|future)\s+)?(?:will be|is|are|'s)\s+(?:ours|mine|my own|our own|our business|between us|not theirs|(?:ours|our own|mine) only))(?![\p{L}])`,
        // Lead review (thirteenth round): what was borrowed paid back, or
        // something sold to pay it ("ive sold the ute and put the money toward paying back what i borrowed off you",
        // "I've paid you back everything I owed"). Not a parent's say reported, nor a debt still to pay.
        String.raw`{B}i(?:'?ve| have)?\s+(?:(?:now|already|finally|also)\s+)?(?:sold|flogged)\s+(?:the|my)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:and\s+)?(?:put|used|use|to put)\s+(?:the\s+|all the\s+)?(?:money|cash|proceeds)\s+(?:toward|towards|to|into)\s+(?:paying|repaying)\s+(?:(?:you|u)\s+)?back(?![\p{L}])|{B}i(?:'?ve| have)\s+(?:(?:now|already|finally|also)\s+)*(?:paid|repaid|given)\s+(?:you|u)\s+back\s+(?:every (?:penny|cent|pound)|everything|all|the (?:money|lot|loan|rest))(?![\p{L}])`,
        // Non-native and Indian English shapes: "I have taken admission in an anger management program", "Since two
        // months I am not drinking at all", "I am taking the help of a counsellor since March", "i dont go to the casino
        // no more", "Now I am coming home early from office every day", "I am doing the yoga and meditation daily in
        // the morning to control my anger". Not a night off ("I'm not drinking tonight"), nor an aim with no act ("I'm
        // trying to control my temper").
        String.raw`{B}(?:i|i'?ve|i have|ive)\s+(?:(?:already|now|finally|also)\s+)*(?:set|put|switched|moved)\s+(?:up\s+)?(?:all\s+)?(?:the|my|our)\s+(?:bills|rent|mortgage|payments?|half|share|council tax|utilities|childcare|child support|maintenance)(?:\s+\p{L}+){0,3}?\s+(?:on|onto|to)\s+(?:(?:an?|the)\s+)?(?:autopay|auto-pay|automatic(?: payments?)?|direct debits?|standing orders?|auto-?debit)(?![\p{L}])`,
        String.raw`{B}(?:i|i'?ve|i have|ive)\s+(?:(?:already|now|finally|also)\s+)*(?:ended (?:it|things|everything) with (?:her|him|them)|broke it off with (?:her|him|them)|ended it(?:\s+\p{L}+){0,8}?\s+and\s+blocked (?:her|him|them)|blocked (?:her|him|them) (?:everywhere|on everything|on all|on every))(?![\p{L}])`,
        String.raw`{B}(?:i|i'?ve|i have|ive)\s+(?:(?:already|now|finally|also)\s+)*(?:deleted|closed|shut down|got rid of|removed|uninstalled)\s+(?:the|my|that)\s+(?:finsta|fake (?:account|profile|insta|instagram)|burner(?: account| phone)?|second account|alt account|spare account|secret account|tracking app|tracker|location (?:app|sharing)|spy app|dating apps?|tinder|hinge|bumble|grindr)(?![\p{L}])`,
        String.raw`{B}i\s+(?:have\s+|'ve\s+)?(?:taken|took|got|have got)\s+(?:an?\s+)?admission\s+(?:in|to|into|for)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:program(?:me)?|course|class(?:es)?|group|centre|center|rehab|clinic)(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i am)\s+not\s+(?:drinking|gambling|smoking|betting|using|taking drugs|touching (?:alcohol|drink|a drop))(?:\s+(?:at all|anymore|any more|now))*(?:(?:\s+|,\s*)(?:since|for)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|some)\s+(?:days|weeks|months|years))?(?![\p{L}])(?<=(?:at all|anymore|any more|now|days|weeks|months|years))|{B}since\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|some)\s+(?:days|weeks|months|years),?\s+(?:{IM}|i am|i)\s+(?:not|no longer|never|don'?t)\s+(?:drinking|drink|gambling|gamble|smoking|smoke|betting|bet)(?![\p{L}])`,
        String.raw`{B}(?:{IM}|i am|i'?ve been|i have been)\s+(?:(?:now|also|regularly)\s+)?taking\s+(?:the\s+)?help\s+(?:of|from)\s+(?:an?|my|the)\s+(?:counsell?or|counselor|therapist|psychologist|psychiatrist|doctor|sponsor|support group|group)(?![\p{L}])`,
        String.raw`{B}i\s+(?:don'?t|dont|do not|no longer|never)\s+go\s+(?:to\s+)?(?:the\s+)?(?:casino|bookies|bookmakers|betting shop|pub|bar|club|races|dogs|arcade|dealer)\s+(?:no more|anymore|any more|now|these days)(?![\p{L}])`,
        String.raw`{B}(?:now\s+)?(?:{IM}|i am|i)\s+(?:now\s+)?(?:coming|come|getting|get|reaching|reach)\s+home\s+(?:early|earlier|on time|by (?:\d|six|five|seven|eight)|before (?:\d|six|seven|eight))(?![\p{L}])(?=[^.!?\n]{0,40}?{B}(?:every|each|daily|now|these days|most days)(?![\p{L}]))|{B}(?:{IM}|i am|i'?ve been|i have been|i)\s+(?:now\s+)?(?:doing|practi[cs]ing|going to|started|taking)\s+(?:the\s+)?(?:yoga|meditation|breathing exercises|running|the gym|gym|walks|long walks|journalling|journaling|a class|classes)(?:\s+(?:and|&)\s+(?:the\s+)?[\p{L}-]+)?\s+(?:daily|every (?:day|morning|evening|night)|each (?:day|morning)|(?:in the|every) mornings?|twice a week|three times a week)(?:\s+in the (?:morning|evening))?\s+(?:to|so i can|which helps me)\s+(?:control|manage|calm|handle|deal with|work on)\s+my\s+(?:anger|temper|drinking|jealousy|stress|anxiety|moods?|reactions)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'no-subject',
      // Fifteenth round (strengths15): help sought, told the terse way with no "I" ("Been doing an anger course at the
      // community centre, eight weeks so far", "Started therapy in January", "been seeing a counsellor since March").
      // Only help for what caused it: "Been doing a pottery class" is not a solution. (The id says the first shape.)
      re: [
        String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:been|started|starting|finally started)\s+(?:(?:doing|going to|seeing|attending|on|in|having|taking)\s+)?(?:an?\s+|the\s+|my\s+|some\s+)?(?:(?:anger|temper|drink(?:ing)?|alcohol|gambling|jealousy|anxiety|couples?|parenting|cbt|dbt|recovery|addiction)(?:\s+management)?\s+(?:course|class(?:es)?|group|programme|program|sessions|meetings|therapy|counsell?ing|counseling|work)|counsell?ing|counseling|therapy|counsell?or|counselor|therapist|psychologist|rehab|aa|na|gamblers anonymous)(?![\p{L}])`,
        // …and the work or the help rearranged in plainer or non-native words ("I have now asked my manager for the Bangalore
        // transfer", "I've told my boss no more Saturdays", "I have kept Sundays free", "I am going now to a therapist").
        String.raw`{B}(?:i|i'?ve|i have)\s+(?:(?:now|already|finally|also|just)\s+)*(?:asked|applied|put in|requested)\s+(?:(?:my|the|our)\s+(?:manager|boss|company|office|work|hr|firm|employer)\s+)?for\s+(?:a|the|my)\s+(?:[\p{L}'-]+\s+){0,2}?(?:transfer|relocation|posting|four-day week|flexible hours|day shifts?)(?![\p{L}])`,
        String.raw`{B}i(?:'?ve| have)?\s+(?:(?:now|already|finally|also|just)\s+)*told\s+(?:my|the)\s+(?:boss|manager|work|office|team|firm|company)\s+(?:that\s+)?(?:(?:i'?m|i am|im)\s+)?(?:no more|not doing|i won'?t do|i will not do|not working)\s+(?:any more\s+)?(?:[\p{L}'-]+\s+)?(?:saturdays|sundays|weekends|nights|late shifts|overtime|night shifts|evenings|weekend shifts|trips)(?![\p{L}])`,
        String.raw`{B}(?:i|i'?ve|i have)\s+(?:(?:now|already|also)\s+)*(?:kept|keep|keeping)\s+(?:my\s+)?(?:sundays|saturdays|weekends|evenings|friday nights|sunday evenings)\s+(?:free|clear|for (?:us|you|u|the family|the kids))(?![\p{L}])`,
        String.raw`{B}(?:i am|i'?m|im)\s+going\s+(?:now|since \p{L}+|again|regularly)\s+(?:(?:every|each) \p{L}+ (?:weeks?|days?)\s+)?to\s+(?:a|an|the|my)\s+(?:therapist|counsell?or|counselor|psychologist|psychiatrist|group|course|meeting)(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'done-since',
      // Seventeenth round (lead review): a change already made, told as a fact with its measure. Help counted ("I've
      // done twelve weeks of counselling since", "I have had six months of therapy"); the work covered by someone else
      // ("I've hired a manager for the weekends", "my mum now has the kids on Wednesdays so I can be present"); the old
      // trouble not done since ("I haven't worked a Sunday since August"). Not a count of something else ("I've done
      // twelve weeks of yoga"), nor help hired for the shop's sake ("I've hired a manager for the new branch").
      re: [
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|also|just|since|finally)\s+)*(?:done|had|finished|completed|did|been through|gone through|got through)\s+(?:(?:over|almost|nearly|about|more than|the full|all|a full)\s+)?(?:${NUM}|a full|the full)\s+(?:[\p{L}-]+\s+)?(?:weeks?|months?|sessions?|years?|rounds?)\s+of\s+(?:(?:couples?|marriage|anger|group|weekly|individual|one-to-one|cbt|proper|relationship)\s+)*(?:counsel+ing|therapy|cbt|dbt|anger management|rehab|treatment|recovery|aa|na|meetings|sessions)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|finally|also|just)\s+)*(?:hired|taken on|brought in|got in|employed|trained up|promoted)\s+(?:an?\s+|another\s+|some\s+)?(?:(?:weekend|night|assistant|deputy|shift|second|relief|part-time|new)\s+)*(?:manager|assistant|deputy|chef|cover|staff|someone|somebody|person|help)\s+(?:for|to (?:cover|run|do|take|handle|look after|work|open up on))\s+(?:the\s+|my\s+)?(?:weekends?|saturdays?|sundays?|evenings?|nights?|late shifts?|weekend shifts?|night shifts?|saturday shifts?|sunday shifts?|closing|(?:the\s+)?(?:shop|restaurant|pub|café|cafe|bar|business|office|site|farm)\s+(?:on|at)\s+(?:weekends|saturdays|sundays|nights|evenings))(?![\p{L}])`,
        String.raw`(?:{B}i\s+|(?<=(?:^|[.!?\n,;:])\s{0,3}))(?:haven'?t|have not|havent|'ve not)\s+(?:(?:once|even)\s+)?(?:worked|done|pulled)\s+(?:a|one|a single)\s+(?:(?:saturday|sunday|weekend|late|night|evening)\s+)?(?:sunday|saturday|weekend|shift|late night|all-nighter|night shift|late shift|double shift)\s+(?:since|in|for)(?![\p{L}])`,
        String.raw`(?:{B}i\s+|(?<=(?:^|[.!?\n,;:])\s{0,3}))(?:haven'?t|have not|havent|'ve not)\s+(?:(?:once|even)\s+)?missed\s+(?:a|one|a single)\s+(?:(?:single|weekly|group)\s+)*(?:session|meeting|appointment)\s+(?:(?:with|at|of)\s+(?:my|the|our)\s+(?:\p{L}+\s+)?(?:counsel+or|therapist|psychologist|group|clinic|programme|program|course|sponsor)|since|in)(?![\p{L}])|{B}(?:i'?ve|i have|ive)\s+(?:(?:now|also)\s+)?(?:been to|gone to|made it to|done)\s+every\s+(?:single\s+)?(?:one of (?:my|the)\s+)?(?:(?:${WEEKDAYS}|weekly|group|aa|na|gamblers'? anonymous|counsel+ing|therapy)\s+)?(?:meetings?|sessions?|appointments?)(?![\p{L}])`,
        String.raw`{B}(?:the|my)\s+(?:work\s+)?(?:laptop|work phone|phone)\s+(?:now\s+)?(?:stays|lives|goes|is left|gets left|sleeps)\s+(?:at (?:the )?(?:office|work)|in (?:a|the) (?:drawer|car|hall|kitchen|locker)|downstairs|in another room|switched off)(?=[^.!?\n]{0,30}?{B}(?:now|every|each|these days|from \p{L}+|after \p{L}+|at (?:\d|six|seven|eight|nine))(?![\p{L}]))[^.!?\n,;]{0,30}`,
        String.raw`{B}(?:i'?ll|i will|i'?d|i would|i can|i could|(?:i'?m|i am|im) (?:happy|glad|willing) to)\s+(?:(?:gladly|happily|also)\s+)?(?:pay for|cover the cost of|book|arrange|find|organi[sz]e|sort out|set up)\s+(?:(?:the|a|some|our|us (?:a|some))\s+)(?:(?:couples?|marriage|joint|first|few)\s+)*(?:counsel+ing|therapy|(?:counsel+ing|therapy) sessions|counsel+or|therapist|mediator|mediation)(?![\p{L}])`,
        String.raw`{B}(?:my|our)\s+(?:mum|mom|mam|dad|sister|brother|parents|neighbou?r|nanny|childminder|sister-in-law|mother-in-law)\s+(?:now\s+)?(?:has|have|takes|take|does|do|picks up|looks after|minds|has got)\s+(?:the\s+)?(?:kids|children|boys|girls|baby|little ones|school runs?)\s+[^.!?\n]{0,30}?{B}so (?:that )?i (?:can|could|'m|am|get to)\s+(?:actually\s+|finally\s+|properly\s+)?(?:be\s+)?(?:home|present|there|around|free|with (?:you|u|them))(?![\p{L}])`,
      ].join('|'),
    },
    {
      id: 'in-practice',
      // Twenty-first round (solution21): a change told by what it does day to day, in wordings the patterns above did
      // not read. A way of handling the old trigger ("I've learnt to walk away and count to ten when I feel my temper
      // going", "I've been practising the breathing exercises"); a move toward them offered or made ("I'd happily
      // relocate to be closer to you", "I'm renting in Manchester now, twenty minutes from you"); a job chosen for its
      // hours ("a new job with no weekend work", "a four-day week"); money put under someone's eye ("My wages now go
      // straight into the joint account", "an account I can't touch without my sister"); the trigger cut off with its
      // reason ("deleted Instagram, it was feeding the jealousy", "I've told the lads I'm not doing Fridays anymore");
      // help and treatment in the words of the clinic ("I've self-referred", "a referral to a psychiatrist for the mood
      // swings", "I'm getting treatment for depression now", "I'm in recovery", "It's been six months since my last
      // bet"); a plan proposed in more shapes ("A mediator might help us talk", "I'd like to propose that we see each
      // other one weekend a month", "What if I came to you at Christmas and you came to me at Easter?", "the ferry for
      // every second Friday", "the Gottman workbook together"); a rule
      // kept ("I've made a rule for myself: no phone after nine", "From now on the laptop stays at the office"). Not
      // the same words about something else ("I've learnt to walk away from people who drain me" is no trigger named,
      // "I deleted Instagram because your photos hurt"), nor the reader's job or treatment.
      // Second batch: the old habit swapped ("going gym instead of pub"), "so no more nights", the betting apps gone and the
      // bank blocking them, "two months into a programme", hours changed "so we would see each other more", a house rule
      // or a turn-taking proposed ("What if we had a rule that big money decisions get talked about first", "We could do
      // the drive in turns"), "home by six", an accountability partner, an app that locks the phone. Not a rule laid on
      // the reader ("a rule that you answer my texts"), nor the change priced at a confession.
      re: [
        String.raw`{B}(?:i'?ve|i have|ive|i|i'?m|i am|im)\s+(?:(?:now|been|also|started|finally|really|learn(?:ed|t) to|learning to|trying to|begun to|started to)\s+)*(?:practi[sc](?:e|es|ing|ed)\s+(?:the\s+|my\s+|some\s+|a few\s+)?(?:breathing|grounding|calming|relaxation|time-?out|mindfulness)(?:\s+(?:exercises?|techniques?|thing|stuff))?|count(?:ing)? to (?:ten|10|twenty|20) (?:when|before|whenever|every time|if)|(?:walk|walking) away (?:and|to|for|until) [^.!?\n]{0,40}?(?:when|before|whenever|every time|if) (?:i|it|things|the)|(?:take|taking) (?:a |my )?time-?outs? (?:when|before|whenever|if|instead))(?![\p{L}])`,
        String.raw`{B}(?:i'?d|i would|i'?ll|i will|i could|i can|(?:i'?m|i am|im)(?:\s+(?:happy|willing|ready|prepared|open|planning|going|thinking about|looking at|looking into))?(?:\s+to)?)\s+(?:(?:happily|gladly|honestly|absolutely|also|even)\s+)*(?:relocat(?:e|ing)|mov(?:e|ing)(?: (?:up|down|over|across|back))?|transfer(?:ring)?|sav(?:e|ing) (?:up )?for a (?:deposit|place|flat|house))(?:\s+[^.!?\n]{0,30}?)?\s+(?:(?:so as |in order )?to be\s+)?(?:(?:closer|nearer|next|near) to (?:you|u|yours|urs|your (?:place|flat|town|city|family|parents|work|mum|mom|end))|(?:in|to) (?:your|ur) (?:town|city|area|neck of the woods|part of the world))(?![\p{L}])`,
        String.raw`{B}(?:i'?m|i am|im)\s+(?:now\s+(?:renting|living|based)|(?:renting|living|based)\s+[^.!?\n]{0,30}?{B}now(?![\p{L}]))[^.!?\n]{0,30}?(?:\d+|five|ten|fifteen|twenty|thirty)\s+minutes (?:from|away from) (?:you|u|yours|urs|your (?:place|flat|work))(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|finally|also|just)\s+)*(?:got|found|taken|took|started|accepted|moved to|switched to)\s+(?:a|an|the)\s+(?:new\s+)?(?:job|role|position|post)(?:\s+[^.!?\n]{0,25}?)?\s*(?:with|that has|that means|where|which means|,\s*the one (?:that|which) means)\s+(?:[^.!?\n]{0,25}?\s)?(?:no (?:weekend|night|evening|late|sunday|saturday|shift)s?(?: work| shifts| working)?|normal hours|regular hours|nine[- ]to[- ]five|9[- ]to[- ]5|(?:i'?m |i am |i can be |i'?ll be )?home (?:by|every|at|for)|weekends off|evenings free|(?:less|no) travel(?:l?ing)?|fewer hours|(?:four|4)[- ]day weeks?)(?![\p{L}])|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|finally|also|just)\s+)*(?:negotiated|agreed|arranged|secured|sorted|got)\s+(?:a\s+)?(?:four|4|three|3)[- ]day (?:week|weeks|working week)(?![\p{L}])|{B}(?:i'?m|i am|im|i'?ve been|i have been)\s+(?:now\s+)?retraining\s+(?:as|to be)\s+[^.!?\n]{1,40}?\s+so (?:that )?(?:the hours|i (?:can|could|'?ll|will|would) be home|i'?m home|i am home|i (?:can|could|'?ll|will) have (?:weekends|evenings))(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|also|finally)\s+)*(?:given|gave|handed|let)\s+(?:my\s+)?(?:sister|brother|mum|mom|mam|dad|mother|father|sponsor|best (?:mate|friend)|accountant|parents|family|counsel+or)\s+(?:full\s+)?(?:access to|control of|control over|the passwords? (?:to|for)|sight of|a view of)\s+(?:my|all my|the)\s+(?:bank|accounts?|money|finances|cards?|spending|savings|wages)(?![\p{L}])|{B}my\s+(?:wages|salary|pay|pay ?cheque|paycheck|money)\s+(?:now\s+)?(?:goes|go|is paid|gets paid)\s+(?:straight|directly)\s+(?:in)?to\s+(?:the|a|our)\s+(?:joint|shared|savings)(?![\p{L}])|{B}(?:an|a|the)\s+(?:savings\s+|bank\s+)?account\s+(?:that\s+)?i\s+(?:can'?t|cannot|can not)\s+(?:touch|access|get (?:at|into)|spend from|withdraw from)(?![\p{L}])`,
        String.raw`{B}(?:facebook|instagram|insta|twitter|tiktok|snapchat|social media|dating apps?|tinder)[^.!?\n]{0,50}?(?:feeding|fuell?ing|feeding into|making)\s+(?:the|my)\s+(?:jealousy|insecurit(?:y|ies)|paranoia|checking|anxiety)(?![\p{L}])|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|also|finally)\s+)*(?:deactivated|deleted|closed|came off|come off|got rid of|quit)\s+(?:my\s+)?(?:facebook|instagram|insta|twitter|tiktok|snapchat|social media)[^.!?\n]{0,30}?(?:because i (?:spent|was (?:always|forever|constantly)|kept|couldn'?t stop)|so (?:that )?i (?:can'?t|don'?t|won'?t|stop)|jealous)(?![^.!?\n]{0,30}?{B}(?:your|ur) (?:photos|pictures|posts|stories)(?![\p{L}]))|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|also|finally)\s+)*told\s+(?:the|my)\s+(?:lads|guys|boys|mates|girls|team|band|crew|gang)\s+(?:that\s+)?(?:i'?m|i am|im|i'?ll|i will)\s+(?:not|no longer|done|out|finished|stepping back)(?![\p{L}])(?=[^.!?\n]{0,40}?{B}(?:anymore|any more|again|from now on|for good|with (?:it|that|them))(?![\p{L}]))|{B}no more\s+(?:poker|pub|late|friday|saturday|boys'?|lads'?|work|weekend|all-?night|drinking|betting|casino)(?:\s+[\p{L}-]+){0,2}?\s*[,;—–]\s*(?:i'?ve|i have|ive|i)\s+(?:already\s+)?(?:told|promised|said)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|already|also|finally)\s+)*(?:self[- ]referred|got (?:myself )?a referral|been referred|asked (?:for|my gp for|the doctor for) a referral|had a referral)\s+(?:to|for)\s+(?:an?\s+|the\s+|some\s+)?(?:[\p{L}-]+\s+){0,2}?(?:therapy|therapist|counsel+(?:ing|or)|psychiatrist|psycholog(?:ist|y)|(?:addiction|alcohol|gambling|drug|mental health) (?:clinic|service|team|programme|program)|(?:adhd|autism|mental health) assessment)(?![\p{L}])|{B}(?:i'?m|i am|im|i'?ve been|i have been)\s+(?:now\s+)?(?:getting|receiving|having|in|on|undergoing)\s+(?:(?:proper|real|professional|some)\s+)?(?:treatment|help|support|therapy|care)\s+(?:for|with)\s+(?:(?:my|the)\s+)?(?:drinking|gambling|depression|anxiety|anger|temper|jealousy|addiction|moods?|mood swings|mental health|trauma|ptsd|adhd|bipolar|ocd|porn|sex addiction|insecurit(?:y|ies)|trust issues|panic attacks|drug use|cocaine|coke|drugs)(?![\p{L}])|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|finally|also)\s+)*(?:got|found|sought|asked for|reached out for|gone for|get|getting)\s+(?:some\s+)?(?:(?:proper|real|professional)\s+)?help(?:\s+now)?(?:,\s*(?:proper|real|professional)\s+help,?)?\s+(?:for|with)\s+(?:my|the)\s+(?:drinking|gambling|depression|anxiety|anger|temper|jealousy|addiction|moods?|mood swings|mental health|drug use|drugs|porn)(?![\p{L}])|{B}(?:i'?m|i am|im|i'?ve been|i have been)\s+(?:now\s+)?in recovery(?![\p{L}])(?!\s+from (?:(?:the|my|an?)\s+)?(?:op|operation|surgery|injury|accident|flu|covid|illness|knee|hip|back))|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|finally|also)\s+)*(?:started|been put|gone|went)\s+on\s+(?:lithium|antidepressants|anti-depressants|medication|meds|sertraline|citalopram|fluoxetine|prozac|mood stabili[sz]ers?|adhd (?:meds|medication)|ritalin|naltrexone|antabuse|disulfiram|acamprosate)(?![\p{L}])(?![^.!?\n]{0,30}?{B}(?:since|after|because) (?:you|u)(?![\p{L}]))|{B}(?:it'?s|it has|its)\s+been\s+(?:${NUM}|\d+)\s+(?:days?|weeks?|months?|years?)\s+since\s+(?:my\s+last\s+(?:drink|bet|flutter|cigarette|drop|line|relapse|slip|spin|smoke|joint|hit)|i\s+(?:last\s+)?(?:had\s+a\s+(?:drink|bet|flutter|cigarette|smoke)|placed\s+a\s+bet|drank|gambled|touched\s+(?:a\s+drop|alcohol|a\s+drink)))(?![\p{L}])|(?<=(?:^|[.!?\n,;:])\s{0,3})not (?:a single|one|a)\s+(?:drink|drop|bet|flutter|cigarette|line)\s+(?:since|in|for)\s`,
        String.raw`{B}(?:an?|some)\s+(?:(?:good|proper|neutral|trained|couples?'?)\s+)?(?:mediator|counsel+or|therapist|third party|couples? counsel+ing|marriage counsel+ing)\s+(?:might|could|would|may)\s+help\s+(?:us|the two of us|both of us)\s+(?:to\s+)?(?:talk|communicate|listen|understand|work (?:through|on|it out|things out)|find (?:a way|our way)|get (?:back|through|past)|hear each other|say|fight (?:less|fairly|better)|argue (?:less|better))(?![\p{L}])|{B}(?:i'?d|i would|may i|can i|could i|let me|i)\s+(?:(?:like|want|love)\s+to\s+)?(?:propose|suggest)\s+(?:that\s+)?(?:we|us)\s+[^.!?\n]{0,40}?(?:${FREQ})(?![\p{L}])|{B}(?:what if|how about|maybe|perhaps|we could|i could)\s+(?:i|me)\s+(?:came|come|visit(?:ed)?|travel+ed|went|go)\s+(?:to|up to|down to|over to)\s+(?:you|u|yours|urs|your place|ur place)[^.!?\n]{0,40}?(?:and|,|then)\s+(?:you|u)\s+(?:came|come|visit(?:ed)?|went|go)\s+(?:to|up to|down to|over to)\s+(?:me|mine|my place)(?![\p{L}])|{B}(?:i'?ve|i have|ive|i)\s+(?:(?:already|also)\s+)?(?:booked|bought|got)\s+(?:the\s+|a\s+)?(?:ferry|train|trains|flights?|tickets?|coach|season ticket|railcard)[^.!?\n]{0,30}?(?:every (?:second|other|single)|for (?:every|each)|(?:once|twice) a)(?![\p{L}])|{B}(?:we could|could we|what if we|how about we|maybe we could|i'?d like us to|i would like us to|i want us to)\s+(?:try|do|work through|read|go on|go to)\s+(?:the\s+|a\s+|one of those\s+)?(?:[\p{L}-]+\s+)?(?:workbook|couples'? (?:retreat|workshop|course|book)|marriage (?:course|retreat|workshop)|relationship (?:course|workshop|retreat))(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i)\s+(?:(?:now|also)\s+)?(?:made|set|got|have)\s+(?:myself\s+)?(?:a|one|some|a few|new|two|three)\s+(?:(?:simple|strict|hard|firm)\s+)?(?:rules?|limits?|boundar(?:y|ies))(?:\s+for myself)?\s*[:,—–-]\s*(?:no|never|nothing|only|not|home by|phone)(?![\p{L}])|{B}(?:from now on|these days|nowadays),?\s+(?:the|my)\s+(?:laptop|work phone|phone|work|computer|xbox|playstation|console)\s+(?:stays?|lives?|goes?|gets? (?:left|locked|put))\s+(?:at|in|off|away)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|i)\s+(?:(?:now|got|also)\s+)*(?:an?\s+|my\s+|weekly\s+|regular\s+|fortnightly\s+|monthly\s+)?(?:appointments?|sessions?)\s+(?:(?:every|each|once|twice)\s+[^.!?\n]{0,20}?\s)?(?:with|at)\s+(?:an?\s+|my\s+|the\s+)?(?:psycholog(?:ist|ue)|therapist|counsel+or|psychiatrist|addiction (?:nurse|worker|service|clinic)|mental health (?:nurse|team|service))(?![\p{L}])`,
        String.raw`{B}(?:i'?m|i am|im|i'?ve|i have|i)\s+(?:(?:now|been|also|already|just)\s+)*(?:doing|done|did|taking|took|on|in|started|starting|finished|completed|halfway through|enrolled (?:in|on)|signed up (?:for|to))\s+(?:an?\s+|the\s+|my\s+)?(?:[\p{L}-]+\s+){0,3}?(?:course|programme|program|workshop|class|classes|module|training)\s+(?:on|in|about|for|around|against|to help with)\s+(?:(?:my|the|managing|handling|dealing with|how to|people with|men with|men who|people who)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:anger|temper|jealousy|controlling|control|communication|communicating|conflict|emotions|emotional|relationships?|listening|addiction|drinking|alcohol|gambling|coercive|abuse|abusive|behaviou?r|insecurit(?:y|ies)|trust|stress|boundaries|couples|parenting|domestic)(?![\p{L}])`,
        String.raw`{B}(?:i'?d|i would|may i|can i|could i|let me|i)\s+(?:(?:like|want|love)\s+to\s+)?(?:propose|suggest)\s+(?:that\s+we\s+)?(?!(?:that\s+)?(?:you|u)\s)[^.!?\n]{0,40}?(?:weekly|monthly|fortnightly|alternating|taking turns|in turns|${FREQ})(?![\p{L}])|{B}(?:we could|we can|what if we|maybe we could|we might)\s+(?:(?:each|both|all)\s+)?(?:keep|write|start|share)\s+(?:a\s+)?(?:(?:small|little|shared|joint)\s+)?(?:notebook|journal|diary|calendar|budget|spreadsheet)(?![\p{L}])(?=[^.!?\n]{0,60}?(?:bother|upset|feel|felt|argu|row|fight|jealous|talk about|check in|go through|money|spend|bills|plans|week))|{B}(?:maybe|perhaps|what about|how about|we could (?:try|get|have|use|set up|make|start))\s+(?:a\s+)?(?:shared|joint)\s+(?:calendar|account|budget|diary|spreadsheet|rota)(?![\p{L}])`,
        String.raw`{B}(?:my\s+)?(?:mum|mom|mam|mother|dad|father|parents|family|sister|brother|in-laws)\s+(?:has|have|'s)\s+(?:now\s+)?agreed\s+(?:not\s+to\s+(?:drop|come|call|ring|interfere|get involved|turn up|visit)|to\s+(?:stop|ring first|call first|text first|stay out|back off|respect|give us))(?![\p{L}])|{B}(?:my\s+)?(?:weekends|evenings|sundays|saturdays)\s+(?:are|will be)\s+(?:now\s+)?(?:work-?free|free of work|protected|off-?limits for work)(?![\p{L}])`,
        String.raw`{B}(?:i'?ve|i have|ive|i'?m|i am|im|i)\s[^.!?\n]{0,50}?{B}instead of (?:the )?(?:pub|bar|drinking|the bookies|bookies|betting|gaming|going out|shouting|sulking|the casino|the lads)(?![\p{L}])|{B}so no more (?:nights|night shifts|weekend (?:work|shifts)|late nights|overtime|weekends away|travel(?:l?ing)?)(?![\p{L}])|{B}(?:my|all the|all my)\s+(?:betting|gambling|dating|poker|casino|bookies?'?)\s+(?:apps?|accounts?|sites?)\s+(?:are|is|have been|has been)\s+(?:all\s+)?(?:gone|deleted|closed|blocked)(?![\p{L}])|{B}(?:my\s+)?(?:bank|card|cards)\s+(?:now\s+)?blocks?\s+(?:all\s+)?(?:gambling|betting)(?![\p{L}])|{B}(?:i'?m|i am|im)\s+(?:${NUM}|\d+)\s+(?:days?|weeks?|months?|sessions?)\s+into\s+(?:a|an|the|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:programme|program|course|treatment|recovery|therapy|counsel+ing)(?![\p{L}])`,
        String.raw`{B}(?:i'?ll|i will|i'?m|i am|im|i'?ve|i have|i)\s[^.!?\n]{0,60}?(?:work(?:ing)? from home|shifts?|hours|new job|transfer|days a week|part-time|rota|flat|moving|move)[^.!?\n]{0,30}?,?\s+so (?:that )?we(?:'d| would| could| can|'ll| will)?\s+(?:(?:actually|finally|also)\s+)?(?:see each other|have (?:more )?time|spend (?:more )?time|be together|have (?:our )?(?:weekends|evenings))(?![\p{L}])`,
        String.raw`{B}(?:what if we|could we|can we|we could|maybe we could|how about we|i'?d like us to|i would like us to)\s+(?:had|have|make|made|set|agree(?:d)? on)\s+(?:a\s+)?(?:(?:simple|new|house|golden|few)\s+)?(?:rule|deal|agreement|pact|ground rule)s?\s+(?:that|where|to|about)(?![\p{L}])(?!\s+(?:you|u)\s)|{B}(?:could we|can we|we could|maybe we could|what if we)\s+agree\s+(?:that\s+)?(?:neither of us|we(?:'d|'ll| would| will)?\s+(?:always|never|both|each|talk))(?![\p{L}])|{B}(?:we could|could we|what if we|maybe we could|how about we|we can|i'?d (?:like|want) us to)\s+[^.!?\n]{0,40}?(?:in turns|take turns|taking turns|alternate|alternating|turn about|split the (?:driving|travel|travelling|journey|drive))(?![\p{L}])`,
        String.raw`{B}home by (?:five|six|seven|half (?:five|six|seven)|\d{1,2}(?::\d\d)?(?:\s*pm)?)(?=\s*[,;:]\s*(?:phones?|laptop|dinner|no)|\s+(?:every|each|on weeknights|on weekdays|most nights))|{B}(?:i'?ve got|i have|i'?ve found|i found|i got|i now have|i'?ve now got|i have now got)\s+(?:an?|my)\s+accountability (?:partner|buddy|friend|group)(?![\p{L}])|{B}(?:checks?|goes through|looks over)\s+my\s+(?:bank\s+)?(?:statements|spending|accounts|bank)\s+(?:every|each|once|twice|monthly|weekly)(?![\p{L}])|{B}(?:apps?|settings?|timers?|locks?)\s+(?:that|which|to)\s+(?:locks?|blocks?|limits?|switch(?:es)? off|turns? off)\s+my\s+(?:phone|screen|apps|social media|games|console)(?![\p{L}])`,
      ].join('|'),
    },
  ],
  antipatterns: [
    // Twenty-second round (the lead): a booking that rules out a date is logistics, not a change ("I've booked the train
    // for Saturday, so I can't do the 14th").
    sentenceWith(
      String.raw`{B}(?:booked|arranged|planned|got tickets)[^.!?\n]{1,50}?{B}so (?:that )?(?:i|we) (?:can'?t|cannot|can not|won'?t be able to|couldn'?t) (?:do|make|come|go|attend|be (?:there|around|free))(?![\p{L}])`,
    ),
    // Twentieth round (the lead's review): a change made to be seen, not about what ended it ("I joined a gym so I'll look
    // good when you come crawling back", "…so you'll see what you're missing").
    sentenceWith(
      String.raw`{B}(?:so|to|and)\s+(?:that\s+)?(?:i'?ll|i\s+will|i\s+can|i)\s+(?:look|be\s+looking)\s+(?:(?:so|really|even)\s+)?(?:good|great|amazing|hot|fit|better|incredible)(?![\p{L}])(?=[^.!?\n]{0,40}?{B}(?:you|u|him|her|them)(?![\p{L}]))|{B}(?:come|comes|coming|came)\s+crawling\s+back(?![\p{L}])|{B}(?:see|realise|realize|know)\s+what\s+(?:you'?re|you\s+are|ur|u\s+r|you\s+were)\s+missing(?![\p{L}])`,
    ),
    // Medication named as a state the writer was left in, with nothing it treats or helps: "The doctor put me on
    // tablets.", "my gp has me on sleeping pills now" (a pain report; "put me on medication for the depression, and
    // I'm taking it properly" stays a remedy).
    "{B}(?:(?:the|my|a)\\s+)?(?:doctor|doc|gp|dr\\.?\\s+\\p{L}+|psychiatrist)\\s+(?:has\\s+|had\\s+|'s\\s+)?(?:put|got|has|had)\\s+me\\s+on\\s+(?:(?:some|these|those|strong|sleeping|anti-?anxiety|the|more|stronger)\\s+)*(?:tablets|pills|meds|medication|antidepressants|anti-depressants|diazepam|valium|sertraline|prozac)(?:\\s+(?:now|too|as well|again))?(?=\\s*(?:[.!;…]|$|,?\\s+(?:because|cos|coz|after|since|and\\s+i|but\\s+i|so\\s+i)(?![\\p{L}])))",
    // Seventeenth round (lead review): time taken before writing, on advice, is not a change about the cause ("I have
    // taken some weeks before writing, as my sister advised, so that I would not write in anger").
    '{B}(?:taken|took|take|waited|given myself|gave myself)\\s+(?:(?:a|some|a few|several|two|three|four|six|many|a couple of|a long|the)\\s+)*(?:time|while|weeks?|days?|months?)(?:\\s+off)?\\s+(?:before (?:writing|i wrote|sending|i sent|i write|reaching out|contacting)|to (?:write|calm down|cool off|think|reflect)(?![\\p{L}]))(?:[^.!?\\n]{0,30}?{B}(?:as|like|on|because) (?:my|the) [\\p{L}-]+ (?:advised|suggested|said|told me|recommended)[^.!?\\n]{0,40})?',
    // Joining the reader's own class, gym or church is a way round a boundary, not a remedy.
    '{B}(?:joined|signed\\s+up\\s+(?:for|at)|enrolled\\s+(?:in|at)|started\\s+going\\s+to|booked(?:\\s+(?:into|onto))?)\\s+(?:your|ur)\\s+[^.!?\\n]{0,60}',
    // A reaction the reader caused, not a change: "Thanks to you I now jump every time my phone buzzes".
    '{B}(?:thanks\\s+to|because\\s+of)\\s+(?:you|u)(?![\\p{L}])[^.!?\\n]{0,20}?{B}i\\s+now(?![\\p{L}])[^.!?\\n]{0,40}',
    // A move or transfer announced as the consequence of an ultimatum, not a remedy.
    "^[^\\n]{0,120}?{B}if\\s+(?:you|u)\\s+(?:don'?t|do\\s+not|are\\s+not|aren'?t|won'?t|will\\s+not|can'?t|cannot|'re\\s+not)(?![\\p{L}])[^.!?\\n]{0,80}?{B}i(?:'ll|\\s+will|'m\\s+going\\s+to|\\s+am\\s+going\\s+to)\\s+(?:accept|take|go|move|leave)(?![\\p{L}])[^.!?\\n]{0,80}",
    // Blame or force wrapped around the offer: "if you'd just answer", "whether you like it or not".
    sentenceWith(
      "{B}if (?:only )?(?:you|u)(?:'?d| would)? (?:just|bothered|ever bothered)(?![\\p{L}])|{B}whether (?:you|u) (?:like it|want (?:it|to|me))|{B}like it or not(?![\\p{L}])",
    ),
    // A change offered as a bargain: "I'll go to therapy if you come back", "…if that's what it takes to win you back".
    sentenceWith(
      `{B}${WHAT_IT_TAKES}(?![\\p{L}])|` +
        '{B}(?:only )?if (?:you|u) (?:come back|take me back|give (?:me|us) (?:another|a second|one more) (?:chance|go|try|shot)|forgive me|stay|return){E}|{B}as long as (?:you|u){E}|{B}(?:only )?(?:if|once|provided|as soon as) (?:you|u) (?:(?:just|finally)\\s+)?(?:agree to|promise to|meet me|see me|call me|answer|reply|write back|talk to me|give (?:it|this|us) (?:another|a) (?:go|try)|let me (?:back|come|see))(?![\\p{L}])',
    ),
    // Nineteenth round: the change priced at their return, said other ways: "i'll stop drinking the day u move back in",
    // "I'll quit smoking as soon as you move back in", "Take me back and I'll go to therapy" (ultimatum's). Not "whether or
    // not you come back", not "even if you never come back".
    sentenceWith(
      `(?<!{B}even ){B}(?:${BARGAIN_LINK}) (?:you|u)(?:'d|'ll)? (?:(?:just|only|finally|agree to|decide to)\\s+)?(?:${THEIR_RETURN})(?![^.!?\\n]{0,40}?{B}(?:or not|either way|regardless)(?![\\p{L}]))|${RETURN_ASKED}[^.!?\\n,;]{0,20}? (?:and|&) (?:i'?ll|i will|ill|i promise|i swear)(?![\\p{L}])`,
    ),
    // …or at their contact, the change and its price in one clause: "I'll stop drinking as soon as you unblock me" (not
    // "I started AA in March; if you reply to this, I'd love to tell you about it").
    `{B}(?:i'?ll|i will|ill|i'?m going to|im going to|i'?m gonna|im gonna) [^.!?\\n,;]{1,40}? (?:${BARGAIN_LINK}) (?:you|u) (?:${THEIR_CONTACT})(?![\\p{L}])`,
    // Help pushed on the reader, not taken by the writer: "you should see a therapist".
    '{B}(?:you|u) (?:need|should|must|have to|ought to) (?:\\w+ ){0,3}(?:see|go|get|try|find|stop|quit|start|therap|counsel)',
    // The change held against the reader, or a demand next to it: "because you nagged me", "no excuses".
    sentenceWith(
      "{B}(?:because|cos|coz|since) (?:you|u) (?:nagged|made|forced|pushed|kept (?:on|nagging|going on)|wouldn'?t|complained|went on|moaned|emptied|took|left me|never|always)(?![\\p{L}])|{B}or (?:you|u) could (?:just )?(?:stop|try|grow up|learn)(?![\\p{L}])|{B}(?:no excuses|that'?s the deal|or else|(?:you|u) (?:have to|must|need to|better|'?d better|owe me))(?![\\p{L}])",
    ),
    // A deadline or a threat next to it: "if I haven't heard from you by Friday, I'm putting the house up for sale".
    sentenceWith(
      "{B}if i (?:haven'?t|have not|don'?t) (?:heard|hear|get)(?![\\p{L}])|{B}(?:by|before|until|till) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|the end of)(?![\\p{L}])(?![^.!?\\n]{0,30}?{B}(?:i'?ll have|i will have|i want to have|i plan to have|i hope to have|i'?ll be (?:done|finished|through|clean|sober|debt-free))(?![\\p{L}]))",
    ),
    // "I'd call it a choice you made every Tuesday": a judgement, not a plan; things given away, no point.
    "{B}(?:i'?d|i would) call (?:it|that|this)(?![\\p{L}])",
    sentenceWith(
      "{B}(?:won'?t|will not|wont) need (?:them|it|any of)|{B}what'?s the point|{B}no point(?![\\p{L}])",
    ),
    // A refusal dressed as a plan: "when hell freezes over".
    sentenceWith(
      '{B}(?:when hell freezes over|over my dead body|not a chance|yeah right|in your dreams)(?![\\p{L}])',
    ),
    // Watching the reader dressed as a change: "so I can see what you're doing", a tracker, a fake account;
    // unless the sentence gives the watching up ("I deleted the app I used to check where you are").
    `^(?![^\\n]{0,300}?{B}(?:deleted|removed|uninstalled|got rid of|turned off|switched off|stopped using|no longer use|gave up)(?![\\p{L}]))${sentenceWith(
      '{B}(?:see|check|track|watch|know|keep an eye on) (?:what|where|who|when) (?:you|u)(?![\\p{L}])|{B}(?:tracker|spyware|fake account|burner|stalk\\p{L}*)(?![\\p{L}])',
    ).slice(1)}`,
    // A sacrifice held against the reader: "I sold the car to pay for your rehab, remember that".
    sentenceWith(
      '{B}remember that(?![\\p{L}])|{B}(?:and|but) (?:you|u) (?:still )?(?:left|walked out|never|dumped)(?![\\p{L}])|{B}(?:for|to pay for) (?:your|ur) (?:rehab|debts?|lawyer|mistakes|mess)(?![\\p{L}])|{B}pretending(?![\\p{L}])',
    ),
    // The move that caused the trouble, not a remedy: "I asked for the transfer to Dubai without asking you first".
    '{B}(?:transfer|move|relocation|posting|job|contract|secondment)(?![\\p{L}])[^.!?\\n]{0,50}?{B}without (?:asking|telling|talking to|consulting|discussing (?:it )?with|a word to) (?:you|u)(?![\\p{L}])',
    // Past help that failed or was refused.
    sentenceWith(
      "{B}(?:didn'?t|did not|never|won'?t|will not|refuse to|refused to) (?:help|work|go|see|try){E}|{B}(?:went|been|gone) (?:to|for) [^.!?\\n]{1,30}? once(?! a | every | or twice)(?![\\p{L}])|{B}to keep (?:my|her|his|them|everyone)(?: [\\p{L}]+)? (?:happy|quiet|off my back){E}|{B}(?:it )?never (?:lasts?|sticks?){E}|{B}at a time before{E}|{B}(?:relapsed|fell off the wagon){E}|{B}back on the (?:drink|booze|bottle){E}|{B}(?:useless|waste of time|was pointless|a joke){E}",
    ),
    // Twenty-first round (solution21): the price is their willingness to try again ("i'll quit the night shifts but
    // only if ur willing to try again", "I'll see a counsellor as long as you're open to getting back together").
    sentenceWith(
      String.raw`{B}(?:only if|if|once|provided(?: that)?|as long as|so long as|on condition that)\s+(?:you'?re|you are|ur|u r|u'?re|you|u)\s+(?:(?:also|both|still)\s+)?(?:willing|ready|prepared|open|happy|up for|game)\s+(?:to\s+)?(?:try(?:ing)? (?:again|us again|it again)|giv(?:e|ing) (?:us|me|it|this) (?:another|a second|one more|a) (?:go|chance|try|shot)|com(?:e|ing) back|tak(?:e|ing) me back|get(?:ting)? back together|start(?:ing)? (?:again|over))(?![\p{L}])`,
    ),
    // Twenty-first round (solution21): the change priced at a confession ("I'll go to counselling once you admit what
    // you did"), or held over the reader ("I stopped drinking, so now you have no excuse").
    sentenceWith(
      String.raw`{B}(?:once|when|if|as soon as|only if|the day|after|until)\s+(?:you'?re|you are|ur|you|u)\s+(?:(?:finally|actually|just|first)\s+)?(?:(?:ready|willing|prepared)\s+to\s+)?(?:admit|apologi[sz]e|say (?:sorry|you'?re sorry)|own up|take responsibility|tell (?:me )?the truth|come clean)(?![\p{L}])|{B}(?:so\s+)?(?:now\s+)?(?:you|u)\s+(?:have|'ve got|got|'ve)\s+no\s+(?:more\s+)?excuses?(?![\p{L}])`,
    ),
  ],
  examples: [
    // Seventeenth round (lead review): a change made, told as a fact with its measure.
    {
      flagged:
        "[[I've done twelve weeks of counselling since]], and I've learned to notice when the old panic starts.",
      pattern: 'done-since',
    },
    { notFlagged: "I'll go to therapy if that's what it takes to win you back." },
    { notFlagged: "I've done twelve weeks of yoga since, and my back is better." },
    {
      flagged: "[[I've hired a manager for the weekends]], so Saturdays and Sundays are mine now.",
      pattern: 'done-since',
    },
    { notFlagged: "I've hired a manager for the new branch in Leeds." },
    { flagged: "[[I haven't worked a Sunday since August]].", pattern: 'done-since' },
    { notFlagged: "I haven't had a Sunday off since August." },
    {
      flagged: '[[My mum now has the kids on Wednesdays so I can actually be present on the weekends]].',
      pattern: 'done-since',
    },
    { notFlagged: 'My mum now has the kids on Wednesdays so I can go to the gym.' },
    // Twentieth round: a change made to be seen.
    { notFlagged: "I joined a gym so I'll look good when you come crawling back." },
    { notFlagged: "I've quit smoking and cut my hair, so you'll see what you're missing." },
    {
      notFlagged:
        'I have taken some weeks before writing, as my sister advised, so that I would not write in anger.',
    },
    { notFlagged: "I'll quit the betting if you agree to meet me." },
    { notFlagged: "I've started doing yoga and my skin is amazing." },
    { flagged: "[[I'll pay for the counselling if you want to try]].", pattern: 'done-since' },
    { notFlagged: "I'll pay for the counselling if you give me another go." },
    {
      flagged: "[[I haven't missed a single session with my counsellor since March]].",
      pattern: 'done-since',
    },
    { notFlagged: "I haven't missed a single session at the gym since March." },
    { flagged: "[[I've been to every one of my Tuesday meetings since June]].", pattern: 'done-since' },
    { flagged: '[[The laptop stays at the office now]], every night.', pattern: 'done-since' },
    { notFlagged: 'The laptop stays at the office, it is a work one.' },
    { notFlagged: 'I took some time before writing this, as my therapist suggested.' },
    // Fifteenth round (strengths15): help sought, told with no "I".
    {
      flagged: '[[Been doing an anger course at the community centre]], eight weeks so far.',
      pattern: 'no-subject',
    },
    { flagged: '[[Started therapy in January for the drinking]].', pattern: 'no-subject' },
    { notFlagged: 'Been doing a pottery class on Tuesdays, which is nice.' },
    {
      flagged: '[[I have now asked my manager for the Bangalore transfer]], and it is approved from April.',
      pattern: 'no-subject',
    },
    { notFlagged: 'My sister has asked her manager for a transfer to Dubai.' },
    { flagged: "[[I've told my boss no more Saturdays]].", pattern: 'no-subject' },
    { notFlagged: 'My boss told me no more Saturdays off.' },
    { flagged: '[[I have kept Sundays free]], fully, no laptop.', pattern: 'no-subject' },
    {
      flagged: '[[I am going now to a therapist at the university]], every two weeks.',
      pattern: 'no-subject',
    },
    // Fourteenth round (lead review): a card cancelled with its number in the family; work left at work.
    {
      flagged: "[[I've cancelled the second credit card and my brother checks my statements]].",
      pattern: 'quit',
    },
    { flagged: "[[I don't bring my laptop on holiday anymore]].", pattern: 'habit' },
    { notFlagged: "I don't bring my laptop on holiday, it's too heavy." },
    // Fourteenth round (lead review): the time freed, said as what it is for.
    {
      flagged: "[[I've moved my Saturday shifts to Mondays so the weekends are free]].",
      pattern: 'arranged',
    },
    { flagged: "[[I've stopped taking calls after six]].", pattern: 'gave-up' },
    { notFlagged: 'I moved to the night shift so the weekends are free for my new band.' },
    // Fourteenth round (lead review): help sought after a loss, named beside family.
    {
      flagged: '[[I have since spoken with my daughter, and with a bereavement counsellor at the hospice]].',
      pattern: 'help',
    },
    { notFlagged: 'I have since spoken with my daughter, and with my sister, about all of it.' },
    // Fourteenth round (lead review): a good habit dropped is one's part, not a change.
    {
      notFlagged:
        "I stopped making the calls on Sundays when work got heavy, and I told myself you'd understand.",
    },
    { notFlagged: 'I stopped planning weekends away once the new contract started.' },
    // Fourteenth round (lead review): a change announced, not named, is no change yet.
    { notFlagged: 'I have begun to change what I can.' },
    { notFlagged: "I've started making changes, slowly." },
    { flagged: "[[Since March I've been working four days a week]].", pattern: 'habit' },
    { notFlagged: 'You were working four days a week back then.' },
    // Fourteenth round (lead review): a heavy job left or lightened, said as the change it was.
    { flagged: "I was never home. [[I've left that job]].", pattern: 'habit' },
    {
      flagged: '[[I have taken on a smaller role at the firm]], and I am home most evenings now.',
      pattern: 'habit',
    },
    {
      flagged: "[[i've asked for a less demanding position at work so i'm not wrecked every night]]",
      pattern: 'habit',
    },
    { notFlagged: 'You left that job the year we met.' },
    { notFlagged: 'I got a part-time job at the café near the station.' },
    { notFlagged: "I've taken on a bigger role at the firm and I'm busier than ever." },
    {
      flagged: '[[Also I have moved to my own place near Koramangala so that our decisions can be our own]].',
      pattern: 'arranged',
    },
    { notFlagged: 'We moved to a bigger flat so that our life would feel new, and it did not help.' },
    {
      flagged: '[[I ended it the same night you found out and blocked her everywhere]].',
      pattern: 'more-steps',
    },
    { flagged: '[[ive deleted the finsta i was using to look at ur stuff]]', pattern: 'more-steps' },
    {
      flagged:
        '[[I set up the bills on autopay from the joint account]] so you never have to chase me for my half.',
      pattern: 'more-steps',
    },
    {
      flagged: '[[I have taken admission in an anger management program at the community hall]].',
      pattern: 'more-steps',
    },
    { flagged: '[[Since two months I am not drinking at all]].', pattern: 'more-steps' },
    { notFlagged: "I'm not drinking tonight, I have work tomorrow." },
    { flagged: '[[I am taking the help of a counsellor since March]].', pattern: 'more-steps' },
    { flagged: '[[i dont go to the casino no more]]', pattern: 'more-steps' },
    { flagged: '[[Now I am coming home early from office every day]].', pattern: 'more-steps' },
    {
      flagged: '[[I am doing the yoga and meditation daily in the morning to control my anger]].',
      pattern: 'more-steps',
    },
    { notFlagged: "I'm trying to control my temper." },
    {
      flagged: '[[I have told my parents clearly that our decisions are ours only]].',
      pattern: 'more-steps',
    },
    // Lead review (thirteenth round).
    {
      flagged:
        '[[I have spoken to my father and told him clearly that any decision about my life will be mine]].',
      pattern: 'more-steps',
    },
    {
      flagged:
        '[[ive sold the ute and put the money toward paying back what i borrowed off you]], its in your account as of friday',
      pattern: 'more-steps',
    },
    { flagged: "[[I've paid you back everything I owed]].", pattern: 'more-steps' },
    { notFlagged: 'I spoke to my mum and she told me the decision is mine.' },
    { notFlagged: "I still haven't paid you back everything I owe." },
    { flagged: "[[I don't keep drink in the house anymore]].", pattern: 'more-steps' },
    {
      flagged:
        "[[I've been putting money aside every payday to pay back what I took from the joint account]].",
      pattern: 'more-steps',
    },
    { flagged: "[[I've moved back to Leeds, ten minutes from the kids]].", pattern: 'more-steps' },
    { flagged: "[[I've asked my mum to stop getting involved]].", pattern: 'more-steps' },
    { notFlagged: "I've asked my mum to talk to you about it." },
    { notFlagged: "I've been putting money aside for a new car." },
    {
      flagged:
        "[[Next time something bothers me I'll tell you that same day instead of letting it build for weeks]].",
      pattern: 'next-time',
    },
    { notFlagged: "Next time you ignore me I'll go out with my mates instead of waiting by the phone." },
    { notFlagged: "From now on I'll be better instead of being like this." },
    // Thirteenth round (strengths13): first concrete steps, and what is not one.
    {
      flagged: '[[I talked to my boss about taking unpaid leave for three months next year]].',
      pattern: 'first-steps',
    },
    { flagged: "[[I've spoken to my manager about going part-time]].", pattern: 'first-steps' },
    { flagged: '[[I had a word with HR about flexible hours]], finally.', pattern: 'first-steps' },
    { flagged: '[[ive looked into the working holiday visa for canada]]', pattern: 'first-steps' },
    { flagged: "[[I've looked into transferring to the Toronto office]].", pattern: 'first-steps' },
    {
      flagged: '[[I took over Wednesdays and Fridays with the kids]], pickups and dinners.',
      pattern: 'first-steps',
    },
    {
      flagged: "[[I've taken over the school runs so you can do your early shifts]].",
      pattern: 'first-steps',
    },
    { notFlagged: 'I talked to my boss about you and she said I should let you go.' },
    { notFlagged: "I looked into where he works and it's not far from you." },
    { notFlagged: 'You took over the school runs when I was working away.' },
    {
      notFlagged:
        'I talked to my manager about the transfer to Dubai without telling you, and that was wrong.',
    },
    {
      flagged: '[[I have also arranged with my firm to stop travelling for the spring season]].',
      pattern: 'work',
    },
    { notFlagged: 'My firm arranged for me to stop travelling after the accident.' },
    { flagged: '[[I have since reduced my hours]].', pattern: 'cut-down' },
    { flagged: '[[I no longer work weekends]].', pattern: 'cut-down' },
    { flagged: "[[I don't work nights any more]].", pattern: 'habit' },
    { notFlagged: "I don't work weekends, so Saturday suits me." },
    { notFlagged: 'They reduced my hours without asking me.' },
    { flagged: "[[i've been talking to my brother a lot more]].", pattern: 'learning' },
    { flagged: 'Honestly, [[trying to not bottle everything up]].', pattern: 'learning' },
    { flagged: "[[I'm trying not to keep things to myself any more]].", pattern: 'learning' },
    { notFlagged: "She's been talking to my brother a lot more lately." },
    { notFlagged: 'I was trying not to bottle it up, and it came out as shouting.' },
    { notFlagged: 'She kept talking to my brother more than to me.' },
    { flagged: "[[I've had a budget and a counsellor since March]].", pattern: 'named-more' },
    {
      flagged: "I need to get better at listening, [[and I'm working on it with Dr Shah]].",
      pattern: 'named-more',
    },
    { flagged: "I'm done with drinking, [[I haven't had one since August]].", pattern: 'named-more' },
    {
      flagged:
        "[[I'll keep writing in my journal every night, it helps me catch the jealousy]] before it takes over.",
      pattern: 'named-more',
    },
    { flagged: "[[I'm not giving up on my sobriety]], whatever happens with us.", pattern: 'named-more' },
    { flagged: 'Honestly, [[the best thing I did last year was stop drinking]].', pattern: 'named-more' },
    {
      flagged: '[[My therapist says I have to stop checking your Instagram, and I have]].',
      pattern: 'named-more',
    },
    {
      flagged:
        "[[I've been seeing someone at the practice on Carver Street every Tuesday since March, about the anger]].",
      pattern: 'named-more',
    },
    { notFlagged: "I've been seeing someone new for a few months." },
    { notFlagged: "My therapist says I have to stop checking your Instagram, but I can't." },
    { notFlagged: "I haven't had one since August, a holiday I mean." },
    { notFlagged: 'I wrote in my journal about our trip to Rome.' },
    // Eleventh round (strengths11 probe).
    {
      flagged: "[[if we ever gave it another go i'd want a proper night every week that's just us]]",
      pattern: 'plan',
    },
    {
      flagged: 'Now I am better, [[I speak with a psychologist every two weeks and it helps me]].',
      pattern: 'help',
    },
    { flagged: '[[I would consider seeing a couples therapist together]].', pattern: 'help' },
    // The money the writer hid or lost, taken to someone who helps with it.
    {
      flagged:
        "I've cut up the cards and [[I've been seeing a debt advisor at the Citizens Advice office every Thursday]].",
      pattern: 'help',
    },
    { notFlagged: 'My sister works as a debt advisor in Leeds now.' },
    {
      flagged:
        '[[ive been seeing the uni counsellor and shes helping me figure out why i get so jealous]]. its not ur job to fix that',
      pattern: 'help',
    },
    { notFlagged: 'The uni counsellor was the one who told me about the flat.' },
    { flagged: "[[I'm open to couples therapy if you are]].", pattern: 'help' },
    // Lead review (thirteenth round): someone at the service, not the service named first.
    {
      flagged:
        "[[I've been seeing someone at the university counselling service since June]], mostly about why I get so defensive.",
      pattern: 'help',
    },
    { notFlagged: "I've been seeing someone from the gym since June." },
    { notFlagged: "I'd want a night out every week with the lads, that's non-negotiable." },
    { notFlagged: 'My sister speaks with a psychologist every week.' },
    // Tenth round (letters review): common wordings of a change.
    {
      flagged: "[[I've been seeing someone to talk it through]], once a fortnight.",
      pattern: 'named-plainly',
    },
    {
      flagged: "[[I'd like us to go and see someone together]], if you'd want that.",
      pattern: 'named-plainly',
    },
    {
      flagged: "[[I've been doing the breathing exercises the therapist taught me]].",
      pattern: 'named-plainly',
    },
    { flagged: "[[I've asked about a transfer to the Leeds office]].", pattern: 'named-plainly' },
    { flagged: "[[I'm off Saturdays from next month]], it's all agreed.", pattern: 'named-plainly' },
    {
      flagged: "[[I've been looking at remote jobs]], so the distance needn't end it.",
      pattern: 'named-plainly',
    },
    { flagged: '[[What if we used a shared calendar for the school pickups]]?', pattern: 'named-plainly' },
    { notFlagged: "I've been seeing someone, and I wanted you to hear it from me." },
    { flagged: "If it's to work, [[we'd need to see somebody together]].", pattern: 'named-plainly' },
    { notFlagged: 'My sister asked about a transfer for you, not me.' },
    { notFlagged: "I'm off to Spain from next month." },
    {
      flagged:
        'i get anxious and take it out on people, [[thats something im working on with my counsellor now]]',
      pattern: 'with-help',
    },
    { flagged: "[[I've been working through it with my therapist every week]].", pattern: 'with-help' },
    { notFlagged: "I'm working on a new song with my brother." },
    { flagged: '[[I have been seeing Dr. Patel about my temper]], and it helps.', pattern: 'help' },
    { notFlagged: 'I saw Dr. Patel about my knee last week.' },
    {
      flagged: "[[I'm doing a twelve-week course on managing anger at the community college]].",
      pattern: 'help',
    },
    {
      flagged: "[[It's either counselling together or divorce papers]], your pick.",
      pattern: 'arranged-more',
    },
    { flagged: "[[By the end of March I'll have paid off the debts I ran up]].", pattern: 'arranged-more' },
    { notFlagged: "If I haven't heard from you by Friday, I'll have the locks changed." },
    { notFlagged: 'I signed up for your spin class so we will see each other every Tuesday.' },
    { notFlagged: "Since you won't pick up I've started ringing the landline at your mum's." },
    { notFlagged: "I've started writing goodbye letters, just in case." },
    {
      flagged: "[[Moved my shifts round so I'm off every Saturday and Sunday now]].",
      pattern: 'arranged-more',
    },
    {
      flagged: '[[Maybe we try a no-phones rule after nine]], like you always wanted?',
      pattern: 'arranged-more',
    },
    { notFlagged: 'I moved my bike round the back so the neighbours stop moaning.' },
    { flagged: "[[I'm trying to listen before I react]].", pattern: 'arranged-more' },
    { flagged: "[[I've started counting to ten before I answer]].", pattern: 'arranged-more' },
    { notFlagged: 'Thanks to you I now jump every time my phone buzzes.' },
    {
      notFlagged:
        'If you are not ready by March, I will accept the transfer to Dubai and that will be the end of us.',
    },
    { notFlagged: 'Abeg call me now now, I dey wait for you.' },
    { notFlagged: 'There are loads of jobs I could have taken, but I stayed.' },
    { flagged: '[[We could set up a Sunday call]], just to talk about the week.', pattern: 'arranged-more' },
    { flagged: '[[How about a Friday-night dinner]], phones off?', pattern: 'arranged-more' },
    { flagged: '[[I have arranged to work from home on Fridays]].', pattern: 'arranged-more' },
    {
      flagged:
        '[[I have spoken to my parents and told them they cannot interfere in our decisions any more]].',
      pattern: 'arranged-more',
    },
    { flagged: '[[I booked myself into the sleep clinic]].', pattern: 'help' },
    { flagged: '[[maybe we could both see someone, like a proper therapist]], together', pattern: 'help' },
    { flagged: '[[I reckon we could try one of those counsellors Shaz saw]].', pattern: 'help' },
    { notFlagged: 'We could have a Sunday lunch sometime, if you like.' },
    { notFlagged: 'My parents always interfered, and you hated it.' },
    { notFlagged: 'I work from home now, which is lonely.' },
    // Giving up the watching is a change: the deleted app.
    { flagged: '[[I deleted the app I used to check where you are]].', pattern: 'habit' },
    { notFlagged: "I kept the tracker on your car so I'd know where you are." },
    { flagged: "[[I've started seeing a counselor about my anger]].", pattern: 'help' },
    { flagged: '[[We could try couples therapy]], if you are open to it.', pattern: 'help' },
    { flagged: '[[Would you ever be open to counselling together]]?', pattern: 'help' },
    { flagged: '[[I stopped drinking in March]], and I go to meetings.', pattern: 'habit' },
    { flagged: '[[Also I stopped to drink on weekends]].', pattern: 'habit' },
    { flagged: '[[I asked my boss for Fridays off and she said yes]].', pattern: 'asked-for-it' },
    { flagged: '[[i switched to days at the hospital]]', pattern: 'asked-for-it' },
    { flagged: "[[Since the new year I don't touch alcohol]].", pattern: 'asked-for-it' },
    { flagged: '[[I signed up for a 12-week anger course at the community centre]].', pattern: 'help' },
    { flagged: '[[We could write to each other every Sunday]], like proper letters.', pattern: 'plan' },
    { notFlagged: 'You switched to days and still never came home.' },
    {
      flagged:
        '[[I have also ended all contact with Helen and left the bridge club]], so that our paths need not cross.',
      pattern: 'contact-ended',
    },
    { notFlagged: 'I have ended all contact with everyone from that job.' },
    {
      flagged: '[[I have since joined a bereavement group on Wednesdays]], which has helped with my temper.',
      pattern: 'help',
    },
    {
      flagged: '[[I have booked an appointment with Relate for the both of us]], if you are willing.',
      pattern: 'help',
    },
    { notFlagged: "I'll try to relate to your family better." },
    {
      flagged: "[[I've cut down to two drinks at the weekend and I track it in an app]].",
      pattern: 'asked-for-it',
    },
    {
      flagged:
        '[[Since January I make a course against stress in the Volkshochschule]], every Tuesday evening.',
      pattern: 'help',
    },
    { notFlagged: 'Of course I made a mess of the stress of the move.' },
    {
      flagged: '[[I am working this with a psychologist since last year]].',
      pattern: 'named-more',
    },
    {
      flagged: "[[I've spoken to the company and I'm coming off rotation in March]].",
      pattern: 'asked-for-it',
    },
    { flagged: "[[I'll be onshore in Aberdeen full time after that]].", pattern: 'asked-for-it' },
    { flagged: "[[i'm finally coming off nights from next month]]", pattern: 'asked-for-it' },
    { notFlagged: "I'll be onshore for a week in May if you're around." },
    { notFlagged: 'You came off nights and still never had time for me.' },
    {
      flagged:
        "My company's opening an office in Brissie next year and [[I've put my hand up for the transfer]].",
      pattern: 'asked-for-it',
    },
    {
      flagged: '[[I have put my name forward for a transfer to Cork]], starting in spring.',
      pattern: 'asked-for-it',
    },
    { flagged: "[[i've put my hand up for a move back to glasgow]]", pattern: 'asked-for-it' },
    { flagged: "[[I've asked to be moved to the Brisbane branch]].", pattern: 'asked-for-it' },
    {
      flagged: '[[Also I stopped to go out with the colleagues after work on Fridays]].',
      pattern: 'asked-for-it',
    },
    { notFlagged: 'I asked for the transfer to Dubai without asking you first.' },
    { notFlagged: 'My sister put in for a transfer to Perth.' },
    { notFlagged: 'I stopped to go out for a smoke and missed your call.' },
    { notFlagged: 'On the way I stopped to drink a coffee by the river.' },
    { flagged: '[[ive deleted all the dating apps]].', pattern: 'habit' },
    { flagged: "[[I've asked my boss for weekends off]].", pattern: 'habit' },
    { flagged: '[[I could come to Lyon every other weekend]].', pattern: 'plan' },
    { flagged: "[[I'm ready to move closer to you]].", pattern: 'plan' },
    { flagged: "[[I've applied for a job in Leeds]], so the distance isn't forever.", pattern: 'plan' },
    { flagged: "[[I'm learning to say what I feel instead of going silent]].", pattern: 'learning' },
    { flagged: "[[I'm working on my temper]], one day at a time.", pattern: 'learning' },
    { flagged: "[[I've gone down to four days a week so I'm home more]].", pattern: 'arranged' },
    { flagged: '[[We could take turns choosing what to do at the weekend]].', pattern: 'arranged' },
    { flagged: '[[im 3 months sober now]]', pattern: 'habit' },
    { flagged: "[[I've had eight sessions with a psychotherapist]], and they help.", pattern: 'help' },
    { flagged: '[[Since May I go every week to a counsellor in Leith]].', pattern: 'help' },
    { flagged: "[[I'm ninety days sober]].", pattern: 'quit' },
    { flagged: "[[I've been off the booze since Easter]].", pattern: 'quit' },
    { flagged: "[[I've handed control of my money to my sister]], for now.", pattern: 'quit' },
    { flagged: '[[I sold the van and cleared the debts]].', pattern: 'quit' },
    { flagged: "[[I'm not renewing the contract in Doha]].", pattern: 'work' },
    { flagged: "[[I've moved to a team with normal hours]].", pattern: 'work' },
    {
      flagged: '[[There are loads of teaching jobs going in Cork]], if you ever fancied it.',
      pattern: 'work',
    },
    { flagged: '[[I told my manager I am not doing the night shifts any more]].', pattern: 'work' },
    { flagged: '[[What about a weekly walk]], just the two of us?', pattern: 'together' },
    { flagged: '[[We could try a pottery class together]].', pattern: 'together' },
    { flagged: '[[I keep a notebook now for the jealous moments]].', pattern: 'instead' },
    { flagged: '[[Now I go out for a run instead of shouting]].', pattern: 'instead' },
    {
      flagged: "[[I've set up a savings account you can see, so there are no secrets]].",
      pattern: 'arranged',
    },
    { flagged: 'doing the twelve steps, [[four months clean]]', pattern: 'quit' },
    { flagged: "[[I've started writing down what I feel before I react]].", pattern: 'started' },
    { flagged: '[[I now take my medication every morning]]; my sister checks on Sundays.', pattern: 'now' },
    { flagged: '[[ive been doing the dishes every night lol]]', pattern: 'now' },
    { flagged: '[[Every Sunday I go for a run instead of the pub]].', pattern: 'now' },
    {
      flagged: "[[I set the bills to pay out on the 1st so I can't dip into the house money]].",
      pattern: 'so-that',
    },
    { flagged: "[[I've put a block on every betting site]].", pattern: 'so-that' },
    { flagged: '[[i put a chore chart on the fridge]]', pattern: 'set-up' },
    { flagged: '[[deleted all the betting apps off my phone]]', pattern: 'set-up' },
    { flagged: '[[I sold the motorbike]].', pattern: 'gave-up' },
    { flagged: '[[I turned down the Singapore posting]].', pattern: 'gave-up' },
    { flagged: "[[I've stopped working Saturdays]].", pattern: 'gave-up' },
    { flagged: '[[The counsellor and I are working on how I go quiet]].', pattern: 'with-help' },
    {
      flagged: '[[Maybe once a month one of us takes the train, and we alternate]].',
      pattern: 'proposal',
    },
    { notFlagged: "I've started seeing someone, and he's kind to me." },
    { notFlagged: "I've started to wonder if you ever loved me." },
    { notFlagged: "I've stopped taking my meds, what's the point now." },
    { notFlagged: 'I stopped making time for us, and I can see how lonely that left you.' },
    { notFlagged: 'I still smile every time I pass the allotment.' },
    { notFlagged: "I'll pop round on Sunday when I drop the kids back so we can talk." },
    { notFlagged: "I've started giving my things away because I won't need them." },
    { notFlagged: 'My therapist says you were toxic.' },
    { notFlagged: 'Every night I check your Instagram.' },
    { notFlagged: 'These days I think about you all the time.' },
    { flagged: "[[I've cut my drinking right down]], weekends only.", pattern: 'cut-down' },
    { notFlagged: "I'll go to counselling when hell freezes over." },
    { notFlagged: 'I started drinking again after you left.' },
    { notFlagged: 'I sold your guitar.' },
    { flagged: "I couldn't go on like this, [[so I've joined a group]].", pattern: 'group' },
    { notFlagged: 'I went to a group once and it was a waste of time.' },
    { notFlagged: 'Now I go to bed alone every night.' },
    { notFlagged: "I set up a new Instagram so I can see what you're doing." },
    { notFlagged: 'I stopped going to the pub because you nagged me.' },
    { notFlagged: 'I finish work at six, so call me at six sharp, no excuses.' },
    { notFlagged: 'I had an interview with the police about the car.' },
    { notFlagged: 'We stopped doing things together in the last year.' },
    { notFlagged: 'I used to go to the pub instead of talking to you.' },
    { notFlagged: 'If you ever want to talk, with a counsellor or without, I am here.' },
    { notFlagged: 'I leave for Madrid at six tomorrow.' },
    { flagged: '[[I leave my phone in the hall when I get home now]].', pattern: 'routine' },
    { flagged: '[[My sister holds my cards now]], and I get an allowance.', pattern: 'routine' },
    { flagged: "[[I've found a flat ten minutes from yours]].", pattern: 'routine' },
    { flagged: "[[I'm going part-time from September]].", pattern: 'routine' },
    { notFlagged: 'I leave my phone at home tomorrow, so call the landline.' },
    { flagged: '[[I take the tablets the doctor gave me for my anxiety]].', pattern: 'routine' },
    { notFlagged: 'I quit my job, you happy now?' },
    { notFlagged: "I've been seeing a lot of your sister lately." },
    { notFlagged: "I'll change, I promise." },
    { notFlagged: "I'm a different person now." },
    { notFlagged: 'I will be better for you.' },
    { notFlagged: 'You should see a therapist about your anger.' },
    { notFlagged: "I'll go to therapy if you come back to me." },
    // Nineteenth round: the change priced at their return is ultimatum's, however the price is tied on.
    { notFlagged: "i'll stop drinking the day u move back in" },
    { notFlagged: "I'll quit smoking as soon as you move back in." },
    { notFlagged: 'I will go to AA provided you come home.' },
    { notFlagged: "If you come home, I'll start counselling straight away." },
    { notFlagged: "Give me one more chance and I'll stop drinking." },
    { notFlagged: "I'd see a counsellor if you took me back." },
    { notFlagged: "I'd move to Bristol tomorrow if you'd have me back." },
    { notFlagged: "I'll stop drinking as soon as you unblock me." },
    { flagged: "[[I'll keep going to AA whether or not you come back]].", pattern: 'help' },
    { flagged: "[[I'll go to therapy even if you never come back]].", pattern: 'help' },
    { notFlagged: 'I went to therapy once and it was a waste of time.' },
    { notFlagged: "I'm working on myself." },
    { notFlagged: 'We used to talk every night before bed.' },
    { notFlagged: "I'll do anything to make it work." },
    { notFlagged: 'I could come every weekend, whether you like it or not.' },
    { flagged: '[[Could we try a date night once a fortnight]], just the two of us?', pattern: 'plan' },
    { flagged: '[[How about phones in a basket after eight]]?', pattern: 'proposal' },
    { flagged: '[[ive been going to GA meetings since jan]]', pattern: 'help' },
    { flagged: 'my sponsor says im doing well, [[60 days no drink]]', pattern: 'quit' },
    {
      flagged: '[[I have taken the liberty of enquiring about marriage guidance sessions]].',
      pattern: 'help',
    },
    {
      flagged: '[[Our pastor has offered to counsel us together]], should you be willing.',
      pattern: 'with-help',
    },
    { flagged: '[[My GP has put me on medication for the depression]].', pattern: 'with-help' },
    // Tenth round (letters review): medication as a pain reported, not a remedy.
    { notFlagged: "I can't sleep and the GP has put me on tablets now." },
    { notFlagged: 'The doctor had me on sleeping pills after you left, but I still lie awake.' },
    {
      flagged: "[[My doctor put me on medication for the anxiety]], and it's helping.",
      pattern: 'with-help',
    },
    { flagged: "[[With my doctor's help I'm coming off the sleeping pills slowly]].", pattern: 'quit' },
    { flagged: "[[I've blocked the betting sites on my phone]].", pattern: 'habit' },
    { flagged: '[[been to 14 meetings in 14 days]]', pattern: 'help' },
    { flagged: "[[I'm off it eleven months now]].", pattern: 'quit' },
    { flagged: '[[I ring my sponsor every night before bed]].', pattern: 'with-help' },
    { flagged: 'anyway, [[im off the weekend rota from next month]]', pattern: 'work' },
    { flagged: '[[I have requested a posting to Chennai]].', pattern: 'work' },
    { flagged: '[[we cud do sundays at urs and wednesdays at mine]]', pattern: 'proposal' },
    { flagged: '[[A joint one just for the bills might work]].', pattern: 'proposal' },
    { flagged: "[[I've moved the games console out to my brother's place]].", pattern: 'quit' },
    { flagged: '[[havent placed a bet in 4 months]]', pattern: 'habit' },
    { notFlagged: "I've taken up running and I've lost two stone." },
    { notFlagged: 'Can we talk tonight?' },
    { notFlagged: 'You were always on your phone at dinner.' },
    { notFlagged: 'We were in the same city for a week in May.' },
    { notFlagged: "My doctor says I'm fine." },
    { notFlagged: 'Two weeks without a drink and then I fell apart again.' },
    { notFlagged: 'My dad has been meeting with his old friends every week.' },
    { flagged: '[[me n my counsellor r working on the jealousy stuff every monday]]', pattern: 'with-help' },
    { flagged: "[[I've rung the bank and put a gambling block on my cards]].", pattern: 'habit' },
    { flagged: '[[My boss has agreed I can do four days a week from January]].', pattern: 'work' },
    { flagged: '[[What if Thursday nights were just ours, no telly and no phones]]?', pattern: 'habit' },
    {
      flagged: '[[We could take it in turns to do bedtime]], so neither of us is doing it every night.',
      pattern: 'proposal',
    },
    { notFlagged: 'I booked flights to Lanzarote for me and the lads.' },
    { notFlagged: "I've booked the train for Saturday, so I can't do the 14th." },
    { flagged: "[[I've booked the train for Saturday to see you]], if you'll have me.", pattern: 'plan' },
    { notFlagged: "I've been sober for two weeks at a time before, it never lasts." },
    { flagged: "[[I'm moving back to Cork in the spring to be near you]].", pattern: 'plan' },
    { flagged: '[[What about one weekend a month just for us]]?', pattern: 'plan' },
    { flagged: '[[My sister has my passwords for the betting apps now]].', pattern: 'quit' },
    { flagged: '[[I only drink at weekends now]].', pattern: 'quit' },
    { flagged: '[[Sober since the 3rd of March]].', pattern: 'quit' },
    { flagged: "[[I've done 30 days in rehab]].", pattern: 'quit' },
    { notFlagged: 'I went to AA once to keep my mum happy.' },
    { notFlagged: 'My brother has my old car now.' },
    // Not a habit kept now: a guess about the reader, then "I really don't know".
    { notFlagged: "Maybe you're happier now, I really don't know." },
    { notFlagged: 'She still has my car keys from the party.' },
    {
      flagged: 'I can promise that I will try, [[if you are willing to see Dr Harris with me on Thursdays]].',
      pattern: 'see-someone-together',
    },
    { notFlagged: 'If you are willing to see Dr Harris about your knee, he is very good.' },
    // Lead review (sixteenth round).
    {
      flagged: "[[I've booked myself onto a money management course at the library]], Tuesdays.",
      pattern: 'help',
    },
    { flagged: "[[I've enrolled on a parenting course that starts in May]].", pattern: 'help' },
    { notFlagged: "I've booked myself onto a flight to see my nan." },
    // Twenty-first round (solution21): a change told by what it does day to day; the same words about something else.
    {
      flagged: "[[I've learnt to walk away and count to ten when I feel my temper going]].",
      pattern: 'in-practice',
    },
    {
      flagged: "[[I've been practising the breathing exercises when I feel the anger rising]].",
      pattern: 'in-practice',
    },
    { flagged: "[[I'd happily relocate to be closer to you]].", pattern: 'in-practice' },
    { flagged: "[[I'm renting in Manchester now, twenty minutes from you]].", pattern: 'in-practice' },
    { flagged: "[[I've got a new job with no weekend work]].", pattern: 'in-practice' },
    { flagged: "[[I've negotiated a four-day week with my boss]].", pattern: 'in-practice' },
    {
      flagged: '[[My wages now go straight into the joint account]], and I get an allowance.',
      pattern: 'in-practice',
    },
    {
      flagged: "[[I've moved my savings into an account I can't touch without my sister]].",
      pattern: 'in-practice',
    },
    {
      flagged: '[[i dont have instagram anymore, deleted it, it was feeding the jealousy]]',
      pattern: 'in-practice',
    },
    { flagged: "[[I've told the lads I'm not doing the Friday sessions anymore]].", pattern: 'in-practice' },
    { flagged: "[[I've self-referred for talking therapy]].", pattern: 'in-practice' },
    { flagged: '[[I got a referral to a psychiatrist for the mood swings]].', pattern: 'in-practice' },
    { flagged: "[[I'm getting treatment for depression now]].", pattern: 'in-practice' },
    { flagged: "[[I'm in recovery]], eight months now.", pattern: 'in-practice' },
    { flagged: "[[It's been six months since my last bet]].", pattern: 'in-practice' },
    { flagged: "[[Not a single drink since New Year's]].", pattern: 'in-practice' },
    { flagged: '[[A mediator might help us talk without it turning into a fight]].', pattern: 'in-practice' },
    {
      flagged: "[[I'd like to propose that we see each other one weekend a month to start]].",
      pattern: 'in-practice',
    },
    {
      flagged: '[[What if I came to you at Christmas and you came to me at Easter]]?',
      pattern: 'in-practice',
    },
    { flagged: "[[I've booked the ferry for every second Friday until June]].", pattern: 'in-practice' },
    {
      flagged: "[[I want us to try the Gottman workbook together]], if you'd be up for it.",
      pattern: 'in-practice',
    },
    { flagged: "[[I've made a rule for myself: no phone after nine]].", pattern: 'in-practice' },
    {
      flagged: '[[Since January I have an appointment every second week with a psychologist]].',
      pattern: 'in-practice',
    },
    {
      flagged: "[[I'm doing an online programme about controlling behaviour]], module four now.",
      pattern: 'in-practice',
    },
    { flagged: "[[I've done a six-week course on communicating without blame]].", pattern: 'in-practice' },
    {
      flagged: '[[I would propose weekly calls on Sunday]], and a visit every month.',
      pattern: 'in-practice',
    },
    {
      flagged: '[[We could each keep a small notebook and write down what bothered us that week]].',
      pattern: 'in-practice',
    },
    {
      flagged: "If we tried again, [[maybe a shared calendar so nobody's plans come as a surprise]].",
      pattern: 'in-practice',
    },
    {
      flagged: '[[Mum has agreed not to drop round without ringing first]]; I asked her straight.',
      pattern: 'in-practice',
    },
    { flagged: '[[Weekends are now work-free]], my manager signed it off.', pattern: 'in-practice' },
    { flagged: "[[I started on lithium in the spring and I'm much more stable]].", pattern: 'in-practice' },
    { flagged: '[[From now on the laptop stays at the office]].', pattern: 'in-practice' },
    { notFlagged: "I've learnt to walk away from people who drain me." },
    { notFlagged: "I'd happily move to Spain if I won the lottery." },
    { notFlagged: "I'm moving closer to you whether you like it or not." },
    { notFlagged: "I've been living ten minutes from you since March and I see you at the shops." },
    { notFlagged: "I've told the lads I'm not coming out tonight." },
    { notFlagged: "It's been six months since my last letter." },
    { notFlagged: 'I got a referral to the pain clinic for my back.' },
    { notFlagged: "I'm in recovery from knee surgery." },
    { notFlagged: "I've started on antidepressants since you left." },
    { notFlagged: 'A mediator might help us split the furniture fairly.' },
    { notFlagged: "I'd suggest you see a therapist every week." },
    { notFlagged: 'We could keep a diary of our trip.' },
    { notFlagged: 'Mum has agreed to look after the dog.' },
    { notFlagged: "i'll quit the night shifts but only if ur willing to try again" },
    { notFlagged: "I'd move closer to you if you took me back." },
    { notFlagged: "I'll see a counsellor as long as you're open to getting back together." },
    // Twenty-first round (solution21), second batch: more shapes, and the price or the refusal beside them.
    {
      flagged: '[[Ive been going gym instead of pub]], 3 months now, and my head is clearer.',
      pattern: 'in-practice',
    },
    { flagged: 'Work has moved me onto days permanently, [[so no more nights]].', pattern: 'in-practice' },
    {
      flagged: '[[The betting apps are gone and my bank blocks gambling transactions now]].',
      pattern: 'in-practice',
    },
    {
      flagged: "[[I'm two months into a programme for people with gambling problems]].",
      pattern: 'in-practice',
    },
    {
      flagged:
        'From next month [[I will be working from home three days a week, so we would see each other]] more.',
      pattern: 'in-practice',
    },
    {
      flagged: '[[What if we had a rule that big money decisions get talked about first]]?',
      pattern: 'in-practice',
    },
    {
      flagged: '[[Could we agree that neither of us goes to bed angry]], and we talk it through first?',
      pattern: 'in-practice',
    },
    {
      flagged: '[[We could do the drive in turns]], one weekend me, one weekend you.',
      pattern: 'in-practice',
    },
    {
      flagged: 'The plan I have is simple: [[home by six]], phone away, dinner together.',
      pattern: 'in-practice',
    },
    {
      flagged: '[[I have an accountability partner now who checks my bank statements monthly]].',
      pattern: 'in-practice',
    },
    { flagged: '[[i downloaded one of those apps that locks my phone at 9pm]]', pattern: 'in-practice' },
    { notFlagged: "So no more trips to your mum's, I'm done with that." },
    { notFlagged: 'The betting apps are gone from the App Store in this country apparently.' },
    { notFlagged: 'What if we had a rule that you answer my texts within an hour?' },
    { notFlagged: "My accountability partner says you're toxic." },
    { notFlagged: "I'll go to counselling once you admit what you did." },
    { notFlagged: 'I stopped drinking, so now you have no excuse.' },
    { notFlagged: 'I rang the helpline six times this week instead of ringing you.' },
  ],
})
