// Documents that exercise every primitive of the engine (fictional data only): its own tests,
// `npm run samples` and the print bench use them.
import type { PrintBlock, PrintDocument, PrintSize } from './model';

/** A blank hand-filled form that uses every primitive. */
export function engineShowcase(size: PrintSize): PrintDocument {
  const blocks: PrintBlock[] = [
    { kind: 'heading', level: 1, text: '印刷エンジン見本（記入用）' },
    {
      kind: 'note',
      title: 'この用紙について',
      text: 'この見本は架空のものです。エンディングノートには法的な効力はありません。暗証番号やパスワードは絶対に書かないでください。',
    },
    { kind: 'heading', level: 2, text: '1. 自分のこと' },
    { kind: 'field', label: 'ふりがな' },
    { kind: 'field', label: '氏名' },
    { kind: 'field', label: '生年月日', value: '昭和・平成　　　年　　月　　日' },
    { kind: 'field', label: '住所', lines: 2, hint: '郵便番号から' },
    { kind: 'checkboxes', label: '血液型', options: ['A型', 'B型', 'O型', 'AB型', 'わからない'], other: false },
    {
      kind: 'checkboxes',
      label: '生活習慣（あてはまるものすべて）',
      options: ['たばこを吸う', 'お酒を飲む', '毎日散歩する', '朝は早起き', '昼寝をする', '料理が好き', '家庭菜園をしている'],
      other: true,
    },
    { kind: 'lines', label: '趣味・好きなこと', count: 3 },
    { kind: 'heading', level: 2, text: '2. 人生の主な出来事' },
    {
      kind: 'table',
      columns: [
        { header: '年代', width: 1 },
        { header: '出来事', width: 4 },
      ],
      rows: [
        ['10代', ''],
        ['20代', ''],
        ['30代', ''],
        ['40代', ''],
      ],
      blankRows: 4,
    },
    { kind: 'heading', level: 2, text: '3. 緊急時の連絡先' },
    {
      kind: 'table',
      label: '連絡してほしい人',
      columns: [
        { header: '氏名', width: 2 },
        { header: '続柄', width: 1 },
        { header: '電話番号', width: 2 },
        { header: '知らせる時', width: 2 },
      ],
      blankRows: 6,
    },
    { kind: 'heading', level: 2, text: '4. 大切な人へのメッセージ' },
    { kind: 'box', label: '自由にお書きください', height: 70 },
    { kind: 'heading', level: 3, text: '見出し（レベル3）と段落' },
    {
      kind: 'paragraph',
      text: '禁則処理の確認：「かぎかっこ」や（丸かっこ）、句読点。長音ー、繰り返し々、小さいっゃゅょも行頭に来ません。長い英数字 https://www.city.yokohama.lg.jp/tsurumi/kenko-iryo-fukushi/ や 0451234567890123456789 も折り返します。𠮷田さんの「𠮷」は予備フォントで印刷されます。',
    },
    { kind: 'paragraph', text: '※ 小さな文字の補足（muted）', muted: true },
    { kind: 'signature', labels: ['記入者氏名'], date: true },
  ];
  return { title: '印刷エンジン見本', personal: true, size, entryDateLine: true, footerNote: '鶴見区 あいねっと記録帳（見本）', blocks };
}

const VISITORS: readonly [string, ...string[]] = ['𠮷田 花子', '髙橋 一郎', '佐藤 恵子', '鈴木 次郎'];
const PLACES: readonly [string, ...string[]] = ['ご自宅', '地域ケアプラザ', '区役所 高齢・障害支援課', '電話'];
const TOPICS: readonly [string, ...string[]] = [
  '通院の付き添い',
  '配食サービスの利用',
  'ごみ出しの支援',
  '見守り訪問',
  '介護保険の申請',
  '成年後見制度の相談',
];

const pick = (list: readonly [string, ...string[]], i: number): string => list[i % list.length] ?? list[0];

/** A filled 20-page document: one chapter per page, realistic amounts of text. */
export function filledRecord(size: PrintSize = 'standard'): PrintDocument {
  const blocks: PrintBlock[] = [];
  for (let i = 0; i < 20; i++) {
    const month = (i % 12) + 1;
    const topic = pick(TOPICS, i);
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    blocks.push(
      { kind: 'heading', level: 1, text: `第${i + 1}回 支援記録（${topic}）` },
      { kind: 'field', label: '日時', value: `令和7年${month}月${(i % 27) + 1}日 午前10時〜11時` },
      { kind: 'field', label: '対応者', value: pick(VISITORS, i) },
      { kind: 'field', label: '場所', value: pick(PLACES, i) },
      {
        kind: 'field',
        label: '相談の内容',
        value: `${topic}について、ご本人（架空の人物）から相談がありました。最近は足腰が弱くなり、外出の回数が減っているとのことです。娘さんは遠方（大阪府）に住んでおり、月に一度は電話で連絡をとっています。`,
      },
      {
        kind: 'checkboxes',
        label: '確認したこと',
        options: ['体調', '食事', '服薬', '住まいの安全', '金銭管理', '近所との交流'],
        checked: ['体調', '食事', i % 2 ? '服薬' : '金銭管理'],
      },
      { kind: 'heading', level: 2, text: '経過と所見' },
      {
        kind: 'paragraph',
        text: `訪問時、ご本人は落ち着いた様子で、「最近は眠れるようになった」と話されました。台所はきれいに片付いており、冷蔵庫には配食サービスのお弁当が入っていました。服薬カレンダーを確認したところ、${month}月分の飲み忘れは2回でした。次回までに、かかりつけ医（鶴見中央クリニック、架空）へ相談することを提案し、ご本人も了承されました。参考：https://www.city.yokohama.lg.jp/tsurumi/ （区のホームページ）。`,
      },
      {
        kind: 'table',
        label: '今後の予定',
        columns: [
          { header: '日付', width: 1.2 },
          { header: '内容', width: 3 },
          { header: '担当', width: 1.3 },
        ],
        rows: [
          [`${month}月${(i % 20) + 5}日`, '再訪問と服薬の確認', pick(VISITORS, i + 1)],
          [`${month}月${(i % 20) + 8}日`, 'ケアプラザの包括職員と情報共有', pick(VISITORS, i + 2)],
          [`${month}月${(i % 20) + 12}日`, '娘さんへの電話連絡（ご本人の同意あり）', pick(VISITORS, i + 3)],
        ],
      },
      { kind: 'note', title: '申し送り', text: '緊急時は地域ケアプラザ（045-000-0000、架空）へ連絡。暗証番号や通帳の情報は記録しない。' },
    );
  }
  return { title: 'ケース記録（架空の見本）', personal: true, size, footerNote: '鶴見区 あいねっと記録帳（架空データ）', blocks };
}
