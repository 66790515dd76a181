// Public module of the demo vault.
export { seedDemoRecords, seedDemoVault } from './seedDemoRecords';

/** The demo vault's passphrase is public on purpose: it holds only fictional data. */
export const DEMO_PASSPHRASE = 'tsurumi-demo-2026';
