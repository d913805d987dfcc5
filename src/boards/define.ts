/**
 * The frame every board file shares: a {@link BoardAdapter} whose readers never throw into the
 * page (types.ts: "empty array when none, never throws"), whatever a board's selectors meet, and
 * whose listing pages are always on the board's own hosts.
 */
import { hostMatches, safely } from './dom';
import type { BoardAdapter } from './types';

/** A {@link BoardAdapter} with `listingPage` in place of `expectsListings`. */
export interface BoardSpec extends Omit<BoardAdapter, 'expectsListings'> {
  /** Whether a page on one of `hosts` is a results or job page (the host itself is checked for it). */
  listingPage(url: URL): boolean;
}

/** A board adapter from its parts: anything a reader throws becomes "nothing found". */
export function defineBoard(spec: BoardSpec): BoardAdapter {
  const { id, name, hosts } = spec;
  return {
    id,
    name,
    hosts,
    findCards: (root, url) => safely(() => spec.findCards(root, url), []),
    findOpenPosting: (doc, url) => safely(() => spec.findOpenPosting(doc, url), null),
    expectsListings: (url) => safely(() => hostMatches(url, hosts) && spec.listingPage(url), false),
    ...(spec.reserve ? { reserve: spec.reserve } : {}),
  };
}
