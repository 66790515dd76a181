import { describe, expect, it } from 'vitest';
import { FontSet } from './fonts';
import { findMissingGlyphs, isPrintError } from './missing';
import type { PrintDocument } from './model';
import { recoverySheet } from './recoverySheet';
import { countPages, renderPdf } from './render';
import { engineShowcase, filledRecord } from './showcase';
import { nodeFonts, pdfFonts, pdfPageCount, pdfText } from './testing/nodeFonts';

const fonts = new FontSet(nodeFonts());
const STANDARD_14 = /Helvetica|Times|Courier|Symbol|ZapfDingbats/i;

function doc(blocks: PrintDocument['blocks'], extra: Partial<PrintDocument> = {}): PrintDocument {
  return { title: '試験文書', personal: false, size: 'standard', blocks, ...extra };
}

describe('renderPdf: fonts', () => {
  it('draws 𠮷 with Noto Sans JP, everything else with BIZ UDGothic, all embedded subsets, no standard 14 fonts', () => {
    const bytes = renderPdf(doc([{ kind: 'field', label: '氏名', value: '𠮷田 花子' }]), fonts);
    const list = pdfFonts(bytes);
    expect(list.map((f) => f.name.split('+')[1]).sort()).toEqual(['BIZUDGothic-Bold', 'BIZUDGothic-Regular', 'NotoSansJP-Regular']);
    for (const f of list) {
      expect(f.embedded).toBe(true);
      expect(f.subset).toBe(true);
      expect(f.name).not.toMatch(STANDARD_14);
    }
    expect(pdfText(bytes)[0]).toContain('𠮷田 花子');
  });
  it('a document without 𠮷 does not embed the fallback face', () => {
    const list = pdfFonts(renderPdf(doc([{ kind: 'paragraph', text: '吉田さん' }]), fonts));
    expect(list.map((f) => f.name)).not.toContainEqual(expect.stringContaining('Noto'));
    expect(list.map((f) => f.name)).not.toContainEqual(expect.stringMatching(STANDARD_14));
  });
});

describe('missing glyphs', () => {
  const bad = doc([
    { kind: 'paragraph', text: 'ふつうの文' },
    { kind: 'checkboxes', options: ['はい😀', 'いいえ'] },
    { kind: 'table', columns: [{ header: '名前' }], rows: [['😀と\u{2A6D6}']] },
  ]);
  it('lists each character with where it occurs', () => {
    const missing = findMissingGlyphs(bad, fonts);
    expect(missing.find((m) => m.codePoint === 'U+1F600')?.locations).toEqual(['blocks[1].options[0]', 'blocks[2].rows[0][0]']);
    expect(findMissingGlyphs(doc([{ kind: 'paragraph', text: '𠮷田' }]), fonts)).toEqual([]);
  });
  it('renderPdf refuses to print and throws a typed error (never an empty box)', () => {
    let caught: unknown;
    try {
      renderPdf(bad, fonts);
    } catch (e) {
      caught = e;
    }
    expect(isPrintError(caught)).toBe(true);
    if (isPrintError(caught)) {
      expect(caught.code).toBe('MissingGlyphs');
      expect(caught.missing.map((m) => m.char)).toContain('😀');
    }
  });
});

