// Japanese strings of いま連絡が必要な人 (the reach view) and its contact-interval setting: the
// source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { reachEn } from './messages.en';

export const reachJa = {
  title: 'いま連絡が必要な人',
  lead: '連絡の目安を過ぎた人、期限の来たフォローアップ、期限切れのやること、止まっている成年後見のつなぎ、同意のないまま会議で話し合われた人です。遅れの大きい順に、地区ごとに並べています。',
  count: '{{n}}件',
  shown: '表示中 {{n}}件',
  more: 'さらに{{n}}件を表示（残り{{rest}}件）',
  district: '地区',
  allDistricts: 'すべての地区',
  noDistrict: '地区なし',
  kind: '種類',
  allKinds: 'すべての種類',
  kinds: {
    noContact: '連絡の目安を過ぎた人',
    followUp: 'フォローアップ',
    action: 'やることの期限切れ',
    referral: '成年後見のつなぎの停滞',
    consent: '同意のないまま会議で検討',
  },
  groupCount: '{{name}}（{{n}}件）',
  listLabel: '{{name}}の連絡が必要な人',
  noPerson: '（対象者なし）',
  reasons: {
    noContact: '最後の連絡から{{days}}日（目安{{interval}}日）',
    never: '登録から{{days}}日、まだ連絡の記録がありません（目安{{interval}}日）',
    followUpLate: 'フォローアップの期限を{{n}}日過ぎています',
    followUpToday: 'フォローアップの期限は今日です',
    followUpSoon: 'フォローアップの期限まであと{{n}}日です',
    action: 'やることの期限を{{n}}日過ぎています',
    referral: '成年後見のつなぎが「{{step}}」のまま{{days}}日（目安{{limit}}日）',
    consent: '情報共有の同意がないまま、会議で話し合われています（{{date}}の会議）',
  },
  lastContact: '最後の連絡：{{date}}',
  due: '期限：{{date}}',
  recordContact: '連絡を記録する',
  recordContactFor: '：{{name}}さん',
  openReferral: 'つなぎを開く',
  openPerson: '対象者の情報を開く',
  backHere: 'いま連絡が必要な人',
  empty: 'いま連絡が必要な人はいません。みなさんに連絡が届いています。',
  noMatch: '条件に合うものはありません。',
  clearFilters: '条件を外す',
  visitList: '訪問予定リストを印刷（7日分）',
  visitListLarge: '訪問予定リストを印刷（大きな文字）',
  visitListHelp: '目安を過ぎた人と、7日以内に目安が来る人の氏名と住所だけを印刷します（取扱注意）。',
  working: '作っています…',
  settings: {
    title: '連絡の目安（日数）',
    help: '最後の連絡からこの日数を過ぎると「いま連絡が必要な人」に並びます。いくつか当てはまる人は、いちばん短い日数になります。',
    situations: {
      discharged: '退院して30日以内',
      alone: '独居',
      over75: '75歳以上',
      openReferral: '成年後見のつなぎが進行中',
      watched: '見守り中（ほかに当てはまらない人）',
    },
    days: '{{situation}}：日数',
    defaultDays: '初期値 {{n}}日',
    invalid: '1から3650までの日数を入れてください。',
    save: '連絡の目安を保存する',
  },
};

export const reachMessages: FeatureMessages<{ reach: typeof reachJa }> = { ja: { reach: reachJa }, en: { reach: reachEn } };
