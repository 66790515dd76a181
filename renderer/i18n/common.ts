// App-wide Japanese strings (the shell, roles, printing, error codes). Each feature owns its own
// strings in its messages.ts; the app puts them together (app/messages.ts).
import type { ErrorCode } from '../../shared/errors/codes';
import type { FeatureMessages } from './messages';
import { commonEn } from './common.en';
import { problemsJa } from './problems';

export const commonJa = {
  app: {
    name: 'あいねっと記録帳',
    tagline: '鶴見・あいねっと　必要な人に支援が届くしくみづくり',
    demoBanner: 'デモ用の記録帳です。入っているのは架空のデータです。',
    idleWarning: 'しばらく操作がないので、もうすぐ記録帳をロックします。',
    idleCountdown: 'あと {{n}} 秒でロックします',
    idleHowto: '続けるときは、どれかのキーを押すか、画面をクリックしてください。',
    idleStay: '続ける',
    skipToMain: '本文へ移動',
    loading: '読み込んでいます…',
    pageLoading: '画面を開いています…',
    reload: 'アプリを読み込み直す',
    settingsUnreadable: '設定の一部（{{keys}}）が読めなかったため、標準の値を使っています。「設定」で確かめて保存し直してください。',
    settingNames: {
      districts: '地区の一覧',
      idleMinutes: '自動ロックまでの時間',
      stallDays: '成年後見の停滞の目安',
      contactIntervals: '連絡の目安の日数',
    },
    draftOpenFailed: '前に入力していた途中の内容を開けませんでした（壊れている可能性があります）。この画面は空の状態から始まります。',
    draftSaveFailed: '入力途中の内容を自動保存できませんでした。',
    prefsReset: '表示の設定（文字の大きさ・言語）を読み込めなかったため、標準に戻しました。設定の画面で選び直せます。',
    storageNearlyFull:
      '記録を保存する場所の残りが少なくなっています（{{percent}}% 使用中）。いっぱいになると保存できなくなります。バックアップを作ってから、ごみ箱を空にしてください。パソコンの不要なファイルを消して空きを作るのも効きます。',
    storageToBackup: 'バックアップの画面へ',
    storageListSeparator: '　',
    storageToTrash: 'ごみ箱の画面へ',
  },
  nav: {
    label: 'メインメニュー',
    reach: '連絡が必要な人',
    persons: '対象者',
    contacts: '見守り記録',
    meetings: '会議',
    actions: 'やること',
    referrals: '成年後見',
    report: '活動記録',
    dashboard: '柱2の取組状況',
    templates: 'エンディングノート',
    exchange: '書き出し・取り込み',
    trash: 'ごみ箱',
    audit: '操作記録',
    backup: 'バックアップ',
    handover: '引き継ぎ',
    team: 'チーム',
    settings: '設定',
    lock: 'ロックする',
  },
  print: {
    blankStandard: '白紙を印刷（標準）',
    blankLarge: '白紙を印刷（大きな文字）',
    blankNamedStandard: '名前入りの白紙を印刷（標準）',
    blankNamedLarge: '名前入りの白紙を印刷（大きな文字）',
    filledStandard: '記入済みを印刷（標準）',
    filledLarge: '記入済みを印刷（大きな文字）',
    working: 'PDFを作っています…',
    sent: '印刷に送りました。',
    done: 'PDFを保存しました。',
    savePdf: 'PDFで保存',
    saveWarningTitle: 'PDFで保存する前に',
    saveWarning:
      '保存したPDFファイルは、パスフレーズがなくても、ファイルを手に入れた人ならだれでも開いて読めます。紙に印刷するだけなら「印刷」を使ってください。保存したときは、使い終わったらファイルを削除してください。',
    saveConfirm: '保存する',
    saveCancel: 'やめる',
    missingGlyphs: '印刷できない文字があります：{{chars}}（{{where}}）。別の字に置き換えてから、もう一度印刷してください。',
  },
  roles: {
    commissioner: '民生委員・児童委員',
    'ward-office': '区役所',
    'care-plaza': '地域ケアプラザ',
    'ward-council': '区社協',
    'district-council': '地区社協',
    'district-team': '地区別支援チーム',
    npo: 'NPO法人・ボランティア',
    other: 'その他（地域住民など）',
  },
  csv: {
    encoding: '文字コード',
    'utf-8Choice': 'UTF-8（おすすめ：Excel 2016 以降でそのまま開けます）',
    shift_jisChoice: 'Shift_JIS（古い Excel や、ほかのソフト向け）',
    'utf-8': 'UTF-8',
    shift_jis: 'Shift_JIS',
    working: 'CSVを作っています…',
    saved: 'CSVファイル（{{encoding}}）を保存しました。暗号化されていないので、使い終わったら削除してください。',
    skipped: '壊れていて開けない記録が{{n}}件あり、その記録は書き出していません。',
    unfitTitle: 'Shift_JIS では書けない文字が{{n}}か所あります。まだ保存していません。',
    place: '{{row}}行目・{{column}}',
    columnN: '{{n}}列目',
    more: 'ほかに{{n}}か所あります。',
    unfitHelp:
      'UTF-8 で保存すれば、すべての文字がそのまま残ります。Shift_JIS でなければ開けないソフトに渡すときだけ、「?」に置き換えて保存してください。',
    useUtf8: 'UTF-8 で保存する',
    replace: '「?」に置き換えて Shift_JIS で保存する',
    cancel: 'やめる',
    replaced: '次の文字を「?」に置き換えて保存しました：{{chars}}',
  },
  paste: {
    title: 'この欄に入りきりません',
    sizes:
      '貼り付けようとした文章は{{pasted}}文字です。この欄に入るのはあと{{room}}文字なので、このまま貼り付けると最後の{{cut}}文字が入りません。',
    cutStarts: '入らなくなる部分の始まり：',
    keepAllHelp:
      '「全文を残す」を選ぶと、全文がこの欄に入ります。保存するとき、入りきらない分は同じ日・同じ人の「続き」の記録に分けて残します（どの記録も2万文字まで）。',
    noKeepAllHelp:
      '全文を残したいときは「貼り付けない」を選んで、見守り記録の「ようす・話したこと」に貼り付けてください。そこでは入りきらない分を「続き」の記録に分けて残せます。',
    keepAll: '全文を残す',
    keepFitting: '入る{{room}}文字だけ貼り付ける',
    cancel: '貼り付けない',
  },
  common: { yes: 'はい', no: 'いいえ', close: '閉じる', none: '—', demo: 'デモ' },
  errors: {
    VaultLocked: '記録帳がロックされています。もう一度ロックを解除してください。',
    WrongPassphrase: 'パスフレーズが違います。',
    WrongRecoveryKey: '回復キーが違います。書き写した文字をもう一度確かめてください。',
    TooManyAttempts: '間違いが続いたため、{{seconds}}秒待ってからもう一度お試しください。',
    PassphraseTooShort: 'パスフレーズは10文字以上にしてください。',
    VaultCorrupt: '記録帳の鍵の情報が読めません。バックアップから戻す必要があります。',
    VaultParamsOutOfBounds: '記録帳の鍵の設定が正しくありません。書き換えられた可能性があります。',
    QuotaExceeded:
      '保存する場所がいっぱいで、保存できませんでした。入力した内容は消えていません（この画面に残っています）。バックアップを作ってからごみ箱を空にするか、パソコンの不要なファイルを消して空きを作り、もう一度保存してください。',
    StorageUnavailable: 'データの保存場所を開けませんでした。アプリを一度閉じて開き直してください。',
    RecordCorrupt: '壊れた記録が見つかりました。その記録は表示できません。',
    StaleRevision:
      'この記録は、あなたが開いたあとに別の画面（別のウィンドウやタブ）で保存されています。上書きしないよう、保存を止めました。入力は消えていません。',
    NotFound: 'その記録は見つかりません（削除された可能性があります）。',
    ValidationFailed: '入力を確かめてください。',
    AuditChainBroken: '操作記録のつながりが切れています。',
    NotPermitted: 'この操作は、設定の「立場」が区役所・地域ケアプラザ・区社協の人だけができます。',
    FileNotWritable: '選んだ場所にファイルを保存できませんでした。別の場所（「ドキュメント」など）を選んで、もう一度保存してください。',
    FileNotReadable: '選んだファイルを開けませんでした。ほかのアプリで開いていないか確かめて、もう一度お試しください。',
    PrintFailed: '印刷の画面を開けませんでした。もう一度お試しください。',
    SvgInvalid: '図（グラフ）を印刷用に読み取れませんでした。画面を開き直してから、もう一度印刷してください。',
    AppDataUnavailable:
      'アプリのデータフォルダ（自動バックアップの保存先）を読み書きできませんでした。記録帳の中身はそのままです。パソコンの管理者に、このフォルダの権限を確かめてもらってください。',
    PageLoadFailed:
      'この画面を開けませんでした（アプリの一部を読み込めませんでした）。「アプリを読み込み直す」を押してください。記録帳はロックされます。保存した記録は消えません。',
    TeamAddressInvalid:
      'サーバーのアドレスとして読めません。区役所の担当者から受け取った「https://」で始まるアドレス（最後がチームのデータベース名）を、そのまま入れてください。',
    TeamServerUnreachable:
      'チームのサーバーにつながりませんでした。ネットワークにつながっているか確かめてください。記録はこのパソコンに残っていて、つながったときに送ります。',
    TeamAuthFailed: 'サーバーのユーザー名かパスワードが違います。区役所の担当者から受け取ったとおりに入れてください。',
    TeamDatabaseMissing: 'サーバーに、このアドレスのデータベースがありません。アドレスの最後（データベース名）を確かめてください。',
    TeamServerRefused:
      'チームのサーバーが受け付けませんでした（{{status}}）。しばらくしてからもう一度お試しください。続くときは区役所の担当者に伝えてください。',
    TeamAlreadyExists: 'このデータベースには、もうチームがあります。「チームに参加する」を選んでください。',
    TeamNoTeamHere: 'このデータベースにはまだチームがありません。チームを作る人（管理者）が先に「チームを作る」を行ってください。',
    TeamNotMember:
      'チームの名簿に、この記録帳の「受け取り用の鍵」がまだありません。チームの管理者に鍵を渡して（読み上げるか、鍵の用紙を渡して）、追加してもらってから、もう一度お試しください。',
    TeamAlreadyMember: 'この鍵の人は、もうチームの名簿にいます。',
    TeamBadKey: '受け取り用の鍵として読めません。「age1」で始まる鍵を、鍵の用紙のとおりに入れてください。',
    TeamKeyringDamaged: 'チームの名簿（鍵）を読み取れませんでした。チームの管理者に伝えてください。',
    TeamDemoKey:
      'デモの記録帳の鍵は公開されているので、チームには使えません。デモの記録帳はチームに参加できず、この鍵をメンバーに追加することもできません。',
    CsvTooLarge: 'ファイルが大きすぎます（{{max}}MBまで）。いくつかのファイルに分けてください。',
    CsvEmpty: 'ファイルが空です（何も書かれていません）。',
    CsvWorkbook:
      'Excelのブック（.xlsx・.xls）はそのままでは読めません。Excelで「名前を付けて保存」を選び、ファイルの種類を「CSV UTF-8（コンマ区切り）」にして保存し直してから、そのファイルを選んでください。',
    CsvNotCsv:
      'CSVファイルではないようです（PDF・画像・Webページなど）。Excelで「CSV UTF-8（コンマ区切り）」として保存したファイルを選んでください。',
    CsvNotText: '文字のファイルとして読めません。壊れているか、CSVではないファイルです。',
    CsvEncodingUnsupported:
      'このファイルは「Unicode テキスト」（UTF-16）で保存されています。Excelで「CSV UTF-8（コンマ区切り）」として保存し直してください。',
    CsvTruncated:
      'ファイルの最後が文字の途中で切れています（コピーや保存が途中で終わった可能性があります）。元のファイルからもう一度保存してください。',
    CsvQuotes: '{{row}}行目から「"」（ダブルクォート）が閉じられていません。Excelで開いて保存し直すか、その行を確かめてください。',
    CsvMalformed: 'CSVとして読めないところがあります（{{row}}行目あたり）。Excelで開いて保存し直してください。',
    CsvTooManyRows: '行が多すぎます（見出しを含めて{{max}}行まで）。いくつかのファイルに分けてください。',
    CsvTooManyColumns: '{{row}}行目の列が多すぎます（{{max}}列まで）。',
    CsvCellTooLong: '{{row}}行目の{{column}}列目の文字が多すぎます（1つのます目に{{max}}文字まで）。',
    Unknown: '思いがけない問題が起きました。入力は消えていません。もう一度お試しください。',
  } satisfies Record<ErrorCode, string>,
  errorCode: '（コード：{{code}}）',
  stale: {
    message:
      'この記録は、あなたが書き始めたあとに別の画面（別のウィンドウやタブ）で保存されています。上書きしないよう、保存を止めました。あなたの入力は消えていません。',
    keepMine: '自分の入力で保存し直す（別の画面での変更は消えます）',
    takeSaved: '保存されている内容を見る（自分の入力は消します）',
  },
  corrupt: {
    some: '壊れていて開けない記録が{{n}}件あります。その記録は消さずに残してあります。',
    ids: '次の記録IDを、サポートの担当者に伝えてください：',
  },
  // The app's own date field (ui/DateField.tsx): what it echoes and why it refuses a date.
  dateField: {
    hint: '例：2026-11-30　令和8年11月30日　R8.11.30',
    echo: '{{iso}}（{{wareki}}・{{weekday}}曜日）',
    weekdays: { sun: '日', mon: '月', tue: '火', wed: '水', thu: '木', fri: '金', sat: '土' },
    unreadable: '「{{text}}」は日付として読めません。2026-11-30、令和8年11月30日、R8.11.30 のように入力してください。',
    incomplete: '「{{text}}」には月と日がありません。日付は推測しないので、{{example}}のように日まで入力してください。',
    incompleteDay: '「{{text}}」には日がありません。日付は推測しないので、{{example}}のように日まで入力してください。',
    someDay: '○',
    noSuchDay: '{{date}}という日はありません。',
    afterEra: '{{typed}}はありません（{{era}}は{{limit}}まで）。{{western}}なら{{actual}}です。',
    beforeEra: '{{typed}}はありません（{{era}}は{{limit}}から）。{{western}}なら{{actual}}です。',
    outOfRange: '{{min}}（明治6年1月1日）から{{max}}までの日付を入力してください。',
  },
  monthField: {
    hint: '例：2026-11　令和8年11月　R8.11',
    empty: '月を入力してください（例：2026-11、令和8年11月）。',
    unreadable: '「{{text}}」は月として読めません。2026-11、令和8年11月、R8.11 のように入力してください。',
    noMonth: '「{{text}}」には月がありません。令和8年11月のように月まで入力してください。',
    noSuchMonth: '{{month}}月という月はありません。1から12の月を入力してください。',
    outsideEra: '{{typed}}はありません（{{era}}は{{range}}）。西暦で入力することもできます。',
    outOfRange: '{{min}}から{{max}}までの月を入力してください。',
  },
  problems: problemsJa,
};

export const commonMessages: FeatureMessages<typeof commonJa> = { ja: commonJa, en: commonEn };
