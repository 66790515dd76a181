// The display choices offered before anything else on the screens before unlock (text size and
// language, ui/DisplayChoices.tsx), and the punctuation that differs between the languages, in a
// file of their own so other strings stay untouched.
import type { FeatureMessages } from './messages';

export const displayJa = {
  display: {
    label: '表示',
    textSize: '文字の大きさ',
    sizes: { normal: '標準', large: '大', xlarge: '特大' },
  },
  // Punctuation that differs between the languages, for words put together in code.
  punct: {
    /** Between the parts of a meta line (地区 ・ 82歳 ・ 見守り中). */
    sep: ' ・ ',
    /** Between the items of a list (身体障害、難病). */
    list: '、',
    /** An aside after a word: 山田（地域ケアプラザ）. */
    aside: '（{{x}}）',
    /** Before a detail: 相談受付：note. */
    colon: '：',
    /** Between the items of a details line (生年月日　82歳). */
    gap: '　',
    /** Between the words of a short run (情報収集・支援方針検討). */
    dot: '・',
  },
};

const displayEn = {
  display: {
    label: 'Display',
    textSize: 'Text size',
    sizes: { normal: 'Standard', large: 'Large', xlarge: 'Extra large' },
  },
  punct: {
    sep: ' · ',
    list: ', ',
    aside: ' ({{x}})',
    colon: ': ',
    gap: ', ',
    dot: ' / ',
  },
};

export const displayMessages: FeatureMessages<typeof displayJa> = { ja: displayJa, en: displayEn };
