// Placeholder: replaced by the feature's page.
export function ContactFormPage(_props: Record<string, unknown>) {
  return <h1>ContactFormPage</h1>;
}
