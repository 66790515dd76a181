// 本人情報シート（成年後見制度用） as a print document (docs/domain.md §4.6).
// It is a form as much as a record: every choice prints ALL its options as checkboxes (the chosen
// one checked) so a reader sees the scale, and empty text prints ruled lines, so a printed
// sheet can be finished by hand — or a blank one filled in entirely by hand. Filled text flows
// as in the minutes: a short value in a field, a long one as a small heading and a paragraph
// (a field is one unbreakable chunk). It names the person and describes health and
// disability (要配慮個人情報, docs/domain.md §5): `personal: true`, so every page is marked 取扱注意.
// (check) The short guidance lines (under (1), 2, 4 and 6) are our own wording, not the court
// form's. The answer lists, their numbers on the court's form and which are confirmed come from
// personSheetLists.ts; the fields that are ours print with OUR_FIELD_MARK. The note at the top
// says who writes the sheet as the court's handbook does (docs/domain.md §4.6).
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatDateJa, formatWareki, isValidIsoDate } from '../text/dates';
import {
  ABILITY_LEVELS,
  BEHAVIOUR,
  COGNITIVE_ITEMS,
  DECISION_MAKING,
  LIVING_PLACES,
  MONEY_MANAGEMENT,
  PETITION_AWARENESS,
  SOCIAL_FREQUENCY,
  SUPPORT_NEEDS,
  type PersonSheet,
} from './personSheet';
import { OUR_FIELD_MARK, OUR_FIELDS, SHEET_LISTS, subItemNumber, type SheetList } from './personSheetLists';

export interface PersonSheetPrintOptions {
  readonly personName: string;
  /** '' or 'YYYY-MM-DD'. */
  readonly personBirthDate: string;
  readonly size: PrintSize;
  /** 'YYYY-MM-DD', printed in the footer. */
  readonly printedOn: string;
}

export const PERSON_SHEET_TITLE = '本人情報シート（成年後見制度用）';

/** The six sections, in the order of the court's form. */
// The court form's own section titles (confirmed against a public commentary that reproduces
// the form; the sub-item wording below them is (check)).
export const PERSON_SHEET_SECTIONS = [
  '1　本人の生活場所について',
  '2　福祉に関する認定の有無等について',
  '3　本人の日常・社会生活の状況について',
  '4　本人にとって重要な意思決定が必要となる日常・社会生活上の課題',
  '5　家庭裁判所に成年後見制度の利用について申立てをすることに関する本人の認識',
  '6　本人にとって望ましいと考えられる日常・社会生活上の課題への対応策',
] as const;

/** A field is unbreakable: only values up to about this many lines (28 characters each) go in one. */
const FIELD_MAX_LINES = 8;
/** Ruled lines for an empty note, and for the two free-text sections. */
const NOTE_LINES = 3;
const SECTION_LINES = 4;
const DETAIL = '具体的な状況';
/** Text width of an A4 page between the margins, in mm. */
const LINE_WIDTH = 170;
const BLANK_DATE = '令和　　　年　　　月　　　日';
const BLANK_BIRTH = '大正・昭和・平成　　　年　　　月　　　日';

const blank = (s: string): boolean => s.trim() === '';
/** Drops leading blank lines and trailing space, keeping a leading 全角 indent. */
const tidy = (s: string): string => s.replace(/^(?:[ \t\u3000]*\n)+/, '').replace(/\s+$/, '');

/** Free text: ruled lines when empty; a field when short; else a small heading and a paragraph. */
function text(label: string, value: string, lines = NOTE_LINES): PrintBlock[] {
  if (blank(value)) return [{ kind: 'lines', label, count: lines }];
  const v = tidy(value);
  const estimate = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / 28)), 0);
  if (estimate <= FIELD_MAX_LINES) return [{ kind: 'field', label, value: v }];
  return [
    { kind: 'heading', level: 3, text: label },
    { kind: 'paragraph', text: v },
  ];
}

/**
 * A short value, or a line to write on. (No `hint`: under a one-line field it hangs below the
 * writing line and crowds the next block.)
 */
function short(label: string, value: string): PrintBlock {
  return blank(value) ? { kind: 'field', label } : { kind: 'field', label, value: tidy(value) };
}

