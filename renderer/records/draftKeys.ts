// Every key under which an unsaved form is kept, in one place: a form asks for its key here, and
// purging a record drops exactly the drafts that belong to it.
import type { RecordTableName } from './tables';

export type DraftKey =
  | 'person-new'
  | `person-edit:${string}`
  | 'contact-new'
  | `contact-new:${string}`
  | `contact-edit:${string}`
  | `meeting-new:${string}`
  | `meeting-edit:${string}`
  | `referral-edit:${string}`
  | `referral-sheet:${string}`
  | `template-edit:${string}`;

export const draftKeys = {
  personNew: (): DraftKey => 'person-new',
  personEdit: (id: string): DraftKey => `person-edit:${id}`,
  /** A contact started from a person's page keeps its own draft, so two people's never mix. */
  contactNew: (personId?: string): DraftKey => (personId ? `contact-new:${personId}` : 'contact-new'),
  contactEdit: (id: string): DraftKey => `contact-edit:${id}`,
  meetingNew: (type: string): DraftKey => `meeting-new:${type}`,
  meetingEdit: (id: string): DraftKey => `meeting-edit:${id}`,
  referralEdit: (id: string): DraftKey => `referral-edit:${id}`,
  referralSheet: (id: string): DraftKey => `referral-sheet:${id}`,
  templateEdit: (id: string): DraftKey => `template-edit:${id}`,
} as const;

/** The drafts that belong to a record (and go when it is purged). */
export function draftsOfRecord(table: RecordTableName, id: string): DraftKey[] {
  switch (table) {
    case 'persons':
      return [draftKeys.personEdit(id), draftKeys.contactNew(id)];
    case 'contacts':
      return [draftKeys.contactEdit(id)];
    case 'meetings':
      return [draftKeys.meetingEdit(id)];
    case 'referrals':
      return [draftKeys.referralEdit(id), draftKeys.referralSheet(id)];
    default:
      return [];
  }
}
