import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import type { PrintDocument } from '../print/model';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfFonts, pdfText } from '../print/testing/nodeFonts';
import { emptyMeeting, meetingSchema, type MeetingInput } from './meeting';
import { minutesDocument, type MinutesAction, type MinutesPrintOptions } from './minutesPrint';
import { minutesSamples, SAMPLE_CASE_ACTIONS, SAMPLE_PERSON_NAMES, sampleAreaMeeting, sampleCaseMeeting } from './minutesSamples';

const fonts = new FontSet(nodeFonts());

function opts(variant: MinutesPrintOptions['variant'], extra: Partial<MinutesPrintOptions> = {}): MinutesPrintOptions {
  return {
    variant,
    size: 'standard',
    districtName: '架空第一地区',
    personNames: SAMPLE_PERSON_NAMES,
    actions: SAMPLE_CASE_ACTIONS,
    printedOn: '2026-11-27',
    ...extra,
  };
}

function render(doc: PrintDocument): { pdf: Uint8Array; pages: string[]; flat: string } {
  const pdf = renderPdf(doc, fonts);
  const pages = pdfText(pdf);
  return { pdf, pages, flat: squash(pages.join('')) };
}
/** Without white space, so a name or sentence wrapped over two lines is still found. */
const squash = (s: string): string => s.replace(/\s+/g, '');

const meeting = sampleCaseMeeting();
const personNames = Object.values(SAMPLE_PERSON_NAMES);
const peopleNames = [...meeting.attendees, ...meeting.absentees].map((a) => a.name);
const allNames = [...personNames, ...peopleNames, meeting.presenter, meeting.chair, meeting.recorder];

describe('minutes: full variant', () => {
  const { pdf, pages, flat } = render(minutesDocument(meeting, opts('full')));

  it('carries 取扱注意 on every page, the confidentiality note on page 1 and a sane page count', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(5);
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
    expect(squash(pages[0] ?? '')).toContain('出席者には守秘義務があります');
    expect(squash(pages[0] ?? '')).toContain('会議終了後は資料を回収します');
    expect(flat).toContain('個別ケース検討会議議事録');
    expect(flat).toContain(squash(meeting.title));
  });

  it('prints the header, attendees, cases, decisions and the action table', () => {
    for (const s of [
      '第3回',
      '2026年11月20日（令和8年11月20日）',
      '14:00〜15:30',
      meeting.place,
      '架空第一地区',
      '本人同意',
      '取得済み',
      '本人：欠席',
      '家族：出席',
    ])
      expect(flat).toContain(squash(s));
    for (const a of meeting.attendees) for (const s of [a.name, a.organisation, a.role]) expect(flat).toContain(squash(s));
    for (const n of allNames) expect(flat).toContain(squash(n));
    for (const c of meeting.cases) for (const s of [c.basicInfo, c.family, c.wishes]) expect(flat).toContain(squash(s));
    expect(flat).toContain('1.架空花子さんの転倒時に');
    expect(flat).toContain('3.両名とも');
    expect(flat).toContain(squash(meeting.conclusion));
    expect(flat).toContain(squash(meeting.regionalIssues));
    for (const a of SAMPLE_CASE_ACTIONS) expect(flat).toContain(squash(a.task));
    expect(flat).toContain('担当所属内容期限状況');
    expect(flat).toContain('未完了');
    expect(flat).toContain('令和8年11月30日');
    expect(flat).toContain('（対象：𠮷野仮男さん）');
    expect(flat).toContain('2-1誰もがどこかにつながるような支えあいのネットワークをつくります');
    expect(flat).toContain('個別課題解決機能、ネットワーク構築機能');
  });

  it('prints 𠮷 through the fallback font', () => {
    expect(pdfFonts(pdf).some((f) => f.name.includes('NotoSansJP'))).toBe(true);
  });
});