describe('layout', () => {
  it('prints headings, labels, values and options in order, with header, 取扱注意 and page x / y', () => {
    const bytes = renderPdf(
      doc(
        [
          { kind: 'heading', level: 1, text: '自分のこと' },
          { kind: 'field', label: '氏名', value: '鶴見 太郎' },
          { kind: 'checkboxes', label: '血液型', options: ['A型', 'B型'], checked: ['B型'] },
          { kind: 'note', title: '注意', text: '暗証番号やパスワードは書かないでください。' },
        ],
        { personal: true, entryDateLine: true },
      ),
      fonts,
    );
    const [page] = pdfText(bytes);
    const order = [
      '取扱注意',
      '試験文書',
      '記入日',
      '自分のこと',
      '氏名',
      '鶴見 太郎',
      '血液型',
      'A型',
      'B型',
      '注意',
      '暗証番号',
      '1 / 1',
    ];
    let at = -1;
    for (const s of order) {
      const next = page?.indexOf(s, at + 1) ?? -1;
      expect(next, `${s} after position ${at} in ${page}`).toBeGreaterThan(at);
      at = next;
    }
  });
  it('omits 取扱注意 when the document is not personal', () => {
    expect(pdfText(renderPdf(doc([{ kind: 'paragraph', text: '公開資料' }]), fonts))[0]).not.toContain('取扱注意');
  });
  it('numbers every page of a long document and repeats the table header after a break', () => {
    const bytes = renderPdf(doc([{ kind: 'table', columns: [{ header: '年代' }, { header: '出来事', width: 4 }], blankRows: 40 }]), fonts);
    const pages = pdfText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p, i) => {
      expect(p).toContain(`${i + 1} / ${pages.length}`);
      expect(p).toContain('出来事');
    });
  });
  it('never leaves a heading or a label alone at the bottom of a page', () => {
    const filler = Array.from({ length: 27 }, () => ({ kind: 'field' as const, label: '項目' }));
    const bytes = renderPdf(
      doc([...filler, { kind: 'heading', level: 2, text: '次の章' }, { kind: 'lines', label: '自由記述', count: 6 }]),
      fonts,
    );
    const pages = pdfText(bytes);
    const headingPage = pages.findIndex((p) => p.includes('次の章'));
    expect(pages[headingPage]).toContain('自由記述');
  });
  it('a one-line paragraph stays where it is when the block after it moves to the next page', () => {
    const bytes = renderPdf(
      doc([
        { kind: 'spacer', height: 200 },
        { kind: 'paragraph', text: '一行だけの段落' },
        { kind: 'box', label: '枠', height: 60 },
      ]),
      fonts,
    );
    const pages = pdfText(bytes);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('一行だけの段落');
    expect(pages[1]).toContain('枠');
  });
  it('large print lays out the same content on more pages', () => {
    const std = countPages(engineShowcase('standard'), fonts);
    const large = countPages(engineShowcase('large'), fonts);
    expect(large).toBeGreaterThan(std);
  });
});

describe('documents and budgets', () => {
  it('the blank showcase form is under 200 KB', () => {
    const bytes = renderPdf(engineShowcase('standard'), fonts);
    expect(pdfPageCount(bytes)).toBeGreaterThan(1);
    expect(bytes.length).toBeLessThan(200 * 1024);
  });
  it('the filled 20-page document is 20 pages, under 400 KB, with each chapter on its own page', () => {
    const bytes = renderPdf(filledRecord(), fonts);
    expect(bytes.length).toBeLessThan(400 * 1024);
    const pages = pdfText(bytes);
    expect(pages).toHaveLength(20);
    pages.forEach((p, i) => expect(p).toContain(`第${i + 1}回 支援記録`));
  });
  it('the recovery sheet shows the key, the warning and where to keep it', () => {
    const key = '7K2M-Q9XD-4H3B-ZC8N-W5RT-1FVE-6JAP-K0SY';
    const bytes = renderPdf(recoverySheet(key), fonts);
    const [text = ''] = pdfText(bytes);
    expect(text).toContain('回復キーの控え');
    expect(text).toContain('取扱注意');
    expect(text).toContain('7K2M-Q9XD-4H3B-ZC8N');
    expect(text).toContain('W5RT-1FVE-6JAP-K0SY');
    expect(text.replace(/\s/g, '')).toContain('だれにも記録を取り戻せません');
    expect(text).toContain('保管');
  });
  it('is reproducible with a fixed creation date', () => {
    const d = new Date('2025-04-01T00:00:00Z');
    expect(renderPdf(recoverySheet('AAAA-BBBB'), fonts, { creationDate: d })).toEqual(
      renderPdf(recoverySheet('AAAA-BBBB'), fonts, { creationDate: d }),
    );
  });
});
