// English strings of hand-over packages, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { handoverJa } from './messages';

export const handoverEn: Localized<typeof handoverJa> = {
  handover: {
    title: 'Hand-over',
    lead: 'When someone else takes over, give persons and their records to another records book (another computer) as an encrypted file, locked to the receiver’s “receiving key” or to a one-time passphrase.',
    keyTitle: 'Receiving key',
    keyHelp:
      'This records book’s key for receiving hand-over files. Tell it to whoever hands records over to you, and they can make a file only this records book opens. The key holds no personal data: it may be given to colleagues or printed and handed out.',
    keyShow: 'Show the receiving key',
    keyMaking: 'Making the key…',
    keyLabel: 'This records book’s receiving key',
    keyReadAloud: 'Shown in groups of four. On the phone, read it out group by group (the spaces need not be typed).',
    keyCopy: 'Copy the key',
    keyCopied: 'Receiving key copied.',
    keyCopyFailed: 'Could not copy. Select the key’s text and copy it.',
    keyPrint: 'Print the key sheet',
    keyPrintLarge: 'Print the key sheet (large print)',
    keyNoPersonal: 'This key and its printed sheet hold no personal data.',
    makeTitle: 'Make a hand-over file',
    makeHelp: 'Choose the persons to hand over. For each, their contact log, actions, guardianship referrals and ending notes go in.',
    noMeetings: 'Meeting minutes do not go in: they hold other people’s cases too. Arrange for minutes separately if needed.',
    search: 'Find a person (name or reading)',
    searchHelp: 'Typing narrows the list.',
    choosePersons: 'Persons to hand over',
    chosenCount: 'Chosen: {{count}}',
    noneChosen: 'Nobody chosen yet.',
    unchoose: 'Remove',
    moreMatches: '{{count}} more. Narrow the list by name.',
    noMatch: 'Nobody matches.',
    receiverTitle: 'Receiver',
    byKey: 'Make it to the receiver’s receiving key (recommended)',
    byPassphrase: 'Lock it with a one-time passphrase',
    receiverKey: 'The receiver’s receiving key (starts with age1)',
    receiverKeyHelp: 'It is shown on the Hand-over screen of the receiver’s records book. Paste it, or type it group by group.',
    badKey:
      'This is not a receiving key: it is age1 followed by 58 characters (62 in all, without the spaces). Check it character by character.',
    ownKey: 'This is this records book’s own key. Enter the key shown in the receiver’s records book.',
    passphraseShown:
      'Tell the receiver this passphrase by another way than the file, such as by phone. Never send it in the same email or on the same USB stick as the file.',
    passphraseLabel: 'One-time passphrase',
    passphraseAgain: 'Use another passphrase',
    make: 'Make the hand-over file',
    making: 'Making the hand-over file…',
    made: 'Hand-over file made ({{persons}} persons, {{count}} records).',
    madeUnreadable: '{{count}} records could not be read and are not in the file.',
    saveCanceled: 'The file was not saved (making it is in the audit log).',
    pickSomeone: 'Choose at least one person.',
    importTitle: 'Take in a hand-over file',
    importHelp:
      'Choose the hand-over file you received. Before anything is written you see what is new and where it differs from records already here.',
    importKeyNote: 'This file opens with this records book’s receiving key (no passphrase needed).',
    importPassphrase: 'Passphrase (as the sender told you)',
    fileKind: 'ainet-records hand-over file',
    districtsTitle: 'Districts this records book does not have',
    districtsHelp:
      'Some districts in the file have names this records book does not have. Choose one of this records book’s districts for each.',
    districtFrom: 'District “{{name}}” in the file ({{count}} records)',
    districtNone: '(no district)',
    districtPick: 'Choose',
    districtUnchosen: '{{name}} (no district of this records book chosen yet)',
    districtsUndecided: '{{count}} districts still to choose.',
    imported: '{{count}} records taken in.',
    problem: {
      wrongIdentity:
        'This file was not made for this records book (it is locked to another receiving key). Ask the sender to make it again to this records book’s receiving key.',
      wrongPassphrase: 'Wrong passphrase. Check it with the sender again.',
      isBackup: 'This is a backup, not a hand-over file. Take it in on the Backup screen.',
      demoPackage: 'This file comes from the demo records book. Its records are fictional and cannot be taken into this one.',
      realPackage:
        'This file comes from a real records book. The demo records book’s passphrase is public, so real records cannot go into it. Take the file in with a real records book.',
      demoRecipient:
        'This is the demo key, which is public. Real records cannot be sent to it. Enter the key of the receiver’s real records book.',
    },
  },
};
