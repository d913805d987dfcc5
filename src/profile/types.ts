import type { CredentialId, SettingId } from '../../keywords/types';

/** What the reader holds; stored in extension storage (issue #4 adds the options page and migrations). */
export type Holding = 'held' | 'in-progress' | 'none';

export interface ReaderProfile {
  version: 1;
  /** Credentials the reader holds or is working on; missing ids mean 'none'. */
  credentials: Partial<Record<CredentialId, Holding>>;
  /** Expected month for in-progress credentials, "YYYY-MM". */
  expected?: Partial<Record<CredentialId, string>>;
  /** Two-letter code of the home state (50 states, DC, PR). */
  homeState?: string;
  yearsExperience?: number;
  interests?: SettingId[];
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
