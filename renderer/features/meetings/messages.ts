// Japanese strings of meetings and the attendee directory: the source every other language is
// typed against. The form's field labels live in messages.form.ts to keep each file short.
import type { FeatureMessages } from '../../i18n/messages';
import { meetingFormJa } from './messages.form';
import { directoryEn, meetingsEn } from './messages.en';

export const meetingsJa = {
  title: '会議',
  lead: '地域ケア会議・個別ケース検討会議・地区別支援チーム会議の記録です。',
  newOf: '新しい{{type}}',
  directoryLink: '出席者名簿',
  actionsLink: 'やること（役割分担）の一覧',
  typeFilter: '会議の種別',
  allTypes: 'すべての種別',
  districtFilter: '地区',
  allDistricts: 'すべての地区',
  noDistrict: '（区全体・地区なし）',
  count: '{{shown}}件 / 全{{total}}件',
  empty: 'まだ会議の記録はありません。上のボタンから始めてください。',
  noMatch: '条件に合う会議はありません。',
  listLabel: '会議の一覧（新しい順）',
  numberN: '第{{n}}回',
  openActions: '未完了の役割分担 {{n}}件',
  noOpenActions: '未完了の役割分担なし',
  corrupt: '読めない記録が{{n}}件あります（表示していません）。',
  untitled: '（件名なし）',
  form: meetingFormJa,
};

export const directoryJa = {
  title: '出席者名簿',
  lead: '会議によく出席する人を登録しておくと、出席者・欠席者をチェックで選べます。',
  keepNote: '名簿から外しても、過去の議事録の出席者欄には当時の氏名・所属がそのまま残ります。',
  back: '会議の一覧に戻る',
  add: '名簿に追加',
  addTitle: '名簿に追加する',
  editTitle: '{{name}}さんを編集',
  name: '氏名',
  organisation: '所属',
  organisationHelp: '一覧から選ぶか、自由に入力してください。',
  role: '職種',
  note: 'メモ',
  save: '保存する',
  cancel: 'やめる',
  edit: '編集',
  remove: '名簿から外す',
  removeConfirm: '{{name}}さんを名簿から外しますか？過去の議事録には名前が残ります。',
  removed: '{{name}}さんを名簿から外しました。過去の議事録には名前が残っています。',
  added: '名簿に追加しました。',
  saved: '保存しました。',
  empty: 'まだ名簿に登録がありません。',
  count: '{{n}}人',
  listLabel: '出席者名簿',
};

export const meetingsMessages: FeatureMessages<{ meetings: typeof meetingsJa; directory: typeof directoryJa }> = {
  ja: { meetings: meetingsJa, directory: directoryJa },
  en: { meetings: meetingsEn, directory: directoryEn },
};
