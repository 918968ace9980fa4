// A concrete, workable change or proposal about what caused the breakup: "I've started seeing a
// counselor about my anger", "I stopped drinking in March", "I could come to Lyon every other weekend".
// Not a vague promise ("I'll change", "I'll be better", "I'm a different person now").
import { defineRule } from '../define.js'

/** The writer (or the couple) as subject, with the modals of a plan or a proposal. */
const WE =
  "{B}(?:i'?ve|i have|i'?m|i am|im|i'?ll|i will|i'?d|i would|i|we could|we can|we might|we'?d|we would|maybe we could|perhaps we could|what if we|how about we|i'?d(?: also| really)? (?:like|love|want) us to|i would(?: also| really)? (?:like|love|want) us to|i want us to)"
/** Only an offer or a proposal: "I'll call you every day" is persistence, "we could talk every Sunday" a plan. */
const PROPOSE =
  "{B}(?:we could|we can|we might|we'?d|we would|maybe we could|perhaps we could|what if we|how about we|i'?d(?: also| really)? (?:like|love|want) us to|i would(?: also| really)? (?:like|love|want) us to|i want us to|i could|i can|i'?d|i would|i'?d be (?:happy|glad|willing|ready) to|(?:{IM}) (?:willing|ready|prepared|happy|open) to)"
/** Adverbs and auxiliaries between the subject and the verb. */
const AUX =
  '(?:\\s+(?:already|finally|recently|just|now|also|really|actually|be|been|have|started|starting|begun|began|decided to|want to|would like to|like to|love to|ready to|willing to|open to|happy to|prepared to|going to|gonna|plan to|planning to|intend to|intend to have|aim to|hope to|promise to|keep|kept|regularly|still|even|both|together|try|to))*'
/** Counts in words or digits: "ninety days", "twelve sessions". */
const NUM =
  '\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a few|several|a couple of'
