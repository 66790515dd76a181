import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../persons/person';
import { FontSet } from '../print/fonts';
import { renderPdf } from '../print/render';
import { nodeFonts, pdfText, savePdf } from '../print/testing/nodeFonts';
import type { ReachInput, ReachPerson } from './reach';
import { visitLines, visitListDocument } from './visitList';

const fonts = new FontSet(nodeFonts());
const registered = Date.parse('2026-01-05T03:00:00Z');
function person(id: string, districtId: string, patch: Partial<ReachPerson> = {}): ReachPerson {
  return { ...emptyPerson(districtId), id, createdAt: registered, deletedAt: 0, ...patch };
}
const NAMES: Record<string, { name: string; address: string; phone: string; note: string }> = {
  late: { name: '鶴見 花子', address: '鶴見区潮田町1-2-3（架空）', phone: '045-000-0001', note: '長女と疎遠' },
  soon: { name: '潮田 一郎', address: '鶴見区本町通4-5（架空）', phone: '045-000-0002', note: '通院中' },
  later: { name: '生麦 次郎', address: '鶴見区生麦1-1（架空）', phone: '', note: '' },
  fu: { name: '寺尾 三子', address: '鶴見区東寺尾2-2（架空）', phone: '', note: '' },
};

describe('訪問予定リスト', () => {
  // 1 April: the week runs over the fiscal-year edge into April.
  const today = '2027-03-31';
  const input: ReachInput = {
    today,
    persons: [
      person('late', 'd01'),
      person('soon', 'd02', { household: '独居' }),
      person('later', 'd01'),
      person('fu', 'd02', { status: '支援終了' }),
      person('trashed', 'd01', { deletedAt: 9 }),
    ],
    lastContact: new Map([
      ['late', '2027-02-20'], // due 2027-03-22: 9 days over
      ['soon', '2027-03-24'], // 独居: due 2027-04-07, in 7 days
      ['later', '2027-03-09'], // due 2027-04-08: 8 days ahead, not on the list
      ['trashed', '2020-01-01'],
    ]),
    actions: [
      { id: 'fu-c1', status: 'open', due: '2027-04-02', districtId: 'd02', personId: 'fu' },
      { id: 'a2', status: 'open', due: '2027-04-01', districtId: 'd01', personId: 'later' },
    ],
    referrals: [],
    meetings: [],
  };

  it('the overdue and those due within 7 days, earliest first; a follow-up puts a person on it too', () => {
    expect(visitLines(input).map((l) => [l.personId, l.dueDate])).toEqual([
      ['late', '2027-03-22'],
      ['fu', '2027-04-02'],
      ['soon', '2027-04-07'],
    ]);
  });

  it('prints names and addresses by district, 取扱注意 on the page, nothing else about the persons', () => {
    const doc = visitListDocument(visitLines(input), {
      today,
      size: 'standard',
      districts: [
        { id: 'd01', name: '潮田' },
        { id: 'd02', name: '本町通' },
      ],
      person: (id) => NAMES[id],
      printedBy: 'デモ 利用者',
    });
    expect(doc.personal).toBe(true);
    const pdf = renderPdf(doc, fonts);
    savePdf(pdf, 'visit-list');
    const pages = pdfText(pdf, true);
    expect(pages).toHaveLength(1);
    const text = pages[0] ?? '';
    expect(text).toContain('訪問予定リスト（令和9年3月31日〜令和9年4月7日）');
    expect(text).toContain('取扱注意');
    expect(text).toContain('3人');
    expect(text).toMatch(/鶴見 花子\s+鶴見区潮田町1-2-3（架空）\s+9日超過/);
    expect(text).toMatch(/寺尾 三子\s+鶴見区東寺尾2-2（架空）\s+2日後/);
    expect(text).toMatch(/潮田 一郎\s+鶴見区本町通4-5（架空）\s+7日後/);
    // districts in the settings' order: 潮田's table (鶴見 花子) before 本町通's (寺尾 三子, 潮田 一郎)
    expect(text.indexOf('鶴見 花子')).toBeLessThan(text.indexOf('寺尾 三子'));
    expect(text.indexOf('寺尾 三子')).toBeLessThan(text.indexOf('潮田 一郎'));
    for (const hidden of ['生麦 次郎', '045-000-0001', '長女と疎遠', '通院中']) expect(text).not.toContain(hidden);
  });

  it('says so when nobody is due', () => {
    const doc = visitListDocument([], { today, size: 'large', districts: [], person: () => undefined, printedBy: 'x' });
    expect(pdfText(renderPdf(doc, fonts))[0]).toContain('この期間に訪問が必要な人はいません。');
  });
});