describe('minutes: area variant', () => {
  const actions: MinutesAction[] = [...SAMPLE_CASE_ACTIONS];
  const { pages, flat } = render(minutesDocument(meeting, opts('area', { actions })));

  it('has no personal details: no case person, attendee, absentee, presenter, chair or recorder names', () => {
    for (const n of allNames) {
      expect(flat, n).not.toContain(squash(n));
      // Given names alone too (family names like 架空 also occur in fictional organisation names).
      const given = n.split(/\s+/)[1];
      if (given) expect(flat, given).not.toContain(given);
    }
    expect(flat).not.toContain('𠮷');
    expect(flat).not.toContain('（対象：');
    for (const s of ['本人同意', '事例提供者', '本人・家族', '司会', '記録者', '基本情報', '家族構成', '経過', '結論・支援方針'])
      expect(flat, s).not.toContain(s);
    for (const s of [meeting.discussion, meeting.conclusion, meeting.monitoring, ...meeting.issues]) expect(flat).not.toContain(squash(s));
  });

  it('is not marked 取扱注意 and keeps what may be shared', () => {
    expect(pages.some((p) => p.includes('取扱注意'))).toBe(false);
    expect(minutesDocument(meeting, opts('area')).personal).toBe(false);
    for (const a of meeting.attendees) expect(flat).toContain(squash(a.organisation));
    for (const a of SAMPLE_CASE_ACTIONS) expect(flat).toContain(squash(a.task));
    expect(flat).toContain('担当（所属）内容期限状況');
    expect(flat).toContain(squash(meeting.regionalIssues));
    expect(flat).toContain('個別事例に関する記載');
  });

  it('an area meeting prints its discussion and conclusion', () => {
    const m = sampleAreaMeeting();
    const area = render(minutesDocument(m, opts('area', { actions: [] })));
    expect(area.flat).toContain(squash(m.discussion));
    expect(area.flat).toContain(squash(m.conclusion));
    expect(area.flat).toContain('役割分担なし');
    for (const a of m.attendees) expect(area.flat).not.toContain(squash(a.name));
  });
});

describe('minutes: long and empty content', () => {
  it('a 10,000-character 検討内容 flows over pages without loss', () => {
    const sentences = Array.from({ length: 800 }, (_, i) => `第${i}文：支援の方針を話し合った。`);
    const discussion = sentences.join('').slice(0, 10_000);
    expect([...discussion].length).toBe(10_000);
    const m: MeetingInput = {
      ...meeting,
      discussion: `【はじまり】${discussion.slice(0, 5000)}【まんなか】${discussion.slice(5000)}【おわり】`,
    };
    const doc = minutesDocument(m, opts('full'));
    const { pages } = render(doc);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
    // Body text only: strip the page frame (mark, running title, folio, footer).
    const body = pages
      .map((p) =>
        p
          .replace('取扱注意', '')
          .replace(doc.title, '')
          .replace(/\d+ \/ \d+/, '')
          .replace(/印刷日\s*\S+/, ''),
      )
      .join('');
    expect(squash(body)).toContain(squash(m.discussion));
    const at = (s: string) => pages.findIndex((p) => p.includes(s));
    expect(at('【はじまり】')).toBeLessThan(at('【まんなか】'));
    expect(at('【まんなか】')).toBeLessThan(at('【おわり】'));
  });

  it('a 2,000-character action task is kept whole, split over continuation rows', () => {
    const task = Array.from({ length: 200 }, (_, i) => `作業${String(i).padStart(3, '0')}を行う。`)
      .join('')
      .slice(0, 2000);
    const action: MinutesAction = { owner: '見本 一郎', ownerOrg: '民生委員', task, due: '2026-12-31', status: 'open', personId: '' };
    const { flat, pages } = render(minutesDocument(meeting, opts('full', { actions: [action], size: 'large' })));
    const cells = flat.replace(/（続き）/g, '');
    for (let i = 0; i < 200; i++) expect(cells).toContain(`作業${String(i).padStart(3, '0')}を行う。`);
    expect(pages.length).toBeLessThanOrEqual(12);
  });

  it('leaves out empty optional fields; an empty action table prints なし', () => {
    const m: MeetingInput = {
      ...emptyMeeting('team', '2026-11-20'),
      attendees: [{ directoryId: 'd1', name: '見本 一郎', organisation: '民生委員', role: '' }],
      goals: [],
      functions: [],
    };
    const { pages, flat } = render(minutesDocument(m, opts('full', { actions: [], districtName: '' })));
    expect(pages.length).toBe(1);
    expect(flat).not.toMatch(/地区(?!別支援チーム会議)/);
    for (const s of [
      '回次',
      '場所',
      '主催',
      '司会',
      '記録者',
      '欠席者',
      '事例提供者',
      '本人同意',
      '本人・家族',
      '事例概要',
      '課題',
      '検討内容',
      '結論',
      'モニタリング',
      '次回日程',
      '行動目標',
      '会議の機能',
      '資料を回収',
      '〜',
    ]) {
      expect(flat, s).not.toContain(s);
    }
    expect(flat).toContain('開催日時2026年11月20日（令和8年11月20日）');
    expect(flat).toContain('役割分担なし');
    expect(flat).toContain('見本一郎');
  });
});

describe('minutes samples', () => {
  it('render with the real engine', () => {
    expect(minutesSamples.map((s) => s.fileName)).toEqual(['minutes-case.pdf', 'minutes-case-per-person.pdf', 'minutes-area.pdf']);
    const [full, , area] = minutesSamples.map((s) => s.build());
    expect(full?.personal).toBe(true);
    expect(area?.personal).toBe(false);
    for (const s of minutesSamples) expect(renderPdf(s.build(), fonts).byteLength).toBeLessThan(300 * 1024);
  });
});

