// @vitest-environment happy-dom
import { type ComponentChild, render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';
import { CREDENTIAL_IDS } from '../../keywords/types';
import { STATES } from '../../keywords/states';
import { settingsFileText } from '../../src/profile/settings-file';
import { DEFAULT_DISPLAY, flushProfile, loadProfile, resetProfile, saveProfile } from '../../src/profile/storage';
import { CREDENTIAL_GROUPS } from '../../src/ui/options/groups';

const KEY = 'rxl-profile';

const mounted: HTMLElement[] = [];

function mount(node: ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  mounted.push(root);
  return root;
}

async function stored(): Promise<Record<string, unknown> | undefined> {
  return (await fakeBrowser.storage.sync.get(KEY))[KEY] as Record<string, unknown> | undefined;
}

/** The options page once it has loaded the profile. */
async function mountOptions(props: { welcome?: boolean } = {}) {
  const root = mount(<OptionsApp {...props} />);
  await vi.waitFor(() => expect(root.querySelector('#home-state')).not.toBeNull());
  return root;
}

function credentialFieldset(root: HTMLElement, id: string): HTMLFieldSetElement {
  const fieldset = root.querySelector<HTMLFieldSetElement>(`fieldset[data-credential="${id}"]`);
  if (!fieldset) throw new Error(`no fieldset for ${id}`);
  return fieldset;
}

function radio(scope: ParentNode, label: string): HTMLInputElement {
  const found = [...scope.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.textContent?.trim() === label);
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no control labelled ${label}`);
  return input;
}

function statusText(root: HTMLElement): string {
  return root.querySelector('.rxl-status')?.textContent ?? '';
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  for (const root of mounted.splice(0)) render(null, root);
  document.body.replaceChildren();
  await flushProfile();
  await resetProfile();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('extension pages', () => {
  it('popup: one h1, links to the options page and the career paths (its states: tests/unit/popup.test.tsx)', () => {
    const root = mount(<PopupApp />);
    const headings = root.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('RxLadder');
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.some((h) => /\/options\.html$/.test(h ?? ''))).toBe(true);
    expect(links.some((h) => /\/career\.html$/.test(h ?? ''))).toBe(true);
  });

  it('options: one h1, the intro, the welcome only when opened on install', async () => {
    const root = await mountOptions();
    const headings = root.querySelectorAll('h1');
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe('RxLadder settings');
    expect(root.textContent).toContain('Set your credentials and home state in under a minute.');
    expect(root.textContent).not.toContain('Welcome to RxLadder');
    // Nothing grabs the focus on load.
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);

    const welcome = await mountOptions({ welcome: true });
    expect(welcome.querySelector('#welcome-heading')?.textContent).toBe('Welcome to RxLadder');
  });
});

describe('options page: form', () => {
  it('groups every credential once, each a fieldset with held / in progress / not held', async () => {
    const grouped = CREDENTIAL_GROUPS.flatMap((g) => g.ids);
    expect([...grouped].sort()).toEqual([...CREDENTIAL_IDS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);

    const root = await mountOptions();
    const h3 = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3).toEqual([
      'National certification',
      'State licence or registration',
      'Specialty training',
      'PTCB certifications and certificates',
      'Other',
    ]);
    for (const id of CREDENTIAL_IDS) {
      const fieldset = credentialFieldset(root, id);
      expect(fieldset.querySelector('legend')?.textContent).toBeTruthy();
      const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.value)).toEqual(['held', 'in-progress', 'none']);
      expect(radios.every((r) => r.name === `cred-${id}`)).toBe(true);
      expect(radio(fieldset, 'Not held').checked).toBe(true);
      // The summary describes the group.
      const hint = fieldset.getAttribute('aria-describedby');
      expect(hint && root.querySelector(`#${hint}`)?.textContent).toBeTruthy();
    }
    expect(root.querySelectorAll('h2').length).toBeGreaterThanOrEqual(4);
  });

  it('has a labelled home-state select of the 50 states, DC and Puerto Rico', async () => {
    const root = await mountOptions();
    const select = root.querySelector<HTMLSelectElement>('#home-state')!;
    expect(root.querySelector('label[for="home-state"]')?.textContent).toBe('Home state');
    const codes = [...select.options].map((o) => o.value);
    expect(codes[0]).toBe('');
    expect(codes.slice(1).sort()).toEqual(STATES.map((s) => s.code).sort());
    expect(codes).toHaveLength(53);
    expect([...select.options].find((o) => o.value === 'PR')?.textContent).toBe('Puerto Rico');
  });

  it('every control has a label', async () => {
    const root = await mountOptions();
    for (const input of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      const labelled = input.closest('label') || (input.id && root.querySelector(`label[for="${input.id}"]`));
      expect(labelled, `${input.outerHTML} has no label`).toBeTruthy();
    }
  });

  it('saves changes (debounced) and says "Saved"', async () => {
    const root = await mountOptions();
    expect(statusText(root)).toBe('Changes save automatically.');

    radio(credentialFieldset(root, 'ptcb-cpht'), 'Held').click();
    const cspt = credentialFieldset(root, 'cspt');
    radio(cspt, 'In progress').click();
    await vi.waitFor(() => expect(cspt.querySelector('input[type="month"]')).not.toBeNull());
    const month = cspt.querySelector<HTMLInputElement>('input[type="month"]')!;
    expect(root.querySelector(`label[for="${month.id}"]`)?.textContent).toBe('Expected month');
    month.value = '2027-04';
    month.dispatchEvent(new Event('input', { bubbles: true }));

    const select = root.querySelector<HTMLSelectElement>('#home-state')!;
    select.value = 'TX';
    select.dispatchEvent(new Event('change', { bubbles: true }));

    radio(root, 'Hospital / health system').click();
    radio(root, 'Dim them').click();

    expect(statusText(root)).toBe('Saving…');
    // Debounced: not written yet.
    expect(await stored()).toBeUndefined();
    await vi.waitFor(() => expect(statusText(root)).toBe('Saved.'), { timeout: 3000 });
    expect(await stored()).toEqual({
      version: 2,
      credentials: { 'ptcb-cpht': 'held', cspt: 'in-progress' },
      expected: { cspt: '2027-04' },
      homeState: 'TX',
      interests: ['hospital'],
      display: { ...DEFAULT_DISPLAY, hideUnqualified: 'dim' },
    });
  });

  it('shows what is stored, and changes made elsewhere', async () => {
    await saveProfile({ version: 2, credentials: { 'nha-excpt': 'held' }, homeState: 'PR', yearsExperience: 4 }, { immediate: true });
    const root = await mountOptions();
    expect(radio(credentialFieldset(root, 'nha-excpt'), 'Held').checked).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#home-state')!.value).toBe('PR');
    expect(root.querySelector<HTMLInputElement>('#years-experience')!.value).toBe('4');

    // Another settings tab (or browser sync) changes the profile.
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 2, credentials: { 'bls-cpr': 'held' }, display: DEFAULT_DISPLAY } });
    await vi.waitFor(() => expect(radio(credentialFieldset(root, 'bls-cpr'), 'Held').checked).toBe(true));
    expect(radio(credentialFieldset(root, 'nha-excpt'), 'Not held').checked).toBe(true);
  });

  it('rejects years out of range with a message, without saving them', async () => {
    const root = await mountOptions();
    const years = root.querySelector<HTMLInputElement>('#years-experience')!;
    years.value = '75';
    years.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(root.querySelector('#years-experience-error')?.textContent).toMatch(/0 to 60/));
    expect(years.getAttribute('aria-invalid')).toBe('true');
    expect(years.getAttribute('aria-describedby')).toContain('years-experience-error');
    await flushProfile();
    expect((await loadProfile()).yearsExperience).toBeUndefined();
  });

  it('import: an invalid file shows the problem and changes nothing', async () => {
    await saveProfile({ version: 2, credentials: { 'ptcb-cpht': 'held' }, homeState: 'OH' }, { immediate: true });
    const before = await stored();
    const root = await mountOptions();
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    expect(root.querySelector('label[for="import-file"]')?.textContent).toBe('Import settings from a file');

    const bad = settingsFileText({ version: 2, credentials: {} }).replace('"credentials": {}', '"credentials": {"ptcb-cpht": "held", "cpht-pro": "held"}');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([bad], 'mine.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));

    await vi.waitFor(() => expect(root.querySelector('#import-error')).not.toBeNull());
    const error = root.querySelector('#import-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(
      '“mine.json” was not imported. profile.credentials.cpht-pro: unknown credential id "cpht-pro". Nothing was changed.',
    );
    expect(input.getAttribute('aria-describedby')).toContain('import-error');
    expect(await stored()).toEqual(before);
    expect(root.querySelector<HTMLSelectElement>('#home-state')!.value).toBe('OH');
  });

  it('import: a valid file replaces the settings and the form', async () => {
    const root = await mountOptions();
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const good = settingsFileText({ version: 2, credentials: { cspt: 'held' }, homeState: 'WA' });
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([good], 'backup.json')] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(statusText(root)).toBe('Imported backup.json. Saved.'));
    expect(root.querySelector<HTMLSelectElement>('#home-state')!.value).toBe('WA');
    expect(radio(credentialFieldset(root, 'cspt'), 'Held').checked).toBe(true);
    expect((await loadProfile()).credentials).toEqual({ cspt: 'held' });
  });

  it('reset asks in an in-page dialog; cancel keeps, confirm resets', async () => {
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await saveProfile({ version: 2, credentials: { 'ptcb-cpht': 'held' }, homeState: 'OH' }, { immediate: true });
    const root = await mountOptions();
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Reset to defaults')!;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).toBe(false);

    button.click();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.getAttribute('aria-labelledby')).toBe('rxl-dialog-title');
    expect(root.querySelector('#rxl-dialog-title')?.textContent).toBe('Reset all settings?');
    const cancel = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!;
    expect(document.activeElement).toBe(cancel);
    cancel.click();
    await vi.waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(button);
    expect((await loadProfile()).homeState).toBe('OH');

    button.click();
    await vi.waitFor(() => expect(dialog.open).toBe(true));
    [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Reset settings')!.click();
    await vi.waitFor(() => expect(statusText(root)).toBe('Settings reset to defaults. Saved.'));
    expect(dialog.open).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(root.querySelector<HTMLSelectElement>('#home-state')!.value).toBe('');
    expect(radio(credentialFieldset(root, 'ptcb-cpht'), 'Not held').checked).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('export downloads a .json file made in the page (Blob + object URL)', async () => {
    const root = await mountOptions();
    radio(credentialFieldset(root, 'ptcb-cpht'), 'Held').click();
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:rxl-test';
    });
    let downloaded: { href: string; download: string } | undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = { href: this.href, download: this.download };
    });
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Export settings to a file')!.click();
    expect(create).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect(downloaded?.href).toBe('blob:rxl-test');
    expect(downloaded?.download).toMatch(/^rxladder-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.format).toBe('rxladder-settings');
    expect(file.profile.credentials).toEqual({ 'ptcb-cpht': 'held' });
  });
});
