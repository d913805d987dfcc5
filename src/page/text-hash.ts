/** Text fingerprints, shared by the content script (its reply cache) and the background. */

/** FNV-1a (32 bit) of a string, as 8 hex digits: a fingerprint of the text an analysis was made from. */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + s.length.toString(36);
}

/** Longest text handed to the analyzer (performance-security.md §8: cap text per card). */
export const MAX_TEXT = 60_000;
