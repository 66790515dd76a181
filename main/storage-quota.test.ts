import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STATIC_STORAGE_QUOTA_FEATURE, reportEnforcedStorageQuota } from './storage-quota';

/** Chromium's command line as far as the function sees it: one value per switch, the last wins. */
function commandLine(initial: Record<string, string> = {}) {
  const switches = new Map(Object.entries(initial));
  return {
    switches,
    appendSwitch: (name: string, value?: string) => void switches.set(name, value ?? ''),
    getSwitchValue: (name: string) => switches.get(name) ?? '',
  };
}

describe('reportEnforcedStorageQuota', () => {
  it('disables exactly StaticStorageQuota', () => {
    const cl = commandLine();
    reportEnforcedStorageQuota(cl);
    expect(STATIC_STORAGE_QUOTA_FEATURE).toBe('StaticStorageQuota');
    expect([...cl.switches]).toEqual([['disable-features', 'StaticStorageQuota']]);
  });

  it('keeps features disabled before it, once each', () => {
    const cl = commandLine({ 'disable-features': 'SomethingElse,StaticStorageQuota' });
    reportEnforcedStorageQuota(cl);
    reportEnforcedStorageQuota(cl);
    expect(cl.switches.get('disable-features')).toBe('SomethingElse,StaticStorageQuota');
  });

  it('is the only switch its file sets (the security check allows disable-features there alone)', () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const source = readFileSync(path.join(here, 'storage-quota.ts'), 'utf8');
    expect(source.match(/appendSwitch\(/g)).toHaveLength(1);
    expect(source).toContain("appendSwitch('disable-features', [...already, STATIC_STORAGE_QUOTA_FEATURE].join(','))");
  });
});
