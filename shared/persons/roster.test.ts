import { describe, expect, it } from 'vitest';
import { DEFAULT_DISTRICTS } from '../domain/plan';
import { encodeCsv } from '../csv/writer';
import { readCsv } from '../csv/reader';
import { emptyPerson, type PersonInput } from './person';
import { autoMap, EXPORT_FIELDS, parseRosterDate, planImport, rosterRows, type ImportContext, type RowIssue } from './roster';

const TODAY = '2026-11-20';
const districts = DEFAULT_DISTRICTS.slice(0, 3); // d01 鶴見中央, d02 豊岡, d03 市場
const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? '';
const ctx = (over: Partial<ImportContext> = {}): ImportContext => ({
  districts,
  existing: [],
  defaultDistrictId: '',
  today: TODAY,
  ...over,
});
const issuesOf = (issues: readonly RowIssue[]) =>
  issues.map((i) => [i.row, i.field, i.kind, 'value' in i ? i.value : i.kind === 'problem' ? i.problem.code : '']);

describe('autoMap', () => {
  it('matches Japanese headers in their usual spellings, full-width and spaced', () => {
    expect(
      autoMap(['氏名', 'フリガナ', '生年月日', '住　所', '電話番号', '地区名', 'ＴＥＬ', '備考', '緊急連絡先 (続柄)', '要介護度']),
    ).toEqual([
      'name',
      'furigana',
      'birthDate',
      'address',
      'phone',
      'district',
      null, // 電話 is already taken by 電話番号
      'note',
      'emergencyRelation',
      'careLevel',
    ]);
    expect(autoMap(['お名前', 'ふりがな', '誕生日'])).toEqual(['name', 'furigana', 'birthDate']);
  });

  it('leaves unknown headers, __proto__ and constructor unmapped, and a second 氏名 too', () => {
    expect(autoMap(['__proto__', 'constructor', 'toString', '氏名', '氏名', '好きな食べ物'])).toEqual([
      null,
      null,
      null,
      'name',
      null,
      null,
    ]);
  });
});

describe('parseRosterDate', () => {
  it.each([
    ['1940-04-01', '1940-04-01'],
    ['1940/4/1', '1940-04-01'],
    ['1940.4.1', '1940-04-01'],
    ['19400401', '1940-04-01'],
    ['1940年4月1日', '1940-04-01'],
    ['１９４０／４／１', '1940-04-01'],
    ['昭和15年4月1日', '1940-04-01'],
    ['昭和元年12月25日', '1926-12-25'],
    ['S15.4.1', '1940-04-01'],
    ['s15/4/1', '1940-04-01'],
    ['H1.1.8', '1989-01-08'],
    ['大正3年5月6日', '1914-05-06'],
    ['令和2年2月29日', '2020-02-29'],
    ['R8.11.30', '2026-11-30'],
    ['昭和64年1月7日', '1989-01-07'],
  ])('%s → %s', (input, iso) => expect(parseRosterDate(input)).toBe(iso));

  it.each([
    '1940/2/30',
    '昭和65年1月1日',
    '昭和64年1月8日',
    '平成31年5月1日',
    '平成0年1月1日',
    '4月1日',
    '1940',
    'あした',
    '2021年2月29日',
    '14702',
  ])('%s is not a date', (input) => expect(parseRosterDate(input)).toBeNull());
});

