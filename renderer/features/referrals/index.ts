// Public module of guardianship referrals (成年後見).
export { ReferralListPage } from './list/ReferralListPage';
export { ReferralPage } from './page/ReferralPage';
export { PersonSheetPage } from './sheet/PersonSheetPage';
export { PersonReferralsSection } from './list/PersonReferralsSection';
export { StallDaysSettings } from './settings/StallDaysSettings';
export { addStep, createReferral, referralsOfPerson, saveReferral, trashReferral, type Referral } from './referralRepo';
export { referralsMessages } from './messages';