/**
 * All options as checkboxes, the chosen one (if any) checked. When they do not fit on one line
 * each option gets its own line: a scale read left to right and then wrapped mid-way is easy to
 * misread. The width is estimated (full-width characters at the body size, box and gap).
 */
function choice(options: readonly string[], chosen: string, size: PrintSize, label?: string): PrintBlock {
  const all: PrintBlock = { kind: 'checkboxes', ...(label ? { label } : {}), options, checked: chosen ? [chosen] : [] };
  const [em, box, gap] = size === 'large' ? [4.94, 5.2, 9.5] : [3.7, 3.8, 7];
  const width = options.reduce((w, o) => w + [...o].length * em + box + 1.8 + gap, 0);
  if (width <= LINE_WIDTH) return all;
  const one = (o: string, i: number): PrintBlock => ({
    kind: 'checkboxes',
    ...(label && i === 0 ? { label } : {}),
    options: [o],
    checked: o === chosen ? [o] : [],
  });
  return { kind: 'group', blocks: options.map(one) };
}

const date = (d: string, ifBlank: string): string => (isValidIsoDate(d) ? formatDateJa(d) : ifBlank);

/**
 * A heading, its checkboxes and short text stay on one page (a group) unless that would cost a
 * page: then the group may break between its items, never right after the heading. Long text
 * flows on after the group, so it may cross pages.
 */
function kept(heading: PrintBlock, body: PrintBlock[], detail: PrintBlock[]): PrintBlock[] {
  const flows = detail.some((b) => b.kind === 'paragraph');
  return flows
    ? [{ kind: 'group', split: true, blocks: [heading, ...body] }, ...detail]
    : [{ kind: 'group', split: true, blocks: [heading, ...body, ...detail] }];
}

/** A sub-item of section 3, numbered and titled as its list is (personSheetLists.ts). */
const subItem = (list: SheetList, body: PrintBlock[], detail: PrintBlock[]): PrintBlock[] =>
  kept({ kind: 'heading', level: 3, text: `${subItemNumber(list)}${list.title}` }, body, detail);

/** The label of a field that is ours, not the court form's, marked so. */
const ours = (path: keyof typeof OUR_FIELDS): string => `${OUR_FIELDS[path]}${OUR_FIELD_MARK}`;

/** Who writes the sheet, as the court's handbook says; and what the mark on our own fields means. */
export const PERSON_SHEET_NOTE =
  '本人を日ごろから支援している福祉関係者（介護支援専門員、相談支援専門員、病院・施設の相談員、権利擁護支援センターの職員など、ソーシャルワーカーとして本人の支援に関わっている人）が、本人の生活の状況を記載するものです。' +
  '本人、親族、介護職員（ヘルパーなど）が作成することは想定されていません。' +
  '成年後見制度の申立書に参考資料として添付します（添付は任意です）。医師が診断をするときの参考にもなります。' +
  `「${OUR_FIELD_MARK}」と付いた欄は、裁判所の様式にない、作成に使ったアプリの項目です。`;

function dailyBlocks(d: PersonSheet['daily'], size: PrintSize): PrintBlock[] {
  const levels = ABILITY_LEVELS.filter((l) => l !== '');
  const fluctuates = '日によって変動することがある';
  return [
    ...subItem(
      SHEET_LISTS.physical,
      [
        { kind: 'paragraph', muted: true, text: '食事、入浴、排せつ、移動、買い物、掃除などについて' },
        choice(SUPPORT_NEEDS, d.physical, size),
      ],
      text(DETAIL, d.physicalNote),
    ),
    ...subItem(
      SHEET_LISTS.cognitive,
      [
        { kind: 'checkboxes', options: [fluctuates], checked: d.cognitiveFluctuates ? [fluctuates] : [] },
        ...SHEET_LISTS.cognitive.items.map(([letter, item], i) => choice(levels, d.cognitive[i] ?? '', size, `${letter}　${item}`)),
      ],
      text(DETAIL, d.cognitiveNote),
    ),
    ...subItem(SHEET_LISTS.behaviour, [choice(BEHAVIOUR, d.behaviour, size)], text(DETAIL, d.behaviourNote)),
    ...subItem(SHEET_LISTS.social, [choice(SOCIAL_FREQUENCY, d.social, size)], text(DETAIL, d.socialNote)),
    ...subItem(SHEET_LISTS.decisions, [choice(DECISION_MAKING, d.decisions, size)], text(DETAIL, d.decisionsNote)),
    ...subItem(SHEET_LISTS.money, [choice(MONEY_MANAGEMENT, d.money, size)], text(DETAIL, d.moneyNote)),
  ];
}

