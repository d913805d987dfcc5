import type { RungId } from '../src/career/rung-ids';
import type { CredentialId, SettingId } from './types';

/**
 * The career ladder (issue #5): from trainee and retail to hospitals and health systems, the
 * specialisations, advanced roles and the pharmacist path. Plain typed data, shown on the Career
 * paths page (entrypoints/career) and linked from the badge's explanation card; the reader's
 * position is computed from it by src/profile/ladder.ts.
 *
 * The rungs and their order are a product model built from ../shared/reference/domain.md §4.2,
 * not a sourced claim (LADDER_MODEL_NOTE says so on the page). The facts inside a rung are
 * sourced: every text carries the domain.md (or boards.md) citations it relies on, in the
 * form the training guide uses ('domain.md §6.2 [S: thecareerproject.org]'). Pay figures are
 * historic BLS numbers reproduced by secondary sites, each with its year; a rung without one says
 * so rather than guessing. Links go to official https sites only (tests/unit/ladder-data.test.ts).
 *
 * Adding a rung: its id in src/career/rung-ids.ts, its entry here, and a `next` link to it from
 * the rung below; the data test tells you what is missing.
 */

export type RungGroup = 'start' | 'setting' | 'specialisation' | 'advanced' | 'pharmacist';

/** A statement in our own words, with the citations it rests on. */
export interface SourcedText {
  text: string;
  sources: readonly string[];
}

/** One historic pay figure: never a current claim, always with its year and kind. */
export interface PayFigure {
  /** What it measures: "Hospitals", "Pharmacies and drug stores". */
  what: string;
  /** "$38,310 a year". */
  amount: string;
  kind: 'median' | 'mean';
  year: number;
  sources: readonly string[];
}

/** A link to an official page (issuing body, federal agency); https only. */
export interface OfficialLink {
  label: string;
  url: string;
}

export interface LadderRung {
  id: RungId;
  group: RungGroup;
  name: string;
  /** What the work involves, in our own words. */
  involves: SourcedText;
  /**
   * Credentials such jobs usually ask for (`asked`: what the reader "lacks" for the rung) and
   * those that help or lead further (`helpful`).
   */
  credentials: { asked: readonly CredentialId[]; helpful: readonly CredentialId[]; sources: readonly string[] };
  /** Settings where such jobs are; empty: any setting. */
  settings: readonly SettingId[];
  /** Where such jobs are posted. */
  postedOn: SourcedText;
  /** Sourced pay figures for this rung; empty: no sourced figure (the page says so). */
  pay: readonly PayFigure[];
  /** Extra words on pay (e.g. federal grades), when they are sourced. */
  payNote?: SourcedText;
  /** Years of technician work the rung usually takes, from a source. */
  minYears?: { years: number; sources: readonly string[] };
  /**
   * Holding any of these (or a credential that satisfies one) places the reader on this rung.
   * Absent: the rung is a destination only (a title or a setting that no credential proves).
   */
  placeWhen?: readonly CredentialId[];
  /** Set when a fact of this rung has no confirming source; the page shows it. */
  unverified?: string;
  links?: readonly OfficialLink[];
  /** The rungs this one usually leads to. */
  next: readonly RungId[];
  checked: '2026-11-27';
}

const CHECKED = '2026-11-27' as const;

export const GROUP_NAMES: Readonly<Record<RungGroup, string>> = {
  start: 'Start',
  setting: 'Work settings',
  specialisation: 'Specialisations',
  advanced: 'Advanced roles',
  pharmacist: 'Pharmacist path',
};

export const GROUP_ORDER: readonly RungGroup[] = ['start', 'setting', 'specialisation', 'advanced', 'pharmacist'];

/** Said on the page: the ladder's shape is ours. */
export const LADDER_MODEL_NOTE: SourcedText = {
  text: 'The ladder itself (which rung leads to which) is RxLadder’s own model built from the facts below, not a sourced claim; the facts inside each rung carry their sources.',
  sources: ['domain.md §4.2 (a product model built from the facts above, not a sourced claim)'],
};

