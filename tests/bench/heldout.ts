/**
 * `npm run heldout`: how the analyzer does on postings it was not tuned on. The set in
 * tests/fixtures/heldout/ was written blind (from domain.md's patterns, by someone who never saw
 * the analyzer) and labelled before the analyzer first ran on it. It is a measurement, not a test:
 * it prints the share of postings matched on every field and what differs for the rest. Fixing a
 * miss by a general rule is welcome; once a posting is fixed, move it to tests/fixtures/postings/
 * (where every posting must pass) and write a new held-out set, so this number keeps meaning
 * "postings we have never seen".
 */
import { join } from 'node:path';
import { analyzePosting } from '../../src/analyze';
import { compareAnalysis, loadPostingFixtures } from '../support/fixtures';

const dir = process.argv[2] ?? join(import.meta.dirname, '../fixtures/heldout');
const fixtures = loadPostingFixtures(dir);
let full = 0;
let credentialsRight = 0;
for (const f of fixtures) {
  const problems = compareAnalysis(analyzePosting({ title: f.title, text: f.text }), f.expected);
  // Settings and pay aside: did the posting's credentials and levels come out right?
  if (!problems.some((p) => !/^(settings|notSettings|pay)\b/.test(p))) credentialsRight++;
  if (problems.length === 0) full++;
  else console.log(`${f.name}\n  ${problems.join('\n  ')}`);
}
const pct = (n: number) => `${Math.round((100 * n) / fixtures.length)}%`;
console.log(`\n${fixtures.length} held-out postings: ${full} match on every field (${pct(full)}), ${credentialsRight} on credentials and levels (${pct(credentialsRight)}).`);
