// Public module of the trash.
export { TrashPage } from './TrashPage';
export { trashMessages } from './messages';
