/**
 * Settings files: the reader's profile exported to JSON and imported back.
 *
 *   { "format": "rxladder-settings", "version": 2, "exportedAt": "2026-11-27T10:00:00.000Z",
 *     "profile": { ...StoredProfile } }
 *
 * `version` is the profile version (PROFILE_VERSION in ./storage); version 1 files hold a v1
 * profile and are migrated like stored v1 profiles. An import is validated with valibot in full
 * before anything is saved: a file that is not JSON, has the wrong shape, names unknown
 * credential / setting / state ids, comes from a newer RxLadder or holds values out of range is
 * rejected with a message naming the problem and its field path, and storage is left as it was.
 */
import * as v from 'valibot';
import { CREDENTIAL_IDS, SETTING_IDS } from '../../keywords/types';
import {
  compactProfile,
  HOLDINGS,
  isMonth,
  migrateProfileV1toV2,
  normaliseProfile,
  PROFILE_VERSION,
  saveProfile,
  STATE_CODES,
  UNQUALIFIED_DISPLAYS,
  YEARS_MAX,
  type StoredProfile,
} from './storage';
import type { ReaderProfile } from './types';

export const SETTINGS_FILE_FORMAT = 'rxladder-settings' as const;
/** The newest file version this build reads and the one it writes. */
export const SETTINGS_FILE_VERSION = PROFILE_VERSION;
/** A real settings file is under 3 KB; anything far larger is not one. */
export const MAX_SETTINGS_FILE_CHARS = 100_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt?: string;
  profile: StoredProfile;
}

export type ImportResult =
  | { ok: true; profile: ReaderProfile; fileVersion: number }
  | {
      ok: false;
      /** Full sentence(s) for the reader, naming the field path. */
      message: string;
      /** Field path of the (first) problem, e.g. "profile.credentials.ptcb"; absent for a file-level problem. */
      path?: string;
    };

// ---------------------------------------------------------------------------------- export

/** The file object for a profile (compact: credentials not held are left out). */
export function exportSettings(profile: ReaderProfile, now: Date = new Date()): SettingsFile {
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    profile: compactProfile(profile),
  };
}

/** The file's text: indented JSON with a final newline. */
export function settingsFileText(profile: ReaderProfile, now: Date = new Date()): string {
  return `${JSON.stringify(exportSettings(profile, now), null, 2)}\n`;
}

/** "rxladder-settings-2026-11-27.json" (local date). */
export function settingsFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rxladder-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

// ---------------------------------------------------------------------------------- schemas

const quote = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
  } catch {
    return String(value);
  }
};

/** Messages for an object schema: not an object, a missing field, an unknown field. */
function objectMessage(what: string) {
  return (issue: v.BaseIssue<unknown>) => {
    if (issue.expected === 'never') return `unknown field ${issue.received}; remove it`;
    if (issue.expected === 'Object') return `must be ${what}, not ${describe(issue.input)}`;
    return 'this field is missing';
  };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${quote(value)}`;
}

const oneOf = (values: readonly string[]) => values.map((x) => `"${x}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');

const credentialId = v.picklist(CREDENTIAL_IDS, (i) => `unknown credential id ${quote(i.input)}`);
const settingId = v.picklist(SETTING_IDS, (i) => `unknown setting id ${quote(i.input)}`);
const holding = v.picklist(HOLDINGS, (i) => `must be ${oneOf(HOLDINGS)}, not ${quote(i.input)}`);
const month = v.pipe(
  v.string((i) => `must be a month written "YYYY-MM", not ${describe(i.input)}`),
  v.check<string, (i: v.CheckIssue<string>) => string>((m) => isMonth(m), (i) => `must be a month written "YYYY-MM" between 1950-01 and 2100-12, not ${quote(i.input)}`),
);
const stateCode = v.picklist(
  STATE_CODES,
  (i) => `unknown state ${quote(i.input)}; use a two-letter code such as "TX" (50 states, DC or PR)`,
);
const years = v.pipe(
  v.number((i) => `must be a number of years, not ${describe(i.input)}`),
  v.finite((i) => `must be a number of years, not ${quote(i.input)}`),
  v.minValue(0, (i) => `must be between 0 and ${YEARS_MAX}, not ${quote(i.input)}`),
  v.maxValue(YEARS_MAX, (i) => `must be between 0 and ${YEARS_MAX}, not ${quote(i.input)}`),
);
const flag = v.boolean((i) => `must be true or false, not ${describe(i.input)}`);

/** An object keyed by credential id (valibot's record alone would take a list too). */
function byCredential<T extends v.GenericSchema>(value: T) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
      (i) => `must be an object of credential ids, not ${describe(i.input)}`,
    ),
    v.record(credentialId, value),
  );
}

const credentialsSchema = byCredential(holding);
const expectedSchema = byCredential(month);
const interestsSchema = v.pipe(
  v.array(settingId, (i) => `must be a list of setting ids, not ${describe(i.input)}`),
  v.maxLength(SETTING_IDS.length * 2, `lists too many settings`),
);

const profileFields = {
  credentials: credentialsSchema,
  expected: v.optional(expectedSchema),
  homeState: v.optional(stateCode),
  yearsExperience: v.optional(years),
  interests: v.optional(interestsSchema),
};

