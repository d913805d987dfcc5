import { describe, expect, it } from 'vitest';
import type { CredentialId } from '../../keywords/types';
import { analyzePosting } from '../../src/analyze';
import type { CredentialRequirement, PostingAnalysis } from '../../src/analyze/types';
import type { Gap, Holding, ReaderProfile, VerdictResult } from '../../src/profile/types';
import {
  bestNextCredential,
  deadlineWords,
  idsSatisfying,
  judgePosting,
  PARTIAL_WORD_COUNT,
  summarizePage,
  type JudgedListing,
} from '../../src/profile/verdict';

/** A reader: credential holdings and an optional home state. */
function reader(credentials: Partial<Record<CredentialId, Holding>> = {}, homeState?: string): ReaderProfile {
  return homeState ? { version: 1, credentials, homeState } : { version: 1, credentials };
}

/** The real pipeline: a short posting through the analyzer. */
function posting(text: string, title = 'Pharmacy Technician'): PostingAnalysis {
  return analyzePosting({ title, text });
}

/** A hand-built analysis, for shapes the tests need exactly. */
function analysis(credentials: Omit<CredentialRequirement, 'evidence' | 'evidenceStart'>[], extra: Partial<PostingAnalysis> = {}): PostingAnalysis {
  return {
    isPharmacyTech: true,
    roleLevel: 'technician',
    role: { matched: 'pharmacy technician' },
    credentials: credentials.map((c) => ({ evidence: '', evidenceStart: 0, ...c })),
    settings: [],
    duties: [],
    wordCount: 300,
    ...extra,
  };
}

const ids = (gaps: Gap[]) => gaps.map((g) => g.id);

describe('the analyzer produces what the verdict tables assume', () => {
  // If the analyzer's reading of these postings changes, the verdict tables below lose their
  // meaning; say so here rather than as a puzzling verdict.
  it.each<[string, Partial<CredentialRequirement>]>([
    ['PTCB or NHA certification required.', { id: 'ptcb-cpht', level: 'required', alternatives: ['nha-excpt'] }],
    ['CPhT required.', { id: 'national-certification', level: 'required' }],
    ['Current Texas pharmacy technician registration required.', { id: 'state-license', level: 'required', state: 'TX' }],
    ['National certification required within 6 months of hire.', { id: 'national-certification', level: 'required', withinDays: 180 }],
    ['CPhT required, or eligible to sit for the exam.', { id: 'national-certification', level: 'required', acceptsInProgress: true }],
    ['Pharmacy technician license required. Trainee license accepted.', { id: 'state-license', level: 'required', traineeAccepted: true }],
    ['Certification required at GS-6 and above.', { id: 'national-certification', advancementOnly: true }],
  ])('%s', (text, expected) => {
    expect(posting(text).credentials[0]).toMatchObject(expected);
  });
});

