import { describe, expect, it } from 'vitest';
import { CREDENTIALS, NOT_CREDENTIAL_PHRASES } from '../../keywords/credentials';
import { CUES, SECTION_HEADINGS } from '../../keywords/qualifiers';
import { NEAR_MISS_ROLES, ROLE_LEVEL_PHRASES, TECH_TITLE_PHRASES } from '../../keywords/roles';
import { NOT_SETTING_PHRASES, SETTINGS, SHARED_SETTING_PHRASES } from '../../keywords/settings';
import { STATES } from '../../keywords/states';
import { CREDENTIAL_IDS, SETTING_IDS } from '../../keywords/types';
import { foldWord } from '../../src/analyze/fold';
import { lexicon, matchText, type Trie } from '../../src/analyze/lexicon';
import { loadPostingFixtures } from '../support/fixtures';

/** A phrase as the matcher sees it: folded words joined by spaces. */
const key = (phrase: string) =>
  phrase
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter(Boolean)
    .join(' ');

/** The single match of `phrase` on its own, which must cover all of it. */
function wholeMatch(trie: Trie<unknown>, phrase: string) {
  const found = matchText(trie, phrase);
  return found.length === 1 ? found[0]!.payload : undefined;
}

function duplicates(entries: { owner: string; phrases: readonly string[] }[], allowed: ReadonlySet<string> = new Set()): string[] {
  const seen = new Map<string, string>();
  const dupes: string[] = [];
  for (const { owner, phrases } of entries) {
    for (const p of phrases) {
      const k = key(p);
      const other = seen.get(k);
      if (other !== undefined && other !== owner && !allowed.has(k)) dupes.push(`"${p}": ${other} and ${owner}`);
      seen.set(k, owner);
    }
  }
  return dupes;
}

