// The age reference tool (Debian `age`, and `script` to give it a terminal for passphrases),
// which the tests use as an independent second implementation. Missing on a developer's machine
// the tests that need it are skipped with this reason printed; missing in CI they fail, since
// .ci/run installs both.
import { execFileSync } from 'node:child_process';

export function ageToolMissing(file: string): string | undefined {
  const missing = ['age', 'script'].filter((tool) => {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return undefined;
  const reason = `${missing.join(' and ')} not installed (Debian packages age, bsdutils)`;
  if (process.env.CI) throw new Error(`${file}: ${reason}, and CI must have them (.ci/run installs them)`);
  console.log(`${file}: the age reference-tool tests are skipped: ${reason}`);
  return reason;
}
