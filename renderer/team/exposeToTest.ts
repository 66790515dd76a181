// Test-only: how the team test pages (replicaTestPage.ts, syncTestPage.ts) hand their functions
// to the Playwright specs, as `window.team`. PouchDB and the app throw plain objects (status,
// name, reason, code) that would reach the test as "[object Object]": each is said in full.
export function exposeToTest(api: Record<string, (...args: never[]) => unknown>): void {
  const said = (name: string, e: unknown) => {
    const o = e as { status?: number; name?: string; message?: string; reason?: string; code?: string };
    let json = '';
    try {
      json = JSON.stringify(e);
    } catch {
      // a cyclic error object: its fields above say enough
    }
    return new Error(`${name}: ${o.code ?? ''} ${o.status ?? ''} ${o.name ?? ''} ${o.message ?? ''} ${o.reason ?? ''} ${json}`);
  };
  (window as unknown as { team: unknown }).team = Object.fromEntries(
    Object.entries(api).map(([name, f]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await (f as (...a: unknown[]) => unknown)(...args);
        } catch (e) {
          throw said(name, e);
        }
      },
    ]),
  );
}
