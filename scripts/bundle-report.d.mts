export interface FileSize {
  raw: number;
  gzip: number;
}
export interface BundleReport {
  budget: { initialGzip: number };
  ok: boolean;
  problems: string[];
  initial: FileSize & { files: (FileSize & { file: string; name: string })[] };
  lazy: (FileSize & { name: string; file: string; css: string[]; dynamicEntry: boolean })[];
  onDemand: (FileSize & { name: string; chunks: number })[];
  laterCss: string[];
  fonts: { files: string[]; referencedByInitial: string[] };
}
export const INITIAL_GZIP_BUDGET: number;
export function bundleReport(outDir?: string, options?: { budget?: number }): BundleReport;
export function formatReport(report: BundleReport): string;
