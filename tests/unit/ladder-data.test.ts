import { describe, expect, it } from 'vitest';
import { GROUP_NAMES, GROUP_ORDER, LADDER, LADDER_MODEL_NOTE, NATIONAL_PAY, type LadderRung } from '../../keywords/ladder';
import { CREDENTIAL_IDS, SETTING_IDS } from '../../keywords/types';
import { RUNG_IDS, isRungId } from '../../src/career/rung-ids';

/** Official hosts the ladder may link to (issuing bodies and federal agencies), exact names. */
const OFFICIAL_HOSTS = new Set([
  'www.ptcb.org', // Pharmacy Technician Certification Board
  'www.nhanow.com', // National Healthcareer Association
  'www.ashp.org', // American Society of Health-System Pharmacists
  'www.bls.gov', // US Bureau of Labor Statistics
  'www.usajobs.gov', // the federal government's job site
]);

/** A citation of the shared reference (domain.md / boards.md) or of our own keyword data. */
const CITATION = /^(domain\.md §\d|boards\.md |keywords\/)/;

function allSources(r: LadderRung): string[] {
  return [
    ...r.involves.sources,
    ...r.credentials.sources,
    ...r.postedOn.sources,
    ...r.pay.flatMap((p) => p.sources),
    ...(r.payNote?.sources ?? []),
    ...(r.minYears?.sources ?? []),
  ];
}

const byId = new Map(LADDER.map((r) => [r.id, r] as const));

describe('career ladder data', () => {
  it('has exactly one rung per rung id, in the id list’s order', () => {
    expect(LADDER.map((r) => r.id)).toEqual([...RUNG_IDS]);
    expect(isRungId('sterile-iv')).toBe(true);
    expect(isRungId('javascript:alert(1)')).toBe(false);
    expect(isRungId('toString')).toBe(false);
  });

  it.each(LADDER.map((r) => [r.id, r] as const))('%s is complete and cites its sources', (_id, r) => {
    expect(r.name.trim().length).toBeGreaterThan(3);
    expect(GROUP_ORDER).toContain(r.group);
    expect(r.checked).toBe('2026-11-27');
    for (const t of [r.involves, r.postedOn, ...(r.payNote ? [r.payNote] : [])]) {
      expect(t.text, r.id).toMatch(/^[A-Z].{20,}[.]$/s);
      expect(t.sources.length, r.id).toBeGreaterThan(0);
    }
    expect(r.credentials.sources.length, r.id).toBeGreaterThan(0);
    for (const s of allSources(r)) expect(s, r.id).toMatch(CITATION);
    // A credential is either asked for or helpful, never both; every id is in the vocabulary.
    const asked = new Set(r.credentials.asked);
    for (const id of [...r.credentials.asked, ...r.credentials.helpful, ...(r.placeWhen ?? [])]) expect(CREDENTIAL_IDS).toContain(id);
    for (const id of r.credentials.helpful) expect(asked.has(id), `${r.id}: ${id}`).toBe(false);
    expect(r.credentials.asked.length + r.credentials.helpful.length, r.id).toBeGreaterThan(0);
    for (const s of r.settings) expect(SETTING_IDS).toContain(s);
    expect(new Set(r.settings).size).toBe(r.settings.length);
    if (r.minYears) expect(r.minYears.years).toBeGreaterThan(0);
  });

  it('links every rung into the ladder: next ids exist, no self-loops, every rung but the first is reached', () => {
    const reached = new Set<string>();
    for (const r of LADDER) {
      expect(new Set(r.next).size, r.id).toBe(r.next.length);
      for (const n of r.next) {
        expect(byId.has(n), `${r.id} -> ${n}`).toBe(true);
        expect(n, r.id).not.toBe(r.id);
        reached.add(n);
      }
    }
    const unreached = LADDER.filter((r) => r.group !== 'start' && !reached.has(r.id)).map((r) => r.id);
    expect(unreached).toEqual([]);
  });

  it('has no cycle (the page and the position follow next links upward)', () => {
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      expect(state.get(id), `cycle: ${[...path, id].join(' -> ')}`).not.toBe('open');
      state.set(id, 'open');
      for (const n of byId.get(id as LadderRung['id'])!.next) visit(n, [...path, id]);
      state.set(id, 'done');
    };
    for (const r of LADDER) visit(r.id, []);
  });

  it('gives pay only as labelled historic figures with a year and a source, never a bare number', () => {
    for (const r of LADDER) {
      for (const p of r.pay) {
        expect(p.amount, r.id).toMatch(/^\$\d{1,3}(,\d{3})* a year$/);
        expect(p.year, r.id).toBeGreaterThanOrEqual(2010);
        expect(p.year, r.id).toBeLessThanOrEqual(2026);
        expect(p.sources.join(' '), r.id).toContain(String(p.year));
        expect(p.sources.every((s) => /\[(O|S)[^\]]*\]/.test(s)), r.id).toBe(true);
      }
      // Dollar figures in the prose need an official or secondary source too.
      for (const t of [r.involves, r.postedOn, ...(r.payNote ? [r.payNote] : [])]) {
        if (/\$\d/.test(t.text)) expect(t.sources.some((s) => /\[(O|S)[^\]]*\]/.test(s)), r.id).toBe(true);
      }
    }
    expect(NATIONAL_PAY.text).toContain('May 2023');
    expect(NATIONAL_PAY.sources[0]).toMatch(/\[O: bls\.gov/);
  });

  it('links only to official sites over https', () => {
    const links = [...LADDER.flatMap((r) => (r.links ?? []).map((l) => [r.id, l] as const)), ['page', NATIONAL_PAY.link] as const];
    expect(links.length).toBeGreaterThan(5);
    for (const [id, l] of links) {
      const url = new URL(l.url);
      expect(url.protocol, id).toBe('https:');
      expect(OFFICIAL_HOSTS.has(url.hostname), `${id}: ${url.hostname}`).toBe(true);
      expect(url.username + url.password + url.search + url.hash, id).toBe('');
      expect(l.label.trim().length, id).toBeGreaterThan(2);
    }
  });

  it('says the ladder is a model and marks the unverified pharmacist step', () => {
    expect(LADDER_MODEL_NOTE.text).toMatch(/not a sourced claim/);
    expect(byId.get('pharmacist')?.unverified).toMatch(/check with/);
    expect(byId.get('pharmacist')?.involves.sources.join(' ')).toMatch(/unverified/);
    for (const g of GROUP_ORDER) {
      expect(GROUP_NAMES[g].length).toBeGreaterThan(2);
      expect(LADDER.some((r) => r.group === g), g).toBe(true);
    }
  });

  it('places the reader only with credentials that show the rung', () => {
    // Settings and titles are destinations: no credential proves "works in a hospital" or "lead".
    for (const id of ['hospital', 'long-term-care', 'lead', 'supervisor', 'pharmacist'] as const) {
      expect(byId.get(id)?.placeWhen, id).toBeUndefined();
    }
    expect(byId.get('sterile-iv')?.placeWhen).toContain('cspt');
  });
});
