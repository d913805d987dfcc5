import type { HeadingScope, SectionScope } from '../../keywords/types';
import { type Lexicon, matchAll, type Match, W } from './lexicon';
import { FLAG_ALLCAPS, FLAG_CAPITAL, FLAG_NUMERIC, Tok, type Tokens } from './tokenize';

/**
 * Lines, headings and sentences. A heading ("Preferred Qualifications:", "REQUIREMENTS") sets
 * the scope of the lines under it until the next heading; an inline label ("Education: ...",
 * "Preferred: CPhT") sets the scope of its own line. Sentences are cut at sentence-ending
 * periods, at bullets, and at line breaks; they are the unit a cue can reach across.
 */

export interface Sentence {
  /** Token range. */
  from: number;
  to: number;
  /** Character range in the text (trimmed). */
  start: number;
  end: number;
  scope: SectionScope;
  /** A bullet or short line under a heading, as opposed to running prose. */
  listItem: boolean;
  /** A run-in label ("d. State registration. A state registration is not required."): names a topic, asks nothing. */
  label?: boolean;
}

const MAX_HEADING_WORDS = 8;
const MAX_LABEL_WORDS = 5;
const MAX_BARE_HEADING_WORDS = 4;
/** Lines at the top that name the employer and place, never bare headings. */
const FIRST_LINES = 3;
const MAX_RUN_IN_LABEL_WORDS = 3;

const ABBREVIATIONS = new Set(['e', 'g', 'i', 'etc', 'vs', 'dr', 'st', 'no', 'inc', 'u', 's', 'approx', 'sr', 'jr', 'mr', 'ms', 'mrs', 'co', 'corp', 'dept', 'min', 'max', 'ft', 'hr', 'hrs', 'yr', 'yrs', 'mo', 'wk', 'est', 'pt', 'ph', 'c']);

function isWord(id: number): boolean {
  return id >= 0 || id === Tok.Number;
}

/** Scope of a heading or label made of tokens [from, to): the first listed scope any of its phrases names. */
function headingScope(lex: Lexicon, ids: Int32Array, from: number, to: number): HeadingScope | null {
  const found: Match[] = matchAll(lex.headingTrie, ids, from, to, []);
  if (found.length === 0) return null;
  // Order of SECTION_HEADINGS: preferred, offered, about, duties, required, topic.
  const rank: Record<HeadingScope, number> = { preferred: 0, offered: 1, about: 2, duties: 3, required: 4, topic: 5, neutral: 6 };
  let best: HeadingScope | null = null;
  for (const m of found) {
    const scope = lex.headingTrie.payloads[m.payload]!;
    if (best === null || rank[scope] < rank[best]) best = scope;
  }
  return best;
}

/** A topic heading ("Certification") keeps a Preferred or Required parent's scope; elsewhere it is required. */
function resolve(scope: HeadingScope | null, current: SectionScope): SectionScope | null {
  if (scope !== 'topic') return scope;
  return current === 'preferred' || current === 'required' ? current : 'required';
}

