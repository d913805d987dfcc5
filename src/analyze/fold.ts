/**
 * Character classes and folding. The scanner reads posting text one UTF-16 unit at a time and
 * never builds a lower-cased copy: ASCII is folded arithmetically, everything else through a
 * per-character cache (NFKD, combining marks dropped, lower-cased), so ligatures ("ﬁ"),
 * full-width letters, roman numerals ("Ⅱ") and accented letters fold to plain ASCII while
 * offsets still point into the original text.
 */

export const enum CharClass {
  /** A letter or digit; see foldChar for what it folds to. */
  Word = 0,
  /** Space, tab, no-break and other spaces. */
  Space = 1,
  /** Zero-width joiners, BOM, soft hyphen: dropped without breaking the word. */
  Ignore = 2,
  /** Apostrophes: dropped inside a word ("don't" -> "dont"), a soft break elsewhere. */
  Apostrophe = 3,
  Newline = 4,
  Period = 5,
  Comma = 6,
  Semicolon = 7,
  Colon = 8,
  OpenParen = 9,
  CloseParen = 10,
  Slash = 11,
  Dash = 12,
  Dollar = 13,
  Bullet = 14,
  /** Quotes, angle brackets, trademark signs: never break a phrase. */
  Soft = 15,
  Ampersand = 16,
  /** Anything else (#, %, +, emoji): breaks a phrase. */
  Other = 17,
}

const ASCII_CLASS = new Uint8Array(128).fill(CharClass.Other);
(() => {
  for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = CharClass.Word;
  for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = CharClass.Word;
  for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = CharClass.Word;
  for (const c of [9, 11, 12, 32]) ASCII_CLASS[c] = CharClass.Space;
  ASCII_CLASS[10] = CharClass.Newline;
  ASCII_CLASS[13] = CharClass.Newline;
  const set = (chars: string, cls: CharClass) => {
    for (const ch of chars) ASCII_CLASS[ch.charCodeAt(0)] = cls;
  };
  set('.!?', CharClass.Period);
  set(',', CharClass.Comma);
  set(';', CharClass.Semicolon);
  set(':', CharClass.Colon);
  set('([{', CharClass.OpenParen);
  set(')]}', CharClass.CloseParen);
  set('/\\', CharClass.Slash);
  set('-_~', CharClass.Dash);
  set('$', CharClass.Dollar);
  set('*', CharClass.Bullet);
  set('"<>`^', CharClass.Soft);
  set("'", CharClass.Apostrophe);
  set('&', CharClass.Ampersand);
})();

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad, 0x180e]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d, 0x2e3a, 0x2e3b]);
const APOSTROPHES = new Set([0x2018, 0x2019, 0x02bc, 0x02b9, 0xff07, 0x2032]);
const SOFT = new Set([0x201c, 0x201d, 0x201e, 0x00ab, 0x00bb, 0x2039, 0x203a, 0xff02, 0x00ae, 0x2122, 0x00a9, 0x2120, 0x3008, 0x3009]);
const BULLETS = new Set([
  0x2022, 0x00b7, 0x2023, 0x2043, 0x2219, 0x25aa, 0x25ab, 0x25a0, 0x25a1, 0x25cf, 0x25cb, 0x25e6, 0x25ba, 0x25b8,
  0x25b6, 0x27a2, 0x2794, 0x2713, 0x2714, 0x2705, 0x2192, 0x27a4, 0x2756, 0x2666, 0x25c6, 0x30fb,
]);
const NEWLINES = new Set([0x2028, 0x2029, 0x0085]);
const WORDISH = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE = /^\s$/u;

interface NonAsciiInfo {
  cls: CharClass;
  /** For Word: the folded lower-case text (empty for a bare combining mark). */
  fold: string;
  /** For Word: an upper-case letter ("Ｐ", "É"). */
  upper: boolean;
}
const cache = new Map<number, NonAsciiInfo>();

/** Classify a non-ASCII code point (cached). */
export function classifyNonAscii(cp: number): NonAsciiInfo {
  let info = cache.get(cp);
  if (info) return info;
  info = computeNonAscii(cp);
  cache.set(cp, info);
  return info;
}

function computeNonAscii(cp: number): NonAsciiInfo {
  const info = classify(cp);
  const ch = String.fromCodePoint(cp);
  return { ...info, upper: info.cls === CharClass.Word && ch !== ch.toLowerCase() };
}

function classify(cp: number): Omit<NonAsciiInfo, 'upper'> {
  if (ZERO_WIDTH.has(cp)) return { cls: CharClass.Ignore, fold: '' };
  if (NEWLINES.has(cp)) return { cls: CharClass.Newline, fold: '' };
  if (DASHES.has(cp)) return { cls: CharClass.Dash, fold: '' };
  if (APOSTROPHES.has(cp)) return { cls: CharClass.Apostrophe, fold: '' };
  if (SOFT.has(cp)) return { cls: CharClass.Soft, fold: '' };
  if (BULLETS.has(cp)) return { cls: CharClass.Bullet, fold: '' };
  const ch = String.fromCodePoint(cp);
  if (SPACE.test(ch)) return { cls: CharClass.Space, fold: '' };
  // Full-width and other compatibility forms of ASCII punctuation take the ASCII class.
  const compat = ch.normalize('NFKC');
  if (compat.length === 1 && compat.charCodeAt(0) < 128) {
    const c = compat.charCodeAt(0);
    const cls = ASCII_CLASS[c] as CharClass;
    return { cls, fold: cls === CharClass.Word ? compat.toLowerCase() : '' };
  }
  if (WORDISH.test(ch)) {
    const fold = ch
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, '');
    return { cls: CharClass.Word, fold };
  }
  return { cls: CharClass.Other, fold: '' };
}

export function asciiClass(c: number): CharClass {
  return ASCII_CLASS[c] as CharClass;
}

/** Fold a whole string the way the scanner folds words (used to compile keyword phrases). */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) {
      if (ASCII_CLASS[cp] === CharClass.Word) out += ch.toLowerCase();
    } else {
      const info = classifyNonAscii(cp);
      if (info.cls === CharClass.Word) out += info.fold;
    }
  }
  return out;
}
