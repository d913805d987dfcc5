import { describe, expect, it } from 'vitest';
import { analyzePosting, type CredentialRequirement } from '../../src/analyze';

/** The analyzer's rules, one small posting each (the fixtures test them in full postings). */
function credentials(text: string, title = 'Pharmacy Technician') {
  const a = analyzePosting({ title, text });
  const by = (id: string): CredentialRequirement | undefined => a.credentials.find((c) => c.id === id || c.alternatives?.includes(id as never));
  return { a, by };
}

describe('requirement level from cues', () => {
  it.each([
    ['CPhT required.', 'national-certification', 'required'],
    ['Must have PTCB certification.', 'ptcb-cpht', 'required'],
    ['PTCB certification preferred.', 'ptcb-cpht', 'preferred'],
    ['PTCB certification is a plus.', 'ptcb-cpht', 'preferred'],
    ['PTCB certification preferred but not required.', 'ptcb-cpht', 'preferred'],
    ['PTCB certification not required.', 'ptcb-cpht', 'mentioned'],
    ['No certification required.', 'national-certification', 'mentioned'],
    ['We will pay for your PTCB exam.', 'ptcb-cpht', 'mentioned'],
    ['Certification: none required', 'national-certification', 'mentioned'],
    ['Required: CPhT, BLS', 'bls-cpr', 'required'],
    ['Preferred: CPhT, BLS', 'bls-cpr', 'preferred'],
  ])('%s -> %s %s', (text, id, level) => {
    expect(credentials(text).by(id)?.level).toBe(level);
  });

  it('gives each credential of a sentence its own cue', () => {
    const { by } = credentials('Must be PTCB certified, IV certification a plus.');
    expect(by('ptcb-cpht')?.level).toBe('required');
    expect(by('sterile-compounding')?.level).toBe('preferred');
  });

  it('lets a postfix cue reach back over a list of credentials', () => {
    const { by } = credentials('CPhT, BLS and state license required; chemo experience preferred.');
    expect(by('national-certification')?.level).toBe('required');
    expect(by('bls-cpr')?.level).toBe('required');
    expect(by('state-license')?.level).toBe('required');
    expect(by('hazardous-drugs')?.level).toBe('preferred');
  });

  it('keeps a cue in parentheses inside them, unless they hold no credential', () => {
    expect(credentials('PTCB certification required (we reimburse the exam).').by('ptcb-cpht')?.level).toBe('required');
    expect(credentials('- BLS Certification (Preferred)').by('bls-cpr')?.level).toBe('preferred');
  });
});

describe('section headings', () => {
  const text = [
    'Responsibilities',
    '• Prepares IV admixtures using aseptic technique',
    '• Assists with immunizations',
    'Required Qualifications:',
    '• PTCB certification',
    '• Ohio pharmacy technician registration',
    'Preferred Qualifications:',
    '• Chemotherapy compounding experience',
    'Benefits',
    '• We pay for your CSPT exam',
  ].join('\n');
  const { a, by } = credentials(text);

  it('sets the level of the bullets below them', () => {
    expect(by('ptcb-cpht')?.level).toBe('required');
    expect(by('state-license')?.level).toBe('required');
    expect(by('state-license')?.state).toBe('OH');
    expect(by('hazardous-drugs')?.level).toBe('preferred');
    expect(by('cspt')?.level).toBe('mentioned');
  });

  it('counts duties as work, not credentials', () => {
    expect(by('sterile-compounding')).toBeUndefined();
    expect(by('immunization')).toBeUndefined();
    expect(a.duties.map((d) => d.id).sort()).toEqual(['immunization', 'sterile-compounding']);
  });

  it('keeps the evidence sentence exactly as written', () => {
    const r = by('hazardous-drugs')!;
    expect(r.evidence).toBe('Chemotherapy compounding experience');
    expect(text.slice(r.evidenceStart, r.evidenceStart + r.evidence.length)).toBe(r.evidence);
  });
});

