// Equivalent HTML of a print-engine document (same fonts, same content), for Chromium's own
// page.pdf(): the peer our PDFs are compared with in `npm run bench` and `npm run bench:print`.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './print-engine.mjs';

const escText = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** A string, or rich text (runs with ruby groups {base, ruby}) as <ruby>. */
const esc = (t) =>
  typeof t === 'string'
    ? escText(t)
    : t.map((r) => (typeof r === 'string' ? escText(r) : `<ruby>${escText(r.base)}<rt>${escText(r.ruby)}</rt></ruby>`)).join('');
const plain = (t) => (typeof t === 'string' ? t : t.map((r) => (typeof r === 'string' ? r : r.base)).join(''));
/** A block's label in bold with its hint, small, under it (as the engine prints them). */
const caption = (b) => `${b.label ? `<p><b>${esc(b.label)}</b>${b.hint ? `<br><small>${esc(b.hint)}</small>` : ''}</p>` : ''}`;
const lines = (n) => '<div class="wl"></div>'.repeat(n);
function blockHtml(b) {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'field':
      return `<div class="field"><b>${esc(b.label)}</b><div>${b.value ? esc(b.value) : lines(b.lines ?? 1)}</div></div>`;
    case 'lines':
      return `${caption(b)}${lines(b.count)}`;
    case 'box':
      return `${caption(b)}<div class="box" style="height:${b.height}mm"></div>`;
    case 'checkboxes':
      return `${caption(b)}<p>${b.options.map((o) => `<span class="cb">${(b.checked ?? []).includes(plain(o)) ? '☑' : '☐'} ${esc(o)}</span>`).join('')}</p>`;
    case 'table':
      return `${caption(b)}<table><thead><tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead><tbody>${[...(b.rows ?? []).map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`), ...Array.from({ length: b.blankRows ?? 0 }, () => `<tr>${b.columns.map(() => '<td class="blank"></td>').join('')}</tr>`)].join('')}</tbody></table>`;
    case 'signature':
      return (
        (b.labels ?? ['氏名']).map((l) => `<div class="field"><b>${esc(l)}</b><div>${lines(1)}</div></div>`).join('') +
        (b.date ? '<p>日付　　年　　月　　日</p>' : '')
      );
    case 'note':
      return `<div class="note">${b.title ? `<b>${esc(b.title)}</b><br>` : ''}${esc(b.text)}</div>`;
    case 'code':
      return `<div class="box code">${esc(b.text)}</div>`;
    case 'pageBreak':
      return '<div style="break-after:page"></div>';
    case 'group':
      return b.blocks.map(blockHtml).join('');
    default:
      return '';
  }
}
// The body size and the writing-line pitch of 標準 and 大きな文字 (shared/print/theme.ts).
const THEME = { standard: { body: 10.5, lines: 9 }, large: { body: 14, lines: 12.5 } };
export function toHtml(doc) {
  const theme = THEME[doc.size] ?? THEME.standard;
  const face = (name, file, weight) =>
    `@font-face{font-family:${name};src:url("${pathToFileURL(join(root, 'node_modules/@expo-google-fonts', file)).href}");font-weight:${weight}}`;
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>${esc(doc.title)}</title><style>
${face('BIZ', 'biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf', 400)}${face('BIZ', 'biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf', 700)}
${face('Noto', 'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 400)}${face('Noto', 'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', 700)}
@page{size:A4;margin:22mm 15mm 20mm 25mm}body{font:${theme.body}pt/1.6 BIZ,Noto;line-break:strict}
.field{display:flex;gap:3mm;break-inside:avoid}.field>b{width:48mm;flex:none}.field>div{flex:1}
.wl{height:${theme.lines}mm;border-bottom:0.25mm solid #000}.box{border:0.25mm solid #000;break-inside:avoid}.code{font-size:22pt;text-align:center;white-space:pre}
.cb{margin-right:7mm}table{width:100%;border-collapse:collapse}th,td{border:0.25mm solid #000;padding:1.5mm}th{background:#e6e6e6}td.blank{height:${theme.lines}mm}
.note{border:0.5mm solid #000;background:#eee;padding:3mm;break-inside:avoid}h1,h2,h3{break-after:avoid}</style>
<body>${doc.blocks.map(blockHtml).join('\n')}</body></html>`;
}
