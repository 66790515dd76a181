// The 本人情報シート's answer lists are data in one place (personSheetLists.ts): the printed sheet
// numbers its sub-items from them, README names the unconfirmed ones, the note says who writes
// the sheet as the court's handbook does, and our own fields are marked, their values kept.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PrintBlock } from '../print/model';
import { plainText } from '../print/ruby';
import { OUR_FIELD_MARK, OUR_FIELDS, SHEET_LISTS, UNCONFIRMED_SHEET_LISTS, type SheetList } from './personSheetLists';
import { blankPersonSheet, PERSON_SHEET_SECTIONS, personSheetDocument } from './personSheetPrint';
import { samplePersonSheet, SAMPLE_PERSON } from './referralSamples';

const opts = {
  personName: SAMPLE_PERSON.name,
  personBirthDate: SAMPLE_PERSON.birthDate,
  size: 'standard',
  printedOn: '2026-11-27',
} as const;
const flatten = (bs: readonly PrintBlock[]): PrintBlock[] => bs.flatMap((b) => (b.kind === 'group' ? flatten(b.blocks) : [b]));
const label = (b: PrintBlock): string => ('label' in b && b.label !== undefined ? plainText(b.label) : '');
const lists: [string, SheetList][] = Object.entries(SHEET_LISTS);

describe('本人情報シート answer lists', () => {
  it('each list carries its number on the court form, and section numbers match the section titles', () => {
    for (const [id, l] of lists) {
      expect(l.number, id).toMatch(/^[1-6](\([1-6]\))?$/);
      const section = Number(l.number[0]);
      expect(PERSON_SHEET_SECTIONS[section - 1], id).toMatch(new RegExp(`^${section}　`));
    }
    expect(new Set(lists.map(([, l]) => l.number)).size).toBe(lists.length);
  });

  it('the printed sheet numbers section 3’s sub-items from the lists, in the form’s order, each followed by all its options', () => {
    const blocks = flatten(personSheetDocument(samplePersonSheet(), opts).blocks);
    const h3 = blocks.flatMap((b, i) =>
      b.kind === 'heading' && b.level === 3 && /^（\d）/.test(plainText(b.text)) ? [[plainText(b.text), i] as const] : [],
    );
    const sub = lists.filter(([, l]) => l.number.startsWith('3('));
    expect(h3.map(([t]) => t)).toEqual(sub.map(([, l]) => `（${l.number.slice(2, -1)}）${l.title}`));
    sub.forEach(([id, l], k) => {
      const from = h3[k]?.[1] ?? -1;
      const to = h3[k + 1]?.[1] ?? blocks.length;
      const shown = blocks.slice(from, to).flatMap((b) => (b.kind === 'checkboxes' ? b.options.map(plainText) : []));
      for (const o of l.options) expect(shown, `${id} ${o}`).toContain(o);
      for (const [letter, item] of l.items ?? []) expect(blocks.slice(from, to).map(label), id).toContain(`${letter}　${item}`);
    });
    // Section 1's and section 5's lists print under their section headings.
    for (const l of [SHEET_LISTS.living, SHEET_LISTS.awareness]) {
      const at = blocks.findIndex((b) => b.kind === 'heading' && plainText(b.text) === PERSON_SHEET_SECTIONS[Number(l.number) - 1]);
      const end = blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.level === 2);
      const shown = blocks.slice(at, end).flatMap((b) => (b.kind === 'checkboxes' ? b.options.map(plainText) : []));
      expect(shown, l.title).toEqual([...l.options]);
    }
  });

  it('README names every unconfirmed list by its number and title, and calls no confirmed one unconfirmed', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const at = readme.indexOf('本人情報シート lists not yet confirmed');
    expect(at).toBeGreaterThan(-1);
    const part = readme.slice(at, readme.indexOf('\n\n', at));
    expect(UNCONFIRMED_SHEET_LISTS.length).toBeGreaterThan(0);
    for (const l of UNCONFIRMED_SHEET_LISTS) expect(part, l.number).toContain(`${l.number} ${l.title}`);
    for (const [, l] of lists.filter(([, x]) => x.confirmed)) expect(part, l.number).not.toContain(`${l.number} ${l.title}`);
  });
});

describe('本人情報シート note and our own fields', () => {
  const doc = personSheetDocument(samplePersonSheet(), opts);
  const note = doc.blocks.find((b) => b.kind === 'note');
  const noteText = note?.kind === 'note' ? plainText(note.text) : '';

  it('says who writes it as the court’s handbook does: the social workers who support the person, not the person, relatives or care workers', () => {
    for (const role of ['介護支援専門員', '相談支援専門員', '病院・施設の相談員', '権利擁護支援センターの職員'])
      expect(noteText, role).toContain(role);
    expect(noteText).toContain('本人、親族、介護職員');
    expect(noteText).toContain('想定されていません');
    // The app's own rule (professional roles only) is not the court's, so the printed note does not claim it.
    expect(noteText).not.toContain('民生委員や親族が作成するものではありません');
  });

  it('marks the fields that are ours, and still prints what they hold', () => {
    const sample = samplePersonSheet();
    const labels = flatten(doc.blocks).map(label);
    for (const name of Object.values(OUR_FIELDS)) {
      expect(labels, name).toContain(`${name}${OUR_FIELD_MARK}`);
      expect(labels, name).not.toContain(name);
    }
    expect(noteText).toContain(`「${OUR_FIELD_MARK}」と付いた欄`);
    const since = flatten(doc.blocks).find((b) => label(b) === `${OUR_FIELDS['living.since']}${OUR_FIELD_MARK}`);
    expect(since?.kind === 'field' && since.value).toBe('1975年4月1日（昭和50年4月1日）');
    expect(sample.living.since).toBe('1975-04-01');
    const withNote = personSheetDocument({ ...sample, certification: { ...sample.certification, note: '架空の補足' } }, opts);
    const cert = flatten(withNote.blocks).find((b) => label(b) === `${OUR_FIELDS['certification.note']}${OUR_FIELD_MARK}`);
    expect(cert?.kind === 'field' && cert.value).toBe('架空の補足');
    // A blank sheet keeps the marked lines too.
    const blankLabels = flatten(personSheetDocument(blankPersonSheet(), { ...opts, personName: '', personBirthDate: '' }).blocks).map(
      label,
    );
    for (const name of Object.values(OUR_FIELDS)) expect(blankLabels, name).toContain(`${name}${OUR_FIELD_MARK}`);
  });
});
