// Public module of hand-over packages (引き継ぎ): the page in the menu (lazy.ts).
export { handoverMessages } from './messages';
