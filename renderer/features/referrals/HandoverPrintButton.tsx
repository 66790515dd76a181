// つなぎ票 printing: wired to shared/referral/handoverPrint.ts once it is merged from main.
import type { PersonRecord } from '../persons/personRepo';
import type { Referral } from './referralRepo';

export function HandoverPrintButton(_props: { referral: Referral; index: number; person: PersonRecord | undefined }) {
  return null;
}
