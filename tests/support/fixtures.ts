import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CredentialId, PostingAnalysis, CredentialRequirement } from '../../src/analyze';
import { splitTitle } from '../../src/cli/saved-posting';

/** A posting fixture: NAME.txt (first non-empty line is the title) + NAME.expected.json. */
export interface PostingFixture {
  name: string;
  title: string;
  text: string;
  raw: string;
  expected: ExpectedAnalysis;
}

export interface ExpectedAnalysis {
  isPharmacyTech: boolean;
  roleLevel?: string;
  required?: (string | string[])[];
  preferred?: (string | string[])[];
  withinDays?: Record<string, number>;
  acceptsInProgress?: string[];
  traineeAccepted?: boolean;
  advancementOnly?: string[];
  absent?: string[];
  mentioned?: string[];
  settings?: string[];
  notSettings?: string[];
  pay?: { min: number; max: number; unit: string } | null;
}

export const POSTINGS_DIR = join(import.meta.dirname, '..', 'fixtures', 'postings');


export function loadPostingFixtures(dir = POSTINGS_DIR): PostingFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const raw = readFileSync(join(dir, f), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as ExpectedAnalysis;
      const { title = '', text } = splitTitle(raw);
      return { name, raw, expected, title, text };
    });
}

/** Ids that satisfy a requirement: itself, its alternatives, and either body for a national certification. */
export function satisfyingSet(ids: readonly string[]): string[] {
  const set = new Set(ids);
  // A national certification is PTCB or NHA; "PTCB or NHA" is a national certification.
  if (set.has('national-certification') || (set.has('ptcb-cpht') && set.has('nha-excpt'))) {
    set.add('national-certification');
    set.add('ptcb-cpht');
    set.add('nha-excpt');
  }
  return [...set].sort();
}

export function requirementSet(r: CredentialRequirement): string[] {
  return satisfyingSet([r.id, ...(r.alternatives ?? [])]);
}

const key = (ids: readonly string[]) => ids.join('|');

/** Every difference between an analysis and its expectation, as readable lines (empty when it passes). */
export function compareAnalysis(a: PostingAnalysis, e: ExpectedAnalysis): string[] {
  const problems: string[] = [];
  if (a.isPharmacyTech !== e.isPharmacyTech) problems.push(`isPharmacyTech: got ${a.isPharmacyTech}, want ${e.isPharmacyTech}`);
  if (e.roleLevel !== undefined && a.roleLevel !== e.roleLevel) problems.push(`roleLevel: got ${a.roleLevel}, want ${e.roleLevel}`);
  const advancement = new Set(e.advancementOnly ?? []);
  const notAdvancement = (r: CredentialRequirement) => !(r.advancementOnly && requirementSet(r).some((id) => advancement.has(id)));
  for (const level of ['required', 'preferred'] as const) {
    const want = e[level];
    if (want === undefined) continue;
    const got = a.credentials.filter((r) => r.level === level && notAdvancement(r)).map((r) => key(requirementSet(r)));
    const wanted = want.map((w) => key(satisfyingSet(Array.isArray(w) ? w : [w])));
    const missing = wanted.filter((w) => !got.includes(w));
    const extra = got.filter((g) => !wanted.includes(g));
    if (missing.length || extra.length) problems.push(`${level}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
  }
  const holding = (id: string) => a.credentials.find((r) => r.level !== 'mentioned' && (r.id === id || r.alternatives?.includes(id as CredentialId)));
  for (const [id, days] of Object.entries(e.withinDays ?? {})) {
    const r = holding(id);
    if (r?.withinDays !== days) problems.push(`withinDays ${id}: got ${r?.withinDays}, want ${days}`);
  }
  for (const id of e.acceptsInProgress ?? []) if (!holding(id)?.acceptsInProgress) problems.push(`acceptsInProgress ${id}: not set`);
  for (const id of e.advancementOnly ?? []) {
    const r = a.credentials.find((c) => c.id === id || c.alternatives?.includes(id as CredentialId));
    if (!r?.advancementOnly) problems.push(`advancementOnly ${id}: not set`);
  }
  if (e.traineeAccepted !== undefined) {
    const r = holding('state-license');
    if (Boolean(r?.traineeAccepted) !== e.traineeAccepted) problems.push(`traineeAccepted: got ${Boolean(r?.traineeAccepted)}, want ${e.traineeAccepted}`);
  }
  for (const id of e.absent ?? []) if (holding(id)) problems.push(`absent ${id}: came out ${holding(id)!.level}`);
  for (const id of e.mentioned ?? []) {
    const r = a.credentials.find((c) => c.id === id || c.alternatives?.includes(id as CredentialId));
    if (r?.level !== 'mentioned') problems.push(`mentioned ${id}: got ${r ? r.level : 'nothing'}`);
  }
  // Settings: every expected one found, and none of the named negatives.
  const settings = a.settings.map((s) => s.id).sort();
  const missingSettings = (e.settings ?? []).filter((s) => !settings.includes(s as never));
  if (missingSettings.length) problems.push(`settings: missing [${missingSettings.join(', ')}] (got [${settings.join(', ')}])`);
  for (const id of e.notSettings ?? []) if (settings.includes(id as never)) problems.push(`notSettings ${id}: found`);
  if (e.pay !== undefined) {
    const p = a.pay;
    if (e.pay === null) {
      if (p) problems.push(`pay: got ${p.min}-${p.max}/${p.unit}, want none`);
    } else if (!p || Math.abs(p.min - e.pay.min) > 0.005 || Math.abs(p.max - e.pay.max) > 0.005 || p.unit !== e.pay.unit) {
      problems.push(`pay: got ${p ? `${p.min}-${p.max}/${p.unit}` : 'none'}, want ${e.pay.min}-${e.pay.max}/${e.pay.unit}`);
    }
  }
  return problems;
}
