// The stall-day settings as typed: whole numbers from 1 to 3650 per open step.
import { OPEN_STATUSES, type ReferralStatus } from '../../../../shared/referrals/status';

export function parseStallDays(text: Partial<Record<ReferralStatus, string>>): {
  values: Partial<Record<ReferralStatus, number>>;
  invalid: ReferralStatus[];
} {
  const values: Partial<Record<ReferralStatus, number>> = {};
  const invalid: ReferralStatus[] = [];
  for (const s of OPEN_STATUSES) {
    const raw = (text[s] ?? '').trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 3650) values[s] = n;
    else invalid.push(s);
  }
  return { values, invalid };
}
