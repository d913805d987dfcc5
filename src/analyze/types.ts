import type { CredentialId, RoleLevel, SettingId } from '../../keywords/types';

export type { CredentialId, RoleLevel, SettingId };

export type RequirementLevel = 'required' | 'preferred' | 'mentioned';

export interface CredentialRequirement {
  id: CredentialId;
  level: RequirementLevel;
  /** The posting lets the applicant obtain it after hire, within this many days. */
  withinDays?: number;
  /** Other ids accepted instead ("PTCB or NHA": id ptcb-cpht, alternatives [nha-excpt]). */
  alternatives?: CredentialId[];
  /** "or eligible to sit for the exam", "in process", "currently enrolled". */
  acceptsInProgress?: boolean;
  /** A trainee / in-training registration is accepted for the state credential. */
  traineeAccepted?: boolean;
  /** Who is exempt ("pharmacy students", "current employees"). */
  exemptions?: string[];
  /** Only needed to advance (a higher grade or level), not to be hired. */
  advancementOnly?: boolean;
  /** The posting says it is not needed ("certification not required"). Level is 'mentioned'. */
  negated?: boolean;
  /** Two-letter code of the state named with a state credential ("Texas State Board of Pharmacy"). */
  state?: string;
  /** The sentence or bullet it came from, exactly as it stands in the input. */
  evidence: string;
  /** Offset of evidence in the input text (title excluded). */
  evidenceStart: number;
}

export interface SettingSignal {
  id: SettingId;
  evidence: string;
}

/** Work the job involves that is not a credential the applicant must hold ("prepares IV admixtures"). */
export interface DutySignal {
  id: CredentialId;
  evidence: string;
}

export type PayUnit = 'hour' | 'week' | 'month' | 'year';

export interface Pay {
  min: number;
  max: number;
  unit: PayUnit;
  currency: 'USD';
  /** Federal General Schedule grades named with the pay ("GS-05 to GS-06"). */
  grades?: { schedule: 'GS' | 'WG'; min: number; max: number };
  evidence: string;
}

export interface PostingAnalysis {
  isPharmacyTech: boolean;
  roleLevel: RoleLevel;
  /** Why the role was (not) judged a pharmacy-technician role: a matched phrase, or a near-miss id. */
  role: { matched?: string; nearMiss?: string };
  credentials: CredentialRequirement[];
  settings: SettingSignal[];
  duties: DutySignal[];
  pay?: Pay;
  /** Federal grade range even when no dollar figures are given. */
  grades?: { schedule: 'GS' | 'WG'; min: number; max: number };
  /** Word count of the analysed text; verdicts treat very short text (a card snippet) as partial. */
  wordCount: number;
}

export interface PostingInput {
  title?: string;
  text: string;
}
