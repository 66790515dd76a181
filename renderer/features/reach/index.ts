// Public module of いま連絡が必要な人 (reach): the loader (the bench times it), each person's last
// contact (the person list), and the contact-interval setting's editor (the settings page).
export { lastContactDates, loadReach, type ReachData } from './reachRepo';
export { ContactIntervalSettings } from './ContactIntervalSettings';
export { reachMessages } from './messages';
