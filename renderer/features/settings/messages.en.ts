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
  },
};
