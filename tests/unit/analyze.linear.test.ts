import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/analyze';

/**
 * Linear time on adversarial text: doubling the input must roughly double the time (a ratio
 * well under the 4x a quadratic step would show). Scaling, not an absolute timer, so it holds on
 * any machine; each size is timed several times and the fastest run is kept to shed noise.
 */
const MB = 1024 * 1024;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const adversaries: Record<string, (size: number) => string> = {
  'one enormous word': (n) => fill('pharmacytechnician', n),
  '"not required not" repeated': (n) => fill('not required not ', n),
  'thousands of bullets': (n) => `Requirements:\n${fill('• PTCB or NHA certification required within 90 days of hire\n', n)}`,
  'one sentence listing credentials': (n) => `Must have ${fill('PTCB, BLS, IV certification and state license, ', n)}`,
  'cues and credentials with no punctuation': (n) => fill('PTCB eligible to sit required CPhT preferred within six months of hire or ', n),
  'deep parentheses and dashes': (n) => fill('((((PTCB - - - / / / ', n),
  'generic references with deadlines': (n) => fill('Certification must be obtained within 90 days; license required but not before hire; ', n),
  'dollar signs and grades': (n) => fill('$18 - $ GS-05/06/07 $ 40K ', n),
};

function fastest(text: string, runs = 3): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    analyzePosting({ title: 'Pharmacy Technician', text });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('analyzer time is linear in the input', () => {
  it.each(Object.entries(adversaries))('%s: 1 MB takes about twice as long as 512 KB', (_name, make) => {
    const half = make(MB / 2);
    const full = make(MB);
    fastest(make(64 * 1024), 1); // warm up this shape
    const tHalf = fastest(half);
    const tFull = fastest(full);
    // A quadratic step would make this ratio about 4.
    expect(tFull / Math.max(tHalf, 1)).toBeLessThan(3);
  }, 120_000);
});
