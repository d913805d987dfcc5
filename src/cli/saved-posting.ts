import type { PostingInput } from '../analyze';

/**
 * Saved postings on disk, for the command-line analyzer and the tests.
 * A `.txt` posting: the first non-empty line is the title, the rest the body.
 */
export function splitTitle(raw: string): PostingInput {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { title: '', text: '' };
  return { title: lines[first]!.trim(), text: lines.slice(first + 1).join('\n') };
}
