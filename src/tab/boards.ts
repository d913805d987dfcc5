/**
 * Which supported board a URL is on, from the match patterns alone (src/boards/hosts.ts), so the
 * background can tell a board page from any other page without loading the board files.
 */
import { BOARD_MATCHES, hostOfMatch, type BoardId } from '../boards/hosts';

const DOMAINS: [BoardId, string][] = Object.entries(BOARD_MATCHES).flatMap(([id, patterns]) =>
  patterns.map((p): [BoardId, string] => [id as BoardId, hostOfMatch(p)]),
);

/** The board id for `url` (http/https only), or null. */
export function boardIdOfUrl(url: string | undefined): BoardId | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  for (const [id, domain] of DOMAINS) if (host === domain || host.endsWith(`.${domain}`)) return id;
  return null;
}
