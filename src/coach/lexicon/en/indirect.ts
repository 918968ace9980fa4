// Fourteenth round (probe eval/fourteenth/pitfalls14): the indirect reproach, read from the structure of the act
// rather than a fixed phrase. Regex sources (macros of `macros.ts` allowed), alternations without a group, used by
// the blame, guilt and disparage rules only.

/**
 * Blame told as sarcasm or in passing, each a frame that mocks or judges the reader's conduct without a "you ruined":
 * "Funny how you always found time for X but never for Y", "I'm not holding my
 * breath", "Some of us actually kept our promises", "at least one of us has moved on gracefully", "Not everyone gets to
 * switch their feelings off like a tap", "I suppose it was too much to ask", "keeping your word was never really your
 * thing", "It would have been nice to hear it from you", "it would have helped if you'd shown up", "You had three years to
 * tell me", "if you'd ever bothered to…", "I wasn't the one checking my phone", "at least I never lied", "Sorry for
 * caring too much, I guess", "oh wait, there wasn't one", "I'm sure your conscience is perfectly clear", "Ask yourself
 * who walked away", "…because of what you told them", "the rent you left behind", "even if you had spent the whole
 * evening ignoring me", "The bills didn't pay themselves", "Real mature, changing your status…", "Fair play to you for
 * keeping the story straight".
 */
