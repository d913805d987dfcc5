/**
 * The reader's profile in extension storage: the single definition every context uses (options
 * page, content scripts, popup, background).
 *
 * One WXT storage item at `sync:rxl-profile`, so the profile follows the reader's browser sync.
 * Sync storage has small quotas (8 KB per item, 100 KB in all, 120 writes a minute, 1800 an
 * hour), so:
 * - the stored shape is compact (StoredProfile: only credentials that are not 'none', expected
 *   months only for credentials in progress, empty fields left out, ids in a fixed order);
 * - saveProfile() is debounced (one write SAVE_DELAY_MS after the last change of a burst, and at
 *   least every SAVE_MAX_WAIT_MS while edits go on) and skips a write when storage already holds
 *   the same value.
 *
 * Versions (WXT keeps the item's version in its metadata key `rxl-profile$`, `{ v }`):
 * - v1: ReaderProfile as #3 wrote it ({ version: 1, credentials, expected?, homeState?,
 *   yearsExperience?, interests? }); `credentials` could list 'none', `expected` any credential.
 * - v2: adds the options page's display choices (`display`) and the compact shape.
 * A stored value without metadata counts as v1 (WXT's rule), so whatever #3 stored is migrated
 * the first time any context loads this module.
 *
 * Reading: loadProfile() / watchProfile() always hand out a normalised ReaderProfile (version 2,
 * `display` filled in); whatever storage holds is normalised first (unknown ids and bad values
 * dropped), so readers never see garbage.
 */
import { storage } from 'wxt/utils/storage';
import { CREDENTIAL_IDS, SETTING_IDS, type CredentialId, type SettingId } from '../../keywords/types';
import { STATES } from '../../keywords/states';
import type { DisplayPrefs, Holding, ReaderProfile, UnqualifiedDisplay } from './types';

/** Storage key of the profile item (area "sync"). */
export const PROFILE_KEY = 'sync:rxl-profile' as const;
/** Version of the stored shape (WXT item metadata `v`). */
export const PROFILE_VERSION = 2 as const;
/** A burst of edits is written once, this long after the last one... */
export const SAVE_DELAY_MS = 800;
/** ...or this long after the first one, when the edits never pause (at most ~12 writes a minute). */
export const SAVE_MAX_WAIT_MS = 5000;
/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM: key + JSON value, in UTF-8 bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
/** Years of experience: 0..YEARS_MAX. */
export const YEARS_MAX = 60;

export const HOLDINGS: readonly Holding[] = ['held', 'in-progress', 'none'];
export const UNQUALIFIED_DISPLAYS: readonly UnqualifiedDisplay[] = ['show', 'dim', 'hide'];
export const STATE_CODES: readonly string[] = STATES.map((s) => s.code);

/**
 * Defaults keep what v1 readers saw: every listing shown, nothing dimmed, pay on badges.
 */
export const DEFAULT_DISPLAY: Readonly<DisplayPrefs> = Object.freeze({
  dimNonTech: false,
  hideUnqualified: 'show',
  showPay: true,
});

/** The profile of a reader who has set nothing. */
export const DEFAULT_PROFILE: Readonly<ReaderProfile> = Object.freeze({
  version: PROFILE_VERSION,
  credentials: {},
  display: { ...DEFAULT_DISPLAY },
});

/** What storage holds (v2): compact, see compactProfile(). */
export interface StoredProfile {
  version: typeof PROFILE_VERSION;
  /** Only 'held' and 'in-progress'; an absent id means 'none'. */
  credentials: Partial<Record<CredentialId, Exclude<Holding, 'none'>>>;
  /** Only for credentials in progress, "YYYY-MM". */
  expected?: Partial<Record<CredentialId, string>>;
  homeState?: string;
  yearsExperience?: number;
  /** Setting ids in SETTING_IDS order, no duplicates, absent when empty. */
  interests?: SettingId[];
  display: DisplayPrefs;
}

const CREDENTIAL_ID_SET: ReadonlySet<string> = new Set(CREDENTIAL_IDS);
const SETTING_ID_SET: ReadonlySet<string> = new Set(SETTING_IDS);
const HOLDING_SET: ReadonlySet<string> = new Set(HOLDINGS);
const STATE_CODE_SET: ReadonlySet<string> = new Set(STATE_CODES);
const UNQUALIFIED_SET: ReadonlySet<string> = new Set(UNQUALIFIED_DISPLAYS);

/** "YYYY-MM", month 01..12, year 1950..2100. */
export function isMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= 1950 && year <= 2100;
}

