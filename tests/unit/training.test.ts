import { describe, expect, it } from 'vitest';
import { CREDENTIALS } from '../../keywords/credentials';
import { TRAINING, type Sourced, type TrainingEntry } from '../../keywords/training';
import { CREDENTIAL_IDS, SETTING_IDS } from '../../keywords/types';

/** Official sites of issuing bodies that training entries may link to (host names, exact). */
const OFFICIAL_HOSTS = new Set([
  'www.ptcb.org', // Pharmacy Technician Certification Board
  'www.nhanow.com', // National Healthcareer Association
  'www.ashp.org', // American Society of Health-System Pharmacists (program accreditation, ASHP certificates)
  'www.pharmacist.com', // American Pharmacists Association (APhA immunization program)
]);

/** Credentials that domain.md does not cover at all; their only source may name that plainly. */
const NOT_IN_DOMAIN_REFERENCE = new Set(['drivers-license']);

describe('training guide', () => {
  it('has exactly one entry per credential id', () => {
    const ids = TRAINING.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...CREDENTIAL_IDS].sort());
  });

  it.each(TRAINING.map((t) => [t.id, t] as const))('%s is complete', (_id, t) => {
    expect(t.howToEarn).toMatch(/^[A-Z].{40,}[.]$/s);
    // One or two sentences: at most two sentence ends (". " followed by a capital, or the final one).
    expect(t.howToEarn.split(/[.] (?=[A-Z])/).length).toBeLessThanOrEqual(2);
    expect(t.issuer.trim().length).toBeGreaterThan(3);
    expect(t.checked).toBe('2026-11-27');
    for (const field of [t.typicalTime, t.typicalCost]) {
      if (field !== undefined) expect(field.trim().length).toBeGreaterThan(3);
    }
    for (const other of t.seeAlso ?? []) {
      expect(CREDENTIAL_IDS).toContain(other);
      expect(other).not.toBe(t.id);
    }
  });

  it('cites at least one source for every entry, from domain.md', () => {
    for (const t of TRAINING) {
      expect(t.sources.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources) {
        expect(s.trim().length, t.id).toBeGreaterThan(10);
        if (!NOT_IN_DOMAIN_REFERENCE.has(t.id)) expect(s, t.id).toMatch(/^domain\.md §\d/);
      }
    }
  });

  it('gives no dollar figure or duration without an official or secondary source', () => {
    for (const t of TRAINING) {
      const figures = [t.typicalCost, t.typicalTime, t.howToEarn].join(' ');
      if (/\$\d|\d+ (hours?|weeks?|months?|years?)/.test(figures)) {
        expect(t.sources.some((s) => /\[(O|S)[^\]]*\]/.test(s)), t.id).toBe(true);
      }
    }
  });

  it('says "check with the issuing body" where sources disagree on NHA’s fee', () => {
    const nha = TRAINING.find((t) => t.id === 'nha-excpt');
    expect(nha?.typicalCost).toMatch(/check with the issuing body/);
    expect(nha?.typicalCost).not.toMatch(/\$\d/);
  });

  it('links only to an issuing body’s official site, over https', () => {
    for (const t of TRAINING) {
      if (t.officialSite === undefined) continue;
      const url = new URL(t.officialSite);
      expect(url.protocol, t.id).toBe('https:');
      expect(OFFICIAL_HOSTS.has(url.hostname), `${t.id}: ${url.hostname}`).toBe(true);
      expect(url.username + url.password + url.search + url.hash, t.id).toBe('');
    }
  });

  it('links the credentials whose issuing body is known', () => {
    const site = (id: string) => TRAINING.find((t) => t.id === id)?.officialSite;
    expect(site('ptcb-cpht')).toBe('https://www.ptcb.org/');
    expect(site('cspt')).toBe('https://www.ptcb.org/');
    expect(site('cpht-adv')).toBe('https://www.ptcb.org/');
    expect(site('nha-excpt')).toBe('https://www.nhanow.com/');
    expect(site('accredited-training')).toBe('https://www.ashp.org/');
    // No single issuing body: no link.
    expect(site('state-license')).toBeUndefined();
    expect(site('national-certification')).toBeUndefined();
    expect(site('drivers-license')).toBeUndefined();
  });

  it('points the generic certification at both bodies', () => {
    const generic = TRAINING.find((t) => t.id === 'national-certification');
    const satisfiedBy = CREDENTIALS.find((c) => c.id === 'national-certification')?.satisfiedBy ?? [];
    expect([...(generic?.seeAlso ?? [])].sort()).toEqual([...satisfiedBy].sort());
  });

  describe('full guide (issue #5)', () => {
    /** Every sourced fact of an entry, with the field it sits in. */
    const facts = (t: TrainingEntry): [string, Sourced][] => [
      ['what', t.what],
      ...t.eligibility.map((f, i) => [`eligibility[${i}]`, f] as [string, Sourced]),
      ['exam', t.exam],
      ['cost', t.cost],
      ['renewal', t.renewal],
      ...t.howToTrain.map((f, i) => [`howToTrain[${i}]`, f] as [string, Sourced]),
      ['opens', t.opens],
    ];
    const GRADE_MARK = { official: /\[O\b/, secondary: /\[S\b/, posting: /\[P\b|\bP:/ } as const;

    it.each(TRAINING.map((t) => [t.id, t] as const))('%s has every field, each fact with its source beside it', (_id, t) => {
      expect(t.eligibility.length).toBeGreaterThan(0);
      expect(t.howToTrain.length).toBeGreaterThan(0);
      expect(t.opens.settings.length).toBeGreaterThan(0);
      for (const s of t.opens.settings) expect(SETTING_IDS).toContain(s);
      for (const [field, f] of facts(t)) {
        const where = `${t.id}.${field}`;
        expect(f.text, where).toMatch(/^[A-Z0-9$].{5,}[.)]$/s);
        expect(f.source.trim().length, where).toBeGreaterThan(10);
        if (!NOT_IN_DOMAIN_REFERENCE.has(t.id)) expect(f.source, where).toMatch(/^domain\.md[ :]/);
        // The grade matches the citation: an [O] grade cites an [O] source, and so on.
        if (f.grade in GRADE_MARK) expect(f.source, where).toMatch(GRADE_MARK[f.grade as keyof typeof GRADE_MARK]);
        // Nothing sourced: it says so and tells the reader where to check, never a guess.
        if (f.grade === 'none') expect(f.uncertain, where).toBe('unsourced');
      }
    });

    it('gives no figure ($ amounts, hours, months, counts) in a fact without a source on that same fact', () => {
      for (const t of TRAINING) {
        for (const [field, f] of facts(t)) {
          if (!/\d/.test(f.text)) continue;
          expect(['official', 'secondary', 'posting'], `${t.id}.${field}: ${f.text}`).toContain(f.grade);
          expect(f.source, `${t.id}.${field}`).toMatch(/\[(O|S|P)\b/);
        }
      }
    });

    it('says "check with …" where a fact is uncertain because sources disagree or nothing is sourced', () => {
      for (const t of TRAINING) {
        for (const [field, f] of facts(t)) {
          if (f.uncertain === 'disagree' || (f.uncertain === 'unsourced' && field === 'cost')) {
            expect(f.text, `${t.id}.${field}`).toMatch(/check with|not in our sources|not confirmed/i);
          }
        }
      }
      const nha = TRAINING.find((t) => t.id === 'nha-excpt')!;
      expect(nha.cost.uncertain).toBe('disagree');
      expect(nha.cost.text).not.toMatch(/\$\d/);
      expect(nha.cost.text).toMatch(/check with the issuing body/);
    });

    it('has a single issuing body with its official site, or says who grants it instead', () => {
      for (const t of TRAINING) {
        if (t.issuedBy === 'one-body') expect(t.officialSite, t.id).toBeDefined();
        if (t.issuedBy === 'state-board' || t.issuedBy === 'agency') {
          expect(t.officialSite, t.id).toBeUndefined();
        }
      }
      const by = (id: string) => TRAINING.find((t) => t.id === id)!.issuedBy;
      expect(by('bls-cpr')).toBe('several-bodies');
      expect(TRAINING.find((t) => t.id === 'bls-cpr')!.issuer).toMatch(/No single issuing body/);
      expect(by('sterile-compounding')).toBe('employer');
      expect(by('state-license')).toBe('state-board');
      expect(by('ptcb-cpht')).toBe('one-body');
    });

    it('keeps the checked figures of the main credentials (PTCB fee and renewal, CSPT fee)', () => {
      const t = (id: string) => TRAINING.find((x) => x.id === id)!;
      expect(t('ptcb-cpht').cost.text).toMatch(/\$129/);
      expect(t('ptcb-cpht').renewal.text).toMatch(/2 years.*20 CE hours.*\$55/);
      expect(t('cspt').cost.text).toMatch(/\$199.*\$50.*\$149/);
      expect(t('ptcb-cpht').eligibility.some((f) => /500 hours/.test(f.text))).toBe(true);
    });
  });
});
