// English strings of the trash, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { trashJa } from './messages';

export const trashEn: Localized<typeof trashJa> = {
  trash: {
    title: 'Trash',
    lead: 'Records in the trash can be restored. Emptying the trash removes them for good.',
    purgeNote:
      'Purging a person also removes their ending notes, guardianship referrals and drafts. Contact entries, action items and minutes stay (the activity report still counts them); only their link to the person is removed.',
    empty: 'The trash is empty.',
    restore: 'Restore',
    emptyAll: 'Empty the trash',
    emptyConfirm: 'Permanently delete {{n}} record(s)? This cannot be undone.',
    deletedAt: 'Moved: {{at}}',
    emptied: '{{n}} record(s) permanently deleted.',
    detached: 'Kept, with the link to the person removed: {{contacts}} contact entries, {{actions}} action items, {{meetings}} minutes.',
    unreadable: '{{n}} records could not be opened and were left as they are (ids: {{ids}}).',
    restored: 'Restored.',
    persons: 'People',
    records: 'Contact entries, minutes, guardianship referrals and ending notes',
    recordLabel: '{{date}} {{label}}',
    recordLabelNoDate: '{{label}}',
    ofPerson: ' ({{name}})',
    kinds: { referrals: 'Guardianship consultation', endingNotes: 'Ending note' },
  },
};
