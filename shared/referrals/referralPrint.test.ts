import { describe, expect, it } from 'vitest';
import { FontSet } from '../print/fonts';
import type { PrintBlock, PrintDocument } from '../print/model';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfFonts, pdfText } from '../print/testing/nodeFonts';
import { handoverDocument, HANDOVER_TITLE } from './handoverPrint';
import { COGNITIVE_ITEMS, DECISION_MAKING, MONEY_MANAGEMENT, SUPPORT_NEEDS } from './personSheet';
import { blankPersonSheet, PERSON_SHEET_SECTIONS, PERSON_SHEET_TITLE, personSheetDocument } from './personSheetPrint';
import type { ReferralInput } from './referral';
import { referralListDocument, referralListLabel, sortReferralRows, type ReferralListRow } from './referralListPrint';
import {
  referralSamples,
  SAMPLE_LIST_AS_OF,
  SAMPLE_LIST_CASES,
  SAMPLE_OVERRIDE_PERSON,
  SAMPLE_PERSON,
  sampleListRows,
  sampleOverrideReferral,
  samplePersonSheet,
  sampleReferral,
} from './referralSamples';

const fonts = new FontSet(nodeFonts());
/** Without white space, so text wrapped over two lines is still found. */
const squash = (s: string): string => s.replace(/\s+/g, '');

function render(doc: PrintDocument): { pdf: Uint8Array; pages: string[]; flat: string } {
  const pdf = renderPdf(doc, fonts);
  const pages = pdfText(pdf);
  return { pdf, pages, flat: squash(pages.join('')) };
}

/** Whether the strings occur in `flat` in this order, each searched for after the one before. */
function inOrder(flat: string, list: readonly string[]): boolean {
  let from = 0;
  for (const s of list) {
    const at = flat.indexOf(squash(s), from);
    expect(at, s).toBeGreaterThanOrEqual(0);
    from = at + squash(s).length;
  }
  return true;
}

/** Section titles without their number (pdftotext sets 「1」 apart from the text after 　). */
const sectionTitles = PERSON_SHEET_SECTIONS.map((s) => s.split('　')[1] ?? s);

const sheetOpts = {
  personName: SAMPLE_PERSON.name,
  personBirthDate: SAMPLE_PERSON.birthDate,
  size: 'standard',
  printedOn: '2026-11-27',
} as const;
const handoverOpts = {
  personName: SAMPLE_PERSON.name,
  personBirthDate: SAMPLE_PERSON.birthDate,
  personAddress: SAMPLE_PERSON.address,
  personPhone: SAMPLE_PERSON.phone,
  districtName: '架空第一地区',
  fromOrg: '民生委員・児童委員（架空第一地区）',
  fromName: '見本 一郎',
  fromContact: '090-0000-0000',
  size: 'standard',
  printedOn: '2026-11-27',
} as const;

