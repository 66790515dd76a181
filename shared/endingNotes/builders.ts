// Terse builders for the default templates.
import type { Question } from './template';

export const short = (id: string, label: string, help?: string): Question => ({ kind: 'shortText', id, label, ...(help ? { help } : {}) });
export const long = (id: string, label: string, lines: number, help?: string): Question => ({
  kind: 'longText',
  id,
  label,
  lines,
  ...(help ? { help } : {}),
});
export const date = (id: string, label: string): Question => ({ kind: 'date', id, label });
export const single = (id: string, label: string, options: string[], help?: string): Question => ({
  kind: 'single',
  id,
  label,
  options,
  ...(help ? { help } : {}),
});
export const multi = (id: string, label: string, options: string[]): Question => ({ kind: 'multi', id, label, options });
export const table = (id: string, label: string, columns: [string, number][], blankRows: number, help?: string): Question => ({
  kind: 'table',
  id,
  label,
  columns: columns.map(([l, width]) => ({ label: l, width })),
  blankRows,
  ...(help ? { help } : {}),
});
