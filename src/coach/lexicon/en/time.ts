// Words of time shared by several rules. Alternations without a group: write `(?:${WEEKDAYS})`, or
// add them to a larger group (`(?:day|night|${WEEKDAYS})`).

/** The days of the week, Monday first (a deadline, a routine, "every Sunday"). */
export const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'

/** Office deadlines: "by EOD", "before close of business". */
export const OFFICE_DEADLINES = 'eod|cob|eop|end of (?:the )?(?:day|play|business)|close of (?:business|play)'
