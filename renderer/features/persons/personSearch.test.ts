import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../../../shared/persons/person';
import { buildSearchIndex, filterPersons, searchIndexOf } from './personSearch';
import type { PersonRecord } from '../../records/personStore';

const rec = (id: string, name: string, furigana: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  ...emptyPerson('d01'),
  id,
  name,
  furigana,
  rev: 1,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: 0,
  ...extra,
});
const index = buildSearchIndex([
  rec('1', '𠮷田 ハル', 'よしだ はる'),
  rec('2', '髙橋 正雄', 'たかはし まさお', { districtId: 'd02' }),
  rec('3', 'ﾔﾏﾀﾞ 花子', 'やまだ はなこ', { status: '転出' }),
  rec('4', '山田 太郎', 'やまだ たろう', { deletedAt: 5 }),
]);
const base = { query: '', districtId: '', status: '', trashed: false };
const ids = (q: Partial<typeof base>) => filterPersons(index, { ...base, ...q }).map((p) => p.id);

describe('filterPersons', () => {
  it('matches kana in any width or script, partially', () => {
    expect(ids({ query: 'ヤマダ' })).toEqual(['3']);
    expect(ids({ query: 'ﾀｶﾊｼ' })).toEqual(['2']);
    expect(ids({ query: 'はる' })).toEqual(['1']);
    expect(ids({ query: '𠮷' })).toEqual(['1']);
    expect(ids({ query: '髙' })).toEqual(['2']);
  });
  it('folds variant kanji both ways and leaves the stored name as typed', () => {
    expect(ids({ query: '高橋' })).toEqual(['2']);
    expect(ids({ query: '吉田' })).toEqual(['1']);
    expect(ids({ query: '髙田' })).toEqual([]);
    const found = filterPersons(index, { ...base, query: '高橋 正' });
    expect(found.map((p) => p.name)).toEqual(['髙橋 正雄']);
    const reverse = buildSearchIndex([rec('5', '高橋 ミツ', 'たかはし みつ'), rec('6', '渡辺 ハナ', 'わたなべ はな')]);
    expect(filterPersons(reverse, { ...base, query: '髙橋' }).map((p) => p.id)).toEqual(['5']);
    expect(filterPersons(reverse, { ...base, query: '渡邉\u{E0102}' }).map((p) => p.id)).toEqual(['6']);
  });
  it('filters by district, status and trash', () => {
    expect(ids({ districtId: 'd02' })).toEqual(['2']);
    expect(ids({ status: '転出' })).toEqual(['3']);
    expect(ids({ trashed: true })).toEqual(['4']);
  });
});

describe('searchIndexOf', () => {
  it('builds one index per snapshot and a new one for a new snapshot', () => {
    const snapshot = [rec('1', '𠮷田 ハル', 'よしだ はる')];
    const first = searchIndexOf(snapshot);
    expect(searchIndexOf(snapshot)).toBe(first);
    const next = [...snapshot, rec('2', '髙橋 正雄', 'たかはし まさお')];
    expect(searchIndexOf(next)).not.toBe(first);
    expect(searchIndexOf(next)).toHaveLength(2);
  });
});
