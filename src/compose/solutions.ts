// Concrete solution ideas per cause of the breakup (the method's second rule: show you understand why
// it ended and offer workable changes). Each idea reads after "I'm ready to …", so the composer can use
// it as it is; the writer chooses some, or writes their own.
import type { Cause } from './situations.js'

export interface SolutionIdea {
  /** `cause/name`, stable: answers files store it. */
  id: string
  cause: Cause
  /** Short label for a menu. */
  label: string
  /** Completes "I'm ready to …". */
  text: string
}

const idea = (cause: Cause, name: string, label: string, text: string): SolutionIdea => ({
  id: `${cause}/${name}`,
  cause,
  label,
  text,
})

export const SOLUTION_IDEAS: readonly SolutionIdea[] = [
  idea('distance', 'move', 'Look seriously at moving closer', 'look seriously at moving to the same city'),
  idea(
    'distance',
    'visits',
    'Visit on a fixed schedule',
    'plan our visits on a fixed schedule, every other weekend',
  ),
  idea('distance', 'calls', 'A set time to call each day', 'keep a set time each evening for a real call'),
  idea(
    'infidelity',
    'counseling',
    'Couples counseling',
    'go to couples counseling together, if you wanted to',
  ),
  idea('infidelity', 'work-on-myself', 'Working on myself', 'keep working on myself with a therapist'),
  idea('infidelity', 'transparency', 'Transparency', 'be fully open with you, with nothing hidden'),
  idea(
    'communication',
    'weekly-talk',
    'A weekly talk',
    'set aside an evening each week to talk, phones away',
  ),
  idea('communication', 'activities', 'Activities together', 'find an activity we could do together again'),
  idea(
    'communication',
    'say-it',
    'Say things as they come',
    'tell you what is on my mind instead of keeping it in',
  ),
  idea('jealousy', 'counselor', 'See a counselor about jealousy', 'work on my jealousy with a counselor'),
  idea(
    'jealousy',
    'trust',
    'Ask instead of checking',
    'ask you openly when I feel unsure, instead of checking',
  ),
  idea('jealousy', 'own-life', 'Keep a life of my own', 'make more room for my own friends and projects'),
  idea('arguments', 'pause', 'Pause before answering', 'take a pause when I feel angry, before I answer'),
  idea('arguments', 'listen', 'Listen first', 'listen to the end before I give my side'),
  idea('arguments', 'help', 'Get help with anger', 'work on my temper with a counselor'),
  idea('time', 'evenings', 'Protected evenings', 'keep two evenings a week just for us'),
  idea('time', 'work', 'Put work in its place', 'leave work at work when I come home'),
  idea('time', 'plans', 'Plan time together', 'plan our weekends together, a month ahead'),
]

export function ideasFor(cause: Cause): SolutionIdea[] {
  return SOLUTION_IDEAS.filter((i) => i.cause === cause)
}

export function ideaById(id: string): SolutionIdea | undefined {
  return SOLUTION_IDEAS.find((i) => i.id === id)
}
