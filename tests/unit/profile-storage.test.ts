import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CREDENTIAL_IDS, SETTING_IDS, type CredentialId } from '../../keywords/types';
import {
  compactProfile,
  DEFAULT_DISPLAY,
  defineProfileItem,
  displayOf,
  flushProfile,
  hasPendingSave,
  HOLDINGS,
  loadProfile,
  migrateProfileV1toV2,
  normaliseProfile,
  PROFILE_VERSION,
  resetProfile,
  SAVE_DELAY_MS,
  SAVE_MAX_WAIT_MS,
  saveProfile,
  storedSize,
  SYNC_QUOTA_BYTES_PER_ITEM,
  watchProfile,
  type StoredProfile,
} from '../../src/profile/storage';
import type { Holding, ReaderProfile } from '../../src/profile/types';

/** Key in the sync area (PROFILE_KEY without "sync:") and WXT's metadata key beside it. */
const KEY = 'rxl-profile';
const META = 'rxl-profile$';

async function raw(key = KEY): Promise<unknown> {
  return (await fakeBrowser.storage.sync.get(key))[key];
}

/** Writes of the profile value (not its metadata) to sync storage since the spy was made. */
function profileWrites(spy: { mock: { calls: unknown[][] } }): unknown[] {
  return spy.mock.calls.map((c) => c[0] as Record<string, unknown>).filter((items) => KEY in items).map((items) => items[KEY]);
}

/** A v1 profile as issue #3's runtime stored it: every holding, 'none' spelled out, no metadata. */
function v1Profile() {
  const credentials: Record<string, Holding> = {};
  CREDENTIAL_IDS.forEach((id, i) => (credentials[id] = HOLDINGS[i % 3]!));
  const expected: Record<string, string> = {};
  for (const id of CREDENTIAL_IDS) if (credentials[id] === 'in-progress') expected[id] = '2027-03';
  return {
    version: 1 as const,
    credentials,
    expected,
    homeState: 'TX',
    yearsExperience: 2.5,
    interests: ['hospital', 'retail', 'home-infusion'],
  };
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(async () => {
  await resetProfile();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('profile storage: migration v1 → v2', () => {
  it('a stored v1 object loses nothing', async () => {
    const v1 = v1Profile();
    await fakeBrowser.storage.sync.set({ [KEY]: v1 });

    // A context loading the item (options page, content script) migrates what it finds.
    const item = defineProfileItem();
    const migrated = await item.getValue();
    expect(await raw(META)).toEqual({ v: PROFILE_VERSION });
    expect(await raw()).toEqual(migrated);

    const p = normaliseProfile(migrated);
    for (const id of CREDENTIAL_IDS) {
      // Every holding survives; 'none' is what an absent id means.
      expect(p.credentials[id] ?? 'none').toBe(v1.credentials[id]);
      if (v1.credentials[id] === 'in-progress') expect(p.expected?.[id]).toBe('2027-03');
    }
    expect(p.homeState).toBe('TX');
    expect(p.yearsExperience).toBe(2.5);
    expect(new Set(p.interests)).toEqual(new Set(v1.interests));
    expect(p.interests).toHaveLength(v1.interests.length);
    // New in v2: display choices, defaulting to what v1 readers saw.
    expect(p.display).toEqual(DEFAULT_DISPLAY);
    expect(p.version).toBe(2);
  });

  it('loading the storage module migrates the stored v1 profile before the first read', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, credentials: { 'ptcb-cpht': 'held', cspt: 'in-progress' }, expected: { cspt: '2026-12' }, homeState: 'wa' } });
    vi.resetModules();
    const fresh = await import('../../src/profile/storage');
    const p = await fresh.loadProfile();
    expect(p.credentials).toEqual({ 'ptcb-cpht': 'held', cspt: 'in-progress' });
    expect(p.expected).toEqual({ cspt: '2026-12' });
    expect(p.homeState).toBe('WA');
    expect(await raw(META)).toEqual({ v: 2 });
  });

  it('migrates a v1 object with explicit metadata v1 as well', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, credentials: { 'nha-excpt': 'held' } }, [META]: { v: 1 } });
    const value = await defineProfileItem().getValue();
    expect(value.credentials).toEqual({ 'nha-excpt': 'held' });
    expect(await raw(META)).toEqual({ v: 2 });
  });

  it('leaves a v2 value alone and is safe to run twice', async () => {
    const v2 = compactProfile({ ...v1Profile(), display: { dimNonTech: true, hideUnqualified: 'hide', showPay: false } });
    await fakeBrowser.storage.sync.set({ [KEY]: v2, [META]: { v: 2 } });
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await defineProfileItem().getValue()).toEqual(v2);
    expect(spy).not.toHaveBeenCalled();
    expect(migrateProfileV1toV2(migrateProfileV1toV2(v1Profile()))).toEqual(migrateProfileV1toV2(v1Profile()));
    expect(migrateProfileV1toV2(v2)).toEqual(v2);
  });

  it('drops only what v1 could not use either (unknown ids, malformed values)', () => {
    const out = migrateProfileV1toV2({
      version: 1,
      credentials: { 'ptcb-cpht': 'held', 'made-up': 'held', cspt: 'maybe' },
      expected: { 'ptcb-cpht': '2026-13' },
      homeState: 'Atlantis',
      yearsExperience: -3,
      interests: ['retail', 'moon-base', 'retail'],
    });
    expect(out).toEqual({ version: 2, credentials: { 'ptcb-cpht': 'held' }, interests: ['retail'], display: DEFAULT_DISPLAY });
  });
});

