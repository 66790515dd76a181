// English strings of the person timeline, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { timelineJa } from './messages';

export const timelineEn: Localized<typeof timelineJa> = {
  timeline: {
    addContact: 'Record a contact',
    filter: 'Show',
    noneShown: 'No records of the chosen kinds.',
    kinds: { referral: 'Guardianship', contact: 'Contact', meeting: 'Meeting', action: 'Action item', endingNote: 'Ending note' },
    states: { open: 'Open', dueSoon: 'Due soon', overdue: 'Overdue', done: 'Done' },
  },
};
