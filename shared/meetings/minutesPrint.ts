// 議事録 (minutes) of a community-care meeting as a print document (docs/domain.md §4.3, §5).
// Minutes record what happened: empty optional fields are left out, never printed as blank
// lines to fill in. Two variants:
// - 'full': everything, for the attendees (who have a duty of confidentiality). `personal: true`,
//   so the engine draws 取扱注意 on every page.
// - 'area': for an area meeting or for sharing a meeting upward (区・地域ケア会議). It carries NO
//   personal details: no cases, no consent line, no 本人・家族 attendance, and no person names —
//   attendees and absentees by 所属・職種 only, no 司会・記録者・事例提供者, action owners by 所属
//   only and without the person an action is about. When the meeting discussed cases, the
//   sections written about them (課題・検討内容・結論・モニタリング) are left out too. What is
//   left is free text (title, 地域課題, action tasks, and for a meeting without cases its
//   discussion): users must not type names there. This code cannot check that; the meeting form
//   has to tell them (next to 地域課題 and the action task).
// 'full' may be printed for one case (`caseOf`): that person's 事例概要 and the actions about them
// or about no one, with the parts the meeting shares (header, attendance, 課題, 検討内容, 結論 …),
// so filing it in one person's case file files no one else's case. It is the default for a
// 個別ケース検討会議 with two or more cases (renderer/features/meetings/form/MinutesPrint.tsx).
import { PILLARS } from '../domain/plan';
import type { PrintBlock, PrintDocument, PrintSize } from '../print/model';
import { formatDateJa, formatWareki, isValidIsoDate } from '../text/dates';
import type { ActionItemInput } from '../actions/actionItem';
import { MEETING_FUNCTION_LABELS, meetingType, type AttendeeRef, type MeetingInput } from './meeting';

export type MinutesVariant = 'full' | 'area';
export type MinutesAction = Pick<ActionItemInput, 'owner' | 'ownerOrg' | 'task' | 'due' | 'status' | 'personId'>;

export interface MinutesPrintOptions {
  readonly variant: MinutesVariant;
  readonly size: PrintSize;
  readonly districtName: string;
  /** personId → name, for the cases (and actions about a person). Unused by the 'area' variant. */
  readonly personNames: Readonly<Record<string, string>>;
  /** 役割分担 agreed at this meeting. */
  readonly actions: readonly MinutesAction[];
  /** 'YYYY-MM-DD', printed in the footer. */
  readonly printedOn: string;
  /**
   * 'full' only: print the minutes for this one case (a personId of `meeting.cases`). Ignored by
   * the 'area' variant, which prints no case.
   */
  readonly caseOf?: string;
}

/** The minutes' title for one case (the person is named in the body, not in the PDF's title). */
export const PER_CASE_SUFFIX = '（事例別）';

/**
 * A field is one unbreakable chunk, so only short values go in one (estimated lines at about 28
 * characters a line); longer values flow as paragraphs, which may span pages.
 */
const FIELD_MAX_LINES = 8;
/** An action task longer than this is split over continuation rows (a row never spans pages). */
const TASK_PIECE = 180;
const UNKNOWN_PERSON = '（氏名未登録）';
const STATUS = { open: '未完了', done: '完了' } as const;

const blank = (s: string): boolean => s.trim() === '';
/** Drops leading blank lines and trailing space, keeping a leading 全角 indent. */
const tidy = (s: string): string => s.replace(/^(?:[ \t\u3000]*\n)+/, '').replace(/\s+$/, '');

/** A label and value; left out when empty; a long value becomes a small heading and a paragraph. */
function item(label: string, value: string): PrintBlock[] {
  if (blank(value)) return [];
  const v = tidy(value);
  const lines = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / 28)), 0);
  if (lines <= FIELD_MAX_LINES) return [{ kind: 'field', label, value: v }];
  return [
    { kind: 'heading', level: 3, text: label },
    { kind: 'paragraph', text: v },
  ];
}

function section(title: string, text: string, level: 2 | 3 = 2): PrintBlock[] {
  return blank(text)
    ? []
    : [
        { kind: 'heading', level, text: title },
        { kind: 'paragraph', text: tidy(text) },
      ];
}

function time(start: string, end: string): string {
  if (!start && !end) return '';
  return `${start}〜${end}`;
}

/** 令和8年 / 12月10日 on two lines — the short 和暦 form for the narrow 期限 column. */
function dueDate(d: string): string {
  return isValidIsoDate(d) ? formatWareki(d).replace(/年/, '年\n') : d;
}

function affiliation(a: AttendeeRef): string {
  return [a.organisation, a.role].filter((s) => !blank(s)).join('・');
}