describe('deadlines, alternatives and conditions', () => {
  it.each([
    ['Must obtain CPhT within 180 days of hire.', 180],
    ['PTCB certification required within ninety (90) days of employment.', 90],
    ['Certification required within six months.', 180],
    ['Must become certified by the end of your first year.', 365],
    ['National certification required within 2 years of hire.', 730],
  ])('%s -> within %i days', (text, days) => {
    const r = credentials(text).a.credentials.find((c) => c.level === 'required');
    expect(r?.withinDays).toBe(days);
  });

  it('does not read a look-back as a deadline', () => {
    const r = credentials('IV experience within the last 3 years required.').by('sterile-compounding');
    expect(r?.level).toBe('required');
    expect(r?.withinDays).toBeUndefined();
  });

  it('carries a deadline stated in a later sentence back to the credential', () => {
    const r = credentials('PTCB certification required. Certification must be obtained within 90 days of hire.').by('ptcb-cpht');
    expect(r).toMatchObject({ level: 'required', withinDays: 90 });
  });

  it('makes "PTCB or NHA" one requirement', () => {
    const { a } = credentials('PTCB or NHA certification required.');
    const req = a.credentials.filter((c) => c.level === 'required');
    expect(req).toHaveLength(1);
    expect([req[0]!.id, ...(req[0]!.alternatives ?? [])].sort()).toEqual(['nha-excpt', 'ptcb-cpht']);
  });

  it('accepts candidates eligible to sit for the exam', () => {
    expect(credentials('CPhT or eligible to sit for the PTCE required.').by('national-certification')?.acceptsInProgress).toBe(true);
  });

  it('notes a trainee registration, and a refusal of one', () => {
    expect(credentials('Texas pharmacy technician registration required; trainee registration accepted.').by('state-license')?.traineeAccepted).toBe(true);
    expect(credentials('Texas pharmacy technician registration required (trainee registrations are not accepted).').by('state-license')?.traineeAccepted).toBeUndefined();
  });

  it('turns an exemption for pharmacy students into an alternative', () => {
    const r = credentials('CPhT required. Pharmacy students enrolled in a PharmD program are exempt.').by('national-certification');
    expect(r?.level).toBe('required');
    expect(r?.alternatives).toContain('pharmacy-student');
  });

  it('does not make a credential needed only for promotion a hiring requirement', () => {
    const r = credentials('Certification by PTCB or NHA is required at GS-6 and above.').by('ptcb-cpht');
    expect(r).toMatchObject({ level: 'preferred', advancementOnly: true });
  });

  it('reads a state-titled certification as the state credential', () => {
    const { by } = credentials('Washington State pharmacy technician certification required. National certification alone does not authorize you to work.');
    expect(by('state-license')?.level).toBe('required');
    expect(by('national-certification')?.level).toBe('mentioned');
  });
});

describe('roles', () => {
  it.each([
    ['Pharmacy Technician II - IV Room', true, 'technician'],
    ['Lead Pharmacy Technician', true, 'senior'],
    ['Pharmacy Technician Trainee', true, 'trainee'],
    ['Pharmacy Buyer', true, 'specialist'],
    ['Pharmacy Technician Supervisor', true, 'supervisor'],
    ['Technician II - Pharmacy', true, 'technician'],
    ['Staff Pharmacist', false, 'technician'],
    ['Veterinary Technician', false, 'technician'],
    ['Sterile Processing Technician', false, 'technician'],
    ['Nuclear Medicine Technologist', false, 'technician'],
    ['Pharmacy Cashier', false, 'technician'],
  ])('%s -> pharmacy tech %s (%s)', (title, isTech, level) => {
    const a = analyzePosting({ title, text: 'Works with pharmacy technicians and pharmacists.' });
    expect(a.isPharmacyTech).toBe(isTech);
    expect(a.roleLevel).toBe(level);
  });
});

describe('pay', () => {
  it.each([
    ['Pay: $18.50 - $24.00 per hour', { min: 18.5, max: 24, unit: 'hour' }],
    ['$19/hr plus a $2/hr night differential', { min: 19, max: 19, unit: 'hour' }],
    ['Salary: $41,600 - $58,240 per year. $1,000 sign-on bonus.', { min: 41600, max: 58240, unit: 'year' }],
    ['$48K-$60K/yr', { min: 48000, max: 60000, unit: 'year' }],
    ['Pay: 19.00 per hour', { min: 19, max: 19, unit: 'hour' }],
    ['Up to $25/hr DOE', { min: 25, max: 25, unit: 'hour' }],
    ['$20.75/hr to $28.90/hr', { min: 20.75, max: 28.9, unit: 'hour' }],
  ])('%s', (text, pay) => {
    expect(analyzePosting({ title: 'Pharmacy Technician', text }).pay).toMatchObject(pay);
  });

  it('reads federal grades with or without dollars', () => {
    const a = analyzePosting({ title: 'Pharmacy Technician', text: 'Pay scale & grade: GS 05 - 06\nSalary: $39,576 to $51,448 per year' });
    expect(a.pay).toMatchObject({ min: 39576, max: 51448, unit: 'year', grades: { schedule: 'GS', min: 5, max: 6 } });
    expect(analyzePosting({ title: 'Pharmacy Technician', text: 'GS-0661-04/05' }).grades).toEqual({ schedule: 'GS', min: 4, max: 5 });
  });

  it('ignores bonuses and tuition', () => {
    expect(analyzePosting({ title: 'Pharmacy Technician', text: '$1,500 sign-on bonus. Tuition reimbursement up to $5,250 per year.' }).pay).toBeUndefined();
  });
});

describe('normalisation', () => {
  it('reads ligatures, full-width letters, no-break spaces, zero-width spaces and dashes', () => {
    const text = 'Requirements:\n• ＰＴＣＢ cer\u200btiﬁcation\u00a0required\n• CPhT–Adv preferred';
    const { by } = credentials(text);
    expect(by('ptcb-cpht')?.level).toBe('required');
    expect(by('cpht-adv')?.level).toBe('preferred');
  });
});

