import type { RoleLevel } from '../../keywords/types';
import { type Lexicon, matchAll, W } from './lexicon';
import type { Tokens } from './tokenize';

/**
 * Is this a pharmacy-technician role, and at which level? Decided on the title:
 * an explicit technician phrase wins, then a near miss rules it out, then a technician word
 * next to a pharmacy word. Without a title, the first lines of the text stand in for it.
 * A title that names a pharmacy but no role ("Pharmacy Operations Supervisor", "Billing &
 * Reimbursement Specialist - Specialty Pharmacy") is a technician role when the posting requires
 * a technician credential (see TECHNICIAN_CREDENTIALS).
 */
export const TECHNICIAN_CREDENTIALS: readonly string[] = ['national-certification', 'ptcb-cpht', 'nha-excpt', 'cpht-adv', 'cspt', 'state-license'];
export interface RoleResult {
  isPharmacyTech: boolean;
  level: RoleLevel;
  matched?: string;
  nearMiss?: string;
  /** Undecided title that names a pharmacy ("Pharmacy Operations Supervisor"): the posting's requirements decide. */
  pharmacyTitle?: boolean;
}

export function judgeRole(titleText: string, t: Tokens, lex: Lexicon): RoleResult {
  const ids = t.id;
  const n = t.count;
  const tech = matchAll(lex.techTitleTrie, ids, 0, n, [])[0];
  const level = roleLevel(t, lex);
  if (tech) return { isPharmacyTech: true, level, matched: titleText.slice(t.start[tech.from], t.end[tech.to - 1]) };
  const miss = matchAll(lex.nearMissTrie, ids, 0, n, [])[0];
  if (miss) return { isPharmacyTech: false, level: 'technician', nearMiss: lex.nearMissTrie.payloads[miss.payload] };
  let head = -1;
  let context = -1;
  for (let k = 0; k < n; k++) {
    const v = ids[k]!;
    if (v <= 0) continue;
    const c = lex.wordClass[v]!;
    if (c & W.TechHead && head < 0) head = k;
    if (c & W.PharmacyContext && context < 0) context = k;
  }
  if (head >= 0 && context >= 0) {
    const a = Math.min(head, context);
    const b = Math.max(head, context);
    return { isPharmacyTech: true, level, matched: titleText.slice(t.start[a], t.end[b]) };
  }
  return { isPharmacyTech: false, level, pharmacyTitle: context >= 0 };
}

function roleLevel(t: Tokens, lex: Lexicon): RoleLevel {
  const order: Record<Exclude<RoleLevel, 'technician'>, number> = { trainee: 0, supervisor: 1, senior: 2, specialist: 3 };
  let best: Exclude<RoleLevel, 'technician'> | null = null;
  for (const m of matchAll(lex.roleLevelTrie, t.id, 0, t.count, [])) {
    const level = lex.roleLevelTrie.payloads[m.payload]!;
    if (best === null || order[level] < order[best]) best = level;
  }
  return best ?? 'technician';
}
