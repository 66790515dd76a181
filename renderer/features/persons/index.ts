// Public module of persons (対象者): the list (the first screen after unlocking), the person
// picker every form uses, and the folded name search. A person's page and form: lazy.ts.
export { PersonListPage } from './PersonListPage';
export { PersonPicker } from './PersonPicker';
export { buildSearchIndex, filterPersons, type SearchEntry } from './personSearch';
export { personsMessages } from './messages';
