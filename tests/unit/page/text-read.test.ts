import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseLines } from '../../../src/boards/dom';

/** The per-line definition normaliseLines() must keep (its earlier implementation). */
function reference(s: string): string {
  return s
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Mostly white space of every kind (line breaks, NBSP, ideographic space, zero-width), some letters. */
const messy = fc
  .array(fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u2029', '\u200b', '\ufeff', '\u3000', '\u2009', '\v', '\f', 'a', 'b', 'CPhT', 'é'), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('normaliseLines (reading card and posting text)', () => {
  it('gives exactly the per-line result: spaces collapsed, lines trimmed, empty lines dropped', () => {
    fc.assert(fc.property(messy, (s) => {
      expect(normaliseLines(s)).toBe(reference(s));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      expect(normaliseLines(s)).toBe(reference(s));
    }));
  });

  it('examples', () => {
    expect(normaliseLines('  Requirements \n\n\t CPhT\u00a0 required  \r\n \u200b\n')).toBe('Requirements\nCPhT required');
    expect(normaliseLines('')).toBe('');
    expect(normaliseLines(' \n \u2028 ')).toBe('');
  });
});
