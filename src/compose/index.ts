// The composer's public surface: pure, no I/O, the same in Node and in the browser (the studio renders
// the same questions from QUESTIONS).
export {
  AnswersError,
  type Composed,
  type ComposeOptions,
  compose,
  fitsOnePage,
  type LetterParagraph,
  type LetterParts,
  type SetAside,
  type Trimmed,
} from './compose.js'
export {
  ADDRESSES,
  type AnswerField,
  type Answers,
  type AnswersInput,
  AnswersSchema,
  BOUNDARY_FIELDS,
  type BoundaryField,
  type FieldError,
  formatFieldErrors,
  PRONOUNS,
  PROPOSALS,
  type Pronoun,
  type Proposal,
  QUESTIONS,
  type Question,
  type QuestionType,
  SECTIONS,
  type Section,
  type Validation,
  validateAnswers,
  WANTS,
  type Want,
} from './questionnaire.js'
export {
  CAUSES,
  type Cause,
  type ModelStep,
  PARAGRAPH_ROLES,
  type ParagraphRole,
  SITUATION_IDS,
  SITUATIONS,
  type Situation,
  type SituationId,
  situationById,
  UNSENT_STRUCTURE,
} from './situations.js'
export {
  countSegments,
  type SmsCount,
  type SmsEncoding,
  type SmsOptions,
  type SmsResult,
  sms,
} from './sms.js'
export { ideasFor, SOLUTION_IDEAS, type SolutionIdea } from './solutions.js'