describe('planImport', () => {
  const header = ['氏名', 'ふりがな', '生年月日', '性別', '地区', '要介護度', '本人同意', '同意日', '要配慮'];
  const mapping = autoMap(header);

  it('a valid row becomes a person: values folded to the record’s choices, the district by name', () => {
    const plan = planImport(
      [header, ['  𠮷田 髙﨑 ', 'よしだ', 'S15.4.1', '女', '鶴見中央地区', '要介護１', 'あり', '2026/4/1', '認知症の疑い、独居ではない']],
      mapping,
      ctx(),
    );
    const [row] = plan.rows;
    expect(issuesOf(row?.issues ?? [])).toEqual([[2, 'careFlags', 'unknownValue', '独居ではない']]);
    const ok = planImport(
      [header, ['𠮷田 髙﨑', 'よしだ', 'S15.4.1', '女', '鶴見中央地区', '要介護１', 'あり', '2026/4/1', '認知症の疑い']],
      mapping,
      ctx(),
    );
    expect(ok.rows[0]?.issues).toEqual([]);
    expect(ok.rows[0]?.input).toEqual({
      ...emptyPerson('d01'),
      name: '𠮷田 髙﨑',
      furigana: 'よしだ',
      birthDate: '1940-04-01',
      sex: '女性',
      certification: { ...emptyPerson().certification, careLevel: '要介護1' },
      consent: { given: true, date: '2026-04-01', scopes: [], obtainedBy: '' },
      careFlags: ['認知症の疑い'],
    });
  });

  it('reports each problem by row and field, writes nothing for a failed row, and skips blank rows', () => {
    const rows = [
      header,
      ['山田 ハル', '', '1940/2/30', '', '鶴見中央', '', '', '', ''],
      ['', 'なまえなし', '', '', '豊岡', '', '', '', ''],
      ['佐藤 一郎', '', '', '不明', '鶴見西', '要介護6', 'たぶん', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['鈴木 未来', '', '2030-01-01', '', '市場', '', 'あり', '', ''],
      ['x'.repeat(101), '', '', '', '市場', '', '', '', ''],
      ['制御\u0007文字', '', '', '', '市場', '', '', '', ''],
      ['高橋 空', '', '', '', '', '', '', '', ''],
    ];
    const plan = planImport(rows, autoMap(header), ctx());
    expect(plan.blankRows).toBe(1);
    expect(plan.rows.map((r) => r.input === null)).toEqual([true, true, true, true, true, true, true]);
    expect(plan.rows.flatMap((r) => issuesOf(r.issues))).toEqual([
      [2, 'birthDate', 'badDate', '1940/2/30'],
      [3, 'name', 'noName', ''],
      [4, 'sex', 'unknownValue', '不明'],
      [4, 'district', 'unknownDistrict', '鶴見西'],
      [4, 'careLevel', 'unknownValue', '要介護6'],
      [4, 'consentGiven', 'unknownValue', 'たぶん'],
      [6, 'birthDate', 'problem', 'future'],
      [6, 'consentDate', 'problem', 'required'],
      [7, 'name', 'problem', 'too_long'],
      [8, 'name', 'problem', 'controlChar'],
      [9, 'district', 'noDistrict', ''],
    ]);
  });

  it('an empty or missing 地区 takes the chosen default; an unknown name never does', () => {
    const plan = planImport(
      [
        ['氏名', '地区'],
        ['A', ''],
        ['B', '鶴見西'],
      ],
      ['name', 'district'],
      ctx({ defaultDistrictId: 'd02' }),
    );
    expect(plan.rows[0]?.input?.districtId).toBe('d02');
    expect(plan.rows[1]?.input).toBeNull();
    expect(planImport([['氏名'], ['A']], ['name'], ctx({ defaultDistrictId: 'd03' })).rows[0]?.input?.districtId).toBe('d03');
  });

  it('flags persons already in the vault (or its trash) and repeats within the file, by name (variant kanji folded) and birth date', () => {
    const existing = [
      { name: '山田　ハル', birthDate: '1940-04-01', deletedAt: 0 },
      { name: '佐藤 一郎', birthDate: '', deletedAt: 5 },
      { name: '髙橋 正雄', birthDate: '1938-02-03', deletedAt: 0 },
    ];
    const rows = [
      ['氏名', '生年月日', '地区'],
      ['山田 ハル', '1940/4/1', '市場'],
      ['山田 ハル', '1941/4/1', '市場'],
      ['佐藤 一郎', '', '市場'],
      ['鈴木 空', '', '市場'],
      ['鈴木　空', '', '市場'],
      ['高橋 正雄', '1938/2/3', '市場'],
      ['渡邊 ミツ', '', '市場'],
      ['渡辺 ミツ', '', '市場'],
    ];
    const plan = planImport(rows, autoMap(rows[0] ?? []), ctx({ existing }));
    expect(plan.rows.map((r) => [r.row, r.duplicate, r.input !== null])).toEqual([
      [2, true, true],
      [3, false, true],
      [4, true, true],
      [5, false, true],
      [6, true, true],
      [7, true, true],
      [8, false, true],
      [9, true, true],
    ]);
    expect(plan.rows.flatMap((r) => r.issues.map((i) => [i.row, i.kind, 'trashed' in i ? i.trashed : null]))).toEqual([
      [2, 'duplicateExisting', false],
      [4, 'duplicateExisting', true],
      [6, 'duplicateInFile', null],
      [7, 'duplicateExisting', false],
      [9, 'duplicateInFile', null],
    ]);
    expect(plan.rows[5]?.input?.name).toBe('高橋 正雄');
  });
});

describe('export and import back', () => {
  it('rosterRows has no メモ column and names districts; its CSV read back gives the same persons', async () => {
    const persons: PersonInput[] = [
      {
        ...emptyPerson('d02'),
        name: '𠮷田 髙﨑, "ハル"',
        furigana: 'よしだ たかさき はる',
        birthDate: '1940-04-01',
        sex: '女性',
        address: '=鶴見区豊岡町1-2',
        phone: '+81-45-000-0000',
        household: '独居',
        householdNote: '長男は市外',
        emergencyContact: { name: '吉田 一郎', relation: '長男', phone: '090-0000-0000' },
        doctor: '鶴見クリニック',
        certification: { careLevel: '要介護2', disabilitySupportLevel: '区分3', ryoikuGrade: 'B1', mentalHandbookGrade: '2級' },
        commissioner: '鶴見 民子',
        consent: { given: true, date: '2026-04-01', scopes: ['地区別支援チーム', '区役所'], obtainedBy: '鶴見 民子' },
        careFlags: ['認知症の疑い', '災害時要援護'],
        status: '見守り中',
        note: 'メモは書き出さない',
      },
      { ...emptyPerson('d01'), name: '佐藤 ｶﾅ', status: '転出' },
    ];
    const rows = rosterRows(persons, districtName);
    expect(rows[0]).toHaveLength(EXPORT_FIELDS.length);
    expect(rows[0]).not.toContain('メモ');
    expect(rows[1]).toContain('豊岡');
    expect(rows.flat()).not.toContain('メモは書き出さない');
    const encoded = encodeCsv(rows, 'utf-8');
    if (!encoded.ok) throw new Error('refused');
    const back = await readCsv(encoded.bytes);
    const header = back.rows[0] ?? [];
    const plan = planImport(back.rows, autoMap(header), ctx());
    // The formula guard's apostrophe is in the file, and undone on the way in.
    expect(back.rows[1]).toContain(`'${persons[0]?.address}`);
    expect(plan.rows.map((r) => r.issues)).toEqual([[], []]);
    expect(plan.rows.map((r) => r.input)).toEqual([
      { ...persons[0], note: '' },
      { ...persons[1], note: '' },
    ]);
  });
});
