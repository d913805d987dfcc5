import { describe, expect, it } from 'vitest';
import { SUPPORTED_DOMAINS, SUPPORTED_MATCHES } from '../../src/boards/hosts';
import content from '../../entrypoints/content';

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

  it('are exactly the content script matches', () => {
    expect(content.matches).toEqual(SUPPORTED_MATCHES);
    expect(content.runAt).toBe('document_idle');
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
  });
});
