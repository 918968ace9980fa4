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
  idea('distance', 'move', 'Look for a job closer to them', 'look for a job closer to you'),
  idea(
    'distance',
    'visits',
    'Visit on a fixed schedule',
    'plan our visits on a fixed schedule, every other weekend',
  ),
  idea('distance', 'calls', 'A call every evening', 'talk on the phone every evening, at a set time'),
  idea(
    'infidelity',
    'counseling',
    'Couples counseling',
    'go to couples counseling together, if you wanted to',
  ),
  idea('infidelity', 'work-on-myself', 'Working on myself', 'keep seeing a therapist, on my own'),
  idea(
    'infidelity',
    'transparency',
    'Transparency',
    'talk openly every week about anything that could hurt trust',
  ),
  idea(
    'communication',
    'weekly-talk',
    'A weekly talk',
    'set aside an evening each week to talk, phones away',
  ),
  idea('communication', 'activities', 'Activities together', 'do things together again, one evening a week'),
  idea('communication', 'say-it', 'Say things as they come', 'talk more often about what is on my mind'),
  idea('jealousy', 'counselor', 'See a counselor about jealousy', 'see a counselor about my jealousy'),
  idea(
    'jealousy',
    'trust',
    'Talk about worries instead of checking',
    'talk openly about my worries every week, instead of checking',
  ),
  idea(
    'jealousy',
    'own-life',
    'Keep a life of my own',
    'spend two evenings a week on my own friends and projects',
  ),
  idea(
    'arguments',
    'pause',
    'Talk things through calmly',
    'talk things through more often, calmly, before anger takes over',
  ),
  idea(
    'arguments',
    'listen',
    'A weekly talk about what bothers us',
    'talk every week about what bothers us, before it becomes a fight',
  ),
  idea('arguments', 'help', 'Get help with anger', 'see a counselor about my temper'),
  idea('time', 'evenings', 'Protected evenings', 'spend two evenings a week just with you'),
  idea('time', 'work', 'A Sunday without work', 'set aside every Sunday for us, with work switched off'),
  idea('time', 'plans', 'Plan time together', 'plan a day out together every month'),
]

export function ideasFor(cause: Cause): SolutionIdea[] {
  return SOLUTION_IDEAS.filter((i) => i.cause === cause)
}

export function ideaById(id: string): SolutionIdea | undefined {
  return SOLUTION_IDEAS.find((i) => i.id === id)
}
