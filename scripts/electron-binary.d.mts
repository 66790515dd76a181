export type MissingKind = 'no-package' | 'override-missing' | 'not-downloaded' | 'wrong-version';
export type BinaryLookup = { ok: true; path: string } | { ok: false; kind: MissingKind; reason: string };
export type Fix = 'network' | 'npm-ci' | 'override' | 'skip';
export type Explain = { action: 'explain'; reason: string; reasonJa: string; fix: Fix };
export type StartPlan = { action: 'launch'; path: string } | { action: 'fetch' } | Explain;

export function findElectronBinary(): BinaryLookup;
export const FETCH_MIN_NODE: string;
export const FETCH_TIMEOUT_MS: number;
export function nodeAtLeast(version: string, minimum: string): boolean;
export function startPlan(input: { binary: BinaryLookup; skipDownload: boolean }): StartPlan;
export function fetchFailure(outcome: {
  timedOut: boolean;
  code: number | null;
  signal: string | null;
  stderr: string;
  timeoutMs: number;
}): string;
export function fetchFailedExplain(failure: string, nodeVersion: string): Explain;
export function fetchElectronBinary(options?: {
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<{ ok: true } | { ok: false; reason: string }>;
export function cannotStartMessage(explain: Explain): string;