describe('profile storage: compact shape', () => {
  it('stores only credentials that are not "none", expected months only while in progress', async () => {
    const profile: ReaderProfile = {
      version: 2,
      credentials: { 'ptcb-cpht': 'held', cspt: 'in-progress', 'nha-excpt': 'none', 'bls-cpr': 'held' },
      expected: { cspt: '2026-10', 'bls-cpr': '2025-01' },
      homeState: 'PR',
      interests: [],
    };
    await saveProfile(profile, { immediate: true });
    const stored = (await raw()) as StoredProfile;
    expect(stored).toEqual({
      version: 2,
      credentials: { 'ptcb-cpht': 'held', cspt: 'in-progress', 'bls-cpr': 'held' },
      expected: { cspt: '2026-10' },
      homeState: 'PR',
      display: DEFAULT_DISPLAY,
    });
    expect(JSON.stringify(stored)).not.toContain('none');
  });

  it('the largest possible profile fits the 8 KB sync item quota several times over', () => {
    const everything: ReaderProfile = {
      version: 2,
      credentials: Object.fromEntries(CREDENTIAL_IDS.map((id) => [id, 'in-progress'])),
      expected: Object.fromEntries(CREDENTIAL_IDS.map((id) => [id, '2100-12'])),
      homeState: 'DC',
      yearsExperience: 59.75,
      interests: [...SETTING_IDS],
      display: { dimNonTech: true, hideUnqualified: 'hide', showPay: false },
    };
    const size = storedSize(compactProfile(everything));
    expect(size).toBeLessThan(SYNC_QUOTA_BYTES_PER_ITEM / 3);
    expect(storedSize(compactProfile({ version: 2, credentials: {} }))).toBeLessThan(120);
  });

  it('reads garbage as the defaults and normalises what it can', async () => {
    await fakeBrowser.storage.sync.set({ [KEY]: 'not a profile' });
    expect(await loadProfile()).toEqual({ version: 2, credentials: {}, display: DEFAULT_DISPLAY });
    await fakeBrowser.storage.sync.set({ [KEY]: { credentials: { 'ptcb-cpht': 'held', x: 'held' }, display: { showPay: 'no', hideUnqualified: 'dim' } } });
    const p = await loadProfile();
    expect(p.credentials).toEqual({ 'ptcb-cpht': 'held' });
    expect(displayOf(p)).toEqual({ ...DEFAULT_DISPLAY, hideUnqualified: 'dim' });
  });
});