/** The text as laid out (pdftotext -layout), without white space: a label and its value read together. */
function laidOut(doc: PrintDocument): { pages: string[]; flat: string } {
  const pages = pdfText(renderPdf(doc, fonts), true);
  return { pages, flat: squash(pages.join('')) };
}

describe('minutes per case', () => {
  const [one, two] = meeting.cases;
  if (!one || !two) throw new Error('the sample has two cases');
  const shared: MinutesAction = {
    owner: '例示 三郎',
    ownerOrg: '区役所',
    task: '次回会議の会場を予約する',
    due: '',
    status: 'open',
    personId: '',
  };
  const actions = [...SAMPLE_CASE_ACTIONS, shared];
  const caseText = (c: typeof one) => [c.basicInfo, c.family, c.history, c.wishes].map(squash);

  it('prints one person’s case with the shared parts, and nothing of the other case', () => {
    const doc = minutesDocument(meeting, opts('full', { actions, caseOf: two.personId }));
    const { flat, pages } = laidOut(doc);
    // Table cells wrap side by side in the layout text: the tasks are read from the plain text.
    const plain = render(doc).flat;
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
    expect(flat).toContain('個別ケース検討会議議事録（事例別）');
    expect(flat).toContain(`事例概要${squash(SAMPLE_PERSON_NAMES[two.personId] ?? '')}さん`);
    for (const t of caseText(two)) expect(flat).toContain(t);
    for (const t of caseText(one)) expect(flat).not.toContain(t);
    expect(flat).not.toContain(`事例概要1`);
    expect(plain).not.toContain(`（対象：${squash(SAMPLE_PERSON_NAMES[one.personId] ?? '')}さん）`);
    for (const a of SAMPLE_CASE_ACTIONS.filter((x) => x.personId === one.personId)) expect(plain).not.toContain(squash(a.task));
    for (const a of SAMPLE_CASE_ACTIONS.filter((x) => x.personId === two.personId)) expect(plain).toContain(squash(a.task));
    // The shared parts: the header, attendance, decisions, the action about no one.
    for (const t of [meeting.place, '出席者（5名）', '本人同意', meeting.discussion, meeting.conclusion, shared.task])
      expect(plain, t).toContain(squash(t));
    expect(flat).toContain('ほかの事例（1件）の概要と役割分担は載せていません');
  });

  it('the whole minutes still print every case', () => {
    const { flat } = laidOut(minutesDocument(meeting, opts('full', { actions })));
    for (const t of [...caseText(one), ...caseText(two)]) expect(flat).toContain(t);
    expect(flat).not.toContain('事例別');
  });

  it('refuses a person who is not a case; the area version prints no case whatever caseOf says', () => {
    expect(() => minutesDocument(meeting, opts('full', { caseOf: 'person-x' }))).toThrow(RangeError);
    const { flat } = laidOut(minutesDocument(meeting, opts('area', { caseOf: one.personId })));
    for (const t of caseText(one)) expect(flat).not.toContain(t);
    expect(flat).not.toContain('事例別');
  });
});

describe('minutes: 資料回収 and the five functions', () => {
  it('資料回収 is a field: collected and by whom on the full minutes, without the name on the area version', () => {
    const m: MeetingInput = { ...sampleCaseMeeting(), materialsCollected: true, materialsCollectedBy: '試験 二葉' };
    expect(laidOut(minutesDocument(m, opts('full'))).flat).toContain('資料回収回収した（回収者：試験二葉）');
    const area = laidOut(minutesDocument(m, opts('area'))).flat;
    expect(area).toContain('資料回収回収した');
    expect(area).not.toContain('回収者');
    const not: MeetingInput = { ...m, materialsCollected: false };
    expect(laidOut(minutesDocument(not, opts('full'))).flat).toContain('資料回収回収していない');
  });

  it('minutes saved before the field (no materialsCollectedBy) still open and print', () => {
    const { materialsCollectedBy: _gone, ...old } = sampleCaseMeeting();
    const parsed = meetingSchema.safeParse(old);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(laidOut(minutesDocument(parsed.data, opts('full'))).flat).toContain('資料回収回収した');
  });

  it('names the functions in full', () => {
    const m: MeetingInput = { ...sampleAreaMeeting(), functions: ['個別課題解決', '地域づくり・資源開発', '政策形成'] };
    expect(laidOut(minutesDocument(m, opts('area'))).flat).toContain('会議の機能個別課題解決機能、地域づくり・資源開発機能、政策形成機能');
  });
});
