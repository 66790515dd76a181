// Public module of the trash (the screen: lazy.ts).
export { trashMessages } from './messages';
export { listTrashedRecords, purgeTrashedRecords, restoreRecord } from './recordTrash';
