/**
 * What each state asks of pharmacy technicians (issue #5): the 50 states, DC and Puerto Rico.
 * Data only; src/profile/state-rules.ts turns an entry into sentences for the reader.
 *
 * Sourcing rules:
 * - Every row comes from ../shared/reference/domain.md §5 (and §2.6 for trainee categories) and
 *   keeps that table's citations: grade 'O' official (board, statute, rule), 'S' secondary, 'P'
 *   postings.
 * - `confidence` keeps domain.md's caveats: 'official' (an official source), 'secondary' (only
 *   secondary sources), 'reported' (domain.md says "reported" or "verify", or sources conflict),
 *   'older' (only old data, e.g. 2015), 'unknown' (no reliable source). The UI always ends with
 *   "check with the board": domain.md asks readers to verify anything state-specific.
 * - Unknown stays 'unknown', never guessed. A board name or site is given only where domain.md
 *   (or, for names, keywords/states.ts) names it; no domain is guessed.
 */

export type StateCode =
  | 'AL' | 'AK' | 'AZ' | 'AR' | 'CA' | 'CO' | 'CT' | 'DE' | 'DC' | 'FL' | 'GA' | 'HI' | 'ID' | 'IL'
  | 'IN' | 'IA' | 'KS' | 'KY' | 'LA' | 'ME' | 'MD' | 'MA' | 'MI' | 'MN' | 'MS' | 'MO' | 'MT' | 'NE'
  | 'NV' | 'NH' | 'NJ' | 'NM' | 'NY' | 'NC' | 'ND' | 'OH' | 'OK' | 'OR' | 'PA' | 'PR' | 'RI' | 'SC'
  | 'SD' | 'TN' | 'TX' | 'UT' | 'VT' | 'VA' | 'WA' | 'WV' | 'WI' | 'WY';

/**
 * The state credential a technician needs to work: a registration, a licence, a permit, a
 * state certificate (LA, WA), one needed only for some roles ('partial', NY), one of a kind the
 * sources do not name ('required'), none, or unknown.
 */
export type StateCredentialKind =
  | 'registration'
  | 'licence'
  | 'permit'
  | 'state-certificate'
  | 'partial'
  /** A state credential is needed, but the sources do not say which kind. */
  | 'required'
  | 'none'
  | 'unknown';

/**
 * Whether national certification (PTCB or NHA) is needed for the basic working credential:
 * 'yes', 'no', 'tiered' (only for a higher tier), 'within' (within `withinMonths` of a start
 * point the text names), or 'unknown'.
 */
export type NationalCertRule = 'yes' | 'no' | 'tiered' | 'within' | 'unknown';

export type StateRuleConfidence = 'official' | 'secondary' | 'reported' | 'older' | 'unknown';

/** One citation as domain.md gives it. */
export interface StateSource {
  grade: 'O' | 'S' | 'P';
  /** "pharmacy.texas.gov", "Tex. Occ. Code §568.001", "Pharmacy Times 2015". */
  cite: string;
}

export interface StateBoard {
  /** The body's name, where a source names it. */
  name?: string;
  /** Its official https site, where domain.md cites that domain. */
  site?: string;
  /** Where the name and site come from. */
  source: string;
}

export interface StateRule {
  code: StateCode;
  credential: StateCredentialKind;
  /** One plain sentence about the state credential. */
  credentialText: string;
  nationalCert: NationalCertRule;
  withinMonths?: number;
  /** One plain sentence about national certification. */
  nationalCertText: string;
  /** Is a trainee (in-training, candidate, applicant, temporary) status available? */
  trainee: 'yes' | 'no' | 'unknown';
  /** One plain sentence about the trainee status, when there is one. */
  traineeText?: string;
  board?: StateBoard;
  notes?: string;
  /** Empty only when `confidence` is 'unknown'. */
  sources: readonly StateSource[];
  confidence: StateRuleConfidence;
  /** When the row was last checked against domain.md, YYYY-MM-DD. */
  checked: '2026-11-27';
}

