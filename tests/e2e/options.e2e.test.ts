import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithBrowser,
  launchExtension,
  screenshot,
  waitForPageWithUrl,
  watchConsole,
  type ExtensionBrowser,
} from './support/browser';

// The extension API as seen inside the service worker (for evaluate() callbacks).
declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

const PTCB = 'PTCB Certified Pharmacy Technician (CPhT)';
const CSPT = 'Certified Compounded Sterile Preparation Technician (CSPT)';

describeWithBrowser('Options page in Chromium (production build)', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** What sync storage holds, read in the background service worker. */
  const storedProfile = () => browser.serviceWorker.evaluate(() => chrome.storage.sync.get('rxl-profile'));

  const credential = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

  async function openOptions(): Promise<{ page: Page; log: ReturnType<typeof watchConsole> }> {
    const page = await browser.context.newPage();
    const log = watchConsole(page);
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByLabel('Home state').waitFor();
    return { page, log };
  }

  it('opens with a short welcome on install (options.html?welcome=1)', async () => {
    const url = `${browser.extensionUrl('options.html')}?welcome=1`;
    const page = await waitForPageWithUrl(browser.context, url);
    await page.getByRole('heading', { name: 'Welcome to RxLadder' }).waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    // Nothing on the page took the focus.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await screenshot(page, 'options-welcome');
    await page.close();
  });

  it('a credential and the home state persist across a reload', async () => {
    const { page, log } = await openOptions();
    await credential(page, PTCB).getByRole('radio', { name: 'Held', exact: true }).check();
    const cspt = credential(page, CSPT);
    await cspt.getByRole('radio', { name: 'In progress' }).check();
    await cspt.getByLabel('Expected month').fill('2027-04');
    await page.getByLabel('Home state').selectOption('TX');
    await page.getByRole('checkbox', { name: 'Hospital / health system' }).check();
    await page.getByRole('radio', { name: 'Dim them' }).check();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Saved.');

    expect(await storedProfile()).toEqual({
      'rxl-profile': {
        version: 2,
        credentials: { 'ptcb-cpht': 'held', cspt: 'in-progress' },
        expected: { cspt: '2027-04' },
        homeState: 'TX',
        interests: ['hospital'],
        display: { dimNonTech: false, hideUnqualified: 'dim', showPay: true },
      },
    });

    await page.reload();
    await page.getByLabel('Home state').waitFor();
    await expect.poll(() => page.getByLabel('Home state').inputValue()).toBe('TX');
    expect(await credential(page, PTCB).getByRole('radio', { name: 'Held', exact: true }).isChecked()).toBe(true);
    expect(await credential(page, CSPT).getByRole('radio', { name: 'In progress' }).isChecked()).toBe(true);
    expect(await credential(page, CSPT).getByLabel('Expected month').inputValue()).toBe('2027-04');
    expect(await page.getByRole('checkbox', { name: 'Hospital / health system' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Dim them' }).isChecked()).toBe(true);

    await screenshot(page, 'options-form-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'options-form-dark');
    expect(log.errors()).toEqual([]);
    await page.close();
  });

  it('an invalid import shows the error and leaves the settings intact', async () => {
    const before = await storedProfile();
    expect(before['rxl-profile']).toBeTruthy();
    const { page, log } = await openOptions();
    const input = page.getByLabel('Import settings from a file');

    await input.setInputFiles({
      name: 'from-the-future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'rxladder-settings', version: 9, profile: { credentials: {} } })),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('version: this file comes from a newer RxLadder (settings version 9)');
    expect(await alert.textContent()).toContain('Nothing was changed.');

    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('home state: Texas') });
    await expect.poll(() => alert.textContent()).toContain('“notes.txt” was not imported. This file is not JSON');

    await input.setInputFiles({
      name: 'typo.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'rxladder-settings', version: 2, profile: { credentials: { 'ptcb-cpht': 'held' }, homeState: 'TQ' } })),
    });
    await expect.poll(() => alert.textContent()).toContain('profile.homeState: unknown state "TQ"');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await page.emulateMedia({ colorScheme: 'dark' });
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'options-import-error-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'options-import-error-light');

    expect(await storedProfile()).toEqual(before);
    await page.reload();
    await page.getByLabel('Home state').waitFor();
    await expect.poll(() => page.getByLabel('Home state').inputValue()).toBe('TX');
    expect(await credential(page, PTCB).getByRole('radio', { name: 'Held', exact: true }).isChecked()).toBe(true);
    expect(log.errors()).toEqual([]);
    await page.close();
  });

  it('export downloads a settings file that imports back', async () => {
    const { page } = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rxladder-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(download.url()).toMatch(/^blob:chrome-extension:\/\//);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    const file = JSON.parse(text) as { format: string; version: number; profile: { homeState: string } };
    expect(file.format).toBe('rxladder-settings');
    expect(file.version).toBe(2);
    expect(file.profile.homeState).toBe('TX');

    // Change something, then bring the exported settings back.
    await page.getByLabel('Home state').selectOption('OH');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Saved.');
    await page.getByLabel('Import settings from a file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Imported backup.json. Saved.');
    expect(await page.getByLabel('Home state').inputValue()).toBe('TX');
    expect(((await storedProfile())['rxl-profile'] as { homeState: string }).homeState).toBe('TX');
    await page.close();
  });

  it('reset asks in an in-page dialog, by keyboard: Escape keeps, confirming resets', async () => {
    const { page, log } = await openOptions();
    let nativeDialog = false;
    page.on('dialog', (d) => {
      nativeDialog = true;
      void d.dismiss();
    });
    const reset = page.getByRole('button', { name: 'Reset to defaults' });
    await reset.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
    await dialog.waitFor();
    // The safe choice has the focus, with a visible focus ring.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await screenshot(page, 'options-reset-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset to defaults');
    expect(((await storedProfile())['rxl-profile'] as { homeState: string }).homeState).toBe('TX');

    await reset.press('Enter');
    await dialog.waitFor();
    // The dialog moves focus to its safe choice just after it opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset settings');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Settings reset to defaults. Saved.');
    expect(await storedProfile()).toEqual({});
    expect(await page.getByLabel('Home state').inputValue()).toBe('');
    expect(await credential(page, PTCB).getByRole('radio', { name: 'Not held' }).isChecked()).toBe(true);
    expect(nativeDialog).toBe(false);
    expect(log.errors()).toEqual([]);
    await page.close();
  });
});
