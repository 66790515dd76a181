// Public module of guardianship referrals (成年後見).
export { PersonReferralsSection } from './list/PersonReferralsSection';
export { StallDaysSettings } from './settings/StallDaysSettings';
export { addStep, createReferral, referralsOfPerson, saveReferral, trashReferral, type Referral } from './referralRepo';
export { referralsMessages } from './messages';
