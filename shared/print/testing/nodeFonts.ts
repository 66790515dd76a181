// Test-only: reads the bundled fonts from node_modules and runs poppler tools on PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FALLBACK_FAMILIES, type FallbackFamily, type FallbackFiles, type PrintFontFiles } from '../fonts';

const root = resolve(import.meta.dirname, '../../..');
const pkg = (p: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'node_modules/@expo-google-fonts', p)));

let cached: PrintFontFiles | undefined;
/** The Japanese faces (what the app loads for every print). */
export function nodeFonts(): PrintFontFiles {
  cached ??= {
    regular: pkg('biz-udgothic/400Regular/BIZUDGothic_400Regular.ttf'),
    bold: pkg('biz-udgothic/700Bold/BIZUDGothic_700Bold.ttf'),
    fallbackRegular: pkg('noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
    fallbackBold: pkg('noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
  };
  return cached;
}

const FAMILY_DIR: Record<FallbackFamily, string> = {
  kr: 'noto-sans-kr/{w}/NotoSansKR_{w}.ttf',
  sc: 'noto-sans-sc/{w}/NotoSansSC_{w}.ttf',
  tc: 'noto-sans-tc/{w}/NotoSansTC_{w}.ttf',
};
const fallbacks = new Map<FallbackFamily, FallbackFiles>();
export function nodeFallback(family: FallbackFamily): FallbackFiles {
  let f = fallbacks.get(family);
  if (!f) {
    const path = FAMILY_DIR[family];
    f = { family, regular: pkg(path.replaceAll('{w}', '400Regular')), bold: pkg(path.replaceAll('{w}', '700Bold')) };
    fallbacks.set(family, f);
  }
  return f;
}

/** Every bundled face: the Japanese ones and the Korean and Chinese fallbacks. */
export function allNodeFonts(): PrintFontFiles {
  return { ...nodeFonts(), more: FALLBACK_FAMILIES.map(nodeFallback) };
}

const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
let seq = 0;
export function savePdf(bytes: Uint8Array, name = `doc${seq++}`): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** pdftotext output per page (form feeds split pages). */
export function pdfText(bytes: Uint8Array, layout = false): string[] {
  const file = savePdf(bytes);
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1);
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
}
export function pdfFonts(bytes: Uint8Array): PdfFontRow[] {
  const out = execFileSync('pdffonts', [savePdf(bytes)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type(may be 2 words) encoding emb sub uni object ID
      const [name, ...rest] = cols;
      const tail = rest.slice(-5);
      return {
        name: name ?? '',
        type: rest.slice(0, rest.length - 6).join(' '),
        encoding: rest[rest.length - 6] ?? '',
        embedded: tail[0] === 'yes',
        subset: tail[1] === 'yes',
      };
    });
}

export function pdfPageCount(bytes: Uint8Array): number {
  const info = execFileSync('pdfinfo', [savePdf(bytes)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/**
 * Why poppler's tools cannot be run here, or undefined when they can. Missing on a developer's
 * machine, the tests that need them are skipped with this reason printed; missing in CI they
 * fail, since .ci/run installs poppler-utils.
 */
export function popplerMissing(file: string): string | undefined {
  const missing = ['pdftotext', 'pdffonts'].filter((tool) => {
    try {
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return undefined;
  const reason = `${missing.join(' and ')} not installed (Debian package poppler-utils)`;
  if (process.env.CI) throw new Error(`${file}: ${reason}, and CI must have it (.ci/run installs it)`);
  console.log(`${file}: the tests that read PDFs back with poppler are skipped: ${reason}`);
  return reason;
}
