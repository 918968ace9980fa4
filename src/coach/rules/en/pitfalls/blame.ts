// Blame: accusation, "you" statements of fault. "I felt alone when we stopped talking" is a feeling;
// "when you lied, I lost my footing" names what happened as context; "it wasn't your fault" absolves.
import { defineRule } from '../define.js'

/**
 * Word edges. The shared {B}/{E} macros use Unicode classes, which V8 compiles slowly under the
 * `iu` flags (about 1 ms per use); these ASCII edges compile in microseconds and suffice for the
 * English keywords they guard.
 */
/**
 * Lets every space in a pattern stretch (" +"). Besides tolerating double spaces, this keeps V8
 * from analysing every path through chains of alternations at compile time, which under the `iu`
 * flags costs milliseconds per pattern.
 */
const sp = (source: string): string => source.replace(/ /g, ' +')

/** Negated a few words earlier ("I don't think you ruined anything"); `n't` and texting forms included. */

/** "you" as the subject of a main clause, not of "when you left…", "I found out you lied…", "if you…". */
const YOU_MAIN = String.raw`(?<!{WB}(?:when|after|since|that|because|before|if|how|why|until|once|though|although|whether|while|where|what|out|learned|learnt|discovered|know|knew|heard|realized|realised|day|night|time|moment|said|say|admit|admitted|wish|hope|unless|maybe|perhaps|even)\s{1,3}){NOT_NEGATED_WORD}{WB}(?:you|u|ya)(?:\s+(?:have|had)|'ve|'d)?(?=\s|'|$)`

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
      re: sp(
        String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:ruined|destroyed|wrecked|killed|sabotaged|gave up on|walked away from|broke|messed up|screwed up|fucked up|blew up|tore apart|ripped apart|poisoned|threw away|betrayed|abandoned)\s+(?:everything|it all|us|what we (?:had|built|were|shared)|our (?:relationship|love|future|life|lives|family|home|trust|chance|marriage|plans|dreams)|my (?:life|trust|self-esteem|confidence|future|family|world)|this relationship|the (?:relationship|best thing|only good thing|trust)|any chance|a good thing|all (?:of )?(?:it|that)){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:betrayed|abandoned|used|manipulated|played|humiliated|disrespected|gaslit|gaslighted|lied to|cheated on|deceived|replaced|discarded|ghosted|dumped) me{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?lied to my face{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:made|'ve made|have made) me look like (?:a|an) (?:complete |total |absolute |right )?(?:mug|fool|idiot|clown|joke|mess){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:were|'ve been|have been) (?:lying|cheating|seeing (?:him|her|someone))(?: to me| on me| behind my back)?{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:lied|cheated)(?: (?:again|for months|for years|behind my back|constantly|repeatedly))?(?=\s*(?:[.!,;\n]|$|and{WE})){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?threw (?:it|us|everything|it all|what we had)(?: all)? away{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?chose (?:(?:your )?(?:work|job|career|friends|family|phone|ego|pride)|him|her|them|everything|everyone|someone)(?: else)? over (?:me|us){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?left me for (?:him|her|someone|another){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?made me feel (?:(?:so|really|very)\s+)?(?:small|stupid|worthless|invisible|unloved|unwanted|crazy|insane|ugly|useless|like (?:nothing|an idiot|shit|garbage|dirt|a fool|i was (?:nothing|crazy|worthless|stupid)|a burden)){WE}|${YOU_MAIN}\s+(?:(?:completely|just|always|totally|constantly)\s+)?(?:ignored|neglected|dismissed|belittled|mocked|criticised|criticized|controlled|smothered|suffocated|blamed|insulted) me{WE}|${YOU_MAIN}\s+(?:gave up|quit) (?:too easily|so easily|without (?:a fight|trying|even trying)){WE}|${YOU_MAIN}\s+made it (?:impossible|so hard|hard|difficult) (?:for me )?to{WE}|${YOU_MAIN}\s+(?:always )?put (?:your (?:work|job|career|friends|phone|needs|ego)|yourself|work|everything else|him|her|them) first{WE}|${YOU_MAIN}\s+broke (?:your|every|all your) promises?{WE}|${YOU_MAIN}\s+cost (?:us|me) (?:everything|our|my|the){WE}|${YOU_MAIN}\s+know (?:exactly )?what (?:you|u) did{WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'your-fault',
      // "It's all your fault", "I blame you", "You're the reason we broke up", "You're the one who left".
      re: sp(
        String.raw`{WB}(?:(?:it'?s|it is|its|it was|this is|this was|that'?s|that is|that was|everything is|everything was|all of this is|this is all|it'?s all|it was all){NOT_NEGATED_WORD}\s+(?:(?:all|entirely|completely|totally|100%|only|just)\s+)?(?:your|ur) (?:fault|doing)|(?:{YOURE}|you were|u were)\s+(?:(?:the one|the only one|the person)\s+)?to blame|{WB}i{NOT_NEGATED_WORD} (?:(?:still|really|totally|honestly|completely|fully)\s+)?blame (?:{YOU})(?! for nothing)|(?:{YOURE}|you were|u were)\s+(?:the (?:only |sole |real |main |whole )?(?:reason|cause|one|person)) (?:why |that |who )?(?:we|it|this|things|our relationship|everything|we'?re|it'?s|it is|it'?s all)?\s*(?:broke up|ended|fell apart|failed|is over|are over|'?re over|didn'?t work|fell through|split|broke|ruined|destroyed|gave up|cheated|lied|walked away|messed up|screwed up|left|quit|ran|over)){WE}|{WB}it was (?:you|u) (?:who|that) (?:left|ended|cheated|lied|walked|gave up|broke|ruined|destroyed|chose|quit){WE}|{WB}(?:{YOURE}) the one (?:who|that) should (?:apologi[sz]e|be sorry|say sorry){WE}|{WB}(?:{YOU}) should (?:be )?apologi[sz](?:e|ing) to me{WE}|{WB}because of (?:{YOU}),? (?:we|our|everything|it|this) (?:ended|fell apart|lost|failed|broke|is over|are over|didn'?t work){WE}|{WB}(?:stop |don'?t |quit )?(?:act|acting|play|playing) (?:like )?(?:you'?re |you are )?(?:the victim|innocent|a saint){WE}|{NOT_NEGATED_WORD}{WB}(?:{YOURE}|you were|u were) (?:entirely |wholly |solely |fully |completely |totally )?responsible for (?:this|what|the|our|everything|ending|destroying|ruining|the end){WE}|{WB}(?:the )?fault (?:is|was|lies|lay) (?:entirely |all |wholly |solely )?(?:yours|with (?:you|u)){WE}|{WB}(?:it is|it'?s) (?:you|u) (?:who|that) (?:left|ended|cheated|lied|walked|gave up|broke|ruined|destroyed|chose|quit){WE}|{WB}(?:{YOU}) (?:have|'ve) only yourself to blame{WE}|{WB}i (?:hold|held) (?:{YOU}) (?:responsible|accountable){WE}|{WB}how dare (?:{YOU}){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'deflection',
      // The writer's fault put on the reader, or an accusation dressed as thanks: "I only cheated because you were
      // never home", "I'm sorry, but you pushed me to it", "I was wrong, but you were worse", "Thanks for nothing".
      re: sp(
        String.raw`{WB}i(?:'ve)? (?:only|just) (?:ever )?(?:did (?:it|that)|cheated|said (?:it|that|those things)|left|lied|shouted|yelled|snapped|drank|strayed|looked elsewhere) because (?:{YOU}){WE}|{WB}but (?:{YOU}) (?:know )?(?:(?:you|u) )?(?:pushed|drove|made|forced|provoked|started) (?:me|it){WE}|{WB}but (?:{YOU})(?:'re| are| were| was) (?:worse|just as bad|no better|no angel|not innocent|not perfect either){WE}|{WB}(?:{YOU}) (?:have|'ve got|need) to admit (?:that )?(?:you|u) (?:were|was) (?:wrong|to blame|part of){WE}|{WB}(?:{YOU}) (?:were|was) (?:wrong|to blame) too{WE}|{WB}(?:{YOU}) (?:have|'ve got|need) to admit (?:that )?(?:you|u) (?:were|was){WE}|{WB}it takes two{WE}|{WB}there were two of us{WE}|{WB}(?:{YOU}) (?:weren'?t|were not|wasn'?t) (?:exactly |much |always )?(?:perfect|innocent|around|there|easy)(?: much)? either{WE}|{WB}(?:{YOU}) did this(?:,)? not me{WE}|{WB}(?:{YOU}) can'?t just (?:disappear|vanish|walk away|ghost|leave) on (?:someone|me|people){WE}|{WB}(?:{YOURE}|you were) (?:just )?as (?:much )?to blame{WE}|{WB}if (?:{YOU}) (?:hadn'?t|had not|had never|'d never|had just|had only|'d just|'d only)[^.!?\n]{0,60}?(?:none of this|we'?d (?:still|never|be)|we would (?:still|never|be)|this (?:wouldn'?t|would never)|things would){WE}|{WB}thanks?(?: you)?(?: (?:so much|a lot|a bunch|very much))? for (?:nothing|ruining|breaking|destroying|lying|cheating|wasting|humiliating|ignoring|ghosting|blocking|abandoning|leaving me|telling (?:everyone|all|our|my|your)|making me feel){WE}|{WB}(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|job|work|phone|career)(?: \w+)? (?:is|was) (?:what|the (?:reason|cause|problem)){WE}|{WB}(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|selfishness|affair|pride|ego|anger) (?:destroyed|ruined|killed|broke|ended|poisoned){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-never',
      // "You never listened", "You didn't even say goodbye", "You should have told me", "you only care about yourself".
      re: sp(
        String.raw`${YOU_MAIN}\s+(?:never|not once|never once|never really)\s+(?:even\s+)?(?:listened|cared|tried|made (?:time|an effort|any effort|me (?:a priority|feel (?:loved|wanted|safe|important|special|heard)))|supported me|appreciated|thanked me|put me first|understood me|apologi[sz]ed|said (?:sorry|thank you|you were sorry)|asked (?:me|how)|had time|showed up|fought for|respected|valued|noticed|took (?:responsibility|me seriously)|admitted|were there|was there|loved me|gave (?:me|us) a (?:chance|real chance)|let me (?:speak|explain|talk|finish|in)|listen|care|try|support me|appreciate|respect|take responsibility|admit|once (?:asked|said|tried|listened|apologi[sz]ed)|called(?! me names)|helped|call|write|text|ask|help|make time|show up|answer|thought (?:of|about) (?:me|us|my feelings|how i))|${YOU_MAIN}\s+(?:always)\s+(?:had to (?:be right|win|have the last word|be in control)|made (?:it|everything) about (?:you|yourself)|ignored me|criticized|criticised|blamed me|complained|nagged|yelled|shouted|ran away|shut me out|pushed me away|took me for granted|found (?:an excuse|a way out|excuses|fault)|turned (?:it|everything) around|played the victim|made excuses|thought (?:only )?(?:of|about) yourself|put (?:your (?:work|job|career|phone|friends|ego|needs|pride)|yourself|work|him|her|them|everything(?: else)?|everyone(?: else)?) (?:before|ahead of|above) (?:me|us))|${YOU_MAIN}\s+(?:were|was) always (?:on (?:your|ur) phone|at work|out|busy|too busy|working|late|somewhere else|distracted|on your laptop)|${YOU_MAIN}\s+kept (?:secrets|lying|hiding|me in the dark|things from me)|${YOU_MAIN}\s+(?:treated|made) me (?:like|feel like) (?:an? )?(?:option|afterthought|nothing|dirt|garbage|shit|child|idiot|fool|stranger|servant|maid|backup|second choice)|${YOU_MAIN}\s+let (?:your|ur) (?:mother|mum|mom|dad|family|friends|job|work|ex|ego|pride) (?:decide|come between|ruin|control|run|get between)|${YOU_MAIN}\s+(?:pushed|drove) me (?:to (?:it|that|this|the edge|breaking point|do it|say it)|away|over the edge)|${YOU_MAIN}\s+(?:didn'?t|didnt|did not|couldn'?t|couldnt|could not|wouldn'?t|wouldnt|would not|never) even (?!have to{WE})[a-z]|${YOU_MAIN}\s+(?:only (?:ever )?|just |always )(?:cared|care|thought|think|think of|worried|worry) (?:about |of )?(?:yourself|you|your (?:own|self))|${YOU_MAIN}\s+(?:should(?:n'?t)?(?: not)?|could(?: at least)?|shouldve|should'?ve|couldve|could'?ve)(?: have| of)?\s+(?:at least\s+)?(?:told|called|tried|listened|said|warned|fought|stayed|asked|talked|answered|respected|trusted|believed|been (?:honest|there|more)|come to me|given (?:me|us)|left|lied|cheated|done (?:better|more|something)){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-are-selfish',
      // "You're so selfish", "you were a coward", "ur toxic".
      re: sp(
        String.raw`(?:${YOU_MAIN}(?:'re|'r| are| r| were)|{WB}ur(?=\s+(?:so|such|just|really|always|being|nothing but|a|an|the most)\s))\s+(?:(?:so|such|just|really|always|too|nothing but|being|completely|totally|incredibly|extremely|truly|honestly|the most|a|an)\s+)*(?:selfish|cold-hearted|heartless|cruel|a liar|liar|a cheat(?:er)?|cheater|a coward|coward|cowardly|toxic|manipulative|a narcissist|narcissist|narcissistic|immature|childish|spoiled|ungrateful|two-faced|a hypocrite|hypocrite|hypocritical|abusive|controlling|emotionally unavailable|impossible to (?:talk|live|deal|please|love)|inconsiderate|disrespectful|dishonest|useless|pathetic|monster|bitch|jerk|dick|asshole|psycho|snake|fake|a fraud|fraud){WE}|${YOU_MAIN}\s[^.!?\n]{0,40}?like (?:a|the) (?:coward|child|liar|monster|snake|jerk|spoiled brat|thief){WE}|${YOU_MAIN}(?:'re|'r| are| r| were)\s+(?:such |a right |an absolute |a complete |a total |a bloody |a )(?:git|prat|muppet|wanker|tosser|idiot|moron|fool|arse|bastard|cow|jerk){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'how-could-you',
      // "How could you lie to me?", "How could you just leave?" (an accusation, even as a question).
      re: sp(
        String.raw`{WB}how (?:could|can|dare) (?:{YOU})\s+(?:(?:just|ever|even|possibly)\s+)?(?:lie|lied|cheat|cheated|betray|leave|walk away|throw|do that|say that|treat me|abandon|ghost|choose him|choose her|replace){WE}`,
      ),
      questions: 'any',
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'you-let-me-down',
      // "You let me down", "You stopped trying", "If you'd listened, we'd still be together".
      re: sp(
        String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|simply|basically)\s+)?(?:let (?:me|us) down|let (?:us|it|this|everything) (?:fall apart|die|slip away|go)|failed (?:me|us)|walked out(?=\s*(?:[.!,;]|$| on (?:me|us|our|this|the (?:relationship|marriage|family))))|stopped (?:trying|caring|fighting)(?! to (?:please|impress|be perfect|control|fix))|(?:ruined|wrecked|destroyed|killed|sabotaged|broke|messed up|screwed up|fucked up) (?:it|us|this)(?=\s*(?:[.!,;]|$| all| for (?:us|me)))|caused (?:all )?(?:this|of this|it all|everything)|made me do (?:it|that|this)|gave up(?=\s*(?:[.!;,]|$| first| too| without))|(?:didn'?t|didnt|did not|never) (?:try|fight) (?:hard enough|for (?:us|me)|at all)|ended (?:it|this|us|things),? not me|were never (?:there|around|home|present|available)(?: for (?:me|us))?(?=\s*(?:[.!,;]|$)))|{WB}(?:this|that|all of this|all this|it|this whole thing)(?:'s| is| was) (?:all |entirely |completely )?on (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:{YOURE}|you were) the one (?:who|that) (?:walked (?:out|away)|left|ended|gave up|quit|cheated|lied|broke|stopped|ruined|chose|gave up){WE}|{WB}(?:if (?:you|u)(?:'d| had| would have)|had (?:you|u))(?: just| only| ever| not| never| at least)? [a-z]+[^.!?\n]{0,60}?(?:none of this|we'?d (?:still|never|be|have)|we would (?:still|never|be|have)|this (?:wouldn'?t|would never)|things would|it would(?:n'?t)? have){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'charge',
      // More shapes of an accusation: behind the writer's back ("you moved out while I was at work", "you let me
      // find out from…"), without the writer ("you made every decision without me"), a verdict on the reader's act
      // ("that silence was cruel", "it was your lies that finished us"), sarcastic thanks, "you did worse",
      // "I feel like you never…", "you did it anyway", "you've left me no choice", "stop ignoring me".
      re: sp(
        String.raw`(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:please|pls|just|so|now|and|then|oh)[,]?\s+){0,2})stop (?:ignoring (?:me|my)|avoiding me|blanking me|ghosting me|dodging (?:me|my)|hiding behind|lying(?=\s*(?:[.!,;]|$| to me| and| about))|playing (?:games|the victim|innocent|dumb)|running away|pretending (?:nothing|it didn'?t|you didn'?t|you did nothing)){WE}|${YOU_MAIN}\s+(?:can'?t|cannot|don'?t get to|do not get to) (?:just )?(?:walk away|walk out|disappear|vanish|leave|end (?:it|this|things)|throw away|pretend|rewrite|erase|ghost|cut me off|drop me){WE}|{WB}i (?:(?:literally|really|honestly|even|just)\s+)?(?:gave|did|sacrificed|tried|put up with|forgave)[^.!?\n]{0,40}?,? (?:and|but) (?:{YOU}) (?:(?:still|just|then|simply)\s+)?(?:left|walked (?:out|away|off)|cheated|lied|gave up|bailed|disappeared|threw it (?:all )?away){WE}|${YOU_MAIN}\s+(?:(?:just|simply|basically)\s+)?(?:moved out|packed|left|cleared out|emptied|sold|changed the locks|slept with|cheated|went off|snuck|sneaked|met (?:him|her|up with)|had (?:him|her) over|read my|went through my)[^.!?\n]{0,50}? (?:while|whilst|when) i (?:was|were) (?:at work|away|asleep|sleeping|out|in hospital|ill|sick|working|up in|on|pregnant|grieving|at|visiting|abroad|overseas){WE}|${YOU_MAIN}\s+let me (?:find out|hear (?:it|about it)?|learn|discover|read about it)(?: (?:about it|it))? (?:from|on|through|via|by|in){WE}|{WB}(?:it was|it'?s|it is) (?:(?:all|really|only|just) )?(?:your|ur) [a-z]+(?: [a-z]+)?(?:,? not [^,.!?\n]{1,30},?)? (?:that|which|what) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|did for|sank|doomed|tore){WE}|{WB}(?:your|ur) (?:lies|lying|cheating|temper|drinking|selfishness|affair|pride|ego|anger|jealousy|coldness|silence|gambling|moods|secrets|betrayal) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|sank|doomed|tore apart|poisoned) (?:us|it|everything|our|what we){WE}|{WB}thanks?(?: you)?(?: (?:ever so much|so very much|a million|a bunch|heaps|loads|again|a lot|very much|so much|for that))? for (?:telling (?:everyone|all|our|my|the whole)|announcing|posting|leaving me (?:with|to)|dumping|blindsiding|springing|sticking me with|landing me with|making me look|letting me (?:find out|hear|learn)|the (?:humiliation|lies|heartbreak)){WE}|${YOU_MAIN}\s+(?:(?:always|just|simply|basically)\s+)?(?:made|took|decided|planned|booked|spent|sold|chose|signed|arranged|organised|organized|bought|moved)[^.!?\n]{0,30}? without (?:me|asking me|telling me|consulting me|a word|talking to me|checking with me|a second thought)(?! even){WE}|${YOU_MAIN}\s+(?:(?:always|just|often)\s+)?(?:made|make) me feel (?:like )?(?:a|an) (?:[a-z-]+ )?(?:lodger|stranger|guest|intruder|outsider|burden|fool|idiot|child|failure|nuisance|servant|maid|nobody|afterthought|option|criminal|suspect|liar|joke|ghost|prisoner|inconvenience|second choice|lunatic|madwoman|madman|spare part|doormat){WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:of )?(?:your|ur) [a-z]+{WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:{YOU}) (?:were|was|never|didn'?t|wouldn'?t|stopped|always|made|pushed|left|ignored|had){WE}|${YOU_MAIN}\s+(?:just )?(?:walked (?:away|out|off)|left|went) and left me (?:to|with|alone){WE}|${YOU_MAIN}\s+(?:did|were|was|behaved|acted)(?: (?:far|much|way|even|a lot|ten times|so much|a hundred times))? worse(?=\s*(?:[.!,;]|$| than me| to me))|${YOU_MAIN}\s+(?:were|was) (?:just )?as bad{WE}|{WB}i (?:feel|felt) (?:like|that|as if|as though) (?:{YOU}) (?:never|didn'?t|did not|don'?t|do not|stopped|don'?t even)(?![^.!?\n]{0,40}(?:deserve|my fault|because of me|on me|have to|need to|owe)){WE}|{WB}i (?:feel|felt|think|thought|still think|believe) (?:that |like )?(?:{YOU}) (?:should|could)(?:'ve| have| of) (?:told|called|said|warned|been (?:honest|there|straight)|asked|talked|tried|come to me|listened|fought){WE}|${YOU_MAIN}\s+(?:(?:still|just)\s+)?(?:did it|went ahead|carried on|kept going|kept at it|kept doing it|said it|kept pushing|left|did)(?: \w+){0,3} (?:anyway|regardless|all the same)(?![^.!?\n]{0,40}(?:grateful|thank|glad|love|proud))(?=\s*(?:[.!,;]|$))|{WB}(?:your|that|the way (?:you|u)) (?:[a-z]+ ){0,2}(?:silence|behaviou?r|leaving|left|lie|lies|affair|text|message|decision|cheating|betrayal|treatment|actions?|words|comments?|remarks?|temper|disappearing act|exit)(?: [a-z]+){0,3} (?:was|were|is|are) (?:so |really |incredibly |just |frankly |utterly |completely )?(?:cruel|unfair|cowardly|heartless|selfish|low|nasty|spiteful|unforgivable|disgusting|vile|a betrayal|pathetic|shameful|despicable|inexcusable|unacceptable|a low blow|beneath you)(?! of me| on my part| to you){WE}|${YOU_MAIN}\s+(?:left|given|gave) me (?:no|little) (?:choice|option|alternative){WE}|${YOU_MAIN}\s+forced my hand{WE}|${YOU_MAIN}\s+(?:were|was)\s+(?:off |out |away )?(?:with (?:him|her|them|someone)|sleeping with|seeing (?:him|her|someone)|texting (?:him|her|someone))[^.!?\n]{0,20}? (?:the whole time|all along|behind my back|all that time|for months|the entire time){WE}|{WB}and (?:{YOU}) (?:were|was) off with{WE}|${YOU_MAIN}\s+(?:said|promised|swore)(?: (?:you|u)'?d| (?:you|u) would| that)? [^.!?\n]{0,30}? (?:(?:like |about |at least )?(?:\d+|two|three|four|five|six|ten|a hundred|a million|so many) times|(?:every|each) time|again and again|over and over){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:took my side|stood up for me|backed me up|defended me|had my back|stuck up for me|checked on me|made the effort|picked up|rang|phoned|offered|said you were sorry|owned){WE}|${YOU_MAIN}\s+(?:kept me (?:hanging|waiting|guessing|on a string|in limbo|dangling)|strung me along|led me on|played with my (?:feelings|heart|head)|messed with my head|toyed with me|took me for a (?:fool|ride|mug)|took advantage of me){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly)\s+)?lied (?:about (?:everything|it all|her|him|them|where|who|what|the|your|us|money)|from (?:the start|day one|the beginning)|to everyone){WE}|${YOU_MAIN}(?:'re|\s+(?:are|were|was))\s+(?:always\s+)?the (?:problem|issue|one with the problem){WE}|${YOU_MAIN}\s+(?:went|did (?:it|this|that|things)|talked|planned|got engaged|met (?:him|her|up)|lied|sneaked|snuck|made plans) behind my back{WE}|${YOU_MAIN}\s+(?:broke|tore|ripped|split|blew) (?:this|our|the|my) (?:family|home|marriage)(?: apart| up)?{WE}|${YOU_MAIN}\s+(?:always )?turned (?:every|each|any|all|our|everything|every little)[^.!?\n]{0,30}? into (?:a|an){WE}|{WB}(?:it'?s|it is|it was|that'?s|this is) (?:all |entirely )?down to (?:you|u) (?:that|why){WE}|${YOU_MAIN}\s+(?:always |just )?chose [^.!?\n]{1,30}? over (?:me|us|our|the kids|your family){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly|repeatedly)\s+)?lied(?: (?:to me|for (?:months|years|weeks|ages)|again|constantly|repeatedly))* (?:about|for){WE}|${YOU_MAIN}\s+(?:spent|blew|gambled|drank|wasted|emptied|cleared|drained|took) (?:all )?(?:of )?(?:our|my|the) (?:savings|money|joint account|account|rent|inheritance|deposit|wages|pension){WE}|${YOU_MAIN}\s+(?:always\s+)?treated me (?:like|as) (?:an? |your |the )?(?:[a-z-]+ )?(?:doormat|dog|rag|servant|slave|skivvy|punch ?bag|punching bag|cash machine|bank|taxi|trophy|lodger|atm|convenience|fool|kid|child|rubbish|crap|dirt|nothing|nobody|stranger|maid|housekeeper|cleaner|nanny|mug|option|afterthought){WE}|${YOU_MAIN}\s+treated me (?:so )?(?:badly|terribly|awfully|appallingly|horribly|like shit){WE}|${YOU_MAIN}\s+(?:had|were having|started|carried on) an? (?:affair|fling|thing) with{WE}|${YOU_MAIN}\s+made my life (?:a )?(?:living )?(?:hell|misery|nightmare){WE}|${YOU_MAIN}\s+(?:shut|froze|cut|kept|pushed|locked) me out{WE}|${YOU_MAIN}\s+(?:just\s+)?(?:walked out|left|disappeared|vanished|went|moved out|packed up)(?: on (?:me|us))? without (?:a word|a goodbye|saying (?:goodbye|a word|anything)|an explanation|a note|warning|telling me|even){WE}|{WB}i (?:was|stayed|remained) (?:faithful|loyal|honest|true)[^.!?\n]{0,10}?,? (?:and |but |while )?(?:you|u) (?:weren'?t|were not|wasn'?t|never were){WE}|{WB}(?:it was|it'?s|it is) (?:you|u) (?:who|that) [^.!?\n]{1,40}?,? not me{WE}|${YOU_MAIN}\s+(?:went|turned|got) (?:cold|distant|quiet|silent) on me{WE}|${YOU_MAIN}\s+(?:talked down to|spoke down to|shouted at|yelled at|screamed at|laughed at|made fun of|mocked|belittled|insulted|embarrassed|humiliated|criticised|criticized|put|undermined) me(?: down)? (?:in front of|at (?:my|our|the|your)|all the time|constantly){WE}|${YOU_MAIN}\s+(?:were|was) never (?:there|around|home|present) (?:when|for){WE}|${YOU_MAIN}\s+(?:just\s+)?left me (?:to (?:deal with|clean up|sort out|pick up|face|explain|pay|handle)|with (?:your|ur|the|all the) (?:mess|debts?|bills|fallout|consequences)){WE}|{WB}(?:and|so) (?:you|u) lost (?:me|us|everything){WE}|${YOU_MAIN}\s+(?:always )?put (?:your|ur) (?:[a-z]+ )?(?:mates|friends|work|job|career|phone|family|mum|mother|ex|hobbies|band|football|gaming|golf|drinking) (?:first|before me|ahead of me|above me|over me){WE}|{WB}(?:your|ur) (?:choice|decision|call|doing)[^.!?\n]{0,30}?,? (?:so )?(?:own it|live with it|deal with it){WE}|${YOU_MAIN}\s+made (?:a fool|a mug|an idiot|a laughing stock|a joke) (?:out )?of me{WE}|${YOU_MAIN}(?:'ve| have)? got (?:a|some) nerve{WE}|{WB}the nerve of (?:you|u){WE}|${YOU_MAIN}\s+had the nerve to{WE}|${YOU_MAIN}\s+(?:always )?(?:picked|started|made) (?:a fight|fights|an argument|arguments|a scene|scenes) (?:every|each|whenever|over|about|with me){WE}|${YOU_MAIN}\s+let (?:your|ur|him|her|them|everyone|people) [^.!?\n]{0,20}?(?:walk all over|treat|insult|talk to|speak to|bully|belittle|humiliate|push) me{WE}|${YOU_MAIN}\s+[a-z]+[^.!?\n]{0,40}? instead of (?:(?:being )?with (?:me|us)|(?:being |coming )?home|helping|listening|talking to me|spending time with (?:me|us)){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?took (?:any |real |an ounce of )?responsibility{WE}|${YOU_MAIN}\s+(?:(?:just|always)\s+)?lied (?:straight |right |directly )to my face{WE}|${YOU_MAIN}\s+(?:were|was|'ve been|have been|became|got) (?:so |always |really |completely )?(?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|unfaithful|checked out|nasty|mean|vicious)(?: and (?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|nasty|mean))?(?: (?:for|all|the whole|every|with me|to me|towards me|after)|(?=\s*(?:[.!,;]|$))){WE}|${YOU_MAIN}\s+(?:(?:completely|totally|just)\s+)?(?:ruined|wrecked|spoiled|spoilt) (?:christmas|(?:my|our|the|every) (?:birthday|wedding|holiday|christmas|anniversary|party|trip|day|night|weekend|life|family)){WE}|${YOU_MAIN}\s+never (?:once |really |even )?(?:supported|backed|encouraged|believed in|respected|valued|celebrated|asked about) (?:my|me|our){WE}|${YOU_MAIN}\s+never (?:once |really |even )?let me (?:be (?:myself|me|happy)|breathe|grow|live|have (?:a say|my say|friends|a life)|make (?:a|my own) decision){WE}|${YOU_MAIN}\s+wasted (?:(?:\w+ )?years|my (?:time|life|youth|twenties|thirties|best years))(?! (?:on|with) me){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
  ],
  antipatterns: [
    // An accusation taken back in the same breath: "you went quiet on me, and I understand why".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:and|but),? (?:honestly )?(?:i (?:loved|love|understand|gave you every reason|deserved|don'?t blame|can'?t blame|was grateful)|it was (?:worth|sweet|kind|lovely|fair))`,
    ),
    // An accusation taken back: "I used to think it was all your fault, and I was wrong".
    sp(
      `(?:used to|once|for a long time i|at first i) (?:think|thought|believe|believed|say|said|blame|blamed|tell myself|told myself)[^,.;:!?\\n]{0,40}`,
    ),
    // Absolution and shared responsibility: "it wasn't all your fault", "we both made mistakes".
    sp(`(?:not|n't|never|no one'?s|nobody'?s) (?:all |entirely |only |just )?(?:your|ur) fault`),
  ],
  examples: [
    { flagged: '[[You let me down]], again.', pattern: 'you-let-me-down' },
    { flagged: "Don't pretend otherwise: [[that's on you]].", pattern: 'you-let-me-down' },
    { flagged: "[[You've ruined it]].", pattern: 'you-let-me-down' },
    { notFlagged: 'You stopped trying to please everyone, and it suits you.' },
    { notFlagged: 'You walked out of that exam smiling, I remember.' },
    { flagged: '[[You stopped trying long before I did]].', pattern: 'you-let-me-down' },
    { flagged: "[[If you'd just listened, none of this would have happened]].", pattern: 'you-let-me-down' },
    { flagged: "[[You're the one who walked out]].", pattern: 'you-let-me-down' },
    { notFlagged: 'You gave up so much for me, and I never said thank you.' },
    { notFlagged: "If I had listened, we'd still be together." },
    { notFlagged: 'You never let me down, not once.' },
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
    { flagged: '[[I only snapped because you kept pushing]].', pattern: 'deflection' },
    { flagged: "I'm sorry I said it, [[but you drove me to it]].", pattern: 'deflection' },
    { flagged: '[[Thanks for nothing]].', pattern: 'deflection' },
    { flagged: '[[If you had just listened, none of this would have happened]].', pattern: 'deflection' },
    { flagged: '[[You were always at work when I needed you]].', pattern: 'you-never' },
    { flagged: '[[I feel like you never cared]].', pattern: 'you-never' },
    { notFlagged: 'I felt alone when we stopped talking.' },
    { flagged: '[[Two years you were lying to me]].', pattern: 'you-ruined' },
    { flagged: "[[You weren't exactly around much either]].", pattern: 'deflection' },
    { notFlagged: 'Thanks for the years we had.' },
    { notFlagged: 'I used to think it was all your fault, and I was wrong.' },
    { notFlagged: 'You were always there for me, even at the worst moments.' },
    { notFlagged: 'I only left because I was scared, and that was my mistake.' },
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
    { flagged: '[[You moved out while I was at work]].', pattern: 'charge' },
    { flagged: '[[You let me find out from your sister]].', pattern: 'charge' },
    { flagged: '[[It was your temper, not the money, that finished us]].', pattern: 'charge' },
    { flagged: '[[Thanks a million for leaving me with the bills]].', pattern: 'charge' },
    { flagged: '[[You made every decision without asking me]].', pattern: 'charge' },
    { flagged: '[[I cheated because of your coldness]].', pattern: 'charge' },
    { flagged: 'Whatever I did, [[you did worse]].', pattern: 'charge' },
    { flagged: '[[I feel like you never wanted a future with me]].', pattern: 'charge' },
    { flagged: 'You knew how much it hurt, [[and you did it anyway]].', pattern: 'charge' },
    { flagged: '[[That silence was cruel]].', pattern: 'charge' },
    { flagged: "[[You've left me no choice]].", pattern: 'charge' },
    { flagged: '[[Stop avoiding me and talk to me]].', pattern: 'charge' },
    { flagged: '[[You strung me along for a year]].', pattern: 'charge' },
    { notFlagged: 'You made dinner while I was at work, every night, and I never thanked you.' },
    { notFlagged: 'You made me feel at home in my own skin.' },
    { notFlagged: "I drank because I was scared, and that's mine to own." },
    { notFlagged: 'I think I should have been honest from the start.' },
    { notFlagged: "I asked you to stay, and you did anyway, and I'm grateful." },
    { notFlagged: "That was cruel of me, and I'm sorry." },
    { notFlagged: 'You booked the whole trip without me even asking, and it was perfect.' },
    { notFlagged: 'It was the distance, not you, that finished us.' },
    { notFlagged: 'I stopped hiding from my feelings and started therapy.' },
    { flagged: '[[You walked out without a word]].', pattern: 'charge' },
    { flagged: '[[You treated me like a doormat]].', pattern: 'charge' },
    { flagged: '[[It was you who wanted to move, not me]].', pattern: 'charge' },
    { notFlagged: 'You went quiet on me, and I understand why.' },
    { notFlagged: 'You spent all the money we had on that trip to Rome, and it was worth it.' },
    { notFlagged: 'It was you who taught me to swim, not my dad.' },
    { flagged: '[[You let your mother walk all over me]].', pattern: 'charge' },
    { flagged: '[[You spent every weekend at the pub instead of with me]].', pattern: 'charge' },
    { flagged: '[[You lied straight to my face for two years]].', pattern: 'charge' },
    { notFlagged: "I was cold and distant that last year, and I'm sorry." },
    { flagged: '[[You wasted three years of my life]].', pattern: 'charge' },
    { notFlagged: "You've wasted years on me, and I'm sorry for that." },
  ],
})
