import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/analyze';
import { POSTINGS_DIR } from '../support/fixtures';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err };
}

describe('npm run analyze', () => {
  it('prints one JSON line per posting file and nothing else with --json', () => {
    const { code, out, err } = run(['--json', POSTINGS_DIR]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out.length).toBeGreaterThanOrEqual(105);
    for (const line of out) {
      const obj = JSON.parse(line) as { file: string; isPharmacyTech: boolean; credentials: unknown[] };
      expect(obj.file).toMatch(/\.txt$/);
      expect(typeof obj.isPharmacyTech).toBe('boolean');
      expect(Array.isArray(obj.credentials)).toBe(true);
    }
  });

  it('reports a missing file on stderr, still processes the rest, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxl-cli-'));
    const good = join(dir, 'tech.txt');
    writeFileSync(good, 'Pharmacy Technician\nPTCB certification required. Pay: $19/hr.\n');
    const { code, out, err } = run(['--json', join(dir, 'missing.txt'), good]);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('missing.txt');
    expect(out).toHaveLength(1);
    const analysis = JSON.parse(out[0]!) as { credentials: { id: string; level: string }[]; pay: { min: number; unit: string } };
    expect(analysis.credentials).toContainEqual(expect.objectContaining({ id: 'ptcb-cpht', level: 'required' }));
    expect(analysis.pay).toMatchObject({ min: 19, unit: 'hour' });
  });

  it('writes a readable report with a summary for several files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxl-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'IV Technician\nRequirements:\n- PTCB or NHA certification\n- 1 year of IV compounding experience\nPay: $22 - $28 per hour\n');
    writeFileSync(join(dir, 'b.txt'), 'Staff Pharmacist\nPharmD and an active pharmacist license required.\n');
    const { code, out } = run([dir]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('Pharmacy-technician role (technician)');
    expect(text).toMatch(/Required:\n {2}- PTCB Certified Pharmacy Technician \(CPhT\) \(or NHA/);
    expect(text).toContain('Not a pharmacy-technician role (pharmacist)');
    expect(text).toContain('2 postings, 1 pharmacy-technician postings.');
    expect(text).toMatch(/per hour: 1 postings, lowest \$22, highest \$28/);
  });

  it('reads a saved page through its JSON-LD JobPosting', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxl-cli-'));
    const page = join(dir, 'saved.html');
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Pharmacy Technician - Oncology',
      description: '<p>Requirements:</p><ul><li>CPhT required</li><li>Chemotherapy compounding experience preferred</li></ul>',
    };
    writeFileSync(page, `<!doctype html><html><head><title>Careers</title><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><nav>Home Jobs</nav><h1>Careers</h1></body></html>`);
    const { code, out } = run(['--json', page]);
    expect(code).toBe(0);
    const a = JSON.parse(out[0]!) as { isPharmacyTech: boolean; credentials: { id: string; level: string }[] };
    expect(a.isPharmacyTech).toBe(true);
    expect(a.credentials).toContainEqual(expect.objectContaining({ id: 'national-certification', level: 'required' }));
    expect(a.credentials).toContainEqual(expect.objectContaining({ id: 'hazardous-drugs', level: 'preferred' }));
  });
});