/** The one current national figure, shown once on the page. */
export const NATIONAL_PAY: SourcedText & { link: OfficialLink } = {
  text: 'Median pay of all pharmacy technicians in the US: $40,300 a year ($19.37 an hour), May 2023.',
  sources: ['domain.md §6.1 [O: bls.gov/ooh/healthcare/pharmacy-technicians.htm]'],
  link: { label: 'BLS Occupational Outlook: pharmacy technicians', url: 'https://www.bls.gov/ooh/healthcare/pharmacy-technicians.htm' },
};

const HISTORIC_2019 = 'domain.md §6.2 [S: thecareerproject.org] (historic BLS, 2019)';
const MEANS_2019 = 'domain.md §6.2 [S: vocationaltraininghq.com] (historic BLS means, 2019)';
const PRODUCT_MODEL = 'domain.md §4.2 (product model)';
const HOSPITAL_ATS = 'boards.md (intro: iCIMS common with healthcare employers; §3.7 Workday; §3.9 iCIMS)';
const GENERAL_BOARDS = 'boards.md §3 (Indeed, LinkedIn, Glassdoor, ZipRecruiter and others)';

export const LADDER: readonly LadderRung[] = [
  {
    id: 'trainee',
    group: 'start',
    name: 'Entry technician / trainee',
    involves: {
      text: 'You work under a pharmacist’s supervision while you learn the job, on a state trainee registration or in an employer’s paid training. Many states limit how long you may stay a trainee (2 years in Texas, 36 months in Arizona, 12 months in Indiana), so the next step is national certification after 500 hours of work or a recognized program.',
      sources: [
        'domain.md §2.6 [O: pharmacy.texas.gov/Q_A_Techs.asp; Ariz. Admin. Code R4-23-1103; in.gov/pla/2893.htm]',
        'domain.md §2.17 [P: real postings; S: pharmacytechniciansalary411.com] (employer training)',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928]',
      ],
    },
    credentials: {
      asked: ['state-license'],
      helpful: ['accredited-training', 'military-pharmacy-training'],
      sources: ['domain.md §2.6 (trainee categories)', 'domain.md §2.7', 'domain.md §2.16'],
    },
    settings: ['retail', 'hospital', 'long-term-care', 'mail-order'],
    postedOn: {
      text: 'General job boards and the career sites of retail chains and hospitals; apprenticeships say that no prior experience or degree is needed.',
      sources: [GENERAL_BOARDS, 'domain.md §4.1 [P: real postings]', 'domain.md §7 [S: trendsagespot.com]'],
    },
    pay: [],
    placeWhen: ['state-license', 'accredited-training', 'military-pharmacy-training'],
    next: ['certified'],
    checked: CHECKED,
  },
  {
    id: 'certified',
    group: 'start',
    name: 'Certified technician (retail / community)',
    involves: {
      text: 'Most technicians work in community pharmacies: taking in and filling prescriptions, the drop-off and pick-up counters, the drive-thru and stock counts, and, where the state allows it, immunizations. PTCB says its certification is preferred by most employers and required by many; some states require national certification (PTCB or NHA) to register.',
      sources: [
        'domain.md §3 [P: real postings; O: bls.gov OOH] (retail signals; 50% of jobs in pharmacies and drug stores, 2020 [S: drexrx.com])',
        'domain.md §2.1 [O, older: ptcb.org/who-we-serve/educators/schoolcounselors]',
        'domain.md §2.14 (states that let technicians immunize)',
        'domain.md §5 (state table)',
      ],
    },
    credentials: {
      asked: ['national-certification', 'state-license'],
      helpful: ['immunization', 'bls-cpr', 'billing-reimbursement'],
      sources: [PRODUCT_MODEL, 'domain.md §2.13, §2.14 (immunizing technicians need CPR)'],
    },
    settings: ['retail'],
    postedOn: {
      text: 'General job boards and the retail chains’ own career sites.',
      sources: [GENERAL_BOARDS, 'domain.md §3 [P: real postings] (chain names)'],
    },
    pay: [
      { what: 'Pharmacies and drug stores', amount: '$31,840 a year', kind: 'median', year: 2019, sources: [HISTORIC_2019] },
      { what: 'Grocery stores', amount: '$31,610 a year', kind: 'median', year: 2019, sources: [HISTORIC_2019] },
    ],
    placeWhen: ['national-certification'],
    next: ['hospital', 'long-term-care', 'ambulatory', 'mail-order', 'specialty', 'federal', 'nonsterile', 'nuclear', 'billing', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'hospital',
    group: 'setting',
    name: 'Hospital technician (Technician I / II)',
    involves: {
      text: 'Inpatient work: unit-dose medications, floor stock, medication carts and kits, automated dispensing cabinets such as Pyxis, stat deliveries to patient-care areas, and often IV admixture. Hospitals grade technicians in levels (Technician I, II, III).',
      sources: ['domain.md §3 [P: real postings] (hospital signals)', 'domain.md §4.1 [P: real postings; S: stepful.com]'],
    },
    credentials: {
      asked: ['national-certification', 'state-license'],
      helpful: ['sterile-compounding', 'accredited-training'],
      sources: [PRODUCT_MODEL, 'domain.md §4.2: many hospital postings add IV or hospital experience as preferred'],
    },
    settings: ['hospital'],
    postedOn: {
      text: 'Hospital and health-system career sites, often run on applicant-tracking systems such as Workday and iCIMS, and the general job boards.',
      sources: [HOSPITAL_ATS, GENERAL_BOARDS],
    },
    pay: [
      { what: 'Hospitals', amount: '$38,310 a year', kind: 'median', year: 2019, sources: [HISTORIC_2019] },
      { what: 'Hospitals', amount: '$40,020 a year', kind: 'mean', year: 2019, sources: [MEANS_2019] },
    ],
    next: ['sterile-iv', 'hazardous-chemo', 'medication-history', 'informatics', 'buyer', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'long-term-care',
    group: 'setting',
    name: 'Long-term care pharmacy technician',
    involves: {
      text: 'Pharmacies that serve nursing homes and assisted living, often closed to the public: residents’ medications go out in blister packs and multi-dose packaging.',
      sources: ['domain.md §3 [S: pharmacytechnicianhq.com; redrockrx.com]'],
    },
    credentials: { asked: ['national-certification', 'state-license'], helpful: [], sources: [PRODUCT_MODEL] },
    settings: ['long-term-care'],
    postedOn: { text: 'General job boards and the long-term-care pharmacies’ own career sites.', sources: [GENERAL_BOARDS] },
    pay: [],
    next: ['lead', 'buyer'],
    checked: CHECKED,
  },
  {
    id: 'ambulatory',
    group: 'setting',
    name: 'Outpatient / clinic (health-system ambulatory pharmacy)',
    involves: {
      text: 'Outpatient and clinic pharmacies, many of them run by health systems: prescriptions for clinic patients, worked in the electronic health record.',
      sources: ['domain.md §3 [P: real postings; S: myplan.com] (outpatient signals)'],
    },
    credentials: { asked: ['national-certification', 'state-license'], helpful: ['billing-reimbursement'], sources: [PRODUCT_MODEL] },
    settings: ['ambulatory-clinic'],
    postedOn: { text: 'Health-system career sites (often on Workday or iCIMS) and the general job boards.', sources: [HOSPITAL_ATS, GENERAL_BOARDS] },
    pay: [
      {
        what: 'Ambulatory care',
        amount: '$35,470 a year',
        kind: 'median',
        year: 2012,
        sources: ['domain.md §6.2 [S: pharmtechtraining.net] (historic BLS, 2012)'],
      },
    ],
    next: ['specialty', 'medication-history', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'mail-order',
    group: 'setting',
    name: 'Mail order / central fill',
    involves: {
      text: 'High-volume fulfillment centres and central-fill pharmacies that run on automation, filling prescriptions that are shipped to patients or sent to stores.',
      sources: ['domain.md §3 [S: asone.ai; myplan.com] (mail-order signals)'],
    },
    credentials: { asked: ['national-certification', 'state-license'], helpful: [], sources: [PRODUCT_MODEL] },
    settings: ['mail-order'],
    postedOn: { text: 'The general job boards and the operators’ own career sites.', sources: [GENERAL_BOARDS] },
    pay: [{ what: 'Mail-order pharmacies', amount: '$37,100 a year', kind: 'mean', year: 2019, sources: [MEANS_2019] }],
    next: ['specialty', 'informatics', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'specialty',
    group: 'setting',
    name: 'Specialty pharmacy',
    involves: {
      text: 'Medications for rare, complex or chronic conditions: cold-chain (refrigerated) shipping, prior authorizations and patient-assistance programs.',
      sources: ['domain.md §3 [S: ultimatemedical.edu; medicalrecruitmentstrategies.com]'],
    },
    credentials: { asked: ['national-certification', 'state-license'], helpful: ['billing-reimbursement'], sources: [PRODUCT_MODEL] },
    settings: ['specialty'],
    postedOn: { text: 'The general job boards and the specialty pharmacies’ and health systems’ career sites.', sources: [GENERAL_BOARDS, HOSPITAL_ATS] },
    pay: [],
    next: ['billing', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'federal',
    group: 'setting',
    name: 'Federal technician (VA and other agencies)',
    involves: {
      text: 'Federal pharmacies such as the Department of Veterans Affairs hire on the General Schedule: one VA range ran from GS-03 to GS-06, with GS-06 the full performance level (2013). The VA accepts PTCB or NHA certification; one posting required it at GS-6 and above, another only above full performance.',
      sources: ['domain.md §4.1 [P: real postings] (federal GS ladder)', 'domain.md §2.2 [P: real postings] (VA accepts PTCB or NHA)'],
    },
    credentials: {
      asked: ['national-certification'],
      helpful: ['military-pharmacy-training'],
      sources: ['domain.md §4.1 [P: real postings]', 'domain.md §2.16 (military training recognized by NHA and several states)'],
    },
    settings: ['federal', 'military'],
    postedOn: {
      text: 'USAJOBS, where VA and other federal pharmacy-technician jobs are posted with their grades and an annual pay range.',
      sources: ['boards.md §3.5 (USAJOBS, incl. VA pharmacy technicians)', 'domain.md §6.3 [P: real postings]'],
    },
    pay: [],
    payNote: {
      text: 'Federal postings state an annual dollar range for their GS grades; RxLadder has no sourced national figure for them.',
      sources: ['domain.md §6.3 [P: real postings]'],
    },
    links: [{ label: 'USAJOBS', url: 'https://www.usajobs.gov/' }],
    next: ['sterile-iv', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'sterile-iv',
    group: 'specialisation',
    name: 'Sterile / IV compounding technician (CSPT)',
    involves: {
      text: 'Preparing IV admixtures and other sterile products in a cleanroom with aseptic technique and garbing, under USP <797>; employers test your competency (hand hygiene, gloved-fingertip sampling, media fills). Hospital IV rooms, home infusion and compounding pharmacies hire for it; PTCB’s CSPT shows it, and one hospital technician needed it to move up to IV Tech II.',
      sources: [
        'domain.md §2.8 [P: real postings; S: jointcommission.org FAQ]',
        'domain.md §2.4 [O: PTCB CSPT guidebook; ptcb.org news, 1,000th CSPT]',
      ],
    },
    credentials: {
      asked: ['national-certification', 'sterile-compounding'],
      helpful: ['cspt', 'hazardous-drugs'],
      sources: ['domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911] (CSPT needs an active PTCB CPhT)', 'domain.md §2.8 [P: real postings]'],
    },
    settings: ['hospital', 'home-infusion', 'compounding'],
    postedOn: {
      text: 'Hospital career sites (Workday, iCIMS), home-infusion and compounding pharmacies, and the general job boards.',
      sources: [HOSPITAL_ATS, GENERAL_BOARDS, 'domain.md §2.4 [O: PTCB CSPT guidebook] (where CSPTs work)'],
    },
    pay: [],
    placeWhen: ['cspt', 'sterile-compounding'],
    links: [{ label: 'PTCB: CSPT', url: 'https://www.ptcb.org/credentials/certified-compounded-sterile-preparation-technician' }],
    next: ['hazardous-chemo', 'cpht-adv', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'nonsterile',
    group: 'specialisation',
    name: 'Non-sterile compounding technician',
    involves: {
      text: 'Compounding creams, ointments, suppositories and similar preparations under USP <795> (revised, official since 1 November 2023), mostly in compounding pharmacies.',
      sources: ['domain.md §1 (keywords)', 'domain.md §2.9 [S: open-exam-prep.com]', 'domain.md §3 [P: real postings; S: rxce.com] (compounding setting)'],
    },
    credentials: {
      asked: ['nonsterile-compounding'],
      helpful: ['national-certification'],
      sources: ['domain.md §4.2 (product model: Nonsterile Compounding certificate or RxCE/ACA courses)', 'domain.md §2.9 [S: rxce.com; acainfo.org]'],
    },
    settings: ['compounding'],
    postedOn: { text: 'The general job boards and independent and compounding pharmacies.', sources: [GENERAL_BOARDS, 'domain.md §3 [P: real postings]'] },
    pay: [],
    placeWhen: ['nonsterile-compounding'],
    next: ['sterile-iv', 'cpht-adv'],
    checked: CHECKED,
  },
  {
    id: 'hazardous-chemo',
    group: 'specialisation',
    name: 'Hazardous drugs / chemotherapy technician',
    involves: {
      text: 'Compounding chemotherapy and other hazardous drugs (the NIOSH list) under USP <800>, trained for the job before handling them alone and reassessed every 12 months. ASHP describes hazardous-drug compounding technicians as an advanced role; postings ask for advanced IV-admixture experience, often a year of IV and chemotherapy work.',
      sources: [
        'domain.md §2.10 [S: innovationcompounding.com; visanteinc.com]',
        'domain.md §2.10 [O: ashp.org hazardous-drug-compounding-pharmacy-technician-toolkit]',
        'domain.md §2.10 [P: real postings]',
      ],
    },
    credentials: {
      asked: ['sterile-compounding', 'hazardous-drugs'],
      helpful: ['cspt'],
      sources: ['domain.md §2.10 [P: real postings]', 'domain.md §4.2 (product model: HDM certificate and USP <800> training)'],
    },
    settings: ['oncology', 'hospital'],
    postedOn: { text: 'Hospital and cancer-centre career sites (Workday, iCIMS) and the general job boards.', sources: [HOSPITAL_ATS, GENERAL_BOARDS] },
    pay: [],
    placeWhen: ['hazardous-drugs'],
    links: [{ label: 'PTCB: Hazardous Drug Management certificate', url: 'https://www.ptcb.org/credentials/hazardous-drug-management-certificate' }],
    next: ['cpht-adv', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'nuclear',
    group: 'specialisation',
    name: 'Nuclear pharmacy technician',
    involves: {
      text: 'Preparing and dispensing radiopharmaceuticals (USP <825>) in a nuclear pharmacy regulated by the FDA, NRC and DOT, with radiation safety and often overnight shifts. You are trained after hire; after 90 days, with an Authorized Nuclear Pharmacist as preceptor, a technician program such as Nuclear Education Online adds at least 10 weeks of supervised training.',
      sources: ['domain.md §2.11 [S: nuclearpharmacy.uams.edu; nuclearonline.org]', 'domain.md §2.11 [P: real postings] (employer signals)'],
    },
    credentials: {
      asked: ['nuclear-pharmacy'],
      helpful: ['national-certification'],
      sources: ['domain.md §4.2 (product model: employment in a nuclear pharmacy, then the NEO program)', 'domain.md §2.11 [O: 201 KAR 2:045] (Kentucky)'],
    },
    settings: ['nuclear'],
    postedOn: {
      text: 'The career sites of nuclear pharmacy operators (such postings were seen from Cardinal Health) and the general job boards.',
      sources: ['domain.md §3 [P: Cardinal Health]', GENERAL_BOARDS],
    },
    pay: [],
    placeWhen: ['nuclear-pharmacy'],
    next: ['lead', 'pharmacy-school'],
    checked: CHECKED,
  },
  {
    id: 'medication-history',
    group: 'specialisation',
    name: 'Medication history technician',
    involves: {
      text: 'Taking patients’ medication histories and reconciling their medication lists, mostly in hospitals and clinics. PTCB’s Medication History certificate needs 6 months of that work after a recognized program, or 12 months full-time with about half of it.',
      sources: ['domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate]', 'domain.md §2.5 (role mapping, product model)'],
    },
    credentials: {
      asked: ['national-certification'],
      helpful: ['medication-history'],
      sources: ['domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate] (needs an active PTCB CPhT)'],
    },
    settings: ['hospital', 'ambulatory-clinic'],
    postedOn: { text: 'Hospital and health-system career sites (Workday, iCIMS).', sources: [HOSPITAL_ATS] },
    pay: [],
    placeWhen: ['medication-history'],
    links: [{ label: 'PTCB: Medication History certificate', url: 'https://www.ptcb.org/credentials/medication-history-certificate' }],
    next: ['cpht-adv', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'billing',
    group: 'specialisation',
    name: 'Billing, prior authorization and PBM roles',
    involves: {
      text: 'Insurance billing, reimbursement and prior authorizations for specialty pharmacies, pharmacy benefit managers and insurers. Remote technician jobs are usually of this kind (billing, data entry, support) rather than dispensing.',
      sources: ['domain.md §2.5 (role mapping, product model)', 'domain.md §3 [S: jsmit.medixteam.com; nursegroups.com; hrfuture.net]'],
    },
    credentials: {
      asked: ['national-certification'],
      helpful: ['billing-reimbursement'],
      sources: ['domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate] (needs an active PTCB CPhT)'],
    },
    settings: ['pbm-insurance', 'specialty', 'remote'],
    postedOn: { text: 'The general job boards, often as remote jobs, and the insurers’ and PBMs’ career sites.', sources: [GENERAL_BOARDS, 'domain.md §3 [S: nursegroups.com; hrfuture.net]'] },
    pay: [],
    placeWhen: ['billing-reimbursement'],
    links: [{ label: 'PTCB: Billing and Reimbursement certificate', url: 'https://www.ptcb.org/credentials/billing-and-reimbursement-certificate' }],
    next: ['cpht-adv', 'lead'],
    checked: CHECKED,
  },
  {
    id: 'cpht-adv',
    group: 'advanced',
    name: 'Advanced certified technician (CPhT-Adv)',
    involves: {
      text: 'PTCB’s title for experienced technicians: an active CPhT, at least 3 years of technician work within the last 8, and 4 assessment-based certificates (or 3 plus the CSPT), with no exam. Over 1,300 technicians held it by May 2023.',
      sources: ['domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]', 'domain.md §2.3 [S: PR Newswire via whsv.com, 2023-05-09]'],
    },
    credentials: {
      asked: ['cpht-adv'],
      helpful: ['cspt', 'tech-product-verification', 'medication-history', 'billing-reimbursement', 'controlled-substances', 'immunization'],
      sources: ['domain.md §2.3 [O]', 'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421] (certificates that count)'],
    },
    settings: [],
    postedOn: { text: 'Wherever certified technicians are hired: the title is the technician’s, not a job of its own.', sources: ['domain.md §2.3 [O] (the title replaces “CPhT” after the holder’s name)'] },
    pay: [],
    minYears: { years: 3, sources: ['domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]'] },
    placeWhen: ['cpht-adv'],
    links: [{ label: 'PTCB: CPhT-Adv', url: 'https://www.ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program' }],
    next: ['lead', 'supervisor', 'educator'],
    checked: CHECKED,
  },
  {
    id: 'lead',
    group: 'advanced',
    name: 'Lead / senior technician (Technician III)',
    involves: {
      text: 'Lead and senior technician titles, which O*NET lists among the occupation’s sample titles. One apprenticeship outline makes Lead a third-level role after at least 1,000 hours; a career guide describes Level III as advanced, with 3 or more years and specialised credentials.',
      sources: ['domain.md §4.1 [S: effortlesshr.com (O*NET 29-2052.00); docest.com]', 'domain.md §4.1 [S: stepful.com]'],
    },
    credentials: {
      asked: ['national-certification'],
      helpful: ['cspt', 'cpht-adv'],
      sources: [PRODUCT_MODEL, 'domain.md §4.1 [S: stepful.com] (specialised credentials)'],
    },
    settings: [],
    postedOn: { text: 'Hospital and health-system career sites (Workday, iCIMS) and the general job boards.', sources: [HOSPITAL_ATS, GENERAL_BOARDS] },
    pay: [],
    minYears: { years: 3, sources: ['domain.md §4.1 [S: stepful.com]'] },
    next: ['supervisor', 'buyer', 'informatics', 'educator'],
    checked: CHECKED,
  },
  {
    id: 'supervisor',
    group: 'advanced',
    name: 'Supervisor / manager',
    involves: {
      text: 'Running a technician team: a site-lead technician at an academic medical centre and certified technicians managing teams of 30 and 42 technicians are on record.',
      sources: ['domain.md §4.1 [O: ptcb.org/viewpoints; S: pharmacytechschools.com]'],
    },
    credentials: { asked: ['national-certification'], helpful: ['cpht-adv'], sources: [PRODUCT_MODEL, 'domain.md §4.1 [S: pharmacytechschools.com] (CPhT managers)'] },
    settings: [],
    postedOn: { text: 'Hospital and health-system career sites (Workday, iCIMS) and the general job boards.', sources: [HOSPITAL_ATS, GENERAL_BOARDS] },
    pay: [],
    next: ['pharmacy-school'],
    checked: CHECKED,
  },
  {
    id: 'buyer',
    group: 'advanced',
    name: 'Buyer / purchaser / inventory',
    involves: {
      text: 'Ordering from wholesalers, keeping the supply-chain (DSCSA) records, ordering controlled substances and working around shortages. PTCB’s Supply Chain and Inventory Management and Controlled Substances Diversion Prevention certificates fit the job.',
      sources: ['domain.md §4.1 [O: ashp.org pharmacy-purchaser page; S: effortlesshr.com]', 'domain.md §2.15 [O: ashp.org pharmacy-purchaser page]', 'domain.md §2.5 (role mapping, product model)'],
    },
    credentials: {
      asked: ['national-certification'],
      helpful: ['controlled-substances'],
      sources: [PRODUCT_MODEL, 'domain.md §2.5 [O: ptcb.org/credentials/controlled-substances-diversion-prevention-certificate]'],
    },
    settings: [],
    postedOn: { text: 'Hospital and health-system career sites (Workday, iCIMS) and the general job boards.', sources: [HOSPITAL_ATS, GENERAL_BOARDS] },
    pay: [],
    links: [
      { label: 'PTCB: Supply Chain and Inventory Management certificate', url: 'https://www.ptcb.org/credentials/supply-chain-and-inventory-management-certificate' },
      { label: 'PTCB: Controlled Substances Diversion Prevention certificate', url: 'https://www.ptcb.org/credentials/controlled-substances-diversion-prevention-certificate' },
    ],
    next: ['supervisor'],
    checked: CHECKED,
  },
  {
    id: 'informatics',
    group: 'advanced',
    name: 'Informatics / automation technician',
    involves: {
      text: 'Keeping the pharmacy’s systems right: order-entry data, automated dispensing cabinets and compounding systems; some technicians become application coordinators.',
      sources: ['domain.md §4.1 [O: ashp.org informatics resource centre]'],
    },
    credentials: { asked: ['national-certification'], helpful: [], sources: [PRODUCT_MODEL] },
    settings: ['hospital'],
    postedOn: { text: 'Hospital and health-system career sites (Workday, iCIMS).', sources: [HOSPITAL_ATS] },
    pay: [],
    next: ['supervisor'],
    checked: CHECKED,
  },
  {
    id: 'educator',
    group: 'advanced',
    name: 'Educator / trainer',
    involves: {
      text: 'Training technicians at work (a senior training specialist, for example) or teaching in a program. PTCB’s Certified Pharmacy Technician Educator (CPTEd) credential is for them: the application costs $50 for PTEC members or $99, renewed every 2 years. Time as an educator counts toward CPhT-Adv.',
      sources: [
        'domain.md §4.1 [O: ptcb.org news; ptcb.org/renew]',
        'domain.md §2.5 [O: refund-policy article; ptcb.org/renew/continuing-education] (CPTEd)',
        'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]',
      ],
    },
    credentials: { asked: ['national-certification'], helpful: ['cpht-adv', 'accredited-training'], sources: [PRODUCT_MODEL, 'domain.md §2.5 [O] (CPTEd)'] },
    settings: [],
    postedOn: { text: 'Employers’ career sites and the general job boards.', sources: [GENERAL_BOARDS, 'domain.md §4.1 [O: ptcb.org news] (senior training specialist)'] },
    pay: [],
    links: [{ label: 'PTCB', url: 'https://www.ptcb.org/' }],
    next: ['supervisor'],
    checked: CHECKED,
  },
  {
    id: 'pharmacy-school',
    group: 'pharmacist',
    name: 'Pharmacy student',
    involves: {
      text: 'Some rules and employers accept enrolled pharmacy students in place of technician requirements: Illinois law, California’s pharmacy-school route to a technician licence, and hospital postings that exempt enrolled students.',
      sources: ['domain.md §4.2 [O: 225 ILCS 85/9.5; BPC §4202]', 'domain.md §7 [P: real postings] (students exempt)'],
    },
    credentials: { asked: ['pharmacy-student'], helpful: ['national-certification'], sources: ['domain.md §4.2 [O: 225 ILCS 85/9.5; BPC §4202]'] },
    settings: [],
    postedOn: { text: 'Hospital career sites and the general job boards (technician postings that name students).', sources: [HOSPITAL_ATS, 'domain.md §7 [P: real postings]'] },
    pay: [],
    placeWhen: ['pharmacy-student'],
    next: ['pharmacist'],
    checked: CHECKED,
  },
  {
    id: 'pharmacist',
    group: 'pharmacist',
    name: 'Pharmacist (PharmD)',
    involves: {
      text: 'Becoming a pharmacist takes a Doctor of Pharmacy (PharmD) degree and a state pharmacist licence. Nuclear pharmacists also need 200 classroom and 500 supervised hours.',
      sources: ['domain.md §4.2 (PharmD and state licensure: unverified)', 'domain.md §2.11 [S: nuclearpharmacy.uams.edu]'],
    },
    credentials: { asked: ['pharmacy-student'], helpful: [], sources: ['domain.md §4.2 (unverified)'] },
    settings: [],
    postedOn: { text: 'Not covered: RxLadder reads pharmacy-technician postings and sets pharmacist postings aside.', sources: ['keywords/roles.ts (pharmacist is a near-miss role)'] },
    pay: [],
    unverified: 'RxLadder’s sources do not confirm the PharmD and licensing steps; check with a college of pharmacy and your state board of pharmacy.',
    next: [],
    checked: CHECKED,
  },
];
