import { CREDENTIALS, NOT_CREDENTIAL_PHRASES } from '../../keywords/credentials';
import {
  ALTERNATIVE_WORDS,
  CLAUSE_BREAK_WORDS,
  CREDENTIAL_WORDS,
  CUES,
  DEADLINE,
  DUTY_WORDS,
  GENERIC_REFERENCES,
  NOT_BASE_PAY_WORDS,
  PAY_UNITS,
  REQUIREMENT_FILLER_WORDS,
  SECTION_HEADINGS,
} from '../../keywords/qualifiers';
import { NEAR_MISS_ROLES, PHARMACY_CONTEXT_WORDS, ROLE_LEVEL_PHRASES, TECH_HEAD_WORDS, TECH_TITLE_PHRASES } from '../../keywords/roles';
import { CLIENT_WORD_EXCEPTIONS, CLIENT_WORDS, LOCATION_WORDS, NOT_SETTING_PHRASES, NOT_THIS_JOB_WORDS, SETTINGS, SHARED_SETTING_PHRASES } from '../../keywords/settings';
import { STATE_AGENCY_ALIASES, STATES } from '../../keywords/states';
import type { CredentialEntry, CueEntry, CueKind, HeadingScope, RoleLevel, SettingId } from '../../keywords/types';
import { foldWord } from './fold';
import { FLAG_NUMERIC, stem, Tok, tokenize, VocabTable } from './tokenize';

/**
 * The keyword map compiled once: every phrase becomes a path of word ids in a token trie, and
 * every single-word list becomes a bit in a per-word class mask. Matching is then a walk over
 * token ids, bounded by the longest phrase: linear in the text, no regular expressions.
 */

export class TrieNode {
  next: Map<number, TrieNode> | null = null;
  /** Payload index, or -1. */
  value = -1;
}

export interface Trie<P> {
  root: TrieNode;
  payloads: P[];
  /** Longest phrase, in words. */
  depth: number;
  /** By word id: 1 when a phrase starts with that word (a typed-array test before any walk). */
  starts: Uint8Array;
}

/** Word classes (bits of Lexicon.wordClass). */
export const enum W {
  CredentialWord = 1 << 0,
  DutyWord = 1 << 1,
  GenericCertification = 1 << 2,
  GenericLicense = 1 << 3,
  ClauseBreak = 1 << 4,
  Alternative = 1 << 5,
  Filler = 1 << 6,
  DeadlineLead = 1 << 7,
  LookBack = 1 << 8,
  NumberWord = 1 << 9,
  TimeUnit = 1 << 10,
  HourUnit = 1 << 11,
  NotBasePay = 1 << 12,
  PayUnit = 1 << 13,
  TechHead = 1 << 14,
  PharmacyContext = 1 << 15,
  Experience = 1 << 16,
  And = 1 << 17,
  GradeSchedule = 1 << 18,
  Range = 1 << 19,
  Per = 1 << 20,
  UpTo = 1 << 21,
  GenericPronoun = 1 << 22,
  Elsewhere = 1 << 23,
  Client = 1 << 24,
  Thousand = 1 << 26,
  IssuedBy = 1 << 27,
  ExampleIntro = 1 << 29,
  /** Words a sentence cannot end on: prepositions, articles, possessives. */
  Joiner = 1 << 30,
  /** First word of a deadline, in-progress, trainee, exemption or advancement cue, or a time unit. */
  ModifierHint = 1 << 28,
  ClientException = 1 << 25,
  Location = 1 << 31,
}

export interface CredentialPayload {
  /** -1 for a masking phrase ("tuition reimbursement"). */
  credential: number;
}

export interface CuePayload {
  kind: CueKind;
  attaches: CueEntry['attaches'];
  strong: boolean;
}

export interface Lexicon {
  /** Folded, stemmed word -> id (ids start at 1). */
  words: Map<string, number>;
  wordText: string[];
  wordClass: Uint32Array;
  vocab: VocabTable;
  andId: number;
  orId: number;
  credentials: readonly CredentialEntry[];
  credentialTrie: Trie<CredentialPayload>;
  cueTrie: Trie<CuePayload>;
  settingTrie: Trie<SettingId[]>;
  /** Setting phrases plus those that count only in a title. */
  settingTitleTrie: Trie<SettingId[]>;
  headingTrie: Trie<HeadingScope>;
  stateTrie: Trie<string>;
  techTitleTrie: Trie<true>;
  nearMissTrie: Trie<string>;
  roleLevelTrie: Trie<Exclude<RoleLevel, 'technician'>>;
  deadlineTrailTrie: Trie<true>;
  /** id -> number for number words ("ninety"). */
  numberValue: Map<number, number>;
  /** id -> days for time units. */
  unitDays: Map<number, number>;
  payUnit: Map<number, 'hour' | 'week' | 'month' | 'year'>;
  /** id of a word -> index into CREDENTIALS of the credential its generic family points at. */
  idOf: (word: string) => number;
}