const ProfileV1 = v.strictObject(
  {
    version: v.optional(v.literal(1, (i) => `must be 1 in a version 1 file, not ${quote(i.input)}`)),
    ...profileFields,
  },
  objectMessage('an object with your credentials'),
);

const DisplaySchema = v.strictObject(
  {
    dimNonTech: v.optional(flag),
    hideUnqualified: v.optional(
      v.picklist(UNQUALIFIED_DISPLAYS, (i) => `must be ${oneOf(UNQUALIFIED_DISPLAYS)}, not ${quote(i.input)}`),
    ),
    showPay: v.optional(flag),
  },
  objectMessage('an object of display choices'),
);

const ProfileV2 = v.strictObject(
  {
    version: v.optional(v.literal(2, (i) => `must be 2 in a version 2 file, not ${quote(i.input)}`)),
    ...profileFields,
    display: v.optional(DisplaySchema),
  },
  objectMessage('an object with your credentials'),
);

const fileFields = {
  format: v.literal(SETTINGS_FILE_FORMAT),
  exportedAt: v.optional(v.pipe(v.string((i) => `must be a date, not ${describe(i.input)}`), v.maxLength(64, 'is too long'))),
};
const FileV1 = v.strictObject(
  { ...fileFields, version: v.literal(1), profile: ProfileV1 },
  objectMessage('a settings object'),
);
const FileV2 = v.strictObject(
  { ...fileFields, version: v.literal(2), profile: ProfileV2 },
  objectMessage('a settings object'),
);

// ---------------------------------------------------------------------------------- import

const NOTHING_CHANGED = 'Nothing was changed.';

function fail(message: string, path?: string): ImportResult {
  const where = path ? `${path}: ` : '';
  return { ok: false, message: `${where}${message}. ${NOTHING_CHANGED}`, ...(path ? { path } : {}) };
}

/** "profile.credentials.ptcb", "profile.interests[2]". */
function pathOf(issue: v.BaseIssue<unknown>): string | undefined {
  if (!issue.path || issue.path.length === 0) return undefined;
  let out = '';
  for (const item of issue.path) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

function failFromIssues(issues: readonly v.BaseIssue<unknown>[]): ImportResult {
  const first = issues[0]!;
  const path = pathOf(first);
  const others = issues.slice(1, 3).map((issue) => {
    const at = pathOf(issue);
    return at ? `${at}: ${issue.message}` : issue.message;
  });
  const rest = issues.length - 1 - others.length;
  let message = first.message;
  if (others.length > 0) message += `. Also ${others.join('; ')}`;
  if (rest > 0) message += ` (and ${rest} more problem${rest > 1 ? 's' : ''})`;
  return fail(message, path);
}

/**
 * Read and validate a settings file's text. Pure: touches no storage. On success the profile is
 * normalised to the current version (a version 1 file goes through the v1 → v2 migration).
 */
export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_SETTINGS_FILE_CHARS) {
    return fail(`This file is too large to be an RxLadder settings file (${Math.round(text.length / 1024)} KB)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return fail(`This file is not JSON${detail}; choose a file exported by RxLadder`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(`This is not an RxLadder settings file: it holds ${describe(data)} instead of a settings object`);
  }
  const head = data as Record<string, unknown>;
  if (head.format !== SETTINGS_FILE_FORMAT) {
    return fail(
      head.format === undefined
        ? `the field is missing, so this is not an RxLadder settings file (expected "${SETTINGS_FILE_FORMAT}")`
        : `this is not an RxLadder settings file (expected "${SETTINGS_FILE_FORMAT}", found ${quote(head.format)})`,
      'format',
    );
  }
  const version = head.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`must be a whole number such as ${SETTINGS_FILE_VERSION}, not ${describe(version)}`, 'version');
  }
  if (version > SETTINGS_FILE_VERSION) {
    return fail(
      `this file comes from a newer RxLadder (settings version ${version}); this one reads versions 1 to ${SETTINGS_FILE_VERSION}. Update RxLadder, then import the file again`,
      'version',
    );
  }
  if (version === 1) {
    const parsed = v.safeParse(FileV1, data, { abortPipeEarly: true });
    if (!parsed.success) return failFromIssues(parsed.issues);
    return { ok: true, profile: normaliseProfile(migrateProfileV1toV2(parsed.output.profile)), fileVersion: 1 };
  }
  const parsed = v.safeParse(FileV2, data, { abortPipeEarly: true });
  if (!parsed.success) return failFromIssues(parsed.issues);
  return { ok: true, profile: normaliseProfile(parsed.output.profile), fileVersion: 2 };
}

/**
 * Validate a settings file and, only if it is valid, save its profile at once (replacing any
 * change still waiting for its debounced write). A failed import writes nothing.
 */
export async function importSettingsFile(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  try {
    await saveProfile(result.profile, { immediate: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
    return fail(`The settings could not be saved: ${detail}`);
  }
  return result;
}

/** importSettingsFile() for a chosen file; a file far too large is rejected before it is read. */
export async function importSettingsFromFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_SETTINGS_FILE_CHARS * 4) {
    return fail(`This file is too large to be an RxLadder settings file (${Math.round(file.size / 1024)} KB)`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('The file could not be read');
  }
  return importSettingsFile(text);
}