describe('wording that needs a careful reading', () => {
  it('joins a sentence broken across lines by copy and paste', () => {
    const r = credentials('Qualifications\n● National certification is required by your\none-year anniversary in the role.').by('national-certification');
    expect(r).toMatchObject({ level: 'required', withinDays: 365 });
  });

  it('lets "not required for this position" outweigh a requirement said of another shift', () => {
    const { by } = credentials('Night-shift technicians must hold the CSPT. The CSPT is NOT required for this day-shift position.');
    expect(by('cspt')?.level).toBe('mentioned');
  });

  it('reads "preferred at hire, required within 1 year" as required by the deadline', () => {
    expect(credentials('CPhT: preferred at hire, required within 1 year.').by('national-certification')).toMatchObject({ level: 'required', withinDays: 365 });
  });

  it('takes the weaker level when one clause says required for another role and preferred for this one', () => {
    expect(credentials('PTCB certification is required for Technician II and preferred for Technician I.').by('ptcb-cpht')?.level).toBe('preferred');
  });

  it('resolves "it" to the credential named just before', () => {
    const { by } = credentials('Active New Hampshire pharmacy technician registration.\nCPhT required, or must obtain it within 180 days of hire.');
    expect(by('national-certification')).toMatchObject({ level: 'required', withinDays: 180 });
    expect(by('state-license')?.withinDays).toBeUndefined();
  });

  it('keeps a credential the employer provides at orientation from being a hiring requirement', () => {
    expect(credentials('CPR certification is required of all associates and is completed during paid orientation, at no cost to you.').by('bls-cpr')?.level).toBe('mentioned');
    expect(credentials('CPR certification must be obtained within 30 days of hire; classes are offered on-site.').by('bls-cpr')).toMatchObject({ level: 'required', withinDays: 30 });
  });
});

describe('rules from the held-out sets (tests/fixtures/heldout, hv- postings)', () => {
  it('a pronoun is read where it is last in its clause: "without it … must obtain it within 6 months"', () => {
    const req = credentials('Requirements\n- PTCB preferred; candidates without it must obtain it within 6 months of hire.').by('ptcb-cpht');
    expect(req).toMatchObject({ level: 'required', withinDays: 180 });
  });

  it('a national certification ruled out for the job rules out "PTCB or ExCPT" named as one route', () => {
    const { by } = credentials(
      'Requirements\n- Massachusetts pharmacy technician registration.\n- You may register through the certified route (PTCB or ExCPT) or the non-certified route. National certification is not required for this job.',
    );
    expect(by('ptcb-cpht')).toMatchObject({ level: 'mentioned', negated: true });
    expect(by('state-license')?.level).toBe('required');
  });

  it('an exemption said where the credential is named only to be waived still opens the alternative', () => {
    const req = credentials(
      'Requirements\n- PTCB certification at the time of hire. Students enrolled in a Doctor of Pharmacy program may apply without PTCB certification, since Illinois exempts enrolled pharmacy students from the certification requirement.',
    ).by('ptcb-cpht');
    expect(req?.level).toBe('required');
    expect(req?.alternatives).toContain('pharmacy-student');
  });

  it('"required, unless you are a student pharmacist" opens the student alternative', () => {
    const req = credentials('Requirements\n- Certified Pharmacy Technician (CPhT): required, unless you are a student pharmacist in good standing.').by('national-certification');
    expect(req?.level).toBe('required');
    expect(req?.alternatives).toContain('pharmacy-student');
  });

  it('a line opening with "Required" after a blank line is a heading, however it goes on', () => {
    const { by } = credentials('Preferred Qualifications\n- IV experience\n\nRequired at hire for all pharmacy staff\n- Current BLS certification');
    expect(by('bls-cpr')?.level).toBe('required');
  });

  it('"required for Level II" reaches every credential that took that "required"', () => {
    const { by } = credentials('Requirements\n- PTCB certification\n\nCareer ladder\n- Technician II (IV room): CSPT certification is required for Level II.');
    expect(by('cspt')?.advancementOnly).toBe(true);
    expect(by('sterile-compounding')?.advancementOnly).toBe(true);
    expect(by('ptcb-cpht')?.level).toBe('required');
  });

  it.each([
    ['Lakeshore Health serves the region through four hospitals and seven retail pharmacies. You will work in the central inpatient pharmacy.', ['hospital'], 'retail'],
    ['You will work in the inpatient pharmacy.\n\nBenefits\n- Employee discount at our retail pharmacies', ['hospital'], 'retail'],
    ['You will work in the inpatient pharmacy; our retail pharmacy openings are posted separately.', ['hospital'], 'retail'],
    ['We run a paid training program for new technicians in our neighborhood stores.', ['retail'], undefined],
    ['The educator trains technicians in our three hospitals.', ['hospital'], undefined],
    ['Our system includes hospitals, primary care clinics, a home infusion pharmacy and retail pharmacies. You will work in the inpatient pharmacy.', ['hospital'], 'home-infusion'],
    ['You will work in the inpatient pharmacy. This position does not include shifts at the cancer institute or the retail pharmacies.', ['hospital'], 'retail'],
  ])('settings: %s', (text, want, notWant) => {
    const ids = credentials(text).a.settings.map((s) => s.id);
    for (const id of want) expect(ids).toContain(id);
    if (notWant) expect(ids).not.toContain(notWant);
  });
});
