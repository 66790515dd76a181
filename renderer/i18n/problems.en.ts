// Every problem code in English, typed against the Japanese: a code can't be missed.
import type { ProblemCode } from '../../shared/domain/problems';
import type { Localized } from './messages';
import type { problemsJa } from './problems';

export const problemsEn = {
  required: 'This is required.',
  date: 'This date is not valid.',
  time: 'This time is not valid.',
  too_long: 'This is too long. Please shorten it.',
  invalid: 'Please choose again or check what you entered.',
  controlChar: 'Contains an invisible control character (such as NUL) at character {{at}}. Delete it and save again.',
  bidiControl:
    'Contains an invisible mark that reverses the direction of text (at character {{at}}). It garbles display and print: delete it and save again.',
  lineBreak: 'This field cannot hold a line break (at character {{at}}). Please write it on one line.',
  brokenChar: 'Contains a broken character (at character {{at}}). Delete it and save again.',
  future: 'A date after today cannot be recorded.',
  past: 'The due date is before today.',
  beforeRecord: 'The due date is before the date of this entry.',
  beforeMeeting: 'The next meeting is dated before this one.',
  beforeConsultation: 'This date is before the consultation date.',
  endBeforeStart: 'The end time is before (or the same as) the start time.',
  contactMinimum:
    'Write at least a word about what happened (“No change” will do). An entry needs this at minimum (for a training or meeting, choosing the other activity is enough).',
  meetingMinimum:
    'Write what was discussed. Minutes need at least one of: discussion, conclusion, regional issues, an issue, a case or an action item.',
  fieldAndContent: 'Choose both a field and a content, or neither.',
  caseRequired: 'A case conference needs at least one case (person).',
  noCasesInArea: 'Area meetings cannot hold individual cases. Remove them or change the type.',
  consentMissing: 'There are cases, but the person’s consent is not recorded.',
  duplicateCase: 'The same person is a case twice.',
  relativesListed: '“No relatives” is ticked but relatives are listed. Please correct one of them.',
  hojoConsent: 'An assistance (hojo) petition by someone other than the person needs the person’s consent. Record it here once given.',
  mayorWithRelatives: 'There are reachable relatives and no suspected abuse. Please check that a mayor’s petition is right.',
  beforeRecord_meeting: 'The due date is before the meeting.',
  past_meeting: 'This due date has already passed.',
  required_person: 'Please choose a person.',
} satisfies Localized<typeof problemsJa> & Record<ProblemCode, string>;
