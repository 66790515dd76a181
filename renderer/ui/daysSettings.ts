// Settings that are a number of days per key (contact intervals by situation, stall limits by
// referral step), as typed: whole numbers from 1 to 3650, full-width digits accepted.
export function parseDays<K extends string>(
  keys: readonly K[],
  text: Partial<Record<K, string>>,
): { values: Partial<Record<K, number>>; invalid: K[] } {
  const values: Partial<Record<K, number>> = {};
  const invalid: K[] = [];
  for (const k of keys) {
    const raw = (text[k] ?? '').trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= 3650) values[k] = n;
    else invalid.push(k);
  }
  return { values, invalid };
}
