// The print fonts and their OFL licences: npm package path (under @expo-google-fonts) → the
// file name the app fetches from resources/fonts.
export const FONT_SOURCES = [
  ['biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf', 'BIZUDGothic-Regular.ttf'],
  ['biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf', 'BIZUDGothic-Bold.ttf'],
  ['noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 'NotoSansJP-Regular.ttf'],
  ['noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', 'NotoSansJP-Bold.ttf'],
  ['biz-udgothic/LICENSE_FONT', 'OFL-BIZUDGothic.txt'],
  ['noto-sans-jp/LICENSE_FONT', 'OFL-NotoSansJP.txt'],
];
