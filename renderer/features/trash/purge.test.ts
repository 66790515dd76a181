// Emptying the trash of a person leaves no row anywhere that refers to them: not in a clear
// column, not inside any sealed record or draft. What must keep counting stays, detached.
import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { emptyContact } from '../../../shared/contactLog/contact';
import { emptyMeeting } from '../../../shared/meetings/meeting';
import { emptyPerson } from '../../../shared/persons/person';
import { countActivities } from '../../../shared/contactLog/report';
import { PersonStore } from '../../records/personStore';
import { saveDraft } from '../../records/drafts';
import { draftKeys } from '../../records/draftKeys';
import { verifyAuditChain } from '../../audit/auditLog';
import type { VaultSession } from '../../vault/session';
import { contactsBetween, saveContact } from '../contactLog';
import { saveMeeting } from '../meetings';
import { createReferral } from '../referrals';
import { createNote } from '../endingNotes';

/** Every stored value of every table, opened where sealed, as one JSON text per row. */
async function everyRowAsText(s: VaultSession): Promise<{ where: string; text: string }[]> {
  const out: { where: string; text: string }[] = [];
  for (const table of s.db.tables) {
    if (table.name === 'audit') continue;
    for (const row of (await table.toArray()) as Record<string, unknown>[]) {
      const key = String(row.id ?? row.key ?? '');
      let sealed = '';
      const enc = row.enc as Parameters<VaultSession['open']>[2] | undefined;
      if (enc && table.name !== 'vaultMeta') sealed = JSON.stringify(await s.open(table.name, key, enc));
      out.push({ where: `${table.name}:${key}`, text: JSON.stringify({ ...row, enc: undefined }) + sealed });
    }
  }
  return out;
}

describe('purging a person', () => {
  it('removes what is about them, detaches what must keep counting, and leaves no reference', async () => {
    const s = await openTestVault('care-plaza');
    const persons = new PersonStore(s);
    const gone = await persons.create({ ...emptyPerson('d01'), name: '削除 される人' }, 1);
    const stays = await persons.create({ ...emptyPerson('d01'), name: '残る 人' }, 1);
    await createNote(s, gone.id, 'standard-ja', 1, 2);
    await createReferral(s, gone.id, 'd01', '2026-10-01', '担当', 2);
    await saveContact(
      s,
      {
        ...emptyContact('2026-11-10', 'u1', 'A', gone.id),
        kind: '訪問',
        field: '高齢者',
        content: '介護保険',
        followUp: { needed: true, task: '電話する', due: '2026-12-01' },
      },
      'd01',
      3,
    );
    await saveContact(s, { ...emptyContact('2026-11-11', 'u1', 'A', stays.id), kind: '訪問' }, 'd01', 3);
    const base = emptyMeeting('case', '2026-11-12', 'd01');
    const blank = { personId: '', basicInfo: '', family: '', history: '', wishes: '' };
    await saveMeeting(
      s,
      {
        ...base,
        cases: [
          { ...blank, personId: gone.id, basicInfo: '削除される人の事例' },
          { ...blank, personId: stays.id },
        ],
      },
      [{ owner: 'B', ownerOrg: '', task: '訪問する', due: '2026-12-05', personId: gone.id }],
      4,
    );
    // Drafts: an edit of the person, a new contact started from their page, a meeting form that picked them.
    await saveDraft(s, draftKeys.personEdit(gone.id), { name: '編集中' }, 5);
    await saveDraft(s, draftKeys.contactNew(gone.id), { summary: 'x' }, 5);
    await saveDraft(s, draftKeys.meetingNew('case'), { json: JSON.stringify({ cases: [{ personId: gone.id }] }) }, 5);
    await saveDraft(s, draftKeys.meetingNew('team'), { json: '{}' }, 5);

    await persons.trash(gone.id, 6);
    const report = await persons.emptyTrash(7);
    expect(report).toMatchObject({
      persons: 1,
      endingNotes: 1,
      referrals: 1,
      detached: { contacts: 1, actions: 2, meetings: 1 },
      drafts: 3,
      unreadable: [],
    });

    const mentions = (await everyRowAsText(s)).filter((r) => r.text.includes(gone.id));
    expect(mentions).toEqual([]);
    // The other person and the unrelated draft are untouched.
    expect(persons.get(stays.id)?.name).toBe('残る 人');
    expect(await s.db.drafts.get(draftKeys.meetingNew('team'))).toBeDefined();
    // The contact still counts in the activity report, with no person.
    const { items } = await contactsBetween(s, '2026-11-01', '2026-11-30');
    expect(items.map((c) => c.personId).sort()).toEqual(['', stays.id]);
    expect(countActivities(items)).toMatchObject({ visits: 2, consultations: 1 });
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });
});
