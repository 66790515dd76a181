// Japanese strings of ending-note templates and notes: the source every other language is typed against.
import type { FeatureMessages } from '../../i18n/messages';
import { endingNotesEn } from './messages.en';

export const endingNotesJa = {
  templates: {
    title: 'エンディングノートの様式',
    lead: '白紙の様式を印刷して、手書きで書いてもらえます。様式は編集できます（編集すると新しい版になり、前の版で書いたノートはそのまま開けます）。',
    meta: '第{{version}}版　{{sections}}章・{{questions}}問',
    edit: '編集',
    export: '書き出す（JSON）',
    import: '様式を読み込む（JSON）',
    exported: '様式を書き出しました。',
    imported: '「{{name}}」を第{{version}}版として読み込みました。',
    importErrors: {
      'too-large': 'ファイルが大きすぎます。様式のファイルではないようです。何も変更していません。',
      'not-json': 'ファイルを読めませんでした（JSON形式ではありません）。何も変更していません。',
      invalid: 'このファイルは様式として正しくありません。何も変更していません。',
    },
    editTitle: '「{{name}}」を編集',
    editLead: '保存すると第{{version}}版になります。',
    rubyHelp:
      'ふりがなは「｜漢字《かんじ》」のように書きます（漢字のすぐ後なら「漢字《かんじ》」でもかまいません）。印刷でも画面でも、漢字の上に小さく出ます。',
    name: '様式の名前',
    section: '第{{n}}章',
    sectionTitle: '章の題',
    guidance: '章の説明（任意）',
    up: '上へ',
    down: '下へ',
    removeSection: 'この章を削除',
    removeSectionConfirm: '章「{{title}}」を削除しますか？',
    addSection: '章を追加',
    newSectionTitle: '新しい章',
    addQuestion: '質問を追加',
    newQuestionKind: '追加する質問の種類',
    newQuestionLabel: '新しい質問',
    questionLabel: '質問',
    questionN: '質問{{n}}',
    questionHelp: '補足（任意）',
    lines: '記入欄の行数（白紙で印刷するとき）',
    options: '選択肢（1行に1つ）',
    columns: '表の列（1行に1つ）',
    columnsHelp: '幅を広くするときは「氏名:2」のように書きます。',
    blankRows: '空欄の行数（白紙で印刷するとき）',
    removeQuestion: 'この質問を削除',
    save: '保存する（新しい版）',
    saved: '第{{version}}版として保存しました。',
    kinds: { shortText: '短い文', longText: '長い文', date: '日付', single: 'ひとつ選ぶ', multi: 'いくつでも選ぶ', table: '表' },
  },
  notes: {
    title: 'エンディングノート',
    none: 'まだありません。',
    template: '様式',
    start: 'このかたのノートを書く',
    updated: '更新 {{at}}（様式 第{{version}}版）',
    templateVersion: '様式 第{{version}}版で記入',
    goals: '柱2の行動目標（このノートが役立ったもの）',
    goalsHelp: 'エンディングノートは「必要な情報をわかりやすく届けます」を選んでいます。違うときは変えてください。',
    autosaved: '自動で保存しています（最終保存 {{at}}）',
    clearChoice: '選択を取り消す',
  },
};

export const endingNotesMessages: FeatureMessages<typeof endingNotesJa> = { ja: endingNotesJa, en: endingNotesEn };