let compiled: Lexicon | null = null;
const emptyVocab = new VocabTable(1);

/** The compiled keyword map (built on first use, then shared). */
export function lexicon(): Lexicon {
  return (compiled ??= compile());
}

function compile(): Lexicon {
  const words = new Map<string, number>();
  const wordText: string[] = [''];
  // Sized for the keyword map with room to spare; the table is checked when full.
  const vocab = new VocabTable(8192);

  const intern = (folded: string): number => {
    let wid = words.get(folded);
    if (wid !== undefined) return wid;
    wid = wordText.length;
    if (wid >= 8192) throw new Error('RxLadder keyword map: more than 8192 distinct words; enlarge the vocabulary table');
    words.set(folded, wid);
    wordText.push(folded);
    if (!vocab.add(folded, wid)) throw new Error(`RxLadder keyword map: hash collision on "${folded}"`);
    return wid;
  };

  /** Split a phrase into folded, stemmed words exactly as the scanner would. */
  const phraseWords = (phrase: string): string[] => {
    const t = tokenize(phrase, emptyVocab, 0);
    const out: string[] = [];
    for (let k = 0; k < t.count; k++) {
      const tid = t.id[k]!;
      if (tid >= 0 || tid === Tok.Number) {
        const raw = foldWord(phrase.slice(t.start[k], t.end[k]));
        out.push(t.flags[k]! & FLAG_NUMERIC ? raw : stem(raw));
      } else if (phrase.charCodeAt(t.start[k]!) === 38) {
        out.push('and'); // "&"
      }
    }
    return out;
  };

  const tries: Trie<unknown>[] = [];
  const makeTrie = <P>(): Trie<P> => {
    const trie: Trie<P> = { root: new TrieNode(), payloads: [], depth: 0, starts: new Uint8Array(0) };
    tries.push(trie);
    return trie;
  };

  const addPhrase = <P>(trie: Trie<P>, phrase: string, payload: P, merge?: (a: P, b: P) => P): void => {
    const ws = phraseWords(phrase);
    if (ws.length === 0) throw new Error(`RxLadder keyword map: empty phrase "${phrase}"`);
    let node = trie.root;
    for (const w of ws) {
      const wid = intern(w);
      node.next ??= new Map();
      let child = node.next.get(wid);
      if (!child) node.next.set(wid, (child = new TrieNode()));
      node = child;
    }
    trie.depth = Math.max(trie.depth, ws.length);
    if (node.value >= 0) {
      if (!merge) return; // the same phrase twice in one entry (after folding): keep the first
      trie.payloads[node.value] = merge(trie.payloads[node.value]!, payload);
      return;
    }
    node.value = trie.payloads.length;
    trie.payloads.push(payload);
  };

  // Credentials (and phrases that mask them).
  const credentialTrie = makeTrie<CredentialPayload>();
  CREDENTIALS.forEach((entry, index) => {
    for (const p of entry.phrases) addPhrase(credentialTrie, p, { credential: index });
  });
  for (const p of NOT_CREDENTIAL_PHRASES) addPhrase(credentialTrie, p, { credential: -1 });

  const cueTrie = makeTrie<CuePayload>();
  for (const cue of CUES) for (const p of cue.phrases) addPhrase(cueTrie, p, { kind: cue.kind, attaches: cue.attaches, strong: cue.strong === true });

  const shared = new Set(SHARED_SETTING_PHRASES.map((p) => phraseWords(p).join(' ')));
  const settingTrie = makeTrie<SettingId[]>();
  const settingTitleTrie = makeTrie<SettingId[]>();
  for (const s of SETTINGS) {
    for (const p of s.phrases) {
      const merge = (a: SettingId[], b: SettingId[]) => (shared.has(phraseWords(p).join(' ')) ? [...a, ...b.filter((x) => !a.includes(x))] : a);
      addPhrase(settingTrie, p, [s.id], merge);
      addPhrase(settingTitleTrie, p, [s.id], merge);
    }
    for (const p of s.titlePhrases ?? []) addPhrase(settingTitleTrie, p, [s.id]);
  }
  for (const p of NOT_SETTING_PHRASES) addPhrase(settingTrie, p, []);

  const headingTrie = makeTrie<HeadingScope>();
  for (const h of SECTION_HEADINGS) for (const p of h.phrases) addPhrase(headingTrie, p, h.scope);

  const stateTrie = makeTrie<string>();
  for (const s of STATES) addPhrase(stateTrie, s.name, s.code);
  for (const [alias, code] of Object.entries(STATE_AGENCY_ALIASES)) addPhrase(stateTrie, alias, code);

  const techTitleTrie = makeTrie<true>();
  for (const p of TECH_TITLE_PHRASES) addPhrase(techTitleTrie, p, true);
  const nearMissTrie = makeTrie<string>();
  for (const r of NEAR_MISS_ROLES) for (const p of r.phrases) addPhrase(nearMissTrie, p, r.id);
  const roleLevelTrie = makeTrie<Exclude<RoleLevel, 'technician'>>();
  for (const r of ROLE_LEVEL_PHRASES) for (const p of r.phrases) addPhrase(roleLevelTrie, p, r.level);
  const deadlineTrailTrie = makeTrie<true>();
  for (const p of DEADLINE.trailPhrases) addPhrase(deadlineTrailTrie, p, true);

  // Single-word classes.
  const classes: [readonly string[], W][] = [
    [CREDENTIAL_WORDS, W.CredentialWord],
    [DUTY_WORDS, W.DutyWord],
    [GENERIC_REFERENCES.certification, W.GenericCertification],
    [GENERIC_REFERENCES.license, W.GenericLicense],
    [['it', 'this', 'these', 'both', 'them', 'such'], W.GenericPronoun],
    [CLAUSE_BREAK_WORDS, W.ClauseBreak],
    [ALTERNATIVE_WORDS, W.Alternative],
    [REQUIREMENT_FILLER_WORDS, W.Filler],
    [DEADLINE.leadWords, W.DeadlineLead],
    [DEADLINE.lookBackWords, W.LookBack],
    [Object.keys(DEADLINE.numberWords), W.NumberWord],
    [Object.keys(DEADLINE.units), W.TimeUnit],
    [DEADLINE.hourUnits, W.HourUnit],
    [NOT_BASE_PAY_WORDS, W.NotBasePay],
    [Object.keys(PAY_UNITS), W.PayUnit],
    [TECH_HEAD_WORDS, W.TechHead],
    [PHARMACY_CONTEXT_WORDS, W.PharmacyContext],
    [['experience', 'experienced', 'background', 'exposure', 'familiarity'], W.Experience],
    [['and'], W.And],
    [['gs', 'wg', 'ws', 'gg'], W.GradeSchedule],
    [['to', 'through', 'thru', 'and'], W.Range],
    [['per', 'an', 'a', 'each'], W.Per],
    [['up'], W.UpTo],
    [['k'], W.Thousand],
    [['issued', 'by', 'from', 'through', 'granted'], W.IssuedBy],
    // Words that open a parenthesis of examples ("for example", "such as", "e.g."): interned so
    // the requirement reader can recognise them.
    [['for', 'example', 'such', 'as', 'e', 'g', 'including', 'like'], W.ExampleIntro],
    [['of', 'the', 'a', 'an', 'to', 'with', 'by', 'for', 'in', 'your', 'our', 'their', 'as', 'from', 'at', 'on'], W.Joiner],
    [NOT_THIS_JOB_WORDS, W.Elsewhere],
    [CLIENT_WORDS, W.Client],
    [CLIENT_WORD_EXCEPTIONS, W.ClientException],
    [LOCATION_WORDS, W.Location],
  ];
  const pending: [number, W][] = [];
  for (const [list, bit] of classes) {
    for (const w of list) {
      const parts = phraseWords(w);
      // Word classes are single words; a multi-word entry would tag each of its words.
      if (parts.length !== 1) throw new Error(`RxLadder keyword map: "${w}" is not a single word`);
      pending.push([intern(parts[0]!), bit]);
    }
  }
  const numberValue = new Map<number, number>();
  for (const [w, v] of Object.entries(DEADLINE.numberWords)) numberValue.set(intern(phraseWords(w).join('')), v);
  const unitDays = new Map<number, number>();
  for (const [w, v] of Object.entries(DEADLINE.units)) unitDays.set(intern(stem(foldWord(w))), v);
  const payUnit = new Map<number, 'hour' | 'week' | 'month' | 'year'>();
  for (const [w, v] of Object.entries(PAY_UNITS)) payUnit.set(intern(stem(foldWord(w))), v);
  const andId = intern('and');
  const orId = intern('or');

  for (const trie of tries) {
    trie.starts = new Uint8Array(wordText.length);
    for (const wid of trie.root.next?.keys() ?? []) trie.starts[wid] = 1;
  }
  const wordClass = new Uint32Array(wordText.length);
  for (const [wid, bit] of pending) wordClass[wid]! |= bit;
  // Very common first words ("in process", "or eligible") would make every sentence a candidate.
  const tooCommon = new Set(['in', 'or', 'a', 'an', 'the', 'to', 'for', 'and', 'at', 'of', 'by', 'on', 'is', 'are', 'be'].map((w) => words.get(w)));
  for (const [wid, node] of cueTrie.root.next ?? []) {
    if (!tooCommon.has(wid) && hasModifier(node, cueTrie)) wordClass[wid]! |= W.ModifierHint;
  }
  for (let wid = 1; wid < wordClass.length; wid++) if (wordClass[wid]! & (W.TimeUnit | W.HourUnit)) wordClass[wid]! |= W.ModifierHint;

  return {
    words,
    wordText,
    wordClass,
    vocab,
    andId,
    orId,
    credentials: CREDENTIALS,
    credentialTrie,
    cueTrie,
    settingTrie,
    settingTitleTrie,
    headingTrie,
    stateTrie,
    techTitleTrie,
    nearMissTrie,
    roleLevelTrie,
    deadlineTrailTrie,
    numberValue,
    unitDays,
    payUnit,
    idOf: (word: string) => words.get(stem(foldWord(word))) ?? 0,
  };
}

