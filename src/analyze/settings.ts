import { SETTINGS } from '../../keywords/settings';
import type { SettingId } from '../../keywords/types';
import { type Lexicon, type Match, matchAll, W } from './lexicon';
import type { Sentence } from './structure';
import { Tok, type Tokens } from './tokenize';

/** How many words from a setting phrase an experience word still makes it experience asked for. */
const EXPERIENCE_REACH = 10;
/** How many words from a setting phrase a "not" / "partner" / "referred" word reaches. */
const ELSEWHERE_REACH = 10;
/** How many words before a setting phrase a client word ("for", "serving") reaches. */
const CLIENT_REACH = 5;
/** Kinds of place one sentence must name to be about the whole organisation. */
const PORTFOLIO_SETTINGS = 3;
const SINGLE = new Set(['a', 'an', 'one', 'single']);
const definedByClients = new Set(SETTINGS.filter((s) => s.definedByClients).map((s) => s.id));
import type { SettingSignal } from './types';

/**
 * Where the job is. A setting phrase counts when it describes the job: not next to words that
 * ask for experience ("retail experience preferred", "background in a hospital") or speaks of
 * somewhere else, and not in benefits or about-us / equal-opportunity sections. The title also counts its own phrases
 * ("IV Room Technician" is a compounding job).
 */
export function findSettings(text: string, t: Tokens, sentences: readonly Sentence[], lex: Lexicon, out: Map<SettingId, SettingSignal>, isTitle = false): void {
  const ids = t.id;
  for (const s of sentences) {
    if (s.scope === 'about' || s.scope === 'offered') continue;
    const found = matchAll(isTitle ? lex.settingTitleTrie : lex.settingTrie, ids, s.from, s.to, []);
    if (found.length === 0) continue;
    if (!isTitle && portfolio(found)) continue;
    // A setting skipped here is also skipped in the parenthesis right after it ("... Consolidated
    // Mail Outpatient Pharmacy (CMOP)").
    let skippedBefore: readonly SettingId[] = [];
    for (const m of found) {
      const ids = (isTitle ? lex.settingTitleTrie : lex.settingTrie).payloads[m.payload]!;
      const alias = m.from > s.from && t.id[m.from - 1] === Tok.OpenParen;
      if (!isTitle && (notThisJob(s, m) || (alias && ids.some((id) => skippedBefore.includes(id))))) {
        skippedBefore = ids;
        continue;
      }
      const client = !isTitle && servedByTheJob(s, m);
      skippedBefore = client ? ids.filter((id) => !definedByClients.has(id)) : [];
      for (const id of ids) {
        if (client && !definedByClients.has(id)) continue;
        if (!out.has(id)) out.set(id, { id, evidence: text.slice(s.start, Math.min(s.end, s.start + 400)) });
      }
    }
  }

  /**
   * "… four hospitals, 38 clinics, seven retail pharmacies, a specialty pharmacy and a mail-order
   * service": a sentence that names PORTFOLIO_SETTINGS or more kinds of place describes the
   * employer's whole organisation, not where this job is.
   */
  function portfolio(found: Match[]): boolean {
    const kinds = new Set<SettingId>();
    for (const m of found) for (const id of lex.settingTrie.payloads[m.payload]!) kinds.add(id);
    return kinds.size >= PORTFOLIO_SETTINGS;
  }

  /**
   * Skip a setting named near a request for experience ("1+ years of retail, LTC or clinic
   * pharmacy experience") or near words of another place ("no nuclear pharmacy duties",
   * "referred to our partner cancer center").
   */
  function notThisJob(s: Sentence, m: Match): boolean {
    return near(s, m, W.Experience, EXPERIENCE_REACH) || near(s, m, W.Elsewhere, ELSEWHERE_REACH) || counted(s, m);
  }

  /**
   * "four hospitals, 38 clinics, seven retail pharmacies": facilities counted describe the
   * employer, not where this job is ("24/7 inpatient pharmacy" is a schedule, not a count).
   */
  function counted(s: Sentence, m: Match): boolean {
    const k = m.from - 1;
    if (k < s.from) return false;
    const v = ids[k]!;
    // Number words include "a" / "an" / "one" ("a year"): a count of facilities is two or more.
    const isNumber = v === Tok.Number || (v > 0 && (lex.wordClass[v]! & W.NumberWord) !== 0 && !SINGLE.has(lex.wordText[v]!));
    if (!isNumber) return false;
    const before = k - 1 >= s.from ? ids[k - 1]! : 0;
    if (before === Tok.Slash || before === Tok.Dash || before === Tok.Colon) return false;
    // "technicians in our three hospitals": placed there, the count is where the job is.
    for (let q = k - 1, w = 0; q >= s.from && w < 2; q--) {
      const p = ids[q]!;
      if (p < 0) continue;
      w++;
      if (p > 0 && lex.wordClass[p]! & W.Location) return false;
    }
    return true;
  }

  function near(s: Sentence, m: Match, bit: W, reach: number): boolean {
    const has = (k: number) => {
      const v = ids[k]!;
      return v > 0 && (lex.wordClass[v]! & bit) !== 0;
    };
    // Experience reaches across a list ("retail, LTC or clinic experience"); other places stop at a
    // comma or semicolon ("Community retail pharmacy, no nights").
    const stops = bit === W.Elsewhere;
    // ", not by this position" still speaks of the phrase before the comma.
    const notNext = (k: number) => k + 1 < s.to && ids[k + 1]! > 0 && (lex.wordClass[ids[k + 1]!]! & W.Elsewhere) !== 0 && lex.wordText[ids[k + 1]!] === 'not';
    for (let k = m.from - 1, w = 0; k >= s.from && w < reach; k--) {
      if (stops && (ids[k] === Tok.Comma || ids[k] === Tok.Semicolon)) break;
      if (ids[k]! >= 0 && (w++, has(k))) return true;
    }
    for (let k = m.to, w = 0; k < s.to && w < reach; k++) {
      if (stops && (ids[k] === Tok.Comma || ids[k] === Tok.Semicolon) && !notNext(k)) break;
      if (ids[k]! >= 0 && (w++, has(k))) return true;
    }
    return false;
  }

  /** "IV bags for hospitals", "ships them to the stores": the setting is a client of the job. */
  function servedByTheJob(s: Sentence, m: Match): boolean {
    for (let k = m.from - 1, w = 0; k >= s.from && w < CLIENT_REACH; k--) {
      const v = ids[k]!;
      if (v < 0) continue;
      w++;
      // "… for new technicians in our stores": the nearer "in" places the job there.
      if (v > 0 && lex.wordClass[v]! & W.Location) return false;
      if (v > 0 && lex.wordClass[v]! & W.Client) {
        const before = k - 1 >= s.from ? ids[k - 1]! : 0;
        return !(before > 0 && lex.wordClass[before]! & W.ClientException);
      }
    }
    return false;
  }

}

