// Placeholder: replaced by the feature's page.
export function MeetingFormPage(_props: Record<string, unknown>) {
  return <h1>MeetingFormPage</h1>;
}