function splitTask(task: string): string[] {
  const chars = [...tidy(task)];
  const out: string[] = [];
  while (chars.length > TASK_PIECE) {
    const head = chars.slice(0, TASK_PIECE);
    // Prefer to break after a full stop or a line end in the second half of the piece.
    let cut = TASK_PIECE;
    for (let i = TASK_PIECE - 1; i >= TASK_PIECE / 2; i--) {
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

function actionTable(actions: readonly MinutesAction[], opts: MinutesPrintOptions): PrintBlock[] {
  const full = opts.variant === 'full';
  const head: PrintBlock = { kind: 'heading', level: 2, text: '役割分担' };
  if (actions.length === 0) return [head, { kind: 'paragraph', text: 'なし' }];
  const rows: string[][] = [];
  for (const a of actions) {
    // 'area': the owner by 所属 only, and never the person the action is about.
    const about = full && a.personId ? `（対象：${opts.personNames[a.personId] ?? UNKNOWN_PERSON} さん）\n` : '';
    const [first = '', ...more] = splitTask(a.task);
    const who = full ? [a.owner, a.ownerOrg] : [blank(a.ownerOrg) ? '—' : a.ownerOrg];
    rows.push([...who, about + first, dueDate(a.due), STATUS[a.status]]);
    for (const piece of more) rows.push([...who.map(() => ''), `（続き）${piece}`, '', '']);
  }
  const columns = full
    ? [
        { header: '担当', width: 2.4 },
        { header: '所属', width: 2.6 },
        { header: '内容', width: 5.8 },
        { header: '期限', width: 2.7 },
        { header: '状況', width: 1.8 },
      ]
    : [
        { header: '担当（所属）', width: 3.4 },
        { header: '内容', width: 7.4 },
        { header: '期限', width: 2.7 },
        { header: '状況', width: 1.8 },
      ];
  return [head, { kind: 'table', columns, rows }];
}

function attendeeBlocks(m: MeetingInput, full: boolean): PrintBlock[] {
  const out: PrintBlock[] = [];
  if (m.attendees.length > 0) {
    out.push({ kind: 'heading', level: 2, text: `出席者（${m.attendees.length}名）` });
    out.push(
      full
        ? {
            kind: 'table',
            columns: [
              { header: '氏名', width: 2 },
              { header: '所属', width: 3 },
              { header: '職種', width: 2 },
            ],
            rows: m.attendees.map((a) => [a.name, a.organisation, a.role]),
          }
        : {
            kind: 'table',
            columns: [
              { header: '所属', width: 3 },
              { header: '職種', width: 2 },
            ],
            rows: m.attendees.map((a) => [blank(a.organisation) ? '（所属未記入）' : a.organisation, a.role]),
          },
    );
  }
  if (full && (m.cases.length > 0 || m.personAttended || m.familyAttended)) {
    out.push(...item('本人・家族の出席', `本人：${m.personAttended ? '出席' : '欠席'}　家族：${m.familyAttended ? '出席' : '欠席'}`));
  }
  const absent = m.absentees.map((a) =>
    full ? (affiliation(a) ? `${a.name}（${affiliation(a)}）` : a.name) : affiliation(a) || '所属未記入',
  );
  out.push(...item('欠席者', absent.join('、')));
  if (full) {
    out.push(...item('事例提供者', m.presenter));
    if (m.cases.length > 0 || m.consent.obtained) {
      const c = m.consent;
      const detail = [isValidIsoDate(c.date) ? formatDateJa(c.date) : '', c.how.trim()].filter(Boolean).join('、');
      out.push(...item('本人同意', c.obtained ? `取得済み${detail ? `（${detail}）` : ''}` : '未取得'));
    }
  }
  return out;
}

function caseBlocks(cases: MeetingInput['cases'], names: Readonly<Record<string, string>>): PrintBlock[] {
  return cases.flatMap((c, i): PrintBlock[] => {
    const name = names[c.personId] ?? UNKNOWN_PERSON;
    const numbered = cases.length > 1 ? `${i + 1}` : '';
    return [
      { kind: 'heading', level: 2, text: `事例概要${numbered}　${name} さん` },
      ...section('基本情報', c.basicInfo, 3),
      ...section('家族構成', c.family, 3),
      ...section('経過', c.history, 3),
      ...section('本人・家族の意向', c.wishes, 3),
    ];
  });
}

function goalLabels(ids: readonly string[]): string {
  const goals = PILLARS.flatMap((p) => p.goals);
  const known = goals.filter((g) => ids.includes(g.id)).map((g) => `${g.id}　${g.label}`);
  const unknown = ids.filter((id) => !goals.some((g) => g.id === id));
  return [...known, ...unknown].join('\n');
}

/** 資料回収: collected or not, and by whom (the name only where the minutes carry names). */
function materialsItem(m: MeetingInput, full: boolean): PrintBlock[] {
  const by = (m.materialsCollectedBy ?? '').trim();
  const value = m.materialsCollected ? `回収した${full && by ? `（回収者：${by}）` : ''}` : '回収していない';
  return item('資料回収', value);
}

export function minutesDocument(meeting: MeetingInput, opts: MinutesPrintOptions): PrintDocument {
  const m = meeting;
  const full = opts.variant === 'full';
  const only = full && opts.caseOf !== undefined ? m.cases.find((c) => c.personId === opts.caseOf) : undefined;
  if (full && opts.caseOf !== undefined && !only) throw new RangeError('caseOf is not a case of these minutes');
  const cases = only ? [only] : m.cases;
  const actions = only ? opts.actions.filter((a) => a.personId === '' || a.personId === only.personId) : opts.actions;
  const typeLabel = meetingType(m.type).label;
  const title = `${typeLabel} 議事録${only ? PER_CASE_SUFFIX : ''}`;
  const collect = m.materialsCollected ? '会議終了後は資料を回収します。' : '';
  const blocks: PrintBlock[] = [{ kind: 'heading', level: 1, text: title }];
  if (!blank(m.title)) blocks.push({ kind: 'paragraph', text: tidy(m.title), bold: true });
  blocks.push(
    full
      ? {
          kind: 'note',
          title: '守秘義務について',
          text: `出席者には守秘義務があります。この議事録に書かれた個人の情報は支援の目的以外に使わず、出席者以外に見せたり話したりしないでください。複写はしないでください。${collect}`,
        }
      : {
          kind: 'note',
          title: '共有用の議事録です',
          text: `地域・区での共有用の版です。個別の事例や氏名など、個人が特定される情報は載せていません。出席者には守秘義務があります。会議で知り得た個人の情報は外部に漏らさないでください。${collect}`,
        },
  );
  if (only) {
    const others = m.cases.length - 1;
    blocks.push({
      kind: 'paragraph',
      bold: true,
      text:
        `${opts.personNames[only.personId] ?? UNKNOWN_PERSON} さんの事例の議事録です。` +
        (others > 0 ? `この会議で検討したほかの事例（${others}件）の概要と役割分担は載せていません。` : ''),
    });
    if (others > 0)
      blocks.push({
        kind: 'paragraph',
        muted: true,
        text: '※ 課題・検討内容・結論・地域課題・モニタリングは、会議全体の記載をそのまま載せています。',
      });
  }
  // 'area' of a meeting that discussed cases: the case-bound sections are left out (see top).
  const caseBound = !full && m.cases.length > 0;
  if (caseBound)
    blocks.push({
      kind: 'paragraph',
      muted: true,
      text: '※ 個別事例に関する記載（事例概要・課題・検討内容・結論・モニタリング）は、この版には載せていません。',
    });

  blocks.push(
    ...item('回次', m.number > 0 ? `第${m.number}回` : ''),
    ...item('開催日時', `${formatDateJa(m.date)}${time(m.startTime, m.endTime) ? `　${time(m.startTime, m.endTime)}` : ''}`),
    ...item('場所', m.place),
    ...item('主催', m.host),
    ...(full ? [...item('司会', m.chair), ...item('記録者', m.recorder)] : []),
    ...item('地区', opts.districtName),
    ...attendeeBlocks(m, full),
    ...materialsItem(m, full),
  );
  if (full) blocks.push(...caseBlocks(cases, opts.personNames));
  if (!caseBound) {
    const issues = m.issues.filter((s) => !blank(s));
    if (issues.length > 0) {
      blocks.push({ kind: 'heading', level: 2, text: '課題' });
      issues.forEach((s, i) => blocks.push({ kind: 'paragraph', text: `${i + 1}. ${tidy(s)}` }));
    }
    blocks.push(...section('検討内容', m.discussion), ...section('結論・支援方針', m.conclusion));
  }
  blocks.push(...actionTable(actions, opts), ...section('地域課題', m.regionalIssues));
  const monitoring = caseBound ? '' : m.monitoring;
  if (!blank(monitoring) || m.nextDate) {
    blocks.push({ kind: 'heading', level: 2, text: 'モニタリング方法・次回日程' });
    if (!blank(monitoring)) blocks.push({ kind: 'paragraph', text: tidy(monitoring) });
    if (isValidIsoDate(m.nextDate)) blocks.push(...item('次回日程', formatDateJa(m.nextDate)));
  }
  if (m.goals.length > 0 || m.functions.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: '行動目標・会議の機能' },
      ...item('対応する行動目標', goalLabels(m.goals)),
      ...item('会議の機能', m.functions.map((f) => MEETING_FUNCTION_LABELS[f]).join('、')),
    );
  }
  return {
    title: full ? title : `${title}（共有用）`,
    personal: full,
    size: opts.size,
    blocks,
    footerNote: `印刷日 ${isValidIsoDate(opts.printedOn) ? formatWareki(opts.printedOn) : opts.printedOn}`,
    subject: full ? '議事録' : '議事録（共有用・個人情報なし）',
  };
}
