// Placeholder: replaced by the feature's page.
export function ContactLogPage(_props: Record<string, unknown>) {
  return <h1>ContactLogPage</h1>;
}