describe('keyword map', () => {
  const lex = lexicon();

  it('has exactly the public credential and setting ids, each once', () => {
    expect(CREDENTIALS.map((c) => c.id).sort()).toEqual([...CREDENTIAL_IDS].sort());
    expect(SETTINGS.map((s) => s.id).sort()).toEqual([...SETTING_IDS].sort());
    expect(STATES).toHaveLength(52);
    expect(new Set(STATES.map((s) => s.code)).size).toBe(52);
  });

  it('describes every credential for a reader', () => {
    for (const c of CREDENTIALS) {
      expect(c.name.length, c.id).toBeGreaterThan(3);
      expect(c.issuer.length, c.id).toBeGreaterThan(3);
      expect(c.summary, c.id).toMatch(/^[A-Z].{20,200}\.$/);
      expect(c.phrases.length, c.id).toBeGreaterThan(0);
      for (const s of c.satisfiedBy ?? []) expect(CREDENTIAL_IDS, c.id).toContain(s);
    }
  });

  it('reaches every credential phrase: alone, it matches whole and names its own credential', () => {
    const unreachable: string[] = [];
    CREDENTIALS.forEach((c, index) => {
      for (const p of c.phrases) {
        const payload = wholeMatch(lex.credentialTrie, p);
        if (payload === undefined || lex.credentialTrie.payloads[payload]!.credential !== index) unreachable.push(`${c.id}: "${p}"`);
      }
    });
    for (const p of NOT_CREDENTIAL_PHRASES) {
      const payload = wholeMatch(lex.credentialTrie, p);
      if (payload === undefined || lex.credentialTrie.payloads[payload]!.credential !== -1) unreachable.push(`mask: "${p}"`);
    }
    expect(unreachable).toEqual([]);
  });

  it('reaches every setting, cue, heading and role phrase', () => {
    const unreachable: string[] = [];
    for (const s of SETTINGS) {
      for (const p of s.phrases) {
        const payload = wholeMatch(lex.settingTrie, p);
        if (payload === undefined || !lex.settingTrie.payloads[payload]!.includes(s.id)) unreachable.push(`${s.id}: "${p}"`);
      }
      for (const p of s.titlePhrases ?? []) {
        const payload = wholeMatch(lex.settingTitleTrie, p);
        if (payload === undefined || !lex.settingTitleTrie.payloads[payload]!.includes(s.id)) unreachable.push(`${s.id} (title): "${p}"`);
      }
    }
    for (const p of NOT_SETTING_PHRASES) {
      const payload = wholeMatch(lex.settingTrie, p);
      if (payload === undefined || lex.settingTrie.payloads[payload]!.length !== 0) unreachable.push(`setting mask: "${p}"`);
    }
    for (const cue of CUES) {
      for (const p of cue.phrases) {
        const payload = wholeMatch(lex.cueTrie, p);
        const got = payload === undefined ? undefined : lex.cueTrie.payloads[payload]!;
        if (got?.kind !== cue.kind || got.attaches !== cue.attaches) unreachable.push(`${cue.kind}/${cue.attaches}: "${p}"`);
      }
    }
    for (const h of SECTION_HEADINGS) {
      for (const p of h.phrases) {
        const payload = wholeMatch(lex.headingTrie, p);
        if (payload === undefined || lex.headingTrie.payloads[payload] !== h.scope) unreachable.push(`heading ${h.scope}: "${p}"`);
      }
    }
    for (const p of TECH_TITLE_PHRASES) if (wholeMatch(lex.techTitleTrie, p) === undefined) unreachable.push(`tech title: "${p}"`);
    for (const r of NEAR_MISS_ROLES) for (const p of r.phrases) if (wholeMatch(lex.nearMissTrie, p) === undefined) unreachable.push(`near miss: "${p}"`);
    for (const r of ROLE_LEVEL_PHRASES) {
      for (const p of r.phrases) {
        const payload = wholeMatch(lex.roleLevelTrie, p);
        if (payload === undefined || lex.roleLevelTrie.payloads[payload] !== r.level) unreachable.push(`level ${r.level}: "${p}"`);
      }
    }
    expect(unreachable).toEqual([]);
  });

  it('gives no phrase to two entries unless declared', () => {
    expect(duplicates([...CREDENTIALS.map((c) => ({ owner: c.id, phrases: c.phrases })), { owner: 'not a credential', phrases: NOT_CREDENTIAL_PHRASES }])).toEqual([]);
    expect(duplicates(SETTINGS.map((s) => ({ owner: s.id, phrases: s.phrases })), new Set(SHARED_SETTING_PHRASES.map(key)))).toEqual([]);
    expect(duplicates(CUES.map((c) => ({ owner: `${c.kind}/${c.attaches}`, phrases: c.phrases })))).toEqual([]);
    expect(duplicates(SECTION_HEADINGS.map((h) => ({ owner: h.scope, phrases: h.phrases })))).toEqual([]);
    expect(duplicates([{ owner: 'technician', phrases: TECH_TITLE_PHRASES }, ...NEAR_MISS_ROLES.map((r) => ({ owner: r.id, phrases: r.phrases }))])).toEqual([]);
  });

  it('declares only shared phrases that two settings really claim', () => {
    for (const p of SHARED_SETTING_PHRASES) {
      const owners = SETTINGS.filter((s) => s.phrases.some((q) => key(q) === key(p)));
      expect(owners.length, p).toBeGreaterThanOrEqual(2);
    }
  });

  describe('is exercised by the posting fixtures', () => {
    const fixtures = loadPostingFixtures();
    const flat = (list: (string | string[])[] | undefined) => (list ?? []).flat();
    const names = (f: (typeof fixtures)[number], trie: Trie<unknown>) => matchText(trie, `${f.title}\n${f.text}`);

    it.each(CREDENTIALS.map((c, i) => [c.id, i] as const))('%s: at least one posting asks for it and one names it without asking', (id, index) => {
      const positive = fixtures.filter((f) => [...flat(f.expected.required), ...flat(f.expected.preferred), ...(f.expected.advancementOnly ?? [])].includes(id));
      const negative = fixtures.filter(
        (f) =>
          [...(f.expected.absent ?? []), ...(f.expected.mentioned ?? [])].includes(id) &&
          names(f, lex.credentialTrie).some((m) => lex.credentialTrie.payloads[m.payload]!.credential === index),
      );
      expect(positive.length).toBeGreaterThan(0);
      expect(negative.length).toBeGreaterThan(0);
    });

    it.each(SETTINGS.map((s) => [s.id] as const))('%s: at least one posting is in it and one names it but is not', (id) => {
      const positive = fixtures.filter((f) => f.expected.settings?.includes(id));
      const negative = fixtures.filter(
        (f) => f.expected.notSettings?.includes(id) && names(f, lex.settingTrie).some((m) => lex.settingTrie.payloads[m.payload]!.includes(id)),
      );
      expect(positive.length).toBeGreaterThan(0);
      expect(negative.length).toBeGreaterThan(0);
    });
  });
});
