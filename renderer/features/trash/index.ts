// Public module of the trash (the screen: lazy.ts).
export { trashMessages } from './messages';
