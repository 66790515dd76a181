// What a person's timeline is made of, read as the person page reads it (and the bench times it):
// each through its table's person index, nothing else opened.
import type { VaultSession } from '../../vault/session';
import { contactsOfPerson } from '../contactLog';
import { meetingsOfPerson } from '../meetings';
import { actionsOfPerson } from '../actions';
import { notesOfPerson, allTemplateVersions } from '../endingNotes';
import { referralsOfPerson } from '../referrals';

/** `corrupt` collects the ids of rows that could not be opened (the timeline names them). */
export async function timelineSources(session: VaultSession, personId: string, corrupt: string[]) {
  const [contacts, meetings, actions, notes, templates, referrals] = await Promise.all([
    contactsOfPerson(session, personId, corrupt),
    meetingsOfPerson(session, personId, corrupt),
    actionsOfPerson(session, personId, corrupt),
    notesOfPerson(session, personId, corrupt),
    allTemplateVersions(session),
    referralsOfPerson(session, personId, corrupt),
  ]);
  return { contacts, meetings, actions, notes, templates, referrals };
}
