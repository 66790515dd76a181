// The sheet of a vault's 受け取り用の鍵 (the age recipient others make hand-over files to): the
// key as a QR code and as text in groups of four, to read out on the phone. It holds no personal
// data (the key only locks files for this vault; opening them needs the secret kept inside it),
// so it is not marked 取扱注意 and may be handed round.
import type { PrintDocument, PrintSize } from './model';

export interface HandoverKeySheetOptions {
  readonly size?: PrintSize;
  readonly lang?: 'ja' | 'en';
  /** Already formatted, e.g. 「2025年4月1日」. */
  readonly createdOn?: string;
}

/** "age1qyqs…" as groups of four characters ("age1 qyqs …"), the way the screen shows it. */
export function recipientGroups(recipient: string): string[] {
  const text = recipient.trim();
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += 4) groups.push(text.slice(i, i + 4));
  return groups;
}

/** Four groups a line. */
export function recipientLines(recipient: string): string[] {
  const groups = recipientGroups(recipient);
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join(' '));
  return lines;
}

export function handoverKeySheet(recipient: string, opts: HandoverKeySheetOptions = {}): PrintDocument {
  const size = opts.size ?? 'standard';
  const code = recipientLines(recipient).join('\n');
  if (opts.lang === 'en') {
    return {
      title: 'Key for receiving hand-over files',
      personal: false,
      size,
      lang: 'en',
      subject: 'ainet-records hand-over key',
      blocks: [
        { kind: 'heading', level: 1, text: 'Key for receiving hand-over files' },
        ...(opts.createdOn ? [{ kind: 'field' as const, label: 'Issued on', value: opts.createdOn }] : []),
        { kind: 'field', label: 'Records book of', lines: 1 },
        {
          kind: 'paragraph',
          text: 'Give this sheet (or the key below) to whoever hands records over to you. In ainet-records they type or paste this key when they make the hand-over file; only this records book can open it.',
        },
        { kind: 'qr', text: recipient.trim() },
        { kind: 'code', text: code, size: 18 },
        {
          kind: 'note',
          title: 'This sheet holds no personal data.',
          text: 'It may be handed to colleagues or kept on a notice board. The key only locks files for this records book; opening them needs the secret that stays inside it.',
        },
      ],
    };
  }
  return {
    title: '受け取り用の鍵',
    personal: false,
    size,
    lang: 'ja',
    subject: 'あいねっと記録帳 受け取り用の鍵',
    blocks: [
      { kind: 'heading', level: 1, text: '受け取り用の鍵（引き継ぎファイル用）' },
      ...(opts.createdOn ? [{ kind: 'field' as const, label: '発行日', value: opts.createdOn }] : []),
      { kind: 'field', label: '受け取る人', lines: 1 },
      {
        kind: 'paragraph',
        text: '記録を引き継いでもらうときに、渡す人にこの紙（または下の鍵の文字）を渡してください。渡す人は、あいねっと記録帳で引き継ぎファイルを作るときにこの鍵を入力します。そのファイルは、この記録帳でしか開けません。',
      },
      { kind: 'qr', text: recipient.trim() },
      { kind: 'code', text: code, size: 18 },
      {
        kind: 'note',
        title: 'この紙には個人情報は含まれていません。',
        text: '同僚や関係機関の人に渡したり、事務所に貼っておいたりしてかまいません。この鍵でできるのはファイルに鍵をかけることだけで、開けるのは鍵の元（この記録帳の中にだけある秘密の鍵）を持つこの記録帳だけです。',
      },
    ],
  };
}
