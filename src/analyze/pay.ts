import { type Lexicon, W } from './lexicon';
import type { Sentence } from './structure';
import { FLAG_NUMERIC, Tok, type Tokens } from './tokenize';
import type { Pay, PayUnit } from './types';

/**
 * Base pay: "$18.50 - $24.00 per hour", "$19/hr", "$41,600 - $58,240 a year", "$40K–$55K",
 * "starting at $17 an hour", "up to $25/hour", "Pay: 18.50 - 24.00 per hour". Figures next to
 * bonus, differential, tuition and similar words are skipped. Federal grades ("GS-05 to GS-06",
 * "GS-0661-05/06") are read on their own and attached to the pay.
 */

interface Candidate {
  min: number;
  max: number;
  unit: PayUnit | null;
  at: number;
  sentence: Sentence;
}

const LOOKBACK_FOR_EXCLUSION = 6;
const UNIT_WINDOW = 6;

export function findPay(text: string, t: Tokens, sentences: readonly Sentence[], lex: Lexicon): { pay?: Pay; grades?: Pay['grades'] } {
  const ids = t.id;
  const wc = lex.wordClass;
  const cls = (k: number): number => (ids[k]! > 0 ? wc[ids[k]!]! : 0);
  const isNum = (k: number): boolean => (t.flags[k]! & FLAG_NUMERIC) !== 0;
  const num = (k: number): number => Number(text.slice(t.start[k], t.end[k]).replace(/,/g, ''));
  // "$48K": a thousands suffix written right after the figure.
  const kSuffix = (k: number): boolean => k < t.count && (cls(k) & W.Thousand) !== 0 && t.start[k] === t.end[k - 1];

  let grades: Pay['grades'];
  let best: Candidate | null = null;

  for (const s of sentences) {
    for (let k = s.from; k < s.to; k++) {
      // Federal grades.
      if (cls(k) & W.GradeSchedule) {
        const g = readGrades(k, s.to);
        if (g) {
          grades ??= g.grades;
          k = g.end - 1;
        }
        continue;
      }
      if (best) continue;
      const dollar = ids[k] === Tok.Dollar;
      const start = dollar ? k + 1 : k;
      if (start >= s.to || !isNum(start)) continue;
      if (!dollar && !payWordBefore(k, s.from)) continue;
      let min = num(start);
      let j = start + 1;
      if (kSuffix(j)) {
        min *= 1000;
        j++;
      }
      let max = min;
      // Range: "- $24", "to $24", "and $24" (between).
      let r = j;
      if (r < s.to && (ids[r] === Tok.Dash || (cls(r) & W.Range))) {
        r++;
        if (r < s.to && ids[r] === Tok.Dollar) r++;
        if (r < s.to && isNum(r)) {
          max = num(r);
          r++;
          if (kSuffix(r)) {
            max *= 1000;
            r++;
          }
          j = r;
        }
      }
      if (!Number.isFinite(min) || !Number.isFinite(max) || min <= 0) continue;
      const { unit, end: unitEnd } = unitAfter(j, s.to);
      if (excludedBefore(k, s.from) || excludedAfter(unitEnd, s.to)) continue;
      // "up to $25": a ceiling only.
      // "$20.75/hr to $28.90/hr": the range continues after the unit.
      if (unit && min === max && unitEnd < s.to && (ids[unitEnd] === Tok.Dash || cls(unitEnd) & W.Range)) {
        let q = unitEnd + 1;
        if (q < s.to && ids[q] === Tok.Dollar) q++;
        if (q < s.to && isNum(q)) {
          const upper = kSuffix(q + 1) ? num(q) * 1000 : num(q);
          if (upper > min) max = upper;
        }
      }
      const cand: Candidate = { min: Math.min(min, max), max: Math.max(min, max), unit, at: k, sentence: s };
      // A bare figure without "$" must name its unit ("Pay: 18.50 - 24.00 per hour").
      const resolved = unit ?? (!dollar ? null : cand.max < 300 ? 'hour' : cand.min >= 10000 ? 'year' : null);
      if (!resolved) continue;
      cand.unit = resolved;
      if (!plausible(cand.min, cand.max, resolved)) continue;
      best = cand;
      k = j;
    }
  }
  const result: { pay?: Pay; grades?: Pay['grades'] } = {};
  if (grades) result.grades = grades;
  if (best) {
    result.pay = {
      min: best.min,
      max: best.max,
      unit: best.unit!,
      currency: 'USD',
      evidence: text.slice(best.sentence.start, Math.min(best.sentence.end, best.sentence.start + 400)),
    };
    if (grades) result.pay.grades = grades;
  }
  return result;

  function payWordBefore(k: number, from: number): boolean {
    // Bare numbers count only on a line that says pay ("Pay: 18.50 - 24.00 per hour").
    for (let q = k - 1, w = 0; q >= from && w < 4; q--) {
      const v = ids[q]!;
      if (v > 0) {
        const word = lex.wordText[v];
        if (word === 'pay' || word === 'rate' || word === 'wage' || word === 'salary' || word === 'compensation') return true;
        w++;
      }
    }
    return false;
  }

  function excludedBefore(k: number, from: number): boolean {
    for (let q = k - 1, w = 0; q >= from && w < LOOKBACK_FOR_EXCLUSION; q--) {
      if (cls(q) & W.NotBasePay) return true;
      if (ids[q]! >= 0) w++;
    }
    return false;
  }

  /** "$2/hr shift differential", "$1,000 sign-on bonus": the words right after the figure. */
  function excludedAfter(j: number, to: number): boolean {
    for (let q = j, w = 0; q < to && w < 3; q++) {
      const v = ids[q]!;
      if (v < 0 && v !== Tok.Soft && v !== Tok.Slash && v !== Tok.Number) break;
      // "$16.50/hr plus a $1.50/hr differential": what follows "plus" is another figure.
      if (v > 0 && (lex.wordText[v] === 'plus' || lex.wordText[v] === 'and' || lex.wordText[v] === 'with')) break;
      if (cls(q) & W.NotBasePay) return true;
      if (v >= 0) w++;
    }
    return false;
  }

  /** The pay unit in the few words after the figure, and where it ends. */
  function unitAfter(j: number, to: number): { unit: PayUnit | null; end: number } {
    for (let q = j, w = 0; q < to && w < UNIT_WINDOW; q++) {
      const v = ids[q]!;
      if (v === Tok.Dollar || v === Tok.Number || v === Tok.Comma || v === Tok.Semicolon || v === Tok.Bullet) break;
      if (v > 0) {
        const u = lex.payUnit.get(v);
        if (u) return { unit: u, end: q + 1 };
        w++;
      }
    }
    return { unit: null, end: j };
  }

  function plausible(min: number, max: number, unit: PayUnit): boolean {
    if (unit === 'hour') return min >= 7 && max <= 200;
    if (unit === 'year') return min >= 10000 && max <= 500000;
    if (unit === 'week') return min >= 200 && max <= 10000;
    return min >= 800 && max <= 40000;
  }

  function readGrades(k: number, to: number): { grades: NonNullable<Pay['grades']>; end: number } | undefined {
    const schedule = lex.wordText[ids[k]!] === 'wg' ? 'WG' : 'GS';
    const values: number[] = [];
    let q = k + 1;
    let expectSeries = true;
    while (q < to && values.length < 6) {
      const v = ids[q]!;
      if (v === Tok.Dash || v === Tok.Slash || v === Tok.Soft) {
        q++;
        continue;
      }
      if (isNum(q)) {
        const raw = text.slice(t.start[q], t.end[q]);
        // "GS-0661-05": the four-digit occupational series comes first.
        if (expectSeries && raw.length === 4) {
          expectSeries = false;
          q++;
          continue;
        }
        expectSeries = false;
        const g = Number(raw);
        if (g >= 1 && g <= 15) values.push(g);
        else break;
        q++;
        continue;
      }
      if (values.length > 0 && (cls(q) & (W.Range | W.GradeSchedule) || lex.wordText[v] === 'or')) {
        q++;
        continue;
      }
      break;
    }
    if (values.length === 0) return undefined;
    return { grades: { schedule, min: Math.min(...values), max: Math.max(...values) }, end: q };
  }
}
