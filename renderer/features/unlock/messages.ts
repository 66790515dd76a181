// Japanese strings of unlocking and recovery: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { unlockEn } from './messages.en';

export const unlockJa = {
  unlock: {
    title: 'ロックを解除',
    passphrase: 'パスフレーズ',
    submit: '解除する',
    working: '確認しています…',
    keptForFix: '入力したパスフレーズは消さずに残してあります。そのまま打ち直すか、→キーで右端へ動かして一部だけ直してください。',
    forgot: 'パスフレーズを忘れたとき（回復キーで再設定）',
    openDemo: 'デモの記録帳を開く',
    openMain: '本番の記録帳に戻る',
    demoPassphrase: 'デモのパスフレーズ：{{p}}',
    lockedBecause: {
      button: 'ロックしました。',
      idle: 'しばらく操作がなかったのでロックしました。',
      'lock-screen': 'パソコンがロックされたので記録帳もロックしました。',
      suspend: 'パソコンがスリープしたので記録帳もロックしました。',
      'window-close': '画面を閉じたのでロックしました。',
      restored:
        'バックアップから戻しました。バックアップを作ったときの記録帳のパスフレーズで開いてください（忘れたときは回復キーで開けます）。',
      'erase-failed':
        'この端末からの消去を、最後まで終えられませんでした。記録帳はまだ残っています。ほかに開いている記録帳の画面があれば閉じてから、ロックを解除して、設定の「この端末からすべて消去」をもう一度行ってください。',
    },
    draftKept: '入力途中の内容は暗号化して保存してあります。解除すると元に戻ります。',
    draftLost: 'ロックする前に入力していた内容の一部を、残せませんでした。解除したら、入力していた画面を開いて、内容を確かめてください。',
  },
  recover: {
    title: '回復キーでパスフレーズを再設定',
    recoveryKey: '回復キー（32文字。ハイフンや空白はなくてもかまいません）',
    newPassphrase: '新しいパスフレーズ',
    submit: '再設定して解除する',
    back: 'ロック解除の画面に戻る',
    keyMissing: '回復キーを入力してください。',
    newKeyTitle: '新しい回復キーを控えてください',
    oldKeyGone:
      'パスフレーズを再設定しました。いま入力した回復キーは、もう使えません（見られていたかもしれないためです）。かわりに、下の新しい回復キーを控えてください。',
    open: '記録帳を開く',
  },
};

export const unlockMessages: FeatureMessages<typeof unlockJa> = { ja: unlockJa, en: unlockEn };