const HELP = `(?:(?:(?:a few|some|weekly|regular|my first|the first|an?|${NUM})\\s+)?(?:sessions?|appointments?|meetings?) (?:with|at) )?(?:(?:a|an|some|my|the|our|couples?'?|marriage|relationship|individual|weekly|regular|real|professional|group|joint|free|cbt)\\s+)*(?:(?:psycho|hypno)?therap(?:y|ist|ies|y sessions)|(?:(?:\\d+|${NUM})[- ]weeks? |de-?addiction |addiction recovery |wellness |residential |outpatient |day |recovery |rehabilitation |rehab |treatment |detox |12[- ]step |twelve[- ]step |sobriety |addiction |alcohol |drug |gambling |anger |behaviou?r(?:al)? |perpetrator )+program(?:me)?s?|(?:men'?s|women'?s|peer|recovery|therapy|sobriety|addiction|anger|smart recovery)\\s+groups?|(?:parenting|anger management|communication|relationship|couples|mindfulness|budgeting|money management|cbt|dbt) (?:course|class(?:es)?|workshop|programme|program)|(?:\\w+ )?course (?:on|in|about|for) (?:[\\w'-]+ ){0,2}?(?:anger|temper|communication|relationships|jealousy|conflict|emotions|mindfulness|listening|couples)|counsel+(?:or|ors|ing)|psycholog(?:ist|ue)|psychiatrist|shrink|anger management|support groups?|aa(?: meetings)?|al-anon(?: meetings)?|na meetings|narcotics anonymous|alcoholics anonymous|gamblers anonymous|rehab|cbt|dbt|emdr|(?:some )?(?:medication|meds|antidepressants) (?:for|to help with) my|12[- ]step program(?:me)?|someone (?:together|about (?:it|this|my)|for (?:my|it|this))|a professional|(?:a |my )?(?:support worker|key worker|sponsor|recovery worker|addiction (?:worker|counsel+or|nurse|service)|mental health (?:team|nurse|service)|life coach)|(?:the |my )?(?:gp|doctor) (?:to|about)|(?:\\w+ )?(?:group|meetings?) (?:at the (?:clinic|centre|center|hospital|church)|for (?:people|men|women|partners|anger|jealousy|addiction))|meetings (?=twice|every|each|once|since|a week|regularly|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)(?![\\p{L}]))|course on (?:communication|anger|relationships)|help (?:for|with) (?:my|the))`
/** Vetoes the whole sentence when it contains `x`. */
const sentenceWith = (x: string) => `^(?=[^\\n]{0,300}?(?:${x}))[^\\n]{1,300}`
/** How often: what turns "we could talk more" into a plan. */
const FREQ =
  '(?:every (?:\\d+|two|three|four|five|six|eight|few|couple of) (?:days|weeks|months|weekends))|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:evenings|nights|mornings|afternoons))|(?:every|each) (?:other |single )?(?:day|night|evening|morning|week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday|fortnight)|once (?:a|every) (?:week|month|fortnight|day)|twice a (?:week|month)|(?:one|two|three|a few|an?) (?:\\p{L}+ )?(?:evenings?|nights?|days?|weekends?|times|afternoons?|mornings?) a (?:week|month)|more (?:often|regularly)|regularly|for the summer|for a few (?:weeks|months)|on (?:weekends|sundays|fridays|saturdays)'

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
      re: `${WE}${AUX}\\s+(?:seeing|see|seen|saw|going to|go to|went to|going for|go for|went for|attending|attend|attended|finish|finished|finishing|complete|completed|completing|halfway through|half way through|started|start|doing|do|did|in|joined|join|signed up for|sign up for|enrolled in|enrol+ in|booked|book|found|find|working with|work with|talking to|talk to|talked to|booked in with|made an appointment with|keep going to|taking|having|receiving|trying|tried|get|getting|got|consider|considering|look into|looking into|looked into|try|spoken to|speaking to|spoke to|been to|been going to|gone to|go|visited|visiting|contacted|rang|phoned|emailed|registered with|referred (?:myself )?(?:to|for)|been referred (?:to|for)|on (?:a|the) waiting list for|put (?:myself|my name) down for)(?:\\s+(?:${FREQ}))?\\s+(?:to\\s+)?${HELP}|${WE}${AUX}\\s+(?:had|done|attended|completed|been to|booked)\\s+(?:${NUM}|my first|the first|weekly|regular)\\s+(?:sessions?|appointments?|meetings?)(?![\\p{L}])|{B}(?:only |properly |but )?with (?:the help of )?(?:a|an) (?:couples?'? |marriage |relationship |proper |good )?(?:counsel+or|therapist|mediator)(?![\\p{L}])(?!,? or without)|{B}(?:would|could|will) (?:you|u) (?:ever )?(?:be )?(?:open to|willing to|up for|consider|think about|try|like to try)\\s+(?:(?:going to|seeing|trying|doing|go to|see|try|do)\\s+)?${HELP}`,
    },
    {
      id: 'habit',
      // A change of habit already made, or promised in concrete terms: "I stopped drinking", "I've been sober since May".
      re: `{B}(?:i'?ve|i have|i|i'?m|i am|im|i'?ll|i will|i'?m going to|i am going to)(?:\\s+(?:already|finally|completely|now|also|recently|actually|really|been|started to|decided to))*\\s+(?:stopped|quit|quitting|given up|gave up|give up|stop|cut (?:back|down) on|cutting (?:back|down) on|deleted|uninstalled|delete|uninstall)\\s+(?:(?:drinking|gambling|smoking|betting|gaming|partying|going out (?:every|so much|all the time|without)|working (?:late|weekends|on weekends|every weekend|so much|overtime)|checking (?:my|your) phone|lying|(?:(?:the|my|all|those|every|that)\\s+)*(?:drinking|gambling|betting|smoking|alcohol|booze|weed|drugs|dating apps?|apps?|tinder|instagram|games?|video games|porn|overtime|night shifts?|late nights|weekend shifts|her number|his number))(?![\\p{L}]))|{B}(?:i no longer|i don'?t|i do not|{IM} (?:not|no longer))\\s+(?:drink|gamble|smoke|bet|drinking|gambling|smoking|betting|work (?:weekends|late|overtime|nights)|working (?:weekends|late|overtime|nights))(?:\\s+\\w+){0,2}?\\s+(?:anymore|any more|these days|at all now)|{B}i no longer (?:drink|gamble|smoke|bet)(?![\\p{L}])|{B}(?:{IM}|i'?ve been|i have been)\\s+(?:now\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\\s+(?:days?|weeks?|months?|years?)\\s+(?:sober|clean|dry|off (?:the )?(?:drink|booze|gambling|weed))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|also\\s+)?(?:blocked|deleted) (?:her|his|their|that (?:guy|girl)'?s?) (?:number|contact|profile|account)|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?paid (?:back|off) (?:the|all the|every penny of the|every penny|what i|the money|my debts?)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?(?:cut (?:off )?(?:all )?(?:contact|ties) with|ended (?:things|it|all contact) with|stopped (?:seeing|talking to|texting)|broke (?:it )?off with)\\s+(?:her|him|them|that (?:guy|girl|man|woman|person)|my ex|the person)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:already\\s+|finally\\s+)?ended the affair|{B}(?:i'?ve|i have|i'?m|i am|im)\\s+(?:now\\s+)?been (?:sober|clean|dry) (?:for|since)|{B}i (?:haven'?t|have not) (?:had a (?:drink|drop|cigarette|bet)|drunk|gambled|touched (?:a drop|alcohol|a drink)|smoked)(?:\\s+\\w+){0,2}\\s+(?:in|since|for)\\s|{B}(?:i'?ve|i have|i|i'?ll|i will|i'?m going to)\\s+(?:already\\s+|now\\s+)?(?:cut|reduced|changed|cut back|dropped) (?:my|down my|back my) (?:hours|shifts|schedule|travel|trips)|{B}(?:i'?ve|i have|i|i'?ll|i will)\\s+(?:(?:already|now|always)\\s+)*(?:asked (?:my boss |for |my manager )?(?:for )?(?:a transfer|fewer hours|weekends off|a different shift|to work from home|part[- ]time)|(?:put|leave|keep|turn|switch) (?:my|the) phone (?:away|off|down|aside|in (?:a|the) drawer))|{B}(?:i|i'?ll|i will|i could|i can|i'?d|{IM} going to)(?:\\s+(?:also|now|always|really|already))*\\s+(?:come|be|get) home (?:earlier|by|before|for dinner|on time)(?![\\p{L}])|{B}(?:i'?ve|i have|i|i'?ll|i will)\\s+(?:(?:already|now|also|even)\\s+)*(?:(?:turned|switched) off (?:my )?(?:work )?(?:email|emails|phone|notifications)|stopped (?:taking|bringing) (?:my |the )?(?:laptop|work) home|stopped (?:checking|answering) (?:work )?(?:email|emails|my phone)|set up a budget|paid off (?:the|my|all) (?:credit cards?|debts?|loans?)|asked (?:my boss |my manager |work |hr )?(?:to|for|about) (?:drop|go down|work(?:ing)? (?:remotely|from home|part-time|four days)|cut|reduce|switch|move|transfer|part-time|four days|remote))(?![\\p{L}])`,
    },
    {
      id: 'plan',
      // A concrete arrangement: moving closer, seeing each other every weekend, a weekly evening together.
      re: `${PROPOSE}${AUX}\\s+(?:talk|call|meet|see each other|visit|come|fly|drive|travel|take the train|have(?= (?:a|one|an){E})|had(?= (?:a|one|an){E})|kept|keep|set aside|save|saved|block out|blocked out|(?:do|did)(?= (?:something|things|an activity|activities|one|a|an|stuff)(?![\\p{L}]))|set aside|spend|cook|go out|plan|schedule|agree to|agree on|agree|fix|pick|choose|commit to|keep|make time|book|set up|try|tried|go away|take)(?![\\p{L}])(?:[^.!?\\n]{0,40}?){B}(?:${FREQ})(?![\\p{L}])|${PROPOSE}${AUX}\\s+(?:move|moving|relocate|relocating|look for (?:a )?(?:job|work|flat|apartment|place)|find (?:a )?(?:job|work|flat|apartment|place)|apply for (?:a )?(?:job|transfer)|change jobs|ask for a transfer)\\s+(?:to|closer to|near|nearer to|back to|across (?:the country|town|the world))\\s+(?:you|u|your|ur|\\p{L}+)|${WE}${AUX}\\s+(?:move|moving|relocate|relocating|look for (?:a )?(?:job|work|flat|apartment|place)|find (?:a )?(?:job|work|flat|apartment|place)|apply for (?:a )?(?:job|transfer)|change jobs|ask for a transfer)\\s+(?:closer to|near|nearer to|to be (?:closer|near|nearer|with)|to (?:your|ur) (?:city|town|country|area))(?![\\p{L}])|{B}(?:i'?ve|i have|i|i'?m|i am|im)\\s+(?:already\\s+|also\\s+|even\\s+)?(?:applied for|found|looked at|looking at|looking for|started looking (?:for|at)|been looking (?:for|at)|asked for|got|accepted)\\s+(?:a |an |some |the )?(?:new )?(?:jobs?|flats?|apartments?|places?|positions?|transfer|posts?|work)\\s+(?:in|near|closer to|nearer to|close to|to)\\s|{B}(?:we could|maybe we could|what if we|how about we|i'?d like us to|i would like us to)\\s+(?:try\\s+|have\\s+|had\\s+|set\\s+(?:up\\s+)?)?(?:a\\s+)?(?:weekly|monthly|regular|standing)\\s+(?:date|evening|night|call|walk|dinner|check-in|talk)|{B}(?:i'?ve|i have|i)\\s+(?:already |even |also )?(?:looked (?:at|up)|booked|found|checked|priced|bought) (?:some |the |cheap )?(?:flights?|trains?|tickets?|buses|coaches) (?:to|for)(?![\\p{L}])|{B}(?:live|living|be|being|move|moving|end up) in the same (?:city|town|country|place|time ?zone)(?![\\p{L}])|${PROPOSE}${AUX}\\s+(?:spend|live|work|be) (?:half|part|most|more) (?:of )?the (?:year|time|week|month) (?:in|with|near)(?![\\p{L}])`,
    },
    {
      id: 'learning',
      // An ongoing, named effort: "I'm learning to say what I feel", "I'm working on my temper".
      re: `{B}(?:{IM}|i'?ve been|i have been|i'?ve started|i have started|i started)\\s+(?:(?:really|slowly|actively|seriously|finally|also|now)\\s+)?(?:learning (?:to|how to) (?:listen|communicate|talk|speak up|say|express|manage|control|handle|calm|stay calm|open up|share|ask for|walk away|apologi[sz]e|react|deal with|name)|working on (?:my (?:temper|anger|jealousy|insecurit(?:y|ies)|communication|listening|patience|drinking|trust issues|reactions|defensiveness|moods|possessiveness|need for control|avoidance)|(?:being|reacting|listening|talking|staying|controlling|managing|opening up|communicating|expressing|trusting){E})|reading (?:about|up on) (?:attachment|communication|anger|jealousy|codependency|how to))|{B}(?:{IM}|i'?ve been|i have been|i'?ve started|i have started|i started|i'?ll (?:start|keep))\\s+(?:keeping|writing|to keep|to write) a (?:[\\p{L}]+ )?(?:journal|diary|log)(?: \\w+){0,3}? (?:to (?:catch|notice|track|understand|calm|manage|spot)|so (?:that )?i (?:notice|catch|can|see|understand|know)|about my (?:anger|jealousy|moods|drinking|triggers)|when i (?:feel|get))`,
    },
    {
      id: 'arranged',
      // A change arranged for a reason: "I've gone down to four days a week so I'm home more", "I handed my
      // cards to my brother so I can't gamble"; a working rule proposed: "we could take turns", "a chores rota".
      re: `{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:handed|given up|gave up|gone down|went down|dropped|moved|changed|switched|swapped|sold|quit|left|cut|reduced|opened|set up|blocked|deleted|arranged|booked|turned off|taken|took|joined|asked|told|talked to|spoken to)\\s[^.!?\\n]{1,50}?\\s(?:so (?:that )?(?:i|we)(?:'?m|'?ll|'?d| am| can| could| have| don'?t| can'?t| won'?t| will| would| no longer| get to| only)|(?:in order )?to (?:be (?:home|around|there|closer|nearer|near|present)|spend more time|have (?:more time|weekends|evenings)|stop (?:drinking|gambling|spending|working)|cut (?:back|down)|make (?:more )?time))(?![\\p{L}])(?![^.!?\\n]{0,30}\\?)|${PROPOSE}${AUX}\\s+(?:agree on|take turns|set (?:a|some|clear) (?:rules?|boundaries|limits?|budget)|split (?:the )?(?:chores|bills|housework|costs|cooking)|share (?:the )?(?:chores|housework|load|cooking|bills)|(?:have|make|use|set up) (?:a |an )?(?:rota|budget|shared calendar|joint account)|(?:have|keep) (?:one|an?) (?:evening|night|day) a (?:week|month))(?![\\p{L}])`,
    },
    {
      id: 'quit',
      // More habits given up: "I'm ninety days sober", "I've been off the drink since May", "I've closed the
      // betting accounts", "I gave my sister my bank cards", "I sold the car and cleared the debt".
      re: `{B}(?:{IM}|i'?ve been|i have been)\\s+(?:now\\s+)?(?:${NUM})\\s+(?:days?|weeks?|months?|years?)\\s+(?:sober|clean|dry)(?![\\p{L}])|{B}(?:{IM}|i'?ve been|i have been|i'?ve stayed|i have stayed|i'?ve kept)\\s+(?:(?:now|completely|totally|fully|properly)\\s+)?off (?:the )?(?:drink|booze|alcohol|gambling|betting|weed|drugs|pills|coke|sauce)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:stopped|quit|given up|gave up) (?:going|heading) (?:to|out to) (?:the )?(?:pub|pubs|bar|bars|casino|bookies|bookmakers?|clubs?|races|raves|parties)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:closed|cancelled|canceled|shut down|deleted|frozen|froze)\\s+(?:(?:all|every one of|each of)\\s+)?(?:(?:the|my|those|of my)\\s+)?(?:betting|gambling|poker|casino|bookies|credit card|store card|dating|secret|online (?:betting|gambling|poker))\\s+(?:accounts?|apps?|cards?|profiles?)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:self-excluded|signed up for self-exclusion|banned myself) (?:from|on)\\s|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:handed|given|gave|signed|passed|turned)\\s+(?:over\\s+)?(?:[\\p{L}']+\\s+){0,2}?(?:(?:full\\s+|total\\s+)?(?:control|charge) (?:of|over)\\s+(?:my|the|our|all my)\\s+(?:money|finances|accounts?|wages|salary|savings|spending)|(?:my|the|our|all my)\\s+(?:bank\\s+|credit\\s+|debit\\s+)?(?:cards?|finances|accounts?|wages|salary|pin|chequebook))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:[^.!?\\n]{1,40}?\\s(?:and|then)\\s+)?(?:paid (?:off|back|down)|cleared|settled)\\s+(?:(?:the|my|all|all the|all my|every penny of|every penny of the|most of the|most of my)\\s+)?(?:debts?|credit cards?|loans?|overdraft|arrears|money i (?:owed|took|borrowed))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:blocked|deleted)\\s+(?:that|the other|this)\\s+\\p{L}+'s\\s+(?:number|contact|profile|account|messages|details)(?![\\p{L}])`,
    },
    {
      id: 'work',
      // The job that kept them apart, changed: normal hours, a contract not renewed, a posting turned down, a
      // transfer asked for, the boss told; "I finish at six now"; "there are jobs like yours in Manchester".
      re: `{B}(?:i'?ve|i have|i|{IM}|i'?ll|i will|i'?m going to|i am going to)\\s+[^.!?\\n]{0,50}?{B}(?:normal|regular|fixed|shorter|fewer|sociable|family[- ]friendly|nine[- ]to[- ]five|9[- ]to[- ]5|reasonable|sensible|saner|daytime|day)\\s+(?:working\\s+)?(?:hours|shifts)(?![\\p{L}])|{B}(?:{IM}|i am|i'?ve decided|i have decided)\\s+(?:not|against)\\s+(?:renewing|extending|re-signing|taking (?:up )?|accepting)\\s*(?:the|my|that|this)\\s+(?:contract|lease|posting|secondment|tour|rotation|placement|assignment|transfer|promotion)(?![\\p{L}])|{B}(?:contract|lease|posting|secondment)\\s[^.!?\\n]{0,40}?{B}(?:{IM}|i am|and i'?m) not (?:renewing|extending) it(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:turned down|declined|said no to|refused|given up|gave up)\\s+(?:the|that|a|my)\\s+(?:posting|promotion|transfer|job offer|offer|contract|secondment|tour|rotation|placement|night shifts?|weekend shifts?|overseas (?:job|post|role))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:put in|applied|asked) for (?:a|the) (?:transfer|move|relocation|posting)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:asked|told)\\s+(?:my (?:boss|manager|editor|agent|supervisor|employer|company|team)|work|hr)\\s+(?:(?:that|to)\\s+)?(?:take me off|move me|transfer me|cut my|reduce my|put me on|i(?:'?m| am) not|i (?:won'?t|will not|can'?t|no longer)|i'?ll (?:no longer|only)|i need (?:to|more|fewer|weekends)|i want (?:to|fewer|more))(?![\\p{L}])|{B}(?:i|now i)\\s+(?:now\\s+|always\\s+|usually\\s+)?(?:finish|leave|clock off|get off|log off|stop|go home|come home|get home)(?:\\s+(?:work|the office|the shop|at work))?\\s+(?:at|by|before)\\s+(?:\\d{1,2}|three|four|five|six|seven|half)(?![\\p{L}])(?![^.!?\\n]{0,25}{B}(?:tomorrow|tonight|today|this|next)(?![\\p{L}]))|{B}(?:there'?s|there is|there are|theres|there were)\\s+(?:(?:loads|lots|plenty|a few|some|several|a couple|a ton) of\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:jobs?|posts?|positions?|roles?|openings?|vacanc(?:y|ies))\\s+(?:going|open|available|advertised|coming up|like (?:yours|urs|the one)|at|in|near|for)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:had|got|done|booked|have)\\s+(?:an?|the|my)\\s+(?:(?:first|second|final|third)\\s+interview|interview for (?:a|the|that) (?:job|role|post|position|transfer))(?![\\p{L}])`,
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
      re: `(?:{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:stopped|quit) (?:taking|bringing|checking|using|looking at) (?:my|the) (?:phone|laptop|work phone)|{B}i\\s+(?:now\\s+|always\\s+)?(?:leave|put|keep|lock|charge|switch off|turn off)\\s+(?:my|the) (?:phone|laptop|work phone)\\s+(?:in|on|downstairs|away|off|out of|at)(?![\\p{L}]))(?![^.!?\\n]{0,20}{B}(?:tomorrow|tonight)(?![\\p{L}]))|{B}(?:i (?:haven'?t|have not)|i'?ve not|(?<=(?:^|[.!?\\n])\\s{0,3})haven'?t)\\s+(?:had|touched|placed)\\s+(?:a (?:drink|drop|bet|cigarette|flutter|joint|smoke)|alcohol|a single (?:drink|bet)|the (?:bottle|booze|drink))(?:\\s+[\\p{L}']+){0,2}?\\s+(?:in|since|for)\\s|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:put|set up|added|got|asked for)\\s+(?:a |some )?(?:block|blocks|ban|limit|limits|gambling block)\\s+on\\s+(?:my\\s+)?(?:gambling|betting|card|cards|spending|online)|{B}my (?:sister|brother|dad|mum|mom|father|mother|friend|partner|son|daughter|sponsor|accountant|bank) (?:now )?(?:holds|has|keeps|looks after|manages|controls|handles) (?:all )?my (?:bank )?(?:cards?|money|finances|wages|accounts?|salary)(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:found|got|rented|bought|taken|signed for|looked at|been looking at)\\s+(?:a |an )?(?:flat|place|house|room|apartment|job)\\s[^.!?\\n]{0,25}?(?:near|close to|nearer to|minutes from|round the corner from|down the road from) (?:yours|you|u|your|ur)(?![\\p{L}])|{B}(?:i'?ve|i have|i|{IM}|i was|i'?ll)\\s+(?:been\\s+)?(?:offered|got|accepted|taking|taken|take|applied for)\\s+(?:a|the) transfer(?![\\p{L}])|{B}(?:{IM}|i'?ve|i have|i|i'?ll|i will)\\s+(?:going|gone|went|moved|switched|dropped|dropping|cutting down|cut down|moving)\\s+(?:down\\s+)?(?:to\\s+)?(?:part[- ]time|four days|three days|fewer (?:hours|days|shifts)|flexi(?:ble)? hours)(?![\\p{L}])|{B}(?:i|{IM}|i'?ve)\\s+(?:now\\s+|also\\s+|been\\s+)?(?:take|taking|started|on|started taking)\\s+(?:the |my |some )?(?:medicine|medication|meds|tablets|pills|antidepressants)(?:[^.!?\\n]{0,30}?)\\s(?:for|to help with|to manage) my (?:anxiety|depression|moods?|temper|anger|adhd|bipolar|mental health|panic attacks|drinking)(?![\\p{L}])|{B}i (?:now )?(?:do|use|try|count|walk|step|breathe|take)\\s[^.!?\\n]{0,40}?when (?:i )?(?:feel|get|notice|sense) (?:the |my |that )?(?:anger|temper|jealousy|urge|panic|rage|red mist|irritation|frustration|it (?:building|coming|rising))(?![\\p{L}])|{B}(?:i'?ve|i have|i)\\s+(?:(?:already|now|finally|also|recently|even)\\s+)*(?:cut out|knocked|packed in|binned)\\s+(?:the |my |all (?:the )?)?(?:[\\p{L}-]+\\s+)?(?:drinking|booze|alcohol|gambling|betting|bets|weed|drugs|smoking|benders|sessions|nights out|all-nighters)(?![\\p{L}])|{B}(?:i'?ve been|i have been|{IM}|i)\\s+(?:now\\s+)?(?:going|heading|going out)\\s+(?:to|for)\\s[^.!?\\n]{1,30}?\\s(?:instead of|rather than)\\s+(?:the pub|the bar|the bookies|the casino|the betting shop|the club|drinking|going out|the offie)(?![\\p{L}])`,
    },
  ],
  antipatterns: [
    // Blame or force wrapped around the offer: "if you'd just answer", "whether you like it or not".
    sentenceWith(
      "{B}if (?:only )?(?:you|u)(?:'?d| would)? (?:just|bothered|ever bothered)(?![\\p{L}])|{B}whether (?:you|u) (?:like it|want (?:it|to|me))|{B}like it or not(?![\\p{L}])",
    ),
    // A change offered as a bargain: "I'll go to therapy if you come back".
    sentenceWith(
      '{B}(?:only )?if (?:you|u) (?:come back|take me back|give (?:me|us) (?:another|a second|one more) chance|forgive me|stay|return){E}|{B}as long as (?:you|u){E}',
    ),
    // Help pushed on the reader, not taken by the writer: "you should see a therapist".
    '{B}(?:you|u) (?:need|should|must|have to|ought to) (?:\\w+ ){0,3}(?:see|go|get|try|find|stop|quit|start|therap|counsel)',
    // The change held against the reader, or a demand next to it: "because you nagged me", "no excuses".
    sentenceWith(
      "{B}(?:because|cos|coz|since) (?:you|u) (?:nagged|made|forced|pushed|kept (?:on|nagging|going on)|wouldn'?t|complained|went on|moaned|emptied|took|left me|never|always)(?![\\p{L}])|{B}or (?:you|u) could (?:just )?(?:stop|try|grow up|learn)(?![\\p{L}])|{B}(?:no excuses|that'?s the deal|or else|(?:you|u) (?:have to|must|need to|better|'?d better|owe me))(?![\\p{L}])",
    ),
    // Past help that failed or was refused.
    sentenceWith(
      "{B}(?:didn'?t|did not|never|won'?t|will not|refuse to|refused to) (?:help|work|go|see|try){E}|{B}(?:useless|waste of time|was pointless|a joke){E}",
    ),
  ],
  examples: [
    { flagged: "[[I've started seeing a counselor about my anger]].", pattern: 'help' },
    { flagged: '[[We could try couples therapy]], if you are open to it.', pattern: 'help' },
    { flagged: '[[Would you ever be open to counselling together]]?', pattern: 'help' },
    { flagged: '[[I stopped drinking in March]], and I go to meetings.', pattern: 'habit' },
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
    { notFlagged: 'I went to therapy once and it was a waste of time.' },
    { notFlagged: "I'm working on myself." },
    { notFlagged: 'We used to talk every night before bed.' },
    { notFlagged: "I'll do anything to make it work." },
    { notFlagged: 'I could come every weekend, whether you like it or not.' },
  ],
})
