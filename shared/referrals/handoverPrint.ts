// つなぎ票（成年後見制度の利用相談）: what the receiving desk needs from one hand-over of a referral
// (docs/domain.md §4.6, §5). It is a record, not a form: nothing is left as
// lines to fill in; an item with nothing recorded says 記録なし, so the desk knows it was not
// asked rather than missing from the print. The basis for passing the information on (the
// person's consent, or the reason for handing over without it) comes straight after the
// addresses, before any detail, because it decides how the desk may use the sheet. Relatives are
// printed by relation, 親等 and whether they can be reached, without their names: they are third
// parties, and under an abuse override one of them may be the person the referral is about.
// `personal: true`, so every page is marked 取扱注意.
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { ageOn, formatDateJa, formatWareki, isValidIsoDate } from '../text/dates';
import { hojoConsentMissing, type Handover, type ReferralInput, type Relative } from './referral';
import { statusLabel, type HistoryEntry } from './status';

export interface HandoverPrintOptions {
  readonly personName: string;
  /** 'YYYY-MM-DD', or '' when not recorded: printed with 和暦 and the age on `printedOn`. */
  readonly personBirthDate: string;
  readonly personAddress: string;
  readonly personPhone: string;
  readonly districtName: string;
  /** The sender: organisation, name, and how to reach them. */
  readonly fromOrg: string;
  readonly fromName: string;
  readonly fromContact: string;
  readonly size: PrintSize;
  /** 'YYYY-MM-DD', printed in the footer. */
  readonly printedOn: string;
}

export const HANDOVER_TITLE = 'つなぎ票（成年後見制度の利用相談）';

const FIELD_MAX_LINES = 8;
/** A history note longer than this continues on further rows (a table row never spans pages). */
const NOTE_PIECE = 160;
const NONE = '記録なし';

const blank = (s: string): boolean => s.trim() === '';
const tidy = (s: string): string => s.replace(/^(?:[ \t\u3000]*\n)+/, '').replace(/\s+$/, '');
const dateJa = (d: string): string => (isValidIsoDate(d) ? formatDateJa(d) : d);
/** 令和8年 / 10月1日 on two lines, for narrow table columns. */
const dateCell = (d: string): string => (isValidIsoDate(d) ? formatWareki(d).replace(/年/, '年\n') : d);

/** A label and value (記録なし when empty); a long value becomes a small heading and a paragraph. */
function item(label: string, value: string): PrintBlock[] {
  const v = blank(value) ? NONE : tidy(value);
  const lines = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / 28)), 0);
  if (lines <= FIELD_MAX_LINES) return [{ kind: 'field', label, value: v }];
  return [
    { kind: 'heading', level: 3, text: label },
    { kind: 'paragraph', text: v },
  ];
}

/** Free text under its own small heading (it may run to pages). */
function section(title: string, text: string): PrintBlock[] {
  return [
    { kind: 'heading', level: 3, text: title },
    { kind: 'paragraph', text: blank(text) ? NONE : tidy(text) },
  ];
}

const joinLines = (...parts: string[]): string =>
  parts
    .filter((s) => !blank(s))
    .map(tidy)
    .join('\n');

function splitNote(note: string): string[] {
  const chars = [...tidy(note)];
  const out: string[] = [];
  while (chars.length > NOTE_PIECE) {
    const head = chars.slice(0, NOTE_PIECE);
    let cut = NOTE_PIECE;
    for (let i = NOTE_PIECE - 1; i >= NOTE_PIECE / 2; i--) {
      if (head[i] === '。' || head[i] === '\n') {
        cut = i + 1;
        break;
      }
    }
    out.push(chars.splice(0, cut).join('').replace(/\n+$/, ''));
  }
  out.push(chars.join(''));
  return out;
}

/** Consent is a plain line; handing over without it is the exception, so it gets a framed note. */
function consentBlocks(h: Handover): PrintBlock[] {
  const c = h.consent;
  if (c.kind === 'consent') return item('本人の同意', joinLines(`あり（${dateJa(c.date)}、${c.method}）`, c.note));
  return [
    {
      kind: 'note',
      title: `本人の同意なしで情報を提供しています（理由：${c.reason}）`,
      text: joinLines(c.note, '本人や親族に連絡するときは、事前に送り元と相談してください。'),
    },
  ];
}

function relativesBlocks(r: ReferralInput): PrintBlock[] {
  if (r.noRelatives) return item('親族の状況', '親族はいない');
  if (r.relatives.length === 0) return item('親族の状況', '');
  const degree = (rel: Relative): string => (rel.degree > 0 ? `${rel.degree}親等` : '不明');
  // Kept on one page when it fits (the engine still splits a longer table, header repeated).
  return [
    {
      kind: 'group',
      blocks: [
        {
          kind: 'table',
          label: '親族の状況',
          columns: [
            { header: '続柄', width: 2 },
            { header: '親等', width: 1.3 },
            { header: '連絡', width: 1.3 },
            { header: '備考', width: 6 },
          ],
          rows: r.relatives.map((rel) => [
            rel.relation,
            degree(rel),
            rel.reachable === 'はい' ? 'とれる' : rel.reachable === 'いいえ' ? 'とれない' : '不明',
            tidy(rel.note),
          ]),
        },
      ],
    },
  ];
}

