// Japanese strings of the trash: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { trashEn } from './messages.en';

export const trashJa = {
  trash: {
    title: 'ごみ箱',
    lead: 'ごみ箱の記録は元に戻せます。「ごみ箱を空にする」と完全に消え、元に戻せません。',
    purgeNote:
      '対象者を完全に消すと、その人のエンディングノート・成年後見のつなぎ・下書きも消えます。見守り・相談記録、やること、会議録は活動記録の集計のため残り、対象者の名前とのつながりだけが外れます。',
    empty: 'ごみ箱は空です。',
    restore: '元に戻す',
    emptyAll: 'ごみ箱を空にする',
    emptyConfirm: 'ごみ箱の{{n}}件を完全に消します。元に戻せません。よろしいですか？',
    deletedAt: '移した日時：{{at}}',
    emptied: '{{n}}件を完全に消しました。',
    detached: '残した記録（対象者とのつながりを外したもの）：見守り・相談 {{contacts}}件、やること {{actions}}件、会議録 {{meetings}}件。',
    unreadable: '開けない記録が{{n}}件あり、そのままにしました（ID：{{ids}}）。',
    restored: '元に戻しました。',
    persons: '対象者',
    records: '見守り・相談記録、会議録、成年後見のつなぎ、エンディングノート',
    recordLabel: '{{date}}　{{label}}',
    recordLabelNoDate: '{{label}}',
    ofPerson: '（{{name}}）',
    kinds: { referrals: '成年後見制度の利用相談', endingNotes: 'エンディングノート' },
  },
};

export const trashMessages: FeatureMessages<typeof trashJa> = { ja: trashJa, en: trashEn };
