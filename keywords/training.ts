import type { CredentialId, SettingId } from './types';

/**
 * The training guide: one entry per credential id, shown in the badge's explanation card (#3),
 * the popup's best next credential (#4) and the career pages (#5).
 *
 * Sourcing rules (issue #5):
 * - Every fact comes from ../shared/reference/domain.md and keeps its citation beside it: each
 *   `Sourced` fact carries the domain.md section and the original source ([O] official, [S]
 *   secondary, [P] postings) plus its grade. RxLadder's own mapping from sourced facts (which
 *   roles a certificate points to) is graded 'model' and says so.
 * - No figure without a source: a fact whose text holds a digit has an official, secondary or
 *   posting source (tests/unit/training.test.ts checks this).
 * - Where sources disagree, are old or only secondary for a figure that matters, the fact is
 *   marked `uncertain` and the UI adds "check with the issuing body"; where nothing is sourced
 *   the text says so (grade 'none') instead of guessing.
 * - Links go to the issuing body's own site only (https); credentials without one issuing body
 *   have no link and `issuedBy` says who grants them instead.
 */

/** How strong a fact's source is: domain.md's [O], [S], [P], RxLadder's own mapping, or none. */
export type SourceGrade = 'official' | 'secondary' | 'posting' | 'model' | 'none';

/** Why a fact needs checking: sources disagree, the source is old, only secondary, or absent. */
export type Uncertainty = 'disagree' | 'older' | 'unconfirmed' | 'unsourced';

/** One fact with its source beside it. */
export interface Sourced {
  /** Plain words for the reader. */
  text: string;
  /** The domain.md section and the citation it gives ("domain.md §2.1 [O: ptcb.org/…]"). */
  source: string;
  grade: SourceGrade;
  /** Set when the reader should check with the issuing body before relying on it. */
  uncertain?: Uncertainty;
}

/**
 * What a credential opens: roles in plain words (sourced) and the settings it leads to. The
 * settings are RxLadder's mapping (domain.md §3 setting signals and the §4.2 ladder model).
 */
export interface Opens extends Sourced {
  settings: readonly SettingId[];
}

/**
 * Who grants it. 'one-body': a single issuing body (with `officialSite`); the others have no
 * single issuing body and say so: several providers, the employer, the state board, a school or
 * program, or a government agency (the armed forces, a motor-vehicle agency).
 */
export type IssuedBy = 'one-body' | 'several-bodies' | 'employer' | 'state-board' | 'school' | 'agency';

export interface TrainingEntry {
  id: CredentialId;
  /** One or two plain sentences: what it takes to earn it. */
  howToEarn: string;
  /** Who grants or recognises it. */
  issuer: string;
  /** The issuing body's official site (https); absent when there is no single issuing body. */
  officialSite?: string;
  /** How long it usually takes, from a cited source. */
  typicalTime?: string;
  /** What it costs, only where a cited source gives a figure. */
  typicalCost?: string;
  /** Other entries that say more (the credentials that satisfy this one). */
  seeAlso?: readonly CredentialId[];
  /** The domain.md citations the entry relies on. */
  sources: readonly string[];
  /** When the facts were last checked against the sources, YYYY-MM-DD. */
  checked: '2026-11-27';

  // The full guide (issue #5); every fact carries its own source.
  /** What it is, in plain words. */
  what: Sourced;
  issuedBy: IssuedBy;
  /** The routes to eligibility (one fact per route or condition). */
  eligibility: readonly Sourced[];
  /** The exam, or how competency is assessed. */
  exam: Sourced;
  /** Typical cost; "check with the issuing body" where no source gives one. */
  cost: Sourced;
  /** How it is renewed or kept current. */
  renewal: Sourced;
  /** How to train for it: accredited programs, employer training, recognised courses. */
  howToTrain: readonly Sourced[];
  /** What roles and settings it opens. */
  opens: Opens;
}

const CHECKED = '2026-11-27' as const;

function fact(grade: SourceGrade) {
  return (text: string, source: string, uncertain?: Uncertainty): Sourced =>
    uncertain ? { text, source, grade, uncertain } : { text, source, grade };
}
/** [O] official source. */
const official = fact('official');
/** [S] secondary source. */
const secondary = fact('secondary');
/** [P] real postings (summarised as patterns). */
const postings = fact('posting');
/** RxLadder's own mapping from sourced facts; domain.md marks these as not a sourced claim. */
const model = fact('model');
/** Nothing in our sources: the text says so and points to the issuing body. */
function unsourced(text: string, source: string): Sourced {
  return { text, source, grade: 'none', uncertain: 'unsourced' };
}
function opens(f: Sourced, settings: readonly SettingId[]): Opens {
  return { ...f, settings };
}

/** The eleven PTCB certificates share their fee and have no renewal rule in our sources. */
const ABC_FEE = official('$89 (non-refundable).', 'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035518231]');
const ABC_RENEWAL = unsourced(
  'Our sources give no renewal rule for PTCB certificates: check with the issuing body.',
  'domain.md §2.5: renewal of assessment-based certificates not stated',
);
const PTCB_HOLDER = official(
  'An active PTCB CPhT.',
  'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035518231]',
);

