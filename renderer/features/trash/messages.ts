// Japanese strings of the trash: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { trashEn } from './messages.en';

export const trashJa = {
  trash: {
    title: 'ごみ箱',
    lead: 'ごみ箱の記録は元に戻せます。「ごみ箱を空にする」と完全に消え、元に戻せません。',
    empty: 'ごみ箱は空です。',
    restore: '元に戻す',
    emptyAll: 'ごみ箱を空にする',
    emptyConfirm: 'ごみ箱の{{n}}件を完全に消します。元に戻せません。よろしいですか？',
    deletedAt: '移した日時：{{at}}',
    emptied: '{{n}}件を完全に消しました。',
    restored: '元に戻しました。',
    persons: '対象者',
    records: '見守り・相談記録、会議録、成年後見のつなぎ',
    recordLabel: '{{date}}　{{label}}',
    ofPerson: '（{{name}}）',
  },
};

export const trashMessages: FeatureMessages<typeof trashJa> = { ja: trashJa, en: trashEn };