export function isYears(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= YEARS_MAX;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The display choices of a profile, defaults filled in. */
export function displayOf(profile: Pick<ReaderProfile, 'display'> | null | undefined): DisplayPrefs {
  return normaliseDisplay(profile?.display);
}

function normaliseDisplay(raw: unknown): DisplayPrefs {
  const d = isRecord(raw) ? raw : {};
  return {
    dimNonTech: typeof d.dimNonTech === 'boolean' ? d.dimNonTech : DEFAULT_DISPLAY.dimNonTech,
    hideUnqualified:
      typeof d.hideUnqualified === 'string' && UNQUALIFIED_SET.has(d.hideUnqualified)
        ? (d.hideUnqualified as UnqualifiedDisplay)
        : DEFAULT_DISPLAY.hideUnqualified,
    showPay: typeof d.showPay === 'boolean' ? d.showPay : DEFAULT_DISPLAY.showPay,
  };
}

/**
 * A well-formed ReaderProfile (version 2, display filled in) from whatever storage, an old
 * version or a hand-built object holds. Lenient: unknown ids and bad values are dropped, the
 * rest is kept; anything that is not an object gives DEFAULT_PROFILE. Expected months are kept
 * for every credential (the form remembers them while the reader toggles); compactProfile()
 * stores them only for credentials in progress.
 */
export function normaliseProfile(raw: unknown): ReaderProfile {
  const r = isRecord(raw) ? raw : {};
  const profile: ReaderProfile = { version: PROFILE_VERSION, credentials: {}, display: normaliseDisplay(r.display) };
  if (isRecord(r.credentials)) {
    for (const id of CREDENTIAL_IDS) {
      const h = r.credentials[id];
      if (typeof h === 'string' && HOLDING_SET.has(h) && h !== 'none') profile.credentials[id] = h as Holding;
    }
  }
  if (isRecord(r.expected)) {
    const expected: Partial<Record<CredentialId, string>> = {};
    for (const id of CREDENTIAL_IDS) {
      const month = r.expected[id];
      if (isMonth(month)) expected[id] = month;
    }
    if (Object.keys(expected).length > 0) profile.expected = expected;
  }
  if (typeof r.homeState === 'string') {
    const code = r.homeState.trim().toUpperCase();
    if (STATE_CODE_SET.has(code)) profile.homeState = code;
  }
  if (isYears(r.yearsExperience)) profile.yearsExperience = r.yearsExperience;
  if (Array.isArray(r.interests)) {
    const chosen = new Set(r.interests.filter((s): s is string => typeof s === 'string' && SETTING_ID_SET.has(s)));
    const interests = SETTING_IDS.filter((id) => chosen.has(id));
    if (interests.length > 0) profile.interests = interests;
  }
  return profile;
}

/** The stored (v2) shape of a profile: normalised, then only what carries information. */
export function compactProfile(profile: unknown): StoredProfile {
  const p = normaliseProfile(profile);
  const stored: StoredProfile = { version: PROFILE_VERSION, credentials: {}, display: displayOf(p) };
  const expected: Partial<Record<CredentialId, string>> = {};
  for (const id of CREDENTIAL_IDS) {
    const h = p.credentials[id];
    if (h === 'held' || h === 'in-progress') stored.credentials[id] = h;
    const month = p.expected?.[id];
    if (h === 'in-progress' && month) expected[id] = month;
  }
  if (Object.keys(expected).length > 0) stored.expected = expected;
  if (p.homeState) stored.homeState = p.homeState;
  if (p.yearsExperience !== undefined) stored.yearsExperience = p.yearsExperience;
  if (p.interests && p.interests.length > 0) stored.interests = [...p.interests];
  return stored;
}

/** Bytes the item takes against QUOTA_BYTES_PER_ITEM (key + JSON, UTF-8). */
export function storedSize(stored: StoredProfile): number {
  return new TextEncoder().encode(PROFILE_KEY.slice(PROFILE_KEY.indexOf(':') + 1) + JSON.stringify(stored)).length;
}

/** Whether two profiles store the same thing. */
export function sameProfile(a: unknown, b: unknown): boolean {
  return JSON.stringify(compactProfile(a)) === JSON.stringify(compactProfile(b));
}

/**
 * v1 → v2. Every holding ('held', 'in-progress'; 'none' is what an absent id already means), the
 * expected month of every credential in progress, the home state, years of experience and the
 * settings of interest are kept; `display` gets DEFAULT_DISPLAY, i.e. what v1 showed. Only values
 * v1 itself could not use (unknown ids, malformed months) are dropped. Safe to run twice.
 */
export function migrateProfileV1toV2(v1: unknown): StoredProfile {
  return compactProfile(v1);
}

/** Define the item (exported for tests that need a fresh definition to observe the migration). */
export function defineProfileItem() {
  return storage.defineItem<StoredProfile>(PROFILE_KEY, {
    fallback: compactProfile(DEFAULT_PROFILE),
    version: PROFILE_VERSION,
    migrations: { 2: migrateProfileV1toV2 },
  });
}

/** The profile item. Prefer the helpers below; they normalise what they read. */
export const profileItem = defineProfileItem();

export class ProfileTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The settings are too large for browser sync (${bytes} of ${SYNC_QUOTA_BYTES_PER_ITEM} bytes).`);
    this.name = 'ProfileTooLargeError';
  }
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

interface PendingSave {
  stored: StoredProfile;
  /** When the first change of this burst came (Date.now()). */
  since: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  waiters: Waiter[];
}

let pending: PendingSave | null = null;
/** Writes run one after another, so an older value never lands after a newer one. */
let writeChain: Promise<void> = Promise.resolve();

/** The stored, normalised profile (or, in this context, the one waiting to be written). */
export async function loadProfile(): Promise<ReaderProfile> {
  if (pending) return normaliseProfile(pending.stored);
  return normaliseProfile(await profileItem.getValue());
}

/**
 * Save the profile: debounced (one write SAVE_DELAY_MS after the last call, or SAVE_MAX_WAIT_MS
 * after the first of a burst that does not pause; `immediate` writes at once), compact, and skipped when storage already holds the same value. Resolves when the write
 * that includes this change has finished; rejects with ProfileTooLargeError (nothing is written)
 * or with the storage error.
 */
export function saveProfile(profile: ReaderProfile, options: { immediate?: boolean } = {}): Promise<void> {
  const stored = compactProfile(profile);
  const bytes = storedSize(stored);
  if (bytes > SYNC_QUOTA_BYTES_PER_ITEM) return Promise.reject(new ProfileTooLargeError(bytes));
  return new Promise<void>((resolve, reject) => {
    const job: PendingSave = pending ?? { stored, since: Date.now(), timer: undefined, waiters: [] };
    pending = job;
    job.stored = stored;
    job.waiters.push({ resolve, reject });
    if (job.timer !== undefined) clearTimeout(job.timer);
    job.timer = undefined;
    if (options.immediate) void flushProfile();
    else {
      const delay = Math.max(0, Math.min(SAVE_DELAY_MS, job.since + SAVE_MAX_WAIT_MS - Date.now()));
      job.timer = setTimeout(() => void flushProfile(), delay);
    }
  });
}

/** Whether this context has a change waiting for its debounced write. */
export function hasPendingSave(): boolean {
  return pending !== null;
}

/**
 * Write a waiting change now (e.g. when the page is hidden). Resolves when every write so far has
 * settled; never rejects (failures reach the saveProfile() callers).
 */
export function flushProfile(): Promise<void> {
  const job = pending;
  pending = null;
  if (job) {
    if (job.timer !== undefined) clearTimeout(job.timer);
    const done = writeChain.then(() => writeStored(job.stored));
    done.then(
      () => job.waiters.forEach((w) => w.resolve()),
      (error: unknown) => job.waiters.forEach((w) => w.reject(error)),
    );
    writeChain = done.catch(() => undefined);
  }
  return writeChain;
}

async function writeStored(stored: StoredProfile): Promise<void> {
  // Reads are not rate-limited; writes are. Skip a write that would change nothing (nothing
  // stored reads as the defaults, so saving the defaults then writes nothing either).
  const current = await profileItem.getValue();
  if (JSON.stringify(current) === JSON.stringify(stored)) return;
  await profileItem.setValue(stored);
}

/**
 * Back to defaults: drops any waiting change and removes the stored value (readers then see
 * DEFAULT_PROFILE). Resolves when done.
 */
export function resetProfile(): Promise<void> {
  const job = pending;
  pending = null;
  if (job) {
    if (job.timer !== undefined) clearTimeout(job.timer);
    // The waiting change is superseded by the reset, not lost by accident.
    job.waiters.forEach((w) => w.resolve());
  }
  const done = writeChain.then(() => profileItem.removeValue());
  writeChain = done.catch(() => undefined);
  return done;
}

/**
 * Call `cb` with the normalised profile after every change of the stored value, from any context
 * (this one included, once its write lands). Returns the unwatch function.
 */
export function watchProfile(cb: (profile: ReaderProfile) => void): () => void {
  return profileItem.watch((value) => cb(normaliseProfile(value)));
}
