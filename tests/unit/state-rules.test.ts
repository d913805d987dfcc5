import { describe, expect, it } from 'vitest';
import { STATE_BOARD_DOMAINS, STATE_RULES } from '../../keywords/state-rules';
import { STATES } from '../../keywords/states';
import { stateRuleFor, stateRuleSummary } from '../../src/profile/state-rules';

/** The 50 states, DC and Puerto Rico (USPS codes), written out so the data cannot define its own list. */
const JURISDICTIONS = `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM
  NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY`.split(/\s+/);

/** States domain.md §8 lists as unknown: no credential or certification rule may be claimed. */
const UNKNOWN_IN_DOMAIN = ['ME', 'MT', 'NE', 'NH', 'RI', 'SD', 'VT', 'WV', 'PR'];

describe('state rules data', () => {
  it('has exactly one entry per state, DC and PR, and no extras', () => {
    expect(JURISDICTIONS).toHaveLength(52);
    const codes = STATE_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...JURISDICTIONS].sort());
    // The same set the options page offers as home states.
    expect([...codes].sort()).toEqual(STATES.map((s) => s.code).sort());
  });

  it.each(STATE_RULES.map((r) => [r.code, r] as const))('%s has a source or is explicitly unknown', (_code, r) => {
    expect(r.checked).toBe('2026-11-27');
    if (r.sources.length === 0) {
      expect(r.confidence).toBe('unknown');
      expect(r.credential).toBe('unknown');
      expect(r.nationalCert).toBe('unknown');
      expect(r.trainee).toBe('unknown');
    } else {
      expect(r.confidence).not.toBe('unknown');
      for (const s of r.sources) expect(s.cite.trim().length).toBeGreaterThan(3);
    }
    // An official confidence needs an official source.
    if (r.confidence === 'official') expect(r.sources.some((s) => s.grade === 'O')).toBe(true);
    for (const text of [r.credentialText, r.nationalCertText, r.traineeText, r.notes]) {
      if (text !== undefined) expect(text).toMatch(/^[A-Z0-9“].{5,}[.]$/);
    }
    if (r.nationalCert === 'within') expect(r.withinMonths).toBeGreaterThan(0);
    else expect(r.withinMonths).toBeUndefined();
    if (r.trainee === 'yes') expect(r.traineeText).toBeDefined();
  });

  it('never guesses a state that domain.md leaves unknown', () => {
    for (const code of UNKNOWN_IN_DOMAIN) {
      const r = stateRuleFor(code)!;
      expect(r.credential, code).toBe('unknown');
      expect(r.nationalCert, code).toBe('unknown');
      expect(['unknown', 'reported']).toContain(r.confidence);
    }
    expect(stateRuleFor('PR')!.sources).toEqual([]);
  });

  it('keeps domain.md’s caveats: reported, older and secondary rows are not marked official', () => {
    const conf = (c: string) => stateRuleFor(c)!.confidence;
    for (const c of ['CO', 'ID', 'OK', 'WI', 'HI']) expect(conf(c), c).toBe('reported');
    for (const c of ['DE', 'DC', 'ND', 'WY', 'AR', 'CT']) expect(conf(c), c).toBe('older');
    for (const c of ['TX', 'IA', 'KS', 'PA', 'WA']) expect(conf(c), c).toBe('official');
    // A row whose only sources are secondary is never official.
    for (const r of STATE_RULES) if (r.sources.every((s) => s.grade !== 'O')) expect(r.confidence, r.code).not.toBe('official');
  });

  it('gives no figure without a source on the same row', () => {
    for (const r of STATE_RULES) {
      const text = [r.credentialText, r.nationalCertText, r.traineeText, r.notes].join(' ');
      if (/\d/.test(text)) expect(r.sources.length, r.code).toBeGreaterThan(0);
    }
  });

  it('links only to https board sites on an allow-listed official domain', () => {
    let links = 0;
    for (const r of STATE_RULES) {
      if (!r.board) continue;
      expect(r.board.source.length, r.code).toBeGreaterThan(5);
      if (!r.board.site) continue;
      links++;
      const url = new URL(r.board.site);
      expect(url.protocol, r.code).toBe('https:');
      expect(url.username + url.password + url.search + url.hash, r.code).toBe('');
      expect(STATE_BOARD_DOMAINS.some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`)), `${r.code}: ${url.hostname}`).toBe(true);
      // The site is the one domain.md cites for that state.
      expect(r.sources.some((s) => s.grade === 'O' && s.cite.startsWith(url.hostname + (url.pathname === '/' ? '' : url.pathname.replace(/\/$/, ''))))).toBe(true);
    }
    expect(links).toBeGreaterThanOrEqual(10);
  });

  it('reads the key rules as domain.md states them', () => {
    expect(stateRuleFor('TX')).toMatchObject({ credential: 'registration', nationalCert: 'yes', trainee: 'yes' });
    expect(stateRuleFor('IA')).toMatchObject({ nationalCert: 'within', withinMonths: 12, trainee: 'yes' });
    expect(stateRuleFor('OR')).toMatchObject({ credential: 'licence', nationalCert: 'tiered' });
    expect(stateRuleFor('PA')).toMatchObject({ credential: 'registration', nationalCert: 'no', trainee: 'yes' });
    expect(stateRuleFor('NY')!.credential).toBe('partial');
    expect(stateRuleFor('MN')!.nationalCertText).toMatch(/does not satisfy/);
  });
});

describe('stateRuleSummary', () => {
  it('explains Texas concretely, with its board, source, date and a caution', () => {
    const tx = stateRuleSummary('tx')!;
    expect(tx.state).toBe('Texas');
    expect(tx.sentences[0]).toBe('Texas: technicians register with the Texas State Board of Pharmacy.');
    expect(tx.text).toContain('National certification (PTCB or NHA) is required for technicians, not for trainees.');
    expect(tx.text).toContain('Trainee registration lasts 2 years, is issued once and is not renewable.');
    expect(tx.source).toBe('Sources: pharmacy.texas.gov (official); Tex. Occ. Code §568.001 (official); climbtheladder.com (secondary). Checked 2026-11-27.');
    expect(tx.caution).toMatch(/check with the board/);
    expect(tx.boardName).toBe('Texas State Board of Pharmacy (TSBP)');
    expect(tx.boardSite).toBe('https://pharmacy.texas.gov/');
    expect(tx.text.endsWith(tx.caution)).toBe(true);
  });

  it('says unknown plainly for a state without a source, and still points to the board', () => {
    const pr = stateRuleSummary('PR')!;
    expect(pr.state).toBe('Puerto Rico');
    expect(pr.confidence).toBe('unknown');
    expect(pr.text).toContain('Puerto Rico: our sources do not say whether technicians must register or be licensed.');
    expect(pr.text).not.toMatch(/trainee status/); // nothing known, nothing claimed
    expect(pr.caution).toBe('No reliable source found: check with the board.');
    expect(pr.boardSite).toBeUndefined();
  });

  it('marks reported and older rows in its caution', () => {
    expect(stateRuleSummary('CO')!.caution).toBe('Reported, not confirmed: check with the board.');
    expect(stateRuleSummary('WY')!.caution).toBe('From older sources: check with the board.');
    expect(stateRuleSummary('AL')!.caution).toBe('From secondary sources only: check with the board.');
    expect(stateRuleSummary('AL')!.text).toContain('Our sources do not mention a trainee status.');
  });

  it('gives a summary for every jurisdiction and null for anything else', () => {
    for (const code of STATE_RULES.map((r) => r.code)) {
      const s = stateRuleSummary(code)!;
      expect(s.sentences[0]!.startsWith(`${s.state}: `)).toBe(true);
      expect(s.text.length).toBeLessThan(700);
    }
    for (const bad of [undefined, '', 'XX', 'Texas', 'GU', '<img>']) expect(stateRuleSummary(bad)).toBeNull();
  });

  it('carries the structured rule for the UI (Iowa: certification within 12 months)', () => {
    expect(stateRuleSummary('IA')).toMatchObject({ code: 'IA', credential: 'registration', nationalCert: 'within', withinMonths: 12, trainee: 'yes', boardSite: 'https://pharmacy.iowa.gov/' });
  });
});
