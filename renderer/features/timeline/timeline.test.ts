import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { buildTimeline, countByKind } from './timeline';
import type { Contact } from '../contactLog';
import type { Meeting } from '../meetings';
import type { ActionItem } from '../actions';
import type { EndingNote } from '../endingNotes';
import type { Referral } from '../referrals';
import { emptyReferral } from '../../../shared/referrals/referral';

const meta = (id: string, at: number) => ({ id, rev: 1, createdAt: at, updatedAt: at, deletedAt: 0 });
const contact = (id: string, date: string, at: number, summary: string): Contact => ({
  ...emptyContact(date, 'u1', 'A', 'p1'),
  summary,
  ...meta(id, at),
});

describe('person timeline', () => {
  it('merges every kind, newest first, later entries first within a day', () => {
    const meeting: Meeting = {
      ...emptyMeeting('case', '2026-11-20', 'd01'),
      conclusion: '在宅で見守りを続ける\n次回は1月',
      cases: [{ personId: 'p1', basicInfo: '', family: '', history: '', wishes: '' }],
      ...meta('m1', 5),
    };
    const action: ActionItem = {
      source: 'meeting',
      sourceId: 'm1',
      owner: '佐藤',
      ownerOrg: '区役所',
      task: '申請支援',
      due: '2026-12-01',
      personId: 'p1',
      districtId: 'd01',
      status: 'open',
      doneDate: '',
      doneNote: '',
      ...meta('a1', 6),
    };
    // 2026-11-25T15:30Z is 2026-11-26 in Tokyo: the note belongs to the 26th whatever the machine's zone.
    const note: EndingNote = {
      templateId: 't',
      templateVersion: 1,
      answers: {},
      personId: 'p1',
      ...meta('n1', Date.parse('2026-11-25T15:30:00Z')),
    };
    const items = buildTimeline(
      'p1',
      {
        contacts: [
          contact('c1', '2026-11-26', 1, '変わりなし'),
          contact('c2', '2026-11-26', 2, '\n  体調について話を聞いた'),
          contact('c3', '2026-10-01', 3, 'あ'.repeat(200)),
        ],
        meetings: [meeting],
        actions: [action],
        notes: [note],
        referrals: [],
      },
      '2026-11-27',
      () => 'エンディングノート',
    );
    expect(items.map((i) => i.id)).toEqual(['a1', 'n1', 'c2', 'c1', 'm1', 'c3']);
    expect(items.find((i) => i.id === 'c2')?.detail).toBe('体調について話を聞いた');
    expect(items.find((i) => i.id === 'c3')?.detail).toHaveLength(81);
    expect(items.find((i) => i.id === 'm1')).toMatchObject({
      title: '個別ケース検討会議',
      detail: '在宅で見守りを続ける',
      href: '#/meetings/m1',
    });
    expect(items.find((i) => i.id === 'a1')?.state).toBe('dueSoon');
    expect(countByKind(items)).toEqual({ contact: 3, meeting: 1, referral: 0, action: 1, endingNote: 1 });
  });

  it('shows each step of a referral on its date', () => {
    const referral: Referral = { ...emptyReferral('p1', 'd01', '2026-10-01', 'A'), ...meta('r1', 1) };
    referral.history.push({
      status: 'planning',
      date: '2026-10-20',
      by: 'A',
      note: '方針会議で区長申立を検討',
      skipped: ['gathering'],
      correction: false,
    });
    const items = buildTimeline(
      'p1',
      { contacts: [], meetings: [], actions: [], notes: [], referrals: [referral] },
      '2026-11-27',
      () => '',
    );
    expect(items.map((i) => [i.date, i.title, i.detail])).toEqual([
      ['2026-10-20', '支援方針検討', '方針会議で区長申立を検討'],
      ['2026-10-01', '相談受付', ''],
    ]);
  });
});
