// A person's 記録票 for a hand-over meeting: the profile as the person page shows it (和暦 beside
// every date) and every contact entry of a chosen period, oldest first, each text in full: a
// summary of 10,000 characters runs on over as many pages as it needs (paragraph blocks break
// between lines; only the short rows of an entry are kept together). Personal: 取扱注意 on
// every page, and the person's name at the foot of each page (never in the PDF's metadata).
import type { ContactInput } from '../contactLog/contact';
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { ageOn, formatDateJa, formatWareki } from '../text/dates';
import type { PersonInput } from './person';

export interface CaseRecordMeta {
  /** The person's district as named in the vault. */
  readonly districtName: string;
  /** The period, 'YYYY-MM-DD' both ends included. */
  readonly from: string;
  readonly to: string;
  /** 'YYYY-MM-DD', printed as 作成日 (and the age is counted on it). */
  readonly printedOn: string;
  readonly size: PrintSize;
  /** Entries of the person that could not be opened (corrupt): said on the record, not hidden. */
  readonly unreadable?: number;
}

export const CASE_RECORD_TITLE = '記録票';
const NONE = 'なし';

/** The entries of the period, oldest first (a stable sort keeps entries of one day in their order). */
export function caseRecordEntries<C extends Pick<ContactInput, 'date'>>(contacts: readonly C[], from: string, to: string): C[] {
  return contacts.filter((c) => c.date >= from && c.date <= to).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function profileRows(p: PersonInput, districtName: string, printedOn: string): [string, string][] {
  const cert = [
    p.certification.careLevel,
    p.certification.disabilitySupportLevel && `障害支援${p.certification.disabilitySupportLevel}`,
    p.certification.ryoikuGrade && `療育手帳${p.certification.ryoikuGrade}`,
    p.certification.mentalHandbookGrade && `精神保健福祉手帳${p.certification.mentalHandbookGrade}`,
  ]
    .filter(Boolean)
    .join('、');
  return [
    ['氏名', p.name],
    ['ふりがな', p.furigana || NONE],
    ['生年月日', p.birthDate ? `${formatDateJa(p.birthDate)}　${ageOn(p.birthDate, printedOn)}歳` : NONE],
    ['性別', p.sex || NONE],
    ['地区', districtName || '未設定'],
    ['住所', p.address || NONE],
    ['電話', p.phone || NONE],
    ['世帯', [p.household, p.householdNote].filter(Boolean).join('：') || NONE],
    ['緊急連絡先', [p.emergencyContact.name, p.emergencyContact.relation, p.emergencyContact.phone].filter(Boolean).join('　') || NONE],
    ['かかりつけ医', p.doctor || NONE],
    ['介護・障害の認定', cert || NONE],
    ['担当民生委員', p.commissioner || NONE],
    [
      '情報共有への同意',
      p.consent.given
        ? [
            '同意あり',
            p.consent.date ? formatDateJa(p.consent.date) : '',
            p.consent.scopes.join('、'),
            p.consent.obtainedBy && `（${p.consent.obtainedBy}）`,
          ]
            .filter(Boolean)
            .join('　')
        : '未取得',
    ],
    ['要配慮', p.careFlags.join('、') || NONE],
    ['状態', p.status],
  ];
}

/**
 * A text that may run to many pages, its label in front (【要約】…): one paragraph, so the label
 * is never left alone at the foot of a page.
 */
function longText(label: string, text: string): PrintBlock[] {
  return [{ kind: 'paragraph', text: `【${label}】${text}` }];
}

function entryBlocks(c: ContactInput, i: number): PrintBlock[] {
  const head = `${i + 1}. ${formatDateJa(c.date)}　${c.kind}`;
  const rows: [string, string][] = [['記録した人', c.recordedByName || NONE]];
  if (c.field || c.content) rows.push(['分野・内容', [c.field, c.content].filter(Boolean).join('／')]);
  if (c.otherActivity) rows.push(['その他の活動', c.otherActivity]);
  rows.push([
    '次の対応',
    c.followUp.needed
      ? [c.followUp.task || '（内容の記入なし）', c.followUp.due && `期限 ${formatDateJa(c.followUp.due)}`].filter(Boolean).join('　')
      : NONE,
  ]);
  rows.push(['つなぎ先', [c.referredTo, c.referredNote].filter(Boolean).join('：') || NONE]);
  return [
    // The heading and the short rows stay together; the texts after them break across pages.
    {
      kind: 'group',
      blocks: [{ kind: 'heading', level: 3, text: head }, ...rows.map(([label, value]): PrintBlock => ({ kind: 'field', label, value }))],
    },
    ...(c.summary ? longText('要約', c.summary) : []),
    ...(c.insight ? longText('気づき', c.insight) : []),
  ];
}

export function caseRecordDocument(person: PersonInput, contacts: readonly ContactInput[], meta: CaseRecordMeta): PrintDocument {
  const entries = caseRecordEntries(contacts, meta.from, meta.to);
  const period = `${formatWareki(meta.from)}〜${formatWareki(meta.to)}`;
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: `${CASE_RECORD_TITLE}　${person.name}` },
    {
      kind: 'table',
      columns: [
        { header: '対象期間', width: 3 },
        { header: '連絡の記録', width: 1.2 },
        { header: '作成日', width: 1.8 },
      ],
      rows: [[`${period}（${meta.from}〜${meta.to}）`, `${entries.length}件`, formatWareki(meta.printedOn)]],
    },
    { kind: 'heading', level: 2, text: '本人の情報' },
    ...profileRows(person, meta.districtName, meta.printedOn).map(([label, value]): PrintBlock => ({ kind: 'field', label, value })),
    ...(person.note ? longText('メモ', person.note) : []),
    { kind: 'heading', level: 2, text: `連絡の記録（${period}）` },
    ...(meta.unreadable
      ? [
          {
            kind: 'note',
            title: '読めなかった記録',
            text: `壊れていて開けない記録が${meta.unreadable}件あり、この記録票には載っていません。`,
          } as const,
        ]
      : []),
    ...(entries.length ? entries.flatMap(entryBlocks) : [{ kind: 'paragraph', text: 'この期間の記録はありません。' } as const]),
  ];
  return {
    // The name stays out of the title (the PDF's metadata); each page names the person at its foot.
    title: CASE_RECORD_TITLE,
    footerNote: `${CASE_RECORD_TITLE}：${person.name}`,
    personal: true,
    size: meta.size,
    blocks,
    lang: 'ja',
    subject: `case-record ${meta.from}..${meta.to}`,
  };
}
