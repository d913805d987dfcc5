import { asciiClass, CharClass, classifyNonAscii } from './fold';

/**
 * The scanner: one pass over the text, no regular expressions, no lower-cased copy, no object
 * per token. Tokens go into reusable typed arrays. A word token carries the id of its folded,
 * lightly stemmed form in the keyword vocabulary (0 when the word is not a keyword word), found
 * by a double 32-bit hash computed while scanning, so an unknown word costs no allocation.
 *
 * Letter/digit boundaries split words ("USP797" -> "usp" "797", "18hr" -> "18" "hr"), digit
 * groups keep their separators ("41,600.00" is one number token), apostrophes inside a word are
 * dropped ("driver's" -> "drivers"), and a final plural "s" is dropped from words longer than
 * three letters unless they end in ss, us or is ("certifications" -> "certification").
 */

/** Token ids below zero are punctuation. */
export const enum Tok {
  Number = -1,
  Newline = -2,
  Period = -3,
  Comma = -4,
  Semicolon = -5,
  Colon = -6,
  OpenParen = -7,
  CloseParen = -8,
  Slash = -9,
  Dash = -10,
  Dollar = -11,
  Bullet = -12,
  Soft = -13,
  Other = -14,
  Apostrophe = -15,
}

export const FLAG_NUMERIC = 1;
/** The word's first character is upper case in the original text. */
export const FLAG_CAPITAL = 2;
/** Every letter of the word is upper case (and it has at least two letters). */
export const FLAG_ALLCAPS = 4;

export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  flags: Uint8Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const H2_OFFSET = 0x1505;

/** The hashes the scanner computes for a folded word (used to build the vocabulary). */
export function hashWord(folded: string): [number, number] {
  let h1 = FNV_OFFSET;
  let h2 = H2_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = (Math.imul(h2, 33) + c) | 0;
  }
  return [h1, h2];
}

/** Drop a plural "s" the way the scanner does. */
export function stem(folded: string): string {
  const n = folded.length;
  if (n > 3 && folded.charCodeAt(n - 1) === 115) {
    const p = folded.charCodeAt(n - 2);
    if (p !== 115 && p !== 117 && p !== 105) return folded.slice(0, -1);
  }
  return folded;
}

/**
 * The keyword vocabulary as an open-addressing hash table keyed by the scanner's two hashes and
 * the folded length. A false match needs two independent 32-bit collisions of the same length.
 */
export class VocabTable {
  readonly mask: number;
  readonly h1: Int32Array;
  readonly h2: Int32Array;
  readonly ids: Int32Array;
  readonly lengths: Int32Array;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 4) size *= 2;
    this.mask = size - 1;
    this.h1 = new Int32Array(size);
    this.h2 = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.lengths = new Int32Array(size);
  }

  /** Adds a word; returns false when another word already has the same hashes and length. */
  add(folded: string, wordId: number): boolean {
    const [a, b] = hashWord(folded);
    let i = a & this.mask;
    while (this.ids[i] !== 0) {
      if (this.h1[i] === a && this.h2[i] === b && this.lengths[i] === folded.length) return false;
      i = (i + 1) & this.mask;
    }
    this.h1[i] = a;
    this.h2[i] = b;
    this.ids[i] = wordId;
    this.lengths[i] = folded.length;
    return true;
  }

  get(a: number, b: number, length: number): number {
    const ids = this.ids;
    let i = a & this.mask;
    for (;;) {
      const id = ids[i]!;
      if (id === 0) return 0;
      if (this.h1[i] === a && this.h2[i] === b && this.lengths[i] === length) return id;
      i = (i + 1) & this.mask;
    }
  }
}

function punctTok(cls: CharClass): number {
  switch (cls) {
    case CharClass.Newline: return Tok.Newline;
    case CharClass.Period: return Tok.Period;
    case CharClass.Comma: return Tok.Comma;
    case CharClass.Semicolon: return Tok.Semicolon;
    case CharClass.Colon: return Tok.Colon;
    case CharClass.OpenParen: return Tok.OpenParen;
    case CharClass.CloseParen: return Tok.CloseParen;
    case CharClass.Slash: return Tok.Slash;
    case CharClass.Dash: return Tok.Dash;
    case CharClass.Dollar: return Tok.Dollar;
    case CharClass.Bullet: return Tok.Bullet;
    case CharClass.Soft: return Tok.Soft;
    case CharClass.Apostrophe: return Tok.Apostrophe;
    default: return Tok.Other;
  }
}

/** ASCII punctuation token ids, by char code (0 for word characters, 1 for spaces). */
const ASCII_TOK = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  const cls = asciiClass(c);
  ASCII_TOK[c] = cls === CharClass.Word ? 0 : cls === CharClass.Space ? 1 : cls === CharClass.Ampersand ? 2 : punctTok(cls);
}

let shared: Tokens = alloc(1024);

function alloc(n: number): Tokens {
  return { count: 0, start: new Int32Array(n), end: new Int32Array(n), id: new Int32Array(n), flags: new Uint8Array(n) };
}

/**
 * Tokenise `text`. The returned arrays are reused by the next call: copy what you keep.
 * `andId` is the vocabulary id of "and", which "&" stands for ("Billing & Reimbursement").
 */
