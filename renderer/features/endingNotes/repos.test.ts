import { openTestVault } from '../../testing/testVault';
import { describe, expect, it } from 'vitest';
import { STANDARD_JA } from '../../../shared/endingNotes/defaults';
import { getTemplate, latestTemplates, saveTemplateVersion } from './templateRepo';
import { createNote, getNote, notesOfPerson, saveAnswers, trashNote } from './noteRepo';

const open = () => openTestVault('care-plaza');

describe('templates and notes', () => {
  it('an edited template becomes a new version; a note keeps the version it was written against', async () => {
    const s = await open();
    const note = await createNote(s, 'person-1', STANDARD_JA.id, 1, 10);
    await saveAnswers(s, note, { name: '𠮷田 ハル', 'life-events': [['1950年代', '鶴見で生まれる']] }, 11);
    const edited = { ...STANDARD_JA, sections: STANDARD_JA.sections.slice(1) };
    const saved = await saveTemplateVersion(s, edited, 12);
    expect(saved.version).toBe(2);
    expect((await latestTemplates(s)).find((t) => t.id === STANDARD_JA.id)?.version).toBe(2);
    const reopened = await getNote(s, note.id);
    expect(reopened?.templateVersion).toBe(1);
    expect((await getTemplate(s, reopened?.templateId ?? '', reopened?.templateVersion ?? 0))?.sections[0]?.title).toBe('自分のこと');
    expect(reopened?.answers.name).toBe('𠮷田 ハル');
  });

  it('refuses an invalid template and stores nothing', async () => {
    const s = await open();
    await expect(saveTemplateVersion(s, { ...STANDARD_JA, sections: [] }, 1)).rejects.toMatchObject({
      code: 'ValidationFailed',
    });
    expect(await s.db.templates.count()).toBe(0);
  });

  it('lists a person’s notes newest first and hides trashed ones; content is sealed', async () => {
    const s = await open();
    const a = await createNote(s, 'p', STANDARD_JA.id, 1, 1);
    await createNote(s, 'p', STANDARD_JA.id, 1, 2);
    const a2 = await saveAnswers(s, a, { messages: 'MARKER-note' }, 3);
    expect((await notesOfPerson(s, 'p')).map((n) => n.id)[0]).toBe(a.id);
    const row = await s.db.endingNotes.get(a.id);
    expect(new TextDecoder().decode(row?.enc.ct)).not.toContain('MARKER');
    await expect(trashNote(s, a, 4)).rejects.toMatchObject({ code: 'StaleRevision' });
    await trashNote(s, a2, 4);
    expect(await notesOfPerson(s, 'p')).toHaveLength(1);
    const actions = (await s.db.audit.toArray()).map((r) => r.action);
    expect(actions).toEqual(['endingNote.create', 'endingNote.create', 'endingNote.update', 'endingNote.trash']);
  });
});

describe('stored template versions that do not fit today’s rules', () => {
  it('a version saved before the text rule (a U+202E in its name) still opens', async () => {
    const s = await open();
    const old = { ...STANDARD_JA, version: 2, name: '古い様式\u202e' };
    await s.db.templates.add({ id: old.id, version: 2, savedAt: 1, enc: await s.seal('templates', `${old.id}@2`, old) });
    expect((await latestTemplates(s)).find((t) => t.id === old.id)?.name).toBe('古い様式\u202e');
  });

  it('a version that does not open is named by key, not dropped in silence', async () => {
    const s = await open();
    const saved = await saveTemplateVersion(s, { ...STANDARD_JA, name: '改訂版' }, 1);
    const row = await s.db.templates.get([saved.id, saved.version]);
    if (!row?.enc) throw new Error('no row');
    row.enc.ct[0] = (row.enc.ct[0] ?? 0) ^ 0xff;
    await s.db.templates.put(row);
    const corrupt: string[] = [];
    const latest = await latestTemplates(s, corrupt);
    expect(corrupt).toEqual([`${saved.id}@${saved.version}`]);
    expect(latest.find((t) => t.id === STANDARD_JA.id)?.version).toBe(STANDARD_JA.version);
  });
});