export const SARCASTIC_BLAME = [
  String.raw`{WB}(?:funny|interesting|amazing|strange|odd|convenient|curious) how (?:you|u) (?:always |somehow |suddenly |still )?(?:found|find|had|have|made|make|managed|manage)(?: the)? (?:time|energy|money) for [^.!?\n]{1,40}? (?:but|yet|and) (?:never|not|no time|couldn'?t|didn'?t|wouldn'?t)`,
  String.raw`{WB}(?:(?:i'?m|im|i am) not|i won'?t be|i wont be|i will not be|not) holding my breath{WE}`,
  String.raw`{WB}(?:at least )?(?:some|one) of us (?:(?:actually|still|at least|really|even)\s+)+(?:kept|keep|meant|mean|cared|care|tried|try|showed|show|turned|bothered|told|tell|stayed|stay|did|do|was|were|had|have|moved|remembered|remember)(?![^.!?\n]{0,30}?(?:laughed|cried|went|got drunk|stayed up))`,
  String.raw`{WB}at least one of us (?:has|is|was|can|could|did|does|knows|cares|cared|bothered|kept|meant|moved|tried|had)`,
  String.raw`{WB}not (?:everyone|everybody|all of us|every one of us) (?:gets to|can (?:just|simply)|has the luxury of|is lucky enough to|can afford to|finds it (?:that |so )?easy to) `,
  String.raw`{WB}(?:i suppose|i guess|i gather|apparently|clearly|obviously|evidently|i see)(?: that)?,? (?:it|that|a [a-z]+|an [a-z]+|one [a-z]+)(?: [a-z]+)? (?:was|were|is|would(?:'ve| have) been|'d have been) (?:too much|asking too much|a lot)(?: to ask)?{WE}`,
  String.raw`{WB}(?:keeping (?:your|ur|a) (?:word|promises?)|telling the truth|the truth|honesty|loyalty|commitment|listening|showing up|turning up|saying sorry|apologi[sz]ing|picking up (?:the|a|your) phone|calling|replying|texting back|being (?:on time|honest|faithful|there))(?: [a-z]+){0,2} (?:was|were|is|has) (?:never|not|hardly)(?: been)? (?:really |exactly |quite )?(?:your|ur) (?:thing|strong (?:suit|point)|forte|style|speciality|specialty|department){WE}`,
  String.raw`{WB}(?:it )?would(?:'ve| have|a) been (?:nice|good|decent|kind|polite|helpful|courteous|respectful|fair|nicer|better)(?: of (?:you|u))? (?:to (?:hear (?:it |that |this |about it |the news )?(?:from (?:you|u)|first)|be told|have been told|have heard|get (?:a|an|one|some) (?:call|text|warning|heads-up|explanation|answer|reply|goodbye|word)|know (?:before|first)|find out from (?:you|u))|if (?:you|u)(?:'d| had) (?:told|warned|asked|said|mentioned|called|rung|texted|bothered|been honest|let me)|(?:for|of) (?:you|u) to (?:tell|warn|ask|say|let|call|ring|text|mention))`,
  String.raw`{WB}it would(?:'ve| have|a) (?:helped|been easier|made a difference|saved (?:us|me) [a-z ]{1,20}) if (?:you|u)(?:'d| had) (?:(?:just|ever|once|at least)\s+)?(?:shown up|turned up|been|told|listened|called|rung|answered|replied|bothered|said|warned|asked|tried|come|stayed|picked up|put)`,
  String.raw`{WB}(?:you|u) had (?:(?:three|two|four|five|six|ten|\d+|so many|all those|several|many) )?(?:whole )?(?:years|months|weeks|days|chances|opportunities|every (?:chance|opportunity)|plenty of (?:time|chances|opportunities)|all the time in the world|ample (?:time|opportunity)) to (?:tell|say|mention|warn|talk|explain|let me know|bring (?:it|this|that) up|speak up|end (?:it|things)|be honest){WE}`,
  String.raw`{WB}if (?:you|u)(?:'d| had| would have|'d have| would'?ve)? (?:(?:ever|just|only|once|even)\s+)*bothered(?: to)?{WE}`,
  String.raw`{WB}i (?:wasn'?t|was not|wasnt|was never|'m not|am not|im not) the (?:only )?one (?:(?:who|that|to)\s+)?(?:(?:was|were|kept|always)\s+)?(?:cheat(?:ed|ing)?|l(?:ied|ying)|left|leaving|walked|walking|checked out|checking|gave up|giving up|stopped trying|ran|running|hid|hiding|flirt(?:ed|ing)|texting|messaging|drinking|drank|shouting|shouted|yell(?:ed|ing)|ignor(?:ed|ing)|quit|quitting|sneaking|disappear(?:ed|ing)|ghost(?:ed|ing)|moved on)(?! (?:to|into|from|out of) (?:a|the|my|our) (?:new|job|house|flat|city|country))`,
  String.raw`{WB}at least i (?:never|didn'?t|did not|wasn'?t|was never|had the (?:decency|guts|courage|balls|honesty)|was (?:honest|faithful|loyal|there|upfront)|told (?:you|u) (?:the truth|to (?:your|ur) face)|kept my (?:word|promises?)|stayed|showed up|said goodbye)(?! (?:get|got) to)(?![^.!?\n]{0,30}?(?:i (?:hope|tried)|that'?s something|small mercies))`,
  String.raw`{WB}(?:sorry|excuse me|forgive me|pardon me|my bad|apologies) for (?:caring|wanting|expecting|trying|asking|needing|having (?:feelings|standards|a life|needs)|giving a (?:damn|toss|shit|monkey'?s)|existing|breathing|loving (?:you|u)|being (?:there|loyal|honest|upset|hurt|human))(?: [a-z]+){0,3}?(?: (?:too|so) much)?,? (?:i guess|i suppose|apparently|then|eh|huh|lol|i'?m sure)(?=\s*(?:[.!…]|$))`,
  String.raw`(?<=[,;—–-]\s{0,3})oh wait(?:,|\s*—|\s*-|\.{3}|…)?\s+(?:there|you|u|it|that|i)(?: [a-z]+)? (?:wasn'?t|weren'?t|didn'?t|never|don'?t|haven'?t|isn'?t|did not|was not|couldn'?t|wouldn'?t){WE}`,
  String.raw`{WB}(?:i'?m sure|no doubt|i bet|i expect|im sure) (?:your|ur) conscience (?:is|'s|was) (?:perfectly |completely |totally |crystal |squeaky )?clear{WE}`,
  String.raw`{WB}(?:ask yourself|ask urself|we (?:both|all) know|remind me|let'?s not forget|let'?s be clear about|think about) who (?:actually |really |exactly |in fact )?(?:walked|left|gave up|cheated|lied|ended|quit|broke|ruined|stopped|wrecked|messed|ran|chose|moved on|gave in|threw)`,
  String.raw`{WB}because of (?:what|the (?:things|lies|stories)) (?:you|u)(?: [a-z]+)? (?:told (?:them|everyone|people|my|her|him|their|all)|said (?:about me|to (?:them|everyone|my|her|him))|posted|spread|wrote about me)`,
  String.raw`{WB}(?:the )?(?:rent|bills|debts?|mess|tab|overdraft|loan|mortgage arrears|arrears) (?:that )?(?:you|u) (?:left (?:me|behind|me with)|ran up|racked up|stuck me with|walked away from|dumped on me)`,
  String.raw`{WB}(?:even if|even though|though) (?:you|u) (?:had |did |were |was )?(?:spent (?:the whole|all|most of|half)[^.!?\n]{0,30}?(?:ignoring|on (?:your|ur) phone|flirting|talking to|sulking|texting)|ignor(?:ed|ing) me|provoked (?:me|it)|started it|asked for it|(?:being |been )?(?:rude|awful|horrible|impossible|cold|unbearable|vile|cruel) to me)`,
  String.raw`{WB}(?:didn'?t|don'?t|won'?t|did not|do not|never) (?:pay|clean|cook|raise|wash|feed|sort|walk|iron|fix|organi[sz]e|look after) themselves{WE}`,
  String.raw`{WB}(?:real|really|very|so|how|super) (?:mature|classy|grown[- ]up|subtle|smooth|adult)(?: of (?:you|u))?[,!]+ (?:[a-z]+ing|to [a-z]+){WE}`,
  String.raw`{WB}(?:fair play|hats off|credit|kudos|well done|gold star|top marks|full marks|impressive)(?: to (?:you|u))?,? (?:for|on) (?:keeping (?:the|your|ur) (?:story|stories|lies?) straight|keeping (?:it|that|her|him|them|us) (?:quiet|secret|hidden|from me)|(?:the|all the) (?:acting|lying|lies|sneaking)|fooling (?:me|everyone|us))`,
].join('|')

