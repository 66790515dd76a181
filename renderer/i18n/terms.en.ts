// English for the fixed Japanese words the records store (shared/: statuses, activity report
// categories, referral steps, the plan's goals …). A record keeps the Japanese word; the screen
// shows this word in English mode (i18n/terms.ts). Typed against the shared lists, so a word
// added there without its English here is a compile error; terms.test.ts also walks every list.
// Printed forms and CSV files keep the Japanese words: they are for Japanese offices.
import type {
  ACTIVITY_CONTENTS,
  ACTIVITY_FIELDS,
  CONTACT_KINDS,
  OTHER_ACTIVITIES,
  REFERRAL_DESTINATIONS,
} from '../../shared/contactLog/activity';
import type {
  CARE_FLAGS,
  CARE_LEVELS,
  CONSENT_SCOPES,
  DISABILITY_SUPPORT_LEVELS,
  HOUSEHOLDS,
  MENTAL_HANDBOOK_GRADES,
  PERSON_STATUSES,
  SEXES,
} from '../../shared/persons/person';
import type { ACTORS } from '../../shared/domain/plan';
import type { MEETING_FUNCTIONS } from '../../shared/meetings/meeting';
import type {
  ABUSE_KINDS,
  CONSENT_METHODS,
  CONSULTATION_ROUTES,
  DECLINE_SIGNS,
  DESTINATIONS,
  GUARDIANSHIP_TYPES,
  OVERRIDE_REASONS,
  PETITIONERS,
  URGENCIES,
} from '../../shared/referrals/referral';
import type {
  ABILITY_LEVELS,
  BEHAVIOUR,
  COGNITIVE_ITEMS,
  DECISION_MAKING,
  LIVING_PLACES,
  MONEY_MANAGEMENT,
  PETITION_AWARENESS,
  SOCIAL_FREQUENCY,
  SUPPORT_NEEDS,
} from '../../shared/referrals/personSheet';
import type { END_STEPS, MAIN_STEPS } from '../../shared/referrals/status';

type Of<T extends readonly unknown[]> = Exclude<T[number], ''>;
type Label<T extends readonly { label: string }[]> = T[number]['label'];

/** Every fixed word of the shared lists (the empty "not chosen" choice has no word). */
export type Term =
  | Of<typeof ACTIVITY_FIELDS>
  | Of<typeof ACTIVITY_CONTENTS>
  | Of<typeof OTHER_ACTIVITIES>
  | Of<typeof CONTACT_KINDS>
  | Of<typeof REFERRAL_DESTINATIONS>
  | Of<typeof SEXES>
  | Of<typeof HOUSEHOLDS>
  | Of<typeof CARE_LEVELS>
  | Of<typeof DISABILITY_SUPPORT_LEVELS>
  | Of<typeof MENTAL_HANDBOOK_GRADES>
  | Of<typeof PERSON_STATUSES>
  | Of<typeof CARE_FLAGS>
  | Of<typeof CONSENT_SCOPES>
  | Of<typeof ACTORS>
  | Of<typeof MEETING_FUNCTIONS>
  | Of<typeof CONSULTATION_ROUTES>
  | Of<typeof DECLINE_SIGNS>
  | Of<typeof ABUSE_KINDS>
  | Of<typeof URGENCIES>
  | Of<typeof GUARDIANSHIP_TYPES>
  | Of<typeof PETITIONERS>
  | Of<typeof DESTINATIONS>
  | Of<typeof CONSENT_METHODS>
  | Of<typeof OVERRIDE_REASONS>
  | Of<typeof LIVING_PLACES>
  | Of<typeof SUPPORT_NEEDS>
  | Of<typeof COGNITIVE_ITEMS>
  | Of<typeof ABILITY_LEVELS>
  | Of<typeof BEHAVIOUR>
  | Of<typeof SOCIAL_FREQUENCY>
  | Of<typeof DECISION_MAKING>
  | Of<typeof MONEY_MANAGEMENT>
  | Of<typeof PETITION_AWARENESS>
  | Label<typeof MAIN_STEPS>
  | Label<typeof END_STEPS>;

/**
 * Words whose lists are not literal types (the plan's pillars and goals, the meeting types) or
 * live in the renderer (a relative's 連絡可否, the 分野なし column); terms.test.ts checks that
 * each of those lists is covered.
 */
export type ExtraTerm =
  | 'つながりのある地域づくり'
  | '必要な人に支援が届くしくみづくり'
  | '健やかに暮らせる地域づくり'
  | '世代間の交流を進めます'
  | '地域の団体・関係機関の連携を深めます'
  | '幅広い住民の参加を促し、地域活動の担い手を育てます'
  | '地域活動や個人、団体をつなぐコーディネーターを育てます'
  | '誰もがどこかにつながるような支えあいのネットワークをつくります'
  | '見守りの輪を地域全体に広げます'
  | '必要な情報をわかりやすく届けます'
  | '地域の中で共に暮らすということを意識します'
  | '地域での健康づくり活動に取り組みます'
  | '意欲と能力を発揮でき、いきいきと暮らせる場や機会をつくります'
  | '個別ケース検討会議'
  | '地区別支援チーム会議'
  | '地域ケア会議（地域・区レベル）'
  | 'はい'
  | 'いいえ'
  | '不明';

