// The vault's recovery sheet (回復キーの控え), printed once at first run or from settings.
import type { PrintDocument, PrintSize } from './model';

export interface RecoverySheetOptions {
  readonly size?: PrintSize;
  readonly lang?: 'ja' | 'en';
  /** Shown so a person with several vaults knows which one the key opens. */
  readonly vaultLabel?: string;
  /** Already formatted, e.g. 「2025年4月1日」. */
  readonly createdOn?: string;
}

/** Splits "AAAA-BBBB-…" into two lines of four groups so the key reads like a phone number. */
function keyLines(key: string): string {
  const groups = key
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join('-'));
  return lines.join('\n');
}

export function recoverySheet(recoveryKey: string, opts: RecoverySheetOptions = {}): PrintDocument {
  const size = opts.size ?? 'standard';
  if (opts.lang === 'en') {
    return {
      title: 'Recovery key',
      personal: true,
      size,
      lang: 'en',
      subject: 'ainet-records recovery key',
      blocks: [
        { kind: 'heading', level: 1, text: 'Recovery key' },
        ...(opts.vaultLabel ? [{ kind: 'field' as const, label: 'Records', value: opts.vaultLabel }] : []),
        ...(opts.createdOn ? [{ kind: 'field' as const, label: 'Issued on', value: opts.createdOn }] : []),
        { kind: 'code', text: keyLines(recoveryKey) },
        {
          kind: 'note',
          title: 'Without the passphrase and this key, nobody can recover the data.',
          text: 'The records are encrypted on this computer only. If you forget the passphrase, this key is the only way back in; the developers, the ward office and IT staff cannot open the data either.',
        },
        { kind: 'heading', level: 2, text: 'Where to keep this sheet' },
        {
          kind: 'paragraph',
          text: 'Keep it locked away, separate from the computer (for example in the office safe or a locked drawer). Do not photograph it, store it on the computer, or keep it with the passphrase. If it is lost or seen by someone else, make a new key in Settings and destroy this sheet by shredding.',
        },
        { kind: 'field', label: 'Stored at', lines: 1 },
        { kind: 'signature', labels: ['Kept by'], date: true },
      ],
    };
  }
  return {
    title: '回復キーの控え',
    personal: true,
    size,
    lang: 'ja',
    subject: 'あいねっと記録帳 回復キー',
    blocks: [
      { kind: 'heading', level: 1, text: '回復キーの控え' },
      ...(opts.vaultLabel ? [{ kind: 'field' as const, label: '記録帳', value: opts.vaultLabel }] : []),
      ...(opts.createdOn ? [{ kind: 'field' as const, label: '発行日', value: opts.createdOn }] : []),
      { kind: 'paragraph', text: '合言葉（パスフレーズ）を忘れたときに、記録を開き直すためのキーです。' },
      { kind: 'code', text: keyLines(recoveryKey) },
      {
        kind: 'note',
        title: '合言葉とこの回復キーの両方がなくなると、だれにも記録を取り戻せません。',
        text: '記録はこのパソコンの中だけで暗号化されています。開発者・区役所・システム担当者にも開けることはできません。合言葉を忘れたときは、この回復キーだけが頼りです。',
      },
      { kind: 'heading', level: 2, text: '保管のしかた' },
      {
        kind: 'paragraph',
        text: 'パソコンとは別の、鍵のかかる場所（事務所の金庫、鍵付きの引き出しなど）に保管してください。写真に撮ったり、パソコンに保存したり、合言葉と一緒に置いたりしないでください。なくしたときや他の人に見られたときは、設定画面で新しい回復キーを作り、この紙はシュレッダーで処分してください。',
      },
      { kind: 'field', label: '保管場所', lines: 1 },
      { kind: 'signature', labels: ['保管者'], date: true },
    ],
  };
}
