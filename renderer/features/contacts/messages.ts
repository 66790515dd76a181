// UI strings of the contact log and the monthly activity report (merged into i18n/ja.ts, en.ts).
export const contactsJa = {
  title: '見守り・相談記録',
};
export const contactsEn: typeof contactsJa = {
  title: 'Contact log',
};
export const reportJa = {
  title: '活動記録',
};
export const reportEn: typeof reportJa = {
  title: 'Activity report',
};
