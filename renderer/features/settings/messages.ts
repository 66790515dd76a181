// Japanese strings of settings: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { settingsEn } from './messages.en';

export const settingsJa = {
  settings: {
    title: '設定',
    profile: '使う人の情報',
    saveProfile: '保存する',
    display: '表示',
    textSize: '文字の大きさ',
    textSizes: { normal: '標準', large: '大', xlarge: '特大' },
    language: '言語',
    security: '安全',
    idleMinutes: '操作がないときに自動でロックするまでの時間（分）',
    changePassphrase: 'パスフレーズを変える',
    currentPassphrase: 'いまのパスフレーズ',
    newPassphrase: '新しいパスフレーズ',
    currentMissing: 'いまのパスフレーズを入力してください。',
    passphraseChanged: 'パスフレーズを変えました。',
    districts: '地区の一覧',
    districtsHelp:
      '名前を変えても、記録とのつながりは変わりません。使わなくなった地区は「非表示」にしてください（過去の記録のために残ります）。',
    addDistrict: '地区を追加',
    newDistrictName: '新しい地区の名前',
    archived: '非表示',
    saved: '保存しました。',
    storage: '保存場所',
    storageNote: '記録はこのパソコンの中（アプリのデータフォルダ内のデータベース）に暗号化して保存されます。',
    persisted: 'ブラウザーが勝手に消さないよう保護されています。',
    notPersisted: '保存領域の保護を得られませんでした。空き容量に気をつけてください。',
    recoveryKey: {
      title: '回復キーを作り直す',
      when: '回復キーの控え（紙）をなくしたとき、または他の人に見られたかもしれないときは、回復キーを作り直してください。',
      effect: '作り直すと、前の回復キーは使えなくなります。記録もパスフレーズも、そのままです。',
      olderBackups:
        'ただし、作り直す前にこのパソコンが自動で作ったバックアップは、前の回復キーでも開けます。これから作られる自動バックアップは、新しい回復キーでだけ開けます。',
      passphrase: 'いまのパスフレーズ',
      submit: '新しい回復キーを作る',
      working: '鍵を作っています…',
      issuedTitle: '新しい回復キーを控えてください',
      oldGone: '前の回復キーは、もう使えません。前の控えの紙は、シュレッダーで処分してください。',
      done: '控えたので閉じる',
      finished: '新しい回復キーに切り替えました。',
    },
    wipe: {
      title: 'この端末からすべて消去',
      lead: 'パソコンを返すときや、ほかの人にゆずるときに使います。このパソコンに保存されている記録帳のデータを、すべて消去します。消したものは元に戻せません。',
      removedTitle: '消去されるもの',
      removed: {
        records: '記録帳のデータ（対象者、見守り・相談記録、会議、やること、成年後見、エンディングノート、操作記録など、すべての記録）',
        demo: 'デモの記録帳',
        backups: 'このパソコンの中に自動で作られたバックアップ',
        keys: '記録帳の鍵（パスフレーズも、回復キーの控えも、使えなくなります）',
        team: 'チームに入っているときの、チームの記録の写し（サーバーにあるチームの記録はそのまま残ります）',
        prefs: 'この端末の表示の設定（文字の大きさ・言語など）',
      },
      keptTitle: '消去されないもの',
      kept: '自分で別の場所（USBメモリや別のフォルダなど）に保存したバックアップのファイル、PDF、CSV。いらなければ、それぞれ自分で削除してください。',
      handover: '記録をだれかに引き継ぐときは、消去する前にバックアップを作って渡してください。',
      confirm: '確認のため「{{phrase}}」と入力してください',
      phrase: 'すべて消去',
      passphrase: 'パスフレーズ',
      submit: 'この端末からすべて消去する',
      working: '消去しています…',
      demo: 'デモの記録帳からは消去できません（デモのパスフレーズは、だれでも知っているためです）。本番の記録帳を開いて、その「設定」から行ってください。',
    },
  },
};

export const settingsMessages: FeatureMessages<typeof settingsJa> = { ja: settingsJa, en: settingsEn };
