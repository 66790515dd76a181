import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { listActions, markDone } from '../actions';
import { getMeeting, meetingsOfPerson, previousMeetingOfTeam, saveMeeting } from './meetingRepo';
import { listDirectory, removeDirectoryEntry, saveDirectoryEntry } from './directoryRepo';
import { toAttendeeRef } from '../../../shared/meetings/attendee';
import { verifyAuditChain } from '../../audit/auditLog';

const open = () => openTestVault('care-plaza');

const caseMeeting = (date: string) => ({
  ...emptyMeeting('case', date, 'd01'),
  cases: [
    { personId: 'p1', basicInfo: '独居', family: '長女（大阪）', history: '', wishes: '自宅で暮らしたい' },
    { personId: 'p2', basicInfo: '', family: '', history: '', wishes: '' },
  ],
  consent: { obtained: true, date, how: '口頭' },
  discussion: '検'.repeat(10_000),
});

describe('meetings and their actions', () => {
  it('saves minutes and three actions in one go; closing one from the list survives editing the minutes', async () => {
    const s = await open();
    const drafts = [
      { owner: '𠮷田', ownerOrg: '地域ケアプラザ', task: '配食の手配', due: '2026-12-10', personId: 'p1' },
      { owner: '佐藤', ownerOrg: '区役所', task: '介護保険の申請支援', due: '2026-12-15', personId: 'p2' },
      { owner: '鈴木', ownerOrg: '民生委員・児童委員等委嘱委員', task: '見守り訪問', due: '2026-12-20', personId: '' },
    ];
    const m = await saveMeeting(s, caseMeeting('2026-11-27'), drafts, 100);
    expect((await getMeeting(s, m.id))?.discussion).toHaveLength(10_000);
    const { items } = await listActions(s);
    expect(items.map((a) => a.task).sort()).toEqual(['介護保険の申請支援', '見守り訪問', '配食の手配']);
    const first = items.find((a) => a.owner === '𠮷田');
    if (!first) throw new Error('missing');
    await markDone(s, first, '2026-12-01', '手配済み', 110);

    const kept = items
      .filter((a) => a.owner !== '鈴木')
      .map((a) => ({ id: a.id, owner: a.owner, ownerOrg: a.ownerOrg, task: a.task, due: a.due, personId: a.personId }));
    await saveMeeting(s, { ...m, conclusion: '在宅継続' }, kept, 120, m);
    const after = (await listActions(s)).items;
    expect(after).toHaveLength(2);
    expect(after.find((a) => a.id === first.id)).toMatchObject({ status: 'done', doneDate: '2026-12-01', doneNote: '手配済み' });
    // Actions serve the meeting's pillar-2 goals (a case meeting presets 2-1, 2-2), in the clear too.
    expect(await s.db.actions.get(first.id)).toMatchObject({ goals: ['2-1', '2-2'], doneDate: '2026-12-01' });
    expect(await s.db.meetings.get(m.id)).toMatchObject({ goals: ['2-1', '2-2'] });
    await saveMeeting(s, { ...m, goals: ['1-2', '2-3'], conclusion: '在宅継続' }, kept, 130, { ...m, rev: m.rev + 1 });
    expect(await s.db.actions.get(first.id)).toMatchObject({ goals: ['2-3'] });
    expect(await s.db.meetings.get(m.id)).toMatchObject({ goals: ['2-3'] });
    expect(await meetingsOfPerson(s, 'p2')).toHaveLength(1);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });

  it('refuses invalid minutes and writes nothing', async () => {
    const s = await open();
    await expect(saveMeeting(s, { ...caseMeeting('2026-11-27'), date: '2026-02-30' }, [], 1)).rejects.toMatchObject({
      code: 'ValidationFailed',
    });
    expect(await s.db.meetings.count()).toBe(0);
    expect(await s.db.audit.count()).toBe(0);
  });

  it('finds the previous meeting of the same team only', async () => {
    const s = await open();
    const a = await saveMeeting(s, caseMeeting('2026-10-01'), [], 1);
    await saveMeeting(s, { ...caseMeeting('2026-10-15'), districtId: 'd02' }, [], 2);
    await saveMeeting(s, { ...emptyMeeting('team', '2026-10-20', 'd01') }, [], 3);
    expect((await previousMeetingOfTeam(s, { type: 'case', districtId: 'd01', date: '2026-11-27' }))?.id).toBe(a.id);
    expect(await previousMeetingOfTeam(s, { type: 'case', districtId: 'd01', date: '2026-09-30' })).toBeUndefined();
    expect(await previousMeetingOfTeam(s, { type: 'case', districtId: 'd01', date: '2026-10-01' }, a.id)).toBeUndefined();
  });

  it('of two meetings of a team on one day, the one recorded last is the previous one', async () => {
    const s = await open();
    for (let n = 1; n <= 4; n++) await saveMeeting(s, { ...emptyMeeting('team', '2026-10-01', 'd01'), number: n }, [], n);
    expect((await previousMeetingOfTeam(s, { type: 'team', districtId: 'd01', date: '2026-10-01' }))?.number).toBe(4);
  });

  it('removing a directory entry keeps the attendee on old minutes', async () => {
    const s = await open();
    const e = await saveDirectoryEntry(s, { name: '髙橋 一郎', organisation: '地域ケアプラザ', role: '社会福祉士', note: '' }, 1);
    const m = await saveMeeting(s, { ...caseMeeting('2026-11-01'), attendees: [toAttendeeRef(e.id, e)] }, [], 2);
    await removeDirectoryEntry(s, e, 3);
    expect(await listDirectory(s)).toHaveLength(0);
    expect(await listDirectory(s, { includeRemoved: true })).toHaveLength(1);
    expect((await getMeeting(s, m.id))?.attendees[0]).toEqual({
      directoryId: e.id,
      name: '髙橋 一郎',
      organisation: '地域ケアプラザ',
      role: '社会福祉士',
    });
  });
});
