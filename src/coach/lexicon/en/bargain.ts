// Bargains: a change or a talk the writer puts a price on. "I'll stop drinking the day you move back in", "I'll go to
// couples therapy if you take me back", "Once you admit what you did, we can talk". The method offers a change freely
// and a meeting without conditions, so these are a condition with a consequence (ultimatum's), not a solution or an
// invitation. Not a change offered whatever they decide ("I'm going to therapy whatever you decide"), a wish of theirs
// left open ("if you ever want to talk, I'm here", "we can talk when you're ready"), or a plan for the couple if they
// both try again ("If we try again, I'd like us to see a counsellor"). Alternations without a group, for the lower-cased
// shadow text; `{YOU}`-free so each rule can say who the reader is.

/**
 * The price named as what it takes: "…if that's what it takes to get you back" (twenty-first round, solution21's note).
 * Read by ultimatum (the bargain) and by solution (not praised as a change).
 */
export const WHAT_IT_TAKES =
  "if (?:that'?s|that is|it'?s|it is|this is) what (?:it )?takes to (?:get|win|bring|have) (?:you|u) back"

/**
 * A choice given with its answer fixed: "as long as it's me", "as long as you choose us", "as long as your answer is
 * yes". Read by pressure (the demand named) and by space (not praised as freedom).
 */
export const ANSWER_FIXED =
  "(?:as long as|so long as|provided|providing) (?:(?:it'?s|it is|its|that'?s|that is|the answer is) (?:me|us|yes|with me|coming back(?: to me)?)|(?:you|u) (?:choose|pick|come back to|end up with|stay with|say) (?:me|us|yes)|(?:your|ur) (?:answer|decision|choice)(?:'s| is| will be| ends up being| turns out to be) (?:a )?(?:yes|me|us))"

/** The word that ties the price to the change: "if", "the day", "as soon as", "provided", "on condition that". */
export const BARGAIN_LINK =
  'only if|if|once|only once|only when|when|as soon as|the (?:day|minute|moment|second|instant)(?: that)?|provided(?: that)?|providing(?: that)?|as long as|so long as|on (?:the )?condition(?: that)?'

/**
 * The price when it is their return: "come back", "move back in", "take me back", "give me another chance", "give us
 * another go", "leave him". Not "come back from Spain" nor "come back for your things".
 */
export const THEIR_RETURN =
  "come (?:back|home)(?! (?:from|for|to (?:get|collect|pick)))|move (?:back(?: in)?|back home|in again|home)(?! (?:with (?:your|ur) (?:mum|mom|parents|dad|family)|from))|take me back|have me back|let me (?:come )?(?:back|home)|give (?:me|us|this|it|our (?:marriage|relationship)|the two of us) (?:a|another|one more|a second|one last|a last|a fresh|a new) (?:chance|go|try|shot|start)|give (?:me|us|it|this) (?:a )?(?:second|another) (?:chance|go|try|shot)|try again with me|get back together|be with me again|choose me|leave (?:him|her|them)(?![\\w'])|dump (?:him|her|them)(?![\\w'])|end (?:it|things) with (?:him|her|them)(?![\\w'])|break up with (?:him|her|them)(?![\\w'])|walk back (?:in|through (?:that|the|my) door|into my life)|came (?:back|home)(?! (?:from|for))|took me back|had me back|gave (?:me|us|it|this) (?:a|another|one more|a second) (?:chance|go|try|shot)|moved back(?: in| home)?(?! (?:from|with))"

/**
 * The price when it is a confession: "admit what you did", "apologise", "say sorry", "own your part", "take
 * responsibility", "tell the truth", with "are ready to" in front or not.
 */
export const THEIR_CONFESSION =
  "(?:(?:finally|actually|just|first) )?(?:(?:(?:are|'re|r|feel|get) )?(?:ready|willing|prepared) to |can )?(?:admit|apologi[sz]e|say (?:sorry|(?:you'?re|ur) sorry|the words)|own (?:up|it|yours|your (?:part|share|mistakes|behaviou?r|side))|take (?:responsibility|ownership|the blame)|accept (?:your|ur|the) (?:part|share|responsibility|blame)|acknowledge (?:what|your|ur|it|that)|tell (?:me )?the truth|come clean|stop lying)(?![\\w'])"

/**
 * A change the writer prices: therapy, counselling, giving up drink, moving, working on oneself, "change", "prove it".
 * Not a state of happiness ("I'll be the happiest man alive"), nor "do anything" (pleading's).
 */