/**
 * Guilt laid at the reader's door without "because of you": the writer's burden since the reader left ("I've been
 * working Saturdays to keep the rent on since you took off"), a relative who can't bring herself to take the photo down,
 * a child's question the writer cannot answer, "why would that bother you", "I'm used to being the one who gets left",
 * "I gave you the best ten years of my life", "I hope the new flat is worth it, because I've been sleeping on a sofa".
 */
export const LAID_AT_DOOR = [
  String.raw`{WB}i(?:'ve| have|'m| am|m|ve)? (?:been |had to |having to |now )*(?:working|work|pick(?:ing)? up|tak(?:e|ing) on|pay(?:ing)?|cover(?:ing)?|juggl(?:e|ing)|do(?:ing)? all) (?:extra |double |more |the )?(?:shifts|saturdays|sundays|weekends|nights|overtime|a second job|two jobs|the rent|rent|the bills|the mortgage|everything|all of it|the school run|both jobs|the lot)[^.!?\n]{0,40}? (?:since|because|now that|ever since) (?:you|u) (?:took off|left|walked out|moved out|went|did a runner|buggered off|pissed off|ran off|packed up|disappeared|decided)`,
  String.raw`{WB}to (?:cover|pay(?: off)?|clear|keep up with) (?:the |all the )?(?:rent|bills|debts?|mortgage|loan|overdraft|arrears) (?:that )?(?:you|u) (?:left(?: behind| me with)?|ran up|racked up|stuck me with|walked away from)`,
  String.raw`{WB}(?:(?:my|our|your|ur|the) )?(?:mum|mom|mother|mam|ma|dad|father|nan|nana|gran|granny|grandma|grandad|sister|brother|parents|family|son|daughter|kids|children|boy|girl|little one)[^.!?\n]{0,50}? (?:still )?(?:can'?t|cannot|couldn'?t|won'?t|doesn'?t|does not|hasn'?t|has not) (?:bring (?:herself|himself|themselves) to|stop (?:crying|asking)|been the same since)`,
  String.raw`{WB}(?:(?:my|our|your|ur|the) )?(?:son|daughter|kids|children|boy|girl|little one|youngest|eldest)(?: \w+)? (?:still |keeps |always )?(?:asks?|asked|asking) (?:(?:every|each) (?:night|day|morning|week|weekend|time) )?(?:whether|if|when|why|where)[^.!?\n]{1,60}?,? (?:and|but) i (?:have(?:n'?t| not)|don'?t|do not|can'?t|cannot|never) (?:(?:found|got|have|know|had|figured out) )?(?:a |the |any )?(?:good |right |kind |honest )?(?:way|words|answer|idea|clue|how) ?(?:to )?(?:answer|tell|explain|say)?(?: (?:him|her|them|it))?`,
  String.raw`{WB}(?:why|how) would (?:that|it|this|any of (?:this|that)|my [a-z]+) (?:bother|matter to|concern|worry|interest|affect|trouble|upset) (?:you|u)(?: (?:now|anyway|any more|anymore))?(?=\s*(?:[.!?,]|$))`,
  String.raw`{WB}(?:gave|handed|wasted|lost) (?:(?:you|u|on (?:you|u)) )?(?:the|my) (?:best|prime|finest) (?:\w+ )?years(?: of my life)?(?![^.!?\n]{0,40}?(?:i'?d do it again|no regrets|(?:don'?t|do not|never) regret|i'?m glad|gladly|happily|and i loved))`,
  String.raw`{WB}(?:i )?hope (?:the|your|ur) (?:new )?[a-z]+(?: [a-z]+)? (?:is|was|are|were|'s) (?:all |really )?worth it,? (?:because|cos|coz|cause|'cause|since|seeing as|while|when) i`,
].join('|')

