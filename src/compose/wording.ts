// The composer's own words: the connective sentences of every situation's model, at least three wordings
// each, and the frames that hold the writer's phrases. Placeholders: {x} the writer's phrase inside a
// sentence, {X} the writer's phrase as sentences of its own, {name} the reader's first name, {third}
// the third person's name, {they}/{them} their pronouns.
//
// These sentences are checked by the coach in tests: no pitfall, and each carries the strength its slot
// is for. Avoid absolutes ("always", "never", "everything"), claims about what the reader feels or
// thinks, and anything that asks them for more than a yes or no.
import type { Want } from './questionnaire.js'
import type { Cause, SituationId } from './situations.js'

export type Variants = readonly string[]

/** Frames for one of the writer's answers, by the shape of the answer (see phrase.ts). */
export interface Frames {
  /** The answer is a clause with its own subject. */
  clause: Variants
  /** A noun or adjective phrase. */
  fragment: Variants
  /** Starts with a verb in -ing (falls back to fragment). */
  gerund?: Variants
  /** Starts with a bare verb (falls back to fragment). */
  verb?: Variants
  /** Several sentences: frames around {X}. */
  multi: Variants
  /** Answers that already start with what the frame would add ("I miss …"): used as they are. */
  selfFramed?: readonly string[]
}

/** Connective sentences that every situation has, with its own wording. */
export interface SituationWording {
  opening: Variants
  feeling: Variants
  /** Filler for a short letter, before the memories. */
  meaningFiller: Variants
  /** Filler for a short letter, looking back. */
  lookingBackFiller: Variants
  closing: Variants
  /** Apology when the writer has a part but did not say which. */
  apologyDefault?: Variants
  accountability?: Variants
  hurt?: Variants
  questions?: Variants
  /** The questions, for a letter that will not be sent: wondering, not asking. */
  wonder?: Variants
  newLife?: Variants
  /** With the third person's name. */
  thirdParty?: Variants
  /** A change the model always carries. */
  changeIntro?: Variants
  /** A line the model's ask always carries ("deciding together", "we have both changed"). */
  askLine?: Variants
  /** Overrides of the shared asks. */
  ask?: Partial<Record<Want, Variants>>
}

