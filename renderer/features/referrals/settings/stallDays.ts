// The stall-day settings as typed: whole numbers from 1 to 3650 per open step.
import { OPEN_STATUSES, type ReferralStatus } from '../../../../shared/referrals/status';
import { parseDays } from '../../../ui/daysSettings';

export function parseStallDays(text: Partial<Record<ReferralStatus, string>>): {
  values: Partial<Record<ReferralStatus, number>>;
  invalid: ReferralStatus[];
} {
  return parseDays(OPEN_STATUSES, text);
}
