// Placeholder: replaced by the feature's page.
export function ActionListPage(_props: Record<string, unknown>) {
  return <h1>ActionListPage</h1>;
}
