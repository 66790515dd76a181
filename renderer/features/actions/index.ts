// Public module of the やること (action items) feature: what other features and the app may use.
export { ActionCard } from './ActionCard';
export { actionsByIds, actionsOfPerson, actionsOfSource, listActions, markDone, type ActionItem } from './actionRepo';
export { actionsMessages } from './messages';