/**
 * Contempt for the new partner or the reader's choice without an insult word: praise given through the teeth ("which is
 * more than I can say for her conversation"), "I never pictured you with someone who…",
 * sarcastic interest ("I hear the cul-de-sacs are thrilling"), "Marketing was never really a career", "till the novelty
 * wears off", "they must be thrilled to have someone to pay for the drinks".
 */
export const FAINT_PRAISE = [
  String.raw`{WB}more than (?:i|we|anyone|you|u) (?:can|could) say for (?:him|her|them|his|their|(?:your|ur) (?:new )?[a-z]+){WE}`,
  String.raw`{WB}(?:never|couldn'?t|could not|can'?t|cannot|wouldn'?t) (?:have )?(?:pictured|imagined|seen|figured|put) (?:you|u) (?:with|ending up with|going for|falling for) (?:someone|somebody|a (?:guy|man|girl|woman|bloke|lad|fella|type)|the (?:type|sort|kind)|that (?:type|sort|kind))(?: of [a-z]+)? (?:who|that|like (?:that|him|her))(?![^.!?\n]{0,60}?(?:suits (?:you|u)|i'?m (?:glad|happy)|and it works|good for (?:you|u)))`,
  String.raw`{WB}(?:i hear|i'?m told|im told|i gather|i'?m sure|im sure|i bet|must be|sounds|sure (?:is|are|sounds)) [^.!?\n]{0,40}?(?:thrilling|riveting|scintillating|gripping|electrifying|a (?:riot|blast|laugh a minute|barrel of laughs|real laugh))(?! for (?:you|u){WE})(?![^.!?\n]{0,30}?(?:i'?m (?:so )?(?:glad|happy|jealous)|congrat|well done|you deserve))`,
  String.raw`{WB}(?:was|is|were|'s) (?:never |not |hardly )(?:really |exactly )?an? (?:real |proper )?(?:career|job|profession|plan|future|calling|life)(?: choice)?{WE}(?! (?:for me|i wanted))`,
  String.raw`{WB}(?:till|until|once|when) the (?:novelty|shine|honeymoon(?: period| phase)?|gloss|sparkle|newness) (?:wears|has worn|wore|rubs|has rubbed) off{WE}`,
  String.raw`{WB}(?:someone|somebody|a mug|a fool|a sucker) to (?:pay|foot|cover|buy) (?:for )?(?:the|their|his|her|all the) (?:drinks|rent|bills|dinners|rounds|tab|holidays|petrol)`,
].join('|')
