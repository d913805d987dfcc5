import { describe, expect, it } from 'vitest';
import { analyzePosting } from '../../src/analyze';

/**
 * Linear time on adversarial text: quadrupling the input must roughly quadruple the time (a ratio
 * well under the 16x a quadratic step would show). Scaling, not an absolute timer, so it holds on
 * any machine; the two sizes are timed in turns several times and the fastest run of each is
 * kept, so a busy machine (parallel test files) slows both alike instead of failing the test.
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

function analyze(text: string): number {
  const t0 = performance.now();
  analyzePosting({ title: 'Pharmacy Technician', text });
  return performance.now() - t0;
}

describe('analyzer time is linear in the input', () => {
  it.each(Object.entries(adversaries))('%s: 1 MB takes about four times as long as 256 KB', (_name, make) => {
    const quarter = make(MB / 4);
    const full = make(MB);
    analyze(make(64 * 1024)); // warm up this shape
    let tQuarter = Infinity;
    let tFull = Infinity;
    for (let run = 0; run < 3; run++) {
      tQuarter = Math.min(tQuarter, analyze(quarter));
      tFull = Math.min(tFull, analyze(full));
    }
    // Linear: about 4. A quadratic step: about 16.
    expect(tFull / Math.max(tQuarter, 1)).toBeLessThan(8);
  }, 120_000);
});