export function personSheetDocument(sheet: PersonSheet, opts: PersonSheetPrintOptions): PrintDocument {
  const { header: h, living, certification: c } = sheet;
  const [s1, s2, s3, s4, s5, s6] = PERSON_SHEET_SECTIONS;
  const size = opts.size;
  const heading = (t: string): PrintBlock => ({ kind: 'heading', level: 2, text: t });
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: PERSON_SHEET_TITLE },
    {
      kind: 'note',
      title: 'このシートについて',
      text: PERSON_SHEET_NOTE,
    },
    short('作成日', date(h.writtenOn, BLANK_DATE)),
    heading('作成者'),
    short('氏名', h.author),
    short('職業（資格）', h.occupation),
    short('連絡先', h.contact),
    short('本人との関係', h.relation),
    heading('本人'),
    short('氏名', opts.personName),
    short('生年月日', date(opts.personBirthDate, BLANK_BIRTH)),

    // Sections 1 and 2 are rows of fields: they may break between rows (no group).
    heading(s1),
    choice(LIVING_PLACES, living.place, size),
    // At home there is no facility to name; a blank sheet keeps the line.
    ...(living.place === '自宅' ? [] : [short('施設・病院の名称', living.facility)]),
    short('所在地', living.address),
    short(ours('living.since'), isValidIsoDate(living.since) ? formatDateJa(living.since) : ''),

    heading(s2),
    { kind: 'paragraph', muted: true, text: '等級・区分を記入してください。認定や手帳がないときは「なし」と記入してください。' },
    short('介護認定', c.care),
    short('障害支援区分', c.disability),
    short('療育手帳', c.ryoiku),
    short('精神障害者保健福祉手帳', c.mental),
    ...text(ours('certification.note'), c.note, 2),

    heading(s3),
    ...dailyBlocks(sheet.daily, size),

    ...kept(
      heading(s4),
      [
        {
          kind: 'paragraph',
          muted: true,
          text: '本人にとって重要な意思決定が必要となる日常・社会生活上の課題（施設への入所契約、遺産分割、不動産の売却など）',
        },
      ],
      text('課題', sheet.issues, SECTION_LINES),
    ),

    ...kept(heading(s5), [choice(PETITION_AWARENESS, sheet.awareness, size)], text(DETAIL, sheet.awarenessNote)),

    ...kept(
      heading(s6),
      [{ kind: 'paragraph', muted: true, text: '本人の課題について、成年後見制度の利用やほかの支援など、望ましいと考えられる対応策' }],
      text('対応策', sheet.measures, SECTION_LINES),
    ),
  ];
  return {
    title: PERSON_SHEET_TITLE,
    personal: true,
    size,
    blocks,
    footerNote: `印刷日 ${isValidIsoDate(opts.printedOn) ? formatWareki(opts.printedOn) : opts.printedOn}`,
    subject: '本人情報シート',
  };
}

/** A sheet with nothing filled in (to print and fill by hand). `writtenOn` is '' and prints as a blank date. */
export function blankPersonSheet(): PersonSheet {
  return {
    header: { writtenOn: '', author: '', occupation: '', contact: '', relation: '' },
    living: { place: '', facility: '', address: '', since: '' },
    certification: { care: '', disability: '', ryoiku: '', mental: '', note: '' },
    daily: {
      physical: '',
      physicalNote: '',
      cognitiveFluctuates: false,
      cognitive: COGNITIVE_ITEMS.map(() => ''),
      cognitiveNote: '',
      behaviour: '',
      behaviourNote: '',
      social: '',
      socialNote: '',
      decisions: '',
      decisionsNote: '',
      money: '',
      moneyNote: '',
    },
    issues: '',
    awareness: '',
    awarenessNote: '',
    measures: '',
  };
}
