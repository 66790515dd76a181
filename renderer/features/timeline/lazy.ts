// The feature as the app loads it at start (app/messages): its strings only. Its one part, the
// person's timeline, is drawn inside a person's page and loads with it (index.ts).
export { timelineMessages } from './messages';
