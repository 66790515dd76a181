// Every problem code (shared/domain/problems) as one Japanese sentence, and the one function the
// forms use to word a problem. The tables are complete at compile time; a field that truly needs
// its own wording asks for a context (i18next looks up `<code>_<context>`, then `<code>`).
import type { TFunction } from 'i18next';
import type { Problem, ProblemCode } from '../../shared/domain/problems';

/** Kinds of field with their own wording for some codes. */
export type ProblemContext = 'meeting' | 'person';

const sentences = {
  required: '必ず入力してください。',
  date: '日付が正しくありません。',
  time: '時刻が正しくありません。',
  too_long: '長すぎます。短くしてください。',
  invalid: '選び直すか、入力を確かめてください。',
  controlChar: '見えない制御文字（NUL など）が含まれています（{{at}}文字目）。消してからもう一度保存してください。',
  bidiControl:
    '文字の並ぶ向きを変える見えない記号が含まれています（{{at}}文字目）。表示や印刷が乱れるので、消してからもう一度保存してください。',
  lineBreak: 'この欄には改行を入れられません（{{at}}文字目）。1行で入力してください。',
  brokenChar: '壊れた文字（文字化け）が含まれています（{{at}}文字目）。消してからもう一度保存してください。',
  future: '今日より後の日付は記録できません。',
  past: '期限が今日より前の日付です。',
  beforeRecord: '期限が記録の日付より前になっています。',
  beforeMeeting: '次回の日程が、この会議の日より前です。',
  beforeConsultation: '相談日より前の日付です。',
  endBeforeStart: '終了時刻が開始時刻より前（または同じ）になっています。',
  contactMinimum:
    '「ようす・話したこと」を一言でも書いてください（「変わりなし」でかまいません）。記録に最低限必要です（研修などは「その他の活動」を選べば空欄でかまいません）。',
  meetingMinimum:
    '何を話し合ったかを書いてください。検討内容・結論・地域課題・課題・事例・役割分担のどれか一つが、会議の記録に最低限必要です。',
  fieldAndContent: '分野と内容は、両方選ぶか両方とも（なし）にしてください。',
  caseRequired: '個別ケース検討会議には、事例（対象者）が1人以上必要です。',
  noCasesInArea: '地域ケア会議には個人の事例を入れられません。事例を削除するか、種別を変えてください。',
  consentMissing: '事例がありますが、本人同意を得たことが記録されていません。',
  duplicateCase: '同じ人の事例が2つあります。',
  relativesListed: '「親族はいない」になっていますが、親族が書かれています。どちらかを直してください。',
  hojoConsent: '補助を本人以外が申し立てるときは、本人の同意が必要です。同意を得たら、ここに記録してください。',
  mayorWithRelatives: '連絡のとれる親族がいて、虐待の疑いもありません。区長申立でよいか確かめてください。',
} satisfies Record<ProblemCode, string>;

const inContext = {
  beforeRecord_meeting: '期限が会議の日より前です。',
  past_meeting: '期限がすでに過ぎています。',
  required_person: '対象者を選んでください。',
} satisfies Partial<Record<`${ProblemCode}_${ProblemContext}`, string>>;

export const problemsJa = { ...sentences, ...inContext };

/**
 * A problem in the user's words. `params.context` picks a field kind's own wording where there
 * is one; the problem's own params (where a refused character is) always reach the sentence.
 */
export function problemMessage(
  t: TFunction,
  problem: Pick<Problem, 'code' | 'params'>,
  params?: { context?: ProblemContext } & Record<string, string | number | undefined>,
): string {
  return t(`problems.${problem.code}`, { ...params, ...problem.params });
}
