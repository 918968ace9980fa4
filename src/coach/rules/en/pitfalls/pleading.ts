// Pleading: begging, desperation ("I'm begging you, please, please come back"). A wish that leaves them
// free ("I would love to see you again, if you want to") is an invitation; "please forgive me for…" is
// an apology; "please take care of yourself" is care.
import { defineRule } from '../define.js'

/** Negated a few words earlier ("I won't beg you"); `n't` and texting forms included. */
const NEG = String.raw`(?<!(?:\b(?:not|never|no|nobody|without|dont|cant|wont|didnt|doesnt|isnt|wasnt|arent|wouldnt|couldnt|shouldnt)|n't)\b[^,.;:!?\n]{0,30})`

/** What is begged for: the return, another chance, not to be left. */
const BEGGED = String.raw`(?:come back(?=\s*(?:[.!?,;\n…]|$)|\s+(?:to (?:me|us)|home|into my life|please|pls|baby|babe|i need|i miss|i love|i beg|now))|come home|take me back|give (?:me|us|this|it) (?:(?:just|only)\s+)?(?:one more|another|a second|one last|a last|a|one) (?:chance|try|shot|go)|don'?t (?:leave|go|give up on|do this|throw (?:this|us|it|away)|let (?:this|us|it) (?:end|go|die)|shut me out|ignore (?:me|this)|forget (?:me|about me|us)|walk away|say (?:no|it'?s over))|dont (?:leave|go|give up on|do this|shut me out|ignore|forget)|i need you(?! to)|i can'?t (?:lose|live|do this|go on|breathe)|answer me|talk to me|say (?:yes|something)|let me (?:back|come back|see you|in)|love me|be mine|choose me|reconsider|change your mind|give us a chance|forgive me and come back|i'?m desperate|i'?m dying)`

export default defineRule({
  id: 'pleading',
  kind: 'pitfall',
  severity: 'warning',
  sixRule: 'brief-sincere',
  title: 'Pleading',
  summary: 'Begging and desperation.',
  message:
    'This sounds like begging. It comes from real pain, but desperation weighs on the reader and makes them step back. Say what you would wish for once, calmly, and leave them free to answer.',
  patterns: [
    {
      id: 'begging',
      // "I'm begging you", "I beg you", "on my knees".
      re: String.raw`{B}(?:(?:i'?m|i am|im)${NEG}\s+(?:(?:literally|really|just|now|honestly|actually|here)\s+)?begging(?:\s+(?:you|u))?|i${NEG}\s+(?:(?:really|just|humbly|literally)\s+)?beg (?:you|u|of (?:you|u)|for)|begging (?:you|u)${NEG}|(?:i'?m|im|i am|i'?d get|i would get|i'?ll get|i will get|i'?d go|i'?d be|i will be|i'?ll be|i would be|(?:begging|asking) (?:you\s+)?) on my (?:bended )?knees)(?![\p{L}\p{N}])`,
      span: 'sentence',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'please-please',
      // "please, please", "plz plz", "pleeease".
      re: String.raw`{B}(?:(?:please|pls|plz|plez|pleas+e+)[\s,…]{1,3}(?:please|pls|plz|plez|pleas+e+)|ple{2,}a*s+e*|pleas{2,}e*|please{2,}|plz{2,}|pl+e+a+s+e+(?=e))(?![\p{L}\p{N}])`,
      span: 'sentence',
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'please-come-back',
      // "Please come back", "Please don't leave me", "Please give me one more chance", "pls talk to me".
      re: String.raw`{B}(?:please|pls|plz)[,\s]+(?:(?:just|i beg you|i'?m begging you|i'?m begging|baby|babe|love)[,\s]+)*${BEGGED}(?![\p{L}\p{N}])`,
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
    {
      id: 'dont-leave-me',
      // Without "please": "Don't leave me", "Come back to me", "I'll do anything, just come back", "I'm desperate".
      re: String.raw`(?:(?<=(?:^|[.!?\n,;:—–])\s{0,3})(?:(?:just|so|and|oh|baby|babe|love|darling|i beg you|i'?m begging you)[,\s]+)*(?:don'?t (?:leave me|give up on (?:me|us)|throw (?:us|this|what we (?:have|had)) away|let (?:this|us|it) (?:end|die)|shut me out|forget (?:me|about me|us)|go(?=\s*(?:[.!,\n]|$)))|come back to me|come home to me|take me back|give (?:me|us) one (?:more|last) chance)|{B}(?:i'?ll|i will|i'?d|i would|i'?m ready to|i am ready to)${NEG} do (?:anything|whatever it takes|whatever you want)(?:[,\s]+(?:just|please|pls|i beg you)|\s+(?:to (?:get|have|win) (?:you|u) back|for (?:you|u) to come back|for (?:another|one more|a second|one last) chance|if (?:you|u) (?:come|came) back|to be with (?:you|u) again))|{B}(?:i'?m|im|i am|i feel|i'?ve become|i'?ve never been so)${NEG} (?:so |really |completely |truly |just |absolutely )?desperate(?![\p{L}\p{N}])|{B}i${NEG} (?:really |just |still )?need (?:you|u) back|{B}i (?:can'?t|cannot|cant) lose (?:you|u)(?: again| too| forever)?)(?![\p{L}\p{N}])`,
      questions: 'any',
      suggest: ['I would love to see you again, if you want to.'],
    },
  ],
  antipatterns: [
    // Idioms: "I beg to differ", "begs the question".
    `beg(?:s|ging)? (?:to differ|the question)`,
  ],
  examples: [
    { flagged: "[[I'm begging you, please, please come back]].", pattern: 'begging' },
    { flagged: '[[I beg you to reconsider]].', pattern: 'begging' },
    { flagged: "Sam. [[I'm on my knees here]].", pattern: 'begging' },
    { flagged: '[[So please, please think about it]].', pattern: 'please-please' },
    { flagged: '[[pleeease answer me]]', pattern: 'please-please' },
    { flagged: '[[Please come back to me]].', pattern: 'please-come-back' },
    { flagged: '[[pls dont leave me like this]]', pattern: 'please-come-back' },
    { flagged: '[[Please give me one more chance]].', pattern: 'please-come-back' },
    { flagged: "[[Don't leave me]], I can't do this alone.", pattern: 'dont-leave-me' },
    { flagged: "[[I'll do anything, just come back]].", pattern: 'dont-leave-me' },
    { flagged: "[[I'm so desperate]], I don't know what else to do.", pattern: 'dont-leave-me' },
    { notFlagged: 'I would love to see you again, if you want to.' },
    { notFlagged: 'Please forgive me for what I said that night.' },
    { notFlagged: 'Please take care of yourself.' },
    { notFlagged: "I'm not begging, I only want you to know how I feel." },
    { notFlagged: 'I beg to differ about the film, but you were right about the rest.' },
    { notFlagged: "Please don't feel you have to answer." },
    { notFlagged: "My mum begged me to stop writing to you, and maybe she's right." },
    { notFlagged: 'Please come back to the flat whenever you want to collect your books.' },
    { notFlagged: "Please don't worry about me." },
    { notFlagged: "I won't beg you to come back; I just want to be honest." },
    { notFlagged: 'Please know that I am here if you ever need anything.' },
    { notFlagged: 'I got down on my knees to propose, remember?' },
    { notFlagged: 'I was desperate for your approval back then, and it made me jealous.' },
  ],
})
