import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatAnatomy, pdfAnatomy } from './lib/pdf-anatomy.mjs';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array): string => String.fromCharCode(...b);

/** A classic PDF from object bodies (1-based), with a correct xref table. */
function classicPdf(objects: string[]): Uint8Array {
  let s = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(s.length);
    s += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = s.length;
  s += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  s += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(s);
}

const stream = (dict: string, data: string, compress: boolean): string => {
  const body = compress ? text(deflateSync(latin1(data))) : data;
  return `<< ${dict} /Length ${body.length}${compress ? ' /Filter /FlateDecode' : ''} >>\nstream\n${body}\nendstream`;
};

function fontObjects(first: number, tag: string, program: string): string[] {
  // Type0, CIDFont, descriptor, program, ToUnicode at first .. first + 4
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont /${tag}+Test-Regular /Encoding /Identity-H /DescendantFonts [${first + 1} 0 R] /ToUnicode ${first + 4} 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${tag}+Test-Regular /FontDescriptor ${first + 2} 0 R /DW 1000 /W [1 [500 500 500]] >>`,
    `<< /Type /FontDescriptor /FontName /${tag}+Test-Regular /FontFile2 ${first + 3} 0 R >>`,
    stream('/Length1 100', program, true),
    stream('', 'begincmap 1 beginbfchar <0001> <3042> endbfchar endcmap', true),
  ];
}

describe('pdfAnatomy', () => {
  it('charges every byte: font program, ToUnicode, widths, font dictionaries, content, document, xref', () => {
    const content = 'BT /F1 12 Tf 0 0 Td <0001> Tj ET\n'.repeat(20);
    const pdf = classicPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      stream('', content, true),
      ...fontObjects(5, 'ABCDEF', 'x'.repeat(3000)),
    ]);
    const a = pdfAnatomy(pdf);
    expect(a.total).toBe(pdf.length);
    expect(a.parts.reduce((s, p) => s + p.fileBytes, 0)).toBe(pdf.length);
    const part = (kind: string) => a.parts.find((p) => p.kind === kind);
    expect(part('font programs')).toMatchObject({ label: 'Test-Regular', streams: 1, filteredStreams: 1 });
    expect(part('font programs')?.decodedBytes).toBeGreaterThan(3000);
    expect(part('font programs')?.fileBytes).toBeLessThan(200);
    expect(part('ToUnicode CMaps')).toMatchObject({ label: 'Test-Regular', streams: 1 });
    expect(part('widths')).toMatchObject({ label: 'Test-Regular', fileBytes: '[1 [500 500 500]]'.length });
    expect(part('font dictionaries')?.objects).toBe(3);
    expect(part('content streams')).toMatchObject({ streams: 1, filteredStreams: 1, decodedBytes: expect.any(Number) });
    expect(part('document (catalog, pages, info, metadata)')?.objects).toBe(3);
    expect(part('xref & trailer')?.fileBytes).toBeGreaterThan(100);
    expect(a.fonts).toEqual([expect.objectContaining({ name: 'Test-Regular', embeddings: 1 })]);
    expect(formatAnatomy([{ name: 'test', anatomy: a }])).toMatch(/font programs: Test-Regular/);
  });

  it('sees a font embedded twice and a stream left uncompressed', () => {
    const pdf = classicPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 10 0 R >> >> /Contents 4 0 R >>',
      stream('', 'BT /F1 12 Tf <0001> Tj /F2 12 Tf <0001> Tj ET', false),
      ...fontObjects(5, 'ABCDEF', 'x'.repeat(300)),
      ...fontObjects(10, 'GHIJKL', 'y'.repeat(300)),
    ]);
    const a = pdfAnatomy(pdf);
    expect(a.fonts).toEqual([expect.objectContaining({ name: 'Test-Regular', embeddings: 2 })]);
    expect(a.parts.find((p) => p.kind === 'font programs')?.objects).toBe(2);
    expect(a.parts.find((p) => p.kind === 'content streams')).toMatchObject({ streams: 1, filteredStreams: 0 });
  });

  it('reads objects packed in an object stream and charges them by their share', () => {
    // objects 10-12 live in object 2 (a cross-reference stream would list them; the reader scans)
    const inner = [
      '<< /Type /Catalog /Pages 11 0 R >>',
      '<< /Type /Pages /Kids [12 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 11 0 R /Contents 1 0 R >>',
    ];
    let offsets = '';
    let body = '';
    inner.forEach((o, i) => {
      offsets += `${i + 10} ${body.length} `;
      body += `${o}\n`;
    });
    const objStm = stream(`/Type /ObjStm /N 3 /First ${offsets.length}`, offsets + body, true);
    const pdf = classicPdf([stream('', '0 0 m 10 10 l S', true), objStm]);
    const a = pdfAnatomy(pdf);
    expect(a.parts.reduce((s, p) => s + p.fileBytes, 0)).toBe(pdf.length);
    expect(a.parts.find((p) => p.kind.startsWith('other'))).toBeUndefined();
    expect(a.parts.find((p) => p.kind === 'content streams')?.streams).toBe(1);
    const document = a.parts.find((p) => p.kind === 'document (catalog, pages, info, metadata)');
    expect(document?.objects).toBe(3);
    expect(document?.decodedBytes).toBe(body.length);
  });
});
