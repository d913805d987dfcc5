/** Words and numbers of the popup: pure (tested in tests/unit/tab/state-summary.test.ts). */
import type { Verdict } from '../../profile/types';
import type { PayRange } from '../../tab/summary';

/** What each count means, after its number ("3 you qualify for"). Same verdict words as the badge. */
export const COUNT_WORDS: Record<Verdict, string> = {
  qualified: 'you qualify for',
  trainable: 'you can apply to and earn the rest after hire',
  missing: 'need a credential you do not hold',
  unknown: 'need the full posting to judge (open them)',
};

const UNIT_WORDS: Record<PayRange['unit'], string> = { hour: 'an hour', week: 'a week', month: 'a month', year: 'a year' };

function money(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "$17–24.50 an hour (3 postings)". */
export function payRangeText(r: PayRange): string {
  const range = r.max > r.min ? `$${money(r.min)}–${money(r.max)}` : `$${money(r.min)}`;
  return `${range} ${UNIT_WORDS[r.unit]} (${r.postings} ${r.postings === 1 ? 'posting' : 'postings'})`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