describe('本人情報シート', () => {
  const sheet = samplePersonSheet();
  const { pages, flat } = render(personSheetDocument(sheet, sheetOpts));

  it('has the title, the note, the header labels and the six sections in order', () => {
    expect(flat).toContain(squash(PERSON_SHEET_TITLE));
    const flatten = (bs: readonly PrintBlock[]): PrintBlock[] => bs.flatMap((b) => (b.kind === 'group' ? flatten(b.blocks) : [b]));
    const h2 = flatten(personSheetDocument(sheet, sheetOpts).blocks).flatMap((b) =>
      b.kind === 'heading' && b.level === 2 ? [b.text] : [],
    );
    expect(h2).toEqual(['作成者', '本人', ...PERSON_SHEET_SECTIONS]);
    expect(squash(pages[0] ?? '')).toContain('申立書に参考資料として添付します');
    expect(
      inOrder(flat, ['作成日', '作成者', '氏名', '職業（資格）', '連絡先', '本人との関係', '本人', '生年月日', sectionTitles[0] ?? '']),
    ).toBe(true);
    expect(inOrder(flat, sectionTitles)).toBe(true);
    const subs = ['身体機能・生活機能', '認知機能', '行動障害', '社会・地域との交流頻度', '日常の意思決定', '金銭の管理'].map(
      (s, i) => `（${i + 1}）${s}`,
    );
    expect(inOrder(flat, [sectionTitles[2] ?? '', ...subs, sectionTitles[3] ?? ''])).toBe(true);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(4);
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
  });

  it('prints the values with 和暦, every option of each scale and the chosen ones', () => {
    for (const s of [
      '2026年11月10日（令和8年11月10日）',
      '1944年5月10日（昭和19年5月10日）',
      SAMPLE_PERSON.name,
      sheet.header.author,
      sheet.header.occupation,
      sheet.header.relation,
      '要支援1',
    ])
      expect(flat, s).toContain(squash(s));
    for (const s of [...SUPPORT_NEEDS, ...DECISION_MAKING, ...MONEY_MANAGEMENT, ...COGNITIVE_ITEMS, '日によって変動することがある'])
      expect(flat, s).toContain(squash(s));
    for (const s of [
      sheet.daily.physicalNote,
      sheet.daily.cognitiveNote,
      sheet.daily.moneyNote,
      sheet.issues,
      sheet.measures,
      sheet.awarenessNote,
    ])
      expect(flat).toContain(squash(s));
  });

  it('checks the chosen options only (one check per choice made)', () => {
    const doc = personSheetDocument(sheet, sheetOpts);
    const boxes = JSON.stringify(doc.blocks).match(/"checked":\["[^"]+"\]/g) ?? [];
    const chosen = [
      sheet.living.place,
      sheet.daily.physical,
      ...sheet.daily.cognitive,
      sheet.daily.behaviour,
      sheet.daily.social,
      sheet.daily.decisions,
      sheet.daily.money,
      sheet.awareness,
    ].filter(Boolean);
    expect(boxes.length).toBe(chosen.length + (sheet.daily.cognitiveFluctuates ? 1 : 0));
    for (const c of chosen)
      expect(
        boxes.some((b) => b.includes(`"${c}"`)),
        c,
      ).toBe(true);
  });

  it('a blank sheet prints writing lines and no checks, large print included', () => {
    const doc = personSheetDocument(blankPersonSheet(), { ...sheetOpts, personName: '', personBirthDate: '', size: 'large' });
    expect(JSON.stringify(doc.blocks)).not.toMatch(/"checked":\["/);
    expect(JSON.stringify(doc.blocks).match(/"kind":"lines"/g)?.length).toBeGreaterThanOrEqual(9);
    const { pages: blankPages, flat: blankFlat } = render(doc);
    expect(inOrder(blankFlat, sectionTitles)).toBe(true);
    expect(blankFlat).toContain('令和年月日');
    expect(blankPages.every((p) => p.includes('取扱注意'))).toBe(true);
  });
});

describe('つなぎ票', () => {
  const referral = sampleReferral();
  const { pages, flat } = render(handoverDocument(referral, 0, handoverOpts));

  it('shows addressee, sender, the person, the consent and why', () => {
    const h = referral.handovers[0];
    expect(flat).toContain(squash(HANDOVER_TITLE));
    // Each word apart: a value wrapped in the field comes out of pdftotext after the next label.
    for (const s of [
      h?.to ?? '',
      ...(h?.contact ?? '').split(/\s+/),
      handoverOpts.fromOrg,
      handoverOpts.fromName,
      handoverOpts.fromContact,
      SAMPLE_PERSON.name,
      SAMPLE_PERSON.address,
      SAMPLE_PERSON.phone,
      '架空第一地区',
    ])
      expect(flat, s).toContain(squash(s));
    expect(flat).toContain('本人の同意あり（2026年9月10日（令和8年9月10日）、口頭）');
    // 1944-05-10, printed on 2026-11-27: 82 years old.
    expect(flat).toContain('生年月日1944年5月10日（昭和19年5月10日）');
    expect(flat).toContain('年齢82歳（印刷日現在）');
    expect(flat).not.toContain('同意なし');
    for (const s of [
      ...referral.declineSigns,
      referral.declineNote,
      '長女',
      '1親等',
      'とれる',
      '2親等',
      '不明',
      '虐待・財産侵害の疑いなし',
      '補助',
      '四親等内の親族',
      'まだ得ていない',
      referral.dailyLifeSupport.note,
    ])
      expect(flat, s).toContain(squash(s));
    // Relatives by relation only: no names.
    for (const r of referral.relatives) expect(flat).not.toContain(squash(r.name));
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
  });

  it('shows the status history, the notes and the person’s wishes', () => {
    expect(inOrder(flat, ['相談受付', '情報収集', '支援方針検討'])).toBe(true);
    for (const e of referral.history) expect(flat).toContain(squash(e.note));
    for (const n of referral.notes) expect(flat).toContain(squash(n.text));
    expect(flat).toContain(squash(referral.explained));
    expect(flat).toContain(squash(referral.wishes));
  });

  it('a hand-over without consent shows the override reason and its explanation in a note', () => {
    const r = sampleOverrideReferral();
    const doc = handoverDocument(r, 0, {
      ...handoverOpts,
      personName: SAMPLE_OVERRIDE_PERSON.name,
      personBirthDate: '',
      personAddress: SAMPLE_OVERRIDE_PERSON.address,
      personPhone: '',
    });
    const h = r.handovers[0];
    const note = doc.blocks.find((b) => b.kind === 'note');
    expect(note && 'title' in note ? note.title : '').toContain('虐待のおそれ');
    const out = render(doc);
    expect(out.flat).toContain('本人の同意なしで情報を提供しています（理由：虐待のおそれ）');
    expect(out.flat).toContain(squash(h?.consent.kind === 'override' ? h.consent.note : 'missing'));
    expect(out.flat).toContain('電話記録なし');
    expect(out.flat).toContain('生年月日記録なし');
    expect(out.flat).toContain('年齢記録なし');
    expect(out.flat).toContain('（情報収集を省略）');
    expect(out.flat).toContain('経済的虐待（財産侵害）、ネグレクト');
    expect(out.flat).toContain(squash(SAMPLE_OVERRIDE_PERSON.name));
    expect(pdfFonts(out.pdf).some((f) => f.name.includes('NotoSansJP'))).toBe(true);
  });

  it('throws for a hand-over that does not exist', () => {
    expect(() => handoverDocument(referral, 3, handoverOpts)).toThrow(RangeError);
  });

  it('a 10,000-character 本人の意向 and a 3,000-character step note print whole', () => {
    const sentences = Array.from({ length: 900 }, (_, i) => `第${i}文：本人は自宅で暮らしたいと話した。`).join('');
    const text = sentences.slice(0, 10_000);
    expect([...text].length).toBe(10_000);
    const wishes = `【はじまり】${text.slice(0, 5000)}【まんなか】${text.slice(5000)}【おわり】`;
    const stepNote = Array.from({ length: 200 }, (_, i) => `記録${String(i).padStart(3, '0')}。`).join('');
    const r: ReferralInput = {
      ...referral,
      wishes,
      history: referral.history.map((e, i, all) => (i === all.length - 1 ? { ...e, note: stepNote } : e)),
    };
    const doc = handoverDocument(r, 0, handoverOpts);
    const { pages: p } = render(doc);
    expect(p.length).toBeGreaterThanOrEqual(5);
    expect(p.length).toBeLessThanOrEqual(14);
    expect(p.every((page) => page.includes('取扱注意'))).toBe(true);
    const body = p
      .map((page) =>
        page
          .replace('取扱注意', '')
          .replace(doc.title, '')
          .replace(/\d+ \/ \d+/, '')
          .replace(/印刷日\s*\S+/, ''),
      )
      .join('');
    expect(squash(body)).toContain(squash(wishes));
    const at = (s: string) => p.findIndex((page) => page.includes(s));
    expect(at('【はじまり】')).toBeLessThan(at('【まんなか】'));
    expect(at('【まんなか】')).toBeLessThan(at('【おわり】'));
    const cells = squash(body).replace(/（続き）/g, '');
    for (let i = 0; i < 200; i++) expect(cells).toContain(`記録${String(i).padStart(3, '0')}。`);
  });
});

describe('つなぎ状況一覧', () => {
  const rows = sampleListRows();
  const doc = referralListDocument(rows, { districtName: '架空第一地区', asOf: SAMPLE_LIST_AS_OF, size: 'standard' });
  const { pages, flat } = render(doc);

  it('contains no personal names at all', () => {
    for (const c of SAMPLE_LIST_CASES) {
      expect(flat, c.name).not.toContain(squash(c.name));
      // Each part too, but 架空 (a family name here) is also in the fictional district names.
      for (const part of c.name.split(/\s+/).filter((p) => p !== '架空')) expect(flat, part).not.toContain(part);
    }
    for (const s of [SAMPLE_PERSON.address, SAMPLE_OVERRIDE_PERSON.address, '𠮷', '髙', '濵']) expect(flat).not.toContain(squash(s));
    expect(rows.map((r) => r.label)).toEqual(SAMPLE_LIST_CASES.map((_, i) => `ケース${i + 1}`));
    expect(referralListLabel('架空 花子', 0)).toBe('ケース1');
  });

  it('sorts stalled first, then by days; shows the counts, limits and marks', () => {
    const sorted = sortReferralRows(rows);
    const stalled = rows.filter((r) => r.stalled);
    expect(stalled.length).toBeGreaterThanOrEqual(2);
    expect(stalled.length).toBeLessThan(rows.length);
    expect(sorted.slice(0, stalled.length).every((r) => r.stalled)).toBe(true);
    for (const part of [sorted.slice(0, stalled.length), sorted.slice(stalled.length)]) {
      expect(part.every((r, i) => i === 0 || (part[i - 1]?.daysInStatus ?? 0) >= r.daysInStatus)).toBe(true);
    }
    // Table order in the PDF: each label followed by its district (ケース1 is a prefix of no other label here).
    expect(
      inOrder(
        flat,
        sorted.map((r) => `${r.label}${r.districtName}`),
      ),
    ).toBe(true);
    expect(flat).toContain(`継続中${rows.length}件、うち停滞${stalled.length}件`);
    expect((flat.match(/●/g) ?? []).length).toBe(stalled.length + 1); // +1: the legend
    for (const s of ['ケース地区段階段階の日数停滞緊急度想定類型次の対応', '149日基準120日', '氏名・住所・心身の状態'])
      expect(flat).toContain(s);
    expect(pages.every((p) => p.includes('取扱注意'))).toBe(true);
    expect(doc.personal).toBe(true);
  });

  it('counts ended cases apart and prints an empty list plainly', () => {
    const ended: ReferralListRow = {
      label: 'ケース9',
      districtName: '架空第一地区',
      status: 'closed',
      daysInStatus: 3,
      limit: 0,
      stalled: false,
      urgency: '低',
      expectedType: '後見',
    };
    const more = render(referralListDocument([...rows, ended], { districtName: '', asOf: SAMPLE_LIST_AS_OF, size: 'large' }));
    expect(more.flat).toContain(`継続中${rows.length}件、うち停滞${rows.filter((r) => r.stalled).length}件（ほかに終了1件）`);
    const none = render(referralListDocument([], { districtName: '架空第一地区', asOf: SAMPLE_LIST_AS_OF, size: 'standard' }));
    expect(none.flat).toContain('継続中0件、うち停滞0件');
    expect(none.flat).toContain('対象のケースはありません。');
    expect(none.flat).not.toContain('次の対応');
  });
});

describe('referral samples', () => {
  it('render with the real engine', () => {
    expect(referralSamples.map((s) => s.fileName)).toEqual([
      'person-sheet.pdf',
      'person-sheet-blank-large.pdf',
      'referral-handover.pdf',
      'referral-handover-override.pdf',
      'referral-list.pdf',
    ]);
    for (const s of referralSamples) {
      const doc = s.build();
      expect(doc.personal).toBe(true);
      expect(renderPdf(doc, fonts).byteLength).toBeLessThan(300 * 1024);
    }
  });
});
