// English strings of meetings and the attendee directory, typed against the Japanese ones.
import type { Localized } from '../../i18n/messages';
import { meetingFormEn } from './messages.form.en';
import type { meetingsJa, directoryJa } from './messages';

export const meetingsEn: Localized<typeof meetingsJa> = {
  title: 'Meetings',
  lead: 'Minutes of community-care meetings, case conferences and district support team meetings.',
  newOf: 'New: {{type}}',
  directoryLink: 'Attendee directory',
  actionsLink: 'All action items',
  typeFilter: 'Meeting type',
  allTypes: 'All types',
  districtFilter: 'District',
  allDistricts: 'All districts',
  noDistrict: '(Whole ward / no district)',
  count: '{{shown}} / {{total}}',
  empty: 'No meetings recorded yet. Start one with the buttons above.',
  noMatch: 'No meeting matches.',
  listLabel: 'Meetings (newest first)',
  numberN: 'No. {{n}}',
  openActions: '{{n}} open action item(s)',
  noOpenActions: 'No open action items',
  corrupt: '{{n}} record(s) could not be read (not shown).',
  untitled: '(no title)',
  form: meetingFormEn,
};

export const directoryEn: Localized<typeof directoryJa> = {
  title: 'Attendee directory',
  lead: 'People who often attend meetings. Once listed, they can be ticked as present or absent.',
  keepNote: 'Removing someone from the directory does not change old minutes: they keep the name and organisation as they were.',
  back: 'Back to meetings',
  add: 'Add to directory',
  addTitle: 'Add to the directory',
  editTitle: 'Edit {{name}}',
  name: 'Name',
  organisation: 'Organisation',
  organisationHelp: 'Choose from the list or type freely.',
  role: 'Profession / role',
  note: 'Note',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Remove from directory',
  removeConfirm: 'Remove {{name}} from the directory? Old minutes keep the name.',
  removed: '{{name}} was removed from the directory. Old minutes still show the name.',
  added: 'Added to the directory.',
  saved: 'Saved.',
  empty: 'The directory is empty.',
  count: '{{n}} people',
  listLabel: 'Attendee directory',
};
