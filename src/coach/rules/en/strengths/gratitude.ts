// Thanks: "Thank you for the three years we shared", "I'm grateful for everything you taught me".
// Not sarcasm ("thanks for nothing", "thanks a lot for ruining my birthday"), not "thanks to you I lost
// everything" (blame), not "thank God".
import {
  HARMS_DONE,
  NOT_ALONE_AS_ASKED,
  SARCASM as SARCASM_FOR_HARM,
  THANKS_MEANT,
} from '../../../lexicon/en/grievance.js'
import { defineRule, sentenceWith } from '../define.js'

/** Ways of saying thanks: "thank you", "thx", "many thanks", "cheers for"… */
const THANKS =
  'thank(?:s| you| u| ya)|thx|tysm|many thanks|thank-you|cheers for|ta for|thanku|thankyou|thank yu|thanx|thnx|thnks|thanq|thanking (?:you|u)|ta(?: very much| muchly| so much| loads| love| hen| pet| mate| again)? for|cheers(?: very much| so much| mate| again| love| hen| pet| pal)? ?,? for'
/** What sarcastic thanks are for. */
const SARCASM =
  'nothing(?! (?:less|short|but the|more than))|announcing|posting(?! (?:\\w+ ){0,3}?back)|(?:the (?:lovely |nice |little )?surprise of |letting me )?find(?:ing)? out|letting me (?:find out|hear|learn|see it)|airing|the silent treatment|finally (?:answering|replying|getting back|calling|texting|responding|bothering)(?![\\p{L}])' +
  THANKS_MEANT +
  '|putting it (?:on|all over)|leaving me with|the (?:overdraft|debts?|bills)|ruining|wasting|destroying|breaking (?:my|our|me)|wrecking|lying|cheating|the lies|making me (?:feel (?:bad|small|stupid|worthless|like (?:shit|nothing|an idiot|crap))|cry|suffer|miserable|doubt)|showing me (?:who you really|your true)|proving|(?:the|your) (?:betrayal|lies|silence)|ghosting|ignoring|dumping|humiliating|embarrassing|leaving me' +
  NOT_ALONE_AS_ASKED +
  ' (?:alone|for|with nothing)|absolutely nothing|telling (?:everyone|everybody|all|my|our|people|the (?:whole|entire) \\w+)|before (?:you|u) (?:told|asked|bothered|thought|even)|behind my back|going behind|sleeping with|moving on|replacing me|not (?:telling(?! (?:everyone|anyone|anybody|everybody|people|a soul|the kids|my|our|your|ur|the))|answering|replying|calling)|blocking me|deleting'

