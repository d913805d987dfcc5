import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/browser';

// The built content script (made by `npm run build`, which `npm run test:e2e` runs first) must not
// contain the keyword map or the analyzer: they run in the background service worker only
// (src/background/analysis.ts). The markers are strings only keywords/* contains.
const OUT = join(REPO_ROOT, '.output', 'chrome-mv3');
const CONTENT = join(OUT, 'content-scripts', 'content.js');
const KEYWORD_MARKERS = ['Pharmacy Technician Certification Board', 'National Healthcareer Association'];

describe('content-script bundle', () => {
  it('exists (npm run build ran)', () => {
    expect(existsSync(CONTENT)).toBe(true);
  });

  it('contains no keyword map, training data or analyzer (they live in the background)', () => {
    const content = readFileSync(CONTENT, 'utf8');
    for (const marker of KEYWORD_MARKERS) expect(content.includes(marker), marker).toBe(false);
    // The background has them (so the markers are real and the test would notice a regression).
    const background = readFileSync(join(OUT, 'background.js'), 'utf8');
    for (const marker of KEYWORD_MARKERS) expect(background.includes(marker), marker).toBe(true);
  });

  it('uses Preact as its only UI framework', () => {
    const content = readFileSync(CONTENT, 'utf8');
    expect(content).not.toMatch(/react-dom|__SECRET_INTERNALS|ReactCurrentOwner|createApp\(|svelte/i);
  });
});