export const SHARED = {
  salutation: {
    'first-name': ['Dear {name},', '{name},', 'Hi {name},'],
    endearment: ['{Endearment},', 'Dear {endearment},', '{Endearment}, hello,'],
    none: ['Hello,', 'Hi,', 'Hello again,'],
  },
  apologyDefault: [
    "I'm sorry for my part in how things ended.",
    'I apologize for my share in how it ended between us.',
    "I'm truly sorry for the part I played in our ending.",
  ],
  accountability: [
    'That was my doing, and I take responsibility for it.',
    "I take responsibility for my part, and I'm not looking for excuses.",
    'It was my part, and I own it, without excuses.',
  ],
  space: [
    "Take all the time you need, and I'll respect your answer, whatever it is.",
    "There's no hurry. Take your time with this, and answer only if you want to; I'll respect your choice.",
    "You're free to answer or not, and I'll respect whatever you decide. Take all the time you need.",
  ],
  /** Filler for a short letter: why a letter. */
  whyLetterFiller: [
    'I wanted you to hear this from me, in my own words.',
    "I've written and rewritten this, so that it says what I mean.",
    'I chose a letter so that I could say it slowly and simply.',
  ],
  onlyLetter: [
    'This is the only letter I will send.',
    "I won't write again unless you want me to.",
    'This is the only letter I will send, and I mean it gently.',
  ],
  invitation: {
    coffee: [
      'Would you like to have a coffee one of these days?',
      'Would you like to meet for a coffee sometime, somewhere quiet?',
      'Would you be open to a coffee one of these days, just to talk?',
    ],
    walk: [
      'Would you like to go for a walk together sometime?',
      'Would you be open to a walk one afternoon, just to talk?',
      'Would you like to take a walk one of these days, if you feel like it?',
    ],
    call: [
      'Would you be open to a phone call, whenever it suits you?',
      'Would you like to talk on the phone sometime?',
      'Would you like to call one evening, when it suits you?',
    ],
    talk: [
      'Would you be open to talking, in whatever way feels right to you?',
      'Would you like to talk sometime, in whatever way you prefer?',
      'Would you like to talk one of these days, if you are open to it?',
    ],
  },
  /** The writer's own proposal. */
  proposalFrames: {
    clause: [
      'Perhaps {x}, if you would like to?',
      'Maybe {x}, one of these days, if you feel like it?',
      'I wondered: perhaps {x}, if you are open to it?',
    ],
    fragment: [
      'Would you be open to {x}, one of these days?',
      'Would you like {x} sometime?',
      'Would you be up for {x}, if you feel like it?',
    ],
    verb: [
      'Would you like to {x}?',
      'Would you like to {x}, one of these days?',
      'Maybe we could {x}, if you would like to?',
    ],
    multi: [
      'I have an idea, if you are open to it. {X}',
      'Here is what I would propose. {X}',
      'One idea, with no pressure. {X}',
    ],
  } satisfies Frames,
  ask: {
    'try-again': [
      "I'd like us to have a second chance, if you want one too.",
      "If you want it too, I'd like us to try again, differently.",
      "I'd love for us to try again, but only if it's what you want too.",
    ],
    talk: [
      "I'd like us to talk, calmly and without reproaches.",
      "I'd like a real conversation with you, without going back over who was right.",
      "I'd like us to talk, honestly and gently.",
    ],
    apologize: [
      'Mostly, I wanted you to have this apology, with nothing expected in return.',
      "I'm not writing to ask for anything; I wanted you to have my apology.",
      'I wanted to apologize properly, and that is the main reason for this letter.',
    ],
    understand: [
      "I'd like to understand what happened, if you're willing to tell me.",
      "I'd like us to talk honestly one day, so that I can understand.",
      'What I hope for is an honest talk, so that I can understand.',
    ],
    closure: [
      "I'd like us to part with kinder words than our last ones.",
      "I'd like us to close this chapter gently, on better terms.",
      "I'd like what we had to end with kindness rather than silence.",
    ],
    friendship: [
      "I'd like us to find a way to be friends, if that's something you want too.",
      "If you'd like, I'd be glad for us to be friends, in time.",
      "I'd like to keep a place in each other's lives, as friends, if you want that too.",
    ],
  } satisfies Record<Want, Variants>,
  causeAck: {
    distance: [
      'The distance was hard on us, harder than I admitted at the time.',
      'I understand now what the distance cost us.',
      "Distance wore us down, and I didn't handle it as well as I could have.",
    ],
    infidelity: [
      'Trust is what broke between us, and trust is what would need repair.',
      'I understand that trust is at the heart of this.',
      'Rebuilding trust would take time and honesty, and I understand that.',
    ],
    communication: [
      'We stopped talking about what mattered, and the silence grew.',
      'I see now how little we talked about what mattered.',
      'We lost the habit of talking, and that silence cost us.',
    ],
    jealousy: [
      'Jealousy took up too much room between us.',
      'Jealousy left too little room for trust.',
      'Jealousy got in the way of trust between us.',
    ],
    arguments: [
      'Our arguments had become too frequent and too harsh.',
      'We argued too often, and too harshly.',
      'Our fights left marks on both of us.',
    ],
    time: [
      'We stopped making time for each other.',
      'There was too little time left for us.',
      'Work and daily life crowded us out.',
    ],
  } satisfies Partial<Record<Cause, Variants>>,
  frames: {
    feelNow: {
      clause: ['{X}', 'To be honest, {x}.', 'Here is where I am: {x}.'],
      fragment: ['I feel {x}.', 'These days I feel {x}.', 'Right now I feel {x}.'],
      gerund: ['Mostly, I am {x}.', 'These days I am {x}.', 'Right now I am {x}.'],
      multi: ['{X}', 'I want to be honest about where I am. {X}', 'Here is where I am. {X}'],
    },
    whatHappened: {
      clause: ['As I see it now, {x}.', 'Looking back, {x}.', 'When I go over it again, {x}.'],
      fragment: [
        'I keep going back to {x}.',
        'I think a lot about {x}.',
        'Looking back, I see {x} differently now.',
      ],
      multi: [
        'Here is how I see it now. {X}',
        'Looking back, this is what I see. {X}',
        'I have gone over it many times. {X}',
      ],
    },
    whyItEnded: {
      clause: [
        'I think it ended because {x}.',
        'What I understand now is that {x}.',
        "I've come to see that {x}.",
      ],
      fragment: [
        'I think it ended because of {x}.',
        'I think {x} wore us down.',
        'Looking back, I think it came down to {x}.',
      ],
      gerund: [
        'I think it ended because of {x}.',
        'I think {x} wore us down.',
        'Looking back, {x} is what wore us down.',
      ],
      multi: [
        'I have thought about why it ended. {X}',
        'This is what I understand now. {X}',
        'With time, I see it more clearly. {X}',
      ],
    },
    myPart: {
      clause: ["I'm sorry that {x}.", '{X} I am sorry for it.', 'I owe you an apology, because {x}.'],
      fragment: ["I'm sorry for {x}.", 'I apologize for {x}.', "I'm truly sorry for {x}."],
      multi: [
        '{X} I am sorry for it.',
        'I owe you an apology. {X}',
        'I want to own my part. {X} I am sorry.',
      ],
      selfFramed: ["i'm sorry", 'i am sorry', 'i apologize', 'i apologise', 'sorry'],
    },
    myQualities: {
      clause: [
        'I also know what I can bring: {x}.',
        "I haven't forgotten the good I can give: {x}.",
        'There is good in me too: {x}.',
      ],
      fragment: [
        'I also know what I can bring: {x}.',
        "I haven't forgotten the good I can give: {x}.",
        'There is good in me too: {x}.',
      ],
      multi: [
        'I also know what I can bring. {X}',
        "I haven't forgotten the good I can give. {X}",
        'There is good in me too. {X}',
      ],
    },
    theirQualities: {
      clause: [
        'I think often of who you are: {x}.',
        'I see your qualities clearly: {x}.',
        'I value who you are: {x}.',
      ],
      fragment: [
        'I admire you for this: {x}.',
        'I see your qualities clearly: {x}.',
        'I value who you are: {x}.',
      ],
      multi: [
        'I see your qualities clearly. {X}',
        'I value who you are. {X}',
        'I think often of who you are. {X}',
      ],
    },
    admire: {
      clause: ['I admire that {x}.', 'What I admire in you is that {x}.', 'I still admire that {x}.'],
      fragment: ['I admire {x}.', 'What I admire most in you is {x}.', 'I still admire {x}.'],
      multi: [
        'There is something I admire in you. {X}',
        'I want to tell you what I admire. {X}',
        'I still admire you for this. {X}',
      ],
      selfFramed: ['i admire', "i've always admired", 'i have always admired', 'i still admire'],
    },
    miss: {
      clause: ['I miss the days when {x}.', 'I miss the time when {x}.', 'What I miss is the time when {x}.'],
      fragment: ['I miss {x}.', 'I miss {x}, more than I expected.', 'What I miss most is {x}.'],
      multi: [
        'I want to tell you what I miss. {X}',
        'There is something I miss. {X}',
        'I miss us, and this most of all. {X}',
      ],
      selfFramed: ['i miss', 'what i miss'],
    },
    memory: {
      clause: ['I remember when {x}.', 'I still think of the time {x}.', 'I often think back to when {x}.'],
      fragment: ['I still think of {x}.', 'I remember {x}.', 'I often think back to {x}.'],
      multi: [
        'I remember one day in particular. {X}',
        'One memory comes back often. {X}',
        'I still think of this. {X}',
      ],
      selfFramed: ['i remember', 'i still think', 'i often think', 'i think of', 'i keep thinking'],
    },
    inCommon: {
      clause: ['I think, too, of how {x}.', 'I also remember that {x}.', "I haven't forgotten that {x}."],
      fragment: [
        'I also think of {x}.',
        'I think of {x}, too.',
        'And I remember {x}, which still matters to me.',
      ],
      multi: ['I think of what we share, too. {X}', 'There is also this. {X}', 'And I remember this. {X}'],
    },
    solution: {
      clause: ['{X}', 'Concretely, {x}.', 'One concrete step: {x}.'],
      fragment: ["I'm open to {x}.", 'Concretely, I would be ready for {x}.', 'One change I can offer: {x}.'],
      gerund: [
        "I'm open to {x}.",
        'Concretely, I would be ready to start {x}.',
        'One change I can offer: {x}.',
      ],
      verb: [
        "I'm ready to {x}.",
        'Concretely, I would like to {x}.',
        'One change I can offer: I am ready to {x}.',
      ],
      multi: [
        'Concretely, here is what I can change. {X}',
        'One concrete change. {X}',
        'I have thought about what I can do. {X}',
      ],
    },
  } satisfies Record<string, Frames>,
  unsent: {
    opening: [
      "I'm writing this letter for myself, and I won't send it.",
      "This is a letter I'm keeping; writing it is my way of putting my feelings into words.",
      "I won't send this letter. I'm writing it to say, at least on paper, what I carry.",
    ],
    boundary: {
      askedNoContact: [
        'You asked me not to contact you, and I respect your wishes.',
        'You asked for no contact, and I will respect your decision.',
        'You asked me not to write, so this letter stays with me; I respect your boundaries.',
      ],
      blocked: [
        'You chose to close the door, and I respect your choice.',
        "You've closed the door, and I respect your decision.",
        "You've closed the door, and I won't try to open it; I respect your silence.",
      ],
      protectiveOrder: [
        'There is an order between us, and I respect your boundaries.',
        'The order between us stands, and I respect your need for distance.',
        'I will respect the order between us, and I respect your boundaries.',
      ],
      violenceOrFear: [
        'There are no expectations in this letter: distance is the right thing for us now.',
        'I write this with no expectations; keeping my distance is the right thing now.',
        'No expectations, and no answer awaited: distance is what is right for us now.',
      ],
      forMeOnly: [
        "I'm not ready to send anything, and this letter carries no expectations.",
        'For now these words are for me, with no expectations.',
        'Maybe one day I will know what to do with it. For now there is no rush.',
      ],
    },
    whyLetterFiller: [
      'Writing by hand helps me slow down and say it simply.',
      "I've written this slowly, so that it says what I really mean.",
      'No one will read this but me, so I can be honest.',
    ],
    /** Filler for a short unsent letter. */
    hopeFiller: [
      'I hope, with time, to think of us with more peace than pain.',
      'I want to remember the good without holding on to it.',
      "I'm learning to carry this more lightly, one day at a time.",
    ],
    lookingFiller: [
      "I've gone over our story many times, trying to see it clearly.",
      "I've tried to look at us without anger and without illusions.",
      'With some distance, I see the two of us more clearly now.',
    ],
    paperFiller: [
      'Some things are easier to say on paper, even if no one reads them.',
      'Putting this on paper is a way of setting it down.',
      'On paper, at least, I can say it all calmly.',
    ],
    learned: [
      'Writing this, I understand myself a little better.',
      'Putting it into words helps me see what to keep, and what to let go.',
      "I'm learning from all of this, slowly.",
    ],
    wish: ['I wish you peace, wherever you are.', 'I hope you are well.', 'I wish you well.'],
    wishAfterFear: [
      "I'm choosing my own peace now.",
      'Writing this is a step toward my own peace.',
      "I'm letting this page hold what I couldn't say.",
    ],
    closing: ['With care', 'Gently', 'For myself, with care'],
  },
}