/** Token ids that a phrase may step over: dashes, slashes, quotes, and periods inside a sentence ("C.Ph.T"). */
export function isSoftPunct(tokId: number): boolean {
  return tokId === Tok.Dash || tokId === Tok.Slash || tokId === Tok.Soft || tokId === Tok.Period || tokId === Tok.Apostrophe;
}

export interface Match {
  payload: number;
  /** First and one-past-last token index. */
  from: number;
  to: number;
}

/**
 * Greedy longest-match of `trie` over tokens [from, to). Each start walks at most `depth` words,
 * so the cost is linear in the range.
 */
export function matchAll(trie: Trie<unknown>, ids: Int32Array, from: number, to: number, out: Match[]): Match[] {
  const root = trie.root.next;
  if (!root) return out;
  const starts = trie.starts;
  let i = from;
  while (i < to) {
    const first = ids[i]!;
    if (first <= 0 || starts[first] === 0) {
      i++;
      continue;
    }
    const node0 = root.get(first)!;
    let node: TrieNode = node0;
    let best = node.value;
    let bestEnd = i + 1;
    let j = i;
    for (;;) {
      let k = j + 1;
      while (k < to && isSoftPunct(ids[k]!)) k++;
      if (k >= to || ids[k]! <= 0 || !node.next) break;
      const child = node.next.get(ids[k]!);
      if (!child) break;
      node = child;
      j = k;
      if (node.value >= 0) {
        best = node.value;
        bestEnd = j + 1;
      }
    }
    if (best >= 0) {
      out.push({ payload: best, from: i, to: bestEnd });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return out;
}

/** Whether the tokens [from, to) are exactly one phrase of `trie`, or start with one; returns its payload index or -1. */
export function matchPrefix(trie: Trie<unknown>, ids: Int32Array, from: number, to: number): { payload: number; to: number } | null {
  const found = matchAll(trie, ids, from, Math.min(to, from + trie.depth * 3 + 1), []);
  const first = found[0];
  return first && first.from === from ? { payload: first.payload, to: first.to } : null;
}

/** Matches of `trie` in a short text (for tests and tools; the analyzer matches token ranges). */
export function matchText(trie: Trie<unknown>, text: string): Match[] {
  const lex = lexicon();
  const t = tokenize(text, lex.vocab, lex.andId);
  return matchAll(trie, t.id, 0, t.count, []);
}

/** Whether a phrase of a modifier kind (pending, trainee, exemption, advancement) starts at this node. */
function hasModifier(node: TrieNode, trie: Trie<CuePayload>): boolean {
  if (node.value >= 0) {
    const kind = trie.payloads[node.value]!.kind;
    if (kind === 'pending' || kind === 'trainee' || kind === 'exemption' || kind === 'advancement') return true;
  }
  for (const child of node.next?.values() ?? []) if (hasModifier(child, trie)) return true;
  return false;
}
