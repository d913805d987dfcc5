import type { CredentialId, SettingId } from '../../keywords/types';

/** What the reader holds; stored in extension storage (issue #4 adds the options page and migrations). */
export type Holding = 'held' | 'in-progress' | 'none';

/** What to do on job boards with listings the reader cannot qualify for (verdict `missing`). */
export type UnqualifiedDisplay = 'show' | 'dim' | 'hide';

/** Display choices of the options page (profile v2; src/profile/storage.ts DEFAULT_DISPLAY). */
export interface DisplayPrefs {
  /** Dim listings that are not pharmacy-technician roles. */
  dimNonTech: boolean;
  /** Show, dim or hide listings the reader cannot qualify for. */
  hideUnqualified: UnqualifiedDisplay;
  /** Show the posting's pay on badges. */
  showPay: boolean;
}

export interface ReaderProfile {
  /**
   * Shape version. 2 (src/profile/storage.ts) adds `display`; 1 is still accepted wherever a
   * profile is built by hand (tests, EMPTY_PROFILE). WXT's item metadata holds the storage version.
   */
  version: 1 | 2;
  /** Credentials the reader holds or is working on; missing ids mean 'none'. */
  credentials: Partial<Record<CredentialId, Holding>>;
  /** Expected month for in-progress credentials, "YYYY-MM". */
  expected?: Partial<Record<CredentialId, string>>;
  /** Two-letter code of the home state (50 states, DC, PR). */
  homeState?: string;
  yearsExperience?: number;
  interests?: SettingId[];
  /** v2: display choices; absent means DEFAULT_DISPLAY (src/profile/storage.ts displayOf()). */
  display?: DisplayPrefs;
}

export const EMPTY_PROFILE: ReaderProfile = { version: 1, credentials: {} };

/**
 * qualified: holds every required credential. trainable: lacks only what the posting lets one
 * earn after hire (a deadline, "eligible to sit", trainee accepted) or what the reader has in
 * progress. missing: lacks a required credential. unknown: too little text to judge (a card).
 */
export type Verdict = 'qualified' | 'trainable' | 'missing' | 'unknown';

export interface Gap {
  id: CredentialId;
  /** Other ids the posting accepts instead. */
  alternatives: CredentialId[];
  /** Why the gap does not block: "within 180 days of hire", "eligible to sit", "in progress", "trainee registration accepted". */
  allowance?: string;
  withinDays?: number;
  /** For a state credential: the state the posting names, when it is not the reader's. */
  otherState?: string;
}

export interface VerdictResult {
  verdict: Verdict;
  /** Required credentials the reader lacks that block the job today. */
  missing: Gap[];
  /** Required credentials the reader lacks but may earn after hire or has in progress. */
  trainable: Gap[];
  /** Preferred credentials the reader lacks: "would strengthen your application". */
  strengthen: CredentialId[];
  /** Ids of the required credentials (for data-rxl-requires). */
  requires: CredentialId[];
}
