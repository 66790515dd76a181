// Every string of the app: the shell's own and each feature's, merged into one resource per
// language for i18next. Adding a feature means adding its messages here. A feature whose
// public module brings what only later screens use gives its strings through its lazy.ts, so
// they do not drag that into the first load.
import { commonMessages } from '../i18n/common';
import { displayMessages } from '../i18n/display';
import { mergeMessages, type FeatureMessages, type Resources } from '../i18n/messages';
import { actionsMessages } from '../features/actions/lazy';
import { auditMessages } from '../features/audit/lazy';
import { contactLogMessages } from '../features/contactLog/lazy';
import { endingNotesMessages } from '../features/endingNotes/lazy';
import { exchangeMessages } from '../features/exchange/lazy';
import { meetingsMessages } from '../features/meetings/lazy';
import { personsMessages } from '../features/persons';
import { reachMessages } from '../features/reach/lazy';
import { referralsMessages } from '../features/referrals/lazy';
import { settingsMessages } from '../features/settings';
import { backupMessages } from '../features/backup/lazy';
import { handoverMessages } from '../features/handover/lazy';
import { teamMessages } from '../features/team/lazy';
import { setupMessages } from '../features/setup';
import { timelineMessages } from '../features/timeline/lazy';
import { trashMessages } from '../features/trash/lazy';
import { unlockMessages } from '../features/unlock';
import { dashboardMessages } from '../features/dashboard/lazy';

export const ALL_MESSAGES: readonly FeatureMessages<Resources>[] = [
  commonMessages,
  displayMessages,
  setupMessages,
  unlockMessages,
  personsMessages,
  trashMessages,
  auditMessages,
  settingsMessages,
  backupMessages,
  handoverMessages,
  teamMessages,
  endingNotesMessages,
  contactLogMessages,
  meetingsMessages,
  actionsMessages,
  referralsMessages,
  reachMessages,
  timelineMessages,
  exchangeMessages,
  dashboardMessages,
];

export const appMessages = mergeMessages(ALL_MESSAGES);
