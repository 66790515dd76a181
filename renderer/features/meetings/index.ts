// Public module of meetings (会議) and the attendee directory.
export { listMeetings, meetingsOfPerson, saveMeeting, trashMeeting, type Meeting } from './meetingRepo';
export { saveDirectoryEntry } from './directoryRepo';
export { meetingsMessages } from './messages';
