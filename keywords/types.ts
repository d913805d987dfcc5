/**
 * Shapes of the keyword map. The map itself is plain typed data (see the other files in
 * keywords/); src/analyze compiles it once into token tries. Phrases are written the way a
 * posting would say them ("PTCB-certified", "USP <797>"); the compiler tokenises and folds
 * them with the same function the analyzer applies to posting text, so case, punctuation,
 * hyphens and plural "s" never need separate variants.
 */

export const CREDENTIAL_IDS = [
  'ptcb-cpht',
  'nha-excpt',
  'national-certification',
  'cpht-adv',
  'cspt',
  'sterile-compounding',
  'nonsterile-compounding',
  'hazardous-drugs',
  'nuclear-pharmacy',
  'state-license',
  'bls-cpr',
  'immunization',
  'tech-product-verification',
  'medication-history',
  'billing-reimbursement',
  'controlled-substances',
  'accredited-training',
  'military-pharmacy-training',
  'drivers-license',
  'pharmacy-student',
] as const;
export type CredentialId = (typeof CREDENTIAL_IDS)[number];

export const SETTING_IDS = [
  'retail',
  'hospital',
  'ambulatory-clinic',
  'long-term-care',
  'mail-order',
  'specialty',
  'home-infusion',
  'compounding',
  'nuclear',
  'oncology',
  'federal',
  'military',
  'correctional',
  'pbm-insurance',
  'remote',
  'telepharmacy',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export const ROLE_LEVELS = ['trainee', 'technician', 'senior', 'supervisor', 'specialist'] as const;
export type RoleLevel = (typeof ROLE_LEVELS)[number];

export interface CredentialEntry {
  id: CredentialId;
  /** Display name, as the badge and popup show it. */
  name: string;
  /** Short forms a reader recognises ("CPhT", "CSPT"). */
  abbreviations: readonly string[];
  /** Who grants it; for skills and state credentials, who recognises it. */
  issuer: string;
  /** One plain-language sentence: what it is. */
  summary: string;
  /**
   * 'named': the phrase itself names a credential ("PTCB", "registered pharmacy technician").
   * 'topic': a skill area ("sterile compounding", "chemotherapy"). A topic counts as a
   * credential only beside a credential word (certified, training, experience, knowledge...)
   * or a requirement cue, or as a bare bullet under a requirements heading; otherwise it
   * describes the work (a duty) and shows up in PostingAnalysis.duties.
   */
  kind: 'named' | 'topic';
  phrases: readonly string[];
  /** Holders of any of these ids also hold this one (national-certification <- ptcb-cpht). */
  satisfiedBy?: readonly CredentialId[];
  /**
   * A later bare reference ("certification must be obtained within 90 days", "license
   * required") points back at the nearest credential of this family.
   */
  family?: 'certification' | 'license';
}

export interface SettingEntry {
  id: SettingId;
  name: string;
  summary: string;
  /** Phrases that say the job itself is in this setting. */
  phrases: readonly string[];
  /** Phrases that say so only in a job title ("IV Room Technician" is a compounding job). */
  titlePhrases?: readonly string[];
  /** The setting is defined by whom the pharmacy serves ("serving nursing homes" is long-term care). */
  definedByClients?: boolean;
}

export interface NearMissRole {
  id: string;
  name: string;
  /** Title phrases of jobs that look close to a pharmacy technician but are not one. */
  phrases: readonly string[];
}

export interface RoleLevelEntry {
  level: Exclude<RoleLevel, 'technician'>;
  /** Title phrases that put a technician role at this level. */
  phrases: readonly string[];
}

export type CueKind =
  | 'required' // "required", "must have"
  | 'preferred' // "preferred", "a plus"
  | 'negated' // "not required", "none required"
  | 'offered' // "we pay for", "we will train": the employer provides it, applicant need not hold it
  | 'accepted' // "students are welcome to apply", "will also be considered": accepted, not asked for
  | 'pending' // "or eligible to sit for", "in process": the requirement accepts a candidate on the way
  | 'trainee' // "trainee registration accepted"
  | 'exemption' // "pharmacy students are exempt", "grandfathered"
  | 'advancement'; // "required to advance to Tech II", "at GS-6 and above"

export interface CueEntry {
  kind: CueKind;
  /**
   * Where the cue's credential stands: 'before' ("CPhT required"), 'after' ("must have CPhT"),
   * 'either' (decided by what precedes the cue in its clause).
   */
  attaches: 'before' | 'after' | 'either';
  /**
   * A cue that settles the question for this job and outweighs a "required" elsewhere.
   * 'offered': the employer gives the credential itself before the work starts ("completed during
   * paid orientation, at no cost to you"; a deadline in the segment still makes it required).
   * 'negated': the posting rules it out for this very job ("not required for this position").
   */
  strong?: boolean;
  phrases: readonly string[];
}

export type SectionScope = 'required' | 'preferred' | 'duties' | 'offered' | 'about' | 'neutral';

/** A heading that names a topic ("Certification", "Experience"): required, or its parent's scope under Preferred. */
export type HeadingScope = SectionScope | 'topic';

export interface SectionHeading {
  scope: HeadingScope;
  phrases: readonly string[];
}

export interface StateEntry {
  /** USPS code, e.g. "TX". */
  code: string;
  name: string;
}
