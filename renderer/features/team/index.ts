// Public module of the team screen (チーム): its strings; the screen and the header status are in lazy.ts.
export { teamMessages } from './messages';
