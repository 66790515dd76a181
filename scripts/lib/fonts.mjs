// The print fonts and their OFL licences: npm package path (under @expo-google-fonts) → the
// file name the app fetches from resources/fonts.
export const FONT_SOURCES = [
  ['biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf', 'BIZUDGothic-Regular.ttf'],
  ['biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf', 'BIZUDGothic-Bold.ttf'],
  ['noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', 'NotoSansJP-Regular.ttf'],
  ['noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf', 'NotoSansJP-Bold.ttf'],
  // Korean, simplified and traditional Chinese: fetched only for a document that needs them.
  ['noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf', 'NotoSansKR-Regular.ttf'],
  ['noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf', 'NotoSansKR-Bold.ttf'],
  ['noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
  ['noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf', 'NotoSansTC-Regular.ttf'],
  ['noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf', 'NotoSansTC-Bold.ttf'],
  ['biz-udgothic/LICENSE_FONT', 'OFL-BIZUDGothic.txt'],
  ['noto-sans-jp/LICENSE_FONT', 'OFL-NotoSansJP.txt'],
  ['noto-sans-kr/LICENSE_FONT', 'OFL-NotoSansKR.txt'],
  ['noto-sans-sc/LICENSE_FONT', 'OFL-NotoSansSC.txt'],
  ['noto-sans-tc/LICENSE_FONT', 'OFL-NotoSansTC.txt'],
];
