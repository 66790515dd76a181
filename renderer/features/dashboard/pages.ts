// The screens of this feature, imported only by lazy.ts (dynamically), so that they and ECharts
// make a chunk of their own and load when first opened.
export { DashboardPage } from './DashboardPage';