describe('judgePosting: verdict tables on analysed postings', () => {
  const full = { partial: false };

  it.each<[string, string, ReaderProfile, VerdictResult['verdict'], CredentialId[], CredentialId[]]>([
    // [case, posting, reader, verdict, missing ids, trainable ids]
    // Alternatives: "PTCB or NHA" is met by either body.
    ['PTCB or NHA, holds PTCB', 'PTCB or NHA certification required.', reader({ 'ptcb-cpht': 'held' }), 'qualified', [], []],
    ['PTCB or NHA, holds NHA', 'PTCB or NHA certification required.', reader({ 'nha-excpt': 'held' }), 'qualified', [], []],
    ['PTCB or ExCPT, holds NHA', 'PTCB or ExCPT certification required.', reader({ 'nha-excpt': 'held' }), 'qualified', [], []],
    ['PTCB or NHA, holds neither', 'PTCB or NHA certification required.', reader(), 'missing', ['ptcb-cpht'], []],
    ['PTCB only, holds NHA', 'PTCB certification required.', reader({ 'nha-excpt': 'held' }), 'missing', ['ptcb-cpht'], []],
    // national-certification is satisfied by either body (keywords/credentials.ts satisfiedBy).
    ['CPhT, holds PTCB', 'CPhT required.', reader({ 'ptcb-cpht': 'held' }), 'qualified', [], []],
    ['CPhT, holds NHA', 'CPhT required.', reader({ 'nha-excpt': 'held' }), 'qualified', [], []],
    ['CPhT, holds the generic id', 'Must be a certified pharmacy technician (CPhT).', reader({ 'national-certification': 'held' }), 'qualified', [], []],
    ['CPhT, holds only BLS', 'CPhT required.', reader({ 'bls-cpr': 'held' }), 'missing', ['national-certification'], []],
    // State licence: the home state's licence counts, another state's does not.
    ['TX licence, TX holder', 'Current Texas pharmacy technician registration required.', reader({ 'state-license': 'held' }, 'TX'), 'qualified', [], []],
    ['TX licence, home state unset', 'Current Texas pharmacy technician registration required.', reader({ 'state-license': 'held' }), 'qualified', [], []],
    ['TX licence, OH holder', 'Current Texas pharmacy technician registration required.', reader({ 'state-license': 'held' }, 'OH'), 'missing', ['state-license'], []],
    ['unnamed state, OH holder', 'Pharmacy technician registration required.', reader({ 'state-license': 'held' }, 'OH'), 'qualified', [], []],
    ['TX licence, nothing held', 'Current Texas pharmacy technician registration required.', reader({}, 'TX'), 'missing', ['state-license'], []],
    // Deadlines: the posting lets one earn it after hire.
    ['within 6 months, nothing held', 'National certification required within 6 months of hire.', reader(), 'trainable', [], ['national-certification']],
    ['within 6 months, holds NHA', 'National certification required within 6 months of hire.', reader({ 'nha-excpt': 'held' }), 'qualified', [], []],
    ['within 180 days', 'PTCB certification required within 180 days of hire.', reader(), 'trainable', [], ['ptcb-cpht']],
    // A deadline without a cue word still asks for the credential after hire.
    ['deadline, no cue word', 'Ohio Board of Pharmacy technician registration required; PTCB certification within 12 months of hire.', reader({ 'state-license': 'held' }, 'OH'), 'trainable', [], ['ptcb-cpht']],
    ['deadline, no cue word, holds PTCB', 'Ohio Board of Pharmacy technician registration required; PTCB certification within 12 months of hire.', reader({ 'state-license': 'held', 'ptcb-cpht': 'held' }, 'OH'), 'qualified', [], []],
    // Eligible to sit.
    ['eligible to sit', 'CPhT required, or eligible to sit for the exam.', reader(), 'trainable', [], ['national-certification']],
    ['PTCB or eligible', 'Must be PTCB certified or eligible to sit for the PTCB exam.', reader(), 'trainable', [], ['ptcb-cpht']],
    // Trainee registration accepted.
    ['trainee accepted', 'Pharmacy technician license required. Trainee license accepted.', reader(), 'trainable', [], ['state-license']],
    // In progress.
    ['PTCB in progress', 'PTCB certification required.', reader({ 'ptcb-cpht': 'in-progress' }), 'trainable', [], ['ptcb-cpht']],
    ['CPhT, NHA in progress', 'CPhT required.', reader({ 'nha-excpt': 'in-progress' }), 'trainable', [], ['national-certification']],
    ['PTCB or NHA, NHA in progress', 'PTCB or NHA certification required.', reader({ 'nha-excpt': 'in-progress' }), 'trainable', [], ['ptcb-cpht']],
    ['in progress is not held for a missing BLS', 'PTCB certification required. BLS required.', reader({ 'ptcb-cpht': 'in-progress' }), 'missing', ['bls-cpr'], ['ptcb-cpht']],
    // Advancement-only never blocks.
    ['advancement only', 'Certification required at GS-6 and above.', reader(), 'qualified', [], []],
    ['advancement only beside a requirement', 'PTCB certification required. CSPT required to advance to IV Tech II.', reader({ 'ptcb-cpht': 'held' }), 'qualified', [], []],
    // Negated mentions are not requirements.
    ['not required', 'PTCB certification not required.', reader(), 'qualified', [], []],
  ])('%s', (_name, text, profile, verdict, missing, trainable) => {
    const result = judgePosting(posting(text), profile, full);
    expect(result.verdict).toBe(verdict);
    expect(ids(result.missing)).toEqual(missing);
    expect(ids(result.trainable)).toEqual(trainable);
  });

  it('lists the required credentials, and only those, in requires', () => {
    const result = judgePosting(
      posting('PTCB certification required. CSPT required to advance to IV Tech II. Chemotherapy experience preferred.', 'IV Pharmacy Technician'),
      reader(),
    );
    expect(result.requires).toEqual(['ptcb-cpht']);
    expect(result.missing).toEqual([{ id: 'ptcb-cpht', alternatives: [] }]);
  });

  it('keeps the alternatives on the gap', () => {
    const result = judgePosting(posting('PTCB or NHA certification required.'), reader());
    expect(result.missing).toEqual([{ id: 'ptcb-cpht', alternatives: ['nha-excpt'] }]);
  });

  it('says which state a licence is for when it is not the reader’s', () => {
    const held = judgePosting(posting('Current Texas pharmacy technician registration required.'), reader({ 'state-license': 'held' }, 'OH'));
    expect(held.missing).toEqual([{ id: 'state-license', alternatives: [], otherState: 'TX' }]);
    const none = judgePosting(posting('Washington State pharmacy technician license required.'), reader({}, 'oh'));
    expect(none.missing).toEqual([{ id: 'state-license', alternatives: [], otherState: 'WA' }]);
    const home = judgePosting(posting('Current Texas pharmacy technician registration required.'), reader({}, 'tx'));
    expect(home.missing).toEqual([{ id: 'state-license', alternatives: [] }]);
  });

  it('does not count a home-state licence in progress for another state', () => {
    const result = judgePosting(posting('Current Texas pharmacy technician registration required.'), reader({ 'state-license': 'in-progress' }, 'OH'));
    expect(result.verdict).toBe('missing');
    expect(result.missing[0]?.otherState).toBe('TX');
  });

  it('keeps a licence in another state trainable when the posting accepts a trainee', () => {
    const result = judgePosting(
      posting('National certification required within 6 months of hire. Texas pharmacy technician registration required; trainee registration accepted.'),
      reader({ 'ptcb-cpht': 'held', 'state-license': 'held' }, 'OH'),
    );
    expect(result.verdict).toBe('trainable');
    expect(result.trainable).toEqual([{ id: 'state-license', alternatives: [], otherState: 'TX', allowance: 'trainee registration accepted' }]);
  });

  it.each<[string, string, ReaderProfile, Gap]>([
    ['deadline', 'PTCB certification required within 180 days of hire.', reader(), { id: 'ptcb-cpht', alternatives: [], withinDays: 180, allowance: 'within 180 days of hire' }],
    ['eligible to sit', 'CPhT required, or eligible to sit for the exam.', reader(), { id: 'national-certification', alternatives: [], allowance: 'eligible to sit' }],
    ['trainee', 'Pharmacy technician license required. Trainee license accepted.', reader(), { id: 'state-license', alternatives: [], allowance: 'trainee registration accepted' }],
    ['in progress', 'PTCB certification required.', reader({ 'ptcb-cpht': 'in-progress' }), { id: 'ptcb-cpht', alternatives: [], allowance: 'in progress' }],
    [
      'the posting’s deadline before the reader’s progress',
      'PTCB certification required within 180 days of hire.',
      reader({ 'ptcb-cpht': 'in-progress' }),
      { id: 'ptcb-cpht', alternatives: [], withinDays: 180, allowance: 'within 180 days of hire' },
    ],
  ])('says why a gap does not block: %s', (_name, text, profile, gap) => {
    expect(judgePosting(posting(text), profile).trainable).toEqual([gap]);
  });

  it('reports preferred credentials the reader lacks as strengthening, not as gaps', () => {
    const text = 'Minimum qualifications: PTCB certification required. IV certification preferred. Chemotherapy experience a plus.';
    const lacking = judgePosting(posting(text), reader({ 'ptcb-cpht': 'held' }));
    expect(lacking.verdict).toBe('qualified');
    expect(lacking.strengthen).toEqual(['sterile-compounding', 'hazardous-drugs']);
    expect(lacking.requires).toEqual(['ptcb-cpht']);
    const holding = judgePosting(posting(text), reader({ 'ptcb-cpht': 'held', 'hazardous-drugs': 'held' }));
    expect(holding.strengthen).toEqual(['sterile-compounding']);
    // In progress is not held: it still strengthens.
    const working = judgePosting(posting(text), reader({ 'ptcb-cpht': 'held', 'sterile-compounding': 'in-progress', 'hazardous-drugs': 'held' }));
    expect(working.strengthen).toEqual(['sterile-compounding']);
  });

  it('honours satisfiedBy for preferred credentials and lists advancement-only ones as strengthening', () => {
    const prefersCpht = judgePosting(posting('CPhT preferred. BLS preferred.'), reader({ 'nha-excpt': 'held' }), full);
    expect(prefersCpht.strengthen).toEqual(['bls-cpr']);
    const advancement = judgePosting(posting('PTCB certification required. CSPT required to advance to IV Tech II.'), reader({ 'ptcb-cpht': 'held' }));
    expect(advancement.strengthen).toEqual(['cspt']);
  });

  it('judges a card that shows no requirement as unknown, and a full posting as qualified', () => {
    const card = posting('Join our friendly retail team in Austin. Flexible hours.');
    expect(judgePosting(card, reader(), { partial: true }).verdict).toBe('unknown');
    expect(judgePosting(card, reader(), { partial: false }).verdict).toBe('qualified');
    // Without the option, text this short counts as partial.
    expect(card.wordCount).toBeLessThan(PARTIAL_WORD_COUNT);
    expect(judgePosting(card, reader()).verdict).toBe('unknown');
    expect(judgePosting(analysis([], { wordCount: PARTIAL_WORD_COUNT }), reader()).verdict).toBe('qualified');
  });

  it('still judges a card that names a required credential', () => {
    const card = posting('CPhT required.');
    expect(judgePosting(card, reader(), { partial: true }).verdict).toBe('missing');
    expect(judgePosting(card, reader({ 'ptcb-cpht': 'held' }), { partial: true }).verdict).toBe('qualified');
    // A card with only a preferred or advancement-only credential says nothing about what is required.
    expect(judgePosting(posting('CPhT preferred.'), reader(), { partial: true }).verdict).toBe('unknown');
    expect(judgePosting(posting('Certification required at GS-6 and above.'), reader(), { partial: true }).verdict).toBe('unknown');
  });

  it('judges a listing that is not a pharmacy-technician role as unknown', () => {
    const sales = posting('PTCB certification required.', 'Sales Associate');
    expect(sales.isPharmacyTech).toBe(false);
    expect(judgePosting(sales, reader({ 'ptcb-cpht': 'held' }), full).verdict).toBe('unknown');
    expect(judgePosting(sales, reader(), full).verdict).toBe('unknown');
    const pharmacist = posting('Must hold an active pharmacist license. PTCB preferred.', 'Pharmacist');
    expect(judgePosting(pharmacist, reader(), full).verdict).toBe('unknown');
  });

  it('never blocks on an advancement-only requirement, whatever its level', () => {
    const result = judgePosting(
      analysis([
        { id: 'ptcb-cpht', level: 'required' },
        { id: 'cspt', level: 'required', advancementOnly: true },
      ]),
      reader({ 'ptcb-cpht': 'held' }),
    );
    expect(result).toEqual({ verdict: 'qualified', missing: [], trainable: [], strengthen: ['cspt'], requires: ['ptcb-cpht'] });
  });

  it('does not count negated or merely mentioned credentials as strengthening', () => {
    expect(judgePosting(posting('PTCB certification not required.'), reader(), full).strengthen).toEqual([]);
    const result = judgePosting(
      analysis([
        { id: 'bls-cpr', level: 'mentioned' },
        { id: 'ptcb-cpht', level: 'preferred', negated: true },
      ]),
      reader(),
    );
    expect(result).toEqual({ verdict: 'qualified', missing: [], trainable: [], strengthen: [], requires: [] });
  });

  it('gives missing precedence over trainable', () => {
    const result = judgePosting(
      analysis([
        { id: 'ptcb-cpht', level: 'required', withinDays: 90 },
        { id: 'bls-cpr', level: 'required' },
      ]),
      reader(),
    );
    expect(result.verdict).toBe('missing');
    expect(ids(result.missing)).toEqual(['bls-cpr']);
    expect(ids(result.trainable)).toEqual(['ptcb-cpht']);
  });

  it('holds through the satisfiedBy closure of an alternative', () => {
    // "PTCB or national certification": an NHA holder meets the alternative.
    const a = analysis([{ id: 'ptcb-cpht', level: 'required', alternatives: ['national-certification'] }]);
    expect(judgePosting(a, reader({ 'nha-excpt': 'held' })).verdict).toBe('qualified');
    expect(judgePosting(a, reader({ 'nha-excpt': 'in-progress' })).verdict).toBe('trainable');
  });

  it('accepts an exemption the analyzer turned into an alternative (enrolled pharmacy students)', () => {
    const a = posting('PTCB certification required. Pharmacy students are exempt.');
    expect(judgePosting(a, reader({ 'pharmacy-student': 'held' })).verdict).toBe('qualified');
    expect(judgePosting(a, reader()).verdict).toBe('missing');
  });

  it('reads the satisfiedBy data rather than a fixed list', () => {
    expect([...idsSatisfying('national-certification')].sort()).toEqual(['cpht-adv', 'cspt', 'national-certification', 'nha-excpt', 'ptcb-cpht']);
    expect([...idsSatisfying('ptcb-cpht')].sort()).toEqual(['cpht-adv', 'cspt', 'ptcb-cpht']);
    expect(idsSatisfying('nha-excpt')).toEqual(['nha-excpt']);
  });
});

