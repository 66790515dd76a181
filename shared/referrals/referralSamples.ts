// Sample referral documents for `npm run samples` and the tests. Every name, place, phone number
// and event is fictional.
import type { PrintDocument } from '../print/model';
import { handoverDocument, type HandoverPrintOptions } from './handoverPrint';
import type { PersonSheet } from './personSheet';
import { blankPersonSheet, personSheetDocument } from './personSheetPrint';
import { emptyReferral, type ReferralInput } from './referral';
import { referralListDocument, referralListLabel, type ReferralListRow } from './referralListPrint';
import { checkStall, type HistoryEntry, type ReferralStatus } from './status';

const step = (status: ReferralStatus, date: string, by: string, note = '', skipped: ReferralStatus[] = []): HistoryEntry => ({
  status,
  date,
  by,
  note,
  skipped,
  correction: false,
});

export const SAMPLE_PERSON = {
  name: '架空 花子',
  birthDate: '1944-05-10',
  address: '横浜市鶴見区架空町1-2-3（架空）',
  phone: '045-000-0000',
} as const;
export const SAMPLE_OVERRIDE_PERSON = {
  name: '𠮷野 仮男',
  birthDate: '1950-01-20',
  address: '横浜市鶴見区見本町4-5-6 見本荘101（架空）',
  phone: '',
} as const;

export function samplePersonSheet(): PersonSheet {
  return {
    header: {
      writtenOn: '2026-11-10',
      author: '試験 二葉',
      occupation: '社会福祉士（地域包括支援センター）',
      contact: '架空地域ケアプラザ　045-000-0001',
      relation: '地域包括支援センターの担当者として、令和8年9月から支援',
    },
    living: { place: '自宅', facility: '', address: SAMPLE_PERSON.address, since: '1975-04-01' },
    certification: { care: '要支援1', disability: '', ryoiku: '', mental: '', note: '要介護認定の区分変更を申請中（令和8年10月）。' },
    daily: {
      physical: '一部について支援が必要',
      physicalNote: '屋内の移動は自立。買い物と入浴に支援が必要で、ヘルパーを週2回利用している。',
      cognitiveFluctuates: true,
      cognitive: ['だいたいできる', 'だいたいできる', 'あまりできない', 'できる'],
      cognitiveNote: '同じ話を何度もする。午前中は比較的はっきりしているが、夕方になると日付や予定がわからなくなることが多い。',
      behaviour: '行動障害はない',
      behaviourNote: '',
      social: '週1回以上',
      socialNote: '民生委員の訪問が週1回、地域のサロンに月2回参加している。',
      decisions: '日常的に必要な意思決定について、支援を受ければできる',
      decisionsNote: '',
      money: '親族又は第三者の支援を受けて本人が管理している',
      moneyNote:
        '公共料金の滞納が続いたため、現在はヘルパーと一緒に支払いを確認している。訪問販売で高額な布団を契約したことがある（クーリング・オフ済み）。',
    },
    issues: '自宅の管理と今後の住まいの選択、預貯金の管理、訪問販売などの契約への対応。',
    awareness: '申立てについて説明を受けて理解している',
    awarenessNote: '「お金のことを手伝ってくれる人がいると安心」と話している。',
    measures: '補助または保佐の申立てを検討し、それまでの間は日常生活自立支援事業の利用で金銭管理を支える。',
  };
}

