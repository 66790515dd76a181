// Japanese strings of the action-item list: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { actionsEn } from './messages.en';

export const actionsJa = {
  title: 'やること（役割分担）',
  lead: '会議で決めた役割分担と、見守り・相談記録のフォローが、ここに並びます。',
  counts: '未完了 {{open}}件、うち期限切れ {{overdue}}件',
  shown: '表示中 {{n}}件',
  owner: '担当',
  allOwners: 'すべての担当',
  district: '地区',
  allDistricts: 'すべての地区',
  noDistrict: '（区全体・地区なし）',
  status: '状態',
  statuses: { open: '未完了', overdue: '期限切れ', done: '完了', all: 'すべて' },
  dueBy: '期限まで（この日までのもの）',
  clearFilters: '条件を外す',
  empty: 'やることはまだありません。会議の役割分担や、見守り記録のフォローを入れると並びます。',
  noMatch: '条件に合うものはありません。',
  listLabel: 'やることの一覧',
  badges: { overdue: '期限切れ', dueSoon: '期限が近い', done: '完了', open: '未完了' },
  due: '期限',
  fromMeeting: '{{type}} 第{{n}}回　{{date}}',
  fromMeetingUnknown: '会議録',
  fromContact: '見守り・相談記録',
  source: 'どこで決めたか',
  person: '対象者',
  doneOn: '{{date}}に完了',
  complete: '完了にする',
  completeFor: '：{{task}}',
  doneDate: '完了日',
  doneNote: 'メモ（任意）',
  confirmDone: '完了として保存する',
  cancel: 'やめる',
  reopen: '未完了に戻す',
  completed: '完了にしました。',
  reopened: '未完了に戻しました。',
  doneDateInvalid: '完了日を入力してください。',
  corrupt: '読めない記録が{{n}}件あります（表示していません）。',
};

export const actionsMessages: FeatureMessages<{ actions: typeof actionsJa }> = { ja: { actions: actionsJa }, en: { actions: actionsEn } };
