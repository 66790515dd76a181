// Placeholder: replaced by the feature's page.
export function ActivityReportPage(_props: Record<string, unknown>) {
  return <h1>ActivityReportPage</h1>;
}
