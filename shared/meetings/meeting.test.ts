import { describe, expect, it } from 'vitest';
import { changeMeetingType, emptyMeeting, meetingProblems, type MeetingInput } from './meeting';
import {
  actionProblems,
  actionState,
  completeAction,
  daysBetween,
  filterActions,
  reopenAction,
  type ActionItemInput,
} from '../actions/actionItem';

const codes = (x: MeetingInput) => meetingProblems(x).map((p) => `${p.severity}:${p.path}:${p.code}`);
const blankCase = { personId: 'p1', basicInfo: '', family: '', history: '', wishes: '' };
const oneCase = [blankCase];

describe('meeting rules', () => {
  it('types come with their goals and functions, and with or without persons', () => {
    expect(emptyMeeting('case', '2026-11-27').goals).toEqual(['2-1', '2-2']);
    expect(emptyMeeting('area', '2026-11-27').functions).toContain('政策形成');
    expect(codes(emptyMeeting('case', '2026-11-27'))).toEqual(['error:cases:caseRequired']);
    expect(codes({ ...emptyMeeting('area', '2026-11-27'), cases: oneCase })).toContain('error:cases:noCasesInArea');
    expect(codes(emptyMeeting('team', '2026-11-27'))).toEqual([]);
    const switched = changeMeetingType({ ...emptyMeeting('case', '2026-11-27'), discussion: 'x' }, 'area');
    expect(switched).toMatchObject({ type: 'area', discussion: 'x', goals: ['2-1', '2-3', '2-4'] });
  });
  it('an end before its start, a next date before the meeting, a missing consent', () => {
    const m = { ...emptyMeeting('case', '2026-11-27'), cases: oneCase, consent: { obtained: true, date: '2026-11-27', how: '' } };
    expect(codes(m)).toEqual([]);
    expect(codes({ ...m, startTime: '14:00', endTime: '13:30' })).toEqual(['error:endTime:endBeforeStart']);
    expect(codes({ ...m, startTime: '14:00', endTime: '14:00' })).toEqual(['error:endTime:endBeforeStart']);
    expect(codes({ ...m, startTime: '25:00' })).toEqual(['error:startTime:time']);
    expect(codes({ ...m, nextDate: '2026-11-26' })).toEqual(['error:nextDate:beforeMeeting']);
    expect(codes({ ...m, consent: { obtained: false, date: '', how: '' } })).toEqual(['warning:consent.obtained:consentMissing']);
    expect(codes({ ...m, cases: [...oneCase, ...oneCase] })).toEqual(['error:cases:duplicateCase']);
    expect(codes({ ...m, goals: ['9-9'] })).toEqual(['error:goals.0:invalid']);
    expect(codes({ ...m, discussion: '検'.repeat(10_000) })).toEqual([]);
    // A case without its person yet: the schema's problem and the rules' come together.
    const unchosen = {
      ...m,
      cases: [
        { ...blankCase, personId: '' },
        { ...blankCase, personId: '' },
      ],
      startTime: '14:00',
      endTime: '13:00',
    };
    expect(codes(unchosen)).toEqual(['error:cases.0.personId:required', 'error:cases.1.personId:required', 'error:endTime:endBeforeStart']);
  });
});

const action = (over: Partial<ActionItemInput>): ActionItemInput => ({
  source: 'meeting',
  sourceId: 'm1',
  owner: '佐藤',
  ownerOrg: '区役所',
  task: '申請支援',
  due: '2026-12-01',
  personId: '',
  districtId: 'd01',
  status: 'open',
  doneDate: '',
  doneNote: '',
  ...over,
});

describe('action items', () => {
  it('state: open, due soon, overdue, done', () => {
    expect(actionState(action({ due: '2026-12-10' }), '2026-11-27')).toBe('open');
    expect(actionState(action({ due: '2026-12-04' }), '2026-11-27')).toBe('dueSoon');
    expect(actionState(action({ due: '2026-11-26' }), '2026-11-27')).toBe('overdue');
    expect(actionState(action({ due: '2026-11-26', status: 'done' }), '2026-11-27')).toBe('done');
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
  it('completing records the date and note; reopening clears them', () => {
    const done = completeAction(action({}), '2026-11-30', '手配済み');
    expect(done).toMatchObject({ status: 'done', doneDate: '2026-11-30', doneNote: '手配済み' });
    expect(reopenAction(done)).toMatchObject({ status: 'open', doneDate: '', doneNote: '' });
    expect(() => completeAction(action({}), '2026-13-01', '')).toThrow(RangeError);
  });
  it('problems: required fields, due before the meeting, a past due date warns', () => {
    const p = (a: Partial<ActionItemInput>) =>
      actionProblems(action(a), '2026-11-20', '2026-11-27').map((x) => `${x.severity}:${x.path}:${x.code}`);
    expect(p({})).toEqual([]);
    expect(p({ owner: ' ', task: '' })).toEqual(['error:owner:required', 'error:task:required']);
    expect(p({ due: '2026-11-19' })).toEqual(['error:due:beforeRecord']);
    expect(p({ due: '2026-11-21' })).toEqual(['warning:due:past']);
  });
  it('filters by owner, district, status and due date; open first, soonest first', () => {
    const items = [
      action({ owner: 'A', due: '2026-12-05' }),
      action({ owner: 'B', due: '2026-11-01', districtId: 'd02' }),
      action({ owner: 'A', due: '2026-11-20', status: 'done', doneDate: '2026-11-21' }),
      action({ owner: 'A', due: '2026-11-25' }),
    ];
    const today = '2026-11-27';
    expect(filterActions(items, {}, today).map((a) => a.due)).toEqual(['2026-11-01', '2026-11-25', '2026-12-05']);
    expect(filterActions(items, { owner: 'A', status: 'all' }, today).map((a) => a.due)).toEqual([
      '2026-11-25',
      '2026-12-05',
      '2026-11-20',
    ]);
    expect(filterActions(items, { status: 'overdue', districtId: 'd01' }, today).map((a) => a.owner)).toEqual(['A']);
    expect(filterActions(items, { dueBy: '2026-11-30' }, today)).toHaveLength(2);
    expect(filterActions(items, { status: 'done' }, today)).toHaveLength(1);
  });
});
