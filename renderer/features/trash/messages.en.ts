// English strings of the trash, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import type { trashJa } from './messages';

export const trashEn: Localized<typeof trashJa> = {
  trash: {
    title: 'Trash',
    lead: 'Records in the trash can be restored. Emptying the trash removes them for good.',
    empty: 'The trash is empty.',
    restore: 'Restore',
    emptyAll: 'Empty the trash',
    emptyConfirm: 'Permanently delete {{n}} record(s)? This cannot be undone.',
    deletedAt: 'Moved: {{at}}',
    emptied: '{{n}} record(s) permanently deleted.',
    restored: 'Restored.',
    persons: 'People',
    records: 'Contact log entries, meeting minutes and guardianship referrals',
    recordLabel: '{{date}} {{label}}',
    ofPerson: ' ({{name}})',
  },
};