describe('summarizePage and bestNextCredential', () => {
  const texasReader = reader({}, 'TX');
  const judge = (text: string, profile = texasReader, title = 'Pharmacy Technician'): JudgedListing => {
    const a = posting(text, title);
    return { analysis: a, verdict: judgePosting(a, profile, { partial: false }) };
  };

  /** A listing whose verdict is given directly (for exact tie set-ups). */
  const listing = (missing: Gap[], trainable: Gap[] = []): JudgedListing => ({
    analysis: analysis([]),
    verdict: {
      verdict: missing.length ? 'missing' : trainable.length ? 'trainable' : 'qualified',
      missing,
      trainable,
      strengthen: [],
      requires: [...missing, ...trainable].map((g) => g.id),
    },
  });
  const gap = (id: CredentialId, alternatives: CredentialId[] = [], more: Partial<Gap> = {}): Gap => ({ id, alternatives, ...more });

  it('counts verdicts over pharmacy-technician listings and picks the credential that unlocks most', () => {
    const page = [
      judge('CPhT required.'), // missing national-certification: ptcb, nha or the generic id closes it
      judge('PTCB or NHA certification required.'), // missing ptcb-cpht | nha-excpt
      judge('PTCB certification required.'), // missing ptcb-cpht
      judge('PTCB certification required. BLS required.'), // two gaps: no single credential closes both
      judge('Washington State pharmacy technician license required.'), // another state: nothing here closes it
      judge('PTCB certification required within 90 days of hire.'), // trainable
      judge('Pharmacy technician registration required.', reader({ 'state-license': 'held' }, 'TX')), // qualified
      judge('Join our friendly retail team in Austin.', texasReader), // qualified (full posting, nothing required)
      judge('PTCB certification required.', texasReader, 'Sales Associate'), // not a pharmacy-tech listing
    ];
    const summary = summarizePage(page);
    expect(summary.listings).toBe(8);
    expect(summary.counts).toEqual({ qualified: 2, trainable: 1, missing: 5, unknown: 0 });
    expect(summary.bestNext).toEqual({ id: 'ptcb-cpht', unlocks: 3 });
    expect(bestNextCredential(page)).toEqual(summary.bestNext);
  });

  it('counts unknown listings and offers nothing when nothing is missing', () => {
    const page = [
      { analysis: posting('Great team, apply today.'), verdict: judgePosting(posting('Great team, apply today.'), texasReader, { partial: true }) },
      judge('PTCB certification required within 90 days of hire.'),
    ];
    expect(summarizePage(page)).toEqual({ listings: 2, counts: { qualified: 0, trainable: 1, missing: 0, unknown: 1 }, bestNext: null });
  });

  it('returns null when no single credential closes a listing', () => {
    expect(bestNextCredential([judge('PTCB certification required. BLS required.')])).toBeNull();
    expect(bestNextCredential([])).toBeNull();
    // A gap for another state's licence is not closed by a licence at home.
    expect(bestNextCredential([listing([gap('state-license', [], { otherState: 'WA' })])])).toBeNull();
  });

  it('lets a licence close a gap in the reader’s own state', () => {
    expect(bestNextCredential([judge('Current Texas pharmacy technician registration required.')])).toEqual({ id: 'state-license', unlocks: 1 });
  });

  it('ignores listings that are not pharmacy-technician roles', () => {
    const sales = judge('PTCB certification required. BLS required.', texasReader, 'Sales Associate');
    const notTech: JudgedListing = { analysis: { ...sales.analysis, isPharmacyTech: false }, verdict: listing([gap('bls-cpr')]).verdict };
    expect(bestNextCredential([notTech, listing([gap('immunization')])])).toEqual({ id: 'immunization', unlocks: 1 });
  });

  it.each<[string, JudgedListing[], { id: CredentialId; unlocks: number } | null]>([
    [
      'equal unlocks: the one that also upgrades trainable listings wins',
      [listing([gap('bls-cpr')]), listing([gap('immunization')]), listing([], [gap('immunization', [], { withinDays: 90 })])],
      { id: 'immunization', unlocks: 1 },
    ],
    ['equal unlocks and upgrades: the smaller id wins', [listing([gap('immunization')]), listing([gap('bls-cpr')])], { id: 'bls-cpr', unlocks: 1 }],
    [
      'generic CPhT everywhere: the generic id and both bodies tie, the generic id is first',
      [listing([gap('national-certification')]), listing([gap('national-certification')])],
      { id: 'national-certification', unlocks: 2 },
    ],
    [
      'a trainable PTCB listing breaks the tie towards PTCB',
      [listing([gap('national-certification')]), listing([gap('national-certification')]), listing([], [gap('ptcb-cpht', [], { allowance: 'in progress' })])],
      { id: 'ptcb-cpht', unlocks: 2 },
    ],
    [
      'alternatives: NHA closes "PTCB or NHA" and generic CPhT, beats PTCB-only',
      [listing([gap('ptcb-cpht', ['nha-excpt'])]), listing([gap('national-certification')]), listing([gap('nha-excpt')])],
      { id: 'nha-excpt', unlocks: 3 },
    ],
    [
      'more unlocks beat a better tiebreak',
      [listing([gap('bls-cpr')]), listing([gap('bls-cpr')]), listing([gap('ptcb-cpht')]), listing([], [gap('ptcb-cpht')]), listing([], [gap('ptcb-cpht')])],
      { id: 'bls-cpr', unlocks: 2 },
    ],
    [
      'a listing counts only when one credential closes all its missing gaps',
      [listing([gap('ptcb-cpht'), gap('bls-cpr')]), listing([gap('bls-cpr')]), listing([gap('ptcb-cpht')]), listing([gap('ptcb-cpht')])],
      { id: 'ptcb-cpht', unlocks: 2 },
    ],
    [
      'a listing with missing and trainable gaps needs only its missing gaps closed',
      [listing([gap('bls-cpr')], [gap('ptcb-cpht', [], { withinDays: 90 })]), listing([gap('immunization')])],
      { id: 'bls-cpr', unlocks: 1 },
    ],
  ])('%s', (_name, page, expected) => {
    expect(bestNextCredential(page)).toEqual(expected);
  });
});

describe('deadlineWords', () => {
  it.each([
    [1, 'by your first day'],
    [30, 'within 30 days'],
    [90, 'within 90 days'],
    [180, 'within 180 days'],
    [360, 'within 12 months'],
    [365, 'within 1 year'],
    [540, 'within 18 months'],
    [730, 'within 2 years'],
  ])('%i days reads "%s"', (days, words) => {
    expect(deadlineWords(days)).toBe(words);
  });
});
