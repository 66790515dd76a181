// Public module of ending notes: templates, the template editor and filled notes.
export { TemplatesPage } from './TemplatesPage';
export { TemplateEditorPage } from './TemplateEditorPage';
export { NotePage } from './NotePage';
export { PersonNotesSection } from './PersonNotesSection';
export { createNote, getNote, notesOfPerson, saveAnswers, type EndingNote } from './noteRepo';
export { allTemplateVersions, saveTemplateVersion } from './templateRepo';
export { endingNotesMessages } from './messages';