export function sampleReferral(): ReferralInput {
  return {
    ...emptyReferral('sample-person-1', 'district-sample', '2026-09-01', '見本 一郎'),
    route: '民生委員',
    routeNote: '定例の訪問のときに、本人から相談があった。',
    declineSigns: ['同じ話を何度もする', '公共料金などの滞納', '訪問販売・詐欺などの被害'],
    declineNote: '電気料金の督促状が3通たまっていた。訪問販売で布団を契約していた（クーリング・オフ済み）。',
    relatives: [
      {
        name: '架空 一子',
        relation: '長女',
        degree: 1,
        reachable: 'はい',
        note: '大阪府在住。月に1回電話がある。申立人になることには迷いがある。',
      },
      { name: '架空 次郎', relation: '弟', degree: 2, reachable: '不明', note: '' },
    ],
    urgency: '中',
    expectedType: '補助',
    petitioner: '四親等内の親族',
    dailyLifeSupport: { considered: true, note: '区社協 あんしんセンターに相談し、利用の申込みを準備している。' },
    explained: '成年後見制度と日常生活自立支援事業について、パンフレットを使って民生委員と地域包括支援センターの職員が説明した。',
    wishes: '「できるだけ今の家で暮らしたい。お金のことは手伝ってもらえると助かる」',
    petitionConsent: { given: false, date: '', method: '' },
    handovers: [
      {
        to: '地域ケアプラザ',
        date: '2026-09-12',
        contact: '架空地域ケアプラザ 地域包括支援センター　試験 二葉　045-000-0001',
        consent: {
          kind: 'consent',
          date: '2026-09-10',
          method: '口頭',
          note: '民生委員が訪問し、地域包括支援センターへ情報を伝えることを説明して同意を得た。',
        },
      },
    ],
    notes: [
      {
        date: '2026-09-15',
        by: '試験 二葉',
        text: '地域包括支援センターの社会福祉士が民生委員と同行訪問。本人は穏やかに応対し、金銭管理の支援を希望した。',
      },
      {
        date: '2026-10-05',
        by: '試験 二葉',
        text: '長女に電話で状況を説明。長女は制度の利用に前向きだが、申立人になるかどうかは考えたいとのこと。',
      },
    ],
    history: [
      step('intake', '2026-09-01', '見本 一郎', '民生委員が本人から相談を受けた。'),
      step('gathering', '2026-09-12', '見本 一郎', '地域包括支援センターにつないだ。'),
      step('planning', '2026-10-20', '試験 二葉', '個別ケース検討会議で支援方針を検討。'),
    ],
  };
}

export function sampleOverrideReferral(): ReferralInput {
  return {
    ...sampleReferral(),
    personId: 'sample-person-2',
    consultedOn: '2026-10-02',
    route: '金融機関',
    routeNote: '',
    declineSigns: ['日時や場所がわからない', 'お金の管理ができない'],
    declineNote: '銀行の窓口で、通帳の再発行を繰り返している。',
    relatives: [
      {
        name: '見本 三郎',
        relation: '甥',
        degree: 3,
        reachable: 'はい',
        note: '本人の年金を管理していると話すが、生活費が本人に渡っていないおそれがある。',
      },
    ],
    abuse: {
      suspected: true,
      kinds: ['経済的虐待（財産侵害）', 'ネグレクト'],
      note: '食事が十分にとれていない様子。室内に食べ物がほとんどなかった。',
    },
    urgency: '高',
    expectedType: '保佐',
    petitioner: '区長申立',
    dailyLifeSupport: { considered: false, note: '財産侵害の疑いがあるため、先に区に相談した。' },
    explained: '区役所の職員が訪問し、生活を守るために区が相談に乗ることを説明した。',
    wishes: '「甥には世話になっているから、悪く言いたくない」',
    handovers: [
      {
        to: '区高齢・障害支援課',
        date: '2026-10-03',
        contact: '高齢者支援担当　例示 三郎　045-000-0002',
        consent: {
          kind: 'override',
          reason: '虐待のおそれ',
          note: '経済的虐待とネグレクトのおそれがあり、本人は甥をかばって同意しなかった。高齢者虐待防止法に基づく相談として区へ情報を提供した。',
        },
      },
    ],
    notes: [],
    history: [
      step('intake', '2026-10-02', '試験 二葉', '金融機関から地域包括支援センターに連絡。'),
      step('planning', '2026-10-03', '例示 三郎', '区のコア会議で対応を協議。', ['gathering']),
    ],
  };
}

const handoverOpts = (person: typeof SAMPLE_PERSON | typeof SAMPLE_OVERRIDE_PERSON): HandoverPrintOptions => ({
  personName: person.name,
  personBirthDate: person.birthDate,
  personAddress: person.address,
  personPhone: person.phone,
  districtName: '架空第一地区',
  fromOrg: '民生委員・児童委員（架空第一地区）',
  fromName: '見本 一郎',
  fromContact: '090-0000-0000',
  size: 'standard',
  printedOn: '2026-11-27',
});

