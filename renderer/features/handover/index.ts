// Public module of hand-over packages (引き継ぎ): the page in the menu.
export { HandoverPage } from './HandoverPage';
export { handoverMessages } from './messages';
