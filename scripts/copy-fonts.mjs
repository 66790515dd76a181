// Copies the print fonts (and their OFL licences) from npm packages into resources/fonts
// (packaged with the desktop app) and out/renderer/resources/fonts (served to the browser
// build). The renderer fetches them only when something is printed.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_SOURCES } from './lib/fonts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = (p) => join(root, 'node_modules/@expo-google-fonts', p);

const targets = [join(root, 'resources/fonts')];
if (existsSync(join(root, 'out/renderer')) || process.argv.includes('--renderer')) targets.push(join(root, 'out/renderer/resources/fonts'));

for (const target of targets) {
  mkdirSync(target, { recursive: true });
  for (const [from, to] of FONT_SOURCES) {
    const src = pkg(from);
    if (!existsSync(src)) {
      console.error(`copy-fonts: missing ${src} — run npm ci`);
      process.exit(1);
    }
    copyFileSync(src, join(target, to));
  }
  console.log(`copy-fonts: ${FONT_SOURCES.length} files → ${target.slice(root.length + 1)}`);
}
