// Public module of guardianship referrals (成年後見).
export { ReferralListPage } from './ReferralListPage';
export { ReferralPage } from './ReferralPage';
export { PersonSheetPage } from './PersonSheetPage';
export { PersonReferralsSection } from './PersonReferralsSection';
export { StallDaysSettings } from './StallDaysSettings';
export { createReferral, referralsOfPerson, trashReferral, type Referral } from './referralRepo';
export { referralsMessages } from './messages';
