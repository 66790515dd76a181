// Ending-note (エンディングノート) templates: sections of questions, versioned. A filled note keeps
// the template id and version it was written against, so it still opens and prints after the
// template changes. Templates travel as JSON files, validated here: a broken or hostile file
// is refused whole and changes nothing.
import { z } from 'zod';
import { requiredLine, safeLine, safeText, textProblem } from '../text/safeText';
import type { Problem } from '../domain/problems';

export const QUESTION_KINDS = ['shortText', 'longText', 'date', 'single', 'multi', 'table'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'id' });
const label = requiredLine(300);
const help = safeText(2000).optional();

export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('shortText'), id, label, help }),
  z.strictObject({ kind: z.literal('longText'), id, label, help, lines: z.number().int().min(1).max(40) }),
  z.strictObject({ kind: z.literal('date'), id, label, help }),
  z.strictObject({ kind: z.literal('single'), id, label, help, options: z.array(label).min(2).max(30) }),
  z.strictObject({ kind: z.literal('multi'), id, label, help, options: z.array(label).min(1).max(30) }),
  z.strictObject({
    kind: z.literal('table'),
    id,
    label,
    help,
    columns: z
      .array(z.strictObject({ label: requiredLine(60), width: z.number().min(0.5).max(10) }))
      .min(1)
      .max(8),
    blankRows: z.number().int().min(1).max(40),
  }),
]);
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.strictObject({
  id,
  title: label,
  guidance: safeText(4000).optional(),
  questions: z.array(questionSchema).max(100),
});
export type Section = z.infer<typeof sectionSchema>;

export const templateSchema = z
  .strictObject({
    format: z.literal('ainet-ending-note-template'),
    id,
    version: z.number().int().min(1).max(100_000),
    name: label,
    language: z.enum(['ja', 'en']),
    variant: z.enum(['standard', 'easy']),
    sections: z.array(sectionSchema).min(1).max(40),
  })
  .superRefine((t, ctx) => {
    // Answers are keyed by question id, so question ids are unique across the template.
    const sections = new Set<string>();
    const questions = new Set<string>();
    for (const s of t.sections) {
      if (sections.has(s.id)) ctx.addIssue({ code: 'custom', message: 'duplicate-id', path: ['sections', s.id] });
      sections.add(s.id);
      for (const q of s.questions) {
        if (questions.has(q.id)) ctx.addIssue({ code: 'custom', message: 'duplicate-id', path: ['sections', s.id, q.id] });
        questions.add(q.id);
      }
    }
  });
export type EndingNoteTemplate = z.infer<typeof templateSchema>;

/** Largest template file accepted (a real one is a few kilobytes). */
export const MAX_TEMPLATE_FILE_BYTES = 512 * 1024;

export type TemplateImportResult =
  { ok: true; template: EndingNoteTemplate } | { ok: false; reason: 'too-large' | 'not-json' | 'invalid'; issues: string[] };

/** Parses a template file's text. Never throws; the caller shows `reason` as one sentence. */
export function parseTemplateText(text: string): TemplateImportResult {
  if (text.length > MAX_TEMPLATE_FILE_BYTES) return { ok: false, reason: 'too-large', issues: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', issues: [] };
  }
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, reason: 'invalid', issues: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  return { ok: true, template: parsed.data };
}

export function serializeTemplate(t: EndingNoteTemplate): string {
  return `${JSON.stringify(templateSchema.parse(t), null, 2)}\n`;
}

/** Answers of a filled note, keyed by question id. Tables are rows of cells. */
export const answerSchema = z.union([safeText(20_000), z.array(safeLine(300)).max(30), z.array(z.array(safeText(2000)).max(8)).max(200)]);
export type Answer = z.infer<typeof answerSchema>;
export const answersSchema = z.record(id, answerSchema);
export type Answers = z.infer<typeof answersSchema>;

/**
 * The text rule over a note's typed answers, by question (path `answers.<question id>`), so the
 * note page can refuse an answer beside its question before it autosaves.
 */
export function answerProblems(questions: readonly Question[], answers: Answers): Problem[] {
  const out: Problem[] = [];
  for (const q of questions) {
    const a = answers[q.id];
    const texts = typeof a === 'string' ? [a] : Array.isArray(a) ? a.flat() : [];
    const kind = q.kind === 'shortText' || q.kind === 'single' || q.kind === 'multi' ? 'line' : 'text';
    for (const text of texts) {
      const p = textProblem(text, kind);
      if (p) {
        out.push({ path: `answers.${q.id}`, ...p, severity: 'error' });
        break;
      }
    }
  }
  return out;
}
