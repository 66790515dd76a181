// The nationwide 民生委員・児童委員 活動記録 categories (docs/domain.md §4.2). The monthly
// report counts log entries under these; labels are the form's own words (分野 stored shortened,
// printed in full by FIELD_LABELS). Never reorder: the printed report and the CSV list them in
// this order.

/** 分野: whose matter a consultation was. The stored values (sealed in every entry) are short. */
export const ACTIVITY_FIELDS = ['高齢者', '障害者', '子ども', 'その他'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** 分野 in the form's own words, as the printed report and the CSV name them. */
export const FIELD_LABELS: Readonly<Record<ActivityField, string>> = {
  高齢者: '高齢者に関すること',
  障害者: '障害者に関すること',
  子ども: '子どもに関すること',
  その他: 'その他',
};

/** 内容 (14): what a consultation was about. */
export const ACTIVITY_CONTENTS = [
  '在宅福祉',
  '介護保険',
  '健康・保健医療',
  '子育て・母子保健',
  '子どもの地域生活',
  '子どもの教育・学校生活',
  '生活費',
  '年金・保険',
  '仕事',
  '家族関係',
  '住居',
  '生活環境',
  '日常的な支援',
  'その他',
] as const;
export type ActivityContent = (typeof ACTIVITY_CONTENTS)[number];

/** その他の活動 (6): activities that are not a consultation about one person. */
export const OTHER_ACTIVITIES = [
  '調査・実態把握',
  '行事・事業・会議への参加協力',
  '地域福祉活動・自主活動',
  '民児協運営・研修',
  '証明事務',
  '要保護児童の発見の通告・仲介',
] as const;
export type OtherActivity = (typeof OTHER_ACTIVITIES)[number];

/** How the contact happened. 訪問 counts toward 訪問回数 (見守り・安否確認を含む). */
export const CONTACT_KINDS = ['訪問', '電話', '来所', '同行', 'その他'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * つなぎ先: where a matter was passed on. Any entry with one counts toward 連絡調整回数.
 * (check) A starting list from the plan's actors and the ward's desks; easy to rename.
 */
export const REFERRAL_DESTINATIONS = [
  '地域ケアプラザ',
  '区役所 高齢・障害支援課',
  '区役所 こども家庭支援課',
  '区役所 生活支援課',
  '区社協',
  '区社協 あんしんセンター',
  '医療機関',
  '介護事業者',
  '警察・消防',
  '他の民生委員・児童委員',
  'その他',
] as const;
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];
