import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS } from '../../keywords/credentials';
import { analyzePosting, type PostingAnalysis } from '../../src/analyze';

/** Pieces real postings are made of, plus the characters that break naive parsers. */
const pieces = fc.constantFrom(
  'PTCB', 'CPhT', 'ExCPT', 'NHA', 'required', 'preferred', 'not required', 'within 90 days of hire', 'or eligible to sit for the exam',
  'Requirements:', 'Preferred Qualifications', 'BLS', 'IV certification', 'sterile compounding', 'chemotherapy', 'we pay for',
  'state license', 'Texas State Board of Pharmacy', '$18.50 - $24.00 per hour', 'GS-05/06', '•', '-', '(', ')', ';', ':', ',', '.',
  '\n', '\n\n', ' or ', ' and ', 'but', 'must have', 'İ', 'ẞ', 'ﬁ', '\u00a0', '\u200b', '–', '—', '’', '.*+?^${}()|[]\\', 'Ⅱ', '😀',
);
const postingText = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' }), fc.lorem({ maxCount: 3 })), { maxLength: 60 }).map((parts) => parts.join(' '));

function checkEvidence(text: string, title: string, a: PostingAnalysis): void {
  for (const c of a.credentials) {
    if (c.evidenceStart >= 0) {
      expect(text.slice(c.evidenceStart, c.evidenceStart + c.evidence.length)).toBe(c.evidence);
    } else {
      expect(title).toContain(c.evidence);
    }
  }
  for (const s of a.settings) expect(text.includes(s.evidence) || title.includes(s.evidence)).toBe(true);
  for (const d of a.duties) expect(text).toContain(d.evidence);
  if (a.pay) expect(text.includes(a.pay.evidence) || title.includes(a.pay.evidence)).toBe(true);
}

describe('analyzePosting on any input', () => {
  it('never throws on arbitrary strings, including full Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.option(fc.string({ unit: 'binary', maxLength: 60 })), (text, title) => {
        const a = analyzePosting({ text, title: title ?? undefined });
        expect(typeof a.isPharmacyTech).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on posting-like text, and every evidence is a substring of the input', () => {
    fc.assert(
      fc.property(postingText, fc.oneof(fc.constant(''), postingText), (text, title) => {
        checkEvidence(text, title, analyzePosting({ text, title }));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps evidence exact when lower-casing would change the length', () => {
    const text = 'İİİ ẞ Requirements:\n• İstanbul PTCB certification required\n• ﬁnal IV certification preferred';
    const a = analyzePosting({ title: 'Pharmacy Technician', text });
    checkEvidence(text, 'Pharmacy Technician', a);
    expect(a.credentials.find((c) => c.id === 'ptcb-cpht')?.level).toBe('required');
    expect(a.credentials.find((c) => c.id === 'sterile-compounding')?.level).toBe('preferred');
  });

  it('handles huge inputs and regex metacharacters', () => {
    const text = `${'(.*+?^${}|[]\\'.repeat(20_000)}\nPTCB required\n${'x'.repeat(200_000)}`;
    const a = analyzePosting({ title: 'Pharmacy Technician', text });
    expect(a.credentials.find((c) => c.id === 'ptcb-cpht')?.level).toBe('required');
    checkEvidence(text, 'Pharmacy Technician', a);
  });

  const named = CREDENTIALS.filter((c) => c.kind === 'named');
  it('finds a credential phrase embedded anywhere in random text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...named.flatMap((c) => c.phrases.map((p) => [c.id, p] as const))),
        fc.lorem({ maxCount: 30 }),
        fc.lorem({ maxCount: 30 }),
        fc.constantFrom('required', 'preferred', 'must have'),
        ([id, phrase], before, after, cue) => {
          const line = cue === 'must have' ? `Must have ${phrase}.` : `${phrase} ${cue}.`;
          const text = `${before}\n${line}\n${after}`;
          const a = analyzePosting({ title: 'Pharmacy Technician', text });
          const found = a.credentials.find((c) => c.id === id || c.alternatives?.includes(id));
          expect(found, `${phrase} in: ${line}`).toBeDefined();
          expect(found!.level).toBe(cue === 'preferred' ? 'preferred' : 'required');
        },
      ),
      { numRuns: 300 },
    );
  });
});
