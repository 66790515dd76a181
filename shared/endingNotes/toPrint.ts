// Turns a template (and, for a filled note, its answers) into a print document: a blank form to
// fill by hand, a blank form with the person's name, or the filled note. The disclaimer is
// added here, on the first page, so no template edit can remove it.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatDateJa, isValidIsoDate } from '../text/dates';
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
    other: 'その他',
  },
  en: {
    disclaimerTitle: 'Please read first',
    disclaimer:
      'This note has no legal force (it does not replace a will). Never write PINs, passwords or account numbers in it. You may change your mind and rewrite it at any time; date each page when you do.',
    name: 'Name',
    dateHint: 'Year ______  Month ____  Day ____',
    printedOn: 'Printed on',
    other: 'Other',
  },
} as const;

const text = (a: Answer | undefined) => (typeof a === 'string' ? a : '');
const list = (a: Answer | undefined): string[] => (Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : []);
const rows = (a: Answer | undefined): string[][] => (Array.isArray(a) ? a.filter((x): x is string[] => Array.isArray(x)) : []);

function questionBlock(q: Question, answers: Answers | undefined, lang: 'ja' | 'en'): PrintBlock {
  const a = answers?.[q.id];
  const filled = answers !== undefined;
  switch (q.kind) {
    case 'shortText':
      return { kind: 'field', label: q.label, value: text(a), ...(q.help ? { hint: q.help } : {}) };
    case 'longText':
      return filled && text(a)
        ? { kind: 'lines', label: q.label, count: q.lines, text: text(a) }
        : { kind: 'lines', label: q.label, count: q.lines };
    case 'date': {
      const v = text(a);
      return {
        kind: 'field',
        label: q.label,
        value: v && isValidIsoDate(v) ? (lang === 'ja' ? formatDateJa(v) : v) : '',
        hint: TEXT[lang].dateHint,
      };
    }
    case 'single':
      return { kind: 'checkboxes', label: q.label, options: q.options, checked: text(a) ? [text(a)] : [] };
    case 'multi':
      return { kind: 'checkboxes', label: q.label, options: q.options, checked: list(a) };
    case 'table': {
      const data = rows(a);
      return {
        kind: 'table',
        label: q.label,
        columns: q.columns.map((c) => ({ header: c.label, width: c.width })),
        rows: data,
        blankRows: filled ? (data.length === 0 ? 1 : 0) : q.blankRows,
      };
    }
  }
}

export function endingNoteDocument(template: EndingNoteTemplate, opts: EndingNotePrintOptions): PrintDocument {
  const lang = template.language;
  const T = TEXT[lang];
  const filled = opts.answers !== undefined;
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 1, text: template.name }];
  if (opts.personName !== undefined) blocks.push({ kind: 'field', label: T.name, value: opts.personName });
  if (filled && opts.printedOn)
    blocks.push({ kind: 'field', label: T.printedOn, value: lang === 'ja' ? formatDateJa(opts.printedOn) : opts.printedOn });
  blocks.push({ kind: 'note', title: T.disclaimerTitle, text: T.disclaimer });
  template.sections.forEach((s, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push({ kind: 'heading', level: 2, text: `${i + 1}. ${s.title}` });
    if (s.guidance) blocks.push({ kind: 'paragraph', text: s.guidance, muted: true });
    for (const q of s.questions) blocks.push(questionBlock(q, opts.answers, lang));
  });
  return {
    title: template.name,
    personal: filled || (opts.personName ?? '') !== '',
    size: opts.size,
    blocks,
    entryDateLine: !filled,
    lang,
    subject: `${template.id} v${template.version}`,
  };
}