export default defineRule({
  id: 'gratitude',
  kind: 'strength',
  severity: 'info',
  sixRule: 'open-heart',
  title: 'Gratitude',
  summary: 'The writer thanks the reader for something.',
  message: 'Thanks, said plainly. Gratitude tells them what they gave you without asking anything back.',
  patterns: [
    {
      id: 'thank-you',
      // "Thank you for the three years we shared", "thanks for listening", "I never thanked you for...".
      re: `{B}(?:can'?t|cannot|could never|can never|will never be able to|'?ll never be able to) thank (?:you|u) enough|{B}(?:${THANKS}|ty(?= for))(?![\\p{L}])(?<!{B}(?:he|she|they|you|u|someone|somebody|nobody|no one|people|everyone|everybody)\\s+(?:\\w+\\s+)?(?:said|says|say|saying)\\s+\\S+(?:\\s+\\S+)?)(?<!{B}(?:expect|expects|expected|expecting|want|wants|need|needs|ask|asks|asking|make|deserve)\\s+(?:me|us|him|her|them)\\s+to\\s+\\S+(?:\\s+\\S+)?)(?<!{B}(?:no,?|never|didn'?t|don'?t|won'?t|not)\\s+(?:\\w+\\s+)?(?:${THANKS}))(?<!{B}(?:your|my|his|her|their|our|any|the|want|need|expect|deserve|a|one|single|simple|no)\\s+(?:${THANKS}))(?!\\s+(?:god|goodness|heavens|heaven|the lord|to(?!\\s+(?:you|u|ya)\\s+(?:for|all|both)(?![\\p{L}]))){E})|{B}i (?:(?:also|just|really|truly|sincerely|deeply|still)\\s+)*(?:want(?:ed)? to|need(?:ed)? to|have to|must|'?d like to|would like to) (?:say )?thank (?:you|u)(?![\\p{L}])|{B}i (?:(?:never|didn'?t ever|don'?t think i ever|didn'?t)\\s+)?(?:(?:properly|really|once|even|truly|ever)\\s+)?thanked (?:you|u) (?:enough|properly|for)`,
    },
    {
      id: 'grateful',
      // "I'm grateful for you", "I'll always be thankful for those years", "I appreciate everything you did".
      re: `{B}(?:{IM}|i was|i feel|i felt|i'?ll (?:always|forever|still) be|i will (?:always|forever|still) be|i'?ve always been|i have always been|i remain|i'?m still|i am still|i'?ll never stop being|i will never stop being)\\s+(?:(?:so|really|very|truly|deeply|forever|eternally|incredibly|genuinely|still|always|also|just|endlessly|immensely|profoundly|more than)\\s+)*(?:grateful|thankful|indebted|glad (?:for(?! (?:you|u|ya)(?![\\p{L}]))|(?:that )?(?:i|we) (?:had|shared|met|knew|got to)))(?![\\p{L}])(?!\\s+(?:that (?:you'?re|you are) gone|it'?s over|to be rid|you left))|{B}i (?:(?:really|truly|deeply|genuinely|will always|'?ll always|always|still|so|also|sincerely)\\s+)*(?:appreciate|appreciated|am grateful for|value|valued|cherish)\\s+(?:everything|all (?:that|the|you|of)|what (?:you|u) (?:did|have done|'?ve done|gave|give|taught|brought|shared|did for)|all you|the (?:time|years|months|love|care|support|patience|effort|chances?) (?:you|u|we)|(?:your|ur) (?:help|support|patience with me|time|love|care|effort|letters?|message|honesty with me)|(?:you|u) (?:being there|standing by|staying|taking care|helping|supporting|listening|reading|taking the time)|(?:that|the fact that|it that|how much) (?:you|u)(?![\\p{L}]))`,
    },
    {
      id: 'gift',
      // A lesson or a gift named as one, which says the thanks in other words: "You taught me to love poetry, and
      // that is a gift I'll keep", "what you gave me in those years is a blessing". A lesson reported without
      // thanks ("You taught me to drive in your dad's old Volvo") is not gratitude: the taxonomy's gratitude is
      // thanks; it is a memory when the lesson is one shared episode.
      re: `{B}(?:you|u) (?:(?:really|truly|also|always|once)\\s+)?(?:taught|gave|showed|left) me(?![\\p{L}])[^.!?\\n]{0,80}?{B}(?:that'?s|that is|that was|it'?s|it is|it was|which is|which was|is|was|has been|will always be|'?ll always be) (?:(?:a|the|one of the|such a|my)\\s+)?(?:(?:real|true|rare|great|greatest|best|biggest|precious|most precious|lasting|lifelong|wonderful|beautiful)\\s+)*(?:gifts?|blessings?)(?![\\p{L}])(?! (?:i|we) (?:could|would) (?:have|'?ve) (?:done|gone) without)|{B}what (?:you|u) (?:taught|gave|showed) me(?![\\p{L}])[^.!?\\n]{0,60}?{B}(?:is|was|has been|will always be|'?ll always be) (?:(?:a|the|one of the|my)\\s+)?(?:(?:real|true|rare|great|greatest|best|biggest|precious|most precious|lasting|lifelong|wonderful|beautiful)\\s+)*(?:gifts?|blessings?)(?![\\p{L}])`,
    },
    {
      id: 'more-thanks',
      // More shapes of thanks: "I appreciate you being so straight with me", "I am appreciative of your support",
      // "Grateful for you, always.", "I appreciate the way you handled it".
      re: `{B}i (?:(?:really|truly|deeply|genuinely|will always|'?ll always|always|still|so|also|sincerely|do)\\s+)*(?:appreciate|appreciated) (?:(?:you|u) (?:(?:always|never|ever|really|so|for)\\s+)?(?!(?:not|leaving|going)(?![\\p{L}]))\\p{L}{2,}ing|(?:the way|how) (?:you|u) (?:(?:always|never|really)\\s+)?\\p{L}+(?:ed|t)(?=\\s+(?:me|us|it|that|things|everything|my|the|with|about|through|to|by|when|at)(?![\\p{L}])))(?![\\p{L}])|{B}(?:{IM}|i was|i feel|i'?ll always be|i will always be|i remain)\\s+(?:(?:so|really|very|truly|deeply|forever|eternally|genuinely|still|always|also|most)\\s+)*appreciative(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:so|really|very|forever|eternally|truly|deeply|always|still|just|and|but|endlessly)\\s+)*(?:grateful|thankful)\\s+(?:for|to|that|you)(?![\\p{L}])(?!\\s+(?:it'?s over|you'?re gone|to be rid)(?![\\p{L}]))|{B}(?:(?:much|most|very|greatly|deeply|truly)\\s+|(?:{IM}|i am|i was)\\s+(?:(?:very|much|most|truly|deeply|so)\\s+)?)obliged (?:for|to (?:you|u))(?![\\p{L}])|{B}(?:dankie|danke|merci|gracias|grazie|obrigad[oa]|shukran|asante|arigato|dhanyavaad|dhanyavad|shukriya|kiitos|spasibo|mahalo|terima kasih|salamat|diolch)(?:\\s+(?:so much|very much|beaucoup|mille|muchas|tanto|sana|baie|vielmals|schön))?(?=\\s+(?:for|4)(?![\\p{L}])|\\s*[,.!;]|\\s*$)|{B}(?:i'?ll|i will|i|i'?m|i am)\\s+(?:(?:forever|always|eternally|truly|for ever|still)\\s+)?(?:be\\s+)?(?:in (?:your|ur) debt|indebted to (?:you|u)|owe (?:you|u) (?:one|so much|a lot|a great deal|big time|everything|more than(?!\\s+(?:a|an|the|this|that|my|some|just|silence|excuses|sorry)(?![\\p{L}]))))(?![\\p{L}])(?! of (?:money|cash|rent|quid|pounds|euros|dollars))|{B}(?:god|lord|heaven) bless (?:you|u|ya)(?: (?:and keep (?:you|u)|always|forever))? for(?![\\p{L}])|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:really|truly|so|much|very much|always|honestly)\\s+)*(?:appreciated|appreciate) (?:the|your|ur|that|all|it|you|u|everything)(?![\\p{L}])|{B}(?:{IM}|i was|i feel|i remain)\\s+(?:(?!(?:not|never|hardly|barely|no|nothing|less)(?![\\p{L}]))[\\p{L}]+\\s+){1,3}?(?:grateful|thankful)(?![\\p{L}])(?!\\s+(?:that (?:you'?re|you are) gone|it'?s over|to be rid|you left))|(?<=(?:^|[.!?\\n])\\s{0,3})(?:(?:much|greatly|really|very much|so|truly|hugely|massively)\\s+)appreciated(?=\\s*[.!,;…]|\\s*$|\\s+(?:the|your|ur|it|all|that)(?![\\p{L}]))`,
    },
    {
      id: 'sign-off',
      // Twelfth round (letters review): thanks said in the closing line of a formal or warm letter ("With my sincere
      // gratitude for the years we shared,", "With love and thanks,", "In gratitude for everything,"). Before it, the
      // formal letter that closed on its thanks was told "To improve: thank them for something real". Only at the
      // start of a line or sentence, where a sign-off stands; not "with no thanks to you".
      re: String.raw`(?<=(?:^|[.!?\n])\s{0,3})(?:with|in) (?:(?:my|all my|our|much|deep|deepest|sincere|sincerest|heartfelt|endless|warm|warmest|great|huge|humble|lasting|love and|love,? and|thanks and|affection and)\s+)*(?:gratitude|thanks|appreciation)(?![\p{L}])(?!\s+to (?:you|u) for (?:nothing|that)(?![\p{L}]))`,
    },
  ],
  antipatterns: [
    // Twelfth round: thanks for the reader's true colours, for nothing, or for a truth that came only after the lies
    // ("Thank you so much for showing everyone who you really are", "I'm grateful for nothing you gave me", "I
    // appreciate you finally telling me the truth after two years of lies").
    String.raw`${sentenceWith(String.raw`{B}(?:showing|showed|show) (?:everyone|everybody|the world|us all|all of us|me|people|our friends)\s+(?:who (?:you|u) (?:really|truly) (?:are|were)|(?:your|ur) true (?:colou?rs|self|face))(?![\p{L}])`)}|{B}(?:grateful|thankful|appreciative) for nothing(?![\p{L}])|${sentenceWith(String.raw`{B}finally(?![\p{L}])[^.!?\n]{0,60}?{B}after (?:(?:all|two|three|four|five|six|ten|so many|\d+)\s+)?(?:(?:years?|months?|weeks?)\s+of\s+)?(?:lies|lying|cheating|silence|excuses|ignoring me|gaslighting)(?![\p{L}])`)}`,
    // A polite request in the conditional, not thanks for something given: "I would be grateful for an hour of your
    // time", "I'd appreciate a reply if you feel up to it", "i'd be so thankful if u could send the box back".
    "{B}(?:i(?:'d| would| should)|id) (?:(?:be|really|so|very|truly|most|ever so|just|also)\\s+)*(?:grateful|thankful|appreciative|appreciate)(?:\\s+it)?(?:\\s+(?:if|for|to|a|an|any|some|your|ur|you|u|hearing|one|the|it|when|that))(?![\\p{L}])",
    // A sneer after the thanks: "cheers for the silent treatment, really mature", "only took you three weeks".
    sentenceWith(
      '{B}(?:thanks|thank you|cheers)(?![\\p{L}])[^.!?\\n]{0,60}?(?:,?\\s+(?:really|so|real|very) (?:classy|mature|nice|grown[- ]up|big of you|decent of you|considerate)(?=\\s*[.!,;…]|\\s*$)|{B}only took (?:you|u)(?![\\p{L}]))',
    ),
    // A shrug after the thanks: "thanks for the memories, I guess, and the debts".
    '{B}(?:thanks|thank you|cheers)[^.!?\\n]{0,40}?(?:,? i (?:guess|suppose)(?=\\s*[,.!;…]|\\s+and(?![\\p{L}])|\\s*$)|{B}and the (?:debts?|bills|overdraft|lies|heartache|trust issues|baggage)(?![\\p{L}]))',
    // Thanks passed on for someone else: "my mum says thank you for the flowers".
    '{B}(?:says|sends|sent|passes on|passed on|(?:he|she|they|mum|mom|dad|mother|father|nan|gran|everyone) said)\\s+(?:a |her |his |their |a big |a huge |big |huge )?(?:thanks|thank you|thank-you|cheers){E}',
    // Thanks or praise for a harm done to the writer (lexicon/en/grievance.ts): "thanks a bunch for telling my sister
    // before me", "cheers mate, for absolutely nothing", "thanks for the three years of lies".
    SARCASM_FOR_HARM,
    // Twentieth round (the lead's review): thanks taken back by a harm thanked for after it ("Thank you for the best three
    // years of my life, and for throwing them away").
    `{B}(?:thank(?:s|ed| you| u)?|cheers|ta|thx|grateful|thankful)(?![\\p{L}])[^.!?\\n]{0,80}?,?\\s+(?:and|but|also|oh and)\\s+(?:(?:thanks|thank you|cheers)\\s+)?(?:for|4)\\s+(?:(?:really|finally|completely|totally|so|just)\\s+)?(?:${HARMS_DONE})`,
    // Sarcasm: "thanks for nothing", "thanks a lot for ruining it".
    `{B}(?:thank(?:s|ed| you| u)?|cheers|ta|thx|ty)(?: (?:so much|a lot|very much|again|ever so much|a million|a bunch|loads|heaps|a ton))?,? (?:for|4) (?:(?:that|all|the|your)\\s+)?(?:${SARCASM}){E}`,
    '{B}(?:thanks|thank you),? (?:but|for) no{E}|{B}no,? thank(?:s| you){E}|{B}thanks a lot{E}(?=[^.!?\\n]{0,20}(?:really|great|nice job|well done|for nothing))|{B}thanks to (?:you|u){E}(?!,?\\s+(?:for|again|both|all)(?![\\p{L}]))',
    // Thanks withheld: "not so much as a thank you".
    "{B}(?:never|didn'?t|did not|not)\\s+(?:\\w+\\s+){0,2}?(?:say|said|saying|a) (?:a |one )?(?:thank you|thanks|thank-you){E}",
    '{B}(?:not|never|without)\\s+(?:so much as|even|once)\\s+(?:a|one)\\s+(?:single\\s+)?(?:thanks|thank you|thank-you){E}',
    // "You taught me to never trust anyone": a lesson learned the hard way.
    sentenceWith('{B}(?:and then|then|only to) (?:took|take|crushed|destroyed|ripped|threw){E}'),
    '{B}taught me (?:(?:to|how to) (?:never|not|stop|hate|doubt|distrust)|(?:never|not) to){E}|{B}(?:what|that) (?:love|people) (?:is|are) (?:a lie|fake|worthless){E}|{B}never to trust{E}',
  ],
  examples: [
    { flagged: '[[Thank you for not telling everyone what I did]].', pattern: 'thank-you' },
    // Twentieth round: thanks taken back by the harm thanked for after it.
    { notFlagged: 'Thank you for the best three years of my life, and for throwing them away.' },
    {
      flagged: '[[Thank you for the best three years of my life]], and for the way you ended them, gently.',
      pattern: 'thank-you',
    },
    {
      flagged: '[[Thanks for nothing less than the best three years of my twenties]].',
      pattern: 'thank-you',
    },
    { notFlagged: 'Thank you so much for showing everyone who you really are.' },
    { notFlagged: "I'm grateful for nothing you gave me." },
    { notFlagged: 'I appreciate you finally telling me the truth after two years of lies.' },
    { flagged: '[[Thank you for finally telling me the truth]], I know it was hard.', pattern: 'thank-you' },
    { flagged: '[[With my sincere gratitude for the years we shared]],', pattern: 'sign-off' },
    { flagged: 'Take care of yourself.\n[[With love and gratitude]],\nAoife', pattern: 'sign-off' },
    { flagged: '[[In gratitude for everything you gave me]],', pattern: 'sign-off' },
    { notFlagged: 'With no thanks to you, I found a new flat.' },
    { notFlagged: 'I wrote it with a heavy heart.' },
    // Tenth round (letters review): a request said politely is not thanks.
    { notFlagged: 'If you ever felt able to, I would be grateful for half an hour of your time.' },
    { notFlagged: "I'd really appreciate it if you could post the spare key back." },
    { notFlagged: 'id be so thankful if u could just let me know ur ok' },
    { flagged: "[[I'm grateful for the hour you gave me last week]].", pattern: 'grateful' },
    { notFlagged: 'Thanks loads for telling your mates before you told me.' },
    { notFlagged: 'Cheers, love, for absolutely nothing.' },
    { notFlagged: 'Thank you ever so much for turning my own mother against me.' },
    { notFlagged: 'thx 4 finally replying, two weeks later' },
    { notFlagged: 'Thanks for the four years of excuses.' },
    { flagged: '[[Thanks a lot for ringing my dad on his birthday]].', pattern: 'thank-you' },
    { flagged: '[[Much appreciated]], the help with the move.', pattern: 'more-thanks' },
    { flagged: "[[I'm ever so grateful]].", pattern: 'more-thanks' },
    { flagged: '[[Cheers, for everything]].', pattern: 'thank-you' },
    { notFlagged: "I'm really not grateful for any of it." },
    { notFlagged: 'Cheers, for nothing.' },
    { notFlagged: 'Cheers for letting me find out about the baby on Facebook.' },
    { notFlagged: 'Cheers for the silent treatment, really mature.' },
    { notFlagged: 'Thanks for finally answering, only took you three weeks.' },
    // A late answer thanked with the effort granted is thanks (lexicon THANKS_GRANTED); being left alone as asked, too.
    { flagged: "[[Thanks for finally answering]], I know it wasn't easy for you.", pattern: 'thank-you' },
    { flagged: '[[thank u for finally getting back to me]], it means a lot x', pattern: 'thank-you' },
    {
      flagged: '[[Thank you for leaving me alone once I asked]], it was the kindest thing.',
      pattern: 'thank-you',
    },
    { notFlagged: 'Thanks for finally replying, I know it must have been so hard to find five minutes.' },
    { notFlagged: 'Cheers for leaving me alone on my birthday.' },
    {
      flagged: "[[Ta for finally getting back to me]], I know it's been a rough month for you.",
      pattern: 'thank-you',
    },
    { flagged: '[[thx for finally answering]], i know things have been hard for u', pattern: 'thank-you' },
    { notFlagged: "Thanks for finally replying, you've had a busy month, clearly." },
    { notFlagged: 'i have nobody now so thanks i guess' },
    { flagged: '[[Ta very much for posting my boots back]].', pattern: 'thank-you' },
    { flagged: '[[Much obliged for the lift to the airport]].', pattern: 'more-thanks' },
    { flagged: '[[Dankie for everything]], hey.', pattern: 'more-thanks' },
    { flagged: "[[I'll forever be in your debt for how you cared for Mum]].", pattern: 'more-thanks' },
    { flagged: '[[God bless you for the kindness you showed me]].', pattern: 'more-thanks' },
    { flagged: '[[Really appreciated the card on my birthday]].', pattern: 'more-thanks' },
    { notFlagged: 'Thanks for the memories, I guess, and the debts.' },
    { notFlagged: "You'd think a thank you would be the least you could manage." },
    { notFlagged: 'I owe you a lot of money, I know.' },
    // Lead review (thirteenth round): what is owed is an account or an apology, not thanks.
    { notFlagged: 'After twenty-two years I owe you more than the silence of the last months.' },
    { notFlagged: 'I owe you more than an apology.' },
    { flagged: '[[I owe you more than I can ever say]].', pattern: 'more-thanks' },
    { notFlagged: "You're not obliged to answer." },
    { flagged: '[[I appreciate you being so straight with me]].', pattern: 'more-thanks' },
    { flagged: '[[I am appreciative of all your support]].', pattern: 'more-thanks' },
    { flagged: '[[Grateful for you]], always.', pattern: 'more-thanks' },
    { flagged: '[[thanku for everything u did]]', pattern: 'thank-you' },
    { flagged: '[[I am thanking you for the help with my visa papers]].', pattern: 'thank-you' },
    { flagged: '[[Big thanks to you for being honest]].', pattern: 'thank-you' },
    { flagged: '[[Thanks to you for everything]].', pattern: 'thank-you' },
    { notFlagged: 'My mum says thank you for the flowers.' },
    { notFlagged: 'Cheers for telling the whole office before you told me.' },
    { notFlagged: "I'd appreciate you not telling anyone." },
    { notFlagged: 'Thanks to you, I have no friends left.' },
    { flagged: '[[Thank you for the three years we shared]].', pattern: 'thank-you' },
    { flagged: '[[thanks for reading all the way to the end]].', pattern: 'thank-you' },
    { flagged: '[[I never thanked you for staying with me at the hospital]].', pattern: 'thank-you' },
    { flagged: '[[I want to thank you for believing in me]].', pattern: 'thank-you' },
    { flagged: "[[I'm so grateful for the life we built]].", pattern: 'grateful' },
    { flagged: "[[I'll always be thankful for those years]].", pattern: 'grateful' },
    { flagged: '[[I appreciate everything you did for me]].', pattern: 'grateful' },
    { notFlagged: 'You taught me how to cook without a recipe.' },
    { flagged: '[[You showed me how to read a poem slowly, and that is a gift]].', pattern: 'gift' },
    { notFlagged: 'You gave me the courage to change jobs.' },
    { flagged: '[[What you taught me about saving money has been a real blessing]].', pattern: 'gift' },
    { notFlagged: 'u taught me to parallel park in the big Tesco car park lol' },
    { notFlagged: 'You showed me how to gut a fish the summer we rented the boat.' },
    { notFlagged: 'You taught me love is a lie, and that is a gift I could have done without.' },
    { flagged: '[[I appreciate that you never spoke badly of me to the kids]].', pattern: 'grateful' },
    { flagged: 'You were kind; [[I never properly thanked you for it]].', pattern: 'thank-you' },
    { notFlagged: 'Cheers for dumping me by text.' },
    { notFlagged: 'Thanks a million for leaving me with the overdraft.' },
    { notFlagged: 'Forty years, and not so much as a thank you.' },
    { notFlagged: 'You held the family together that winter and I never once said thank you.' },
    { flagged: "I didn't say thank you then, [[so thank you now]], for all of it.", pattern: 'thank-you' },
    { notFlagged: "If she makes you happy, I'm glad for you." },
    { flagged: '[[ty for the flowers btw]]', pattern: 'thank-you' },
    { notFlagged: 'He said thank you and walked off.' },
    { notFlagged: 'You expect me to thank you?' },
    { notFlagged: 'Thanks for nothing.' },
    { notFlagged: 'Thanks a lot for ruining my birthday.' },
    { notFlagged: 'Thanks to you, I lost all my friends.' },
    { notFlagged: 'Thank God it is over.' },
    { notFlagged: 'You never once thanked me.' },
    { notFlagged: "I'm grateful that you're gone." },
    { notFlagged: 'You taught me to never trust anyone.' },
    { notFlagged: 'No thanks, I have had enough.' },
    { notFlagged: 'He said "thank you" and walked away.' },
  ],
})