function whyBlocks(r: ReferralInput): PrintBlock[] {
  const signs = r.declineSigns.map((s) => `・${s}`).join('\n');
  const abuse = r.abuse.suspected ? joinLines(`あり（${r.abuse.kinds.join('、')}）`, r.abuse.note) : 'なし';
  const dls = joinLines(r.dailyLifeSupport.considered ? '検討した' : '検討していない', r.dailyLifeSupport.note);
  const pc = r.petitionConsent;
  const hojo =
    r.expectedType === '補助' || pc.given
      ? item(
          '補助申立ての同意',
          pc.given
            ? `あり（${[dateJa(pc.date), pc.method].filter((s) => !blank(s)).join('、')}）`
            : hojoConsentMissing(r)
              ? 'まだ得ていない（本人以外が申し立てるときは必要です）'
              : 'なし',
        )
      : [];
  return [
    { kind: 'heading', level: 2, text: '相談の内容' },
    ...item('相談日', dateJa(r.consultedOn)),
    ...item('相談経路', joinLines(r.route, r.routeNote)),
    ...section('判断能力の低下の様子', joinLines(signs, r.declineNote)),
    ...relativesBlocks(r),
    ...item('虐待・財産侵害の疑い', abuse),
    {
      kind: 'table',
      columns: [{ header: '緊急度' }, { header: '想定される類型' }, { header: '申立人の候補' }],
      rows: [[r.urgency, r.expectedType, r.petitioner]],
    },
    ...hojo,
    ...item('日常生活自立支援事業', dls),
  ];
}

function historyRows(history: readonly HistoryEntry[]): string[][] {
  const rows: string[][] = [];
  for (const h of history) {
    const skipped = h.skipped.length > 0 ? `（${h.skipped.map(statusLabel).join('・')}を省略）` : '';
    const step = `${h.correction ? '【訂正】' : ''}${statusLabel(h.status)}`;
    const [first = '', ...more] = splitNote(joinLines(skipped, h.note));
    rows.push([dateCell(h.date), step, first, h.by]);
    for (const piece of more) rows.push(['', '', `（続き）${piece}`, '']);
  }
  return rows;
}

function doneBlocks(r: ReferralInput): PrintBlock[] {
  const notes = r.notes.flatMap((n): PrintBlock[] => [
    { kind: 'heading', level: 3, text: `${dateJa(n.date)}${blank(n.by) ? '' : `　${n.by}`}` },
    { kind: 'paragraph', text: blank(n.text) ? NONE : tidy(n.text) },
  ]);
  return [
    { kind: 'heading', level: 2, text: '段階の記録' },
    {
      kind: 'table',
      columns: [
        { header: '日付', width: 2.2 },
        { header: '段階', width: 2.4 },
        { header: '内容', width: 7 },
        { header: '記録者', width: 2.2 },
      ],
      rows: historyRows(r.history),
    },
    ...(notes.length > 0 ? [{ kind: 'heading', level: 2, text: '経過記録' } satisfies PrintBlock, ...notes] : []),
  ];
}

export function handoverDocument(referral: ReferralInput, handoverIndex: number, opts: HandoverPrintOptions): PrintDocument {
  const h = referral.handovers[handoverIndex];
  if (!h) throw new RangeError(`no hand-over ${handoverIndex}`);
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: HANDOVER_TITLE },
    ...item('つなぎ日', dateJa(h.date)),
    ...item('宛先', joinLines(h.to, h.contact)),
    ...item('送り元', joinLines(opts.fromOrg, opts.fromName, opts.fromContact)),
    ...consentBlocks(h),
    { kind: 'heading', level: 2, text: '本人' },
    ...item('氏名', opts.personName),
    // The receiving desk asks these first (issue 15): the age as on the day it is printed.
    ...item('生年月日', isValidIsoDate(opts.personBirthDate) ? formatDateJa(opts.personBirthDate) : ''),
    ...item('年齢', isValidIsoDate(opts.personBirthDate) ? `${ageOn(opts.personBirthDate, opts.printedOn)}歳（印刷日現在）` : ''),
    ...item('住所', opts.personAddress),
    ...item('電話', opts.personPhone),
    ...item('地区', opts.districtName),
    ...whyBlocks(referral),
    // The person's own words before the history, which can run to many pages of notes.
    { kind: 'heading', level: 2, text: '本人への説明と本人の意向' },
    ...section('本人への説明', referral.explained),
    ...section('本人の意向', referral.wishes),
    ...doneBlocks(referral),
  ];
  return {
    title: HANDOVER_TITLE,
    personal: true,
    size: opts.size,
    blocks,
    footerNote: `印刷日 ${isValidIsoDate(opts.printedOn) ? formatWareki(opts.printedOn) : opts.printedOn}`,
    subject: 'つなぎ票',
  };
}
