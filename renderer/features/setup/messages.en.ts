// English strings of first-run setup, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { setupJa } from './messages';

export const setupEn: Localized<typeof setupJa> = {
  welcome: {
    title: 'Welcome',
    lead: 'This record book keeps records encrypted on this computer only. Nothing is sent to the internet.',
    create: 'Create a new record book',
    demo: 'Try the demo (fictional data)',
    lost: 'This computer had a records book until {{date}} ({{rows}} records), but it is gone now. Restore it from a backup before making a new one.',
    restore: 'Restore from a backup',
    restoreNote: 'After replacing the computer, or when the records are gone: puts everything back from a backup file.',
    demoNote: 'The demo is stored apart from real records. Do not enter real records in it.',
  },
  setup: {
    title: 'Create the record book',
    step: 'Step {{n}} of 3',
    passphraseTitle: 'Choose a passphrase',
    passphraseHelp: 'At least 10 characters. A long sentence is safest. Avoid birthdays and phone numbers.',
    passphrase: 'Passphrase',
    passphraseConfirm: 'Passphrase (again, to confirm)',
    strength: 'Strength: {{label}}',
    strengthLabels: { weak: 'weak', fair: 'fair', good: 'good', strong: 'strong' },
    strengthReasons: {
      common: 'It contains a much-used word (such as "password").',
      sequence: 'It contains characters in order, such as "1234" or "abcd".',
      keyboard: 'It contains a row of keys, such as "qwerty".',
      repeat: 'It repeats a character or a group of characters.',
      date: 'It contains a year or a date. Birthdays are easy to guess.',
      phone: 'It contains something like a phone number.',
    },
    strengthAdvice: 'Such parts are easy to guess: add other words and make it a longer sentence.',
    mismatch: 'The two passphrases differ.',
    next: 'Next',
    creating: 'Creating keys…',
    recoveryTitle: 'Write down your recovery key',
    recoveryWarning:
      'This recovery key is shown only now. If both the passphrase and the recovery key are lost, nobody can recover the records — not even the developers.',
    recoveryHowto: 'Copy it onto paper or print it, and keep it locked away, apart from this computer.',
    printRecovery: 'Print the recovery key',
    recoveryConfirm: 'I have written down the recovery key',
    profileTitle: 'Who uses this record book',
    profileHelp: 'Recorded in the audit log as who acted. You can change it later in Settings.',
    name: 'Name',
    role: 'Role',
    district: 'District',
    districtNone: '(whole ward / none)',
    finish: 'Start',
  },
};
