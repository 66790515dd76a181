// A walk through every screen of the demo vault (fictional records, so no list is empty), in
// Japanese or English: the language test and the 特大 screenshots share it. `visit(name)` is
// called once each screen has opened.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Goes to a screen by its address and waits for its own heading (not the one of the screen before). */
export async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    for (const el of Array.from(document.querySelectorAll('main h1'))) el.setAttribute('data-before', '');
    window.location.hash = h;
  }, hash);
  await expect(page.locator('main h1:not([data-before])').first()).toBeVisible();
}

/** After a click that opens another screen: waits for the new screen's heading. */
export async function opened(page: Page, click: () => Promise<void>): Promise<void> {
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('main h1'))) el.setAttribute('data-before', '');
  });
  await click();
  await expect(page.locator('main h1:not([data-before])').first()).toBeVisible();
}

const WORDS = {
  ja: {
    demo: /デモで試す/,
    persons: '対象者',
    history: '経過（新しい順）',
    writeNote: 'このかたのノートを書く',
    person: '対象者',
    phrase: '変わりなし',
    summary: 'ようす・話したこと',
    save: '保存する',
    saved: /を記録しました。$/,
    trash: 'ごみ箱へ移す',
    restore: /^元に戻す/,
    lock: 'ロックする',
    unlock: 'ロックを解除',
  },
  en: {
    demo: /Try the demo/,
    persons: 'People',
    history: 'History (newest first)',
    writeNote: 'Write a note for this person',
    person: 'Person',
    phrase: 'No change',
    summary: 'What happened',
    save: 'Save',
    saved: /^Recorded: /,
    trash: 'Move to trash',
    restore: /^Restore/,
    lock: 'Lock',
    unlock: 'Unlock',
  },
} as const;

/** The screens reached by their address alone. */
export const SCREENS: readonly [string, string][] = [
  ['#/reach', 'reach'],
  ['#/persons', 'persons'],
  ['#/contacts', 'contacts'],
  ['#/meetings', 'meetings'],
  ['#/actions', 'actions'],
  ['#/referrals', 'referrals'],
  ['#/report', 'report'],
  ['#/dashboard', 'dashboard'],
  ['#/templates', 'templates'],
  ['#/trash', 'trash'],
  ['#/audit', 'audit'],
  ['#/backup', 'backup'],
  ['#/exchange', 'exchange'],
  ['#/handover', 'handover'],
  ['#/team', 'team'],
  ['#/settings', 'settings'],
  ['#/directory', 'directory'],
  ['#/persons/new', 'person-new'],
  ['#/contacts/new', 'contact-new'],
  ['#/meetings/new/case', 'meeting-new-case'],
  ['#/meetings/new/team', 'meeting-new-team'],
  ['#/meetings/new/area', 'meeting-new-area'],
];

/**
 * Opens the demo vault from the welcome screen (already in `lang`) and visits every screen: the
 * lists, a person, their edit form, a contact, a meeting, a referral and its 本人情報シート, a
 * template's editor, a note, a contact saved with a common phrase, the trash with a person in
 * it, and the unlock screen. Confirmations are accepted.
 */
export async function demoTour(page: Page, lang: 'ja' | 'en', visit: (name: string) => Promise<void>): Promise<void> {
  const w = WORDS[lang];
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: w.demo }).click();
  await expect(page.getByRole('heading', { name: w.persons, level: 1 })).toBeVisible();
  for (const [hash, name] of SCREENS) {
    await go(page, hash);
    await visit(name);
  }

  const people = page.locator('.person-list a.person-row');
  await go(page, '#/persons');
  await opened(page, () => people.first().click());
  await expect(page.getByRole('heading', { name: w.history })).toBeVisible();
  await visit('person');
  await opened(page, () => page.locator('main a[href$="/edit"]').first().click());
  await visit('person-edit');

  await go(page, '#/contacts');
  await page.locator('a.log-person').first().waitFor();
  await opened(page, () => page.locator('main a[href^="#/contacts/"]:not([href="#/contacts/new"])').first().click());
  await visit('contact');

  await go(page, '#/meetings');
  await opened(page, () => page.locator('main a[href^="#/meetings/"]:not([href*="/new/"])').first().click());
  await visit('meeting');

  await go(page, '#/referrals');
  await opened(page, () => page.locator('main a[href^="#/referrals/"]').first().click());
  await visit('referral');
  await opened(page, () => page.locator('main a[href$="/sheet"]').first().click());
  await visit('referral-sheet');

  // A template's editor, and a note in the standard (Japanese) template started for a person.
  await go(page, '#/templates');
  await opened(page, () => page.locator('main a[href$="/edit"]').first().click());
  await visit('template-edit');
  await go(page, '#/persons');
  await opened(page, () => people.nth(1).click());
  await opened(page, () => page.getByRole('button', { name: w.writeNote }).click());
  await expect(page).toHaveURL(/#\/notes\//);
  await expect(page.locator('main fieldset legend').first()).toBeVisible();
  await visit('note');

  // A contact recorded with a common phrase: the phrase goes in in the screen's language.
  await go(page, '#/contacts/new');
  await page.getByRole('combobox', { name: w.person }).fill('いとう たかし');
  await page.getByRole('combobox', { name: w.person }).press('Enter');
  await page.getByRole('button', { name: w.phrase, exact: true }).click();
  await expect(page.getByLabel(w.summary, { exact: true })).toHaveValue(w.phrase);
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await expect(page.getByText(w.saved)).toBeVisible();
  await visit('contact-saved');

  // A person moved to the trash.
  await go(page, '#/persons');
  await opened(page, () => people.nth(2).click());
  await opened(page, () => page.getByRole('button', { name: w.trash }).click());
  await go(page, '#/trash');
  await expect(page.getByRole('button', { name: w.restore }).first()).toBeVisible();
  await visit('trash-items');

  await page.getByRole('button', { name: w.lock }).click();
  await expect(page.getByRole('heading', { name: w.unlock, level: 2 })).toBeVisible();
  await visit('demo-unlock');
}
