// Every answer list of the 本人情報シート（成年後見制度用）, in one place, each with the number it
// has on the court's form (section 1, 3(1) … 3(6), section 5) and whether its wording has been
// confirmed against that form (docs/domain.md §6). Only 3(6) 金銭の管理 is: the court's handbook
// (令和2年1月) could not be read offline, so every other list is our best reading of it, kept
// here as data so that correcting it is an edit of this file alone. The schema
// (personSheet.ts), the printed sheet (personSheetPrint.ts, which takes its sub-item numbers from
// here) and the editor's choices all read these lists; README.md names the unconfirmed ones
// (personSheetLists.test.ts checks that it does).
//
// Stored sheets keep the chosen option's text: an option may be added, but renaming one needs a
// reading of the old text (the schema refuses what is not listed).

export interface SheetList {
  /** Its number on the court's form: '1', '3(2)', '5'. */
  readonly number: string;
  /** The item's title, as printed after its number. */
  readonly title: string;
  /** For 3(2): the items rated on `options`, each with its letter on the form (ア, イ …). */
  readonly items?: readonly (readonly [letter: string, item: string])[];
  readonly options: readonly [string, ...string[]];
  /** Whether the option wording was checked against the court's form. */
  readonly confirmed: boolean;
}

export const SHEET_LISTS = {
  living: { number: '1', title: '本人の生活場所', options: ['自宅', '施設・病院'], confirmed: false },
  physical: {
    number: '3(1)',
    title: '身体機能・生活機能',
    options: ['支援は必要ない', '一部について支援が必要', '全面的に支援が必要'],
    confirmed: false,
  },
  cognitive: {
    number: '3(2)',
    title: '認知機能',
    items: [
      ['ア', '日常的な行為に関する意思の伝達'],
      ['イ', '日常的な行為に関する理解'],
      ['ウ', '日常的な行為に関する短期的な記憶'],
      ['エ', '本人が家族等を認識できているか'],
    ],
    options: ['できる', 'だいたいできる', 'あまりできない', 'できない'],
    confirmed: false,
  },
  behaviour: { number: '3(3)', title: '行動障害', options: ['行動障害はない', '行動障害がある'], confirmed: false },
  social: { number: '3(4)', title: '社会・地域との交流頻度', options: ['週1回以上', '月1回以上', '月1回未満'], confirmed: false },
  decisions: {
    number: '3(5)',
    title: '日常の意思決定',
    options: [
      '日常的に必要な意思決定ができる',
      '日常的に必要な意思決定について、支援を受ければできる',
      '日常的に必要な意思決定は、ほとんどできない',
      '日常的に必要な意思決定は、できない',
    ],
    confirmed: false,
  },
  money: {
    number: '3(6)',
    title: '金銭の管理',
    options: ['本人が管理している', '親族又は第三者の支援を受けて本人が管理している', '親族又は第三者が管理している'],
    confirmed: true,
  },
  awareness: {
    number: '5',
    title: '申立てに関する本人の認識',
    options: [
      '申立てについて説明を受けて理解している',
      '申立てについて説明を受けたが理解していない',
      '申立てについて説明を受けていない',
      'その他',
    ],
    confirmed: false,
  },
} as const satisfies Record<string, SheetList>;

export type SheetListId = keyof typeof SHEET_LISTS;

/** The lists whose wording is not yet confirmed against the court's form, in the form's order. */
export const UNCONFIRMED_SHEET_LISTS: readonly SheetList[] = Object.values(SHEET_LISTS).filter((l: SheetList) => !l.confirmed);

/** A sub-item's number as printed under its section: '3(2)' → '（2）'. */
export function subItemNumber(list: SheetList): string {
  const m = /^\d+\((\d+)\)$/.exec(list.number);
  return m ? `（${m[1]}）` : '';
}

/**
 * Fields of the sheet that are ours, not the court's form: kept (sealed sheets hold them) and
 * shown on screen and on paper with OUR_FIELD_MARK, so no reader takes them for the court's.
 */
export const OUR_FIELDS = {
  'living.since': '住み始めた時期',
  'certification.note': '補足',
} as const;
/** Printed after the label of a field that is ours; the note at the top of the sheet explains it. */
export const OUR_FIELD_MARK = '（独自）';
