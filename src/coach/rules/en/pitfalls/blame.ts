// Blame: accusation, "you" statements of fault. "I felt alone when we stopped talking" is a feeling;
// "when you lied, I lost my footing" names what happened as context; "it wasn't your fault" absolves.
import { defineRule } from '../define.js'

/** Negated a few words earlier ("I don't think you ruined anything"); `n't` and texting forms included. */
const NEG = String.raw`(?<!(?:\b(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)\b[^,.;:!?\n]{0,30})`

/** "you" as the subject of a main clause, not of "when you left…", "I found out you lied…", "if you…". */
const YOU_MAIN = String.raw`{B}(?<!\b(?:when|after|since|that|because|before|if|how|why|until|once|though|although|whether|while|where|what|out|learned|learnt|discovered|know|knew|heard|realized|realised|day|night|time|moment|think|thought|believe|believed|said|say|admit|admitted|wish|hope|feel|felt|like|sure|unless|maybe|perhaps|even)\s{1,3})(?:you|u|ya)${NEG}`

export default defineRule({
  id: 'blame',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'lucid',
  title: 'Blame',
  summary: 'Accusations and "you" statements of fault.',
  message:
    'This reads as an accusation: they will feel judged and defend themselves instead of listening. Say what it did to you, in the first person ("I felt…when…"), and leave the verdict out.',
  patterns: [
    {
      id: 'you-ruined',
      // "You ruined everything we built", "you lied to me", "You threw it all away", "you chose him over me".
      re: String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:(?:ruined|destroyed|wrecked|killed|sabotaged|gave up on|walked away from|broke|messed up|screwed up|fucked up|blew up|tore apart|ripped apart|poisoned|threw away|betrayed|abandoned)\s+(?:everything|it all|us|what we (?:had|built|were|shared)|our (?:relationship|love|future|life|lives|family|home|trust|chance|marriage|plans|dreams)|my (?:life|trust|self-esteem|confidence|future|family|world)|this relationship|the (?:relationship|best thing|only good thing|trust)|any chance|a good thing|all (?:of )?(?:it|that))|(?:betrayed|abandoned|used|manipulated|played|humiliated|disrespected|gaslit|gaslighted|lied to|cheated on|deceived|replaced|discarded|ghosted|dumped) me|(?:lied|cheated)(?: (?:again|for months|for years|behind my back|constantly|repeatedly))?(?=\s*(?:[.!,;\n]|$|and\b))|threw (?:it|us|everything|it all|what we had)(?: all)? away|chose (?:(?:your )?(?:work|job|career|friends|family|phone|ego|pride)|him|her|them|everything|everyone|someone)(?: else)? over (?:me|us)|left me for (?:him|her|someone|another)|made me feel (?:(?:so|really|very)\s+)?(?:small|stupid|worthless|invisible|unloved|unwanted|crazy|insane|ugly|useless|like (?:nothing|an idiot|shit|garbage|dirt|a fool|i was (?:nothing|crazy|worthless|stupid)|a burden)))(?![\p{L}\p{N}])`,
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'your-fault',
      // "It's all your fault", "I blame you", "You're the reason we broke up", "You're the one who left".
      re: String.raw`{B}(?:(?:it'?s|it is|its|it was|this is|this was|that'?s|that is|that was|everything is|everything was|all of this is|this is all|it'?s all|it was all)\s+(?:(?:all|entirely|completely|totally|100%|only|just)\s+)?(?:your|ur) (?:fault|doing)|(?:{YOURE}|you were|u were)\s+(?:(?:the one|the only one|the person)\s+)?to blame|{B}i${NEG} (?:(?:still|really|totally|honestly|completely|fully)\s+)?blame (?:{YOU})(?! for nothing)|(?:{YOURE}|you were|u were)\s+(?:the (?:only |sole |real |main |whole )?(?:reason|cause|one|person)) (?:why |that |who )?(?:we|it|this|things|our relationship|everything|we'?re|it'?s|it is|it'?s all)?\s*(?:broke up|ended|fell apart|failed|is over|are over|'?re over|didn'?t work|fell through|split|broke|ruined|destroyed|gave up|cheated|lied|walked away|messed up|screwed up|left|quit|ran|over))(?![\p{L}\p{N}])`,
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-never',
      // "You never listened", "You didn't even say goodbye", "You should have told me", "you only care about yourself".
      re: String.raw`${YOU_MAIN}\s+(?:(?:never|not once|never once|never really)\s+(?:even\s+)?(?:listened|cared|tried|made (?:time|an effort|any effort|me (?:a priority|feel (?:loved|wanted|safe|important|special|heard)))|supported me|appreciated|thanked me|put me first|understood me|apologi[sz]ed|said (?:sorry|thank you|you were sorry)|asked (?:me|how)|had time|showed up|fought for|respected|valued|noticed|took (?:responsibility|me seriously)|admitted|were there|was there|loved me|gave (?:me|us) a (?:chance|real chance)|let me (?:speak|explain|talk|finish|in)|listen|care|try|support me|appreciate|respect|take responsibility|admit|once (?:asked|said|tried|listened|apologi[sz]ed)|called(?! me names)|helped)|(?:always)\s+(?:had to (?:be right|win|have the last word|be in control)|made (?:it|everything) about (?:you|yourself)|ignored me|criticized|criticised|blamed me|complained|nagged|yelled|shouted|ran away|shut me out|pushed me away|took me for granted|found (?:an excuse|a way out|excuses|fault)|turned (?:it|everything) around|played the victim|made excuses|thought (?:only )?(?:of|about) yourself|put (?:your (?:work|job|career|phone|friends|ego|needs|pride)|yourself|work|him|her|them|everything(?: else)?|everyone(?: else)?) (?:before|ahead of|above) (?:me|us))|(?:didn'?t|didnt|did not|couldn'?t|couldnt|could not|wouldn'?t|wouldnt|would not|never) even (?!have to\b)[\p{L}]|(?:only (?:ever )?|just |always )(?:cared|care|thought|think|think of|worried|worry) (?:about |of )?(?:yourself|you|your (?:own|self))|(?:should(?:n'?t)?(?: not)?|could(?: at least)?|shouldve|should'?ve|couldve|could'?ve)(?: have| of)?\s+(?:at least\s+)?(?:told|called|tried|listened|said|warned|fought|stayed|asked|talked|answered|respected|trusted|believed|been (?:honest|there|more)|come to me|given (?:me|us)|left|lied|cheated|done (?:better|more|something))(?![\p{L}\p{N}]))`,
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-are-selfish',
      // "You're so selfish", "you were a coward", "ur toxic".
      re: String.raw`(?:${YOU_MAIN}(?:'re|'r| are| r| were)|{B}ur(?=\s+(?:so|such|just|really|always|being|nothing but|a|an|the most)\s))\s+(?:(?:so|such|just|really|always|too|nothing but|being|completely|totally|incredibly|extremely|truly|honestly|the most|a|an)\s+){0,3}(?:selfish|cold-hearted|heartless|cruel|a liar|liar|a cheat(?:er)?|cheater|a coward|coward|cowardly|toxic|manipulative|a narcissist|narcissist|narcissistic|immature|childish|spoiled|ungrateful|two-faced|a hypocrite|hypocrite|hypocritical|abusive|controlling|emotionally unavailable|impossible to (?:talk|live|deal|please|love)|inconsiderate|disrespectful|dishonest|useless|pathetic|monster|bitch|jerk|dick|asshole|psycho|snake|fake|a fraud|fraud)(?![\p{L}\p{N}])`,
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'how-could-you',
      // "How could you lie to me?", "How could you just leave?" (an accusation, even as a question).
      re: String.raw`{B}how (?:could|can|dare) (?:{YOU})\s+(?:(?:just|ever|even|possibly)\s+)?(?:lie|lied|cheat|cheated|betray|leave|walk away|throw|do that|say that|treat me|abandon|ghost|choose him|choose her|replace)(?![\p{L}\p{N}])`,
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
  ],
  antipatterns: [
    // Absolution and shared responsibility: "it wasn't all your fault", "we both made mistakes".
    `(?:not|n't|never|no one'?s|nobody'?s) (?:all |entirely |only |just )?(?:your|ur) fault`,
  ],
  examples: [
    { flagged: '[[You ruined everything we built]].', pattern: 'you-ruined' },
    { flagged: '[[You lied to me for months]].', pattern: 'you-ruined' },
    { flagged: '[[u threw it all away for nothing]]', pattern: 'you-ruined' },
    { flagged: '[[You chose your friends over me]], every single time.', pattern: 'you-ruined' },
    { flagged: "[[It's all your fault]].", pattern: 'your-fault' },
    { flagged: "[[You're the reason we broke up]].", pattern: 'your-fault' },
    { flagged: '[[You never listened to me]].', pattern: 'you-never' },
    { flagged: "[[You didn't even say goodbye]].", pattern: 'you-never' },
    { flagged: '[[You should have told me the truth]].', pattern: 'you-never' },
    { flagged: 'In the end, [[you were so selfish]].', pattern: 'you-are-selfish' },
    { flagged: 'honestly, [[ur such a liar]]', pattern: 'you-are-selfish' },
    { flagged: '[[How could you lie to me like that]]?', pattern: 'how-could-you' },
    { notFlagged: 'I felt alone when we stopped talking.' },
    { notFlagged: "It wasn't your fault, and I never blamed you." },
    { notFlagged: 'When you lied to me, I felt the ground give way.' },
    { notFlagged: 'I know now that I pushed you away.' },
    { notFlagged: 'You never once made me feel small.' },
    { notFlagged: 'You always made me laugh, even on the worst days.' },
    { notFlagged: 'I should have listened to you.' },
    { notFlagged: "I don't think you were selfish; you were exhausted." },
    { notFlagged: 'My mother kept saying "you lied to him" but I knew better.' },
    { notFlagged: 'You never gave up on me, even when I did.' },
    { notFlagged: 'I was cold to you that winter, and I regret it.' },
    { notFlagged: 'Were you happy those last months?' },
  ],
})
