// Public module of the pillar-2 dashboard (柱2の取組状況): its loader, for the bench.
export { loadDashboard, type LoadedDashboard } from './dashboardLoad';
