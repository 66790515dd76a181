// The Japanese labels of the dashboard's tables, charts and report (the screen takes them from
// its messages, where English has its own): in a file of their own, so the app's strings carry
// no counting code into the first load.
import type { Measure } from './indicators';

export interface TableLabels {
  measures: Record<Measure, string>;
  allGoals: string;
  allDistricts: string;
  noDistrict: string;
  item: string;
  goal: string;
  district: string;
  previous: string;
  current: string;
  change: string;
  monthEnd: string;
  overdueCount: string;
  tables: { selected: string; byGoal: string; byDistrict: string; reach: string; overdue: string };
  reach: { watched: string; reached: string; share: string; noContact: string; handovers: string; medianDays: string };
}

export const DASHBOARD_LABELS_JA: TableLabels = {
  measures: {
    contacts: '見守り・相談の記録',
    meetings: '会議',
    actionsDone: 'やること 完了',
    referralsOpened: '成年後見 相談開始',
    referralsClosed: '成年後見 終結・取下げ・見送り',
    endingNotes: 'エンディングノート作成',
  },
  allGoals: 'すべての目標',
  allDistricts: 'すべての地区',
  noDistrict: '地区なし・区全体',
  item: '項目',
  goal: '行動目標',
  district: '地区',
  previous: '前期間',
  current: '今期間',
  change: '増減',
  monthEnd: '月末',
  overdueCount: '期限切れのやること',
  tables: {
    selected: '選んだ条件の件数',
    byGoal: '行動目標別',
    byDistrict: '地区別',
    reach: '支援が届いているか',
    overdue: '期限切れのやること（各月末）',
  },
  reach: {
    watched: '見守り中の人',
    reached: '連絡の間隔内に連絡できた人',
    share: 'その割合',
    noContact: '期間中に一度も連絡のなかった人',
    handovers: '成年後見 つなぎ（初回）',
    medianDays: '相談からつなぎまでの日数（中央値）',
  },
};
