// The contact-interval settings as typed: whole numbers from 1 to 3650 per situation.
import { CONTACT_SITUATIONS, type ContactIntervals, type ContactSituation } from '../../../shared/reach/reach';

export function parseContactIntervals(text: Partial<Record<ContactSituation, string>>): {
  values: Partial<ContactIntervals>;
  invalid: ContactSituation[];
} {
  const values: Partial<ContactIntervals> = {};
  const invalid: ContactSituation[] = [];
  for (const s of CONTACT_SITUATIONS) {
    const raw = (text[s] ?? '').trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 3650) values[s] = n;
    else invalid.push(s);
  }
  return { values, invalid };
}
