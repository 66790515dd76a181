// Placeholder: replaced by the feature's page.
export function DirectoryPage(_props: Record<string, unknown>) {
  return <h1>DirectoryPage</h1>;
}
