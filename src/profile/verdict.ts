/**
 * Verdicts: what a posting requires, set against what the reader holds. Pure functions, no
 * browser API: the content script, the popup and the tests call the same code.
 *
 * Rules (issues #3 and #4):
 * - A required credential is satisfied when the reader holds it, holds one of the posting's
 *   alternatives ("PTCB or NHA"), or holds a credential the keyword map declares as satisfying it
 *   (`CredentialEntry.satisfiedBy`: `national-certification` <- `ptcb-cpht`, `nha-excpt`).
 * - `state-license` is per state: a held licence counts unless the posting names another state
 *   than the reader's home state; then the gap carries `otherState`.
 * - `advancementOnly` requirements (needed only to be promoted) never block.
 * - An unsatisfied requirement is `trainable` when the posting lets one earn it after hire
 *   (`withinDays`), accepts a candidate on the way (`acceptsInProgress`, "eligible to sit") or a
 *   trainee registration (`traineeAccepted`), or when the reader has it in progress; otherwise it
 *   is `missing`.
 */
import { CREDENTIALS } from '../../keywords/credentials';
import { CREDENTIAL_IDS, type CredentialId } from '../../keywords/types';
import type { CredentialRequirement, PostingAnalysis } from '../analyze/types';
import type { Gap, Holding, ReaderProfile, Verdict, VerdictResult } from './types';

/**
 * Below this many words of posting text, and when the caller does not say whether the text is
 * the full posting, an analysis that finds no required credential is judged `unknown` rather than
 * `qualified` (a card snippet says too little to conclude that nothing is required).
 */
export const PARTIAL_WORD_COUNT = 40;

export interface JudgeOptions {
  /**
   * The text is only part of the posting (a result card's snippet). When omitted, text shorter
   * than PARTIAL_WORD_COUNT words counts as partial.
   */
  partial?: boolean;
}

/** For each credential, the ids whose holders also hold it (itself first), closed transitively. */
const COVERED_BY: ReadonlyMap<CredentialId, readonly CredentialId[]> = (() => {
  const direct = new Map<CredentialId, readonly CredentialId[]>();
  for (const c of CREDENTIALS) direct.set(c.id, c.satisfiedBy ?? []);
  const closed = new Map<CredentialId, readonly CredentialId[]>();
  for (const id of CREDENTIAL_IDS) {
    const seen: CredentialId[] = [id];
    for (let i = 0; i < seen.length; i++) {
      for (const next of direct.get(seen[i]!) ?? []) if (!seen.includes(next)) seen.push(next);
    }
    closed.set(id, seen);
  }
  return closed;
})();

/** The ids whose holders hold `id`: itself and, through `satisfiedBy`, any credential that implies it. */
export function idsSatisfying(id: CredentialId): readonly CredentialId[] {
  return COVERED_BY.get(id) ?? [id];
}

const FAMILY = new Map(CREDENTIALS.map((c) => [c.id, c.family] as const));

