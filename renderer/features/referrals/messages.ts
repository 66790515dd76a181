// UI strings of guardianship referrals (merged into i18n/ja.ts, en.ts).
export const referralsJa = {
  title: '成年後見制度の利用相談・つなぎ',
};
export const referralsEn: typeof referralsJa = {
  title: 'Adult-guardianship referrals',
};
