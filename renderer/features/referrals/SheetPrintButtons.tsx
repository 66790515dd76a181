// 本人情報シート printing: wired to shared/referral/personSheetPrint.ts once it is merged from main.
import type { PersonRecord } from '../persons/personRepo';
import type { Referral } from './referralRepo';

export function SheetPrintButtons(_props: { referral: Referral; person: PersonRecord | undefined; dirty: boolean }) {
  return null;
}
