// Placeholder: replaced by the feature's page.
export function ReferralListPage(_props: Record<string, unknown>) {
  return <h1>ReferralListPage</h1>;
}
