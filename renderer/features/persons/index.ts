// Public module of persons (対象者): their screens, the person picker every form uses, and the
// folded name search.
export { PersonListPage } from './PersonListPage';
export { PersonFormPage } from './PersonFormPage';
export { PersonPage } from './PersonPage';
export { PersonPicker } from './PersonPicker';
export { buildSearchIndex, filterPersons, type SearchEntry } from './personSearch';
export { personsMessages } from './messages';
