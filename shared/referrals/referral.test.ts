import { describe, expect, it } from 'vitest';
import { emptyReferral, hojoConsentMissing, referralProblems, type ReferralInput } from './referral';

const today = '2026-11-27';
const base = emptyReferral('p1', 'd01', '2026-11-01', '試験 職員');
const codes = (x: ReferralInput) => referralProblems(x, today).map((p) => `${p.severity}:${p.path}:${p.code}`);

describe('referral rules', () => {
  it('a new referral starts at 相談受付 and is valid', () => {
    expect(base.history).toHaveLength(1);
    expect(codes(base)).toEqual([]);
  });
  it('a hand-over records consent, or an override with its reason explained', () => {
    const consent = {
      to: '地域ケアプラザ' as const,
      date: '2026-11-05',
      contact: '包括 担当',
      consent: { kind: 'consent' as const, date: '2026-11-05', method: '口頭' as const, note: '' },
    };
    expect(codes({ ...base, handovers: [consent] })).toEqual([]);
    const override = { ...consent, consent: { kind: 'override' as const, reason: '虐待のおそれ' as const, note: '' } };
    expect(codes({ ...base, handovers: [override] })).toEqual(['error:handovers.0.consent.note:required']);
    expect(codes({ ...base, handovers: [{ ...override, consent: { ...override.consent, note: '長男による年金の使い込み' } }] })).toEqual(
      [],
    );
    expect(codes({ ...base, handovers: [{ ...consent, date: '2026-10-31' }] })).toEqual(['error:handovers.0.date:beforeConsultation']);
    expect(referralProblems({ ...base, handovers: [{ ...consent, consent: { kind: 'none' } }] }, today)[0]?.severity).toBe('error');
  });
  it("補助 petitioned by another needs the person's consent", () => {
    expect(hojoConsentMissing({ ...base, expectedType: '補助', petitioner: '四親等内の親族' })).toBe(true);
    expect(hojoConsentMissing({ ...base, expectedType: '補助', petitioner: '本人' })).toBe(false);
    expect(hojoConsentMissing({ ...base, expectedType: '保佐', petitioner: '区長申立' })).toBe(false);
    expect(codes({ ...base, expectedType: '補助', petitioner: '区長申立' })).toEqual(['warning:petitionConsent.given:hojoConsent']);
    expect(
      codes({ ...base, expectedType: '補助', petitioner: '区長申立', petitionConsent: { given: true, date: '', method: '口頭' } }),
    ).toEqual(['error:petitionConsent.date:required']);
    // A consent already given cannot be dated after today.
    expect(
      codes({
        ...base,
        expectedType: '補助',
        petitioner: '区長申立',
        petitionConsent: { given: true, date: '2099-01-01', method: '口頭' },
      }),
    ).toEqual(['error:petitionConsent.date:future']);
  });
  it('relatives and abuse are consistent; a 区長申立 with reachable relatives and no abuse warns', () => {
    const rel = { name: '長女', relation: '子', degree: 1, reachable: 'はい' as const, note: '' };
    expect(codes({ ...base, noRelatives: true, relatives: [rel] })).toEqual(['error:noRelatives:relativesListed']);
    expect(codes({ ...base, abuse: { suspected: true, kinds: [], note: '' } })).toEqual(['error:abuse.kinds:required']);
    expect(codes({ ...base, petitioner: '区長申立', relatives: [rel] })).toEqual(['warning:petitioner:mayorWithRelatives']);
    expect(
      codes({ ...base, petitioner: '区長申立', relatives: [rel], abuse: { suspected: true, kinds: ['経済的虐待（財産侵害）'], note: '' } }),
    ).toEqual([]);
    expect(codes({ ...base, relatives: [{ ...rel, degree: 5 }] })).toEqual(['error:relatives.0.degree:invalid']);
  });
});
