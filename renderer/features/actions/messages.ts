// UI strings of the action-item list (merged into i18n/ja.ts, en.ts).
export const actionsJa = {
  title: 'やること（役割分担）',
};
export const actionsEn: typeof actionsJa = {
  title: 'Action items',
};
