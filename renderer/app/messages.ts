// Every string of the app: the shell's own and each feature's, merged into one resource per
// language for i18next. Adding a feature means adding its messages here.
import { commonMessages } from '../i18n/common';
import { mergeMessages, type FeatureMessages, type Resources } from '../i18n/messages';
import { actionsMessages } from '../features/actions';
import { auditMessages } from '../features/audit';
import { contactLogMessages } from '../features/contactLog';
import { endingNotesMessages } from '../features/endingNotes';
import { exchangeMessages } from '../features/exchange';
import { meetingsMessages } from '../features/meetings';
import { personsMessages } from '../features/persons';
import { referralsMessages } from '../features/referrals';
import { settingsMessages } from '../features/settings';
import { backupMessages } from '../features/backup';
import { handoverMessages } from '../features/handover';
import { setupMessages } from '../features/setup';
import { timelineMessages } from '../features/timeline';
import { trashMessages } from '../features/trash';
import { unlockMessages } from '../features/unlock';

export const ALL_MESSAGES: readonly FeatureMessages<Resources>[] = [
  commonMessages,
  setupMessages,
  unlockMessages,
  personsMessages,
  trashMessages,
  auditMessages,
  settingsMessages,
  backupMessages,
  handoverMessages,
  endingNotesMessages,
  contactLogMessages,
  meetingsMessages,
  actionsMessages,
  referralsMessages,
  timelineMessages,
  exchangeMessages,
];

export const appMessages = mergeMessages(ALL_MESSAGES);
