// Every table of sealed records, described once: its name, the zod schema of its content, and
// the columns its queries need in the clear, derived from the content. records/sealed.ts seals
// and opens through these, records/write.ts writes through them, and the clear-field test
// (app/clearFields.test.ts) holds the whole list against what is really stored.
import type { z } from 'zod';
import { actionItemSchema, type ActionItemInput } from '../../shared/actions/actionItem';
import { contactSchema, type ContactInput } from '../../shared/contactLog/contact';
import { endingNoteSchema, type EndingNoteInput } from '../../shared/endingNotes/note';
import { directoryEntrySchema, type DirectoryEntryInput } from '../../shared/meetings/attendee';
import { meetingSchema, type MeetingInput } from '../../shared/meetings/meeting';
import { personSchema, type PersonInput } from '../../shared/persons/person';
import { referralSchema, type ReferralInput } from '../../shared/referrals/referral';
import { currentStatus } from '../../shared/referrals/status';
import {
  ACTION_GOAL_FALLBACK,
  contactGoalPreset,
  ENDING_NOTE_GOAL_PRESET,
  normalizeP2Goals,
  REFERRAL_GOAL_PRESET,
} from '../../shared/domain/goals';
import type {
  ActionRow,
  ContactRow,
  DirectoryRow,
  EndingNoteRow,
  MeetingRow,
  PersonRow,
  ReferralRow,
  SealedRow,
  VaultDatabase,
} from '../db/database';

export type RecordTableName = 'persons' | 'endingNotes' | 'contacts' | 'meetings' | 'actions' | 'directory' | 'referrals';

export interface RecordTable<C, R extends SealedRow> {
  readonly name: RecordTableName;
  readonly schema: z.ZodType<C>;
  /** The query columns, copied from the content; checked against the sealed copy on reading. */
  clear(content: C): Omit<R, keyof SealedRow>;
  /**
   * Clear columns added after the table first shipped. A row written before them lacks them until
   * refreshClearColumns (records/clearColumns.ts) copies them in; reading such a row is not an error.
   */
  lateClear?: readonly string[];
  /** Rows sealed before schema 4 held the content alone, some of it only in the row. */
  legacy?(plain: unknown, row: R): unknown;
}

export const personsTable: RecordTable<PersonInput, PersonRow> = {
  name: 'persons',
  schema: personSchema,
  clear: (p) => ({ districtId: p.districtId, status: p.status }),
};

export const endingNotesTable: RecordTable<EndingNoteInput, EndingNoteRow> = {
  name: 'endingNotes',
  schema: endingNoteSchema,
  clear: (n) => ({ personId: n.personId, goals: normalizeP2Goals(n.goals ?? ENDING_NOTE_GOAL_PRESET) }),
  lateClear: ['goals'],
  legacy: (plain, row) => ({ ...(plain as object), personId: row.personId }),
};

export const contactsTable: RecordTable<ContactInput, ContactRow> = {
  name: 'contacts',
  schema: contactSchema,
  clear: (c) => ({
    date: c.date,
    personId: c.personId,
    recordedBy: c.recordedBy,
    districtId: c.districtId ?? '',
    goals: normalizeP2Goals(c.goals ?? contactGoalPreset(c)),
  }),
  lateClear: ['districtId', 'goals'],
};

export const meetingsTable: RecordTable<MeetingInput, MeetingRow> = {
  name: 'meetings',
  schema: meetingSchema,
  clear: (m) => ({
    date: m.date,
    type: m.type,
    districtId: m.districtId,
    personIds: m.cases.map((c) => c.personId),
    goals: normalizeP2Goals(m.goals),
  }),
  lateClear: ['goals'],
};

export const actionsTable: RecordTable<ActionItemInput, ActionRow> = {
  name: 'actions',
  schema: actionItemSchema,
  clear: (a) => ({
    sourceId: a.sourceId,
    status: a.status,
    due: a.due,
    districtId: a.districtId,
    personId: a.personId,
    doneDate: a.doneDate,
    goals: normalizeP2Goals(a.goals ?? ACTION_GOAL_FALLBACK),
  }),
  lateClear: ['doneDate', 'goals'],
};

export const directoryTable: RecordTable<DirectoryEntryInput, DirectoryRow> = {
  name: 'directory',
  schema: directoryEntrySchema,
  clear: () => ({}),
};

export const referralsTable: RecordTable<ReferralInput, ReferralRow> = {
  name: 'referrals',
  schema: referralSchema,
  clear: (r) => ({
    personId: r.personId,
    status: currentStatus(r.history),
    statusDate: r.history.at(-1)?.date ?? r.consultedOn,
    districtId: r.districtId,
    goals: normalizeP2Goals(r.goals ?? REFERRAL_GOAL_PRESET),
  }),
  lateClear: ['goals'],
};

/** The Dexie table behind a record table. */
export function dexieTable<C, R extends SealedRow>(db: VaultDatabase, table: RecordTable<C, R>) {
  return db.table<R, string>(table.name);
}
