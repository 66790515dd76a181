// The canary scanner of the privacy tests: every byte of every regular file under a directory (a
// browser profile, the team server's data) searched for markers in the encodings strings are
// stored in (UTF-8, which covers Latin-1 for ASCII markers, and UTF-16LE).
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Hit {
  marker: string;
  encoding: 'utf8' | 'utf16le';
  file: string;
  offset: number;
}
export interface ScanResult {
  files: number;
  bytes: number;
  skipped: string[];
  scannedPaths: string[];
  hits: Hit[];
}

/** Reads every regular file under `dir` (recursively) and looks for each marker's bytes. */
export function scanDir(dir: string, markers: readonly string[]): ScanResult {
  const needles = markers.flatMap((marker) =>
    (['utf8', 'utf16le'] as const).map((encoding) => ({ marker, encoding, bytes: Buffer.from(marker, encoding) })),
  );
  const out: ScanResult = { files: 0, bytes: 0, skipped: [], scannedPaths: [], hits: [] };
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = path.join(d, entry);
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) {
        const data = readFileSync(full);
        out.files += 1;
        out.bytes += data.length;
        out.scannedPaths.push(path.relative(dir, full));
        for (const n of needles) {
          for (let at = data.indexOf(n.bytes); at !== -1; at = data.indexOf(n.bytes, at + 1)) {
            out.hits.push({ marker: n.marker, encoding: n.encoding, file: path.relative(dir, full), offset: at });
          }
        }
      } else out.skipped.push(`${path.relative(dir, full)} (${st.isSymbolicLink() ? 'symlink' : 'special file'})`);
    }
  };
  walk(dir);
  return out;
}

export function report(label: string, r: ScanResult): void {
  console.log(
    `[privacy] ${label}: scanned ${r.files} files, ${r.bytes} bytes (${(r.bytes / 1048576).toFixed(1)} MiB); ${r.hits.length} hits` +
      (r.skipped.length ? `; not regular files, skipped: ${r.skipped.join(', ')}` : ''),
  );
  for (const h of r.hits) console.log(`[privacy]   hit ${h.encoding} ${JSON.stringify(h.marker)} in ${h.file} @${h.offset}`);
}
