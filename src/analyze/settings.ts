import type { SettingId } from '../../keywords/types';
import { type Lexicon, matchAll, W } from './lexicon';
import type { Sentence } from './structure';
import type { Tokens } from './tokenize';
import type { SettingSignal } from './types';

/**
 * Where the job is. A setting phrase counts when it describes the job: not in a sentence that
 * asks for experience ("retail experience preferred", "background in a hospital"), and not in
 * benefits or about-us / equal-opportunity sections. The title also counts its own phrases
 * ("IV Room Technician" is a compounding job).
 */
export function findSettings(text: string, t: Tokens, sentences: readonly Sentence[], lex: Lexicon, out: Map<SettingId, SettingSignal>, isTitle = false): void {
  const ids = t.id;
  for (const s of sentences) {
    if (s.scope === 'about' || s.scope === 'offered') continue;
    const found = matchAll(isTitle ? lex.settingTitleTrie : lex.settingTrie, ids, s.from, s.to, []);
    if (found.length === 0) continue;
    if (!isTitle && (asksForExperience(s) || speaksOfElsewhere(s))) continue;
    for (const m of found) {
      for (const id of (isTitle ? lex.settingTitleTrie : lex.settingTrie).payloads[m.payload]!) {
        if (!out.has(id)) out.set(id, { id, evidence: text.slice(s.start, Math.min(s.end, s.start + 400)) });
      }
    }
  }

  /** "This role has no nuclear pharmacy duties", "referred to our partner cancer center". */
  function speaksOfElsewhere(s: Sentence): boolean {
    for (let k = s.from; k < s.to; k++) {
      const v = ids[k]!;
      if (v > 0 && lex.wordClass[v]! & W.Elsewhere) return true;
    }
    return false;
  }

  /** "Retail experience preferred": experience asked of the applicant, not the job's setting. */
  function asksForExperience(s: Sentence): boolean {
    let experience = false;
    for (let k = s.from; k < s.to && !experience; k++) {
      const v = ids[k]!;
      if (v > 0 && lex.wordClass[v]! & W.Experience) experience = true;
    }
    if (!experience) return false;
    if (s.scope === 'required' || s.scope === 'preferred') return true;
    return matchAll(lex.cueTrie, ids, s.from, s.to, []).some((m) => {
      const kind = lex.cueTrie.payloads[m.payload]!.kind;
      return kind === 'required' || kind === 'preferred';
    });
  }
}
