// Japanese strings of the person timeline: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { timelineEn } from './messages.en';

export const timelineJa = {
  timeline: {
    addContact: '見守り・相談を記録する',
    filter: '表示するもの',
    noneShown: '選んだ種類の記録はありません。',
    kinds: { referral: '成年後見', contact: '見守り・相談', meeting: '会議', action: 'やること', endingNote: 'エンディングノート' },
    states: { open: '未完了', dueSoon: '期限が近い', overdue: '期限切れ', done: '完了' },
  },
};

export const timelineMessages: FeatureMessages<typeof timelineJa> = { ja: timelineJa, en: timelineEn };
