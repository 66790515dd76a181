// Public module of the person timeline.
export { PersonTimeline } from './PersonTimeline';
export { timelineMessages } from './messages';
export { timelineSources } from './timelineSources';
