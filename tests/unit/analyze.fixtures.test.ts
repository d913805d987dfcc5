import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/analyze';
import { compareAnalysis, loadPostingFixtures } from '../support/fixtures';

const fixtures = loadPostingFixtures();

describe('posting fixtures', () => {
  it('has at least 80 technician postings and 25 near misses', () => {
    expect(fixtures.filter((f) => f.expected.isPharmacyTech).length).toBeGreaterThanOrEqual(80);
    expect(fixtures.filter((f) => !f.expected.isPharmacyTech).length).toBeGreaterThanOrEqual(25);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const analysis = analyzePosting({ title: f.title, text: f.text });
    expect(compareAnalysis(analysis, f.expected)).toEqual([]);
  });
});