const CHECKED = '2026-11-27' as const;
const O = (cite: string): StateSource => ({ grade: 'O', cite });
const S = (cite: string): StateSource => ({ grade: 'S', cite });
const P = (cite: string): StateSource => ({ grade: 'P', cite });
const FROM_DOMAIN = 'domain.md §5';

/** A jurisdiction for which domain.md found no reliable source. */
function unknown(code: StateCode, notes?: string, sources: readonly StateSource[] = []): StateRule {
  const rule: StateRule = {
    code,
    credential: 'unknown',
    credentialText: 'Our sources do not say whether technicians must register or be licensed.',
    nationalCert: 'unknown',
    nationalCertText: 'Our sources do not say whether national certification is required.',
    trainee: 'unknown',
    sources,
    confidence: sources.length > 0 ? 'reported' : 'unknown',
    checked: CHECKED,
  };
  if (notes) rule.notes = notes;
  return rule;
}

export const STATE_RULES: readonly StateRule[] = [
  {
    code: 'AL', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'no', nationalCertText: 'National certification is not required.',
    trainee: 'unknown', notes: '3 CE hours a year.',
    sources: [S('docslib.org compilation')], confidence: 'secondary', checked: CHECKED,
  },
  {
    code: 'AK', credential: 'licence', credentialText: 'Technicians need a licence.',
    nationalCert: 'no', nationalCertText: 'National certification is not required; the pharmacist in charge trains on the job.',
    trainee: 'unknown', notes: '10 CE hours.',
    sources: [S('docslib.org'), S('12 AAC 52.140')], confidence: 'secondary', checked: CHECKED,
  },
  {
    code: 'AZ', credential: 'licence', credentialText: 'Technicians need a licence, after a trainee registration first.',
    nationalCert: 'yes', nationalCertText: 'National certification (PTCB or NHA) is required for the full licence.',
    trainee: 'yes', traineeText: 'Trainee registration lasts up to 36 months and is not renewable.',
    notes: 'A Fingerprint Clearance Card is needed (secondary source).',
    sources: [O('Ariz. Admin. Code R4-23-1103'), S('legalclarity.org')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'AR', credential: 'registration', credentialText: 'Technicians register with the board (2015 source).',
    nationalCert: 'no', nationalCertText: 'National certification was not required in 2015: a board test or PTCB certification was.',
    trainee: 'unknown',
    sources: [S('Pharmacy Times 2015')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'CA', credential: 'licence', credentialText: 'Technicians need a licence.',
    nationalCert: 'no',
    nationalCertText:
      'National certification is not required: it is one of four routes, with an associate degree, a course of 240+ hours (or ASHP course or ACPE school), or pharmacy school.',
    trainee: 'unknown', notes: 'A DD214 military route exists; Live Scan fingerprints (secondary source).',
    sources: [O('Bus. & Prof. Code §4202'), S('pharmacy.santarosa.edu'), S('legalclarity.org')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'CO', credential: 'required', credentialText: 'Technicians are reported to need a state credential.',
    nationalCert: 'yes', nationalCertText: 'National certification is reported as required under a law of 2020-08-29.',
    trainee: 'unknown', notes: 'Sources disagree on a provisional status.',
    board: { name: 'Colorado Department of Regulatory Agencies (DORA)', source: FROM_DOMAIN },
    sources: [S('pharmacytechacademy.com'), S('rxtechexam.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'CT', credential: 'registration', credentialText: 'Technicians register with the Department of Consumer Protection (2015 source).',
    nationalCert: 'no', nationalCertText: 'Training or certification was required in 2015, not certification alone.',
    trainee: 'unknown',
    board: { name: 'Connecticut Department of Consumer Protection (DCP)', source: FROM_DOMAIN },
    sources: [S('Pharmacy Times 2015')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'DE', credential: 'unknown', credentialText: 'No state credential was reported in 2015; the current rule is unknown.',
    nationalCert: 'unknown', nationalCertText: 'National certification was not required in 2015; the current rule is unknown.',
    trainee: 'unknown',
    sources: [S('Pharmacy Times 2015')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'DC', credential: 'unknown', credentialText: 'No credential was reported in 2015, though a registration may apply; the current rule is unknown.',
    nationalCert: 'unknown', nationalCertText: 'Our sources do not say whether national certification is required.',
    trainee: 'unknown',
    sources: [S('Pharmacy Times 2015')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'FL', credential: 'registration', credentialText: 'Technicians register with the board (age 17 or older).',
    nationalCert: 'no',
    nationalCertText:
      'National certification is not required; board-approved training is (ASHP-accredited, certain military programs, or 160+ hours within 6 months), and certification is reported as no substitute.',
    trainee: 'unknown',
    board: { site: 'https://floridaspharmacy.gov/', source: `${FROM_DOMAIN} [O: floridaspharmacy.gov]` },
    sources: [O('floridaspharmacy.gov'), S('legalclarity.org')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'GA', credential: 'registration', credentialText: 'Technicians register with the board (rule 480-15-02).',
    nationalCert: 'no', nationalCertText: 'National certification is reported as not required; it raises the allowed technician ratio from 2:1 to 3:1.',
    trainee: 'unknown',
    sources: [O('nabp.net news'), S('pharmacytechpros.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'HI', credential: 'registration', credentialText: 'Technicians are reported to register from 2026-01-01; older sources say no registration.',
    nationalCert: 'no', nationalCertText: 'National certification is not required, except for the vaccine route.',
    trainee: 'unknown',
    sources: [S('pharmacytechscholar.com, 2025-12-22')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'ID', credential: 'required', credentialText: 'Technicians are reported to need a state credential.',
    nationalCert: 'yes', nationalCertText: 'National certification (PTCE or ExCPT) is reported as required.',
    trainee: 'yes', traineeText: 'An in-training status comes first (reported).',
    sources: [S('bestpharmacytechtraining.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'IL', credential: 'registration', credentialText: 'Technicians register with the state.',
    nationalCert: 'tiered',
    nationalCertText: 'By the second renewal a technician must be certified (exam plus training) or be a pharmacy student.',
    trainee: 'unknown', notes: 'You may assist for up to 60 days after applying (secondary source).',
    sources: [O('225 ILCS 85/9.5'), O('ptcb.org StateMap IL'), S('goldberglicensing.com')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'IN', credential: 'licence', credentialText: 'Technicians need a licence.',
    nationalCert: 'no', nationalCertText: 'National certification is not required: board-approved training or PTCB/ExCPT certification qualifies.',
    trainee: 'yes', traineeText: 'A technician-in-training permit lasts at most 12 months.',
    board: { site: 'https://in.gov/pla/', source: `${FROM_DOMAIN} [O: in.gov/pla]` },
    sources: [O('in.gov/pla'), O('IC 25-26-19-6')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'IA', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'within', withinMonths: 12,
    nationalCertText: 'National certification is required within 1 year of starting, and both the state and national credentials must stay active.',
    trainee: 'yes', traineeText: 'Trainee registration lasts at most 1 year and is not renewable.',
    board: { site: 'https://pharmacy.iowa.gov/', source: `${FROM_DOMAIN} [O: pharmacy.iowa.gov]` },
    sources: [O('Iowa Code 155A.6A'), O('pharmacy.iowa.gov')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'KS', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'yes', nationalCertText: 'Those first registered after 2017-07-01 must pass the PTCB or ExCPT exam before their first renewal.',
    trainee: 'unknown', notes: 'Registration numbers start with “24-” until the exam is passed.',
    board: { site: 'https://pharmacy.ks.gov/', source: `${FROM_DOMAIN} [O: pharmacy.ks.gov]` },
    sources: [O('pharmacy.ks.gov')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'KY', credential: 'registration', credentialText: 'Technicians register with the board (age 16 or older).',
    nationalCert: 'no', nationalCertText: 'National certification is not required; the PTCE, the ExCPT or the UT nuclear program gives “certified” status.',
    trainee: 'unknown', notes: 'A hospital required PTCB within 90 days to 6 months (an employer rule).',
    sources: [O('KRS 315.136'), O('201 KAR 2:045'), P('real postings')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'LA', credential: 'state-certificate', credentialText: 'Technicians register as candidates, then earn the board’s Pharmacy Technician Certificate.',
    nationalCert: 'yes', nationalCertText: 'An exam is required for the certificate; PTCB certification alone does not permit work.',
    trainee: 'yes', traineeText: 'Candidate registration lasts 2 years and is not renewable (an older page said 18 months).',
    notes: 'The rules changed in November 2024.',
    board: { site: 'https://pharmacy.la.gov/', source: `${FROM_DOMAIN} [O: pharmacy.la.gov]` },
    sources: [O('pharmacy.la.gov'), O('La. Admin. Code LIII-903')], confidence: 'official', checked: CHECKED,
  },
  unknown('ME'),
  {
    code: 'MD', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'unknown', nationalCertText: 'Our sources do not say; graduates of board-approved programs register without further testing.',
    trainee: 'unknown', notes: 'A hospital required certification (an employer rule).',
    sources: [S('csmd.edu'), P('real postings')], confidence: 'secondary', checked: CHECKED,
  },
  {
    code: 'MA', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'no',
    nationalCertText: 'National certification is not required: a non-certified route (approved training, or 500 hours plus an employer exam) or a certified route (PTCB/ExCPT).',
    trainee: 'yes', traineeText: 'A trainee status exists.',
    sources: [O('247 CMR 8.02/8.04'), O('M.G.L. c.112 §24C')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'MI', credential: 'licence', credentialText: 'Technicians need a licence (Public Act 285 of 2014).',
    nationalCert: 'no', nationalCertText: 'National certification is not required: the PTCE, the ExCPT or a board-approved employer exam qualifies.',
    trainee: 'yes', traineeText: 'A temporary licence lasts 1 year and is not renewable (reported).',
    sources: [S('michiganpharmacists.org'), S('pharmacytechscholar.com')], confidence: 'secondary', checked: CHECKED,
  },
  {
    code: 'MN', credential: 'registration', credentialText: 'Technicians register with the board before working.',
    nationalCert: 'no',
    nationalCertText: 'National certification is not required and does not satisfy the rule: board-recognized training is due within 12 months (an employer program of 240+ hours in a year counts).',
    trainee: 'unknown',
    board: { site: 'https://mn.gov/boards/pharmacy/', source: `${FROM_DOMAIN} [O: mn.gov/boards/pharmacy]` },
    sources: [O('mn.gov/boards/pharmacy')], confidence: 'official', checked: CHECKED,
  },
  unknown('MS', 'No formal education is reported; training is on the job (reported).', [S('stepful.com')]),
  {
    code: 'MO', credential: 'registration', credentialText: 'Technicians register with the board (RSMo 338.013), which keeps a disqualification list.',
    nationalCert: 'no', nationalCertText: 'National certification is not in the statute.',
    trainee: 'unknown', notes: 'You may assist once your application and fee are filed.',
    sources: [O('revisor.mo.gov, RSMo 338.013')], confidence: 'official', checked: CHECKED,
  },
  unknown('MT', 'Training is on the job (reported).', [S('stepful.com')]),
  unknown('NE', 'Training is on the job (reported).', [S('stepful.com')]),
  {
    code: 'NV', credential: 'registration', credentialText: 'Technicians register with the board as “pharmaceutical technicians”.',
    nationalCert: 'no',
    nationalCertText:
      'National certification is not required; routes include 1,500 hours in training, an ASHP program plus 350 hours, an out-of-state school plus PTCB, military/IHS/VA training, or an out-of-state registration plus 240 hours.',
    trainee: 'yes', traineeText: 'An in-training registration exists.',
    board: { site: 'https://bop.nv.gov/', source: `${FROM_DOMAIN} [O: bop.nv.gov]` },
    sources: [O('bop.nv.gov FAQ'), O('NAC 639.242')], confidence: 'official', checked: CHECKED,
  },
  unknown('NH', 'Training is on the job (reported).', [S('stepful.com')]),
  {
    code: 'NJ', credential: 'registration', credentialText: 'Technicians register with the board (N.J.A.C. 13:39-6.6).',
    nationalCert: 'no', nationalCertText: 'National certification is reported as not required.',
    trainee: 'yes', traineeText: 'A “pharmacy technician applicant” designation lasts 180 days (secondary source).',
    sources: [O('regulations.justia.com, N.J.A.C. 13:39-6.6'), S('pharmacytechpros.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'NM', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'within', withinMonths: 12,
    nationalCertText: 'Effectively yes: a technician must be certified within 1 year, and renewal needs current certification.',
    trainee: 'yes', traineeText: 'Non-certified technicians may register but must meet the certified requirements within 1 year.',
    sources: [O('NMAC 16.19.22.14')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'NY', credential: 'partial',
    credentialText: 'A licence is needed only for the title and practice of “registered pharmacy technician” in Article 28 facilities (since 2021-04-25).',
    nationalCert: 'yes', nationalCertText: 'That licence needs a national certification acceptable to NYSED.',
    trainee: 'unknown', notes: 'The licence costs $175.',
    board: {
      name: 'New York State Education Department, Office of the Professions (NYSED)',
      site: 'https://op.nysed.gov/',
      source: `${FROM_DOMAIN}; §2.6 [O: op.nysed.gov]`,
    },
    sources: [O('op.nysed.gov')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'NC', credential: 'registration', credentialText: 'Technicians register with the board, renewed every year.',
    nationalCert: 'no',
    nationalCertText: 'National certification is not required: non-certified technicians complete training by the pharmacist in charge and register within 30 days; PTCB or ExCPT holders (from 2020-02-12) may register any time.',
    trainee: 'unknown',
    board: { site: 'https://ncbop.org/', source: `${FROM_DOMAIN} [O: ncbop.org]` },
    sources: [O('ncbop.org')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'ND', credential: 'unknown', credentialText: 'The current rule is unknown.',
    nationalCert: 'unknown', nationalCertText: 'An older PTCB page said the PTCE was required; the current rule is unknown.',
    trainee: 'unknown',
    sources: [O('ptcb.org, older page')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'OH', credential: 'registration',
    credentialText: 'Technicians register as trainee, registered or certified technicians (mandatory since 2018-04-06).',
    nationalCert: 'tiered', nationalCertText: 'The certified tier needs PTCB or NHA certification; whether the registered tier needs it is not confirmed.',
    trainee: 'yes', traineeText: 'A trainee registration exists; training is by the employer or an ASHP/ACPE program.',
    sources: [O('OAC 4729:3-2-01'), O('info.nhanow.com Ohio update')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'OK', credential: 'permit', credentialText: 'Technicians are reported to need a technician permit, with an exam under a pharmacist.',
    nationalCert: 'unknown', nationalCertText: 'Our sources do not say whether national certification is required.',
    trainee: 'unknown',
    sources: [S('mednoc.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'OR', credential: 'licence', credentialText: 'Technicians need a licence: Pharmacy Technician or Certified Oregon Pharmacy Technician (COPT).',
    nationalCert: 'tiered', nationalCertText: 'The COPT licence needs PTCB or NHA certification.',
    trainee: 'yes', traineeText: 'The plain Pharmacy Technician licence lasts 1 year and is not renewable (rule from 2007).',
    notes: 'COPT costs $100 plus $46.25 for fingerprints.',
    board: { site: 'https://oregon.gov/pharmacy', source: `${FROM_DOMAIN} [O: oregon.gov/pharmacy]` },
    sources: [O('oregon.gov/pharmacy'), O('nabp.net Oregon newsletter')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'PA', credential: 'registration', credentialText: 'Technicians register with the board (Act 140 of 2020).',
    nationalCert: 'no', nationalCertText: 'No exam is required; board-approved training is.',
    trainee: 'yes', traineeText: 'A trainee registration exists and converts to a technician registration for $15.',
    notes: 'Technicians applying before 2026-06-28 may be grandfathered.',
    sources: [O('pa.gov, 2025-05-05')], confidence: 'official', checked: CHECKED,
  },
  unknown('PR'),
  unknown('RI'),
  {
    code: 'SC', credential: 'registration', credentialText: 'Technicians register with the board (no exam).',
    nationalCert: 'tiered', nationalCertText: 'The state-certified tier needs national certification, recognized training and 1,000 hours of work.',
    trainee: 'unknown', notes: '10 CE hours a year.',
    sources: [S('pharmacytechscholar.com'), S('passptcbexam.com')], confidence: 'secondary', checked: CHECKED,
  },
  unknown('SD'),
  {
    code: 'TN', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'no', nationalCertText: 'National certification is reported as not required; a “certified” title exists.',
    trainee: 'unknown',
    sources: [S('passptcbexam.com'), S('pharmacytechpros.com')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'TX', credential: 'registration', credentialText: 'Technicians register with the Texas State Board of Pharmacy.',
    nationalCert: 'yes', nationalCertText: 'National certification (PTCB or NHA) is required for technicians, not for trainees.',
    trainee: 'yes', traineeText: 'Trainee registration lasts 2 years, is issued once and is not renewable.',
    notes: 'Fingerprinting is required (secondary source).',
    board: { name: 'Texas State Board of Pharmacy (TSBP)', site: 'https://pharmacy.texas.gov/', source: `${FROM_DOMAIN} [O: pharmacy.texas.gov]` },
    sources: [O('pharmacy.texas.gov'), O('Tex. Occ. Code §568.001'), S('climbtheladder.com')], confidence: 'official', checked: CHECKED,
  },
  {
    code: 'UT', credential: 'licence', credentialText: 'Technicians need a licence.',
    nationalCert: 'unknown', nationalCertText: 'An exam is required by rule; which one is not yet sourced (PTCB is reported).',
    trainee: 'yes', traineeText: 'A trainee licence exists for those enrolled in an approved program.',
    sources: [O('Utah Code 58-17b-305, 58-17b-305.1'), S('rxtechexam.com')], confidence: 'official', checked: CHECKED,
  },
  unknown('VT'),
  {
    code: 'VA', credential: 'registration', credentialText: 'Technicians register with the board.',
    nationalCert: 'no', nationalCertText: 'An older source says PTCB, or approved training plus an approved exam; newer sources disagree.',
    trainee: 'unknown',
    sources: [S('passptcbexam.com')], confidence: 'older', checked: CHECKED,
  },
  {
    code: 'WA', credential: 'state-certificate', credentialText: 'Technicians need the state’s “pharmacy technician certification”.',
    nationalCert: 'within', withinMonths: 12, nationalCertText: 'A national exam is required within 1 year of finishing approved training.',
    trainee: 'unknown', notes: '8 hours of guided Washington and federal law study; a DD214 military route exists.',
    board: { name: 'Pharmacy Quality Assurance Commission', source: 'keywords/states.ts (STATE_AGENCY_ALIASES)' },
    sources: [O('WAC 246-945-205')], confidence: 'official', checked: CHECKED,
  },
  unknown('WV'),
  {
    code: 'WI', credential: 'unknown', credentialText: 'Sources conflict: recent ones say technicians register with DSPS, older ones say no credential.',
    nationalCert: 'no', nationalCertText: 'National certification is reported as not required.',
    trainee: 'unknown',
    board: { name: 'Wisconsin Department of Safety and Professional Services (DSPS)', source: FROM_DOMAIN },
    sources: [S('pharmacytechacademy.com'), S('openfarmtech.org')], confidence: 'reported', checked: CHECKED,
  },
  {
    code: 'WY', credential: 'unknown', credentialText: 'The current rule is unknown.',
    nationalCert: 'unknown', nationalCertText: 'An older PTCB page said the PTCE was required; the current rule is unknown.',
    trainee: 'unknown',
    sources: [O('ptcb.org, older page')], confidence: 'older', checked: CHECKED,
  },
];

/** Official domains of the state boards linked above (a link's host must be one or end with "." + one). */
export const STATE_BOARD_DOMAINS: readonly string[] = [
  'floridaspharmacy.gov',
  'in.gov',
  'pharmacy.iowa.gov',
  'pharmacy.ks.gov',
  'pharmacy.la.gov',
  'mn.gov',
  'bop.nv.gov',
  'nysed.gov',
  'ncbop.org',
  'oregon.gov',
  'pharmacy.texas.gov',
];