describe('profile storage: debounced writes', () => {
  const held = (...ids: CredentialId[]): ReaderProfile => ({
    version: 2,
    credentials: Object.fromEntries(ids.map((id) => [id, 'held'])),
  });

  it('a burst of changes is written once, after the last one', async () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const ids = CREDENTIAL_IDS.slice(0, 8);
    const saves: Promise<void>[] = [];
    for (let i = 0; i < ids.length; i++) {
      // Clicks 300 ms apart keep postponing the write.
      saves.push(saveProfile(held(...ids.slice(0, i + 1))));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(profileWrites(spy)).toHaveLength(0);
    expect(hasPendingSave()).toBe(true);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    await Promise.all(saves);
    expect(profileWrites(spy)).toHaveLength(1);
    expect(hasPendingSave()).toBe(false);
    expect(normaliseProfile(await raw()).credentials).toEqual(held(...ids).credentials);
  });

  it('keeps continuous editing far under 120 writes a minute, yet saves it as it goes', async () => {
    vi.useFakeTimers();
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    // One change every 100 ms for a minute (a fast typist who never pauses): 600 changes.
    for (let i = 0; i < 600; i++) {
      void saveProfile({ version: 2, credentials: {}, yearsExperience: i % 60 });
      await vi.advanceTimersByTimeAsync(100);
    }
    const writes = profileWrites(spy).length;
    expect(writes).toBeGreaterThanOrEqual(60_000 / SAVE_MAX_WAIT_MS - 1);
    expect(writes).toBeLessThanOrEqual(60_000 / SAVE_MAX_WAIT_MS + 1);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect((await loadProfile()).yearsExperience).toBe(599 % 60);
  });

  it('writes nothing when storage already holds the same value', async () => {
    await saveProfile(held('ptcb-cpht'), { immediate: true });
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await saveProfile({ ...held('ptcb-cpht'), credentials: { 'ptcb-cpht': 'held', cspt: 'none' } }, { immediate: true });
    // Saving the defaults when nothing is stored writes nothing either.
    await resetProfile();
    await saveProfile({ version: 2, credentials: {} }, { immediate: true });
    expect(profileWrites(spy)).toHaveLength(0);
  });

  it('flushProfile() writes a waiting change at once (leaving the page)', async () => {
    vi.useFakeTimers();
    const saved = saveProfile(held('cspt'));
    expect(await raw()).toBeUndefined();
    await flushProfile();
    await saved;
    expect(normaliseProfile(await raw()).credentials).toEqual({ cspt: 'held' });
  });

  it('loadProfile() in the saving context sees a change still waiting for its write', async () => {
    vi.useFakeTimers();
    void saveProfile(held('nha-excpt'));
    expect((await loadProfile()).credentials).toEqual({ 'nha-excpt': 'held' });
    await flushProfile();
  });

  it('resetProfile() drops a waiting change and removes the stored value', async () => {
    await saveProfile({ ...held('ptcb-cpht'), homeState: 'OH' }, { immediate: true });
    vi.useFakeTimers();
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const waiting = saveProfile(held('cspt'));
    await resetProfile();
    await waiting;
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS * 2);
    expect(profileWrites(spy)).toHaveLength(0);
    expect(await raw()).toBeUndefined();
    expect(await loadProfile()).toEqual({ version: 2, credentials: {}, display: DEFAULT_DISPLAY });
  });

  it('watchProfile() reports every stored change, normalised, until unwatched', async () => {
    const seen: ReaderProfile[] = [];
    const unwatch = watchProfile((p) => seen.push(p));
    await saveProfile({ ...held('ptcb-cpht'), homeState: 'ny' }, { immediate: true });
    // Another context (or browser sync) writes a v1-looking value: readers still get v2.
    await fakeBrowser.storage.sync.set({ [KEY]: { version: 1, credentials: { cspt: 'held', 'nha-excpt': 'none' } } });
    unwatch();
    await saveProfile(held('bls-cpr'), { immediate: true });
    expect(seen).toEqual([
      { version: 2, credentials: { 'ptcb-cpht': 'held' }, homeState: 'NY', display: DEFAULT_DISPLAY },
      { version: 2, credentials: { cspt: 'held' }, display: DEFAULT_DISPLAY },
    ]);
  });
});
