// Where the bytes of a PDF go: every byte of the file is charged to one part (a font's program,
// its ToUnicode map, its widths, content streams, images, the structure tree, xref…), with the
// size in the file and decoded. Reads classic and compressed (object-stream) files, enough for
// jsPDF's output and Chromium's page.pdf(); Node-only (node:zlib). Used by `npm run bench:print`
// and by the print size tests.
import { deflateSync, inflateSync } from 'node:zlib';

// ---------- a small PDF object reader ----------

const WS = new Set([0, 9, 10, 12, 13, 32]);
const DELIM = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

// Values: numbers, booleans, null, arrays, Dict, and tagged objects for the rest.
const isRef = (v) => typeof v === 'object' && v !== null && 'num' in v;
const isName = (v) => typeof v === 'object' && v !== null && 'name' in v;
class Dict {
  constructor() {
    this.map = new Map();
    /** key → [start, end) of the value's bytes */
    this.spans = new Map();
  }
  get(k) {
    return this.map.get(k);
  }
}

class Lexer {
  constructor(bytes, pos = 0) {
    this.b = bytes;
    this.p = pos;
  }
  skip() {
    const b = this.b;
    for (;;) {
      while (this.p < b.length && WS.has(b[this.p])) this.p++;
      if (b[this.p] === 0x25) {
        while (this.p < b.length && b[this.p] !== 10 && b[this.p] !== 13) this.p++;
      } else return;
    }
  }
  word() {
    const start = this.p;
    while (this.p < this.b.length && !WS.has(this.b[this.p]) && !DELIM.has(this.b[this.p])) this.p++;
    return latin1(this.b, start, this.p);
  }
  value() {
    this.skip();
    const b = this.b;
    const c = b[this.p];
    if (c === 0x2f) {
      this.p++;
      return { name: this.word() };
    }
    if (c === 0x3c && b[this.p + 1] === 0x3c) {
      this.p += 2;
      const d = new Dict();
      for (;;) {
        this.skip();
        if (b[this.p] === 0x3e && b[this.p + 1] === 0x3e) {
          this.p += 2;
          return d;
        }
        const key = this.value();
        if (!isName(key)) throw new Error(`dictionary key expected at ${this.p}`);
        this.skip();
        const start = this.p;
        const v = this.value();
        d.map.set(key.name, v);
        d.spans.set(key.name, [start, this.p]);
      }
    }
    if (c === 0x3c) {
      const end = b.indexOf(0x3e, this.p);
      const s = latin1(b, this.p + 1, end);
      this.p = end + 1;
      return { hex: s };
    }
    if (c === 0x28) {
      let depth = 0;
      const start = this.p;
      for (; this.p < b.length; this.p++) {
        const x = b[this.p];
        if (x === 0x5c) this.p++;
        else if (x === 0x28) depth++;
        else if (x === 0x29 && --depth === 0) break;
      }
      this.p++;
      return { string: latin1(b, start, this.p) };
    }
    if (c === 0x5b) {
      this.p++;
      const arr = [];
      for (;;) {
        this.skip();
        if (b[this.p] === 0x5d) {
          this.p++;
          return arr;
        }
        arr.push(this.value());
      }
    }
    const w = this.word();
    if (w === '') throw new Error(`unexpected byte ${c} at ${this.p}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) {
      // "n g R" is a reference
      if (/^\d+$/.test(w)) {
        const save = this.p;
        this.skip();
        const g = this.word();
        if (/^\d+$/.test(g)) {
          this.skip();
          if (this.b[this.p] === 0x52 && (this.p + 1 >= b.length || WS.has(b[this.p + 1]) || DELIM.has(b[this.p + 1]))) {
            this.p++;
            return { num: Number(w) };
          }
        }
        this.p = save;
      }
      return Number(w);
    }
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    return { keyword: w };
  }
}

function latin1(b, s, e) {
  let out = '';
  for (let i = s; i < e; i += 8192) out += String.fromCharCode(...b.subarray(i, Math.min(e, i + 8192)));
  return out;
}

function indexOfBytes(b, needle, from) {
  const n = [...needle].map((c) => c.charCodeAt(0));
  outer: for (let i = from; i <= b.length - n.length; i++) {
    for (let j = 0; j < n.length; j++) if (b[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function filtersOf(dict) {
  const f = dict.get('Filter');
  if (f === undefined) return [];
  return (Array.isArray(f) ? f : [f]).map((x) => (isName(x) ? x.name : String(x)));
}

function decode(dict, raw) {
  let data = raw;
  for (const f of filtersOf(dict)) {
    if (f === 'FlateDecode') data = new Uint8Array(inflateSync(data));
    else return undefined; // images (DCT…) and rarer filters: no decoded size
  }
  return data;
}

/**
 * Every object of the file: number, byte span in the file (for objects inside an object stream,
 * the stream that holds them), value, stream bytes (raw and decoded).
 */
function readObjects(bytes) {
  const objects = new Map();
  const spans = []; // [start, end, kind-decider]
  const re = /(\d+)\s+(\d+)\s+obj\b/g;
  const text = latin1(bytes, 0, bytes.length);
  let pos = 0;
  for (;;) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const num = Number(m[1]);
    const start = m.index;
    const lx = new Lexer(bytes, m.index + m[0].length);
    const value = lx.value();
    lx.skip();
    let raw;
    if (value instanceof Dict && latin1(bytes, lx.p, lx.p + 6) === 'stream') {
      let p = lx.p + 6;
      if (bytes[p] === 13) p++;
      if (bytes[p] === 10) p++;
      const len = value.get('Length');
      let end = typeof len === 'number' ? p + len : -1;
      const ok = end > 0 && /^\s*endstream/.test(latin1(bytes, end, Math.min(bytes.length, end + 12)));
      if (!ok) {
        end = indexOfBytes(bytes, 'endstream', p);
        while (end > p && (bytes[end - 1] === 10 || bytes[end - 1] === 13)) end--;
      }
      raw = bytes.subarray(p, end);
      end = indexOfBytes(bytes, 'endstream', end);
      lx.p = end + 9;
    }
    const endobj = indexOfBytes(bytes, 'endobj', lx.p);
    let end = endobj < 0 ? lx.p : endobj + 6;
    while (end < bytes.length && WS.has(bytes[end])) end++;
    objects.set(num, { num, value, raw, start, end, inStream: undefined });
    spans.push([start, end]);
    pos = end;
  }
  // compressed objects
  for (const o of [...objects.values()]) {
    if (!(o.value instanceof Dict) || o.value.get('Type')?.name !== 'ObjStm' || !o.raw) continue;
    const data = decode(o.value, o.raw);
    if (!data) continue;
    const n = o.value.get('N');
    const first = o.value.get('First');
    const head = new Lexer(data, 0);
    const entries = [];
    for (let i = 0; i < n; i++) entries.push([head.value(), head.value()]);
    entries.forEach(([num, off], i) => {
      const lx = new Lexer(data, first + off);
      const value = lx.value();
      const next = i + 1 < entries.length ? first + entries[i + 1][1] : data.length;
      objects.set(num, { num, value, raw: undefined, start: -1, end: -1, inStream: o.num, decodedLength: next - (first + off) });
    });
  }
  const lastSpanEnd = spans.length ? spans[spans.length - 1][1] : 0;
  const x = text.lastIndexOf('startxref');
  const xrefStart = text.indexOf('xref', lastSpanEnd);
  return { objects, spans, xref: xrefStart >= 0 && xrefStart < x ? xrefStart : x };
}

// ---------- sfnt tables of an embedded TrueType/OpenType program ----------

/** Tables of a TrueType/OpenType font program: tag, length, and for glyf the bytes of hinting instructions. */
export function sfntTables(font) {
  if (font.length < 12) return undefined;
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const version = v.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 && version !== 0x4f54544f) return undefined;
  const n = v.getUint16(4);
  const tables = [];
  for (let i = 0; i < n; i++) {
    const r = 12 + i * 16;
    const tag = String.fromCharCode(...font.subarray(r, r + 4));
    tables.push({ tag, offset: v.getUint32(r + 8), length: v.getUint32(r + 12) });
  }
  const get = (t) => tables.find((x) => x.tag === t);
  const head = get('head');
  const loca = get('loca');
  const glyf = get('glyf');
  const maxp = get('maxp');
  let glyphs = maxp ? v.getUint16(maxp.offset + 4) : undefined;
  let instructions = 0;
  if (head && loca && glyf && glyphs !== undefined) {
    const long = v.getInt16(head.offset + 50) === 1;
    const at = (g) => (long ? v.getUint32(loca.offset + g * 4) : v.getUint16(loca.offset + g * 2) * 2);
    for (let g = 0; g < glyphs; g++) {
      const s = at(g);
      if (at(g + 1) <= s) continue;
      const p = glyf.offset + s;
      const contours = v.getInt16(p);
      if (contours >= 0) instructions += v.getUint16(p + 10 + contours * 2);
      // composite glyphs' instructions are rare in CJK faces: not counted
    }
  }
  return { tables: tables.map(({ tag, length }) => ({ tag, length })), glyphs, glyphInstructions: instructions };
}

// ---------- the anatomy ----------

export const KIND_ORDER = [
  'font programs',
  'ToUnicode CMaps',
  'widths',
  'font dictionaries',
  'content streams',
  'images',
  'annotations & links',
  'structure tree (tags)',
  'document (catalog, pages, info, metadata)',
  'object streams (overhead)',
  'xref & trailer',
  'header',
  'other (between objects)',
];

const stripSubset = (name) => name.replace(/^[A-Z]{6}\+/, '');

/**
 * @param {Uint8Array} bytes a PDF file
 * @returns {import('./pdf-anatomy.d.mts').PdfAnatomy}
 */
export function pdfAnatomy(bytes) {
  const { objects, spans, xref } = readObjects(bytes);
  const kindOf = new Map(); // object number → { kind, label }
  const resolve = (v) => (isRef(v) ? objects.get(v.num)?.value : v);
  const mark = (ref, kind, label = '') => {
    if (isRef(ref) && !kindOf.has(ref.num)) kindOf.set(ref.num, { kind, label });
  };
  const dictOf = (o) => (o?.value instanceof Dict ? o.value : undefined);
  const fonts = new Map(); // label → font summary
  const widthBytes = new Map(); // object number → bytes of its /W or /Widths array
  const fontSummary = (label, subtype) => {
    let f = fonts.get(label);
    if (!f) {
      f = { name: label, subtype, embeddings: 0, glyphs: undefined, program: undefined, tables: undefined, glyphInstructions: undefined };
      fonts.set(label, f);
    }
    return f;
  };

  for (const o of objects.values()) {
    const d = dictOf(o);
    if (!d) continue;
    const type = d.get('Type')?.name;
    const subtype = d.get('Subtype')?.name;
    if (type === 'Font' && (subtype === 'Type0' || !d.get('DescendantFonts'))) {
      if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue; // reached through its Type0
      const label = stripSubset(d.get('BaseFont')?.name ?? `font ${o.num}`);
      const summary = fontSummary(label, subtype);
      summary.embeddings++;
      kindOf.set(o.num, { kind: 'font dictionaries', label });
      mark(d.get('ToUnicode'), 'ToUnicode CMaps', label);
      const parts = [d];
      for (const ref of resolve(d.get('DescendantFonts')) ?? []) {
        mark(ref, 'font dictionaries', label);
        const cid = resolve(ref);
        if (cid instanceof Dict) {
          parts.push(cid);
          summary.subtype = `${subtype}/${cid.get('Subtype')?.name}`;
          const span = cid.spans.get('W');
          if (span && isRef(ref)) widthBytes.set(ref.num, span[1] - span[0]);
          mark(cid.get('W'), 'widths', label);
          mark(cid.get('CIDToGIDMap'), 'font dictionaries', label);
          mark(cid.get('CIDSet'), 'font dictionaries', label);
        }
      }
      if (d.spans.get('Widths')) widthBytes.set(o.num, d.spans.get('Widths')[1] - d.spans.get('Widths')[0]);
      mark(d.get('Widths'), 'widths', label);
      for (const p of parts) {
        const fdRef = p.get('FontDescriptor');
        mark(fdRef, 'font dictionaries', label);
        const fd = resolve(fdRef);
        if (!(fd instanceof Dict)) continue;
        mark(fd.get('CIDSet'), 'font dictionaries', label);
        for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
          const ref = fd.get(key);
          if (!isRef(ref)) continue;
          mark(ref, 'font programs', label);
          const prog = objects.get(ref.num);
          const data = prog?.raw && decode(prog.value, prog.raw);
          if (data) {
            const t = sfntTables(data);
            if (t) {
              summary.glyphs = (summary.glyphs ?? 0) + (t.glyphs ?? 0);
              summary.tables = t.tables;
              summary.glyphInstructions = t.glyphInstructions;
              summary.tableShare = tableShares(data, t.tables, prog.raw.length);
            }
          }
        }
      }
    } else if (type === 'Page') {
      const c = d.get('Contents');
      for (const ref of Array.isArray(c) ? c : [c]) mark(ref, 'content streams');
      const contentsArray = resolve(c);
      if (isRef(c) && Array.isArray(contentsArray)) for (const ref of contentsArray) mark(ref, 'content streams');
      for (const a of resolve(d.get('Annots')) ?? []) mark(a, 'annotations & links');
    } else if (subtype === 'Image') kindOf.set(o.num, { kind: 'images' });
    else if (subtype === 'Form') kindOf.set(o.num, { kind: 'content streams' });
    else if (type === 'StructTreeRoot') {
      // everything reached from the structure tree that is not a page or content of its own
      const stack = [o.value];
      const seen = new Set([o.num]);
      kindOf.set(o.num, { kind: 'structure tree (tags)' });
      while (stack.length) {
        const v = stack.pop();
        const kids =
          v instanceof Dict
            ? [...v.map.entries()].filter(([k]) => k !== 'Pg' && k !== 'P' && k !== 'Obj' && k !== 'Stm').map((e) => e[1])
            : Array.isArray(v)
              ? v
              : [];
        for (const k of kids) {
          if (isRef(k)) {
            if (seen.has(k.num)) continue;
            seen.add(k.num);
            const t = dictOf(objects.get(k.num))?.get('Type')?.name;
            if (t === 'Page' || t === 'Pages' || t === 'Annot') continue;
            if (!kindOf.has(k.num)) kindOf.set(k.num, { kind: 'structure tree (tags)' });
            stack.push(objects.get(k.num)?.value);
          } else if (k instanceof Dict || Array.isArray(k)) stack.push(k);
        }
      }
    }
  }
  for (const o of objects.values()) {
    if (kindOf.has(o.num)) continue;
    const d = dictOf(o);
    const type = d?.get('Type')?.name;
    if (type === 'XRef') kindOf.set(o.num, { kind: 'xref & trailer' });
    else if (type === 'ObjStm') kindOf.set(o.num, { kind: 'object streams (overhead)' });
    else if (type === 'Annot') kindOf.set(o.num, { kind: 'annotations & links' });
    else if (type === 'FontDescriptor') kindOf.set(o.num, { kind: 'font dictionaries', label: stripSubset(d.get('FontName')?.name ?? '') });
    else kindOf.set(o.num, { kind: 'document (catalog, pages, info, metadata)' });
  }

  const rows = new Map();
  const charge = (kind, label, fileBytes, decodedBytes, stream, filtered) => {
    const key = `${kind}\u0000${label ?? ''}`;
    let r = rows.get(key);
    if (!r) {
      r = { kind, label: label ?? '', objects: 0, streams: 0, filteredStreams: 0, fileBytes: 0, decodedBytes: 0 };
      rows.set(key, r);
    }
    r.objects++;
    r.fileBytes += fileBytes;
    r.decodedBytes += decodedBytes;
    if (stream) {
      r.streams++;
      if (filtered) r.filteredStreams++;
    }
  };

  // objects held in object streams: the stream's file bytes are shared by decoded length
  const packed = new Map();
  for (const o of objects.values()) if (o.inStream !== undefined) packed.set(o.inStream, [...(packed.get(o.inStream) ?? []), o]);
  for (const o of objects.values()) {
    const k = kindOf.get(o.num);
    if (o.inStream !== undefined) continue;
    const fileBytes = o.end - o.start;
    const members = packed.get(o.num);
    if (members) {
      const total = members.reduce((s, m) => s + m.decodedLength, 0) || 1;
      let left = fileBytes;
      for (const m of members) {
        const share = Math.round((fileBytes * m.decodedLength) / total);
        left -= share;
        const mk = kindOf.get(m.num);
        chargeObject(mk, m.num, share, m.decodedLength, false, false);
      }
      charge('object streams (overhead)', '', left, 0, true, true);
      continue;
    }
    const decoded = o.raw ? decode(o.value, o.raw) : undefined;
    const decodedBytes = o.raw ? fileBytes - o.raw.length + (decoded?.length ?? o.raw.length) : fileBytes;
    chargeObject(k, o.num, fileBytes, decodedBytes, !!o.raw, o.raw ? filtersOf(o.value).length > 0 : false);
  }
  function chargeObject(k, num, fileBytes, decodedBytes, stream, filtered) {
    const w = widthBytes.get(num);
    if (w) {
      charge('widths', k.label, w, w, false, false);
      charge(k.kind, k.label, fileBytes - w, decodedBytes - w, stream, filtered);
    } else charge(k.kind, k.label, fileBytes, decodedBytes, stream, filtered);
  }
  const firstObj = spans.length ? spans[0][0] : bytes.length;
  charge('header', '', firstObj, firstObj, false, false);
  const tailStart = xref >= 0 ? xref : bytes.length;
  charge('xref & trailer', '', bytes.length - tailStart, bytes.length - tailStart, false, false);
  const counted = [...rows.values()].reduce((s, r) => s + r.fileBytes, 0);
  if (counted !== bytes.length) charge('other (between objects)', '', bytes.length - counted, bytes.length - counted, false, false);
  for (const r of rows.values()) if (r.kind === 'header' || r.kind === 'xref & trailer' || r.kind.startsWith('other')) r.objects = 0;

  const order = KIND_ORDER;
  const parts = [...rows.values()]
    .filter((r) => r.fileBytes !== 0 || r.objects !== 0)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.label.localeCompare(b.label));
  return { total: bytes.length, parts, fonts: [...fonts.values()] };
}

/** Each table's share of the program's compressed bytes, in proportion to how well it compresses alone. */
function tableShares(font, tables, compressedLength) {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const n = v.getUint16(4);
  const alone = [];
  for (let i = 0; i < n; i++) {
    const r = 12 + i * 16;
    const off = v.getUint32(r + 8);
    const len = v.getUint32(r + 12);
    alone.push(deflateSync(font.subarray(off, off + len)).length);
  }
  const sum = alone.reduce((s, x) => s + x, 0) || 1;
  return tables.map((t, i) => ({ tag: t.tag, length: t.length, compressedShare: Math.round((compressedLength * alone[i]) / sum) }));
}

// ---------- printing ----------

const kb = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);

/**
 * A side-by-side table of several PDFs' anatomies (e.g. ours and Chromium's): one row per part,
 * each cell "size in the file (decoded size) compressed/streams", then each font program's
 * largest sfnt tables (their estimated share of the compressed program).
 * @param {{ name: string, anatomy: import('./pdf-anatomy.d.mts').PdfAnatomy }[]} columns
 */
export function formatAnatomy(columns) {
  const keyOf = (p) => (p.label ? `${p.kind}: ${p.label}` : p.kind);
  const rank = (k) => KIND_ORDER.findIndex((kind) => k === kind || k.startsWith(`${kind}:`));
  const keys = [...new Set(columns.flatMap((c) => c.anatomy.parts.map(keyOf)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const cell = (p) => {
    if (!p) return '—';
    const dec = p.decodedBytes !== p.fileBytes ? ` (${kb(p.decodedBytes)})` : '';
    const streams = p.streams ? ` ${p.filteredStreams}/${p.streams}z` : '';
    return `${kb(p.fileBytes)}${dec}${streams}`;
  };
  const width = Math.max(24, ...keys.map((k) => k.length + 1));
  const colW = Math.max(26, ...columns.map((c) => c.name.length + 2));
  const row = (label, cells) => `  ${label.padEnd(width)}${cells.map((x) => x.padStart(colW)).join('')}`;
  const lines = [
    row(
      'part',
      columns.map((c) => c.name),
    ),
  ];
  for (const k of keys)
    lines.push(
      row(
        k,
        columns.map((c) => cell(c.anatomy.parts.find((p) => keyOf(p) === k))),
      ),
    );
  lines.push(
    row(
      'total',
      columns.map((c) => kb(c.anatomy.total)),
    ),
  );
  for (const c of columns) {
    for (const f of c.anatomy.fonts) {
      if (!f.tableShare) continue;
      const tables = f.tableShare
        .filter((t) => t.compressedShare >= 100)
        .sort((a, b) => b.compressedShare - a.compressedShare)
        .map((t) => `${t.tag.trim()} ${kb(t.compressedShare)}`)
        .join(', ');
      lines.push(
        `  ${c.name} · ${f.name}: embedded ${f.embeddings}×, ${f.glyphs} glyph slots, hinting instructions in glyf ${kb(f.glyphInstructions ?? 0)} decoded; tables ≈ ${tables}`,
      );
    }
  }
  lines.push('  (size in the file, decoded size in brackets; n/m z = n of m streams compressed)');
  return lines.join('\n');
}
