// Public module of ending notes: templates, the template editor and filled notes.
export { PersonNotesSection } from './PersonNotesSection';
export { createNote, getNote, notesOfPerson, saveAnswers, type EndingNote } from './noteRepo';
export { allTemplateVersions, saveTemplateVersion } from './templateRepo';
export { endingNotesMessages } from './messages';
