/**
 * The job boards RxLadder runs on. This list is the single source of truth for
 * the manifest's host_permissions (wxt.config.ts) and the content script's
 * `matches` (entrypoints/content.ts), so the two cannot drift apart.
 *
 * Adding a board: add its match pattern here, then its board file in src/boards/.
 * Anything not listed here gets no content script and no host permission.
 *
 * This module is imported by wxt.config.ts at build time (Node) and by tests, so it
 * must stay free of browser APIs and side effects.
 */
export const SUPPORTED_MATCHES: string[] = [
  '*://*.indeed.com/*',
  '*://*.linkedin.com/*',
  '*://*.glassdoor.com/*',
  '*://*.ziprecruiter.com/*',
  '*://*.usajobs.gov/*',
  '*://*.monster.com/*',
  '*://*.simplyhired.com/*',
  '*://*.careerbuilder.com/*',
  '*://*.dice.com/*',
  '*://*.myworkdayjobs.com/*',
  '*://*.greenhouse.io/*',
  '*://*.lever.co/*',
  '*://*.icims.com/*',
];

/**
 * The registrable domains behind SUPPORTED_MATCHES ("indeed.com", ...). A pattern's
 * `*.` prefix also matches the bare domain.
 */
export const SUPPORTED_DOMAINS: string[] = SUPPORTED_MATCHES.map(hostOfMatch);

function hostOfMatch(pattern: string): string {
  const m = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(pattern);
  if (!m?.[1]) throw new Error(`Unexpected match pattern: ${pattern}`);
  return m[1];
}
