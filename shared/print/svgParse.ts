// A strict reader for the XML that SVG renderers write (Apache ECharts' SVG renderer above all):
// elements, attributes, character data, CDATA, comments and the XML declaration. No DTDs, no
// processing instructions besides the declaration, no namespaces beyond keeping the prefixed name.
// Why not a library: the renderer has DOMParser but the print engine also runs under Node (unit
// tests, samples), the project has no XML parser as a dependency, and this subset is small enough
// to read strictly here; anything outside it is an error with the offset where it was found.
import { AppError } from '../errors/codes';

export interface SvgElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly SvgNode[];
}
export type SvgNode = SvgElement | string;

const MAX_DEPTH = 64;
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;

function fail(reason: string, offset: number): never {
  throw new AppError('SvgInvalid', { reason, offset });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, offset: number): string {
  return raw.replace(/&([^;&<>\s]{0,10});|&/g, (all: string, body: string | undefined, at: number) => {
    if (body === undefined) fail('bare &', offset + at);
    const named = ENTITIES[body];
    if (named) return named;
    const num = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!num) fail(`unknown entity ${all}`, offset + at);
    const cp = num[1] !== undefined ? parseInt(num[1], 16) : Number(num[2]);
    if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) fail(`invalid character reference ${all}`, offset + at);
    return String.fromCodePoint(cp);
  });
}

/** Parses an SVG document; throws AppError('SvgInvalid', { reason, offset }) on anything it does not read. */
export function parseSvg(text: string): SvgElement {
  let i = 0;
  const skipSpace = (): void => {
    SPACE.lastIndex = i;
    SPACE.exec(text);
    i = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail('expected a name', i);
    i = NAME.lastIndex;
    return m[0];
  };
  /** Comments, the declaration and whitespace between elements (outside the root). */
  const misc = (): void => {
    for (;;) {
      skipSpace();
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment', i);
        i = end + 3;
      } else if (text.startsWith('<?xml', i)) {
        const end = text.indexOf('?>', i);
        if (end < 0) fail('unterminated XML declaration', i);
        i = end + 2;
      } else if (text.startsWith('<!DOCTYPE', i)) {
        fail('DOCTYPE is not read', i);
      } else return;
    }
  };
  const element = (depth: number): SvgElement => {
    if (depth > MAX_DEPTH) fail('elements nested too deeply', i);
    if (text[i] !== '<') fail('expected <', i);
    i++;
    const tag = name();
    const attrs = new Map<string, string>();
    for (;;) {
      const before = i;
      skipSpace();
      if (text.startsWith('/>', i)) {
        i += 2;
        return { name: tag, attrs, children: [] };
      }
      if (text[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail(`expected an attribute, > or /> in <${tag}>`, i);
      const key = name();
      skipSpace();
      if (text[i] !== '=') fail(`expected = after ${key}`, i);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") fail(`expected a quoted value for ${key}`, i);
      const end = text.indexOf(quote, i + 1);
      if (end < 0) fail(`unterminated value of ${key}`, i);
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) fail(`< inside the value of ${key}`, i);
      if (attrs.has(key)) fail(`attribute ${key} given twice`, i);
      attrs.set(key, decode(raw, i + 1));
      i = end + 1;
    }
    const children: SvgNode[] = [];
    for (;;) {
      if (i >= text.length) fail(`<${tag}> is not closed`, i);
      if (text.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`, i);
        skipSpace();
        if (text[i] !== '>') fail('expected >', i);
        i++;
        return { name: tag, attrs, children };
      }
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) fail('unterminated comment', i);
        i = end + 3;
      } else if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end < 0) fail('unterminated CDATA', i);
        children.push(text.slice(i + 9, end));
        i = end + 3;
      } else if (text[i] === '<') {
        if (text[i + 1] === '!' || text[i + 1] === '?') fail('markup declarations are not read', i);
        children.push(element(depth + 1));
      } else {
        const end = text.indexOf('<', i);
        const stop = end < 0 ? text.length : end;
        children.push(decode(text.slice(i, stop), i));
        i = stop;
      }
    }
  };
  misc();
  if (i >= text.length) fail('no element', i);
  const root = element(0);
  misc();
  if (i < text.length) fail('content after the root element', i);
  if (root.name !== 'svg') fail(`the root element is <${root.name}>, not <svg>`, 0);
  return root;
}
