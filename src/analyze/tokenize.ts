import { asciiClass, CharClass, classifyNonAscii } from './fold';

/**
 * The scanner: one pass over the text, no regular expressions, no lower-cased copy, no object
 * per token. Tokens go into reusable typed arrays. A word token carries the id of its folded,
 * lightly stemmed form in the keyword vocabulary (0 when the word is not a keyword word), found
 * by a double 32-bit hash computed while scanning, so unknown words cost no allocation at all.
 *
 * Letter/digit boundaries split words ("USP797" -> "usp" "797", "18hr" -> "18" "hr"), and
 * digit groups keep their separators ("41,600.00" is one number token).
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

/** Looks up a folded word by its two hashes and length; returns 0 when it is not a keyword word. */
export type VocabLookup = (h1: number, h2: number, length: number) => number;

const FNV_OFFSET = 0x811c9dc5;
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

/** Plural "s" is dropped from words longer than 3 letters unless they end in ss, us or is. */
export function stem(folded: string): string {
  const n = folded.length;
  if (n > 3 && folded.charCodeAt(n - 1) === 115) {
    const p = folded.charCodeAt(n - 2);
    if (p !== 115 && p !== 117 && p !== 105) return folded.slice(0, -1);
  }
  return folded;
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

let shared: Tokens = alloc(1024);

function alloc(n: number): Tokens {
  return { count: 0, start: new Int32Array(n), end: new Int32Array(n), id: new Int32Array(n), flags: new Uint8Array(n) };
}

function ensure(t: Tokens, n: number): Tokens {
  if (t.start.length >= n) return t;
  let size = t.start.length;
  while (size < n) size *= 2;
  return alloc(size);
}

/**
 * Tokenise `text`. The returned arrays are reused by the next call: callers copy what they keep.
 * `ampersandId` is the vocabulary id of "and" ("Billing & Reimbursement").
 */
export function tokenize(text: string, lookup: VocabLookup, ampersandId: number): Tokens {
  const len = text.length;
  // Each token covers at least one code unit, so `len + 1` bounds the count.
  const t = (shared = ensure(shared, len + 1));
  const { start, end, id, flags } = t;
  let n = 0;
  let i = 0;

  // State of the word being scanned.
  let inWord = false;
  let numeric = false;
  let wStart = 0;
  let wEnd = 0;
  let h1 = 0, h2 = 0, p1 = 0, p2 = 0;
  let wLen = 0;
  let last = 0, prev = 0;
  let upperFirst = false;
  let upperCount = 0, letterCount = 0;

  const finishWord = (): void => {
    let wid: number;
    if (numeric) {
      wid = lookup(h1, h2, wLen) || Tok.Number;
    } else {
      // Stem: drop a final "s" (not ss/us/is) from words longer than 3.
      if (wLen > 3 && last === 115 && prev !== 115 && prev !== 117 && prev !== 105) wid = lookup(p1, p2, wLen - 1);
      else wid = lookup(h1, h2, wLen);
    }
    start[n] = wStart;
    end[n] = wEnd;
    id[n] = wid;
    flags[n] =
      (numeric ? FLAG_NUMERIC : 0) |
      (upperFirst ? FLAG_CAPITAL : 0) |
      (letterCount >= 2 && upperCount === letterCount ? FLAG_ALLCAPS : 0);
    n++;
    inWord = false;
  };

  const pushPunct = (tok: number, s: number, e: number): void => {
    start[n] = s;
    end[n] = e;
    id[n] = tok;
    flags[n] = 0;
    n++;
  };

  const beginWord = (s: number, isDigit: boolean): void => {
    inWord = true;
    numeric = isDigit;
    wStart = s;
    h1 = FNV_OFFSET;
    h2 = H2_OFFSET;
    wLen = 0;
    last = prev = 0;
    upperFirst = false;
    upperCount = letterCount = 0;
  };

  const feed = (c: number): void => {
    p1 = h1;
    p2 = h2;
    h1 = Math.imul(h1 ^ c, FNV_PRIME);
    h2 = (Math.imul(h2, 33) + c) | 0;
    wLen++;
    prev = last;
    last = c;
  };

  while (i < len) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const cls = asciiClass(c);
      if (cls === CharClass.Word) {
        const isDigit = c <= 57;
        if (inWord && isDigit !== numeric) finishWord();
        if (!inWord) beginWord(i, isDigit);
        if (isDigit) {
          feed(c);
        } else {
          letterCount++;
          if (c <= 90) {
            upperCount++;
            if (wLen === 0) upperFirst = true;
            feed(c | 0x20);
          } else {
            feed(c);
          }
        }
        wEnd = i + 1;
        i++;
        continue;
      }
      // Digit groups: "41,600.00", "1.5".
      if (inWord && numeric && (c === 44 || c === 46) && i + 1 < len) {
        const d = text.charCodeAt(i + 1);
        if (d >= 48 && d <= 57) {
          i++;
          continue;
        }
      }
      // Apostrophe inside a word is dropped ("don't", "driver's").
      if (cls === CharClass.Apostrophe && inWord && !numeric && i + 1 < len && isLetterAt(text, i + 1)) {
        i++;
        continue;
      }
      if (inWord) finishWord();
      if (cls === CharClass.Space) {
        i++;
        continue;
      }
      if (cls === CharClass.Ampersand) {
        pushPunct(ampersandId || Tok.Other, i, i + 1);
        i++;
        continue;
      }
      // "\r\n" is one line break.
      if (c === 13 && i + 1 < len && text.charCodeAt(i + 1) === 10) {
        pushPunct(Tok.Newline, i, i + 2);
        i += 2;
        continue;
      }
      pushPunct(punctTok(cls), i, i + 1);
      i++;
      continue;
    }

    // Non-ASCII: take the whole code point.
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const info = classifyNonAscii(cp);
    if (info.cls === CharClass.Ignore) {
      i += width;
      continue;
    }
    if (info.cls === CharClass.Word) {
      const fold = info.fold;
      if (fold.length === 0) {
        // A bare combining mark: part of the word, contributes nothing.
        if (inWord) wEnd = i + width;
        i += width;
        continue;
      }
      for (let k = 0; k < fold.length; k++) {
        const f = fold.charCodeAt(k);
        const isDigit = f >= 48 && f <= 57;
        if (inWord && isDigit !== numeric) finishWord();
        if (!inWord) beginWord(i, isDigit);
        if (!isDigit) {
          letterCount++;
          if (k === 0 && cp !== f && String.fromCodePoint(cp) !== String.fromCodePoint(cp).toLowerCase()) {
            upperCount++;
            if (wLen === 0) upperFirst = true;
          }
        }
        feed(f);
      }
      wEnd = i + width;
      i += width;
      continue;
    }
    if (info.cls === CharClass.Apostrophe && inWord && !numeric && i + width < len && isLetterAt(text, i + width)) {
      i += width;
      continue;
    }
    if (inWord) finishWord();
    if (info.cls !== CharClass.Space) pushPunct(punctTok(info.cls), i, i + width);
    i += width;
  }
  if (inWord) finishWord();
  t.count = n;
  return t;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return classifyNonAscii(text.codePointAt(i)!).cls === CharClass.Word;
}

/** Copy the live part of shared token arrays (for a second text analysed in the same call). */
export function copyTokens(t: Tokens): Tokens {
  return {
    count: t.count,
    start: t.start.slice(0, t.count),
    end: t.end.slice(0, t.count),
    id: t.id.slice(0, t.count),
    flags: t.flags.slice(0, t.count),
  };
}
