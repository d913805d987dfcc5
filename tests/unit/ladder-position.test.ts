import { describe, expect, it } from 'vitest';
import { LADDER } from '../../keywords/ladder';
import { analyzePosting } from '../../src/analyze';
import type { RungId } from '../../src/career/rung-ids';
import { ladderPosition, rungForPosting } from '../../src/profile/ladder';
import type { Holding, ReaderProfile } from '../../src/profile/types';
import type { CredentialId } from '../../keywords/types';
import { loadPostingFixtures } from '../support/fixtures';

function profile(credentials: Partial<Record<CredentialId, Holding>>, extra: Partial<ReaderProfile> = {}): ReaderProfile {
  return { version: 2, credentials, ...extra };
}

const ALL_HELD = profile(Object.fromEntries(LADDER.flatMap((r) => r.placeWhen ?? []).map((id) => [id, 'held'])), { yearsExperience: 8 });

describe('ladderPosition', () => {
  it.each<[string, ReaderProfile, RungId[]]>([
    ['empty profile: nowhere yet', profile({}), []],
    ['a state registration only: entry', profile({ 'state-license': 'held' }), ['trainee']],
    ['retail CPhT (PTCB + state licence): certified, not also entry', profile({ 'ptcb-cpht': 'held', 'state-license': 'held' }), ['certified']],
    ['NHA ExCPT counts as national certification', profile({ 'nha-excpt': 'held' }), ['certified']],
    ['CSPT holder: the sterile rung only (CSPT implies the CPhT)', profile({ cspt: 'held' }), ['sterile-iv']],
    ['CSPT and chemo training: the chemo rung, above sterile', profile({ cspt: 'held', 'hazardous-drugs': 'held' }), ['hazardous-chemo']],
    ['in progress does not place', profile({ 'ptcb-cpht': 'in-progress' }), []],
    ['pharmacy student beside a certified technician', profile({ 'ptcb-cpht': 'held', 'pharmacy-student': 'held' }), ['certified', 'pharmacy-school']],
  ])('%s', (_name, p, current) => {
    expect(ladderPosition(p).current).toEqual(current);
  });

  it('full profile: the top rungs, every placing rung reached, next rungs only above them', () => {
    const pos = ladderPosition(ALL_HELD);
    expect(pos.current).toEqual(['nuclear', 'cpht-adv', 'pharmacy-school']);
    expect(pos.reached).toEqual(expect.arrayContaining(['trainee', 'certified', 'sterile-iv', 'hazardous-chemo', 'nonsterile', 'medication-history', 'billing']));
    const next = pos.next.map((n) => n.id);
    expect(next).toEqual(expect.arrayContaining(['lead', 'supervisor', 'educator', 'pharmacist']));
    for (const id of next) expect(pos.reached).not.toContain(id);
    // Everything such jobs ask for is held: nothing lacking, nothing short.
    for (const n of pos.next) {
      if (n.id === 'pharmacist') continue;
      expect(n.lacks, n.id).toEqual([]);
      expect(n.yearsShort, n.id).toBeUndefined();
    }
  });

  it('empty profile: the start rungs are next, with what they ask for', () => {
    const pos = ladderPosition(profile({}));
    expect(pos.reached).toEqual([]);
    expect(pos.next.map((n) => n.id)).toEqual(['trainee', 'certified']);
    expect(pos.next[1]).toEqual({ id: 'certified', lacks: ['national-certification', 'state-license'], onTheWay: [], interest: false });
  });

  it('retail CPhT: settings and specialisations next; interests first; lacks only what is not held', () => {
    const pos = ladderPosition(profile({ 'ptcb-cpht': 'held' }, { interests: ['nuclear'], yearsExperience: 1 }));
    expect(pos.current).toEqual(['certified']);
    expect(pos.next[0]).toMatchObject({ id: 'nuclear', interest: true, lacks: ['nuclear-pharmacy'] });
    const hospital = pos.next.find((n) => n.id === 'hospital');
    expect(hospital).toEqual({ id: 'hospital', lacks: ['state-license'], onTheWay: [], interest: false });
    const lead = pos.next.find((n) => n.id === 'lead');
    expect(lead?.yearsShort).toBe(2);
    expect(lead?.lacks).toEqual([]);
  });

  it('in progress counts as on the way, and brings its rung into view', () => {
    const pos = ladderPosition(profile({ 'ptcb-cpht': 'held', 'state-license': 'held', cspt: 'in-progress' }));
    expect(pos.current).toEqual(['certified']);
    const sterile = pos.next.find((n) => n.id === 'sterile-iv');
    expect(sterile).toBeDefined();
    // The sterile rung asks for national certification (held) and sterile compounding (not held;
    // CSPT in progress does not stand for it).
    expect(sterile!.lacks).toEqual(['sterile-compounding']);
    expect(sterile!.onTheWay).toEqual(['cspt']);

    const onTheWay = ladderPosition(profile({ 'ptcb-cpht': 'in-progress' }));
    expect(onTheWay.next.find((n) => n.id === 'certified')).toMatchObject({ onTheWay: ['national-certification'], lacks: ['state-license'] });
  });

  it('never lists a reached rung as next, and every next rung exists', () => {
    for (const p of [profile({}), ALL_HELD, profile({ cspt: 'held', 'medication-history': 'in-progress' })]) {
      const pos = ladderPosition(p);
      const ids = new Set(LADDER.map((r) => r.id));
      for (const n of pos.next) {
        expect(ids.has(n.id)).toBe(true);
        expect(pos.reached).not.toContain(n.id);
      }
    }
  });
});

