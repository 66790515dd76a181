// Turns a template (and, for a filled note, its answers) into a print document: a blank form to
// fill by hand, a blank form with the person's name, or the filled note. The disclaimer is
// added here, on the first page, so no template edit can remove it. Template text may carry
// ruby (「｜漢字《かんじ》」, ruby.ts); answers are printed as typed. Sections follow each other
// with soft page breaks: a new page, unless the section before spilled only a little onto it.
import type { PrintBlock, PrintDocument, PrintSize, RichText } from '../print/model';
import { plainText } from '../print/ruby';
import { formatDateJa, isValidIsoDate } from '../text/dates';
import { parseRuby, prefixed } from './ruby';
import type { Answer, Answers, EndingNoteTemplate, Question } from './template';

export interface EndingNotePrintOptions {
  size: PrintSize;
  /** Present for a filled note. */
  answers?: Answers;
  /** Printed at the top of a blank form (or the filled note). */
  personName?: string;
  /** 'YYYY-MM-DD', printed on a filled note as 作成日. */
  printedOn?: string;
}

const TEXT = {
  ja: {
    disclaimerTitle: 'はじめにお読みください',
    disclaimer:
      'このノートに法的な効力はありません（遺言書の代わりにはなりません）。暗証番号・パスワード・口座番号は絶対に書かないでください。気持ちが変わったら、いつでも書き直してかまいません。書き直したら記入日も書きましょう。',
    name: '氏名',
    dateHint: '　　　　年　　　月　　　日',
    printedOn: '作成日',
    entryDate: undefined,
  },
  // やさしい日本語 (the 'easy' variant): short sentences, one idea each, every kanji with its reading.
  easy: {
    disclaimerTitle: 'はじめに ｜読《よ》んで ください',
    disclaimer:
      'この ノートは ｜法律《ほうりつ》の ｜書類《しょるい》では ありません。｜遺言書《ゆいごんしょ》の かわりには なりません。' +
      '｜暗証番号《あんしょうばんごう》や パスワードは ｜書《か》かないで ください。｜銀行《ぎんこう》の ｜口座番号《こうざばんごう》も ｜書《か》かないで ください。' +
      '｜気持《きも》ちが ｜変《か》わったら、いつでも ｜書《か》き｜直《なお》して いいです。｜書《か》いた ｜日《ひ》も ｜書《か》いて ください。',
    name: '｜名前《なまえ》',
    dateHint: '　　　　｜年《ねん》　　｜月《がつ》　　｜日《にち》',
    printedOn: '｜作《つく》った ｜日《ひ》',
    entryDate: { label: '｜書《か》いた ｜日《ひ》', ymd: '　　　　｜年《ねん》　　　｜月《がつ》　　　｜日《にち》' },
  },
  en: {
    disclaimerTitle: 'Please read first',
    disclaimer:
      'This note has no legal force (it does not replace a will). Never write PINs, passwords or account numbers in it. You may change your mind and rewrite it at any time; date each page when you do.',
    name: 'Name',
    dateHint: 'Year ______  Month ____  Day ____',
    printedOn: 'Printed on',
    entryDate: undefined,
  },
} as const;

type Wording = (typeof TEXT)[keyof typeof TEXT];

/** The fixed wording for a template: its language, in やさしい日本語 for a Japanese 'easy' template. */
function wordingOf(template: EndingNoteTemplate): Wording {
  if (template.language === 'en') return TEXT.en;
  return template.variant === 'easy' ? TEXT.easy : TEXT.ja;
}

const text = (a: Answer | undefined) => (typeof a === 'string' ? a : '');
const list = (a: Answer | undefined): string[] => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
const rows = (a: Answer | undefined): string[][] => (Array.isArray(a) ? a.filter((x): x is string[] => Array.isArray(x)) : []);

const r = parseRuby;
/** A chosen option as the form compares it: its text without readings. */
const chosen = (option: string): string => plainText(r(option));
const withHelp = (q: Question): { hint?: RichText } => (q.help ? { hint: r(q.help) } : {});

function questionBlock(q: Question, answers: Answers | undefined, lang: 'ja' | 'en', T: Wording): PrintBlock {
  const a = answers?.[q.id];
  const filled = answers !== undefined;
  const label = r(q.label);
  switch (q.kind) {
    case 'shortText':
      return { kind: 'field', label, value: text(a), ...withHelp(q) };
    case 'longText':
      return filled && text(a)
        ? { kind: 'lines', label, ...withHelp(q), count: q.lines, text: text(a) }
        : { kind: 'lines', label, ...withHelp(q), count: q.lines };
    case 'date': {
      const v = text(a);
      return {
        kind: 'field',
        label,
        value: v && isValidIsoDate(v) ? (lang === 'ja' ? formatDateJa(v) : v) : '',
        hint: r(T.dateHint),
      };
    }
    case 'single':
      return { kind: 'checkboxes', label, ...withHelp(q), options: q.options.map(r), checked: text(a) ? [chosen(text(a))] : [] };
    case 'multi':
      return { kind: 'checkboxes', label, ...withHelp(q), options: q.options.map(r), checked: list(a).map(chosen) };
    case 'table': {
      const data = rows(a);
      return {
        kind: 'table',
        label,
        ...withHelp(q),
        columns: q.columns.map((c) => ({ header: r(c.label), width: c.width })),
        rows: data,
        blankRows: filled ? (data.length === 0 ? 1 : 0) : q.blankRows,
      };
    }
  }
}

export function endingNoteDocument(template: EndingNoteTemplate, opts: EndingNotePrintOptions): PrintDocument {
  const lang = template.language;
  const T = wordingOf(template);
  const filled = opts.answers !== undefined;
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 1, text: r(template.name) }];
  if (opts.personName !== undefined) blocks.push({ kind: 'field', label: r(T.name), value: opts.personName });
  if (filled && opts.printedOn)
    blocks.push({ kind: 'field', label: r(T.printedOn), value: lang === 'ja' ? formatDateJa(opts.printedOn) : opts.printedOn });
  blocks.push({ kind: 'note', title: r(T.disclaimerTitle), text: r(T.disclaimer) });
  template.sections.forEach((s, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak', soft: true });
    blocks.push({ kind: 'heading', level: 2, text: prefixed(`${i + 1}. `, r(s.title)) });
    if (s.guidance) blocks.push({ kind: 'paragraph', text: r(s.guidance), muted: true, keepWithNext: s.questions.length > 0 });
    for (const q of s.questions) blocks.push(questionBlock(q, opts.answers, lang, T));
  });
  const entryDate = T.entryDate ? { label: r(T.entryDate.label), ymd: r(T.entryDate.ymd) } : true;
  return {
    title: plainText(r(template.name)),
    personal: filled || (opts.personName ?? '') !== '',
    size: opts.size,
    blocks,
    entryDateLine: filled ? false : entryDate,
    // やさしい日本語 is written with spaces between phrases; a line breaks only there.
    ...(template.variant === 'easy' && lang === 'ja' ? { keepPhrases: true } : {}),
    lang,
    subject: `${template.id} v${template.version}`,
  };
}
