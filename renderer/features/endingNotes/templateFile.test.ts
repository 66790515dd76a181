import { describe, expect, it } from 'vitest';
import { STANDARD_JA } from '../../../shared/endingNotes/defaults';
import { parseTemplateFile, templateFileBytes as serializeTemplate } from './templateFile';

const enc = (s: string) => new TextEncoder().encode(s);

describe('template files (bytes)', () => {
  it('round-trips through a JSON file, with or without a BOM', () => {
    const r = parseTemplateFile(serializeTemplate(STANDARD_JA));
    expect(r).toEqual({ ok: true, template: STANDARD_JA });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...serializeTemplate(STANDARD_JA)]);
    expect(parseTemplateFile(bom)).toEqual({ ok: true, template: STANDARD_JA });
  });
  it('refuses broken and hostile files with a reason', () => {
    expect(parseTemplateFile(enc('{not json'))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseTemplateFile(new Uint8Array([0xff, 0xfe, 0x00]))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseTemplateFile(new Uint8Array(600 * 1024))).toMatchObject({ ok: false, reason: 'too-large' });
    expect(parseTemplateFile(enc(JSON.stringify({ ...STANDARD_JA, format: 'other' })))).toMatchObject({ ok: false, reason: 'invalid' });
    const proto = `{"__proto__": {"polluted": true}, ${JSON.stringify(STANDARD_JA).slice(1)}`;
    expect(parseTemplateFile(enc(proto))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const extra = { ...STANDARD_JA, sections: [{ ...STANDARD_JA.sections[0], onload: 'alert(1)' }] };
    expect(parseTemplateFile(enc(JSON.stringify(extra)))).toMatchObject({ ok: false, reason: 'invalid' });
    const dup = { ...STANDARD_JA, sections: [STANDARD_JA.sections[0], STANDARD_JA.sections[0]] };
    expect(parseTemplateFile(enc(JSON.stringify(dup)))).toMatchObject({ ok: false, reason: 'invalid' });
    const huge = {
      ...STANDARD_JA,
      sections: [{ id: 'x', title: 'x', questions: [{ kind: 'longText', id: 'q', label: 'q', lines: 1e9 }] }],
    };
    expect(parseTemplateFile(enc(JSON.stringify(huge)))).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
