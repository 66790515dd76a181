// English strings of settings, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { settingsJa } from './messages';

export const settingsEn: Localized<typeof settingsJa> = {
  settings: {
    title: 'Settings',
    profile: 'User profile',
    saveProfile: 'Save',
    display: 'Display',
    textSize: 'Text size',
    textSizes: { normal: 'Standard', large: 'Large', xlarge: 'Extra large' },
    language: 'Language',
    security: 'Security',
    idleMinutes: 'Lock automatically after this many idle minutes',
    changePassphrase: 'Change passphrase',
    currentPassphrase: 'Current passphrase',
    newPassphrase: 'New passphrase',
    passphraseChanged: 'Passphrase changed.',
    districts: 'Districts',
    districtsHelp: 'Renaming keeps records linked. Hide districts no longer used (kept for old records).',
    addDistrict: 'Add district',
    newDistrictName: 'New district name',
    archived: 'Hidden',
    saved: 'Saved.',
    storage: 'Where data lives',
    storageNote: 'Records are stored encrypted on this computer, in a database inside the app’s data folder.',
    persisted: 'Storage is protected from automatic clean-up.',
    notPersisted: 'Storage protection was not granted. Keep an eye on free disk space.',
    recoveryKey: {
      title: 'Make a new recovery key',
      when: 'If the recovery-key sheet is lost, or someone else may have seen it, make a new recovery key.',
      effect: 'The old recovery key then stops working. Your records and your passphrase stay as they are.',
      passphrase: 'Current passphrase',
      submit: 'Make a new recovery key',
      working: 'Making the key…',
      issuedTitle: 'Write down the new recovery key',
      oldGone: 'The old recovery key no longer works. Shred the old sheet.',
      done: 'I have it, close',
      finished: 'The new recovery key is in use.',
    },
  },
};
