// Sample minutes for `npm run samples` and the tests. Every name, place and event is fictional.
import type { PrintDocument } from '../print/model';
import { emptyMeeting, type AttendeeRef, type MeetingInput } from './meeting';
import { minutesDocument, type MinutesAction, type MinutesPrintOptions } from './minutesPrint';

const attendee = (directoryId: string, name: string, organisation: string, role: string): AttendeeRef => ({
  directoryId,
  name,
  organisation,
  role,
});

export const SAMPLE_PERSON_NAMES: Readonly<Record<string, string>> = { 'person-1': '架空 花子', 'person-2': '𠮷野 仮男' };

export function sampleCaseMeeting(): MeetingInput {
  return {
    ...emptyMeeting('case', '2026-11-20', 'district-sample'),
    title: '独居高齢者2名の見守り体制について（架空）',
    number: 3,
    startTime: '14:00',
    endTime: '15:30',
    place: '架空地域ケアプラザ 多目的室',
    host: '架空地域ケアプラザ（地域包括支援センター）',
    chair: '試験 二葉',
    recorder: '例示 三郎',
    attendees: [
      attendee('d1', '見本 一郎', '民生委員・児童委員（架空第一地区）', '民生委員'),
      attendee('d2', '試験 二葉', '架空地域ケアプラザ 地域包括支援センター', '社会福祉士'),
      attendee('d3', '例示 三郎', '区役所 高齢・障害支援課', '保健師'),
      attendee('d4', '仮名 よし子', '架空居宅介護支援事業所', '介護支援専門員'),
      attendee('d5', '髙﨑 見本', '架空町内会', '会長'),
    ],
    absentees: [attendee('d6', '模擬 四郎', '民生委員・児童委員（架空第一地区）', '主任児童委員')],
    personAttended: false,
    familyAttended: true,
    presenter: '見本 一郎',
    consent: { obtained: true, date: '2026-11-10', how: '民生委員が訪問し、口頭で説明して本人から同意を得た（記録あり）' },
    cases: [
      {
        personId: 'person-1',
        basicInfo: '80代女性（架空）。独居。要支援1。高血圧で架空内科クリニックに通院中。',
        family: '長女（大阪府在住、架空）が月に1回電話。近隣に親族なし。',
        history:
          '　10月頃から、新聞がポストにたまる日が増えたと近隣住民から民生委員へ連絡があった。\n　民生委員が訪問したところ、室内で転倒し、しばらく起き上がれなかったことがあると話された。',
        wishes: '本人：「できるだけ今の家で暮らしたい」。長女：「週に一度は誰かに様子を見てほしい」。',
      },
      {
        personId: 'person-2',
        basicInfo: '70代男性（架空）。独居。介護認定なし。',
        family: '親族とは長く連絡をとっていない。',
        history: '　ごみの分別ができず、集積所でのトラブルが続いている。町内会長から相談があった。',
        wishes: '本人：「人に迷惑をかけたくない」。支援を受けることには迷いがある。',
      },
    ],
    issues: [
      '架空 花子さんの転倒時に、気づく人がいない。',
      '𠮷野 仮男さんのごみ出しの支援と、近隣との関係づくり。',
      '両名とも、緊急連絡先の情報が地域で共有されていない。',
    ],
    discussion:
      '　地域包括支援センターから、見守りサービスと配食サービスの利用について説明があった。民生委員からは、訪問の頻度を月1回から週1回に増やすことが提案された。\n　町内会長からは、ごみ集積所の当番の中で声かけができるとの意見があった。',
    conclusion:
      '1. 架空 花子さんは配食サービス（週3回）と民生委員の週1回の訪問で見守る。\n2. 𠮷野 仮男さんは町内会の声かけから始め、本人の気持ちに合わせて支援を検討する。',
    regionalIssues: '独居高齢者の転倒に気づく仕組みが地区にない。集積所のごみ分別が難しい高齢者への支援策が必要。',
    monitoring: '民生委員の訪問記録と配食事業者からの連絡で状況を確認し、次回会議で評価する。',
    nextDate: '2027-01-22',
    materialsCollected: true,
    materialsCollectedBy: '試験 二葉',
  };
}

