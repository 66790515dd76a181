import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FETCH_MIN_NODE,
  cannotStartMessage,
  fetchElectronBinary,
  fetchFailedExplain,
  fetchFailure,
  nodeAtLeast,
  startPlan,
} from './electron-binary.mjs';

const missing = { ok: false as const, kind: 'not-downloaded' as const, reason: 'it was never downloaded' };

describe('startPlan', () => {
  it('launches an installed binary', () => {
    expect(startPlan({ binary: { ok: true, path: '/x/electron' }, skipDownload: false })).toEqual({
      action: 'launch',
      path: '/x/electron',
    });
    expect(startPlan({ binary: { ok: true, path: '/x/electron' }, skipDownload: true })).toEqual({ action: 'launch', path: '/x/electron' });
  });

  it('fetches a binary that was never downloaded or is of another version', () => {
    expect(startPlan({ binary: missing, skipDownload: false })).toEqual({ action: 'fetch' });
    expect(startPlan({ binary: { ok: false, kind: 'wrong-version', reason: 'old' }, skipDownload: false })).toEqual({ action: 'fetch' });
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says so', () => {
    const plan = startPlan({ binary: missing, skipDownload: true });
    expect(plan).toMatchObject({ action: 'explain', fix: 'skip' });
    if (plan.action === 'explain') expect(plan.reason).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });

  it('sends people to npm ci when the package itself is missing, and to the override when that is wrong', () => {
    expect(startPlan({ binary: { ok: false, kind: 'no-package', reason: 'no package' }, skipDownload: false })).toMatchObject({
      action: 'explain',
      fix: 'npm-ci',
    });
    expect(startPlan({ binary: { ok: false, kind: 'override-missing', reason: 'no exe' }, skipDownload: false })).toMatchObject({
      action: 'explain',
      fix: 'override',
    });
  });
});

describe('fetchFailure', () => {
  const base = { timedOut: false, code: 1, signal: null, stderr: '', timeoutMs: 600_000 };
  it('names the deadline', () => {
    expect(fetchFailure({ ...base, timedOut: true, signal: 'SIGTERM' })).toBe('the download did not finish within 10 minutes');
    expect(fetchFailure({ ...base, timedOut: true, timeoutMs: 1500 })).toBe('the download did not finish within 2 seconds');
  });

  it('keeps the downloader’s error line and drops its stack', () => {
    const stderr =
      'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n    at async FetchDownloader.download (x.js:46:30)\n';
    expect(fetchFailure({ ...base, stderr })).toBe('the download failed: TypeError: fetch failed');
  });

  it('falls back to the exit status or signal', () => {
    expect(fetchFailure({ ...base, code: 3 })).toBe('the download failed (exit code 3)');
    expect(fetchFailure({ ...base, code: null, signal: 'SIGKILL' })).toBe('the download was stopped (SIGKILL)');
  });
});

describe('nodeAtLeast and the Node hint', () => {
  it('compares versions numerically', () => {
    expect(nodeAtLeast('v22.12.0', FETCH_MIN_NODE)).toBe(true);
    expect(nodeAtLeast('v22.13.1', FETCH_MIN_NODE)).toBe(true);
    expect(nodeAtLeast('v24.0.0', FETCH_MIN_NODE)).toBe(true);
    expect(nodeAtLeast('v22.11.9', FETCH_MIN_NODE)).toBe(false);
    expect(nodeAtLeast('v20.20.2', FETCH_MIN_NODE)).toBe(false);
    expect(nodeAtLeast('v9.99.99', FETCH_MIN_NODE)).toBe(false);
  });

  it('names an old Node as a possible cause of a failed download, and only then', () => {
    expect(fetchFailedExplain('the download failed: x', 'v20.20.2').reason).toContain('Node.js 22.12.0 or later; this is v20.20.2');
    expect(fetchFailedExplain('the download failed: x', 'v20.20.2').reasonJa).toContain('いまは v20.20.2');
    expect(fetchFailedExplain('the download failed: x', 'v22.13.0').reason).not.toContain('Node.js');
  });
});

describe('cannotStartMessage', () => {
  it.each(['network', 'skip', 'npm-ci', 'override'] as const)('is one short block in English and Japanese (%s)', (fix) => {
    const text = cannotStartMessage({ action: 'explain', reason: 'REASON', reasonJa: '理由', fix });
    const lines = text.split('\n');
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(lines).not.toContain('');
    expect(text).toContain('The desktop app cannot start: REASON.');
    expect(text).toContain('デスクトップアプリを起動できません：理由。');
    expect(text).toContain('npm run start:web');
  });
});

// The real install.js against a mirror on loopback: nothing leaves the machine.
describe('fetchElectronBinary', () => {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  const savedMirror = process.env.ELECTRON_MIRROR;

  afterEach(async () => {
    if (savedMirror === undefined) delete process.env.ELECTRON_MIRROR;
    else process.env.ELECTRON_MIRROR = savedMirror;
    for (const s of sockets) s.destroy();
    sockets.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function mirror(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    server.on('connection', (s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  it('stops a download that never answers at the deadline instead of hanging', async () => {
    const requested: string[] = [];
    process.env.ELECTRON_MIRROR = await mirror((req) => {
      requested.push(req.url ?? ''); // and never answer
    });
    const result = await fetchElectronBinary({ timeoutMs: 1500, log: () => {} });
    expect(result).toEqual({ ok: false, reason: 'the download did not finish within 2 seconds' });
    expect(requested.some((u) => u.endsWith('.zip'))).toBe(true);
  });

  it('reports a download the mirror refuses, at once', async () => {
    process.env.ELECTRON_MIRROR = await mirror((_req, res) => {
      res.writeHead(404).end('no');
    });
    const result = await fetchElectronBinary({ timeoutMs: 60_000, log: () => {} });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^the download failed: .*404/);
  });
});
