// Template files as bytes: strict UTF-8 and a size limit before the shared parser sees them.
import {
  MAX_TEMPLATE_FILE_BYTES,
  parseTemplateText,
  serializeTemplate,
  type EndingNoteTemplate,
  type TemplateImportResult,
} from '../../../shared/endingNotes/template';

export function parseTemplateFile(bytes: Uint8Array): TemplateImportResult {
  if (bytes.byteLength > MAX_TEMPLATE_FILE_BYTES) return { ok: false, reason: 'too-large', issues: [] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-json', issues: [] };
  }
  return parseTemplateText(text.replace(/^\uFEFF/, ''));
}

export function templateFileBytes(t: EndingNoteTemplate): Uint8Array {
  return new TextEncoder().encode(serializeTemplate(t));
}
