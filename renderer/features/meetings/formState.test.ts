import { describe, expect, it } from 'vitest';
import { emptyMeeting, meetingMinimumProblem, type MeetingInput } from '../../../shared/meetings/meeting';
import {
  actionRowsOf,
  formProblems,
  isBlankRow,
  isMeetingTypeId,
  meetingDraftCodec,
  moveItem,
  newActionRow,
  removeAt,
  suggestNumber,
  toActionDrafts,
  toSave,
  warningKey,
  type MeetingFormState,
} from './formState';
import type { ActionItem } from '../actions';

const oneCase = { personId: 'p1', basicInfo: '', family: '', history: '', wishes: '' };
const state = (over: Partial<MeetingFormState['meeting']> = {}, actions: MeetingFormState['actions'] = []): MeetingFormState => ({
  meeting: {
    ...emptyMeeting('case', '2026-11-27', 'd01'),
    cases: [oneCase],
    consent: { obtained: true, date: '2026-11-27', how: '口頭' },
    ...over,
  },
  actions,
});
const row = (over: Partial<MeetingFormState['actions'][number]>) => ({ ...newActionRow('k'), ...over });

describe('reordering 課題', () => {
  it('moves up and down, and leaves out-of-range moves alone', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem([], 0, 1)).toEqual([]);
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('the next 回次', () => {
  it('is one more than the team’s previous meeting, or 1', () => {
    expect(suggestNumber(undefined)).toBe(1);
    expect(suggestNumber({ number: 0 })).toBe(1);
    expect(suggestNumber({ number: 12 })).toBe(13);
    expect(suggestNumber({ number: 9999 })).toBe(9999);
  });
  it('knows the three types only', () => {
    expect(isMeetingTypeId('case')).toBe(true);
    expect(isMeetingTypeId('area')).toBe(true);
    expect(isMeetingTypeId('other')).toBe(false);
    expect(isMeetingTypeId(undefined)).toBe(false);
  });
});

describe('form rows → ActionDrafts', () => {
  it('keeps ids of saved rows, trims, and drops rows never typed into', () => {
    const rows = [
      row({ key: 'a', id: 'x1', owner: ' 𠮷田 ', ownerOrg: '地域ケアプラザ', task: ' 配食の手配 ', due: '2026-12-10', personId: 'p1' }),
      row({ key: 'b' }),
      row({ key: 'c', owner: '佐藤', task: '申請', due: '2026-12-15' }),
    ];
    expect(isBlankRow(rows[1] ?? row({}))).toBe(true);
    expect(toActionDrafts(rows)).toEqual([
      { id: 'x1', owner: '𠮷田', ownerOrg: '地域ケアプラザ', task: '配食の手配', due: '2026-12-10', personId: 'p1' },
      { owner: '佐藤', ownerOrg: '', task: '申請', due: '2026-12-15', personId: '' },
    ]);
  });
  it('saved items come back as rows with their ids', () => {
    const item = {
      id: 'x1',
      owner: '佐藤',
      ownerOrg: '区役所',
      task: '申請',
      due: '2026-12-01',
      personId: '',
      source: 'meeting',
      sourceId: 'm',
      districtId: '',
      status: 'done',
      doneDate: '2026-12-01',
      doneNote: '',
      rev: 1,
      createdAt: 1,
      updatedAt: 1,
      deletedAt: 0,
    } satisfies ActionItem;
    expect(actionRowsOf([item])).toEqual([
      { key: 'x1', id: 'x1', owner: '佐藤', ownerOrg: '区役所', task: '申請', due: '2026-12-01', personId: '' },
    ]);
  });
  it('on save, blank 課題 are left out and an action about a removed case loses its person', () => {
    const s = state({ issues: ['見守りの担い手', '  ', '金銭管理'] }, [
      row({ owner: '佐藤', task: '訪問', due: '2026-12-01', personId: 'gone' }),
    ]);
    const { input, drafts } = toSave(s);
    expect(input.issues).toEqual(['見守りの担い手', '金銭管理']);
    expect(drafts[0]?.personId).toBe('');
    expect(toSave({ ...s, actions: [row({ owner: '佐藤', task: '訪問', due: '2026-12-01', personId: 'p1' })] }).drafts[0]?.personId).toBe(
      'p1',
    );
  });
});

describe('problems of the whole form', () => {
  const codes = (s: MeetingFormState, today = '2026-11-27') => formProblems(s, today).map((p) => `${p.severity}:${p.path}:${p.code}`);
  it('joins the minutes’ problems and each typed row’s, by row', () => {
    expect(codes(state())).toEqual([]);
    expect(codes(state({ startTime: '14:00', endTime: '13:00' }))).toEqual(['error:endTime:endBeforeStart']);
    const s = state({}, [
      row({}),
      row({ owner: '佐藤', task: '', due: '2026-11-20' }),
      row({ owner: '鈴木', task: '訪問', due: '2026-11-28' }),
    ]);
    expect(codes(s)).toEqual(['error:actions.1.task:required', 'error:actions.1.due:beforeRecord']);
    expect(codes(state({}, [row({ owner: '佐藤', task: '訪問', due: '2026-11-28' })]), '2026-12-01')).toEqual([
      'warning:actions.0.due:past',
    ]);
  });
  it('a case without a person yet does not hide the other problems', () => {
    const s = state({
      startTime: '15:00',
      endTime: '14:00',
      cases: [{ ...oneCase, personId: '' }],
      consent: { obtained: false, date: '', how: '' },
    });
    expect(codes(s)).toEqual([
      'error:cases.0.personId:required',
      'error:endTime:endBeforeStart',
      'warning:consent.obtained:consentMissing',
    ]);
    expect(codes(state({ cases: [{ ...oneCase, personId: '' }], date: '' }))).toEqual([
      'error:date:required',
      'error:cases.0.personId:required',
    ]);
  });
  it('identifies the warnings the user has seen', () => {
    const a = formProblems(state({ consent: { obtained: false, date: '', how: '' } }), '2026-11-27');
    expect(warningKey(a)).toBe('consent.obtained:consentMissing');
    expect(warningKey(formProblems(state(), '2026-11-27'))).toBe('');
  });
});

describe('drafts', () => {
  it('round-trip the whole form, a 10,000-character 検討内容 included', () => {
    const s = state(
      { discussion: '検'.repeat(10_000), attendees: [{ directoryId: '', name: '髙橋', organisation: '区役所', role: '保健師' }] },
      [row({ owner: '佐藤' })],
    );
    expect(meetingDraftCodec.decode(meetingDraftCodec.encode(s))).toEqual(s);
  });
  it('give null for no draft or one of another shape, instead of breaking the form', () => {
    expect(meetingDraftCodec.decode({ json: '' })).toBeNull();
    expect(meetingDraftCodec.decode({ json: '{not json' })).toBeNull();
    expect(meetingDraftCodec.decode({ json: JSON.stringify({ meeting: { type: 'case' }, actions: [] }) })).toBeNull();
    expect(meetingDraftCodec.decode({ json: JSON.stringify({ ...state(), meeting: { ...state().meeting, type: 'nope' } }) })).toBeNull();
  });
});

describe('the minimum of minutes', () => {
  const m = emptyMeeting('area', '2026-11-20');
  const codes = (meeting: MeetingInput, actionRows = 0) => meetingMinimumProblem(meeting, actionRows)?.code ?? null;
  it('an empty 地域ケア会議 is refused at 検討内容', () => {
    expect(meetingMinimumProblem(m, 0)).toEqual({ path: 'discussion', code: 'meetingMinimum', severity: 'error' });
    expect(codes({ ...m, discussion: ' \n　' })).toBe('meetingMinimum');
    expect(codes({ ...m, issues: ['', ' '] })).toBe('meetingMinimum');
  });
  it('any one thing talked about or agreed is enough', () => {
    expect(codes({ ...m, discussion: '見守り当番' })).toBeNull();
    expect(codes({ ...m, conclusion: '次回までに名簿を更新' })).toBeNull();
    expect(codes({ ...m, regionalIssues: '坂道が多い' })).toBeNull();
    expect(codes({ ...m, issues: ['ごみ出し'] })).toBeNull();
    expect(codes(m, 1)).toBeNull();
    expect(
      codes({ ...emptyMeeting('case', '2026-11-20'), cases: [{ personId: 'p1', basicInfo: '', family: '', history: '', wishes: '' }] }),
    ).toBeNull();
  });
});
