import { describe, expect, it } from 'vitest';
import { contactProblems, emptyContact } from '../../../shared/contactLog/contact';
import { applyPhrase, draftKey, forSaving, isChanged, isSaveShortcut, nextSaveStep } from './contactForm';

const key = (k: Partial<Parameters<typeof isSaveShortcut>[0]>) =>
  isSaveShortcut({ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...k });

describe('the save shortcut', () => {
  it('is Ctrl+Enter or ⌘+Enter', () => {
    expect(key({ ctrlKey: true })).toBe(true);
    expect(key({ metaKey: true })).toBe(true);
  });
  it('is not plain Enter (a new line in the text), nor with Shift/Alt, nor another key', () => {
    expect(key({})).toBe(false);
    expect(key({ ctrlKey: true, shiftKey: true })).toBe(false);
    expect(key({ ctrlKey: true, altKey: true })).toBe(false);
    expect(key({ ctrlKey: true, metaKey: true })).toBe(false);
    expect(key({ key: 's', ctrlKey: true })).toBe(false);
  });
  it('never fires while the IME is converting', () => {
    expect(key({ ctrlKey: true, isComposing: true })).toBe(false);
    expect(key({ ctrlKey: true, keyCode: 229 })).toBe(false);
  });
});

describe('one-click phrases', () => {
  it('fill an empty field, and add a line under typed text instead of replacing it', () => {
    expect(applyPhrase('', '変わりなし')).toBe('変わりなし');
    expect(applyPhrase('  \n', '変わりなし')).toBe('変わりなし');
    expect(applyPhrase('玄関で話した', '変わりなし')).toBe('玄関で話した\n変わりなし');
    expect(applyPhrase('玄関で話した\n', '変わりなし')).toBe('玄関で話した\n変わりなし');
  });
  it('do not repeat when pressed twice', () => {
    expect(applyPhrase(applyPhrase('', '変わりなし'), '変わりなし')).toBe('変わりなし');
  });
});

describe('saving in two steps', () => {
  const today = '2026-11-27';
  const base = { ...emptyContact('2026-11-20', 'u1', '試験'), summary: '変わりなし' };
  const pastDue = { ...base, followUp: { needed: true, task: '', due: '2026-11-25' } };

  it('saves a clean entry at once', () => {
    expect(nextSaveStep(contactProblems(base, today), null)).toEqual({ kind: 'save' });
  });
  it('blocks on errors, even when warnings were acknowledged', () => {
    const step = nextSaveStep(contactProblems({ ...pastDue, field: '高齢者' }, today), 'followUp.due:past');
    expect(step.kind).toBe('blocked');
  });
  it('asks once about a warning, then saves when asked the same again', () => {
    const first = nextSaveStep(contactProblems(pastDue, today), null);
    expect(first).toMatchObject({ kind: 'confirm', signature: 'followUp.due:past' });
    const sig = first.kind === 'confirm' ? first.signature : '';
    expect(nextSaveStep(contactProblems(pastDue, today), sig)).toEqual({ kind: 'save' });
  });
  it('asks again when the warnings changed since', () => {
    expect(nextSaveStep([{ path: 'x', code: 'past', severity: 'warning' }], 'followUp.due:past').kind).toBe('confirm');
  });
});

describe('form state', () => {
  it('has one draft per new form, per preset person and per edited entry', () => {
    expect(draftKey({})).toBe('contact-new');
    expect(draftKey({ personId: 'p1' })).toBe('contact-new:p1');
    expect(draftKey({ id: 'c1', personId: 'p1' })).toBe('contact-edit:c1');
  });
  it('drops the task and date of an unchecked follow-up, and keeps text exactly', () => {
    const v = {
      ...emptyContact('2026-11-20', 'u1', '試験'),
      summary: '  𠮷田さん  ',
      followUp: { needed: false, task: '電話', due: '2026-12-01' },
    };
    expect(forSaving(v)).toEqual({ ...v, followUp: { needed: false, task: '', due: '' } });
    expect(forSaving(v).summary).toBe('  𠮷田さん  ');
    const needed = { ...v, followUp: { ...v.followUp, needed: true } };
    expect(forSaving(needed)).toBe(needed);
  });
  it('knows when something was typed', () => {
    const v = emptyContact('2026-11-20', 'u1', '試験');
    expect(isChanged(v, emptyContact('2026-11-20', 'u1', '試験'))).toBe(false);
    expect(isChanged({ ...v, summary: 'あ' }, v)).toBe(true);
  });
});
