// A plain apology: the writer says sorry for something they did. "Sorry you feel that way" is not one.
import { defineRule } from '../define.js'

export default defineRule({
  id: 'apology',
  kind: 'strength',
  severity: 'info',
  sixRule: 'open-heart',
  title: 'Apology',
  summary: 'A plain apology for something the writer did.',
  message: 'A plain apology. It tells them you see what you did; keep it without a "but" that takes it back.',
  patterns: [
    {
      id: 'sorry-for',
      // "I'm sorry for / that / about ...", "I am so sorry", "Sorry for everything" at a clause start, "i really am sorry
      // tho" (seventeenth lead review).
      re: "(?:{B}(?:{IM}|i was|i'?m just|i\\s+(?:really|truly|honestly|genuinely|sincerely|do|still|just)\\s+(?:am|was))\\s+|(?<=(?:^|[.!?\\n,;:—–])\\s{0,3}))(?:(?:so|really|rly|rlly|truly|deeply|very|sincerely|genuinely|honestly|just|properly|terribly|awfully|incredibly)\\s+)*(?:sorry|soz|sry|srry){E}(?!\\s+(?:state|sight|excuse|lot)(?![\\p{L}]))(?!\\s+(?:you|u)\\s+(?:feel|felt|think|thought|see|saw|took|take)\\b)(?!\\s+(?:if|that you|you'?re|about how you))(?!\\s+(?:for|about) (?:you|yourself|your loss)\\b)(?!\\s+to (?:hear|say|see|learn|read|report|inform|tell (?:you|u) (?:that|about))\\b)",
    },
    {
      id: 'apologize',
      re: "{B}(?:i|i'?d like to|i want to|i need to|let me)\\s+(?:(?:truly|sincerely|really|deeply|want to)\\s+)*(?:apologi[sz]e|apology){E}(?!\\s+if\\b)",
    },
    {
      id: 'owe-apology',
      re: '{B}(?:i owe you|you deserve|this is) (?:an? )?(?:real |proper |sincere |long overdue )?apology{E}',
    },
    {
      id: 'excuse-the',
      // Small apologies for the letter itself: "forgive the crossings-out", "excuse my English", "I wanted to
      // say sorry for how I stopped replying".
      re: "{B}(?:please\\s+)?(?:forgive|excuse|pardon)\\s+(?:the|my|this|all the|all my)\\s+(?:[\\p{L}-]+\\s+)?(?:crossings?[- ]outs?|handwriting|writing|mess|messiness|spelling|mistakes|errors|english|grammar|rambling|length|scribbl\\p{L}*|typos?|ramble|long letter|clumsy words|French|German|Spanish|short (?:letter|note)|brevity|stains?|smudges?|blots?|smears?|scrawl|ink|state of (?:this|the|my)|late reply|delay|long silence|silence|shaky (?:hand|writing)|repetition|bluntness)(?![\\p{L}])|{B}(?:i|i'?d|i'?ve|i have)\\s+(?:(?:just|really|only|always|also)\\s+)?(?:wanted|want|wanna|need|needed|have|had|would like|'d like|meant|mean|been meaning|been wanting)\\s+(?:to\\s+)?(?:say|tell you|write) sorry(?= for| about| that|\\s*[.!,;—–]|$)",
    },
    {
      id: 'forgive-me',
      re: "{B}(?:please )?forgive me for{E}|{B}i ask (?:for )?your forgiveness{E}|{B}i (?:(?:want|wanted|would like|'d like|need|have|must|really want)\\s+to\\s+)?(?:ask|beg|request)\\s+(?:(?:you|u)\\s+)?(?:for\\s+)?(?:your\\s+|ur\\s+)?(?:forgiveness|pardon)(?=\\s+(?:for|because|about)(?![\\p{L}])|\\s*[.!,;]|\\s*$)|{B}i (?:ask|beg) (?:you )?to forgive me{E}|(?<!{B}(?:to|you|u|you'?ll|u'?ll|youll|you'?d|u'?d|can'?t|cannot|won'?t|never|not|could|would|should|will|might|may|if)\\s+){B}(?:please )?forgive me(?= ?[.!;]|$| please)|{B}(?:please )?accept my (?:sincere(?:st)? |deepest |humble |heartfelt |honest )?apolog(?:y|ies){E}|{B}(?:i (?:beg|ask)|begging|beg) your pardon for{E}|(?<!{B}(?:can'?t|cannot|won'?t|will not|not|never|don'?t|to|i|you|u|will|would|could|should)\\s+)(?<!{B}(?:can'?t|cannot|won'?t|don'?t) (?:ever |really |even )?)(?<![\\p{L}'])(?:please\\s+|kindly\\s+)?(?:forgive|excuse|pardon)\\s+(?:my|me for my)\\s+(?:(?:awful|terrible|appalling|shameful|bad|poor|rude|selfish|childish|drunken|disgraceful)\\s+)?(?:behaviou?r|conduct|rudeness|outburst|outbursts|temper|words|actions|silence|absence|selfishness|coldness)(?![\\p{L}])|{B}{IM} sorry from (?:my|the bottom of my) heart{E}",
      questions: 'any',
    },
    {
      id: 'my-apologies',
      re: '{B}(?:(?:my (?:sincere |deepest )?|(?<=(?:^|[.!?\\n,;:—–])\\s{0,3}))apologies){E}',
    },
    {
      id: 'apology-more',
      // "I can only apologise", "I sincerely regret and apologise", "how very sorry I am", "pardon me for", "mi sorry".
      re: [
        "{B}i\\s+(?:(?:can|could)\\s+only|must|wish\\s+to|am\\s+writing\\s+to|'?m\\s+writing\\s+to|(?:(?:sincerely|truly|deeply|really|bitterly)\\s+)?(?:regret|repent)\\s+(?:it\\s+|this\\s+|that\\s+)?(?:and|&))\\s+(?:(?:truly|sincerely|deeply|humbly|again|once\\s+more)\\s+)*apologi[sz]e(?![\\p{L}])(?!\\s+if(?![\\p{L}]))",
        "{B}how\\s+(?:(?:very|truly|deeply|terribly|incredibly|so|really)\\s+)*sorry\\s+i\\s+(?:am|'m|was|feel)(?![\\p{L}])(?![^.!?\\n]{0,30}{B}(?:if|that\\s+you|you\\s+feel)(?![\\p{L}]))",
        '{B}(?:please\\s+)?pardon\\s+me\\s+for(?!\\s+(?:saying|asking|pointing|being\\s+blunt|mentioning|interrupting|noticing))(?![\\p{L}])',
        '(?<=(?:^|[.!?\\n,;:—–])\\s{0,3})(?:mi|me)\\s+(?:so\\s+|really\\s+|truly\\s+)?sorry(?![\\p{L}])',
        // Thirteenth round (strengths13): "say sorry" with no "for" after it ("I'd like to say sorry properly, face to
        // face", "I'm writing to say sorry", "I just want to say sorry"). Not a refusal or someone else's ("I won't say
        // sorry", "you could at least say sorry"), nor sorry owed to someone else ("I need to say sorry to your mum").
        String.raw`{B}(?:i|i'?d|i'?m|im|i am|i would|i just|i really|i finally)\s+(?:(?:just|really|only|also|finally|first|honestly)\s+)*(?:want(?:ed)?|would like|'d like|like|need(?:ed)?|am writing|'m writing|m writing|writing|here|'m here|am here|wrote this|had|have|have got|'ve got|got) to (?:(?:finally|properly|just|really|also|sincerely|genuinely)\s+)*say (?:(?:i'?m|im|i am)\s+)?(?:(?:so|truly|really|very)\s+)?sorry(?![\p{L}])(?!\s+(?:to (?!(?:you|u)(?![\p{L}]))\p{L}+|if(?![\p{L}])|that (?:you|u)))(?![^.!?\n]{0,40}?{B}but\s+(?:you|u)(?![\p{L}]))`,
      ].join('|'),
    },
    {
      id: 'forgive-me-comma',
      // "Forgive me, Tomasz, for not being there", "Forgive me, I'm just a foolish old woman": at a clause start,
      // not "forgive me, but you…".
      re: '(?<=(?:^|[.!?\\n,;:—–])\\s{0,3})(?:oh\\s+)?(?:please\\s+)?forgive\\s+me\\s*,(?!\\s*(?:but|if)(?![\\p{L}]))(?![^.!?\\n]{0,60}?{B}but\\s+(?:you|u)(?![\\p{L}]))',
      span: 'sentence',
      questions: 'any',
    },
  ],
  antipatterns: [
    // Sympathy for the reader's family, pets, work or health: "I'm so sorry your dad's operation didn't go well".
    "\\bsorry\\s+(?:that\\s+)?(?:your|ur)\\s+(?:dad|mum|mom|father|mother|nan|gran|grandad|grandma|grandpa|granny|brother|sister|aunt|uncle|dog|cat|friend|boss|business|shop|job|exam|operation|surgery|interview|team)(?:'s|s)?\\b(?![^.!?\\n]{0,60}\\b(?:because\\s+of\\s+me|my\\s+fault)\\b)",
    // Sorry for what the reader thinks, or for whatever it was: "sorry for whatever part you think I played",
    // "whatever I did, I'm sorry".
    '\\bsorry\\s+(?:for|about)\\s+whatever\\b',
    // Twentieth round (the lead's review): the same said with "apologise" ("I apologise for whatever it is you think I
    // did"); sorry for the reader's failing, with no word of the writer's part after it ("I'm sorry you couldn't handle
    // a real relationship"; not "I'm sorry you never felt safe with me"); sorry for having trusted or cared at all
    // ("I'm sorry I ever trusted you", "Sorry for caring too much, I guess").
    '\\bapologi[sz]e\\s+(?:for|about)\\s+whatever\\b',
    "\\bsorry\\s+(?:that\\s+)?(?:you|u)\\s+(?:(?:just|simply|really|clearly|obviously)\\s+)?(?:couldn'?t|could\\s+not|can'?t|cannot|weren'?t|were\\s+not|wasn'?t|never|didn'?t|did\\s+not|wouldn'?t|won'?t|don'?t|do\\s+not)\\s+(?:handle|cope\\s+with|deal\\s+with|manage|appreciate|see|understand|get|value|care|bother|try|grow\\s+up|commit|love|respect|trust|stand\\s+up|step\\s+up|man\\s+up|have\\s+the\\s+(?:guts|decency|courage|balls))\\b(?![^.!?\\n]{0,60}?\\b(?:me|my|i|i'?m|i'?d|i\\s+was|myself)\\b)",
    '\\bsorry\\s+(?:that\\s+)?i\\s+ever\\s+(?:trusted|believed|loved|met|married|cared\\s+(?:about|for)|gave|wasted|bothered|let\\s+you|listened\\s+to|fell\\s+for)\\b',
    '\\bsorry\\s+for\\s+(?:caring|loving(?:\\s+you)?|trying|giving|feeling|wanting(?:\\s+you)?)\\s+(?:too\\s+much|so\\s+much|at\\s+all)\\b',
    "\\bwhatever\\s+(?:it\\s+was\\s+(?:that\\s+)?)?(?:i|i'?ve)\\s+(?:did|done|said|have\\s+done|have\\s+said)\\b[^.!?\\n]{0,20}?\\bsorry\\b",
    // "Sorry, but I'm not the only one…", "sorry, but let's be honest": the apology handed back.
    "\\bsorry,?\\s+but\\s+(?:i'?m\\s+not\\s+the\\s+only|it\\s+takes\\s+two|we\\s+both|let'?s\\s+be\\s+honest|come\\s+on|seriously|really)\\b",
    // Sarcasm: "sorry I wasn't perfect enough for you", "sorry I'm not perfect".
    "\\bsorry\\s+(?:that\\s+)?(?:i\\s+(?:wasn'?t|was\\s+not|'?m\\s+not|am\\s+not|couldn'?t\\s+be)\\s+(?:\\w+\\s+)?perfect(?:\\s+enough)?|for\\s+not\\s+being\\s+perfect)\\b",
    // Regret for how it ended, not for one's act: "sorry for the way it all ended".
    '\\bsorry\\s+(?:for|about)\\s+(?:the\\s+way|how)\\s+(?:it|things|everything|we|this|that)(?:\\s+all)?\\s+(?:ended|turned\\s+out|went|happened|finished|worked\\s+out)\\b',
    // A slip corrected: "Sorry, I mean…".
    '\\bsorry,?\\s*(?:[—–-]\\s*)?(?:i\\s+mean|i\\s+meant|what\\s+i\\s+mean|let\\s+me\\s+rephrase|scratch\\s+that|correction)\\b',
    // A non-apology: regret for the reader's reaction, not for one's act.
    'sorry (?:that )?(?:you|u) (?:(?:chose|choose|decided|want|wanted|prefer|preferred) to )?(?:feel|felt|think|thought|see|saw|took|take|read|are upset|were upset|got upset|got hurt)\\b',
    'sorry if (?:you|u|anything|i)\\b',
    '\\bnot sorry\\b',
    // "Sorry, but you…" takes the apology back and turns it on the reader.
    'sorry,? but (?:you|u)\\b',
    // Regret for how things went, not for something the writer did.
    'sorry (?:that )?(?:it|things|we|this|that|everything)(?: all)? (?:ended|happened|turned|went|had to|came to)\\b',
    "\\b(?:i'?m|i am) not (?:going to |gonna )?apologi[sz]",
    // Sorry for the reader's situation, or for a third party: sympathy, not an apology.
    'sorry (?:for your (?:loss|losses|troubles?|grief|situation|difficulties)|to hear|about your (?:dad|mum|mom|father|mother|job|grandma|grandmother|grandfather|dog|cat))',
    '\\bsorry,?\\s+not\\s+sorry\\b',
    // A conditional said before the apology: "If I hurt you, then I apologise", "if anything I said upset you, sorry".
    "\\bif\\s+(?:i|anything\\s+i|something\\s+i|what\\s+i)\\s+(?:ever\\s+|have\\s+|'?ve\\s+|'?d\\s+|did\\s+)?(?:hurt|upset|offended|wronged|said|did|made|caused|was|came|sounded|seemed|disappointed|let|gave)\\b[^.!?\\n]{0,50}?,\\s*(?:then\\s+)?(?:i'?m\\s+(?:\\w+\\s+)?sorry|i\\s+am\\s+(?:\\w+\\s+)?sorry|i\\s+(?:\\w+\\s+)?apologi[sz]e|sorry|my\\s+apologies|apologies|forgive\\s+me)",
    // Sympathy for how things are for the reader: "sorry things are so hard for you", "sorry you're going through this".
    "\\bsorry\\s+(?:that\\s+)?(?:things|life|work|it|everything)(?:'s|'re|\\s+(?:is|are|has\\s+been|have\\s+been|'ve\\s+been|seems?))\\s+(?:so\\s+|really\\s+|a\\s+bit\\s+|been\\s+|pretty\\s+)?(?:hard|tough|difficult|rough|bad|shit|crap|awful|heavy|stressful|busy)\\b",
    "\\bsorry\\s+(?:that\\s+)?(?:you|u)(?:'re|\\s+are|'ve\\s+been|\\s+have\\s+been|\\s+r)\\s+(?:going\\s+through|dealing\\s+with|struggling|having\\s+(?:a\\s+|such\\s+a\\s+)?(?:hard|tough|rough|bad)|ill|sick|unwell|not\\s+well|in\\s+pain)\\b",
    // "Sorry, but..." that turns into blame is still an apology in form; the blame rule handles the rest.
  ],
  examples: [
    {
      flagged: "[[I'd like to say sorry properly]], face to face, if you'll let me.",
      pattern: 'apology-more',
    },
    { flagged: "[[I'm writing to say sorry]].", pattern: 'apology-more' },
    { notFlagged: "I won't say sorry for leaving." },
    // Twentieth round (the lead's review).
    { notFlagged: "I'm sorry you couldn't handle a real relationship." },
    { notFlagged: 'I apologise for whatever it is you think I did.' },
    { notFlagged: "I'm sorry I ever trusted you." },
    { notFlagged: 'Sorry for caring too much, I guess.' },
    { flagged: "[[I'm sorry you never felt safe with me]].", pattern: 'sorry-for' },
    { notFlagged: 'You could at least say sorry.' },
    { notFlagged: 'I need to say sorry to your mum as well.' },
    { notFlagged: "I wanted to say sorry but you wouldn't pick up." },
    { flagged: '[[Please excuse my behaviour that night]].', pattern: 'forgive-me' },
    { flagged: '[[Kindly forgive my rudeness at the dinner]].', pattern: 'forgive-me' },
    { notFlagged: "I can't excuse my behaviour, and I won't try." },
    {
      flagged: "[[Begging your pardon for the handwriting]], my hands aren't what they were.",
      pattern: 'forgive-me',
    },
    { notFlagged: 'I beg your pardon? You left me.' },
    // Twelfth round (letters review): a non-native writer's "I want to ask you forgiveness for how I left".
    { flagged: '[[I want to ask you forgiveness for how I left]].', pattern: 'forgive-me' },
    { flagged: '[[i have to ask u forgiveness]], i was so wrong', pattern: 'forgive-me' },
    { notFlagged: "I don't want to ask you for forgiveness, only to explain." },
    { notFlagged: 'I will never ask you for forgiveness.' },
    { notFlagged: 'I rang your mum and apologised to her for the noise.' },
    { notFlagged: 'Pardon me for saying so, but you were rude to my sister.' },
    { notFlagged: "I'm sorry for your troubles." },
    {
      flagged: "I'm dead tired after the night shifts, [[so forgive the short letter]].",
      pattern: 'excuse-the',
    },
    {
      flagged: '[[I sincerely regret and apologise for the hurt my words caused]].',
      pattern: 'apology-more',
    },
    { flagged: '[[I can only apologise]].', pattern: 'apology-more' },
    {
      flagged: "[[Let me begin by saying how very sorry I am for missing Mum's funeral]].",
      pattern: 'apology-more',
    },
    { flagged: '[[pardon me for the long silence]], my dear.', pattern: 'apology-more' },
    { flagged: '[[Mi sorry bad]], mi never shoulda shout at yuh like dat.', pattern: 'apology-more' },
    { notFlagged: "I'm so sorry your dad's operation didn't go well." },
    { notFlagged: "You can't imagine how sorry I am that you feel that way." },
    { notFlagged: 'I apologised to your mother, and she was kind about it.' },
    { notFlagged: "I'm sorry for whatever part you think I played." },
    { notFlagged: "Whatever I did, I'm sorry." },
    { notFlagged: "Sorry, but I'm not the only one who should be writing this." },
    { notFlagged: "Sorry that I wasn't perfect enough for you." },
    { notFlagged: "I'm sorry for the way it all ended, truly." },
    { notFlagged: 'Ich bin müde. Sorry, I mean: I am tired.' },
    {
      flagged: '[[Forgive me, Tomasz, for not being there when your father died]].',
      pattern: 'forgive-me-comma',
    },
    { flagged: "[[Forgive me, I'm just a foolish old woman]].", pattern: 'forgive-me-comma' },
    {
      flagged: "I'm a bit of a mess today, [[forgive the coffee stain on the page]].",
      pattern: 'excuse-the',
    },
    { notFlagged: "Forgive me, but you know that isn't true." },
    { notFlagged: 'Sorry not sorry, I still think I was right about the house.' },
    { notFlagged: "I'm sorry to say the cat died in March." },
    { notFlagged: 'If I hurt you, then I apologise.' },
    { notFlagged: 'If anything I said upset you, I am truly sorry.' },
    { notFlagged: 'Sorry things are so hard for you at the moment.' },
    { notFlagged: "I'm sorry you're going through all this on your own." },
    { flagged: "[[I'm sorry for the way I spoke to you that night]].", pattern: 'sorry-for' },
    { flagged: '[[I am so sorry]].', pattern: 'sorry-for' },
    { flagged: '[[i really am sorry tho]]. for real', pattern: 'sorry-for' },
    { flagged: '[[I truly was sorry for how I left]], even if I never said it.', pattern: 'sorry-for' },
    { notFlagged: 'I really am sorry to hear about your grandad.' },
    { flagged: 'Sam, [[im really sorry i missed your birthday]].', pattern: 'sorry-for' },
    { flagged: '[[I want to apologise for the things I said in the car]].', pattern: 'apologize' },
    { flagged: '[[I owe you an apology]], and it is long overdue.', pattern: 'owe-apology' },
    { flagged: '[[Please forgive me for missing your graduation]].', pattern: 'forgive-me' },
    { flagged: '[[My sincere apologies for how I left things]].', pattern: 'my-apologies' },
    { flagged: 'I am hopeless at letters; [[forgive the crossings-out]].', pattern: 'excuse-the' },
    { flagged: '[[i wanted to say sorry for how i went quiet]]', pattern: 'excuse-the' },
    { notFlagged: 'I regret the way I treated you at the end.' },
    { notFlagged: "I'm sorry it all ended in a solicitor's office." },
    { flagged: '[[I truly apologize for shutting you out]].', pattern: 'apologize' },
    { flagged: 'Anyway, [[apologies for disappearing like that]].', pattern: 'my-apologies' },
    { flagged: '[[rly sorry abt last night]]!!', pattern: 'sorry-for' },
    { flagged: '[[soz for going quiet on u]]', pattern: 'sorry-for' },
    { notFlagged: 'Sorry state of affairs, this.' },
    { flagged: '[[Please accept my apology]].', pattern: 'forgive-me' },
    { flagged: '[[I beg your pardon for my behaviour]].', pattern: 'forgive-me' },
    { notFlagged: "I don't expect you to forgive me." },
    // What the reader may do, named as a purpose or a hope, is not the writer asking: the apology is elsewhere.
    { notFlagged: "I'm not saying that so you'll forgive me." },
    { notFlagged: "maybe one day u'll forgive me" },
    { notFlagged: "I hoped you'd forgive me." },
    { flagged: 'I was wrong about all of it. [[Forgive me]].', pattern: 'forgive-me' },
    { notFlagged: "I'm sorry you feel that way." },
    { notFlagged: "I'm sorry you chose to see it that way." },
    { notFlagged: "I'm sorry if you took it the wrong way." },
    { notFlagged: "I'm not sorry I told the truth." },
    { notFlagged: 'I was sorry to hear about your grandmother.' },
    { notFlagged: 'You never once said sorry to me.' },
    { notFlagged: 'My mum said "you should apologize to her" and she was right about some things.' },
    { notFlagged: 'I feel sorry for you.' },
    { notFlagged: "I'm sorry you think I did it on purpose." },
    { notFlagged: 'Sorrow is a strange companion these days.' },
    { notFlagged: "I'm sorry, but you know you were wrong too." },
    { notFlagged: "I'm sorry it ended the way it did." },
  ],
})