export function splitSentences(text: string, t: Tokens, lex: Lexicon): Sentence[] {
  const { id, flags, start, end } = t;
  const n = t.count;
  const sentences: Sentence[] = [];
  let scope: SectionScope = 'neutral';

  let lineFrom = 0;
  let afterBlank = true;
  let lineNumber = 0;
  /** The last sentence, while its line ended without ending it (a candidate for continuation). */
  let open: Sentence | null = null;
  while (lineFrom < n) {
    let lineTo = lineFrom;
    while (lineTo < n && id[lineTo] !== Tok.Newline) lineTo++;
    if (lineTo > lineFrom) {
      scope = processLine(lineFrom, lineTo, scope, afterBlank);
      lineNumber++;
    }
    afterBlank = lineTo === lineFrom;
    if (afterBlank) open = null;
    lineFrom = lineTo + 1;
  }
  return sentences;

  function processLine(from: number, to: number, current: SectionScope, afterBlank: boolean): SectionScope {
    // Leading bullet markers: "•", "-", "*", "1.", "2)", "a)".
    let p = from;
    let bullet = false;
    for (;;) {
      const tid = id[p];
      if (tid === Tok.Bullet || tid === Tok.Dash || tid === Tok.Soft || tid === Tok.Other) {
        bullet = true;
        p++;
      } else if (
        p + 1 < to &&
        (id[p + 1] === Tok.Period || id[p + 1] === Tok.CloseParen) &&
        // "1." / "2)" / "a)" followed by a space (not "C.Ph.T").
        p + 2 < to &&
        start[p + 2]! > end[p + 1]! &&
        ((flags[p]! & FLAG_NUMERIC && end[p]! - start[p]! <= 2) || (tid! >= 0 && end[p]! - start[p]! === 1))
      ) {
        bullet = true;
        p += 2;
      } else break;
      if (p >= to) return current;
    }

    let words = 0;
    let letters = 0;
    let allCaps = true;
    let titleCase = true;
    for (let k = p; k < to && words <= MAX_HEADING_WORDS; k++) {
      if (isWord(id[k]!)) {
        words++;
        if (!(flags[k]! & FLAG_NUMERIC)) {
          letters++;
          if (!(flags[k]! & FLAG_ALLCAPS) && end[k]! - start[k]! > 1) allCaps = false;
          if (!(flags[k]! & (FLAG_CAPITAL | FLAG_ALLCAPS)) && end[k]! - start[k]! > 3) titleCase = false;
        }
      } else if (id[k] !== Tok.Dash && id[k] !== Tok.Slash && id[k] !== Tok.Soft) titleCase = false;
    }
    let last = to - 1;
    while (last > p && (id[last] === Tok.Soft || id[last] === Tok.Dash)) last--;
    const endsWithColon = id[last] === Tok.Colon;
    const endsWithPeriod = id[last] === Tok.Period;

    // A whole line that is a heading: short, no credential in it, and either ending in a colon,
    // or naming a section (in capitals, or as its first words). It asks nothing, but may still
    // name the job's setting, so it is kept as a label sentence.
    if (words > 0 && words <= MAX_HEADING_WORDS && !endsWithPeriod && !hasCredential(p, to)) {
      const named = resolve(headingScope(lex, id, p, endsWithColon ? last : to), current);
      let heading: SectionScope | null = null;
      if (endsWithColon) heading = named ?? cueScope(p, last) ?? 'neutral';
      else if (named !== null && ((allCaps && letters > 0) || startsWithHeading(p, to) || onlyHeadingWords(p, to))) heading = named;
      // "Required at hire for all pharmacy staff": a line of its own after a blank line that opens
      // with a required / preferred heading word, however it goes on (no period, no credential).
      else if (!bullet && afterBlank && (named === 'required' || named === 'preferred') && opensWith(p, to, named)) heading = named;
      // "Indian Preference", "Training": a short title-case line of its own after a blank line,
      // past the first lines (which name the employer and place).
      else if (!bullet && afterBlank && lineNumber >= FIRST_LINES && titleCase && words <= MAX_BARE_HEADING_WORDS && letters === words) heading = named ?? 'neutral';
      if (heading !== null) {
        const label = pushSentence(p, to, heading, false);
        if (label) label.label = true;
        open = null;
        return heading;
      }
    }

    // A line that continues the sentence of the line before ("is required by your\none-year
    // anniversary"): no bullet, starts in lower case, and the line before did not end a sentence.
    if (open && !bullet && !afterBlank && id[p]! >= 0 && (!(flags[p]! & (FLAG_CAPITAL | FLAG_ALLCAPS | FLAG_NUMERIC)) || endsWithJoiner(open))) {
      let k = p;
      while (k < to && !(id[k] === Tok.Period && isSentenceEnd(k, to))) k++;
      const end0 = Math.min(k + 1, to);
      open.to = end0;
      open.end = end[end0 - 1]!;
      if (end0 >= to) return current;
      p = end0;
    }

    // An inline label: "Education: high school diploma", "Preferred: CPhT".
    let lineScope = current;
    for (let k = p, w = 0; k < to && w <= MAX_LABEL_WORDS; k++) {
      if (isWord(id[k]!)) w++;
      else if (id[k] === Tok.Colon) {
        if (k + 1 < to) {
          const named = resolve(headingScope(lex, id, p, k), current);
          if (named) lineScope = named;
        }
        break;
      } else if (id[k] !== Tok.Slash && id[k] !== Tok.Dash && id[k] !== Tok.Soft && id[k]! > Tok.Other) break;
    }

    // Sentences within the line.
    let s = p;
    for (let k = p; k < to; k++) {
      const tid = id[k]!;
      let cut = false;
      if (tid === Tok.Bullet && k > s) cut = true;
      else if (tid === Tok.Period && isSentenceEnd(k, to)) {
        const pushed = pushSentence(s, k + 1, lineScope, bullet);
        // "State registration. A state registration is not required.": a run-in label.
        if (pushed && s === p && k + 1 < to && countWords(s, k) <= MAX_RUN_IN_LABEL_WORDS && cueScope(s, k) === null && !hasCue(s, k)) pushed.label = true;
        s = k + 1;
        continue;
      }
      if (cut) {
        pushSentence(s, k, lineScope, true);
        s = k + 1;
      }
    }
    if (s < to) pushSentence(s, to, lineScope, bullet);
    // The line's last sentence stays open when the line does not end with . ! ? : ;
    const lastTok = id[to - 1];
    open = lastTok === Tok.Period || lastTok === Tok.Colon || lastTok === Tok.Semicolon ? null : (sentences[sentences.length - 1] ?? null);
    return current;
  }

  /** "...registered with the Nevada State Board of": a sentence cannot end on a joining word. */
  function endsWithJoiner(sentence: Sentence): boolean {
    const v = id[sentence.to - 1]!;
    return v > 0 && (lex.wordClass[v]! & (W.Joiner | W.And | W.Alternative)) !== 0;
  }

  function countWords(from: number, to: number): number {
    let w = 0;
    for (let k = from; k < to; k++) if (isWord(id[k]!)) w++;
    return w;
  }

  function hasCredential(from: number, to: number): boolean {
    return matchAll(lex.credentialTrie, id, from, to, []).some((m) => lex.credentialTrie.payloads[m.payload]!.credential >= 0);
  }

  function hasCue(from: number, to: number): boolean {
    return matchAll(lex.cueTrie, id, from, to, []).length > 0;
  }

  /** "Must have one of the following:" introduces a required list. */
  function cueScope(from: number, to: number): SectionScope | null {
    for (const m of matchAll(lex.cueTrie, id, from, to, [])) {
      const kind = lex.cueTrie.payloads[m.payload]!.kind;
      if (kind === 'required' || kind === 'preferred') return kind;
    }
    return null;
  }

  /** "Helpful, but not required": every word belongs to a heading or cue phrase, or joins them. */
  function onlyHeadingWords(from: number, to: number): boolean {
    if (countWords(from, to) > MAX_BARE_HEADING_WORDS + 1) return false;
    for (let k = from; k < to; k++) if (id[k] === Tok.Colon) return false; // "Certification: none required" is a label with its value
    const covered = new Uint8Array(to - from);
    for (const trie of [lex.headingTrie, lex.cueTrie]) for (const m of matchAll(trie, id, from, to, [])) covered.fill(1, m.from - from, m.to - from);
    for (let k = from; k < to; k++) {
      if (!isWord(id[k]!) || covered[k - from]) continue;
      if (id[k]! <= 0 || !(lex.wordClass[id[k]!]! & (W.ClauseBreak | W.Alternative | W.And))) return false;
    }
    return true;
  }

  /** The line's first words are a heading phrase of `scope`. */
  function opensWith(from: number, to: number, scope: HeadingScope): boolean {
    const first = matchAll(lex.headingTrie, id, from, to, [])[0];
    return first !== undefined && first.from === from && lex.headingTrie.payloads[first.payload] === scope;
  }

  function startsWithHeading(from: number, to: number): boolean {
    const found = matchAll(lex.headingTrie, id, from, to, []);
    const first = found[0];
    if (first === undefined || first.from !== from) return false;
    // "Requirements (set by Iowa telepharmacy rules)": a parenthesis may follow the heading.
    let rest = first.to;
    if (rest < to && id[rest] === Tok.OpenParen) {
      while (rest < to && id[rest] !== Tok.CloseParen) rest++;
      rest++;
    }
    return to - rest <= 2;
  }

  function isSentenceEnd(k: number, lineTo: number): boolean {
    // "!" and "?" always end; "." ends unless it follows an abbreviation or an initial.
    if (k + 1 >= lineTo) return true;
    const ch = text.charCodeAt(start[k]!);
    const nextStart = start[k + 1]!;
    if (nextStart === end[k]) return false; // "C.Ph.T", "e.g.": no space after the period
    if (ch !== 46) return true;
    const prev = k - 1;
    if (prev >= 0 && id[prev]! >= 0 && !(flags[prev]! & FLAG_NUMERIC)) {
      const w = text.slice(start[prev], end[prev]).toLowerCase();
      if (ABBREVIATIONS.has(w)) return false;
    }
    const next = id[k + 1]!;
    if (next === Tok.Number) return true;
    if (isWord(next)) return (flags[k + 1]! & (FLAG_CAPITAL | FLAG_ALLCAPS)) !== 0;
    return true;
  }

  function pushSentence(from: number, to: number, sc: SectionScope, listItem: boolean): Sentence | null {
    // Trim punctuation at the edges for the evidence range.
    let a = from;
    let b = to;
    while (a < b && !isWord(id[a]!) && id[a] !== Tok.Dollar && id[a] !== Tok.OpenParen && id[a] !== Tok.Soft) a++;
    while (b > a && (id[b - 1] === Tok.Comma || id[b - 1] === Tok.Semicolon || id[b - 1] === Tok.Colon)) b--;
    if (a >= b) return null;
    const sentence: Sentence = { from, to, start: start[a]!, end: end[b - 1]!, scope: sc, listItem };
    sentences.push(sentence);
    return sentence;
  }
}