function sameState(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** The state the requirement names when it is not the reader's home state (unknown home: none). */
function otherStateOf(req: CredentialRequirement, profile: ReaderProfile): string | undefined {
  if (!req.state || !profile.homeState) return undefined;
  const accepts = req.id === 'state-license' || (req.alternatives ?? []).includes('state-license');
  if (!accepts || sameState(req.state, profile.homeState)) return undefined;
  return req.state.trim().toUpperCase();
}

/**
 * Every id whose holder meets the requirement. A state licence does not count when the posting
 * names another state: the reader's licence is for their home state.
 */
function acceptedIds(req: CredentialRequirement, otherState: string | undefined): Set<CredentialId> {
  const accepted = new Set<CredentialId>();
  for (const named of [req.id, ...(req.alternatives ?? [])]) {
    for (const id of idsSatisfying(named)) accepted.add(id);
  }
  if (otherState) accepted.delete('state-license');
  return accepted;
}

/** 'held' if the reader holds any of the ids, else 'in-progress' if working on any, else 'none'. */
export function holdingOf(profile: ReaderProfile, ids: Iterable<CredentialId>): Holding {
  let best: Holding = 'none';
  for (const id of ids) {
    const h = profile.credentials[id];
    if (h === 'held') return 'held';
    if (h === 'in-progress') best = 'in-progress';
  }
  return best;
}

/** Why a gap does not block, in the order the posting's own allowances come first. */
function allowanceOf(req: CredentialRequirement, readerInProgress: boolean): string | undefined {
  if (req.withinDays !== undefined) return deadlineWords(req.withinDays, 'of hire');
  if (req.acceptsInProgress) return FAMILY.get(req.id) === 'certification' ? 'eligible to sit' : 'in process';
  if (req.traineeAccepted) return 'trainee registration accepted';
  if (readerInProgress) return 'in progress';
  return undefined;
}

/**
 * Required, or named with a deadline to earn it ("PTCB certification within 12 months of hire"
 * has no cue word, but the posting still asks for it after hire: a trainable gap).
 */
function blocks(req: CredentialRequirement): boolean {
  const asked = req.level === 'required' || (req.level === 'mentioned' && req.withinDays !== undefined);
  return asked && !req.advancementOnly && !req.negated;
}

/** A deadline in the words postings use: "by your first day", "within 12 months", "within 90 days". */
export function deadlineWords(days: number, after = ''): string {
  if (days <= 1) return 'by your first day';
  const tail = after ? ` ${after}` : '';
  if (days % 365 === 0) return (days === 365 ? 'within 1 year' : `within ${days / 365} years`) + tail;
  if (days >= 360 && days % 30 === 0) return `within ${days / 30} months${tail}`;
  return `within ${days} days${tail}`;
}

function strengthens(req: CredentialRequirement): boolean {
  if (req.negated) return false;
  return req.level === 'preferred' || (req.level === 'required' && req.advancementOnly === true);
}

/**
 * Judge one posting for one reader. `options.partial` says the analysis saw only part of the
 * posting (a card): with no required credential found, the verdict is then `unknown`.
 */
export function judgePosting(analysis: PostingAnalysis, profile: ReaderProfile, options: JudgeOptions = {}): VerdictResult {
  const missing: Gap[] = [];
  const trainable: Gap[] = [];
  const strengthen: CredentialId[] = [];
  const requires: CredentialId[] = [];

  for (const req of analysis.credentials) {
    if (!blocks(req)) continue;
    if (!requires.includes(req.id)) requires.push(req.id);
    const otherState = otherStateOf(req, profile);
    const holding = holdingOf(profile, acceptedIds(req, otherState));
    if (holding === 'held') continue;

    const gap: Gap = { id: req.id, alternatives: [...(req.alternatives ?? [])] };
    if (req.withinDays !== undefined) gap.withinDays = req.withinDays;
    if (otherState) gap.otherState = otherState;
    const allowance = allowanceOf(req, holding === 'in-progress');
    if (allowance) {
      gap.allowance = allowance;
      trainable.push(gap);
    } else {
      missing.push(gap);
    }
  }

  for (const req of analysis.credentials) {
    if (!strengthens(req) || requires.includes(req.id) || strengthen.includes(req.id)) continue;
    if (holdingOf(profile, acceptedIds(req, otherStateOf(req, profile))) !== 'held') strengthen.push(req.id);
  }

  const partial = options.partial ?? analysis.wordCount < PARTIAL_WORD_COUNT;
  let verdict: Verdict;
  if (!analysis.isPharmacyTech || (partial && requires.length === 0)) verdict = 'unknown';
  else if (missing.length > 0) verdict = 'missing';
  else if (trainable.length > 0) verdict = 'trainable';
  else verdict = 'qualified';

  return { verdict, missing, trainable, strengthen, requires };
}

// ---------------------------------------------------------------------------------------------
// A page of listings: counts and the best next credential (the popup, issue #4).

export interface JudgedListing {
  verdict: VerdictResult;
  analysis: PostingAnalysis;
}

/** What bestNextCredential reads of a judged listing (the popup keeps only this per listing). */
export interface JudgedVerdict {
  verdict: Pick<VerdictResult, 'verdict' | 'missing' | 'trainable'>;
  analysis: Pick<PostingAnalysis, 'isPharmacyTech'>;
}

export interface BestNextCredential {
  id: CredentialId;
  /** How many `missing` listings this one credential would turn into qualified or trainable. */
  unlocks: number;
}

export interface PageSummary {
  /** Pharmacy-technician listings on the page (the others are not counted anywhere). */
  listings: number;
  counts: Record<Verdict, number>;
  bestNext: BestNextCredential | null;
}

/** Would earning `candidate` close this gap? Honours the gap's alternatives and `satisfiedBy`. */
function closes(gap: Gap, candidate: CredentialId): boolean {
  for (const named of [gap.id, ...gap.alternatives]) {
    // A licence in the reader's own state does not close a gap for a licence in another state.
    if (named === 'state-license' && gap.otherState) continue;
    if (idsSatisfying(named).includes(candidate)) return true;
  }
  return false;
}

function closesAll(gaps: readonly Gap[], candidate: CredentialId): boolean {
  return gaps.length > 0 && gaps.every((g) => closes(g, candidate));
}

/**
 * The credential that would turn the most `missing` listings into qualified or trainable: a
 * listing counts only when this one credential closes all its missing gaps. Ties go to the
 * credential that also turns the most trainable listings into qualified, then to the smaller id.
 * Null when no single credential unlocks any listing.
 */
export function bestNextCredential(results: readonly JudgedVerdict[]): BestNextCredential | null {
  const tech = results.filter((r) => r.analysis.isPharmacyTech);
  let best: { id: CredentialId; unlocks: number; upgrades: number } | null = null;
  const candidates = [...CREDENTIAL_IDS].sort();
  for (const id of candidates) {
    let unlocks = 0;
    let upgrades = 0;
    for (const { verdict: v } of tech) {
      if (v.verdict === 'missing' && closesAll(v.missing, id)) unlocks++;
      else if (v.verdict === 'trainable' && closesAll(v.trainable, id)) upgrades++;
    }
    if (unlocks === 0) continue;
    // Candidates are visited in id order, so only a strictly better one replaces the best; on a
    // full tie the more basic credential wins over one that merely implies it (PTCB CPhT over
    // CPhT-Adv, which requires it).
    const better = !best || unlocks > best.unlocks || (unlocks === best.unlocks && upgrades > best.upgrades);
    const tie = best && unlocks === best.unlocks && upgrades === best.upgrades;
    if (better || (tie && idsSatisfying(id).includes(best!.id))) best = { id, unlocks, upgrades };
  }
  return best && { id: best.id, unlocks: best.unlocks };
}

/** Counts by verdict over the page's pharmacy-technician listings, and the best next credential. */
export function summarizePage(results: readonly JudgedListing[]): PageSummary {
  const counts: Record<Verdict, number> = { qualified: 0, trainable: 0, missing: 0, unknown: 0 };
  let listings = 0;
  for (const r of results) {
    if (!r.analysis.isPharmacyTech) continue;
    listings++;
    counts[r.verdict.verdict]++;
  }
  return { listings, counts, bestNext: bestNextCredential(results) };
}
