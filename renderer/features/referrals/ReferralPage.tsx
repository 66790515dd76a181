// Placeholder: replaced by the feature's page.
export function ReferralPage(_props: Record<string, unknown>) {
  return <h1>ReferralPage</h1>;
}
