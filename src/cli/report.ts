import { CREDENTIALS } from '../../keywords/credentials';
import { SETTINGS } from '../../keywords/settings';
import type { CredentialRequirement, Pay, PostingAnalysis, PostingInput } from '../analyze';

/** Human-readable reports for the command-line analyzer. */

const credentialName = new Map(CREDENTIALS.map((c) => [c.id as string, c.name]));
const settingName = new Map(SETTINGS.map((s) => [s.id as string, s.name]));
const EVIDENCE_WIDTH = 110;

function nameOf(id: string): string {
  return credentialName.get(id) ?? id;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_WIDTH ? `${flat.slice(0, EVIDENCE_WIDTH - 1)}…` : flat;
}

function describe(r: CredentialRequirement): string {
  let line = nameOf(r.id);
  if (r.alternatives?.length) line += ` (or ${r.alternatives.map(nameOf).join(', or ')})`;
  const notes: string[] = [];
  if (r.withinDays !== undefined) notes.push(`within ${r.withinDays} days of hire`);
  if (r.acceptsInProgress) notes.push('in progress accepted');
  if (r.traineeAccepted) notes.push('trainee registration accepted');
  if (r.advancementOnly) notes.push('only to advance');
  if (r.negated) notes.push('said not to be needed');
  if (r.state) notes.push(r.state);
  if (r.exemptions?.length) notes.push(`exempt: ${r.exemptions.join('; ')}`);
  if (notes.length) line += ` [${notes.join(', ')}]`;
  return line;
}

/** "$18", "$18.50", "$41,600". */
function money(n: number): string {
  return `$${n.toLocaleString('en-US', { minimumFractionDigits: n % 1 ? 2 : 0, maximumFractionDigits: 2 })}`;
}

export function formatPay(p: Pay): string {
  const range = p.min === p.max ? money(p.min) : `${money(p.min)}–${money(p.max)}`;
  const grades = p.grades ? ` (${p.grades.schedule}-${p.grades.min}${p.grades.max !== p.grades.min ? ` to ${p.grades.max}` : ''})` : '';
  return `${range} per ${p.unit}${grades}`;
}

export function formatReport(file: string, input: PostingInput, a: PostingAnalysis): string {
  const lines = [`== ${file}`, input.title?.trim() || '(no title)'];
  if (!a.isPharmacyTech) {
    lines.push(`Not a pharmacy-technician role${a.role.nearMiss ? ` (${a.role.nearMiss})` : ''}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Pharmacy-technician role (${a.roleLevel})`);
  for (const level of ['required', 'preferred', 'mentioned'] as const) {
    const list = a.credentials.filter((c) => c.level === level);
    if (list.length === 0) continue;
    lines.push(`${level[0]!.toUpperCase()}${level.slice(1)}:`);
    for (const r of list) {
      lines.push(`  - ${describe(r)}`);
      if (level !== 'mentioned') lines.push(`      “${oneLine(r.evidence)}”`);
    }
  }
  if (a.duties.length) lines.push(`Work involves: ${a.duties.map((d) => nameOf(d.id)).join(', ')}`);
  if (a.settings.length) lines.push(`Settings: ${a.settings.map((s) => settingName.get(s.id) ?? s.id).join(', ')}`);
  if (a.pay) lines.push(`Pay: ${formatPay(a.pay)}`);
  else if (a.grades) lines.push(`Grades: ${a.grades.schedule}-${a.grades.min}${a.grades.max !== a.grades.min ? ` to ${a.grades.max}` : ''}`);
  return `${lines.join('\n')}\n`;
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** What a folder of postings asks for: useful to educators and career counsellors. */
export function formatSummary(all: PostingAnalysis[]): string {
  const tech = all.filter((a) => a.isPharmacyTech);
  const lines = ['== Summary', `${all.length} postings, ${tech.length} pharmacy-technician postings.`];
  if (tech.length === 0) return lines.join('\n');

  const demand = new Map<string, { required: number; preferred: number }>();
  for (const a of tech) {
    for (const c of a.credentials) {
      if (c.level === 'mentioned') continue;
      const d = demand.get(c.id) ?? { required: 0, preferred: 0 };
      d[c.level]++;
      demand.set(c.id, d);
    }
  }
  const ranked = [...demand.entries()].sort((x, y) => y[1].required + y[1].preferred - (x[1].required + x[1].preferred) || x[0].localeCompare(y[0]));
  lines.push('', 'Most demanded credentials (required / preferred):');
  const width = Math.max(...ranked.map(([id]) => nameOf(id).length));
  for (const [id, d] of ranked) lines.push(`  ${nameOf(id).padEnd(width)}  ${String(d.required).padStart(4)} / ${String(d.preferred).padStart(4)}`);

  const settings = new Map<string, number>();
  for (const a of tech) for (const s of a.settings) settings.set(s.id, (settings.get(s.id) ?? 0) + 1);
  if (settings.size) {
    lines.push('', 'Settings:');
    for (const [id, n] of [...settings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) lines.push(`  ${(settingName.get(id) ?? id).padEnd(28)} ${n}`);
  }

  lines.push('', 'Pay (postings that state it):');
  for (const unit of ['hour', 'year', 'week', 'month'] as const) {
    const pays = tech.map((a) => a.pay).filter((p): p is Pay => p?.unit === unit);
    if (pays.length === 0) continue;
    const mins = pays.map((p) => p.min);
    const maxs = pays.map((p) => p.max);
    lines.push(`  per ${unit}: ${pays.length} postings, lowest ${money(Math.min(...mins))}, highest ${money(Math.max(...maxs))}, median range ${money(median(mins))}–${money(median(maxs))}`);
  }
  return lines.join('\n');
}
