import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CONTENT_ENTRIES = readdirSync(join(ROOT, 'entrypoints'))
  .filter((f) => /\.content\.tsx?$/.test(f))
  .map((f) => `entrypoints/${f}`);
const DIRS = ['src/page', 'src/ui', ...CONTENT_ENTRIES, 'entrypoints/background.ts'];

function files(): string[] {
  expect(CONTENT_ENTRIES.length).toBeGreaterThan(0);
  const out: string[] = [];
  for (const d of DIRS) {
    const p = join(ROOT, d);
    if (/\.tsx?$/.test(d)) out.push(p);
    else for (const f of readdirSync(p)) if (/\.tsx?$/.test(f)) out.push(join(p, f));
  }
  return out;
}

/** Source without comments, so rules can be explained in comments. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const BANNED: [string, RegExp][] = [
  ['innerText (forces layout; use textContent)', /\binnerText\b/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string setTimeout', /setTimeout\(\s*['"`]/],
  ['fetch (no network requests)', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /sendBeacon/],
  ['DOMParser output inserted', /DOMParser/],
  ['positive tabindex', /tabindex=\{?["']?[1-9]/i],
  ['autofocus', /autofocus/i],
  ['rem units', /\d(?:\.\d+)?rem\b/],
];

describe('content-script and badge sources', () => {
  const all = files();
  it('are found', () => {
    expect(all.length).toBeGreaterThan(10);
  });
  for (const [what, re] of BANNED) {
    it(`never use ${what}`, () => {
      const offenders = all.filter((f) => re.test(code(f))).map((f) => f.slice(ROOT.length + 1));
      expect(offenders).toEqual([]);
    });
  }
  it('create exactly one MutationObserver (in the scheduler)', () => {
    const offenders = all.filter((f) => /new\s+(?:\w+\.)?MutationObserver\b|new\s+Observer\s*\(/.test(code(f))).map((f) => f.slice(ROOT.length + 1));
    expect(offenders).toEqual(['src/page/scheduler.ts']);
    expect(code(join(ROOT, 'src/page/scheduler.ts')).match(/new\s+Observer\s*\(/g)).toHaveLength(1);
  });
  it('put no page text into an href (links only from our own data, https only)', () => {
    const hrefs = all.flatMap((f) => [...code(f).matchAll(/href=\{([^}]*)\}/g)].map((m) => m[1]!.trim()));
    // The issuing body's site (training line) and the state board's site (state rule), both from keywords/ data.
    expect([...hrefs].sort()).toEqual(['rule.boardSite', 't.officialSite']);
  });
});
