import { type Lexicon, matchAll } from './lexicon';
import type { Tokens } from './tokenize';
import type { CredentialRequirement } from './types';

/**
 * A title that names a credential ("Certified Pharmacy Technician", "Registered Pharmacy
 * Technician - Texas") makes it required, unless the posting itself says more about it (any
 * cue in the text wins: "certification preferred", "not required", "or eligible to sit").
 * The evidence is the title, so `evidenceStart` is -1.
 */
export function applyTitleCredentials(title: string, t: Tokens, found: CredentialRequirement[], lex: Lexicon): CredentialRequirement[] {
  if (!title.trim()) return found;
  const out = found.slice();
  for (const m of matchAll(lex.credentialTrie, t.id, 0, t.count, [])) {
    const cred = lex.credentialTrie.payloads[m.payload]!.credential;
    if (cred < 0) continue;
    const entry = lex.credentials[cred]!;
    if (entry.kind !== 'named') continue;
    const id = entry.id;
    const existing = out.find((r) => r.id === id || r.alternatives?.includes(id));
    if (existing && (existing.level !== 'mentioned' || existing.negated)) continue;
    // "Certified Pharmacy Technician" over a posting that requires PTCB: the body is more precise.
    if (entry.satisfiedBy?.some((s) => out.some((r) => r.level === 'required' && (r.id === s || r.alternatives?.includes(s))))) continue;
    if (existing) out.splice(out.indexOf(existing), 1);
    out.unshift({ id, level: 'required', evidence: title, evidenceStart: -1 });
  }
  return out;
}
