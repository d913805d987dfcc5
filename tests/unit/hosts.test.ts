import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOARD_MATCHES, SUPPORTED_DOMAINS, SUPPORTED_MATCHES } from '../../src/boards/hosts';
import { FRAME_BOARDS } from '../../src/page/constants';
import { BOARDS } from '../../src/boards';

const RESERVING = new Set(BOARDS.filter((b) => b.reserve).map((b) => b.id));

/** Every content script (entrypoints/<board>.content.ts), by board id. */
async function contentScripts() {
  const dir = join(import.meta.dirname, '..', '..', 'entrypoints');
  const files = readdirSync(dir).filter((f) => /\.content(\.tsx?|\/index\.tsx?)$/.test(f));
  const out = new Map<string, { matches: string[]; allFrames?: boolean; runAt?: string }>();
  for (const f of files) out.set(f.replace(/\.content\.tsx?$/, ''), (await import(join(dir, f))).default);
  return out;
}

describe('supported hosts', () => {
  it('are well-formed match patterns covering subdomains, never <all_urls>', () => {
    expect(SUPPORTED_MATCHES.length).toBeGreaterThan(0);
    for (const pattern of SUPPORTED_MATCHES) {
      expect(pattern).toMatch(/^\*:\/\/\*\.[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
    expect(new Set(SUPPORTED_MATCHES).size).toBe(SUPPORTED_MATCHES.length);
  });

  it('gives one registrable domain per pattern', () => {
    expect(SUPPORTED_DOMAINS).toContain('indeed.com');
    expect(SUPPORTED_DOMAINS).toContain('myworkdayjobs.com');
    expect(SUPPORTED_DOMAINS).toHaveLength(SUPPORTED_MATCHES.length);
  });

  it('are exactly the union of the content scripts\' matches, one script per board with only its own patterns', async () => {
    const scripts = await contentScripts();
    expect([...scripts.keys()].sort()).toEqual(Object.keys(BOARD_MATCHES).sort());
    const union: string[] = [];
    for (const [id, script] of scripts) {
      expect(script.matches, id).toEqual(BOARD_MATCHES[id as keyof typeof BOARD_MATCHES]);
      // After the DOM is parsed; a board that reserves badge space adopts its stylesheet at
      // document_start, before the first layout (src/page/reserve.ts), and waits for the parse.
      expect(script.runAt, id).toBe(RESERVING.has(id) ? 'document_start' : 'document_idle');
      // Subframes only where listings live in iframes (iCIMS, Greenhouse).
      expect(script.allFrames, id).toBe(FRAME_BOARDS.has(id));
      union.push(...script.matches);
    }
    // No pattern in two scripts, and together exactly the supported hosts.
    expect(new Set(union).size).toBe(union.length);
    expect([...union].sort()).toEqual([...SUPPORTED_MATCHES].sort());
  });
});

describe('board registry', () => {
  it('has a board file for every supported host and a host permission for every board', async () => {
    const { BOARDS, boardFor } = await import('../../src/boards');
    const { SUPPORTED_DOMAINS } = await import('../../src/boards/hosts');
    expect(new Set(BOARDS.map((b) => b.id)).size).toBe(BOARDS.length);
    for (const domain of SUPPORTED_DOMAINS) expect(boardFor(new URL(`https://www.${domain}/`)), domain).not.toBeNull();
    for (const board of BOARDS) for (const host of board.hosts) expect(SUPPORTED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`)), host).toBe(true);
    expect(boardFor(new URL('https://example.com/jobs'))).toBeNull();
    // Each board's content script covers exactly the hosts of its board file.
    for (const board of BOARDS) {
      const patterns = BOARD_MATCHES[board.id as keyof typeof BOARD_MATCHES];
      expect(patterns, board.id).toBeDefined();
      for (const p of patterns) expect(boardFor(new URL(`https://www.${p.replace(/^\*:\/\/\*\./, '').replace(/\/\*$/, '')}/`))?.id, p).toBe(board.id);
    }
  });
});
