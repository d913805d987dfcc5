import type { CredentialId } from './types';

/**
 * "Which training would qualify you": one entry per credential id, shown in the badge's
 * explanation card (#3), the popup's best next credential (#4) and the career pages (#5).
 *
 * Every figure comes from ../shared/reference/domain.md and cites the source given there
 * ([O] official, [S] secondary, [P] postings). Where sources disagree or none is official, the
 * text says "check with the issuing body" instead of a number. Links go to the issuing body's own
 * site only; credentials without one issuing body have no link.
 */
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
}

const CHECKED = '2026-11-27' as const;

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
  },
  {
    id: 'nuclear-pharmacy',
    howToEarn:
      'Get hired by a nuclear pharmacy and train there; after 90 days of work, with an Authorized Nuclear Pharmacist as preceptor, a technician program such as Nuclear Education Online’s adds supervised training and a calculations module.',
    issuer: 'Your employer, with a nuclear pharmacy technician program',
    typicalTime: 'At least 10 weeks of supervised training, after at least 90 days in a nuclear pharmacy.',
    sources: ['domain.md §2.11 [S: nuclearonline.org]', 'domain.md §2.11 [S: nuclearpharmacy.uams.edu]'],
    checked: CHECKED,
  },
  {
    id: 'state-license',
    howToEarn:
      'Apply to the board of pharmacy of the state where you will work; most states require a registration or licence before you start, some offer a trainee registration first, and some also require national certification. The rules differ by state and change often, so check with the state board.',
    issuer: 'The state board of pharmacy',
    sources: ['domain.md §2.6 [P: real postings]', 'domain.md §5 (state table and its sources)'],
    checked: CHECKED,
  },
  {
    id: 'bls-cpr',
    howToEarn:
      'Take a Basic Life Support or CPR course and keep the card current; technicians who give vaccines need one.',
    issuer: 'American Heart Association, American Red Cross or similar',
    sources: ['domain.md §2.13 [O: HHS ASPR FAQ; S: mlo-online.com]'],
    checked: CHECKED,
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
  },
  {
    id: 'drivers-license',
    howToEarn:
      'Apply to the motor-vehicle agency of your state; jobs that deliver or drive between sites usually also ask for a clean driving record.',
    issuer: 'Your state motor-vehicle agency',
    sources: ['domain.md: no section covers driver’s licences (issuer as in keywords/credentials.ts; no figure given)'],
    checked: CHECKED,
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
  },
];
