import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  exportSettings,
  importSettingsFile,
  importSettingsFromFile,
  MAX_SETTINGS_FILE_CHARS,
  parseSettingsFile,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
  settingsFileName,
  settingsFileText,
} from '../../src/profile/settings-file';
import { DEFAULT_DISPLAY, flushProfile, loadProfile, normaliseProfile, resetProfile, SAVE_DELAY_MS, saveProfile } from '../../src/profile/storage';
import type { ReaderProfile } from '../../src/profile/types';

const KEY = 'rxl-profile';

const PROFILE: ReaderProfile = {
  version: 2,
  credentials: { 'ptcb-cpht': 'held', 'state-license': 'held', cspt: 'in-progress', 'bls-cpr': 'none' },
  expected: { cspt: '2027-02' },
  homeState: 'TX',
  yearsExperience: 3,
  interests: ['hospital', 'home-infusion'],
  display: { dimNonTech: true, hideUnqualified: 'dim', showPay: false },
};

/** A valid file as text, with `change` applied to its parsed JSON. */
function fileWith(change: (file: Record<string, any>) => void): string {
  const file = JSON.parse(settingsFileText(PROFILE)) as Record<string, any>;
  change(file);
  return JSON.stringify(file);
}

async function storedSnapshot() {
  return JSON.stringify(await fakeBrowser.storage.sync.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  await resetProfile();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('settings file: export', () => {
  it('is {format, version, profile} with the compact profile', () => {
    const now = new Date(2026, 10, 27, 9, 30);
    const file = exportSettings(PROFILE, now);
    expect(file).toEqual({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_FILE_VERSION,
      exportedAt: now.toISOString(),
      profile: {
        version: 2,
        credentials: { 'ptcb-cpht': 'held', 'state-license': 'held', cspt: 'in-progress' },
        expected: { cspt: '2027-02' },
        homeState: 'TX',
        yearsExperience: 3,
        interests: ['hospital', 'home-infusion'],
        display: { dimNonTech: true, hideUnqualified: 'dim', showPay: false },
      },
    });
    expect(settingsFileName(now)).toBe('rxladder-settings-2026-11-27.json');
    expect(settingsFileText(PROFILE, now)).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });
});

describe('settings file: import', () => {
  it('round trip: export then import gives the same profile and stores it', async () => {
    const parsed = parseSettingsFile(settingsFileText(PROFILE));
    expect(parsed).toEqual({ ok: true, fileVersion: 2, profile: normaliseProfile(PROFILE) });

    const result = await importSettingsFile(settingsFileText(PROFILE));
    expect(result.ok).toBe(true);
    expect(await loadProfile()).toEqual(normaliseProfile(PROFILE));
  });

  it('reads a version 1 file through the v1 → v2 migration', () => {
    const v1 = JSON.stringify({
      format: 'rxladder-settings',
      version: 1,
      profile: { version: 1, credentials: { 'nha-excpt': 'held', cspt: 'none' }, homeState: 'OH', interests: ['retail'] },
    });
    const result = parseSettingsFile(v1);
    expect(result).toEqual({
      ok: true,
      fileVersion: 1,
      profile: { version: 2, credentials: { 'nha-excpt': 'held' }, homeState: 'OH', interests: ['retail'], display: DEFAULT_DISPLAY },
    });
  });

  it('accepts a hand-written file with the minimum (credentials) and a byte-order mark', () => {
    const result = parseSettingsFile('\uFEFF{"format":"rxladder-settings","version":2,"profile":{"credentials":{}}}');
    expect(result.ok).toBe(true);
  });

  const bad: [kind: string, text: string, path: string | undefined, message: RegExp][] = [
    ['not JSON', 'format: rxladder-settings', undefined, /not JSON/],
    ['an empty file', '', undefined, /not JSON/],
    ['JSON that is not an object', '[1, 2]', undefined, /not an RxLadder settings file: it holds a list/],
    ['another program’s JSON', '{"name":"x"}', 'format', /not an RxLadder settings file/],
    ['the wrong format', fileWith((f) => (f.format = 'rxladder-backup')), 'format', /expected "rxladder-settings", found "rxladder-backup"/],
    ['a future version', fileWith((f) => (f.version = 3)), 'version', /newer RxLadder \(settings version 3\).*Update RxLadder/],
    ['a version that is not a number', fileWith((f) => (f.version = '2')), 'version', /whole number/],
    ['no profile', fileWith((f) => delete f.profile), 'profile', /missing/],
    ['an unknown top-level field', fileWith((f) => (f.extra = true)), 'extra', /unknown field "extra"/],
    ['credentials as a list', fileWith((f) => (f.profile.credentials = ['ptcb-cpht'])), 'profile.credentials', /must be an object of credential ids, not a list/],
    ['an unknown credential id', fileWith((f) => (f.profile.credentials['ptcb-cpht-2'] = 'held')), 'profile.credentials.ptcb-cpht-2', /unknown credential id "ptcb-cpht-2"/],
    ['an unknown holding', fileWith((f) => (f.profile.credentials['ptcb-cpht'] = 'yes')), 'profile.credentials.ptcb-cpht', /must be "held", "in-progress" or "none", not "yes"/],
    ['an unknown credential in expected', fileWith((f) => (f.profile.expected = { cphtx: '2026-01' })), 'profile.expected.cphtx', /unknown credential id "cphtx"/],
    ['a month out of range', fileWith((f) => (f.profile.expected.cspt = '2026-13')), 'profile.expected.cspt', /YYYY-MM.*not "2026-13"/],
    ['an unknown state', fileWith((f) => (f.profile.homeState = 'XX')), 'profile.homeState', /unknown state "XX"/],
    ['a state name instead of a code', fileWith((f) => (f.profile.homeState = 'Texas')), 'profile.homeState', /two-letter code/],
    ['an unknown setting id', fileWith((f) => (f.profile.interests = ['hospital', 'spaceport'])), 'profile.interests[1]', /unknown setting id "spaceport"/],
    ['years above the range', fileWith((f) => (f.profile.yearsExperience = 75)), 'profile.yearsExperience', /between 0 and 60, not 75/],
    ['negative years', fileWith((f) => (f.profile.yearsExperience = -1)), 'profile.yearsExperience', /between 0 and 60, not -1/],
    ['years as text', fileWith((f) => (f.profile.yearsExperience = 'three')), 'profile.yearsExperience', /must be a number of years, not string "three"/],
    ['an unknown display choice', fileWith((f) => (f.profile.display.hideUnqualified = 'blur')), 'profile.display.hideUnqualified', /must be "show", "dim" or "hide", not "blur"/],
    ['a display flag that is not a boolean', fileWith((f) => (f.profile.display.showPay = 'yes')), 'profile.display.showPay', /must be true or false/],
    ['an unknown profile field', fileWith((f) => (f.profile.favouriteColour = 'teal')), 'profile.favouriteColour', /unknown field "favouriteColour"/],
    ['a profile version that contradicts the file', fileWith((f) => (f.profile.version = 1)), 'profile.version', /must be 2 in a version 2 file/],
    ['a file far too large', ' '.repeat(MAX_SETTINGS_FILE_CHARS + 1), undefined, /too large/],
  ];

  it.each(bad)('rejects %s with a clear message naming the problem', (_kind, text, path, message) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).toMatch(/Nothing was changed\.$/);
    expect(result.path).toBe(path);
    if (path) expect(result.message.startsWith(`${path}: `)).toBe(true);
  });

  it.each(bad)('a file with %s changes nothing already saved', async (_kind, text) => {
    await saveProfile(PROFILE, { immediate: true });
    const before = await storedSnapshot();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    const result = await importSettingsFile(text);
    expect(result.ok).toBe(false);
    await flushProfile();
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(await storedSnapshot()).toBe(before);
    expect(await loadProfile()).toEqual(normaliseProfile(PROFILE));
  });

  it('names further problems of a file too', () => {
    const result = parseSettingsFile(
      fileWith((f) => {
        f.profile.homeState = 'XX';
        f.profile.yearsExperience = 99;
        f.profile.interests = ['nowhere', 'moon'];
        f.profile.display.showPay = 1;
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.path).toBe('profile.homeState');
    expect(result.message).toMatch(/^profile\.homeState: unknown state "XX".*\. Also profile\.yearsExperience: must be between 0 and 60, not 99; profile\.interests\[0\]: unknown setting id "nowhere" \(and 2 more problems\)\. Nothing was changed\.$/);
  });

  it('a failed import leaves an edit still waiting for its debounced write alone', async () => {
    vi.useFakeTimers();
    const edit = saveProfile({ version: 2, credentials: { 'nha-excpt': 'held' } });
    expect((await importSettingsFile('not json')).ok).toBe(false);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await edit;
    expect((await loadProfile()).credentials).toEqual({ 'nha-excpt': 'held' });
  });

  it('a valid import replaces a waiting edit and is written at once', async () => {
    vi.useFakeTimers();
    const edit = saveProfile({ version: 2, credentials: { 'nha-excpt': 'held' } });
    expect((await importSettingsFile(settingsFileText(PROFILE))).ok).toBe(true);
    await edit;
    expect(normaliseProfile((await fakeBrowser.storage.sync.get(KEY))[KEY])).toEqual(normaliseProfile(PROFILE));
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(await loadProfile()).toEqual(normaliseProfile(PROFILE));
  });

  it('importSettingsFromFile() reads a chosen file and refuses a huge one unread', async () => {
    const ok = await importSettingsFromFile(new Blob([settingsFileText(PROFILE)], { type: 'application/json' }));
    expect(ok.ok).toBe(true);
    const huge = new Blob(['x'.repeat(MAX_SETTINGS_FILE_CHARS * 4 + 1)]);
    const text = vi.spyOn(huge, 'text');
    const result = await importSettingsFromFile(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/too large/);
    expect(text).not.toHaveBeenCalled();
  });
});
