// Japanese strings of first-run setup: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { setupEn } from './messages.en';

export const setupJa = {
  welcome: {
    title: 'はじめに',
    lead: 'この記録帳は、このパソコンの中だけに、暗号化して記録を保存します。インターネットには送りません。',
    create: '新しい記録帳をつくる',
    demo: 'デモで試す（架空のデータ）',
    lost: 'このパソコンには {{date}} まで記録帳がありましたが（記録 {{rows}}件）、いまは見つかりません。新しく作る前に、バックアップから戻してください。',
    restore: 'バックアップから戻す',
    restoreNote: 'パソコンを買い替えたときや、記録が消えてしまったときに、バックアップファイルから元どおりにします。',
    demoNote: 'デモの記録帳は本番とは別に保存されます。本番の記録は入れないでください。',
  },
  setup: {
    title: '記録帳をつくる',
    step: '手順 {{n}} / 3',
    passphraseTitle: 'パスフレーズを決めてください',
    passphraseHelp: '10文字以上。文章のように長いほど安全です（例：「つるみの海は春が好き」）。誕生日や電話番号は避けてください。',
    passphrase: 'パスフレーズ',
    passphraseConfirm: 'パスフレーズ（確認のためもう一度）',
    strength: '強さ：{{label}}',
    strengthLabels: { weak: '弱い', fair: 'ふつう', good: '強い', strong: 'とても強い' },
    strengthReasons: {
      common: 'よく使われる言葉（「password」など）が入っています。',
      sequence: '「1234」「abcd」のような、順に並んだ文字が入っています。',
      keyboard: '「qwerty」のような、キーボードの並びが入っています。',
      repeat: '同じ文字や、同じまとまりのくり返しが入っています。',
      date: '年や日付のような数字が入っています。誕生日などは当てられやすいです。',
      phone: '電話番号のような数字が入っています。',
    },
    strengthAdvice: 'こうした部分は当てられやすいので、ほかの言葉を足して、長い文章にしてください。',
    mismatch: '2つのパスフレーズが一致しません。',
    next: '次へ',
    creating: '鍵を作っています…',
    recoveryTitle: '回復キーを控えてください',
    recoveryWarning:
      'この回復キーは今回しか表示されません。パスフレーズと回復キーの両方を失うと、記録は誰にも取り出せません（開発者にも復元できません）。',
    recoveryHowto: '紙に書き写すか印刷して、パソコンとは別の、鍵のかかる場所に保管してください。',
    printRecovery: '回復キーを印刷する',
    recoveryConfirm: '回復キーを控えました',
    profileTitle: '使う人の情報',
    profileHelp: '操作記録に「だれが」操作したかとして残ります。あとから設定で変えられます。',
    name: 'お名前',
    role: '立場',
    district: '担当の地区',
    districtNone: '（区全体・地区なし）',
    finish: 'はじめる',
  },
};

export const setupMessages: FeatureMessages<typeof setupJa> = { ja: setupJa, en: setupEn };
