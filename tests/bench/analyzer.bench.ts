/**
 * `npm run bench`: analyzer throughput on a corpus of at least 5 MB (the posting fixtures
 * repeated), against two references measured in the same run over the same texts:
 *  - a naive matcher over the same keyword map: one case-insensitive RegExp per phrase, each run
 *    over every text (what a first version of such a tool would do);
 *  - one bare `text.toLowerCase()` pass, the floor for any analysis that reads every character.
 * Targets (figures, not tests): >= 20x faster than the naive baseline, <= 10x the toLowerCase pass.
 */
import { performance } from 'node:perf_hooks';
import { CREDENTIALS, NOT_CREDENTIAL_PHRASES } from '../../keywords/credentials';
import { CUES, SECTION_HEADINGS } from '../../keywords/qualifiers';
import { SETTINGS } from '../../keywords/settings';
import { analyzePosting } from '../../src/analyze';
import { loadPostingFixtures } from '../support/fixtures';

const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = 5;

const fixtures = loadPostingFixtures();
const corpus: { title: string; text: string }[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const f of fixtures) {
    corpus.push({ title: f.title, text: f.text });
    bytes += Buffer.byteLength(f.title) + Buffer.byteLength(f.text);
  }
}
const mb = bytes / (1024 * 1024);

const phrases = [
  ...CREDENTIALS.flatMap((c) => c.phrases),
  ...NOT_CREDENTIAL_PHRASES,
  ...SETTINGS.flatMap((s) => s.phrases),
  ...CUES.flatMap((c) => c.phrases),
  ...SECTION_HEADINGS.flatMap((h) => h.phrases),
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const naiveRegexes = phrases.map((p) => new RegExp(`\\b${escape(p)}\\b`, 'gi'));

function time(fn: () => number): { ms: number; sink: number } {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    sink += fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, sink };
}

// Warm up the JIT and the compiled keyword map.
for (const p of corpus.slice(0, 200)) analyzePosting(p);

const analyzer = time(() => {
  let n = 0;
  for (const p of corpus) n += analyzePosting(p).credentials.length;
  return n;
});
const lower = time(() => {
  let n = 0;
  for (const p of corpus) n += p.title.toLowerCase().length + p.text.toLowerCase().length;
  return n;
});
const naive = time(() => {
  let n = 0;
  for (const p of corpus) {
    for (const re of naiveRegexes) {
      re.lastIndex = 0;
      const hits = p.text.match(re);
      if (hits) n += hits.length;
    }
  }
  return n;
});

const mbps = (ms: number) => (mb / (ms / 1000)).toFixed(1);
console.log(`RxLadder analyzer benchmark (best of ${ROUNDS} rounds)`);
console.log(`corpus: ${corpus.length} postings, ${mb.toFixed(2)} MB (${fixtures.length} fixtures repeated)`);
console.log(`keyword phrases in the naive baseline: ${phrases.length}`);
console.log(`analyzer:            ${analyzer.ms.toFixed(1)} ms  ${mbps(analyzer.ms)} MB/s`);
console.log(`naive RegExp scan:   ${naive.ms.toFixed(1)} ms  ${mbps(naive.ms)} MB/s`);
console.log(`toLowerCase pass:    ${lower.ms.toFixed(1)} ms  ${mbps(lower.ms)} MB/s`);
console.log(`speed-up over naive: ${(naive.ms / analyzer.ms).toFixed(1)}x   (target >= 20x)`);
console.log(`cost vs toLowerCase: ${(analyzer.ms / lower.ms).toFixed(1)}x   (target <= 10x)`);
if (analyzer.sink + lower.sink + naive.sink < 0) console.log('unreachable');
