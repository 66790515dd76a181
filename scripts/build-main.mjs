// Bundles the Electron main process and the sandboxed preload (the renderer is built by Vite).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['main/index.ts'], outfile: 'out/main/index.cjs' });
await build({ ...common, entryPoints: ['main/preload/index.ts'], outfile: 'out/preload/index.cjs' });
