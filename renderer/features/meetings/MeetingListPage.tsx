// Placeholder: replaced by the feature's page.
export function MeetingListPage(_props: Record<string, unknown>) {
  return <h1>MeetingListPage</h1>;
}
