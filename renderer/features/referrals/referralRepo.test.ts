import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit/auditLog';
import {
  addStep,
  createReferral,
  getReferral,
  listReferrals,
  referralsOfPerson,
  saveReferral,
  saveSheet,
  StepRefused,
  trashReferral,
} from './referralRepo';
import { draftPersonSheet } from '../../../shared/referrals/personSheet';
import { emptyPerson } from '../../../shared/persons/person';

const open = (role = 'care-plaza') => openTestVault(role);

describe('referrals', () => {
  it('goes through four steps with consent, each one audited; the clear columns follow the step', async () => {
    const s = await open();
    const today = '2026-11-27';
    let r = await createReferral(s, 'p1', 'd01', '2026-10-01', '試験 職員', 1);
    r = await saveReferral(
      s,
      {
        ...r,
        expectedType: '補助',
        petitioner: '四親等内の親族',
        handovers: [
          {
            to: '地域ケアプラザ',
            date: '2026-10-02',
            contact: '',
            consent: { kind: 'consent', date: '2026-10-02', method: '口頭', note: '' },
          },
        ],
      },
      2,
    );
    r = await addStep(s, r.id, { to: 'gathering', date: '2026-10-05', by: '試験 職員', note: '親族に連絡' }, today, 3);
    r = await addStep(s, r.id, { to: 'preparing', date: '2026-10-20', by: '試験 職員', note: '' }, today, 4);
    await expect(addStep(s, r.id, { to: 'petitioned', date: '2026-11-01', by: '', note: '' }, today, 5)).rejects.toBeInstanceOf(
      StepRefused,
    );
    r = await saveReferral(s, { ...r, petitionConsent: { given: true, date: '2026-10-25', method: '書面' } }, 6);
    r = await addStep(s, r.id, { to: 'petitioned', date: '2026-11-01', by: '試験 職員', note: '家庭裁判所へ' }, today, 7);
    expect(r.history.map((h) => h.status)).toEqual(['intake', 'gathering', 'preparing', 'petitioned']);
    expect(r.history[2]?.skipped).toEqual(['planning']);
    expect(await s.db.referrals.get(r.id)).toMatchObject({
      status: 'petitioned',
      statusDate: '2026-11-01',
      personId: 'p1',
      districtId: 'd01',
    });
    const steps = await s.db.audit.where('action').equals('referral.step').count();
    expect(steps).toBe(3);
    expect(await verifyAuditChain(s)).toMatchObject({ ok: true });
  });

  it('saving fields never rewrites the history', async () => {
    const s = await open();
    const r = await createReferral(s, 'p1', 'd01', '2026-10-01', 'A', 1);
    const stepped = await addStep(s, r.id, { to: 'gathering', date: '2026-10-05', by: 'A', note: '' }, '2026-11-27', 2);
    // Fields typed on the copy from before the step (another window) are refused, not merged blindly.
    await expect(saveReferral(s, { ...r, wishes: '古い画面' }, 3)).rejects.toMatchObject({ code: 'StaleRevision' });
    const saved = await saveReferral(s, { ...stepped, wishes: '家で暮らしたい', history: [] }, 3);
    expect(saved.history.map((h) => h.status)).toEqual(['intake', 'gathering']);
    expect((await getReferral(s, r.id))?.wishes).toBe('家で暮らしたい');
  });

  it("lists live referrals and a person's referrals; trash hides them", async () => {
    const s = await open();
    const a = await createReferral(s, 'p1', 'd01', '2026-10-01', 'A', 1);
    await createReferral(s, 'p2', 'd02', '2026-11-01', 'A', 2);
    expect((await listReferrals(s)).items.map((r) => r.personId)).toEqual(['p2', 'p1']);
    await trashReferral(s, a.id, 3);
    expect(await referralsOfPerson(s, 'p1')).toEqual([]);
  });

  it('the 本人情報シート: a professional writes it from a draft; a commissioner is refused and nothing is written', async () => {
    const person = {
      ...emptyPerson('d01'),
      address: '鶴見区架空町1-2-3',
      certification: {
        careLevel: '要介護2' as const,
        disabilitySupportLevel: '' as const,
        ryoikuGrade: '' as const,
        mentalHandbookGrade: '' as const,
      },
    };
    const s = await open('care-plaza');
    const r = await createReferral(s, 'p1', 'd01', '2026-10-01', 'A', 1);
    const draft = draftPersonSheet(
      person,
      { ...r, declineNote: '金銭管理ができない', explained: '制度を説明した', wishes: '家にいたい' },
      { name: '試験 職員', occupation: '社会福祉士', contact: '045-000-0000' },
      '2026-11-27',
    );
    expect(draft).toMatchObject({
      living: { address: '鶴見区架空町1-2-3' },
      certification: { care: '要介護2' },
      awareness: '',
      awarenessNote: '制度を説明した\n家にいたい',
    });
    const withSheet = await saveSheet(s, r.id, draft, r.rev, 2);
    expect(withSheet.sheet?.header.author).toBe('試験 職員');
    // Editing other fields keeps the sheet.
    expect((await saveReferral(s, { ...withSheet, wishes: 'x' }, 3)).sheet).not.toBeNull();

    const c = await open('commissioner');
    const r2 = await createReferral(c, 'p1', 'd01', '2026-10-01', 'B', 1);
    await expect(saveSheet(c, r2.id, draft, r2.rev, 2)).rejects.toMatchObject({ code: 'NotPermitted' });
    expect((await getReferral(c, r2.id))?.sheet).toBeNull();
    expect(await c.db.audit.where('action').equals('referral.sheet').count()).toBe(0);
  });
});

describe('stall settings', () => {
  it('reads defaults, stores a partial override, refuses nonsense', async () => {
    const { readStallDays, writeSetting } = await import('../settings');
    const s = await open();
    expect((await readStallDays(s)).gathering).toBe(30);
    const rev = await writeSetting(s, 'stallDays', { gathering: 45 }, 0, 1);
    expect(await readStallDays(s)).toMatchObject({ gathering: 45, intake: 14 });
    await expect(writeSetting(s, 'stallDays', { gathering: 0 }, rev, 2)).rejects.toMatchObject({ code: 'ValidationFailed' });
    // A second window still based on revision 0 is refused, not silently applied.
    await expect(writeSetting(s, 'stallDays', { gathering: 60 }, 0, 3)).rejects.toMatchObject({ code: 'StaleRevision' });
    expect((await readStallDays(s)).gathering).toBe(45);
    // Stored sealed: no number typed by the user is in the clear.
    expect(JSON.stringify({ ...(await s.db.settings.get('stallDays')), enc: undefined })).not.toContain('45');
  });
});