const CLOSING_WARM = ['With love', 'Warmly', 'With affection', 'Tenderly']

export const WORDING: Record<SituationId, SituationWording> = {
  'after-argument': {
    opening: [
      "I've thought a lot about our argument, and I wanted to write to you rather than leave things as they are.",
      "Since our fight, I've gone over that evening many times, and I'd rather write than send a text.",
      "I'm writing because our last argument keeps coming back to me, and silence doesn't feel right.",
    ],
    feeling: [
      'I miss you, and I feel sad about how we left things.',
      "I've felt heavy since that night, and I miss you.",
      'I miss you, and I regret how that evening ended.',
    ],
    apologyDefault: [
      "I'm sorry for the words I said in anger.",
      "I'm sorry for how I spoke to you that night.",
      "I apologize for what I said when we argued; you didn't deserve it.",
    ],
    changeIntro: [
      "I'm working on being more attentive, more patient and more respectful when we disagree.",
      "I'm working on listening better and staying calm when we disagree.",
      "I've started learning to listen to the end, and to talk things through calmly.",
    ],
    lookingBackFiller: [
      'With some distance, I can see that evening more clearly.',
      "I've tried to look at our argument without anger, and to see my part in it.",
      "I've taken time to step back from that night and think about it honestly.",
    ],
    meaningFiller: [
      'What we share matters more to me than any argument.',
      "I've been thinking about what we built together, and it matters to me.",
      "Our time together is part of me, and I'm grateful for it.",
    ],
    closing: CLOSING_WARM,
  },
  'new-relationship': {
    opening: [
      "I've learned that you're with someone new, and I'm writing with respect for that.",
      'Your life has moved on, and I wanted to write to you once, with respect for where you are now.',
      "I've thought for a while about whether to write, now that you've started a new chapter, and I decided to write gently.",
    ],
    feeling: [
      "I miss you, and I'd rather say it plainly than hide it.",
      'I still miss you; I wanted to be honest about that, without asking anything of you.',
      'I think of you often, and I miss you.',
    ],
    newLife: [
      'I hope you are happy, and I respect your choice.',
      'Your choice is yours, and I respect your new life.',
      'I respect your new life, and I wish you well in it.',
    ],
    thirdParty: [
      "I'm not writing to come between you and {third}, or to say anything about {them}.",
      "I won't say a word against {third}; this letter is only about what I feel.",
      "This letter isn't about {third}, and I won't say anything about {them}.",
    ],
    ask: {
      'try-again': [
        "I won't pretend I don't hope for us, but I'm not asking you to choose anything.",
        "I'm not asking you for anything; I only wanted you to know where I stand.",
        "I'm not asking you to change anything in your life; I wanted to be honest with you.",
      ],
    },
    lookingBackFiller: [
      'Time has given me a clearer view of us, and of my own part.',
      "I've taken time to step back and think about us honestly.",
      "I've tried to look at what happened between us without bitterness.",
    ],
    meaningFiller: [
      "What we shared is part of me, and I'm grateful for it.",
      "I'm grateful for the time we had together.",
      "Our story still matters to me, and I'm thankful for it.",
    ],
    closing: ['Take care', 'With warmth', 'All the best', 'Kindly'],
  },
  'left-without-explanation': {
    opening: [
      "I'm writing because I still don't understand how things ended between us, and I'd like to.",
      "I've been trying to make sense of how we ended, and I decided to write to you, calmly.",
      "It has been hard not to know what happened, and I'd rather write than keep guessing.",
    ],
    feeling: [
      "I miss you, and I've felt a bit lost since.",
      'I feel sad, and I still miss you.',
      'I miss you more than I expected to.',
    ],
    hurt: [
      'The way things ended left me hurt and confused.',
      "I was hurt by how suddenly it ended, and I've carried a lot of questions since.",
      'Not knowing why has been the hardest part for me, and it hurt.',
    ],
    questions: [
      "What changed for you? If you ever want to tell me, I'd like to understand.",
      "Was there something I didn't see, or something that was hard to tell me?",
      "I'd like to understand what happened: was there something I missed?",
    ],
    wonder: [
      'I still wonder what changed for you.',
      "I still wonder whether there was something I didn't see.",
      'Part of me still wonders what happened.',
    ],
    lookingBackFiller: [
      "I've gone over our last weeks together, trying to see them clearly.",
      "I've taken time to step back before writing, so that I could do it calmly.",
      "I've tried to look at it without anger, and to stay honest about my own part.",
    ],
    meaningFiller: [
      "What we shared still matters to me, and I'm grateful for it.",
      "I'm grateful for the time we had together.",
      "Our time together is part of me, and I'm thankful for it.",
    ],
    closing: CLOSING_WARM,
  },
  'they-cheated': {
    opening: [
      'It took me a while to find the words, and I wanted to write them calmly.',
      "I've needed time before writing this, so that I could say it calmly.",
      "I'm writing now that I can think more clearly about what happened.",
    ],
    feeling: [
      'I feel hurt, and I also still care about you.',
      "I'm sad, and I still care about you.",
      'I still care about you, even through the hurt I feel.',
    ],
    hurt: [
      'When I found out, I was deeply hurt, and it shook my trust in my own judgment.',
      'Learning about it hurt me more than I can easily say; I felt alone and unsure of what had been real.',
      'It shook me: for weeks I slept badly, and trusting anyone felt hard.',
    ],
    questions: [
      'Do you regret it, and would you want to repair what we had?',
      "I don't know what it meant to you, and I'd like to hear it from you: do you regret it?",
      "I'd like to ask you once, calmly: do you regret it, and would you want to rebuild trust?",
    ],
    wonder: [
      'I still wonder whether you regret it.',
      'Part of me still wonders what it meant to you.',
      'I still wonder how it came to that.',
    ],
    thirdParty: [
      "This letter isn't about {third}, and I won't say anything about {them}; it's about us.",
      "I don't want to write about {third}, only about us.",
      "I'm not writing about {third} or about {them}; I'm writing about us.",
    ],
    askLine: [
      "Whatever comes next, I'd like us to decide it together.",
      "Whatever we choose, I'd like us to choose it together, honestly.",
      "I'd like us to decide together what comes next.",
    ],
    lookingBackFiller: [
      "I've taken time to step back, so that I could write without anger.",
      "I've tried to understand what happened, and what I want now.",
      "I've thought about us a lot, as honestly as I can.",
    ],
    meaningFiller: [
      "What we had still matters to me, and I'm grateful for it.",
      "I'm grateful for the good years we had.",
      'Our time together is part of me, and I want to be honest about that.',
    ],
    closing: ['With care', 'Sincerely', 'Honestly yours'],
  },
  'long-distance': {
    opening: [
      'The distance between us has been on my mind, and I wanted to write to you properly.',
      "I've been thinking about us, and about the kilometers in between.",
      'A letter feels right for us, since distance has been part of our story from the start.',
    ],
    feeling: [
      'I miss you, and I think of you often.',
      'I feel sad that the distance won, and I miss you.',
      'I miss you, and the kilometers have not changed that.',
    ],
    lookingBackFiller: [
      'With time, I see more clearly what the distance did to us.',
      "I've taken time to step back and think about us honestly.",
      "I've tried to look at what happened without bitterness.",
    ],
    meaningFiller: [
      "What we built across the distance matters to me, and I'm grateful for it.",
      "I'm grateful for the visits, the late calls and the trains we took for each other.",
      "Our time together is part of me, and I'm thankful for it.",
    ],
    closing: CLOSING_WARM,
  },
  'drifting-apart': {
    opening: [
      "We drifted apart without really deciding to, and I want to write what I didn't say.",
      'Somewhere along the way we stopped talking, and I wanted to write before more time passed.',
      "I've been thinking about how we slowly stopped talking, and I'd like to break that silence gently.",
    ],
    feeling: [
      'I miss you, and I miss talking with you.',
      'I feel sad that we let the silence grow, and I miss you.',
      'I miss our conversations, and I miss you.',
    ],
    lookingBackFiller: [
      'With some distance, I see how quietly it happened, and that I let it happen too.',
      "I've taken time to step back and think about us honestly.",
      "I've tried to understand how we lost each other without a single fight.",
    ],
    meaningFiller: [
      "What we shared still matters to me, and I'm grateful for it.",
      "I've been thinking about what we built together, and it matters to me.",
      "Our time together is part of me, and I'm thankful for it.",
    ],
    closing: CLOSING_WARM,
  },
  'i-cheated': {
    opening: [
      "I've taken time before writing, because I didn't want to send you excuses.",
      "I've thought for a long time about how to say this honestly.",
      "I'm writing to take responsibility for what I did, plainly.",
    ],
    feeling: [
      'I feel deep regret, and I miss you.',
      'I feel ashamed of what I did, and I miss you.',
      'I miss you, and I feel the weight of what I did.',
    ],
    apologyDefault: [
      "I'm sorry that I was unfaithful, and for the pain it caused you.",
      "I'm truly sorry I broke your trust.",
      'I apologize for betraying your trust.',
    ],
    accountability: [
      'I take responsibility: it was my choice, and there is no excuse for it.',
      'I take full responsibility for it; it was my choice.',
      'There is no excuse for it: it was my choice, and I own it.',
    ],
    thirdParty: [
      "I won't put it on {third}, or say {they} led me there; it was my choice.",
      "It wasn't {third}'s doing; it was my choice, and I own it.",
      "I won't hide behind {third} or behind anything {they} did; it was my choice.",
    ],
    ask: {
      'try-again': [
        "I'm not asking you to forgive me; if one day you want to try again, I'd be ready.",
        "I don't ask for forgiveness, but I'd like a second chance, if you ever want to give one.",
        "If one day you'd want to try again, I'd be ready to earn your trust back, step by step.",
      ],
    },
    lookingBackFiller: [
      "I've spent this time trying to understand why I did it, without excuses.",
      "I've taken time to look honestly at myself and at what I did.",
      "I've tried to understand my choice, so that I don't repeat it.",
    ],
    meaningFiller: [
      "What we had matters to me, and I'm grateful for it.",
      "I'm grateful for the years we shared.",
      'Our time together is part of me, and I know what I put at risk.',
    ],
    closing: ['With regret and love', 'Sincerely', 'With care'],
  },
  'long-silence': {
    opening: [
      'It has been a long time, and I hope this letter finds you well.',
      "It's been a long while since we last talked, and I've thought of you more than once.",
      'After all this time, I wanted to write to you, with no expectations.',
    ],
    feeling: [
      'I think of you from time to time, with tenderness, and I miss you a little.',
      'I feel nostalgic and calm when I think of us.',
      "I've missed you at times, and I wanted to say so simply.",
    ],
    askLine: [
      "We have both changed, I imagine, and I'd like to know who you are now.",
      "Time has changed us both, and that's all right.",
      "You may have changed, and so have I; I'd be glad to meet the person you are now.",
    ],
    lookingBackFiller: [
      'Time has given me a clearer view of us, and of my own part.',
      "I've had years to step back and think about us, and I see it more calmly now.",
      "With time, I've made peace with a lot of what happened.",
    ],
    meaningFiller: [
      "What we shared is part of me, and I'm grateful for it.",
      "I'm grateful for the time we had together.",
      "Our story still matters to me, and I'm thankful for it.",
    ],
    closing: ['Warmly', 'With fondness', 'Take care'],
  },
}
