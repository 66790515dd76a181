// Public module of the contact log (見守り・相談記録) and its 活動記録 report.
export { PeriodPicker } from './PeriodPicker';
export { periodRange, type Period } from './contactLog';
export {
  addContactsInBulk,
  contactsBetween,
  contactsOfCommissioner,
  getContact,
  contactsOfPerson,
  followUpId,
  saveContact,
  trashContact,
  type Contact,
} from './contactRepo';
export { contactLogMessages } from './messages';