export const TERMS_EN: Record<Term | ExtraTerm, string> = {
  // 活動記録: 分野, 内容, その他の活動, how the contact happened, つなぎ先
  高齢者: 'Older people',
  障害者: 'People with disabilities',
  子ども: 'Children',
  その他: 'Other',
  在宅福祉: 'Welfare services at home',
  介護保険: 'Long-term care insurance',
  '健康・保健医療': 'Health and medical care',
  '子育て・母子保健': 'Child-rearing, mother and child health',
  子どもの地域生活: 'Children’s life in the community',
  '子どもの教育・学校生活': 'Children’s education and school life',
  生活費: 'Living costs',
  '年金・保険': 'Pensions and insurance',
  仕事: 'Work',
  家族関係: 'Family relations',
  住居: 'Housing',
  生活環境: 'Living environment',
  日常的な支援: 'Everyday support',
  '調査・実態把握': 'Surveys and fact-finding',
  '行事・事業・会議への参加協力': 'Taking part in events, programmes and meetings',
  '地域福祉活動・自主活動': 'Community welfare and own activities',
  '民児協運営・研修': 'Commissioners’ council work and training',
  証明事務: 'Certificates',
  '要保護児童の発見の通告・仲介': 'Reporting a child in need of protection',
  訪問: 'Visit',
  電話: 'Phone',
  来所: 'Came in',
  同行: 'Accompanied',
  地域ケアプラザ: 'Community care plaza',
  '区役所 高齢・障害支援課': 'Ward office, older people and disability support',
  '区役所 こども家庭支援課': 'Ward office, children and families',
  '区役所 生活支援課': 'Ward office, livelihood support',
  区社協: 'Ward social welfare council',
  '区社協 あんしんセンター': 'Ward council Anshin Center',
  医療機関: 'Medical institution',
  介護事業者: 'Care provider',
  '警察・消防': 'Police or fire service',
  '他の民生委員・児童委員': 'Another commissioner',
  // 対象者
  女性: 'Female',
  男性: 'Male',
  独居: 'Lives alone',
  高齢者のみ世帯: 'Older people only',
  同居: 'Lives with others',
  日中独居: 'Alone in the daytime',
  非該当: 'Not eligible',
  申請中: 'Applied for',
  要支援1: 'Support level 1',
  要支援2: 'Support level 2',
  要介護1: 'Care level 1',
  要介護2: 'Care level 2',
  要介護3: 'Care level 3',
  要介護4: 'Care level 4',
  要介護5: 'Care level 5',
  区分1: 'Level 1',
  区分2: 'Level 2',
  区分3: 'Level 3',
  区分4: 'Level 4',
  区分5: 'Level 5',
  区分6: 'Level 6',
  '1級': 'Grade 1',
  '2級': 'Grade 2',
  '3級': 'Grade 3',
  見守り中: 'Watched over',
  支援終了: 'Support ended',
  転出: 'Moved away',
  死亡: 'Deceased',
  認知症の疑い: 'Possible dementia',
  身体障害: 'Physical disability',
  知的障害: 'Intellectual disability',
  精神障害: 'Mental illness',
  難病: 'Intractable disease',
  日本語の支援が必要: 'Needs help with Japanese',
  災害時要援護: 'Needs help in a disaster',
  虐待の疑い: 'Possible abuse',
  経済的困窮: 'Financial hardship',
  ひきこもり: 'Withdrawn from society',
  地区別支援チーム: 'District support team',
  区役所: 'Ward office',
  民生委員: 'Welfare commissioner',
  // The plan's actors (organisations)
  地域住民: 'Residents',
  '自治会・町内会': 'Neighbourhood association',
  地区社協: 'District social welfare council',
  '福祉保健施設・公共施設等': 'Welfare, health and public facilities',
  '民生委員・児童委員等委嘱委員': 'Commissioners and other appointed volunteers',
  'NPO法人・ボランティア': 'NPOs and volunteers',
  民間事業者: 'Private businesses',
  '学校・保育所等': 'Schools and nurseries',
  // 地域ケア会議の5つの機能
  個別課題解決: 'Solving individual cases',
  ネットワーク構築: 'Building networks',
  地域課題発見: 'Finding community issues',
  '地域づくり・資源開発': 'Community building, developing resources',
  政策形成: 'Shaping policy',
  // 成年後見
  本人: 'The person',
  '家族・親族': 'Family or relatives',
  ケアマネジャー: 'Care manager',
  金融機関: 'Bank or other financial institution',
  近隣住民: 'Neighbour',
  警察: 'Police',
  同じ話を何度もする: 'Tells the same story again and again',
  日時や場所がわからない: 'Loses track of the date, time or place',
  お金の管理ができない: 'Cannot manage money',
  公共料金などの滞納: 'Utility bills or similar left unpaid',
  契約の内容がわからない: 'Does not understand contracts',
  '訪問販売・詐欺などの被害': 'Harmed by door-to-door sales, fraud or similar',
  服薬の管理ができない: 'Cannot manage medication',
  家の中が片付けられない: 'Cannot keep the home in order',
  身体的虐待: 'Physical abuse',
  心理的虐待: 'Psychological abuse',
  性的虐待: 'Sexual abuse',
  ネグレクト: 'Neglect',
  '経済的虐待（財産侵害）': 'Financial abuse (taking property)',
  高: 'High',
  中: 'Medium',
  低: 'Low',
  未定: 'Not decided yet',
  後見: 'Guardianship (kōken)',
  保佐: 'Curatorship (hosa)',
  補助: 'Assistance (hojo)',
  任意後見: 'Voluntary guardianship',
  配偶者: 'Spouse',
  四親等内の親族: 'Relative within the fourth degree',
  区長申立: 'Petition by the ward mayor',
  '区高齢・障害支援課': 'Ward office, older people and disability support',
  よこはま成年後見推進センター: 'Yokohama Adult Guardianship Promotion Center',
  家庭裁判所: 'Family court',
  口頭: 'Verbally',
  書面: 'In writing',
  虐待のおそれ: 'Risk of abuse',
  '生命・身体の保護のため緊急': 'Urgent, to protect life or body',
  本人に同意する能力がない: 'The person cannot consent',
  相談受付: 'Consultation received',
  情報収集: 'Gathering information',
  支援方針検討: 'Deciding the support plan',
  申立準備: 'Preparing the petition',
  申立済: 'Petition filed',
  審判: 'Court ruling',
  後見人等選任: 'Guardian appointed',
  終結: 'Closed',
  取下げ: 'Withdrawn',
  見送り: 'Not pursued',
  // 本人情報シート
  自宅: 'At home',
  '施設・病院': 'In a facility or hospital',
  支援は必要ない: 'Needs no support',
  一部について支援が必要: 'Needs support with some things',
  全面的に支援が必要: 'Needs support with everything',
  日常的な行為に関する意思の伝達: 'Making their wishes known about everyday acts',
  日常的な行為に関する理解: 'Understanding everyday acts',
  日常的な行為に関する短期的な記憶: 'Short-term memory of everyday acts',
  本人が家族等を認識できているか: 'Recognises family and others',
  できる: 'Can',
  だいたいできる: 'Mostly can',
  あまりできない: 'Mostly cannot',
  できない: 'Cannot',
  行動障害はない: 'No behavioural disorder',
  行動障害がある: 'Has a behavioural disorder',
  週1回以上: 'Once a week or more',
  月1回以上: 'Once a month or more',
  月1回未満: 'Less than once a month',
  日常的に必要な意思決定ができる: 'Can make the everyday decisions needed',
  '日常的に必要な意思決定について、支援を受ければできる': 'Can make the everyday decisions needed, with support',
  '日常的に必要な意思決定は、ほとんどできない': 'Can hardly make the everyday decisions needed',
  '日常的に必要な意思決定は、できない': 'Cannot make the everyday decisions needed',
  本人が管理している: 'The person manages it',
  親族又は第三者の支援を受けて本人が管理している: 'The person manages it with help from relatives or others',
  親族又は第三者が管理している: 'Relatives or others manage it',
  申立てについて説明を受けて理解している: 'Was told about the petition and understands it',
  申立てについて説明を受けたが理解していない: 'Was told about the petition but does not understand it',
  申立てについて説明を受けていない: 'Has not been told about the petition',
  // The plan 鶴見・あいねっと: pillars and action goals
  つながりのある地域づくり: 'A community where people are connected',
  必要な人に支援が届くしくみづくり: 'Ways for support to reach those who need it',
  健やかに暮らせる地域づくり: 'A community where people live in good health',
  世代間の交流を進めます: 'Bring the generations together',
  '地域の団体・関係機関の連携を深めます': 'Deepen the ties between local groups and agencies',
  '幅広い住民の参加を促し、地域活動の担い手を育てます': 'Invite many residents in and grow the people who carry local activities',
  '地域活動や個人、団体をつなぐコーディネーターを育てます': 'Grow coordinators who link activities, people and groups',
  誰もがどこかにつながるような支えあいのネットワークをつくります:
    'Build a network of mutual support so that everyone is connected somewhere',
  見守りの輪を地域全体に広げます: 'Spread the circle of watching over to the whole community',
  必要な情報をわかりやすく届けます: 'Deliver the information people need, easy to understand',
  地域の中で共に暮らすということを意識します: 'Keep in mind what living together in the community means',
  地域での健康づくり活動に取り組みます: 'Take up health activities in the community',
  '意欲と能力を発揮でき、いきいきと暮らせる場や機会をつくります':
    'Make places and chances where people use their drive and abilities and live well',
  // Meeting types
  個別ケース検討会議: 'Individual case meeting',
  地区別支援チーム会議: 'District support team meeting',
  '地域ケア会議（地域・区レベル）': 'Community care meeting (area or ward)',
  // A relative can be reached
  はい: 'Yes',
  いいえ: 'No',
  不明: 'Not known',
};
