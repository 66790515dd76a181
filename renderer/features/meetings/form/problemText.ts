// Problems (meetingProblems + actionProblems) in words, and where they belong on the form.
import type { TFunction } from 'i18next';
import type { Problem } from '../../../../shared/domain/problems';
import { problemMessage } from '../../../i18n';

/** A problem in words: the app's one wording, with the meeting's own where a field needs it. */
export function meetingProblemMessage(t: TFunction, p: Problem): string {
  if (/^cases\.\d+\.personId$/.test(p.path)) return problemMessage(t, p, { context: 'person' });
  return problemMessage(t, p, { context: 'meeting' });
}

const ACTION_FIELDS: Record<string, string> = { owner: 'owner', ownerOrg: 'ownerOrg', task: 'task', due: 'due' };
const CASE_FIELDS: Record<string, string> = {
  personId: 'casePerson',
  basicInfo: 'basicInfo',
  family: 'family',
  history: 'history',
  wishes: 'wishes',
};

/** The field a problem is about, as the user sees it: 「役割分担2　期限」. */
export function problemPlace(t: TFunction, path: string): string {
  const f = (k: string) => t(`meetings.form.${k}`);
  const parts = path.split('.');
  const [head, index, field] = parts;
  const n = Number(index) + 1;
  if (head === 'actions' && field) return `${t('meetings.form.actionN', { n })}　${f(ACTION_FIELDS[field] ?? 'task')}`;
  if (head === 'cases' && field) return `${t('meetings.form.caseN', { n })}　${f(CASE_FIELDS[field] ?? 'cases')}`;
  if (head === 'cases') return f('cases');
  if (head === 'issues' && index !== undefined) return t('meetings.form.issueN', { n });
  if (head === 'consent') return f('consent');
  if (head === 'attendees' || head === 'absentees') return f(head);
  const known = [
    'type',
    'title',
    'number',
    'date',
    'startTime',
    'endTime',
    'place',
    'host',
    'chair',
    'recorder',
    'presenter',
    'discussion',
    'conclusion',
    'regionalIssues',
    'monitoring',
    'nextDate',
    'materialsCollectedBy',
    'goals',
    'functions',
  ];
  return known.includes(head ?? '') ? f(head ?? '') : path;
}