export function tokenize(text: string, vocab: VocabTable, andId: number): Tokens {
  const len = text.length;
  // Each token covers at least one code unit, so `len + 1` bounds the count.
  if (shared.start.length < len + 1) {
    let size = shared.start.length;
    while (size < len + 1) size *= 2;
    shared = alloc(size);
  }
  const t = shared;
  const start = t.start, end = t.end, id = t.id, flags = t.flags;
  const { mask: vMask, h1: vH1, h2: vH2, ids: vIds, lengths: vLen } = vocab;
  let n = 0;
  let i = 0;

  // The word being scanned (kind: 0 none, 1 letters, 2 digits).
  let kind = 0;
  let wStart = 0, wEnd = 0, wLen = 0;
  let h1 = 0, h2 = 0, p1 = 0, p2 = 0;
  let last = 0, prev = 0;
  let wFlags = 0, upper = 0, letters = 0;

  // One step past the end (a virtual space) finishes the last word at the one place words end.
  while (i <= len) {
    let c = i < len ? text.charCodeAt(i) : 32;
    // Hot path: a lower-case ASCII letter continuing a word.
    if (kind === 1 && c >= 97 && c <= 122) {
      p1 = h1;
      p2 = h2;
      h1 = Math.imul(h1 ^ c, FNV_PRIME);
      h2 = (Math.imul(h2, 33) + c) | 0;
      wLen++;
      prev = last;
      last = c;
      letters++;
      i++;
      wEnd = i;
      continue;
    }
    if (c === 32 && kind === 0) {
      i++;
      continue;
    }
    let width = 1;
    let fold = '';
    let tok: number;
    let upperChar = false;

    if (c < 128) {
      tok = ASCII_TOK[c]!;
      if (tok === 0) {
        if (c >= 65 && c <= 90) {
          upperChar = true;
          c |= 0x20;
        }
      } else if (kind !== 0) {
        // Digit groups ("41,600.00") and apostrophes inside a word ("don't") do not end it.
        if (kind === 2 && (c === 44 || c === 46) && i + 1 < len) {
          const d = text.charCodeAt(i + 1);
          if (d >= 48 && d <= 57) {
            i++;
            continue;
          }
        }
        if (c === 39 && kind === 1 && i + 1 < len && isLetterAt(text, i + 1)) {
          i++;
          continue;
        }
      }
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
        const lo = text.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      const info = classifyNonAscii(cp);
      const cls = info.cls;
      if (cls === CharClass.Ignore) {
        i += width;
        continue;
      }
      if (cls === CharClass.Word) {
        fold = info.fold;
        if (fold.length === 0) {
          // A bare combining mark belongs to the word and adds nothing.
          if (kind !== 0) wEnd = i + width;
          i += width;
          continue;
        }
        tok = 0;
        upperChar = info.upper;
        c = fold.charCodeAt(0);
      } else if (cls === CharClass.Apostrophe && kind === 1 && i + width < len && isLetterAt(text, i + width)) {
        i += width;
        continue;
      } else {
        tok = cls === CharClass.Space ? 1 : punctTok(cls);
      }
    }

    const charKind = tok !== 0 ? 0 : c >= 48 && c <= 57 ? 2 : 1;
    if (kind !== 0 && charKind !== kind) {
      // The word ends: look it up (stemmed unless it is a number) and store it.
      let a = h1, b = h2, l = wLen;
      if (kind === 1 && wLen > 3 && last === 115 && prev !== 115 && prev !== 117 && prev !== 105) {
        a = p1;
        b = p2;
        l = wLen - 1;
      }
      let slot = a & vMask;
      let wid = 0;
      for (;;) {
        const v = vIds[slot]!;
        if (v === 0) break;
        if (vH1[slot] === a && vH2[slot] === b && vLen[slot] === l) {
          wid = v;
          break;
        }
        slot = (slot + 1) & vMask;
      }
      if (wid === 0 && kind === 2) wid = Tok.Number;
      start[n] = wStart;
      end[n] = wEnd;
      id[n] = wid;
      flags[n] = (kind === 2 ? FLAG_NUMERIC : 0) | wFlags | (letters >= 2 && upper === letters ? FLAG_ALLCAPS : 0);
      n++;
      kind = 0;
    }

    if (tok !== 0) {
      if (tok !== 1 && i < len) {
        if (tok === 2) tok = andId || Tok.Other;
        // "\r\n" is one line break.
        if (c === 13 && i + 1 < len && text.charCodeAt(i + 1) === 10) width = 2;
        start[n] = i;
        end[n] = i + width;
        id[n] = tok;
        flags[n] = 0;
        n++;
      }
      i += width;
      continue;
    }

    if (kind === 0) {
      kind = charKind;
      wStart = i;
      wLen = 0;
      h1 = FNV_OFFSET;
      h2 = H2_OFFSET;
      last = prev = 0;
      wFlags = upperChar ? FLAG_CAPITAL : 0;
      upper = letters = 0;
    }
    if (charKind === 1) {
      letters++;
      if (upperChar) upper++;
    }
    // Feed the folded character(s) to both hashes; keep the hashes before the last one for the stem.
    const count = fold.length === 0 ? 1 : fold.length;
    for (let k = 0; k < count; k++) {
      const f = k === 0 ? c : fold.charCodeAt(k);
      p1 = h1;
      p2 = h2;
      h1 = Math.imul(h1 ^ f, FNV_PRIME);
      h2 = (Math.imul(h2, 33) + f) | 0;
      wLen++;
      prev = last;
      last = f;
    }
    wEnd = i + width;
    i += width;
  }
  t.count = n;
  return t;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return classifyNonAscii(text.codePointAt(i)!).cls === CharClass.Word;
}

/** Copy the live part of the shared token arrays (to analyse a second text in the same call). */
export function copyTokens(t: Tokens): Tokens {
  return {
    count: t.count,
    start: t.start.slice(0, t.count),
    end: t.end.slice(0, t.count),
    id: t.id.slice(0, t.count),
    flags: t.flags.slice(0, t.count),
  };
}
