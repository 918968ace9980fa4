// What the coach says when a letter speaks of not wanting to live, and when it must not be sent.
import type { Finding } from './finding.js'
import type { Care, Verdict } from './report.js'
import { label } from './scores.js'

export const CARE_MESSAGE =
  "Some of what you wrote sounds like you may not want to go on living. That matters far more than this letter. You don't have to carry this alone: please talk to someone today — a person you trust, or one of the free, confidential lines below. If you are in danger right now, call your local emergency number."

export const CARE_RESOURCES: Care['resources'] = [
  {
    region: 'Anywhere',
    name: 'Local emergency services',
    contact: '112 in Europe, 911 in the US and Canada, 999 in the UK',
  },
  { region: 'United States', name: '988 Suicide & Crisis Lifeline', contact: 'call or text 988' },
  { region: 'United Kingdom and Ireland', name: 'Samaritans', contact: '116 123, free, day and night' },
  { region: 'France', name: 'Numéro national de prévention du suicide', contact: '3114' },
  { region: 'Canada', name: '9-8-8 Suicide Crisis Helpline', contact: 'call or text 988' },
  { region: 'Australia', name: 'Lifeline', contact: '13 11 14' },
  { region: 'Elsewhere', name: 'Find a helpline', contact: 'findahelpline.com lists free lines by country' },
]

export function careFor(findings: readonly Finding[]): Care | undefined {
  return findings.some((f) => f.ruleId === 'self-harm')
    ? { message: CARE_MESSAGE, resources: CARE_RESOURCES }
    : undefined
}

export function verdictFor(findings: readonly Finding[]): Verdict {
  const danger = findings.filter((f) => f.severity === 'danger' && f.ruleId !== 'self-harm')
  if (danger.length > 0) {
    const what = [...new Set(danger.map((f) => label(f.ruleId, 1)))]
    return {
      status: 'do-not-send',
      message: `Do not send this as it is: it contains ${what.join(' and ')}. Whatever you feel, this would frighten the reader and may be harassment. Take time away from it, and talk to someone you trust.`,
    }
  }
  if (findings.some((f) => f.ruleId === 'self-harm')) {
    return {
      status: 'revise',
      message: 'Before anything about this letter: please look after yourself first (see the support below).',
    }
  }
  const pitfalls = findings.filter((f) => f.kind === 'pitfall').length
  if (pitfalls > 0) {
    return {
      status: 'revise',
      message: `${pitfalls} ${pitfalls === 1 ? 'passage' : 'passages'} could hurt the letter: revise ${pitfalls === 1 ? 'it' : 'them'} before you send it.`,
    }
  }
  return {
    status: 'ready',
    message: 'Nothing here will hurt the letter. Read it once more aloud before you send it.',
  }
}
