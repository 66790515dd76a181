// The display choices offered before anything else on the screens before unlock (text size and
// language, ui/DisplayChoices.tsx), in a file of their own so other strings stay untouched.
import type { FeatureMessages } from './messages';

export const displayJa = {
  display: {
    label: '表示',
    textSize: '文字の大きさ',
    sizes: { normal: '標準', large: '大', xlarge: '特大' },
  },
};

const displayEn = {
  display: {
    label: 'Display',
    textSize: 'Text size',
    sizes: { normal: 'Standard', large: 'Large', xlarge: 'Extra large' },
  },
};

export const displayMessages: FeatureMessages<typeof displayJa> = { ja: displayJa, en: displayEn };
