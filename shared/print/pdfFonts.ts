// Embeds subset fonts into a jsPDF document as Type0/CIDFontType2 with CID = subset glyph id
// and a ToUnicode map that covers characters outside the BMP (jsPDF's own Identity-H path
// works on UTF-16 code units, so it can neither draw nor extract U+20BB7 𠮷).
import type { jsPDF } from 'jspdf';
import type { FontFace } from './fonts';
import { withEmptyCmap, type SubsetFont } from './subset';

interface PutFontArgs {
  font: { id: string; isAlreadyPutted?: boolean; objectNumber?: number };
  out: (s: string) => void;
  newObject: () => number;
  putStream: (o: { data: string; addLength1?: boolean; objectId: number }) => void;
}

interface JsPdfFontEntry {
  id: string;
  metadata: unknown;
}

export function toBinaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function subsetTag(subset: SubsetFont): string {
  let h = 0x811c9dc5;
  for (const g of subset.glyphMap.keys()) h = Math.imul(h ^ g, 0x01000193) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) + i * 7;
  }
  return tag;
}

function utf16Hex(text: number | string): string {
  const s = typeof text === 'number' ? String.fromCodePoint(text) : text;
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0');
  return hex;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0');

/**
 * CID → Unicode: a code point, or a string of them (葛 + U+E0100, a base and its mark). Runs of
 * consecutive CIDs for consecutive characters (the subset numbers glyphs in character order) are
 * written as one bfrange; a range stays within one last byte of both the CID and the UTF-16 code,
 * as the CMap format requires.
 */
export function toUnicodeCMap(cidToText: ReadonlyMap<number, number | string>): string {
  const single = (t: number | string): number => {
    if (typeof t === 'number') return t;
    const cp = t.codePointAt(0) ?? 0;
    return t.length === String.fromCodePoint(cp).length ? cp : -1;
  };
  const entries = [...cidToText].sort((a, b) => a[0] - b[0]);
  const ranges: [number, number, number][] = [];
  const singles: [number, number | string][] = [];
  for (let i = 0; i < entries.length;) {
    const [cid, text] = entries[i] ?? [0, 0];
    const cp = single(text);
    let j = i + 1;
    if (cp >= 0 && cp < 0x10000) {
      while (j < entries.length) {
        const [c, t] = entries[j] ?? [0, 0];
        const p = single(t);
        if (c !== cid + (j - i) || p !== cp + (j - i) || c >> 8 !== cid >> 8 || p >> 8 !== cp >> 8) break;
        j++;
      }
    }
    if (j - i > 1) ranges.push([cid, cid + (j - i) - 1, cp]);
    else singles.push([cid, text]);
    i = j;
  }
  let s =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    s += `${part.length} beginbfrange\n${part.map(([a, b, cp]) => `<${hex4(a)}> <${hex4(b)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfrange\n`;
  }
  for (let i = 0; i < singles.length; i += 100) {
    const part = singles.slice(i, i + 100);
    s += `${part.length} beginbfchar\n${part.map(([cid, cp]) => `<${hex4(cid)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar\n`;
  }
  return s + 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
}

/**
 * /DW and /W of a CIDFont: the most common width is the default, and only CIDs of another width
 * are listed, consecutive ones in one array (`c [w1 w2 …]`).
 */
export function cidWidths(widths: readonly number[]): { dw: number; w: string } {
  const count = new Map<number, number>();
  for (let cid = 1; cid < widths.length; cid++) count.set(widths[cid] ?? 0, (count.get(widths[cid] ?? 0) ?? 0) + 1);
  const dw = [...count].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 1000;
  const parts: string[] = [];
  for (let cid = 1; cid < widths.length;) {
    if (widths[cid] === dw) {
      cid++;
      continue;
    }
    const run: number[] = [];
    const start = cid;
    while (cid < widths.length && widths[cid] !== dw) run.push(widths[cid++] ?? 0);
    parts.push(`${start} [${run.join(' ')}]`);
  }
  return { dw, w: parts.join(' ') };
}

export interface EmbeddedFont {
  /** jsPDF resource name, e.g. "F15". */
  readonly resource: string;
  readonly subset: SubsetFont;
}

/**
 * Registers a subset font with jsPDF (so it appears in the page resources, and only when
 * used) and writes its PDF objects ourselves when jsPDF serialises fonts.
 */
export function embedFont(doc: jsPDF, face: FontFace, subset: SubsetFont): EmbeddedFont {
  const name = `${subsetTag(subset)}+${face.metrics.postScriptName}`;
  const file = `${face.key}.ttf`;
  doc.addFileToVFS(file, toBinaryString(withEmptyCmap(subset.bytes)));
  const resource = doc.addFont(file, face.key, 'normal', 'Identity-H');
  const api = doc as unknown as { getFont(name: string, style: string): JsPdfFontEntry };
  // A plain metadata object makes jsPDF's own Identity-H writer skip this font.
  api.getFont(face.key, 'normal').metadata = { Unicode: { widths: [], encoding: {}, kerning: {} } };
  // jsPDF marks a font as used only when text() draws with it; a line with no characters draws nothing.
  doc.setFont(face.key, 'normal');
  doc.text([''], 0, 0);

  const cidToText = new Map<number, string>();
  for (const [text, cid] of subset.cids) cidToText.set(cid, text);
  const em = face.metrics.unitsPerEm;
  const scale = (v: number): number => Math.round((v * 1000) / em);
  const widths = cidWidths(subset.widths);
  doc.internal.events.subscribe('putFont', (args: PutFontArgs) => {
    if (args.font.id !== resource) return;
    const { out, newObject, putStream } = args;
    const fontFile = newObject();
    putStream({ data: toBinaryString(subset.bytes), addLength1: true, objectId: fontFile });
    out('endobj');
    const cmap = newObject();
    putStream({ data: toUnicodeCMap(cidToText), objectId: cmap });
    out('endobj');
    const descriptor = newObject();
    const [x0, y0, x1, y1] = face.metrics.bbox;
    out(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${scale(x0)} ${scale(y0)} ${scale(x1)} ${scale(y1)}] /ItalicAngle 0 /Ascent ${scale(face.metrics.ascender)} /Descent ${scale(face.metrics.descender)} /CapHeight ${scale(face.metrics.capHeight)} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
    );
    out('endobj');
    const descendant = newObject();
    out(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW ${widths.dw}${widths.w ? ` /W [${widths.w}]` : ''} /CIDToGIDMap /Identity >>`,
    );
    out('endobj');
    args.font.objectNumber = newObject();
    out(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${cmap} 0 R >>`,
    );
    out('endobj');
    args.font.isAlreadyPutted = true;
  });
  return { resource, subset };
}
