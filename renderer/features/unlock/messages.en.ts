// English strings of unlocking and recovery, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { unlockJa } from './messages';

export const unlockEn: Localized<typeof unlockJa> = {
  unlock: {
    title: 'Unlock',
    passphrase: 'Passphrase',
    submit: 'Unlock',
    working: 'Checking…',
    keptForFix: 'What you typed is kept. Type it again, or press → to move to the end and correct part of it.',
    forgot: 'Forgot the passphrase? (reset with the recovery key)',
    openDemo: 'Open the demo record book',
    openMain: 'Back to the real record book',
    demoPassphrase: 'Demo passphrase: {{p}}',
    lockedBecause: {
      button: 'Locked.',
      idle: 'Locked after a period without use.',
      'lock-screen': 'Locked because the computer was locked.',
      suspend: 'Locked because the computer went to sleep.',
      'window-close': 'Locked because the window was closed.',
      restored:
        'Restored from the backup. Open it with the passphrase the record book had when the backup was made (or with the recovery key).',
      'erase-failed':
        'Erasing this device did not finish: the record book is still here. Close any other window of the record book, unlock, and run “Erase everything from this device” in Settings again.',
    },
    draftKept: 'Unsaved input was kept encrypted and comes back after unlocking.',
    draftLost:
      'Some unsaved input could not be kept when the record book locked. After unlocking, open the screen you were typing in and check it.',
  },
  recover: {
    title: 'Reset the passphrase with the recovery key',
    recoveryKey: 'Recovery key (32 characters; hyphens and spaces optional)',
    newPassphrase: 'New passphrase',
    submit: 'Reset and unlock',
    back: 'Back to unlock',
    keyMissing: 'Enter the recovery key.',
    newKeyTitle: 'Write down your new recovery key',
    oldKeyGone:
      'The passphrase is reset. The recovery key you just typed no longer works (someone may have seen it). Write down the new recovery key below instead.',
    open: 'Open the record book',
  },
};
