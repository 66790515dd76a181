// Public module of the demo vault.
import type * as Seed from './seedDemoRecords';

/** The demo vault's passphrase is public on purpose: it holds only fictional data. */
export const DEMO_PASSPHRASE = 'tsurumi-demo-2026';

/**
 * Fills a new demo vault (seedDemoRecords.ts). Its code, with the repositories of every feature
 * it writes through, loads only when a demo vault is made: the unlock screen needs the
 * passphrase above, not this.
 */
export async function seedDemoVault(...args: Parameters<typeof Seed.seedDemoVault>): Promise<void> {
  const { seedDemoVault: seed } = await import('./seedDemoRecords');
  await seed(...args);
}