export const PRICED_CHANGE =
  'stop|quit|give up|cut (?:down|back|out)|pack in|go (?:to|back to|into|for|on) [a-z]|get (?:help|sober|clean|treatment|therapy|counsel|a (?:new |proper )?job|a sponsor|my act together|a grip|on top of)|see (?:a|the|someone|somebody|my) (?:counsel|therap|doctor|gp|psych|someone|somebody|professional)|start (?:therapy|counsel|going|seeing|again|over|afresh|being|coming|working on|to)|sign up|join|enrol|enroll|book (?:us|myself|a|an|the)|move (?:to|back|out|down|up|closer|nearer|house|jobs)|sell|change|work on|try (?:harder|therapy|counsel|again)|be (?:better|different|a (?:better|different|changed)|more|less|sober|clean|there|home|the (?:man|woman|partner|husband|wife|person|boyfriend|girlfriend))|make (?:time|changes|more time|an effort|it up|it right|things right|this right)|take (?:fewer|less|more|an? (?:anger|course|class|step))|drop|leave (?:my|the) (?:job|band|club|team|city|shifts?)|find (?:a|another) (?:job|flat|place)|look for|apply|transfer|come home (?:earlier|on time|every)|spend more|put (?:you|u|us|our|the family)|listen|learn|fix|sort (?:myself|my|it|things) out|sort out|grow up|prove|show (?:you|u)|do (?:better|things (?:differently|right|properly)|the work|couples|therapy|counsel|aa|rehab|the (?:course|programme|program))|never (?:drink|gamble|smoke|cheat|lie|shout|go out|do (?:it|that)|touch|look at|let (?:you|u) down)'

/** The writer's part named after a link: a talk, a meeting, a coffee, trying again. */
export const PRICED_TALK =
  "talk|speak|meet|see (?:you|u)|sit down|chat|discuss|have (?:a|that|the) (?:coffee|chat|talk|conversation|drink)|be friends|start (?:again|over)|(?<!{B}(?:i'?ll|i will|ill|i'?m|im|i am|i'?m going to|i can|i could) )move (?:forward|on)|try again|get back together|work (?:on )?(?:this|it|things|us) out|think about (?:it|us|this|coming back)|consider (?:it|us|this|coming back)|rebuild|go from there|take it from there|see where|put (?:this|it) behind us|answer|reply|write back|call (?:you|u)|ring (?:you|u)|forgive (?:you|u)|own (?:mine|my part|my share)|admit (?:mine|my part)|apologi[sz]e|say (?:sorry|(?:i'?m|im) sorry)"

/** The reader as the one who pays: "you", "u", "you're ready to…". */
export const PAYER = "(?:you'?re|you are|u'?re|u r|ur|you|u)"

/** The confession already made: "once you've apologised", "when you have admitted it". */
export const THEIR_CONFESSION_DONE =
  "(?:finally |actually |properly )?(?:admitted|apologi[sz]ed|said (?:sorry|(?:you'?re|ur) sorry|the words)|owned (?:up|it|yours|your (?:part|share|mistakes|behaviou?r|side))|taken (?:responsibility|ownership|the blame)|accepted (?:your|ur|the) (?:part|share|responsibility|blame)|acknowledged (?:what|your|ur|it|that)|told (?:me )?the truth|come clean|stopped lying)(?![\\w'])"

/** The confession asked for outright: "Say sorry and we can talk", "Admit what you did and we can move on". */
export const CONFESS_NOW =
  "admit|apologi[sz]e|say (?:sorry|(?:you'?re|ur) sorry|the words)|own up|own (?:it|yours|your (?:part|share|mistakes))|take (?:responsibility|ownership|the blame)|tell (?:me )?the truth|come clean|stop lying"

/** The price when it is contact: "as soon as you unblock me", "if you reply to this". */
export const THEIR_CONTACT =
  'unblock me|answer (?:me|this)|reply(?: to (?:me|this))?|write back|call me|ring me|talk to me|meet me|agree to (?:meet|see me|talk)'

/**
 * A talk's condition on their confession: "once you admit what you did", "until you've apologised". Ultimatum reads it
 * (talk-on-terms), and invitation does not praise the talk it holds back.
 */
export const ON_THEIR_CONFESSION = `(?:${BARGAIN_LINK}|after|until|till|unless) (?:${PAYER} (?:${THEIR_CONFESSION})|(?:you|u)(?:'?ve| have) (?:${THEIR_CONFESSION_DONE}))`

/**
 * Their return asked for outright at a clause's start: "Take me back and I'll…", "baby, give us one more go and…".
 * Ultimatum reads it with the change after it (bargain), and solution does not praise that change.
 */
export const RETURN_ASKED = String.raw`(?<=(?:^|[.!?\n,;:—–])\s{0,3}(?:(?:please|pls|just|so|and|but|baby|babe)[,]?\s+){0,2})(?:take me back|have me back|come (?:back|home)|move back in|give (?:me|us|it|this) (?:one more|another|a second|one last|a last|a) (?:chance|go|try|shot)|choose me|leave (?:him|her|them))(?![\w'])`