describe('rungForPosting', () => {
  const fixtures = new Map(loadPostingFixtures().map((f) => [f.name, f]));
  const rungOf = (name: string) => {
    const f = fixtures.get(name);
    if (!f) throw new Error(`no fixture ${name}`);
    return rungForPosting(analyzePosting({ title: f.title, text: f.text }), f.title);
  };

  it.each<[string, RungId | undefined]>([
    ['hospital-central-pharmacy-tech', 'hospital'],
    ['hw-retail-chain-ptcb-exc-180', 'certified'],
    ['ltc-allcaps-tech', 'long-term-care'],
    ['clinic-outpatient-tech', 'ambulatory'],
    ['mailorder-central-fill-tech', 'mail-order'],
    ['hz-linkedin-specialty-nc', 'specialty'],
    ['federal-va-gs05-06', 'federal'],
    ['hospital-iv-room-tech2', 'sterile-iv'],
    ['hz-workday-home-infusion-il', 'sterile-iv'],
    ['compounding-nonsterile-795', 'nonsterile'],
    ['oncology-infusion-center-chemo-tech', 'hazardous-chemo'],
    ['nuclear-will-train', 'nuclear'],
    ['hospital-med-history-tech-ed', 'medication-history'],
    ['hz-lever-pbm-prior-auth-remote', 'billing'],
    ['hw-remote-billing-specialty', 'billing'],
    ['hospital-pharmacy-buyer', 'buyer'],
    ['hy-informatics-epic-cert-provided', 'informatics'],
    ['hz-linkedin-educator-retail-ga', 'educator'],
    ['lead-retail-senior-tech', 'lead'],
    ['federal-va-lead-gs07', 'lead'],
    ['hospital-pharmacy-technician-supervisor', 'supervisor'],
    ['hw-trainee-texas-two-years', 'trainee'],
    ['nearmiss-staff-pharmacist-retail', undefined],
    ['nearmiss-nuclear-medicine-technologist', undefined],
  ])('%s -> %s', (name, rung) => {
    expect(rungOf(name)).toBe(rung);
  });

  it('reads a posting’s credentials and setting when the title says nothing', () => {
    const r = (text: string) => rungForPosting(analyzePosting({ title: 'Pharmacy Technician', text }));
    expect(r('Inpatient hospital pharmacy. PTCB certification required. CSPT required.')).toBe('sterile-iv');
    expect(r('Nuclear pharmacy. Prepares radiopharmaceuticals. PTCB certification required.')).toBe('nuclear');
    expect(r('Retail pharmacy. PTCB certification required.')).toBe('certified');
    expect(r('Department of Veterans Affairs medical center, inpatient pharmacy. PTCB certification required.')).toBe('federal');
  });

  it('gives every pharmacy-technician fixture a rung, and none to the near misses', () => {
    let tech = 0;
    for (const f of fixtures.values()) {
      const a = analyzePosting({ title: f.title, text: f.text });
      const rung = rungForPosting(a, f.title);
      if (a.isPharmacyTech) {
        tech++;
        expect(LADDER.some((r) => r.id === rung), f.name).toBe(true);
      } else expect(rung, f.name).toBeUndefined();
    }
    expect(tech).toBeGreaterThan(100);
  });
});
