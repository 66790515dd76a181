// The screens of this feature, imported only by lazy.ts (dynamically).
export { TeamPage } from './TeamPage';
