// UI strings of meetings and the attendee directory (merged into i18n/ja.ts, en.ts).
export const meetingsJa = {
  title: '会議',
};
export const meetingsEn: typeof meetingsJa = {
  title: 'Meetings',
};
export const directoryJa = {
  title: '出席者名簿',
};
export const directoryEn: typeof directoryJa = {
  title: 'Attendee directory',
};
