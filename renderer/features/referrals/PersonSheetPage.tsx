// Placeholder: replaced by the feature's page.
export function PersonSheetPage(_props: Record<string, unknown>) {
  return <h1>PersonSheetPage</h1>;
}
