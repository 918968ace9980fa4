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
        String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:ruined|destroyed|wrecked|killed|sabotaged|gave up on|walked away from|broke|messed up|screwed up|fucked up|blew up|tore apart|ripped apart|poisoned|threw away|betrayed|abandoned)\s+(?:everything|it all|us|what we (?:had|built|were|shared)|our (?:relationship|love|future|life|lives|family|home|trust|chance|marriage|plans|dreams)|my (?:life|trust|self-esteem|confidence|future|family|world)|this relationship|the (?:relationship|best thing|only good thing|trust)|any chance|a good thing|all (?:of )?(?:it|that)){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:betrayed|abandoned|used|manipulated|played|humiliated|disrespected|gaslit|gaslighted|lied to|cheated on|deceived|replaced|discarded|ghosted|dumped) me{WE}(?! at (?:scrabble|chess|cards|monopoly|pool|darts|tennis|squash|poker|mario kart|fifa|every game)| in(?:to)? the (?:pond|pool|lake|sea|river|snow))|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?lied to my face{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:made|'ve made|have made) me look like (?:a|an) (?:complete |total |absolute |right )?(?:mug|fool|idiot|clown|joke|mess){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:were|'ve been|have been) (?:lying(?! (?:on|in|down|there|around|awake|next|beside|under|by){WE})|cheating|seeing (?:him|her|someone)(?! when we (?:met|first met)))(?: to me| on me| behind my back)?{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?(?:lied|cheated)(?: (?:again|for months|for years|behind my back|constantly|repeatedly))?(?=\s*(?:[.!,;\n]|$|and{WE})){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?threw (?:it|us|everything|it all|what we had)(?: all)? away{WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?chose (?:(?:your )?(?:work|job|career|friends|family|phone|ego|pride)|him|her|them|everything|everyone|someone)(?: else)? over (?:me|us){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?left me for (?:him|her|someone|another){WE}|${YOU_MAIN}\s+(?:(?:just|completely|totally|really|literally|basically|single-handedly|alone|deliberately|knowingly|simply)\s+)?made me feel (?:(?:so|really|very)\s+)?(?:small|stupid|worthless|invisible|unloved|unwanted|crazy|insane|ugly|useless|like (?:nothing|an idiot|shit|garbage|dirt|a fool|i was (?:nothing|crazy|worthless|stupid)|a burden)){WE}|${YOU_MAIN}\s+(?:(?:completely|just|always|totally|constantly)\s+)?(?:ignored|neglected|dismissed|belittled|mocked|criticised|criticized|controlled|smothered|suffocated|blamed|insulted) me{WE}|${YOU_MAIN}\s+(?:gave up|quit) (?:too easily|so easily|without (?:a fight|trying|even trying)){WE}|${YOU_MAIN}\s+made it (?:impossible|so hard|hard|difficult) (?:for me )?to{WE}(?! (?:leave the|say no|stay (?:angry|mad|cross)|be (?:angry|mad|cross)|not (?:love|laugh|smile)){WE})|${YOU_MAIN}\s+(?:always )?put (?:your (?:work|job|career|friends|phone|needs|ego)|yourself|work|everything else|him|her|them) first{WE}|${YOU_MAIN}\s+broke (?:your|every|all your) promises?{WE}|${YOU_MAIN}\s+cost (?:us|me) (?:everything|our|my|the){WE}|${YOU_MAIN}\s+know (?:exactly )?what (?:you|u) did{WE}`,
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
        String.raw`${YOU_MAIN}\s+(?:never|not once|never once|never really)\s+(?:even\s+)?(?:listened|cared|tried|made (?:time|an effort|any effort|me (?:a priority|feel (?:loved|wanted|safe|important|special|heard)))|supported me|appreciated|thanked me|put me first|understood me|apologi[sz]ed|said (?:sorry|thank you|you were sorry)|asked (?:me|how)|had time|showed up|fought for|respected|valued|noticed|took (?:responsibility|me seriously)|admitted|were there|was there|loved me|gave (?:me|us) a (?:chance|real chance)|let me (?:speak|explain|talk|finish|in)|listen|care|try|support me|appreciate|respect|take responsibility|admit|once (?:asked|said|tried|listened|apologi[sz]ed)|called(?! me names)|helped|call|write|text|ask|help|make time|show up|answer|thought (?:of|about) (?:me|us|my feelings|how i))|${YOU_MAIN}\s+(?:always)\s+(?:had to (?:be right|win|have the last word|be in control)|made (?:it|everything) about (?:you|yourself)|ignored me|criticized|criticised|blamed me|complained|nagged|yelled|shouted|ran away|shut me out|pushed me away|took me for granted|found (?:an excuse|a way out|excuses|fault)|turned (?:it|everything) around|played the victim|made excuses(?! for (?:me|us){WE})|thought (?:only )?(?:of|about) yourself|put (?:your (?:work|job|career|phone|friends|ego|needs|pride)|yourself|work|him|her|them|everything(?: else)?|everyone(?: else)?) (?:before|ahead of|above) (?:me|us))|${YOU_MAIN}\s+(?:were|was) always (?:on (?:your|ur) phone|at work|out|busy|too busy|working|late|somewhere else|distracted|on your laptop)|${YOU_MAIN}\s+kept (?:secrets|lying|hiding|me in the dark|things from me)|${YOU_MAIN}\s+(?:treated|made) me (?:like|feel like) (?:an? )?(?:option|afterthought|nothing|dirt|garbage|shit|child|idiot|fool|stranger|servant|maid|backup|second choice)|${YOU_MAIN}\s+let (?:your|ur) (?:mother|mum|mom|dad|family|friends|job|work|ex|ego|pride) (?:decide|come between|ruin|control|run|get between)|${YOU_MAIN}\s+(?:pushed|drove) me (?:to (?:it|that|this|the edge|breaking point|do it|say it)|away|over the edge)|${YOU_MAIN}\s+(?:didn'?t|didnt|did not|couldn'?t|couldnt|could not|wouldn'?t|wouldnt|would not|never) even (?!(?:have to|afford|walk|stand|breathe|sleep|eat|get out of bed|lift){WE})[a-z]|${YOU_MAIN}\s+(?:only (?:ever )?|just |always )(?:cared|care|thought|think|think of|worried|worry) (?:about |of )?(?:yourself|you|your (?:own|self))|${YOU_MAIN}\s+(?:should(?:n'?t)?(?: not)?|could(?: at least)?|shouldve|should'?ve|couldve|could'?ve)(?: have| of)?\s+(?:at least\s+)?(?:told|called|tried|listened|said|warned|fought|stayed|asked|talked|answered|respected|trusted|believed|been (?:honest|there|more)|come to me|given (?:me|us)|left|lied|cheated|done (?:better|more|something)){WE}`,
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
        String.raw`${YOU_MAIN}\s+(?:(?:just|completely|totally|really|simply|basically)\s+)?(?:let (?:me|us) down(?! (?:gently|gentle|easy|easily|kindly|softly|lightly){WE})|let (?:us|it|this|everything) (?:fall apart|die|slip away|go)|failed (?:me|us)|walked out(?=\s*(?:[.!,;]|$| on (?:me|us|our|this|the (?:relationship|marriage|family))))|stopped (?:trying|caring|fighting)(?! to (?:please|impress|be perfect|control|fix))|(?:ruined|wrecked|destroyed|killed|sabotaged|broke|messed up|screwed up|fucked up) (?:it|us|this)(?=\s*(?:[.!,;]|$| all| for (?:us|me)))|caused (?:all )?(?:this|of this|it all|everything)|made me do (?:it|that|this)|gave up(?=\s*(?:[.!;,]|$| first| too| without))|(?:didn'?t|didnt|did not|never) (?:try|fight) (?:hard enough|for (?:us|me)|at all)|ended (?:it|this|us|things),? not me|were never (?:there|around|home|present|available)(?: for (?:me|us))?(?=\s*(?:[.!,;]|$)))|{WB}(?:this|that|all of this|all this|it|this whole thing)(?:'s| is| was) (?:all |entirely |completely )?on (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:{YOURE}|you were) the one (?:who|that) (?:walked (?:out|away)|left|ended|gave up|quit|cheated|lied|broke|stopped|ruined|chose|gave up){WE}|{WB}(?:if (?:you|u)(?:'d| had| would have)|had (?:you|u))(?: just| only| ever| not| never| at least)? [a-z]+[^.!?\n]{0,60}?(?:none of this|we'?d (?:still|never|be|have)|we would (?:still|never|be|have)|this (?:wouldn'?t|would never)|things would|it would(?:n'?t)? have){WE}`,
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
        String.raw`(?<=(?:^|[.!?\n,;:])\s{0,3}(?:(?:please|pls|just|so|now|and|then|oh)[,]?\s+){0,2})stop (?:ignoring (?:me|my)|avoiding me|blanking me|ghosting me|dodging (?:me|my)|hiding behind|lying(?=\s*(?:[.!,;]|$| to me| and| about))|playing (?:games|the victim|innocent|dumb)|running away|pretending (?:nothing|it didn'?t|you didn'?t|you did nothing)){WE}|${YOU_MAIN}\s+(?:can'?t|cannot|don'?t get to|do not get to) (?:just )?(?:walk away|walk out|disappear|vanish|leave|end (?:it|this|things)|throw away|pretend|rewrite|erase|ghost|cut me off|drop me){WE}|{WB}i (?:(?:literally|really|honestly|even|just)\s+)?(?:gave|did|sacrificed|tried|put up with|forgave)[^.!?\n]{0,40}?,? (?:and|but) (?:{YOU}) (?:(?:still|just|then|simply)\s+)?(?:left|walked (?:out|away|off)|cheated|lied|gave up|bailed|disappeared|threw it (?:all )?away){WE}|${YOU_MAIN}\s+(?:(?:just|simply|basically)\s+)?(?:moved out|packed|left|cleared out|emptied|sold|changed the locks|slept with|cheated|went off|snuck|sneaked|met (?:him|her|up with)|had (?:him|her) over|read my|went through my)[^.!?\n]{0,50}? (?:while|whilst|when) i (?:was|were) (?:at work|away|asleep|sleeping|out|in hospital|ill|sick|working|up in|on|pregnant|grieving|at|visiting|abroad|overseas){WE}|${YOU_MAIN}\s+let me (?:find out|hear (?:it|about it)?|learn|discover|read about it)(?: (?:about it|it))? (?:from|on|through|via|by|in){WE}|{WB}(?:it was|it'?s|it is) (?:(?:all|really|only|just) )?(?:your|ur) [a-z]+(?: [a-z]+)?(?:,? not [^,.!?\n]{1,30},?)? (?:that|which|what) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|did for|sank|doomed|tore){WE}|{WB}(?:your|ur) (?:lies|lying|cheating|temper|drinking|selfishness|affair|pride|ego|anger|jealousy|coldness|silence|gambling|moods|secrets|betrayal) (?:finished|ended|killed|ruined|destroyed|broke|wrecked|sank|doomed|tore apart|poisoned) (?:us|it|everything|our|what we){WE}|{WB}thanks?(?: you)?(?: (?:ever so much|so very much|a million|a bunch|heaps|loads|again|a lot|very much|so much|for that))? for (?:telling (?:everyone|all|our|my|the whole)|announcing|posting|leaving me (?:with|to)|dumping|blindsiding|springing|sticking me with|landing me with|making me look|letting me (?:find out|hear|learn)|the (?:humiliation|lies|heartbreak)){WE}|${YOU_MAIN}\s+(?:(?:always|just|simply|basically)\s+)?(?:made|took|decided|planned|booked|spent|sold|chose|signed|arranged|organised|organized|bought|moved)[^.!?\n]{0,30}? without (?:me|asking me|telling me|consulting me|a word|talking to me|checking with me|a second thought)(?! even){WE}|${YOU_MAIN}\s+(?:(?:always|just|often)\s+)?(?:made|make) me feel (?:like )?(?:a|an) (?:[a-z-]+ )?(?:lodger|stranger|guest|intruder|outsider|burden|fool|idiot|child|failure|nuisance|servant|maid|nobody|afterthought|option|criminal|suspect|liar|joke|ghost|prisoner|inconvenience|second choice|lunatic|madwoman|madman|spare part|doormat){WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:of )?(?:your|ur) [a-z]+{WE}|{WB}i (?:only |just |ever )?(?:drank|cheated|strayed|lied|shouted|yelled|snapped|looked elsewhere|did (?:it|that|what i did)|went (?:off|elsewhere)|slept with (?:him|her|someone))[^.!?\n]{0,20}? because (?:{YOU}) (?:were|was|never|didn'?t|wouldn'?t|stopped|always|made|pushed|left|ignored|had){WE}|${YOU_MAIN}\s+(?:just )?(?:walked (?:away|out|off)|left|went) and left me (?:to|with|alone){WE}|${YOU_MAIN}\s+(?:did|were|was|behaved|acted)(?: (?:far|much|way|even|a lot|ten times|so much|a hundred times))? worse(?=\s*(?:[.!,;]|$| than me| to me))|${YOU_MAIN}\s+(?:were|was) (?:just )?as bad{WE}|{WB}i (?:feel|felt) (?:like|that|as if|as though) (?:{YOU}) (?:never|didn'?t|did not|don'?t|do not|stopped|don'?t even)(?![^.!?\n]{0,40}(?:deserve|my fault|because of me|on me|have to|need to|owe)){WE}|{WB}i (?:feel|felt|think|thought|still think|believe) (?:that |like )?(?:{YOU}) (?:should|could)(?:'ve| have| of) (?:told|called|said|warned|been (?:honest|there|straight)|asked|talked|tried|come to me|listened|fought){WE}|${YOU_MAIN}\s+(?:(?:still|just)\s+)?(?:did it|went ahead|carried on|kept going|kept at it|kept doing it|said it|kept pushing|left|did)(?: \w+){0,3} (?:anyway|regardless|all the same)(?![^.!?\n]{0,40}(?:grateful|thank|glad|love|proud))(?=\s*(?:[.!,;]|$))|{WB}(?:your|that|the way (?:you|u)) (?:[a-z]+ ){0,2}(?:silence|behaviou?r|leaving|left|lie|lies|affair|text|message|decision|cheating|betrayal|treatment|actions?|words|comments?|remarks?|temper|disappearing act|exit)(?: [a-z]+){0,3} (?:was|were|is|are) (?:so |really |incredibly |just |frankly |utterly |completely )?(?:cruel|unfair|cowardly|heartless|selfish|low|nasty|spiteful|unforgivable|disgusting|vile|a betrayal|pathetic|shameful|despicable|inexcusable|unacceptable|a low blow|beneath you)(?! of me| on my part| to you){WE}|${YOU_MAIN}\s+(?:left|given|gave) me (?:no|little) (?:choice|option|alternative){WE}|${YOU_MAIN}\s+forced my hand{WE}|${YOU_MAIN}\s+(?:were|was)\s+(?:off |out |away )?(?:with (?:him|her|them|someone)|sleeping with|seeing (?:him|her|someone)|texting (?:him|her|someone))[^.!?\n]{0,20}? (?:the whole time|all along|behind my back|all that time|for months|the entire time){WE}|{WB}and (?:{YOU}) (?:were|was) off with{WE}|${YOU_MAIN}\s+(?:said|promised|swore)(?: (?:you|u)'?d| (?:you|u) would| that)? [^.!?\n]{0,30}? (?:(?:like |about |at least )?(?:\d+|two|three|four|five|six|ten|a hundred|a million|so many) times|(?:every|each) time|again and again|over and over){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:took my side|stood up for me|backed me up|defended me|had my back|stuck up for me|checked on me|made the effort|picked up|rang|phoned|offered|said you were sorry|owned){WE}|${YOU_MAIN}\s+(?:kept me (?:hanging|waiting|guessing|on a string|in limbo|dangling)|strung me along|led me on|played with my (?:feelings|heart|head)|messed with my head|toyed with me|took me for a (?:fool|ride|mug)|took advantage of me){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly)\s+)?lied (?:about (?:everything|it all|her|him|them|where|who|what|the|your|us|money)|from (?:the start|day one|the beginning)|to everyone){WE}|${YOU_MAIN}(?:'re|\s+(?:are|were|was))\s+(?:always\s+)?the (?:problem|issue|one with the problem){WE}|${YOU_MAIN}\s+(?:went|did (?:it|this|that|things)|talked|planned|got engaged|met (?:him|her|up)|lied|sneaked|snuck|made plans) behind my back{WE}|${YOU_MAIN}\s+(?:broke|tore|ripped|split|blew) (?:this|our|the|my) (?:family|home|marriage)(?: apart| up)?{WE}|${YOU_MAIN}\s+(?:always )?turned (?:every|each|any|all|our|everything|every little)[^.!?\n]{0,30}? into (?:a|an){WE}|{WB}(?:it'?s|it is|it was|that'?s|this is) (?:all |entirely )?down to (?:you|u) (?:that|why){WE}|${YOU_MAIN}\s+(?:always |just )?chose [^.!?\n]{1,30}? over (?:me|us|our|the kids|your family){WE}|${YOU_MAIN}\s+(?:(?:just|always|constantly|repeatedly)\s+)?lied(?: (?:to me|for (?:months|years|weeks|ages)|again|constantly|repeatedly))* (?:about|for){WE}|${YOU_MAIN}\s+(?:spent|blew|gambled|drank|wasted|emptied|cleared|drained|took) (?:all )?(?:of )?(?:our|my|the) (?:savings|money|joint account|account|rent|inheritance|deposit|wages|pension){WE}|${YOU_MAIN}\s+(?:always\s+)?treated me (?:like|as) (?:an? |your |the )?(?:[a-z-]+ )?(?:doormat|dog|rag|servant|slave|skivvy|punch ?bag|punching bag|cash machine|bank|taxi|trophy|lodger|atm|convenience|fool|kid|child|rubbish|crap|dirt|nothing|nobody|stranger|maid|housekeeper|cleaner|nanny|mug|option|afterthought){WE}|${YOU_MAIN}\s+treated me (?:so )?(?:badly|terribly|awfully|appallingly|horribly|like shit){WE}|${YOU_MAIN}\s+(?:had|were having|started|carried on) an? (?:affair|fling|thing) with{WE}|${YOU_MAIN}\s+made my life (?:a )?(?:living )?(?:hell|misery|nightmare){WE}|${YOU_MAIN}\s+(?:shut|froze|cut|kept|pushed|locked) me out{WE}|${YOU_MAIN}\s+(?:just\s+)?(?:walked out|left|disappeared|vanished|went|moved out|packed up)(?: on (?:me|us))? without (?:a word|a goodbye|saying (?:goodbye|a word|anything)|an explanation|a note|warning|telling me|even){WE}|{WB}i (?:was|stayed|remained) (?:faithful|loyal|honest|true)[^.!?\n]{0,10}?,? (?:and |but |while )?(?:you|u) (?:weren'?t|were not|wasn'?t|never were){WE}|{WB}(?:it was|it'?s|it is) (?:you|u) (?:who|that) [^.!?\n]{1,40}?,? not me{WE}|${YOU_MAIN}\s+(?:went|turned|got) (?:cold|distant|quiet|silent) on me{WE}|${YOU_MAIN}\s+(?:talked down to|spoke down to|shouted at|yelled at|screamed at|laughed at|made fun of|mocked|belittled|insulted|embarrassed|humiliated|criticised|criticized|put|undermined) me(?: down)? (?:in front of|at (?:my|our|the|your)|all the time|constantly){WE}|${YOU_MAIN}\s+(?:were|was) never (?:there|around|home|present) (?:when|for){WE}|${YOU_MAIN}\s+(?:just\s+)?left me (?:to (?:deal with|clean up|sort out|pick up|face|explain|pay|handle)|with (?:your|ur|the|all the) (?:mess|debts?|bills|fallout|consequences)){WE}|{WB}(?:and|so) (?:you|u) lost (?:me|us|everything){WE}|${YOU_MAIN}\s+(?:always )?put (?:your|ur) (?:[a-z]+ )?(?:mates|friends|work|job|career|phone|family|mum|mother|ex|hobbies|band|football|gaming|golf|drinking) (?:first|before me|ahead of me|above me|over me){WE}|{WB}(?:your|ur) (?:choice|decision|call|doing)[^.!?\n]{0,30}?,? (?:so )?(?:own it|live with it|deal with it){WE}|${YOU_MAIN}\s+made (?:a fool|a mug|an idiot|a laughing stock|a joke) (?:out )?of me{WE}|${YOU_MAIN}(?:'ve| have)? got (?:a|some) nerve{WE}|{WB}the nerve of (?:you|u){WE}|${YOU_MAIN}\s+had the nerve to{WE}|${YOU_MAIN}\s+(?:always )?(?:picked|started|made) (?:a fight|fights|an argument|arguments|a scene|scenes) (?:every|each|whenever|over|about|with me){WE}|${YOU_MAIN}\s+let (?:your|ur|him|her|them|everyone|people) [^.!?\n]{0,20}?(?:walk all over|treat|insult|talk to|speak to|bully|belittle|humiliate|push) me{WE}|${YOU_MAIN}\s+[a-z]+[^.!?\n]{0,40}? instead of (?:(?:being )?with (?:me|us)|(?:being |coming )?home|helping|listening|talking to me|spending time with (?:me|us)){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?took (?:any |real |an ounce of )?responsibility{WE}|${YOU_MAIN}\s+(?:(?:just|always)\s+)?lied (?:straight |right |directly )to my face{WE}|${YOU_MAIN}\s+(?:were|was|'ve been|have been|became|got) (?:so |always |really |completely )?(?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|unfaithful|checked out|nasty|mean|vicious)(?: and (?:cold|distant|absent|unkind|cruel|selfish|dismissive|controlling|possessive|secretive|nasty|mean))?(?: (?:for|all|the whole|every|with me|to me|towards me|after)|(?=\s*(?:[.!,;]|$))){WE}|${YOU_MAIN}\s+(?:(?:completely|totally|just)\s+)?(?:ruined|wrecked|spoiled|spoilt) (?:christmas|(?:my|our|the|every) (?:birthday|wedding|holiday|christmas|anniversary|party|trip|day|night|weekend|life|family)){WE}|${YOU_MAIN}\s+never (?:once |really |even )?(?:supported|backed|encouraged|believed in|respected|valued|celebrated|asked about) (?:my|me|our){WE}|${YOU_MAIN}\s+never (?:once |really |even )?let me (?:be (?:myself|me|happy)|breathe|grow|live|have (?:a say|my say|friends|a life)|make (?:a|my own) decision){WE}|${YOU_MAIN}\s+wasted (?:(?:\w+ )?years|my (?:time|life|youth|twenties|thirties|best years))(?! (?:on|with) me){WE}|${YOU_MAIN}\s+(?:made|make) me (?:the|out to be the|look like the) (?:villain|bad guy|bad one|problem|scapegoat|crazy one|monster){WE}|${YOU_MAIN}\s+(?:never|not once|never once)\s+(?:even\s+)?(?:said|say) (?:sorry|you were sorry|thank you|thanks){WE}|${YOU_MAIN}\s+turned (?:my|our|the|everyone|all|people)[^.!?\n]{0,20}? against me{WE}|${YOU_MAIN}\s+hurt me (?:more than|worse than|so (?:badly|much)|deeply|badly){WE}|${YOU_MAIN}\s+[a-z]+[^.!?\n]{0,30}? and (?:you )?(?:didn'?t|did not|never|don'?t) (?:even )?(?:care|blink|look back|apologi[sz]e|notice){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'veiled',
      // Blame dressed as observation, sarcasm or history: "You were the one who wanted a break", "I'm not the one
      // who cheated", "Funny how it was always my fault", "Let's not pretend you were innocent", "We'd still be
      // together if you hadn't…", "Any normal person would have apologised", "All you ever did was criticise me",
      // "Everyone saw how you treated me", "It was your drinking that tore us apart", "Remember who walked out first".
      re: sp(
        String.raw`{WB}(?:{YOURE}|you were|u were|u r) the one (?:(?:who|that)(?:'s| was| is)? )?(?:always |first |originally )?(?:wanted (?:a break|out|space|to (?:end|leave|stop|split|break up|go|separate|take a break|call it))|asked for (?:a break|space|a divorce|time apart)|pulled away|went (?:quiet|cold|silent|distant)|stopped (?:talking|answering|trying|caring|calling|texting|making)|said (?:it was over|we were done|it'?s over|we should|we needed|you needed|you wanted|you didn'?t|you weren'?t)|moved out|picked (?:fights|a fight|arguments)|(?:always )?picking (?:fights|arguments)|started (?:it|the fights?|all this|this|the arguments?)|kept secrets|shut me out|called it off|broke it off|blocked me|ghosted me|walked (?:out|away)(?! from (?:the|that|your|a|an|my) ))(?!\s+(?:and|but),? (?:you were right|i (?:understand|respect|get) (?:it|that|why)))(?:{WE}|$)|{WB}(?:i'?m not|im not|i am not|i was not|i wasn'?t|i wasnt|it wasn'?t me|it was not me|it wasnt me)(?: the one)? (?:who|that) (?:cheated|lied|left|walked (?:out|away)|gave up|ended (?:it|things|us)|broke (?:it|us|my promise|the)|ruined|strayed|had (?:an|the) affair|went behind|kept secrets|stopped trying|disappeared|ghosted|quit|started (?:it|this|the))(?!\s+(?:and|but) i){WE}|{WB}(?:funny|interesting|strange|odd|convenient|typical|rich|ironic) (?:how|that) (?:(?:you|u) (?:(?:only|conveniently|suddenly|never|always manage to|seem to forget)\b|forgot|forget|left out|leave out)|(?:it'?s|it is|it was|everything (?:is|was))(?: always| all)? (?:my fault|me who|me that|me to blame|on me)|(?:i'?m|i am|i was) (?:always )?the (?:only )?one (?:to blame|at fault)){WE}|{WB}(?:you|u) (?:conveniently|selectively) (?:forgot|forget|forgetting|left out|leave out|ignore|ignored|remember|rewrote|rewrite){WE}|{WB}(?:you'?re|you are|ur|stop|quit|you keep|you'?ve been|you have been) rewriting (?:history|the past|what happened){WE}|{WB}(?:let'?s not|don'?t|dont|do not|stop|quit) (?:pretend(?:ing)?|act(?:ing)?(?: like| as if| as though)?|mak(?:e|ing) out) (?:that )?(?:(?:you|u)(?:'re| are| were| was| r| did| had| didn'?t| never| weren'?t| have)? )?(?:(?:so|all|totally|completely|entirely|just)\s+)?(?:innocent|the victim|blameless|perfect|a saint|an angel|the good (?:guy|one)|surprised|shocked|nothing|no idea|no part|clueless|the injured party|hard done by){WE}|{WB}if (?:only )?(?:you|u)(?:'d| had| hadn'?t| had not| hadnt)(?: just| only| ever| not| never| at least| bothered to| been)? [a-z]+[^.!?\n]{0,60}?(?:i (?:wouldn'?t|would not|wouldnt|would never|'d never|'d not) (?:have |'ve )?(?:needed|had to|done|looked|cheated|strayed|gone|left|said|started|reacted|snapped|lost|ended up)|we (?:wouldn'?t|would not|wouldnt) (?:be|have)|things (?:would|might) (?:be|have been) different){WE}|{WB}(?:we'?d|we would|we wouldn'?t|we would not|we wouldnt|i wouldn'?t|i would not|i wouldnt|i'?d never|none of this would|things would|this wouldn'?t)[^.!?\n]{0,50}? if (?:only )?(?:you|u) (?:hadn'?t|had not|hadnt|had never|'d never|had just|'d just|had only|had bothered|'d bothered|had listened|'d listened|had stayed|'d stayed|had tried|'d tried|had cared|'d cared|had been|'d been|were(?:n'?t)? (?:more|less|so|always|never|ever)){WE}|{WB}(?:any|a) (?:normal|decent|reasonable|sane|other|real|proper|half-decent|grown) (?:person|man|woman|boyfriend|girlfriend|husband|wife|partner|adult|human(?: being)?|guy|girl|bloke|friend|father|mother|dad|mum|mom)[^.!?\n]{0,15}? (?:would(?:'ve| have| of)|'d have|wouldn'?t have|would never have|would not have)(?! been (?:lucky|proud|happy|glad|honou?red|thrilled)| (?:left|walked out on|given up on|dumped|kicked out) me| done the same){WE}|{WB}all (?:you|u) (?:ever )?(?:did|do|cared about|care about|thought about|think about|talked about|wanted to do)(?: (?:was|is|were))? (?:(?:criticis|criticiz|complain|moan|nag|shout|yell|scream|blame|judg|drink|gambl|lie|lying|party|whin|sulk|argu|pick)[a-z]*|yourself|(?:your|ur) (?:self|phone|ego|image|career|money|looks|mates|friends)){WE}|${YOU_MAIN}\s+(?:(?:always|constantly|often)\s+)?(?:made|make|makes) me feel (?:like )?(?:i was |i'?m |im )?(?:(?:so|really|completely|totally)\s+)?(?:going (?:mad|crazy|insane)|mad|crazy|insane|paranoid|the problem|a burden|a nuisance|an? (?:inconvenience|afterthought|failure|disappointment|embarrassment)|(?:it was|everything was) my fault|not good enough|unlovable|ashamed|guilty|needy|too much){WE}|{WB}(?:not once|never once|never) (?:did|have|had) (?:you|u) (?:ever )?(?:(?:ask|asked) (?:me|how|about|after|if|whether)|(?:say|said) (?:sorry|thank|you were|a word|goodbye)|stand|stood|apologi[sz]e|apologi[sz]ed|call|called|check|checked|(?:take|took) (?:responsibility|my side|me seriously)|admit|admitted|thank|thanked|listen|listened|offer|offered|help|helped|come|came|visit|visited|back|backed|defend|defended|consider|considered|stick|stuck){WE}|{WB}(?:everyone|everybody|people|the whole (?:family|street|town|village|office)|all (?:our|my) friends|my (?:family|friends|mum|mom|dad|sister|brother)) (?:saw|sees|knows|knew|could see|noticed|heard|remembers|witnessed|has seen) (?:how|the way|what) (?:you|u) (?:treated (?:me|us)|treat (?:me|us)|spoke to|speak to|talked to|talk to|behaved|acted|did to me|humiliated|ignored|left me|dumped me)(?! (?:with|so well|well|kindly|gently|like (?:a (?:queen|king|princess|prince)|family|gold))){WE}|{WB}(?:it was|it'?s|it is|that was) (?:(?:always|all)\s+)?(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal|mother|mum|mom|family|friends|job|work|phone|behaviou?r) (?:that|which) (?:tore|ruined|destroyed|killed|broke|ended|finished|wrecked|drove|pushed|split|cost|poisoned|sank|doomed){WE}|{WB}(?:it was|it'?s|it is) (?:always )?(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal)(?=\s*(?:[.!;]|$))|{WB}(?:the )?(?:real )?(?:problem|issue) (?:was|is|has always been)(?: always)? (?:(?:you|u)(?=\s*(?:[.!,;]|$| and| not| all along))|(?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal|mother|family|friends|job|work|phone|behaviou?r)){WE}|{WB}(?:the )?(?:problem|issue) (?:was|is) never (?:me|mine)(?=\s*(?:[.!,;]|$))|{WB}(?:your|ur) (?:constant |endless )?(?:jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal) (?:suffocated|smothered|drove|pushed|wore|ground|crushed|tore|ripped|broke|cost|killed|poisoned|finished|wrecked|ruined|destroyed|ended)(?: me| us| our| my| everything| it){WE}|{WB}because of (?:your|ur) (?:jealousy|lies|lying|cheating|temper|drinking|gambling|selfishness|silence|coldness|pride|ego|affair|anger|insecurity|controlling|possessiveness|moods|mood swings|spending|secrets|indifference|stubbornness|attitude|criticism|nagging|neglect|betrayal|behaviou?r),? (?:i|we|our|my|everything){WE}|{WB}remember (?:who|which one of us) (?:walked out|left|ended|cheated|lied|gave up|started|quit|broke|strayed|moved out){WE}|{WB}(?:you|u) (?:were|was) (?:always )?(?:so|too) (?:busy|wrapped up|caught up|obsessed|absorbed|consumed)[^.!?\n]{0,40}? (?:forgot (?:i|me|about me|we)|(?:didn'?t|never|couldn'?t) (?:even )?(?:notice|see|ask|care|listen)|to (?:notice|see|care|ask|listen)|notice (?:me|that i|i)){WE}|${YOU_MAIN}\s+(?:always |just )?(?:found a way to |had to |managed to )?(?:make|made|making|turn|turned) (?:it|everything|every \w+|it all)(?: all)? about (?:you|yourself|u){WE}|${YOU_MAIN}\s+(?:(?:just|deliberately|knowingly|simply|still)\s+)?chose to (?:lie|cheat|ignore|hide|believe (?:him|her|them|your)|stay silent|say nothing|side with|go behind|throw|walk away from (?:us|me)|keep (?:it|secrets|lying)){WE}`,
      ),
      suggest: ['I felt hurt when that happened, and I would like to understand it better.'],
    },
    {
      id: 'sideways',
      // Accusations by comparison, sarcasm or denial of one's own share: "I wasn't the one keeping my phone
      // face-down", "at least I never lied to your face", "which is more than you managed", "other couples manage",
      // "my sister's husband still manages to phone her", "classic you", "excuse me for expecting you to turn up",
      // "it's weird how your phone was always dead", "had you been honest, none of us would be in this mess",
      // "I only went back to smoking because living with you was that stressful", "it's not all on me".
      re: sp(
        String.raw`{WB}(?:i wasn'?t|i was not|i wasnt|i'?m not|im not|i am not) the one (?:(?:who|that) )?(?!(?:gets?|got|has|had|should|can|could|will|would|needs?|wants?|to)\b)[a-z]+(?:ing|ed)(?!\s+(?:and|but) i){WE}|{WB}at least i (?:never|didn'?t|did not|wasn'?t|was not|don'?t|haven'?t|have never|'ve never) (?:lied|lie|lying|cheat|cheated|cheating|hid|hide|left|leave|walked|ghosted|disappeared|pretended|pretend|blamed|shouted|went behind|kept secrets|broke){WE}|{WB}(?:which is |that'?s |thats )?more than (?:you|u) (?:ever )?(?:managed|did|could|can say|bothered|ever did)(?=\s*(?:[.!,;]|$))|{WB}more than can be said for (?:you|u)(?=\s*(?:[.!,;]|$))|{WB}(?:(?:her|his|their)|[a-z]+'s) (?:husband|wife|boyfriend|girlfriend|partner|fella|bloke|fiance|fiancee)[^.!?\n]{0,50}? (?:still|always|somehow) manages? to{WE}|{WB}other (?:couples|people|men|women|husbands|wives|boyfriends|girlfriends|dads|fathers|mums|mothers|partners) (?:manage|seem to manage|cope|find (?:the )?time|make (?:it|time|the effort))(?![^.!?\n]{0,40}(?:and so (?:can|could) we|we (?:can|could) too)){WE}|{WB}most (?:men|women|people|adults|guys|girls|grown-ups) (?:your|ur) age{WE}|{WB}(?:classic|typical) (?:you|u)(?=\s*(?:[.!;]|$|,? really|,? again|,? as usual))|{WB}(?:forgive|excuse|pardon) me (?:if i (?:don'?t|dont|do not|can'?t) (?:buy|believe|trust|swallow)|for (?:expecting|thinking|assuming|hoping|wanting|believing) (?:you|u|that you|my (?:husband|wife|partner)|a (?:husband|wife|partner))){WE}|{WB}(?:weird|funny|interesting|strange|odd|amazing|convenient|typical|rich) (?:how|that) (?:(?:your|ur) (?:phone|memory|work|job|mates|friends|mum|mother|schedule|shifts?|trips?|battery|meetings|version|story|side)|[^.!?\n]{0,40}?(?:only|suddenly|conveniently)[^.!?\n]{0,30}?(?:(?:once|when|after|since|until|the (?:day|week|month)) (?:you|u)|(?:your|ur) )){WE}|{WB}(?:if (?:only )?(?:you|u)(?:'d| had| hadn'?t| had not)|had (?:you|u)(?: not)?) [^.!?\n]{1,70}?(?:none of (?:us|this|it) would|wouldn'?t be in this (?:mess|situation|position)|we(?:'d| would) (?:have been|be) (?:fine|okay|ok|happy|together|alright)){WE}|{WB}(?:we could(?:'ve| have)|it could(?:'ve| have)|we might(?:'ve| have)|we(?:'d| would) have)[^.!?\n]{0,40}? if (?:only )?(?:you|u)(?:'d| had)(?! asked){WE}|{WB}(?:didn'?t|did not|never) start(?:ed)? with me{WE}|{WB}(?:was|is) (?:not|n'?t|never) of my (?:making|doing|choosing){WE}|{WB}(?:wasn'?t|isn'?t|wasnt|isnt) of my (?:making|doing|choosing){WE}|{WB}(?:you|u) (?:had )?(?:already )?(?:checked out|given up|gave up|moved on|stopped caring|fallen out of love|fell out of love)(?: on us| of (?:this|the|our) (?:marriage|relationship))?[^.!?\n]{0,30}? (?:long )?before (?:i did|me|i even){WE}|{WB}(?:everything|nothing) i (?:did|said|do|say|tried)(?: was| is)(?: ever)? (?:wrong|good enough|right|enough) (?:for (?:you|u)|to (?:you|u)|in (?:your|ur) eyes){WE}|{WB}(?:you|u) decided (?:that )?everything i{WE}|${YOU_MAIN}\s+(?:just )?(?:didn'?t|did not|didnt|never|couldn'?t|couldnt) (?:even )?bother(?:ed)? (?:to )?(?:telling|tell|asking|ask|calling|call|saying|explaining|mentioning|coming|showing|replying|checking|turning up|turn up){WE}|{WB}i (?:only|just) (?:ever )?[a-z]+(?: [a-z]+){0,5} because (?:(?:you|u) (?:were never|never|(?:were )?always (?:at work|out|busy|on (?:your|ur) phone|working|drunk|angry|away|shouting|gone)|kept (?:pushing|nagging|lying|shouting|ignoring|on at me|me)|didn'?t|weren'?t|wouldn'?t|couldn'?t|pushed|drove)|(?:living|being) with (?:you|u) was){WE}|{WB}(?:we were|we'?d been|everything was|things were) (?:fine|happy|good|okay|great|ok)[^.!?\n]{0,20}? (?:until|till|before) (?:(?:you|u) (?:started|met|got(?! (?:sick|ill|pregnant|promoted|the diagnosis|better))|decided|joined|took|went|began|changed|stopped)|(?:your|ur) (?:mother|mum|mom|family|friends|job|work|ex|drinking|affair|new))(?![^.!?\n]{0,60}(?:my fault|(?:and|but),? i (?:wasn'?t|didn'?t|failed|couldn'?t|should|let|ruined|broke|started|wrecked|pushed))){WE}|${YOU_MAIN}\s+(?:always )?had (?:an )?excuses?(?: ready| for everything)?{WE}|{WB}(?:anyone|anybody|someone) with (?:half a heart|a heart|a conscience|any decency|an ounce of [a-z]+|half a brain|common sense)[^.!?\n]{0,20}? would(?:'ve| have){WE}|${YOU_MAIN}\s+made sure (?:everyone|everybody|people|our friends|the kids|they) (?:took (?:your|ur) side|blamed me|turned|saw me|thought|knew (?:my|i)){WE}|{WB}(?:let'?s not|don'?t|dont|do not|stop|quit) pretend(?:ing)? (?:that )?(?:you|u) (?:didn'?t|did not|didnt|had no|never|weren'?t|wasn'?t){WE}|{WB}all (?:you|u) (?:ever )?(?:cared|care|thought|think|talked|talk|worried) about (?:was|is|were) (?:your|ur|yourself|money|work|sex|drinking|football|golf|the pub|appearances|looks){WE}|{WB}(?:you|u) knew (?:exactly|full well|perfectly well|damn well) what (?:you|u) were doing{WE}|{WB}(?:went wrong|(?:things|it all) (?:went|started going) (?:wrong|downhill|south)|the (?:trouble|problems?|rot|arguments?|fighting|rows) (?:started|began|set in))[^.!?\n]{0,20}? (?:the (?:night|day|moment|week|year|minute)|when|once|after) (?:you|u){WE}|{WB}(?:it'?s|its|it is|it was|that'?s|thats|this is) not (?:all |entirely |just |only )?(?:on me|my fault)|{WB}(?:wasn'?t|isn'?t|wasnt|isnt) (?:all |entirely |just |only )?(?:on me|my fault){WE}|{WB}i'?m not the only one (?:who|that) (?:should|needs? to|has to|ought to|could|was|did|made){WE}|{WB}takes a (?:special|certain|real|particular) (?:kind|sort|type) of (?:person|man|woman|coward|nerve){WE}|{WB}found (?:the )?time for [^.!?\n]{1,40}? but not (?:for )?(?:me|us|my|our){WE}|{WB}(?:shame|pity) (?:that )?(?:you|u) never (?:learned|learnt|bothered|managed|grew){WE}|{WB}(?:had to|have to|got to) (?:hear|find out|learn|read) (?:about (?:it|[^.!?\n]{1,25}?) )?(?:from|on|via|through) (?:our|my|your|ur|a friend|the neighbours|facebook|instagram|insta|twitter){WE}|{WB}(?:finding|found|find) out (?:on|from|via|through) (?:instagram|insta|facebook|fb|twitter|tiktok){WE}|{WB}not [a-z]+(?: it| me)? like (?:you|u) always (?:do|did){WE}|${YOU_MAIN}\s+(?:(?:just|simply)\s+)?(?:did not|didn'?t|didnt) (?:listen|care|try|call|ask|help|notice|bother)(?=\s*(?:[.!,;]|$| to me| once| at all| even| ever| properly))|{WB}(?:once|when) (?:you|u)(?: were| are|'re) done (?:sulking|sulk|being childish|with (?:your|ur) tantrum)|{WB}(?:so )?thanks,? i guess{WE}|{WB}some of us (?:actually |at least |really |did )?(?:tried|cared|made an effort|bothered|stayed|fought){WE}|{WB}(?:guilty|ashamed|bad|terrible|awful)[^.!?\n]{0,30}?,? (?:and|as) (?:you|u) should(?: (?:be|feel))?(?=\s*(?:[.!]|$))|{WB}(?:not|never|without) (?:so much as|even) (?:a )?(?:thank[- ]you|thanks){WE}|{WB}(?:you'?d|you had|(?:you|u)) stopped (?:coming|calling|trying|turning up|showing up|visiting|caring|making (?:an )?effort)(?: to [a-z']+(?: [a-z']+)?)? (?:long )?before (?:i did|me){WE}|{WB}(?:you|u) used to be (?:so |such |really )?(?:kind|nice|fun|sweet|caring|thoughtful|different|gentle|patient|a good [a-z]+|the (?:kindest|sweetest|nicest) [a-z]+)(?=\s*(?:[.!]|$))|{WB}(?:you|u) do (?:you|u),? i guess{WE}|{WB}(?:you'?d|you would|you'?d made it clear you'?d) rather (?:be|spend|go|stay)[^.!?\n]{0,40}? than (?:(?:be )?(?:at )?home|with (?:me|us)){WE}|(?<=(?:^|[.!?\n])\s{0,3})funny,? that(?=\s*(?:[.!]|$))|{WB}(?:cheers|thanks|thank you) for (?:finally|the lovely surprise|nothing){WE}|{WB}only took (?:you|u) [a-z0-9]+ (?:days|weeks|months|years){WE}|{WB}(?:you|u) (?:just )?(?:packed|walked|left)[^.!?\n]{0,30}? and (?:let|left) me (?:explain|tell|deal|face|pick|clean|sort|handle){WE}`,
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
      `(?:used to|(?<!(?:never|not) )once|for a long time i|at first i) (?:think|thought|believe|believed|say|said|blame|blamed|tell myself|told myself)[^,.;:!?\\n]{0,40}`,
    ),
    // Absolution and shared responsibility: "it wasn't all your fault", "we both made mistakes".
    sp(
      `(?:not|n't|never|no one'?s|nobody'?s|none of (?:this|it|that)(?: (?:is|was|'s))?|no) (?:all |entirely |only |just |ever |really )?(?:your|ur) fault`,
    ),
    // Reported speech without quotes: "My sister says you never cared, but I don't believe that".
    sp(
      `{WB}(?:(?:my|our|his|her|their|your|ur) (?:[a-z]+ )?[a-z]+|everyone|everybody|people|they|friends) (?:says?|said|keeps? saying|kept saying|thinks?|thought|reckons?|reckoned|told me|tells me|claims?|claimed|insists?|insisted)(?: that)?,? (?:you|u){WE}[^.!?\\n;,]{0,60}`,
    ),
    // The writer's own accountability or thanks after a "you" clause: "You never asked for much, and I gave you even
    // less", "You were always working so hard for us, and I didn't see it then".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|and|but|—)\\s*(?:honestly |looking back |now )?(?:i (?:never (?:thanked|appreciated|told you|said thank|noticed how)|(?:didn'?t|did not|never) (?:thank|appreciate|deserve|see it|notice how|tell you how)|gave (?:you )?(?:even )?(?:less|nothing|so little)|gave (?:nothing|so little)|took (?:it|that|you|all of it) for granted|(?:am|'m) (?:so )?(?:sorry|grateful|thankful)|respect (?:that|it|your|you)|was (?:wrong|the one))|i (?:admired|admire|was proud|am proud|'m proud)|i (?:see|know|understand|realise|realize) (?:now|that now|it now|why now)|i wish i(?:'d| had)|i should have (?:helped|been|done|seen how|noticed|listened|thanked)|bless (?:you|u)|that'?s (?:fine|okay|ok|fair)|that'?s on me|you were right|you'?re right|(?:that'?s|it'?s|it was) (?:nobody|no one)'?s fault|neither of us|we both|it was (?:the best|perfect|wonderful|amazing|brilliant|so (?:kind|sweet|lovely)))`,
    ),
    // A shared fault: "if you had stayed, we would have kept hurting each other".
    sp(`{WB}if (?:you|u){WE}[^.!?\\n]{0,80}?(?:each other|both of us|neither of us)`),
    // Hypotheticals and absolution: "if you had asked me a year ago", "none of this is on you".
    sp(
      `{WB}if (?:you|u)(?:'d| had) asked me|(?:none of (?:this|it|that)|nothing)(?: (?:is|was|'s))? on (?:you|u){WE}|(?:not|n'?t|never) (?:all |entirely )?on (?:you|u){WE}`,
    ),
    // Praise, not a charge: "you didn't even flinch", "you didn't even complain".
    sp(
      `(?:didn'?t|did not|didnt|never) even (?:flinch|hesitate|complain|grumble|mind|ask for (?:anything|thanks|a thing)|need (?:to be asked|asking)|think twice|blink)`,
    ),
    // The writer's own words or others', reported and taken back: "I told my friends you'd abandoned me, which wasn't
    // true", "I kept saying you never listened", "Everyone kept saying it was your fault, but it wasn't".
    sp(
      `{WB}(?:i|we|everyone|everybody|people|they|friends)(?: (?:used to|would|kept|keep|was|were))? (?:tell|told|telling|say|said|saying|complain|complained|complaining)(?: (?:everyone|everybody|people|anyone|myself|them|him|her|friends|my (?:[a-z]+ )?[a-z]+|our (?:[a-z]+ )?[a-z]+))?(?: that)?,? (?:you|u|it|this|that){WE}[^.!?\\n;,]{0,60}|{WB}i (?:heard|hear|overheard) (?:[a-z]+ ){0,2}(?:saying|say|said|claim|claiming)(?: that)?,? (?:you|u|it){WE}[^.!?\\n;,]{0,60}`,
    ),
    // A time or a reason that makes it circumstance, not charge: "you were always busy back then, and so was I",
    // "you were always at work that year, and I know you had no choice".
    sp(
      `{WB}(?:you|u) (?:were|was) (?:always|never) [^.!?\\n]{0,40}?(?:,|and|but) (?:so (?:was|were|did) (?:i|we)|i (?:know|knew|understand|understood|get) (?:you|u|why|it|that)|the money|it (?:kept|paid|was for))`,
    ),
    // A "you" clause answered by the writer's share, praise or fondness: "you broke your promise about the dog, but only
    // because I begged you", "it was you who ended it, and I think you were brave to", "you put yourself first for once,
    // and good for you", "you always had to be right about football, which still makes me laugh".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?(?:,|;|—|and|but)\\s*(?:honestly |and |but )?(?:(?:only |mostly |partly |probably )?because i{WE}|(?:i think |i thought )?(?:you|u) (?:were|was) (?:so )?(?:brave|right|kind|honest|strong|wise)|(?:you|u) had to(?=\\s*(?:[.!,;]|$))|good for (?:you|u){WE}|which (?:still )?(?:makes|made) me (?:laugh|smile)|(?:you|u) still (?:bought|came|helped|showed up|smiled|said yes|stayed|listened|took care of (?:me|us|the kids|everything))|(?:you|u) just helped|i(?:'ve| have)? made (?:my )?peace|i(?:'m| am) at peace|i(?:'ve| have)? accepted|(?:i|me) (?:was|did|were) too|i(?:'ve| have) never laughed so (?:hard|much)|(?:i )?found it (?:oddly |rather |quite |so |kind of )?(?:charming|sweet|endearing|funny|cute)|fair enough|i(?:'d| would) have (?:come|helped|been there|understood|listened|said yes)|so (?:was|did) i{WE}|me too|(?:you|u) (?:were|was) having (?:such|so much) fun)`,
    ),
    // A fault mirrored or shared: "you kept things from me, and I kept things from you; we were both scared",
    // "you always ran away from arguments, and I always ran at them; we were a funny pair".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,80}?(?:(?:and|but|,) i (?:always |also )?(?:kept|ran|did|was|had|shut|pushed|hid)[^.!?\\n]{0,30}?(?:too|either|as well|from (?:you|u)|at them)|we (?:were |are )?both(?! know| knew)|both of us|neither of us|we were (?:a|such a) (?:funny |strange |odd )?(?:pair|match|team))`,
    ),
    // The writer's own part given as the cause: "you stopped trying to reach me because I kept pushing you away".
    sp(
      `{WB}(?:you|u){WE}[^.!?\\n]{0,60}?{WB}because i (?:kept|was|pushed|shut|didn'?t|never|wouldn'?t|couldn'?t|made|gave|asked|begged|told)`,
    ),
    // Hard work for the family is no charge: "you were always at work for us".
    sp(
      `{WB}(?:you|u) (?:were|was) always (?:working|at work)[^.!?\\n]{0,20}?(?:for (?:us|me|the (?:kids|family))|so (?:hard|we|that))`,
    ),
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
    { flagged: '[[You never once said sorry]].', pattern: 'you-never' },
    { flagged: '[[You turned my friends against me]].', pattern: 'charge' },
    { notFlagged: 'I turned my friends against you, and I regret it.' },
    { flagged: '[[You were the one who wanted a break]], remember.', pattern: 'veiled' },
    { flagged: "[[I'm not the one who cheated]].", pattern: 'veiled' },
    { flagged: '[[Funny how it was always my fault]], never yours.', pattern: 'veiled' },
    { flagged: "[[Let's not pretend you were innocent in all this]].", pattern: 'veiled' },
    { flagged: "[[We'd still be happy if you hadn't gone through my phone]].", pattern: 'veiled' },
    { flagged: '[[Any normal person would have apologised by now]].', pattern: 'veiled' },
    { flagged: '[[All you ever did was criticise me]].', pattern: 'veiled' },
    { flagged: '[[Everyone saw how you treated me]].', pattern: 'veiled' },
    { flagged: '[[It was your drinking that tore us apart]].', pattern: 'charge' },
    { notFlagged: 'You never asked for much, and I gave you even less.' },
    { notFlagged: 'None of this is your fault.' },
    { notFlagged: 'Any man would have been lucky to have you.' },
    { notFlagged: 'The problem was never you, it was me.' },
    { notFlagged: 'You were the one who wanted space, and you were right.' },
    { notFlagged: 'If you had stayed, I think we would have kept hurting each other.' },
    { flagged: "I wasn't perfect, [[but I wasn't the one keeping secrets]].", pattern: 'sideways' },
    { flagged: 'Your dad rang me on my birthday, [[which is more than you managed]].', pattern: 'sideways' },
    {
      flagged: '[[Had you been honest from the start, none of us would be in this mess]].',
      pattern: 'sideways',
    },
    {
      flagged: "[[Excuse me for expecting you to turn up to your own son's birthday]].",
      pattern: 'sideways',
    },
    {
      flagged: '[[I only started smoking again because living with you was that stressful]].',
      pattern: 'sideways',
    },
    { flagged: 'i was wrong too, [[its not all on me]]', pattern: 'sideways' },
    { notFlagged: 'At least I tried to make it work, and so did you.' },
    { notFlagged: 'Other couples manage to stay friends, maybe we can too.' },
    { notFlagged: "We were happy until you got sick, and I wasn't strong enough for you." },
    { notFlagged: 'None of this is on you, honestly.' },
    { notFlagged: "I'm not the one who gets to decide this." },
    { notFlagged: "I told my friends you'd abandoned me, which wasn't true." },
    { notFlagged: 'I kept saying you never listened, when really I never spoke up.' },
    { notFlagged: "Everyone kept saying it was your fault, but it wasn't." },
    { notFlagged: 'I heard people saying you were cold, and I told them they were wrong.' },
    { notFlagged: 'You were always busy back then, and so was I.' },
    { notFlagged: 'You were always at work that year, and I know you had no choice.' },
    { notFlagged: "You let me down gently, and I'm grateful for that." },
    { notFlagged: "You couldn't even afford the train fare that year, and you still came." },
    { flagged: 'I told you, [[you ruined everything]].', pattern: 'you-ruined' },
    { flagged: '[[You let me down]], again.', pattern: 'you-let-me-down' },
    { notFlagged: 'You broke your promise about the dog, but only because I begged you to take him.' },
    { notFlagged: 'It was you who ended it, and I think you were brave to.' },
    { notFlagged: 'You put yourself first for once, and good for you.' },
    { notFlagged: 'You always had to be right about football, which still makes me laugh.' },
    { notFlagged: 'You always made excuses for me to your friends.' },
    { notFlagged: 'You made it hard for me to leave the party, you were having such fun.' },
    { flagged: '[[You always made excuses for not coming home]].', pattern: 'you-never' },
    { flagged: '[[You made it impossible for me to stay]].', pattern: 'you-ruined' },
    { notFlagged: 'You stopped trying to reach me because I kept pushing you away.' },
    { notFlagged: "You chose him over me, and I've made peace with it; I hope he's kind to you." },
    { notFlagged: 'u were always on ur phone lol, i was too' },
    { notFlagged: "You didn't even know my name the first time we met, and you still bought me a drink." },
    { notFlagged: "You didn't even blink when I told you about my debts; you just helped." },
    { flagged: '[[You chose him over me]], and I will never forgive it.', pattern: 'you-ruined' },
    { notFlagged: 'You never asked me for anything, and I gave you so little.' },
    { notFlagged: 'You always ran away from arguments, and I always ran at them; we were a funny pair.' },
    { notFlagged: 'You kept things from me, and I kept things from you; we were both scared.' },
    { flagged: '[[You kept secrets from me for years]].', pattern: 'you-never' },
    { notFlagged: 'You humiliated me at Scrabble every single Sunday.' },
    { notFlagged: 'You were lying on the sofa when I got home, I remember that so clearly.' },
    { notFlagged: 'You were seeing someone when we met, and you told me straight away.' },
    { notFlagged: 'You were always late, and I found it oddly charming.' },
    { notFlagged: "You should have told me sooner that you were ill; I'd have come." },
    { flagged: '[[You humiliated me in front of my friends]].', pattern: 'you-ruined' },
    { flagged: '[[You were lying to me the whole time]].', pattern: 'you-ruined' },
  ],
})
