// Japanese strings of hand-over packages (引き継ぎ): the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { handoverEn } from './messages.en';

export const handoverJa = {
  handover: {
    title: '引き継ぎ',
    lead: '担当が替わるときなどに、対象者とその記録を、別の記録帳（別のパソコン）へ暗号化したファイルで渡します。受け取る人の「受け取り用の鍵」あてに作るか、その場かぎりのパスフレーズで鍵をかけます。',
    keyTitle: '受け取り用の鍵',
    keyHelp:
      '引き継ぎファイルを受け取るための、この記録帳の鍵です。記録を渡してくれる人にこの鍵を伝えると、その人はこの記録帳だけが開けるファイルを作れます。鍵には個人情報は含まれていないので、同僚に渡したり紙に印刷して配ったりしてかまいません。',
    keyShow: '受け取り用の鍵を表示する',
    keyMaking: '鍵を作っています…',
    keyLabel: 'この記録帳の受け取り用の鍵',
    keyReadAloud:
      '4文字ずつ区切って表示しています。電話で伝えるときは、区切りごとに読み上げてください（空白は入力しなくてもかまいません）。',
    keyCopy: '鍵をコピー',
    keyCopied: '受け取り用の鍵をコピーしました。',
    keyCopyFailed: 'コピーできませんでした。鍵の文字を選んでコピーしてください。',
    keyPrint: '鍵の紙を印刷',
    keyPrintLarge: '鍵の紙を印刷（大きな文字）',
    keyNoPersonal: 'この鍵と印刷した紙には、個人情報は含まれていません。',
    makeTitle: '引き継ぎファイルを作る',
    makeHelp: '渡す対象者を選んでください。対象者ごとに、見守り・相談記録、やること、成年後見のつなぎ、エンディングノートが入ります。',
    noMeetings: '会議の記録（議事録）は入りません。ほかの人のケースも書かれているためです。必要なら会議の記録は別に相談してください。',
    search: '対象者を探す（氏名・ふりがな）',
    searchHelp: '入力すると一覧が絞り込まれます。',
    choosePersons: '渡す対象者',
    chosenCount: '選んだ対象者：{{count}}人',
    noneChosen: 'まだ選んでいません。',
    unchoose: '外す',
    moreMatches: 'ほかに{{count}}人います。名前で絞り込んでください。',
    noMatch: '該当する対象者がいません。',
    receiverTitle: '受け取る人',
    byKey: '受け取る人の「受け取り用の鍵」あてに作る（おすすめ）',
    byPassphrase: 'その場かぎりのパスフレーズで鍵をかける',
    receiverKey: '受け取る人の受け取り用の鍵（age1 で始まる文字）',
    receiverKeyHelp: '受け取る人の記録帳の「引き継ぎ」画面に表示されています。貼り付けるか、区切りごとに入力してください。',
    badKey: '受け取り用の鍵の形になっていません。age1 で始まる62文字（区切りの空白は除く）です。1文字ずつ確かめてください。',
    ownKey: 'これはこの記録帳自身の鍵です。受け取る人の記録帳に表示されている鍵を入力してください。',
    passphraseShown:
      'このパスフレーズを、電話など、ファイルとは別の方法で受け取る人に伝えてください。ファイルと同じメールやUSBメモリーに書いて送らないでください。',
    passphraseLabel: 'その場かぎりのパスフレーズ',
    passphraseAgain: '別のパスフレーズにする',
    make: '引き継ぎファイルを作る',
    making: '引き継ぎファイルを作っています…',
    made: '引き継ぎファイルを作りました（対象者{{persons}}人、記録{{count}}件）。',
    madeUnreadable: '読めなかった記録が{{count}}件あり、ファイルに入っていません。',
    saveCanceled: 'ファイルの保存をやめました（作成は操作記録に残っています）。',
    pickSomeone: '渡す対象者を1人以上選んでください。',
    importTitle: '引き継ぎファイルを取り込む',
    importHelp:
      '受け取った引き継ぎファイルを選んでください。取り込む前に、何が増えるか、この記録帳にすでにある記録と違うところがないかを確かめられます。',
    importKeyNote: 'このファイルは、この記録帳の受け取り用の鍵で開きます（パスフレーズはいりません）。',
    importPassphrase: 'パスフレーズ（渡した人から聞いたもの）',
    fileKind: 'あいねっと記録帳の引き継ぎファイル',
    districtsTitle: 'この記録帳にない地区',
    districtsHelp: 'ファイルの地区のうち、この記録帳にない名前があります。それぞれ、この記録帳のどの地区にするかを選んでください。',
    districtFrom: 'ファイルの地区「{{name}}」（{{count}}件）',
    districtNone: '（地区なし）',
    districtPick: '選んでください',
    districtUnchosen: '{{name}}（この記録帳の地区をまだ選んでいません）',
    districtsUndecided: 'まだ地区を選んでいないものが{{count}}件あります。',
    imported: '{{count}}件の記録を取り込みました。',
    problem: {
      wrongIdentity:
        'このファイルは、この記録帳あてに作られていません（別の受け取り用の鍵あてのファイルです）。渡した人に、この記録帳の受け取り用の鍵あてに作り直してもらってください。',
      wrongPassphrase: 'パスフレーズが違います。渡した人に、もう一度確かめてください。',
      isBackup: 'このファイルは引き継ぎファイルではなく、バックアップです。「バックアップ」の画面から取り込んでください。',
      demoPackage: 'このファイルはデモの記録帳から作られたものです。架空の記録なので、この記録帳には取り込めません。',
      realPackage:
        'このファイルは本物の記録帳から作られたものです。デモの記録帳のパスフレーズは公開されているので、本物の記録は取り込めません。本物の記録帳で取り込んでください。',
      demoRecipient:
        'この鍵は、デモ用に公開されている鍵です。本物の記録をこの鍵あてに送ることはできません。受け取る人の本物の記録帳の鍵を入力してください。',
    },
  },
};

export const handoverMessages: FeatureMessages<typeof handoverJa> = { ja: handoverJa, en: handoverEn };
