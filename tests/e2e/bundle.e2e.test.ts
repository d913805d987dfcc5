import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES } from '../../src/boards/hosts';
import { REPO_ROOT } from './support/browser';

// The built content scripts (made by `npm run build`, which `npm run test:e2e` runs first), one per
// board, must not contain the keyword map or the analyzer: they run in the background service
// worker only (src/background/analysis.ts). The markers are strings only keywords/* contains.
const OUT = join(REPO_ROOT, '.output', 'chrome-mv3');
const CONTENT_DIR = join(OUT, 'content-scripts');
const KEYWORD_MARKERS = ['Pharmacy Technician Certification Board', 'National Healthcareer Association'];
const BOARD_IDS = Object.keys(BOARD_MATCHES);
/** Issue #3: every page's content script <= 25 KB gzipped. */
const MAX_GZIP = 25 * 1024;

const read = (id: string) => readFileSync(join(CONTENT_DIR, `${id}.js`), 'utf8');

describe('content-script bundles', () => {
  it('exist, one per board and no other (npm run build ran)', () => {
    expect(existsSync(CONTENT_DIR)).toBe(true);
    const built = readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.js')).map((f) => f.replace(/\.js$/, ''));
    expect(built.sort()).toEqual([...BOARD_IDS].sort());
  });

  it('are each <= 25 KB gzipped', () => {
    for (const id of BOARD_IDS) {
      const gz = gzipSync(read(id), { level: 9 }).length;
      expect(gz, id).toBeLessThanOrEqual(MAX_GZIP);
    }
  });

  it('contain no keyword map, training data or analyzer (they live in the background)', () => {
    for (const id of BOARD_IDS) {
      const content = read(id);
      for (const marker of KEYWORD_MARKERS) expect(content.includes(marker), `${id}: ${marker}`).toBe(false);
    }
    // The background has them (so the markers are real and the test would notice a regression).
    const background = readFileSync(join(OUT, 'background.js'), 'utf8');
    for (const marker of KEYWORD_MARKERS) expect(background.includes(marker), marker).toBe(true);
  });

  it('scan-this-page script (scan.js): no keyword map or analyzer either, and small', () => {
    const scan = readFileSync(join(OUT, 'scan.js'), 'utf8');
    for (const marker of KEYWORD_MARKERS) expect(scan.includes(marker), marker).toBe(false);
    expect(scan).not.toMatch(/preact|__SECRET_INTERNALS/i);
    expect(gzipSync(scan, { level: 9 }).length).toBeLessThanOrEqual(MAX_GZIP);
  });

  it('use Preact as their only UI framework', () => {
    for (const id of BOARD_IDS) {
      expect(read(id), id).not.toMatch(/react-dom|__SECRET_INTERNALS|ReactCurrentOwner|createApp\(|svelte/i);
    }
  });
});