/** Open cases of a fictional district, with names — which the list must never print. */
export const SAMPLE_LIST_CASES: readonly {
  name: string;
  district: string;
  urgency: string;
  expectedType: string;
  history: HistoryEntry[];
  nextAction?: string;
}[] = [
  {
    name: '架空 花子',
    district: '架空第一地区',
    urgency: '中',
    expectedType: '補助',
    history: [step('intake', '2026-09-01', 'a'), step('planning', '2026-10-20', 'a')],
    nextAction: '長女の意向を確認',
  },
  {
    name: '𠮷野 仮男',
    district: '架空第一地区',
    urgency: '高',
    expectedType: '保佐',
    history: [step('intake', '2026-10-02', 'a'), step('planning', '2026-10-03', 'a'), step('preparing', '2026-11-10', 'a')],
    nextAction: '区長申立の準備を区と確認',
  },
  { name: '見本 ウメ', district: '架空第二地区', urgency: '低', expectedType: '未定', history: [step('intake', '2026-11-20', 'a')] },
  {
    name: '髙﨑 試子',
    district: '架空第二地区',
    urgency: '中',
    expectedType: '後見',
    history: [step('intake', '2026-06-01', 'a'), step('preparing', '2026-08-10', 'a')],
    nextAction: '診断書の依頼',
  },
  {
    name: '例示 松男',
    district: '架空第一地区',
    urgency: '中',
    expectedType: '任意後見',
    history: [step('intake', '2026-10-15', 'a'), step('gathering', '2026-11-10', 'a')],
  },
  {
    name: '濵田 見本',
    district: '架空第三地区',
    urgency: '高',
    expectedType: '後見',
    history: [step('intake', '2026-04-01', 'a'), step('petitioned', '2026-07-01', 'a')],
  },
  {
    name: '仮名 トメ',
    district: '架空第三地区',
    urgency: '低',
    expectedType: '補助',
    history: [step('intake', '2026-11-18', 'a')],
    nextAction: '次回訪問で本人の意向を聞く',
  },
  {
    name: '模擬 竹子',
    district: '架空第二地区',
    urgency: '中',
    expectedType: '保佐',
    history: [step('intake', '2026-08-01', 'a'), step('appointed', '2026-11-01', 'a')],
  },
];

export const SAMPLE_LIST_AS_OF = '2026-11-27';

export function sampleListRows(asOf = SAMPLE_LIST_AS_OF): ReferralListRow[] {
  return SAMPLE_LIST_CASES.map((c, i) => ({
    label: referralListLabel(c.name, i),
    districtName: c.district,
    ...checkStall(c.history, asOf),
    urgency: c.urgency,
    expectedType: c.expectedType,
    ...(c.nextAction ? { nextAction: c.nextAction } : {}),
  }));
}

export const referralSamples: { fileName: string; build: () => PrintDocument }[] = [
  {
    fileName: 'person-sheet.pdf',
    build: () =>
      personSheetDocument(samplePersonSheet(), {
        personName: SAMPLE_PERSON.name,
        personBirthDate: SAMPLE_PERSON.birthDate,
        size: 'standard',
        printedOn: '2026-11-27',
      }),
  },
  {
    fileName: 'person-sheet-blank-large.pdf',
    build: () => personSheetDocument(blankPersonSheet(), { personName: '', personBirthDate: '', size: 'large', printedOn: '2026-11-27' }),
  },
  { fileName: 'referral-handover.pdf', build: () => handoverDocument(sampleReferral(), 0, handoverOpts(SAMPLE_PERSON)) },
  {
    fileName: 'referral-handover-override.pdf',
    build: () => handoverDocument(sampleOverrideReferral(), 0, handoverOpts(SAMPLE_OVERRIDE_PERSON)),
  },
  {
    fileName: 'referral-list.pdf',
    build: () =>
      referralListDocument(sampleListRows(), {
        districtName: '架空地区別支援チーム（第一〜第三地区）',
        asOf: SAMPLE_LIST_AS_OF,
        size: 'standard',
      }),
  },
];
