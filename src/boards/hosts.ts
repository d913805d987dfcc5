/**
 * The job boards RxLadder runs on. This list is the single source of truth for
 * the manifest's host_permissions (wxt.config.ts) and the content scripts'
 * `matches` (entrypoints/<board>.content.ts, one per board, each with its board's
 * patterns from BOARD_MATCHES), so they cannot drift apart.
 *
 * Adding a board: add its match patterns here under its board id, then its board file in
 * src/boards/ and its content script entrypoints/<board>.content.ts.
 * Anything not listed here gets no content script and no host permission.
 *
 * This module is imported by wxt.config.ts at build time (Node) and by tests, so it
 * must stay free of browser APIs and side effects.
 */
export const BOARD_MATCHES = {
  indeed: ['*://*.indeed.com/*'],
  linkedin: ['*://*.linkedin.com/*'],
  glassdoor: ['*://*.glassdoor.com/*'],
  ziprecruiter: ['*://*.ziprecruiter.com/*'],
  usajobs: ['*://*.usajobs.gov/*'],
  monster: ['*://*.monster.com/*'],
  simplyhired: ['*://*.simplyhired.com/*'],
  careerbuilder: ['*://*.careerbuilder.com/*'],
  dice: ['*://*.dice.com/*'],
  workday: ['*://*.myworkdayjobs.com/*'],
  greenhouse: ['*://*.greenhouse.io/*'],
  lever: ['*://*.lever.co/*'],
  icims: ['*://*.icims.com/*'],
} as const satisfies Record<string, readonly string[]>;

/** A board id with its own content script (entrypoints/<id>.content.ts). */
export type BoardId = keyof typeof BOARD_MATCHES;

/** Every supported match pattern: the manifest's host_permissions and the union of the content scripts' matches. */
export const SUPPORTED_MATCHES: string[] = Object.values(BOARD_MATCHES).flat();

/**
 * The registrable domains behind SUPPORTED_MATCHES ("indeed.com", ...). A pattern's
 * `*.` prefix also matches the bare domain.
 */
export const SUPPORTED_DOMAINS: string[] = SUPPORTED_MATCHES.map(hostOfMatch);

/** "*://*.indeed.com/*" → "indeed.com". */
export function hostOfMatch(pattern: string): string {
  const m = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(pattern);
  if (!m?.[1]) throw new Error(`Unexpected match pattern: ${pattern}`);
  return m[1];
}
