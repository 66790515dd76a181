// 鶴見区地域福祉保健計画「鶴見・あいねっと」: the taxonomy every record hangs on. Ids are stable;
// labels are the plan's own text (docs/domain.md §1). Never renumber an id.

export interface ActionGoal {
  readonly id: string;
  readonly label: string;
}
export interface Pillar {
  readonly id: 'p1' | 'p2' | 'p3';
  readonly label: string;
  readonly keywords: readonly string[];
  readonly goals: readonly ActionGoal[];
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'p1',
    label: 'つながりのある地域づくり',
    keywords: ['交流', '人材'],
    goals: [
      { id: '1-1', label: '世代間の交流を進めます' },
      { id: '1-2', label: '地域の団体・関係機関の連携を深めます' },
      { id: '1-3', label: '幅広い住民の参加を促し、地域活動の担い手を育てます' },
      { id: '1-4', label: '地域活動や個人、団体をつなぐコーディネーターを育てます' },
    ],
  },
  {
    id: 'p2',
    label: '必要な人に支援が届くしくみづくり',
    keywords: ['支えあい', '情報', '見守り', '互いの理解'],
    goals: [
      { id: '2-1', label: '誰もがどこかにつながるような支えあいのネットワークをつくります' },
      { id: '2-2', label: '見守りの輪を地域全体に広げます' },
      { id: '2-3', label: '必要な情報をわかりやすく届けます' },
      { id: '2-4', label: '地域の中で共に暮らすということを意識します' },
    ],
  },
  {
    id: 'p3',
    label: '健やかに暮らせる地域づくり',
    keywords: ['健康', '場', '機会'],
    goals: [
      { id: '3-1', label: '地域での健康づくり活動に取り組みます' },
      { id: '3-2', label: '意欲と能力を発揮でき、いきいきと暮らせる場や機会をつくります' },
    ],
  },
];

/** 計画の推進に関わる主体 (the plan's actor list), used as the organisation list. */
export const ACTORS = [
  '地域住民',
  '区役所',
  '自治会・町内会',
  '地区社協',
  '福祉保健施設・公共施設等',
  '地域ケアプラザ',
  '区社協',
  '民生委員・児童委員等委嘱委員',
  'NPO法人・ボランティア',
  '民間事業者',
  '学校・保育所等',
  '地区別支援チーム',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * The user's role, from the actor list. Professional roles may create professional-only
 * documents (本人情報シート); a commissioner's profile may not.
 */
export const USER_ROLES = [
  { id: 'commissioner', actor: '民生委員・児童委員等委嘱委員', professional: false },
  { id: 'ward-office', actor: '区役所', professional: true },
  { id: 'care-plaza', actor: '地域ケアプラザ', professional: true },
  { id: 'ward-council', actor: '区社協', professional: true },
  { id: 'district-council', actor: '地区社協', professional: false },
  { id: 'district-team', actor: '地区別支援チーム', professional: false },
  { id: 'npo', actor: 'NPO法人・ボランティア', professional: false },
  { id: 'other', actor: '地域住民', professional: false },
] as const satisfies readonly { id: string; actor: Actor; professional: boolean }[];
export type UserRoleId = (typeof USER_ROLES)[number]['id'];
export const USER_ROLE_IDS = USER_ROLES.map((r) => r.id) as [UserRoleId, ...UserRoleId[]];

export function isProfessionalRole(role: UserRoleId): boolean {
  return USER_ROLES.find((r) => r.id === role)?.professional ?? false;
}

export interface District {
  id: string;
  name: string;
  /** Hidden from pickers but kept, so old records still show their district. */
  archived?: boolean;
}

/**
 * Starting list of 地区 (連合町内会 areas; Tsurumi has 18). (check) The names are a starting
 * point for the team to correct in 設定 → 地区; ids stay stable when a name is edited.
 */
export const DEFAULT_DISTRICTS: readonly District[] = [
  '鶴見中央',
  '豊岡',
  '市場',
  '東寺尾',
  '北寺尾',
  '馬場',
  '寺尾',
  '獅子ヶ谷',
  '駒岡',
  '上末吉',
  '下末吉',
  '矢向',
  '江ケ崎',
  '尻手',
  '潮田',
  '生麦',
  '岸谷',
  '平安',
].map((name, i) => ({ id: `d${String(i + 1).padStart(2, '0')}`, name }));
