// The contact-interval settings as typed: whole numbers from 1 to 3650 per situation.
import { CONTACT_SITUATIONS, type ContactIntervals, type ContactSituation } from '../../../shared/reach/reach';
import { parseDays } from '../../ui/daysSettings';

export function parseContactIntervals(text: Partial<Record<ContactSituation, string>>): {
  values: Partial<ContactIntervals>;
  invalid: ContactSituation[];
} {
  return parseDays(CONTACT_SITUATIONS, text);
}
