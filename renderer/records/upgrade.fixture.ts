/** A district list as schema 3 stored it, in the clear (fictional names). */
export const districtsForTest = [
  { id: 'd01', name: '秘密地区' },
  { id: 'd02', name: '潮田' },
];
