export function findElectronBinary(): { ok: true; path: string } | { ok: false; reason: string };
export function missingBinaryMessage(reason: string): string;