export const TRAINING: readonly TrainingEntry[] = [
  {
    id: 'ptcb-cpht',
    howToEarn:
      'Finish a PTCB-recognized education/training program (such as an ASHP/ACPE-accredited one) or work at least 500 hours as a pharmacy technician or trainee, then pass the PTCB exam (PTCE). The exam is 2 hours and 90 multiple-choice questions, at a Pearson VUE centre or online.',
    issuer: 'Pharmacy Technician Certification Board (PTCB)',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: 'A recognized program, or 500 hours of technician work; you may apply within 60 days of finishing a program.',
    typicalCost: '$129 exam fee; renewal every 2 years costs $55 with 20 CE hours.',
    sources: [
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928, /360037272352, /22946291754893]',
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035739351]',
      'domain.md §2.1 [O: ptcb.zendesk.com articles 206879047, 207090057]',
    ],
    checked: CHECKED,
    what: official(
      'The Certified Pharmacy Technician (CPhT) credential of PTCB, a nonprofit founded in 1995 and governed by APhA, ASHP, ICHP, MPA and NABP, earned by passing the PTCE exam.',
      'domain.md §2.1 [O: ptcb.org/ptcb-team]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      official(
        'Finish a PTCB-recognized education/training program; you may apply within 60 days of finishing it.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928, /360037272352, /22946291754893]',
      ),
      official(
        'Or at least 500 hours of technician work in a US facility, from any period; work as a technician, trainee or volunteer in any pharmacy setting counts.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928, /360037272352, /22946291754893]',
      ),
      official(
        'Disclose any criminal history and State Board action when you apply.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928]',
      ),
      official(
        'An older PTCB page asked for a high-school diploma; whether that still applies is not confirmed.',
        'domain.md §2.1 [O, older: ptcb.org/get-certified/apply]',
        'older',
      ),
    ],
    exam: official(
      'PTCE: 2 hours, 90 multiple-choice questions (80 scored), at a Pearson VUE centre or online (OnVUE).',
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928]',
    ),
    cost: official(
      '$129; after approval you have 90 days to schedule the exam.',
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035739351]',
    ),
    renewal: official(
      'Every 2 years: 20 CE hours (at least 1 hour of pharmacy law and 1 of patient safety); fee $55, plus $25 if late.',
      'domain.md §2.1 [O: ptcb.zendesk.com articles 206879047, 207090057]',
    ),
    howToTrain: [
      official(
        'A recognized program: ASHP/ACPE- and ABHES-accredited programs are recognized automatically; others need a director attestation.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/20327406192013]',
      ),
      official(
        'On the job: 500 hours of work, for example as a retail trainee.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/360037272352]',
      ),
    ],
    opens: opens(
      official(
        'PTCB says most employers prefer its CPhT and many require it (older page); it is the prerequisite for every other PTCB credential, and many states name it.',
        'domain.md §2.1 [O, older: ptcb.org/who-we-serve/educators/schoolcounselors]; §5',
        'older',
      ),
      ['retail', 'hospital', 'long-term-care', 'mail-order', 'specialty'],
    ),
  },
  {
    id: 'nha-excpt',
    howToEarn:
      'With a high-school diploma or equivalent, complete a pharmacy-technician training program, formal US-military medical training, or at least 1 year of supervised work in the last 3 years, then pass the NHA ExCPT exam.',
    issuer: 'National Healthcareer Association (NHA)',
    officialSite: 'https://www.nhanow.com/',
    typicalTime: 'A training program, or 1 year of supervised work within the last 3 years.',
    typicalCost: 'Sources disagree on the exam fee; check with the issuing body.',
    sources: [
      'domain.md §2.2 [O: info.nhanow.com/faqs]',
      'domain.md §2.2 cost: secondary sources disagree ($105, $115, $125, about $139), not confirmed from NHA',
    ],
    checked: CHECKED,
    what: official(
      'The Certified Pharmacy Technician (CPhT) credential of the National Healthcareer Association, earned by passing the ExCPT exam (NHA’s since 2009; older rules credit it to ICPT).',
      'domain.md §2.2 [O: info.nhanow.com/mediacenter; Oregon Board newsletter 2007 via nabp.net]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      official(
        'A high-school diploma or equivalent, or within 60 days of earning one (Arizona residents must have finished before testing).',
        'domain.md §2.2 [O: info.nhanow.com/faqs]',
      ),
      official(
        'Plus a training program from an accredited or state-recognized provider, or formal US-military medical training.',
        'domain.md §2.2 [O: info.nhanow.com/faqs]',
      ),
      official(
        'Or at least 1 year of supervised work in the field within the last 3 years; a program finished 5 or more years ago must be paired with work experience.',
        'domain.md §2.2 [O: info.nhanow.com/faqs]',
      ),
      secondary(
        'A secondary source gives the work route as 1,200 hours and adds a Registered Apprenticeship route: check with the issuing body.',
        'domain.md §2.2 [S: truelearn.com]',
        'unconfirmed',
      ),
    ],
    exam: secondary(
      'ExCPT: 100 scored plus 20 pretest questions in 2 hours 10 minutes; pass mark 390 on a 200–500 scale (secondary sources).',
      'domain.md §2.2 [S: achievable.me; course-prep.com]',
      'unconfirmed',
    ),
    cost: secondary(
      'Secondary sources disagree and NHA’s own fee is not confirmed: check with the issuing body.',
      'domain.md §2.2 [S: several sites disagree ($105, $115, $125, about $139); not confirmed from NHA]',
      'disagree',
    ),
    renewal: official(
      'Every 2 years, at least 20 CE hours including 1 hour of pharmacy law.',
      'domain.md §2.2 [O: nhanow.com continuing-education page]',
    ),
    howToTrain: [
      official(
        'A training program from an accredited or state-recognized provider (for example an ASHP/ACPE-accredited program).',
        'domain.md §2.2 [O: info.nhanow.com/faqs]; §2.7',
      ),
      official('Supervised work: 1 year within the last 3 years.', 'domain.md §2.2 [O: info.nhanow.com/faqs]'),
      official('Formal US-military medical training.', 'domain.md §2.2 [O: info.nhanow.com/faqs]'),
    ],
    opens: opens(
      official(
        'Accepted by the VA (PTCB or NHA) and named by boards in KS, OR, TX, NC (from 2020-02-12), MA, IN, MI and IA.',
        'domain.md §2.2 [O: ncbop.org FAQ and board sources in §5; P: real postings]',
      ),
      ['retail', 'hospital', 'federal', 'long-term-care'],
    ),
  },
  {
    id: 'national-certification',
    howToEarn:
      'Earn either national certification: the PTCB CPhT (pass the PTCE) or the NHA CPhT (pass the ExCPT); a posting that does not name the body accepts either. Both need a training program or work experience first.',
    issuer: 'PTCB or NHA',
    typicalTime: 'PTCB: a recognized program or 500 hours of work. NHA: a training program or 1 year of supervised work.',
    typicalCost: 'PTCB exam $129; for the NHA exam fee, check with the issuing body.',
    seeAlso: ['ptcb-cpht', 'nha-excpt'],
    sources: [
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928, /16138486529421]',
      'domain.md §2.2 [O: info.nhanow.com/faqs]',
    ],
    checked: CHECKED,
    what: official(
      'Any national pharmacy-technician certification: PTCB’s CPhT or NHA’s CPhT. Board rules such as Kansas’s and Oregon’s accept either.',
      'domain.md §1 [O: pharmacy.ks.gov; oregon.gov/pharmacy]',
    ),
    issuedBy: 'several-bodies',
    eligibility: [
      official(
        'PTCB: a recognized program, or 500 hours of technician work.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928, /360037272352]',
      ),
      official(
        'NHA: a high-school diploma plus a training program, military medical training or 1 year of supervised work.',
        'domain.md §2.2 [O: info.nhanow.com/faqs]',
      ),
    ],
    exam: secondary(
      'PTCE: 2 hours, 90 questions. ExCPT: 2 hours 10 minutes, 120 questions (secondary sources).',
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/206188928]; §2.2 [S: achievable.me; course-prep.com]',
      'unconfirmed',
    ),
    cost: official(
      'PTCB: $129. NHA: not confirmed, check with the issuing body.',
      'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]; §2.2 (NHA fee not confirmed)',
      'disagree',
    ),
    renewal: official(
      'Both every 2 years with 20 CE hours.',
      'domain.md §2.1 [O: ptcb.zendesk.com articles 206879047]; §2.2 [O: nhanow.com continuing-education page]',
    ),
    howToTrain: [
      official(
        'An ASHP/ACPE-accredited or other recognized program.',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/20327406192013]; §2.2 [O: info.nhanow.com/faqs]',
      ),
      official(
        'On-the-job work: 500 hours (PTCB) or 1 year supervised (NHA).',
        'domain.md §2.1 [O: ptcb.zendesk.com/hc/en-us/articles/360037272352]; §2.2 [O: info.nhanow.com/faqs]',
      ),
    ],
    opens: opens(
      official(
        'Required or preferred by many employers and by several states’ rules for the working credential.',
        'domain.md §2.1 [O, older: ptcb.org/who-we-serve/educators/schoolcounselors]; §5',
        'older',
      ),
      ['retail', 'hospital', 'long-term-care', 'mail-order', 'federal'],
    ),
  },
  {
    id: 'cpht-adv',
    howToEarn:
      'Hold an active PTCB CPhT, work at least 3 years as a technician within the last 8, and earn 4 PTCB assessment-based certificates (or 3 plus the CSPT). There is no separate exam.',
    issuer: 'Pharmacy Technician Certification Board (PTCB)',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: 'At least 3 years of technician work.',
    typicalCost: 'No exam or claim fee; each certificate that counts toward it costs $89; renewal $55 every 2 years.',
    sources: [
      'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]',
      'domain.md §2.3 [O: ptcb.zendesk.com/hc/en-us/articles/360052873632]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421, /360035518231]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Advanced Certified Pharmacy Technician credential for experienced certified technicians; the title replaces “CPhT” after the holder’s name.',
      'domain.md §2.3 [O: ptcb.zendesk.com/hc/en-us/articles/360052873632]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      official('An active PTCB CPhT.', 'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]'),
      official(
        'At least 3 years of technician work within the last 8; time as a technician educator counts.',
        'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]',
      ),
      official(
        '4 PTCB assessment-based certificates, or 3 plus the CSPT.',
        'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]',
      ),
    ],
    exam: official('No exam: it is earned from the certificates and experience.', 'domain.md §2.3 [O: ptcb.zendesk.com/hc/en-us/articles/360052873632]'),
    cost: official(
      'No claim fee; each certificate that counts toward it costs $89.',
      'domain.md §2.3 [O: ptcb.zendesk.com/hc/en-us/articles/360052873632]; §2.5 [O: article 16138486529421]',
    ),
    renewal: official('Every 2 years: $55 with 25 CE hours.', 'domain.md §2.3 [O: ptcb.zendesk.com/hc/en-us/articles/360052873632]'),
    howToTrain: [
      official(
        'PTCB-recognized programs for the certificates, for example ASHP’s controlled-substances course (3.25 CE hours).',
        'domain.md §2.5 [O: ptcb.org/credentials/controlled-substances-diversion-prevention-certificate; elearning.ashp.org/products/10701]',
      ),
      official('Years of technician work (3 within the last 8).', 'domain.md §2.3 [O: ptcb.org/guidebook/advanced-certified-pharmacy-technician-cpht-adv-program]'),
    ],
    opens: opens(
      secondary(
        'PTCB’s highest technician credential (over 1,300 holders by May 2023); in RxLadder’s ladder it leads toward lead, supervisor and educator roles.',
        'domain.md §2.3 [S: PR Newswire via whsv.com, 2023-05-09]; §4.2 (ladder model, not a sourced claim)',
      ),
      ['hospital', 'specialty', 'retail'],
    ),
  },
  {
    id: 'cspt',
    howToEarn:
      'Hold an active PTCB CPhT plus either a PTCB-recognized sterile-compounding program and 1 year of full-time sterile-compounding work, or 3 years of such work; then pass the 2-hour CSPT exam. A supervisor signs a competency attestation.',
    issuer: 'Pharmacy Technician Certification Board (PTCB)',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: '1 year of full-time sterile-compounding work with a recognized program, or 3 years without one.',
    typicalCost: '$199 ($50 application, waived when an employer pays, plus $149 exam); renews yearly.',
    sources: [
      'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911; ptcb.org/credentials/certified-compounded-sterile-preparation-technician]',
      'domain.md §2.4 [O: refund-policy article; ptcb.org/pay-your-technicians-fees]',
      'domain.md §2.4 [O: ptcb.org/renew/continuing-education; article 207090057]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Certified Compounded Sterile Preparation Technician credential, for technicians who prepare sterile products such as IV admixtures under USP <797> and <800>.',
      'domain.md §2.4 [O: ptcb.org/credentials/certified-compounded-sterile-preparation-technician]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      official('An active PTCB CPhT.', 'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911]'),
      official(
        'A PTCB-recognized sterile-compounding program (finished or in progress) plus 1 year of full-time (30+ hours a week), continuous sterile-compounding work.',
        'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911]',
      ),
      official('Or 3 years of such work.', 'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911]'),
      official(
        'The work must fall in the last 8 years, in a US facility subject to USP <797>/<800>, with a supervisor-signed competency attestation.',
        'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911]',
      ),
    ],
    exam: official('2 hours, 75 questions at launch (2018); check the current format with the issuing body.', 'domain.md §2.4 [O: ptcb.org news, 2018-01-29]', 'older'),
    cost: official(
      '$199: $50 application (waived when an employer pays) plus $149 exam.',
      'domain.md §2.4 [O: refund-policy article; ptcb.org/pay-your-technicians-fees]',
    ),
    renewal: official('Yearly ($20 for the CSPT part).', 'domain.md §2.4 [O: ptcb.org/renew/continuing-education; article 207090057]'),
    howToTrain: [
      official(
        'A recognized sterile-compounding program: all ABHES-accredited and many ASHP/ACPE-accredited programs count.',
        'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003465812]',
      ),
      official(
        'ASHP’s Practical Training in Compounding Sterile Preparations Certificate: $360 technician member, $460 ASHP member, $560 non-member.',
        'domain.md §2.8 [O: elearning.ashp.org/products/13440]',
      ),
      official('Sterile-compounding work in an IV room (1 year with a program, 3 years without).', 'domain.md §2.4 [O: ptcb.zendesk.com/hc/en-us/articles/115003215911]'),
    ],
    opens: opens(
      official(
        'Hospital IV rooms, home infusion and other compounding facilities; one hospital needed it to move up to an IV Tech II level (2020).',
        'domain.md §2.4 [O: PTCB CSPT guidebook; ptcb.org news, 1,000th CSPT]',
      ),
      ['hospital', 'home-infusion', 'compounding', 'oncology'],
    ),
  },
  {
    id: 'sterile-compounding',
    howToEarn:
      'Employers train and test aseptic technique, garbing and hand hygiene under USP <797> in the IV room; a recognized course such as ASHP’s practical sterile-compounding certificate or NPTA’s IV course shows it before hire. With experience it leads to the PTCB CSPT.',
    issuer: 'Your employer (competency), or a recognized course such as ASHP’s',
    officialSite: 'https://www.ashp.org/',
    typicalCost: 'ASHP practical training certificate: $360 (technician member), $460 (ASHP member), $560 (non-member).',
    seeAlso: ['cspt'],
    sources: [
      'domain.md §2.8 [O: elearning.ashp.org/products/13440]',
      'domain.md §2.8 [S: pharmacytechnician.org/en/cms/1386]',
      'domain.md §2.8 [S: jointcommission.org FAQ]',
    ],
    checked: CHECKED,
    what: secondary(
      'IV (sterile) compounding: preparing IV admixtures and other sterile products with aseptic technique and garbing, under USP <797>, whose revision has been official since 2023-11-01.',
      'domain.md §2.8 [S: microbiologyspecialists.com; pacelabs.com]',
    ),
    issuedBy: 'employer',
    eligibility: [
      secondary(
        'No single credential: your employer assesses competency (training, garbing and hand hygiene, gloved-fingertip sampling, media-fill tests).',
        'domain.md §2.8 [S: jointcommission.org FAQ]',
      ),
      official(
        'A course certificate (ASHP, NPTA) or the PTCB CSPT shows it to a new employer.',
        'domain.md §2.8 [O: elearning.ashp.org/products/13440]; §2.4',
      ),
    ],
    exam: secondary(
      'Employer competency tests instead of one exam: yearly, or every 6 months for high-risk work, under the older rules; the 2023 frequencies are not confirmed, so check with your employer.',
      'domain.md §2.8 [S: jointcommission.org FAQ]',
      'older',
    ),
    cost: official(
      'ASHP practical training certificate: $360 technician member, $460 ASHP member, $560 non-member.',
      'domain.md §2.8 [O: elearning.ashp.org/products/13440]',
    ),
    renewal: secondary(
      'Competency is re-assessed by the employer (see the exam); the current frequency is not confirmed.',
      'domain.md §2.8 [S: jointcommission.org FAQ]',
      'older',
    ),
    howToTrain: [
      official(
        'ASHP’s Practical Training in Compounding Sterile Preparations Certificate (a CSPT-recognized program).',
        'domain.md §2.8 [O: elearning.ashp.org/products/13440]',
      ),
      secondary(
        'NPTA’s IV certification course: nine home-study modules, each with an exam (pass at 70% or more), plus hands-on days.',
        'domain.md §2.8 [S: pharmacytechnician.org/en/cms/1386]',
      ),
      postings('Employer training in the IV room: postings ask for competency in aseptic and IV preparation.', 'domain.md §2.8 [P: real postings]'),
    ],
    opens: opens(
      official(
        'Hospital IV-room and home-infusion work; with experience, the PTCB CSPT.',
        'domain.md §2.4 [O: PTCB CSPT guidebook]; §2.8 [P: real postings]',
      ),
      ['hospital', 'home-infusion', 'compounding'],
    ),
  },
  {
    id: 'nonsterile-compounding',
    howToEarn:
      'Learn compounding of creams, ointments, capsules and suspensions under USP <795> on the job or in a course (RxCE, ACA); PTCB also offers a Nonsterile Compounding certificate for certified technicians, whose eligibility rules should be checked with PTCB.',
    issuer: 'Your employer, a recognized course, or PTCB (certificate)',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: 'Courses of 8 (RxCE) to 11 hours (ACA home study).',
    typicalCost: 'PTCB certificate $89.',
    sources: [
      'domain.md §2.9 [S: rxce.com; acainfo.org]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
      'domain.md §2.5 Nonsterile Compounding eligibility: not yet sourced from PTCB',
    ],
    checked: CHECKED,
    what: secondary(
      'Compounding creams, ointments, suppositories and other non-sterile preparations under USP <795>, revised and official since 2023-11-01.',
      'domain.md §2.9 [S: open-exam-prep.com]; §1',
    ),
    issuedBy: 'employer',
    eligibility: [
      official(
        'No single credential: employers, courses, or PTCB’s Nonsterile Compounding certificate, which needs an active PTCB CPhT.',
        'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
      ),
      unsourced(
        'The certificate’s other eligibility rules are not yet sourced: check with the issuing body.',
        'domain.md §2.5: Nonsterile Compounding eligibility not yet sourced from PTCB',
      ),
    ],
    exam: secondary(
      'PTCB certificate: 70 questions in 80 minutes (secondary source).',
      'domain.md §2.5 [S: open-exam-prep.com]',
      'unconfirmed',
    ),
    cost: ABC_FEE,
    renewal: ABC_RENEWAL,
    howToTrain: [
      secondary('RxCE’s ACPE nonsterile certificate for technicians: 8 contact hours.', 'domain.md §2.9 [S: rxce.com]'),
      secondary('ACA home study: 11 hours, PTCB-recognized.', 'domain.md §2.9 [S: acainfo.org]'),
      secondary('A university online course (UTRGV).', 'domain.md §2.9 [S: utrgv.edu2.com]'),
    ],
    opens: opens(
      model('Compounding pharmacies (RxLadder’s mapping from the certificate’s content).', 'domain.md §2.5 (role mapping, not a sourced claim)'),
      ['compounding'],
    ),
  },
  {
    id: 'hazardous-drugs',
    howToEarn:
      'Train for your job function under USP <800> (hazardous-drug list, procedures, protective equipment, spills, disposal) before handling hazardous drugs alone, with a reassessment every 12 months; certified technicians can add PTCB’s Hazardous Drug Management certificate after a recognized program.',
    issuer: 'Your employer (training), or PTCB (Hazardous Drug Management certificate)',
    officialSite: 'https://www.ptcb.org/',
    typicalCost: 'PTCB certificate $89.',
    sources: [
      'domain.md §2.10 [S: innovationcompounding.com; visanteinc.com]',
      'domain.md §2.5 [O: ptcb.org/credentials/hazardous-drug-management-certificate]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
    ],
    checked: CHECKED,
    what: secondary(
      'Safe handling of hazardous drugs (chemotherapy and the others on the NIOSH list) under USP <800>, which providers have had to follow since 2019-12-01.',
      'domain.md §2.10 [S: report.nahc.org; innovationcompounding.com]',
    ),
    issuedBy: 'employer',
    eligibility: [
      secondary(
        'Your employer trains you for your job function before you handle hazardous drugs alone.',
        'domain.md §2.10 [S: innovationcompounding.com; visanteinc.com]',
      ),
      official(
        'PTCB’s Hazardous Drug Management certificate: an active PTCB CPhT plus a PTCB-recognized program.',
        'domain.md §2.5 [O: ptcb.org/credentials/hazardous-drug-management-certificate]',
      ),
    ],
    exam: secondary(
      'PTCB certificate: 55 questions in 80 minutes (secondary source); employers assess their own training.',
      'domain.md §2.5 [S: vivian.com]',
      'unconfirmed',
    ),
    cost: ABC_FEE,
    renewal: secondary(
      'Employers re-assess every 12 months (hazardous-drug list, procedures, protective equipment, spills, exposure, disposal).',
      'domain.md §2.10 [S: innovationcompounding.com; visanteinc.com]',
    ),
    howToTrain: [
      secondary('USP <800> training from your employer.', 'domain.md §2.10 [S: innovationcompounding.com; visanteinc.com]'),
      official('A PTCB-recognized hazardous-drug program, then PTCB’s certificate.', 'domain.md §2.5 [O: ptcb.org/credentials/hazardous-drug-management-certificate]'),
      official('ASHP’s hazardous-drug compounding technician toolkit.', 'domain.md §2.10 [O: ashp.org hazardous-drug-compounding-pharmacy-technician-toolkit]'),
    ],
    opens: opens(
      official(
        'Chemotherapy and hazardous-drug compounding, which ASHP describes as an advanced technician role; postings ask for it in hospital and cancer-centre IV rooms.',
        'domain.md §2.10 [O: ashp.org hazardous-drug-compounding-pharmacy-technician-toolkit; P: real postings]',
      ),
      ['oncology', 'hospital', 'compounding'],
    ),
  },
  {
    id: 'nuclear-pharmacy',
    howToEarn:
      'Get hired by a nuclear pharmacy and train there; after 90 days of work, with an Authorized Nuclear Pharmacist as preceptor, a technician program such as Nuclear Education Online’s adds supervised training and a calculations module.',
    issuer: 'Your employer, with a nuclear pharmacy technician program',
    typicalTime: 'At least 10 weeks of supervised training, after at least 90 days in a nuclear pharmacy.',
    sources: ['domain.md §2.11 [S: nuclearonline.org]', 'domain.md §2.11 [S: nuclearpharmacy.uams.edu]'],
    checked: CHECKED,
    what: secondary(
      'Work with radiopharmaceuticals in a nuclear pharmacy, under USP <825> and NRC, FDA and DOT rules.',
      'domain.md §2.11 [S: nuclearpharmacy.uams.edu; P: real postings]',
    ),
    issuedBy: 'employer',
    eligibility: [
      secondary(
        'Nuclear Education Online’s technician program: already work in a nuclear pharmacy with at least 90 days’ experience, have an Authorized Nuclear Pharmacist as preceptor, and score 70% or more on a math test.',
        'domain.md §2.11 [S: nuclearonline.org]',
      ),
      secondary(
        'The 200 classroom plus 500 supervised hours rule is for nuclear pharmacists, not technicians.',
        'domain.md §2.11 [S: nuclearpharmacy.uams.edu]',
      ),
    ],
    exam: secondary(
      'No national technician exam is named in our sources; the NEO program includes a calculations module worth 20 ACPE contact hours.',
      'domain.md §2.11 [S: nuclearonline.org]',
    ),
    cost: unsourced('Not in our sources: check with the program.', 'domain.md §2.11: no cost given'),
    renewal: unsourced('Not in our sources: check with your employer.', 'domain.md §2.11: no renewal given'),
    howToTrain: [
      secondary(
        'On the job at a nuclear pharmacy, then at least 10 weeks of supervised training in a program such as NEO’s.',
        'domain.md §2.11 [S: nuclearonline.org]',
      ),
      official(
        'Kentucky (proposed amendment) recognizes the University of Tennessee nuclear technician program as an alternative to the PTCE/ExCPT for “certified” status.',
        'domain.md §2.11 [O: 201 KAR 2:045, apps.legislature.ky.gov]',
      ),
    ],
    opens: opens(
      postings('Nuclear pharmacies, regulated by the FDA, NRC and DOT, often with overnight shifts.', 'domain.md §2.11 [P: real postings]'),
      ['nuclear'],
    ),
  },
  {
    id: 'state-license',
    howToEarn:
      'Apply to the board of pharmacy of the state where you will work; most states require a registration or licence before you start, some offer a trainee registration first, and some also require national certification. The rules differ by state and change often, so check with the state board.',
    issuer: 'The state board of pharmacy',
    sources: ['domain.md §2.6 [P: real postings]', 'domain.md §5 (state table and its sources)'],
    checked: CHECKED,
    what: official(
      'A registration or licence from the board of pharmacy of the state where you work (PTCB counted 34 states and DC registering technicians and 11 licensing them in 2016).',
      'domain.md §5 [O: ptcb.zendesk.com/hc/en-us/articles/206194548]',
      'older',
    ),
    issuedBy: 'state-board',
    eligibility: [
      official(
        'It depends on the state: some require national certification, some approved training, some only an application (see your state’s rule).',
        'domain.md §5 [O: each state’s board sources, see the state rule]',
      ),
      official(
        'Several states offer a trainee registration first, for example Texas (2 years, once), Arizona (36 months) and Indiana (up to 12 months).',
        'domain.md §2.6 [O: pharmacy.texas.gov/Q_A_Techs.asp; R4-23-1103; in.gov/pla/2893.htm]',
      ),
      secondary(
        'Many states check your background, for example fingerprints in Texas, Arizona, California and Oregon.',
        'domain.md §2.17 [S: climbtheladder.com; legalclarity.org; O: oregon.gov]',
      ),
    ],
    exam: official(
      'It depends on the state: Texas requires PTCB or NHA certification for technicians; Pennsylvania requires no exam.',
      'domain.md §5 [O: pharmacy.texas.gov; pa.gov, 2025-05-05]',
    ),
    cost: official(
      'It depends on the state: for example New York’s registered pharmacy technician licence costs $175; Oregon’s certified technician licence $100 plus $46.25 for fingerprints.',
      'domain.md §2.6 [O: op.nysed.gov]; §5 [O: oregon.gov/pharmacy]',
    ),
    renewal: official(
      'It depends on the state: for example North Carolina renews every year; Alabama asks for 3 CE hours a year (secondary source).',
      'domain.md §5 [O: ncbop.org; S: docslib.org compilation]',
    ),
    howToTrain: [
      official('Apply to the state board; start with a trainee registration where one exists.', 'domain.md §2.6 and §5 [O: each state’s board sources, see the state rule]'),
      official(
        'Board-approved training where required, for example Minnesota (employer program of 240+ hours), Florida (160+ hours) and California (240+ hour course).',
        'domain.md §5 [O: mn.gov/boards/pharmacy; floridaspharmacy.gov; BPC §4202]',
      ),
    ],
    opens: opens(
      postings(
        'Needed to work as a technician in most states, in every setting; postings ask for it at hire or within a set time.',
        'domain.md §2.6 [P: real postings]; §5',
      ),
      ['retail', 'hospital', 'long-term-care', 'mail-order'],
    ),
  },
  {
    id: 'bls-cpr',
    howToEarn:
      'Take a Basic Life Support or CPR course and keep the card current; technicians who give vaccines need one.',
    issuer: 'No single issuing body: American Heart Association, American Red Cross or similar course providers',
    sources: ['domain.md §2.13 [O: HHS ASPR FAQ; S: mlo-online.com]'],
    checked: CHECKED,
    what: official(
      'A current Basic Life Support (BLS) or CPR certificate; the PREP Act asks technicians who vaccinate to hold one, to handle adverse reactions.',
      'domain.md §2.13 [O: HHS ASPR FAQ; S: mlo-online.com]',
    ),
    issuedBy: 'several-bodies',
    eligibility: [
      unsourced(
        'Our sources give no prerequisite; course providers set their own: check with the provider.',
        'domain.md §2.13: no eligibility rule given',
      ),
    ],
    exam: unsourced('Set by the course provider; not in our sources.', 'domain.md §2.13: no exam described'),
    cost: unsourced('Not in our sources: check with the course provider.', 'domain.md §2.13: no cost given'),
    renewal: official(
      'Keep it current; our sources give no renewal interval: check with the course provider.',
      'domain.md §2.13 [O: HHS ASPR FAQ] (a current certificate); interval not given',
      'unsourced',
    ),
    howToTrain: [official('A BLS or CPR course from a recognized provider.', 'domain.md §2.13 [O: HHS ASPR FAQ]')],
    opens: opens(
      official(
        'Immunizing roles; no technician posting requiring BLS was found in our sources.',
        'domain.md §2.13 [O: HHS ASPR FAQ; P: real postings]',
      ),
      ['retail'],
    ),
  },
  {
    id: 'immunization',
    howToEarn:
      'Complete an ACPE-accredited practical immunization program with hands-on injection and emergency-response training (such as APhA’s technician program), keep a current CPR card and a state registration, and give vaccines under a pharmacist’s supervision. Certified technicians can add PTCB’s Immunization Administration certificate.',
    issuer: 'American Pharmacists Association (APhA) program, or PTCB (certificate)',
    officialSite: 'https://www.pharmacist.com/',
    typicalTime: 'One school’s course (2021): 6 CE hours.',
    typicalCost: 'PTCB certificate $89; one school charged $275 for the course (2021).',
    sources: [
      'domain.md §2.14 [O: elearning.pharmacist.com/products/5820]',
      'domain.md §2.14 [S: mcphs.edu]',
      'domain.md §2.14 [S: einpresswire (HHS release 2020-10-21); mlo-online.com]',
      'domain.md §2.5 [O: ptcb.org/credentials/immunization-administration-certificate]',
    ],
    checked: CHECKED,
    what: official(
      'Giving vaccines as a technician under a pharmacist’s supervision, as the PREP Act allows; coverage for COVID-19 and flu vaccines runs to 2029-12-31.',
      'domain.md §2.14 [O: govinfo.gov/content/pkg/FR-2024-12-11/html/2024-29108.htm]',
    ),
    issuedBy: 'several-bodies',
    eligibility: [
      secondary(
        'An ACPE-approved practical program with hands-on injection and emergency-response training.',
        'domain.md §2.14 [S: einpresswire (HHS release 2020-10-21); mlo-online.com]',
      ),
      secondary(
        'A current CPR certificate, a state licence or registration, and a pharmacist’s supervision.',
        'domain.md §2.14 [S: einpresswire (HHS release 2020-10-21); mlo-online.com]',
      ),
      official(
        'PTCB’s certificate: an active PTCB CPhT plus a recognized program with a live intramuscular and subcutaneous injection demonstration.',
        'domain.md §2.5 [O: ptcb.org/credentials/immunization-administration-certificate]',
      ),
    ],
    exam: official(
      'APhA’s program ends with an observed check of 2 intramuscular and 1 subcutaneous saline injections; PTCB’s certificate exam has 60 questions (an older page says 55).',
      'domain.md §2.14 [O: elearning.pharmacist.com/products/5820]; §2.5 [O: ptcb.org/credentials/immunization-administration-certificate]',
    ),
    cost: secondary(
      'PTCB certificate $89; one school charged $275 for the APhA course (2021).',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]; §2.14 [S: mcphs.edu]',
    ),
    renewal: secondary(
      '2 hours of immunization CE per licensing period, and a current CPR certificate.',
      'domain.md §2.14 [S: einpresswire (HHS release 2020-10-21); mlo-online.com]',
    ),
    howToTrain: [
      official(
        'APhA’s technician immunization program: self-study, a live seminar and an observed injection check.',
        'domain.md §2.14 [O: elearning.pharmacist.com/products/5820]',
      ),
      secondary('NPTA’s hands-on immunization training (2020).', 'domain.md §2.12 [S: pharmacytechnician.org]'),
    ],
    opens: opens(
      secondary(
        'Community clinical services; states began letting technicians vaccinate with Idaho in 2017.',
        'domain.md §2.14 [S: CPhT Connect, Jan/Feb 2021]; §2.5 (role mapping)',
      ),
      ['retail'],
    ),
  },
  {
    id: 'tech-product-verification',
    howToEarn:
      'As a PTCB-certified technician, complete a PTCB-recognized tech-check-tech program or a board-approved validation program, then pass PTCB’s Technician Product Verification exam (2 hours). Only some states allow technicians to do the final check.',
    issuer: 'Pharmacy Technician Certification Board (PTCB)',
    officialSite: 'https://www.ptcb.org/',
    typicalCost: '$89.',
    sources: [
      'domain.md §2.5 [O: ptcb.org/credentials/technician-product-verification-certificate]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Technician Product Verification certificate (tech-check-tech): a certified technician checks another technician’s filled product.',
      'domain.md §2.5 [O: ptcb.org/credentials/technician-product-verification-certificate]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      PTCB_HOLDER,
      official(
        'A PTCB-recognized product-verification program or a board-approved validation program.',
        'domain.md §2.5 [O: ptcb.org/credentials/technician-product-verification-certificate]',
      ),
    ],
    exam: official('2 hours, 120 questions.', 'domain.md §2.5 [O: ptcb.org/credentials/technician-product-verification-certificate]'),
    cost: ABC_FEE,
    renewal: ABC_RENEWAL,
    howToTrain: [
      official(
        'A PTCB-recognized product-verification program, or your employer’s board-approved validation program.',
        'domain.md §2.5 [O: ptcb.org/credentials/technician-product-verification-certificate]',
      ),
    ],
    opens: opens(
      model('Tech-check-tech work where the state allows it (RxLadder’s mapping).', 'domain.md §2.5 (role mapping, not a sourced claim)'),
      ['hospital', 'retail'],
    ),
  },
  {
    id: 'medication-history',
    howToEarn:
      'As a PTCB-certified technician, take medication histories at work (6 months after a recognized program, or 12 months full-time with about half that work), then pass PTCB’s Medication History exam. Employer training or a course such as NPTA’s prepares you.',
    issuer: 'Pharmacy Technician Certification Board (PTCB), or employer training',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: '6 to 12 months of medication-history work.',
    typicalCost: 'PTCB certificate $89; NPTA course (4 CE hours) $59 member / $79 non-member.',
    sources: [
      'domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
      'domain.md §2.5 [S: pharmacytechnician.org]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Medication History certificate, for technicians who take patients’ medication histories.',
      'domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      PTCB_HOLDER,
      official(
        'A recognized program plus 6 months taking medication histories (or similar patient communication), or 12 months full-time with about half that work.',
        'domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate]',
      ),
    ],
    exam: unsourced('The exam format is not in our sources: check with the issuing body.', 'domain.md §2.5: exam not given'),
    cost: ABC_FEE,
    renewal: ABC_RENEWAL,
    howToTrain: [
      secondary('NPTA’s Medication History Essentials course: 4 CE hours, $59 member / $79 non-member.', 'domain.md §2.5 [S: pharmacytechnician.org]'),
      official('Work taking medication histories (6 to 12 months).', 'domain.md §2.5 [O: ptcb.org/credentials/medication-history-certificate]'),
    ],
    opens: opens(
      model('Medication-history and reconciliation technician roles (RxLadder’s mapping).', 'domain.md §2.5 (role mapping, not a sourced claim)'),
      ['hospital', 'ambulatory-clinic'],
    ),
  },
  {
    id: 'billing-reimbursement',
    howToEarn:
      'As a PTCB-certified technician, work on billing and reimbursement (6 months after a recognized program, or 12 months full-time with at least half on billing) with a supervisor’s attestation, then pass PTCB’s Billing and Reimbursement exam.',
    issuer: 'Pharmacy Technician Certification Board (PTCB), or employer training',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: '6 to 12 months of billing work.',
    typicalCost: 'PTCB certificate $89.',
    sources: [
      'domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Billing and Reimbursement certificate, for pharmacy billing, claims and reimbursement work.',
      'domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      PTCB_HOLDER,
      official(
        'A recognized program plus 6 months, or 12 months full-time, with at least half on billing, and a supervisor’s attestation.',
        'domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate]',
      ),
    ],
    exam: official('70 questions.', 'domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate]'),
    cost: ABC_FEE,
    renewal: ABC_RENEWAL,
    howToTrain: [
      official('Billing work under a supervisor, after a recognized program or on its own.', 'domain.md §2.5 [O: ptcb.org/credentials/billing-and-reimbursement-certificate]'),
    ],
    opens: opens(
      model('Billing, prior-authorization and PBM roles (RxLadder’s mapping).', 'domain.md §2.5 (role mapping, not a sourced claim)'),
      ['pbm-insurance', 'specialty', 'remote'],
    ),
  },
  {
    id: 'controlled-substances',
    howToEarn:
      'As a PTCB-certified technician, complete a PTCB-recognized diversion-prevention program (such as ASHP’s course) and pass PTCB’s Controlled Substances Diversion Prevention exam on DEA registration, forms, CSOS and surveillance.',
    issuer: 'Pharmacy Technician Certification Board (PTCB), or employer training',
    officialSite: 'https://www.ptcb.org/',
    typicalTime: 'ASHP course: 3.25 CE hours.',
    typicalCost: 'PTCB certificate $89; ASHP course $59 member / $89 non-member.',
    sources: [
      'domain.md §2.5 [O: ptcb.org/credentials/controlled-substances-diversion-prevention-certificate]',
      'domain.md §2.5 [O: ptcb.zendesk.com/hc/en-us/articles/16138486529421]',
      'domain.md §2.5 [O: elearning.ashp.org/products/10701]',
      'domain.md §2.15 [O: myaccount.ptcb.org CSDP page]',
    ],
    checked: CHECKED,
    what: official(
      'PTCB’s Controlled Substances Diversion Prevention certificate; technicians do not hold DEA registrations themselves, so this certificate shows the competency.',
      'domain.md §2.15 [O: myaccount.ptcb.org CSDP page]',
    ),
    issuedBy: 'one-body',
    eligibility: [
      PTCB_HOLDER,
      official('A PTCB-recognized diversion-prevention program.', 'domain.md §2.5 [O: ptcb.org/credentials/controlled-substances-diversion-prevention-certificate]'),
    ],
    exam: official(
      'Covers DEA registration and forms, CSOS, inventories and surveillance; the length is not in our sources.',
      'domain.md §2.5 [O: ptcb.org/credentials/controlled-substances-diversion-prevention-certificate]; §2.15 [O: myaccount.ptcb.org CSDP page]',
    ),
    cost: ABC_FEE,
    renewal: ABC_RENEWAL,
    howToTrain: [
      official('ASHP’s diversion-prevention course: 3.25 CE hours, $59 member / $89 non-member.', 'domain.md §2.5 [O: elearning.ashp.org/products/10701]'),
      official('ASHP’s diversion-prevention microcredential: 2 hours, $69 / $99.', 'domain.md §2.5 [O: elearning.ashp.org/products/13441]'),
    ],
    opens: opens(
      official(
        'Purchaser, inventory and diversion-prevention roles; purchasers order controlled substances.',
        'domain.md §2.15 [O: ashp.org pharmacy-purchaser page]; §2.5 (role mapping)',
      ),
      ['hospital', 'mail-order'],
    ),
  },
  {
    id: 'accredited-training',
    howToEarn:
      'Complete a pharmacy-technician program accredited by ASHP/ACPE (community colleges and schools run them, and so does the military); PTCB recognizes these programs automatically and several state boards name them. Minimum hours are not yet sourced; check with the program.',
    issuer: 'ASHP/ACPE (accreditation); the program is run by a school or the military',
    officialSite: 'https://www.ashp.org/',
    typicalTime: 'Examples: a 13-week community-college award with a 160-hour externship; a 3-semester certificate.',
    typicalCost: 'Example: $2,764 for one year at a community college.',
    sources: [
      'domain.md §2.7 [O: ptcb.zendesk.com/hc/en-us/articles/20327406192013]',
      'domain.md §2.7 [S: v-tecs.org]',
      'domain.md §2.7 [S: selectcenter.org]',
      'domain.md §2.7 minimum hours: not yet sourced',
    ],
    checked: CHECKED,
    what: secondary(
      'A technician education and training program accredited by ASHP (since 1983) and ACPE (jointly since 2014), at entry or advanced level.',
      'domain.md §2.7 [S: ASHP/ACPE standards as reproduced at info.5y1.org; pharmacist.com (APhA news)]',
    ),
    issuedBy: 'school',
    eligibility: [
      unsourced(
        'Each program sets its own admission rules and the minimum hours are not yet sourced: check with the program.',
        'domain.md §2.7: minimum hours not yet sourced',
      ),
    ],
    exam: official(
      'Each program has its own assessments; finishing it lets you apply for the PTCE, which PTCB opens to graduates of accredited programs automatically.',
      'domain.md §2.7 [O: ptcb.zendesk.com/hc/en-us/articles/20327406192013]',
    ),
    cost: secondary(
      'Examples: $2,764 for one year at Houston Community College; a non-accredited 50-hour course cost $999 in 2013.',
      'domain.md §2.7 [S: selectcenter.org; tsu.edu]',
    ),
    renewal: model('A completed program; nothing to renew.', 'domain.md §2.7 (a program, not a certification)'),
    howToTrain: [
      secondary(
        'Community colleges: for example a 13-week retail award with a 160-hour externship, or a 38-credit-hour certificate over 3 semesters.',
        'domain.md §2.7 [S: v-tecs.org]',
      ),
      secondary('The military’s DoD program (ASHP-accredited), worth 35 college credits.', 'domain.md §2.7 [S: pharmacist.com]'),
    ],
    opens: opens(
      official(
        'PTCB recognizes it automatically; boards in CA, FL, LA, MN, MA, SC, NV and OH name ASHP accreditation; Texas treats ASHP-accredited programs as board-approved (secondary source).',
        'domain.md §2.7 [O: ptcb.zendesk.com/hc/en-us/articles/20327406192013; S: passptcbexam.com]; §5',
      ),
      ['retail', 'hospital'],
    ),
  },
  {
    id: 'military-pharmacy-training',
    howToEarn:
      'Serve as a pharmacy specialist (Army 68Q, Air Force 4P0X1) and complete the ASHP-accredited DoD Pharmacy Technician Training Program at METC, Fort Sam Houston. NHA and several states accept it as training.',
    issuer: 'US armed forces (DoD program at METC)',
    typicalTime: 'Sources disagree on the course length (17 to 23 weeks); check with the service.',
    sources: [
      'domain.md §2.16 [S: pharmacist.com; operationmilitarykids.org]',
      'domain.md §2.16 [S: PubMed abstract; army-portal.com]',
      'domain.md §2.16 [O: army.mil/article-amp/40198]',
      'domain.md §2.16 [O: info.nhanow.com/faqs]',
    ],
    checked: CHECKED,
    what: secondary(
      'Pharmacy training in the armed forces: the DoD Pharmacy Technician Training Program at METC, JBSA–Fort Sam Houston, trains all services (Army 68Q, Air Force 4P0X1).',
      'domain.md §2.16 [S: pharmacist.com; operationmilitarykids.org]',
    ),
    issuedBy: 'agency',
    eligibility: [
      secondary('Army 68Q Pharmacy Specialist: an ASVAB Skilled Technical score of 95.', 'domain.md §2.16 [S: army-portal.com]'),
    ],
    exam: secondary(
      'Our sources describe no exam; the course length differs by source (17, 19 or 23 weeks): check with the service.',
      'domain.md §2.16 [S: PubMed abstract; army-portal.com; operationmilitarykids.org]',
      'disagree',
    ),
    cost: unsourced('Not in our sources: check with the service.', 'domain.md §2.16: no cost given'),
    renewal: model('A completed program; nothing to renew.', 'domain.md §2.16 (a program, not a certification)'),
    howToTrain: [
      official('The Army course has been ASHP-accredited since August 1983.', 'domain.md §2.16 [O: army.mil/article-amp/40198]'),
      secondary('The DoD program is ASHP-accredited and earns 35 college credits.', 'domain.md §2.16 [S: pharmacist.com]'),
    ],
    opens: opens(
      official(
        'Accepted as training by NHA and by California and Washington (DD214), Minnesota, Nevada and Massachusetts.',
        'domain.md §2.16 [O: info.nhanow.com/faqs; WAC 246-945-205; mn.gov/boards/pharmacy; bop.nv.gov; S: pharmacy.santarosa.edu; ipharmd.com]',
      ),
      ['military', 'federal', 'hospital'],
    ),
  },
  {
    id: 'drivers-license',
    howToEarn:
      'Apply to the motor-vehicle agency of your state; jobs that deliver or drive between sites usually also ask for a clean driving record.',
    issuer: 'Your state motor-vehicle agency',
    sources: ['domain.md: no section covers driver’s licences (issuer as in keywords/credentials.ts; no figure given)'],
    checked: CHECKED,
    what: unsourced(
      'A driver’s licence, asked for by jobs that drive or deliver between sites.',
      'domain.md: not covered (plain meaning, from keywords/credentials.ts)',
    ),
    issuedBy: 'agency',
    eligibility: [unsourced('Set by your state motor-vehicle agency: check with it.', 'domain.md: not covered')],
    exam: unsourced('Set by your state motor-vehicle agency.', 'domain.md: not covered'),
    cost: unsourced('Set by your state motor-vehicle agency: check with it.', 'domain.md: not covered'),
    renewal: unsourced('Set by your state motor-vehicle agency.', 'domain.md: not covered'),
    howToTrain: [unsourced('A driving course or practice, as your state requires.', 'domain.md: not covered')],
    opens: opens(unsourced('Delivery and multi-site roles.', 'domain.md: not covered (from keywords/credentials.ts)'), ['long-term-care', 'home-infusion']),
  },
  {
    id: 'pharmacy-student',
    howToEarn:
      'Enrol in a Doctor of Pharmacy (PharmD) program at an accredited college of pharmacy; some state rules and hospital postings accept enrolled students instead of certification.',
    issuer: 'An accredited college of pharmacy',
    sources: [
      'domain.md §4.2 [O: 225 ILCS 85/9.5; BPC §4202]',
      'domain.md §7 [P: real postings] (enrolled pharmacy students exempt)',
    ],
    checked: CHECKED,
    what: official(
      'Enrolment in a college of pharmacy; Illinois accepts pharmacy students in place of its certified tier, and California has a pharmacy-school route.',
      'domain.md §4.2 [O: 225 ILCS 85/9.5; BPC §4202]',
    ),
    issuedBy: 'school',
    eligibility: [unsourced('Set by each college of pharmacy: not in our sources.', 'domain.md: admission rules not covered')],
    exam: unsourced('Set by each college; not in our sources.', 'domain.md: not covered'),
    cost: unsourced('Not in our sources: check with the college.', 'domain.md: not covered'),
    renewal: model('Student status lasts while you are enrolled.', 'domain.md §7 [P: real postings] (enrolled students exempt)'),
    howToTrain: [
      model(
        'A PharmD program; becoming a pharmacist also needs state licensure (unverified in our sources: check with the state board).',
        'domain.md §4.2 (marked unverified)',
        'unsourced',
      ),
    ],
    opens: opens(
      postings('Hospital postings that exempt enrolled pharmacy students from certification.', 'domain.md §7 [P: real postings]'),
      ['hospital'],
    ),
  },
];