export const SAMPLE_CASE_ACTIONS: readonly MinutesAction[] = [
  {
    owner: '見本 一郎',
    ownerOrg: '民生委員・児童委員',
    task: '週1回の訪問と安否確認',
    due: '2026-12-04',
    status: 'open',
    personId: 'person-1',
  },
  {
    owner: '試験 二葉',
    ownerOrg: '架空地域ケアプラザ',
    task: '配食サービスの申込み手続きを支援する',
    due: '2026-11-30',
    status: 'done',
    personId: 'person-1',
  },
  {
    owner: '髙﨑 見本',
    ownerOrg: '架空町内会',
    task: 'ごみ集積所の当番に、声かけへの協力をお願いする',
    due: '2026-12-15',
    status: 'open',
    personId: 'person-2',
  },
];

export function sampleAreaMeeting(): MeetingInput {
  return {
    ...emptyMeeting('area', '2026-12-08', 'district-sample'),
    title: '地区の見守りネットワークの課題（架空）',
    number: 2,
    startTime: '10:00',
    endTime: '11:45',
    place: '架空区役所 会議室',
    host: '区役所 高齢・障害支援課',
    chair: '例示 三郎',
    recorder: '試験 二葉',
    attendees: [
      attendee('d1', '見本 一郎', '民生委員・児童委員協議会（架空第一地区）', '会長'),
      attendee('d2', '試験 二葉', '架空地域ケアプラザ', '社会福祉士'),
      attendee('d3', '例示 三郎', '区役所 高齢・障害支援課', '保健師'),
      attendee('d7', '架空 次郎', '地区社協', '事務局'),
    ],
    issues: ['独居高齢者の転倒に気づく仕組みがない。', 'ごみの分別が難しい高齢者が増えている。'],
    discussion:
      '　各地区の個別ケース検討会議から上がった課題を共有した。配食事業者や新聞販売店など、日常的に訪問する事業者との見守り協定が有効ではないかとの意見が多かった。',
    conclusion: '事業者との見守り協定の案を区役所で作成し、次回の会議で検討する。',
    regionalIssues: '事業者による見守り協定の仕組みづくり（区レベルで検討）。',
    monitoring: '協定案の進み具合を、次回会議で確認する。',
    nextDate: '2027-02-09',
    materialsCollected: false,
  };
}

const AREA_ACTIONS: readonly MinutesAction[] = [
  {
    owner: '例示 三郎',
    ownerOrg: '区役所 高齢・障害支援課',
    task: '見守り協定の案を作成する',
    due: '2027-01-29',
    status: 'open',
    personId: '',
  },
  { owner: '架空 次郎', ownerOrg: '地区社協', task: '地区内の配食事業者の一覧をまとめる', due: '2027-01-15', status: 'open', personId: '' },
];

const base = (variant: MinutesPrintOptions['variant'], actions: readonly MinutesAction[]): MinutesPrintOptions => ({
  variant,
  size: 'standard',
  districtName: '架空第一地区',
  personNames: SAMPLE_PERSON_NAMES,
  actions,
  printedOn: '2026-11-27',
});

export const minutesSamples: { fileName: string; build: () => PrintDocument }[] = [
  { fileName: 'minutes-case.pdf', build: () => minutesDocument(sampleCaseMeeting(), base('full', SAMPLE_CASE_ACTIONS)) },
  {
    fileName: 'minutes-case-per-person.pdf',
    build: () => minutesDocument(sampleCaseMeeting(), { ...base('full', SAMPLE_CASE_ACTIONS), caseOf: 'person-2' }),
  },
  { fileName: 'minutes-area.pdf', build: () => minutesDocument(sampleAreaMeeting(), base('area', AREA_ACTIONS)) },
];
